//! `slant score`: score text files, stdin and JSONL corpora, streaming the output.

use super::args::{Format, ScoreArgs, ScoreFormat, StdinFormat};
use anyhow::{Context, Result};
use rayon::prelude::*;
use slant::corpus::{is_jsonl, read_text, read_text_file, sniff_jsonl, Article, JsonlReader};
use slant::features::sourcing::SideMap;
use slant::model::{Model, MultiLabelModel};
use slant::report::html::{self, PageWriter, Section};
use slant::report::{tsv, Json, Markdown, Render, Text};
use slant::score::ScorerPool;
use std::io::{BufReader, Read, Write};
use std::path::Path;

/// The 15-frame policy model, embedded at build time (see models/README.md).
static FRAMES_MODEL: &[u8] = include_bytes!("../../models/frames.json.gz");

/// The 5 generic news frames model, embedded at build time (see models/README.md).
static GENERIC_FRAMES_MODEL: &[u8] = include_bytes!("../../models/generic_frames.json.gz");

/// Loads `--frames-model`: `policy` (also when absent) or `generic` for an embedded
/// model, else a file; none with `--no-frames`.
pub fn load_frames(path: Option<&Path>, off: bool) -> Result<Option<MultiLabelModel>> {
    if off {
        return Ok(None);
    }
    Ok(Some(match path {
        None => MultiLabelModel::from_bytes(FRAMES_MODEL, "(embedded policy frame model)")?,
        Some(p) if p == Path::new("policy") => {
            MultiLabelModel::from_bytes(FRAMES_MODEL, "(embedded policy frame model)")?
        }
        Some(p) if p == Path::new("generic") => {
            MultiLabelModel::from_bytes(GENERIC_FRAMES_MODEL, "(embedded generic frame model)")?
        }
        Some(p) => MultiLabelModel::load(p)?,
    }))
}

/// Applies `--frames-top-k` and `--frames-min-probability` to a frame model's rule.
/// A K given marks the K most likely frames: the rule ranks by probability from then on.
pub fn set_frame_rule(
    frames: &mut Option<MultiLabelModel>,
    top_k: Option<usize>,
    min_probability: Option<f32>,
) -> Result<()> {
    if let Some(model) = frames {
        if let Some(k) = top_k {
            model.set_top_k(k);
            model.set_per_label(None)?;
        }
        if let Some(p) = min_probability {
            model.set_min_probability(p)?;
        }
    }
    Ok(())
}

/// Loads `--model`, or the embedded default.
pub fn load_model(path: Option<&Path>) -> Result<Model> {
    Ok(match path {
        Some(p) => Model::load(p)?,
        None => Model::builtin()?,
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

/// An article scored and rendered, or the internal error (a panic) that stopped it.
type Scored = Result<Piece, slant::Error>;

/// Where rendered articles go: streamed one by one as they are scored; for HTML,
/// into one page that is also written as it goes (see [`PageWriter`]).
struct Output {
    /// The report renderer; `None` for TSV rows.
    render: Option<Box<dyn Render + Sync>>,
    /// True for one HTML page of sections.
    html: bool,
    page: Option<PageWriter>,
}

impl Output {
    fn new(format: ScoreFormat, inputs: &[std::path::PathBuf]) -> Self {
        let html = format == ScoreFormat::Html;
        Output {
            render: format.report().map(renderer),
            html,
            page: html.then(|| PageWriter::new(page_title(inputs))),
        }
    }

    /// Written before the first article: the TSV header.
    fn start(&self, model: &Model, frames: Option<&MultiLabelModel>) -> String {
        match self.render {
            None => tsv::header_with_frames(model.labels(), frames.map_or(&[], |f| f.labels())),
            Some(_) => String::new(),
        }
    }

    /// Scores and renders one article; a panic on the way becomes an internal error
    /// naming the article, so that the articles before it are still written.
    fn piece(&self, pool: &ScorerPool, article: &Article) -> Scored {
        super::panic::guard(&article.id, || {
            pool.with(|scorer| {
                let Some(render) = &self.render else {
                    return Piece::Text(tsv::row(&scorer.row(article)));
                };
                let score = scorer.score(article);
                if self.html {
                    let mut section = html::article_section(&score, Some(&article.text));
                    if let Some(note) = html::extraction_note(article) {
                        section.body.insert_str(0, &note);
                    }
                    Piece::Section(section)
                } else {
                    Piece::Text(render.article_with_text(&score, &article.text))
                }
            })
        })
    }

    fn push(&mut self, piece: Scored, out: &mut impl Write) -> Result<()> {
        push_to(&mut self.page, piece, out)
    }

    /// Ends the HTML page, if there is one; `stopped` says why it ends early.
    fn finish(self, stopped: Option<&str>, out: &mut impl Write) -> std::io::Result<()> {
        match self.page {
            Some(page) => page.finish(stopped, out),
            None => Ok(()),
        }
    }
}

/// The title of an HTML page of several articles: their number when each input is
/// one article, otherwise the inputs' names.
fn page_title(inputs: &[std::path::PathBuf]) -> String {
    let single = |p: &Path| {
        p.as_os_str() == "-"
            || !(is_jsonl(p) || slant::input::kind_by_name(p) == Some(slant::input::Kind::Warc))
    };
    if inputs.iter().all(|p| single(p)) {
        return format!("slant: {} articles", inputs.len());
    }
    let names: Vec<String> = inputs
        .iter()
        .map(|p| match p.as_os_str() == "-" {
            true => "(stdin)".to_string(),
            false => p.display().to_string(),
        })
        .collect();
    format!("slant: articles of {}", names.join(", "))
}

/// Writes a rendered article, or adds its section to the HTML `page`; an article
/// that failed ends the output with its error.
fn push_to(page: &mut Option<PageWriter>, piece: Scored, out: &mut impl Write) -> Result<()> {
    match (piece?, page) {
        (Piece::Section(s), Some(page)) => page.push(s, out)?,
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
    reader: &mut impl Iterator<Item = slant::Result<Article>>,
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
    let mut frames = load_frames(args.frames_model.as_deref(), args.no_frames)?;
    set_frame_rule(&mut frames, args.frames_top_k, args.frames_min_probability)?;
    let mut pool = ScorerPool::with_sides(&model, args.top, sides);
    pool.set_frames(frames.as_ref());
    let mut output = Output::new(args.format, &args.inputs);
    // Not locked: a batch's output is written by whichever thread is free.
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout());
    let result = score_all(
        &pool,
        (&model, frames.as_ref()),
        args,
        &mut output,
        &mut out,
    );
    // What was scored stays written: the HTML page is closed, saying why it stopped.
    let stopped = match &result {
        Err(e) if super::is_broken_pipe(e) => return result,
        Err(e) => Some(format!("{e:#}")),
        Ok(()) => None,
    };
    let finished = output
        .finish(stopped.as_deref(), &mut out)
        .and_then(|()| out.flush());
    result?;
    finished?;
    Ok(())
}

/// Scores every input in order, writing each article as it is done.
fn score_all(
    pool: &ScorerPool,
    (model, frames): (&Model, Option<&MultiLabelModel>),
    args: &ScoreArgs,
    output: &mut Output,
    out: &mut (impl Write + Send),
) -> Result<()> {
    out.write_all(output.start(model, frames).as_bytes())?;
    for input in &args.inputs {
        if input.as_os_str() == "-" {
            let text = match read_stdin(args)? {
                Stdin::Jsonl(reader) => {
                    let name = Path::new("(stdin)");
                    score_jsonl_from(pool, reader, name, args, output, out)?;
                    continue;
                }
                Stdin::Text(text) => text,
            };
            let article = Article::from_text("(stdin)", text);
            let piece = output.piece(pool, &article);
            output.push(piece, out)?;
        } else if is_jsonl(input) {
            score_jsonl(pool, input, args, output, out)?;
        } else if let Some(kind) = slant::input::kind_of(input)? {
            score_web(pool, input, kind, args, output, out)?;
        } else {
            let text = read_text_file(input, args.lossy, args.fields.max_article_bytes)?;
            let article = Article::from_text(input.display().to_string(), text);
            let piece = output.piece(pool, &article);
            output.push(piece, out)?;
        }
    }
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

/// Scores an HTML page (its article) or every page of a WARC. A WARC record that
/// cannot be read or holds no article is skipped and counted on stderr.
fn score_web(
    pool: &ScorerPool,
    path: &Path,
    kind: slant::input::Kind,
    args: &ScoreArgs,
    output: &mut Output,
    out: &mut (impl Write + Send),
) -> Result<()> {
    let reader = slant::input::WebReader::open(path, kind, args.fields.max_article_bytes)?;
    if kind == slant::input::Kind::Html {
        for item in reader {
            let piece = output.piece(pool, &item?.into_article());
            output.push(piece, out)?;
        }
        return Ok(());
    }
    let mut articles = slant::input::WebArticles::new(reader);
    let result = score_stream(pool, &mut articles, path, args, output, out);
    if let Some(summary) = articles.summary() {
        eprintln!("slant: {summary}");
    }
    result
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
    let reader = reader.lossy(args.lossy).known_fields_only(true);
    score_stream(pool, reader, path, args, output, out)
}

/// Scores a stream of articles in parallel batches, writing them in order.
fn score_stream(
    pool: &ScorerPool,
    mut reader: impl Iterator<Item = slant::Result<Article>> + Send,
    path: &Path,
    args: &ScoreArgs,
    output: &mut Output,
    out: &mut (impl Write + Send),
) -> Result<()> {
    let mut skipped = 0usize;
    let mut stopped = None;
    let mut batch = read_batch(&mut reader, args.skip_bad, &mut skipped, &mut stopped);
    let mut page = output.page.take();
    let shared: &Output = output;
    // The articles scored last, rendered, waiting to be written.
    let mut pending: Vec<Scored> = Vec::new();
    let mut result = Ok(());
    while !batch.is_empty() {
        // Score this batch on every core while the one before is written and the
        // next one is read and parsed.
        let reading = stopped.is_none();
        let (rendered, (next, written)) = rayon::join(
            || -> Vec<Scored> {
                batch
                    .par_iter()
                    // Small pieces: a thread that runs out of work takes articles
                    // from the other instead of waiting for its long run to end.
                    .with_max_len(4)
                    .map(|a| shared.piece(pool, a))
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
        if written.is_err() {
            result = written;
            break;
        }
        pending = rendered;
        batch = next;
    }
    if result.is_ok() {
        result = pending
            .into_iter()
            .try_for_each(|p| push_to(&mut page, p, out));
    }
    output.page = page;
    result?;
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

/// True when the first non-blank line of `seen` is a JSON object: JSON Lines whose
/// text field is named otherwise, which a reader would not want scored as prose.
fn first_line_is_object(seen: &[u8]) -> bool {
    let line = seen
        .split(|&b| b == b'\n')
        .find(|l| !l.iter().all(|b| b.is_ascii_whitespace()))
        .unwrap_or_default();
    let line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
    serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(line.trim_ascii()).is_ok()
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
    if !jsonl && args.stdin_format == StdinFormat::Auto && first_line_is_object(&seen) {
        eprintln!(
            "slant: (stdin): the first line is a JSON object without a string \"{}\" field, \
             so stdin is read as one article of text; name the field with --text-field, \
             or say --stdin-format text",
            fields.text
        );
    }
    let input = std::io::Cursor::new(seen).chain(stdin);
    if jsonl {
        return Ok(Stdin::Jsonl(JsonlReader::from_reader(
            "(stdin)", input, fields,
        )));
    }
    let max = fields.max_article_bytes;
    Ok(Stdin::Text(read_text(input, "(stdin)", args.lossy, max)?))
}
