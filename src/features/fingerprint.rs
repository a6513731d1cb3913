//! The fingerprint filter: finds what identifies an outlet rather than how an article
//! frames its story, so that a lean model's term block does not read it.
//!
//! Outlet names, datelines ("WASHINGTON (AP) —") and date headers, bylines, photo credits, newsletter and
//! social boilerplate, house style around names ("Mr. Smith", "Sen. Smith" and "Senator
//! Smith" read as "Smith"; middle initials, acronyms spelled with periods and party labels
//! such as "(D-Calif.)" go) and words that mostly identify one publisher among outlets of
//! the same rating (`data/fingerprints.txt`).
//! The term block skips every word inside a fingerprint span ([`Filter::spans`]); the
//! other blocks (loaded language, sourcing, frames) and the reports read the article as
//! written. [`Filter::mask`] shows what the term block reads: the spans blanked.

use super::fx::FxMap;
use crate::document::{WordAt, WordFlags};
use crate::text::abbreviations::is_house_style_honorific;
use crate::text::dateline;
use std::borrow::Cow;
use std::sync::OnceLock;

/// The filter's lists (see the header of the file for where each comes from).
const DATA: &str = include_str!("../../data/fingerprints.txt");

/// A line holding a boilerplate phrase is blanked whole when it is at most this long.
const SHORT_LINE: usize = 200;
/// A boilerplate phrase blanks its line when it starts among the line's first words.
const LINE_PHRASE_WORDS: usize = 4;
/// A parenthesis naming a photo credit is blanked when it is at most this long.
const SHORT_PARENS: usize = 120;
/// A byline has at most this many words; a longer line opening with "By" is a sentence.
const BYLINE_WORDS: usize = 12;

/// The compiled lists of a fingerprint filter.
#[derive(Debug, Default)]
pub struct Filter {
    /// Phrases blanked wherever they occur, keyed by their first word.
    phrases: FxMap<String, Vec<Phrase>>,
    /// Phrases that blank a whole short line when among its first words.
    line_phrases: FxMap<String, Vec<Phrase>>,
    /// Line openings that blank a whole short line (captions, sharing prompts).
    line_starts: Vec<String>,
    /// Byline openings ("By "): blank a short line that names someone, not a sentence.
    bylines: Vec<String>,
    /// Words blanked wherever they occur (lowercase; the value is unused).
    words: FxMap<String, ()>,
    /// Words in parentheses that mark a photo credit.
    credits: Vec<String>,
    /// The most words of any phrase.
    longest: usize,
    /// The most words of any line phrase.
    longest_line: usize,
    /// The first bytes of the line openings and byline openings, as a bit set: most
    /// lines open with none of them and skip both lists.
    opening_bytes: [u64; 4],
    /// The line openings sorted by their first byte, and per byte `b` where its run
    /// starts (`line_start_runs[b]..line_start_runs[b + 1]`): a line is compared only
    /// with the openings of its first byte (when read with the document pass's words).
    line_starts_by_byte: Vec<String>,
    line_start_runs: Vec<u16>,
    /// The second words of the phrases (lowercase; the value is unused).
    seconds: FxMap<String, ()>,
    /// What each lowercase word is to the lists above, as [`PartBits`]: one lookup
    /// per part of a new word instead of one per list ([`Filter::word_flags`]).
    part_bits: FxMap<String, u8>,
}

/// Bits of [`Filter::part_bits`]: what a lowercase word is to the filter's lists.
struct PartBits;

impl PartBits {
    /// The first word of a phrase.
    const FIRST: u8 = 1;
    /// A one-word phrase.
    const ONE_WORD: u8 = 1 << 1;
    /// A listed word.
    const WORD: u8 = 1 << 2;
    /// The second word of a phrase.
    const SECOND: u8 = 1 << 3;
    /// The first word of a line phrase.
    const LINE: u8 = 1 << 4;
}

/// A phrase as words; matched case-sensitively when written with a capital.
#[derive(Debug)]
struct Phrase {
    words: Vec<String>,
    exact: bool,
}

/// A word of the text: its byte span.
#[derive(Debug, Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
}

impl Filter {
    /// The filter of `data/fingerprints.txt`, compiled once.
    pub fn builtin() -> &'static Filter {
        static FILTER: OnceLock<Filter> = OnceLock::new();
        FILTER.get_or_init(|| Filter::parse(DATA).expect("data/fingerprints.txt parses"))
    }

    /// Compiles a filter from its text form: `[section]` lines, then one entry a line;
    /// `#` starts a comment. Sections: `phrase`, `line`, `line-start`, `byline`, `word`,
    /// `credit`.
    pub fn parse(text: &str) -> Result<Filter, String> {
        let mut f = Filter::default();
        let mut section = String::new();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = name.to_string();
                continue;
            }
            let phrase = || {
                let words: Vec<String> = words_of(line)
                    .iter()
                    .map(|w| line[w.start..w.end].to_string())
                    .collect();
                let exact = line.chars().any(char::is_uppercase);
                let words: Vec<String> = if exact {
                    words
                } else {
                    words.iter().map(|w| w.to_lowercase()).collect()
                };
                (words[0].to_lowercase(), Phrase { words, exact })
            };
            match section.as_str() {
                "phrase" | "line" if words_of(line).is_empty() => {
                    return Err(format!("line {}: a phrase without words", i + 1))
                }
                "phrase" => {
                    let (k, p) = phrase();
                    f.longest = f.longest.max(p.words.len());
                    if let Some(second) = p.words.get(1) {
                        f.seconds.insert(second.to_lowercase(), ());
                    }
                    f.phrases.entry(k).or_default().push(p);
                }
                "line" => {
                    let (k, p) = phrase();
                    f.longest_line = f.longest_line.max(p.words.len());
                    f.line_phrases.entry(k).or_default().push(p);
                }
                // A trailing space is part of an opening: "Follow " is not "Following".
                "line-start" => f.line_starts.push(opening(raw)),
                "byline" => f.bylines.push(opening(raw)),
                "word" => {
                    f.words.insert(line.to_lowercase(), ());
                }
                "credit" => f.credits.push(line.to_string()),
                _ => return Err(format!("line {}: entry outside a known section", i + 1)),
            }
        }
        for opening in f.line_starts.iter().chain(&f.bylines) {
            if let Some(&b) = opening.as_bytes().first() {
                f.opening_bytes[usize::from(b / 64)] |= 1 << (b % 64);
            }
        }
        // An empty opening is never read (its line's first byte is not in the bit set).
        f.line_starts_by_byte = (f.line_starts.iter())
            .filter(|s| !s.is_empty())
            .cloned()
            .collect();
        f.line_starts_by_byte.sort_by_key(|s| s.as_bytes()[0]);
        let mut part_bits: FxMap<String, u8> = FxMap::default();
        for (k, list) in &f.phrases {
            let one = list.iter().any(|p| p.words.len() == 1);
            *part_bits.entry(k.clone()).or_default() |=
                PartBits::FIRST | if one { PartBits::ONE_WORD } else { 0 };
        }
        for (map, bit) in [(&f.words, PartBits::WORD), (&f.seconds, PartBits::SECOND)] {
            for k in map.keys() {
                *part_bits.entry(k.clone()).or_default() |= bit;
            }
        }
        for k in f.line_phrases.keys() {
            *part_bits.entry(k.clone()).or_default() |= PartBits::LINE;
        }
        f.part_bits = part_bits;
        f.line_start_runs = (0..=256)
            .map(|b| {
                let before = (f.line_starts_by_byte.iter())
                    .take_while(|s| usize::from(s.as_bytes()[0]) < b)
                    .count();
                u16::try_from(before).expect("fewer than 65,536 line openings")
            })
            .collect();
        Ok(f)
    }

    /// `text` with every fingerprint blanked (same length; borrowed when nothing is).
    pub fn mask<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let mut blank = Vec::new();
        self.spans(text, &mut blank);
        if blank.is_empty() {
            return Cow::Borrowed(text);
        }
        let mut bytes = text.as_bytes().to_vec();
        for (a, b) in blank {
            // Whole characters only: every span starts and ends on a char boundary.
            bytes[a..b].fill(b' ');
        }
        Cow::Owned(String::from_utf8(bytes).expect("blanking whole characters keeps UTF-8"))
    }

    /// Fills `out` with the byte spans of `text` that are fingerprints, sorted by start
    /// and merged where they overlap; every span starts and ends on a char boundary.
    ///
    /// The plain reading: every word of the text is looked up. [`Filter::spans_of_words`]
    /// is the one scoring uses; a test compares them.
    pub fn spans(&self, text: &str, out: &mut Vec<(usize, usize)>) {
        out.clear();
        let words = words_of(text);
        self.mask_lines(text, None, out);
        let mut lower = String::new();
        for i in 0..words.len() {
            self.mask_word(text, &words[i..], &mut lower, out);
            mask_honorific(text, &words[i..], out);
            mask_letter(text, &words[i..], out);
        }
        self.mask_credits(text, out);
        sort_and_merge(out);
    }

    /// [`Filter::spans`] of `text`, read from the document pass's `words` of it: only
    /// the words the word table marked as a possible fingerprint start
    /// ([`Filter::word_flags`]) are split and looked up, so most words cost one bit test.
    pub fn spans_of_words(&self, text: &str, words: &[WordAt], out: &mut Vec<(usize, usize)>) {
        out.clear();
        self.mask_lines(text, Some(words), out);
        // A fingerprint of n words lies within n consecutive tokens of the document
        // pass (every letter or digit is inside a token, and a token ends where a
        // word does), so the words of that window are the words of the text there.
        let reach = self.longest.max(2);
        let mut parts = Vec::new();
        let mut lower = String::new();
        for (i, w) in words.iter().enumerate() {
            let flags = w.facts.flags();
            if !flags.contains(WordFlags::FINGERPRINT) {
                continue;
            }
            // A one-part word that only starts phrases: a phrase needs its second
            // word in the next word.
            if !flags.contains(WordFlags::FINGERPRINT_ALONE)
                && !words
                    .get(i + 1)
                    .is_some_and(|n| n.facts.flags().contains(WordFlags::FINGERPRINT_NEXT))
            {
                continue;
            }
            parts.clear();
            for t in &words[i..(i + reach).min(words.len())] {
                let token = &text.as_bytes()[t.start..t.end];
                if token.iter().all(u8::is_ascii_alphanumeric) {
                    parts.push(Word {
                        start: t.start,
                        end: t.end,
                    });
                } else {
                    parts.extend(words_of(&text[t.start..t.end]).into_iter().map(|p| Word {
                        start: p.start + t.start,
                        end: p.end + t.start,
                    }));
                }
            }
            for k in 0..parts.len() {
                if parts[k].start >= w.end {
                    break;
                }
                self.mask_word(text, &parts[k..], &mut lower, out);
                mask_honorific(text, &parts[k..], out);
                mask_letter(text, &parts[k..], out);
            }
        }
        self.mask_credits(text, out);
        sort_and_merge(out);
    }

    /// The fingerprint flags of the word `surface` as the document pass cuts it:
    /// [`WordFlags::FINGERPRINT`] when one of its words (runs of letters and digits) is
    /// a listed word, the first word of a phrase or an honorific;
    /// [`WordFlags::FINGERPRINT_ALONE`] when that holds for a listed word or an
    /// honorific, or the word has several parts; [`WordFlags::FINGERPRINT_NEXT`] when
    /// one of its words is the second word of a phrase; [`WordFlags::FINGERPRINT_LINE`]
    /// when one of its words is the first word of a line phrase.
    pub fn word_flags(&self, surface: &str) -> WordFlags {
        let mut flags = WordFlags::NONE;
        let mut parts = 0;
        // Room to lowercase an ASCII part in, without allocating.
        let mut buf = [0u8; 32];
        let mut rest = surface;
        while let Some(at) = rest.find(char::is_alphanumeric) {
            let tail = &rest[at..];
            let len = tail
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(tail.len());
            let part = &tail[..len];
            rest = &tail[len..];
            parts += 1;
            let owned: String;
            let lower = if part.is_ascii() && part.len() <= buf.len() {
                let b = &mut buf[..part.len()];
                b.copy_from_slice(part.as_bytes());
                b.make_ascii_lowercase();
                std::str::from_utf8(b).expect("ASCII")
            } else {
                owned = part.to_lowercase();
                owned.as_str()
            };
            let bits = self.part_bits.get(lower).copied().unwrap_or(0);
            let alone = is_house_style_honorific(part)
                || is_letter_of_style(part, surface)
                || bits & (PartBits::WORD | PartBits::ONE_WORD) != 0;
            flags = flags
                .with(WordFlags::FINGERPRINT, alone || bits & PartBits::FIRST != 0)
                .with(WordFlags::FINGERPRINT_ALONE, alone)
                .with(WordFlags::FINGERPRINT_NEXT, bits & PartBits::SECOND != 0)
                .with(WordFlags::FINGERPRINT_LINE, bits & PartBits::LINE != 0);
        }
        if parts > 1 && flags.contains(WordFlags::FINGERPRINT) {
            flags = flags.with(WordFlags::FINGERPRINT_ALONE, true);
        }
        flags
    }

    /// [`Filter::word_flags`] the plain way: the word split into a list of parts, each
    /// lowercased afresh and looked up in every list (the reference the fast one must
    /// agree with).
    pub fn word_flags_plain(&self, surface: &str) -> WordFlags {
        let parts = words_of(surface);
        let mut flags = WordFlags::NONE;
        for w in &parts {
            let part = &surface[w.start..w.end];
            let lower = part.to_lowercase();
            let one_word_phrase = (self.phrases.get(&lower))
                .is_some_and(|list| list.iter().any(|p| p.words.len() == 1));
            let alone = is_house_style_honorific(part)
                || is_letter_of_style(part, surface)
                || self.words.contains_key(lower.as_str())
                || one_word_phrase;
            flags = flags
                .with(
                    WordFlags::FINGERPRINT,
                    alone || self.phrases.contains_key(&lower),
                )
                .with(WordFlags::FINGERPRINT_ALONE, alone)
                .with(
                    WordFlags::FINGERPRINT_NEXT,
                    self.seconds.contains_key(&lower),
                )
                .with(
                    WordFlags::FINGERPRINT_LINE,
                    self.line_phrases.contains_key(&lower),
                );
        }
        if parts.len() > 1 && flags.contains(WordFlags::FINGERPRINT) {
            flags = flags.with(WordFlags::FINGERPRINT_ALONE, true);
        }
        flags
    }

    /// Datelines, bylines and short boilerplate lines, line by line. With the document
    /// pass's `tokens` of `text`, a line is searched for a line phrase only when one of
    /// its first tokens may start one ([`WordFlags::FINGERPRINT_LINE`]).
    fn mask_lines(&self, text: &str, tokens: Option<&[WordAt]>, out: &mut Vec<(usize, usize)>) {
        // A scraped article's date header ("date 2025-04-20") is metadata, not words.
        out.extend(crate::text::date_header(text));
        let mut line_start = 0;
        let mut words = Vec::new();
        let mut lower = String::new();
        let mut t = 0;
        let bytes = text.as_bytes();
        // Line by line, each with its '\n' (as `split_inclusive('\n')` cuts them).
        while line_start < bytes.len() {
            let line_end = memchr::memchr(b'\n', &bytes[line_start..])
                .map_or(bytes.len(), |i| line_start + i + 1);
            let line = &text[line_start..line_end];
            // The first words of the line lie within its first tokens: every letter
            // or digit is inside a token.
            let may_phrase = tokens.is_none_or(|tokens| {
                while tokens.get(t).is_some_and(|w| w.end <= line_start) {
                    t += 1;
                }
                tokens[t.min(tokens.len())..]
                    .iter()
                    .take(LINE_PHRASE_WORDS)
                    .take_while(|w| w.start < line_end)
                    .any(|w| w.facts.flags().contains(WordFlags::FINGERPRINT_LINE))
            });
            let by_byte = tokens.is_some();
            self.mask_line(
                line_start, line, may_phrase, by_byte, &mut words, &mut lower, out,
            );
            line_start = line_end;
        }
    }

    /// Datelines, bylines and short boilerplate lines. With `by_byte` the line is
    /// compared only with the line openings of its first byte; without, with each.
    #[allow(clippy::too_many_arguments)]
    fn mask_line(
        &self,
        at: usize,
        line: &str,
        may_phrase: bool,
        by_byte: bool,
        words: &mut Vec<Word>,
        lower: &mut String,
        blank: &mut Vec<(usize, usize)>,
    ) {
        let body = line.trim_end_matches(['\n', '\r']);
        let lead = body.len() - body.trim_start().len();
        let trimmed = body.trim();
        if trimmed.is_empty() {
            return;
        }
        let whole = (at + lead, at + lead + trimmed.len());
        let first = trimmed.as_bytes()[0];
        let may_open = self.opening_bytes[usize::from(first / 64)] & (1 << (first % 64)) != 0;
        if trimmed.len() <= SHORT_LINE {
            if may_open
                && (self.openings(first, by_byte).iter()).any(|s| trimmed.starts_with(s.as_str()))
            {
                blank.push(whole);
                return;
            }
            if may_open
                && self
                    .bylines
                    .iter()
                    .any(|s| trimmed.starts_with(s.as_str()) && is_byline(&trimmed[s.len()..]))
            {
                blank.push(whole);
                return;
            }
            if !may_phrase {
                return mask_dateline(whole.0, trimmed, blank);
            }
            // A phrase starts among the first words and reads at most its own words on.
            first_words(trimmed, LINE_PHRASE_WORDS + self.longest_line, words);
            for (i, w) in words.iter().enumerate().take(LINE_PHRASE_WORDS) {
                lowercase_into(&trimmed[w.start..w.end], lower);
                if let Some(list) = self.line_phrases.get(lower.as_str()) {
                    if list.iter().any(|p| matches(trimmed, &words[i..], p)) {
                        blank.push(whole);
                        return;
                    }
                }
            }
        }
        mask_dateline(whole.0, trimmed, blank);
    }

    /// The line openings a line whose first byte is `first` may open with: those of
    /// that byte with `by_byte`, else every one.
    fn openings(&self, first: u8, by_byte: bool) -> &[String] {
        let b = usize::from(first);
        match (by_byte, self.line_start_runs.get(b..b + 2)) {
            (true, Some(run)) => {
                &self.line_starts_by_byte[usize::from(run[0])..usize::from(run[1])]
            }
            _ => &self.line_starts,
        }
    }

    /// An outlet name, boilerplate phrase or publisher-bound word at the first of `words`.
    fn mask_word(
        &self,
        text: &str,
        words: &[Word],
        lower: &mut String,
        blank: &mut Vec<(usize, usize)>,
    ) {
        let w = words[0];
        lowercase_into(&text[w.start..w.end], lower);
        if self.words.contains_key(lower.as_str()) {
            blank.push((w.start, w.end));
            return;
        }
        if let Some(list) = self.phrases.get(lower.as_str()) {
            if let Some(p) = list.iter().find(|p| matches(text, words, p)) {
                blank.push((w.start, words[p.words.len() - 1].end));
            }
        }
    }

    /// Parentheses naming a photo credit: "(AP Photo/Evan Vucci)", "(Getty Images)".
    fn mask_credits(&self, text: &str, blank: &mut Vec<(usize, usize)>) {
        let mut from = 0;
        let bytes = text.as_bytes();
        while let Some(open) = memchr::memchr(b'(', &bytes[from..]).map(|i| from + i) {
            let Some(close) = memchr::memchr(b')', &bytes[open..]).map(|i| open + i) else {
                break;
            };
            let inside = &text[open + 1..close];
            if close - open <= SHORT_PARENS
                && memchr::memchr(b'(', inside.as_bytes()).is_none()
                && words_of(inside)
                    .iter()
                    .any(|w| self.credits.iter().any(|c| *c == inside[w.start..w.end]))
            {
                blank.push((open, close + 1));
                from = close + 1;
            } else {
                from = open + 1;
            }
        }
    }
}

/// A dateline opening the line `trimmed`, which starts at byte `at`.
fn mask_dateline(at: usize, trimmed: &str, blank: &mut Vec<(usize, usize)>) {
    if let Some(n) = dateline(trimmed) {
        blank.push((at, at + n));
    }
}

/// A line opening as written in the list: comment and leading space removed, a trailing
/// space kept.
fn opening(raw: &str) -> String {
    let entry = raw.split('#').next().unwrap_or("").trim_start();
    let body = entry.trim_end();
    match entry[body.len()..].starts_with(' ') {
        true => format!("{body} "),
        false => body.to_string(),
    }
}

/// Whether the rest of a line opening with "By " names someone rather than starting a
/// sentence ("By contrast, ...", "By Friday, Trump conceded."): a capitalised name first,
/// at most [`BYLINE_WORDS`] words, and no sentence end.
fn is_byline(rest: &str) -> bool {
    let rest = rest.trim();
    let end = rest.trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')']);
    rest.starts_with(|c: char| c.is_uppercase())
        && words_of(rest).len() < BYLINE_WORDS
        && !end.ends_with(['.', '!', '?'])
}

/// `word` lowercased into `out` (its ASCII letters in place when it is ASCII).
fn lowercase_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
    } else {
        // `str::to_lowercase`, not per char: a final sigma lowercases by its place.
        out.push_str(&word.to_lowercase());
    }
}

/// Words: runs of letters and digits (an apostrophe ends a word), with byte spans.
fn words_of(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    first_words(text, usize::MAX, &mut out);
    out
}

/// The first `n` [words](words_of) of `text`, into `out` (cleared first).
fn first_words(text: &str, n: usize, out: &mut Vec<Word>) {
    out.clear();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Word { start: s, end: i });
                start = None;
                if out.len() == n {
                    return;
                }
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Word {
            start: s,
            end: text.len(),
        });
    }
}

/// Whether `p` starts at the first of `words`, the words adjacent (only spaces or
/// hyphens between them).
fn matches(text: &str, words: &[Word], p: &Phrase) -> bool {
    if words.len() < p.words.len() {
        return false;
    }
    for (j, (w, want)) in words.iter().zip(&p.words).enumerate() {
        let got = &text[w.start..w.end];
        let same = if p.exact {
            got == want
        } else if got.is_ascii() {
            // Lowercasing ASCII gives ASCII: compare in place, without a copy.
            want.len() == got.len() && got.eq_ignore_ascii_case(want)
        } else {
            got.to_lowercase() == *want
        };
        if !same {
            return false;
        }
        if j > 0 {
            let gap = &text[words[j - 1].end..w.start];
            if gap.is_empty() || !gap.chars().all(|c| c == ' ' || c == '-' || c == '.') {
                return false;
            }
        }
    }
    true
}

/// "Mr. Smith" → "    Smith": an honorific, the first of `words`, is blanked before a
/// capitalised word.
fn mask_honorific(text: &str, words: &[Word], blank: &mut Vec<(usize, usize)>) {
    let w = words[0];
    if !is_house_style_honorific(&text[w.start..w.end]) {
        return;
    }
    let Some(next) = words.get(1) else {
        return;
    };
    let gap = &text[w.end..next.start];
    let gap_ok = matches!(gap.trim_end(), "." | "") && gap.ends_with(' ');
    if gap_ok && text[next.start..].starts_with(|c: char| c.is_uppercase()) {
        let end = if gap.starts_with('.') {
            w.end + 1
        } else {
            w.end
        };
        blank.push((w.start, end));
    }
}

/// A word of one capital letter: a middle initial ("Donald J. Trump"), a letter of an
/// acronym written with periods ("F.B.I.", "U.S.") or a party label.
fn is_capital_letter(part: &str) -> bool {
    part.len() == 1 && part.as_bytes()[0].is_ascii_uppercase()
}

/// A capital letter that may be house style, `part` of the word `surface`: "I" and "A"
/// only inside a longer word ("I-Vt."), since alone they are words.
fn is_letter_of_style(part: &str, surface: &str) -> bool {
    is_capital_letter(part) && (surface.len() > 1 || !matches!(part, "I" | "A"))
}

/// Middle initials, acronyms spelled with periods and party labels ("Warren (D-Mass.)")
/// are house style: "J.", "F.B.I." and "U.S." are blanked letter by letter, and a party
/// label ("D", "R" or "I", a hyphen and a state, then ".", ")" or ",") whole. "I" and "A"
/// are words (and stop words) and stay, outside a party label.
fn mask_letter(text: &str, words: &[Word], blank: &mut Vec<(usize, usize)>) {
    let w = words[0];
    let letter = &text[w.start..w.end];
    if !is_capital_letter(letter) {
        return;
    }
    if matches!(letter, "D" | "R" | "I") {
        if let Some(next) = words.get(1) {
            let state = &text[next.start..next.end];
            let closes = text[next.end..].starts_with(['.', ')', ',']);
            let postal = state.len() == 2 && state.bytes().all(|b| b.is_ascii_uppercase());
            let abbreviated = state.len() <= 6
                && state.starts_with(|c: char| c.is_ascii_uppercase())
                && state[1..].bytes().all(|b| b.is_ascii_lowercase());
            if &text[w.end..next.start] == "-" && closes && (postal || abbreviated) {
                let period = text[next.end..].starts_with('.');
                blank.push((w.start, next.end + usize::from(period)));
                return;
            }
        }
    }
    if !matches!(letter, "I" | "A") {
        let period = text[w.end..].starts_with('.');
        blank.push((w.start, w.end + usize::from(period)));
    }
}

/// Sorts spans by start and merges those that overlap or touch.
fn sort_and_merge(out: &mut Vec<(usize, usize)>) {
    out.sort_unstable();
    let mut merged = 0;
    for i in 0..out.len() {
        let (a, b) = out[i];
        if merged > 0 && a <= out[merged - 1].1 {
            out[merged - 1].1 = out[merged - 1].1.max(b);
        } else {
            out[merged] = (a, b);
            merged += 1;
        }
    }
    out.truncate(merged);
}

#[cfg(test)]
mod tests {
    use super::*;

    const LISTS: &str = "# test lists\n[phrase]\nDaily Planet\nplanet staff\n[line]\nsign up for\n\
                         [line-start]\nPhoto:\nFollow \n[byline]\nBy \n[word]\nsmallvillian\n[credit]\nPhoto\n";

    fn mask(text: &str) -> String {
        let f = Filter::parse(LISTS).unwrap();
        let out = f.mask(text).into_owned();
        assert_eq!(out.len(), text.len(), "the length is kept");
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn word_flags_are_the_plain_ones() {
        let test = Filter::parse(LISTS).expect("test lists");
        for f in [Filter::builtin(), &test] {
            let listed = (f.phrases.keys())
                .chain(f.line_phrases.keys())
                .chain(f.words.keys())
                .chain(f.seconds.keys());
            let mut n = 0;
            for w in listed.chain(
                ["", "the", "said", "Mr", "Sen", "Ms"]
                    .map(String::from)
                    .iter(),
            ) {
                let upper = w.to_uppercase();
                let cap: String = w
                    .chars()
                    .take(1)
                    .flat_map(char::to_uppercase)
                    .chain(w.chars().skip(1))
                    .collect();
                for form in [
                    w.clone(),
                    upper.clone(),
                    cap.clone(),
                    format!("{cap}’s"),
                    format!("{w}-{w}"),
                    format!("anti-{cap}"),
                    format!("{cap}-the"),
                    format!("{w}internationalisations{upper}"),
                    format!("Führer-{w}"),
                ] {
                    assert_eq!(f.word_flags(&form), f.word_flags_plain(&form), "{form}");
                    n += 1;
                }
            }
            assert!(n > 50);
        }
        let flags = test.word_flags("Planet-smallvillian");
        assert!(
            flags.contains(WordFlags::FINGERPRINT_ALONE)
                && flags.contains(WordFlags::FINGERPRINT_NEXT)
        );
    }

    #[test]
    fn outlet_names_match_as_written_and_lowercase_phrases_in_any_case() {
        assert_eq!(
            mask("Mayor Ames told the Daily Planet on Monday."),
            "Mayor Ames told the on Monday."
        );
        assert_eq!(mask("a daily planet of news"), "a daily planet of news");
        assert_eq!(mask("Written by Planet Staff today"), "Written by today");
    }

    #[test]
    fn honorifics_go_and_the_name_stays() {
        assert_eq!(
            mask("Mr. Ames and Ms Lane met Mrs. Kent."),
            "Ames and Lane met Kent."
        );
        assert_eq!(mask("the Mr. and Mrs. contest"), "the Mr. and Mrs. contest");
        assert_eq!(
            mask("Sen. Ames and Senator Lane met Gov. Kent and Reps. Ross and Diaz."),
            "Ames and Lane met Kent and Ross and Diaz."
        );
        assert_eq!(
            mask("the senator and the Governor spoke"),
            "the senator and the Governor spoke"
        );
    }

    #[test]
    fn initials_acronym_letters_and_party_labels_go() {
        assert_eq!(
            mask("John Q. Public met F.B.I. agents"),
            "John Public met I. agents"
        );
        assert_eq!(mask("U.S. troops and US troops"), "troops and US troops");
        assert_eq!(
            mask("Sen. Lane (D-Calif.) and Rep. Ross, R-Texas, agreed with Ames (I-Vt.)."),
            "Lane ( ) and Ross, , agreed with Ames ( )."
        );
        assert_eq!(mask("I said A is for apple"), "I said A is for apple");
        assert_eq!(
            mask("a D-Day story and R-rated film"),
            "a -Day story and -rated film"
        );
        assert_eq!(mask("Ames (R-TX) spoke"), "Ames ( ) spoke");
    }

    #[test]
    fn datelines_bylines_credits_and_boilerplate_lines_go() {
        let text = "By Lois Lane and Jimmy Olsen\nMETROPOLIS (AP) \u{2014} The council voted.\n\
                    The bridge opened (Photo by Jimmy Olsen) at noon.\n\
                    Sign up for our morning newsletter!\nPhoto: a bridge\nThe end.";
        assert_eq!(
            mask(text),
            "The council voted. The bridge opened at noon. The end."
        );
        assert_eq!(mask("NEW YORK, N.Y. -- Rain fell."), "Rain fell.");
        assert_eq!(mask("(Planet)Rain fell."), "Rain fell.");
        assert_eq!(
            mask("Rain fell in NEW YORK - again."),
            "Rain fell in NEW YORK - again."
        );
        assert_eq!(
            mask("US - China talks resumed."),
            "US - China talks resumed."
        );
        assert_eq!(mask("WILKES-BARRE, Pa. - Rain fell."), "Rain fell.");
        assert_eq!(mask("SPRINGFIELD - Rain fell."), "Rain fell.");
        assert_eq!(mask(" date 2025-04-20 Rain fell."), "Rain fell.");
        assert_eq!(
            mask("Rain fell on date 2025-04-20 again."),
            "Rain fell on date 2025-04-20 again."
        );
    }

    #[test]
    fn a_sentence_opening_with_by_or_follow_is_not_a_byline() {
        assert_eq!(mask("By Lois Lane, Planet reporter\nRain."), "Rain.");
        for text in [
            "By contrast, the council voted.",
            "By Friday, the council had voted.",
            "By 1991, most bridges had been rebuilt",
            "Bystanders watched",
            "Following the vote, rain fell.",
        ] {
            assert_eq!(mask(text), text);
        }
        assert_eq!(mask("Follow Lois on the Planet\nRain."), "Rain.");
    }

    #[test]
    fn data_derived_words_go_and_text_without_fingerprints_is_borrowed() {
        assert_eq!(mask("A Smallvillian view."), "A view.");
        let f = Filter::parse(LISTS).unwrap();
        assert!(matches!(f.mask("The council voted."), Cow::Borrowed(_)));
    }

    #[test]
    fn multibyte_text_is_blanked_on_char_boundaries() {
        let text = "Mr. Müller told the Daily Planet — “Straße” — ünd more.";
        let out = Filter::parse(LISTS).unwrap().mask(text).into_owned();
        assert_eq!(out.len(), text.len());
        assert!(out.contains("Müller") && !out.contains("Planet") && !out.contains("Mr."));
    }

    #[test]
    fn a_bad_list_is_refused_with_its_line() {
        let e = Filter::parse("[phrase]\nok\n[nosuch]\nx\n").unwrap_err();
        assert!(e.contains("line 4"), "{e}");
        assert!(Filter::parse("[phrase]\n--\n")
            .unwrap_err()
            .contains("line 2"));
    }

    /// Texts that put every rule of the built-in lists where the fast reading could
    /// differ from the plain one: names across tokens, hyphens and periods, one-word
    /// and many-word phrases, honorifics, datelines, short lines, credits, non-ASCII.
    const TRICKY: &[&str] = &[
        "WASHINGTON (AP) \u{2014} Mr. Ames told The Hill on Monday.",
        "The Hill-based reporter told the hill she read The\u{a0}Hill and the Hill.",
        "Fox-News and Fox News Channel and FOX NEWS and fox news, Fox\nNews.",
        "Mr.Ames, Mr Ames, Mrs. ames, Messrs. Ames and Lane, Ms. \u{c9}lise, MR. Ames.",
        "By Lois Lane\nSign up for our newsletter!\n  Photo: a bridge\nRain fell (Getty Images).",
        "(AP Photo/Evan Vucci) U.S.-based Reuters' reporters and Agence France-Presse.",
        "Sen. Ames (D-Calif.), Senator Lane, R-TX, John Q. Public, the F.B.I. and I.R.S., I, A.",
        "Sens.Ames and Gov Lane (I-Vt.) met D-Day veterans; A-list and X-ray, U.S.A.",
        "\u{201c}The Atlantic,\u{201d} she said; The Economist\u{2019}s editor; TheBlaze.",
        "Copyright 2019 the daily planet LLC. Reprint permission: newsletters daily.",
        "The end of The",
        "\u{3a3}\u{39f}\u{3a3} The \u{3a3}igma Mr",
        "",
    ];

    #[test]
    fn the_fast_reading_finds_what_the_plain_one_does() {
        let filter = Filter::builtin();
        let mut doc = crate::document::Document::new(crate::features::words::describe);
        let (mut plain, mut fast) = (Vec::new(), Vec::new());
        // The body as the document pass leaves it: page furniture blanked.
        for text in TRICKY {
            doc.read(Some(text), text);
            filter.spans(doc.body(), &mut plain);
            filter.spans_of_words(doc.body(), doc.words(), &mut fast);
            assert_eq!(fast, plain, "{text}");
            filter.spans(text, &mut plain);
            filter.spans_of_words(doc.title(), doc.title_words(), &mut fast);
            assert_eq!(fast, plain, "{text} as a headline");
        }
        // Every text together, as one article (lines and phrases across them).
        let all = TRICKY.join("\n");
        doc.read(None, &all);
        filter.spans(doc.body(), &mut plain);
        filter.spans_of_words(doc.body(), doc.words(), &mut fast);
        assert_eq!(fast, plain);
        assert!(
            plain.len() > 20,
            "the texts hold fingerprints: {}",
            plain.len()
        );
    }

    #[test]
    fn a_lines_first_byte_picks_out_the_openings_it_may_start_with() {
        let filter = Filter::builtin();
        let mut seen = 0;
        for b in 0..=255u8 {
            let mut by_byte: Vec<&String> = filter.openings(b, true).iter().collect();
            let mut want: Vec<&String> = (filter.openings(b, false).iter())
                .filter(|s| s.as_bytes().first() == Some(&b))
                .collect();
            by_byte.sort();
            want.sort();
            assert_eq!(by_byte, want, "byte {b}");
            seen += want.len();
        }
        assert_eq!(seen, filter.line_starts.len());
        assert!(seen >= 10, "{seen} line openings");
        // A filter built without lists reads no opening either way.
        assert!(Filter::default().openings(b'P', true).is_empty());
    }

    #[test]
    fn no_letter_or_digit_is_left_outside_the_document_passs_words() {
        // The fast reading relies on it: General Punctuation, which the tokenizer
        // answers before the Unicode tables, holds no letter or digit.
        assert!(('\u{2000}'..='\u{206f}').all(|c| !c.is_alphanumeric()));
    }

    #[test]
    fn the_builtin_lists_parse_and_blank_common_fingerprints() {
        let f = Filter::builtin();
        let out = f.mask("WASHINGTON \u{2014} Mr. Smith spoke.");
        assert_eq!(
            out.split_whitespace().collect::<Vec<_>>(),
            ["Smith", "spoke."]
        );
    }
}
