//! Reading articles: plain-text files and JSON Lines corpora (plain or gzip).
//!
//! A JSONL corpus is streamed one line at a time, so memory stays flat however
//! long the file; a text article or a line is read in pieces, checked as they come
//! and refused past the article limit. Every error names the file and the 1-based line.

use crate::{Error, Result};
use flate2::read::MultiGzDecoder;
use serde::de::{Deserialize, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// The largest article read by default, in bytes (see [`crate::limits::MAX_ARTICLE_BYTES`]).
pub const DEFAULT_MAX_ARTICLE_BYTES: usize = crate::limits::MAX_ARTICLE_BYTES;

/// How corpus lines are read: which JSON fields hold what (defaults: `text`, `title`,
/// `label`, `id`, `outlet`) and the longest line accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fields {
    /// The article body (required).
    pub text: String,
    /// The headline, prepended to the body when present.
    pub title: String,
    /// The class label (required for training and evaluation).
    pub label: String,
    /// An identifier echoed in reports.
    pub id: String,
    /// The outlet name, used by reports and comparisons.
    pub outlet: String,
    /// The longest line read, in bytes (line end not counted); a longer one is a bad line.
    pub max_article_bytes: usize,
}

impl Default for Fields {
    fn default() -> Self {
        Fields {
            text: "text".into(),
            title: "title".into(),
            label: "label".into(),
            id: "id".into(),
            outlet: "outlet".into(),
            max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES,
        }
    }
}

/// One article, from a text file or a corpus line.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Article {
    /// Identifier: the `id` field, else the file name or `file:line`.
    pub id: String,
    /// Headline, if any.
    pub title: Option<String>,
    /// Body text.
    pub text: String,
    /// Class label, if the corpus has one.
    pub label: Option<String>,
    /// Outlet name, if known.
    pub outlet: Option<String>,
    /// Every other string field of the JSON object (for splits, grouping, filters).
    pub extra: Vec<(String, String)>,
}

impl Article {
    /// An article with an id and a body, and no headline, label, outlet or other fields.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Article {
            id: id.into(),
            text: text.into(),
            ..Article::default()
        }
    }

    /// An article read from a plain-text file: its body, and the date of a date header
    /// opening it ("date 2025-04-20 …", [`crate::text::date_header`]) as its `date` field.
    pub fn from_text(id: impl Into<String>, text: String) -> Self {
        let date = crate::text::date_header(&text).and_then(|(s, e)| {
            let header = &text[s..e];
            header
                .find(|c: char| c.is_ascii_digit())
                .map(|d| header[d..].to_string())
        });
        Article {
            id: id.into(),
            text,
            extra: date.map(|d| ("date".to_string(), d)).into_iter().collect(),
            ..Article::default()
        }
    }

    /// The value of any field by name: the known fields, then `extra`.
    pub fn field(&self, name: &str) -> Option<&str> {
        match name {
            "id" => Some(&self.id),
            "text" => Some(&self.text),
            "title" => self.title.as_deref(),
            "label" => self.label.as_deref(),
            "outlet" => self.outlet.as_deref(),
            _ => self
                .extra
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_str()),
        }
    }
}

/// True when `path` names a JSON Lines corpus (`.jsonl`, `.jsonl.gz`, `.ndjson`).
pub fn is_jsonl(path: &Path) -> bool {
    let name = path.to_string_lossy().to_ascii_lowercase();
    name.ends_with(".jsonl") || name.ends_with(".jsonl.gz") || name.ends_with(".ndjson")
}

/// Bytes read from a file at a time.
const READ_BUFFER: usize = 1 << 20;

/// Opens a file for reading, decompressing gzip when the file starts with the gzip magic.
pub fn open(path: &Path) -> Result<Box<dyn BufRead + Send>> {
    let file = File::open(path).map_err(|e| Error::io(path, e))?;
    // Reads of a megabyte: a large corpus in few system calls.
    let mut reader = BufReader::with_capacity(READ_BUFFER, file);
    let magic = reader.fill_buf().map_err(|e| Error::io(path, e))?;
    if magic.starts_with(&[0x1f, 0x8b]) {
        Ok(Box::new(BufReader::with_capacity(
            READ_BUFFER,
            MultiGzDecoder::new(reader),
        )))
    } else {
        Ok(Box::new(reader))
    }
}

/// Bytes read at a time by the text reader: each piece is checked as it comes, so a
/// binary or invalid file is refused after its first piece, not after all of it.
const TEXT_CHUNK: usize = 1 << 16;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Reads a whole plain-text article (plain or gzip) of at most `max_bytes` bytes; see
/// [`read_text`].
pub fn read_text_file(path: &Path, lossy: bool, max_bytes: usize) -> Result<String> {
    read_text(open(path)?, &path.display().to_string(), lossy, max_bytes)
}

/// Reads a whole plain-text article of at most `max_bytes` bytes, in pieces, so memory
/// stays bounded however long the input.
///
/// UTF-8 (a BOM is dropped: offsets then count from the text after it), or UTF-16 with a
/// byte-order mark (decoded). Refused, naming `place` and the byte offset: invalid UTF-8
/// (replaced by U+FFFD when `lossy`), NUL bytes (binary data, or UTF-16 without a
/// byte-order mark), and input longer than `max_bytes`.
pub fn read_text(
    mut reader: impl Read,
    place: &str,
    lossy: bool,
    max_bytes: usize,
) -> Result<String> {
    let mut bytes = Vec::new();
    // Known once two bytes are in: `Some(big_endian)` for UTF-16 with a byte-order mark.
    let mut utf16 = None;
    let mut decided = false;
    // Bytes already checked: valid UTF-8 (unless `lossy`) without NUL.
    let (mut checked, mut nul_free) = (0, 0);
    loop {
        let room = max_bytes.saturating_add(1) - bytes.len();
        let n = (&mut reader)
            .take(room.min(TEXT_CHUNK) as u64)
            .read_to_end(&mut bytes)
            .map_err(|e| Error::io(place, e))?;
        if bytes.len() > max_bytes {
            return Err(too_large(place, max_bytes));
        }
        if !decided && (bytes.len() >= 2 || n == 0) {
            decided = true;
            utf16 = utf16_bom(&bytes);
        }
        if decided && utf16.is_none() {
            if let Some(at) = memchr::memchr(0, &bytes[nul_free..]) {
                return Err(nul_byte(place, &bytes, nul_free + at));
            }
            nul_free = bytes.len();
            if !lossy {
                match std::str::from_utf8(&bytes[checked..]) {
                    Ok(_) => checked = bytes.len(),
                    Err(e) if e.error_len().is_some() || n == 0 => {
                        return Err(bad_utf8(place, checked + e.valid_up_to()))
                    }
                    // A character cut by the end of this piece: checked with the next.
                    Err(e) => checked += e.valid_up_to(),
                }
            }
        }
        if n == 0 {
            break;
        }
    }
    match utf16 {
        Some(big_endian) => decode_utf16(&bytes, big_endian, place, lossy),
        None => {
            let bom = if bytes.starts_with(UTF8_BOM) { 3 } else { 0 };
            bytes.drain(..bom);
            Ok(match String::from_utf8(bytes) {
                Ok(s) => s,
                Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
            })
        }
    }
}

/// `Some(big_endian)` when `bytes` start with a UTF-16 byte-order mark.
fn utf16_bom(bytes: &[u8]) -> Option<bool> {
    match bytes {
        [0xFF, 0xFE, ..] => Some(false),
        [0xFE, 0xFF, ..] => Some(true),
        _ => None,
    }
}

/// Decodes UTF-16 after its byte-order mark; an unpaired surrogate or an odd last byte
/// is an error naming its offset, or U+FFFD when `lossy`. NUL characters are refused.
fn decode_utf16(bytes: &[u8], big_endian: bool, place: &str, lossy: bool) -> Result<String> {
    let units = bytes[2..].chunks(2).map(|pair| match *pair {
        [a, b] if big_endian => u16::from_be_bytes([a, b]),
        [a, b] => u16::from_le_bytes([a, b]),
        // An odd last byte: never a valid unit.
        _ => 0xDC00,
    });
    let mut text = String::with_capacity(bytes.len());
    let mut at = 2;
    for c in char::decode_utf16(units) {
        match c {
            Ok('\0') => return Err(nul_byte(place, bytes, at)),
            Ok(c) => {
                at += 2 * c.len_utf16();
                text.push(c);
            }
            Err(_) if lossy => {
                at += 2;
                text.push(char::REPLACEMENT_CHARACTER);
            }
            Err(_) => {
                return Err(Error::input(
                    place,
                    format!(
                        "invalid UTF-16 at byte {at} (an unpaired surrogate or a cut-off \
                         character); use --lossy to replace bad characters"
                    ),
                ))
            }
        }
    }
    Ok(text)
}

fn too_large(place: &str, max_bytes: usize) -> Error {
    Error::input(
        place,
        format!(
            "longer than the largest article read ({max_bytes} bytes); \
             raise the limit with --max-article-bytes"
        ),
    )
}

fn bad_utf8(place: &str, at: usize) -> Error {
    Error::input(
        place,
        format!(
            "invalid UTF-8 at byte {at} (is this a binary file? use --lossy to replace bad bytes)"
        ),
    )
}

/// The error for a NUL byte at `at`: UTF-16 without a byte-order mark when NULs fall
/// on every other byte of the start (ASCII letters in UTF-16), else binary data.
fn nul_byte(place: &str, bytes: &[u8], at: usize) -> Error {
    let head = &bytes[..bytes.len().min(1024) & !1];
    let zeros = |parity: usize| {
        head.iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros(0), zeros(1));
    let pairs = head.len() / 2;
    let order = if odd * 2 >= pairs && even * 8 <= odd {
        Some("UTF-16LE")
    } else if even * 2 >= pairs && odd * 8 <= even {
        Some("UTF-16BE")
    } else {
        None
    };
    let message = match order {
        Some(order) if utf16_bom(bytes).is_none() => format!(
            "a NUL byte at byte {at}: this looks like {order} text without a byte-order mark; \
             slant reads UTF-8, so convert it first (iconv -f {order} -t UTF-8 < in > out)"
        ),
        _ => format!("a NUL byte at byte {at}: this is binary data, not text"),
    };
    Error::input(place, message)
}

/// Decodes bytes as UTF-8 (dropping a BOM); invalid bytes are an error naming the offset,
/// or are replaced when `lossy`.
pub fn decode(bytes: Vec<u8>, place: &str, lossy: bool) -> Result<String> {
    decode_str(&bytes, place, lossy).map(Cow::into_owned)
}

/// [`decode`] without taking the bytes: borrows them when they are valid UTF-8. Offsets
/// in errors count the BOM.
fn decode_str<'b>(bytes: &'b [u8], place: &str, lossy: bool) -> Result<Cow<'b, str>> {
    let bom = if bytes.starts_with(UTF8_BOM) { 3 } else { 0 };
    let bytes = &bytes[bom..];
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Cow::Borrowed(s)),
        Err(_) if lossy => Ok(String::from_utf8_lossy(bytes)),
        Err(e) => Err(bad_utf8(place, bom + e.valid_up_to())),
    }
}

/// Streams the articles of a JSONL corpus, one per non-blank line.
pub struct JsonlReader {
    path: PathBuf,
    reader: Box<dyn BufRead + Send>,
    fields: Fields,
    line: usize,
    buf: Vec<u8>,
    lossy: bool,
    require_label: bool,
    known_only: bool,
    /// Set after a read error: the stream cannot be resumed, so iteration ends.
    failed: bool,
}

impl JsonlReader {
    /// Opens `path` (plain or gzip) for streaming with the given field names.
    pub fn open(path: &Path, fields: Fields) -> Result<Self> {
        Ok(JsonlReader::from_reader(path, open(path)?, fields))
    }

    /// Streams articles from any buffered reader; `name` stands for the file in
    /// error messages (`name:line`). The bytes are read as they come: no gzip detection.
    pub fn from_reader(
        name: impl Into<PathBuf>,
        reader: impl BufRead + Send + 'static,
        fields: Fields,
    ) -> Self {
        JsonlReader {
            path: name.into(),
            reader: Box::new(reader),
            fields,
            line: 0,
            buf: Vec::new(),
            lossy: false,
            require_label: false,
            known_only: false,
            failed: false,
        }
    }

    /// Replace invalid UTF-8 instead of failing.
    pub fn lossy(mut self, yes: bool) -> Self {
        self.lossy = yes;
        self
    }

    /// Make a missing label field an error (training and evaluation need one).
    pub fn require_label(mut self, yes: bool) -> Self {
        self.require_label = yes;
        self
    }

    /// Read only the text, title, label, id and outlet fields, skipping every other
    /// field unparsed (scoring reads no other; the articles then have no `extra`).
    pub fn known_fields_only(mut self, yes: bool) -> Self {
        self.known_only = yes;
        self
    }

    /// The 1-based number of the line read last.
    pub fn line(&self) -> usize {
        self.line
    }

    fn place(&self) -> String {
        format!("{}:{}", self.path.display(), self.line)
    }

    fn parse(&self, line: &str, place: String) -> Result<Article> {
        let parsed = if self.known_only {
            let mut de = serde_json::Deserializer::from_str(line);
            KnownFields(&self.fields)
                .deserialize(&mut de)
                .and_then(|obj| de.end().map(|()| obj))
        } else {
            serde_json::from_str(line)
        };
        let mut obj: Map<String, Value> = parsed.map_err(|e| {
            if let Some(&at) = lone_surrogates(line.as_bytes()).first() {
                let escape = &line[at..at + 6];
                return Error::input(
                    &place,
                    format!(
                        "a lone surrogate escape {escape} at byte {at}: half of a UTF-16 pair, \
                         not a character; use --lossy to replace it with U+FFFD"
                    ),
                );
            }
            Error::input(
                &place,
                format!("not a JSON object ({e}); each line must be one JSON object"),
            )
        })?;
        // The text is moved out of the parsed line, not copied.
        let text = match obj.remove(&self.fields.text) {
            Some(Value::String(s)) => Some(s),
            None => None,
            Some(Value::Null) => {
                return Err(Error::input(
                    &place,
                    format!(
                        "field \"{}\" is null; it should hold the article text as a string",
                        self.fields.text
                    ),
                ))
            }
            Some(other) => {
                return Err(Error::input(
                    &place,
                    format!(
                        "field \"{}\" should be a string, found {}",
                        self.fields.text,
                        json_type(&other)
                    ),
                ))
            }
        };
        let string = |name: &str| -> Result<Option<String>> {
            if *name == self.fields.text {
                return Ok(text.clone());
            }
            match obj.get(name) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::String(s)) => Ok(Some(s.clone())),
                // Numbers are common as ids, labels and outlet codes; a title is prose.
                Some(Value::Number(n)) if *name != self.fields.title => Ok(Some(n.to_string())),
                Some(other) => Err(Error::input(
                    &place,
                    format!(
                        "field \"{name}\" should be a string, found {}",
                        json_type(other)
                    ),
                )),
            }
        };
        if text.is_none() {
            return Err(Error::input(
                &place,
                format!(
                    "no \"{}\" field (choose the text field with --text-field)",
                    self.fields.text
                ),
            ));
        }
        let label = string(&self.fields.label)?;
        if self.require_label && label.is_none() {
            return Err(Error::input(
                &place,
                format!(
                    "no \"{}\" field (choose the label field with --label-field)",
                    self.fields.label
                ),
            ));
        }
        if self.require_label && label.as_deref().is_some_and(|l| l.trim().is_empty()) {
            return Err(Error::input(
                &place,
                format!(
                    "the \"{}\" field is empty; every labelled row needs a label (--skip-bad skips such rows)",
                    self.fields.label
                ),
            ));
        }
        let id = string(&self.fields.id)?;
        let title = string(&self.fields.title)?;
        let outlet = string(&self.fields.outlet)?;
        let known = [
            &self.fields.text,
            &self.fields.title,
            &self.fields.label,
            &self.fields.id,
            &self.fields.outlet,
        ];
        // The other fields move out of the parsed line, in key order.
        let extra = obj
            .into_iter()
            .filter(|(k, _)| !known.contains(&k))
            .filter_map(|(k, v)| match v {
                Value::String(s) => Some((k, s)),
                Value::Number(n) => Some((k, n.to_string())),
                Value::Bool(b) => Some((k, b.to_string())),
                _ => None,
            })
            .collect();
        let id = id.unwrap_or(place);
        Ok(Article {
            id,
            title,
            text: text.unwrap_or_default(),
            label,
            outlet,
            extra,
        })
    }
}

/// Parses one JSON object keeping only the fields of [`Fields`]; the others are
/// checked as JSON but not built.
struct KnownFields<'f>(&'f Fields);

impl KnownFields<'_> {
    fn wants(&self, key: &str) -> bool {
        let f = self.0;
        [&f.text, &f.title, &f.label, &f.id, &f.outlet]
            .iter()
            .any(|name| name.as_str() == key)
    }
}

impl<'de> DeserializeSeed<'de> for KnownFields<'_> {
    type Value = Map<String, Value>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for KnownFields<'_> {
    type Value = Map<String, Value>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a map")
    }

    fn visit_map<A: MapAccess<'de>>(
        self,
        mut map: A,
    ) -> std::result::Result<Self::Value, A::Error> {
        let mut out = Map::new();
        while let Some(Key(key)) = map.next_key()? {
            if self.wants(&key) {
                let value: Value = map.next_value()?;
                out.insert(key.into_owned(), value);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(out)
    }
}

/// An object key, borrowed from the line unless it holds escapes.
struct Key<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string key")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> std::result::Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> std::result::Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_string())))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// How reading one line ended.
enum Line {
    /// The line is in the buffer.
    Read,
    /// End of input.
    End,
    /// The line was longer than the limit; the rest of it was skipped.
    TooLong,
    /// The line was refused before its end (invalid UTF-8 or a NUL byte); the rest
    /// of it was skipped.
    Refused(Error),
}

impl JsonlReader {
    /// Reads the next line into `buf`, holding at most the limit in memory: a longer
    /// line, or one found bad before its end, is skipped to its end unread.
    fn read_line(&mut self) -> std::io::Result<Line> {
        let max = self.fields.max_article_bytes;
        // A line end ("\r\n") is not counted in the limit.
        let room = max.saturating_add(2);
        let mut checked = 0;
        loop {
            let want = (room - self.buf.len()).min(READ_BUFFER) as u64;
            let n = (&mut self.reader)
                .take(want)
                .read_until(b'\n', &mut self.buf)?;
            if n == 0 {
                return Ok(if self.buf.is_empty() {
                    Line::End
                } else {
                    Line::Read
                });
            }
            if self.buf.last() == Some(&b'\n') {
                return Ok(Line::Read);
            }
            if self.buf.len() >= room {
                self.skip_line()?;
                return Ok(Line::TooLong);
            }
            // The line goes on: check what has come, to refuse a bad line early.
            let bad = match memchr::memchr(0, &self.buf[checked..]) {
                Some(at) => Some(nul_in_line(checked + at)),
                None if self.lossy => None,
                None => match std::str::from_utf8(&self.buf[checked..]) {
                    Ok(_) => None,
                    Err(e) if e.error_len().is_some() => Some(checked + e.valid_up_to()),
                    Err(e) => {
                        checked += e.valid_up_to();
                        continue;
                    }
                }
                .map(|at| {
                    format!("invalid UTF-8 at byte {at} (is this a binary file? use --lossy to replace bad bytes)")
                }),
            };
            if let Some(message) = bad {
                self.skip_line()?;
                return Ok(Line::Refused(Error::input(self.place_next(), message)));
            }
            checked = self.buf.len();
        }
    }

    /// Reads and drops the rest of the current line.
    fn skip_line(&mut self) -> std::io::Result<()> {
        loop {
            let available = self.reader.fill_buf()?;
            if available.is_empty() {
                return Ok(());
            }
            match memchr::memchr(b'\n', available) {
                Some(i) => {
                    self.reader.consume(i + 1);
                    return Ok(());
                }
                None => {
                    let n = available.len();
                    self.reader.consume(n);
                }
            }
        }
    }

    /// The place of the line being read (before `line` counts it).
    fn place_next(&self) -> String {
        format!("{}:{}", self.path.display(), self.line + 1)
    }
}

fn nul_in_line(at: usize) -> String {
    format!("a NUL byte at byte {at}: this is binary data, not a line of JSON")
}

impl Iterator for JsonlReader {
    type Item = Result<Article>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        loop {
            self.buf.clear();
            let read = self.read_line();
            self.line += 1;
            match read {
                Ok(Line::Read) => {}
                Ok(Line::End) => {
                    self.line -= 1;
                    return None;
                }
                Ok(Line::TooLong) => {
                    return Some(Err(Error::input(
                        self.place(),
                        format!(
                            "line longer than the largest article read ({} bytes); \
                             raise the limit with --max-article-bytes",
                            self.fields.max_article_bytes
                        ),
                    )))
                }
                Ok(Line::Refused(e)) => return Some(Err(e)),
                Err(e) => {
                    // A read error (a truncated gzip stream, a failing disk) ends the stream:
                    // it is an I/O error, not a bad line, so --skip-bad does not skip it.
                    self.failed = true;
                    return Some(Err(Error::io(self.place(), e)));
                }
            }
            if self.line == 1 && utf16_bom(&self.buf).is_some() {
                // Lines cannot even be told apart: the stream ends here.
                self.failed = true;
                let e = std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    "UTF-16 text (it starts with a UTF-16 byte-order mark); slant reads JSONL as \
                     UTF-8, so convert it first (iconv -f UTF-16 -t UTF-8 < in > out)",
                );
                return Some(Err(Error::io(self.place(), e)));
            }
            while matches!(self.buf.last(), Some(b'\n' | b'\r')) {
                self.buf.pop();
            }
            if self.buf.len() > self.fields.max_article_bytes {
                return Some(Err(Error::input(
                    self.place(),
                    format!(
                        "line longer than the largest article read ({} bytes); \
                         raise the limit with --max-article-bytes",
                        self.fields.max_article_bytes
                    ),
                )));
            }
            // A UTF-8 BOM (at the start of the file, or of a file joined on) is not content.
            let bom = if self.buf.starts_with(UTF8_BOM) { 3 } else { 0 };
            if self.buf[bom..].iter().all(|b| b.is_ascii_whitespace()) {
                continue;
            }
            if let Some(at) = memchr::memchr(0, &self.buf) {
                return Some(Err(Error::input(self.place(), nul_in_line(at))));
            }
            if self.lossy {
                replace_lone_surrogates(&mut self.buf);
            }
            // The line buffer is kept: a fresh one per line would be regrown (and
            // its pages faulted in) for every long article.
            let place = self.place();
            let line = match decode_str(&self.buf, &place, self.lossy) {
                Ok(l) => l,
                Err(e) => return Some(Err(e)),
            };
            return Some(self.parse(&line, place));
        }
    }
}

/// Byte offsets of the `\\uXXXX` escapes in a JSON line that name half of a UTF-16
/// surrogate pair without the other half: not a character, so JSON parsers refuse them.
fn lone_surrogates(line: &[u8]) -> Vec<usize> {
    let hex = |at: usize| -> Option<u32> {
        let digits = line.get(at..at + 4)?;
        u32::from_str_radix(std::str::from_utf8(digits).ok()?, 16).ok()
    };
    let escape = |at: usize| -> Option<u32> {
        if line.get(at..at + 2)? == b"\\u" {
            hex(at + 2)
        } else {
            None
        }
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < line.len() {
        if line[i] != b'\\' {
            i += 1;
            continue;
        }
        i += match escape(i) {
            Some(0xD800..=0xDBFF) if matches!(escape(i + 6), Some(0xDC00..=0xDFFF)) => 12,
            Some(0xD800..=0xDFFF) => {
                found.push(i);
                6
            }
            Some(_) => 6,
            // Any other escape is two bytes (`\\` among them).
            None => 2,
        };
    }
    found
}

/// Rewrites each lone surrogate escape as `\\ufffd` (the replacement character), in place.
fn replace_lone_surrogates(line: &mut [u8]) {
    if memchr::memmem::find(line, b"\\u").is_none() {
        return;
    }
    for at in lone_surrogates(line) {
        line[at..at + 6].copy_from_slice(b"\\ufffd");
    }
}

/// True when the first non-blank line of `reader` is a JSON object holding the text
/// field as a string: the stream is then read as JSONL, else as one text article.
///
/// Returns the bytes looked at (at most the article limit, plus one line), which the
/// caller reads again before the rest of the stream.
pub fn sniff_jsonl(reader: &mut impl BufRead, fields: &Fields) -> Result<(bool, Vec<u8>)> {
    let mut seen = Vec::new();
    while seen.len() <= fields.max_article_bytes {
        let start = seen.len();
        let want = (fields.max_article_bytes.saturating_add(1) - start) as u64;
        let n = (&mut *reader)
            .take(want)
            .read_until(b'\n', &mut seen)
            .map_err(|e| Error::io("(stdin)", e))?;
        if n == 0 {
            break;
        }
        let line = &seen[start..];
        let line = line.strip_prefix(UTF8_BOM).unwrap_or(line);
        if line.iter().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        let jsonl = serde_json::from_slice::<Map<String, Value>>(line.trim_ascii())
            .is_ok_and(|obj| matches!(obj.get(&fields.text), Some(Value::String(_))));
        return Ok((jsonl, seen));
    }
    Ok((false, seen))
}

/// Reads every article of a corpus, stopping at the first bad line unless `skip_bad`,
/// in which case bad lines are counted and skipped.
pub fn read_all(mut reader: JsonlReader, skip_bad: bool) -> Result<(Vec<Article>, usize)> {
    let mut out = Vec::new();
    let mut skipped = 0;
    for item in &mut reader {
        match item {
            Ok(a) => out.push(a),
            Err(e) if skip_bad && matches!(e, Error::Input { .. }) => skipped += 1,
            Err(e) => return Err(e),
        }
    }
    Ok((out, skipped))
}

/// Keeps at most `max` articles of each group (the value of `field`), so that a few
/// large outlets do not dominate a model meant for outlets it has not seen.
///
/// Which articles stay is decided by a hash of each article's id and `seed`: the same
/// corpus and seed keep the same rows, in corpus order.
pub fn cap_per_group(articles: Vec<Article>, field: &str, max: usize, seed: u64) -> Vec<Article> {
    let rank = |a: &Article| {
        let mut h = seed ^ 0x9e37_79b9_7f4a_7c15;
        for &b in a.id.as_bytes() {
            h = (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3);
        }
        // splitmix64 finaliser: the low bits of FNV alone are poorly mixed.
        h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        h ^ (h >> 31)
    };
    let mut by_group: std::collections::HashMap<&str, Vec<(u64, usize)>> = Default::default();
    for (i, a) in articles.iter().enumerate() {
        by_group
            .entry(a.field(field).unwrap_or(""))
            .or_default()
            .push((rank(a), i));
    }
    let mut keep = vec![false; articles.len()];
    for rows in by_group.values_mut() {
        rows.sort_unstable();
        for &(_, i) in rows.iter().take(max) {
            keep[i] = true;
        }
    }
    articles
        .into_iter()
        .zip(keep)
        .filter_map(|(a, k)| k.then_some(a))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn write(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }

    #[test]
    fn reads_plain_and_gzip_with_bom_crlf_and_blank_lines() {
        let dir = tempfile::tempdir().unwrap();
        let body = "\u{feff}{\"text\":\"a b\",\"label\":\"x\",\"split\":\"train\"}\r\n\r\n{\"text\":\"c\",\"id\":\"7\",\"title\":\"T\"}\n";
        let p = write(&dir, "c.jsonl", body.as_bytes());
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(body.as_bytes()).unwrap();
        let g = write(&dir, "c.jsonl.gz", &gz.finish().unwrap());
        for path in [p, g] {
            let (arts, skipped) =
                read_all(JsonlReader::open(&path, Fields::default()).unwrap(), false).unwrap();
            assert_eq!(skipped, 0);
            assert_eq!(arts.len(), 2);
            assert_eq!(arts[0].text, "a b");
            assert_eq!(arts[0].label.as_deref(), Some("x"));
            assert_eq!(arts[0].field("split"), Some("train"));
            assert!(arts[0].id.ends_with(":1"), "id falls back to file:line");
            assert_eq!(arts[1].id, "7");
            assert_eq!(arts[1].title.as_deref(), Some("T"));
        }
    }

    #[test]
    fn bad_lines_name_file_and_line_and_can_be_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let p = write(
            &dir,
            "bad.jsonl",
            b"{\"text\":\"ok\"}\n{not json\n{\"title\":\"no text\"}\n{\"text\":5}\n",
        );
        let err = read_all(JsonlReader::open(&p, Fields::default()).unwrap(), false).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("bad.jsonl:2"), "{msg}");
        let mut r = JsonlReader::open(&p, Fields::default()).unwrap();
        r.next();
        r.next();
        let e3 = r.next().unwrap().unwrap_err().to_string();
        assert!(e3.contains(":3") && e3.contains("\"text\""), "{e3}");
        let e4 = r.next().unwrap().unwrap_err().to_string();
        assert!(e4.contains(":4") && e4.contains("a number"), "{e4}");
        let (arts, skipped) =
            read_all(JsonlReader::open(&p, Fields::default()).unwrap(), true).unwrap();
        assert_eq!((arts.len(), skipped), (1, 3));
    }

    #[test]
    fn known_fields_only_reads_the_same_articles_without_extras() {
        let body: &'static [u8] = b"{\"id\":\"a\",\"topic\":{\"x\":[1,2]},\"text\":\"One \\\"two\\\"\",\"t\\u0069tle\":\"T\",\"outlet\":\"O\",\"n\":5}\n{\"text\":\"b\",\"text\":\"last wins\"}\n";
        let all: Vec<Article> = JsonlReader::from_reader("m", body, Fields::default())
            .map(Result::unwrap)
            .collect();
        let known: Vec<Article> = JsonlReader::from_reader("m", body, Fields::default())
            .known_fields_only(true)
            .map(Result::unwrap)
            .collect();
        assert_eq!(all[0].extra, [("n".to_string(), "5".to_string())]);
        assert_eq!(
            all[0].title.as_deref(),
            Some("T"),
            "an escaped key is a key"
        );
        assert_eq!(all[1].text, "last wins");
        let without_extra: Vec<Article> = all
            .into_iter()
            .map(|a| Article {
                extra: Vec::new(),
                ..a
            })
            .collect();
        assert_eq!(known, without_extra);
        // Skipped fields are still checked: bad JSON anywhere in a line is an error.
        for bad in [
            &b"{\"text\":\"a\",\"x\":[1,}\n"[..],
            b"{\"text\":\"a\"} trailing\n",
            b"[\"text\"]\n",
        ] {
            let mut r =
                JsonlReader::from_reader("m", bad, Fields::default()).known_fields_only(true);
            let e = r.next().unwrap().unwrap_err().to_string();
            assert!(e.contains("m:1") && e.contains("not a JSON object"), "{e}");
        }
    }

    #[test]
    fn from_reader_names_the_source_in_errors() {
        let bytes: &'static [u8] = b"{\"text\":\"a\"}\n[1]\n";
        let mut r = JsonlReader::from_reader("(memory)", bytes, Fields::default());
        assert_eq!(r.next().unwrap().unwrap().text, "a");
        let err = r.next().unwrap().unwrap_err().to_string();
        assert!(err.starts_with("(memory):2:"), "{err}");
        assert!(r.next().is_none());
    }

    /// A reader whose every read fails, like a truncated gzip stream.
    struct Failing;

    impl Read for Failing {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            Err(std::io::Error::new(
                std::io::ErrorKind::UnexpectedEof,
                "incomplete deflate stream",
            ))
        }
    }

    #[test]
    fn a_read_error_ends_the_stream_and_is_not_skipped_as_a_bad_line() {
        let mut r =
            JsonlReader::from_reader("cut.jsonl.gz", BufReader::new(Failing), Fields::default());
        let err = r.next().unwrap().unwrap_err();
        assert!(matches!(err, Error::Io { .. }), "{err:?}");
        assert_eq!(err.to_string(), "cut.jsonl.gz:1: incomplete deflate stream");
        assert!(r.next().is_none(), "the reader is done after a read error");
        let reader =
            JsonlReader::from_reader("cut.jsonl.gz", BufReader::new(Failing), Fields::default());
        assert!(
            read_all(reader, true).is_err(),
            "--skip-bad does not hide a read error"
        );
    }

    #[test]
    fn missing_label_is_an_error_only_when_required() {
        let dir = tempfile::tempdir().unwrap();
        let p = write(&dir, "l.jsonl", b"{\"text\":\"a\"}\n");
        assert!(read_all(JsonlReader::open(&p, Fields::default()).unwrap(), false).is_ok());
        let err = read_all(
            JsonlReader::open(&p, Fields::default())
                .unwrap()
                .require_label(true),
            false,
        )
        .unwrap_err();
        assert!(err.to_string().contains("--label-field"));
    }

    #[test]
    fn invalid_utf8_is_refused_with_offset_or_replaced_when_lossy() {
        let err = decode(b"abc\xffdef".to_vec(), "f.txt", false)
            .unwrap_err()
            .to_string();
        assert!(err.contains("f.txt") && err.contains("byte 3"), "{err}");
        assert_eq!(
            decode(b"abc\xffdef".to_vec(), "f.txt", true).unwrap(),
            "abc\u{fffd}def"
        );
    }

    #[test]
    fn a_text_files_date_header_becomes_its_date_field() {
        let a = Article::from_text("a.txt", " date 2025-04-20 The council met.".into());
        assert_eq!(a.field("date"), Some("2025-04-20"));
        assert_eq!(a.text, " date 2025-04-20 The council met.");
        let b = Article::from_text("b.txt", "The council met on date 2025-04-20.".into());
        assert_eq!(b.field("date"), None);
    }

    #[test]
    fn read_text_refuses_bad_bytes_in_the_first_piece_without_reading_on() {
        for (bad, says) in [
            (0xffu8, "invalid UTF-8 at byte 100"),
            (0, "NUL byte at byte 100"),
        ] {
            let mut head = vec![b'a'; 2 * TEXT_CHUNK];
            head[100] = bad;
            // Reading past the first piece would reach the failing reader.
            let input = std::io::Cursor::new(head).chain(Failing);
            let err = read_text(input, "t.txt", false, usize::MAX)
                .unwrap_err()
                .to_string();
            assert!(err.starts_with("t.txt: ") && err.contains(says), "{err}");
        }
    }

    #[test]
    fn read_text_stops_an_endless_input_at_the_limit() {
        let err = read_text(std::io::repeat(b'a'), "(stdin)", false, 100_000)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("longer than the largest article read (100000 bytes)"),
            "{err}"
        );
        assert_eq!(read_text(&b"abc"[..], "x", false, 3).unwrap(), "abc");
    }

    #[test]
    fn read_text_checks_a_character_cut_between_pieces() {
        let mut bytes = vec![b'a'; TEXT_CHUNK - 1];
        bytes.extend_from_slice("é and more".as_bytes());
        let text = read_text(&bytes[..], "x", false, usize::MAX).unwrap();
        assert!(text.ends_with("é and more"));
        bytes.truncate(TEXT_CHUNK);
        let err = read_text(&bytes[..], "x", false, usize::MAX)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains(&format!("invalid UTF-8 at byte {}", TEXT_CHUNK - 1)),
            "{err}"
        );
    }

    #[test]
    fn a_line_too_long_or_bad_early_is_skipped_to_its_end() {
        let fields = Fields {
            max_article_bytes: 20,
            ..Fields::default()
        };
        let bytes = b"{\"text\":\"this line is far too long\"}\n{\"text\":\"ok\"}\r\n".to_vec();
        let mut r = JsonlReader::from_reader("m", std::io::Cursor::new(bytes), fields.clone());
        let e = r.next().unwrap().unwrap_err().to_string();
        assert!(
            e.starts_with("m:1: line longer than the largest article read (20 bytes)"),
            "{e}"
        );
        assert_eq!(r.next().unwrap().unwrap().text, "ok");
        assert!(r.next().is_none());
        // Exactly the limit, with a CRLF line end, is read.
        let line = b"{\"text\":\"0123456789\"}\r\n".to_vec();
        let fields = Fields {
            max_article_bytes: line.len() - 2,
            ..Fields::default()
        };
        let mut r = JsonlReader::from_reader("m", std::io::Cursor::new(line), fields);
        assert_eq!(r.next().unwrap().unwrap().text, "0123456789");

        let mut bytes = b"{\"text\":\"\xff".to_vec();
        bytes.resize(3 * READ_BUFFER, b'a');
        bytes.extend_from_slice(b"\"}\n{\"text\":\"ok\"}\n");
        let mut r = JsonlReader::from_reader("m", std::io::Cursor::new(bytes), Fields::default());
        let e = r.next().unwrap().unwrap_err().to_string();
        assert!(e.starts_with("m:1: invalid UTF-8 at byte 9"), "{e}");
        let ok = r.next().unwrap().unwrap();
        assert_eq!((ok.text.as_str(), ok.id.as_str()), ("ok", "m:2"));
    }

    #[test]
    fn lone_surrogate_escapes_are_found_and_pairs_and_escaped_backslashes_are_not() {
        let line = br#"{"a":"\ud800x\udc00\uD83D\uDE00\\ud800\u00e9\ud83d"}"#;
        assert_eq!(lone_surrogates(line), [6, 13, 44]);
        let mut fixed = line.to_vec();
        replace_lone_surrogates(&mut fixed);
        let v: Value = serde_json::from_slice(&fixed).unwrap();
        assert_eq!(v["a"], "\u{fffd}x\u{fffd}\u{1f600}\\ud800\u{e9}\u{fffd}");
    }

    #[test]
    fn sniff_jsonl_looks_at_the_first_non_blank_line_and_gives_back_what_it_read() {
        let fields = Fields::default();
        for (input, jsonl) in [
            (&b"\n \r\n\xef\xbb\xbf{\"text\":\"a\"}\nmore"[..], true),
            (b"{\"text\":5}\n", false),
            (b"{\"body\":\"a\"}\n", false),
            (b"Plain prose {\"text\":\"a\"}\n", false),
            (b"", false),
        ] {
            let mut reader = input;
            let (found, seen) = sniff_jsonl(&mut reader, &fields).unwrap();
            assert_eq!(found, jsonl, "{}", String::from_utf8_lossy(input));
            let mut all = seen;
            all.extend_from_slice(reader);
            assert_eq!(all, input, "nothing is lost");
        }
    }

    #[test]
    fn cap_per_group_keeps_at_most_max_of_each_group_the_same_way_each_time() {
        let articles: Vec<Article> = (0..30)
            .map(|i| Article {
                id: format!("row{i}"),
                outlet: Some(if i % 3 == 0 { "small" } else { "big" }.into()),
                ..Default::default()
            })
            .collect();
        let kept = cap_per_group(articles.clone(), "outlet", 6, 7);
        let count = |o: &str| {
            kept.iter()
                .filter(|a| a.outlet.as_deref() == Some(o))
                .count()
        };
        assert_eq!((count("big"), count("small")), (6, 6));
        let ids = |v: &[Article]| v.iter().map(|a| a.id.clone()).collect::<Vec<_>>();
        assert_eq!(
            ids(&kept),
            ids(&cap_per_group(articles.clone(), "outlet", 6, 7))
        );
        assert_ne!(
            ids(&kept),
            ids(&cap_per_group(articles.clone(), "outlet", 6, 8))
        );
        let order: Vec<usize> = kept.iter().map(|a| a.id[3..].parse().unwrap()).collect();
        assert!(
            order.windows(2).all(|w| w[0] < w[1]),
            "corpus order is kept"
        );
        assert_eq!(cap_per_group(articles, "outlet", 100, 7).len(), 30);
    }
}
