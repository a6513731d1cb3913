//! `slant eval`: score labelled rows and report accuracy, F1, confusion and calibration.

use super::args::{EvalArgs, EvalFormat, OffsetRuleArg};
use super::score::load_model;
use anyhow::Result;
use slant::corpus::{is_jsonl, Article, JsonlReader};
use slant::input::labels::LabelMap;
use slant::model::Model;
use std::path::Path;

pub fn run(args: &EvalArgs) -> Result<()> {
    if args.multi_label {
        return super::eval_multi::run(args);
    }
    let model = load_model(args.model.as_deref())?;
    let labels = match &args.label_map {
        Some(p) => Some(slant::input::labels::LabelMap::load(p)?),
        None => None,
    };
    let mut rows = Vec::new();
    for corpus in &args.corpus {
        if !is_jsonl(corpus) {
            if let Some(kind) = slant::input::kind_of(corpus)? {
                read_web(args, &model, corpus, kind, labels.as_ref(), &mut rows)?;
                continue;
            }
        }
        read_jsonl(args, &model, corpus, labels.as_ref(), &mut rows)?;
    }
    if rows.is_empty() {
        anyhow::bail!(
            "{}: no rows to evaluate; check --split-field and --split-values",
            args.corpus
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let ordinal = (!args.ordinal.is_empty()).then_some(args.ordinal.as_slice());
    let rule = match args.offset_rule {
        OffsetRuleArg::Likelihood => slant::eval::OffsetRule::Likelihood,
        OffsetRuleArg::Uniform => slant::eval::OffsetRule::Uniform,
    };
    let (metrics, fitted) = slant::eval::evaluate_fitting(
        &model,
        &rows,
        Some(&args.group_field),
        ordinal,
        args.fit_offsets.then_some(rule),
    )?;
    match (args.format, fitted) {
        (EvalFormat::Text, None) => print!("{}", slant::report::eval_text::metrics(&metrics)),
        (EvalFormat::Json, None) => println!("{}", serde_json::to_string(&metrics)?),
        (EvalFormat::Text, Some(f)) => {
            print!("{}", slant::report::eval_text::metrics(&metrics));
            let offsets: Vec<String> = f
                .offsets
                .iter()
                .map(|(label, v)| format!("{}={v:.3}", slant::report::one_line(label)))
                .collect();
            let what = match rule {
                slant::eval::OffsetRule::Likelihood => "that fit these rows best",
                slant::eval::OffsetRule::Uniform => {
                    "that make the mean predicted probabilities equal"
                }
            };
            println!(
                "\nlogit offsets {what} (for slant train --logit-offsets):\n  {}",
                offsets.join(",")
            );
            println!(
                "with them, on these same rows: accuracy {:.3}, macro-F1 {:.3}",
                f.metrics.accuracy, f.metrics.macro_f1
            );
        }
        (EvalFormat::Json, Some(f)) => {
            let mut value = serde_json::to_value(&metrics)?;
            let offsets: serde_json::Map<String, serde_json::Value> = f
                .offsets
                .iter()
                .map(|(label, v)| (label.clone(), (*v).into()))
                .collect();
            value["fitted_offsets"] = offsets.into();
            value["offset_rule"] = rule.id().into();
            value["with_fitted_offsets"] = serde_json::to_value(&f.metrics)?;
            println!("{value}");
        }
    }
    Ok(())
}

/// True when `a` is among the rows --split-field and --split-values select.
fn selected(args: &EvalArgs, a: &Article) -> bool {
    match &args.split_field {
        Some(f) => a
            .field(f)
            .is_some_and(|v| args.split_values.iter().any(|x| x == v)),
        None => true,
    }
}

/// The selected rows of a JSONL corpus, labelled by the label map when it has a key
/// for them (as web input is), else by their own label; a label the model lacks
/// names its line (of the map or of the corpus).
fn read_jsonl(
    args: &EvalArgs,
    model: &Model,
    path: &Path,
    labels: Option<&LabelMap>,
    rows: &mut Vec<Article>,
) -> Result<()> {
    let mut reader = JsonlReader::open(path, args.fields.fields())?.require_label(labels.is_none());
    let mut skipped = 0;
    let (mut read, mut unlabelled) = (0usize, 0usize);
    while let Some(item) = reader.next() {
        let mut a = match item {
            Ok(a) => a,
            Err(slant::Error::Input { .. }) if args.skip_bad => {
                skipped += 1;
                continue;
            }
            Err(e) => return Err(e.into()),
        };
        // Checked here, where the line is known, so the error says where the row is.
        let place = match labels {
            None => format!("{}:{}", path.display(), reader.line()),
            Some(map) => {
                read += 1;
                match (map.label_of(&a), &a.label) {
                    (Some(entry), _) => {
                        a.label = Some(entry.label.clone());
                        format!("{}:{}", map.path().display(), entry.line)
                    }
                    (None, Some(_)) => format!("{}:{}", path.display(), reader.line()),
                    (None, None) => {
                        unlabelled += 1;
                        continue;
                    }
                }
            }
        };
        if !selected(args, &a) {
            continue;
        }
        let label = a.label.as_deref().unwrap_or_default();
        if model.label_index(label).is_none() {
            anyhow::bail!(
                "{place}: label \"{label}\" is not one of the model's labels ({})",
                model.labels().join(", ")
            );
        }
        rows.push(a);
    }
    if skipped > 0 {
        eprintln!(
            "slant: skipped {skipped} malformed lines of {}",
            path.display()
        );
    }
    if let (Some(map), true) = (labels, unlabelled > 0) {
        eprintln!(
            "slant: skipped {unlabelled} of {read} articles of {} that {} does not label (no line for their id, URL or host)",
            path.display(),
            map.path().display()
        );
    }
    Ok(())
}

/// The selected articles of a web page or WARC, labelled by the label map; a label
/// the model lacks names the map's line.
fn read_web(
    args: &EvalArgs,
    model: &Model,
    path: &Path,
    kind: slant::input::Kind,
    labels: Option<&LabelMap>,
    rows: &mut Vec<Article>,
) -> Result<()> {
    let Some(map) = labels else {
        anyhow::bail!(
            "{}: HTML and WARC input carry no labels; give --label-map FILE (lines of \
             host, URL or id, a tab, and the label)",
            path.display()
        );
    };
    let reader = slant::input::WebReader::open(path, kind, args.fields.max_article_bytes)?;
    let mut articles = slant::input::WebArticles::new(reader);
    let (mut read, mut unlabelled) = (0usize, 0usize);
    for a in &mut articles {
        let mut a = a?;
        read += 1;
        let Some(entry) = map.label_of(&a) else {
            unlabelled += 1;
            continue;
        };
        if model.label_index(&entry.label).is_none() {
            anyhow::bail!(
                "{}:{}: label \"{}\" is not one of the model's labels ({})",
                map.path().display(),
                entry.line,
                entry.label,
                model.labels().join(", ")
            );
        }
        a.label = Some(entry.label.clone());
        if selected(args, &a) {
            rows.push(a);
        }
    }
    if let Some(s) = articles.summary() {
        eprintln!("slant: {s}");
    }
    if unlabelled > 0 {
        eprintln!(
            "slant: skipped {unlabelled} of {read} articles of {} that {} does not label (no line for their id, URL or host)",
            path.display(),
            map.path().display()
        );
    }
    Ok(())
}
