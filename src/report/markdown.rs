//! Markdown, for pasting into notes.

use super::{pct, reading, signed, terms_by_label, Render};
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
        if let Some(note) = &s.note {
            let _ = writeln!(o, "> Note: {}\n", md_escape(note));
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
        o.push('\n');
        o
    }
}
