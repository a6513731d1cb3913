//! End-to-end tests of the `slant` command: train on a corpus written here, score, parse.

mod common;

use common::{data, slant, tiny_corpus, tiny_model};
use predicates::prelude::*;
use serde_json::Value;

fn json_lines(out: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

#[test]
fn train_then_score_jsonl_gives_the_json_contract() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let corpus = tiny_corpus(dir.path());
    let out = slant()
        .arg("score")
        .arg(&corpus)
        .arg("--model")
        .arg(&model)
        .args(["--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let rows = json_lines(&out);
    assert_eq!(rows.len(), 90);
    let mut correct = 0;
    for row in &rows {
        for key in [
            "id",
            "label",
            "probabilities",
            "slant",
            "partisanship",
            "top_terms",
        ] {
            assert!(row.get(key).is_some(), "missing {key} in {row}");
        }
        let probs = row["probabilities"].as_object().unwrap();
        assert_eq!(
            probs.keys().collect::<Vec<_>>(),
            ["center", "left", "right"]
        );
        let sum: f64 = probs.values().map(|v| v.as_f64().unwrap()).sum();
        assert!((sum - 1.0).abs() < 1e-9);
        let slant = row["slant"].as_f64().unwrap();
        let expected = probs["right"].as_f64().unwrap() - probs["left"].as_f64().unwrap();
        assert!((slant - expected).abs() < 1e-12);
        for t in row["top_terms"].as_array().unwrap() {
            for key in ["term", "stem", "count", "contribution", "toward"] {
                assert!(t.get(key).is_some(), "missing {key} in a top term");
            }
            assert!(t["contribution"].as_f64().unwrap() > 0.0);
        }
        let truth = row["id"].as_str().unwrap().split('-').next().unwrap();
        if row["label"] == truth {
            correct += 1;
        }
    }
    assert!(correct >= 80, "the tiny corpus is separable: {correct}/90");
}

#[test]
fn top_terms_show_words_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "Unions say Workers deserve fair Wages.").unwrap();
    let out = slant()
        .arg("score")
        .arg(&article)
        .arg("--model")
        .arg(&model)
        .args(["--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let row = &json_lines(&out)[0];
    assert_eq!(row["label"], "left");
    let terms: Vec<&str> = row["top_terms"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["toward"] == "left")
        .map(|t| t["term"].as_str().unwrap())
        .collect();
    assert!(
        terms.contains(&"Workers")
            || terms.contains(&"Wages")
            || terms.contains(&"Workers deserve"),
        "{terms:?}"
    );
}

#[test]
fn scores_the_example_article_with_the_embedded_model() {
    slant()
        .arg("score")
        .arg(data("examples/seed-style.txt"))
        .assert()
        .success()
        .stdout(predicate::str::contains("label:").and(predicate::str::contains("slant:")));
}

#[test]
fn reads_stdin_with_a_dash() {
    let out = slant()
        .args(["score", "-", "--format", "json"])
        .write_stdin("The senator said taxes would rise.")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(json_lines(&out)[0]["id"], "(stdin)");
}

#[test]
fn markdown_output_has_a_probability_table() {
    slant()
        .arg("score")
        .arg(data("examples/harbor-bridge-center.txt"))
        .args(["--format", "md"])
        .assert()
        .success()
        .stdout(predicate::str::contains("| label | probability |"));
}

#[test]
fn training_on_one_label_fails_before_fitting() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("one.jsonl");
    std::fs::write(
        &corpus,
        "{\"text\":\"a b c\",\"label\":\"x\"}\n{\"text\":\"a b d\",\"label\":\"x\"}\n",
    )
    .unwrap();
    slant()
        .args(["train", "--corpus"])
        .arg(&corpus)
        .arg("--out")
        .arg(dir.path().join("m.json"))
        .arg("-q")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("at least 2 labels"));
    assert!(!dir.path().join("m.json").exists());
}

#[test]
fn a_missing_file_is_named_in_the_error() {
    slant()
        .args(["score", "no/such/article.txt"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no/such/article.txt"));
}

#[test]
fn a_corrupt_model_is_refused_with_advice() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(
        &bad,
        "{\"format\":\"slant-model\",\"version\":1,\"labels\":[",
    )
    .unwrap();
    slant()
        .arg("score")
        .arg(data("examples/seed-style.txt"))
        .arg("--model")
        .arg(&bad)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("bad.json").and(predicate::str::contains("retrain")));
    let other = dir.path().join("v9.json");
    std::fs::write(&other, "{\"format\":\"slant-model\",\"version\":9}").unwrap();
    slant()
        .arg("score")
        .arg(data("examples/seed-style.txt"))
        .arg("--model")
        .arg(&other)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("version 9"));
}

#[test]
fn the_same_corpus_and_seed_give_a_byte_identical_model() {
    let dir = tempfile::tempdir().unwrap();
    let a = std::fs::read(tiny_model(dir.path())).unwrap();
    let dir2 = tempfile::tempdir().unwrap();
    let b = std::fs::read(tiny_model(dir2.path())).unwrap();
    assert_eq!(a, b);
}
