//! `slant eval --multi-label`: a frame model's agreement with human codes.

use super::args::{EvalArgs, EvalFormat};
use super::score::{load_frames, set_frame_rule};
use anyhow::Result;
use rayon::prelude::*;
use slant::features::Scratch;
use slant::model::multi::eval::agreement;
use slant::model::multi::{read_multi_corpus, MultiFields};

pub fn run(args: &EvalArgs) -> Result<()> {
    if args.label_map.is_some() {
        anyhow::bail!(
            "--label-map does not apply to --multi-label (codes come from --labels-field)"
        );
    }
    // `--model` names the model to evaluate in either mode: with --multi-label it is
    // the frame model, so that a file given there is never passed over silently.
    let path = args.frames_model.as_deref().or(args.model.as_deref());
    let mut frames = load_frames(path, false)?;
    set_frame_rule(&mut frames, args.frames_top_k, args.frames_min_probability)?;
    let model = frames.expect("frames on");
    let split = args
        .split_field
        .as_deref()
        .map(|f| (f, args.split_values.as_slice()));
    let fields = MultiFields {
        text: &args.fields.text_field,
        title: &args.fields.title_field,
        id: &args.fields.id_field,
        labels: &args.labels_field,
        known: args.known_field.as_deref(),
        group: None,
        split,
        rule_rows: None,
        label_names: model.labels(),
        max_line_bytes: args.fields.max_article_bytes,
    };
    let data = read_multi_corpus(super::train::one_corpus(&args.corpus)?, &fields)?;
    let predicted: Vec<u64> = (0..data.len())
        .into_par_iter()
        .map_init(Scratch::default, |scratch, r| {
            let v = model.vector(data.titles[r].as_deref(), &data.texts[r], scratch);
            let present = model.decide(&model.probabilities(&v));
            present
                .iter()
                .enumerate()
                .fold(0u64, |b, (j, &p)| b | (p as u64) << j)
        })
        .collect();
    let a = agreement(model.labels(), &data.labels, &data.known, &predicted);
    match args.format {
        EvalFormat::Json => println!("{}", serde_json::to_string_pretty(&a)?),
        EvalFormat::Text => {
            println!("{} rows; decision rule: {}", a.rows, model.rule_text());
            println!(
                "{:<46} {:>6} {:>7} {:>9} {:>9} {:>7} {:>6} {:>7}",
                "code", "rows", "support", "predicted", "precision", "recall", "F1", "alpha"
            );
            for l in &a.per_label {
                let alpha = l.alpha.map_or("—".to_string(), |v| format!("{v:.3}"));
                println!(
                    "{:<46} {:>6} {:>7} {:>9} {:>9.3} {:>7.3} {:>6.3} {:>7}",
                    slant::report::one_line(&l.label),
                    l.rows,
                    l.support,
                    l.predicted,
                    l.precision,
                    l.recall,
                    l.f1,
                    alpha
                );
            }
            println!("micro-F1 {:.3}, macro-F1 {:.3}", a.micro_f1, a.macro_f1);
        }
    }
    Ok(())
}
