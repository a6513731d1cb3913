//! The classifier: parameters → [`TrainParams::fit`] → a fitted [`Model`] that scores.
//!
//! Fitting builds a dense `f32` matrix (terms then blocks) and runs linfa's
//! `MultiLogisticRegression` (L-BFGS, L2 penalty `alpha`). Scoring does not go
//! through linfa's dense `predict`: the fitted weights are read directly and
//! multiplied with the sparse article vector, which gives the same logits far
//! faster and yields each term's exact contribution for free.

pub mod dense;
mod file;
mod fit;
mod labels;
pub mod multi;
mod weighted;

pub use file::{check_output, output_target, write_atomically, FORMAT, VERSION};
pub use fit::{Progress, Silent, TrainParams, TrainingSet, LENGTH_PENALTY};
pub use labels::{LabelRoles, Role};
pub use multi::MultiLabelModel;

use crate::features::{self, Block, Measured, TermVector, Vectorizer};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a model remembers about how it was trained.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TrainingInfo {
    /// The corpus file name (no directory).
    pub corpus: String,
    /// SHA-256 of the corpus file's bytes.
    pub corpus_sha256: String,
    /// Which rows were used, e.g. `split_outlet in [train, valid]`.
    pub rows_selected: String,
    /// Rows used for training.
    pub rows: usize,
    /// Rows per label, in label order.
    pub rows_per_label: Vec<usize>,
    /// Date of training (YYYY-MM-DD) from `SOURCE_DATE_EPOCH`, when set; absent otherwise
    /// so that the same corpus and seed give a byte-identical file.
    pub date: Option<String>,
    /// The seed.
    pub seed: u64,
    /// L2 penalty.
    pub alpha: f32,
    /// L-BFGS iterations run.
    pub iterations: u64,
    /// Mean cross-entropy on the training rows at the end.
    pub loss: f64,
    /// Offsets added to each label's intercept after fitting (`--logit-offsets`),
    /// e.g. fitted on held-out outlets by `slant eval --fit-offsets`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub logit_offsets: BTreeMap<String, f32>,
    /// How strongly rows were weighted toward equal publishers (`--group-balance`): each
    /// row weighs `1 / rows_of_its_group^p`; 0 (not written) for plain rows.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub group_balance: f32,
    /// Nuisance figures fitted alongside the features and then dropped
    /// (`--residualise-length`), so the weights do not carry what these explain.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub residualised: Vec<String>,
    /// The dense blocks' penalty as a multiple of `alpha` (`--block-penalty`); none when
    /// they were penalised as the terms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub block_penalty: Option<f32>,
    /// Length fitted as a confounder beside the features and held at its training mean
    /// (`--adjust-length`); none for a plain fit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub length_adjustment: Option<LengthAdjustment>,
    /// Figures on held-out rows, when some were named at training time.
    pub held_out: Option<HeldOut>,
    /// The slant version that trained the model.
    pub slant_version: String,
}

/// How length was fitted as a nuisance feature (`--adjust-length`): `ln(1 + words)`,
/// standardised on the training rows, weighed beside the other features so that their
/// weights are fitted net of length. Scoring holds it at its training mean, so it adds
/// nothing to any article's logits or contributions; its mean part is in the intercepts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LengthAdjustment {
    /// Mean of `ln(1 + words)` over the training rows.
    pub ln_words_mean: f64,
    /// Its standard deviation there (the feature is `(ln(1 + words) - mean) / sd`).
    pub ln_words_sd: f64,
    /// Its L2 penalty as a multiple of `alpha`.
    pub penalty: f32,
    /// Its fitted weight per label, in label order (for the record; scoring never reads it).
    pub weights: Vec<f32>,
}

fn is_zero(v: &f32) -> bool {
    *v == 0.0
}

/// Accuracy figures measured on rows held out of training.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct HeldOut {
    /// Which rows, e.g. `split_outlet in [test]`.
    pub rows_selected: String,
    /// How many rows.
    pub rows: usize,
    /// Share predicted right.
    pub accuracy: f64,
    /// Mean F1 over labels.
    pub macro_f1: f64,
}

/// A fitted classifier: labels, the vectorizer it reads with, and its weights.
#[derive(Debug)]
pub struct Model {
    labels: Vec<String>,
    /// Which label is left, center and right.
    roles: LabelRoles,
    vectorizer: Vectorizer,
    block_names: Vec<String>,
    /// Feature-major weights: `weights[f * k + label]`.
    weights: Vec<f32>,
    intercept: Vec<f32>,
    /// Each feature's mean over the training rows (empty: all zero, for files saved
    /// without it), the baseline contributions are measured from.
    means: Vec<f32>,
    /// Per label: the intercept plus `Σ w·x̄` over every feature, the logit of an
    /// article whose every feature sits at its training mean.
    baseline: Vec<f64>,
    /// Per label: `Σ w·x̄` over the term features alone (what absent terms take away).
    term_mean_sum: Vec<f64>,
    /// Training metadata.
    pub training: TrainingInfo,
    /// Each label's most distinctive stems in the training corpus (Fightin' Words z-scores).
    pub learned_terms: crate::features::log_odds::LearnedTerms,
}

/// A feature's contribution to one label's logit against its training mean:
/// `w[label, f] * (x[f] - x̄[f])` (the exact Shapley value of a linear model with
/// independent features).
#[derive(Debug, Clone, PartialEq)]
pub struct Contribution {
    /// Feature index (terms first, then blocks).
    pub feature: usize,
    /// The feature's value in the article.
    pub value: f32,
    /// `w * (x - x̄)` for each label, in label order.
    pub per_label: Vec<f64>,
}

/// Every contribution to an article's logits: `baseline + Σ features + absent_terms`
/// equals [`Model::logits`] for each label.
#[derive(Debug, Clone, PartialEq)]
pub struct Contributions {
    /// Per label: the logit of an article with every feature at its training mean.
    pub baseline: Vec<f64>,
    /// Each term the article holds and each block feature away from its mean, in
    /// feature order.
    pub features: Vec<Contribution>,
    /// Per label: the terms the article does not hold, together (`-Σ w·x̄` over them).
    pub absent_terms: Vec<f64>,
}

impl Model {
    /// Assembles a model from its parts, checking that the shapes agree.
    pub fn from_parts(
        labels: Vec<String>,
        vectorizer: Vectorizer,
        block_names: Vec<String>,
        weights: Vec<f32>,
        intercept: Vec<f32>,
        training: TrainingInfo,
    ) -> crate::Result<Model> {
        let k = labels.len();
        if k < 2 {
            return Err(crate::Error::Invalid(format!(
                "a model needs at least 2 labels, got {k} ({})",
                labels.join(", ")
            )));
        }
        file::check_labels(&labels).map_err(crate::Error::Invalid)?;
        let f = vectorizer.vocabulary().len() + block_names.len();
        if intercept.len() != k || weights.len() != f * k {
            return Err(crate::Error::Invalid(format!(
                "model shapes disagree: {k} labels, {f} features, {} weights, {} intercepts",
                weights.len(),
                intercept.len()
            )));
        }
        let mut model = Model {
            roles: LabelRoles::of(&labels),
            labels,
            vectorizer,
            block_names,
            weights,
            intercept,
            means: Vec::new(),
            baseline: Vec::new(),
            term_mean_sum: Vec::new(),
            training,
            learned_terms: Default::default(),
        };
        model.set_means(Vec::new())?;
        Ok(model)
    }

    /// Sets each feature's training mean (empty: all zero), the baseline that
    /// [`Model::contributions`] measures from.
    pub fn set_means(&mut self, means: Vec<f32>) -> crate::Result<()> {
        let f = self.n_features();
        if !means.is_empty() && means.len() != f {
            return Err(crate::Error::Invalid(format!(
                "{} feature means for {f} features",
                means.len()
            )));
        }
        if let Some(i) = means.iter().position(|m| !m.is_finite()) {
            return Err(crate::Error::Invalid(format!(
                "the mean of feature {} is not a finite number",
                i + 1
            )));
        }
        let k = self.labels.len();
        let v = self.vectorizer.vocabulary().len();
        let mut terms = vec![0f64; k];
        let mut all = vec![0f64; k];
        for (f, &m) in means.iter().enumerate() {
            for j in 0..k {
                let c = self.weights[f * k + j] as f64 * m as f64;
                all[j] += c;
                if f < v {
                    terms[j] += c;
                }
            }
        }
        self.baseline = (self.intercept.iter().zip(&all))
            .map(|(&b, s)| b as f64 + s)
            .collect();
        self.term_mean_sum = terms;
        self.means = means;
        Ok(())
    }

    /// Each feature's training mean (empty for a model saved without them).
    pub fn means(&self) -> &[f32] {
        &self.means
    }

    /// The mean of feature `f` over the training rows (0 when the model has none).
    pub fn mean(&self, f: usize) -> f32 {
        self.means.get(f).copied().unwrap_or(0.0)
    }

    /// The dense block values of a measured article, as this model reads them.
    pub fn block_values(&self, measured: &Measured) -> Vec<f32> {
        dense::values(self.vectorizer.config(), measured)
    }

    /// An article's full feature row as this model reads it, in feature order: its
    /// term hits, then every dense block value (zeros included); and its word count.
    pub fn feature_row(
        &self,
        title: Option<&str>,
        text: &str,
        scratch: &mut features::Scratch,
    ) -> (Vec<(u32, f32)>, usize) {
        let terms = self.vectorizer.transform(title, text, scratch);
        let n_words = terms.n_words;
        let mut row: Vec<(u32, f32)> = terms.hits.iter().map(|h| (h.feature, h.value)).collect();
        let blocks = self.block_values(&features::measure(scratch, features::Detail::Figures));
        let v = self.vectorizer.vocabulary().len() as u32;
        row.extend(blocks.iter().enumerate().map(|(i, &x)| (v + i as u32, x)));
        (row, n_words)
    }

    /// The label names, in the order of every per-label array.
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// Which label is left, center and right (for slant and partisanship).
    pub fn label_roles(&self) -> LabelRoles {
        self.roles
    }

    /// The index of a label by name.
    pub fn label_index(&self, name: &str) -> Option<usize> {
        self.labels.iter().position(|l| l == name)
    }

    /// The vectorizer (analysis chain + vocabulary).
    pub fn vectorizer(&self) -> &Vectorizer {
        &self.vectorizer
    }

    /// The dense blocks this model reads, in feature order.
    pub fn blocks(&self) -> &[Block] {
        &self.vectorizer.config().blocks
    }

    /// Names of the block features, in order (after the vocabulary terms).
    pub fn block_names(&self) -> &[String] {
        &self.block_names
    }

    /// Total number of features.
    pub fn n_features(&self) -> usize {
        self.vectorizer.vocabulary().len() + self.block_names.len()
    }

    /// A readable name for feature `f`: the term, or the block feature name.
    pub fn feature_name(&self, f: usize) -> &str {
        let v = self.vectorizer.vocabulary();
        if f < v.len() {
            v.term(f)
        } else {
            &self.block_names[f - v.len()]
        }
    }

    /// The weight of feature `f` for label `k`.
    pub fn weight(&self, f: usize, k: usize) -> f32 {
        self.weights[f * self.labels.len() + k]
    }

    /// The intercept of each label.
    pub fn intercept(&self) -> &[f32] {
        &self.intercept
    }

    /// The logit of every label: intercept + Σ w·x over terms and block values.
    ///
    /// Accumulates in `f64` in feature order, the same order [`Model::contributions`] uses,
    /// so contributions plus intercept add up to these logits.
    pub fn logits(&self, terms: &TermVector, blocks: &[f32]) -> Vec<f64> {
        match self.labels.len() {
            // Left, center, right: the sums held in registers, not in memory.
            3 => self.logits_fixed::<3>(terms, blocks).to_vec(),
            _ => self.logits_plain(terms, blocks),
        }
    }

    /// [`Model::logits`] for a model of exactly `K` labels: each label's sum takes
    /// the same terms in the same order as [`Model::logits_plain`], so the two agree
    /// bit for bit.
    fn logits_fixed<const K: usize>(&self, terms: &TermVector, blocks: &[f32]) -> [f64; K] {
        let mut z = [0f64; K];
        for (zi, &b) in z.iter_mut().zip(&self.intercept) {
            *zi = b as f64;
        }
        let mut add = |f: usize, x: f32| {
            let w: &[f32; K] = self.weights[f * K..(f + 1) * K]
                .try_into()
                .expect("K weights a feature");
            let x = x as f64;
            for j in 0..K {
                z[j] += w[j] as f64 * x;
            }
        };
        for h in &terms.hits {
            add(h.feature as usize, h.value);
        }
        let base = self.vectorizer.vocabulary().len();
        for (i, &x) in blocks.iter().enumerate() {
            add(base + i, x);
        }
        z
    }

    /// [`Model::logits`] the plain way, for any number of labels (the reference the
    /// fixed-size sums must agree with).
    pub fn logits_plain(&self, terms: &TermVector, blocks: &[f32]) -> Vec<f64> {
        let k = self.labels.len();
        let mut z: Vec<f64> = self.intercept.iter().map(|&b| b as f64).collect();
        let mut add = |f: usize, x: f32| {
            let w = &self.weights[f * k..(f + 1) * k];
            for (zi, &wi) in z.iter_mut().zip(w) {
                *zi += wi as f64 * x as f64;
            }
        };
        for h in &terms.hits {
            add(h.feature as usize, h.value);
        }
        let base = self.vectorizer.vocabulary().len();
        for (i, &x) in blocks.iter().enumerate() {
            add(base + i, x);
        }
        z
    }

    /// Every contribution to each label's logit against the training means: each
    /// term the article holds and each block feature not at its mean, one by one;
    /// the absent terms together; the baseline. They add up to [`Model::logits`].
    pub fn contributions(&self, terms: &TermVector, blocks: &[f32]) -> Contributions {
        let k = self.labels.len();
        let base = self.vectorizer.vocabulary().len();
        let mut absent_terms: Vec<f64> = self.term_mean_sum.iter().map(|s| 0.0 - s).collect();
        let items = terms
            .hits
            .iter()
            .map(|h| (h.feature as usize, h.value))
            .chain(blocks.iter().enumerate().map(|(i, &x)| (base + i, x)));
        let features = items
            .filter_map(|(f, x)| {
                let w = &self.weights[f * k..(f + 1) * k];
                let m = self.mean(f);
                if f < base {
                    // A present term: its mean leaves the absent terms' share.
                    for (a, &wi) in absent_terms.iter_mut().zip(w) {
                        *a += wi as f64 * m as f64;
                    }
                }
                if x == m || (f < base && x == 0.0) {
                    return None;
                }
                let d = x as f64 - m as f64;
                Some(Contribution {
                    feature: f,
                    value: x,
                    per_label: w.iter().map(|&wi| wi as f64 * d).collect(),
                })
            })
            .collect();
        Contributions {
            baseline: self.baseline.clone(),
            features,
            absent_terms,
        }
    }
}

/// Softmax of logits, computed stably.
pub fn softmax(z: &[f64]) -> Vec<f64> {
    let max = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let e: Vec<f64> = z.iter().map(|v| (v - max).exp()).collect();
    let s: f64 = e.iter().sum();
    e.into_iter().map(|v| v / s).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A model of one term and no blocks for `labels`.
    fn tiny(labels: &[&str]) -> crate::Result<Model> {
        let mut config = crate::features::FeatureConfig::default();
        config.blocks.clear();
        let vocabulary = crate::features::Vocabulary::from_terms(vec!["wage".into()], vec![1.0], 2);
        let k = labels.len();
        Model::from_parts(
            labels.iter().map(|l| l.to_string()).collect(),
            Vectorizer::new(config, vocabulary),
            Vec::new(),
            vec![0.0; k],
            vec![0.0; k],
            TrainingInfo::default(),
        )
    }

    #[cfg(feature = "builtin-model")]
    #[test]
    fn fixed_size_logits_equal_the_plain_ones() {
        let model = Model::builtin().expect("the built-in model");
        assert_eq!(model.labels().len(), 3, "the fixed-size path is taken");
        let mut scratch = crate::features::Scratch::default();
        for body in [
            "Tax cuts help workers, the senator said; health care costs rose.",
            "The court ruled the law unconstitutional after the shooting.",
            "",
        ] {
            let terms = model.vectorizer().transform(None, body, &mut scratch);
            let measured = crate::features::measure(&mut scratch, crate::features::Detail::Figures);
            let blocks = model.block_values(&measured);
            assert_eq!(
                model.logits(&terms, &blocks),
                model.logits_plain(&terms, &blocks)
            );
        }
    }

    #[test]
    fn a_model_with_duplicate_labels_cannot_be_assembled() {
        assert!(tiny(&["left", "right"]).is_ok());
        let e = tiny(&["left", "left", "right"]).unwrap_err().to_string();
        assert!(e.contains("label \"left\" appears twice"), "{e}");
        let e = tiny(&["left", ""]).unwrap_err().to_string();
        assert!(e.contains("label 2 of 2 is empty"), "{e}");
    }

    #[test]
    fn a_model_with_one_label_cannot_be_assembled() {
        let e = tiny(&["left"]).unwrap_err().to_string();
        assert!(e.contains("needs at least 2 labels, got 1 (left)"), "{e}");
    }

    #[cfg(feature = "builtin-model")]
    #[test]
    fn a_feature_row_holds_every_feature_the_logits_read_in_order() {
        let model = Model::builtin().unwrap();
        let text = "The governor said the tax cut would help families. Critics called it reckless.";
        let mut scratch = features::Scratch::default();
        let (row, n_words) = model.feature_row(Some("Tax cut"), text, &mut scratch);
        assert_eq!(n_words, 15, "2 headline words and 13 body words");
        assert!(row.windows(2).all(|w| w[0].0 < w[1].0), "ids ascend");
        let v = model.vectorizer().vocabulary().len() as u32;
        let blocks: Vec<f32> = row.iter().filter(|e| e.0 >= v).map(|e| e.1).collect();
        assert_eq!(blocks.len(), model.block_names().len());
        assert_eq!(row.last().unwrap().0 as usize, model.n_features() - 1);
        let terms = model
            .vectorizer()
            .transform(Some("Tax cut"), text, &mut scratch);
        let want = model.logits(&terms, &blocks);
        for (j, want) in want.iter().enumerate() {
            let got = model.intercept()[j] as f64
                + (row.iter())
                    .map(|&(f, x)| model.weight(f as usize, j) as f64 * x as f64)
                    .sum::<f64>();
            assert!((got - want).abs() < 1e-6, "label {j}: {got} vs {want}");
        }
    }

    #[test]
    fn softmax_sums_to_one_and_is_stable() {
        let p = softmax(&[1000.0, 1000.0, 0.0]);
        assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        assert!((p[0] - 0.5).abs() < 1e-12);
        assert_eq!(p[2], 0.0);
    }
}
