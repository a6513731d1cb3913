//! Features: turn analysed text into the vector the model reads.
//!
//! Bag-of-words terms (vocabulary fitted on training rows, TF-IDF weighted) come
//! first, then small dense blocks measured from the text (loaded language,
//! sourcing), each feature with a stable name so reports can explain it.

pub(crate) mod fx;
pub mod lexicon;
pub mod loaded_model;
pub mod loaded_train;
pub mod log_odds;
pub(crate) mod multi_cache;
pub mod sourcing;
pub mod tfidf;
pub mod vectorizer;
pub mod vocabulary;
pub mod words;

pub use vectorizer::{FeatureConfig, Scratch, Span, TermHit, TermVector, Vectorizer};
pub use vocabulary::{Ranking, Vocabulary, VocabularyParams};

use serde::{Deserialize, Serialize};

/// A dense block of features measured from the text, appended after the terms.
///
/// Blocks grow with slant: each has stable feature names, so a model records
/// which blocks it was trained with and a report can explain each value.
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
            Block::Loaded => lexicon::block_names(),
            Block::Sourcing => sourcing::block_names(),
        }
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
    /// Who is quoted or paraphrased, and the figures of balance.
    pub sourcing: sourcing::Sourcing,
}

/// Settings kept between articles by [`measure`] (one per thread).
#[derive(Debug, Default)]
pub struct MeasureCache {
    /// The user's map of speakers and affiliations to sides, if any.
    pub sides: Option<std::sync::Arc<sourcing::SideMap>>,
    /// Room the attribution finder reuses between articles.
    pub sourcing: sourcing::Buffers,
    /// The word model's per-word sums (emptied with the word table).
    pub word_model: loaded_model::WordCache,
}

/// Measures the body of the article last [read](Scratch::read) into `scratch`
/// (see [`Measured`]); `body` is the text that was read.
pub fn measure(body: &str, scratch: &mut Scratch) -> Measured {
    measure_with(body, scratch, true)
}

/// Like [`measure`], leaving out the words of each loaded term and the quoted and
/// reported words of each attribution: the same block values for less work
/// (scoring probabilities only, training).
pub fn measure_figures(body: &str, scratch: &mut Scratch) -> Measured {
    measure_with(body, scratch, false)
}

/// Loaded language and sourcing of the body last read into `scratch`; loaded
/// terms and attributions keep their words when `texts` is set.
fn measure_with(body: &str, scratch: &mut Scratch, texts: bool) -> Measured {
    let lexicon::Found {
        terms: matches,
        naming,
        words,
    } = lexicon::find_read(body, &scratch.body, texts);
    let Scratch {
        body: read,
        words: table,
        measure,
        ..
    } = scratch;
    let mut loaded =
        loaded_model::flag_builtin(body, read, table, matches, &mut measure.word_model, texts);
    // Words the model flags outside the lexicon get their voice the same way.
    lexicon::assign_voices(body, read, &mut loaded);
    let sides = measure.sides.as_deref();
    let buffers = &mut measure.sourcing;
    let sourcing = if texts {
        sourcing::extract_read(body, read, table, sides, buffers)
    } else {
        sourcing::figures_read(body, read, table, sides, buffers)
    };
    Measured {
        loaded,
        naming,
        words,
        sourcing,
    }
}

/// Names of the features of `blocks`, in layout order.
pub fn block_names(blocks: &[Block]) -> Vec<String> {
    blocks.iter().flat_map(|b| b.names()).collect()
}

/// Rate features enter the model as `ln(1 + rate) / RATE_SCALE`, so that a few
/// matches in a short article do not swamp the unit-length TF-IDF vector.
pub const RATE_SCALE: f32 = 5.0;

/// Values of the features of `blocks` for a measured article, in layout order.
pub fn block_values(blocks: &[Block], measured: &Measured) -> Vec<f32> {
    let mut out = Vec::new();
    for b in blocks {
        match b {
            Block::Loaded => out.extend(
                lexicon::block_values(&measured.loaded, measured.words)
                    .into_iter()
                    .map(|v| (1.0 + v).ln() / RATE_SCALE),
            ),
            Block::Sourcing => out.extend(sourcing::block_values(&measured.sourcing)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_alone_give_the_same_block_values() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/examples");
        let mut n = 0;
        for entry in std::fs::read_dir(dir).expect("data/examples") {
            let body = std::fs::read_to_string(entry.expect("entry").path()).expect("text");
            let mut scratch = Scratch::default();
            scratch.read(None, &body);
            let full = measure(&body, &mut scratch);
            let figures = measure_figures(&body, &mut scratch);
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
