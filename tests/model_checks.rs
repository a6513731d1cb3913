//! Hostile models, outputs and training options: a corrupt model file is refused on
//! load naming what is wrong, `--out` never replaces a special file, and the options
//! of `train` and `eval` that cannot mean anything are refused or warned about.

mod common;

use common::{assert_no_raw_escapes, slant, tiny_corpus, tiny_model};
use predicates::prelude::*;
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// The JSON of a small model trained once for all the tests of this file.
fn model_json() -> Value {
    static BYTES: OnceLock<Vec<u8>> = OnceLock::new();
    let bytes = BYTES.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        std::fs::read(tiny_model(dir.path())).unwrap()
    });
    serde_json::from_slice(bytes).unwrap()
}

/// The embedded default model, decompressed.
fn default_model_json() -> Value {
    let gz = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/models/default.json.gz"
    ))
    .unwrap();
    let mut json = Vec::new();
    flate2::read::GzDecoder::new(&gz[..])
        .read_to_end(&mut json)
        .unwrap();
    serde_json::from_slice(&json).unwrap()
}

/// Scores an article with `model`, expecting exit 1, no output, no panic, and a
/// message naming the model file and saying each of `says`.
fn assert_refused(dir: &Path, model: &Path, says: &[&str]) {
    let article = write(
        dir,
        "a.txt",
        b"Workers deserve fair wages, the regime said.",
    );
    let name = model.file_name().unwrap().to_str().unwrap().to_string();
    let out = slant()
        .arg("score")
        .arg(&article)
        .arg("--model")
        .arg(model)
        .assert()
        .code(1)
        .stdout("")
        .get_output()
        .clone();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        err.contains(&format!("model {}", model.display())),
        "{name}: {err}"
    );
    assert!(err.contains("retrain"), "{err}");
    for s in says {
        assert!(err.contains(s), "expected {s:?} in: {err}");
    }
    assert_eq!(err.lines().count(), 1, "one line: {err}");
}

/// Writes the tiny model after `edit` and asserts it is refused saying each of `says`.
fn assert_edit_refused(edit: impl FnOnce(&mut Value), says: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let mut v = model_json();
    edit(&mut v);
    let model = write(dir.path(), "edited.json", v.to_string().as_bytes());
    assert_refused(dir.path(), &model, says);
}

fn array(v: &mut Value) -> &mut Vec<Value> {
    v.as_array_mut().expect("an array")
}

#[test]
fn the_unedited_models_load_and_score() {
    let dir = tempfile::tempdir().unwrap();
    let model = write(dir.path(), "m.json", model_json().to_string().as_bytes());
    let article = write(dir.path(), "a.txt", b"Workers deserve fair wages.");
    for m in [Some(&model), None] {
        let mut cmd = slant();
        cmd.arg("score").arg(&article);
        if let Some(m) = m {
            cmd.arg("--model").arg(m);
        }
        cmd.assert().success();
    }
}

#[test]
fn a_model_whose_idf_is_shorter_than_its_terms_is_refused() {
    assert_edit_refused(
        |v| {
            array(&mut v["vocabulary"]["idf"]).pop();
        },
        &["idf values"],
    );
}

#[test]
fn a_default_model_whose_idf_is_shorter_than_its_terms_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = default_model_json();
    let terms = array(&mut v["vocabulary"]["terms"]).len();
    array(&mut v["vocabulary"]["idf"]).truncate(10);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(v.to_string().as_bytes()).unwrap();
    let model = write(dir.path(), "default.json.gz", &gz.finish().unwrap());
    let says = format!("{terms} terms but 10 idf values");
    assert_refused(dir.path(), &model, &[says.as_str()]);
}

#[test]
fn a_model_with_a_non_positive_idf_is_refused() {
    assert_edit_refused(|v| v["vocabulary"]["idf"][0] = json!(-1.0), &["idf"]);
    assert_edit_refused(|v| v["vocabulary"]["idf"][0] = json!(0.0), &["idf"]);
}

#[test]
fn a_model_with_a_number_out_of_range_is_refused() {
    // 1e39 does not fit the f32 of an idf, a weight or an intercept.
    assert_edit_refused(
        |v| v["vocabulary"]["idf"][0] = json!(1e39),
        &["number out of range"],
    );
    assert_edit_refused(|v| v["weights"][2][0] = json!(-1e39), &["out of range"]);
    assert_edit_refused(|v| v["intercept"][0] = json!(1e39), &["out of range"]);
}

#[test]
fn a_model_with_a_repeated_vocabulary_term_is_refused() {
    assert_edit_refused(
        |v| {
            let first = v["vocabulary"]["terms"][0].clone();
            v["vocabulary"]["terms"][1] = first;
        },
        &["appears twice"],
    );
}

#[test]
fn a_model_with_a_malformed_vocabulary_term_is_refused() {
    for bad in ["fair wage union", "fair  wage", " fair", ""] {
        assert_edit_refused(
            |v| v["vocabulary"]["terms"][0] = json!(bad),
            &["vocabulary term", "stem"],
        );
    }
}

#[test]
fn a_model_with_an_unknown_ngram_size_is_refused() {
    for n in [0, 3] {
        assert_edit_refused(
            |v| {
                v["vocabulary"]["ngram_max"] = json!(n);
                v["features"]["vocabulary"]["ngram_max"] = json!(n);
            },
            &["n-grams up to", "1 or 2"],
        );
    }
}

#[test]
fn a_model_whose_settings_and_vocabulary_disagree_on_ngrams_is_refused() {
    assert_edit_refused(
        |v| v["features"]["vocabulary"]["ngram_max"] = json!(1),
        &["n-grams up to 1", "n-grams up to 2"],
    );
}

#[test]
fn a_unigram_model_holding_a_bigram_is_refused() {
    let terms = model_json()["vocabulary"]["terms"].clone();
    assert!(
        terms
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t.as_str().unwrap().contains(' ')),
        "the tiny model has bigrams"
    );
    assert_edit_refused(
        |v| {
            v["vocabulary"]["ngram_max"] = json!(1);
            v["features"]["vocabulary"]["ngram_max"] = json!(1);
        },
        &["is not one stem", "unigrams only"],
    );
}

#[test]
fn a_model_with_a_missing_weight_row_is_refused() {
    assert_edit_refused(
        |v| {
            array(&mut v["weights"]).pop();
        },
        &["weights do not match 3 labels", "2 rows of weights"],
    );
}

#[test]
fn a_model_with_a_weight_row_too_long_is_refused() {
    assert_edit_refused(
        |v| array(&mut v["weights"][1]).push(json!(0.5)),
        &["weights do not match", "label \"left\""],
    );
}

#[test]
fn a_model_with_missing_intercepts_is_refused() {
    assert_edit_refused(
        |v| {
            array(&mut v["intercept"]).pop();
        },
        &["2 intercepts for 3 labels"],
    );
}

#[test]
fn a_model_with_one_label_is_refused_saying_it_needs_two() {
    assert_edit_refused(
        |v| {
            array(&mut v["labels"]).truncate(1);
            array(&mut v["weights"]).truncate(1);
            array(&mut v["intercept"]).truncate(1);
        },
        &["needs at least 2 labels", "has 1 (\"center\")"],
    );
    assert_edit_refused(
        |v| {
            array(&mut v["labels"]).clear();
        },
        &["needs at least 2 labels", "has 0"],
    );
}

#[test]
fn a_model_with_duplicate_labels_is_refused() {
    assert_edit_refused(
        |v| v["labels"] = json!(["left", "left", "right"]),
        &["label \"left\" appears twice"],
    );
}

#[test]
fn a_model_with_an_empty_label_is_refused() {
    assert_edit_refused(|v| v["labels"][1] = json!(""), &["label 2 of 3 is empty"]);
}

#[test]
fn a_model_with_a_repeated_feature_block_is_refused() {
    assert_edit_refused(
        |v| {
            let names = v["block_names"].as_array().unwrap().clone();
            let loaded = names
                .iter()
                .filter(|n| n.as_str().unwrap().starts_with("loaded:"));
            let all: Vec<Value> = loaded.clone().chain(names.iter()).cloned().collect();
            v["block_names"] = Value::Array(all);
            v["features"]["blocks"] = json!(["loaded", "loaded", "sourcing"]);
        },
        &["block \"loaded\" is listed twice"],
    );
}

#[test]
fn a_model_whose_block_names_are_cut_short_is_refused() {
    assert_edit_refused(
        |v| {
            array(&mut v["block_names"]).pop();
        },
        &["weights do not match"],
    );
}

#[test]
fn a_model_with_a_zero_title_weight_is_refused() {
    assert_edit_refused(
        |v| v["features"]["title_weight"] = json!(0),
        &["title_weight"],
    );
}

#[test]
fn a_model_whose_learned_terms_name_an_unknown_label_is_refused() {
    assert_edit_refused(
        |v| v["learned_terms"]["labels"]["far-left"] = json!([["union", 3.0]]),
        &["learned terms name label \"far-left\""],
    );
}

#[test]
fn a_model_with_a_bad_learned_term_prior_is_refused() {
    assert_edit_refused(
        |v| {
            v["learned_terms"]["prior_mass"] = json!(-1.0);
            v["learned_terms"]["labels"]["left"] = json!([["union", 3.0]]);
        },
        &["prior mass"],
    );
}

#[test]
fn a_model_whose_logit_offsets_name_an_unknown_label_is_refused() {
    assert_edit_refused(
        |v| v["training"]["logit_offsets"] = json!({"far-left": 0.5}),
        &["logit offsets name label \"far-left\""],
    );
}

#[test]
fn a_model_whose_row_counts_do_not_match_its_labels_is_refused() {
    assert_edit_refused(
        |v| {
            array(&mut v["training"]["rows_per_label"]).pop();
        },
        &["rows for 2 labels; it has 3"],
    );
}

// --- train --out -----------------------------------------------------------

/// A corpus whose training would fail (one label), to show `--out` is checked first.
fn one_label_corpus(dir: &Path) -> PathBuf {
    write(
        dir,
        "one-label.jsonl",
        b"{\"text\":\"workers deserve fair wages\",\"label\":\"left\"}\n",
    )
}

fn train(corpus: &Path, out: &Path, extra: &[&str]) -> assert_cmd::assert::Assert {
    slant()
        .args(["train", "--corpus"])
        .arg(corpus)
        .arg("--out")
        .arg(out)
        .args(if extra.contains(&"--min-df") {
            &[][..]
        } else {
            &["--min-df", "2"][..]
        })
        .args(["--features", "500", "-q"])
        .args(extra)
        .assert()
}

#[cfg(unix)]
#[test]
fn training_into_a_device_node_is_refused_before_reading_the_corpus() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    train(&one_label_corpus(dir.path()), Path::new("/dev/null"), &[])
        .code(1)
        .stderr(
            predicate::str::contains("--out /dev/null: is a device, not a regular file")
                .and(predicate::str::contains("labels").not()),
        );
    let t = std::fs::metadata("/dev/null").unwrap().file_type();
    assert!(t.is_char_device(), "/dev/null is still a device");
}

#[cfg(unix)]
#[test]
fn training_into_a_fifo_is_refused_and_leaves_it_in_place() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.json");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    train(&tiny_corpus(dir.path()), &fifo, &[])
        .code(1)
        .stderr(predicate::str::contains(
            "a FIFO (named pipe), not a regular file",
        ));
    let t = std::fs::symlink_metadata(&fifo).unwrap().file_type();
    assert!(t.is_fifo(), "the FIFO is still there");
}

#[cfg(unix)]
#[test]
fn training_through_a_symlink_replaces_its_target_and_keeps_the_link() {
    let dir = tempfile::tempdir().unwrap();
    let models = dir.path().join("models");
    std::fs::create_dir(&models).unwrap();
    let target = write(&models, "current.json", b"old model");
    let links = dir.path().join("links");
    std::fs::create_dir(&links).unwrap();
    let link = links.join("model.json");
    std::os::unix::fs::symlink("../models/current.json", &link).unwrap();
    train(&tiny_corpus(dir.path()), &link, &[]).success();
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    let written: Value = serde_json::from_slice(&std::fs::read(&target).unwrap()).unwrap();
    assert_eq!(written["format"], "slant-model");
    let in_links: Vec<_> = std::fs::read_dir(&links)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        in_links,
        ["model.json"],
        "no temporary file beside the link"
    );
    let in_models: Vec<_> = std::fs::read_dir(&models)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(in_models, ["current.json"], "no temporary file left");
}

#[cfg(unix)]
#[test]
fn training_through_a_dangling_symlink_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("model.json");
    std::os::unix::fs::symlink("no-such-dir/model.json", &link).unwrap();
    train(&one_label_corpus(dir.path()), &link, &[])
        .code(1)
        .stderr(
            predicate::str::contains("is a symbolic link to no-such-dir/model.json")
                .and(predicate::str::contains("cannot be followed")),
        );
}

/// A directory in which no file can be created, when one can be found: a directory
/// made read-only (which root may still write to), else /sys.
#[cfg(unix)]
fn unwritable_dir(dir: &Path) -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    let ro = dir.join("read-only");
    std::fs::create_dir(&ro).unwrap();
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o555)).unwrap();
    let cannot_create = |d: &Path| {
        let probe = d.join("probe");
        let made = std::fs::File::create(&probe).is_ok();
        let _ = std::fs::remove_file(&probe);
        !made
    };
    [ro, PathBuf::from("/sys")]
        .into_iter()
        .find(|d| d.is_dir() && cannot_create(d))
}

#[cfg(unix)]
#[test]
fn training_into_a_read_only_directory_fails_before_reading_the_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let Some(ro) = unwritable_dir(dir.path()) else {
        eprintln!("skipped: every directory is writable here");
        return;
    };
    let out = ro.join("slant-test-model.json");
    let e = train(&one_label_corpus(dir.path()), &out, &[])
        .code(1)
        .get_output()
        .stderr
        .clone();
    let e = String::from_utf8(e).unwrap();
    assert!(
        e.contains(&format!("--out {}: cannot create a file in", out.display())),
        "{e}"
    );
    assert!(!e.contains(".tmp") && !e.contains("probe"), "{e}");
    assert!(!e.contains("labels"), "checked before training: {e}");
    assert!(!out.exists());
}

// --- training options ------------------------------------------------------

#[test]
fn a_model_trained_with_the_same_options_is_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = tiny_corpus(dir.path());
    let (a, b) = (dir.path().join("a.json"), dir.path().join("b.json"));
    for out in [&a, &b] {
        train(&corpus, out, &["--split-field", "split"]).success();
    }
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
}

#[test]
fn logit_offsets_naming_a_label_twice_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("m.json");
    train(
        &tiny_corpus(dir.path()),
        &out,
        &["--logit-offsets", "left=1,left=2"],
    )
    .code(1)
    .stderr(predicate::str::contains(
        "--logit-offsets gives label \"left\" twice",
    ));
    assert!(!out.exists());
}

#[test]
fn holdout_values_that_match_no_row_give_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("m.json");
    train(
        &tiny_corpus(dir.path()),
        &out,
        &["--split-field", "split", "--holdout-values", "test,tset"],
    )
    .success()
    .stderr(
        predicate::str::contains("warning: no row of")
            .and(predicate::str::contains("split = \"tset\""))
            .and(predicate::str::contains("split = \"test\"").not()),
    );
    let m: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(
        m["training"]["held_out"]["rows"], 18,
        "the test rows still count"
    );
}

#[test]
fn holdout_values_overlapping_the_training_values_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("m.json");
    train(
        &tiny_corpus(dir.path()),
        &out,
        &[
            "--split-field",
            "split",
            "--train-values",
            "train,test",
            "--holdout-values",
            "test",
        ],
    )
    .code(1)
    .stderr(predicate::str::contains(
        "--holdout-values and --train-values both name \"test\"",
    ));
    assert!(!out.exists());
}

#[test]
fn holdout_values_without_a_split_field_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    train(
        &tiny_corpus(dir.path()),
        &dir.path().join("m.json"),
        &["--holdout-values", "test"],
    )
    .code(1)
    .stderr(predicate::str::contains(
        "--holdout-values needs --split-field",
    ));
}

/// The tiny corpus with one more row, at its last line, whose label is `label`.
fn corpus_with_label(dir: &Path, label: &str) -> (PathBuf, usize) {
    let corpus = tiny_corpus(dir);
    let mut text = std::fs::read_to_string(&corpus).unwrap();
    text.push_str(
        &json!({"text": "workers deserve fair wages", "label": label, "split": "train"})
            .to_string(),
    );
    text.push('\n');
    std::fs::write(&corpus, &text).unwrap();
    (corpus, text.lines().count())
}

#[test]
fn an_empty_label_in_a_training_row_is_refused_naming_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("m.json");
    for label in ["", "  "] {
        let (corpus, line) = corpus_with_label(dir.path(), label);
        train(&corpus, &out, &[])
            .code(1)
            .stderr(predicate::str::contains(format!(
                "{}:{line}: the \"label\" field is empty",
                corpus.display()
            )));
        assert!(!out.exists());
        train(&corpus, &out, &["--skip-bad"])
            .success()
            .stderr(predicate::str::contains("skipped 1 malformed lines"));
        let m: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
        assert_eq!(m["labels"], json!(["center", "left", "right"]));
        std::fs::remove_file(&out).unwrap();
    }
}

#[test]
fn a_group_field_no_row_has_is_named() {
    let dir = tempfile::tempdir().unwrap();
    train(
        &tiny_corpus(dir.path()),
        &dir.path().join("m.json"),
        &["--group-field", "nosuch", "--min-groups", "2"],
    )
    .code(1)
    .stderr(
        predicate::str::contains("no training row has the field \"nosuch\"")
            .and(predicate::str::contains("min-df").not()),
    );
}

#[test]
fn min_groups_above_the_number_of_groups_says_so() {
    let dir = tempfile::tempdir().unwrap();
    // The tiny corpus has 9 outlets.
    train(
        &tiny_corpus(dir.path()),
        &dir.path().join("m.json"),
        &["--group-field", "outlet", "--min-groups", "1000"],
    )
    .code(1)
    .stderr(
        predicate::str::contains("--min-groups 1000")
            .and(predicate::str::contains("have only 9"))
            .and(predicate::str::contains("min-df").not()),
    );
}

#[test]
fn an_all_empty_corpus_says_there_are_no_words() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = write(
        dir.path(),
        "empty.jsonl",
        b"{\"text\":\"\",\"label\":\"left\"}\n{\"text\":\"  \",\"label\":\"right\"}\n{\"text\":\"the of and\",\"label\":\"left\"}\n",
    );
    train(&corpus, &dir.path().join("m.json"), &[])
        .code(1)
        .stderr(
            predicate::str::contains("no words to learn from")
                .and(predicate::str::contains("min-df").not()),
        );
}

#[test]
fn too_high_a_min_df_is_still_named() {
    let dir = tempfile::tempdir().unwrap();
    train(
        &tiny_corpus(dir.path()),
        &dir.path().join("m.json"),
        &["--min-df", "100000"],
    )
    .code(1)
    .stderr(predicate::str::contains(
        "no term is in at least 100000 training rows; lower --min-df",
    ));
}

#[test]
fn a_ranking_without_groups_is_named_as_typed() {
    let dir = tempfile::tempdir().unwrap();
    train(
        &tiny_corpus(dir.path()),
        &dir.path().join("m.json"),
        &["--ranking", "group-f"],
    )
    .code(1)
    .stderr(
        predicate::str::contains("--ranking group-f needs --group-field")
            .and(predicate::str::contains("GroupF").not()),
    );
}

#[test]
fn a_side_named_unassigned_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let sides = write(
        dir.path(),
        "sides.json",
        br#"{"sides": {"Kremlin": "Russia", "Pentagon": "Unassigned"}}"#,
    );
    let article = write(dir.path(), "a.txt", b"\"We deny it,\" the Kremlin said.");
    slant()
        .arg("score")
        .arg(&article)
        .arg("--sides")
        .arg(&sides)
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            predicate::str::contains("sides.json").and(predicate::str::contains(
                "\"Unassigned\", which is reserved",
            )),
        );
}

// --- eval ------------------------------------------------------------------

fn eval(model: &Path, corpus: &Path, extra: &[&str]) -> assert_cmd::assert::Assert {
    slant()
        .arg("eval")
        .arg("--model")
        .arg(model)
        .arg("--corpus")
        .arg(corpus)
        .args(extra)
        .assert()
}

#[test]
fn eval_ordinal_with_a_repeated_label_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let corpus = tiny_corpus(dir.path());
    eval(&model, &corpus, &["--ordinal", "left,left,right"])
        .code(1)
        .stderr(predicate::str::contains("--ordinal names \"left\" twice"));
    eval(&model, &corpus, &["--ordinal", "left,center,right"]).success();
}

#[test]
fn eval_names_file_and_line_of_a_row_with_an_unknown_label() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let (corpus, line) = corpus_with_label(dir.path(), "far-left");
    let with_id = {
        let mut t = std::fs::read_to_string(&corpus).unwrap();
        t = t.replace(
            "\"label\":\"far-left\"",
            "\"id\":\"row-x\",\"label\":\"far-left\"",
        );
        write(dir.path(), "with-id.jsonl", t.as_bytes())
    };
    for c in [&corpus, &with_id] {
        eval(&model, c, &[])
            .code(1)
            .stderr(predicate::str::contains(format!(
            "{}:{line}: label \"far-left\" is not one of the model's labels (center, left, right)",
            c.display()
        )));
    }
    // A row outside the evaluated split is not read for its label.
    eval(&model, &corpus, &["--split-field", "split"]).success();
}

/// The tiny corpus with every label wrapped in a colour escape and a bidirectional override.
fn corpus_with_escaped_labels(dir: &Path) -> PathBuf {
    let text = std::fs::read_to_string(tiny_corpus(dir)).unwrap();
    let lines: Vec<String> = text
        .lines()
        .map(|l| {
            let mut v: Value = serde_json::from_str(l).unwrap();
            let label = v["label"].as_str().unwrap().to_string();
            v["label"] = format!("\u{1b}[31m{label}\u{202e}").into();
            v.to_string()
        })
        .collect();
    write(dir, "escaped.jsonl", (lines.join("\n") + "\n").as_bytes())
}

#[test]
fn labels_holding_escape_sequences_are_escaped_in_train_and_eval_text() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus_with_escaped_labels(dir.path());
    let model = dir.path().join("m.json");
    let out = slant()
        .args(["train", "--min-df", "1", "--corpus"])
        .arg(&corpus)
        .arg("--out")
        .arg(&model)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert_no_raw_escapes("train's stderr", &out.stderr);
    assert!(String::from_utf8_lossy(&out.stderr).contains("\\u{1b}[31mleft\\u{202e}"));
    let out = slant()
        .args(["eval", "--fit-offsets", "--model"])
        .arg(&model)
        .arg("--corpus")
        .arg(&corpus)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert_no_raw_escapes("eval's report", &out.stdout);
    assert!(String::from_utf8_lossy(&out.stdout).contains("\\u{1b}[31mleft\\u{202e}"));
    // An error that quotes a label read from the data.
    let out = slant()
        .args(["eval", "--model"])
        .arg(tiny_model(dir.path()))
        .arg("--corpus")
        .arg(&corpus)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_no_raw_escapes("eval's error", &out.stderr);
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not one of the model's labels"));
}
