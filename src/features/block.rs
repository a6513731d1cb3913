//! How a feature block plugs in: the [`FeatureBlock`] trait, and how much a block
//! keeps ([`Detail`]).
//!
//! A block reads a [`Document`] (the article, read once) and measures it. The
//! term block ([`Vectorizer`](super::Vectorizer)) measures a sparse TF-IDF vector;
//! the dense blocks measure what a report shows ([`Loaded`](super::loaded::Loaded),
//! [`Sourcing`](super::sourcing::Sourcing)) and turn it into a few values each,
//! appended after the terms in [`Block::ALL`](super::Block::ALL) order. A new dense
//! block: implement [`FeatureBlock`] in its own module (which imports this one,
//! never the other way round), then add its id to [`Block`](super::Block), its
//! names and values there, and its measure to [`Measured`](super::Measured)
//! (all in `features/mod.rs`, the one place that knows every block).

use crate::document::Document;

/// One block of features: stable names, and what it measures from a document.
pub trait FeatureBlock {
    /// Scratch the block reuses from one article to the next (one per thread).
    type Scratch;
    /// What the block measures in one document.
    type Measure;

    /// Names of the block's features, in the order the model lays them out.
    fn names(&self) -> Vec<String>;

    /// Measures `doc`.
    fn measure(&self, doc: &Document, scratch: &mut Self::Scratch) -> Self::Measure;
}

/// How much of what they find the blocks keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// The words of each loaded term and the quoted and reported words of each
    /// attribution, for a report.
    Full,
    /// Only what the feature values need: the same values for less work
    /// (scoring probabilities, training).
    Figures,
}

impl Detail {
    /// True when found items keep their words.
    pub fn keeps_words(self) -> bool {
        self == Detail::Full
    }
}
