//! Reading articles: plain-text files and JSON Lines corpora (plain or gzip).
//!
//! A JSONL corpus is streamed one line at a time, so memory stays flat however
//! long the file. Every error names the file and the 1-based line.

use crate::{Error, Result};
use flate2::read::MultiGzDecoder;
use serde::de::{Deserialize, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Which JSON fields hold what. Defaults: `text`, `title`, `label`, `id`, `outlet`.
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
}

impl Default for Fields {
    fn default() -> Self {
        Fields {
            text: "text".into(),
            title: "title".into(),
            label: "label".into(),
            id: "id".into(),
            outlet: "outlet".into(),
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

/// Reads a whole plain-text article, refusing invalid UTF-8 with the byte offset.
pub fn read_text_file(path: &Path, lossy: bool) -> Result<String> {
    let mut bytes = Vec::new();
    open(path)?
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, e))?;
    decode(bytes, &path.display().to_string(), lossy)
}

/// Decodes bytes as UTF-8 (dropping a BOM); invalid bytes are an error naming the offset,
/// or are replaced when `lossy`.
pub fn decode(bytes: Vec<u8>, place: &str, lossy: bool) -> Result<String> {
    decode_str(&bytes, place, lossy).map(Cow::into_owned)
}

/// [`decode`] without taking the bytes: borrows them when they are valid UTF-8.
fn decode_str<'b>(bytes: &'b [u8], place: &str, lossy: bool) -> Result<Cow<'b, str>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Cow::Borrowed(s)),
        Err(_) if lossy => Ok(String::from_utf8_lossy(bytes)),
        Err(e) => Err(Error::input(
            place,
            format!(
                "invalid UTF-8 at byte {} (is this a binary file? use --lossy to replace bad bytes)",
                e.valid_up_to()
            ),
        )),
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
            Error::input(
                &place,
                format!("not a JSON object ({e}); each line must be one JSON object"),
            )
        })?;
        // The text is moved out of the parsed line, not copied.
        let text = match obj.remove(&self.fields.text) {
            Some(Value::String(s)) => Some(s),
            Some(Value::Null) | None => None,
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
                Some(Value::Number(n)) if name != self.fields.text => Ok(Some(n.to_string())),
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

impl Iterator for JsonlReader {
    type Item = Result<Article>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        loop {
            self.buf.clear();
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => {
                    // A read error (a truncated gzip stream, a failing disk) ends the stream:
                    // it is an I/O error, not a bad line, so --skip-bad does not skip it.
                    self.line += 1;
                    self.failed = true;
                    return Some(Err(Error::io(self.place(), e)));
                }
            }
            self.line += 1;
            while matches!(self.buf.last(), Some(b'\n' | b'\r')) {
                self.buf.pop();
            }
            if self.buf.iter().all(|b| b.is_ascii_whitespace()) {
                continue;
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
