//! The analysed text an article's attributions are read from: its words (with
//! byte offsets, word classes, sentence and quotation), sentences, quotes and the
//! people named in it, plus the small word-level tests every later pass uses.

use super::lexicon::*;
use super::people::{Mention, Person};
use crate::document::words::{WordAt, WordTable};
use crate::features::block::Detail;
use crate::features::english::*;
use crate::features::fx::FxMap;
use crate::text::abbreviations::{is_abbreviated_title, is_honorific};
use crate::text::quotes::{EmbeddedPost, QuoteSpan};
use crate::text::Sentence;
use class::{ACCORDING, SPEECH};

/// Word classes that start an attribution or a hedge (see [`Doc::marked`]).
const MARKED: WordClasses = SPEECH
    .union(ACCORDING)
    .union(class::HEDGE)
    .union(class::BE)
    .union(class::PARTICIPLE)
    .union(class::CUE)
    .union(class::POLL)
    .union(class::BARE)
    .union(class::STANCE);

/// Longest quoted or reported text kept in an attribution, in bytes.
pub(super) const MAX_QUOTE_BYTES: usize = 600;
/// Longest reported clause kept for reported speech and hedged claims, in bytes.
pub(super) const MAX_CLAUSE_BYTES: usize = 240;

/// One word of the text.
#[derive(Debug)]
pub(crate) struct Word {
    pub(super) start: usize,
    pub(super) end: usize,
    /// Id in the [`WordTable`] that read the text.
    pub(super) id: u32,
    /// Word classes (see [`word_class`]).
    pub(super) class: WordClasses,
    pub(super) cap: bool,
    /// True when the word is ASCII (see [`Doc::lower`]).
    pub(super) ascii: bool,
    /// Index of the sentence the word is in.
    pub(super) sent: u32,
    /// Index of the quotation the word sits in, if any.
    pub(super) quote: Option<u32>,
    /// True when this word and the next belong to one phrase (see [`Doc::linked`]).
    pub(super) linked: bool,
    /// True when this word follows a plural's possessive apostrophe in its phrase
    /// (see [`Doc::after_plural_possessive`]), set with `linked`.
    pub(super) after_possessive: bool,
}

/// How word `b` follows word `a` (see [`links`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Link {
    /// Two phrases.
    Apart,
    /// One phrase.
    Joined,
    /// One phrase over a plural's possessive apostrophe ("the senators' aides").
    Possessive,
}

/// Whether word `b` follows word `a` in one phrase of `text`: same sentence,
/// same quote status, and only spaces (or, when `a` takes one, an
/// abbreviation's period, or a plural's possessive apostrophe) between them.
#[inline]
fn links(text: &str, a: &Word, b: &Word) -> Link {
    if a.sent != b.sent || a.quote != b.quote {
        return Link::Apart;
    }
    // One space between: most pairs of words.
    if b.start == a.end + 1 && text.as_bytes().get(a.end) == Some(&b' ') {
        return Link::Joined;
    }
    let gap = &text[a.end..b.start];
    if gap == " " || gap.chars().all(char::is_whitespace) {
        return Link::Joined;
    }
    if plural_possessive(text, a.end, gap) {
        return Link::Possessive;
    }
    let joined = gap == "."
        || (gap.starts_with('.')
            && gap[1..].chars().all(char::is_whitespace)
            && (a.class.contains(class::TAKES_PERIOD) || numbered(text, a.start, b.start)))
        || (a.cap && b.cap && ampersand(gap));
    if joined {
        Link::Joined
    } else {
        Link::Apart
    }
}

/// " & " between two capitalised words ("Johnson & Johnson", "Ernst & Young"): one
/// name's run, as "and" is in "Immigration and Customs Enforcement".
fn ampersand(gap: &str) -> bool {
    gap.len() <= 3 && gap.trim() == "&"
}

/// "the senators' aides", "the dockers’ union": a plural's possessive apostrophe (the
/// word ending in "s" at `end`, then the apostrophe and one space) joins its phrase.
fn plural_possessive(text: &str, end: usize, gap: &str) -> bool {
    matches!(gap, "' " | "\u{2019} ") && text[..end].ends_with('s')
}

/// "No. 2", "Nos. 3": the abbreviation of "number" before a figure, which joins the
/// figure's phrase ("the No. 2 Republican") where "said no. Then" ends a sentence.
pub(super) fn numbered(text: &str, a_start: usize, b_start: usize) -> bool {
    let head = text[a_start..].split('.').next().unwrap_or("");
    (head.eq_ignore_ascii_case("no") || head.eq_ignore_ascii_case("nos"))
        && text[b_start..].starts_with(|c: char| c.is_ascii_digit())
}

/// A word's classes for the attribution finder: a small bit set, worked out once
/// per distinct word ([`word_class`]) and kept in the word table (which stores
/// the bits without reading them). The classes are the constants of [`class`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct WordClasses(u16);

impl WordClasses {
    /// No class.
    pub(crate) const NONE: WordClasses = WordClasses(0);

    /// The classes from the bits the word table keeps ([`WordClasses::bits`]).
    #[inline]
    pub(crate) const fn from_bits(bits: u16) -> WordClasses {
        WordClasses(bits)
    }

    /// The bits, for the word table to keep.
    #[inline]
    pub(crate) const fn bits(self) -> u16 {
        self.0
    }

    /// Every class of `self` and of `other`.
    #[inline]
    pub(crate) const fn union(self, other: WordClasses) -> WordClasses {
        WordClasses(self.0 | other.0)
    }

    /// True when every class of `other` is set.
    #[inline]
    pub(crate) const fn contains(self, other: WordClasses) -> bool {
        self.0 & other.0 == other.0
    }

    /// True when some class of `other` is set.
    #[inline]
    pub(crate) const fn intersects(self, other: WordClasses) -> bool {
        self.0 & other.0 != 0
    }

    /// The classes of `self` not in `other`.
    #[inline]
    pub(crate) const fn without(self, other: WordClasses) -> WordClasses {
        WordClasses(self.0 & !other.0)
    }
}

impl std::ops::BitOr for WordClasses {
    type Output = WordClasses;
    #[inline]
    fn bitor(self, other: WordClasses) -> WordClasses {
        self.union(other)
    }
}

impl std::ops::BitOrAssign for WordClasses {
    #[inline]
    fn bitor_assign(&mut self, other: WordClasses) {
        *self = self.union(other);
    }
}

/// Word classes the scanner tests on every word, worked out once per distinct word.
pub(crate) mod class {
    use super::WordClasses;

    /// A finite reporting verb ("said").
    pub const SPEECH: WordClasses = WordClasses(1);
    /// A form of "be".
    pub const BE: WordClasses = WordClasses(1 << 1);
    /// A hedging adverb ("reportedly") or a verb of seeming ("seemed").
    pub const HEDGE: WordClasses = WordClasses(1 << 2);
    /// Can be part of a person's name (capitalised, not a title, place, verb, ...).
    pub const NAME: WordClasses = WordClasses(1 << 3);
    /// An initial or abbreviation whose period may sit inside a name ("Sen.").
    pub const TAKES_PERIOD: WordClasses = WordClasses(1 << 4);
    /// "according" (of "according to").
    pub const ACCORDING: WordClasses = WordClasses(1 << 5);
    /// A single letter (an initial, or "I").
    pub const ONE_LETTER: WordClasses = WordClasses(1 << 6);
    /// May sit between "be" and a claim participle ("is widely believed", "was later said").
    pub const BETWEEN_BE_AND_CLAIM: WordClasses = WordClasses(1 << 7);
    /// A participle of an agentless claim ("said", "alleged", "believed").
    pub const CLAIM_PARTICIPLE: WordClasses = WordClasses(1 << 8);
    /// A reporting participle after a comma (", saying", ", accusing").
    pub const PARTICIPLE: WordClasses = WordClasses(1 << 9);
    /// A verb of belief, wish or intention ("believes", "wants"); also [`SPEECH`].
    pub const BELIEF: WordClasses = WordClasses(1 << 10);
    /// A verb by which documents and polls report ("shows", "found"); also [`SPEECH`].
    pub const SHOWS: WordClasses = WordClasses(1 << 11);
    /// A learned cue verb that is not a reporting verb above ("declined", "endorsed"):
    /// it reports what its subject did, thinks or seems.
    pub const CUE: WordClasses = WordClasses(1 << 12);
    /// "poll", "survey": the source of figures reported "in" it.
    pub const POLL: WordClasses = WordClasses(1 << 13);
    /// The plural form of a reporting or learned cue verb ("support", "oppose", "know"):
    /// a verb only after a plural subject or "I", "we", "you", "they".
    pub const BARE: WordClasses = WordClasses(1 << 14);
    /// A noun of speech or stance ("claim", "support", "decision"): after a
    /// possessor it reports what they said, want or think ("his claim that ...").
    pub const STANCE: WordClasses = WordClasses(1 << 15);
}

/// The [`class`]es of a word, from its surface form and its lowercase form.
pub(crate) fn word_class(surface: &str, lower: &str) -> WordClasses {
    let cap = surface.chars().next().is_some_and(char::is_uppercase);
    let mut bits = WordClasses::NONE;
    // Word-list answers read more than once below, each asked once.
    let speech = is_speech_verb(lower);
    let learned = is_learned_cue(lower);
    let hedge = is_hedge_adverb(lower);
    let seem = is_seem_verb(lower);
    if speech {
        bits |= class::SPEECH;
    }
    if is_belief_verb(lower) {
        bits |= class::SPEECH | class::BELIEF;
    }
    if is_shows_verb(lower) {
        bits |= class::SPEECH | class::SHOWS;
    }
    if is_speech_participle(lower) {
        bits |= class::PARTICIPLE;
    }
    if !bits.intersects(class::SPEECH | class::PARTICIPLE)
        && lower != "according"
        && !seem
        && learned
    {
        // ", hinting at ...": a learned participle reads like ", saying ...".
        bits |= if lower.ends_with("ing") {
            class::PARTICIPLE
        } else {
            class::CUE
        };
    }
    // "made the case that", "took issue with": read as a cue verb, and kept only
    // where its phrase follows (see `light_phrase_len`).
    if !bits.intersects(class::SPEECH | class::PARTICIPLE | class::CUE)
        && light_verb(lower).is_some()
    {
        bits |= class::CUE;
    }
    // "shot back that ...": an act verb no list reads (as "fired" is learned) that
    // reports with its particle of retort; elsewhere the act path reads it as a deed.
    if !bits.intersects(class::SPEECH | class::PARTICIPLE | class::CUE)
        && !lower.ends_with("ing")
        && is_act_verb(lower)
        && is_act_speech_particle(lower, "back")
    {
        bits |= class::CUE;
    }
    if !bits.intersects(class::SPEECH | class::PARTICIPLE | class::CUE) && is_bare_cue_form(lower) {
        bits |= class::BARE;
    }
    if is_stance_noun(lower) {
        bits |= class::STANCE;
    }
    if is_be(lower) {
        bits |= class::BE;
    }
    if matches!(lower, "poll" | "polls" | "survey" | "surveys") {
        bits |= class::POLL;
    }
    if hedge || seem {
        bits |= class::HEDGE;
    }
    if lower == "according" {
        bits |= class::ACCORDING;
    }
    if lower.chars().count() == 1 {
        bits |= class::ONE_LETTER;
    }
    if is_skippable_between(lower) && !matches!(lower, "has" | "have" | "had")
        || matches!(lower, "widely" | "first" | "not")
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
        && !opens_sentence_not_name(lower)
        && party_label(surface).is_none()
        && !is_pronoun_contraction(lower)
        && !is_calendar_word(lower)
        && !is_anonymous_noun(lower)
        && !is_document_noun(lower)
        && !speech
        && !learned
        && !hedge
        && group_of(lower).is_none()
    {
        bits |= class::NAME;
    }
    if (lower.chars().count() == 1 && cap) || is_honorific(lower) || is_abbreviated_title(lower) {
        bits |= class::TAKES_PERIOD;
    }
    bits
}

/// True when `t`, without its trailing whitespace, ends with a full stop, a
/// question or an exclamation mark. A last byte that is ASCII and no space (most
/// sentences end so) decides alone; else the text is trimmed.
#[inline]
fn ends_with_stop(t: &str) -> bool {
    match t.as_bytes().last() {
        Some(&b) if b > b' ' && b.is_ascii() => matches!(b, b'.' | b'!' | b'?'),
        _ => ends_with_stop_trimmed(t),
    }
}

/// [`ends_with_stop`] read plainly: the reference its last-byte test is tested against.
fn ends_with_stop_trimmed(t: &str) -> bool {
    t.trim_end().ends_with(['.', '!', '?'])
}

/// Cuts `s` to at most `max` bytes on a char boundary, marking the cut with "…".
pub(super) fn shorten(s: &str, max: usize) -> String {
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
pub(super) fn join_affiliation(title: Option<String>, appos: Option<String>) -> Option<String> {
    match (title, appos) {
        (Some(t), Some(a)) => Some(format!("{t}, {a}")),
        (t, a) => t.or(a),
    }
}

/// The analysed text: words, sentences, quotes and the people in it.
pub(crate) struct Doc<'a> {
    pub(super) text: &'a str,
    pub(super) table: &'a WordTable,
    /// Whether to keep the quoted and reported words of each attribution; under
    /// [`Detail::Figures`] only the figures of balance are right (the fast path
    /// for the model's features).
    pub(super) detail: Detail,
    pub(super) words: Vec<Word>,
    /// The unquoted words the later passes start from, in text order: capitalised
    /// words (names), reporting verbs, hedges and forms of "be". Quoted words are
    /// never in it, so those passes need not test for quotes.
    pub(super) marked: Vec<u32>,
    /// The text's sentences, as the document pass split them.
    pub(super) sents: &'a [Sentence],
    /// The text's quotations, as the document pass found them.
    pub(crate) quotes: &'a [QuoteSpan],
    /// The posts embedded in the text, in text order: their words are their
    /// authors', like a quotation's, and left out of [`Doc::marked`] once the
    /// people are found.
    pub(super) posts: Vec<EmbeddedPost>,
    /// The text with its ASCII letters lowercased (see [`Doc::lower`]).
    pub(super) lower_text: String,
    pub(super) people: Vec<Person>,
    pub(super) by_name: FxMap<String, usize>,
    pub(super) by_surname: FxMap<String, Vec<usize>>,
    pub(super) mentions: Vec<Mention>,
    /// The ids of the words a colon follows, sorted (see [`Doc::colon_ids`]).
    colon_ids: std::cell::OnceCell<Vec<u32>>,
}

/// Scratch of the attribution finder's [`Doc`]: the lists it fills for each
/// article (words, people), kept for the next one so that they
/// are not allocated and regrown every time.
#[derive(Debug, Default)]
pub(crate) struct DocScratch {
    words: Vec<Word>,
    marked: Vec<u32>,
    posts: Vec<EmbeddedPost>,
    lower_text: String,
    people: Vec<Person>,
    by_name: FxMap<String, usize>,
    by_surname: FxMap<String, Vec<usize>>,
    mentions: Vec<Mention>,
}

impl<'a> Doc<'a> {
    /// Runs passes (1) and (2): words, people, over `text` (its sentences
    /// `sents`, its quotations `quotes`) as `table` has read it into `read`;
    /// `scratch` holds the lists of an earlier article, handed back by
    /// [`Doc::into_scratch`].
    pub(crate) fn new(
        text: &'a str,
        read: &[WordAt],
        table: &'a WordTable,
        quotes: &'a [QuoteSpan],
        sents: &'a [Sentence],
        detail: Detail,
        scratch: DocScratch,
    ) -> Self {
        let DocScratch {
            mut words,
            mut marked,
            mut posts,
            mut lower_text,
            mut people,
            mut by_name,
            mut by_surname,
            mut mentions,
        } = scratch;
        people.clear();
        by_name.clear();
        by_surname.clear();
        mentions.clear();
        lower_text.clear();
        lower_text.push_str(text);
        lower_text.make_ascii_lowercase();
        words.clear();
        marked.clear();
        crate::text::quotes::find_signed_posts_into(text, &mut posts);
        // The sentence and quotation of each word, both lists in text order: the
        // current one's end kept at hand (the last sentence takes every word after it).
        let (mut si, mut qi) = (0usize, 0usize);
        let sent_end = |si: usize| {
            if si + 1 < sents.len() {
                sents[si].end
            } else {
                usize::MAX
            }
        };
        let quote_at = |qi: usize| {
            quotes
                .get(qi)
                .map_or((usize::MAX, usize::MAX), |q| (q.inner_start, q.inner_end))
        };
        let mut end = sent_end(0);
        let (mut q_start, mut q_end) = quote_at(0);
        // One word per word read, written in place (the list's length is known);
        // the links between neighbours are set after, in a second sweep.
        words.extend(read.iter().enumerate().map(|(i, w)| {
            let start = w.start;
            while end <= start {
                si += 1;
                end = sent_end(si);
            }
            while q_end <= start {
                qi += 1;
                (q_start, q_end) = quote_at(qi);
            }
            let quote = (q_start <= start).then_some(qi as u32);
            let class = WordClasses::from_bits(w.facts.class());
            let cap = w.facts.cap();
            if quote.is_none() && (cap || class.intersects(MARKED)) {
                marked.push(i as u32);
            }
            Word {
                start,
                end: w.end,
                id: w.word,
                class,
                cap,
                ascii: w.facts.ascii(),
                sent: si as u32,
                quote,
                linked: false,
                after_possessive: false,
            }
        }));
        for k in 1..words.len() {
            let link = links(text, &words[k - 1], &words[k]);
            words[k - 1].linked = link != Link::Apart;
            if link == Link::Possessive {
                words[k].after_possessive = true;
            }
            // "West Virginia", "New York": a word joined to a capitalised compass
            // point or "New" before it names a place, not a person.
            if link == Link::Joined
                && words[k].class.contains(class::NAME)
                && words[k - 1].cap
                && matches!(
                    &text[words[k - 1].start..words[k - 1].end],
                    "New" | "North" | "South" | "East" | "West"
                )
            {
                words[k].class = words[k].class.without(class::NAME);
            }
        }
        let mut doc = Doc {
            text,
            table,
            detail,
            words,
            marked,
            sents,
            quotes,
            posts,
            lower_text,
            people,
            by_name,
            by_surname,
            mentions,
            colon_ids: std::cell::OnceCell::new(),
        };
        doc.find_people();
        // The people a post names are mentioned, but its words report nothing of
        // the writer's: they leave the list the candidate pass reads.
        if !doc.posts.is_empty() {
            let (words, posts) = (&doc.words, &doc.posts);
            doc.marked.retain(|&i| {
                let at = words[i as usize].start;
                let k = posts.partition_point(|p| p.end <= at);
                posts.get(k).is_none_or(|p| p.start > at)
            });
        }
        doc
    }

    /// True when attributions keep their quoted and reported words (see [`Doc::detail`]).
    pub(super) fn keeps_words(&self) -> bool {
        self.detail.keeps_words()
    }

    /// True when the spans of reported words and the content kinds they decide
    /// (`Partial` for a quote inside reported words) are worked out: with the
    /// words only. No figure reads them, and a reporting verb's clause is among
    /// the dearer walks of the candidate pass.
    pub(super) fn keeps_spans(&self) -> bool {
        self.detail.keeps_words()
    }

    /// The lists, handed back to be reused for the next article.
    pub(crate) fn into_scratch(self) -> DocScratch {
        DocScratch {
            words: self.words,
            marked: self.marked,
            posts: self.posts,
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
    #[inline(always)]
    pub(super) fn lower(&self, i: usize) -> &str {
        match self.words.get(i) {
            Some(w) if w.ascii => &self.lower_text[w.start..w.end],
            Some(w) => self.table.lower(w.id),
            None => "",
        }
    }

    /// True when word `i` has every class in `classes`.
    pub(super) fn is(&self, i: usize, classes: WordClasses) -> bool {
        self.words.get(i).is_some_and(|w| w.class.contains(classes))
    }

    pub(super) fn gap(&self, i: usize) -> &'a str {
        let end = self.words[i].start;
        let start = if i == 0 { 0 } else { self.words[i - 1].end };
        &self.text[start..end]
    }

    /// True when only a colon (and spaces) sits before word `i` ("FALLIN: ...").
    #[inline]
    pub(super) fn colon_gap(&self, i: usize) -> bool {
        // One byte between two words (most gaps): a colon only if it is one.
        if i > 0 && self.words[i].start == self.words[i - 1].end + 1 {
            return self.text.as_bytes()[self.words[i - 1].end] == b':';
        }
        let gap = self.gap(i);
        gap.as_bytes().contains(&b':') && gap.trim() == ":"
    }

    /// The word-table ids of the words a colon follows ([`Doc::colon_gap`] of the
    /// next word), sorted with repeats: worked out once, when first asked.
    /// Only a gap with a colon byte in it can be one, so the text's colons are
    /// found first and each tested in the gap it sits in (one colon per gap passes).
    pub(super) fn colon_ids(&self) -> &[u32] {
        self.colon_ids.get_or_init(|| {
            let w = &self.words;
            let mut ids = Vec::new();
            for p in memchr::memchr_iter(b':', self.text.as_bytes()) {
                // The first word after the colon, and the one before it ends before it.
                let j = w.partition_point(|x| x.start <= p);
                if j > 0 && j < w.len() && w[j - 1].end <= p && self.colon_gap(j) {
                    ids.push(w[j - 1].id);
                }
            }
            ids.sort_unstable();
            ids
        })
    }

    /// [`Doc::colon_ids`] read plainly, testing the gap before every word: the
    /// reference the colon search is tested against.
    #[cfg(test)]
    pub(super) fn colon_ids_plain(&self) -> Vec<u32> {
        let mut ids: Vec<u32> = (0..self.words.len().saturating_sub(1))
            .filter(|&k| self.colon_gap(k + 1))
            .map(|k| self.words[k].id)
            .collect();
        ids.sort_unstable();
        ids
    }

    /// True when word `i` ends with an initial or abbreviation whose period may sit inside a name.
    pub(super) fn takes_period(&self, i: usize) -> bool {
        self.is(i, class::TAKES_PERIOD)
    }

    /// True when words `i` and `i + 1` belong to one phrase: same sentence, same
    /// quote status, and only spaces (or an abbreviation's period) between them.
    #[inline]
    pub(super) fn linked(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| w.linked)
    }

    /// [`Doc::linked`] worked out from the text each time: the reference the
    /// flags kept in the words are tested against.
    #[cfg(test)]
    pub(super) fn linked_reference(&self, i: usize) -> bool {
        let j = i + 1;
        if j >= self.words.len() {
            return false;
        }
        let (a, b) = (&self.words[i], &self.words[j]);
        if a.sent != b.sent || a.quote != b.quote {
            return false;
        }
        // One space between: most pairs of words.
        if b.start == a.end + 1 && self.text.as_bytes().get(a.end) == Some(&b' ') {
            return true;
        }
        let gap = self.gap(j);
        if gap == " " || gap.chars().all(char::is_whitespace) {
            return true;
        }
        plural_possessive(self.text, a.end, gap)
            || gap == "."
            || (gap.starts_with('.')
                && gap[1..].chars().all(char::is_whitespace)
                && (self.takes_period(i) || numbered(self.text, a.start, b.start)))
            || (a.cap && b.cap && ampersand(gap))
    }

    /// True when word `i` follows a plural's possessive apostrophe ("the Democrats' email
    /// accounts"): a noun of that phrase, never a verb with the plural as its subject.
    #[inline(always)]
    pub(super) fn after_plural_possessive(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| w.after_possessive)
    }

    /// End of word `i`, including the period of an abbreviation ("Rep.", "U.S.").
    pub(super) fn span_end(&self, i: usize) -> usize {
        let end = self.words[i].end;
        if self.takes_period(i) && self.text[end..].starts_with('.') {
            end + 1
        } else {
            end
        }
    }

    pub(super) fn is_name_word(&self, i: usize) -> bool {
        self.words[i].quote.is_none()
            && (self.is(i, class::NAME)
                || self.is_surname_after_name(i)
                || self.is_known_title_surname(i))
    }

    /// A capitalised title word that is the surname of someone the article named in
    /// full ("Prince said" after "Erik Prince"), not before another capitalised word
    /// ("Prince Harry").
    fn is_known_title_surname(&self, i: usize) -> bool {
        let w = &self.words;
        w[i].cap
            && is_surname_title(self.lower(i))
            && !(self.linked(i) && w.get(i + 1).is_some_and(|x| x.cap))
            && self.by_surname.contains_key(self.lower(i))
    }

    /// A capitalised title word that is a surname here: right after a first name
    /// ("Steve King said"), not before one ("King Abdullah said"); any title word
    /// right after a gendered honorific ("Mr. Prince said", "Ms. Bishop") but an
    /// office one is addressed by ("Mr. President", "Mr. Speaker").
    fn is_surname_after_name(&self, i: usize) -> bool {
        // A middle initial may stand between ("Peter T. King"), after a first name.
        let first_name =
            |j: usize| self.linked(j) && self.is(j, class::NAME) && !self.is(j, class::ONE_LETTER);
        let honorific =
            |j: usize| self.linked(j) && matches!(self.lower(j), "mr" | "mrs" | "ms" | "miss");
        i > 0
            && self.words[i].cap
            && ((is_surname_title(self.lower(i))
                && (self.lower(i) == "king"
                    || !(self.linked(i) && self.words.get(i + 1).is_some_and(|w| w.cap))))
                || (honorific(i - 1)
                    && is_title_word(self.lower(i))
                    && !is_surname_only_title(self.lower(i))
                    && !matches!(self.lower(i), "chairman" | "speaker" | "chairwoman")))
            && (first_name(i - 1)
                || honorific(i - 1)
                || (i > 1
                    && self.linked(i - 1)
                    && self.is(i - 1, class::ONE_LETTER)
                    && first_name(i - 2)))
    }

    /// The first word of the name that ends at word `e`, if word `e` ends a name.
    pub(super) fn name_start(&self, s: usize, e: usize) -> Option<usize> {
        if !self.is_name_word(e) || self.is(e, class::ONE_LETTER) {
            return None;
        }
        let mut n = e;
        // "Forbes' Jo Park": a plural's possessive before a name is not part of it.
        while n > s
            && e - n < 3
            && self.linked(n - 1)
            && self.is_name_word(n - 1)
            && !self.after_plural_possessive(n)
        {
            n -= 1;
        }
        // A leading initial ("F. Kennedy") is kept, a dangling one is not a name.
        Some(n)
    }

    /// Text of words `s..=e`, with honorifics removed; `None` when nothing is left.
    pub(super) fn title_text(&self, s: usize, e: usize) -> Option<String> {
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

    pub(super) fn sentence_at(&self, pos: usize) -> usize {
        self.sents
            .partition_point(|s| s.end <= pos)
            .min(self.sents.len().saturating_sub(1))
    }

    pub(super) fn paragraph_of(&self, sent: usize) -> usize {
        self.sents.get(sent).map_or(0, |s| s.paragraph)
    }

    /// True when sentence `s` is a headline: three or more words, every word of
    /// four or more letters capitalised (Title Case), and no full stop, question or
    /// exclamation mark at the end. Its speech verbs ("Ministry Says ...") are not
    /// attributions. Read only for sentences holding a speech verb.
    pub(super) fn is_headline(&self, s: usize) -> bool {
        let Some(sent) = self.sents.get(s) else {
            return false;
        };
        if ends_with_stop(sent.text(self.text)) {
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
}

#[cfg(test)]
mod word_class_tests {
    use super::{class, word_class, WordClasses, MARKED};
    use crate::features::english::{is_bare_cue_form, is_learned_cue, LEARNED_CUES};

    #[test]
    fn learned_cues_and_their_plural_forms_are_whole_words() {
        assert!(LEARNED_CUES.iter().all(|&(c, _, _)| is_learned_cue(c)));
        assert!(!is_learned_cue("warn") && !is_learned_cue("warned "));
        assert!(!is_learned_cue(""));
        // "deny" of "denies", "oppose" of "opposed"; a long word is no form of any.
        assert!(is_bare_cue_form("deny") && is_bare_cue_form("oppose"));
        assert!(!is_bare_cue_form("kettle"));
        assert!(!is_bare_cue_form("antidisestablishmentarianismlike"));
    }

    #[test]
    fn a_stop_at_the_end_is_read_from_the_last_byte_as_from_the_trimmed_text() {
        let texts = [
            "He said so.",
            "Did he?",
            "No!",
            "Ministry Says Aid Will Prolong the Conflict",
            "He said so. ",
            "He said so.\n\n",
            "He said so.\u{a0}",
            "He said so.\u{2009}\u{a0} ",
            "Quoted: “yes.”",
            "Quoted: \"yes.\"",
            "A line\u{b}",
            "Ends in é",
            "?",
            " ",
            "",
        ];
        let mut stops = 0;
        for t in texts {
            assert_eq!(
                super::ends_with_stop(t),
                super::ends_with_stop_trimmed(t),
                "{t:?}"
            );
            stops += usize::from(super::ends_with_stop(t));
        }
        assert!(stops >= 5 && stops + 5 < texts.len());
    }

    #[test]
    fn asked_is_a_reporting_verb_whatever_its_case() {
        // The candidate pass reads "asked" only among the reporting verbs.
        assert!(word_class("asked", "asked").contains(class::SPEECH));
        assert!(word_class("Asked", "asked").contains(class::SPEECH));
    }

    /// The words of `text` as the attribution finder reads them.
    fn with_doc(text: &str, check: impl FnOnce(&super::Doc)) {
        let mut table = crate::document::words::WordTable::default();
        let mut read = Vec::new();
        table.read(text, &mut read);
        let mut quotes = Vec::new();
        crate::text::quotes::find_quotes_into(text, &mut quotes);
        let sents = crate::text::split_sentences(text);
        let doc = super::Doc::new(
            text,
            &read,
            &table,
            &quotes,
            &sents,
            crate::features::block::Detail::Full,
            super::DocScratch::default(),
        );
        check(&doc);
    }

    #[test]
    fn links_kept_in_the_words_match_the_text() {
        let text = "Sen. Maria  Lopez of the U.S. Senate said “we will win,” then left.\n\
                    Dr.\u{a0}Ade Obi\u{2009}spoke . Gov.Smith: fine; J. R. Ewing — the oil man — \
                    said ‘no’. The dockers’ union and the senators' aides agreed with Ernst & Young \
                    & others.\n\nHARRIS: \
                    Yes.\nOBI: No. HARRIS: Maybe";
        with_doc(text, |doc| {
            assert!(doc.words.len() > 30);
            let mut linked = 0;
            for i in 0..doc.words.len() + 2 {
                assert_eq!(doc.linked(i), doc.linked_reference(i), "word {i}");
                linked += usize::from(doc.linked(i));
            }
            // Both answers occur: the comparison is not between two constants.
            assert!(linked > 10 && linked + 10 < doc.words.len());
        });
    }

    #[test]
    fn a_name_in_capitals_opening_two_colon_lines_is_a_speaker() {
        with_doc("HARRIS: Yes, we can.\nOBI: No.\nHARRIS: Maybe so.", |doc| {
            let at = |w: &str| (0..doc.words.len()).find(|&i| doc.lower(i) == w).unwrap();
            assert!(doc.is_caps_speaker(at("harris")));
            // "OBI" opens one line only, and the article never names him in full.
            assert!(!doc.is_caps_speaker(at("obi")));
            assert_eq!(doc.colon_ids().len(), 3);
        });
    }

    #[test]
    fn the_colons_found_in_the_text_are_those_of_the_gaps() {
        let texts = [
            "HARRIS: Yes, we can.\nOBI: No.\nHARRIS: Maybe so.",
            ": a colon first. Then A : B, C:: D, E: : F, G :\tH, at 12:30 and http://x.y :",
            "Smith: “We won.” Jones:\u{a0}“No.” LEE:\n\nfine",
            "No colon at all here.",
            "",
        ];
        let mut found = 0;
        for text in texts {
            with_doc(text, |doc| {
                assert_eq!(
                    doc.colon_ids(),
                    doc.colon_ids_plain().as_slice(),
                    "{text:?}"
                );
                found += doc.colon_ids().len();
            });
        }
        assert!(found >= 5, "{found}");
    }

    #[test]
    fn word_classes_combine_and_survive_the_word_table() {
        let said = word_class("said", "said");
        assert!(said.contains(class::SPEECH) && said.intersects(MARKED));
        assert!(!said.contains(class::SPEECH | class::NAME));
        let name = word_class("Peskov", "peskov");
        assert!(name.contains(class::NAME) && !name.intersects(class::SPEECH | class::BE));
        assert_eq!(WordClasses::from_bits(said.bits()), said);
        let mut both = WordClasses::NONE;
        both |= said;
        both |= name;
        assert_eq!(both, said | name);
        assert!(both.contains(class::NAME) && both.contains(class::SPEECH));
    }
}
