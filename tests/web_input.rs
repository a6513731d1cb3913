//! Web pages and web archives as input: `slant extract`, and `slant score` on HTML
//! and WARC, including hostile pages and broken archives.

mod common;

use common::slant;
use flate2::write::GzEncoder;
use flate2::Compression;
use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};

const PARAGRAPHS: [&str; 4] = [
    "The city council voted on Tuesday to approve a budget that adds money for schools, parks and road repairs across the county.",
    "Supporters said the plan would ease crowding in classrooms, while opponents warned that the higher spending could force a tax increase next year.",
    "The mayor called the vote a turning point and promised to publish a detailed account of every new expense before the summer recess.",
    "A final hearing on the plan is expected next month, when residents will have another chance to speak before the council.",
];

/// A news page: a menu, an article with headline, byline and date, related links, a
/// comment box and a footer.
fn news_page(title: &str, charset_meta: &str) -> String {
    let body: String = PARAGRAPHS.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        "<!DOCTYPE html>\n<html><head>{charset_meta}<title>{title} | Valley Gazette</title>\
         <meta name=\"author\" content=\"Jane Roe\">\
         <meta property=\"article:published_time\" content=\"2024-05-14T09:30:00Z\">\
         <script>var tracker = '<p>not text</p>';</script><style>p {{ color: red }}</style></head>\
         <body><header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li>\
         <li><a href=\"/sports\">Sports</a></li><li><a href=\"/weather\">Weather</a></li></ul></nav>\
         <div class=\"cookie-banner\">We use cookies to improve your experience. Accept all cookies.</div></header>\
         <main><article><h1>{title}</h1><div class=\"byline\">By Jane Roe</div>\
         <time datetime=\"2024-05-14\">May 14, 2024</time>\n{body}</article>\
         <aside class=\"related\"><h3>Related stories</h3><ul>\
         <li><a href=\"/a\">Storm closes the coast road again</a></li>\
         <li><a href=\"/b\">Local team wins the regional final</a></li></ul></aside>\
         <section id=\"comments\" class=\"comments\"><h3>Comments</h3>\
         <div class=\"comment\">Great news for the kids, finally some action from the council!</div></section></main>\
         <footer><p>Copyright 2024 Valley Gazette. All rights reserved.</p>\
         <a href=\"/privacy\">Privacy policy</a> <a href=\"/terms\">Terms of use</a></footer></body></html>\n"
    )
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::new(), Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

/// One WARC response record holding an HTTP response with `body`.
fn response_record(uri: &str, content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut http = format!("HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n").into_bytes();
    http.extend_from_slice(body);
    let mut rec = format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2024-05-15T08:00:00Z\r\n\
         WARC-Target-URI: {uri}\r\nWARC-Record-ID: <urn:uuid:{}>\r\n\
         Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
        uri.len(),
        http.len()
    )
    .into_bytes();
    rec.extend_from_slice(&http);
    rec.extend_from_slice(b"\r\n\r\n");
    rec
}

fn request_record(uri: &str) -> Vec<u8> {
    let http = format!("GET / HTTP/1.1\r\nHost: {uri}\r\n\r\n");
    format!(
        "WARC/1.0\r\nWARC-Type: request\r\nWARC-Target-URI: {uri}\r\n\
         Content-Type: application/http; msgtype=request\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n",
        http.len()
    )
    .into_bytes()
}

/// The JSON lines `slant extract` prints for `inputs`, and its stderr.
fn extract(inputs: &[&Path]) -> (Vec<Value>, String, i32) {
    let out = slant().arg("extract").args(inputs).output().unwrap();
    let rows = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let code = out.status.code().unwrap_or(-1);
    (rows, String::from_utf8(out.stderr).unwrap(), code)
}

fn text(row: &Value) -> &str {
    row["text"].as_str().unwrap()
}

#[test]
fn a_news_page_gives_its_article_without_menus_comments_or_footer() {
    let dir = tempfile::tempdir().unwrap();
    let page = write(
        dir.path(),
        "story.html",
        news_page("Council approves school budget", "<meta charset=\"utf-8\">").as_bytes(),
    );
    let (rows, stderr, code) = extract(&[&page]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(rows.len(), 1);
    let row = &rows[0];
    assert_eq!(row["title"], "Council approves school budget");
    assert_eq!(row["byline"], "Jane Roe");
    assert_eq!(row["date"], "2024-05-14");
    let body = text(row);
    for p in PARAGRAPHS {
        assert!(body.contains(p), "missing paragraph {p:?} in {body:?}");
    }
    for junk in [
        "Sports",
        "cookies",
        "Related stories",
        "Great news for the kids",
        "Copyright",
        "not text",
        "color: red",
    ] {
        assert!(!body.contains(junk), "{junk:?} kept in {body:?}");
    }
    // Paragraph breaks are kept, as blank lines.
    assert_eq!(body.matches("\n\n").count(), PARAGRAPHS.len() - 1);
    assert!(row["dropped_chars"].as_u64().unwrap() > 100);
    assert!(row["id"].as_str().unwrap().ends_with("story.html"));
}

#[test]
fn a_gzip_page_is_read_like_a_plain_one() {
    let dir = tempfile::tempdir().unwrap();
    let html = news_page("Council approves school budget", "");
    let plain = write(dir.path(), "a.html", html.as_bytes());
    let packed = write(dir.path(), "a.html.gz", &gzip(html.as_bytes()));
    let (a, _, _) = extract(&[&plain]);
    let (b, _, _) = extract(&[&packed]);
    assert_eq!(text(&a[0]), text(&b[0]));
    assert_eq!(a[0]["title"], b[0]["title"]);
}

#[test]
fn a_page_is_told_by_its_content_whatever_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let page = write(
        dir.path(),
        "saved-page",
        news_page("Council approves school budget", "").as_bytes(),
    );
    let (rows, stderr, code) = extract(&[&page]);
    assert_eq!(code, 0, "{stderr}");
    assert!(text(&rows[0]).contains(PARAGRAPHS[0]));
    let plain = write(dir.path(), "notes.txt", b"Just a note, not a page.");
    slant()
        .args(["extract"])
        .arg(&plain)
        .assert()
        .code(1)
        .stderr(predicates::str::contains("not a web page or a WARC"));
}

#[test]
fn the_text_format_escapes_escape_sequences_and_bidi_overrides_in_title_and_body() {
    let dir = tempfile::tempdir().unwrap();
    let mut html = news_page("Council \u{1b}]0;owned\u{7}approves \u{202e}budget", "");
    html = html.replace(
        PARAGRAPHS[1],
        "Supporters said \u{1b}[2J\u{1b}[31mthe plan\u{1b}[0m would \u{2066}ease\u{2069} crowding in classrooms next year.",
    );
    let page = write(dir.path(), "story.htm", html.as_bytes());
    let out = slant()
        .args(["extract", "--format", "text"])
        .arg(&page)
        .output()
        .unwrap();
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    for raw in ['\u{1b}', '\u{7}', '\u{202e}', '\u{2066}', '\u{2069}'] {
        assert!(!s.contains(raw), "{raw:?} passed through: {s}");
    }
    assert!(s.contains("\\u{202e}budget"), "{s}");
    assert!(s.contains("\\u{1b}[31mthe plan"), "{s}");
    // The layout's own line breaks stay.
    assert!(s.contains(PARAGRAPHS[2]), "{s}");
}

#[test]
fn a_tag_of_too_many_attributes_is_a_skipped_page_not_minutes_of_parsing() {
    let dir = tempfile::tempdir().unwrap();
    let attrs: String = (0..5000).map(|i| format!(" a{i}=\"x\"")).collect();
    let html = news_page("Council approves school budget", "").replacen(
        &format!("<p>{}", PARAGRAPHS[0]),
        &format!("<p{attrs}>{}", PARAGRAPHS[0]),
        1,
    );
    let page = write(dir.path(), "crowded.html", html.as_bytes());
    let out = slant().arg("extract").arg(&page).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("crowded.html: a tag of 5000 attributes at byte"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn the_text_format_shows_title_byline_date_and_body() {
    let dir = tempfile::tempdir().unwrap();
    let page = write(
        dir.path(),
        "story.htm",
        news_page("Council approves school budget", "").as_bytes(),
    );
    let out = slant()
        .args(["extract", "--format", "text"])
        .arg(&page)
        .output()
        .unwrap();
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(
        s.contains("Council approves school budget\nJane Roe · 2024-05-14\n"),
        "{s}"
    );
    assert!(s.contains(PARAGRAPHS[2]));
    assert!(s.contains("characters of page text left out"));
}

#[test]
fn a_wrongly_declared_charset_is_overruled() {
    let dir = tempfile::tempdir().unwrap();
    // UTF-8 bytes declared as windows-1252.
    let utf8 = news_page(
        "Café owners welcome the naïve plan",
        "<meta charset=\"windows-1252\">",
    );
    let a = write(dir.path(), "utf8.html", utf8.as_bytes());
    // Latin-1 bytes declared as UTF-8.
    let latin: Vec<u8> = news_page(
        "Café owners welcome the naïve plan",
        "<meta charset=\"utf-8\">",
    )
    .chars()
    .map(|c| u8::try_from(u32::from(c)).unwrap())
    .collect();
    let b = write(dir.path(), "latin1.html", &latin);
    let (rows, stderr, code) = extract(&[&a, &b]);
    assert_eq!(code, 0, "{stderr}");
    for row in &rows {
        assert_eq!(row["title"], "Café owners welcome the naïve plan");
    }
}

#[test]
fn ten_thousand_nested_divs_are_read_without_overflowing() {
    let dir = tempfile::tempdir().unwrap();
    let body: String = PARAGRAPHS.iter().map(|p| format!("<p>{p}</p>")).collect();
    let html = format!(
        "<html><body>{}<article>{body}</article>{}</body></html>",
        "<div>".repeat(10_000),
        "</div>".repeat(10_000)
    );
    let page = write(dir.path(), "deep.html", html.as_bytes());
    let (rows, stderr, code) = extract(&[&page]);
    assert_eq!(code, 0, "{stderr}");
    assert!(text(&rows[0]).contains(PARAGRAPHS[3]));
    // Unclosed, and deeper still.
    let html = format!("<html><body>{}{body}", "<div><span>".repeat(200_000));
    let page = write(dir.path(), "deeper.html", html.as_bytes());
    let (rows, stderr, code) = extract(&[&page]);
    assert!(code == 0 || stderr.contains("elements"), "{stderr}");
    assert!(code != 0 || text(&rows[0]).contains(PARAGRAPHS[3]));
}

#[test]
fn ten_megabytes_of_markup_give_a_clear_error_not_a_hang() {
    let dir = tempfile::tempdir().unwrap();
    let mut html = news_page("Council approves school budget", "");
    let link = "<div class=\"promo\"><a href=\"/more\">More</a></div>\n";
    html.push_str(&link.repeat(9_500_000 / link.len()));
    let page = write(dir.path(), "huge.html", html.as_bytes());
    slant()
        .arg("extract")
        .arg(&page)
        .assert()
        .code(1)
        .stderr(predicates::str::contains("huge.html"))
        .stderr(predicates::str::contains("over the limit of 100000"));
    // And past --max-article-bytes, the page is not read at all.
    slant()
        .args(["extract", "--max-article-bytes", "1000000"])
        .arg(&page)
        .assert()
        .code(1)
        .stderr(predicates::str::contains("larger than 1000000 bytes"));
}

#[test]
fn a_page_without_body_or_markup_of_an_article_still_gives_its_text() {
    let dir = tempfile::tempdir().unwrap();
    let body: String = PARAGRAPHS.iter().map(|p| format!("<p>{p}\n")).collect();
    let html = format!("<html><head><title>Budget</title></head>{body}");
    let page = write(dir.path(), "nobody.html", html.as_bytes());
    let (rows, stderr, code) = extract(&[&page]);
    assert_eq!(code, 0, "{stderr}");
    assert!(text(&rows[0]).contains(PARAGRAPHS[1]));
}

#[test]
fn a_truncated_gzip_page_is_an_error_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let packed = gzip(news_page("Council approves school budget", "").as_bytes());
    let page = write(dir.path(), "cut.html.gz", &packed[..packed.len() / 2]);
    slant()
        .arg("extract")
        .arg(&page)
        .assert()
        .code(1)
        .stderr(predicates::str::contains("cut.html.gz"));
}

fn archive(records: &[Vec<u8>]) -> Vec<u8> {
    records.concat()
}

fn three_pages() -> Vec<Vec<u8>> {
    vec![
        request_record("https://www.gazette.example/a"),
        response_record(
            "https://www.gazette.example/a",
            "text/html; charset=utf-8",
            news_page("Council approves school budget", "").as_bytes(),
        ),
        response_record(
            "https://news.example.org/b",
            "text/html",
            news_page("Mayor promises an account of every expense", "").as_bytes(),
        ),
        response_record(
            "https://news.example.org/logo.png",
            "image/png",
            b"\x89PNG\r\n\x1a\n....",
        ),
        response_record(
            "https://news.example.org/c",
            "text/html; charset=iso-8859-1",
            &news_page("Caf\u{e9} owners react", "")
                .chars()
                .map(|c| u8::try_from(u32::from(c)).unwrap())
                .collect::<Vec<u8>>(),
        ),
    ]
}

#[test]
fn every_html_response_of_a_warc_is_an_article() {
    let dir = tempfile::tempdir().unwrap();
    let warc = write(dir.path(), "crawl.warc", &archive(&three_pages()));
    let (rows, stderr, code) = extract(&[&warc]);
    assert_eq!(code, 0, "{stderr}");
    let ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "https://www.gazette.example/a",
            "https://news.example.org/b",
            "https://news.example.org/c"
        ]
    );
    assert_eq!(rows[0]["date"], "2024-05-15T08:00:00Z");
    assert_eq!(rows[0]["url"], "https://www.gazette.example/a");
    assert_eq!(rows[2]["title"], "Café owners react");
    assert!(text(&rows[1]).contains(PARAGRAPHS[0]));
    assert!(stderr.contains("passed over 2 records"), "{stderr}");
}

#[test]
fn a_warc_gz_of_one_member_per_record_reads_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let records = three_pages();
    let plain = write(dir.path(), "crawl.warc", &archive(&records));
    let members: Vec<u8> = records.iter().flat_map(|r| gzip(r)).collect();
    let packed = write(dir.path(), "crawl.warc.gz", &members);
    let whole = write(dir.path(), "whole.warc.gz", &gzip(&archive(&records)));
    let (a, _, _) = extract(&[&plain]);
    let (b, _, _) = extract(&[&packed]);
    let (c, _, _) = extract(&[&whole]);
    assert_eq!(a.len(), 3);
    assert_eq!(a, b);
    assert_eq!(a, c);
}

#[test]
fn a_corrupt_record_in_the_middle_does_not_stop_the_warc() {
    let dir = tempfile::tempdir().unwrap();
    let mut records = three_pages();
    // A header whose length is not a number, between two good records.
    records.insert(2, b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: twelve\r\n\r\n<html>oops</html>\r\n\r\n".to_vec());
    let warc = write(dir.path(), "bad.warc", &archive(&records));
    let (rows, stderr, code) = extract(&[&warc]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(rows.len(), 3);
    assert!(stderr.contains("bad.warc: record 3"), "{stderr}");
    assert!(stderr.contains("Content-Length"), "{stderr}");

    // A gzip member whose bytes are damaged.
    let mut members: Vec<Vec<u8>> = three_pages().iter().map(|r| gzip(r)).collect();
    let damaged = &mut members[2];
    let len = damaged.len();
    for b in &mut damaged[20..len - 12] {
        *b ^= 0x5a;
    }
    let gz = write(dir.path(), "bad.warc.gz", &members.concat());
    let (rows, stderr, code) = extract(&[&gz]);
    assert_eq!(code, 0, "{stderr}");
    let ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "https://www.gazette.example/a",
            "https://news.example.org/c"
        ]
    );
    assert!(stderr.contains("does not decompress"), "{stderr}");

    // Cut short in the middle of the last record: what came before is kept.
    let whole = archive(&three_pages());
    let cut = write(dir.path(), "cut.warc", &whole[..whole.len() - 500]);
    let (rows, stderr, _) = extract(&[&cut]);
    assert_eq!(rows.len(), 2);
    assert!(stderr.contains("cut short"), "{stderr}");
}

#[test]
fn a_record_over_the_limit_is_skipped_without_being_held() {
    let dir = tempfile::tempdir().unwrap();
    let mut records = three_pages();
    let big = format!(
        "<html><body>{}</body></html>",
        "<p>word word word</p>".repeat(100_000)
    );
    records.insert(
        1,
        response_record("https://big.example/x", "text/html", big.as_bytes()),
    );
    let warc = write(dir.path(), "big.warc", &archive(&records));
    let out = slant()
        .args(["extract", "--max-article-bytes", "500000"])
        .arg(&warc)
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success(), "{stderr}");
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 3);
    assert!(stderr.contains("over the limit of"), "{stderr}");
}

#[test]
fn score_reads_a_page_as_its_article_and_a_warc_as_many() {
    let dir = tempfile::tempdir().unwrap();
    let page = write(
        dir.path(),
        "story.html",
        news_page("Council approves school budget", "").as_bytes(),
    );
    let out = slant()
        .args(["score", "--format", "json"])
        .arg(&page)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let row: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(row["id"].as_str().unwrap().ends_with("story.html"));
    // Scored on the article alone: the same as the extracted text with its title.
    let (rows, _, _) = extract(&[&page]);
    let clean = serde_json::json!({
        "id": row["id"], "title": rows[0]["title"], "text": rows[0]["text"]
    });
    let jsonl = write(dir.path(), "clean.jsonl", format!("{clean}\n").as_bytes());
    let out2 = slant()
        .args(["score", "--format", "json"])
        .arg(&jsonl)
        .output()
        .unwrap();
    let row2: Value = serde_json::from_slice(&out2.stdout).unwrap();
    assert_eq!(row["probabilities"], row2["probabilities"]);

    let mut records = three_pages();
    records.insert(2, b"WARC/1.0\r\nContent-Length: x\r\n\r\n".to_vec());
    let warc = write(dir.path(), "crawl.warc.gz", &gzip(&archive(&records)));
    let out = slant()
        .args(["score", "--format", "json"])
        .arg(&warc)
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success(), "{stderr}");
    let rows: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[1]["id"], "https://news.example.org/b");
    assert!(stderr.contains("skipped 1 records"), "{stderr}");
}

#[test]
fn the_html_report_of_a_page_says_how_much_page_furniture_was_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let page = write(
        dir.path(),
        "story.html",
        news_page("Council approves school budget", "").as_bytes(),
    );
    let (rows, _, _) = extract(&[&page]);
    let dropped = rows[0]["dropped_chars"].as_u64().unwrap();
    assert!(dropped > 0);
    let out = slant()
        .args(["score", "--format", "html"])
        .arg(&page)
        .output()
        .unwrap();
    assert!(out.status.success());
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(
        html.contains(&format!("{dropped} characters of menus, links")),
        "{html}"
    );
    // A plain text file says nothing of extraction.
    let txt = write(dir.path(), "story.txt", PARAGRAPHS.join("\n\n").as_bytes());
    let out = slant()
        .args(["score", "--format", "html"])
        .arg(&txt)
        .output()
        .unwrap();
    assert!(!String::from_utf8(out.stdout)
        .unwrap()
        .contains("Extracted from a web page"));
}

/// Sentences that lean each way, for pages a model can learn from.
const LEFT: [&str; 4] = [
    "Workers rallied for fair wages and stronger union rights outside the factory gates.",
    "Advocates said climate action would protect families in flooded neighbourhoods.",
    "Nurses asked lawmakers to expand health care for working families and renters.",
    "Teachers said taxing the wealthy would fund smaller classes in public schools.",
];
const RIGHT: [&str; 4] = [
    "Business owners urged the council to cut taxes and shrink government spending.",
    "The sheriff called for securing the border and enforcing immigration law.",
    "Hunters said the bill would protect gun rights under the second amendment.",
    "Shop owners said lower regulation helps small business owners hire again.",
];

/// A page of an outlet: three sentences of `side`, chosen by `n`, among a menu and a footer.
fn lean_page(title: &str, side: &[&str; 4], n: usize) -> Vec<u8> {
    let body: String = (0..3)
        .map(|i| format!("<p>{} {}</p>\n", side[(n + i) % 4], PARAGRAPHS[(n + i) % 4]))
        .collect();
    format!(
        "<!DOCTYPE html><html><head><title>{title}</title></head><body>\
         <nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\
         <article><h1>{title}</h1>\n{body}</article>\
         <footer>Copyright 2024. All rights reserved.</footer></body></html>"
    )
    .into_bytes()
}

/// A crawl of two left-leaning and two right-leaning hosts, five pages each, and one
/// page of a host no label map lists.
fn lean_crawl() -> Vec<u8> {
    let mut records = Vec::new();
    for (host, side) in [
        ("www.leftpost.example", &LEFT),
        ("edition.leftwire.example", &LEFT),
        ("rightherald.example", &RIGHT),
        ("www.rightnews.example", &RIGHT),
    ] {
        for n in 0..5 {
            let uri = format!("https://{host}/story-{n}");
            records.push(request_record(&uri));
            records.push(response_record(
                &uri,
                "text/html; charset=utf-8",
                &lean_page(&format!("Story {n} of {host}"), side, n),
            ));
        }
    }
    records.push(response_record(
        "https://unlisted.example/x",
        "text/html",
        &lean_page("An unlisted page", &LEFT, 1),
    ));
    archive(&records)
}

const LABELS: &str = "# outlet ratings, written for this test\nhost\tlabel\n\
                      leftpost.example\tleft\nleftwire.example\tleft\n\
                      rightherald.example\tright\nrightnews.example\tright\n";

fn train_flags() -> [&'static str; 8] {
    [
        "--min-df",
        "1",
        "--features",
        "200",
        "--iterations",
        "10",
        "-q",
        "--no-blocks",
    ]
}

fn model_training(path: &Path) -> Value {
    let model: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    model["training"].clone()
}

#[test]
fn train_reads_a_warc_labelled_by_host_and_counts_what_it_skips() {
    let dir = tempfile::tempdir().unwrap();
    let warc = write(dir.path(), "crawl.warc", &lean_crawl());
    let labels = write(dir.path(), "labels.tsv", LABELS.as_bytes());
    let out = dir.path().join("m.json");
    let r = slant()
        .args(["train", "--corpus"])
        .arg(&warc)
        .arg("--label-map")
        .arg(&labels)
        .arg("--out")
        .arg(&out)
        .args(train_flags())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert!(r.status.success(), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "slant: skipped 1 of 21 articles of {} that {} does not label",
            warc.display(),
            labels.display()
        )),
        "{stderr}"
    );
    let t = model_training(&out);
    assert_eq!(t["rows"], 20);
    assert_eq!(t["rows_per_label"], serde_json::json!([10, 10]));
    assert_eq!(t["corpus"], "crawl.warc");

    // The same crawl, gzipped, and the model trains the same (but for the corpus).
    let gz = write(dir.path(), "crawl.warc.gz", &gzip(&lean_crawl()));
    let out_gz = dir.path().join("gz.json");
    slant()
        .args(["train", "--corpus"])
        .arg(&gz)
        .arg("--label-map")
        .arg(&labels)
        .arg("--out")
        .arg(&out_gz)
        .args(train_flags())
        .assert()
        .success();
    let mut a: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let mut b: Value = serde_json::from_slice(&std::fs::read(&out_gz).unwrap()).unwrap();
    for m in [&mut a, &mut b] {
        m["training"]["corpus"] = Value::Null;
        m["training"]["corpus_sha256"] = Value::Null;
    }
    assert_eq!(a, b);
}

#[test]
fn a_page_a_crawl_and_a_jsonl_corpus_train_together() {
    let dir = tempfile::tempdir().unwrap();
    let warc = write(dir.path(), "crawl.warc", &lean_crawl());
    let page = write(
        dir.path(),
        "saved.html",
        &lean_page("A saved page", &RIGHT, 2),
    );
    // A page file's id is its path as given: the map can name it.
    let labels = write(
        dir.path(),
        "labels.tsv",
        format!("{LABELS}{}\tright\n", page.display()).as_bytes(),
    );
    let jsonl = write(
        dir.path(),
        "extra.jsonl",
        b"{\"id\":\"j1\",\"text\":\"Workers rallied for fair wages.\",\"label\":\"left\"}\n",
    );
    let out = dir.path().join("m.json");
    slant()
        .args(["train", "--corpus"])
        .args([&warc, &page, &jsonl])
        .arg("--label-map")
        .arg(&labels)
        .arg("--out")
        .arg(&out)
        .args(train_flags())
        .assert()
        .success();
    let t = model_training(&out);
    assert_eq!(t["rows"], 22);
    assert_eq!(t["corpus"], "crawl.warc, saved.html, extra.jsonl");
    assert_eq!(t["corpus_sha256"].as_str().unwrap().split(',').count(), 3);
}

#[test]
fn web_input_without_labels_or_with_a_bad_map_is_refused_before_training() {
    let dir = tempfile::tempdir().unwrap();
    let warc = write(dir.path(), "crawl.warc", &lean_crawl());
    let out = dir.path().join("m.json");
    slant()
        .args(["train", "--corpus"])
        .arg(&warc)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicates::str::contains(format!(
            "{}: HTML and WARC input carry no labels; give --label-map FILE",
            warc.display()
        )));
    let bad = write(
        dir.path(),
        "bad.tsv",
        b"leftpost.example\tleft\nrightherald.example right\n",
    );
    slant()
        .args(["train", "--corpus"])
        .arg(&warc)
        .arg("--label-map")
        .arg(&bad)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicates::str::contains(format!(
            "{}:2: no tab; each line is a host, URL or article id, a tab, and the label",
            bad.display()
        )));
    let none = write(dir.path(), "none.tsv", b"elsewhere.example\tleft\n");
    slant()
        .args(["train", "--corpus"])
        .arg(&warc)
        .arg("--label-map")
        .arg(&none)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicates::str::contains(format!(
            "no articles to train on ({} labels none of its 21 articles)",
            none.display()
        )));
    assert!(!out.exists());
}

#[test]
fn eval_reads_a_warc_labelled_by_host() {
    let dir = tempfile::tempdir().unwrap();
    let warc = write(dir.path(), "crawl.warc", &lean_crawl());
    let labels = write(dir.path(), "labels.tsv", LABELS.as_bytes());
    let model = dir.path().join("m.json");
    slant()
        .args(["train", "--corpus"])
        .arg(&warc)
        .arg("--label-map")
        .arg(&labels)
        .arg("--out")
        .arg(&model)
        .args(train_flags())
        .assert()
        .success();
    let r = slant()
        .args(["eval", "--format", "json", "--model"])
        .arg(&model)
        .arg("--corpus")
        .arg(&warc)
        .arg("--label-map")
        .arg(&labels)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert!(r.status.success(), "{stderr}");
    let metrics: Value = serde_json::from_slice(&r.stdout).unwrap();
    assert_eq!(metrics["rows"], 20);
    assert!(stderr.contains("skipped 1 of 21 articles"), "{stderr}");
    // A label the model does not have names the line of the map that gave it.
    let odd = write(
        dir.path(),
        "odd.tsv",
        format!("{LABELS}unlisted.example\tcentre\n").as_bytes(),
    );
    slant()
        .args(["eval", "--model"])
        .arg(&model)
        .arg("--corpus")
        .arg(&warc)
        .arg("--label-map")
        .arg(&odd)
        .assert()
        .code(1)
        .stderr(predicates::str::contains(format!(
            "{}:7: label \"centre\" is not one of the model's labels (left, right)",
            odd.display()
        )));
}

/// JSON Lines rows of the two sides: labelled by their `url`'s host, their outlet, their
/// id, their own label, or by nothing at all (the last row).
fn mapped_rows() -> (String, String) {
    let mut mapped = String::new();
    let mut labelled = String::new();
    for n in 0..12 {
        let (side, label) = if n % 2 == 0 {
            (&LEFT, "left")
        } else {
            (&RIGHT, "right")
        };
        let text = format!("{} {}", side[n % 4], PARAGRAPHS[n % 4]);
        let (key, own) = match n % 4 {
            0 => (
                format!("\"url\":\"https://www.leftpost.example/j{n}\""),
                None,
            ),
            1 => ("\"outlet\":\"RightHerald.example\"".to_string(), None),
            // The map's label wins over the row's own.
            2 => ("\"outlet\":\"leftwire.example\"".to_string(), Some("right")),
            _ => ("\"outlet\":\"unlisted.example\"".to_string(), Some(label)),
        };
        let row = |label: Option<&str>| match label {
            Some(l) => format!("{{\"id\":\"j{n}\",\"text\":\"{text}\",{key},\"label\":\"{l}\"}}\n"),
            None => format!("{{\"id\":\"j{n}\",\"text\":\"{text}\",{key}}}\n"),
        };
        mapped.push_str(&row(own));
        labelled.push_str(&row(Some(label)));
    }
    mapped.push_str("{\"id\":\"nobody\",\"text\":\"An unlabelled row.\"}\n");
    (mapped, labelled)
}

#[test]
fn a_label_map_labels_jsonl_rows_by_url_outlet_or_id_in_train_and_eval() {
    let dir = tempfile::tempdir().unwrap();
    let (mapped, labelled) = mapped_rows();
    let jsonl = write(dir.path(), "rows.jsonl", mapped.as_bytes());
    let plain = write(dir.path(), "plain.jsonl", labelled.as_bytes());
    let labels = write(dir.path(), "labels.tsv", LABELS.as_bytes());
    let out = dir.path().join("m.json");
    let r = slant()
        .args(["train", "--corpus"])
        .arg(&jsonl)
        .arg("--label-map")
        .arg(&labels)
        .arg("--out")
        .arg(&out)
        .args(train_flags())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert!(r.status.success(), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "slant: skipped 1 of 13 articles of {} that {} does not label",
            jsonl.display(),
            labels.display()
        )),
        "{stderr}"
    );
    // The same model as from the rows labelled in the file (but for the corpus named).
    let out_plain = dir.path().join("plain.json");
    slant()
        .args(["train", "--corpus"])
        .arg(&plain)
        .arg("--out")
        .arg(&out_plain)
        .args(train_flags())
        .assert()
        .success();
    let mut a: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let mut b: Value = serde_json::from_slice(&std::fs::read(&out_plain).unwrap()).unwrap();
    assert_eq!(a["training"]["rows"], 12);
    for m in [&mut a, &mut b] {
        m["training"]["corpus"] = Value::Null;
        m["training"]["corpus_sha256"] = Value::Null;
    }
    assert_eq!(a, b);

    // eval reads the rows the same way: twelve rows, the unlabelled one counted.
    let r = slant()
        .args(["eval", "--format", "json", "--model"])
        .arg(&out)
        .arg("--corpus")
        .arg(&jsonl)
        .arg("--label-map")
        .arg(&labels)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert!(r.status.success(), "{stderr}");
    let metrics: Value = serde_json::from_slice(&r.stdout).unwrap();
    assert_eq!(metrics["rows"], 12);
    assert!(stderr.contains("skipped 1 of 13 articles"), "{stderr}");
    let expected: Value = serde_json::from_slice(
        &slant()
            .args(["eval", "--format", "json", "--model"])
            .arg(&out)
            .arg("--corpus")
            .arg(&plain)
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert_eq!(metrics, expected);
    // A label the model lacks names the map's line.
    let odd = write(
        dir.path(),
        "odd.tsv",
        format!("{LABELS}nobody\tcentre\n").as_bytes(),
    );
    slant()
        .args(["eval", "--model"])
        .arg(&out)
        .arg("--corpus")
        .arg(&jsonl)
        .arg("--label-map")
        .arg(&odd)
        .assert()
        .code(1)
        .stderr(predicates::str::contains(format!(
            "{}:7: label \"centre\" is not one of the model's labels (left, right)",
            odd.display()
        )));
    // Multi-label training reads codes, not labels: a map is refused, not ignored.
    slant()
        .args(["train", "--multi-label", "--corpus"])
        .arg(&jsonl)
        .arg("--label-map")
        .arg(&labels)
        .arg("--out")
        .arg(dir.path().join("multi.json"))
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "--label-map does not apply to --multi-label training",
        ));
}
