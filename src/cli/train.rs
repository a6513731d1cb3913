//! `slant train`: read a labelled corpus, fit, report, save atomically.

use super::args::{RankingArg, TrainArgs};
use super::progress::Bars;
use anyhow::{Context, Result};
use clap::ValueEnum;
use sha2::{Digest, Sha256};
use slant::corpus::{read_all, Article, JsonlReader};
use slant::features::{FeatureConfig, Ranking};
use slant::model::{HeldOut, Progress, TrainParams, TrainingInfo, TrainingSet};
use std::io::Read;
use std::path::Path;
use std::time::Instant;

pub fn run(args: &TrainArgs) -> Result<()> {
    if args.multi.multi_label {
        return super::train_multi::run(args);
    }
    let started = Instant::now();
    let mut features = FeatureConfig::default();
    features.vocabulary.max_features = args.features;
    features.vocabulary.min_df = args.min_df;
    features.vocabulary.ngram_max = args.ngrams;
    features.vocabulary.min_groups = args.min_groups;
    features.title_weight = args.title_weight;
    features.vocabulary.ranking = match args.ranking {
        RankingArg::Chi2 => Ranking::Chi2,
        RankingArg::Chi2Eta => Ranking::Chi2Eta,
        RankingArg::GroupF => Ranking::GroupF,
    };
    features.vocabulary.max_group_share = args.max_group_share;
    if !(args.max_group_share > 0.0 && args.max_group_share <= 1.0) {
        anyhow::bail!("--max-group-share must be above 0 and at most 1");
    }
    if args.max_group_share < 1.0 && args.group_field.is_none() {
        anyhow::bail!("--max-group-share needs --group-field (e.g. --group-field publisher)");
    }
    if args.ranking != RankingArg::Chi2 && args.group_field.is_none() {
        anyhow::bail!(
            "--ranking {} needs --group-field (e.g. --group-field publisher)",
            args.ranking
                .to_possible_value()
                .map(|v| v.get_name().to_string())
                .unwrap_or_default()
        );
    }
    if args.no_blocks {
        features.blocks.clear();
    }
    features.fingerprint_filter = args.fingerprint_filter;
    features.length_neutral = args.length_neutral;
    let params = TrainParams {
        features,
        alpha: args.alpha,
        max_iterations: args.iterations,
        seed: args.seed,
        logit_offsets: parse_offsets(&args.logit_offsets)?,
        group_balance: args.group_balance,
        residualise_length: args.residualise_length,
        block_penalty: args.block_penalty,
    };
    if args.group_balance > 0.0 && args.group_field.is_none() {
        anyhow::bail!("--group-balance needs --group-field (e.g. --group-field publisher)");
    }
    params.check()?;
    if args.min_groups > 1 && args.group_field.is_none() {
        anyhow::bail!("--min-groups needs --group-field (e.g. --group-field publisher)");
    }
    if args.max_per_group.is_some() && args.group_field.is_none() {
        anyhow::bail!("--max-per-group needs --group-field (e.g. --group-field publisher)");
    }
    if args.max_per_group == Some(0) {
        anyhow::bail!("--max-per-group must be at least 1");
    }

    if let Some(v) = args
        .holdout_values
        .iter()
        .find(|v| args.train_values.contains(v))
    {
        anyhow::bail!(
            "--holdout-values and --train-values both name \"{v}\"; a row cannot be trained on and held out"
        );
    }
    if !args.holdout_values.is_empty() && args.split_field.is_none() {
        anyhow::bail!("--holdout-values needs --split-field (e.g. --split-field split)");
    }
    check_out(&args.out, &args.corpus)?;

    let bars = Bars::new(args.quiet);
    bars.start("reading", None);
    let reader = JsonlReader::open(&args.corpus, args.fields.fields())?.require_label(true);
    let (all, skipped) = read_all(reader, args.skip_bad)?;
    bars.finish();
    if skipped > 0 {
        eprintln!(
            "slant: skipped {skipped} malformed lines of {}",
            args.corpus.display()
        );
    }
    if all.is_empty() {
        anyhow::bail!(
            "{}: no articles to train on (the corpus is empty or has only blank{} lines)",
            args.corpus.display(),
            if skipped > 0 { " or malformed" } else { "" }
        );
    }
    let in_split = |a: &Article, values: &[String]| match &args.split_field {
        Some(f) => a.field(f).is_some_and(|v| values.iter().any(|x| x == v)),
        None => true,
    };
    let use_holdout = args.split_field.is_some() && !args.holdout_values.is_empty();
    let mut train = Vec::new();
    let mut holdout = Vec::new();
    let mut holdout_rows = vec![0usize; args.holdout_values.len()];
    for a in all {
        if in_split(&a, &args.train_values) {
            train.push(a);
        } else if use_holdout && in_split(&a, &args.holdout_values) {
            if let Some(v) = args.split_field.as_deref().and_then(|f| a.field(f)) {
                if let Some(i) = args.holdout_values.iter().position(|x| x == v) {
                    holdout_rows[i] += 1;
                }
            }
            holdout.push(a);
        }
    }
    if let Some(field) = args.split_field.as_deref() {
        for (v, _) in args
            .holdout_values
            .iter()
            .zip(&holdout_rows)
            .filter(|(_, &n)| n == 0)
        {
            eprintln!(
                "slant: warning: no row of {} has {field} = \"{v}\" (--holdout-values)",
                args.corpus.display()
            );
        }
    }
    let mut selected = match &args.split_field {
        Some(f) => format!("{f} in [{}]", args.train_values.join(", ")),
        None => "all rows".to_string(),
    };
    if let (Some(max), Some(field)) = (args.max_per_group, &args.group_field) {
        train = slant::corpus::cap_per_group(train, field, max, args.seed);
        selected.push_str(&format!("; at most {max} per {field}"));
    }
    if train.is_empty() {
        anyhow::bail!(
            "{}: no rows selected for training ({selected}); check --split-field and --train-values",
            args.corpus.display()
        );
    }
    let data = TrainingSet::new(&train, args.group_field.as_deref())?;
    let info = TrainingInfo {
        corpus: args
            .corpus
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        corpus_sha256: sha256_file(&args.corpus)?,
        rows_selected: selected,
        date: source_date(),
        ..Default::default()
    };
    if let Some(k) = args.cv {
        let folds = slant::eval::cross_validate(
            &params,
            &train,
            &args.group_by,
            k,
            args.seed,
            None,
            &bars,
        )?;
        let summary = slant::eval::CvSummary::from_folds(&folds);
        eprintln!("{k}-fold cross-validation grouped by {}:", args.group_by);
        eprint!("{}", slant::report::eval_text::cross_validation(&summary));
    }
    let mut model = params.fit(&data, info, &bars)?;

    if !holdout.is_empty() {
        let m = slant::eval::evaluate(&model, &holdout, None, None)?;
        model.training.held_out = Some(HeldOut {
            rows_selected: format!(
                "{} in [{}]",
                args.split_field.as_deref().unwrap_or(""),
                args.holdout_values.join(", ")
            ),
            rows: m.rows as usize,
            accuracy: m.accuracy,
            macro_f1: m.macro_f1,
        });
    }

    model.save(&args.out)?;
    let t = &model.training;
    eprintln!(
        "trained {} on {} rows ({})",
        args.out.display(),
        t.rows,
        t.rows_selected
    );
    for (label, n) in model.labels().iter().zip(&t.rows_per_label) {
        eprintln!("  {label:>12}: {n} rows");
    }
    eprintln!(
        "features: {} terms + {} block features; alpha {}; {} iterations",
        model.vectorizer().vocabulary().len(),
        model.block_names().len(),
        t.alpha,
        t.iterations
    );
    eprintln!("training loss (mean cross-entropy): {:.4}", t.loss);
    if let Some(h) = &t.held_out {
        eprintln!(
            "held out ({}, {} rows): accuracy {:.3}, macro-F1 {:.3}",
            h.rows_selected, h.rows, h.accuracy, h.macro_f1
        );
    }
    eprintln!("time: {:.1} s", started.elapsed().as_secs_f64());
    Ok(())
}

/// Refuses an `--out` that cannot be written or would overwrite the corpus, before any
/// reading or fitting: a missing or read-only directory, a directory, a special file.
/// A symbolic link is followed: its target is what gets replaced.
pub(super) fn check_out(out: &Path, corpus: &Path) -> Result<()> {
    let target = slant::model::check_output(out).map_err(|e| anyhow::anyhow!("--out {e}"))?;
    let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same(&target, corpus) {
        anyhow::bail!(
            "--out {} is the corpus; writing the model there would destroy it",
            out.display()
        );
    }
    Ok(())
}

pub(super) fn sha256_file(path: &Path) -> Result<String> {
    let mut f = std::fs::File::open(path).with_context(|| path.display().to_string())?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = f
            .read(&mut buf)
            .with_context(|| path.display().to_string())?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    Ok(h.finalize().iter().map(|b| format!("{b:02x}")).collect())
}

/// The training date from `SOURCE_DATE_EPOCH` (reproducible builds' convention), if set.
fn source_date() -> Option<String> {
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

/// Parses `LABEL=OFFSET` pairs.
fn parse_offsets(pairs: &[String]) -> Result<std::collections::BTreeMap<String, f32>> {
    let mut out = std::collections::BTreeMap::new();
    for pair in pairs {
        let parsed = pair
            .split_once('=')
            .and_then(|(label, v)| Some((label.trim(), v.trim().parse::<f32>().ok()?)));
        match parsed {
            Some((label, v)) if !label.is_empty() && v.is_finite() => {
                if out.insert(label.to_string(), v).is_some() {
                    anyhow::bail!(
                        "--logit-offsets gives label \"{label}\" twice; give each label one offset"
                    );
                }
            }
            _ => anyhow::bail!(
                "--logit-offsets: \"{pair}\" is not LABEL=NUMBER (e.g. --logit-offsets left=-0.4,right=-0.8)"
            ),
        }
    }
    Ok(out)
}
