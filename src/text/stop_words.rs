//! Removes English function words, from the list in `data/stopwords.txt`.
//!
//! Runs after lowercasing and before stemming: the list holds surface words.

use super::{Token, TokenFilter};
use std::collections::HashSet;

const LIST: &str = include_str!("../../data/stopwords.txt");

/// Drops tokens found in the stop-word list.
#[derive(Debug, Clone)]
pub struct StopWords {
    words: HashSet<&'static str>,
}

impl Default for StopWords {
    fn default() -> Self {
        let words = LIST
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        StopWords { words }
    }
}

impl StopWords {
    /// True when `word` (lowercased) is a stop word.
    pub fn contains(&self, word: &str) -> bool {
        self.words.contains(word)
    }
}

impl TokenFilter for StopWords {
    fn apply(&self, tokens: &mut Vec<Token>) {
        tokens.retain(|t| !self.contains(&t.text));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{tokenize, LowerCaser};

    #[test]
    fn removes_function_words_only() {
        let mut t = tokenize("The EU is working to prolong the conflict");
        LowerCaser.apply(&mut t);
        StopWords::default().apply(&mut t);
        let texts: Vec<&str> = t.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(texts, ["eu", "working", "prolong", "conflict"]);
    }
}
