//! Multi-label training as `slant train --multi-label` does it: one logistic
//! regression per code of a codebook (e.g. frames), each code's threshold chosen by
//! grouped cross-validation. The same corpus, options and seed give the same bytes.
//!
//! ```no_run
//! use slant::corpus::Fields;
//! use slant::model::Silent;
//! use slant::train::multi::{train_multi, MultiLabelOptions, MultiSource};
//! use slant::train::TrainOptions;
//!
//! let options = TrainOptions::new().cv(5);
//! let multi = MultiLabelOptions::new().labels_field("frames");
//! let source = MultiSource::File("coded.jsonl".as_ref());
//! let model = train_multi(source, &Fields::default(), &options, &multi, &Silent)?;
//! model.save("frames.json.gz".as_ref())?;
//! # Ok::<(), slant::Error>(())
//! ```

use super::{sha256_file, TrainOptions};
use crate::corpus::Fields;
use crate::features::{FeatureConfig, TermNorm, TermTf};
use crate::model::multi::{
    read_multi_rows, MultiFields, MultiTrainParams, MultiTrainingInfo, PerLabelRule,
};
use crate::model::{MultiLabelModel, Progress};
use crate::{Error, Result};
use sha2::{Digest, Sha256};
use std::path::Path;

/// Most codes `--top-k auto` tries to mark present by rank.
pub const AUTO_TOP_K_MAX: usize = 6;

/// The decision rule's K (`--top-k`): given, or chosen by cross-validation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TopK {
    /// The K most likely codes of an article are always present.
    Fixed(usize),
    /// Cross-validation chooses K in `0..=this`.
    Auto(usize),
}

impl Default for TopK {
    fn default() -> Self {
        TopK::Fixed(0)
    }
}

/// Parses `--top-k`: a whole number, or `auto` (K from 0 to [`AUTO_TOP_K_MAX`]).
pub fn parse_top_k(s: &str) -> Result<TopK> {
    if s == "auto" {
        return Ok(TopK::Auto(AUTO_TOP_K_MAX));
    }
    s.parse().map(TopK::Fixed).map_err(|_| {
        Error::Invalid(format!(
            "--top-k: expected a whole number or \"auto\", got \"{s}\""
        ))
    })
}

/// The options `--multi-label` adds to `slant train`, with its defaults.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MultiLabelOptions {
    /// Field listing each row's codes (an array of strings). Default `frames`.
    pub labels_field: String,
    /// Field listing the codes each row was coded for (default: every code).
    pub known_field: Option<String>,
    /// The codes, in order (default: every code seen, sorted).
    pub labels: Vec<String>,
    /// The decision rule's K. Default 0.
    pub top_k: TopK,
    /// With `TopK::Auto`: the rows K is chosen on, `FIELD=VALUE[,VALUE...]`.
    pub rule_rows: Option<String>,
    /// Leave out the frame-cue block: terms only.
    pub no_frame_cues: bool,
    /// A top-K code needs at least this probability (unless over its threshold).
    pub min_probability: f32,
    /// Rank codes by probability over threshold, with a cap (`--rule per-label`).
    pub per_label: Option<PerLabelRule>,
    /// Repeat rare codes' positive rows toward this share of their coded rows (0: no).
    pub positive_share: f32,
}

impl MultiLabelOptions {
    /// The defaults of `slant train --multi-label`.
    pub fn new() -> Self {
        MultiLabelOptions {
            labels_field: "frames".into(),
            ..MultiLabelOptions::default()
        }
    }

    /// Field listing each row's codes.
    pub fn labels_field(mut self, field: &str) -> Self {
        self.labels_field = field.into();
        self
    }
}

/// Where the coded rows come from: one JSON Lines file (plain or gzip), or JSON Lines
/// text in memory, which `name` stands for in messages and in the model.
#[derive(Debug, Clone, Copy)]
pub enum MultiSource<'a> {
    /// A corpus file.
    File(&'a Path),
    /// JSON Lines text (one object per line).
    Rows {
        /// The bytes.
        jsonl: &'a [u8],
        /// What messages (`name:line`) and the model call them.
        name: &'a str,
    },
}

/// The per-label part of a decision rule: `None` for the top-K rule (which takes no
/// `max_labels`, `min_ratio` or `min_labels`), else at most `max_labels` codes (default
/// `top_k`) with the ratio floor `min_ratio` (default 0) and at least `min_labels`
/// (default 0). The CLI's `--rule`, `--max-labels`, `--min-ratio` and `--min-labels`,
/// with its messages.
pub fn per_label_rule(
    per_label: bool,
    top_k: usize,
    max_labels: Option<usize>,
    min_ratio: Option<f32>,
    min_labels: Option<usize>,
) -> Result<Option<PerLabelRule>> {
    if !per_label {
        if max_labels.is_some() || min_ratio.is_some() || min_labels.is_some() {
            return Err(Error::Invalid(
                "--max-labels, --min-ratio and --min-labels go with --rule per-label".into(),
            ));
        }
        return Ok(None);
    }
    let max_labels = max_labels.unwrap_or(top_k);
    if max_labels == 0 {
        return Err(Error::Invalid(
            "--rule per-label marks at most --max-labels codes; give 1 or more (or --top-k 1 or more)"
                .into(),
        ));
    }
    let rule = PerLabelRule {
        max_labels,
        min_ratio: min_ratio.unwrap_or(0.0),
        min_labels: min_labels.unwrap_or(0),
    };
    if rule.min_labels > rule.max_labels {
        return Err(Error::Invalid(format!(
            "--min-labels {} is over --max-labels {}",
            rule.min_labels, rule.max_labels
        )));
    }
    Ok(Some(rule))
}

/// The rows `--rule-rows FIELD=VALUE,...` names: the field and its values.
pub type RuleRows = (String, Vec<String>);

/// The fitting parameters and the rule-row selection `options` and `multi` give,
/// checked with the CLI's messages and in its order, before any reading.
pub fn multi_params(
    options: &TrainOptions,
    multi: &MultiLabelOptions,
) -> Result<(MultiTrainParams, Option<RuleRows>)> {
    for (given, flag) in [
        (!options.logit_offsets.is_empty(), "--logit-offsets"),
        (!options.holdout_values.is_empty(), "--holdout-values"),
        (options.max_per_group.is_some(), "--max-per-group"),
        (options.no_blocks, "--no-blocks (use --no-frame-cues)"),
        (options.fingerprint_filter, "--fingerprint-filter"),
        (options.terms_outside_quotes, "--terms-outside-quotes"),
        (options.length_neutral, "--length-neutral"),
        (options.group_balance > 0.0, "--group-balance"),
        (options.residualise_length, "--residualise-length"),
        (options.block_penalty != 1.0, "--block-penalty"),
        (options.adjust_length, "--adjust-length"),
        (options.term_norm != TermNorm::L2, "--term-norm"),
        (options.term_tf != TermTf::Sublinear, "--term-tf"),
    ] {
        if given {
            return Err(Error::Invalid(format!(
                "{flag} does not apply to --multi-label training"
            )));
        }
    }
    let mut features = FeatureConfig::default();
    features.blocks.clear();
    features.vocabulary.max_features = options.features;
    features.vocabulary.min_df = options.min_df;
    features.vocabulary.ngram_max = options.ngrams;
    features.vocabulary.min_groups = options.min_groups;
    let params = MultiTrainParams {
        features,
        cues: !multi.no_frame_cues,
        alpha: options.alpha,
        max_iterations: options.iterations,
        seed: options.seed,
        folds: options.cv.unwrap_or(0),
        top_k: match multi.top_k {
            TopK::Fixed(k) => k,
            TopK::Auto(_) => 0,
        },
        choose_top_k: match multi.top_k {
            TopK::Fixed(_) => None,
            TopK::Auto(max) => Some(max),
        },
        min_probability: multi.min_probability,
        per_label: multi.per_label,
        positive_share: multi.positive_share,
    };
    if multi.rule_rows.is_some() && params.choose_top_k.is_none() {
        return Err(Error::Invalid(
            "--rule-rows says where --top-k auto chooses K; give --top-k auto too".into(),
        ));
    }
    let rule_rows = match multi.rule_rows.as_deref() {
        None => None,
        Some(spec) => {
            let (field, values) = spec
                .split_once('=')
                .filter(|(f, v)| !f.is_empty() && !v.is_empty())
                .ok_or_else(|| {
                    Error::Invalid(format!(
                        "--rule-rows {spec:?}: expected FIELD=VALUE[,VALUE...]"
                    ))
                })?;
            Some((
                field.to_string(),
                values.split(',').map(str::to_string).collect(),
            ))
        }
    };
    params.check()?;
    if options.cv == Some(1) {
        return Err(Error::Invalid("--cv needs at least 2 folds".into()));
    }
    Ok((params, rule_rows))
}

/// Trains a multi-label model as `slant train --multi-label` does: the rows the split
/// selects, grouped by `group_field` (else `group_by`) for the cross-validation that
/// chooses each code's threshold, then one fit on every row.
pub fn train_multi(
    source: MultiSource<'_>,
    fields: &Fields,
    options: &TrainOptions,
    multi: &MultiLabelOptions,
    progress: &dyn Progress,
) -> Result<MultiLabelModel> {
    train_multi_keeping_folds(source, fields, options, multi, progress).map(|(model, _)| model)
}

/// Each training row's out-of-fold probabilities (`--out-of-fold`), so that other
/// decision rules can be measured on them without refitting.
#[derive(Debug, Clone, PartialEq)]
pub struct OutOfFold {
    /// Row ids, in corpus order.
    pub ids: Vec<String>,
    /// Per row: the probability of each code, in the model's label order.
    pub probabilities: Vec<Vec<f64>>,
}

impl OutOfFold {
    /// The file `--out-of-fold` writes: one JSON line per row,
    /// `{"id": ..., "probabilities": {code: p, ...}}`, written atomically.
    pub fn write(&self, path: &Path, labels: &[String]) -> Result<()> {
        let mut out = Vec::new();
        for (id, p) in self.ids.iter().zip(&self.probabilities) {
            let probabilities: serde_json::Map<String, serde_json::Value> = labels
                .iter()
                .zip(p)
                .map(|(l, &p)| (l.clone(), serde_json::json!(p)))
                .collect();
            serde_json::to_writer(
                &mut out,
                &serde_json::json!({"id": id, "probabilities": probabilities}),
            )
            .map_err(|e| Error::Invalid(format!("{}: {e}", path.display())))?;
            out.push(b'\n');
        }
        crate::model::write_atomically(path, &out)
    }
}

/// Refuses `--out-of-fold` without cross-validation (it has nothing to write).
pub fn check_out_of_fold(params: &MultiTrainParams) -> Result<()> {
    if params.folds < 2 {
        return Err(Error::Invalid(
            "--out-of-fold writes cross-validation probabilities; give --cv 2 or more".into(),
        ));
    }
    Ok(())
}

/// [`train_multi`], also returning each row's out-of-fold probabilities (`None`
/// without cross-validation).
pub fn train_multi_keeping_folds(
    source: MultiSource<'_>,
    fields: &Fields,
    options: &TrainOptions,
    multi: &MultiLabelOptions,
    progress: &dyn Progress,
) -> Result<(MultiLabelModel, Option<OutOfFold>)> {
    let (params, rule_rows) = multi_params(options, multi)?;
    let group = options.group_field.as_deref().unwrap_or(&options.group_by);
    let split = options
        .split_field
        .as_deref()
        .map(|f| (f, options.train_values.as_slice()));
    let multi_fields = MultiFields {
        text: &fields.text,
        title: &fields.title,
        id: &fields.id,
        labels: &multi.labels_field,
        known: multi.known_field.as_deref(),
        group: Some(group),
        split,
        rule_rows: rule_rows.as_ref().map(|(f, v)| (f.as_str(), v.as_slice())),
        label_names: &multi.labels,
        max_line_bytes: fields.max_article_bytes,
    };
    let (data, info) = match source {
        MultiSource::File(path) => {
            let data = read_multi_rows(crate::corpus::open(path)?, path, &multi_fields)?;
            let info = MultiTrainingInfo {
                corpus: path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                corpus_sha256: sha256_file(path)?,
                ..Default::default()
            };
            (data, info)
        }
        MultiSource::Rows { jsonl, name } => {
            let data = read_multi_rows(jsonl, Path::new(name), &multi_fields)?;
            let info = MultiTrainingInfo {
                corpus: name.to_string(),
                corpus_sha256: Sha256::digest(jsonl)
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect(),
                ..Default::default()
            };
            (data, info)
        }
    };
    let (model, probabilities) = params.fit_keeping_folds(&data, info, progress)?;
    let folds = probabilities.map(|probabilities| OutOfFold {
        ids: data.ids,
        probabilities,
    });
    Ok((model, folds))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Silent;

    fn message(options: TrainOptions, multi: MultiLabelOptions) -> String {
        multi_params(&options, &multi).unwrap_err().to_string()
    }

    #[test]
    fn lean_only_options_and_bad_rules_are_refused_with_the_flag_named() {
        let m = MultiLabelOptions::new();
        assert_eq!(
            message(TrainOptions::new().no_blocks(true), m.clone()),
            "--no-blocks (use --no-frame-cues) does not apply to --multi-label training"
        );
        assert_eq!(
            message(TrainOptions::new().logit_offset("a", 1.0), m.clone()),
            "--logit-offsets does not apply to --multi-label training"
        );
        let rule = MultiLabelOptions {
            rule_rows: Some("source=a".into()),
            ..m.clone()
        };
        assert_eq!(
            message(TrainOptions::new(), rule.clone()),
            "--rule-rows says where --top-k auto chooses K; give --top-k auto too"
        );
        let bad_rule = MultiLabelOptions {
            rule_rows: Some("source".into()),
            top_k: TopK::Auto(3),
            ..m.clone()
        };
        assert_eq!(
            message(TrainOptions::new().cv(2), bad_rule),
            "--rule-rows \"source\": expected FIELD=VALUE[,VALUE...]"
        );
        assert_eq!(
            message(TrainOptions::new().cv(1), m.clone()),
            "--cv needs at least 2 folds"
        );
        assert_eq!(parse_top_k("auto").unwrap(), TopK::Auto(AUTO_TOP_K_MAX));
        assert_eq!(parse_top_k("2").unwrap(), TopK::Fixed(2));
        assert!(parse_top_k("two").is_err());
    }

    fn coded(n: usize) -> Vec<u8> {
        let mut out = String::new();
        for i in 0..n {
            let (code, words) = match i % 3 {
                0 => ("economy", "budget taxes jobs wages prices"),
                1 => ("health", "hospital doctors patients vaccine clinic"),
                _ => ("crime", "police court judge arrest prison"),
            };
            let text = format!("The report on {words} came out. Officials met on {words}.");
            out.push_str(&format!(
                "{{\"id\":\"r{i}\",\"text\":\"{text}\",\"frames\":[\"{code}\"],\"publisher\":\"p{}\"}}\n",
                i % 4
            ));
        }
        out.into_bytes()
    }

    #[test]
    fn rows_in_memory_train_the_model_a_file_of_them_trains() {
        let jsonl = coded(24);
        let dir = std::env::temp_dir().join(format!("slant-multi-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("coded.jsonl");
        std::fs::write(&path, &jsonl).unwrap();
        let options = TrainOptions::new().min_df(1).iterations(20).cv(2);
        let multi = MultiLabelOptions::new();
        let fields = Fields::default();
        let from_file =
            train_multi(MultiSource::File(&path), &fields, &options, &multi, &Silent).unwrap();
        let rows = MultiSource::Rows {
            jsonl: &jsonl,
            name: "coded.jsonl",
        };
        let from_rows = train_multi(rows, &fields, &options, &multi, &Silent).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(from_file.labels(), ["crime", "economy", "health"]);
        assert_eq!(from_file.training.rows, 24);
        assert!(from_file.training.cv.is_some());
        assert_eq!(from_file.to_json(), from_rows.to_json());
        let bad = MultiSource::Rows {
            jsonl: b"{\"text\":\"a\",\"frames\":[\"x\"]}\n{\"text\":\"b\"}\n",
            name: "(rows)",
        };
        assert_eq!(
            train_multi(bad, &fields, &options, &multi, &Silent)
                .unwrap_err()
                .to_string(),
            "(rows):2: no \"frames\" field (choose the labels field with --labels-field)"
        );
    }
}
