//! slant reads news articles and reports how they frame their story, how balanced
//! their sourcing is, and which words drove that judgement.
//!
//! # Scoring an article
//!
//! ```
//! # #[cfg(feature = "builtin-model")] {
//! use slant::{Article, Model, Scorer};
//!
//! let model = Model::builtin()?; // models/default.json.gz, embedded
//! let mut scorer = Scorer::new(&model, 5); // up to 5 terms listed per label
//! let article = Article::new(
//!     "example",
//!     "The senator said the radical bill would gut protections, according to aides.",
//! );
//! let score = scorer.score(&article);
//! assert!(model.labels().contains(&score.label));
//! let total: f64 = score.probabilities.iter().map(|(_, p)| p).sum();
//! assert!((total - 1.0).abs() < 1e-9);
//! assert!(score.slant.is_some_and(|s| (-1.0..=1.0).contains(&s)));
//! println!("{}: {} ({} loaded terms)", score.id, score.label, score.loaded_terms.len());
//! # }
//! # Ok::<(), slant::Error>(())
//! ```
//!
//! One [`Scorer`] per thread (it keeps per-thread caches); [`ScorerPool`] holds one
//! for each thread of a rayon pool. [`train::train`] trains a new [`Model`] as
//! `slant train` does; [`TrainParams`] fits one from labelled [`Article`]s directly
//! (see [`model::TrainingSet`]).
//!
//! # The stages, each in its own module, each using only those above it
//! - [`limits`]: the limits that keep memory bounded; `math` (crate-internal): the one
//!   safe division (`ratio`) behind every share and metric;
//! - [`text`]: tokenizer, filters (lowercase, stop words, stem) and sentences, with byte offsets;
//! - [`corpus`]: articles read from text files and JSON Lines corpora;
//! - `input` (feature `web`): web pages and WARC crawls, each page reduced to its article;
//! - [`document`]: one article read once: its words (ids in a per-thread word table,
//!   with lowercase forms, stems and word facts), sentences and quotations;
//! - [`features`]: feature blocks measuring a [`document::Document`], each one
//!   implementation of [`features::FeatureBlock`] (`features/block.rs`): terms
//!   (`vectorizer.rs`, TF-IDF), loaded language (`loaded.rs`, running `lexicon.rs`
//!   and the word model `loaded_model.rs`) and sourcing (`sourcing/`), both reading
//!   the English word lists of `features/english/`;
//! - [`model`]: parameters → fit → a fitted classifier, saved and loaded as JSON;
//!   its labels resolved into [`model::LabelRoles`];
//! - [`frames`]: a frame model's reading of an article (probabilities, evidence, sentences);
//!   the model ([`model::multi::MultiLabelModel`]) reads the document as a
//!   [`features::FeatureBlock`] of its own, with its own vocabulary;
//! - [`score`]: one article → [`ArticleScore`] (probabilities, slant, the terms behind them);
//! - [`eval`]: metrics, offsets and grouped cross-validation;
//! - [`train`]: `slant train` as a library call: options checked, rows read and
//!   selected, the model fitted ([`train::TrainOptions`], [`train::train`]);
//! - [`compare`]: one event across outlets: figures, voices, distinctive words, a verdict;
//! - [`report`]: what a score means, rendered as text, JSON, Markdown or a self-contained
//!   HTML page, with its plain-language summary (`report/summary.rs`).
//!
//! Where to look: quotations are found by `find_quotes_into` (`text/quotes.rs`);
//! whether a word is loaded is judged in `features/loaded_model.rs`; a new block
//! implements the trait of `features/block.rs` and plugs in at `features/mod.rs`.
//!
//! # Cargo features
//! - `builtin-model` (default): [`Model::builtin`], the default model embedded;
//! - `cli` (default): the `slant` command and the dependencies only it needs.
//!   `slant = { version = "0.1", default-features = false }` builds the library alone;
//! - `web` (default): HTML and WARC input, with main-text extraction (`input`).

pub mod compare;
pub mod corpus;
pub mod document;
pub mod error;
pub mod eval;
pub mod features;
pub mod frames;
#[cfg(feature = "web")]
pub mod input;
pub mod limits;
pub(crate) mod math;
pub mod model;
pub mod report;
pub mod score;
pub mod text;
pub mod train;

pub use corpus::Article;
pub use error::{Error, Result};
pub use model::{Model, TrainParams};
pub use score::{ArticleScore, Scorer, ScorerPool};
