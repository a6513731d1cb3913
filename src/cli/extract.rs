//! `slant extract`: the article found in each web page or WARC record, as JSON lines
//! or text, so that extraction can be checked and its output reused.

use super::args::{ExtractArgs, ExtractFormat};
use anyhow::{bail, Result};
use serde::Serialize;
use slant::input::{kind_of, WebArticle, WebReader};
use std::io::Write;

/// One output line.
#[derive(Serialize)]
struct Line<'a> {
    id: &'a str,
    url: Option<&'a str>,
    title: Option<&'a str>,
    byline: Option<&'a str>,
    date: Option<&'a str>,
    text: &'a str,
    dropped_chars: usize,
}

pub fn run(args: &ExtractArgs) -> Result<()> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let (mut written, mut failed) = (0usize, 0usize);
    for path in &args.inputs {
        let Some(kind) = kind_of(path)? else {
            bail!(
                "{}: not a web page or a WARC (expected .html, .htm, .warc, or content starting with <html> or WARC/)",
                path.display()
            );
        };
        let mut reader = WebReader::open(path, kind, args.max_article_bytes)?;
        for item in reader.by_ref() {
            match item {
                Ok(a) => {
                    write(&mut out, &a, args.format)?;
                    written += 1;
                }
                // One record that fails is reported and passed; the file goes on.
                Err(e @ slant::Error::Input { .. }) => {
                    out.flush()?;
                    eprintln!("slant: {}", slant::report::visible(e.to_string()));
                    failed += 1;
                }
                Err(e) => return Err(e.into()),
            }
        }
        if reader.not_html() > 0 {
            eprintln!(
                "slant: {}: passed over {} records that hold no HTML page",
                path.display(),
                reader.not_html()
            );
        }
    }
    out.flush()?;
    if failed > 0 {
        eprintln!("slant: {written} articles extracted, {failed} pages skipped");
        if written == 0 {
            bail!("no article could be extracted");
        }
    }
    Ok(())
}

fn write(out: &mut impl Write, a: &WebArticle, format: ExtractFormat) -> Result<()> {
    let x = &a.extracted;
    match format {
        ExtractFormat::Json => {
            let line = Line {
                id: &a.id,
                url: a.url.as_deref(),
                title: x.title.as_deref(),
                byline: x.byline.as_deref(),
                date: a.date.as_deref(),
                text: &x.text,
                dropped_chars: x.dropped_chars,
            };
            serde_json::to_writer(&mut *out, &line)?;
            out.write_all(b"\n")?;
        }
        ExtractFormat::Text => {
            writeln!(out, "=== {}", clean(&a.id))?;
            if let Some(t) = &x.title {
                writeln!(out, "{}", clean(t))?;
            }
            let by = [x.byline.as_deref(), a.date.as_deref()];
            let by: Vec<String> = by.iter().flatten().map(|s| clean(s)).collect();
            if !by.is_empty() {
                writeln!(out, "{}", by.join(" · "))?;
            }
            writeln!(out)?;
            writeln!(out, "{}", clean_body(&x.text))?;
            writeln!(
                out,
                "[{} characters of page text left out]",
                x.dropped_chars
            )?;
            writeln!(out)?;
        }
    }
    Ok(())
}

/// One line for a terminal: every control character, line break and bidirectional
/// override written as an escape (as in `score`'s reports), so that a page's title
/// or address can neither send escape sequences nor start a line of its own.
fn clean(s: &str) -> String {
    slant::report::one_line(s).into_owned()
}

/// A body for a terminal: its line breaks and tabs kept, every other control
/// character and bidirectional override written as an escape.
fn clean_body(s: &str) -> String {
    slant::report::visible(s.to_string())
}
