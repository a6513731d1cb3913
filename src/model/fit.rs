//! Fitting: training articles → vocabulary → dense matrix → linfa logistic regression.

use super::{softmax, LengthAdjustment, Model, TrainingInfo};
use crate::corpus::Article;
use crate::features::log_odds::{LearnedTerms, DEFAULT_PRIOR_MASS};
use crate::features::{self, FeatureConfig, Scratch, TermNorm, Vectorizer};
use crate::{Error, Result};
use linfa::prelude::*;
use linfa_logistic::MultiLogisticRegression;
use ndarray::{Array1, Array2};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};

/// How many distinctive terms per label a model keeps (Fightin' Words, |z| ≥ 1.96).
pub const LEARNED_TERMS: usize = 300;

/// Rows to train on: articles with their label index, and optional group ids.
pub struct TrainingSet<'a> {
    /// The training articles.
    pub articles: &'a [Article],
    /// Label index of each article (into `label_names`).
    pub labels: Vec<usize>,
    /// The label names, sorted.
    pub label_names: Vec<String>,
    /// Group id of each article (e.g. publisher), for `min_groups`.
    pub groups: Option<Vec<u32>>,
}

impl<'a> TrainingSet<'a> {
    /// Builds a training set from labelled articles; labels are sorted by name.
    ///
    /// `group_field`, when given, names the field whose values are the groups.
    /// Fails when a label is missing or fewer than two labels are present.
    pub fn new(articles: &'a [Article], group_field: Option<&str>) -> Result<Self> {
        let mut names: Vec<String> = Vec::new();
        for (i, a) in articles.iter().enumerate() {
            match &a.label {
                Some(l) => {
                    if let Err(pos) = names.binary_search(l) {
                        names.insert(pos, l.clone());
                    }
                }
                None => return Err(Error::input(&a.id, format!("row {} has no label", i + 1))),
            }
        }
        if names.len() < 2 {
            return Err(Error::Invalid(format!(
                "training needs at least 2 labels; the selected rows have {} ({})",
                names.len(),
                names.join(", ")
            )));
        }
        let labels = articles
            .iter()
            .map(|a| names.binary_search(a.label.as_ref().unwrap()).unwrap())
            .collect();
        if let Some(g) = group_field {
            if !articles.iter().any(|a| a.field(g).is_some()) {
                return Err(Error::Invalid(format!(
                    "no training row has the field \"{g}\" (--group-field); check its spelling"
                )));
            }
        }
        let groups = group_field.map(|g| {
            let mut ids = std::collections::HashMap::new();
            articles
                .iter()
                .map(|a| {
                    let n = ids.len() as u32;
                    *ids.entry(a.field(g).unwrap_or("").to_string()).or_insert(n)
                })
                .collect()
        });
        Ok(TrainingSet {
            articles,
            labels,
            label_names: names,
            groups,
        })
    }

    /// Rows per label, in label order.
    pub fn rows_per_label(&self) -> Vec<usize> {
        let mut counts = vec![0; self.label_names.len()];
        for &l in &self.labels {
            counts[l] += 1;
        }
        counts
    }
}

/// Training parameters (linfa's habit: parameters → `fit` → fitted model).
#[derive(Debug, Clone)]
pub struct TrainParams {
    /// How articles become features.
    pub features: FeatureConfig,
    /// L2 penalty on the weights (the loss is a sum over rows). Default 1.0.
    pub alpha: f32,
    /// L-BFGS iterations. Default 100.
    pub max_iterations: u64,
    /// Seed recorded with the model (fitting itself is deterministic). Default 42.
    pub seed: u64,
    /// Added to each named label's intercept after fitting: a class-prior shift for
    /// outlets unlike the training ones (see `slant eval --fit-offsets`). Default none.
    pub logit_offsets: BTreeMap<String, f32>,
    /// Row weights `1 / rows_of_its_group^p` (averaging 1), so that a few large publishers
    /// do not decide what the model learns; needs groups. Default 0 (every row 1).
    pub group_balance: f32,
    /// After fitting, shift each label's term weights by one constant so that the term
    /// block's logit is uncorrelated, over the training rows, with the term vector's mass
    /// (the sum of its TF-IDF values, which grows with the number of distinct terms an
    /// article uses): the lean stops drifting with length through the terms an article
    /// lacks. The intercepts absorb the mean shift. Default off.
    pub residualise_length: bool,
    /// The dense blocks' L2 penalty as a multiple of `alpha`: above 1 shrinks them against
    /// the terms. Default 1.
    pub block_penalty: f32,
    /// Fit length as a confounder: `ln(1 + words)`, standardised, weighed beside the
    /// features so that theirs are fitted net of length, then held at its training mean
    /// (it never contributes at scoring; see [`LengthAdjustment`]). Default off.
    pub adjust_length: bool,
}

/// The L2 penalty of the length feature of [`TrainParams::adjust_length`], as a multiple
/// of `alpha`.
pub const LENGTH_PENALTY: f32 = 1.0;

impl Default for TrainParams {
    fn default() -> Self {
        TrainParams {
            features: FeatureConfig::default(),
            alpha: 1.0,
            max_iterations: 100,
            seed: 42,
            logit_offsets: BTreeMap::new(),
            group_balance: 0.0,
            residualise_length: false,
            block_penalty: 1.0,
            adjust_length: false,
        }
    }
}

/// Callbacks for the long steps of training, so a CLI can draw progress bars.
pub trait Progress: Sync {
    /// A step starts; `total` units of work when known.
    fn start(&self, step: &str, total: Option<u64>);
    /// One unit of the current step is done.
    fn tick(&self);
    /// The current step is done.
    fn finish(&self);
}

/// Progress that reports nothing.
pub struct Silent;

impl Progress for Silent {
    fn start(&self, _: &str, _: Option<u64>) {}
    fn tick(&self) {}
    fn finish(&self) {}
}

impl TrainParams {
    /// The default parameters; change them with the builder methods below, then [`fit`](TrainParams::fit).
    pub fn new() -> Self {
        TrainParams::default()
    }

    /// How articles become features. Default: [`FeatureConfig::default`].
    pub fn features(mut self, features: FeatureConfig) -> Self {
        self.features = features;
        self
    }

    /// The L2 penalty on the weights. Default 1.0.
    pub fn alpha(mut self, alpha: f32) -> Self {
        self.alpha = alpha;
        self
    }

    /// L-BFGS iterations. Default 100.
    pub fn max_iterations(mut self, iterations: u64) -> Self {
        self.max_iterations = iterations;
        self
    }

    /// The seed recorded with the model. Default 42.
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    /// Adds `offset` to `label`'s intercept after fitting. Default: no offsets.
    pub fn logit_offset(mut self, label: impl Into<String>, offset: f32) -> Self {
        self.logit_offsets.insert(label.into(), offset);
        self
    }

    /// Row weights `1 / rows_of_its_group^power`: 1 counts every group alike. Default 0.
    pub fn group_balance(mut self, power: f32) -> Self {
        self.group_balance = power;
        self
    }

    /// Take the term mass out of the term logits (see [`TrainParams::residualise_length`]).
    pub fn residualise_length(mut self, on: bool) -> Self {
        self.residualise_length = on;
        self
    }

    /// The dense blocks' penalty as a multiple of `alpha`. Default 1.
    pub fn block_penalty(mut self, factor: f32) -> Self {
        self.block_penalty = factor;
        self
    }

    /// Fit length as a confounder (see [`TrainParams::adjust_length`]).
    pub fn adjust_length(mut self, on: bool) -> Self {
        self.adjust_length = on;
        self
    }

    /// Checks the parameters before any work starts.
    pub fn check(&self) -> Result<()> {
        if !(self.block_penalty.is_finite() && self.block_penalty > 0.0) {
            return Err(Error::Invalid(format!(
                "the block penalty must be a positive multiple of alpha, got {}",
                self.block_penalty
            )));
        }
        if !(0.0..=1.0).contains(&self.group_balance) {
            return Err(Error::Invalid(format!(
                "the group balance must be between 0 and 1, got {}",
                self.group_balance
            )));
        }
        if !(self.alpha.is_finite() && self.alpha > 0.0) {
            return Err(Error::Invalid(format!(
                "alpha must be positive, got {}",
                self.alpha
            )));
        }
        if self.features.vocabulary.max_features == 0 {
            return Err(Error::Invalid(
                "the feature count must be at least 1".into(),
            ));
        }
        if !(1..=2).contains(&self.features.vocabulary.ngram_max) {
            return Err(Error::Invalid("n-grams must be 1 or 2".into()));
        }
        if self.max_iterations == 0 {
            return Err(Error::Invalid(
                "at least one L-BFGS iteration is needed to fit a model (--iterations 1 or more)"
                    .into(),
            ));
        }
        Ok(())
    }

    /// Fits a model on `data`. `info` is stored in the model with the fitted figures added.
    pub fn fit(
        &self,
        data: &TrainingSet,
        mut info: TrainingInfo,
        progress: &dyn Progress,
    ) -> Result<Model> {
        self.check()?;
        let n = data.articles.len();
        let k = data.label_names.len();
        let mut offsets = vec![0f32; k];
        for (label, &v) in &self.logit_offsets {
            let Ok(i) = data.label_names.binary_search(label) else {
                return Err(Error::Invalid(format!(
                    "a logit offset names \"{label}\", which is not a label of the training rows ({})",
                    data.label_names.join(", ")
                )));
            };
            if !v.is_finite() {
                return Err(Error::Invalid(format!(
                    "the logit offset of \"{label}\" must be a finite number, got {v}"
                )));
            }
            offsets[i] = v;
        }
        // Row weights when the fit needs linfa's place taken (no row weights or
        // per-feature penalties there).
        let row_weights = if self.group_balance > 0.0 {
            let Some(groups) = &data.groups else {
                return Err(Error::Invalid(
                    "a group balance needs groups (e.g. --group-field publisher)".into(),
                ));
            };
            Some(super::weighted::group_weights(groups, self.group_balance))
        } else if self.block_penalty != 1.0 || self.adjust_length {
            Some(vec![1.0; n])
        } else {
            None
        };
        if let Some(groups) = &data.groups {
            let distinct = groups
                .iter()
                .collect::<std::collections::HashSet<_>>()
                .len();
            let min = self.features.vocabulary.min_groups;
            if min as usize > distinct {
                return Err(Error::Invalid(format!(
                    "--min-groups {min} asks for terms seen in {min} groups, but the training rows \
                     have only {distinct}; no term could be kept (lower --min-groups)"
                )));
            }
        }
        let docs: Vec<(Option<&str>, &str)> = data
            .articles
            .iter()
            .map(|a| (a.title.as_deref(), a.text.as_str()))
            .collect();

        progress.start("vocabulary", Some(n as u64));
        // The term scale is fitted below (L1) or 1 (L2), never taken from the caller.
        let mut config = self.features.clone();
        config.term_scale = 1.0;
        let (mut vectorizer, label_counts) = Vectorizer::fit_with_counts(
            config,
            &docs,
            &data.labels,
            k,
            data.groups.as_deref(),
            &|| progress.tick(),
        );
        progress.finish();
        if vectorizer.vocabulary().is_empty() {
            return Err(Error::Invalid(empty_vocabulary(
                &self.features.vocabulary,
                data.groups.is_some(),
                label_counts.iter().all(|c| c.is_empty()),
            )));
        }

        let block_names = features::block_names(&self.features.blocks);
        let v = vectorizer.vocabulary().len();
        let f = v + block_names.len();
        // The length feature, when fitted, is a last column dropped after the fit.
        let nuisance = usize::from(self.adjust_length);
        progress.start("features", Some(n as u64));
        let mut x = Array2::<f32>::zeros((n, f + nuisance));
        x.axis_chunks_iter_mut(ndarray::Axis(0), 256)
            .into_par_iter()
            .enumerate()
            .for_each(|(c, mut rows)| {
                let mut scratch = Scratch::default();
                for (r, mut row) in rows.outer_iter_mut().enumerate() {
                    let (title, body) = docs[c * 256 + r];
                    let tv = vectorizer.transform(title, body, &mut scratch);
                    for h in &tv.hits {
                        row[h.feature as usize] = h.value;
                    }
                    let blocks = if self.features.blocks.is_empty() {
                        Vec::new()
                    } else {
                        super::dense::values(
                            &self.features,
                            &features::measure(&mut scratch, features::Detail::Figures),
                        )
                    };
                    for (i, b) in blocks.into_iter().enumerate() {
                        row[v + i] = b;
                    }
                    if nuisance > 0 {
                        row[f] = (tv.n_words as f32).ln_1p();
                    }
                    progress.tick();
                }
            });
        progress.finish();
        if self.features.term_norm == TermNorm::L1 {
            let scale = l1_term_scale(&x, v);
            x.slice_mut(ndarray::s![.., ..v])
                .mapv_inplace(|value| value * scale);
            vectorizer.set_term_scale(scale);
        }
        let length = (nuisance > 0).then(|| standardise_column(&mut x, f));
        progress.start("fitting", None);
        let mut weights = vec![0f32; f * k];
        let mut intercept = vec![0f32; k];
        let mut adjustment = None;
        if let Some(rows) = &row_weights {
            let mut alpha = vec![self.alpha; f + nuisance];
            for a in &mut alpha[v..f] {
                *a *= self.block_penalty;
            }
            for a in &mut alpha[f..] {
                *a *= LENGTH_PENALTY;
            }
            let fitted =
                super::weighted::fit(x.view(), &data.labels, k, rows, &alpha, self.max_iterations)?;
            for feat in 0..f {
                for label in 0..k {
                    weights[feat * k + label] = fitted.weights[[feat, label]];
                }
            }
            intercept.copy_from_slice(fitted.intercept.as_slice().expect("contiguous"));
            if let Some((mean, sd, held_at)) = length {
                // Held at its training mean: w · x̄ moves into the intercept.
                let w: Vec<f32> = (0..k).map(|label| fitted.weights[[f, label]]).collect();
                for (b, &wl) in intercept.iter_mut().zip(&w) {
                    *b = (*b as f64 + wl as f64 * held_at) as f32;
                }
                adjustment = Some(LengthAdjustment {
                    ln_words_mean: mean,
                    ln_words_sd: sd,
                    penalty: LENGTH_PENALTY,
                    weights: w,
                });
            }
        } else {
            let y = Array1::from(data.labels.clone());
            let dataset = Dataset::new(x, y);
            let fitted = MultiLogisticRegression::<f32>::default()
                .alpha(self.alpha)
                .max_iterations(self.max_iterations)
                .gradient_tolerance(1e-6)
                .fit(&dataset)
                .map_err(|e| Error::Fit(e.to_string()))?;
            // linfa sorts the classes it saw; all k are present by construction.
            let classes = fitted.classes();
            if classes.len() != k {
                return Err(Error::Fit(format!(
                    "expected {k} classes, fitted {}",
                    classes.len()
                )));
            }
            let params = fitted.params();
            for (col, &label) in classes.iter().enumerate() {
                for feat in 0..f {
                    weights[feat * k + label] = params[[feat, col]];
                }
                intercept[label] = fitted.intercept()[col];
            }
            x = dataset.records;
        }
        progress.finish();
        // The features the model reads (without the length column, if any).
        let x = x.slice(ndarray::s![.., ..f]);
        if self.residualise_length {
            residualise_term_mass(
                &x,
                v,
                k,
                row_weights.as_deref(),
                &mut weights,
                &mut intercept,
            );
        }
        let records = x;

        // Each feature's mean over the training rows, summed in row order (deterministic).
        let mut sums = vec![0f64; f];
        for row in records.outer_iter() {
            for (s, &x) in sums.iter_mut().zip(row.iter()) {
                *s += x as f64;
            }
        }
        let means: Vec<f32> = sums.iter().map(|s| (s / n as f64) as f32).collect();

        // linfa does not report its loss: compute the mean cross-entropy here.
        let w = Array2::from_shape_vec((f, k), weights.clone()).expect("f * k weights");
        let z = records.dot(&w);
        let loss = z
            .outer_iter()
            .zip(&data.labels)
            .map(|(row, &label)| {
                let logits: Vec<f64> = row
                    .iter()
                    .zip(&intercept)
                    .map(|(&zv, &b)| zv as f64 + b as f64)
                    .collect();
                -softmax(&logits)[label].max(1e-300).ln()
            })
            .sum::<f64>()
            / n as f64;

        for (b, o) in intercept.iter_mut().zip(&offsets) {
            *b += o;
        }

        let counts: BTreeMap<String, HashMap<String, u64>> =
            data.label_names.iter().cloned().zip(label_counts).collect();
        let learned = LearnedTerms::fit(&counts, DEFAULT_PRIOR_MASS, LEARNED_TERMS, 1.96)?;

        info.rows = n;
        info.rows_per_label = data.rows_per_label();
        info.seed = self.seed;
        info.alpha = self.alpha;
        info.iterations = self.max_iterations;
        info.loss = loss;
        info.logit_offsets = self.logit_offsets.clone();
        info.group_balance = self.group_balance;
        info.block_penalty = (self.block_penalty != 1.0).then_some(self.block_penalty);
        info.length_adjustment = adjustment;
        info.residualised = if self.residualise_length {
            vec!["term_mass".into()]
        } else {
            Vec::new()
        };
        info.slant_version = env!("CARGO_PKG_VERSION").to_string();
        let mut model = Model::from_parts(
            data.label_names.clone(),
            vectorizer,
            block_names,
            weights,
            intercept,
            info,
        )?;
        model.set_means(means)?;
        model.learned_terms = learned;
        Ok(model)
    }
}

/// Standardises column `c` of `x` in place over the rows (in row order, so the same rows
/// give the same values): returns its mean and standard deviation before, and its mean
/// after (zero up to rounding). A constant column becomes all zero (sd reported 0).
fn standardise_column(x: &mut Array2<f32>, c: usize) -> (f64, f64, f64) {
    let n = x.nrows().max(1) as f64;
    let column = x.column(c);
    let mean = column.iter().map(|&v| v as f64).sum::<f64>() / n;
    let var = column
        .iter()
        .map(|&v| (v as f64 - mean).powi(2))
        .sum::<f64>()
        / n;
    let sd = var.sqrt();
    let mut column = x.column_mut(c);
    for value in column.iter_mut() {
        *value = if sd > 0.0 {
            ((*value as f64 - mean) / sd) as f32
        } else {
            0.0
        };
    }
    let after = column.iter().map(|&v| v as f64).sum::<f64>() / n;
    (mean, sd, after)
}

/// The mean over the rows of `x` holding any term of their L2-normalised term mass
/// `Σx / ‖x‖₂` (1 when none does), for rows whose `v` term columns come first and sum to 1:
/// the factor that gives L1-normalised rows the scale of L2 ones.
fn l1_term_scale(x: &Array2<f32>, v: usize) -> f32 {
    let (mut sum, mut rows) = (0f64, 0usize);
    for row in x.outer_iter() {
        let (mass, squares) = row.iter().take(v).fold((0f64, 0f64), |(m, s), &value| {
            (m + value as f64, s + value as f64 * value as f64)
        });
        if squares > 0.0 {
            sum += mass / squares.sqrt();
            rows += 1;
        }
    }
    if rows == 0 {
        1.0
    } else {
        (sum / rows as f64) as f32
    }
}

/// Shifts every term weight of label `k` by `β_k`, the slope of the term logit
/// `Σ w·x` on the term mass `Σ x` over the rows of `x` (weighted by `rows` when given),
/// so that the two are uncorrelated there; the intercept takes `β_k` times the mean mass,
/// keeping the mean logit. `v` term columns come first in `x`; weights are feature-major.
fn residualise_term_mass(
    x: &ndarray::ArrayView2<f32>,
    v: usize,
    k: usize,
    rows: Option<&[f32]>,
    weights: &mut [f32],
    intercept: &mut [f32],
) {
    let mut total = 0f64;
    let mut mass_sum = 0f64;
    let mut logit_sum = vec![0f64; k];
    let mut mass_sq = 0f64;
    let mut cross = vec![0f64; k];
    for (r, row) in x.outer_iter().enumerate() {
        let weight = rows.map_or(1.0, |w| w[r] as f64);
        let mut mass = 0f64;
        let mut logits = vec![0f64; k];
        for (i, &value) in row.iter().take(v).enumerate() {
            if value != 0.0 {
                mass += value as f64;
                for (label, z) in logits.iter_mut().enumerate() {
                    *z += value as f64 * weights[i * k + label] as f64;
                }
            }
        }
        total += weight;
        mass_sum += weight * mass;
        mass_sq += weight * mass * mass;
        for label in 0..k {
            logit_sum[label] += weight * logits[label];
            cross[label] += weight * logits[label] * mass;
        }
    }
    let mean_mass = mass_sum / total;
    let var = mass_sq / total - mean_mass * mean_mass;
    if var <= 0.0 {
        return;
    }
    for label in 0..k {
        let cov = cross[label] / total - (logit_sum[label] / total) * mean_mass;
        let beta = cov / var;
        for i in 0..v {
            weights[i * k + label] -= beta as f32;
        }
        intercept[label] += (beta * mean_mass) as f32;
    }
}

/// Why no term became a feature: no words at all, or the thresholds each term must pass.
fn empty_vocabulary(params: &features::VocabularyParams, grouped: bool, no_words: bool) -> String {
    if no_words {
        return "the training rows have no words to learn from: every text and title is empty \
                or holds only stop words"
            .into();
    }
    let mut needs = format!("in at least {} training rows", params.min_df);
    let mut advice = vec!["lower --min-df"];
    if grouped && params.min_groups > 1 {
        needs.push_str(&format!(" and {} groups", params.min_groups));
        advice.push("--min-groups");
    }
    if grouped && params.max_group_share < 1.0 {
        needs.push_str(&format!(
            " with at most {} of its rows in one group",
            params.max_group_share
        ));
        advice.push("raise --max-group-share");
    }
    format!("no term is {needs}; {} or add rows", advice.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builder_methods_set_what_they_name_and_check_refuses_a_bad_alpha() {
        let p = TrainParams::new()
            .alpha(0.5)
            .max_iterations(7)
            .seed(3)
            .logit_offset("left", 0.25);
        assert_eq!((p.alpha, p.max_iterations, p.seed), (0.5, 7, 3));
        assert_eq!(p.logit_offsets.get("left"), Some(&0.25));
        assert!(p.check().is_ok());
        let bad = TrainParams::new().alpha(0.0).check().unwrap_err();
        assert!(matches!(bad, Error::Invalid(_)), "{bad:?}");
        assert!(TrainParams::new().max_iterations(0).check().is_err());
    }
}
