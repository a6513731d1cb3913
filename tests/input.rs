//! Reading input: size limits, encodings, binary data, stdin formats, and the JSON
//! value errors of corpus lines. Each test drives the `slant` binary.

mod common;

use common::{slant, tiny_model};
use predicates::prelude::*;
use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

const ARTICLE: &str = "The regime said the thugs lied.\nWorkers deserve fair wages, \
                       officials said on Tuesday.\n";

/// Scores `input` (with `stdin` fed in) as JSON; returns the parsed lines.
fn score_json(model: &Path, input: &Path, extra: &[&str], stdin: &[u8]) -> Vec<Value> {
    let out = slant()
        .arg("score")
        .arg(input)
        .arg("--model")
        .arg(model)
        .args(["--format", "json"])
        .args(extra)
        .write_stdin(stdin)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

/// A scored row without its id (which names the file).
fn without_id(mut row: Value) -> Value {
    row.as_object_mut().unwrap().remove("id");
    row
}

/// Runs `slant score` on `input` with `extra` and asserts exit 1 with `says` on stderr
/// (articles before a bad line are still written).
fn assert_refused(model: &Path, input: &Path, extra: &[&str], says: &[&str]) {
    let assert = slant()
        .arg("score")
        .arg(input)
        .arg("--model")
        .arg(model)
        .args(extra)
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    for s in says {
        assert!(stderr.contains(s), "{s:?} not in {stderr}");
    }
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn dev_zero_is_refused_as_binary_without_reading_it_all() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    assert_refused(
        &model,
        Path::new("/dev/zero"),
        &[],
        &["/dev/zero: a NUL byte at byte 0", "binary"],
    );
}

#[cfg(unix)]
#[test]
fn dev_urandom_is_refused_even_with_lossy() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    for extra in [&[][..], &["--lossy"]] {
        assert_refused(
            &model,
            Path::new("/dev/urandom"),
            extra,
            &["/dev/urandom: "],
        );
    }
}

#[test]
fn an_article_over_the_size_limit_is_refused_and_max_article_bytes_raises_it() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let long = write(dir.path(), "long.txt", ARTICLE.repeat(40).as_bytes());
    assert_refused(
        &model,
        &long,
        &["--max-article-bytes", "1000"],
        &[
            "long.txt: longer than the largest article read (1000 bytes)",
            "--max-article-bytes",
        ],
    );
    let rows = score_json(&model, &long, &["--max-article-bytes", "100000"], b"");
    assert_eq!(rows.len(), 1);
    assert!(rows[0]["words"].as_u64().unwrap() > 400);
}

#[test]
fn an_article_of_exactly_the_limit_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let file = write(dir.path(), "exact.txt", ARTICLE.as_bytes());
    let limit = ARTICLE.len().to_string();
    assert_eq!(
        score_json(&model, &file, &["--max-article-bytes", &limit], b"").len(),
        1
    );
    let under = (ARTICLE.len() - 1).to_string();
    assert_refused(
        &model,
        &file,
        &["--max-article-bytes", &under],
        &["exact.txt: longer"],
    );
}

#[test]
fn an_endless_stdin_is_refused_at_the_size_limit() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let mut child = Command::new(env!("CARGO_BIN_EXE_slant"))
        .args(["score", "-", "--max-article-bytes", "200000", "--model"])
        .arg(&model)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // Writes until slant stops reading (a broken pipe), never more than 100 MB.
    let writer = std::thread::spawn(move || {
        let chunk = "endless words again ".repeat(512);
        for _ in 0..10_000 {
            if stdin.write_all(chunk.as_bytes()).is_err() {
                return true;
            }
        }
        false
    });
    let out = child.wait_with_output().unwrap();
    assert!(writer.join().unwrap(), "slant stopped reading stdin");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("(stdin): longer than the largest article read"),
        "{stderr}"
    );
}

#[test]
fn an_oversize_jsonl_line_is_a_bad_line_that_skip_bad_skips() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let long = serde_json::json!({ "id": "long", "text": ARTICLE.repeat(50) }).to_string();
    let body = format!(
        "{{\"id\":\"a\",\"text\":\"Workers deserve fair wages.\"}}\n{long}\n{{\"id\":\"b\",\"text\":\"Cut taxes.\"}}\n"
    );
    let corpus = write(dir.path(), "c.jsonl", body.as_bytes());
    assert_refused(
        &model,
        &corpus,
        &["--max-article-bytes", "1000"],
        &["c.jsonl:2: line longer than the largest article read (1000 bytes)"],
    );
    let rows = score_json(
        &model,
        &corpus,
        &["--max-article-bytes", "1000", "--skip-bad"],
        b"",
    );
    let ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a", "b"], "the lines around the long one are read");
    let rows = score_json(&model, &corpus, &[], b"");
    assert_eq!(rows.len(), 3, "the default limit reads every line");
}

#[test]
fn threads_above_four_per_core_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "a.txt", ARTICLE.as_bytes());
    slant()
        .args(["score", "--threads", "20000"])
        .arg(&file)
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            predicate::str::contains("--threads")
                .and(predicate::str::contains("4 per core"))
                .and(predicate::str::contains("panicked").not()),
        );
    slant()
        .args(["score", "--threads", "1"])
        .arg(&file)
        .assert()
        .success();
}

fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let units = bom.then_some(0xFEFF).into_iter().chain(text.encode_utf16());
    for u in units {
        out.extend(if big_endian {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        });
    }
    out
}

#[test]
fn utf16_with_a_byte_order_mark_is_decoded_and_scored_like_utf8() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let text = format!("{ARTICLE}Café “quoted” — naïve 😀 text.\n");
    let utf8 = write(dir.path(), "a.txt", text.as_bytes());
    let expected = without_id(score_json(&model, &utf8, &[], b"").remove(0));
    for (name, big_endian) in [("le.txt", false), ("be.txt", true)] {
        let file = write(dir.path(), name, &utf16(&text, big_endian, true));
        let row = without_id(score_json(&model, &file, &[], b"").remove(0));
        assert_eq!(row, expected, "{name}: same report, same offsets");
    }
}

#[test]
fn utf16_without_a_byte_order_mark_is_refused_with_how_to_convert() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let le = write(dir.path(), "u.txt", &utf16(ARTICLE, false, false));
    assert_refused(
        &model,
        &le,
        &[],
        &["u.txt: ", "UTF-16LE", "iconv -f UTF-16LE -t UTF-8"],
    );
    let be = write(dir.path(), "b.txt", &utf16(ARTICLE, true, false));
    assert_refused(&model, &be, &[], &["b.txt: ", "iconv -f UTF-16BE -t UTF-8"]);
}

#[test]
fn an_unpaired_surrogate_in_utf16_is_refused_or_replaced_when_lossy() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let mut bytes = utf16("Workers deserve ", false, true);
    bytes.extend(0xD800u16.to_le_bytes());
    bytes.extend(utf16("fair wages.", false, false));
    let file = write(dir.path(), "s.txt", &bytes);
    assert_refused(
        &model,
        &file,
        &[],
        &["s.txt: invalid UTF-16 at byte 34", "--lossy"],
    );
    let rows = score_json(&model, &file, &["--lossy"], b"");
    assert_eq!(rows[0]["words"], 4);
}

#[test]
fn a_nul_byte_in_a_text_file_is_refused_as_binary_even_with_lossy() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let file = write(
        dir.path(),
        "n.txt",
        b"Workers deserve\0 fair wages, officials said.",
    );
    for extra in [&[][..], &["--lossy"]] {
        assert_refused(
            &model,
            &file,
            extra,
            &["n.txt: a NUL byte at byte 15", "binary"],
        );
    }
}

#[test]
fn a_nul_byte_in_a_jsonl_line_names_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let corpus = write(
        dir.path(),
        "c.jsonl",
        b"{\"text\":\"ok\"}\n{\"text\":\"a\0b\"}\n",
    );
    assert_refused(&model, &corpus, &[], &["c.jsonl:2: a NUL byte at byte 10"]);
}

#[test]
fn a_utf16_jsonl_corpus_is_refused_with_how_to_convert_even_with_skip_bad() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let corpus = write(
        dir.path(),
        "c.jsonl",
        &utf16("{\"text\":\"a\"}\n{\"text\":\"b\"}\n", false, true),
    );
    for extra in [&[][..], &["--skip-bad"]] {
        assert_refused(&model, &corpus, extra, &["c.jsonl:1: UTF-16", "iconv"]);
    }
}

const JSONL: &str = "\n{\"id\":\"a\",\"text\":\"Workers deserve fair wages.\"}\n\
                     {\"id\":\"b\",\"text\":\"Cut taxes and shrink government.\"}\n";

fn ids(rows: &[Value]) -> Vec<&str> {
    rows.iter().map(|r| r["id"].as_str().unwrap()).collect()
}

#[test]
fn jsonl_on_stdin_is_read_as_a_corpus_unless_stdin_format_says_text() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let stdin = Path::new("-");
    assert_eq!(
        ids(&score_json(&model, stdin, &[], JSONL.as_bytes())),
        ["a", "b"]
    );
    let jsonl = ["--stdin-format", "jsonl"];
    assert_eq!(
        ids(&score_json(&model, stdin, &jsonl, JSONL.as_bytes())),
        ["a", "b"]
    );
    let text = ["--stdin-format", "text"];
    assert_eq!(
        ids(&score_json(&model, stdin, &text, JSONL.as_bytes())),
        ["(stdin)"]
    );
    // A first line of JSON without the text field is text, and so is plain prose.
    let other = "{\"body\":\"x\"}\nWorkers deserve fair wages.\n";
    assert_eq!(
        ids(&score_json(&model, stdin, &[], other.as_bytes())),
        ["(stdin)"]
    );
    assert_eq!(
        ids(&score_json(&model, stdin, &[], ARTICLE.as_bytes())),
        ["(stdin)"]
    );
    let renamed = "{\"body\":\"Workers deserve fair wages.\"}\n";
    let field = ["--text-field", "body"];
    assert_eq!(
        ids(&score_json(&model, stdin, &field, renamed.as_bytes())),
        ["(stdin):1"]
    );
}

#[test]
fn jsonl_on_stdin_scores_like_the_same_corpus_in_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let corpus = write(dir.path(), "c.jsonl", JSONL.as_bytes());
    let from_file = score_json(&model, &corpus, &[], b"");
    let from_stdin = score_json(&model, Path::new("-"), &[], JSONL.as_bytes());
    assert_eq!(from_file, from_stdin);
    // A bad line on stdin is named (stdin):LINE.
    let bad = format!("{JSONL}{{\"text\":5}}\n");
    slant()
        .args(["score", "-", "--model"])
        .arg(&model)
        .write_stdin(bad)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "(stdin):4: field \"text\" should be a string",
        ));
}

#[test]
fn a_bom_only_first_jsonl_line_is_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let corpus = write(
        dir.path(),
        "c.jsonl",
        b"\xef\xbb\xbf\n{\"id\":\"a\",\"text\":\"Workers deserve fair wages.\"}\n",
    );
    assert_eq!(ids(&score_json(&model, &corpus, &[], b"")), ["a"]);
}

#[test]
fn offsets_in_a_text_file_with_a_bom_count_from_the_text_after_it() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let plain = write(dir.path(), "plain.txt", ARTICLE.as_bytes());
    let mut with_bom = b"\xef\xbb\xbf".to_vec();
    with_bom.extend_from_slice(ARTICLE.as_bytes());
    let bom = write(dir.path(), "bom.txt", &with_bom);
    let expected = without_id(score_json(&model, &plain, &[], b"").remove(0));
    let row = without_id(score_json(&model, &bom, &[], b"").remove(0));
    assert_eq!(row, expected);
    let terms = row["loaded_terms"].as_array().unwrap();
    assert!(!terms.is_empty());
    for t in terms {
        let (start, end) = (t["start"].as_u64().unwrap(), t["end"].as_u64().unwrap());
        assert_eq!(
            &ARTICLE[start as usize..end as usize],
            t["text"].as_str().unwrap()
        );
    }
    let from_stdin = score_json(&model, Path::new("-"), &[], &with_bom).remove(0);
    assert_eq!(without_id(from_stdin), expected);
}

#[test]
fn a_lone_surrogate_escape_is_named_and_lossy_replaces_it() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let corpus = write(
        dir.path(),
        "c.jsonl",
        b"{\"id\":\"a\",\"text\":\"Workers \\ud800 deserve \\udc00 fair \\ud83d\\ude00 wages.\"}\n",
    );
    assert_refused(
        &model,
        &corpus,
        &[],
        &[
            "c.jsonl:1: a lone surrogate escape \\ud800 at byte 26",
            "--lossy",
        ],
    );
    let rows = score_json(&model, &corpus, &["--lossy"], b"");
    assert_eq!(rows[0]["id"], "a");
    assert_eq!(rows[0]["words"], 4);
}

#[test]
fn a_null_text_field_is_named_as_null() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let corpus = write(dir.path(), "c.jsonl", b"{\"id\":\"a\",\"text\":null}\n");
    assert_refused(&model, &corpus, &[], &["c.jsonl:1: field \"text\" is null"]);
}

#[test]
fn a_numeric_title_is_refused_naming_the_line_and_field() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let corpus = write(
        dir.path(),
        "c.jsonl",
        b"{\"id\":\"a\",\"text\":\"Workers.\"}\n{\"text\":\"Fair wages.\",\"title\":5}\n",
    );
    assert_refused(
        &model,
        &corpus,
        &[],
        &["c.jsonl:2: field \"title\" should be a string, found a number"],
    );
    // Numbers stay welcome as ids, labels and outlets.
    let numeric = write(
        dir.path(),
        "n.jsonl",
        b"{\"id\":7,\"text\":\"Workers.\",\"label\":1,\"outlet\":3}\n",
    );
    let rows = score_json(&model, &numeric, &[], b"");
    assert_eq!(
        (&rows[0]["id"], &rows[0]["outlet"]),
        (&Value::from("7"), &Value::from("3"))
    );
}
