//! The limits that keep memory bounded whatever the input, named in one place.
//!
//! Every stage reads its limits from here, so no lower stage reaches up into
//! a higher one (scoring, the CLI) for a number.

/// The largest article read by default, in bytes: a text file, stdin, or one JSONL line.
/// Long news articles are under 100 kB; the limit keeps memory bounded on endless input.
pub const MAX_ARTICLE_BYTES: usize = 10_000_000;

/// The per-thread table of distinct words (and the per-word caches beside it) is
/// emptied when it passes this many words, so scoring memory stays bounded however
/// many distinct words a corpus holds (about 20 MB per thread at the limit).
pub const WORD_CACHE_WORDS: usize = 250_000;

/// Bytes of word text past which the per-thread word table counts as full.
pub const WORD_CACHE_BYTES: usize = 16 << 20;

/// How many articles a streamed HTML page's table of contents lists, so that its
/// memory stays bounded however long the corpus.
pub const HTML_CONTENTS: usize = 1000;

/// How many words on either side of a verb of saying its reported clause may reach:
/// the sentence is read through this window, so the work per verb stays bounded and
/// a sentence of thousands of clauses costs linear, not quadratic, time. News
/// sentences are far shorter, and their reports are unchanged.
pub const REPORT_WINDOW_WORDS: usize = 400;
