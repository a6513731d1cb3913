//! Rewrites tokens that carry little meaning as written: numbers, URLs, possessives.
//!
//! Expects lowercased tokens. Numbers become `<num>`, URLs and e-mail addresses
//! `<url>`, and a trailing possessive `'s` is dropped (`russia's` → `russia`).

use super::{Token, TokenFilter};

/// The placeholder for a number.
pub const NUM: &str = "<num>";
/// The placeholder for a URL.
pub const URL: &str = "<url>";

/// Normalises numbers, URLs and possessives (see the module docs).
#[derive(Debug, Clone, Copy, Default)]
pub struct Normalizer;

/// Normalises one lowercased word in place.
pub fn normalize_word(word: &mut String) {
    let first = word.as_bytes().first().copied().unwrap_or(b' ');
    if first.is_ascii_digit()
        && word
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        word.clear();
        word.push_str(NUM);
    } else if word.starts_with("http") || word.starts_with("www.") {
        if word.contains("://") || word.starts_with("www.") {
            word.clear();
            word.push_str(URL);
        }
    } else if word.len() > 2 && word.ends_with("'s") {
        word.truncate(word.len() - 2);
    }
}

impl TokenFilter for Normalizer {
    fn apply(&self, tokens: &mut Vec<Token>) {
        for t in tokens.iter_mut() {
            normalize_word(&mut t.text);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        let mut w = s.to_string();
        normalize_word(&mut w);
        w
    }

    #[test]
    fn rewrites_numbers_urls_and_possessives() {
        assert_eq!(norm("840"), NUM);
        assert_eq!(norm("1,000.5"), NUM);
        assert_eq!(norm("https://x.org/a"), URL);
        assert_eq!(norm("www.x.org"), URL);
        assert_eq!(norm("russia's"), "russia");
        assert_eq!(norm("2nd"), "2nd");
        assert_eq!(norm("http"), "http");
        assert_eq!(norm("'s"), "'s");
    }
}
