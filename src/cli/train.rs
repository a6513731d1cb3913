//! `slant train`: the library's training run ([`slant::train`]) with progress bars,
//! messages on stderr, and the model saved atomically.

use super::args::{RankingArg, TermNormArg, TermTfArg, TrainArgs};
use super::progress::Bars;
use anyhow::Result;
use slant::features::{Ranking, TermNorm, TermTf};
use slant::model::Progress;
use slant::train::{TrainCorpus, TrainOptions};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The library's options from the command line's.
pub(super) fn options(args: &TrainArgs) -> Result<TrainOptions> {
    let mut logit_offsets = Vec::new();
    for pair in &args.logit_offsets {
        logit_offsets.push(slant::train::parse_logit_offset(pair)?);
    }
    Ok(TrainOptions {
        split_field: args.split_field.clone(),
        train_values: args.train_values.clone(),
        holdout_values: args.holdout_values.clone(),
        group_field: args.group_field.clone(),
        min_groups: args.min_groups,
        logit_offsets,
        max_per_group: args.max_per_group,
        features: args.features,
        min_df: args.min_df,
        ngrams: args.ngrams,
        alpha: args.alpha,
        iterations: args.iterations,
        seed: args.seed,
        no_blocks: args.no_blocks,
        fingerprint_filter: args.fingerprint_filter,
        terms_outside_quotes: args.terms_outside_quotes,
        length_neutral: args.length_neutral,
        title_weight: args.title_weight,
        ranking: match args.ranking {
            RankingArg::Chi2 => Ranking::Chi2,
            RankingArg::Chi2Eta => Ranking::Chi2Eta,
            RankingArg::GroupF => Ranking::GroupF,
        },
        max_group_share: args.max_group_share,
        cv: args.cv,
        group_by: args.group_by.clone(),
        group_balance: args.group_balance,
        residualise_length: args.residualise_length,
        block_penalty: args.block_penalty,
        adjust_length: args.adjust_length,
        term_norm: match args.term_norm {
            TermNormArg::L2 => TermNorm::L2,
            TermNormArg::L1 => TermNorm::L1,
        },
        term_tf: match args.term_tf {
            TermTfArg::Sublinear => TermTf::Sublinear,
            TermTfArg::Binary => TermTf::Binary,
        },
    })
}

pub fn run(args: &TrainArgs) -> Result<()> {
    if args.multi.multi_label {
        return super::train_multi::run(args);
    }
    let started = Instant::now();
    let options = options(args)?;
    options.check()?;
    for corpus in &args.corpus {
        check_out(&args.out, corpus)?;
    }
    let labels = match &args.label_map {
        Some(p) => Some(slant::input::labels::LabelMap::load(p)?),
        None => None,
    };

    let bars = Bars::new(args.quiet);
    bars.start("reading", None);
    let corpus = TrainCorpus::read(
        &args.corpus,
        &args.fields.fields(),
        args.skip_bad,
        labels.as_ref(),
    )?;
    bars.finish();
    for note in &corpus.notes {
        eprintln!("slant: {}", slant::report::one_line(note));
    }
    let selection = options.select(corpus)?;
    for warning in &selection.warnings {
        eprintln!("slant: {}", slant::report::one_line(warning));
    }
    if let Some(summary) = options.cross_validate(&selection, &bars)? {
        eprintln!(
            "{}-fold cross-validation grouped by {}:",
            summary.folds, args.group_by
        );
        eprint!("{}", slant::report::eval_text::cross_validation(&summary));
    }
    let model = options.fit(&selection, &bars)?;

    model.save(&args.out)?;
    let t = &model.training;
    eprintln!(
        "trained {} on {} rows ({})",
        args.out.display(),
        t.rows,
        t.rows_selected
    );
    for (label, n) in model.labels().iter().zip(&t.rows_per_label) {
        eprintln!("  {:>12}: {n} rows", slant::report::one_line(label));
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

/// The one corpus a multi-label training or evaluation reads.
pub(super) fn one_corpus(corpus: &[PathBuf]) -> Result<&Path> {
    match corpus {
        [one] => Ok(one),
        _ => anyhow::bail!("--multi-label reads one --corpus; got {}", corpus.len()),
    }
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
    Ok(slant::train::sha256_file(path)?)
}
