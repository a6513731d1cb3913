//! Web input under damage: pages, crawls (plain and gzip) and label maps cut short,
//! with bytes flipped, spliced or repeated, read through the library. Each input gives
//! articles or per-record errors naming the file, in bounded memory; none panics or
//! hangs. The mutations come from a fixed seed, so a failure repeats.

#![cfg(feature = "web")]

use flate2::write::GzEncoder;
use flate2::Compression;
use slant::input::labels::LabelMap;
use slant::input::{html, warc, Kind, WebReader};
use slant::Error;
use std::io::Write;
use std::path::Path;

/// splitmix64: a small deterministic generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const PAGE: &str = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Council backs \
    the tram line | Valley Gazette</title><meta name=\"author\" content=\"Jane Roe\"></head>\
    <body><nav><a href=\"/\">Home</a><a href=\"/news\">News</a></nav><main><article>\
    <h1>Council backs the tram line</h1><p>The city council voted 7-2 on Tuesday to fund a \
    tram line along the river, the largest transit project in a generation.</p><p>\
    \u{201c}This is the biggest investment we have made,\u{201d} said Mayor Ana Ortiz. Critics \
    called it a giveaway to developers, according to minutes of the meeting.</p><p>Officials \
    said construction would begin next spring and take three years.</p></article>\
    <aside><ul><li><a href=\"/a\">Storm closes the coast road</a></li></ul></aside></main>\
    <footer>Copyright 2024 Valley Gazette.</footer></body></html>";

fn record(uri: &str, body: &[u8]) -> Vec<u8> {
    let mut http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n".to_vec();
    http.extend_from_slice(body);
    let mut rec = format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2024-05-15T08:00:00Z\r\n\
         WARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=response\r\n\
         Content-Length: {}\r\n\r\n",
        http.len()
    )
    .into_bytes();
    rec.extend_from_slice(&http);
    rec.extend_from_slice(b"\r\n\r\n");
    rec
}

fn crawl() -> Vec<u8> {
    (0..4)
        .flat_map(|i| record(&format!("https://www.gazette.example/{i}"), PAGE.as_bytes()))
        .collect()
}

fn gzip_members(records: &[u8]) -> Vec<u8> {
    // One gzip member per quarter, as crawlers write one per record.
    records
        .chunks(records.len() / 4 + 1)
        .flat_map(|chunk| {
            let mut e = GzEncoder::new(Vec::new(), Compression::fast());
            e.write_all(chunk).unwrap();
            e.finish().unwrap()
        })
        .collect()
}

/// `input` damaged in one of several ways.
fn mutate(rng: &mut Rng, input: &[u8]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..1 + rng.below(3) {
        let at = rng.below(out.len() + 1);
        match rng.below(6) {
            0 => out.truncate(at),
            1 => {
                for _ in 0..1 + rng.below(8) {
                    let i = rng.below(out.len());
                    if i < out.len() {
                        out[i] ^= 1 << rng.below(8);
                    }
                }
            }
            2 => {
                let junk: Vec<u8> = (0..rng.below(64)).map(|_| rng.next() as u8).collect();
                out.splice(at..at, junk);
            }
            3 => {
                let end = (at + rng.below(200)).min(out.len());
                let piece = out[at..end].to_vec();
                out.splice(at..at, piece.iter().copied().chain(piece.iter().copied()));
            }
            4 => {
                let end = (at + rng.below(500)).min(out.len());
                out.drain(at..end);
            }
            _ => {
                let tags = [
                    "<div>",
                    "</p>",
                    "<script>",
                    "<!--",
                    "\r\n\r\n",
                    "WARC/1.0\r\n",
                ];
                out.splice(at..at, tags[rng.below(tags.len())].bytes());
            }
        }
    }
    out
}

/// Reads `bytes` as `kind` from a file; every item is an article or an error naming it.
fn read_all(dir: &Path, name: &str, bytes: &[u8], kind: Kind) -> (usize, usize) {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    let reader = match WebReader::open(&path, kind, 1 << 20) {
        Ok(r) => r,
        Err(e) => {
            assert!(e.to_string().contains(name), "{e}");
            return (0, 1);
        }
    };
    let (mut ok, mut bad) = (0, 0);
    for (n, item) in reader.enumerate() {
        assert!(n < 10_000, "{name}: more items than the input could hold");
        match item {
            Ok(a) => {
                assert!(!a.extracted.text.trim().is_empty());
                assert!(!a.extracted.text.contains("\n\n\n"));
                ok += 1;
            }
            Err(e @ (Error::Input { .. } | Error::Io { .. })) => {
                assert!(e.to_string().contains(name), "{e}");
                bad += 1;
            }
            Err(e) => panic!("{name}: {e}"),
        }
    }
    (ok, bad)
}

#[test]
fn damaged_pages_and_crawls_give_articles_or_errors_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Rng(0x5eed_2024);
    let plain = crawl();
    let gz = gzip_members(&plain);
    // The undamaged inputs read whole.
    assert_eq!(
        read_all(dir.path(), "p.html", PAGE.as_bytes(), Kind::Html),
        (1, 0)
    );
    assert_eq!(read_all(dir.path(), "c.warc", &plain, Kind::Warc), (4, 0));
    assert_eq!(read_all(dir.path(), "c.warc.gz", &gz, Kind::Warc), (4, 0));
    let (mut articles, mut errors) = (0, 0);
    for case in 0..150 {
        for (name, input, kind) in [
            ("page.html", PAGE.as_bytes(), Kind::Html),
            ("crawl.warc", &plain[..], Kind::Warc),
            ("crawl.warc.gz", &gz[..], Kind::Warc),
        ] {
            let damaged = mutate(&mut rng, input);
            let (ok, bad) = read_all(dir.path(), &format!("{case}-{name}"), &damaged, kind);
            articles += ok;
            errors += bad;
            // The readers below the file layer, on the same bytes.
            let text = html::decode(&damaged, None);
            let _ = html::extract(&text, Some("https://gazette.example/a"));
            for step in warc::WarcReader::new(&damaged[..], 1 << 16).take(1000) {
                if let Ok(warc::Step::Record(r)) = step {
                    assert!(r.block.len() <= 1 << 16);
                    let _ = warc::parse_http(&r.block, 1 << 16);
                }
            }
        }
    }
    // Damage this light leaves most records readable, and some not.
    assert!(articles > 600, "{articles} articles");
    assert!(errors > 20, "{errors} errors");
}

#[test]
fn damaged_label_maps_load_or_name_their_line() {
    let good = "host\tlabel\n# ratings\nnytimes.com\tleft\nfoxnews.com\tright\n\
                https://reuters.com/a.html\tcenter\nid-7\tleft\n";
    LabelMap::parse(good, Path::new("m.tsv")).unwrap();
    let mut rng = Rng(7);
    let mut refused = 0;
    for _ in 0..500 {
        let damaged = mutate(&mut rng, good.as_bytes());
        let text = String::from_utf8_lossy(&damaged);
        let lines = text.split('\n').count();
        if let Err(e) = LabelMap::parse(&text, Path::new("m.tsv")) {
            let e = e.to_string();
            let line: usize = e
                .strip_prefix("m.tsv:")
                .and_then(|r| r.split(':').next())
                .and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("no line in {e:?}"));
            assert!((1..=lines).contains(&line), "{e}");
            refused += 1;
        }
    }
    assert!(refused > 50, "{refused}");
}
