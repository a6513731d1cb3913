//! `slant score`: score text files, stdin and JSONL corpora, streaming the output.

use super::args::{Format, ScoreArgs, ScoreFormat, StdinFormat};
use anyhow::{Context, Result};
use rayon::prelude::*;
use slant::corpus::{is_jsonl, read_text, read_text_file, sniff_jsonl, Article, JsonlReader};
use slant::features::sourcing::SideMap;
use slant::model::Model;
use slant::report::html::{self, Section};
use slant::report::{tsv, Json, Markdown, Render, Text};
use slant::score::{Scorer, ScorerPool};
use std::io::{BufReader, Read, Write};
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

/// The renderer for an output format.
pub fn renderer(format: Format) -> Box<dyn Render + Sync> {
    match format {
        Format::Text => Box::new(Text),
        Format::Json => Box::new(Json),
        Format::Md => Box::new(Markdown),
        Format::Html => Box::new(slant::report::Html),
    }
}

/// One article, rendered: streamed text, or a section of the HTML page.
enum Piece {
    Text(String),
    Section(Section),
}

/// Where rendered articles go: streamed one by one as they are scored, or, for
/// HTML, gathered into sections and written as one page by [`Output::finish`].
struct Output {
    /// The report renderer; `None` for TSV rows.
    render: Option<Box<dyn Render + Sync>>,
    /// True for one HTML page of sections.
    html: bool,
    page: Option<Vec<Section>>,
}

impl Output {
    fn new(format: ScoreFormat) -> Self {
        let html = format == ScoreFormat::Html;
        Output {
            render: format.report().map(renderer),
            html,
            page: html.then(Vec::new),
        }
    }

    /// Written before the first article: the TSV header.
    fn start(&self, model: &Model) -> String {
        match self.render {
            None => tsv::header(model.labels()),
            Some(_) => String::new(),
        }
    }

    /// Scores and renders one article.
    fn piece(&self, scorer: &mut Scorer, article: &Article) -> Piece {
        let Some(render) = &self.render else {
            return Piece::Text(tsv::row(&scorer.row(article)));
        };
        let score = scorer.score(article);
        if self.html {
            Piece::Section(html::article_section(&score, Some(&article.text)))
        } else {
            Piece::Text(render.article_with_text(&score, &article.text))
        }
    }

    fn push(&mut self, piece: Piece, out: &mut impl Write) -> std::io::Result<()> {
        push_to(&mut self.page, piece, out)
    }

    /// Writes the HTML page, if one was gathered.
    fn finish(self, out: &mut impl Write) -> std::io::Result<()> {
        if let Some(sections) = self.page {
            let title = match sections.as_slice() {
                [one] => one.heading.clone(),
                [] => "slant: no articles".to_string(),
                many => format!("slant: {} articles", many.len()),
            };
            out.write_all(html::page(&title, &sections).as_bytes())?;
        }
        Ok(())
    }
}

/// Writes a rendered article, or adds its section to the HTML `page`.
fn push_to(
    page: &mut Option<Vec<Section>>,
    piece: Piece,
    out: &mut impl Write,
) -> std::io::Result<()> {
    match (piece, page) {
        (Piece::Section(s), Some(sections)) => sections.push(s),
        (Piece::Text(t), _) => out.write_all(t.as_bytes())?,
        (Piece::Section(s), None) => out.write_all(s.body.as_bytes())?,
    }
    Ok(())
}

/// Articles scored per parallel batch of a JSONL corpus: large enough to keep
/// every core busy, small enough that memory stays flat.
const BATCH: usize = 512;

/// Reads up to [`BATCH`] articles. A bad line ends the stream (`stopped`), after
/// the articles before it, unless bad lines are skipped (and counted).
fn read_batch(
    reader: &mut JsonlReader,
    skip_bad: bool,
    skipped: &mut usize,
    stopped: &mut Option<slant::Error>,
) -> Vec<Article> {
    let mut batch = Vec::with_capacity(BATCH);
    for item in reader.by_ref() {
        match item {
            Ok(a) => batch.push(a),
            Err(slant::Error::Input { .. }) if skip_bad => *skipped += 1,
            Err(e) => {
                // What came before the bad line is still scored, so nothing read is lost.
                *stopped = Some(e);
                break;
            }
        }
        if batch.len() == BATCH {
            break;
        }
    }
    batch
}

pub fn run(args: &ScoreArgs) -> Result<()> {
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("setting up worker threads")?;
    }
    let model = load_model(args.model.as_deref())?;
    let sides = match &args.sides {
        Some(path) => Some(std::sync::Arc::new(SideMap::load(path)?)),
        None => None,
    };
    let pool = ScorerPool::with_sides(&model, args.top, sides);
    let mut output = Output::new(args.format);
    // Not locked: a batch's output is written by whichever thread is free.
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout());
    out.write_all(output.start(&model).as_bytes())?;
    for input in &args.inputs {
        if input.as_os_str() == "-" {
            let text = match read_stdin(args)? {
                Stdin::Jsonl(reader) => {
                    let name = Path::new("(stdin)");
                    score_jsonl_from(&pool, reader, name, args, &mut output, &mut out)?;
                    continue;
                }
                Stdin::Text(text) => text,
            };
            let article = Article {
                id: "(stdin)".into(),
                text,
                ..Default::default()
            };
            let piece = pool.with(|s| output.piece(s, &article));
            output.push(piece, &mut out)?;
        } else if is_jsonl(input) {
            score_jsonl(&pool, input, args, &mut output, &mut out)?;
        } else {
            let text = read_text_file(input, args.lossy, args.fields.max_article_bytes)?;
            let article = Article {
                id: input.display().to_string(),
                text,
                ..Default::default()
            };
            let piece = pool.with(|s| output.piece(s, &article));
            output.push(piece, &mut out)?;
        }
    }
    output.finish(&mut out)?;
    out.flush()?;
    Ok(())
}

fn score_jsonl(
    pool: &ScorerPool,
    path: &Path,
    args: &ScoreArgs,
    output: &mut Output,
    out: &mut (impl Write + Send),
) -> Result<()> {
    let reader = JsonlReader::open(path, args.fields.fields())?;
    score_jsonl_from(pool, reader, path, args, output, out)
}

/// Scores the articles of `reader`; `path` names it in messages.
fn score_jsonl_from(
    pool: &ScorerPool,
    reader: JsonlReader,
    path: &Path,
    args: &ScoreArgs,
    output: &mut Output,
    out: &mut (impl Write + Send),
) -> Result<()> {
    let mut reader = reader.lossy(args.lossy).known_fields_only(true);
    let mut skipped = 0usize;
    let mut stopped = None;
    let mut batch = read_batch(&mut reader, args.skip_bad, &mut skipped, &mut stopped);
    let mut page = output.page.take();
    let shared: &Output = output;
    // The articles scored last, rendered, waiting to be written.
    let mut pending: Vec<Piece> = Vec::new();
    while !batch.is_empty() {
        // Score this batch on every core while the one before is written and the
        // next one is read and parsed.
        let reading = stopped.is_none();
        let (rendered, (next, written)) = rayon::join(
            || -> Vec<Piece> {
                batch
                    .par_iter()
                    // Small pieces: a thread that runs out of work takes articles
                    // from the other instead of waiting for its long run to end.
                    .with_max_len(4)
                    .map(|a| pool.with(|scorer| shared.piece(scorer, a)))
                    .collect()
            },
            || {
                let written = (pending.drain(..)).try_for_each(|p| push_to(&mut page, p, out));
                let next = if reading && written.is_ok() {
                    read_batch(&mut reader, args.skip_bad, &mut skipped, &mut stopped)
                } else {
                    Vec::new()
                };
                (next, written)
            },
        );
        written?;
        pending = rendered;
        batch = next;
    }
    for p in pending {
        push_to(&mut page, p, out)?;
    }
    output.page = page;
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

/// Stdin, read as one text article or as a JSONL corpus.
enum Stdin {
    Text(String),
    Jsonl(JsonlReader),
}

/// Reads stdin as `--stdin-format` says, or as its first non-blank line suggests.
fn read_stdin(args: &ScoreArgs) -> Result<Stdin> {
    let fields = args.fields.fields();
    let mut stdin = BufReader::with_capacity(1 << 20, std::io::stdin());
    let (jsonl, seen) = match args.stdin_format {
        StdinFormat::Auto => sniff_jsonl(&mut stdin, &fields)?,
        StdinFormat::Jsonl => (true, Vec::new()),
        StdinFormat::Text => (false, Vec::new()),
    };
    let input = std::io::Cursor::new(seen).chain(stdin);
    if jsonl {
        return Ok(Stdin::Jsonl(JsonlReader::from_reader(
            "(stdin)", input, fields,
        )));
    }
    let max = fields.max_article_bytes;
    Ok(Stdin::Text(read_text(input, "(stdin)", args.lossy, max)?))
}
