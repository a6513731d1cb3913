//! Smoke test over the real corpora in ../shared/corpora: `slant score` in every format and
//! `slant compare` on groups of them exit 0, and every byte offset in the JSON lands on a char
//! boundary of the article body. Skips cleanly when ../shared is absent (as in a fresh clone).
//!
//! Kept small for CI: the AllSides corpus is sampled (its first lines), the others are read
//! whole. `extraction/` holds gzip-compressed HTML pages, which slant does not read yet: skipped.

mod common;

use common::slant;
use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

/// Lines of the AllSides corpus used: enough for many outlets, events and long articles.
const ALLSIDES_SAMPLE: usize = 2_000;

const SCORE_FORMATS: [&str; 5] = ["text", "json", "md", "html", "tsv"];
const COMPARE_FORMATS: [&str; 4] = ["text", "json", "md", "html"];

/// ../shared/corpora, or `None` (with a note) when it is absent.
fn corpora() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipped: {} is absent", dir.display());
        None
    }
}

/// Runs slant with `args`; asserts exit 0 (no panic, no error) and returns stdout.
fn run_ok(args: &[&str]) -> Vec<u8> {
    let out = slant().args(args).output().expect("slant runs");
    assert!(
        out.status.success(),
        "slant {} exited {:?}: {}",
        args.join(" "),
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
            .lines()
            .take(5)
            .collect::<Vec<_>>()
            .join("\n")
    );
    out.stdout
}

/// One corpus row's id (the `id` field, else `file:line`) and body as slant reads them.
fn rows(path: &Path, text_field: &str) -> Vec<(String, String)> {
    let file = std::fs::File::open(path).unwrap();
    let name = path.display().to_string();
    BufReader::new(file)
        .lines()
        .enumerate()
        .filter_map(|(i, l)| {
            let l = l.unwrap();
            if l.trim().is_empty() {
                return None;
            }
            let v: Value = serde_json::from_str(&l).unwrap();
            let id = v["id"]
                .as_str()
                .map_or_else(|| format!("{name}:{}", i + 1), str::to_string);
            let body = v[text_field].as_str().unwrap_or_default().to_string();
            Some((id, body))
        })
        .collect()
}

/// Every `{start, end}` of `items` is in bounds and on char boundaries of `body`.
fn check_spans(id: &str, body: &str, what: &str, items: &Value) {
    for item in items.as_array().map(Vec::as_slice).unwrap_or_default() {
        let (Some(start), Some(end)) = (item["start"].as_u64(), item["end"].as_u64()) else {
            panic!("{id}: {what} item without start/end: {item}");
        };
        let (start, end) = (start as usize, end as usize);
        assert!(
            start <= end && end <= body.len(),
            "{id}: {what} span {start}..{end} outside a body of {} bytes",
            body.len()
        );
        assert!(
            body.is_char_boundary(start) && body.is_char_boundary(end),
            "{id}: {what} span {start}..{end} is not on char boundaries"
        );
        if what == "loaded_terms" {
            assert_eq!(
                item["text"].as_str(),
                Some(&body[start..end]),
                "{id}: loaded term text"
            );
        }
    }
}

/// Scores `path` in every format with `extra` field flags; checks the JSON offsets against
/// the bodies read from the file itself.
fn score_all_formats(path: &Path, text_field: &str, extra: &[&str]) {
    let p = path.to_str().unwrap();
    for format in SCORE_FORMATS {
        let mut args = vec!["score", "--format", format, "--text-field", text_field];
        args.extend_from_slice(extra);
        args.push(p);
        let out = run_ok(&args);
        assert!(!out.is_empty(), "{p}: --format {format} wrote nothing");
        if format != "json" {
            continue;
        }
        let bodies = rows(path, text_field);
        let scored: Vec<Value> = out
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .map(|l| serde_json::from_slice(l).expect("one JSON object a line"))
            .collect();
        assert_eq!(scored.len(), bodies.len(), "{p}: one JSON line per article");
        for (s, (id, body)) in scored.iter().zip(&bodies) {
            assert_eq!(s["id"].as_str(), Some(id.as_str()), "{p}: output order");
            check_spans(id, body, "loaded_terms", &s["loaded_terms"]);
            check_spans(id, body, "attributions", &s["sourcing"]["attributions"]);
            check_spans(id, body, "learned_terms", &s["learned_terms"]);
        }
    }
}

/// `slant compare --corpus path` with `args`, in every compare format.
fn compare_all_formats(path: &Path, args: &[&str]) {
    for format in COMPARE_FORMATS {
        let mut a = vec!["compare", "--corpus", path.to_str().unwrap()];
        a.extend_from_slice(args);
        a.extend_from_slice(&["--format", format]);
        run_ok(&a);
    }
}

/// The first `n` lines of the gzip corpus, written to a plain JSONL file in `dir`.
fn allsides_sample(corpora: &Path, dir: &Path, n: usize) -> Option<PathBuf> {
    let gz = corpora.join("allsides/allsides.jsonl.gz");
    let file = std::fs::File::open(&gz).ok()?;
    let reader = BufReader::new(flate2::read::GzDecoder::new(file));
    let path = dir.join("allsides-sample.jsonl");
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    for line in reader.lines().take(n) {
        writeln!(out, "{}", line.unwrap()).unwrap();
    }
    out.flush().unwrap();
    Some(path)
}

#[test]
fn allsides_sample_scores_and_compares() {
    let Some(c) = corpora() else { return };
    let dir = tempfile::tempdir().unwrap();
    let Some(sample) = allsides_sample(&c, dir.path(), ALLSIDES_SAMPLE) else {
        eprintln!("skipped: no allsides corpus");
        return;
    };
    score_all_formats(&sample, "text", &[]);
    compare_all_formats(&sample, &["--events", "--limit", "5"]);
    // The most divergent event of the sample, compared in full.
    let top = run_ok(&[
        "compare",
        "--corpus",
        sample.to_str().unwrap(),
        "--events",
        "--limit",
        "1",
        "--format",
        "json",
    ]);
    let event: Value = serde_json::from_slice(&top).expect("the sample has an event");
    let filter: Vec<String> = event["key"]
        .as_array()
        .unwrap()
        .iter()
        .map(|kv| format!("{}={}", kv[0].as_str().unwrap(), kv[1].as_str().unwrap()))
        .collect();
    compare_all_formats(&sample, &["--where", &filter.join(",")]);
    // Plain-text files: the bodies of three articles of different outlets.
    let mut files = Vec::new();
    let mut outlets = Vec::new();
    for line in std::fs::read_to_string(&sample).unwrap().lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        let outlet = v["outlet"].as_str().unwrap_or_default().to_string();
        if outlets.contains(&outlet) {
            continue;
        }
        let p = dir.path().join(format!("article-{}.txt", files.len()));
        std::fs::write(&p, v["text"].as_str().unwrap()).unwrap();
        files.push(p.to_str().unwrap().to_string());
        outlets.push(outlet);
        if files.len() == 3 {
            break;
        }
    }
    for format in COMPARE_FORMATS {
        let mut a = vec!["compare", "--format", format];
        a.extend(files.iter().map(String::as_str));
        run_ok(&a);
    }
}

#[test]
fn frames_corpora_score_and_compare() {
    let Some(c) = corpora() else { return };
    let frames = c.join("frames");
    score_all_formats(&frames.join("frac.jsonl"), "text", &[]);
    // Gun-violence articles: a headline and a lead, no full text.
    score_all_formats(
        &frames.join("gvfc.jsonl"),
        "lead",
        &["--title-field", "headline"],
    );
    let narrative = frames.join("narrative.jsonl");
    score_all_formats(&narrative, "text", &[]);
    compare_all_formats(&narrative, &["--events", "--group-by", "date"]);
}

#[test]
fn polnear_corpora_score_and_compare() {
    let Some(c) = corpora() else { return };
    for split in ["dev", "train"] {
        let path = c.join(format!("polnear/{split}.jsonl"));
        score_all_formats(&path, "text", &["--outlet-field", "publisher"]);
    }
    compare_all_formats(
        &c.join("polnear/dev.jsonl"),
        &[
            "--events",
            "--group-by",
            "date",
            "--outlet-field",
            "publisher",
        ],
    );
}

#[test]
fn bias_words_corpora_score_and_compare() {
    let Some(c) = corpora() else { return };
    let lim = c.join("bias-words/lim2020_sentences.jsonl");
    score_all_formats(&lim, "text", &[]);
    // Sentences of ten events by several outlets: one event per `event`.
    compare_all_formats(&lim, &["--events", "--group-by", "event"]);
    // Wikipedia sentences before and after a neutralizing edit.
    let wnc = c.join("bias-words/wnc_pairs.jsonl");
    score_all_formats(&wnc, "biased", &[]);
    score_all_formats(&wnc, "neutral", &[]);
}
