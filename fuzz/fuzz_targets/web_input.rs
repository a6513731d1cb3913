//! Reads any bytes as a web page, as a WARC crawl (plain and gzip) and as a label map:
//! a page gives an article or an error message, a WARC gives records or bad stretches,
//! a label map loads or names a line it has; nothing panics, loops or holds more than
//! the limit.
#![no_main]

use libfuzzer_sys::fuzz_target;
use slant::input::labels::LabelMap;
use slant::input::{html, warc};

fuzz_target!(|data: &[u8]| {
    let page = html::decode(data, None);
    if let Ok(found) = html::extract(&page, Some("https://example.com/a")) {
        assert!(!found.text.contains("\n\n\n"));
    }
    let text = String::from_utf8_lossy(data);
    if let Err(e) = LabelMap::parse(&text, std::path::Path::new("fuzz.tsv")) {
        let e = e.to_string();
        let line: usize = e
            .strip_prefix("fuzz.tsv:")
            .and_then(|r| r.split(':').next())
            .and_then(|n| n.parse().ok())
            .expect("a label map error names its line");
        assert!(line >= 1 && line <= text.split('\n').count());
    }
    let limit = 1 << 16;
    for step in warc::WarcReader::new(data, limit).flatten() {
        if let warc::Step::Record(r) = step {
            assert!(r.block.len() <= limit);
            let _ = warc::parse_http(&r.block, limit);
        }
    }
    let gz = warc::gz_members(data);
    for step in warc::WarcReader::new(gz, limit).take(10_000) {
        if step.is_err() {
            break;
        }
    }
});
