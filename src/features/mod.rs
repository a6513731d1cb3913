//! Features: turn analysed text into the vector the model reads.
//!
//! Bag-of-words terms (vocabulary fitted on training rows, TF-IDF weighted) come
//! first, then small dense blocks measured from the text (loaded language,
//! sourcing), each feature with a stable name so reports can explain it.

pub mod lexicon;
pub mod log_odds;
pub mod tfidf;
pub mod vocabulary;
pub mod vectorizer;

pub use vectorizer::{FeatureConfig, Scratch, Span, TermHit, TermVector, Vectorizer};
pub use vocabulary::{Vocabulary, VocabularyParams};

use serde::{Deserialize, Serialize};

/// A dense block of features measured from the text, appended after the terms.
///
/// Blocks grow with slant: each has stable feature names, so a model records
/// which blocks it was trained with and a report can explain each value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Block {}

impl Block {
    /// Every block, in the order features are laid out.
    pub const ALL: [Block; 0] = [];
}

/// Names of the features of `blocks`, in layout order.
pub fn block_names(blocks: &[Block]) -> Vec<String> {
    blocks.iter().flat_map(|b| -> Vec<String> { match *b {} }).collect()
}

/// Values of the features of `blocks` for an article body with `n_words` words.
pub fn block_values(blocks: &[Block], body: &str, n_words: usize) -> Vec<f32> {
    let _ = (body, n_words);
    blocks.iter().flat_map(|b| -> Vec<f32> { match *b {} }).collect()
}
