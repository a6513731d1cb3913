//! Page furniture scraped into an article's running text: not the article's words, so
//! the document pass blanks it before any block reads the text.
//!
//! A name card is what a page shows when a reader points at a politician's name: the full
//! name, links to other stories' headlines and "MORE". A scrape that flattens the page
//! keeps it glued into the sentence: "President Trump Donald John TrumpSenators balk at
//! trial Warren goes local MORE's pick ..." Read as text, those headlines are someone
//! else's news: their words would be flagged, their "X says" counted as voices. Blanking
//! turns the card's bytes into spaces, so every byte offset into the body stays the
//! offset into the text as given.

/// A card's headlines end this many bytes after its glued name at most.
const CARD_BYTES: usize = 3000;
/// Words of a full name between the name as shown and the card's glued surname
/// ("Donald John" in "Trump Donald John TrumpSenators ...").
const NAME_WORDS: usize = 5;

/// The byte spans of the name cards in `text`, in text order: each from the card's first
/// name to the end of its "MORE". A card is recognised only when its surname, glued to
/// the first headline or to "MORE" or followed by a space, is also the word shown just
/// before the card.
pub fn name_cards(text: &str, out: &mut Vec<(usize, usize)>) {
    out.clear();
    let bytes = text.as_bytes();
    let mut searched = 0;
    let mut from = 0;
    while let Some(found) = memchr::memmem::find(&bytes[from..], b"MORE") {
        let more = from + found;
        let end = more + 4;
        from = end;
        if bytes.get(end).is_some_and(|b| b.is_ascii_alphanumeric()) {
            continue;
        }
        // The card lies on the line of its "MORE", after the card before it.
        let line = text[..more].rfind('\n').map_or(0, |at| at + 1);
        let mut start = more.saturating_sub(CARD_BYTES).max(line).max(searched);
        while !text.is_char_boundary(start) {
            start += 1;
        }
        if let Some(card) = card_before(text, start, more) {
            out.push((card, end));
            searched = end;
        }
    }
}

/// Blanks every name card of `text` with spaces (lengths and offsets kept); `spans`
/// is room for their spans.
pub fn blank_name_cards(text: &mut String, spans: &mut Vec<(usize, usize)>) {
    name_cards(text, spans);
    if spans.is_empty() {
        return;
    }
    // Each span starts and ends on a char boundary and every byte becomes an ASCII
    // space, so the text stays UTF-8.
    let mut blanked = std::mem::take(text).into_bytes();
    for &(start, end) in spans.iter() {
        blanked[start..end].fill(b' ');
    }
    *text = String::from_utf8(blanked).expect("blanking whole characters keeps UTF-8");
}

/// The start of the card ending at `more`, found from the last word of
/// `text[start..more]` that holds a surname shown just before its full name, the surname
/// either the whole word or glued to what follows (a capital, a digit or a quotation
/// mark: "TrumpSenators"). The last, because a first name repeats too: in "Ann Vale Ann
/// Marie Vale", "Ann" follows "Ann Vale" as "Vale" follows "Vale Ann Marie".
fn card_before(text: &str, start: usize, more: usize) -> Option<usize> {
    let mut found = None;
    let mut at = start;
    for word in text[start..more].split(' ') {
        let word_at = at;
        at += word.len() + 1;
        let mut chars = word.char_indices().peekable();
        while let Some((_, c)) = chars.next() {
            let next = chars
                .peek()
                .map(|&(i, n)| (i, Some(n)))
                .unwrap_or((word.len(), None));
            let ends = match next.1 {
                None => c.is_alphabetic(),
                Some(n) => {
                    c.is_lowercase()
                        && (n.is_uppercase()
                            || n.is_ascii_digit()
                            || matches!(n, '\'' | '"' | '‘' | '“'))
                }
            };
            if !ends {
                continue;
            }
            if let Some(card) = full_name_start(text, word_at + next.0) {
                found = Some(card);
            }
        }
    }
    found
}

/// Where the full name whose surname ends at `glue` starts, when the same surname is
/// shown as a word just before it: "Trump Donald John Trump|" gives the offset of
/// "Donald".
fn full_name_start(text: &str, glue: usize) -> Option<usize> {
    let head = &text[..glue];
    let surname_at = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic() || *c == '-')
        .last()
        .map(|(at, _)| at)?;
    let surname = &head[surname_at..];
    if !is_capitalised(surname) {
        return None;
    }
    // The words of the full name before its surname, nearest first, until the surname
    // shown (possibly possessive: "Trump's").
    let mut before = head[..surname_at].strip_suffix(' ')?;
    for _ in 0..=NAME_WORDS {
        let word_at = before.rfind(' ').map_or(0, |at| at + 1);
        let word = &before[word_at..];
        let shown = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .unwrap_or(word);
        if shown == surname && word_at + word.len() < surname_at - 1 {
            return Some(word_at + word.len() + 1);
        }
        // The name shown glued to the card's first name: "Jason CrowJason Crow...".
        if let Some(rest) = word.strip_prefix(surname) {
            if rest.starts_with(|c: char| c.is_uppercase()) {
                return Some(word_at + surname.len());
            }
        }
        if !is_name_word(word) || word_at == 0 {
            return None;
        }
        before = before[..word_at].strip_suffix(' ')?;
    }
    None
}

/// A word of a full name: a capitalised word, an initial ("J."), a nickname in
/// parentheses ("(Bernie)"), a suffix ("Jr.") or a particle ("de" in "Bill de Blasio").
fn is_name_word(word: &str) -> bool {
    let bare = word
        .trim_start_matches('(')
        .trim_end_matches([')', '.', ',']);
    let initial = bare.len() == 1 && bare.starts_with(|c: char| c.is_ascii_uppercase());
    (initial || is_capitalised(bare) || NAME_PARTICLES.contains(&bare))
        && bare
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
}

/// A word in capitals (at least two letters; hyphens, periods and apostrophes inside), as
/// a photographer's name is printed in some credits ("JANE ROE/AP").
fn is_capitals_word(word: &str) -> bool {
    word.chars().filter(|c| c.is_uppercase()).count() >= 2
        && word
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, '-' | '.' | '\'' | '’'))
}

/// A capital then at least one lowercase letter: a name as written in running text,
/// not a word of an all-capitals line ("NEW YORK").
fn is_capitalised(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase()) && word.chars().any(char::is_lowercase)
}

/// Lowercase words inside a person's name.
const NAME_PARTICLES: &[&str] = &[
    "de", "del", "della", "da", "di", "du", "van", "von", "der", "den", "la", "le", "bin", "al",
];

/// What a blanked span of page furniture was ([`Furniture::kind`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FurnitureKind {
    /// A politician's name card ([`name_cards`]).
    NameCard,
    /// A photo caption or credit.
    Caption,
    /// A sign-up, subscription or sharing prompt.
    Prompt,
    /// A line linking to another story ("Related: ...").
    Link,
    /// A "Story highlights" header.
    Highlights,
    /// A video box ("JUST WATCHED ... MUST WATCH").
    Video,
    /// A note about the article itself (an update or a correction).
    Note,
    /// An advertisement marker.
    Ad,
    /// A transcript's stage direction ("(APPLAUSE)", "(CROSSTALK)"): no one's words.
    Cue,
    /// A dateline opening a line ("WASHINGTON (AP) — ", "(Reuters) - "): where and by
    /// whom, not the story's words ([`dateline`]).
    Dateline,
}

impl FurnitureKind {
    /// The kind's name, as in the section headers of `data/furniture.txt`.
    pub fn name(self) -> &'static str {
        match self {
            FurnitureKind::NameCard => "name-card",
            FurnitureKind::Caption => "caption",
            FurnitureKind::Prompt => "prompt",
            FurnitureKind::Link => "link",
            FurnitureKind::Highlights => "highlights",
            FurnitureKind::Video => "video",
            FurnitureKind::Note => "note",
            FurnitureKind::Ad => "ad",
            FurnitureKind::Cue => "cue",
            FurnitureKind::Dateline => "dateline",
        }
    }

    fn from_name(name: &str) -> Option<FurnitureKind> {
        [
            FurnitureKind::NameCard,
            FurnitureKind::Caption,
            FurnitureKind::Prompt,
            FurnitureKind::Link,
            FurnitureKind::Highlights,
            FurnitureKind::Video,
            FurnitureKind::Note,
            FurnitureKind::Ad,
            FurnitureKind::Cue,
            FurnitureKind::Dateline,
        ]
        .into_iter()
        .find(|k| k.name() == name)
    }
}

/// One blanked span of page furniture: its kind and its bytes in the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Furniture {
    pub kind: FurnitureKind,
    pub start: usize,
    pub end: usize,
}

/// The furniture lists (`data/furniture.txt`).
const DATA: &str = include_str!("../../data/furniture.txt");
/// A furniture line holds at most this many bytes (captions run long).
const LINE_BYTES: usize = 400;
/// A long furniture line (a photo list, a gallery's opening) holds at most this many bytes.
const LONG_LINE_BYTES: usize = 2000;
/// A caption in parentheses holds at most this many bytes.
const PAREN_BYTES: usize = 200;
/// A video box's last title and running time come within this many bytes after it.
const BOX_TAIL_BYTES: usize = 300;
/// Name words after a credit's slash ("REUTERS/Jane Q. Roe").
const CREDIT_WORDS: usize = 3;

/// Where an entry of `data/furniture.txt` counts (see the file's header).
use memchr::memmem::Finder;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Line,
    Tail,
    Player,
    Within,
    Long,
    Alone,
    Head,
    Paren,
    Credit,
    CreditFirst,
    Bar,
    Between,
    Box,
    Gallery,
}

/// The compiled furniture lists: entries by shape, each with its kind.
#[derive(Debug, Default)]
pub struct FurnitureLists {
    /// Line, long, alone and head entries, lowercase (ASCII): (shape, entry, kind).
    lines: Vec<(Shape, String, FurnitureKind)>,
    /// First bytes (lowercase) of the line entries: a line opening otherwise is skipped.
    line_firsts: [u64; 4],
    paren: Vec<(String, FurnitureKind)>,
    credit: Vec<(String, FurnitureKind)>,
    credit_first: Vec<(String, FurnitureKind)>,
    bar: Vec<(String, FurnitureKind)>,
    between: Vec<(String, FurnitureKind)>,
    gallery: Vec<(String, FurnitureKind)>,
    tail: Vec<(String, FurnitureKind)>,
    player: Vec<(String, FurnitureKind)>,
    within: Vec<(String, FurnitureKind)>,
    within_finders: Vec<Finder<'static>>,
    gallery_finders: Vec<Finder<'static>>,
    /// Searchers built once: " | ", the between entries, the box openings and closings.
    bar_finder: Vec<Finder<'static>>,
    between_finders: Vec<Finder<'static>>,
    box_finders: Vec<(Finder<'static>, Finder<'static>)>,
    /// Where the line entries of each first byte start in `lines` (sorted by first byte).
    line_runs: Vec<usize>,
    /// Box openings and closings.
    boxes: Vec<(String, String, FurnitureKind)>,
}

impl FurnitureLists {
    /// The lists of `data/furniture.txt`, compiled once.
    pub fn builtin() -> &'static FurnitureLists {
        static LISTS: std::sync::OnceLock<FurnitureLists> = std::sync::OnceLock::new();
        LISTS.get_or_init(|| FurnitureLists::parse(DATA).expect("data/furniture.txt parses"))
    }

    /// Compiles lists from their text form: `[SHAPE KIND]` lines, then one entry a line;
    /// `#` at a line's start is a comment.
    pub fn parse(text: &str) -> Result<FurnitureLists, String> {
        let mut lists = FurnitureLists::default();
        let mut section: Option<(Shape, FurnitureKind)> = None;
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(head) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                let (shape, kind) = head.split_once(' ').unwrap_or((head, ""));
                let shape = match shape {
                    "line" => Shape::Line,
                    "tail" => Shape::Tail,
                    "player" => Shape::Player,
                    "within" => Shape::Within,
                    "long" => Shape::Long,
                    "alone" => Shape::Alone,
                    "head" => Shape::Head,
                    "paren" => Shape::Paren,
                    "credit" => Shape::Credit,
                    "credit-first" => Shape::CreditFirst,
                    "bar" => Shape::Bar,
                    "between" => Shape::Between,
                    "box" => Shape::Box,
                    "gallery" => Shape::Gallery,
                    _ => return Err(format!("line {}: unknown shape {shape:?}", i + 1)),
                };
                let kind = FurnitureKind::from_name(kind.trim())
                    .ok_or_else(|| format!("line {}: unknown kind {kind:?}", i + 1))?;
                section = Some((shape, kind));
                continue;
            }
            let (shape, kind) =
                section.ok_or_else(|| format!("line {}: an entry before any section", i + 1))?;
            let lower = line.to_ascii_lowercase();
            match shape {
                Shape::Line | Shape::Long | Shape::Alone | Shape::Head => {
                    let b = lower.as_bytes()[0];
                    lists.line_firsts[usize::from(b / 64)] |= 1 << (b % 64);
                    lists.lines.push((shape, lower, kind));
                }
                Shape::Paren => lists.paren.push((lower, kind)),
                Shape::Credit => lists.credit.push((line.to_string(), kind)),
                Shape::CreditFirst => lists.credit_first.push((line.to_string(), kind)),
                Shape::Bar => lists.bar.push((line.to_string(), kind)),
                Shape::Between => lists.between.push((line.to_string(), kind)),
                Shape::Gallery => lists.gallery.push((line.to_string(), kind)),
                Shape::Tail => lists.tail.push((line.to_string(), kind)),
                Shape::Player => lists.player.push((line.to_string(), kind)),
                Shape::Within => lists.within.push((line.to_string(), kind)),
                Shape::Box => {
                    let (open, close) = line
                        .split_once(" ... ")
                        .ok_or_else(|| format!("line {}: a box is \"OPEN ... CLOSE\"", i + 1))?;
                    lists
                        .boxes
                        .push((open.to_string(), close.to_string(), kind));
                }
            }
        }
        lists.lines.sort_by_key(|(_, e, _)| e.as_bytes()[0]);
        lists.line_runs = (0..=256)
            .map(|b| {
                (lists.lines.iter())
                    .take_while(|(_, e, _)| usize::from(e.as_bytes()[0]) < b)
                    .count()
            })
            .collect();
        lists.bar_finder = vec![Finder::new(" | ").into_owned()];
        lists.between_finders = (lists.between.iter())
            .map(|(e, _)| Finder::new(e.as_bytes()).into_owned())
            .collect();
        lists.within_finders = (lists.within.iter())
            .map(|(e, _)| Finder::new(e.as_bytes()).into_owned())
            .collect();
        lists.gallery_finders = (lists.gallery.iter())
            .map(|(e, _)| Finder::new(e.as_bytes()).into_owned())
            .collect();
        lists.box_finders = (lists.boxes.iter())
            .map(|(o, c, _)| {
                (
                    Finder::new(o.as_bytes()).into_owned(),
                    Finder::new(c.as_bytes()).into_owned(),
                )
            })
            .collect();
        // Longest first, so "AFP/Getty Images" is tried before "AFP".
        for list in [&mut lists.credit, &mut lists.credit_first, &mut lists.bar] {
            list.sort_by_key(|(e, _)| std::cmp::Reverse(e.len()));
        }
        Ok(lists)
    }

    /// Fills `out` with the furniture of `text` found by these lists (name cards not
    /// included), in no particular order; every span starts and ends on a char boundary.
    pub fn find(&self, text: &str, out: &mut Vec<Furniture>) {
        let bytes = text.as_bytes();
        let mut line_start = 0;
        // Only the article's first dateline is one, before its first long paragraph: a line
        // opening with capitals and a dash further on is a heading ("UPDATE - ").
        let mut dateline_seen = false;
        while line_start < bytes.len() {
            let line_end = memchr::memchr(b'\n', &bytes[line_start..])
                .map_or(bytes.len(), |at| line_start + at);
            self.find_in_line(text, line_start, line_end, &mut dateline_seen, out);
            line_start = line_end + 1;
        }
        let line_of = |at: usize| line_around(bytes, at);
        // "... at the palace. | AP Photo Next headline": the credit after the bar.
        // A short line holding such a credit is a caption line: it goes whole.
        for at in self.bar_finder.iter().flat_map(|f| f.find_iter(bytes)) {
            let (from, to) = line_of(at);
            let after = &text[at + 3..to];
            let line = text[from..to].trim();
            let Some((entry, kind)) = self.bar.iter().find(|(e, _)| starts_word(after, e)) else {
                // "Caption. | Jane Roe/The Daily Planet": a short line goes whole.
                if line.len() <= LINE_BYTES && slash_credit(after) {
                    out.push(whole_line(text, from, to, FurnitureKind::Caption));
                }
                continue;
            };
            if lowercase_word_after(&after[entry.len()..]) {
                continue;
            }
            out.push(match line.len() <= LINE_BYTES {
                true => whole_line(text, from, to, *kind),
                false => Furniture {
                    kind: *kind,
                    start: at + 1,
                    end: at + 3 + entry.len(),
                },
            });
        }
        // "Photos: Title Caption one. Hide Caption 1 of 9 Photos: Title Caption two. ...":
        // a gallery flattened into a line goes from the line's start to its last marker,
        // or to the line's end when the gallery goes on ("3 of 9": the next photo's start).
        for ((entry, kind), finder) in self.gallery.iter().zip(&self.gallery_finders) {
            let mut line: Option<(usize, usize, usize, bool)> = None;
            for at in finder.find_iter(bytes) {
                let Some((count_end, last)) = gallery_count(&text[at + entry.len()..]) else {
                    continue;
                };
                let (from, to) = line_of(at);
                let marker_end = at + entry.len() + count_end;
                match &mut line {
                    Some((f, _, end, is_last)) if *f == from => {
                        (*end, *is_last) = (marker_end, last)
                    }
                    _ => {
                        if let Some(done) = line.take() {
                            out.push(gallery_span(text, done, *kind));
                        }
                        line = Some((from, to, marker_end, last));
                    }
                }
            }
            if let Some(done) = line {
                out.push(gallery_span(text, done, *kind));
            }
        }
        self.find_within(text, out);
        // "... ends here. Advertisement The next ...": a marker between two sentences.
        for ((entry, kind), finder) in self.between.iter().zip(&self.between_finders) {
            for at in finder.find_iter(bytes) {
                let (from, to) = line_of(at);
                let end = at + entry.len();
                let head = text[from..at].trim_end_matches(' ');
                let after_end = head.len() < at - from
                    && (head.is_empty() || head.ends_with(['.', '?', '!', ')', '"', '”']));
                let tail = text[end..to].strip_prefix(' ').unwrap_or("");
                if after_end && tail.starts_with(|c: char| c.is_uppercase() || c == '“') {
                    out.push(Furniture {
                        kind: *kind,
                        start: at,
                        end,
                    });
                }
            }
        }
        for ((open, close, kind), (open_finder, close_finder)) in
            self.boxes.iter().zip(&self.box_finders)
        {
            let mut at = 0;
            while let Some(o) = open_finder.find(&bytes[at..]) {
                let o = at + o;
                let (_, to) = line_of(o);
                let Some(c) = close_finder.find(&bytes[o + open.len()..to]) else {
                    at = o + open.len();
                    continue;
                };
                let mut e = o + open.len() + c + close.len();
                // The last title repeated after CLOSE ends with its running time ("02:39").
                if let Some(time) = running_time(&bytes[e..to.min(e + BOX_TAIL_BYTES)]) {
                    e += time;
                }
                out.push(Furniture {
                    kind: *kind,
                    start: o,
                    end: e,
                });
                at = e;
            }
        }
    }

    /// "Get our stories delivered to your inbox.": a short line holding a `within` entry
    /// goes whole.
    fn find_within(&self, text: &str, out: &mut Vec<Furniture>) {
        let bytes = text.as_bytes();
        for ((_, kind), finder) in self.within.iter().zip(&self.within_finders) {
            for at in finder.find_iter(bytes) {
                let (from, to) = line_around(bytes, at);
                if text[from..to].trim().len() <= LINE_BYTES {
                    out.push(whole_line(text, from, to, *kind));
                }
            }
        }
    }

    fn find_in_line(
        &self,
        text: &str,
        from: usize,
        to: usize,
        dateline_seen: &mut bool,
        out: &mut Vec<Furniture>,
    ) {
        let line = &text[from..to];
        let start = from + (line.len() - line.trim_start().len());
        let end = from + line.trim_end().len();
        if start >= end {
            return;
        }
        let trimmed = &text[start..end];
        if trimmed.len() <= LINE_BYTES {
            let tail = self.tail.iter().find(|(e, _)| {
                (trimmed.strip_suffix(e.as_str())).is_some_and(|head| head.ends_with(' '))
            });
            if let Some((_, kind)) = tail {
                out.push(Furniture {
                    kind: *kind,
                    start,
                    end,
                });
                return;
            }
            let ends_in_digit = trimmed.as_bytes()[trimmed.len() - 1].is_ascii_digit();
            if let Some(head) = ends_in_digit
                .then(|| without_running_times(trimmed))
                .flatten()
            {
                let player = self.player.iter().find(|(e, _)| {
                    (head.strip_suffix(e.as_str()))
                        .is_some_and(|before| before.is_empty() || before.ends_with(' '))
                });
                if let Some((_, kind)) = player {
                    out.push(Furniture {
                        kind: *kind,
                        start,
                        end,
                    });
                    return;
                }
            }
        }
        let first = trimmed.as_bytes()[0].to_ascii_lowercase();
        if self.line_firsts[usize::from(first / 64)] & (1 << (first % 64)) != 0 {
            let run = &self.lines
                [self.line_runs[usize::from(first)]..self.line_runs[usize::from(first) + 1]];
            for (shape, entry, kind) in run {
                let span = match shape {
                    Shape::Line if trimmed.len() <= LINE_BYTES && opens(trimmed, entry) => {
                        Some((start, end))
                    }
                    Shape::Long if trimmed.len() <= LONG_LINE_BYTES && opens(trimmed, entry) => {
                        Some((start, end))
                    }
                    Shape::Alone if trimmed.eq_ignore_ascii_case(entry) => Some((start, end)),
                    Shape::Head if opens(trimmed, entry) => Some((start, start + entry.len())),
                    _ => None,
                };
                if let Some((start, end)) = span {
                    out.push(Furniture {
                        kind: *kind,
                        start,
                        end,
                    });
                    // The line is blanked whole, or its head: nothing more on it to find.
                    if end == start + trimmed.len() {
                        return;
                    }
                    break;
                }
            }
        }
        // A line blanked whole by an entry ("FILE - In this photo ...") holds no dateline.
        if let Some(n) = dateline(trimmed).filter(|_| !*dateline_seen) {
            *dateline_seen = true;
            out.push(Furniture {
                kind: FurnitureKind::Dateline,
                start,
                end: start + n,
            });
        }
        // A long paragraph that is no caption (a credit in parentheses ends those) nor a
        // gallery is the story's: a dateline comes before it.
        if !*dateline_seen
            && trimmed.len() > LINE_BYTES
            && !trimmed.ends_with(')')
            && !(self.gallery.iter()).any(|(e, _)| trimmed.contains(e.as_str()))
        {
            *dateline_seen = true;
        }
        let bytes = text.as_bytes();
        for at in memchr::memchr3_iter(b'(', b'[', b'/', &bytes[from..to]).map(|at| from + at) {
            if bytes[at] == b'/' {
                self.credit_at(text, from, to, at, out);
            } else {
                self.paren_at(text, to, at, out);
            }
        }
    }

    /// Whether `inner`, the words inside a parenthesis, is a transcript's stage direction
    /// ("APPLAUSE", "BEGIN VIDEO CLIP"): a `[paren cue]` entry.
    pub fn is_stage_cue(&self, inner: &str) -> bool {
        (self.paren.iter()).any(|(e, k)| *k == FurnitureKind::Cue && opens(inner.trim_start(), e))
    }

    /// A caption in parentheses opening at `at` (a '(' or '[').
    fn paren_at(&self, text: &str, to: usize, at: usize, out: &mut Vec<Furniture>) {
        let bytes = text.as_bytes();
        let closing = if bytes[at] == b'(' { b')' } else { b']' };
        let limit = to.min(at + PAREN_BYTES);
        let Some(close) = memchr::memchr(closing, &bytes[at + 1..limit]).map(|c| at + 1 + c) else {
            return;
        };
        let inner = text[at + 1..close].trim_start();
        if inner.contains(['(', '[']) {
            return;
        }
        if let Some((_, kind)) = self.paren.iter().find(|(e, _)| opens(inner, e)) {
            out.push(Furniture {
                kind: *kind,
                start: at,
                end: close + 1,
            });
        }
    }

    /// A credit glued by the slash at `at`: "Jane Roe/AP" or "REUTERS/Jane Roe".
    /// A credit opening a line of at most 400 bytes takes the line ("Jane Roe/AP Crowds
    /// gather at the pier."): the caption follows its credit.
    fn credit_at(&self, text: &str, from: usize, to: usize, at: usize, out: &mut Vec<Furniture>) {
        // The slash glued ("Jane Roe/AP") or set off by spaces ("Jane Roe / AP").
        let spaced = text[from..at].ends_with(' ') && text[at + 1..to].starts_with(' ');
        let (at, right) = match spaced {
            true => (at - 1, at + 2),
            false => (at, at + 1),
        };
        let before = &text[from..at];
        let after = &text[right..to];
        let line = text[from..to].trim();
        let line_start = from + (text[from..to].len() - text[from..to].trim_start().len());
        let whole = |start: usize, end: usize| match start == line_start && line.len() <= LINE_BYTES
        {
            true => (start, line_start + line.len()),
            false => (start, end),
        };
        // "Jane Roe/AP": a capitalised name glued before the slash.
        if let Some((entry, kind)) = self.credit.iter().find(|(e, _)| starts_word(after, e)) {
            let mut end = right + entry.len();
            // Credits chained by more slashes ("/AFP/Getty Images") are the same credit.
            while text[end..to].starts_with('/') {
                match self
                    .credit
                    .iter()
                    .find(|(e, _)| starts_word(&text[end + 1..to], e))
                {
                    Some((e, _)) => end += 1 + e.len(),
                    None => break,
                }
            }
            let next = text[end..to].trim_start().chars().next();
            let glued = before.rsplit(' ').next().unwrap_or("");
            let glued = glued.rsplit('/').next().unwrap_or(glued);
            let glued = glued.trim_start_matches(['(', '[']);
            // "JANE ROE/AP" in capitals: only as the line's opening (checked below).
            let capitals = !is_capitalised(glued) && is_capitals_word(glued);
            if next.is_some_and(char::is_lowercase) || !(capitals || is_capitalised(glued)) {
                return;
            }
            let mut start = at - glued.len();
            // The name's earlier words: "Evan" in "Evan Vucci/AP".
            for _ in 0..CREDIT_WORDS {
                let head = text[from..start].strip_suffix(' ');
                let Some(head) = head else { break };
                let word_at = head.rfind(' ').map_or(0, |w| w + 1);
                let word = &head[word_at..];
                let initial = word.len() == 2 && word.ends_with('.');
                let name = match capitals {
                    true => word.split('/').all(is_capitals_word),
                    false => is_name_word(word),
                };
                if !name
                    || word.ends_with(',')
                    || (word.ends_with('.') && !initial)
                    || STOP_CAPITALS.contains(&word)
                {
                    break;
                }
                start = from + word_at;
            }
            if capitals && start != line_start {
                return;
            }
            // A credit opening a parenthesis takes the parenthesis whole.
            if text[start..].starts_with('(') && text[end..to].starts_with(')') {
                end += 1;
            }
            let (start, end) = whole(start, end);
            out.push(Furniture {
                kind: *kind,
                start,
                end,
            });
            return;
        }
        // "REUTERS/Jane Roe": a credit entry glued before the slash, a name after it.
        let Some((entry, kind)) = self.credit_first.iter().find(|(e, _)| {
            before.ends_with(e.as_str())
                && before[..before.len() - e.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
        }) else {
            return;
        };
        if !after.starts_with(|c: char| c.is_uppercase()) {
            return;
        }
        let start = at - entry.len();
        let mut end = right;
        let mut pos = right;
        for word in after.split(' ').take(CREDIT_WORDS) {
            let bare = word.trim_end_matches([')', ']', ',', ';']);
            let name = (bare.split('/')).all(|w| is_name_word(w) && !STOP_CAPITALS.contains(&w));
            if bare.is_empty() || !name {
                break;
            }
            end = pos + bare.len();
            pos += word.len() + 1;
            if bare.len() < word.len() {
                break;
            }
        }
        let (start, end) = whole(start, end);
        out.push(Furniture {
            kind: *kind,
            start,
            end,
        });
    }
}

/// Capitalised words that end a name ("REUTERS/Jane Roe The Senate ..." keeps "The").
const STOP_CAPITALS: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "As",
    "But",
    "And",
    "For",
    "If",
    "It",
    "This",
    "That",
    "He",
    "She",
    "They",
    "We",
    "I",
    "President",
    "Photo",
    "More",
];

/// Whether `tail` (what follows a credit) goes on with a lowercase word other than "and" or
/// "via" ("| AP poll" is no credit; "| Getty Images and AP Photo" is).
fn lowercase_word_after(tail: &str) -> bool {
    let word = tail.strip_prefix(' ').unwrap_or(tail);
    let word = &word[..word
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(word.len())];
    word.starts_with(|c: char| c.is_lowercase()) && !matches!(word, "and" | "via")
}

/// Whether `text` opens with a credit glued by a slash: up to 4 name words (capitalised or
/// in capitals), a slash and a capitalised word ("Jane Roe/The Daily Planet", "JO
/// PARK/POLITICO").
fn slash_credit(text: &str) -> bool {
    let Some(slash) = text.find('/') else {
        return false;
    };
    let name = &text[..slash];
    let words = name.split(' ').count();
    words <= CREDIT_WORDS + 1
        && name.split(' ').all(|w| {
            is_name_word(w)
                || (w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase() || c == '.'))
        })
        && text[slash + 1..].starts_with(|c: char| c.is_uppercase())
}

/// After a gallery marker's words, its count " 3 of 9": the count's length and whether it
/// is the gallery's last photo.
fn gallery_count(tail: &str) -> Option<(usize, bool)> {
    let digits = |s: &str| s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let rest = tail.strip_prefix(' ')?;
    let k = digits(rest);
    let rest2 = rest[k..].strip_prefix(" of ")?;
    let n = digits(rest2);
    if k == 0 || n == 0 || k > 4 || n > 4 {
        return None;
    }
    let len = 1 + k + 4 + n;
    Some((len, rest[..k] == rest2[..n]))
}

/// The span of a gallery on the line `from..to` whose last marker ends at `end`.
fn gallery_span(
    text: &str,
    (from, to, end, last): (usize, usize, usize, bool),
    kind: FurnitureKind,
) -> Furniture {
    let line = &text[from..to];
    let start = from + (line.len() - line.trim_start().len());
    let end = match last {
        true => end,
        false => from + line.trim_end().len(),
    };
    Furniture { kind, start, end }
}

/// The line `text[from..to]` without its surrounding spaces, as furniture of `kind`.
fn whole_line(text: &str, from: usize, to: usize, kind: FurnitureKind) -> Furniture {
    let line = &text[from..to];
    let start = from + (line.len() - line.trim_start().len());
    Furniture {
        kind,
        start,
        end: start + line.trim().len(),
    }
}

/// The byte span of the line (without its newline) holding byte `at` of `bytes`.
fn line_around(bytes: &[u8], at: usize) -> (usize, usize) {
    let from = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |n| n + 1);
    let to = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |n| at + n);
    (from, to)
}

/// `line` without the one or two running times that end it ("Listen · 3:44 3:44" →
/// "Listen ·"); `None` when it does not end with one.
fn without_running_times(line: &str) -> Option<&str> {
    fn strip(s: &str) -> Option<&str> {
        (s.rsplit_once(' '))
            .filter(|(_, last)| is_running_time(last))
            .map(|(head, _)| head)
    }
    let head = strip(line)?;
    Some(strip(head).unwrap_or(head))
}

/// Whether `word` is a running time alone: "3:44", "01:23:45".
fn is_running_time(word: &str) -> bool {
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    let mut parts = word.split(':');
    let first = parts.next().unwrap_or("");
    let mut pairs = 0;
    let rest_ok = parts.all(|p| {
        pairs += 1;
        p.len() == 2 && digits(p)
    });
    rest_ok && (1..=2).contains(&pairs) && (1..=2).contains(&first.len()) && digits(first)
}

/// The end of the first running time ("2:05", "01:23:45") in `tail`.
fn running_time(tail: &[u8]) -> Option<usize> {
    let colon = (1..tail.len().saturating_sub(2)).find(|&i| {
        tail[i] == b':'
            && tail[i - 1].is_ascii_digit()
            && tail[i + 1].is_ascii_digit()
            && tail[i + 2].is_ascii_digit()
    })?;
    let end = colon
        + tail[colon..]
            .iter()
            .position(|b| !(b.is_ascii_digit() || *b == b':'))
            .unwrap_or(tail.len() - colon);
    Some(end)
}

/// Whether `text` opens with `entry` (ASCII case ignored), the entry ending a word when
/// its last character is a letter or a digit.
fn opens(text: &str, entry: &str) -> bool {
    text.len() >= entry.len()
        && text.as_bytes()[..entry.len()].eq_ignore_ascii_case(entry.as_bytes())
        && ends_word(text, entry.len())
}

/// Whether `text` opens with `entry` as written, ending a word.
fn starts_word(text: &str, entry: &str) -> bool {
    text.starts_with(entry) && ends_word(text, entry.len())
}

fn ends_word(text: &str, at: usize) -> bool {
    !text.as_bytes()[..at]
        .last()
        .is_some_and(u8::is_ascii_alphanumeric)
        || !text[at..].starts_with(|c: char| c.is_alphanumeric())
}

/// Fills `out` with every piece of page furniture in `text` (name cards and the lists of
/// `data/furniture.txt`), in text order, a span inside an earlier one left out.
pub fn find_furniture(text: &str, out: &mut Vec<Furniture>, cards: &mut Vec<(usize, usize)>) {
    out.clear();
    name_cards(text, cards);
    out.extend(cards.iter().map(|&(start, end)| Furniture {
        kind: FurnitureKind::NameCard,
        start,
        end,
    }));
    FurnitureLists::builtin().find(text, out);
    out.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    let mut reach = 0;
    out.retain(|f| {
        let keep = f.end > reach;
        reach = reach.max(f.end);
        keep
    });
}

/// Blanks every piece of page furniture of `text` with spaces (lengths and offsets
/// kept) and leaves the spans in `out`; `cards` is room for the name cards' spans.
pub fn blank_furniture(
    text: &mut String,
    out: &mut Vec<Furniture>,
    cards: &mut Vec<(usize, usize)>,
) {
    find_furniture(text, out, cards);
    if out.is_empty() {
        return;
    }
    // Copied piece by piece (every span starts and ends on a char boundary), so the
    // result needs no second UTF-8 check.
    let mut blanked = String::with_capacity(text.len());
    let mut at = 0;
    for f in out.iter() {
        let start = f.start.max(at);
        blanked.push_str(&text[at..start]);
        let end = f.end.max(start);
        blanked.extend(std::iter::repeat_n(' ', end - start));
        at = end;
    }
    blanked.push_str(&text[at..]);
    *text = blanked;
}

/// Words of a dateline's place at most ("JOINT BASE ANDREWS, Md.").
const PLACE_WORDS: usize = 4;
/// Words of an agency in parentheses at most ("(CNN)", "(Associated Press)"); a longer
/// parenthesis opening a line is an aside.
const AGENCY_WORDS: usize = 3;

/// Whether the hyphen at `i` joins two capitals ("WILKES-BARRE").
fn joins(bytes: &[u8], i: usize) -> bool {
    i > 0
        && bytes[i - 1].is_ascii_uppercase()
        && bytes.get(i + 1).is_some_and(u8::is_ascii_uppercase)
}

/// The length of a dateline opening `line` (the lean fingerprint filter and the document
/// pass both read datelines here): a place in capitals, optionally a state or
/// country and an agency in parentheses, then a dash ("WASHINGTON (AP) — ",
/// "NEW YORK, N.Y. -- "), or an agency alone ("(CNN) — "). `None` when there is none.
pub fn dateline(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    let mut i = 0;
    // The place: capitals, spaces, periods, apostrophes and hyphens, at least 3 capitals.
    let mut capitals = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c.is_ascii_uppercase() {
            capitals += 1;
        } else if !(c == b' ' || c == b'.' || c == b'\'' || (c == b'-' && joins(bytes, i))) {
            break;
        }
        i += 1;
    }
    // A place is a few words: a headline in capitals ("BAD TIMING FOR A RED STATE -") is not.
    let place = capitals >= 3 && line[..i].split_whitespace().count() <= PLACE_WORDS;
    if !place {
        i = 0;
    }
    // ", State" or ", Country": up to 25 bytes of letters, periods and spaces.
    if place && bytes.get(i) == Some(&b',') {
        let rest = &line[i + 1..];
        let n = rest
            .find(|c: char| !(c.is_ascii_alphabetic() || c == '.' || c == ' '))
            .unwrap_or(rest.len());
        if n <= 25 {
            i += 1 + n;
        }
    }
    while bytes.get(i) == Some(&b' ') {
        i += 1;
    }
    let mut agency = false;
    if bytes.get(i) == Some(&b'(') {
        if let Some(close) = line[i..].find(')') {
            let inside = &line[i + 1..i + close];
            if !inside.is_empty()
                && inside.len() <= 30
                && inside.split_whitespace().count() <= AGENCY_WORDS
                && inside.starts_with(|c: char| c.is_ascii_uppercase())
                && inside
                    .chars()
                    .all(|c| c.is_alphabetic() || c == ' ' || c == '.')
                && !FurnitureLists::builtin().is_stage_cue(inside)
            {
                i += close + 1;
                agency = true;
            }
        }
    }
    while bytes.get(i) == Some(&b' ') {
        i += 1;
    }
    // A hyphen is a dash only before a space or the line's end ("COVID-19" is no dateline).
    let dash = ["\u{2014}", "\u{2013}", "--", "-"]
        .iter()
        .find(|d| {
            line[i..].starts_with(*d)
                && (d.len() > 2 || matches!(bytes.get(i + d.len()), None | Some(b' ')))
        })
        .map(|d| d.len());
    let end = match dash {
        Some(n) if place || agency => {
            let mut end = i + n;
            while bytes.get(end) == Some(&b' ') {
                end += 1;
            }
            end
        }
        // "(CNN)Washington ..." or "(Reuters) The ...": an agency alone opens the line.
        None if agency && !place => i,
        _ => return None,
    };
    // The story opens after a dateline; a lowercase word goes on a sentence whose subject
    // is set off by the dash ("ICE — which is named in the suit — declined").
    match line[end..].starts_with(char::is_lowercase) {
        true => None,
        false => Some(end),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blanked(text: &str) -> String {
        let mut text = text.to_string();
        let mut spans = Vec::new();
        blank_name_cards(&mut text, &mut spans);
        text
    }

    fn squeezed(text: &str) -> String {
        text.split(' ')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn a_card_with_headlines_is_blanked_and_offsets_kept() {
        let text = "Aides to Mayor Ortiz Ramona Elena OrtizCouncil delays vote on budget \
                    Storm closes schools MORE said on Monday that the plan is ready.";
        let out = blanked(text);
        assert_eq!(out.len(), text.len());
        assert_eq!(
            squeezed(&out),
            "Aides to Mayor Ortiz said on Monday that the plan is ready."
        );
    }

    #[test]
    fn a_card_without_headlines_and_a_possessive_after_it() {
        let text = "Sen. Alma Reyes Alma Lucia ReyesMORE (D-Ore.) spoke. Then Gov. Paul Stone \
                    Paul Adam StoneVoters back bridge plan MORE's aide left.";
        assert_eq!(
            squeezed(&blanked(text)),
            "Sen. Alma Reyes (D-Ore.) spoke. Then Gov. Paul Stone 's aide left."
        );
    }

    #[test]
    fn a_name_shown_glued_to_its_card_and_a_particle() {
        let text = "Rep. Lena CrowLena Crow Crow votes no on plan MORE (D-Colo.) and Mayor Bo de \
                    Witt Bo de WittTown hall set MORE (D) spoke.";
        assert_eq!(
            squeezed(&blanked(text)),
            "Rep. Lena Crow (D-Colo.) and Mayor Bo de Witt (D) spoke."
        );
    }

    #[test]
    fn a_card_whose_surname_is_not_glued() {
        let text = "He urged Speaker Ann Vale Ann Marie Vale Vale calls budget 'a mess' \
                    Council hunts for path out of stalemate MORE (R-Ohio) to act.";
        assert_eq!(
            squeezed(&blanked(text)),
            "He urged Speaker Ann Vale (R-Ohio) to act."
        );
    }

    #[test]
    fn capitals_and_more_in_ordinary_text_stay() {
        for text in [
            "NO MORE WARS, the crowd chanted, and Ms. McCarthy of YouTube agreed.",
            "Read MORE about the McDonald plan here.",
            "Mayor Ortiz said the DeSantis plan would cost MORE than expected.",
            "Vale met Ann Vale's rival, Tom Vale, and said: MORE, now.",
            "STAFF WENT TO NEW YORK FOUR TIMES TO MEET FOR MORE THAN A DAY",
        ] {
            assert_eq!(blanked(text), text);
        }
    }

    #[test]
    fn a_card_is_sought_on_its_own_line_only() {
        let text = "Mayor Ortiz Ramona Elena\nOrtizCouncil delays vote MORE today.";
        assert_eq!(blanked(text), text);
    }

    #[test]
    fn accented_names_and_curly_quotes_keep_the_text_utf8() {
        let text = "President Erdoğan Recep Tayyip ErdoğanLeaders ‘weigh’ talks MORE’s visit.";
        assert_eq!(squeezed(&blanked(text)), "President Erdoğan ’s visit.");
    }
    fn furniture_of(text: &str) -> (String, Vec<(FurnitureKind, String)>) {
        let mut out = text.to_string();
        let (mut found, mut cards) = (Vec::new(), Vec::new());
        blank_furniture(&mut out, &mut found, &mut cards);
        assert_eq!(out.len(), text.len(), "offsets stay");
        let spans = found
            .iter()
            .map(|f| (f.kind, text[f.start..f.end].to_string()))
            .collect();
        (out, spans)
    }

    #[test]
    fn a_caption_inside_a_paragraph_is_blanked() {
        let text = "The council met on Monday (Photo by Jo Park/Getty Images) and voted. \
                    The mayor left. Lena Ruiz/AP The vote was close.";
        let (out, spans) = furniture_of(text);
        assert_eq!(
            squeezed(&out),
            "The council met on Monday and voted. The mayor left. The vote was close."
        );
        assert!(spans.iter().all(|(k, _)| *k == FurnitureKind::Caption));
    }

    #[test]
    fn credits_lines_prompts_notes_and_ads_go() {
        let text = "FILE PHOTO: A bridge over the river at dusk.\n\nThe bridge opened.\n\n\
                    REUTERS/Sam Cole\nAdvertisement\nRelated: Bridges in the news\n\
                    Sign up for our morning briefing\nStory highlights The bridge is open\n\
                    JUST WATCHED Bridge opens Replay More Videos ... MUST WATCH Bridge opens 01:02\n\
                    Tolls start in May. Advertisement The toll is $2.\n\
                    This story has been updated with the toll.";
        let (out, spans) = furniture_of(text);
        assert_eq!(
            squeezed(&out.replace('\n', " ")),
            "The bridge opened. The bridge is open Tolls start in May. The toll is $2."
        );
        let kinds: Vec<&str> = spans.iter().map(|(k, _)| k.name()).collect();
        assert_eq!(
            kinds,
            [
                "caption",
                "caption",
                "ad",
                "link",
                "prompt",
                "highlights",
                "video",
                "ad",
                "note"
            ]
        );
    }

    #[test]
    fn prose_that_mentions_furniture_words_stays() {
        for text in [
            "A Getty Images photographer said the correction was overdue.",
            "Correction officers walked out. The correction came late.",
            "The paper ran a correction: the vote was 5-4, the clerk said in a long statement.\n\
             It said so.",
            "An AP/NORC poll and a Reuters/Ipsos poll agree; Ipsos/Reuters polls too.",
            "Related groups said they would sign up for the plan.",
            "He signed up. Sign up for the draft, the senator urged young men in a speech that \
             ran long, and nobody in the hall that night seemed to disagree with a word of it \
             until the very end, when a veteran in the back rose and asked why his own grandson \
             should sign up for a war that the senator himself had voted against twice in the \
             past decade, and the hall went quiet.",
            "The advertisement ran on Sunday. Advertisement spending rose.",
            "He watched the video (photographs were banned) and left.",
            "Watch what they do, not what they say.",
        ] {
            let (out, spans) = furniture_of(text);
            assert_eq!(out, text, "{spans:?}");
        }
    }

    #[test]
    fn blanking_keeps_utf8_and_offsets() {
        let text =
            "Ça va — the café (Photo: Zoë Brontë/AFP) opened. “Yes,” said Renée Dubé/Getty Images";
        let (out, spans) = furniture_of(text);
        assert_eq!(spans.len(), 2, "{spans:?}");
        assert_eq!(squeezed(&out), "Ça va — the café opened. “Yes,” said");
        for (i, c) in out.char_indices() {
            if c != ' ' {
                assert!(
                    text[i..].starts_with(c),
                    "the text outside the spans is as given"
                );
            }
        }
    }

    /// The words left of `text` once its furniture is blanked, lines joined by a space.
    fn left(text: &str) -> String {
        squeezed(&furniture_of(text).0.replace('\n', " "))
    }

    #[test]
    fn a_gallery_flattened_into_lines_goes() {
        let text = "The harbor festival opened.\n\
                    Photos: Harbor week Crowds fill the pier on Monday. Hide Caption 1 of 3 \
                    Photos: Harbor week A ferry docks at dusk, the mayor said. Hide Caption 2 of 3 \
                    Photos: Harbor week Fireworks\n\
                    light up the bay. Hide Caption 3 of 3\n\
                    The festival ends Sunday.";
        let (_, spans) = furniture_of(text);
        assert_eq!(
            left(text),
            "The harbor festival opened. The festival ends Sunday."
        );
        assert!(
            spans.iter().all(|(k, _)| *k == FurnitureKind::Caption),
            "{spans:?}"
        );
    }

    #[test]
    fn prose_about_galleries_and_photos_stays() {
        for text in [
            "The museum will hide caption cards for 3 of 50 photos in the new gallery.",
            "Photos of the pier, the curator said, show 3 of 9 ferries. Hide Caption is a \
             button.",
            "She said the AP photo of the mayor was one of 50 in the gallery.",
        ] {
            let (out, spans) = furniture_of(text);
            assert_eq!(out, text, "{spans:?}");
        }
    }

    #[test]
    fn a_caption_line_before_a_bar_credit_goes_whole() {
        let text = "Mayor Ortiz waves to the crowd at the pier on Monday. | AP Photo Pier plan \
                    advances\nThe council voted. | Jo Park/The Harbor Times Pier reopens\n\
                    The vote was close.";
        assert_eq!(left(text), "The vote was close.");
        // A long paragraph loses only the credit; a poll after a bar is no credit.
        let long = format!(
            "{} | AP Photo",
            "The council met and voted on the pier. ".repeat(12)
        );
        assert_eq!(left(&long), squeezed(&long.replace(" | AP Photo", "")));
        let poll = "Results | AP poll shows the race tied, the clerk said.";
        assert_eq!(furniture_of(poll).0, poll);
    }

    #[test]
    fn a_caption_line_opening_with_its_credit_goes_whole() {
        let text = "Jo Park/AP Crowds gather at the pier on Monday.\n\
                    Lee Ames / Getty Images A ferry docks.\n\
                    Enlarge this image toggle caption Jo Park/AP Jo Park/AP\n\
                    FILE - In this May 1 photo, the mayor speaks at the pier. (AP Photo/Jo Park, \
                    File)\n\
                    HARBORVILLE, Ore. (AP) \u{2014} The council voted.";
        assert_eq!(left(text), "The council voted.");
        for prose in [
            "Ipsos / Reuters polls agree: the race is tied.",
            "Jo Park/AP reporters saw the ferry dock at the pier.",
        ] {
            assert_eq!(furniture_of(prose).0, prose);
        }
    }

    #[test]
    fn long_photo_lines_and_links_before_read_more_go() {
        let photos = format!(
            "Photos: {}",
            "Pier at dusk, Jo Park/Harbor Times; ".repeat(15)
        );
        assert!(photos.len() > LINE_BYTES);
        let text = format!(
            "{photos}\nHarbor plan wins a vote | Jo Park Read more\nThe pier reopens. She \
             urged voters to read more"
        );
        assert_eq!(
            left(&text),
            "The pier reopens. She urged voters to read more"
        );
    }

    #[test]
    fn a_line_holding_a_prompt_or_disclaimer_goes_and_long_prose_stays() {
        let prose = format!(
            "The harbor paper once had its news delivered to your inbox, the mayor said. {}",
            "The pier reopens on Monday after the storm. ".repeat(10)
        );
        assert!(prose.len() > LINE_BYTES);
        let text = format!(
            "Get the Harbor Times stories you want delivered to your inbox. By signing up, \
             you agree to our terms.\nThe pier reopens.\nThe opinions expressed by columnists \
             are their own.\nFull Coverage: Harbor storm\n{prose}"
        );
        assert_eq!(left(&text), squeezed(&format!("The pier reopens. {prose}")));
    }

    #[test]
    fn an_audio_player_line_goes_and_times_in_prose_stay() {
        let text = "Ferry Fares Rise In Harborville Ferry Fares Rise In Harborville Listen \u{b7} \
                    4:05 4:05\nThe pier reopens.\nHarbor Podcast Episode Two Download \u{b7} \
                    1:02:03\nDownload the map at 9:30 10:15\nListen to the council at 7:00";
        assert_eq!(
            left(text),
            "The pier reopens. Download the map at 9:30 10:15 Listen to the council at 7:00"
        );
        for word in ["3:44", "01:23:45"] {
            assert!(is_running_time(word), "{word}");
        }
        for word in ["3:4", "344", ":44", "123:44", "3:44pm", "3:44:5"] {
            assert!(!is_running_time(word), "{word}");
        }
        assert_eq!(
            without_running_times("Listen \u{b7} 3:44 3:44"),
            Some("Listen \u{b7}")
        );
        assert_eq!(without_running_times("3:44"), None);
        assert_eq!(without_running_times("Listen"), None);
    }

    #[test]
    fn the_first_dateline_goes_and_prose_set_off_by_a_dash_stays() {
        for (text, want) in [
            (
                "HARBORVILLE, Ore. (AP) \u{2014} The council voted.",
                "The council voted.",
            ),
            ("(Reuters) - The council voted.", "The council voted."),
            ("(CNN)The council voted.", "The council voted."),
            (
                "By Jo Park\n\nPORTVILLE\u{2014}The council voted.",
                "By Jo Park The council voted.",
            ),
            // Only the first: a later line opening in capitals is a heading or a sentence.
            (
                "PORTVILLE \u{2014} The council voted.\nUPDATE - The vote was close.",
                "The council voted. UPDATE - The vote was close.",
            ),
        ] {
            assert_eq!(left(text), want, "{text}");
        }
        let story = format!(
            "{}\nPIER PLAN IN TROUBLE \u{2014} The vote was close.",
            "The council met on the pier plan and voted. ".repeat(10)
        );
        assert_eq!(furniture_of(&story).0, story);
        for text in [
            "ICE \u{2014} which runs the center \u{2014} declined to comment.",
            "COVID-19 cases rose in the county.",
            "(Harbor fans would be proud) The ferry won.",
            "BAD TIMING FOR A BIG PIER PLAN - The council voted.",
            "US - China talks resumed.",
        ] {
            let (out, spans) = furniture_of(text);
            assert_eq!(out, text, "{spans:?}");
        }
    }

    #[test]
    fn a_bulleted_gallery_line_goes_whole() {
        let text = "The pier reopened on Monday.\n\
                    Harbor week Crowds fill the pier. Jo Park/Harbor Times 1 of 12 \u{2022} \
                    \u{2022} \u{2022} \u{2022} \u{2022} 1 of 12 Show Caption Crowds fill the \
                    pier. Jo Park/Harbor Times\n\
                    The ferry runs again.";
        assert_eq!(
            left(text),
            "The pier reopened on Monday. The ferry runs again."
        );
        let prose = "Voters ranked the pier 1 of 12 projects \u{2022} the clerk said.";
        assert_eq!(furniture_of(prose).0, prose);
    }

    #[test]
    fn capitalised_credit_lines_go_and_prose_stays() {
        let text = "JO PARK/HARBOR NEWS/AP/FILE Crowds gather at the pier on Monday.\n\
                    AFP/Getty Images\n\
                    LEE AMES-ROE/GETTY IMAGES\n\
                    Photo : Harbor Archive\n\
                    Credit: Jo Park/Harbor Times\n\
                    Photo illustration: Lee Ames; Harbor Archive\n\
                    The council voted.";
        assert_eq!(left(text), "The council voted.");
        for prose in [
            // Capitals after a line's opening, or a lowercase word after the credit.
            "The council met with the NATO/AP delegation on Monday.",
            "AFP/Getty photographers covered the vote, the clerk said.",
            "Credit unions backed the pier plan.",
        ] {
            let (out, spans) = furniture_of(prose);
            assert_eq!(out, prose, "{spans:?}");
        }
    }

    #[test]
    fn sounds_and_playback_in_a_transcript_are_cues() {
        let text = "HOST: The pier reopened.\n\n[AUDIO PLAYBACK]\n\nThe crowd cheered. \
                    [YELLING AND CHANTING]\n\n(Laughs) We made it. (WHISPERING) Quiet now.\n\n\
                    [END PLAYBACK]\n\nThe group (CHANTING SLOGANS) left.";
        let (out, spans) = furniture_of(text);
        let cues: Vec<&str> = (spans.iter())
            .filter(|(k, _)| *k == FurnitureKind::Cue)
            .map(|(_, s)| s.as_str())
            .collect();
        assert_eq!(
            cues,
            [
                "[AUDIO PLAYBACK]",
                "[YELLING AND CHANTING]",
                "(Laughs)",
                "(WHISPERING)",
                "[END PLAYBACK]",
                "(CHANTING SLOGANS)"
            ],
            "{spans:?}"
        );
        assert!(
            out.contains("We made it.") && out.contains("Quiet now."),
            "{out}"
        );
        // A word of these inside a sentence's parenthesis that is no direction stays.
        let prose = "The union (whose members were yelling at the gate) left.";
        assert_eq!(furniture_of(prose).0, prose);
    }

    #[test]
    fn a_stage_direction_is_no_dateline() {
        let text = "(APPLAUSE) Thank you, Harborville.\nPORTVILLE (AP) \u{2014} The council voted.";
        let (out, spans) = furniture_of(text);
        assert!(
            spans
                .iter()
                .any(|(k, s)| *k == FurnitureKind::Dateline && s.starts_with("PORTVILLE")),
            "{spans:?}"
        );
        assert!(
            spans
                .iter()
                .any(|(k, s)| *k == FurnitureKind::Cue && s == "(APPLAUSE)"),
            "{spans:?}"
        );
        assert_eq!(
            squeezed(&out.replace('\n', " ")),
            "Thank you, Harborville. The council voted."
        );
        assert_eq!(dateline("(LAUGHTER) We will win."), None);
        assert_eq!(dateline("(BEGIN VIDEO CLIP) The pier opened."), None);
        assert_eq!(dateline("(Reuters) The pier opened."), Some(10));
    }

    #[test]
    fn the_lists_parse_and_a_bad_one_is_refused() {
        assert!(!FurnitureLists::builtin().lines.is_empty());
        let e = FurnitureLists::parse("[line prompt]\nok\n[shelf caption]\nx\n").unwrap_err();
        assert!(e.contains("line 3"), "{e}");
        let e = FurnitureLists::parse("[line nosuch]\nx\n").unwrap_err();
        assert!(e.contains("line 1"), "{e}");
        assert!(FurnitureLists::parse("x\n").is_err());
    }
}
