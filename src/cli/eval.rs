//! `slant eval`: score labelled rows and report accuracy, F1, confusion and calibration.

use super::args::{EvalArgs, EvalFormat};
use super::score::load_model;
use anyhow::Result;
use slant::corpus::{read_all, JsonlReader};

pub fn run(args: &EvalArgs) -> Result<()> {
    let model = load_model(args.model.as_deref())?;
    let reader = JsonlReader::open(&args.corpus, args.fields.fields())?.require_label(true);
    let (mut rows, skipped) = read_all(reader, args.skip_bad)?;
    if skipped > 0 {
        eprintln!(
            "slant: skipped {skipped} malformed lines of {}",
            args.corpus.display()
        );
    }
    if let Some(f) = &args.split_field {
        rows.retain(|a| {
            a.field(f)
                .is_some_and(|v| args.split_values.iter().any(|x| x == v))
        });
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
        (EvalFormat::Text, None) => print!("{}", metrics.to_text()),
        (EvalFormat::Json, None) => println!("{}", serde_json::to_string(&metrics)?),
        (EvalFormat::Text, Some(f)) => {
            print!("{}", metrics.to_text());
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
