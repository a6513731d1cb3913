//! Scratch of a multi-label model, kept in the [`Scratch`](super::Scratch) between
//! the articles it reads: its per-word cache and the buffers of one article's features.

use super::vectorizer::{Span, TermHit};
use crate::document::words::Index;

/// What a multi-label model's word cache holds for one word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CachedWord {
    /// Not looked up yet.
    Unseen,
    /// A stop word: no term.
    Stop,
    /// The word's vocabulary stem id and cue stem id, packed (see `model/multi`).
    Packed(u32),
}

/// Scratch of a multi-label model (`model::multi`): what it makes of each word of
/// the word table (looked up once per distinct word, not once a use) and the
/// buffers of one article's features, so that scoring allocates little.
#[derive(Debug, Default)]
pub struct MultiScratch {
    /// Per word id of the word table: what the model makes of the word (emptied
    /// with the word table).
    pub(crate) words: Vec<CachedWord>,
    /// Per feature: its position in `hits` while an article is read.
    pub(crate) slots: Vec<Option<Index>>,
    /// The hits of the article being read.
    pub(crate) hits: Vec<TermHit>,
    /// Cue stem ids of the words of one part (headline or body), stop words left
    /// out (`None` for a word in no cue).
    pub(crate) seq: Vec<Option<u32>>,
    /// The span of each entry of `seq`.
    pub(crate) spans: Vec<Span>,
}
