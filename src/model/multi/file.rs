//! The multi-label model file: serde JSON (optionally gzip) with its own format name,
//! written atomically like the lean model's.

use super::{MultiLabelModel, MultiTrainingInfo, PerLabelRule};
use crate::features::{FeatureConfig, Vectorizer, Vocabulary};
use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The format name every multi-label model file carries.
pub const MULTI_FORMAT: &str = "slant-multi-label-model";
/// The format version this build reads and writes.
const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct MultiFile {
    format: String,
    version: u32,
    labels: Vec<String>,
    features: FeatureConfig,
    vocabulary: Vocabulary,
    /// The frame-cue lexicon the cue block was measured with, when the model has one.
    cue_lexicon: Option<String>,
    /// `weights[label][feature]`.
    weights: Vec<Vec<f32>>,
    intercept: Vec<f32>,
    thresholds: Vec<f32>,
    top_k: usize,
    /// A top-k label below this probability is not present; absent (0) in files whose
    /// rule has none, so those keep their bytes.
    #[serde(default, skip_serializing_if = "is_zero")]
    min_probability: f32,
    /// The per-label ranking and cap; absent in files whose rule ranks by probability,
    /// so those keep their bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    per_label_rule: Option<PerLabelRule>,
    training: MultiTrainingInfo,
}

fn is_zero(p: &f32) -> bool {
    *p == 0.0
}

/// The multi-label model's file, for the shared loader.
impl crate::model::file::Headed for MultiFile {
    fn header(&self) -> (&str, u32) {
        (&self.format, self.version)
    }
}

const MULTI_FILE: crate::model::file::FileKind = crate::model::file::FileKind {
    format: MULTI_FORMAT,
    version: VERSION,
    noun: "multi-label model",
    train: "`slant train --multi-label`",
};

/// The 15-frame policy model (models/frames.json.gz, described in models/README.md),
/// embedded at build time.
#[cfg(feature = "builtin-model")]
static BUILTIN_FRAMES: &[u8] = include_bytes!("../../../models/frames.json.gz");

impl MultiLabelModel {
    /// The frame model shipped with slant, which `slant score` reads frames with unless
    /// told otherwise. Each call parses it: keep the result.
    #[cfg(feature = "builtin-model")]
    pub fn builtin_frames() -> Result<Self> {
        Self::from_bytes(BUILTIN_FRAMES, "(embedded frame model)")
    }

    /// Serialises the model to JSON bytes.
    pub fn to_json(&self) -> Vec<u8> {
        let k = self.labels.len();
        let f = self.n_features();
        let file = MultiFile {
            format: MULTI_FORMAT.into(),
            version: VERSION,
            labels: self.labels.clone(),
            features: self.vectorizer.config().clone(),
            vocabulary: self.vectorizer.vocabulary().clone(),
            cue_lexicon: self.cue_lexicon.clone(),
            weights: (0..k)
                .map(|j| (0..f).map(|i| self.weights[i * k + j]).collect())
                .collect(),
            intercept: self.intercept.clone(),
            thresholds: self.thresholds.clone(),
            top_k: self.top_k,
            min_probability: self.min_probability,
            per_label_rule: self.per_label,
            training: self.training.clone(),
        };
        let mut out = serde_json::to_vec(&file).expect("a model serialises");
        out.push(b'\n');
        out
    }

    /// Writes the model atomically; a `.gz` path is gzip-compressed.
    pub fn save(&self, path: &Path) -> Result<()> {
        crate::model::file::write_json(path, self.to_json())
    }

    /// Reads a multi-label model file (JSON, or gzip-compressed JSON).
    pub fn load(path: &Path) -> Result<Self> {
        let bytes = std::fs::read(path).map_err(|e| Error::Model {
            path: path.display().to_string(),
            message: format!("cannot read it ({e}); check the path given to --frames-model"),
        })?;
        Self::from_bytes(&bytes, &path.display().to_string())
    }

    /// Parses a model from bytes; `name` is used in error messages.
    pub fn from_bytes(bytes: &[u8], name: &str) -> Result<Self> {
        let err = |message: String| Error::Model {
            path: name.to_string(),
            message,
        };
        let json = MULTI_FILE.gunzip(bytes, name)?;
        let file: MultiFile = MULTI_FILE.parse(&json, name, |e| {
            err(format!("not a readable multi-label model ({e})"))
        })?;
        file.vocabulary.validate().map_err(err)?;
        let k = file.labels.len();
        if file.weights.len() != k {
            return Err(err(format!(
                "{} weight rows for {k} labels",
                file.weights.len()
            )));
        }
        let f = file.weights.first().map_or(0, Vec::len);
        if file.weights.iter().any(|w| w.len() != f) {
            return Err(err("weight rows of different lengths".into()));
        }
        let mut weights = vec![0f32; f * k];
        for (j, row) in file.weights.iter().enumerate() {
            for (i, &w) in row.iter().enumerate() {
                weights[i * k + j] = w;
            }
        }
        let vectorizer = Vectorizer::new(file.features, file.vocabulary);
        let mut model = MultiLabelModel::from_parts(
            file.labels,
            vectorizer,
            file.cue_lexicon,
            weights,
            file.intercept,
            file.thresholds,
            file.top_k,
            file.training,
        )
        .map_err(|e| err(e.to_string()))?;
        model
            .set_min_probability(file.min_probability)
            .map_err(|e| err(e.to_string()))?;
        model
            .set_per_label(file.per_label_rule)
            .map_err(|e| err(e.to_string()))?;
        Ok(model)
    }
}
