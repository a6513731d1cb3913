//! Library tests of the fitted model: exact explanations and exact save/load.

use slant::corpus::Article;
use slant::model::{softmax, Model, Silent, TrainParams, TrainingInfo, TrainingSet};
use slant::score::Scorer;
use std::path::Path;

fn default_model() -> Model {
    let bytes = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("models/default.json.gz"))
        .unwrap();
    Model::from_bytes(&bytes, "default").unwrap()
}

fn example_texts() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/examples");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

#[test]
fn contributions_plus_baseline_and_absent_terms_add_up_to_the_logits() {
    let model = default_model();
    let mut scorer = Scorer::new(&model, 5);
    for text in example_texts() {
        let ex = scorer.explain(None, &text);
        let c = &ex.contributions;
        assert!(!c.features.is_empty());
        for (k, &logit) in ex.logits.iter().enumerate() {
            let sum: f64 = c.baseline[k]
                + c.absent_terms[k]
                + c.features.iter().map(|c| c.per_label[k]).sum::<f64>();
            assert!((sum - logit).abs() < 1e-9, "label {k}: {sum} vs {logit}");
        }
        // And the reported top terms are among those contributions, unchanged.
        let article = Article {
            id: "x".into(),
            text: text.clone(),
            ..Default::default()
        };
        let score = scorer.score(&article);
        for t in &score.top_terms {
            let k = model.label_index(&t.toward).unwrap();
            assert!(ex
                .contributions
                .features
                .iter()
                .any(|c| c.per_label[k] == t.contribution));
        }
    }
}

#[test]
fn a_saved_and_loaded_model_gives_bit_identical_probabilities() {
    let model = default_model();
    let dir = tempfile::tempdir().unwrap();
    for name in ["m.json", "m.json.gz"] {
        let path = dir.path().join(name);
        model.save(&path).unwrap();
        let back = Model::load(&path).unwrap();
        assert_eq!(back.to_json(), model.to_json());
        let (mut a, mut b) = (Scorer::new(&model, 0), Scorer::new(&back, 0));
        for text in example_texts() {
            let pa = a.probabilities(None, &text);
            let pb = b.probabilities(None, &text);
            let bits = |p: &[f64]| p.iter().map(|v| v.to_bits()).collect::<Vec<_>>();
            assert_eq!(bits(&pa), bits(&pb));
        }
    }
}

#[test]
fn probabilities_match_a_dense_computation_over_all_features() {
    let model = default_model();
    let mut scorer = Scorer::new(&model, 0);
    let text = &example_texts()[0];
    let ex = scorer.explain(None, text);
    // Build the dense vector and compute the logits the slow way.
    let mut x = vec![0f32; model.n_features()];
    for h in &ex.terms.hits {
        x[h.feature as usize] = h.value;
    }
    let base = model.vectorizer().vocabulary().len();
    for (i, &b) in ex.blocks.iter().enumerate() {
        x[base + i] = b;
    }
    let k = model.labels().len();
    let z: Vec<f64> = (0..k)
        .map(|j| {
            model.intercept()[j] as f64
                + x.iter()
                    .enumerate()
                    .map(|(f, &v)| model.weight(f, j) as f64 * v as f64)
                    .sum::<f64>()
        })
        .collect();
    let p = softmax(&z);
    let fast = scorer.probabilities(None, text);
    for (a, b) in p.iter().zip(&fast) {
        assert!((a - b).abs() < 1e-12);
    }
}

#[test]
fn fits_a_binary_label_set() {
    let articles: Vec<Article> = (0..20)
        .map(|i| Article {
            id: i.to_string(),
            text: if i % 2 == 0 {
                format!("cats purr softly {i}")
            } else {
                format!("dogs bark loudly {i}")
            },
            label: Some(if i % 2 == 0 { "cat" } else { "dog" }.into()),
            ..Default::default()
        })
        .collect();
    let data = TrainingSet::new(&articles, None).unwrap();
    let mut params = TrainParams::default();
    params.features.vocabulary.min_df = 2;
    params.alpha = 0.1;
    let model = params.fit(&data, TrainingInfo::default(), &Silent).unwrap();
    assert_eq!(model.labels(), ["cat", "dog"]);
    let mut s = Scorer::new(&model, 3);
    let score = s.score(&Article {
        text: "the dogs bark".into(),
        ..Default::default()
    });
    assert_eq!(score.label, "dog");
    assert_eq!(score.slant, None, "no left/right labels");
    assert_eq!(score.partisanship, None, "no center label");
}
