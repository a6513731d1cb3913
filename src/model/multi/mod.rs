//! Multi-label classifiers: one logistic regression per label (one-vs-rest), for
//! codebooks where an article carries any number of codes (the 15 policy frames of
//! the Media Frames Corpus, or a researcher's own).
//!
//! Features are the article's bag of words (its own vocabulary, TF-IDF weighted as
//! for the lean model) plus, optionally, the frame-cue block: per frame, the matches
//! of `data/frames.txt` per 1,000 words. Each label has its own probability threshold
//! (chosen by grouped cross-validation when trained) and the model may also mark its
//! `top_k` most likely labels present, since frames are dense in full articles; a
//! `min_probability` keeps a very unlikely label out of the top k. With a
//! [`PerLabelRule`] labels are ranked by probability over threshold instead, so a rare
//! label the model gives little probability still ranks high when that is a lot for it.
//!
//! Scoring reads the words a [`Scratch`] already holds (the lean model's reading), with
//! a per-word cache of this model's stems, so frames cost one table lookup a word.

pub mod eval;
mod file;
mod fit;

pub use file::MULTI_FORMAT;
pub use fit::positive_copies;
pub use fit::{
    group_folds, prf, read_multi_corpus, read_multi_rows, CvFigures, LabelFigures, MultiFields,
    MultiLabelSet, MultiTrainParams, RuleFigures, MAX_LABELS,
};

use crate::document::words::{prefetch, WordTable};
use crate::document::words::{Index, WordAt};
use crate::document::Document;
use crate::features::frame_cues::{Cues, FRAMES};
use crate::features::multi_scratch::{CachedWord, CueWord, MultiScratch};
use crate::features::vectorizer::{for_each_term, table_term, WordTerm};
use crate::features::vocabulary::follower_bit;
use crate::features::{tfidf, FeatureBlock, Scratch, Span, TermHit, TermVector, Vectorizer};
use serde::{Deserialize, Serialize};

/// What a multi-label model remembers about its training.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MultiTrainingInfo {
    /// The corpus file name (no directory).
    pub corpus: String,
    /// SHA-256 of the corpus file's bytes.
    pub corpus_sha256: String,
    /// Rows used for training.
    pub rows: usize,
    /// Rows coded positive for each label, in label order.
    pub positives: Vec<usize>,
    /// Rows coded for each label at all (positive or negative), in label order.
    pub known: Vec<usize>,
    /// The seed (cross-validation folds).
    pub seed: u64,
    /// L2 penalty.
    pub alpha: f32,
    /// L-BFGS iterations.
    pub iterations: u64,
    /// The positive share rare labels' rows were repeated toward (0: none).
    #[serde(default, skip_serializing_if = "is_zero_f32")]
    pub positive_share: f32,
    /// Grouped cross-validation figures, when run (thresholds come from them).
    pub cv: Option<CvFigures>,
    /// The slant version that trained the model.
    pub slant_version: String,
    /// When the decision rule was set after training (`slant set-rule`): the rule
    /// the training chose and why it was changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule_change: Option<RuleChange>,
}

/// A decision rule set on a trained model without refitting its weights.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RuleChange {
    /// The `top_k` the model had before.
    pub previous_top_k: usize,
    /// The `min_probability` the model had before.
    pub previous_min_probability: f32,
    /// Why the rule was set (the evidence, in the words of whoever set it).
    pub reason: String,
    /// The per-label ranking the model had before, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_per_label: Option<PerLabelRule>,
}

/// The per-label decision rule: labels ranked by probability over their own threshold
/// (p / t), the best `min_labels` present whatever their probability, the best `top_k`
/// present when they pass the floors, any label over its threshold present too, and never
/// more than `max_labels` in all (best ratio first).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct PerLabelRule {
    /// Most labels present in an article, over threshold or not.
    pub max_labels: usize,
    /// A top-k label under its threshold needs p / t at least this (0: no floor).
    #[serde(default, skip_serializing_if = "is_zero_f32")]
    pub min_ratio: f32,
    /// The first this many labels are present whatever their probability or ratio: full
    /// articles carry several frames, but their probabilities run lower than short texts'
    /// (0, as in files from before it: none).
    #[serde(default, skip_serializing_if = "is_zero_usize")]
    pub min_labels: usize,
}

fn is_zero_f32(x: &f32) -> bool {
    *x == 0.0
}

fn is_zero_usize(x: &usize) -> bool {
    *x == 0
}

impl PerLabelRule {
    /// Checks the rule: at least one label, a ratio floor that is a number from 0 up, a
    /// minimum count within the cap.
    pub fn check(&self) -> crate::Result<()> {
        if self.max_labels == 0 {
            return Err(crate::Error::Invalid(
                "a per-label rule marks at least 1 label (max_labels 1 or more)".into(),
            ));
        }
        if self.min_labels > self.max_labels {
            return Err(crate::Error::Invalid(format!(
                "a per-label rule cannot mark at least {} labels and at most {}",
                self.min_labels, self.max_labels
            )));
        }
        if !(self.min_ratio.is_finite() && self.min_ratio >= 0.0) {
            return Err(crate::Error::Invalid(format!(
                "a per-label rule's minimum ratio must be 0 or more, got {}",
                self.min_ratio
            )));
        }
        Ok(())
    }
}

/// A fitted multi-label model.
#[derive(Debug)]
pub struct MultiLabelModel {
    labels: Vec<String>,
    vectorizer: Vectorizer,
    /// The frame-cue lexicon text, when the model reads the cue block.
    cue_lexicon: Option<String>,
    cues: Option<Cues>,
    /// Feature-major weights: `weights[f * k + label]`.
    weights: Vec<f32>,
    intercept: Vec<f32>,
    thresholds: Vec<f32>,
    top_k: usize,
    /// A top-k label below this probability is not present (unless over its threshold).
    min_probability: f32,
    /// Rank labels by probability over threshold, with a cap (`None`: by probability).
    per_label: Option<PerLabelRule>,
    /// Training metadata.
    pub training: MultiTrainingInfo,
}

/// Where one frame cue matched: in the headline or the body, and its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueHit {
    /// Index into [`FRAMES`].
    pub frame: u8,
    /// The span of the matched words.
    pub span: Span,
}

/// An article as a multi-label model reads it.
#[derive(Debug, Clone, Default)]
pub struct MultiVector {
    /// The model's terms present, sorted by feature.
    pub terms: TermVector,
    /// Cue block values (empty without the cue block).
    pub blocks: Vec<f32>,
    /// Every cue match, in text order (headline first); empty without the cue block.
    pub cue_hits: Vec<CueHit>,
}

/// Bits of a packed word for its vocabulary stem id; the rest hold its cue stem id.
const STEM_BITS: u32 = 20;
/// A word outside the vocabulary (its packed stem field).
const UNKNOWN: u32 = (1 << STEM_BITS) - 1;
/// A word in no cue (its packed cue field).
const NO_CUE: u32 = (1 << (32 - STEM_BITS)) - 3;

/// Packs a word's vocabulary stem id and cue stem id into one cache slot.
fn pack(stem: Option<u32>, cue: Option<u32>) -> u32 {
    let stem = stem.filter(|&s| s < UNKNOWN).unwrap_or(UNKNOWN);
    let cue = cue.filter(|&c| c < NO_CUE).unwrap_or(NO_CUE);
    cue << STEM_BITS | stem
}

/// The vocabulary stem id (`None` outside the vocabulary) and cue stem id (`None`
/// for a word in no cue) of a slot.
fn unpack(slot: u32) -> (Option<u32>, Option<u32>) {
    let (stem, cue) = (slot & UNKNOWN, slot >> STEM_BITS);
    (
        (stem != UNKNOWN).then_some(stem),
        (cue != NO_CUE).then_some(cue),
    )
}

/// How many words ahead the word cache is fetched (see `document::words`).
const AHEAD: usize = 24;

/// Cue block values enter the model as `ln(1 + matches per 1,000 words) / RATE_SCALE`.
pub fn cue_value(matches: u32, words: usize) -> f32 {
    let rate = if words == 0 {
        0.0
    } else {
        matches as f32 * 1000.0 / words as f32
    };
    (1.0 + rate).ln() / crate::features::RATE_SCALE
}

/// Names of the cue block's features.
pub fn cue_block_names() -> Vec<String> {
    FRAMES.iter().map(|f| format!("cues:{f}")).collect()
}

impl MultiLabelModel {
    /// Assembles a model, checking that the shapes agree.
    #[allow(clippy::too_many_arguments)]
    pub fn from_parts(
        labels: Vec<String>,
        vectorizer: Vectorizer,
        cue_lexicon: Option<String>,
        weights: Vec<f32>,
        intercept: Vec<f32>,
        thresholds: Vec<f32>,
        top_k: usize,
        training: MultiTrainingInfo,
    ) -> crate::Result<Self> {
        let k = labels.len();
        if k == 0 {
            return Err(crate::Error::Invalid(
                "a multi-label model needs labels".into(),
            ));
        }
        super::file::check_labels(&labels).map_err(crate::Error::Invalid)?;
        let cues = match &cue_lexicon {
            Some(text) => Some(
                Cues::compile(text, vectorizer.analyzer())
                    .map_err(|e| crate::Error::Invalid(format!("frame-cue lexicon: {e}")))?,
            ),
            None => None,
        };
        let blocks = if cues.is_some() { FRAMES.len() } else { 0 };
        let f = vectorizer.vocabulary().len() + blocks;
        // Each term has at most two stems; the word cache packs stem ids in 20 bits.
        if 2 * vectorizer.vocabulary().len() >= UNKNOWN as usize {
            return Err(crate::Error::Invalid(format!(
                "a multi-label model reads at most {} terms, got {}",
                UNKNOWN / 2,
                vectorizer.vocabulary().len()
            )));
        }
        if weights.len() != f * k || intercept.len() != k || thresholds.len() != k {
            return Err(crate::Error::Invalid(format!(
                "multi-label model shapes disagree: {k} labels, {f} features, {} weights, \
                 {} intercepts, {} thresholds",
                weights.len(),
                intercept.len(),
                thresholds.len()
            )));
        }
        if let Some(bad) = (weights.iter().chain(&intercept)).find(|w| !w.is_finite()) {
            return Err(crate::Error::Invalid(format!(
                "multi-label model holds a weight that is not a finite number ({bad})"
            )));
        }
        if let Some(t) = thresholds.iter().find(|t| !(0.0..=1.0).contains(*t)) {
            return Err(crate::Error::Invalid(format!(
                "a threshold must be a probability between 0 and 1, got {t}"
            )));
        }
        Ok(MultiLabelModel {
            labels,
            vectorizer,
            cue_lexicon,
            cues,
            weights,
            intercept,
            thresholds,
            top_k,
            min_probability: 0.0,
            per_label: None,
            training,
        })
    }

    /// The label names, in the order of every per-label array.
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// The vectorizer (analysis chain + vocabulary).
    pub fn vectorizer(&self) -> &Vectorizer {
        &self.vectorizer
    }

    /// True when the model reads the frame-cue block.
    pub fn has_cues(&self) -> bool {
        self.cues.is_some()
    }

    /// Each label's probability threshold.
    pub fn thresholds(&self) -> &[f32] {
        &self.thresholds
    }

    /// How many of the most likely labels count as present whatever their threshold.
    pub fn top_k(&self) -> usize {
        self.top_k
    }

    /// The probability a label among the `top_k` most likely needs to be present by
    /// rank (0: every one of them is).
    pub fn min_probability(&self) -> f32 {
        self.min_probability
    }

    /// Changes the decision rule: the `top_k` most likely labels are present, and
    /// any other label whose probability reaches its threshold.
    pub fn set_top_k(&mut self, top_k: usize) {
        self.top_k = top_k;
    }

    /// Changes the decision rule: a label among the `top_k` most likely is present only
    /// when its probability is at least `p` (a label over its threshold still is).
    /// `p` must be a probability, 0 to 1.
    pub fn set_min_probability(&mut self, p: f32) -> crate::Result<()> {
        if !(0.0..=1.0).contains(&p) {
            return Err(crate::Error::Invalid(format!(
                "a minimum probability must be between 0 and 1, got {p}"
            )));
        }
        self.min_probability = p;
        Ok(())
    }

    /// The per-label ranking and cap, when the rule has one.
    pub fn per_label(&self) -> Option<PerLabelRule> {
        self.per_label
    }

    /// Changes the decision rule's ranking: `Some` ranks labels by probability over
    /// threshold and caps how many are present; `None` ranks by probability.
    pub fn set_per_label(&mut self, rule: Option<PerLabelRule>) -> crate::Result<()> {
        if let Some(r) = &rule {
            r.check()?;
        }
        self.per_label = rule;
        Ok(())
    }

    /// The decision rule in words, e.g. "top-5 (each at least 0.08) plus thresholds".
    pub fn rule_text(&self) -> String {
        let floor = match self.min_probability {
            p if p > 0.0 => format!(" (each at least {p})"),
            _ => String::new(),
        };
        match self.per_label {
            None => format!("top-{}{floor} plus thresholds", self.top_k),
            Some(r) => {
                let ratio = match r.min_ratio {
                    q if q > 0.0 => format!(", p/threshold at least {q}"),
                    _ => String::new(),
                };
                let least = match r.min_labels {
                    n if n > 0 => format!(", at least {n}"),
                    _ => String::new(),
                };
                format!(
                    "per label: top-{} by p/threshold{floor}{ratio} plus thresholds{least}, at most {}",
                    self.top_k, r.max_labels
                )
            }
        }
    }

    /// The intercept of each label.
    pub fn intercept(&self) -> &[f32] {
        &self.intercept
    }

    /// Total number of features: terms, then the cue block.
    pub fn n_features(&self) -> usize {
        self.vectorizer.vocabulary().len() + if self.cues.is_some() { FRAMES.len() } else { 0 }
    }

    /// A readable name for feature `f`: the term, or `cues:<frame>`.
    pub fn feature_name(&self, f: usize) -> String {
        let v = self.vectorizer.vocabulary();
        if f < v.len() {
            v.term(f).to_string()
        } else {
            format!("cues:{}", FRAMES[f - v.len()])
        }
    }

    /// The weight of feature `f` for label `k`.
    pub fn weight(&self, f: usize, k: usize) -> f32 {
        self.weights[f * self.labels.len() + k]
    }

    /// Reads an article: `title` and `body` are read into `scratch` (words once for
    /// every feature), then measured with [`MultiLabelModel::vector_read`].
    pub fn vector(&self, title: Option<&str>, body: &str, scratch: &mut Scratch) -> MultiVector {
        scratch.read(title, body);
        self.vector_read(scratch)
    }

    /// The features of the article last read into `scratch`. The scratch's word
    /// cache for multi-label models belongs to one model: use a scratch with one.
    pub fn vector_read(&self, scratch: &mut Scratch) -> MultiVector {
        let Scratch { doc, multi, .. } = scratch;
        self.measure_doc(doc, multi)
    }

    /// The features of `doc` (the model's [`FeatureBlock::measure`]): the fast path,
    /// with what the model makes of each word cached in `multi` and the hits read out
    /// in feature order from a bitmap. [`MultiLabelModel::measure_plain`] is the
    /// reference it must agree with.
    fn measure_doc(&self, doc: &Document, multi: &mut MultiScratch) -> MultiVector {
        let table = doc.table();
        let MultiScratch {
            words: cache,
            slots,
            hit_bits,
            hits,
            cue_words,
            counts,
            values,
        } = multi;
        if cache.len() < table.len() {
            cache.resize(table.len(), CachedWord::NOT_SEEN);
        }
        let vocabulary = self.vectorizer.vocabulary();
        if slots.len() < vocabulary.len() {
            slots.resize(vocabulary.len(), None);
            hit_bits.fit(vocabulary.len());
        }
        let cues = self.cues.as_ref();
        hits.clear();
        // A hit of feature `f` over `start..end` of the part being read.
        let mut add = |f: u32, in_title: bool, start: usize, end: usize| match slots[f as usize] {
            None => {
                slots[f as usize] = Index::new(hits.len() as u32);
                hit_bits.set(f);
                hits.push(TermHit {
                    feature: f,
                    count: 1,
                    value: 0.0,
                    first: Span {
                        in_title,
                        start,
                        end,
                    },
                });
            }
            Some(i) => hits[i.get() as usize].count += 1,
        };
        let read_title = if self.vectorizer.config().use_title {
            doc.title_words()
        } else {
            &[]
        };
        let bigrams = vocabulary.ngram_max() >= 2;
        let mut cue_hits = Vec::new();
        let mut cue_counts = [0u32; FRAMES.len()];
        let mut n_words = 0;
        for (in_title, read) in [(true, read_title), (false, doc.words())] {
            n_words += read.len();
            cue_words.clear();
            // Position among the part's words that are not stop words.
            let mut at = 0u32;
            // The stem before this word (stop words skipped), its bigram filter and
            // start; none when the model reads no bigrams.
            let mut before: Option<(u32, u64, usize)> = None;
            // As `for_each_term`, with each word's unigram and bigram filter cached.
            for (i, w) in read.iter().enumerate() {
                // The cache of a word a few places ahead is fetched while this one is read.
                if let Some(ahead) = read.get(i + AHEAD) {
                    prefetch(&cache[ahead.word as usize]);
                }
                let slot = &mut cache[w.word as usize];
                if slot.packed == CachedWord::UNSEEN {
                    *slot = self.cached_word(table, w.word);
                }
                let word = *slot;
                if word.packed == CachedWord::STOP {
                    continue;
                }
                let (term, cue) = unpack(word.packed);
                if cues.is_some() {
                    if let Some(stem) = cue {
                        let span = Span {
                            in_title,
                            start: w.start,
                            end: w.end,
                        };
                        cue_words.push(CueWord { at, stem, span });
                    }
                    at += 1;
                }
                let Some(term) = term else {
                    before = None;
                    continue;
                };
                if word.unigram != CachedWord::NO_TERM {
                    add(word.unigram, in_title, w.start, w.end);
                }
                if let Some((a, followers, first)) = before {
                    if followers & follower_bit(term) != 0 {
                        if let Some(f) = vocabulary.bigram_searched(a, term) {
                            add(f, in_title, first, w.end);
                        }
                    }
                }
                before = bigrams.then_some((term, word.followers, w.start));
            }
            if let Some(cues) = cues {
                let found = &cue_words[..];
                cues.matches_sparse(
                    found.len(),
                    |k| found[k].at,
                    |k| found[k].stem,
                    |cue, a, b| {
                        cue_counts[cue.frame as usize] += 1;
                        cue_hits.push(CueHit {
                            frame: cue.frame,
                            span: Span {
                                end: found[b].span.end,
                                ..found[a].span
                            },
                        });
                    },
                );
            }
        }
        let mut sorted = crate::features::vectorizer::hits_in_feature_order(hit_bits, slots, hits);
        counts.clear();
        counts.extend(sorted.iter().map(|h| h.count));
        tfidf::weigh(
            counts,
            |i| vocabulary.idf(sorted[i].feature as usize),
            values,
        );
        for (h, &v) in sorted.iter_mut().zip(values.iter()) {
            h.value = v;
        }
        let blocks = if cues.is_some() {
            cue_counts.iter().map(|&c| cue_value(c, n_words)).collect()
        } else {
            Vec::new()
        };
        MultiVector {
            terms: TermVector {
                hits: sorted,
                n_words,
            },
            blocks,
            cue_hits,
        }
    }

    /// What the model makes of word `id` of `table` (see [`CachedWord`]).
    #[cold]
    #[inline(never)]
    fn cached_word(&self, table: &WordTable, id: u32) -> CachedWord {
        let vocabulary = self.vectorizer.vocabulary();
        match table_term(self.vectorizer.analyzer(), table, id) {
            None => CachedWord {
                packed: CachedWord::STOP,
                ..CachedWord::NOT_SEEN
            },
            Some(t) => {
                let stem = vocabulary.stem_id(&t);
                let packed = pack(stem, self.cues.as_ref().and_then(|c| c.stem_id(&t)));
                // The stem as packed: one too large to pack reads as unknown.
                let stem = unpack(packed).0;
                CachedWord {
                    followers: stem.map_or(0, |s| vocabulary.followers(s)),
                    unigram: stem
                        .and_then(|s| vocabulary.unigram(s))
                        .unwrap_or(CachedWord::NO_TERM),
                    packed,
                }
            }
        }
    }

    /// [`MultiLabelModel::measure_doc`] the plain way: every word analysed afresh,
    /// the shared term loop, hits kept in a sorted map, cues matched over every word.
    pub fn measure_plain(&self, doc: &Document) -> MultiVector {
        let table = doc.table();
        let vocabulary = self.vectorizer.vocabulary();
        let analyzer = self.vectorizer.analyzer();
        let cues = self.cues.as_ref();
        let mut found: std::collections::BTreeMap<u32, TermHit> = Default::default();
        let mut add = |f: u32, span: Span| {
            found
                .entry(f)
                .and_modify(|h| h.count += 1)
                .or_insert(TermHit {
                    feature: f,
                    count: 1,
                    value: 0.0,
                    first: span,
                });
        };
        let read_title = if self.vectorizer.config().use_title {
            doc.title_words()
        } else {
            &[]
        };
        let mut cue_hits = Vec::new();
        let mut cue_counts = [0u32; FRAMES.len()];
        let mut n_words = 0;
        for (in_title, read) in [(true, read_title), (false, doc.words())] {
            n_words += read.len();
            let (mut seq, mut spans) = (Vec::new(), Vec::new());
            let term_of = |w: &WordAt, span: Span| {
                let Some(t) = analyzer.term_stemmed(table.surface(w.word), table.stem(w.word))
                else {
                    return WordTerm::Stop;
                };
                let (term, cue) = unpack(pack(
                    vocabulary.stem_id(&t),
                    cues.and_then(|c| c.stem_id(&t)),
                ));
                if cues.is_some() {
                    seq.push(cue);
                    spans.push(span);
                }
                term.map_or(WordTerm::Unknown, WordTerm::Stem)
            };
            for_each_term(vocabulary, in_title, read, term_of, &mut add);
            if let Some(cues) = cues {
                cues.matches(&seq, |cue, a, b| {
                    cue_counts[cue.frame as usize] += 1;
                    cue_hits.push(CueHit {
                        frame: cue.frame,
                        span: Span {
                            end: spans[b].end,
                            ..spans[a]
                        },
                    });
                });
            }
        }
        let mut hits: Vec<TermHit> = found.into_values().collect();
        let counts: Vec<u32> = hits.iter().map(|h| h.count).collect();
        let mut values = Vec::new();
        tfidf::weigh(
            &counts,
            |i| vocabulary.idf(hits[i].feature as usize),
            &mut values,
        );
        for (h, v) in hits.iter_mut().zip(values) {
            h.value = v;
        }
        let blocks = if cues.is_some() {
            cue_counts.iter().map(|&c| cue_value(c, n_words)).collect()
        } else {
            Vec::new()
        };
        MultiVector {
            terms: TermVector { hits, n_words },
            blocks,
            cue_hits,
        }
    }

    /// The logit of every label: intercept + Σ w·x, accumulated in `f64` in feature
    /// order (the order [`MultiLabelModel::contributions`] uses).
    pub fn logits(&self, v: &MultiVector) -> Vec<f64> {
        match self.labels.len() {
            // The frame codebook's 15 labels: sums held in registers, not in memory.
            FRAMES_K => self.logits_fixed::<FRAMES_K>(v).to_vec(),
            _ => self.logits_plain(v),
        }
    }

    /// [`MultiLabelModel::logits`] for a model of exactly `K` labels.
    fn logits_fixed<const K: usize>(&self, v: &MultiVector) -> [f64; K] {
        let mut z = [0f64; K];
        for (zi, &b) in z.iter_mut().zip(&self.intercept) {
            *zi = b as f64;
        }
        let hits = &v.terms.hits;
        for (j, (f, x)) in self.features(v).enumerate() {
            // The weights of a term a few hits ahead are fetched while this one is added.
            if let Some(ahead) = hits.get(j + 4) {
                let row = ahead.feature as usize * K;
                prefetch(&self.weights[row]);
                prefetch(&self.weights[row + K - 1]);
            }
            let w: &[f32; K] = self.weights[f * K..(f + 1) * K]
                .try_into()
                .expect("K weights a feature");
            add_row(&mut z, w, x);
        }
        z
    }

    /// [`MultiLabelModel::logits`] the plain way, one label at a time (the reference
    /// the blocked sum must agree with bit for bit).
    pub fn logits_plain(&self, v: &MultiVector) -> Vec<f64> {
        let k = self.labels.len();
        let mut z: Vec<f64> = self.intercept.iter().map(|&b| b as f64).collect();
        for (f, x) in self.features(v) {
            for (zi, &wi) in z.iter_mut().zip(&self.weights[f * k..(f + 1) * k]) {
                *zi += wi as f64 * x as f64;
            }
        }
        z
    }

    /// Every non-zero feature's `(feature, value, w·x for each label)`, in feature order.
    pub fn contributions(&self, v: &MultiVector) -> Vec<(usize, f32, Vec<f64>)> {
        let k = self.labels.len();
        self.features(v)
            .filter(|&(_, x)| x != 0.0)
            .map(|(f, x)| {
                let per = self.weights[f * k..(f + 1) * k]
                    .iter()
                    .map(|&w| w as f64 * x as f64)
                    .collect();
                (f, x, per)
            })
            .collect()
    }

    fn features<'a>(&self, v: &'a MultiVector) -> impl Iterator<Item = (usize, f32)> + 'a {
        let base = self.vectorizer.vocabulary().len();
        v.terms
            .hits
            .iter()
            .map(|h| (h.feature as usize, h.value))
            .chain(
                v.blocks
                    .iter()
                    .enumerate()
                    .map(move |(i, &x)| (base + i, x)),
            )
    }

    /// Each label's probability (the logistic of its logit).
    pub fn probabilities(&self, v: &MultiVector) -> Vec<f64> {
        self.logits(v).into_iter().map(sigmoid).collect()
    }

    /// Which labels are present: any at or above its threshold, and the `top_k` most
    /// likely whose probability is at least `min_probability` (with a [`PerLabelRule`],
    /// [`decide_per_label`]).
    pub fn decide(&self, probs: &[f64]) -> Vec<bool> {
        match &self.per_label {
            None => decide(probs, &self.thresholds, self.top_k, self.min_probability),
            Some(rule) => decide_per_label(
                probs,
                &self.thresholds,
                self.top_k,
                self.min_probability,
                rule,
            ),
        }
    }
}

/// Labels of the frame codebook ([`FRAMES`]), for which the logits have a fixed-size path.
const FRAMES_K: usize = FRAMES.len();

/// Adds `w · x` to each label's logit `z` (`w` one feature's weights); each label's
/// sum takes its terms in feature order, as [`MultiLabelModel::logits_plain`] does.
#[inline(always)]
fn add_row<const K: usize>(z: &mut [f64; K], w: &[f32; K], x: f32) {
    let x = x as f64;
    for j in 0..K {
        z[j] += w[j] as f64 * x;
    }
}

/// A multi-label model reads a document as a feature block of its own: its own
/// vocabulary's terms (TF-IDF weighted), then the frame-cue block when it has one.
/// It is not one of the lean model's dense [`Block`](crate::features::Block)s:
/// a frame model is a separate model, with its own vocabulary and word cache.
impl FeatureBlock for MultiLabelModel {
    type Scratch = MultiScratch;
    type Measure = MultiVector;

    fn names(&self) -> Vec<String> {
        (0..self.n_features())
            .map(|f| self.feature_name(f))
            .collect()
    }

    fn measure(&self, doc: &Document, scratch: &mut MultiScratch) -> MultiVector {
        self.measure_doc(doc, scratch)
    }
}

/// The decision rule: any label whose probability reaches its threshold, and the
/// `top_k` most likely labels (ties to the first) whose probability reaches `min_p`.
pub fn decide(probs: &[f64], thresholds: &[f32], top_k: usize, min_p: f32) -> Vec<bool> {
    let mut present: Vec<bool> = probs
        .iter()
        .zip(thresholds)
        .map(|(&p, &t)| p >= t as f64)
        .collect();
    let mut order: Vec<usize> = (0..probs.len()).collect();
    order.sort_by(|&a, &b| probs[b].total_cmp(&probs[a]).then(a.cmp(&b)));
    for &i in order.iter().take(top_k) {
        if probs[i] >= min_p as f64 {
            present[i] = true;
        }
    }
    present
}

/// The per-label decision rule: labels ranked by `p / t` (a label with threshold 0
/// first; ties to the first); of the first `rule.max_labels`, a label is present when
/// it reaches its threshold, when it is among the first `rule.min_labels`, or when it is
/// among the first `top_k` with a probability of at least `min_p` and a ratio of at least
/// `rule.min_ratio`.
pub fn decide_per_label(
    probs: &[f64],
    thresholds: &[f32],
    top_k: usize,
    min_p: f32,
    rule: &PerLabelRule,
) -> Vec<bool> {
    let ratio: Vec<f64> = probs
        .iter()
        .zip(thresholds)
        .map(|(&p, &t)| if t > 0.0 { p / t as f64 } else { f64::INFINITY })
        .collect();
    let mut order: Vec<usize> = (0..probs.len()).collect();
    order.sort_by(|&a, &b| ratio[b].total_cmp(&ratio[a]).then(a.cmp(&b)));
    let mut present = vec![false; probs.len()];
    for (rank, &i) in order.iter().take(rule.max_labels).enumerate() {
        let over = probs[i] >= thresholds[i] as f64;
        let fills = rank < top_k && probs[i] >= min_p as f64 && ratio[i] >= rule.min_ratio as f64;
        present[i] = over || rank < rule.min_labels || fills;
    }
    present
}

/// The logistic function.
pub fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

#[cfg(test)]
mod tests {
    use super::{decide, decide_per_label, PerLabelRule};

    #[cfg(feature = "builtin-model")]
    #[test]
    fn the_fast_reading_equals_the_plain_one() {
        use crate::features::Scratch;
        let model = super::MultiLabelModel::builtin_frames().expect("the built-in frame model");
        let texts = [
            (
                Some("Budget deficit grows as tax cuts pass"),
                "The jobs report showed unemployment falling, but the budget deficit and the \
                 national debt rose by a million dollars a day. Economists said inflation and \
                 tariffs on trade would hurt consumer spending and business investment.",
            ),
            (
                None,
                "The court ruled that the law was unconstitutional; the Supreme Court will hear \
                 the appeal. Police arrested the suspect after the shooting, and prosecutors \
                 filed murder charges. Voters in the poll said the senator's campaign was weak.",
            ),
            (
                Some("Hospital beds run short"),
                "Health officials said the vaccine was safe. The hospital ran short of beds and \
                 doctors, and the outbreak spread to schools and families. The tax on jobs, the \
                 jobs report and the military troops at the border drew protests.",
            ),
            (None, ""),
            (Some("Tax"), "tax"),
            (
                Some("The Senate's 2019 tax plan"),
                "The senator's tax plan, at www.example.org and https://example.org/tax, \
                 cuts 3.5% of the budget's 2,000 jobs. Its 1990s rules and the court’s \
                 ruling on the law's reach are the voters' concern; they're wary of it.",
            ),
        ];
        let mut scratch = Scratch::default();
        let (mut cues, mut bigrams) = (0, 0);
        // Twice: the second pass reads every word from the cache.
        for _ in 0..2 {
            for (title, body) in texts {
                let fast = model.vector(title, body, &mut scratch);
                let plain = model.measure_plain(scratch.document());
                assert_eq!(fast.terms, plain.terms, "{body:?}");
                assert_eq!(fast.blocks, plain.blocks, "{body:?}");
                assert_eq!(fast.cue_hits, plain.cue_hits, "{body:?}");
                assert_eq!(model.logits(&fast), model.logits(&plain));
                assert_eq!(model.logits(&fast), model.logits_plain(&fast));
                cues += fast.cue_hits.len();
                bigrams += fast
                    .terms
                    .hits
                    .iter()
                    .filter(|h| model.feature_name(h.feature as usize).contains(' '))
                    .count();
            }
        }
        assert!(
            cues >= 10 && bigrams >= 2,
            "{cues} cue hits, {bigrams} bigrams"
        );
    }

    #[test]
    fn blocked_label_sums_equal_the_label_by_label_ones() {
        // Weights and values of many magnitudes, so that rounding differs by order.
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let m = (seed >> 40) as f32 / (1u64 << 24) as f32 - 0.5;
            m * 10f32.powi((seed % 7) as i32 - 3)
        };
        for k in 1..=17 {
            let rows: Vec<(Vec<f32>, f32)> = (0..40)
                .map(|_| ((0..k).map(|_| next()).collect(), next()))
                .collect();
            let mut plain = vec![0.25f64; k];
            for (w, x) in &rows {
                for (zi, &wi) in plain.iter_mut().zip(w) {
                    *zi += wi as f64 * *x as f64;
                }
            }
            let fast = match k {
                15 => fixed::<15>(&rows),
                16 => fixed::<16>(&rows),
                3 => fixed::<3>(&rows),
                _ => continue,
            };
            let bits = |z: &[f64]| z.iter().map(|v| v.to_bits()).collect::<Vec<_>>();
            assert_eq!(bits(&fast), bits(&plain), "{k} labels");
            assert!(plain.iter().all(|v| *v != 0.25), "{k} labels");
        }
        fn fixed<const K: usize>(rows: &[(Vec<f32>, f32)]) -> Vec<f64> {
            let mut z = [0.25f64; K];
            for (w, x) in rows {
                super::add_row(&mut z, w[..].try_into().unwrap(), *x);
            }
            z.to_vec()
        }
    }

    #[test]
    fn the_per_label_rule_ranks_by_probability_over_threshold_and_caps_the_count() {
        let p = [0.30, 0.10, 0.20, 0.04, 0.90];
        let t = [0.60, 0.05, 0.95, 0.10, 0.30];
        // Ratios 0.5, 2, 0.21, 0.4, 3: label 4, then 1 (both over threshold), then 0, 3
        // and 2.
        let rule = |max_labels, min_ratio| PerLabelRule {
            max_labels,
            min_ratio,
            min_labels: 0,
        };
        assert_eq!(
            decide_per_label(&p, &t, 0, 0.0, &rule(9, 0.0)),
            [false, true, false, false, true]
        );
        // The cap keeps the best ratio even over threshold: label 1 is out at 1.
        assert_eq!(
            decide_per_label(&p, &t, 0, 0.0, &rule(1, 0.0)),
            [false, false, false, false, true]
        );
        assert_eq!(
            decide_per_label(&p, &t, 3, 0.0, &rule(9, 0.0)),
            [true, true, false, false, true]
        );
        assert_eq!(
            decide_per_label(&p, &t, 4, 0.0, &rule(9, 0.0)),
            [true, true, false, true, true]
        );
        // The probability floor leaves label 3 (0.04) out; the ratio floor label 2.
        assert_eq!(
            decide_per_label(&p, &t, 5, 0.06, &rule(9, 0.0)),
            [true, true, true, false, true]
        );
        assert_eq!(
            decide_per_label(&p, &t, 5, 0.0, &rule(9, 0.3)),
            [true, true, false, true, true]
        );
        // Label 3 (0.04, 0.4 of its threshold) is among the 4 best by ratio; by probability
        // label 2 (0.20, far under its threshold) takes its place.
        assert_eq!(decide(&p, &t, 4, 0.0), [true, true, true, false, true]);
        // A threshold of 0 is always met and ranks first.
        let t0 = [0.60, 0.05, 0.0, 0.10, 0.30];
        assert_eq!(
            decide_per_label(&p, &t0, 0, 0.0, &rule(1, 0.0)),
            [false, false, true, false, false]
        );
    }

    #[test]
    fn the_per_label_rule_marks_its_first_min_labels_whatever_their_probability() {
        let p = [0.30, 0.10, 0.20, 0.04, 0.90];
        let t = [0.60, 0.05, 0.95, 0.10, 0.30];
        // Ratios 0.5, 2, 0.21, 0.4, 3: label 4, then 1 (both over threshold), 0, 3, 2.
        let rule = |max_labels, min_labels| PerLabelRule {
            max_labels,
            min_ratio: 0.6,
            min_labels,
        };
        // The floors keep every label under its threshold out...
        assert_eq!(
            decide_per_label(&p, &t, 5, 0.35, &rule(9, 0)),
            [false, true, false, false, true]
        );
        // ...but the first 4 are present whatever their probability or ratio.
        assert_eq!(
            decide_per_label(&p, &t, 5, 0.35, &rule(9, 4)),
            [true, true, false, true, true]
        );
        assert_eq!(
            decide_per_label(&p, &t, 0, 0.0, &rule(9, 3)),
            [true, true, false, false, true]
        );
        // The cap still holds, and a minimum over it is refused.
        assert_eq!(
            decide_per_label(&p, &t, 5, 0.35, &rule(3, 3)),
            [true, true, false, false, true]
        );
        assert!(rule(3, 3).check().is_ok());
        assert!(rule(2, 3).check().is_err());
        // A file from before the field reads as no minimum, and writes back the same.
        let old: PerLabelRule = serde_json::from_str(r#"{"max_labels":7}"#).unwrap();
        assert_eq!(old.min_labels, 0);
        assert_eq!(serde_json::to_string(&old).unwrap(), r#"{"max_labels":7}"#);
    }

    #[test]
    fn the_top_k_are_present_whatever_their_threshold_ties_to_the_first() {
        let p = [0.30, 0.10, 0.30, 0.05, 0.90];
        let t = [0.95; 5];
        assert_eq!(decide(&p, &t, 0, 0.0), [false; 5]);
        assert_eq!(decide(&p, &t, 1, 0.0), [false, false, false, false, true]);
        assert_eq!(decide(&p, &t, 2, 0.0), [true, false, false, false, true]);
        assert_eq!(decide(&p, &t, 3, 0.0), [true, false, true, false, true]);
        assert_eq!(decide(&p, &t, 9, 0.0), [true; 5]);
    }

    #[test]
    fn a_floor_keeps_unlikely_labels_out_of_the_top_k_but_not_over_their_threshold() {
        let p = [0.30, 0.10, 0.20, 0.05, 0.90];
        let t = [0.95, 0.08, 0.95, 0.95, 0.95];
        // Label 1 is over its threshold, whatever the floor.
        assert_eq!(decide(&p, &t, 0, 0.5), [false, true, false, false, false]);
        assert_eq!(decide(&p, &t, 5, 0.19), [true, true, true, false, true]);
        assert_eq!(decide(&p, &t, 5, 0.21), [true, true, false, false, true]);
        assert_eq!(decide(&p, &t, 2, 0.0), [true, true, false, false, true]);
    }
}
