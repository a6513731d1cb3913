//! Quotations: the spans between `"` or “ ” marks, found in one linear scan.
//!
//! The one quote finder of slant: the attribution finder reads speakers beside
//! these spans, and the loaded-language matcher uses them to tell the outlet's
//! words from quoted ones.

use super::sentences::is_paragraph_break;

/// One quotation: the marks and the words between them.
#[derive(Debug, Clone, Copy)]
pub struct QuoteSpan {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset just past the closing mark (or the end of an unclosed quote).
    pub close_end: usize,
    /// Byte offset of the first quoted word.
    pub inner_start: usize,
    /// Byte offset just past the last quoted word.
    pub inner_end: usize,
    /// False when the quote ran to the end of its paragraph unclosed.
    pub closed: bool,
}

/// The word that makes the quotation right after it a name the writer keeps a distance
/// from, not anyone's speech: the so-called “infrastructure fund”.
pub const NAME_MARKER: &str = "so-called";

/// True when the quotation opening at byte `open` of `text` follows [`NAME_MARKER`]
/// (any case, spaces between).
pub fn follows_name_marker(text: &str, open: usize) -> bool {
    let before = text.get(..open).unwrap_or("").trim_end();
    let n = NAME_MARKER.len();
    before.len() >= n
        && before.is_char_boundary(before.len() - n)
        && before[before.len() - n..].eq_ignore_ascii_case(NAME_MARKER)
        && !before[..before.len() - n]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
}

/// Which mark opened the quotation being read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Opener {
    /// `"` or “.
    Double,
    /// Two apostrophes, `''` (as some archives write quotation marks).
    Apostrophes,
    /// A curly single quote, ‘.
    Single,
}

/// Finds quotations marked with `"`, “ ”, `''` or ‘ ’, into `out` (cleared first,
/// its room reused). An unclosed double quote ends at its paragraph; an unclosed
/// single one is no quotation (‘90s). A ’ closes a single quote only where no
/// letter follows it (so "don’t" does not), and marks of another kind inside an
/// open quotation are part of it. The loaded-language matcher uses the same spans
/// to tell the outlet's words from quoted ones.
pub fn find_quotes_into(text: &str, out: &mut Vec<QuoteSpan>) {
    out.clear();
    let bytes = text.as_bytes();
    let mut open: Option<(usize, usize, Opener)> = None;
    let unclosed = |o: usize, s: usize, at: usize| {
        let inner_end = s + text[s..at].trim_end().len();
        QuoteSpan {
            open: o,
            close_end: inner_end,
            inner_start: s,
            inner_end,
            closed: false,
        }
    };
    let closed = |o: usize, s: usize, at: usize, len: usize| QuoteSpan {
        open: o,
        close_end: at + len,
        inner_start: s,
        inner_end: at,
        closed: true,
    };
    // Only `"`, a line break, the three-byte marks starting 0xE2 and (when the
    // text has two in a row) apostrophes matter.
    let apostrophes = memchr::memmem::find(bytes, b"''").is_some();
    let marks = memchr::memchr3_iter(b'"', b'\n', 0xE2, bytes);
    let pairs = apostrophes
        .then(|| memchr::memmem::find_iter(bytes, b"''"))
        .into_iter()
        .flatten();
    let mut pairs = pairs.peekable();
    let mut marks = marks.peekable();
    loop {
        // The two sorted streams, merged.
        let (i, c) = match (marks.peek(), pairs.peek()) {
            (Some(&m), Some(&p)) if p < m => {
                pairs.next();
                (p, '\'')
            }
            (Some(&m), _) => {
                marks.next();
                match text[m..].chars().next() {
                    Some(c) => (m, c),
                    None => continue,
                }
            }
            (None, Some(&p)) => {
                pairs.next();
                (p, '\'')
            }
            (None, None) => break,
        };
        match c {
            '“' => match open {
                Some((o, st, Opener::Double)) => {
                    out.push(unclosed(o, st, i));
                    open = Some((i, i + c.len_utf8(), Opener::Double));
                }
                // A double mark inside a single quote: the single one was an apostrophe.
                Some((_, _, Opener::Single)) | None => {
                    open = Some((i, i + c.len_utf8(), Opener::Double))
                }
                Some(_) => {}
            },
            '”' => {
                if let Some((o, st, Opener::Double)) = open {
                    out.push(closed(o, st, i, c.len_utf8()));
                    open = None;
                }
            }
            '"' => match open {
                Some((o, st, Opener::Double)) => {
                    out.push(closed(o, st, i, 1));
                    open = None;
                }
                Some((_, _, Opener::Single)) | None => open = Some((i, i + 1, Opener::Double)),
                Some(_) => {}
            },
            '\'' => match open {
                Some((o, st, Opener::Apostrophes)) => {
                    out.push(closed(o, st, i, 2));
                    open = None;
                }
                Some((_, _, Opener::Single)) | None => open = Some((i, i + 2, Opener::Apostrophes)),
                Some(_) => {}
            },
            '‘' => {
                let before = text[..i].chars().next_back();
                let after = text[i + c.len_utf8()..].chars().next();
                let opens = before.is_none_or(|b| {
                    b.is_whitespace() || matches!(b, '(' | '[' | '—' | '–' | ':' | '-')
                }) && after.is_some_and(|a| !a.is_ascii_digit() && !a.is_whitespace());
                if open.is_none() && opens {
                    open = Some((i, i + c.len_utf8(), Opener::Single));
                }
            }
            '’' => {
                if let Some((o, st, Opener::Single)) = open {
                    let after = text[i + c.len_utf8()..].chars().next();
                    if !after.is_some_and(char::is_alphanumeric) {
                        out.push(closed(o, st, i, c.len_utf8()));
                        open = None;
                    }
                }
            }
            '\n' => {
                if let Some((o, st, kind)) = open {
                    if is_paragraph_break(text, i) {
                        if kind != Opener::Single {
                            out.push(unclosed(o, st, i));
                        }
                        open = None;
                    }
                }
            }
            _ => {}
        }
    }
    if let Some((o, st, kind)) = open {
        if kind != Opener::Single {
            out.push(unclosed(o, st, text.len()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quotation_follows_the_name_marker_only_as_a_whole_word() {
        let t = "the So-called \u{201c}fund\u{201d} and the \"plan\"";
        let mut q = Vec::new();
        find_quotes_into(t, &mut q);
        assert_eq!(q.len(), 2);
        assert!(follows_name_marker(t, q[0].open));
        assert!(!follows_name_marker(t, q[1].open));
        assert!(!follows_name_marker("also-called \"x\"", 12));
        assert!(!follows_name_marker("\"x\"", 0));
    }
}
