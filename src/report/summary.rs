//! The one-paragraph plain-language summary of a score, and the model's reading
//! in words: what every article report (text, Markdown, HTML, JSON) says first.

use crate::features::lexicon::{Category, Voice};
use crate::features::sourcing::SourceKind;
use crate::model::Role;
use crate::score::{ArticleScore, LoadedTermReport};

/// The model's reading in words: "reads right-of-center with 0.71 probability".
pub fn reading(label: &str, p: f64) -> String {
    let lean = match Role::of(label) {
        Some(Role::Left) => "left-of-center".to_string(),
        Some(Role::Right) => "right-of-center".to_string(),
        Some(Role::Center) => "center".to_string(),
        None => format!("\"{label}\""),
    };
    format!("reads {lean} with {p:.2} probability")
}

/// Joins phrases as "a", "a and b", "a, b and c".
fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The plain-language paragraph of a score: voices and their groups, anonymous
/// claims, loaded language with its main categories and naming choices, and the
/// model's reading.
pub fn summary(score: &ArticleScore) -> String {
    let sourcing = &score.sourcing;
    let loaded = &score.loaded_terms;
    let mut parts = Vec::new();
    let voices = sourcing.voices;
    let groups: Vec<(&String, &usize)> = sourcing.groups.iter().collect();
    let voice_part = match (voices, groups.as_slice()) {
        (0, _) => "no named voices".to_string(),
        (1, [(g, _)]) => format!("1 voice, from {g}"),
        (n, [(g, _)]) => format!(
            "{n} voices, {} from {g}",
            if n == 2 { "both" } else { "all" }
        ),
        (n, gs) => {
            let mut gs = gs.to_vec();
            gs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let list: Vec<String> = gs.iter().map(|(g, c)| format!("{g} ({c})")).collect();
            format!("{n} voices; attributions by group: {}", list.join(", "))
        }
    };
    parts.push(voice_part);
    let anon = sourcing
        .attributions
        .iter()
        .filter(|a| a.kind == SourceKind::Anonymous)
        .count();
    let unattributed = sourcing
        .attributions
        .iter()
        .filter(|a| a.kind == SourceKind::Unattributed)
        .count();
    if anon + unattributed == 0 {
        parts.push("no anonymous or unattributed claims".into());
    } else {
        let mut bits = Vec::new();
        if anon > 0 {
            bits.push(plural(anon, "anonymous source", "anonymous sources"));
        }
        if unattributed > 0 {
            bits.push(plural(
                unattributed,
                "unattributed claim",
                "unattributed claims",
            ));
        }
        parts.push(join_and(&bits));
    }
    let quoted = loaded.iter().filter(|m| m.voice == Voice::Quoted).count();
    let outlet: Vec<&LoadedTermReport> =
        loaded.iter().filter(|m| m.voice == Voice::Outlet).collect();
    if outlet.is_empty() {
        parts.push(if quoted == 0 {
            "no loaded terms".into()
        } else {
            "no loaded terms in its own voice".to_string()
        });
    } else {
        let mut counts: Vec<(Category, usize)> = Vec::new();
        for m in &outlet {
            match counts.iter_mut().find(|(c, _)| *c == m.category) {
                Some((_, n)) => *n += 1,
                None => counts.push((m.category, 1)),
            }
        }
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let top: Vec<String> = counts
            .iter()
            .take(2)
            .map(|(c, _)| c.label().to_string())
            .collect();
        let mut part = format!(
            "{}, mostly {}",
            plural(outlet.len(), "loaded term", "loaded terms"),
            join_and(&top)
        );
        let mut naming: Vec<String> = Vec::new();
        for m in &outlet {
            if let Some(alt) = &m.alternative {
                let s = format!("\"{}\" (not \"{alt}\")", m.text);
                if !naming.contains(&s) {
                    naming.push(s);
                }
            }
        }
        if !naming.is_empty() {
            part.push_str(&format!("; says {}", join_and(&naming)));
        }
        parts.push(part);
    }
    if quoted > 0 {
        parts.push(format!(
            "{} inside quotations",
            plural(quoted, "loaded term", "loaded terms")
        ));
    }
    parts.push(super::reading(score));
    let mut out = parts.join("; ");
    if let Some(first) = out.get(..1) {
        let up = first.to_uppercase();
        out.replace_range(..1, &up);
    }
    out.push('.');
    out
}
