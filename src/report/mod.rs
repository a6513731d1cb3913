//! Rendering what slant found: one file per output format behind one trait.
//!
//! Renderers only format; they never compute. Everything they show comes from
//! an [`ArticleScore`].

mod json;
mod markdown;
mod text;

pub use json::Json;
pub use markdown::Markdown;
pub use text::Text;

use crate::score::ArticleScore;

/// An output format for scored articles.
pub trait Render {
    /// Renders one article's report, ending with a newline.
    fn article(&self, score: &ArticleScore) -> String;
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
