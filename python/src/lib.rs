//! `slant._slant`: the native half of the Python package. It scores with the slant
//! library and renders with the library's own JSON writer, so a score read from
//! Python is exactly a line of `slant score --format json`.

use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyValueError};
use pyo3::prelude::*;
use rayon::prelude::*;
use slant::corpus::{Article, Fields};
use slant::features::sourcing::SideMap;
use slant::input::labels::LabelMap;
use slant::model::Silent;
use slant::model::{Model, MultiLabelModel};
use slant::report::{Json, Render};
use slant::score::{ScoreRow, Scorer};
use slant::train::{TrainCorpus, TrainOptions};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// mimalloc, as the CLI: scoring allocates many small, short-lived buffers per
/// article, which it serves faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

create_exception!(
    _slant,
    SlantError,
    PyException,
    "Bad input, an unusable model file or an internal error; the message is the CLI's."
);

fn err(e: slant::Error) -> PyErr {
    SlantError::new_err(e.to_string())
}

/// What every scorer reads: the model, the frame model and the side map.
struct Parts {
    model: Model,
    frames: Option<MultiLabelModel>,
    sides: Option<Arc<SideMap>>,
    top: usize,
}

/// A loaded model and the scorers (with their caches) idle between calls.
#[pyclass(module = "slant._slant", frozen)]
struct NativeModel {
    /// Declared first so it is dropped first: its scorers borrow from `parts`.
    idle: Mutex<Vec<Scorer<'static>>>,
    parts: Arc<Parts>,
}

impl NativeModel {
    fn new(parts: Parts) -> Self {
        NativeModel {
            idle: Mutex::new(Vec::new()),
            parts: Arc::new(parts),
        }
    }

    /// Runs `f` with an idle scorer (or a new one), then keeps it for the next call.
    fn with<R>(&self, f: impl FnOnce(&mut Scorer<'static>) -> R) -> R {
        let taken = self.idle.lock().unwrap_or_else(|p| p.into_inner()).pop();
        let mut scorer = taken.unwrap_or_else(|| {
            // SAFETY: `parts` lives on the heap behind an Arc owned by `self`, is never
            // mutated, and outlives every scorer: scorers live only in `idle` (dropped
            // before `parts`) or on the stack of a call borrowing `self`.
            let parts: &'static Parts = unsafe { &*Arc::as_ptr(&self.parts) };
            let mut s = Scorer::new(&parts.model, parts.top);
            s.set_frames(parts.frames.as_ref());
            s.set_sides(parts.sides.clone());
            s
        });
        let out = f(&mut scorer);
        self.idle
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(scorer);
        out
    }

    /// `f` over every article, in input order, on `threads` threads (all cores when
    /// `None`), with the GIL released.
    fn map<R: Send>(
        &self,
        py: Python<'_>,
        articles: Vec<Article>,
        threads: Option<usize>,
        f: impl Fn(&mut Scorer<'static>, &Article) -> R + Sync,
    ) -> PyResult<Vec<R>> {
        let pool = match threads {
            Some(0) => return Err(PyValueError::new_err("threads must be at least 1")),
            Some(n) => Some(
                rayon::ThreadPoolBuilder::new()
                    .num_threads(n)
                    .build()
                    .map_err(|e| SlantError::new_err(format!("setting up worker threads: {e}")))?,
            ),
            None => None,
        };
        let run = || -> Vec<R> {
            articles
                .par_iter()
                .map(|a| self.with(|s| f(s, a)))
                .collect()
        };
        Ok(py.allow_threads(|| match &pool {
            Some(pool) => pool.install(run),
            None => run(),
        }))
    }
}

/// The 5 generic news frames model, embedded as the CLI embeds it (`--frames-model generic`).
static GENERIC_FRAMES_MODEL: &[u8] = include_bytes!("../../models/generic_frames.json.gz");

/// The frame model `--frames-model` names: `policy` (also when absent) or `generic`
/// for an embedded one, else a file.
fn load_frames(frames_model: Option<PathBuf>) -> slant::Result<MultiLabelModel> {
    match frames_model {
        None => MultiLabelModel::builtin_frames(),
        Some(p) if p.as_os_str() == "policy" => MultiLabelModel::builtin_frames(),
        Some(p) if p.as_os_str() == "generic" => {
            MultiLabelModel::from_bytes(GENERIC_FRAMES_MODEL, "(embedded generic frame model)")
        }
        Some(p) => MultiLabelModel::load(&p),
    }
}

/// The frame options of `slant score`: which model, and its decision rule
/// (`--frames-top-k`, `--frames-min-probability`).
struct FrameOptions {
    model: Option<PathBuf>,
    top_k: Option<usize>,
    min_probability: Option<f32>,
}

fn load_parts(
    model: Model,
    frame_options: FrameOptions,
    frames: bool,
    sides: Option<PathBuf>,
    top: usize,
) -> PyResult<Parts> {
    let frames = match frames {
        false => None,
        true => {
            let mut m = load_frames(frame_options.model).map_err(err)?;
            if let Some(k) = frame_options.top_k {
                m.set_top_k(k);
                m.set_per_label(None).map_err(err)?;
            }
            if let Some(p) = frame_options.min_probability {
                m.set_min_probability(p).map_err(err)?;
            }
            Some(m)
        }
    };
    let sides = match sides {
        Some(p) => Some(Arc::new(SideMap::load(p).map_err(err)?)),
        None => None,
    };
    Ok(Parts {
        model,
        frames,
        sides,
        top,
    })
}

/// Articles from parallel lists: ids (default: position), titles and outlets optional.
fn articles(
    texts: Vec<String>,
    ids: Option<Vec<String>>,
    titles: Option<Vec<Option<String>>>,
    outlets: Option<Vec<Option<String>>>,
) -> PyResult<Vec<Article>> {
    let n = texts.len();
    for (name, len) in [
        ("ids", ids.as_ref().map(Vec::len)),
        ("titles", titles.as_ref().map(Vec::len)),
        ("outlets", outlets.as_ref().map(Vec::len)),
    ] {
        if let Some(len) = len.filter(|&l| l != n) {
            return Err(PyValueError::new_err(format!(
                "{name} has {len} items but texts has {n}"
            )));
        }
    }
    let mut ids = ids.map(Vec::into_iter);
    let mut titles = titles.map(Vec::into_iter);
    let mut outlets = outlets.map(Vec::into_iter);
    Ok(texts
        .into_iter()
        .enumerate()
        .map(|(i, text)| Article {
            id: ids
                .as_mut()
                .and_then(Iterator::next)
                .unwrap_or_else(|| i.to_string()),
            title: titles.as_mut().and_then(Iterator::next).flatten(),
            outlet: outlets.as_mut().and_then(Iterator::next).flatten(),
            text,
            ..Article::default()
        })
        .collect())
}

/// One article's JSON line, without its newline.
fn json(scorer: &mut Scorer<'static>, article: &Article) -> String {
    let mut line = Json.article_with_text(&scorer.score(article), &article.text);
    line.truncate(line.trim_end().len());
    line
}

/// The TSV figures as columns: (ids, outlets, labels, per-label probabilities,
/// slant, partisanship, words, loaded density per 100 words, voices, balance,
/// anonymous share, quote share, per-frame probabilities).
#[derive(Default)]
struct Columns {
    id: Vec<String>,
    outlet: Vec<Option<String>>,
    label: Vec<String>,
    p: Vec<Vec<f64>>,
    slant: Vec<Option<f64>>,
    partisanship: Vec<Option<f64>>,
    words: Vec<usize>,
    loaded: Vec<f64>,
    voices: Vec<usize>,
    balance: Vec<f64>,
    anonymous: Vec<f64>,
    quote: Vec<f64>,
    frames: Vec<Vec<f64>>,
}

/// [`Columns`] as Python receives them: strings, probabilities, figures, frames.
type ColumnTuple = (
    (Vec<String>, Vec<Option<String>>, Vec<String>),
    Vec<Vec<f64>>,
    (Vec<Option<f64>>, Vec<Option<f64>>, Vec<usize>, Vec<f64>),
    (Vec<usize>, Vec<f64>, Vec<f64>, Vec<f64>),
    Vec<Vec<f64>>,
);

fn columns(rows: Vec<ScoreRow>, labels: usize, frames: usize) -> ColumnTuple {
    let n = rows.len();
    let mut c = Columns {
        p: vec![Vec::with_capacity(n); labels],
        frames: vec![Vec::with_capacity(n); frames],
        ..Columns::default()
    };
    for r in rows {
        c.id.push(r.id);
        c.outlet.push(r.outlet);
        c.label.push(r.label);
        for (col, p) in c.p.iter_mut().zip(r.probabilities) {
            col.push(p);
        }
        c.slant.push(r.slant);
        c.partisanship.push(r.partisanship);
        c.words.push(r.words);
        c.loaded.push(r.loaded_density);
        c.voices.push(r.voices);
        c.balance.push(r.balance);
        c.anonymous.push(r.anonymous_share);
        c.quote.push(r.quote_share);
        for (col, p) in c.frames.iter_mut().zip(r.frames) {
            col.push(p);
        }
    }
    (
        (c.id, c.outlet, c.label),
        c.p,
        (c.slant, c.partisanship, c.words, c.loaded),
        (c.voices, c.balance, c.anonymous, c.quote),
        c.frames,
    )
}

#[pymethods]
impl NativeModel {
    #[staticmethod]
    #[pyo3(signature = (frames_model=None, frames=true, sides=None, top=slant::score::DEFAULT_TOP, frames_top_k=None, frames_min_probability=None))]
    fn builtin(
        frames_model: Option<PathBuf>,
        frames: bool,
        sides: Option<PathBuf>,
        top: usize,
        frames_top_k: Option<usize>,
        frames_min_probability: Option<f32>,
    ) -> PyResult<Self> {
        let model = Model::builtin().map_err(err)?;
        Ok(Self::new(load_parts(
            model,
            FrameOptions {
                model: frames_model,
                top_k: frames_top_k,
                min_probability: frames_min_probability,
            },
            frames,
            sides,
            top,
        )?))
    }

    #[staticmethod]
    #[pyo3(signature = (path, frames_model=None, frames=true, sides=None, top=slant::score::DEFAULT_TOP, frames_top_k=None, frames_min_probability=None))]
    fn load(
        path: PathBuf,
        frames_model: Option<PathBuf>,
        frames: bool,
        sides: Option<PathBuf>,
        top: usize,
        frames_top_k: Option<usize>,
        frames_min_probability: Option<f32>,
    ) -> PyResult<Self> {
        let model = Model::load(&path).map_err(err)?;
        Ok(Self::new(load_parts(
            model,
            FrameOptions {
                model: frames_model,
                top_k: frames_top_k,
                min_probability: frames_min_probability,
            },
            frames,
            sides,
            top,
        )?))
    }

    /// Writes the model file atomically (`.gz`: gzip-compressed), as `slant train --out`.
    fn save(&self, path: PathBuf) -> PyResult<()> {
        self.parts.model.save(&path).map_err(err)
    }

    /// The model file's bytes (uncompressed JSON).
    fn to_json<'py>(&self, py: Python<'py>) -> Bound<'py, pyo3::types::PyBytes> {
        pyo3::types::PyBytes::new(py, &self.parts.model.to_json())
    }

    /// What the model records of its training, as JSON.
    fn training(&self) -> String {
        serde_json::to_string(&self.parts.model.training).unwrap_or_default()
    }

    /// The model's labels, in the order of its probabilities.
    fn labels(&self) -> Vec<String> {
        self.parts.model.labels().to_vec()
    }

    /// The frame model's frames (empty without one).
    fn frames(&self) -> Vec<String> {
        self.parts
            .frames
            .as_ref()
            .map_or_else(Vec::new, |f| f.labels().to_vec())
    }

    #[pyo3(signature = (texts, ids=None, titles=None, outlets=None, threads=None))]
    fn score_json(
        &self,
        py: Python<'_>,
        texts: Vec<String>,
        ids: Option<Vec<String>>,
        titles: Option<Vec<Option<String>>>,
        outlets: Option<Vec<Option<String>>>,
        threads: Option<usize>,
    ) -> PyResult<Vec<String>> {
        let articles = articles(texts, ids, titles, outlets)?;
        self.map(py, articles, threads, json)
    }

    #[pyo3(signature = (texts, ids=None, titles=None, outlets=None, threads=None))]
    fn score_columns(
        &self,
        py: Python<'_>,
        texts: Vec<String>,
        ids: Option<Vec<String>>,
        titles: Option<Vec<Option<String>>>,
        outlets: Option<Vec<Option<String>>>,
        threads: Option<usize>,
    ) -> PyResult<ColumnTuple> {
        let articles = articles(texts, ids, titles, outlets)?;
        let rows = self.map(py, articles, threads, |s, a| s.row(a))?;
        let frames = self.parts.frames.as_ref().map_or(0, |f| f.labels().len());
        Ok(columns(rows, self.parts.model.labels().len(), frames))
    }
}

/// The training options both `train` and `train_multi` take, in the order the Python
/// side packs them: split, groups, vocabulary and fit.
type CommonArgs = (
    Option<String>,
    Vec<String>,
    Option<String>,
    u32,
    usize,
    u32,
    usize,
    f32,
    u64,
    u64,
    Option<usize>,
    String,
);

/// The lean model's own training options (a multi-label model trains with them too); the
/// last two ride in a pair, as PyO3 reads tuples of at most 12.
type LeanArgs = (
    Vec<String>,
    Vec<String>,
    Option<usize>,
    bool,
    bool,
    bool,
    f32,
    bool,
    f32,
    String,
    String,
    (bool, bool),
);

/// `TrainOptions` from the Python side's two option tuples: the one place they are read.
fn train_options(options: CommonArgs, lean_only: LeanArgs) -> PyResult<TrainOptions> {
    let (split_field, train_values, group_field, min_groups, features, min_df, ngrams) = (
        options.0, options.1, options.2, options.3, options.4, options.5, options.6,
    );
    let (alpha, iterations, seed, cv, group_by) =
        (options.7, options.8, options.9, options.10, options.11);
    let (
        logit_offsets,
        holdout_values,
        max_per_group,
        no_blocks,
        fingerprint_filter,
        length_neutral,
        group_balance,
        residualise_length,
        block_penalty,
        term_norm,
        term_tf,
        (terms_outside_quotes, adjust_length),
    ) = lean_only;
    let mut offsets = Vec::new();
    for pair in &logit_offsets {
        offsets.push(slant::train::parse_logit_offset(pair).map_err(err)?);
    }
    Ok(TrainOptions {
        split_field,
        train_values,
        holdout_values,
        group_field,
        min_groups,
        logit_offsets: offsets,
        max_per_group,
        features,
        min_df,
        ngrams,
        alpha,
        iterations,
        seed,
        no_blocks,
        fingerprint_filter,
        terms_outside_quotes,
        length_neutral,
        adjust_length,
        cv,
        group_by,
        group_balance,
        residualise_length,
        block_penalty,
        term_norm: slant::train::parse_term_norm(&term_norm).map_err(err)?,
        term_tf: slant::train::parse_term_tf(&term_tf).map_err(err)?,
        ..TrainOptions::default()
    })
}

/// `slant train`: reads the corpus files (`paths`) or JSON Lines text (`rows`), trains
/// with the CLI's options and messages, and returns the model (scoring with the
/// embedded frame model), the lines the CLI would print on stderr before fitting, and
/// the cross-validation figures when asked for.
#[pyfunction]
#[pyo3(signature = (
    paths, rows, label_map, fields, skip_bad, options, lean_only, title_weight, ranking,
    max_group_share, top
))]
#[allow(clippy::too_many_arguments)]
fn train(
    py: Python<'_>,
    paths: Option<Vec<PathBuf>>,
    rows: Option<Vec<u8>>,
    label_map: Option<PathBuf>,
    fields: (String, String, String, String, String, usize),
    skip_bad: bool,
    options: CommonArgs,
    lean_only: LeanArgs,
    title_weight: u32,
    ranking: String,
    max_group_share: f64,
    top: usize,
) -> PyResult<(NativeModel, Vec<String>, Option<String>)> {
    let options = TrainOptions {
        title_weight,
        ranking: slant::train::parse_ranking(&ranking).map_err(err)?,
        max_group_share,
        ..train_options(options, lean_only)?
    };
    options.check().map_err(err)?;
    let (text, title, label, id, outlet, max_article_bytes) = fields;
    let fields = Fields {
        text,
        title,
        label,
        id,
        outlet,
        max_article_bytes,
    };
    let (model, notes, cv) = py
        .allow_threads(|| -> slant::Result<_> {
            let labels = match &label_map {
                Some(p) => Some(LabelMap::load(p)?),
                None => None,
            };
            let corpus = match (paths, rows) {
                (Some(paths), _) => TrainCorpus::read(&paths, &fields, skip_bad, labels.as_ref())?,
                (None, Some(rows)) => TrainCorpus::from_jsonl(rows, "(rows)", &fields, skip_bad)?,
                (None, None) => TrainCorpus::from_articles(Vec::new(), "(rows)"),
            };
            let trained = slant::train::train(corpus, &options, &Silent)?;
            let cv = trained.cv.as_ref().map(|summary| {
                format!(
                    "{}-fold cross-validation grouped by {}:\n{}",
                    summary.folds,
                    options.group_by,
                    slant::report::eval_text::cross_validation(summary)
                )
            });
            Ok((trained.model, trained.notes, cv))
        })
        .map_err(err)?;
    Ok((
        NativeModel::new(load_parts(
            model,
            FrameOptions {
                model: None,
                top_k: None,
                min_probability: None,
            },
            true,
            None,
            top,
        )?),
        notes,
        cv,
    ))
}

/// A multi-label (frame) model trained by [`train_multi`].
#[pyclass(module = "slant._slant", frozen)]
struct NativeMultiModel {
    model: MultiLabelModel,
}

#[pymethods]
impl NativeMultiModel {
    /// Writes the model file atomically (`.gz`: gzip-compressed), as `slant train --out`.
    fn save(&self, path: PathBuf) -> PyResult<()> {
        self.model.save(&path).map_err(err)
    }

    /// The model file's bytes (uncompressed JSON).
    fn to_json<'py>(&self, py: Python<'py>) -> Bound<'py, pyo3::types::PyBytes> {
        pyo3::types::PyBytes::new(py, &self.model.to_json())
    }

    /// What the model records of its training, as JSON.
    fn training(&self) -> String {
        serde_json::to_string(&self.model.training).unwrap_or_default()
    }

    /// The model's codes, in the order of its probabilities.
    fn labels(&self) -> Vec<String> {
        self.model.labels().to_vec()
    }
}

/// `slant train --multi-label`: reads one corpus file (`path`) or JSON Lines text
/// (`rows`) and trains a multi-label model with the CLI's options and messages;
/// `out_of_fold` is `--out-of-fold` (the file of each row's cross-validation
/// probabilities).
#[pyfunction]
#[pyo3(signature = (
    path, rows, label_map, fields, options, lean_only, labels_field, known_field, labels,
    top_k, rule_rows, no_frame_cues, rule, out_of_fold
))]
#[allow(clippy::too_many_arguments)]
fn train_multi(
    py: Python<'_>,
    path: Option<PathBuf>,
    rows: Option<Vec<u8>>,
    label_map: bool,
    fields: (String, String, String, String, String, usize),
    options: CommonArgs,
    lean_only: LeanArgs,
    labels_field: String,
    known_field: Option<String>,
    labels: Vec<String>,
    top_k: String,
    rule_rows: Option<String>,
    no_frame_cues: bool,
    rule: (String, Option<usize>, Option<f32>, f32, f32, Option<usize>),
    out_of_fold: Option<PathBuf>,
) -> PyResult<NativeMultiModel> {
    use slant::train::multi::{
        check_out_of_fold, parse_top_k, per_label_rule, train_multi_keeping_folds,
        MultiLabelOptions, MultiSource, TopK,
    };
    let options = train_options(options, lean_only)?;
    let (rule, max_labels, min_ratio, min_probability, positive_share, min_labels) = rule;
    let per_label = match rule.as_str() {
        "top-k" => false,
        "per-label" => true,
        other => {
            return Err(err(slant::Error::Invalid(format!(
                "rule: expected \"top-k\" or \"per-label\", got {other:?}"
            ))))
        }
    };
    let top_k = parse_top_k(&top_k).map_err(err)?;
    let k = match top_k {
        TopK::Fixed(k) => k,
        TopK::Auto(_) => 0,
    };
    let multi = MultiLabelOptions {
        labels_field,
        known_field,
        labels,
        top_k,
        rule_rows,
        no_frame_cues,
        min_probability,
        per_label: per_label_rule(per_label, k, max_labels, min_ratio, min_labels)
            .map_err(err)?,
        positive_share,
    };
    if label_map {
        return Err(err(slant::Error::Invalid(
            "--label-map does not apply to --multi-label training".into(),
        )));
    }
    let (params, _) = slant::train::multi::multi_params(&options, &multi).map_err(err)?;
    if let Some(path) = &out_of_fold {
        check_out_of_fold(&params).map_err(err)?;
        slant::model::check_output(path)
            .map_err(|e| err(slant::Error::Invalid(format!("--out-of-fold {e}"))))?;
    }
    let (text, title, label, id, outlet, max_article_bytes) = fields;
    let fields = Fields {
        text,
        title,
        label,
        id,
        outlet,
        max_article_bytes,
    };
    let model = py
        .allow_threads(|| {
            let source = match (&path, &rows) {
                (Some(p), _) => MultiSource::File(p),
                (None, Some(r)) => MultiSource::Rows {
                    jsonl: r,
                    name: "(rows)",
                },
                (None, None) => MultiSource::Rows {
                    jsonl: b"",
                    name: "(rows)",
                },
            };
            let (model, folds) =
                train_multi_keeping_folds(source, &fields, &options, &multi, &Silent)?;
            if let (Some(path), Some(folds)) = (&out_of_fold, folds) {
                folds.write(path, model.labels())?;
            }
            Ok(model)
        })
        .map_err(err)?;
    Ok(NativeMultiModel { model })
}

/// The articles of a web page or WARC as `slant extract` finds them, read lazily: each
/// `next()` gives `("article", (id, url, title, byline, date, text, dropped_chars))`,
/// or `("error", message)` for a record that could not be read (the file goes on).
#[pyclass(module = "slant._slant", frozen)]
struct NativeExtractor {
    reader: Mutex<slant::input::WebReader>,
}

/// One extracted article as Python receives it.
type ExtractedTuple = (
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    String,
    usize,
);

#[pymethods]
impl NativeExtractor {
    #[new]
    #[pyo3(signature = (path, max_article_bytes))]
    fn new(path: PathBuf, max_article_bytes: usize) -> PyResult<Self> {
        let kind = slant::input::kind_of(&path).map_err(err)?.ok_or_else(|| {
            SlantError::new_err(format!(
                "{}: not a web page or a WARC (expected .html, .htm, .warc, or content starting with <html> or WARC/)",
                path.display()
            ))
        })?;
        let reader = slant::input::WebReader::open(&path, kind, max_article_bytes).map_err(err)?;
        Ok(NativeExtractor {
            reader: Mutex::new(reader),
        })
    }

    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&self, py: Python<'_>) -> PyResult<Option<(&'static str, PyObject)>> {
        let item = py.allow_threads(|| self.reader().next());
        match item {
            None => Ok(None),
            Some(Ok(a)) => {
                let x = a.extracted;
                let t: ExtractedTuple = (
                    a.id,
                    a.url,
                    x.title,
                    x.byline,
                    a.date,
                    x.text,
                    x.dropped_chars,
                );
                Ok(Some(("article", t.into_pyobject(py)?.into_any().unbind())))
            }
            Some(Err(e @ slant::Error::Input { .. })) => Ok(Some((
                "error",
                e.to_string().into_pyobject(py)?.into_any().unbind(),
            ))),
            Some(Err(e)) => Err(err(e)),
        }
    }

    /// Records passed over because they hold no HTML page.
    fn not_html(&self) -> usize {
        self.reader().not_html()
    }
}

impl NativeExtractor {
    fn reader(&self) -> std::sync::MutexGuard<'_, slant::input::WebReader> {
        self.reader.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// The host of a URL as slant takes it for a web article's outlet: lowercased,
/// without `www.` or a port; `None` when the URL has none.
#[pyfunction]
fn host(url: &str) -> Option<String> {
    slant::input::host(url)
}

#[pymodule]
fn _slant(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<NativeModel>()?;
    m.add_function(wrap_pyfunction!(train, m)?)?;
    m.add_function(wrap_pyfunction!(train_multi, m)?)?;
    m.add_class::<NativeMultiModel>()?;
    m.add_class::<NativeExtractor>()?;
    m.add_function(wrap_pyfunction!(host, m)?)?;
    m.add("SlantError", m.py().get_type::<SlantError>())?;
    Ok(())
}
