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

fn load_parts(
    model: Model,
    frames_model: Option<PathBuf>,
    frames: bool,
    sides: Option<PathBuf>,
    top: usize,
) -> PyResult<Parts> {
    let frames = match (frames, frames_model) {
        (false, _) => None,
        (true, Some(p)) => Some(MultiLabelModel::load(&p).map_err(err)?),
        (true, None) => Some(MultiLabelModel::builtin_frames().map_err(err)?),
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
/// slant, partisanship, words, loaded per 100 words, voices, balance,
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
    #[pyo3(signature = (frames_model=None, frames=true, sides=None, top=slant::score::DEFAULT_TOP))]
    fn builtin(
        frames_model: Option<PathBuf>,
        frames: bool,
        sides: Option<PathBuf>,
        top: usize,
    ) -> PyResult<Self> {
        let model = Model::builtin().map_err(err)?;
        Ok(Self::new(load_parts(
            model,
            frames_model,
            frames,
            sides,
            top,
        )?))
    }

    #[staticmethod]
    #[pyo3(signature = (path, frames_model=None, frames=true, sides=None, top=slant::score::DEFAULT_TOP))]
    fn load(
        path: PathBuf,
        frames_model: Option<PathBuf>,
        frames: bool,
        sides: Option<PathBuf>,
        top: usize,
    ) -> PyResult<Self> {
        let model = Model::load(&path).map_err(err)?;
        Ok(Self::new(load_parts(
            model,
            frames_model,
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

/// `slant train`: reads the corpus files (`paths`) or JSON Lines text (`rows`), trains
/// with the CLI's options and messages, and returns the model (scoring with the
/// embedded frame model), the lines the CLI would print on stderr before fitting, and
/// the cross-validation figures when asked for.
#[pyfunction]
#[pyo3(signature = (
    paths, rows, label_map, fields, skip_bad, split_field, train_values, holdout_values,
    group_field, min_groups, logit_offsets, max_per_group, features, min_df, ngrams, alpha,
    iterations, seed, no_blocks, fingerprint_filter, length_neutral, title_weight, ranking,
    max_group_share, cv, group_by, group_balance, residualise_length, block_penalty, top
))]
#[allow(clippy::too_many_arguments)]
fn train(
    py: Python<'_>,
    paths: Option<Vec<PathBuf>>,
    rows: Option<Vec<u8>>,
    label_map: Option<PathBuf>,
    fields: (String, String, String, String, String, usize),
    skip_bad: bool,
    split_field: Option<String>,
    train_values: Vec<String>,
    holdout_values: Vec<String>,
    group_field: Option<String>,
    min_groups: u32,
    logit_offsets: Vec<String>,
    max_per_group: Option<usize>,
    features: usize,
    min_df: u32,
    ngrams: usize,
    alpha: f32,
    iterations: u64,
    seed: u64,
    no_blocks: bool,
    fingerprint_filter: bool,
    length_neutral: bool,
    title_weight: u32,
    ranking: String,
    max_group_share: f64,
    cv: Option<usize>,
    group_by: String,
    group_balance: f32,
    residualise_length: bool,
    block_penalty: f32,
    top: usize,
) -> PyResult<(NativeModel, Vec<String>, Option<String>)> {
    let mut offsets = Vec::new();
    for pair in &logit_offsets {
        offsets.push(slant::train::parse_logit_offset(pair).map_err(err)?);
    }
    let options = TrainOptions {
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
        length_neutral,
        title_weight,
        ranking: slant::train::parse_ranking(&ranking).map_err(err)?,
        max_group_share,
        cv,
        group_by,
        group_balance,
        residualise_length,
        block_penalty,
        ..TrainOptions::default()
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
        NativeModel::new(load_parts(model, None, true, None, top)?),
        notes,
        cv,
    ))
}

#[pymodule]
fn _slant(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<NativeModel>()?;
    m.add_function(wrap_pyfunction!(train, m)?)?;
    m.add("SlantError", m.py().get_type::<SlantError>())?;
    Ok(())
}
