//! Plain text for a person at a terminal.

use super::{attribution_row, pct, reading, signed, terms_by_label, Render};
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
        let _ = writeln!(
            o,
            "loaded terms: {} ({:.1} per 100 words)",
            s.loaded_terms.len(),
            s.loaded_density
        );
        for t in &s.loaded_terms {
            let alt = t
                .alternative
                .as_ref()
                .map(|a| format!(" [not \"{a}\"]"))
                .unwrap_or_default();
            let _ = writeln!(
                o,
                "  {:>6}  {:<18} {}{alt}  {}",
                t.start,
                t.category.label(),
                t.text,
                t.context
            );
        }
        let src = &s.sourcing;
        let _ = writeln!(
            o,
            "sourcing: {} voices, balance {:.2}, anonymous share {:.2}, quoted words {:.0}%",
            src.voices,
            src.balance,
            src.anonymous_share,
            src.quote_share * 100.0
        );
        for a in &src.attributions {
            let [speaker, affiliation, verb, kind, quote] = attribution_row(a);
            let _ = writeln!(
                o,
                "  {speaker:<24} {affiliation:<28} {verb:<12} {kind:<8} {quote}"
            );
        }
        if !src.side_shares.is_empty() {
            let sides: Vec<String> = src
                .side_shares
                .iter()
                .map(|(side, v)| format!("{side} {}", pct(*v)))
                .collect();
            let _ = writeln!(o, "  sides: {}", sides.join(", "));
        }
        if !s.learned_terms.is_empty() {
            let _ = writeln!(o, "words typical of each label in the training corpus:");
            for (label, _) in &s.probabilities {
                let mut words: Vec<&str> = Vec::new();
                for t in s.learned_terms.iter().filter(|t| &t.label == label) {
                    if !words.contains(&t.text.as_str()) {
                        words.push(&t.text);
                    }
                }
                if !words.is_empty() {
                    let _ = writeln!(o, "  {label}: {}", words.join(", "));
                }
            }
        }
        let _ = writeln!(o, "summary: {}", s.summary);
        o.push('\n');
        o
    }
}
