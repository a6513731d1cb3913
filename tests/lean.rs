//! The lean model's explanation and reading: contributions measured against the training
//! means add up to the logits, old model files without means still load, and a model
//! trained with the fingerprint filter reads its terms past outlet fingerprints.

mod common;

use common::{slant, tiny_corpus};
use slant::features::{FeatureConfig, TermNorm, TermTf};
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
        // A sharing prompt stands on its own line, as on the page.
        "Ms. Jones said that workers deserve fair wages.\nFollow Fox News on Twitter.",
    ] {
        // The terms read past the house style; the other blocks read the article as
        // written, so a dateline's words count in its length-neutral rates.
        let (a, b) = (scorer.explain(None, styled), scorer.explain(None, plain));
        let terms = |ex: &slant::score::Explanation| -> Vec<(u32, u32, f32)> {
            (ex.terms.hits.iter())
                .map(|h| (h.feature, h.count, h.value))
                .collect()
        };
        assert_eq!(terms(&a), terms(&b), "{styled}");
        let (pa, pb) = (
            scorer.probabilities(None, styled),
            scorer.probabilities(None, plain),
        );
        for (x, y) in pa.iter().zip(&pb) {
            assert!((x - y).abs() < 0.05, "{styled}: {pa:?} against {pb:?}");
        }
        let speakers = |ex: &slant::score::Explanation| -> Vec<Option<String>> {
            (ex.measured.sourcing.attributions.iter())
                .map(|a| a.speaker.clone())
                .collect()
        };
        assert_eq!(speakers(&a), speakers(&b), "{styled}");
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
fn reports_under_the_filter_show_the_article_as_written() {
    let model = fit(true);
    let mut scorer = Scorer::new(&model, 5);
    // "Mr." and "whistleblower" are fingerprints to the term block (data/fingerprints.txt);
    // the speaker, the quote and the loaded terms keep them.
    let text = "Mr. Jones said the whistleblower trial was a disgraceful sham that would drag on.";
    let score = scorer.score(&Article::new("a", text));
    let a = &score.sourcing.attributions[0];
    assert_eq!(a.speaker.as_deref(), Some("Jones"));
    let quote = a.quote.as_deref().unwrap();
    assert!(quote.contains("the whistleblower trial"), "{quote}");
    for t in &score.loaded_terms {
        assert_eq!(t.text, text[t.start..t.end], "{t:?}");
    }
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

/// Rows whose label goes with length: most left articles are long (many distinct plain
/// words), most right ones short; each side also has its own content words.
fn length_confounded() -> Vec<Article> {
    let mut out = Vec::new();
    for i in 0..40 {
        for (label, content, long) in [
            ("left", "fair wages", i % 10 < 7),
            ("right", "lower taxes", i % 10 < 3),
        ] {
            let n = if long { 24 } else { 3 };
            let filler: Vec<String> = (0..n)
                .map(|j| format!("word{}", (i * 7 + j) % 40))
                .collect();
            let mut a = Article::new(
                format!("{label}-{i}"),
                format!("{content} {}", filler.join(" ")),
            );
            a.label = Some(label.to_string());
            out.push(a);
        }
    }
    out
}

fn fit_confounded(residualise: bool) -> Model {
    let articles = length_confounded();
    let mut features = FeatureConfig::default();
    features.vocabulary.min_df = 2;
    features.vocabulary.ngram_max = 1;
    features.blocks.clear();
    let data = TrainingSet::new(&articles, None).unwrap();
    TrainParams::new()
        .features(features)
        .alpha(0.1)
        .residualise_length(residualise)
        .fit(&data, TrainingInfo::default(), &Silent)
        .unwrap()
}

/// Pearson correlation of the training rows' left-minus-right logit with their word count.
fn logit_length_correlation(model: &Model) -> f64 {
    let mut scorer = Scorer::new(model, 5);
    let left = model.labels().iter().position(|l| l == "left").unwrap();
    let right = model.labels().iter().position(|l| l == "right").unwrap();
    let (mut xs, mut ys) = (Vec::new(), Vec::new());
    for a in length_confounded() {
        let logits = scorer.explain(None, &a.text).logits;
        xs.push(a.text.split_whitespace().count() as f64);
        ys.push(logits[left] - logits[right]);
    }
    let n = xs.len() as f64;
    let (mx, my) = (xs.iter().sum::<f64>() / n, ys.iter().sum::<f64>() / n);
    let cov: f64 = xs.iter().zip(&ys).map(|(x, y)| (x - mx) * (y - my)).sum();
    let vx: f64 = xs.iter().map(|x| (x - mx).powi(2)).sum();
    let vy: f64 = ys.iter().map(|y| (y - my).powi(2)).sum();
    cov / (vx * vy).sqrt()
}

#[test]
fn residualising_length_keeps_the_terms_logit_from_drifting_with_length() {
    let plain = logit_length_correlation(&fit_confounded(false));
    let residualised_model = fit_confounded(true);
    let residualised = logit_length_correlation(&residualised_model);
    assert!(plain > 0.3, "the plain model reads length as left: {plain}");
    assert!(
        residualised.abs() < plain / 3.0,
        "residualised {residualised} against plain {plain}"
    );
    // The content words still decide.
    let mut scorer = Scorer::new(&residualised_model, 5);
    let mut label = |text: &str| scorer.score(&Article::new("a", text)).label.clone();
    assert_eq!(label("fair wages word1 word2"), "left");
    assert_eq!(label("lower taxes word1 word2"), "right");
    assert_eq!(residualised_model.training.residualised, ["term_mass"]);
    assert_eq!(residualised_model.to_json(), fit_confounded(true).to_json());
}

fn fit_adjusted(adjust: bool) -> Model {
    let articles = length_confounded();
    let mut features = FeatureConfig::default();
    features.vocabulary.min_df = 2;
    features.vocabulary.ngram_max = 1;
    features.blocks.clear();
    let data = TrainingSet::new(&articles, None).unwrap();
    TrainParams::new()
        .features(features)
        .alpha(0.1)
        .adjust_length(adjust)
        .fit(&data, TrainingInfo::default(), &Silent)
        .unwrap()
}

#[test]
fn a_length_adjusted_model_fits_length_but_never_reads_it_at_scoring() {
    let model = fit_adjusted(true);
    let adjustment = model.training.length_adjustment.clone().expect("recorded");
    let at = |l: &str| model.labels().iter().position(|x| x == l).unwrap();
    // The fit saw length: most left rows are long, so it pushes toward left.
    assert!(
        adjustment.weights[at("left")] > adjustment.weights[at("right")],
        "{adjustment:?}"
    );
    assert!(adjustment.ln_words_sd > 0.0 && adjustment.ln_words_mean > 0.0);
    assert_eq!(model.n_features(), model.vectorizer().vocabulary().len());
    // Words outside the vocabulary change the article's length, not its terms: the
    // logits and every contribution stay exactly as they were.
    let mut scorer = Scorer::new(&model, 5);
    let short = "fair wages word1 word2";
    let padding = vec!["zebra"; 60].join(" ");
    let long = format!("{short} {padding}");
    let a = scorer.explain(None, short);
    let b = scorer.explain(None, &long);
    assert_eq!(a.logits, b.logits);
    assert_eq!(a.contributions, b.contributions);
    let c = &b.contributions;
    for (j, &z) in b.logits.iter().enumerate() {
        let sum = c.baseline[j]
            + c.absent_terms[j]
            + c.features.iter().map(|f| f.per_label[j]).sum::<f64>();
        assert!((sum - z).abs() < 1e-9, "label {j}: {sum} vs {z}");
    }
    // The content words still decide.
    let mut label = |text: &str| scorer.score(&Article::new("a", text)).label.clone();
    assert_eq!(label("fair wages word1 word2"), "left");
    assert_eq!(label("lower taxes word1 word2"), "right");
}

#[test]
fn length_adjustment_changes_the_weights_and_gives_the_same_bytes_twice() {
    let adjusted = fit_adjusted(true);
    assert_eq!(adjusted.to_json(), fit_adjusted(true).to_json());
    let plain = fit_adjusted(false);
    let json = String::from_utf8(plain.to_json()).unwrap();
    assert!(!json.contains("length_adjustment"), "{json}");
    // Fitted net of length, the filler words (which long rows hold) weigh differently.
    let filler = (0..plain.n_features())
        .find(|&f| plain.feature_name(f).starts_with("word"))
        .unwrap();
    let left = plain.label_index("left").unwrap();
    assert_ne!(plain.weight(filler, left), adjusted.weight(filler, left));
    // A file without the record reads as before and writes the same bytes back.
    let again = Model::from_bytes(&plain.to_json(), "plain.json").unwrap();
    assert_eq!(again.to_json(), plain.to_json());
    assert!(again.training.length_adjustment.is_none());
    let reread = Model::from_bytes(&adjusted.to_json(), "adjusted.json").unwrap();
    assert_eq!(reread.to_json(), adjusted.to_json());
}

#[test]
fn the_length_adjustment_flag_is_recorded_and_refused_for_multi_label_models() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = tiny_corpus(dir.path());
    let out = dir.path().join("m.json");
    slant()
        .args(["train", "--corpus"])
        .arg(&corpus)
        .arg("--out")
        .arg(&out)
        .args(["--min-df", "2", "--adjust-length", "-q"])
        .assert()
        .success();
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert!(
        json["training"]["length_adjustment"]["weights"].is_array(),
        "{json}"
    );
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
        .arg("--adjust-length")
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "--adjust-length does not apply to --multi-label training",
        ));
}

#[test]
fn group_balance_is_recorded_needs_groups_and_is_refused_for_multi_label_models() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = tiny_corpus(dir.path());
    let out = dir.path().join("m.json");
    slant()
        .args(["train", "--corpus"])
        .arg(&corpus)
        .arg("--out")
        .arg(&out)
        .args(["--min-df", "2", "--group-balance", "1", "-q"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "--group-balance needs --group-field",
        ));
    assert!(!out.exists());
    slant()
        .args(["train", "--corpus"])
        .arg(&corpus)
        .arg("--out")
        .arg(&out)
        .args([
            "--min-df",
            "2",
            "--group-field",
            "outlet",
            "--group-balance",
            "1",
            "--residualise-length",
            "-q",
        ])
        .assert()
        .success();
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(json["training"]["group_balance"], 1.0);
    assert_eq!(json["training"]["residualised"][0], "term_mass");
    for flag in [
        &["--group-balance", "0.5"][..],
        &["--residualise-length"][..],
    ] {
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
            .args(flag)
            .assert()
            .code(1)
            .stderr(predicates::str::contains("does not apply to --multi-label"));
    }
}

fn fit_normed(norm: TermNorm, tf: TermTf) -> Model {
    let articles = articles();
    let mut features = FeatureConfig::default();
    features.vocabulary.min_df = 2;
    features.term_norm = norm;
    features.term_tf = tf;
    let data = TrainingSet::new(&articles, None).unwrap();
    TrainParams::new()
        .features(features)
        .alpha(0.1)
        .fit(&data, TrainingInfo::default(), &Silent)
        .unwrap()
}

#[test]
fn scoring_reads_the_term_block_as_training_did_under_every_norm_and_tf() {
    let n_terms = |m: &Model| m.vectorizer().vocabulary().len();
    for (norm, tf) in [
        (TermNorm::L2, TermTf::Sublinear),
        (TermNorm::L1, TermTf::Sublinear),
        (TermNorm::L1, TermTf::Binary),
        (TermNorm::L2, TermTf::Binary),
    ] {
        let model = fit_normed(norm, tf);
        let v = n_terms(&model);
        // L1 rows are scaled to the training rows' mean L2 mass (above 1 when articles
        // hold several terms); L2 rows are left as they are.
        let scale = model.vectorizer().config().term_scale;
        match norm {
            TermNorm::L1 => assert!(scale > 1.5, "{scale}"),
            TermNorm::L2 => assert_eq!(scale, 1.0),
        }
        // The training means are the mean of the training rows' feature values: the
        // same rows scored again give the same means, term by term.
        let mut sums = vec![0f64; v];
        let mut scorer = Scorer::new(&model, 5);
        let training = articles();
        for a in &training {
            let ex = scorer.explain(a.title.as_deref(), &a.text);
            let terms: Vec<f32> = ex
                .contributions
                .features
                .iter()
                .filter(|f| f.feature < v)
                .map(|f| f.value)
                .collect();
            match norm {
                TermNorm::L1 => assert!(
                    (terms.iter().sum::<f32>() / scale - 1.0).abs() < 1e-5,
                    "{norm:?}"
                ),
                TermNorm::L2 => assert!(
                    (terms.iter().map(|x| x * x).sum::<f32>() - 1.0).abs() < 1e-5,
                    "{norm:?}"
                ),
            }
            for f in ex.contributions.features.iter().filter(|f| f.feature < v) {
                sums[f.feature] += f.value as f64;
            }
        }
        for (t, s) in sums.iter().enumerate() {
            let mean = s / training.len() as f64;
            assert!(
                (mean - model.means()[t] as f64).abs() < 1e-6,
                "{norm:?} {tf:?} term {t}: scored {mean}, trained {}",
                model.means()[t]
            );
        }
        // Saved and read back, the model reads articles the same way.
        let back = Model::from_bytes(&model.to_json(), "m.json").unwrap();
        assert_eq!(back.vectorizer().config().term_norm, norm);
        assert_eq!(back.vectorizer().config().term_tf, tf);
        assert_eq!(back.vectorizer().config().term_scale, scale);
        let mut again = Scorer::new(&back, 5);
        for a in training.iter().take(6) {
            assert_eq!(
                again.probabilities(a.title.as_deref(), &a.text),
                scorer.probabilities(a.title.as_deref(), &a.text)
            );
        }
    }
    // Repetition counts under sublinear tf, not under binary tf.
    let probe = |tf| {
        let model = fit_normed(TermNorm::L2, tf);
        let read = |text: &str| {
            let tv =
                model
                    .vectorizer()
                    .transform(None, text, &mut slant::features::Scratch::default());
            tv.hits
                .iter()
                .map(|h| (h.feature, h.value))
                .collect::<Vec<_>>()
        };
        (
            read("fair wages union"),
            read("fair wages union union union"),
        )
    };
    let (once, thrice) = probe(TermTf::Binary);
    assert_eq!(once, thrice);
    let (once, thrice) = probe(TermTf::Sublinear);
    assert_ne!(once, thrice);
}

#[test]
fn the_default_norm_and_tf_stay_out_of_model_files_which_read_as_before() {
    let model = fit_normed(TermNorm::L2, TermTf::Sublinear);
    let json = String::from_utf8(model.to_json()).unwrap();
    for key in ["term_norm", "term_tf", "term_scale"] {
        assert!(!json.contains(key), "{key} in {json}");
    }
    // The same fit as with no norm or tf chosen at all: byte for byte.
    assert_eq!(fit(false).to_json(), model.to_json());
    // A file naming other choices records them, and the choices change what it reads.
    let l1 = fit_normed(TermNorm::L1, TermTf::Binary);
    let value: serde_json::Value = serde_json::from_slice(&l1.to_json()).unwrap();
    assert_eq!(value["features"]["term_norm"], "l1");
    assert_eq!(value["features"]["term_tf"], "binary");
    let mut a = Scorer::new(&model, 5);
    let mut b = Scorer::new(&l1, 5);
    let text = "workers deserve fair wages and union rights";
    assert_ne!(a.probabilities(None, text), b.probabilities(None, text));
    // An unknown norm is a clear error, not a silent L2.
    let bad = String::from_utf8(l1.to_json())
        .unwrap()
        .replace("\"term_norm\":\"l1\"", "\"term_norm\":\"l3\"");
    let err = Model::from_bytes(bad.as_bytes(), "bad.json").unwrap_err();
    assert!(err.to_string().contains("bad.json"), "{err}");
    let mut zero: serde_json::Value = serde_json::from_slice(&l1.to_json()).unwrap();
    zero["features"]["term_scale"] = serde_json::json!(0.0);
    let err = Model::from_bytes(zero.to_string().as_bytes(), "zero.json").unwrap_err();
    assert!(
        err.to_string().contains("zero.json") && err.to_string().contains("term_scale"),
        "{err}"
    );
}

#[test]
fn term_norm_and_tf_flags_are_recorded_and_refused_for_multi_label_models() {
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
            "--term-norm",
            "l1",
            "--term-tf",
            "binary",
            "-q",
        ])
        .assert()
        .success();
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(json["features"]["term_norm"], "l1");
    assert_eq!(json["features"]["term_tf"], "binary");
    slant()
        .args(["train", "--corpus"])
        .arg(&corpus)
        .arg("--out")
        .arg(dir.path().join("bad.json"))
        .args(["--term-norm", "l3"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("--term-norm"));
    for flag in [&["--term-norm", "l1"][..], &["--term-tf", "binary"][..]] {
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
            .args(flag)
            .assert()
            .code(1)
            .stderr(predicates::str::contains("does not apply to --multi-label"));
    }
}
