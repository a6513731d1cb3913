//! Web archives (WARC 1.0 / 1.1, plain or gzip), read one record at a time.
//!
//! Written here rather than taken from a crate because a crawl must survive its bad
//! parts: a gzip member that does not decompress is skipped to the next member, a
//! record whose header does not parse is skipped to the next `WARC/` line, a record
//! larger than the article limit is read past without being held, and none of it
//! stops the file. Memory holds one record at a time.

use flate2::bufread::GzDecoder;
use std::io::{self, BufRead, BufReader, Read};

/// The gzip magic and the deflate method byte that start every member.
const GZIP_MAGIC: &[u8] = &[0x1f, 0x8b, 0x08];

/// The longest header line read; the rest of a longer line is skipped.
const MAX_LINE: usize = 16 << 10;

/// Header lines read at most per record (WARC header, then HTTP header).
const MAX_HEADER_LINES: usize = 500;

/// The message of the I/O error a broken gzip member gives the record parser.
const BROKEN_MEMBER: &str = "gzip data that does not decompress";

/// The decompressed bytes of consecutive gzip members. A member that fails gives one
/// `InvalidData` error, then reading goes on from the next member's magic.
pub struct GzMembers<R: BufRead> {
    state: State<R>,
}

enum State<R: BufRead> {
    Member(Box<GzDecoder<R>>),
    Between(R),
    Done,
}

impl<R: BufRead> GzMembers<R> {
    /// Reads the members of `inner`, which starts with one.
    pub fn new(inner: R) -> Self {
        GzMembers {
            state: State::Between(inner),
        }
    }
}

/// Skips to the next gzip magic after the current position (at least one byte on).
/// A magic split across two buffer fills is missed: one more member is lost, after
/// data that was broken anyway.
fn seek_magic<R: BufRead>(r: &mut R) -> io::Result<()> {
    if !r.fill_buf()?.is_empty() {
        r.consume(1);
    }
    loop {
        let buf = r.fill_buf()?;
        if buf.is_empty() {
            return Ok(());
        }
        if let Some(at) = memchr::memmem::find(buf, GZIP_MAGIC) {
            r.consume(at);
            return Ok(());
        }
        let n = buf.len();
        r.consume(if n > 2 { n - 2 } else { n });
    }
}

impl<R: BufRead> Read for GzMembers<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        loop {
            match std::mem::replace(&mut self.state, State::Done) {
                State::Done => return Ok(0),
                State::Member(mut d) => match d.read(out) {
                    Ok(0) if !out.is_empty() => self.state = State::Between(d.into_inner()),
                    Ok(n) => {
                        self.state = State::Member(d);
                        return Ok(n);
                    }
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {
                        self.state = State::Member(d);
                    }
                    Err(_) => {
                        let mut r = d.into_inner();
                        seek_magic(&mut r)?;
                        self.state = State::Between(r);
                        return Err(io::Error::new(io::ErrorKind::InvalidData, BROKEN_MEMBER));
                    }
                },
                State::Between(mut r) => {
                    let buf = r.fill_buf()?;
                    if buf.is_empty() {
                        return Ok(0);
                    }
                    if buf.len() >= GZIP_MAGIC.len() && buf.starts_with(GZIP_MAGIC) {
                        self.state = State::Member(Box::new(GzDecoder::new(r)));
                    } else {
                        // Bytes between members that are not a member: skip them.
                        seek_magic(&mut r)?;
                        self.state = State::Between(r);
                        return Err(io::Error::new(io::ErrorKind::InvalidData, BROKEN_MEMBER));
                    }
                }
            }
        }
    }
}

/// One WARC record's header fields that matter here, and its block.
#[derive(Debug, Clone, Default)]
pub struct Record {
    /// `WARC-Type` (`response`, `resource`, `request`, ...), lowercased.
    pub kind: String,
    /// `WARC-Target-URI`, without angle brackets.
    pub uri: Option<String>,
    /// `WARC-Date`.
    pub date: Option<String>,
    /// `Content-Type` of the block, lowercased.
    pub content_type: String,
    /// The block (`Content-Length` bytes).
    pub block: Vec<u8>,
}

/// One step of reading a WARC: a record, or a record that could not be read.
#[derive(Debug)]
pub enum Step {
    Record(Record),
    /// A bad stretch: which record (1-based) and why; reading goes on after it.
    Bad {
        record: usize,
        message: String,
    },
}

/// Reads WARC records from decompressed bytes.
pub struct WarcReader<R: BufRead> {
    inner: R,
    /// Records started so far.
    records: usize,
    /// The largest block held; a longer one is read past and reported.
    max_block: usize,
    done: bool,
}

impl<R: BufRead> WarcReader<R> {
    /// Reads records from `inner`; blocks over `max_block` bytes are refused.
    pub fn new(inner: R, max_block: usize) -> Self {
        WarcReader {
            inner,
            records: 0,
            max_block,
            done: false,
        }
    }

    /// Records started so far (the number of the last one read).
    pub fn records(&self) -> usize {
        self.records
    }

    /// Reads one line of at most [`MAX_LINE`] bytes (the rest is skipped), without its
    /// line end; `None` at the end of input.
    fn line(&mut self) -> io::Result<Option<Vec<u8>>> {
        read_line(&mut self.inner)
    }

    fn bad(&self, message: impl Into<String>) -> Step {
        Step::Bad {
            record: self.records,
            message: message.into(),
        }
    }

    /// Reads the next record, or the next bad stretch; `None` at the end.
    fn step(&mut self) -> io::Result<Option<Step>> {
        // Find the version line; anything else before it is a bad stretch.
        let mut skipped_lines = 0usize;
        loop {
            let line = match self.line() {
                Ok(Some(l)) => l,
                Ok(None) if skipped_lines > 0 => {
                    self.records += 1;
                    return Ok(Some(
                        self.bad("bytes after the last record that are not a record"),
                    ));
                }
                Ok(None) => return Ok(None),
                Err(e) if e.kind() == io::ErrorKind::InvalidData => {
                    self.records += 1;
                    return Ok(Some(self.bad(e.to_string())));
                }
                Err(e) => return Err(e),
            };
            if line.starts_with(b"WARC/") {
                break;
            }
            if !line.trim_ascii().is_empty() {
                skipped_lines += 1;
            }
        }
        self.records += 1;
        let mut record = Record::default();
        let mut length: Option<Result<usize, String>> = None;
        let mut lines = 0;
        loop {
            let line = match self.line() {
                Ok(Some(l)) => l,
                Ok(None) => return Ok(Some(self.bad("the input ends inside a record header"))),
                Err(e) if e.kind() == io::ErrorKind::InvalidData => {
                    return Ok(Some(self.bad(e.to_string())))
                }
                Err(e) => return Err(e),
            };
            if line.is_empty() {
                break;
            }
            lines += 1;
            if lines > MAX_HEADER_LINES {
                return Ok(Some(self.bad("a record header of too many lines")));
            }
            let Some((name, value)) = header_field(&line) else {
                continue;
            };
            match name.as_str() {
                "content-length" => {
                    length =
                        Some(value.parse::<usize>().map_err(|_| {
                            format!("a Content-Length that is not a number: {value:?}")
                        }))
                }
                "warc-type" => record.kind = value.to_ascii_lowercase(),
                "warc-target-uri" => {
                    let v = value.trim_start_matches('<').trim_end_matches('>');
                    record.uri = Some(v.to_string());
                }
                "warc-date" => record.date = Some(value),
                "content-type" => record.content_type = value.to_ascii_lowercase(),
                _ => {}
            }
        }
        let length = match length {
            Some(Ok(n)) => n,
            Some(Err(m)) => return Ok(Some(self.bad(m))),
            None => return Ok(Some(self.bad("a record without Content-Length"))),
        };
        if length > self.max_block {
            let read = io::copy(&mut (&mut self.inner).take(length as u64), &mut io::sink());
            return match read {
                Err(e) if e.kind() != io::ErrorKind::InvalidData => Err(e),
                _ => Ok(Some(self.bad(format!(
                    "a record of {length} bytes, over the limit of {} (--max-article-bytes)",
                    self.max_block
                )))),
            };
        }
        let mut block = Vec::with_capacity(length.min(1 << 20));
        match (&mut self.inner)
            .take(length as u64)
            .read_to_end(&mut block)
        {
            Ok(n) if n < length => {
                return Ok(Some(
                    self.bad(format!("the record is cut short: {n} of {length} bytes")),
                ))
            }
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::InvalidData => {
                return Ok(Some(self.bad(e.to_string())))
            }
            Err(e) => return Err(e),
        }
        record.block = block;
        Ok(Some(Step::Record(record)))
    }
}

impl<R: BufRead> Iterator for WarcReader<R> {
    type Item = io::Result<Step>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.step() {
            Ok(Some(s)) => Some(Ok(s)),
            Ok(None) => {
                self.done = true;
                None
            }
            Err(e) => {
                self.done = true;
                Some(Err(e))
            }
        }
    }
}

/// Reads one line (at most [`MAX_LINE`] bytes kept), without `\r\n`.
fn read_line(r: &mut impl BufRead) -> io::Result<Option<Vec<u8>>> {
    let mut line = Vec::new();
    let mut any = false;
    loop {
        let buf = match r.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            break;
        }
        any = true;
        let (take, end) = match memchr::memchr(b'\n', buf) {
            Some(at) => (at + 1, true),
            None => (buf.len(), false),
        };
        let room = MAX_LINE.saturating_sub(line.len());
        line.extend_from_slice(&buf[..take.min(room)]);
        r.consume(take);
        if end {
            break;
        }
    }
    if !any {
        return Ok(None);
    }
    while matches!(line.last(), Some(b'\n' | b'\r')) {
        line.pop();
    }
    Ok(Some(line))
}

/// `Name: value` → (lowercased name, trimmed value).
fn header_field(line: &[u8]) -> Option<(String, String)> {
    let colon = memchr::memchr(b':', line)?;
    let name = String::from_utf8_lossy(&line[..colon])
        .trim()
        .to_ascii_lowercase();
    let value = String::from_utf8_lossy(&line[colon + 1..])
        .trim()
        .to_string();
    Some((name, value))
}

/// An HTTP response held in a WARC `response` record.
#[derive(Debug, Default)]
pub struct HttpResponse {
    pub status: u16,
    /// `Content-Type`, lowercased (empty when absent).
    pub content_type: String,
    /// The `charset` parameter of `Content-Type`.
    pub charset: Option<String>,
    /// The body, with chunked transfer coding and gzip or deflate content coding undone.
    pub body: Vec<u8>,
}

/// Parses an HTTP response (status line, header, body). `max_body` bounds the body
/// after decompression.
pub fn parse_http(block: &[u8], max_body: usize) -> Result<HttpResponse, String> {
    let mut r = block;
    let status = read_line(&mut r)
        .ok()
        .flatten()
        .ok_or("an empty HTTP response")?;
    let status_text = String::from_utf8_lossy(&status);
    let mut parts = status_text.split_whitespace();
    if !parts.next().is_some_and(|p| p.starts_with("HTTP/")) {
        return Err(format!(
            "not an HTTP status line: {:?}",
            truncate(&status_text, 60)
        ));
    }
    let code = parts
        .next()
        .and_then(|c| c.parse::<u16>().ok())
        .ok_or("an HTTP status line without a status code")?;
    let mut resp = HttpResponse {
        status: code,
        ..HttpResponse::default()
    };
    let (mut chunked, mut coding) = (false, String::new());
    for _ in 0..MAX_HEADER_LINES {
        let line = match read_line(&mut r) {
            Ok(Some(l)) => l,
            _ => break,
        };
        if line.is_empty() {
            break;
        }
        let Some((name, value)) = header_field(&line) else {
            continue;
        };
        match name.as_str() {
            "content-type" => {
                let lower = value.to_ascii_lowercase();
                let mut params = lower.split(';');
                resp.content_type = params.next().unwrap_or("").trim().to_string();
                resp.charset = params
                    .filter_map(|p| p.trim().strip_prefix("charset=").map(str::to_string))
                    .map(|c| c.trim_matches(['"', '\'']).to_string())
                    .next();
            }
            "transfer-encoding" => chunked = value.to_ascii_lowercase().contains("chunked"),
            "content-encoding" => coding = value.to_ascii_lowercase(),
            _ => {}
        }
    }
    let body = match chunked {
        true => dechunk(r).unwrap_or_else(|| r.to_vec()),
        false => r.to_vec(),
    };
    resp.body = match coding.trim() {
        "" | "identity" => body,
        "gzip" | "x-gzip" => inflate(flate2::read::MultiGzDecoder::new(&body[..]), max_body)?,
        "deflate" => inflate(flate2::read::ZlibDecoder::new(&body[..]), max_body)?,
        other => {
            return Err(format!(
                "a page in a content coding slant cannot read: {other}"
            ))
        }
    };
    Ok(resp)
}

/// Decompresses at most `max` bytes; more is an error.
fn inflate(mut r: impl Read, max: usize) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    (&mut r)
        .take(max as u64 + 1)
        .read_to_end(&mut out)
        .map_err(|e| format!("a compressed page that does not decompress: {e}"))?;
    if out.len() > max {
        return Err(format!(
            "a page over the limit of {max} bytes once decompressed"
        ));
    }
    Ok(out)
}

/// Undoes chunked transfer coding; `None` when the body is not chunked after all
/// (many archives store the body decoded but keep the header).
fn dechunk(mut r: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(r.len());
    loop {
        let line = read_line(&mut r).ok()??;
        let size = String::from_utf8_lossy(&line);
        let size = size.split(';').next()?.trim();
        let n = usize::from_str_radix(size, 16).ok()?;
        if n == 0 {
            return Some(out);
        }
        if r.len() < n {
            // Cut short: keep what there is.
            out.extend_from_slice(r);
            return Some(out);
        }
        out.extend_from_slice(&r[..n]);
        r = &r[n..];
        r = r
            .strip_prefix(b"\r\n")
            .or_else(|| r.strip_prefix(b"\n"))
            .unwrap_or(r);
    }
}

fn truncate(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// Wraps a file that starts with gzip data so that a broken member is skipped.
pub fn gz_members<R: BufRead>(inner: R) -> BufReader<GzMembers<R>> {
    BufReader::with_capacity(1 << 16, GzMembers::new(inner))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(uri: &str, body: &str) -> Vec<u8> {
        let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{body}");
        format!(
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n\
             Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n",
            http.len()
        )
        .into_bytes()
    }

    fn read(bytes: &[u8]) -> (Vec<String>, usize) {
        let mut uris = Vec::new();
        let mut bad = 0;
        for s in WarcReader::new(bytes, 1 << 20) {
            match s.unwrap() {
                Step::Record(r) => uris.push(r.uri.unwrap()),
                Step::Bad { .. } => bad += 1,
            }
        }
        (uris, bad)
    }

    #[test]
    fn records_are_read_in_order() {
        let mut w = record("http://a/1", "<p>one</p>");
        w.extend(record("http://a/2", "<p>two</p>"));
        assert_eq!(
            read(&w),
            (vec!["http://a/1".into(), "http://a/2".into()], 0)
        );
    }

    #[test]
    fn a_record_with_a_bad_length_is_skipped_and_the_next_read() {
        let mut w = record("http://a/1", "<p>one</p>");
        w.extend(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\njunk\r\n\r\n");
        w.extend(record("http://a/3", "<p>three</p>"));
        assert_eq!(
            read(&w),
            (vec!["http://a/1".into(), "http://a/3".into()], 1)
        );
    }

    #[test]
    fn chunked_bodies_are_joined() {
        let block = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/html; charset=ISO-8859-1\r\n\r\n4\r\n<p>a\r\n5\r\nb</p>\r\n0\r\n\r\n";
        let r = parse_http(block, 1000).unwrap();
        assert_eq!(r.body, b"<p>ab</p>");
        assert_eq!(r.charset.as_deref(), Some("iso-8859-1"));
        assert_eq!(r.content_type, "text/html");
    }
}
