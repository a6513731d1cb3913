//! Splits text into word tokens that keep their byte offsets into the original text.
//!
//! A word is a run of letters and digits, joined across an inner apostrophe
//! (`don't`, `Russia’s`), an inner hyphen (`half-Fuhrer`, `pro-life`) or, between
//! digits, an inner `.` or `,` (`3.5`, `840,000`). URLs and e-mail addresses are
//! kept whole. Token text is the text as written; filters normalise it later.

/// One token: its (possibly normalised) text and the byte span it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The token text. As written after tokenizing; filters rewrite it in place.
    pub text: String,
    /// Byte offset of the first byte in the original text.
    pub start: usize,
    /// Byte offset one past the last byte in the original text.
    pub end: usize,
}

impl Token {
    /// The original text this token covers.
    pub fn surface<'a>(&self, original: &'a str) -> &'a str {
        &original[self.start..self.end]
    }
}

fn is_word_char(c: char) -> bool {
    // General Punctuation (curly quotes, dashes, spaces) holds no letter or digit:
    // answered here, before the slower Unicode tables.
    !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphanumeric()
}

/// `b` repeated in every byte of a `u64`.
const fn every_byte(b: u8) -> u64 {
    b as u64 * 0x0101_0101_0101_0101
}

const HIGH_BITS: u64 = every_byte(0x80);

/// The high bit of each byte of `x` (eight bytes of text, little-endian) set where
/// that byte is an ASCII letter or digit: eight bytes tested at once, with no branch.
fn ascii_alnum_bytes(x: u64) -> u64 {
    let y = x & every_byte(0x7f);
    // For bytes below 0x80: `v + (0x80 - lo)` sets the high bit when v ≥ lo, and
    // `v + (0x7f - hi)` when v > hi; neither carries into the next byte.
    let in_range = |v: u64, lo: u8, hi: u8| {
        v.wrapping_add(every_byte(0x80 - lo)) & !v.wrapping_add(every_byte(0x7f - hi))
    };
    let letters = in_range(y | every_byte(0x20), b'a', b'z');
    (in_range(y, b'0', b'9') | letters) & !x & HIGH_BITS
}

/// Eight bytes of `bytes` from `i`, when there are eight.
fn eight(bytes: &[u8], i: usize) -> Option<u64> {
    let chunk = bytes.get(i..i + 8)?;
    Some(u64::from_le_bytes(chunk.try_into().expect("eight bytes")))
}

/// The end of the run of ASCII letters and digits starting at `i`.
fn ascii_run_end(bytes: &[u8], mut i: usize) -> usize {
    while let Some(x) = eight(bytes, i) {
        let stop = !ascii_alnum_bytes(x) & HIGH_BITS;
        if stop != 0 {
            return i + (stop.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
        i += 1;
    }
    i
}

/// The first byte from `i` on that may start a word: an ASCII letter or digit, or
/// any byte of a non-ASCII character.
fn next_candidate(bytes: &[u8], mut i: usize) -> usize {
    while let Some(x) = eight(bytes, i) {
        let start = ascii_alnum_bytes(x) | (x & HIGH_BITS);
        if start != 0 {
            return i + (start.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && bytes[i] < 0x80 && !bytes[i].is_ascii_alphanumeric() {
        i += 1;
    }
    i
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

fn is_hyphen(c: char) -> bool {
    c == '-' || c == '\u{2010}' || c == '\u{2011}'
}

/// Byte length of a URL or e-mail starting at `i`, if one starts there.
fn url_len(text: &str, i: usize) -> Option<usize> {
    let rest = &text[i..];
    let lower_prefix = |p: &str| {
        rest.len() >= p.len()
            && rest.is_char_boundary(p.len())
            && rest[..p.len()].eq_ignore_ascii_case(p)
    };
    if !(lower_prefix("http://") || lower_prefix("https://") || lower_prefix("www.")) {
        return None;
    }
    let mut end = 0;
    for (j, c) in rest.char_indices() {
        if c.is_whitespace() || matches!(c, '"' | '<' | '>' | '\u{201c}' | '\u{201d}') {
            break;
        }
        end = j + c.len_utf8();
    }
    // Trailing punctuation belongs to the sentence, not the URL.
    while end > 0 {
        let last = rest[..end].chars().next_back().unwrap_or(' ');
        if matches!(
            last,
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | '\'' | '\u{2019}'
        ) {
            end -= last.len_utf8();
        } else {
            break;
        }
    }
    (end > 4).then_some(end)
}

/// The character starting at byte `i` of `text` and its length in bytes.
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        return (b as char, 1);
    }
    let c = text[i..]
        .chars()
        .next()
        .expect("a char starts at a char boundary");
    (c, c.len_utf8())
}

/// Splits `text` into tokens, calling `emit(start, end)` for each token's byte span.
///
/// The allocation-free core of [`tokenize`]; the scorer uses it directly. Most text
/// is cut 64 bytes at a time from bit masks (`Block`), a token running past a
/// block's end starting the next block; the rest goes through `next_token`,
/// which reads one character at a time where it must.
pub fn for_each_token(text: &str, mut emit: impl FnMut(usize, usize)) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        match Block::at(bytes, i) {
            Some(block) => match block.emit_tokens(i, &mut emit) {
                None => i += 64,
                // A token the block cannot settle starts the next block, unless it
                // started this one: a token that long is cut a character at a time.
                Some(start) if start > i => i = start,
                Some(start) => i = next_token(text, start, &mut emit),
            },
            None => {
                let limit = (i + 64).min(n);
                while i < limit {
                    i = next_token(text, i, &mut emit);
                }
            }
        }
    }
}

/// One token from byte `i` on (skipping what precedes it), emitted; returns where
/// the next one may start (`text.len()` when there is none).
fn next_token(text: &str, i: usize, emit: &mut impl FnMut(usize, usize)) -> usize {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let i = next_candidate(bytes, i);
    if i >= n {
        return n;
    }
    let b = bytes[i];
    // An ASCII candidate is a letter or digit; any other character is decoded.
    let (c, len) = if b < 0x80 {
        (b as char, 1)
    } else {
        char_at(text, i)
    };
    if !is_word_char(c) {
        return i + len;
    }
    if matches!(b, b'h' | b'H' | b'w' | b'W') && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()) {
        if let Some(url) = url_len(text, i) {
            emit(i, i + url);
            return i + url;
        }
    }
    let start = i;
    let mut end = i + len;
    let mut prev = c;
    loop {
        let run = end;
        end = ascii_run_end(bytes, end);
        if end > run {
            prev = bytes[end - 1] as char;
        }
        if end == n {
            break;
        }
        // Most words end at a space or a punctuation mark that joins nothing.
        let b = bytes[end];
        if b < 0x80 && !matches!(b, b'\'' | b'-' | b'.' | b',') {
            break;
        }
        let (d, dlen) = char_at(text, end);
        if is_word_char(d) {
            end += dlen;
            prev = d;
            continue;
        }
        // A joiner is kept only when a word character follows it.
        let joins =
            is_apostrophe(d) || is_hyphen(d) || ((d == '.' || d == ',') && prev.is_ascii_digit());
        if !joins || end + dlen == n {
            break;
        }
        let (next, next_len) = char_at(text, end + dlen);
        let ok = if d == '.' || d == ',' {
            next.is_ascii_digit()
        } else {
            is_word_char(next)
        };
        if !ok {
            break;
        }
        end += dlen + next_len;
        prev = next;
    }
    emit(start, end);
    end
}

/// Sixty-four bytes of text as a bit mask of the bytes that belong to words (bit k
/// for byte k): letters and digits, an apostrophe (`'` or `’`) or hyphen between
/// two of them, a `.` or `,` between two digits. Only ASCII and the common
/// punctuation `‘ ’ “ ” – —` are read this way; a block holding any other character,
/// or anything that could start a URL (a `:` or `www.`), is left to [`next_token`].
struct Block {
    word: u64,
}

/// The flag bits (the high bit of each byte) of `m` gathered into the low 8 bits.
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn gather(m: u64) -> u64 {
    ((m >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// The high bit of each byte of `x` set where the byte is `c`.
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn bytes_equal(x: u64, c: u8) -> u64 {
    let v = x ^ every_byte(c);
    // The high bit of `(v & 0x7f) + 0x7f` is set when the low seven bits are not all
    // zero, and no byte carries into the next.
    !(((v & every_byte(0x7f)).wrapping_add(every_byte(0x7f))) | v | every_byte(0x7f))
}

/// Third bytes of the punctuation `E2 80 xx` a [`Block`] reads: – — ‘ “ ”, and ’.
const PUNCTUATION: [u8; 5] = [0x93, 0x94, 0x98, 0x9c, 0x9d];
const RIGHT_QUOTE: u8 = 0x99;

/// Bit masks of 64 bytes (bit k for byte k) by the classes a [`Block`] reads.
struct Masks {
    /// ASCII letters and digits.
    alnum: u64,
    /// ASCII digits.
    digit: u64,
    /// `'` and `-`.
    joiner: u64,
    /// `.` and `,`.
    point: u64,
    /// `.`.
    dot: u64,
    /// `w` and `W`.
    w: u64,
    /// `:`.
    colon: u64,
    /// Bytes of non-ASCII characters.
    high: u64,
}

impl Masks {
    /// The masks of `chunk`.
    fn of(chunk: &[u8; 64]) -> Masks {
        #[cfg(target_arch = "x86_64")]
        return Self::of_sse2(chunk);
        #[cfg(not(target_arch = "x86_64"))]
        Self::of_words(chunk)
    }

    /// Bytes of `chunk` equal to `c`.
    fn equal(chunk: &[u8; 64], c: u8) -> u64 {
        #[cfg(target_arch = "x86_64")]
        return Self::equal_sse2(chunk, c);
        #[cfg(not(target_arch = "x86_64"))]
        Self::equal_words(chunk, c)
    }
}

#[cfg(target_arch = "x86_64")]
impl Masks {
    /// Sixteen bytes at a time with SSE2, which every x86-64 processor has.
    fn of_sse2(chunk: &[u8; 64]) -> Masks {
        use std::arch::x86_64::*;
        let lanes = Self::lanes(chunk);
        // SAFETY: SSE2 is part of the x86-64 baseline; these intrinsics only compute
        // on values (no memory is read).
        unsafe {
            let bits = |f: &dyn Fn(__m128i) -> __m128i| -> u64 {
                (0..4).fold(0, |m, k| {
                    m | (_mm_movemask_epi8(f(lanes[k])) as u16 as u64) << (16 * k)
                })
            };
            let eq = |v, c: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(c as i8));
            // Signed comparisons: bytes from 0x80 up are negative, so never in a range.
            let within = |v, lo: u8, hi: u8| {
                _mm_and_si128(
                    _mm_cmpgt_epi8(v, _mm_set1_epi8(lo as i8 - 1)),
                    _mm_cmpgt_epi8(_mm_set1_epi8(hi as i8 + 1), v),
                )
            };
            let letter = |v| within(_mm_or_si128(v, _mm_set1_epi8(0x20)), b'a', b'z');
            let digit = |v| within(v, b'0', b'9');
            Masks {
                alnum: bits(&|v| _mm_or_si128(letter(v), digit(v))),
                digit: bits(&digit),
                joiner: bits(&|v| _mm_or_si128(eq(v, b'\''), eq(v, b'-'))),
                point: bits(&|v| _mm_or_si128(eq(v, b'.'), eq(v, b','))),
                dot: bits(&|v| eq(v, b'.')),
                w: bits(&|v| eq(_mm_or_si128(v, _mm_set1_epi8(0x20)), b'w')),
                colon: bits(&|v| eq(v, b':')),
                high: bits(&|v| v),
            }
        }
    }

    /// Bytes equal to `c`.
    fn equal_sse2(chunk: &[u8; 64], c: u8) -> u64 {
        use std::arch::x86_64::*;
        let lanes = Self::lanes(chunk);
        // SAFETY: SSE2 is part of the x86-64 baseline; no memory is read here.
        unsafe {
            (0..4).fold(0, |m, k| {
                let hit = _mm_cmpeq_epi8(lanes[k], _mm_set1_epi8(c as i8));
                m | (_mm_movemask_epi8(hit) as u16 as u64) << (16 * k)
            })
        }
    }

    fn lanes(chunk: &[u8; 64]) -> [std::arch::x86_64::__m128i; 4] {
        use std::arch::x86_64::*;
        // SAFETY: each load reads 16 bytes inside `chunk`; unaligned loads are allowed.
        std::array::from_fn(|k| unsafe { _mm_loadu_si128(chunk.as_ptr().add(16 * k).cast()) })
    }
}

/// The portable way, also the reference the SSE2 way is tested against.
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
impl Masks {
    /// Eight bytes at a time in 64-bit words.
    fn of_words(chunk: &[u8; 64]) -> Masks {
        let mut m = Masks {
            alnum: 0,
            digit: 0,
            joiner: 0,
            point: 0,
            dot: 0,
            w: 0,
            colon: 0,
            high: 0,
        };
        for (k, lane) in chunk.chunks_exact(8).enumerate() {
            let x = u64::from_le_bytes(lane.try_into().expect("eight bytes"));
            let ascii = !x & HIGH_BITS;
            let y = x & every_byte(0x7f);
            let digits = y.wrapping_add(every_byte(0x80 - b'0'))
                & !y.wrapping_add(every_byte(0x7f - b'9'))
                & ascii;
            let dots = bytes_equal(x, b'.');
            let shift = 8 * k;
            m.high |= gather(x & HIGH_BITS) << shift;
            m.colon |= gather(bytes_equal(x, b':')) << shift;
            m.alnum |= gather(ascii_alnum_bytes(x)) << shift;
            m.digit |= gather(digits) << shift;
            m.joiner |= gather(bytes_equal(x, b'\'') | bytes_equal(x, b'-')) << shift;
            m.point |= gather(dots | bytes_equal(x, b',')) << shift;
            m.dot |= gather(dots) << shift;
            m.w |= gather(bytes_equal(x | every_byte(0x20), b'w') & ascii) << shift;
        }
        m
    }

    /// Bytes equal to `c`.
    fn equal_words(chunk: &[u8; 64], c: u8) -> u64 {
        (chunk.chunks_exact(8).enumerate()).fold(0, |m, (k, lane)| {
            let x = u64::from_le_bytes(lane.try_into().expect("eight bytes"));
            m | gather(bytes_equal(x, c)) << (8 * k)
        })
    }
}

impl Block {
    /// The block of the 64 bytes at `i`, if there are 64 and [`Block`] can read them.
    fn at(bytes: &[u8], i: usize) -> Option<Block> {
        let chunk: &[u8; 64] = bytes.get(i..i + 64)?.try_into().expect("64 bytes");
        let Masks {
            alnum,
            digit,
            joiner,
            point,
            dot,
            w,
            colon,
            high,
        } = Masks::of(chunk);
        let www_dot = w & (w >> 1) & (w >> 2) & (dot >> 3);
        if colon != 0 || www_dot != 0 {
            return None;
        }
        // Bit k of `x << 1` is byte k - 1's, of `x >> 1` byte k + 1's.
        let mut word =
            alnum | (joiner & (alnum << 1) & (alnum >> 1)) | (point & (digit << 1) & (digit >> 1));
        if high != 0 {
            let lead = Masks::equal(chunk, 0xe2);
            let second = Masks::equal(chunk, 0x80);
            let quote = Masks::equal(chunk, RIGHT_QUOTE);
            let other = PUNCTUATION
                .iter()
                .fold(0, |m, &c| m | Masks::equal(chunk, c));
            // Bit k set where `E2 80 xx` starts at byte k, whole inside the block.
            let marks = lead & (second >> 1) & ((quote | other) >> 2);
            if marks | (marks << 1) | (marks << 2) != high {
                return None; // some other non-ASCII character
            }
            // ’ between two letters or digits is an apostrophe: all three bytes join.
            let apostrophe = lead & (second >> 1) & (quote >> 2) & (alnum << 1) & (alnum >> 3);
            word |= apostrophe | (apostrophe << 1) | (apostrophe << 2);
        }
        Some(Block { word })
    }

    /// Emits the tokens of the block at `base` that end by its 60th byte (the four
    /// bytes after a token's end decide whether a joiner continues it). Returns the
    /// start of the first token left over, if any.
    fn emit_tokens(&self, base: usize, emit: &mut impl FnMut(usize, usize)) -> Option<usize> {
        let word = self.word;
        let mut starts = word & !(word << 1);
        let ends = word & !(word >> 1);
        while starts != 0 {
            let s = starts.trailing_zeros();
            let e = s + (ends >> s).trailing_zeros();
            if e > 59 {
                return Some(base + s as usize);
            }
            emit(base + s as usize, base + e as usize + 1);
            starts &= starts - 1;
        }
        None
    }
}

/// Splits `text` into tokens with their byte offsets. The text of each token is as written.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 6);
    for_each_token(text, |start, end| {
        out.push(Token {
            text: text[start..end].to_string(),
            start,
            end,
        })
    });
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The tokenizer's rules read one character at a time: the reference that the
    /// byte-stepping [`for_each_token`] must agree with.
    fn reference_spans(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let bytes = text.as_bytes();
        let mut iter = text.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if !is_word_char(c) {
                continue;
            }
            if matches!(c, 'h' | 'H' | 'w' | 'W')
                && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
            {
                if let Some(len) = url_len(text, i) {
                    out.push((i, i + len));
                    while iter.peek().is_some_and(|&(j, _)| j < i + len) {
                        iter.next();
                    }
                    continue;
                }
            }
            let (mut end, mut prev) = (i + c.len_utf8(), c);
            while let Some(&(j, d)) = iter.peek() {
                if is_word_char(d) {
                    iter.next();
                    (end, prev) = (j + d.len_utf8(), d);
                    continue;
                }
                let joins = is_apostrophe(d)
                    || is_hyphen(d)
                    || ((d == '.' || d == ',') && prev.is_ascii_digit());
                let next = text[j + d.len_utf8()..].chars().next();
                let ok = match next {
                    Some(n) if d == '.' || d == ',' => n.is_ascii_digit(),
                    Some(n) => is_word_char(n),
                    None => false,
                };
                if !(joins && ok) {
                    break;
                }
                iter.next();
                prev = d;
            }
            out.push((i, end));
        }
        out
    }

    #[test]
    fn eight_bytes_at_once_agree_with_one_at_a_time() {
        for b in 0..=255u8 {
            for pos in 0..8 {
                // The byte among neighbours of every kind, so a carry would show.
                for fill in [0u8, b'z', 0x7f, 0x80, 0xff] {
                    let mut chunk = [fill; 8];
                    chunk[pos] = b;
                    let got = ascii_alnum_bytes(u64::from_le_bytes(chunk));
                    for (k, &byte) in chunk.iter().enumerate() {
                        let high = got >> (8 * k + 7) & 1 == 1;
                        assert_eq!(high, byte.is_ascii_alphanumeric(), "byte {byte:#x} at {k}");
                    }
                }
            }
        }
    }

    #[test]
    fn general_punctuation_holds_no_word_character() {
        for c in '\u{2000}'..='\u{206f}' {
            assert!(!c.is_alphanumeric(), "{c:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn byte_stepping_agrees_with_the_reference(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "a", "Z", "9", "é", "ß", "日", "٣", " ", "\n", "'", "\u{2019}", "-", "\u{2011}",
                ".", ",", "1.", "2,", "\"", "Internationally", "0123456789", "         ", ";:!?()[]", "\u{201c}", "http://x.org/a", "www.", "h", "W", "e@x", "—", ")",
            ]), 0..40)
        ) {
            let text: String = parts.concat();
            let mut got = Vec::new();
            for_each_token(&text, |a, b| got.push((a, b)));
            proptest::prop_assert_eq!(got, reference_spans(&text));
        }
    }

    proptest::proptest! {
        /// Long stretches of plain ASCII go through the 64-byte blocks; the rare
        /// parts send a block (or a token crossing its end) the slow way.
        #[test]
        fn blocks_agree_with_the_reference_over_long_texts(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "the ", "Senate ", "voted ", "a", "9", " ", ", ", ". ", "\n", "-", "'", "1.", "2,",
                "3", "don't ", "half-Fuhrer ", "Internationally", "0123456789", "(", ")", "w", "ww",
                "www.", "http://x.org/a ", ":", "é", "\u{2019}", "\u{201c}", "\"", "h", "\u{2014}",
                "\u{2018}", "\u{201d}", "\u{2013}", "\u{2026}", "don\u{2019}t ",
            ]), 0..400)
        ) {
            let text: String = parts.concat();
            let mut got = Vec::new();
            for_each_token(&text, |a, b| got.push((a, b)));
            proptest::prop_assert_eq!(got, reference_spans(&text));
        }
    }

    #[test]
    fn tokens_across_every_block_boundary_agree_with_the_reference() {
        for tail in [
            "ab-cd 1.5, 2,000 don't x",
            "a'b w-w 9.9.9 end",
            "www.x.org a",
            "q\u{2019}s “z”",
        ] {
            for pad in 0..140 {
                let text = format!(
                    "{}{tail} {}",
                    "y ".repeat(pad / 2) + &" ".repeat(pad % 2),
                    "z ".repeat(40)
                );
                let mut got = Vec::new();
                for_each_token(&text, |a, b| got.push((a, b)));
                assert_eq!(got, reference_spans(&text), "{text:?}");
            }
        }
    }

    #[test]
    fn every_way_of_masking_a_block_agrees_byte_by_byte() {
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        for round in 0..4000 {
            let mut chunk = [0u8; 64];
            for b in chunk.iter_mut() {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                // Mostly the bytes the masks pick out, some of any value.
                const PICKS: &[u8] = b"aZz09 '-.,:wW@[`{/\x80\xe2\x99";
                *b = if round % 2 == 0 {
                    PICKS[(x % PICKS.len() as u64) as usize]
                } else {
                    x as u8
                };
            }
            let m = Masks::of(&chunk);
            let bit = |k: usize, yes: bool| u64::from(yes) << k;
            let want =
                |f: &dyn Fn(u8) -> bool| -> u64 { (0..64).fold(0, |a, k| a | bit(k, f(chunk[k]))) };
            assert_eq!(m.alnum, want(&|b| b.is_ascii_alphanumeric()));
            assert_eq!(m.digit, want(&|b| b.is_ascii_digit()));
            assert_eq!(m.joiner, want(&|b| b == b'\'' || b == b'-'));
            assert_eq!(m.point, want(&|b| b == b'.' || b == b','));
            assert_eq!(m.dot, want(&|b| b == b'.'));
            assert_eq!(m.w, want(&|b| b == b'w' || b == b'W'));
            assert_eq!(m.colon, want(&|b| b == b':'));
            assert_eq!(m.high, want(&|b| b >= 0x80));
            for c in [0xe2, 0x80, 0x99, b'a'] {
                assert_eq!(Masks::equal(&chunk, c), want(&|b| b == c));
            }
            let w = Masks::of_words(&chunk);
            assert_eq!(
                (w.alnum, w.digit, w.joiner, w.point),
                (m.alnum, m.digit, m.joiner, m.point)
            );
            assert_eq!((w.dot, w.w, w.colon, w.high), (m.dot, m.w, m.colon, m.high));
            assert_eq!(Masks::equal_words(&chunk, 0xe2), Masks::equal(&chunk, 0xe2));
        }
    }

    #[test]
    fn words_longer_than_a_block_are_whole() {
        for len in [59, 60, 61, 63, 64, 65, 130] {
            let long = "ab".repeat(len).chars().take(len).collect::<String>();
            let text = format!("{} {long} {long}-{long} z", "y ".repeat(len % 7));
            let mut got = Vec::new();
            for_each_token(&text, |a, b| got.push((a, b)));
            assert_eq!(got, reference_spans(&text), "{len}");
        }
    }

    #[test]
    fn gather_collects_one_flag_per_byte() {
        for pattern in 0..=255u64 {
            let mut m = 0u64;
            for k in 0..8 {
                if pattern >> k & 1 == 1 {
                    m |= 0x80 << (8 * k);
                }
            }
            assert_eq!(gather(m), pattern);
        }
    }

    /// Checks one token's text and byte span.
    pub(crate) fn assert_token(token: &Token, text: &str, start: usize, end: usize) {
        assert_eq!(token.text, text, "token text");
        assert_eq!((token.start, token.end), (start, end), "span of {text:?}");
    }

    fn texts(s: &str) -> Vec<String> {
        tokenize(s).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn splits_on_spaces_and_punctuation_with_offsets() {
        let t = tokenize("Peskov said: war, again.");
        assert_eq!(t.len(), 4);
        assert_token(&t[0], "Peskov", 0, 6);
        assert_token(&t[1], "said", 7, 11);
        assert_token(&t[2], "war", 13, 16);
        assert_token(&t[3], "again", 18, 23);
    }

    #[test]
    fn keeps_inner_apostrophes_and_hyphens() {
        assert_eq!(
            texts("don't Russia’s half-Fuhrer pro-life"),
            ["don't", "Russia’s", "half-Fuhrer", "pro-life"]
        );
        // Outer apostrophes and dangling hyphens are punctuation.
        assert_eq!(texts("'quoted' well- -so"), ["quoted", "well", "so"]);
    }

    #[test]
    fn keeps_numbers_whole() {
        assert_eq!(
            texts("$840 billion, 3.5% of 1,000,000."),
            ["840", "billion", "3.5", "of", "1,000,000"]
        );
        assert_eq!(texts("in 2016, then"), ["in", "2016", "then"]);
    }

    #[test]
    fn keeps_urls_whole_without_trailing_punctuation() {
        let s = "See https://example.org/a?b=1. Or www.example.com, now";
        let t = tokenize(s);
        assert_eq!(t[1].surface(s), "https://example.org/a?b=1");
        assert_eq!(t[3].surface(s), "www.example.com");
        assert_eq!(t[4].text, "now");
        // A word that merely starts with "www" or "http" is a word.
        assert_eq!(texts("httpd wwwx"), ["httpd", "wwwx"]);
    }

    #[test]
    fn offsets_are_bytes_in_unicode_text() {
        let s = "Führer — «Kyiv» 東京 café";
        let t = tokenize(s);
        let surf: Vec<&str> = t.iter().map(|t| t.surface(s)).collect();
        assert_eq!(surf, ["Führer", "Kyiv", "東京", "café"]);
        for tok in &t {
            assert_eq!(&s[tok.start..tok.end], tok.text);
        }
    }

    #[test]
    fn empty_and_punctuation_only_give_no_tokens() {
        assert!(tokenize("").is_empty());
        assert!(tokenize(" \n\t ... !!! — ").is_empty());
    }
}
