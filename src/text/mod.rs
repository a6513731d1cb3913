//! Text analysis: a tokenizer followed by a chain of small filters.
//!
//! [`tokenize`] cuts text into words with byte offsets; each filter then rewrites
//! or drops tokens in place: [`LowerCaser`] → [`Normalizer`] → [`StopWords`] →
//! [`Stemmer`]. [`Analyzer`] runs the chain a model was trained with, so scoring
//! sees exactly the terms training saw. [`split_sentences`] cuts text into
//! sentences and paragraphs, also with byte offsets, for the features that work
//! sentence by sentence (sourcing).

pub mod abbreviations;
mod furniture;
mod header;
mod lower_caser;
mod normalizer;
pub mod quotes;
pub mod sentences;
mod stemmer;
mod stop_words;
mod tokenizer;

pub use furniture::{
    blank_furniture, blank_name_cards, dateline, find_furniture, name_cards, Furniture,
    FurnitureKind, FurnitureLists,
};
pub use header::date_header;
pub use lower_caser::{lower_word, to_lowercase, LowerCaser};
pub use normalizer::{normalize_word, Normalizer, NUM, URL};
pub use sentences::{split_sentences, split_sentences_into, Sentence};
pub use stemmer::Stemmer;
pub use stop_words::StopWords;
pub use tokenizer::{for_each_token, tokenize, Token};

use serde::{Deserialize, Serialize};

/// One step of the analysis chain: rewrites or drops tokens in place.
pub trait TokenFilter {
    /// Applies the filter to every token.
    fn apply(&self, tokens: &mut Vec<Token>);
}

/// Which filters run after the tokenizer. Saved with a model.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnalyzerConfig {
    /// Drop English function words (`data/stopwords.txt`).
    pub stop_words: bool,
    /// Reduce words to their Snowball stems.
    pub stem: bool,
}

impl Default for AnalyzerConfig {
    fn default() -> Self {
        AnalyzerConfig {
            stop_words: true,
            stem: true,
        }
    }
}

/// The tokenizer plus its filter chain, built from an [`AnalyzerConfig`].
#[derive(Debug)]
pub struct Analyzer {
    config: AnalyzerConfig,
    stop_words: StopWords,
    stemmer: Stemmer,
}

impl Analyzer {
    /// Builds the chain described by `config`.
    pub fn new(config: AnalyzerConfig) -> Self {
        Analyzer {
            config,
            stop_words: StopWords::default(),
            stemmer: Stemmer::default(),
        }
    }

    /// The configuration this analyzer runs.
    pub fn config(&self) -> &AnalyzerConfig {
        &self.config
    }

    /// Tokens of `text` after every filter; spans point into `text`.
    pub fn analyze(&self, text: &str) -> Vec<Token> {
        let mut tokens = tokenize(text);
        LowerCaser.apply(&mut tokens);
        Normalizer.apply(&mut tokens);
        if self.config.stop_words {
            self.stop_words.apply(&mut tokens);
        }
        if self.config.stem {
            self.stemmer.apply(&mut tokens);
        }
        tokens
    }

    /// The stem of one word as the chain would produce it, or `None` for a stop word.
    pub fn term(&self, word: &str) -> Option<String> {
        self.term_stemmed(word, None)
    }

    /// [`Analyzer::term`], given `stem`, when known, the English Snowball stem of
    /// the word lowercased and normalized (so that a word is stemmed once).
    pub fn term_stemmed(&self, word: &str, stem: Option<&str>) -> Option<String> {
        let mut w = String::new();
        lower_word(word, &mut w);
        normalize_word(&mut w);
        if self.config.stop_words && self.stop_words.contains(&w) {
            return None;
        }
        if self.config.stem {
            Some(stem.map_or_else(|| self.stemmer.stem(&w).into_owned(), str::to_string))
        } else {
            Some(w)
        }
    }
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer::new(AnalyzerConfig::default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chain_lowercases_drops_stop_words_and_stems_keeping_offsets() {
        let text = "The EU slammed Russia’s 2 escalations.";
        let toks = Analyzer::default().analyze(text);
        let got: Vec<(&str, &str)> = toks
            .iter()
            .map(|t| (t.text.as_str(), t.surface(text)))
            .collect();
        assert_eq!(
            got,
            [
                ("eu", "EU"),
                ("slam", "slammed"),
                ("russia", "Russia’s"),
                ("<num>", "2"),
                ("escal", "escalations")
            ]
        );
    }

    #[test]
    fn term_matches_the_chain() {
        let a = Analyzer::default();
        assert_eq!(a.term("Slammed").as_deref(), Some("slam"));
        assert_eq!(a.term("the"), None);
    }
}
