//! Features: what the model reads, measured from a [`Document`] by feature blocks.
//!
//! Every block implements [`FeatureBlock`] ([`block`]): the term block
//! ([`Vectorizer`]: vocabulary fitted on training rows, TF-IDF weighted) comes
//! first, then small dense blocks, each feature with a stable name so reports
//! can explain it: loaded language ([`loaded`]) and sourcing ([`sourcing`]), which
//! share the English word lists of `english` (below both, importing neither).
//! [`Scratch`] is the one per-thread scratch space: the document and every
//! block's own scratch, each named after its owner (`TermScratch`,
//! `BlockScratch`, `SourcingScratch`, `WordModelScratch`, `MultiScratch`).

pub mod block;
pub(crate) mod english;
pub mod fingerprint;
pub mod frame_cues;
pub(crate) mod fx;
pub mod lexicon;
pub mod loaded;
pub mod loaded_model;
pub mod loaded_train;
pub mod log_odds;
pub(crate) mod multi_scratch;
pub mod sourcing;
pub mod tfidf;
pub mod vectorizer;
pub mod vocabulary;
pub mod words;

pub use block::{Block, Detail, FeatureBlock};
pub use loaded::RATE_SCALE;
pub use multi_scratch::MultiScratch;
pub use tfidf::{TermNorm, TermTf};
pub use vectorizer::{FeatureConfig, Span, TermHit, TermScratch, TermVector, Vectorizer};
pub use vocabulary::{Ranking, Vocabulary, VocabularyParams};

use crate::document::Document;
use loaded::LoadedBlock;
use sourcing::SourcingBlock;

/// Per-thread scratch space: the document last read, and the scratch every
/// block and model reuses from one article to the next, so that reading an
/// article allocates little and each distinct word is worked out once. Make one
/// per thread.
#[derive(Debug)]
pub struct Scratch {
    /// The article last [read](Scratch::read): its words, read once for every block.
    pub(crate) doc: Document,
    /// The term block's scratch.
    pub(crate) terms: TermScratch,
    /// The dense blocks' scratch and settings.
    pub blocks: BlockScratch,
    /// Per word id, for the scorer's learned terms (see `score.rs`).
    pub(crate) learned: Vec<Option<Option<u32>>>,
    /// Per word id, for a multi-label model's terms and cues (see `model/multi`).
    pub(crate) multi: multi_scratch::MultiScratch,
}

impl Default for Scratch {
    fn default() -> Self {
        Scratch {
            doc: Document::new(words::describe),
            terms: TermScratch::default(),
            blocks: BlockScratch::default(),
            learned: Vec::new(),
            multi: multi_scratch::MultiScratch::default(),
        }
    }
}

impl Scratch {
    /// Reads an article into the document, once for every block (see
    /// [`Document::read`]); per-word caches are emptied with the word table.
    pub fn read(&mut self, title: Option<&str>, body: &str) {
        if self.doc.read(title, body) {
            self.learned.clear();
            self.multi.words.clear();
            self.blocks.word_model.clear();
        }
    }

    /// The article last read.
    pub fn document(&self) -> &Document {
        &self.doc
    }
}

/// The term block read through the [`Scratch`] (here, where the scratch is
/// defined, so that `vectorizer.rs` depends only on the stages below it).
impl Vectorizer {
    /// The term vector of an article.
    pub fn transform(&self, title: Option<&str>, body: &str, scratch: &mut Scratch) -> TermVector {
        scratch.read(title, body);
        self.transform_read(scratch)
    }

    /// The term vector of the article last [read](Scratch::read) into `scratch`.
    pub fn transform_read(&self, scratch: &mut Scratch) -> TermVector {
        self.measure(&scratch.doc, &mut scratch.terms)
    }
}

/// What slant measures in an article body besides its terms: loaded language and
/// sourcing. Computed once per article and shared by the model and the report.
#[derive(Debug, Clone, Default)]
pub struct Measured {
    /// Loaded terms and scare quotes, in text order.
    pub loaded: Vec<lexicon::LoadedTerm>,
    /// Every naming-pair name used, marked or standard (empty when measured without words).
    pub naming: Vec<lexicon::NamingUse>,
    /// Words in the body.
    pub words: usize,
    /// The word model's probabilities of the body's words that no loaded term covers,
    /// summed `[outlet, quoted]` (see [`loaded::Loaded::unflagged`]).
    pub loaded_unflagged: [f64; 2],
    /// Who is quoted or paraphrased, and the figures of balance.
    pub sourcing: sourcing::Sourcing,
}

/// Scratch of the dense blocks and their settings, kept between articles (one
/// per thread).
#[derive(Debug, Default)]
pub struct BlockScratch {
    /// The user's map of speakers and affiliations to sides, if any.
    pub sides: Option<std::sync::Arc<sourcing::SideMap>>,
    /// The sourcing block's scratch.
    pub sourcing: sourcing::SourcingScratch,
    /// The word model's per-word sums (emptied with the word table).
    pub word_model: loaded_model::WordModelScratch,
}

/// Measures the dense blocks over the article last [read](Scratch::read) into
/// `scratch`, keeping as much as `detail` says (see [`Measured`]).
pub fn measure(scratch: &mut Scratch, detail: Detail) -> Measured {
    let Scratch { doc, blocks, .. } = scratch;
    let loaded = LoadedBlock::new(detail).measure(doc, &mut blocks.word_model);
    let sourcing =
        SourcingBlock::new(blocks.sides.as_deref(), detail).measure(doc, &mut blocks.sourcing);
    Measured {
        loaded: loaded.terms,
        naming: loaded.naming,
        words: loaded.words,
        loaded_unflagged: loaded.unflagged,
        sourcing,
    }
}

/// What each dense block's features are: here, where every block is known (the
/// ids themselves are in `block.rs`, which no block depends on).
impl Block {
    /// Names of this block's features.
    pub fn names(self) -> Vec<String> {
        match self {
            Block::Loaded => LoadedBlock::new(Detail::Figures).names(),
            Block::Sourcing => SourcingBlock::new(None, Detail::Figures).names(),
        }
    }

    /// [`Block::names`], worked out once per process: what reading every article's
    /// values by name asks for (a fresh list an article cost about 13,000 instructions).
    pub fn names_once(self) -> &'static [String] {
        static NAMES: [std::sync::OnceLock<Vec<String>>; Block::ALL.len()] =
            [std::sync::OnceLock::new(), std::sync::OnceLock::new()];
        NAMES[self as usize].get_or_init(|| self.names())
    }

    /// Appends this block's values for a measured article to `row`.
    fn values(self, measured: &Measured, row: &mut Vec<f32>) {
        match self {
            Block::Loaded => loaded::values(&measured.loaded, measured.words, row),
            Block::Sourcing => row.extend(sourcing::block_values(&measured.sourcing)),
        }
    }
}

/// A dense block's feature, read from its name in a model file: the one place the
/// blocks' name prefixes are parsed back (reports and the length-neutral form read it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockFeature<'a> {
    /// A loaded-language category's rate (`loaded:<category id>`).
    Loaded(lexicon::Category),
    /// A sourcing figure (`sourcing:<figure>`), e.g. `voices`, `top_group_share`.
    Sourcing(&'a str),
}

impl<'a> BlockFeature<'a> {
    /// The block feature a model's feature name stands for; `None` for a term.
    pub fn parse(name: &'a str) -> Option<Self> {
        if let Some(id) = name.strip_prefix(lexicon::BLOCK_PREFIX) {
            return lexicon::Category::from_id(id).map(BlockFeature::Loaded);
        }
        name.strip_prefix(sourcing::BLOCK_PREFIX)
            .map(BlockFeature::Sourcing)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_block_name_parses_back_to_its_feature_and_terms_do_not() {
        for name in block_names(&[Block::Loaded, Block::Sourcing]) {
            assert!(BlockFeature::parse(&name).is_some(), "{name}");
        }
        assert_eq!(
            BlockFeature::parse("loaded:epithet"),
            Some(BlockFeature::Loaded(lexicon::Category::Epithet))
        );
        assert_eq!(
            BlockFeature::parse("sourcing:balance"),
            Some(BlockFeature::Sourcing("balance"))
        );
        assert_eq!(BlockFeature::parse("loaded:no_such_category"), None);
        assert_eq!(BlockFeature::parse("loaded"), None);
        assert_eq!(BlockFeature::parse("white house"), None);
    }

    #[test]
    fn the_names_kept_once_are_the_names() {
        for b in Block::ALL {
            assert_eq!(b.names_once(), b.names());
            assert_eq!(b.names_once().as_ptr(), b.names_once().as_ptr());
        }
    }

    #[test]
    fn figures_alone_give_the_same_block_values() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/examples");
        let mut n = 0;
        for entry in std::fs::read_dir(dir).expect("data/examples") {
            let body = std::fs::read_to_string(entry.expect("entry").path()).expect("text");
            let mut scratch = Scratch::default();
            scratch.read(None, &body);
            let full = measure(&mut scratch, Detail::Full);
            let figures = measure(&mut scratch, Detail::Figures);
            assert_eq!(
                block_values(&Block::ALL, &full),
                block_values(&Block::ALL, &figures)
            );
            assert!(figures
                .sourcing
                .attributions
                .iter()
                .all(|a| a.quote.is_none()));
            assert_eq!(figures.loaded.len(), full.loaded.len());
            assert!(figures.loaded.iter().all(|t| t.text.is_empty()));
            n += full.sourcing.attributions.len();
        }
        assert!(n > 0, "the examples hold attributions");
    }
}
