//! Scratch of a multi-label model, kept in the [`Scratch`](super::Scratch) between
//! the articles it reads: its per-word cache and the buffers of one article's features.

use super::vectorizer::{Span, TermHit};
use crate::document::words::Index;

/// What a multi-label model's word cache holds for one word: its packed vocabulary
/// stem id and cue stem id (see `model/multi`), its unigram's feature and its stem's
/// bigram filter (see `Vocabulary::followers`), so that reading a word touches
/// the vocabulary only for a likely bigram.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CachedWord {
    /// The bigram filter of the word's vocabulary stem (0 outside the vocabulary).
    pub(crate) followers: u64,
    /// The feature of the word's unigram, [`CachedWord::NO_TERM`] when none.
    pub(crate) unigram: u32,
    /// The packed stem ids, or [`CachedWord::UNSEEN`] or [`CachedWord::STOP`].
    pub(crate) packed: u32,
}

impl CachedWord {
    /// `unigram` of a word whose unigram is no term.
    pub(crate) const NO_TERM: u32 = u32::MAX;
    /// `packed` of a word not looked up yet (no packed value is this large).
    pub(crate) const UNSEEN: u32 = u32::MAX;
    /// `packed` of a stop word: no term.
    pub(crate) const STOP: u32 = u32::MAX - 1;
    /// A word not looked up yet.
    pub(crate) const NOT_SEEN: CachedWord = CachedWord {
        followers: 0,
        unigram: CachedWord::NO_TERM,
        packed: CachedWord::UNSEEN,
    };
}

/// One word of an article that starts or continues a frame cue.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CueWord {
    /// Its position among the words of its part that are not stop words.
    pub(crate) at: u32,
    /// Its cue stem id.
    pub(crate) stem: u32,
    /// Its span.
    pub(crate) span: Span,
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
    /// A bit per feature hit in the article being read (emptied as the hits are
    /// read out in feature order).
    pub(crate) hit_bits: super::vectorizer::HitBits,
    /// The hits of the article being read.
    pub(crate) hits: Vec<TermHit>,
    /// The words of one part (headline or body) that may be part of a cue.
    pub(crate) cue_words: Vec<CueWord>,
    /// Each hit's count and weight, in feature order.
    pub(crate) counts: Vec<u32>,
    pub(crate) values: Vec<f32>,
}
