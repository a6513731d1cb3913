//! Reading a multi-label corpus and fitting one logistic regression per label, with
//! grouped cross-validation to choose each label's threshold.
//!
//! A row may be coded for only some of the labels (its `known` labels: a corpus coded
//! with a smaller codebook, mapped onto a larger one). Each label's regression trains
//! on the rows coded for it, so a codebook that cannot express a label never counts
//! as evidence against it.

use super::{decide, decide_per_label, MultiLabelModel, MultiTrainingInfo, PerLabelRule};
use crate::features::{FeatureConfig, Scratch, Vectorizer};
use crate::model::Progress;
use crate::{Error, Result};
use linfa::prelude::*;
use linfa_logistic::LogisticRegression;
use ndarray::{Array1, Array2, Axis};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::Path;

/// Most labels a multi-label model may have (each row's labels are a bit set).
pub const MAX_LABELS: usize = 64;

/// Rows for multi-label training: texts, each row's labels and known labels as bit
/// sets over `label_names`, and a group per row (outlet, source) for cross-validation.
#[derive(Debug, Clone, Default)]
pub struct MultiLabelSet {
    /// Row ids (for messages).
    pub ids: Vec<String>,
    /// Headlines, when the corpus has them.
    pub titles: Vec<Option<String>>,
    /// Texts.
    pub texts: Vec<String>,
    /// Per row: bit `j` set when label `j` applies.
    pub labels: Vec<u64>,
    /// Per row: bit `j` set when the row was coded for label `j` at all.
    pub known: Vec<u64>,
    /// The label names.
    pub label_names: Vec<String>,
    /// Per row: its group's name.
    pub groups: Vec<String>,
    /// Per row: true when the row is one the decision rule's k is chosen on (full
    /// articles rather than sentences or headlines); empty means every row.
    pub rule_rows: Vec<bool>,
}

/// How to read a multi-label corpus.
#[derive(Debug, Clone)]
pub struct MultiFields<'a> {
    /// The text field.
    pub text: &'a str,
    /// The headline field (used when present).
    pub title: &'a str,
    /// The id field.
    pub id: &'a str,
    /// The field holding each row's labels: an array of strings (or one string).
    pub labels: &'a str,
    /// The field listing the labels each row was coded for (all when absent).
    pub known: Option<&'a str>,
    /// The field naming each row's group (the row's id when absent).
    pub group: Option<&'a str>,
    /// Keep only rows whose field has one of these values.
    pub split: Option<(&'a str, &'a [String])>,
    /// Rows whose field has one of these values are the ones the top-k rule is chosen
    /// on (every row when absent).
    pub rule_rows: Option<(&'a str, &'a [String])>,
    /// The labels in order; when empty, every label seen, sorted.
    pub label_names: &'a [String],
    /// Largest line read, in bytes.
    pub max_line_bytes: usize,
}

/// Reads a multi-label JSONL corpus (plain or gzip). A bad row is an error naming the
/// file and line.
pub fn read_multi_corpus(path: &Path, fields: &MultiFields) -> Result<MultiLabelSet> {
    read_multi_rows(crate::corpus::open(path)?, path, fields)
}

/// Reads multi-label JSON Lines from any buffered reader (no gzip detection); `path`
/// stands for the rows in messages (`path:line`).
pub fn read_multi_rows(
    reader: impl std::io::BufRead,
    path: &Path,
    fields: &MultiFields,
) -> Result<MultiLabelSet> {
    let mut set = MultiLabelSet::default();
    let mut names: Vec<String> = fields.label_names.to_vec();
    let fixed = !names.is_empty();
    let mut raw_labels: Vec<(Vec<String>, Option<Vec<String>>)> = Vec::new();
    for (i, line) in reader.split(b'\n').enumerate() {
        let place = format!("{}:{}", path.display(), i + 1);
        let line = line.map_err(|e| Error::io(path, e))?;
        if line.len() > fields.max_line_bytes {
            return Err(Error::input(
                &place,
                format!(
                    "line of {} bytes, over the limit of {} (--max-article-bytes)",
                    line.len(),
                    fields.max_line_bytes
                ),
            ));
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let obj: serde_json::Map<String, serde_json::Value> = serde_json::from_slice(&line)
            .map_err(|e| Error::input(&place, format!("not a JSON object ({e})")))?;
        let string = |name: &str| -> Result<Option<String>> {
            match obj.get(name) {
                None | Some(serde_json::Value::Null) => Ok(None),
                Some(serde_json::Value::String(s)) => Ok(Some(s.clone())),
                Some(serde_json::Value::Number(n)) => Ok(Some(n.to_string())),
                Some(_) => Err(Error::input(
                    &place,
                    format!("field \"{name}\" should be a string"),
                )),
            }
        };
        if let Some((field, values)) = fields.split {
            match string(field)? {
                Some(v) if values.contains(&v) => {}
                _ => continue,
            }
        }
        let Some(text) = string(fields.text)? else {
            return Err(Error::input(
                &place,
                format!("no \"{}\" field (choose it with --text-field)", fields.text),
            ));
        };
        let list = |name: &str| -> Result<Option<Vec<String>>> {
            match obj.get(name) {
                None | Some(serde_json::Value::Null) => Ok(None),
                Some(serde_json::Value::String(s)) if s.is_empty() => Ok(Some(Vec::new())),
                Some(serde_json::Value::String(s)) => Ok(Some(vec![s.clone()])),
                Some(serde_json::Value::Array(items)) => items
                    .iter()
                    .map(|v| match v {
                        serde_json::Value::String(s) if !s.is_empty() => Ok(s.clone()),
                        _ => Err(Error::input(
                            &place,
                            format!("field \"{name}\" should list labels as non-empty strings"),
                        )),
                    })
                    .collect::<Result<Vec<_>>>()
                    .map(Some),
                Some(_) => Err(Error::input(
                    &place,
                    format!("field \"{name}\" should be an array of labels"),
                )),
            }
        };
        let Some(labels) = list(fields.labels)? else {
            return Err(Error::input(
                &place,
                format!(
                    "no \"{}\" field (choose the labels field with --labels-field)",
                    fields.labels
                ),
            ));
        };
        let known = match fields.known {
            Some(k) => list(k)?,
            None => None,
        };
        for l in labels.iter().chain(known.iter().flatten()) {
            if !names.contains(l) {
                if fixed {
                    return Err(Error::input(
                        &place,
                        format!(
                            "label \"{l}\" is not one of --labels ({})",
                            names.join(", ")
                        ),
                    ));
                }
                names.push(l.clone());
            }
        }
        if names.len() > MAX_LABELS {
            return Err(Error::input(
                &place,
                format!("more than {MAX_LABELS} distinct labels"),
            ));
        }
        let id = string(fields.id)?.unwrap_or_else(|| place.clone());
        let group = match fields.group {
            Some(g) => string(g)?.unwrap_or_default(),
            None => id.clone(),
        };
        set.titles.push(string(fields.title)?);
        set.texts.push(text);
        set.ids.push(id);
        set.groups.push(group);
        if let Some((field, values)) = fields.rule_rows {
            let v = string(field)?;
            set.rule_rows.push(v.is_some_and(|v| values.contains(&v)));
        }
        raw_labels.push((labels, known));
    }
    if set.texts.is_empty() {
        return Err(Error::Invalid(format!(
            "{}: no rows to train on (check --split-field and --train-values)",
            path.display()
        )));
    }
    if !fixed {
        names.sort();
    }
    let bits = |ls: &[String]| {
        ls.iter().fold(0u64, |b, l| {
            b | 1 << names.iter().position(|n| n == l).expect("named")
        })
    };
    let all = if names.len() == 64 {
        u64::MAX
    } else {
        (1u64 << names.len()) - 1
    };
    for (labels, known) in &raw_labels {
        let l = bits(labels);
        set.labels.push(l);
        set.known
            .push(known.as_deref().map_or(all, |k| bits(k) | l));
    }
    set.label_names = names;
    Ok(set)
}

impl MultiLabelSet {
    /// Number of rows.
    pub fn len(&self) -> usize {
        self.texts.len()
    }

    /// True when there are no rows.
    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }

    fn has(&self, row: usize, label: usize) -> bool {
        self.labels[row] >> label & 1 == 1
    }

    fn knows(&self, row: usize, label: usize) -> bool {
        self.known[row] >> label & 1 == 1
    }

    /// True when the top-k rule is chosen on `row`.
    fn rule_row(&self, row: usize) -> bool {
        self.rule_rows.get(row).copied().unwrap_or(true)
    }
}

/// Multi-label training parameters.
#[derive(Debug, Clone)]
pub struct MultiTrainParams {
    /// How articles become terms (blocks are not read; the cue block is `cues`).
    pub features: FeatureConfig,
    /// Read the frame-cue block (`data/frames.txt`). Default true.
    pub cues: bool,
    /// L2 penalty. Default 1.0.
    pub alpha: f32,
    /// L-BFGS iterations per label. Default 100.
    pub max_iterations: u64,
    /// Seed for the cross-validation folds. Default 42.
    pub seed: u64,
    /// Grouped cross-validation folds for the thresholds; below 2, thresholds are 0.5.
    /// Default 5.
    pub folds: usize,
    /// The decision rule's number of most likely labels always present. Default 0.
    pub top_k: usize,
    /// When set, cross-validation chooses `top_k` instead: the k in `0..=max` with
    /// the best mean of micro- and macro-F1 on the rule rows
    /// ([`MultiLabelSet::rule_rows`]), the smallest on ties. Needs `folds` ≥ 2.
    pub choose_top_k: Option<usize>,
    /// A top-k label needs at least this probability (unless over its threshold).
    /// Default 0.
    pub min_probability: f32,
    /// Rank labels by probability over threshold, with a cap. Default `None`.
    pub per_label: Option<PerLabelRule>,
    /// Each label whose positive rows are less than this share of its coded rows has
    /// its positive rows repeated (whole copies) to come near it, so rare labels weigh
    /// more in their fit. Default 0 (no repetition).
    pub positive_share: f32,
}

impl Default for MultiTrainParams {
    fn default() -> Self {
        let mut features = FeatureConfig::default();
        features.blocks.clear();
        features.vocabulary.max_features = 5000;
        features.vocabulary.min_df = 3;
        MultiTrainParams {
            features,
            cues: true,
            alpha: 1.0,
            max_iterations: 100,
            seed: 42,
            folds: 5,
            top_k: 0,
            choose_top_k: None,
            min_probability: 0.0,
            per_label: None,
            positive_share: 0.0,
        }
    }
}

/// How many copies of each positive row a label with `positives` of `coded` rows gets
/// so its positive share comes near `share` (whole copies, at least 1).
pub fn positive_copies(positives: usize, coded: usize, share: f32) -> usize {
    if positives == 0 || share <= 0.0 || positives as f64 >= share as f64 * coded as f64 {
        return 1;
    }
    let negatives = (coded - positives) as f64;
    let share = share as f64;
    ((share * negatives / ((1.0 - share) * positives as f64)).floor() as usize).max(1)
}

/// One label's cross-validated figures.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LabelFigures {
    /// The label.
    pub label: String,
    /// Rows coded for it that were positive.
    pub support: usize,
    /// The threshold chosen on the out-of-fold probabilities.
    pub threshold: f32,
    /// Precision at that threshold.
    pub precision: f64,
    /// Recall at that threshold.
    pub recall: f64,
    /// F1 at that threshold.
    pub f1: f64,
    /// F1 with the top-k rule added.
    pub f1_top_k: f64,
}

/// Grouped cross-validation figures (out-of-fold predictions, on the cells each row
/// was coded for).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CvFigures {
    /// Folds.
    pub folds: usize,
    /// Groups the folds were made of.
    pub groups: usize,
    /// Per label.
    pub per_label: Vec<LabelFigures>,
    /// Micro-F1 with each label's threshold.
    pub micro_f1: f64,
    /// Macro-F1 with each label's threshold (labels with positives).
    pub macro_f1: f64,
    /// The k of the top-k rule the next two figures use.
    pub top_k: usize,
    /// Micro-F1 with the top-k rule plus thresholds.
    pub micro_f1_top_k: f64,
    /// Macro-F1 with the top-k rule plus thresholds.
    pub macro_f1_top_k: f64,
    /// Rows the top-k rule was measured on (full articles), when they were chosen.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub rule_rows: usize,
    /// Micro- and macro-F1 on the rule rows for each k tried, thresholds kept.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rule: Vec<RuleFigures>,
}

/// The decision rule "top-k plus thresholds" measured out of fold on the rule rows.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RuleFigures {
    /// The k.
    pub top_k: usize,
    /// Micro-F1 on the rule rows.
    pub micro_f1: f64,
    /// Macro-F1 on the rule rows (labels with positives there).
    pub macro_f1: f64,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// Assigns groups to `k` folds: largest group first, each to the fold with the fewest
/// rows so far (ties to the lowest fold). Groups of equal size are ordered by a hash
/// of the seed and their name, so the seed changes the folds.
pub fn group_folds(groups: &[String], k: usize, seed: u64) -> Vec<usize> {
    use sha2::{Digest, Sha256};
    let mut sizes: HashMap<&str, usize> = HashMap::new();
    for g in groups {
        *sizes.entry(g).or_default() += 1;
    }
    let mut order: Vec<(usize, [u8; 32], &str)> = sizes
        .iter()
        .map(|(&g, &n)| {
            let mut h = Sha256::new();
            h.update(seed.to_le_bytes());
            h.update(g.as_bytes());
            (n, h.finalize().into(), g)
        })
        .collect();
    order.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut load = vec![0usize; k];
    let mut fold_of: HashMap<&str, usize> = HashMap::new();
    for (n, _, g) in order {
        let f = (0..k).min_by_key(|&f| (load[f], f)).expect("k >= 1");
        load[f] += n;
        fold_of.insert(g, f);
    }
    groups.iter().map(|g| fold_of[g.as_str()]).collect()
}

impl MultiTrainParams {
    /// Checks the parameters.
    pub fn check(&self) -> Result<()> {
        if !(self.alpha.is_finite() && self.alpha > 0.0) {
            return Err(Error::Invalid(format!(
                "alpha must be positive, got {}",
                self.alpha
            )));
        }
        if self.max_iterations == 0 {
            return Err(Error::Invalid(
                "at least one L-BFGS iteration is needed (--iterations 1 or more)".into(),
            ));
        }
        if !(1..=2).contains(&self.features.vocabulary.ngram_max) {
            return Err(Error::Invalid("n-grams must be 1 or 2".into()));
        }
        if !(0.0..=1.0).contains(&self.min_probability) {
            return Err(Error::Invalid(format!(
                "a minimum probability must be between 0 and 1, got {}",
                self.min_probability
            )));
        }
        if !(0.0..1.0).contains(&self.positive_share) {
            return Err(Error::Invalid(format!(
                "a positive share must be at least 0 and below 1, got {}",
                self.positive_share
            )));
        }
        if let Some(rule) = &self.per_label {
            rule.check()?;
            if self.choose_top_k.is_some() {
                return Err(Error::Invalid(
                    "--top-k auto chooses K for the rule ranked by probability; give K with \
                     --rule per-label"
                        .into(),
                ));
            }
        }
        if self.choose_top_k.is_some() && self.folds < 2 {
            return Err(Error::Invalid(
                "choosing the top-k rule needs cross-validation (--cv 2 or more)".into(),
            ));
        }
        Ok(())
    }

    /// Fits the model: grouped cross-validation for the thresholds (when `folds` ≥ 2),
    /// then one fit on every row.
    pub fn fit(
        &self,
        data: &MultiLabelSet,
        info: MultiTrainingInfo,
        progress: &dyn Progress,
    ) -> Result<MultiLabelModel> {
        self.fit_keeping_folds(data, info, progress)
            .map(|(model, _)| model)
    }

    /// [`MultiTrainParams::fit`], also returning each row's out-of-fold probabilities
    /// (in label order; `None` without cross-validation), so other decision rules can be
    /// measured on them without refitting.
    pub fn fit_keeping_folds(
        &self,
        data: &MultiLabelSet,
        mut info: MultiTrainingInfo,
        progress: &dyn Progress,
    ) -> Result<(MultiLabelModel, Option<Vec<Vec<f64>>>)> {
        self.check()?;
        let k = data.label_names.len();
        let all: Vec<usize> = (0..data.len()).collect();
        let (thresholds, cv, probs) = if self.folds >= 2 {
            let (cv, probs) = self.cross_validate_keeping(data, progress)?;
            let t = cv.per_label.iter().map(|l| l.threshold).collect();
            (t, Some(cv), Some(probs))
        } else {
            (vec![0.5; k], None, None)
        };
        progress.start("fitting", Some(k as u64));
        let mut model = self.fit_rows(data, &all, progress)?;
        progress.finish();
        model.thresholds = thresholds;
        if let Some(cv) = &cv {
            model.top_k = cv.top_k;
        }
        model.set_min_probability(self.min_probability)?;
        model.set_per_label(self.per_label)?;
        info.rows = data.len();
        info.positives = (0..k)
            .map(|j| (0..data.len()).filter(|&r| data.has(r, j)).count())
            .collect();
        info.known = (0..k)
            .map(|j| (0..data.len()).filter(|&r| data.knows(r, j)).count())
            .collect();
        info.seed = self.seed;
        info.alpha = self.alpha;
        info.iterations = self.max_iterations;
        info.positive_share = self.positive_share;
        info.cv = cv;
        info.slant_version = env!("CARGO_PKG_VERSION").to_string();
        model.training = info;
        Ok((model, probs))
    }

    /// Out-of-fold probabilities of every row (grouped folds), and the thresholds and
    /// figures they give.
    pub fn cross_validate(
        &self,
        data: &MultiLabelSet,
        progress: &dyn Progress,
    ) -> Result<CvFigures> {
        self.cross_validate_keeping(data, progress)
            .map(|(cv, _)| cv)
    }

    /// [`MultiTrainParams::cross_validate`], also returning the out-of-fold probabilities.
    fn cross_validate_keeping(
        &self,
        data: &MultiLabelSet,
        progress: &dyn Progress,
    ) -> Result<(CvFigures, Vec<Vec<f64>>)> {
        let k = data.label_names.len();
        let folds = group_folds(&data.groups, self.folds, self.seed);
        let distinct: std::collections::HashSet<&String> = data.groups.iter().collect();
        if distinct.len() < self.folds {
            return Err(Error::Invalid(format!(
                "{} folds need at least {} groups; the rows have {}",
                self.folds,
                self.folds,
                distinct.len()
            )));
        }
        let mut probs = vec![vec![0f64; k]; data.len()];
        progress.start("cross-validation", Some((self.folds * k) as u64));
        for fold in 0..self.folds {
            let train: Vec<usize> = (0..data.len()).filter(|&r| folds[r] != fold).collect();
            let test: Vec<usize> = (0..data.len()).filter(|&r| folds[r] == fold).collect();
            let model = self.fit_rows(data, &train, progress)?;
            let p: Vec<Vec<f64>> = test
                .par_iter()
                .map_init(Scratch::default, |scratch, &r| {
                    let v = model.vector(data.titles[r].as_deref(), &data.texts[r], scratch);
                    model.probabilities(&v)
                })
                .collect();
            for (&r, p) in test.iter().zip(p) {
                probs[r] = p;
            }
        }
        progress.finish();
        let cv = figures(data, &probs, self.folds, distinct.len(), self);
        Ok((cv, probs))
    }

    /// Fits the vocabulary and one regression per label on `rows`.
    fn fit_rows(
        &self,
        data: &MultiLabelSet,
        rows: &[usize],
        progress: &dyn Progress,
    ) -> Result<MultiLabelModel> {
        let k = data.label_names.len();
        let docs: Vec<(Option<&str>, &str)> = rows
            .iter()
            .map(|&r| (data.titles[r].as_deref(), data.texts[r].as_str()))
            .collect();
        // The vocabulary ranks terms by chi-square against one label per row: its
        // rarest label (the most informative one), or "none".
        let count: Vec<usize> = (0..k)
            .map(|j| rows.iter().filter(|&&r| data.has(r, j)).count())
            .collect();
        let pseudo: Vec<usize> = rows
            .iter()
            .map(|&r| {
                (0..k)
                    .filter(|&j| data.has(r, j))
                    .min_by_key(|&j| (count[j], j))
                    .unwrap_or(k)
            })
            .collect();
        let mut ids: HashMap<&str, u32> = HashMap::new();
        let groups: Vec<u32> = rows
            .iter()
            .map(|&r| {
                let n = ids.len() as u32;
                *ids.entry(data.groups[r].as_str()).or_insert(n)
            })
            .collect();
        let mut config = self.features.clone();
        config.blocks.clear();
        let vectorizer = Vectorizer::fit(config, &docs, &pseudo, k + 1, Some(&groups), &|| {});
        if vectorizer.vocabulary().is_empty() {
            return Err(Error::Invalid(format!(
                "no term is in at least {} training rows; lower --min-df or add rows",
                self.features.vocabulary.min_df
            )));
        }
        let lexicon = self
            .cues
            .then(|| crate::features::frame_cues::BUILTIN.to_string());
        let empty = |vectorizer| {
            let f = vectorizer_features(&vectorizer, self.cues);
            MultiLabelModel::from_parts(
                data.label_names.clone(),
                vectorizer,
                lexicon.clone(),
                vec![0.0; f * k],
                vec![0.0; k],
                vec![0.5; k],
                self.top_k,
                MultiTrainingInfo::default(),
            )
        };
        let mut model = empty(vectorizer)?;
        let f = model.n_features();
        let n = rows.len();
        let mut x = Array2::<f32>::zeros((n, f));
        x.axis_chunks_iter_mut(Axis(0), 256)
            .into_par_iter()
            .enumerate()
            .for_each(|(c, mut chunk)| {
                let mut scratch = Scratch::default();
                for (i, mut row) in chunk.outer_iter_mut().enumerate() {
                    let (title, body) = docs[c * 256 + i];
                    let v = model.vector(title, body, &mut scratch);
                    for h in &v.terms.hits {
                        row[h.feature as usize] = h.value;
                    }
                    let base = f - v.blocks.len();
                    for (b, &value) in v.blocks.iter().enumerate() {
                        row[base + b] = value;
                    }
                }
            });
        for j in 0..k {
            let mut coded: Vec<usize> = (0..n).filter(|&i| data.knows(rows[i], j)).collect();
            let positives = coded.iter().filter(|&&i| data.has(rows[i], j)).count();
            let copies = positive_copies(positives, coded.len(), self.positive_share);
            if copies > 1 {
                let extra: Vec<usize> = coded
                    .iter()
                    .copied()
                    .filter(|&i| data.has(rows[i], j))
                    .collect();
                for _ in 1..copies {
                    coded.extend_from_slice(&extra);
                }
            }
            let y: Vec<bool> = coded.iter().map(|&i| data.has(rows[i], j)).collect();
            let positives = y.iter().filter(|&&b| b).count();
            if positives == 0 || positives == y.len() {
                // One class only: a constant model at the smoothed base rate.
                let p = (positives as f64 + 0.5) / (y.len() as f64 + 1.0);
                model.intercept[j] = (p / (1.0 - p)).ln() as f32;
                progress.tick();
                continue;
            }
            let xs = if coded.len() == n {
                x.clone()
            } else {
                x.select(Axis(0), &coded)
            };
            let dataset = Dataset::new(xs, Array1::from(y));
            let fitted = LogisticRegression::<f32>::default()
                .alpha(self.alpha)
                .max_iterations(self.max_iterations)
                .gradient_tolerance(1e-6)
                .fit(&dataset)
                .map_err(|e| Error::Fit(format!("label \"{}\": {e}", data.label_names[j])))?;
            // linfa's positive class is the larger one: flip when that is "absent".
            let sign = if fitted.labels().pos.class { 1.0 } else { -1.0 };
            for (feat, &w) in fitted.params().iter().enumerate() {
                model.weights[feat * k + j] = sign * w;
            }
            model.intercept[j] = sign * fitted.intercept();
            progress.tick();
        }
        Ok(model)
    }
}

fn vectorizer_features(v: &Vectorizer, cues: bool) -> usize {
    v.vocabulary().len()
        + if cues {
            crate::features::frame_cues::FRAMES.len()
        } else {
            0
        }
}

/// Precision, recall and F1 from counts (0 when undefined).
pub fn prf(tp: usize, fp: usize, fne: usize) -> (f64, f64, f64) {
    let p = crate::math::ratio(tp, tp + fp);
    let r = crate::math::ratio(tp, tp + fne);
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

/// Thresholds and figures from out-of-fold probabilities: each label's threshold is
/// the one (of 0.02, 0.03, …, 0.98) with the best F1 on its coded rows, the lowest
/// on ties; a label without positives gets 1 (never present by threshold).
fn figures(
    data: &MultiLabelSet,
    probs: &[Vec<f64>],
    folds: usize,
    groups: usize,
    params: &MultiTrainParams,
) -> CvFigures {
    let (top_k, choose_top_k) = (params.top_k, params.choose_top_k);
    let k = data.label_names.len();
    let mut thresholds = vec![1f32; k];
    for (j, t) in thresholds.iter_mut().enumerate() {
        let support = (0..data.len())
            .filter(|&r| data.knows(r, j) && data.has(r, j))
            .count();
        if support == 0 {
            continue;
        }
        let mut best = (-1.0, 0.5f32);
        for step in 2..=98 {
            let th = step as f32 / 100.0;
            let (mut tp, mut fp, mut fne) = (0, 0, 0);
            for r in (0..data.len()).filter(|&r| data.knows(r, j)) {
                match (probs[r][j] >= th as f64, data.has(r, j)) {
                    (true, true) => tp += 1,
                    (true, false) => fp += 1,
                    (false, true) => fne += 1,
                    _ => {}
                }
            }
            let f1 = prf(tp, fp, fne).2;
            if f1 > best.0 {
                best = (f1, th);
            }
        }
        *t = best.1;
    }
    // k = 0 is the thresholds alone, whatever the rest of the rule.
    let rule = |top: usize| -> Vec<Vec<bool>> {
        probs
            .iter()
            .map(|p| match (&params.per_label, top) {
                (_, 0) => decide(p, &thresholds, 0, 0.0),
                (None, _) => decide(p, &thresholds, top, params.min_probability),
                (Some(r), _) => decide_per_label(p, &thresholds, top, params.min_probability, r),
            })
            .collect()
    };
    let score_on = |pred: &[Vec<bool>], only_rule_rows: bool| {
        let mut per = Vec::new();
        let (mut tp_all, mut fp_all, mut fn_all) = (0, 0, 0);
        for j in 0..k {
            let (mut tp, mut fp, mut fne) = (0, 0, 0);
            let cells = pred
                .iter()
                .enumerate()
                .filter(|&(r, _)| data.knows(r, j) && (!only_rule_rows || data.rule_row(r)));
            for (r, row) in cells {
                match (row[j], data.has(r, j)) {
                    (true, true) => tp += 1,
                    (true, false) => fp += 1,
                    (false, true) => fne += 1,
                    _ => {}
                }
            }
            tp_all += tp;
            fp_all += fp;
            fn_all += fne;
            per.push((tp + fne, prf(tp, fp, fne)));
        }
        let with_support: Vec<f64> = per.iter().filter(|p| p.0 > 0).map(|p| p.1 .2).collect();
        let macro_f1 = with_support.iter().sum::<f64>() / with_support.len().max(1) as f64;
        (per, prf(tp_all, fp_all, fn_all).2, macro_f1)
    };
    let score = |pred: &[Vec<bool>]| score_on(pred, false);
    // The rule's k: given, or the best out-of-fold mean of micro- and macro-F1 on the
    // rule rows (the full articles the model is meant for), the smallest k on ties.
    let mut rule_figures = Vec::new();
    let mut top_k = top_k;
    if let Some(max) = choose_top_k {
        let mut best = (f64::NEG_INFINITY, 0);
        for kk in 0..=max.min(k) {
            let (_, micro, macro_f1) = score_on(&rule(kk), true);
            let mean = (micro + macro_f1) / 2.0;
            if mean > best.0 + 1e-12 {
                best = (mean, kk);
            }
            rule_figures.push(RuleFigures {
                top_k: kk,
                micro_f1: micro,
                macro_f1,
            });
        }
        top_k = best.1;
    }
    let rule_rows = if choose_top_k.is_some() {
        (0..data.len()).filter(|&r| data.rule_row(r)).count()
    } else {
        0
    };
    let (per, micro, macro_f1) = score(&rule(0));
    let (per_k, micro_k, macro_k) = score(&rule(top_k));
    CvFigures {
        folds,
        groups,
        per_label: (0..k)
            .map(|j| LabelFigures {
                label: data.label_names[j].clone(),
                support: per[j].0,
                threshold: thresholds[j],
                precision: per[j].1 .0,
                recall: per[j].1 .1,
                f1: per[j].1 .2,
                f1_top_k: per_k[j].1 .2,
            })
            .collect(),
        micro_f1: micro,
        macro_f1,
        top_k,
        micro_f1_top_k: micro_k,
        macro_f1_top_k: macro_k,
        rule_rows,
        rule: rule_figures,
    }
}

#[cfg(test)]
mod copies_tests {
    use super::positive_copies;

    #[test]
    fn rare_positives_are_copied_toward_the_share_in_whole_copies() {
        // 10 of 100: 0.2 wants 90·0.2/0.8 = 22.5 positives, 2 copies of each.
        assert_eq!(positive_copies(10, 100, 0.2), 2);
        // 5 of 100: 95·0.25/0.75 ≈ 31.7, 6 copies.
        assert_eq!(positive_copies(5, 100, 0.25), 6);
        // At or over the share, no share, or no positives: the rows once.
        assert_eq!(positive_copies(30, 100, 0.2), 1);
        assert_eq!(positive_copies(10, 100, 0.0), 1);
        assert_eq!(positive_copies(0, 100, 0.2), 1);
        // Just under the share: still one copy, never none.
        assert_eq!(positive_copies(19, 100, 0.2), 1);
    }
}
