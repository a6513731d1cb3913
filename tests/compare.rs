//! `slant compare`: the harbor-bridge examples, contrasting texts, --where, --events
//! and the ordering benchmark on small corpora written here.

mod common;

use common::{data, slant};
use predicates::prelude::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn harbor() -> Vec<PathBuf> {
    ["left", "center", "right"]
        .iter()
        .map(|s| data(&format!("examples/harbor-bridge-{s}.txt")))
        .collect()
}

fn json(out: &[u8]) -> Value {
    serde_json::from_slice(out).expect("one JSON object")
}

fn compare_json(args: &[&str], files: &[PathBuf]) -> Value {
    let out = slant()
        .arg("compare")
        .args(files)
        .args(args)
        .args(["--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    json(&out)
}

/// `voice → counts per outlet` from a comparison's JSON.
fn matrix(c: &Value) -> Vec<(String, Vec<u64>, Option<String>)> {
    c["voices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            (
                v["voice"].as_str().unwrap().to_string(),
                v["counts"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|n| n.as_u64().unwrap())
                    .collect(),
                v["only_in"].as_str().map(str::to_string),
            )
        })
        .collect()
}

#[test]
fn harbor_bridge_speaker_matrix_shows_who_spoke_where() {
    let c = compare_json(
        &["--outlet", "L", "--outlet", "C", "--outlet", "R"],
        &harbor(),
    );
    let outlets: Vec<&str> = c["outlets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["outlet"].as_str().unwrap())
        .collect();
    assert_eq!(outlets, ["L", "C", "R"]);
    let m = matrix(&c);
    let row = |name: &str| {
        m.iter()
            .find(|(v, _, _)| v == name)
            .unwrap_or_else(|| panic!("no row for {name} in {m:?}"))
            .clone()
    };
    // "Hughes" in the center and right texts is merged into "Robert Hughes". A quote
    // that runs on past its tag into the next sentence is one attribution.
    assert_eq!(row("Robert Hughes").1, [0, 2, 2]);
    assert_eq!(row("Maria Alvarez").1, [1, 2, 0]);
    // The council's vote is the council's stance.
    assert_eq!(row("Riverton City Council").1, [1, 1, 0]);
    assert_eq!(row("Ellen Park").1, [2, 1, 0]);
    assert_eq!(
        row("Jordan Lee"),
        ("Jordan Lee".into(), vec![1, 0, 0], Some("L".into()))
    );
    // Whitaker speaks twice: "a blank check for bureaucrats" and his warning.
    assert_eq!(
        row("Dan Whitaker"),
        ("Dan Whitaker".into(), vec![0, 0, 2], Some("R".into()))
    );
    // The budget office, whose analysis the left and the center cite, is a voice too.
    assert_eq!(row("city's budget office").1, [1, 1, 0]);
    assert_eq!(m.len(), 7, "{m:?}");
    assert!(!m.iter().any(|(v, _, _)| v == "Hughes" || v == "Park"));
    let voices: Vec<u64> = c["outlets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["voices"].as_u64().unwrap())
        .collect();
    assert_eq!(voices, [5, 5, 2]);
}

#[test]
fn harbor_bridge_verdict_names_the_one_sided_and_loaded_coverage() {
    let c = compare_json(&[], &harbor());
    let v = &c["verdict"];
    assert_eq!(
        v["one_sided"]["outlet"], "harbor-bridge-right",
        "outlet names default to file stems"
    );
    let right = &c["outlets"][2];
    assert!(right["balance"].as_f64().unwrap() < c["outlets"][0]["balance"].as_f64().unwrap());
    assert!((right["top_group_share"].as_f64().unwrap() - 0.5).abs() < 1e-9);
    assert_eq!(v["most_loaded"]["outlet"], "harbor-bridge-right");
    assert!(right["anonymous_share"].as_f64().unwrap() > 0.0);
    let text = v["text"].as_str().unwrap();
    assert!(
        text.contains(
            "Most one-sided sourcing: harbor-bridge-right (balance 0.63, top group holds 50%"
        ),
        "{text}"
    );
    assert!(
        text.contains("Most loaded: harbor-bridge-right ("),
        "{text}"
    );
    let gap = &v["widest_gap"];
    let (l, r) = (
        gap["left_slant"].as_f64().unwrap(),
        gap["right_slant"].as_f64().unwrap(),
    );
    assert!((gap["gap"].as_f64().unwrap() - (r - l)).abs() < 1e-12);
    // The three articles are short: with the data-sized prior no word is
    // over-represented at z >= 1.96 (the right's "spending spree" occurs twice).
    assert!(c["distinctive"]
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d.as_array().unwrap().is_empty()));
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn contrasting_word_choice_is_distinctive_with_z_scores() {
    let dir = tempfile::tempdir().unwrap();
    let shared = "The council voted on Tuesday to fund the bridge repair. The mayor said she would sign the measure. ";
    let left = format!(
        "{}{}",
        shared.repeat(2),
        "Working families won a safe bridge for working families. ".repeat(6)
    );
    let right = format!(
        "{}{}",
        shared.repeat(2),
        "A massive spending spree, a massive spending spree for bureaucrats. ".repeat(5)
    );
    let center = format!(
        "{}{}",
        shared.repeat(4),
        "Construction begins in the spring and lasts two years. ".repeat(3)
    );
    let files = [
        write(dir.path(), "left.txt", &left),
        write(dir.path(), "center.txt", &center),
        write(dir.path(), "right.txt", &right),
    ];
    let c = compare_json(&[], &files);
    let terms = |k: usize| -> Vec<(String, f64)> {
        c["distinctive"][k]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| {
                (
                    t["term"].as_str().unwrap().to_string(),
                    t["z"].as_f64().unwrap(),
                )
            })
            .collect()
    };
    let (l, m, r) = (terms(0), terms(1), terms(2));
    let has =
        |list: &[(String, f64)], term: &str| list.iter().any(|(t, z)| t == term && *z >= 1.96);
    assert!(has(&l, "working families"), "{l:?}");
    assert!(has(&r, "spending spree") && has(&r, "massive"), "{r:?}");
    assert!(m.is_empty(), "the center repeats only shared words: {m:?}");
    assert!(!has(&l, "massive") && !has(&r, "working families"));
    assert!(l.iter().chain(&r).all(|(_, z)| *z >= 1.96));
    // The text report shows them with their z-scores.
    slant()
        .arg("compare")
        .args(&files)
        .assert()
        .success()
        .stdout(predicate::str::contains("spending spree (z 2."));
}

#[test]
fn naming_choices_are_shown_side_by_side() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(
        dir.path(),
        "a.txt",
        "Officials in Kiev said the talks would resume.",
    );
    let b = write(
        dir.path(),
        "b.txt",
        "Officials in Kyiv said the talks would resume.",
    );
    let c = compare_json(&[], &[a.clone(), b.clone()]);
    let pairs = c["naming"].as_array().unwrap();
    assert_eq!(pairs.len(), 1, "{pairs:?}");
    assert_eq!(pairs[0]["names"], serde_json::json!(["kiev", "kyiv"]));
    assert_eq!(pairs[0]["counts"], serde_json::json!([[1, 0], [0, 1]]));
    slant()
        .arg("compare")
        .args([&a, &b])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            r#"kiev / kyiv: a says "kiev" ×1; b says "kyiv" ×1"#,
        ));
}

/// A small corpus: event (budget, day 1) by outlets X, Y (two articles) and Z;
/// event (budget, day 2) by X and Z; event (roads, day 1) by X only.
fn corpus(dir: &Path) -> PathBuf {
    let rows = [
        (
            "1",
            "X",
            "left",
            "budget",
            "d1",
            "Working families deserve a fair budget and union rights, Maria Alvarez said.",
        ),
        (
            "2",
            "Y",
            "center",
            "budget",
            "d1",
            "The council approved the budget on Tuesday, Mayor Ellen Park said.",
        ),
        (
            "3",
            "Y",
            "center",
            "budget",
            "d1",
            "The budget office released its figures, Ellen Park said.",
        ),
        (
            "4",
            "Z",
            "right",
            "budget",
            "d1",
            "A massive spending spree will raise taxes, said Robert Hughes.",
        ),
        (
            "5",
            "X",
            "left",
            "budget",
            "d2",
            "Climate action protects families, advocates said.",
        ),
        (
            "6",
            "Z",
            "right",
            "budget",
            "d2",
            "Cut taxes and secure the border, Hughes said.",
        ),
        ("7", "X", "left", "roads", "d1", "The roads need repair."),
    ];
    let lines: Vec<String> = rows
        .iter()
        .map(|(id, outlet, label, topic, date, text)| {
            serde_json::json!({"id": id, "outlet": outlet, "label": label, "topic": topic, "date": date, "text": text})
                .to_string()
        })
        .collect();
    write(dir, "c.jsonl", &(lines.join("\n") + "\n"))
}

#[test]
fn where_filter_compares_matching_articles_pooled_by_outlet() {
    let dir = tempfile::tempdir().unwrap();
    let path = corpus(dir.path());
    let out = slant()
        .args(["compare", "--corpus"])
        .arg(&path)
        .args(["--where", "topic=budget,date=d1", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let c = json(&out);
    let cols: Vec<(&str, u64)> = c["outlets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["outlet"].as_str().unwrap(),
                o["articles"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(cols, [("X", 1), ("Y", 2), ("Z", 1)]);
    let park = matrix(&c)
        .into_iter()
        .find(|(v, _, _)| v == "Ellen Park")
        .unwrap();
    assert_eq!(park.1, [0, 2, 0], "two Y articles pooled");
    // A filter that leaves one outlet is refused with a message.
    slant()
        .args(["compare", "--corpus"])
        .arg(&path)
        .args(["--where", "topic=roads"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("needs two or more"));
    slant()
        .args(["compare", "--corpus"])
        .arg(&path)
        .args(["--where", "topic"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("field=value"));
}

#[test]
fn events_lists_groups_with_two_or_more_outlets_most_divergent_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = corpus(dir.path());
    let out = slant()
        .args(["compare", "--corpus"])
        .arg(&path)
        .args(["--events", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let events: Vec<Value> = String::from_utf8_lossy(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(events.len(), 2, "roads has one outlet: {events:?}");
    let ranges: Vec<f64> = events
        .iter()
        .map(|e| e["slant_range"].as_f64().unwrap())
        .collect();
    assert!(ranges[0] >= ranges[1]);
    for e in &events {
        let slants: Vec<f64> = e["outlets"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["slant"].as_f64().unwrap())
            .collect();
        assert!(slants.windows(2).all(|w| w[0] <= w[1]), "sorted by slant");
        let range = slants.last().unwrap() - slants.first().unwrap();
        assert!((range - e["slant_range"].as_f64().unwrap()).abs() < 1e-12);
    }
    let d1 = events
        .iter()
        .find(|e| e["key"] == serde_json::json!([["topic", "budget"], ["date", "d1"]]))
        .unwrap();
    assert_eq!(d1["outlets"].as_array().unwrap().len(), 3);
    // Grouping by another field, and --limit.
    slant()
        .args(["compare", "--corpus"])
        .arg(&path)
        .args(["--events", "--group-by", "topic", "--limit", "1"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("topic=budget  slant range"));
}

#[test]
fn ordering_accuracy_counts_three_pairs_per_left_center_right_group() {
    let dir = tempfile::tempdir().unwrap();
    let path = corpus(dir.path());
    // Only (budget, d1) has one left, one right ... and two centers: no group qualifies.
    let out = slant()
        .args(["compare", "--corpus"])
        .arg(&path)
        .args(["--ordering-accuracy", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(json(&out)["groups"], 0);
    // Without article 3, (budget, d1) holds exactly one of each label.
    let out = slant()
        .args(["compare", "--corpus"])
        .arg(&path)
        .args(["--ordering-accuracy", "--where", "id=1", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(json(&out)["groups"], 0, "--where filters articles first");
    let lines: String = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .filter(|l| !l.contains("\"id\":\"3\""))
        .map(|l| format!("{l}\n"))
        .collect();
    let trimmed = write(dir.path(), "t.jsonl", &lines);
    let out = slant()
        .args(["compare", "--corpus"])
        .arg(&trimmed)
        .args(["--ordering-accuracy", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let r = json(&out);
    assert_eq!(
        (r["groups"].as_u64(), r["pairs"].as_u64()),
        (Some(1), Some(3))
    );
    let acc = r["accuracy"].as_f64().unwrap();
    assert!((acc - r["correct"].as_f64().unwrap() / 3.0).abs() < 1e-12);
}

#[test]
fn markdown_and_text_reports_hold_every_section() {
    for (format, needles) in [
        (
            "md",
            [
                "## Coverage of one event by 3 outlets",
                "### Who spoke where",
                "### Distinctive words",
                "### Verdict",
            ],
        ),
        (
            "text",
            [
                "== coverage of one event by 3 outlets ==",
                "who spoke where",
                "distinctive words",
                "verdict: ",
            ],
        ),
    ] {
        let mut assert = slant()
            .arg("compare")
            .args(harbor())
            .args(["--format", format])
            .assert()
            .success();
        for n in needles {
            assert = assert.stdout(predicate::str::contains(n));
        }
    }
}

#[test]
fn fails_with_one_article_or_mismatched_outlet_names() {
    let files = harbor();
    slant()
        .arg("compare")
        .arg(&files[0])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("two or more"));
    slant()
        .arg("compare")
        .args(&files)
        .args(["--outlet", "only-one"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("one per article"));
}

/// Two quoted named voices from one side, a loaded word or two: "regime" and "reckless" are
/// the speakers', "disastrous" the outlet's.
const QUOTED: &str = "\"The regime has failed us,\" said Maria Alvarez, a city council member. \
Tom Becker, a council member, said the plan was reckless. The vote on the disastrous plan is \
on Friday.";
/// Plain prose: no quotes, no named voice, no loaded word.
const PLAIN: &str = "The bridge opened on Monday. Traffic was light and the weather was mild. \
The next inspection is planned for the spring.";

fn verdict_of(dir: &Path, files: &[(&str, &str)]) -> (Value, String) {
    let paths: Vec<PathBuf> = files.iter().map(|(n, t)| write(dir, n, t)).collect();
    let c = compare_json(&[], &paths);
    let text = c["verdict"]["text"].as_str().unwrap().to_string();
    (c["verdict"].clone(), text)
}

#[test]
fn identical_files_verdict_says_no_difference() {
    let dir = tempfile::tempdir().unwrap();
    let (v, text) = verdict_of(dir.path(), &[("a.txt", QUOTED), ("b.txt", QUOTED)]);
    assert!(!text.contains("Most one-sided"), "{text}");
    assert!(!text.contains("Most loaded"), "{text}");
    assert!(!text.contains("disagree"), "{text}");
    for what in ["sourcing", "loaded language", "slant"] {
        assert!(text.contains(&format!("No difference in {what}")), "{text}");
    }
    assert!(v["one_sided"].is_null() && v["most_loaded"].is_null() && v["widest_gap"].is_null());
    assert_eq!(v["one_sided_tie"], serde_json::json!(["a", "b"]));
    assert_eq!(v["most_loaded_tie"], serde_json::json!(["a", "b"]));
}

#[test]
fn outlet_without_voices_is_not_most_one_sided() {
    let dir = tempfile::tempdir().unwrap();
    let extra = format!("{QUOTED} \"We need a new plan,\" said Dana Reyes, a union leader.");
    let (v, text) = verdict_of(
        dir.path(),
        &[
            ("quoted.txt", QUOTED),
            ("plain.txt", PLAIN),
            ("more.txt", &extra),
        ],
    );
    assert_ne!(v["one_sided"]["outlet"], "plain", "{text}");
    assert_eq!(v["no_voices"], serde_json::json!(["plain"]));
    assert!(
        text.contains("plain quotes no named voice and is left out of the sourcing comparison"),
        "{text}"
    );
    // With one quoting outlet left, sourcing is not compared at all.
    let (v, text) = verdict_of(dir.path(), &[("quoted.txt", QUOTED), ("plain.txt", PLAIN)]);
    assert!(v["one_sided"].is_null(), "{v}");
    assert!(
        text.contains("Only quoted quotes named voices, so sourcing is not compared"),
        "{text}"
    );
}

#[test]
fn empty_file_baseline_slant_is_left_out_of_the_gap() {
    let dir = tempfile::tempdir().unwrap();
    let (v, text) = verdict_of(
        dir.path(),
        &[("a.txt", QUOTED), ("empty.txt", ""), ("b.txt", QUOTED)],
    );
    assert_eq!(v["no_words"], serde_json::json!(["empty"]));
    assert!(
        text.contains("empty has no words and is left out of every comparison"),
        "{text}"
    );
    assert!(!text.contains("empty ("), "{text}");
    assert!(v["widest_gap"].is_null(), "a and b do not differ: {v}");
    assert!(text.contains("No difference in slant"), "{text}");
}

#[test]
fn most_loaded_is_null_when_no_outlet_used_loaded_terms() {
    let dir = tempfile::tempdir().unwrap();
    let other = "The council met on Tuesday. The budget was approved and the meeting ended early.";
    let (v, text) = verdict_of(dir.path(), &[("a.txt", PLAIN), ("b.txt", other)]);
    assert!(text.contains("No outlet used loaded terms."), "{text}");
    assert!(v["most_loaded"].is_null(), "JSON agrees with the text: {v}");
    assert_eq!(v["most_loaded_tie"], serde_json::json!([]));
}

#[test]
fn verdict_is_the_same_in_text_markdown_html_and_json() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", QUOTED);
    let b = write(dir.path(), "b.txt", QUOTED);
    let c = compare_json(&[], &[a.clone(), b.clone()]);
    let text = c["verdict"]["text"].as_str().unwrap().to_string();
    for format in ["text", "md", "html"] {
        let out = slant()
            .args(["compare", "--format", format])
            .arg(&a)
            .arg(&b)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let out = String::from_utf8(out).unwrap();
        // Each sentence of the verdict appears as written (none needs escaping here).
        for sentence in text.split(". ") {
            let s = sentence.trim_end_matches('.');
            assert!(out.contains(s), "{format} lacks {s:?}:\n{out}");
        }
    }
}

#[test]
fn empty_date_is_not_an_event() {
    let dir = tempfile::tempdir().unwrap();
    let rows = [
        ("1", "X", "budget", ""),
        ("2", "Y", "budget", ""),
        ("3", "X", "budget", "d1"),
        ("4", "Y", "budget", "d1"),
    ];
    let lines: Vec<String> = rows
        .iter()
        .map(|(id, outlet, topic, date)| {
            serde_json::json!({"id": id, "outlet": outlet, "topic": topic, "date": date, "text": PLAIN})
                .to_string()
        })
        .collect();
    let path = write(dir.path(), "c.jsonl", &(lines.join("\n") + "\n"));
    let out = slant()
        .args(["compare", "--corpus"])
        .arg(&path)
        .args(["--events", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let events: Vec<Value> = String::from_utf8_lossy(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(
        events[0]["key"],
        serde_json::json!([["topic", "budget"], ["date", "d1"]])
    );
    slant()
        .args(["compare", "--corpus"])
        .arg(&path)
        .args(["--where", "topic=budget,date="])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("\"date=\" gives no value"));
}

#[test]
fn events_limit_zero_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = corpus(dir.path());
    slant()
        .args(["compare", "--corpus"])
        .arg(&path)
        .args(["--events", "--limit", "0"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("0 would show no event"))
        .stdout(predicate::str::is_empty());
}

#[test]
fn same_file_name_in_two_folders_names_outlets_by_folder() {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["a", "b"] {
        std::fs::create_dir(dir.path().join(sub)).unwrap();
    }
    let a = write(&dir.path().join("a"), "report.txt", QUOTED);
    let b = write(&dir.path().join("b"), "report.txt", PLAIN);
    let c = compare_json(&[], &[a.clone(), b]);
    let outlets: Vec<&str> = c["outlets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["outlet"].as_str().unwrap())
        .collect();
    assert_eq!(outlets, ["a/report", "b/report"]);
    // The same file twice pools into one outlet: the error points at --outlet.
    slant()
        .arg("compare")
        .arg(&a)
        .arg(&a)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("one outlet, \"report\""))
        .stderr(predicate::str::contains("--outlet NAME"));
}

#[test]
fn blank_outlet_name_is_refused() {
    let files = harbor();
    for blank in ["", "  "] {
        slant()
            .arg("compare")
            .args(&files[..2])
            .args(["--outlet", blank, "--outlet", "B"])
            .assert()
            .code(1)
            .stderr(predicate::str::contains("--outlet number 1 is blank"))
            .stdout(predicate::str::is_empty());
    }
}
