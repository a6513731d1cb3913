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

use super::block::Detail;
use super::english::pos::pos_of;
use super::english::word_lists::{condition_words, read_word_list, WordLists, LEXICON_TEXT};
use super::english::{
    before_head, is_aside_between, is_be, is_be_contraction, is_belief_form, is_belief_verb,
    is_channel_noun, is_circumstance_preposition, is_clause_participle, is_content_noun,
    is_demonym, is_finite_auxiliary, is_function_word, is_lesson_noun, is_modal, is_noun_after,
    is_noun_marker, is_number_word, is_person_noun, is_plural_noun_form, is_possessive,
    is_s_contraction, is_skippable_between, is_speech_participle, is_speech_verb,
    is_subject_pronoun, is_subordinator, is_time_modifier, is_time_noun, is_time_unit, light_verb,
    opens_finite_clause, reports_bare_clause, reports_clause_only,
};
use super::fx::FxMap;
use crate::document::words::{Facts, WordAt};
use crate::text::quotes::QuoteSpan;
use crate::text::{for_each_token, lower_word, normalize_word, Stemmer};
use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

const BUILTIN: &str = LEXICON_TEXT;
const BUILTIN_NAME: &str = "data/lexicon.txt";

/// How many words (tokens) a quotation may hold and still be a scare quote.
const SCARE_MAX_WORDS: usize = 3;
/// How many words before a quotation are searched for a speech verb, within its
/// sentence (partial quotes often sit clauses after their verb: "Cornyn said in an
/// interview on Sunday that he was “confident”").
const ATTRIBUTION_BEFORE: usize = 40;
/// How many words after a quotation are searched for a speech verb, within its sentence.
const ATTRIBUTION_AFTER: usize = 25;

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
    /// Hedges and vague attribution ("reportedly", "some say").
    Hedge,
    /// Verbs that present a claim as true or false ("admitted", "debunked").
    Presupposing,
    /// Conflict and threat framing ("escalation", "prolong the conflict").
    Conflict,
    /// A name that signals a side, reported with the other side's name ("Kiev" / "Kyiv").
    Naming,
    /// A word or short phrase in quotation marks that nobody is quoted as saying.
    ScareQuote,
    /// Praise in the writer's voice ("heroic", "visionary", "world-class").
    Praise,
    /// Labels pinned on people or groups by ideology ("far-left", "woke", "Trumpism").
    IdeologicalLabel,
    /// A word no lexicon entry covers that the word model finds loaded ("bizarre").
    Evaluative,
}

impl Category {
    /// Every category, in the order of the feature block.
    pub const ALL: [Category; 11] = [
        Category::Epithet,
        Category::Intensifier,
        Category::ChargedVerb,
        Category::Hedge,
        Category::Presupposing,
        Category::Conflict,
        Category::Naming,
        Category::ScareQuote,
        Category::Praise,
        Category::IdeologicalLabel,
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
            Category::Praise => "praise",
            Category::IdeologicalLabel => "ideological_label",
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
            Category::Praise => "praise",
            Category::IdeologicalLabel => "ideological labels",
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

/// Whose words a loaded term is: the outlet's own, or a speaker's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Voice {
    /// The outlet chose the words: everything outside direct quotations, and scare quotes.
    Outlet,
    /// The words sit inside a direct quotation, or report a source's judgement
    /// ("critics called it disgusting"): the speaker chose them.
    Quoted,
}

impl Voice {
    /// The stable id used in JSON ("outlet", "quoted").
    pub fn id(self) -> &'static str {
        match self {
            Voice::Outlet => "outlet",
            Voice::Quoted => "quoted",
        }
    }
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
    /// For naming choices: the pair's other name, which the article did not use.
    pub alternative: Option<String>,
    /// Outlet's words, or inside a direct quotation.
    pub voice: Voice,
    /// The word model's probability that the term is loaded (see
    /// [`loaded_model`](super::loaded_model)); `None` from the lexicon alone.
    pub confidence: Option<f32>,
    /// The lexicon entry that matched (none for scare quotes and the word model's
    /// own flags): a feature of the word model, not reported.
    #[serde(skip)]
    pub entry: Option<EntryMatch>,
}

/// Which lexicon entry a term matched, and whether its words are the entry's form
/// as written rather than another form of the same stems ("claims" for "claim").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntryMatch {
    /// Index of the entry in its lexicon.
    pub index: u32,
    /// The words, prepared, equal the entry's prepared words.
    pub exact: bool,
    /// The entry asks for words around the match (`next=of`, `obj=…`), and they are
    /// there: the match is a phrase in all but its span ("tsunami" of "a tsunami of").
    pub in_context: bool,
}

/// One use of a name from a naming pair, marked or standard: which of the two
/// names the article chose (what `compare` sets side by side).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamingUse {
    /// The words as written in the article.
    pub text: String,
    /// Byte offset of the first byte in the article.
    pub start: usize,
    /// Byte offset one past the last byte in the article.
    pub end: usize,
    /// The name as the lexicon lists it ("Kiev" for "kiev").
    pub name: String,
    /// The pair's other name.
    pub alternative: String,
    /// True for a marked form (also reported as a loaded term), false for a standard one.
    pub marked: bool,
}

/// What [`Lexicon::find_all`] finds in a text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Found {
    /// Loaded terms and scare quotes, sorted by start, non-overlapping.
    pub terms: Vec<LoadedTerm>,
    /// Every use of a naming-pair name, marked or standard, in text order
    /// (left empty when the terms carry no words).
    pub naming: Vec<NamingUse>,
    /// Words (tokens) in the text.
    pub words: usize,
    /// Byte spans where a marked entry's own words stand (as written, not another
    /// form of its stems) but the lexicon declined them: a context condition failed
    /// ("an overwhelming majority") or the words are part of a name. The word model
    /// flags no word of them on its own unless it is confident (`DECLINED_ALONE`).
    pub declined: Vec<(usize, usize)>,
}

/// One lexicon entry: the phrase as written and what a match means.
#[derive(Debug, Clone)]
struct Entry {
    category: Category,
    /// The entry as written (a naming pair's name).
    form: Box<str>,
    alternative: Option<String>,
    /// False for the standard side of a naming pair: a choice, not a loaded term.
    marked: bool,
    /// Words the match must, or must not, have around it.
    context: Option<Box<Context>>,
    /// The entry's words prepared and joined by spaces (what an exact match reads).
    prepared: Box<str>,
}

/// Conditions on the words around a match: at least one of `any` holds (when
/// any are given) and none of `none` does.
#[derive(Debug, Clone, Default)]
struct Context {
    any: Vec<Test>,
    none: Vec<Test>,
}

/// One condition of a [`Context`], written after `;` in the lexicon.
#[derive(Debug, Clone)]
enum Test {
    /// `after-name`: the word before is capitalised and does not start its sentence ("Assad
    /// regime"), or is a nationality word in any case ("Iraqi regime" opening a sentence).
    AfterName,
    /// `of-name`: "of" and a capitalised word follow ("regime of Bashar al-Assad").
    OfName,
    /// `next-name`: the word after is capitalised ("Amnesty International").
    NextName,
    /// `figure`: a number follows within the clause, past at most two [`FIGURE_LEADS`]
    /// ("plunged 12 percent", "soared to $40", "fell by nearly 3%").
    Figure,
    /// `aside`: a comma or a closing parenthesis follows the match, as after a comment
    /// adverb set off from its sentence ("Naturally, the party objected", "(naturally)").
    Aside,
    /// `quoted-term`: quotation marks open right after the match on a term of art: several
    /// words, or a capitalised or hyphenated one ("the so-called “gun show loophole”",
    /// "so-called “Dreamers”"), not one plain word ("the so-called “experts”").
    QuotedTerm,
    /// `compound`: a compound term of two or more plain words follows, the first not a
    /// plural and the second neither a function word, an auxiliary, a verb in -ed nor a name,
    /// within the clause, the match not opening its sentence ("the
    /// so-called fiscal cliff", "so-called sanctuary cities", "so-called “homebrew” server"):
    /// the shape of a term of art that wire style introduces, not of one word the writer
    /// doubts ("so-called experts say", "his so-called genius.", "the so-called crackdown
    /// amounted to little") nor an opinion's opening ("So-called green energy is a fraud").
    Compound,
    /// `prev=a/b`: the word before is one of these (lowercase).
    Prev(Vec<Box<str>>),
    /// `next=a/b`: the word after is one of these (lowercase).
    Next(Vec<Box<str>>),
    /// `head=a/b`: the word after, or the head of the noun phrase it opens (see
    /// [`before_head`]), is one of these: "conceded the race", "admitted 40 patients".
    Head(Vec<Box<str>>),
    /// `obj=a/b`: one of the next [`ARG_WINDOW`] words of the clause, not capitalised,
    /// is one of these (or its plural in -s): "slammed the door", "torched two police cars".
    Obj(Vec<Box<str>>),
    /// `subj=a/b`: one of the [`ARG_WINDOW`] words of the clause before the match,
    /// lowercase, "I" or opening the sentence, is one of these (or its plural in -s):
    /// "fire gutted", "rain flooded", "I have to admit".
    Subj(Vec<Box<str>>),
    /// `sent=a/b`: some other word of the match's sentence is one of these (lowercase):
    /// "Cohen, who pleaded guilty last year, admitted he lied" reads "pleaded" across the
    /// commas that `subj=` stops at.
    Sent(Vec<Box<str>>),
}

/// Words between a verb of movement and the figure it reaches ("rose to about 40",
/// "soared above $100,000").
const FIGURE_LEADS: &[&str] = &[
    "to", "by", "about", "nearly", "almost", "roughly", "some", "more", "than", "over", "another",
    "above", "below", "under", "past", "beyond",
];

/// How many words after (before) a match `obj=` and `head=` (`subj=`) read: a verb's
/// object or subject head behind a determiner, a number and an adjective or two.
const ARG_WINDOW: usize = 5;

/// True when token `k` opens a new clause ([`is_subordinator`]): a verb's object lies
/// before it, so `obj=` stops there ("slammed the ruling as gun owners celebrated" has no
/// object "gun"); not the "as" of a comparison ("torched as many as 40 cars").
fn opens_clause_at(text: &str, tokens: &[WordAt], k: usize) -> bool {
    let lower = |k: usize| crate::text::to_lowercase(&text[tokens[k].start..tokens[k].end]);
    let w = lower(k);
    let comparison = w == "as"
        && ((k + 2 < tokens.len() && lower(k + 2) == "as") || (k >= 2 && lower(k - 2) == "as"));
    is_subordinator(&w) && !comparison
}

/// How many words after a head noun [`heads_reported_clause`] reads for its verb.
const REPORTED_VERB_WINDOW: usize = 8;

/// True when the head noun at token `k`, after the verb of saying at token `verb`, is
/// the subject of a reported clause rather than the verb's object: a finite auxiliary
/// follows it within the clause ("conceded the race was over", "claimed the attack on
/// the U.S. compound in Benghazi was spontaneous"), a verb of how an event came about
/// ([`is_event_past`]: "claimed the attack sprung out of a protest"), or a verb in -ed
/// right after a name of its phrase ("claimed the attack on the U.S. compound in
/// Benghazi resulted from protests"), before a word that opens a clause of its own
/// ("claimed the attack in a statement that was posted"), a coordinator ("has not
/// claimed responsibility for but are believed to") or an infinitive. A participle after
/// a common noun is that noun's ("claimed the attack in a statement released on
/// Sunday").
fn heads_reported_clause(text: &str, tokens: &[WordAt], verb: usize, k: usize) -> bool {
    let lower = |j: usize| crate::text::to_lowercase(&text[tokens[j].start..tokens[j].end]);
    // A function word in the list is no noun ("claimed by proponents of the tax").
    if is_function_word(&lower(k)) {
        return false;
    }
    // In a relative clause the verb after the object is the outer clause's ("an outbreak
    // that claimed the lives of four workers was set to ..."): only an auxiliary right
    // after the head counts.
    let relative = verb > 0 && matches!(&*lower(verb - 1), "that" | "which" | "who");
    if relative {
        return k + 1 < tokens.len()
            && !ends_clause_between(text, tokens, k, k + 1)
            && is_finite_auxiliary(&lower(k + 1));
    }
    let mut j = k + 1;
    // The period of an abbreviation ends no clause ("the U.S. compound").
    while j < tokens.len()
        && j <= k + REPORTED_VERB_WINDOW
        && !ends_clause_between(text, tokens, j - 1, j)
    {
        let w = lower(j);
        // A pronoun before the auxiliary is a clause of its own ("claimed the attack in
        // a statement it had posted").
        if is_finite_auxiliary(&w) {
            return !is_subject_pronoun(&lower(j - 1));
        }
        if is_subordinator(&w)
            || matches!(
                &*w,
                "that" | "which" | "who" | "whom" | "to" | "and" | "but" | "or" | "nor"
            )
        {
            return false;
        }
        let after_name = j > k + 1 && tokens[j - 1].facts.cap();
        if !tokens[j].facts.cap() && (is_event_past(&w) || (after_name && w.ends_with("ed"))) {
            return true;
        }
        j += 1;
    }
    false
}

/// Verbs in the simple past that say how an event came about, the verb of a reported
/// clause after its subject ("claimed the attack grew out of a protest", "claimed the
/// attack resulted from a video"), not a participle that modifies a noun ("patients
/// infected with").
fn is_event_past(w: &str) -> bool {
    matches!(
        w,
        "grew"
            | "sprang"
            | "sprung"
            | "arose"
            | "began"
            | "came"
            | "resulted"
            | "stemmed"
            | "happened"
            | "occurred"
            | "started"
            | "erupted"
            | "followed"
    )
}

/// How many words after an adjective [`names_person`] reads.
const PERSON_WINDOW: usize = 5;

/// True when the words after an adjective (lowercase, and whether each is capitalised,
/// in order, at most [`PERSON_WINDOW`] read) name a person, so that praise or blame in
/// the adjective is said of one: a noun for a person ([`is_person_noun`]) right after it,
/// or past at most two capitalised or nationality words (two joined by "and" or "or")
/// and at most one lowercase modifier: "a famous Pakistani ghazal singer", "the famous Daily
/// Mirror photographer", "a successful French and Belgian singer", "a successful child
/// star", "a successful fashion model"; not "a successful test", "a good restaurant".
pub(crate) fn names_person<'a>(after: impl IntoIterator<Item = (&'a str, bool)>) -> bool {
    let mut after = after.into_iter().take(PERSON_WINDOW).peekable();
    let (mut names, mut modifier) = (0, false);
    while let Some((w, cap)) = after.next() {
        if is_person_noun(w) {
            return true;
        }
        let name = cap || is_demonym(w);
        if name && names < 2 && !modifier {
            names += 1;
        } else if names > 0
            && !modifier
            && matches!(w, "and" | "or")
            && after.peek().is_some_and(|&(x, c)| c || is_demonym(x))
        {
            names = 1;
        } else if !modifier && !cap && matches!(pos_of(w), "other" | "noun" | "adj") && w.len() > 2
        {
            modifier = true;
        } else {
            return false;
        }
    }
    false
}

/// True when `gap` (text between two words) ends a clause: a sentence break, comma,
/// semicolon, colon or dash between spaces. Most gaps are spaces alone, which end
/// nothing: they are told by their bytes before any search ([`ends_clause_plain`] is
/// the reading without that test).
#[inline]
fn ends_clause(gap: &str) -> bool {
    if gap.bytes().all(|b| b == b' ') {
        return false;
    }
    ends_clause_plain(gap)
}

/// [`ends_clause`] read plainly, by searching `gap` for each mark.
fn ends_clause_plain(gap: &str) -> bool {
    ends_sentence(gap)
        || gap.contains([',', ';', ':', '(', ')'])
        || gap.contains(" - ")
        || gap.contains(['\u{2013}', '\u{2014}'])
}

/// True when lowercase `w` is one of `words` or the plural in -s of one (of more than one
/// letter: "is" is no plural of "i").
fn one_of_words(words: &[Box<str>], w: &str) -> bool {
    words
        .iter()
        .any(|x| **x == *w || (x.len() > 1 && w.strip_suffix('s') == Some(&**x)))
}

/// First parts of a compound that turn the rest against itself: "anti-inflammatory",
/// "anti-racist", "non-partisan" judge nothing, so only a label among their parts
/// counts ("non-Trumpist"; "anti-science" is read by [`ideological_shape`] first).
const REVERSING_PREFIXES: &[&str] = &["anti", "non"];

/// The hyphen marks that join a compound's parts ("half-Fuhrer"; a non-breaking hyphen).
const HYPHENS: [char; 3] = ['-', '\u{2010}', '\u{2011}'];

/// True when `surface` is an Arabic name written with its article and a capital ("Jabhat
/// Fateh ash-Sham", "al-Sham": the Levant): a name, whose parts judge nothing ("sham").
fn arabic_name(surface: &str) -> bool {
    surface.split_once(HYPHENS).is_some_and(|(article, rest)| {
        matches!(
            article,
            "al" | "el" | "ash" | "as" | "ad" | "an" | "ar" | "at" | "az" | "ath"
        ) && rest.chars().next().is_some_and(char::is_uppercase)
    })
}

impl Test {
    fn parse(s: &str, lists: &WordLists) -> Option<Test> {
        let list = |v: &str| condition_words(v, lists).filter(|l| !l.is_empty());
        match s {
            "after-name" => Some(Test::AfterName),
            "of-name" => Some(Test::OfName),
            "next-name" => Some(Test::NextName),
            "figure" => Some(Test::Figure),
            "aside" => Some(Test::Aside),
            "quoted-term" => Some(Test::QuotedTerm),
            "compound" => Some(Test::Compound),
            _ => {
                let (kind, v) = s.split_once('=')?;
                let words = list(v)?;
                match kind.trim() {
                    "prev" => Some(Test::Prev(words)),
                    "next" => Some(Test::Next(words)),
                    "head" => Some(Test::Head(words)),
                    "obj" => Some(Test::Obj(words)),
                    "subj" => Some(Test::Subj(words)),
                    "sent" => Some(Test::Sent(words)),
                    _ => None,
                }
            }
        }
    }

    /// True when the test holds for the match of tokens `i..i + n`.
    fn holds(&self, text: &str, tokens: &[WordAt], i: usize, n: usize) -> bool {
        let linked = |a: usize| !ends_sentence_between(text, tokens, a, a + 1);
        let prev = (i > 0 && linked(i - 1)).then(|| i - 1);
        let next = (i + n < tokens.len() && linked(i + n - 1)).then_some(i + n);
        let lower = |k: usize| crate::text::to_lowercase(&text[tokens[k].start..tokens[k].end]);
        // `'s` in a list stands for any possessive noun ("the commission's supposed experts"),
        // not a pronoun's contraction of "is" ("she's smashing them").
        // A possessive noun is its noun too ("the War on Poverty's success" is "poverty").
        let one_of = |k: usize, words: &[Box<str>]| {
            let w = lower(k);
            let possessive = is_possessive(&w) && !is_s_contraction(&w);
            let owner = w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s"));
            words.iter().any(|x| {
                **x == *w || (possessive && owner == Some(&**x)) || (&**x == "'s" && possessive)
            })
        };
        match self {
            // A nationality word judges as a name does, in any case ("the former iraqi regime").
            Test::AfterName => prev.is_some_and(|k| {
                (tokens[k].facts.cap() && k > 0 && linked(k - 1)) || is_demonym(&lower(k))
            }),
            Test::OfName => next.is_some_and(|k| {
                k + 1 < tokens.len() && linked(k) && lower(k) == "of" && tokens[k + 1].facts.cap()
            }),
            // A capital inside quotation marks is a scare-quoted word, not a name: the
            // so-called "Squad"; nor one past a comma or a colon ("a patsy, Stone argued").
            Test::NextName => next.is_some_and(|k| {
                tokens[k].facts.cap()
                    && !text[tokens[k - 1].end..tokens[k].start]
                        .contains(['"', '“', '‘', ',', ';', ':'])
            }),
            // A "$" or "%" sits in the gap; the number is a word of its own.
            Test::Figure => {
                let mut k = i + n;
                while k < tokens.len()
                    && k <= i + n + 2
                    && !ends_clause(&text[tokens[k - 1].end..tokens[k].start])
                {
                    if text[tokens[k].start..].starts_with(|c: char| c.is_ascii_digit())
                        || is_number_word(&lower(k))
                    {
                        return true;
                    }
                    if !FIGURE_LEADS.contains(&&*lower(k)) {
                        return false;
                    }
                    k += 1;
                }
                false
            }
            Test::Aside => text[tokens[i + n - 1].end..]
                .trim_start_matches([' ', '\u{a0}'])
                .starts_with([',', ')']),
            Test::QuotedTerm => next.is_some_and(|k| {
                const MARKS: [char; 6] = ['"', '“', '”', '‘', '’', '\''];
                let opens = text[tokens[k - 1].end..tokens[k].start].contains(MARKS);
                let word = &text[tokens[k].start..tokens[k].end];
                let more = k + 1 < tokens.len()
                    && !text[tokens[k].end..tokens[k + 1].start].contains(MARKS);
                opens && (more || tokens[k].facts.cap() || word.contains('-'))
            }),
            // A closing quotation mark may stand between the two words ("“homebrew”
            // server"); an opening one, a clause break or a bracket may not.
            Test::Compound => next.is_some_and(|k| {
                if prev.is_none() || k + 1 >= tokens.len() {
                    return false;
                }
                let (first, second) = (lower(k), lower(k + 1));
                !tokens[k].facts.cap()
                    && !tokens[k + 1].facts.cap()
                    && !is_plural_noun_form(&first)
                    && !is_function_word(&first)
                    && !is_function_word(&second)
                    && !is_finite_auxiliary(&second)
                    && !second.ends_with("ed")
                    && !ends_clause(&text[tokens[k].end..tokens[k + 1].start])
                    && !text[tokens[k].end..tokens[k + 1].start].contains(['"', '“', '‘'])
            }),
            Test::Prev(words) => prev.is_some_and(|k| one_of(k, words)),
            Test::Next(words) => next.is_some_and(|k| one_of(k, words)),
            // The next word, or the first word after it that is not [`before_head`],
            // within the clause and [`ARG_WINDOW`] words; a name modifies only inside
            // the phrase ("the Democratic primary", not "claimed Democrats control").
            // After a verb of saying, a head followed by an auxiliary is the subject of
            // the reported clause, not the verb's object ("conceded the race was over").
            Test::Head(words) => next.is_some_and(|first| {
                if ends_clause(&text[tokens[first - 1].end..tokens[first].start]) {
                    return false;
                }
                let mut k = first;
                loop {
                    let w = lower(k);
                    if words.iter().any(|x| **x == *w) {
                        return !(is_speech_verb(&lower(i))
                            && heads_reported_clause(text, tokens, i, k));
                    }
                    if !before_head(&w, tokens[k].facts.cap() && k > first)
                        || k + 1 >= tokens.len()
                        || k + 1 >= first + ARG_WINDOW
                        || ends_clause(&text[tokens[k].end..tokens[k + 1].start])
                    {
                        return false;
                    }
                    k += 1;
                }
            }),
            // The period of an abbreviation ("in the U.S. election", "slammed Mr. Trump")
            // ends no clause, as the sentence splitter reads it.
            Test::Obj(words) => {
                let mut k = i + n;
                while k < tokens.len()
                    && k < i + n + ARG_WINDOW
                    && !ends_clause_between(text, tokens, k - 1, k)
                {
                    if opens_clause_at(text, tokens, k) {
                        return false;
                    }
                    // A capitalised word is a name ("slammed House Democrats").
                    if !tokens[k].facts.cap() && one_of_words(words, &lower(k)) {
                        return true;
                    }
                    k += 1;
                }
                false
            }
            Test::Sent(words) => {
                let mut k = i;
                while k > 0 && linked(k - 1) {
                    k -= 1;
                    if one_of(k, words) {
                        return true;
                    }
                }
                let mut k = i + n - 1;
                while k + 1 < tokens.len() && linked(k) {
                    k += 1;
                    if one_of(k, words) {
                        return true;
                    }
                }
                false
            }
            Test::Subj(words) => {
                let mut k = i;
                while k > 0
                    && k + ARG_WINDOW > i
                    && !ends_clause(&text[tokens[k - 1].end..tokens[k].start])
                {
                    k -= 1;
                    let initial = k == 0 || ends_sentence_between(text, tokens, k - 1, k);
                    // The pronoun "I" is always capitalised: "I must admit".
                    let lowercase = !tokens[k].facts.cap() || lower(k) == "i";
                    if (initial || lowercase) && one_of_words(words, &lower(k)) {
                        return true;
                    }
                }
                // "The pipeline, which was sabotaged": a relative "which" opened after a
                // comma stands for the noun right before the comma, the verb's subject.
                k > 1
                    && k + ARG_WINDOW > i
                    && text[tokens[k - 1].end..tokens[k].start].trim() == ","
                    && lower(k) == "which"
                    && !tokens[k - 1].facts.cap()
                    && one_of_words(words, &lower(k - 1))
            }
        }
    }
}

impl Context {
    fn holds(&self, text: &str, tokens: &[WordAt], i: usize, n: usize) -> bool {
        (self.any.is_empty() || self.any.iter().any(|t| t.holds(text, tokens, i, n)))
            && !self.none.iter().any(|t| t.holds(text, tokens, i, n))
    }
}

/// The keys after the first one of a phrase, and the entry it belongs to.
#[derive(Debug, Clone)]
struct Phrase {
    rest: Box<[u32]>,
    /// The first key of `rest`, kept here so most phrases are ruled out without
    /// reading `rest` (`None` for a one-word entry).
    next: Option<u32>,
    entry: u32,
}

/// A set of loaded terms by category, matched on stems (see the module docs).
#[derive(Debug)]
pub struct Lexicon {
    source: String,
    entries: Vec<Entry>,
    /// Every key that occurs in some entry, with a small id.
    ids: FxMap<Box<str>, u32>,
    /// Word forms listed exactly (`=form`), prepared, with the id of their key.
    exact: FxMap<Box<str>, u32>,
    /// The entry that words shaped like ideological labels match (see
    /// [`ideological_shape`]), when the lexicon has an `[ideological_label]` section.
    rule: Option<u32>,
    /// The entry that mock titles match ("censor-in-chief", see [`mock_title`]), when
    /// the lexicon has an `[epithet]` section.
    title_rule: Option<u32>,
    /// Phrases by the id of their first key, longest first.
    starts: Vec<Vec<Phrase>>,
    /// One-word entries by key id: used for parts of hyphenated words.
    singles: FxMap<u32, u32>,
    /// Compound heads (`-ridden`) and compound openers (`pseudo-`) by their part as
    /// written, prepared: entries that match only as the last or the first part of a
    /// hyphenated word ("crime-ridden", "pseudo-science"), never as a word of their own.
    heads: FxMap<Box<str>, u32>,
    openers: FxMap<Box<str>, u32>,
    stemmer: Stemmer,
}

/// Prefixes that make a political label of a direction ("far-left", "hard-right",
/// "ultra-conservative", "radical-left", "extreme-right").
const LABEL_PREFIXES: [&str; 6] = ["far", "hard", "ultra", "alt", "extreme", "radical"];
/// What those prefixes, and "-wing", attach to.
const LABEL_ROOTS: [&str; 18] = [
    "left",
    "right",
    "leftist",
    "leftists",
    "rightist",
    "rightists",
    "conservative",
    "conservatives",
    "liberal",
    "liberals",
    "progressive",
    "progressives",
    "nationalist",
    "nationalists",
    "wing",
    "winger",
    "wingers",
    "maga",
];
/// Roots that "anti-" turns into a label pinned on opponents ("anti-science",
/// "anti-American", "anti-worker"; "anti-gun" is an entry, as "anti-gun violence" is not a
/// label). Not the standard forms wire services
/// use for a side of a debate ("anti-abortion", "anti-war") or for hate crimes
/// ("anti-Semitic", "anti-Muslim", "anti-Asian"), nor a politician's name: "anti-Trump
/// protesters", "anti-Trump ads" are wire style for a side, as "anti-Obama" is ("anti-Trumpist"
/// is still a label through its "-ist").
const ANTI_ROOTS: [&str; 48] = [
    "science",
    "vax",
    "vaxx",
    "vaxxer",
    "vaxxers",
    "american",
    "america",
    "police",
    "cop",
    "cops",
    "family",
    "freedom",
    "liberty",
    "business",
    "growth",
    "jobs",
    "energy",
    "christian",
    "god",
    "faith",
    "religion",
    "religious",
    "white",
    "woke",
    "capitalist",
    "capitalism",
    "democracy",
    "democratic",
    "worker",
    "workers",
    "labor",
    "labour",
    "women",
    "woman",
    "gay",
    "lgbt",
    "lgbtq",
    "trans",
    "immigrant",
    "israel",
    "conservative",
    "liberal",
    "choice",
    "life",
    "western",
    "constitution",
    "parent",
    "parents",
];
/// Political roots whose "-ism", "-ist", "-ite" and "-ian" forms are labels
/// ("Trumpism", "leftism", "Corbynite", "Clintonian").
const ISM_ROOTS: [&str; 20] = [
    "trump",
    "left",
    "biden",
    "obama",
    "putin",
    "orban",
    "corbyn",
    "clinton",
    "sanders",
    "reagan",
    "thatcher",
    "blair",
    "erdogan",
    "modi",
    "bolsonaro",
    "chavez",
    "stalin",
    "woke",
    "wok",
    "maga",
];
/// Suffixes that turn an [`ISM_ROOTS`] root into a label.
const ISM_SUFFIXES: [&str; 8] = ["ism", "isms", "ist", "ists", "ite", "ites", "ian", "ians"];

/// True when a prepared (lowercased) word has the shape of an ideological label:
/// a direction with far-/hard-/ultra-/alt-/extreme-/radical-, left-/right-wing(er),
/// anti- with a root of [`ANTI_ROOTS`], -ism/-ist/-ite/-ian of a root of [`ISM_ROOTS`],
/// or "Trumpers" and "Never-Trumpers".
fn ideological_shape(word: &str) -> bool {
    if let Some((head, tail)) = word.split_once('-') {
        let tail = tail.trim_start_matches('-');
        return (LABEL_PREFIXES.contains(&head) && LABEL_ROOTS.contains(&tail))
            || (matches!(head, "left" | "right") && matches!(tail, "wing" | "winger" | "wingers"))
            || (head == "anti" && ANTI_ROOTS.contains(&tail))
            || (head == "never" && matches!(tail, "trumper" | "trumpers"));
    }
    if let Some(root) = word.strip_prefix("ultra") {
        return LABEL_ROOTS[4..14].contains(&root);
    }
    matches!(word, "trumper" | "trumpers")
        || ISM_SUFFIXES.iter().any(|suffix| {
            word.strip_suffix(suffix)
                .is_some_and(|root| ISM_ROOTS.contains(&root))
        })
}

/// True when a prepared (lowercased) word is a mock title, "X-in-chief" for an X not in
/// [`TITLES_IN_CHIEF`] ("censor-in-chief", "divider-in-chief", "cheerleader-in-chief"):
/// on 37,554 AllSides articles almost all of those, about 110 uses, mock or praise a person.
fn mock_title(word: &str) -> bool {
    word.strip_suffix("-in-chief").is_some_and(|head| {
        !head.is_empty() && !head.contains('-') && !TITLES_IN_CHIEF.contains(&head)
    })
}

/// Offices ("commander-in-chief", "editor-in-chief", "general-in-chief", a hospital's
/// "psychiatrist-in-chief") and the president's roles straight news names so
/// ("consoler-in-chief", "healer-in-chief"): not mock titles.
const TITLES_IN_CHIEF: &[&str] = &[
    "commander",
    "commanders",
    "editor",
    "editors",
    "general",
    "generals",
    "admiral",
    "surgeon",
    "engineer",
    "writer",
    "physician",
    "consul",
    "consuls",
    "counsel",
    "economist",
    "scientist",
    "analyst",
    "officer",
    "chief",
    "psychiatrist",
    "pediatrician",
    "paediatrician",
    "radiologist",
    "pathologist",
    "obstetrician",
    "anesthesiologist",
    "neurologist",
    "cardiologist",
    "oncologist",
    "nurse",
    "dentist",
    "architect",
    "curator",
    "librarian",
    "judge",
    "consoler",
    "comforter",
    "healer",
    "mourner",
    "counselor",
    "counsellor",
];

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

/// Adverbs of listed adjectives that are plain words in news ("notably"), legal
/// terms ("acted corruptly", "fraudulently obtained") or literal ("seismically active").
const PLAIN_ADVERBS: [&str; 4] = ["notably", "corruptly", "fraudulently", "seismically"];

/// The `-ly` adverb of a one-word intensifier or praise entry written in lowercase
/// ("brutal" → "brutally", "horrible" → "horribly", "heroic" → "heroically", "shady" →
/// "shadily"); `None` for phrases, names, words already in `-ly` and [`PLAIN_ADVERBS`].
fn adverb_of(term: &str) -> Option<String> {
    let w = term.trim();
    if w.len() < 4 || w.ends_with("ly") || !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
        return None;
    }
    let b = w.as_bytes();
    let consonant = |c: u8| !b"aeiou".contains(&c);
    let adverb = if w.ends_with("ic") {
        format!("{w}ally")
    } else if w.ends_with("le") && consonant(b[b.len() - 3]) {
        format!("{}y", &w[..w.len() - 1])
    } else if w.ends_with("ue") {
        format!("{}ly", &w[..w.len() - 1])
    } else if w.ends_with("ll") {
        format!("{w}y")
    } else if w.ends_with('y') && consonant(b[b.len() - 2]) {
        format!("{}ily", &w[..w.len() - 1])
    } else {
        format!("{w}ly")
    };
    (!PLAIN_ADVERBS.contains(&adverb.as_str())).then_some(adverb)
}

/// The words of an entry, each [prepared](prepare), joined by single spaces.
fn prepared_words(term: &str) -> String {
    let mut out = String::new();
    let mut buf = String::new();
    for_each_token(term, |s, e| {
        prepare(&term[s..e], &mut buf);
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&buf);
    });
    out
}

/// Lowercases, folds and normalises one surface word into `buf`.
fn prepare(surface: &str, buf: &mut String) {
    lower_word(surface, buf);
    fold_word(buf);
    normalize_word(buf);
}

/// The stem key of a prepared word: its stem, or the word itself for `-ly` words.
fn key_of(stemmer: &Stemmer, prepared: &str) -> String {
    if prepared.ends_with("ly") {
        prepared.to_string()
    } else {
        stemmer.stem(prepared).into_owned()
    }
}

/// Most prepared words a thread remembers the stem key of (see [`key_of_memo`]).
const KEY_MEMO_WORDS: usize = crate::limits::WORD_CACHE_WORDS;

thread_local! {
    /// Stem keys worked out on this thread, by prepared word (see [`key_of_memo`]).
    static KEY_MEMO: std::cell::RefCell<FxMap<Box<str>, Box<str>>> = Default::default();
}

/// [`key_of`] remembered per thread: a word's lowercase form, and the parts of its
/// hyphenated compounds, come back under several surface forms ("War", "war",
/// "anti-war"), and stemming is most of what describing a new word costs. The memo
/// is emptied past [`KEY_MEMO_WORDS`] words; every stemmer is the same English one.
fn key_of_memo(stemmer: &Stemmer, prepared: &str) -> String {
    if prepared.ends_with("ly") {
        return prepared.to_string();
    }
    KEY_MEMO.with_borrow_mut(|memo| {
        if let Some(key) = memo.get(prepared) {
            return key.to_string();
        }
        let key = key_of(stemmer, prepared);
        if memo.len() >= KEY_MEMO_WORDS {
            memo.clear();
        }
        memo.insert(prepared.into(), key.as_str().into());
        key
    })
}

/// True when the text between two words of a phrase is only whitespace, or a hyphen
/// set off by spaces as tokenised text writes one ("award - winning" for "award-winning").
fn joined(gap: &str) -> bool {
    let mut hyphens = 0;
    gap.chars().all(|c| {
        hyphens += usize::from(c == '-');
        c.is_whitespace() || (c == '-' && hyphens == 1)
    }) && (hyphens == 0 || gap.len() > 1)
}

/// True when `gap` after `word` is the apostrophe of a plural possessive and a space
/// before a lowercase `next` ("rogues' gallery"): the phrase's words are still joined.
/// Before a capital the mark more likely closes a quoted title ("'Secret Wars' Against").
fn plural_possessive(word: &str, gap: &str, next: &str) -> bool {
    word.ends_with('s')
        && next.chars().next().is_some_and(char::is_lowercase)
        && ["' ", "’ "]
            .iter()
            .any(|a| gap.starts_with(a) && gap[a.len()..].chars().all(char::is_whitespace))
}

/// A naming line's sides and what each is: `A > B` (A marked, B standard),
/// `A | B` (both marked), `A ~ B` (both standard). `None` when the line holds no
/// separator; `Err` when it holds more than one.
fn naming_sides(line: &str) -> std::result::Result<Option<[(&str, bool); 2]>, ()> {
    let found: Vec<(usize, char)> = line
        .char_indices()
        .filter(|(_, c)| matches!(c, '>' | '|' | '~'))
        .collect();
    match found.as_slice() {
        [] => Ok(None),
        [(at, sep)] => {
            let (a, b) = (line[..*at].trim(), line[at + 1..].trim());
            if a.is_empty() || b.is_empty() {
                return Err(());
            }
            let (ma, mb) = match sep {
                '>' => (true, false),
                '|' => (true, true),
                _ => (false, false),
            };
            Ok(Some([(a, ma), (b, mb)]))
        }
        _ => Err(()),
    }
}

/// One side of a line: the term (without `=`), whether it is an exact form, and its context.
/// The part of a compound-part entry and whether it is a head: `-ridden` is the last
/// part of a hyphenated word ("crime-ridden"), `pseudo-` the first ("pseudo-science");
/// `None` for any other entry.
fn compound_part(term: &str) -> Option<(&str, bool)> {
    let plain = |p: &str| !p.is_empty() && p.chars().all(char::is_alphabetic);
    if let Some(p) = term.strip_prefix('-').filter(|p| plain(p)) {
        return Some((p, true));
    }
    term.strip_suffix('-')
        .filter(|p| plain(p))
        .map(|p| (p, false))
}

fn parse_term<'a>(
    side: &'a str,
    lists: &WordLists,
) -> std::result::Result<(&'a str, bool, Option<Box<Context>>), String> {
    let mut parts = side.split(';').map(str::trim);
    let term = parts.next().unwrap_or("");
    let (term, exact) = match term.strip_prefix('=') {
        Some(t) => (t.trim(), true),
        None => (term, false),
    };
    let mut ctx = Context::default();
    for cond in parts {
        let (neg, body) = match cond.strip_prefix('!') {
            Some(b) => (true, b.trim()),
            None => (false, cond),
        };
        let test = Test::parse(body, lists).ok_or_else(|| {
            format!(
                "unknown condition {cond:?} (expected after-name, of-name, next-name, prev=a/b, next=a/b, obj=a/b or subj=a/b, optionally with `!`; a list may name an earlier `@list`)"
            )
        })?;
        if neg {
            ctx.none.push(test);
        } else {
            ctx.any.push(test);
        }
    }
    let ctx = (!ctx.any.is_empty() || !ctx.none.is_empty()).then(|| Box::new(ctx));
    Ok((term, exact, ctx))
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
    /// pair (`A > B`, `A | B` or `A ~ B`), a pair separator outside `[naming]`, an
    /// unknown condition, an entry without words, or an entry with the same keys
    /// as an earlier one (a standard naming form may repeat).
    pub fn parse(text: &str, source_name: &str) -> Result<Lexicon> {
        let mut lex = Lexicon {
            source: source_name.to_string(),
            entries: Vec::new(),
            ids: FxMap::default(),
            exact: FxMap::default(),
            rule: None,
            title_rule: None,
            starts: Vec::new(),
            singles: FxMap::default(),
            heads: FxMap::default(),
            openers: FxMap::default(),
            stemmer: Stemmer::default(),
        };
        // Pass 1: the exact forms, so that every entry keys those words alike.
        for raw in text.lines() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with(['#', '[', '@']) {
                continue;
            }
            for side in line.split(['>', '|', '~']) {
                if side.trim().starts_with('(') {
                    continue; // an unmatched standard form (`marked > (standard)`)
                }
                let term = side.split(';').next().unwrap_or("").trim();
                if let Some(term) = term.strip_prefix('=') {
                    for_each_token(term, |s, e| {
                        let mut buf = String::new();
                        prepare(&term[s..e], &mut buf);
                        let id = lex.intern(format!("={buf}"));
                        lex.exact.insert(buf.into_boxed_str(), id);
                    });
                }
            }
        }
        // Key sequence → (line, entry) for duplicate detection.
        let mut seen: HashMap<Vec<u32>, (usize, u32)> = HashMap::new();
        // (category, adverb, line) of one-word intensifier and praise entries.
        let mut adverbs: Vec<(Category, String, usize)> = Vec::new();
        let mut compounds: Vec<(u32, u32, usize)> = Vec::new();
        let mut lists = WordLists::new();
        let mut category = None;
        for (i, raw) in text.lines().enumerate() {
            let line_no = i + 1;
            let err = |msg: String| Error::input(format!("{source_name}:{line_no}"), msg);
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(read) = read_word_list(line, &mut lists) {
                read.map_err(&err)?;
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
                let rule = match cat {
                    Category::IdeologicalLabel => Some(&mut lex.rule),
                    Category::Epithet => Some(&mut lex.title_rule),
                    _ => None,
                };
                if let Some(rule @ None) = rule {
                    *rule = Some(lex.entries.len() as u32);
                    lex.entries.push(Entry {
                        category: cat,
                        form: "".into(),
                        alternative: None,
                        marked: true,
                        context: None,
                        prepared: "".into(),
                    });
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
            let sides = naming_sides(line);
            // (side text, marked, the other side's term).
            let mut items: Vec<(&str, bool, Option<&str>)> = Vec::new();
            match (cat, sides) {
                (Category::Naming, Ok(Some([(a, ma), (b, mb)]))) => {
                    let name_a = parse_term(a, &lists).map_err(&err)?.0;
                    // `marked > (standard)`: the standard form is only the marked
                    // one's alternative, not matched (a word too common to follow as
                    // a naming choice: "passed away > (died)").
                    if a.starts_with('(') {
                        return Err(err(format!(
                            "naming entry {line:?}: only the standard side may be in parentheses"
                        )));
                    }
                    if let Some(alt) = b.strip_prefix('(').and_then(|b| b.strip_suffix(')')) {
                        let alt = alt.trim();
                        if !ma || mb || alt.is_empty() || alt.contains([';', '=', '(', ')']) {
                            return Err(err(format!(
                                "naming entry {line:?}: only `marked > (standard)` may leave its standard form unmatched, and the form in parentheses is a plain name"
                            )));
                        }
                        items.push((a, ma, Some(alt)));
                    } else {
                        let name_b = parse_term(b, &lists).map_err(&err)?.0;
                        items.push((a, ma, Some(name_b)));
                        items.push((b, mb, Some(name_a)));
                    }
                }
                (Category::Naming, _) => {
                    return Err(err(format!(
                        "naming entry {line:?} must be one pair: `marked > standard`, `marked | marked` or `standard ~ standard`"
                    )))
                }
                (_, Ok(None)) => items.push((line, true, None)),
                (_, _) => {
                    return Err(err(format!(
                        "`>`, `|` and `~` are only allowed in [naming] pairs, found in [{}]",
                        cat.id()
                    )))
                }
            }
            for (side, marked, alternative) in items {
                let (term, exact, context) = parse_term(side, &lists).map_err(&err)?;
                let entry = lex.entries.len() as u32;
                if let Some((part, head)) = compound_part(term) {
                    if cat == Category::Naming || exact {
                        return Err(err(format!(
                            "compound part {term:?} must be a plain entry outside [naming]"
                        )));
                    }
                    let mut buf = String::new();
                    prepare(part, &mut buf);
                    let map = if head {
                        &mut lex.heads
                    } else {
                        &mut lex.openers
                    };
                    if map.insert(buf.into_boxed_str(), entry).is_some() {
                        return Err(err(format!("compound part {term:?} is listed twice")));
                    }
                    lex.entries.push(Entry {
                        category: cat,
                        form: term.into(),
                        alternative: None,
                        marked,
                        context,
                        prepared: "".into(),
                    });
                    continue;
                }
                let (keys, variant) = lex.keys_for(term, exact);
                if keys.is_empty() {
                    return Err(err(format!("entry {term:?} has no words")));
                }
                if let Some(&(prev, prev_entry)) = seen.get(&keys) {
                    let e = &lex.entries[prev_entry as usize];
                    if cat == Category::Naming && !marked && e.category == cat && !e.marked {
                        continue; // a standard name shared by several pairs: the first pair's
                    }
                    return Err(err(format!(
                        "entry {term:?} has the same stems as the entry on line {prev}"
                    )));
                }
                seen.insert(keys.clone(), (line_no, entry));
                if matches!(cat, Category::Intensifier | Category::Praise) && context.is_none() {
                    if let Some(adverb) = adverb_of(term) {
                        adverbs.push((cat, adverb, line_no));
                    }
                }
                lex.entries.push(Entry {
                    category: cat,
                    form: term.into(),
                    alternative: alternative.map(str::to_string),
                    marked,
                    context,
                    prepared: prepared_words(term).into_boxed_str(),
                });
                lex.add_phrase(&keys, entry);
                // "far-right" also matches "far right", unless listed itself.
                if let Some(v) = variant {
                    if let std::collections::hash_map::Entry::Vacant(slot) = seen.entry(v.clone()) {
                        slot.insert((line_no, entry));
                        lex.add_phrase(&v, entry);
                    }
                }
                // Not a conflict phrase: its compound is a plain modifier ("war-zone
                // hospitals").
                if let Some(k) = lex
                    .compound_key(term, exact)
                    .filter(|_| cat != Category::Conflict)
                {
                    compounds.push((k, entry, line_no));
                }
            }
        }
        // A phrase also matches its words joined as a compound modifier ("cancel culture"
        // → "cancel-culture fanatics"), unless some line lists that compound itself.
        for (k, entry, line_no) in compounds {
            if let std::collections::hash_map::Entry::Vacant(slot) = seen.entry(vec![k]) {
                slot.insert((line_no, entry));
                lex.add_phrase(&[k], entry);
            }
        }
        // The adverb of a judging adjective judges too ("reckless" → "recklessly"),
        // unless some line lists that word itself.
        for (cat, adverb, line_no) in adverbs {
            let (keys, _) = lex.keys_for(&adverb, false);
            if let std::collections::hash_map::Entry::Vacant(slot) = seen.entry(keys.clone()) {
                let entry = lex.entries.len() as u32;
                slot.insert((line_no, entry));
                lex.entries.push(Entry {
                    category: cat,
                    prepared: prepared_words(&adverb).into_boxed_str(),
                    form: adverb.into_boxed_str(),
                    alternative: None,
                    marked: true,
                    context: None,
                });
                lex.add_phrase(&keys, entry);
            }
        }
        for list in &mut lex.starts {
            list.sort_by_key(|p| std::cmp::Reverse(p.rest.len()));
        }
        Ok(lex)
    }

    /// The key of a prepared word: its exact form when listed as one, else its stem key.
    fn word_key(&self, prepared: &str) -> String {
        if self.exact.contains_key(prepared) {
            format!("={prepared}")
        } else {
            key_of(&self.stemmer, prepared)
        }
    }

    /// Key id of a phrase entry's words joined by hyphens, as a compound modifier writes
    /// them ("cancel-culture fanatics" for the entry "cancel culture"): `None` for an exact
    /// entry, one word, or a phrase that has a hyphen or a word other than letters.
    fn compound_key(&mut self, term: &str, exact: bool) -> Option<u32> {
        let mut words = Vec::new();
        for_each_token(term, |s, e| {
            let mut buf = String::new();
            prepare(&term[s..e], &mut buf);
            words.push(buf);
        });
        if exact || words.len() < 2 || !words.iter().all(|w| w.chars().all(char::is_alphabetic)) {
            return None;
        }
        let compound = words.join("-");
        Some(self.intern(self.word_key(&compound)))
    }

    /// Key ids of an entry's words, and of its variant with hyphens split, if any
    /// (none for an exact entry).
    fn keys_for(&mut self, term: &str, exact: bool) -> (Vec<u32>, Option<Vec<u32>>) {
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
            let id = self.intern(self.word_key(w));
            keys.push(id);
            if w.contains('-') && !exact {
                hyphenated = true;
                for part in w.split('-').filter(|p| !p.is_empty()) {
                    split.push(self.intern(self.word_key(part)));
                }
            } else {
                split.push(id);
            }
        }
        (keys, hyphenated.then_some(split))
    }

    /// Number of entries (each side of a naming pair is one).
    pub(crate) fn entry_count(&self) -> u32 {
        self.entries.len() as u32
    }

    /// The word model's feature name of entry `index`: its category and its form,
    /// lowercased ("w:entry:epithet:thug"; the shape rule of ideological labels is
    /// "w:entry:ideological_label:*").
    pub(crate) fn entry_feature(&self, index: u32) -> String {
        let e = &self.entries[index as usize];
        let form = if e.form.is_empty() {
            "*".to_string()
        } else {
            crate::text::to_lowercase(&e.form).into_owned()
        };
        format!("w:entry:{}:{form}", e.category.id())
    }

    /// True when the hyphenated `word` has the words of the phrase `entry` part by part:
    /// the stem of a whole compound runs past its last part ("job-creation" and
    /// "job-creators" share one), so a compound found by its key is checked here.
    fn compound_fits(&self, entry: u32, word: &str) -> bool {
        let mut want = self.entries[entry as usize].prepared.split(' ');
        let mut buf = String::new();
        let fits = word.split('-').all(|part| {
            prepare(part, &mut buf);
            want.next()
                .is_some_and(|w| self.word_key(w) == self.word_key(&buf))
        });
        fits && want.next().is_none()
    }

    /// True when tokens `i..i + n` of `text`, prepared, are the words of `entry`.
    fn is_exact(&self, entry: u32, text: &str, tokens: &[WordAt], i: usize, n: usize) -> bool {
        let want = &*self.entries[entry as usize].prepared;
        let mut rest = want;
        let mut buf = String::new();
        for (k, t) in tokens[i..i + n].iter().enumerate() {
            prepare(&text[t.start..t.end], &mut buf);
            if k > 0 {
                match rest.strip_prefix(' ') {
                    Some(r) => rest = r,
                    None => return false,
                }
            }
            match rest.strip_prefix(buf.as_str()) {
                Some(r) => rest = r,
                None => return false,
            }
        }
        !want.is_empty() && rest.is_empty()
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
            next: keys.get(1).copied(),
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
            - usize::from(self.rule.is_some())
            - usize::from(self.title_rule.is_some())
    }

    /// True when the lexicon lists no terms.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Number of entries in `category` (0 for [`Category::ScareQuote`]).
    pub fn count(&self, category: Category) -> usize {
        let listed = self
            .entries
            .iter()
            .filter(|e| e.category == category)
            .count();
        listed
            - usize::from(category == Category::IdeologicalLabel && self.rule.is_some())
            - usize::from(category == Category::Epithet && self.title_rule.is_some())
    }

    /// Loaded terms and scare quotes in `text`, sorted by start, non-overlapping.
    ///
    /// Where matches overlap the longest wins; between equal spans a lexicon term
    /// wins over a scare quote (a quoted "regime" is reported as an epithet).
    /// Standard naming forms are not loaded terms (see [`Lexicon::find_all`]).
    pub fn find(&self, text: &str) -> Vec<LoadedTerm> {
        self.find_with_word_count(text).0
    }

    /// Like [`find`](Lexicon::find), also returning the number of words in `text`
    /// (the denominator of [`LoadedSummary`] and [`block_values`]).
    pub fn find_with_word_count(&self, text: &str) -> (Vec<LoadedTerm>, usize) {
        let found = self.find_all(text);
        (found.terms, found.words)
    }

    /// The loaded terms, every naming-pair name used, and the word count of `text`.
    pub fn find_all(&self, text: &str) -> Found {
        let tokens = self.key_tokens(text);
        let mut quotes = Vec::new();
        crate::text::quotes::find_quotes_into(text, &mut quotes);
        self.find_in_tokens(text, &tokens, &quotes, Detail::Full)
    }

    /// Matches over tokens whose keys are already looked up (`quotes`: the text's
    /// quotations); under [`Detail::Figures`] the terms carry no words (`text`
    /// empty, no `alternative`, no naming uses): counts need none.
    fn find_in_tokens(
        &self,
        text: &str,
        tokens: &[WordAt],
        quotes: &[QuoteSpan],
        detail: Detail,
    ) -> Found {
        let mut direct = Vec::new();
        self.find_in_tokens_direct(text, tokens, quotes, detail, &mut direct)
    }

    /// [`Lexicon::find_in_tokens`], leaving the direct quotations ([`direct_quotes`])
    /// in `direct` for the word model: each quotation is judged once, and those the
    /// scare-quote scan judged already are not judged again.
    fn find_in_tokens_direct(
        &self,
        text: &str,
        tokens: &[WordAt],
        quotes: &[QuoteSpan],
        detail: Detail,
        direct: &mut Vec<(usize, usize)>,
    ) -> Found {
        let texts = detail.keeps_words();
        let mut spans: Vec<Span> = Vec::new();
        let mut naming = Vec::new();
        let mut declined = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            // Most words start no entry: they are passed over in a tight loop.
            i += tokens[i..]
                .iter()
                .position(|t| t.facts.starts())
                .unwrap_or(tokens.len() - i);
            if i >= tokens.len() {
                break;
            }
            if let Some((n, entry)) = self.match_at(text, tokens, i) {
                let e = &self.entries[entry as usize];
                let start = tokens[i].start;
                let end = without_possessive(text, start, tokens[i + n - 1].end);
                if texts && e.category == Category::Naming {
                    naming.push(NamingUse {
                        text: text[start..end].to_string(),
                        start,
                        end,
                        name: e.form.to_string(),
                        alternative: e.alternative.clone().unwrap_or_default(),
                        marked: e.marked,
                    });
                }
                if e.marked {
                    let exact = self.is_exact(entry, text, tokens, i, n);
                    if !self.part_of_name(entry, text, tokens, i, n) {
                        let m = EntryMatch {
                            index: entry,
                            exact,
                            in_context: e.context.as_ref().is_some_and(|c| !c.any.is_empty()),
                        };
                        spans.push((start, end, e.category, e.alternative.as_deref(), Some(m)));
                    } else if exact {
                        declined.push((start, end));
                    }
                }
                i += n;
            } else {
                // The entry's own words whose context condition failed (another form
                // of its stems, "invasive" for "invasion", is not what it judged).
                if let Some((n, entry)) = self.match_in(text, tokens, i, false) {
                    if self.entries[entry as usize].marked
                        && self.is_exact(entry, text, tokens, i, n)
                    {
                        declined.push((tokens[i].start, tokens[i + n - 1].end));
                    }
                }
                i += 1;
            }
        }
        let mut judged = Vec::new();
        let scare = scare_quotes(text, tokens, &mut judged);
        let mut terms = merge(text, spans, scare, detail);
        direct_quotes_judged(text, tokens, quotes, &judged, direct);
        voices_of(direct, &mut terms);
        Found {
            terms,
            naming,
            words: tokens.len(),
            declined,
        }
    }

    /// Tokens of `text` with the id of their key, when the key occurs in the lexicon.
    pub(crate) fn key_tokens(&self, text: &str) -> Vec<WordAt> {
        let mut out = Vec::with_capacity(text.len() / 6);
        for_each_token(text, |start, end| {
            let surface = &text[start..end];
            let (id, part_entry) = self.word_keys(surface);
            let cap = surface.chars().next().is_some_and(char::is_uppercase);
            out.push(WordAt {
                start,
                end,
                word: 0,
                facts: Facts::with_keys(id, part_entry, self.may_start(id, part_entry), cap),
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

    /// [`Lexicon::word_keys`], and the word's stem: the English Snowball stem of
    /// the word lowercased and normalized (for an ASCII word, which needs no
    /// folding, and not an `-ly` word), which the term vector would otherwise work out again.
    pub(crate) fn word_keys_and_stem(
        &self,
        surface: &str,
    ) -> (Option<u32>, Option<u32>, Option<String>) {
        let mut buf = String::new();
        prepare(surface, &mut buf);
        let stem = key_of_memo(&self.stemmer, &buf);
        let id = match self.exact.get(buf.as_str()) {
            Some(&id) => Some(id),
            None => self.ids.get(stem.as_str()).copied(),
        };
        let stem = (surface.is_ascii() && !buf.ends_with("ly")).then_some(stem);
        let mut part_entry = None;
        if self.rule.is_some() && ideological_shape(&buf) {
            // A label listed with conditions ("left-wing ; !head=party") is read by them
            // alone: its shape does not match it again where they decline ("the left-wing
            // Syriza party"). Only a word of that shape is looked up.
            let conditioned = id
                .and_then(|k| self.singles.get(&k))
                .is_some_and(|&e| self.entries[e as usize].context.is_some());
            if !conditioned {
                part_entry = self.rule;
            }
        } else if self.title_rule.is_some() && mock_title(&buf) {
            part_entry = self.title_rule;
        } else if surface.contains(HYPHENS)
            && !arabic_name(surface)
            && id
                .and_then(|k| self.singles.get(&k))
                .is_none_or(|&e| self.entries[e as usize].context.is_none())
        {
            // A hyphenated word listed whole with conditions ("neo-Nazi ; !head=group") is
            // read by them alone: where they decline ("the neo-Nazi movement"), its part is
            // not matched again by the part's own entry ("Nazi").
            // A charged verb as the first part of a compound is a noun or a particle
            // verb's stem ("mock-ups", "gut-level", "buckled-in"), not the judging verb.
            // After a reversing prefix only a label stays one ("anti-Trumpist").
            let reversed = buf
                .split('-')
                .next()
                .is_some_and(|p| REVERSING_PREFIXES.contains(&p));
            // A compound head or opener listed on its own ("-ridden", "faux-") reads the
            // compound first: it judges the whole word ("Obamacare-lite").
            let parts: Vec<&str> = buf.split('-').collect();
            let shaped = match (parts.first(), parts.last()) {
                (Some(first), Some(last))
                    if !reversed && parts.len() > 1 && !first.is_empty() && !last.is_empty() =>
                {
                    self.heads
                        .get(*last)
                        .or_else(|| self.openers.get(*first))
                        .copied()
                }
                _ => None,
            };
            part_entry = shaped.or_else(|| {
                buf.split('-')
                    .filter(|p| !p.is_empty())
                    .enumerate()
                    .find_map(|(k, part)| {
                        let id = match self.exact.get(part) {
                            Some(id) => Some(id),
                            None => self.ids.get(key_of_memo(&self.stemmer, part).as_str()),
                        };
                        id.and_then(|id| self.singles.get(id)).filter(|&&e| {
                            let c = self.entries[e as usize].category;
                            (k > 0 || c != Category::ChargedVerb)
                                && (!reversed || c == Category::IdeologicalLabel)
                        })
                    })
                    .copied()
            });
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

    /// True when a match of `entry`, written in lowercase in the lexicon, is
    /// capitalised inside a sentence of prose: part of a name ("the Kokuka Courageous",
    /// "the Free Beacon"), not a judgement. Prose is told from a title-case headline by
    /// a lowercase word of four or more letters, not a preposition, among the three
    /// words either side, the name's other capitalised words not counted.
    /// A one-word match of most categories counts when capitalised; labels, naming
    /// forms and name-calling ("Nazis", "Trumpism", "Crooked Hillary") only inside a
    /// name of several capitalised words, right after another capitalised word that
    /// is not a function word ("Screen Junkies", "the Congressional Pro-Life Caucus", but not
    /// "the Fake News"), and not when the entry asks for a name before it ("Biden
    /// Regime"). A word in capitals ("FAKE") is emphasis, not a name, and so is a
    /// capitalised match right next to another ("a Rigged Witch Hunt").
    fn part_of_name(&self, entry: u32, text: &str, tokens: &[WordAt], i: usize, n: usize) -> bool {
        let e = &self.entries[entry as usize];
        let word = &text[tokens[i].start..tokens[i].end];
        // "COVID-19-ravaged": the capital is the acronym's, the judging part is lowercase.
        let lower_tail = word.contains('-')
            && word
                .rsplit('-')
                .next()
                .is_some_and(|p| p.starts_with(char::is_lowercase));
        if !tokens[i].facts.cap()
            || !word.chars().any(char::is_lowercase)
            || lower_tail
            || e.form
                .trim_start_matches('=')
                .starts_with(char::is_uppercase)
            || i == 0
        {
            return false;
        }
        if after_title(text, tokens, i) {
            return true;
        }
        if ends_sentence_between(text, tokens, i - 1, i)
            || text[tokens[i - 1].end..tokens[i].start]
                .contains([':', '"', '\u{201c}', '\u{2018}', '(', '\u{2014}'])
        {
            return false;
        }
        // Capitalised judging words side by side are emphasis, not a name ("a Rigged
        // Witch Hunt"): the word right before or after is itself a lexicon match.
        let tight = |a: usize, b: usize| {
            text[tokens[a].end..tokens[b].start]
                .chars()
                .all(char::is_whitespace)
        };
        let judging = |k: usize| {
            tokens[k].facts.cap()
                && self
                    .match_at(text, tokens, k)
                    .is_some_and(|(_, m)| self.entries[m as usize].marked)
        };
        if (tight(i - 1, i) && judging(i - 1))
            || (i + n < tokens.len() && tight(i + n - 1, i + n) && judging(i + n))
        {
            return false;
        }
        let labels = matches!(
            e.category,
            Category::Epithet | Category::Naming | Category::IdeologicalLabel
        );
        if labels {
            let gap = &text[tokens[i - 1].end..tokens[i].start];
            let prev = &text[tokens[i - 1].start..tokens[i - 1].end];
            let named_before = e
                .context
                .as_ref()
                .is_some_and(|c| c.any.iter().any(|t| matches!(t, Test::AfterName)));
            let in_name = gap.chars().all(char::is_whitespace)
                && tokens[i - 1].facts.cap()
                && prev.chars().any(char::is_lowercase)
                && !super::loaded_model::is_stop_word(&crate::text::to_lowercase(prev));
            let in_name = in_name || inside_org_name(text, tokens, i, n);
            if named_before || !in_name {
                return false;
            }
        } else if n != 1 {
            return false;
        }
        let linked = |a: usize, b: usize| !ends_sentence_between(text, tokens, a, b);
        // Not a preposition, which title case may leave lowercase ("Bold Plan to Rebuild
        // Roads with Tolls").
        let prose = |k: usize| {
            let w = &text[tokens[k].start..tokens[k].end];
            w.chars().count() >= 4 && w.chars().all(char::is_lowercase) && pos_of(w) != "prep"
        };
        // Up to three words either side beyond the name's other capitalised words
        // ("appeared in the Washington Free Beacon on Monday"), looked at eight at most.
        let reads_prose = |side: &mut dyn Iterator<Item = usize>| {
            let mut seen = 0;
            for k in side.take(NAME_RUN_STEPS) {
                if prose(k) {
                    return true;
                }
                seen += usize::from(!tokens[k].facts.cap());
                if seen == 3 {
                    break;
                }
            }
            false
        };
        reads_prose(&mut (0..i).rev().take_while(|&k| linked(k, k + 1)))
            || reads_prose(&mut (i + n..tokens.len()).take_while(|&k| linked(k - 1, k)))
    }

    /// True when entry `entry` may match tokens `i..i + n` in their context.
    fn fits(&self, entry: u32, text: &str, tokens: &[WordAt], i: usize, n: usize) -> bool {
        self.entries[entry as usize]
            .context
            .as_ref()
            .is_none_or(|c| c.holds(text, tokens, i, n))
    }

    /// The longest entry starting at token `i` whose context holds: (number of tokens, entry index).
    /// Inlined into the per-token loop of `find_in_tokens` (its other caller,
    /// `part_of_name`, runs only on capitalised matches).
    #[inline(always)]
    fn match_at(&self, text: &str, tokens: &[WordAt], i: usize) -> Option<(usize, u32)> {
        self.match_in(text, tokens, i, true)
    }

    /// [`Lexicon::match_at`]; with `in_context` false, the longest entry whose words
    /// stand at token `i` whatever its context conditions say.
    #[inline(always)]
    fn match_in(
        &self,
        text: &str,
        tokens: &[WordAt],
        i: usize,
        in_context: bool,
    ) -> Option<(usize, u32)> {
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
                if p.next.is_some() && p.next != next {
                    continue;
                }
                let n = p.rest.len();
                if i + n >= tokens.len() {
                    continue;
                }
                for (k, want) in p.rest.iter().enumerate() {
                    let (prev, next) = (&tokens[i + k], &tokens[i + k + 1]);
                    let gap = &text[prev.end..next.start];
                    if next.facts.key() != Some(*want)
                        || !(joined(gap)
                            || plural_possessive(
                                &text[prev.start..prev.end],
                                gap,
                                &text[next.start..next.end],
                            ))
                    {
                        continue 'phrases;
                    }
                }
                if n == 0
                    && self.entries[p.entry as usize].prepared.contains(' ')
                    && !self.compound_fits(p.entry, &text[tokens[i].start..tokens[i].end])
                {
                    continue;
                }
                if !in_context || self.fits(p.entry, text, tokens, i, n + 1) {
                    return Some((n + 1, p.entry));
                }
            }
        }
        // A hyphenated word matches when one of its parts is a one-word entry, unless a
        // later part is a word the entry's context rules out after it
        // ("concealed-carry", "battleground-state": `!head=carry`, `!head=state`).
        tokens[i]
            .facts
            .part_entry()
            .filter(|&e| {
                !in_context
                    || (self.fits(e, text, tokens, i, 1)
                        && !self.ruled_out_by_part(e, &text[tokens[i].start..tokens[i].end]))
            })
            .map(|entry| (1, entry))
    }

    /// True when a part after the first of the hyphenated `word` is one of the words
    /// `entry`'s context rules out as the next word or its head (`!next=`, `!head=`).
    fn ruled_out_by_part(&self, entry: u32, word: &str) -> bool {
        let Some(context) = &self.entries[entry as usize].context else {
            return false;
        };
        let lower = crate::text::to_lowercase(word);
        lower.split(HYPHENS).skip(1).any(|part| {
            context.none.iter().any(|t| match t {
                Test::Next(words) | Test::Head(words) => words.iter().any(|w| **w == *part),
                _ => false,
            })
        })
    }
}

/// Loaded terms and scare quotes in `text`, which a [`WordTable`](crate::document::words::WordTable) has read as
/// `words`, with the built-in lexicon (whose keys the table holds), the naming
/// uses and the word count. Under [`Detail::Figures`] the terms carry only their category,
/// voice and span (all that counts need), and no naming uses are kept.
pub fn find_read(text: &str, words: &[WordAt], quotes: &[QuoteSpan], detail: Detail) -> Found {
    Lexicon::builtin().find_in_tokens(text, words, quotes, detail)
}

/// [`find_read`], leaving the direct quotations of `text` ([`direct_quotes`]) in
/// `direct` (cleared first), for the word model to read instead of judging them again.
pub fn find_read_direct(
    text: &str,
    words: &[WordAt],
    quotes: &[QuoteSpan],
    detail: Detail,
    direct: &mut Vec<(usize, usize)>,
) -> Found {
    Lexicon::builtin().find_in_tokens_direct(text, words, quotes, detail, direct)
}

/// Marks as quoted the terms inside a direct quotation (of the text's quotation
/// spans `quotes`). Scare quotes in the outlet's own sentences, and terms inside a
/// quotation that is itself a scare quote, stay the outlet's.
#[cfg(test)]
pub(crate) fn assign_voices(
    text: &str,
    tokens: &[WordAt],
    quotes: &[QuoteSpan],
    terms: &mut [LoadedTerm],
) {
    if terms.is_empty() {
        return;
    }
    let mut direct = Vec::new();
    direct_quotes(text, tokens, quotes, &mut direct);
    voices_of(&direct, terms);
}

/// Marks as quoted the terms inside one of the direct quotations `direct` (see
/// [`assign_voices`]). A scare quote is never in `direct` itself, so one inside a
/// direct quotation is the speaker's ("“When did our ‘democracy’ end up ...?” she asked").
fn voices_of(direct: &[(usize, usize)], terms: &mut [LoadedTerm]) {
    for t in terms.iter_mut() {
        if inside(direct, t.start, t.end) {
            t.voice = Voice::Quoted;
        }
    }
}

/// How many words before a term a verb that names or judges is looked for
/// ("critics called the new plan a disgusting power grab").
const REPORTED_BEFORE: usize = 6;

/// How many words after "that" a judgement is looked for in the clause a speech or
/// belief verb reports: the clause's subject, verb and complement ("the mayor
/// boasted that the plan would make her a *great* builder"), and a second clause
/// joined by "and" ("critics say the plan is reckless and the mayor is a *disgrace*").
const CREDITED_AFTER: usize = 18;

/// What a judging verb needs between itself and the judgement it reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reporting {
    /// Nothing: "called it reckless", "branded them traitors".
    Direct,
    /// "as": "described the plan as reckless", "dismissed it as a hoax".
    As,
    /// "of": "accused the firm of greenwashing".
    Of,
}

/// The kind of judging verb `w` (lowercase) is, if it is one whose complement is
/// its subject's verdict rather than the outlet's: [`reporting_verb_plain`] in one
/// lookup of a map built once, instead of a scan of each list.
fn reporting_verb(w: &str) -> Option<Reporting> {
    static MAP: OnceLock<FxMap<&'static str, Reporting>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = FxMap::default();
        // Earlier lists win, as in the plain scan.
        for (kind, list) in JUDGING_VERBS {
            for &w in list {
                m.entry(w).or_insert(kind);
            }
        }
        m
    })
    .get(w)
    .copied()
}

/// [`reporting_verb`] the plain way, the lists scanned in order (the reference).
fn reporting_verb_plain(w: &str) -> Option<Reporting> {
    JUDGING_VERBS
        .iter()
        .find(|(_, list)| list.contains(&w))
        .map(|&(kind, _)| kind)
}

/// The judging verbs of [`reporting_verb`], by the kind of complement they take.
/// Not [`crate::features::english::is_speech_verb`]'s knowledge: these are sorted by where
/// the verdict stands, in every form, with verbs of seeing ("regarded as") that report
/// nobody's words; that list finds who speaks, in finite forms only.
const JUDGING_VERBS: [(Reporting, &[&str]); 3] = [
    (Reporting::Direct, DIRECT_VERBS),
    (Reporting::As, AS_VERBS),
    (Reporting::Of, OF_VERBS),
];

/// Judging verbs whose verdict follows their object directly ("called it reckless").
const DIRECT_VERBS: &[&str] = &[
    "call",
    "calls",
    "called",
    "calling",
    "label",
    "labels",
    "labeled",
    "labelled",
    "labeling",
    "labelling",
    "brand",
    "brands",
    "branded",
    "branding",
    "dub",
    "dubs",
    "dubbed",
    "dubbing",
    "termed",
    "deem",
    "deemed",
    "deems",
    "deeming",
    "judged",
    "adjudged",
    "considered",
    "considers",
    "found",
    "finds",
];

/// Judging verbs whose verdict follows "as" ("described the plan as reckless").
const AS_VERBS: &[&str] = &[
    "describe",
    "describes",
    "described",
    "describing",
    "characterize",
    "characterizes",
    "characterized",
    "characterizing",
    "characterise",
    "characterises",
    "characterised",
    "characterising",
    "dismiss",
    "dismisses",
    "dismissed",
    "dismissing",
    "denounce",
    "denounces",
    "denounced",
    "denouncing",
    "decry",
    "decries",
    "decried",
    "decrying",
    "condemn",
    "condemns",
    "condemned",
    "condemning",
    "criticize",
    "criticizes",
    "criticized",
    "criticizing",
    "criticise",
    "criticises",
    "criticised",
    "criticising",
    "reject",
    "rejects",
    "rejected",
    "rejecting",
    "assail",
    "assails",
    "assailed",
    "assailing",
    "slam",
    "slams",
    "slammed",
    "slamming",
    "blast",
    "blasts",
    "blasted",
    "blasting",
    "praise",
    "praises",
    "praised",
    "praising",
    "hail",
    "hails",
    "hailed",
    "hailing",
    "laud",
    "lauds",
    "lauded",
    "lauding",
    "deride",
    "derides",
    "derided",
    "deriding",
    "portray",
    "portrays",
    "portrayed",
    "portraying",
    // "is now depicted as a *mere* accomplice": the depicter's account.
    "depict",
    "depicts",
    "depicted",
    "depicting",
    "paint",
    "paints",
    "painted",
    "painting",
    "cast",
    "casts",
    "casting",
    "ridicule",
    "ridiculed",
    "mock",
    "mocked",
    "mocking",
    "lambast",
    "lambasted",
    // A review's verdict: "a move some panned as shameful".
    "pan",
    "pans",
    "panned",
    "panning",
    "tout",
    "touts",
    "touted",
    "touting",
    "attack",
    "attacks",
    "attacked",
    "attacking",
    "regard",
    "regards",
    "regarded",
    "view",
    "views",
    "viewed",
    "viewing",
    "seen",
    "see",
    "sees",
    "saw",
    "seeing",
    "interpret",
    "interprets",
    "interpreted",
    "interpreting",
    "perceive",
    "perceives",
    "perceived",
    "perceiving",
    "refer",
    "refers",
    "referred",
    "referring",
    // A fact-checker's or a rating body's verdict: "a claim fact-checkers rated as misleading".
    "rate",
    "rates",
    "rated",
];

/// Judging verbs whose verdict follows "of" ("accused the firm of greenwashing").
/// A warning's object too is the warner's word ("warned of *catastrophe*").
/// Blame's verdict follows "on" or "for" ("blamed the crash on *poor* decision making").
const OF_VERBS: &[&str] = &[
    "accuse", "accuses", "accused", "accusing", "warn", "warns", "warned", "warning", "blame",
    "blames", "blamed", "blaming",
];

/// Copulas and verbs of seeming: the word after one is a predicate ("the plan is
/// reckless"), where a writer's verdict sits (a word-model feature), and quoted words
/// there are a source's description, not scare quotes ("the impact was "short-lived"").
pub(crate) const COPULAS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "am", "seem", "seems", "seemed", "appear",
    "appears", "appeared", "looks", "looked", "become", "becomes", "became", "remain", "remains",
    "remained",
];

/// Adverbs that may stand between a copula and its quoted predicate ("is not "lawful"").
const PREDICATE_ADVERBS: &[&str] = &[
    "not", "never", "so", "too", "very", "also", "still", "really", "just", "always",
];

/// Pronouns that make up a judging verb's whole object ("called it a sham").
const OBJECT_PRONOUNS: &[&str] = &[
    "it",
    "him",
    "her",
    "them",
    "this",
    "that",
    "these",
    "those",
    "us",
    "me",
    "you",
    "himself",
    "herself",
    "themselves",
    "itself",
];

/// Particles after "call" that make it another verb ("called for", "called off").
const CALL_PARTICLES: &[&str] = &[
    "for", "on", "off", "up", "in", "out", "back", "into", "upon", "over", "forth", "at", "to",
    "around", "by",
];

/// True when token `i` stands in the complement of a verb that reports someone's
/// judgement in the same clause: "critics called it *disgusting*", "described the
/// plan as *reckless*", "accused the firm of *greenwashing*", "is seen as a *good*
/// leader", "claims to be a *brilliant* planner", or in the short clause after
/// "that" of a speech or belief verb with a subject other than the writer ("the mayor
/// boasted that the plan would make her a *great* builder"). The judging word is the
/// source's, as if quoted, though no quotation marks are written.
#[cfg(test)]
pub(crate) fn reported_judgement(text: &str, tokens: &[WordAt], i: usize) -> bool {
    reported_judgement_by(text, tokens, i, reporting_verb)
}

/// [`reported_judgement`] with `verb` telling the judging verbs ([`reporting_verb`]
/// or its plain reference). A word joined by "and" or "or" to a reported judgement
/// is reported too, however far the verb ("described him as a liar or a fascist").
fn reported_judgement_by(
    text: &str,
    tokens: &[WordAt],
    i: usize,
    verb: fn(&str) -> Option<Reporting>,
) -> bool {
    reported_judgement_here(text, tokens, i, verb)
        || second_conjunct(text, tokens, i)
            .is_some_and(|j| reported_judgement_here(text, tokens, j, verb))
}

/// True when `w`, right after "and" or "or", is a verb that opens a predicate of its
/// own: a regular past form ("and *demanded* a recount") or a verb of starting or going
/// on ("and *began* rearranging"), not an adjective joined to a verdict ("reckless and
/// cruel"; "flawed and *rigged*" is the verdict's own word, never tested here), nor a
/// past form joining a modifier before a noun ("as embattled and *marginalized*
/// conservatives"). `before` is the word before "and", `next` the word after `w`.
fn new_predicate(before: &str, w: &str, next: &str) -> bool {
    let modifier = matches!(pos_of(before), "past" | "adj")
        && matches!(pos_of(next), "plural" | "noun" | "other");
    // "and took a swipe at the groups": a light verb's irregular past too.
    let light_past = light_verb(w).is_some() && !w.ends_with('s');
    ASPECT_VERBS.contains(&w)
        || light_past
        || (pos_of(w) == "past" && !w.starts_with("un") && !modifier)
}

/// True when "given" at token `k` is a verb after a form of "be" or an auxiliary, up
/// to two adverbs between ("were *given* a mere day", "were never *given*"), not the
/// preposition ("given the perverse lengths").
fn verb_given(text: &str, tokens: &[WordAt], k: usize) -> bool {
    let lower = |j: usize| crate::text::to_lowercase(&text[tokens[j].start..tokens[j].end]);
    let mut j = k;
    while j > 0 && k - j < 2 && pos_of(&lower(j - 1)) == "adv" {
        j -= 1;
    }
    j > 0 && (is_be(&lower(j - 1)) || is_finite_auxiliary(&lower(j - 1)))
}

/// The word before "and" or "or" (an article after it allowed) right before token
/// `i`, in the same clause: "a liar or a *fascist*", "reckless and *cruel*".
fn second_conjunct(text: &str, tokens: &[WordAt], i: usize) -> Option<usize> {
    let lower = |k: usize| crate::text::to_lowercase(&text[tokens[k].start..tokens[k].end]);
    let mut k = i.checked_sub(1)?;
    if matches!(&*lower(k), "a" | "an") {
        k = k.checked_sub(1)?;
    }
    let j = k.checked_sub(1)?;
    let joined = (j..i).all(|m| !ends_clause_between(text, tokens, m, m + 1));
    (joined && matches!(&*lower(k), "and" | "or")).then_some(j)
}

/// [`reported_judgement_by`] for token `i` itself.
fn reported_judgement_here(
    text: &str,
    tokens: &[WordAt],
    i: usize,
    verb: fn(&str) -> Option<Reporting>,
) -> bool {
    if before_according_to(text, tokens, i)
        || after_parenthetical_cue(text, tokens, i)
        || relative_verdict(text, tokens, i)
        || meant_by(text, tokens, i)
    {
        return true;
    }
    let lower = |k: usize| crate::text::to_lowercase(&text[tokens[k].start..tokens[k].end]);
    let (mut saw_as, mut saw_of, mut saw_finite, mut saw_by) = (false, false, false, false);
    // "on" or "for" after a verb of blame: what the blame is laid on or for is the
    // blamer's account ("blamed the crash on *poor* planning", "blamed Walker for creating
    // a *divisive* climate"); its object is the outlet's naming of whom it blames.
    let mut saw_on_or_for = false;
    // A regular past form right after a noun or a name: the verb of a clause whose
    // subject that word ends ("alleges the company *defrauded* investors").
    let past_after_subject = |k: usize| {
        k > 0
            && pos_of(&lower(k)) == "past"
            && !(k + 1 < tokens.len() && lower(k + 1) == "by")
            && !ends_clause_between(text, tokens, k - 1, k)
            && (matches!(pos_of(&lower(k - 1)), "noun" | "plural" | "other")
                || text[tokens[k - 1].start..].starts_with(char::is_uppercase))
            && !speaks_or_believes(&lower(k - 1))
    };
    // The token of the past form seen nearest the verb, and whether the words between
    // that verb and it are a bare noun phrase, the clause's subject ("alleges *the
    // company* defrauded"; not "said nothing as their nominee spewed").
    let mut past_at = past_after_subject(i).then_some(i);
    let subject_between = |from: usize, to: usize| {
        from < to
            && (from..to).all(|m| {
                let w = lower(m);
                !ends_clause_between(text, tokens, m - 1, m)
                    && (matches!(
                        pos_of(&w),
                        "det" | "adj" | "noun" | "plural" | "other" | "num"
                    ) || is_possessive(&w)
                        || (m == from && is_subject_pronoun(&w))
                        || (m + 1 == to && m > from && pos_of(&w) == "adv"))
                    && !matches!(
                        &*w,
                        "as" | "nothing" | "something" | "anything" | "everything"
                    )
            })
    };
    // Words of asides passed over, which do not count toward the walk's reach.
    let mut skipped = 0;
    let mut k = i;
    while k > 0 && k + skipped + REPORTED_BEFORE.max(CREDITED_AFTER) > i {
        let gap = &text[tokens[k - 1].end..tokens[k].start];
        // "praised the officer, a close friend, as a *hero*": the walk passes over an
        // appositive between the verb's object and its "as"; "believed that Putin, like
        // so many autocrats, was *paranoid*", "called the plan, the governor's signature
        // idea, a *sham*": over an aside between a reported clause's subject and its
        // verb, or between a naming verb's object and its verdict ([`aside_before`]).
        let appositive = if saw_as && lower(k) == "as" {
            appositive_before(text, tokens, k)
        } else if coordinated_modifier(text, tokens, k) {
            // "called it a costly, *reckless* plan": one noun phrase goes on.
            Some(k - 1)
        } else if ends_clause_between(text, tokens, k - 1, k) {
            aside_before(text, tokens, k)
        } else {
            None
        };
        // "accused the agency of stalling, of hiding records, and of *misleading* the
        // public": each charge after a comma is the accuser's, as the first one is.
        let charge_list = gap.trim() == ","
            && (lower(k) == "of"
                || (matches!(&*lower(k), "and" | "or") && k + 1 < i && lower(k + 1) == "of"));
        if let Some(j) = appositive {
            skipped += k - j;
            k = j;
        } else if ends_clause_between(text, tokens, k - 1, k) && !charge_list {
            // "According to critics, the plan is reckless": the clause after the
            // source's phrase is the source's.
            // Its predicate and adverbs only, as before ", according to"
            // ([`before_according_to`]): "According to the report, the *shadowy* firm
            // paid" describes the firm; "Smith *correctly* cites" is the source's verdict.
            return (gap.trim() == ","
                && after_according_to(text, tokens, k)
                && (in_predicate(text, tokens, i) || pos_of(&lower(i)) == "adv")
                && !degree_before_figure(text, tokens, i))
                || saying_across_breaks(text, tokens, k, i);
        }
        k -= 1;
        let w = lower(k);
        match &*w {
            // "the think tank's latest study is little more than a pitch": a noun.
            "think" | "thinks" if is_noun_after(&w, &lower(k + 1)) => continue,
            "as" => saw_as = true,
            "on" | "for" => saw_on_or_for = true,
            "of" => saw_of = true,
            // "X said that ...": the clause is X's when a speech or belief verb
            // with a subject opens it; otherwise it is a new clause.
            // "dismissed that notion as a hoax": before a noun and its "as" complement,
            // "that" is the object's determiner; the verb stands further back.
            "that"
                if saw_as
                    && k + 2 < i
                    && lower(k + 2) == "as"
                    && matches!(pos_of(&lower(k + 1)), "noun" | "plural" | "other")
                    && !matches!(&*lower(k + 1), "even" | "just" | "only") => {}
            // "says the excuse is at the core of all that is *dysfunctional*": a relative
            // "that" after a pronoun of quantity stays inside the reported clause.
            "that"
                if k > 0
                    && matches!(
                        &*lower(k - 1),
                        "all" | "everything" | "anything" | "something" | "nothing" | "much"
                    ) => {}
            "that" => {
                return (k > 0 && credits_clause(text, tokens, k - 1))
                    || content_clause(text, tokens, k, i)
                    || cue_across_adjunct(text, tokens, k)
                        .is_some_and(|v| credits_clause_at(text, tokens, v, k))
                    || reported_relative(text, tokens, k, i)
                    || second_that_clause(text, tokens, k, i)
            }
            // "a fraud which they claim is rampant": the relative clause is its subject's.
            "which" | "who" => return reported_relative(text, tokens, k, i),
            // "by" and a word that is not an -ing form opens an agent phrase (not a
            // means: "accused her of making money by duping migrants") that holds the
            // word when only determiners, adverbs and adjectives stand between ("by
            // *careful* engineers"; not "called the plan drafted by aides *reckless*").
            "by" if !saw_as
                && !saw_of
                && !lower(k + 1).ends_with("ing")
                && (k + 1..i)
                    .all(|j| matches!(pos_of(&lower(j)), "det" | "adv" | "adj" | "num")) =>
            {
                saw_by = true
            }
            // A new clause starts: its words are not the verb's complement.
            // "said that the only way he can lose is if the election is *stolen*": after a
            // copula, "if" opens the predicate, inside the reported clause.
            "if" if k > 0 && is_be(&lower(k - 1)) => {}
            "but" | "while" | "because" | "although" | "when" | "after" | "before" | "since"
            | "if" | "unless" => return false,
            // "given the ...", a preposition there; "were (never) given" stays a verb.
            "given" if !verb_given(text, tokens, k) => return false,
            // "called the site “precious” and *began* tenderly ...": a verb after "and"
            // opens the subject's next predicate, the outlet's account of what it did.
            "and" | "or"
                if k > 0
                    && k + 1 < i
                    && new_predicate(&lower(k - 1), &lower(k + 1), &lower(k + 2)) =>
            {
                return false
            }
            _ => {}
        }
        // "Critics say the plan is reckless": the clause after a verb of saying or
        // believing with no "that" is its subject's when a finite verb stands in it
        // (not "announced the reckless plan", where the words are the verb's object).
        // So too any verb of saying or believing whose clause opens with a pronoun and
        // an auxiliary ("claims he is the target of a vendetta"); not an announcement
        // (an act reported), nor a relative clause's verb ("who claim they will expand
        // it steadfastly refuse": where its clause ends is not known).
        // A pronoun only in the subject's case opens a clause whatever verb follows it
        // ("said she *shares* the disgust", "argued they want"; "it" and "you" may be objects).
        let opens = |k: usize| {
            speaks_or_believes(&w)
                && !w.starts_with("announc")
                && k + 2 < i
                && (opens_finite_clause(&lower(k + 1), &lower(k + 2))
                    || opens_finite_clause(&lower(k + 1), "")
                    || {
                        let p = lower(k + 1);
                        is_subject_pronoun(&p) && !matches!(&*p, "it" | "you")
                    })
                && subject_before(text, tokens, k)
                    .is_some_and(|s| !matches!(&*s, "who" | "which" | "that"))
        };
        // The clause's finite verb may come after the word, when the word stands in the
        // clause's subject ("many fear this *insidious* form of control could spread"),
        // after a verb that takes no noun object before a clause.
        let finite = || {
            saw_finite
                || (reports_clause_only(&w)
                    && (past_at.is_some_and(|p| subject_between(k + 1, p))
                        || finite_ahead(text, tokens, i)))
        };
        // "since Mr. Straight Talk and his *miraculous* cure", "the Don't Say Gay law is
        // *cruel*": a capital inside a sentence of prose makes a name, not a verb (not in a
        // headline's title case, "Trump Calls the Plan a Sham", nor a word all in capitals).
        // Prose after the word makes a name only when a capitalised word of the same
        // sentence stands right before it: a verb opening its sentence is capitalised
        // as the first word ("Calling the plan a *sham*, critics marched").
        let name = || {
            let surface = &text[tokens[k].start..tokens[k].end];
            k > 0
                && surface.starts_with(char::is_uppercase)
                && surface.chars().any(char::is_lowercase)
                && (prose_before(text, tokens, k)
                    || (tokens[k - 1].facts.cap()
                        && !ends_sentence_between(text, tokens, k - 1, k)
                        && prose_after(text, tokens, k)))
        };
        let noun_use = NOUN_OR_VERB.contains(&&*w)
            && (lower(k + 1) == "of"
                || subject_before(text, tokens, k).is_none_or(|s| {
                    is_noun_marker(&s) || matches!(pos_of(&s), "adv" | "prep" | "conj")
                }));
        // "critics are saying", "they’re saying", "kept insisting": a speech participle
        // after "be" (or a pronoun joined to it) or a verb of continuing reports a clause
        // as its finite verb would.
        // Only participles that take no noun object before their clause ("are calling
        // him a warlord" is a judging verb's object and verdict).
        let progressive = k > 0 && is_clause_participle(&w) && {
            let before = lower(k - 1);
            is_be(&before) || is_be_contraction(&before) || ASPECT_VERBS.contains(&&*before)
        };
        if !noun_use
            && ((reports_bare_clause(&w) || progressive) && finite() || opens(k))
            && !name()
        {
            // "the stated goal", "Putin's stated goal": a participle after a determiner
            // or a possessive is an adjective, and the clause after it the writer's; so
            // is a noun after a preposition ("the concept of thought pollution is").
            let lead = infinitive_lead(text, tokens, k).unwrap_or(k);
            return credits_clause(text, tokens, k)
                && subject_before(text, tokens, lead).is_some_and(|s| {
                    !is_noun_marker(&s)
                        && (!is_possessive(&s) || is_s_contraction(&s))
                        && pos_of(&s) != "prep"
                });
        }
        // ", saying that's what the regime wants": a participle after its clause's comma
        // reports the clause after it as a verb with a subject does.
        if w.ends_with("ing")
            && (saw_finite
                || (k + 2 < i && opens_finite_clause(&lower(k + 1), &lower(k + 2)))
                || (k + 1 < i && opens_finite_clause(&lower(k + 1), "")))
            && participle_cue(text, tokens, k)
        {
            return true;
        }
        // "he’s", "they're", "that's": a pronoun joined to its auxiliary carries a finite
        // verb too.
        saw_finite |=
            is_finite_auxiliary(&w) || opens_finite_clause(&w, "") || is_be_contraction(&w);
        // "the company *defrauded* investors", not "the letter *signed* by".
        if pos_of(&w) == "past" && past_after_subject(k) {
            past_at = Some(k);
        }
        // Past `REPORTED_BEFORE` words only an "as" verb reaches its verdict, and only
        // one standing right after "as": "described China's treatment of the Uyghurs as
        // *genocide*" (a long object is common before "as"). So does any verb whose
        // object is a name and title alone, before an article ("branded Israeli Prime
        // Minister Benjamin Netanyahu a *liar*"; not "called Prime Minister Benjamin
        // Netanyahu on Tuesday to discuss").
        // So does a verb of charging past "of": the whole charge is the accuser's
        // ("accused the party's leaders of quietly plotting to oust him out of personal
        // *spite*").
        let reaches = k + skipped + REPORTED_BEFORE >= i
            || (saw_as && verdict_after_as(text, tokens, i))
            || (saw_of && verb(&w) == Some(Reporting::Of));
        if !reaches && !named_object(text, tokens, k, i) {
            continue;
        }
        // A judging verb's form after a determiner is a noun ("called the attack
        // cowardly", "her views"): the verb is further back.
        let noun = k > 0 && {
            let before = lower(k - 1);
            is_noun_marker(&before) || matches!(&*before, "this" | "that")
        };
        // "warned of": "of" right after it ("warning signs of tepid growth" is a noun's).
        // "will be viewed as a *seminal* moment": a forecast with no one who judges is
        // the writer's, unless a clause further back reports it ("critics say ...").
        // A capitalised word inside prose is a name here too (`name` above).
        // "found in the archive", "finds himself besieged", "was found to be": a place, a
        // state or a passive fact, not a finder's verdict on an object.
        let found_plain = matches!(&*w, "found" | "finds") && {
            let next = lower(k + 1);
            next == "to"
                || pos_of(&next) == "prep"
                || next.ends_with("self")
                || next.ends_with("selves")
        };
        let kind =
            if noun || name() || found_plain || (w.starts_with("warn") && lower(k + 1) != "of") {
                None
            } else {
                verb(&w).filter(|_| !forecast_passive(text, tokens, k))
            };
        // "claims to be great", "is said to be great", "is considered to be great".
        if (kind.is_some() || speaks_or_believes(&w))
            && i > k + 2
            && lower(k + 1) == "to"
            && lower(k + 2) == "be"
        {
            return !by_the_writer(text, tokens, k);
        }
        if let Some(kind) = kind {
            // The agent of a passive judging verb is the outlet's description of the
            // source, not the verdict: "dismissed as baseless by *knowledgeable*
            // scientists" (but "described by critics as reckless": "as" comes after).
            // "We called it reckless", "I see it as a disgrace": the writer's own verdict.
            // A finding's verdict ends its small clause ("found the books *inappropriate*
            // for"; not "found her *racist* demagoguery offensive", the object's words).
            let verdict_ends = || {
                i + 1 >= tokens.len()
                    || ends_clause_between(text, tokens, i, i + 1)
                    || matches!(pos_of(&lower(i + 1)), "prep" | "conj" | "det" | "aux")
            };
            let finding = matches!(&*w, "found" | "finds");
            let verdict = !saw_by
                && !by_the_writer(text, tokens, k)
                && (!finding || verdict_ends())
                && match kind {
                    // The verb's object comes first ("called the plan disgusting",
                    // "called it a sham"): a word right after the verb, other than a
                    // pronoun, belongs to the object ("called the devastation ..."),
                    // unless the verb is passive ("was called disgusting").
                    // "what they call the *questionable* dealings": "what" is the
                    // object, so all after the verb is the verdict.
                    // "what they found *shocking*", but not "what investigators found was
                    // *shocking*": a finding's verdict stands right after the verb.
                    Reporting::Direct
                        if (names_what(text, tokens, k) || names_noun_before(text, tokens, k))
                            && (!finding || i == k + 1) =>
                    {
                        true
                    }
                    Reporting::Direct => {
                        let next = lower(k + 1);
                        let passive = k > 0 && is_be(&lower(k - 1));
                        // "called Clinton *corrupt*": a name alone is the whole object
                        // too, as a pronoun is (not an adverb of manner after it).
                        let name = i - k == 2
                            && text[tokens[k + 1].start..].starts_with(char::is_uppercase)
                            && !is_possessive(&next)
                            && pos_of(&lower(i)) != "adv";
                        let pronoun = name || (i - k == 2 && OBJECT_PRONOUNS.contains(&&*next));
                        if w.starts_with("consider") {
                            // "considered" also means weighed ("considered the harsh
                            // cuts"): a verdict only when passive and next to it ("is
                            // considered a gifted orator") or after a pronoun.
                            let near =
                                i - k == 1 || (i - k == 2 && matches!(&*next, "a" | "an" | "the"));
                            (passive && near) || pronoun
                        } else if matches!(&*w, "found" | "finds") {
                            // "found the content *inappropriate*": a finding's verdict
                            // stands after its object's noun, a small clause ("found a
                            // *brutal* regime" describes what was found); passive and
                            // next to it, "was found *negligent*".
                            // The suffix tagger reads "content" as an adjective: any word
                            // but a determiner, an adverb or a function word ends the object.
                            let before = lower(i - 1);
                            // After a determiner the object needs a noun before the verdict
                            // ("found the books *inappropriate*"); else the word is the
                            // object's own head ("found the young *thugs*").
                            let headed = !is_noun_marker(&lower(k + 1))
                                || (k + 2..i).any(|m| {
                                    matches!(pos_of(&lower(m)), "noun" | "plural" | "ing")
                                });
                            let object_noun = headed
                                && i - k > 2
                                && !is_noun_marker(&before)
                                && !matches!(
                                    &*before,
                                    "most" | "more" | "less" | "least" | "very" | "so" | "too"
                                )
                                && !matches!(
                                    pos_of(&before),
                                    "det" | "adv" | "num" | "prep" | "conj" | "aux"
                                );
                            (passive && i - k == 1) || pronoun || object_noun
                        } else {
                            !CALL_PARTICLES.contains(&&*next) && (i - k > 2 || passive || pronoun)
                        }
                    }
                    // "widely regarded as one of the greatest": a consensus the writer
                    // asserts, with no one who regards; the outlet's own verdict.
                    Reporting::As if consensus_passive(text, tokens, k) => false,
                    Reporting::As => {
                        (saw_as
                            && (k + skipped + REPORTED_BEFORE >= i
                                || verdict_after_as(text, tokens, i))
                            && (!matches!(&*w, "see" | "sees" | "saw" | "seeing")
                                || sees_as(text, tokens, k, i)))
                            || (w.starts_with("hail") && hailed_without_as(text, tokens, k, i))
                    }
                    // "the president accused of orchestrating it", "was accused of
                    // plotting": a passive charge with no accuser is the outlet's report
                    // of it; "accused by rivals of ..." and "X accused Y of ..." are
                    // the accuser's words.
                    Reporting::Of if passive_charge(text, tokens, k) => false,
                    Reporting::Of => saw_of || (saw_on_or_for && w.starts_with("blam")),
                };
            // A finding that is no small clause leaves the walk to the clause rules
            // ("found it deeply disturbing to see").
            if verdict || !finding {
                return verdict;
            }
        }
    }
    false
}

/// True when the sentence before token `k` is prose, not title case: a word of more
/// than three letters written in lowercase stands between its start and `k`, within
/// the 30 words before `k`.
fn prose_before(text: &str, tokens: &[WordAt], k: usize) -> bool {
    let mut j = k;
    while j > 0 && j + 30 > k && !ends_sentence_between(text, tokens, j - 1, j) {
        j -= 1;
        let word = &text[tokens[j].start..tokens[j].end];
        if word.starts_with(char::is_lowercase) && word.chars().count() > 3 {
            return true;
        }
    }
    false
}

/// True when the sentence after token `k` is prose, as [`prose_before`] reads the words
/// before it: "The Don't Say Gay law is cruel", whose name opens the sentence.
fn prose_after(text: &str, tokens: &[WordAt], k: usize) -> bool {
    let mut j = k;
    while j + 1 < tokens.len() && j < k + 30 && !ends_sentence_between(text, tokens, j, j + 1) {
        j += 1;
        let word = &text[tokens[j].start..tokens[j].end];
        if word.starts_with(char::is_lowercase) && word.chars().count() > 3 {
            return true;
        }
    }
    false
}

/// True when a comma before token `k` joins two modifiers of one noun phrase: an
/// adjective (or a word in "-ly", "costly") after a determiner or an adjective, then an
/// adjective or "even" ("a costly, *reckless* plan", "a quixotic, even *dangerous*, cause"); not a
/// predicate's ("the plan is costly, reckless officials said").
fn coordinated_modifier(text: &str, tokens: &[WordAt], k: usize) -> bool {
    let lower = |j: usize| crate::text::to_lowercase(&text[tokens[j].start..tokens[j].end]);
    k >= 2
        && text[tokens[k - 1].end..tokens[k].start].trim() == ","
        && !ends_clause_between(text, tokens, k - 2, k - 1)
        && matches!(pos_of(&lower(k - 1)), "adj" | "adv")
        && matches!(pos_of(&lower(k - 2)), "det" | "adj")
        && (pos_of(&lower(k)) == "adj" || lower(k) == "even")
}

/// The first token of an appositive ([`appositive_at`]) or a relative clause that ends
/// right before token `k` ("praised the officer, a close friend, as a hero"; dashes
/// too), opening after the same mark that closes it, within six words. None when none
/// ends there.
fn appositive_before(text: &str, tokens: &[WordAt], k: usize) -> Option<usize> {
    let kind = |a: usize, b: usize| {
        let gap = text[tokens[a].end..tokens[b].start].trim();
        match gap {
            "," => Some(','),
            "-" | "\u{2013}" | "\u{2014}" => Some('-'),
            _ => None,
        }
    };
    let close = kind(k - 1, k)?;
    for j in (k.saturating_sub(6).max(2)..k - 1).rev() {
        if ends_clause_between(text, tokens, j - 1, j) {
            let det = crate::text::to_lowercase(&text[tokens[j].start..tokens[j].end]);
            return (kind(j - 1, j) == Some(close)
                && (matches!(&*det, "which" | "who" | "whose")
                    || appositive_at(text, tokens, j, k - 1)))
            .then_some(j);
        }
    }
    None
}

/// How many words back from a second "that" clause its verb is looked for
/// ([`second_that_clause`]).
const SECOND_THAT_REACH: usize = 30;

/// True when the "that" at token `t` follows "and" (a comma allowed before it) and
/// opens a second clause of a verb of saying or believing further back in the
/// sentence whose first clause opens on "that" too: "The report alleges that Perez
/// engineered a plan, and that he *meddled* with the decision", "critics said that
/// the plan was late and that the mayor was a *disgrace*". Not a demonstrative ("and
/// that *shameful* remark": token `i` right after it).
fn second_that_clause(text: &str, tokens: &[WordAt], t: usize, i: usize) -> bool {
    let lower = |m: usize| crate::text::to_lowercase(&text[tokens[m].start..tokens[m].end]);
    if t < 3 || t + 1 >= i || lower(t - 1) != "and" || ends_clause_between(text, tokens, t - 1, t) {
        return false;
    }
    let mut m = t - 1;
    while m > 1 && m + SECOND_THAT_REACH > t {
        if ends_sentence_between(text, tokens, m - 1, m) {
            return false;
        }
        m -= 1;
        if lower(m + 1) == "that" && credits_clause(text, tokens, m) {
            return true;
        }
    }
    false
}

/// True when the words between a verb at token `k` and token `i` are a name of
/// capitalised words (a title among them) and then an article right before token `i` or
/// the word before it: "branded Israeli Prime Minister Benjamin Netanyahu a *liar*".
fn named_object(text: &str, tokens: &[WordAt], k: usize, i: usize) -> bool {
    let lower = |m: usize| crate::text::to_lowercase(&text[tokens[m].start..tokens[m].end]);
    let capital = |m: usize| text[tokens[m].start..].starts_with(char::is_uppercase);
    if !capital(k + 1) {
        return false;
    }
    let Some(article) = (k + 2..i)
        .rev()
        .take(2)
        .find(|&m| matches!(&*lower(m), "a" | "an"))
    else {
        return false;
    };
    (k + 1..article).all(capital)
        && (k + 1..i).all(|m| !ends_clause_between(text, tokens, m - 1, m))
}

/// Most words an aside set off by commas or dashes may hold ([`aside_before`]).
const ASIDE_WORDS: usize = 14;

/// The first token of an aside that ends with a comma or dash right before token `k`
/// and opens after the same mark, within [`ASIDE_WORDS`] words, so that the walk to a
/// reporting verb passes over it. Two kinds:
/// - inside a reported clause, between its subject (a noun, a name or a pronoun) and
///   the verb that goes on at token `k`: a relative clause, an appositive, or a phrase
///   opening on a preposition or an adverb ("said the plan, which passed last week,
///   *was* a disgrace", "believed that Putin, like so many autocrats, *was* paranoid",
///   "warned that the cuts, on top of steep reductions, *would* be devastating");
/// - an appositive to the object of a naming verb ([`Reporting::Direct`]) before its
///   verdict ("called the plan, the governor's signature idea, a sham", "branded him,
///   a former ally, a traitor").
///
/// None otherwise: "He said he would resign, a shameful end" has no aside (one comma),
/// and the clause after an aside that no verb continues is not the subject's.
fn aside_before(text: &str, tokens: &[WordAt], k: usize) -> Option<usize> {
    let lower = |m: usize| crate::text::to_lowercase(&text[tokens[m].start..tokens[m].end]);
    let kind = |a: usize, b: usize| match text[tokens[a].end..tokens[b].start].trim() {
        "," => Some(','),
        "-" | "\u{2013}" | "\u{2014}" => Some('-'),
        _ => None,
    };
    let close = kind(k - 1, k)?;
    // The opening mark: the first clause break back from the closing one.
    let mut j = k - 1;
    loop {
        if j < 2 || k - j > ASIDE_WORDS {
            return None;
        }
        if ends_clause_between(text, tokens, j - 1, j) {
            break;
        }
        j -= 1;
    }
    // "Democracy, in his view, can ...": a source's point of view is read as one
    // ([`after_according_to`]), not passed over.
    if kind(j - 1, j) != Some(close) || (close == ',' && after_according_to(text, tokens, k)) {
        return None;
    }
    let first = lower(j);
    let head = lower(j - 1);
    let appositive = appositive_at(text, tokens, j, k - 1);
    // The verb that goes on after the aside, past one adverb.
    let mut v = k;
    if pos_of(&lower(v)) == "adv" && v + 1 < tokens.len() {
        v += 1;
    }
    let verb = lower(v);
    let goes_on = is_be(&verb)
        || is_finite_auxiliary(&verb)
        || LINKING_VERBS.contains(&&*verb)
        || (pos_of(&verb) == "past" && !(v + 1 < tokens.len() && lower(v + 1) == "by"));
    let subject = matches!(pos_of(&head), "noun" | "plural" | "other")
        || is_subject_pronoun(&head)
        || text[tokens[j - 1].start..].starts_with(char::is_uppercase);
    let opens = appositive
        || matches!(&*first, "which" | "who" | "whose")
        || (matches!(pos_of(&first), "prep" | "adv") && first != "as");
    if goes_on && subject && opens {
        return Some(j);
    }
    // A naming verb's object before the aside: "called the plan, ...", "branded him, ...".
    let naming = appositive
        && (j.saturating_sub(4)..j - 1).any(|m| {
            reporting_verb(&lower(m)) == Some(Reporting::Direct)
                && (m + 1..j).all(|n| !ends_clause_between(text, tokens, n - 1, n))
        });
    naming.then_some(j)
}

/// True when the naming verb at token `k` has "what" for its object before its subject:
/// "what they call", "what critics have called", "what he calls"; not the writer's
/// own naming ("what we would today call"), nor a question where "what" is the name
/// and the words after the verb its object ("it is not clear what they called the
/// *reckless* driver").
fn names_what(text: &str, tokens: &[WordAt], k: usize) -> bool {
    let lower = |j: usize| crate::text::to_lowercase(&text[tokens[j].start..tokens[j].end]);
    (k.saturating_sub(4)..k.saturating_sub(1))
        .rev()
        .take_while(|&j| !ends_clause_between(text, tokens, j, j + 1))
        .find(|&j| lower(j) == "what")
        .is_some_and(|j| {
            let question =
                j > 0 && !ends_clause_between(text, tokens, j - 1, j) && asks_what(&lower(j - 1));
            !(question || (j + 1..k).any(|x| is_writer(&lower(x))))
        })
}

/// True when the naming verb at token `k` follows a noun and a third-person subject
/// with no "that" between: "a practice they call *sportswashing*", "the tactic critics
/// call *gaslighting*". The noun is the verb's object (a relative clause), so the words
/// after the verb are the name the subject gives it. Not after a verb of saying ("he says
/// they call ..."), whose clause is read by the other rules.
fn names_noun_before(text: &str, tokens: &[WordAt], k: usize) -> bool {
    let lower = |j: usize| crate::text::to_lowercase(&text[tokens[j].start..tokens[j].end]);
    if k < 2 || (k - 2..k).any(|j| ends_clause_between(text, tokens, j, j + 1)) {
        return false;
    }
    let (noun, subject) = (lower(k - 2), lower(k - 1));
    // "During the storm she called the crew", "The next day he called": a noun phrase
    // that opens its sentence, or follows a preposition that opens its clause, is a
    // time or place, not the object a relative clause names.
    let opens = |b: usize| b == 0 || ends_clause_between(text, tokens, b - 1, b);
    let mut b = k - 2;
    while !opens(b) && {
        let w = lower(b - 1);
        is_noun_marker(&w) || matches!(pos_of(&w), "det" | "adj" | "num")
    } {
        b -= 1;
    }
    if b == 0
        || ends_sentence_between(text, tokens, b - 1, b)
        || (matches!(pos_of(&lower(b - 1)), "prep" | "conj") && opens(b - 1))
    {
        return false;
    }
    matches!(
        &*subject,
        "they" | "he" | "she" | "critics" | "opponents" | "detractors" | "activists"
    ) && matches!(pos_of(&noun), "noun" | "plural" | "other")
        && !speaks_or_believes(&noun)
        && !is_noun_marker(&noun)
}

/// True when lowercase `word`, right before "what", makes it a question's word ("not
/// clear what", "asked what", "wonder what"), not the object of a verb or preposition
/// ("rejected what", "pointed to what").
fn asks_what(word: &str) -> bool {
    matches!(
        word,
        "clear"
            | "unclear"
            | "sure"
            | "certain"
            | "unknown"
            | "know"
            | "knows"
            | "knew"
            | "known"
            | "ask"
            | "asks"
            | "asked"
            | "asking"
            | "wonder"
            | "wonders"
            | "wondered"
            | "wondering"
    )
}

/// True when the judging verb at token `k` is a passive after a modal and "be", one
/// adverb allowed between, with no agent after it ("will be *viewed* as a seminal
/// moment", "would surely be *seen* as"; not "will be viewed by historians as"): a
/// forecast of how a thing will be judged, by no one named.
fn forecast_passive(text: &str, tokens: &[WordAt], k: usize) -> bool {
    let lower = |j: usize| crate::text::to_lowercase(&text[tokens[j].start..tokens[j].end]);
    if k < 2 || lower(k - 1) != "be" || (k + 1 < tokens.len() && lower(k + 1) == "by") {
        return false;
    }
    let mut m = k - 2;
    if m > 0 && pos_of(&lower(m)) == "adv" && !ends_clause_between(text, tokens, m - 1, m) {
        m -= 1;
    }
    is_modal(&lower(m)) && (m..k).all(|j| !ends_clause_between(text, tokens, j, j + 1))
}

/// True when "hail" at token `k` gives the word at token `i` its verdict without "as", as
/// local and British copy writes it: passive and next to it ("is being hailed a *hero*",
/// "were hailed heroes") or after a pronoun object ("neighbours hailed her a *hero*").
/// "hails from Ohio" has neither.
fn hailed_without_as(text: &str, tokens: &[WordAt], k: usize, i: usize) -> bool {
    let lower = |j: usize| crate::text::to_lowercase(&text[tokens[j].start..tokens[j].end]);
    let article = |j: usize| matches!(&*lower(j), "a" | "an");
    let passive = k > 0 && is_be(&lower(k - 1));
    let pronoun = i > k + 1 && OBJECT_PRONOUNS.contains(&&*lower(k + 1));
    (passive && (i == k + 1 || (i == k + 2 && article(k + 1))))
        || (pronoun && (i == k + 2 || (i == k + 3 && article(k + 2))))
}

/// True when the verb at token `i` (past any adverbs before it) follows "and", "or", a
/// dash or a comma: it opens a predicate of its own ("called it “fake news” and
/// *denouncing* reporters", "of treason -- *slamming* the director").
fn opens_predicate(text: &str, tokens: &[WordAt], i: usize) -> bool {
    let lower = |j: usize| crate::text::to_lowercase(&text[tokens[j].start..tokens[j].end]);
    let mut k = i;
    while k > 0 && pos_of(&lower(k - 1)) == "adv" {
        k -= 1;
    }
    k > 0
        && (matches!(&*lower(k - 1), "and" | "or")
            || text[tokens[k - 1].end..tokens[k].start]
                .contains(['-', '\u{2014}', '\u{2013}', ',']))
}

/// True when token `i` stands right after "as", past at most two determiners,
/// adjectives, adverbs or numbers ("as genocide", "as a brutal crackdown"): the
/// complement of "as", not a word further on in its clause nor a comparison.
fn verdict_after_as(text: &str, tokens: &[WordAt], i: usize) -> bool {
    let lower = |k: usize| crate::text::to_lowercase(&text[tokens[k].start..tokens[k].end]);
    (i.saturating_sub(3)..i).rev().any(|j| {
        lower(j) == "as"
            // "as well as evil", "such as": a comparison or a list, not a verdict.
            && !(j > 0 && matches!(&*lower(j - 1), "well" | "such" | "same" | "so" | "as"))
            && (j + 1..i).all(|m| matches!(pos_of(&lower(m)), "det" | "adv" | "adj" | "num"))
            && (j..i).all(|m| !ends_clause_between(text, tokens, m, m + 1))
    })
}

/// True when "see" at token `k` takes the "as" before token `i` as its verdict ("voters
/// see the system as corrupt"), not a question it opens ("to see whether the plan, as
/// bold as it is, will pass"), a comparison ("see the same risks as") or a clause "as"
/// opens after the thing seen happening ("see prices rising as", "see their funding
/// slashed as", "a process known as"). "Saw" and "seeing" also tell a time ("saw heavy
/// rain as a storm moved in"): theirs is a verdict only when no verb follows it in its
/// clause ("saw the movement as *divisive*, or centrifugal").
fn sees_as(text: &str, tokens: &[WordAt], k: usize, i: usize) -> bool {
    let lower = |j: usize| crate::text::to_lowercase(&text[tokens[j].start..tokens[j].end]);
    if matches!(&*lower(k + 1), "whether" | "if" | "how" | "why") {
        return false;
    }
    let Some(a) = (k + 1..i).find(|&j| lower(j) == "as") else {
        return false;
    };
    if (k + 1..a).any(|j| lower(j) == "same") {
        return false;
    }
    // A verb between "as" and the word ("seeing the crowd as it turned *violent*") or
    // after it in its clause tells a time.
    if matches!(&*lower(k), "saw" | "seeing") {
        let verb = |j: usize| {
            let w = lower(j);
            matches!(pos_of(&w), "past" | "aux") || is_finite_auxiliary(&w)
        };
        let mut clause_after = (i + 1..tokens.len().min(i + SUBJECT_AFTER + 1))
            .take_while(|&j| !ends_clause_between(text, tokens, j - 1, j));
        if (a + 1..i).any(verb) || clause_after.any(verb) {
            return false;
        }
    }
    let before = lower(a - 1);
    !(a > k + 2 && (matches!(pos_of(&before), "ing" | "past") || before == "known"))
}

/// True when token `k`, one of [`opens_clause_of_its_own`], opens a clause subordinate
/// to the one before it ("because", "when", "if", "although", a relative "that", "which",
/// "who") with no mark at all before it: a trailing attribution after it credits the whole
/// sentence. Not "but" or "while", which set a second claim against the first.
fn subordinate_within(text: &str, tokens: &[WordAt], k: usize) -> bool {
    let w = crate::text::to_lowercase(&text[tokens[k].start..tokens[k].end]);
    k > 0
        && !matches!(&*w, "but" | "while")
        && text[tokens[k - 1].end..tokens[k].start].trim().is_empty()
}

/// Words that open a clause of their own ("that", "which", "but", "because", ...): a
/// source's attribution on one side of them does not reach a word on the other.
fn opens_clause_of_its_own(w: &str) -> bool {
    matches!(
        w,
        "that" | "which" | "who" | "but" | "while" | "because" | "although" | "when" | "if"
    )
}

/// True when token `i` stands in the predicate ([`in_predicate`]) of a clause whose
/// subject is set off from it by a source's attribution between commas ([`trailing_cue`]:
/// "The plan, critics say, is *reckless*"; "The rule, he said, is a *classic* case"):
/// the verdict is the source's, as before an attribution that closes the clause. The
/// subject's own words stay the outlet's ("The *reckless* plan, critics say, will fail").
fn after_parenthetical_cue(text: &str, tokens: &[WordAt], i: usize) -> bool {
    if !in_predicate(text, tokens, i) || degree_before_figure(text, tokens, i) {
        return false;
    }
    let lower = |j: usize| crate::text::to_lowercase(&text[tokens[j].start..tokens[j].end]);
    let comma = |a: usize, b: usize| text[tokens[a].end..tokens[b].start].trim() == ",";
    // The comma that closes the attribution: the first clause break before `i`.
    let mut k = i;
    while k > 0 && k + CREDITED_BEFORE > i {
        if ends_clause_between(text, tokens, k - 1, k) {
            if !comma(k - 1, k) {
                return false;
            }
            // The attribution runs from the comma before it.
            let longest = TRAILING_SPEAKER + TRAILING_ADJUNCT + 1;
            let mut c = k - 1;
            while c > 0 && k - c <= longest {
                if ends_clause_between(text, tokens, c - 1, c) {
                    return comma(c - 1, c) && trailing_cue(text, tokens, c);
                }
                c -= 1;
            }
            return false;
        }
        if opens_clause_of_its_own(&lower(k - 1)) {
            return false;
        }
        k -= 1;
    }
    false
}

/// How many words a judgement may stand before the ", according to" that closes its
/// clause ("the plan is reckless and cruel, according to economists").
const CREDITED_BEFORE: usize = 12;

/// True when token `i` stands in the predicate ([`in_predicate`]) of a clause closed by
/// a source's attribution that ends its sentence or clause, ", according to X" or ", X
/// said" and its kin ([`trailing_cue`]): the verdict is X's ("the levy is cruel,
/// according to economists", "the deal was a betrayal of voters, he implied"), while
/// the outlet's description of a noun ("the knife-edge midterm, according to
/// pollsters", "the horrific attack left eleven dead, police said") stays its own. Not
/// a degree word before a figure ("a whopping $2 trillion, according to the budget
/// office"): the figure is the source's, the degree word the outlet's.
fn before_according_to(text: &str, tokens: &[WordAt], i: usize) -> bool {
    if degree_before_figure(text, tokens, i) {
        return false;
    }
    let lower = |j: usize| crate::text::to_lowercase(&text[tokens[j].start..tokens[j].end]);
    let mut k = i + 1;
    while k + 1 < tokens.len() && k <= i + CREDITED_BEFORE {
        if ends_clause_between(text, tokens, k - 1, k) {
            let gap = text[tokens[k - 1].end..tokens[k].start].trim();
            if gap != "," {
                return false;
            }
            let according = lower(k) == "according"
                && lower(k + 1) == "to"
                && (k + 2..tokens.len().min(k + 10))
                    .any(|j| j + 1 == tokens.len() || ends_clause_between(text, tokens, j, j + 1));
            // After a verb of arguing or believing the whole clause is the argument,
            // its subject and object too ("the files reflect a *dangerous* impulse,
            // Belew argued"); after "said" only its predicate is a verdict.
            return (according && in_predicate(text, tokens, i))
                || (trailing_cue(text, tokens, k)
                    && (in_predicate(text, tokens, i) || argued_after(text, tokens, k)));
        }
        // "video is *dangerous* because we trust what we see, Li says": a clause
        // subordinate to the word's own goes on to the attribution; a contrast does not.
        if opens_clause_of_its_own(&lower(k)) && !subordinate_within(text, tokens, k) {
            return false;
        }
        k += 1;
    }
    false
}

/// Verbs that credit a clause as an argument or a belief, not as a report: the whole
/// clause before them is their subject's claim.
const ARGUING_CUES: &[&str] = &[
    "argue",
    "argues",
    "argued",
    "contend",
    "contends",
    "contended",
    "insist",
    "insists",
    "insisted",
    "maintain",
    "maintains",
    "maintained",
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    "thought",
];

/// True when the trailing attribution from token `k` ([`trailing_cue`]) has a verb of
/// [`ARGUING_CUES`] in its first words, before its clause ends (not a later clause's
/// verb: ", police said, though some think otherwise").
fn argued_after(text: &str, tokens: &[WordAt], k: usize) -> bool {
    for j in k..tokens.len().min(k + TRAILING_SPEAKER + 1) {
        let w = crate::text::to_lowercase(&text[tokens[j].start..tokens[j].end]);
        if ARGUING_CUES.contains(&&*w) {
            return true;
        }
        if j + 1 < tokens.len() && ends_clause_between(text, tokens, j, j + 1) {
            return false;
        }
    }
    false
}

/// How many words a trailing attribution's speaker may have before the verb (", the
/// city's transit chief said") or after it (", said the city's transit chief").
const TRAILING_SPEAKER: usize = 5;

/// How many words may follow a trailing attribution's verb to tell when, where or to
/// whom it was said (", she told reporters on Tuesday").
const TRAILING_ADJUNCT: usize = 6;

/// True when the words from token `k` (after a comma) are an attribution that closes
/// its sentence or clause: a speaker and a verb of saying or believing (", he
/// implied", ", critics say", ", the ministry said in a statement"), or the verb and
/// its speaker (", said Smith"). Not the writer (", I think"), nor a verb that goes on
/// to report a clause of its own (", officials say the cost is high").
fn trailing_cue(text: &str, tokens: &[WordAt], k: usize) -> bool {
    let lower = |j: usize| crate::text::to_lowercase(&text[tokens[j].start..tokens[j].end]);
    if trailing_channel_cue(text, tokens, k) {
        return true;
    }
    // The end of the clause or sentence that holds token `k`, within `limit` words.
    let clause_end = |from: usize, limit: usize| {
        (from..tokens.len().min(from + limit + 1))
            .find(|&j| j + 1 == tokens.len() || ends_clause_between(text, tokens, j, j + 1))
    };
    let Some(end) = clause_end(k, TRAILING_SPEAKER + TRAILING_ADJUNCT + 1) else {
        return false;
    };
    // The attribution closes its sentence, or a comma goes on with the rest of the
    // reported clause (", Smith said, the plan would ..."); not a quotation, a colon or
    // a second verb it introduces (", he said, “...”", ", Trump tweeted, then deleted").
    let after = tokens.get(end + 1).map_or(text.len(), |t| t.start);
    if text[tokens[end].end..after].contains(':') {
        return false;
    }
    if end + 1 < tokens.len() && !ends_sentence_between(text, tokens, end, end + 1) {
        let gap = text[tokens[end].end..tokens[end + 1].start].trim();
        // ", they say, but his voters aren't": a conjunction and a new subject open the
        // next clause; a verb after it would go on with the speaker's acts.
        let next_clause =
            matches!(&*lower(end + 1), "and" | "but" | "or") && end + 2 < tokens.len() && {
                let w = lower(end + 2);
                is_subject_pronoun(&w) || is_noun_marker(&w) || is_possessive(&w)
            };
        if gap != ","
            || (!next_clause
                && matches!(
                    &*lower(end + 1),
                    "then" | "and" | "but" | "or" | "adding" | "saying" | "before" | "after"
                ))
        {
            return false;
        }
    }
    let cue = |w: &str| is_speech_verb(w) || reports_clause_only(w);
    let no_clause = |from: usize| {
        (from..=end).all(|j| {
            let w = lower(j);
            !is_finite_auxiliary(&w)
                && !is_be(&w)
                && !is_subject_pronoun(&w)
                && !opens_finite_clause(&w, "")
                && w != "that"
        })
    };
    let first = lower(k);
    if cue(&first) {
        // ", said Smith": the speaker follows; no clause of its own after it.
        let next = lower(k + 1);
        return is_speech_verb(&first)
            && end > k
            && end <= k + TRAILING_SPEAKER
            && !matches!(&*next, "to" | "in" | "on")
            && !is_time_noun(&next)
            && !is_time_modifier(&next)
            && no_clause(k + 1);
    }
    if is_writer(&first) {
        return false;
    }
    // The speaker, a noun phrase ("he", "critics", "the city's transit chief",
    // "Mr. King"), then the verb.
    let Some(v) = (k + 1..=end.min(k + TRAILING_SPEAKER)).find(|&j| cue(&lower(j))) else {
        return false;
    };
    let nominal = |j: usize| {
        let w = lower(j);
        text[tokens[j].start..].starts_with(char::is_uppercase)
            || is_possessive(&w)
            || matches!(pos_of(&w), "noun" | "plural" | "other" | "pron" | "num")
    };
    let modifier = |j: usize| matches!(pos_of(&lower(j)), "det" | "adj" | "num") || nominal(j);
    if !nominal(v - 1) || !(k..v - 1).all(modifier) || matches!(&*first, "who" | "which" | "what") {
        return false;
    }
    // After the verb only when, where or to whom: a preposition, a time word or a
    // listener ("told reporters"), never a clause with its own verb.
    v == end
        || (end - v <= TRAILING_ADJUNCT && {
            let next = lower(v + 1);
            (is_circumstance_preposition(&next)
                || is_time_noun(&next)
                || is_time_modifier(&next)
                || matches!(&*next, "to" | "last" | "this" | "yesterday" | "today")
                || TELLING_VERBS.contains(&&*lower(v)))
                && no_clause(v + 1)
        })
}

/// True when the words from token `k` are a speaker, a verb of saying and the channel it
/// spoke through (", a federal judge said Friday in a ruling that ...", ", the ministry
/// said in a statement posted online"): whatever follows describes the channel, so
/// the clause before is the speaker's however the sentence goes on.
fn trailing_channel_cue(text: &str, tokens: &[WordAt], k: usize) -> bool {
    let lower = |j: usize| crate::text::to_lowercase(&text[tokens[j].start..tokens[j].end]);
    let first = lower(k);
    if is_writer(&first) || matches!(&*first, "who" | "which" | "what" | "that") {
        return false;
    }
    let within = |j: usize| j < tokens.len() && !ends_clause_between(text, tokens, j - 1, j);
    let Some(v) = (k + 1..=k + TRAILING_SPEAKER)
        .take_while(|&j| within(j))
        .find(|&j| is_speech_verb(&lower(j)))
    else {
        return false;
    };
    // The speaker: a noun phrase with no verb of its own ("a federal judge", "Mr. King").
    let speaker = (k..v).all(|j| {
        let w = lower(j);
        text[tokens[j].start..].starts_with(char::is_uppercase)
            || is_possessive(&w)
            || matches!(
                pos_of(&w),
                "det" | "adj" | "num" | "noun" | "plural" | "other"
            )
    }) && (k..v).all(|j| !is_finite_auxiliary(&lower(j)) && !is_be(&lower(j)));
    if !speaker {
        return false;
    }
    // A time phrase of up to three words, then "in" or "during" and the channel ("said
    // Friday in a ruling", "said on Tuesday during a briefing").
    let time = |w: &str| is_time_noun(w) || (is_time_modifier(w) && !matches!(w, "in" | "during"));
    let mut c = v + 1;
    while c <= v + 3 && within(c) && time(&lower(c)) {
        c += 1;
    }
    within(c)
        && matches!(&*lower(c), "in" | "during")
        && within(c + 1)
        && in_channel_adjunct(text, tokens, c + 1)
}

/// True when token `i` is the complement of a copula, a linking verb or "amounts to",
/// past at most two determiners, adjectives or adverbs ("is *amnesty*", "amounts to a
/// de facto *amnesty*"): a naming choice there says what the subject is, a verdict.
fn naming_complement(text: &str, tokens: &[WordAt], i: usize) -> bool {
    let lower = |j: usize| crate::text::to_lowercase(&text[tokens[j].start..tokens[j].end]);
    let mut k = i;
    for _ in 0..3 {
        if k == 0 || ends_clause_between(text, tokens, k - 1, k) {
            return false;
        }
        k -= 1;
        let w = lower(k);
        if is_be(&w) || LINKING_VERBS.contains(&&*w) || is_be_contraction(&w) {
            return true;
        }
        if w == "to" {
            return k > 0
                && matches!(
                    &*lower(k - 1),
                    "amounts" | "amount" | "amounted" | "tantamount"
                );
        }
        if !matches!(pos_of(&w), "det" | "adj" | "adv") {
            return false;
        }
    }
    false
}

/// True when token `i` stands right before a figure in its clause ("a *whopping* $2
/// trillion"): the figure is a source's, the degree word the outlet's.
fn degree_before_figure(text: &str, tokens: &[WordAt], i: usize) -> bool {
    i + 1 < tokens.len()
        && !ends_clause_between(text, tokens, i, i + 1)
        && text[tokens[i + 1].start..].starts_with(|c: char| c.is_ascii_digit())
}

/// Verbs that link a subject to a verdict about it, besides the forms of "be" ("the
/// plan seems reckless", "the race remained knife-edge").
const LINKING_VERBS: &[&str] = &[
    "seem", "seems", "seemed", "appear", "appears", "appeared", "remain", "remains", "remained",
    "become", "becomes", "became", "prove", "proves", "proved", "proven", "looks", "looked",
    "sounds", "sounded",
];

/// True when token `i` stands in the predicate of its clause: after a form of "be" or
/// a linking verb ("the levy is cruel", "is a cruel tax", "seemed reckless"; not "there
/// was a precipitous drop"), or as the verb itself after a modal ("would devastate").
/// A judging word before the verb, or in the object of another verb ("won the
/// showdown", "saw a precipitous drop"), describes what the outlet reports.
fn in_predicate(text: &str, tokens: &[WordAt], i: usize) -> bool {
    let lower = |j: usize| crate::text::to_lowercase(&text[tokens[j].start..tokens[j].end]);
    // An adjective or adverb that ends its clause or opens a comparison is a
    // complement, not a noun's modifier ("made homes more dangerous", "view it
    // unfavorable", "viewed more positively than").
    if i + 1 < tokens.len()
        && matches!(pos_of(&lower(i)), "adj" | "adv")
        && (ends_clause_between(text, tokens, i, i + 1) || lower(i + 1) == "than")
    {
        return true;
    }
    let mut k = i;
    while k > 0 && k + CREDITED_BEFORE > i && !ends_clause_between(text, tokens, k - 1, k) {
        k -= 1;
        let w = lower(k);
        if k + 1 == i && is_finite_auxiliary(&w) && !is_be(&w) {
            return true;
        }
        // A modal's clause is a forecast or a claim of what may be, all of it the
        // source's ("would trigger a *crippling* recession, economists say"); not one
        // inside a quotation before the word ("“This could have teeth” compared with").
        // Not a name or a month ("Will Smith gave", "the vote in May drew"), nor a
        // noun after an article ("opened a can of").
        if is_modal(&w)
            && !text[tokens[k].start..].starts_with(char::is_uppercase)
            && !(k > 0 && matches!(&*lower(k - 1), "a" | "the"))
        {
            return !text[tokens[k].end..tokens[i].start].contains(['"', '“', '”']);
        }
        if matches!(&*w, "there's" | "there’s") {
            return false;
        }
        if is_be(&w) || LINKING_VERBS.contains(&&*w) || is_be_contraction(&w) {
            // "There was / has been a ...": the noun phrase is presented, not judged.
            let mut j = k;
            while j > 0 && is_skippable_between(&lower(j - 1)) {
                j -= 1;
            }
            return !(j > 0 && lower(j - 1) == "there");
        }
    }
    false
}

/// As [`ends_clause`] for the gap between tokens `a` and `b`, except the period of an
/// abbreviation or an initial ("called Mr. Smith's plans misguided").
fn ends_clause_between(text: &str, tokens: &[WordAt], a: usize, b: usize) -> bool {
    // One space between (most pairs of words): no clause ends there.
    if tokens[b].start == tokens[a].end + 1 && text.as_bytes()[tokens[a].end] == b' ' {
        return false;
    }
    let gap = &text[tokens[a].end..tokens[b].start];
    ends_clause(gap)
        && (!ends_sentence(gap) || ends_sentence_between(text, tokens, a, b) || {
            let rest = gap.trim_start_matches('.');
            rest.contains([',', ';', ':', '(', ')'])
                || rest.contains(" - ")
                || rest.contains(['\u{2013}', '\u{2014}'])
        })
}

/// True when "accused" at token `k` is a passive with no accuser: "of" right after it,
/// and before it (past adverbs) a form of "be" or of standing or getting ("was accused
/// of", "stands accused of"), or a noun it follows as a reduced relative ("the
/// president accused of"). Not a relative clause's active verb, whose object is the
/// relative word before its subject ("the firm *whom the agency accused* of", "the court,
/// which they accused of").
fn passive_charge(text: &str, tokens: &[WordAt], k: usize) -> bool {
    let lower = |j: usize| crate::text::to_lowercase(&text[tokens[j].start..tokens[j].end]);
    if k == 0 || k + 1 >= tokens.len() || lower(k) != "accused" || lower(k + 1) != "of" {
        return false;
    }
    let mut p = k - 1;
    while p > 0 && pos_of(&lower(p)) == "adv" && !is_be(&lower(p)) {
        p -= 1;
    }
    let before = lower(p);
    if is_be(&before)
        || matches!(
            &*before,
            "stand" | "stands" | "stood" | "get" | "gets" | "got" | "remain" | "remains"
        )
    {
        return true;
    }
    if is_subject_pronoun(&before) {
        return false;
    }
    // A relative word a few words back, with no break: its clause's subject stands
    // between it and the verb.
    let mut j = p;
    while j > 0 && p - j < 5 {
        if ends_clause_between(text, tokens, j - 1, j) {
            break;
        }
        j -= 1;
        if matches!(&*lower(j), "whom" | "which" | "who" | "that") {
            return false;
        }
    }
    true
}

/// True when token `i` stands in the words after "mean by" whose speaker is asked
/// about them ("What do you mean by *extreme* positions?", "what did she mean by
/// *radical*"): an interviewer echoing a guest's words, which are the guest's, as if
/// quoted. Not the writer's own ("what I mean by", "what we mean by"). Up to four
/// words of one noun phrase (and "and", "or") between.
fn meant_by(text: &str, tokens: &[WordAt], i: usize) -> bool {
    let lower = |j: usize| crate::text::to_lowercase(&text[tokens[j].start..tokens[j].end]);
    let mut k = i;
    while k > 0 && i - k < 5 {
        if ends_clause_between(text, tokens, k - 1, k) {
            return false;
        }
        k -= 1;
        let w = lower(k);
        if w == "by" {
            return k >= 2
                && matches!(&*lower(k - 1), "mean" | "means" | "meant")
                && !matches!(&*lower(k - 2), "i" | "we")
                && !ends_clause_between(text, tokens, k - 2, k - 1);
        }
        if !(matches!(&*w, "and" | "or")
            || matches!(
                pos_of(&w),
                "det" | "adj" | "adv" | "noun" | "plural" | "other" | "num"
            ))
        {
            return false;
        }
    }
    false
}

/// Most clause breaks (commas and dashes) between a ", saying" participle and a word
/// of its clause ([`saying_across_breaks`]).
const SAYING_BREAKS: usize = 3;

/// True when token `i`, whose walk back stopped at a comma or dash before token `k`,
/// still stands in the clause a ", saying" participle reports ([`participle_cue`]),
/// broken only by commas and dashes: an aside ("saying the bill, drafted in secret,
/// was a *reckless* giveaway", "saying the bill - drafted in secret - was"), an adverb
/// ("was, frankly, a *reckless* giveaway") or an appositive to its words ("a giveaway,
/// a *disgraceful* betrayal"). The participle's clause must hold a finite verb before
/// `i` or open with "that". A break followed by a conjunction or a relative word ("...,
/// and then *stormed* out", "..., as *furious* protesters chanted"), a verb after "and"
/// that opens the subject's next predicate, another mark (";", ":", brackets) or the
/// sentence's end stops the search: the words after are the outlet's.
fn saying_across_breaks(text: &str, tokens: &[WordAt], k: usize, i: usize) -> bool {
    let lower = |j: usize| crate::text::to_lowercase(&text[tokens[j].start..tokens[j].end]);
    let soft = |j: usize| {
        matches!(
            text[tokens[j - 1].end..tokens[j].start].trim(),
            "," | "-" | "\u{2013}" | "\u{2014}"
        )
    };
    let finite_word = |w: &str| is_be(w) || is_finite_auxiliary(w) || is_be_contraction(w);
    let mut breaks = 0;
    // "saying the bill, drafted in secret, was": the clause's verb may come after the
    // aside (a past form there too: "..., betrayed voters").
    let mut finite = (k..i).any(|m| {
        let w = lower(m);
        finite_word(&w) || pos_of(&w) == "past"
    });
    let mut j = k;
    while j > 0 && j + CREDITED_AFTER > i {
        if ends_clause_between(text, tokens, j - 1, j) {
            if !soft(j) {
                return false;
            }
            breaks += 1;
            let w = lower(j);
            if breaks > SAYING_BREAKS
                || matches!(
                    &*w,
                    "and"
                        | "but"
                        | "or"
                        | "nor"
                        | "yet"
                        | "so"
                        | "then"
                        | "while"
                        | "whereas"
                        | "although"
                        | "though"
                        | "because"
                        | "as"
                        | "when"
                        | "since"
                        | "before"
                        | "after"
                        | "until"
                        | "where"
                        | "which"
                        | "who"
                        | "whom"
                        | "whose"
                )
                || w.ends_with("ing")
            {
                return false;
            }
        }
        j -= 1;
        let w = lower(j);
        if matches!(&*w, "and" | "or")
            && j > 0
            && j + 1 < i
            && new_predicate(&lower(j - 1), &lower(j + 1), &lower(j + 2))
        {
            return false;
        }
        if w.ends_with("ing") && j + 1 < k && participle_cue(text, tokens, j) {
            return finite
                || lower(j + 1) == "that"
                || (j + 2 < i && opens_finite_clause(&lower(j + 1), &lower(j + 2)));
        }
        finite |= finite_word(&w);
    }
    false
}

/// True when the clause before token `k` (which follows a comma) is a source's
/// "according to ..." of at most eight words that opens its sentence or clause, or
/// a source's point of view ([`point_of_view`]: "As she saw it,", "In his view,").
fn after_according_to(text: &str, tokens: &[WordAt], k: usize) -> bool {
    let lower = |j: usize| crate::text::to_lowercase(&text[tokens[j].start..tokens[j].end]);
    let opens = |j: usize| j == 0 || ends_clause(&text[tokens[j - 1].end..tokens[j].start]);
    let mut j = k - 1;
    for _ in 0..8 {
        if j == 0 || ends_clause(&text[tokens[j - 1].end..tokens[j].start]) {
            return point_of_view(text, tokens, j, k);
        }
        j -= 1;
        if lower(j) == "according" && lower(j + 1) == "to" {
            return opens(j);
        }
    }
    false
}

/// Verbs of "As she saw it," and "As he put it,": the clause after is the subject's view.
const VIEW_VERBS: &[&str] = &[
    "see",
    "sees",
    "saw",
    "view",
    "views",
    "viewed",
    "put",
    "puts",
    "tells",
    "told",
    "understands",
    "understood",
    "recalls",
    "recalled",
    "remembers",
    "remembered",
    "describes",
    "described",
];

/// Holders of a view in "To him," and "To many critics,".
const VIEW_HOLDERS: &[&str] = &[
    "him",
    "her",
    "them",
    "many",
    "some",
    "most",
    "critics",
    "supporters",
    "opponents",
    "skeptics",
    "sceptics",
    "conservatives",
    "liberals",
    "progressives",
    "voters",
    "economists",
    "experts",
    "analysts",
    "fans",
    "believers",
];

/// Nouns of "In his view," and "In their words,".
const VIEW_NOUNS: &[&str] = &[
    "view",
    "opinion",
    "words",
    "eyes",
    "estimation",
    "telling",
    "account",
    "mind",
    "judgment",
    "judgement",
];

/// True when tokens `j..k` (a clause's first words) are a source's point of view set
/// before a clause: "as" opening a sentence, a subject of one to four words other than
/// the writer and a verb of seeing or telling with "it" ("As she saw it", "As the mayor
/// tells it"; mid-sentence, ", as the Post put it," sums up the words before), or "in",
/// a possessive other than the writer's and a noun of view ("In his view", "In its
/// view", "In the senator's words"), or "to" and a holder of the view opening a
/// sentence ("To Gentzkow", "To many voters").
fn point_of_view(text: &str, tokens: &[WordAt], j: usize, k: usize) -> bool {
    let lower = |m: usize| crate::text::to_lowercase(&text[tokens[m].start..tokens[m].end]);
    match &*lower(j) {
        "as" => {
            (j == 0 || ends_sentence_between(text, tokens, j - 1, j))
                && k >= j + 4
                && k - j <= 7
                && lower(k - 1) == "it"
                && VIEW_VERBS.contains(&&*lower(k - 2))
                && !matches!(&*lower(j + 1), "i" | "we" | "you" | "one" | "it")
                && !matches!(pos_of(&lower(j + 1)), "adv" | "prep" | "conj" | "num")
        }
        // "To Gentzkow, the rise is ...", "To many Republicans, ...": names or people
        // only ("To date," and "To be sure," are the writer's). A holder is told by its
        // word whatever its case ("To Many Critics," as "To many critics,"); a capital
        // tells a name only in prose ([`reads_as_prose`]: not in a title-case
        // headline) and never on a closed-class word ("To Me,", "To Be Sure,").
        "to" => {
            (j == 0 || ends_sentence_between(text, tokens, j - 1, j))
                && k - j <= 4
                && k > j + 1
                && (j + 1..k).all(|m| {
                    VIEW_HOLDERS.contains(&&*lower(m))
                        || (text[tokens[m].start..].starts_with(|c: char| c.is_uppercase())
                            && !matches!(
                                pos_of(&lower(m)),
                                "det" | "pron" | "prep" | "conj" | "aux"
                            )
                            && reads_as_prose(text, tokens, k))
                })
        }
        // The length is checked first: "In, the plan is ..." has no owner before `k`.
        "in" => {
            (k == j + 3 || (k == j + 4 && lower(j + 1) == "the"))
                && VIEW_NOUNS.contains(&&*lower(k - 1))
                && {
                    let owner = lower(k - 2);
                    matches!(&*owner, "his" | "her" | "its" | "their")
                        || owner.ends_with("'s")
                        || owner.ends_with("’s")
                }
        }
        _ => false,
    }
}

/// How many words after an opening phrase [`reads_as_prose`] reads.
const PROSE_AFTER: usize = 4;

/// True when, among the first [`PROSE_AFTER`] words of the sentence from token `k`,
/// one is a lowercase word of four or more letters other than a preposition: prose,
/// not a title-case headline, where every such word is capitalised.
fn reads_as_prose(text: &str, tokens: &[WordAt], k: usize) -> bool {
    (k..tokens.len().min(k + PROSE_AFTER))
        .take_while(|&m| m == k || !ends_sentence_between(text, tokens, m - 1, m))
        .any(|m| {
            let w = &text[tokens[m].start..tokens[m].end];
            w.chars().count() >= 4 && w.chars().all(char::is_lowercase) && pos_of(w) != "prep"
        })
}

/// Verbs of saying or believing that report the rest of a relative clause when they
/// follow its subject ("a fraud which they claim is rampant"): there they take no
/// object of their own.
const PARENTHETICAL_VERBS: &[&str] = &[
    "say",
    "says",
    "said",
    "claim",
    "claims",
    "claimed",
    "believe",
    "believes",
    "believed",
    "argue",
    "argues",
    "argued",
    "contend",
    "contends",
    "contended",
    "insist",
    "insists",
    "insisted",
    "allege",
    "alleges",
    "alleged",
    "think",
    "thinks",
    "thought",
    "maintain",
    "maintains",
    "maintained",
];

/// True when the relative word at token `r` is followed by a subject of one or two
/// words (not the writer) and one of [`PARENTHETICAL_VERBS`] before token `i`: "which
/// they claim is *rampant*", "a plot that critics say was *vendetta-driven*". The words
/// after the verb are the subject's.
fn reported_relative(text: &str, tokens: &[WordAt], r: usize, i: usize) -> bool {
    let lower = |j: usize| crate::text::to_lowercase(&text[tokens[j].start..tokens[j].end]);
    (r + 2..(r + 4).min(i)).any(|v| {
        PARENTHETICAL_VERBS.contains(&&*lower(v))
            && !ends_clause_between(text, tokens, v, v + 1)
            // The verb's clause follows at once: its verb, or the judging word itself
            // ("which they say tramples"), not an object ("believe the dire nature").
            && (v + 1 == i || {
                let next = lower(v + 1);
                is_be(&next) || is_finite_auxiliary(&next) || LINKING_VERBS.contains(&&*next)
            })
            && (r + 1..v).all(|s| {
                let w = lower(s);
                !ends_clause_between(text, tokens, s - 1, s)
                    && !is_writer(&w)
                    && !matches!(
                        pos_of(&w),
                        "aux" | "adv" | "past" | "ing" | "prep" | "conj" | "num"
                    )
            })
    })
}

/// True when token `i` is the verdict of a judging verb ([`reporting_verb`]) whose
/// object is a relative word before it in its clause: the relative word, a subject of
/// one to three words (not the writer), auxiliaries and adverbs, the verb, then the
/// verdict within three words, after "as" for a verb that takes it ("the inquiry,
/// which Trump has repeatedly called a *witch hunt*", "separations that critics
/// branded as *cruel*").
fn relative_verdict(text: &str, tokens: &[WordAt], i: usize) -> bool {
    let lower = |j: usize| crate::text::to_lowercase(&text[tokens[j].start..tokens[j].end]);
    let mut r = i;
    loop {
        if r == 0 || i - r >= 9 || ends_clause_between(text, tokens, r - 1, r) {
            return false;
        }
        r -= 1;
        if matches!(&*lower(r), "which" | "that" | "whom") {
            break;
        }
    }
    if r + 3 > i {
        return false;
    }
    let first = lower(r + 1);
    if is_writer(&first)
        || matches!(
            pos_of(&first),
            "aux" | "adv" | "past" | "ing" | "prep" | "conj" | "num" | "det"
        ) && !is_noun_marker(&first)
    {
        return false;
    }
    (r + 2..i.min(r + 7)).any(|v| {
        let Some(kind) = reporting_verb(&lower(v)) else {
            return false;
        };
        let mut c = v + 1;
        if kind != Reporting::Of && c < i && lower(c) == "as" {
            c += 1;
        } else if kind != Reporting::Direct {
            return false;
        }
        i - c <= 2
            && (c..i).all(|j| matches!(pos_of(&lower(j)), "det" | "adj" | "adv"))
            && (r + 2..v).all(|j| {
                let w = lower(j);
                !is_writer(&w) && !matches!(pos_of(&w), "ing" | "prep" | "conj" | "num")
            })
    })
}

/// Verbs of belief that are nouns too ("fear of reprisals", "once fear of X was", "the
/// fear was real"): a verb only after a subject that is no article, adverb, preposition
/// or conjunction, and not before "of"; the noun is passed over as any other word.
const NOUN_OR_VERB: &[&str] = &["fear", "fears", "worry", "worries"];

/// How many words after a judgement the finite verb of the clause it opens is looked
/// for ("this insidious *form of control could*").
const SUBJECT_AFTER: usize = 6;

/// True when a finite verb (an auxiliary or a form of "be") follows token `i` within [`SUBJECT_AFTER`] words of its clause, with no relative
/// word or clause break between: token `i` stands in that verb's subject.
fn finite_ahead(text: &str, tokens: &[WordAt], i: usize) -> bool {
    let lower = |j: usize| crate::text::to_lowercase(&text[tokens[j].start..tokens[j].end]);
    for j in i + 1..tokens.len().min(i + 1 + SUBJECT_AFTER) {
        if ends_clause_between(text, tokens, j - 1, j) {
            return false;
        }
        let w = lower(j);
        if matches!(
            &*w,
            "that" | "which" | "who" | "whom" | "whose" | "and" | "or" | "but"
        ) {
            return false;
        }
        if is_finite_auxiliary(&w) || is_be(&w) {
            return true;
        }
    }
    false
}

/// True when lowercase `w` is a verb of speech or belief as `english::speech` lists them
/// ("said", "boasted", "believes"): what follows is its subject's. The plural "worry"
/// too, which that list leaves out as a noun ("allies, who worry that he is
/// *erratic*"): here a subject must stand before it.
fn speaks_or_believes(w: &str) -> bool {
    is_speech_verb(w) || is_belief_verb(w) || w == "worry"
}

/// Verbs of saying that `english::speech` leaves out as plural nouns: before "that", after
/// their subject, they report a clause ("He *notes* that", "the ministry *states* that").
fn speech_verb_like_noun(w: &str) -> bool {
    matches!(w, "notes" | "states" | "remarks" | "counters")
}

/// True when the [`speech_verb_like_noun`] at token `v` is the verb: lowercase, after a
/// subject pronoun, a capitalised name inside its sentence, or a noun right after "the",
/// "a", "an" or "this" ("He notes", "Mr. Smith notes", "the bill states"); not a noun
/// ending a compound ("mash notes", "red states") or a name ("the United States that").
/// A capitalised word opening the sentence may be a noun ("Field notes that were found"),
/// so "Smith notes that" there is left to the writer.
fn noun_form_verb(text: &str, tokens: &[WordAt], v: usize) -> bool {
    let lower = |k: usize| crate::text::to_lowercase(&text[tokens[k].start..tokens[k].end]);
    let upper = |k: usize| text[tokens[k].start..].starts_with(char::is_uppercase);
    let Some(s) = subject_at(text, tokens, v) else {
        return false;
    };
    let sentence_start = s == 0 || ends_sentence_between(text, tokens, s - 1, s);
    !upper(v)
        && (is_subject_pronoun(&lower(s))
            || (upper(s) && !sentence_start)
            || (s > 0
                && !ends_clause_between(text, tokens, s - 1, s)
                && matches!(&*lower(s - 1), "the" | "a" | "an" | "this")
                && matches!(pos_of(&lower(s)), "noun" | "other")))
}

/// True when token `v`, followed by "that", is a speech, belief or finding verb whose
/// subject stands before it in the same clause and is not the writer or reader
/// ([`by_the_writer`]) nor left out ("it is believed that", "to claim that", a
/// sentence's first word).
fn credits_clause(text: &str, tokens: &[WordAt], v: usize) -> bool {
    credits_clause_at(text, tokens, v, v + 1)
}

/// [`credits_clause`] for the verb at token `v` and its "that" at token `t`, after
/// the words [`cue_across_adjunct`] passes over when `t > v + 1`.
fn credits_clause_at(text: &str, tokens: &[WordAt], v: usize, t: usize) -> bool {
    let w = crate::text::to_lowercase(&text[tokens[v].start..tokens[v].end]);
    if participle_cue(text, tokens, v) {
        return !(t == v + 1 && ends_clause(&text[tokens[v].end..tokens[v + 1].start]));
    }
    // A finding or a ruling reports its finder's verdict as a claim does ("an inspector
    // general found that the criteria were inappropriate", "the regulator ruled that the
    // claims were misleading").
    // "ruled that country": a determiner, unless a clause follows it (an article, a
    // possessive, a pronoun or a name, or a finite verb after one word).
    let lower = |k: usize| crate::text::to_lowercase(&text[tokens[k].start..tokens[k].end]);
    let ruled_clause = || {
        if t + 1 >= tokens.len() {
            return false;
        }
        let a = lower(t + 1);
        is_noun_marker(&a)
            || matches!(pos_of(&a), "det" | "pron")
            || text[tokens[t + 1].start..].starts_with(char::is_uppercase)
            || (t + 2 < tokens.len() && {
                let b = lower(t + 2);
                is_be(&b) || is_finite_auxiliary(&b) || pos_of(&b) == "past"
            })
    };
    let finds = matches!(
        &*w,
        "found" | "finds" | "concluded" | "concludes" | "determined"
    ) || (w == "ruled" && ruled_clause());
    // "was complaining that", "kept insisting that", "continued to insist that": the
    // verb's subject stands before the auxiliary or the verb of continuing.
    let aspect = |k: usize| ASPECT_VERBS.contains(&&*lower(k));
    let progressive = is_speech_participle(&w) && v > 0 && (is_be(&lower(v - 1)) || aspect(v - 1));
    // "they’re saying that ...": the pronoun joined to its "be" is the subject (not the
    // writer's "we’re saying", nor "it’s saying").
    if is_speech_participle(&w) && v > 0 && is_be_contraction(&lower(v - 1)) {
        let before = lower(v - 1);
        let pronoun = before.split_once(['\'', '’']).map_or(&*before, |(p, _)| p);
        let comma_after = t == v + 1 && ends_clause(&text[tokens[v].end..tokens[v + 1].start]);
        return !(comma_after
            || is_writer(pronoun)
            || matches!(pronoun, "it" | "that" | "what" | "who"));
    }
    let lead = infinitive_lead(text, tokens, v);
    let noun_form = speech_verb_like_noun(&w);
    if !(speaks_or_believes(&w) || finds || progressive || noun_form)
        || (t == v + 1 && ends_clause(&text[tokens[v].end..tokens[v + 1].start]))
    {
        return false;
    }
    let v = if progressive {
        v - 1
    } else if let Some(lead) = lead {
        lead
    } else {
        v
    };
    // "Divers found that morning a grim scene": "that" before a time noun is its
    // determiner, and what was found is an object, not a clause.
    if finds && t == v + 1 && v + 2 < tokens.len() {
        let (that, next) = (
            crate::text::to_lowercase(&text[tokens[v + 1].start..tokens[v + 1].end]),
            crate::text::to_lowercase(&text[tokens[v + 2].start..tokens[v + 2].end]),
        );
        if that == "that" && (is_time_unit(&next) || next == "day") {
            return false;
        }
    }
    // "the outcome could *suggest* that ...": an inference after a modal, one adverb
    // allowed between, is the writer's hedge.
    if inference_verb(&w) && {
        let mut m = v;
        if m > 1 && pos_of(&lower(m - 1)) == "adv" {
            m -= 1;
        }
        m > 0 && is_modal(&lower(m - 1))
    } {
        return false;
    }
    // "they were told that ...": the clause is its unnamed teller's, not the writer's.
    if w == "told" && v > 0 && is_be(&lower(v - 1)) {
        return true;
    }
    // "This suggests that ...": the writer's inference from what was just said.
    subject_before(text, tokens, v).is_some_and(|s| {
        !is_be(&s) && !matches!(&*s, "it" | "there" | "to" | "this") && !is_writer(&s)
    }) && !the_paper_itself(text, tokens, v)
        && (!noun_form || noun_form_verb(text, tokens, v))
        && !taught_by_experience(text, tokens, v)
}

/// True when the subject of the verb at token `v` is a noun of what experience teaches,
/// itself or before "of" ("History suggests that", "the record of such regimes shows
/// that"): the inference is the writer's.
fn taught_by_experience(text: &str, tokens: &[WordAt], v: usize) -> bool {
    let lower = |k: usize| crate::text::to_lowercase(&text[tokens[k].start..tokens[k].end]);
    // "of" one or two words before the subject's last word: "the history of such purges".
    subject_at(text, tokens, v).is_some_and(|s| {
        is_lesson_noun(&lower(s))
            || (1..=2).any(|d| {
                s > d
                    && lower(s - d) == "of"
                    && !ends_clause_between(text, tokens, s - d - 1, s)
                    && is_lesson_noun(&lower(s - d - 1))
            })
    })
}

/// True when the "that" at token `t` opens the content of a noun of something said
/// ([`is_content_noun`]: "the accusation that the party had *rigged* it") rather
/// than a relative clause ("complaints that were *ignored*", "assertions that don't
/// seem *true*": a verb, an auxiliary or an adverb follows "that"), and token `i`
/// lies in it.
fn content_clause(text: &str, tokens: &[WordAt], t: usize, i: usize) -> bool {
    let lower = |k: usize| crate::text::to_lowercase(&text[tokens[k].start..tokens[k].end]);
    t > 0
        && t + 1 < i
        && is_content_noun(&lower(t - 1))
        && !ends_clause_between(text, tokens, t - 1, t)
        // A noun, not the verb of the same form ("to claim that", "they fear that").
        && (t < 2 || ends_clause_between(text, tokens, t - 2, t - 1) || {
            let before = lower(t - 2);
            // "There have been fears that": a form of "be" stands before a noun.
            !(before == "to"
                || is_subject_pronoun(&before)
                || is_writer(&before)
                || (matches!(pos_of(&before), "aux" | "adv") && !is_be(&before)))
        })
        && {
            // A relative clause opens on its verb, an auxiliary or an adverb.
            let next = lower(t + 1);
            !(is_be(&next)
                || is_finite_auxiliary(&next)
                || LINKING_VERBS.contains(&&*next)
                || next.ends_with("n't")
                || next.ends_with("n\u{2019}t")
                || matches!(pos_of(&next), "aux" | "past" | "adv" | "ing"))
        }
}

/// The verb whose subject speaks through the infinitive of saying at token `v`: "continued
/// to insist", "went on to say", "was quick to say", "took to Twitter to say" (the
/// speaker stands before "continued", "went", "quick", "took"). None for other
/// infinitives, whose speaker is left out ("to claim that", "it is fair to say").
fn infinitive_lead(text: &str, tokens: &[WordAt], v: usize) -> Option<usize> {
    let lower = |k: usize| crate::text::to_lowercase(&text[tokens[k].start..tokens[k].end]);
    if v < 2 || lower(v - 1) != "to" {
        return None;
    }
    let before = lower(v - 2);
    if ASPECT_VERBS.contains(&&*before) || matches!(&*before, "hastened" | "rushed") {
        return Some(v - 2);
    }
    // "were quick to say": the speaker stands before the copula.
    if before == "quick" && v > 2 && is_be(&lower(v - 3)) {
        return Some(v - 3);
    }
    let goes_on =
        before == "on" && v > 2 && matches!(&*lower(v - 3), "went" | "goes" | "go" | "going");
    if goes_on {
        return Some(v - 3);
    }
    // "took to Twitter to say", "took to the airwaves to say".
    if !matches!(
        &*before,
        "twitter" | "facebook" | "instagram" | "airwaves" | "podium"
    ) {
        return None;
    }
    // "Twitter" at token 0 ("Twitter to say ..." opening the text) has no "took to".
    let mut to = v.checked_sub(3)?;
    if to > 0 && lower(to) == "the" {
        to -= 1;
    }
    (to > 0 && lower(to) == "to" && matches!(&*lower(to - 1), "took" | "takes" | "take" | "taking"))
        .then_some(to - 1)
}

/// Verbs of continuing or starting that stand between a speaker and the verb of
/// saying it goes on with ("kept insisting", "began complaining", "continued to argue").
const ASPECT_VERBS: &[&str] = &[
    "kept",
    "keeps",
    "keep",
    "began",
    "begins",
    "begin",
    "started",
    "starts",
    "continued",
    "continues",
    "continue",
];

/// Participles that draw a conclusion from the clause before rather than report its
/// subject's words ("ten percent agree, *suggesting* that ...", "*knowing* that"): the
/// conclusion is the writer's, and "knowing" presents what follows as fact.
const INFERENCE_PARTICIPLES: &[&str] = &[
    "suggesting",
    "indicating",
    "showing",
    "meaning",
    "implying",
    "knowing",
    "realizing",
    "realising",
    "understanding",
    "recognizing",
    "recognising",
];

/// True when lowercase `w` is the bare verb of one of [`INFERENCE_PARTICIPLES`]
/// ("suggest", "indicate", "imply"), as it stands after a modal.
fn inference_verb(w: &str) -> bool {
    INFERENCE_PARTICIPLES.iter().any(|p| {
        let stem = p.strip_suffix("ing").unwrap_or(p);
        // "implying" of "imply", "indicating" of "indicate".
        stem == w || w.strip_suffix('e') == Some(stem)
    })
}

/// True when token `v` is a participle of saying or believing set off by a comma
/// after a clause that has its subject ("the mayor rejected the plan, *saying* it was
/// reckless", ", *fearing* that"): the participle's subject is that clause's, and what
/// it reports is that subject's; so too one right after a channel noun ("issued a
/// statement *saying* the plan was reckless"). Not a participle opening its sentence,
/// nor one after a clause whose subject is the writer ("We rejected it, saying ...").
fn participle_cue(text: &str, tokens: &[WordAt], v: usize) -> bool {
    let w = crate::text::to_lowercase(&text[tokens[v].start..tokens[v].end]);
    if !(is_speech_participle(&w) || (w.ends_with("ing") && is_belief_form(&w)))
        || INFERENCE_PARTICIPLES.contains(&&*w)
        || v < 2
    {
        return false;
    }
    // ", saying ..." or a channel's participle: "issued a statement saying ...".
    let gap = text[tokens[v - 1].end..tokens[v].start].trim();
    let channel = gap.is_empty()
        && is_channel_noun(&crate::text::to_lowercase(
            &text[tokens[v - 1].start..tokens[v - 1].end],
        ));
    if !channel && gap != "," {
        return false;
    }
    // The sentence's first word: the participle's subject, unless a phrase opens it.
    let mut s = v - 1;
    while s > 0 && !ends_sentence_between(text, tokens, s - 1, s) {
        s -= 1;
    }
    s + 1 < v
        && !is_writer(&crate::text::to_lowercase(
            &text[tokens[s].start..tokens[s].end],
        ))
}

/// How many words may stand between a verb of saying and the "that" of its clause
/// ("told the Associated Press in an interview on Sunday that").
const CUE_INTERLUDE: usize = 7;

/// Verbs of telling, whose listener stands between them and "that" ("told reporters
/// that", "assured allies that").
const TELLING_VERBS: &[&str] = &[
    "told", "tell", "tells", "telling", "assured", "assures", "reminded", "reminds", "informed",
    "informs", "warned", "warns", "promised", "promises",
];

/// The verb of saying or believing before the "that" at token `t` across the words
/// that tell only when, where or to whom it was said: "said Sunday that", "told
/// reporters that", "wrote in a scathing op-ed that", "said, in a bizarre rant,
/// that". The clause after "that" is the verb's subject's; the words between are
/// the outlet's (see [`in_channel_adjunct`]).
fn cue_across_adjunct(text: &str, tokens: &[WordAt], t: usize) -> Option<usize> {
    let lower = |j: usize| crate::text::to_lowercase(&text[tokens[j].start..tokens[j].end]);
    let gap = |j: usize| text[tokens[j].end..tokens[j + 1].start].trim();
    // "said at a news conference that was awkward": a verb right after "that" makes
    // it the relative pronoun of the noun before.
    let next = lower((t + 1).min(tokens.len() - 1));
    if t + 1 == tokens.len()
        || is_be(&next)
        || is_finite_auxiliary(&next)
        || pos_of(&next) == "past"
    {
        return None;
    }
    let mut v = t.checked_sub(1)?;
    while v > 0 && v + CUE_INTERLUDE + 1 > t {
        v -= 1;
        let w = lower(v);
        // "said of the plan that it was a disgrace, and of the council that it was
        // *shameless*": a second "of" and its "that" go back to the first one's verb.
        if w == "and" && v > 0 && lower(v + 1) == "of" && gap(v - 1) == "," {
            return said_of_before(text, tokens, v - 1);
        }
        if matches!(
            &*w,
            "that" | "which" | "who" | "whom" | "whose" | "and" | "but" | "or" | "because" | "if"
        ) || is_be(&w)
            || is_finite_auxiliary(&w)
        {
            return None;
        }
        if !speaks_or_believes(&w) && !is_speech_participle(&w) {
            continue;
        }
        let first = lower(v + 1);
        let opens = (is_circumstance_preposition(&first)
            && !matches!(&*first, "after" | "before" | "from"))
            || is_time_noun(&first)
            || (is_time_modifier(&first) && first != "that")
            || TELLING_VERBS.contains(&&*w)
            || (first == "of" && is_speech_verb(&w))
            || (first == "to" && !is_belief_verb(&w) && listener_at(text, tokens, v + 2));
        // A clause ends between only at a pair of commas around the whole adjunct.
        let breaks = |j: usize| ends_clause_between(text, tokens, j, j + 1);
        let paired = match (breaks(v), breaks(t - 1)) {
            (false, false) => true,
            (true, true) => t > v + 2 && gap(v) == "," && gap(t - 1) == ",",
            _ => false,
        };
        return (opens && paired && !(v + 1..t - 1).any(breaks)).then_some(v);
    }
    None
}

/// How many words back from a second "and of" its first "<verb> of" is looked for.
const SAID_OF_REACH: usize = 20;

/// The verb of saying right before an "of" that ends at or before token `v`, in the
/// same sentence within [`SAID_OF_REACH`] words: "*said* of the plan that it was a
/// disgrace, and of ...".
fn said_of_before(text: &str, tokens: &[WordAt], v: usize) -> Option<usize> {
    let lower = |j: usize| crate::text::to_lowercase(&text[tokens[j].start..tokens[j].end]);
    let mut u = v;
    while u > 0 && u + SAID_OF_REACH > v {
        if ends_sentence_between(text, tokens, u - 1, u) {
            return None;
        }
        u -= 1;
        if lower(u + 1) == "of" && is_speech_verb(&lower(u)) {
            return Some(u);
        }
    }
    None
}

/// True when token `j` opens the listener after a verb of saying and "to" ("admitted
/// *to the* newspaper that", "confided to *aides*", "said to *Smith*"): a determiner,
/// a possessive, a name or a plural noun, not a verb ("admitted to *lying*").
fn listener_at(text: &str, tokens: &[WordAt], j: usize) -> bool {
    let Some(t) = tokens.get(j) else {
        return false;
    };
    let word = &text[t.start..t.end];
    let w = crate::text::to_lowercase(word);
    is_noun_marker(&w)
        || is_possessive(&w)
        || word.starts_with(char::is_uppercase)
        || matches!(&*w, "me" | "him" | "us" | "them")
        || pos_of(&w) == "plural"
}

/// True when token `i` stands in a phrase that tells where something was said: a
/// circumstance preposition, a determiner and a channel noun ("in a *racist* post",
/// "during a *bizarre* rant", "in a *tirade*"). The outlet describes the occasion;
/// what was said is the speaker's.
fn in_channel_adjunct(text: &str, tokens: &[WordAt], i: usize) -> bool {
    let lower = |j: usize| crate::text::to_lowercase(&text[tokens[j].start..tokens[j].end]);
    let mut p = i;
    let opened = loop {
        if p == 0 || p + 4 < i || ends_clause_between(text, tokens, p - 1, p) {
            break None;
        }
        p -= 1;
        let w = lower(p);
        // Not where it happened ("at the rally") nor when ("after the vote").
        if is_circumstance_preposition(&w) && !matches!(&*w, "at" | "after" | "before" | "from") {
            break Some(p);
        }
    };
    let Some(p) = opened else {
        return false;
    };
    let det = lower(p + 1);
    if p + 1 < i && !(is_noun_marker(&det) || is_possessive(&det)) {
        return false;
    }
    (i..tokens.len().min(i + 4))
        .take_while(|&c| c == i || !ends_clause_between(text, tokens, c - 1, c))
        .any(|c| is_channel_noun(&lower(c)))
}

/// True when the subject of the verb at token `v` is "I", "we" or "you": an
/// opinion piece's writer speaks to the reader, and the verdict is the outlet's. So
/// too an infinitive that opens its sentence or clause with no subject at all ("To
/// call it *ludicrously* unconvincing would be an understatement").
fn by_the_writer(text: &str, tokens: &[WordAt], v: usize) -> bool {
    let opens = |k: usize| k == 0 || ends_clause(&text[tokens[k - 1].end..tokens[k].start]);
    let bare_to = v > 0
        && text[tokens[v - 1].start..tokens[v - 1].end].eq_ignore_ascii_case("to")
        && opens(v - 1);
    bare_to
        || impersonal_infinitive(text, tokens, v)
        || subject_before(text, tokens, v).is_some_and(|s| is_writer(&s))
        || the_paper_itself(text, tokens, v)
        || writer_relative(text, tokens, v)
        || writer_across_adjunct(text, tokens, v)
}

/// Adjectives of an impersonal "it is ... to" ("It is easy to blame", "it's tempting to
/// blame", "it would be wrong to call"): the infinitive's doer is anyone, the writer's
/// reader, so its verdict is the writer's ("Trump was wrong to blame" has a subject).
const IMPERSONAL_ADJECTIVES: &[&str] = &[
    "easy",
    "easier",
    "hard",
    "harder",
    "tempting",
    "difficult",
    "wrong",
    "unfair",
    "simplistic",
    "convenient",
    "natural",
    "tough",
    "silly",
    "foolish",
    "absurd",
    "lazy",
];

/// Degree words before an impersonal adjective ("it's all too easy", "it's kind of hard").
const IMPERSONAL_DEGREE: &[&str] = &[
    "too", "so", "very", "all", "fairly", "rather", "quite", "much", "far", "even", "pretty",
    "kind", "of", "a", "bit", "lot", "how", "awfully", "deeply",
];

/// True when the verb at token `v` is the infinitive of an impersonal "it is easy to" or
/// of a bare "Much easier to" opening its clause ("It is easy to blame the collapse on
/// *reckless* spending", "it's tempting to blame *greedy* landlords"), not of a subject's
/// adjective ("Trump was wrong to blame", "voters may find it easier to blame").
fn impersonal_infinitive(text: &str, tokens: &[WordAt], v: usize) -> bool {
    let lower = |k: usize| crate::text::to_lowercase(&text[tokens[k].start..tokens[k].end]);
    let opens = |k: usize| k == 0 || ends_clause(&text[tokens[k - 1].end..tokens[k].start]);
    if v < 2 || opens(v) || opens(v - 1) || lower(v - 1) != "to" {
        return false;
    }
    if !IMPERSONAL_ADJECTIVES.contains(&&*lower(v - 2)) {
        return false;
    }
    let mut m = v - 2;
    while m > 0 && !opens(m) && IMPERSONAL_DEGREE.contains(&&*lower(m - 1)) {
        m -= 1;
    }
    if opens(m) {
        return true;
    }
    let w = lower(m - 1);
    let it = |s: &str| matches!(s, "it" | "that" | "this");
    if is_be_contraction(&w) {
        return w.starts_with("it") || w.starts_with("that");
    }
    if !is_be(&w) || m < 2 {
        return false;
    }
    let before = lower(m - 2);
    it(&before)
        || (matches!(
            &*before,
            "would" | "could" | "might" | "will" | "may" | "can"
        ) && m >= 3
            && it(&lower(m - 3)))
}

/// How many words an adverb or a phrase of manner may hold between the writer's
/// auxiliary and its verb ([`writer_across_adjunct`]).
const WRITER_ADJUNCT: usize = 6;

/// True when the verb at token `v` follows "I", "we" or "you" and an auxiliary across
/// an adverb or a phrase of manner that opens on one or on a preposition ("what I can
/// only *characterize* as", "what I must with some genuine disappointment
/// *characterize* as", "I must, in all honesty, *describe* it as"): the writer's verdict.
fn writer_across_adjunct(text: &str, tokens: &[WordAt], v: usize) -> bool {
    let lower = |k: usize| crate::text::to_lowercase(&text[tokens[k].start..tokens[k].end]);
    let mut k = v;
    while k > 1 && k + WRITER_ADJUNCT >= v {
        let gap = text[tokens[k - 1].end..tokens[k].start].trim();
        if ends_clause_between(text, tokens, k - 1, k) && gap != "," {
            return false;
        }
        k -= 1;
        let w = lower(k);
        if is_finite_auxiliary(&w) {
            return k + 1 < v
                && is_writer(&lower(k - 1))
                && matches!(pos_of(&lower(k + 1)), "adv" | "prep");
        }
        if matches!(pos_of(&w), "pron" | "past" | "ing" | "conj" | "aux") || is_be(&w) {
            return false;
        }
    }
    false
}

/// True when the verb at token `v` has "who" for subject ([`subject_at`]), and "who"
/// stands for the writer ("even for me, who has long *viewed* his manners as grotesque").
fn writer_relative(text: &str, tokens: &[WordAt], v: usize) -> bool {
    let lower = |k: usize| crate::text::to_lowercase(&text[tokens[k].start..tokens[k].end]);
    subject_at(text, tokens, v).is_some_and(|k| {
        k > 0 && k < v && lower(k) == "who" && matches!(&*lower(k - 1), "me" | "us" | "i" | "we")
    })
}

/// True when the subject of the verb at token `v` is the publication speaking of itself in
/// an editorial: "this newspaper has long warned that", "our editorial board argued": the
/// writer, as "we" is ([`is_writer`]).
fn the_paper_itself(text: &str, tokens: &[WordAt], v: usize) -> bool {
    let lower = |k: usize| crate::text::to_lowercase(&text[tokens[k].start..tokens[k].end]);
    // Its subject past up to two auxiliaries or adverbs ("has long", "have repeatedly").
    let Some(k) = subject_at(text, tokens, v).filter(|&k| k < v) else {
        return false;
    };
    let w = lower(k);
    if !matches!(&*w, "newspaper" | "paper" | "board" | "magazine" | "column") {
        return false;
    }
    let mut d = k;
    if w == "board" && d > 0 && lower(d - 1) == "editorial" {
        d -= 1;
    }
    d > 0 && matches!(&*lower(d - 1), "this" | "our")
}

/// True when the "as" verb at token `k` is a passive participle after an adverb of
/// consensus ("widely regarded as", "generally seen as", "universally considered as"),
/// with no agent: nobody is credited with the verdict that follows.
fn consensus_passive(text: &str, tokens: &[WordAt], k: usize) -> bool {
    let lower = |j: usize| crate::text::to_lowercase(&text[tokens[j].start..tokens[j].end]);
    k > 0
        && k + 1 < tokens.len()
        && matches!(&*lower(k), "regarded" | "seen" | "viewed" | "considered")
        && matches!(
            &*lower(k - 1),
            "widely" | "generally" | "universally" | "commonly" | "broadly"
        )
        && lower(k + 1) == "as"
}

/// "I", "we" or "you", alone or joined to an auxiliary ("I’d", "we'll"): the writer
/// and the reader of an opinion piece.
fn is_writer(w: &str) -> bool {
    let pronoun = w.split_once(['\'', '’']).map_or(w, |(p, _)| p);
    matches!(pronoun, "i" | "we" | "you")
}

/// The lowercase word before the verb at token `v` in its clause, past up to two
/// auxiliaries or adverbs ("has long", "can"): its subject, or its last word.
fn subject_before(text: &str, tokens: &[WordAt], v: usize) -> Option<String> {
    subject_at(text, tokens, v)
        .map(|k| crate::text::to_lowercase(&text[tokens[k].start..tokens[k].end]).into_owned())
}

/// The token of [`subject_before`]: the one walk back from a verb to its subject that
/// the tests of who speaks ([`the_paper_itself`], [`writer_relative`]) read.
fn subject_at(text: &str, tokens: &[WordAt], v: usize) -> Option<usize> {
    let mut k = v;
    let comma = |a: usize| text[tokens[a].end..tokens[a + 1].start].trim() == ",";
    for _ in 0..3 {
        // ", meanwhile," between the subject and its verb: step onto the adverb, then past it.
        if k >= 2 && comma(k - 1) && comma(k - 2) && {
            let aside = crate::text::to_lowercase(&text[tokens[k - 1].start..tokens[k - 1].end]);
            is_aside_between(&aside)
        } {
            k -= 1;
        } else if k == 0 || ends_clause(&text[tokens[k - 1].end..tokens[k].start]) {
            return if k == v {
                subject_across_relative(text, tokens, v)
            } else {
                None
            };
        }
        k -= 1;
        let w = crate::text::to_lowercase(&text[tokens[k].start..tokens[k].end]);
        // Adverbs of time and negation between a subject and its verb ("have long
        // argued", "did not say") are passed over, as the attribution finder passes over them.
        if !is_skippable_between(&w) && !matches!(&*w, "long" | "not" | "never") {
            return Some(k);
        }
    }
    None
}

/// How many words a relative clause set off by commas may hold between its subject
/// and the subject's verb ([`subject_across_relative`]).
const RELATIVE_REACH: usize = 25;

/// The subject of the verb at token `v` across a relative clause set off by commas
/// right before it: "Greg Hale, who shoots at the range most weekends, *says* he ..."
/// gives the token of "Hale"; so too across an appositive ([`appositive_at`]: "Smith,
/// a longtime critic of the mayor, *said*"). None when the comma before `v` closes
/// anything else.
fn subject_across_relative(text: &str, tokens: &[WordAt], v: usize) -> Option<usize> {
    if v < 2 || text[tokens[v - 1].end..tokens[v].start].trim() != "," {
        return None;
    }
    let mut j = v - 1;
    // Down to the second word: the subject may be the text's first ("Hale, who ...").
    while j >= 1 && v - j <= RELATIVE_REACH {
        let gap = &text[tokens[j - 1].end..tokens[j].start];
        if ends_clause(gap) {
            let w = crate::text::to_lowercase(&text[tokens[j].start..tokens[j].end]);
            let opens_relative = gap.trim() == "," && matches!(&*w, "who" | "which");
            let appositive = gap.trim() == "," && appositive_at(text, tokens, j, v - 1);
            return (opens_relative || appositive).then_some(j - 1);
        }
        j -= 1;
    }
    None
}

/// True when tokens `j..=e`, set off by commas or dashes after the noun or name at token `j -
/// 1`, are an appositive: a noun phrase opening on an article or a possessive ("a
/// longtime critic of the mayor", "the panel's ranking Democrat", "his partner for
/// years") or an age ("54"), with no verb of its
/// own before a relative word ("a critic who has long opposed him" is one; "the plan
/// is reckless" is not).
fn appositive_at(text: &str, tokens: &[WordAt], j: usize, e: usize) -> bool {
    let lower = |k: usize| crate::text::to_lowercase(&text[tokens[k].start..tokens[k].end]);
    let head = lower(j - 1);
    let age = j == e
        && text[tokens[j].start..tokens[j].end]
            .bytes()
            .all(|b| b.is_ascii_digit());
    if !(age || is_noun_marker(&lower(j)))
        || !(matches!(pos_of(&head), "noun" | "plural" | "other" | "adj")
            || OBJECT_PRONOUNS.contains(&&*head))
    {
        return false;
    }
    (j..=e)
        .map(lower)
        .take_while(|w| !matches!(&**w, "who" | "whom" | "whose" | "which" | "that"))
        .all(|w| !(is_be(&w) || is_finite_auxiliary(&w) || speaks_or_believes(&w)))
}

/// Gives the quoted voice to the outlet's judgement words and charged verbs (not
/// naming choices, hedges or scare quotes) that report a source's verdict
/// ([`reported_judgement`]): the source chose them, as in a quotation.
pub(crate) fn reported_voices(text: &str, tokens: &[WordAt], terms: &mut [LoadedTerm]) {
    reported_voices_by(text, tokens, terms, reporting_verb);
}

/// [`reported_voices`] with the judging verbs told by [`reporting_verb_plain`], the
/// lists scanned (the reference).
pub(crate) fn reported_voices_plain(text: &str, tokens: &[WordAt], terms: &mut [LoadedTerm]) {
    reported_voices_by(text, tokens, terms, reporting_verb_plain);
}

/// The terms in `dropped` (the lexicon's outlet-voice terms the word model left out
/// for want of confidence, [`WordModelScratch::dropped`]) that report a source's
/// verdict ([`reported_voices`]) join `terms` (sorted by start) in the quoted voice, as
/// a term inside a quotation is shown whatever its confidence; the rest are left out.
/// `dropped` is emptied. Only those terms are judged: the kept ones had theirs.
///
/// [`WordModelScratch::dropped`]: super::loaded_model::WordModelScratch::dropped
pub(crate) fn reported_voices_dropped(
    text: &str,
    tokens: &[WordAt],
    terms: &mut Vec<LoadedTerm>,
    dropped: &mut Vec<LoadedTerm>,
) {
    reported_dropped_by(text, tokens, terms, dropped, reporting_verb);
}

/// [`reported_voices_dropped`] the plain way ([`reporting_verb_plain`]).
pub(crate) fn reported_voices_dropped_plain(
    text: &str,
    tokens: &[WordAt],
    terms: &mut Vec<LoadedTerm>,
    dropped: &mut Vec<LoadedTerm>,
) {
    reported_dropped_by(text, tokens, terms, dropped, reporting_verb_plain);
}

/// [`reported_voices_dropped`] with `judging` telling the judging verbs.
fn reported_dropped_by(
    text: &str,
    tokens: &[WordAt],
    terms: &mut Vec<LoadedTerm>,
    dropped: &mut Vec<LoadedTerm>,
    judging: fn(&str) -> Option<Reporting>,
) {
    if dropped.is_empty() {
        return;
    }
    reported_voices_by(text, tokens, dropped, judging);
    let before = terms.len();
    terms.extend(dropped.drain(..).filter(|t| t.voice == Voice::Quoted));
    if terms.len() > before {
        terms.sort_by_key(|t| t.start);
    }
}

/// Presupposing entries that end like a verb form but are adjectives: a source's
/// verdict when reported ("called the claims unfounded").
const PRESUPPOSING_ADJECTIVES: &[&str] = &["unfounded", "misleading"];

/// [`reported_voices`] with `verb` telling the judging verbs.
fn reported_voices_by(
    text: &str,
    tokens: &[WordAt],
    terms: &mut [LoadedTerm],
    judging: fn(&str) -> Option<Reporting>,
) {
    // The end of the last term this loop gave to a source: a judging word right after it,
    // with only spaces between, is the same verdict ("described the crisis as an
    // *absolute* *nightmare*", where the second word is past the verb's reach).
    let mut reported_end = None;
    for t in terms.iter_mut() {
        let i = tokens.partition_point(|w| w.start < t.start);
        // A naming choice is the source's only as the complement of "as" ("the
        // authorities described the men as *rioters*") or of a copula in a reported
        // clause ("saying that amounts to *amnesty*"); elsewhere it names what the
        // outlet reports ("called on the rioters to leave"). A charged verb in a reported
        // clause is the source's account of the act ("the ministry said the police had
        // *smashed* a plot", "accused the firm of *gutting* the fund").
        let judges = matches!(
            t.category,
            Category::ChargedVerb
                | Category::Evaluative
                | Category::Intensifier
                | Category::Epithet
                | Category::Praise
                | Category::IdeologicalLabel
                | Category::Conflict
                | Category::Presupposing
        ) || (t.category == Category::Naming
            && i < tokens.len()
            && (verdict_after_as(text, tokens, i) || naming_complement(text, tokens, i)));
        // A presupposing verb ("claiming", "admitted") is the outlet's word for the
        // act unless its own clause is reported ("prosecutors argued that he
        // *fabricated* records"), as a charged verb; its nouns and adjectives ("a
        // hoax", "baseless", "unfounded", "misleading": adjectives despite their
        // ending) judge.
        let word = &text[t.start..t.end];
        let verb = t.category == Category::Presupposing
            && (word.ends_with("ing") || word.ends_with("ed"))
            && !PRESUPPOSING_ADJECTIVES.contains(&&*crate::text::to_lowercase(word));
        if t.voice != Voice::Outlet || !judges {
            continue;
        }
        // A verb after "and", "or", a dash or a comma is the next predicate of the
        // sentence, not a conjunct of a reported verdict ("dismissed it as “theater” and
        // *slammed* his rival"): only its own clause can report it.
        let reported = || {
            if t.category == Category::ChargedVerb || verb {
                !opens_predicate(text, tokens, i)
                    && reported_judgement_here(text, tokens, i, judging)
            } else {
                reported_judgement_by(text, tokens, i, judging)
            }
        };
        let praised = || {
            (t.category == Category::Praise && praised_object(text, tokens, i))
                || praised_for(text, tokens, i)
        };
        let joined = reported_end.is_some_and(|end: usize| {
            end <= t.start && text[end..t.start].chars().all(|c| c == ' ' || c == '\t')
        });
        if joined
            || (i < tokens.len()
                && (reported() || praised())
                && !in_channel_adjunct(text, tokens, i))
        {
            t.voice = Voice::Quoted;
            reported_end = Some(t.end);
        }
    }
}

/// Verbs of praise and thanks whose object's praise is the praiser's: "praised the
/// *courage* of the crew", "thanked him for his *unwavering* support".
const PRAISING_VERBS: &[&str] = &[
    "praise",
    "praises",
    "praised",
    "praising",
    "hail",
    "hails",
    "hailed",
    "hailing",
    "laud",
    "lauds",
    "lauded",
    "lauding",
    "commend",
    "commends",
    "commended",
    "commending",
    "applaud",
    "applauds",
    "applauded",
    "applauding",
    "thank",
    "thanks",
    "thanked",
    "thanking",
    "congratulate",
    "congratulates",
    "congratulated",
    "congratulating",
    "salute",
    "salutes",
    "saluted",
    "saluting",
];

/// True when the praise word at token `i` stands in the object of a verb of praise or
/// thanks ([`PRAISING_VERBS`]) within four words of its clause, past only determiners,
/// adjectives, adverbs, pronouns, possessives and "for", "of" or "on": the praiser's
/// word. Not the writer's own ("we salute their *courage*").
fn praised_object(text: &str, tokens: &[WordAt], i: usize) -> bool {
    let lower = |j: usize| crate::text::to_lowercase(&text[tokens[j].start..tokens[j].end]);
    // "on" of "congratulated him on his *brilliant* campaign".
    let passes = |_: usize, w: &str| {
        matches!(w, "for" | "of" | "on")
            || OBJECT_PRONOUNS.contains(&w)
            || is_noun_marker(w)
            || is_possessive(w)
            || matches!(pos_of(w), "det" | "adj" | "adv" | "num")
    };
    let Some(k) = praising_verb_before(text, tokens, i, 5, passes) else {
        return false;
    };
    // "deserves praise for its *brilliant* script", "thanks for your *heroic* work": a
    // verb of praise takes its object before "for" ("praised the crew for"), so one
    // right before "for", unless passive ("was praised for"), is the noun, and the
    // praise is whoever's sentence it is.
    let noun = k + 1 < tokens.len() && lower(k + 1) == "for" && !lower(k).ends_with("ed");
    !noun && !by_the_writer(text, tokens, k)
}

/// The verb of praise or thanks ([`PRAISING_VERBS`]) the walk back from token `from`
/// reaches within `reach` words of its clause, passing only words `passes` accepts
/// (their index and lowercase form). The one walk of [`praised_object`] and
/// [`praised_for`].
fn praising_verb_before(
    text: &str,
    tokens: &[WordAt],
    from: usize,
    reach: usize,
    passes: impl Fn(usize, &str) -> bool,
) -> Option<usize> {
    let mut k = from;
    while k > 0 && k + reach > from {
        if ends_clause_between(text, tokens, k - 1, k) {
            return None;
        }
        k -= 1;
        let w = crate::text::to_lowercase(&text[tokens[k].start..tokens[k].end]);
        if PRAISING_VERBS.contains(&&*w) {
            return Some(k);
        }
        if !passes(k, &w) {
            return None;
        }
    }
    None
}

/// How many words a judgement may stand after the "for" of a verb of praise.
const FOR_REASON: usize = 8;

/// True when token `i` stands in the "for" phrase of a verb of praise or thanks
/// ([`PRAISING_VERBS`]) whose object, at most five words, stands between: the reason
/// is the praiser's ("praised the women for their *courage*"). Not the writer's own
/// ("we thank them for ..."). A verb of blame's reason stays the outlet's paraphrase
/// ("slammed the prosecutors for their *shoddy* work").
fn praised_for(text: &str, tokens: &[WordAt], i: usize) -> bool {
    let lower = |j: usize| crate::text::to_lowercase(&text[tokens[j].start..tokens[j].end]);
    let mut f = i;
    loop {
        if f == 0 || f + FOR_REASON < i || ends_clause_between(text, tokens, f - 1, f) {
            return false;
        }
        f -= 1;
        if lower(f) == "for" {
            break;
        }
    }
    // "praising China for its help and *chiding* it": a verb after "and" or "or" opens
    // the subject's next predicate.
    if (f + 1..i).any(|j| {
        matches!(&*lower(j), "and" | "or" | "but")
            && matches!(pos_of(&lower(j + 1)), "ing" | "past")
    }) {
        return false;
    }
    let object = |k: usize, w: &str| {
        OBJECT_PRONOUNS.contains(&w)
            || is_noun_marker(w)
            || is_possessive(w)
            || text[tokens[k].start..].starts_with(char::is_uppercase)
            || matches!(
                pos_of(w),
                "det" | "adj" | "num" | "noun" | "plural" | "other"
            )
    };
    praising_verb_before(text, tokens, f, 6, object)
        .is_some_and(|k| k + 1 < f && !by_the_writer(text, tokens, k))
}

/// The direct quotations of `text` (read as `tokens`), into `out` (cleared
/// first): the inner byte ranges of its quotation spans `quotes` (from
/// [`crate::text::quotes::find_quotes_into`]) that are not scare quotes, and the
/// speaker turns of a transcript ("TRUMP: ..."), sorted and disjoint.
/// The one quote rule of loaded language: the voice of a term and the word
/// model's "inside a quotation" both read it.
pub(crate) fn direct_quotes(
    text: &str,
    tokens: &[WordAt],
    quotes: &[QuoteSpan],
    out: &mut Vec<(usize, usize)>,
) {
    out.clear();
    out.extend(
        quotes
            .iter()
            .filter(|q| judge_quote(text, tokens, q.inner_start, q.inner_end).is_none())
            .map(|q| (q.inner_start, q.inner_end)),
    );
    add_turns_and_posts(text, out);
}

/// Adds to the sorted direct quotations `out` the speaker turns of `text`
/// ([`crate::text::quotes::find_speaker_turns_into`]), its embedded posts
/// ([`crate::text::quotes::find_embedded_posts_into`]) and its block quotations
/// ([`block_quotes`]): a transcript's, an interview's, a post's or a quoted
/// passage's words are its speakers', as in a quotation; not the turns of the outlet's
/// own host or reporters ([`crate::text::quotes::SpeakerTurn::outlet`]). Quotations
/// inside a turn, post or passage merge into it.
fn add_turns_and_posts(text: &str, out: &mut Vec<(usize, usize)>) {
    let mut turns = Vec::new();
    crate::text::quotes::find_speaker_turns_into(text, &mut turns);
    let mut posts = Vec::new();
    crate::text::quotes::find_embedded_posts_into(text, &mut posts);
    block_quotes(text, &mut posts);
    if turns.is_empty() && posts.is_empty() {
        return;
    }
    // The outlet's own host or reporter speaks in the outlet's voice.
    out.extend(
        turns
            .iter()
            .filter(|t| !t.outlet)
            .map(|t| (t.inner_start, t.inner_end)),
    );
    out.extend(posts);
    out.sort_unstable();
    let mut kept = 0;
    for k in 0..out.len() {
        let (s, e) = out[k];
        if kept > 0 && s < out[kept - 1].1 {
            out[kept - 1].1 = out[kept - 1].1.max(e);
        } else {
            out[kept] = (s, e);
            kept += 1;
        }
    }
    out.truncate(kept);
}

/// How many words at the end of a paragraph closed by a colon are searched for a
/// reporting word ("He wrote:", "Trump said in the speech on Saturday night:").
const BLOCK_INTRO_WORDS: usize = 12;

/// Appends to `out` the block quotations of `text`: the paragraph after one that
/// ends on a colon with a reporting word among its last words ("As the Journal
/// explains:", "She continued:", "The statement reads:"). Web pages set such
/// passages apart without quotation marks; their words are the quoted source's.
/// Only the first paragraph is taken: where a long passage ends is not marked.
fn block_quotes(text: &str, out: &mut Vec<(usize, usize)>) {
    let bytes = text.as_bytes();
    for c in memchr::memchr_iter(b':', bytes) {
        let rest = &text[c + 1..];
        let line_end = rest.trim_start_matches([' ', '\t', '\r']);
        if !line_end.starts_with('\n') {
            continue;
        }
        let nl = text.len() - line_end.len();
        if !crate::text::sentences::is_paragraph_break(text, nl) || !introduces_passage(&text[..c])
        {
            continue;
        }
        let body = &text[nl + 1..];
        let start = text.len() - body.trim_start().len();
        // The passage runs to its paragraph's break, over soft-wrapped lines.
        let end = memchr::memchr_iter(b'\n', &bytes[start..])
            .map(|n| start + n)
            .find(|&n| crate::text::sentences::is_paragraph_break(text, n))
            .unwrap_or(text.len());
        let passage = text[start..end].trim_end();
        if passage.chars().any(char::is_alphabetic) {
            out.push((start, start + passage.len()));
        }
    }
}

/// True when `intro`, the text before a paragraph-closing colon, ends in a sentence
/// whose last [`BLOCK_INTRO_WORDS`] words hold a reporting word ([`is_speech_word`],
/// which has "reads" and "explains", or "continued", "excerpt", "statements"), not one mostly a noun
/// there ("Original post:", "Note on timing:", "data that undercuts her claims:", "Under
/// the new rules:").
fn introduces_passage(intro: &str) -> bool {
    let sentence_start = intro.rfind(['.', '!', '?', '\n']).map_or(0, |k| k + 1);
    let words: Vec<std::borrow::Cow<str>> = intro[sentence_start..]
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(crate::text::to_lowercase)
        .collect();
    let from = words.len().saturating_sub(BLOCK_INTRO_WORDS);
    (from..words.len()).any(|k| {
        let w: &str = &words[k];
        // "Here is what we found:" introduces the writer's own words.
        let by_writer = k > 0 && is_writer(&words[k - 1]);
        // A verb of condemning after a determiner or number is a noun ("After the blast,
        // residents listed what they lost:"), as in [`speech_word_at`].
        let noun = k > 0 && is_mocking_verb(w) && counts_noun(&words[k - 1]);
        !by_writer
            && !noun
            && (matches!(
                w,
                "excerpt"
                    | "passage"
                    | "continued"
                    | "reports"
                    | "statements"
                    | "remarks"
                    | "tweets"
            ) || (!matches!(w, "post" | "note" | "claims" | "rules")
                && is_speech_word(w, words.get(k + 1).map(|n| &**n))))
    })
}

/// [`direct_quotes`], reading the verdicts of the scare-quote scan: `judged` holds
/// (from, to, is a scare quote) of each span [`scare_quotes`] judged, by rising `to`;
/// a quotation span it did not judge is judged here.
fn direct_quotes_judged(
    text: &str,
    tokens: &[WordAt],
    quotes: &[QuoteSpan],
    judged: &[(usize, usize, bool)],
    out: &mut Vec<(usize, usize)>,
) {
    out.clear();
    out.extend(
        quotes
            .iter()
            .filter(|q| {
                let (from, to) = (q.inner_start, q.inner_end);
                let k = judged.partition_point(|j| j.1 < to);
                let scare = match judged.get(k) {
                    Some(&(f, t, scare)) if f == from && t == to => scare,
                    _ => judge_quote(text, tokens, from, to).is_some(),
                };
                !scare
            })
            .map(|q| (q.inner_start, q.inner_end)),
    );
    add_turns_and_posts(text, out);
}

/// True when `start..end` lies inside one of the sorted, disjoint `ranges`.
pub(crate) fn inside(ranges: &[(usize, usize)], start: usize, end: usize) -> bool {
    let k = ranges.partition_point(|r| r.1 < end);
    ranges.get(k).is_some_and(|r| r.0 <= start)
}

/// The end of `start..end` without a closing possessive "'s" ("the regime's" flags
/// "regime"): the shortest span that carries the judgement, as the annotation guide marks it.
fn without_possessive(text: &str, start: usize, end: usize) -> usize {
    let s = &text[start..end];
    ["'s", "’s", "'S", "’S"]
        .iter()
        .find(|p| s.len() > p.len() && s.ends_with(*p))
        .map_or(end, |p| end - p.len())
}

/// A lexicon match before merging: start, end, category, the naming alternative, the entry.
type Span<'a> = (usize, usize, Category, Option<&'a str>, Option<EntryMatch>);

/// Merges lexicon spans and scare-quote spans: sorted, longest first at a start,
/// lexicon before scare quote on ties, then drops anything overlapping a kept span.
fn merge(
    text: &str,
    spans: Vec<Span<'_>>,
    scare: Vec<(usize, usize)>,
    detail: Detail,
) -> Vec<LoadedTerm> {
    let texts = detail.keeps_words();
    let mut all = spans;
    all.extend(
        scare
            .into_iter()
            .map(|(s, e)| (s, e, Category::ScareQuote, None, None)),
    );
    all.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then(b.1.cmp(&a.1))
            .then((a.2 == Category::ScareQuote).cmp(&(b.2 == Category::ScareQuote)))
    });
    let mut out: Vec<LoadedTerm> = Vec::with_capacity(all.len());
    let mut last_end = 0;
    for (start, end, category, alternative, entry) in all {
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
            voice: Voice::Outlet,
            confidence: None,
            entry,
        });
    }
    out
}

/// Words that attribute a quotation to a speaker ("said", "told", "as he put it", a
/// crowd's "cries of"), including verdict verbs of reports and courts ("concluded", "ruled") and verbs
/// that report speech while judging it ("vilifies", "dismissed"): the words they
/// quote are the source's, a partial quotation, not the outlet's distance.
fn is_speech_word(word: &str, next: Option<&str>) -> bool {
    match word {
        "put" => next == Some("it"),
        "according" => next == Some("to"),
        "concluded" | "concludes" | "concluding" | "found" | "finds" | "ruled" | "rules"
        | "writing" | "proclaiming" | "proclaimed" | "proclaims" | "declaring" | "stating"
        | "arguing" | "insisting" | "warning" | "claiming" | "describing" | "explaining"
        | "vowing" | "promising" | "pledged" | "pledging" | "shout" | "yelled" | "pleaded"
        | "dismissed" | "dismisses" | "dismissing" | "rejected" | "rejects" | "disputed"
        | "defended" | "defends" | "hailed" | "hails" | "touted" | "touts" | "characterized"
        | "characterised" | "dubbing" | "labeling" | "labelling" | "branding" | "testifying"
        | "interview" | "statement" | "quotes" | "cited" | "cites" | "citing" => true,
        // A believer's word: "Barr believes the law allows “selective” removal"; so too
        // words of one who expressed a view or congratulated ("congratulated Trump on his
        // “very successful” trip").
        "believes" | "believed" | "expressed" | "expresses" | "expressing" | "congratulated"
        | "congratulates" | "congratulating" => true,
        // Verbs of condemning report what the condemner said ("slammed the plan, calling it
        // “...”"); a noun of the same form is told apart by the caller ([`speech_word_at`]).
        w if is_mocking_verb(w) => true,
        // A crowd's words: "amid cries of “...”", "chants of", "to shouts of".
        "cries" | "cry" | "chants" | "chant" | "chanting" | "shouts" | "shouting" | "jeers"
        | "screams" | "screaming" => true,
        _ => crate::features::english::is_speech_form(word),
    }
}

/// [`is_speech_word`] at token `k`, unless a verb of condemning there is a noun of the same
/// form after a determiner or number in its sentence ("two blasts hit the “safe” zone").
fn speech_word_at(text: &str, tokens: &[WordAt], k: usize) -> bool {
    let lower = |k: usize| crate::text::to_lowercase(&text[tokens[k].start..tokens[k].end]);
    let word = lower(k);
    let next = (k + 1 < tokens.len()).then(|| lower(k + 1));
    if !is_speech_word(&word, next.as_deref()) {
        return false;
    }
    let noun =
        k > 0 && !ends_sentence_between(text, tokens, k - 1, k) && counts_noun(&lower(k - 1));
    !(noun && is_mocking_verb(&word))
}

/// True when `prev`, the word before a verb of condemning, makes it a noun of the same
/// form: a determiner or a number ("the blast", "two blasts", "3 slams").
fn counts_noun(prev: &str) -> bool {
    is_noun_marker(prev) || is_number_word(prev) || prev.parse::<u64>().is_ok()
}

/// How many words of a labelled object may stand between a labelling verb and the "as"
/// before a quotation ("flagged the two posts as “...”").
const LABELLED_OBJECT: usize = 4;

/// True when the words before the quotation opening at token `first`, in its sentence,
/// give it as someone's label or finding: "flagged (the posts) as", "branded (as)",
/// "labelled (as)", "dubbed", "described (it) as", "deemed", "finding them". The quoted
/// words are the labeller's, not the outlet's distance from them.
fn labels_quote(text: &str, tokens: &[WordAt], first: usize) -> bool {
    let lower = |k: usize| crate::text::to_lowercase(&text[tokens[k].start..tokens[k].end]);
    let labels = |w: &str| reporting_verb(w) == Some(Reporting::Direct);
    let word = |d: usize| {
        let k = first.checked_sub(d)?;
        (!ends_sentence_between(text, tokens, k, k + 1)).then(|| lower(k))
    };
    let Some(near) = word(1) else {
        return false;
    };
    if near == "as" {
        return (2..2 + LABELLED_OBJECT)
            .map_while(word)
            .any(|f| f == "flagged" || labels(&f) || reporting_verb(&f) == Some(Reporting::As));
    }
    if OBJECT_PRONOUNS.contains(&&*near) {
        return word(2)
            .is_some_and(|f| matches!(&*f, "find" | "finds" | "finding" | "found") || labels(&f));
    }
    // The mocker's words: "mocked the "bizarre" speech", "ridiculed his "genius" plan".
    // After a determiner or a number the word is a noun ("two rails near the "safe" zone").
    let noun = |d: usize| {
        word(d + 1)
            .is_some_and(|p| is_noun_marker(&p) || is_number_word(&p) || p.parse::<u64>().is_ok())
    };
    labels(&near)
        || (1..=MOCKED_OBJECT)
            .map_while(|d| word(d).map(|f| (d, f)))
            .any(|(d, f)| is_mocking_verb(&f) && !noun(d))
        || verdict_on_object(text, tokens, first)
}

/// True when a judging verb and its short object (a determiner or possessive first, then
/// nouns or adjectives) stand right before the quotation at token `first`: the verdict
/// on that object is the judge's words ("rated the nominee “not qualified”", "called the
/// plan “a disaster”"), not the outlet's scare quote.
fn verdict_on_object(text: &str, tokens: &[WordAt], first: usize) -> bool {
    let lower = |k: usize| crate::text::to_lowercase(&text[tokens[k].start..tokens[k].end]);
    (2..2 + LABELLED_OBJECT).any(|d| {
        let Some(v) = first.checked_sub(d) else {
            return false;
        };
        (v..first).all(|k| !ends_sentence_between(text, tokens, k, k + 1))
            && reporting_verb(&lower(v)).is_some_and(|r| r != Reporting::Of)
            && is_noun_marker(&lower(v + 1))
            && (v + 2..first)
                .all(|k| matches!(pos_of(&lower(k)), "noun" | "plural" | "adj" | "other"))
    })
}

/// True when the quoted words (`inner`, tokens `first..last`) open their clause (the
/// sentence's start, or after a comma: "gives me a muffled, “This is great,”") and end
/// on a comma, "!" or "?" inside the marks with the sentence running on: the shape of
/// a quotation before its speaker tag ("“That's crazy,” Comey remembered thinking"),
/// whatever the verb. A scare quote sits inside its sentence's grammar instead.
fn speaker_tag_follows(
    text: &str,
    tokens: &[WordAt],
    first: usize,
    last: usize,
    inner: &str,
    sentence_start: bool,
) -> bool {
    let opens_clause =
        sentence_start || text[tokens[first - 1].end..tokens[first].start].contains(',');
    if !opens_clause || last >= tokens.len() {
        return false;
    }
    if inner.ends_with(',') {
        return !ends_sentence_between(text, tokens, last - 1, last);
    }
    // After "!" or "?" the tag goes on in lower case: "“Why now?” she asked."
    inner.ends_with(['!', '?'])
        && !text[tokens[last - 1].end..tokens[last].start].contains('\n')
        && text[tokens[last].start..]
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
}

/// True when the word before a quotation (`near`; `far` the one before it, both in its
/// sentence) is a copula, or an adverb after one: the quoted words are the predicate
/// ("was “unavailable”", "is not “lawful”"). There a quotation reports how a source
/// described the subject: a partial quotation by the annotation guide, not a scare quote.
fn quotes_a_predicate(near: Option<&str>, far: Option<&str>) -> bool {
    let copula = |w: Option<&str>| w.is_some_and(|w| COPULAS.contains(&w));
    copula(near) || (near.is_some_and(|w| PREDICATE_ADVERBS.contains(&w)) && copula(far))
}

/// How many words before a quotation a mocking verb is looked for ("mocked his
/// own party's "bold" plan").
const MOCKED_OBJECT: usize = 4;

/// Verbs of mocking or condemning whose object's quoted words are the subject's, not
/// the outlet's ("railed against the “rigged” primary", "slammed the “reckless” plan").
/// Kept apart from [`crate::features::english::is_speech_verb`] on purpose: only scorn
/// (no "said", "praised"), and in every form ("slam", "mocking"), which that finder of
/// speakers leaves out where the word is a noun too ("a slam", "a blast").
fn is_mocking_verb(w: &str) -> bool {
    matches!(
        w,
        "rail"
            | "railed"
            | "rails"
            | "railing"
            | "decry"
            | "decried"
            | "decries"
            | "decrying"
            | "denounce"
            | "denounced"
            | "denounces"
            | "denouncing"
            | "slam"
            | "slammed"
            | "slams"
            | "slamming"
            | "blast"
            | "blasted"
            | "blasts"
            | "blasting"
            | "lambast"
            | "lambasts"
            | "lambasted"
            | "lambasting"
            | "assail"
            | "assails"
            | "assailed"
            | "assailing"
            | "condemn"
            | "condemned"
            | "condemns"
            | "condemning"
            | "mock"
            | "mocks"
            | "mocked"
            | "mocking"
            | "ridicule"
            | "ridicules"
            | "ridiculed"
            | "ridiculing"
            | "deride"
            | "derides"
            | "derided"
            | "deriding"
            | "lampoon"
            | "lampoons"
            | "lampooned"
            | "lampooning"
            | "vilify"
            | "vilifies"
            | "vilified"
            | "vilifying"
    )
}

/// Nouns of laws, rules and procedures that quoted words before them name ("the “stand
/// your ground” law", "a “no confidence” motion"): the quotation marks a name, not distance.
fn is_named_measure(word: &str) -> bool {
    matches!(
        word,
        "law"
            | "laws"
            | "policy"
            | "policies"
            | "motion"
            | "rule"
            | "rules"
            | "clause"
            | "provision"
            | "standard"
            | "doctrine"
            | "statute"
            | "ordinance"
            | "amendment"
            | "legislation"
            | "program"
            | "programme"
            | "defense"
            | "defence"
    )
}

/// True when lowercase `word`, right after a quotation, names someone credited on a
/// show or work, so the quotation is its title ("“Hardball” host", "“Veep” star").
fn is_credit_after_title(word: &str) -> bool {
    matches!(
        word,
        "host"
            | "hosts"
            | "co-host"
            | "anchor"
            | "star"
            | "stars"
            | "actor"
            | "actress"
            | "author"
            | "creator"
            | "producer"
            | "showrunner"
            | "panelist"
            | "contestant"
    )
}

/// Nouns and verbs that introduce a title, a name, a slogan or a word quoted as
/// a word rather than someone's speech ("the song", "titled", "the word").
fn is_title_cue(word: &str) -> bool {
    matches!(
        word,
        "book"
            | "books"
            | "novel"
            | "memoir"
            | "film"
            | "movie"
            | "song"
            | "album"
            | "single"
            | "show"
            | "series"
            | "sitcom"
            | "documentary"
            | "podcast"
            | "episode"
            | "poem"
            | "play"
            | "musical"
            | "opera"
            | "painting"
            | "exhibition"
            | "essay"
            | "column"
            | "headline"
            | "titled"
            | "entitled"
            | "named"
            | "nicknamed"
            | "slogan"
            | "slogans"
            | "motto"
            | "hashtag"
            | "chant"
            | "chants"
            | "chanted"
            | "chanting"
            | "shouting"
            | "shouted"
            | "banner"
            | "banners"
            | "sign"
            | "signs"
            | "placard"
            | "placards"
            | "word"
            | "term"
            | "phrase"
            | "expression"
            | "catchphrase"
            | "label"
            | "labels"
            | "names"
            | "nicknames"
            | "insults"
            | "epithets"
            | "slurs"
            | "taunts"
            | "brand"
            | "campaign"
            | "operation"
            | "app"
            | "game"
            | "magazine"
            | "newsletter"
            | "blog"
    )
}

/// True when "known as" or "referred to as" (an article after it allowed) stands right
/// before the quotation opening at token `first`, in its sentence: the quotation names a
/// term ("a doctrine known as the “unitary executive”"), not the writer's irony.
fn known_as_before(text: &str, tokens: &[WordAt], first: usize) -> bool {
    let lower = |k: usize| crate::text::to_lowercase(&text[tokens[k].start..tokens[k].end]);
    let joined = |k: usize| !ends_sentence_between(text, tokens, k, k + 1);
    let mut k = first;
    if k > 0 && joined(k - 1) && matches!(&*lower(k - 1), "the" | "a" | "an") {
        k -= 1;
    }
    if k < 2 || !joined(k - 1) || !joined(k - 2) || lower(k - 1) != "as" {
        return false;
    }
    let verb = lower(k - 2);
    verb == "known" || (verb == "to" && k >= 3 && lower(k - 3) == "referred")
}

/// True when a count of times follows the quotation that ends before token `last`, in
/// its sentence ("“union” appears 49 times", "and “working families” 17 times", "said
/// “sorry” twice"): the quoted words are counted as words, not the writer's distance.
/// The count closes its phrase: the clause ends after it, or a preposition, conjunction,
/// determiner or time word follows ("twice before the vote"); before anything else it
/// counts what the thing did ("the “reform” *twice* failed", "*3 times* failed").
fn counted_after(text: &str, tokens: &[WordAt], last: usize) -> bool {
    let word = |k: usize| {
        (k < tokens.len() && !ends_sentence_between(text, tokens, k - 1, k))
            .then(|| crate::text::to_lowercase(&text[tokens[k].start..tokens[k].end]))
    };
    let Some(next) = word(last) else {
        return false;
    };
    let number = next.parse::<u64>().is_ok() || is_number_word(&next);
    let count_ends = if matches!(&*next, "once" | "twice") {
        last
    } else if number && word(last + 1).is_some_and(|w| w == "times") {
        last + 1
    } else {
        return false;
    };
    let after = count_ends + 1;
    after >= tokens.len()
        || ends_clause_between(text, tokens, count_ends, after)
        || word(after)
            .is_none_or(|w| matches!(pos_of(&w), "prep" | "conj" | "det") || is_time_modifier(&w))
}

/// True when the quotation opening at token `first` is an example after "like" or
/// "such as" and a title cue ([`is_title_cue`]) comes just before that: "names like
/// “...”", "insults such as “...”".
fn example_of_title_cue(text: &str, tokens: &[WordAt], first: usize) -> bool {
    let word = |d: usize| {
        let k = first.checked_sub(d)?;
        (!ends_sentence_between(text, tokens, k, k + 1))
            .then(|| crate::text::to_lowercase(&text[tokens[k].start..tokens[k].end]))
    };
    let cue_at = match word(1).as_deref() {
        Some("like") => 2,
        Some("as") if word(2).as_deref() == Some("such") => 3,
        _ => return false,
    };
    word(cue_at).is_some_and(|w| is_title_cue(&w))
}

/// True when the quotation between bytes `from` and `to` is markup or code, not
/// prose: an attribute value (`class="..."`), a key (`"id":`), or inner text with
/// markup characters (`<`, `>`, `=`, `{`, `}`, `/`, `\`, `_`, `@`, `#`, `|`).
fn is_markup(text: &str, from: usize, to: usize) -> bool {
    let mut before = text[..from].chars().rev();
    before.next(); // the opening mark
    let attribute = before.next() == Some('=');
    let key = text[to..].chars().nth(1).is_some_and(|c| c == ':') && text[to..].starts_with('"');
    attribute
        || key
        || text[from..to].contains(['<', '>', '=', '{', '}', '/', '\\', '_', '@', '#', '|'])
}

/// How many words either side of a capitalised match [`Lexicon::part_of_name`] reads
/// to tell prose from a title-case headline.
const NAME_RUN_STEPS: usize = 8;

/// True when the capitalised match at tokens `i..i + n` sits inside an organisation's
/// name in ways a run of plain capitalised words does not show: after an acronym and
/// before a capitalised word ("NARAL Pro-Choice America"), or after a capitalised word
/// and "for", "of" or "against" ("Marylanders for Marriage Equality"). Headline title
/// case is told apart by the prose test that follows in [`Lexicon::part_of_name`].
fn inside_org_name(text: &str, tokens: &[WordAt], i: usize, n: usize) -> bool {
    let word = |k: usize| &text[tokens[k].start..tokens[k].end];
    let tight = |a: usize, b: usize| {
        text[tokens[a].end..tokens[b].start]
            .chars()
            .all(char::is_whitespace)
    };
    let titled = |k: usize| tokens[k].facts.cap() && word(k).chars().any(char::is_lowercase);
    let acronym = |k: usize| {
        word(k).chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !word(k).chars().any(char::is_lowercase)
    };
    let next_titled = i + n < tokens.len() && tight(i + n - 1, i + n) && titled(i + n);
    if i >= 1 && tight(i - 1, i) && acronym(i - 1) && next_titled {
        return true;
    }
    i >= 2
        && matches!(word(i - 1), "for" | "of" | "against")
        && tight(i - 1, i)
        && tight(i - 2, i - 1)
        && titled(i - 2)
}

/// True when capitalised token `i` ends a run of up to three capitalised words that
/// follows an abbreviated title with its period ("Rep. Jason Crow", "Sen. Fudge"): it
/// is part of the name. A title written out may open a headline ("Senator Slams Bill").
fn after_title(text: &str, tokens: &[WordAt], i: usize) -> bool {
    let mut k = i;
    for _ in 0..3 {
        if k == 0 {
            return false;
        }
        let gap = &text[tokens[k - 1].end..tokens[k].start];
        let before = &text[tokens[k - 1].start..tokens[k - 1].end];
        if crate::text::abbreviations::is_name_prefix(&crate::text::to_lowercase(before))
            && tokens[k - 1].facts.cap()
            && gap.trim_end() == "."
        {
            return true;
        }
        if !tokens[k - 1].facts.cap() || !gap.chars().all(char::is_whitespace) {
            return false;
        }
        k -= 1;
    }
    false
}

/// True when `gap` (text between two words) ends a sentence. A gap of one space (most
/// of them) is told by its byte, before any search.
#[inline]
fn ends_sentence(gap: &str) -> bool {
    gap != " " && gap.contains(['.', '!', '?', '\n'])
}

/// True when the text between the words `a` and `b` of `tokens` ends a sentence: as
/// [`ends_sentence`], except a lone period of an abbreviation or an initial right after
/// `a` ("Mr. Rove", "J. Smith"), as the sentence splitter reads it.
fn ends_sentence_between(text: &str, tokens: &[WordAt], a: usize, b: usize) -> bool {
    let at = tokens[a].end;
    let gap = &text[at..tokens[b].start];
    ends_sentence(gap)
        && !(gap.starts_with('.')
            && !ends_sentence(&gap[1..])
            && crate::text::sentences::period_is_abbreviation(text, at))
}

/// Spans of scare-quoted words: 1–3 words in quotation marks, not a sentence and
/// with no speech verb within a few words either side in the same sentence.
/// Every span judged is recorded in `judged` as (from, to, is a scare quote), by
/// rising `to` (see [`direct_quotes_judged`]).
fn scare_quotes(
    text: &str,
    tokens: &[WordAt],
    judged: &mut Vec<(usize, usize, bool)>,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut judge = |s: usize, i: usize| {
        // The next item of a list of quotations is read as the one before it was:
        // names like “sellout” and “traitor”.
        let listed = judged.last().is_some_and(|&(from, to, scare)| {
            !scare
                && to < s
                && !text[from..to].trim_end().ends_with(['.', '!', '?'])
                && joins_list(&text[to..s])
        });
        let got = if listed {
            None
        } else {
            judge_quote(text, tokens, s, i)
        };
        judged.push((s, i, got.is_some()));
        got
    };
    let mut open_double: Option<usize> = None;
    let mut open_single: Option<usize> = None;
    let mut open_straight: Option<usize> = None;
    // Every quotation mark is `"`, `'` or starts with the byte 0xE2 (U+2018..U+201D).
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(k) = memchr::memchr3(b'"', b'\'', 0xE2, &bytes[i..]) {
        i += k;
        let c = text[i..].chars().next().unwrap_or(' ');
        let after = i + c.len_utf8();
        match c {
            '\u{201c}' => open_double = Some(after),
            '\u{201d}' => {
                if let Some(s) = open_double.take() {
                    out.extend(judge(s, i));
                }
            }
            '"' => match open_double.take() {
                Some(s) => out.extend(judge(s, i)),
                None => open_double = Some(after),
            },
            // A straight single quote opens and closes as `find_quotes_into` reads it
            // (British style: the 'consultation'); an apostrophe does neither.
            '\'' => {
                // An opener further back than a scare quote reaches, or across a line
                // break, is stale (an elision such as 'cos or 'burbs that never closed).
                let fresh = open_straight.filter(|&s| {
                    i - s <= STRAIGHT_REACH && !text.as_bytes()[s..i].contains(&b'\n')
                });
                let opens = || crate::text::quotes::straight_opens(text, i);
                open_straight = match fresh {
                    Some(s) if crate::text::quotes::straight_closes(text, i) => {
                        out.extend(judge(s, i));
                        None
                    }
                    Some(s) if !opens() => Some(s),
                    _ => opens().then_some(after),
                };
            }
            '\u{2018}' => open_single = Some(after),
            '\u{2019}' => {
                // A right single quote followed by a letter is an apostrophe.
                let next_is_word = text[after..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
                if !next_is_word {
                    if let Some(s) = open_single.take() {
                        out.extend(judge(s, i));
                    }
                }
            }
            _ => {}
        }
        i = after;
    }
    out
}

/// The farthest (in bytes) a straight single quote's opening mark is looked back for:
/// past it the mark was an elision, never a scare quote's.
const STRAIGHT_REACH: usize = 120;

/// True when `between`, the text from one quotation's closing mark to the next one's
/// opening mark, only joins list items on one line: a comma, "and", "or".
fn joins_list(between: &str) -> bool {
    if between.contains('\n') {
        return false;
    }
    let word = between.trim_matches(|c: char| c.is_whitespace() || c == ',' || is_quote_mark(c));
    matches!(word, "" | "and" | "or")
}

/// A straight or curly quotation mark, double or single.
fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '\u{201c}' | '\u{201d}' | '\u{2018}' | '\u{2019}')
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
    if is_markup(text, from, to) {
        return None;
    }
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
    let sentence_start = first == 0 || ends_sentence_between(text, tokens, first - 1, first);
    if speaker_tag_follows(text, tokens, first, last, inner, sentence_start) {
        return None; // “Absolutely right,” the professor replied.
    }
    // The one or two words before the opening mark, within the sentence.
    let before: Vec<usize> = (1..=2)
        .map_while(|d| {
            let k = first.checked_sub(d)?;
            (!ends_sentence_between(text, tokens, k, k + 1)).then_some(k)
        })
        .collect();
    if before
        .first()
        .is_some_and(|&k| lower(k) == crate::text::quotes::NAME_MARKER)
    {
        return None; // "so-called" is the marker, flagged as a hedge
    }
    if n == 1 && starts_upper && !sentence_start {
        return None; // a name or a one-word title: the “Bulldog”
    }
    if before.iter().any(|&k| is_title_cue(&lower(k))) {
        return None; // a title, slogan or a word quoted as a word: the film “...”, the word “...”
    }
    // A word right after the closing mark, nothing but spaces between.
    let right_after = last < tokens.len()
        && text.get(to..tokens[last].start).is_some_and(|gap| {
            gap.trim_matches(|c: char| c.is_whitespace() || is_quote_mark(c))
                .is_empty()
        });
    if starts_upper
        && right_after
        && !ends_sentence_between(text, tokens, last - 1, last)
        && is_credit_after_title(&lower(last))
    {
        return None; // a show and its people: “Hardball” host Chris Matthews
    }
    if example_of_title_cue(text, tokens, first) {
        return None; // names like “...”, insults such as “...”
    }
    if known_as_before(text, tokens, first) {
        return None; // a term named: the form known as the “... privilege”
    }
    if counted_after(text, tokens, last) {
        return None; // a word counted: “working families” 17 times
    }
    if n > 1 && right_after && is_named_measure(&lower(last)) {
        return None; // a measure's name: the “stand your ground” law
    }
    if labels_quote(text, tokens, first) {
        return None; // the labeller's word: flagged as “...”, finding them “...”
    }
    let near = before.first().map(|&k| lower(k));
    let far = before.get(1).map(|&k| lower(k));
    if quotes_a_predicate(near.as_deref(), far.as_deref()) {
        return None; // a source's description: the impact was “short-lived”
    }
    // Words before the opening mark, nearest first, within the sentence; a colon
    // there is the "Speaker: words" form of headlines and captions.
    let mut k = first;
    for _ in 0..ATTRIBUTION_BEFORE {
        if k == 0 {
            break;
        }
        let gap = &text[tokens[k - 1].end..tokens[k].start];
        if ends_sentence_between(text, tokens, k - 1, k) {
            break;
        }
        if gap.contains(':') {
            return None;
        }
        k -= 1;
        if speech_word_at(text, tokens, k) {
            return None;
        }
    }
    // Words after the closing mark, nearest first, within the sentence.
    let mut k = last - 1;
    for _ in 0..ATTRIBUTION_AFTER {
        if k + 1 >= tokens.len() || ends_sentence_between(text, tokens, k, k + 1) {
            break;
        }
        k += 1;
        if speech_word_at(text, tokens, k) {
            return None;
        }
    }
    Some((tokens[first].start, tokens[last - 1].end))
}

/// Counts of loaded terms by category and voice, and the loaded density of the article:
/// the terms plus the word model's probabilities of the words they leave out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LoadedSummary {
    /// Outlet-voice matches per category; every category is present, zeros included.
    pub counts: BTreeMap<Category, usize>,
    /// Matches inside direct quotations per category; every category is present.
    pub counts_quoted: BTreeMap<Category, usize>,
    /// Outlet-voice matches.
    pub total: usize,
    /// Matches inside direct quotations.
    pub quoted: usize,
    /// Words in the article (tokens).
    pub words: usize,
    /// Expected loaded words of the outlet's voice per 100 words: its matches, each
    /// counted as one, plus the word model's probabilities of its other words that reach
    /// the density floor (see `loaded_model::unflagged_mass`); 0 for an empty article.
    pub density_per_100_words: f64,
    /// The same inside direct quotations (0 for an empty article).
    pub quoted_per_100_words: f64,
}

impl LoadedSummary {
    /// Summarises `matches` found in an article of `n_words` words, where the words no
    /// match covers have the word model's probability mass `unflagged` (`[outlet,
    /// quoted]`, see `loaded_model::unflagged_mass`; zeros count the matches alone).
    pub fn new(matches: &[LoadedTerm], n_words: usize, unflagged: [f64; 2]) -> Self {
        let zeros: BTreeMap<Category, usize> = Category::ALL.iter().map(|&c| (c, 0)).collect();
        let (mut counts, mut counts_quoted) = (zeros.clone(), zeros);
        for m in matches {
            let side = match m.voice {
                Voice::Outlet => &mut counts,
                Voice::Quoted => &mut counts_quoted,
            };
            *side.entry(m.category).or_default() += 1;
        }
        let total = counts.values().sum();
        let quoted = counts_quoted.values().sum();
        let per_100 = |n: usize, mass: f64| {
            if n_words == 0 {
                0.0
            } else {
                100.0 * (n as f64 + mass) / n_words as f64
            }
        };
        LoadedSummary {
            counts,
            counts_quoted,
            total,
            quoted,
            words: n_words,
            density_per_100_words: per_100(total, unflagged[0]),
            quoted_per_100_words: per_100(quoted, unflagged[1]),
        }
    }
}

/// The loaded-language feature block: outlet-voice matches per 1,000 words, one
/// value per [`Category::ALL`] entry in order (all zeros for an empty article).
/// Words inside direct quotations are the speakers' choice, so they do not count.
pub fn block_values(matches: &[LoadedTerm], n_words: usize) -> Vec<f32> {
    let mut counts = [0usize; Category::ALL.len()];
    for m in matches.iter().filter(|m| m.voice == Voice::Outlet) {
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

/// What the loaded-language block's feature names start with (`loaded:<category id>`).
pub const BLOCK_PREFIX: &str = "loaded:";

/// Names of the [`block_values`] features, `loaded:<category id>`, in the same order.
pub fn block_names() -> Vec<String> {
    Category::ALL
        .iter()
        .map(|c| format!("{BLOCK_PREFIX}{}", c.id()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::english::may_hold_apostrophe;

    #[test]
    fn gaps_of_spaces_end_clauses_as_the_plain_reading_says() {
        let gaps = [
            "",
            " ",
            "  ",
            "   ",
            ", ",
            " - ",
            "-",
            ". ",
            "\n",
            " \n ",
            "\u{a0}",
            " \u{2014} ",
            "; ",
            " (",
            ") ",
            ":",
            "\t",
            " ! ",
            "?",
            " \u{2013}",
        ];
        for gap in gaps {
            assert_eq!(ends_clause(gap), ends_clause_plain(gap), "{gap:?}");
            assert_eq!(ends_sentence(gap), gap.contains(['.', '!', '?', '\n']));
        }
        assert!(!ends_clause("  ") && ends_clause(" , ") && ends_clause(" - "));
    }

    #[test]
    fn a_remembered_stem_key_is_the_plain_one() {
        let stemmer = Stemmer::default();
        let words = [
            "slammed",
            "war",
            "anti",
            "escalations",
            "really",
            "fuhrer",
            "kiev's",
            "<num>",
            "half",
            "internationalisation",
            "",
            "y",
            "sly",
            "führer",
        ];
        // Cold, then warm: every answer equals the plain stemming.
        for round in 0..2 {
            for w in words {
                assert_eq!(key_of_memo(&stemmer, w), key_of(&stemmer, w), "{w} {round}");
            }
        }
        let (cold, warm) = (
            Lexicon::builtin().word_keys_and_stem("Anti-War"),
            Lexicon::builtin().word_keys_and_stem("anti-war"),
        );
        assert_eq!(cold, warm);
    }

    /// For each (loaded, word, neutral): `word` is flagged in the first text and nothing
    /// in the second.
    fn flagged_then_not(cases: &[(&str, &str, &str)]) {
        for &(loaded, word, neutral) in cases {
            assert!(
                found(loaded).iter().any(|g| g.0 == word),
                "{loaded}: {:?}",
                found(loaded)
            );
            assert!(found(neutral).is_empty(), "{neutral}: {:?}", found(neutral));
        }
    }

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
        assert!(has("The far right won.", "far right", "ideological_label"));
    }

    #[test]
    fn intensifiers() {
        assert!(has(
            "An utterly unprecedented assault.",
            "utterly",
            "intensifier"
        ));
        assert!(has(
            "An utterly unprecedented assault.",
            "unprecedented",
            "intensifier"
        ));
        assert!(has(
            "An extremely popular singer.",
            "extremely",
            "intensifier"
        ));
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
        assert!(has("The plan, some say, is weak.", "some say", "hedge"));
        // Attribution to a group named by its role is plain reporting.
        for text in [
            "The plan, critics say, is weak.",
            "Experts say the rule will hold.",
            "The cuts, analysts said, would slow growth.",
            "Some observers expect a delay.",
        ] {
            assert!(
                Lexicon::builtin().find(text).is_empty(),
                "{text}: {:?}",
                Lexicon::builtin().find(text)
            );
        }
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
        assert!(has("A new war on coal.", "war on", "conflict"));
        // A phrase does not run across a sentence end.
        assert!(found("It was a long war. On Monday rain fell.").is_empty());
    }

    #[test]
    fn naming_pairs_flag_only_the_marked_form() {
        // Marked > standard: only the marked form is loaded, with the standard as alternative.
        let got = found("Talks in Kiev went well, unlike those in Kyiv.");
        assert_eq!(got, [("Kiev".into(), "naming", Some("Kyiv".into()))]);
        let got = found("The death tax and the Affordable Care Act.");
        assert_eq!(
            got,
            [("death tax".into(), "naming", Some("estate tax".into()))]
        );
        // Case does not matter.
        assert_eq!(found("kiev")[0].2.as_deref(), Some("Kyiv"));
        // Standard forms of measured pairs are not loaded.
        for text in [
            "The coronavirus spread and COVID-19 cases rose.",
            "Protesters marched against climate change and for gun control.",
            "Obamacare premiums rose; the fetus was healthy.",
            "Officials in Kyiv, Odesa and Kharkiv met.",
        ] {
            assert!(
                !found(text).iter().any(|g| g.1 == "naming"),
                "{text}: {:?}",
                found(text)
            );
        }
        // Both marked: both flagged; both standard: neither.
        let got = found("Traditional marriage or marriage equality?");
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].2.as_deref(), Some("marriage equality"));
        assert!(found("Obamacare, the Affordable Care Act, was debated.").is_empty());
    }

    #[test]
    fn a_marked_form_may_leave_its_standard_form_unmatched() {
        // "passed away > (died)": the euphemism is a naming choice with "died" as its
        // alternative, and "died" itself is neither flagged nor kept as a choice.
        let got = found("Her uncle passed away in March.");
        assert_eq!(got, [("passed away".into(), "naming", Some("died".into()))]);
        let f = Lexicon::builtin().find_all("Her uncle died in March.");
        assert!(f.terms.is_empty() && f.naming.is_empty(), "{f:?}");
        // "Passing" for a death, after a possessive; not a pass in sport, a bill or a lane.
        let got = found("After his passing in 2010 the farm was sold.");
        assert_eq!(got, [("passing".into(), "naming", Some("death".into()))]);
        for text in [
            "His passing yards set a record in 2010.",
            "The passing of the bill took a year.",
            "A truck in the passing lane stalled.",
            "She thanked him for passing the test.",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
        // Only a marked form may leave its standard unmatched, and only by a plain name.
        for bad in [
            "[naming]\n(died) > passed away\n",
            "[naming]\npassed away | (died)\n",
            "[naming]\npassed away > (=died)\n",
            "[naming]\npassed away > ()\n",
        ] {
            assert!(Lexicon::parse(bad, "t").is_err(), "{bad}");
        }
        let lex = Lexicon::parse("[naming]\nfell asleep > (died)\n", "t").expect("valid");
        assert_eq!(lex.find("He fell asleep. He died.").len(), 1);
    }

    #[test]
    fn new_judging_words_and_their_plain_twins() {
        assert!(has("Neighbours called him a junkie.", "junkie", "epithet"));
        assert!(has(
            "The flamboyant mayor left.",
            "flamboyant",
            "intensifier"
        ));
        assert!(has("It was a zany plan.", "zany", "intensifier"));
        assert!(has(
            "The heart-wrenching scene played out.",
            "heart-wrenching",
            "intensifier"
        ));
        for text in [
            "Neighbours said he had an opioid addiction.",
            "The race thrilled political junkies and news junkies.",
            "The mayor wore a bright suit and left.",
            "It was an unusual plan.",
            "The quiet scene played out.",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }

    #[test]
    fn murder_as_the_outlets_verb_and_its_plain_twins() {
        // The outlet calls a killing murder, massacre or slaughter in its own voice.
        for (text, word) in [
            ("A gunman murdered nine people early on Sunday.", "murdered"),
            ("The officer was murdered in the line of duty.", "murdered"),
            (
                "Militants were murdering villagers, the report said.",
                "murdering",
            ),
            (
                "Soldiers massacred the protesters in the square.",
                "massacred",
            ),
            (
                "Thousands of civilians were slaughtered in the siege.",
                "slaughtered",
            ),
        ] {
            assert!(has(text, word, "charged_verb"), "{text}: {:?}", found(text));
        }
        // Plain twins, the named charge, and literal slaughter of animals.
        for text in [
            "A gunman killed nine people early on Sunday.",
            "The officer was killed in the line of duty.",
            "He was charged with murdering his neighbour.",
            "She is accused of murdering her husband.",
            "He is on trial for murdering two clerks.",
            "Hogs are slaughtered at the plant each week.",
            "The cattle were humanely slaughtered.",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }

    #[test]
    fn new_judging_words_distancing_and_fakery_beside_plain_twins() {
        assert!(has(
            "The supposed benefits never arrived.",
            "supposed",
            "hedge"
        ));
        assert!(has(
            "He gave a garbled answer on the budget.",
            "garbled",
            "intensifier"
        ));
        assert!(has(
            "The party took the peculiar tack of raising taxes.",
            "peculiar",
            "intensifier"
        ));
        assert!(has(
            "The group rose to infamy last year.",
            "infamy",
            "intensifier"
        ));
        assert!(has(
            "The move came in an era of wrenching change.",
            "wrenching",
            "intensifier"
        ));
        assert!(has(
            "The agency showed carelessness with the records.",
            "carelessness",
            "intensifier"
        ));
        assert!(has(
            "He called it pseudo-intellectual advocacy.",
            "pseudo-intellectual",
            "epithet"
        ));
        for text in [
            "The expected benefits never arrived.",
            "The benefits were supposed to arrive in May.",
            "He gave a short answer on the budget.",
            "The party took the new tack of raising taxes.",
            "The group became known last year.",
            "The move came in an era of rapid change.",
            "The agency lost some of the records.",
            "He called it intellectual advocacy.",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
        // "heart-wrenching" stays one entry.
        assert!(has(
            "The heart-wrenching scene played out.",
            "heart-wrenching",
            "intensifier"
        ));
    }

    #[test]
    fn one_of_the_best_is_puffery_but_not_before_a_ranking_word() {
        assert!(has(
            "It is one of the best bakeries in town.",
            "one of the best",
            "intensifier"
        ));
        for text in [
            "It is one of the best known bakeries in town.",
            "Walking is one of the best ways to stay fit.",
        ] {
            assert!(
                !found(text).iter().any(|g| g.0.starts_with("one of")),
                "{text}: {:?}",
                found(text)
            );
        }
    }

    #[test]
    fn naming_uses_keep_every_choice_for_compare() {
        let f = Lexicon::builtin().find_all("Kiev or Kyiv; Obamacare and the Affordable Care Act.");
        let uses: Vec<(&str, &str, &str, bool)> = f
            .naming
            .iter()
            .map(|u| {
                (
                    u.text.as_str(),
                    u.name.as_str(),
                    u.alternative.as_str(),
                    u.marked,
                )
            })
            .collect();
        assert_eq!(
            uses,
            [
                ("Kiev", "Kiev", "Kyiv", true),
                ("Kyiv", "Kyiv", "Kiev", false),
                ("Obamacare", "Obamacare", "Affordable Care Act", false),
                (
                    "Affordable Care Act",
                    "Affordable Care Act",
                    "Obamacare",
                    false
                ),
            ]
        );
        assert_eq!(f.terms.len(), 1);
        // A standard form shared by several pairs takes its first pair's alternative.
        let f = Lexicon::builtin().find_all("abortion-rights groups");
        assert_eq!(f.naming[0].alternative, "pro-abortion");
        assert!(!f.naming[0].marked);
        // Without words (the fast path), no naming uses are kept.
        let lex = Lexicon::builtin();
        let tokens = lex.key_tokens("Kiev and Kyiv");
        let fast = lex.find_in_tokens("Kiev and Kyiv", &tokens, &[], Detail::Figures);
        assert!(fast.naming.is_empty());
        assert_eq!(fast.terms.len(), 1);
    }

    #[test]
    fn exact_forms_do_not_match_their_neutral_relatives() {
        let cases = [
            ("An admirable effort.", "admirable", "The admiral spoke."),
            ("He claimed fraud.", "claimed", "The insurance claims rose."),
            (
                "She attacked democracy.",
                "attacked",
                "A heart attack and shark attacks.",
            ),
            (
                "They weaponized the courts.",
                "weaponized",
                "The weapons were seized.",
            ),
            ("A scandalous deal.", "scandalous", "The scandal grew."),
            (
                "Critics assailed the plan.",
                "assailed",
                "The alleged assailant fled.",
            ),
            (
                "Cuts decimated the ranks.",
                "decimated",
                "Round it to one decimal place.",
            ),
            (
                "The venerable senator spoke.",
                "venerable",
                "Clinics treat venereal disease.",
            ),
            (
                "A pitiful turnout.",
                "pitiful",
                "The clerk took pity on him.",
            ),
            (
                "The trial was a farce.",
                "farce",
                "The FARC signed the accord.",
            ),
            (
                "A patronizing lecture.",
                "patronizing",
                "Gym patrons met the patron saint.",
            ),
            ("Her meteoric ascent.", "meteoric", "A meteor fell."),
            ("A searing indictment.", "searing", "Sears cut jobs."),
            (
                "The parties rig the system.",
                "rig",
                "Oil rigs fell silent and the rig count dropped.",
            ),
            (
                "Senators will grill the nominee.",
                "grill",
                "Burgers sat on the grill at the bar and grill.",
            ),
            (
                "A staggering sum.",
                "staggering",
                "Schools staggered schedules.",
            ),
            (
                "A stunning upset.",
                "stunning",
                "Police used grenades to stun him.",
            ),
            (
                "They torched the deal.",
                "torched",
                "The Olympic torch passed.",
            ),
            (
                "Aides badgered the witness.",
                "badgered",
                "He won the Badger State.",
            ),
            ("He railed at the tax.", "railed", "The rail line reopened."),
            ("Critics were silenced.", "silenced", "A minute of silence."),
            (
                "The terrorists fled.",
                "terrorists",
                "Terrorism laws and terror alerts.",
            ),
            ("Illegals crossed.", "Illegals", "an illegal parking fine"),
            (
                "Rioters gathered.",
                "Rioters",
                "Protesters gathered at a Protestant church after protests.",
            ),
            (
                "The aide fabricated the quote.",
                "fabricated",
                "The social fabric frayed as the mill wove new fabrics.",
            ),
            (
                "He professed his innocence.",
                "professed",
                "Nursing is a demanding profession.",
            ),
        ];
        flagged_then_not(&cases);
        // An exact form is matched in every entry, and the stem in the others.
        assert!(has(
            "The city came under attack.",
            "under attack",
            "conflict"
        ));
        assert!(found("Entitled drivers and entitlements.").is_empty());
    }

    #[test]
    fn context_conditions() {
        // regime: after a name, before "of" and a name, after a determiner; not "tax regime".
        for t in [
            "the Assad regime",
            "The regime of Bashar al-Assad fell.",
            "The regime held a vote.",
        ] {
            assert!(has(t, "regime", "epithet"), "{t}: {:?}", found(t));
        }
        for t in [
            "a new tax regime",
            "the sanctions regime",
            "Regime change is not the goal.",
        ] {
            assert!(
                !found(t).iter().any(|g| g.0 == "regime" || g.0 == "Regime"),
                "{t}"
            );
        }
        // A capitalised word that starts the sentence is not a name.
        assert!(found("Tax. Regime rules apply.").is_empty());
        // woke: not the verb.
        assert!(has("The woke activists left.", "woke", "ideological_label"));
        assert!(found("She woke up early. Then I woke.").is_empty());
        // amnesty, but not Amnesty International.
        assert!(has("An amnesty for migrants.", "amnesty", "naming"));
        assert!(found("Amnesty International said so.").is_empty());
        // open borders as a policy, not the open border between two states.
        assert!(has("She backs open borders.", "open borders", "naming"));
        assert!(found("The deal keeps an open border between the two states.").is_empty());
        assert!(found("Brexit threatened this open border.").is_empty());
        // radical before a group noun only.
        assert!(has(
            "A mob of radical activists.",
            "radical",
            "ideological_label"
        ));
        assert!(found("A radical change in the weather.").is_empty());
        assert!(found("The leak marked a radical loss of control.").is_empty());
        // A later part of a hyphenated word that the entry rules out after it.
        assert!(found("Battleground-state voters backed concealed-carry laws.").is_empty());
        assert!(has(
            "The battleground-minded senator spoke.",
            "battleground-minded",
            "conflict"
        ));
        // mob, but not a mob boss; invasion of people, not of a coast.
        assert!(has("A mob gathered.", "mob", "epithet"));
        assert!(found("The mob boss was jailed.").is_empty());
        assert!(has(
            "They warned of a migrant invasion.",
            "invasion",
            "intensifier"
        ));
        assert!(found("The invasion of Normandy began at dawn.").is_empty());
        // Likening people to terrorists is a label, whatever the preposition.
        assert!(has(
            "The senator compared the students to terrorists.",
            "terrorists",
            "epithet"
        ));
        assert!(has(
            "He called them no better than terrorists.",
            "terrorists",
            "epithet"
        ));
        assert!(has(
            "Nothing slows the invasion of America by terrorists.",
            "invasion",
            "intensifier"
        ));
        // Conditions look only within the sentence.
        assert!(!found("Lots of tax. Regime rules.")
            .iter()
            .any(|g| g.0 == "Regime"));
    }

    #[test]
    fn conditions_work_in_custom_lexicons() {
        let lex = Lexicon::parse(
            "[epithet]\nboss ; after-name\nchief ; !prev=fire/police\nhead ; next=honcho ; of-name\n",
            "mine.txt",
        )
        .unwrap();
        let words = |t: &str| -> Vec<String> { lex.find(t).into_iter().map(|t| t.text).collect() };
        assert_eq!(words("the Tammany boss and the boss"), ["boss"]);
        assert_eq!(words("the fire chief and the chief"), ["chief"]);
        assert_eq!(
            words("head honcho, head of Acme, head of state"),
            ["head", "head"]
        );
    }

    #[test]
    fn ideological_labels_by_list_and_by_shape() {
        for (t, w) in [
            ("The far-left mayor spoke.", "far-left"),
            ("An ultra-conservative judge.", "ultra-conservative"),
            ("An ultraconservative judge.", "ultraconservative"),
            ("Their anti-science stance.", "anti-science"),
            ("A hard-right party.", "hard-right"),
            ("The rise of Trumpism.", "Trumpism"),
            ("Left-wingers cheered.", "Left-wingers"),
            ("A leftist group.", "leftist"),
            ("The far left won.", "far left"),
            ("The woke mayor spoke.", "woke"),
        ] {
            assert!(has(t, w, "ideological_label"), "{t}: {:?}", found(t));
        }
        for t in [
            "An anti-war march and an ultrasound.",
            "The left wing of the house.",
            "A right-hand turn.",
            "The blast woke the town before dawn.",
        ] {
            assert!(
                !found(t).iter().any(|g| g.1 == "ideological_label"),
                "{t}: {:?}",
                found(t)
            );
        }
        assert!(ideological_shape("anti-american"));
        assert!(!ideological_shape("anti-abortion"));
        assert!(ideological_shape("leftism"));
        assert!(!ideological_shape("artist"));
    }

    #[test]
    fn praise_and_new_coverage() {
        for (t, w, c) in [
            ("The heroic nurses.", "heroic", "praise"),
            ("A visionary founder.", "visionary", "praise"),
            ("A world-class team.", "world-class", "praise"),
            ("The celebrated author.", "celebrated", "praise"),
            ("A bizarre ruling.", "bizarre", "intensifier"),
            ("Draconian rules.", "Draconian", "intensifier"),
            ("It was dangerous.", "dangerous", "intensifier"),
            ("Pure propaganda.", "propaganda", "epithet"),
            ("The cult of personality.", "cult", "epithet"),
            ("The new album is a triumph.", "triumph", "praise"),
            ("The ageless singer closed the show.", "ageless", "praise"),
        ] {
            assert!(has(t, w, c), "{t}: {:?}", found(t));
        }
        // A win reported is no verdict.
        assert!(found("Her election triumph surprised the pollsters.").is_empty());
        // "celebrated" is listed exactly: celebrating is not praise.
        assert!(found("They celebrate and celebrated nothing else.").len() == 1);
        // Dropped: neutral in most news uses.
        for t in [
            "A very large and massive turbine, likely new, perhaps old.",
            "The battle of Gettysburg was historic; the army destroyed the bridge.",
            "Of course it was highly technical and greatly improved.",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn judging_forms_do_not_reach_their_literal_relatives() {
        // Each pair: a sentence with the judging form (flagged) and one with a relative
        // that shares its stem but reports plainly (not flagged).
        let cases = [
            (
                "An honorable man.",
                "honorable",
                "praise",
                "The Medal of Honor was honored.",
            ),
            (
                "A principled stand.",
                "principled",
                "praise",
                "The principles of the deal.",
            ),
            (
                "A masterful speech.",
                "masterful",
                "praise",
                "She earned a master's degree.",
            ),
            (
                "Esteemed judges.",
                "Esteemed",
                "praise",
                "Her self-esteem grew.",
            ),
            ("An iconic bridge.", "iconic", "praise", "Click the icon."),
            (
                "A hateful post.",
                "hateful",
                "intensifier",
                "He was charged with a hate crime.",
            ),
            (
                "A hate-filled post.",
                "hate-filled",
                "intensifier",
                "The hate speech law.",
            ),
            (
                "A corrupt mayor.",
                "corrupt",
                "intensifier",
                "The corruption trial opened.",
            ),
            (
                "A polarizing senator.",
                "polarizing",
                "intensifier",
                "Political polarization grew.",
            ),
            (
                "A divisive speech.",
                "divisive",
                "intensifier",
                "The sales division grew.",
            ),
            (
                "An utter mess.",
                "utter",
                "intensifier",
                "He uttered the name once.",
            ),
            (
                "An insane plan.",
                "insane",
                "intensifier",
                "Not guilty by reason of insanity.",
            ),
            (
                "A poisonous debate.",
                "poisonous",
                "intensifier",
                "Lead poisoning rose.",
            ),
            (
                "A devastating critique.",
                "devastating",
                "intensifier",
                "The devastation was wide.",
            ),
            (
                "A wasteful program.",
                "wasteful",
                "intensifier",
                "Nuclear waste was stored there, and no time was wasted.",
            ),
            (
                "The agency wastes millions on trips.",
                "wastes",
                "intensifier",
                "The plant stores nuclear waste.",
            ),
            (
                "The escalation of the war.",
                "escalation",
                "conflict",
                "The escalating costs of care.",
            ),
            (
                "A distinguished senator spoke.",
                "distinguished",
                "praise",
                "The court distinguished between the two cases; he signed the distinguished visitors' book.",
            ),
            (
                "An outrageous fee.",
                "outrageous",
                "intensifier",
                "The outrage grew.",
            ),
            (
                "An alarming rise.",
                "alarming",
                "intensifier",
                "The fire alarm rang.",
            ),
            (
                "He is an agitator.",
                "agitator",
                "epithet",
                "The agitation of the water.",
            ),
            (
                "He lied to voters.",
                "lied",
                "presupposing",
                "The low-lying coast flooded.",
            ),
            (
                "She contended that it failed.",
                "contended",
                "presupposing",
                "Three contenders ran.",
            ),
            (
                "A brutal assault.",
                "brutal",
                "intensifier",
                "A report on police brutality.",
            ),
        ];
        for (loaded, word, category, neutral) in cases {
            assert!(has(loaded, word, category), "{loaded}: {:?}", found(loaded));
            assert!(found(neutral).is_empty(), "{neutral}: {:?}", found(neutral));
        }
    }

    #[test]
    fn declined_entries_are_kept_apart_in_their_own_form() {
        let text = "An overwhelming majority backed it; the response was overwhelming. \
                    The Kokuka Courageous sailed. An invasive plan.";
        let f = Lexicon::builtin().find_all(text);
        let declined: Vec<&str> = f.declined.iter().map(|&(s, e)| &text[s..e]).collect();
        // Declined by a condition, and as part of a name; "invasive" is another
        // form of the stem of "invasion", which the entry did not judge.
        assert_eq!(declined, ["overwhelming", "Courageous"]);
        let terms: Vec<&str> = f.terms.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(terms, ["overwhelming"]);
        assert!(f.terms[0].start > f.declined[0].1);
        assert!(Lexicon::builtin()
            .find_all("The council met.")
            .declined
            .is_empty());
    }

    #[test]
    fn context_conditions_leave_literal_uses_alone() {
        // Flagged in the first sentence of each pair, not in the second.
        let cases = [
            (
                "He admitted that he lost.",
                "admitted",
                "He was admitted to the hospital.",
            ),
            (
                "He admitted the affair.",
                "admitted",
                "He was later admitted to the hospital.",
            ),
            (
                "She admitted to lying.",
                "admitted",
                "She was quickly admitted to a college in Ohio.",
            ),
            (
                "The memo exposed the plan.",
                "exposed",
                "Workers were exposed to the gas.",
            ),
            (
                "He claimed that it was rigged.",
                "claimed",
                "The group claimed responsibility.",
            ),
            (
                "The town became a battleground.",
                "battleground",
                "They toured battleground states.",
            ),
            (
                "The forum turned into a battleground.",
                "battleground",
                "Her ads ran in battleground Georgia and in the battleground polling.",
            ),
            (
                "It was an awful decision.",
                "awful",
                "An awful lot of voters stayed home.",
            ),
            (
                "She mocks the plan.",
                "mocks",
                "He bowed in mock gratitude before the students held a mock trial.",
            ),
            (
                "Do not patronize your readers.",
                "patronize",
                "Shoppers chose which stores to patronize, and some patronize two shops.",
            ),
            (
                "An explosive report.",
                "explosive",
                "Police found an explosive device.",
            ),
            (
                "He lies about his taxes.",
                "lies",
                "The answer lies in the data.",
            ),
            (
                "An honorable man.",
                "honorable",
                "He got an honorable discharge.",
            ),
            (
                "They contend it failed.",
                "contend",
                "Drivers contend with traffic.",
            ),
            (
                "A respected judge.",
                "respected",
                "The court respected the precedent.",
            ),
        ];
        flagged_then_not(&cases);
    }

    #[test]
    fn wire_terms_of_art_and_checkable_uses_are_left_alone() {
        // Session 59's news precision audit: each family's loaded use (flagged) beside its
        // plain twin (not flagged).
        let cases = [
            // "So-called" before one doubted word, and before a compound term of art.
            (
                "The so-called experts say the plan will fail.",
                "so-called",
                "Talks to avert the so-called fiscal cliff resumed.",
            ),
            (
                "Nobody believes in his so-called genius.",
                "so-called",
                "The agency cut funds to so-called sanctuary cities.",
            ),
            (
                "Critics mocked the so-called \u{201c}reformers\u{201d} again.",
                "so-called",
                "Aides asked about the so-called \u{201c}homebrew\u{201d} server.",
            ),
            (
                "So-called green energy is a fraud.",
                "So-called",
                "Lawmakers debated so-called green energy credits.",
            ),
            (
                "The so-called crackdown amounted to little.",
                "so-called",
                "The so-called nuclear option ended the filibuster.",
            ),
            (
                "Nobody knows why this so-called narrative is a problem.",
                "so-called",
                "The Senate passed a so-called continuing resolution.",
            ),
            // Propaganda as the outlet's verdict, and as the named work product of a state
            // or an armed group, or the research term.
            (
                "The agency spent millions on taxpayer-funded propaganda.",
                "propaganda",
                "He was arrested for stealing a propaganda poster.",
            ),
            (
                "Viewers are fed propaganda every night.",
                "propaganda",
                "Researchers traced the posts to computational propaganda.",
            ),
            (
                "The network's coverage was pure propaganda.",
                "propaganda",
                "Militants released a propaganda video on Friday.",
            ),
            // A brag, and "boasts" as "has" before a figure.
            (
                "The mayor boasted of his record on crime.",
                "boasted",
                "The platform now boasts more than 12 million users.",
            ),
            (
                "The minister boasts that nobody is close.",
                "boasts",
                "The United Kingdom boasts five.",
            ),
            // A "seismic" shift in politics, and the seismic terms of geology.
            (
                "The ruling marked a seismic shift in the party.",
                "seismic",
                "The agency expanded seismic monitoring near the volcano.",
            ),
            (
                "The election was a seismic blow to the old guard.",
                "seismic",
                "Sensors recorded a seismic event near the test site.",
            ),
            // A concession, and what a trial or a country admits.
            (
                "The senator admitted that the talks had stalled.",
                "admitted",
                "Any new documents admitted in the trial must be shared.",
            ),
            (
                "The company admitted it had misled investors.",
                "admitted",
                "The photos were later admitted into evidence.",
            ),
        ];
        flagged_then_not(&cases);
    }

    #[test]
    fn news_uses_that_describe_are_left_alone() {
        // Flagged in the first sentence of each triple, not in the second: the same word
        // where news uses it to describe, name or report.
        let cases = [
            (
                "His divisive rhetoric spread.",
                "divisive",
                "They debated divisive issues.",
            ),
            (
                "They called him a terrorist.",
                "terrorist",
                "A terrorist attack killed six.",
            ),
            (
                "The so-called experts met.",
                "so-called",
                "The so-called Dreamers met.",
            ),
            // Before one plain quoted word it still distances; before a quoted term of
            // art (a capitalised word here) it introduces the term.
            (
                "Critics mocked the so-called \u{201c}reformers\u{201d} again.",
                "so-called",
                "Aides met the so-called \u{201c}Squad\u{201d} on Monday.",
            ),
            (
                "He was claiming that it failed.",
                "claiming",
                "He was claiming victory.",
            ),
            (
                "She claimed that it was rigged.",
                "claimed",
                "She claimed vindication.",
            ),
            (
                "She claimed that the count was rigged.",
                "claimed",
                "Sanders claimed momentum after Wyoming, and the defendant claimed self-defense.",
            ),
            (
                "A deeply cynical ploy.",
                "deeply",
                "A deeply conservative district voted.",
            ),
            (
                "The response was overwhelming.",
                "overwhelming",
                "She won an overwhelming majority.",
            ),
            ("A shocking video.", "shocking", "The town is in shock."),
            (
                "A devastating defeat.",
                "devastating",
                "A devastating hurricane came ashore.",
            ),
            (
                "The ads waged a war on science.",
                "war on",
                "The war on drugs began.",
            ),
            (
                "He concealed the memo.",
                "concealed",
                "She has a concealed carry permit.",
            ),
            ("He mocks the plan.", "mocks", "They mocked up a logo."),
            (
                "A fake poll.",
                "fake",
                "Police found fake passports; he threw a fake punch.",
            ),
            (
                "He would not admit that he lost.",
                "admit",
                "Bars do not admit minors.",
            ),
            (
                "He conceded that it failed.",
                "conceded",
                "She conceded to her rival.",
            ),
            (
                "The cuts condemn a generation to poverty.",
                "condemn",
                "Democrats condemned the plan; he was condemned to prison.",
            ),
            (
                "An extraordinary singer.",
                "extraordinary",
                "In an extraordinary move, the court met.",
            ),
            ("He is a hero.", "hero", "He is a war hero."),
            (
                "She is famously rude to staff.",
                "famously",
                "As he famously said, no.",
            ),
        ];
        flagged_then_not(&cases);
        // Degree and size words that news uses plainly are not entries.
        for text in [
            "Sales fell sharply. The plan was completely rewritten and entirely new.",
            "They truly believe it. An enormous turbine arrived.",
            "The greatest risk is rain. It had a profound effect on trade.",
            "An influential group met, with one notable exception.",
            "Voters overwhelmingly backed it. Hospitals were overwhelmed.",
            "The audit revealed the cost. The bill fundamentally changes the rules.",
            "An explosion shook the port.",
            "The army issued a 48-hour ultimatum to the cabinet.",
            "The nurses had nothing but praise for the new ward.",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }

    #[test]
    fn head_reads_past_articles_numbers_and_modifiers() {
        let lex = Lexicon::parse(
            "[presupposing]\nconceded ; !head=race/to\ngutted ; !next=fish\n",
            "mine.txt",
        )
        .unwrap();
        let flagged = |t: &str| !lex.find(t).is_empty();
        // The very next word, and the head behind an article, a possessive, a number,
        // an adjective or a name.
        for plain in [
            "She conceded to him.",
            "She conceded the race.",
            "She conceded the 2020 presidential race.",
            "She conceded her party's Senate race.",
            "She conceded one race.",
            "She conceded only the race.",
        ] {
            assert!(!flagged(plain), "{plain}");
        }
        // A word that opens a clause or is not a modifier stops the reading, and so do
        // a comma and the five-word window.
        for loaded in [
            "She conceded that the race was lost.",
            "She conceded the very long race.",
            "She conceded the Democratic, race by race.",
            "She conceded the 1 2 3 4 race.",
        ] {
            assert!(flagged(loaded), "{loaded}");
        }
        // `next=` still reads the very next word only.
        assert!(flagged("They gutted the fish."));
        assert!(!flagged("They gutted fish."));
    }

    #[test]
    fn heads_after_the_next_word_in_news() {
        // Flagged in the first sentence, not in the second: the word before a head that
        // makes it plain news (a race, patients, a share, a hurricane, a designation,
        // lives claimed, a sentence by a court, a cave, a party).
        flagged_then_not(&[
            (
                "She conceded that the race was lost.",
                "conceded",
                "She conceded the 2020 presidential race.",
            ),
            (
                "He admitted that the plan failed.",
                "admitted",
                "The hospital admitted 40 new patients.",
            ),
            (
                "By admitting that the plan failed, the aide ended the debate.",
                "admitting",
                "The clinic lost its admitting privileges at the hospital.",
            ),
            (
                "The response was overwhelming.",
                "overwhelming",
                "An overwhelming 60 percent of voters backed it.",
            ),
            (
                "The ruling was devastating.",
                "devastating",
                "The devastating 2017 hurricane season ended.",
            ),
            // "Terrorist group" is the wire's descriptor since session 62; the label stays
            // on a person.
            (
                "The terrorist himself posted a statement.",
                "terrorist",
                "The designated terrorist group was sanctioned for terrorist financing.",
            ),
            (
                "He claimed that the vote was rigged.",
                "claimed",
                "The storm claimed 26 lives.",
            ),
            (
                "She is a hero to many.",
                "hero",
                "The World War II hero was buried.",
            ),
            (
                "The cuts will condemn millions to poverty.",
                "condemn",
                "The mayor condemned the plan. He was condemned to death. The condemned building fell.",
            ),
            (
                "Republicans caved to the pressure.",
                "caved",
                "The boys were trapped in the cave for days.",
            ),
            (
                "Republicans will cave on the budget.",
                "cave",
                "Cave paintings were found in a Borneo cave.",
            ),
            // A verb's particle list is read at the next word only.
            (
                "Schumer blasted Trump on Sunday.",
                "blasted",
                "Crews blasted the rock apart.",
            ),
            (
                "The firm's celebrated founder spoke.",
                "celebrated",
                "Lawmakers celebrated the deal. Fans celebrated Christmas in the square.",
            ),
        ]);
    }

    #[test]
    fn judging_words_beside_their_plain_uses() {
        // Evaluative adjectives, pejorative nouns and praise: flagged in the first text,
        // nothing in the second, where the same word is literal, technical or a plain use.
        flagged_then_not(&[
            (
                "The senator became his party's chief nemesis.",
                "nemesis",
                "The senator became his party's chief opponent.",
            ),
            (
                "The mayor called it a stunt. It was a cynical stunt.",
                "stunt",
                "The film's stunt coordinator said the actor did his own stunts.",
            ),
            (
                "He was dismissed as a political hack.",
                "hack",
                "The hack reached thousands of emails.",
            ),
            (
                "The law is a giveaway to the rich.",
                "giveaway",
                "The station held a ticket giveaway. His smile was a dead giveaway.",
            ),
            (
                "The town's intolerance of newcomers grew.",
                "intolerance",
                "She has lactose intolerance.",
            ),
            (
                "It was a naive plan.",
                "naive",
                "The study counted naive T cells.",
            ),
            (
                "In a desperate bid to win, he sued.",
                "desperate",
                "Desperate families waited for news.",
            ),
            (
                "The film makes a compelling case.",
                "compelling",
                "The state has a compelling interest. A law compelling firms to disclose passed.",
            ),
            (
                "The town has a rich history.",
                "rich",
                "The rich family bought a house.",
            ),
            (
                "The evidence was compelling.",
                "compelling",
                "Compelling circumstances allow an early release to serve a compelling state interest.",
            ),
            (
                "She was a towering figure in the party.",
                "towering",
                "Towering flames rose over the ridge.",
            ),
        ]);
        for (t, w, c) in [
            ("It was a disjointed speech.", "disjointed", "intensifier"),
            ("The ad was objectionable.", "objectionable", "intensifier"),
            (
                "His demagogic speech drew cheers.",
                "demagogic",
                "intensifier",
            ),
            (
                "A hyperpartisan network aired it.",
                "hyperpartisan",
                "intensifier",
            ),
            (
                "The transphobic post was removed.",
                "transphobic",
                "intensifier",
            ),
            (
                "An islamophobic cartoon ran.",
                "islamophobic",
                "intensifier",
            ),
            (
                "It was an unfortunate remark.",
                "unfortunate",
                "intensifier",
            ),
            ("Soviet regime archives were opened.", "regime", "epithet"),
            ("It was sold to the soviet regime.", "regime", "epithet"),
            (
                "Some favor this extreme viewpoint.",
                "extreme",
                "ideological_label",
            ),
            ("The obstructionist wing won.", "obstructionist", "epithet"),
            ("Intolerant voices grew louder.", "Intolerant", "epithet"),
            (
                "The undeniable truth is that it failed.",
                "undeniable",
                "presupposing",
            ),
            (
                "The myths and misperceptions spread.",
                "misperceptions",
                "presupposing",
            ),
            ("It is a tranquil town.", "tranquil", "praise"),
        ] {
            assert!(has(t, w, c), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn name_calling_and_judging_words_of_partisan_news() {
        // Pejorative nouns for people and groups, judging adjectives and labels read in
        // partisan news: flagged in the first text; the second, a plain twin or the
        // word's literal or technical sense, holds no entry.
        flagged_then_not(&[
            ("The Trump haters missed the boom.", "haters", "The fans cheered the boom."),
            ("He sold pills to the rubes.", "rubes", "He sold pills to the customers."),
            ("They behaved like jerks at the meeting.", "jerks", "The car jerked forward at the light."),
            ("A room full of plutocrats cheered.", "plutocrats", "A room full of investors cheered."),
            ("The deal hands cash to the mullahs in Tehran.", "mullahs", "Mullah Omar led the group. The clerics met in Qom."),
            ("Voters tired of his antics.", "antics", "Voters tired of his speeches."),
            ("The party has an elitism problem.", "elitism", "The party has a turnout problem."),
            ("It is an old canard about the housewife.", "canard", "It is an old claim about the housewife."),
            ("He offered bromides about partnerships.", "bromides", "He offered ideas about partnerships."),
            ("The story was built on innuendo.", "innuendo", "The story was built on records."),
            ("His narcissism drives every decision.", "narcissism", "His ambition drives every decision."),
            ("He paid a price for his dishonesty.", "dishonesty", "He paid a price for his vote."),
            ("The crowd hurled invective at the speaker.", "invective", "The crowd shouted questions at the speaker."),
            ("The rally spewed racist bile.", "bile", "The surgeon repaired a bile duct."),
            ("It is populism masquerading as finance.", "masquerading", "Guests came to the masquerade ball."),
            ("The party apparatchiks set the rules.", "apparatchiks", "The party officials set the rules."),
            ("The gun-grabbers lost the vote.", "gun-grabbers", "The gun owners lost the vote."),
            ("He is a race-baiter.", "race-baiter", "He is a race official."),
            ("The swamp creatures won again.", "swamp creatures", "The swamp birds returned."),
            ("The chattering class misread the vote.", "chattering class", "The middle class misread the vote."),
            ("Senators can be vapid.", "vapid", "Senators can be brief."),
            ("She is a humorless scold.", "humorless", "She is a careful critic."),
            ("He is an egotistical leader.", "egotistical", "He is a new leader."),
            ("The credulous press ran the story.", "credulous", "The local press ran the story."),
            ("It was a craven retreat.", "craven", "It was a quick retreat."),
            ("His obnoxious remarks drew boos.", "obnoxious", "His brief remarks drew boos."),
            ("The insufferable debate went on.", "insufferable", "The televised debate went on."),
            ("It is a pernicious idea.", "pernicious", "It is a new idea."),
            ("It was a misbegotten law.", "misbegotten", "It was a new law."),
            ("It was an illogical rationale.", "illogical", "It was a legal rationale."),
            ("The claim is ahistorical.", "ahistorical", "The claim is historical."),
            ("He took a conspiratorial tone.", "conspiratorial", "He took a measured tone."),
            ("They ended the murderous campaign.", "murderous", "They ended the military campaign."),
            ("It was a knee-jerk reaction by the party.", "knee-jerk", "It was a quick reaction by the party."),
            ("A frothing crowd shouted at him.", "frothing", "A large crowd shouted at him."),
            ("They called the uppity mayor out.", "uppity", "They called the new mayor out."),
            ("The comments were morally obtuse.", "obtuse", "The triangle has an obtuse angle."),
            ("The senile old man is running again.", "senile", "The study of senile dementia grew."),
            ("It reflects his warped mind.", "warped", "The old floorboards warped in the rain."),
            ("His retrograde views alarmed voters.", "retrograde", "Mercury retrograde began on Monday. The patient had retrograde amnesia."),
            ("Slavery is a stain on the nation.", "stain", "The wine left a stain on the carpet."),
            ("The rightwing activist spoke.", "rightwing", "The young activist spoke."),
            ("The illiberal factions grew.", "illiberal", "The liberal factions grew."),
            ("It was a reactionary statement.", "reactionary", "It was a short statement."),
            ("He made a nativist appeal.", "nativist", "He made a direct appeal."),
            ("The media served as cheerleaders for the war.", "cheerleaders", "The cheerleaders of the football team danced."),
            ("The Soros-funded group sued.", "Soros-funded", "George Soros funded the group."),
            ("The SJWs protested.", "SJWs", "The students protested."),
            ("Sleepy Joe spoke.", "Sleepy Joe", "Joe spoke."),
            ("It was trickle-down economics again.", "trickle-down", "The benefits trickle down to workers."),
            ("A bloodthirsty gang gathered.", "bloodthirsty", "A large gang gathered."),
            ("The crowd went berserk.", "berserk", "The crowd went home."),
            ("Funds went to the abortion industry.", "abortion industry", "Funds went to clinics."),
            ("He backs open-borders policies.", "open-borders", "He backs border policies."),
            ("The Never Trumpers met.", "Never Trumpers", "The Trump voters met."),
            ("Democrat lawmakers laid out their case.", "Democrat", "Democratic lawmakers laid out their case. A Democrat, Rep. Ana Ruiz, won. The top Democrat, Senator Ed Roe, spoke. Liberal Democrat leaders met."),
        ]);
        // "the unborn" alone is the marked name; "the unborn child" is its own pair.
        assert!(has(
            "They march to protect the unborn.",
            "the unborn",
            "naming"
        ));
        assert!(!found("They march to protect the unborn child.")
            .iter()
            .any(|g| g.0 == "the unborn"));
        for (t, w, c) in [
            ("The Trump haters met.", "haters", "epithet"),
            ("A craven retreat.", "craven", "intensifier"),
            ("The illiberal left won.", "illiberal", "ideological_label"),
            ("Democrat leaders met.", "Democrat", "naming"),
        ] {
            assert!(has(t, w, c), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn opinion_words_that_news_prints_in_its_own_voice() {
        // Judging adjectives, pejorative nouns, verbs of a verdict and praise from the
        // opinion-word lists, and the adjectives of listed comment adverbs: found with their
        // category in the first text; the second, a plain twin or the word's literal, idiomatic
        // or descriptive use (the condition's class), holds no entry.
        let rows: &[(&str, &str, &str, &str)] = &[
            ("The mayor called for calm amid the lawlessness downtown.", "lawlessness", "epithet", "The mayor called for calm amid the storm downtown."),
            ("For all the bravado, the bill stalled.", "bravado", "epithet", "For all the effort, the bill stalled."),
            ("His paranoia shaped the policy.", "paranoia", "epithet", "Clinical paranoia was listed among the symptoms. His caution shaped the policy."),
            ("The plan rests on a delusion.", "delusion", "epithet", "The plan rests on a forecast."),
            ("The campaign was a flop.", "flop", "epithet", "The campaign was a success."),
            ("The rule is federal overreach.", "overreach", "epithet", "Officials do not want to overreach. The rule is federal law."),
            ("The rollout was a mess.", "mess", "epithet", "The soldiers ate in the mess hall. They did not mess up the rollout."),
            ("It was an unethical move.", "unethical", "intensifier", "It was an unusual move."),
            ("The delay was unwarranted.", "unwarranted", "intensifier", "The delay was unexpected. The law bans unwarranted searches."),
            ("It caused needless suffering.", "needless", "intensifier", "Needless to say, the vote was close."),
            ("The effort proved futile.", "futile", "intensifier", "The effort proved costly."),
            ("The memo made lurid claims.", "lurid", "intensifier", "The memo made two points."),
            ("A shadowy network funded the ads.", "shadowy", "intensifier", "A national network aired the ads."),
            ("It was a demeaning comment.", "demeaning", "intensifier", "It was a brief comment."),
            ("The senator gave a glib answer.", "glib", "intensifier", "The senator gave a short answer."),
            ("The statistic is meaningless.", "meaningless", "intensifier", "The statistic is new."),
            ("It was a tone-deaf ad.", "tone-deaf", "intensifier", "It was a new ad."),
            ("His promises ring hollow.", "hollow", "intensifier", "The owl nested in a hollow tree."),
            ("The law brings much-needed reform.", "much-needed", "intensifier", "The storm brought much-needed rain. Nothing much needs to change."),
            ("It was his rude remark.", "rude", "intensifier", "It was a rude awakening for the team."),
            ("Investors read the insensitive remark.", "insensitive", "intensifier", "Investors read the racially insensitive remark."),
            ("It was a tragic waste of money.", "tragic", "intensifier", "It was a costly waste of money."),
            ("It was an embarrassing defeat for the governor.", "embarrassing", "intensifier", "The report listed embarrassing details of the call."),
            ("It is ironic that the author now opposes the law.", "ironic", "intensifier", "He made an ironic reference to the budget."),
            ("The scandal was a convenient excuse.", "convenient", "intensifier", "The store is in a convenient location."),
            ("Troops acted with savagery.", "savagery", "intensifier", "Troops acted with speed."),
            ("The campaign bungled the launch.", "bungled", "charged_verb", "The campaign planned the launch."),
            ("The agency mismanaged the fund.", "mismanaged", "charged_verb", "The agency managed the fund."),
            ("The talks floundered in June.", "floundered", "charged_verb", "The talks ended in June."),
            ("The aide groused about the schedule.", "groused", "charged_verb", "The aide spoke about the schedule."),
            ("The White House is backpedaling on the plan.", "backpedaling", "charged_verb", "The White House is working on the plan."),
            ("That the plan failed is indisputable.", "indisputable", "presupposing", "That the plan failed is clear from the records."),
            ("She showed resolute leadership.", "resolute", "praise", "She showed new leadership."),
            ("He gave a heartfelt tribute.", "heartfelt", "praise", "He gave a short tribute."),
            ("It was a poignant moment.", "poignant", "praise", "It was a brief moment."),
            ("He has charisma.", "charisma", "praise", "He has a car."),
            ("She is an articulate senator.", "articulate", "praise", "She failed to articulate a reason."),
            ("They backed common-sense gun laws.", "common-sense", "praise", "They backed new gun laws."),
            ("They backed commonsense reforms.", "commonsense", "praise", "They backed tax reforms."),
            ("Sanders crushed his rival in the primary.", "crushed", "charged_verb", "Police crushed the protests in May. A tree crushed the car. His family was crushed."),
            ("It’s ironic that the author now opposes the law.", "ironic", "intensifier", "It’s a reference to the budget."),
            ("They pushed a massively disruptive overhaul.", "massively", "intensifier", "They pushed a new overhaul."),
            ("The campaign acted needlessly.", "needlessly", "intensifier", "The campaign acted quickly."),
        ];
        for &(loaded, word, category, plain) in rows {
            assert!(has(loaded, word, category), "{loaded}: {:?}", found(loaded));
            assert!(found(plain).is_empty(), "{plain}: {:?}", found(plain));
        }
    }

    #[test]
    fn hyperbole_rebukes_and_pejorative_nouns_of_opinion_news() {
        // Hyperbole, rebukes and pejorative nouns in the writer's voice: found with their
        // category in the first text; the second, the word's literal or trade sense (the
        // condition's class) or a plain twin, holds no entry.
        let rows: &[(&str, &str, &str, &str)] = &[
            (
                "The senator wrote a scathing op-ed.",
                "scathing",
                "intensifier",
                "The senator wrote a short op-ed.",
            ),
            (
                "It was a blistering statement.",
                "blistering",
                "intensifier",
                "Crowds waited in blistering heat.",
            ),
            (
                "He faced withering criticism.",
                "withering",
                "intensifier",
                "The vines were withering in the field.",
            ),
            (
                "The chairman was livid over the plan.",
                "livid",
                "intensifier",
                "The chairman was silent over the plan.",
            ),
            (
                "Workers got a paltry raise.",
                "paltry",
                "intensifier",
                "Workers got a small raise.",
            ),
            (
                "The plan drew tepid support.",
                "tepid",
                "intensifier",
                "The guests were served tepid water.",
            ),
            (
                "Donors gave lukewarm backing.",
                "lukewarm",
                "intensifier",
                "Rinse it in lukewarm water.",
            ),
            (
                "The beleaguered agency hired a lawyer.",
                "beleaguered",
                "intensifier",
                "The federal agency hired a lawyer.",
            ),
            (
                "Donors were apoplectic about the rule.",
                "apoplectic",
                "intensifier",
                "Donors were asked about the rule.",
            ),
            (
                "He posted a snarky reply.",
                "snarky",
                "intensifier",
                "He posted a short reply.",
            ),
            (
                "The platform is full of grandiose promises.",
                "grandiose",
                "intensifier",
                "The platform is full of new promises.",
            ),
            (
                "The plans offer skimpy coverage.",
                "skimpy",
                "intensifier",
                "The singer wore a skimpy outfit.",
            ),
            (
                "She endured a torrent of abuse.",
                "torrent of",
                "intensifier",
                "A torrent of water swept the road.",
            ),
            (
                "The hearing was a bizarre spectacle.",
                "spectacle",
                "epithet",
                "He lost his spectacles. It was a sporting spectacle.",
            ),
            (
                "The hearing turned into a circus.",
                "circus",
                "epithet",
                "The circus tent went up in May. Ringling circus acts toured.",
            ),
            (
                "They want jobs, not handouts.",
                "handouts",
                "epithet",
                "Teachers gave out printed handouts. The food handouts began at noon.",
            ),
            (
                "The bill is a handout to banks.",
                "handout",
                "epithet",
                "In this Navy handout photo, a ship docks.",
            ),
            (
                "Aides put a positive spin on the report.",
                "spin",
                "epithet",
                "The ball had too much spin. She went to a spin class.",
            ),
            (
                "He is a narcissist.",
                "narcissist",
                "epithet",
                "He was found to have narcissistic personality disorder.",
            ),
            (
                "Speakers talked about globalism.",
                "globalism",
                "epithet",
                "Speakers talked about global warming.",
            ),
            (
                "The book traces climate denialism.",
                "denialism",
                "epithet",
                "The book traces climate denial in courts.",
            ),
            (
                "The ad repeated a falsehood.",
                "falsehood",
                "epithet",
                "The ad repeated a figure.",
            ),
            (
                "The grant is a pittance.",
                "pittance",
                "epithet",
                "The grant is a loan.",
            ),
            (
                "The bickering stalled the bill.",
                "bickering",
                "epithet",
                "The recess stalled the bill.",
            ),
            (
                "The insanity of Washington wore on him.",
                "insanity",
                "epithet",
                "He was found not guilty by reason of insanity.",
            ),
            (
                "The rally served up red meat to the base.",
                "red meat",
                "epithet",
                "Doctors advise less red meat consumption.",
            ),
            (
                "Critics called the hearing political theater.",
                "political theater",
                "epithet",
                "Critics called the hearing a political event.",
            ),
            (
                "The impeachment vote was kabuki.",
                "kabuki",
                "epithet",
                "Traditional kabuki actors toured Osaka.",
            ),
            (
                "The campaign lives in an echo chamber.",
                "echo chamber",
                "epithet",
                "The campaign lives in an apartment.",
            ),
            (
                "Ryan took a swipe at the slogan.",
                "swipe at",
                "charged_verb",
                "Ryan took a look at the slogan. He swiped at his tears.",
            ),
            (
                "The board chastised the mayor.",
                "chastised",
                "charged_verb",
                "The board thanked the mayor.",
            ),
            (
                "Trump upbraided the senator.",
                "upbraided",
                "charged_verb",
                "Trump called the senator.",
            ),
            (
                "The campaign imploded in June.",
                "imploded",
                "charged_verb",
                "Demolition crews imploded the old tower. The submarine imploded.",
            ),
            (
                "The delay is baffling.",
                "baffling",
                "intensifier",
                "Investigators are baffled by the delay.",
            ),
            (
                "He referred to the insanity of the race.",
                "insanity",
                "epithet",
                "The suspect referred to insanity in his statements.",
            ),
            (
                "Support for the bill cratered.",
                "cratered",
                "charged_verb",
                "An asteroid cratered the plain.",
            ),
            (
                "Approval ratings tanked.",
                "tanked",
                "charged_verb",
                "Approval ratings fell.",
            ),
            (
                "The tariff could crater the deal.",
                "crater",
                "charged_verb",
                "The asteroid left a crater in the field.",
            ),
            (
                "Sales are tanking.",
                "tanking",
                "charged_verb",
                "The crew is tanking up the trucks.",
            ),
            (
                "The bill drew rabid opposition.",
                "rabid",
                "intensifier",
                "Officials caught a rabid raccoon.",
            ),
            (
                "He gave a rambling speech.",
                "rambling",
                "intensifier",
                "They bought a rambling farmhouse.",
            ),
            (
                "The senator and his hangers-on left.",
                "hangers-on",
                "epithet",
                "The senator and his aides left.",
            ),
            (
                "Screeching critics filled the hall.",
                "Screeching",
                "intensifier",
                "The brakes screeching, the bus stopped.",
            ),
            (
                "Lawmakers were cowed by the threat.",
                "cowed",
                "charged_verb",
                "Lawmakers were warned by the threat.",
            ),
            (
                "Staff drank the Kool-Aid.",
                "drank the Kool-Aid",
                "charged_verb",
                "Staff drank the coffee.",
            ),
            (
                "The agency became a laughingstock.",
                "laughingstock",
                "epithet",
                "The agency became a target.",
            ),
            (
                "He was one of the all-time great con men.",
                "all-time",
                "intensifier",
                "Stocks closed at an all-time high.",
            ),
            (
                "The bill is fatally flawed.",
                "fatally",
                "intensifier",
                "The guard was fatally shot.",
            ),
            (
                "It was an explosive debate over health care.",
                "explosive",
                "intensifier",
                "The report described the explosive yield of the test.",
            ),
        ];
        for &(loaded, word, category, plain) in rows {
            assert!(has(loaded, word, category), "{loaded}: {:?}", found(loaded));
            assert!(found(plain).is_empty(), "{plain}: {:?}", found(plain));
        }
    }

    #[test]
    fn the_causes_of_issue_17_audited_on_written_news() {
        // Each row: a judging use, found with its category, and its literal or reversed
        // twin, which holds no entry (literal attacks by armed groups or on places, an
        // exposure to a thing, a part after "anti-" or "non-").
        let rows: &[(&str, &str, &str, &str)] = &[
            (
                "The governor attacked democracy on Friday.",
                "attacked",
                "charged_verb",
                "Militants attacked a border checkpoint on Friday.",
            ),
            (
                "The senator spent the week attacking the constitution.",
                "attacking",
                "charged_verb",
                "A man was arrested after attacking a clinic with a knife.",
            ),
            (
                "The mayor attacked the truth itself.",
                "attacked",
                "charged_verb",
                "Two reporters were physically attacked at the march.",
            ),
            (
                "The governor attacked the norms of office.",
                "attacked",
                "charged_verb",
                "The suspect allegedly attacked a reporter outside the bar.",
            ),
            (
                "The candidate attacked democracy in El Paso.",
                "attacked",
                "charged_verb",
                "A shooter who attacked a store in El Paso killed five people.",
            ),
            (
                "The audit exposed the agency's failures.",
                "exposed",
                "presupposing",
                "The plant exposed hundreds of workers to asbestos.",
            ),
            (
                "The hearing exposed the senator's hypocrisy.",
                "exposed",
                "presupposing",
                "A breach exposed the data of two million customers.",
            ),
            (
                "It was a merciless campaign.",
                "merciless",
                "intensifier",
                "It was a long campaign.",
            ),
            (
                "He posted an inflammatory message.",
                "inflammatory",
                "intensifier",
                "He took an anti-inflammatory drug.",
            ),
            (
                "The racist remarks drew a rebuke.",
                "racist",
                "epithet",
                "The group held anti-racist and non-partisan rallies.",
            ),
            // Figures soar and plunge in wire style; rhetoric and a party do not.
            (
                "Her soaring speech moved the hall.",
                "soaring",
                "intensifier",
                "Soaring rents and plunging wages hurt the town.",
            ),
            (
                "The defeat plunged the party into chaos.",
                "plunged",
                "intensifier",
                "Acme Air plunged 12 percent as shares of rivals plunged too.",
            ),
            (
                "Morale at the agency is plummeting.",
                "plummeting",
                "intensifier",
                "The Dow plummeted by nearly 4 percent and prices are plummeting.",
            ),
            (
                "The champion trounced her rival in the final.",
                "trounced",
                "charged_verb",
                "The grocer trounced analysts' estimates for the quarter.",
            ),
            // "extremely" inflates a word of praise; a plain degree is no judgement.
            (
                "The singer is extremely popular with teenagers.",
                "extremely",
                "intensifier",
                "The pass is extremely steep and extremely rare snow closed it.",
            ),
            // A war between named states is an event; the verb for anything else a figure.
            (
                "Politics has invaded every corner of school life.",
                "invaded",
                "conflict",
                "Russia invaded Ukraine in 2022, after Germany invaded Poland long before.",
            ),
            // "with a vengeance" is an idiom of degree.
            (
                "He came back seeking vengeance on his critics.",
                "vengeance",
                "conflict",
                "The flu returned with a vengeance this winter.",
            ),
            // An act that "stunned" people is dramatised; people who "were stunned" feel so.
            (
                "The vote stunned the board.",
                "stunned",
                "intensifier",
                "The parents were stunned, and a stunned coach left.",
            ),
            (
                "It was a petty feud over parking.",
                "petty",
                "intensifier",
                "He was jailed for petty theft and took money from the petty cash.",
            ),
            // "relations chilled" is literal; "chilling" judges.
            (
                "It was a chilling account of the raid.",
                "chilling",
                "intensifier",
                "Relations between the two aides chilled, and the wine was chilled.",
            ),
            // "all times" is no "all-time".
            (
                "She is the all-time great of the club.",
                "all-time",
                "intensifier",
                "Guards watch the gate at all times (all times local).",
            ),
        ];
        for &(loaded, word, category, plain) in rows {
            assert!(has(loaded, word, category), "{loaded}: {:?}", found(loaded));
            assert!(found(plain).is_empty(), "{plain}: {:?}", found(plain));
        }
        // A reversing prefix does not hide a label built by rule.
        assert!(has(
            "The anti-science crowd rallied.",
            "anti-science",
            "ideological_label"
        ));
    }

    #[test]
    fn literal_wars_feelings_and_misinformation_are_plain() {
        // Each row: a judging use, found with its category, and a literal twin that holds
        // no entry: an army's invasion, a war on a named state, a person who feels
        // stunned, the legal "chilling effect", reporting on misinformation.
        let rows: &[(&str, &str, &str, &str)] = &[
            (
                "Activists have invaded the school boards.",
                "invaded",
                "conflict",
                "Troops invaded the province, and the invading army crossed the river.",
            ),
            (
                "Donors waged a war against the suburbs.",
                "war against",
                "conflict",
                "The war against the Islamic State lasted years.",
            ),
            (
                "The ruling stunned the mayor.",
                "stunned",
                "intensifier",
                "Voters appeared stunned, and the aides were all stunned.",
            ),
            (
                "It was a chilling speech.",
                "chilling",
                "intensifier",
                "Lawyers warned the rule would have a chilling effect on tenants.",
            ),
            (
                "He kept peddling fake news about the vote.",
                "fake news",
                "epithet",
                "Moderators removed the fake news accounts and the fake news websites.",
            ),
            (
                "Viewers of fake news media ignored it.",
                "fake news",
                "epithet",
                "Moderators removed the fake news articles and the fake news pages.",
            ),
        ];
        for &(loaded, word, category, plain) in rows {
            assert!(has(loaded, word, category), "{loaded}: {:?}", found(loaded));
            assert!(found(plain).is_empty(), "{plain}: {:?}", found(plain));
        }
    }

    #[test]
    fn plain_senses_of_a_third_news_audit() {
        // Entries of the 2026-12-03 afternoon round kept in their judging sense (first
        // text, found with its category) and declined in a legal, literal, passive or
        // naming use (second text, which holds no entry).
        let rows: &[(&str, &str, &str, &str)] = &[
            (
                "Supporters crowed about the win all night.",
                "crowed",
                "charged_verb",
                "Schools were segregated under Jim Crow.",
            ),
            (
                "It was a reckless plan.",
                "reckless",
                "intensifier",
                "He was charged with reckless endangerment and reckless driving.",
            ),
            (
                "The toxic debate split the town.",
                "toxic",
                "intensifier",
                "Crews removed toxic waste and toxic chemicals from the site.",
            ),
            (
                "The sanctions crippled the economy.",
                "crippled",
                "intensifier",
                "The pilot landed the crippled jet safely.",
            ),
            (
                "The celebrated author spoke first.",
                "celebrated",
                "praise",
                "The festival was celebrated.",
            ),
            (
                "The president waged a war against the press.",
                "war against",
                "conflict",
                "The war against terrorism lasted two decades, and the air war against the militia and the war against Carthage went on.",
            ),
            (
                "Pundits on the fake news networks and the fake news media ignored it.",
                "fake news",
                "epithet",
                "Researchers counted fake news sites and fake stories, and the spread of fake news.",
            ),
            (
                "It was a dangerous plan.",
                "dangerous",
                "intensifier",
                "Forecasters warned of dangerous conditions on icy roads.",
            ),
            (
                "The debate turned toxic within a week.",
                "toxic",
                "intensifier",
                "Tests showed the dust was toxic to fish.",
            ),
            (
                "A toxic campaign split the town.",
                "toxic",
                "intensifier",
                "The plant releases toxic air pollution, toxic heavy metals and toxic coal ash, and hazardous air toxics.",
            ),
            (
                "The chaotic administration lost two aides.",
                "chaotic",
                "intensifier",
                "Reporters described a chaotic scene at the depot.",
            ),
        ];
        for &(loaded, word, category, plain) in rows {
            assert!(has(loaded, word, category), "{loaded}: {:?}", found(loaded));
            assert!(found(plain).is_empty(), "{plain}: {:?}", found(plain));
        }
    }

    #[test]
    fn plain_senses_of_a_fourth_news_audit() {
        // Entries of the 2026-12-03 late-night round kept in their judging sense (first
        // text, found with its category) and declined in a historical, idiomatic,
        // locative or counting use, or matched by a shared stem (second text, which holds
        // no entry).
        let rows: &[(&str, &str, &str, &str)] = &[
            (
                "The host called the mayor a Nazi.",
                "Nazi",
                "epithet",
                "The museum tells how families fled the Nazis and Nazi Germany.",
            ),
            (
                "The host called his critics Nazis.",
                "Nazis",
                "epithet",
                "Old films show Nazi rallies and Nazi officials.",
            ),
            (
                "The senator is a bully.",
                "bully",
                "epithet",
                "The president used the bully pulpit.",
            ),
            (
                "The plan was an absolute farce.",
                "absolute",
                "intensifier",
                "Spending rose in absolute terms and won an absolute majority.",
            ),
            (
                "A furious mayor left the room.",
                "furious",
                "intensifier",
                "Agents ran the Fast and Furious operation.",
            ),
            (
                "It was a spiteful move.",
                "spiteful",
                "intensifier",
                "In spite of the rain, the market opened.",
            ),
            (
                "The senator raged at reporters.",
                "raged",
                "charged_verb",
                "The civil war raged for a decade, and a raging wildfire closed the road.",
            ),
            (
                "The mayor boasted about the stadium.",
                "boasted",
                "charged_verb",
                "The club boasts nearly 3,000 members, and both candidates boast strong pedigrees.",
            ),
            (
                "The ad is full of lies.",
                "lies",
                "presupposing",
                "Therein lies the problem, and the town lies near the river.",
            ),
            (
                "He admitted that the plan failed.",
                "admitted",
                "presupposing",
                "The number of refugees the country will admit each year fell.",
            ),
            (
                "It was a monumental waste.",
                "monumental",
                "intensifier",
                "Crews moved the monument to a museum.",
            ),
            (
                "The ruling was an inappropriate intrusion.",
                "inappropriate",
                "intensifier",
                "Two aides alleged inappropriate comments and inappropriate touching.",
            ),
            (
                "It was an abominable decision and an abomination.",
                "abominable",
                "epithet",
                "Climbers told tales of the Abominable Snowman.",
            ),
            (
                "The eviction drive is a slow genocide of the working poor.",
                "genocide",
                "conflict",
                "Peacekeepers failed to stop the 1994 genocide, the genocide charges stood, and the court weighed evidence of genocide.",
            ),
            (
                "Troops committed war crimes in the town.",
                "war crimes",
                "conflict",
                "He was tried for war crimes, and prosecutors filed war crimes charges.",
            ),
            (
                "It was a malicious lie.",
                "malicious",
                "intensifier",
                "The email held a malicious file, and he faced a malicious destruction charge.",
            ),
            (
                "Gunmen carried out a massacre in the village.",
                "massacre",
                "conflict",
                "Families marked the anniversary of the Dunmore massacre.",
            ),
            (
                "He mocked the libs again.",
                "libs",
                "ideological_label",
                "The comedian ad-libbed a joke.",
            ),
        ];
        for &(loaded, word, category, plain) in rows {
            assert!(has(loaded, word, category), "{loaded}: {:?}", found(loaded));
            assert!(found(plain).is_empty(), "{plain}: {:?}", found(plain));
        }
        // Verdicts added by the same round.
        assert!(has(
            "The brash mayor ignored the council.",
            "brash",
            "intensifier"
        ));
        assert!(has(
            "Selling the port was an unwise bet.",
            "unwise",
            "intensifier"
        ));
        assert!(has(
            "The board was complicit in the fraud.",
            "complicit",
            "intensifier"
        ));
        // Technical terms, records and findings of plain reporting: no longer entries.
        for plain in [
            "Inspectors searched for weapons of mass destruction.",
            "Aid reached the war-torn country.",
            "The envoy drew a red line on talks and ruled out regime change.",
            "It was the deadliest year on the roads, a record-breaking one.",
            "Auditors uncovered new emails.",
        ] {
            assert!(found(plain).is_empty(), "{plain}: {:?}", found(plain));
        }
    }

    #[test]
    fn quoted_words_after_a_mocking_verb_are_not_scare_quotes() {
        // The quoted word is the mocker's; the same marks with no mocking verb before
        // them are the outlet's scare quotes.
        let scare = |text: &str| {
            found(text)
                .into_iter()
                .filter(|(_, c, _)| *c == "scare_quote")
                .count()
        };
        assert_eq!(scare("Rivals mocked the governor's \"prudent\" budget."), 0);
        assert_eq!(scare("The governor unveiled his \"prudent\" budget."), 1);
    }

    #[test]
    fn misses_in_partisan_and_mainstream_news() {
        // Hyperbole, pejorative nouns and verdicts of the 2026-12-03 late-morning round:
        // found with their category in the first text; the second, the literal or plain
        // use the entry's condition leaves out, holds no entry.
        let rows: &[(&str, &str, &str, &str)] = &[
            (
                "The remarks set off a political firestorm in the capital.",
                "firestorm",
                "conflict",
                "The firestorm destroyed two hundred homes.",
            ),
            (
                "Analysts expect a Republican bloodbath in the midterms.",
                "bloodbath",
                "conflict",
                "Analysts expect a Republican gain in the midterms.",
            ),
            (
                "The senator has waged a personal crusade against the rules.",
                "crusade",
                "conflict",
                "The museum shows armor from the First Crusade to the Crusades of later kings.",
            ),
            (
                "Democrats warned of debt Armageddon if the limit stands.",
                "Armageddon",
                "conflict",
                "The film retells the battle of Armageddon.",
            ),
            (
                "The mayor is pursuing a vendetta against the auditor.",
                "vendetta",
                "epithet",
                "The mayor is pursuing a review of the auditor.",
            ),
            (
                "The governor is a shameless opportunist.",
                "opportunist",
                "epithet",
                "Patients face an opportunist infection.",
            ),
            (
                "The ads rest on insinuations about her health.",
                "insinuations",
                "epithet",
                "The ads rest on questions about her health.",
            ),
            (
                "His willful ignorance of the budget shocked the panel.",
                "ignorance",
                "epithet",
                "Ignorance of the law is no excuse in court.",
            ),
            (
                "Stories the legacy media ignored spread online.",
                "legacy media",
                "epithet",
                "Investors sold shares of legacy media companies.",
            ),
            (
                "The candidate courted the dregs of the party.",
                "dregs",
                "epithet",
                "The candidate drank the coffee, dregs and all.",
            ),
            (
                "The mayor insinuated that his rival took bribes.",
                "insinuated",
                "charged_verb",
                "The mayor suggested that his rival took bribes.",
            ),
            (
                "The order tramples the rights of workers.",
                "tramples",
                "charged_verb",
                "The crowd trampled the lawn outside the hall.",
            ),
            (
                "The new minister is historically illiterate.",
                "illiterate",
                "intensifier",
                "Many adults in the province remain illiterate.",
            ),
            (
                "The party's morally bankrupt leaders refused to act.",
                "bankrupt",
                "intensifier",
                "The airline went bankrupt in 2009.",
            ),
            (
                "The board did a grave disservice to its students.",
                "disservice",
                "intensifier",
                "The board did a review of its students.",
            ),
            (
                "The cabinet offered a sycophantic tribute to the president.",
                "sycophantic",
                "intensifier",
                "The cabinet offered a formal tribute to the president.",
            ),
            (
                "The nominee is unworthy of the office.",
                "unworthy",
                "intensifier",
                "The grant was deemed unworthy of funding by the panel.",
            ),
            (
                "A washed-up actor hosted the gala.",
                "washed-up",
                "intensifier",
                "Debris from the boat washed up on the beach.",
            ),
            (
                "The rollout was a total trainwreck.",
                "trainwreck",
                "intensifier",
                "The trainwreck injured four passengers.",
            ),
        ];
        for &(loaded, word, category, plain) in rows {
            assert!(has(loaded, word, category), "{loaded}: {:?}", found(loaded));
            assert!(found(plain).is_empty(), "{plain}: {:?}", found(plain));
        }
        // "Insinuated itself" is creeping in, not a sly suggestion.
        let crept = "The doubt insinuated itself into the debate.";
        assert!(found(crept).is_empty(), "{crept}: {:?}", found(crept));
        // A firestorm a fire made is not a figure of speech, whatever verb brought it.
        let fire = "The wildfire created a firestorm near the ridge.";
        assert!(found(fire).is_empty(), "{fire}: {:?}", found(fire));
        // The other forms of "crusade" keep an entry of their own.
        assert!(has("She crusaded for the tax cut.", "crusaded", "conflict"));
    }

    #[test]
    fn coverage_and_context_of_judging_words() {
        // Entries of the 2026-12-03 night round: found with their category in the first
        // text; the second, the plain, literal or manner use the entry's condition leaves
        // out, holds no entry.
        let rows: &[(&str, &str, &str, &str)] = &[
            (
                "The agency imposed onerous rules on small farms.",
                "onerous",
                "intensifier",
                "The agency imposed new rules on small farms.",
            ),
            (
                "The mayor dismissed the hyperbolic warnings.",
                "hyperbolic",
                "intensifier",
                "The students studied hyperbolic geometry.",
            ),
            (
                "The rollout was clumsy and late.",
                "clumsy",
                "intensifier",
                "The rollout was slow and late.",
            ),
            (
                "Workers spread a corrosive distrust of the board.",
                "corrosive",
                "intensifier",
                "Workers spilled corrosive chemicals near the plant.",
            ),
            (
                "The move showed poor judgment by the chief.",
                "poor",
                "intensifier",
                "The move hurt poor families in the county.",
            ),
            (
                "Naturally, the governor blamed the press.",
                "Naturally",
                "intensifier",
                "The gas occurs naturally, in small pockets.",
            ),
            (
                "The plan is, frankly, a mess of numbers.",
                "frankly",
                "intensifier",
                "The two leaders spoke frankly, then left.",
            ),
            (
                "Hopefully, the board will reverse course.",
                "Hopefully",
                "intensifier",
                "The board will reverse course in May.",
            ),
            (
                "The bill, aptly named, cuts every grant.",
                "aptly",
                "intensifier",
                "The bill, first drafted in May, cuts every grant.",
            ),
            (
                "The new tax study is complete garbage.",
                "garbage",
                "epithet",
                "Crews collect the garbage on Tuesdays.",
            ),
            (
                "That argument is utter rubbish, the column says.",
                "rubbish",
                "epithet",
                "Volunteers filled six rubbish bags at the park.",
            ),
            (
                "\"Enough delay,\" the senator thundered at the hearing.",
                "thundered",
                "charged_verb",
                "Jets thundered over the base at noon.",
            ),
            (
                "He had the audacity to ask for a raise.",
                "audacity",
                "epithet",
                "He had the money to ask for a raise.",
            ),
            (
                "The senator is ultra conservative on taxes.",
                "ultra conservative",
                "ideological_label",
                "The senator is fiscally cautious on taxes.",
            ),
        ];
        for &(loaded, word, category, plain) in rows {
            assert!(has(loaded, word, category), "{loaded}: {:?}", found(loaded));
            assert!(found(plain).is_empty(), "{plain}: {:?}", found(plain));
        }
        // "Hopefully" describing a verb is its manner; a failed bank is an event.
        for plain in [
            "The children waited hopefully at the door.",
            "The failed bank closed its doors in May.",
        ] {
            assert!(found(plain).is_empty(), "{plain}: {:?}", found(plain));
        }
        // Words with no plain twin to leave out.
        for (t, w, c) in [
            (
                "The aide showed a cavalier attitude to the rules.",
                "cavalier",
                "intensifier",
            ),
            (
                "Critics called out the duplicity of the deal.",
                "duplicity",
                "epithet",
            ),
            (
                "The leader cut a statesmanlike figure.",
                "statesmanlike",
                "praise",
            ),
            (
                "An ultra-liberal donor funded the ads.",
                "ultra-liberal",
                "ideological_label",
            ),
            ("The ill-advised raid failed.", "ill-advised", "intensifier"),
            (
                "The clumsily drafted rule failed.",
                "clumsily",
                "intensifier",
            ),
            (
                "Voters are understandably angry.",
                "understandably",
                "intensifier",
            ),
            (
                "Tellingly, the aide left early.",
                "Tellingly",
                "intensifier",
            ),
            ("Such a rule is verboten now.", "verboten", "intensifier"),
            (
                "He ran against the failed policies of the past.",
                "failed policies",
                "intensifier",
            ),
            (
                "The tax is class warfare by another name.",
                "class warfare",
                "epithet",
            ),
            (
                "The bill is a government takeover of farms.",
                "government takeover",
                "epithet",
            ),
            ("Trumpkins cheered the rally.", "Trumpkins", "epithet"),
            ("The vaunted defense collapsed.", "vaunted", "intensifier"),
            ("She gave an unflinching account.", "unflinching", "praise"),
            ("The fabled caucuses open in January.", "fabled", "praise"),
        ] {
            assert!(has(t, w, c), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn judgement_words_of_the_long_tail() {
        // Entries of the 2026-12-04 morning round: the judging use is found with its
        // category; the plain twin (the same sentence with a plain word, or the use the
        // entry's condition leaves out) holds no entry.
        let rows: &[(&str, &str, &str, &str)] = &[
            (
                "The senator is an unserious man who craves attention.",
                "unserious",
                "intensifier",
                "The senator is a quiet man who craves attention.",
            ),
            (
                "The claim that the tax pays for itself is risible.",
                "risible",
                "intensifier",
                "The claim that the tax pays for itself is new.",
            ),
            (
                "The mayor made a gratuitous jab at the judge.",
                "gratuitous",
                "intensifier",
                "The mayor made a brief visit to the judge.",
            ),
            (
                "The mayor gratuitously insulted the judge.",
                "gratuitously",
                "intensifier",
                "The mayor briefly visited the judge.",
            ),
            (
                "The story is patently false.",
                "patently",
                "intensifier",
                "The story is false, the court found.",
            ),
            (
                "Hopes of a quick deal are wishful thinking.",
                "wishful thinking",
                "intensifier",
                "Hopes of a quick deal are fading, aides said.",
            ),
            (
                "It strains credulity to say the aide did not know.",
                "strains credulity",
                "intensifier",
                "It strains the budget to pay the aides.",
            ),
            (
                "The caravan grew in the president's fevered imagination.",
                "fevered",
                "intensifier",
                "Divers spent a week of fevered activity at the cave.",
            ),
            (
                "The senator's mendacity cost him the race.",
                "mendacity",
                "epithet",
                "The senator's candor cost him the race.",
            ),
            (
                "The union's thuggery at the meeting shocked residents.",
                "thuggery",
                "epithet",
                "The union's turnout at the meeting shocked residents.",
            ),
            (
                "The governor did his usual shtick about the press.",
                "shtick",
                "epithet",
                "The governor gave his usual speech about the press.",
            ),
            (
                "The senator should disown the cleric and his ilk.",
                "ilk",
                "epithet",
                "Workers of every ilk joined the march.",
            ),
            (
                "We are told to keep quiet by our betters in the capital.",
                "betters",
                "epithet",
                "The young player beat his betters at the open.",
            ),
            (
                "We are told to keep quiet by our supposed betters.",
                "betters",
                "epithet",
                "The rookies beat their betters in the final round.",
            ),
            (
                "The governor's shtick wore thin with voters.",
                "shtick",
                "epithet",
                "The comedian's stand-up shtick drew laughs.",
            ),
            (
                "The lenders took the borrowers for suckers.",
                "suckers",
                "epithet",
                "The octopus uses its suckers to grip the rock.",
            ),
        ];
        for &(loaded, word, category, plain) in rows {
            assert!(has(loaded, word, category), "{loaded}: {:?}", found(loaded));
            assert!(found(plain).is_empty(), "{plain}: {:?}", found(plain));
        }
        // Words with no plain twin to leave out.
        for (t, w, c) in [
            ("His manners are uncouth.", "uncouth", "intensifier"),
            (
                "The board's response was ineffectual.",
                "ineffectual",
                "intensifier",
            ),
            ("The plan is comically inept.", "comically", "intensifier"),
            (
                "The troops showed wanton disregard for life.",
                "wanton",
                "intensifier",
            ),
            (
                "The wild-eyed activists marched on the hall.",
                "wild-eyed",
                "intensifier",
            ),
            ("The vote was nakedly partisan.", "nakedly", "intensifier"),
            (
                "Senate obstructionism stalled the bill.",
                "obstructionism",
                "epithet",
            ),
            (
                "The aide's story stretches credulity.",
                "stretches credulity",
                "intensifier",
            ),
        ] {
            assert!(has(t, w, c), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn a_head_is_read_in_the_verbs_own_clause() {
        // Flagged in the first text: the listed noun opens a reported clause (an
        // auxiliary follows it, or a name stands before it) or lies past a comma.
        // Not in the second: the noun is the verb's object or the adjective's head.
        flagged_then_not(&[
            (
                "He conceded the race was over.",
                "conceded",
                "He conceded the race on Tuesday.",
            ),
            (
                "Officials admitted several children had died.",
                "admitted",
                "The school admitted several children from the camp.",
            ),
            (
                "She claimed Democrats control the council.",
                "claimed",
                "She claimed control of the council.",
            ),
            (
                "The damage was devastating, the fire chief said.",
                "devastating",
                "The devastating fire spread.",
            ),
            (
                "The cuts condemn towns to decline.",
                "condemn",
                "The court condemned him, and the town fell into decline.",
            ),
        ]);
        // An adjective's head keeps its reading before an auxiliary.
        assert!(found("An overwhelming majority is against it.")
            .iter()
            .all(|g| g.0 != "overwhelming"));
    }

    #[test]
    fn emotional_words_and_name_calling() {
        for (t, w, c) in [
            ("A horrifying scene.", "horrifying", "intensifier"),
            ("A sickening video.", "sickening", "intensifier"),
            ("An abhorrent law.", "abhorrent", "intensifier"),
            ("A heartless cut.", "heartless", "intensifier"),
            ("A stupid idea.", "stupid", "intensifier"),
            ("A savage reply.", "savage", "intensifier"),
            ("Treasonous talk.", "Treasonous", "intensifier"),
            ("The city is a hellhole.", "hellhole", "intensifier"),
            ("The basket of deplorables.", "deplorables", "epithet"),
            ("His thuggish aides.", "thuggish", "epithet"),
            ("Jackbooted agents arrived.", "Jackbooted", "epithet"),
            ("The dictator and his henchmen.", "henchmen", "epithet"),
            ("Globalists met in Davos.", "Globalists", "epithet"),
            ("Snowflakes complained.", "Snowflakes", "epithet"),
        ] {
            assert!(has(t, w, c), "{t}: {:?}", found(t));
        }
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
    fn a_quotation_before_its_speaker_tag_is_not_a_scare_quote() {
        let scare = |t: &str| found(t).iter().any(|g| g.1 == "scare_quote");
        // Any verb in the tag: the shape says quotation.
        assert!(!scare(
            "The news came late. “Quite mad,” Dana remembered thinking."
        ));
        assert!(!scare("“Sort of,” Lee hedges. Then he left."));
        assert!(!scare(
            "He gives a shrug and a muttered, “fine by me,” before leaving."
        ));
        assert!(!scare("“Why bother?” she wondered aloud."));
        // Inside the sentence's grammar it is still a scare quote, comma or not.
        assert!(scare(
            "Even after the “tipping point,” the papers hesitated."
        ));
        assert!(scare("Their “reforms,” in truth, cut pay."));
        assert!(scare("“Reforms” cut pay."));
        // "?" that ends the sentence is not a tag.
        assert!(scare("They obsess about “who wins?” Nothing else."));
    }

    #[test]
    fn titles_names_slogans_words_and_markup_are_not_scare_quotes() {
        let none = |t: &str| !found(t).iter().any(|g| g.1 == "scare_quote");
        // After a noun or verb that introduces a title, slogan or word.
        assert!(none("They watched the film “blue skies” twice."));
        assert!(none("A book titled “tomorrow” sold well."));
        assert!(none("Marchers were chanting “no justice” outside."));
        assert!(none("Avoid the word “sustainable” in ads."));
        assert!(none("The slogan “build back” stuck."));
        // A term named after "known as" or "referred to as".
        assert!(none(
            "The form known as the “executive communications privilege,” applies."
        ));
        assert!(none("It is referred to as “the nuclear option” by aides."));
        // A word counted as a word.
        assert!(none(
            "The platform says “union” 49 times and “working families” 17 times."
        ));
        assert!(none("He said “sorry” twice before the vote."));
        assert!(none("She said “sorry” twice."));
        assert!(none("He said “thug” 3 times, and left."));
        // A count before a verb tells how often the thing did something.
        assert!(has(
            "The “reform” twice failed in the Senate.",
            "reform",
            "scare_quote"
        ));
        assert!(has(
            "The “reform” 3 times failed in the Senate.",
            "reform",
            "scare_quote"
        ));
        assert!(has(
            "The “reform” passed 52 to 48.",
            "reform",
            "scare_quote"
        ));
        // A show or work before the people credited on it.
        assert!(none(
            "“Hardball” host Chris Matthews lamented the rise of hawks."
        ));
        assert!(none("“Shameless” star Emmy Rossum arrived late."));
        // Not a lowercase quotation before a verb that is spelled like a credit.
        assert!(has(
            "Its “reform” hosts a parade of lobbyists.",
            "reform",
            "scare_quote"
        ));
        assert!(has(
            "It is a “humane” and “known” policy.",
            "humane",
            "scare_quote"
        ));
        // Words that name a law, rule or procedure before its noun; one quoted word
        // there keeps its distance.
        assert!(none("She faced a “no confidence” motion in May."));
        assert!(none("Florida's “stand your ground” law was cited."));
        assert!(has("It is a “humane” policy.", "humane", "scare_quote"));
        // Names and insults others called someone are theirs, quoted as words.
        assert!(none("The vote earned him names like “sellout” at home."));
        assert!(none("Rivals traded insults such as “coward” all week."));
        // The next items of such a list too; a list of scare quotes stays one.
        assert!(none(
            "He was called names like “sellout,” “hack” and “traitor.”"
        ));
        assert!(has(
            "Their “reforms” and “savings” hurt.",
            "savings",
            "scare_quote"
        ));
        // A capitalised single word inside a sentence is a name.
        assert!(none("His dog “Rex” barked."));
        // "so-called" is the marker; the quotation is not flagged again.
        let got = found("The so-called “experts” left.");
        assert!(none("The so-called “experts” left."), "{got:?}");
        assert!(has("The so-called “experts” left.", "so-called", "hedge"));
        // Before a quoted term of art "so-called" introduces it: neither is flagged.
        for text in [
            "They closed the so-called “gun show loophole” last year.",
            "The index hit a so-called “circuit-breaker” on Monday.",
            "Aides leaked the so-called “Hale memo” to reporters.",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
        // Markup and code.
        assert!(none("<span class=\"diff change\">x</span>"));
        assert!(none("{\"id\": 3}"));
        assert!(none("Visit “example.com/news” now."));
        // A plain scare quote still is one.
        assert!(has("The “reform” package passed.", "reform", "scare_quote"));
        // So is one that starts a sentence.
        assert!(
            has("“Reform” was the word of the day.", "Reform", "scare_quote")
                || none("“Reform” was the word of the day.")
        );
    }

    #[test]
    fn a_quoted_verdict_after_a_judging_verbs_object_is_the_speakers() {
        let text = "She called Mr. Roe's questioning of Mrs. Park's record a “pathetic” \
                    attempt to sway voters.";
        let terms = Lexicon::builtin().find(text);
        let voice = |w: &str| terms.iter().find(|t| t.text == w).map(|t| t.voice);
        assert_eq!(voice("pathetic"), Some(Voice::Quoted), "{terms:?}");
        assert!(!terms.iter().any(|t| t.category == Category::ScareQuote));
        // A sentence's end still ends the search for the verb.
        let terms = Lexicon::builtin().find("She called Mr. Roe. The “pathetic” plan failed.");
        assert_eq!(
            terms.iter().find(|t| t.text == "pathetic").map(|t| t.voice),
            Some(Voice::Outlet),
            "{terms:?}"
        );
    }

    #[test]
    fn a_verdict_panned_as_is_the_critics() {
        // Session 59's news audit: "panned as" reports the critics' word, as "described as".
        let voice = checked_voice;
        let text = "Critics panned the speech as shameful and weak.";
        assert_eq!(voice(text, "shameful"), Some(Voice::Quoted));
        let text = "The speech was shameful and weak, and critics panned it.";
        assert_eq!(voice(text, "shameful"), Some(Voice::Outlet));
    }

    #[test]
    fn a_bare_clause_after_a_speech_verb_is_its_subjects() {
        // The verbs the attribution finder reads a clause after without "that"
        // (`reports_bare_clause`) report it for voice too.
        let voice = checked_voice;
        for text in [
            "The mayor has stated the budget is reckless.",
            "The mayor stressed the budget is reckless.",
            "Ms. Alder conceded the budget is reckless.",
            "She's stated the budget is reckless.",
        ] {
            assert_eq!(voice(text, "reckless"), Some(Voice::Quoted), "{text}");
        }
        // Their past forms are adjectives after a determiner or a possessive, and a
        // relative clause after their object is the writer's.
        for text in [
            "The stated goal is reckless.",
            "Its stated goal is reckless.",
            "The mayor's stated goal is reckless.",
            "The mayor explained the budget, which is reckless.",
            "The mayor explained the budget that is reckless.",
            "The concept of thought pollution is reckless.",
        ] {
            assert_eq!(voice(text, "reckless"), Some(Voice::Outlet), "{text}");
        }
    }

    #[test]
    fn a_think_tank_is_no_verb_of_belief_for_voice() {
        // "think tank's" is a noun: the verdict after it is the outlet's.
        let voice = checked_voice;
        let text = "The well-funded think tank's latest “study” is nothing but a sales pitch.";
        assert_eq!(voice(text, "nothing but"), Some(Voice::Outlet));
        let text = "The think tanks’ reports are a disgraceful sales pitch.";
        assert_eq!(voice(text, "disgraceful"), Some(Voice::Outlet));
        // The verb still reports its clause.
        let text = "Many donors think the study is a disgraceful sales pitch.";
        assert_eq!(voice(text, "disgraceful"), Some(Voice::Quoted));
    }

    #[test]
    fn wire_names_and_plain_hedges_beside_their_loaded_twins() {
        // Session 60's news precision audit: each family's loaded use (flagged) beside its
        // plain twin (not flagged).
        let cases = [
            // "Oligarch" pinned on anyone, and the wire's name for Russia's tycoons.
            (
                "Tech oligarchs now control the debate.",
                "oligarchs",
                "The Russian oligarch flew into New York.",
            ),
            (
                "He is a servant to the oligarchs and nothing more.",
                "oligarchs",
                "Aides met oligarch Oleg Petrov in Vienna.",
            ),
            // "Neo-Nazi" pinned on an army, and the movement named as what it is.
            (
                "The regime's neo-Nazi battalions shelled the town.",
                "neo-Nazi",
                "The neo-Nazi movement grew in the region.",
            ),
            (
                "They are neo-Nazis, plain and simple.",
                "neo-Nazis",
                "White nationalists and neo-Nazis marched downtown.",
            ),
            // The adjective "hardline" on a person stays; the wire's faction name does not.
            (
                "The hardline senator blocked the bill.",
                "hardline",
                "Iran's hardliners opposed the deal.",
            ),
            // "Rumored" doubts an unnamed claim; the noun reports what circulates.
            (
                "He is rumored to be leaving the cabinet.",
                "rumored",
                "Rumors swirled about his health.",
            ),
            // A plea's admission is the court record; a concession pressed is the outlet's.
            (
                "The senator finally admitted he misled voters.",
                "admitted",
                "The accountant pleaded guilty and admitted taking the funds.",
            ),
        ];
        flagged_then_not(&cases);
        // "Presumably" is a reporter's plain inference, as "probably" is.
        let terms = Lexicon::builtin().find("The court would presumably make it public.");
        assert!(terms.is_empty(), "{terms:?}");
    }

    #[test]
    fn session_61_audit_families_beside_their_plain_twins() {
        // Session 61's news precision audit: each family's loaded use (flagged) beside its
        // plain twin (no flag at all), sentences written for the test.
        let cases = [
            // "Unprecedented" heading a word of praise or blame inflates; a record is plain.
            (
                "The plan brought unprecedented prosperity to the region.",
                "unprecedented",
                "The two leaders held an unprecedented meeting in Singapore.",
            ),
            (
                "It was an unprecedented assault on the courts.",
                "unprecedented",
                "The index suffered an unprecedented 1,000-point decline on Monday.",
            ),
            // "Controversial" left the list: the wire's word for a dispute, beside a verdict.
            (
                "The notorious sheriff ran again.",
                "notorious",
                "The controversial sheriff ran again.",
            ),
            // "Showdown" left the list: the wire's word for a contest.
            (
                "The war of words over the budget grew.",
                "war of words",
                "The showdown over the budget grew.",
            ),
            // Retort verbs left the list; a charged verb of criticism stays.
            (
                "The mayor slammed the critics on Friday.",
                "slammed",
                "\"That is false,\" the mayor shot back.",
            ),
            (
                "The governor excoriated the critics on Friday.",
                "excoriated",
                "The governor fired back at the critics on Friday.",
            ),
            // "Lies" the noun beside the verb of place.
            (
                "He told lies about the loan.",
                "lies",
                "The town lies 25 miles from the border.",
            ),
            (
                "The campaign was built on lies.",
                "lies",
                "Behind those losses lies the changing makeup of the electorate.",
            ),
            (
                "His lies piled up over the summer.",
                "lies",
                "That is where the real prejudice lies, too.",
            ),
            // A plea anywhere in the sentence makes "admitted" the court record.
            (
                "The senator finally admitted he misled voters.",
                "admitted",
                "The aide, who pleaded guilty last year, admitted he hid the payments.",
            ),
            (
                "In an interview, the aide admitted he hid the payments.",
                "admitted",
                "As part of his plea, the aide also admitted he hid the payments.",
            ),
            (
                "The senator lied about the loan.",
                "lied",
                "The aide pleaded guilty to a charge that he lied to agents.",
            ),
            // "Divisive" rhetoric is a verdict; a divisive issue or vote reports a dispute.
            (
                "He lapsed into divisive rhetoric.",
                "divisive",
                "Abortion remains a politically divisive issue.",
            ),
            // "Extremist" pinned on a person or a view, beside the wire's descriptor.
            (
                "Voters rejected his extremist views on the budget.",
                "extremist",
                "Kurdish troops took the Islamist extremist group's stronghold.",
            ),
            (
                "The extremist candidate won the primary.",
                "extremist",
                "The agency tracks extremist activity online.",
            ),
            // "Hard-line" (AP's spelling) read as "hardline": on a person, not a stance.
            (
                "The hard-line senator blocked the bill.",
                "hard-line",
                "The senator took a hard-line stance on the bill.",
            ),
            (
                "A hard-line ally of the governor won the seat.",
                "hard-line",
                "The governor took a hard line on spending.",
            ),
            (
                "The hardline senator blocked the bill.",
                "hardline",
                "The hardline caucus blocked the bill.",
            ),
            (
                "A hard-line ally of the governor won the seat.",
                "hard-line",
                "Hard-line conservatives blocked the bill.",
            ),
        ];
        flagged_then_not(&cases);
        for plain in [
            "Lawmakers passed the controversial extradition bill.",
            "The showdown in Congress looms.",
            "\"I did!\" Trump shot back.",
            "Officers fired back at the suspect.",
        ] {
            let terms = Lexicon::builtin().find(plain);
            assert!(terms.is_empty(), "{plain}: {terms:?}");
        }
    }

    #[test]
    fn session_62_audit_families_beside_their_plain_twins() {
        // Session 62's news precision audit: each changed entry's loaded use (flagged)
        // beside its plain twin (no flag at all), sentences written for the test.
        flagged_then_not(&[
            // "Hard-line" before a policy noun, past a noun the head test stops at, is the
            // wire's descriptor; of a person it is still a label.
            (
                "He is a hardline immigration hawk in the Senate.",
                "hardline",
                "The governor pursued hard-line immigration policies last year.",
            ),
            (
                "The hard-line loyalists cheered the decision.",
                "hard-line",
                "Voters rejected the hardline immigration agenda in November.",
            ),
            // The passive "was attacked" reports what someone suffered.
            (
                "The senator attacked democracy on Sunday.",
                "attacked",
                "The consulate was attacked on Sunday.",
            ),
            (
                "The mayor attacked the truth again.",
                "attacked",
                "The reporters have been attacked in the press.",
            ),
            // "Terrorist group" as "terrorist organization": the wire's descriptor.
            (
                "Iranian terrorist Qasem Soleimani was killed.",
                "terrorist",
                "The Islamic State terrorist group lost Mosul in July.",
            ),
            (
                "Bill Ayers, the unrepentant terrorist bomber, spoke.",
                "terrorist",
                "They vowed to disrupt foreign terrorist fighters and terrorist links.",
            ),
            // "Secretly recorded" names the method; an insinuation stays.
            (
                "The official secretly plotted against the mayor.",
                "secretly",
                "The aide secretly recorded the call.",
            ),
            // "Left-wing" and "right-wing" of a group are descriptors, of people labels.
            (
                "The left-wing mayor pushed the plan.",
                "left-wing",
                "He co-founded the left-wing organization in 2009.",
            ),
            (
                "The right-wing governor pushed the plan.",
                "right-wing",
                "A coalition of right-wing groups met in Ohio.",
            ),
            // The plural "extremists" in a sentence of fighting is the wire's.
            (
                "The tea party extremists cheered the vote.",
                "extremists",
                "Police hunted extremists armed with rifles.",
            ),
            // "Exposed" of a divide or a problem an event showed is the wire's verb.
            (
                "The videos exposed the practice.",
                "exposed",
                "The contest exposed serious problems for her.",
            ),
            (
                "The reporter exposed the practice.",
                "exposed",
                "The drought has exposed deep divisions in the region.",
            ),
            // "Not totally" hedges and "totally different" reports a degree.
            (
                "The charge was totally bogus.",
                "totally",
                "The result is not totally clear, and the new plan is totally different.",
            ),
            // "Extraordinary" of an event or a power is the wire's "unusual".
            (
                "She showed extraordinary courage.",
                "extraordinary",
                "The senator made an extraordinary announcement on Friday.",
            ),
            (
                "It was an extraordinary feat.",
                "extraordinary",
                "They met in an extraordinary Oval Office meeting.",
            ),
            // "Seized on" a report is the wire's verb; seized on to push an agenda is not.
            (
                "Activists seized on the storm to push their agenda.",
                "seized on",
                "Democrats quickly seized on the reports on Monday.",
            ),
            // An armed group "claimed the attack": responsibility, not a statement.
            (
                "The governor claimed the attack was staged.",
                "claimed",
                "No group has yet claimed the attack.",
            ),
            // "Aggressive" of a nation's nature is a verdict; the model reads the word plain.
            (
                "The regime revealed its aggressive nature.",
                "aggressive",
                "The senator took an aggressive approach to the inquiry.",
            ),
        ]);
    }

    #[test]
    fn session_63_audit_families_beside_their_plain_twins() {
        flagged_then_not(&[
            // A head noun with a verb of its own is a reported clause's subject, past an
            // abbreviation's period; an armed group's claim of an attack is not a statement.
            (
                "The Obama team claimed the attack on the U.S. compound in Benghazi resulted \
                 from protests.",
                "claimed",
                "The Taliban claimed the attack on the base in a statement.",
            ),
            (
                "The administration claimed the attack sprung out of a protest.",
                "claimed",
                "No group has yet claimed the attack on the compound in Kabul.",
            ),
            (
                "The administration claimed the attack sprung out of a protest.",
                "claimed",
                "Iran has not claimed responsibility for the strikes but is believed to be behind them.",
            ),
            (
                "The administration claimed the attack sprung out of a protest.",
                "claimed",
                "The revenue claimed by proponents of the tax will likely be less.",
            ),
            (
                "The administration claimed the attack sprung out of a protest.",
                "claimed",
                "The plant hit by an outbreak that claimed the lives of four workers was set to reopen.",
            ),
            // "Seized on" with a purpose of attack.
            (
                "Republicans are seizing on the report to hammer the governor.",
                "seizing on",
                "Democrats seized on the report on Monday.",
            ),
            // "Mocked" is the wire's verb; a habit pinned on a side is not.
            (
                "Bureaucrats mock parents who ask questions.",
                "mock",
                "Trump mocked the impeachment effort at a rally.",
            ),
            // The wire's "terrorist" modifiers.
            (
                "Iran's terrorist regime funds its proxies.",
                "terrorist",
                "Skepticism of the terrorist watch lists is not confined to gun groups.",
            ),
            (
                "Iran's terrorist regime funds its proxies.",
                "terrorist",
                "Officials found an overseas terrorist link to the area.",
            ),
            // An election conceded.
            (
                "The mayor conceded on Tuesday that the shelters were over capacity.",
                "conceded",
                "All of his rivals conceded quickly after polls closed.",
            ),
            (
                "The mayor conceded that the shelters were over capacity.",
                "conceded",
                "Bevin had not conceded.",
            ),
            // The second clause of an attribution.
            (
                "As the professor pointed out, the program failed.",
                "pointed out",
                "Wages rose, she said, pointing out that prices fell.",
            ),
            // A stance reported as clear.
            (
                "No doubt the senator will vote against it.",
                "No doubt",
                "The senator left no doubt about his vote.",
            ),
            // A named war's phrase.
            (
                "The left's war on cars has made commuting slower.",
                "war on",
                "Opposition to the Iraq war on the rise hurt the party.",
            ),
            (
                "The left's war on cars has made commuting slower.",
                "war on",
                "The bombing at the end of the Second World War on 6 August ended the fighting.",
            ),
            // A divide an event showed.
            (
                "The videos exposed the practice.",
                "exposed",
                "The primaries exposed fault lines in the party.",
            ),
            // A primary or a debate divides; a figure is the outlet's verdict.
            (
                "He is a divisive figure.",
                "divisive",
                "She won the divisive primary.",
            ),
            // The wire's "dire" need and warning.
            (
                "The consequences could be dire.",
                "dire",
                "The agency warned of a dire need for nurses.",
            ),
            // The Mafia's films.
            (
                "The judge gave in to the mob.",
                "mob",
                "She wrote a book about mob movies.",
            ),
            // The plural names the people a story is about; a copula pins the label.
            (
                "They are white supremacists.",
                "white supremacists",
                "The rally drew white supremacists from several states.",
            ),
            (
                "He is a white supremacist.",
                "white supremacist",
                "The rally drew white supremacists from several states.",
            ),
        ]);
    }

    #[test]
    fn session_65_audit_families_beside_their_plain_twins() {
        flagged_then_not(&[
            // A rival or a plan "attacked" is the wire's verb for criticising; a value
            // attacked is the figure of speech.
            (
                "The senator attacked democracy itself.",
                "attacked",
                "The senator attacked her rival over the tax plan.",
            ),
            (
                "The governor kept attacking the constitution.",
                "attacking",
                "The governor kept attacking his rival on taxes.",
            ),
            // Praise of a person stays; the welcome is a reception reported.
            (
                "The coach was a hero that night.",
                "hero",
                "The troops received a hero\u{2019}s welcome in the town.",
            ),
            // A time or a situation is chaotic as the wire writes it; a government judged
            // chaotic stays.
            (
                "The mayor runs a chaotic administration.",
                "chaotic",
                "The mayor left after a chaotic day at city hall.",
            ),
            (
                "The mayor runs a chaotic administration.",
                "chaotic",
                "Police tried to calm a chaotic situation near the port.",
            ),
            // One-word terms of art after "so-called"; a doubted word stays.
            (
                "The so-called experts got it wrong.",
                "so-called",
                "The general led the so-called surge in 2007.",
            ),
            (
                "The so-called experts got it wrong.",
                "so-called",
                "The votes of so-called superdelegates were counted.",
            ),
            // "Lies" the verb before "out" or a figure.
            (
                "The mayor spread lies about the budget.",
                "lies",
                "The town lies 30 miles from the capital.",
            ),
            (
                "The mayor spread lies about the budget.",
                "lies",
                "They think final victory lies out there.",
            ),
            // A lawsuit's claim is court reporting; an armed group claims involvement.
            (
                "The mayor claimed that the vote was rigged.",
                "claimed",
                "The families sued the bank, claiming it owed them money.",
            ),
            (
                "The mayor claimed that the vote was rigged.",
                "claimed",
                "A woman filed a lawsuit in Ohio claiming he owed her money.",
            ),
            (
                "The mayor claimed that the vote was rigged.",
                "claimed",
                "The group claimed involvement in the raid.",
            ),
            // "Lied" asked, supposed or reported, not asserted.
            (
                "The mayor lied to the council.",
                "lied",
                "The panel asked whether the mayor lied to the council.",
            ),
            (
                "The mayor lied to the council.",
                "lied",
                "If the mayor lied, the deal is off.",
            ),
            (
                "The mayor lied to the council.",
                "lied",
                "The clerk said the mayor lied to the council.",
            ),
        ]);
    }

    #[test]
    fn session_64_audit_families_beside_their_plain_twins() {
        flagged_then_not(&[
            // The wire's words for unrest and its people; a label pinned on a person stays.
            (
                "The far-right senator blocked the bill again.",
                "far-right",
                "Hundreds of far-right protesters marched on Saturday.",
            ),
            (
                "The left-wing mayor has wrecked the budget.",
                "left-wing",
                "Analysts have tracked a rise in left-wing extremism since the spring.",
            ),
            // A degree word places someone on the scale.
            (
                "The left-wing mayor has wrecked the budget.",
                "left-wing",
                "She would be the most left-wing nominee in decades.",
            ),
            (
                "The right-wing pundits cheered.",
                "right-wing",
                "The state has become increasingly right-wing since 2010.",
            ),
            // A comparison's degree.
            (
                "The radical mayor wants to abolish the suburbs.",
                "radical",
                "The bill is far less radical than the original version.",
            ),
            (
                "The radical mayor wants to abolish the suburbs.",
                "radical",
                "Her plan was the least radical of the four.",
            ),
            // A modifier sorting outlets, and the target of a reported attack.
            (
                "The mainstream media ignored the story for weeks.",
                "mainstream media",
                "Mainstream media outlets covered the rally on Sunday.",
            ),
            (
                "The mainstream media ignored the story for weeks.",
                "mainstream media",
                "Her distrust of the mainstream media is well known.",
            ),
            // The wire's degree word.
            (
                "The report vastly overstated the cost.",
                "vastly",
                "Voters in the two states hold vastly different views on taxes.",
            ),
            // The bulk of a thing, a share among a group.
            (
                "The overwhelming evidence was ignored by the council.",
                "overwhelming",
                "The overwhelming bulk of the money went to two firms.",
            ),
            (
                "The overwhelming evidence was ignored by the council.",
                "overwhelming",
                "Support for the measure is overwhelming among young voters.",
            ),
            // The verb "alarming" someone.
            (
                "The alarming projections drove the decision.",
                "alarming",
                "The remarks are alarming allies in the region.",
            ),
            (
                "The alarming projections drove the decision.",
                "alarming",
                "The remarks are alarming American allies in the region.",
            ),
            // Hazards and risks.
            (
                "His dangerous rhetoric has emboldened the crowd.",
                "dangerous",
                "The plant released dangerous pollutants into the river.",
            ),
            (
                "His dangerous rhetoric has emboldened the crowd.",
                "dangerous",
                "The vote would be politically dangerous for the speaker.",
            ),
            // Fabricated things reported as such.
            (
                "The fake outrage over the ad faded within a day.",
                "fake",
                "The singer bought thousands of fake followers.",
            ),
            (
                "The fake outrage over the ad faded within a day.",
                "fake",
                "The students wore fake mustaches on stage.",
            ),
            // An admission to a group.
            (
                "Officials admitted that the program had failed.",
                "admitted",
                "The decision to admit openly gay youths was made in May.",
            ),
            // A title and someone's idol.
            (
                "The firefighter was a hero that night.",
                "hero",
                "The square is named for a national hero.",
            ),
            (
                "The firefighter was a hero that night.",
                "hero",
                "Even his hero, the old folk singer, wrote about the album.",
            ),
            // A class of regimes; one leader's rule stays.
            (
                "The authoritarian president silenced the press.",
                "authoritarian",
                "People living in authoritarian states need secure phones.",
            ),
            // A gun handled safely.
            (
                "The governor signed a gun safety law on Tuesday.",
                "gun safety",
                "Every hunter should follow basic gun safety rules in the field.",
            ),
        ]);
    }

    #[test]
    fn blame_in_an_impersonal_infinitive_is_the_writers() {
        // Session 61's audit: "It is easy to blame X on Y" names no blamer, so the verdict
        // after "on" or "for" is the writer's own; a blamer named stays the source.
        let voice = checked_voice;
        let text = "It is easy to blame the collapse on reckless spending.";
        assert_eq!(voice(text, "reckless"), Some(Voice::Outlet));
        let text = "It's tempting to blame the shortage on greedy landlords.";
        assert_eq!(voice(text, "greedy"), Some(Voice::Outlet));
        let text = "It would be wrong to blame the fires on reckless managers.";
        assert_eq!(voice(text, "reckless"), Some(Voice::Outlet));
        let text = "Critics blamed the collapse on reckless spending.";
        assert_eq!(voice(text, "reckless"), Some(Voice::Quoted));
        let text = "The governor was wrong to blame the fires on reckless managers.";
        assert_eq!(voice(text, "reckless"), Some(Voice::Quoted));
        let text = "Voters may find it easier to blame the mayor for reckless spending.";
        assert_eq!(voice(text, "reckless"), Some(Voice::Quoted));
    }

    #[test]
    fn blame_laid_on_a_cause_and_a_depiction_are_the_sources() {
        // Session 60's audit: what blame is laid on or for is the blamer's account, as a
        // verdict after "depicted as" is the depicter's.
        let voice = checked_voice;
        let text = "Officials blamed the crash on poor decision making.";
        assert_eq!(voice(text, "poor"), Some(Voice::Quoted));
        let text = "Aides blamed the mayor for creating a divisive climate.";
        assert_eq!(voice(text, "divisive"), Some(Voice::Quoted));
        // Whom the blame falls on is the outlet's naming; a sentence without the verb is
        // the outlet's own.
        let text = "Aides blamed the nefarious donors.";
        assert_eq!(voice(text, "nefarious"), Some(Voice::Outlet));
        let text = "The crash came after poor decision making.";
        assert_eq!(voice(text, "poor"), Some(Voice::Outlet));
        let text = "He is now depicted as a mere accomplice in the scheme.";
        assert_eq!(voice(text, "mere"), Some(Voice::Quoted));
        let text = "He was a mere accomplice in the scheme.";
        assert_eq!(voice(text, "mere"), Some(Voice::Outlet));
    }

    #[test]
    fn a_presupposing_verb_in_a_reported_clause_is_the_sources() {
        // The accusation inside a reported clause is the source's account of the act.
        let voice = checked_voice;
        let text = "Auditors argued that the treasurer fabricated the ledgers.";
        assert_eq!(voice(text, "fabricated"), Some(Voice::Quoted));
        let text = "Her rivals charged that the senator lied about the loan.";
        assert_eq!(voice(text, "lied"), Some(Voice::Quoted));
        // As the sentence's own verb, or opening the next predicate, it is the outlet's.
        assert_eq!(
            voice("The treasurer fabricated the ledgers.", "fabricated"),
            Some(Voice::Outlet)
        );
        let text = "The mayor spoke on Friday, falsely claiming that crime had doubled.";
        assert_eq!(voice(text, "claiming"), Some(Voice::Outlet));
        // A pronoun joined to its "be" is the subject of a speech participle; the
        // writer's own "we’re saying" is not a source.
        let text = "They’re saying she’s a reckless manager.";
        assert_eq!(voice(text, "reckless"), Some(Voice::Quoted));
        let text = "They're saying that the manager was reckless.";
        assert_eq!(voice(text, "reckless"), Some(Voice::Quoted));
        let text = "We’re saying that the manager was reckless.";
        assert_eq!(voice(text, "reckless"), Some(Voice::Outlet));
    }

    #[test]
    fn a_quoted_predicate_is_a_sources_description() {
        // After a copula (an adverb between), quoted words report how a source put it.
        for text in [
            "Aides said the delay was “unavoidable” and the budget is “not affordable.”",
            "The mayor remains \"confident\" the bridge will open.",
            "Critics think the rollout has been “completely reckless” from the start.",
        ] {
            let terms = Lexicon::builtin().find(text);
            assert!(
                !terms.iter().any(|t| t.category == Category::ScareQuote),
                "{text}: {terms:?}"
            );
        }
        // A loaded word in such a quotation is the source's.
        let terms =
            Lexicon::builtin().find("Critics think the rollout was “reckless” from the start.");
        let reckless = terms.iter().find(|t| t.text == "reckless");
        assert_eq!(reckless.map(|t| t.voice), Some(Voice::Quoted), "{terms:?}");
        // Before a noun the quotation marks still distance the outlet from the word.
        assert!(has(
            "The “reform” package was passed.",
            "reform",
            "scare_quote"
        ));
        assert!(has(
            "Their “intelligence” was thin.",
            "intelligence",
            "scare_quote"
        ));
    }

    #[test]
    fn transcript_turns_are_the_speakers_voice() {
        let text = "The council met on Monday in a disgraceful session.\n\n\
                    HOST: Why did the vote fail?\n\n\
                    MAYOR POOLE: Because the plan was a shameless power grab.\n\n\
                    The council meets again in June.";
        let terms = Lexicon::builtin().find(text);
        let voice = |w: &str| terms.iter().find(|t| t.text == w).map(|t| t.voice);
        assert_eq!(voice("disgraceful"), Some(Voice::Outlet));
        assert_eq!(voice("shameless"), Some(Voice::Quoted));
        // A lone heading is no turn: the words after it stay the outlet's.
        let t = Lexicon::builtin().find("UPDATE: The shameless plan failed.");
        assert_eq!(
            t.iter().find(|t| t.text == "shameless").map(|t| t.voice),
            Some(Voice::Outlet)
        );
    }

    #[test]
    fn a_podcasts_name_line_turns_are_the_speakers_voice() {
        let voice = |text: &str, w: &str| {
            let terms = Lexicon::builtin().find(text);
            terms.iter().find(|t| t.text == w).map(|t| t.voice)
        };
        let text = "The council met on Monday in a disgraceful session.\n\n\
                    jane roe\n\nWhy did the vote fail?\n\n\
                    tom poole\n\nBecause the plan was a shameless power grab.\n\n\
                    jane roe\n\nThank you.\n\n\
                    tom poole\n\nThank you.";
        assert_eq!(voice(text, "disgraceful"), Some(Voice::Outlet));
        assert_eq!(voice(text, "shameless"), Some(Voice::Quoted));
        // A lone lowercase byline is no transcript: the writer's sentence after it is
        // the outlet's.
        let text = "tom poole\n\nThe plan was a shameless power grab.";
        assert_eq!(voice(text, "shameless"), Some(Voice::Outlet));
    }

    #[test]
    fn a_quotation_with_mixed_double_marks_is_the_speakers_voice() {
        let voice = |text: &str, w: &str| {
            let terms = Lexicon::builtin().find(text);
            terms.iter().find(|t| t.text == w).map(|t| t.voice)
        };
        // Straight outer marks, curly inner ones: the words after the inner quotation
        // are still the speaker's.
        let text = "\"Enough of the “master planner” talk, this was a shameless power \
                    grab,” she wrote on Twitter.";
        assert_eq!(voice(text, "shameless"), Some(Voice::Quoted));
        // The writer's own sentence with the same inner quotation.
        let text = "Enough of the “master planner” talk: this was a shameless power grab.";
        assert_eq!(voice(text, "shameless"), Some(Voice::Outlet));
        // Curly outer marks, straight inner ones: the inner quotation's words are the
        // speaker's too.
        let text = "“They keep saying \"shameless grab\" about a budget,” the mayor said.";
        assert_eq!(voice(text, "shameless"), Some(Voice::Quoted));
    }

    #[test]
    fn a_turn_that_runs_over_paragraphs_stays_the_speakers_voice() {
        // The guest's second paragraph, before the host speaks again, is the guest's;
        // the story after the last turn is the outlet's.
        let text = "HOST: Why did the vote fail?\n\n\
                    MAYOR POOLE: Because the council stalled.\n\n\
                    And the plan was a shameless power grab.\n\n\
                    HOST: Thank you, mayor.\n\n\
                    The council met later in a disgraceful session.";
        let terms = Lexicon::builtin().find(text);
        let voice = |w: &str| terms.iter().find(|t| t.text == w).map(|t| t.voice);
        assert_eq!(voice("shameless"), Some(Voice::Quoted));
        assert_eq!(voice("disgraceful"), Some(Voice::Outlet));
    }

    #[test]
    fn embedded_posts_are_their_authors_voice() {
        let text = "The council met in a disgraceful session.\n\n\
                    The plan is a shameless power grab! \u{2014} Jane Roe (@janeroe) March 3, 2019\n\n\
                    The council meets again in June.";
        let terms = Lexicon::builtin().find(text);
        let voice = |w: &str| terms.iter().find(|t| t.text == w).map(|t| t.voice);
        assert_eq!(voice("disgraceful"), Some(Voice::Outlet));
        assert_eq!(voice("shameless"), Some(Voice::Quoted));
    }

    #[test]
    fn a_speaker_who_keeps_or_goes_on_saying_still_owns_the_clause() {
        for (text, w) in [
            (
                "The mayor kept complaining that the count was a disgrace.",
                "disgrace",
            ),
            ("The mayor was insisting that the vote was a sham.", "sham"),
            (
                "The mayor continued to insist that the plan was a disgrace.",
                "disgrace",
            ),
            (
                "The mayor complains that the plan is a disgrace.",
                "disgrace",
            ),
            // "contend" reports a clause with no "that", its verb a regular past form.
            (
                "Critics contend the memo amounted to misleading the public.",
                "misleading",
            ),
        ] {
            assert!(reported_at(text, w), "{text}");
        }
        // A gerund as subject, or a verb of continuing with no speaker, credits no one.
        assert!(!reported_at(
            "Insisting that the plan is a disgrace is easy.",
            "disgrace"
        ));
        assert!(!reported_at(
            "To keep insisting that it is a disgrace is easy.",
            "disgrace"
        ));
    }

    #[test]
    fn a_charged_participle_after_be_in_a_reported_clause_is_the_sources() {
        let voice_in = |text: &str, w: &str| {
            let mut terms = Lexicon::builtin().find(text);
            reported_voices(text, &Lexicon::builtin().key_tokens(text), &mut terms);
            terms.iter().find(|t| t.text == w).map(|t| t.voice)
        };
        let said = "The mayor complained that the count was rigged.";
        assert_eq!(voice_in(said, "rigged"), Some(Voice::Quoted));
        // In the outlet's own sentence it stays the outlet's.
        assert_eq!(
            voice_in("The count was rigged.", "rigged"),
            Some(Voice::Outlet)
        );
    }

    #[test]
    fn a_verdicts_reach_ends_at_a_new_predicate_or_at_given() {
        assert!(reported_at(
            "She called the site “precious” and tender.",
            "tender"
        ));
        assert!(!reported_at(
            "He called the site “precious” and began tenderly rearranging it.",
            "tenderly"
        ));
        assert!(!reported_at(
            "She called the plan “reckless” and demanded a brutal recount.",
            "brutal"
        ));
        assert!(!reported_at(
            "Children see it as “normal” given the perverse lengths parents go to.",
            "perverse"
        ));
        assert!(reported_at(
            "Critics complained that they were given a mere day to leave.",
            "mere"
        ));
        assert!(reported_at(
            "Critics complained that they were never given a mere day to leave.",
            "mere"
        ));
        // A past form between a modifier and a noun joins the modifiers.
        assert!(reported_at(
            "Films cast liberals as embattled and marginalized conservatives as menacing.",
            "menacing"
        ));
    }

    #[test]
    fn a_speaker_who_goes_on_to_say_owns_the_clause() {
        for text in [
            "He went on to say the plan was reckless.",
            "He went on to say that the plan was reckless.",
            "He took to Twitter to say that the plan was reckless.",
            "She took to the airwaves to say the plan was reckless.",
            "Republicans were quick to say that the plan was reckless.",
        ] {
            assert!(reported_at(text, "reckless"), "{text}");
        }
        // An infinitive with no speaker is the writer's.
        assert!(!reported_at(
            "It is fair to say the plan was reckless.",
            "reckless"
        ));
        assert!(!reported_at(
            "To say the plan was reckless is fair.",
            "reckless"
        ));
        // A platform's name opening the text has no "took to" before it (and no panic).
        assert!(!reported_at(
            "Twitter to say the plan was reckless.",
            "reckless"
        ));
    }

    #[test]
    fn a_verdict_after_a_parenthetical_attribution_is_the_sources() {
        assert!(reported_at(
            "The plan, critics say, is reckless.",
            "reckless"
        ));
        assert!(reported_at(
            "The rule, he said, is a classic boondoggle.",
            "boondoggle"
        ));
        // The subject's words, and a clause with no attribution, stay the outlet's.
        assert!(!reported_at(
            "The reckless plan, critics say, will fail.",
            "reckless"
        ));
        assert!(!reported_at("The plan, in short, is reckless.", "reckless"));
        assert!(!reported_at(
            "In 2012, she noted, all counties backed the reckless plan.",
            "reckless"
        ));
    }

    #[test]
    fn the_content_of_an_accusation_or_a_fear_is_its_holders() {
        let voice_in = |text: &str, w: &str| {
            let mut terms = Lexicon::builtin().find(text);
            reported_voices(text, &Lexicon::builtin().key_tokens(text), &mut terms);
            terms.iter().find(|t| t.text == w).map(|t| t.voice)
        };
        for text in [
            "She rejected the mayor's accusation that the count was rigged.",
            "He denied allegations that the count was rigged.",
            "Voters shrugged off warnings that the count was rigged.",
            "There have been fears that the count was rigged.",
        ] {
            assert_eq!(voice_in(text, "rigged"), Some(Voice::Quoted), "{text}");
        }
        // A relative clause after the noun is the outlet's description.
        for text in [
            "The allegations that were rigged up by aides fell apart.",
            "He made assertions that don't seem rigged at all.",
            "The fact that the count was rigged is plain.",
            "It is easy to claim that the count was rigged.",
            "We fear that the count was rigged.",
        ] {
            assert_eq!(voice_in(text, "rigged"), Some(Voice::Outlet), "{text}");
        }
    }

    #[test]
    fn a_passage_after_a_reporting_colon_is_its_authors_voice() {
        let voice_in = |text: &str, w: &str| {
            let terms = Lexicon::builtin().find(text);
            terms.iter().find(|t| t.text == w).map(|t| t.voice)
        };
        let text = "The mayor answered in a disgraceful letter. She wrote:\n\n\
                    The plan is a shameless power grab by the council.\n\n\
                    The council meets again in a shameless hurry.";
        assert_eq!(voice_in(text, "disgraceful"), Some(Voice::Outlet));
        let terms = Lexicon::builtin().find(text);
        let voices: Vec<Voice> = terms
            .iter()
            .filter(|t| t.text == "shameless")
            .map(|t| t.voice)
            .collect();
        // Only the passage right after the colon: where a long one ends is not marked.
        assert_eq!(voices, [Voice::Quoted, Voice::Outlet]);
        // A passage wrapped over lines runs to its paragraph's end.
        let wrapped = "He wrote:\n\nThe vote was close,\nand a shameless grab.\n\nIt passed.";
        assert_eq!(voice_in(wrapped, "shameless"), Some(Voice::Quoted));
        // "As the paper explains:" and "The statement reads:" introduce passages too.
        let explains = "As the paper explains:\n\nIt is a shameless plan.";
        assert_eq!(voice_in(explains, "shameless"), Some(Voice::Quoted));
        // A verb of condemning introduces its condemner's words.
        let blasted = "The mayor blasted the council:\n\nIt is a shameless plan.";
        assert_eq!(voice_in(blasted, "shameless"), Some(Voice::Quoted));
        // So does a plural noun of what was said, among the intro's last words.
        let statements = "He answered with one of the harshest statements of his term:\n\n\
                          It is a shameless plan.";
        assert_eq!(voice_in(statements, "shameless"), Some(Voice::Quoted));
        // A colon without a reporting word, or an outlet's own note, introduces nothing.
        for intro in [
            "Consider the following examples:",
            "Original post:",
            "Note on the vote:",
            "Under the new rules:",
            "Here is what we found:",
            "After the blast, residents listed what they lost:",
            "Crews replaced the rails:",
        ] {
            let t = format!("{intro}\n\nIt is a shameless plan.");
            assert_eq!(voice_in(&t, "shameless"), Some(Voice::Outlet), "{intro}");
        }
    }

    #[test]
    fn a_scare_quote_inside_a_quotation_is_the_speakers() {
        let voice = |text: &str| {
            let terms = Lexicon::builtin().find(text);
            terms
                .iter()
                .find(|t| t.category == Category::ScareQuote)
                .map(|t| (t.text.clone(), t.voice))
        };
        let nested = "Voters were angry. “When did our ‘democracy’ end up in the hands of big money?” Mendoza asked.";
        assert_eq!(
            voice(nested),
            Some(("democracy".to_string(), Voice::Quoted))
        );
        let own = "Voters were angry. Their ‘democracy’ ended up in the hands of big money.";
        assert_eq!(voice(own), Some(("democracy".to_string(), Voice::Outlet)));
    }

    #[test]
    fn terms_inside_direct_quotations_are_the_speakers_voice() {
        let text = "Officials slammed the plan. \"It is a shameless plan,\" she said. The “reform” stalled.";
        let terms = Lexicon::builtin().find(text);
        let voice = |w: &str| terms.iter().find(|t| t.text == w).map(|t| t.voice);
        assert_eq!(voice("slammed"), Some(Voice::Outlet));
        assert_eq!(voice("shameless"), Some(Voice::Quoted));
        assert_eq!(voice("reform"), Some(Voice::Outlet)); // a scare quote is the outlet's
                                                          // A lexicon term inside a scare quote is the outlet's too.
        let t = Lexicon::builtin().find("They formed a “regime” overnight.");
        assert_eq!(
            (t[0].category, t[0].voice),
            (Category::Epithet, Voice::Outlet)
        );
        // Counts and the feature block leave quoted terms out.
        let (terms, n) = Lexicon::builtin().find_with_word_count(text);
        let s = LoadedSummary::new(&terms, n, [0.0; 2]);
        assert_eq!((s.total, s.quoted), (2, 1));
        assert_eq!(s.counts_quoted[&Category::Intensifier], 1);
        assert!((s.quoted_per_100_words - 100.0 / n as f64).abs() < 1e-9);
        let v = block_values(&terms, n);
        let i = Category::ALL
            .iter()
            .position(|&c| c == Category::Intensifier)
            .unwrap();
        assert_eq!(v[i], 0.0);
        assert_eq!(serde_json::to_string(&Voice::Quoted).unwrap(), "\"quoted\"");
    }

    #[test]
    fn titles_and_partial_quotes_are_not_scare_quotes() {
        // A capitalised multi-word quotation is a title or a name.
        assert!(found("She appeared on \"Meet the Press\" today.").is_empty());
        // A partial quote a clause after its speech verb.
        let text = "He told reporters that the plan had been “fully checked” by staff.";
        assert!(!found(text).iter().any(|g| g.1 == "scare_quote"));
        // The verb must be in the same sentence.
        let text = "Nobody spoke. The “experts” left.";
        assert!(has(text, "experts", "scare_quote"));
    }

    #[test]
    fn multi_word_naming_and_hyphen_variants() {
        let got = found("Two undocumented immigrants and one pro-life group met.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "pro-life");
        assert_eq!(got[0].2.as_deref(), Some("anti-abortion"));
        let got = found("Two illegal aliens met.");
        assert_eq!(got[0].0, "illegal aliens");
        assert_eq!(got[0].2.as_deref(), Some("undocumented immigrant"));
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
        assert_eq!(words, ["Kiev", "slammed", "Führer", "regime"]);
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
            ("[naming]\nKiev > Kyiv ~ Kyjiw\n", "x.txt:2", "pair"),
            ("[naming]\nKiev > \n", "x.txt:2", "pair"),
            ("[hedge]\nsome | say\n", "x.txt:2", "only allowed"),
            ("[hedge]\nsome > say\n", "x.txt:2", "only allowed"),
            (
                "[epithet]\nthug ; before=x\n",
                "x.txt:2",
                "unknown condition",
            ),
            ("[epithet]\nthug ; prev=\n", "x.txt:2", "unknown condition"),
            // A marked form may not repeat; a standard one may.
            ("[naming]\nKiev > Kyiv\nKiev > Kyjiw\n", "x.txt:3", "line 2"),
            ("[naming]\nKiev > Kyiv\nKyiv | Kiev\n", "x.txt:3", "line 2"),
            ("[epithet]\n=thug\n=thug\n", "x.txt:3", "line 2"),
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
    fn a_standard_form_may_serve_several_pairs() {
        let lex = Lexicon::parse("[naming]\nKiev > Kyiv\nKyjiw > Kyiv\n", "x.txt").unwrap();
        assert_eq!(lex.len(), 3);
        let f = lex.find_all("Kyiv and Kyjiw");
        assert_eq!(f.terms.len(), 1);
        assert_eq!(f.naming[0].alternative, "Kiev");
        assert_eq!(f.terms[0].alternative.as_deref(), Some("Kyiv"));
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
        let text = "Some say the regime slammed Kiev.";
        let (terms, n) = Lexicon::builtin().find_with_word_count(text);
        assert_eq!(n, 6);
        let s = LoadedSummary::new(&terms, n, [0.0; 2]);
        assert_eq!(s.total, 4);
        assert_eq!(s.counts[&Category::Hedge], 1);
        assert_eq!(s.counts[&Category::ScareQuote], 0);
        assert!((s.density_per_100_words - 400.0 / 6.0).abs() < 1e-9);
        // The word model's mass of the words left out adds to the terms, by voice.
        let s = LoadedSummary::new(&terms, n, [0.5, 0.25]);
        assert!((s.density_per_100_words - 450.0 / 6.0).abs() < 1e-9);
        assert!((s.quoted_per_100_words - 25.0 / 6.0).abs() < 1e-9);
        let v = block_values(&terms, n);
        let names = block_names();
        assert_eq!(v.len(), names.len());
        assert_eq!(names[0], "loaded:epithet");
        assert_eq!(names[7], "loaded:scare_quote");
        assert_eq!(names[8], "loaded:praise");
        assert_eq!(names[9], "loaded:ideological_label");
        assert_eq!(names[10], "loaded:evaluative");
        assert!((v[0] - 1000.0 / 6.0).abs() < 1e-3);
        assert_eq!(block_values(&terms, 0), vec![0.0; 11]);
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
        let terms = Lexicon::builtin().find(&text);
        let fuhrer = terms.iter().find(|t| t.text == "half-Fuhrer").unwrap();
        assert_eq!(fuhrer.voice, Voice::Quoted);
    }

    #[test]
    fn seed_style_fixture_shows_the_expected_terms_and_voices() {
        let text = include_str!("../../data/examples/seed-style.txt");
        let terms = Lexicon::builtin().find(text);
        let get = |w: &str| {
            terms
                .iter()
                .find(|t| t.text == w)
                .unwrap_or_else(|| panic!("{w} missing from {terms:?}"))
        };
        let f = get("half-Fuhrer");
        assert_eq!((f.category, f.voice), (Category::Epithet, Voice::Quoted));
        let k = get("Kiev");
        assert_eq!((k.category, k.voice), (Category::Naming, Voice::Outlet));
        assert_eq!(k.alternative.as_deref(), Some("Kyiv"));
        assert_eq!(get("reportedly").category, Category::Hedge);
        let p = get("prolong the conflict");
        assert_eq!((p.category, p.voice), (Category::Conflict, Voice::Outlet));
        // "promote war" is said by the spokeswoman, inside her quotation.
        assert_eq!(get("promote war").voice, Voice::Quoted);
    }

    #[test]
    fn charged_verbs_are_split_by_their_object_and_subject() {
        // Flagged in the first sentence of each pair, literal in the second.
        let cases = [
            (
                "The governor slammed the ruling.",
                "slammed",
                "She slammed the car door.",
            ),
            (
                "The new rules gutted the pension fund.",
                "gutted",
                "Fire gutted the old barn.",
            ),
            (
                "The host torched his guest's record.",
                "torched",
                "Arsonists torched two trucks.",
            ),
            (
                "Analysts blasted the merger.",
                "blasted",
                "Workers blasted through the rock.",
            ),
            (
                "The cuts ravaged the library budget.",
                "ravaged",
                "A hurricane ravaged the island.",
            ),
        ];
        for (loaded, words, literal) in cases {
            assert!(
                has(loaded, words, "charged_verb") || has(loaded, words, "intensifier"),
                "{loaded}"
            );
            assert!(found(literal).is_empty(), "{literal}: {:?}", found(literal));
        }
        // A capitalised object is a name, not a thing ("House" of Congress).
        assert!(has(
            "The senator slammed House leaders.",
            "slammed",
            "charged_verb"
        ));
        // The window ends at the clause: "the door" belongs to the next clause here.
        assert!(has(
            "Critics slammed the bill, and then the door closed.",
            "slammed",
            "charged_verb"
        ));
    }

    #[test]
    fn charged_verbs_used_as_nouns_compounds_or_names_are_not_flagged() {
        // The verb is flagged in the first sentence of each pair; its stem is a noun after
        // a determiner or possessive, the first part of a compound, or a name after a
        // title in the second.
        let cases = [
            (
                "Democrats torched the plan.",
                "torched",
                "He said the torch must be passed.",
            ),
            (
                "The senator gutted the bill.",
                "gutted",
                "She trusts her gut on hiring.",
            ),
            (
                "The mayor trashed the report.",
                "trashed",
                "Smoke rose from a trash fire.",
            ),
            (
                "The governor smashed the union's plan.",
                "smashed",
                "The show was a smash with viewers.",
            ),
            (
                "A think tank bankrolled by donors ran the ads.",
                "bankrolled",
                "He lost his whole bankroll at the casino.",
            ),
            (
                "Critics blast the plan.",
                "blast",
                "Officials said the blast shook the town.",
            ),
            (
                "The chairman torpedoed the deal.",
                "torpedoed",
                "The torpedo missed the ship.",
            ),
            (
                "The court gagged the newspaper.",
                "gagged",
                "The judge issued gag orders.",
            ),
            (
                "Critics mock the mayor's plan.",
                "mock",
                "They studied the mock-ups of the cover.",
            ),
            (
                "The mayor crowed about the win.",
                "crowed",
                "Rep. Jason Crow spoke on the floor.",
            ),
            (
                "She fudged the numbers.",
                "fudged",
                "He met with Rep. Marcia Fudge on Tuesday.",
            ),
        ];
        for (loaded, words, literal) in cases {
            assert!(has(loaded, words, "charged_verb"), "{loaded}");
            assert!(found(literal).is_empty(), "{literal}: {:?}", found(literal));
        }
        // "That" and "which" stand before verbs: the verb is still flagged.
        assert!(has(
            "It was a bill that gutted the agency.",
            "gutted",
            "charged_verb"
        ));
        // A charged verb as the second part of a compound is still flagged.
        assert!(has(
            "He joined the immigrant-bashing right.",
            "immigrant-bashing",
            "charged_verb"
        ));
        // A capitalised headline verb after a name or a title written out is still flagged.
        assert!(has("Governor Crowed About Win", "Crowed", "charged_verb"));
        assert!(has("Pirro Blasts GOP Leaders", "Blasts", "charged_verb"));
    }

    #[test]
    fn metaphors_need_their_figurative_context() {
        assert!(has(
            "A tsunami of complaints reached the office.",
            "tsunami",
            "intensifier"
        ));
        assert!(found("The tsunami reached the coast at noon.").is_empty());
        assert!(has(
            "Cheap steel flooded the market.",
            "flooded",
            "intensifier"
        ));
        assert!(found("Heavy rain flooded the valley.").is_empty());
        assert!(found("Much of the country was flooded, and the generators too.").is_empty());
        assert!(found("The basement was flooded overnight.").is_empty());
        // "flooded out": driven from home by water.
        assert!(found("A family flooded out by the hurricane moved inland.").is_empty());
        // Before its noun, or after "entirely", the participle describes water.
        assert!(
            found("Two cars stalled on a flooded road near the badly flooded depot.").is_empty()
        );
        assert!(found("By noon the square was entirely flooded.").is_empty());
        assert!(has(
            "Critics warned of an invasion of migrants.",
            "invasion of migrants",
            "intensifier"
        ));
        assert!(has(
            "He spoke of an invasion of asylum seekers.",
            "invasion",
            "intensifier"
        ));
        assert!(found("The invasion of Sicily began in July.").is_empty());
        assert!(has(
            "They fear a flood of refugees and newcomers.",
            "flood of refugees",
            "intensifier"
        ));
        assert!(has(
            "They fear a flood of foreign newcomers.",
            "flood of",
            "intensifier"
        ));
    }

    #[test]
    fn word_lists_and_argument_conditions_in_custom_lexicons() {
        let lex = Lexicon::parse(
            "@things = door/car\n[charged_verb]\nkicked ; !obj=@things/ball ; !subj=wind\nhugged ; obj=@things\n",
            "x.txt",
        )
        .expect("parses");
        let words = |t: &str| -> Vec<String> { lex.find(t).into_iter().map(|m| m.text).collect() };
        assert_eq!(words("He kicked the proposal."), ["kicked"]);
        assert!(words("He kicked two old cars.").is_empty());
        assert!(words("He kicked the ball.").is_empty());
        assert!(words("The wind kicked up.").is_empty());
        assert!(words("Wind kicked the sign.").is_empty());
        assert_eq!(words("She hugged the old car."), ["hugged"]);
        assert!(words("She hugged him.").is_empty());
        for (text, line, msg) in [
            ("@ = a/b\n", "x.txt:1", "is not `@name = a/b/c`"),
            ("@things\n", "x.txt:1", "is not `@name = a/b/c`"),
            (
                "@things = @none\n",
                "x.txt:1",
                "empty or names an unknown list",
            ),
            (
                "[epithet]\nthug ; obj=@none\n",
                "x.txt:2",
                "unknown condition",
            ),
            ("[epithet]\nthug ; verb=x\n", "x.txt:2", "unknown condition"),
        ] {
            let e = Lexicon::parse(text, "x.txt").expect_err(text).to_string();
            assert!(e.contains(line) && e.contains(msg), "{text:?}: {e}");
        }
    }

    /// The voice [`reported_voices`] gives the first loaded term of `text` reading `w`.
    fn reported_voice(text: &str, w: &str) -> Voice {
        let mut terms = Lexicon::builtin().find(text);
        reported_voices(text, &Lexicon::builtin().key_tokens(text), &mut terms);
        let found = terms.iter().find(|m| m.text == w);
        found.unwrap_or_else(|| panic!("{w:?} in {terms:?}")).voice
    }

    /// The voice of the term `w` in `text` after [`reported_voices`], which must agree with
    /// [`reported_voices_plain`]; `None` when `w` is not flagged.
    fn checked_voice(text: &str, w: &str) -> Option<Voice> {
        let tokens = Lexicon::builtin().key_tokens(text);
        let mut terms = Lexicon::builtin().find(text);
        let mut plain = terms.clone();
        reported_voices(text, &tokens, &mut terms);
        reported_voices_plain(text, &tokens, &mut plain);
        assert_eq!(terms, plain, "{text}");
        terms.iter().find(|t| t.text == w).map(|t| t.voice)
    }

    /// Whether `word` (its first occurrence in `text`) is read as a judgement a source reports.
    fn reported_at(text: &str, word: &str) -> bool {
        let tokens = Lexicon::builtin().key_tokens(text);
        let i = tokens
            .iter()
            .position(|t| &text[t.start..t.end] == word)
            .expect("word present");
        reported_judgement(text, &tokens, i)
    }

    #[test]
    fn a_channels_participle_and_a_concerns_clause_report_their_holders() {
        assert!(reported_at(
            "Officials issued a statement saying the plan was reckless.",
            "reckless"
        ));
        assert!(reported_at(
            "Critics voiced concern that the plan is reckless.",
            "reckless"
        ));
        assert!(reported_at(
            "Parents expressed hope that the reckless plan would fail.",
            "reckless"
        ));
        // The writer's own statement, and a concern's relative clause, stay the writer's.
        assert!(!reported_at(
            "We issued a statement saying the plan was reckless.",
            "reckless"
        ));
        assert!(!reported_at(
            "The concerns that were raised were reckless.",
            "reckless"
        ));
        for text in [
            "Officials issued a statement saying the plan was reckless.",
            "Critics voiced concern that the plan is reckless.",
        ] {
            assert_eq!(
                checked_voice(text, "reckless"),
                Some(Voice::Quoted),
                "{text}"
            );
        }
    }

    #[test]
    fn a_linking_adverb_in_commas_stands_between_a_subject_and_its_verb() {
        assert!(reported_at(
            "His backers, meanwhile, insist that the win would be momentous.",
            "momentous"
        ));
        assert!(reported_at(
            "Critics, however, say his plan is shortsighted.",
            "shortsighted"
        ));
        // Without a subject before the aside the clause stays the writer's.
        assert!(!reported_at(
            "Meanwhile, it is clear that the plan is shortsighted.",
            "shortsighted"
        ));
    }

    #[test]
    fn reported_judgement_reads_the_judging_verb_and_its_particle() {
        let at = reported_at;
        assert!(at("Critics called the plan absurd.", "absurd"));
        assert!(at("Aides dismissed the story as a smear.", "smear"));
        assert!(at("Voters accused him of arrogance.", "arrogance"));
        assert!(at("Critics deem the plan absurd.", "absurd"));
        assert!(at("Rivals painted the mayor as a crook.", "crook"));
        assert!(at("Ads cast the senator as a radical.", "radical"));
        assert!(!at("Workers painted the absurd mural.", "absurd"));
        // "as" and "of" are needed after verbs that take them.
        assert!(!at("Aides dismissed the absurd story.", "absurd"));
        assert!(!at("Voters accused the arrogant mayor.", "arrogant"));
        // "called off", "called for": other verbs.
        assert!(!at("They called off the absurd parade.", "absurd"));
        // A word right after the verb is its object, not the judgement.
        assert!(!at("They called the absurd plan a failure.", "absurd"));
        assert!(at("They called it absurd.", "absurd"));
        assert!(at("They called the plan absurd.", "absurd"));
        // Too far back, or across a sentence.
        assert!(!at("Critics called the long, absurd plan.", "absurd"));
        assert!(!at("Critics called. The plan was absurd.", "absurd"));
        // A word joined by "and" or "or" to a reported verdict is reported, however far
        // the verb; joined to the outlet's own words it stays the outlet's.
        assert!(at(
            "Rivals have described the new mayor as a liar or a fascist.",
            "fascist"
        ));
        assert!(at(
            "Senators described the move as both reckless and lawless.",
            "lawless"
        ));
        assert!(!at(
            "The mayor unveiled a bold and reckless plan.",
            "reckless"
        ));
        assert!(!at("Critics called. It was rash and reckless.", "reckless"));
    }

    #[test]
    fn a_closing_according_to_credits_the_predicate_not_the_outlets_description() {
        let at = reported_at;
        // The clause's verdict: after "be", a linking verb or a modal, or an adjective or
        // adverb that ends the clause or opens a comparison.
        assert!(at(
            "The new levy is a cruel tax, according to two economists.",
            "cruel"
        ));
        assert!(at(
            "The contest remained knife-edge, according to pollsters.",
            "knife-edge"
        ));
        assert!(at(
            "They're seen more favourably than rivals, according to a survey.",
            "favourably"
        ));
        assert!(at(
            "The new wall made towns more dangerous, according to the poll.",
            "dangerous"
        ));
        assert!(at(
            "The cuts would devastate farmers, according to the union.",
            "devastate"
        ));
        // The outlet's description of a noun in the clause stays its own.
        assert!(!at(
            "Voters head to a knife-edge midterm, according to the pollster.",
            "knife-edge"
        ));
        assert!(!at(
            "The firm saw a precipitous drop in sales, according to its filing.",
            "precipitous"
        ));
        assert!(!at(
            "There has been a precipitous drop in sales, according to its filing.",
            "precipitous"
        ));
        assert!(!at(
            "The reckless levy is cruel, according to two economists.",
            "reckless"
        ));
        assert!(!at(
            "The mayor won the showdown, according to a poll.",
            "showdown"
        ));
    }

    #[test]
    fn the_agent_of_a_judging_verb_is_the_outlets_description() {
        let at = reported_at;
        // The verdict is the source's; the words after "by" describe the source.
        assert!(at(
            "The rumours were dismissed as baseless by careful engineers.",
            "baseless"
        ));
        assert!(!at(
            "The rumours were dismissed as baseless by careful engineers.",
            "careful"
        ));
        // "as" after the agent: the verdict is still the source's.
        assert!(at(
            "The plan was described by critics as reckless.",
            "reckless"
        ));
        // "by" and an -ing form is a means, inside the accusation.
        assert!(at(
            "Police accused her of profiting by duping gullible tenants.",
            "gullible"
        ));
        // A "by" phrase inside the object, before the verdict, is no agent of the verdict.
        assert!(at(
            "Critics called the plan drafted by aides reckless.",
            "reckless"
        ));
        assert!(!at(
            "The rumours were dismissed as baseless by the careful engineers.",
            "careful"
        ));
    }

    #[test]
    fn verdicts_reported_without_quotation_marks_are_the_sources() {
        let at = reported_at;
        // A relative clause its subject reports.
        assert!(at(
            "Backers cite ballot fraud, which they claim is rampant here.",
            "rampant"
        ));
        assert!(at(
            "It is a rule which many pastors say tramples on their rights.",
            "tramples"
        ));
        assert!(!at(
            "The mayor cut a budget which staff believe the reckless plan needs.",
            "reckless"
        ));
        assert!(!at(
            "Voters who claim they will stay home are reckless.",
            "reckless"
        ));
        // A verb of saying or believing whose clause opens with a pronoun and auxiliary.
        assert!(at(
            "The coach claims he was the target of a cruel smear campaign.",
            "cruel"
        ));
        assert!(at(
            "Fans felt she had a deeply moving farewell speech.",
            "deeply"
        ));
        assert!(!at(
            "The firm announced it will take the unprecedented step of closing.",
            "unprecedented"
        ));
        assert!(!at(
            "We believe it was a deeply cynical ploy by the board.",
            "cynical"
        ));
        // A pronoun joined to its auxiliary opens the clause as the two words do.
        assert!(at(
            "One person said he’s so disgusted with the network.",
            "disgusted"
        ));
        assert!(at("Critics say it's a disgrace.", "disgrace"));
        assert!(at(
            "The coach claims he’s the target of a cruel smear campaign.",
            "cruel"
        ));
        assert!(!at("We say it’s a disgrace.", "disgrace"));
        assert!(!at("I’d argue it’s an utter disgrace.", "disgrace"));
        // A second clause joined by "and" with no comma is still the speaker's,
        // up to CREDITED_AFTER words after the verb.
        assert!(at(
            "Critics say the plan is reckless and the mayor is a disgrace.",
            "disgrace"
        ));
        assert!(at(
            "The senator said the bill was a disaster and the governor was a coward.",
            "coward"
        ));
        assert!(!at(
            "Critics say the plan is costly, and the mayor signed the reckless plan.",
            "reckless"
        ));
    }

    #[test]
    fn quoted_words_after_a_label_are_the_labellers() {
        let scare = |text: &str| {
            let from = text.find('"').expect("a quotation") + 1;
            let to = from + text[from..].find('"').expect("its end");
            judge_quote(text, &Lexicon::builtin().key_tokens(text), from, to).is_some()
        };
        for text in [
            "The filter flagged the three posts as \"hateful\" overnight.",
            "The posts were flagged as \"divisive\" overnight.",
            "Parents bought the toys, finding them \"crude\" for children.",
            "The panel deemed \"unfit\" every bid from the region.",
            "The union was branded \"radical\" in the memo.",
            "The memo described the union as \"radical\" twice.",
        ] {
            assert!(!scare(text), "{text}");
        }
        // Without the label the same quotation keeps the outlet's distance (before a
        // noun: after a copula it is a source's description, see
        // `a_quoted_predicate_is_a_sources_description`).
        for text in [
            "The three \"hateful\" posts stayed up overnight.",
            "Parents bought the toys, the \"crude\" ones first.",
            "The union's \"radical\" plan was in the memo.",
        ] {
            assert!(scare(text), "{text}");
        }
    }

    #[test]
    fn reported_judgement_reads_verdicts_credited_to_a_subject() {
        let at = reported_at;
        // "to be" after a speech, belief or judging verb.
        assert!(at(
            "The mayor claims to be a brilliant planner.",
            "brilliant"
        ));
        assert!(at("The dam is said to be a marvel.", "marvel"));
        assert!(at("The law was considered to be cruel.", "cruel"));
        assert!(!at("The mayor claims a brilliant record.", "brilliant"));
        // Passive verbs of regard: the complement follows at once, or after "as".
        assert!(at("The coach is seen as a fine tactician.", "fine"));
        assert!(at("Her plan was regarded as reckless.", "reckless"));
        assert!(at("The bridge is considered a disgrace.", "disgrace"));
        assert!(at("The bridge was called hideous.", "hideous"));
        assert!(!at("The town has seen a dreadful winter.", "dreadful"));
        // A judging verb's noun form inside the object does not hide the verb.
        assert!(at("Critics called the attack cowardly.", "cowardly"));
        assert!(at(
            "He referred to the attack as a cowardly act.",
            "cowardly"
        ));
        // Active "see ... as": the verdict is the one who sees it, not a question
        // opened by "see whether".
        assert!(at("Many voters see the system as corrupt.", "corrupt"));
        assert!(at("Critics see the deal as a disgrace.", "disgrace"));
        assert!(!at(
            "We will see whether the plan, as bold as it is, will pass.",
            "bold"
        ));
        // Nor a comparison, nor a clause "as" opens after the thing seen happening.
        assert!(!at(
            "Analysts see prices rising as the reckless spending continues.",
            "reckless"
        ));
        assert!(!at(
            "Schools could see their funding slashed as the cruel cuts begin.",
            "cruel"
        ));
        assert!(!at(
            "Residents will see a process known as the disgraceful shuffle.",
            "disgraceful"
        ));
        assert!(!at(
            "Officials see the same risks as the reckless old board did.",
            "reckless"
        ));
        assert!(at("Critics see the ruling party as corrupt.", "corrupt"));
        // "that" as the object's determiner before an "as" or "of" complement.
        assert!(at(
            "The ministers dismissed that report as a shoddy fabrication.",
            "shoddy"
        ));
        assert!(at(
            "Donors were viewing the ads as wonderfully crafted pieces.",
            "wonderfully"
        ));
        // The short clause after "that" of a speech or belief verb with a subject.
        assert!(at(
            "The senator bragged that the new tariff would make farmers wonderfully rich.",
            "wonderfully"
        ));
        assert!(at("Neighbours fear that the tower is hideous.", "hideous"));
        // A clause with no "that" after a verb of saying or believing: its subject's
        // when a finite verb stands in it, not the object of "announced", nor a noun.
        assert!(at("Critics say the plan is reckless.", "reckless"));
        assert!(at(
            "Neighbours believe the tower will be hideous.",
            "hideous"
        ));
        assert!(!at("Officials announced the reckless plan.", "reckless"));
        assert!(!at("The claims are baseless.", "baseless"));
        assert!(!at("I think the tower is hideous.", "hideous"));
        // A clause after "according to" and its source.
        assert!(at(
            "According to critics, the plan is reckless.",
            "reckless"
        ));
        assert!(at(
            "The plan, according to critics, is reckless.",
            "reckless"
        ));
        assert!(!at("In the end, the plan is reckless.", "reckless"));
        // A finding reports its finder's verdict.
        assert!(at(
            "An audit found that the criteria were inappropriate.",
            "inappropriate"
        ));
        // Not what was found at a time: "that" there is a determiner.
        assert!(!at(
            "Divers found that morning a shocking scene at the dock.",
            "shocking"
        ));
        // A clause closed by ", according to X": X's, but not a degree word before a
        // figure, nor a clause that ends elsewhere.
        assert!(at(
            "The new levy is cruel and reckless, according to two economists.",
            "reckless"
        ));
        assert!(at(
            "The new levy is cruel, according to economists at the bank, and will fail.",
            "cruel"
        ));
        assert!(!at(
            "Costs hit a whopping 9 billion, according to the ministry.",
            "whopping"
        ));
        assert!(!at(
            "The levy is cruel, and farmers will pay it, according to the ministry.",
            "cruel"
        ));
        assert!(!at(
            "The levy is cruel, according to the ministry's figures from last spring and the report of the committee.",
            "cruel"
        ));
        // The period of a title inside the reported clause ends nothing.
        assert!(at(
            "The union leader called Mr. Ortiz's plan ill-timed and misguided.",
            "misguided"
        ));
        assert!(at(
            "She said Dr. Lee had made a shameful choice.",
            "shameful"
        ));
        assert!(!at(
            "She met Dr. Lee. It was a shameful choice.",
            "shameful"
        ));
        // The writer's own verdict, a subject left out, or too far from "that".
        assert!(!at("We believe that the tower is hideous.", "hideous"));
        assert!(!at("It is claimed that the tower is hideous.", "hideous"));
        assert!(!at("You could argue that the tower is hideous.", "hideous"));
        assert!(at(
            "Locals have long argued that the tower is hideous.",
            "hideous"
        ));
        // The writer's own verdict, whatever the verb.
        assert!(!at(
            "We have long argued that the tower is hideous.",
            "hideous"
        ));
        assert!(!at("We regard the tower as hideous.", "hideous"));
        assert!(!at("I called the tower hideous.", "hideous"));
        // "considered" as weighed; "saw" as witnessed.
        assert!(!at("Planners considered the hideous tower.", "hideous"));
        assert!(at("The tower is considered hideous.", "hideous"));
        assert!(!at(
            "The town saw heavy rain as a hideous storm moved in.",
            "hideous"
        ));
        assert!(!at(
            "It is easy to claim that the tower is hideous.",
            "hideous"
        ));
        // A long subject stays inside the clause; past CREDITED_AFTER words it is not read.
        assert!(at(
            "Locals said that the old tower by the river in the east of the town near the park is hideous.",
            "hideous"
        ));
        assert!(!at(
            "Locals said that the old grey tower by the wide river in the far east of the small town near the big old park is hideous.",
            "hideous"
        ));
        // A relative "that", a new clause, or another sentence.
        assert!(!at("The tower that rose is hideous.", "hideous"));
        assert!(!at(
            "Locals said that it rose, but it is hideous.",
            "hideous"
        ));
        assert!(!at("Locals said that. It is hideous.", "hideous"));
    }

    /// Texts with every kind of quotation: direct, scare, attributed, titles,
    /// unclosed, single and straight marks, apostrophes.
    const QUOTED_TEXTS: [&str; 7] = [
        "They sent a \u{201c}reassurance\u{201d} force east. \u{201c}It is a disgrace,\u{201d} \
         she said. He called it \u{201c}a disgrace\u{201d} on Monday.",
        "A \"peace\" plan. \"We will win,\" he said. The film \"Meet the Press\" aired. \
         Their \u{2018}reforms\u{2019} failed; the mayor\u{2019}s \u{2018}plan\u{2019}.",
        "\u{201c}Shameless,\u{201d} critics said of the \u{201c}so-called\u{201d} reform, \
         and \u{201c}the radical left wants chaos\u{201d}.\n\u{201c}Unclosed quote runs on",
        "She said \"it's over\" and \"done.\" Then ''hoax'' and 'peace' and \"\" empty.",
        "No quotation here at all.",
        "",
        "\"A\" \"B C\" \"D E F\" \"G H I J\" \u{201c}Title Case Name\u{201d} the word \u{201c}woke\u{201d}.",
    ];

    #[test]
    fn judged_direct_quotes_equal_the_plain_ones() {
        let lex = Lexicon::builtin();
        let mut direct = 0;
        for text in QUOTED_TEXTS {
            let tokens = lex.key_tokens(text);
            let mut quotes = Vec::new();
            crate::text::quotes::find_quotes_into(text, &mut quotes);
            let mut want = Vec::new();
            direct_quotes(text, &tokens, &quotes, &mut want);
            // With the scare-quote scan's verdicts, and with none (all judged again).
            let mut judged = Vec::new();
            let scare = scare_quotes(text, &tokens, &mut judged);
            assert!(judged.windows(2).all(|w| w[0].1 < w[1].1), "{text:?}");
            assert_eq!(judged.iter().filter(|j| j.2).count(), scare.len());
            for verdicts in [&judged[..], &[]] {
                let mut got = vec![(1, 2)];
                direct_quotes_judged(text, &tokens, &quotes, verdicts, &mut got);
                assert_eq!(got, want, "{text:?}");
            }
            // The lexicon's voices from the shared quotations are the plain ones.
            let mut got = Vec::new();
            let found = lex.find_in_tokens_direct(text, &tokens, &quotes, Detail::Full, &mut got);
            assert_eq!(got, want, "{text:?}");
            let mut plain = found.terms.clone();
            for t in plain.iter_mut() {
                t.voice = Voice::Outlet;
            }
            assign_voices(text, &tokens, &quotes, &mut plain);
            assert_eq!(found.terms, plain, "{text:?}");
            assert_eq!(
                found,
                lex.find_in_tokens(text, &tokens, &quotes, Detail::Full)
            );
            direct += want.len();
        }
        assert!(direct >= 4, "direct quotations: {direct}");
    }

    #[test]
    fn judging_verbs_by_map_equal_the_lists() {
        let mut seen = 0;
        for (_, list) in JUDGING_VERBS {
            for w in list {
                for form in [
                    w.to_string(),
                    format!("{w}s"),
                    format!("{w}ed"),
                    w[1..].to_string(),
                ] {
                    assert_eq!(reporting_verb(&form), reporting_verb_plain(&form), "{form}");
                    seen += usize::from(reporting_verb(&form).is_some());
                }
            }
        }
        for w in ["", "said", "Called", "as", "of", "attack", "accused"] {
            assert_eq!(reporting_verb(w), reporting_verb_plain(w), "{w}");
        }
        assert_eq!(reporting_verb("called"), Some(Reporting::Direct));
        assert_eq!(reporting_verb("described"), Some(Reporting::As));
        assert_eq!(reporting_verb("accused"), Some(Reporting::Of));
        assert!(seen > 100, "{seen}");
        // Reported voices with either agree.
        for text in QUOTED_TEXTS.iter().chain(&[
            "Rivals called the merger disgusting and described the plan as reckless.",
            "Farmers accused the ministry of shameless favouritism; critics slammed it.",
            "The firm claims to be a pioneer; rivals are seen as reckless and was deemed vile.",
            "The chef boasted that his soup was the most glorious dish; we think that it is awful.",
        ]) {
            let tokens = Lexicon::builtin().key_tokens(text);
            let mut fast = Lexicon::builtin().find(text);
            let mut plain = fast.clone();
            reported_voices(text, &tokens, &mut fast);
            reported_voices_plain(text, &tokens, &mut plain);
            assert_eq!(fast, plain, "{text:?}");
        }
    }

    #[test]
    fn the_words_between_a_speech_verb_and_its_clause_are_the_outlets() {
        let voice = reported_voice;
        let (o, q) = (Voice::Outlet, Voice::Quoted);
        // When, where and to whom it was said: the clause after "that" is still the
        // speaker's, the adjunct the outlet's.
        for (text, adjunct) in [
            (
                "The mayor said in a racist post that the plan was a disgrace.",
                Some("racist"),
            ),
            (
                "The mayor said, in a bizarre rant, that the plan was a disgrace.",
                Some("bizarre"),
            ),
            (
                "The mayor wrote in a scathing column that the plan was a disgrace.",
                Some("scathing"),
            ),
            ("The mayor said Sunday that the plan was a disgrace.", None),
            (
                "The mayor told reporters on Sunday that the plan was a disgrace.",
                None,
            ),
            (
                "The mayor said during a tirade that the plan was a disgrace.",
                Some("tirade"),
            ),
        ] {
            assert_eq!(voice(text, "disgrace"), q, "{text}");
            if let Some(w) = adjunct {
                assert_eq!(voice(text, w), o, "{text}");
            }
        }
        // After the clause, where it was said is the outlet's description too.
        let text = "The mayor said the plan was a disgrace in a racist post on Sunday.";
        assert_eq!((voice(text, "disgrace"), voice(text, "racist")), (q, o));
        let text = "Rivals called the plan a disgrace in a bizarre rant.";
        assert_eq!((voice(text, "disgrace"), voice(text, "bizarre")), (q, o));
        // A verb right after "that" makes it a relative pronoun: no clause is reported.
        let text = "The mayor spoke at a news conference that was a disgrace.";
        assert_eq!(voice(text, "disgrace"), o);
        let text = "The mayor said at a news conference that was a disgrace.";
        assert_eq!(voice(text, "disgrace"), o);
        // Not across a new clause or a lone comma.
        let text = "The mayor said nothing, and in the end that plan was a disgrace.";
        assert_eq!(voice(text, "disgrace"), o);
    }

    #[test]
    fn paraphrase_after_a_participle_a_listener_or_before_a_trailing_cue_is_the_sources() {
        let voice = reported_voice;
        let reported = [
            // A participle after its clause's comma, with or without "that"; "that's"
            // and "that amounts" are the reported clause's subject and verb.
            (
                "The governor vetoed the bill, saying that's what the corrupt cartel wants.",
                "corrupt",
            ),
            (
                "The union turned the offer down, saying that amounts to amnesty.",
                "amnesty",
            ),
            (
                "The union turned the offer down, saying it was reckless.",
                "reckless",
            ),
            (
                "The board quit, warning in a letter that the merger was a disgrace.",
                "disgrace",
            ),
            // The listener after "to".
            (
                "The minister admitted to the newspaper that the rollout was reckless.",
                "reckless",
            ),
            (
                "The aide confided to colleagues that the audit was a disgrace.",
                "disgrace",
            ),
            // A trailing attribution credits its clause.
            ("The deal was a disgrace to voters, he implied.", "disgrace"),
            ("The levy is a reckless gamble, critics say.", "reckless"),
            (
                "The levy is a reckless gamble, said the union's treasurer.",
                "reckless",
            ),
            (
                "The levy was reckless, the treasurer told reporters on Monday.",
                "reckless",
            ),
            // A noun of the clause's shape ("the suspect was") is passed over.
            ("Police said the suspect was reckless.", "reckless"),
            ("Police said the fear was reckless.", "reckless"),
            // A belief verb whose clause's verb comes after the word.
            (
                "Many fear this reckless scheme could be used against tenants.",
                "reckless",
            ),
            ("Critics say the reckless levy will fail.", "reckless"),
        ];
        for (text, w) in reported {
            assert_eq!(voice(text, w), Voice::Quoted, "{text}");
        }
        let own = [
            // The writer's participle, an inference, a factive.
            (
                "We turned the offer down, saying it was reckless.",
                "reckless",
            ),
            (
                "Ten percent agree, suggesting that the levy is reckless.",
                "reckless",
            ),
            (
                "The mayor signed, knowing that the levy was reckless.",
                "reckless",
            ),
            // "to" before a noun that a relative clause describes.
            (
                "The clerk admitted to crimes that were a disgrace.",
                "disgrace",
            ),
            // Before a trailing attribution, the outlet's description of a noun.
            (
                "The reckless levy passed, the treasurer told reporters on Monday.",
                "reckless",
            ),
            (
                "The reckless levy, the treasurer said, will pass.",
                "reckless",
            ),
            // Not a trailing attribution: the writer, a clause of its own after the
            // verb, a quotation or a second verb it introduces, no speaker's noun phrase.
            ("The levy is a reckless gamble, I think.", "reckless"),
            (
                "The levy is a reckless gamble, officials say the cost is high.",
                "reckless",
            ),
            (
                "In a reckless aside, he said, \u{201c}We quit.\u{201d}",
                "reckless",
            ),
            ("In a reckless aside, she said: no.", "reckless"),
            (
                "The mayor posted a reckless claim, then deleted it.",
                "reckless",
            ),
            (
                "It made the town more reckless, more racially charged, and poorer.",
                "reckless",
            ),
            (
                "When he makes a reckless turn, she tells him he is fine.",
                "reckless",
            ),
            (
                "His reckless aide, trying to help, said Tuesday: nothing.",
                "reckless",
            ),
            // A noun, not a verb of belief; a verb of telling with an object.
            (
                "Where once fear of the reckless levy was common, it faded.",
                "reckless",
            ),
            (
                "He told the reckless officials they would be fired.",
                "reckless",
            ),
        ];
        for (text, w) in own {
            assert_eq!(voice(text, w), Voice::Outlet, "{text}");
        }
    }

    #[test]
    fn points_of_view_relative_verdicts_and_forecasts_are_the_sources() {
        let voice = reported_voice;
        let quoted = [
            // A source's point of view opening the sentence.
            (
                "As she saw it, the party had become complicit in the scheme.",
                "complicit",
            ),
            ("As the mayor tells it, the plan is reckless.", "reckless"),
            ("In his view, the plan is reckless.", "reckless"),
            ("Democracy, in the senator's words, is a sham.", "sham"),
            (
                "To Okafor, the rise is less about propaganda on social media.",
                "propaganda",
            ),
            ("To many voters, the plan is reckless.", "reckless"),
            (
                "Even for them, who have long viewed his manners as grotesque, it is sad.",
                "grotesque",
            ),
            (
                "His remarks were interpreted as insensitive.",
                "insensitive",
            ),
            // "saw ... as" with nothing after the verdict in its clause.
            (
                "Some voters saw the movement as divisive, or worse.",
                "divisive",
            ),
            // The relative word is the judging verb's object.
            (
                "The inquiry, which Trump has repeatedly called a witch hunt, ended.",
                "witch hunt",
            ),
            (
                "The separations that critics branded as cruel went on.",
                "cruel",
            ),
            // A modal's clause before a closing attribution.
            (
                "The cuts would trigger a crippling recession, economists say.",
                "crippling",
            ),
        ];
        for (text, w) in quoted {
            assert_eq!(voice(text, w), Voice::Quoted, "{text}");
        }
        let own = [
            (
                "As I see it, the party had become complicit in the scheme.",
                "complicit",
            ),
            ("In my view, the plan is reckless.", "reckless"),
            ("To date, the plan is reckless.", "reckless"),
            (
                "Even for me, who has long viewed his manners as grotesque, it is sad.",
                "grotesque",
            ),
            ("To be sure, the plan is reckless.", "reckless"),
            // Mid-sentence, "as X put it" sums up the words before it.
            (
                "The theory, as the Post put it, is the likely cause of his shameful outburst.",
                "shameful",
            ),
            ("The plan, which we called a sham, failed.", "sham"),
            ("The plan that we called reckless failed.", "reckless"),
            (
                "The town saw heavy rain as a horrendous storm moved in.",
                "horrendous",
            ),
            // A past fact before the attribution stays the outlet's account.
            (
                "The cuts triggered a crippling recession, economists say.",
                "crippling",
            ),
            // The modal stands inside a quotation before the word.
            (
                "“This could bite” compared with his other reckless remarks, she says.",
                "reckless",
            ),
        ];
        for (text, w) in own {
            assert_eq!(voice(text, w), Voice::Outlet, "{text}");
        }
    }

    #[test]
    fn points_of_view_and_forecasts_read_no_voice_into_look_alikes_and_odd_input() {
        let voices = |t: &str| -> Vec<(String, Voice)> {
            let mut terms = Lexicon::builtin().find(t);
            reported_voices(t, &Lexicon::builtin().key_tokens(t), &mut terms);
            terms.into_iter().map(|m| (m.text, m.voice)).collect()
        };
        // Short or empty openings before a comma: no owner, holder or verb to read.
        for t in [
            "In, the plan is reckless.",
            "In, it was a reckless plan.",
            "To, the plan is reckless.",
            "As it, the plan is reckless.",
            "In his view",
            "To,",
            "As it,",
            "In",
            ",",
            "",
        ] {
            assert!(
                voices(t).iter().all(|(_, v)| *v == Voice::Outlet),
                "{t}: {:?}",
                voices(t)
            );
        }
        let of = |t: &str, w: &str| voices(t).into_iter().find(|(x, _)| x == w).map(|x| x.1);
        for t in [
            // A name, a month or a noun, not a modal.
            "Will Smith gave a shameful speech, critics said.",
            "The vote in May drew a shameful turnout, officials said.",
            "The plan opened a can of shameful excuses, critics said.",
            // Openings that hold no one's view.
            "To Washington's surprise, the plan was reckless.",
            "To her surprise, the plan was reckless.",
            "As the sun set, the plan was reckless.",
            "As it turned out, the plan was reckless.",
            "In his words and deeds, the plan was reckless.",
            // "as" of time after "seeing" and "saw", its verb before the word.
            "Police, seeing the crowd as it turned reckless, moved in.",
            "Police saw the crowd as it grew reckless and moved in.",
        ] {
            let w = if t.contains("shameful") {
                "shameful"
            } else {
                "reckless"
            };
            assert_eq!(of(t, w), Some(Voice::Outlet), "{t}: {:?}", voices(t));
        }
        // The modal itself still gives the forecast to the source.
        assert_eq!(
            of(
                "Smith will give a shameful speech, critics said.",
                "shameful"
            ),
            Some(Voice::Quoted)
        );
    }

    #[test]
    fn after_according_to_only_the_predicate_is_the_sources() {
        let voice = reported_voice;
        let text = "According to the report, the shadowy group paid the lobbyists.";
        assert_eq!(voice(text, "shadowy"), Voice::Outlet);
        let text = "According to critics, the plan is reckless.";
        assert_eq!(voice(text, "reckless"), Voice::Quoted);
        let text = "According to the budget office, the deficit was a whopping 2 trillion dollars.";
        assert_eq!(voice(text, "whopping"), Voice::Outlet);
        let text = "According to critics, the mayor shamelessly misled voters.";
        assert_eq!(voice(text, "shamelessly"), Voice::Quoted);
    }

    #[test]
    fn an_opening_infinitive_and_this_are_the_writer() {
        assert!(!reported_at(
            "To call it a disgrace would be an understatement.",
            "disgrace"
        ));
        assert!(reported_at(
            "Critics were quick to call it a disgrace.",
            "disgrace"
        ));
        assert!(!reported_at(
            "This suggests that the plan is reckless.",
            "reckless"
        ));
        assert!(reported_at(
            "The study suggests that the plan is reckless.",
            "reckless"
        ));
        // With no "that" as well; a suggested object is no clause.
        assert!(reported_at(
            "His backers suggested the timing was an act of treachery.",
            "treachery"
        ));
        assert!(!reported_at(
            "She suggested a reckless plan to the board.",
            "reckless"
        ));
    }

    #[test]
    fn as_verdicts_past_a_long_object_and_naming_after_as_are_the_sources() {
        let voices = |t: &str| -> Vec<(String, Voice)> {
            let mut terms = Lexicon::builtin().find(t);
            reported_voices(t, &Lexicon::builtin().key_tokens(t), &mut terms);
            terms.into_iter().map(|m| (m.text, m.voice)).collect()
        };
        // The verdict right after "as", however long the object before it.
        let got = voices("The ministry has described the army's conduct of the whole campaign in the north as genocide.");
        assert!(got.contains(&("genocide".into(), Voice::Quoted)), "{got:?}");
        let got = voices("Ankara views the armed Kurdish groups across the border as terrorists.");
        assert!(
            got.contains(&("terrorists".into(), Voice::Quoted)),
            "{got:?}"
        );
        // Past the near window, a word that is not the complement of "as" stays the outlet's.
        let got =
            voices("The ministry described the army's conduct as lawful in a brutal statement.");
        assert!(got.contains(&("brutal".into(), Voice::Outlet)), "{got:?}");
        // "as well as" compares; it reports no verdict.
        let got = voices("The mayor described the plan, cheap as well as reckless, on Friday.");
        assert!(got.contains(&("reckless".into(), Voice::Outlet)), "{got:?}");
        // A marked name after "as" is the source's choice; elsewhere the outlet's.
        let got = voices("The authorities described the men as rioters.");
        assert!(got.contains(&("rioters".into(), Voice::Quoted)), "{got:?}");
        let got = voices("Police told the rioters to leave the square.");
        assert!(got.contains(&("rioters".into(), Voice::Outlet)), "{got:?}");
    }

    #[test]
    fn possessives_are_left_out_of_a_flag_and_plural_ones_join_a_phrase() {
        assert!(has(
            "The regime's guards beat the students.",
            "regime",
            "epithet"
        ));
        assert!(has(
            "The regime’s guards beat the students.",
            "regime",
            "epithet"
        ));
        assert!(!found("The regime's guards beat the students.")
            .iter()
            .any(|(t, _, _)| t.ends_with('s') && t.contains('\'')));
        // A plural possessive inside a phrase entry: "rogues' gallery".
        assert!(has(
            "The council is a rogues' gallery of tyrannies.",
            "rogues' gallery",
            "epithet"
        ));
        // A single quote that closes a title before a capital joins nothing.
        assert!(
            !found("He read 'Obama's Secret Wars' Against Terror' twice.")
                .iter()
                .any(|(t, _, _)| t.contains("' "))
        );
    }

    /// Odd texts at the edges of the possessive, "as", Arabic-name and adjunct rules.
    const EDGE_TEXTS: &[&str] = &[
        "",
        "as",
        "As",
        "as as as",
        "that",
        "said that",
        "said in a rant that",
        "in a rant",
        "According to critics,",
        "To",
        "described the men as",
        "as rioters",
        "\u{2019}s",
        "'s",
        "regime's",
        "The regime\u{2019}s",
        "The REGIME'S",
        "rogues'",
        "rogues' gallery",
        "rogues\u{2019} gallery",
        "rogues'  gallery",
        "rogues' \u{2019}gallery",
        "al-",
        "-Sham",
        "al-Sham",
        "ash-Sham.",
        "as-\u{e9}",
        "al-\u{c9}lite sham",
        "al\u{2011}Sham",
        "The mayor said, in a bizarre rant, that",
        "The mayor said, in a bizarre rant that",
        "Critics described the F\u{fc}hrer\u{2019}s regime as",
        "\u{201c}Critics called it a disgrace\u{2019}s\u{201d} as a sham\u{2019}",
        "said on \u{e9}t\u{e9} \u{2014} that the plan was a disgrace",
    ];

    #[test]
    fn edge_texts_neither_panic_nor_split_characters_and_fast_voices_equal_plain() {
        for text in EDGE_TEXTS {
            // `found` checks each span's text against the offsets and their order.
            found(text);
            let tokens = Lexicon::builtin().key_tokens(text);
            let mut fast = Lexicon::builtin().find(text);
            let mut plain = fast.clone();
            reported_voices(text, &tokens, &mut fast);
            reported_voices_plain(text, &tokens, &mut plain);
            assert_eq!(fast, plain, "{text:?}");
            for t in &fast {
                assert!(t.start < t.end && text.is_char_boundary(t.end), "{text:?}");
            }
            for i in 0..tokens.len() {
                verdict_after_as(text, &tokens, i);
                in_channel_adjunct(text, &tokens, i);
                cue_across_adjunct(text, &tokens, i);
                by_the_writer(text, &tokens, i);
            }
        }
        // A possessive alone, or a word that is only the mark, keeps its span.
        assert_eq!(without_possessive("'s", 0, 2), 2);
        assert_eq!(without_possessive("x\u{2019}s", 0, 5), 1);
        assert_eq!(without_possessive("x\u{2019}S", 0, 5), 1);
        // An apostrophe that is no plural possessive joins nothing.
        assert!(!plural_possessive("rogues", "'", "gallery"));
        assert!(!plural_possessive("rogue", "' ", "gallery"));
        assert!(!plural_possessive("rogues", "' ", ""));
        assert!(plural_possessive("rogues", "\u{2019} ", "gallery"));
        // An article alone, or before no capital, is no Arabic name.
        for w in [
            "al-",
            "-Sham",
            "al-sham",
            "as-is",
            "al",
            "",
            "Al-Sham",
            "al-\u{e9}",
        ] {
            assert!(!arabic_name(w), "{w}");
        }
        for w in [
            "al-Sham",
            "ash-Sham",
            "el-Sisi",
            "al-\u{c9}",
            "al\u{2011}Sham",
        ] {
            assert!(arabic_name(w), "{w}");
        }
    }

    #[test]
    fn arabic_names_with_their_article_are_not_split_into_judging_parts() {
        assert!(found("Fighters of Jabhat Fateh ash-Sham took the town.").is_empty());
        assert!(found("Fighters of Hayat Tahrir al-Sham took the town.").is_empty());
        assert!(found("Fighters of Hayat Tahrir al\u{2011}Sham took the town.").is_empty());
        // A lowercase compound is still read by its parts.
        assert!(has(
            "It was a sham-election.",
            "sham-election",
            "intensifier"
        ));
    }

    #[test]
    fn foreign_affairs_epithets_hyperbole_praise_and_naming() {
        // Tabloid "terror" before a word for an armed group or a state.
        assert!(has(
            "The terror army seized the town.",
            "terror army",
            "epithet"
        ));
        assert!(has(
            "The terror regime in the capital vowed revenge.",
            "terror regime",
            "epithet"
        ));
        assert!(found("The terror attack killed nine; terror suspects were held.").is_empty());
        // Iran's rulers as "the ayatollahs"; not clerics of that rank.
        assert!(has(
            "The deal puts cash in the hands of the ayatollahs.",
            "ayatollahs",
            "epithet"
        ));
        assert!(found("Several senior ayatollahs attended the funeral.").is_empty());
        // A gulag as hyperbole; not the Soviet camps of history.
        assert!(has(
            "The island is a one-party state with a gulag.",
            "gulag",
            "intensifier"
        ));
        assert!(found("His grandfather spent ten years in the Gulag.").is_empty());
        assert!(has(
            "The cartel's tentacles reach into every port.",
            "tentacles",
            "intensifier"
        ));
        assert!(found("The octopus wrapped its tentacles around the crab.").is_empty());
        assert!(has(
            "The riot became an orgy of violence.",
            "orgy of",
            "intensifier"
        ));
        assert!(has(
            "The aid went down a rat hole.",
            "rat hole",
            "intensifier"
        ));
        assert!(has(
            "The group is an apocalyptic death cult.",
            "death cult",
            "epithet"
        ));
        assert!(has(
            "They blamed the ChiComs for the outbreak.",
            "ChiComs",
            "epithet"
        ));
        assert!(has(
            "The brave freedom fighters held the pass.",
            "freedom fighters",
            "praise"
        ));
        assert!(has(
            "Nixon flew to Red China in 1972.",
            "Red China",
            "naming"
        ));
        assert!(found("Nixon flew to China in 1972.").is_empty());
    }

    #[test]
    fn reported_voices_leave_verbs_and_naming_to_the_outlet() {
        let voices = |t: &str| -> Vec<(String, Voice)> {
            let mut terms = Lexicon::builtin().find(t);
            reported_voices(t, &Lexicon::builtin().key_tokens(t), &mut terms);
            terms.into_iter().map(|m| (m.text, m.voice)).collect()
        };
        let got = voices("Rivals called him a crank and called it Kiev.");
        assert!(got.contains(&("crank".into(), Voice::Quoted)), "{got:?}");
        assert!(got.contains(&("Kiev".into(), Voice::Outlet)), "{got:?}");
        let got = voices("Rivals called it a hoax and claiming otherwise was easy.");
        assert!(got.contains(&("hoax".into(), Voice::Quoted)), "{got:?}");
        assert!(got.contains(&("claiming".into(), Voice::Outlet)), "{got:?}");
        // A charged speech verb is the outlet's word; the clause it reports is not.
        let got = voices("The mayor boasted that the scheme was a disgrace to rivals.");
        assert!(got.contains(&("boasted".into(), Voice::Outlet)), "{got:?}");
        assert!(got.contains(&("disgrace".into(), Voice::Quoted)), "{got:?}");
        // Adjectives that end like a verb form are verdicts, the source's when reported;
        // the same word in the writer's own sentence stays the outlet's.
        let got = voices("The spokesman called the claims unfounded and misleading.");
        assert!(
            got.contains(&("unfounded".into(), Voice::Quoted)),
            "{got:?}"
        );
        assert!(
            got.contains(&("misleading".into(), Voice::Quoted)),
            "{got:?}"
        );
        let got = voices("The claims were unfounded.");
        assert!(
            got.contains(&("unfounded".into(), Voice::Outlet)),
            "{got:?}"
        );
    }

    #[test]
    fn genres_crashes_of_markets_literal_dangers_and_nouns_of_confession_are_plain() {
        flagged_then_not(&[
            (
                "The senator issued apocalyptic warnings about the bill.",
                "apocalyptic",
                "The scholar studies apocalyptic literature and apocalyptic thought.",
            ),
            (
                "The campaign staff had a full meltdown on Tuesday.",
                "meltdown",
                "Banks failed in the financial meltdown and the mortgage meltdown.",
            ),
            (
                "The senator's dangerous rhetoric alarmed the aides.",
                "dangerous",
                "Officers ended a dangerous pursuit; her blood pressure was dangerously high.",
            ),
            (
                "The treacherous aide sold the secrets.",
                "treacherous",
                "Rescuers crossed treacherous terrain and treacherous waters.",
            ),
            (
                "The senator said his fame would soar after the rally.",
                "soar",
                "The office said the health care tab will soar next year.",
            ),
            (
                "The overwhelming hysteria spread through the town.",
                "overwhelming",
                "Masks kept the cases from overwhelming the hospitals.",
            ),
            (
                "Officials call the barrier a security fence.",
                "security fence",
                "He voted for the Secure Fence Act and new security fencing.",
            ),
            (
                "The senator pushed open borders again.",
                "open borders",
                "Talks on opening border crossings resumed.",
            ),
            (
                "The plan sounds proper but is, in fact, a disaster.",
                "in fact",
                "In fact, the bill places limits on new loans.",
            ),
            (
                "The mayor glosses over the fact that crime rose.",
                "the fact that",
                "Despite the fact that it rained, the fair opened.",
            ),
            (
                "The pledge was a transparent ploy.",
                "transparent",
                "The board promised a transparent process.",
            ),
            (
                "She is a widely respected judge.",
                "respected",
                "It had to be someone he respected, a leader they had respected.",
            ),
            (
                "The treasurer confessed that the books were cooked.",
                "confessed",
                "The detectives were accused of forcing confessions and a video confession.",
            ),
        ]);
    }

    #[test]
    fn careful_processes_verbs_and_plain_measures_beside_their_judging_twins() {
        flagged_then_not(&[
            (
                "It has been thoroughly discredited.",
                "thoroughly",
                "The figures were not thoroughly vetted and the ward was thoroughly cleaned.",
            ),
            (
                "Critics mocked her for daring to speak.",
                "daring",
                "Republicans are daring the speaker to act; I was not daring to speak.",
            ),
            (
                "The overwhelming hysteria spread.",
                "overwhelming",
                "Police had an overwhelming police presence and replied with overwhelming force.",
            ),
            (
                "It was a disturbing trend, and disturbingly common.",
                "disturbing",
                "They were charged with disturbing the peace and disturbing their neighbors.",
            ),
            (
                "She was a consummate politician.",
                "consummate",
                "They met to consummate a trade deal and will consummate the merger.",
            ),
            (
                "They demand absolute obedience.",
                "absolute",
                "No model gives absolute certainty.",
            ),
            (
                "Ryan's war on the poor goes on.",
                "war on",
                "The trade war on farmers went on, a war on multiple fronts.",
            ),
        ]);
    }

    #[test]
    fn reported_clauses_hold_relatives_of_quantity_and_verdicts_of_rejection() {
        let voices = |t: &str| -> Vec<(String, Voice)> {
            let mut terms = Lexicon::builtin().find(t);
            reported_voices(t, &Lexicon::builtin().key_tokens(t), &mut terms);
            terms.into_iter().map(|m| (m.text, m.voice)).collect()
        };
        // A relative "that" after "all" is inside the clause "says" reports; in the
        // writer's own sentence the same words stay the outlet's.
        let got = voices("Goss says the excuse is at the core of all that is dysfunctional.");
        assert_eq!(got, [("dysfunctional".into(), Voice::Quoted)]);
        let got = voices("The excuse is at the core of all that is dysfunctional.");
        assert_eq!(got, [("dysfunctional".into(), Voice::Outlet)]);
        // "rejected X as Y": the verdict is the subject's; a rejected thing's own
        // description is the outlet's.
        let got = voices("The White House rejected the charge as frivolous and dangerous.");
        assert_eq!(got, [("dangerous".into(), Voice::Quoted)]);
        let got = voices("Voters rejected the dangerous plan.");
        assert_eq!(got, [("dangerous".into(), Voice::Outlet)]);
        // What a source warned of, and a verdict after "is if" in a reported clause.
        let got = voices("Those who warned of catastrophe were ignored.");
        assert_eq!(got, [("catastrophe".into(), Voice::Quoted)]);
        let got = voices("The warning signs of a catastrophe grew.");
        assert_eq!(got, [("catastrophe".into(), Voice::Outlet)]);
        let got = voices("He has said that the only way he can lose is if the election is stolen.");
        assert_eq!(got, [("stolen".into(), Voice::Quoted)]);
        // A speaker set off from the verb by a relative clause between commas still
        // reports the clause after it; without a verb of saying the words are the outlet's.
        let got =
            voices("Greg Hale, who runs the range most weekends, says the law is disgraceful.");
        assert_eq!(got, [("disgraceful".into(), Voice::Quoted)]);
        // The speaker as the text's very first word.
        let got = voices("Hale, who runs the range most weekends, says the law is disgraceful.");
        assert_eq!(got, [("disgraceful".into(), Voice::Quoted)]);
        let got = voices(", who runs it, says the law is disgraceful.");
        assert_eq!(got, [("disgraceful".into(), Voice::Outlet)]);
        let got = voices("The agency, which runs the prisons, said the inmates were thugs.");
        assert_eq!(got, [("thugs".into(), Voice::Quoted)]);
        let got = voices("Greg Hale, who runs the range, calls the disgraceful law a relic.");
        assert_eq!(
            got,
            [
                ("disgraceful".into(), Voice::Outlet),
                ("relic".into(), Voice::Quoted)
            ]
        );
        let got = voices("In the end, the law is disgraceful.");
        assert_eq!(got, [("disgraceful".into(), Voice::Outlet)]);
        // The content of someone's views is theirs, as that of a claim.
        let got = voices("Senators cited their views that the probe was a farce.");
        assert_eq!(got, [("farce".into(), Voice::Quoted)]);
        // Words a source is cited for are a partial quotation, not scare quotes.
        let cats = |t: &str| found(t).into_iter().map(|g| g.1).collect::<Vec<_>>();
        assert!(!cats("Obama cited her \"remarkable results.\"").contains(&"scare_quote"));
        assert!(
            cats("Voters doubt the \"great\" economy he keeps bragging about.")
                .contains(&"scare_quote")
        );
    }

    #[test]
    fn figurative_hostage_brink_dry_and_exploded_need_their_context() {
        let any = |t: &str, w: &str| found(t).iter().any(|g| g.0 == w);
        // Held hostage: an abstract thing held, not people by captors.
        assert!(has(
            "The caucus is holding the farm bill hostage over tariffs.",
            "hostage",
            "intensifier"
        ));
        assert!(!any(
            "Pirates held the crew hostage for a month.",
            "hostage"
        ));
        assert!(!any(
            "The rebels are holding two engineers hostage.",
            "hostage"
        ));
        assert!(!any("Troops freed a hostage on Friday.", "hostage"));
        assert!(!any(
            "Three dozen diners were taken hostage when gunmen stormed in.",
            "hostage"
        ));
        assert!(!any(
            "A cleric had been holding hostages inside.",
            "hostages"
        ));
        // To the brink, but not of extinction.
        assert!(has(
            "The strike pushed the port to the brink of closure.",
            "to the brink",
            "intensifier"
        ));
        assert!(!any(
            "Whalers hunted the species to the brink of extinction.",
            "to the brink"
        ));
        // Bleeding someone dry.
        assert!(has(
            "Landlords are bleeding tenants dry.",
            "dry",
            "intensifier"
        ));
        assert!(!any("The paint was dry by noon.", "dry"));
        // Figures that explode are hyperbole; a boiler that explodes is not.
        assert!(has(
            "Rents have exploded in the suburbs.",
            "exploded",
            "intensifier"
        ));
        assert!(!any("A boiler exploded in the basement.", "exploded"));
        // An assault on values, not on a person.
        assert!(has(
            "It is an assault on press freedom.",
            "assault",
            "intensifier"
        ));
        assert!(!any(
            "He was charged with assault on a bus driver.",
            "assault"
        ));
        assert!(!any(
            "The sexual assault on a student was reported.",
            "assault"
        ));
        assert!(!any(
            "Lawmakers debated assault weapons and the right to bear arms.",
            "assault"
        ));
        // Buried: hiding a record, not burying the dead.
        assert!(has(
            "The agency buried the audit for a year.",
            "buried",
            "charged_verb"
        ));
        assert!(!any("Villagers buried the victims on Sunday.", "buried"));
        assert!(has(
            "Her rivals ran a scorched-earth race.",
            "scorched-earth",
            "intensifier"
        ));
    }

    #[test]
    fn headline_verbs_and_ducking_by_their_subject_and_object() {
        let any = |t: &str, w: &str| found(t).iter().any(|g| g.0 == w);
        assert!(has(
            "Senator slams insurers over premiums",
            "slams",
            "charged_verb"
        ));
        assert!(has(
            "Mayor blasts council over budget",
            "blasts",
            "charged_verb"
        ));
        assert!(has(
            "Governor rips lawmakers on spending",
            "rips",
            "charged_verb"
        ));
        assert!(has("Democrats rip new tariff plan", "rip", "charged_verb"));
        assert!(has(
            "Union torches airline over pay offer",
            "torches",
            "charged_verb"
        ));
        assert!(has(
            "Minister lashes out at critics",
            "lashes out",
            "charged_verb"
        ));
        // Nouns and literal uses are left alone.
        assert!(!any("Rivals tore the plan to shreds.", "shreds"));
        assert!(has("Judge shreds agency's rule", "shreds", "charged_verb"));
        assert!(!any("Two blasts shook the harbor on Monday.", "blasts"));
        assert!(!any("The storm rips roofs off barns.", "rips"));
        assert!(!any("A wave slams into the pier.", "slams"));
        assert!(!any("Divers found a rip in the hull.", "rip"));
        // Ducking questions is a charged verb; ducking debris is not.
        assert!(has(
            "The mayor ducked questions on the deal.",
            "ducked",
            "charged_verb"
        ));
        assert!(!any("Spectators ducked as the ball flew past.", "ducked"));
        // Fired back: the wire's verb for a retort (session 61), as with guns.
        assert!(!any("The senator fired back at her critics.", "fired back"));
        assert!(!any(
            "Police fired back and the suspect fled.",
            "fired back"
        ));
    }

    #[test]
    fn standard_terms_and_names_are_not_loaded() {
        let any = |t: &str, w: &str| found(t).iter().any(|g| g.0 == w);
        // "illegal immigration" is the wire-service term for the act; the name
        // for people is still marked.
        assert!(!any(
            "The bill targets illegal immigration.",
            "illegal immigration"
        ));
        assert!(has(
            "The bill targets illegal immigrants.",
            "illegal immigrants",
            "naming"
        ));
        assert!(has("He backed amnesty for them.", "amnesty", "naming"));
        assert!(!any("Amnesty applicants filed forms in 1987.", "Amnesty"));
        assert!(!any("He was charged after he exposed himself.", "exposed"));
        assert!(has(
            "The memo exposed the cover-up.",
            "exposed",
            "presupposing"
        ));
        assert!(!any(
            "Russia meddled in the election, the report said.",
            "meddled"
        ));
        // Hedges of ordinary reporting; the noun is not the verb's stem.
        assert!(!any(
            "He was allegedly driving drunk, police said.",
            "allegedly"
        ));
        assert!(!any("It appears the vote will be delayed.", "It appears"));
        assert!(!any("Speculation grew before the vote.", "Speculation"));
        // "Speculated" is the wire's verb for a guess reported as one (session 67).
        assert!(!any("Aides speculated about a run.", "speculated"));
        assert!(has("The plan is reportedly dead.", "reportedly", "hedge"));
        assert!(!any(
            "The ad fed a culture war over schools.",
            "culture war"
        ));
        // A judging word capitalised inside a sentence is part of a name.
        assert!(!any(
            "The tanker Kokuka Courageous was hit near the strait.",
            "Courageous"
        ));
        assert!(!any(
            "He spoke with CNN's Dana Bash after the vote.",
            "Bash"
        ));
        // A hyphenated word capitalised by an acronym is no name.
        assert!(any(
            "Schools in COVID-19-ravaged cities stayed shut this spring.",
            "COVID-19-ravaged"
        ));
        // The prose around a name is read beyond the name's other capitalised words.
        assert!(!any(
            "The story appeared in the Washington Free Beacon on Monday.",
            "Beacon"
        ));
        assert!(!any(
            "He was awarded the Medal for Distinguished Public Service.",
            "Distinguished"
        ));
        // A preposition of four letters or more is lowercase in a title-case headline too.
        assert!(has(
            "Senate Passes Bold Plan to Rebuild Roads and Bridges with Tolls",
            "Bold",
            "praise"
        ));
        assert!(has(
            "Courageous nurses stayed on the ward.",
            "Courageous",
            "praise"
        ));
        assert!(
            has(
                "His claim was FAKE, the senator said.",
                "FAKE",
                "presupposing"
            ) || any("His claim was FAKE, the senator said.", "FAKE")
        );
        // A title-case headline keeps its verbs.
        assert!(has(
            "Senator Slams Insurers Over Premiums",
            "Slams",
            "charged_verb"
        ));
        // A label or name-calling word inside a name of several capitalised words
        // is part of the name; on its own, before a name or after a function word it
        // is still the outlet's label.
        assert!(!any(
            "The parody channel Screen Junkies posted a new video on Friday.",
            "Junkies"
        ));
        assert!(!any(
            "The lawmaker joined the Congressional Pro-Life Caucus in his first term.",
            "Pro-Life"
        ));
        // After an acronym, or after a capitalised word and "for", inside a name too.
        assert!(!any(
            "The president of NARAL Pro-Choice America spoke on Monday.",
            "Pro-Choice"
        ));
        assert!(!any(
            "Backers included Marylanders for Marriage Equality and the unions.",
            "Marriage Equality"
        ));
        assert!(has("Democrats Push for Amnesty", "Amnesty", "naming"));
        assert!(has(
            "The video was posted by some smack junkies downtown.",
            "junkies",
            "epithet"
        ));
        assert!(has(
            "He kept calling her Crooked Hillary at every rally.",
            "Crooked",
            "epithet"
        ));
        assert!(has(
            "He said the Fake News is becoming more dishonest.",
            "Fake News",
            "epithet"
        ));
        // An entry that asks for a name before it is the outlet's label after one,
        // even inside a run of capitalised words, unlike a label without that condition.
        assert!(has(
            "Critics of the Maduro Regime gathered outside the embassy on Monday.",
            "Regime",
            "epithet"
        ));
        assert!(!any(
            "Fans of the channel Screen Junkies gathered outside the studio on Monday.",
            "Junkies"
        ));
        // Capitalised judging words side by side are emphasis, not a name.
        let tweet = "He wrote that the probe was a Rigged Witch Hunt and then left the room.";
        assert!(has(tweet, "Rigged", "charged_verb"), "{:?}", found(tweet));
        assert!(any(tweet, "Witch Hunt"), "{:?}", found(tweet));
        assert!(!any(
            "He wrote that the probe was a Salem Witch Hunt and then left the room.",
            "Witch Hunt"
        ));
        // A pollster's name.
        assert!(!any("A new CNN/ORC poll showed support falling.", "ORC"));
    }

    #[test]
    fn partial_quotes_attributed_anywhere_in_the_sentence_are_not_scare_quotes() {
        let scare = |t: &str| {
            found(t)
                .into_iter()
                .filter(|g| g.1 == "scare_quote")
                .count()
        };
        // The speech verb is many words before the quoted fragment.
        assert_eq!(
            scare("The senator said in a long interview on Sunday morning that the plan was “unworkable” for farmers."),
            0
        );
        // A report's verdict, and a judging verb of speech.
        assert_eq!(
            scare("The audit concluded that the agency lacked a “coherent” plan."),
            0
        );
        assert_eq!(
            scare("The mayor vilifies the “dishonest” press at every rally."),
            0
        );
        // The "Speaker: words" form of headlines.
        assert_eq!(scare("Finance minister: growth will be “robust”"), 0);
        // Words under a quotation that is not a scare quote take the quoted voice.
        let terms = Lexicon::builtin()
            .find("The governor said in a statement on Friday that the ruling was “disgraceful”.");
        assert!(terms.iter().all(|t| t.voice == Voice::Quoted), "{terms:?}");
        // A believer's word.
        assert_eq!(
            scare("Barr believes the law allows “selective” removal of speech."),
            0
        );
        assert_eq!(
            scare("Abe congratulated Trump on his “very successful” trip to the region."),
            0
        );
        assert_eq!(
            scare("Trump expressed optimism that he would secure “meaningful background checks” soon."),
            0
        );
        // A scare quote with no source in its sentence is still one.
        assert_eq!(scare("The union's “reform” package would cut pensions."), 1);
    }

    #[test]
    fn adverbs_of_judging_adjectives_are_built_by_rule() {
        for (adj, adv) in [
            ("reckless", Some("recklessly")),
            ("horrible", Some("horribly")),
            ("heroic", Some("heroically")),
            ("shady", Some("shadily")),
            ("true", Some("truly")),
            ("vile", Some("vilely")),
            ("notable", None),
            ("corrupt", None),
            ("Orwellian", None),
            ("utterly", None),
            ("far too", None),
        ] {
            assert_eq!(adverb_of(adj).as_deref(), adv, "{adj}");
        }
        // The built-in lexicon's adjectives reach their adverbs.
        assert!(has(
            "The council recklessly spent the reserve.",
            "recklessly",
            "intensifier"
        ));
        assert!(has("Nurses worked heroically.", "heroically", "praise"));
        assert!(has(
            "She cynically changed course.",
            "cynically",
            "intensifier"
        ));
        assert!(!has("Notably, the bill passed.", "Notably", "praise"));
        // In a custom lexicon: an adverb listed on a later line is that line's entry (no
        // duplicate error), and an entry with conditions makes no adverb.
        let lex = Lexicon::parse(
            "[intensifier]\nreckless\ncatastrophic ; !next=failure\n[praise]\nrecklessly\n",
            "x.txt",
        )
        .unwrap();
        let got = lex.find("They acted recklessly and catastrophically.");
        let cats: Vec<(&str, &str)> = got
            .iter()
            .map(|t| (t.text.as_str(), t.category.id()))
            .collect();
        assert_eq!(cats, [("recklessly", "praise")]);
    }

    #[test]
    fn wider_label_shapes_and_their_standard_twins() {
        for w in [
            "anti-worker",
            "anti-police",
            "anti-choice",
            "corbynite",
            "clintonian",
            "wokeism",
            "radical-left",
            "extreme-right",
            "never-trumpers",
            "trumpers",
            "ultra-maga",
        ] {
            assert!(ideological_shape(w), "{w}");
        }
        for w in [
            "anti-abortion",
            "anti-war",
            "anti-semitic",
            "anti-muslim",
            "anti-gun",
            "anti-trump",
            "anti-obama",
            "radicalism",
            "extremely",
            "trumpet",
        ] {
            assert!(!ideological_shape(w), "{w}");
        }
        // A side named after a politician is plain; the label made of the name stays one.
        assert!(found("The anti-Trump protesters marched downtown.").is_empty());
        assert!(found("The anti-Trumpists met in Ohio.")
            .iter()
            .any(|t| t.1 == "ideological_label"));
        for (t, w) in [
            ("The anti-gun lobby spent millions.", "anti-gun"),
            ("The radical proposal failed.", "radical"),
            ("The extreme left cheered.", "extreme"),
            ("Never-Trumpers met in Ohio.", "Never-Trumpers"),
            ("The Democrat Party met.", "Democrat Party"),
        ] {
            let got = found(t);
            assert!(
                got.iter()
                    .any(|g| g.0 == w && matches!(g.1, "ideological_label" | "naming")),
                "{t}: {got:?}"
            );
        }
        for t in [
            "Anti-gun violence groups met the mayor.",
            "Surgeons performed a radical mastectomy.",
            "A doll without a gender seemed radical then; now it is far from radical, too \
             radical for no one, and critics want a radical idea, not a radical one.",
            "Free radicals damage cells.",
            "The threat of radicalization grew.",
            "Extreme heat is forecast.",
            "The Democratic Party met.",
        ] {
            let got = found(t);
            assert!(
                !got.iter()
                    .any(|g| matches!(g.1, "ideological_label" | "epithet")
                        || (g.1 == "naming" && g.2.is_some() && g.0 != "Democratic Party")),
                "{t}: {got:?}"
            );
        }
    }

    #[test]
    fn long_tail_entries_leave_their_neutral_neighbours_alone() {
        for (t, w, c) in [
            (
                "Unfortunately, the vote failed.",
                "Unfortunately",
                "intensifier",
            ),
            (
                "The hypocritical senator voted no.",
                "hypocritical",
                "intensifier",
            ),
            ("It was a ridiculous rule.", "ridiculous", "intensifier"),
            ("An outstanding nurse retired.", "outstanding", "praise"),
            (
                "The plan would destroy the economy.",
                "destroy",
                "charged_verb",
            ),
            ("It is an attack on democracy.", "attack", "intensifier"),
            (
                "Washington bureaucrats wrote the rule.",
                "bureaucrats",
                "epithet",
            ),
            (
                "Make no mistake, the bill is dead.",
                "Make no mistake",
                "intensifier",
            ),
            ("The self-styled expert spoke.", "self-styled", "epithet"),
        ] {
            assert!(has(t, w, c), "{t}: {:?}", found(t));
        }
        // Stem relatives and literal uses of the new entries.
        for t in [
            "Prices rose over two decades.",
            "Ellen DeGeneres hosted the show.",
            "Derek Chauvin was sentenced.",
            "The Braves won and the crowd braved the rain.",
            "Her remarks were brief.",
            "Outstanding debts were paid.",
            "It is a brave new world for banks.",
            "Fire destroyed the home.",
            "He had a heart attack on Sunday.",
            "Officials questioned the talent of the gifted and talented program.",
            "The military posture changed.",
            "The council met in extraordinary session.",
        ] {
            let got = found(t);
            assert!(got.is_empty(), "{t}: {got:?}");
        }
    }

    #[test]
    fn gendered_forms_puffery_and_minimisers_beside_their_plain_twins() {
        for (t, w, c) in [
            ("She was a comedienne and singer.", "comedienne", "naming"),
            ("The order protects mankind from harm.", "mankind", "naming"),
            ("The stewardess served drinks.", "stewardess", "naming"),
            (
                "The hugely popular app spread.",
                "hugely popular",
                "intensifier",
            ),
            (
                "A highly regarded firm ran the poll.",
                "highly regarded",
                "intensifier",
            ),
            (
                "It was one of the greatest speeches.",
                "one of the greatest",
                "intensifier",
            ),
            ("He won a mere five percent.", "mere", "intensifier"),
            (
                "The mendacious memo circulated.",
                "mendacious",
                "intensifier",
            ),
            (
                "A cold-blooded killer was caught.",
                "cold-blooded",
                "intensifier",
            ),
            (
                "The agency runs archaic programs.",
                "archaic",
                "intensifier",
            ),
            (
                "He concocted a story about the vote.",
                "concocted",
                "charged_verb",
            ),
            ("The fringe candidate spoke.", "fringe", "epithet"),
            (
                "The ruling is a perversion of justice.",
                "perversion",
                "epithet",
            ),
            ("It was a clever move by the mayor.", "clever", "praise"),
            (
                "A ground-breaking study appeared.",
                "ground-breaking",
                "praise",
            ),
        ] {
            assert!(has(t, w, c), "{t}: {:?}", found(t));
        }
        let alt = found("She was a comedienne.");
        assert_eq!(alt[0].2.as_deref(), Some("comedian"), "{alt:?}");
        // The plain twins: the neutral form of a naming pair, the descriptor without its
        // degree word, "mere" without "a", literal uses.
        for t in [
            "She was a comedian and singer.",
            "The order protects humankind from harm.",
            "The flight attendant served drinks.",
            "The app is popular.",
            "The firm ran the poll.",
            "It was one of the longest speeches.",
            "It was mere coincidence that they met.",
            "Snakes are cold-blooded animals.",
            "It is an archaic form of the word.",
            "The chef concocted a sauce for the meal.",
            "Workers kept their fringe benefits.",
            "They live on the fringes of the city.",
            "The campus is fringed with trees.",
            "The fringe of the carpet was torn.",
            "Two doctors concocted a medicine for the virus.",
            "The groundbreaking ceremony was held on Monday.",
            "The ground-breaking ceremony was held on Monday.",
            "He won only five percent.",
        ] {
            let got = found(t);
            assert!(got.is_empty(), "{t}: {got:?}");
        }
    }

    #[test]
    fn comment_adverbs_certainty_and_puffery_beside_their_plain_twins() {
        for (t, w, c) in [
            ("Oddly, the mayor left early.", "Oddly", "intensifier"),
            (
                "Strangely, nobody at the board objected.",
                "Strangely",
                "intensifier",
            ),
            (
                "The plan is admittedly a long shot.",
                "admittedly",
                "intensifier",
            ),
            (
                "The cuts will undoubtedly hurt families.",
                "undoubtedly",
                "presupposing",
            ),
            ("The megastar landed in Rome.", "megastar", "praise"),
            ("The tour was a huge success.", "huge success", "praise"),
            ("Her debut was a smash hit.", "smash hit", "praise"),
            ("The mayor drew rave reviews.", "rave reviews", "praise"),
            ("The team got sweet revenge.", "sweet revenge", "praise"),
            (
                "The hugely influential blog posted it.",
                "influential",
                "praise",
            ),
        ] {
            assert!(has(t, w, c), "{t}: {:?}", found(t));
        }
        // The plain twins: "oddly enough" as a set phrase, a plain descriptor or a
        // degree word of size, the noun "revenge" alone, "success" and "star" alone.
        for t in [
            "Oddly enough, the mayor left early.",
            "Strangely enough, nobody at the board objected.",
            "The influential group met in May.",
            "The most influential donor gave twice.",
            "The team sought revenge in the final.",
            "The tour was a success.",
            "The star landed in Rome.",
        ] {
            let got = found(t);
            assert!(got.is_empty(), "{t}: {got:?}");
        }
    }

    #[test]
    fn pejorative_senses_are_flagged_and_their_literal_twins_are_not() {
        // (loaded use, flagged words, plain twin): a fan base, a puppet show, a toddler, a
        // swollen body, a door off its hinges, a tunnel, a car rammed, a map key, a play.
        flagged_then_not(&[
            (
                "His followers behave like a cult.",
                "cult",
                "The film became a cult classic with a cult following.",
            ),
            (
                "The governor is a puppet of the oil industry.",
                "puppet",
                "Children watched a puppet show and hand puppets.",
            ),
            (
                "The senator threw a tantrum over the vote.",
                "tantrum",
                "The toddler threw a tantrum in the checkout line.",
            ),
            (
                "The governor threw a temper tantrum.",
                "temper tantrum",
                "Toddlers throw temper tantrums when tired.",
            ),
            (
                "The agency's bloated budget doubled.",
                "bloated",
                "Patients reported a bloated stomach; the carcass was bloated.",
            ),
            (
                "The host gave an unhinged speech.",
                "unhinged",
                "Workers unhinged the door; a snake can unhinge its jaw.",
            ),
            (
                "The mayor caved to the unions.",
                "caved",
                "The tunnel caved in after heavy rain.",
            ),
            (
                "Democrats rammed the bill through the Senate.",
                "rammed",
                "The driver rammed a police car and fled.",
            ),
            (
                "Just ram through the four reforms; they are ramming the budget through.",
                "ram through",
                "The truck rammed a fence.",
            ),
            (
                "Democrats rammed through the spending bill.",
                "rammed through",
                "A truck rammed into the barrier.",
            ),
            (
                "The coach is a legend in the city.",
                "legend",
                "The story is an urban legend; the map legend shows roads.",
            ),
            (
                "A horde of reporters waited outside.",
                "horde of",
                "The Golden Horde ruled the steppe.",
            ),
            (
                "The hearing turned into a tragicomedy of errors.",
                "tragicomedy",
                "The theater staged a tragicomedy by a Russian playwright.",
            ),
            (
                "The senator became the darling of the left.",
                "darling of",
                "The company was a darling of Wall Street.",
            ),
            (
                "She is a darling of conservative talk radio.",
                "darling of",
                "The grand jury returned an indictment.",
            ),
            (
                "The report is a damning indictment of the agency.",
                "damning indictment",
                "Prosecutors unsealed the indictment of the agency.",
            ),
        ]);
    }

    #[test]
    fn settlements_reactors_and_pipelines_are_read_literally() {
        flagged_then_not(&[
            (
                "The senator admitted that the figures were wrong.",
                "admitted",
                "The bank settled without admitting wrongdoing; the firm neither admitted nor denied it.",
            ),
            (
                "He cannot do that without admitting his policy failed.",
                "admitting",
                "The firm settled without admitting guilt.",
            ),
            (
                "The candidate had a meltdown on stage.",
                "meltdown",
                "Engineers shut the reactor before a meltdown; a nuclear meltdown is rare.",
            ),
            (
                "The opposition sabotaged the peace talks.",
                "sabotaged",
                "Investigators said the pipeline had been sabotaged with explosives.",
            ),
        ]);
    }

    #[test]
    fn wire_words_for_a_rebuke_and_a_military_government_are_plain() {
        // Wire services print "rebuked" and "junta" in their own voice; "Nazi junta" stays.
        for t in [
            "The United Nations rebuked the government.",
            "In a rare rebuke, the court ruled against him; two senators rebuke him.",
            "The military junta delayed the elections again.",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
        assert!(has("The Nazi junta ruled Greece.", "Nazi junta", "epithet"));
    }

    #[test]
    fn a_hyphen_set_off_by_spaces_joins_the_words_of_an_entry() {
        assert!(has(
            "He is an award - winning producer.",
            "award - winning",
            "praise"
        ));
        assert!(has(
            "The far - right mayor marched.",
            "far - right",
            "ideological_label"
        ));
        assert!(has(
            "The far-right mayor marched.",
            "far-right",
            "ideological_label"
        ));
        // Two hyphens, or other punctuation, do not join words.
        for t in [
            "They went far -- right to the end.",
            "They went far, right to the end.",
            "The award; winning it was hard.",
        ] {
            let got = found(t);
            assert!(got.is_empty(), "{t}: {got:?}");
        }
    }

    #[test]
    fn a_phrase_entry_matches_its_words_joined_as_a_compound() {
        assert!(has(
            "Cancel-culture fanatics marched on the school.",
            "Cancel-culture",
            "epithet"
        ));
        assert!(has(
            "The senator called it a partisan witch-hunt.",
            "witch-hunt",
            "epithet"
        ));
        // Part by part: "job-creation" is not "job creators", though the stems of the
        // whole compounds agree; a conflict phrase's compound is a plain modifier ("war
        // zone" is an entry; "front line" is none).
        for t in [
            "His new round of job-creation plans is paid for.",
            "Medics were sent to war-zone hospitals.",
            "Masks went to front-line health workers.",
        ] {
            let got = found(t);
            assert!(got.is_empty(), "{t}: {got:?}");
        }
    }

    #[test]
    fn media_criticism_propaganda_and_praise_families() {
        // (loaded sentence, span, category, plain twin with no match).
        for (text, span, category, plain) in [
            (
                "Regime media stenographers repeat every line.",
                "Regime media",
                "epithet",
                "State media reported the visit on Monday.",
            ),
            (
                "Presstitutes at the network are at it again.",
                "Presstitutes",
                "epithet",
                "Reporters at the network asked about the audit.",
            ),
            (
                "Hordes of migrants are crossing the river.",
                "Hordes of",
                "intensifier",
                "The Mongol hordes of the steppe took the city.",
            ),
            (
                "A shadowy group is pulling the strings in the capital.",
                "pulling the strings",
                "intensifier",
                "The busker pulled the strings of the old guitar.",
            ),
            (
                "The archbishop breathed new life into the diocese.",
                "breathed new life",
                "intensifier",
                "The archbishop merged 30 parishes last year.",
            ),
            (
                "The bill bars biological males from girls' teams.",
                "biological males",
                "naming",
                "The bill bars transgender girls from girls' teams.",
            ),
            (
                "They warn of the creeping Islamization of Europe.",
                "Islamization",
                "ideological_label",
                "Islamic scholars met in Cairo on Monday.",
            ),
            (
                "Voters saw the classic episode again on Sunday.",
                "classic",
                "praise",
                "He drives a classic car for tourists in Havana.",
            ),
            (
                "The leader has called migration an invasion.",
                "invasion",
                "intensifier",
                "The invasion of Normandy began in June 1944.",
            ),
            (
                "An eminent historian wrote the foreword.",
                "eminent",
                "praise",
                "The state took the farm by eminent domain.",
            ),
        ] {
            assert!(has(text, span, category), "{text}: {:?}", found(text));
            let got = found(plain);
            assert!(got.is_empty(), "{plain}: {got:?}");
        }
    }

    #[test]
    fn degree_renown_and_wire_labels_beside_their_judging_twins() {
        // (loaded use, flagged words, plain twin): "deeply" before a verdict and before a
        // degree, renown, suspects and a bombing, a step, counterfeit objects, a
        // privilege claimed, entry into a country.
        flagged_then_not(&[
            (
                "The board made a deeply cynical choice.",
                "deeply",
                "The reporter wrote a deeply researched profile; she cares deeply about it.",
            ),
            (
                "The senator called the voters terrorists.",
                "terrorists",
                "Drones killed suspected terrorists near the border.",
            ),
            (
                "Separatist terrorists fled into the hills.",
                "terrorists",
                "The bill keeps guns from criminals, terrorists and stalkers in the fight against terrorists.",
            ),
            (
                "The mayor is a terrorist in a suit.",
                "terrorist",
                "Police held two terrorist suspects after the terrorist bombing.",
            ),
            (
                "The radical senator spoke first.",
                "radical",
                "The board took the radical step of closing two schools.",
            ),
            (
                "It was a fake scandal all along.",
                "fake",
                "Police seized fake passports and traced ten fake companies.",
            ),
            (
                "The governor claimed that the count was rigged.",
                "claimed",
                "The White House claimed executive privilege over the papers.",
            ),
            (
                "The mayor admitted that the plan failed.",
                "admitted",
                "Thousands of students are admitted legally each year.",
            ),
        ]);
        flagged_then_not(&[
            (
                "The notorious senator spoke.",
                "notorious",
                "The board approved the controversial policy after a long debate.",
            ),
            (
                "Prices climbed to unprecedented heights.",
                "unprecedented",
                "Such a delay is not unprecedented.",
            ),
        ]);
        // "Famous" reports renown; "justly famous" and "world-famous" are still puffery.
        assert!(found("The famous speech was given in 1963.").is_empty());
        assert!(has("The justly famous chef cooked.", "famous", "praise"));
        assert!(has(
            "The world-famous chef opened a bar.",
            "world-famous",
            "praise"
        ));
    }

    #[test]
    fn wire_condemnation_renown_and_tired_people_beside_judging_twins() {
        // (loaded use, flagged words, plain twin): a fate condemned to and a verdict slammed,
        // and the wire verbs for an official's reproof (anything condemned or denounced); a
        // trait pinned on someone as well known and renown reported; "tired" of hacks and of
        // people literally tired.
        flagged_then_not(&[
            (
                "Her column said the cuts condemn children to hunger.",
                "condemn",
                "The pastor condemned the school board's reading list, and the ministry condemned the attack.",
            ),
            (
                "Her column slammed the plan as theft.",
                "slammed",
                "The governor denounced the plan and the shooting at the fair.",
            ),
            (
                "The verdict was slammed in one voice.",
                "slammed",
                "The verdict was condemned in one voice by the foreign ministry.",
            ),
            (
                "Mr. Lee is famously rude to waiters.",
                "famously",
                "The senator famously refused to vote for the bill.",
            ),
            (
                "Voters are sick of these tired hacks.",
                "tired",
                "The tired crews rested after the shift.",
            ),
        ]);
    }

    #[test]
    fn caving_in_a_rival_agenda_and_evil_beside_seat_belts_self_labels_and_idioms() {
        // (loaded use, flagged words, plain twin): a side that buckles to pressure, not a
        // seat belt buckled or a belt's buckle; a socialist agenda pinned on a rival, not
        // the democratic socialists' own name for theirs; an evil act, not the idioms of a
        // necessary or lesser evil; a politician cast as a failure, not a failed state.
        flagged_then_not(&[
            (
                "The failed career politician wants a third term.",
                "failed career politician",
                "The failed state fell to the militias, and the failed bank closed.",
            ),
            (
                "It was an evil act, and the evil of it lingered.",
                "evil",
                "Government is a necessary evil, the lesser of two evils.",
            ),
            (
                "When the unions pushed, the governor buckled, the same as last year.",
                "buckled",
                "Buckle up for a long night. Her belt buckle broke, and he buckled his son into the car seat.",
            ),
            (
                "Her socialist agenda would bankrupt the county.",
                "socialist agenda",
                "The democratic socialist agenda includes free tuition.",
            ),
        ]);
    }

    #[test]
    fn greed_scorn_and_servitude_of_partisan_copy_beside_plain_twins() {
        // (loaded use, flagged words, plain twin): greed as a metaphor, dismissal of what
        // someone says, manner verbs of scorn and delay, people cast as a flood, a side
        // cast as serving masters, an opponent who will stop at nothing.
        flagged_then_not(&[
            (
                "Consultants kept lining their own pockets with the grant money.",
                "lining their own pockets",
                "The tailor lined the coat with silk.",
            ),
            (
                "He lined his pockets while the clinic closed.",
                "lined his pockets",
                "Voters lined up at the school before dawn.",
            ),
            (
                "The host repeated wild claims about the count.",
                "wild",
                "Wild horses roam the plains near the town.",
            ),
            (
                "The campaign fell back on the same tired talking points.",
                "tired",
                "The tired crew landed after a long flight; the tires were worn.",
            ),
            (
                "The minister smirked as the verdict was read.",
                "smirked",
                "The minister smiled as the verdict was read.",
            ),
            (
                "She flaunted her wealth while the staff went unpaid.",
                "flaunted",
                "She showed her passport at the gate.",
            ),
            (
                "Ministers dithered for months over the plan.",
                "dithered",
                "Ministers waited for months for the report.",
            ),
            (
                "Migrants poured across the border last spring.",
                "poured",
                "Investors poured money into the fund as rain poured down.",
            ),
            (
                "Immigrants are swarming the border towns.",
                "swarming",
                "Bees were swarming the hive; fans swarmed the field.",
            ),
            (
                "The regime answers to its Western masters.",
                "masters",
                "Slaves were forced to obey their masters; the Masters golf event starts Thursday.",
            ),
            (
                "They will stop at nothing to keep power.",
                "stop at nothing",
                "The bus will stop at the station.",
            ),
        ]);
        // "puppet masters" stays one epithet, and "puppets" still matches "puppet".
        assert!(has(
            "They obey their puppet masters abroad.",
            "puppet masters",
            "epithet"
        ));
        assert!(has("They are puppets of the cartel.", "puppets", "epithet"));
        // A body slammed against a wall is literal; a rival slammed by a senator is not.
        assert!(has(
            "The senator slammed the plan.",
            "slammed",
            "charged_verb"
        ));
        assert!(found("He was slammed against a wall by the officer.").is_empty());
    }

    #[test]
    fn an_object_lies_before_a_clause_opening_conjunction() {
        // "gun" after "as" belongs to the next clause, not to "slammed".
        assert!(has(
            "Democrats slammed the ruling as gun owners celebrated.",
            "slammed",
            "charged_verb"
        ));
        assert!(has(
            "The mayor slammed the budget while residents watched the door.",
            "slammed",
            "charged_verb"
        ));
        assert!(found("A car slammed into a bus.").is_empty());
        assert!(found("He slammed the door as the guests left.").is_empty());
        // The "as" of a comparison opens no clause: the object lies past it.
        assert!(found("Vandals torched as many as 40 cars overnight.").is_empty());
        assert!(found("Officials unleashed as many as 200 dogs in the search.").is_empty());
    }

    #[test]
    fn a_possessive_noun_is_a_determiner_but_a_pronoun_contraction_is_not() {
        assert!(has(
            "The commission's supposed experts never visited.",
            "supposed",
            "hedge"
        ));
        // After a possessive, "smashed" is a participle adjective, as after "the".
        assert!(found("The museum's smashed windows were replaced.").is_empty());
        // A passive whose subject is a physical thing is the literal act.
        assert!(found("Several shops' windows were smashed overnight.").is_empty());
        // "she's" is "she is": the verb stays a verb.
        assert!(has(
            "Now she's smashed the record.",
            "smashed",
            "charged_verb"
        ));
        assert!(is_s_contraction("she's") && is_s_contraction("that’s"));
        // The apostrophe test before the split says no only where the split finds none.
        for w in [
            "she's",
            "that’s",
            "they're",
            "we’ll",
            "I'm",
            "it’s",
            "its",
            "ones",
            "—",
            "’",
            "'",
            "",
            "commission's",
            "Führer",
            "“it”",
        ] {
            let split = w.split_once(['\'', '’']).is_some();
            assert!(may_hold_apostrophe(w) || !split, "{w:?}");
            // Other characters led by the byte 0xE2 (dashes, curly double quotes) only
            // send a word on to the split; a plain or accented word is told at once.
            assert_eq!(
                may_hold_apostrophe(w),
                split || w.contains(['—', '“', '”']),
                "{w:?}"
            );
            assert_eq!(
                is_be_contraction(w),
                w.split_once(['\'', '’']).is_some_and(|(p, be)| {
                    matches!(be, "re" | "m")
                        || (be == "s" && matches!(p, "he" | "she" | "that" | "what" | "who" | "it"))
                }),
                "{w:?}"
            );
        }
        assert!(!is_s_contraction("commission's") && !is_s_contraction("ones"));
    }

    #[test]
    fn fear_words_judge_in_their_ing_form_only() {
        flagged_then_not(&[
            (
                "It was a frightening prospect.",
                "frightening",
                "Frightened parents called the school.",
            ),
            (
                "The terrifying plan passed.",
                "terrifying",
                "Terrified residents fled the fire.",
            ),
            (
                "The appalling decision stands.",
                "appalling",
                "Teachers were appalled by the cuts.",
            ),
        ]);
    }

    #[test]
    fn judgement_families_of_the_eighth_gold_set() {
        flagged_then_not(&[
            (
                "A trigger-happy officer fired first.",
                "trigger-happy",
                "The officer fired first.",
            ),
            (
                "Gun-grabbing lawmakers met on Monday.",
                "Gun-grabbing",
                "Lawmakers met on Monday.",
            ),
            (
                "Her latest outburst drew rebukes.",
                "outburst",
                "An outburst of violence followed the ruling.",
            ),
            (
                "He apologized for an outburst of anger at the hearing.",
                "outburst",
                "Forecasters warned of an outburst of storms this weekend.",
            ),
            (
                "It was an insulting offer.",
                "insulting",
                "He was accused of insulting the judge.",
            ),
            (
                "They used the tragedy to score cheap political points.",
                "cheap",
                "Cheap gas drew drivers across the state line.",
            ),
            (
                "The lobby fought the bill tooth and nail.",
                "tooth and nail",
                "The lobby opposed the bill from the start.",
            ),
            (
                "The firm raked in record fees.",
                "raked in",
                "Volunteers raked leaves in the park.",
            ),
            (
                "The memo unleashed a barrage of criticism.",
                "unleashed",
                "The reopening unleashed a second wave of infections.",
            ),
            (
                "The ruling unleashed a flood of lawsuits.",
                "unleashed",
                "The army unleashed airstrikes on the border town overnight.",
            ),
            (
                "The network scrubbed the story from its website.",
                "scrubbed",
                "Nurses scrubbed their hands before surgery.",
            ),
            (
                "Aides were spinning the jobs report as a win.",
                "spinning",
                "The wheels kept spinning in the mud.",
            ),
            (
                "It was a bold plan to cut taxes.",
                "bold",
                "Names in bold are new; the bolded rows and bold-faced names changed.",
            ),
            (
                "Lawmakers filed another extreme bill.",
                "extreme",
                "Extreme heat is expected this week.",
            ),
        ]);
        // A road that caves in is literal; a party that caves is not.
        assert!(found("Part of a highway caved in after the rain.").is_empty());
        assert!(has(
            "The party caved to the lobby.",
            "caved",
            "charged_verb"
        ));
        // "Muslim ban" is the marked name of the travel ban.
        let got = found("The court upheld the Muslim ban.");
        assert_eq!(
            got,
            [("Muslim ban".into(), "naming", Some("travel ban".into()))]
        );
    }

    #[test]
    fn judgement_families_of_the_ninth_gold_set() {
        flagged_then_not(&[
            (
                "The envoy was jailed on trumped-up charges.",
                "trumped-up",
                "Officials who see Trump up close were asked.",
            ),
            (
                "Retailers are gouging shoppers this winter.",
                "gouging",
                "The state passed a price gouging law.",
            ),
            (
                "The globalist elite met in the Alps.",
                "elite",
                "Elite troops met in the Alps.",
            ),
            (
                "The plan was dreamed up by consultants.",
                "dreamed up",
                "She dreamed about the sea.",
            ),
            (
                "The general clung to power for a decade.",
                "clung to power",
                "The general came to power in 1990.",
            ),
            (
                "A tidal wave of lawsuits followed.",
                "tidal wave",
                "A wave of lawsuits followed.",
            ),
            (
                "Investors waited for a miracle cure.",
                "miracle cure",
                "Investors waited for a new drug.",
            ),
        ]);
        // A state-media name for Israel is a marked naming choice with no standard twin
        // followed ("Israel" is too common to follow as a choice).
        let got = found("The Zionist entity announced new strikes.");
        assert_eq!(
            got,
            [("Zionist entity".into(), "naming", Some("Israel".into()))]
        );
        assert!(found("Israel announced new strikes.").is_empty());
    }

    #[test]
    fn judgement_families_of_the_tenth_gold_set() {
        flagged_then_not(&[
            (
                "The monster who robbed pensioners was jailed.",
                "monster",
                "A monster truck rally drew crowds.",
            ),
            (
                "Evil monster Darren Hale was jailed, and a monster storm hit the coast.",
                "monster",
                "Fans of the Loch Ness monster met in a hall.",
            ),
            (
                "The bill passed in the dead of night.",
                "in the dead of night",
                "The bill passed late on Tuesday.",
            ),
            (
                "The stadium is a monument to waste.",
                "monument to waste",
                "The statue is a monument to the war dead.",
            ),
            (
                "Guards brutalized the prisoners.",
                "brutalized",
                "Guards moved the prisoners.",
            ),
            (
                "The senator betrayed his voters.",
                "betrayed",
                "Voters felt betrayed by the senator.",
            ),
            (
                "The soft-on-crime prosecutor lost.",
                "soft-on-crime",
                "The prosecutor lost.",
            ),
            (
                "The plan is a stunning failure.",
                "stunning",
                "Officers used a stun gun on the suspect.",
            ),
        ]);
        let got = found("Officials deported the criminal alien on Monday.");
        assert_eq!(
            got,
            [(
                "criminal alien".into(),
                "naming",
                Some("immigrant with a criminal record".into())
            )]
        );
    }

    #[test]
    fn wire_uses_found_in_a_blind_draw_of_news_flags() {
        flagged_then_not(&[
            (
                "Voters raged against the tax.",
                "raged",
                "Fury and finger-pointing are all the rage online.",
            ),
            (
                "The deal is on life support.",
                "on life support",
                "He was shot in the head and is on life support.",
            ),
            (
                "Gunmen murdered the driver.",
                "murdered",
                "The driver was found murdered in the cab.",
            ),
            (
                "She was bitterly disappointed by them.",
                "bitterly",
                "Protesters in a bitterly divided country marched.",
            ),
            (
                "The notorious pundit spoke.",
                "notorious",
                "The nominee faces a controversial process.",
            ),
        ]);
        // Speculation rages as a debate does, before its noun as after it.
        assert!(found("Speculation raged about the merger.").is_empty());
        assert!(found("Raging speculation about the merger lifted shares.").is_empty());
    }

    #[test]
    fn judgement_families_of_the_eleventh_gold_set() {
        flagged_then_not(&[
            (
                "Their silence speaks volumes.",
                "speaks volumes",
                "Their silence lasted a week.",
            ),
            (
                "Gun-toting activists arrived.",
                "Gun-toting",
                "Armed activists arrived.",
            ),
            (
                "Celebrities lecture voters about guns.",
                "lecture",
                "She gave a lecture about guns.",
            ),
            (
                "Stars flew in to lecture the rest of us.",
                "lecture",
                "She lectured the students on chemistry.",
            ),
            (
                "Pundits lectured the voters on thrift.",
                "lectured",
                "The professor will lecture the class on Tuesday.",
            ),
            (
                "The leftist trolls attacked him online.",
                "trolls",
                "The troll farm ran fake accounts.",
            ),
            (
                "The extremist preacher spoke.",
                "extremist",
                "He posted extremist material online.",
            ),
        ]);
        assert!(found("The survey was conducted by ORC International.").is_empty());
        // "White supremacist" pinned on a side is a label; a group named as such is news.
        assert!(has(
            "He said anyone who backs the mayor is a white supremacist.",
            "white supremacist",
            "epithet"
        ));
        assert!(found("A white supremacist group held a rally.").is_empty());
    }

    #[test]
    fn judgement_families_of_the_twelfth_gold_set() {
        flagged_then_not(&[
            (
                "Rules that strangled small businesses were repealed.",
                "strangled",
                "The man strangled in the attack was identified.",
            ),
            (
                "The layoffs were a slap in the face to workers.",
                "slap in the face",
                "A woman was slapped in the face on the train.",
            ),
            (
                "Hardworking families will pay more.",
                "Hardworking",
                "Families will pay more.",
            ),
            (
                "Drugmakers jacked up prices again.",
                "jacked up",
                "Mechanics jacked up the car.",
            ),
            (
                "The bill is a spending spree.",
                "spending spree",
                "The bill raises spending.",
            ),
            (
                "Big Oil spent millions on ads.",
                "Big Oil",
                "Oil companies spent millions on ads.",
            ),
            (
                "He mocked the libs again.",
                "libs",
                "Or if he ad libs while speaking.",
            ),
            (
                "He called the mayor a Nazi.",
                "Nazi",
                "Memories of Nazi Germany\u{2019}s occupation revived.",
            ),
        ]);
    }

    #[test]
    fn reported_subjects_charged_verbs_and_rated_verdicts_are_the_sources() {
        let voices = |t: &str| -> Vec<(String, Voice)> {
            let mut terms = Lexicon::builtin().find(t);
            reported_voices(t, &Lexicon::builtin().key_tokens(t), &mut terms);
            terms.into_iter().map(|m| (m.text, m.voice)).collect()
        };
        let voice_of = |t: &str, w: &str| {
            voices(t)
                .into_iter()
                .find(|(x, _)| x == w)
                .map(|(_, v)| v)
                .unwrap_or_else(|| panic!("{w} not flagged in {t}: {:?}", voices(t)))
        };
        // The subject of a clause a speech verb opens without "that" is the source's.
        let t = "Officials said the heroic crews had saved the harbor town.";
        assert_eq!(voice_of(t, "heroic"), Voice::Quoted);
        // An act reported with its object is the outlet's description.
        let t = "The mayor announced the heroic crews on Monday.";
        assert_eq!(voice_of(t, "heroic"), Voice::Outlet);
        // A charged verb inside a reported clause is the source's account of the act.
        let t = "The senator said the agency had stonewalled her staff for months.";
        assert_eq!(voice_of(t, "stonewalled"), Voice::Quoted);
        let t = "Lawyers accused the county of stonewalling the auditors.";
        assert_eq!(voice_of(t, "stonewalling"), Voice::Quoted);
        // A verb after "and" is the sentence's next predicate, the outlet's own.
        let t = "He dismissed the hearing as a sham and stonewalled the committee.";
        assert_eq!(voice_of(t, "stonewalled"), Voice::Outlet);
        // "Without evidence" between the verb and "that" does not cut the clause off.
        let t = "The candidate claimed, without evidence, that the count was rigged.";
        assert_eq!(voice_of(t, "rigged"), Voice::Quoted);
        // A rating body's verdict after "as".
        let t = "It was a claim that two fact-checkers rated as misleading.";
        assert_eq!(voice_of(t, "misleading"), Voice::Quoted);
    }

    #[test]
    fn a_quoted_verdict_on_a_judged_object_is_no_scare_quote() {
        for t in [
            "The bar association rated the nominee \u{201c}unqualified\u{201d} last week.",
            "The governor called the new budget \u{201c}reckless\u{201d} on Monday.",
        ] {
            assert!(
                !found(t).iter().any(|g| g.1 == "scare_quote"),
                "{t}: {:?}",
                found(t)
            );
        }
        // The outlet's own scare quote stays one.
        assert!(has(
            "The \u{201c}reform\u{201d} bill died.",
            "reform",
            "scare_quote"
        ));
    }

    #[test]
    fn courts_campaigns_and_puffery_have_their_loaded_forms() {
        for (t, w, c) in [
            (
                "Activist judges blocked the rule again.",
                "Activist judges",
                "epithet",
            ),
            ("The case is lawfare against a rival.", "lawfare", "epithet"),
            (
                "He was let off with a slap on the wrist.",
                "slap on the wrist",
                "intensifier",
            ),
            (
                "Insiders are scheming against the chair.",
                "scheming",
                "charged_verb",
            ),
            (
                "Scammers prey on retirees by phone.",
                "prey on",
                "charged_verb",
            ),
            (
                "The firm sells best-in-class tools.",
                "best-in-class",
                "praise",
            ),
            (
                "She was a true champion of the poor.",
                "true champion",
                "praise",
            ),
            ("The nurses are true heroes.", "true heroes", "praise"),
            ("He gave a spellbinding talk.", "spellbinding", "praise"),
            (
                "The ad calls him a career politician.",
                "career politician",
                "epithet",
            ),
        ] {
            assert!(has(t, w, c), "{t}: {:?}", found(t));
        }
        flagged_then_not(&[
            (
                "The senator attacked democracy on Monday.",
                "attacked",
                "The senator attacked the ruling on Monday.",
            ),
            // The passive is the wire's since session 62 (30 of 30 AllSides uses read).
            (
                "Rivals attacked science on Monday.",
                "attacked",
                "The senator was attacked by rivals on Monday.",
            ),
            (
                "She was a giant of the chamber.",
                "giant",
                "It was a tech giant of its day.",
            ),
            (
                "The turnout is a testament to her work.",
                "testament",
                "He read the New Testament daily.",
            ),
            (
                "She gave a searing speech.",
                "searing",
                "Crews worked in searing heat.",
            ),
            (
                "They say the election was stolen.",
                "stolen",
                "Her car was stolen on Monday.",
            ),
            (
                "He is a proven leader.",
                "proven",
                "The oil field has proven reserves.",
            ),
            (
                "The case is lawfare.",
                "lawfare",
                "He wrote on the Lawfare blog.",
            ),
            (
                "He was a great leader.",
                "great leader",
                "Pyongyang marked the birthday of the Great Leader Kim Il Sung.",
            ),
        ]);
    }

    #[test]
    fn sports_labor_border_and_newsletter_copy_have_their_loaded_forms() {
        for (t, w, c) in [
            (
                "Greedy union bosses rejected the offer.",
                "union bosses",
                "epithet",
            ),
            (
                "He was flown home on a cushy private jet.",
                "cushy",
                "intensifier",
            ),
            (
                "Trump's deportation machine kept humming.",
                "deportation machine",
                "epithet",
            ),
            (
                "The senator trotted out the same talking points.",
                "trotted out",
                "charged_verb",
            ),
            (
                "The league bent the knee to Beijing.",
                "bent the knee",
                "charged_verb",
            ),
            (
                "Her courage is an inspiration to us all.",
                "inspiration",
                "praise",
            ),
            ("This week's must-read is a profile.", "must-read", "praise"),
        ] {
            assert!(has(t, w, c), "{t}: {:?}", found(t));
        }
        flagged_then_not(&[
            (
                "She gave an electrifying speech.",
                "electrifying",
                "The city is electrifying its bus fleet.",
            ),
            (
                "The whole program is a racket.",
                "racket",
                "She was docked a point for breaking her racket.",
            ),
            (
                "They answer to their corporate overlords.",
                "overlords",
                "The colony threw off its colonial overlords.",
            ),
            (
                "She showed an unbreakable spirit.",
                "unbreakable",
                "The phone uses unbreakable encryption.",
            ),
            (
                "His heroism moved the crowd.",
                "heroism",
                "He was awarded the Silver Star for heroism in 2004.",
            ),
            (
                "The senator slammed the plan on Monday.",
                "slammed",
                "Ruiz slammed a two-run homer in the ninth inning.",
            ),
            (
                "He lectured fans about democracy.",
                "lectured",
                "He lectured on democracy at Yale.",
            ),
        ]);
    }

    #[test]
    fn propaganda_copy_has_its_loaded_forms() {
        for (t, w, c) in [
            (
                "Officials cooked the books again.",
                "cooked the books",
                "charged_verb",
            ),
            (
                "Regulators looked the other way.",
                "looked the other way",
                "charged_verb",
            ),
            (
                "Real patriots know what this is.",
                "Real patriots",
                "ideological_label",
            ),
            ("The lamestream press buried it.", "lamestream", "epithet"),
            ("Not a peep from the senator.", "Not a peep", "intensifier"),
            (
                "Illegals are flooding our streets.",
                "flooding our",
                "intensifier",
            ),
            ("The lying propaganda of the press.", "lying", "epithet"),
            (
                "Paid agitators filled the hall.",
                "Paid agitators",
                "epithet",
            ),
            (
                "The case is little more than a stunt.",
                "little more than",
                "intensifier",
            ),
        ] {
            assert!(has(t, w, c), "{t}: {:?}", found(t));
        }
        flagged_then_not(&[
            (
                "He sold out his country to foreign spies.",
                "sold out",
                "The band sold out its arena tour in a day.",
            ),
            (
                "The leaks were a scandal cooked up by aides.",
                "cooked up",
                "She cooked up a meal for the volunteers.",
            ),
            (
                "Before lecturing Moscow on rights, look at home.",
                "lecturing",
                "He will give a lecture Tuesday at the library.",
            ),
            (
                "The left-wing media hid the story.",
                "left-wing",
                "The left-wing party won 17 percent of the vote.",
            ),
            (
                "Sanctions failed to stop the regime.",
                "regime",
                "Washington said it was not seeking regime change.",
            ),
            (
                "Real Americans are tired of it.",
                "Real Americans",
                "Real American incomes fell last year.",
            ),
            // One list of sneering words serves "elites" and "elite", and one list of
            // betrayed things both forms of "sold out".
            (
                "The Davos elite ignored them.",
                "elite",
                "The elite troops ignored them.",
            ),
            (
                "The Davos elites ignored them.",
                "elites",
                "The Davos talks ignored them.",
            ),
            (
                "He is selling out the workers.",
                "selling out",
                "The shop is selling out the stock.",
            ),
        ]);
    }

    #[test]
    fn commonwealth_press_reviews_and_obituaries_have_their_loaded_forms() {
        for (t, w, c) in [
            (
                "Lefty luvvies lined up at the awards.",
                "luvvies",
                "epithet",
            ),
            ("Benefit scroungers are to blame.", "scroungers", "epithet"),
            ("Dole bludgers will pocket more.", "bludgers", "epithet"),
            ("The remoaners want a second vote.", "remoaners", "epithet"),
            (
                "The tenderpreneurs got richer.",
                "tenderpreneurs",
                "epithet",
            ),
            ("Gombeen councillors approved it.", "Gombeen", "epithet"),
            ("The Eurocrats want a new rule.", "Eurocrats", "epithet"),
            (
                "The union barons called a strike.",
                "union barons",
                "epithet",
            ),
            ("The bhakts cheered on the anchors.", "bhakts", "epithet"),
            ("The godi media ignored it.", "godi media", "epithet"),
            ("The Laurentian elites lecture us.", "elites", "epithet"),
            ("Years of sleaze ended the government.", "sleaze", "epithet"),
            ("A latte-sipping crowd cheered.", "latte-sipping", "epithet"),
            (
                "It was an act of political bastardry.",
                "bastardry",
                "epithet",
            ),
            (
                "The film is a ravishing piece of work.",
                "ravishing",
                "praise",
            ),
            ("The film is a visual feast.", "visual feast", "praise"),
            (
                "She gives the performance of her life.",
                "performance of her life",
                "praise",
            ),
            ("Its leaden dialogue drags.", "leaden", "intensifier"),
            (
                "The tax will bring the country to its knees.",
                "to its knees",
                "intensifier",
            ),
            (
                "This borrowing will end in tears.",
                "end in tears",
                "intensifier",
            ),
            (
                "The reforms are window dressing.",
                "window dressing",
                "intensifier",
            ),
            (
                "The regime is in its death throes.",
                "death throes",
                "intensifier",
            ),
            (
                "The minister called the plan un-Australian.",
                "un-Australian",
                "ideological_label",
            ),
            (
                "Hardworking Britons will foot the bill.",
                "Hardworking",
                "praise",
            ),
        ] {
            assert!(has(t, w, c), "{t}: {:?}", found(t));
        }
        flagged_then_not(&[
            (
                "The luvvies of the West End gathered.",
                "luvvies",
                "Writer Luvvie Ajayi spoke at the festival.",
            ),
            (
                "The Shinners have gained in the polls.",
                "Shinners",
                "Matt Shinners joined the campaign in May.",
            ),
            (
                "Strikers are holding the country to ransom.",
                "to ransom",
                "The gang held the sailors for ransom.",
            ),
            (
                "Knifed by his own party, the premier quit.",
                "Knifed",
                "The man was knifed by gang members.",
            ),
            (
                "Her career-best turn carries the play.",
                "career-best",
                "She scored a career-best 31 points.",
            ),
            (
                "The late actor was a national treasure.",
                "national treasure",
                "Too much national treasure was spent on the war.",
            ),
            (
                "The hearing was tedious.",
                "tedious",
                "Counting the ballots is a tedious process.",
            ),
            (
                "The ban is un-American.",
                "un-American",
                "He testified before the House Un-American Activities Committee.",
            ),
            (
                "The levy is a rip-off.",
                "rip-off",
                "It is time to rip off the bandage.",
            ),
            // Strokes of sport are literal objects of "slammed" and "blasted".
            (
                "The senator slammed the ruling.",
                "slammed",
                "Devi slammed an unbeaten 142 at Lord's.",
            ),
            (
                "Critics blasted the budget.",
                "blasted",
                "Harlow blasted a shot into the top corner.",
            ),
            // A brilliant-cut stone is a cut of a gem, not praise.
            (
                "Her brilliant essay won the prize.",
                "brilliant",
                "The brilliant-cut diamond sold for $9 million.",
            ),
        ]);
    }

    #[test]
    fn science_health_tech_and_local_news_copy_have_their_loaded_forms() {
        for (t, w, c) in [
            (
                "The pill is a game-changer for patients.",
                "game-changer",
                "intensifier",
            ),
            ("This wonder drug sells out.", "wonder drug", "intensifier"),
            (
                "The killer virus is spreading.",
                "killer virus",
                "intensifier",
            ),
            (
                "Heart-stopping video shows the rescue.",
                "Heart-stopping",
                "intensifier",
            ),
            ("Scientists are playing God.", "playing God", "intensifier"),
            (
                "Advocates are freaking out about the glasses.",
                "freaking out",
                "intensifier",
            ),
            ("The tech bros are back.", "tech bros", "epithet"),
            ("A slumlord left them without heat.", "slumlord", "epithet"),
            ("The AI doomers say so.", "doomers", "epithet"),
            (
                "Frankenfood is coming to your supermarket.",
                "Frankenfood",
                "naming",
            ),
            ("Murder hornets are back.", "Murder hornets", "naming"),
            ("It is an overpriced phone.", "overpriced", "intensifier"),
            (
                "But the miracle weight-loss jab has side effects.",
                "miracle",
                "intensifier",
            ),
        ] {
            assert!(has(t, w, c), "{t}: {:?}", found(t));
        }
        flagged_then_not(&[
            (
                "Miracle baby defies the odds.",
                "Miracle",
                "It was a miracle that anyone survived.",
            ),
            (
                "The killer virus is spreading.",
                "killer virus",
                "Killer T cells cleared the virus.",
            ),
            // A virus, a pathogen or the immune system attacks cells literally.
            (
                "The senator attacked science.",
                "attacked",
                "The virus attacked the cells lining the airways.",
            ),
            (
                "The governor attacked the constitution.",
                "attacked",
                "The immune system attacked healthy tissue.",
            ),
        ]);
    }

    #[test]
    fn a_pretend_punch_an_admission_in_the_first_person_purged_data_and_armed_attacks_are_plain() {
        flagged_then_not(&[
            (
                "The senator pretended to care about the deficit.",
                "pretended",
                "He threw a pretend punch at his colleague.",
            ),
            (
                "The mayor finally admitted that the numbers were wrong.",
                "admitted",
                "At first, I admit, the numbers surprised us.",
            ),
            (
                "The governor purged voter rolls before the vote.",
                "purged",
                "The agency purged data it should not have collected.",
            ),
            // An armed attack on a place is the event, not a charged verb.
            (
                "Conservative critics attacked science itself.",
                "attacked",
                "The government attacked the town of Douma at dawn.",
            ),
            (
                "The senator kept attacking the constitution.",
                "attacking",
                "The Taliban have refrained from attacking major urban centres.",
            ),
        ]);
    }

    #[test]
    fn talk_radio_and_fundraising_hyperbole_and_verdicts_are_flagged() {
        for (t, w, c) in [
            (
                "Folks, this is a five-alarm fire for the republic.",
                "five-alarm fire",
                "intensifier",
            ),
            (
                "The whole arrangement stinks to high heaven.",
                "stinks to high heaven",
                "intensifier",
            ),
            (
                "The caucus has lost its mind.",
                "lost its mind",
                "intensifier",
            ),
            (
                "My opponents have lost their minds.",
                "lost their minds",
                "intensifier",
            ),
            (
                "These deportations tear families apart.",
                "tear families apart",
                "intensifier",
            ),
            (
                "A power-hungry mayor wants more.",
                "power-hungry",
                "intensifier",
            ),
            (
                "His remarks were beneath contempt.",
                "beneath contempt",
                "intensifier",
            ),
            ("That was a flat-out lie.", "flat-out lie", "intensifier"),
            ("It is a brazen lie.", "brazen lie", "intensifier"),
            (
                "The board is in thrall to progressive dogma.",
                "dogma",
                "epithet",
            ),
            (
                "The city keeps coddling repeat offenders.",
                "coddling",
                "charged_verb",
            ),
            ("The council ought to be ashamed.", "ashamed", "intensifier"),
            (
                "Voters will not forgive the Clinton crime family.",
                "crime family",
                "epithet",
            ),
            (
                "The agency was caught red-handed.",
                "caught red-handed",
                "intensifier",
            ),
            (
                "Graduates are drowning in debt.",
                "drowning in debt",
                "intensifier",
            ),
            (
                "The network aired a one-sided interview.",
                "one-sided",
                "intensifier",
            ),
            ("They are whiny brats.", "brats", "epithet"),
        ] {
            assert!(has(t, w, c), "{t}: {:?}", found(t));
        }
        flagged_then_not(&[
            // A fire with five alarms is a fire.
            (
                "It is a five-alarm fire for the economy.",
                "five-alarm fire",
                "A five-alarm fire gutted a warehouse in the Bronx.",
            ),
            // Dogma of a church is its teaching.
            (
                "Conservative dogma rules the caucus.",
                "dogma",
                "Church dogma holds that the soul is immortal.",
            ),
            // A feeling reported is not a verdict on someone.
            (
                "The mayor should be ashamed.",
                "ashamed",
                "He said he was ashamed of his drinking.",
            ),
            // The Mafia's families are named by their founders.
            (
                "The Biden crime family must answer.",
                "crime family",
                "He was a capo in the Gambino crime family.",
            ),
            // A lopsided tally is a score.
            (
                "It was a one-sided story.",
                "one-sided",
                "It was a one-sided vote in the Senate.",
            ),
            // A water-park ride and an eye condition.
            (
                "The lazy contractor never finished the job.",
                "lazy",
                "The campus pool has a lazy river and a slide.",
            ),
        ]);
    }

    #[test]
    fn review_travel_and_business_verdicts_and_sneers_are_flagged() {
        for (t, w, c) in [
            ("The remake is a soulless copy.", "soulless", "intensifier"),
            (
                "It is the most overrated band in Britain.",
                "overrated",
                "intensifier",
            ),
            (
                "We stayed in a filthy motel by the ring road.",
                "filthy",
                "intensifier",
            ),
            (
                "Stuffy bureaucrats ran the federation.",
                "Stuffy",
                "intensifier",
            ),
            (
                "The app is full of predatory tactics.",
                "predatory",
                "intensifier",
            ),
            ("The village is a hidden gem.", "hidden gem", "praise"),
            ("Try the mouth-watering ribs.", "mouth-watering", "praise"),
            (
                "His comebacks are the stuff of legend.",
                "stuff of legend",
                "praise",
            ),
            ("A vulture fund bought the debt.", "vulture fund", "epithet"),
            ("The NIMBYs won again.", "NIMBYs", "epithet"),
            (
                "The tournament is pure sportswashing.",
                "sportswashing",
                "epithet",
            ),
            ("The crypto bros cheered.", "crypto bros", "epithet"),
            (
                "Pundits kept shrieking about the deficit.",
                "shrieking",
                "charged_verb",
            ),
        ] {
            assert!(has(t, w, c), "{t}: {:?}", found(t));
        }
        flagged_then_not(&[
            // Rich beyond measure is a fact about money.
            (
                "The filthy hostel overcharged us.",
                "filthy",
                "The owners are filthy rich.",
            ),
            // A blocked nose.
            (
                "The stuffy officials said no.",
                "stuffy",
                "She woke with a stuffy nose.",
            ),
            // Terms of art of consumer law and economics, and animals that hunt.
            (
                "The predatory game preys on children.",
                "predatory",
                "The bank settled a predatory lending case.",
            ),
            (
                "The predatory game preys on children.",
                "predatory",
                "Sharks are predatory fish.",
            ),
            // A predatory mortgage is the lending term of art.
            (
                "The predatory game preys on children.",
                "predatory",
                "The lender wrote predatory mortgages in the suburbs.",
            ),
            // A cry of fear is not a protest.
            (
                "Critics are shrieking about the tax.",
                "shrieking",
                "The girl shrieked and ran.",
            ),
        ]);
    }

    #[test]
    fn pests_food_and_amenities_are_not_charged_verbs() {
        flagged_then_not(&[
            // Pests and wild animals attack crops and herds literally.
            (
                "The senator attacked democracy.",
                "attacked",
                "Aphids attacked the early wheat near the river.",
            ),
            (
                "The senator attacked the truth.",
                "attacked",
                "Wolves attacked a flock of sheep near the ranch.",
            ),
            // Crushed food is an ingredient.
            (
                "The mayor crushed his critics.",
                "crushed",
                "The salad comes with crushed peas and mint.",
            ),
            (
                "The mayor crushed his critics.",
                "crushed",
                "Top it with crushed walnuts.",
            ),
            // A house or a hotel "boasts" its amenities in listing copy.
            (
                "The mayor boasted about the deal.",
                "boasted",
                "The house boasts canyon views and a new kitchen.",
            ),
        ]);
    }

    #[test]
    fn commonwealth_press_letters_and_school_page_verdicts_are_flagged() {
        for (t, w, c) in [
            (
                "The minister's shambolic handling of the contract cost millions.",
                "shambolic",
                "intensifier",
            ),
            (
                "Farmers are sick and tired of being lectured.",
                "sick and tired",
                "intensifier",
            ),
            (
                "Hoodlums burned the market on Tuesday.",
                "Hoodlums",
                "epithet",
            ),
            (
                "The workshy father of nine was pictured.",
                "workshy",
                "epithet",
            ),
            (
                "The fun police have banned fire pits.",
                "fun police",
                "epithet",
            ),
            (
                "The godless board cancelled the carols.",
                "godless",
                "epithet",
            ),
            ("Nobody has stopped the rot in the party.", "rot", "epithet"),
            (
                "She thanked the nurses for their unfailing kindness.",
                "unfailing",
                "praise",
            ),
            (
                "The exams have been dumbed down again.",
                "dumbed down",
                "charged_verb",
            ),
            (
                "Critics say the syllabus is an exercise in dumbing down.",
                "dumbing down",
                "charged_verb",
            ),
            (
                "The smart fridge is a solution in search of a problem.",
                "solution in search of a problem",
                "intensifier",
            ),
            (
                "He has an uncanny knack for spotting bargains.",
                "uncanny",
                "intensifier",
            ),
        ] {
            assert!(has(t, w, c), "{t}: {:?}", found(t));
        }
        flagged_then_not(&[
            // Root rot and wood rot take no article.
            (
                "Nobody has stopped the rot in the party.",
                "rot",
                "The tree died of root rot.",
            ),
            // A siege named by its place is the event.
            (
                "The governor ordered a siege of the statehouse.",
                "siege",
                "The siege of Antioch lasted eight months.",
            ),
            // The offence of British and Commonwealth law.
            (
                "He called the senator a pervert.",
                "pervert",
                "She was convicted of perverting the course of justice.",
            ),
            // The noun naming the problem in school news.
            (
                "The governor was bullying the legislature.",
                "bullying",
                "Bullying was reported at four schools.",
            ),
            (
                "These bullies were seeking to win at any cost.",
                "bullies",
                "Bullying complaints rose at four schools.",
            ),
            // Writing a score down is no verdict.
            (
                "They want to dumb down the tests.",
                "dumb down",
                "The teachers wrote down the test scores.",
            ),
            // A resemblance or the robots' valley is not a talent.
            (
                "He has an uncanny knack for spotting bargains.",
                "uncanny",
                "The robot sits in the uncanny valley.",
            ),
            // A plea in court reporting.
            (
                "The senator admitted the plan was flawed.",
                "admitted",
                "He admitted 11 counts of burglary at an earlier hearing.",
            ),
        ]);
    }

    #[test]
    fn a_verdict_word_right_after_a_reported_one_is_the_sources_too() {
        let voice = reported_voice;
        // The second word is past the reach of "described", but joined to the first.
        let text = "The manager described his side's injury crisis as an absolute nightmare.";
        assert_eq!(voice(text, "absolute"), Voice::Quoted);
        assert_eq!(voice(text, "nightmare"), Voice::Quoted);
        // A word apart from the reported verdict stays the outlet's.
        let text =
            "The manager described the crisis as an absolute mess, and the reckless board agreed.";
        assert_eq!(voice(text, "absolute"), Voice::Quoted);
        assert_eq!(voice(text, "reckless"), Voice::Outlet);
        // Nothing reported: both words are the outlet's.
        let text = "The crisis at the club is an absolute nightmare.";
        assert_eq!(voice(text, "absolute"), Voice::Outlet);
        assert_eq!(voice(text, "nightmare"), Voice::Outlet);
    }

    #[test]
    fn a_name_given_to_a_noun_in_a_relative_clause_is_the_subjects() {
        let voice = reported_voice;
        // "a practice they call X": the noun is the object, the word after the verb its name.
        let text = "Rights groups object to the spending, a practice they call sportswashing.";
        assert_eq!(voice(text, "sportswashing"), Voice::Quoted);
        let text = "It is a project critics call a boondoggle.";
        assert_eq!(voice(text, "boondoggle"), Voice::Quoted);
        // The writer's own sneer after "call" with no subject before it stays the outlet's.
        let text = "Call it what you like: the tournament is sportswashing.";
        assert_eq!(voice(text, "sportswashing"), Voice::Outlet);
    }

    #[test]
    fn a_coast_guard_attacked_a_long_fire_and_dementia_are_read_as_they_are_meant() {
        flagged_then_not(&[
            // A border and a coast name a policy and a service more often than a place
            // under fire.
            (
                "Critics attacked the truth about the coast guard.",
                "attacked",
                "The government attacked the port at dawn.",
            ),
            (
                "It is a five-alarm fire for the economy.",
                "five-alarm fire",
                "Crews battled a five-alarm fire for six hours in Queens.",
            ),
            (
                "The caucus has lost its mind.",
                "lost its mind",
                "My grandmother slowly lost her mind to dementia.",
            ),
        ]);
    }

    #[test]
    fn an_appositive_before_as_and_what_before_a_naming_verb_keep_the_verdict_reported() {
        for (t, w, voice) in [
            (
                "The chief praised the officer, a close friend, as a hero.",
                "hero",
                Voice::Quoted,
            ),
            (
                "The chief praised the officer - his partner for years - as a hero.",
                "hero",
                Voice::Quoted,
            ),
            (
                "Critics dismissed the plan, which passed on Monday, as reckless.",
                "reckless",
                Voice::Quoted,
            ),
            // A sentence ends before "as": no appositive, the outlet's word.
            (
                "The chief praised the officer, a close friend. As a hero, he was buried.",
                "hero",
                Voice::Outlet,
            ),
            (
                "Aides pointed to what they call the questionable dealings of his son.",
                "questionable",
                Voice::Quoted,
            ),
            (
                "Voters rejected what critics have called a reckless plan.",
                "reckless",
                Voice::Quoted,
            ),
            // The writer's own naming.
            (
                "He fought anarchists and what we would today call terrorists.",
                "terrorists",
                Voice::Outlet,
            ),
            // "what" in its own clause, before the verb's subject clause ends.
            (
                "What happened next, he called the plan reckless and left.",
                "reckless",
                Voice::Quoted,
            ),
            // A question's "what" is the name; the words after the verb are its object,
            // described by the writer.
            (
                "It is not clear what they called the reckless driver.",
                "reckless",
                Voice::Outlet,
            ),
            (
                "Reporters asked what the network called the radical protesters.",
                "radical",
                Voice::Outlet,
            ),
            (
                "The group opposes what it calls the radical agenda of the left.",
                "radical",
                Voice::Quoted,
            ),
        ] {
            assert_eq!(reported_voice(t, w), voice, "{t}");
        }
    }

    #[test]
    fn hailed_without_as_gives_the_verdict_to_those_who_hail() {
        let voices = |t: &str| -> Vec<(String, Voice)> {
            let mut terms = Lexicon::builtin().find(t);
            reported_voices(t, &Lexicon::builtin().key_tokens(t), &mut terms);
            terms.into_iter().map(|m| (m.text, m.voice)).collect()
        };
        let of = |t: &str, w: &str| voices(t).into_iter().find(|(x, _)| x == w).map(|x| x.1);
        for (t, voice) in [
            (
                "A girl is being hailed a hero tonight after she called 911.",
                Voice::Quoted,
            ),
            ("Neighbours hailed her a hero.", Voice::Quoted),
            ("The nurses were hailed heroes.", Voice::Quoted),
            ("She was hailed as a hero by her town.", Voice::Quoted),
            // No one hails here: the outlet calls her a hero.
            ("The hero of the night was a nurse.", Voice::Outlet),
        ] {
            let w = if t.contains("heroes") {
                "heroes"
            } else {
                "hero"
            };
            assert_eq!(of(t, w), Some(voice), "{t}: {:?}", voices(t));
        }
    }

    #[test]
    fn an_editorial_speaking_of_itself_and_a_consensus_passive_are_the_outlets_voice() {
        let voices = |t: &str| -> Vec<(String, Voice)> {
            let mut terms = Lexicon::builtin().find(t);
            reported_voices(t, &Lexicon::builtin().key_tokens(t), &mut terms);
            terms.into_iter().map(|m| (m.text, m.voice)).collect()
        };
        let of = |t: &str, w: &str| voices(t).into_iter().find(|(x, _)| x == w).map(|x| x.1);
        // The paper's own warning is the writer's; a senator's is the senator's.
        let paper = "This newspaper has long warned that the reckless borrowing would end badly.";
        assert_eq!(
            of(paper, "reckless"),
            Some(Voice::Outlet),
            "{:?}",
            voices(paper)
        );
        let board = "Our editorial board argued that the reckless borrowing would end badly.";
        assert_eq!(
            of(board, "reckless"),
            Some(Voice::Outlet),
            "{:?}",
            voices(board)
        );
        let senator = "The senator has long warned that the reckless borrowing would end badly.";
        assert_eq!(
            of(senator, "reckless"),
            Some(Voice::Quoted),
            "{:?}",
            voices(senator)
        );
        let other = "That newspaper has long warned that the reckless borrowing would end badly.";
        assert_eq!(
            of(other, "reckless"),
            Some(Voice::Quoted),
            "{:?}",
            voices(other)
        );
        // "widely regarded as": nobody regards; "described by critics as": critics do.
        let widely = "She is widely regarded as one of the greatest painters alive.";
        let got = of(widely, "one of the greatest");
        assert_eq!(got, Some(Voice::Outlet), "{:?}", voices(widely));
        let critics = "She was described by critics as one of the greatest painters alive.";
        let got = of(critics, "one of the greatest");
        assert_eq!(got, Some(Voice::Quoted), "{:?}", voices(critics));
    }

    #[test]
    fn a_forecast_passive_with_no_judge_named_is_the_writers() {
        let v = reported_voice;
        assert_eq!(
            v("The ruling will be viewed as a seminal moment.", "seminal"),
            Voice::Outlet
        );
        assert_eq!(
            v(
                "The move would surely be seen as a reckless escalation.",
                "reckless"
            ),
            Voice::Outlet
        );
        // A judge named after the verb, or a clause that reports the forecast: a source's.
        assert_eq!(
            v(
                "The ruling will be viewed by historians as a seminal moment.",
                "seminal"
            ),
            Voice::Quoted
        );
        assert_eq!(
            v(
                "Critics say the ruling will be viewed as a seminal moment.",
                "seminal"
            ),
            Voice::Quoted
        );
        // Without a modal the passive still reports what people think.
        assert_eq!(
            v("The ruling is viewed as a seminal moment.", "seminal"),
            Voice::Quoted
        );
    }

    #[test]
    fn the_writer_across_an_adjunct_and_a_hedged_inference_speak_for_the_outlet() {
        let v = reported_voice;
        let manner = "What I must with some regret characterize as a reckless gamble is over.";
        assert_eq!(v(manner, "reckless"), Voice::Outlet);
        let commas = "I must, in all honesty, describe the plan as reckless.";
        assert_eq!(v(commas, "reckless"), Voice::Outlet);
        let only = "What we can only describe as a disgraceful episode ended.";
        assert_eq!(v(only, "disgraceful"), Voice::Outlet);
        // Another subject between the writer's auxiliary and the verb speaks for itself.
        let they = "I must admit, the plan they described as reckless failed.";
        assert_eq!(v(they, "reckless"), Voice::Quoted);
        // "could suggest": the writer's hedge; "the mayor suggested": the mayor's claim.
        let hedge = "The turnout could suggest that voters are disgusted with both parties.";
        assert_eq!(v(hedge, "disgusted"), Voice::Outlet);
        let claim = "The mayor suggested that voters are disgusted with both parties.";
        assert_eq!(v(claim, "disgusted"), Voice::Quoted);
    }

    #[test]
    fn an_organisations_view_opens_a_sentence_as_a_persons_does() {
        let v = reported_voice;
        for opening in ["In its view,", "In his view,", "In the company's view,"] {
            let text = format!("{opening} the merger is a disastrous mistake.");
            assert_eq!(v(&text, "disastrous"), Voice::Quoted, "{text}");
        }
        // The writer's own view stays the outlet's.
        let ours = "In our view, the merger is a disastrous mistake.";
        assert_eq!(v(ours, "disastrous"), Voice::Outlet);
    }

    #[test]
    fn a_view_holder_is_told_by_its_word_in_any_case_and_a_capital_only_in_prose() {
        let v = reported_voice;
        // The same holder in lowercase and in title case.
        for to in ["To many critics,", "To Many Critics,", "To Smith,"] {
            let text = format!("{to} the merger is a disastrous mistake.");
            assert_eq!(v(&text, "disastrous"), Voice::Quoted, "{text}");
        }
        // Set phrases and the writer are no holders, capitalised or not.
        for to in [
            "To be sure,",
            "To Be Sure,",
            "To me,",
            "To Me,",
            "To The Contrary,",
        ] {
            let text = format!("{to} the merger is a disastrous mistake.");
            assert_eq!(v(&text, "disastrous"), Voice::Outlet, "{text}");
        }
        // In a title-case headline a capital tells no name.
        let headline = "To Smith, The Merger Is A Disastrous Mistake";
        assert_eq!(v(headline, "Disastrous"), Voice::Outlet);
    }

    #[test]
    fn a_second_predicate_after_a_quotation_keeps_its_speaker() {
        let v = reported_voice;
        let called = "\"We will fight this,\" she said, and called the plan reckless.";
        assert_eq!(v(called, "reckless"), Voice::Quoted);
        let warned = "Smith said the vote was close and warned it would be catastrophic.";
        assert_eq!(v(warned, "catastrophic"), Voice::Quoted);
        // A second predicate that only acts is the outlet's account of the act.
        let acted = "Smith said the vote was close and stormed out in a reckless rage.";
        assert_eq!(v(acted, "reckless"), Voice::Outlet);
    }

    #[test]
    fn an_appositive_between_speaker_and_verb_keeps_the_speaker() {
        let v = reported_voice;
        for speaker in [
            "Smith, a longtime critic of the mayor,",
            "The senator, the panel's ranking Democrat,",
            "Smith, 54,",
        ] {
            let called = format!("{speaker} called the plan a boondoggle.");
            assert_eq!(v(&called, "boondoggle"), Voice::Quoted, "{called}");
            let said = format!("{speaker} said the plan was reckless.");
            assert_eq!(v(&said, "reckless"), Voice::Quoted, "{said}");
        }
        // The writer with an appositive is still the writer.
        let me = "I, a longtime critic of the mayor, said the plan was reckless.";
        assert_eq!(v(me, "reckless"), Voice::Outlet);
    }

    #[test]
    fn the_walk_to_a_subject_is_shared_by_the_paper_and_the_writers_relative() {
        let text = "Even for me, who has long viewed the plan as reckless, this newspaper, \
                    meanwhile, argued that it was fine.";
        let tokens = Lexicon::builtin().key_tokens(text);
        let at = |w: &str| {
            tokens
                .iter()
                .position(|t| &text[t.start..t.end] == w)
                .expect("word present")
        };
        let word = |k: usize| &text[tokens[k].start..tokens[k].end];
        // "viewed": past "has long" to "who"; "argued": past ", meanwhile," to "newspaper".
        assert_eq!(
            subject_at(text, &tokens, at("viewed")).map(word),
            Some("who")
        );
        assert_eq!(
            subject_at(text, &tokens, at("argued")).map(word),
            Some("newspaper")
        );
        assert!(writer_relative(text, &tokens, at("viewed")));
        assert!(the_paper_itself(text, &tokens, at("argued")));
        assert!(!the_paper_itself(text, &tokens, at("viewed")));
    }

    #[test]
    fn a_speech_participle_after_be_or_keep_reports_its_clause() {
        for (t, w, voice) in [
            ("Critics are saying Sanders is a sexist liar.", "liar", Voice::Quoted),
            ("Critics keep saying the plan is reckless.", "reckless", Voice::Quoted),
            ("Aides were insisting the rollout was a fiasco.", "fiasco", Voice::Quoted),
            // A participle with no "be" or verb of continuing before it opens no clause here.
            ("Saying nothing, the reckless driver sped off.", "reckless", Voice::Outlet),
            // A judging verb's object and verdict open no clause of their own.
            (
                "The idea that critics are calling the mayor a tyrant fits the mainstream media's spin.",
                "mainstream media",
                Voice::Outlet,
            ),
        ] {
            assert_eq!(reported_voice(t, w), voice, "{t}");
        }
    }

    #[test]
    fn praise_in_the_object_of_praise_or_thanks_is_the_praisers() {
        for (t, w, voice) in [
            (
                "Mr Trump praised the courage of the British people.",
                "courage",
                Voice::Quoted,
            ),
            (
                "Netanyahu thanked him for his unwavering support.",
                "unwavering",
                Voice::Quoted,
            ),
            ("She praised the mayor's courage.", "courage", Voice::Quoted),
            (
                "Abe congratulated him on his brilliant campaign.",
                "brilliant",
                Voice::Quoted,
            ),
            (
                "The chief commended the heroic firefighters.",
                "heroic",
                Voice::Quoted,
            ),
            // "Thanks to" is no verb of thanks; the writer's own salute is the writer's.
            (
                "Thanks to the heroic efforts of rescuers, all survived.",
                "heroic",
                Voice::Outlet,
            ),
            ("We salute their courage.", "courage", Voice::Outlet),
            // A praise word past the object's clause is not the praised thing.
            (
                "She praised the plan, and its courage was plain.",
                "courage",
                Voice::Outlet,
            ),
        ] {
            assert_eq!(reported_voice(t, w), voice, "{t}");
        }
    }

    #[test]
    fn a_grave_wound_and_a_claim_of_fear_are_plain() {
        flagged_then_not(&[
            (
                "The scheme was gravely flawed.",
                "gravely",
                "Two riders were gravely injured in the crash.",
            ),
            (
                "The mayor is claiming the audit cleared him.",
                "claiming",
                "More migrants are claiming fear of persecution at the border.",
            ),
            (
                "A mob stormed the hall.",
                "mob",
                "The bill makes mob lynching a federal crime.",
            ),
            (
                "The award-winning chef dazzled again.",
                "award-winning",
                "The Academy Award-winning actor flew to Mexico.",
            ),
            (
                "Rioters chanted like Nazi thugs.",
                "Nazi",
                "Two party figures made Nazi references in speeches.",
            ),
            (
                "It was an all-time blunder.",
                "all-time",
                "Stock prices rose to all-time heights.",
            ),
        ]);
    }

    #[test]
    fn a_trailing_argument_credits_its_whole_clause() {
        for (t, w, voice) in [
            (
                "The files reflect a dangerous impulse to blur the line, Belew argued.",
                "dangerous",
                Voice::Quoted,
            ),
            (
                "The reckless plan will fail, critics insist.",
                "reckless",
                Voice::Quoted,
            ),
            // After "said" a description of a noun stays the outlet's.
            (
                "The horrific attack left eleven dead, police said.",
                "horrific",
                Voice::Outlet,
            ),
        ] {
            assert_eq!(reported_voice(t, w), voice, "{t}");
        }
    }

    #[test]
    fn the_reason_after_a_verb_of_praise_is_the_praisers() {
        for (t, w, voice) in [
            (
                "Park praised the women for their courage.",
                "courage",
                Voice::Quoted,
            ),
            (
                "The FBI hailed Berry as a hero for her daring escape.",
                "daring",
                Voice::Quoted,
            ),
            (
                "They were told that the plan was reckless.",
                "reckless",
                Voice::Quoted,
            ),
            (
                "His allies worry that he is erratic.",
                "erratic",
                Voice::Quoted,
            ),
            (
                "His allies, who worry that he is erratic, met.",
                "erratic",
                Voice::Quoted,
            ),
            // A verb of blame's reason is the outlet's paraphrase.
            (
                "Critics slammed the mayor for his reckless spending.",
                "reckless",
                Voice::Outlet,
            ),
            // A "for" with no verb of praise before it is the outlet's.
            (
                "He paid for the reckless spending himself.",
                "reckless",
                Voice::Outlet,
            ),
            // The next predicate after "and" is the outlet's account of the act.
            (
                "He was praising China for its help and chiding it for its cruel raids.",
                "chiding",
                Voice::Outlet,
            ),
        ] {
            assert_eq!(reported_voice(t, w), voice, "{t}");
        }
    }

    #[test]
    fn an_aside_inside_a_reported_clause_keeps_the_source_s_voice() {
        for (t, w, voice) in [
            (
                "Officials believed that Putin, like so many autocrats, was paranoid.",
                "paranoid",
                Voice::Quoted,
            ),
            (
                "She said the plan, which passed last week, was a disgrace.",
                "disgrace",
                Voice::Quoted,
            ),
            (
                "Officials warned that the cuts, on top of steep reductions in the pipeline, \
                 would be devastating.",
                "devastating",
                Voice::Quoted,
            ),
            (
                "Aides say the governor, a former prosecutor, is ruthless.",
                "ruthless",
                Voice::Quoted,
            ),
            (
                "She said the plan - which passed last week - was a disgrace.",
                "disgrace",
                Voice::Quoted,
            ),
            // A point of view set off by commas is read as one.
            (
                "He believes in order. Democracy, in his view, can dissolve into mob rule.",
                "mob rule",
                Voice::Quoted,
            ),
            // The same clause without a source is the outlet's.
            (
                "The plan, which passed last week, was a disgrace.",
                "disgrace",
                Voice::Outlet,
            ),
            // One comma, no aside: the writer's comment on what was said.
            (
                "He said he would resign, a shameful end to a career.",
                "shameful",
                Voice::Outlet,
            ),
            // The aside closes on a new clause's subject, not on its verb.
            (
                "She said the plan, which passed last week, the shameful mayor ignored.",
                "shameful",
                Voice::Outlet,
            ),
            // The aside belongs to the speaker, and the clause after it to a new one.
            (
                "Smith, who said the plan was bad, was furious.",
                "furious",
                Voice::Outlet,
            ),
            // Marks that do not match open no aside.
            (
                "She said the plan - which passed last week, was a disgrace.",
                "disgrace",
                Voice::Outlet,
            ),
        ] {
            assert_eq!(reported_voice(t, w), voice, "{t}");
        }
    }

    #[test]
    fn an_appositive_object_before_a_naming_verb_s_verdict_keeps_it_reported() {
        for (t, w, voice) in [
            (
                "The senator called the plan, the governor's signature idea, a sham.",
                "sham",
                Voice::Quoted,
            ),
            (
                "The president branded him, a former ally, a traitor.",
                "traitor",
                Voice::Quoted,
            ),
            (
                "Trump called Clinton corrupt several times.",
                "corrupt",
                Voice::Quoted,
            ),
            (
                "Iran branded Israeli Prime Minister Benjamin Netanyahu a liar.",
                "liar",
                Voice::Quoted,
            ),
            // A name, then words that are not the verdict: a call made.
            (
                "He called Prime Minister Benjamin Netanyahu on Tuesday to discuss the \
                 brutal attacks.",
                "brutal",
                Voice::Outlet,
            ),
            // The appositive's own words describe the object: the outlet's.
            (
                "He called the mayor, a shameless opportunist, on Tuesday.",
                "shameless",
                Voice::Outlet,
            ),
            // "called" with no naming verb before the aside.
            (
                "He met the mayor, a former ally, a traitor to some.",
                "traitor",
                Voice::Outlet,
            ),
        ] {
            assert_eq!(reported_voice(t, w), voice, "{t}");
        }
    }

    #[test]
    fn a_finding_or_an_allegation_reports_its_clause() {
        for (t, w, voice) in [
            (
                "Internal documents revealed that a shadowy corporation funded the campaign.",
                "shadowy",
                Voice::Quoted,
            ),
            (
                "The report concluded that the agency was incompetent.",
                "incompetent",
                Voice::Quoted,
            ),
            (
                "The lawsuit alleges the company is a scam.",
                "scam",
                Voice::Quoted,
            ),
            (
                "The lawsuit alleges the company rigged the bids in a brazen scheme.",
                "brazen",
                Voice::Quoted,
            ),
            (
                "Critics say Trump rigged the vote in a shameless scheme.",
                "shameless",
                Voice::Quoted,
            ),
            (
                "He moved to the capital in the hopes that he can humiliate his rivals.",
                "humiliate",
                Voice::Quoted,
            ),
            // A past form before "by" is a passive's, not a clause's verb: the words
            // after it name who signed, the outlet's description.
            (
                "They say a letter signed by radical activists arrived.",
                "radical",
                Voice::Outlet,
            ),
            // A second "that" clause of the same verb.
            (
                "The report alleges that Perez engineered a plan, and that he meddled \
                 with the decision.",
                "meddled",
                Voice::Quoted,
            ),
            (
                "Critics said that the plan was late and that the mayor was a disgrace.",
                "disgrace",
                Voice::Quoted,
            ),
            // "that" as a demonstrative after "and".
            (
                "Critics said that the plan was late and that shameful remark stood.",
                "shameful",
                Voice::Outlet,
            ),
            // A verb of saying is no subject: "said" before a past form.
            (
                "She said touted the plan as something new.",
                "touted",
                Voice::Outlet,
            ),
            (
                "She believes he later disparaged her to colleagues.",
                "disparaged",
                Voice::Quoted,
            ),
            // "said" with an object and a clause of time: the nominee's act is the
            // outlet's account.
            (
                "Craven leaders said nothing as their nominee spewed more racist bile.",
                "racist",
                Voice::Outlet,
            ),
            // The writer's allegation is the outlet's.
            (
                "We allege the company rigged the bids in a brazen scheme.",
                "brazen",
                Voice::Outlet,
            ),
        ] {
            assert_eq!(reported_voice(t, w), voice, "{t}");
        }
    }

    #[test]
    fn review_the_voice_rules_stop_at_their_clause_and_line() {
        for (t, w, voice) in [
            // The arguing verb of a later clause does not credit the attribution's clause.
            (
                "The reckless plan failed, police said, though some think otherwise.",
                "reckless",
                Voice::Outlet,
            ),
            (
                "The reckless plan will fail, critics insist.",
                "reckless",
                Voice::Quoted,
            ),
            // A word on the next line is not joined to a reported verdict before it.
            (
                "The manager described the crisis as an absolute nightmare\nReckless drivers were fined.",
                "Reckless",
                Voice::Outlet,
            ),
            (
                "The manager described the crisis as an absolute nightmare\nReckless drivers were fined.",
                "nightmare",
                Voice::Quoted,
            ),
            // "praise" or "thanks" right before "for" is the noun: the sentence's own verdict.
            (
                "The film deserves praise for its brilliant script.",
                "brilliant",
                Voice::Outlet,
            ),
            ("Thanks for your heroic work.", "heroic", Voice::Outlet),
            (
                "It was praised for its brilliant design.",
                "brilliant",
                Voice::Quoted,
            ),
            // A time phrase opening the sentence is not a noun a relative clause names.
            (
                "During the storm she called the heroic crew.",
                "heroic",
                Voice::Outlet,
            ),
            (
                "After the crash he called the reckless driver.",
                "reckless",
                Voice::Outlet,
            ),
            (
                "They engage in a practice critics call sportswashing.",
                "sportswashing",
                Voice::Quoted,
            ),
        ] {
            assert_eq!(reported_voice(t, w), voice, "{t}");
        }
    }

    #[test]
    fn reported_clauses_reach_past_commas_of_one_phrase_and_channels_of_speech() {
        for (t, w, voice) in [
            // A long reported clause is read to its end.
            (
                "They also contend citizens have the right to such weaponry to protect against future government tyranny.",
                "tyranny",
                Voice::Quoted,
            ),
            // "unless" opens a clause of its own, as "if" does.
            (
                "The argument that no one would ever lie unless it paid is patent nonsense.",
                "nonsense",
                Voice::Outlet,
            ),
            // A light verb's irregular past after "and" is the subject's next act.
            (
                "Collins told reporters the campaign would not sway her and took a swipe at the groups.",
                "swipe at",
                Voice::Outlet,
            ),
            // Commas between two modifiers of one noun phrase.
            ("Critics called it a costly, reckless plan.", "reckless", Voice::Quoted),
            (
                "Activists dismissed the plan as a quixotic, even dangerous, cause.",
                "dangerous",
                Voice::Quoted,
            ),
            ("The plan is costly, reckless officials said.", "reckless", Voice::Outlet),
            // A trailing speaker who spoke through a channel, however the sentence goes on.
            (
                "The law is fatally flawed, a federal judge said Friday in a ruling that sides with the states.",
                "fatally",
                Voice::Quoted,
            ),
            (
                "The plan is a disgrace, the ministry said in a statement posted online late on Sunday night.",
                "disgrace",
                Voice::Quoted,
            ),
            (
                "The plan is a disgrace, the ministry said on Sunday after a meeting that ran long.",
                "disgrace",
                Voice::Outlet,
            ),
            // A subordinate clause goes on to the trailing attribution; a contrast does not.
            (
                "Doctored video is dangerous because we trust what we see, Li says.",
                "dangerous",
                Voice::Quoted,
            ),
            ("The plan is reckless, but it will pass, Li says.", "reckless", Voice::Outlet),
            ("The plan is reckless but it will pass, Li says.", "reckless", Voice::Outlet),
            // A capital inside prose is a name, not a verb of naming; a headline keeps it.
            (
                "Fans cheered when Coach Big Call and his miraculous comeback were named.",
                "miraculous",
                Voice::Outlet,
            ),
            ("Trump Calls the Plan a Reckless Sham", "Reckless", Voice::Quoted),
            // A trailing attribution before ", but" and a new subject still credits.
            (
                "He might be a racist, they say, but his voters are not.",
                "racist",
                Voice::Quoted,
            ),
            (
                "The plan is reckless, he said, then deleted the post.",
                "reckless",
                Voice::Outlet,
            ),
            // Quoted words in the object of a verb of condemning are the condemner's.
            (
                "He railed against the “rigged” primary process.",
                "rigged",
                Voice::Quoted,
            ),
            ("He won the “rigged” primary process.", "rigged", Voice::Outlet),
            // A verb of saying spelled like a plural noun, after its subject.
            (
                "He notes that the plan is reckless.",
                "reckless",
                Voice::Quoted,
            ),
            (
                "The bill states that such fears are irrational.",
                "irrational",
                Voice::Quoted,
            ),
            (
                "Mr. Smith notes that the plan is reckless.",
                "reckless",
                Voice::Quoted,
            ),
            (
                "Her notes that the plan is reckless were found.",
                "reckless",
                Voice::Outlet,
            ),
            (
                "It hurt the United States that sets a dangerous precedent.",
                "dangerous",
                Voice::Outlet,
            ),
            (
                "The kind mash notes that drip from briefings at scary times grew.",
                "scary",
                Voice::Outlet,
            ),
            // A subject pronoun after a verb of saying opens the reported clause.
            (
                "The senator did not name him, but said she shares the disgust of the crews.",
                "disgust",
                Voice::Quoted,
            ),
            (
                "The senator said it in public, and the disgust of the crews grew.",
                "disgust",
                Voice::Outlet,
            ),
            // What history or the record "suggests" is the writer's inference.
            (
                "The history of such purges suggests that the result is bloodshed.",
                "bloodshed",
                Voice::Outlet,
            ),
            (
                "The record suggests that the mayor is corrupt.",
                "corrupt",
                Voice::Outlet,
            ),
            (
                "The mayor suggested that the rival is corrupt.",
                "corrupt",
                Voice::Quoted,
            ),
            // A verdict after "judged" is the judge's, with or without its agent.
            (
                "Such donors are judged irrational by the right.",
                "irrational",
                Voice::Quoted,
            ),
        ] {
            assert_eq!(reported_voice(t, w), voice, "{t}");
        }
    }

    #[test]
    fn a_verb_of_condemning_takes_its_object_quote_but_not_as_a_noun() {
        for (t, w, voice) in [
            (
                "She often lambasts the “rigged” system.",
                "rigged",
                Voice::Quoted,
            ),
            (
                "They rushed to condemn the “rigged” vote.",
                "rigged",
                Voice::Quoted,
            ),
            (
                "He wants to slam the “rigged” vote.",
                "rigged",
                Voice::Quoted,
            ),
            // After a determiner or a number the word is a noun.
            (
                "Two rails near the “safe” zone buckled.",
                "safe",
                Voice::Outlet,
            ),
            (
                "The rails near the “safe” zone buckled.",
                "safe",
                Voice::Outlet,
            ),
            (
                "He leaned on the rail of the “safe” zone.",
                "safe",
                Voice::Outlet,
            ),
            // Every form of the verb reports, before or after the quotation; the noun does not.
            (
                "The deal is a “sellout,” the union boss railed on Monday.",
                "sellout",
                Voice::Quoted,
            ),
            (
                "She vilified the “parasites” who run the council.",
                "parasites",
                Voice::Quoted,
            ),
            (
                "Two blasts hit the “safe” zone near the border overnight.",
                "safe",
                Voice::Outlet,
            ),
        ] {
            assert_eq!(reported_voice(t, w), voice, "{t}");
        }
    }

    #[test]
    fn a_condition_on_the_next_word_reads_a_possessive_as_its_noun() {
        let lex = Lexicon::builtin();
        let flagged = |t: &str| {
            lex.find(t)
                .iter()
                .any(|m| m.text.eq_ignore_ascii_case("war on"))
        };
        assert!(!flagged("The War on Poverty's success is plain."));
        assert!(!flagged("The War on Poverty began in 1964."));
        assert!(flagged("The war on Christmas is back."));
        let claims = |t: &str| {
            lex.find(t)
                .iter()
                .any(|m| m.category == Category::Presupposing)
        };
        assert!(!claims("He vowed to uphold the False Claims Act."));
        assert!(claims("He repeated false claims about the vote."));
    }

    #[test]
    fn state_media_tabloid_labour_and_press_release_words_are_flagged() {
        for (t, w, c) in [
            (
                "The summit is nothing more than a clumsy stunt.",
                "nothing more than",
                "intensifier",
            ),
            (
                "The levy is nothing but a handout to donors.",
                "nothing but",
                "intensifier",
            ),
            (
                "The bosses kept pocketing bonuses.",
                "pocketing",
                "charged_verb",
            ),
            (
                "Rioters egged on by foreign forces smashed the gates.",
                "egged on",
                "charged_verb",
            ),
            (
                "The senator keeps doing the bidding of the mining lobby.",
                "doing the bidding",
                "charged_verb",
            ),
            (
                "Their plan would rip away coverage from farmers.",
                "rip away",
                "charged_verb",
            ),
            (
                "Cleaners are still paid poverty wages.",
                "poverty wages",
                "intensifier",
            ),
            (
                "Panic-stricken traders dumped the bonds.",
                "Panic-stricken",
                "intensifier",
            ),
            (
                "The decree hands the guards a licence to kill.",
                "licence to kill",
                "intensifier",
            ),
            (
                "The flood left shattered lives along the valley.",
                "shattered lives",
                "intensifier",
            ),
            ("She wore a frumpy cardigan.", "frumpy", "intensifier"),
            (
                "The collective West is losing its grip.",
                "collective West",
                "epithet",
            ),
            (
                "Washington must drop its Cold War mentality.",
                "Cold War mentality",
                "epithet",
            ),
            (
                "The imperialists held drills off the coast.",
                "imperialists",
                "epithet",
            ),
            ("Love rat Gary was seen again.", "Love rat", "epithet"),
            ("The diva walked out of rehearsal.", "diva", "epithet"),
            (
                "The strike-happy drivers walked out again.",
                "strike-happy",
                "epithet",
            ),
            (
                "Harbor Labs, a leading provider of sensors, announced the deal.",
                "leading provider",
                "praise",
            ),
            (
                "The governor stole the show at the dinner.",
                "stole the show",
                "praise",
            ),
            (
                "He is too extreme for the county.",
                "extreme",
                "ideological_label",
            ),
        ] {
            assert!(has(t, w, c), "{t}: {:?}", found(t));
        }
        flagged_then_not(&[
            // A figure's span, a cheek's pocket, an egg on a face and a sale's bidding.
            (
                "The audit was nothing more than a whitewash.",
                "nothing more than",
                "The fee rose by nothing more than 2 percent.",
            ),
            (
                "He was caught pocketing the fees.",
                "pocketing",
                "Deep-pocketed donors gave early.",
            ),
            (
                "Fans egged on the brawl.",
                "egged on",
                "He was left with egg on his face.",
            ),
            (
                "They do the bidding of the banks.",
                "do the bidding",
                "Bidding for the lot closes on Friday.",
            ),
            // An opera singer, the adjective of history, and the weather.
            (
                "Hollywood divas demanded new trailers.",
                "divas",
                "The opera diva sang two encores.",
            ),
            (
                "The imperialists will pay, the agency said.",
                "imperialists",
                "The imperialist era ended in 1945.",
            ),
            (
                "The mayor is too extreme for this city.",
                "extreme",
                "Extreme heat closed the schools.",
            ),
            (
                "He is too extreme for the county.",
                "extreme",
                "The heat was too extreme for the crops, and the cold too extreme for hikers.",
            ),
            // A leading cause is a rank; a stolen car is theft.
            (
                "It calls itself a leading provider of care.",
                "leading provider",
                "Smoking is a leading cause of cancer.",
            ),
            (
                "Her speech stole the show.",
                "stole the show",
                "He stole the car from the lot.",
            ),
            // The fashion page's cut, the insurance trade's modeler, and a figure reached
            // past "above".
            (
                "The party is plunging into chaos.",
                "plunging",
                "She wore a plunging neckline.",
            ),
            (
                "The party is plunging into chaos.",
                "plunging",
                "She wore a plunging black velvet gown.",
            ),
            (
                "The board's plan was catastrophic.",
                "catastrophic",
                "Insurers cited the catastrophe modeler Verisk.",
            ),
            (
                "His rhetoric was soaring.",
                "soaring",
                "Bitcoin soared above $100,000 on Thursday.",
            ),
        ]);
    }

    #[test]
    fn review_sport_money_and_gun_debate_words_are_flagged() {
        for (t, w, c) in [
            (
                "The boxer mouthed off all week.",
                "mouthed off",
                "charged_verb",
            ),
            (
                "The minister sulked through the debate.",
                "sulked",
                "charged_verb",
            ),
            (
                "Foreign wars are bleeding the country dry.",
                "bleeding",
                "charged_verb",
            ),
            (
                "The gun grabbers are back in the capital.",
                "gun grabbers",
                "epithet",
            ),
            (
                "A gun-grabbing senator filed the bill.",
                "gun-grabbing",
                "epithet",
            ),
            (
                "The drug cheat was cheered at the finish.",
                "drug cheat",
                "epithet",
            ),
            ("A yob went berserk on the train.", "yob", "epithet"),
            ("The tower is hideous.", "hideous", "intensifier"),
            ("His turgid prose sank the book.", "turgid", "intensifier"),
            ("It was a sneaky rule change.", "sneaky", "intensifier"),
            (
                "The swaggering tycoon took the stage.",
                "swaggering",
                "intensifier",
            ),
            (
                "Buying the index fund is a no-brainer.",
                "no-brainer",
                "intensifier",
            ),
            (
                "He sold a get-rich-quick course.",
                "get-rich-quick",
                "intensifier",
            ),
            ("His reputation is in tatters.", "in tatters", "intensifier"),
            (
                "The agency was asleep at the wheel.",
                "asleep at the wheel",
                "intensifier",
            ),
            ("It was the flight from hell.", "from hell", "intensifier"),
            ("Alas, the second act drags.", "Alas", "intensifier"),
            ("The new car park is an eyesore.", "eyesore", "intensifier"),
            (
                "Twelve pounds for a sandwich is daylight robbery.",
                "daylight robbery",
                "intensifier",
            ),
            ("It was soul-crushing work.", "soul-crushing", "intensifier"),
            (
                "Strikers held holidaymakers to ransom.",
                "to ransom",
                "intensifier",
            ),
            (
                "Okafor delivered a masterclass in tyre management.",
                "masterclass",
                "praise",
            ),
            (
                "She gave a master class on how to win.",
                "master class",
                "praise",
            ),
            (
                "He is a generational talent.",
                "generational talent",
                "praise",
            ),
            ("It is a genre-defining game.", "genre-defining", "praise"),
            (
                "The governor signed constitutional carry.",
                "constitutional carry",
                "naming",
            ),
            (
                "They want to ban modern sporting rifles.",
                "modern sporting rifles",
                "naming",
            ),
        ] {
            assert!(has(t, w, c), "{t}: {:?}", found(t));
        }
        let got = found("The state passed constitutional carry.");
        assert_eq!(got[0].2.as_deref(), Some("permitless carry"), "{got:?}");
        flagged_then_not(&[
            // A wound bleeds; a clause about a driver's sleep; a surname; a class taught.
            (
                "Greedy funds bled the town dry.",
                "bled",
                "The wound bled for an hour.",
            ),
            (
                "The regulator was asleep at the wheel.",
                "asleep at the wheel",
                "The driver fell asleep at the wheel of a car.",
            ),
            (
                "Another yob was jailed.",
                "yob",
                "John Yob moved to the islands.",
            ),
            (
                "It was a masterclass in patience.",
                "masterclass",
                "The violinist taught a master class at the conservatory.",
            ),
            (
                "The party is in tatters.",
                "in tatters",
                "His clothes were in tatters.",
            ),
            (
                "The film is obscene.",
                "obscene",
                "He was fined for an audible obscenity.",
            ),
        ]);
        // Plain twins of entries whose conditions this set of words added: a weight class,
        // tyre wear, an idiom of winning, a cycling move, a predator of the Triassic, a
        // court admitting evidence, a racket smashed, and "would like nothing more than".
        for text in [
            "He kept the WBA heavyweight title.",
            "Teams struggled with blistering on the front tyre.",
            "The win gave them bragging rights.",
            "Moreau attacked on the final climb.",
            "It was a predatory reptile from the Triassic.",
            "The judge admitted evidence from the search.",
            "He was fined for smashing his racket.",
            "She would like nothing more than to win.",
            "The state allows permitless carry.",
            "The bill bans semi-automatic rifles.",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
        for (t, w) in [
            ("Party heavyweight Jones spoke first.", "heavyweight"),
            (
                "The plan looks like little more than a stunt.",
                "little more than",
            ),
            ("The next bloodbath is coming.", "bloodbath"),
            ("They went on bragging about it.", "bragging"),
        ] {
            assert!(found(t).iter().any(|g| g.0 == w), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn exact_forms_keep_the_verb_forms_of_their_former_stems() {
        // The stem entries these replaced took in the base verb ("assail") and the British
        // spellings of "patronizing"'s family; the verb "torch" after "to" or a modal.
        flagged_then_not(&[
            (
                "Critics assail the plan.",
                "assail",
                "The assailant fled on foot.",
            ),
            (
                "Do not patronise voters.",
                "patronise",
                "Patrons filled the bar.",
            ),
            (
                "He patronised the panel.",
                "patronised",
                "Patrons filled the bar.",
            ),
            (
                "They threatened to torch the deal.",
                "torch",
                "They passed the torch to the next generation.",
            ),
            (
                "Voters will torch the plan.",
                "torch",
                "He lit a torch to see.",
            ),
            // A country flooded by water, not by people.
            (
                "Migrants flooded the country last year.",
                "flooded",
                "Much of the country was flooded, and the generators too.",
            ),
        ]);
    }

    #[test]
    fn families_of_the_twenty_seventh_gold_set_and_their_plain_twins() {
        for (text, word, category) in [
            (
                "Friends called the old ferryman a gentle giant.",
                "gentle giant",
                "praise",
            ),
            (
                "The town mourned a great man on Friday.",
                "great man",
                "praise",
            ),
            (
                "The retiring judge was the last of a dying breed.",
                "last of a dying breed",
                "praise",
            ),
            ("The award was richly deserved.", "richly", "praise"),
            (
                "The club has lost its soul since the takeover.",
                "lost its soul",
                "intensifier",
            ),
            (
                "The senator's latest stunt marks a new low for the chamber.",
                "new low",
                "intensifier",
            ),
            (
                "The rota was riddled with errors all term.",
                "riddled",
                "intensifier",
            ),
            (
                "The ward inquiry published a damning report.",
                "damning",
                "intensifier",
            ),
            (
                "Refugees were herded onto the barges like cattle.",
                "like cattle",
                "intensifier",
            ),
            (
                "The mayor could not care less about the east side.",
                "could not care less",
                "intensifier",
            ),
            (
                "The deal was cheered by Beltway insiders.",
                "Beltway insiders",
                "epithet",
            ),
            (
                "A fiend who robbed pensioners was jailed.",
                "fiend",
                "epithet",
            ),
            (
                "The director pocketed the proceeds of the sale.",
                "pocketed",
                "charged_verb",
            ),
            (
                "The bill would disarm law-abiding residents.",
                "disarm",
                "charged_verb",
            ),
            (
                "The rule is a naked attempt to win the seat.",
                "naked",
                "intensifier",
            ),
            (
                "It is a land grab dressed up as a park plan.",
                "dressed up",
                "charged_verb",
            ),
            (
                "Nothing changes in the Washington swamp.",
                "swamp",
                "epithet",
            ),
            (
                "The great man's passing stunned the town.",
                "passing",
                "naming",
            ),
            ("A spoiled heiress crashed her car.", "spoiled", "epithet"),
            (
                "She unveiled a common-sense plan for the port.",
                "common-sense",
                "praise",
            ),
            (
                "By nightfall the square was a lawless free-for-all.",
                "free-for-all",
                "intensifier",
            ),
            (
                "Her first album defined a generation.",
                "defined a generation",
                "praise",
            ),
            (
                "The rule was written by unelected bureaucrats.",
                "unelected",
                "epithet",
            ),
            (
                "The strike plunged the port into chaos.",
                "plunged",
                "intensifier",
            ),
        ] {
            assert!(has(text, word, category), "{text}: {:?}", found(text));
        }
        // Plain twins: shares at a new low, a body riddled with bullets, a sugar fiend, a
        // deep-pocketed donor, an armed group asked to disarm, malware's technical
        // "malicious web page", "a great many".
        for (text, word) in [
            ("Shares of the lender hit a new low on Monday.", "new low"),
            ("The truck was riddled with bullets.", "riddled"),
            ("He admits to being a sugar fiend.", "fiend"),
            ("A deep-pocketed donor funded the ads.", "pocketed"),
            ("The ceasefire requires the militia to disarm.", "disarm"),
            (
                "The flaw let a malicious web page send commands to the model.",
                "malicious",
            ),
            ("A great many voters stayed home.", "great many"),
            ("Alligators live in the swamp near the river.", "swamp"),
            (
                "The Hill's passing new sanctions surprised Moscow.",
                "passing",
            ),
            ("Tuition would be free for all students.", "free for all"),
            ("The officer plunged into the icy river.", "plunged"),
            ("Temperatures plunged below freezing overnight.", "plunged"),
            ("The unelected upper chamber sat late.", "unelected"),
        ] {
            assert!(
                found(text)
                    .iter()
                    .all(|(t, _, _)| !t.eq_ignore_ascii_case(word)),
                "{text}: {:?}",
                found(text)
            );
        }
    }

    #[test]
    fn families_of_the_twenty_sixth_gold_set_and_their_plain_twins() {
        for (text, word, category) in [
            (
                "The new scheme siphons taxpayer money into private academies.",
                "siphons",
                "charged_verb",
            ),
            (
                "The board was gambling with the savings of retirees.",
                "gambling with",
                "charged_verb",
            ),
            (
                "His remarks poisoned the well for every later talk.",
                "poisoned",
                "charged_verb",
            ),
            (
                "Foreign agents keep trying to stir up trouble in the port.",
                "stir up trouble",
                "charged_verb",
            ),
            (
                "Starry-eyed buyers piled into the fund.",
                "Starry-eyed",
                "intensifier",
            ),
            (
                "The gadget is an overhyped toy.",
                "overhyped",
                "intensifier",
            ),
            (
                "She is a judge of unimpeachable integrity.",
                "unimpeachable",
                "praise",
            ),
            (
                "The culture warriors on the board won again.",
                "culture warriors",
                "epithet",
            ),
            (
                "Parents who object are not book burners.",
                "book burners",
                "epithet",
            ),
            (
                "The campus commissars will not like this.",
                "commissars",
                "epithet",
            ),
            (
                "The terror gang fired again at passing ships.",
                "terror gang",
                "epithet",
            ),
            (
                "Turning down the bribe took honor and courage.",
                "courage",
                "praise",
            ),
            (
                "The courageous nurse stayed on the ward.",
                "courageous",
                "praise",
            ),
        ] {
            assert!(has(text, word, category), "{text}: {:?}", found(text));
        }
        // Literal and idiomatic twins: fuel siphoned from a tank, votes a third party
        // draws off, sports gambling, a poisoned dog, the army's political commissars,
        // the courage to act, a storm that claimed another victim.
        for (text, word) in [
            ("Thieves siphoned fuel from the parked trucks.", "siphoned"),
            (
                "A third candidate may siphon votes from the incumbent.",
                "siphon",
            ),
            (
                "The state licenses sports gambling with a mobile app.",
                "gambling with",
            ),
            ("The man poisoned his neighbor's dog.", "poisoned"),
            (
                "The political commissars of the army attended the parade.",
                "commissars",
            ),
            ("She found the courage to testify against him.", "courage"),
            ("Both parties need the courage to act.", "courage"),
            ("The storm claimed another victim on Tuesday.", "claimed"),
            ("The flu claimed nearly 600 lives this winter.", "claimed"),
            ("The fever is claiming about 40 lives a week.", "claiming"),
        ] {
            assert!(
                found(text).iter().all(|(t, _, _)| t != word),
                "{text}: {:?}",
                found(text)
            );
        }
        // "Claimed" before a statement still presupposes.
        assert!(has(
            "The firm claimed the audit was flawless.",
            "claimed",
            "presupposing"
        ));
    }

    #[test]
    fn a_relative_which_after_a_comma_reaches_the_subject_of_its_verb() {
        // The pipeline is the subject of "was sabotaged": literal sabotage.
        let plain = "The pipeline, which was sabotaged by divers in 2022, has stayed shut.";
        assert!(
            found(plain).iter().all(|(t, _, _)| t != "sabotaged"),
            "{:?}",
            found(plain)
        );
        // A plan or a person sabotaged is the writer's charge.
        for text in [
            "The talks, which were sabotaged by hardliners, collapsed in May.",
            "The senator, who was sabotaged by his own staff, lost the race.",
        ] {
            assert!(
                has(text, "sabotaged", "charged_verb"),
                "{text}: {:?}",
                found(text)
            );
        }
    }

    #[test]
    fn a_capitalised_speech_verb_inside_a_name_reports_no_clause() {
        for (text, word, voice) in [
            // "Say" is part of the law's name, not a verb that credits "cruel" to anyone.
            ("The Don't Say Gay law is cruel.", "cruel", Voice::Outlet),
            (
                "The Just Say No campaign was a cruel failure.",
                "cruel",
                Voice::Outlet,
            ),
            // A verb of saying in prose, and a headline in title case, still credit.
            ("Critics say the law is cruel.", "cruel", Voice::Quoted),
            ("Critics Say the Law Is Cruel", "Cruel", Voice::Quoted),
            // A verb opening a later sentence is capitalised as its first word, no name.
            (
                "The council met on Monday. Calling the plan a sham, critics marched.",
                "sham",
                Voice::Quoted,
            ),
            (
                "The council met on Monday. Warning of a disastrous winter, the minister asked for calm.",
                "disastrous",
                Voice::Quoted,
            ),
        ] {
            assert_eq!(reported_voice(text, word), voice, "{text}");
        }
    }

    #[test]
    fn blame_as_blood_naked_motives_fat_pay_and_vices_dressed_up() {
        for (text, word, category) in [
            (
                "The governor has blood on his hands after the flood.",
                "blood on his hands",
                "intensifier",
            ),
            (
                "It was naked political calculation.",
                "naked",
                "intensifier",
            ),
            (
                "Executives paid themselves fat bonuses.",
                "fat",
                "intensifier",
            ),
            (
                "The vote was bigotry dressed up as a parking dispute.",
                "dressed up",
                "charged_verb",
            ),
            (
                "New rules strangled drilling permits for a decade.",
                "strangled",
                "intensifier",
            ),
        ] {
            assert!(has(text, word, category), "{text}: {:?}", found(text));
        }
        for (text, word) in [
            (
                "Police found blood on his shirt and on the floor.",
                "blood on his hands",
            ),
            ("The comet was visible to the naked eye.", "naked"),
            ("The firm enjoys fat margins on its chips.", "fat"),
            (
                "The children dressed up as witches for the parade.",
                "dressed up",
            ),
        ] {
            assert!(
                found(text).iter().all(|(t, _, _)| t != word),
                "{text}: {:?}",
                found(text)
            );
        }
    }

    #[test]
    fn a_title_claimed_a_hedged_danger_and_a_terror_network_are_plain() {
        flagged_then_not(&[
            (
                "The senator claimed the audit was rigged.",
                "claimed",
                "The province claimed sovereignty over the islands.",
            ),
            (
                "He claimed lead levels were safe.",
                "claimed",
                "The runner claimed the title in Boston.",
            ),
            (
                "The dangerous new ideology spread through the party.",
                "dangerous",
                "A court may disarm potentially dangerous individuals.",
            ),
            (
                "The terrorist regime silenced its critics.",
                "terrorist",
                "Agencies traced the terrorist network through bank records.",
            ),
        ]);
    }

    #[test]
    fn borders_unions_and_state_media_praise_beside_their_literal_twins() {
        flagged_then_not(&[
            (
                "Smugglers keep slipping through the porous border.",
                "porous",
                "Water seeps through the porous rock below the dam.",
            ),
            (
                "Militant unions called the nurses out again.",
                "Militant",
                "The militants left the village before dawn.",
            ),
            (
                "Supine regulators let the banks write the rules.",
                "Supine",
                "The ward nurse checked the patient in a supine position.",
            ),
            (
                "The slash-and-burn government cut the arts budget.",
                "slash-and-burn",
                "Farmers still practise slash-and-burn farming in the hills.",
            ),
            (
                "Landlords are profiteering from the housing shortage.",
                "profiteering",
                "The bakery turned a profit in its second year.",
            ),
            (
                "The new sports drink is hooking a generation of teenagers.",
                "hooking",
                "The crane was hooking steel beams onto the truck.",
            ),
            (
                "The overrun on the bridge has swallowed $2 billion so far.",
                "swallowed",
                "The patient swallowed the pill with some water.",
            ),
            (
                "The party lost a once-in-a-generation leader.",
                "once-in-a-generation",
                "Engineers braced for a once-in-a-generation storm.",
            ),
            (
                "Big Oil spent millions fighting the tax.",
                "Big Oil",
                "A big oil exporter raised output in May.",
            ),
            (
                "The mayor fumed at the delay.",
                "fumed",
                "Toxic fumes from a chlorine leak closed the school.",
            ),
            (
                "Troops slaughtered villagers in the night.",
                "slaughtered",
                "Broilers are kept in sheds of 20,000 birds and slaughtered at six weeks.",
            ),
            (
                "The minister set out a grown-up policy on migration.",
                "grown-up",
                "She has three grown-up children in Leeds.",
            ),
            (
                "The patrol gunned down two teenagers at the gate.",
                "gunned down",
                "The patrol shot and killed an armed man at the gate.",
            ),
            (
                "The deputies gunned down a fleeing driver.",
                "gunned down",
                "He put his gun down and raised his hands.",
            ),
            (
                "The migrant tide reached the island again.",
                "tide",
                "The high tide reached the sea wall at noon.",
            ),
        ]);
    }

    #[test]
    fn money_verbs_class_names_and_puffery_beside_their_literal_twins() {
        flagged_then_not(&[
            (
                "The regulators waved through the merger in a week.",
                "waved through",
                "Border guards waved through the convoy at dawn.",
            ),
            (
                "The new stadium has devoured $900 million so far.",
                "devoured",
                "The children devoured the cake at the party.",
            ),
            (
                "The county keeps shoveling money at the team's owner.",
                "shoveling",
                "Volunteers spent the morning shoveling snow off the steps.",
            ),
            (
                "The state showered billions on the stadium's owner.",
                "showered",
                "Rain showers brought relief to the valley.",
            ),
            (
                "Leaders tried to cram the provisions into the spending bill.",
                "cram",
                "About forty residents crammed into the library for the meeting.",
            ),
            (
                "Critics howled when the council raised fares.",
                "howled",
                "The wind howled through the valley all night.",
            ),
            (
                "A shining example of a must-have gadget went on sale.",
                "must-have",
                "Voters must have their ballots in by Friday.",
            ),
            (
                "The league signed three mercenary players for the final.",
                "mercenary",
                "The mercenary leader was captured near the border.",
            ),
            (
                "Cowboy builders left the roof half done.",
                "Cowboy",
                "The rodeo rider wore a cowboy hat.",
            ),
            (
                "The firm's new chip leaves its rivals in the dust.",
                "in the dust",
                "Rescuers searched in the dust of the collapsed block.",
            ),
            (
                "A mob of protesters blocked the road.",
                "mob",
                "A mob of kangaroos crossed the road.",
            ),
            (
                "Regulators called the new drug plan a scam.",
                "scam",
                "Police warned about a phone scam aimed at retirees.",
            ),
            (
                "Illegal migrants invaded the town, the flyer said in bold letters.",
                "invaded",
                "Locusts invaded the wheat fields in the east.",
            ),
            (
                "The chancellor plans a pensions raid on middle earners.",
                "raid",
                "Police carried out a raid on a flat in the east of the city.",
            ),
        ]);
    }

    #[test]
    fn strike_breakers_vagrants_puffery_and_charges_beside_their_literal_twins() {
        flagged_then_not(&[
            (
                "Scabs crossed the picket line on Monday.",
                "Scabs",
                "The nurse cleaned the scabs on his knee.",
            ),
            (
                "Vagrants have camped in the square all summer.",
                "Vagrants",
                "Birders drove north to see a vagrant warbler.",
            ),
            (
                "The council balanced its budget on the backs of retirees.",
                "on the backs of",
                "Players wore slogans on the backs of their jerseys.",
            ),
            (
                "Drillers want to spoil the pristine wilderness of the valley.",
                "pristine",
                "The collector kept a pristine copy of the comic.",
            ),
            (
                "The senator's stunt was a reception fit for a king.",
                "fit for a king",
                "The tailor checked whether the coat would fit for the wedding.",
            ),
            (
                "The reality host is at it again.",
                "at it again",
                "The team will come back at it again next season.",
            ),
            (
                "Euphoric traders bid up the shares.",
                "Euphoric",
                "Investors showed some euphoria in the morning.",
            ),
            (
                "The gunmen's marauding spree lasted a week.",
                "marauding",
                "Police trained for a marauding terrorist attack and a marauding bear.",
            ),
            (
                "The state offered luxurious suites to the donors.",
                "luxurious",
                "A luxury carmaker opened a plant.",
            ),
        ]);
        // Stems that joined a judging form with a plain one: the praise adjective and the
        // verb of a praise reported; exposure and the surveillance term.
        flagged_then_not(&[
            (
                "Her patience was commendable.",
                "commendable",
                "The mayor commended the firefighters.",
            ),
            (
                "The audit unmasked the charity as a front.",
                "unmasked",
                "Officials requested the unmasking of the names.",
            ),
            (
                "The senator's childish outburst delayed the vote.",
                "childish",
                "The doll has childish features.",
            ),
            (
                "The mayor pretended to care.",
                "pretended",
                "The mayor never pretended to know the answer.",
            ),
            (
                "The mayor pretended to care.",
                "pretended",
                "The mayor doesn't pretend to know the answer.",
            ),
            (
                "Her candour is to be commended.",
                "to be commended",
                "Firefighters will be commended at a ceremony.",
            ),
            (
                "The militia turned the town into a slaughterhouse.",
                "into a slaughterhouse",
                "The farmer turned the old barn into a slaughterhouse.",
            ),
            (
                "She gave an inspiring address.",
                "inspiring",
                "The campaign is credited with inspiring other groups to organize.",
            ),
        ]);
    }

    #[test]
    fn a_finding_or_a_ruling_gives_its_verdict_to_the_finder() {
        let voice = checked_voice;
        // A ruling's clause, however long, is the ruler's.
        let text = "The tribunal ruled that the lender's glossy brochures about its new savings plan were misleading.";
        assert_eq!(voice(text, "misleading"), Some(Voice::Quoted));
        // A small clause after "found": the finder's verdict on its object.
        let text = "An audit panel found the spending inappropriate for a charity.";
        assert_eq!(voice(text, "inappropriate"), Some(Voice::Quoted));
        // What was found, the object's own words, or a state: the outlet's.
        let text = "Officers found a brutal scene in the garage.";
        assert_eq!(voice(text, "brutal"), Some(Voice::Outlet));
        let text = "Viewers found her racist remarks offensive.";
        assert_eq!(voice(text, "racist"), Some(Voice::Outlet));
        let text = "The governor finds himself besieged by donors.";
        assert_eq!(voice(text, "besieged"), Some(Voice::Outlet));
        // What was found, named before the verb; the object's head after an adjective;
        // "ruled" as governed, before a determiner "that".
        let text = "What investigators found was shocking.";
        assert_eq!(voice(text, "shocking"), Some(Voice::Outlet));
        let text = "What they found shocking was the cost.";
        assert_eq!(voice(text, "shocking"), Some(Voice::Quoted));
        let text = "Police found the young thugs in the alley.";
        assert_eq!(voice(text, "thugs"), Some(Voice::Outlet));
        let text = "The Taliban ruled that country with brutal force until 2001.";
        assert_eq!(voice(text, "brutal"), Some(Voice::Outlet));
    }

    #[test]
    fn opinion_register_judgements_beside_their_literal_twins() {
        flagged_then_not(&[
            (
                "That is a weird claim to make about a son-in-law.",
                "weird",
                "Scattered showers could cost growers millions this spring.",
            ),
            (
                "There is one glaring omission in the budget.",
                "glaring",
                "The two men sat glaring at each other across the table.",
            ),
            (
                "Voters are tired of endless wars in the Middle East.",
                "endless",
                "The app offers an endless series of puzzles.",
            ),
            (
                "Supporters have long pushed a long-overdue reform of the farm program.",
                "long-overdue",
                "The library sent a notice about long-overdue books.",
            ),
            (
                "A rogue judge in Texas pulled the pill off the market.",
                "rogue",
                "The Saudi government blamed the killing on rogue agents.",
            ),
            (
                "Airstrikes hit defenseless villages overnight.",
                "defenseless",
                "The elderly are defenseless against the new strain.",
            ),
            (
                "The senator is willfully blind to the record.",
                "willfully",
                "The indictment says he willfully misrepresented his income.",
            ),
            (
                "The deal was appeasement, plain and simple.",
                "appeasement",
                "Historians still debate the appeasement of the 1930s.",
            ),
            (
                "Democrats exploited the tragedy to push their agenda.",
                "exploited",
                "Traffickers exploited victims by forcing them to work without pay.",
            ),
            (
                "Masked ICE agents are snatching parents off the sidewalk.",
                "snatching",
                "Police said a man snatched a purse from a woman at the station.",
            ),
            (
                "There is also an annoying faux-hawkishness about it all.",
                "annoying",
                "The president was annoyed by the publicity.",
            ),
            (
                "It was the latest in a never-ending string of scandals.",
                "never-ending",
                "The fight to preserve the park will never end.",
            ),
            (
                "Commissioners jacked up the levy for the third year running.",
                "jacked up",
                "The mechanic jacked up the car to change a tyre.",
            ),
            (
                "The news media's anti-Trump fixation has become a business model.",
                "fixation",
                "Legumes host bacteria that carry out nitrogen fixation in the soil.",
            ),
            (
                "The mayor's plan is wildly out of touch.",
                "wildly",
                "The two groups had wildly different views, and the estimates vary wildly.",
            ),
            (
                "Anti-vaxxers rallied outside the statehouse.",
                "Anti-vaxxers",
                "Anti-vaccine activists rallied outside the statehouse.",
            ),
        ]);
        let words = |text: &str| -> Vec<String> { found(text).into_iter().map(|g| g.0).collect() };
        assert_eq!(
            words("The agency acted under the guise of fighting fraud."),
            ["under the guise of"]
        );
        assert_eq!(
            words("The campaign was known for its dirty tricks."),
            ["dirty tricks"]
        );
        assert_eq!(
            words("The budget was written in backroom deals."),
            ["backroom deals"]
        );
        assert_eq!(
            words("The report ignored inconvenient facts."),
            ["inconvenient"]
        );
        assert!(words("The train schedule was inconvenient for commuters.").is_empty());
        assert_eq!(
            words("The subsidy showers billions on rich firms."),
            ["showers"]
        );
        assert_eq!(
            words("The plan is downright bizarre."),
            ["downright", "bizarre"]
        );
        assert_eq!(words("It is willful blindness, nothing more."), ["willful"]);
        assert_eq!(
            words("It is willful ignorance, nothing more."),
            ["ignorance"]
        );
        assert_eq!(words("The ICE is a rogue agency now."), ["rogue"]);
        assert!(words("She now faces a greater risk of exploitation.").is_empty());
        assert!(words("The move was designed to appease critics in the party.").is_empty());
    }

    #[test]
    fn far_right_as_a_partys_descriptor_is_the_wires() {
        // The annotation guide's rule: a party, group or movement described is plain;
        // people and camps so labelled are the outlet's label.
        flagged_then_not(&[
            (
                "The far-left mayor pushed the plan through.",
                "far-left",
                "A far-left group organised the protest.",
            ),
            (
                "Far-right activists packed the meeting.",
                "Far-right",
                "The far-right Alternative for Germany came second.",
            ),
            (
                "The party lurched to the far right.",
                "far right",
                "Several far-right parties gained seats in the election.",
            ),
        ]);
    }

    #[test]
    fn partisan_idioms_and_state_media_words_beside_their_literal_twins() {
        // Idioms with no literal use in the news read: flagged wherever they stand.
        for (text, word) in [
            (
                "Party leaders flew to Aspen to hobnob with donors.",
                "hobnob",
            ),
            (
                "The nominee squirmed as senators pressed him on the loans.",
                "squirmed",
            ),
            (
                "Viewers lapped up every word of the broadcast.",
                "lapped up",
            ),
            (
                "The decision throws borrowers to the wolves.",
                "to the wolves",
            ),
            (
                "The council would not lift a finger to help the tenants.",
                "lift a finger",
            ),
            ("The jet-setting heir flew to Monaco again.", "jet-setting"),
        ] {
            assert!(
                found(text).iter().any(|g| g.0 == word),
                "{text}: {:?}",
                found(text)
            );
        }
        // Entries with conditions: the loaded use beside the plain one the condition keeps.
        flagged_then_not(&[
            (
                "Aides ran interference for the secretary all week.",
                "ran interference",
                "She ran interference between the two offices during the transition.",
            ),
            (
                "Turkish forces neutralised 14 terrorists in northern Iraq.",
                "neutralised",
                "Police neutralized the shooter within a minute.",
            ),
            (
                "The progressive darling raised millions in a week.",
                "darling",
                "Alistair Darling led the campaign in Scotland.",
            ),
            (
                "Lobbyists are parasites on the public purse.",
                "parasites",
                "Malaria is a parasitic disease spread by mosquitoes.",
            ),
            (
                "The scandal left the party's tattered reputation in ruins.",
                "tattered",
                "A tattered flag flew over the camp.",
            ),
            (
                "The senator delivered a masterclass of questioning.",
                "masterclass",
                "She taught a masterclass at the conservatory.",
            ),
            (
                "The hardline senator blocked the bill.",
                "hardline",
                "The ministry took a hardline stance on the strike.",
            ),
        ]);
    }

    #[test]
    fn session_61_idioms_and_dismissals_flag_their_figurative_use_only() {
        flagged_then_not(&[
            (
                "The agency sat on the report for two years.",
                "sat on",
                "She sat on the board of a gas company.",
            ),
            (
                "The heirs ran the company into the ground.",
                "into the ground",
                "The crew drove the posts into the ground.",
            ),
            (
                "City toyed with Burnley in the second half.",
                "toyed with",
                "The mayor toyed with the idea of a run.",
            ),
            (
                "The deal was struck behind their backs.",
                "behind their backs",
                "The suspects stood with their hands behind their backs.",
            ),
            (
                "Years of cuts have hollowed out the state department.",
                "hollowed out",
                "The canoe was carved from a hollowed out log.",
            ),
            (
                "The minister's plan is a fantasy.",
                "fantasy",
                "He drafted a new team for his fantasy league.",
            ),
            (
                "The senator had the gall to lecture voters.",
                "the gall",
                "The surgeon removed the gall bladder.",
            ),
            (
                "She stood up to the president and lost her job.",
                "stood up to",
                "Three members stood up to speak against the bill.",
            ),
            (
                "Such a claim does not stand up to the party bosses.",
                "stand up to",
                "Such a claim does not stand up to scrutiny.",
            ),
            (
                "The lumbering bureaucracy missed every deadline.",
                "lumbering",
                "A lumbering bear crossed the road.",
            ),
            (
                "Fossilized ideas still rule the party.",
                "Fossilized",
                "Fossilized bones were found near the river.",
            ),
            (
                "A privacy nightmare dressed up as a helpful assistant.",
                "dressed up",
                "The children dressed up as witches for the parade.",
            ),
            (
                "He spent a decade shilling for the tobacco firms.",
                "shilling",
                "Prices rose by one shilling a litre.",
            ),
            (
                "The tabloid called the columnist a racist.",
                "racist",
                "Play stopped after racist chants were heard.",
            ),
            (
                "Staff retire at 55 with a gold-plated pension.",
                "gold-plated",
                "The pope wore a gold-plated silver ring.",
            ),
            (
                "The stadium is the governor's vanity scheme.",
                "vanity scheme",
                "The salon sold a vanity mirror.",
            ),
            (
                "Activists called the teachers groomers.",
                "groomers",
                "Salons and pet groomers reopened on Friday.",
            ),
            (
                "The critics were killjoys and scolds.",
                "killjoys",
                "Children dressed as Star Wars stormtroopers marched in the parade.",
            ),
        ]);
        for (text, word) in [
            ("A national rail line is a pipe dream.", "pipe dream"),
            (
                "The old guard looked down their noses at us.",
                "looked down their noses",
            ),
            ("A tradition was thrown overboard.", "thrown overboard"),
            (
                "Peers were thumbing their noses at voters.",
                "thumbing their noses",
            ),
            ("A swindle dressed up in tech jargon.", "dressed up"),
            ("The senator sold his soul to the donors.", "sold his soul"),
            ("The bankers lost their souls long ago.", "lost their souls"),
            ("The coach worked his magic again.", "worked his magic"),
            ("The council arrived with a begging bowl.", "begging bowl"),
        ] {
            assert!(
                found(text).iter().any(|g| g.0 == word),
                "{text}: {:?}",
                found(text)
            );
        }
        // Literal uses the conditions keep plain.
        for text in [
            "The woman was strangled at a party in Brooklyn.",
            "She sits on the data review board.",
            "Two bodies were thrown overboard from the boat.",
            "Troops searched a row of hollowed out houses.",
            "A lumbering bomber took off at dawn.",
            "He tied her hands together behind her back.",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
        // A plan's name after the verb is no object that makes it literal.
        assert!(has(
            "Democrats slammed the flat tax plan.",
            "slammed",
            "charged_verb"
        ));
        // The housing authority's demolitions are literal.
        assert!(found("The authority demolished two vacant blocks of flats.").is_empty());
    }

    #[test]
    fn session_62_epithets_and_idioms_flag_their_figurative_use_only() {
        flagged_then_not(&[
            (
                "Congress, a den of thieves, voted itself a raise.",
                "den of thieves",
                "The fox returned to its den of leaves and thieves fled.",
            ),
            (
                "The speech police at the company are out of work.",
                "speech police",
                "He thought police were slow to arrive.",
            ),
            (
                "The thought police on campus struck again.",
                "thought police",
                "They thought police would come.",
            ),
            (
                "The senator obeys his progressive paymasters.",
                "paymasters",
                "He was named Paymaster General last year.",
            ),
            (
                "The rifles on sale are killing machines.",
                "killing machines",
                "The machine was used for killing weeds.",
            ),
            (
                "The party's geriatric bosses banned the apps.",
                "geriatric",
                "She treats geriatric patients and trains as a geriatric psychiatrist.",
            ),
            (
                "The state poured billions into the train to nowhere.",
                "to nowhere",
                "The tour led to nowhere special.",
            ),
            (
                "The minister flew to Riyadh to curry favor with the princes.",
                "curry favor",
                "The chef served curry for the guests.",
            ),
            (
                "The statement was meant to muddy the waters.",
                "muddy",
                "The boots were muddy after the march.",
            ),
            (
                "Voters will send him packing in November.",
                "send him packing",
                "The movers sent packing slips with each crate.",
            ),
            (
                "The sanctions brought the gangs to their knees.",
                "to their knees",
                "Guards brought the men in and forced them to their knees.",
            ),
            (
                "A country bled white by a decade of graft.",
                "bled white",
                "The river bled into the white sand.",
            ),
            (
                "The vaccine will save countless lives.",
                "save countless lives",
                "The vaccine saved 40 lives in the trial, not countless lives.",
            ),
            (
                "The jobs report was a disaster for the White House.",
                "was a disaster",
                "The hurricane was a disaster for the coast, and the county is a disaster area.",
            ),
            (
                "Gen Z's entitled graduates want four-day weeks.",
                "entitled",
                "He is entitled to a lawyer, says a memoir entitled Rich Kids of Beijing.",
            ),
            (
                "His new charter crashed and burned at the polls.",
                "crashed and burned",
                "The plane crashed and burned, killing all aboard.",
            ),
            (
                "The premier has worked miracles in Baghdad.",
                "worked miracles",
                "The premier has worked on miracles of engineering.",
            ),
            (
                "The party is an empty shell.",
                "empty shell",
                "The market was a charred and empty shell.",
            ),
            (
                "The darling of the festival circuit wrote a novel.",
                "darling of",
                "The stock is a darling of Wall Street.",
            ),
            (
                "Barr denied he would be the president's hatchet man.",
                "hatchet man",
                "He cut the branch with a hatchet, the man said.",
            ),
            (
                "The campaign accused rivals of Gestapo tactics.",
                "Gestapo tactics",
                "The Gestapo arrested him in 1942.",
            ),
            (
                "The ruling was a kick in the teeth to savers.",
                "kick in the teeth",
                "He took a kick to the knee in the second half.",
            ),
            (
                "Moraes, the censor-in-chief, gave no reason.",
                "censor-in-chief",
                "The commander-in-chief, the general-in-chief and the consoler-in-chief spoke.",
            ),
            (
                "The new show is a self-regarding exercise.",
                "self-regarding",
                "Mill defended self-regarding actions.",
            ),
        ]);
    }

    #[test]
    fn session_63_entries_flag_beside_their_literal_twins() {
        flagged_then_not(&[
        (
            "He spent the campaign railing against the elites.",
            "railing",
            "Her head hit the railing on the ferry.",
        ),
        (
            "The minister treats the agency as a personal fiefdom.",
            "fiefdom",
            "The duke held the fiefdom in 1210, records show.",
        ),
        (
            "Campaigners called the advertising pure greenwashing, and the company's claims are greenwashing.",
            "greenwashing",
            "The company planted trees along the river.",
        ),
        (
            "The developer won a sweetheart deal from the council.",
            "sweetheart deal",
            "The singer married her childhood sweetheart in June.",
        ),
        (
            "The party has become the home of snobbery.",
            "snobbery",
            "The party met in the town hall.",
        ),
        (
            "The welfare cheats live off the state, the column said of the claimants.",
            "cheats",
            "He cheats at cards, his brother said.",
        ),
        (
            "A pliant parliament approved the law.",
            "pliant",
            "The parliament approved the law on Tuesday.",
        ),
        (
            "A compliant parliament approved the law.",
            "compliant",
            "The plan is compliant with the rules.",
        ),
        (
            "A ragtag group of activists marched on the capital.",
            "ragtag",
            "A group of activists marched on the capital.",
        ),
        (
            "The wily senator outfoxed his rivals again.",
            "wily",
            "The senator met his rivals again.",
        ),
        (
            "The leaders meekly submitted to the demands.",
            "meekly",
            "The leaders submitted the demands.",
        ),
        (
            "The once-great party has lost its way.",
            "once-great",
            "The party has lost its way.",
        ),
        (
            "The agency has a bottomless budget for consultants.",
            "bottomless",
            "The cafe serves bottomless brunch on Sundays.",
        ),
        (
            "The party is offering the same stale ideas.",
            "stale",
            "The bread had gone stale overnight.",
        ),
        (
            "This is the nation's darkest hour, the writer says of the vote.",
            "darkest hour",
            "The hour before dawn is dark.",
        ),
        (
            "Against all odds, the small club won the cup.",
            "Against all odds",
            "The small club won the cup.",
        ),
        (
            "The regulators were bought off by the industry.",
            "bought off",
            "She bought off the shelf at the market.",
        ),
        (
            "Taxpayers will have to cough up another billion for the stadium.",
            "cough up",
            "The patient began to cough up blood overnight.",
        ),
        (
            "Democrats muscled the law through Congress.",
            "muscled",
            "The newly muscled actor posed for photos.",
        ),
        (
            "The new coach has worked wonders with the squad.",
            "worked wonders",
            "The new coach worked with the squad.",
        ),
        (
            "The club produced a fairytale run to the final.",
            "fairytale",
            "The club reached the final.",
        ),
        (
            "She was a true icon of the sport.",
            "true icon",
            "She clicked the icon on the screen.",
        ),
        (
            "The minister's cruel policy split families.",
            "cruel",
            "The court ruled the sentence was cruel and unusual punishment.",
        ),
        (
            "The senators tried to ambush the nominee with questions.",
            "ambush",
            "Four soldiers were killed in an ambush on a patrol.",
        ),
        (
            "The lobbyist is a parasite on the public purse.",
            "parasite",
            "In mice, the parasite infected blood cells within hours.",
        ),
        (
            "The lumbering bureaucracy missed every deadline.",
            "lumbering",
            "The softwood lumber dispute went to arbitration.",
        ),
        (
            "Turkmenistan's autocrat rules his gas-rich fiefdom like a medieval khan.",
            "fiefdom",
            "The duke held the fiefdom in 1210, records show.",
        ),
        (
            "Agribusiness giants bought off the regulators who were supposed to stop them.",
            "bought off",
            "She bought the dress off a website last year.",
        ),
        (
            "Voters are sick of the same tired slogans.",
            "tired",
            "The tired runners crossed the line at noon.",
        ),
        (
            "The chief judge, a towering legal mind, retired on Friday.",
            "towering",
            "The towering cranes rose over the harbour.",
        ),
        (
            "The scandal-hit government limps on at Westminster.",
            "limps",
            "The injured player limps off the pitch.",
        ),
        (
            "The mayor's $40 million vanity stadium will open next year.",
            "vanity",
            "The interview was first reported by Vanity Fair.",
        ),
        (
            "The stadium deal will saddle taxpayers with debt for decades.",
            "saddle",
            "Students saddled with debt struggle to buy homes; the rider adjusted her saddle.",
        ),
        (
            "The president is dragging the country back to the dark days of military rule.",
            "dragging",
            "Rescuers were dragging the boat back to shore.",
        ),
        (
            "The minister has stacked the panel with cronies.",
            "stacked",
            "Volunteers stacked the boxes with care.",
        ),
        (
            "The bankers got off lightly again.",
            "got off lightly",
            "The bankers got off the train at noon.",
        ),
        (
            "Free speech was sacrificed on the altar of political correctness.",
            "sacrificed on the altar",
            "The couple married at the altar of St Mary's church.",
        ),
        (
            "Ministers worship at the altar of the market.",
            "worship at the altar",
            "The priest stood at the altar for the blessing.",
        ),
        (
            "Dairy farmers are the backbone of the nation, the column says.",
            "backbone of the nation",
            "The spine is the backbone of the body.",
        ),
        (
            "The agency dragged its feet on the permit.",
            "dragged its feet",
            "The agency approved the permit.",
        ),
        (
            "Putin condemned what he called rampant Russophobia in the West.",
            "Russophobia",
            "Russia and Belarus signed a trade deal.",
        ),
        (
            "They want to get their grubby hands on your savings.",
            "grubby",
            "The children washed their hands after the game.",
        ),
        (
            "The fears about the new rules are overblown.",
            "overblown",
            "The balloon was blown up before the party.",
        ),
        (
            "The new stadium roof is an accident waiting to happen.",
            "accident waiting to happen",
            "The accident happened on the bridge at noon.",
        ),
        (
            "Coal production has fallen off a cliff in recent years.",
            "fallen off a cliff",
            "A hiker died after he fell off a cliff near the coast.",
        ),
        (
            "Lawmakers were hung out to dry by the leadership.",
            "hung out to dry",
            "The washing was hung out in the yard.",
        ),
        (
            "The Russia collusion fairy tale is dead.",
            "fairy tale",
            "She read the children a fairy tale at bedtime.",
        ),
        (
            "The senators dragged the debate back to taxes.",
            "dragged",
            "The drag queens came back to the stage.",
        ),
        (
            "A compliant Congress passed the bill.",
            "compliant",
            "ACA-compliant policies are sold here.",
        ),
        (
            "The lobbyist is a parasite on the public purse.",
            "parasite",
            "Critics praised Parasite, Bong Joon-ho's film.",
        ),
        (
            "The senators tried to ambush the nominee with questions.",
            "ambush",
            "Police found no motive in the apparent ambush of the trooper.",
        ),
    ]);
    }

    /// Session 64's entries from the gold-34 families, each beside a literal twin where
    /// the word has one.
    #[test]
    fn gold_34_families_flag_the_judging_use_only() {
        flagged_then_not(&[
            (
                "The budget is a sleight of hand.",
                "sleight of hand",
                "The magician's sleight of hand with the cards delighted the children.",
            ),
            (
                "The bill is a Trojan horse for higher taxes.",
                "Trojan horse",
                "A Trojan horse malware stole the passwords, and 2,077 Trojan horse networks went dark.",
            ),
            (
                "Big Labor spent millions on the race, and a Big Ag lobbyist wrote the bill.",
                "Big Labor",
                "Farms face a big labor shortage, and unions held big Labor Day rallies.",
            ),
            (
                "Communist China jailed the activists.",
                "Communist China",
                "China jailed the activists, the Communist Party said.",
            ),
            (
                "The suburbs have become no-go zones.",
                "no-go zones",
                "The army kept a 300-meter-wide no-go zone along the fence.",
            ),
            (
                "The shutdown was a self-inflicted wound, another self-inflicted injury.",
                "self-inflicted",
                "He died of self-inflicted wounds, police said, after an apparently self-inflicted gunshot wound.",
            ),
            (
                "The decision smacks of cronyism.",
                "smacks of",
                "The smack of leather on the ball carried across the ground.",
            ),
            (
                "The filibuster is a relic of the past.",
                "relic",
                "The cathedral keeps a relic of the saint.",
            ),
            (
                "Her arrival was a breath of fresh air.",
                "breath of fresh air",
                "He stepped outside for a breath of fresh air.",
            ),
            (
                "It is the boldest plan yet.",
                "boldest",
                "It was their boldest attack yet on the convoy.",
            ),
            (
                "Republicans accused Democrats of grandstanding.",
                "grandstanding",
                "The storm tore panels from the roof of the grandstand.",
            ),
            (
                "He loves to grandstand at hearings.",
                "grandstand",
                "Fans packed the main grandstand.",
            ),
            (
                "The barons pocketed fortunes.",
                "pocketed",
                "He pocketed the black ball.",
            ),
            (
                "The senator attacked democracy in a speech.",
                "attacked",
                "Norris attacked Verstappen into the first chicane.",
            ),
            (
                "Middlemen skim fees from grieving families.",
                "skim",
                "Skim off the foam before serving, and swimmers skim the surface of the lake.",
            ),
            (
                "His partners gave their meek consent.",
                "meek",
                "Meek said he told police; the witness, Joey Meek, told the court he saw the car.",
            ),
        ]);
        // Words with no literal use to set beside them.
        for loaded in [
            "The region's strongmen jailed their rivals.",
            "Critics called the council a gerontocracy.",
            "The brand relied on sweatshop labour.",
            "The bridge is a disaster waiting to happen.",
            "The march through the square was joyless.",
            "The petrostate buys influence abroad.",
        ] {
            assert!(!found(loaded).is_empty(), "{loaded}");
        }
    }

    /// Session 65's judgement words, each beside a plain use of the same word where one exists.
    #[test]
    fn session65_judgement_words_and_their_plain_twins() {
        flagged_then_not(&[
            (
                "The chef said his rancid rhetoric offended voters.",
                "rancid",
                "The chef threw out the rancid butter before service.",
            ),
            (
                "Putin's obedient governors will enforce the new law.",
                "obedient",
                "Children should be obedient to their parents; an obedient dog sat by the door.",
            ),
            (
                "Obama's messianic campaign drew huge crowds in Berlin.",
                "messianic",
                "He joined a messianic Jewish congregation; the Mahdi, a messianic figure, would come.",
            ),
            (
                "The federal bureaucracy is rotting under his rule.",
                "rotting",
                "Corpses were rotting in the streets of the city.",
            ),
            (
                "He broke every rule, and did so with relish.",
                "with relish",
                "The stand sold hot dogs with relish and mustard.",
            ),
            (
                "Critics called the ruling a judicial putsch.",
                "putsch",
                "Hitler led the Beer Hall Putsch in 1923, the Munich Putsch.",
            ),
            (
                "Faker delivered another masterclass that left commentators speechless.",
                "masterclass",
                "Students attended a masterclass by the violinist.",
            ),
            (
                "The poorer towns are being left to rot by the state.",
                "left to rot",
                "Crops were left to rot in the fields.",
            ),
            (
                "The White House launched a blitz against the judges.",
                "blitz",
                "South Africa's blitz defence and a media blitz by the union.",
            ),
            (
                "The town called the firefighter a hero.",
                "hero",
                "Players rated the game well though its hero is a woman.",
            ),
            (
                "Corruption plagues our country, she wrote.",
                "plagues",
                "Those in close contact with plague victims need antibiotics.",
            ),
            (
                "Holiday lets are a plague on the old town.",
                "plague",
                "The plague killed millions; bubonic plague is treatable.",
            ),
            (
                "Leaders are bulldozing the bill through the chamber.",
                "bulldozing",
                "Crews with bulldozers arrived, and police bulldozed two protest camps.",
            ),
            (
                "The senator confessed that he had kept back channels open.",
                "confessed",
                "He confesses to the bombing; the gunman confessed in a handwritten letter.",
            ),
            (
                "He was a patsy for the cartel.",
                "patsy",
                "The singer worships Patsy Cline.",
            ),
            (
                "Oswald was a patsy, Stone argued.",
                "patsy",
                "Her aunt, Patsy Kline, sang at the fair.",
            ),
            (
                "Migrants invading the suburbs, the flyer said.",
                "invading",
                "Cilia sweep away invading bacteria.",
            ),
            (
                "The breathless coverage went on; the media breathlessly called it a movement.",
                "breathless",
                "He felt tired and breathless, with worsening breathlessness.",
            ),
            (
                "The greedy landlords raised the rent.",
                "greedy",
                "Cornerback Greedy Williams made six tackles.",
            ),
            (
                "The senator flip-flopped on guns again.",
                "flip-flopped",
                "He appeared in court wearing jail clothes and flip-flops.",
            ),
            (
                "As the critic pointed out, the plan costs more.",
                "pointed out",
                "A rifle was pointed out a window, prompting calls to police.",
            ),
            (
                "The agency concealed the report from Congress.",
                "concealed",
                "Officers will train on detecting concealed items in vehicles.",
            ),
            (
                "The tax cuts are blood money.",
                "blood money",
                "The family accepted blood money and pardoned the killer.",
            ),
            (
                "The senate is bought and paid for by donors.",
                "bought and paid for",
                "Shops destroyed goods that were already bought and paid for.",
            ),
            (
                "The Post published a blockbuster report on Friday.",
                "blockbuster",
                "The story is the stuff of blockbuster political drama.",
            ),
            (
                "Families are drowning in medical bills.",
                "drowning in",
                "Migrants risk drowning in the Rio Grande; a boy drowned in Lake Erie.",
            ),
            (
                "The app is a lifesaver.",
                "lifesaver",
                "Doctors performed lifesaving surgery.",
            ),
            (
                "The governor's bullying of reporters drew a rebuke.",
                "bullying",
                "At the high school, bullying led to a fight, police said.",
            ),
        ]);
        // Words with no literal use to set beside them.
        for loaded in [
            "The squabbling senators cannot agree on a budget.",
            "Chief Justice Roberts delivered a mealy-mouthed compromise.",
            "The ghoulish display drew complaints.",
            "His speech was self-indulgent grandstanding.",
            "A vengeful president fired the inspector.",
            "The House majority has become ungovernable.",
            "Another forgettable thriller arrived on Friday.",
            "The agency is hoovering up phone records.",
            "The justices are legislating from the bench.",
            "Helicopter parents are raising fragile kids.",
            "The grant was a godsend for the city.",
            "Unelected, unaccountable officials wrote the rule.",
            "The media breathlessly called it a movement.",
        ] {
            assert!(!found(loaded).is_empty(), "{loaded}");
        }
    }

    #[test]
    fn session65_recall_families_and_their_plain_twins() {
        flagged_then_not(&[
            (
                "The probe began with a boozy chat in a London bar.",
                "boozy",
                "The cafe sells boozy milkshakes on weekends.",
            ),
            (
                "The senator's blockbuster hearing drew cameras.",
                "blockbuster",
                "The studio released a summer blockbuster in July.",
            ),
            (
                "The governor has a cozy relationship with developers.",
                "cozy",
                "The cabin had a cozy corner for reading.",
            ),
            (
                "The regulators and the banks formed a cosy club.",
                "cosy",
                "The pub was warm and cosy in winter.",
            ),
            (
                "Warren proposed a blizzard of tax hikes.",
                "blizzard of",
                "The first blizzard of 2015 closed the schools.",
            ),
            (
                "The aides were cashing in on the foundation.",
                "cashing in on",
                "She kept her cash in the bank.",
            ),
            (
                "He vowed to tear up the agreement.",
                "tear up",
                "Her eyes began tearing up at the service.",
            ),
            (
                "The president tore up the treaty.",
                "tore up",
                "The storm tore up the coast.",
            ),
            (
                "Republicans want to starve the agency of funding.",
                "starve",
                "Villagers were starving after the harvest.",
            ),
            (
                "The city is drowning in rubbish.",
                "drowning in",
                "Two swimmers drowned in the river on Sunday.",
            ),
            (
                "The senator has been flogging the issue for weeks.",
                "flogging",
                "The blogger was sentenced to a public flogging.",
            ),
            (
                "He flogged the book on every talk show.",
                "flogged",
                "The court ordered that the thief be flogged.",
            ),
            (
                "The shortage is a manufactured crisis.",
                "manufactured",
                "The plant manufactured cars for export.",
            ),
            (
                "The movement is devouring its own leaders.",
                "devouring",
                "The lions were devouring their prey.",
            ),
            (
                "The state is warehousing children in old stores.",
                "warehousing",
                "Jobs in transportation and warehousing rose in May.",
            ),
            (
                "The company hired an army of lobbyists.",
                "army of",
                "An army of volunteers cleaned the beach.",
            ),
            (
                "The withdrawal was a gift to Putin.",
                "a gift to",
                "Life is a gift to be treasured.",
            ),
            (
                "He sided with the wreckers in his party.",
                "wreckers",
                "A tow wrecker hauled the car away.",
            ),
        ]);
        // A poll worker stuffing ballots into envelopes does a clerk's job.
        assert!(found("A poll worker was stuffing ballots into envelopes.").is_empty());
        // Words with no literal use to set beside them.
        for loaded in [
            "Officials stuffed ballot boxes in the north.",
            "They were stuffing the ballot box again.",
            "The firm hires the best and brightest.",
            "The firm hires the best and the brightest.",
            "Parents are leaving government schools.",
            "The bill allows abortion on demand.",
            "The fusty rules were written decades ago.",
            "The tax-happy council raised fees again.",
            "A tariff-happy president raised duties.",
            "His war-happy advisers wanted strikes.",
            "The shutdown-happy caucus refused to vote.",
        ] {
            assert!(!found(loaded).is_empty(), "{loaded}");
        }
    }

    /// Gold-36 families (session 66): each beside its plain twin.
    #[test]
    fn gold36_families_and_their_twins() {
        flagged_then_not(&[
            (
                "Democrats want to pack the courts with loyalists.",
                "pack the courts",
                "Relatives of the victims packed the court on Monday.",
            ),
            (
                "The bill is overstuffed with pet projects.",
                "overstuffed",
                "He sank into an overstuffed armchair.",
            ),
            (
                "He likes to play the victim.",
                "play the victim",
                "In the film, Smith plays the victim of a stalker.",
            ),
            (
                "The minister is indecisive.",
                "indecisive",
                "The election produced an indecisive result.",
            ),
            (
                "The plodding candidate lost the primary.",
                "plodding",
                "Rescuers were plodding through deep snow.",
            ),
            (
                "The senator hid behind procedure.",
                "hid behind",
                "The boy hid behind a parked police car.",
            ),
            (
                "Spare us the sermonizing.",
                "sermonizing",
                "The bishop's sermon ran long.",
            ),
            (
                "The union barons blocked the deal.",
                "union barons",
                "The union leaders met on Monday.",
            ),
            (
                "The senators are hiding behind a lie.",
                "hiding behind",
                "The gunmen are hiding behind armed bodyguards.",
            ),
            (
                "The space agency's gold-plated rocket is over budget.",
                "gold-plated",
                "She wore gold-plated earrings.",
            ),
            (
                "The coal barons bankrolled the campaign.",
                "barons",
                "Former coal baron Don Blankenship entered the race.",
            ),
            (
                "The governor offered feel-good slogans instead of a plan.",
                "feel-good",
                "The senator feels good about his campaign.",
            ),
            (
                "Workers were left to scrape by on crumbs.",
                "crumbs",
                "Sweep the bread crumbs off the table.",
            ),
            (
                "The airline's miserable customer service drew complaints.",
                "miserable",
                "It was miserable weather for the parade.",
            ),
            (
                "The campaign released a slick video attacking the senator.",
                "slick",
                "An oil slick spread along the coast.",
            ),
            (
                "The deal reeks of a cover-up.",
                "reeks of",
                "The driver reeked of alcohol, police said.",
            ),
            (
                "The senators hide behind procedure.",
                "hide behind",
                "The soldiers tried to hide behind desks.",
            ),
            (
                "The council treated the residents with contempt.",
                "with contempt",
                "The committee threatened the attorney general with contempt.",
            ),
            (
                "The council strangled a modest housing project.",
                "strangled",
                "He strangled the victim, prosecutors said.",
            ),
            (
                "Your newspaper's sycophantic coverage is an embarrassment.",
                "sycophantic",
                "Critics called the coverage sycophantic.",
            ),
            (
                "The Assad regime shelled the town.",
                "regime",
                "She said her regime of physiotherapy would continue.",
            ),
            (
                "The toxicity of our politics is growing.",
                "toxicity",
                "Two patients stopped treatment because of liver toxicity.",
            ),
        ]);
        // Words with no literal use to set beside them.
        for loaded in [
            "The party needs a skinflint accountant and a motley crew of advisers.",
            "The war settled precisely nothing.",
            "The minister, drunk on power, ignored the court.",
            "The board was obstinate and indecisive.",
            "The party is servile to its donors.",
            "The rabidly partisan network cheered.",
            "The EU merely wrung its hands.",
            "The spinner's bewitching spell wrecked the batting.",
            "The engineers who dared to dream built the rocket.",
            "The ruling party treats its critics as a fifth column.",
            "\"These bloodsuckers want it,\" he said.",
            "The bill feeds the culture of death.",
            "He called them enemies of democracy.",
            "Faceless bureaucrats in Brussels wrote the rules.",
            "The industry chewed up and spat out young actors.",
        ] {
            assert!(!found(loaded).is_empty(), "{loaded}");
        }
    }
    #[test]
    fn session66_recall_families_and_their_plain_twins() {
        flagged_then_not(&[
            (
                "The fearless prosecutor became a rock star of the legal world.",
                "rock star",
                "The former rock star sang at the concert.",
            ),
            (
                "The senator is a force of nature on the trail.",
                "force of nature",
                "The flood was the result of a force of nature.",
            ),
            (
                "The minister, a tireless champion of small nations, spoke first.",
                "champion",
                "She is a vocal champion of the bill.",
            ),
            (
                "Brave patriots stood up to the orders.",
                "patriots",
                "The Patriots won on Sunday.",
            ),
            (
                "Congress went on a spending binge.",
                "binge",
                "He watched the series in one binge.",
            ),
            (
                "A new jab melts away belly fat.",
                "melts away",
                "Support for the plan melted away.",
            ),
            (
                "The agency's lavish spending drew a rebuke.",
                "lavish",
                "The president lavished praise on his host.",
            ),
            (
                "The board moved to silence critics.",
                "silence",
                "The hall fell into silence.",
            ),
            (
                "The campaign is hemorrhaging support.",
                "hemorrhaging",
                "The patient was hemorrhaging after surgery.",
            ),
            (
                "The officials looted the pension funds.",
                "looted",
                "Crowds looted stores downtown after the game.",
            ),
            (
                "Democrats and their media handmaidens cheered.",
                "handmaidens",
                "Abraham took Sarah's handmaiden, Hagar, as a wife.",
            ),
            (
                "The alt-right and their fellow travelers marched.",
                "fellow travelers",
                "A fellow traveler on the flight helped her.",
            ),
            (
                "The humble reformer won the vote.",
                "humble",
                "The company grew from humble beginnings.",
            ),
            (
                "The little bistro is a true gem.",
                "gem",
                "The thief stole a gem from the shop.",
            ),
            (
                "The new railway is a world-class jewel.",
                "jewel",
                "The crown jewels are kept in the Tower.",
            ),
            (
                "The president and his enablers ignored the law.",
                "enablers",
                "The update enabled faster downloads.",
            ),
            (
                "The senators behaved as courtiers to the president.",
                "courtiers",
                "The medieval king dismissed his courtiers from the palace.",
            ),
            (
                "The dinosaurs of the party seek relevance.",
                "dinosaurs",
                "The museum shows dinosaurs of the Jurassic.",
            ),
        ]);
        // Words with no literal use to set beside them.
        for loaded in [
            "He is a straight shooter who tells voters the truth.",
            "Critics say the board silences dissent.",
            "The paper is haemorrhaging readers.",
        ] {
            assert!(!found(loaded).is_empty(), "{loaded}");
        }
        // Hush payments are reported, not charged.
        assert!(found("He made payments to silence him before the vote.").is_empty());
    }

    #[test]
    fn session66_precision_families_and_their_literal_twins() {
        flagged_then_not(&[
            (
                "The stories exposed the program's abuses.",
                "exposed",
                "Officials said all exposed children should be vaccinated.",
            ),
            (
                "Breitbart exposed the group as a front.",
                "exposed",
                "After the virus spread, workers isolated people who had been exposed.",
            ),
            (
                "He claimed the vote was rigged.",
                "claimed",
                "Yancey claimed the 94th district seat in Newport News.",
            ),
            (
                "She claimed the budget was balanced.",
                "claimed",
                "Cox claimed a spot in the runoff.",
            ),
            (
                "The pressure on the senator was overwhelming.",
                "overwhelming",
                "Northam won by overwhelming margins in the suburbs.",
            ),
            (
                "His misleading report fooled readers.",
                "misleading",
                "We rate the statement true but misleading.",
            ),
            (
                "The hypocrisy of the move is plain.",
                "hypocrisy",
                "The vote opened him to charges of hypocrisy.",
            ),
            (
                "The vote was a massacre for the party.",
                "massacre",
                "The school massacre left 26 dead.",
            ),
            (
                "The crowd gave a tepid response.",
                "tepid",
                "The economy grew at a tepid 1.6 percent.",
            ),
            (
                "Trump boasts that he will win.",
                "boasts",
                "The incoming class boasts a range of backgrounds.",
            ),
        ]);
        flagged_then_not(&[
            (
                "The senator criticised his meddling in the probe.",
                "meddling",
                "Putin repeatedly denied meddling in the U.S. election last year.",
            ),
            (
                "Surprisingly, the party stayed silent.",
                "Surprisingly",
                "The GOP posted a surprisingly strong showing.",
            ),
            (
                "He made an extraordinary claim about the vote.",
                "extraordinary",
                "Mattis launched an extraordinary attack on Trump.",
            ),
        ]);
        // The object test reads past an abbreviation's period, as it did past none.
        assert!(found("Russia denied meddling in the 2016 U.S. election.").is_empty());
        // The noun after a possessive is the brag; so is a verdict after a rate.
        for loaded in [
            "Voters endured his running boasts for a year.",
            "A bunch of meddling liberals cooked it up.",
            "The murder rate rose, with misleading claims by the mayor.",
            "The hearing exposes the dangers of the drug policy.",
            "Those in charge belong on the hypocrisy list.",
        ] {
            assert!(!found(loaded).is_empty(), "{loaded}");
        }
        // The other forms of the brag keep their own entry.
        assert!(!found("The senator boasted about his record.").is_empty());
    }

    #[test]
    fn disasters_a_writers_own_concession_and_named_suspects_are_not_flagged() {
        flagged_then_not(&[
            // A disaster or an accident is terrible in fact; a decision is judged.
            (
                "It was a terrible decision.",
                "terrible",
                "Mexico City was struck by a terrible earthquake.",
            ),
            (
                "The plan was a horrible idea.",
                "horrible",
                "It was a horrible accident on the highway.",
            ),
            (
                "His disastrous pandemic response cost him.",
                "disastrous",
                "The region braced for another disastrous hurricane season.",
            ),
            (
                "The senator called it a devastating blow.",
                "devastating",
                "The town was hit by a devastating tornado.",
            ),
            // The adverbs stay listed now that their adjectives carry a condition.
            (
                "Republicans are horribly divided.",
                "horribly",
                "The terrible 2010 earthquake in Haiti killed thousands.",
            ),
            (
                "It is not terribly surprising.",
                "terribly",
                "The jet encountered a terrible storm over the sea.",
            ),
            // A writer's own concession, "I" at the head of the clause.
            (
                "The senator admitted he lied.",
                "admitted",
                "All the same, I must admit that the plan worked.",
            ),
            (
                "The company finally had to admit the flaw.",
                "admit",
                "I have to admit the speech was good.",
            ),
            // A suspect named with a group between "suspected" and the noun.
            (
                "Hamas terrorists attacked the village.",
                "terrorists",
                "Police arrested suspected Al Qaeda terrorists in Yemen.",
            ),
            (
                "A Hamas terrorist opened fire.",
                "terrorist",
                "A suspected Hamas terrorist was shot dead.",
            ),
        ]);
        // "is" is no plural of "i": a copula in the clause leaves the admission flagged.
        let text = "Trump is now admitting that he lied.";
        assert!(found(text).iter().any(|g| g.0 == "admitting"), "{text}");
    }

    /// Gold-37 families (session 67): each loaded use beside a plain twin.
    #[test]
    fn gold37_families_flagged_then_not() {
        flagged_then_not(&[
            (
                "Rent control has strangled new construction in the city.",
                "strangled",
                "The man was strangled in his cell.",
            ),
            (
                "He is the villain of this story.",
                "villain",
                "The film's villain is played by a newcomer.",
            ),
            (
                "Riders are long-suffering after years of delays.",
                "long-suffering",
                "Riders waited after years of delays.",
            ),
            (
                "The blinkered officials ignored it.",
                "blinkered",
                "The officials ignored it.",
            ),
            (
                "The clunky software crashed.",
                "clunky",
                "The software crashed.",
            ),
            (
                "He is an eccentric senator.",
                "eccentric",
                "The comet follows an eccentric orbit.",
            ),
            (
                "The cuts show a cruelty that shocks.",
                "cruelty",
                "He faces animal cruelty charges.",
            ),
            (
                "The ban shows a cruelty that shocks.",
                "cruelty",
                "The ban on cruelty to animals passed.",
            ),
            (
                "The firm's stubborn refusal to negotiate continued.",
                "stubborn",
                "Inflation proved stubborn.",
            ),
            (
                "She is fashion's undisputed queen.",
                "undisputed",
                "He became the undisputed champion in May.",
            ),
            (
                "A killer superbug is spreading.",
                "killer",
                "The killer was caught.",
            ),
            (
                "Spending on his pet megaprojects rose.",
                "pet",
                "The dog is a family pet.",
            ),
            (
                "It was a performance for the ages.",
                "for the ages",
                "Children in the ages of 5 to 11 qualify.",
            ),
            (
                "The kitchen is simply to die for.",
                "to die for",
                "They were willing to die for the cause.",
            ),
            (
                "The border leaks like a sieve.",
                "like a sieve",
                "Pour the soup through a sieve.",
            ),
            (
                "The plan is a heist in plain sight.",
                "heist",
                "Police said the bank heist netted $2 million.",
            ),
            (
                "He is a serial cheat.",
                "serial cheat",
                "He is a serial entrepreneur.",
            ),
            (
                "They treat him as their messiah.",
                "messiah",
                "Jews await the Messiah.",
            ),
            (
                "The liberal media ignored it.",
                "liberal media",
                "The national media covered it.",
            ),
            (
                "The deal betrays the workers.",
                "betrays",
                "Her voice betrays a lack of interest.",
            ),
            (
                "He wants to pocket billions.",
                "pocket",
                "Put the phone in your pocket.",
            ),
            (
                "He can pocket another tax break.",
                "pocket",
                "He is eager to pocket a legislative achievement.",
            ),
            (
                "A truly transformational year for the team.",
                "transformational",
                "It was a transformational year.",
            ),
            (
                "The bakery, a true local treasure, is closing.",
                "treasure",
                "The divers found the treasure.",
            ),
            (
                "The party took swift, decisive action.",
                "decisive",
                "Turkey urges decisive action against the rebels.",
            ),
            (
                "The cuts show a cruelty that shocks.",
                "cruelty",
                "The brand sells cruelty-free makeup.",
            ),
            (
                "Kemp has become a cartoon villain in this story.",
                "villain",
                "The actor played the villain in the sequel.",
            ),
            (
                "The liberal media ignored the story.",
                "liberal media",
                "He founded the liberal media watchdog group.",
            ),
            (
                "The bakery, a true local treasure, is closing.",
                "treasure",
                "The local treasurer resigned on Monday.",
            ),
            (
                "The city is a beacon of hope.",
                "beacon",
                "Beacon Press published the book in 2015.",
            ),
            (
                "Spending on his pet megaprojects rose.",
                "pet",
                "Pets cause allergies in some children.",
            ),
            (
                "Rent control has strangled new construction in the city.",
                "strangled",
                "He was strangled to death at a construction site.",
            ),
            (
                "The war claimed another victim when regulators strangled its permits.",
                "strangled",
                "The man was strangled in his cell.",
            ),
            (
                "The long-suffering riders waited.",
                "long-suffering",
                "Down-ballot races, long suffering from neglect, drew few voters.",
            ),
            // The reader's or the writer's own side conceding.
            (
                "Officials admitted the error.",
                "admitted",
                "You have to admit the plan worked.",
            ),
            (
                "The firm admitted the flaw.",
                "admitted",
                "We have to admit the plan failed.",
            ),
            (
                "The city is a beacon of hope.",
                "beacon",
                "Free Beacon (@FreeBeacon) December 9, 2018",
            ),
            (
                "The country stands as a beacon for dissidents.",
                "beacon",
                "The hiker activated her emergency locator beacon.",
            ),
            (
                "Thanks to the decisive measures of the government, order returned.",
                "decisive",
                "Nixon won a decisive victory over Humphrey.",
            ),
            (
                "Bosses want to pocket millions.",
                "pocket",
                "It does not apply to out-of-pocket limits.",
            ),
            (
                "Bosses trouser millions.",
                "trouser",
                "He wore grey trousers.",
            ),
        ]);
    }

    /// Audit round 9 (session 67): each narrowed family beside its plain twin, and the
    /// dropped wire verbs beside a loaded verb of the same sense.
    #[test]
    fn session_67_audit_families_beside_their_plain_twins() {
        flagged_then_not(&[
            // Dropped: the wire's verbs for a reproof, a stopped plan and a guess.
            (
                "Lawmakers slammed the conditions at the camp.",
                "slammed",
                "Lawmakers decried the conditions at the camp.",
            ),
            (
                "The dispute torpedoed the talks.",
                "torpedoed",
                "The dispute nearly derailed the talks.",
            ),
            (
                "Some say he will run again.",
                "Some say",
                "Aides speculated that he will run again.",
            ),
            // Praise others gave, reported in the passive.
            (
                "The mayor touted the new bridge at a rally.",
                "touted",
                "She had been touted as a future governor.",
            ),
            (
                "The mayor touted the new bridge at a rally.",
                "touted",
                "A highly touted class of recruits arrived in the fall.",
            ),
            // The problem named, not the outlet's charge.
            (
                "The district's bullying drove the teacher out.",
                "bullying",
                "The student was targeted for bullying.",
            ),
            (
                "The district's bullying drove the teacher out.",
                "bullying",
                "The song is about bullying.",
            ),
            // The provenance of an unverified item.
            (
                "He is a purportedly neutral referee.",
                "purportedly",
                "The site posted a video purportedly showing the crash.",
            ),
            // How one speaks.
            (
                "Hopefully the board will reverse course.",
                "Hopefully",
                "The coach spoke hopefully of the new season.",
            ),
            (
                "Hopefully the board will reverse course.",
                "Hopefully",
                "Officials responded hopefully to the news from the capital.",
            ),
            // A state's outlets and work.
            (
                "The network aired more propaganda for the ruling party.",
                "propaganda",
                "The state's propaganda website posted new images of the parade.",
            ),
            // An election or a confirmation fight.
            (
                "His divisive campaign split the party.",
                "divisive",
                "The country began to heal after a divisive election.",
            ),
            (
                "His divisive campaign split the party.",
                "divisive",
                "Senators returned to work after the divisive confirmation hearings.",
            ),
            // Exposure in a sentence about a positive test.
            (
                "The reporter exposed the scheme in a series of stories.",
                "exposed",
                "Staff must stay home if they tested positive or may have been exposed.",
            ),
            // Leads, a delegate count, the verb.
            (
                "The overwhelming hysteria spread through the town.",
                "overwhelming",
                "The senator still has overwhelming leads in early polling.",
            ),
            (
                "The overwhelming hysteria spread through the town.",
                "overwhelming",
                "The governor added to his overwhelming delegate lead.",
            ),
            (
                "The overwhelming hysteria spread through the town.",
                "overwhelming",
                "The emails were still overwhelming my inbox.",
            ),
            // The element of an offence, the Act, the verb after a modal.
            (
                "A corrupt mayor ran the city for a decade.",
                "corrupt",
                "Prosecutors must prove corrupt intent.",
            ),
            (
                "A corrupt mayor ran the city for a decade.",
                "corrupt",
                "The law bars the corrupt obstruction of an inquiry.",
            ),
            (
                "A corrupt mayor ran the city for a decade.",
                "corrupt",
                "A small gift wouldn't corrupt the candidates.",
            ),
            // A degree of certainty.
            (
                "The plan is absolutely disingenuous.",
                "absolutely",
                "We are still not absolutely sure of the origins of the fire.",
            ),
            (
                "The plan is absolutely disingenuous.",
                "absolutely",
                "Nobody is totally sure which way the doctors will go.",
            ),
            // Lives a war or a disease took, past a comparative before the figure.
            (
                "He claimed the count was wrong.",
                "claimed",
                "The war has claimed more than 2,300 American lives.",
            ),
        ]);
    }

    #[test]
    fn session_67_recall_block_flags_loaded_uses_beside_literal_twins() {
        flagged_then_not(&[
            (
                "The new bridge is a huge triumph for the planners.",
                "triumph",
                "The senator celebrated his election triumph in Ohio.",
            ),
            (
                "She leaves books that will enchant generations of readers.",
                "enchant",
                "The state is known as the Land of Enchantment.",
            ),
            (
                "The council and their cheerleaders in the local press cheered.",
                "cheerleaders",
                "The team and their cheerleaders took the field before the game.",
            ),
            (
                "Activists keep repeating the fantasy that the tax pays for itself.",
                "fantasy",
                "The studio released the fantasy series on Friday.",
            ),
            (
                "The conference was packed with AI evangelists.",
                "evangelists",
                "Christian evangelists held a revival in the park.",
            ),
            (
                "The agency unveiled a gold-plated moon rocket.",
                "gold-plated",
                "She wore a gold-plated ring.",
            ),
            (
                "The senator recycled the same tired old arguments.",
                "tired old",
                "A tired old man sat on the bench.",
            ),
            (
                "The ruling party has looted the state for two decades.",
                "looted the state",
                "There was looting across the state.",
            ),
            (
                "Officials looted billions meant for clinics.",
                "looted",
                "Crowds looted shops across the country.",
            ),
            (
                "The majority rushed through the bill before the recess.",
                "rushed through",
                "Firefighters rushed through the smoke to reach the family.",
            ),
            (
                "A few holdouts still cling to their old theories.",
                "cling to",
                "The survivor was found clinging to a tree.",
            ),
            (
                "The landlords are squeezing tenants out of their homes.",
                "squeezing",
                "Rising prices are squeezing families across the state.",
            ),
            (
                "The mayor let another criminal walk free.",
                "walk free",
                "The defendant walked free from court on Tuesday.",
            ),
            (
                "Politicians let drug dealers roam free.",
                "roam free",
                "The farm dogs roam free on the property.",
            ),
            (
                "The plan will hit millions of hard-working savers.",
                "hard-working",
                "The savers met on Monday.",
            ),
            (
                "The hard-working dairy farmers of the valley met on Monday.",
                "hard-working",
                "The dairy farmers of the valley met on Monday.",
            ),
            (
                "The bureaucracies have fattened on federal loan money.",
                "fattened",
                "The cattle were fattened on corn.",
            ),
            (
                "The bosses pocketed every cent of the gains.",
                "pocketed",
                "He pocketed his phone and left.",
            ),
            (
                "The executives pocket huge profits each year.",
                "pocket",
                "He kept a pocket knife in his coat.",
            ),
            (
                "The anchors dutifully parroted the ministry's figures.",
                "dutifully",
                "The officer dutifully checked the report.",
            ),
            (
                "The new levy punishes commuters from the suburbs.",
                "punishes",
                "The law punishes people who drive drunk.",
            ),
            (
                "The stars now want to lecture players about integrity.",
                "lecture",
                "The professor lectured on constitutional law at the university.",
            ),
            (
                "The hardliners are now screaming about a coup.",
                "screaming about",
                "Neighbours heard her screaming about her child.",
            ),
        ]);
    }

    /// Session 68 precision audit, round 10: each narrowed entry beside its plain twin.
    #[test]
    fn audit_round_ten_narrowed_entries() {
        flagged_then_not(&[
            (
                "He made a terrible mistake on the budget.",
                "terrible",
                "He was the enfant terrible of the party.",
            ),
            (
                "The party's toxic culture drove staff away.",
                "toxic",
                "Doctors study toxic stress in young children.",
            ),
            (
                "The senator falsely said the bill had passed.",
                "falsely",
                "Prosecutors say the clerk told workers to falsely sign as witnesses.",
            ),
            (
                "No doubt the governor will sign the bill.",
                "No doubt",
                "The governor is in no doubt about the bill.",
            ),
            (
                "Critics say the mayor started a war on cops.",
                "war on",
                "The bill would fund a war on Iran.",
            ),
            (
                "Critics say the mayor started a war on cops.",
                "war on",
                "Experts fear a nuclear war on the peninsula.",
            ),
            (
                "Free speech is under attack on campus.",
                "under attack",
                "The rebels came under attack near the town.",
            ),
            (
                "The tax would have a devastating effect on farms.",
                "devastating",
                "The town was hit by a devastating twister.",
            ),
        ]);
    }

    #[test]
    fn session_68_recall_entries_flag_the_judgement_not_the_literal_twin() {
        flagged_then_not(&[
            (
                "Book-banning zealots have purged the shelves.",
                "Book-banning",
                "Book bans have risen in the state.",
            ),
            (
                "The despots splurged billions on football clubs.",
                "splurged",
                "Consumers splurged more than $2 billion online.",
            ),
            (
                "The reunion tour is a cynical cash-in.",
                "cash-in",
                "The reunion tour is a long tour.",
            ),
            (
                "Greedflation is here.",
                "Greedflation",
                "Inflation is here.",
            ),
            (
                "Antwerp has become a narco-state in all but name.",
                "narco-state",
                "Antwerp has become a trade hub in all but name.",
            ),
            (
                "Beijing's debt-trap diplomacy has won another island.",
                "debt-trap",
                "Beijing's loan diplomacy has won another island.",
            ),
            (
                "The council's grandees waved through another tower.",
                "grandees",
                "The council's members approved another tower.",
            ),
            (
                "The memoir is full of name-dropping.",
                "name-dropping",
                "The memoir is full of names.",
            ),
            (
                "The so-called peace plan is a surrender document.",
                "surrender document",
                "Japan signed the surrender document in 1945.",
            ),
            (
                "Sadly, the headset's battery is a joke.",
                "is a joke",
                "He said it is a joke his uncle told.",
            ),
            (
                "The so-called peace process is a farce.",
                "so-called peace",
                "Trump met Kim at the so-called Peace Village.",
            ),
            (
                "Trump filed yet another frivolous lawsuit.",
                "frivolous",
                "The judge ruled that the lawsuit was frivolous.",
            ),
            (
                "The service was glacial.",
                "glacial",
                "The lake was formed in a glacial period.",
            ),
            (
                "The talks moved at a glacial pace.",
                "glacial",
                "Glacial ice covered the valley.",
            ),
            (
                "Commuters endured the city's crumbling subway again.",
                "crumbling",
                "The old towers were crumbling to the ground.",
            ),
            (
                "The nation's crumbling schools need repair.",
                "crumbling",
                "Crumbling plaster fell from the ceiling.",
            ),
            (
                "The donors are in a state of panic.",
                "state of panic",
                "The donors are in a state of flux.",
            ),
            (
                "The windfall tax is a smash-and-grab raid on the North Sea.",
                "smash-and-grab",
                "Thieves carried out a smash-and-grab raid on a jewellery shop.",
            ),
            (
                "Three aging rockers were wheezing through the hits.",
                "wheezing",
                "The boy was wheezing and struggling to breathe.",
            ),
            (
                "Antwerp's port is a sieve.",
                "sieve",
                "Strain the sauce through a sieve.",
            ),
            (
                "Their new record is ten songs of aching beauty.",
                "aching beauty",
                "Their new record is ten songs of aching length.",
            ),
            (
                "He is the slickest boxer of his generation.",
                "slickest",
                "He is the youngest boxer of his generation.",
            ),
            (
                "The MAGA faithful are melting down over the ruling.",
                "melting down",
                "The reactor core was melting down.",
            ),
            (
                "The congestion tax will kill off the city's small businesses.",
                "kill off",
                "The drug will kill off the bacteria.",
            ),
            (
                "The war on cops has unleashed a crime wave.",
                "unleashed a crime wave",
                "The storm unleashed a wave of flooding.",
            ),
            (
                "The union is staging a politically motivated strike.",
                "politically motivated",
                "He said the charges were politically motivated.",
            ),
            (
                "We will be rightsizing our European footprint.",
                "rightsizing",
                "We will be resizing our European footprint.",
            ),
            (
                "The chains are showering their executives with obscene bonuses.",
                "showering",
                "The crowd was showering the bride with rose petals.",
            ),
            (
                "The fossil fuel barons are still being handed billions.",
                "barons",
                "The drug barons were jailed on Monday.",
            ),
            (
                "The bloated, washed-up former champion lost again.",
                "washed-up",
                "Debris washed up on the beach.",
            ),
            (
                "The regime's army of paid influencers has been busy.",
                "army of",
                "The army of the republic has been busy.",
            ),
            (
                "Qatar has achieved an unprecedented renaissance.",
                "unprecedented",
                "Qatar has taken the unprecedented step of talks.",
            ),
            (
                "The government has rammed its Treaty Principles Bill through a first reading.",
                "rammed",
                "A man rammed his car into the gates of parliament.",
            ),
            (
                "The line is the latest jewel in the emirate's gleaming transport network.",
                "gleaming",
                "He bought a gleaming car on Monday.",
            ),
        ]);
        // Narrowed in place: markets and fans shrugging off a result, the film's "epic", a
        // play's villain and a film's hero.
        for plain in [
            "Tesla's fan base shrugged off another weak quarter.",
            "Marchetti's three-hour epic mistakes noise for depth.",
            "The play is a dark comedy; the villain, a smooth-talking cousin, arrives late.",
            "In the film's final act, the hero must race to stop him.",
        ] {
            assert!(found(plain).is_empty(), "{plain}: {:?}", found(plain));
        }
        assert!(has(
            "The senator shrugged off the accusation.",
            "shrugged off",
            "charged_verb"
        ));
        assert!(has("It was an epic collapse.", "epic", "intensifier"));
        assert!(has(
            "It cannot restore its epically failed predecessor.",
            "epically",
            "intensifier"
        ));
        assert!(found("The global economy melted down in 2008.").is_empty());
    }

    #[test]
    fn a_long_charge_after_accused_of_is_the_accusers() {
        let quoted = [
            (
                "The mayor accused the council and its chairman of quietly running a cynical \
                 campaign to gut the parks.",
                "cynical",
            ),
            (
                "The mayor accused her old ally of plotting for months to oust her out of \
                 shameless greed.",
                "shameless",
            ),
            (
                "Critics accused the agency of stalling, of hiding records, and of misleading \
                 the public.",
                "misleading",
            ),
        ];
        for (text, w) in quoted {
            assert_eq!(checked_voice(text, w), Some(Voice::Quoted), "{text}");
        }
        // The outlet's own twins: the same words with no one charging, and a new clause
        // after the charge.
        let outlet = [
            (
                "The council and its chairman were quietly running a cynical campaign to gut \
                 the parks.",
                "cynical",
            ),
            (
                "Her old ally plotted for months to oust her out of shameless greed.",
                "shameless",
            ),
            (
                "The agency stalled, hid records, and issued misleading figures to the public.",
                "misleading",
            ),
            (
                "The mayor accused the council of stalling, but the council had been quietly \
                 running a cynical campaign.",
                "cynical",
            ),
        ];
        for (text, w) in outlet {
            assert_eq!(checked_voice(text, w), Some(Voice::Outlet), "{text}");
        }
    }

    #[test]
    fn what_a_speaker_said_of_something_is_the_speakers() {
        let text = "Roe said of the plan that it was a disgrace, and of the council that it \
                    was shameless.";
        assert_eq!(checked_voice(text, "disgrace"), Some(Voice::Quoted));
        assert_eq!(checked_voice(text, "shameless"), Some(Voice::Quoted));
        // The outlet's twin: its own verdicts on both.
        let text = "The plan was a disgrace, and the council was shameless.";
        assert_eq!(checked_voice(text, "disgrace"), Some(Voice::Outlet));
        assert_eq!(checked_voice(text, "shameless"), Some(Voice::Outlet));
        // "of" after a noun, not a verb of saying: the outlet's clause.
        let text = "Roe spoke at the start of the session that was a disgrace.";
        assert_eq!(checked_voice(text, "disgrace"), Some(Voice::Outlet));
    }

    #[test]
    fn a_hosts_and_staff_reporters_turns_are_the_outlets_voice() {
        let voice = |text: &str, w: &str| {
            let terms = Lexicon::builtin().find(text);
            terms.iter().find(|t| t.text == w).map(|t| t.voice)
        };
        // A radio transcript's host and reporter (by their roles, then by name) speak
        // for the outlet; the guest is quoted.
        let text = "JANE ROE, HOST:\n\nThe council met today.\n\n\
                    TOM POOLE, BYLINE: It was a disgraceful session.\n\n\
                    ROE: And the mayor?\n\n\
                    POOLE: She called it a farce.\n\n\
                    ANN LEE: The plan is a shameless power grab.\n\n\
                    ROE: Thank you both.";
        assert_eq!(voice(text, "disgraceful"), Some(Voice::Outlet));
        assert_eq!(voice(text, "shameless"), Some(Voice::Quoted));
        // The quoted twin: the same line by a guest.
        let text = "JANE ROE, HOST:\n\nThe council met today.\n\n\
                    ANN LEE: It was a disgraceful session.\n\n\
                    ROE: Thank you.";
        assert_eq!(voice(text, "disgraceful"), Some(Voice::Quoted));
        // A show's host tells herself by what she says; a guest thanks her.
        let text = "AMY ROE: Welcome to the program. We're joined by Ann Lee. Ann, what \
                    about this disgraceful session?\n\n\
                    ANN LEE: The plan is a shameless power grab.\n\n\
                    AMY ROE: Thank you.";
        assert_eq!(voice(text, "disgraceful"), Some(Voice::Outlet));
        assert_eq!(voice(text, "shameless"), Some(Voice::Quoted));
    }

    #[test]
    fn a_guests_answer_cut_off_mid_sentence_stays_the_guests() {
        let voice = |text: &str, w: &str| {
            let terms = Lexicon::builtin().find(text);
            terms.iter().find(|t| t.text == w).map(|t| t.voice)
        };
        let text = "HOST: Why did the vote fail?\n\n\
                    MAYOR POOLE: Because the council stalled.\n\n\
                    And the plan was a shameless power grab, and in fact --\n\n\
                    HOST: Thank you, mayor.";
        assert_eq!(voice(text, "shameless"), Some(Voice::Quoted));
        // A guest naming another speaker goes on speaking.
        let text = "HOST: Why did the vote fail?\n\n\
                    TOM LEE: The council stalled.\n\n\
                    MAYOR POOLE: Because the council stalled.\n\n\
                    Now, on the Lee plan, it was a shameless power grab.\n\n\
                    HOST: Thank you, mayor.";
        assert_eq!(voice(text, "shameless"), Some(Voice::Quoted));
        // The outlet's commentary naming the speaker stays the outlet's.
        let text = "HOST: Why did the vote fail?\n\n\
                    MAYOR POOLE: Because the council stalled.\n\n\
                    Poole gave a shameless answer.\n\n\
                    HOST: Thank you, mayor.";
        assert_eq!(voice(text, "shameless"), Some(Voice::Outlet));
    }

    #[test]
    fn a_podcast_hosts_lines_are_the_outlets_and_a_clip_is_its_speakers() {
        let voice = |text: &str, w: &str| {
            let terms = Lexicon::builtin().find(text);
            terms.iter().find(|t| t.text == w).map(|t| t.voice)
        };
        let text = "From the Daily Ledger, I\u{2019}m Jane Roe. My colleague Tom Poole on \
                    the vote.\n\n\
                    jane roe\n\nTom, what happened?\n\n\
                    tom poole\n\nIt was a disgraceful session. archived recording (ann lee) \
                    The plan is a shameless power grab.\n\n\
                    jane roe\n\nWhat now?\n\n\
                    ann lee\n\nWe keep fighting the reckless plan.";
        assert_eq!(voice(text, "disgraceful"), Some(Voice::Outlet));
        assert_eq!(voice(text, "shameless"), Some(Voice::Quoted));
        assert_eq!(voice(text, "reckless"), Some(Voice::Quoted));
    }

    #[test]
    fn audit_round_11_families_beside_their_plain_twins() {
        flagged_then_not(&[
            // A side's or a movement's regard reported is plain; a hero to everyone stays.
            (
                "The coach is a hero to every family in town.",
                "hero",
                "The coach is a hero to many conservatives in town.",
            ),
            (
                "The senator, a hero, spoke on Monday.",
                "hero",
                "The senator, a civil rights hero, spoke on Monday.",
            ),
            (
                "The pastor, a hero of the faithful, spoke on Monday.",
                "hero",
                "The pastor, a hero of the civil rights movement, spoke on Monday.",
            ),
            // The verb before its object is plain.
            (
                "The report raised troubling questions about the budget.",
                "troubling",
                "He apologized for troubling them with questions about the budget.",
            ),
            (
                "The report raised troubling questions about the budget.",
                "troubling",
                "The issues troubling the people of the town were the budget and roads.",
            ),
            // A genocide declared, recognised or feared is reported, not the outlet's charge.
            (
                "The army carried out a genocide in the north.",
                "genocide",
                "The government declared a genocide in the north.",
            ),
            (
                "The army carried out a genocide in the north.",
                "genocide",
                "The strikes were meant to prevent a potential genocide in the north.",
            ),
            (
                "The army carried out a genocide in the north.",
                "genocide",
                "The genocide finding does not oblige the government to act.",
            ),
            // "Lies" the verb of place.
            (
                "The senator repeated his lies to the committee.",
                "lies",
                "The town lies next to the river.",
            ),
            (
                "The senator repeated his lies to the committee.",
                "lies",
                "The old bridge over the river lies empty.",
            ),
        ]);
    }

    #[test]
    fn compound_heads_and_openers_match_only_as_parts_of_a_hyphenated_word() {
        // A listed head judges whatever it joins; its plain word stays unmatched.
        flagged_then_not(&[
            (
                "The crime-ridden district elected a mayor.",
                "crime-ridden",
                "She had ridden the bus to the district office.",
            ),
            (
                "The Trump-hating columnist wrote the piece.",
                "Trump-hating",
                "The columnist wrote the piece about hating Mondays.",
            ),
            (
                "The rat-infested depot reopened on Monday.",
                "rat-infested",
                "The depot reopened after inspectors found it infested.",
            ),
            (
                "A pea-brained plan was approved.",
                "pea-brained",
                "A plan for the brain institute was approved.",
            ),
            (
                "The gas-guzzling trucks were sold.",
                "gas-guzzling",
                "The fuel trucks were sold at auction.",
            ),
            (
                "The council ignored the war-mongering rhetoric.",
                "war-mongering",
                "The council ignored the war memorial plan.",
            ),
            (
                "The plan is Obamacare-lite, the caucus said.",
                "Obamacare-lite",
                "The plan is a lite version, the caucus said.",
            ),
            (
                "The faux-populist senator spoke.",
                "faux-populist",
                "The senator sat at a faux-wood table.",
            ),
            (
                "The narco-state held an election.",
                "narco-state",
                "The agents found a narco-trafficking tunnel.",
            ),
        ]);
        // The compound's head reads it before its parts ("Obamacare" is a name).
        assert!(found("Critics called it Obamacare-lite.")
            .iter()
            .any(|g| g.0 == "Obamacare-lite"));
        // Not after a reversing prefix, and not on the literal object of a head.
        assert!(found("The bullet-ridden car was towed away.").is_empty());
    }

    #[test]
    fn superlatives_measured_against_all_time_are_praise_and_records_are_not() {
        flagged_then_not(&[
            (
                "It was the greatest speech ever delivered by a mayor.",
                "greatest",
                "It was the greatest number of cases ever recorded in the state.",
            ),
            (
                "This is the best phone ever made.",
                "best",
                "The company reported its best quarter ever on Tuesday.",
            ),
            (
                "She is the most important designer of her generation.",
                "most important",
                "The most important vote of the session is on Tuesday.",
            ),
            (
                "He is the worst mayor who ever lived.",
                "worst",
                "The city had its worst flooding ever recorded.",
            ),
        ]);
        // Without a scope of all time the superlative is plain.
        assert!(found("The best way to the station is the bus.").is_empty());
    }

    #[test]
    fn a_saying_clause_broken_by_commas_or_dashes_is_the_speakers() {
        // An aside, an adverb or an appositive inside the clause a ", saying" reports.
        let quoted = [
            (
                "The senator left the hearing, saying the bill, drafted in secret, was a \
                 reckless giveaway.",
                "reckless",
            ),
            (
                "The senator left the hearing, saying the bill - drafted in secret - was a \
                 reckless giveaway.",
                "reckless",
            ),
            (
                "The senator left the hearing, saying the bill was, frankly, a reckless \
                 giveaway.",
                "reckless",
            ),
            (
                "The senator left the hearing, saying the bill was a giveaway, a disgraceful \
                 betrayal of voters.",
                "disgraceful",
            ),
        ];
        for (text, w) in quoted {
            assert_eq!(checked_voice(text, w), Some(Voice::Quoted), "{text}");
        }
        // Twins: the same words with no ", saying", and the sentence going on after the
        // clause (a conjunction, a new predicate) in the outlet's words.
        let outlet = [
            (
                "The senator left the hearing. The bill, drafted in secret, was a reckless \
                 giveaway.",
                "reckless",
            ),
            (
                "The senator left the hearing, saying the bill was flawed, and then gave a \
                 reckless speech.",
                "reckless",
            ),
            (
                "The senator left the hearing, saying the bill was flawed, as reckless \
                 protesters blocked the doors.",
                "reckless",
            ),
            (
                "The senator left the hearing, saying nothing, a disgraceful exit.",
                "disgraceful",
            ),
        ];
        for (text, w) in outlet {
            assert_eq!(checked_voice(text, w), Some(Voice::Outlet), "{text}");
        }
    }

    #[test]
    fn a_passive_charge_is_the_outlets_report_and_an_accusers_charge_is_theirs() {
        // "X accused Y of ..." and "accused by X of ...": the accuser's words.
        let quoted = [
            (
                "Rights groups accused the general of orchestrating a brutal purge in the \
                 western region.",
                "brutal",
            ),
            (
                "The general was accused by rights groups of orchestrating a brutal purge.",
                "brutal",
            ),
            (
                "Police accused the mother of harming the son she falsely claimed was sick.",
                "claimed",
            ),
            (
                "The firm, which regulators accused of running a brutal purge, closed.",
                "brutal",
            ),
            (
                "The firm, which they accused of running a brutal purge, closed.",
                "brutal",
            ),
        ];
        for (text, w) in quoted {
            assert_eq!(checked_voice(text, w), Some(Voice::Quoted), "{text}");
        }
        // A charge with no accuser: the outlet reports that it is made.
        let outlet = [
            (
                "The general, accused of orchestrating a brutal purge in the western region, \
                 fled.",
                "brutal",
            ),
            (
                "The general was accused of orchestrating a brutal purge.",
                "brutal",
            ),
            (
                "The mother is accused of harming the son she falsely claimed was sick.",
                "claimed",
            ),
        ];
        for (text, w) in outlet {
            assert_eq!(checked_voice(text, w), Some(Voice::Outlet), "{text}");
        }
    }

    #[test]
    fn an_interviews_questions_are_the_outlets_and_its_answers_the_sources() {
        let voice = |text: &str, w: &str| {
            let terms = Lexicon::builtin().find(text);
            terms.iter().find(|t| t.text == w).map(|t| t.voice)
        };
        let text = "The mayor spoke to us about the stadium.\n\n\
                    Q: Is the deal a shameless giveaway?\n\n\
                    A: No. It is a sound plan, and the critics are reckless.";
        assert_eq!(voice(text, "shameless"), Some(Voice::Outlet));
        assert_eq!(voice(text, "reckless"), Some(Voice::Quoted));
        // The twin: the answer's word asked about in the question, and the question's
        // in the answer.
        let text = "The mayor spoke to us about the stadium.\n\n\
                    Q: Are the critics reckless?\n\n\
                    A: No. But the deal is not a shameless giveaway.";
        assert_eq!(voice(text, "reckless"), Some(Voice::Outlet));
        assert_eq!(voice(text, "shameless"), Some(Voice::Quoted));
    }

    #[test]
    fn a_hosts_echo_of_a_guests_words_is_the_guests() {
        let voice = |text: &str, w: &str| {
            let tokens = Lexicon::builtin().key_tokens(text);
            let mut terms = Lexicon::builtin().find(text);
            reported_voices(text, &tokens, &mut terms);
            terms.iter().find(|t| t.text == w).map(|t| t.voice)
        };
        // Quoted by the host in quotation marks, or asked about ("what do you mean by"):
        // the guest's words; the host's own are the outlet's.
        let text = "RACHEL MARTIN, HOST:\n\nSenator Roe joins us now.\n\n\
                    JANE ROE: Thank you.\n\n\
                    MARTIN: As you said, \"this bill is a reckless giveaway.\" What do you \
                    mean by disgraceful giveaway?\n\n\
                    ROE: I mean it.\n\n\
                    MARTIN: It is a shameless bill, some say.";
        assert_eq!(voice(text, "reckless"), Some(Voice::Quoted));
        assert_eq!(voice(text, "disgraceful"), Some(Voice::Quoted));
        // The twins: the host's own words.
        let text = "RACHEL MARTIN, HOST:\n\nSenator Roe joins us now.\n\n\
                    JANE ROE: Thank you.\n\n\
                    MARTIN: This bill is a reckless giveaway. What do we do about a \
                    disgraceful giveaway?\n\n\
                    ROE: I mean it.";
        assert_eq!(voice(text, "reckless"), Some(Voice::Outlet));
        assert_eq!(voice(text, "disgraceful"), Some(Voice::Outlet));
        assert_eq!(
            checked_voice(
                "What I mean by a disgraceful giveaway is this.",
                "disgraceful"
            ),
            Some(Voice::Outlet)
        );
        assert_eq!(
            checked_voice(
                "What does the senator mean by a disgraceful giveaway?",
                "disgraceful"
            ),
            Some(Voice::Quoted)
        );
    }

    #[test]
    fn legislative_ramming_flags_and_a_vehicles_ramming_does_not() {
        flagged_then_not(&[
            (
                "Senate leaders rammed the bill through before the recess.",
                "rammed",
                "A car rammed through the barricade outside the hall.",
            ),
            (
                "The majority rammed through the budget at midnight.",
                "rammed through",
                "The ship rammed the vessel near parliament.",
            ),
            (
                "The party rammed its Treaty Principles Bill through a first reading.",
                "rammed",
                "A truck rammed the gates of parliament on Monday.",
            ),
        ]);
    }

    #[test]
    fn crumbling_needs_its_head_and_not_the_wires_infrastructure() {
        flagged_then_not(&[
            (
                "Riders waited again in the city's crumbling subway.",
                "crumbling",
                "Tourists photographed the temple's crumbling walls.",
            ),
            (
                "The governor blamed the crumbling economy.",
                "crumbling",
                "The plan would rebuild the nation's crumbling infrastructure.",
            ),
        ]);
    }

    #[test]
    fn is_a_joke_passes_over_comedy() {
        flagged_then_not(&[(
            "The new safety plan is a joke.",
            "is a joke",
            "The comedian said the line is a joke about airports.",
        )]);
    }

    #[test]
    fn under_attack_passes_over_forces_checkpoints_and_ships() {
        flagged_then_not(&[
            (
                "Voting rights are under attack in the state.",
                "under attack",
                "The checkpoint came under attack before dawn.",
            ),
            (
                "Free speech is under attack on campus.",
                "under attack",
                "Officials said the vessel came under attack near the strait.",
            ),
        ]);
    }

    #[test]
    fn shrugged_off_passes_over_investors_past_a_comma() {
        flagged_then_not(&[(
            "The senator shrugged off the criticism.",
            "shrugged off",
            "Investors, for now, shrugged off the weak jobs report.",
        )]);
    }

    #[test]
    fn war_on_passes_over_a_place_or_a_state_after_the() {
        flagged_then_not(&[
            (
                "The governor waged a war on coal.",
                "war on",
                "Officials feared a war on the Korean Peninsula.",
            ),
            (
                "Hosts decried the war on Christmas.",
                "war on",
                "Lawmakers debated a war on the Islamic State.",
            ),
            (
                "Activists denounced the war on women.",
                "war on",
                "China warned against a war on the peninsula.",
            ),
        ]);
    }

    #[test]
    fn villain_hero_and_sieve_pass_over_fiction_and_rock() {
        flagged_then_not(&[
            (
                "The governor has cast the teachers' union as the villain of the budget fight.",
                "villain",
                "Her novels are full of villains who hide in plain sight.",
            ),
            (
                "The mayor was hailed as a hero after the vote.",
                "hero",
                "The hero of her favourite book is a lighthouse keeper.",
            ),
            (
                "Critics say the southern border has become a sieve.",
                "sieve",
                "The water drains through a sieve of porous limestone.",
            ),
        ]);
    }
}
