//! Splits text into sentences and paragraphs, keeping byte offsets.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (plus any closing quotes or brackets
//! right after it) when the next thing is a capital letter, a digit or an opening
//! quote, after a space or, as scraped articles often have it, with no space at
//! all (`on Tuesday.Peskov made`, `war.”He added`). A period does not end a
//! sentence after a known abbreviation (`Mr.`, `St. Petersburg`, `Jan.`) or an
//! initial (`John F. Kennedy`, `U.S. officials`). Line breaks end paragraphs,
//! except a soft wrap between two lowercase words. The sourcing extractor uses
//! sentences to scope speakers and paragraphs to decide when a quote continues.

/// One sentence: its byte span in the original text and its paragraph number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first non-space character.
    pub start: usize,
    /// Byte offset one past the last character (terminator and closing quotes included).
    pub end: usize,
    /// 0-based index of the paragraph the sentence belongs to.
    pub paragraph: usize,
}

impl Sentence {
    /// The text of this sentence.
    pub fn text<'a>(&self, original: &'a str) -> &'a str {
        &original[self.start..self.end]
    }
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»')
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[' | '«')
}

/// The word (letters and inner periods) that ends right before byte `dot`:
/// its ASCII tail read byte by byte, the rest (from a non-ASCII character on)
/// as [`word_before_plain`] reads it.
fn word_before(text: &str, dot: usize) -> &str {
    let bytes = text.as_bytes();
    let mut start = dot;
    while start > 0 {
        let b = bytes[start - 1];
        if b.is_ascii_alphanumeric() || b == b'.' {
            start -= 1;
        } else if b.is_ascii() {
            return &text[start..dot];
        } else {
            break;
        }
    }
    let head = &text[..start];
    for (i, c) in head.char_indices().rev() {
        if c.is_alphanumeric() || c == '.' {
            start = i;
        } else {
            break;
        }
    }
    &text[start..dot]
}

/// [`word_before`] one character at a time: the plain reading it must agree with.
#[cfg_attr(not(test), allow(dead_code))]
fn word_before_plain(text: &str, dot: usize) -> &str {
    let head = &text[..dot];
    let mut start = dot;
    for (i, c) in head.char_indices().rev() {
        if c.is_alphanumeric() || c == '.' {
            start = i;
        } else {
            break;
        }
    }
    &head[start..]
}

/// True when the period at byte `dot` belongs to an abbreviation or an initial.
pub(crate) fn period_is_abbreviation(text: &str, dot: usize) -> bool {
    let word = word_before(text, dot);
    if word.is_empty() {
        return false;
    }
    // One letter alone: an initial.
    let mut chars = word.chars();
    let initial = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic());
    // "F." or "U.S." (letters separated by periods).
    if word.contains('.') || initial {
        return word.chars().all(|c| c == '.' || c.is_alphabetic());
    }
    // Every abbreviation is ASCII and at most six letters: lowercase on the stack.
    if !word.is_ascii() || word.len() > 6 {
        return false;
    }
    let mut buf = [0u8; 6];
    buf[..word.len()].copy_from_slice(word.as_bytes());
    buf.make_ascii_lowercase();
    let lower = std::str::from_utf8(&buf[..word.len()]).unwrap_or_default();
    if lower == "no" || lower == "nos" {
        // "No. 10" is an abbreviation; "said no." is not.
        return text[dot + 1..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit());
    }
    super::abbreviations::takes_period(lower)
}

/// True when the line break at byte `nl` ends a paragraph (not a soft wrap).
pub(crate) fn is_paragraph_break(text: &str, nl: usize) -> bool {
    let before = text[..nl].trim_end_matches([' ', '\t', '\r']);
    let after = text[nl + 1..].trim_start_matches([' ', '\t', '\r']);
    if after.starts_with('\n') {
        return true;
    }
    let prev = before.chars().next_back();
    let next = after.chars().next();
    let soft = matches!(prev, Some(c) if c.is_lowercase() || c == ',' || c == ';')
        && matches!(next, Some(c) if c.is_lowercase());
    !soft
}

/// True for the bytes the splitter must look at one by one: terminators, line
/// breaks and any byte of a non-ASCII character.
fn is_special(b: u8) -> bool {
    !b.is_ascii() || matches!(b, b'.' | b'!' | b'?' | b'\n')
}

/// Length of the leading run of `bytes` without a [special](is_special) byte.
fn plain_run(bytes: &[u8]) -> usize {
    #[cfg(target_arch = "x86_64")]
    return plain_run_sse2(bytes);
    #[cfg(not(target_arch = "x86_64"))]
    plain_run_words(bytes)
}

/// [`plain_run`] sixteen bytes at a time with SSE2 (part of every x86-64 processor).
#[cfg(target_arch = "x86_64")]
fn plain_run_sse2(bytes: &[u8]) -> usize {
    use std::arch::x86_64::*;
    let mut i = 0;
    while let Some(chunk) = bytes.get(i..i + 16) {
        // SAFETY: the load reads the 16 bytes of `chunk` (unaligned loads are
        // allowed); SSE2 is part of the x86-64 baseline.
        let special = unsafe {
            let v = _mm_loadu_si128(chunk.as_ptr().cast());
            let eq = |c: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(c as i8));
            let marks = _mm_or_si128(
                _mm_or_si128(eq(b'.'), eq(b'!')),
                _mm_or_si128(eq(b'?'), eq(b'\n')),
            );
            // The sign bit of a byte is set for the bytes of non-ASCII characters.
            _mm_movemask_epi8(_mm_or_si128(marks, v))
        };
        if special != 0 {
            return i + special.trailing_zeros() as usize;
        }
        i += 16;
    }
    i + plain_run_words(&bytes[i..])
}

/// [`plain_run`] eight bytes at a time in 64-bit words (the portable way).
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn plain_run_words(bytes: &[u8]) -> usize {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    // Non-zero exactly when some byte of `x` equals `c`.
    let has = |x: u64, c: u8| {
        let y = x ^ (LO * u64::from(c));
        y.wrapping_sub(LO) & !y & HI
    };
    let mut i = 0;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        if (x & HI) | has(x, b'.') | has(x, b'!') | has(x, b'?') | has(x, b'\n') != 0 {
            break;
        }
        i += 8;
    }
    i + bytes[i..]
        .iter()
        .position(|&b| is_special(b))
        .unwrap_or(bytes.len() - i)
}

/// Splits `text` into sentences with byte offsets and paragraph numbers.
///
/// Linear in the length of the text; never splits inside a UTF-8 character.
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    split_sentences_into(text, &mut out);
    out
}

/// [`split_sentences`] into `out` (cleared first), reusing its room.
pub fn split_sentences_into(text: &str, out: &mut Vec<Sentence>) {
    out.clear();
    let mut start: Option<usize> = None;
    let mut paragraph = 0usize;
    let mut paragraph_used = false;
    let mut last_non_space = 0usize;
    let mut i = 0usize;
    // A date header ("date 2025-04-20") is a sentence of its own, not the first
    // sentence's opening words.
    if let Some((s, e)) = super::date_header(text) {
        out.push(Sentence {
            start: s,
            end: e,
            paragraph,
        });
        paragraph_used = true;
        i = e;
    }
    let bytes = text.as_bytes();
    while i < text.len() {
        // Fast path: a run of ASCII without terminators or line breaks only moves
        // the sentence's first and last non-space bytes.
        let run = plain_run(&bytes[i..]);
        if run > 0 {
            let seg = &bytes[i..i + run];
            let space = |b: &u8| (*b as char).is_whitespace();
            if let Some(last) = seg.iter().rposition(|b| !space(b)) {
                if start.is_none() {
                    start = seg.iter().position(|b| !space(b)).map(|p| i + p);
                }
                last_non_space = i + last + 1;
            }
            i += run;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let len = c.len_utf8();
        if c == '\n' {
            if is_paragraph_break(text, i) {
                if let Some(s) = start.take() {
                    out.push(Sentence {
                        start: s,
                        end: last_non_space,
                        paragraph,
                    });
                    paragraph_used = true;
                }
                if paragraph_used {
                    paragraph += 1;
                    paragraph_used = false;
                }
            }
            i += len;
            continue;
        }
        if c.is_whitespace() {
            i += len;
            continue;
        }
        if start.is_none() {
            start = Some(i);
        }
        last_non_space = i + len;
        if !is_terminator(c) {
            i += len;
            continue;
        }
        // Absorb runs of terminators ("?!", "...") and closing quotes or brackets.
        let mut j = i + len;
        let mut single_period = c == '.';
        let mut closers = false;
        while let Some(d) = text[j..].chars().next() {
            if is_terminator(d) {
                single_period = false;
                j += d.len_utf8();
            } else {
                break;
            }
        }
        while let Some(d) = text[j..].chars().next() {
            if is_closer(d) {
                closers = true;
                j += d.len_utf8();
            } else {
                break;
            }
        }
        let rest = &text[j..];
        let ends = match rest.chars().next() {
            None => true,
            Some(n) if n.is_whitespace() => {
                let next = rest.trim_start().chars().next();
                let starts_new = match next {
                    None => true,
                    Some(m) => m.is_uppercase() || m.is_ascii_digit() || is_opener(m),
                };
                starts_new && !(single_period && !closers && period_is_abbreviation(text, i))
            }
            Some(n) => {
                // No space: "Tuesday.Peskov", "war.”He", "Kiev.“There".
                let capital_next = n.is_uppercase() || n == '“';
                if !capital_next {
                    false
                } else if closers || !single_period {
                    true
                } else {
                    let word = word_before(text, i);
                    let prev_lower = text[..i]
                        .chars()
                        .next_back()
                        .is_some_and(|p| p.is_lowercase() || p.is_ascii_digit());
                    word.chars().count() >= 2
                        && !word.contains('.')
                        && prev_lower
                        && !period_is_abbreviation(text, i)
                }
            }
        };
        if ends {
            if let Some(s) = start.take() {
                out.push(Sentence {
                    start: s,
                    end: j,
                    paragraph,
                });
                paragraph_used = true;
            }
            last_non_space = j;
        } else {
            last_non_space = j.max(last_non_space);
        }
        i = j;
    }
    if let Some(s) = start {
        out.push(Sentence {
            start: s,
            end: last_non_space.max(s),
            paragraph,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_header_is_a_sentence_of_its_own() {
        let text = " date 2025-04-20 The council met on Tuesday.It voted to fund the bridge.";
        let got: Vec<&str> = split_sentences(text).iter().map(|s| s.text(text)).collect();
        assert_eq!(
            got,
            [
                "date 2025-04-20",
                "The council met on Tuesday.",
                "It voted to fund the bridge."
            ]
        );
        let plain = "The date 2025-04-20 was set. It held.";
        assert_eq!(split_sentences(plain).len(), 2);
    }

    #[test]
    fn plain_runs_stop_at_the_first_special_byte() {
        for text in [
            "",
            "plain words only",
            "eight b.",
            "twelve bytes then! more",
            "a much longer run of ordinary words before the stop?",
            "line\nbreak",
            "Russia’s war",
            "no special byte in these thirty-two",
            "a run of more than sixteen bytes, then a stop. After",
            "forty-odd plain bytes before a curly quote here: \u{201c}",
            "thirty-two bytes and a line break at the very end ok\n",
        ] {
            let bytes = text.as_bytes();
            let want = bytes
                .iter()
                .position(|&b| is_special(b))
                .unwrap_or(bytes.len());
            assert_eq!(plain_run(bytes), want, "{text:?}");
            assert_eq!(plain_run_words(bytes), want, "{text:?}");
        }
    }

    #[test]
    fn the_word_before_a_period_is_read_as_the_plain_reading_does() {
        let text = "Mr. Smith met U.S. officials. Ünïcode. café.Paris. 3.5 x. São.Paulo e.g. \
                    Ça. (Dr. Ng) “Rev.” naïve.é.b. ..";
        let mut checked = 0;
        for (dot, _) in text.match_indices('.') {
            assert_eq!(
                word_before(text, dot),
                word_before_plain(text, dot),
                "at {dot}"
            );
            checked += 1;
        }
        // Words ending in ASCII, in non-ASCII and in a mix are all among them.
        assert!(checked > 15);
        assert_eq!(word_before(text, text.find(". Smith").unwrap()), "Mr");
        assert_eq!(word_before("a São.", 6), "São");
    }

    fn texts(s: &str) -> Vec<&str> {
        split_sentences(s).iter().map(|x| x.text(s)).collect()
    }

    #[test]
    fn splits_on_terminators_followed_by_capitals() {
        assert_eq!(
            texts("War is over. Peace is here! Is it? Yes."),
            ["War is over.", "Peace is here!", "Is it?", "Yes."]
        );
    }

    #[test]
    fn keeps_abbreviations_and_initials_together() {
        assert_eq!(
            texts("Mr. Smith met U.S. officials in St. Petersburg. John F. Kennedy spoke."),
            [
                "Mr. Smith met U.S. officials in St. Petersburg.",
                "John F. Kennedy spoke."
            ]
        );
    }

    #[test]
    fn splits_where_a_period_is_glued_to_the_next_capital() {
        assert_eq!(
            texts("Peskov said on Tuesday.Peskov made the comments."),
            ["Peskov said on Tuesday.", "Peskov made the comments."]
        );
        assert_eq!(
            texts("It will end.”He added more. For Kiev.“There is more.”"),
            [
                "It will end.”",
                "He added more.",
                "For Kiev.",
                "“There is more.”"
            ]
        );
    }

    #[test]
    fn closing_quotes_belong_to_the_sentence_and_lowercase_continues_it() {
        assert_eq!(
            texts("“Why now?” he asked. “Because.” Then silence."),
            ["“Why now?” he asked.", "“Because.”", "Then silence."]
        );
    }

    #[test]
    fn decimals_and_domains_do_not_split() {
        assert_eq!(
            texts("It rose 3.5 percent at example.com today."),
            ["It rose 3.5 percent at example.com today."]
        );
    }

    #[test]
    fn line_breaks_end_paragraphs_but_soft_wraps_do_not() {
        let s = "Kremlin says war goes on\nThe talks, he said,\nwent on.\n\nNew paragraph here.";
        let got = split_sentences(s);
        let t: Vec<(&str, usize)> = got.iter().map(|x| (x.text(s), x.paragraph)).collect();
        assert_eq!(
            t,
            [
                ("Kremlin says war goes on", 0),
                ("The talks, he said,\nwent on.", 1),
                ("New paragraph here.", 2)
            ]
        );
    }

    #[test]
    fn odd_inputs_do_not_panic_and_spans_are_char_boundaries() {
        for s in [
            "",
            "   ",
            ".",
            "...",
            "😀. 😀! Ünïcode… Ça va?",
            "a.B.c.D",
            "“unclosed. Quote",
            "\n\n\n",
            "St.",
        ] {
            for x in split_sentences(s) {
                assert!(x.start <= x.end && x.end <= s.len(), "{s:?}");
                assert!(s.is_char_boundary(x.start) && s.is_char_boundary(x.end));
            }
        }
    }
}
