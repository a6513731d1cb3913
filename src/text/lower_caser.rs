//! Lowercases tokens and folds typographic apostrophes to `'`.

use super::{Token, TokenFilter};

/// Lowercases each token; `’` becomes `'` so `Russia’s` and `Russia's` are one word.
#[derive(Debug, Clone, Copy, Default)]
pub struct LowerCaser;

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
