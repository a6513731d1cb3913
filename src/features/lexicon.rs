//! Loaded language: finds lexicon terms and scare quotes in an article.
//!
//! A [`Lexicon`] holds terms by [`Category`] (epithets, intensifiers, charged
//! verbs, hedges, presupposing verbs, conflict framing, naming pairs), read from
//! `data/lexicon.txt` ([`Lexicon::builtin`]) or any text in the same format
//! ([`Lexicon::parse`]). [`Lexicon::find`] reports each match as a
//! [`LoadedTerm`] with byte offsets into the article, so a report can point at
//! the words. Scare quotes are found by code, not listed.
//!
//! Matching runs on keys made by the `crate::text` pieces: tokenize, lowercase,
//! fold common Latin accents (`Führer` = `Fuhrer`), normalise, then stem with
//! Snowball, but *without* dropping stop words, so "war on" and "some say" keep
//! their function words. Words ending in `-ly` are matched as written, because
//! Snowball maps adverbs onto their adjectives (`highly` → `high`, `likely` →
//! `like`), which would flag ordinary words. [`block_values`] turns matches into
//! the dense `loaded:*` feature block.

use super::fx::FxMap;
use super::words::{Facts, WordAt};
use crate::text::{for_each_token, lower_word, normalize_word, Stemmer};
use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

const BUILTIN: &str = include_str!("../../data/lexicon.txt");
const BUILTIN_NAME: &str = "data/lexicon.txt";

/// How many words (tokens) a quotation may hold and still be a scare quote.
const SCARE_MAX_WORDS: usize = 3;
/// How many words before a quotation are searched for a speech verb (partial
/// quotes often sit a clause after their verb: "told reporters the plan had been
/// “thoroughly vetted”").
const ATTRIBUTION_BEFORE: usize = 8;
/// How many words after a quotation are searched for a speech verb.
const ATTRIBUTION_AFTER: usize = 6;

/// A kind of loaded language. Serialized as its [`id`](Category::id).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Pejorative labels for people or groups ("thug", "puppet", "half-Fuhrer").
    Epithet,
    /// Intensifiers and superlatives ("utterly", "unprecedented").
    Intensifier,
    /// Charged verbs of speech and action ("slammed", "lashed out").
    ChargedVerb,
    /// Hedges and vague attribution ("reportedly", "critics say").
    Hedge,
    /// Verbs that present a claim as true or false ("admitted", "debunked").
    Presupposing,
    /// Conflict and threat framing ("escalation", "prolong the conflict").
    Conflict,
    /// A name that signals a side, reported with the other side's name ("Kiev" / "Kyiv").
    Naming,
    /// A word or short phrase in quotation marks that nobody is quoted as saying.
    ScareQuote,
    /// A word no lexicon entry covers that the word model finds loaded ("bizarre").
    Evaluative,
}

impl Category {
    /// Every category, in the order of the feature block.
    pub const ALL: [Category; 9] = [
        Category::Epithet,
        Category::Intensifier,
        Category::ChargedVerb,
        Category::Hedge,
        Category::Presupposing,
        Category::Conflict,
        Category::Naming,
        Category::ScareQuote,
        Category::Evaluative,
    ];

    /// The stable id used in the lexicon file, JSON and feature names.
    pub fn id(self) -> &'static str {
        match self {
            Category::Epithet => "epithet",
            Category::Intensifier => "intensifier",
            Category::ChargedVerb => "charged_verb",
            Category::Hedge => "hedge",
            Category::Presupposing => "presupposing",
            Category::Conflict => "conflict",
            Category::Naming => "naming",
            Category::ScareQuote => "scare_quote",
            Category::Evaluative => "evaluative",
        }
    }

    /// A short human label for reports, plural ("epithets", "conflict framing").
    pub fn label(self) -> &'static str {
        match self {
            Category::Epithet => "epithets",
            Category::Intensifier => "intensifiers",
            Category::ChargedVerb => "charged verbs",
            Category::Hedge => "hedges",
            Category::Presupposing => "presupposing verbs",
            Category::Conflict => "conflict framing",
            Category::Naming => "naming choices",
            Category::ScareQuote => "scare quotes",
            Category::Evaluative => "evaluative words",
        }
    }

    /// The category with this id, if any.
    pub fn from_id(id: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.id() == id)
    }
}

impl std::fmt::Display for Category {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

/// Word → lexicon key, kept between articles by [`Lexicon::find_cached`].
#[derive(Debug, Default, Clone)]
pub struct MatchCache {
    words: FxMap<String, (Option<u32>, Option<u32>)>,
}

/// One loaded term found in an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LoadedTerm {
    /// The words as written in the article (`&article[start..end]`).
    pub text: String,
    /// What kind of loaded language this is.
    pub category: Category,
    /// Byte offset of the first byte in the article.
    pub start: usize,
    /// Byte offset one past the last byte in the article.
    pub end: usize,
    /// For naming choices: the other side's name, which the article did not use.
    pub alternative: Option<String>,
    /// The word model's probability that the term is loaded (see
    /// [`loaded_model`](super::loaded_model)); `None` from the lexicon alone.
    pub confidence: Option<f32>,
}

/// One lexicon entry: the phrase as written and what a match means.
#[derive(Debug, Clone)]
struct Entry {
    category: Category,
    alternative: Option<String>,
}

/// The keys after the first one of a phrase, and the entry it belongs to.
#[derive(Debug, Clone)]
struct Phrase {
    rest: Box<[u32]>,
    /// The first key of `rest`, kept here so most phrases are ruled out without
    /// reading `rest` ([`NO_KEY`] for a one-word entry).
    next: u32,
    entry: u32,
}

/// [`Phrase::next`] of a one-word entry.
const NO_KEY: u32 = u32::MAX;

/// A set of loaded terms by category, matched on stems (see the module docs).
#[derive(Debug)]
pub struct Lexicon {
    source: String,
    entries: Vec<Entry>,
    /// Every key that occurs in some entry, with a small id.
    ids: FxMap<Box<str>, u32>,
    /// Phrases by the id of their first key, longest first.
    starts: Vec<Vec<Phrase>>,
    /// One-word entries by key id: used for parts of hyphenated words.
    singles: FxMap<u32, u32>,
    stemmer: Stemmer,
}

/// Folds common Latin accents and typographic hyphens in a lowercased word.
fn fold_word(word: &mut String) {
    if word.is_ascii() {
        return;
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => out.push('a'),
            'ç' | 'ć' | 'č' => out.push('c'),
            'ď' => out.push('d'),
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' => out.push('i'),
            'ł' => out.push('l'),
            'ñ' | 'ń' | 'ň' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => out.push('o'),
            'ř' => out.push('r'),
            'ś' | 'š' | 'ş' => out.push('s'),
            'ť' | 'ţ' => out.push('t'),
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'ź' | 'ż' | 'ž' => out.push('z'),
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            '\u{2010}' | '\u{2011}' => out.push('-'),
            _ => out.push(c),
        }
    }
    *word = out;
}

/// Lowercases, folds and normalises one surface word into `buf`.
fn prepare(surface: &str, buf: &mut String) {
    lower_word(surface, buf);
    fold_word(buf);
    normalize_word(buf);
}

/// The matching key of a prepared word: its stem, or the word itself for `-ly` words.
fn key_of(stemmer: &Stemmer, prepared: &str) -> String {
    if prepared.ends_with("ly") {
        prepared.to_string()
    } else {
        stemmer.stem(prepared).into_owned()
    }
}

/// True when the text between two words of a phrase is only whitespace.
fn joined(gap: &str) -> bool {
    gap.chars().all(char::is_whitespace)
}

impl Lexicon {
    /// The lexicon shipped with slant (`data/lexicon.txt`), parsed once and shared.
    pub fn builtin() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| {
            Lexicon::parse(BUILTIN, BUILTIN_NAME).expect("the built-in lexicon is valid")
        })
    }

    /// Parses a lexicon in the `data/lexicon.txt` format (see its header).
    ///
    /// Errors name `source_name` and the 1-based line: an entry before any
    /// section, an unknown or unlisted category, a naming line that is not one
    /// `A | B` pair, an entry without words, or an entry with the same stems as
    /// an earlier one.
    pub fn parse(text: &str, source_name: &str) -> Result<Lexicon> {
        let mut lex = Lexicon {
            source: source_name.to_string(),
            entries: Vec::new(),
            ids: FxMap::default(),
            starts: Vec::new(),
            singles: FxMap::default(),
            stemmer: Stemmer::default(),
        };
        // Key sequence → (line, listed explicitly) for duplicate detection.
        let mut seen: HashMap<Vec<u32>, usize> = HashMap::new();
        let mut category = None;
        for (i, raw) in text.lines().enumerate() {
            let line_no = i + 1;
            let err = |msg: String| Error::input(format!("{source_name}:{line_no}"), msg);
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[') {
                let name = name
                    .strip_suffix(']')
                    .ok_or_else(|| err(format!("section header {line:?} lacks a closing `]`")))?
                    .trim();
                let cat = Category::from_id(name).ok_or_else(|| {
                    let known: Vec<&str> = Category::ALL.iter().map(|c| c.id()).collect();
                    err(format!(
                        "unknown category {name:?} (expected one of {})",
                        known.join(", ")
                    ))
                })?;
                if cat == Category::ScareQuote {
                    return Err(err(
                        "scare_quote is detected by code and cannot be listed".into()
                    ));
                }
                if cat == Category::Evaluative {
                    return Err(err(
                        "evaluative is assigned by the word model and cannot be listed".into(),
                    ));
                }
                category = Some(cat);
                continue;
            }
            let cat = category
                .ok_or_else(|| err(format!("entry {line:?} before any [category] section")))?;
            let sides: Vec<&str> = line.split('|').map(str::trim).collect();
            let pairs: Vec<(&str, Option<&str>)> = match (cat, sides.as_slice()) {
                (Category::Naming, [a, b]) if !a.is_empty() && !b.is_empty() => {
                    vec![(a, Some(b)), (b, Some(a))]
                }
                (Category::Naming, _) => {
                    return Err(err(format!(
                        "naming entry {line:?} must be one pair `A | B`"
                    )))
                }
                (_, [one]) => vec![(one, None)],
                (_, _) => {
                    return Err(err(format!(
                        "`|` is only allowed in [naming] pairs, found in [{}]",
                        cat.id()
                    )))
                }
            };
            for (term, alternative) in pairs {
                let entry = lex.entries.len() as u32;
                let (keys, variant) = lex.keys_for(term);
                if keys.is_empty() {
                    return Err(err(format!("entry {term:?} has no words")));
                }
                if let Some(prev) = seen.get(&keys) {
                    return Err(err(format!(
                        "entry {term:?} has the same stems as the entry on line {prev}"
                    )));
                }
                seen.insert(keys.clone(), line_no);
                lex.entries.push(Entry {
                    category: cat,
                    alternative: alternative.map(str::to_string),
                });
                lex.add_phrase(&keys, entry);
                // "far-right" also matches "far right", unless listed itself.
                if let Some(v) = variant {
                    if let std::collections::hash_map::Entry::Vacant(slot) = seen.entry(v.clone()) {
                        slot.insert(line_no);
                        lex.add_phrase(&v, entry);
                    }
                }
            }
        }
        for list in &mut lex.starts {
            list.sort_by_key(|p| std::cmp::Reverse(p.rest.len()));
        }
        Ok(lex)
    }

    /// Key ids of an entry's words, and of its variant with hyphens split, if any.
    fn keys_for(&mut self, term: &str) -> (Vec<u32>, Option<Vec<u32>>) {
        let mut words = Vec::new();
        for_each_token(term, |s, e| {
            let mut buf = String::new();
            prepare(&term[s..e], &mut buf);
            words.push(buf);
        });
        let mut keys = Vec::with_capacity(words.len());
        let mut split = Vec::with_capacity(words.len());
        let mut hyphenated = false;
        for w in &words {
            let id = self.intern(key_of(&self.stemmer, w));
            keys.push(id);
            if w.contains('-') {
                hyphenated = true;
                for part in w.split('-').filter(|p| !p.is_empty()) {
                    split.push(self.intern(key_of(&self.stemmer, part)));
                }
            } else {
                split.push(id);
            }
        }
        (keys, hyphenated.then_some(split))
    }

    fn intern(&mut self, key: String) -> u32 {
        let next = self.ids.len() as u32;
        *self.ids.entry(key.into_boxed_str()).or_insert(next)
    }

    fn add_phrase(&mut self, keys: &[u32], entry: u32) {
        if keys.len() == 1 {
            self.singles.entry(keys[0]).or_insert(entry);
        }
        let first = keys[0] as usize;
        if self.starts.len() <= first {
            self.starts.resize_with(first + 1, Vec::new);
        }
        self.starts[first].push(Phrase {
            rest: keys[1..].into(),
            next: keys.get(1).copied().unwrap_or(NO_KEY),
            entry,
        });
    }

    /// The name this lexicon was parsed from (a path, or `data/lexicon.txt`).
    pub fn source(&self) -> &str {
        &self.source
    }

    /// Number of entries; each side of a naming pair counts as one.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the lexicon lists no terms.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Number of entries in `category` (0 for [`Category::ScareQuote`]).
    pub fn count(&self, category: Category) -> usize {
        self.entries
            .iter()
            .filter(|e| e.category == category)
            .count()
    }

    /// Loaded terms and scare quotes in `text`, sorted by start, non-overlapping.
    ///
    /// Where matches overlap the longest wins; between equal spans a lexicon term
    /// wins over a scare quote (a quoted "regime" is reported as an epithet).
    pub fn find(&self, text: &str) -> Vec<LoadedTerm> {
        self.find_with_word_count(text).0
    }

    /// Like [`find`](Lexicon::find), also returning the number of words in `text`
    /// (the denominator of [`LoadedSummary`] and [`block_values`]).
    pub fn find_with_word_count(&self, text: &str) -> (Vec<LoadedTerm>, usize) {
        self.find_cached(text, &mut MatchCache::default())
    }

    /// Like [`find_with_word_count`](Lexicon::find_with_word_count), reusing `cache`
    /// (word → stem key) across articles so each distinct word is stemmed once.
    /// A cache must be used with one lexicon only.
    pub fn find_cached(&self, text: &str, cache: &mut MatchCache) -> (Vec<LoadedTerm>, usize) {
        let tokens = self.key_tokens(text, cache);
        self.find_in_tokens(text, &tokens, true)
    }

    /// Matches over tokens whose keys are already looked up; without `texts` the
    /// terms carry no words (`text` empty, no `alternative`): counts need none.
    fn find_in_tokens(
        &self,
        text: &str,
        tokens: &[WordAt],
        texts: bool,
    ) -> (Vec<LoadedTerm>, usize) {
        let mut spans: Vec<(usize, usize, Category, Option<&str>)> = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if let Some((n, entry)) = self.match_at(text, tokens, i) {
                let e = &self.entries[entry as usize];
                spans.push((
                    tokens[i].start,
                    tokens[i + n - 1].end,
                    e.category,
                    e.alternative.as_deref(),
                ));
                i += n;
            } else {
                i += 1;
            }
        }
        let scare = scare_quotes(text, tokens);
        let terms = merge(text, spans, scare, texts);
        (terms, tokens.len())
    }

    /// Tokens of `text` with the id of their key, when the key occurs in the lexicon.
    fn key_tokens(&self, text: &str, cache: &mut MatchCache) -> Vec<WordAt> {
        if cache.words.len() > crate::score::CACHE_LIMIT {
            cache.words.clear();
        }
        let cache = &mut cache.words;
        let mut out = Vec::with_capacity(text.len() / 6);
        for_each_token(text, |start, end| {
            let surface = &text[start..end];
            let (id, part_entry) = match cache.get(surface) {
                Some(keys) => *keys,
                None => {
                    let keys = self.word_keys(surface);
                    cache.insert(surface.to_string(), keys);
                    keys
                }
            };
            out.push(WordAt {
                start,
                end,
                word: 0,
                facts: Facts::with_keys(id, part_entry, self.may_start(id, part_entry)),
            });
        });
        out
    }

    /// A word's key id, and the one-word entry that a part of it matches when
    /// it is hyphenated ("half-Fuhrer" → the entry for "Fuhrer").
    pub(crate) fn word_keys(&self, surface: &str) -> (Option<u32>, Option<u32>) {
        let (id, part_entry, _) = self.word_keys_and_stem(surface);
        (id, part_entry)
    }

    /// [`Lexicon::word_keys`], and the word's stem when its key is one: the
    /// English Snowball stem of the word lowercased and normalized (an ASCII word
    /// needs no folding), which the term vector would otherwise work out again.
    pub(crate) fn word_keys_and_stem(
        &self,
        surface: &str,
    ) -> (Option<u32>, Option<u32>, Option<String>) {
        let mut buf = String::new();
        prepare(surface, &mut buf);
        let key = key_of(&self.stemmer, &buf);
        let id = self.ids.get(key.as_str()).copied();
        let stem = (surface.is_ascii() && !buf.ends_with("ly")).then_some(key);
        let mut part_entry = None;
        if surface.contains(['-', '\u{2010}', '\u{2011}']) {
            part_entry = buf
                .split('-')
                .filter(|p| !p.is_empty())
                .find_map(|part| {
                    let key = key_of(&self.stemmer, part);
                    self.ids
                        .get(key.as_str())
                        .and_then(|id| self.singles.get(id))
                })
                .copied();
        }
        (id, part_entry, stem)
    }

    /// True when an entry may start at a word with these keys (from
    /// [`Lexicon::word_keys`]): some entry begins with its key, or a part of it is
    /// a one-word entry.
    pub(crate) fn may_start(&self, key: Option<u32>, part_entry: Option<u32>) -> bool {
        part_entry.is_some()
            || key.is_some_and(|k| self.starts.get(k as usize).is_some_and(|l| !l.is_empty()))
    }

    /// The longest entry starting at token `i`: (number of tokens, entry index).
    fn match_at(&self, text: &str, tokens: &[WordAt], i: usize) -> Option<(usize, u32)> {
        if !tokens[i].facts.starts() {
            return None;
        }
        if let Some(list) = tokens[i]
            .facts
            .key()
            .and_then(|id| self.starts.get(id as usize))
        {
            let next = tokens.get(i + 1).and_then(|t| t.facts.key());
            'phrases: for p in list {
                if p.next != NO_KEY && Some(p.next) != next {
                    continue;
                }
                let n = p.rest.len();
                if i + n >= tokens.len() {
                    continue;
                }
                for (k, want) in p.rest.iter().enumerate() {
                    let (prev, next) = (&tokens[i + k], &tokens[i + k + 1]);
                    if next.facts.key() != Some(*want) || !joined(&text[prev.end..next.start]) {
                        continue 'phrases;
                    }
                }
                return Some((n + 1, p.entry));
            }
        }
        // A hyphenated word matches when one of its parts is a one-word entry.
        tokens[i].facts.part_entry().map(|entry| (1, entry))
    }
}

/// Loaded terms and scare quotes in `text`, which a [`WordTable`](super::words::WordTable) has read as
/// `words`, with the built-in lexicon (whose keys the table holds); also the word count.
/// Without `texts` the terms carry only their category and span (all that counts need).
pub fn find_read(text: &str, words: &[WordAt], texts: bool) -> (Vec<LoadedTerm>, usize) {
    Lexicon::builtin().find_in_tokens(text, words, texts)
}

/// Merges lexicon spans and scare-quote spans: sorted, longest first at a start,
/// lexicon before scare quote on ties, then drops anything overlapping a kept span.
fn merge(
    text: &str,
    spans: Vec<(usize, usize, Category, Option<&str>)>,
    scare: Vec<(usize, usize)>,
    texts: bool,
) -> Vec<LoadedTerm> {
    let mut all = spans;
    all.extend(
        scare
            .into_iter()
            .map(|(s, e)| (s, e, Category::ScareQuote, None)),
    );
    all.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then(b.1.cmp(&a.1))
            .then((a.2 == Category::ScareQuote).cmp(&(b.2 == Category::ScareQuote)))
    });
    let mut out: Vec<LoadedTerm> = Vec::with_capacity(all.len());
    let mut last_end = 0;
    for (start, end, category, alternative) in all {
        if start < last_end {
            continue;
        }
        last_end = end;
        out.push(LoadedTerm {
            text: if texts {
                text[start..end].to_string()
            } else {
                String::new()
            },
            category,
            start,
            end,
            alternative: alternative.filter(|_| texts).map(str::to_string),
            confidence: None,
        });
    }
    out
}

/// Words that attribute a quotation to a speaker ("said", "told", "as he put it").
fn is_speech_word(word: &str, next: Option<&str>) -> bool {
    match word {
        "put" => next == Some("it"),
        "according" => next == Some("to"),
        // A `match` on the words, not a scan of a list: this runs for the words
        // around every quotation.
        _ => matches!(
            word,
            "say"
                | "says"
                | "said"
                | "saying"
                | "tell"
                | "tells"
                | "told"
                | "telling"
                | "add"
                | "adds"
                | "added"
                | "adding"
                | "write"
                | "writes"
                | "wrote"
                | "written"
                | "ask"
                | "asks"
                | "asked"
                | "state"
                | "states"
                | "stated"
                | "declare"
                | "declares"
                | "declared"
                | "note"
                | "notes"
                | "noted"
                | "explain"
                | "explains"
                | "explained"
                | "call"
                | "calls"
                | "called"
                | "calling"
                | "dub"
                | "dubs"
                | "dubbed"
                | "term"
                | "termed"
                | "describe"
                | "describes"
                | "described"
                | "insist"
                | "insists"
                | "insisted"
                | "claim"
                | "claims"
                | "claimed"
                | "warn"
                | "warns"
                | "warned"
                | "argue"
                | "argues"
                | "argued"
                | "reply"
                | "replies"
                | "replied"
                | "tweet"
                | "tweets"
                | "tweeted"
                | "post"
                | "posted"
                | "quip"
                | "quipped"
                | "remark"
                | "remarked"
                | "announce"
                | "announced"
                | "urge"
                | "urged"
                | "vow"
                | "vowed"
                | "promise"
                | "promised"
                | "deny"
                | "denied"
                | "quote"
                | "quoted"
                | "quoting"
                | "phrase"
                | "words"
                | "accuse"
                | "accused"
                | "accusing"
                | "complain"
                | "complained"
                | "complaining"
                | "criticize"
                | "criticized"
                | "criticise"
                | "criticised"
                | "suggest"
                | "suggested"
                | "predict"
                | "predicted"
                | "praise"
                | "praised"
                | "label"
                | "labeled"
                | "labelled"
                | "brand"
                | "branded"
                | "referred"
                | "mocked"
                | "chided"
                | "reads"
                | "read"
                | "testified"
                | "recalled"
                | "admitted"
                | "acknowledged"
                | "conceded"
        ),
    }
}

/// True when `gap` (text between two words) ends a sentence.
fn ends_sentence(gap: &str) -> bool {
    gap.contains(['.', '!', '?', '\n'])
}

/// Spans of scare-quoted words: 1–3 words in quotation marks, not a sentence and
/// with no speech verb within a few words either side in the same sentence.
fn scare_quotes(text: &str, tokens: &[WordAt]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open_double: Option<usize> = None;
    let mut open_single: Option<usize> = None;
    // Every quotation mark is `"` or starts with the byte 0xE2 (U+2018..U+201D).
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(k) = memchr::memchr2(b'"', 0xE2, &bytes[i..]) {
        i += k;
        let c = text[i..].chars().next().unwrap_or(' ');
        let after = i + c.len_utf8();
        match c {
            '\u{201c}' => open_double = Some(after),
            '\u{201d}' => {
                if let Some(s) = open_double.take() {
                    out.extend(judge_quote(text, tokens, s, i));
                }
            }
            '"' => match open_double.take() {
                Some(s) => out.extend(judge_quote(text, tokens, s, i)),
                None => open_double = Some(after),
            },
            '\u{2018}' => open_single = Some(after),
            '\u{2019}' => {
                // A right single quote followed by a letter is an apostrophe.
                let next_is_word = text[after..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
                if !next_is_word {
                    if let Some(s) = open_single.take() {
                        out.extend(judge_quote(text, tokens, s, i));
                    }
                }
            }
            _ => {}
        }
        i = after;
    }
    out
}

/// The span of the quoted words between byte `from` and `to`, if it is a scare quote.
fn judge_quote(text: &str, tokens: &[WordAt], from: usize, to: usize) -> Option<(usize, usize)> {
    let first = tokens.partition_point(|t| t.start < from);
    let last = tokens.partition_point(|t| t.end <= to);
    let n = last.checked_sub(first)?;
    if n == 0 || n > SCARE_MAX_WORDS {
        return None;
    }
    let inner = text[from..to].trim_end();
    let starts_upper = text[tokens[first].start..]
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    if starts_upper && inner.ends_with(['.', '!', '?']) {
        return None; // a full sentence: a real quotation
    }
    let ends_upper = text[tokens[last - 1].start..]
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    if starts_upper && ends_upper && n > 1 {
        return None; // a title or a name: "Meet the Press"
    }
    let lower = |k: usize| crate::text::to_lowercase(&text[tokens[k].start..tokens[k].end]);
    // Words before the opening mark, nearest first, within the sentence.
    let mut k = first;
    for _ in 0..ATTRIBUTION_BEFORE {
        if k == 0 || ends_sentence(&text[tokens[k - 1].end..tokens[k].start]) {
            break;
        }
        k -= 1;
        if is_speech_word(&lower(k), Some(&lower(k + 1))) {
            return None;
        }
    }
    // Words after the closing mark, nearest first, within the sentence.
    let mut k = last - 1;
    for _ in 0..ATTRIBUTION_AFTER {
        if k + 1 >= tokens.len() || ends_sentence(&text[tokens[k].end..tokens[k + 1].start]) {
            break;
        }
        k += 1;
        let next = (k + 1 < tokens.len()).then(|| lower(k + 1));
        if is_speech_word(&lower(k), next.as_deref()) {
            return None;
        }
    }
    Some((tokens[first].start, tokens[last - 1].end))
}

/// Counts of loaded terms by category, and their density in the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LoadedSummary {
    /// Matches per category; every category is present, zeros included.
    pub counts: BTreeMap<Category, usize>,
    /// All matches.
    pub total: usize,
    /// Words in the article (tokens).
    pub words: usize,
    /// Matches per 100 words (0 for an empty article).
    pub density_per_100_words: f64,
}

impl LoadedSummary {
    /// Summarises `matches` found in an article of `n_words` words.
    pub fn new(matches: &[LoadedTerm], n_words: usize) -> Self {
        let mut counts: BTreeMap<Category, usize> = Category::ALL.iter().map(|&c| (c, 0)).collect();
        for m in matches {
            *counts.entry(m.category).or_default() += 1;
        }
        let total = matches.len();
        let density_per_100_words = if n_words == 0 {
            0.0
        } else {
            100.0 * total as f64 / n_words as f64
        };
        LoadedSummary {
            counts,
            total,
            words: n_words,
            density_per_100_words,
        }
    }
}

/// The loaded-language feature block: matches per 1,000 words, one value per
/// [`Category::ALL`] entry in order (all zeros for an empty article).
pub fn block_values(matches: &[LoadedTerm], n_words: usize) -> Vec<f32> {
    let mut counts = [0usize; Category::ALL.len()];
    for m in matches {
        let i = Category::ALL
            .iter()
            .position(|&c| c == m.category)
            .expect("ALL lists every category");
        counts[i] += 1;
    }
    let scale = if n_words == 0 {
        0.0
    } else {
        1000.0 / n_words as f32
    };
    counts.iter().map(|&c| c as f32 * scale).collect()
}

/// Names of the [`block_values`] features, `loaded:<category id>`, in the same order.
pub fn block_names() -> Vec<String> {
    Category::ALL
        .iter()
        .map(|c| format!("loaded:{}", c.id()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (text as written, category id, alternative) of every match, checking offsets.
    fn found(text: &str) -> Vec<(String, &'static str, Option<String>)> {
        let terms = Lexicon::builtin().find(text);
        for t in &terms {
            assert_eq!(&text[t.start..t.end], t.text, "offsets of {:?}", t.text);
        }
        for w in terms.windows(2) {
            assert!(w[0].end <= w[1].start, "overlap: {:?}", w);
        }
        terms
            .into_iter()
            .map(|t| (t.text, t.category.id(), t.alternative))
            .collect()
    }

    fn has(text: &str, words: &str, category: &str) -> bool {
        found(text)
            .iter()
            .any(|(t, c, _)| t == words && *c == category)
    }

    #[test]
    fn builtin_lexicon_is_large_and_covers_every_listed_category() {
        let lex = Lexicon::builtin();
        assert!(lex.len() >= 500, "only {} entries", lex.len());
        for c in Category::ALL {
            if c != Category::ScareQuote && c != Category::Evaluative {
                assert!(lex.count(c) >= 30, "{} has {}", c.id(), lex.count(c));
            }
        }
        assert_eq!(lex.count(Category::ScareQuote), 0);
        assert_eq!(lex.count(Category::Evaluative), 0);
        assert!(lex.count(Category::Naming) >= 80);
        assert_eq!(lex.source(), "data/lexicon.txt");
    }

    #[test]
    fn epithets_including_hyphen_parts_and_accents() {
        let text = "The mayor called them thugs. A Führer, a Fuhrer and a half-Fuhrer.";
        let got = found(text);
        let epithets: Vec<&str> = got
            .iter()
            .filter(|g| g.1 == "epithet")
            .map(|g| g.0.as_str())
            .collect();
        assert_eq!(epithets, ["thugs", "Führer", "Fuhrer", "half-Fuhrer"]);
        // A part of a hyphenated word flags the whole word.
        assert!(has("He is a half-puppet now.", "half-puppet", "epithet"));
        assert!(has("The far right won.", "far right", "epithet"));
    }

    #[test]
    fn intensifiers() {
        assert!(has(
            "An utterly unprecedented storm.",
            "utterly",
            "intensifier"
        ));
        assert!(has(
            "An utterly unprecedented storm.",
            "unprecedented",
            "intensifier"
        ));
        assert!(has("A highly complex task.", "highly", "intensifier"));
        // Adverbs are matched as written, so the adjective is not flagged.
        assert!(found("The price is high.").is_empty());
        assert!(found("It is like a game.").is_empty());
    }

    #[test]
    fn charged_verbs_match_all_inflections() {
        for s in ["slams", "slammed", "slamming", "slam"] {
            let text = format!("The senator {s} the plan.");
            assert!(has(&text, s, "charged_verb"), "{s}");
        }
        assert!(has(
            "She lashed out at reporters.",
            "lashed out",
            "charged_verb"
        ));
        assert!(has(
            "He is lashing out again.",
            "lashing out",
            "charged_verb"
        ));
    }

    #[test]
    fn hedges_keep_their_function_words() {
        assert!(has(
            "The plan, critics say, is weak.",
            "critics say",
            "hedge"
        ));
        assert!(has("Some say it failed.", "Some say", "hedge"));
        assert!(has("It is believed to be safe.", "It is believed", "hedge"));
        assert!(has(
            "The deal was reportedly signed.",
            "reportedly",
            "hedge"
        ));
    }

    #[test]
    fn presupposing_verbs() {
        assert!(has(
            "The minister admitted the error.",
            "admitted",
            "presupposing"
        ));
        assert!(has("The study was debunked.", "debunked", "presupposing"));
        assert!(has("She admits it.", "admits", "presupposing"));
    }

    #[test]
    fn conflict_phrases_and_longest_match() {
        let text = "Critics accuse them of trying to prolong the conflict and risk escalation.";
        assert!(has(text, "prolong the conflict", "conflict"));
        assert!(has(text, "escalation", "conflict"));
        assert!(has(
            "Policies that promote war abroad.",
            "promote war",
            "conflict"
        ));
        assert!(has("A new war on drugs.", "war on", "conflict"));
        // A phrase does not run across a sentence end.
        assert!(found("It was a long war. On Monday rain fell.").is_empty());
    }

    #[test]
    fn naming_pairs_report_the_other_side() {
        let got = found("Talks in Kiev went well, unlike those in Kyiv.");
        assert_eq!(
            got,
            [
                ("Kiev".into(), "naming", Some("Kyiv".into())),
                ("Kyiv".into(), "naming", Some("Kiev".into())),
            ]
        );
        let got = found("The death tax and the Affordable Care Act.");
        assert_eq!(got[0].2.as_deref(), Some("estate tax"));
        assert_eq!(got[1].2.as_deref(), Some("Obamacare"));
        // Case does not matter.
        assert_eq!(found("kiev")[0].2.as_deref(), Some("Kyiv"));
    }

    #[test]
    fn scare_quotes_versus_real_quotes() {
        let text = "They sent a “reassurance” force east.";
        let got = Lexicon::builtin().find(text);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].category, Category::ScareQuote);
        assert_eq!(got[0].text, "reassurance");
        assert_eq!(&text[got[0].start..got[0].end], "reassurance");
        // Straight and single curly quotes too.
        assert!(has("A \"peace\" plan.", "peace", "scare_quote"));
        assert!(has("Their ‘reforms’ failed.", "reforms", "scare_quote"));
        // Attributed quotations are not scare quotes.
        assert!(!found("He called it “a disgrace” on Monday.")
            .iter()
            .any(|g| g.1 == "scare_quote"));
        assert!(!found("It was “a shame,” she said.")
            .iter()
            .any(|g| g.1 == "scare_quote"));
        // A full sentence is a quotation, and so is a long one.
        assert!(found("“We won.” Then we left.").is_empty());
        assert!(found("“the talks went on for hours” then").is_empty());
        // Quoted epithet with attribution: the epithet stays, no scare quote.
        let got = found("a “new half-Fuhrer,” as he put it.");
        assert_eq!(got, [("half-Fuhrer".into(), "epithet", None)]);
        // Apostrophes are not closing quotes.
        assert!(found("Russia’s ‘peace’ plan")
            .iter()
            .any(|g| g.0 == "peace"));
    }

    #[test]
    fn titles_and_partial_quotes_are_not_scare_quotes() {
        // A capitalised multi-word quotation is a title or a name.
        assert!(found("She appeared on \"Meet the Press\" today.").is_empty());
        // A partial quote a clause after its speech verb.
        let text = "He told reporters that the plan had been “fully checked” by staff.";
        assert!(!found(text).iter().any(|g| g.1 == "scare_quote"));
        // The verb must be in the same sentence.
        let text = "Nobody spoke. The so-called “experts” left.";
        assert!(has(text, "experts", "scare_quote"));
        assert!(has(text, "so-called", "hedge"));
    }

    #[test]
    fn multi_word_naming_and_hyphen_variants() {
        let got = found("Two undocumented immigrants and one pro-life group met.");
        assert_eq!(got[0].0, "undocumented immigrants");
        assert_eq!(got[0].2.as_deref(), Some("illegal alien"));
        assert_eq!(got[1].0, "pro-life");
        assert_eq!(got[1].2.as_deref(), Some("anti-abortion"));
        // A hyphenated entry also matches with a space.
        assert!(has("A pro life march.", "pro life", "naming"));
    }

    #[test]
    fn categories_have_stable_ids_and_serde_names() {
        for c in Category::ALL {
            assert_eq!(Category::from_id(c.id()), Some(c));
            let json = serde_json::to_string(&c).unwrap();
            assert_eq!(json, format!("\"{}\"", c.id()));
        }
        assert_eq!(Category::Conflict.label(), "conflict framing");
        assert_eq!(Category::from_id("nonsense"), None);
    }

    #[test]
    fn offsets_are_exact_in_unicode_text() {
        let text = "Café owners — in Kiev — “slammed” the Führer’s regime.";
        let terms = Lexicon::builtin().find(text);
        assert!(!terms.is_empty());
        for t in &terms {
            assert_eq!(&text[t.start..t.end], t.text);
        }
        let words: Vec<&str> = terms.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(words, ["Kiev", "slammed", "Führer’s", "regime"]);
    }

    #[test]
    fn bad_lines_are_errors_naming_source_and_line() {
        let cases = [
            ("thug\n", "x.txt:1", "before any"),
            (
                "[epithet]\n# note\nthug\n[nonsense]\n",
                "x.txt:4",
                "unknown category",
            ),
            ("[naming]\nKiev\n", "x.txt:2", "pair"),
            ("[naming]\nKiev | Kyiv | Kyjiw\n", "x.txt:2", "pair"),
            ("[hedge]\nsome | say\n", "x.txt:2", "only allowed"),
            ("[epithet]\nthug\nthugs\n", "x.txt:3", "line 2"),
            ("[epithet]\n!!!\n", "x.txt:2", "no words"),
            ("[scare_quote]\n", "x.txt:1", "detected by code"),
            ("[epithet\n", "x.txt:1", "closing"),
        ];
        for (text, place, msg) in cases {
            let err = Lexicon::parse(text, "x.txt").unwrap_err();
            assert!(
                matches!(&err, Error::Input { place: p, message } if p == place && message.contains(msg)),
                "{text:?} gave {err}"
            );
        }
    }

    #[test]
    fn custom_lexicon_parses_and_matches() {
        let lex = Lexicon::parse("[conflict]\n# war talk\nwar on\n", "mine.txt").unwrap();
        assert_eq!(lex.len(), 1);
        let t = lex.find("A war on words.");
        assert_eq!((t[0].start, t[0].end), (2, 8));
    }

    #[test]
    fn summary_and_block() {
        let text = "Critics say the regime slammed Kiev.";
        let (terms, n) = Lexicon::builtin().find_with_word_count(text);
        assert_eq!(n, 6);
        let s = LoadedSummary::new(&terms, n);
        assert_eq!(s.total, 4);
        assert_eq!(s.counts[&Category::Hedge], 1);
        assert_eq!(s.counts[&Category::ScareQuote], 0);
        assert!((s.density_per_100_words - 400.0 / 6.0).abs() < 1e-9);
        let v = block_values(&terms, n);
        let names = block_names();
        assert_eq!(v.len(), names.len());
        assert_eq!(names[0], "loaded:epithet");
        assert_eq!(names[7], "loaded:scare_quote");
        assert_eq!(names[8], "loaded:evaluative");
        assert!((v[0] - 1000.0 / 6.0).abs() < 1e-3);
        assert_eq!(block_values(&terms, 0), vec![0.0; 9]);
        let json = serde_json::to_string(&terms[0]).unwrap();
        assert!(json.contains("\"category\":\"hedge\""), "{json}");
    }

    #[test]
    fn seed_article_flags_the_expected_terms() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/seeds/000_61757e177a7e06d7.txt"
        );
        let Ok(text) = std::fs::read_to_string(path) else {
            eprintln!("skipping: {path} not found");
            return;
        };
        let got = found(&text);
        let want = [
            ("half-Fuhrer", "epithet", None),
            ("prolong the conflict", "conflict", None),
            ("escalation", "conflict", None),
            ("promote war", "conflict", None),
            ("reportedly", "hedge", None),
            ("reassurance", "scare_quote", None),
            ("Kiev", "naming", Some("Kyiv")),
        ];
        for (w, c, alt) in want {
            assert!(
                got.iter()
                    .any(|g| g.0 == w && g.1 == c && g.2.as_deref() == alt),
                "{w} ({c}) missing from {got:?}"
            );
        }
        let kiev = got.iter().filter(|g| g.0 == "Kiev").count();
        assert_eq!(kiev, 2);
        assert!(!got
            .iter()
            .any(|g| g.1 == "scare_quote" && g.0.contains("Fuhrer")));
    }
}
