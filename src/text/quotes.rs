//! Quotations: the spans between `"` or “ ” marks, found in one linear scan.
//!
//! The one quote finder of slant: the attribution finder reads speakers beside
//! these spans, and the loaded-language matcher uses them to tell the outlet's
//! words from quoted ones.

use super::sentences::is_paragraph_break;

/// One quotation: the marks and the words between them.
#[derive(Debug, Clone, Copy)]
pub(crate) struct QuoteSpan {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset just past the closing mark (or the end of an unclosed quote).
    pub close_end: usize,
    /// Byte span of the quoted words.
    pub inner_start: usize,
    pub inner_end: usize,
    /// False when the quote ran to the end of its paragraph unclosed.
    pub closed: bool,
}

/// Finds quotations marked with `"` or “ ”, into `out` (cleared first, its room
/// reused). An unclosed quote ends at its paragraph. The loaded-language matcher
/// uses the same spans to tell the outlet's words from quoted ones.
pub(crate) fn find_quotes_into(text: &str, out: &mut Vec<QuoteSpan>) {
    out.clear();
    let mut open: Option<(usize, usize)> = None;
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
    // Only `"`, a line break and the three-byte marks starting 0xE2 matter.
    let marks = memchr::memchr3_iter(b'"', b'\n', 0xE2, text.as_bytes())
        .filter_map(|i| text[i..].chars().next().map(|c| (i, c)));
    for (i, c) in marks {
        match c {
            '“' => {
                if let Some((o, s)) = open.take() {
                    out.push(unclosed(o, s, i));
                }
                open = Some((i, i + c.len_utf8()));
            }
            '”' => {
                if let Some((o, s)) = open.take() {
                    out.push(QuoteSpan {
                        open: o,
                        close_end: i + c.len_utf8(),
                        inner_start: s,
                        inner_end: i,
                        closed: true,
                    });
                }
            }
            '"' => match open.take() {
                Some((o, s)) => out.push(QuoteSpan {
                    open: o,
                    close_end: i + 1,
                    inner_start: s,
                    inner_end: i,
                    closed: true,
                }),
                None => open = Some((i, i + 1)),
            },
            '\n' => {
                if let Some((o, s)) = open {
                    if is_paragraph_break(text, i) {
                        out.push(unclosed(o, s, i));
                        open = None;
                    }
                }
            }
            _ => {}
        }
    }
    if let Some((o, s)) = open {
        out.push(unclosed(o, s, text.len()));
    }
}
