//! The attribution finder: words, quotes and people, then who said what.
//!
//! Four passes over the text, each linear: (1) words with byte offsets, their
//! sentence and the quotation they sit in; (2) people mentioned by full name
//! (with the title in front of them) and later mentions of their surnames;
//! (3) candidate attributions: quotes with the tag beside them, reporting verbs
//! with their subjects, and hedges with no source; (4) resolution in text order,
//! where pronouns, surnames, "the spokesman" and speakerless quotes get their
//! speaker. Every walk is bounded by a small constant, so the whole is linear.

use super::lexicon::*;
use super::{Attribution, SourceKind};
use crate::features::fx::FxMap;
use crate::features::words::{WordAt, WordTable};
use crate::text::quotes::{find_quotes_into, QuoteSpan};
use crate::text::{split_sentences_into, Sentence};
use class::{ACCORDING, SPEECH};

/// Word classes that start an attribution or a hedge (see [`Doc::marked`]).
const MARKED: u32 = SPEECH | ACCORDING | class::HEDGE | class::BE;

/// Longest quoted or reported text kept in an attribution, in bytes.
const MAX_QUOTE_BYTES: usize = 600;
/// Longest reported clause kept for reported speech and hedged claims, in bytes.
const MAX_CLAUSE_BYTES: usize = 240;

/// One word of the text.
#[derive(Debug)]
pub(crate) struct Word {
    start: usize,
    end: usize,
    /// Id in the [`WordTable`] that read the text.
    id: u32,
    /// Word classes (see [`word_class`]).
    class: u32,
    cap: bool,
    /// True when the word is ASCII (see [`Doc::lower`]).
    ascii: bool,
    /// Index of the sentence the word is in.
    sent: u32,
    /// Index of the quotation the word sits in, if any.
    quote: Option<u32>,
}

/// Word classes the scanner tests on every word, worked out once per distinct word.
pub(crate) mod class {
    /// A finite reporting verb ("said").
    pub const SPEECH: u32 = 1;
    /// A form of "be".
    pub const BE: u32 = 1 << 1;
    /// A hedging adverb ("reportedly").
    pub const HEDGE: u32 = 1 << 2;
    /// Can be part of a person's name (capitalised, not a title, place, verb, ...).
    pub const NAME: u32 = 1 << 3;
    /// An initial or abbreviation whose period may sit inside a name ("Sen.").
    pub const TAKES_PERIOD: u32 = 1 << 4;
    /// "according" (of "according to").
    pub const ACCORDING: u32 = 1 << 5;
    /// A single letter (an initial, or "I").
    pub const ONE_LETTER: u32 = 1 << 6;
    /// May sit between "be" and a claim participle ("is widely believed", "was later said").
    pub const BETWEEN_BE_AND_CLAIM: u32 = 1 << 7;
    /// A participle of an agentless claim ("said", "alleged", "believed").
    pub const CLAIM_PARTICIPLE: u32 = 1 << 8;
}

/// The [`class`] bits of a word, from its surface form and its lowercase form.
pub(crate) fn word_class(surface: &str, lower: &str) -> u32 {
    let cap = surface.chars().next().is_some_and(char::is_uppercase);
    let mut bits = 0;
    if is_speech_verb(lower) {
        bits |= class::SPEECH;
    }
    if is_be(lower) {
        bits |= class::BE;
    }
    if is_hedge_adverb(lower) {
        bits |= class::HEDGE;
    }
    if lower == "according" {
        bits |= class::ACCORDING;
    }
    if lower.chars().count() == 1 {
        bits |= class::ONE_LETTER;
    }
    if is_skippable_between(lower) && !matches!(lower, "has" | "have" | "had") || lower == "widely"
    {
        bits |= class::BETWEEN_BE_AND_CLAIM;
    }
    if is_passive_claim_participle(lower) {
        bits |= class::CLAIM_PARTICIPLE;
    }
    let letters = surface.chars().count();
    let acronym = letters >= 2 && surface.chars().all(|c| !c.is_lowercase());
    if cap
        && surface.chars().next().is_some_and(char::is_alphabetic)
        && !acronym
        && !is_possessive(lower)
        && !is_title_word(lower)
        && !is_org_or_place_word(lower)
        && !is_demonym(lower)
        && !is_function_word(lower)
        && !is_calendar_word(lower)
        && !is_anonymous_noun(lower)
        && !is_document_noun(lower)
        && !is_speech_verb(lower)
        && !is_hedge_adverb(lower)
        && group_of(lower).is_none()
    {
        bits |= class::NAME;
    }
    if (lower.chars().count() == 1 && cap)
        || is_honorific(lower)
        || matches!(
            lower,
            "st" | "sen"
                | "rep"
                | "gov"
                | "gen"
                | "lt"
                | "col"
                | "capt"
                | "sgt"
                | "prof"
                | "rev"
                | "jr"
        )
    {
        bits |= class::TAKES_PERIOD;
    }
    bits
}

/// A person named in full somewhere in the text.
#[derive(Debug)]
struct Person {
    name: String,
    affiliation: Option<String>,
    first_pos: usize,
}

/// Where a person is mentioned (full name or surname alone).
#[derive(Debug, Clone, Copy)]
struct Mention {
    pos: usize,
    person: usize,
}

/// Who a phrase next to a reporting verb or quote refers to, before resolution.
#[derive(Debug, Clone)]
enum Subject {
    Person {
        name: String,
        title: Option<String>,
    },
    Surname {
        name: String,
        title: Option<String>,
    },
    Pronoun,
    They,
    Org {
        name: String,
    },
    Anonymous {
        cue: String,
    },
    RoleRef {
        role: String,
        text: String,
    },
    Document {
        name: String,
    },
    /// A verb coordinated with an earlier one ("... and suggested that").
    Inherit,
    /// The second half of a split quote (`“A,” he said, “B.”`).
    MergePrev,
    /// A quote with no tag beside it.
    Continue,
    /// A hedge or agentless passive ("reportedly", "it is believed").
    Unattributed {
        cue: String,
    },
}

/// A candidate attribution before its speaker is resolved.
#[derive(Debug)]
struct Raw {
    pos: usize,
    start: usize,
    end: usize,
    verb: String,
    quote: Option<String>,
    direct: bool,
    subject: Subject,
    appos: Option<String>,
    speech_like: bool,
    sent: usize,
}

/// What sits beside a quote or verb: the subject, its apposition and the span it covers.
struct Found {
    subject: Subject,
    appos: Option<String>,
    start: usize,
    end: usize,
}

/// Cuts `s` to at most `max` bytes on a char boundary, marking the cut with "…".
fn shorten(s: &str, max: usize) -> String {
    let s = s.trim();
    if s.len() <= max {
        return s.to_string();
    }
    let mut cut = max;
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}…", s[..cut].trim_end())
}

/// A title written before a name and an apposition after it, joined ("Senator, D-N.Y.").
fn join_affiliation(title: Option<String>, appos: Option<String>) -> Option<String> {
    match (title, appos) {
        (Some(t), Some(a)) => Some(format!("{t}, {a}")),
        (t, a) => t.or(a),
    }
}

fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'") || w.ends_with("s’")
}

fn is_honorific(w: &str) -> bool {
    matches!(w, "mr" | "mrs" | "ms" | "miss" | "dr" | "sir" | "dame")
}

/// The analysed text: words, sentences, quotes and the people in it.
pub(crate) struct Doc<'a> {
    text: &'a str,
    table: &'a WordTable,
    /// Keep the quoted and reported words of each attribution; without them only
    /// the figures of balance are right (the fast path for the model's features).
    texts: bool,
    words: Vec<Word>,
    /// The unquoted words the later passes start from, in text order: capitalised
    /// words (names), reporting verbs, hedges and forms of "be". Quoted words are
    /// never in it, so those passes need not test for quotes.
    marked: Vec<u32>,
    sents: Vec<Sentence>,
    pub(crate) quotes: Vec<QuoteSpan>,
    /// The text with its ASCII letters lowercased (see [`Doc::lower`]).
    lower_text: String,
    people: Vec<Person>,
    by_name: FxMap<String, usize>,
    by_surname: FxMap<String, Vec<usize>>,
    mentions: Vec<Mention>,
}

/// The lists a [`Doc`] fills for each article, kept for the next one so that
/// they are not allocated and regrown every time.
#[derive(Debug, Default)]
pub(crate) struct Room {
    words: Vec<Word>,
    marked: Vec<u32>,
    sents: Vec<Sentence>,
    quotes: Vec<QuoteSpan>,
    lower_text: String,
    people: Vec<Person>,
    by_name: FxMap<String, usize>,
    by_surname: FxMap<String, Vec<usize>>,
    mentions: Vec<Mention>,
}

impl<'a> Doc<'a> {
    /// Runs passes (1) and (2): words, sentences, quotes, people, over `text`
    /// as `table` has read it into `read`; `room` holds the lists of an earlier
    /// article, handed back by [`Doc::into_room`].
    pub(crate) fn new(
        text: &'a str,
        read: &[WordAt],
        table: &'a WordTable,
        texts: bool,
        room: Room,
    ) -> Self {
        let Room {
            mut words,
            mut marked,
            mut sents,
            mut quotes,
            mut lower_text,
            mut people,
            mut by_name,
            mut by_surname,
            mut mentions,
        } = room;
        people.clear();
        by_name.clear();
        by_surname.clear();
        mentions.clear();
        lower_text.clear();
        lower_text.push_str(text);
        lower_text.make_ascii_lowercase();
        split_sentences_into(text, &mut sents);
        find_quotes_into(text, &mut quotes);
        words.clear();
        words.reserve(read.len());
        marked.clear();
        let (mut si, mut qi) = (0usize, 0usize);
        for w in read {
            let start = w.start;
            while si + 1 < sents.len() && sents[si].end <= start {
                si += 1;
            }
            while qi < quotes.len() && quotes[qi].inner_end <= start {
                qi += 1;
            }
            let quote = (qi < quotes.len() && quotes[qi].inner_start <= start).then_some(qi as u32);
            if quote.is_none() && (w.facts.cap() || w.facts.class() & MARKED != 0) {
                marked.push(words.len() as u32);
            }
            words.push(Word {
                start,
                end: w.end,
                id: w.word,
                class: w.facts.class(),
                cap: w.facts.cap(),
                ascii: w.facts.ascii(),
                sent: si as u32,
                quote,
            });
        }
        let mut doc = Doc {
            text,
            table,
            texts,
            words,
            marked,
            sents,
            quotes,
            lower_text,
            people,
            by_name,
            by_surname,
            mentions,
        };
        doc.find_people();
        doc
    }

    /// The room of the lists, for the next article.
    pub(crate) fn into_room(self) -> Room {
        Room {
            words: self.words,
            marked: self.marked,
            sents: self.sents,
            quotes: self.quotes,
            lower_text: self.lower_text,
            people: self.people,
            by_name: self.by_name,
            by_surname: self.by_surname,
            mentions: self.mentions,
        }
    }

    /// Number of words, and how many of them sit inside quotation marks.
    pub(crate) fn word_counts(&self) -> (usize, usize) {
        let quoted = self.words.iter().filter(|w| w.quote.is_some()).count();
        (self.words.len(), quoted)
    }

    /// Word `i` lowercased, as the word table has it ("" past the last word): an
    /// ASCII word from the lowercased copy of the text (in cache, where the
    /// table's copy mostly is not).
    fn lower(&self, i: usize) -> &str {
        match self.words.get(i) {
            Some(w) if w.ascii => &self.lower_text[w.start..w.end],
            Some(w) => self.table.lower(w.id),
            None => "",
        }
    }

    /// True when word `i` has every class bit in `bits`.
    fn is(&self, i: usize, bits: u32) -> bool {
        self.words.get(i).is_some_and(|w| w.class & bits == bits)
    }

    fn gap(&self, i: usize) -> &'a str {
        let end = self.words[i].start;
        let start = if i == 0 { 0 } else { self.words[i - 1].end };
        &self.text[start..end]
    }

    /// True when word `i` ends with an initial or abbreviation whose period may sit inside a name.
    fn takes_period(&self, i: usize) -> bool {
        self.is(i, class::TAKES_PERIOD)
    }

    /// True when words `i` and `i + 1` belong to one phrase: same sentence, same
    /// quote status, and only spaces (or an abbreviation's period) between them.
    fn linked(&self, i: usize) -> bool {
        let j = i + 1;
        if j >= self.words.len() {
            return false;
        }
        let (a, b) = (&self.words[i], &self.words[j]);
        if a.sent != b.sent || a.quote != b.quote {
            return false;
        }
        let gap = self.gap(j);
        if gap == " " || gap.chars().all(char::is_whitespace) {
            return true;
        }
        gap == "."
            || (gap.starts_with('.')
                && gap[1..].chars().all(char::is_whitespace)
                && self.takes_period(i))
    }

    /// End of word `i`, including the period of an abbreviation ("Rep.", "U.S.").
    fn span_end(&self, i: usize) -> usize {
        let end = self.words[i].end;
        if self.takes_period(i) && self.text[end..].starts_with('.') {
            end + 1
        } else {
            end
        }
    }

    fn is_name_word(&self, i: usize) -> bool {
        self.is(i, class::NAME) && self.words[i].quote.is_none()
    }

    /// The first word of the name that ends at word `e`, if word `e` ends a name.
    fn name_start(&self, s: usize, e: usize) -> Option<usize> {
        if !self.is_name_word(e) || self.is(e, class::ONE_LETTER) {
            return None;
        }
        let mut n = e;
        while n > s && e - n < 3 && self.linked(n - 1) && self.is_name_word(n - 1) {
            n -= 1;
        }
        // A leading initial ("F. Kennedy") is kept, a dangling one is not a name.
        Some(n)
    }

    /// Text of words `s..=e`, with honorifics removed; `None` when nothing is left.
    fn title_text(&self, s: usize, e: usize) -> Option<String> {
        let mut s = s;
        while s <= e && (is_leading_filler(self.lower(s)) || is_honorific(self.lower(s))) {
            s += 1;
        }
        if s > e {
            return None;
        }
        let t = self.text[self.words[s].start..self.span_end(e)].trim();
        (!t.is_empty()).then(|| t.to_string())
    }

    /// Pass (2): people named in full, with their titles, and every later mention.
    fn find_people(&mut self) {
        let marked = std::mem::take(&mut self.marked);
        for &e in &marked {
            let e = e as usize;
            let w = &self.words[e];
            if !w.cap {
                continue;
            }
            if self.linked(e) && self.words[e + 1].cap && self.is_name_word(e + 1) {
                continue; // not the end of a capitalised run
            }
            let Some(ns) = self.name_start(0, e) else {
                continue;
            };
            let pos = self.words[ns].start;
            if ns < e {
                let end = self.words[e].end;
                let known = self.by_name.get(&self.text[pos..end]).copied();
                // A known person with a title keeps it: look for a title only when needed.
                let needs_title = known.is_none_or(|id| self.people[id].affiliation.is_none());
                let title = if needs_title {
                    self.title_before(ns)
                } else {
                    None
                };
                let id = match known {
                    Some(id) => {
                        if self.people[id].affiliation.is_none() {
                            self.people[id].affiliation = title;
                        }
                        id
                    }
                    None => {
                        let id = self.people.len();
                        let name = self.text[pos..end].to_string();
                        let surname = self.lower(e).to_string();
                        self.people.push(Person {
                            name: name.clone(),
                            affiliation: title,
                            first_pos: pos,
                        });
                        self.by_name.insert(name, id);
                        self.by_surname.entry(surname).or_default().push(id);
                        id
                    }
                };
                self.mentions.push(Mention { pos, person: id });
            } else if self.by_surname.is_empty() {
                continue; // no full name yet, so no surname to match
            } else if let Some(id) = self.person_by_surname(self.lower(e), pos) {
                self.mentions.push(Mention { pos, person: id });
            }
        }
        self.marked = marked;
    }

    /// The title written right before the name starting at word `ns`: capitalised or
    /// title words ("Kremlin spokesman Dmitry Peskov" → "Kremlin spokesman").
    fn title_before(&self, ns: usize) -> Option<String> {
        let mut ts = ns;
        while ts > 0
            && ns - ts < 6
            && self.linked(ts - 1)
            && (self.words[ts - 1].cap || is_title_word(self.lower(ts - 1)))
            && !is_function_word(self.lower(ts - 1))
        {
            ts -= 1;
        }
        if ts < ns {
            self.title_text(ts, ns - 1)
        } else {
            None
        }
    }

    /// The person named in full before `pos` whose surname is `surname` (lowercase).
    fn person_by_surname(&self, surname: &str, pos: usize) -> Option<usize> {
        let ids = self.by_surname.get(surname)?;
        ids.iter()
            .rev()
            .find(|&&id| self.people[id].first_pos < pos)
            .or_else(|| ids.first())
            .copied()
    }

    /// The person mentioned last before byte `pos`, with where.
    fn last_mention_at(&self, pos: usize) -> Option<(usize, usize)> {
        let k = self.mentions.partition_point(|m| m.pos < pos);
        k.checked_sub(1)
            .map(|k| (self.mentions[k].pos, self.mentions[k].person))
    }

    fn sentence_at(&self, pos: usize) -> usize {
        self.sents
            .partition_point(|s| s.end <= pos)
            .min(self.sents.len().saturating_sub(1))
    }

    fn paragraph_of(&self, sent: usize) -> usize {
        self.sents.get(sent).map_or(0, |s| s.paragraph)
    }

    /// What the words `s..=e` refer to as a speaker, if anything.
    fn classify(&self, s: usize, e: usize) -> Option<Subject> {
        let first_is_the = self.lower(s) == "the";
        let mut s = s;
        while s <= e && (is_leading_filler(self.lower(s)) || is_quantifier(self.lower(s))) {
            s += 1;
        }
        if s > e || is_possessive(self.lower(e)) {
            return None;
        }
        let raw = self.text[self.words[s].start..self.words[e].end].to_string();
        let raw_lower = crate::text::to_lowercase(&raw);
        if s == e {
            let l = self.lower(e);
            if is_person_pronoun(l) {
                return Some(Subject::Pronoun);
            }
            if l == "they" {
                return Some(Subject::They);
            }
        }
        if ANONYMITY_CUES.iter().any(|c| raw_lower.contains(c)) {
            return Some(Subject::Anonymous { cue: raw });
        }
        if let Some(n) = self.name_start(s, e) {
            let object = n > s && is_preposition(self.lower(n - 1));
            if !object {
                let title = if n > s {
                    self.title_text(s, n - 1)
                } else {
                    None
                };
                let name = self.text[self.words[n].start..self.words[e].end].to_string();
                if n < e {
                    return Some(Subject::Person { name, title });
                }
                let initial = n == 0 || self.words[n - 1].sent != self.words[n].sent;
                let known = self.by_surname.contains_key(self.lower(n));
                if !initial || known || n > s {
                    return Some(Subject::Surname { name, title });
                }
            }
        }
        let lowers = || (s..=e).map(|i| self.lower(i));
        let last = self.lower(e);
        let definite = first_is_the || (s..e).any(|i| self.words[i].cap);
        if is_role_noun(last) {
            return Some(if definite {
                Subject::RoleRef {
                    role: last.to_string(),
                    text: raw,
                }
            } else {
                Subject::Anonymous { cue: raw }
            });
        }
        if lowers().any(is_anonymous_noun) {
            return Some(Subject::Anonymous { cue: raw });
        }
        // An organisation: the trailing capitalised run, or an institution noun.
        let mut r = e;
        while r > s && self.linked(r - 1) && self.words[r - 1].cap {
            r -= 1;
        }
        let run = &self.text[self.words[r].start..self.words[e].end];
        let run_is_org = self.words[e].cap
            && ((r..=e).any(|i| is_org_or_place_word(self.lower(i)))
                || group_of(run).is_some()
                || (r..=e).any(|i| {
                    let t = &self.text[self.words[i].start..self.words[i].end];
                    t.chars().count() >= 2 && t.chars().all(|c| !c.is_lowercase())
                }));
        if run_is_org {
            let name = if self.takes_period(e) && self.text[self.words[e].end..].starts_with('.') {
                format!("{run}.")
            } else {
                run.to_string()
            };
            return Some(Subject::Org { name });
        }
        if is_institution_noun(last) {
            return Some(Subject::Org { name: raw });
        }
        if is_document_noun(last) {
            return Some(Subject::Document { name: raw });
        }
        None
    }

    /// Index of the word before `v`, skipping auxiliaries, adverbs and "on Tuesday".
    /// `None` when the verb is passive, negated or an infinitive.
    fn core_before(&self, v: usize) -> Option<usize> {
        let mut k = v.checked_sub(1)?;
        loop {
            if !self.linked(k) {
                return Some(k);
            }
            let l = self.lower(k);
            if is_be(l) || l == "to" || l == "not" || l == "never" || l.ends_with("n't") {
                return None;
            }
            if is_weekday(l) && k >= 1 && self.lower(k - 1) == "on" && self.linked(k - 1) {
                k = k.checked_sub(2)?;
                continue;
            }
            if is_skippable_between(l) || is_hedge_adverb(l) {
                k = k.checked_sub(1)?;
                continue;
            }
            return Some(k);
        }
    }

    /// The subject written before reporting verb `v`, with any apposition between them.
    fn subject_before(&self, v: usize) -> Option<Found> {
        let mut k = self.core_before(v)?;
        let mut appos = None;
        let mut anonymous = false;
        let w = &self.words;
        if !self.linked(k) {
            // "X, a spokesman for Y, said" / "X, who spoke on condition of anonymity, said".
            let next = k + 1;
            let gap = self.gap(next);
            if w[k].sent != w[next].sent
                || w[k].quote.is_some()
                || w[next].quote.is_some()
                || !gap.contains(',')
                || gap.contains(['"', '“', '”'])
            {
                return None;
            }
            let seg_end = k;
            let mut s = k;
            while s > 0 && self.linked(s - 1) && seg_end - s < 14 {
                s -= 1;
            }
            if s == 0 || w[s - 1].sent != w[s].sent || w[s - 1].quote.is_some() {
                return None;
            }
            let before = self.gap(s);
            if !before.contains(',') || before.contains(['"', '“', '”']) {
                return None;
            }
            let first = self.lower(s);
            let seg = &self.text[w[s].start..w[seg_end].end];
            if first == "who" || first == "whose" {
                let l = seg.to_lowercase();
                anonymous = ANONYMITY_CUES.iter().any(|c| l.contains(c));
            } else if matches!(first, "a" | "an" | "the") || is_title_word(first) || w[s].cap {
                appos = Some(seg.to_string());
            } else if !(is_preposition(first)
                || matches!(
                    first,
                    "speaking" | "however" | "meanwhile" | "too" | "also" | "though"
                ))
            {
                return None;
            }
            k = s - 1;
        }
        if is_clause_boundary(self.lower(k)) {
            return None;
        }
        if self.lower(k) == "who" && k > 0 && self.gap(k).trim() == "," {
            // "critics, who say ...": the speaker is the noun before the comma.
            let e = k - 1;
            let mut s = e;
            while s > 0 && e - s < 6 && self.linked(s - 1) && {
                let l = self.lower(s - 1);
                w[s - 1].cap
                    || is_title_word(l)
                    || is_anonymous_noun(l)
                    || is_quantifier(l)
                    || is_leading_filler(l)
                    || is_demonym(l)
            } {
                s -= 1;
            }
            let subject = self.classify(s, e)?;
            return Some(Found {
                subject,
                appos: None,
                start: w[s].start,
                end: w[v].end,
            });
        }
        let e = k;
        let mut s = k;
        while s > 0
            && self.linked(s - 1)
            && e - s < 9
            && !is_clause_boundary(self.lower(s - 1))
            && !is_be(self.lower(s - 1))
        {
            s -= 1;
        }
        let mut subject = self.classify(s, e)?;
        if anonymous {
            let cue = self.text[w[s].start..w[e].end].to_string();
            subject = Subject::Anonymous { cue };
        }
        Some(Found {
            subject,
            appos,
            start: w[s].start,
            end: w[v].end,
        })
    }

    /// The speaker written after position `j` ("said John Smith, a spokesman for X").
    /// With `strict`, the phrase must end at punctuation, as in "..., said Smith."
    /// With `claim_follows` (a sentence opening "According to X, ..."), words after
    /// the comma are the claim, not a title, unless another comma closes them.
    fn np_after(&self, j: usize, strict: bool, claim_follows: bool) -> Option<Found> {
        let w = &self.words;
        if j >= w.len() || w[j].quote.is_some() {
            return None;
        }
        let mut e = j;
        loop {
            let l = self.lower(e);
            let ok = w[e].cap
                || (e == j && (is_leading_filler(l) || is_quantifier(l)))
                || is_title_word(l)
                || is_anonymous_noun(l)
                || is_institution_noun(l)
                || is_document_noun(l)
                || (e == j && is_person_pronoun(l))
                || (l == "of" && e > j && self.linked(e) && w[e + 1].cap);
            if !ok {
                if e == j {
                    return None;
                }
                e -= 1;
                break;
            }
            if e - j >= 7 || !self.linked(e) {
                break;
            }
            e += 1;
        }
        let after_gap_has_punct = e + 1 >= w.len()
            || w[e + 1].sent != w[e].sent
            || self.gap(e + 1).contains(|c: char| !c.is_whitespace());
        if strict && !after_gap_has_punct {
            return None;
        }
        let mut subject = self.classify(j, e)?;
        if let Subject::Anonymous { cue } = &mut subject {
            // "people familiar with the talks", "sources close to the mayor".
            if self.linked(e)
                && matches!(
                    self.lower(e + 1),
                    "familiar"
                        | "close"
                        | "with"
                        | "briefed"
                        | "knowledgeable"
                        | "involved"
                        | "aware"
                )
            {
                while e - j < 10 && self.linked(e) {
                    e += 1;
                }
                *cue = self.text[w[j].start..w[e].end].to_string();
            }
        }
        let mut end = w[e].end;
        let mut appos = None;
        let m = e + 1;
        if m < w.len() && w[m].sent == w[e].sent && w[m].quote.is_none() {
            let gap = self.gap(m);
            if gap.trim() == "," {
                let first = self.lower(m);
                let starts = matches!(first, "a" | "an" | "the")
                    || is_title_word(first)
                    || (w[m].cap && !is_function_word(first));
                let mut f = m;
                while f - m < 14 && self.linked(f) {
                    f += 1;
                }
                let seg = &self.text[w[m].start..w[f].end];
                let closed =
                    f + 1 < w.len() && w[f + 1].sent == w[f].sent && self.gap(f + 1).trim() == ",";
                if starts && (closed || !claim_follows) {
                    appos = Some(seg.to_string());
                    end = w[f].end;
                } else if first == "who" {
                    let l = seg.to_lowercase();
                    if ANONYMITY_CUES.iter().any(|c| l.contains(c)) {
                        subject = Subject::Anonymous {
                            cue: self.text[w[j].start..w[f].end].to_string(),
                        };
                        end = w[f].end;
                    }
                }
            }
        }
        Some(Found {
            subject,
            appos,
            start: w[j].start,
            end,
        })
    }

    /// The tag right after quote `q` (`“...,” Peskov told reporters`), with its verb.
    fn post_tag(&self, q: &QuoteSpan) -> Option<(Found, usize)> {
        if !q.closed {
            return None;
        }
        let inner = self.text[q.inner_start..q.inner_end].trim_end();
        if inner.ends_with('.') {
            return None;
        }
        let w = &self.words;
        let j = w.partition_point(|x| x.start < q.close_end);
        if j >= w.len() || w[j].quote.is_some() {
            return None;
        }
        let gap = &self.text[q.close_end..w[j].start];
        if !gap
            .chars()
            .all(|c| c == ' ' || c == '\t' || c == ',' || c == '—' || c == '–' || c == '\u{a0}')
        {
            return None;
        }
        let l = self.lower(j);
        if is_speech_verb(l) {
            let found = self.np_after(j + 1, false, false)?;
            return Some((found, j));
        }
        if l == "according" && self.lower(j + 1) == "to" && self.linked(j) {
            let found = self.np_after(j + 2, false, false)?;
            return Some((found, j));
        }
        if l == "as" {
            for k in j + 2..(j + 6).min(w.len()) {
                if !self.linked(k - 1) {
                    break;
                }
                if matches!(
                    self.lower(k),
                    "put" | "puts" | "said" | "says" | "called" | "described"
                ) {
                    let subject = self.classify(j + 1, k - 1)?;
                    let end = if self.lower(k + 1) == "it" && self.linked(k) {
                        w[k + 1].end
                    } else {
                        w[k].end
                    };
                    let found = Found {
                        subject,
                        appos: None,
                        start: w[j].start,
                        end,
                    };
                    return Some((found, k));
                }
            }
            return None;
        }
        // "Peskov told reporters", "the official said", "Smith, a spokesman, said".
        let sent = w[j].sent;
        for k in j + 1..(j + 24).min(w.len()) {
            if w[k].sent != sent || w[k].quote.is_some() {
                break;
            }
            if self.is(k, class::SPEECH) {
                let mut found = self.subject_before(k)?;
                if found.start != w[j].start {
                    return None;
                }
                let mut f = k;
                while f - k < 3
                    && self.linked(f)
                    && !is_clause_boundary(self.lower(f + 1))
                    && !is_preposition(self.lower(f + 1))
                {
                    f += 1;
                    found.end = w[f].end;
                }
                return Some((found, k));
            }
        }
        None
    }

    /// The tag right before quote `q` (`John Smith said: “...”`), with its verb.
    fn pre_tag(&self, q: &QuoteSpan, consumed: &[bool]) -> Option<(Found, usize)> {
        let w = &self.words;
        let i = w.partition_point(|x| x.start < q.open).checked_sub(1)?;
        if w[i].quote.is_some() || w[i].sent as usize != self.sentence_at(q.open) {
            return None;
        }
        let gap = &self.text[w[i].end..q.open];
        if !gap
            .chars()
            .all(|c| c.is_whitespace() || c == ':' || c == ',' || c == '—' || c == '–')
            || gap.contains('\n')
        {
            return None;
        }
        let mut k = i;
        for _ in 0..5 {
            let l = self.lower(k);
            if l == "according" && self.lower(k + 1) == "to" {
                let found = self.np_after(k + 2, false, false)?;
                return Some((found, k));
            }
            if is_speech_verb(l) || is_naming_verb(l) {
                if consumed[k] {
                    let found = Found {
                        subject: Subject::MergePrev,
                        appos: None,
                        start: q.open,
                        end: q.close_end,
                    };
                    return Some((found, k));
                }
                let found = self.subject_before(k).or_else(|| {
                    if k < i {
                        self.np_after(k + 1, false, false)
                    } else {
                        None
                    }
                })?;
                return Some((found, k));
            }
            if k == 0 || !self.linked(k - 1) {
                break;
            }
            k -= 1;
        }
        None
    }

    /// The words a reported-speech verb at `v` reports, for the `quote` field.
    fn reported_clause(&self, v: usize, subject_start: usize) -> String {
        let w = &self.words;
        let sent = &self.sents[(w[v].sent as usize).min(self.sents.len() - 1)];
        let mut k = v + 1;
        // Skip the listener after "told" and a leading "that".
        if matches!(self.lower(v), "told" | "tells") {
            while k < w.len() && k - v < 4 && self.linked(k - 1) && self.lower(k) != "that" {
                k += 1;
            }
        }
        // Skip "however," and a leading "that".
        while k < w.len()
            && k - v < 4
            && matches!(
                self.lower(k),
                "however" | "though" | "meanwhile" | "also" | "that"
            )
        {
            k += 1;
        }
        let after = if k < w.len() && w[k].sent == w[v].sent && w[k].start < sent.end {
            &self.text[w[k].start..sent.end]
        } else {
            ""
        };
        let short_after = after.split_whitespace().nth(3).is_none();
        let before = self.text[sent.start..subject_start.max(sent.start)]
            .trim_end()
            .trim_end_matches([',', ' ']);
        let clause = if short_after && before.split_whitespace().nth(2).is_some() {
            before
        } else {
            after.trim_end_matches(['.', ' '])
        };
        shorten(clause, MAX_CLAUSE_BYTES)
    }

    /// Pass (3): candidate attributions from quotes, reporting verbs and hedges.
    /// True when sentence `s` is a headline: three or more words, every word of
    /// four or more letters capitalised (Title Case), and no full stop, question or
    /// exclamation mark at the end. Its speech verbs ("Ministry Says ...") are not
    /// attributions. Read only for sentences holding a speech verb.
    fn is_headline(&self, s: usize) -> bool {
        let Some(sent) = self.sents.get(s) else {
            return false;
        };
        if sent.text(self.text).trim_end().ends_with(['.', '!', '?']) {
            return false;
        }
        // Words are in text order, so a sentence's words are one run.
        let first = self.words.partition_point(|w| (w.sent as usize) < s);
        let mut n = 0;
        for w in self.words[first..]
            .iter()
            .take_while(|w| w.sent as usize == s)
        {
            if !w.cap && self.text[w.start..w.end].chars().nth(3).is_some() {
                return false;
            }
            n += 1;
        }
        n >= 3
    }

    fn candidates(&self) -> Vec<Raw> {
        let w = &self.words;
        let mut consumed = vec![false; w.len()];
        let mut raws = Vec::new();
        for q in &self.quotes {
            let inner = self.text[q.inner_start..q.inner_end].trim();
            if inner.is_empty() {
                continue;
            }
            // Whether it has 2 or 8 words is all that matters: stop counting at 8.
            let n_words = inner.split_whitespace().take(8).count();
            let speech_like =
                n_words >= 8 || (inner.starts_with(char::is_uppercase) && n_words >= 2);
            let sent = self.sentence_at(q.open);
            let tag = self.post_tag(q).or_else(|| self.pre_tag(q, &consumed));
            let (subject, appos, start, end, verb) = match tag {
                Some((f, v)) => {
                    consumed[v] = true;
                    let verb = if self.lower(v) == "according" {
                        "according to".to_string()
                    } else {
                        self.lower(v).to_string()
                    };
                    (
                        f.subject,
                        f.appos,
                        f.start.min(q.open),
                        f.end.max(q.close_end),
                        verb,
                    )
                }
                None => (Subject::Continue, None, q.open, q.close_end, String::new()),
            };
            raws.push(Raw {
                pos: q.open,
                start,
                end,
                verb,
                quote: self.texts.then(|| shorten(inner, MAX_QUOTE_BYTES)),
                direct: true,
                subject,
                appos,
                speech_like,
                sent,
            });
        }
        for &v in &self.marked {
            let v = v as usize;
            if consumed[v] || w[v].class & (SPEECH | ACCORDING) == 0 {
                continue;
            }
            if self.is_headline(w[v].sent as usize) {
                continue; // "Ministry Says Aid Will Prolong the Conflict" reports no one
            }
            let l = self.lower(v);
            let according = l == "according" && self.lower(v + 1) == "to" && self.linked(v);
            if !according && !self.is(v, class::SPEECH) {
                continue;
            }
            let found = if according {
                let opens = v == 0 || w[v - 1].sent != w[v].sent;
                self.np_after(v + 2, false, opens)
            } else {
                self.subject_before(v)
                    .or_else(|| {
                        let gap = if v > 0 { self.gap(v) } else { "" };
                        if gap.contains(',') {
                            self.np_after(v + 1, true, false)
                        } else {
                            None
                        }
                    })
                    .or_else(|| {
                        let k = self.core_before(v)?;
                        (self.linked(k) && self.lower(k) == "and").then(|| Found {
                            subject: Subject::Inherit,
                            appos: None,
                            start: w[k].start,
                            end: w[v].end,
                        })
                    })
            };
            let Some(found) = found else { continue };
            let sent = w[v].sent as usize;
            let sentence = self.sents.get(sent).copied();
            let clause = if !self.texts {
                String::new()
            } else if according {
                let sent_end = sentence.map_or(found.end, |s| s.end);
                let rest = if found.end < sent_end {
                    self.text[found.end..sent_end].trim_start_matches([',', ' '])
                } else {
                    ""
                };
                if rest.split_whitespace().nth(2).is_some() {
                    shorten(rest.trim_end_matches(['.', ' ']), MAX_CLAUSE_BYTES)
                } else {
                    let s0 = sentence.map_or(0, |s| s.start);
                    shorten(
                        self.text[s0..w[v].start.max(s0)].trim_end_matches([',', ' ']),
                        MAX_CLAUSE_BYTES,
                    )
                }
            } else {
                self.reported_clause(v, found.start)
            };
            let (start, end) = match sentence {
                Some(s) if according => (s.start, s.end.max(found.end)),
                Some(s) => (
                    found.start.min(w[v].start).max(s.start),
                    s.end.max(found.end),
                ),
                None => (found.start, found.end),
            };
            raws.push(Raw {
                pos: w[v].start,
                start: start.min(found.start),
                end,
                verb: if according {
                    "according to".to_string()
                } else {
                    l.to_string()
                },
                quote: (!clause.is_empty()).then_some(clause),
                direct: false,
                subject: found.subject,
                appos: found.appos,
                speech_like: false,
                sent,
            });
        }
        self.hedges(&mut raws);
        raws.sort_by_key(|r| r.pos);
        raws
    }

    /// Hedges and agentless passives: "reportedly", "it is believed", "was alleged".
    fn hedges(&self, raws: &mut Vec<Raw>) {
        let w = &self.words;
        let mut last_cue_end: Option<usize> = None;
        for &i in &self.marked {
            let i = i as usize;
            if last_cue_end.is_some_and(|e| i <= e + 2) {
                continue;
            }
            let (cs, ce) = if self.is(i, class::HEDGE) {
                (i, i)
            } else if self.is(i, class::BE) {
                let mut k = i + 1;
                while k < w.len()
                    && k - i <= 3
                    && self.linked(k - 1)
                    && self.is(k, class::BETWEEN_BE_AND_CLAIM)
                {
                    k += 1;
                }
                if k >= w.len() || !self.linked(k - 1) || !self.is(k, class::CLAIM_PARTICIPLE) {
                    continue;
                }
                let mut by = false;
                let mut f = k;
                while f - k < 4 && self.linked(f) {
                    f += 1;
                    if self.lower(f) == "by" {
                        by = true;
                    }
                }
                if by {
                    continue;
                }
                let cs = if i > 0 && self.lower(i - 1) == "it" && self.linked(i - 1) {
                    i - 1
                } else {
                    i
                };
                (cs, k)
            } else {
                continue;
            };
            last_cue_end = Some(ce);
            let cue = self.text[w[cs].start..w[ce].end].to_string();
            let sent = w[i].sent as usize;
            let (start, end, claim) = match self.sents.get(sent) {
                Some(s) => (s.start, s.end, shorten(s.text(self.text), MAX_CLAUSE_BYTES)),
                None => (w[cs].start, w[ce].end, cue.clone()),
            };
            let claim = self.texts.then_some(claim);
            raws.push(Raw {
                pos: w[cs].start,
                start,
                end,
                verb: cue.to_lowercase(),
                quote: claim,
                direct: false,
                subject: Subject::Unattributed { cue },
                appos: None,
                speech_like: false,
                sent,
            });
        }
    }

    /// Pass (4): resolves every candidate to an attribution, in text order.
    pub(crate) fn attributions(&mut self) -> Vec<Attribution> {
        let raws = self.candidates();
        let mut out: Vec<Attribution> = Vec::with_capacity(raws.len());
        let mut sents: Vec<usize> = Vec::with_capacity(raws.len());
        // The last person (not organisation) who spoke: (position, name, affiliation).
        let mut last_person: Option<(usize, String, Option<String>)> = None;
        for raw in raws {
            let is_person = matches!(
                raw.subject,
                Subject::Person { .. } | Subject::Surname { .. } | Subject::Pronoun
            );
            let named = |speaker: String, affiliation: Option<String>| {
                (Some(speaker), affiliation, SourceKind::Named, None)
            };
            let person = |doc: &Doc, id: usize, title: Option<String>| {
                let p: &Person = &doc.people[id];
                named(p.name.clone(), title.or_else(|| p.affiliation.clone()))
            };
            let same_sentence_prev = out
                .iter()
                .zip(&sents)
                .rev()
                .take_while(|(_, &s)| s == raw.sent)
                .map(|(a, _)| a)
                .next()
                .cloned();
            let resolved = match raw.subject {
                Subject::Person { name, title } => {
                    let title = join_affiliation(title, raw.appos.clone());
                    match self.by_name.get(&name).copied() {
                        Some(id) => {
                            if raw.appos.is_some() || self.people[id].affiliation.is_none() {
                                self.people[id].affiliation = title.clone();
                            }
                            Some(person(self, id, title))
                        }
                        None => Some(named(name, title)),
                    }
                }
                Subject::Surname { name, title } => {
                    let title = join_affiliation(title, raw.appos.clone());
                    match self.person_by_surname(&name.to_lowercase(), raw.pos) {
                        Some(id) => Some(person(self, id, title)),
                        None => Some(named(name, title)),
                    }
                }
                Subject::Pronoun => {
                    let from_sentence = same_sentence_prev
                        .as_ref()
                        .filter(|a| a.kind == SourceKind::Named && a.speaker.is_some())
                        .map(|a| {
                            named(a.speaker.clone().unwrap_or_default(), a.affiliation.clone())
                        });
                    from_sentence.or_else(|| {
                        let mention = self.last_mention_at(raw.pos);
                        match (mention, &last_person) {
                            (Some((mpos, _)), Some((ppos, sp, af))) if *ppos > mpos => {
                                Some(named(sp.clone(), af.clone()))
                            }
                            (Some((_, id)), _) => Some(person(self, id, None)),
                            (None, Some((_, sp, af))) => Some(named(sp.clone(), af.clone())),
                            (None, None) => None,
                        }
                    })
                }
                Subject::They => out
                    .last()
                    .filter(|a| a.kind == SourceKind::Anonymous)
                    .map(|a| {
                        (
                            None,
                            a.affiliation.clone(),
                            SourceKind::Anonymous,
                            a.cue.clone(),
                        )
                    }),
                Subject::Org { name } => Some(named(name.clone(), Some(name))),
                Subject::Anonymous { cue } => {
                    Some((None, raw.appos.clone(), SourceKind::Anonymous, Some(cue)))
                }
                Subject::RoleRef { role, text } => {
                    let k = self.mentions.partition_point(|m| m.pos < raw.pos);
                    let found = self.mentions[..k].iter().rev().take(64).find(|m| {
                        self.people[m.person]
                            .affiliation
                            .as_ref()
                            .is_some_and(|a| a.to_lowercase().contains(&role))
                    });
                    match found {
                        Some(m) => Some(person(self, m.person, None)),
                        None => Some((None, None, SourceKind::Anonymous, Some(text))),
                    }
                }
                Subject::Document { name } => Some(named(name, None)),
                Subject::Unattributed { cue } => {
                    Some((None, None, SourceKind::Unattributed, Some(cue)))
                }
                Subject::Inherit => same_sentence_prev.as_ref().map(|a| {
                    (
                        a.speaker.clone(),
                        a.affiliation.clone(),
                        a.kind,
                        a.cue.clone(),
                    )
                }),
                Subject::MergePrev | Subject::Continue => {
                    let merge = matches!(raw.subject, Subject::MergePrev);
                    if let Some(prev) = out.last_mut().filter(|a| merge && a.direct) {
                        if self.texts {
                            let q = prev.quote.take().unwrap_or_default();
                            let add = raw.quote.clone().unwrap_or_default();
                            prev.quote = Some(shorten(&format!("{q} … {add}"), MAX_QUOTE_BYTES));
                        }
                        prev.end = prev.end.max(raw.end);
                        continue;
                    }
                    // A partial quote inside a sentence that already reports someone.
                    let last_sent = sents.last().copied();
                    if let Some(prev) = out
                        .last_mut()
                        .filter(|a| !a.direct && last_sent == Some(raw.sent) && a.start <= raw.pos)
                    {
                        prev.direct = true;
                        prev.quote = raw.quote.clone();
                        prev.end = prev.end.max(raw.end);
                        continue;
                    }
                    if !raw.speech_like {
                        continue;
                    }
                    let para = self.paragraph_of(raw.sent);
                    let runs_on = out.last().zip(last_sent).filter(|(a, s)| {
                        let gap = raw.sent.saturating_sub(*s);
                        a.kind != SourceKind::Unattributed
                            && para.saturating_sub(self.paragraph_of(*s)) <= 1
                            && (gap <= 1 || (a.direct && gap <= 2))
                    });
                    match runs_on {
                        Some((a, _)) => {
                            let verb = a.verb.clone();
                            out.push(Attribution {
                                verb,
                                quote: raw.quote,
                                direct: true,
                                start: raw.start,
                                end: raw.end,
                                ..a.clone()
                            });
                            sents.push(raw.sent);
                            continue;
                        }
                        None => Some((
                            None,
                            None,
                            SourceKind::Unattributed,
                            Some("quote with no speaker".to_string()),
                        )),
                    }
                }
            };
            let Some((speaker, affiliation, kind, cue)) = resolved else {
                continue;
            };
            if is_person {
                if let Some(sp) = &speaker {
                    last_person = Some((raw.pos, sp.clone(), affiliation.clone()));
                }
            }
            let verb = if raw.verb.is_empty() {
                "quoted".to_string()
            } else {
                raw.verb
            };
            out.push(Attribution {
                speaker,
                affiliation,
                verb,
                quote: raw.quote,
                direct: raw.direct,
                start: raw.start,
                end: raw.end,
                anonymous: kind != SourceKind::Named,
                kind,
                cue,
                group: None,
            });
            sents.push(raw.sent);
        }
        // A hedge in a sentence that names its source is attributed after all.
        let sourced: std::collections::HashSet<usize> = out
            .iter()
            .zip(&sents)
            .filter(|(a, _)| a.kind != SourceKind::Unattributed)
            .map(|(_, &s)| s)
            .collect();
        out.into_iter()
            .zip(sents)
            .filter(|(a, s)| a.direct || a.kind != SourceKind::Unattributed || !sourced.contains(s))
            .map(|(a, _)| a)
            .collect()
    }
}
