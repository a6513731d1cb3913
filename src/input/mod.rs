//! Web pages and web archives as input: HTML files (plain or gzip) and WARC / WARC.gz
//! crawls, each page reduced to its article (title, byline, date, body).
//!
//! A WARC is streamed: records are read a few at a time, their pages extracted in
//! parallel, and handed on in order, so memory stays flat however long the crawl. A
//! record that cannot be read or holds no article is counted and skipped; it never
//! stops the file.

pub mod html;
pub mod labels;
pub mod warc;

use crate::corpus::Article;
use crate::{Error, Result};
use rayon::prelude::*;
use std::collections::VecDeque;
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};

pub use html::Extracted;

/// Pages extracted together, at most (with [`BATCH_BYTES`]).
const BATCH_PAGES: usize = 64;
/// Bytes of pages held for one parallel batch, at most (one page may pass it alone).
const BATCH_BYTES: usize = 32 << 20;

/// What kind of web input a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One HTML page.
    Html,
    /// A web archive.
    Warc,
}

/// The kind of web input `path` names, by its name: `.html`, `.htm`, `.xhtml`,
/// `.warc`, each optionally `.gz`.
pub fn kind_by_name(path: &Path) -> Option<Kind> {
    let name = path.to_string_lossy().to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    if name.ends_with(".warc") || name.ends_with(".arc.warc") {
        Some(Kind::Warc)
    } else if name.ends_with(".html") || name.ends_with(".htm") || name.ends_with(".xhtml") {
        Some(Kind::Html)
    } else {
        None
    }
}

/// The kind of web input `path` holds: by name, else by its first bytes (after
/// decompression): `WARC/` starts an archive; a doctype or `<html>` a page. `None`
/// for anything else (a text article, a JSONL corpus).
pub fn kind_of(path: &Path) -> Result<Option<Kind>> {
    if let Some(k) = kind_by_name(path) {
        return Ok(Some(k));
    }
    let mut head = Vec::with_capacity(1024);
    crate::corpus::open(path)?
        .take(1024)
        .read_to_end(&mut head)
        .map_err(|e| Error::io(path, e))?;
    Ok(kind_of_bytes(&head))
}

/// The kind of web input that starts with `head`, if any.
pub fn kind_of_bytes(head: &[u8]) -> Option<Kind> {
    if head.starts_with(b"WARC/") {
        Some(Kind::Warc)
    } else if html::looks_like_html(head) {
        Some(Kind::Html)
    } else {
        None
    }
}

/// One article found on the web: where it came from and what was extracted.
#[derive(Debug, Clone, PartialEq)]
pub struct WebArticle {
    /// The record's target URI, or the file's name.
    pub id: String,
    /// The page's address (the record's URI, else the page's own canonical link).
    pub url: Option<String>,
    /// The host of `url`, without `www.`.
    pub outlet: Option<String>,
    /// The record's `WARC-Date` for a crawl; the date the page gives for a file.
    pub date: Option<String>,
    /// Title, byline, body and how much was left out.
    pub extracted: Extracted,
}

impl WebArticle {
    /// The article as slant scores it: headline, body, outlet, and the URL, byline,
    /// date and dropped characters as extra fields.
    pub fn into_article(self) -> Article {
        let mut extra = Vec::new();
        if let Some(u) = self.url {
            extra.push(("url".to_string(), u));
        }
        if let Some(b) = self.extracted.byline {
            extra.push(("byline".to_string(), b));
        }
        if let Some(d) = self.date {
            extra.push(("date".to_string(), d));
        }
        extra.push((
            "dropped_chars".to_string(),
            self.extracted.dropped_chars.to_string(),
        ));
        Article {
            id: self.id,
            title: self.extracted.title,
            text: self.extracted.text,
            label: None,
            outlet: self.outlet,
            extra,
        }
    }
}

/// The host of a URL, lowercased, without a leading `www.`.
pub fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = host.split(':').next().unwrap_or(host).to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    (!host.is_empty()).then_some(host)
}

/// A page waiting for extraction.
struct Page {
    /// 1-based record number in the file (1 for an HTML file).
    record: usize,
    id: String,
    url: Option<String>,
    date: Option<String>,
    charset: Option<String>,
    bytes: Vec<u8>,
}

impl Page {
    fn extract(self) -> std::result::Result<WebArticle, String> {
        let text = html::decode(&self.bytes, self.charset.as_deref());
        let found = html::extract(&text, self.url.as_deref())?;
        if found.text.trim().is_empty() {
            return Err("no article text found on the page".into());
        }
        let url = self.url.or_else(|| found.url.clone());
        let date = self.date.or_else(|| found.date.clone());
        Ok(WebArticle {
            id: self.id,
            outlet: url.as_deref().and_then(host),
            url,
            date,
            extracted: found,
        })
    }
}

/// The pages of one file, not yet extracted.
enum Source {
    /// One HTML page, read whole (bounded), or already handed on.
    Html(Option<Page>),
    Warc(Box<warc::WarcReader<Box<dyn BufRead + Send>>>),
}

/// Reads the articles of one HTML file or WARC, in order. Per-record failures come
/// as [`Error::Input`] items naming the file and record; the caller counts or shows
/// them and reads on. An I/O error on the file itself ends the iteration.
pub struct WebReader {
    path: PathBuf,
    source: Source,
    max_bytes: usize,
    ready: VecDeque<Result<WebArticle>>,
    done: bool,
    /// Records that were not HTML pages (requests, metadata, images): passed over.
    not_html: usize,
}

impl WebReader {
    /// Opens `path` as `kind`; pages (or WARC records) over `max_bytes` are refused.
    pub fn open(path: &Path, kind: Kind, max_bytes: usize) -> Result<Self> {
        let source = match kind {
            Kind::Html => {
                let mut bytes = Vec::new();
                crate::corpus::open(path)?
                    .take(max_bytes as u64 + 1)
                    .read_to_end(&mut bytes)
                    .map_err(|e| Error::io(path, e))?;
                if bytes.len() > max_bytes {
                    return Err(Error::input(
                        path.display().to_string(),
                        format!("the page is larger than {max_bytes} bytes (--max-article-bytes)"),
                    ));
                }
                Source::Html(Some(Page {
                    record: 1,
                    id: path.display().to_string(),
                    url: None,
                    date: None,
                    charset: None,
                    bytes,
                }))
            }
            Kind::Warc => Source::Warc(Box::new(warc::WarcReader::new(
                open_warc(path)?,
                // Room for the WARC and HTTP headers around a page of the limit.
                max_bytes.saturating_add(64 << 10),
            ))),
        };
        Ok(WebReader {
            path: path.to_path_buf(),
            source,
            max_bytes,
            ready: VecDeque::new(),
            done: false,
            not_html: 0,
        })
    }

    /// The file read.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Records passed over because they hold no HTML page (requests, metadata,
    /// images, redirects).
    pub fn not_html(&self) -> usize {
        self.not_html
    }

    /// Reads the next batch of pages and extracts them in parallel.
    fn fill(&mut self) {
        let mut pages: Vec<std::result::Result<Page, Error>> = Vec::new();
        let mut bytes = 0usize;
        while pages.len() < BATCH_PAGES && bytes < BATCH_BYTES {
            let step = match &mut self.source {
                Source::Html(page) => match page.take() {
                    Some(p) => Next::Page(p),
                    None => Next::End,
                },
                Source::Warc(reader) => {
                    next_warc_page(reader, &self.path, self.max_bytes, &mut self.not_html)
                }
            };
            match step {
                Next::Page(p) => {
                    bytes += p.bytes.len();
                    pages.push(Ok(p));
                }
                Next::Bad(e) => pages.push(Err(e)),
                Next::End => {
                    self.done = true;
                    break;
                }
                Next::Fatal(e) => {
                    pages.push(Err(e));
                    self.done = true;
                    break;
                }
            }
        }
        let path = self.path.display().to_string();
        let warc = matches!(self.source, Source::Warc(_));
        let results: Vec<Result<WebArticle>> = pages
            .into_par_iter()
            // One page per piece: pages differ a hundredfold in size.
            .with_max_len(1)
            .map(|p| {
                let page = p?;
                let place = match warc {
                    true => format!("{path}: record {} ({})", page.record, page.id),
                    false => path.clone(),
                };
                page.extract().map_err(|m| Error::input(place, m))
            })
            .collect();
        self.ready.extend(results);
    }
}

/// What reading a WARC gave next.
enum Next {
    Page(Page),
    /// A record that cannot be used; reading goes on.
    Bad(Error),
    End,
    /// The file cannot be read on.
    Fatal(Error),
}

/// True for the media types of an HTML page.
fn is_html_type(media: &str) -> bool {
    matches!(media, "text/html" | "application/xhtml+xml")
}

/// The next HTML page of a WARC, passing over (and counting) records that hold none.
fn next_warc_page(
    reader: &mut warc::WarcReader<Box<dyn BufRead + Send>>,
    path: &Path,
    max_bytes: usize,
    not_html: &mut usize,
) -> Next {
    loop {
        let step = match reader.next() {
            None => return Next::End,
            Some(Err(e)) => return Next::Fatal(Error::io(path, e)),
            Some(Ok(s)) => s,
        };
        let record = match step {
            warc::Step::Record(r) => r,
            warc::Step::Bad { record, message } => {
                let place = format!("{}: record {record}", path.display());
                return Next::Bad(Error::input(place, message));
            }
        };
        let number = reader.records();
        let id = record
            .uri
            .clone()
            .unwrap_or_else(|| format!("{}#{number}", path.display()));
        let media = record.content_type.split(';').next().unwrap_or("").trim();
        let (bytes, charset) = match record.kind.as_str() {
            "response" if media == "application/http" => {
                match warc::parse_http(&record.block, max_bytes) {
                    Err(m) => {
                        let place = format!("{}: record {number} ({id})", path.display());
                        return Next::Bad(Error::input(place, m));
                    }
                    Ok(r) if !(200..300).contains(&r.status) => {
                        *not_html += 1;
                        continue;
                    }
                    Ok(r)
                        if is_html_type(&r.content_type)
                            || (r.content_type.is_empty() && html::looks_like_html(&r.body)) =>
                    {
                        (r.body, r.charset)
                    }
                    Ok(_) => {
                        *not_html += 1;
                        continue;
                    }
                }
            }
            "response" | "resource" | "conversion" if is_html_type(media) => {
                let charset = record
                    .content_type
                    .split(';')
                    .filter_map(|p| p.trim().strip_prefix("charset=").map(str::to_string))
                    .next();
                (record.block, charset)
            }
            _ => {
                *not_html += 1;
                continue;
            }
        };
        return Next::Page(Page {
            record: number,
            id,
            url: record.uri,
            date: record.date,
            charset,
            bytes,
        });
    }
}

/// Opens a WARC, plain or gzip; a broken gzip member is skipped to the next one.
fn open_warc(path: &Path) -> Result<Box<dyn BufRead + Send>> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut reader = std::io::BufReader::with_capacity(1 << 20, file);
    let magic = reader.fill_buf().map_err(|e| Error::io(path, e))?;
    if magic.starts_with(&[0x1f, 0x8b]) {
        Ok(Box::new(warc::gz_members(reader)))
    } else {
        Ok(Box::new(reader))
    }
}

impl Iterator for WebReader {
    type Item = Result<WebArticle>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.ready.is_empty() && !self.done {
            self.fill();
        }
        self.ready.pop_front()
    }
}

/// Articles of web inputs, as slant scores them: per-record failures are counted
/// (and the first kept) rather than returned, so a crawl is read to its end.
pub struct WebArticles {
    inner: WebReader,
    /// Records that could not be read or held no article.
    pub skipped: usize,
    /// The first such failure.
    pub first_error: Option<Error>,
}

impl WebArticles {
    /// Reads the articles of `inner`, counting its per-record failures.
    pub fn new(inner: WebReader) -> Self {
        WebArticles {
            inner,
            skipped: 0,
            first_error: None,
        }
    }

    /// A line for stderr saying what was skipped, if anything was.
    pub fn summary(&self) -> Option<String> {
        let e = self.first_error.as_ref()?;
        Some(format!(
            "skipped {} records of {} that could not be read or held no article (first: {e})",
            self.skipped,
            self.inner.path.display()
        ))
    }
}

impl Iterator for WebArticles {
    type Item = Result<Article>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            match self.inner.next()? {
                Ok(a) => return Some(Ok(a.into_article())),
                Err(e @ Error::Input { .. }) => {
                    self.skipped += 1;
                    self.first_error.get_or_insert(e);
                }
                Err(e) => return Some(Err(e)),
            }
        }
    }
}
