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
    let metrics = slant::eval::evaluate(&model, &rows, Some(&args.group_field), ordinal)?;
    match args.format {
        EvalFormat::Text => print!("{}", metrics.to_text()),
        EvalFormat::Json => println!("{}", serde_json::to_string(&metrics)?),
    }
    Ok(())
}
