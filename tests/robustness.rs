//! Every bad input gets a clear error, nothing is lost, nothing panics.
//! One test per case of RELIABILITY.md's "Inputs"; each drives the `slant` binary.

mod common;

use common::{slant, tiny_corpus, tiny_model};
use predicates::prelude::*;
use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// Scores `input` with `model` as JSON and returns the parsed lines.
fn score_json(model: &Path, input: &Path, extra: &[&str]) -> (Vec<Value>, String) {
    let out = slant()
        .arg("score")
        .arg(input)
        .arg("--model")
        .arg(model)
        .args(["--format", "json"])
        .args(extra)
        .assert()
        .success()
        .get_output()
        .clone();
    let rows = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    (rows, String::from_utf8_lossy(&out.stderr).into_owned())
}

fn probabilities(row: &Value) -> Vec<f64> {
    row["probabilities"]
        .as_object()
        .expect("probabilities is an object")
        .values()
        .map(|v| v.as_f64().unwrap())
        .collect()
}

/// Asserts an article without words is scored at the model's baseline, with the note.
fn assert_scored_as_empty(model: &Path, input: &Path) {
    let (rows, stderr) = score_json(model, input, &[]);
    assert_eq!(rows.len(), 1, "one report for one file");
    let row = &rows[0];
    assert_eq!(row["words"], 0);
    assert_eq!(row["note"], slant::score::NO_WORDS);
    assert_eq!(row["top_terms"].as_array().unwrap().len(), 0, "{row}");
    let p = probabilities(row);
    assert!(p.iter().all(|x| (0.0..=1.0).contains(x)), "{p:?}");
    assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-9, "{p:?}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn an_empty_file_is_scored_at_the_baseline_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    assert_scored_as_empty(&model, &write(dir.path(), "empty.txt", b""));
}

#[test]
fn a_whitespace_only_file_is_scored_at_the_baseline_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    assert_scored_as_empty(&model, &write(dir.path(), "blank.txt", b"  \n\t\r\n \n"));
}

#[test]
fn an_article_without_words_is_scored_at_the_baseline_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    assert_scored_as_empty(
        &model,
        &write(
            dir.path(),
            "punct.txt",
            b"... -- !? \"\" (\xe2\x80\x94) ; : ,",
        ),
    );
}

#[test]
fn empty_articles_get_the_same_probabilities_whatever_their_whitespace() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let (a, _) = score_json(&model, &write(dir.path(), "e.txt", b""), &[]);
    let (b, _) = score_json(&model, &write(dir.path(), "w.txt", b" \n \n"), &[]);
    assert_eq!(a[0]["probabilities"], b[0]["probabilities"]);
}

#[test]
fn an_article_with_words_has_no_note() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let (rows, _) = score_json(
        &model,
        &write(dir.path(), "a.txt", b"Workers deserve fair wages."),
        &[],
    );
    assert!(rows[0].get("note").is_none(), "{}", rows[0]);
}

#[test]
fn the_text_report_shows_the_note_for_an_empty_file() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    slant()
        .arg("score")
        .arg(write(dir.path(), "empty.txt", b""))
        .arg("--model")
        .arg(&model)
        .assert()
        .success()
        .stdout(predicate::str::contains("note: no words to score"))
        .stdout(predicate::str::contains(
            "(the model's baseline, no reading of the text; 0 words)",
        ))
        .stdout(predicate::str::contains("probability").not())
        .stdout(predicate::str::contains(
            "terms that pushed the score: none",
        ))
        .stdout(predicate::str::contains("summary:").not());
}

#[test]
fn a_binary_file_is_refused_naming_the_file_and_byte_offset() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let bin = write(
        dir.path(),
        "image.txt",
        b"GIF89a\x01\x02\xff\xfe\x03\x80 text",
    );
    slant()
        .arg("score")
        .arg(&bin)
        .arg("--model")
        .arg(&model)
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            predicate::str::contains("image.txt")
                .and(predicate::str::contains("invalid UTF-8 at byte 8"))
                .and(predicate::str::contains("--lossy"))
                .and(predicate::str::contains("panicked").not()),
        );
}

#[test]
fn lossy_scores_a_binary_file_with_the_bad_bytes_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let bin = write(
        dir.path(),
        "mixed.txt",
        b"Workers deserve \xff\xfe fair wages.",
    );
    let (rows, _) = score_json(&model, &bin, &["--lossy"]);
    assert_eq!(rows.len(), 1);
    assert!(rows[0]["words"].as_u64().unwrap() >= 4, "{}", rows[0]);
}

#[test]
fn invalid_utf8_in_a_jsonl_line_names_the_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let corpus = write(
        dir.path(),
        "c.jsonl",
        b"{\"text\":\"fine\"}\n{\"text\":\"bad \xff byte\"}\n",
    );
    slant()
        .arg("score")
        .arg(&corpus)
        .arg("--model")
        .arg(&model)
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("c.jsonl:2")
                .and(predicate::str::contains("invalid UTF-8 at byte 13")),
        );
    let (rows, _) = score_json(&model, &corpus, &["--lossy"]);
    assert_eq!(rows.len(), 2);
}

/// A JSONL corpus with one good line, then `bad` at line 2, then another good line.
fn corpus_with_bad_line(dir: &Path, bad: &[u8]) -> PathBuf {
    let mut bytes = b"{\"text\":\"Workers deserve fair wages.\"}\n".to_vec();
    bytes.extend_from_slice(bad);
    bytes.extend_from_slice(b"\n{\"text\":\"Cut taxes now.\"}\n");
    write(dir, "corpus.jsonl", &bytes)
}

fn assert_bad_line_is_named_then_skipped(bad: &[u8], says: &str) {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let corpus = corpus_with_bad_line(dir.path(), bad);
    slant()
        .arg("score")
        .arg(&corpus)
        .arg("--model")
        .arg(&model)
        .args(["--format", "json"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("corpus.jsonl:2:")
                .and(predicate::str::contains(says))
                .and(predicate::str::contains("panicked").not()),
        );
    let (rows, stderr) = score_json(&model, &corpus, &["--skip-bad"]);
    assert_eq!(rows.len(), 2, "the good lines are scored");
    assert!(
        stderr.contains("skipped 1 malformed lines of") && stderr.contains("corpus.jsonl"),
        "{stderr}"
    );
}

#[test]
fn a_malformed_jsonl_line_names_file_and_line_and_skip_bad_counts_it() {
    assert_bad_line_is_named_then_skipped(b"{\"text\": \"unterminated", "not a JSON object");
}

#[test]
fn a_jsonl_line_that_is_not_an_object_is_refused() {
    assert_bad_line_is_named_then_skipped(b"[\"text\", \"in an array\"]", "not a JSON object");
}

#[test]
fn a_jsonl_line_without_the_text_field_is_refused() {
    assert_bad_line_is_named_then_skipped(b"{\"body\":\"elsewhere\"}", "--text-field");
}

#[test]
fn a_jsonl_text_field_of_the_wrong_type_is_refused() {
    assert_bad_line_is_named_then_skipped(
        b"{\"text\":[\"a\",\"b\"]}",
        "should be a string, found an array",
    );
}

#[test]
fn a_jsonl_title_of_the_wrong_type_is_refused() {
    assert_bad_line_is_named_then_skipped(
        b"{\"text\":\"a\",\"title\":{\"x\":1}}",
        "should be a string, found an object",
    );
}

#[test]
fn blank_lines_a_bom_and_crlf_line_ends_are_read_as_ordinary_jsonl() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let corpus = write(
        dir.path(),
        "windows.jsonl",
        b"\xef\xbb\xbf{\"id\":\"a\",\"text\":\"Workers deserve fair wages.\"}\r\n\r\n   \r\n{\"id\":\"b\",\"text\":\"Cut taxes.\"}\r\n\n",
    );
    let (rows, stderr) = score_json(&model, &corpus, &[]);
    let ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a", "b"]);
    assert!(!stderr.contains("skipped"), "{stderr}");
}

#[test]
fn training_on_a_bad_line_names_it_and_skip_bad_trains_on_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let good = std::fs::read_to_string(tiny_corpus(dir.path())).unwrap();
    let corpus = write(
        dir.path(),
        "train.jsonl",
        format!("{{\"text\":\"no label\"}}\n{good}").as_bytes(),
    );
    let out = dir.path().join("m.json");
    let train = |extra: &[&str]| {
        let mut cmd = slant();
        cmd.args(["train", "--corpus"])
            .arg(&corpus)
            .arg("--out")
            .arg(&out);
        cmd.args(["--min-df", "2", "-q"]).args(extra);
        cmd.assert()
    };
    train(&[]).code(1).stderr(
        predicate::str::contains("train.jsonl:1").and(predicate::str::contains("--label-field")),
    );
    assert!(!out.exists());
    train(&["--skip-bad"])
        .success()
        .stderr(predicate::str::contains("skipped 1 malformed lines"));
    assert!(out.exists());
}

fn single_label_corpus(dir: &Path) -> PathBuf {
    write(
        dir,
        "one-label.jsonl",
        b"{\"text\":\"workers deserve fair wages\",\"label\":\"left\"}\n{\"text\":\"climate action now\",\"label\":\"left\"}\n",
    )
}

#[test]
fn training_on_a_single_label_fails_clearly_and_writes_no_model() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("new.json");
    slant()
        .args(["train", "--corpus"])
        .arg(single_label_corpus(dir.path()))
        .arg("--out")
        .arg(&out)
        .arg("-q")
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("at least 2 labels").and(predicate::str::contains("left")),
        );
    assert!(!out.exists());
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left.len(), 1, "only the corpus: {left:?}");
}

#[test]
fn a_failed_training_leaves_the_existing_model_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let before = std::fs::read(&model).unwrap();
    slant()
        .args(["train", "--corpus"])
        .arg(single_label_corpus(dir.path()))
        .arg("--out")
        .arg(&model)
        .arg("-q")
        .assert()
        .code(1);
    assert_eq!(std::fs::read(&model).unwrap(), before);
}

#[test]
fn a_missing_model_is_named_with_advice() {
    let dir = tempfile::tempdir().unwrap();
    let article = write(dir.path(), "a.txt", b"Some words.");
    slant()
        .arg("score")
        .arg(&article)
        .args(["--model", "no/such/model.json"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("no/such/model.json")
                .and(predicate::str::contains("check the path given to --model")),
        );
}

fn assert_model_refused(model: &Path, says: &str) {
    let article = write(model.parent().unwrap(), "a.txt", b"Some words.");
    let name = model.file_name().unwrap().to_str().unwrap();
    slant()
        .arg("score")
        .arg(&article)
        .arg("--model")
        .arg(model)
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            predicate::str::contains(name)
                .and(predicate::str::contains(says))
                .and(predicate::str::contains("panicked").not()),
        );
}

#[test]
fn a_truncated_model_is_refused_with_advice() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let bytes = std::fs::read(&model).unwrap();
    let half = write(dir.path(), "half.json", &bytes[..bytes.len() / 2]);
    assert_model_refused(&half, "truncated or corrupt");
    assert_model_refused(&half, "slant train");
}

#[test]
fn a_truncated_gzip_model_is_refused_with_advice() {
    let dir = tempfile::tempdir().unwrap();
    let json = std::fs::read(tiny_model(dir.path())).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&json).unwrap();
    let gz = gz.finish().unwrap();
    let half = write(dir.path(), "half.json.gz", &gz[..gz.len() / 2]);
    assert_model_refused(&half, "retrain");
}

#[test]
fn a_model_of_corrupt_json_is_refused_with_advice() {
    let dir = tempfile::tempdir().unwrap();
    assert_model_refused(
        &write(dir.path(), "junk.json", b"{\"format\": slant-model}"),
        "retrain",
    );
    assert_model_refused(&write(dir.path(), "empty.json", b""), "retrain");
    assert_model_refused(
        &write(dir.path(), "binary.json", b"\x00\x01\x02\xff"),
        "retrain",
    );
}

#[test]
fn a_json_file_that_is_not_a_model_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    assert_model_refused(
        &write(dir.path(), "other.json", b"{\"name\": \"not a model\"}"),
        "not a slant model file",
    );
}

#[test]
fn a_model_of_another_format_version_is_refused_with_advice() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let mut v: Value = serde_json::from_slice(&std::fs::read(&model).unwrap()).unwrap();
    v["version"] = Value::from(slant::model::VERSION + 1);
    let newer = write(dir.path(), "newer.json", v.to_string().as_bytes());
    assert_model_refused(
        &newer,
        &format!("format version {}", slant::model::VERSION + 1),
    );
    assert_model_refused(&newer, "retrain the model with this slant");
}

#[test]
fn a_model_with_weights_of_the_wrong_shape_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let mut v: Value = serde_json::from_slice(&std::fs::read(&model).unwrap()).unwrap();
    v["weights"][0].as_array_mut().unwrap().pop();
    let bad = write(dir.path(), "shape.json", v.to_string().as_bytes());
    assert_model_refused(&bad, "weights do not match");
}

/// A labelled corpus big enough that training takes well over a second in a test build.
fn large_corpus(dir: &Path, rows: usize) -> PathBuf {
    let words = [
        "workers",
        "wages",
        "union",
        "climate",
        "families",
        "taxes",
        "border",
        "immigration",
        "regulation",
        "business",
        "committee",
        "budget",
        "report",
        "agency",
        "figures",
        "senator",
        "vote",
        "court",
    ];
    let mut out = String::new();
    for i in 0..rows {
        let label = ["left", "right", "center"][i % 3];
        let text: Vec<&str> = (0..120)
            .map(|j| words[(i * 7 + j * j + j * i) % words.len()])
            .collect();
        out.push_str(
            &serde_json::json!({"id": i, "text": format!("{}.", text.join(" ")), "label": label})
                .to_string(),
        );
        out.push('\n');
    }
    write(dir, "large.jsonl", out.as_bytes())
}

#[test]
fn a_killed_training_leaves_the_existing_model_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let before = std::fs::read(&model).unwrap();
    let corpus = large_corpus(dir.path(), 20_000);
    let mut child = Command::new(env!("CARGO_BIN_EXE_slant"))
        .args(["train", "--corpus"])
        .arg(&corpus)
        .arg("--out")
        .arg(&model)
        .args(["--min-df", "1", "-q"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let still_running = child.try_wait().unwrap().is_none();
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(
        still_running,
        "training finished within 300 ms; the corpus is too small to test a kill"
    );
    assert_eq!(
        std::fs::read(&model).unwrap(),
        before,
        "the old model is intact"
    );
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        assert!(
            ["tiny.jsonl", "tiny-model.json", "large.jsonl"].contains(&name.as_str())
                || name.starts_with(".tmp"),
            "stray file {name}"
        );
    }
}

#[test]
fn a_closed_stdout_pipe_ends_quietly_with_exit_0() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let mut lines = String::new();
    for i in 0..3000 {
        lines.push_str(&format!("{{\"id\":\"{i}\",\"text\":\"Workers deserve fair wages, officials said. Cut taxes {i}.\"}}\n"));
    }
    let corpus = write(dir.path(), "big.jsonl", lines.as_bytes());
    let mut child = Command::new(env!("CARGO_BIN_EXE_slant"))
        .arg("score")
        .arg(&corpus)
        .arg("--model")
        .arg(&model)
        .args(["--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    assert!(serde_json::from_str::<Value>(&first).is_ok(), "{first}");
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(stderr, "", "nothing to say about a closed pipe");
}

#[test]
fn an_unknown_flag_is_a_usage_error_with_exit_1() {
    slant()
        .args(["score", "--no-such-flag", "a.txt"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--no-such-flag"));
    slant()
        .assert()
        .code(1)
        .stderr(predicate::str::contains("Usage"));
    slant().args(["frobnicate"]).assert().code(1);
    slant()
        .args([
            "train", "--corpus", "c.jsonl", "--out", "m.json", "--alpha", "lots",
        ])
        .assert()
        .code(1);
}

#[test]
fn help_and_version_exit_0_on_stdout() {
    slant()
        .arg("--help")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("Usage"));
    slant()
        .args(["score", "--help"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("--lossy"));
    slant()
        .arg("--version")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("slant"));
}

#[test]
fn a_directory_given_as_an_article_is_refused_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let sub = dir.path().join("articles");
    std::fs::create_dir(&sub).unwrap();
    slant()
        .arg("score")
        .arg(&sub)
        .arg("--model")
        .arg(&model)
        .assert()
        .code(1)
        .stderr(predicate::function(|e: &str| {
            e.contains("articles")
                && e.matches("Is a directory").count() == 1
                && !e.contains("panicked")
        }));
}

#[test]
fn training_into_a_missing_directory_fails_before_reading_the_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("no-such-dir").join("m.json");
    // The corpus is bad too: the --out check comes first, so the user hears about it at once.
    slant()
        .args(["train", "--corpus"])
        .arg(single_label_corpus(dir.path()))
        .arg("--out")
        .arg(&out)
        .arg("-q")
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("no-such-dir").and(predicate::str::contains("does not exist")),
        );
}

#[test]
fn training_into_a_directory_is_refused_with_a_file_name_to_use() {
    let dir = tempfile::tempdir().unwrap();
    slant()
        .args(["train", "--corpus"])
        .arg(tiny_corpus(dir.path()))
        .arg("--out")
        .arg(dir.path())
        .arg("-q")
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("is a directory")
                .and(predicate::str::contains("model.json.gz")),
        );
}

#[test]
fn source_date_epoch_sets_the_recorded_date_and_keeps_models_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = tiny_corpus(dir.path());
    let train = |out: &str| {
        let out = dir.path().join(out);
        slant()
            .env("SOURCE_DATE_EPOCH", "1700000000")
            .args(["train", "--corpus"])
            .arg(&corpus)
            .arg("--out")
            .arg(&out)
            .args(["--min-df", "2", "-q"])
            .assert()
            .success();
        std::fs::read(out).unwrap()
    };
    let (a, b) = (train("a.json"), train("b.json"));
    assert_eq!(a, b);
    let v: Value = serde_json::from_slice(&a).unwrap();
    assert_eq!(v["training"]["date"], "2023-11-14");
}

/// The tiny corpus gzipped and cut short, so the gzip stream ends mid-way.
fn truncated_gzip_corpus(dir: &Path) -> PathBuf {
    let text = std::fs::read(tiny_corpus(dir)).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&text).unwrap();
    let gz = gz.finish().unwrap();
    write(dir, "cut.jsonl.gz", &gz[..gz.len() / 2])
}

#[test]
fn a_truncated_gzip_corpus_stops_scoring_even_with_skip_bad() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let corpus = truncated_gzip_corpus(dir.path());
    for extra in [&[][..], &["--skip-bad"][..]] {
        slant()
            .arg("score")
            .arg(&corpus)
            .arg("--model")
            .arg(&model)
            .args(extra)
            .timeout(Duration::from_secs(30))
            .assert()
            .code(1)
            .stderr(
                predicate::str::contains("cut.jsonl.gz:")
                    .and(predicate::str::contains("panicked").not()),
            );
    }
}

#[test]
fn a_truncated_gzip_corpus_stops_training_even_with_skip_bad() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = truncated_gzip_corpus(dir.path());
    let out = dir.path().join("m.json");
    slant()
        .args(["train", "--corpus"])
        .arg(&corpus)
        .arg("--out")
        .arg(&out)
        .args(["--skip-bad", "--min-df", "1", "-q"])
        .timeout(Duration::from_secs(30))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cut.jsonl.gz:"));
    assert!(!out.exists());
}

#[test]
fn every_article_before_a_bad_line_is_scored_before_the_error() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    // 600 good lines cross a scoring batch (512), then a bad line, then more good ones.
    let mut text = String::new();
    for i in 0..600 {
        text.push_str(&format!("{{\"id\":\"{i}\",\"text\":\"Cut taxes {i}.\"}}\n"));
    }
    text.push_str("{broken\n{\"id\":\"after\",\"text\":\"More.\"}\n");
    let corpus = write(dir.path(), "long.jsonl", text.as_bytes());
    let out = slant()
        .arg("score")
        .arg(&corpus)
        .arg("--model")
        .arg(&model)
        .args(["--format", "json"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("long.jsonl:601:"))
        .get_output()
        .stdout
        .clone();
    let ids: Vec<String> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids.len(), 600);
    assert_eq!(ids.last().map(String::as_str), Some("599"));
}

#[test]
fn training_on_an_empty_corpus_says_it_is_empty() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = write(dir.path(), "empty.jsonl", b"\n  \n");
    slant()
        .args(["train", "--corpus"])
        .arg(&corpus)
        .arg("--out")
        .arg(dir.path().join("m.json"))
        .arg("-q")
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("empty.jsonl: no articles to train on")
                .and(predicate::str::contains("--split-field").not()),
        );
}

#[test]
fn scoring_an_empty_corpus_writes_nothing_and_succeeds() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let (rows, stderr) = score_json(&model, &write(dir.path(), "empty.jsonl", b""), &[]);
    assert!(rows.is_empty());
    assert_eq!(stderr, "");
}

#[test]
fn training_with_the_corpus_as_out_is_refused_and_the_corpus_kept() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = tiny_corpus(dir.path());
    let before = std::fs::read(&corpus).unwrap();
    let same = dir.path().join(".").join("tiny.jsonl");
    slant()
        .args(["train", "--corpus"])
        .arg(&corpus)
        .arg("--out")
        .arg(&same)
        .args(["--min-df", "1", "-q"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("is the corpus"));
    assert_eq!(std::fs::read(&corpus).unwrap(), before);
}

/// A long sentence whose words are parted by `space`, ending in a loaded term.
fn spaced_sentence(space: char) -> String {
    let words: Vec<String> = ('a'..='p').map(String::from).collect();
    format!("{}{space}the regime\n", words.join(&space.to_string()))
}

#[test]
fn snippet_after_no_break_space_does_not_panic() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", spaced_sentence('\u{a0}').as_bytes());
    let b = write(dir.path(), "b.txt", spaced_sentence('\u{3000}').as_bytes());
    for format in ["text", "json", "md", "html", "tsv"] {
        slant()
            .arg("score")
            .args([&a, &b])
            .args(["--format", format])
            .assert()
            .success()
            .stdout(predicate::str::contains("regime").or(predicate::str::contains("a.txt")))
            .stderr(predicate::str::contains("panicked").not());
    }
    slant()
        .arg("compare")
        .args([&a, &b])
        .assert()
        .success()
        .stderr(predicate::str::contains("panicked").not());
}

#[test]
fn every_multi_byte_space_before_a_loaded_term_gives_its_context() {
    let dir = tempfile::tempdir().unwrap();
    for space in [
        '\u{a0}', '\u{2002}', '\u{2003}', '\u{3000}', '\u{2028}', '\u{1680}', '\u{85}',
    ] {
        let input = write(dir.path(), "s.txt", spaced_sentence(space).as_bytes());
        let (rows, stderr) = score_json(&data_model(dir.path()), &input, &[]);
        let terms = rows[0]["loaded_terms"].as_array().unwrap();
        let regime = terms.iter().find(|t| t["text"] == "regime");
        let context = regime.expect("regime is loaded")["context"]
            .as_str()
            .unwrap();
        assert!(context.contains("the regime"), "{space:?}: {context}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

/// The embedded default model, written out so that [`score_json`] can name it.
fn data_model(dir: &Path) -> PathBuf {
    let path = dir.join("default.json.gz");
    if !path.exists() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("models/default.json.gz");
        std::fs::copy(src, &path).unwrap();
    }
    path
}

#[test]
fn html_output_keeps_scored_articles_when_a_later_line_fails() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus_with_bad_line(dir.path(), b"{\"text\": \"unterminated");
    let out = slant()
        .arg("score")
        .arg(&corpus)
        .args(["--format", "html"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("corpus.jsonl:2:"))
        .get_output()
        .clone();
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(
        html.contains("Workers deserve fair wages."),
        "the first line is written"
    );
    assert!(
        !html.contains("Cut taxes now."),
        "nothing after the bad line"
    );
    assert!(html.contains("slant stopped before the end of the input"));
    assert!(html.trim_end().ends_with("</html>"), "the page is closed");
}

#[test]
fn html_output_of_a_long_corpus_is_streamed_with_a_bounded_contents() {
    let dir = tempfile::tempdir().unwrap();
    let n = slant::report::html::CONTENTS_LIMIT + 5;
    let lines: String = (0..n)
        .map(|i| format!("{{\"id\":\"n{i}\",\"text\":\"The regime said {i}.\"}}\n"))
        .collect();
    let corpus = write(dir.path(), "long.jsonl", lines.as_bytes());
    let out = slant()
        .arg("score")
        .arg(&corpus)
        .args(["--format", "html"])
        .assert()
        .success()
        .get_output()
        .clone();
    let html = String::from_utf8(out.stdout).unwrap();
    assert_eq!(html.matches("<!DOCTYPE html>").count(), 1);
    assert_eq!(html.matches("<section class=\"article\"").count(), n);
    assert!(html.contains(&format!("id=\"article-{n}\"")));
    assert_eq!(html.matches("<li><a href=\"#article-").count(), n - 5);
    assert!(
        html.contains("5 more follow on the page"),
        "the cut is said"
    );
    assert!(html.contains("<a href=\"#contents\">") && html.contains("id=\"contents\""));
    assert!(html.trim_end().ends_with("</html>"));
}

#[test]
fn control_characters_in_ids_and_outlets_are_escaped_in_text_and_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let row = serde_json::json!({
        "id": "evil\u{1b}[2J\nid",
        "outlet": "out\u{1b}]0;title\u{7}let\u{202e}",
        "text": "The regime said \u{1b}[31mred\u{1b}[0m things.",
    });
    let corpus = write(dir.path(), "c.jsonl", format!("{row}\n").as_bytes());
    for format in ["text", "md", "tsv"] {
        let out = slant()
            .arg("score")
            .arg(&corpus)
            .args(["--format", format])
            .assert()
            .success()
            .get_output()
            .clone();
        let report = String::from_utf8(out.stdout).unwrap();
        assert!(
            !report.contains('\u{1b}'),
            "{format}: ESC is escaped: {report:?}"
        );
        assert!(
            !report.contains('\u{7}') && !report.contains('\u{202e}'),
            "{format}"
        );
        if format == "text" {
            assert!(
                report.starts_with("== evil\\u{1b}[2J\\nid ==\n"),
                "{report:?}"
            );
            assert!(report.contains("outlet: out\\u{1b}]0;title\\u{7}let\\u{202e}\n"));
        }
        if format == "md" {
            assert!(
                report.starts_with("## evil\\u{1b}\\[2J\\nid\n"),
                "{report:?}"
            );
        }
    }
}
