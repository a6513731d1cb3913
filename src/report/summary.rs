//! The one-paragraph plain-language summary of a score, and the model's reading
//! in words: what every article report (text, Markdown, HTML, JSON) says first.

use super::count_of;
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

/// The summary of an article without words: the score's note as a sentence, so that
/// the two say the same thing.
fn no_words_sentence() -> String {
    let note = crate::score::NO_WORDS;
    let mut chars = note.chars();
    let first = chars.next().map(|c| c.to_uppercase().to_string());
    format!("{}{}.", first.unwrap_or_default(), chars.as_str())
}

/// Joins phrases as "a", "a and b", "a, b and c".
fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// Categories of loaded terms a summary names; past it, the smaller ones are counted.
const MAX_CATEGORIES: usize = 4;

/// Distinct words a summary quotes for one category (or for the quoted terms).
const MAX_WORDS: usize = 3;

/// The terms' words, quoted, each once with its count when above one, in text
/// order: `"puppet", "regime" ×2`; past [`MAX_WORDS`], "and N more".
fn words(terms: &[&LoadedTermReport]) -> String {
    let mut distinct: Vec<(&str, usize)> = Vec::new();
    for m in terms {
        match distinct
            .iter_mut()
            .find(|(w, _)| w.to_lowercase() == m.text.to_lowercase())
        {
            Some((_, n)) => *n += 1,
            None => distinct.push((&m.text, 1)),
        }
    }
    let mut list: Vec<String> = distinct
        .iter()
        .take(MAX_WORDS)
        .map(|&(w, n)| match n {
            1 => format!("\"{w}\""),
            n => format!("\"{w}\" ×{n}"),
        })
        .collect();
    let rest: usize = distinct.iter().skip(MAX_WORDS).map(|(_, n)| n).sum();
    if rest > 0 {
        list.push(format!("{rest} more"));
    }
    list.join(", ")
}

/// The plain-language paragraph of a score: voices and their groups, anonymous
/// claims, loaded language by category with its words and naming choices, the
/// quoted loaded words, and the model's reading; for an article without words, that
/// there is nothing to read.
pub fn summary(score: &ArticleScore) -> String {
    if score.words == 0 {
        return no_words_sentence();
    }
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
            bits.push(count_of(anon, "anonymous source", "anonymous sources"));
        }
        if unattributed > 0 {
            bits.push(count_of(
                unattributed,
                "unattributed claim",
                "unattributed claims",
            ));
        }
        parts.push(join_and(&bits));
    }
    let quoted: Vec<&LoadedTermReport> =
        loaded.iter().filter(|m| m.voice == Voice::Quoted).collect();
    let outlet: Vec<&LoadedTermReport> =
        loaded.iter().filter(|m| m.voice == Voice::Outlet).collect();
    if outlet.is_empty() {
        parts.push(if quoted.is_empty() {
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
        // Every category when there are few, else the largest ones and how many
        // terms the rest hold: the words themselves, never a "mostly" a tie decides.
        let shown = if counts.len() <= MAX_CATEGORIES {
            counts.len()
        } else {
            MAX_CATEGORIES - 1
        };
        let mut list: Vec<String> = counts[..shown]
            .iter()
            .map(|&(c, _)| {
                let of: Vec<&LoadedTermReport> =
                    outlet.iter().copied().filter(|m| m.category == c).collect();
                format!("{} ({})", c.label(), words(&of))
            })
            .collect();
        let rest: usize = counts[shown..].iter().map(|(_, n)| n).sum();
        if rest > 0 {
            // Two categories or more are left out, so two terms or more.
            list.push(format!("{rest} in other categories"));
        }
        let mut part = format!(
            "{}: {}",
            count_of(outlet.len(), "loaded term", "loaded terms"),
            join_and(&list)
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
    if !quoted.is_empty() {
        parts.push(format!(
            "{} inside quotations ({})",
            count_of(quoted.len(), "loaded term", "loaded terms"),
            words(&quoted)
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
