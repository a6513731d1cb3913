//! Sourcing: who speaks in an article, for whom, and how much goes unattributed.
//!
//! [`extract`] finds every attribution in plain English news text: direct quotes
//! with their speaker (`“...,” Peskov told reporters`), reported speech
//! (`Lavrov also condemned ...`), anonymous sources (`officials said`) and claims
//! with no source at all (`reportedly`, `it is believed`). Each points at its
//! byte span. From them it measures how many voices speak, how balanced they are
//! across affiliation groups, and how much rests on anonymous or unattributed
//! claims; [`block_values`] turns those figures into model features. A
//! [`SideMap`] from the user assigns voices to the sides of a story.
//!
//! The finder runs four linear passes, one module each: `doc` reads the words
//! (byte offsets, word classes, sentence and quotation) and `people` the people
//! named in full and their later mentions; `candidates` finds quotes with the
//! tag beside them (`tags`), reporting verbs with their subjects (`subject`)
//! and hedges; `resolve` gives each its speaker in text order. The word lists
//! they read are in `features::english` (shared with loaded language) and `lexicon`
//! (groups and name genders, read here alone). Every walk is bounded by a small constant.

mod candidates;
mod doc;
pub(crate) mod lexicon;
mod people;
mod resolve;
mod sides;
mod subject;
mod tags;

pub(crate) use doc::word_class;
pub use sides::{SideMap, UNASSIGNED};

use super::block::{Detail, FeatureBlock};
use super::english;
use crate::document::Document;
use crate::math::ratio;

use crate::features::fx::FxMap;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Whether an attribution names its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A named person, organisation or document.
    Named,
    /// A source described but not named ("a senior official", "sources").
    Anonymous,
    /// A claim with no source at all ("reportedly", "it is believed", a quote nobody said).
    Unattributed,
}

/// What kind of voice an attribution's source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerKind {
    /// A person, named or pointed at ("Peskov", "he", "the president").
    Person,
    /// People speaking together under one affiliation ("Republican lawmakers", "Democrats").
    Group,
    /// An organisation ("the Justice Department", "Clinton's campaign").
    Organisation,
    /// A document or poll ("the report", "a new poll").
    Document,
    /// A source described but not named ("officials", "a senior aide").
    Anonymous,
    /// No source at all ("reportedly", a quote nobody said).
    Unattributed,
}

/// What an attribution reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContentKind {
    /// Words inside quotation marks, standing as the whole report.
    Direct,
    /// A paraphrase with quoted words inside it (`said the plan was “dead”`).
    Partial,
    /// Reported speech or a claim in the writer's words.
    Indirect,
    /// A belief, wish or intention ("believes", "wants", "hopes").
    Belief,
}

/// One attribution: who said what, and where in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    /// The speaker's full name (resolved from pronouns and surnames), or an
    /// organisation or document; `None` for anonymous and unattributed claims.
    pub speaker: Option<String>,
    /// The speaker's title or affiliation as written ("Kremlin spokesman").
    pub affiliation: Option<String>,
    /// The reporting verb as written, lowercased ("said", "told", "according to"),
    /// or the hedge for unattributed claims ("reportedly").
    pub verb: String,
    /// The quoted words for direct quotes; the reported clause (shortened) otherwise.
    pub quote: Option<String>,
    /// True for words inside quotation marks.
    pub direct: bool,
    /// Byte offset where the quoted or reported words start (`None` without them).
    pub quote_start: Option<usize>,
    /// Byte offset one past their end.
    pub quote_end: Option<usize>,
    /// Byte offset where the attribution (quote and tag, or reporting sentence) starts.
    pub start: usize,
    /// Byte offset one past its end.
    pub end: usize,
    /// Named, anonymous or unattributed.
    pub kind: SourceKind,
    /// Person, group, organisation, document, anonymous or unattributed.
    pub source_kind: SpeakerKind,
    /// Direct, partial, indirect or belief.
    pub content_kind: ContentKind,
    /// True when no source is named (`kind` is anonymous or unattributed).
    pub anonymous: bool,
    /// For anonymous and unattributed claims, the words that flag them ("officials",
    /// "reportedly"); for a post embedded in the article, its signature.
    pub cue: Option<String>,
    /// The affiliation group the speaker counts under for balance ("Russia"); named sources only.
    pub group: Option<String>,
}

/// The sourcing of one article: its attributions and the figures measured from them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Sourcing {
    /// Distinct named speakers (people, organisations, documents) with at least one attribution.
    pub voices: usize,
    /// Spread of named attributions over affiliation groups, in [0, 1]:
    /// `H / ln(G + 1)`, where `H = -Σ p_g ln p_g` over the share `p_g` of named
    /// attributions in group `g` and `G` is the number of groups. 0 for one
    /// voice or one group; two even groups give 0.63, three 0.79, rising toward 1.
    pub balance: f64,
    /// Share of named attributions held by the most-attributed voice (0 when none).
    pub top_voice_share: f64,
    /// Share of named attributions held by the largest affiliation group (0 when none).
    pub top_group_share: f64,
    /// Anonymous and unattributed claims over all attributions (0 when none).
    pub anonymous_share: f64,
    /// Attributions to groups and organisations ("Republican lawmakers", "the
    /// ministry") over all attributions (0 when none): how much of the sourcing
    /// rests on collective voices.
    pub collective_share: f64,
    /// Share of the article's words that sit inside quotation marks.
    pub quote_share: f64,
    /// Share of attributions that are direct quotes (0 when none).
    pub direct_share: f64,
    /// Named attributions per affiliation group.
    pub groups: BTreeMap<String, usize>,
    /// With a [`SideMap`]: each side's share of the voices ("unassigned" for the rest).
    pub side_shares: BTreeMap<String, f64>,
    /// Every attribution in text order.
    pub attributions: Vec<Attribution>,
}

impl Sourcing {
    /// The anonymous and unattributed claims.
    pub fn unattributed(&self) -> impl Iterator<Item = &Attribution> {
        self.attributions.iter().filter(|a| a.anonymous)
    }

    /// The distinct named speakers, in order of first appearance.
    pub fn speakers(&self) -> Vec<&str> {
        let mut seen = Vec::new();
        for a in &self.attributions {
            if let (SourceKind::Named, Some(s)) = (a.kind, a.speaker.as_deref()) {
                if !seen.contains(&s) {
                    seen.push(s);
                }
            }
        }
        seen
    }
}

/// Finds the attributions in `text` and measures its sourcing. Never panics.
pub fn extract(text: &str) -> Sourcing {
    extract_with_sides(text, None)
}

/// Like [`extract`], also filling `side_shares` from the user's [`SideMap`].
pub fn extract_with_sides(text: &str, sides: Option<&SideMap>) -> Sourcing {
    let mut doc = Document::new(crate::features::words::describe);
    doc.read(None, text);
    extract_read(&doc, sides, Detail::Full, &mut SourcingScratch::default())
}

/// Scratch of the sourcing block (one per thread): the attribution finder's
/// lists, reused from one article to the next so that a long article's lists
/// are not allocated afresh each time.
#[derive(Debug, Default)]
pub struct SourcingScratch {
    doc: doc::DocScratch,
}

/// Like [`extract_with_sides`], over the body of `doc` as the document pass has
/// read it (its words, quotations and sentences).
/// Under [`Detail::Figures`] the attributions keep no quoted and reported words
/// (`quote` is `None`), and the spans of reported words are not worked out
/// (`quote_start` and `quote_end` of reported speech are `None`, and a quote
/// inside reported words reads as `Direct`): every figure is as under
/// [`Detail::Full`], for less work.
pub fn extract_read(
    doc: &Document,
    sides: Option<&SideMap>,
    detail: Detail,
    scratch: &mut SourcingScratch,
) -> Sourcing {
    let doc_scratch = std::mem::take(&mut scratch.doc);
    let finder = doc::Doc::new(
        doc.body(),
        doc.words(),
        doc.table(),
        doc.quotes(),
        doc.sentences(),
        detail,
        doc_scratch,
    );
    extract_in(finder, sides, scratch)
}

/// The sourcing block: the attributions of a document and their figures.
#[derive(Debug, Clone, Copy)]
pub struct SourcingBlock<'s> {
    sides: Option<&'s SideMap>,
    detail: Detail,
}

impl<'s> SourcingBlock<'s> {
    /// The block, giving each side's share of the voices with `sides`, and
    /// keeping the quoted and reported words when `detail` says so.
    pub fn new(sides: Option<&'s SideMap>, detail: Detail) -> Self {
        SourcingBlock { sides, detail }
    }
}

impl FeatureBlock for SourcingBlock<'_> {
    type Scratch = SourcingScratch;
    type Measure = Sourcing;

    fn names(&self) -> Vec<String> {
        block_names()
    }

    fn measure(&self, doc: &Document, scratch: &mut SourcingScratch) -> Sourcing {
        extract_read(doc, self.sides, self.detail, scratch)
    }
}

fn extract_in(
    mut doc: doc::Doc,
    sides: Option<&SideMap>,
    scratch: &mut SourcingScratch,
) -> Sourcing {
    let (words, quoted) = doc.word_counts();
    let mut attributions = doc.attributions();
    scratch.doc = doc.into_scratch();
    attributions.sort_by_key(|a| (a.start, a.end));
    // Each named attribution's voice: its speaker, lowercased.
    let voices: Vec<Option<String>> = (attributions.iter())
        .map(|a| {
            (a.kind == SourceKind::Named).then(|| a.speaker.as_deref().unwrap_or("").to_lowercase())
        })
        .collect();
    // One group per voice: the first built-in group any of its attributions
    // names, else the group key of its first attribution.
    let mut voice_group: FxMap<&str, (String, bool)> = FxMap::default();
    // The group key of each (affiliation, speaker) pair, worked out once.
    let mut keys: FxMap<(Option<&str>, &str), (String, bool)> = FxMap::default();
    // Each group key as first written, for reports ("Riverton Transit Alliance").
    let mut shown: FxMap<String, String> = FxMap::default();
    for (a, voice) in attributions.iter().zip(&voices) {
        let Some(voice) = voice else { continue };
        match voice_group.get_mut(voice.as_str()) {
            None => {
                voice_group.insert(voice, group_key_once(&mut keys, &mut shown, a));
            }
            // A voice with a built-in group keeps it: no need to look again.
            Some((_, true)) => {}
            Some(entry) => {
                let (group, known) = group_key_once(&mut keys, &mut shown, a);
                if known {
                    *entry = (group, true);
                }
            }
        }
    }
    // A campaign speaks for its candidate's group ("the Moreno campaign" with
    // "Democratic candidate Jane Moreno"): the first voice, in text order, whose
    // last word is the campaign's owner and whose group is known.
    for voice in voices.iter().flatten() {
        if voice_group
            .get(voice.as_str())
            .is_none_or(|(_, known)| *known)
        {
            continue;
        }
        let Some(owner) = campaign_owner(voice) else {
            continue;
        };
        let group = voices.iter().flatten().find_map(|other| {
            let (g, known) = voice_group.get(other.as_str())?;
            (*known && other.rsplit(' ').next() == Some(owner)).then(|| g.clone())
        });
        if let (Some(g), Some(entry)) = (group, voice_group.get_mut(voice.as_str())) {
            *entry = (g, true);
        }
    }
    // Groups are counted by key and shown as written.
    let mut group_keys: Vec<Option<String>> = vec![None; attributions.len()];
    for ((a, voice), key) in attributions.iter_mut().zip(&voices).zip(&mut group_keys) {
        if let Some(voice) = voice {
            *key = voice_group.get(voice.as_str()).map(|(g, _)| g.clone());
            a.group = key.as_ref().map(|g| shown.get(g).unwrap_or(g).clone());
        }
    }
    measure(attributions, &voices, &group_keys, words, quoted, sides)
}

/// The owner of a campaign named by `voice` (lowercase): "moreno" for "the
/// moreno campaign", "moreno's campaign" or "moreno campaign officials".
fn campaign_owner(voice: &str) -> Option<&str> {
    let mut before = None;
    for w in voice.split_whitespace() {
        if w == "campaign" {
            let owner: &str = before?;
            let owner = (owner.strip_suffix("'s"))
                .or_else(|| owner.strip_suffix("’s"))
                .unwrap_or(owner);
            return (!english::is_function_word(owner)).then_some(owner);
        }
        before = Some(w);
    }
    None
}

/// [`group_key`] of `a`, worked out once per (affiliation, speaker) pair in `keys`;
/// `shown` keeps the first written form of each key.
fn group_key_once<'a>(
    keys: &mut FxMap<(Option<&'a str>, &'a str), (String, bool)>,
    shown: &mut FxMap<String, String>,
    a: &'a Attribution,
) -> (String, bool) {
    let pair = (a.affiliation.as_deref(), a.speaker.as_deref().unwrap_or(""));
    keys.entry(pair)
        .or_insert_with(|| {
            let (key, known, written) = group_key(a);
            if let Some(written) = written {
                shown.entry(key.clone()).or_insert(written);
            }
            (key, known)
        })
        .clone()
}

/// The affiliation group of a named attribution: a known group from the
/// built-in table (flagged `true`), else the affiliation itself (lowercased, with
/// its written form for reports), else the speaker.
fn group_key(a: &Attribution) -> (String, bool, Option<String>) {
    let affiliation = a.affiliation.as_deref();
    let speaker = a.speaker.as_deref().unwrap_or("");
    if let Some(g) = affiliation
        .and_then(lexicon::group_of)
        .or_else(|| lexicon::group_of(speaker))
    {
        return (g.to_string(), true, None);
    }
    // A bare title ("Rep.", "Press secretary") says nothing about the side: group by speaker.
    let title_only = affiliation.is_some_and(|aff| {
        aff.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .all(|w| {
                let w = crate::text::to_lowercase(w);
                english::is_title_word(&w) || english::is_leading_filler(&w)
            })
    });
    // A role in an organisation counts under the organisation, as written
    // ("president of the Riverton Taxpayers Association"); words that describe the
    // person ("34, an attorney from Manhattan", "she lives in ...") name no group.
    if let Some(org) = affiliation.and_then(organisation_in) {
        return (org.to_string(), false, None);
    }
    let described = affiliation.is_some_and(describes_person);
    match affiliation.filter(|_| !title_only && !described) {
        Some(aff) => {
            let aff = aff.trim();
            let written = ["a ", "an ", "the ", "A ", "An ", "The "]
                .iter()
                .find_map(|p| aff.strip_prefix(p))
                .unwrap_or(aff);
            let l = aff.to_lowercase();
            let l = ["a ", "an ", "the "]
                .iter()
                .find_map(|p| l.strip_prefix(p))
                .map(str::to_string)
                .unwrap_or(l);
            (l, false, Some(written.to_string()))
        }
        None => (speaker.to_string(), false, None),
    }
}

/// The organisation an affiliation names after a role, as written: the capitalised
/// words after "of", "for", "at" or "with" ("director of the Riverton Transit
/// Alliance" -> "Riverton Transit Alliance", "analyst at The Cook Political Report"
/// -> "Cook Political Report"). A residence after an age ("58, of Staten Island") is none.
fn organisation_in(aff: &str) -> Option<&str> {
    let toks: Vec<(usize, &str)> = (aff.split_whitespace())
        .map(|t| (t.as_ptr() as usize - aff.as_ptr() as usize, t))
        .collect();
    let capitalised = |t: &str| t.chars().next().is_some_and(char::is_uppercase);
    for i in 1..toks.len() {
        let (_, prev) = toks[i - 1];
        let (_, t) = toks[i];
        // A clause ("a plumber who voted for ...") ends the role.
        if opens_description_word(t) {
            break;
        }
        // The preposition follows a role ("president of"), not a name ("Federation for").
        let role_before = !prev.chars().next().is_some_and(char::is_uppercase)
            || english::is_title_word(&prev.to_lowercase());
        if prev.ends_with(',')
            || !role_before
            || !english::is_membership_preposition(&t.to_ascii_lowercase())
        {
            continue;
        }
        let mut j = i + 1;
        if toks
            .get(j)
            .is_some_and(|&(_, t)| t.eq_ignore_ascii_case("the"))
        {
            j += 1;
        }
        // The run of capitalised words, with "of", "for", "and", "the" inside it
        // ("Center for the Study of Hate and Extremism"), up to a comma.
        let mut end = j;
        let mut k = j;
        while let Some(&(_, t)) = toks.get(k) {
            if capitalised(t) {
                k += 1;
                end = k;
                if t.ends_with([',', ';']) {
                    break;
                }
            } else if k > j && matches!(t, "of" | "for" | "on" | "and" | "the" | "&") {
                k += 1;
            } else {
                break;
            }
        }
        // A name that modifies a noun after it ("son of the Libyan leader") is no organisation.
        let modifies = !toks[end - 1].1.ends_with([',', ';'])
            && toks.get(end).is_some_and(|&(_, t)| {
                let l = t.to_lowercase();
                t.chars().next().is_some_and(char::is_lowercase)
                    && !(english::is_preposition(&l)
                        || english::is_function_word(&l)
                        || english::opens_description(&l))
            });
        if end == j || modifies {
            continue;
        }
        let (start, _) = toks[j];
        let (last, t) = toks[end - 1];
        let org = aff[start..last + t.len()].trim_end_matches([',', ';', '.', ':']);
        let org = (org.strip_suffix("'s"))
            .or_else(|| org.strip_suffix("’s"))
            .unwrap_or(org);
        if !org.is_empty() {
            return Some(org);
        }
    }
    None
}

/// Whether an affiliation describes the person rather than what they belong to:
/// it opens with an age ("34, an attorney") or a clause ("she lives in downtown",
/// "no relation to the minister").
fn describes_person(aff: &str) -> bool {
    let aff = aff.trim_start();
    let first = aff.split_whitespace().next().unwrap_or("");
    aff.starts_with(|c: char| c.is_ascii_digit()) || opens_description_word(first)
}

/// A word as written that opens a clause describing a person: lowercase ("who",
/// "she") or "I" ("WHO" is an organisation).
fn opens_description_word(w: &str) -> bool {
    let w = w.trim_end_matches([',', ';']);
    (w == "I" || w.chars().all(char::is_lowercase)) && english::opens_description(w)
}

/// The figures of an article's attributions; `voices` holds each named
/// attribution's lowercased speaker, `group_keys` its group's key (groups are
/// counted by key and listed under the attribution's `group`, as written).
fn measure(
    attributions: Vec<Attribution>,
    voices: &[Option<String>],
    group_keys: &[Option<String>],
    words: usize,
    quoted: usize,
    sides: Option<&SideMap>,
) -> Sourcing {
    let mut per_voice: FxMap<&str, usize> = FxMap::default();
    // Each voice's speaker and affiliation as first written, for the side map.
    let mut voice_affiliation: Vec<(&str, Option<&str>)> = Vec::new();
    let mut by_key: BTreeMap<&str, usize> = BTreeMap::new();
    let mut groups: BTreeMap<String, usize> = BTreeMap::new();
    let mut n = 0;
    for ((a, voice), key) in attributions.iter().zip(voices).zip(group_keys) {
        let (Some(speaker), Some(voice)) = (&a.speaker, voice) else {
            continue;
        };
        n += 1;
        let count = per_voice.entry(voice).or_insert(0);
        if *count == 0 && sides.is_some() {
            voice_affiliation.push((speaker, a.affiliation.as_deref()));
        }
        *count += 1;
        *by_key
            .entry(key.as_deref().unwrap_or_default())
            .or_insert(0) += 1;
        let group = a.group.as_deref().unwrap_or_default();
        match groups.get_mut(group) {
            Some(c) => *c += 1,
            None => {
                groups.insert(group.to_string(), 1);
            }
        }
    }
    let entropy: f64 = by_key
        .values()
        .map(|&c| {
            let p = ratio(c, n);
            -p * p.ln()
        })
        .sum();
    let balance = if by_key.len() <= 1 {
        0.0
    } else {
        (entropy / ((by_key.len() + 1) as f64).ln()).clamp(0.0, 1.0)
    };
    let anonymous = attributions.iter().filter(|a| a.anonymous).count();
    let direct = attributions.iter().filter(|a| a.direct).count();
    let collective = (attributions.iter())
        .filter(|a| {
            matches!(
                a.source_kind,
                SpeakerKind::Group | SpeakerKind::Organisation
            )
        })
        .count();
    let mut side_shares = BTreeMap::new();
    if let Some(map) = sides {
        let voices = voice_affiliation.len();
        for &(speaker, affiliation) in &voice_affiliation {
            let side = map.side_of(speaker, affiliation).unwrap_or(UNASSIGNED);
            *side_shares.entry(side.to_string()).or_insert(0.0) += 1.0 / voices as f64;
        }
    }
    Sourcing {
        voices: per_voice.len(),
        balance,
        top_voice_share: ratio(per_voice.values().copied().max().unwrap_or(0), n),
        top_group_share: ratio(by_key.values().copied().max().unwrap_or(0), n),
        anonymous_share: ratio(anonymous, attributions.len()),
        collective_share: ratio(collective, attributions.len()),
        quote_share: ratio(quoted, words),
        direct_share: ratio(direct, attributions.len()),
        groups,
        side_shares,
        attributions,
    }
}

/// Names of the sourcing features, in the order [`block_values`] returns them.
pub fn block_names() -> Vec<String> {
    [
        "voices",
        "balance",
        "top_voice_share",
        "top_group_share",
        "anonymous_share",
        "quote_share",
        "direct_share",
        "attributions",
    ]
    .iter()
    .map(|n| format!("{BLOCK_PREFIX}{n}"))
    .collect()
}

/// What the sourcing block's feature names start with (`sourcing:<figure>`).
pub const BLOCK_PREFIX: &str = "sourcing:";

/// The sourcing figures as model features, each scaled to [0, 1]: counts as
/// `ln(1 + n) / ln(11)` for voices and `ln(1 + n) / ln(31)` for attributions
/// (capped at 1), shares as they are.
pub fn block_values(s: &Sourcing) -> Vec<f32> {
    let log_scale = |n: usize, top: f64| ((1.0 + n as f64).ln() / (1.0 + top).ln()).min(1.0);
    [
        log_scale(s.voices, 10.0),
        s.balance,
        s.top_voice_share,
        s.top_group_share,
        s.anonymous_share,
        s.quote_share,
        s.direct_share,
        log_scale(s.attributions.len(), 30.0),
    ]
    .iter()
    .map(|&v| v.clamp(0.0, 1.0) as f32)
    .collect()
}

/// A sourcing figure as a reader sees it beside its name in an explanation: counts as
/// counts ("5"), shares to two decimals ("0.87"); `None` for a name that is no figure.
pub fn figure_text(s: &Sourcing, figure: &str) -> Option<String> {
    let share = |v: f64| format!("{v:.2}");
    Some(match figure {
        "voices" => s.voices.to_string(),
        "attributions" => s.attributions.len().to_string(),
        "balance" => share(s.balance),
        "top_voice_share" => share(s.top_voice_share),
        "top_group_share" => share(s.top_group_share),
        "anonymous_share" => share(s.anonymous_share),
        "quote_share" => share(s.quote_share),
        "direct_share" => share(s.direct_share),
        _ => return None,
    })
}

#[cfg(test)]
mod tests;
