//! Plain text for a person at a terminal.

use super::{
    attribution_row, comparison_rows, event_key, naming_line, one_line, pct, reading, signed,
    terms_by_label, visible, QuotedFrom, Render,
};
use crate::compare::{Comparison, Event, OrderingAccuracy};
use crate::features::lexicon::Voice;
use crate::score::ArticleScore;
use std::fmt::Write;

/// The widest a column of the sourcing table grows to fit its cells; a longer
/// cell runs past it rather than widening every row.
const MAX_COLUMN: usize = 56;

/// A readable terminal report.
pub struct Text;

impl Render for Text {
    fn article(&self, s: &ArticleScore) -> String {
        self.report(s, None)
    }

    fn article_with_text(&self, s: &ArticleScore, text: &str) -> String {
        self.report(s, Some(text))
    }

    fn comparison(&self, c: &Comparison) -> String {
        let mut o = String::new();
        let _ = writeln!(
            o,
            "== coverage of one event by {} outlets ==",
            c.outlets.len()
        );
        let rows = comparison_rows(c);
        let name_w = rows
            .iter()
            .map(|(n, _)| n.chars().count())
            .max()
            .unwrap_or(0);
        let widths: Vec<usize> = (0..c.outlets.len())
            .map(|k| {
                rows.iter()
                    .map(|(_, cells)| cells[k].chars().count())
                    .chain([c.outlets[k].outlet.chars().count()])
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let _ = write!(o, "{:name_w$}", "");
        for (col, w) in c.outlets.iter().zip(&widths) {
            let _ = write!(o, "  {:>w$}", col.outlet);
        }
        o.push('\n');
        for (name, cells) in &rows {
            let _ = write!(o, "{name:name_w$}");
            for (cell, w) in cells.iter().zip(&widths) {
                let _ = write!(o, "  {cell:>w$}");
            }
            o.push('\n');
        }
        let _ = writeln!(o, "\nwho spoke where (named attributions):");
        if c.voices.is_empty() {
            let _ = writeln!(o, "  no named voices");
        } else {
            let voice_w = c
                .voices
                .iter()
                .map(|v| v.voice.chars().count())
                .max()
                .unwrap_or(0);
            let _ = write!(o, "  {:voice_w$}", "");
            for (col, w) in c.outlets.iter().zip(&widths) {
                let _ = write!(o, "  {:>w$}", col.outlet);
            }
            o.push('\n');
            for v in &c.voices {
                let _ = write!(o, "  {:voice_w$}", v.voice);
                for (n, w) in v.counts.iter().zip(&widths) {
                    let cell = if *n == 0 {
                        "·".to_string()
                    } else {
                        n.to_string()
                    };
                    let _ = write!(o, "  {cell:>w$}");
                }
                if let Some(only) = &v.only_in {
                    let _ = write!(o, "  only {only}");
                }
                o.push('\n');
            }
        }
        let _ = writeln!(
            o,
            "\ndistinctive words (log-odds vs the other outlets, z ≥ {:.2}, Dirichlet prior a0 = {:.0}):",
            c.min_z, c.prior_mass
        );
        for (col, terms) in c.outlets.iter().zip(&c.distinctive) {
            let list: Vec<String> = terms
                .iter()
                .map(|t| {
                    format!(
                        "{} (z {:.2}, {} vs {})",
                        t.term, t.z, t.count, t.count_others
                    )
                })
                .collect();
            let shown = if list.is_empty() {
                "none".to_string()
            } else {
                list.join(", ")
            };
            let _ = writeln!(o, "  {}: {shown}", col.outlet);
        }
        if !c.naming.is_empty() {
            let _ = writeln!(o, "\nnaming choices:");
            for pair in &c.naming {
                let _ = writeln!(o, "  {}", naming_line(c, pair));
            }
        }
        o.push_str(&super::frames::comparison_text(c));
        let _ = writeln!(o, "\nverdict: {}", c.verdict.text);
        o.push('\n');
        visible(o)
    }

    fn events(&self, events: &[Event]) -> String {
        let mut o = String::new();
        if events.is_empty() {
            let _ = writeln!(o, "no event was covered by two or more outlets");
        }
        for e in events {
            let _ = writeln!(
                o,
                "{}  slant range {:.2}  ({} outlets)",
                event_key(e),
                e.slant_range,
                e.outlets.len()
            );
            for x in &e.outlets {
                let n = if x.articles == 1 {
                    "article"
                } else {
                    "articles"
                };
                let _ = writeln!(
                    o,
                    "  {:>7}  {} ({} {n})",
                    signed(x.slant),
                    x.outlet,
                    x.articles
                );
            }
        }
        visible(o)
    }

    fn ordering(&self, r: &OrderingAccuracy) -> String {
        format!(
            "pairwise ordering accuracy {:.3} ({} of {} pairs, {} groups); left<center {}, center<right {}, left<right {}\n",
            r.accuracy,
            r.correct,
            r.pairs,
            r.groups,
            pct(r.left_center),
            pct(r.center_right),
            pct(r.left_right)
        )
    }
}

impl Text {
    /// The article's report; `body`, when given, shows the sentences carrying each frame.
    fn report(&self, s: &ArticleScore, body: Option<&str>) -> String {
        let mut o = String::new();
        let _ = writeln!(o, "== {} ==", one_line(&s.id));
        if let Some(outlet) = &s.outlet {
            let _ = writeln!(o, "outlet: {}", one_line(outlet));
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
        let by_label = terms_by_label(s);
        let none = by_label.iter().all(|(_, terms)| terms.is_empty());
        let _ = writeln!(
            o,
            "terms that pushed the score:{}",
            if none { " none" } else { "" }
        );
        for (label, terms) in by_label {
            if terms.is_empty() {
                continue;
            }
            let list: Vec<String> = terms
                .iter()
                .map(|t| match t.count {
                    // A block feature the article lacks (its rate is under the mean).
                    0 => format!("{} (none) ({})", t.term, signed(t.contribution)),
                    1 => format!("{} ({})", t.term, signed(t.contribution)),
                    n => format!("{} ×{n} ({})", t.term, signed(t.contribution)),
                })
                .collect();
            let _ = writeln!(o, "  toward {label}: {}", list.join(", "));
        }
        let quoted = s.loaded_counts_quoted.values().sum::<usize>();
        let _ = writeln!(
            o,
            "loaded terms: {} (loaded density {:.1} per 100 words)",
            s.loaded_terms.len() - quoted,
            s.loaded_density
        );
        let mut in_quotes = Vec::new();
        for t in &s.loaded_terms {
            if t.voice == Voice::Quoted {
                in_quotes.push(t);
                continue;
            }
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
        if !in_quotes.is_empty() {
            let _ = writeln!(
                o,
                "in quotations (the speakers' words, not counted above): {} (loaded density {:.1} per 100 words)",
                in_quotes.len(),
                s.loaded_density_quoted
            );
            let quoted_from = QuotedFrom::new(s);
            for t in in_quotes {
                let from = quoted_from
                    .of(t)
                    .map(|sp| format!(" (quoted from {sp})"))
                    .unwrap_or_default();
                let _ = writeln!(
                    o,
                    "  {:>6}  {:<18} {}{from}  {}",
                    t.start,
                    t.category.label(),
                    t.text,
                    t.context
                );
            }
        }
        let src = &s.sourcing;
        let _ = writeln!(
            o,
            "sourcing: {}, balance {:.2}, anonymous share {:.2}, collective share {:.2}, quoted words {:.0}%",
            super::count_of(src.voices, "voice", "voices"),
            src.balance,
            src.anonymous_share,
            src.collective_share,
            src.quote_share * 100.0
        );
        let rows: Vec<[String; 5]> = src.attributions.iter().map(attribution_row).collect();
        // Columns as wide as their longest cell (up to a cap, so that one long
        // affiliation does not push every row), never narrower than before.
        let width = |col: usize, least: usize| {
            (rows.iter())
                .map(|r| r[col].chars().count())
                .filter(|&n| n <= MAX_COLUMN)
                .fold(least, usize::max)
        };
        let (ws, wa, wv) = (width(0, 24), width(1, 28), width(2, 12));
        for [speaker, affiliation, verb, kind, quote] in &rows {
            let _ = writeln!(
                o,
                "  {speaker:<ws$} {affiliation:<wa$} {verb:<wv$} {kind:<8} {quote}"
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
        o.push_str(&super::frames::text_block(s, body));
        // The note already says what the summary of an article without words would.
        if s.note.is_none() {
            let _ = writeln!(o, "summary: {}", one_line(&super::summary::summary(s)));
        }
        o.push('\n');
        visible(o)
    }
}
