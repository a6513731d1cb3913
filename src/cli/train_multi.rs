//! `slant train --multi-label`: fit one logistic regression per code of a codebook,
//! choose each code's threshold by grouped cross-validation, save atomically.

use super::args::TrainArgs;
use super::progress::Bars;
use anyhow::Result;
use slant::model::multi::{read_multi_corpus, MultiFields, MultiTrainingInfo};
use slant::train::multi::{multi_params, MultiLabelOptions};
use std::time::Instant;

pub fn run(args: &TrainArgs) -> Result<()> {
    let started = Instant::now();
    let m = &args.multi;
    if args.label_map.is_some() {
        anyhow::bail!("--label-map does not apply to --multi-label training");
    }
    let multi = MultiLabelOptions {
        labels_field: m.labels_field.clone(),
        known_field: m.known_field.clone(),
        labels: m.labels.clone(),
        top_k: m.top_k,
        rule_rows: m.rule_rows.clone(),
        no_frame_cues: m.no_frame_cues,
        min_probability: m.min_probability,
        per_label: super::set_rule::per_label_rule(
            m.rule,
            match m.top_k {
                slant::train::multi::TopK::Fixed(k) => k,
                slant::train::multi::TopK::Auto(_) => 0,
            },
            m.max_labels,
            m.min_ratio,
            m.min_labels,
        )?,
        positive_share: m.positive_share,
    };
    let (params, rule_rows) = multi_params(&super::train::options(args)?, &multi)?;
    if m.out_of_fold.is_some() {
        slant::train::multi::check_out_of_fold(&params)?;
    }
    let corpus = super::train::one_corpus(&args.corpus)?;
    super::train::check_out(&args.out, corpus)?;
    if let Some(path) = &m.out_of_fold {
        slant::model::check_output(path).map_err(|e| anyhow::anyhow!("--out-of-fold {e}"))?;
    }
    let group = args.group_field.as_deref().unwrap_or(&args.group_by);
    let split = args
        .split_field
        .as_deref()
        .map(|f| (f, args.train_values.as_slice()));
    let fields = MultiFields {
        text: &args.fields.text_field,
        title: &args.fields.title_field,
        id: &args.fields.id_field,
        labels: &m.labels_field,
        known: m.known_field.as_deref(),
        group: Some(group),
        split,
        rule_rows: rule_rows.as_ref().map(|(f, v)| (f.as_str(), v.as_slice())),
        label_names: &m.labels,
        max_line_bytes: args.fields.max_article_bytes,
    };
    let data = read_multi_corpus(corpus, &fields)?;
    let info = MultiTrainingInfo {
        corpus: corpus
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        corpus_sha256: super::train::sha256_file(corpus)?,
        ..Default::default()
    };
    let bars = Bars::new(args.quiet);
    let (model, out_of_fold) = params.fit_keeping_folds(&data, info, &bars)?;
    model.save(&args.out)?;
    if let (Some(path), Some(probabilities)) = (&m.out_of_fold, out_of_fold) {
        let folds = slant::train::multi::OutOfFold {
            ids: data.ids,
            probabilities,
        };
        folds.write(path, model.labels())?;
    }
    let t = &model.training;
    eprintln!(
        "trained {} codes on {} rows in {:.1}s; wrote {}",
        model.labels().len(),
        t.rows,
        started.elapsed().as_secs_f64(),
        args.out.display()
    );
    if let Some(cv) = &t.cv {
        eprintln!(
            "grouped {}-fold cross-validation over {} groups ({group}):",
            cv.folds, cv.groups
        );
        eprintln!(
            "  {:<46} {:>7} {:>9} {:>9} {:>9} {:>6} {:>8}",
            "code", "support", "threshold", "precision", "recall", "F1", "F1+topk"
        );
        for l in &cv.per_label {
            eprintln!(
                "  {:<46} {:>7} {:>9.2} {:>9.3} {:>9.3} {:>6.3} {:>8.3}",
                slant::report::one_line(&l.label),
                l.support,
                l.threshold,
                l.precision,
                l.recall,
                l.f1,
                l.f1_top_k
            );
        }
        eprintln!(
            "  thresholds: micro-F1 {:.3}, macro-F1 {:.3}; top-{} plus thresholds: micro-F1 {:.3}, macro-F1 {:.3}",
            cv.micro_f1, cv.macro_f1, cv.top_k, cv.micro_f1_top_k, cv.macro_f1_top_k
        );
        if !cv.rule.is_empty() {
            eprintln!(
                "  decision rule on the {} rule rows (top-k plus thresholds):",
                cv.rule_rows
            );
            for r in &cv.rule {
                eprintln!(
                    "    top-{}: micro-F1 {:.3}, macro-F1 {:.3}{}",
                    r.top_k,
                    r.micro_f1,
                    r.macro_f1,
                    if r.top_k == cv.top_k {
                        "  (chosen)"
                    } else {
                        ""
                    }
                );
            }
        }
    }
    Ok(())
}
