use super::*;
use crate::features::lexicon::Lexicon;
use crate::features::loaded_train::{
    biased_word_labels, eval_words, matching_blocks, train, Pair, WordTrainParams,
};

/// Word lists written for the tests.
fn lists() -> WordLists {
    let mut l = BTreeMap::new();
    l.insert("positive".to_string(), vec!["brilliant".to_string()]);
    l.insert(
        "negative".to_string(),
        vec!["squalid".to_string(), "grim".to_string()],
    );
    l.insert("report_verbs".to_string(), vec!["say".to_string()]);
    WordLists::from_lists(&l, "test").expect("known lists")
}

/// Names of the active features of word `k` of `text`.
fn names_at(text: &str, k: usize) -> Vec<String> {
    let layout = Layout::default();
    let terms = Lexicon::builtin().find(text);
    let feats = reference_features(&layout, &lists(), text, &terms);
    feats[k]
        .iter()
        .map(|&i| layout.names()[i as usize].clone())
        .collect()
}

fn has(names: &[String], name: &str) -> bool {
    names.iter().any(|n| n == name)
}

#[test]
fn features_of_a_word_in_a_sentence() {
    // Words: The(0) mayor(1) gave(2) a(3) squalid(4) speech(5) ...
    let text = "The mayor gave a squalid speech to Congress.";
    let f = names_at(text, 4);
    assert!(has(&f, "w:list:negative"), "{f:?}");
    assert!(has(&f, "w:pos:other") || has(&f, "w:pos:adj"), "{f:?}");
    assert!(has(&f, "w:len:7-9"));
    assert!(has(&f, "p:pos:det") && has(&f, "p:stop"), "{f:?}");
    assert!(!has(&f, "w:quoted") && !has(&f, "w:initial"));
    // "says" is in a list by its crude lemma only.
    let f = names_at("Everyone says so.", 1);
    assert!(has(&f, "w:lemma:report_verbs") && !has(&f, "w:list:report_verbs"));
    // The first word starts the sentence; a capital later does not.
    assert!(has(&names_at(text, 0), "w:initial"));
    let f = names_at(text, 7);
    assert!(has(&f, "w:cap_not_initial") && has(&f, "w:cap"), "{f:?}");
    // A lexicon match gives its category to the word and to its neighbours.
    let f = names_at("They called him a thug yesterday.", 4);
    assert!(has(&f, "w:lex:epithet") && has(&f, "w:lex:any"), "{f:?}");
    assert!(has(
        &names_at("They called him a thug yesterday.", 5),
        "p:lex:any"
    ));
    let f = names_at("A far-left group marched.", 1);
    assert!(has(&f, "w:ideology_prefix") && has(&f, "w:hyphen"), "{f:?}");
}

#[test]
fn words_inside_quotations() {
    let text = "He said \u{201c}a grim plan\u{201d} and it\u{2019}s \"brilliant\" now.\nNext line";
    let ws: Vec<&str> = {
        let mut v = Vec::new();
        for_each_token(text, |s, e| v.push(&text[s..e]));
        v
    };
    let quoted: Vec<&str> = ws
        .iter()
        .enumerate()
        .filter(|(k, _)| has(&names_at(text, *k), "w:quoted"))
        .map(|(_, w)| *w)
        .collect();
    assert_eq!(quoted, ["a", "grim", "plan", "brilliant"]);
    // An unclosed quotation ends at the line break.
    let text = "She wrote \u{201c}never again\nand left.";
    assert!(has(&names_at(text, 3), "w:quoted"));
    assert!(!has(&names_at(text, 4), "w:quoted"));
    assert_eq!(quoted_ranges("no quotes here"), []);
}

/// A model with the given weights by name (others zero).
fn model_with(weights: &[(&str, f32)], intercept: f32, threshold: f32) -> WordModel {
    let layout = Layout::default();
    let mut w = vec![0.0; layout.names().len()];
    for (n, v) in weights {
        w[layout.at(n)] = *v;
    }
    let file = ModelFile {
        format: FORMAT.into(),
        provenance: "written for a test".into(),
        features: layout.names().to_vec(),
        weights: w,
        intercept,
        threshold,
        training: TrainingSummary {
            pairs: 0,
            threshold_pairs: 0,
            words: 0,
            loaded_words: 0,
            alpha: 1.0,
            max_iterations: 1,
            seed: 0,
            slice_precision: 0.0,
            slice_recall: 0.0,
            slice_f1: 0.0,
        },
        word_lists: lists().to_lists(),
    };
    WordModel::from_file(file, "test").expect("valid")
}

/// Flags of `model` on `text` through the fast path: (words, category id, confidence).
fn flags(model: &WordModel, text: &str) -> Vec<(String, &'static str, f32)> {
    let mut table = WordTable::default();
    let mut words = Vec::new();
    table.read(text, &mut words);
    let terms = Lexicon::builtin().find(text);
    let mut cache = WordCache::default();
    flag(model, text, &words, &table, terms, &mut cache, true)
        .into_iter()
        .map(|t| (t.text, t.category.id(), t.confidence.expect("model ran")))
        .collect()
}

#[test]
fn threshold_decides_what_is_flagged() {
    // Logit of "squalid" = -2 + 2.5 = 0.5 (p 0.62); other words -2 (p 0.12).
    let text = "A squalid and brilliant speech.";
    let m = model_with(&[("w:list:negative", 2.5)], -2.0, 0.5);
    let got = flags(&m, text);
    assert_eq!(got.len(), 1);
    assert_eq!((got[0].0.as_str(), got[0].1), ("squalid", "evaluative"));
    assert!((got[0].2 - sigmoid(0.5)).abs() < 1e-6);
    // Just above its confidence, nothing; far lower, every word.
    assert!(flags(&model_with(&[("w:list:negative", 2.5)], -2.0, 0.63), text).is_empty());
    assert_eq!(
        flags(&model_with(&[("w:list:negative", 2.5)], -2.0, 0.1), text).len(),
        5
    );
    // A lexicon match keeps its category and takes its best word's confidence;
    // below the threshold it is dropped.
    let text = "The senator slammed the grim plan.";
    let m = model_with(&[("w:lex:any", 3.0)], -2.0, 0.5);
    let got = flags(&m, text);
    assert_eq!(got.len(), 1);
    assert_eq!((got[0].0.as_str(), got[0].1), ("slammed", "charged_verb"));
    assert!(flags(&model_with(&[("w:lex:any", 1.0)], -2.0, 0.5), text).is_empty());
    // A naming choice stays below the threshold, with its confidence.
    let got = flags(&model_with(&[], -2.0, 0.5), "Officials in Kiev met.");
    assert_eq!(got.len(), 1);
    assert_eq!((got[0].0.as_str(), got[0].1), ("Kiev", "naming"));
    assert!((got[0].2 - sigmoid(-2.0)).abs() < 1e-6);
    // Quotation lowers a word below the threshold.
    let m = model_with(&[("w:list:negative", 2.5), ("w:quoted", -1.0)], -2.0, 0.5);
    assert_eq!(flags(&m, "A grim plan.").len(), 1);
    assert!(flags(&m, "A \u{201c}grim\u{201d} plan, he said.").is_empty());
}

#[test]
fn fast_logits_equal_the_reference_builder() {
    let m = WordModel::builtin();
    let texts = [
        "The senator slammed the \u{201c}so-called\u{201d} reform. Critics say it is a squalid, \
         far-left scheme!\nOfficials in Kiev reportedly denied it; the regime's thugs did not.",
        "A brilliant, HEROIC rescue\u{2014}\"truly historic\" said the mayor. It's done.",
        "",
        "one",
    ];
    let mut table = WordTable::default();
    let mut cache = WordCache::default();
    let mut words = Vec::new();
    // Twice over the same table: the second pass reads every word from the cache.
    for _ in 0..2 {
        for text in texts {
            table.read(text, &mut words);
            let terms = Lexicon::builtin().find(text);
            let fast = logits(m, text, &words, &table, &terms, &mut cache);
            let slow: Vec<f32> = reference_features(m.layout(), m.lists(), text, &terms)
                .iter()
                .map(|a| m.logit_of(a))
                .collect();
            assert_eq!(fast.len(), slow.len());
            for (k, (a, b)) in fast.iter().zip(&slow).enumerate() {
                assert!((a - b).abs() < 1e-4, "word {k} of {text:?}: {a} vs {b}");
            }
        }
    }
}

#[test]
fn model_file_round_trips_and_bad_files_are_refused() {
    let m = WordModel::builtin();
    let json = m.file().to_json();
    let back = WordModel::from_json(std::str::from_utf8(&json).expect("utf-8"), "copy")
        .expect("the written file loads");
    assert_eq!(back.file(), m.file());
    assert_eq!(back.file().to_json(), json);

    let err = |f: &dyn Fn(&mut ModelFile)| {
        let mut file = m.file().clone();
        f(&mut file);
        WordModel::from_file(file, "bad.json")
            .expect_err("refused")
            .to_string()
    };
    let e = err(&|f| {
        f.weights.pop();
    });
    assert!(e.contains("bad.json") && e.contains("weights for"), "{e}");
    let e = err(&|f| {
        f.features.pop();
        f.weights.pop();
    });
    assert!(e.contains("retrain"), "{e}");
    assert!(err(&|f| f.threshold = 1.5).contains("threshold"));
    assert!(err(&|f| f.weights[3] = f32::NAN).contains("finite"));
    assert!(err(&|f| f.format = "other".into()).contains("format"));
    assert!(err(&|f| {
        f.word_lists.insert("mpqa".into(), vec![]);
    })
    .contains("unknown word list"));
    let e = WordModel::from_json("{\"format\": 3", "cut.json")
        .expect_err("refused")
        .to_string();
    assert!(e.contains("cut.json"), "{e}");
}

#[test]
fn the_builtin_model_is_trained_and_flags_words_outside_the_lexicon() {
    let m = WordModel::builtin();
    assert!(m.threshold() > 0.0 && m.threshold() < 1.0);
    assert!(m.file().training.words > 1000);
    assert_eq!(m.file().word_lists.len(), LISTS.len());
    // Opinion words raise loadedness; quotation lowers it.
    let w = |n: &str| m.file().weights[m.layout().at(n)];
    assert!(w("w:list:positive") > 0.0 && w("w:list:negative") > 0.0);
    assert!(w("w:quoted") < 0.0);
}

#[test]
fn difflib_alignment_labels_removed_and_replaced_words() {
    // Hand-worked: a = [the brave senator boldly said no], b = [the senator said no].
    let a = ["the", "brave", "senator", "boldly", "said", "no"];
    let b = ["the", "senator", "said", "no"];
    assert_eq!(matching_blocks(&a, &b), [(0, 0, 1), (2, 1, 1), (4, 2, 2)]);
    assert_eq!(
        biased_word_labels("The brave senator boldly said no.", "the senator said no"),
        [1, 3]
    );
    // A replaced word is labelled; case and punctuation do not count as edits.
    assert_eq!(
        biased_word_labels("He murdered 76 people.", "He killed 76 people!"),
        [1]
    );
    // Difflib takes the longest block first: "a b" matches before the lone "c".
    assert_eq!(
        matching_blocks(&["c", "a", "b"], &["a", "b", "c"]),
        [(1, 0, 2)]
    );
    let w = eval_words("Don't far-right, naïve_x");
    let words: Vec<&str> = w.iter().map(|x| x.2.as_str()).collect();
    assert_eq!(words, ["don", "t", "far", "right", "naïve", "x"]);
}

/// Edit pairs written for the test: loaded adjectives removed from news-like sentences.
fn pairs() -> Vec<Pair> {
    let adjs = ["bizarre", "toxic", "brilliant", "shameful", "heroic"];
    let nouns = ["plan", "speech", "rally", "decision", "report"];
    let mut out = Vec::new();
    for i in 0..400 {
        let a = adjs[i % adjs.len()];
        let n = nouns[(i / 5) % nouns.len()];
        out.push(Pair {
            id: format!("t-{i}"),
            biased: format!("The council released a {a} {n} on day {i} of the session."),
            neutral: format!("The council released a {n} on day {i} of the session."),
        });
    }
    out
}

#[test]
fn training_is_deterministic_and_learns_the_labels() {
    let mut l = BTreeMap::new();
    l.insert(
        "negative".to_string(),
        vec!["bizarre".into(), "toxic".into(), "shameful".into()],
    );
    l.insert("positive".to_string(), vec!["brilliant".into()]);
    let lists = WordLists::from_lists(&l, "test").expect("lists");
    let params = WordTrainParams {
        alpha: 1.0,
        max_iterations: 100,
        seed: 7,
    };
    let a = train(&pairs(), lists.clone(), params).expect("trains");
    let b = train(&pairs(), lists.clone(), params).expect("trains");
    assert_eq!(a.to_json(), b.to_json());
    // Only the training half is read, and a slice of it is held out.
    assert!(a.training.pairs < 400 && a.training.pairs > 100);
    assert!(a.training.threshold_pairs > 0 && a.training.threshold_pairs < a.training.pairs);
    let m = WordModel::from_file(a, "trained").expect("loads");
    let w = |n: &str| m.file().weights[m.layout().at(n)];
    assert!(w("w:list:negative") > 0.5, "{}", w("w:list:negative"));
    // Another seed holds out another slice.
    let c = train(&pairs(), lists, WordTrainParams { seed: 8, ..params }).expect("trains");
    assert_ne!(c.training.threshold_pairs, 0);
    assert_ne!(c.to_json(), m.file().to_json());
}
