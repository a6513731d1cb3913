//! The term block: from a document to the sparse TF-IDF vector the model reads.
//!
//! [`Vectorizer`] holds the analysis chain and the fitted [`Vocabulary`]. Training
//! and scoring go through the same per-word function ([`Analyzer::term`]), so a
//! word becomes the same feature in both. Scoring stores each word's term in the
//! document's word table, so a corpus stems and looks up each
//! distinct word once per thread.

use super::block::FeatureBlock;
use super::tfidf::{self, TermNorm, TermTf};
use super::vocabulary::{follower_bit, Interner, Vocabulary, VocabularyParams};
use crate::document::words::{Index, WordAt, WordTable};
use crate::document::Document;
use crate::text::quotes::{find_quotes_into, QuoteSpan};
use crate::text::{for_each_token, Analyzer, AnalyzerConfig};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::HashMap;

/// How articles become features. Saved with the model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeatureConfig {
    /// The filter chain after the tokenizer.
    pub analyzer: AnalyzerConfig,
    /// How the vocabulary is chosen.
    pub vocabulary: VocabularyParams,
    /// Read the headline (when the corpus has one) before the body.
    pub use_title: bool,
    /// Dense blocks measured from the text, appended after the terms.
    pub blocks: Vec<super::Block>,
    /// How many times each headline occurrence of a term counts in its term
    /// frequency (body occurrences count once). 1 (the default, and the value for
    /// model files saved without it) weighs the headline like the body.
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub title_weight: u32,
    /// Leave outlet fingerprints (names, datelines, bylines, honorifics, ...) out of the
    /// terms: see [`super::fingerprint`]. Off for model files saved without it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub fingerprint_filter: bool,
    /// Leave the words of direct quotations (and transcript turns and embedded posts) out
    /// of the terms: a source's words are the source's, as loaded language reads them
    /// ([`quoted_spans`]). Off for model files saved without it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub terms_outside_quotes: bool,
    /// Dense figures that do not drift with article length (counts as rates per
    /// 1,000 words, shares smoothed): see `model::dense`. Off for files saved without it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub length_neutral: bool,
    /// The term frequency of the term block. Sublinear (the default, and the value for
    /// model files saved without it): `1 + ln(count)`.
    #[serde(default, skip_serializing_if = "TermTf::is_default")]
    pub term_tf: TermTf,
    /// How the term block's vector is scaled. L2 (the default, and the value for model
    /// files saved without it): unit Euclidean length.
    #[serde(default, skip_serializing_if = "TermNorm::is_default")]
    pub term_norm: TermNorm,
    /// Multiplies the term block's values after normalisation. Training with the L1 norm
    /// sets it to the training rows' mean L2-normalised term mass, so that the values keep
    /// the L2 ones' scale (and `alpha` its meaning). 1 (the default, and the value for
    /// model files saved without it) leaves them as normalised.
    #[serde(default = "one_f32", skip_serializing_if = "is_one_f32")]
    pub term_scale: f32,
}

fn one_f32() -> f32 {
    1.0
}

fn is_one_f32(s: &f32) -> bool {
    *s == 1.0
}

fn one() -> u32 {
    1
}

fn is_one(w: &u32) -> bool {
    *w == 1
}

impl Default for FeatureConfig {
    fn default() -> Self {
        FeatureConfig {
            analyzer: AnalyzerConfig::default(),
            vocabulary: VocabularyParams::default(),
            use_title: true,
            blocks: super::Block::ALL.to_vec(),
            title_weight: 1,
            fingerprint_filter: false,
            terms_outside_quotes: false,
            length_neutral: false,
            term_tf: TermTf::default(),
            term_norm: TermNorm::default(),
            term_scale: 1.0,
        }
    }
}

/// Where a term was first seen: in the headline or the body, and its byte span there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// True when the span is in the headline, false when in the body.
    pub in_title: bool,
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
}

/// One vocabulary term present in an article.
#[derive(Debug, Clone, PartialEq)]
pub struct TermHit {
    /// Feature index (position in the vocabulary).
    pub feature: u32,
    /// How often the term occurs in the article.
    pub count: u32,
    /// Its TF-IDF weight after normalisation (L2 unless the model's `term_norm` says
    /// otherwise): the value `x[t]` the model reads.
    pub value: f32,
    /// Where it was first seen.
    pub first: Span,
}

/// The term part of an article's feature vector, sorted by feature index.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TermVector {
    /// The vocabulary terms present, sorted by feature.
    pub hits: Vec<TermHit>,
    /// Number of word tokens in the article (before stop words were dropped).
    pub n_words: usize,
}

/// Scratch of the term block (one per thread): per-feature slots and the hits of
/// the article being read, reused so that reading an article allocates little.
#[derive(Debug, Default)]
pub struct TermScratch {
    /// Per feature: its position in the hits being built, while the article hits it.
    slots: Vec<Option<Index>>,
    /// One bit per feature, set while the article being read has hit it: read in
    /// order, the set bits list the hits sorted by feature, without sorting.
    hit_bits: HitBits,
    /// Room to gather the hits of an article in, in the order first seen.
    hits: Vec<TermHit>,
    /// The spans of the headline and the body the terms skip: fingerprints, when the
    /// filter is on, and direct quotations, when the model reads terms outside them.
    skip: [Vec<(usize, usize)>; 2],
    /// Room for the headline's quotations and for an article's direct quotations.
    quotes: Vec<QuoteSpan>,
    quoted: Vec<(usize, usize)>,
    /// Each hit's term frequency and weight, in feature order.
    counts: Vec<u32>,
    values: Vec<f32>,
}

/// What a word is to a term reader (the vectorizer stores it in the word table
/// once worked out, as a code: see [`WordTerm::code`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WordTerm {
    /// A stop word: no term at all.
    Stop,
    /// A term not in the vocabulary: no feature, and bigrams break there.
    Unknown,
    /// The vocabulary stem with this id.
    Stem(u32),
}

impl WordTerm {
    /// The code the word table keeps.
    fn code(self) -> u32 {
        match self {
            WordTerm::Stop => 0,
            WordTerm::Unknown => 1,
            WordTerm::Stem(id) => id + 2,
        }
    }

    /// The term a code stands for.
    #[inline]
    fn of_code(code: u32) -> WordTerm {
        match code {
            0 => WordTerm::Stop,
            1 => WordTerm::Unknown,
            c => WordTerm::Stem(c - 2),
        }
    }
}

/// The fitted vectorizer: analysis chain + vocabulary.
#[derive(Debug)]
pub struct Vectorizer {
    config: FeatureConfig,
    analyzer: Analyzer,
    vocabulary: Vocabulary,
}

impl Vectorizer {
    /// A vectorizer from a configuration and an already fitted vocabulary.
    pub fn new(config: FeatureConfig, vocabulary: Vocabulary) -> Self {
        Vectorizer {
            analyzer: Analyzer::new(config.analyzer.clone()),
            config,
            vocabulary,
        }
    }

    /// The configuration.
    pub fn config(&self) -> &FeatureConfig {
        &self.config
    }

    /// Sets the factor the term block's normalised values are multiplied by (see
    /// [`FeatureConfig::term_scale`]).
    pub(crate) fn set_term_scale(&mut self, scale: f32) {
        self.config.term_scale = scale;
    }

    /// The vocabulary.
    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocabulary
    }

    /// The analysis chain.
    pub fn analyzer(&self) -> &Analyzer {
        &self.analyzer
    }

    /// Fits the vocabulary on training articles `(title, body)` with labels and optional groups.
    ///
    /// `tick` is called once per article analysed (for progress bars).
    pub fn fit(
        config: FeatureConfig,
        docs: &[(Option<&str>, &str)],
        labels: &[usize],
        n_labels: usize,
        groups: Option<&[u32]>,
        tick: &(dyn Fn() + Sync),
    ) -> Vectorizer {
        Vectorizer::fit_with_counts(config, docs, labels, n_labels, groups, tick).0
    }

    /// Like [`Vectorizer::fit`], also returning each label's stem counts over its
    /// training documents (for learning each label's distinctive terms).
    pub fn fit_with_counts(
        config: FeatureConfig,
        docs: &[(Option<&str>, &str)],
        labels: &[usize],
        n_labels: usize,
        groups: Option<&[u32]>,
        tick: &(dyn Fn() + Sync),
    ) -> (Vectorizer, Vec<HashMap<String, u64>>) {
        let analyzer = Analyzer::new(config.analyzer.clone());
        let filter = config
            .fingerprint_filter
            .then(super::fingerprint::Filter::builtin);
        let (docs, interner) = intern_corpus(
            &analyzer,
            filter,
            config.terms_outside_quotes,
            docs,
            config.use_title,
            tick,
        );
        let vocabulary = Vocabulary::fit(
            &docs,
            &interner,
            labels,
            n_labels,
            groups,
            &config.vocabulary,
        );
        let mut counts = vec![vec![0u64; interner.len()]; n_labels];
        for (doc, &label) in docs.iter().zip(labels) {
            for &id in doc {
                counts[label][id as usize] += 1;
            }
        }
        let counts = counts
            .into_iter()
            .map(|c| {
                c.into_iter()
                    .enumerate()
                    .filter(|&(_, n)| n > 0)
                    .map(|(id, n)| (interner.get(id as u32).to_string(), n))
                    .collect()
            })
            .collect();
        let vectorizer = Vectorizer {
            analyzer,
            config,
            vocabulary,
        };
        (vectorizer, counts)
    }

    /// The term vector of `doc`.
    fn transform_doc(&self, doc: &Document, scratch: &mut TermScratch) -> TermVector {
        let TermScratch {
            slots,
            hit_bits,
            hits,
            skip,
            quotes,
            quoted,
            counts,
            values,
        } = scratch;
        let words = doc.table();
        if self.config.fingerprint_filter {
            let filter = super::fingerprint::Filter::builtin();
            filter.spans_of_words(doc.title(), doc.title_words(), &mut skip[0]);
            filter.spans_of_words(doc.body(), doc.words(), &mut skip[1]);
        } else {
            skip.iter_mut().for_each(Vec::clear);
        }
        if self.config.terms_outside_quotes {
            skip_quoted(doc, self.config.use_title, quotes, quoted, skip);
        }
        if slots.len() < self.vocabulary.len() {
            slots.resize(self.vocabulary.len(), None);
            hit_bits.fit(self.vocabulary.len());
        }
        let vocabulary = &self.vocabulary;
        // Until the weighing below, `value` holds the term frequency: the count with
        // each headline occurrence counted `title_weight` times.
        let title_weight = self.config.title_weight.max(1) as f32;
        hits.clear();
        let mut add = |f: u32, span: Span| {
            let tf = if span.in_title { title_weight } else { 1.0 };
            match slots[f as usize] {
                None => {
                    slots[f as usize] = Index::new(hits.len() as u32);
                    hit_bits.set(f);
                    hits.push(TermHit {
                        feature: f,
                        count: 1,
                        value: tf,
                        first: span,
                    });
                }
                Some(i) => {
                    let h = &mut hits[i.get() as usize];
                    h.count += 1;
                    h.value += tf;
                }
            }
        };
        let title: &[WordAt] = if self.config.use_title {
            doc.title_words()
        } else {
            &[]
        };
        let bigrams = vocabulary.ngram_max() >= 2;
        let mut n_words = 0;
        for (in_title, read, skip) in [(true, title, &skip[0]), (false, doc.words(), &skip[1])] {
            n_words += read.len();
            let mut spans = skip.iter().peekable();
            // As `for_each_term` (the plain loop, see `Vectorizer::transform_plain`), with
            // each stem's unigram and bigram filter read at once, the stem before carrying
            // its filter, and the bigram run searched only when the pair passes it.
            let mut before: Option<(u32, u64, Span)> = None;
            for w in read {
                // A word touching a fingerprint is not read, as if it were not there.
                while spans.next_if(|&&(_, end)| end <= w.start).is_some() {}
                if spans.peek().is_some_and(|&&(start, _)| start < w.end) {
                    continue;
                }
                // The table keeps each word's term once looked up; a word read before
                // its term was stored (new in this article) asks the table again.
                let code = match w.facts.term().or_else(|| words.term(w.word)) {
                    Some(code) => code,
                    None => self.word_term(words, w.word).code(),
                };
                let term = match WordTerm::of_code(code) {
                    WordTerm::Stop => continue,
                    WordTerm::Unknown => {
                        before = None;
                        continue;
                    }
                    WordTerm::Stem(id) => id,
                };
                let span = Span {
                    in_title,
                    start: w.start,
                    end: w.end,
                };
                let (unigram, followers) = vocabulary.stem_terms(term);
                if let Some(f) = unigram {
                    add(f, span);
                }
                if let Some((a, filter, first)) = before {
                    if filter & follower_bit(term) != 0 {
                        if let Some(f) = vocabulary.bigram_searched(a, term) {
                            add(
                                f,
                                Span {
                                    end: w.end,
                                    ..first
                                },
                            );
                        }
                    }
                }
                before = bigrams.then_some((term, followers, span));
            }
        }
        let hits = hits_in_feature_order(hit_bits, slots, hits);
        self.weighed(hits, n_words, counts, values)
    }

    /// What word `id` of `words` is to the vocabulary, worked out from its surface
    /// form (and the stem the table keeps) and stored in the table.
    #[cold]
    #[inline(never)]
    fn word_term(&self, words: &WordTable, id: u32) -> WordTerm {
        let t = match table_term(&self.analyzer, words, id) {
            Some(t) => self
                .vocabulary
                .stem_id(&t)
                .map_or(WordTerm::Unknown, WordTerm::Stem),
            None => WordTerm::Stop,
        };
        words.set_term(id, t.code());
        t
    }

    /// The hits (in feature order, each `value` its term frequency) weighed by TF-IDF
    /// and normalised, with `counts` and `values` as room to work in.
    fn weighed(
        &self,
        mut hits: Vec<TermHit>,
        n_words: usize,
        counts: &mut Vec<u32>,
        values: &mut Vec<f32>,
    ) -> TermVector {
        counts.clear();
        counts.extend(hits.iter().map(|h| h.value as u32));
        tfidf::weigh_with(
            counts,
            |i| self.vocabulary.idf(hits[i].feature as usize),
            self.config.term_tf,
            self.config.term_norm,
            values,
        );
        let scale = self.config.term_scale;
        for (h, &v) in hits.iter_mut().zip(values.iter()) {
            h.value = if scale == 1.0 { v } else { v * scale };
        }
        TermVector { hits, n_words }
    }

    /// The term vector of `doc` the plain way: every word analysed afresh (no term
    /// stored in the word table), fingerprints found in the text, the shared term loop
    /// ([`for_each_term`]), hits kept in a sorted map. The reference the fast path
    /// ([`FeatureBlock::measure`]) must agree with.
    pub fn transform_plain(&self, doc: &Document) -> TermVector {
        let vocabulary = &self.vocabulary;
        let title_weight = self.config.title_weight.max(1) as f32;
        let mut found: std::collections::BTreeMap<u32, TermHit> = Default::default();
        let title: &[WordAt] = if self.config.use_title {
            doc.title_words()
        } else {
            &[]
        };
        let mut n_words = 0;
        for (in_title, text, read) in [(true, doc.title(), title), (false, doc.body(), doc.words())]
        {
            n_words += read.len();
            let mut skip = Vec::new();
            if self.config.fingerprint_filter {
                super::fingerprint::Filter::builtin().spans(text, &mut skip);
            }
            if self.config.terms_outside_quotes {
                add_quoted_plain(text, &mut skip);
            }
            let term_of = |w: &WordAt, _: Span| {
                if skip.iter().any(|&(s, e)| s < w.end && w.start < e) {
                    return WordTerm::Stop;
                }
                match self.analyzer.term(&text[w.start..w.end]) {
                    Some(t) => vocabulary
                        .stem_id(&t)
                        .map_or(WordTerm::Unknown, WordTerm::Stem),
                    None => WordTerm::Stop,
                }
            };
            for_each_term(vocabulary, in_title, read, term_of, |f, span| {
                let tf = if span.in_title { title_weight } else { 1.0 };
                let h = found.entry(f).or_insert(TermHit {
                    feature: f,
                    count: 0,
                    value: 0.0,
                    first: span,
                });
                h.count += 1;
                h.value += tf;
            });
        }
        let hits = found.into_values().collect();
        self.weighed(hits, n_words, &mut Vec::new(), &mut Vec::new())
    }
}

/// The analyzer's term of word `id` of `table` ([`Analyzer::term_stemmed`]), read
/// from what the table holds: its lowercase form and stem, when the analyzer stems
/// and normalizing leaves the word as it is; otherwise the analyzer works it out.
/// Both term readers (the vectorizer and the multi-label models) read a new word so.
pub(crate) fn table_term<'t>(
    analyzer: &Analyzer,
    table: &'t WordTable,
    id: u32,
) -> Option<Cow<'t, str>> {
    let config = analyzer.config();
    let lower = table.lower(id);
    // What `normalize_word` may change: numbers, addresses, a final "'s".
    let normalizes = lower.as_bytes().first().is_some_and(u8::is_ascii_digit)
        || lower.starts_with("http")
        || lower.starts_with("www.")
        || lower.ends_with("'s");
    match table.stem(id) {
        Some(stem) if config.stem && !normalizes => (!(config.stop_words
            && super::loaded_model::is_stop_word(lower)))
        .then_some(Cow::Borrowed(stem)),
        stem => analyzer
            .term_stemmed(table.surface(id), stem)
            .map(Cow::Owned),
    }
}

/// A bit per feature hit in the article being read, and a bit per 64 features
/// telling which of those words hold any: reading the hits out in feature order
/// visits only the words that hold one, not the whole vocabulary's.
#[derive(Debug, Default, Clone)]
pub(crate) struct HitBits {
    /// Bit `f % 64` of word `f / 64`: feature `f` is hit.
    bits: Vec<u64>,
    /// Bit `k % 64` of word `k / 64`: word `k` of `bits` is not zero.
    words: Vec<u64>,
}

impl HitBits {
    /// Room for `features` features (a bit set never shrinks).
    pub(crate) fn fit(&mut self, features: usize) {
        let n = features.div_ceil(64);
        if self.bits.len() < n {
            self.bits.resize(n, 0);
            self.words.resize(n.div_ceil(64), 0);
        }
    }

    /// Marks feature `f` hit.
    #[inline]
    pub(crate) fn set(&mut self, f: u32) {
        let k = f as usize / 64;
        self.bits[k] |= 1 << (f % 64);
        self.words[k / 64] |= 1 << (k % 64);
    }
}

/// The `hits` of an article in feature order, read from `hit_bits` (one bit per feature
/// hit) without sorting; the bits and each hit feature's slot in `slots` are emptied as
/// they are read, ready for the next article.
pub(crate) fn hits_in_feature_order(
    hit_bits: &mut HitBits,
    slots: &mut [Option<Index>],
    hits: &[TermHit],
) -> Vec<TermHit> {
    let mut sorted = Vec::with_capacity(hits.len());
    let HitBits { bits, words } = hit_bits;
    for (j, marks) in words.iter_mut().enumerate() {
        let mut marked = std::mem::take(marks);
        while marked != 0 {
            let k = j * 64 + marked.trailing_zeros() as usize;
            marked &= marked - 1;
            let mut rest = std::mem::take(&mut bits[k]);
            while rest != 0 {
                let f = k * 64 + rest.trailing_zeros() as usize;
                rest &= rest - 1;
                let at = slots[f].take().expect("a hit feature has its slot");
                sorted.push(hits[at.get() as usize].clone());
            }
        }
    }
    sorted
}

/// The term loop every term reader shares (the vectorizer and the multi-label
/// models): calls `add(feature, span)` for each vocabulary unigram and bigram of
/// the words `read` (one part: the headline when `in_title`, or the body), given
/// what `term_of` says each word is. Bigrams join stems across stop words, never
/// across the part's end or an unknown word; a bigram's span runs from its first
/// word to its second.
#[inline]
pub(crate) fn for_each_term(
    vocabulary: &Vocabulary,
    in_title: bool,
    read: &[WordAt],
    mut term_of: impl FnMut(&WordAt, Span) -> WordTerm,
    mut add: impl FnMut(u32, Span),
) {
    let bigrams = vocabulary.ngram_max() >= 2;
    // The stem before this word, stop words skipped.
    let mut before: Option<(u32, Span)> = None;
    for w in read {
        let span = Span {
            in_title,
            start: w.start,
            end: w.end,
        };
        let term = match term_of(w, span) {
            WordTerm::Stop => continue,
            WordTerm::Unknown => {
                before = None;
                continue;
            }
            WordTerm::Stem(id) => id,
        };
        if let Some(f) = vocabulary.unigram(term) {
            add(f, span);
        }
        if let Some((a, first)) = before.filter(|_| bigrams) {
            if let Some(f) = vocabulary.bigram(a, term) {
                add(
                    f,
                    Span {
                        end: w.end,
                        ..first
                    },
                );
            }
        }
        before = Some((term, span));
    }
}

/// The term block: the vocabulary's terms, measured as a TF-IDF vector.
impl FeatureBlock for Vectorizer {
    type Scratch = TermScratch;
    type Measure = TermVector;

    fn names(&self) -> Vec<String> {
        (0..self.vocabulary.len())
            .map(|f| self.vocabulary.term(f).to_string())
            .collect()
    }

    fn measure(&self, doc: &Document, scratch: &mut TermScratch) -> TermVector {
        self.transform_doc(doc, scratch)
    }
}

/// Adds to `skip` (spans sorted by start) the direct quotations of `text` (read as
/// `tokens`, its quotation spans `quotes`), with `room` to work in: what loaded language
/// reads as a source's voice ([`super::lexicon::direct_quotes`]: quotations that are not
/// scare quotes, transcript turns and embedded posts), left out of the terms of a model
/// trained with [`FeatureConfig::terms_outside_quotes`].
fn add_quoted(
    text: &str,
    tokens: &[WordAt],
    quotes: &[QuoteSpan],
    room: &mut Vec<(usize, usize)>,
    skip: &mut Vec<(usize, usize)>,
) {
    super::lexicon::direct_quotes(text, tokens, quotes, room);
    if !room.is_empty() {
        skip.extend_from_slice(room);
        skip.sort_unstable();
    }
}

/// [`add_quoted`] of the headline (when `use_title`) and the body of `doc`, into
/// `skip` (the headline's spans, the body's), with `quotes` and `quoted` as room. Out of
/// line, to keep the term loop of models without it small.
#[inline(never)]
fn skip_quoted(
    doc: &Document,
    use_title: bool,
    quotes: &mut Vec<QuoteSpan>,
    quoted: &mut Vec<(usize, usize)>,
    skip: &mut [Vec<(usize, usize)>; 2],
) {
    if use_title && !doc.title().is_empty() {
        find_quotes_into(doc.title(), quotes);
        add_quoted(doc.title(), doc.title_words(), quotes, quoted, &mut skip[0]);
    }
    add_quoted(doc.body(), doc.words(), doc.quotes(), quoted, &mut skip[1]);
}

/// [`add_quoted`] from the text alone: its tokens and quotations found afresh (the
/// vocabulary's reading, and the plain reference's).
fn add_quoted_plain(text: &str, skip: &mut Vec<(usize, usize)>) {
    let tokens = super::lexicon::Lexicon::builtin().key_tokens(text);
    let mut quotes = Vec::new();
    find_quotes_into(text, &mut quotes);
    add_quoted(text, &tokens, &quotes, &mut Vec::new(), skip);
}

/// Analyses every document in parallel and interns its stems, in document order;
/// the words inside fingerprints (`filter`) and, when `outside_quotes`, inside direct
/// quotations are left out.
fn intern_corpus(
    analyzer: &Analyzer,
    filter: Option<&super::fingerprint::Filter>,
    outside_quotes: bool,
    docs: &[(Option<&str>, &str)],
    use_title: bool,
    tick: &(dyn Fn() + Sync),
) -> (Vec<Vec<u32>>, Interner) {
    use rayon::prelude::*;
    let mut interner = Interner::default();
    let mut out = Vec::with_capacity(docs.len());
    for chunk in docs.chunks(512) {
        let analysed: Vec<Vec<String>> = chunk
            .par_iter()
            .map(|(title, body)| {
                let mut terms = Vec::new();
                let mut skip = Vec::new();
                let title = if use_title { *title } else { None };
                for text in title.into_iter().chain([*body]) {
                    skip.clear();
                    if let Some(f) = filter {
                        f.spans(text, &mut skip);
                    }
                    if outside_quotes {
                        add_quoted_plain(text, &mut skip);
                    }
                    let mut spans = skip.iter().peekable();
                    for_each_token(text, |s, e| {
                        while spans.next_if(|&&(_, end)| end <= s).is_some() {}
                        if spans.peek().is_some_and(|&&(start, _)| start < e) {
                            return;
                        }
                        if let Some(t) = analyzer.term(&text[s..e]) {
                            terms.push(t);
                        }
                    });
                }
                tick();
                terms
            })
            .collect();
        for terms in analysed {
            out.push(terms.iter().map(|t| interner.intern(t)).collect());
        }
    }
    (out, interner)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::Scratch;

    fn fitted() -> Vectorizer {
        let docs = [
            (None, "Tax cuts help workers. Tax cuts now."),
            (None, "Tax cuts for the rich."),
            (None, "Health care for all families."),
            (None, "Health care is a right."),
        ];
        let mut config = FeatureConfig::default();
        config.vocabulary.min_df = 1;
        Vectorizer::fit(config, &docs, &[0, 0, 1, 1], 2, None, &|| {})
    }

    #[test]
    fn vector_has_unit_norm_and_counts() {
        let v = fitted();
        let text = "Tax cuts, tax cuts and health care.";
        let tv = v.transform(None, text, &mut Scratch::default());
        let norm: f32 = tv
            .hits
            .iter()
            .map(|h| h.value * h.value)
            .sum::<f32>()
            .sqrt();
        assert!((norm - 1.0).abs() < 1e-6);
        let find = |term: &str| {
            tv.hits
                .iter()
                .find(|h| v.vocabulary().term(h.feature as usize) == term)
                .cloned()
                .unwrap()
        };
        let tax_cut = find("tax cut");
        assert_eq!(tax_cut.count, 2);
        assert_eq!(&text[tax_cut.first.start..tax_cut.first.end], "Tax cuts");
        assert_eq!(find("health").count, 1);
        assert_eq!(tv.n_words, 7);
    }

    #[test]
    fn fingerprints_are_left_out_of_the_terms_as_if_blanked() {
        use crate::features::fingerprint::Filter;
        let texts = [
            "WASHINGTON (AP) \u{2014} Mr. Smith said the Ukraine trial would start soon.",
            "The trial of the Ukraine aid case starts. Sign up for our newsletter.",
            "Mr. Jones said the aid case was weak, and the trial would be short.",
            "Groups in Ukraine said the aid would start soon after the trial.",
            "The aid case starts soon, Smith said.",
        ];
        let docs: Vec<(Option<&str>, &str)> = texts.iter().map(|t| (None, *t)).collect();
        let masked: Vec<String> = texts
            .iter()
            .map(|t| Filter::builtin().mask(t).into_owned())
            .collect();
        let masked_docs: Vec<(Option<&str>, &str)> =
            masked.iter().map(|t| (None, t.as_str())).collect();
        let mut config = FeatureConfig::default();
        config.vocabulary.min_df = 1;
        let labels = [0, 1, 0, 1, 0];
        let mut on = config.clone();
        on.fingerprint_filter = true;
        let skipping = Vectorizer::fit(on, &docs, &labels, 2, None, &|| {});
        let blanked = Vectorizer::fit(config, &masked_docs, &labels, 2, None, &|| {});
        let terms = |v: &Vectorizer| -> Vec<String> {
            (0..v.vocabulary().len())
                .map(|f| v.vocabulary().term(f).to_string())
                .collect()
        };
        assert_eq!(terms(&skipping), terms(&blanked));
        // The dateline and the sign-up line are left out; a topic word of the period is read.
        let read = terms(&skipping);
        assert!(!read
            .iter()
            .any(|t| t.contains("washington") || t.contains("newslett")));
        assert!(read.iter().any(|t| t.contains("ukrain")), "{read:?}");
        let hits = |tv: TermVector| -> Vec<(u32, u32, u32, usize, usize)> {
            (tv.hits.iter())
                .map(|h| {
                    (
                        h.feature,
                        h.count,
                        h.value.to_bits(),
                        h.first.start,
                        h.first.end,
                    )
                })
                .collect()
        };
        for (text, masked) in texts.iter().zip(&masked) {
            let mut scratch = Scratch::default();
            let read = hits(skipping.transform(None, text, &mut scratch));
            // The other blocks read the article with only its page furniture blanked (the
            // dateline is furniture; the outlet's sign-up sentence inside a line is not).
            let mut body = text.to_string();
            crate::text::blank_furniture(&mut body, &mut Vec::new(), &mut Vec::new());
            assert_eq!(scratch.document().body(), body);
            let want = hits(blanked.transform(None, masked, &mut Scratch::default()));
            assert_eq!(read, want, "{text}");
        }
    }

    #[test]
    fn terms_outside_quotes_leave_a_sources_words_out() {
        let docs = [
            (
                None,
                "The council backed the bridge. \u{201c}It is a shameful giveaway,\u{201d} \
                 a critic said.",
            ),
            (
                None,
                "The council called the bridge a giveaway to builders.",
            ),
            (None, "The mayor said the bridge would open soon."),
            (None, "Workers and families rode the bus to the bridge."),
        ];
        let mut config = FeatureConfig::default();
        config.vocabulary.min_df = 1;
        let labels = [0, 0, 1, 1];
        let mut outside = config.clone();
        outside.terms_outside_quotes = true;
        let all = Vectorizer::fit(config, &docs, &labels, 2, None, &|| {});
        let out = Vectorizer::fit(outside, &docs, &labels, 2, None, &|| {});
        let vocabulary = |v: &Vectorizer| -> Vec<String> {
            (0..v.vocabulary().len())
                .map(|f| v.vocabulary().term(f).to_string())
                .collect()
        };
        // A word seen only inside a quotation is no term; one also seen outside is.
        assert!(vocabulary(&all).iter().any(|t| t == "shame"));
        assert!(!vocabulary(&out).iter().any(|t| t.contains("shame")));
        assert!(vocabulary(&out).iter().any(|t| t == "giveaway"));
        let read = |v: &Vectorizer, text: &str| -> Vec<String> {
            let tv = v.transform(None, text, &mut Scratch::default());
            (tv.hits.iter())
                .map(|h| v.vocabulary().term(h.feature as usize).to_string())
                .collect()
        };
        let quoted = "The council voted. \"A giveaway to builders,\" the mayor said.";
        assert!(read(&all, quoted).contains(&"giveaway".to_string()));
        let terms = read(&out, quoted);
        assert!(!terms.iter().any(|t| t.contains("giveaway")), "{terms:?}");
        assert!(terms.contains(&"council".to_string()), "{terms:?}");
        // A scare quote is the outlet's own word, as loaded language reads it.
        let scare = "The council passed a \u{201c}giveaway\u{201d} for builders.";
        assert!(read(&out, scare).contains(&"giveaway".to_string()));
        // So are the turns of a transcript, which are their speakers'.
        let turns = "SMITH: The bridge is a giveaway.\n\nJONES: The council disagrees.";
        assert!(read(&all, turns).contains(&"giveaway".to_string()));
        assert!(!read(&out, turns).contains(&"giveaway".to_string()));
    }

    #[test]
    fn unknown_terms_are_ignored_and_break_bigrams() {
        let v = fitted();
        let tv = v.transform(None, "zebra quantum", &mut Scratch::default());
        assert!(tv.hits.is_empty());
        // "tax zebra cuts": no "tax cut" bigram across an unknown word.
        let tv = v.transform(None, "tax zebra cuts", &mut Scratch::default());
        let terms: Vec<&str> = tv
            .hits
            .iter()
            .map(|h| v.vocabulary().term(h.feature as usize))
            .collect();
        assert_eq!(terms.len(), 2);
        assert!(!terms.contains(&"tax cut"));
    }

    #[test]
    fn title_weight_counts_headline_terms_more() {
        let weighed = |title_weight| {
            let mut v = fitted();
            v.config.title_weight = title_weight;
            let tv = v.transform(
                Some("Health"),
                "Tax cuts and health.",
                &mut Scratch::default(),
            );
            let value = |term: &str| {
                let h = tv
                    .hits
                    .iter()
                    .find(|h| v.vocabulary().term(h.feature as usize) == term)
                    .unwrap();
                (h.count, h.value)
            };
            (value("health"), value("tax"))
        };
        let ((n1, health1), (_, tax1)) = weighed(1);
        let ((n3, health3), (_, tax3)) = weighed(3);
        // "health" is seen twice either way; its tf is 1 + ln 2 with weight 1 and
        // 1 + ln 4 (3 for the headline + 1 for the body) with weight 3.
        assert_eq!((n1, n3), (2, 2));
        let ratio = |h: f32, t: f32| h / t;
        let idf_ratio = ratio(health1, tax1) / (1.0 + 2f32.ln());
        assert!((ratio(health3, tax3) / idf_ratio - (1.0 + 4f32.ln())).abs() < 1e-5);
    }

    #[test]
    fn title_weight_defaults_to_one_and_is_left_out_of_files_when_one() {
        let json = serde_json::to_string(&FeatureConfig::default()).unwrap();
        assert!(!json.contains("title_weight"), "{json}");
        let back: FeatureConfig = serde_json::from_str(&json).unwrap();
        assert_eq!(back.title_weight, 1);
        let heavy = FeatureConfig {
            title_weight: 3,
            ..FeatureConfig::default()
        };
        let json = serde_json::to_string(&heavy).unwrap();
        assert!(json.contains(r#""title_weight":3"#), "{json}");
        assert_eq!(serde_json::from_str::<FeatureConfig>(&json).unwrap(), heavy);
    }

    /// Headlines and bodies a term reader must read alike however it reads them:
    /// repeated terms, bigrams across stop words, unknown words, fingerprints,
    /// numbers, addresses and possessives.
    const READINGS: [(Option<&str>, &str); 7] = [
        (
            Some("Tax cuts for the rich"),
            "Tax cuts help workers. Tax cuts now, and health care for all families; \
             health care is a right. The tax zebra cuts nothing.",
        ),
        (
            None,
            "WASHINGTON (AP) \u{2014} Mr. Smith said the budget deficit and the national \
             debt rose. Sign up for our newsletter. The court ruled the law was weak.",
        ),
        (
            Some("The Senate's 2019 tax plan"),
            "The senator's tax plan, at www.example.org and https://example.org/tax, cuts \
             3.5% of the budget's 2,000 jobs; voters' health care costs rose really fast.",
        ),
        (None, ""),
        (Some("Tax"), "tax"),
        (
            Some("Health care"),
            "Police arrested the suspect after the shooting. Health officials said the \
             vaccine was safe, and the tax on jobs drew protests from workers and families.",
        ),
        (
            Some("\u{2018}Tax cuts for the rich,\u{2019} workers say"),
            "\"Health care is a right,\" she said of the \u{201c}tax\u{201d} plan.\n\n\
             SMITH: Tax cuts help workers.\n\nJONES: Health care for all families.",
        ),
    ];

    /// Asserts that `v` reads every text of [`READINGS`] on its fast path as the plain
    /// reference does, twice over one scratch (the second time from stored terms).
    fn fast_reading_is_the_plain_one(v: &Vectorizer) -> usize {
        let mut scratch = Scratch::default();
        let mut bigrams = 0;
        for _ in 0..2 {
            for (title, body) in READINGS {
                let fast = v.transform(title, body, &mut scratch);
                let plain = v.transform_plain(scratch.document());
                assert_eq!(fast, plain, "{title:?} {body:?}");
                bigrams += (fast.hits.iter())
                    .filter(|h| v.vocabulary().term(h.feature as usize).contains(' '))
                    .count();
            }
        }
        bigrams
    }

    #[test]
    fn the_fast_term_vector_equals_the_plain_one() {
        let mut v = fitted();
        assert!(fast_reading_is_the_plain_one(&v) >= 4);
        v.config.title_weight = 3;
        v.config.fingerprint_filter = true;
        fast_reading_is_the_plain_one(&v);
        v.config.terms_outside_quotes = true;
        fast_reading_is_the_plain_one(&v);
        v.config.use_title = false;
        v.config.term_norm = TermNorm::L1;
        fast_reading_is_the_plain_one(&v);
        v.config.fingerprint_filter = false;
        fast_reading_is_the_plain_one(&v);
    }

    #[cfg(feature = "builtin-model")]
    #[test]
    fn the_built_in_model_reads_terms_on_its_fast_path_as_plainly() {
        let model = crate::model::Model::builtin().expect("the built-in model");
        assert!(fast_reading_is_the_plain_one(model.vectorizer()) >= 4);
    }

    #[test]
    fn hits_are_read_out_in_feature_order_and_the_bits_emptied() {
        let mut bits = HitBits::default();
        bits.fit(10_000);
        let mut slots = vec![None; 10_000];
        for round in 0..2 {
            let features = [9_999u32, 4_097, 0, 63, 64, 4_096, 5_000 + round];
            let hits: Vec<TermHit> = features
                .iter()
                .enumerate()
                .map(|(i, &f)| {
                    slots[f as usize] = Index::new(i as u32);
                    bits.set(f);
                    TermHit {
                        feature: f,
                        count: i as u32,
                        value: 0.0,
                        first: Span {
                            in_title: false,
                            start: 0,
                            end: 0,
                        },
                    }
                })
                .collect();
            let sorted = hits_in_feature_order(&mut bits, &mut slots, &hits);
            let mut want = features.to_vec();
            want.sort_unstable();
            let got: Vec<u32> = sorted.iter().map(|h| h.feature).collect();
            assert_eq!(got, want);
            assert!(sorted
                .iter()
                .all(|h| hits[h.count as usize].feature == h.feature));
            assert!(bits.bits.iter().chain(&bits.words).all(|&b| b == 0));
            assert!(slots.iter().all(Option::is_none));
        }
    }

    #[test]
    fn same_text_gives_same_vector_with_or_without_a_warm_cache() {
        let v = fitted();
        let mut warm = Scratch::default();
        let a = v.transform(Some("Tax"), "Health care for all, tax cuts.", &mut warm);
        let b = v.transform(Some("Tax"), "Health care for all, tax cuts.", &mut warm);
        let c = v.transform(
            Some("Tax"),
            "Health care for all, tax cuts.",
            &mut Scratch::default(),
        );
        assert_eq!(a, b);
        assert_eq!(a, c);
        assert!(a.hits.iter().any(|h| h.first.in_title));
    }
}
