//! JSON Lines: one JSON object per article (the documented contract).

use super::Render;
use crate::score::ArticleScore;

/// One compact JSON object per line.
pub struct Json;

impl Render for Json {
    fn article(&self, score: &ArticleScore) -> String {
        let mut s = serde_json::to_string(score).expect("a score serialises");
        s.push('\n');
        s
    }
}
