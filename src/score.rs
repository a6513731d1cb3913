//! Scoring one article: document → features → logits → probabilities, with the
//! terms that drove them. What a score means in words is written by `report`.
//!
//! [`Scorer`] owns the per-thread scratch space; make one per thread and reuse it.

use crate::corpus::Article;
use crate::features::lexicon::{Category, LoadedSummary, NamingUse, Voice};
use crate::features::sourcing::Sourcing;
use crate::features::{self, Detail, Measured, Scratch, TermVector};
use crate::model::{softmax, Contribution, Contributions, Model, MultiLabelModel};
use serde::Serialize;
use std::collections::HashMap;

/// How many terms to list toward each label, by default.
pub const DEFAULT_TOP: usize = 5;

/// A term that pushed an article toward a label.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopTerm {
    /// The term as written in the article (first occurrence).
    pub term: String,
    /// The feature: the stem, a bigram of stems, or a block feature name.
    pub stem: String,
    /// How often the term occurs in the article.
    pub count: u32,
    /// `w[toward, t] * (x[t] - x̄[t])`: what this term added to the label's logit
    /// against its training mean `x̄[t]`.
    pub contribution: f64,
    /// The label it pushed toward.
    pub toward: String,
}

/// Everything slant says about one article. Its plain-language summary and its
/// JSON form are written by [`report`](crate::report) (`report::summary`, `report::json`).
#[derive(Debug, Clone)]
pub struct ArticleScore {
    /// The article's id (file name, corpus id or `file:line`).
    pub id: String,
    /// The label with the highest probability.
    pub label: String,
    /// Probability of each label, in model order.
    pub probabilities: Vec<(String, f64)>,
    /// P(right) − P(left), when the model has both labels.
    pub slant: Option<f64>,
    /// 1 − P(center), when the model has a center label.
    pub partisanship: Option<f64>,
    /// The terms that pushed hardest toward each label, strongest first per label.
    pub top_terms: Vec<TopTerm>,
    /// The logit of each label (baseline plus every contribution).
    pub logits: Vec<(String, f64)>,
    /// The logit of each label for an article whose every feature sits at its
    /// training mean: where the contributions start from.
    pub baseline: Vec<(String, f64)>,
    /// What the vocabulary terms the article does not use take from each logit,
    /// together (`-Σ w·x̄` over them).
    pub absent_terms: Vec<(String, f64)>,
    /// Loaded terms and scare quotes in the body, in text order, each with its voice.
    pub loaded_terms: Vec<LoadedTermReport>,
    /// Expected loaded words of the outlet's voice per 100 words of the body: its loaded
    /// terms, one each, plus the word model's probabilities of the words they leave out
    /// (see [`LoadedSummary`]; quoted ones left out).
    pub loaded_density: f64,
    /// The same inside direct quotations, per 100 words of the body.
    pub loaded_density_quoted: f64,
    /// The outlet-voice part of [`ArticleScore::loaded_density`] that no listed term
    /// carries (the word model's probabilities of the other words), as a count: what
    /// `compare` pools with the terms.
    pub loaded_unflagged: f64,
    /// Outlet-voice loaded terms per category (every category, zeros included).
    pub loaded_counts: std::collections::BTreeMap<Category, usize>,
    /// Loaded terms inside direct quotations per category (every category, zeros included).
    pub loaded_counts_quoted: std::collections::BTreeMap<Category, usize>,
    /// Every name from a naming pair the body uses, marked or standard: the choices
    /// `compare` sets side by side (only marked forms are loaded terms).
    pub naming_choices: Vec<NamingUse>,
    /// Who is quoted or paraphrased, anonymous claims, and the balance figures.
    pub sourcing: Sourcing,
    /// Words of the article that are distinctive of a label in the training corpus
    /// (Fightin' Words z ≥ 1.96), in text order.
    pub learned_terms: Vec<LearnedTermReport>,
    /// Words in the article (headline and body).
    pub words: usize,
    /// The outlet, when the input named one.
    pub outlet: Option<String>,
    /// A caveat about the score, e.g. [`NO_WORDS`] when the article has no words.
    pub note: Option<String>,
    /// Each frame's reading, when the scorer has a frame model (see [`Scorer::set_frames`]).
    pub frames: Vec<crate::frames::FrameScore>,
}

/// One article's figures without the explanation: probabilities, slant, loaded-language
/// density and the sourcing figures (`slant score --format tsv`).
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreRow {
    /// The article's id.
    pub id: String,
    /// The outlet, when the input named one.
    pub outlet: Option<String>,
    /// The label with the highest probability.
    pub label: String,
    /// Probability of each label, in model order.
    pub probabilities: Vec<f64>,
    /// P(right) − P(left), when the model has both labels.
    pub slant: Option<f64>,
    /// 1 − P(center), when the model has a center label.
    pub partisanship: Option<f64>,
    /// Words in the article (headline and body).
    pub words: usize,
    /// Expected loaded words of the outlet's voice per 100 words of the body (see
    /// [`ArticleScore::loaded_density`]).
    pub loaded_density: f64,
    /// Distinct named voices.
    pub voices: usize,
    /// Spread of named attributions over affiliation groups (see [`Sourcing::balance`]).
    pub balance: f64,
    /// Anonymous and unattributed claims over all attributions.
    pub anonymous_share: f64,
    /// Share of the body's words inside quotation marks.
    pub quote_share: f64,
    /// Each frame's probability, in the frame model's order (empty without one).
    pub frames: Vec<f64>,
}

/// What the probabilities say: the best label (ties to the first) and, when the
/// model has those labels, the slant and partisanship.
struct Reading {
    best: usize,
    slant: Option<f64>,
    partisanship: Option<f64>,
}

impl Reading {
    fn of(model: &Model, probs: &[f64]) -> Self {
        let best = (0..probs.len())
            .max_by(|&a, &b| probs[a].total_cmp(&probs[b]).then(b.cmp(&a)))
            .unwrap_or(0);
        let roles = model.label_roles();
        Reading {
            best,
            slant: roles.slant(probs),
            partisanship: roles.partisanship(probs),
        }
    }
}

/// The note on a score of an article without words: its probabilities are the model's
/// baseline (intercepts and the block features of an empty text), not evidence.
pub const NO_WORDS: &str =
    "no words to score; the probabilities are the model's baseline, not a reading of the text";

/// A loaded term as reported: where it is, what kind, and the words around it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LoadedTermReport {
    /// The words as written (`&body[start..end]`).
    pub text: String,
    /// Its category.
    pub category: Category,
    /// Byte offset into the body as given.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// For naming choices: the pair's other name, which the article did not use.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alternative: Option<String>,
    /// `outlet`, or `quoted` when the term sits inside a direct quotation.
    pub voice: Voice,
    /// The word model's probability that the term is loaded (three decimals).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f64>,
    /// A short snippet of the text around the term.
    pub context: String,
}

/// A word of the article that the training corpus associates with one label.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LearnedTermReport {
    /// The word as written.
    pub text: String,
    /// Its stem.
    pub stem: String,
    /// The label it is distinctive of.
    pub label: String,
    /// Its log-odds z-score for that label against the others.
    pub z: f32,
    /// Byte offset into the body.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
}

/// About `width` bytes of `text` on each side of `start..end`, cut at char boundaries
/// and word breaks, with newlines flattened.
/// A span that is not a valid range of `text` gives an empty snippet.
pub fn snippet(text: &str, start: usize, end: usize, width: usize) -> String {
    if start > end || text.get(start..end).is_none() {
        return String::new();
    }
    let mut a = start.saturating_sub(width);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (end + width).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    if a > 0 {
        // Past the first white space, whatever its width (U+00A0 is two bytes, U+3000 three).
        if let Some((sp, c)) = text[a..start]
            .char_indices()
            .find(|(_, c)| c.is_whitespace())
        {
            a += sp + c.len_utf8();
        }
    }
    if b < text.len() {
        if let Some(sp) = text[end..b].rfind(char::is_whitespace) {
            b = end + sp;
        }
    }
    let mut out = String::new();
    if a > 0 {
        out.push('…');
    }
    out.extend(
        text[a..b]
            .chars()
            .map(|c| if c.is_whitespace() { ' ' } else { c }),
    );
    if b < text.len() {
        out.push('…');
    }
    out
}

/// Scores articles with one model; holds per-thread caches.
pub struct Scorer<'m> {
    model: &'m Model,
    scratch: Scratch,
    top: usize,
    /// The model's learned terms; built on first use.
    learned: Option<LearnedIndex>,
    /// The frame model, when frames are scored too.
    frames: Option<&'m MultiLabelModel>,
}

/// A model's learned terms as (stem, label index, z), and stem → position in that list.
type LearnedIndex = (Vec<(String, usize, f32)>, HashMap<String, u32>);

/// The full explanation of one article's score: every contribution, exact.
#[derive(Debug, Clone)]
pub struct Explanation {
    /// The term vector.
    pub terms: TermVector,
    /// Loaded language (and, later, sourcing) measured in the body.
    pub measured: Measured,
    /// Block feature values.
    pub blocks: Vec<f32>,
    /// Logits per label.
    pub logits: Vec<f64>,
    /// Every contribution per label, against the training means.
    pub contributions: Contributions,
}

impl<'m> Scorer<'m> {
    /// A scorer listing `top` terms per label.
    pub fn new(model: &'m Model, top: usize) -> Self {
        Scorer {
            model,
            scratch: Scratch::default(),
            top,
            learned: None,
            frames: None,
        }
    }

    /// Scores frames too, with `frames` (which reads the words the scorer has read).
    pub fn set_frames(&mut self, frames: Option<&'m MultiLabelModel>) {
        self.frames = frames;
    }

    /// Reports each side's share of the voices using the user's side map.
    pub fn set_sides(&mut self, sides: Option<std::sync::Arc<crate::features::sourcing::SideMap>>) {
        self.scratch.blocks.sides = sides;
    }

    /// The model this scorer uses.
    pub fn model(&self) -> &'m Model {
        self.model
    }

    /// Reads an article into the scratch space.
    fn read(&mut self, title: Option<&str>, body: &str) {
        self.scratch.read(title, body);
    }

    /// The feature vector, logits and every contribution for an article.
    pub fn explain(&mut self, title: Option<&str>, body: &str) -> Explanation {
        self.read(title, body);
        let terms = self.model.vectorizer().transform_read(&mut self.scratch);
        let measured = features::measure(&mut self.scratch, Detail::Full);
        let blocks = self.model.block_values(&measured);
        let logits = self.model.logits(&terms, &blocks);
        let contributions = self.model.contributions(&terms, &blocks);
        Explanation {
            terms,
            measured,
            blocks,
            logits,
            contributions,
        }
    }

    /// Words of the body last read into the scratch space (`body`) that are among
    /// the model's learned distinctive terms, in text order.
    fn learned_terms(&mut self, body: &str) -> Vec<LearnedTermReport> {
        let model = self.model;
        let (learned, by_stem) = self.learned.get_or_insert_with(|| {
            // A stem listed under two labels counts for the later one.
            let mut latest: HashMap<&str, (usize, f32)> = HashMap::new();
            for (label, terms) in &model.learned_terms.labels {
                if let Some(k) = model.label_index(label) {
                    for (stem, z) in terms {
                        latest.insert(stem, (k, *z));
                    }
                }
            }
            let list: Vec<(String, usize, f32)> = latest
                .into_iter()
                .map(|(stem, (k, z))| (stem.to_string(), k, z))
                .collect();
            let by_stem = (list.iter().enumerate())
                .map(|(i, (stem, ..))| (stem.clone(), i as u32))
                .collect();
            (list, by_stem)
        });
        if learned.is_empty() {
            return Vec::new();
        }
        let analyzer = model.vectorizer().analyzer();
        let Scratch {
            doc, learned: seen, ..
        } = &mut self.scratch;
        let table = doc.table();
        let mut out = Vec::new();
        for w in doc.words() {
            let id = w.word as usize;
            if seen.len() <= id {
                seen.resize(table.len(), None);
            }
            // Per word: `None` until looked up, then its place in the learned list, if any.
            let at = *seen[id].get_or_insert_with(|| {
                analyzer
                    .term(table.surface(w.word))
                    .and_then(|t| by_stem.get(&t).copied())
            });
            if let Some((stem, k, z)) = at.and_then(|i| learned.get(i as usize)) {
                out.push(LearnedTermReport {
                    text: body[w.start..w.end].to_string(),
                    stem: stem.clone(),
                    label: model.labels()[*k].clone(),
                    z: *z,
                    start: w.start,
                    end: w.end,
                });
            }
        }
        out
    }

    /// Probabilities only: the fast path for evaluation and bulk scoring.
    pub fn probabilities(&mut self, title: Option<&str>, body: &str) -> Vec<f64> {
        self.figures(title, body, false).0
    }

    /// Probabilities, the measured figures (without quoted words) and the word count.
    /// The body is measured when the model has blocks or `measure` asks for it.
    fn figures(
        &mut self,
        title: Option<&str>,
        body: &str,
        measure: bool,
    ) -> (Vec<f64>, Option<Measured>, usize) {
        self.read(title, body);
        let terms = self.model.vectorizer().transform_read(&mut self.scratch);
        let blocks = self.model.blocks();
        let measured = (measure || !blocks.is_empty())
            .then(|| features::measure(&mut self.scratch, Detail::Figures));
        let values = measured
            .as_ref()
            .map_or_else(Vec::new, |m| self.model.block_values(m));
        let probs = softmax(&self.model.logits(&terms, &values));
        (probs, measured, terms.n_words)
    }

    /// The figures of an article without the explanation (one line of
    /// `slant score --format tsv`), on the same fast path as [`Scorer::probabilities`].
    pub fn row(&mut self, article: &Article) -> ScoreRow {
        let (probs, measured, words) = self.figures(article.title.as_deref(), &article.text, true);
        let measured = measured.expect("measured on request");
        let reading = Reading::of(self.model, &probs);
        let loaded =
            LoadedSummary::new(&measured.loaded, measured.words, measured.loaded_unflagged);
        let frames = self.frames.map_or_else(Vec::new, |f| {
            f.probabilities(&f.vector_read(&mut self.scratch))
        });
        let s = &measured.sourcing;
        ScoreRow {
            id: article.id.clone(),
            outlet: article.outlet.clone(),
            label: self.model.labels()[reading.best].clone(),
            slant: reading.slant,
            partisanship: reading.partisanship,
            probabilities: probs,
            words,
            loaded_density: loaded.density_per_100_words,
            voices: s.voices,
            balance: s.balance,
            anonymous_share: s.anonymous_share,
            quote_share: s.quote_share,
            frames,
        }
    }

    /// Scores an article and explains the score.
    pub fn score(&mut self, article: &Article) -> ArticleScore {
        let title = article.title.as_deref();
        let ex = self.explain(title, &article.text);
        let model = self.model;
        let labels = model.labels();
        let probs = softmax(&ex.logits);
        let Reading {
            best,
            slant,
            partisanship,
        } = Reading::of(model, &probs);

        let vocab_len = model.vectorizer().vocabulary().len();
        let mut top_terms = Vec::new();
        // Without words nothing was read: a block figure of an empty text sits away from its
        // mean only because there is no text, so nothing is listed (see [`NO_WORDS`]).
        let listed = if ex.terms.n_words == 0 { 0 } else { self.top };
        for (k, label) in labels.iter().enumerate() {
            let mut pushing: Vec<&Contribution> = ex
                .contributions
                .features
                .iter()
                .filter(|c| c.per_label[k] > 0.0)
                .collect();
            pushing.sort_by(|a, b| {
                b.per_label[k]
                    .total_cmp(&a.per_label[k])
                    .then(a.feature.cmp(&b.feature))
            });
            for c in pushing.into_iter().take(listed) {
                let (term, count) = if c.feature < vocab_len {
                    let i = ex
                        .terms
                        .hits
                        .binary_search_by_key(&c.feature, |h| h.feature as usize)
                        .expect("a contribution comes from a hit");
                    let hit = &ex.terms.hits[i];
                    let src = if hit.first.in_title {
                        title.unwrap_or("")
                    } else {
                        &article.text
                    };
                    (src[hit.first.start..hit.first.end].to_string(), hit.count)
                } else {
                    block_term(model.feature_name(c.feature), &ex.measured)
                };
                top_terms.push(TopTerm {
                    term,
                    stem: model.feature_name(c.feature).to_string(),
                    count,
                    contribution: c.per_label[k],
                    toward: label.clone(),
                });
            }
        }
        let loaded_summary = LoadedSummary::new(
            &ex.measured.loaded,
            ex.measured.words,
            ex.measured.loaded_unflagged,
        );
        let loaded_terms = ex
            .measured
            .loaded
            .iter()
            .map(|m| LoadedTermReport {
                text: m.text.clone(),
                category: m.category,
                start: m.start,
                end: m.end,
                alternative: m.alternative.clone(),
                voice: m.voice,
                confidence: m
                    .confidence
                    .map(|c| (f64::from(c) * 1000.0).round() / 1000.0),
                context: snippet(&article.text, m.start, m.end, 40),
            })
            .collect();
        let mut frames = self.frames.map_or_else(Vec::new, |f| {
            let v = f.vector_read(&mut self.scratch);
            let sentences = self.scratch.document().sentences();
            crate::frames::explain(f, &v, title, &article.text, sentences, self.top)
        });
        if ex.terms.n_words == 0 {
            // Without words the frame probabilities are the model's baseline (see
            // [`NO_WORDS`]): no frame is read in the article, so none is present.
            frames.iter_mut().for_each(|f| f.present = false);
        }
        let learned_terms = self.learned_terms(&article.text);
        let sourcing = ex.measured.sourcing;
        let naming_choices = ex.measured.naming;
        ArticleScore {
            id: article.id.clone(),
            label: labels[best].clone(),
            probabilities: labels.iter().cloned().zip(probs.iter().copied()).collect(),
            slant,
            partisanship,
            top_terms,
            logits: labels
                .iter()
                .cloned()
                .zip(ex.logits.iter().copied())
                .collect(),
            baseline: labels
                .iter()
                .cloned()
                .zip(ex.contributions.baseline.iter().copied())
                .collect(),
            absent_terms: labels
                .iter()
                .cloned()
                .zip(ex.contributions.absent_terms.iter().copied())
                .collect(),
            loaded_terms,
            loaded_density: loaded_summary.density_per_100_words,
            loaded_density_quoted: loaded_summary.quoted_per_100_words,
            loaded_unflagged: ex.measured.loaded_unflagged[0],
            loaded_counts: loaded_summary.counts,
            loaded_counts_quoted: loaded_summary.counts_quoted,
            naming_choices,
            sourcing,
            learned_terms,
            words: ex.terms.n_words,
            outlet: article.outlet.clone(),
            note: (ex.terms.n_words == 0).then(|| NO_WORDS.to_string()),
            frames,
        }
    }
}

/// How a block feature reads in a report: a phrase for the feature, and the count
/// behind its value (e.g. `loaded:epithet` → "loaded language: epithets", 2).
fn block_term(name: &str, measured: &Measured) -> (String, u32) {
    match features::BlockFeature::parse(name) {
        Some(features::BlockFeature::Loaded(cat)) => {
            let n = (measured.loaded.iter())
                .filter(|m| m.category == cat && m.voice == Voice::Outlet)
                .count();
            (format!("loaded language: {}", cat.label()), n as u32)
        }
        // The figure's value, not a count: "sourcing: voices 5", "sourcing: balance 0.87".
        Some(features::BlockFeature::Sourcing(figure)) => {
            let name = figure.replace('_', " ");
            match features::sourcing::figure_text(&measured.sourcing, figure) {
                Some(value) => (format!("sourcing: {name} {value}"), 1),
                None => (format!("sourcing: {name}"), 1),
            }
        }
        None => (name.to_string(), 1),
    }
}

/// One [`Scorer`] per worker thread, reused across batches so that each thread's
/// caches (stems, lexicon keys) stay warm for the whole corpus.
pub struct ScorerPool<'m> {
    scorers: Vec<std::sync::Mutex<Scorer<'m>>>,
}

impl<'m> ScorerPool<'m> {
    /// A scorer for each thread of the current rayon pool.
    pub fn new(model: &'m Model, top: usize) -> Self {
        ScorerPool::with_sides(model, top, None)
    }

    /// Like [`ScorerPool::new`], each scorer using the user's side map.
    pub fn with_sides(
        model: &'m Model,
        top: usize,
        sides: Option<std::sync::Arc<crate::features::sourcing::SideMap>>,
    ) -> Self {
        let n = rayon::current_num_threads().max(1);
        ScorerPool {
            scorers: (0..n)
                .map(|_| {
                    let mut s = Scorer::new(model, top);
                    s.set_sides(sides.clone());
                    std::sync::Mutex::new(s)
                })
                .collect(),
        }
    }

    /// Scores frames too in every scorer (see [`Scorer::set_frames`]).
    pub fn set_frames(&mut self, frames: Option<&'m MultiLabelModel>) {
        for s in &mut self.scorers {
            match s.get_mut() {
                Ok(s) => s.set_frames(frames),
                Err(poisoned) => poisoned.into_inner().set_frames(frames),
            }
        }
    }

    /// Runs `f` with the calling thread's scorer.
    pub fn with<R>(&self, f: impl FnOnce(&mut Scorer<'m>) -> R) -> R {
        let i = rayon::current_thread_index().unwrap_or(0) % self.scorers.len();
        let mut guard = match self.scorers[i].lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        f(&mut guard)
    }
}

#[cfg(test)]
mod tests {
    use super::snippet;

    /// Every white space character of more than one byte that a web page may hold.
    const WIDE_SPACES: [char; 7] = [
        '\u{00A0}', '\u{2002}', '\u{2003}', '\u{3000}', '\u{2028}', '\u{1680}', '\u{0085}',
    ];

    #[test]
    fn snippet_after_no_break_space_does_not_panic() {
        let text = "a\u{a0}b\u{a0}c\u{a0}d\u{a0}e\u{a0}f\u{a0}g\u{a0}h\u{a0}i\u{a0}j\u{a0}k\u{a0}l\u{a0}m\u{a0}n\u{a0}o\u{a0}p\u{a0}the regime";
        let start = text.find("regime").unwrap();
        let s = snippet(text, start, text.len(), 40);
        assert!(s.starts_with('…') && s.ends_with("the regime"), "{s}");
        assert!(!s.contains('\u{a0}'), "white space is flattened: {s}");
    }

    #[test]
    fn snippet_after_any_wide_space_starts_on_a_word() {
        for space in WIDE_SPACES {
            let text: String =
                (0..30).map(|i| format!("w{i}{space}")).collect::<String>() + "regime";
            let start = text.find("regime").unwrap();
            for width in 0..60 {
                let s = snippet(&text, start, text.len(), width);
                assert!(s.ends_with("regime"), "{space:?} {width}: {s}");
                let first = s.trim_start_matches('…');
                assert!(
                    first.starts_with('w') || first.starts_with('r'),
                    "{space:?} {width}: {s}"
                );
            }
        }
    }

    #[test]
    fn snippet_of_an_invalid_span_is_empty() {
        assert_eq!(snippet("Führer", 2, 4, 10), "");
        assert_eq!(snippet("abc", 2, 9, 10), "");
        assert_eq!(snippet("abc", 2, 1, 10), "");
    }
}
