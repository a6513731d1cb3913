//! Quotations: the spans between `"`, “ ”, ‘ ’ or `'` marks, found in one linear scan.
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
    /// A straight single quote, `'`, as headlines and quotes within quotes print one
    /// ('Not Being Paranoid': U.S. Warns).
    Straight,
    /// A `"` right after `=`: a markup attribute's value (`tweet-date="May 9"`), no
    /// quotation; its closing mark is read and dropped.
    Attribute,
}

/// Words a straight apostrophe elides at their start ("rock 'n' roll", "let 'em"):
/// the mark before them opens no quotation.
const ELIDED: &[&str] = &[
    "n", "em", "til", "cause", "bout", "tis", "twas", "round", "cuz",
];

/// Whether the straight `'` at byte `i` of `text` opens a quotation: it starts the
/// text or follows a space, bracket, dash, colon or double mark, and a letter (not a
/// digit: '90s) or `$` follows it, starting no [`ELIDED`] word. Most apostrophes
/// follow a letter ("don't", "workers'") and are turned down on that first test.
pub(crate) fn straight_opens(text: &str, i: usize) -> bool {
    let opens_after = text[..i].chars().next_back().is_none_or(|b| {
        b.is_whitespace() || matches!(b, '(' | '[' | '—' | '–' | ':' | '-' | '"' | '“')
    });
    if !opens_after {
        return false;
    }
    let after = &text[i + 1..];
    if !after
        .chars()
        .next()
        .is_some_and(|a| a.is_alphabetic() || a == '$')
    {
        return false;
    }
    let word = &after[..after
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(after.len())];
    !ELIDED.iter().any(|e| e.eq_ignore_ascii_case(word))
}

/// How far (in bytes, and in words) past a plural's possessive mark inside a straight
/// single quote its closing mark is looked for ("the party's 'workers' charter'").
const POSSESSIVE_REACH: usize = 120;
const POSSESSIVE_WORDS: usize = 3;

/// True when the straight mark `'` at byte `i` closes an open single quote: no space
/// before it, no letter or digit after it, and not a plural's possessive inside the
/// quote ("the party's 'workers' charter'": another closing mark follows within a few
/// words of the sentence before any opening one).
pub(crate) fn straight_closes(text: &str, i: usize) -> bool {
    let after = i + 1;
    let next = text[after..].chars().next();
    let before = text[..i].chars().next_back();
    if next.is_some_and(char::is_alphanumeric) || before.is_none_or(char::is_whitespace) {
        return false;
    }
    // "workers' charter'": a plural's mark, a space, a lowercase word, then a closing mark.
    let rest = &text[after..];
    if !(text[..i].ends_with('s')
        && rest.starts_with(' ')
        && rest[1..].starts_with(|c: char| c.is_lowercase()))
    {
        return true;
    }
    let mut end = rest.len().min(POSSESSIVE_REACH);
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    let window = &rest[..end];
    let mut spaces = 0;
    for (k, c) in window.char_indices() {
        match c {
            '.' | '!' | '?' | '\n' | '"' => return true,
            // A quote with a plural's mark inside is short: a mark further on closes another.
            ' ' => {
                spaces += 1;
                if spaces > POSSESSIVE_WORDS {
                    return true;
                }
            }
            '\'' => {
                let prev = window[..k].chars().next_back();
                let next = window[k + 1..].chars().next();
                if prev.is_none_or(char::is_whitespace) {
                    return true; // an opening mark: this one closed its quote
                }
                if !next.is_some_and(char::is_alphanumeric) {
                    return false; // a closing mark: this one was a possessive
                }
                // An apostrophe inside a word ("don't"): read on.
            }
            _ => {}
        }
    }
    true
}

/// Finds quotations marked with `"`, “ ”, `''`, ‘ ’ or `'`, into `out` (cleared
/// first, its room reused). An unclosed double quote ends at its paragraph; an
/// unclosed single one is no quotation (‘90s). A ’ or `'` closes a single quote only
/// where no letter follows it (so "don’t" and "don't" do not; a straight one not as a
/// plural's mark inside it, [`straight_closes`]), and marks of another
/// kind inside an open quotation are part of it. A `"` right after `=` opens a markup
/// attribute's value, no quotation. The loaded-language matcher uses the same spans
/// to tell the outlet's words from quoted ones.
pub fn find_quotes_into(text: &str, out: &mut Vec<QuoteSpan>) {
    out.clear();
    let bytes = text.as_bytes();
    let mut open: Option<(usize, usize, Opener)> = None;
    // Inside the open double quotation, a quotation within it marked with the other
    // kind of double mark ([`nests_curly`], [`nests_straight`]): its closing mark
    // closes only it.
    let mut inner = false;
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
    // Only `"`, a line break, the three-byte marks starting 0xE2 and apostrophes
    // matter. Two apostrophes in a row are one mark (`''`, read as '\u{0}' below).
    let marks = memchr::memchr3_iter(b'"', b'\n', 0xE2, bytes);
    let mut apostrophes = memchr::memchr_iter(b'\'', bytes).peekable();
    let mut marks = marks.peekable();
    loop {
        let was_open = open.map(|(o, _, _)| o);
        // The two sorted streams, merged.
        let apostrophe_first = match (marks.peek(), apostrophes.peek()) {
            (Some(&m), Some(&p)) => p < m,
            (None, p) => p.is_some(),
            (Some(_), None) => false,
        };
        let (i, c) = if apostrophe_first {
            let p = apostrophes.next().expect("peeked");
            if bytes.get(p + 1) == Some(&b'\'') {
                apostrophes.next();
                (p, '\u{0}')
            } else {
                (p, '\'')
            }
        } else if let Some(m) = marks.next() {
            match text[m..].chars().next() {
                Some(c) => (m, c),
                None => continue,
            }
        } else {
            break;
        };
        match c {
            '“' => match open {
                // `"Can we stop the “master strategist” nonsense?”`: a curly quotation
                // inside a straight one.
                Some((o, _, Opener::Double))
                    if !inner && bytes[o] == b'"' && nests_curly(text, o, i) =>
                {
                    inner = true
                }
                // `“We are ready,“ she said`: an opening mark written where a closing
                // one stands (after a word or its punctuation, before a space or
                // punctuation) closes the curly quotation, not opens another that
                // would run to the paragraph's end.
                Some((o, st, Opener::Double)) if bytes[o] != b'"' && mark_closes(text, i, c) => {
                    out.push(closed(o, st, i, c.len_utf8()));
                    open = None;
                }
                Some((o, st, Opener::Double)) => {
                    out.push(unclosed(o, st, i));
                    open = Some((i, i + c.len_utf8(), Opener::Double));
                }
                // A double mark inside a single quote: the single one was an apostrophe.
                Some((_, _, Opener::Single | Opener::Straight)) | None => {
                    open = Some((i, i + c.len_utf8(), Opener::Double))
                }
                Some(_) => {}
            },
            '”' => {
                if let Some((o, st, Opener::Double)) = open {
                    if inner && bytes[o] == b'"' {
                        inner = false;
                    } else {
                        out.push(closed(o, st, i, c.len_utf8()));
                        open = None;
                    }
                } else if open.is_none() && mark_opens(text, i, c) {
                    // `”We are ready,” she said`: a closing mark written where an
                    // opening one stands (after a space or a line's start, before a
                    // word) opens the quotation.
                    open = Some((i, i + c.len_utf8(), Opener::Double));
                }
            }
            '"' => match open {
                // `“They call it "reform," and it is a sham”`: a straight quotation
                // inside a curly one, opened and closed.
                Some((o, _, Opener::Double)) if inner && bytes[o] != b'"' => inner = false,
                Some((o, _, Opener::Double)) if bytes[o] != b'"' && nests_straight(text, i) => {
                    inner = true
                }
                // A quotation running on into a paragraph glued to this one
                // (`unusual."What is also ...," he said`): the mark opens the next
                // paragraph's part; the open one ends unclosed, as at a break.
                Some((o, st, Opener::Double)) if reopens_glued(text, i) => {
                    out.push(unclosed(o, st, i));
                    open = Some((i, i + 1, Opener::Double));
                }
                Some((o, st, Opener::Double)) => {
                    out.push(closed(o, st, i, 1));
                    open = None;
                }
                Some((_, _, Opener::Attribute)) => open = None,
                None if i > 0 && bytes[i - 1] == b'=' => open = Some((i, i + 1, Opener::Attribute)),
                // A mark right after a digit, with no letter after it, is an inch mark
                // ("a 6'2\" forward", "a 55\" screen"), not a quotation.
                Some((_, _, Opener::Single | Opener::Straight)) | None if inch_mark(bytes, i) => {}
                Some((_, _, Opener::Single | Opener::Straight)) | None => {
                    open = Some((i, i + 1, Opener::Double))
                }
                Some(_) => {}
            },
            '\u{0}' => match open {
                Some((o, st, Opener::Apostrophes)) => {
                    out.push(closed(o, st, i, 2));
                    open = None;
                }
                Some((_, _, Opener::Single | Opener::Straight)) | None => {
                    open = Some((i, i + 2, Opener::Apostrophes))
                }
                Some(_) => {}
            },
            '\'' => match open {
                Some((o, st, Opener::Straight)) if straight_closes(text, i) => {
                    out.push(closed(o, st, i, 1));
                    open = None;
                }
                None if straight_opens(text, i) => open = Some((i, i + 1, Opener::Straight)),
                _ => {}
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
                        if !matches!(kind, Opener::Single | Opener::Straight | Opener::Attribute) {
                            out.push(unclosed(o, st, i));
                        }
                        open = None;
                    }
                }
            }
            _ => {}
        }
        if open.map(|(o, _, _)| o) != was_open {
            inner = false;
        }
    }
    if let Some((o, st, kind)) = open {
        if !matches!(kind, Opener::Single | Opener::Straight | Opener::Attribute) {
            out.push(unclosed(o, st, text.len()));
        }
    }
}

/// True when mark `c` at byte `i` stands where a quotation closes: after a word or
/// its punctuation, before a space, punctuation or the text's end.
fn mark_closes(text: &str, i: usize, c: char) -> bool {
    let before = text[..i].chars().next_back();
    let after = text[i + c.len_utf8()..].chars().next();
    before.is_some_and(|b| b.is_alphanumeric() || matches!(b, '.' | ',' | '?' | '!'))
        && after.is_none_or(|a| a.is_whitespace() || matches!(a, '.' | ',' | ';' | ':' | ')'))
}

/// True when mark `c` at byte `i` stands where a quotation opens: after a space, an
/// opening bracket or the text's start, before a letter or a digit.
fn mark_opens(text: &str, i: usize, c: char) -> bool {
    let before = text[..i].chars().next_back();
    let after = text[i + c.len_utf8()..].chars().next();
    before.is_none_or(|b| b.is_whitespace() || matches!(b, '(' | '[' | '—' | '–'))
        && after.is_some_and(char::is_alphanumeric)
}

/// The next double quotation mark (`"`, “ or ”) at or after byte `from`, with its
/// offset, before the paragraph ends: None at a paragraph break or the text's end.
fn next_double_mark(text: &str, from: usize) -> Option<(usize, char)> {
    let bytes = text.as_bytes();
    for n in memchr::memchr3_iter(b'"', b'\n', 0xE2, &bytes[from..]).map(|n| from + n) {
        match bytes[n] {
            b'"' => return Some((n, '"')),
            b'\n' if is_paragraph_break(text, n) => return None,
            b'\n' => {}
            _ => {
                if let Some(c @ ('“' | '”')) = text[n..].chars().next() {
                    return Some((n, c));
                }
            }
        }
    }
    None
}

/// True when the “ at byte `i`, met inside a quotation opened with a straight `"` at
/// `open`, opens a quotation within it: its ” comes before any other double mark of
/// the paragraph, and a closing mark (`"` or ”) for the outer one follows that ” before
/// the paragraph ends or another “ opens (`"Can we stop the “genius” talk?” she
/// asked`). Otherwise the straight quotation was left unclosed and this one is next.
/// Not where the straight marks only wrap a whole paragraph, as scraped pages mark a
/// quoted passage (`"“We won,” she said."`, a passage with a quotation and its
/// speaker inside): the curly quotation is then read as its own, and so is a
/// straight mark doubled before a curly one (`"“`).
fn nests_curly(text: &str, open: usize, i: usize) -> bool {
    if text[open + 1..i].trim().is_empty() {
        return false;
    }
    let Some((n, '”')) = next_double_mark(text, i + '“'.len_utf8()) else {
        return false;
    };
    let Some((m, c @ ('"' | '”'))) = next_double_mark(text, n + '”'.len_utf8()) else {
        return false;
    };
    // A straight mark after a space opens the speaker's next quotation (`"He said,
    // “I never get searched,” McCabe said. "Now, ...`): the first was never nested.
    if c == '"' && text[..m].ends_with(char::is_whitespace) {
        return false;
    }
    let line_start = text[..open].trim_end_matches([' ', '\t']);
    let wraps = (line_start.is_empty() || line_start.ends_with('\n'))
        && text[m + c.len_utf8()..]
            .trim_start_matches([' ', '\t', '\r'])
            .chars()
            .next()
            .is_none_or(|c| c == '\n');
    !wraps
}

/// True when the `"` at byte `i`, met inside a quotation opened with “, opens a
/// straight quotation within it, not the outer one's closing mark: it stands where
/// quotations open (after a space or an opening bracket, before a word), the next
/// double mark of its paragraph is a `"` that closes it, and the next after that
/// is a ” closing the outer one (`“They call it "reform," and it is a sham”`).
fn nests_straight(text: &str, i: usize) -> bool {
    let before = text[..i].chars().next_back();
    let after = text[i + 1..].chars().next();
    if !before.is_some_and(|b| b.is_whitespace() || matches!(b, '(' | '[' | '—'))
        || !after.is_some_and(char::is_alphanumeric)
    {
        return false;
    }
    match next_double_mark(text, i + 1) {
        Some((n, '"')) => matches!(next_double_mark(text, n + 1), Some((_, '”'))),
        _ => false,
    }
}

/// True when the `"` at byte `i`, met inside an open quotation, opens a glued
/// paragraph's part of it: it sits between a sentence's end and a capital with no
/// space (`unusual."What`), where paragraphs scraped without their breaks meet, and
/// the next double mark on its line closes a quotation (a ”; a `"` after a comma, or
/// after `?` or `!` and before a lowercase word: `," Fund said`). Where the next
/// mark opens one instead (`no substance."Dean spoke ... said "a`), this mark closes.
fn reopens_glued(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    let glued = i >= 2
        && matches!(bytes[i - 1], b'.' | b'?' | b'!')
        && bytes[i - 2].is_ascii_alphanumeric()
        && bytes.get(i + 1).is_some_and(u8::is_ascii_uppercase);
    if !glued {
        return false;
    }
    // The next double mark, straight or curly, before the line ends.
    let next = memchr::memchr3_iter(b'"', b'\n', 0xE2, &bytes[i + 1..])
        .map(|n| i + 1 + n)
        .find(|&n| bytes[n] != 0xE2 || text[n..].starts_with(['“', '”']));
    let Some(n) = next else {
        return false;
    };
    if bytes[n] != b'"' {
        // A line break, or a curly mark, which says itself whether it opens.
        return text[n..].starts_with('”');
    }
    let before = bytes[n - 1];
    let after = &bytes[n + 1..];
    before == b','
        || (matches!(before, b'?' | b'!')
            && after.first() == Some(&b' ')
            && after.get(1).is_some_and(u8::is_ascii_lowercase))
}

/// True when the `"` at byte `i` follows a digit and no letter or digit follows it: an
/// inch mark ("5'10\"", "a 55\" screen").
fn inch_mark(bytes: &[u8], i: usize) -> bool {
    i > 0
        && bytes[i - 1].is_ascii_digit()
        && !bytes.get(i + 1).is_some_and(|b| b.is_ascii_alphanumeric())
}

/// One turn of a transcript or interview printed without quotation marks: a
/// paragraph opening with a speaker label ("TRUMP:", "SEN. WARREN:", "Q:"), the
/// speaker's words from after the label to the paragraph's end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpeakerTurn {
    /// Byte offset of the label's first letter.
    pub label_start: usize,
    /// Byte offset just past the label (before its colon).
    pub label_end: usize,
    /// Byte offset of the first spoken word.
    pub inner_start: usize,
    /// Byte offset just past the last spoken word.
    pub inner_end: usize,
    /// False for labels that name no one ("Q", "A", "UNIDENTIFIED MAN").
    pub named: bool,
    /// True for the outlet's own people: a host or staff reporter by the label's role
    /// ("RACHEL MARTIN, HOST", "SCOTT DETROW, BYLINE") or later by the same name
    /// ("MARTIN"), a speaker who hosts the show ([`hosts_the_show`]), and an interview's
    /// questioner ("Q:"). Their lines
    /// are the outlet's voice, not a source's.
    pub outlet: bool,
}

/// Label words that make a capitalised "WORD:" a heading, not a speaker
/// ("SEE ALSO:", "FILE PHOTO:", "EDITOR'S NOTE:", "THE FACTS:").
const HEADING_WORDS: &[&str] = &[
    "ALSO",
    "ANALYSIS",
    "BACKGROUND",
    "BREAKING",
    "CAPTION",
    "CHECK",
    "CLAIM",
    "CLARIFICATION",
    "CORRECTION",
    "COVERAGE",
    "CREDIT",
    "DISCLOSURE",
    "EDITOR'S",
    "EDITOR’S",
    "EXCLUSIVE",
    "FACTS",
    "FILE",
    "LINKS",
    "LISTEN",
    "MORE",
    "NEW",
    "NOTE",
    "OPINION",
    "PHOTO",
    "PHOTOS",
    "POLL",
    "POST",
    "READ",
    "RELATED",
    "SOURCE",
    "SOURCES",
    "SPECIAL",
    "STORY",
    "SUMMARY",
    "TRANSCRIPT",
    "UPDATE",
    "UPDATED",
    "VERDICT",
    "VIDEO",
    "WATCH",
    "WATCHED",
];

/// Label words that speak for someone unnamed ("UNIDENTIFIED MAN:", "CROWD:").
const UNNAMED_WORDS: &[&str] = &["AUDIENCE", "CROWD", "UNIDENTIFIED"];

/// Courtesy and office titles that may precede a speaker's name in a label
/// ("SEN. WARREN", "PRESIDENT DONALD TRUMP"), not counted among its name words.
const LABEL_TITLES: &[&str] = &[
    "DR.",
    "GEN.",
    "GOV.",
    "JUDGE",
    "MR.",
    "MRS.",
    "MS.",
    "PRESIDENT",
    "REP.",
    "SECRETARY",
    "SEN.",
    "SENATOR",
    "VICE",
];

/// Most name words a speaker label holds after its titles ("JOHN Q. SMITH").
const LABEL_NAME_WORDS: usize = 3;

/// Roles after a label's name and a comma that make the speaker one of the outlet's own
/// people, as NPR prints them ("RACHEL MARTIN, HOST", "SCOTT DETROW, BYLINE"). A role
/// naming another network ("CNN ANCHOR") is a source quoted by this outlet.
const STAFF_ROLES: &[&str] = &["ANCHOR", "BYLINE", "CO-HOST", "HOST", "HOST, BYLINE"];

/// Last words of other roles a label may give after its name and a comma ("REINCE
/// PRIEBUS, TRUMP ADMIN", "JANE ROE, CNN LEGAL CONTRIBUTOR"): a source's.
const ROLE_NOUNS: &[&str] = &[
    "ADMIN",
    "ANALYST",
    "ANCHOR",
    "COMMENTATOR",
    "CONTRIBUTOR",
    "CORRESPONDENT",
    "REPORTER",
    "STRATEGIST",
];

/// A speaker label opening a line (see [`label_at`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Label {
    /// The label's first byte.
    start: usize,
    /// Just past the label's name, before its role or colon.
    name_end: usize,
    /// The label's colon.
    colon: usize,
    /// The first spoken word (past the colon; the colon itself for a label alone on
    /// its line).
    spoken: usize,
    /// False for labels that name no one ("Q", "A", "UNIDENTIFIED MAN").
    named: bool,
    /// The role is one of [`STAFF_ROLES`] (the outlet's own host or reporter), or the
    /// label is an interview's "Q".
    staff: bool,
    /// Nothing follows the colon on the label's line ("RACHEL MARTIN, HOST:" above the
    /// host's paragraphs): only a label with a staff role may stand so.
    alone: bool,
}

/// The label opening the line at `at`, if it is one. A label is one to
/// [`LABEL_NAME_WORDS`] capitalised words (after titles) or "Q" / "A", then a colon
/// and words that are not all capitals (a headline) and not empty (a heading). The name
/// may be followed by a comma and a role in capitals, a staff role ([`STAFF_ROLES`]) or
/// one ending in a [`ROLE_NOUNS`] word; a label with a staff role may stand alone on its
/// line.
fn label_at(text: &str, at: usize) -> Option<Label> {
    let line_end = memchr::memchr(b'\n', &text.as_bytes()[at..]).map_or(text.len(), |n| at + n);
    let line = &text[at..line_end];
    let start = at + (line.len() - line.trim_start().len());
    // A label is short: its colon comes early in the line.
    let look = line_end.min(start + 64);
    let colon = start + memchr::memchr(b':', &text.as_bytes()[start..look])?;
    let label = &text[start..colon];
    if label.is_empty() || label.len() > 60 || label.ends_with(' ') {
        return None;
    }
    let (name, role) = match label.split_once(", ") {
        Some((name, role)) => (name, Some(role)),
        None => (label, None),
    };
    let staff = role.is_some_and(|r| STAFF_ROLES.contains(&r));
    if let Some(role) = role {
        let shaped = role.split(' ').all(|w| {
            w.chars().any(char::is_alphabetic)
                && w.chars()
                    .all(|c| c.is_uppercase() || matches!(c, '.' | '\'' | '’' | '-' | ','))
        });
        let last = role.rsplit(' ').next().unwrap_or("");
        if !shaped || !(staff || ROLE_NOUNS.contains(&last)) {
            return None;
        }
    }
    let rest = text[colon + 1..line_end].trim();
    let spoken = colon
        + 1
        + (text[colon + 1..line_end].len() - text[colon + 1..line_end].trim_start().len());
    let alone = staff && rest.is_empty();
    if !alone
        && (!text[colon + 1..].starts_with([' ', '\t'])
            || rest.is_empty()
            || !rest.chars().any(char::is_lowercase))
    {
        return None;
    }
    let spoken = if alone { colon } else { spoken };
    let label_of = |named: bool| Label {
        start,
        name_end: start + name.len(),
        colon,
        spoken,
        named,
        staff,
        alone,
    };
    // An interview's questions are the interviewer's, the outlet's own ("Q: Why now?");
    // its answers ("A:") are the source's.
    if name == "Q" || name == "A" {
        return role.is_none().then(|| Label {
            staff: name == "Q",
            ..label_of(false)
        });
    }
    let mut names = 0;
    let mut named = true;
    for w in name.split(' ') {
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        let shaped = w
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, '.' | '\'' | '’' | '-'));
        if letters == 0 || !shaped || HEADING_WORDS.contains(&w) {
            return None;
        }
        if UNNAMED_WORDS.contains(&w) {
            named = false;
        }
        if !LABEL_TITLES.contains(&w) {
            names += 1;
        }
    }
    // One letter is an item of a list ("B: Where they failed"), not a name.
    ((1..=LABEL_NAME_WORDS).contains(&names)
        && name.chars().filter(|c| c.is_alphabetic()).count() > 1)
        .then(|| label_of(named))
}

/// Most unlabelled paragraphs a speaker's turn runs on over before the next label.
const TURN_PARAGRAPHS: usize = 8;

/// The speaker turns of `text`, into `out` (cleared first), in text order: the
/// paragraphs opening with a speaker label ([`label_at`]), when the text holds at
/// least two different labels (a conversation: a lone "WASHINGTON:" or "VERDICT:" is a
/// dateline or a heading). A turn's words run to the end of its paragraph, and on over
/// the unlabelled paragraphs after it when another label follows them (at most
/// [`TURN_PARAGRAPHS`]): "CRUZ: ...\n\nAnd the reason is simple. ...\n\nINSKEEP: ...".
/// A text without two such labels may be a podcast's transcript whose speakers' names
/// stand alone on lowercase lines ([`name_line_turns_into`]).
pub fn find_speaker_turns_into(text: &str, out: &mut Vec<SpeakerTurn>) {
    out.clear();
    let bytes = text.as_bytes();
    // Cheap refusal, read from the colons: without two labels there is no conversation.
    let mut found = 0;
    for c in memchr::memchr_iter(b':', bytes) {
        let from = c.saturating_sub(64);
        let line = match memchr::memrchr(b'\n', &bytes[from..c]) {
            Some(n) => from + n + 1,
            None if from == 0 => 0,
            None => continue,
        };
        if label_at(text, line).is_some_and(|l| l.colon == c) {
            found += 1;
            if found == 2 {
                break;
            }
        }
    }
    if found < 2 {
        name_line_turns_into(text, out);
        if !names_inline(text, out) {
            mark_hosts(text, out);
        }
        return;
    }
    let starts = std::iter::once(0).chain(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1));
    let mut pending: Option<Label> = None;
    // The end of the pending turn's own paragraph, and how many unlabelled paragraphs
    // have followed it: a speaker's answer often runs on over several paragraphs, which
    // stay the speaker's when another label follows within [`TURN_PARAGRAPHS`] of them
    // (a transcript's next turn); after the last label the paragraphs are the outlet's
    // again (the story goes on), so the last turn keeps its own paragraph.
    // A heading between ("2. School choice") or a paragraph that names the speaker ("Not
    // only does DeVos admit ..." after "DEVOS:") is the outlet's commentary on an
    // excerpt: the turn then keeps its own paragraph.
    // A staff label alone on its line ("RACHEL MARTIN, HOST:") keeps none: the host's
    // paragraphs after it are the outlet's whatever follows.
    let mut own_end: Option<usize> = None;
    let mut after = 0;
    let mut commentary = false;
    let close = |p: Label, end: usize, out: &mut Vec<SpeakerTurn>| {
        let end = end.max(p.spoken);
        let inner_end = p.spoken + text[p.spoken..end].trim_end().len();
        out.push(SpeakerTurn {
            label_start: p.start,
            label_end: p.name_end,
            inner_start: p.spoken,
            inner_end,
            named: p.named,
            outlet: p.staff,
        });
    };
    for at in starts {
        if at > text.len() {
            break;
        }
        let paragraph = at == 0 || is_paragraph_break(text, at - 1);
        if !paragraph {
            continue;
        }
        let line_end = memchr::memchr(b'\n', &bytes[at..]).map_or(text.len(), |n| at + n);
        let line = text[at..line_end].trim();
        if line.is_empty() {
            continue;
        }
        let label = label_at(text, at);
        if let Some(p) = pending {
            if label.is_some() || after >= TURN_PARAGRAPHS {
                let end = if label.is_some() && !commentary {
                    at - 1
                } else {
                    own_end.unwrap_or(at - 1)
                };
                close(p, end, out);
                pending = None;
            } else {
                own_end.get_or_insert(at - 1);
                after += 1;
                // A speaker cut off mid-sentence ("And in fact --") goes on speaking.
                commentary |= !line.ends_with([
                    '.', '?', '!', '"', '\u{201d}', '\u{2019}', '\'', '-', '\u{2014}', '\u{2026}',
                ]) || shouted(line)
                    || shouted(&text[p.spoken..])
                    || names_a_speaker(text, line, p);
            }
        }
        if let Some(l) = label {
            pending = label;
            own_end = l.alone.then_some(l.colon);
            after = 0;
            commentary = l.alone;
        }
    }
    if let Some(p) = pending {
        close(p, own_end.unwrap_or(text.len()), out);
    }
    let first = out.first().map(|t| &text[t.label_start..t.label_end]);
    if !out
        .iter()
        .any(|t| Some(&text[t.label_start..t.label_end]) != first)
    {
        out.clear();
        return;
    }
    mark_hosts(text, out);
}

/// Phrases only a show's host says, in any case: "welcome to the program", "we're
/// joined by", "joining us now", "stay with us". A guest thanks the host instead.
const HOSTING_PHRASES: &[&str] = &[
    "this is democracy now",
    "welcome to the program",
    "welcome to the show",
    "welcome back to",
    "welcome to democracy now",
    "we're joined by",
    "we’re joined by",
    "we are joined by",
    "i'm joined by",
    "i’m joined by",
    "joining us now",
    "joining us from",
    "joins us now",
    "joins us from",
    "thank you for joining us",
    "thanks for joining us",
    "stay with us",
    "we turn now to",
];

/// Marks as the outlet's the turns of its own people (see [`SpeakerTurn::outlet`]): every
/// turn of a speaker whose label's last word is that of a staff label ("MARTIN" after
/// "RACHEL MARTIN, HOST"), or of one who hosts the show ([`hosts_the_show`]). A speaker
/// the host introduces as a colleague ("my colleague Alex Burns") is the outlet's too.
fn mark_hosts(text: &str, out: &mut [SpeakerTurn]) {
    let last = |t: &SpeakerTurn| {
        crate::text::to_lowercase(
            text[t.label_start..t.label_end]
                .rsplit(' ')
                .next()
                .unwrap_or(""),
        )
    };
    // A show's own transcript opens with its conversation: one that starts further in
    // is an excerpt the outlet quotes (another network's host among its sources).
    let opens = out
        .first()
        .is_some_and(|t| t.label_start <= TRANSCRIPT_OPENS);
    let intro = out.first().map_or("", |t| &text[..t.label_start]);
    let intro_lower = crate::text::to_lowercase(intro);
    let mut staff: Vec<std::borrow::Cow<str>> = Vec::new();
    for t in out.iter() {
        if t.named && (t.outlet || (opens && hosts_the_show(text, &intro_lower, t))) {
            let name = last(t);
            if !staff.contains(&name) {
                staff.push(name);
            }
        }
    }
    if staff.is_empty() {
        return;
    }
    // Colleagues the hosts name: "my colleague Alex Burns", "our colleague Jo Roe".
    let mut colleagues: Vec<String> = Vec::new();
    let spans = std::iter::once((0, intro.len())).chain(
        out.iter()
            .filter(|t| staff.contains(&last(t)))
            .map(|t| (t.inner_start, t.inner_end)),
    );
    for (from, to) in spans {
        let words = crate::text::to_lowercase(&text[from..to]);
        for (k, _) in words.match_indices("colleague") {
            let after: Vec<&str> = words[k..]
                .split(|c: char| !c.is_alphabetic() && c != '\'' && c != '’')
                .filter(|w| !w.is_empty())
                .skip(1)
                .take(3)
                .collect();
            colleagues.extend(after.iter().map(|w| w.to_string()));
        }
    }
    for t in out.iter_mut() {
        let name = last(t);
        if t.named && (staff.contains(&name) || colleagues.iter().any(|c| **c == *name)) {
            t.outlet = true;
        }
    }
}

/// Most bytes before a transcript's first label for its hosts to be told by what they
/// say ([`hosts_the_show`]): a headline and a short summary.
const TRANSCRIPT_OPENS: usize = 1500;

/// True when the turn `t` hosts the show: it holds a [`HOSTING_PHRASES`] phrase, or
/// the speaker names themself in it or in the unlabelled intro before the first turn
/// ("From The New York Times, I'm Michael Barbaro"), given lowercased as `intro`.
fn hosts_the_show(text: &str, intro: &str, t: &SpeakerTurn) -> bool {
    let words = crate::text::to_lowercase(&text[t.inner_start..t.inner_end]);
    let name = crate::text::to_lowercase(&text[t.label_start..t.label_end]);
    HOSTING_PHRASES.iter().any(|p| words.contains(p))
        || ["i'm ", "i’m "].iter().any(|i| {
            let own = format!("{i}{name}");
            words.contains(&own) || intro.contains(&own)
        })
}

/// Fewest name lines ([`name_line`]) that make a text a podcast's transcript, two
/// of them different: a lone lowercase line is a caption or a byline.
const NAME_LINES: usize = 4;

/// Most bytes of a name line ("archived recording (president donald trump)").
const NAME_LINE_BYTES: usize = 60;

/// True when `line` (its end trimmed) is a speaker's name set alone on its line in
/// lowercase, as podcast transcripts print their turns ("michael barbaro", "donald g.
/// mcneil jr.", "archived recording (president donald trump)"): two to four lowercase
/// words, then at most a parenthesis.
fn name_line(line: &str) -> bool {
    if line.len() > NAME_LINE_BYTES {
        return false;
    }
    let name = match line.find(" (") {
        Some(p) if line.ends_with(')') => &line[..p],
        Some(_) => return false,
        None => line,
    };
    let word = |w: &str| {
        w.starts_with(|c: char| c.is_lowercase())
            && w.chars()
                .all(|c| c.is_lowercase() || matches!(c, '.' | '\'' | '’' | '-'))
    };
    (2..=4).contains(&name.split(' ').count()) && name.split(' ').all(word)
}

/// The speaker turns of a podcast transcript that sets each speaker's name alone on
/// a lowercase line before the turn ("michael barbaro\n\nFrom The Times, ..."), into
/// `out`: the words from after one name line to the next, when the text holds at least
/// [`NAME_LINES`] of them and two different names.
fn name_line_turns_into(text: &str, out: &mut Vec<SpeakerTurn>) {
    let bytes = text.as_bytes();
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let starts = std::iter::once(0).chain(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1));
    for at in starts {
        // Cheap refusal: nearly every line opens with a capital.
        if !bytes.get(at).is_some_and(u8::is_ascii_lowercase) {
            continue;
        }
        let end = memchr::memchr(b'\n', &bytes[at..]).map_or(text.len(), |n| at + n);
        let line = text[at..end].trim_end();
        if name_line(line) {
            lines.push((at, at + line.len()));
        }
    }
    let first = lines.first().map(|&(s, e)| &text[s..e]);
    if lines.len() < NAME_LINES || lines.iter().all(|&(s, e)| Some(&text[s..e]) == first) {
        return;
    }
    for (k, &(s, e)) in lines.iter().enumerate() {
        let next = lines.get(k + 1).map_or(text.len(), |l| l.0);
        let body = &text[e..next];
        let inner_start = e + (body.len() - body.trim_start().len());
        let inner_end = e + body.trim_end().len();
        // A clip played inside the turn ("... as he said. archived recording (donald
        // trump) We took action ...") is its own turn, to its paragraph's end: the
        // host's words around it may be the outlet's (see [`mark_hosts`]), the clip's are
        // its speaker's.
        let mut from = inner_start;
        let mut label = (s, e);
        while from < inner_end {
            let clip = find_clip(text, from, inner_end);
            let to = clip.map_or(inner_end, |c| c.0);
            let words = &text[from..to];
            let (a, b) = (
                from + (words.len() - words.trim_start().len()),
                from + words.trim_end().len(),
            );
            if a < b {
                out.push(SpeakerTurn {
                    label_start: label.0,
                    label_end: label.1,
                    inner_start: a,
                    inner_end: b,
                    named: true,
                    outlet: false,
                });
            }
            let Some((c, name_end, end)) = clip else {
                break;
            };
            let end = end.min(inner_end);
            let spoken = text[name_end..end].trim_start();
            let a = end - spoken.len();
            let b = a + spoken.trim_end().len();
            if a < b {
                out.push(SpeakerTurn {
                    label_start: c,
                    label_end: name_end,
                    inner_start: a,
                    inner_end: b,
                    named: true,
                    outlet: false,
                });
            }
            // The speaker of the name line goes on after the clip's paragraph.
            label = (s, e);
            from = end;
        }
    }
}

/// True when a podcast's turns `out` hold a speaker's name line run into a paragraph
/// ("... she wins the race, obviously. astead herndon How did it feel?"): the turns
/// there are not told apart, so none is taken for the host's.
fn names_inline(text: &str, out: &[SpeakerTurn]) -> bool {
    out.iter().any(|t| {
        let name = &text[t.label_start..t.label_end];
        !name.starts_with("archived")
            && out.iter().any(|u| {
                let inner = &text[u.inner_start..u.inner_end];
                inner.match_indices(name).any(|(k, _)| {
                    let after = &inner[k + name.len()..];
                    (k == 0 || inner[..k].ends_with(' '))
                        && after.starts_with(' ')
                        && after[1..].starts_with(char::is_uppercase)
                })
            })
    })
}

/// The first clip in `text[from..to]` that a podcast transcript plays inline: "archived
/// recording" with the speaker in parentheses after it, as (its start, the end of its
/// label, the end of its paragraph).
fn find_clip(text: &str, from: usize, to: usize) -> Option<(usize, usize, usize)> {
    const CLIP: &str = "archived recording";
    let at = from + text[from..to].find(CLIP)?;
    let mut name_end = at + CLIP.len();
    if text[name_end..to].starts_with(" (") {
        name_end += text[name_end..to].find(')').map_or(0, |k| k + 1);
    }
    let end =
        memchr::memmem::find(&text.as_bytes()[name_end..to], b"\n\n").map_or(to, |k| name_end + k);
    Some((at, name_end, end))
}

/// True when `line` opens with a word of two or more letters all in capitals: a
/// headline or a news digest's item ("MCCAIN IN THE UKRAINE - Senators ..."), not a
/// speaker's words.
fn shouted(line: &str) -> bool {
    let first = line.split_whitespace().next().unwrap_or("");
    let letters = first.chars().filter(|c| c.is_alphabetic()).count();
    letters > 1 && first.chars().all(|c| !c.is_lowercase()) && !matches!(first, "OK" | "I'M")
}

/// True when `line` names, as a word in any case, the last word of the pending label
/// `p` ("Not only does DeVos admit" after "DEVOS:"): the outlet speaking of the speaker,
/// not the speaker going on (who names others freely: "Now, on the Clinton Global
/// Initiative" after a soundbite of Hillary Clinton's).
fn names_a_speaker(text: &str, line: &str, p: Label) -> bool {
    let name = text[p.start..p.name_end].rsplit(' ').next().unwrap_or("");
    p.named
        && name.chars().filter(|c| c.is_alphabetic()).count() > 2
        && line
            .split(|c: char| !c.is_alphabetic())
            .any(|w| w.eq_ignore_ascii_case(name))
}

/// True for a month's name, lowercase ("march"): the date of a post's signature, and
/// capitalised words that never name a speaker.
pub(crate) fn is_month_name(lower: &str) -> bool {
    matches!(
        lower,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    )
}

/// Most bytes a post embedded in an article holds before its signature: a post of
/// 280 characters with a link, in any script.
const POST_MAX_BYTES: usize = 600;

/// A post embedded in an article (see [`find_signed_posts_into`]): its words and
/// its signature, as byte spans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmbeddedPost {
    /// The post's first byte (its paragraph's first word).
    pub start: usize,
    /// Just past the post's last word, before the signature's dash.
    pub end: usize,
    /// The signature's first byte: its dash.
    pub signature_start: usize,
    /// Just past the signature's year.
    pub signature_end: usize,
    /// The name that signs the post ("Donald J. Trump").
    pub name_start: usize,
    /// Just past the name, before its "(@handle)".
    pub name_end: usize,
}

/// The posts embedded in `text` as a social network prints them, into `out`
/// (cleared first): a paragraph that ends its words with a signature "— Name
/// (@handle) Month D, YYYY" is Name's post, not the outlet's words. Each span runs
/// from the paragraph's start to the dash; a paragraph longer than
/// [`POST_MAX_BYTES`] before the signature is left alone (its start is not a post's).
pub fn find_embedded_posts_into(text: &str, out: &mut Vec<(usize, usize)>) {
    out.clear();
    each_post(text, |p| out.push((p.start, p.end)));
}

/// Like [`find_embedded_posts_into`], with each post's signature and the name in it.
pub fn find_signed_posts_into(text: &str, out: &mut Vec<EmbeddedPost>) {
    out.clear();
    each_post(text, |p| out.push(p));
}

/// Calls `found` with each post embedded in `text`, in text order.
fn each_post(text: &str, mut found: impl FnMut(EmbeddedPost)) {
    let bytes = text.as_bytes();
    let mut last_end = None;
    for at in memchr::memmem::find_iter(bytes, b"(@") {
        let Some(sig) = post_signature_at(text, at) else {
            continue;
        };
        let dash = sig.dash;
        let floor = dash.saturating_sub(POST_MAX_BYTES);
        let mut start = None;
        let mut end = dash;
        while let Some(n) = memchr::memrchr(b'\n', &bytes[floor..end]) {
            let nl = floor + n;
            if crate::text::sentences::is_paragraph_break(text, nl) {
                start = Some(nl + 1);
                break;
            }
            end = nl;
        }
        let start = match start {
            Some(s) => s,
            None if floor == 0 => 0,
            None => continue,
        };
        let words = &text[start..dash];
        let lead = words.len() - words.trim_start().len();
        let inner = words.trim();
        if inner.chars().any(char::is_alphabetic) && last_end.is_none_or(|e| e <= start + lead) {
            let end = start + lead + inner.len();
            last_end = Some(end);
            found(EmbeddedPost {
                start: start + lead,
                end,
                signature_start: dash,
                signature_end: sig.end,
                name_start: sig.name.0,
                name_end: sig.name.1,
            });
        }
    }
}

/// A post's signature: its dash, the byte just past its year, and its name's span.
struct Signature {
    dash: usize,
    end: usize,
    name: (usize, usize),
}

/// The signature of a post whose "(@" is at `at` ("— Donald J. Trump
/// (@realDonaldTrump) April 15, 2018"), if it is one.
fn post_signature_at(text: &str, at: usize) -> Option<Signature> {
    let after = &text[at + 2..];
    let handle = after
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
        .count();
    if !(1..=15).contains(&handle) || !after[handle..].starts_with(')') {
        return None;
    }
    let date = after[handle + 1..].trim_start_matches([' ', '\u{a0}']);
    let (month, rest) = date.split_once(' ')?;
    let (day, rest) = rest.split_once(", ")?;
    let year = rest.get(..4)?;
    let lower = month.to_ascii_lowercase();
    let capitalised = month.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
        && month.bytes().skip(1).all(|b| b.is_ascii_lowercase());
    if !capitalised
        || !is_month_name(&lower)
        || !(1..=2).contains(&day.len())
        || !day.bytes().all(|b| b.is_ascii_digit())
        || !year.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    // `year` is a slice of `text`: the signature ends with it.
    let end = year.as_ptr() as usize - text.as_ptr() as usize + year.len();
    // The name: up to 60 bytes back to a dash set off by spaces, on one line.
    let before = text[..at].strip_suffix(' ')?;
    let from = before.len().saturating_sub(60);
    let from = (from..=before.len()).find(|&i| before.is_char_boundary(i))?;
    let window = &before[from..];
    let (i, len) = ["— ", "– ", "- "]
        .iter()
        .filter_map(|d| window.rfind(d).map(|i| (i, d.len())))
        .max()?;
    let dash = from + i;
    let name = &window[i + len..];
    let spaced = dash == 0 || text[..dash].ends_with([' ', '\n', '\u{a0}']);
    let name_start = dash + len + (name.len() - name.trim_start().len());
    (spaced
        && !name.trim().is_empty()
        && !name.contains(['\n', '(', ')'])
        && name.chars().any(char::is_uppercase))
    .then_some(Signature {
        dash,
        end,
        name: (name_start, name_start + name.trim().len()),
    })
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

    #[test]
    fn an_inch_mark_opens_no_quotation() {
        fn quoted(t: &str) -> Vec<&str> {
            let mut q = Vec::new();
            find_quotes_into(t, &mut q);
            q.iter().map(|s| &t[s.inner_start..s.inner_end]).collect()
        }
        assert!(quoted("A tall (5'10\") woman, she proved adept as a comedian.").is_empty());
        assert!(quoted("He bought a 55\" screen and a 40\" one.").is_empty());
        // A quotation that closes after a figure still closes.
        assert_eq!(quoted("He said \"it cost 5\" and left."), ["it cost 5"]);
        assert_eq!(quoted("The \"reform\" passed."), ["reform"]);
    }

    #[test]
    fn a_markup_attribute_value_is_no_quotation() {
        let t = "<post author=\"@ana\" date=\"May 9, 2016\">The \"reform\" passed.</post>";
        assert_eq!(inner(t), ["reform"]);
        // An unclosed value ends at its paragraph, quoting nothing.
        assert_eq!(inner("<a href=\"x\n\nShe said \"no\"."), ["no"]);
    }

    #[test]
    fn a_quotation_running_on_into_a_glued_paragraph_opens_again() {
        // Paragraphs scraped without their breaks: the quotation's second paragraph
        // opens with a mark of its own, the first never closed.
        let t = "Fund said, \"It is unusual.\"What is also odd is the fine,\" Fund said.\
                 He added, \"It stops.\" Then \"more\" came.";
        assert_eq!(
            inner(t),
            [
                "It is unusual.",
                "What is also odd is the fine,",
                "It stops.",
                "more"
            ]
        );
        // Where the next mark opens a quotation, the glued mark closes one.
        let t = "It had \"no substance.\"Dean spoke of \"lies\" on Monday.";
        assert_eq!(inner(t), ["no substance.", "lies"]);
        // A question's closing mark before a lowercase tag closes.
        let t = "\"Was it wise?\"Yes, it was, and \"who knows?\" she asked.";
        assert_eq!(inner(t), ["Was it wise?", "who knows?"]);
        // A curly mark after it says which it is.
        let t = "\"Act now.\"It goes without saying. “No,” he said.";
        assert_eq!(inner(t), ["Act now.", "No,"]);
        let t = "\"Act now.\"It is late,” he said.";
        assert_eq!(inner(t), ["Act now.", "It is late,"]);
    }

    fn inner(text: &str) -> Vec<&str> {
        let mut q = Vec::new();
        find_quotes_into(text, &mut q);
        q.iter()
            .map(|q| &text[q.inner_start..q.inner_end])
            .collect()
    }

    #[test]
    fn straight_single_quotes_quote_as_curly_ones_do() {
        // A headline's quotation, with an apostrophe inside it.
        assert_eq!(
            inner("'We're Not Being Paranoid': Agency Warns Of Drones"),
            ["We're Not Being Paranoid"]
        );
        assert_eq!(
            inner("Senator calls the plan 'a disgrace' and walks out"),
            ["a disgrace"]
        );
        // Apostrophes that open nothing: contractions, possessives, decades, elisions.
        assert!(inner("The workers' union said it won't strike in the '90s style.").is_empty());
        assert!(inner("A rock 'n' roll show; let 'em in.").is_empty());
        // Unclosed at the paragraph's end: no quotation.
        assert!(inner("He said 'we will win\n\nNext paragraph.").is_empty());
        // Inside a double quotation the single marks are part of it.
        assert_eq!(
            inner("\"They told me 'no way,' and left,\" she said."),
            ["They told me 'no way,' and left,"]
        );
        // Two apostrophes in a row still mark a quotation.
        assert_eq!(inner("He called it ''a mess'' today."), ["a mess"]);
        // A plural's mark inside a quotation does not close it; one after it does not
        // reach back.
        assert_eq!(
            inner("The party's 'workers' charter' was published."),
            ["workers' charter"]
        );
        assert_eq!(
            inner("Senators called it 'a raid' on the workers' pay."),
            ["a raid"]
        );
    }

    #[test]
    fn straight_single_quotes_on_odd_text() {
        // Capitalised elisions open nothing; a `$` amount or a letter outside ASCII does.
        assert!(inner("'Tis the season, 'Cause we said so.").is_empty());
        assert_eq!(
            inner("A '$5 fee' and an 'über tax' came in."),
            ["$5 fee", "über tax"]
        );
        // Multi-byte letters beside the marks, and runs of marks: no panic, no quotation
        // from a lone mark.
        assert_eq!(inner("é'ü 'ñ' 日本'語"), ["ñ"]);
        for t in ["'", "''", ", '", "x'", "'😀'", "' ' '", "\"'\"'"] {
            let _ = inner(t);
        }
        assert!(inner("'").is_empty());
        // Unclosed straight quotes open nothing, however many.
        assert!(inner(&"'word and more ".repeat(50)).is_empty());
    }

    #[test]
    fn a_quotation_inside_one_of_the_other_double_kind_stays_inside_it() {
        // Straight outside, curly inside: the outer quotation runs to its own close,
        // straight or curly.
        assert_eq!(
            inner("\"Can we drop the “master planner” talk? It failed,” she wrote."),
            ["Can we drop the “master planner” talk? It failed,"]
        );
        assert_eq!(
            inner("\"We heard “trust us” again,\" he said."),
            ["We heard “trust us” again,"]
        );
        // Curly outside, straight inside.
        assert_eq!(
            inner("“They call it \"reform,\" and I call it theft,” she said."),
            ["They call it \"reform,\" and I call it theft,"]
        );
        // Not nested: a straight quote left unclosed before a curly one, and a straight
        // mark that closes a curly quote (after a comma) before a new one opens.
        assert_eq!(
            inner("He said \"no and then “yes” and “maybe”."),
            ["no and then", "yes", "maybe"]
        );
        assert_eq!(
            inner("“I am tired,\" she said. \"Very tired.”"),
            ["I am tired,", "Very tired."]
        );
        // Straight marks wrapping a whole paragraph (a scraped page's quoted passage):
        // the curly quotation inside is read as its own, with its speaker outside it.
        assert_eq!(
            inner("Intro.\n\n\"Crews found “no damage at all,” the chief said.\"\n\nEnd."),
            ["Crews found", "no damage at all,", ""]
        );
        // A straight mark after a space after the curly quotation opens the next one.
        assert_eq!(
            inner("\"He said, “I am done,” Roe said. \"Then he left.\""),
            ["He said,", "I am done,", "Then he left."]
        );
        assert_eq!(inner("\"“We won,” she said.\""), ["", "We won,", ""]);
    }

    #[test]
    fn lowercase_name_lines_mark_a_podcasts_turns() {
        let t = "Today on the show: the budget.\n\njane roe\n\nWhy did the vote fail?\n\n\
                 tom poole\n\nThe council stalled.\n\nIt always does.\n\n\
                 jane roe\n\nThanks.\n\n\
                 archived recording (mayor tom poole)\n\nWe will win.";
        assert_eq!(
            labels(t),
            [
                ("jane roe", "Why did the vote fail?", true),
                ("tom poole", "The council stalled.\n\nIt always does.", true),
                ("jane roe", "Thanks.", true),
                ("archived recording (mayor tom poole)", "We will win.", true),
            ]
        );
        // One name, or too few name lines, make no transcript; nor do lowercase lines
        // that are not two to four words.
        assert!(labels(
            "jane roe\n\nHi.\n\njane roe\n\nBye.\n\njane roe\n\nNo.\n\njane roe\n\nYes."
        )
        .is_empty());
        assert!(labels("jane roe\n\nHi.\n\ntom poole\n\nBye.").is_empty());
        assert!(labels(
            "advertisement\n\nHi.\n\nmore\n\nBye.\n\nadvertisement\n\nNo.\n\nmore\n\nYes."
        )
        .is_empty());
    }

    fn posts(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        find_embedded_posts_into(text, &mut out);
        out.iter().map(|&(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn a_paragraph_signed_as_a_post_is_its_authors_words() {
        let t = "The mayor answered online.\n\nThe council is a disgrace and everyone \
                 knows it! \u{2014} Jane Roe (@janeroe_42) March 3, 2019\n\nThe vote is on \
                 Friday.";
        assert_eq!(
            posts(t),
            ["The council is a disgrace and everyone knows it!"]
        );
        // A line break inside the post does not end it; a paragraph break does.
        let t = "Intro here.\n\nFirst line of the post\nand its second \
                 - Sam Poe (@sampoe) June 12, 2017 Report";
        assert_eq!(posts(t), ["First line of the post\nand its second"]);
    }

    #[test]
    fn a_signed_post_knows_its_signature_and_the_name_in_it() {
        let t = "Intro.\n\nThe vote is rigged! \u{2014} Jane Q. Roe (@janeroe) March 3, 2019 \
                 (link)\n\nMore.";
        let mut out = Vec::new();
        find_signed_posts_into(t, &mut out);
        assert_eq!(out.len(), 1);
        let p = out[0];
        assert_eq!(&t[p.start..p.end], "The vote is rigged!");
        assert_eq!(&t[p.name_start..p.name_end], "Jane Q. Roe");
        assert_eq!(
            &t[p.signature_start..p.signature_end],
            "\u{2014} Jane Q. Roe (@janeroe) March 3, 2019"
        );
    }

    #[test]
    fn a_handle_without_a_signature_is_no_post() {
        // A handle in running text, a signature without a date, a dash far from the
        // handle, and a paragraph too long to be a post.
        assert!(posts("He wrote to the mayor (@janeroe) on Friday.").is_empty());
        assert!(posts("The post said so. \u{2014} Jane Roe (@janeroe)\n\nMore.").is_empty());
        assert!(posts("Roe (@janeroe) March 3, 2019 wrote it.").is_empty());
        let long = format!(
            "{} \u{2014} Jane Roe (@janeroe) March 3, 2019",
            "The plan is a sham. ".repeat(40)
        );
        assert!(posts(&long).is_empty());
    }

    fn labels(text: &str) -> Vec<(&str, &str, bool)> {
        let mut out = Vec::new();
        find_speaker_turns_into(text, &mut out);
        out.iter()
            .map(|t| {
                (
                    &text[t.label_start..t.label_end],
                    &text[t.inner_start..t.inner_end],
                    t.named,
                )
            })
            .collect()
    }

    #[test]
    fn a_transcript_paragraph_is_its_speakers_turn() {
        let t = "The mayor spoke on the radio.\n\nHOST: Was the plan a failure?\n\
                 SEN. JANE ROE: It was a disgraceful mess,\nand everyone knew it.\n\n\
                 The show ended at noon.";
        assert_eq!(
            labels(t),
            [
                ("HOST", "Was the plan a failure?", true),
                (
                    "SEN. JANE ROE",
                    "It was a disgraceful mess,\nand everyone knew it.",
                    true
                ),
            ]
        );
        let qa = "Q: Why now?\nA: Because the council stalled.";
        assert_eq!(
            labels(qa),
            [
                ("Q", "Why now?", false),
                ("A", "Because the council stalled.", false)
            ]
        );
        let crowd = "MAYOR POOLE: We will win.\nUNIDENTIFIED MAN: Never!";
        assert!(!labels(crowd)[1].2);
    }

    #[test]
    fn an_answer_over_several_paragraphs_is_the_speakers_until_the_next_label() {
        // The senator's second paragraph, before the host's next label, is hers; the
        // story's paragraph after the last turn is the outlet's again.
        let t = "HOST: Why block the bill?\n\nROE: It is a reckless bill.\n\n\
                 And the reason is simple. It is a disgrace.\n\nHOST: Thank you.\n\n\
                 Roe left the studio at noon.";
        assert_eq!(
            labels(t),
            [
                ("HOST", "Why block the bill?", true),
                (
                    "ROE",
                    "It is a reckless bill.\n\nAnd the reason is simple. It is a disgrace.",
                    true
                ),
                ("HOST", "Thank you.", true),
            ]
        );
        // The outlet's commentary between excerpts: a heading, or a paragraph that
        // names a speaker.
        let t = "HOST: Why block the bill?\n\nROE: It is reckless.\n\n\
                 Roe never said which part.\n\nHOST: Thank you.";
        assert_eq!(labels(t)[1].1, "It is reckless.");
        let t = "HOST: Why block the bill?\n\nROE: It is reckless.\n\n\
                 A bad answer.\n\n2. Taxes\n\nHOST: And taxes?";
        assert_eq!(labels(t)[1].1, "It is reckless.");
        // A digest's items under capitalised headings are no conversation to run on.
        let t = "SMITH: THE PLAN FAILS - Jo Smith looks at the plan.\n\n\
                 ROADS IN THE RAIN - Crews worked overnight.\n\n\
                 JONES TRACKS: TAXES - The council voted.";
        assert_eq!(
            labels(t)[0].1,
            "THE PLAN FAILS - Jo Smith looks at the plan."
        );
        // Too many paragraphs before the next label: the turn keeps its own.
        let long = format!(
            "HOST: Why?\n\nROE: Because.\n\n{}HOST: Thanks.",
            "The council met again.\n\n".repeat(9)
        );
        assert_eq!(labels(&long)[1].1, "Because.");
    }

    #[test]
    fn a_label_with_a_role_names_its_speaker_and_a_staff_role_the_outlet() {
        let mut out = Vec::new();
        let t = "JANE ROE, HOST:\n\nThe council met.\n\nTOM POOLE, BYLINE: Yes.\n\n\
                 ROE: Why?\n\nPOOLE: Because.\n\nANN LEE, CNN ANCHOR: No.\n\nLEE: Never.";
        find_speaker_turns_into(t, &mut out);
        let got: Vec<(&str, bool)> = out
            .iter()
            .map(|t2| (&t[t2.label_start..t2.label_end], t2.outlet))
            .collect();
        assert_eq!(
            got,
            [
                ("JANE ROE", true),
                ("TOM POOLE", true),
                ("ROE", true),
                ("POOLE", true),
                ("ANN LEE", false),
                ("LEE", false)
            ]
        );
        // The host's paragraphs after a label alone on its line are no one's turn.
        assert_eq!(&t[out[0].inner_start..out[0].inner_end], "");
        // A capitalised heading with a comma is no label.
        assert!(labels("TRUMP, ERDOGAN MEET: The two met.\nPOOLE: Yes.").is_empty());
    }

    #[test]
    fn headings_headlines_datelines_and_lists_are_no_speakers() {
        // Headings, even repeated: no conversation.
        assert!(labels("VERDICT: True.\nThe rest.\nVERDICT: Mostly false.").is_empty());
        assert!(labels("SEE ALSO: A story on roads\nEDITOR'S NOTE: This was updated.").is_empty());
        assert!(labels("WASHINGTON: The council met on Monday.").is_empty());
        assert!(labels("RELATED: Budget news\nFILE PHOTO: The mayor in May.").is_empty());
        // A headline (all capitals after the colon) and an empty heading.
        assert!(labels("POOLE: CITY WILL RAISE TAXES\nROE: TAXES ARE A DISASTER").is_empty());
        assert!(labels("WATCH:\nPOOLE: We will win.\nROE: No.").len() == 2);
        // A lettered list, a lower-case label, a label too long to be a name, a time.
        assert!(labels("A: How he won.\nB: Where they failed.").is_empty());
        assert!(labels("Photo: the mayor.\nNote: none.").is_empty());
        assert!(labels("WHY THIS QUESTION MATTERS NOW: Because.\nPOOLE: Yes.").is_empty());
        assert!(labels("At 10:30 the mayor spoke.\nAt 11:00 she left.").is_empty());
        // A label must open its paragraph.
        assert!(labels("The mayor said POOLE: yes.\nand ROE: no.").is_empty());
    }

    #[test]
    fn a_mark_turned_the_wrong_way_still_opens_or_closes() {
        assert_eq!(
            inner("Ruiz spoke. ”We are ready,” she said. The rest is prose."),
            ["We are ready,"]
        );
        assert_eq!(
            inner("Ruiz spoke. “We are ready,“ she said. The rest is prose."),
            ["We are ready,"]
        );
        // Twin: a mark after a space inside an open quotation opens one of its own.
        assert_eq!(
            inner("“We are ready\n\n“Now we go,” she said."),
            ["We are ready", "Now we go,"]
        );
    }
}
