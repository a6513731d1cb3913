//! Evaluation: how good a fitted classifier's predictions are, and how to split
//! a corpus so that the answer can be trusted.
//!
//! The metrics and the splits are pure arithmetic on indices and probabilities
//! (no I/O), so the CLI and the benches can feed them from anywhere; [`evaluate`]
//! and [`cross_validate`] run a model over labelled rows to get them. It returns
//! figures and never renders them: `crate::report::eval_text` does.
//!
//! - [`Metrics::compute`] scores one set of predictions: accuracy, per-label
//!   precision/recall/F1, a confusion matrix, ordinal MAE, calibration (ECE),
//!   log loss and accuracy per group (e.g. per outlet);
//! - [`grouped_k_fold`] splits rows into folds that never share a group, so an
//!   outlet's house style cannot leak from training into testing;
//! - [`CvSummary`] summarises the metrics of all folds (mean ± standard deviation);
//! - [`fit_offsets`] fits per-label logit offsets (a class-prior shift) on
//!   held-out rows; [`fit_prior_offsets`] fits the shift that brings their mean
//!   predicted probabilities to a prior, without reading their labels.
//!
//! Zero-division follows scikit-learn: precision, recall or F1 that would be
//! 0/0 is 0. Macro-F1 averages over *all* labels passed in, including labels
//! that occur neither in the truth nor in the predictions (scikit-learn's
//! behaviour when `labels=` is given), so a model is not rewarded for a label
//! the test fold happens to lack.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::math::ratio;
use crate::{Error, Result};

/// Number of equal-width confidence bins used by the expected calibration error.
pub const ECE_BINS: usize = 10;

/// Probabilities are clamped to `[LOG_LOSS_EPS, 1 - LOG_LOSS_EPS]` before taking
/// logarithms, so one confident mistake gives a large but finite log loss.
pub const LOG_LOSS_EPS: f64 = 1e-15;

/// Precision, recall and F1 of one label, treated one-vs-rest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LabelMetrics {
    /// The label's name.
    pub label: String,
    /// Of the rows predicted as this label, the share that truly are (0 if none predicted).
    pub precision: f64,
    /// Of the rows truly of this label, the share predicted as it (0 if none exist).
    pub recall: f64,
    /// Harmonic mean of precision and recall (0 when both are 0).
    pub f1: f64,
    /// Number of rows whose true label is this one.
    pub support: u64,
}

/// Accuracy within one group of rows (e.g. one outlet), to spot where a model fails.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupAccuracy {
    /// The group's name.
    pub group: String,
    /// Number of rows in the group.
    pub rows: u64,
    /// Share of the group's rows predicted correctly.
    pub accuracy: f64,
}

/// Every number slant reports about one set of predictions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Metrics {
    /// Label names, in model order; indices everywhere else refer to this list.
    pub labels: Vec<String>,
    /// Number of rows scored.
    pub rows: u64,
    /// Share of rows whose predicted label is the true one.
    pub accuracy: f64,
    /// Unweighted mean of the per-label F1 over all labels.
    pub macro_f1: f64,
    /// One entry per label, in model order.
    pub per_label: Vec<LabelMetrics>,
    /// Counts with rows = true label, columns = predicted label.
    pub confusion: Vec<Vec<u64>>,
    /// Mean absolute distance between true and predicted ordinal ranks, when the
    /// labels are ordinal (e.g. left < center < right).
    pub mae: Option<f64>,
    /// Expected calibration error of the top-class probability: rows are put in
    /// [`ECE_BINS`] equal-width confidence bins and `|accuracy - confidence|` is
    /// averaged over bins, weighted by bin size.
    pub ece: f64,
    /// Mean negative log of the probability given to the true label.
    pub log_loss: f64,
    /// Accuracy per group, worst first (ties by name); empty without groups.
    pub per_group: Vec<GroupAccuracy>,
}

impl Metrics {
    /// Scores predictions against the truth.
    ///
    /// `labels` are the label names in model order; `truth` and `predicted` hold
    /// label indices; `probabilities` holds, per row, one probability per label.
    /// `groups` optionally names each row's group (e.g. its outlet) for
    /// [`Metrics::per_group`]; `ordinal` optionally gives the rank of each label
    /// index, which enables [`Metrics::mae`].
    ///
    /// The ECE uses the top class of each probability row (its arg-max, first on
    /// ties), so it measures the probabilities themselves even when `predicted`
    /// was chosen some other way. Bin `b` holds confidences in `[b/10, (b+1)/10)`,
    /// the last bin also holds 1.0.
    ///
    /// Returns [`Error::Invalid`] on empty input, mismatched lengths, indices out
    /// of range, or probabilities that are not finite numbers in `[0, 1]`.
    pub fn compute(
        labels: &[String],
        truth: &[usize],
        predicted: &[usize],
        probabilities: &[Vec<f64>],
        groups: Option<&[String]>,
        ordinal: Option<&[usize]>,
    ) -> Result<Metrics> {
        check_inputs(labels, truth, predicted, probabilities, groups, ordinal)?;
        let n_labels = labels.len();
        let n = truth.len();
        let rows = n as f64;

        let mut confusion = vec![vec![0u64; n_labels]; n_labels];
        for (&t, &p) in truth.iter().zip(predicted) {
            confusion[t][p] += 1;
        }
        let correct: u64 = (0..n_labels).map(|i| confusion[i][i]).sum();
        let accuracy = correct as f64 / rows;

        let per_label: Vec<LabelMetrics> = (0..n_labels)
            .map(|i| {
                let tp = confusion[i][i];
                let support: u64 = confusion[i].iter().sum();
                let predicted_as: u64 = confusion.iter().map(|row| row[i]).sum();
                let fp = predicted_as - tp;
                let fn_ = support - tp;
                LabelMetrics {
                    label: labels[i].clone(),
                    precision: ratio(tp, predicted_as),
                    recall: ratio(tp, support),
                    // Same as 2PR/(P+R), but exact in integers and 0 when undefined.
                    f1: ratio(2 * tp, 2 * tp + fp + fn_),
                    support,
                }
            })
            .collect();
        let macro_f1 = per_label.iter().map(|m| m.f1).sum::<f64>() / n_labels as f64;

        let mae = ordinal.map(|rank| {
            let total: f64 = truth
                .iter()
                .zip(predicted)
                .map(|(&t, &p)| rank[t].abs_diff(rank[p]) as f64)
                .sum();
            total / rows
        });

        let ece = expected_calibration_error(truth, probabilities);

        let log_loss = truth
            .iter()
            .zip(probabilities)
            .map(|(&t, p)| -p[t].clamp(LOG_LOSS_EPS, 1.0 - LOG_LOSS_EPS).ln())
            .sum::<f64>()
            / rows;

        let per_group = groups
            .map(|groups| group_accuracy(groups, truth, predicted))
            .unwrap_or_default();

        Ok(Metrics {
            labels: labels.to_vec(),
            rows: n as u64,
            accuracy,
            macro_f1,
            per_label,
            confusion,
            mae,
            ece,
            log_loss,
            per_group,
        })
    }
}

/// Validates the arguments of [`Metrics::compute`], naming the first problem.
fn check_inputs(
    labels: &[String],
    truth: &[usize],
    predicted: &[usize],
    probabilities: &[Vec<f64>],
    groups: Option<&[String]>,
    ordinal: Option<&[usize]>,
) -> Result<()> {
    let invalid = |msg: String| Err(Error::Invalid(msg));
    let n_labels = labels.len();
    let n = truth.len();
    if n_labels == 0 {
        return invalid("cannot evaluate without labels".into());
    }
    if n == 0 {
        return invalid("cannot evaluate zero rows".into());
    }
    if predicted.len() != n {
        return invalid(format!(
            "{} predictions for {n} true labels",
            predicted.len()
        ));
    }
    if probabilities.len() != n {
        return invalid(format!(
            "{} probability rows for {n} true labels",
            probabilities.len()
        ));
    }
    if let Some(groups) = groups {
        if groups.len() != n {
            return invalid(format!("{} groups for {n} rows", groups.len()));
        }
    }
    if let Some(rank) = ordinal {
        if rank.len() != n_labels {
            return invalid(format!(
                "{} ordinal ranks for {n_labels} labels",
                rank.len()
            ));
        }
    }
    for (row, ((&t, &p), probs)) in truth.iter().zip(predicted).zip(probabilities).enumerate() {
        if t >= n_labels {
            return invalid(format!(
                "row {row}: true label index {t} out of range for {n_labels} labels"
            ));
        }
        if p >= n_labels {
            return invalid(format!(
                "row {row}: predicted label index {p} out of range for {n_labels} labels"
            ));
        }
        if probs.len() != n_labels {
            return invalid(format!(
                "row {row}: {} probabilities for {n_labels} labels",
                probs.len()
            ));
        }
        if let Some(bad) = probs
            .iter()
            .find(|p| !(p.is_finite() && (0.0..=1.0).contains(*p)))
        {
            return invalid(format!("row {row}: probability {bad} is not in [0, 1]"));
        }
    }
    Ok(())
}

/// Index of the largest value, first on ties. `values` must not be empty.
pub fn argmax(values: &[f64]) -> usize {
    let mut best = 0;
    for (i, &v) in values.iter().enumerate().skip(1) {
        if v > values[best] {
            best = i;
        }
    }
    best
}

/// ECE of the top-class probability over [`ECE_BINS`] equal-width bins.
fn expected_calibration_error(truth: &[usize], probabilities: &[Vec<f64>]) -> f64 {
    let mut count = [0u64; ECE_BINS];
    let mut correct = [0u64; ECE_BINS];
    let mut confidence = [0f64; ECE_BINS];
    for (&t, probs) in truth.iter().zip(probabilities) {
        let top = argmax(probs);
        let conf = probs[top];
        // Truncation is the binning: [b/10, (b+1)/10), with 1.0 in the last bin.
        let bin = ((conf * ECE_BINS as f64) as usize).min(ECE_BINS - 1);
        count[bin] += 1;
        confidence[bin] += conf;
        if top == t {
            correct[bin] += 1;
        }
    }
    let n = truth.len() as f64;
    (0..ECE_BINS)
        .filter(|&b| count[b] > 0)
        .map(|b| {
            let size = count[b] as f64;
            let gap = (correct[b] as f64 / size - confidence[b] / size).abs();
            size / n * gap
        })
        .sum()
}

/// Accuracy per group, worst first, ties broken by group name.
fn group_accuracy(groups: &[String], truth: &[usize], predicted: &[usize]) -> Vec<GroupAccuracy> {
    let mut tally: BTreeMap<&str, (u64, u64)> = BTreeMap::new();
    for ((group, &t), &p) in groups.iter().zip(truth).zip(predicted) {
        let entry = tally.entry(group.as_str()).or_default();
        entry.0 += 1;
        entry.1 += u64::from(t == p);
    }
    let mut out: Vec<GroupAccuracy> = tally
        .into_iter()
        .map(|(group, (rows, correct))| GroupAccuracy {
            group: group.to_string(),
            rows,
            accuracy: ratio(correct, rows),
        })
        .collect();
    // The BTreeMap already yields names in order and the sort is stable.
    out.sort_by(|a, b| a.accuracy.total_cmp(&b.accuracy));
    out
}

/// A tiny deterministic PRNG (SplitMix64), so fold assignment depends only on
/// the seed and not on a global generator or an extra crate.
#[derive(Debug, Clone)]
struct SplitMix64(u64);

impl SplitMix64 {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`), by multiply-shift; bias is below 2^-32 for
    /// any realistic `n`.
    fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// Fisher–Yates shuffle.
    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

/// Splits rows into `k` folds such that no group (e.g. outlet) appears in two
/// folds, and returns each fold's test rows (ascending row indices).
///
/// Groups are shuffled with `seed`, stably sorted by size (largest first), and
/// each is given to the fold with the fewest rows so far (lowest index on
/// ties), so fold sizes differ by at most the size of the largest group. The
/// same inputs and seed always give the same folds.
///
/// All checks run before any assignment, so a caller can call this before any
/// fitting starts: [`Error::Invalid`] when `k < 2`, when `groups` and `labels`
/// differ in length or are empty, when there are fewer distinct groups than
/// `k`, or when some label has fewer rows than `k`.
pub fn grouped_k_fold(
    groups: &[String],
    labels: &[usize],
    k: usize,
    seed: u64,
) -> Result<Vec<Vec<usize>>> {
    if k < 2 {
        return Err(Error::Invalid(format!(
            "cross-validation needs at least 2 folds, got k = {k}"
        )));
    }
    if groups.len() != labels.len() {
        return Err(Error::Invalid(format!(
            "{} groups for {} labels",
            groups.len(),
            labels.len()
        )));
    }
    if groups.is_empty() {
        return Err(Error::Invalid("cannot split zero rows into folds".into()));
    }

    let mut by_group: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (row, group) in groups.iter().enumerate() {
        by_group.entry(group.as_str()).or_default().push(row);
    }
    if by_group.len() < k {
        return Err(Error::Invalid(format!(
            "{k}-fold cross-validation needs at least {k} distinct groups, found {}",
            by_group.len()
        )));
    }

    let mut label_rows: BTreeMap<usize, usize> = BTreeMap::new();
    for &label in labels {
        *label_rows.entry(label).or_default() += 1;
    }
    let short: Vec<String> = label_rows
        .iter()
        .filter(|&(_, &rows)| rows < k)
        .map(|(label, rows)| format!("label {label} has {rows} rows"))
        .collect();
    if !short.is_empty() {
        return Err(Error::Invalid(format!(
            "{k}-fold cross-validation needs at least {k} rows per label: {}",
            short.join(", ")
        )));
    }

    let mut members: Vec<Vec<usize>> = by_group.into_values().collect();
    SplitMix64(seed).shuffle(&mut members);
    members.sort_by_key(|rows| std::cmp::Reverse(rows.len()));

    let mut folds: Vec<Vec<usize>> = vec![Vec::new(); k];
    for rows in members {
        let smallest = (0..k)
            .min_by_key(|&f| folds[f].len())
            .expect("k >= 2 folds exist");
        folds[smallest].extend(rows);
    }
    for fold in &mut folds {
        fold.sort_unstable();
    }
    Ok(folds)
}

/// Mean and sample standard deviation of one metric across folds.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct MeanStd {
    /// Arithmetic mean.
    pub mean: f64,
    /// Sample standard deviation (divisor n − 1); 0 for fewer than two values.
    pub std: f64,
}

impl MeanStd {
    /// Summarises `values`; both numbers are 0 for an empty slice.
    pub fn of(values: &[f64]) -> MeanStd {
        let n = values.len();
        if n == 0 {
            return MeanStd {
                mean: 0.0,
                std: 0.0,
            };
        }
        let mean = values.iter().sum::<f64>() / n as f64;
        let std = if n < 2 {
            0.0
        } else {
            let ss: f64 = values.iter().map(|v| (v - mean).powi(2)).sum();
            (ss / (n - 1) as f64).sqrt()
        };
        MeanStd { mean, std }
    }
}

/// The headline numbers of one fold, kept so a summary shows the spread.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct FoldScore {
    /// Rows in the fold's test part.
    pub rows: u64,
    /// The fold's accuracy.
    pub accuracy: f64,
    /// The fold's macro-F1.
    pub macro_f1: f64,
    /// The fold's ordinal MAE, when computed.
    pub mae: Option<f64>,
    /// The fold's expected calibration error.
    pub ece: f64,
}

/// Cross-validation results: each metric's mean ± standard deviation over the
/// folds, plus the per-fold values they came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CvSummary {
    /// Number of folds summarised.
    pub folds: usize,
    /// Accuracy across folds.
    pub accuracy: MeanStd,
    /// Macro-F1 across folds.
    pub macro_f1: MeanStd,
    /// Ordinal MAE across folds; `None` unless every fold has one.
    pub mae: Option<MeanStd>,
    /// Expected calibration error across folds.
    pub ece: MeanStd,
    /// Each fold's numbers, in fold order.
    pub per_fold: Vec<FoldScore>,
}

impl CvSummary {
    /// Summarises the metrics of each fold. An empty slice gives `folds == 0`
    /// with every mean and deviation 0; callers should check `folds`.
    pub fn from_folds(folds: &[Metrics]) -> CvSummary {
        let per_fold: Vec<FoldScore> = folds
            .iter()
            .map(|m| FoldScore {
                rows: m.rows,
                accuracy: m.accuracy,
                macro_f1: m.macro_f1,
                mae: m.mae,
                ece: m.ece,
            })
            .collect();
        let column = |get: fn(&FoldScore) -> f64| -> MeanStd {
            MeanStd::of(&per_fold.iter().map(get).collect::<Vec<_>>())
        };
        let mae = per_fold
            .iter()
            .map(|f| f.mae)
            .collect::<Option<Vec<f64>>>()
            .filter(|values| !values.is_empty())
            .map(|values| MeanStd::of(&values));
        CvSummary {
            folds: per_fold.len(),
            accuracy: column(|f| f.accuracy),
            macro_f1: column(|f| f.macro_f1),
            mae,
            ece: column(|f| f.ece),
            per_fold,
        }
    }
}

/// Checks held-out logits and their true labels before fitting anything on them:
/// rows present, one label per row, equal widths, finite values, labels in range.
fn check_logits(logits: &[Vec<f64>], truth: &[usize]) -> Result<()> {
    if logits.is_empty() {
        return Err(Error::Invalid("cannot fit on zero rows".into()));
    }
    if logits.len() != truth.len() {
        return Err(Error::Invalid(format!(
            "{} logit rows for {} true labels",
            logits.len(),
            truth.len()
        )));
    }
    let width = logits[0].len();
    for (row, (z, &y)) in logits.iter().zip(truth).enumerate() {
        if z.len() != width || width == 0 {
            return Err(Error::Invalid(format!(
                "row {row}: {} logits, expected {width} (and at least one)",
                z.len()
            )));
        }
        if y >= width {
            return Err(Error::Invalid(format!(
                "row {row}: true label index {y} out of range for {width} labels"
            )));
        }
        if let Some(bad) = z.iter().find(|v| !v.is_finite()) {
            return Err(Error::Invalid(format!(
                "row {row}: logit {bad} is not finite"
            )));
        }
    }
    Ok(())
}

/// Scores labelled articles with `model` (in parallel) and computes their [`Metrics`].
///
/// `group_field` names the field for per-group accuracy (e.g. `outlet`); `ordinal`
/// lists the model's labels in their natural order (e.g. left, center, right) to
/// enable the mean absolute error. A row whose label the model does not know is an
/// error naming the row and the model's labels.
pub fn evaluate(
    model: &crate::model::Model,
    articles: &[crate::corpus::Article],
    group_field: Option<&str>,
    ordinal: Option<&[String]>,
) -> Result<Metrics> {
    Ok(evaluate_fitting(model, articles, group_field, ordinal, None)?.0)
}

/// How `slant eval --fit-offsets` fits logit offsets on the rows it scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OffsetRule {
    /// The offsets that make the rows' labels most likely ([`fit_offsets`]): the mean
    /// predicted probabilities come out at the rows' label shares.
    #[default]
    Likelihood,
    /// The offsets that make the rows' mean predicted probabilities equal across labels
    /// ([`fit_prior_offsets`] with a uniform prior); the labels are not read.
    Uniform,
}

impl OffsetRule {
    /// The rule's id, as `--offset-rule` spells it and JSON reports it.
    pub fn id(self) -> &'static str {
        match self {
            OffsetRule::Likelihood => "likelihood",
            OffsetRule::Uniform => "uniform",
        }
    }
}

/// Like [`evaluate`]; with `fit`, also fits logit offsets on these rows by that rule
/// ([`fit_offsets`], [`fit_prior_offsets`]) and gives the figures with them.
pub fn evaluate_fitting(
    model: &crate::model::Model,
    articles: &[crate::corpus::Article],
    group_field: Option<&str>,
    ordinal: Option<&[String]>,
    fit: Option<OffsetRule>,
) -> Result<(Metrics, Option<OffsetFit>)> {
    use rayon::prelude::*;
    let labels = model.labels();
    let mut truth = Vec::with_capacity(articles.len());
    for a in articles {
        let label = a.label.as_deref().ok_or_else(|| {
            Error::input(
                &a.id,
                "no label; evaluation needs labelled rows (see --label-field)",
            )
        })?;
        let t = model.label_index(label).ok_or_else(|| {
            Error::input(
                &a.id,
                format!(
                    "label \"{label}\" is not one of the model's labels ({})",
                    labels.join(", ")
                ),
            )
        })?;
        truth.push(t);
    }
    let ranks = match ordinal {
        None => None,
        Some(order) => {
            if order.len() != labels.len() {
                return Err(Error::Invalid(format!(
                    "--ordinal lists {} labels; the model has {} ({})",
                    order.len(),
                    labels.len(),
                    labels.join(", ")
                )));
            }
            let mut ranks = vec![0; labels.len()];
            for (rank, name) in order.iter().enumerate() {
                if order[..rank].contains(name) {
                    return Err(Error::Invalid(format!(
                        "--ordinal names \"{name}\" twice; list each model label once ({})",
                        labels.join(", ")
                    )));
                }
                let i = model.label_index(name).ok_or_else(|| {
                    Error::Invalid(format!(
                        "--ordinal names \"{name}\", which is not a model label ({})",
                        labels.join(", ")
                    ))
                })?;
                ranks[i] = rank;
            }
            Some(ranks)
        }
    };
    let pool = crate::score::ScorerPool::new(model, 0);
    let probabilities: Vec<Vec<f64>> = articles
        .par_iter()
        .map(|a| pool.with(|s| s.probabilities(a.title.as_deref(), &a.text)))
        .collect();
    let groups: Option<Vec<String>> = group_field.map(|g| {
        articles
            .iter()
            .map(|a| a.field(g).unwrap_or("").to_string())
            .collect()
    });
    let metrics = |probabilities: &[Vec<f64>]| {
        let predicted: Vec<usize> = probabilities.iter().map(|p| argmax(p)).collect();
        Metrics::compute(
            labels,
            &truth,
            &predicted,
            probabilities,
            groups.as_deref(),
            ranks.as_deref(),
        )
    };
    let plain = metrics(&probabilities)?;
    let Some(rule) = fit else {
        return Ok((plain, None));
    };
    let log_p: Vec<Vec<f64>> = probabilities
        .iter()
        .map(|p| p.iter().map(|v| v.max(1e-300).ln()).collect())
        .collect();
    let offsets = match rule {
        OffsetRule::Likelihood => fit_offsets(&log_p, &truth)?,
        OffsetRule::Uniform => fit_prior_offsets(&log_p, &vec![1.0; labels.len()])?,
    };
    let shifted = apply_offsets(&log_p, &offsets);
    let fitted = OffsetFit {
        offsets: labels.iter().cloned().zip(offsets).collect(),
        metrics: metrics(&shifted)?,
    };
    Ok((plain, Some(fitted)))
}

/// Logit offsets fitted on evaluated rows, and the figures of the rows with them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OffsetFit {
    /// Offset of each label, in model order (they sum to zero).
    pub offsets: Vec<(String, f64)>,
    /// The same rows' figures with the offsets added (in-sample: the offsets were
    /// fitted on these rows).
    pub metrics: Metrics,
}

/// Per-label offsets `b`, summing to zero, that maximise the likelihood of `truth`
/// under softmax(`logits` + `b`): the shift of class priors that fits these rows.
///
/// The problem is convex; gradient steps of size 1 converge (the gradient is
/// 1/2-Lipschitz). Fails on empty or ragged input, non-finite logits or truth
/// indices out of range ([`Error::Invalid`]).
pub fn fit_offsets(logits: &[Vec<f64>], truth: &[usize]) -> Result<Vec<f64>> {
    check_logits(logits, truth)?;
    let mut counts = vec![0f64; logits[0].len()];
    for &y in truth {
        counts[y] += 1.0;
    }
    Ok(offsets_for_shares(logits, &counts))
}

/// Per-label offsets `b`, summing to zero, that make the mean of softmax(`logits` + `b`)
/// over the rows equal to `prior` (positive shares, normalised here): a class-prior
/// shift that reads no labels. [`fit_offsets`] is the same with the rows' label shares
/// as the prior. Fails on empty or ragged input, non-finite logits, or a prior of
/// another length or with a share that is not positive and finite ([`Error::Invalid`]).
pub fn fit_prior_offsets(logits: &[Vec<f64>], prior: &[f64]) -> Result<Vec<f64>> {
    check_logits(logits, &vec![0; logits.len()])?;
    if prior.len() != logits[0].len() {
        return Err(Error::Invalid(format!(
            "a prior of {} shares for {} labels",
            prior.len(),
            logits[0].len()
        )));
    }
    if let Some(bad) = prior.iter().find(|v| !(v.is_finite() && **v > 0.0)) {
        return Err(Error::Invalid(format!(
            "prior share {bad} is not a positive number"
        )));
    }
    let total: f64 = prior.iter().sum();
    let n = logits.len() as f64;
    let counts: Vec<f64> = prior.iter().map(|v| v / total * n).collect();
    Ok(offsets_for_shares(logits, &counts))
}

/// The offsets (summing to zero) at which the predicted probabilities of `logits`
/// sum to `counts` per label (counts summing to the rows). The problem is convex and
/// gradient steps of size 1 converge (the gradient is 1/2-Lipschitz); the loop stops when
/// no share moves by 1e-10 or after 10,000 steps (on logits spread over hundreds a share
/// may then still be off by about 1e-8). With a label of zero count there is no finite
/// optimum and its offset keeps falling until the step cap.
fn offsets_for_shares(logits: &[Vec<f64>], counts: &[f64]) -> Vec<f64> {
    let k = logits[0].len();
    let n = logits.len() as f64;
    let mut b = vec![0f64; k];
    for _ in 0..10_000 {
        let mut grad: Vec<f64> = counts.iter().map(|c| -c).collect();
        for p in apply_offsets(logits, &b) {
            for (g, pj) in grad.iter_mut().zip(&p) {
                *g += pj;
            }
        }
        let mut largest = 0f64;
        for (bj, g) in b.iter_mut().zip(&grad) {
            *bj -= g / n;
            largest = largest.max((g / n).abs());
        }
        if largest < 1e-10 {
            break;
        }
    }
    let mean = b.iter().sum::<f64>() / k as f64;
    b.into_iter().map(|v| v - mean).collect()
}

/// softmax(`logits` + `offsets`) of every row.
pub fn apply_offsets(logits: &[Vec<f64>], offsets: &[f64]) -> Vec<Vec<f64>> {
    logits
        .iter()
        .map(|z| {
            let shifted: Vec<f64> = z.iter().zip(offsets).map(|(a, b)| a + b).collect();
            crate::model::softmax(&shifted)
        })
        .collect()
}

/// Grouped K-fold cross-validation: for each fold, fits `params` on the other folds
/// and evaluates on this one; no group (e.g. publisher) is in both.
///
/// Fails before any fitting when the folds cannot be made (see [`grouped_k_fold`]).
pub fn cross_validate(
    params: &crate::model::TrainParams,
    articles: &[crate::corpus::Article],
    group_field: &str,
    k: usize,
    seed: u64,
    ordinal: Option<&[String]>,
    progress: &dyn crate::model::Progress,
) -> Result<Vec<Metrics>> {
    let data = crate::model::TrainingSet::new(articles, None)?;
    let groups: Vec<String> = articles
        .iter()
        .map(|a| a.field(group_field).unwrap_or("").to_string())
        .collect();
    let folds = grouped_k_fold(&groups, &data.labels, k, seed)?;
    params.check()?;
    let mut out = Vec::with_capacity(k);
    for test in folds {
        let mut in_test = vec![false; articles.len()];
        for &i in &test {
            in_test[i] = true;
        }
        let train: Vec<crate::corpus::Article> = articles
            .iter()
            .zip(&in_test)
            .filter(|(_, &t)| !t)
            .map(|(a, _)| a.clone())
            .collect();
        let held: Vec<crate::corpus::Article> = test.iter().map(|&i| articles[i].clone()).collect();
        let fold_groups = params
            .features
            .vocabulary
            .min_groups
            .gt(&1)
            .then_some(group_field);
        let set = crate::model::TrainingSet::new(&train, fold_groups)?;
        let model = params.fit(&set, Default::default(), progress)?;
        out.push(evaluate(&model, &held, Some(group_field), ordinal)?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    /// Probability rows that put `p` on the predicted label and spread the rest.
    fn confident(predicted: &[usize], n_labels: usize, p: f64) -> Vec<Vec<f64>> {
        predicted
            .iter()
            .map(|&k| {
                let rest = (1.0 - p) / (n_labels - 1) as f64;
                (0..n_labels)
                    .map(|i| if i == k { p } else { rest })
                    .collect()
            })
            .collect()
    }

    fn close(a: f64, b: f64) {
        assert!((a - b).abs() < 1e-12, "{a} != {b}");
    }

    // truth     = [a a a b b c c c c]
    // predicted = [a a b b b c c a a]
    //
    // confusion (rows truth, cols predicted):
    //        a  b  c
    //   a    2  1  0     support 3
    //   b    0  2  0     support 2
    //   c    2  0  2     support 4
    // column sums: a 4, b 3, c 2
    //
    // a: tp 2, P = 2/4 = 1/2, R = 2/3, F1 = 2·(1/2)(2/3)/(1/2 + 2/3) = (2/3)/(7/6) = 4/7
    // b: tp 2, P = 2/3,       R = 2/2 = 1, F1 = 2·(2/3)/(5/3) = 4/5
    // c: tp 2, P = 2/2 = 1,   R = 2/4 = 1/2, F1 = 2·(1/2)/(3/2) = 2/3
    // macro-F1 = (4/7 + 4/5 + 2/3)/3 = (60 + 84 + 70)/105/3 = 214/315
    // accuracy = (2 + 2 + 2)/9 = 2/3
    // ordinal ranks a=0, b=1, c=2: |errors| = 1 (row 2), 2 (row 7), 2 (row 8) → MAE 5/9
    const TRUTH: [usize; 9] = [0, 0, 0, 1, 1, 2, 2, 2, 2];
    const PRED: [usize; 9] = [0, 0, 1, 1, 1, 2, 2, 0, 0];

    fn three_class() -> Metrics {
        let labels = names(&["a", "b", "c"]);
        let probs = confident(&PRED, 3, 0.8);
        Metrics::compute(&labels, &TRUTH, &PRED, &probs, None, Some(&[0, 1, 2])).unwrap()
    }

    #[test]
    fn three_class_confusion_and_f1_match_hand_computation() {
        let m = three_class();
        assert_eq!(m.rows, 9);
        assert_eq!(
            m.confusion,
            vec![vec![2, 1, 0], vec![0, 2, 0], vec![2, 0, 2]]
        );
        close(m.accuracy, 2.0 / 3.0);
        let expected = [
            ("a", 1.0 / 2.0, 2.0 / 3.0, 4.0 / 7.0, 3),
            ("b", 2.0 / 3.0, 1.0, 4.0 / 5.0, 2),
            ("c", 1.0, 1.0 / 2.0, 2.0 / 3.0, 4),
        ];
        for (got, (label, p, r, f1, support)) in m.per_label.iter().zip(expected) {
            assert_eq!(got.label, label);
            close(got.precision, p);
            close(got.recall, r);
            close(got.f1, f1);
            assert_eq!(got.support, support);
        }
        close(m.macro_f1, 214.0 / 315.0);
        close(m.mae.unwrap(), 5.0 / 9.0);
    }

    #[test]
    fn mae_uses_ordinal_ranks_not_indices() {
        // Ranks a=2, b=0, c=1 (labels stored out of order):
        // row 2: |rank a − rank b| = |2 − 0| = 2; rows 7, 8: |rank c − rank a| = |1 − 2| = 1
        // MAE = (2 + 1 + 1)/9 = 4/9
        let labels = names(&["a", "b", "c"]);
        let probs = confident(&PRED, 3, 0.8);
        let m = Metrics::compute(&labels, &TRUTH, &PRED, &probs, None, Some(&[2, 0, 1])).unwrap();
        close(m.mae.unwrap(), 4.0 / 9.0);
        let m = Metrics::compute(&labels, &TRUTH, &PRED, &probs, None, None).unwrap();
        assert_eq!(m.mae, None);
    }

    #[test]
    fn macro_f1_averages_over_all_labels_including_absent_ones() {
        // Same rows, plus a label "d" that never occurs: its P, R, F1 are 0/0 → 0,
        // and macro-F1 = (4/7 + 4/5 + 2/3 + 0)/4 = 214/420.
        let labels = names(&["a", "b", "c", "d"]);
        let probs = confident(&PRED, 4, 0.7);
        let m = Metrics::compute(&labels, &TRUTH, &PRED, &probs, None, None).unwrap();
        let d = &m.per_label[3];
        assert_eq!((d.precision, d.recall, d.f1, d.support), (0.0, 0.0, 0.0, 0));
        close(m.macro_f1, 214.0 / 420.0);
    }

    #[test]
    fn label_never_predicted_has_zero_precision() {
        // truth [a b], predicted [a a]: b has tp 0, predicted 0 times → P = 0/0 = 0, R = 0/1 = 0.
        // a: P = 1/2, R = 1, F1 = 2·1/(2·1 + 1 + 0) = 2/3. macro-F1 = (2/3 + 0)/2 = 1/3.
        let labels = names(&["a", "b"]);
        let probs = vec![vec![0.6, 0.4], vec![0.6, 0.4]];
        let m = Metrics::compute(&labels, &[0, 1], &[0, 0], &probs, None, None).unwrap();
        assert_eq!(m.per_label[1].precision, 0.0);
        assert_eq!(m.per_label[1].recall, 0.0);
        close(m.per_label[0].f1, 2.0 / 3.0);
        close(m.macro_f1, 1.0 / 3.0);
    }

    #[test]
    fn perfect_predictions_score_one() {
        let labels = names(&["left", "center", "right"]);
        let truth = [0, 1, 2, 2, 1, 0];
        let probs = confident(&truth, 3, 1.0);
        let m = Metrics::compute(&labels, &truth, &truth, &probs, None, Some(&[0, 1, 2])).unwrap();
        assert_eq!(m.accuracy, 1.0);
        assert_eq!(m.macro_f1, 1.0);
        for l in &m.per_label {
            assert_eq!((l.precision, l.recall, l.f1), (1.0, 1.0, 1.0));
        }
        assert_eq!(m.mae, Some(0.0));
        // Confidence 1.0 lands in the last bin, accuracy 1 → no gap.
        assert_eq!(m.ece, 0.0);
        // −ln(1 − 1e-15) ≈ 1e-15.
        assert!(m.log_loss < 1e-14);
    }

    #[test]
    fn ece_and_log_loss_match_hand_computation() {
        // row  probs        truth  top  conf  bin  correct
        // 0    [0.9, 0.1]   0      0    0.9   9    yes
        // 1    [0.8, 0.2]   1      0    0.8   8    no
        // 2    [0.35, 0.65] 1      1    0.65  6    yes
        // 3    [0.6, 0.4]   1      0    0.6   6    no
        // bin 9: n 1, acc 1, conf 0.9  → 1/4 · 0.1   = 0.025
        // bin 8: n 1, acc 0, conf 0.8  → 1/4 · 0.8   = 0.2
        // bin 6: n 2, acc 1/2, conf (0.65 + 0.6)/2 = 0.625 → 2/4 · 0.125 = 0.0625
        // ECE = 0.025 + 0.2 + 0.0625 = 0.2875
        // log loss = −(ln 0.9 + ln 0.2 + ln 0.65 + ln 0.4)/4
        let labels = names(&["a", "b"]);
        let probs = vec![
            vec![0.9, 0.1],
            vec![0.8, 0.2],
            vec![0.35, 0.65],
            vec![0.6, 0.4],
        ];
        let truth = [0, 1, 1, 1];
        let predicted = [0, 0, 1, 0];
        let m = Metrics::compute(&labels, &truth, &predicted, &probs, None, None).unwrap();
        close(m.ece, 0.2875);
        let ll = -(0.9f64.ln() + 0.2f64.ln() + 0.65f64.ln() + 0.4f64.ln()) / 4.0;
        close(m.log_loss, ll);
    }

    #[test]
    fn log_loss_of_zero_probability_is_finite() {
        let labels = names(&["a", "b"]);
        let probs = vec![vec![1.0, 0.0]];
        let m = Metrics::compute(&labels, &[1], &[0], &probs, None, None).unwrap();
        close(m.log_loss, -LOG_LOSS_EPS.ln());
    }

    #[test]
    fn groups_are_listed_worst_first_with_ties_by_name() {
        // rows:   0  1  2  3  4  5  6
        // group:  x  y  x  z  y  w  z
        // right:  y  n  n  y  n  y  n
        // x 1/2, y 0/2, z 1/2, w 1/1 → y (0), x (0.5), z (0.5), w (1)
        let labels = names(&["a", "b"]);
        let truth = [0, 0, 0, 0, 0, 0, 0];
        let predicted = [0, 1, 1, 0, 1, 0, 1];
        let groups = names(&["x", "y", "x", "z", "y", "w", "z"]);
        let probs = confident(&predicted, 2, 0.9);
        let m = Metrics::compute(&labels, &truth, &predicted, &probs, Some(&groups), None).unwrap();
        let order: Vec<(&str, u64, f64)> = m
            .per_group
            .iter()
            .map(|g| (g.group.as_str(), g.rows, g.accuracy))
            .collect();
        assert_eq!(
            order,
            vec![("y", 2, 0.0), ("x", 2, 0.5), ("z", 2, 0.5), ("w", 1, 1.0)]
        );
    }

    #[test]
    fn compute_rejects_bad_input() {
        let labels = names(&["a", "b"]);
        let p = vec![vec![0.5, 0.5]; 2];
        let g = names(&["x"]);
        let cases: Vec<Result<Metrics>> = vec![
            Metrics::compute(&[], &[], &[], &[], None, None),
            Metrics::compute(&labels, &[], &[], &[], None, None),
            Metrics::compute(&labels, &[0, 1], &[0], &p, None, None),
            Metrics::compute(&labels, &[0, 1], &[0, 1], &p[..1], None, None),
            Metrics::compute(&labels, &[0, 1], &[0, 1], &p, Some(&g), None),
            Metrics::compute(&labels, &[0, 1], &[0, 1], &p, None, Some(&[0])),
            Metrics::compute(&labels, &[0, 2], &[0, 1], &p, None, None),
            Metrics::compute(&labels, &[0, 1], &[0, 5], &p, None, None),
            Metrics::compute(
                &labels,
                &[0, 1],
                &[0, 1],
                &[vec![1.0], vec![1.0]],
                None,
                None,
            ),
            Metrics::compute(
                &labels,
                &[0, 1],
                &[0, 1],
                &[vec![f64::NAN, 0.5], vec![0.5, 0.5]],
                None,
                None,
            ),
            Metrics::compute(
                &labels,
                &[0, 1],
                &[0, 1],
                &[vec![1.5, 0.5], vec![0.5, 0.5]],
                None,
                None,
            ),
        ];
        for (i, case) in cases.into_iter().enumerate() {
            assert!(matches!(case, Err(Error::Invalid(_))), "case {i}: {case:?}");
        }
    }

    #[test]
    fn fitted_offsets_make_the_label_frequencies_come_out() {
        // Flat logits: the best offsets are the log label frequencies (centred).
        let truth = [0, 0, 0, 0, 0, 1, 1, 1, 2, 2];
        let logits = vec![vec![0.0; 3]; truth.len()];
        let b = fit_offsets(&logits, &truth).unwrap();
        let want: Vec<f64> = [0.5f64, 0.3, 0.2].iter().map(|p| p.ln()).collect();
        let mean = want.iter().sum::<f64>() / 3.0;
        let near = |a: f64, b: f64| assert!((a - b).abs() < 1e-8, "{a} != {b}");
        for (got, want) in b.iter().zip(&want) {
            near(*got, want - mean);
        }
        let p = apply_offsets(&logits[..1], &b);
        near(p[0][0], 0.5);
        near(p[0][2], 0.2);
        assert!(fit_offsets(&[], &[]).is_err());
    }

    #[test]
    fn metrics_round_trip_through_json() {
        let m = three_class();
        let json = serde_json::to_string(&m).unwrap();
        let back: Metrics = serde_json::from_str(&json).unwrap();
        assert_eq!(back, m);
    }

    /// Rows in `n_groups` groups of 3 to 12 rows, labels cycling over 3, so every
    /// label has at least `n_groups` rows.
    fn corpus(n_groups: usize, rng: &mut SplitMix64) -> (Vec<String>, Vec<usize>) {
        let mut groups = Vec::new();
        for g in 0..n_groups {
            for _ in 0..3 + rng.below(10) {
                groups.push(format!("outlet{g}"));
            }
        }
        rng.shuffle(&mut groups);
        let labels = (0..groups.len()).map(|i| i % 3).collect();
        (groups, labels)
    }

    #[test]
    fn grouped_folds_partition_rows_and_never_share_a_group() {
        for seed in 0..50u64 {
            let mut rng = SplitMix64(seed ^ 0xABCD);
            let k = 2 + rng.below(4);
            let (groups, labels) = corpus(k + 3 + rng.below(10), &mut rng);
            let folds = grouped_k_fold(&groups, &labels, k, seed).unwrap();
            assert_eq!(folds.len(), k);

            let mut seen = vec![0u32; groups.len()];
            let mut fold_of: BTreeMap<&str, usize> = BTreeMap::new();
            for (f, fold) in folds.iter().enumerate() {
                assert!(!fold.is_empty(), "seed {seed}: fold {f} is empty");
                assert!(fold.windows(2).all(|w| w[0] < w[1]));
                for &row in fold {
                    seen[row] += 1;
                    let prev = *fold_of.entry(groups[row].as_str()).or_insert(f);
                    assert_eq!(prev, f, "seed {seed}: {} in two folds", groups[row]);
                }
            }
            assert!(seen.iter().all(|&c| c == 1), "seed {seed}: not a partition");

            // Greedy assignment to the smallest fold keeps sizes within one group.
            let largest = fold_of
                .keys()
                .map(|g| groups.iter().filter(|x| x == g).count())
                .max()
                .unwrap();
            let sizes: Vec<usize> = folds.iter().map(Vec::len).collect();
            let spread = sizes.iter().max().unwrap() - sizes.iter().min().unwrap();
            assert!(spread <= largest, "seed {seed}: sizes {sizes:?}");
        }
    }

    #[test]
    fn grouped_folds_balance_equal_groups_exactly() {
        // 12 groups of 3 rows into 4 folds: each fold gets 3 groups, 9 rows.
        let groups: Vec<String> = (0..36).map(|i| format!("g{}", i / 3)).collect();
        let labels: Vec<usize> = (0..36).map(|i| i % 2).collect();
        let folds = grouped_k_fold(&groups, &labels, 4, 7).unwrap();
        assert!(folds.iter().all(|f| f.len() == 9));
    }

    #[test]
    fn grouped_folds_are_deterministic_for_a_seed() {
        let mut rng = SplitMix64(1);
        let (groups, labels) = corpus(20, &mut rng);
        let a = grouped_k_fold(&groups, &labels, 5, 42).unwrap();
        let b = grouped_k_fold(&groups, &labels, 5, 42).unwrap();
        assert_eq!(a, b);
        // Equal-sized groups are tie-broken by the seed, so some seed differs.
        let equal: Vec<String> = (0..40).map(|i| format!("g{}", i / 2)).collect();
        let labels: Vec<usize> = (0..40).map(|i| i % 2).collect();
        let first = grouped_k_fold(&equal, &labels, 4, 0).unwrap();
        assert!((1..20).any(|s| grouped_k_fold(&equal, &labels, 4, s).unwrap() != first));
    }

    #[test]
    fn grouped_folds_reject_impossible_splits() {
        let groups = names(&["a", "a", "b", "b", "c", "c"]);
        let labels = [0, 1, 0, 1, 0, 1];
        let err = grouped_k_fold(&groups, &labels, 1, 0).unwrap_err();
        assert!(
            matches!(&err, Error::Invalid(m) if m.contains("k = 1")),
            "{err}"
        );

        let err = grouped_k_fold(&groups, &labels, 4, 0).unwrap_err();
        assert!(
            matches!(&err, Error::Invalid(m) if m.contains("at least 4 distinct groups, found 3")),
            "{err}"
        );

        let labels = [0, 1, 0, 1, 0, 2];
        let err = grouped_k_fold(&groups, &labels, 2, 0).unwrap_err();
        assert!(
            matches!(&err, Error::Invalid(m) if m.contains("label 2 has 1 rows")),
            "{err}"
        );

        let err = grouped_k_fold(&groups, &labels[..5], 2, 0).unwrap_err();
        assert!(matches!(err, Error::Invalid(_)));
        let err = grouped_k_fold(&[], &[], 2, 0).unwrap_err();
        assert!(matches!(err, Error::Invalid(_)));
    }

    #[test]
    fn cv_summary_means_and_sample_deviation() {
        // Fold accuracies 2/3 and 1 (three_class and a perfect fold):
        // mean = 5/6, sample std = sqrt(((2/3 − 5/6)² + (1 − 5/6)²)/1) = sqrt(2/36) = √2/6.
        let first = three_class();
        let labels = names(&["a", "b", "c"]);
        let truth = [0, 1, 2];
        let second = Metrics::compute(
            &labels,
            &truth,
            &truth,
            &confident(&truth, 3, 1.0),
            None,
            Some(&[0, 1, 2]),
        )
        .unwrap();
        let s = CvSummary::from_folds(&[first, second]);
        assert_eq!(s.folds, 2);
        close(s.accuracy.mean, 5.0 / 6.0);
        close(s.accuracy.std, 2f64.sqrt() / 6.0);
        // MAE 5/9 and 0 → mean 5/18.
        close(s.mae.unwrap().mean, 5.0 / 18.0);
        assert_eq!(s.per_fold.len(), 2);
        assert_eq!(s.per_fold[1].accuracy, 1.0);
    }

    #[test]
    fn cv_summary_drops_mae_unless_every_fold_has_it() {
        let labels = names(&["a", "b", "c"]);
        let probs = confident(&PRED, 3, 0.8);
        let without = Metrics::compute(&labels, &TRUTH, &PRED, &probs, None, None).unwrap();
        let s = CvSummary::from_folds(&[three_class(), without]);
        assert_eq!(s.mae, None);
        let empty = CvSummary::from_folds(&[]);
        assert_eq!(empty.folds, 0);
        assert_eq!(
            empty.accuracy,
            MeanStd {
                mean: 0.0,
                std: 0.0
            }
        );
    }

    #[test]
    fn prior_offsets_make_the_mean_probabilities_the_prior_whatever_the_labels() {
        // Logits that lean to label 2; a uniform prior pulls the mean back to 1/3 each.
        let logits: Vec<Vec<f64>> = (0..9)
            .map(|i| vec![0.1 * i as f64, -0.2, 0.8 - 0.05 * i as f64])
            .collect();
        let b = fit_prior_offsets(&logits, &[1.0, 1.0, 1.0]).unwrap();
        assert!(b.iter().sum::<f64>().abs() < 1e-9);
        let p = apply_offsets(&logits, &b);
        for j in 0..3 {
            let mean = p.iter().map(|r| r[j]).sum::<f64>() / p.len() as f64;
            assert!((mean - 1.0 / 3.0).abs() < 1e-8, "label {j}: {mean}");
        }
        assert!(b[2] < 0.0 && b[1] > 0.0, "{b:?}");
        // Flat logits: the offsets are the log prior (centred); shares are normalised.
        let flat = vec![vec![0.0; 3]; 4];
        let b = fit_prior_offsets(&flat, &[5.0, 3.0, 2.0]).unwrap();
        let want: Vec<f64> = [0.5f64, 0.3, 0.2].iter().map(|p| p.ln()).collect();
        let mean = want.iter().sum::<f64>() / 3.0;
        for (got, want) in b.iter().zip(&want) {
            assert!((got - (want - mean)).abs() < 1e-8, "{got} != {want}");
        }
        // The likelihood rule is the prior rule at the rows' label shares.
        let truth = [0, 2, 2, 1, 2, 0, 2, 1, 2];
        let by_labels = fit_offsets(&logits, &truth).unwrap();
        let by_shares = fit_prior_offsets(&logits, &[2.0, 2.0, 5.0]).unwrap();
        for (a, b) in by_labels.iter().zip(&by_shares) {
            assert!((a - b).abs() < 1e-8, "{a} != {b}");
        }
    }

    #[test]
    fn prior_offsets_reject_bad_input() {
        let cases = [
            fit_prior_offsets(&[], &[1.0, 1.0]),
            fit_prior_offsets(&[vec![1.0, 0.0]], &[1.0]),
            fit_prior_offsets(&[vec![1.0, 0.0]], &[1.0, 0.0]),
            fit_prior_offsets(&[vec![1.0, 0.0]], &[1.0, f64::NAN]),
            fit_prior_offsets(&[vec![1.0, 0.0], vec![1.0]], &[1.0, 1.0]),
            fit_prior_offsets(&[vec![f64::INFINITY, 0.0]], &[1.0, 1.0]),
        ];
        for (i, case) in cases.into_iter().enumerate() {
            assert!(matches!(case, Err(Error::Invalid(_))), "case {i}: {case:?}");
        }
    }

    #[test]
    fn fit_offsets_rejects_bad_input() {
        let cases = [
            fit_offsets(&[], &[]),
            fit_offsets(&[vec![1.0, 0.0]], &[0, 1]),
            fit_offsets(&[vec![1.0, 0.0], vec![1.0]], &[0, 0]),
            fit_offsets(&[vec![1.0, 0.0]], &[2]),
            fit_offsets(&[vec![f64::INFINITY, 0.0]], &[0]),
            fit_offsets(&[vec![]], &[0]),
        ];
        for (i, case) in cases.into_iter().enumerate() {
            assert!(matches!(case, Err(Error::Invalid(_))), "case {i}: {case:?}");
        }
    }
}
