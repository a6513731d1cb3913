//! JSON Lines: one JSON object per article (the documented contract).

use super::Render;
use crate::compare::{Comparison, Event, OrderingAccuracy};
use crate::score::ArticleScore;

/// One compact JSON object per line: per article, per comparison, per event.
pub struct Json;

fn line<T: serde::Serialize>(value: &T) -> String {
    let mut s = serde_json::to_string(value).expect("a report serialises");
    s.push('\n');
    s
}

impl Render for Json {
    fn article(&self, score: &ArticleScore) -> String {
        line(score)
    }

    fn comparison(&self, comparison: &Comparison) -> String {
        line(comparison)
    }

    fn events(&self, events: &[Event]) -> String {
        events.iter().map(line).collect()
    }

    fn ordering(&self, ordering: &OrderingAccuracy) -> String {
        line(ordering)
    }
}
