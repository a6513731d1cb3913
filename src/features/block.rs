//! How a feature block plugs in: the [`FeatureBlock`] trait, and the [`Block`]
//! ids a model file lists.
//!
//! A block reads a [`Document`] (the article, read once) and measures it. The
//! term block ([`Vectorizer`](super::Vectorizer)) measures a sparse TF-IDF vector;
//! the dense blocks measure what a report shows ([`Loaded`](super::loaded::Loaded),
//! [`Sourcing`](super::sourcing::Sourcing)) and turn it into a few values each,
//! appended after the terms in [`Block::ALL`] order. A new dense block: implement
//! [`FeatureBlock`], add its id to [`Block`], its names and values below, and its
//! measure to [`Measured`].

use super::loaded::LoadedBlock;
use super::sourcing::SourcingBlock;
use super::Measured;
use crate::document::Document;
use serde::{Deserialize, Serialize};

/// One block of features: stable names, and what it measures from a document.
pub trait FeatureBlock {
    /// Room the block reuses from one article to the next (one per thread).
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

    /// Names of this block's features.
    pub fn names(self) -> Vec<String> {
        match self {
            Block::Loaded => LoadedBlock::new(Detail::Figures).names(),
            Block::Sourcing => SourcingBlock::new(None, Detail::Figures).names(),
        }
    }

    /// Appends this block's values for a measured article to `row`.
    fn values(self, measured: &Measured, row: &mut Vec<f32>) {
        match self {
            Block::Loaded => super::loaded::values(&measured.loaded, measured.words, row),
            Block::Sourcing => row.extend(super::sourcing::block_values(&measured.sourcing)),
        }
    }
}

/// Names of the features of `blocks`, in layout order.
pub fn block_names(blocks: &[Block]) -> Vec<String> {
    blocks.iter().flat_map(|b| b.names()).collect()
}

/// Values of the features of `blocks` for a measured article, in layout order.
pub fn block_values(blocks: &[Block], measured: &Measured) -> Vec<f32> {
    let mut out = Vec::new();
    for b in blocks {
        b.values(measured, &mut out);
    }
    out
}
