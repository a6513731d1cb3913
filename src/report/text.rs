//! Plain text for a person at a terminal.

use super::{pct, reading, signed, terms_by_label, Render};
use crate::score::ArticleScore;
use std::fmt::Write;

/// A readable terminal report.
pub struct Text;

impl Render for Text {
    fn article(&self, s: &ArticleScore) -> String {
        let mut o = String::new();
        let _ = writeln!(o, "== {} ==", s.id);
        if let Some(outlet) = &s.outlet {
            let _ = writeln!(o, "outlet: {outlet}");
        }
        let _ = writeln!(o, "label: {} ({}; {} words)", s.label, reading(s), s.words);
        if let Some(note) = &s.note {
            let _ = writeln!(o, "note: {note}");
        }
        for (label, p) in &s.probabilities {
            let bar = "#".repeat((p * 30.0).round() as usize);
            let _ = writeln!(o, "  {label:>10} {:>6} {bar}", pct(*p));
        }
        if let Some(v) = s.slant {
            let _ = writeln!(o, "slant: {} (−1 left … +1 right)", signed(v));
        }
        if let Some(v) = s.partisanship {
            let _ = writeln!(o, "partisanship: {v:.3} (0 center … 1 partisan)");
        }
        let _ = writeln!(o, "terms that pushed the score:");
        for (label, terms) in terms_by_label(s) {
            if terms.is_empty() {
                continue;
            }
            let list: Vec<String> = terms
                .iter()
                .map(|t| format!("{} ×{} ({})", t.term, t.count, signed(t.contribution)))
                .collect();
            let _ = writeln!(o, "  toward {label}: {}", list.join(", "));
        }
        o.push('\n');
        o
    }
}
