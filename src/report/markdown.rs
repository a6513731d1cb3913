//! Markdown, for pasting into notes.

use super::{
    attribution_row, comparison_rows, event_key, naming_line, one_line, pct, reading, signed,
    terms_by_label, visible, QuotedFrom, Render,
};
use crate::compare::{Comparison, Event, OrderingAccuracy};
use crate::features::lexicon::Voice;
use crate::score::ArticleScore;
use std::fmt::Write;

/// A Markdown report.
pub struct Markdown;

/// Escapes characters that Markdown would read as formatting, and writes line
/// breaks and control characters as visible escapes (see [`one_line`]), so that
/// a field stays on its line, in its heading or table cell.
pub(crate) fn md_escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#'
        ) {
            o.push('\\');
        }
        o.push(c);
    }
    match one_line(&o) {
        std::borrow::Cow::Borrowed(_) => o,
        std::borrow::Cow::Owned(escaped) => escaped,
    }
}

impl Render for Markdown {
    fn article(&self, s: &ArticleScore) -> String {
        article_report(s, None)
    }

    fn article_with_text(&self, s: &ArticleScore, text: &str) -> String {
        article_report(s, Some(text))
    }

    fn comparison(&self, c: &Comparison) -> String {
        let mut o = String::new();
        let _ = writeln!(
            o,
            "## Coverage of one event by {} outlets\n",
            c.outlets.len()
        );
        let header: Vec<String> = c.outlets.iter().map(|x| md_escape(&x.outlet)).collect();
        let _ = writeln!(o, "| | {} |", header.join(" | "));
        let _ = writeln!(o, "|---|{}", "---|".repeat(c.outlets.len()));
        for (name, cells) in comparison_rows(c) {
            let cells: Vec<String> = cells.iter().map(|x| md_escape(x)).collect();
            let _ = writeln!(o, "| {} | {} |", md_escape(&name), cells.join(" | "));
        }
        let _ = writeln!(o, "\n### Who spoke where\n");
        if c.voices.is_empty() {
            let _ = writeln!(o, "No named voices.");
        } else {
            let _ = writeln!(o, "| voice | {} | only in |", header.join(" | "));
            let _ = writeln!(o, "|---|{}---|", "---|".repeat(c.outlets.len()));
            for v in &c.voices {
                let cells: Vec<String> = v.counts.iter().map(|n| n.to_string()).collect();
                let _ = writeln!(
                    o,
                    "| {} | {} | {} |",
                    md_escape(&v.voice),
                    cells.join(" | "),
                    md_escape(v.only_in.as_deref().unwrap_or(""))
                );
            }
        }
        let _ = writeln!(
            o,
            "\n### Distinctive words\n\nLog-odds against the other outlets (informative Dirichlet prior, a0 = {:.0}); z ≥ {:.2} only.\n",
            c.prior_mass, c.min_z
        );
        let _ = writeln!(
            o,
            "| outlet | term | z | count | others |\n|---|---|---|---|---|"
        );
        for (col, terms) in c.outlets.iter().zip(&c.distinctive) {
            for t in terms {
                let _ = writeln!(
                    o,
                    "| {} | {} | {:.2} | {} | {} |",
                    md_escape(&col.outlet),
                    md_escape(&t.term),
                    t.z,
                    t.count,
                    t.count_others
                );
            }
        }
        if !c.naming.is_empty() {
            let _ = writeln!(o, "\n### Naming choices\n");
            for pair in &c.naming {
                let _ = writeln!(o, "- {}", md_escape(&naming_line(c, pair)));
            }
        }
        o.push_str(&super::frames::comparison_markdown(c));
        let _ = writeln!(o, "\n### Verdict\n\n{}\n", md_escape(&c.verdict.text));
        visible(o)
    }

    fn events(&self, events: &[Event]) -> String {
        let mut o = String::from("| event | slant range | outlets (slant) |\n|---|---|---|\n");
        for e in events {
            let list: Vec<String> = e
                .outlets
                .iter()
                .map(|x| format!("{} ({})", md_escape(&x.outlet), signed(x.slant)))
                .collect();
            let _ = writeln!(
                o,
                "| {} | {:.2} | {} |",
                md_escape(&event_key(e)),
                e.slant_range,
                list.join(", ")
            );
        }
        visible(o)
    }

    fn ordering(&self, r: &OrderingAccuracy) -> String {
        format!(
            "| groups | pairs | correct | accuracy | left<center | center<right | left<right |\n|---|---|---|---|---|---|---|\n| {} | {} | {} | {:.3} | {} | {} | {} |\n",
            r.groups,
            r.pairs,
            r.correct,
            r.accuracy,
            pct(r.left_center),
            pct(r.center_right),
            pct(r.left_right)
        )
    }
}

/// The article's report; `text`, when given, shows the sentences carrying each frame.
fn article_report(s: &ArticleScore, text: Option<&str>) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "## {}\n", md_escape(&s.id));
    let _ = writeln!(o, "**{}**: {}.\n", md_escape(&s.label), reading(s));
    // The note, when there is one (an article without words), says what the summary would.
    match &s.note {
        Some(note) => {
            let _ = writeln!(o, "> Note: {}\n", md_escape(note));
        }
        None => {
            let _ = writeln!(o, "{}\n", md_escape(&super::summary::summary(s)));
        }
    }
    let _ = writeln!(o, "| label | probability |\n|---|---|");
    for (label, p) in &s.probabilities {
        let _ = writeln!(o, "| {} | {} |", md_escape(label), pct(*p));
    }
    o.push('\n');
    if let Some(v) = s.slant {
        let _ = writeln!(o, "- slant: {} (−1 left … +1 right)", signed(v));
    }
    if let Some(v) = s.partisanship {
        let _ = writeln!(o, "- partisanship: {v:.3}");
    }
    let by_label = terms_by_label(s);
    if by_label.iter().all(|(_, terms)| terms.is_empty()) {
        o.push_str("\nNo term pushed the score.\n");
    } else {
        let _ = writeln!(
            o,
            "\n| toward | term | count | contribution |\n|---|---|---|---|"
        );
    }
    for (label, terms) in by_label {
        for t in terms {
            let _ = writeln!(
                o,
                "| {} | {} | {} | {} |",
                md_escape(label),
                md_escape(&t.term),
                // A block feature the article lacks, as the text report says it.
                match t.count {
                    0 => "none".to_string(),
                    n => n.to_string(),
                },
                signed(t.contribution)
            );
        }
    }
    let outlet = s.loaded_terms.len() - s.loaded_counts_quoted.values().sum::<usize>();
    let _ = writeln!(
        o,
        "\n### Loaded terms ({outlet}, loaded density {:.1} per 100 words)\n",
        s.loaded_density
    );
    if outlet == 0 {
        o.push_str("None in the outlet's voice.\n");
    } else {
        o.push_str("| at | category | term | alternative | context |\n|---|---|---|---|---|\n");
    }
    for t in s.loaded_terms.iter().filter(|t| t.voice == Voice::Outlet) {
        let _ = writeln!(
            o,
            "| {} | {} | {} | {} | {} |",
            t.start,
            t.category.label(),
            md_escape(&t.text),
            md_escape(t.alternative.as_deref().unwrap_or("")),
            md_escape(&t.context)
        );
    }
    let quoted: Vec<_> = (s.loaded_terms.iter())
        .filter(|t| t.voice == Voice::Quoted)
        .collect();
    if !quoted.is_empty() {
        let _ = writeln!(
            o,
            "\n#### In quotations ({}, the speakers' words, not counted above)\n\n| at | category | term | quoted from | context |\n|---|---|---|---|---|",
            quoted.len()
        );
        let quoted_from = QuotedFrom::new(s);
        for t in quoted {
            let _ = writeln!(
                o,
                "| {} | {} | {} | {} | {} |",
                t.start,
                t.category.label(),
                md_escape(&t.text),
                md_escape(quoted_from.of(t).unwrap_or("")),
                md_escape(&t.context)
            );
        }
    }
    let src = &s.sourcing;
    let _ = writeln!(
        o,
        "\n### Sourcing\n\n{} · balance {:.2} · anonymous share {:.2} · collective share {:.2} · quoted words {:.0}%\n",
        super::count_of(src.voices, "voice", "voices"),
        src.balance,
        src.anonymous_share,
        src.collective_share,
        src.quote_share * 100.0
    );
    if src.attributions.is_empty() {
        o.push_str("No attributions found.\n");
    } else {
        o.push_str("| speaker | affiliation | verb | kind | quote |\n|---|---|---|---|---|\n");
    }
    for a in &src.attributions {
        let row = attribution_row(a).map(|c| md_escape(&c));
        let _ = writeln!(o, "| {} |", row.join(" | "));
    }
    o.push_str(&super::frames::markdown_block(s, text));
    o.push('\n');
    visible(o)
}
