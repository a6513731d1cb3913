//! Rendering what slant found: one file per output format behind one trait.
//!
//! Renderers only format; they never compute. Everything they show comes from
//! an [`ArticleScore`] (and, for HTML, the article's text).

pub mod html;
mod json;
mod markdown;
mod text;

pub use html::Html;
pub use json::Json;
pub use markdown::Markdown;
pub use text::Text;

use crate::score::ArticleScore;

/// An output format for scored articles.
pub trait Render {
    /// Renders one article's report, ending with a newline.
    fn article(&self, score: &ArticleScore) -> String;

    /// Renders one article's report with its body at hand (`score`'s offsets point
    /// into `text`), for formats that show the text; the default ignores it.
    fn article_with_text(&self, score: &ArticleScore, text: &str) -> String {
        let _ = text;
        self.article(score)
    }
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

/// A plain-language reading of the slant index.
pub(crate) fn reading(score: &ArticleScore) -> String {
    let best = score
        .probabilities
        .iter()
        .find(|(l, _)| *l == score.label)
        .map_or(0.0, |(_, p)| *p);
    let lean = match score.label.as_str() {
        "left" => "left-of-center".to_string(),
        "right" => "right-of-center".to_string(),
        "center" => "center".to_string(),
        other => format!("\"{other}\""),
    };
    format!("reads {lean} with {:.2} probability", best)
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
