//! Markdown, for pasting into notes.

use super::{attribution_row, pct, reading, signed, terms_by_label, Render};
use crate::score::ArticleScore;
use std::fmt::Write;

/// A Markdown report.
pub struct Markdown;

/// Escapes characters that Markdown would read as formatting.
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
    o
}

impl Render for Markdown {
    fn article(&self, s: &ArticleScore) -> String {
        let mut o = String::new();
        let _ = writeln!(o, "## {}\n", md_escape(&s.id));
        let _ = writeln!(o, "**{}**: {}.\n", md_escape(&s.label), reading(s));
        let _ = writeln!(o, "{}\n", md_escape(&s.summary));
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
        let _ = writeln!(
            o,
            "\n| toward | term | count | contribution |\n|---|---|---|---|"
        );
        for (label, terms) in terms_by_label(s) {
            for t in terms {
                let _ = writeln!(
                    o,
                    "| {} | {} | {} | {} |",
                    md_escape(label),
                    md_escape(&t.term),
                    t.count,
                    signed(t.contribution)
                );
            }
        }
        let _ = writeln!(
            o,
            "\n### Loaded terms ({}, {:.1} per 100 words)\n\n| at | category | term | alternative | context |\n|---|---|---|---|---|",
            s.loaded_terms.len(),
            s.loaded_density
        );
        for t in &s.loaded_terms {
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
        let src = &s.sourcing;
        let _ = writeln!(
            o,
            "\n### Sourcing\n\n{} voices · balance {:.2} · anonymous share {:.2} · quoted words {:.0}%\n\n| speaker | affiliation | verb | kind | quote |\n|---|---|---|---|---|",
            src.voices,
            src.balance,
            src.anonymous_share,
            src.quote_share * 100.0
        );
        for a in &src.attributions {
            let row = attribution_row(a).map(|c| md_escape(&c));
            let _ = writeln!(o, "| {} |", row.join(" | "));
        }
        o.push('\n');
        o
    }
}
