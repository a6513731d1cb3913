//! Room a multi-label model reuses between the articles a [`Scratch`](super::Scratch)
//! reads: its per-word cache and the buffers of one article's features.

use super::{Span, TermHit};

/// Buffers of `model::multi`, kept in the scratch space so scoring allocates little.
#[derive(Debug, Default)]
pub struct MultiCache {
    /// Per word id of the word table: the word's vocabulary stem and cue stem, packed
    /// (emptied with the word table).
    pub(crate) words: Vec<u32>,
    /// Per feature: its position in `hits` while an article is read, or `u32::MAX`.
    pub(crate) slots: Vec<u32>,
    /// The hits of the article being read.
    pub(crate) hits: Vec<TermHit>,
    /// Cue stem ids of the words of one part (headline or body), stop words left out.
    pub(crate) seq: Vec<u32>,
    /// The span of each entry of `seq`.
    pub(crate) spans: Vec<Span>,
}
