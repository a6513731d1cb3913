//! One web page → its article: character set, a nesting guard, main-text extraction.
//!
//! Extraction itself is rs-trafilatura's (a port of trafilatura on html5ever). What
//! is done here is what it leaves to its caller: choosing the character set (a byte
//! order mark, the HTTP header, the page's own declaration, and a check that the
//! declaration is not wrong), bounding the work a hostile page can cause (size, and
//! nesting that recursive tree walks would follow), and catching a panic as a
//! per-page error.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use std::borrow::Cow;

/// Elements nested deeper than this have their tags dropped (their text is kept), so
/// that tree walks stay shallow however the page is nested. Real pages stay well under
/// a hundred.
pub const MAX_NESTING: usize = 256;

/// Elements a page may hold. Real pages hold a few thousand; parsing costs about a
/// kilobyte of memory and tens of microseconds per element, so the limit keeps one
/// page under a few seconds and a few hundred megabytes.
pub const MAX_ELEMENTS: usize = 100_000;

/// Attributes one tag may hold. Real tags hold a few dozen; the HTML parser checks
/// each new attribute against every earlier one of its tag, so a tag of 200,000
/// attributes took minutes, and this limit keeps a tag's cost under a millisecond.
pub const MAX_ATTRIBUTES: usize = 1_000;

/// Bytes of a page searched for a `<meta charset>` declaration (as browsers do).
const PRESCAN_BYTES: usize = 1024;

/// What was found in one page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extracted {
    /// The headline.
    pub title: Option<String>,
    /// The author line.
    pub byline: Option<String>,
    /// The publication date the page gives (`YYYY-MM-DD`).
    pub date: Option<String>,
    /// The page's own address (canonical link or `og:url`), when it gives one.
    pub url: Option<String>,
    /// The article body, paragraphs separated by a blank line.
    pub text: String,
    /// Characters of visible page text left out (menus, links, captions, comments).
    pub dropped_chars: usize,
}

/// Decodes a page: a byte order mark wins, then `http_charset` (from a Content-Type
/// header), then the page's `<meta>` declaration, then UTF-8. A declaration that the
/// bytes contradict (valid UTF-8 declared as a legacy set, or invalid UTF-8 declared as
/// UTF-8) is overruled: UTF-8 when the bytes are valid UTF-8, else windows-1252.
pub fn decode<'a>(bytes: &'a [u8], http_charset: Option<&str>) -> Cow<'a, str> {
    if let Some((encoding, _)) = Encoding::for_bom(bytes) {
        return encoding.decode_with_bom_removal(bytes).0;
    }
    let declared = http_charset
        .and_then(|c| Encoding::for_label(c.trim().as_bytes()))
        .or_else(|| meta_charset(&bytes[..bytes.len().min(PRESCAN_BYTES)]));
    let valid_utf8 = std::str::from_utf8(bytes).is_ok();
    let encoding = match declared {
        // UTF-16 declared in a page without a byte order mark is a wrong declaration:
        // the markup read as ASCII, so the page is ASCII-compatible.
        Some(e) if e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE => {
            if valid_utf8 {
                UTF_8
            } else {
                WINDOWS_1252
            }
        }
        Some(e) if e != UTF_8 && valid_utf8 && !bytes.is_ascii() => UTF_8,
        Some(e) if e == UTF_8 && !valid_utf8 && mostly_invalid(bytes) => WINDOWS_1252,
        Some(e) => e,
        None if valid_utf8 => UTF_8,
        None if mostly_invalid(bytes) => WINDOWS_1252,
        None => UTF_8,
    };
    encoding.decode_without_bom_handling(bytes).0
}

/// True when most non-ASCII bytes are not part of a UTF-8 sequence: a page in a
/// legacy single-byte set rather than UTF-8 with a few broken bytes.
fn mostly_invalid(bytes: &[u8]) -> bool {
    let non_ascii = bytes.iter().filter(|b| !b.is_ascii()).count();
    let lossy = String::from_utf8_lossy(bytes);
    let replaced = lossy.matches('\u{FFFD}').count();
    replaced * 2 > non_ascii.max(1)
}

/// The character set a page declares in `<meta charset=...>` or
/// `<meta http-equiv="Content-Type" content="...; charset=...">`.
fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = memchr::memmem::find(&lower[from..], b"<meta") {
        let start = from + at;
        let end = memchr::memchr(b'>', &lower[start..]).map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = memchr::memmem::find(tag, b"charset") {
            let rest = &tag[c + 7..];
            let rest = rest.trim_ascii_start();
            if let Some(rest) = rest.strip_prefix(b"=") {
                let rest = rest.trim_ascii_start();
                let rest = rest.strip_prefix(b"\"").unwrap_or(rest);
                let rest = rest.strip_prefix(b"'").unwrap_or(rest);
                let len = rest
                    .iter()
                    .position(|b| {
                        matches!(b, b'"' | b'\'' | b';' | b'/' | b'>') || b.is_ascii_whitespace()
                    })
                    .unwrap_or(rest.len());
                if let Some(e) = Encoding::for_label(&rest[..len]) {
                    return Some(e);
                }
            }
        }
        from = end;
    }
    None
}

/// Elements without an end tag.
const VOID: &[&[u8]] = &[
    b"area",
    b"base",
    b"br",
    b"col",
    b"embed",
    b"hr",
    b"img",
    b"input",
    b"link",
    b"meta",
    b"param",
    b"source",
    b"track",
    b"wbr",
    b"keygen",
    b"command",
    b"basefont",
    b"frame",
    b"isindex",
    b"image",
];

/// Elements whose end tag may be left out (closed by the next one), so never deep.
const OPTIONAL_END: &[&[u8]] = &[
    b"p",
    b"li",
    b"dt",
    b"dd",
    b"tr",
    b"td",
    b"th",
    b"option",
    b"optgroup",
    b"thead",
    b"tbody",
    b"tfoot",
    b"colgroup",
    b"rb",
    b"rt",
    b"rtc",
    b"rp",
    b"caption",
    b"html",
    b"head",
    b"body",
];

/// Elements whose content is text, not markup.
const RAW_TEXT: &[&[u8]] = &[
    b"script",
    b"style",
    b"textarea",
    b"title",
    b"xmp",
    b"noembed",
    b"noframes",
    b"plaintext",
    b"iframe",
];

/// One tag found by [`scan_tags`].
struct Tag<'a> {
    /// Byte range of the whole tag (`<` to `>`, or to the end of the page).
    start: usize,
    end: usize,
    /// The lowercased name (empty for comments, doctypes and processing instructions).
    name: Cow<'a, [u8]>,
    closing: bool,
    self_closing: bool,
}

/// Calls `f` for every tag of `html`, in order (comments and doctypes as nameless,
/// self-closing tags), skipping the content of raw-text elements (scripts, styles);
/// one pass, no allocation for lowercase names.
fn scan_tags<'a>(html: &'a [u8], mut f: impl FnMut(&Tag<'a>)) {
    let mut i = 0;
    while let Some(at) = memchr::memchr(b'<', &html[i..]) {
        let start = i + at;
        let rest = &html[start + 1..];
        if rest.starts_with(b"!--") {
            i = memchr::memmem::find(&rest[3..], b"-->").map_or(html.len(), |e| start + 4 + e + 3);
            f(&markup(start, i));
            continue;
        }
        let closing = rest.first() == Some(&b'/');
        let name_from = start + 1 + usize::from(closing);
        let name_len = html[name_from..]
            .iter()
            .position(|b| !b.is_ascii_alphanumeric() && *b != b'-' && *b != b':')
            .unwrap_or(html.len() - name_from);
        if name_len == 0 {
            // `<!doctype>`, `<?xml>`, `</>` or a lone `<` in text.
            let special = matches!(rest.first(), Some(b'!' | b'?'));
            if special {
                i = memchr::memchr(b'>', rest).map_or(html.len(), |e| start + 2 + e);
                f(&markup(start, i));
            } else {
                i = start + 1;
            }
            continue;
        }
        let end = tag_end(html, name_from + name_len);
        let raw = &html[name_from..name_from + name_len];
        let name: Cow<[u8]> = match raw.iter().any(u8::is_ascii_uppercase) {
            true => Cow::Owned(raw.to_ascii_lowercase()),
            false => Cow::Borrowed(raw),
        };
        let self_closing = end >= 2 && html[end - 2] == b'/';
        let tag = Tag {
            start,
            end,
            name,
            closing,
            self_closing,
        };
        f(&tag);
        i = end;
        if !closing && RAW_TEXT.contains(&tag.name.as_ref()) {
            // The content runs to the matching end tag, whatever it holds.
            let mut close = b"</".to_vec();
            close.extend_from_slice(&tag.name);
            let lower_rest = &html[end..];
            i = find_ascii_ci(lower_rest, &close).map_or(html.len(), |e| end + e);
        }
    }
}

/// A comment, doctype or processing instruction from `start` to `end`: no element.
fn markup<'a>(start: usize, end: usize) -> Tag<'a> {
    Tag {
        start,
        end,
        name: Cow::Borrowed(b""),
        closing: false,
        self_closing: true,
    }
}

/// The byte after the `>` that ends a tag whose attributes start at `from`; quoted
/// attribute values may hold `>`.
fn tag_end(html: &[u8], from: usize) -> usize {
    let mut quote = None;
    for (k, &b) in html[from..].iter().enumerate() {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if q == b => quote = None,
            (None, b'>') => return from + k + 1,
            // A quote never closed: the tag ends at the first `>` after all.
            (Some(_), b'<') if html[from + k..].starts_with(b"</") => {
                return memchr::memchr(b'>', &html[from..]).map_or(html.len(), |e| from + e + 1)
            }
            _ => {}
        }
    }
    html.len()
}

/// How many attributes the inside of a tag after its name holds (`a=1 b c = "d"`: 3):
/// the words outside quoted values, less those that are a value or an `=`.
fn attributes(inside: &[u8]) -> usize {
    let (mut n, mut quote, mut space, mut after_eq) = (0usize, None, true, false);
    for &b in inside {
        match (quote, b) {
            (Some(q), _) if q == b => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => {
                quote = Some(b);
                after_eq = false;
                space = false;
            }
            (None, b'=') => {
                after_eq = true;
                space = false;
            }
            (None, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>') => space = true,
            (None, _) => {
                if space && !after_eq {
                    n += 1;
                }
                after_eq = false;
                space = false;
            }
        }
    }
    n
}

/// The first place `needle` (lowercase ASCII) occurs in `hay`, ignoring ASCII case.
fn find_ascii_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let first = needle[0];
    let mut from = 0;
    while let Some(at) = memchr::memchr2(first, first.to_ascii_uppercase(), &hay[from..]) {
        let k = from + at;
        if hay.len() - k >= needle.len() && hay[k..k + needle.len()].eq_ignore_ascii_case(needle) {
            return Some(k);
        }
        from = k + 1;
    }
    None
}

/// The page with the tags of elements nested deeper than `max` removed (their text
/// stays), or the page itself when none is; an error past [`MAX_ELEMENTS`] elements.
pub fn flatten_nesting(html: &str, max: usize) -> Result<Cow<'_, str>, String> {
    let bytes = html.as_bytes();
    let mut depth = 0usize;
    let mut elements = 0usize;
    let mut cut: Vec<(usize, usize)> = Vec::new();
    let mut crowded: Option<(usize, usize)> = None;
    scan_tags(bytes, |t| {
        let name = t.name.as_ref();
        elements += usize::from(!t.closing && !name.is_empty());
        if !t.closing && !name.is_empty() && crowded.is_none() {
            let n = attributes(&bytes[t.start + 1 + name.len()..t.end]);
            if n > MAX_ATTRIBUTES {
                crowded = Some((n, t.start));
            }
        }
        if t.self_closing || VOID.contains(&name) || OPTIONAL_END.contains(&name) {
            return;
        }
        if t.closing {
            if depth > max {
                cut.push((t.start, t.end));
            }
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            if depth > max {
                cut.push((t.start, t.end));
            }
        }
    });
    if elements > MAX_ELEMENTS {
        return Err(format!(
            "a page of {elements} elements, over the limit of {MAX_ELEMENTS}"
        ));
    }
    if let Some((n, at)) = crowded {
        return Err(format!(
            "a tag of {n} attributes at byte {at}, over the limit of {MAX_ATTRIBUTES}"
        ));
    }
    if cut.is_empty() {
        return Ok(Cow::Borrowed(html));
    }
    let mut out = String::with_capacity(html.len());
    let mut at = 0;
    for (s, e) in cut {
        // Tags start at `<` and end after `>` or at the end: both are char boundaries.
        out.push_str(&html[at..s]);
        out.push(' ');
        at = e;
    }
    out.push_str(&html[at..]);
    Ok(Cow::Owned(out))
}

/// Characters of text a reader would see on the page: outside tags, comments,
/// scripts and styles, with runs of white space counted as one.
pub fn visible_chars(html: &str) -> usize {
    let bytes = html.as_bytes();
    let mut count = 0usize;
    let mut at = 0usize;
    let mut in_head = false;
    let count_text = |from: usize, to: usize, count: &mut usize| {
        let mut space = true;
        for c in html[from..to].chars() {
            if c.is_whitespace() {
                if !space {
                    *count += 1;
                }
                space = true;
            } else {
                *count += 1;
                space = false;
            }
        }
    };
    scan_tags(bytes, |t| {
        if !in_head {
            count_text(at.min(t.start), t.start, &mut count);
        }
        match (t.name.as_ref(), t.closing) {
            (b"head", false) => in_head = true,
            (b"head", true) | (b"body", false) => in_head = false,
            _ => {}
        }
        at = t.end;
        if !t.closing && RAW_TEXT.contains(&t.name.as_ref()) {
            // The scanner skips the content; so does the count.
            let mut close = b"</".to_vec();
            close.extend_from_slice(&t.name);
            at = find_ascii_ci(&bytes[t.end..], &close).map_or(bytes.len(), |e| t.end + e);
        }
    });
    if !in_head && at < bytes.len() {
        count_text(at, bytes.len(), &mut count);
    }
    count
}

/// Extracts the article of a decoded page. `url` is the page's address when known
/// (it helps tell links within the site from others). A panic in the extractor is
/// caught and returned as an error message, so one page never stops a corpus.
pub fn extract(html: &str, url: Option<&str>) -> Result<Extracted, String> {
    let page = flatten_nesting(html, MAX_NESTING)?;
    let options = rs_trafilatura::Options {
        url: url.map(str::to_string),
        // News pages: the page-type classifier is skipped (a third of the time, and
        // the same F1 on the benchmark pages within 0.002).
        page_type: Some(rs_trafilatura::page_type::PageType::Article),
        ..rs_trafilatura::Options::default()
    };
    let result = std::panic::catch_unwind(|| rs_trafilatura::extract_with_options(&page, &options));
    let result = match result {
        Ok(Ok(r)) => r,
        Ok(Err(e)) => return Err(format!("no article found ({e})")),
        Err(_) => return Err("the extractor failed on this page".into()),
    };
    // The extractor's text sometimes runs a whole article together (a body taken from
    // structured data, say); its HTML then often keeps the paragraphs apart. Its text is
    // otherwise better (lines of boilerplate removed), so it is kept when it has breaks.
    let mut text = paragraphs(&result.content_text);
    let breaks = text.matches("\n\n").count();
    if text.len() > 1000 && breaks * 1500 < text.len() {
        if let Some(t) = result.content_html.as_deref().map(html_paragraphs) {
            if t.matches("\n\n").count() > breaks && same_words(&t, &text) {
                text = t;
            }
        }
    }
    let visible = visible_chars(&page);
    let kept = text.chars().filter(|c| !c.is_whitespace()).count()
        + text.split_whitespace().count().saturating_sub(1);
    let meta = result.metadata;
    Ok(Extracted {
        title: clean(meta.title),
        byline: clean(meta.author),
        date: meta.date.map(|d| d.format("%Y-%m-%d").to_string()),
        url: clean(meta.url),
        dropped_chars: visible.saturating_sub(kept),
        text,
    })
}

/// Elements that end a paragraph of text.
const BLOCKS: &[&[u8]] = &[
    b"p",
    b"div",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"li",
    b"ul",
    b"ol",
    b"dl",
    b"dt",
    b"dd",
    b"blockquote",
    b"pre",
    b"br",
    b"hr",
    b"tr",
    b"td",
    b"th",
    b"table",
    b"section",
    b"article",
    b"header",
    b"footer",
    b"figure",
    b"figcaption",
    b"main",
    b"aside",
    b"nav",
    b"address",
    b"details",
    b"summary",
    b"caption",
    b"form",
    b"fieldset",
    b"center",
];

/// The text of an HTML fragment, one paragraph per block element, paragraphs
/// separated by a blank line, white space collapsed, character references decoded.
pub fn html_paragraphs(html: &str) -> String {
    let bytes = html.as_bytes();
    let mut out = String::with_capacity(html.len() / 2);
    let mut cur = String::new();
    let mut at = 0usize;
    let flush = |cur: &mut String, out: &mut String| {
        let t = cur.trim();
        if !t.is_empty() {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(t);
        }
        cur.clear();
    };
    scan_tags(bytes, |t| {
        push_text(&html[at.min(t.start)..t.start], &mut cur);
        if BLOCKS.contains(&t.name.as_ref()) {
            flush(&mut cur, &mut out);
        }
        at = t.end;
        if !t.closing && RAW_TEXT.contains(&t.name.as_ref()) {
            let mut close = b"</".to_vec();
            close.extend_from_slice(&t.name);
            at = find_ascii_ci(&bytes[t.end..], &close).map_or(bytes.len(), |e| t.end + e);
        }
    });
    if at < bytes.len() {
        push_text(&html[at..], &mut cur);
    }
    flush(&mut cur, &mut out);
    out
}

/// Appends text from between tags: references decoded, runs of white space as one space.
fn push_text(raw: &str, cur: &mut String) {
    let decoded = decode_references(raw);
    for c in decoded.chars() {
        if c.is_whitespace() {
            if !cur.is_empty() && !cur.ends_with(' ') {
                cur.push(' ');
            }
        } else {
            cur.push(c);
        }
    }
}

/// Decodes the character references a serializer writes: `&amp;`, `&lt;`, `&gt;`,
/// `&quot;`, `&apos;`, `&nbsp;` and numeric ones; others are left as they are.
fn decode_references(raw: &str) -> Cow<'_, str> {
    if !raw.contains('&') {
        return Cow::Borrowed(raw);
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest[1..].find(';').map(|e| e + 1).filter(|&e| e <= 12);
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            let c = match name {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "apos" => '\'',
                "nbsp" => '\u{a0}',
                _ => {
                    let n = match name.strip_prefix('#') {
                        Some(h) if h.starts_with(['x', 'X']) => {
                            u32::from_str_radix(&h[1..], 16).ok()
                        }
                        Some(d) => d.parse().ok(),
                        None => None,
                    };
                    n.and_then(char::from_u32)?
                }
            };
            Some((c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// True when two texts hold nearly the same words (within 5%), so that one may stand
/// for the other.
fn same_words(a: &str, b: &str) -> bool {
    let count = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .count()
    };
    let (x, y) = (count(a), count(b));
    x.abs_diff(y) * 20 <= x.max(y) + 20
}

/// A metadata field, trimmed; `None` when blank.
fn clean(s: Option<String>) -> Option<String> {
    let s = s?;
    let t = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty()).then_some(t)
}

/// The body with each line its own paragraph, separated by a blank line, white space
/// within a line collapsed, blank lines dropped.
fn paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let mut words = line.split_whitespace().peekable();
        if words.peek().is_none() {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        for (k, w) in words.enumerate() {
            if k > 0 {
                out.push(' ');
            }
            out.push_str(w);
        }
    }
    out
}

/// True when `bytes` look like an HTML page rather than plain text: the first
/// non-blank characters open a doctype, `<html>`, `<head>`, `<body>`, a comment or
/// an XML declaration.
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes.trim_ascii_start();
    let head = &start[..start.len().min(64)];
    let lower = head.to_ascii_lowercase();
    [
        &b"<!doctype html"[..],
        b"<html",
        b"<head",
        b"<body",
        b"<!--",
        b"<?xml",
        b"<meta",
        b"<title",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_declared_legacy_charset_is_decoded() {
        let page = b"<html><head><meta charset=\"iso-8859-1\"></head><body>caf\xE9</body></html>";
        assert!(decode(page, None).contains("caf\u{e9}"));
    }

    #[test]
    fn valid_utf8_declared_as_latin1_is_read_as_utf8() {
        let page = "<meta charset=windows-1252><p>caf\u{e9} na\u{ef}ve</p>";
        assert!(decode(page.as_bytes(), None).contains("caf\u{e9} na\u{ef}ve"));
    }

    #[test]
    fn latin1_declared_as_utf8_is_read_as_latin1() {
        let page = b"<meta charset=utf-8><p>caf\xE9 na\xEFve</p>";
        assert!(decode(page, None).contains("caf\u{e9} na\u{ef}ve"));
    }

    #[test]
    fn the_http_header_charset_wins_over_the_meta_one() {
        let page = b"<meta charset=utf-8><p>\xE9t\xE9</p>";
        assert!(decode(page, Some("iso-8859-1")).contains("\u{e9}t\u{e9}"));
    }

    #[test]
    fn deep_nesting_is_flattened_and_text_kept() {
        let html = format!("{}words{}", "<div>".repeat(1000), "</div>".repeat(1000));
        let flat = flatten_nesting(&html, 10).unwrap();
        assert_eq!(flat.matches("<div>").count(), 10);
        assert_eq!(flat.matches("</div>").count(), 10);
        assert!(flat.contains("words"));
        let shallow = "<div><p>a<p>b</div>";
        assert!(matches!(flatten_nesting(shallow, 10), Ok(Cow::Borrowed(_))));
        let wide = "<b>".repeat(MAX_ELEMENTS + 1);
        assert!(flatten_nesting(&wide, 10).unwrap_err().contains("elements"));
    }

    #[test]
    fn attributes_are_counted_as_the_parser_reads_them() {
        assert_eq!(attributes(b">"), 0);
        assert_eq!(attributes(b" a=1 b c = \"d e\" f='g=h' />"), 4);
        assert_eq!(attributes(b" data-x=\"a b c d\">"), 1);
        assert_eq!(attributes(b"\ta\nb\rc>"), 3);
    }

    #[test]
    fn a_tag_of_too_many_attributes_is_refused_and_a_crowded_real_one_is_not() {
        let list = |n: usize| (0..n).map(|i| format!(" a{i}='x'")).collect::<String>();
        let over = format!(
            "<html><body><p{}>words</p></body></html>",
            list(MAX_ATTRIBUTES + 1)
        );
        let e = flatten_nesting(&over, 10).unwrap_err();
        assert!(e.contains("1001 attributes at byte 12"), "{e}");
        let under = format!("<p{}>words</p>", list(MAX_ATTRIBUTES));
        assert!(flatten_nesting(&under, 10).is_ok());
        // The same number of attributes spread over many tags is a page, not an attack.
        let spread = format!("<p{}>a</p>", list(50)).repeat(100);
        assert!(flatten_nesting(&spread, 10).is_ok());
        // Quoted values never count, however many words or `=` they hold.
        let quoted = format!("<p title='{}'>a</p>", "b=c ".repeat(5000));
        assert!(flatten_nesting(&quoted, 10).is_ok());
    }

    #[test]
    fn visible_text_leaves_out_scripts_styles_and_the_head() {
        let html = "<html><head><title>T</title></head><body><script>var x = '<b>';</script>\
                    <p>ab  cd</p><style>p{}</style><!-- note --></body></html>";
        assert_eq!(visible_chars(html), "ab cd".len());
    }

    #[test]
    fn html_paragraphs_split_at_blocks_and_decode_references() {
        let html = "<div><h2>Head &amp; line</h2><p>One <a href=x>link</a>\n  here.</p>\
                    <p>Caf&#233; &lt;b&gt;&#x21;</p><script>var a = '<p>';</script></div>";
        assert_eq!(
            html_paragraphs(html),
            "Head & line\n\nOne link here.\n\nCaf\u{e9} <b>!"
        );
    }

    #[test]
    fn html_is_told_from_text() {
        assert!(looks_like_html(b"  <!DOCTYPE html><html>"));
        assert!(looks_like_html(b"\xEF\xBB\xBF<html lang=en>"));
        assert!(!looks_like_html(b"The <b> tag is bold."));
    }
}
