//! `slant score`: score text files, stdin and JSONL corpora, streaming the output.

use super::args::{Format, ScoreArgs};
use anyhow::{Context, Result};
use rayon::prelude::*;
use slant::corpus::{decode, is_jsonl, read_text_file, Article, JsonlReader};
use slant::model::Model;
use slant::report::{Json, Markdown, Render, Text};
use slant::score::Scorer;
use std::io::{Read, Write};
use std::path::Path;

/// The default model, embedded at build time (see models/README.md).
static DEFAULT_MODEL: &[u8] = include_bytes!("../../models/default.json.gz");

/// Loads `--model`, or the embedded default.
pub fn load_model(path: Option<&Path>) -> Result<Model> {
    Ok(match path {
        Some(p) => Model::load(p)?,
        None => Model::from_bytes(DEFAULT_MODEL, "(embedded default)")?,
    })
}

fn renderer(format: Format) -> Box<dyn Render + Sync> {
    match format {
        Format::Text => Box::new(Text),
        Format::Json => Box::new(Json),
        Format::Md => Box::new(Markdown),
    }
}

/// Articles scored per parallel batch of a JSONL corpus: large enough to keep
/// every core busy, small enough that memory stays flat.
const BATCH: usize = 512;

pub fn run(args: &ScoreArgs) -> Result<()> {
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("setting up worker threads")?;
    }
    let model = load_model(args.model.as_deref())?;
    let render = renderer(args.format);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    for input in &args.inputs {
        if input.as_os_str() == "-" {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .context("reading stdin")?;
            let text = decode(bytes, "(stdin)", args.lossy)?;
            let article = Article {
                id: "(stdin)".into(),
                text,
                ..Default::default()
            };
            let score = Scorer::new(&model, args.top).score(&article);
            out.write_all(render.article(&score).as_bytes())?;
        } else if is_jsonl(input) {
            score_jsonl(&model, input, args, render.as_ref(), &mut out)?;
        } else {
            let text = read_text_file(input, args.lossy)?;
            let article = Article {
                id: input.display().to_string(),
                text,
                ..Default::default()
            };
            let score = Scorer::new(&model, args.top).score(&article);
            out.write_all(render.article(&score).as_bytes())?;
        }
    }
    out.flush()?;
    Ok(())
}

fn score_jsonl(
    model: &Model,
    path: &Path,
    args: &ScoreArgs,
    render: &(dyn Render + Sync),
    out: &mut impl Write,
) -> Result<()> {
    let mut reader = JsonlReader::open(path, args.fields.fields())?.lossy(args.lossy);
    let mut skipped = 0usize;
    let mut stopped = None;
    while stopped.is_none() {
        let mut batch = Vec::with_capacity(BATCH);
        for item in reader.by_ref() {
            match item {
                Ok(a) => batch.push(a),
                Err(slant::Error::Input { .. }) if args.skip_bad => skipped += 1,
                Err(e) => {
                    // Score what came before the bad line first, so nothing read is lost.
                    stopped = Some(e);
                    break;
                }
            }
            if batch.len() == BATCH {
                break;
            }
        }
        if batch.is_empty() && stopped.is_none() {
            break;
        }
        let rendered: Vec<String> = batch
            .par_iter()
            .map_init(
                || Scorer::new(model, args.top),
                |scorer, a| render.article(&scorer.score(a)),
            )
            .collect();
        for r in rendered {
            out.write_all(r.as_bytes())?;
        }
    }
    if skipped > 0 {
        eprintln!(
            "slant: skipped {skipped} malformed lines of {}",
            path.display()
        );
    }
    match stopped {
        Some(e) => Err(e.into()),
        None => Ok(()),
    }
}
