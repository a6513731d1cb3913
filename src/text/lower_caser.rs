//! Lowercases tokens and folds typographic apostrophes to `'`.

use super::{Token, TokenFilter};

/// Lowercases each token; `’` becomes `'` so `Russia’s` and `Russia's` are one word.
#[derive(Debug, Clone, Copy, Default)]
pub struct LowerCaser;

/// `s.to_lowercase()`, borrowing `s` when there is nothing to change (ASCII
/// without capitals: most words), so checks against lowercase word lists need
/// not allocate.
pub fn to_lowercase(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.to_lowercase())
    }
}

/// Lowercases one word the way [`LowerCaser`] does.
pub fn lower_word(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        if c == '\u{2019}' {
            out.push('\'');
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

impl TokenFilter for LowerCaser {
    fn apply(&self, tokens: &mut Vec<Token>) {
        let mut buf = String::new();
        for t in tokens.iter_mut() {
            lower_word(&t.text, &mut buf);
            std::mem::swap(&mut t.text, &mut buf);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn to_lowercase_borrows_only_what_needs_no_change() {
        for w in [
            "said",
            "u.s.",
            "Said",
            "KIEV",
            "führer",
            "FÜHRER",
            "\u{212a}elvin",
            "İ",
            "",
        ] {
            let got = to_lowercase(w);
            assert_eq!(got, w.to_lowercase(), "{w:?}");
            let borrowed = matches!(got, std::borrow::Cow::Borrowed(_));
            assert_eq!(
                borrowed,
                w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase())
            );
        }
    }
    use crate::text::tokenize;

    #[test]
    fn lowercases_unicode_and_folds_apostrophes() {
        let mut t = tokenize("Führer RUSSIA’s Kyiv");
        LowerCaser.apply(&mut t);
        let texts: Vec<&str> = t.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(texts, ["führer", "russia's", "kyiv"]);
        // Offsets are untouched.
        assert_eq!((t[1].start, t[1].end), (8, 18));
    }
}
