//! How a feature block plugs in: the [`FeatureBlock`] trait, how much a block
//! keeps ([`Detail`]), and the [`Block`] ids a model file lists.
//!
//! A block reads a [`Document`] (the article, read once) and measures it. The
//! term block ([`Vectorizer`](super::Vectorizer)) measures a sparse TF-IDF vector;
//! the dense blocks measure what a report shows ([`Loaded`](super::loaded::Loaded),
//! [`Sourcing`](super::sourcing::Sourcing)) and turn it into a few values each,
//! appended after the terms in [`Block::ALL`] order. A new dense block: implement
//! [`FeatureBlock`] in its own module (which imports this one, never the other
//! way round), add its id to [`Block`] below, then its names, values and
//! measure in `features/mod.rs` (`Block::names`, [`Measured`](super::Measured),
//! [`measure`](super::measure)), the one place that knows every block.

use crate::document::Document;
use serde::{Deserialize, Serialize};

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

/// A dense block of features measured from the text, appended after the terms.
///
/// Each has stable feature names, so a model records which blocks it was trained
/// with and a report can explain each value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Block {
    /// Loaded language: matches per category per 1,000 words (`loaded:<category>`).
    Loaded,
    /// Sourcing: voices, balance, anonymous and quoted shares (`sourcing:<figure>`).
    Sourcing,
}

impl Block {
    /// Every block, in the order features are laid out.
    pub const ALL: [Block; 2] = [Block::Loaded, Block::Sourcing];
}
