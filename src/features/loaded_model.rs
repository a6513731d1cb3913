//! Word-level loadedness: a logistic regression that gives every word of an article
//! the probability that an editor would mark it as loaded (`confidence`).
//!
//! Features of a word (see [`Layout`]): the lexicon category of the match covering it,
//! its membership in research word lists (the NPOV bias lexicon, hedges, factives,
//! assertives, implicatives, report verbs, positive and negative opinion words) as
//! written and crudely lemmatised, its shape, a part of speech from suffix rules and
//! closed-class lists, whether it sits inside a quotation or starts a sentence, and
//! the same for its two neighbours. Word identity is left out on purpose: the
//! training edits come from Wikipedia and word identity learns its artefacts.
//!
//! The model file (`models/loaded_words.json`, embedded) holds the feature names,
//! weights, intercept, decision threshold and the word lists. [`flag`] keeps the
//! lexicon matches whose best word reaches the threshold, and reports other words
//! that reach it as [`Category::Evaluative`]. Features that depend only on the word
//! are summed once per distinct word and cached per thread ([`WordCache`]);
//! [`reference_features`] builds the same features plainly, token by token.

use super::fx::FxMap;
use super::lexicon::{Category, LoadedTerm, Voice};
use super::words::{WordAt, WordTable};
use crate::text::{for_each_token, lower_word, StopWords};
use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::OnceLock;

const BUILTIN: &str = include_str!("../../models/loaded_words.json");
const BUILTIN_NAME: &str = "models/loaded_words.json";

/// The `format` of a word-model file this slant reads.
pub const FORMAT: &str = "slant-loaded-words/1";

/// The research word lists, by the id used in feature names and the model file.
pub const LISTS: [&str; 8] = [
    "npov_lexicon",
    "hedges",
    "factives",
    "assertives",
    "implicatives",
    "report_verbs",
    "positive",
    "negative",
];

/// Parts of speech guessed from closed-class lists and suffixes (see [`pos_of`]).
pub const POS: [&str; 13] = [
    "det", "pron", "prep", "conj", "aux", "num", "adv", "ing", "past", "noun", "adj", "plural",
    "other",
];

/// Length buckets in characters: 1-3, 4-6, 7-9, 10 and more.
const LEN_BUCKETS: [&str; 4] = ["1-3", "4-6", "7-9", "10+"];

/// Prefixes that mark an ideological label ("far-left", "anti-science").
const IDEOLOGY_PREFIXES: [&str; 4] = ["anti-", "far-", "ultra-", "hard-"];

/// Lexicon categories that a match can carry into the features (all but evaluative,
/// which the model itself assigns).
fn lexicon_categories() -> impl Iterator<Item = Category> {
    Category::ALL
        .into_iter()
        .filter(|&c| c != Category::Evaluative)
}

/// Which research lists each word is in: a bit per [`LISTS`] entry.
#[derive(Debug, Clone, Default)]
pub struct WordLists {
    bits: FxMap<String, u8>,
}

impl WordLists {
    /// Lists from (list id, words); unknown ids are an error naming `source`.
    pub fn from_lists(lists: &BTreeMap<String, Vec<String>>, source: &str) -> Result<WordLists> {
        let mut bits: FxMap<String, u8> = FxMap::default();
        for (name, words) in lists {
            let k = LISTS.iter().position(|l| l == name).ok_or_else(|| {
                Error::input(
                    source,
                    format!(
                        "unknown word list {name:?} (expected one of {})",
                        LISTS.join(", ")
                    ),
                )
            })?;
            for w in words {
                *bits.entry(w.clone()).or_default() |= 1 << k;
            }
        }
        Ok(WordLists { bits })
    }

    /// The lists as (list id, sorted words), every list present.
    pub fn to_lists(&self) -> BTreeMap<String, Vec<String>> {
        let mut out: BTreeMap<String, Vec<String>> =
            LISTS.iter().map(|l| (l.to_string(), Vec::new())).collect();
        for (w, &b) in &self.bits {
            for (k, l) in LISTS.iter().enumerate() {
                if b & (1 << k) != 0 {
                    out.get_mut(*l).expect("every list").push(w.clone());
                }
            }
        }
        for v in out.values_mut() {
            v.sort();
        }
        out
    }

    /// The lists `lower` is in, as written.
    pub fn of(&self, lower: &str) -> u8 {
        self.bits.get(lower).copied().unwrap_or(0)
    }

    /// The lists a crude lemma of `lower` is in (see [`lemmas`]).
    pub fn of_lemmas(&self, lower: &str) -> u8 {
        lemmas(lower).iter().fold(0, |acc, l| acc | self.of(l))
    }
}

/// Crude lemmas of a lowercased word: its forms with `-s`, `-es`, `-ed`, `-ing` or
/// `-ly` stripped (and the usual spelling repairs), not including the word itself.
pub fn lemmas(w: &str) -> Vec<String> {
    let mut out = Vec::new();
    let n = w.chars().count();
    if n < 4 || !w.is_ascii() {
        return out;
    }
    let strip = |suffix: &str| w.strip_suffix(suffix).map(str::to_string);
    if let Some(s) = strip("ies") {
        out.push(s + "y");
    }
    if let Some(s) = strip("es") {
        out.push(s);
    }
    if w.ends_with('s') && !w.ends_with("ss") {
        out.extend(strip("s"));
    }
    if let Some(s) = strip("ied") {
        out.push(s + "y");
    }
    if let Some(s) = strip("ed") {
        out.push(s.clone() + "e");
        out.push(undouble(&s));
        out.push(s);
    }
    if let Some(s) = strip("ing") {
        out.push(s.clone() + "e");
        out.push(undouble(&s));
        out.push(s);
    }
    if let Some(s) = strip("ily") {
        out.push(s + "y");
    }
    if let Some(s) = strip("ly") {
        out.push(s.clone() + "le");
        out.push(s);
    }
    out.retain(|l| l.len() >= 2 && l != w);
    out.sort();
    out.dedup();
    out
}

/// `s` without a doubled final consonant ("stopp" → "stop").
fn undouble(s: &str) -> String {
    let b = s.as_bytes();
    if b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2] && !b"aeiou".contains(&b[b.len() - 1]) {
        s[..s.len() - 1].to_string()
    } else {
        s.to_string()
    }
}

/// A part of speech for a lowercased word, from closed-class lists, then suffixes.
pub fn pos_of(w: &str) -> &'static str {
    const DET: &[&str] = &[
        "the", "a", "an", "this", "that", "these", "those", "some", "any", "each", "every", "no",
        "another", "either", "neither",
    ];
    const PRON: &[&str] = &[
        "i",
        "me",
        "my",
        "mine",
        "you",
        "your",
        "yours",
        "he",
        "him",
        "his",
        "she",
        "her",
        "hers",
        "it",
        "its",
        "we",
        "us",
        "our",
        "ours",
        "they",
        "them",
        "their",
        "theirs",
        "who",
        "whom",
        "whose",
        "which",
        "what",
        "myself",
        "yourself",
        "himself",
        "herself",
        "itself",
        "ourselves",
        "themselves",
    ];
    const PREP: &[&str] = &[
        "of", "in", "on", "at", "by", "for", "with", "about", "against", "between", "into",
        "through", "during", "before", "after", "above", "below", "to", "from", "up", "down",
        "out", "off", "over", "under", "across", "along", "among", "around", "behind", "beyond",
        "near", "since", "toward", "towards", "upon", "within", "without", "via", "per", "despite",
        "than", "like",
    ];
    const CONJ: &[&str] = &[
        "and", "or", "but", "nor", "so", "yet", "because", "although", "though", "while",
        "whereas", "if", "unless", "whether",
    ];
    const AUX: &[&str] = &[
        "is", "am", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having",
        "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
        "must",
    ];
    const ADV: &[&str] = &[
        "not", "very", "also", "just", "only", "even", "still", "never", "always", "often", "too",
        "quite", "rather", "almost", "already", "soon", "now", "then", "here", "there",
    ];
    let n = w.chars().count();
    if DET.contains(&w) {
        "det"
    } else if PRON.contains(&w) {
        "pron"
    } else if PREP.contains(&w) {
        "prep"
    } else if CONJ.contains(&w) {
        "conj"
    } else if AUX.contains(&w) {
        "aux"
    } else if w.chars().any(|c| c.is_ascii_digit()) && w.chars().all(|c| !c.is_alphabetic()) {
        "num"
    } else if ADV.contains(&w) || (n > 4 && w.ends_with("ly")) {
        "adv"
    } else if n > 5 && w.ends_with("ing") {
        "ing"
    } else if n > 4 && w.ends_with("ed") {
        "past"
    } else if n > 5
        && [
            "tion", "sion", "ment", "ness", "ity", "ism", "ist", "ance", "ence", "ship", "hood",
        ]
        .iter()
        .any(|s| w.ends_with(s))
    {
        "noun"
    } else if n > 4
        && [
            "ous", "ful", "ive", "able", "ible", "al", "ic", "ish", "less", "ant", "ent", "ary",
        ]
        .iter()
        .any(|s| w.ends_with(s))
    {
        "adj"
    } else if n > 3 && w.ends_with('s') && !w.ends_with("ss") {
        "plural"
    } else {
        "other"
    }
}

fn stop_words() -> &'static StopWords {
    static STOP: OnceLock<StopWords> = OnceLock::new();
    STOP.get_or_init(StopWords::default)
}

/// Names of the features that depend only on a word (`surface` as written,
/// `lower` lowercased) in `role`: `w` the word itself, `p` it as the previous
/// word of another, `n` as the next word.
pub fn word_feature_names(
    lists: &WordLists,
    surface: &str,
    lower: &str,
    role: &str,
) -> Vec<String> {
    let mut out = Vec::new();
    let own = lists.of(lower);
    let lem = lists.of_lemmas(lower);
    for (k, l) in LISTS.iter().enumerate() {
        let bit = 1 << k;
        if role == "w" {
            if own & bit != 0 {
                out.push(format!("w:list:{l}"));
            }
            if lem & bit != 0 {
                out.push(format!("w:lemma:{l}"));
            }
        } else if (own | lem) & bit != 0 {
            out.push(format!("{role}:list:{l}"));
        }
    }
    out.push(format!("{role}:pos:{}", pos_of(lower)));
    if surface.chars().next().is_some_and(char::is_uppercase) {
        out.push(format!("{role}:cap"));
    }
    if stop_words().contains(lower) {
        out.push(format!("{role}:stop"));
    }
    if role == "w" {
        let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
        if letters >= 2 && surface.chars().all(|c| !c.is_lowercase()) {
            out.push("w:all_caps".into());
        }
        let n = surface.chars().count();
        let bucket = match n {
            0..=3 => 0,
            4..=6 => 1,
            7..=9 => 2,
            _ => 3,
        };
        out.push(format!("w:len:{}", LEN_BUCKETS[bucket]));
        if lower.contains('-') {
            out.push("w:hyphen".into());
        }
        if IDEOLOGY_PREFIXES.iter().any(|p| lower.starts_with(p)) {
            out.push("w:ideology_prefix".into());
        }
        if lower.ends_with("-wing") || lower == "wing" {
            out.push("w:wing".into());
        }
    }
    out
}

/// Every feature name, in the order of the weights.
pub fn feature_names() -> Vec<String> {
    let mut out = Vec::new();
    for role in ["w", "p", "n"] {
        for l in LISTS {
            out.push(format!("{role}:list:{l}"));
        }
    }
    for l in LISTS {
        out.push(format!("w:lemma:{l}"));
    }
    for role in ["w", "p", "n"] {
        for p in POS {
            out.push(format!("{role}:pos:{p}"));
        }
        out.push(format!("{role}:cap"));
        out.push(format!("{role}:stop"));
    }
    out.push("w:all_caps".into());
    for b in LEN_BUCKETS {
        out.push(format!("w:len:{b}"));
    }
    for f in ["w:hyphen", "w:ideology_prefix", "w:wing"] {
        out.push(f.into());
    }
    for c in lexicon_categories() {
        out.push(format!("w:lex:{}", c.id()));
    }
    for f in [
        "w:lex:any",
        "p:lex:any",
        "n:lex:any",
        "w:quoted",
        "w:initial",
        "w:cap_not_initial",
    ] {
        out.push(f.into());
    }
    out
}

/// Feature names and their positions.
#[derive(Debug, Clone)]
pub struct Layout {
    names: Vec<String>,
    index: FxMap<String, u32>,
}

impl Default for Layout {
    fn default() -> Self {
        let names = feature_names();
        let index = names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i as u32))
            .collect();
        Layout { names, index }
    }
}

impl Layout {
    /// The feature names, in order.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// Position of feature `name` (every emitted name has one).
    pub fn at(&self, name: &str) -> usize {
        self.index[name] as usize
    }
}

/// True when `gap` (text between two words) ends a sentence.
fn ends_sentence(gap: &[u8]) -> bool {
    gap.iter().any(|b| matches!(b, b'.' | b'!' | b'?' | b'\n'))
}

/// Byte ranges of `text` inside quotation marks: `“…”`, `"…"`, `‘…’` (a `’` before a
/// letter or digit is an apostrophe). A line break closes any open quotation.
pub fn quoted_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut double: Option<usize> = None;
    let mut single: Option<usize> = None;
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(k) = memchr::memchr3(b'"', 0xE2, b'\n', &bytes[i..]) {
        i += k;
        let c = text[i..].chars().next().unwrap_or(' ');
        let after = i + c.len_utf8();
        match c {
            '\n' => {
                out.extend(double.take().map(|s| (s, i)));
                out.extend(single.take().map(|s| (s, i)));
            }
            '\u{201c}' => {
                double.get_or_insert(after);
            }
            '\u{201d}' => out.extend(double.take().map(|s| (s, i))),
            '"' => match double.take() {
                Some(s) => out.push((s, i)),
                None => double = Some(after),
            },
            '\u{2018}' => {
                single.get_or_insert(after);
            }
            '\u{2019}' => {
                let apostrophe = text[after..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
                if !apostrophe {
                    out.extend(single.take().map(|s| (s, i)));
                }
            }
            _ => {}
        }
        i = after;
    }
    out.extend(double.map(|s| (s, text.len())));
    out.extend(single.map(|s| (s, text.len())));
    out.sort_unstable();
    out
}

/// The model: weights over [`feature_names`], intercept, threshold, word lists.
#[derive(Debug, Clone)]
pub struct WordModel {
    layout: Layout,
    weights: Vec<f32>,
    intercept: f32,
    threshold: f32,
    /// `ln(t / (1 - t))`: a word is flagged when its logit reaches this.
    threshold_logit: f32,
    lists: WordLists,
    ctx: Context,
    file: ModelFile,
}

/// What the training recorded about itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrainingSummary {
    /// Word pairs of the training half whose edit touches 1-3 words.
    pub pairs: usize,
    /// Of those, the pairs held out to choose the threshold.
    pub threshold_pairs: usize,
    /// Words the model was fitted on, and how many of them were labelled loaded.
    pub words: usize,
    pub loaded_words: usize,
    /// L2 penalty on the summed loss, iterations, seed of the held-out slice.
    pub alpha: f64,
    pub max_iterations: u64,
    pub seed: u64,
    /// Word-level figures at the threshold on the held-out slice.
    pub slice_precision: f64,
    pub slice_recall: f64,
    pub slice_f1: f64,
}

/// The model file as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelFile {
    pub format: String,
    pub provenance: String,
    pub features: Vec<String>,
    pub weights: Vec<f32>,
    pub intercept: f32,
    pub threshold: f32,
    pub training: TrainingSummary,
    pub word_lists: BTreeMap<String, Vec<String>>,
}

impl ModelFile {
    /// The file as pretty JSON with a final newline (same model, same bytes).
    pub fn to_json(&self) -> Vec<u8> {
        let mut out = serde_json::to_vec_pretty(self).expect("a model file serializes");
        out.push(b'\n');
        out
    }
}

impl WordModel {
    /// The model shipped with slant, parsed once and shared.
    pub fn builtin() -> &'static WordModel {
        static MODEL: OnceLock<WordModel> = OnceLock::new();
        MODEL.get_or_init(|| {
            WordModel::from_json(BUILTIN, BUILTIN_NAME).expect("the built-in word model is valid")
        })
    }

    /// Reads and checks a model file; errors name `source`.
    pub fn from_json(text: &str, source: &str) -> Result<WordModel> {
        let file: ModelFile = serde_json::from_str(text).map_err(|e| {
            Error::input(
                format!("{source}:{}", e.line()),
                format!("not a word-model file: {e}"),
            )
        })?;
        WordModel::from_file(file, source)
    }

    /// Checks a parsed model file against this slant's features.
    pub fn from_file(file: ModelFile, source: &str) -> Result<WordModel> {
        let bad = |m: String| Error::input(source, m);
        if file.format != FORMAT {
            return Err(bad(format!(
                "format {:?} is not {FORMAT:?}; retrain it with `slant train-words`",
                file.format
            )));
        }
        let layout = Layout::default();
        if file.weights.len() != file.features.len() {
            return Err(bad(format!(
                "{} weights for {} features",
                file.weights.len(),
                file.features.len()
            )));
        }
        if file.features != layout.names {
            return Err(bad(format!(
                "its {} features are not this slant's {}; retrain it with `slant train-words`",
                file.features.len(),
                layout.names.len()
            )));
        }
        if let Some(i) = file.weights.iter().position(|w| !w.is_finite()) {
            return Err(bad(format!(
                "weight {} ({}) is not a finite number",
                i + 1,
                file.features[i]
            )));
        }
        if !file.intercept.is_finite() {
            return Err(bad("the intercept is not a finite number".into()));
        }
        if !(file.threshold > 0.0 && file.threshold < 1.0) {
            return Err(bad(format!(
                "threshold {} is not between 0 and 1",
                file.threshold
            )));
        }
        let lists = WordLists::from_lists(&file.word_lists, source)?;
        let t = f64::from(file.threshold);
        Ok(WordModel {
            ctx: Context::of(&layout, &file.weights),
            layout,
            weights: file.weights.clone(),
            intercept: file.intercept,
            threshold: file.threshold,
            threshold_logit: (t / (1.0 - t)).ln() as f32,
            lists,
            file,
        })
    }

    /// The decision threshold on confidence.
    pub fn threshold(&self) -> f32 {
        self.threshold
    }

    /// The file this model was read from.
    pub fn file(&self) -> &ModelFile {
        &self.file
    }

    /// The feature layout.
    pub fn layout(&self) -> &Layout {
        &self.layout
    }

    /// The word lists.
    pub fn lists(&self) -> &WordLists {
        &self.lists
    }

    /// Sums of the weights of the word-only features of a word as itself, as a
    /// previous and as a next neighbour: [`word_feature_names`] without the names.
    fn word_sums(&self, surface: &str, lower: &str) -> [f32; 3] {
        let own = self.lists.of(lower);
        let lem = self.lists.of_lemmas(lower);
        let t = &self.ctx.word;
        let mut sums = [0.0f32; 3];
        for k in 0..LISTS.len() {
            let bit = 1 << k;
            if own & bit != 0 {
                sums[0] += t.list[0][k];
            }
            if lem & bit != 0 {
                sums[0] += t.lemma[k];
            }
            if (own | lem) & bit != 0 {
                sums[1] += t.list[1][k];
                sums[2] += t.list[2][k];
            }
        }
        let pos = POS
            .iter()
            .position(|&p| p == pos_of(lower))
            .expect("a listed part of speech");
        let cap = surface.chars().next().is_some_and(char::is_uppercase);
        let stop = stop_words().contains(lower);
        for (r, sum) in sums.iter_mut().enumerate() {
            *sum += t.pos[r][pos];
            if cap {
                *sum += t.cap[r];
            }
            if stop {
                *sum += t.stop[r];
            }
        }
        let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
        if letters >= 2 && surface.chars().all(|c| !c.is_lowercase()) {
            sums[0] += t.all_caps;
        }
        sums[0] += t.len[match surface.chars().count() {
            0..=3 => 0,
            4..=6 => 1,
            7..=9 => 2,
            _ => 3,
        }];
        if lower.contains('-') {
            sums[0] += t.hyphen;
        }
        if IDEOLOGY_PREFIXES.iter().any(|p| lower.starts_with(p)) {
            sums[0] += t.ideology;
        }
        if lower.ends_with("-wing") || lower == "wing" {
            sums[0] += t.wing;
        }
        sums
    }

    /// The logit of active features `active` (indices).
    pub fn logit_of(&self, active: &[u32]) -> f32 {
        self.intercept
            + active
                .iter()
                .map(|&i| self.weights[i as usize])
                .sum::<f32>()
    }
}

/// Probability of a logit.
pub fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

/// Per-word sums kept between articles (one per thread): for word id `i` of the
/// [`WordTable`], its weight sums as the word itself, as a previous and as a next
/// neighbour. Emptied with the table.
#[derive(Debug, Default, Clone)]
pub struct WordCache {
    sums: Vec<[f32; 3]>,
    known: Vec<bool>,
    /// Reused per-article room: logits and lexicon category of each word.
    logits: Vec<f32>,
    cats: Vec<u8>,
}

/// [`WordCache::cats`] value of a word no lexicon match covers.
const NO_CAT: u8 = u8::MAX;

impl WordCache {
    /// Forgets every word (after the table is emptied).
    pub fn clear(&mut self) {
        self.sums.clear();
        self.known.clear();
    }
}

/// Weights of the word-only features by role (0 the word, 1 previous, 2 next).
#[derive(Debug, Clone)]
struct WordWeights {
    list: [[f32; 8]; 3],
    lemma: [f32; 8],
    pos: [[f32; 13]; 3],
    cap: [f32; 3],
    stop: [f32; 3],
    all_caps: f32,
    len: [f32; 4],
    hyphen: f32,
    ideology: f32,
    wing: f32,
}

/// Weights looked up by name once per model.
#[derive(Debug, Clone)]
struct Context {
    word: WordWeights,
    cat: Vec<f32>,
    any: [f32; 3],
    quoted: f32,
    initial: f32,
    cap_not_initial: f32,
}

impl Context {
    fn of(layout: &Layout, weights: &[f32]) -> Context {
        let w = |name: &str| weights[layout.at(name)];
        let roles = ["w", "p", "n"];
        let word = WordWeights {
            list: roles.map(|r| LISTS.map(|l| w(&format!("{r}:list:{l}")))),
            lemma: LISTS.map(|l| w(&format!("w:lemma:{l}"))),
            pos: roles.map(|r| POS.map(|p| w(&format!("{r}:pos:{p}")))),
            cap: roles.map(|r| w(&format!("{r}:cap"))),
            stop: roles.map(|r| w(&format!("{r}:stop"))),
            all_caps: w("w:all_caps"),
            len: LEN_BUCKETS.map(|b| w(&format!("w:len:{b}"))),
            hyphen: w("w:hyphen"),
            ideology: w("w:ideology_prefix"),
            wing: w("w:wing"),
        };
        Context {
            word,
            cat: Category::ALL
                .iter()
                .map(|c| match c {
                    Category::Evaluative => 0.0,
                    c => w(&format!("w:lex:{}", c.id())),
                })
                .collect(),
            any: [w("w:lex:any"), w("p:lex:any"), w("n:lex:any")],
            quoted: w("w:quoted"),
            initial: w("w:initial"),
            cap_not_initial: w("w:cap_not_initial"),
        }
    }
}

/// Index of a category in [`Category::ALL`].
fn cat_index(c: Category) -> u8 {
    Category::ALL.iter().position(|&x| x == c).expect("in ALL") as u8
}

/// The logit of every word of `text` (read by `table` as `words`), given the lexicon
/// matches `terms` (sorted, non-overlapping): the fast path, with per-word sums cached.
pub fn logits(
    model: &WordModel,
    text: &str,
    words: &[WordAt],
    table: &WordTable,
    terms: &[LoadedTerm],
    cache: &mut WordCache,
) -> Vec<f32> {
    logits_into(model, text, words, table, terms, cache);
    cache.logits.clone()
}

fn logits_into(
    model: &WordModel,
    text: &str,
    words: &[WordAt],
    table: &WordTable,
    terms: &[LoadedTerm],
    cache: &mut WordCache,
) {
    if cache.known.len() < table.len() {
        cache.known.resize(table.len(), false);
        cache.sums.resize(table.len(), [0.0; 3]);
    }
    for w in words {
        let id = w.word as usize;
        if !cache.known[id] {
            cache.sums[id] = model.word_sums(table.surface(w.word), table.lower(w.word));
            cache.known[id] = true;
        }
    }
    let ctx = &model.ctx;
    // Lexicon category of each word.
    cache.cats.clear();
    cache.cats.resize(words.len(), NO_CAT);
    let mut k = 0;
    for t in terms {
        while k < words.len() && words[k].end <= t.start {
            k += 1;
        }
        let mut j = k;
        while j < words.len() && words[j].start < t.end {
            cache.cats[j] = cat_index(t.category);
            j += 1;
        }
    }
    let quoted = quoted_ranges(text);
    let bytes = text.as_bytes();
    let mut q = 0;
    cache.logits.clear();
    let n = words.len();
    for (i, w) in words.iter().enumerate() {
        let mut z = model.intercept + cache.sums[w.word as usize][0];
        if i > 0 {
            z += cache.sums[words[i - 1].word as usize][1];
            if cache.cats[i - 1] != NO_CAT {
                z += ctx.any[1];
            }
        }
        if i + 1 < n {
            z += cache.sums[words[i + 1].word as usize][2];
            if cache.cats[i + 1] != NO_CAT {
                z += ctx.any[2];
            }
        }
        let c = cache.cats[i];
        if c != NO_CAT {
            z += ctx.cat[c as usize] + ctx.any[0];
        }
        while q < quoted.len() && quoted[q].1 <= w.start {
            q += 1;
        }
        if q < quoted.len() && quoted[q].0 <= w.start {
            z += ctx.quoted;
        }
        let initial = i == 0 || ends_sentence(&bytes[words[i - 1].end..w.start]);
        if initial {
            z += ctx.initial;
        } else if w.facts.cap() {
            z += ctx.cap_not_initial;
        }
        cache.logits.push(z);
    }
}

/// The plain feature builder: the active feature indices of every word of `text`
/// given the lexicon matches `terms`, worked out word by word with no cache (slow;
/// used for training and to check [`logits`]).
pub fn reference_features(
    layout: &Layout,
    lists: &WordLists,
    text: &str,
    terms: &[LoadedTerm],
) -> Vec<Vec<u32>> {
    let mut spans = Vec::new();
    for_each_token(text, |s, e| spans.push((s, e)));
    let lower = |s: &str| {
        let mut b = String::new();
        lower_word(s, &mut b);
        b
    };
    let category_at = |s: usize, e: usize| {
        terms
            .iter()
            .find(|t| t.start < e && s < t.end)
            .map(|t| t.category)
    };
    let mut out = Vec::with_capacity(spans.len());
    for (i, &(s, e)) in spans.iter().enumerate() {
        let surface = &text[s..e];
        let mut names = word_feature_names(lists, surface, &lower(surface), "w");
        // The previous ("p") and next ("n") word's own features and lexicon match.
        let neighbours = [(i.checked_sub(1), "p"), (Some(i + 1), "n")];
        for (j, prefix) in neighbours {
            if let Some(&(ns, ne)) = j.and_then(|j| spans.get(j)) {
                let word = &text[ns..ne];
                names.extend(word_feature_names(lists, word, &lower(word), prefix));
                if category_at(ns, ne).is_some() {
                    names.push(format!("{prefix}:lex:any"));
                }
            }
        }
        if let Some(c) = category_at(s, e) {
            names.push(format!("w:lex:{}", c.id()));
            names.push("w:lex:any".into());
        }
        if inside_quotation(text, s) {
            names.push("w:quoted".into());
        }
        let initial = i == 0 || ends_sentence(&text.as_bytes()[spans[i - 1].1..s]);
        if initial {
            names.push("w:initial".into());
        } else if surface.chars().next().is_some_and(char::is_uppercase) {
            names.push("w:cap_not_initial".into());
        }
        let mut idx: Vec<u32> = names.iter().map(|n| layout.at(n) as u32).collect();
        idx.sort_unstable();
        out.push(idx);
    }
    out
}

/// True when byte `at` of `text` is inside a quotation, by reading the text from
/// its start (the rules of [`quoted_ranges`], worked out character by character).
fn inside_quotation(text: &str, at: usize) -> bool {
    let mut double = false;
    let mut single = false;
    for (i, c) in text[..at].char_indices() {
        match c {
            '\n' => {
                double = false;
                single = false;
            }
            '\u{201c}' => double = true,
            '\u{201d}' => double = false,
            '"' => double = !double,
            '\u{2018}' => single = true,
            '\u{2019}' => {
                let next = text[i + c.len_utf8()..].chars().next();
                if !next.is_some_and(char::is_alphanumeric) {
                    single = false;
                }
            }
            _ => {}
        }
    }
    double || single
}

/// The loaded terms of an article: lexicon matches and scare quotes (`terms`) whose
/// most confident word reaches the threshold, with that confidence (naming choices
/// are always kept, with theirs); and words no
/// match covers that reach it on their own, as [`Category::Evaluative`]. Sorted by
/// start. Without `texts` the terms carry no words (as in [`super::lexicon::find_read`]).
pub fn flag(
    model: &WordModel,
    text: &str,
    words: &[WordAt],
    table: &WordTable,
    terms: Vec<LoadedTerm>,
    cache: &mut WordCache,
    texts: bool,
) -> Vec<LoadedTerm> {
    logits_into(model, text, words, table, &terms, cache);
    let z = &cache.logits;
    let cut = model.threshold_logit;
    let mut out = Vec::with_capacity(terms.len());
    let mut terms = terms.into_iter().peekable();
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        if let Some(t) = terms.next_if(|t| t.start < w.end) {
            // The words the match covers; its confidence is the best of theirs.
            let mut best = f32::NEG_INFINITY;
            while i < words.len() && words[i].start < t.end {
                best = best.max(z[i]);
                i += 1;
            }
            // A naming choice is kept whatever its confidence: the edits the model
            // learned from do not judge which of two names is marked, and `compare`
            // reports the choice itself. A lexicon term inside a direct quotation is
            // kept too: the threshold judges the outlet's words (the model learned
            // that annotators leave quoted words alone), and a quoted term, counted
            // apart, still shows whom the outlet chose to quote.
            if best >= cut || t.category == Category::Naming || t.voice == Voice::Quoted {
                out.push(LoadedTerm {
                    confidence: Some(sigmoid(best)),
                    ..t
                });
            }
            continue;
        }
        if z[i] >= cut {
            out.push(LoadedTerm {
                text: if texts {
                    text[w.start..w.end].to_string()
                } else {
                    String::new()
                },
                category: Category::Evaluative,
                start: w.start,
                end: w.end,
                alternative: None,
                voice: Voice::Outlet,
                confidence: Some(sigmoid(z[i])),
            });
        }
        i += 1;
    }
    out
}

/// [`flag`] with the built-in model, for [`super::measure`].
pub fn flag_builtin(
    text: &str,
    words: &[WordAt],
    table: &WordTable,
    terms: Vec<LoadedTerm>,
    cache: &mut WordCache,
    texts: bool,
) -> Vec<LoadedTerm> {
    flag(
        WordModel::builtin(),
        text,
        words,
        table,
        terms,
        cache,
        texts,
    )
}

#[cfg(test)]
mod tests;
