//! Rendering what slant found: one file per output format behind one trait.
//!
//! Renderers only format; they never compute. Everything they show comes from
//! an [`ArticleScore`] (and, for HTML, the article's text), a [`Comparison`], a list of [`Event`]s or an
//! [`OrderingAccuracy`].

pub mod eval_text;
mod frames;
pub mod html;
mod html_compare;
mod html_parts;
mod json;
mod markdown;
pub mod summary;
mod text;
pub mod tsv;

pub use html::Html;
pub use json::Json;
pub use markdown::Markdown;
pub use text::Text;

use crate::compare::{Comparison, Event, OrderingAccuracy};
use crate::score::ArticleScore;

/// An output format for scored articles and comparisons.
pub trait Render {
    /// Renders one article's report, ending with a newline.
    fn article(&self, score: &ArticleScore) -> String;

    /// Renders one article's report with its body at hand (`score`'s offsets point
    /// into `text`), for formats that show the text; the default ignores it.
    fn article_with_text(&self, score: &ArticleScore, text: &str) -> String {
        let _ = text;
        self.article(score)
    }
    /// Renders a comparison of outlets, ending with a newline.
    fn comparison(&self, comparison: &Comparison) -> String;
    /// Renders the events of a corpus, most divergent first, ending with a newline.
    fn events(&self, events: &[Event]) -> String;
    /// Renders a pairwise ordering accuracy, ending with a newline.
    fn ordering(&self, ordering: &OrderingAccuracy) -> String;
}

/// True for characters a terminal or a Markdown reader would act on rather than
/// show: control characters (ESC, line breaks), line and paragraph separators,
/// and the bidirectional overrides that reorder what is displayed.
fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Appends `c` in a visible form: `\n`, `\r`, `\t` or `\u{1b}`.
fn push_escaped_char(out: &mut String, c: char) {
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c => {
            let _ = std::fmt::Write::write_fmt(out, format_args!("\\u{{{:x}}}", c as u32));
        }
    }
}

/// `s` for one line of a report: every invisible character (line breaks
/// included) written as an escape, so that an id or outlet cannot move the
/// cursor, recolour the terminal or start a new line.
pub fn one_line(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(is_invisible) {
        return s.into();
    }
    let mut o = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match is_invisible(c) {
            true => push_escaped_char(&mut o, c),
            false => o.push(c),
        }
    }
    o.into()
}

/// A whole report made safe for a terminal: the line breaks and tabs it is laid
/// out with stay; every other invisible character is written as an escape.
pub fn visible(report: String) -> String {
    let keep = |c: char| c == '\n' || c == '\t';
    if !report.chars().any(|c| is_invisible(c) && !keep(c)) {
        return report;
    }
    let mut o = String::with_capacity(report.len() + 16);
    for c in report.chars() {
        match is_invisible(c) && !keep(c) {
            true => push_escaped_char(&mut o, c),
            false => o.push(c),
        }
    }
    o
}

/// `n` and the noun for it: "1 voice", "2 voices".
pub(crate) fn count_of(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Formats an optional signed number, or "–" when absent.
pub(crate) fn signed_opt(v: Option<f64>) -> String {
    v.map_or_else(|| "–".to_string(), signed)
}

/// The rows of a comparison's figure table: a name and one cell per outlet.
pub(crate) fn comparison_rows(c: &Comparison) -> Vec<(String, Vec<String>)> {
    let o = &c.outlets;
    let row = |name: &str, f: &dyn Fn(&crate::compare::OutletColumn) -> String| {
        (name.to_string(), o.iter().map(f).collect::<Vec<_>>())
    };
    let mut rows = vec![
        row("articles", &|x| x.articles.to_string()),
        row("words", &|x| x.words.to_string()),
    ];
    if let Some(first) = o.first() {
        for label in first.probabilities.keys() {
            rows.push(row(&format!("P({label})"), &|x| {
                x.probabilities
                    .get(label)
                    .map_or_else(String::new, |p| pct(*p))
            }));
        }
    }
    rows.extend([
        row("slant", &|x| signed_opt(x.slant)),
        row("partisanship", &|x| {
            x.partisanship
                .map_or_else(|| "–".into(), |v| format!("{v:.3}"))
        }),
        row("loaded density per 100 words", &|x| {
            format!("{:.1}", x.loaded_density)
        }),
        row("top loaded category", &|x| {
            x.loaded_top
                .first()
                .map_or_else(|| "–".into(), |(c, n)| format!("{} ({n})", c.label()))
        }),
        row("sourcing balance", &|x| format!("{:.2}", x.balance)),
        row("top group share", &|x| pct(x.top_group_share)),
        row("voices", &|x| x.voices.to_string()),
        row("anonymous share", &|x| pct(x.anonymous_share)),
    ]);
    rows
}

/// The speakers of an article's direct quotations, for finding the one a quoted
/// loaded term sits in: "half-Fuhrer (quoted from Sergei Lavrov)".
///
/// Built once per report: the quotations sorted by start, with the furthest end
/// reached so far, so that a term looks only at the quotations that could hold it
/// (testing every term against every attribution grew with the square of a long
/// article's length).
pub(crate) struct QuotedFrom<'a> {
    /// `(start, end, index in the attributions)` of each direct attribution, by start.
    spans: Vec<(usize, usize, usize)>,
    /// `reach[i]`: the largest end among `spans[..=i]`.
    reach: Vec<usize>,
    s: &'a ArticleScore,
}

impl<'a> QuotedFrom<'a> {
    pub(crate) fn new(s: &'a ArticleScore) -> Self {
        let mut spans: Vec<(usize, usize, usize)> = (s.sourcing.attributions.iter())
            .enumerate()
            .filter(|(_, a)| a.direct)
            .map(|(i, a)| (a.start, a.end, i))
            .collect();
        spans.sort_unstable();
        let reach = (spans.iter())
            .scan(0, |m, &(_, e, _)| {
                *m = e.max(*m);
                Some(*m)
            })
            .collect();
        QuotedFrom { spans, reach, s }
    }

    /// The speaker of the first direct attribution (in the report's order) whose
    /// span holds `t`, when it names one.
    pub(crate) fn of(&self, t: &crate::score::LoadedTermReport) -> Option<&'a str> {
        let before = self.spans.partition_point(|&(a, _, _)| a <= t.start);
        let first = (0..before)
            .rev()
            .take_while(|&i| self.reach[i] >= t.end)
            .filter(|&i| t.end <= self.spans[i].1)
            .map(|i| self.spans[i].2)
            .min()?;
        self.s.sourcing.attributions[first].speaker.as_deref()
    }
}

/// One naming pair in words: "kiev / kyiv: A says kyiv ×2; B says kiev ×1".
pub(crate) fn naming_line(c: &Comparison, pair: &crate::compare::NamingPair) -> String {
    let mut uses = Vec::new();
    for (outlet, counts) in c.outlets.iter().zip(&pair.counts) {
        for (name, n) in pair.names.iter().zip(counts) {
            if *n > 0 {
                uses.push(format!("{} says \"{name}\" ×{n}", outlet.outlet));
            }
        }
    }
    format!("{} / {}: {}", pair.names[0], pair.names[1], uses.join("; "))
}

/// An event's key as `field=value, field=value`.
pub(crate) fn event_key(e: &Event) -> String {
    e.key
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Formats a probability as a percentage with one decimal.
pub(crate) fn pct(p: f64) -> String {
    format!("{:.1}%", p * 100.0)
}

/// Formats a signed number with an explicit sign.
pub(crate) fn signed(v: f64) -> String {
    format!("{v:+.3}")
}

/// The top terms of a score grouped by label, in label order.
pub(crate) fn terms_by_label(score: &ArticleScore) -> Vec<(&str, Vec<&crate::score::TopTerm>)> {
    score
        .probabilities
        .iter()
        .map(|(label, _)| {
            let terms = score
                .top_terms
                .iter()
                .filter(|t| &t.toward == label)
                .collect();
            (label.as_str(), terms)
        })
        .collect()
}

/// A plain-language reading of the slant index; for an article without words, that the
/// label is the model's baseline and no reading.
pub(crate) fn reading(score: &ArticleScore) -> String {
    if score.words == 0 {
        return "the model's baseline, no reading of the text".into();
    }
    let best = score
        .probabilities
        .iter()
        .find(|(l, _)| *l == score.label)
        .map_or(0.0, |(_, p)| *p);
    summary::reading(&score.label, best)
}

/// Shortens `s` to at most `max` characters, ending with "…" when cut.
pub(crate) fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// One row of the sourcing table, as strings: speaker, affiliation, verb, kind, quote.
pub(crate) fn attribution_row(a: &crate::features::sourcing::Attribution) -> [String; 5] {
    use crate::features::sourcing::SourceKind;
    let speaker = match (&a.speaker, a.kind) {
        (Some(s), _) => s.clone(),
        (None, SourceKind::Anonymous) => {
            format!("(anonymous: {})", a.cue.as_deref().unwrap_or("?"))
        }
        (None, _) => format!("(unattributed: {})", a.cue.as_deref().unwrap_or("?")),
    };
    let kind = if a.direct { "direct" } else { "reported" };
    [
        speaker,
        a.affiliation.clone().unwrap_or_default(),
        a.verb.clone(),
        kind.to_string(),
        shorten(a.quote.as_deref().unwrap_or(""), 60),
    ]
}
