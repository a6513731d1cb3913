//! Training a model as `slant train` does: options checked before any work, the
//! labelled corpus read (JSON Lines, and with feature `web` HTML pages and WARC crawls
//! labelled by a [`LabelMap`](crate::input::labels::LabelMap)), rows selected (split,
//! hold-out, a cap per group), an optional grouped cross-validation, the fit, and the
//! held-out figures recorded in the model.
//!
//! ```no_run
//! use slant::train::{TrainCorpus, TrainOptions};
//! use slant::corpus::Fields;
//! use slant::model::Silent;
//!
//! let corpus = TrainCorpus::read(&["corpus.jsonl".into()], &Fields::default(), false, None)?;
//! let options = TrainOptions::new().group_field("publisher").max_per_group(1000);
//! let trained = slant::train::train(corpus, &options, &Silent)?;
//! trained.model.save("model.json.gz".as_ref())?;
//! # Ok::<(), slant::Error>(())
//! ```

pub mod multi;

use crate::corpus::{read_all, Article, Fields, JsonlReader};
use crate::eval::CvSummary;
use crate::features::{FeatureConfig, Ranking, TermNorm, TermTf};
use crate::model::{HeldOut, Model, Progress, TrainParams, TrainingInfo, TrainingSet};
use crate::{Error, Result};
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The options of `slant train`, with its defaults. Messages name the CLI's flags,
/// which the Python package's keyword arguments mirror.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainOptions {
    /// Field that selects the training rows (with `train_values`); all rows when absent.
    pub split_field: Option<String>,
    /// Values of `split_field` to train on. Default `["train"]`.
    pub train_values: Vec<String>,
    /// Values of `split_field` to evaluate on after training (figures saved in the model).
    pub holdout_values: Vec<String>,
    /// Field naming each row's group (e.g. publisher).
    pub group_field: Option<String>,
    /// A term must appear in at least this many groups to be a feature. Default 1.
    pub min_groups: u32,
    /// Offsets added to labels' intercepts after fitting, in the order given.
    pub logit_offsets: Vec<(String, f32)>,
    /// Train on at most this many rows of each group, chosen by `seed`.
    pub max_per_group: Option<usize>,
    /// Number of term features to keep. Default 20,000.
    pub features: usize,
    /// Minimum number of training documents a term must appear in. Default 5.
    pub min_df: u32,
    /// Longest n-gram (1 or 2). Default 2.
    pub ngrams: usize,
    /// L2 penalty. Default 1.0.
    pub alpha: f32,
    /// L-BFGS iterations. Default 100.
    pub iterations: u64,
    /// Picks the rows `max_per_group` keeps and the cross-validation folds. Default 42.
    pub seed: u64,
    /// Leave out the dense blocks (loaded language, sourcing): terms only.
    pub no_blocks: bool,
    /// Leave outlet fingerprints out of the terms.
    pub fingerprint_filter: bool,
    /// Leave the words of direct quotations out of the terms (a source's words).
    pub terms_outside_quotes: bool,
    /// Dense sourcing figures that do not drift with length.
    pub length_neutral: bool,
    /// How many times a headline term counts in its term frequency. Default 1.
    pub title_weight: u32,
    /// How the vocabulary ranks candidate terms. Default chi-square.
    pub ranking: Ranking,
    /// Drop a term when more than this share of its rows come from one group. Default 1.
    pub max_group_share: f64,
    /// Grouped K-fold cross-validation on the training rows before the final fit.
    pub cv: Option<usize>,
    /// Field whose groups never straddle a cross-validation split. Default `publisher`.
    pub group_by: String,
    /// How far toward equal total weight per group the rows are weighed (0 = off, 1 = equal).
    pub group_balance: f32,
    /// Shift each label's term weights so the terms' score does not track total term weight.
    pub residualise_length: bool,
    /// L2 penalty of the dense blocks as a multiple of the terms' (1 = the same).
    pub block_penalty: f32,
    /// Fit length as a nuisance feature, held at its training mean at scoring.
    pub adjust_length: bool,
    /// How the term block's vector is scaled. Default L2.
    pub term_norm: TermNorm,
    /// The term block's term frequency. Default sublinear.
    pub term_tf: TermTf,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            split_field: None,
            train_values: vec!["train".into()],
            holdout_values: Vec::new(),
            group_field: None,
            min_groups: 1,
            logit_offsets: Vec::new(),
            max_per_group: None,
            features: 20_000,
            min_df: 5,
            ngrams: 2,
            alpha: 1.0,
            iterations: 100,
            seed: 42,
            no_blocks: false,
            fingerprint_filter: false,
            terms_outside_quotes: false,
            length_neutral: false,
            title_weight: 1,
            ranking: Ranking::Chi2,
            max_group_share: 1.0,
            cv: None,
            group_by: "publisher".into(),
            group_balance: 0.0,
            residualise_length: false,
            block_penalty: 1.0,
            adjust_length: false,
            term_norm: TermNorm::L2,
            term_tf: TermTf::Sublinear,
        }
    }
}

/// The name `--ranking` gives a ranking.
pub fn ranking_name(r: Ranking) -> &'static str {
    match r {
        Ranking::Chi2 => "chi2",
        Ranking::Chi2Eta => "chi2-eta",
        Ranking::GroupF => "group-f",
    }
}

/// The ranking `--ranking NAME` names: `chi2`, `chi2-eta` or `group-f`.
pub fn parse_ranking(name: &str) -> Result<Ranking> {
    match name {
        "chi2" => Ok(Ranking::Chi2),
        "chi2-eta" => Ok(Ranking::Chi2Eta),
        "group-f" => Ok(Ranking::GroupF),
        _ => Err(Error::Invalid(format!(
            "--ranking \"{name}\" is not one of chi2, chi2-eta, group-f"
        ))),
    }
}

/// Parses `--term-norm`'s name (`l2`, `l1`).
pub fn parse_term_norm(name: &str) -> Result<TermNorm> {
    match name {
        "l2" => Ok(TermNorm::L2),
        "l1" => Ok(TermNorm::L1),
        _ => Err(Error::Invalid(format!(
            "--term-norm \"{name}\" is not one of l2, l1"
        ))),
    }
}

/// Parses `--term-tf`'s name (`sublinear`, `binary`).
pub fn parse_term_tf(name: &str) -> Result<TermTf> {
    match name {
        "sublinear" => Ok(TermTf::Sublinear),
        "binary" => Ok(TermTf::Binary),
        _ => Err(Error::Invalid(format!(
            "--term-tf \"{name}\" is not one of sublinear, binary"
        ))),
    }
}

/// Parses one `LABEL=OFFSET` pair of `--logit-offsets`.
pub fn parse_logit_offset(pair: &str) -> Result<(String, f32)> {
    let parsed = pair
        .split_once('=')
        .and_then(|(label, v)| Some((label.trim(), v.trim().parse::<f32>().ok()?)));
    match parsed {
        Some((label, v)) if !label.is_empty() && v.is_finite() => Ok((label.to_string(), v)),
        _ => Err(Error::Invalid(format!(
            "--logit-offsets: \"{pair}\" is not LABEL=NUMBER (e.g. --logit-offsets left=-0.4,right=-0.8)"
        ))),
    }
}

/// `--flag needs --group-field`.
fn needs_group(flag: &str) -> Error {
    Error::Invalid(format!(
        "{flag} needs --group-field (e.g. --group-field publisher)"
    ))
}

macro_rules! setters {
    ($($(#[$doc:meta])* $name:ident: $t:ty),* $(,)?) => {
        $( $(#[$doc])* pub fn $name(mut self, value: $t) -> Self {
            self.$name = value.into();
            self
        } )*
    };
}

impl TrainOptions {
    /// The defaults of `slant train`.
    pub fn new() -> Self {
        TrainOptions::default()
    }

    /// Field that selects the training rows.
    pub fn split_field(mut self, field: &str) -> Self {
        self.split_field = Some(field.into());
        self
    }

    /// Field naming each row's group.
    pub fn group_field(mut self, field: &str) -> Self {
        self.group_field = Some(field.into());
        self
    }

    setters! {
        /// Train on at most this many rows of each group.
        max_per_group: usize,
        /// Grouped K-fold cross-validation before the final fit.
        cv: usize,
        /// Number of term features to keep.
        features: usize,
        /// Minimum document frequency of a term.
        min_df: u32,
        /// Minimum number of groups a term must appear in.
        min_groups: u32,
        /// Longest n-gram.
        ngrams: usize,
        /// L2 penalty.
        alpha: f32,
        /// L-BFGS iterations.
        iterations: u64,
        /// The seed.
        seed: u64,
        /// Terms only, no dense blocks.
        no_blocks: bool,
        /// Leave outlet fingerprints out of the terms.
        fingerprint_filter: bool,
        /// Leave the words of direct quotations out of the terms.
        terms_outside_quotes: bool,
        /// Length-neutral dense figures.
        length_neutral: bool,
        /// Headline term weight.
        title_weight: u32,
        /// Vocabulary ranking.
        ranking: Ranking,
        /// Largest share of a term's rows from one group.
        max_group_share: f64,
        /// Cross-validation grouping field.
        group_by: &str,
        /// How the term block's vector is scaled.
        term_norm: TermNorm,
        /// The term block's term frequency.
        term_tf: TermTf,
    }

    /// Values of `split_field` to train on.
    pub fn train_values<S: Into<String>>(mut self, values: impl IntoIterator<Item = S>) -> Self {
        self.train_values = values.into_iter().map(Into::into).collect();
        self
    }

    /// Values of `split_field` held out and evaluated after training.
    pub fn holdout_values<S: Into<String>>(mut self, values: impl IntoIterator<Item = S>) -> Self {
        self.holdout_values = values.into_iter().map(Into::into).collect();
        self
    }

    /// Adds `offset` to `label`'s intercept after fitting.
    pub fn logit_offset(mut self, label: impl Into<String>, offset: f32) -> Self {
        self.logit_offsets.push((label.into(), offset));
        self
    }

    /// Checks the options before any reading or fitting, with the CLI's messages.
    pub fn check(&self) -> Result<()> {
        self.params()?;
        Ok(())
    }

    /// The fitting parameters these options give, checked.
    pub fn params(&self) -> Result<TrainParams> {
        let share = self.max_group_share;
        if !(share > 0.0 && share <= 1.0) {
            return Err(Error::Invalid(
                "--max-group-share must be above 0 and at most 1".into(),
            ));
        }
        let grouped = self.group_field.is_some();
        if share < 1.0 && !grouped {
            return Err(needs_group("--max-group-share"));
        }
        if self.ranking != Ranking::Chi2 && !grouped {
            return Err(needs_group(&format!(
                "--ranking {}",
                ranking_name(self.ranking)
            )));
        }
        let mut offsets = std::collections::BTreeMap::new();
        for (label, v) in &self.logit_offsets {
            if !v.is_finite() {
                return Err(Error::Invalid(format!(
                    "--logit-offsets: the offset of \"{label}\" must be a finite number, got {v}"
                )));
            }
            if offsets.insert(label.clone(), *v).is_some() {
                return Err(Error::Invalid(format!(
                    "--logit-offsets gives label \"{label}\" twice; give each label one offset"
                )));
            }
        }
        if self.title_weight == 0 {
            return Err(Error::Invalid("--title-weight must be at least 1".into()));
        }
        let mut features = FeatureConfig::default();
        features.vocabulary.max_features = self.features;
        features.vocabulary.min_df = self.min_df;
        features.vocabulary.ngram_max = self.ngrams;
        features.vocabulary.min_groups = self.min_groups;
        features.title_weight = self.title_weight;
        features.vocabulary.ranking = self.ranking;
        features.vocabulary.max_group_share = share;
        if self.no_blocks {
            features.blocks.clear();
        }
        features.fingerprint_filter = self.fingerprint_filter;
        features.terms_outside_quotes = self.terms_outside_quotes;
        features.length_neutral = self.length_neutral;
        features.term_norm = self.term_norm;
        features.term_tf = self.term_tf;
        let params = TrainParams {
            features,
            alpha: self.alpha,
            max_iterations: self.iterations,
            seed: self.seed,
            logit_offsets: offsets,
            group_balance: self.group_balance,
            residualise_length: self.residualise_length,
            block_penalty: self.block_penalty,
            adjust_length: self.adjust_length,
        };
        if self.group_balance > 0.0 && !grouped {
            return Err(needs_group("--group-balance"));
        }
        params.check()?;
        if self.min_groups > 1 && !grouped {
            return Err(needs_group("--min-groups"));
        }
        if self.max_per_group.is_some() && !grouped {
            return Err(needs_group("--max-per-group"));
        }
        if self.max_per_group == Some(0) {
            return Err(Error::Invalid("--max-per-group must be at least 1".into()));
        }
        if let Some(v) = self
            .holdout_values
            .iter()
            .find(|v| self.train_values.contains(v))
        {
            return Err(Error::Invalid(format!(
                "--holdout-values and --train-values both name \"{v}\"; a row cannot be trained on and held out"
            )));
        }
        if !self.holdout_values.is_empty() && self.split_field.is_none() {
            return Err(Error::Invalid(
                "--holdout-values needs --split-field (e.g. --split-field split)".into(),
            ));
        }
        Ok(params)
    }

    /// Splits `corpus` into training and held-out rows, capping each group; rows in
    /// neither are dropped.
    pub fn select(&self, corpus: TrainCorpus) -> Result<Selection> {
        let place = &corpus.place;
        if corpus.articles.is_empty() {
            return Err(Error::input(
                place.as_str(),
                match corpus.empty_reason.as_deref() {
                    Some(why) => format!("no articles to train on ({why})"),
                    None => {
                        format!(
                        "no articles to train on (the corpus is empty or has only blank{} lines)",
                        if corpus.skipped > 0 { " or malformed" } else { "" }
                    )
                    }
                },
            ));
        }
        let in_split = |a: &Article, values: &[String]| match &self.split_field {
            Some(f) => a.field(f).is_some_and(|v| values.iter().any(|x| x == v)),
            None => true,
        };
        let use_holdout = self.split_field.is_some() && !self.holdout_values.is_empty();
        let mut train = Vec::new();
        let mut holdout = Vec::new();
        let mut holdout_rows = vec![0usize; self.holdout_values.len()];
        for a in corpus.articles {
            if in_split(&a, &self.train_values) {
                train.push(a);
            } else if use_holdout && in_split(&a, &self.holdout_values) {
                if let Some(v) = self.split_field.as_deref().and_then(|f| a.field(f)) {
                    if let Some(i) = self.holdout_values.iter().position(|x| x == v) {
                        holdout_rows[i] += 1;
                    }
                }
                holdout.push(a);
            }
        }
        let mut warnings = Vec::new();
        if let Some(field) = self.split_field.as_deref() {
            for (v, _) in self
                .holdout_values
                .iter()
                .zip(&holdout_rows)
                .filter(|(_, &n)| n == 0)
            {
                warnings.push(format!(
                    "warning: no row of {place} has {field} = \"{v}\" (--holdout-values)"
                ));
            }
        }
        let mut selected = match &self.split_field {
            Some(f) => format!("{f} in [{}]", self.train_values.join(", ")),
            None => "all rows".to_string(),
        };
        if let (Some(max), Some(field)) = (self.max_per_group, &self.group_field) {
            train = crate::corpus::cap_per_group(train, field, max, self.seed);
            selected.push_str(&format!("; at most {max} per {field}"));
        }
        if train.is_empty() {
            return Err(Error::input(
                place.as_str(),
                format!(
                    "no rows selected for training ({selected}); check --split-field and --train-values"
                ),
            ));
        }
        // The labels and the group field checked now, before a cross-validation runs.
        TrainingSet::new(&train, self.group_field.as_deref())?;
        Ok(Selection {
            train,
            holdout,
            rows_selected: selected,
            warnings,
            corpus: corpus.name,
            corpus_sha256: corpus.sha256,
        })
    }

    /// Grouped K-fold cross-validation on the selected rows, when `cv` asks for it.
    pub fn cross_validate(
        &self,
        selection: &Selection,
        progress: &dyn Progress,
    ) -> Result<Option<CvSummary>> {
        let Some(k) = self.cv else { return Ok(None) };
        let params = self.params()?;
        let folds = crate::eval::cross_validate(
            &params,
            &selection.train,
            &self.group_by,
            k,
            self.seed,
            None,
            progress,
        )?;
        Ok(Some(CvSummary::from_folds(&folds)))
    }

    /// Fits the model on the selected rows and measures it on the held-out ones.
    pub fn fit(&self, selection: &Selection, progress: &dyn Progress) -> Result<Model> {
        let params = self.params()?;
        let data = TrainingSet::new(&selection.train, self.group_field.as_deref())?;
        let info = TrainingInfo {
            corpus: selection.corpus.clone(),
            corpus_sha256: selection.corpus_sha256.clone(),
            rows_selected: selection.rows_selected.clone(),
            date: source_date(),
            ..Default::default()
        };
        let mut model = params.fit(&data, info, progress)?;
        if !selection.holdout.is_empty() {
            let m = crate::eval::evaluate(&model, &selection.holdout, None, None)?;
            model.training.held_out = Some(HeldOut {
                rows_selected: format!(
                    "{} in [{}]",
                    self.split_field.as_deref().unwrap_or(""),
                    self.holdout_values.join(", ")
                ),
                rows: m.rows as usize,
                accuracy: m.accuracy,
                macro_f1: m.macro_f1,
            });
        }
        Ok(model)
    }
}

/// The rows a training run uses.
#[derive(Debug, Clone)]
pub struct Selection {
    /// The rows fitted on (after the cap per group).
    pub train: Vec<Article>,
    /// The rows evaluated after fitting.
    pub holdout: Vec<Article>,
    /// Which rows were used, as the model records it.
    pub rows_selected: String,
    /// Warnings to show (a hold-out value no row has).
    pub warnings: Vec<String>,
    /// The corpus name the model records.
    pub corpus: String,
    /// The corpus hash the model records.
    pub corpus_sha256: String,
}

/// A model fitted by [`train`], with what a user should be told.
#[derive(Debug)]
pub struct Trained {
    /// The fitted model.
    pub model: Model,
    /// Cross-validation figures, when asked for.
    pub cv: Option<CvSummary>,
    /// Notes and warnings from reading and selecting, for stderr.
    pub notes: Vec<String>,
}

/// Trains a model as `slant train` does: checks, selects, cross-validates when asked,
/// fits. The same corpus, options and seed give a byte-identical model.
pub fn train(
    corpus: TrainCorpus,
    options: &TrainOptions,
    progress: &dyn Progress,
) -> Result<Trained> {
    options.check()?;
    let mut notes = corpus.notes.clone();
    let selection = options.select(corpus)?;
    let cv = options.cross_validate(&selection, progress)?;
    let model = options.fit(&selection, progress)?;
    notes.extend(selection.warnings);
    Ok(Trained { model, cv, notes })
}

/// A labelled corpus read for training: its rows and what the model records of it.
#[derive(Debug, Clone, Default)]
pub struct TrainCorpus {
    /// The labelled rows, in input order.
    pub articles: Vec<Article>,
    /// Where the rows came from, for messages (the paths given).
    pub place: String,
    /// The file name(s) the model records.
    pub name: String,
    /// SHA-256 of each file's bytes (comma-separated when several).
    pub sha256: String,
    /// Malformed lines or unreadable records skipped.
    pub skipped: usize,
    /// Why there are no rows, when reading can tell better than "empty".
    pub empty_reason: Option<String>,
    /// What reading passed over, one line each, for stderr.
    pub notes: Vec<String>,
}

impl TrainCorpus {
    /// Rows already in memory; `name` stands for the corpus in messages and the model.
    pub fn from_articles(articles: Vec<Article>, name: impl Into<String>) -> Self {
        let name = name.into();
        TrainCorpus {
            articles,
            place: name.clone(),
            name,
            ..TrainCorpus::default()
        }
    }

    /// Labelled rows given as JSON Lines text in memory (one object per line), read
    /// exactly as a corpus file is; `name` stands for it in messages (`name:line`) and
    /// in the model, which records the SHA-256 of `jsonl`.
    pub fn from_jsonl(jsonl: Vec<u8>, name: &str, fields: &Fields, skip_bad: bool) -> Result<Self> {
        let sha256 = Sha256::digest(&jsonl)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let reader = JsonlReader::from_reader(name, std::io::Cursor::new(jsonl), fields.clone())
            .require_label(true);
        let (articles, skipped) = read_all(reader, skip_bad)?;
        let mut corpus = TrainCorpus::from_articles(articles, name);
        corpus.sha256 = sha256;
        corpus.skipped = skipped;
        if skipped > 0 {
            corpus
                .notes
                .push(format!("skipped {skipped} malformed lines of {name}"));
        }
        Ok(corpus)
    }

    /// Reads labelled rows from JSON Lines corpora (plain or gzip) and, with feature
    /// `web`, HTML pages and WARC crawls, whose articles `labels` labels; given, the map
    /// labels the JSON Lines rows too (over their own label field). Malformed lines
    /// stop the reading unless `skip_bad`; they are counted in `skipped` and `notes`.
    pub fn read(
        paths: &[PathBuf],
        fields: &Fields,
        skip_bad: bool,
        labels: Option<&LabelSource>,
    ) -> Result<Self> {
        let mut corpus = TrainCorpus::default();
        let mut names = Vec::new();
        let mut places = Vec::new();
        let mut hashes = Vec::new();
        for path in paths {
            read_one(path, fields, skip_bad, labels, &mut corpus)?;
            names.push(
                path.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
            );
            places.push(path.display().to_string());
            hashes.push(sha256_file(path)?);
        }
        corpus.name = names.join(", ");
        corpus.place = places.join(", ");
        corpus.sha256 = hashes.join(",");
        Ok(corpus)
    }
}

/// What labels the articles of web input: with feature `web`, a
/// [`LabelMap`](crate::input::labels::LabelMap).
#[cfg(feature = "web")]
pub type LabelSource = crate::input::labels::LabelMap;
/// What labels the articles of web input (nothing without feature `web`).
#[cfg(not(feature = "web"))]
pub enum LabelSource {}

fn read_one(
    path: &Path,
    fields: &Fields,
    skip_bad: bool,
    labels: Option<&LabelSource>,
    corpus: &mut TrainCorpus,
) -> Result<()> {
    #[cfg(feature = "web")]
    {
        if !crate::corpus::is_jsonl(path) {
            if let Some(kind) = crate::input::kind_of(path)? {
                return read_web(path, kind, fields, labels, corpus);
            }
        }
        if let Some(map) = labels {
            return read_jsonl_mapped(path, fields, skip_bad, map, corpus);
        }
    }
    #[cfg(not(feature = "web"))]
    let _ = labels;
    let reader = JsonlReader::open(path, fields.clone())?.require_label(true);
    let (rows, skipped) = read_all(reader, skip_bad)?;
    if skipped > 0 {
        corpus.notes.push(format!(
            "skipped {skipped} malformed lines of {}",
            path.display()
        ));
    }
    corpus.skipped += skipped;
    corpus.articles.extend(rows);
    Ok(())
}

/// The rows of a JSON Lines corpus labelled by the label map, as web input is (by id,
/// `url` field, then host: the `url`'s, else the outlet's); a row the map has no key
/// for keeps its own label, and one without either is skipped and counted.
#[cfg(feature = "web")]
fn read_jsonl_mapped(
    path: &Path,
    fields: &Fields,
    skip_bad: bool,
    map: &LabelSource,
    corpus: &mut TrainCorpus,
) -> Result<()> {
    let reader = JsonlReader::open(path, fields.clone())?;
    let (rows, skipped) = read_all(reader, skip_bad)?;
    if skipped > 0 {
        corpus.notes.push(format!(
            "skipped {skipped} malformed lines of {}",
            path.display()
        ));
    }
    corpus.skipped += skipped;
    let read = rows.len();
    let before = corpus.articles.len();
    for mut a in rows {
        if let Some(entry) = map.label_of(&a) {
            a.label = Some(entry.label.clone());
        }
        if a.label.is_some() {
            corpus.articles.push(a);
        }
    }
    note_unlabelled(
        path,
        map,
        read,
        read - (corpus.articles.len() - before),
        corpus,
    );
    Ok(())
}

/// Notes the articles of `path` the map does not label, and why a corpus it left
/// empty is empty.
#[cfg(feature = "web")]
fn note_unlabelled(
    path: &Path,
    map: &LabelSource,
    read: usize,
    unlabelled: usize,
    corpus: &mut TrainCorpus,
) {
    if unlabelled > 0 {
        corpus.notes.push(format!(
            "skipped {unlabelled} of {read} articles of {} that {} does not label (no line for their id, URL or host)",
            path.display(),
            map.path().display()
        ));
    }
    if corpus.articles.is_empty() && read > 0 {
        corpus.empty_reason = Some(format!(
            "{} labels none of its {read} articles",
            map.path().display()
        ));
    } else if corpus.articles.is_empty() {
        corpus.empty_reason = Some("no article could be read from it".into());
    }
}

/// The articles of one HTML page or WARC, labelled by `labels`; records that cannot be
/// read and articles the map does not label are counted in the notes.
#[cfg(feature = "web")]
fn read_web(
    path: &Path,
    kind: crate::input::Kind,
    fields: &Fields,
    labels: Option<&LabelSource>,
    corpus: &mut TrainCorpus,
) -> Result<()> {
    let Some(map) = labels else {
        return Err(Error::input(
            path.display().to_string(),
            "HTML and WARC input carry no labels; give --label-map FILE (lines of \
             host, URL or id, a tab, and the label)",
        ));
    };
    let reader = crate::input::WebReader::open(path, kind, fields.max_article_bytes)?;
    let mut articles = crate::input::WebArticles::new(reader);
    let (mut read, mut unlabelled) = (0usize, 0usize);
    for a in &mut articles {
        let mut a = a?;
        read += 1;
        match map.label_of(&a) {
            Some(entry) => {
                a.label = Some(entry.label.clone());
                corpus.articles.push(a);
            }
            None => unlabelled += 1,
        }
    }
    corpus.skipped += articles.skipped;
    if let Some(s) = articles.summary() {
        corpus.notes.push(s);
    }
    note_unlabelled(path, map, read, unlabelled, corpus);
    Ok(())
}

/// SHA-256 of a file's bytes, as lowercase hex.
pub fn sha256_file(path: &Path) -> Result<String> {
    let mut f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = f.read(&mut buf).map_err(|e| Error::io(path, e))?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    Ok(h.finalize().iter().map(|b| format!("{b:02x}")).collect())
}

/// The training date from `SOURCE_DATE_EPOCH` (reproducible builds' convention), if set.
pub fn source_date() -> Option<String> {
    let secs: i64 = std::env::var("SOURCE_DATE_EPOCH")
        .ok()?
        .trim()
        .parse()
        .ok()?;
    let days = secs.div_euclid(86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(o: TrainOptions) -> String {
        o.check().unwrap_err().to_string()
    }

    #[test]
    fn the_defaults_are_the_cli_defaults_and_pass() {
        let o = TrainOptions::new();
        o.check().unwrap();
        let p = o.params().unwrap();
        assert_eq!(p.features.vocabulary.max_features, 20_000);
        assert_eq!(p.features.vocabulary.min_df, 5);
        assert_eq!(p.features.vocabulary.ngram_max, 2);
        assert_eq!((p.alpha, p.max_iterations, p.seed), (1.0, 100, 42));
        assert_eq!(o.train_values, ["train"]);
        assert_eq!(o.group_by, "publisher");
    }

    #[test]
    fn options_that_need_a_group_field_say_so() {
        for (o, flag) in [
            (
                TrainOptions::new().max_group_share(0.5),
                "--max-group-share",
            ),
            (
                TrainOptions::new().ranking(Ranking::GroupF),
                "--ranking group-f",
            ),
            (TrainOptions::new().min_groups(2), "--min-groups"),
            (TrainOptions::new().max_per_group(3), "--max-per-group"),
        ] {
            assert_eq!(
                message(o),
                format!("{flag} needs --group-field (e.g. --group-field publisher)")
            );
        }
        TrainOptions::new()
            .group_field("publisher")
            .max_group_share(0.5)
            .ranking(Ranking::GroupF)
            .min_groups(2)
            .max_per_group(3)
            .check()
            .unwrap();
    }

    #[test]
    fn bad_values_are_refused_with_the_flag_named() {
        assert_eq!(
            message(TrainOptions::new().max_group_share(0.0)),
            "--max-group-share must be above 0 and at most 1"
        );
        assert_eq!(
            message(TrainOptions::new().alpha(0.0)),
            "alpha must be positive, got 0"
        );
        assert_eq!(
            message(TrainOptions::new().group_field("g").max_per_group(0)),
            "--max-per-group must be at least 1"
        );
        assert_eq!(
            message(
                TrainOptions::new()
                    .split_field("s")
                    .holdout_values(["test"])
                    .train_values(["test"])
            ),
            "--holdout-values and --train-values both name \"test\"; a row cannot be trained on and held out"
        );
        assert_eq!(
            message(TrainOptions::new().holdout_values(["test"])),
            "--holdout-values needs --split-field (e.g. --split-field split)"
        );
        assert_eq!(
            message(
                TrainOptions::new()
                    .logit_offset("left", 1.0)
                    .logit_offset("left", 2.0)
            ),
            "--logit-offsets gives label \"left\" twice; give each label one offset"
        );
        assert!(parse_logit_offset("left").is_err());
        assert_eq!(
            parse_logit_offset(" left = -0.5").unwrap(),
            ("left".to_string(), -0.5)
        );
        assert!(parse_ranking("chi3").is_err());
        for r in [Ranking::Chi2, Ranking::Chi2Eta, Ranking::GroupF] {
            assert_eq!(parse_ranking(ranking_name(r)).unwrap(), r);
        }
    }

    fn row(id: &str, label: &str, split: &str, outlet: &str) -> Article {
        Article {
            id: id.into(),
            text: format!("{label} words for {id}"),
            label: Some(label.into()),
            outlet: Some(outlet.into()),
            extra: vec![("split".into(), split.into())],
            ..Article::default()
        }
    }

    #[test]
    fn selection_splits_holds_out_caps_and_warns() {
        let rows: Vec<Article> = (0..12)
            .map(|i| {
                let split = ["train", "train", "test"][i % 3];
                row(
                    &format!("r{i}"),
                    ["a", "b"][i % 2],
                    split,
                    ["x", "y"][i / 6],
                )
            })
            .collect();
        let corpus = TrainCorpus::from_articles(rows, "mem");
        let o = TrainOptions::new()
            .split_field("split")
            .holdout_values(["test", "dev"])
            .group_field("outlet")
            .max_per_group(3);
        let s = o.select(corpus.clone()).unwrap();
        assert_eq!(s.train.len(), 6);
        assert_eq!(s.holdout.len(), 4);
        assert_eq!(s.rows_selected, "split in [train]; at most 3 per outlet");
        assert_eq!(
            s.warnings,
            ["warning: no row of mem has split = \"dev\" (--holdout-values)"]
        );
        let none = TrainOptions::new()
            .split_field("split")
            .train_values(["nothing"]);
        assert_eq!(
            none.select(corpus).unwrap_err().to_string(),
            "mem: no rows selected for training (split in [nothing]); check --split-field and --train-values"
        );
        let empty = TrainCorpus::from_articles(Vec::new(), "e.jsonl");
        assert_eq!(
            TrainOptions::new().select(empty).unwrap_err().to_string(),
            "e.jsonl: no articles to train on (the corpus is empty or has only blank lines)"
        );
    }
}
