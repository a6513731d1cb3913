//! English Snowball stemming (rust-stemmers).
//!
//! Precondition: tokens arrive lowercased ([`super::LowerCaser`]); the Snowball
//! algorithm is defined on lowercase words.

use super::{Token, TokenFilter};
use rust_stemmers::{Algorithm, Stemmer as Snowball};

/// Reduces each token to its English Snowball stem (`slammed` → `slam`).
pub struct Stemmer {
    inner: Snowball,
}

impl Default for Stemmer {
    fn default() -> Self {
        Stemmer {
            inner: Snowball::create(Algorithm::English),
        }
    }
}

impl std::fmt::Debug for Stemmer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Stemmer(English)")
    }
}

impl Stemmer {
    /// The stem of one lowercased word. Placeholders like `<num>` pass through.
    pub fn stem<'a>(&self, word: &'a str) -> std::borrow::Cow<'a, str> {
        if word.starts_with('<') {
            return std::borrow::Cow::Borrowed(word);
        }
        self.inner.stem(word)
    }
}

impl TokenFilter for Stemmer {
    fn apply(&self, tokens: &mut Vec<Token>) {
        for t in tokens.iter_mut() {
            if let std::borrow::Cow::Owned(s) = self.stem(&t.text) {
                t.text = s;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_inflections_to_one_form() {
        let s = Stemmer::default();
        assert_eq!(s.stem("slammed"), "slam");
        assert_eq!(s.stem("slams"), "slam");
        assert_eq!(s.stem("escalation"), "escal");
        assert_eq!(s.stem("<num>"), "<num>");
    }
}
