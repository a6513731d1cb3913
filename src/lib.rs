//! slant reads news articles and reports how they frame their story, how balanced
//! their sourcing is, and which words drove that judgement.
//!
//! The stages, each in its own module:
//! - [`text`]: tokenizer and filters (lowercase, stop words, stem) with byte offsets;
//! - [`features`]: vocabulary, TF-IDF and the loaded-term block;
//! - [`model`]: parameters → fit → a fitted classifier, saved and loaded as JSON;
//! - [`report`]: what a score means, rendered as text, JSON, Markdown or a self-contained HTML page;
//! - [`eval`]: metrics, calibration and grouped cross-validation;
//! - [`compare`]: one event across outlets: figures, voices, distinctive words, a verdict.

pub mod compare;
pub mod corpus;
pub mod error;
pub mod eval;
pub mod features;
pub mod frames;
pub mod model;
pub mod report;
pub mod score;
pub mod text;

pub use error::{Error, Result};
