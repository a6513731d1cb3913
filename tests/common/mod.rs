//! Shared helpers for the CLI tests: run the binary, write small corpora.

#![allow(dead_code)]

use assert_cmd::Command;
use std::path::{Path, PathBuf};

/// The `slant` binary, ready to run.
pub fn slant() -> Command {
    Command::cargo_bin("slant").expect("the slant binary is built")
}

/// Path of a file under data/.
pub fn data(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data").join(rel)
}

/// A small labelled corpus written by the test: two labels with their own vocabulary
/// and a third, plus shared filler, in `split` train/test.
pub fn tiny_corpus(dir: &Path) -> PathBuf {
    let mut lines = Vec::new();
    let left = [
        "workers deserve fair wages and union rights",
        "climate action protects families",
        "expand health care for working families",
        "tax the wealthy to fund schools",
    ];
    let right = [
        "cut taxes and shrink government spending",
        "secure the border and enforce immigration law",
        "protect gun rights and the second amendment",
        "lower regulation helps small business owners",
    ];
    let center = [
        "the committee met to review the budget report",
        "officials released quarterly figures on tuesday",
        "the agency published its annual review",
        "lawmakers discussed the schedule for the vote",
    ];
    for i in 0..30 {
        for (label, texts) in [("left", &left), ("right", &right), ("center", &center)] {
            let text = format!(
                "{} today. {} again. Item {i}.",
                texts[i % 4],
                texts[(i + 1) % 4]
            );
            let split = if i % 5 == 0 { "test" } else { "train" };
            lines.push(
                serde_json::json!({
                    "id": format!("{label}-{i}"), "text": text, "title": format!("Story {i}"),
                    "label": label, "split": split, "outlet": format!("{label} outlet {}", i % 3)
                })
                .to_string(),
            );
        }
    }
    let path = dir.join("tiny.jsonl");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path
}

/// Trains a model on [`tiny_corpus`] and returns its path.
pub fn tiny_model(dir: &Path) -> PathBuf {
    let corpus = tiny_corpus(dir);
    let out = dir.join("tiny-model.json");
    slant()
        .args(["train", "--corpus"])
        .arg(&corpus)
        .arg("--out")
        .arg(&out)
        .args([
            "--split-field",
            "split",
            "--train-values",
            "train",
            "--min-df",
            "2",
            "--features",
            "500",
            "--alpha",
            "0.1",
            "-q",
        ])
        .assert()
        .success();
    out
}

/// Fails unless `bytes` (a report or a stderr) holds no raw ESC or right-to-left override:
/// text from the input reaches a terminal escaped.
pub fn assert_no_raw_escapes(what: &str, bytes: &[u8]) {
    let s = String::from_utf8_lossy(bytes);
    assert!(
        !s.contains('\u{1b}') && !s.contains('\u{202e}'),
        "{what} passed a raw escape: {s}"
    );
}
