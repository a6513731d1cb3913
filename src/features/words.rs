//! The words of an article, read once and shared by every feature.
//!
//! Scoring cuts an article into words a single time: [`WordTable::read`] gives
//! each token the id of its surface form in a per-thread table of distinct words.
//! What the feature stages need to know about a word (its lowercase form, its
//! key in the loaded-language lexicon, its classes for the attribution finder) is
//! worked out once per distinct word, so the term vector, the lexicon matcher and
//! the sourcing scanner then look words up by id instead of re-reading the text.

use super::lexicon::Lexicon;
use super::sourcing;
use crate::text::{for_each_token, lower_word};

/// One word of a text: its byte span, the id of its surface form in a
/// [`WordTable`], and the facts every feature reads on every word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordAt {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Id of the surface form in the table that read the text.
    pub word: u32,
    /// What the features need to know about the word, copied here so that
    /// scanning a text touches the table only once per word.
    pub facts: Facts,
}

/// The per-word facts the feature stages test on every word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Facts {
    key: u32,
    part_entry: u32,
    /// The attribution finder's classes, and [`CAP`].
    class: u32,
    /// The word's term in the vectorizer that reads this table, once it has looked
    /// (see [`WordTable::set_term`]); [`NO_TERM`] before.
    term: u32,
}

/// No lexicon key or entry.
const NONE: u32 = u32::MAX;

/// No term stored yet (a value no vectorizer stores: see [`WordTable::set_term`]).
pub(crate) const NO_TERM: u32 = u32::MAX - 2;

/// The bit of [`Facts::class`] kept for "the first letter is uppercase".
const CAP: u32 = 1 << 31;

/// The bit of [`Facts::class`] kept for "a lexicon entry may start here" (see [`Facts::starts`]).
const STARTS: u32 = 1 << 30;

/// The bit of [`Facts::class`] kept for "the word is ASCII" (see [`Facts::ascii`]).
const ASCII: u32 = 1 << 29;

impl Facts {
    /// The facts of a word, and its stem when working them out gave it (see
    /// [`Lexicon::word_keys_and_stem`]).
    fn of(surface: &str, lower: &str) -> (Facts, Option<String>) {
        let lexicon = Lexicon::builtin();
        let (key, part_entry, stem) = lexicon.word_keys_and_stem(surface);
        let cap = surface.chars().next().is_some_and(char::is_uppercase);
        let facts = Facts::with_keys(key, part_entry, lexicon.may_start(key, part_entry), cap);
        let ascii = if surface.is_ascii() { ASCII } else { 0 };
        let facts = Facts {
            class: facts.class
                | sourcing::word_class(surface, lower)
                | ascii
                | if cap { CAP } else { 0 },
            ..facts
        };
        (facts, stem)
    }

    /// Facts holding only lexicon keys and capitalisation (what matching with a
    /// lexicon other than the built-in one needs, and the start of [`Facts::of`]);
    /// `starts` tells whether a match may start at the word.
    pub(crate) fn with_keys(
        key: Option<u32>,
        part_entry: Option<u32>,
        starts: bool,
        cap: bool,
    ) -> Facts {
        Facts {
            key: key.unwrap_or(NONE),
            part_entry: part_entry.unwrap_or(NONE),
            class: if starts { STARTS } else { 0 } | if cap { CAP } else { 0 },
            term: NO_TERM,
        }
    }

    /// True when the first letter is uppercase.
    pub fn cap(&self) -> bool {
        self.class & CAP != 0
    }

    /// True when the word is ASCII: its lowercase form is then the word with
    /// its ASCII letters lowercased, byte for byte.
    pub fn ascii(&self) -> bool {
        self.class & ASCII != 0
    }

    /// True when a lexicon entry may start at the word: most words are skipped
    /// on this one bit, without looking at their keys.
    pub(crate) fn starts(&self) -> bool {
        self.class & STARTS != 0
    }

    /// The term a vectorizer stored for the word, if it has (see [`WordTable::set_term`]).
    pub(crate) fn term(&self) -> Option<u32> {
        (self.term != NO_TERM).then_some(self.term)
    }

    /// Key id of the word in the built-in lexicon, when the lexicon has it.
    pub(crate) fn key(&self) -> Option<u32> {
        (self.key != NONE).then_some(self.key)
    }

    /// The one-word built-in lexicon entry a part of a hyphenated word matches.
    pub(crate) fn part_entry(&self) -> Option<u32> {
        (self.part_entry != NONE).then_some(self.part_entry)
    }

    /// The attribution finder's word classes (a bit set).
    pub(crate) fn class(&self) -> u32 {
        self.class & !(CAP | STARTS | ASCII)
    }
}

/// Where one distinct word's surface and lowercase forms sit in the table's text,
/// and its slot. Offsets fit in `u32`: the table is emptied between articles once
/// its text passes [`TEXT_LIMIT`] bytes.
#[derive(Debug, Clone, Copy)]
struct Entry {
    start: u32,
    len: u32,
    /// Start of the lowercase form (equal to `start` when the word is lowercase).
    lower: u32,
    lower_len: u32,
    /// Start of the stem (see [`WordTable::stem`]), or [`NONE`].
    stem: u32,
    stem_len: u32,
    slot: u32,
}

/// The distinct words seen so far, with their facts. One per thread.
///
/// Every form is kept in one growing string, so adding a word allocates nothing
/// of its own; [`WordTable::is_full`] tells when to empty it.
#[derive(Debug, Default)]
pub struct WordTable {
    /// Word ids, found by the hash of the surface form: open addressing with
    /// linear probing, a power of two in length and at most 5/8 full.
    slots: Vec<Slot>,
    /// The hash of each word of the text being read.
    hashes: Vec<u64>,
    words: Vec<Entry>,
    text: String,
    /// Room to lowercase a new word in.
    buf: String,
}

/// Bytes of word text past which a table counts as full.
const TEXT_LIMIT: usize = crate::limits::WORD_CACHE_BYTES;

/// A word's entry in the hash table: its first 16 bytes and length kept inline,
/// so that finding a word (most are shorter) touches one cache line, not three.
#[derive(Debug, Clone, Copy)]
struct Slot {
    head: [u64; 2],
    len: u32,
    /// The word's id, or [`EMPTY`].
    id: u32,
    facts: Facts,
}

/// The id of an empty slot.
const EMPTY: u32 = u32::MAX;

const EMPTY_SLOT: Slot = Slot {
    head: [0; 2],
    len: 0,
    id: EMPTY,
    facts: Facts {
        key: NONE,
        part_entry: NONE,
        class: 0,
        term: NO_TERM,
    },
};

/// How many words ahead of the one being looked up its slot is fetched: a table
/// of many words does not fit in cache, and the lookups then overlap.
pub(crate) const AHEAD: usize = 8;

/// Asks the processor to bring `value` into cache, for a lookup a little later.
#[inline(always)]
pub(crate) fn prefetch<T>(value: &T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch reads nothing the program sees; the pointer is a live reference.
    unsafe {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        _mm_prefetch::<_MM_HINT_T0>((value as *const T).cast());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = value;
}

/// The first 16 bytes of a word, zero-padded.
fn head(bytes: &[u8]) -> [u64; 2] {
    let mut buf = [0u8; 16];
    let n = bytes.len().min(16);
    buf[..n].copy_from_slice(&bytes[..n]);
    let (a, b) = buf.split_at(8);
    [
        u64::from_le_bytes(a.try_into().expect("8 bytes")),
        u64::from_le_bytes(b.try_into().expect("8 bytes")),
    ]
}

/// [`head`] of `text[start..end]`, read as two 8-byte loads and masked when 16 bytes
/// of `text` follow `start`: copying a short word into a buffer first stalls on
/// every token (the loads wait for the byte stores).
fn head_in(text: &[u8], start: usize, end: usize) -> [u64; 2] {
    let Some(window) = text.get(start..start + 16) else {
        return head(&text[start..end]);
    };
    let load = |i: usize| u64::from_le_bytes(window[i..i + 8].try_into().expect("8 bytes"));
    let keep = |n: usize| {
        if n >= 8 {
            u64::MAX
        } else {
            (1u64 << (8 * n)) - 1
        }
    };
    let len = end - start;
    let a = load(0) & keep(len);
    let b = if len > 8 { load(8) & keep(len - 8) } else { 0 };
    [a, b]
}

/// The Fx hash of a word: its length and [`head`], then any bytes past 16.
fn hash_word(head: [u64; 2], bytes: &[u8]) -> u64 {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let mut h = bytes.len() as u64;
    let mut add = |w: u64| h = (h.rotate_left(5) ^ w).wrapping_mul(SEED);
    add(head[0]);
    add(head[1]);
    if bytes.len() > 16 {
        for &b in &bytes[16..] {
            add(u64::from(b));
        }
    }
    // Fold the well-mixed high bits of the product into every bit: the table indexes
    // by the low bits and tags each slot with the top seven.
    h ^= h >> 29;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^ (h >> 32)
}

impl WordTable {
    /// Cuts `text` into words, appending each with its id to `out` (cleared first).
    pub fn read(&mut self, text: &str, out: &mut Vec<WordAt>) {
        out.clear();
        // Cut and hash first, look up after: the slot of a word a few places ahead
        // is fetched while the current one is found, instead of waiting for each.
        let unset = Facts::with_keys(None, None, false, false);
        for_each_token(text, |start, end| {
            out.push(WordAt {
                start,
                end,
                word: 0,
                facts: unset,
            });
        });
        self.reserve(out.len());
        let bytes = text.as_bytes();
        self.hashes.clear();
        self.hashes.extend(
            out.iter()
                .map(|w| hash_word(head_in(bytes, w.start, w.end), &bytes[w.start..w.end])),
        );
        let mask = self.slots.len() - 1;
        for (i, w) in out.iter_mut().enumerate() {
            if let Some(&h) = self.hashes.get(i + AHEAD) {
                prefetch(&self.slots[h as usize & mask]);
            }
            let hash = self.hashes[i];
            (w.word, w.facts) = self.find(text, w.start, w.end, hash);
        }
    }

    /// Makes room for `more` new words, keeping the table at most 5/8 full: short
    /// probes, and a table emptied at [`WORD_CACHE_WORDS`](crate::limits::WORD_CACHE_WORDS)
    /// words never doubles past its 2^19 slots.
    fn reserve(&mut self, more: usize) {
        let needed = (self.words.len() + more) * 8 / 5;
        if !self.slots.is_empty() && needed <= self.slots.len() {
            return;
        }
        let len = needed.next_power_of_two().max(1024);
        let old = std::mem::replace(&mut self.slots, vec![EMPTY_SLOT; len]);
        for slot in old.into_iter().filter(|s| s.id != EMPTY) {
            let hash = hash_word(slot.head, form(&self.text, &self.words[slot.id as usize]));
            let mut i = hash as usize & (len - 1);
            while self.slots[i].id != EMPTY {
                i = (i + 1) & (len - 1);
            }
            self.words[slot.id as usize].slot = i as u32;
            self.slots[i] = slot;
        }
    }

    /// The id and facts of the word `source[start..end]` (whose hash is `hash`),
    /// adding it to the table when new. The table has room (see [`WordTable::reserve`]).
    fn find(&mut self, source: &str, start: usize, end: usize, hash: u64) -> (u32, Facts) {
        let surface = &source[start..end];
        let bytes = surface.as_bytes();
        let head = head_in(source.as_bytes(), start, end);
        let WordTable {
            slots, words, text, ..
        } = self;
        let mask = slots.len() - 1;
        let mut i = hash as usize & mask;
        loop {
            let slot = &slots[i];
            if slot.id == EMPTY {
                break;
            }
            if slot.len as usize == bytes.len()
                && slot.head == head
                && (bytes.len() <= 16 || form(text, &words[slot.id as usize]) == bytes)
            {
                return (slot.id, slot.facts);
            }
            i = (i + 1) & mask;
        }
        self.insert(surface, head, i)
    }

    /// Adds the new word `surface` in the empty slot `i`; kept out of the lookup
    /// loop, which runs for every word (this, once per distinct word).
    #[cold]
    #[inline(never)]
    fn insert(&mut self, surface: &str, head: [u64; 2], i: usize) -> (u32, Facts) {
        let WordTable {
            slots,
            words,
            text,
            buf,
            ..
        } = self;
        let bytes = surface.as_bytes();
        let id = words.len() as u32;
        lower_word(surface, buf);
        let at = text.len() as u32;
        text.push_str(surface);
        let mut entry = Entry {
            start: at,
            len: surface.len() as u32,
            lower: at,
            lower_len: buf.len() as u32,
            stem: NONE,
            stem_len: 0,
            slot: i as u32,
        };
        if buf != surface {
            entry.lower = text.len() as u32;
            text.push_str(buf);
        }
        let (facts, stem) = Facts::of(surface, lower_form(text, &entry));
        if let Some(stem) = stem {
            entry.stem = text.len() as u32;
            entry.stem_len = stem.len() as u32;
            text.push_str(&stem);
        }
        words.push(entry);
        slots[i] = Slot {
            head,
            len: bytes.len() as u32,
            id,
            facts,
        };
        (id, facts)
    }

    /// Word `id` as written.
    pub fn surface(&self, id: u32) -> &str {
        let e = &self.words[id as usize];
        &self.text[e.start as usize..(e.start + e.len) as usize]
    }

    /// The term stored for word `id`, if a vectorizer has stored one.
    pub(crate) fn term(&self, id: u32) -> Option<u32> {
        let e = &self.words[id as usize];
        self.slots[e.slot as usize].facts.term()
    }

    /// Stores the term a vectorizer found for word `id`: every later reading of
    /// the word carries it in its [`Facts`], so the term is worked out once.
    pub(crate) fn set_term(&mut self, id: u32, term: u32) {
        debug_assert_ne!(term, NO_TERM);
        let e = &self.words[id as usize];
        self.slots[e.slot as usize].facts.term = term;
    }

    /// The English Snowball stem of word `id` lowercased and normalized, when
    /// reading it worked that out (see [`Analyzer::term_stemmed`](crate::text::Analyzer::term_stemmed)).
    pub(crate) fn stem(&self, id: u32) -> Option<&str> {
        let e = &self.words[id as usize];
        (e.stem != NONE).then(|| &self.text[e.stem as usize..(e.stem + e.stem_len) as usize])
    }

    /// Word `id` lowercased (see [`lower_word`]).
    pub fn lower(&self, id: u32) -> &str {
        lower_form(&self.text, &self.words[id as usize])
    }

    /// Number of distinct words held.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when no word has been read.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// True when the table holds more than `max_words` words, or more text than
    /// it should keep: time to [`clear`](WordTable::clear) it, between articles.
    pub fn is_full(&self, max_words: usize) -> bool {
        self.words.len() > max_words || self.text.len() > TEXT_LIMIT
    }

    /// Forgets every word (ids handed out before are no longer valid).
    pub fn clear(&mut self) {
        self.slots.fill(EMPTY_SLOT);
        self.words.clear();
        self.text.clear();
    }
}

/// The bytes of an entry's surface form.
fn form<'t>(text: &'t str, e: &Entry) -> &'t [u8] {
    &text.as_bytes()[e.start as usize..(e.start + e.len) as usize]
}

/// An entry's lowercase form.
fn lower_form<'t>(text: &'t str, e: &Entry) -> &'t str {
    &text[e.lower as usize..(e.lower + e.lower_len) as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_id_per_surface_form_with_spans() {
        let mut table = WordTable::default();
        let mut words = Vec::new();
        let text = "War, war and War.";
        table.read(text, &mut words);
        let spans: Vec<&str> = words.iter().map(|w| &text[w.start..w.end]).collect();
        assert_eq!(spans, ["War", "war", "and", "War"]);
        assert_eq!(words[0].word, words[3].word);
        assert_ne!(words[0].word, words[1].word);
        assert_eq!(table.len(), 3);
        assert_eq!(table.surface(words[0].word), "War");
        assert_eq!(table.lower(words[0].word), "war");
        assert_eq!(table.lower(words[1].word), "war");
        assert!(words[0].facts.cap());
        assert!(!words[1].facts.cap());
    }

    #[test]
    fn long_words_sharing_their_first_16_bytes_stay_distinct() {
        let mut table = WordTable::default();
        let mut words = Vec::new();
        let text = "internationalisation Internationalisations internationalisation";
        table.read(text, &mut words);
        assert_eq!(words[0].word, words[2].word);
        assert_ne!(words[0].word, words[1].word);
        assert_eq!(table.surface(words[1].word), "Internationalisations");
        assert_eq!(table.lower(words[1].word), "internationalisations");
        assert_eq!(table.surface(words[2].word), "internationalisation");
    }

    #[test]
    fn words_carry_their_lexicon_keys() {
        let mut table = WordTable::default();
        let mut words = Vec::new();
        table.read("slammed half-Fuhrer table", &mut words);
        assert!(words[0].facts.key().is_some());
        assert!(words[1].facts.part_entry().is_some());
        assert!(words[2].facts.part_entry().is_none());
        assert!(!table.is_full(3));
        assert!(table.is_full(2));
        table.clear();
        assert!(table.is_empty());
    }

    #[test]
    fn only_words_an_entry_may_start_at_are_marked() {
        let mut table = WordTable::default();
        let mut words = Vec::new();
        // "prolong the conflict" is an entry, so is "the truth is": "conflict" has
        // a key but starts nothing; "half-Fuhrer" matches through its part.
        table.read("prolong the conflict half-Fuhrer table", &mut words);
        let starts: Vec<bool> = words.iter().map(|w| w.facts.starts()).collect();
        assert_eq!(starts, [true, true, false, true, false]);
        assert!(words[2].facts.key().is_some());
    }

    #[test]
    fn a_stem_kept_by_the_table_is_the_analyzers_stem() {
        let analyzer = crate::text::Analyzer::default();
        let mut table = WordTable::default();
        let mut words = Vec::new();
        let text = "Slammed escalations Russia's 2,000 www.example.com really \
                    Führer Kiev’s SPOKESMAN Peskov’s <num> the tying";
        table.read(text, &mut words);
        let mut kept = 0;
        for w in &words {
            let surface = table.surface(w.word);
            let stem = table.stem(w.word);
            kept += usize::from(stem.is_some());
            assert_eq!(
                analyzer.term_stemmed(surface, stem),
                analyzer.term(surface),
                "{surface}"
            );
        }
        assert!(kept >= 6, "ASCII words not ending in -ly keep their stem");
        assert_eq!(table.stem(words[0].word), Some("slam"));
        let really = words.iter().find(|w| table.surface(w.word) == "really");
        assert_eq!(
            really.map(|w| table.stem(w.word)),
            Some(None),
            "-ly words are not stemmed for the lexicon"
        );
    }

    #[test]
    fn ids_survive_the_table_growing_and_emptying() {
        let text: String = (0..5000).map(|i| format!("w{i} Word{i} ")).collect();
        let mut table = WordTable::default();
        let (mut first, mut again) = (Vec::new(), Vec::new());
        table.read(&text, &mut first);
        assert_eq!(table.len(), 10_000);
        table.read(&text, &mut again);
        assert_eq!(first, again, "a second read finds every word it added");
        for w in &first {
            assert_eq!(table.surface(w.word), &text[w.start..w.end]);
        }
        table.clear();
        table.read("w7 w7", &mut again);
        assert_eq!((again[0].word, again[1].word, table.len()), (0, 0, 1));
    }

    #[test]
    fn a_stored_term_rides_with_every_later_reading_and_survives_growth() {
        let mut table = WordTable::default();
        let mut words = Vec::new();
        table.read("Peskov said", &mut words);
        assert_eq!(
            (words[0].facts.term(), table.term(words[0].word)),
            (None, None)
        );
        table.set_term(words[0].word, 7);
        assert_eq!(
            words[0].facts.term(),
            None,
            "readings made before keep their copy"
        );
        assert_eq!(table.term(words[0].word), Some(7));
        // Thousands of new words move every slot; the term moves with its word.
        let filler: String = (0..5000).map(|i| format!("w{i} ")).collect();
        table.read(&filler, &mut words);
        table.read("Peskov said", &mut words);
        assert_eq!(words[0].facts.term(), Some(7));
        assert_eq!(words[1].facts.term(), None);
        assert!(words[0].facts.cap() && !words[1].facts.cap());
    }

    #[test]
    fn head_in_a_text_equals_head_of_the_word_alone() {
        let text = "a ab Wörterbuch internationalisation x".as_bytes();
        for start in 0..text.len() {
            for end in start..=text.len().min(start + 24) {
                assert_eq!(head_in(text, start, end), head(&text[start..end]));
            }
        }
    }
}
