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
    std::fs::write(&article, "Unions and Workers deserve fair Wages.").unwrap();
    // Terms are reported as written ("fair Wages"), not as stems ("fair wage").
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
        // Document figures ("sourcing: anonymous share") are named, not quoted.
        .filter(|t| !t["stem"].as_str().unwrap().contains(':'))
        .map(|t| t["term"].as_str().unwrap())
        .collect();
    let text = "Unions and Workers deserve fair Wages.";
    assert!(!terms.is_empty());
    for t in &terms {
        assert!(text.contains(t), "{t:?} is not as written in the article");
    }
    assert!(
        terms.iter().any(|t| t.chars().any(char::is_uppercase)),
        "{terms:?}"
    );
}

#[test]
fn tsv_rows_carry_the_figures_of_the_json_report() {
    let files = [
        data("examples/seed-style.txt"),
        data("examples/harbor-bridge-left.txt"),
    ];
    let run = |format: &str| {
        let out = slant()
            .arg("score")
            .args(&files)
            .args(["--format", format])
            .output()
            .unwrap();
        assert!(out.status.success());
        out.stdout
    };
    let tsv = String::from_utf8(run("tsv")).unwrap();
    let json = json_lines(&run("json"));
    let mut lines = tsv.lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), json.len());
    for (row, report) in rows.iter().zip(&json) {
        assert_eq!(row.len(), header.len());
        let cell = |name: &str| row[header.iter().position(|h| *h == name).unwrap()];
        assert_eq!(cell("id"), report["id"]);
        assert_eq!(cell("label"), report["label"]);
        for (label, p) in report["probabilities"].as_object().unwrap() {
            let p = p.as_f64().unwrap();
            assert_eq!(cell(&format!("p_{label}")), format!("{p:.4}"));
        }
        assert_eq!(
            cell("slant"),
            format!("{:.4}", report["slant"].as_f64().unwrap())
        );
        assert_eq!(cell("voices"), report["sourcing"]["voices"].to_string());
        assert_eq!(
            cell("anonymous_share"),
            format!(
                "{:.4}",
                report["sourcing"]["anonymous_share"].as_f64().unwrap()
            )
        );
    }
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

/// The text report and the JSON object of one example article in data/examples.
fn example_text_and_json(name: &str) -> (String, Value) {
    let path = data(&format!("examples/{name}"));
    let out = slant().arg("score").arg(&path).output().unwrap();
    let json = slant()
        .args(["score", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        serde_json::from_slice(&json.stdout).unwrap(),
    )
}

#[test]
fn a_sourcing_figure_in_the_explanation_shows_its_value_not_a_count() {
    // "sourcing: voices ×1" said nothing (the article had five voices); the term now
    // carries the figure the sourcing line reports, and "×1" is never printed.
    let mut figures_seen = 0;
    for name in ["seed-style.txt", "harbor-bridge-left.txt"] {
        let (text, row) = example_text_and_json(name);
        assert!(!text.contains("×1 "), "{text}");
        for t in row["top_terms"].as_array().unwrap() {
            let stem = t["stem"].as_str().unwrap();
            let Some(figure) = stem.strip_prefix("sourcing:") else {
                continue;
            };
            let term = t["term"].as_str().unwrap();
            let value = term.rsplit(' ').next().unwrap();
            let expected = match figure {
                "voices" => row["sourcing"]["voices"].to_string(),
                "attributions" => row["sourcing"]["attributions"]
                    .as_array()
                    .unwrap()
                    .len()
                    .to_string(),
                f => format!("{:.2}", row["sourcing"][f].as_f64().unwrap()),
            };
            assert_eq!(value, expected, "{term}");
            assert!(text.contains(term), "{term}\n{text}");
            figures_seen += 1;
        }
    }
    assert!(figures_seen > 0, "no example lists a sourcing figure");
}

#[test]
fn an_absent_block_feature_reads_none_not_times_zero() {
    // A loaded-language or sourcing figure the article does not have at all pushes
    // against the training mean by its absence; the text report says "(none)", never
    // "×0". Every example is read; at least one of them lists such a figure.
    let mut absent_seen = 0;
    for name in [
        "seed-style.txt",
        "harbor-bridge-left.txt",
        "harbor-bridge-center.txt",
        "harbor-bridge-right.txt",
    ] {
        let (text, row) = example_text_and_json(name);
        assert!(!text.contains("×0 "), "{text}");
        for absent in row["top_terms"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|t| t["count"] == 0)
        {
            let term = absent["term"].as_str().unwrap();
            assert!(text.contains(&format!("{term} (none)")), "{term}\n{text}");
            absent_seen += 1;
        }
    }
    assert!(absent_seen > 0, "no example lists an absent block feature");
}

#[test]
fn loaded_terms_carry_their_voice_and_density_counts_the_outlets_words() {
    let out = slant()
        .args(["score", "--format", "json"])
        .arg(data("examples/seed-style.txt"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let row = &json_lines(&out)[0];
    let terms = row["loaded_terms"].as_array().unwrap();
    let term = |w: &str| terms.iter().find(|t| t["text"] == w).expect(w).clone();
    assert_eq!(term("half-Fuhrer")["voice"], "quoted");
    assert_eq!(term("reportedly")["voice"], "outlet");
    assert_eq!(term("prolong the conflict")["voice"], "outlet");
    let kiev = term("Kiev");
    assert_eq!(
        (&kiev["category"], &kiev["alternative"]),
        (&"naming".into(), &"Kyiv".into())
    );
    let outlet = terms.iter().filter(|t| t["voice"] == "outlet").count() as f64;
    let quoted = terms.iter().filter(|t| t["voice"] == "quoted").count() as f64;
    // Each density counts its voice's terms, one each, plus the word model's
    // probabilities of the words they leave out (less than one a word).
    let words = row["words"].as_f64().unwrap();
    assert!(quoted > 0.0 && outlet > 0.0);
    for (field, n) in [
        ("loaded_density", outlet),
        ("loaded_density_quoted", quoted),
    ] {
        let d = row[field].as_f64().unwrap();
        assert!(d >= 100.0 * n / words - 1e-9 && d < 100.0, "{field} {d}");
    }
    let counted: u64 = row["loaded_counts"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_u64().unwrap())
        .sum();
    assert_eq!(counted as f64, outlet);
    let choices = row["naming_choices"].as_array().unwrap();
    assert!(choices
        .iter()
        .any(|c| c["name"] == "Kiev" && c["marked"] == true));
    // Text output lists the quoted terms apart, with their speaker.
    slant()
        .arg("score")
        .arg(data("examples/seed-style.txt"))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "half-Fuhrer (quoted from Pavel Orlov)",
        ));
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
fn markdown_says_none_where_the_text_report_does() {
    // An article with no attribution and no loaded term: no header-only tables, and a
    // block feature the article lacks reads "none" as in the text report, not a count of 0.
    let out = slant()
        .args([
            "score",
            "-",
            "--format",
            "md",
            "--stdin-format",
            "text",
            "--top",
            "40",
        ])
        .write_stdin("The council met on Tuesday. It approved the budget.")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let md = String::from_utf8(out).unwrap();
    assert!(md.contains("None in the outlet's voice."), "{md}");
    assert!(md.contains("No attributions found."), "{md}");
    assert!(!md.contains("| speaker | affiliation |"), "{md}");
    assert!(!md.contains("| at | category | term |"), "{md}");
    assert!(md.contains("| none |"), "{md}");
    assert!(!md.contains("| 0 |"), "{md}");
}

/// Trains on a two-line corpus with `extra` arguments; the model would go to `m.json`
/// in the returned directory.
fn train_small(lines: &str, extra: &[&str]) -> (tempfile::TempDir, assert_cmd::assert::Assert) {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("small.jsonl");
    std::fs::write(&corpus, lines).unwrap();
    let assert = slant()
        .args(["train", "--corpus"])
        .arg(&corpus)
        .arg("--out")
        .arg(dir.path().join("m.json"))
        .args(extra)
        .arg("-q")
        .assert();
    (dir, assert)
}

#[test]
fn training_on_one_label_fails_before_fitting() {
    let lines = "{\"text\":\"a b c\",\"label\":\"x\"}\n{\"text\":\"a b d\",\"label\":\"x\"}\n";
    let (dir, assert) = train_small(lines, &[]);
    assert
        .code(1)
        .stderr(predicate::str::contains("at least 2 labels"));
    assert!(!dir.path().join("m.json").exists());
}

#[test]
fn training_with_zero_iterations_is_refused() {
    let lines = "{\"text\":\"a b c\",\"label\":\"x\"}\n{\"text\":\"a b d\",\"label\":\"y\"}\n";
    let (dir, assert) = train_small(lines, &["--iterations", "0"]);
    assert
        .code(1)
        .stderr(predicate::str::contains("--iterations 1 or more"));
    assert!(!dir.path().join("m.json").exists());
}

#[test]
fn eval_fits_offsets_by_likelihood_or_to_a_uniform_prior() {
    // Three rows of "x" for one of "y": the likelihood rule favours x, the uniform rule
    // (which reads no labels) pulls the mean probabilities to one half each.
    let mut lines = String::new();
    for i in 0..6 {
        lines.push_str(&format!(
            "{{\"text\":\"tax cuts now {i}\",\"label\":\"x\"}}\n{{\"text\":\"care for all {i}\",\"label\":\"y\"}}\n"
        ));
    }
    let (dir, assert) = train_small(&lines, &["--min-df", "1"]);
    assert.success();
    let mut rows = String::new();
    for i in 0..3 {
        rows.push_str(&format!(
            "{{\"text\":\"tax cuts soon {i}\",\"label\":\"x\"}}\n{{\"text\":\"tax cuts later {i}\",\"label\":\"x\"}}\n{{\"text\":\"tax care {i}\",\"label\":\"x\"}}\n{{\"text\":\"care for some {i}\",\"label\":\"y\"}}\n"
        ));
    }
    let corpus = dir.path().join("rows.jsonl");
    std::fs::write(&corpus, rows).unwrap();
    let eval = |extra: &[&str]| {
        let out = slant()
            .args(["eval", "--format", "json", "--model"])
            .arg(dir.path().join("m.json"))
            .arg("--corpus")
            .arg(&corpus)
            .args(extra)
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        serde_json::from_slice::<Value>(&out.stdout).unwrap()
    };
    let offset = |v: &Value, l: &str| v["fitted_offsets"][l].as_f64().unwrap();
    let likely = eval(&["--fit-offsets"]);
    assert_eq!(likely["offset_rule"], "likelihood");
    assert!(offset(&likely, "x") > offset(&likely, "y"), "{likely}");
    let uniform = eval(&["--fit-offsets", "--offset-rule", "uniform"]);
    assert_eq!(uniform["offset_rule"], "uniform");
    assert!(offset(&uniform, "x") < offset(&likely, "x"), "{uniform}");
    assert!((offset(&uniform, "x") + offset(&uniform, "y")).abs() < 1e-9);
    // The rule needs --fit-offsets.
    slant()
        .args(["eval", "--offset-rule", "uniform", "--model"])
        .arg(dir.path().join("m.json"))
        .arg("--corpus")
        .arg(&corpus)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--fit-offsets"));
}

#[test]
fn logit_offsets_shift_the_fitted_intercepts_and_are_recorded() {
    let mut lines = String::new();
    for i in 0..6 {
        lines.push_str(&format!(
            "{{\"text\":\"tax cuts now {i}\",\"label\":\"x\"}}\n{{\"text\":\"care for all {i}\",\"label\":\"y\"}}\n"
        ));
    }
    let model = |extra: &[&str]| {
        let (dir, assert) = train_small(&lines, &[&["--min-df", "1"], extra].concat());
        assert.success();
        let text = std::fs::read_to_string(dir.path().join("m.json")).unwrap();
        serde_json::from_str::<Value>(&text).unwrap()
    };
    let plain = model(&[]);
    let shifted = model(&["--logit-offsets", "y=0.5"]);
    let intercept = |m: &Value, i: usize| m["intercept"][i].as_f64().unwrap();
    assert!((intercept(&shifted, 0) - intercept(&plain, 0)).abs() < 1e-6);
    assert!((intercept(&shifted, 1) - intercept(&plain, 1) - 0.5).abs() < 1e-6);
    assert_eq!(shifted["training"]["logit_offsets"]["y"], 0.5);
    assert!(plain["training"].get("logit_offsets").is_none());

    let (_, assert) = train_small(&lines, &["--logit-offsets", "z=1"]);
    assert
        .code(1)
        .stderr(predicate::str::contains("\"z\", which is not a label"));
    let (_, assert) = train_small(&lines, &["--logit-offsets", "y:1"]);
    assert
        .code(1)
        .stderr(predicate::str::contains("LABEL=NUMBER"));
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

#[test]
fn learned_terms_point_at_words_typical_of_a_label() {
    let dir = tempfile::tempdir().unwrap();
    let model = tiny_model(dir.path());
    let text = "Workers deserve fair wages; cut taxes now.";
    let out = slant()
        .args(["score", "-", "--format", "json", "--model"])
        .arg(&model)
        .write_stdin(text)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let row = &json_lines(&out)[0];
    let learned = row["learned_terms"].as_array().unwrap();
    let by_label = |label: &str| -> Vec<&str> {
        learned
            .iter()
            .filter(|t| t["label"] == label)
            .map(|t| t["text"].as_str().unwrap())
            .collect()
    };
    // In the tiny corpus "workers" and "wages" occur only under left, "cut" only under right.
    assert!(by_label("left").contains(&"Workers"), "{learned:?}");
    assert!(by_label("left").contains(&"wages"));
    assert!(by_label("right").contains(&"cut"));
    for t in learned {
        let (s, e) = (
            t["start"].as_u64().unwrap() as usize,
            t["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..e], t["text"].as_str().unwrap());
        assert!(t["z"].as_f64().unwrap() >= 1.96);
    }
}

fn stdout_of(cmd: &mut assert_cmd::Command) -> String {
    String::from_utf8(cmd.assert().success().get_output().stdout.clone()).unwrap()
}

#[test]
fn html_output_is_one_page_with_highlights_and_probability_bars() {
    let html = stdout_of(
        slant()
            .arg("score")
            .arg(data("examples/seed-style.txt"))
            .args(["--format", "html"]),
    );
    assert_eq!(html.matches("<!DOCTYPE html>").count(), 1);
    assert!(html.trim_end().ends_with("</html>"));
    assert!(html.contains("<meta name=\"viewport\""));
    assert!(
        html.matches("<mark class=").count() >= 5,
        "loaded terms are marked"
    );
    assert!(
        html.contains("<mark class=\"naming\""),
        "Kiev is a naming choice"
    );
    assert!(html.contains("not used: &quot;Kyiv&quot;"));
    for label in ["center", "left", "right"] {
        assert!(html.contains(&format!("<span class=\"fill {label}\"")));
    }
    assert!(html.contains("<svg class=\"scale\""));
    assert!(html.contains("data-who=\"Irina Volkova\""));
    assert!(!html.contains("<script"));
    assert!(
        !html.contains("class=\"toc\""),
        "one article needs no index"
    );
}

#[test]
fn html_output_for_several_articles_has_an_index_and_a_section_each() {
    let html = stdout_of(
        slant()
            .arg("score")
            .arg(data("examples/harbor-bridge-left.txt"))
            .arg(data("examples/harbor-bridge-center.txt"))
            .arg(data("examples/harbor-bridge-right.txt"))
            .args(["--format", "html"]),
    );
    assert_eq!(html.matches("<!DOCTYPE html>").count(), 1);
    assert!(html.contains("<title>slant: 3 articles</title>"));
    assert!(html.contains("class=\"toc\""));
    for n in 1..=3 {
        assert!(html.contains(&format!("<a href=\"#article-{n}\">")));
        assert!(html.contains(&format!("<section class=\"article\" id=\"article-{n}\">")));
    }
    assert!(html.contains("harbor-bridge-center.txt</a>"));
}

#[test]
fn html_output_escapes_hostile_text_ids_and_outlets() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("hostile.jsonl");
    let row = serde_json::json!({
        "id": "</title><script>alert(1)</script>",
        "outlet": "\"><img src=x onerror=alert(1)>",
        "title": "<script>alert(1)</script>",
        "text": "Officials said <script>alert(1)</script> was \"><img src=x onerror=alert(1)>. \
                 \"It's a 'trap' <iframe>,\" said John \"><img src=y> Smith.",
    });
    std::fs::write(&corpus, format!("{row}\n")).unwrap();
    let html = stdout_of(slant().arg("score").arg(&corpus).args(["--format", "html"]));
    let lower = html.to_lowercase();
    assert!(!lower.contains("<script"), "no script tag");
    assert!(!lower.contains("<img"), "no img tag");
    assert!(!lower.contains("<iframe"), "no tags from the text");
    assert!(html.contains("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains("outlet: &quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
}

#[test]
fn a_side_map_gives_each_side_its_share_of_the_voices() {
    let dir = tempfile::tempdir().unwrap();
    let sides = dir.path().join("sides.json");
    std::fs::write(
        &sides,
        r#"{"sides": {"Kremlin": "Russia", "Foreign Minister": "Russia", "White House": "US government"}}"#,
    )
    .unwrap();
    let text = "Kremlin spokesman Dmitry Peskov said the talks were useful. \
                White House press secretary Karen Lane said the talks would go on. \
                Foreign Minister Sergey Lavrov said the West was to blame.";
    let out = slant()
        .args(["score", "-", "--format", "json", "--sides"])
        .arg(&sides)
        .write_stdin(text)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let row = &json_lines(&out)[0];
    let shares = row["sourcing"]["side_shares"].as_object().unwrap();
    let russia = shares["Russia"].as_f64().unwrap();
    let us = shares["US government"].as_f64().unwrap();
    assert!((russia - 2.0 / 3.0).abs() < 1e-9, "{shares:?}");
    assert!((us - 1.0 / 3.0).abs() < 1e-9, "{shares:?}");
    // A side map that is not valid JSON is refused with its name.
    std::fs::write(&sides, "{\"sides\": ").unwrap();
    slant()
        .args(["score", "-", "--sides"])
        .arg(&sides)
        .write_stdin(text)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("sides.json"));
}

/// Scores `text` from stdin with the embedded models and returns its JSON object.
fn score_stdin(text: &str) -> Value {
    let out = slant()
        .args(["score", "--format", "json", "--stdin-format", "text", "-"])
        .write_stdin(text)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    json_lines(&out).remove(0)
}

#[test]
fn the_summary_names_the_loaded_words_and_never_says_mostly() {
    let v = score_stdin(
        "Aid Convoy Reaches Kiev\n\nThe convoy reportedly reached Kiev on Monday after a \
         long drive through the night, officials said.\n",
    );
    let summary = v["summary"].as_str().unwrap();
    let terms = v["loaded_terms"].as_array().unwrap();
    assert!(!terms.is_empty(), "{v}");
    assert!(!summary.contains("mostly"), "{summary}");
    // Every loaded word of the outlet's voice is quoted in the summary, by category.
    for t in terms.iter().filter(|t| t["voice"] == "outlet") {
        let word = t["text"].as_str().unwrap();
        assert!(
            summary.contains(&format!("\"{word}\"")),
            "{word}: {summary}"
        );
    }
    let n = terms.iter().filter(|t| t["voice"] == "outlet").count();
    assert!(
        summary.contains(&format!("{n} loaded terms: ")),
        "{summary}"
    );
}

#[test]
fn the_summary_quotes_the_loaded_words_inside_quotations() {
    let v = score_stdin(
        "Council Votes\n\n\"These thugs want to wreck our town,\" said Mayor Ellen Park, \
         who spoke after the vote on Tuesday.\n",
    );
    let summary = v["summary"].as_str().unwrap();
    let quoted: Vec<&str> = (v["loaded_terms"].as_array().unwrap().iter())
        .filter(|t| t["voice"] == "quoted")
        .map(|t| t["text"].as_str().unwrap())
        .collect();
    assert!(!quoted.is_empty(), "{v}");
    for word in quoted {
        assert!(
            summary.contains(&format!("\"{word}\"")),
            "{word}: {summary}"
        );
    }
}

#[test]
fn an_article_without_words_reads_no_frame_and_no_lean() {
    for text in ["", "\n \n", "... --- !!!"] {
        let v = score_stdin(text);
        assert_eq!(v["words"], 0, "{v}");
        let summary = v["summary"].as_str().unwrap();
        assert!(summary.starts_with("No words to score"), "{summary}");
        assert!(!summary.contains("reads"), "no lean is read: {summary}");
        let frames = v["frames"].as_array().unwrap();
        assert!(!frames.is_empty());
        assert!(
            frames.iter().all(|f| f["present"] == false),
            "no frame is present without words: {frames:?}"
        );
    }
    let text = slant()
        .args(["score", "--stdin-format", "text", "-"])
        .write_stdin("")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(text).unwrap();
    assert!(text.contains("frames present: 0"), "{text}");
}

#[test]
fn the_text_sourcing_table_keeps_its_columns_with_a_long_speaker() {
    let out = slant()
        .args(["score", "--stdin-format", "text", "-"])
        .write_stdin(
            "Deal Near\n\nSources familiar with the talks said the deal was close. \
             Mayor Ellen Park said the city would sign it on Friday.\n",
        )
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(
        out.contains("sourcing: 1 voice, "),
        "one voice, not \"1 voices\": {out}"
    );
    let rows: Vec<&str> = out
        .lines()
        .skip_while(|l| !l.starts_with("sourcing:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .collect();
    assert_eq!(rows.len(), 2, "{out}");
    // The verb column starts at the same place in every row.
    let at = |row: &str| row.find(" said ").unwrap();
    assert!(rows[0].contains("Sources familiar with the talks"), "{out}");
    assert_eq!(at(rows[0]), at(rows[1]), "{out}");
}

#[test]
fn stdin_json_lines_without_the_text_field_are_read_as_text_with_a_warning() {
    let jsonl = "{\"id\": \"a\", \"body\": \"The mayor spoke.\"}\n{\"id\": \"b\", \"body\": \"The council voted.\"}\n";
    slant()
        .args(["score", "--format", "tsv", "-"])
        .write_stdin(jsonl)
        .assert()
        .success()
        .stderr(
            predicate::str::contains("\"text\" field")
                .and(predicate::str::contains("--text-field")),
        );
    // Named, the field is read; and prose, or text asked for, draws no warning.
    slant()
        .args(["score", "--format", "tsv", "--text-field", "body", "-"])
        .write_stdin(jsonl)
        .assert()
        .success()
        .stderr("");
    for (input, extra) in [
        ("The mayor said {\"a\": 1}.\n", &[][..]),
        (jsonl, &["--stdin-format", "text"][..]),
    ] {
        slant()
            .args(["score", "--format", "tsv"])
            .args(extra)
            .arg("-")
            .write_stdin(input)
            .assert()
            .success()
            .stderr("");
    }
}

#[test]
fn each_quoted_loaded_term_names_the_speaker_of_its_own_quotation() {
    // Many quotations, each from its own speaker, each holding a loaded word: every
    // term is credited to the quotation it sits in, not to the first or the last.
    let names = [
        "Jane Roe",
        "John Doe",
        "Maria Lopez",
        "Ahmed Khan",
        "Wei Chen",
    ];
    let text: String = names
        .iter()
        .map(|n| {
            format!("\"This reckless plan is a disaster for us,\" said {n}, a local farmer.\n\n")
        })
        .collect::<String>()
        .repeat(4);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("quotes.txt");
    std::fs::write(&path, &text).unwrap();
    let out = slant().arg("score").arg(&path).output().unwrap();
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    let credited: Vec<(usize, &str)> = s
        .lines()
        .filter_map(|l| {
            let at = l.split_whitespace().next()?.parse::<usize>().ok()?;
            let from = l.split(" (quoted from ").nth(1)?.split(')').next()?;
            Some((at, from))
        })
        .collect();
    assert!(credited.len() >= 20, "{s}");
    for (at, from) in credited {
        // The paragraph the term sits in names its speaker.
        let para_start = text[..at].rfind("\n\n").map_or(0, |p| p + 2);
        let para_end = text[at..].find("\n\n").map_or(text.len(), |p| at + p);
        assert!(
            text[para_start..para_end].contains(from),
            "term at {at} credited to {from}: {}",
            &text[para_start..para_end]
        );
    }
}
