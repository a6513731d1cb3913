//! `slant eval`: score labelled rows and report accuracy, F1, confusion and calibration.

use super::args::{EvalArgs, EvalFormat};
use super::score::load_model;
use anyhow::Result;
use slant::corpus::JsonlReader;

pub fn run(args: &EvalArgs) -> Result<()> {
    if args.multi_label {
        return super::eval_multi::run(args);
    }
    let model = load_model(args.model.as_deref())?;
    let mut reader = JsonlReader::open(&args.corpus, args.fields.fields())?.require_label(true);
    let mut rows = Vec::new();
    let mut skipped = 0;
    while let Some(item) = reader.next() {
        let a = match item {
            Ok(a) => a,
            Err(slant::Error::Input { .. }) if args.skip_bad => {
                skipped += 1;
                continue;
            }
            Err(e) => return Err(e.into()),
        };
        let selected = match &args.split_field {
            Some(f) => a
                .field(f)
                .is_some_and(|v| args.split_values.iter().any(|x| x == v)),
            None => true,
        };
        if !selected {
            continue;
        }
        // Checked here, where the line is known, so the error says where the row is.
        let label = a.label.as_deref().unwrap_or_default();
        if model.label_index(label).is_none() {
            anyhow::bail!(
                "{}:{}: label \"{label}\" is not one of the model's labels ({})",
                args.corpus.display(),
                reader.line(),
                model.labels().join(", ")
            );
        }
        rows.push(a);
    }
    if skipped > 0 {
        eprintln!(
            "slant: skipped {skipped} malformed lines of {}",
            args.corpus.display()
        );
    }
    if rows.is_empty() {
        anyhow::bail!(
            "{}: no rows to evaluate; check --split-field and --split-values",
            args.corpus.display()
        );
    }
    let ordinal = (!args.ordinal.is_empty()).then_some(args.ordinal.as_slice());
    let (metrics, fitted) = slant::eval::evaluate_fitting(
        &model,
        &rows,
        Some(&args.group_field),
        ordinal,
        args.fit_offsets,
    )?;
    match (args.format, fitted) {
        (EvalFormat::Text, None) => print!("{}", slant::report::eval_text::metrics(&metrics)),
        (EvalFormat::Json, None) => println!("{}", serde_json::to_string(&metrics)?),
        (EvalFormat::Text, Some(f)) => {
            print!("{}", slant::report::eval_text::metrics(&metrics));
            let offsets: Vec<String> = f
                .offsets
                .iter()
                .map(|(label, v)| format!("{label}={v:.3}"))
                .collect();
            println!(
                "\nlogit offsets that fit these rows best (for slant train --logit-offsets):\n  {}",
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
            value["with_fitted_offsets"] = serde_json::to_value(&f.metrics)?;
            println!("{value}");
        }
    }
    Ok(())
}
