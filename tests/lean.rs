//! The lean model's explanation and reading: contributions measured against the training
//! means add up to the logits, old model files without means still load, and a model
//! trained with the fingerprint filter reads past outlet fingerprints.

mod common;

use common::{slant, tiny_corpus};
use slant::features::FeatureConfig;
use slant::model::{Silent, TrainParams, TrainingInfo, TrainingSet};
use slant::{Article, Model, Scorer};

/// Articles written for these tests: two sides with their own words, each side from two
/// outlets with their own house style (datelines, honorifics, outlet names).
fn articles() -> Vec<Article> {
    let left = [
        "workers deserve fair wages and union rights",
        "climate action protects families",
        "expand health care for working families",
    ];
    let right = [
        "cut taxes and shrink government spending",
        "secure the border and enforce immigration law",
        "protect gun rights and the second amendment",
    ];
    let mut out = Vec::new();
    for i in 0..24 {
        for (label, texts) in [("left", &left), ("right", &right)] {
            let style = if i % 2 == 0 {
                "WASHINGTON (AP) \u{2014} Mr. Jones said"
            } else {
                "Ms. Jones told Fox News"
            };
            let long = "The council met again. ".repeat(i % 5);
            let text = format!(
                "{style} that {}. \"{}\" said Mayor Ann Ames. {long}Item {i}.",
                texts[i % 3],
                texts[(i + 1) % 3]
            );
            let mut a = Article::new(format!("{label}-{i}"), text);
            a.label = Some(label.to_string());
            a.title = Some(format!("Story {i}"));
            out.push(a);
        }
    }
    out
}

fn fit(filter: bool) -> Model {
    let articles = articles();
    let mut features = FeatureConfig::default();
    features.vocabulary.min_df = 2;
    features.fingerprint_filter = filter;
    features.length_neutral = filter;
    let data = TrainingSet::new(&articles, None).unwrap();
    TrainParams::new()
        .features(features)
        .alpha(0.1)
        .fit(&data, TrainingInfo::default(), &Silent)
        .unwrap()
}

#[test]
fn contributions_against_the_means_add_up_to_the_logits() {
    for filter in [false, true] {
        let model = fit(filter);
        assert_eq!(model.means().len(), model.n_features());
        let mut scorer = Scorer::new(&model, 5);
        for a in articles()
            .iter()
            .take(10)
            .chain(&[Article::new("empty", "")])
        {
            let ex = scorer.explain(a.title.as_deref(), &a.text);
            let c = &ex.contributions;
            for k in 0..model.labels().len() {
                let sum = c.baseline[k]
                    + c.absent_terms[k]
                    + c.features.iter().map(|f| f.per_label[k]).sum::<f64>();
                assert!(
                    (sum - ex.logits[k]).abs() < 1e-9,
                    "{}: {sum} against {}",
                    a.id,
                    ex.logits[k]
                );
            }
            for f in &c.features {
                assert_ne!(
                    f.value,
                    model.mean(f.feature),
                    "a feature at its mean is listed"
                );
            }
        }
    }
}

#[test]
fn a_model_file_without_means_reads_contributions_as_weight_times_value() {
    let model = fit(false);
    let mut json: serde_json::Value = serde_json::from_slice(&model.to_json()).unwrap();
    assert!(json.get("means").is_some());
    json.as_object_mut().unwrap().remove("means");
    let old = Model::from_bytes(json.to_string().as_bytes(), "old.json").unwrap();
    assert!(old.means().is_empty());
    let a = &articles()[0];
    let (mut s_new, mut s_old) = (Scorer::new(&model, 5), Scorer::new(&old, 5));
    let ex_new = s_new.explain(a.title.as_deref(), &a.text);
    let ex_old = s_old.explain(a.title.as_deref(), &a.text);
    assert_eq!(
        ex_new.logits, ex_old.logits,
        "the means do not change the logits"
    );
    let c = &ex_old.contributions;
    let intercept: Vec<f64> = old.intercept().iter().map(|&b| b as f64).collect();
    assert_eq!(c.baseline, intercept);
    assert!(c.absent_terms.iter().all(|&x| x == 0.0));
    for f in &c.features {
        for (k, &v) in f.per_label.iter().enumerate() {
            assert_eq!(v, old.weight(f.feature, k) as f64 * f.value as f64);
        }
    }
    // Saved again, the file still has no means and the same bytes.
    let again = Model::from_bytes(&old.to_json(), "again.json").unwrap();
    assert_eq!(again.to_json(), old.to_json());
}

#[test]
fn a_model_with_the_fingerprint_filter_reads_past_house_style() {
    let model = fit(true);
    let mut scorer = Scorer::new(&model, 5);
    let plain = "Jones said that workers deserve fair wages.";
    for styled in [
        "WASHINGTON (AP) \u{2014} Mr. Jones said that workers deserve fair wages.",
        "Ms. Jones said that workers deserve fair wages. Follow Fox News on Twitter.",
    ] {
        assert_eq!(
            scorer.probabilities(None, styled),
            scorer.probabilities(None, plain),
            "{styled}"
        );
    }
    // The same model without the filter reads the house style.
    let unfiltered = fit(false);
    let mut scorer = Scorer::new(&unfiltered, 5);
    assert_ne!(
        scorer.probabilities(
            None,
            "Ms. Jones told Fox News that workers deserve fair wages."
        ),
        scorer.probabilities(None, "Jones told that workers deserve fair wages.")
    );
}

#[test]
fn training_with_the_filter_twice_gives_the_same_bytes() {
    assert_eq!(fit(true).to_json(), fit(true).to_json());
}

#[test]
fn the_training_flags_are_recorded_and_refused_for_multi_label_models() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = tiny_corpus(dir.path());
    let out = dir.path().join("m.json");
    slant()
        .args(["train", "--corpus"])
        .arg(&corpus)
        .arg("--out")
        .arg(&out)
        .args([
            "--min-df",
            "2",
            "--fingerprint-filter",
            "--length-neutral",
            "-q",
        ])
        .assert()
        .success();
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(json["features"]["fingerprint_filter"], true);
    assert_eq!(json["features"]["length_neutral"], true);
    let scored = slant()
        .args(["score", "--format", "json", "--no-frames", "--model"])
        .arg(&out)
        .arg("-")
        .write_stdin("Mr. Jones said workers deserve fair wages.")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let score: serde_json::Value = serde_json::from_slice(&scored).unwrap();
    assert!(score["baseline"]["left"].is_number(), "{score}");
    slant()
        .args([
            "train",
            "--multi-label",
            "--labels-field",
            "labels",
            "--corpus",
        ])
        .arg(&corpus)
        .arg("--out")
        .arg(dir.path().join("multi.json"))
        .arg("--fingerprint-filter")
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "--fingerprint-filter does not apply to --multi-label training",
        ));
}
