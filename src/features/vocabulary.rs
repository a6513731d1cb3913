//! The vocabulary: which unigrams and bigrams of stems become features.
//!
//! Fitted on training rows only (scikit-learn's habit): terms below a minimum
//! document frequency, or seen in too few groups (publishers), are dropped; the
//! rest are ranked by a chi-square test of independence from the label and the
//! top N are kept. The vocabulary is saved with the model, so scoring later
//! sees exactly the terms training saw.

use super::fx::FxMap;
use super::tfidf;
use crate::document::words::Index;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// Maps strings to dense ids, in first-seen order.
#[derive(Debug, Default, Clone)]
pub struct Interner {
    map: HashMap<String, u32>,
    strings: Vec<String>,
}

impl Interner {
    /// The id of `s`, adding it if new.
    pub fn intern(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.map.get(s) {
            return id;
        }
        let id = self.strings.len() as u32;
        self.strings.push(s.to_string());
        self.map.insert(s.to_string(), id);
        id
    }

    /// The string of an id.
    pub fn get(&self, id: u32) -> &str {
        &self.strings[id as usize]
    }

    /// How many strings are interned.
    pub fn len(&self) -> usize {
        self.strings.len()
    }

    /// True when nothing is interned.
    pub fn is_empty(&self) -> bool {
        self.strings.is_empty()
    }
}

/// How the vocabulary is chosen. Saved with the model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VocabularyParams {
    /// Longest n-gram: 1 for unigrams, 2 for unigrams and bigrams. Default 2.
    pub ngram_max: usize,
    /// Minimum number of training documents a term must appear in. Default 5.
    pub min_df: u32,
    /// Minimum number of distinct groups (e.g. publishers) a term must appear in,
    /// so that one outlet's boilerplate cannot become a feature. Default 1 (off).
    pub min_groups: u32,
    /// How many terms to keep, best chi-square first. Default 20,000.
    pub max_features: usize,
    /// How candidate terms are ranked. Default [`Ranking::Chi2`] (also the value for
    /// model files saved without it).
    #[serde(default, skip_serializing_if = "Ranking::is_chi2")]
    pub ranking: Ranking,
    /// Drop a term when more than this share of the training documents holding it
    /// come from one group (one publisher's rows of one label): an outlet's name,
    /// bylines and page furniture. Needs groups. Default 1 (off; also the value for
    /// model files saved without it).
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub max_group_share: f64,
}

fn one() -> f64 {
    1.0
}

fn is_one(v: &f64) -> bool {
    *v == 1.0
}

/// How the vocabulary ranks the terms that pass `min_df` and `min_groups`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ranking {
    /// Chi-square of the term's presence against the label, over documents.
    #[default]
    Chi2,
    /// Chi-square times the share of the term's variation across groups (publishers)
    /// that the label explains (η² of a one-way analysis of variance of the term's
    /// document rate in each group). A term one outlet uses far more than the other
    /// outlets of its label has a small η², so outlet fingerprints rank low. Without
    /// groups it is plain chi-square.
    Chi2Eta,
    /// The F statistic of that analysis of variance: the label's share of the
    /// variation across groups against the groups' spread within each label.
    /// Without groups it is plain chi-square.
    GroupF,
}

impl Ranking {
    fn is_chi2(&self) -> bool {
        *self == Ranking::Chi2
    }
}

impl Default for VocabularyParams {
    fn default() -> Self {
        VocabularyParams {
            ngram_max: 2,
            min_df: 5,
            min_groups: 1,
            max_features: 20_000,
            ranking: Ranking::Chi2,
            max_group_share: 1.0,
        }
    }
}

/// Key of an n-gram of stem ids: unigram `a` or bigram `a b`.
fn gram_key(a: u32, b: Option<u32>) -> u64 {
    ((a as u64 + 1) << 32) | b.map_or(0, |b| b as u64 + 1)
}

/// Calls `f` once for each distinct unigram and bigram key of a document.
fn for_each_gram(doc: &[u32], ngram_max: usize, mut f: impl FnMut(u64)) {
    for (i, &a) in doc.iter().enumerate() {
        f(gram_key(a, None));
        if ngram_max >= 2 {
            if let Some(&b) = doc.get(i + 1) {
                f(gram_key(a, Some(b)));
            }
        }
    }
}

/// The fitted vocabulary: terms (stems; bigrams joined by a space) with their idf.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(from = "VocabularyFile", into = "VocabularyFile")]
pub struct Vocabulary {
    terms: Vec<String>,
    idf: Vec<f32>,
    ngram_max: usize,
    stems: FxMap<String, u32>,
    /// Per stem id, then one past the last: its unigram's feature (`None` when
    /// it is not a term) and where its bigrams start in `bigrams`. Both are
    /// read for every word, so they sit side by side.
    by_stem: Vec<StemTerms>,
    /// `(second stem, feature)` of every bigram, grouped by first stem and sorted
    /// by second: a stem's bigrams are a short run, searched without hashing.
    bigrams: Vec<(u32, u32)>,
}

/// The terms a stem starts (see [`Vocabulary::by_stem`]).
#[derive(Debug, Clone, Copy, Default)]
struct StemTerms {
    unigram: Option<Index>,
    bigrams_from: u32,
    /// A bit per second stem of its bigrams (see [`follower_bit`]): a pair whose
    /// bit is clear is no bigram, and most pairs are ruled out without a search.
    followers: u64,
}

/// The bit of [`StemTerms::followers`] that stands for second stem `b`.
pub(crate) fn follower_bit(b: u32) -> u64 {
    1 << (b.wrapping_mul(0x9e37_79b9) >> 26)
}

/// The saved form of a [`Vocabulary`]: the lookup tables are rebuilt on load.
#[derive(Serialize, Deserialize)]
struct VocabularyFile {
    ngram_max: usize,
    terms: Vec<String>,
    idf: Vec<f32>,
}

impl From<VocabularyFile> for Vocabulary {
    fn from(f: VocabularyFile) -> Self {
        Vocabulary::from_terms(f.terms, f.idf, f.ngram_max)
    }
}

impl From<Vocabulary> for VocabularyFile {
    fn from(v: Vocabulary) -> Self {
        VocabularyFile {
            ngram_max: v.ngram_max,
            terms: v.terms,
            idf: v.idf,
        }
    }
}

impl Vocabulary {
    /// Builds the lookup tables for a list of terms and their idf.
    pub fn from_terms(terms: Vec<String>, idf: Vec<f32>, ngram_max: usize) -> Self {
        let mut stems: FxMap<String, u32> = FxMap::default();
        let mut unigrams = Vec::new();
        let mut bigrams = Vec::new();
        let stem_id = |s: &str, stems: &mut FxMap<String, u32>| {
            let n = stems.len() as u32;
            *stems.entry(s.to_string()).or_insert(n)
        };
        for (f, term) in terms.iter().enumerate() {
            match term.split_once(' ') {
                Some((a, b)) => {
                    let (a, b) = (stem_id(a, &mut stems), stem_id(b, &mut stems));
                    bigrams.push((a, b, f as u32));
                }
                None => {
                    let a = stem_id(term, &mut stems);
                    unigrams.push((a, f as u32));
                }
            }
        }
        let mut by_stem = vec![
            StemTerms {
                unigram: None,
                bigrams_from: 0,
                followers: 0,
            };
            stems.len() + 1
        ];
        for (a, f) in unigrams {
            by_stem[a as usize].unigram = Index::new(f);
        }
        // Sorted by (first, second) stem, each first stem's bigrams are one run, and
        // `by_stem[a].bigrams_from` (after the running sum below) is the number of
        // bigrams whose first stem comes before `a`: where the run of `a` starts.
        bigrams.sort_unstable();
        for &(a, b, _) in &bigrams {
            by_stem[a as usize + 1].bigrams_from += 1;
            by_stem[a as usize].followers |= follower_bit(b);
        }
        for a in 1..by_stem.len() {
            by_stem[a].bigrams_from += by_stem[a - 1].bigrams_from;
        }
        Vocabulary {
            terms,
            idf,
            ngram_max,
            stems,
            by_stem,
            bigrams: bigrams.into_iter().map(|(_, b, f)| (b, f)).collect(),
        }
    }

    /// Fits a vocabulary on interned documents (stem ids in text order).
    ///
    /// `labels[i]` is the class of document `i` (0..n_labels); `groups[i]`, when
    /// given, its group id for `min_groups`.
    pub fn fit(
        docs: &[Vec<u32>],
        interner: &Interner,
        labels: &[usize],
        n_labels: usize,
        groups: Option<&[u32]>,
        params: &VocabularyParams,
    ) -> Vocabulary {
        // Per gram: slot in `stats` = [df, df per label..., groups seen, last group + 1].
        let stride = n_labels + 3;
        let mut slots: HashMap<u64, u32> = HashMap::new();
        let mut stats: Vec<u32> = Vec::new();
        let mut seen: HashSet<u64> = HashSet::new();
        // Documents are visited group by group, so a group differing from the term's
        // last one is a group not seen before: the count is of distinct groups.
        let mut order: Vec<usize> = (0..docs.len()).collect();
        if let Some(g) = groups {
            order.sort_by_key(|&d| g[d]);
        }
        for d in order {
            let doc = &docs[d];
            seen.clear();
            for_each_gram(doc, params.ngram_max, |k| {
                seen.insert(k);
            });
            for &k in &seen {
                let slot = *slots.entry(k).or_insert_with(|| {
                    stats.extend(std::iter::repeat_n(0, stride));
                    (stats.len() / stride - 1) as u32
                }) as usize;
                let s = &mut stats[slot * stride..(slot + 1) * stride];
                s[0] += 1;
                s[1 + labels[d]] += 1;
                let g = groups.map_or(0, |g| g[d]) + 1;
                if s[stride - 1] != g {
                    s[stride - 1] = g;
                    s[stride - 2] += 1;
                }
            }
        }
        let n = docs.len();
        let mut class_docs = vec![0f64; n_labels];
        for &l in labels {
            class_docs[l] += 1.0;
        }
        let min_groups = if groups.is_some() {
            params.min_groups
        } else {
            1
        };
        let mut scored: Vec<(f64, u64, u32)> = slots
            .iter()
            .filter_map(|(&k, &slot)| {
                let s = &stats[slot as usize * stride..(slot as usize + 1) * stride];
                if s[0] < params.min_df || s[stride - 2] < min_groups {
                    return None;
                }
                Some((chi2(s[0], &s[1..1 + n_labels], &class_docs, n), k, s[0]))
            })
            .collect();
        let by_cells = params.ranking != Ranking::Chi2 || params.max_group_share < 1.0;
        if let (Some(groups), true) = (groups, by_cells) {
            let spread = group_spread(docs, labels, n_labels, groups, params.ngram_max, &scored);
            scored = scored
                .into_iter()
                .zip(spread)
                .filter(|(_, s)| s.share <= params.max_group_share)
                .map(|((score, k, df), s)| {
                    let score = match params.ranking {
                        Ranking::Chi2 => score,
                        Ranking::Chi2Eta => score * s.eta2,
                        Ranking::GroupF => s.f,
                    };
                    (score, k, df)
                })
                .collect();
        }
        // Best score first; ties broken by the term text so the result is deterministic.
        let text = |k: u64| -> String {
            let a = interner.get(((k >> 32) - 1) as u32);
            match k & 0xffff_ffff {
                0 => a.to_string(),
                b => format!("{a} {}", interner.get((b - 1) as u32)),
            }
        };
        let mut named: Vec<(f64, String, u32)> = scored
            .drain(..)
            .map(|(c, k, df)| (c, text(k), df))
            .collect();
        named.sort_by(|x, y| y.0.total_cmp(&x.0).then_with(|| x.1.cmp(&y.1)));
        named.truncate(params.max_features);
        named.sort_by(|x, y| x.1.cmp(&y.1));
        let idf = named.iter().map(|(_, _, df)| tfidf::idf(*df, n)).collect();
        let terms = named.into_iter().map(|(_, t, _)| t).collect();
        Vocabulary::from_terms(terms, idf, params.ngram_max)
    }

    /// Number of terms.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// True when the vocabulary has no terms.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The term of feature `i` (stems; a bigram's two stems joined by a space).
    pub fn term(&self, i: usize) -> &str {
        &self.terms[i]
    }

    /// All terms, in feature order.
    pub fn terms(&self) -> &[String] {
        &self.terms
    }

    /// The idf of feature `i`.
    pub fn idf(&self, i: usize) -> f32 {
        self.idf[i]
    }

    /// Checks a vocabulary read from a file: one finite, positive idf per term, n-grams
    /// of 1 or 2, each term one stem or two stems joined by one space (a bigram only when
    /// `ngram_max` is 2), no term twice. Says what is wrong.
    pub fn validate(&self) -> std::result::Result<(), String> {
        if !(1..=2).contains(&self.ngram_max) {
            return Err(format!(
                "its vocabulary has n-grams up to {}; slant reads 1 or 2",
                self.ngram_max
            ));
        }
        if self.idf.len() != self.terms.len() {
            return Err(format!(
                "its vocabulary has {} terms but {} idf values",
                self.terms.len(),
                self.idf.len()
            ));
        }
        if let Some((i, v)) =
            (self.idf.iter().enumerate()).find(|(_, v)| !(v.is_finite() && **v > 0.0))
        {
            return Err(format!(
                "the idf of vocabulary term \"{}\" is {v}; it must be a positive number",
                self.terms[i]
            ));
        }
        // Every model load checks every term: the parts are counted without a list of
        // them, and terms are told apart with the Fx hash (the table that reads them,
        // `Vocabulary::from_terms`, hashes them so too).
        let mut seen: super::fx::FxSet<&str> = super::fx::FxSet::default();
        seen.reserve(self.terms.len());
        for term in &self.terms {
            let (mut parts, mut empty) = (0, false);
            for p in term.split(' ') {
                parts += 1;
                empty |= p.is_empty();
            }
            if parts > self.ngram_max || empty {
                return Err(format!(
                    "vocabulary term \"{term}\" is not {}",
                    if self.ngram_max == 1 {
                        "one stem (the vocabulary holds unigrams only)"
                    } else {
                        "one stem or two stems joined by a space"
                    }
                ));
            }
            if !seen.insert(term) {
                return Err(format!("vocabulary term \"{term}\" appears twice"));
            }
        }
        Ok(())
    }

    /// Longest n-gram this vocabulary holds.
    pub fn ngram_max(&self) -> usize {
        self.ngram_max
    }

    /// The id of a stem that occurs in some term, if any.
    pub fn stem_id(&self, stem: &str) -> Option<u32> {
        self.stems.get(stem).copied()
    }

    /// The feature of a unigram, by stem id.
    pub fn unigram(&self, a: u32) -> Option<u32> {
        self.by_stem
            .get(a as usize)
            .and_then(|t| t.unigram)
            .map(Index::get)
    }

    /// The bigram filter of stem `a`: a bit per second stem of its bigrams (see
    /// [`follower_bit`]), 0 for a stem that starts none. A reader that keeps it per
    /// word asks [`Vocabulary::bigram`] only when the second stem's bit is set.
    pub(crate) fn followers(&self, a: u32) -> u64 {
        self.by_stem.get(a as usize).map_or(0, |t| t.followers)
    }

    /// The unigram feature and the bigram filter of stem `a` (see
    /// [`Vocabulary::unigram`] and [`Vocabulary::followers`]), read together: the
    /// fast term loop reads both for every word.
    #[inline]
    pub(crate) fn stem_terms(&self, a: u32) -> (Option<u32>, u64) {
        self.by_stem
            .get(a as usize)
            .map_or((None, 0), |t| (t.unigram.map(Index::get), t.followers))
    }

    /// The feature of a bigram, by stem ids.
    pub fn bigram(&self, a: u32, b: u32) -> Option<u32> {
        let first = self.by_stem.get(a as usize)?;
        if first.followers & follower_bit(b) == 0 {
            return None;
        }
        self.bigram_searched(a, b)
    }

    /// [`Vocabulary::bigram`] for a pair whose filter bit is set: the search of
    /// `a`'s run, kept out of line (most pairs are ruled out before it).
    #[inline(never)]
    pub(crate) fn bigram_searched(&self, a: u32, b: u32) -> Option<u32> {
        let first = self.by_stem.get(a as usize)?;
        let from = first.bigrams_from as usize;
        let to = self.by_stem.get(a as usize + 1)?.bigrams_from as usize;
        let run = &self.bigrams[from..to];
        run.binary_search_by_key(&b, |&(second, _)| second)
            .ok()
            .map(|k| run[k].1)
    }
}

/// How a candidate term spreads over cells: one group's rows of one label (a
/// publisher is normally one cell).
struct Spread {
    /// The label's share of the variation of the term's document rate across cells
    /// (η² of a one-way analysis of variance, cells weighted by their rows, so a
    /// handful of stray rows count for little).
    eta2: f64,
    /// The F statistic of that analysis of variance.
    f: f64,
    /// The largest share of the term's documents that one cell holds.
    share: f64,
}

/// The [`Spread`] of each candidate `(_, gram key, df)`, in order.
fn group_spread(
    docs: &[Vec<u32>],
    labels: &[usize],
    n_labels: usize,
    groups: &[u32],
    ngram_max: usize,
    candidates: &[(f64, u64, u32)],
) -> Vec<Spread> {
    let mut cell_of: HashMap<(u32, usize), usize> = HashMap::new();
    let mut cell_label: Vec<usize> = Vec::new();
    let cells: Vec<usize> = groups
        .iter()
        .zip(labels)
        .map(|(&g, &l)| {
            *cell_of.entry((g, l)).or_insert_with(|| {
                cell_label.push(l);
                cell_label.len() - 1
            })
        })
        .collect();
    let n_cells = cell_label.len();
    let mut rows = vec![0f64; n_cells];
    for &c in &cells {
        rows[c] += 1.0;
    }
    let index: HashMap<u64, usize> = candidates
        .iter()
        .enumerate()
        .map(|(i, &(_, k, _))| (k, i))
        .collect();
    let mut df = vec![0u32; candidates.len() * n_cells];
    let mut seen: HashSet<usize> = HashSet::new();
    for (doc, &c) in docs.iter().zip(&cells) {
        seen.clear();
        for_each_gram(doc, ngram_max, |k| {
            if let Some(&i) = index.get(&k) {
                seen.insert(i);
            }
        });
        for &i in &seen {
            df[i * n_cells + c] += 1;
        }
    }
    let mut label_rows = vec![0f64; n_labels];
    for (c, &l) in cell_label.iter().enumerate() {
        label_rows[l] += rows[c];
    }
    let n: f64 = rows.iter().sum();
    let used_labels = label_rows.iter().filter(|&&r| r > 0.0).count();
    let dof_between = used_labels.saturating_sub(1).max(1) as f64;
    let dof_within = n_cells.saturating_sub(used_labels).max(1) as f64;
    df.chunks(n_cells)
        .zip(candidates)
        .map(|(cell_df, &(_, _, term_df))| {
            let mut label_df = vec![0f64; n_labels];
            for (c, &d) in cell_df.iter().enumerate() {
                label_df[cell_label[c]] += d as f64;
            }
            let mean = label_df.iter().sum::<f64>() / n;
            let between: f64 = label_df
                .iter()
                .zip(&label_rows)
                .filter(|(_, &r)| r > 0.0)
                .map(|(&d, &r)| r * (d / r - mean).powi(2))
                .sum();
            let within: f64 = cell_df
                .iter()
                .enumerate()
                .map(|(c, &d)| {
                    let l = cell_label[c];
                    rows[c] * (d as f64 / rows[c] - label_df[l] / label_rows[l]).powi(2)
                })
                .sum();
            let total = between + within;
            let eta2 = if total > 0.0 { between / total } else { 0.0 };
            let f = (between / dof_between) / (within / dof_within + 1e-12);
            let most = cell_df.iter().copied().max().unwrap_or(0);
            let share = most as f64 / term_df.max(1) as f64;
            Spread { eta2, f, share }
        })
        .collect()
}

/// Chi-square statistic of a term's presence against the labels (scikit-learn's `chi2`
/// on binary features): the sum over labels of (observed − expected)² / expected.
fn chi2(df: u32, df_per_label: &[u32], class_docs: &[f64], n: usize) -> f64 {
    let p = df as f64 / n as f64;
    df_per_label
        .iter()
        .zip(class_docs)
        .filter(|(_, &c)| c > 0.0)
        .map(|(&o, &c)| {
            let e = p * c;
            (o as f64 - e).powi(2) / e
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn intern_docs(docs: &[&str]) -> (Vec<Vec<u32>>, Interner) {
        let mut i = Interner::default();
        let d = docs
            .iter()
            .map(|d| d.split_whitespace().map(|w| i.intern(w)).collect())
            .collect();
        (d, i)
    }

    #[test]
    fn keeps_frequent_label_bound_terms_and_bigrams() {
        let (docs, interner) = intern_docs(&[
            "tax cut good",
            "tax cut now",
            "care for all",
            "care for now",
        ]);
        let params = VocabularyParams {
            min_df: 2,
            max_features: 100,
            ..Default::default()
        };
        let v = Vocabulary::fit(&docs, &interner, &[0, 0, 1, 1], 2, None, &params);
        let terms: Vec<&str> = v.terms().iter().map(String::as_str).collect();
        assert_eq!(
            terms,
            ["care", "care for", "cut", "for", "now", "tax", "tax cut"]
        );
        let tax = v.stem_id("tax").unwrap();
        let cut = v.stem_id("cut").unwrap();
        assert_eq!(v.term(v.bigram(tax, cut).unwrap() as usize), "tax cut");
        assert_eq!(v.bigram(cut, tax), None);
        assert_eq!(v.stem_id("good"), None, "below min_df");
    }

    #[test]
    fn every_bigram_is_found_by_its_two_stems_and_no_other_pair() {
        let terms: Vec<String> = [
            "tax cut",
            "tax",
            "war",
            "tax rise",
            "war crime",
            "cut tax",
            "rise",
        ]
        .map(String::from)
        .to_vec();
        let n = terms.len();
        let v = Vocabulary::from_terms(terms.clone(), vec![1.0; n], 2);
        let id = |s: &str| v.stem_id(s).unwrap();
        for (f, term) in terms.iter().enumerate() {
            match term.split_once(' ') {
                Some((a, b)) => assert_eq!(v.bigram(id(a), id(b)), Some(f as u32), "{term}"),
                None => assert_eq!(v.unigram(id(term)), Some(f as u32), "{term}"),
            }
        }
        assert_eq!(v.bigram(id("tax"), id("war")), None);
        assert_eq!(v.bigram(id("rise"), id("tax")), None);
        assert_eq!(v.bigram(id("crime"), id("war")), None);
        assert_eq!(v.unigram(id("crime")), None, "only in a bigram");
        assert_eq!(v.bigram(u32::MAX, 0), None);
    }

    #[test]
    fn max_features_keeps_the_most_label_bound_terms() {
        let (docs, interner) = intern_docs(&["tax now", "tax now", "care now", "care now"]);
        let params = VocabularyParams {
            ngram_max: 1,
            min_df: 1,
            max_features: 2,
            ..Default::default()
        };
        let v = Vocabulary::fit(&docs, &interner, &[0, 0, 1, 1], 2, None, &params);
        // "now" is in every document of both labels: chi-square 0, dropped.
        assert_eq!(v.terms(), ["care", "tax"]);
    }

    #[test]
    fn min_groups_drops_one_outlet_terms() {
        let (docs, interner) = intern_docs(&["byline tax", "byline tax", "care tax", "care tax"]);
        let params = VocabularyParams {
            ngram_max: 1,
            min_df: 1,
            min_groups: 2,
            max_features: 10,
            ..Default::default()
        };
        let v = Vocabulary::fit(
            &docs,
            &interner,
            &[0, 0, 1, 1],
            2,
            Some(&[0, 0, 1, 2]),
            &params,
        );
        assert_eq!(v.terms(), ["care", "tax"], "byline is seen in group 0 only");
    }

    #[test]
    fn min_groups_counts_distinct_groups_in_any_row_order() {
        // "byline" is in groups 0, 1, 0 (two groups, rows alternating); "care" in 0, 1, 2.
        let (docs, interner) = intern_docs(&["byline care", "byline care", "byline", "care"]);
        let params = VocabularyParams {
            ngram_max: 1,
            min_df: 1,
            min_groups: 3,
            max_features: 10,
            ..Default::default()
        };
        let v = Vocabulary::fit(
            &docs,
            &interner,
            &[0, 0, 1, 0],
            2,
            Some(&[0, 1, 0, 2]),
            &params,
        );
        assert_eq!(v.terms(), ["care"]);
    }

    #[test]
    fn group_rankings_prefer_terms_shared_by_a_labels_groups() {
        // Label 0 is groups 0 and 1, label 1 groups 2 and 3. "brand" is in every row of
        // group 0 only; "tax" in half the rows of both label-0 groups. Both are in four
        // label-0 rows and no label-1 row, so their chi-square ties; every other word is
        // below min_df.
        let (docs, interner) = intern_docs(&[
            "brand tax",
            "brand tax",
            "brand",
            "brand",
            "tax",
            "tax",
            "x",
            "x",
            "p",
            "q",
            "r",
            "s",
            "t",
            "u",
            "v",
            "w",
        ]);
        let labels = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1];
        let groups = [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3];
        let keep_one = |ranking| {
            let params = VocabularyParams {
                ngram_max: 1,
                min_df: 4,
                max_features: 1,
                ranking,
                ..Default::default()
            };
            let v = Vocabulary::fit(&docs, &interner, &labels, 2, Some(&groups), &params);
            v.terms().to_vec()
        };
        // Chi-square ties; the tie goes to the first term by text.
        assert_eq!(keep_one(Ranking::Chi2), ["brand"]);
        assert_eq!(keep_one(Ranking::Chi2Eta), ["tax"]);
        assert_eq!(keep_one(Ranking::GroupF), ["tax"]);
    }

    #[test]
    fn max_group_share_drops_terms_one_group_holds() {
        // "brand" is in four rows, three of them group 0's; "tax" in four rows, two per group.
        let (docs, interner) = intern_docs(&[
            "brand tax",
            "brand tax",
            "brand",
            "care",
            "brand tax",
            "tax care",
            "care",
            "care",
        ]);
        let labels = [0, 0, 0, 1, 0, 0, 1, 1];
        let groups = [0, 0, 0, 1, 2, 2, 3, 3];
        let fit = |max_group_share| {
            let params = VocabularyParams {
                ngram_max: 1,
                min_df: 4,
                max_features: 10,
                max_group_share,
                ..Default::default()
            };
            let v = Vocabulary::fit(&docs, &interner, &labels, 2, Some(&groups), &params);
            v.terms().to_vec()
        };
        assert_eq!(fit(1.0), ["brand", "care", "tax"]);
        assert_eq!(
            fit(0.75),
            ["brand", "care", "tax"],
            "3 of 4 is not above 0.75"
        );
        assert_eq!(fit(0.7), ["care", "tax"]);
        assert_eq!(fit(0.5), ["care", "tax"]);
        assert_eq!(fit(0.4), Vec::<String>::new());
    }

    #[test]
    fn ranking_defaults_to_chi2_and_is_left_out_of_files_when_chi2() {
        let json = serde_json::to_string(&VocabularyParams::default()).unwrap();
        assert!(!json.contains("ranking"), "{json}");
        let old = r#"{"ngram_max":2,"min_df":5,"min_groups":1,"max_features":10}"#;
        let params: VocabularyParams = serde_json::from_str(old).unwrap();
        assert_eq!(params.ranking, Ranking::Chi2);
        assert_eq!(params.max_group_share, 1.0);
        assert!(!json.contains("max_group_share"), "{json}");
        let eta = VocabularyParams {
            ranking: Ranking::Chi2Eta,
            ..Default::default()
        };
        let json = serde_json::to_string(&eta).unwrap();
        assert!(json.contains(r#""ranking":"chi2-eta""#), "{json}");
        assert_eq!(
            serde_json::from_str::<VocabularyParams>(&json).unwrap(),
            eta
        );
    }

    #[test]
    fn survives_a_save_and_load() {
        let v = Vocabulary::from_terms(vec!["a".into(), "a b".into()], vec![1.5, 2.25], 2);
        let json = serde_json::to_string(&v).unwrap();
        let back: Vocabulary = serde_json::from_str(&json).unwrap();
        assert_eq!(back.terms(), v.terms());
        assert_eq!(back.idf(1), 2.25);
        let (a, b) = (back.stem_id("a").unwrap(), back.stem_id("b").unwrap());
        assert_eq!(back.bigram(a, b), Some(1));
    }
}
