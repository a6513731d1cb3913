//! Fits the word model ([`super::loaded_model`]) on Wikipedia bias edits.
//!
//! Input: JSONL pairs `{id, biased, neutral}` (a sentence before and after an editor
//! removed subjective bias). A pair is in the development half when the first hex
//! digit of sha256(id) is even ([`is_dev`]); training reads the other half only, and
//! only pairs whose edit touches 1-3 words (longer rewrites label words poorly). The
//! labelled words of `biased` are those the edit removed or replaced, found by
//! aligning the lowercased words of both sides as Python's `difflib` does
//! ([`biased_word_labels`]). The threshold is chosen by cross-validation on the
//! training half: the pairs fall in [`FOLDS`] folds (by a hash of the seed and the
//! id), each fold is flagged by a model fitted on the others, and the threshold is
//! the one whose flags have the best word-level F-beta over all folds ([`BETA`]).
//! The flags are what `slant score` reports in the outlet's voice (lexicon matches
//! kept or not by the threshold, words flagged on their own only when the
//! part-of-speech and strictness rules let them, [`flag_counts`]), not every word's
//! raw score: the rules keep most words from standing alone, so the threshold that
//! is best for the raw scores is not the one that is best for the flags.
//! The model itself is then fitted on every training pair.

use super::block::Detail;
use super::lexicon::{self, Lexicon, LoadedTerm, Voice};
use super::loaded_model::{
    flag_plain_at, reference_features, Layout, ModelFile, TrainingSummary, WordLists, WordModel,
    WordModelScratch, FORMAT, ID_PREFIX, LISTS,
};
use crate::document::Document;
use crate::text::for_each_token;
use crate::{Error, Result};
use linfa::prelude::*;
use linfa_logistic::LogisticRegression;
use ndarray::{Array1, Array2};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::BufRead;
use std::path::Path;

/// The beta of the F-beta the threshold maximises over the cross-validated folds
/// (below 1 precision counts more, above 1 recall). 1: F1, precision and recall alike.
pub const BETA: f64 = 1.0;

/// The cross-validated precision of the flags the threshold must keep: the best
/// F-beta is looked for among the thresholds whose flags reach it (all of them when
/// none does). The flags' precision on the Wikipedia edits before they were chosen
/// this way (0.59 on both halves), less the two points a recall gain may cost: on
/// the training half the F1 of the flags is nearly flat from 0.05 to 0.24 (0.420
/// to 0.426), and without a floor the lowest of those thresholds trade precision
/// for recall point for point.
pub const MIN_PRECISION: f64 = 0.57;

/// Folds of the cross-validation that chooses the threshold.
pub const FOLDS: usize = 5;

/// A lexicon entry or opinion word gets a feature of its own when it covers at
/// least this many of the words the model is fitted on (rarer ones keep only
/// their category's or lists' features).
pub const MIN_ENTRY_WORDS: usize = 3;

/// The file of each research list in a lexicon directory, by list id ([`LISTS`]).
pub const LIST_FILES: [(&str, &str); 8] = [
    ("npov_lexicon", "npov_lexicon.txt"),
    ("hedges", "hedges_hyland2005.txt"),
    ("factives", "factives_hooper1975.txt"),
    ("assertives", "assertives_hooper1975.txt"),
    ("implicatives", "implicatives_karttunen1971.txt"),
    ("report_verbs", "report_verbs.txt"),
    ("positive", "positive_liu2005.txt"),
    ("negative", "negative_liu2005.txt"),
];

/// Where the word lists come from, stored in the model file.
pub const PROVENANCE: &str = "Word lists: NPOV bias lexicon (Recasens, Danescu-Niculescu-Mizil \
and Jurafsky 2013); hedges (Hyland 2005); factive and assertive verbs (Hooper 1975); \
implicative verbs (Karttunen 1971); report verbs (as used by Recasens et al. 2013); positive \
and negative opinion words (Hu and Liu 2004; Liu 2005); as released with Pryzant et al. 2020 \
(rpryzant/neutralizing-bias, MIT). Weights fitted on word labels derived from the training \
half of Wiki Neutrality Corpus pairs (Pryzant et al. 2020); no corpus text is stored. Features \
named w:entry:CATEGORY:FORM are entries of slant's data/lexicon.txt that cover at least 3 of the \
fitted words; features named w:id:WORD are positive or negative opinion words, as written, that cover at least 3.";

/// One edit: a sentence before (`biased`) and after (`neutral`) an editor's change.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct Pair {
    pub id: String,
    pub biased: String,
    pub neutral: String,
}

/// Options of a training run.
#[derive(Debug, Clone, Copy)]
pub struct WordTrainParams {
    /// L2 penalty on the summed loss (scikit-learn's `C` is about `1 / alpha`).
    pub alpha: f64,
    /// L-BFGS iterations at most.
    pub max_iterations: u64,
    /// Picks the cross-validation folds.
    pub seed: u64,
    /// The F-beta the threshold maximises (see [`BETA`]).
    pub beta: f64,
    /// The cross-validated precision the threshold's flags must reach (see [`MIN_PRECISION`]).
    pub min_precision: f64,
    /// The lowest threshold that may be chosen (0: any of the grid).
    pub min_threshold: f64,
}

impl Default for WordTrainParams {
    fn default() -> Self {
        WordTrainParams {
            alpha: 3.0,
            max_iterations: 300,
            seed: 0,
            beta: BETA,
            min_precision: MIN_PRECISION,
            min_threshold: 0.0,
        }
    }
}

/// True when pair `id` belongs to the development half (first hex digit of sha256 even).
pub fn is_dev(id: &str) -> bool {
    let h = Sha256::digest(id.as_bytes());
    (h[0] >> 4) % 2 == 0
}

/// The cross-validation fold of pair `id` (by seed).
fn fold_of(id: &str, seed: u64) -> usize {
    let h = Sha256::digest(format!("{seed}:{id}").as_bytes());
    usize::from(h[0]) % FOLDS
}

/// Reads JSONL pairs; errors name the file and line.
pub fn read_pairs(path: &Path) -> Result<Vec<Pair>> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut out = Vec::new();
    for (i, line) in std::io::BufReader::new(file).lines().enumerate() {
        let place = format!("{}:{}", path.display(), i + 1);
        let line = line.map_err(|e| Error::input(&place, e.to_string()))?;
        if line.trim().is_empty() {
            continue;
        }
        let pair: Pair = serde_json::from_str(&line).map_err(|e| {
            Error::input(
                &place,
                format!("not a pair {{\"id\", \"biased\", \"neutral\"}}: {e}"),
            )
        })?;
        out.push(pair);
    }
    Ok(out)
}

/// Reads the research lists from `dir` (files [`LIST_FILES`]; `#` lines are comments).
pub fn read_word_lists(dir: &Path) -> Result<WordLists> {
    let mut lists = BTreeMap::new();
    for (id, file) in LIST_FILES {
        let path = dir.join(file);
        let bytes = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
        let text = String::from_utf8_lossy(&bytes);
        let mut words: Vec<String> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with(';'))
            .map(crate::text::to_lowercase)
            .map(|w| w.into_owned())
            .collect();
        words.sort();
        words.dedup();
        if words.is_empty() {
            return Err(Error::input(
                path.display().to_string(),
                "the word list is empty",
            ));
        }
        lists.insert(id.to_string(), words);
    }
    debug_assert!(LISTS.iter().all(|l| lists.contains_key(*l)));
    WordLists::from_lists(&lists, &dir.display().to_string())
}

/// The words of `text` as the development check counts them: maximal runs of
/// letters and digits, lowercased, with byte offsets.
pub fn eval_words(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_alphanumeric() && i < text.len(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i, text[s..i].to_lowercase()));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Python `difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()`
/// without the final sentinel: (i, j, length) of each matching block, sorted.
pub fn matching_blocks<T: PartialEq>(a: &[T], b: &[T]) -> Vec<(usize, usize, usize)> {
    let mut queue = vec![(0, a.len(), 0, b.len())];
    let mut out = Vec::new();
    while let Some((alo, ahi, blo, bhi)) = queue.pop() {
        let (i, j, k) = longest_match(a, b, alo, ahi, blo, bhi);
        if k > 0 {
            out.push((i, j, k));
            if alo < i && blo < j {
                queue.push((alo, i, blo, j));
            }
            if i + k < ahi && j + k < bhi {
                queue.push((i + k, ahi, j + k, bhi));
            }
        }
    }
    out.sort_unstable();
    out
}

/// difflib's `find_longest_match` with no junk: the longest common run of
/// `a[alo..ahi]` and `b[blo..bhi]`, the first one found scanning `a` then `b`.
fn longest_match<T: PartialEq>(
    a: &[T],
    b: &[T],
    alo: usize,
    ahi: usize,
    blo: usize,
    bhi: usize,
) -> (usize, usize, usize) {
    let (mut bi, mut bj, mut best) = (alo, blo, 0);
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    for (i, x) in a.iter().enumerate().take(ahi).skip(alo) {
        for j in blo..bhi {
            cur[j + 1] = if *x == b[j] { prev[j] + 1 } else { 0 };
            if cur[j + 1] > best {
                best = cur[j + 1];
                bi = i + 1 - best;
                bj = j + 1 - best;
            }
        }
        std::mem::swap(&mut prev, &mut cur);
        cur.iter_mut().for_each(|x| *x = 0);
    }
    (bi, bj, best)
}

/// Indices into [`eval_words`] of `biased` of the words the edit removed or replaced.
pub fn biased_word_labels(biased: &str, neutral: &str) -> Vec<usize> {
    let a: Vec<String> = eval_words(biased).into_iter().map(|w| w.2).collect();
    let b: Vec<String> = eval_words(neutral).into_iter().map(|w| w.2).collect();
    let mut matched = vec![false; a.len()];
    for (i, _, k) in matching_blocks(&a, &b) {
        matched[i..i + k].iter_mut().for_each(|m| *m = true);
    }
    (0..a.len()).filter(|&i| !matched[i]).collect()
}

/// One word of training data: its active features and whether it is labelled loaded.
struct Row {
    active: Vec<u32>,
    loaded: bool,
    fold: usize,
}

/// F-beta of precision `p` and recall `r` (0 when both are 0).
pub fn f_beta(p: f64, r: f64, beta: f64) -> f64 {
    let b2 = beta * beta;
    if p + r > 0.0 {
        (1.0 + b2) * p * r / (b2 * p + r)
    } else {
        0.0
    }
}

/// The thresholds tried (0.05 to 0.95 by 0.01), as the model file stores them.
fn grid() -> impl Iterator<Item = f32> {
    (5..=95).map(|k| (f64::from(k) / 100.0) as f32)
}

/// The threshold logit a model file's threshold `t` gives (as [`WordModel`] works it out).
pub(crate) fn logit_of_threshold(t: f32) -> f32 {
    let t = f64::from(t);
    (t / (1.0 - t)).ln() as f32
}

/// The loaded-language terms `slant score` reports for the document `doc` has read,
/// by the plain path with `model` at threshold logit `cut`: the lexicon's matches,
/// the model's flags, and the voices of reported judgements (the order of
/// `LoadedBlock::measure`). `found` is what the lexicon found; `cache` serves this
/// model and this reading of `doc`.
pub(crate) fn terms_at(
    model: &WordModel,
    cut: f32,
    doc: &Document,
    found: &lexicon::Found,
    cache: &mut WordModelScratch,
) -> Vec<LoadedTerm> {
    let mut terms = flag_plain_at(
        model,
        cut,
        doc,
        found.terms.clone(),
        &found.declined,
        cache,
        Detail::Full,
    );
    lexicon::reported_voices(doc.body(), doc.words(), &mut terms);
    lexicon::reported_voices_dropped(doc.body(), doc.words(), &mut terms, cache.dropped());
    terms
}

/// Word-level true positives, false positives and false negatives of the
/// outlet-voice flags `terms` on `text` against the labelled word indices `labels`
/// (of [`eval_words`]): a word counts as flagged when a flag overlaps it, as the
/// development check (`benches/loaded_dev.py`) counts.
pub fn flag_counts(text: &str, terms: &[LoadedTerm], labels: &[usize]) -> [usize; 3] {
    let mut out = [0; 3];
    for (i, &(s, e, _)) in eval_words(text).iter().enumerate() {
        let flagged = terms
            .iter()
            .any(|t| t.voice == Voice::Outlet && t.start < e && s < t.end);
        match (flagged, labels.contains(&i)) {
            (true, true) => out[0] += 1,
            (true, false) => out[1] += 1,
            (false, true) => out[2] += 1,
            _ => {}
        }
    }
    out
}

/// Precision, recall and F1 of counts `[tp, fp, fn]`.
fn prf_of(c: [usize; 3]) -> (f64, f64, f64) {
    let flags = std::iter::repeat_n((true, true), c[0])
        .chain(std::iter::repeat_n((true, false), c[1]))
        .chain(std::iter::repeat_n((false, true), c[2]));
    prf(flags)
}

/// The threshold (0.05 to 0.95 by 0.01, none below `min_threshold`) whose counts
/// `[tp, fp, fn]` (one per threshold of [`grid`], in order) have the best F-beta
/// among those of precision `min_precision` or more (among all when none reaches
/// it), ties to the higher threshold, and its precision, recall and F1. A
/// `min_threshold` above the grid leaves its last threshold.
pub fn choose_threshold_of_counts(
    counts: &[[usize; 3]],
    beta: f64,
    min_precision: f64,
    min_threshold: f64,
) -> (f64, (f64, f64, f64)) {
    // The grid's thresholds are rounded to hundredths; so is the floor.
    let floor = (min_threshold * 100.0).round() / 100.0;
    let last = grid().last().map_or(0.0, f64::from);
    let allowed = |t: f32| f64::from(t) >= floor.min(last) - 1e-6;
    let any_precise = grid()
        .zip(counts)
        .any(|(t, &c)| allowed(t) && prf_of(c).0 >= min_precision);
    let mut best: Option<(f32, f64, (f64, f64, f64))> = None;
    for (t, &c) in grid().zip(counts) {
        let fig = prf_of(c);
        if !allowed(t) || (any_precise && fig.0 < min_precision) {
            continue;
        }
        let f = f_beta(fig.0, fig.1, beta);
        if best.is_none_or(|b| f >= b.1) {
            best = Some((t, f, fig));
        }
    }
    let (t, _, fig) = best.expect("thresholds were tried");
    (f64::from(t), fig)
}

/// Word-level precision, recall and F1 of `flags` against `labels`.
fn prf(flags: impl Iterator<Item = (bool, bool)>) -> (f64, f64, f64) {
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for (flag, label) in flags {
        match (flag, label) {
            (true, true) => tp += 1,
            (true, false) => fp += 1,
            (false, true) => fn_ += 1,
            _ => {}
        }
    }
    let p = if tp + fp > 0 {
        tp as f64 / (tp + fp) as f64
    } else {
        0.0
    };
    let r = if tp + fn_ > 0 {
        tp as f64 / (tp + fn_) as f64
    } else {
        0.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

/// Fits a logistic regression on `rows` over `f` features: the weights turned
/// toward "loaded", and the intercept.
fn fit(rows: &[&Row], f: usize, params: WordTrainParams) -> Result<(Vec<f64>, f64)> {
    let mut x = Array2::<f64>::zeros((rows.len(), f));
    for (i, r) in rows.iter().enumerate() {
        for &a in &r.active {
            x[[i, a as usize]] += 1.0;
        }
    }
    let y: Array1<bool> = rows.iter().map(|r| r.loaded).collect();
    let fitted = LogisticRegression::<f64>::default()
        .alpha(params.alpha)
        .max_iterations(params.max_iterations)
        .gradient_tolerance(1e-6)
        .with_intercept(true)
        .fit(&Dataset::new(x, y))
        .map_err(|e| Error::Fit(e.to_string()))?;
    // linfa's positive class is the larger one; turn the weights toward "loaded".
    let sign = if fitted.labels().pos.class { 1.0 } else { -1.0 };
    let weights = fitted.params().iter().map(|w| sign * w).collect();
    Ok((weights, sign * fitted.intercept()))
}

/// Fits the word model on the training half of `pairs` with `lists` and the
/// built-in lexicon; the threshold comes from cross-validation on the same half.
/// Same pairs, lists and parameters give the same file.
pub fn train(pairs: &[Pair], lists: WordLists, params: WordTrainParams) -> Result<ModelFile> {
    if !(params.alpha.is_finite() && params.alpha >= 0.0) {
        return Err(Error::input("--alpha", "must be a number 0 or above"));
    }
    if !(params.beta.is_finite() && params.beta > 0.0) {
        return Err(Error::input("--beta", "must be a number above 0"));
    }
    if !(0.0..=1.0).contains(&params.min_precision) {
        return Err(Error::input(
            "--min-precision",
            "must be a number from 0 to 1",
        ));
    }
    if !(0.0..=1.0).contains(&params.min_threshold) {
        return Err(Error::input(
            "--min-threshold",
            "must be a number from 0 to 1",
        ));
    }
    let lexicon = Lexicon::builtin();
    let train_pairs: Vec<&Pair> = pairs
        .iter()
        .filter(|p| !is_dev(&p.id))
        .filter(|p| (1..=3).contains(&biased_word_labels(&p.biased, &p.neutral).len()))
        .collect();
    // Every entry's feature, and every opinion word of the fitted text, first; those
    // too rare in the fitted words are dropped below.
    let mut all_entries: Vec<String> = (0..lexicon.entry_count())
        .map(|e| lexicon.entry_feature(e))
        .collect();
    for p in &train_pairs {
        for_each_token(&p.biased, |s, e| {
            let mut low = String::new();
            crate::text::lower_word(&p.biased[s..e], &mut low);
            if lists.is_opinion(&low) {
                all_entries.push(format!("{ID_PREFIX}{low}"));
            }
        });
    }
    all_entries.sort();
    all_entries.dedup();
    let layout = Layout::with_entries(&all_entries);
    let mut rows = Vec::new();
    // Per pair, for the flags: its fold and labelled words (of `eval_words`).
    let mut cases: Vec<(&Pair, usize, Vec<usize>)> = Vec::with_capacity(train_pairs.len());
    for p in &train_pairs {
        let labels = biased_word_labels(&p.biased, &p.neutral);
        let words = eval_words(&p.biased);
        let spans: Vec<(usize, usize)> = labels.iter().map(|&i| (words[i].0, words[i].1)).collect();
        let fold = fold_of(&p.id, params.seed);
        let terms = lexicon.find(&p.biased);
        let feats = reference_features(&layout, &lists, &p.biased, &terms);
        let mut k = 0;
        for_each_token(&p.biased, |s, e| {
            let loaded = spans.iter().any(|&(a, b)| a < e && s < b);
            rows.push(Row {
                active: feats[k].clone(),
                loaded,
                fold,
            });
            k += 1;
        });
        cases.push((p, fold, labels));
    }
    let n_pairs = train_pairs.len();
    // Keep the entries and opinion words that cover enough fitted words; renumber.
    let fixed = layout.names().len() - all_entries.len();
    let mut uses = vec![0usize; all_entries.len()];
    for r in &rows {
        for &a in &r.active {
            if let Some(k) = (a as usize).checked_sub(fixed) {
                uses[k] += 1;
            }
        }
    }
    let kept: Vec<String> = all_entries
        .iter()
        .zip(&uses)
        .filter(|&(_, &n)| n >= MIN_ENTRY_WORDS)
        .map(|(e, _)| e.clone())
        .collect();
    let layout_kept = Layout::with_entries(&kept);
    for r in &mut rows {
        r.active = r
            .active
            .iter()
            .filter_map(|&a| {
                let name = &layout.names()[a as usize];
                layout_kept.get(name).map(|i| i as u32)
            })
            .collect();
    }
    let layout = layout_kept;
    let positives = rows.iter().filter(|r| r.loaded).count();
    let folds_used = (0..FOLDS)
        .filter(|&k| rows.iter().any(|r| r.fold == k))
        .count();
    if positives == 0 || positives == rows.len() || folds_used < 2 {
        return Err(Error::input(
            "pairs",
            format!(
                "too few training pairs with a 1-3 word edit ({n_pairs}); need loaded and \
                 other words in at least two cross-validation folds"
            ),
        ));
    }
    let f = layout.names().len();
    let file_of = |weights: &[f64], intercept: f64, threshold: f32| ModelFile {
        format: FORMAT.to_string(),
        provenance: PROVENANCE.to_string(),
        features: layout.names().to_vec(),
        weights: weights.iter().map(|&w| w as f32).collect(),
        intercept: intercept as f32,
        threshold,
        training: TrainingSummary {
            pairs: n_pairs,
            folds: folds_used,
            words: rows.len(),
            loaded_words: positives,
            alpha: params.alpha,
            max_iterations: params.max_iterations,
            seed: params.seed,
            beta: params.beta,
            min_precision: params.min_precision,
            min_threshold: params.min_threshold,
            cv_precision: 0.0,
            cv_recall: 0.0,
            cv_f1: 0.0,
        },
        word_lists: lists.to_lists(),
    };
    // Each fold flagged by a model fitted on the other folds, at every threshold.
    let cuts: Vec<f32> = grid().map(logit_of_threshold).collect();
    let mut counts = vec![[0usize; 3]; cuts.len()];
    let mut doc = Document::new(super::words::describe);
    for k in 0..FOLDS {
        let fit_rows: Vec<&Row> = rows.iter().filter(|r| r.fold != k).collect();
        if !rows.iter().any(|r| r.fold == k) || !fit_rows.iter().any(|r| r.loaded) {
            continue;
        }
        let (w, b) = fit(&fit_rows, f, params)?;
        let model = WordModel::from_file(file_of(&w, b, 0.5), "a cross-validation fold")?;
        for (p, _, labels) in cases.iter().filter(|c| c.1 == k) {
            doc.read(None, &p.biased);
            let found = lexicon::find_read(doc.body(), doc.words(), doc.quotes(), Detail::Full);
            let mut cache = WordModelScratch::default();
            for (&cut, total) in cuts.iter().zip(counts.iter_mut()) {
                let terms = terms_at(&model, cut, &doc, &found, &mut cache);
                let c = flag_counts(&p.biased, &terms, labels);
                total.iter_mut().zip(c).for_each(|(t, c)| *t += c);
            }
        }
    }
    let (threshold, (cp, cr, cf)) = choose_threshold_of_counts(
        &counts,
        params.beta,
        params.min_precision,
        params.min_threshold,
    );
    let all_rows: Vec<&Row> = rows.iter().collect();
    let (weights, intercept) = fit(&all_rows, f, params)?;
    let mut file = file_of(&weights, intercept, threshold as f32);
    file.training.cv_precision = round3(cp);
    file.training.cv_recall = round3(cr);
    file.training.cv_f1 = round3(cf);
    Ok(file)
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}
