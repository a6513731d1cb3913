//! The words of an article, read once and shared by every feature block.
//!
//! [`WordTable::read`] cuts a text into words a single time and gives each token
//! the id of its surface form in a per-thread table of distinct words. What the
//! feature stages need to know about a word (its lowercase form, its stem, its
//! key in the loaded-language lexicon, its classes for the attribution finder) is
//! worked out once per distinct word by the table's [`Describe`] function, which
//! the feature stage supplies (see `features::words`), so the blocks then look
//! words up by id instead of re-reading the text.
//!
//! This is the fast reading; [`read_plain`] is the plain one it must agree with
//! (a test compares them).

use crate::text::{for_each_token, lower_word};
use std::cell::Cell;
use std::num::NonZeroU32;

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

/// A `u32` index with room for "none" in the same four bytes: `Option<Index>`
/// is as small as a `u32`, so a word's facts stay 16 bytes. Holds any value but
/// `u32::MAX`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Index(NonZeroU32);

impl Index {
    /// `i` as an index (`None` for `u32::MAX`, the one value it cannot hold).
    #[inline]
    pub(crate) fn new(i: u32) -> Option<Index> {
        NonZeroU32::new(!i).map(Index)
    }

    /// The value.
    #[inline]
    pub(crate) fn get(self) -> u32 {
        !self.0.get()
    }
}

/// Flags of a word that the table itself works out or is told (a small bit set).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WordFlags(u8);

impl WordFlags {
    /// No flag.
    pub const NONE: WordFlags = WordFlags(0);
    /// The first letter is uppercase.
    pub const CAPITALISED: WordFlags = WordFlags(1);
    /// The word is ASCII: its lowercase form is the word with its ASCII letters
    /// lowercased, byte for byte.
    pub const ASCII: WordFlags = WordFlags(1 << 1);
    /// A loaded-language lexicon entry may start at the word.
    pub const STARTS_ENTRY: WordFlags = WordFlags(1 << 2);
    /// An outlet fingerprint (a name, a listed word, an honorific) may start at or
    /// inside the word: the fingerprint filter looks closely only at these.
    pub const FINGERPRINT: WordFlags = WordFlags(1 << 3);
    /// A fingerprint starting at or inside the word is not only a phrase whose next
    /// word must follow (a listed word, an honorific, or a word of several parts).
    pub const FINGERPRINT_ALONE: WordFlags = WordFlags(1 << 4);
    /// The word may continue a fingerprint phrase (it holds a phrase's second word).
    pub const FINGERPRINT_NEXT: WordFlags = WordFlags(1 << 5);
    /// A boilerplate line phrase ("sign up for") may start at or inside the word.
    pub const FINGERPRINT_LINE: WordFlags = WordFlags(1 << 6);

    /// The fingerprint flags of `other` added.
    #[inline]
    const fn with_fingerprint(self, other: WordFlags) -> WordFlags {
        let mask = WordFlags::FINGERPRINT.0
            | WordFlags::FINGERPRINT_ALONE.0
            | WordFlags::FINGERPRINT_NEXT.0
            | WordFlags::FINGERPRINT_LINE.0;
        WordFlags(self.0 | (other.0 & mask))
    }

    /// True when every flag of `other` is set.
    #[inline]
    pub const fn contains(self, other: WordFlags) -> bool {
        self.0 & other.0 == other.0
    }

    /// `flag` added when `on`.
    #[inline]
    pub const fn with(self, flag: WordFlags, on: bool) -> WordFlags {
        if on {
            WordFlags(self.0 | flag.0)
        } else {
            self
        }
    }
}

/// The per-word facts the feature stages test on every word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Facts {
    key: Option<Index>,
    part_entry: Option<Index>,
    /// The attribution finder's word classes: bits this stage keeps without
    /// reading them (their meaning is `features::sourcing`'s `WordClasses`).
    classes: u16,
    flags: WordFlags,
    /// The code a vectorizer stored for the word (see [`WordTable::set_term`]).
    term: Option<Index>,
}

/// What the feature stages know about one distinct word, worked out once, when
/// a [`WordTable`] first sees it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WordInfo {
    /// Key id of the word in the built-in loaded-language lexicon.
    pub key: Option<u32>,
    /// The one-word lexicon entry a part of a hyphenated word matches.
    pub part_entry: Option<u32>,
    /// True when a lexicon entry may start at the word.
    pub starts_entry: bool,
    /// The fingerprint filter's flags of the word ([`WordFlags::FINGERPRINT`] and
    /// the three after it; others are ignored).
    pub fingerprint: WordFlags,
    /// The attribution finder's word classes, as bits (see `Facts::class`).
    pub classes: u16,
    /// The English Snowball stem of the word lowercased and normalized, when
    /// working out the rest gave it.
    pub stem: Option<String>,
}

/// Works out a word's [`WordInfo`] from its surface and lowercase forms.
pub type Describe = fn(surface: &str, lower: &str) -> WordInfo;

/// A [`Describe`] that knows nothing of any word list: keys, classes and stems
/// left empty (what a table needs that only cuts text and tells cases apart).
pub fn describe_nothing(_surface: &str, _lower: &str) -> WordInfo {
    WordInfo::default()
}

impl Facts {
    /// The facts of a word from its surface form and what `describe` says of it,
    /// and its stem when describing it gave it.
    fn of(surface: &str, lower: &str, describe: Describe) -> (Facts, Option<String>) {
        let info = describe(surface, lower);
        let cap = surface.chars().next().is_some_and(char::is_uppercase);
        let keyed = Facts::with_keys(info.key, info.part_entry, info.starts_entry, cap);
        let facts = Facts {
            classes: info.classes,
            flags: keyed
                .flags
                .with(WordFlags::ASCII, surface.is_ascii())
                .with_fingerprint(info.fingerprint),
            ..keyed
        };
        (facts, info.stem)
    }

    /// Facts holding only lexicon keys and capitalisation (what matching with a
    /// lexicon other than the built-in one needs); `starts` tells whether a match
    /// may start at the word.
    pub(crate) fn with_keys(
        key: Option<u32>,
        part_entry: Option<u32>,
        starts: bool,
        cap: bool,
    ) -> Facts {
        Facts {
            key: key.and_then(Index::new),
            part_entry: part_entry.and_then(Index::new),
            classes: 0,
            flags: WordFlags::NONE
                .with(WordFlags::STARTS_ENTRY, starts)
                .with(WordFlags::CAPITALISED, cap),
            term: None,
        }
    }

    /// The word's flags.
    pub fn flags(&self) -> WordFlags {
        self.flags
    }

    /// True when the first letter is uppercase.
    pub fn cap(&self) -> bool {
        self.flags.contains(WordFlags::CAPITALISED)
    }

    /// True when the word is ASCII (see [`WordFlags::ASCII`]).
    pub fn ascii(&self) -> bool {
        self.flags.contains(WordFlags::ASCII)
    }

    /// True when a lexicon entry may start at the word: most words are skipped
    /// on this one flag, without looking at their keys.
    pub(crate) fn starts(&self) -> bool {
        self.flags.contains(WordFlags::STARTS_ENTRY)
    }

    /// The code a vectorizer stored for the word, if it has (see [`WordTable::set_term`]).
    #[inline]
    pub(crate) fn term(&self) -> Option<u32> {
        self.term.map(Index::get)
    }

    /// Key id of the word in the built-in lexicon, when the lexicon has it.
    pub(crate) fn key(&self) -> Option<u32> {
        self.key.map(Index::get)
    }

    /// The one-word built-in lexicon entry a part of a hyphenated word matches.
    pub(crate) fn part_entry(&self) -> Option<u32> {
        self.part_entry.map(Index::get)
    }

    /// The attribution finder's word classes, as the bits the describer gave
    /// (read as typed classes by `features::sourcing`).
    pub(crate) fn class(&self) -> u16 {
        self.classes
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
    /// Start of the stem (see [`WordTable::stem`]), when there is one.
    stem: Option<Index>,
    stem_len: u32,
    slot: u32,
}

/// The distinct words seen so far, with their facts. One per thread.
///
/// Every form is kept in one growing string, so adding a word allocates nothing
/// of its own; [`WordTable::is_full`] tells when to empty it.
#[derive(Debug)]
pub struct WordTable {
    /// What the feature stages know of a word, asked once per distinct word.
    describe: Describe,
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
/// Its facts sit in a [`Cell`] so that a vectorizer can store a word's term
/// through a shared table (see [`WordTable::set_term`]).
#[derive(Debug, Clone)]
struct Slot {
    head: [u64; 2],
    len: u32,
    /// The word's id; `None` for an empty slot.
    id: Option<Index>,
    facts: Cell<Facts>,
}

/// A slot holding no word.
fn empty_slot() -> Slot {
    Slot {
        head: [0; 2],
        len: 0,
        id: None,
        facts: Cell::new(Facts::with_keys(None, None, false, false)),
    }
}

/// How many words ahead of the one being looked up its slot is fetched: a table
/// of many words does not fit in cache, and the lookups then overlap.
const AHEAD: usize = 8;

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
    /// An empty table whose words are described by `describe`.
    pub fn new(describe: Describe) -> WordTable {
        WordTable {
            describe,
            slots: Vec::new(),
            hashes: Vec::new(),
            words: Vec::new(),
            text: String::new(),
            buf: String::new(),
        }
    }

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
        let old = std::mem::replace(&mut self.slots, vec![empty_slot(); len]);
        for slot in old {
            let Some(id) = slot.id else { continue };
            let id = id.get() as usize;
            let hash = hash_word(slot.head, form(&self.text, &self.words[id]));
            let mut i = hash as usize & (len - 1);
            while self.slots[i].id.is_some() {
                i = (i + 1) & (len - 1);
            }
            self.words[id].slot = i as u32;
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
            let Some(id) = slot.id else {
                break;
            };
            let id = id.get();
            if slot.len as usize == bytes.len()
                && slot.head == head
                && (bytes.len() <= 16 || form(text, &words[id as usize]) == bytes)
            {
                return (id, slot.facts.get());
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
            describe,
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
            stem: None,
            stem_len: 0,
            slot: i as u32,
        };
        if buf != surface {
            entry.lower = text.len() as u32;
            text.push_str(buf);
        }
        let (facts, stem) = Facts::of(surface, lower_form(text, &entry), *describe);
        if let Some(stem) = stem {
            entry.stem = Index::new(text.len() as u32);
            entry.stem_len = stem.len() as u32;
            text.push_str(&stem);
        }
        words.push(entry);
        slots[i] = Slot {
            head,
            len: bytes.len() as u32,
            id: Index::new(id),
            facts: Cell::new(facts),
        };
        (id, facts)
    }

    /// Word `id` as written.
    pub fn surface(&self, id: u32) -> &str {
        let e = &self.words[id as usize];
        &self.text[e.start as usize..(e.start + e.len) as usize]
    }

    /// The code stored for word `id`, if a vectorizer has stored one.
    pub(crate) fn term(&self, id: u32) -> Option<u32> {
        let e = &self.words[id as usize];
        self.slots[e.slot as usize].facts.get().term()
    }

    /// Stores the code a vectorizer worked out for word `id` (any value but
    /// `u32::MAX`): every later reading of the word carries it in its [`Facts`],
    /// so it is worked out once. A table serves one vectorizer.
    pub(crate) fn set_term(&self, id: u32, term: u32) {
        debug_assert_ne!(term, u32::MAX);
        let e = &self.words[id as usize];
        let cell = &self.slots[e.slot as usize].facts;
        cell.set(Facts {
            term: Index::new(term),
            ..cell.get()
        });
    }

    /// The English Snowball stem of word `id` lowercased and normalized, when
    /// reading it worked that out (see [`Analyzer::term_stemmed`](crate::text::Analyzer::term_stemmed)).
    pub(crate) fn stem(&self, id: u32) -> Option<&str> {
        let e = &self.words[id as usize];
        let stem = e.stem?.get() as usize;
        Some(&self.text[stem..stem + e.stem_len as usize])
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
        self.slots.fill(empty_slot());
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

/// One word as [`read_plain`] gives it: every form worked out afresh.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlainWord {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The word lowercased (see [`lower_word`]).
    pub lower: String,
    /// Its stem, when describing it gave one.
    pub stem: Option<String>,
    /// Its facts.
    pub facts: Facts,
}

/// The reference for [`WordTable::read`]: the same words and facts, worked out
/// word by word with no table, no hashing and no cache.
pub fn read_plain(text: &str, describe: Describe) -> Vec<PlainWord> {
    let mut out = Vec::new();
    for_each_token(text, |start, end| {
        let surface = &text[start..end];
        let mut lower = String::new();
        lower_word(surface, &mut lower);
        let (facts, stem) = Facts::of(surface, &lower, describe);
        out.push(PlainWord {
            start,
            end,
            lower,
            stem,
            facts,
        });
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_id_per_surface_form_with_spans() {
        let mut table = WordTable::new(describe_nothing);
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
        let mut table = WordTable::new(describe_nothing);
        let mut words = Vec::new();
        let text = "internationalisation Internationalisations internationalisation";
        table.read(text, &mut words);
        assert_eq!(words[0].word, words[2].word);
        assert_ne!(words[0].word, words[1].word);
        assert_eq!(table.surface(words[1].word), "Internationalisations");
        assert_eq!(table.lower(words[1].word), "internationalisations");
        assert_eq!(table.surface(words[2].word), "internationalisation");
    }

    /// A describer that knows two made-up words, for the tests.
    fn describe_test(surface: &str, lower: &str) -> WordInfo {
        WordInfo {
            key: (lower == "slammed").then_some(3),
            part_entry: None,
            starts_entry: lower == "slammed",
            fingerprint: WordFlags::NONE,
            classes: if lower == "said" { 1 << 8 } else { 0 },
            stem: (lower == "slammed").then(|| format!("{}-stem", surface.len())),
        }
    }

    #[test]
    fn the_table_asks_its_describer_once_per_word_and_keeps_the_answer() {
        let mut table = WordTable::new(describe_test);
        let mut words = Vec::new();
        table.read("Slammed, he said. slammed", &mut words);
        assert_eq!(words[0].facts.key(), Some(3));
        assert!(words[0].facts.starts() && words[0].facts.cap());
        assert_eq!(words[2].facts.class(), 1 << 8);
        assert_eq!(words[1].facts.flags(), WordFlags::ASCII);
        assert_eq!(table.stem(words[0].word), Some("7-stem"));
        assert_eq!(table.stem(words[1].word), None);
        assert!(words[3].facts.key().is_some() && !words[3].facts.cap());
    }

    #[test]
    fn the_table_reads_as_the_plain_reference_does() {
        let text = "Slammed, he said: “War, war and War.” Führer Kiev’s \
                    internationalisation Internationalisations slammed 2,000 said";
        let mut table = WordTable::new(describe_test);
        let mut words = Vec::new();
        // Twice, so the second reading comes from a warm table; then after a
        // stored term and a table grown past its first size.
        for round in 0..3 {
            table.read(text, &mut words);
            let plain = read_plain(text, describe_test);
            assert_eq!(words.len(), plain.len());
            for (w, p) in words.iter().zip(&plain) {
                assert_eq!((w.start, w.end), (p.start, p.end));
                assert_eq!(
                    Facts {
                        term: None,
                        ..w.facts
                    },
                    p.facts,
                    "round {round}"
                );
                assert_eq!(table.surface(w.word), &text[p.start..p.end]);
                assert_eq!(table.lower(w.word), p.lower);
                assert_eq!(table.stem(w.word), p.stem.as_deref());
            }
            table.set_term(words[0].word, 5);
            let filler: String = (0..3000).map(|i| format!("w{i} ")).collect();
            table.read(&filler, &mut words);
        }
    }

    #[test]
    fn an_index_holds_every_value_but_the_largest() {
        for i in [0, 1, 7, u32::MAX - 1] {
            assert_eq!(Index::new(i).map(Index::get), Some(i));
        }
        assert_eq!(Index::new(u32::MAX), None);
        assert_eq!(std::mem::size_of::<Option<Index>>(), 4);
        assert_eq!(std::mem::size_of::<Facts>(), 16);
    }

    #[test]
    fn ids_survive_the_table_growing_and_emptying() {
        let text: String = (0..5000).map(|i| format!("w{i} Word{i} ")).collect();
        let mut table = WordTable::new(describe_nothing);
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
        let mut table = WordTable::new(describe_nothing);
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
