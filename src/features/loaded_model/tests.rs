use super::*;
use crate::features::lexicon::Lexicon;
use crate::features::loaded_train::{
    biased_word_labels, eval_words, matching_blocks, train, Pair, WordTrainParams,
};

/// Word lists written for the tests.
fn lists() -> WordLists {
    let mut l = BTreeMap::new();
    let words = |ws: &[&str]| ws.iter().map(|w| w.to_string()).collect::<Vec<_>>();
    l.insert(
        "positive".to_string(),
        words(&["brilliant", "best", "likely", "happily"]),
    );
    l.insert(
        "negative".to_string(),
        words(&["squalid", "grim", "sadly", "failed", "damaging"]),
    );
    l.insert("report_verbs".to_string(), words(&["say"]));
    l.insert("hedges".to_string(), words(&["likely"]));
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
    // A lexicon match gives its category to the word, not to its neighbours: no
    // feature says that the word before or after is covered by one.
    let f = names_at("They called him a thug yesterday.", 4);
    assert!(has(&f, "w:lex:epithet") && has(&f, "w:lex:any"), "{f:?}");
    for k in [3, 5] {
        let f = names_at("They called him a thug yesterday.", k);
        assert!(!f.iter().any(|n| n.contains(":lex:")), "{k}: {f:?}");
    }
    assert!(!feature_names()
        .iter()
        .any(|n| n == "p:lex:any" || n == "n:lex:any"));
    let f = names_at("A far-left group marched.", 1);
    assert!(has(&f, "w:ideology_prefix") && has(&f, "w:hyphen"), "{f:?}");
}

#[test]
fn degree_words_copulas_and_reporting_verbs_are_context() {
    // Critics(0) said(1) the(2) plan(3) was(4) utterly(5) reckless(6). It(7) is(8) grim(9).
    let text = "Critics said the plan was utterly reckless. It is grim.";
    let f = names_at(text, 6);
    assert!(has(&f, "p:degree") && !has(&f, "p:copula"), "{f:?}");
    assert!(has(&f, "w:after_report"), "{f:?}");
    let f = names_at(text, 5);
    assert!(has(&f, "p:copula") && !has(&f, "p:degree"), "{f:?}");
    // The reporting verb itself, and the words before it, are not after one.
    assert!(!has(&names_at(text, 1), "w:after_report"));
    assert!(!has(&names_at(text, 0), "w:after_report"));
    // A new sentence starts without one.
    let f = names_at(text, 9);
    assert!(has(&f, "p:copula") && !has(&f, "w:after_report"), "{f:?}");
    // A report verb by its crude lemma counts too ("says" for "say").
    assert!(has(&names_at("She says it was grim.", 3), "w:after_report"));
    assert!(!has(
        &names_at("She knew it was grim.", 3),
        "w:after_report"
    ));
}

#[test]
fn words_of_no_adjective_suffix_need_the_higher_bar_alone() {
    // "grim" (no adjective or adverb suffix: as often a noun or verb) at confidence
    // 0.33, above the threshold but below ALONE_STRICT, is not flagged alone;
    // "brilliant" is. At 0.73 both are.
    let text = "A grim, brilliant plan.";
    let alone =
        |m: &WordModel| -> Vec<String> { flags(m, text).into_iter().map(|f| f.0).collect() };
    assert_eq!(alone(&model_with(&[], -0.7, 0.3)), ["brilliant"]);
    assert_eq!(alone(&model_with(&[], 1.0, 0.3)), ["grim", "brilliant"]);
    // After a copula or a degree word it is an adjective and the threshold is enough.
    let low = model_with(&[], -0.7, 0.3);
    for text in ["The outlook was grim.", "A very grim outlook."] {
        let got: Vec<String> = flags(&low, text).into_iter().map(|f| f.0).collect();
        assert_eq!(got, ["grim"], "{text}");
    }
}

#[test]
fn distancing_hedges_are_kept_below_the_threshold() {
    // Every word at confidence 0.12, threshold 0.5: "reportedly" stays, with its
    // confidence; "arguably" (a hedge that is not distancing) needs the threshold.
    let m = model_with(&[], -2.0, 0.5);
    let got = flags(
        &m,
        "Officials reportedly met, and the plan arguably failed.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0.as_str(), got[0].1), ("reportedly", "hedge"));
    assert!((got[0].2 - sigmoid(-2.0)).abs() < 1e-6);
}

#[test]
fn the_threshold_maximises_cross_validated_f_beta() {
    use crate::features::loaded_train::{choose_threshold_of_counts, f_beta};
    assert_eq!(f_beta(1.0, 1.0, 0.5), 1.0);
    assert_eq!(f_beta(0.0, 0.0, 1.0), 0.0);
    assert!((f_beta(0.5, 1.0, 1.0) - 2.0 / 3.0).abs() < 1e-12);
    // Counts [tp, fp, fn] of the flags at 0.05, 0.06, ..., 0.95: 4 labelled words;
    // up to 0.20 all four are flagged with two wrong ones, up to 0.80 two right
    // ones alone, above that none.
    let counts: Vec<[usize; 3]> = (5..=95)
        .map(|k| match k {
            ..=20 => [4, 2, 0],
            21..=80 => [2, 0, 2],
            _ => [0, 0, 4],
        })
        .collect();
    // F1 is best flagging all four (precision 4/6, recall 1), at the highest
    // threshold that does; F0.5, which weighs precision more, the two surest.
    let (t, (p, r, _)) = choose_threshold_of_counts(&counts, 1.0, 0.0, 0.0);
    assert!((t - 0.2).abs() < 1e-6, "{t}");
    assert!((p - 4.0 / 6.0).abs() < 1e-12 && r == 1.0);
    let (t, (p, r, _)) = choose_threshold_of_counts(&counts, 0.5, 0.0, 0.0);
    assert!((t - 0.8).abs() < 1e-6, "{t}");
    assert_eq!((p, r), (1.0, 0.5));
    // A precision floor leaves out the thresholds whose flags fall below it; one
    // that none reaches leaves them all in.
    let (t, (p, _, _)) = choose_threshold_of_counts(&counts, 1.0, 0.7, 0.0);
    assert!((t - 0.8).abs() < 1e-6 && p == 1.0, "{t}");
    let mut low = counts.clone();
    low.iter_mut().for_each(|c| *c = [1, 9, 3]);
    low[0] = [2, 8, 2];
    let (t, _) = choose_threshold_of_counts(&low, 1.0, 0.5, 0.0);
    assert!((t - 0.05).abs() < 1e-6, "{t}");
    // A floor on the threshold leaves out the thresholds below it: the best F1 at
    // 0.30 or above is the highest threshold that flags the two sure words.
    let (t, (p, r, _)) = choose_threshold_of_counts(&counts, 1.0, 0.0, 0.3);
    assert!((t - 0.8).abs() < 1e-6, "{t}");
    assert_eq!((p, r), (1.0, 0.5));
    // A floor at a threshold of the grid may choose it; the precision floor is
    // looked for among the thresholds the floor allows.
    let (t, _) = choose_threshold_of_counts(&counts, 1.0, 0.0, 0.2);
    assert!((t - 0.2).abs() < 1e-6, "{t}");
    let (t, _) = choose_threshold_of_counts(&low, 1.0, 0.5, 0.3);
    assert!((t - 0.95).abs() < 1e-6, "{t}");
}

#[test]
fn flags_are_counted_by_word_in_the_outlet_voice() {
    use crate::features::loaded_train::{biased_word_labels, flag_counts};
    let biased = "The shameless mayor said \"a disgraceful plan\" would pass.";
    let labels = biased_word_labels(biased, "The mayor said \"a disgraceful plan\" would pass.");
    assert_eq!(labels, [1]);
    let terms = Lexicon::builtin().find(biased);
    let got: Vec<(&str, Voice)> = terms.iter().map(|t| (t.text.as_str(), t.voice)).collect();
    assert!(got.contains(&("shameless", Voice::Outlet)), "{got:?}");
    assert!(got.contains(&("disgraceful", Voice::Quoted)), "{got:?}");
    // "shameless" is right; the quoted "disgraceful" is not counted at all.
    assert_eq!(flag_counts(biased, &terms, &labels), [1, 0, 0]);
    assert_eq!(flag_counts(biased, &terms, &[0]), [0, 1, 1]);
    assert_eq!(flag_counts(biased, &[], &labels), [0, 0, 1]);
}

#[test]
fn training_flags_are_the_flags_slant_reports() {
    use crate::features::block::FeatureBlock;
    use crate::features::loaded::LoadedBlock;
    use crate::features::loaded_train::{logit_of_threshold, terms_at};
    let model = WordModel::builtin();
    let cut = logit_of_threshold(model.threshold());
    let mut doc = Document::new(crate::features::words::describe);
    for text in [
        "The shameless mayor slammed the plan, which critics called disgusting.",
        "Sadly, the brilliant reform failed, experts say, in a very bizarre vote.",
        "Officials reportedly met in Kiev; \"a grim plan,\" he said, was a disaster.",
        "The council approved the budget on Tuesday.",
    ] {
        doc.read(None, text);
        let want = LoadedBlock::new(Detail::Full)
            .measure(&doc, &mut WordModelScratch::default())
            .terms;
        let found = crate::features::lexicon::find_read(
            doc.body(),
            doc.words(),
            doc.quotes(),
            Detail::Full,
        );
        let got = terms_at(model, cut, &doc, &found, &mut WordModelScratch::default());
        assert!(!want.is_empty() || text.contains("budget"), "{text}");
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn words_inside_quotations() {
    // One quote rule with the voice of loaded terms: the attribution finder's
    // quotations that are not scare quotes.
    let quoted = |text: &str| -> Vec<String> {
        let mut out = Vec::new();
        let mut k = 0;
        crate::text::for_each_token(text, |s, e| {
            if has(&names_at(text, k), "w:quoted") {
                out.push(text[s..e].to_string());
            }
            k += 1;
        });
        out
    };
    assert_eq!(
        quoted("He said \u{201c}a grim plan\u{201d} and left."),
        ["a", "grim", "plan"]
    );
    assert_eq!(
        quoted("\"It is a brilliant plan,\" the mayor said."),
        ["It", "is", "a", "brilliant", "plan"]
    );
    // A scare quote is the outlet's word; curly single quotation marks quote
    // as double ones do.
    assert!(quoted("It is a \u{201c}brilliant\u{201d} idea.").is_empty());
    assert_eq!(
        quoted("He said \u{2018}a grim plan\u{2019} today."),
        ["a", "grim", "plan"]
    );
    assert!(quoted("no quotes here").is_empty());
    // The same rule gives the voice of a term the model flags on its own.
    let m = model_with(&[("w:list:negative", 2.5)], -2.0, 0.5);
    let voices = |text: &str| -> Vec<(String, Voice)> {
        run_flag(&m, text)
            .into_iter()
            .map(|t| (t.text, t.voice))
            .collect()
    };
    assert_eq!(
        voices("He said \u{201c}a grim plan\u{201d} and left."),
        [("grim".to_string(), Voice::Quoted)]
    );
    assert_eq!(
        voices("It is a \u{201c}grim\u{201d} idea."),
        [("grim".to_string(), Voice::Outlet)]
    );
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
            folds: 0,
            words: 0,
            loaded_words: 0,
            alpha: 1.0,
            max_iterations: 1,
            seed: 0,
            beta: 1.0,
            min_precision: 0.0,
            min_threshold: 0.0,
            cv_precision: 0.0,
            cv_recall: 0.0,
            cv_f1: 0.0,
        },
        word_lists: lists().to_lists(),
    };
    WordModel::from_file(file, "test").expect("valid")
}

/// The terms [`flag`] reports for `model` on `text` (a fresh table and cache).
fn run_flag(model: &WordModel, text: &str) -> Vec<LoadedTerm> {
    let mut doc = crate::document::Document::new(crate::features::words::describe);
    doc.read(None, text);
    let found = Lexicon::builtin().find_all(text);
    let mut cache = WordModelScratch::default();
    flag(
        model,
        &doc,
        found.terms,
        &found.declined,
        &mut cache,
        Detail::Full,
    )
}

/// Flags of `model` on `text` through the fast path: (words, category id, confidence).
fn flags(model: &WordModel, text: &str) -> Vec<(String, &'static str, f32)> {
    run_flag(model, text)
        .into_iter()
        .map(|t| (t.text, t.category.id(), t.confidence.expect("model ran")))
        .collect()
}

#[test]
fn threshold_decides_what_is_flagged() {
    // Logit of "squalid" = -2 + 2.5 = 0.5 (p 0.62); other words -2 (p 0.12).
    let text = "A squalid and grand speech.";
    let m = model_with(&[("w:list:negative", 2.5)], -2.0, 0.5);
    let got = flags(&m, text);
    assert_eq!(got.len(), 1);
    assert_eq!((got[0].0.as_str(), got[0].1), ("squalid", "evaluative"));
    assert!((got[0].2 - sigmoid(0.5)).abs() < 1e-6);
    // Just above its confidence, nothing.
    assert!(flags(&model_with(&[("w:list:negative", 2.5)], -2.0, 0.63), text).is_empty());
    // Far lower, every opinion adjective and adverb (other words are never flagged on
    // their own; "grim", of no adjective suffix, needs ALONE_STRICT).
    let text = "A brilliant and grim speech, sadly.";
    let got = flags(&model_with(&[("w:list:negative", 0.0)], -2.0, 0.1), text);
    let got: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(got, ["brilliant", "sadly"]);
    // A lexicon match keeps its category and takes its best word's confidence;
    // below the threshold it is dropped.
    let text = "Officials arguably backed the grim plan.";
    let m = model_with(&[("w:lex:any", 3.0)], -2.0, 0.5);
    let got = flags(&m, text);
    assert_eq!(got.len(), 1);
    assert_eq!((got[0].0.as_str(), got[0].1), ("arguably", "hedge"));
    assert!(flags(&model_with(&[("w:lex:any", 1.0)], -2.0, 0.5), text).is_empty());
    // A naming choice stays below the threshold, with its confidence.
    let got = flags(&model_with(&[], -2.0, 0.5), "Officials in Kiev met.");
    assert_eq!(got.len(), 1);
    assert_eq!((got[0].0.as_str(), got[0].1), ("Kiev", "naming"));
    assert!((got[0].2 - sigmoid(-2.0)).abs() < 1e-6);
    // So does an ideological label.
    let got = flags(&model_with(&[], -2.0, 0.5), "The far-left mayor spoke.");
    assert_eq!(got.len(), 1);
    assert_eq!(
        (got[0].0.as_str(), got[0].1),
        ("far-left", "ideological_label")
    );
    // Quotation lowers a word below the threshold.
    let m = model_with(&[("w:list:negative", 2.5), ("w:quoted", -1.0)], -2.0, 0.5);
    assert_eq!(flags(&m, "A grim plan.").len(), 1);
    assert!(flags(&m, "A \u{201c}grim\u{201d} plan, he said.").is_empty());
}

/// A model with a weight on every feature, the features of every lexicon entry
/// included (a fixed pseudo-random sequence), so no feature goes unchecked.
fn model_with_every_weight() -> WordModel {
    let lex = Lexicon::builtin();
    let mut entries: Vec<String> = (0..lex.entry_count())
        .map(|e| lex.entry_feature(e))
        .collect();
    entries.sort();
    entries.dedup();
    // Opinion words of the test lists.
    entries.extend(["w:id:brilliant", "w:id:grim", "w:id:squalid"].map(String::from));
    let layout = Layout::with_entries(&entries);
    let mut x = 12345u64;
    let weights = (0..layout.names().len())
        .map(|_| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((x >> 40) as f32 / (1u64 << 24) as f32) * 4.0 - 2.0
        })
        .collect();
    let mut file = model_with(&[], 0.0, 0.5).file().clone();
    file.features = layout.names().to_vec();
    file.weights = weights;
    WordModel::from_file(file, "test").expect("valid")
}

#[test]
fn fast_logits_equal_the_reference_builder() {
    let texts = [
        "The senator slammed the \u{201c}so-called\u{201d} reform. Critics say it is a squalid, \
         far-left scheme!\nOfficials in Kiev reportedly denied it; the regime's thugs did not.",
        "A brilliant, HEROIC rescue\u{2014}\"truly historic\" said the mayor. It's done.",
        "He claimed the claims were a \u{201c}hoax\u{201d}, \"a brutal regime of lies,\" she said. \
         Far-right Trumpism, anti-science mobs and the Assad regime claim victory.",
        "Critics said the plan was utterly reckless. It is so grim, they say; very bad. \
         It seems brilliant, she told us, and remains squalid.",
        "",
        "one",
    ];
    let every = model_with_every_weight();
    for m in [WordModel::builtin(), &every] {
        let mut table = WordTable::default();
        let mut cache = WordModelScratch::default();
        let mut words = Vec::new();
        // Twice over the same table: the second pass reads every word from the cache.
        for _ in 0..2 {
            for text in texts {
                table.read(text, &mut words);
                let terms = Lexicon::builtin().find(text);
                let mut quotes = Vec::new();
                crate::text::quotes::find_quotes_into(text, &mut quotes);
                let fast = logits(m, text, &words, &table, &quotes, &terms, &mut cache);
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
}

#[test]
fn fast_flags_equal_the_plain_ones() {
    let texts = [
        "The senator slammed the \u{201c}so-called\u{201d} reform. Critics say it is a squalid, \
         far-left scheme!\nOfficials in Kiev reportedly denied it; the regime's thugs did not.",
        "A brilliant, HEROIC rescue\u{2014}\"truly historic\" said the mayor. It's done.",
        "Sadly, the grim and brilliant plan failed. He said the best damaging, \
         squalid deal was likely; she told us it was grim. Brilliantly done, Grim said.",
        "Critics said the plan was utterly reckless. It is so grim, they say; very bad. \
         It seems brilliant, she told us, and remains squalid. \"A grim, squalid hoax,\" \
         he wrote.",
        "An overwhelming majority backed the overwhelming, grim plan. The response was \
         overwhelming; the so-called Grim Reaper came.",
        "",
        "grim",
    ];
    // Low thresholds flag most opinion words; a high one almost none.
    let every = model_with_every_weight();
    let low = model_with(
        &[("w:list:negative", 1.0), ("w:after_report", -0.5)],
        -1.0,
        0.3,
    );
    let high = model_with(
        &[("w:list:negative", 2.5), ("n:list:positive", 1.0)],
        -2.0,
        0.7,
    );
    let (mut alone, mut masses) = (0, 0);
    for m in [WordModel::builtin(), &every, &low, &high] {
        let mut doc = crate::document::Document::new(crate::features::words::describe);
        let (mut fast_cache, mut plain_cache) =
            (WordModelScratch::default(), WordModelScratch::default());
        // Twice: the second pass reads every word's sums from the caches.
        for _ in 0..2 {
            for text in texts {
                doc.read(None, text);
                for detail in [Detail::Full, Detail::Figures] {
                    let found = crate::features::lexicon::find_read(
                        text,
                        doc.words(),
                        doc.quotes(),
                        detail,
                    );
                    let (terms, declined) = (found.terms, found.declined);
                    let fast = flag(m, &doc, terms.clone(), &declined, &mut fast_cache, detail);
                    let plain = flag_plain(m, &doc, terms, &declined, &mut plain_cache, detail);
                    assert_eq!(fast, plain, "{text:?}");
                    // The density's mass of the words no flag covers, from every
                    // word's logit the plain way.
                    let mut want = [0.0f64; 2];
                    for (w, &z) in doc.words().iter().zip(&plain_cache.logits) {
                        let covered = plain.iter().any(|t| t.start < w.end && w.start < t.end);
                        if !covered && sigmoid(z) >= DENSITY_FLOOR {
                            let quoted = crate::features::lexicon::inside(
                                &plain_cache.quotes,
                                w.start,
                                w.end,
                            );
                            want[usize::from(quoted)] += f64::from(sigmoid(z));
                        }
                    }
                    let got = unflagged_mass(m, &doc, &fast, &fast_cache);
                    for k in 0..2 {
                        assert!(
                            (got[k] - want[k]).abs() < 1e-6,
                            "{text:?}: {got:?} {want:?}"
                        );
                    }
                    masses += u32::from(want[0] > 0.0) + u32::from(want[1] > 0.0);
                    alone += fast
                        .iter()
                        .filter(|t| t.category == Category::Evaluative)
                        .count();
                }
            }
        }
    }
    assert!(alone >= 10, "words flagged on their own: {alone}");
    assert!(masses >= 10, "texts with an unflagged mass: {masses}");
}

#[test]
fn word_keys_carry_what_flagging_alone_asks() {
    let m = WordModel::builtin();
    let words = [
        "popular",
        "Popular",
        "best",
        "liberal",
        "criminal",
        "brilliantly",
        "said",
        "claims",
        "free",
        "tragically",
        "the",
        "grim",
        "deadly",
        "controversial",
        "significant",
        "x",
    ];
    for surface in words {
        let mut lower = String::new();
        lower_word(surface, &mut lower);
        let key = word_key(&m.ctx, m.lists(), surface, &lower);
        assert_eq!(
            AloneFacts::of_key(key),
            AloneFacts::of_word(m.lists(), &lower),
            "{surface}"
        );
    }
    let facts = |w: &str| AloneFacts::of_word(m.lists(), w);
    assert!(facts("critical").set_head && facts("best").descriptive && facts("liberal").plain);
    assert!(!facts("grim").set_head && !facts("grim").plain);
}

#[test]
fn lemmas_strip_suffixes_and_keep_the_list_bits() {
    // Lemmas: each stripped form once, sorted, never the word itself.
    assert_eq!(lemmas("stopped"), ["stop", "stopp", "stoppe"]);
    assert_eq!(lemmas("studies"), ["studi", "studie", "study"]);
    assert_eq!(lemmas("happily"), ["happi", "happile", "happy"]);
    assert!(lemmas("cat").is_empty() && lemmas("glass").is_empty() && lemmas("naïves").is_empty());
    // The list bits of the lemmas are those of the lemmas' own entries.
    let l = lists();
    for w in ["says", "saying", "grimly", "brilliantly", "squalid"] {
        let by_list = lemmas(w).iter().fold(0, |acc, x| acc | l.of(x));
        assert_eq!(l.of_lemmas(w), by_list, "{w}");
    }
    assert_ne!(l.of_lemmas("says"), 0);
}

#[test]
fn names_are_not_flagged_on_their_own() {
    // A model that flags every word it sees on its own.
    let m = model_with(&[], 3.0, 0.5);
    let alone = |text: &str| alone_flags(&m, text);
    // "Grim" inside a sentence is a name; "Happily" opens one as an adverb.
    assert_eq!(
        alone("Later Grim and Golden State met. Happily, it was grim."),
        ["Happily", "grim"]
    );
    assert_eq!(alone("Grim news arrived. Happily it rained."), ["Happily"]);
}

#[test]
fn words_alone_are_opinion_adjectives_and_adverbs() {
    // A model that gives every word confidence 0.95: only the word's class decides.
    let m = model_with(&[], 3.0, 0.5);
    let alone = |text: &str| alone_flags(&m, text);
    // Words of no opinion list are never flagged on their own, however confident.
    assert_eq!(
        alone("The mayor gave a grim speech about the squalid housing."),
        ["grim", "squalid"]
    );
    // An -ed or -ing opinion word counts only before a noun, after a determiner,
    // possessive or degree word; as a verb it does not.
    assert_eq!(alone("The failed plan cost millions."), ["failed"]);
    assert_eq!(alone("The council failed to act."), Vec::<String>::new());
    assert_eq!(alone("It was a deeply damaging leak."), ["damaging"]);
    assert_eq!(alone("They kept damaging the fence."), Vec::<String>::new());
    // After an auxiliary, pronoun, noun or name an -ly adverb opens a verb phrase:
    // the -ed form is its verb, even before a noun.
    assert_eq!(
        alone("The council has repeatedly failed voters."),
        Vec::<String>::new()
    );
    assert_eq!(
        alone("Acme quietly failed inspectors."),
        Vec::<String>::new()
    );
    assert_eq!(
        alone("They recently failed students."),
        Vec::<String>::new()
    );
    assert_eq!(alone("The quietly failed plan cost millions."), ["failed"]);
    assert_eq!(alone("Our quietly failed plan cost millions."), ["failed"]);
    // Standard political descriptors never stand alone.
    let m2 = model_with(&[], 3.0, 0.5);
    let mut file = m2.file().clone();
    file.word_lists
        .get_mut("positive")
        .expect("listed")
        .push("conservative".into());
    let m2 = WordModel::from_file(file, "test").expect("valid");
    assert!(flags(&m2, "A conservative group sued.").is_empty());
}

#[test]
fn discreet_manner_adverbs_before_their_verb_are_not_flagged_alone() {
    // A model that flags every opinion word it sees on its own, with "quietly" and
    // "privately" among the opinion words.
    let mut file = model_with(&[], 3.0, 0.5).file().clone();
    let negative = file.word_lists.get_mut("negative").expect("listed");
    negative.extend(["quietly", "privately"].map(String::from));
    let m = WordModel::from_file(file, "test").expect("valid");
    let alone = |text: &str| alone_flags(&m, text);
    // After an auxiliary, a pronoun or a name and right before a verb: the manner of
    // the act, reported.
    assert_eq!(
        alone("Officials have quietly urged the council to wait."),
        Vec::<String>::new()
    );
    assert_eq!(
        alone("The firm is quietly preparing a bid."),
        Vec::<String>::new()
    );
    assert_eq!(alone("Ruiz privately agreed."), Vec::<String>::new());
    // Before an adjective, or after a determiner, it stays an opinion word.
    assert_eq!(
        alone("The essay is funny and quietly devastating."),
        ["quietly"]
    );
    assert_eq!(alone("The quietly smug nominee smiled."), ["quietly"]);
}

#[test]
fn reporting_conventions_and_descriptive_words_need_a_higher_bar() {
    // Every word at confidence sigmoid(-0.7) = 0.33: above the threshold 0.3 but below
    // ALONE_STRICT, so the hedge "likely" and the descriptive "best" are not flagged,
    // while "brilliant" is.
    assert!(sigmoid(-0.7) < ALONE_STRICT);
    let low = model_with(&[], -0.7, 0.3);
    let text = "The brilliant plan will likely pass, the best outcome.";
    let got: Vec<String> = flags(&low, text).into_iter().map(|f| f.0).collect();
    assert_eq!(got, ["brilliant"]);
    // At confidence 0.73 they are.
    let high = model_with(&[], 1.0, 0.3);
    assert!(sigmoid(1.0) >= DESCRIPTIVE_ALONE);
    let got: Vec<String> = flags(&high, text).into_iter().map(|f| f.0).collect();
    assert_eq!(got, ["brilliant", "likely", "best"]);
    // Between the two bars (0.45) the hedge stands alone, the descriptive word not yet.
    let mid = model_with(&[], -0.2, 0.3);
    assert!(sigmoid(-0.2) >= ALONE_STRICT && sigmoid(-0.2) < DESCRIPTIVE_ALONE);
    let got: Vec<String> = flags(&mid, text).into_iter().map(|f| f.0).collect();
    assert_eq!(got, ["brilliant", "likely"]);
}

#[test]
fn descriptive_words_before_a_person_keep_the_threshold() {
    // Every word at confidence 0.33: above the threshold 0.3, below both bars.
    let mut file = model_with(&[], -0.7, 0.3).file().clone();
    let positive = file.word_lists.get_mut("positive").expect("listed");
    positive.extend(["great", "good", "strong", "popular", "tough"].map(String::from));
    let m = WordModel::from_file(file, "test").expect("valid");
    let text = "Ms. Ortiz is a great teacher, and Lee was a good bowler. The great storm \
                hit; the best example was a popular singer. A strong Canadian leader spoke. \
                It was a tough general election.";
    // Praise of a person (after at most one nationality word) is flagged at the
    // threshold; of a thing ("general" heads an election here), or "popular" of a
    // person (mostly polls in news), not.
    let want = ["great", "good", "strong"];
    let got: Vec<String> = flags(&m, text).into_iter().map(|f| f.0).collect();
    assert_eq!(got, want);
    let mut doc = crate::document::Document::new(crate::features::words::describe);
    doc.read(None, text);
    let mut cache = WordModelScratch::default();
    let found = Lexicon::builtin().find_all(text);
    let plain = flag_plain(
        &m,
        &doc,
        found.terms,
        &found.declined,
        &mut cache,
        Detail::Full,
    );
    let plain: Vec<&str> = plain.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(plain, want);
    // A comma between them is not a noun phrase.
    assert!(flags(&m, "He was great, teacher.").is_empty());
}

#[test]
fn descriptive_words_before_a_compound_noun_for_a_person_keep_the_threshold() {
    // Confidence 0.33 as above: past names, two nationality words joined by "and" and
    // one modifier ("a successful child star") the word still praises a person; a
    // modifier before a noun for a thing ("a good news story") does not.
    let mut file = model_with(&[], -0.7, 0.3).file().clone();
    let positive = file.word_lists.get_mut("positive").expect("listed");
    positive.extend(["great", "good", "better"].map(String::from));
    let m = WordModel::from_file(file, "test").expect("valid");
    let text = "She was a great child star. He was a good French and Belgian singer. The \
                nation's better tax lawyers came. It was a good news story. The better tank \
                design won.";
    let got: Vec<String> = flags(&m, text).into_iter().map(|f| f.0).collect();
    assert_eq!(got, ["great", "good", "better"]);
}

#[test]
fn leading_is_never_flagged_alone() {
    // Confidence 0.73, above every bar: "a leading economist", "the leading candidate"
    // are wire-service descriptions; "successful" of a person is still praise.
    let mut file = model_with(&[], 1.0, 0.3).file().clone();
    let positive = file.word_lists.get_mut("positive").expect("listed");
    positive.extend(["successful", "leading"].map(String::from));
    let m = WordModel::from_file(file, "test").expect("valid");
    let text = "A leading economist and the leading candidate spoke.";
    assert!(flags(&m, text).is_empty(), "{:?}", flags(&m, text));
    let got: Vec<String> = flags(&m, "A successful businessman spoke.")
        .into_iter()
        .map(|f| f.0)
        .collect();
    assert_eq!(got, ["successful"]);
}

#[test]
fn successful_of_a_thing_reports_an_outcome() {
    // Confidence 0.73, above every bar: "a successful launch" and "her successful 2012
    // campaign" report how something ended; "a successful lawyer" praises a person.
    let mut file = model_with(&[], 1.0, 0.3).file().clone();
    let positive = file.word_lists.get_mut("positive").expect("listed");
    positive.extend(["successful"].map(String::from));
    let m = WordModel::from_file(file, "test").expect("valid");
    let text = "After a successful launch, her successful 2012 campaign ended. It was successful.";
    assert!(flags(&m, text).is_empty(), "{:?}", flags(&m, text));
    let got: Vec<String> = flags(&m, "He is a successful lawyer.")
        .into_iter()
        .map(|f| f.0)
        .collect();
    assert_eq!(got, ["successful"]);
}

#[test]
fn neutral_news_words_are_not_flagged_alone_by_the_builtin_model() {
    let got = builtin_flags(
        "Envoys held diplomatic meetings in Geneva on Monday. The senator famously \
         refused to vote for the bill. The firm previously worked \
         for the city, and the mayor's office offered reassurance to residents. The measure \
         will probably pass, aides said, and a conservative group backed it. The agency \
         criticized the delay and helped families find housing.",
    );
    let alone: Vec<&str> = got
        .iter()
        .filter(|g| g.1 == "evaluative")
        .map(|g| g.0.as_str())
        .collect();
    assert!(alone.is_empty(), "{got:?}");
    // Judging words are still flagged: name-calling and a charged verb whatever their
    // confidence, an emotional adjective by the model's.
    let got = builtin_flags(
        "The mayor's heartless plan was a disaster, and his thuggish aides mock the \
         families.",
    );
    for w in ["heartless", "thuggish", "mock"] {
        assert!(got.iter().any(|g| g.0 == w), "{w} missing from {got:?}");
    }
}

#[test]
fn entries_and_exact_forms_are_features() {
    let name = "w:entry:presupposing:claimed";
    let layout = Layout::with_entries(&[name.to_string()]);
    let text = "The senator claimed fraud.";
    let feats = reference_features(&layout, &lists(), text, &Lexicon::builtin().find(text));
    assert!(feats[2].contains(&(layout.at(name) as u32)));
    assert!(feats[2].contains(&(layout.at("w:lex:exact") as u32)));
    assert!(!feats[1].contains(&(layout.at(name) as u32)));
    // Exact: the words as the entry writes them; other forms of its stems are not.
    let lex = Lexicon::parse("[charged_verb]\nslam\n[epithet]\nthug\n", "test").expect("parses");
    let exact: Vec<(String, bool)> = lex
        .find("They slam it. He slammed the thugs. A thug.")
        .into_iter()
        .map(|t| (t.text, t.entry.expect("a lexicon entry").exact))
        .collect();
    let want = [
        ("slam", true),
        ("slammed", false),
        ("thugs", false),
        ("thug", true),
    ];
    assert_eq!(exact, want.map(|(w, e)| (w.to_string(), e)));
    // An entry's weight reaches the words of its matches on the fast path too.
    let mut file = model_with(&[], -2.0, 0.5).file().clone();
    file.features.push(name.into());
    file.weights.push(3.0);
    let m = WordModel::from_file(file.clone(), "test").expect("valid");
    let got = flags(&m, "The senator claimed fraud.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "claimed");
    // A file naming an entry this lexicon lacks, or one twice, is refused.
    let mut bad = file.clone();
    bad.features.push("w:entry:epithet:no such entry".into());
    bad.weights.push(1.0);
    let e = WordModel::from_file(bad, "bad.json")
        .expect_err("refused")
        .to_string();
    assert!(e.contains("bad.json") && e.contains("retrain"), "{e}");
    let mut bad = file;
    bad.features.push(name.into());
    bad.weights.push(1.0);
    let e = WordModel::from_file(bad, "bad.json")
        .expect_err("refused")
        .to_string();
    assert!(e.contains("twice"), "{e}");
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
        f.features.remove(3);
        f.weights.remove(3);
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
    let lists = WordLists::from_lists(&l_lists(), "test").expect("lists");
    let params = WordTrainParams {
        alpha: 1.0,
        max_iterations: 100,
        seed: 7,
        beta: 1.0,
        min_precision: 0.5,
        min_threshold: 0.0,
    };
    let a = train(&pairs(), lists.clone(), params).expect("trains");
    let b = train(&pairs(), lists.clone(), params).expect("trains");
    assert_eq!(a.to_json(), b.to_json());
    // Only the training half is read; the threshold comes from every fold.
    assert!(a.training.pairs < 400 && a.training.pairs > 100);
    assert_eq!(a.training.folds, crate::features::loaded_train::FOLDS);
    let m = WordModel::from_file(a, "trained").expect("loads");
    let w = |n: &str| m.file().weights[m.layout().at(n)];
    assert!(w("w:list:negative") > 0.5, "{}", w("w:list:negative"));
    // Opinion words frequent enough get features of their own.
    assert!(m.layout().get("w:id:toxic").is_some());
    // Another seed makes other folds, which the file records.
    let c = train(&pairs(), lists, WordTrainParams { seed: 8, ..params }).expect("trains");
    assert_eq!(c.training.seed, 8);
    assert_ne!(c.to_json(), m.file().to_json());
    // The beta is recorded, and must be above 0.
    assert_eq!(m.file().training.beta, 1.0);
    let l = WordLists::from_lists(&BTreeMap::new(), "test").expect("lists");
    let bad = train(
        &pairs(),
        l,
        WordTrainParams {
            beta: 0.0,
            ..params
        },
    );
    assert!(bad.unwrap_err().to_string().contains("--beta"));
    // So is the precision floor, which must lie from 0 to 1.
    assert_eq!(m.file().training.min_precision, 0.5);
    let bad = train(
        &pairs(),
        WordLists::from_lists(&BTreeMap::new(), "test").expect("lists"),
        WordTrainParams {
            min_precision: 1.5,
            ..params
        },
    );
    assert!(bad.unwrap_err().to_string().contains("--min-precision"));
    // A floor on the threshold holds the cut at or above it, and the file records
    // it (a file without one leaves it out).
    let lists_again = || WordLists::from_lists(&l_lists(), "test").expect("lists");
    let floored = train(
        &pairs(),
        lists_again(),
        WordTrainParams {
            min_threshold: 0.6,
            ..params
        },
    )
    .expect("trains");
    assert!(floored.threshold >= 0.6 - 1e-6, "{}", floored.threshold);
    assert_eq!(floored.training.min_threshold, 0.6);
    assert!(!String::from_utf8_lossy(&m.file().to_json()).contains("min_threshold"));
    let bad = train(
        &pairs(),
        lists_again(),
        WordTrainParams {
            min_threshold: -0.1,
            ..params
        },
    );
    assert!(bad.unwrap_err().to_string().contains("--min-threshold"));
}

/// The word lists of [`training_is_deterministic_and_learns_the_labels`].
fn l_lists() -> BTreeMap<String, Vec<String>> {
    let mut l = BTreeMap::new();
    l.insert(
        "negative".to_string(),
        vec!["bizarre".into(), "toxic".into(), "shameful".into()],
    );
    l.insert("positive".to_string(), vec!["brilliant".into()]);
    l
}

#[test]
fn opinion_words_are_features_as_written() {
    let l = lists();
    assert!(l.is_opinion("grim") && l.is_opinion("brilliant"));
    // Only as written, and only the opinion lists.
    assert!(!l.is_opinion("brilliantly") && !l.is_opinion("say") && !l.is_opinion("council"));
    let name = "w:id:squalid";
    let layout = Layout::with_entries(&[name.to_string()]);
    let text = "A squalid room and a grim one.";
    let feats = reference_features(&layout, &l, text, &Lexicon::builtin().find(text));
    let at = layout.at(name) as u32;
    assert!(feats[1].contains(&at));
    assert!(feats
        .iter()
        .enumerate()
        .all(|(k, f)| k == 1 || !f.contains(&at)));
    // Its weight reaches the word on the fast path; other listed words do not get it.
    let mut file = model_with(&[], -2.0, 0.5).file().clone();
    file.features.push(name.into());
    file.weights.push(3.0);
    let m = WordModel::from_file(file.clone(), "test").expect("valid");
    let got = flags(&m, text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "squalid");
    // A feature for a word of no opinion list is refused, naming the file.
    let mut bad = file;
    bad.features.push("w:id:say".into());
    bad.weights.push(1.0);
    let e = WordModel::from_file(bad, "bad.json")
        .expect_err("refused")
        .to_string();
    assert!(e.contains("bad.json") && e.contains("w:id:say"), "{e}");
}

#[test]
fn epithets_and_charged_verbs_are_kept_below_the_threshold() {
    // A model under which no word reaches the threshold.
    let m = model_with(&[], -4.0, 0.5);
    let got = flags(
        &m,
        "The thugs stormed the hall and the senator slammed them.",
    );
    let cats: Vec<(&str, &str)> = got.iter().map(|f| (f.0.as_str(), f.1)).collect();
    assert_eq!(cats, [("thugs", "epithet"), ("slammed", "charged_verb")]);
    assert!(got.iter().all(|f| (f.2 - sigmoid(-4.0)).abs() < 1e-6));
    // Another form of a charged verb's stem ("blast" for "blasted"), an intensifier
    // and a hedge still need the threshold.
    assert!(flags(&m, "The blast shook the town.").is_empty());
    assert_eq!(flags(&m, "Critics blasted the plan.")[0].0, "blasted");
    assert!(flags(&m, "Officials arguably met for an utterly routine review.").is_empty());
    // A conflict phrase is kept: the phrase is its own context. A hedge or
    // presupposing phrase is not ("some say", "the fact that").
    let got = flags(&m, "The aid will prolong the conflict.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0.as_str(), got[0].1),
        ("prolong the conflict", "conflict")
    );
    let text = "Some say they overlooked the fact that it rained.";
    assert!(flags(&m, text).is_empty());
    assert_eq!(Lexicon::builtin().find(text).len(), 2);
    // So is a hyperbole or metaphor phrase; a single intensifier is not.
    let got = flags(&m, "The cabal tightened its grip on the bizarre press.");
    let got: Vec<(&str, &str)> = got.iter().map(|f| (f.0.as_str(), f.1)).collect();
    assert_eq!(
        got,
        [("cabal", "epithet"), ("tightened its grip", "intensifier")]
    );
    // A single conflict word still needs the threshold.
    assert!(flags(&m, "The escalation began in spring.").is_empty());
    assert!(Lexicon::builtin()
        .find("The escalation began in spring.")
        .iter()
        .any(|t| t.category == Category::Conflict));
}

/// The (words, category id) the built-in lexicon and model report for `text`.
#[test]
fn plain_news_words_of_size_and_manner_are_not_flagged_alone() {
    // At any confidence: the word model never flags these on its own, though an
    // opinion list has them.
    let mut file = model_with(&[], 3.0, 0.3).file().clone();
    let positive = file.word_lists.get_mut("positive").expect("listed");
    positive.extend(
        [
            "successfully",
            "effectively",
            "powerful",
            "significant",
            "openly",
            "consistently",
            "properly",
            "precisely",
            "fairly",
            "sharply",
            "overwhelmingly",
            "influential",
            "sweeping",
            "friendly",
            "extremely",
            "brilliantly",
            "faithfully",
            "comprehensively",
            "readily",
            "credibly",
            "peaceful",
            "unusual",
            "supported",
            "recommended",
            "turbulent",
            "abruptly",
            "promptly",
            "unsuccessful",
            "unexpectedly",
            "renewed",
            "crowded",
            "favorable",
            "jobless",
            "left-leaning",
            "deadliest",
            "unusually",
            "substantive",
            "economically",
            "sensitive",
            "complicated",
            "consistent",
            "winning",
            "inappropriate",
            "contentious",
            "unconstitutional",
            "romantic",
            "warmly",
            "meaningful",
            "accurately",
            "hopeful",
            "aggressive",
        ]
        .map(String::from),
    );
    let high = WordModel::from_file(file, "test").expect("valid");
    let text = "The drug was successfully tested and effectively ended the outbreak. A \
                powerful storm and a significant rise followed; the openly gay mayor \
                consistently and properly answered, precisely as a fairly technical rule asks. \
                Prices fell sharply; voters overwhelmingly backed an influential group's \
                sweeping law. The two nations keep friendly ties; the crowd was friendly. \
                Snow is extremely rare here. The clerk must faithfully record each vote; the \
                statute comprehensively revised the code. Forms are readily available. The \
                board named priests credibly accused of abuse. Largely peaceful marches took an \
                unusual turn. A group that supported farmers set a recommended price. Markets \
                had a turbulent week.";
    let got: Vec<String> = flags(&high, text).into_iter().map(|f| f.0).collect();
    assert!(got.is_empty(), "{got:?}");
    // Timing, outcome and polling words of plain reporting.
    let text = "The envoy abruptly quit and the board promptly named a successor after an \
                unsuccessful search. Turnout was unexpectedly high, a renewed push filled a \
                crowded field, and most voters held a favorable view. The jobless rate fell, \
                a left-leaning group said, after the deadliest month in years. Rents are \
                unusually high in economically weak towns. The talks covered substantive and \
                sensitive matters in a complicated deal; the consistent winning candidate \
                spoke last. Staff alleged inappropriate remarks.";
    let got: Vec<String> = flags(&high, text).into_iter().map(|f| f.0).collect();
    assert!(got.is_empty(), "{got:?}");
    // Wire usage for a dispute, a ruling, a bond or a hope.
    let text = "After a contentious budget fight the court found the law unconstitutional. \
                He denied any romantic relationship and was warmly received in Ohio. The \
                talks made meaningful progress; no poll can accurately predict turnout, and the \
                presidential hopeful said she was hopeful. The senator took an aggressive \
                approach to the inquiry; his wife has an aggressive form of cancer.";
    let got: Vec<String> = flags(&high, text).into_iter().map(|f| f.0).collect();
    assert!(got.is_empty(), "{got:?}");
    // A judging adverb of the same shape still is.
    let got: Vec<String> = flags(&high, "He brilliantly answered.")
        .into_iter()
        .map(|f| f.0)
        .collect();
    assert_eq!(got, ["brilliantly"]);
}

#[test]
fn words_whose_entry_the_lexicon_declined_need_a_confident_model_alone() {
    // "overwhelming" is an entry that declines before "majority"; "invasive" shares
    // a stem with the entry "invasion", which declines outside its migrant sense.
    let mut file = model_with(&[("w:list:positive", 1.0)], -1.2, 0.3)
        .file()
        .clone();
    let positive = file.word_lists.get_mut("positive").expect("listed");
    positive.extend(["overwhelming", "invasive"].map(String::from));
    let low = WordModel::from_file(file.clone(), "test").expect("valid");
    // Confidence sigmoid(-0.2) = 0.45: above the threshold, under DECLINED_ALONE.
    let text = "An overwhelming majority of voters backed an invasive plan.";
    let got: Vec<String> = flags(&low, text).into_iter().map(|f| f.0).collect();
    assert_eq!(got, ["invasive"]);
    // Where the entry is not declined the lexicon flags it itself.
    let got: Vec<(String, &str)> = flags(&low, "The response was overwhelming.")
        .into_iter()
        .map(|f| (f.0, f.1))
        .collect();
    assert_eq!(got, [("overwhelming".to_string(), "intensifier")]);
    // A confident model still flags a declined word on its own.
    file.intercept = 0.0;
    let high = WordModel::from_file(file, "test").expect("valid");
    let got: Vec<String> = flags(&high, text).into_iter().map(|f| f.0).collect();
    assert_eq!(got, ["overwhelming", "invasive"]);
    assert!(sigmoid(1.0) >= DECLINED_ALONE && sigmoid(-0.2) < DECLINED_ALONE);
}

#[test]
fn declined_plain_uses_are_not_flagged_by_the_builtin_model() {
    for text in [
        "An overwhelming majority of voters backed the measure.",
        "He was later admitted to the hospital with minor injuries.",
        "The two countries have friendly relations, and the crowd was friendly.",
    ] {
        assert!(
            builtin_flags(text).is_empty(),
            "{text}: {:?}",
            builtin_flags(text)
        );
    }
}

#[test]
fn dissent_and_burning_are_plain_words_for_the_builtin_model() {
    // A judge's dissent, dissent that a government suppresses, a burning car and "a
    // burning question" are named plainly; a judging word beside them is still flagged.
    for text in [
        "The justice wrote in her dissent that the law was valid.",
        "Rights groups say the crackdown on dissent has widened.",
        "Firefighters found a burning car; the burning question is turnout.",
    ] {
        assert!(
            builtin_flags(text).is_empty(),
            "{text}: {:?}",
            builtin_flags(text)
        );
    }
    let got = builtin_flags("The regime's shameful crackdown on dissent widened.");
    assert!(got.iter().any(|f| f.0 == "shameful"), "{got:?}");
    assert!(!got.iter().any(|f| f.0 == "dissent"), "{got:?}");
}

#[test]
fn status_and_correction_words_are_plain_at_any_confidence() {
    // The word model never flags these on its own, though an opinion list has them.
    let mut file = model_with(&[], 3.0, 0.3).file().clone();
    let positive = file.word_lists.get_mut("positive").expect("listed");
    positive.extend(
        [
            "popular",
            "vulnerable",
            "infected",
            "unemployed",
            "striking",
            "promised",
            "trusted",
            "reliably",
            "costly",
            "incorrectly",
            "randomly",
            "hastily",
            "handily",
            "affluent",
            "brilliant",
        ]
        .map(String::from),
    );
    let high = WordModel::from_file(file, "test").expect("valid");
    let text = "The popular film drew vulnerable incumbents, infected patients and unemployed \
                workers. Striking teachers want the promised raise from the most trusted \
                agency in a reliably red state, after costly delays. An earlier version of \
                this article incorrectly listed the total. Voters were randomly chosen for a \
                hastily arranged forum; she handily won the affluent suburbs.";
    let got: Vec<String> = flags(&high, text).into_iter().map(|f| f.0).collect();
    assert!(got.is_empty(), "{got:?}");
    // A judging adjective beside them still is.
    let got: Vec<String> = flags(&high, "The brilliant film drew crowds.")
        .into_iter()
        .map(|f| f.0)
        .collect();
    assert_eq!(got, ["brilliant"]);
}

#[test]
fn nouns_of_adjective_shape_are_flagged_alone_only_after_a_copula() {
    // "-ly", "-ic", "-al" and "-ent" read as adjective or adverb suffixes, but these
    // words are nouns in news: "his opponent", "the supply chain", "an appeal".
    let mut file = model_with(&[], 3.0, 0.3).file().clone();
    let negative = file.word_lists.get_mut("negative").expect("listed");
    negative.extend(["opponent", "supply", "rhetoric", "appeal", "epidemic"].map(String::from));
    let high = WordModel::from_file(file, "test").expect("valid");
    let text = "His opponent blamed the supply chain, softened his rhetoric after the appeal \
                was rejected, and spoke of the opioid epidemic.";
    let got: Vec<String> = flags(&high, text).into_iter().map(|f| f.0).collect();
    assert!(got.is_empty(), "{got:?}");
    // After a copula the word is predicated of something and may be flagged.
    let got: Vec<String> = flags(&high, "The shortage is epidemic.")
        .into_iter()
        .map(|f| f.0)
        .collect();
    assert_eq!(got, ["epidemic"]);
}

fn builtin_flags(text: &str) -> Vec<(String, &'static str)> {
    run_flag(WordModel::builtin(), text)
        .into_iter()
        .map(|t| (t.text, t.category.id()))
        .collect()
}

#[test]
fn judgement_words_of_the_long_tail_are_flagged_by_the_builtin_model() {
    // The entries of the 2026-12-04 morning round reach the outlet's flags with the
    // built-in model; their plain twins are not flagged at all.
    for (text, word, plain) in [
        (
            "The senator is an unserious man who craves attention.",
            "unserious",
            "The senator is a quiet man who craves attention.",
        ),
        (
            "The council's response to the flood was ineffectual.",
            "ineffectual",
            "The council's response to the flood was slow.",
        ),
        (
            "The caravan grew in the president's fevered imagination.",
            "fevered",
            "Divers spent a week of fevered activity at the cave.",
        ),
        (
            "The senator should disown the cleric and his ilk.",
            "ilk",
            "Workers of every ilk joined the march.",
        ),
        (
            "The governor did his usual shtick about the press.",
            "shtick",
            "The governor gave his usual speech about the press.",
        ),
    ] {
        let got = builtin_flags(text);
        assert!(got.iter().any(|(t, _)| t == word), "{text}: {got:?}");
        assert!(
            builtin_flags(plain).is_empty(),
            "{plain}: {:?}",
            builtin_flags(plain)
        );
    }
}

#[test]
fn the_neutral_side_of_a_naming_pair_is_not_flagged() {
    let got = builtin_flags(
        "Protesters gathered outside the clinic as the coronavirus spread. The bill on \
         climate change and gun control passed after COVID-19 cases fell.",
    );
    assert!(got.is_empty(), "{got:?}");
    // The marked side is.
    let got = builtin_flags("Officials in Kiev discussed the Wuhan virus.");
    assert!(
        got.iter().any(|g| g.0 == "Kiev" && g.1 == "naming"),
        "{got:?}"
    );
    let got = builtin_flags("The Wuhan coronavirus has forced schools to close.");
    assert!(
        got.iter()
            .any(|g| g.0 == "Wuhan coronavirus" && g.1 == "naming"),
        "{got:?}"
    );
}

#[test]
fn a_literal_attack_is_not_flagged() {
    let got = builtin_flags(
        "The attack on the convoy killed three soldiers near the border on Tuesday. \
         Police said the attack began at dawn.",
    );
    assert!(!got.iter().any(|g| g.0.contains("attack")), "{got:?}");
}

#[test]
fn claims_as_a_noun_is_not_flagged() {
    let got = builtin_flags(
        "The insurer processed the claims within a week. The company rejected the claims \
         in a statement on Friday.",
    );
    assert!(!got.iter().any(|g| g.0.contains("claims")), "{got:?}");
}

#[test]
fn generic_intensifiers_are_not_flagged() {
    let got = builtin_flags(
        "Turnout was very high in the northern districts. A massive storm closed the port, \
         and the historic building reopened after repairs.",
    );
    for w in ["very", "massive", "historic"] {
        assert!(!got.iter().any(|g| g.0 == w), "{w} in {got:?}");
    }
}

#[test]
fn titles_in_quotation_marks_are_not_scare_quotes() {
    let got = builtin_flags(
        "She starred in \u{201c}The Long Goodbye\u{201d} and later wrote \
         \u{201c}Winter Harbour\u{201d}, a novel about a fishing town.",
    );
    assert!(!got.iter().any(|g| g.1 == "scare_quote"), "{got:?}");
}

#[test]
fn seed_style_article_keeps_its_loaded_terms_through_the_model() {
    let text = include_str!("../../../data/examples/seed-style.txt");
    let got = run_flag(WordModel::builtin(), text);
    let get = |w: &str| {
        got.iter()
            .find(|t| t.text == w)
            .unwrap_or_else(|| panic!("{w} missing from {got:?}"))
    };
    let f = get("half-Fuhrer");
    assert_eq!((f.category, f.voice), (Category::Epithet, Voice::Quoted));
    assert_eq!(get("Kiev").category, Category::Naming);
    assert_eq!(get("prolong the conflict").category, Category::Conflict);
    assert_eq!(get("reportedly").category, Category::Hedge);
    assert!(got.iter().all(|t| t.confidence.is_some()));
}

#[test]
fn seed_article_keeps_its_loaded_terms_through_the_model() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/seeds/000_61757e177a7e06d7.txt"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("skipping: {path} not found");
        return;
    };
    let got = run_flag(WordModel::builtin(), &text);
    for (w, c) in [
        ("half-Fuhrer", Category::Epithet),
        ("prolong the conflict", Category::Conflict),
        ("Kiev", Category::Naming),
        ("reportedly", Category::Hedge),
    ] {
        assert!(
            got.iter().any(|t| t.text == w && t.category == c),
            "{w} missing from {got:?}"
        );
    }
}

#[test]
fn opinion_intensifiers_in_their_own_form_and_ing_verbs_are_kept_below_the_threshold() {
    // A model under which no word reaches the threshold.
    let m = model_with(&[], -4.0, 0.5);
    let words = |text: &str| -> Vec<(String, &'static str)> {
        flags(&m, text).into_iter().map(|f| (f.0, f.1)).collect()
    };
    // "brilliant" is a praise entry in its own form and an opinion word of the lists.
    assert_eq!(
        words("She gave a brilliant lecture on tides."),
        [("brilliant".to_string(), "praise")]
    );
    // "bizarre" is an entry too, but no opinion list of this model holds it.
    assert!(words("He sent a bizarre letter to the board.").is_empty());
    // A capitalised word is a name, not a verdict.
    assert!(words("The firm Brilliant Tides opened a store.").is_empty());
    // A charged verb's -ing form is kept like its entry's own form; literal uses
    // (the object is a thing) are not matched at all.
    assert_eq!(
        words("Senators are blasting the new rule."),
        [("blasting".to_string(), "charged_verb")]
    );
    assert!(words("Crews are blasting rock for the new road.").is_empty());
    // An -ing noun after a determiner or a name is not the verb.
    assert!(words("The blasting of the plan went on.").is_empty());
    assert!(words("He denied Senate blasting of the rule.").is_empty());
    assert!(words("Neighbours were blasting music all night.").is_empty());
}

#[test]
fn set_phrases_do_not_flag_their_adjective_alone() {
    // Every word at confidence 0.95, "popular" and "critical" in the positive list
    // ("popular" is a plain word alone as well).
    let m = model_with(&[], 3.0, 0.5);
    let mut file = m.file().clone();
    let pos = file.word_lists.get_mut("positive").expect("listed");
    pos.push("popular".into());
    pos.push("critical".into());
    pos.push("durable".into());
    pos.push("loved".into());
    pos.push("disappointing".into());
    pos.push("pleasant".into());
    pos.push("invasive".into());
    for w in ["great", "affirmative", "reasonable", "badly"] {
        pos.push(w.into());
    }
    let m = WordModel::from_file(file, "test").expect("valid");
    let alone = |text: &str| alone_flags(&m, text);
    assert!(alone("She lost the popular vote by a hair.").is_empty());
    assert!(alone("He is in critical condition tonight.").is_empty());
    assert!(alone("Orders for durable goods rose in May.").is_empty());
    assert!(alone("Crews cleared invasive species from the lake.").is_empty());
    assert_eq!(alone("It was an invasive search."), ["invasive"]);
    assert!(alone("Inmates pay to call their loved ones.").is_empty());
    assert!(
        alone("Shares fell after disappointing earnings and a disappointing jobs report.")
            .is_empty()
    );
    assert_eq!(alone("It was a disappointing speech."), ["disappointing"]);
    // Quantity, law and damage: "the great majority", "affirmative action", "reasonable
    // doubt", "badly damaged".
    assert!(alone("The great majority backed affirmative action.").is_empty());
    assert!(alone("Jurors must find guilt beyond a reasonable doubt.").is_empty());
    assert!(alone("The storm badly damaged the pier.").is_empty());
    // Kinship: "her great aunt" names a generation.
    assert!(alone("Her great aunt left him the farm.").is_empty());
    assert_eq!(alone("It was a great speech."), ["great"]);
    // "great" and "reasonable" measuring a feeling or a degree.
    assert!(alone("She spoke of the town with great affection.").is_empty());
    assert!(alone("We may wake up with a reasonable degree of doubt.").is_empty());
    assert!(alone("Utilities have no great reason to worry.").is_empty());
    assert_eq!(
        alone("It was a reasonable plan, badly run."),
        ["reasonable", "badly"]
    );
    assert_eq!(alone("The loved teacher retired."), ["loved"]);
    assert_eq!(
        // ("durable" itself is a plain descriptor since session 67: "a durable ceasefire")
        alone("It was a pleasant and critical choice of a durable bridge."),
        ["pleasant", "critical"]
    );
}

#[test]
fn job_titles_and_terms_of_art_do_not_flag_their_adjective_alone() {
    // Every word at confidence 0.95, "creative" a positive and "distressed" a negative
    // opinion word.
    let m = model_with(&[], 3.0, 0.5);
    let mut file = m.file().clone();
    let lists = &mut file.word_lists;
    lists
        .get_mut("positive")
        .expect("listed")
        .push("creative".into());
    lists
        .get_mut("negative")
        .expect("listed")
        .push("distressed".into());
    let m = WordModel::from_file(file, "test").expect("valid");
    let alone = |text: &str| alone_flags(&m, text);
    assert!(alone("The label hired a new creative director in May.").is_empty());
    assert!(alone("It was the creative director's first show since March.").is_empty());
    assert!(alone("The photos are shared under a Creative Commons licence.").is_empty());
    assert!(alone("The fund buys distressed debt from regional banks.").is_empty());
    assert!(alone("The store sells distressed denim in six sizes.").is_empty());
    assert_eq!(alone("It was a creative answer."), ["creative"]);
    assert_eq!(alone("A distressed caller rang twice."), ["distressed"]);
}

#[test]
fn context_entries_count_as_phrases_and_descriptive_words_keep_the_threshold() {
    // A model under which no word reaches the threshold.
    let m = model_with(&[], -4.0, 0.5);
    // "tsunami" is an entry only before "of": the phrase is there, so it is kept.
    let got = flags(&m, "A tsunami of complaints reached the desk.");
    let got: Vec<(&str, &str)> = got.iter().map(|f| (f.0.as_str(), f.1)).collect();
    assert_eq!(got, [("tsunami", "intensifier")]);
    // One-word hyperbole kept by the words around it ("a political firestorm");
    // without them the entry does not match, so nothing is flagged.
    let got = flags(&m, "The ruling set off a political firestorm.");
    let got: Vec<(&str, &str)> = got.iter().map(|f| (f.0.as_str(), f.1)).collect();
    assert_eq!(got, [("firestorm", "conflict")]);
    assert!(flags(&m, "The firestorm destroyed the old mill.").is_empty());
    // An opinion word that is descriptive in news ("dire") still needs the threshold.
    let mut file = m.file().clone();
    let neg = file.word_lists.get_mut("negative").expect("listed");
    neg.push("dire".into());
    neg.push("shameless".into());
    let m = WordModel::from_file(file, "test").expect("valid");
    assert!(flags(&m, "The agency issued a dire warning.").is_empty());
    let got = flags(&m, "The agency issued a shameless warning.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0.as_str(), got[0].1), ("shameless", "intensifier"));
}

#[test]
fn fast_word_keys_equal_the_plain_ones() {
    let m = WordModel::builtin();
    // Every listed word, as written, capitalised and in capitals, with the
    // suffixes the lemmas strip; the short lists; words of no list.
    let mut words: Vec<String> = Vec::new();
    let listed = m.lists().to_lists();
    let specials: Vec<&[&str]> = SPECIAL_LISTS
        .iter()
        .map(|&(_, list)| list)
        .chain([ADV])
        .collect();
    let extra = [
        "",
        "x",
        "12",
        "3.5",
        "1990s",
        "naïve",
        "Naïve",
        "ÉLAN",
        "anti-science",
        "far-left",
        "left-wing",
        "wing",
        "Wing",
        "US",
        "U.S.",
        "a",
        "I",
        "it's",
        "café",
        "straße",
        "ﬁne",
        "nationalism",
        "sing",
        "glass",
        "cats",
        "stoppped",
        "happily",
        "studies",
        "extraordinarily-long-hyphenated-word-with-many-parts-ending-in-ly",
        "unbelievablyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyying",
    ];
    let base = listed
        .values()
        .flatten()
        .map(String::as_str)
        .chain(specials.into_iter().flatten().copied())
        .chain(CLOSED_CLASSES.into_iter().flatten().copied())
        .chain(STOP_LIST.lines().map(str::trim))
        .chain(extra);
    for w in base {
        for suffix in ["", "s", "es", "ed", "ing", "ly", "ily", "ied"] {
            let form = format!("{w}{suffix}");
            let mut chars = form.chars();
            let capital: String = chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default();
            words.extend([form.to_uppercase(), capital, form]);
        }
    }
    assert!(words.len() > 20_000, "{} words", words.len());
    let mut opinion = 0;
    for surface in &words {
        let mut lower = String::new();
        lower_word(surface, &mut lower);
        let plain = word_key(&m.ctx, m.lists(), surface, &lower);
        assert_eq!(m.word_key(surface, &lower), plain, "{surface:?}");
        opinion += usize::from(plain >> 32 & 0xff_ffff != 0);
    }
    assert!(opinion > 100, "{opinion} opinion-word keys");
}

#[test]
fn the_stop_list_read_here_is_the_stop_word_filters() {
    let m = WordModel::builtin();
    let listed: Vec<&str> = STOP_LIST
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    assert!(listed.len() > 100, "{} stop words", listed.len());
    for w in listed {
        assert!(stop_words().contains(w), "{w}");
        assert!(m.known[w].stop, "{w}");
    }
    assert!(!stop_words().contains("senator") && !m.known.get("senator").is_some_and(|k| k.stop));
    // The faster set holds the same words.
    for w in STOP_LIST.lines().chain(["senator", "", "#", "The", "grim"]) {
        assert_eq!(
            is_stop_word(w.trim()),
            stop_words().contains(w.trim()),
            "{w:?}"
        );
    }
}

#[test]
fn verbs_of_saying_that_settle_nothing_are_not_flagged() {
    // Every word at confidence sigmoid(-0.7) = 0.33, above the threshold 0.3: the
    // factive "admitted" is kept; "insisted", "asserts", "insistence" and
    // "contended" attribute a claim and are not, at any confidence, nor quoted.
    for intercept in [-0.7, 3.0] {
        let m = model_with(&[], intercept, 0.3);
        let text = "The mayor admitted the budget was late.";
        let got: Vec<(String, &str)> = flags(&m, text).into_iter().map(|f| (f.0, f.1)).collect();
        assert_eq!(got, [("admitted".to_string(), "presupposing")]);
        for text in [
            "The mayor insisted the budget was on time.",
            "The ministry asserts that the bridge is safe.",
            "Her insistence on a recount delayed the result.",
            "The union contended that the deal was unfair to drivers.",
            "\u{201c}They insisted on it,\u{201d} the mayor said.",
        ] {
            assert!(
                Lexicon::builtin()
                    .find(text)
                    .iter()
                    .any(|t| t.category == Category::Presupposing),
                "{text}: the lexicon lists the verb"
            );
            assert!(flags(&m, text).is_empty(), "{text}: {:?}", flags(&m, text));
        }
    }
    // "Pointed out" in every form attributes too: listed, never reported; the
    // adverb that endorses it is the outlet's word.
    for intercept in [-0.7, 3.0] {
        let m = model_with(&[], intercept, 0.3);
        for text in [
            "Riggs pointed out that turnout fell in the suburbs.",
            "As the auditor points out, the bridge opened late.",
            "The mayor replied, pointing out that the budget had passed.",
            "Critics point out that the fund has run dry.",
        ] {
            assert!(
                Lexicon::builtin()
                    .find(text)
                    .iter()
                    .any(|t| t.category == Category::Presupposing),
                "{text}: the lexicon lists the phrase"
            );
            assert!(flags(&m, text).is_empty(), "{text}: {:?}", flags(&m, text));
        }
    }
    assert!(builtin_flags("Riggs pointed out that turnout fell in the suburbs.").is_empty());
    assert!(
        builtin_flags("As the auditor rightly points out, the bridge opened late.")
            .iter()
            .any(|f| f.0 == "rightly")
    );
    // The built-in model agrees.
    assert!(builtin_flags("Officials insisted the talks would go on.").is_empty());
    assert_eq!(
        builtin_flags("The minister admitted that the plan had failed."),
        [("admitted".to_string(), "presupposing")]
    );
}

#[test]
fn verdict_words_are_kept_below_the_threshold() {
    // A model under which no word reaches the threshold, whose opinion lists hold
    // none of these words.
    let m = model_with(&[], -4.0, 0.5);
    let words = |text: &str| -> Vec<(String, &'static str, Voice)> {
        run_flag(&m, text)
            .into_iter()
            .map(|t| (t.text, t.category.id(), t.voice))
            .collect()
    };
    for (text, word) in [
        (
            "The council backed an outlandish scheme for the pier.",
            "outlandish",
        ),
        ("Her reply to the auditors was petulant.", "petulant"),
        (
            "The ministry offered a specious excuse for the delay.",
            "specious",
        ),
        (
            "The board's tone-deaf memo angered the nurses.",
            "tone-deaf",
        ),
        (
            "Critics of the mayor faced unhinged attacks online.",
            "unhinged",
        ),
        ("The excuse the board gave was risible.", "risible"),
        ("The council's budget plan is unserious.", "unserious"),
    ] {
        assert!(
            !m.lists.is_opinion(word),
            "{word}: in the test model's lists"
        );
        assert_eq!(
            words(text),
            [(word.to_string(), "intensifier", Voice::Outlet)],
            "{text}"
        );
    }
    // An intensifier entry that is neither an opinion word of the model nor a
    // verdict still needs the threshold ("bizarre"), as does another form of a
    // verdict's stem (the adverb the lexicon derives) and a capitalised name.
    assert!(words("He sent a bizarre letter to the board.").is_empty());
    assert!(words("The firm behaved outlandishly at the fair.").is_empty());
    assert!(words("The band Outlandish Tides played the pier.").is_empty());
    // Plain words left out of the list are not flagged by it.
    assert!(words("The leak was of a tasteless gas.").is_empty());
}

#[test]
fn verdict_words_are_one_word_intensifier_entries_outside_the_opinion_lists() {
    // Each word of the list is matched by the lexicon as one word of an
    // [intensifier] entry in its own form, and the built-in model's opinion lists
    // do not hold it (those are kept already): the list adds, and copies nothing.
    let model = WordModel::builtin();
    assert!(
        VERDICTS.windows(2).all(|p| p[0] < p[1]),
        "sorted, once each"
    );
    for &w in VERDICTS {
        let text = format!("The committee called it {w} at the hearing.");
        let found = Lexicon::builtin().find(&text);
        assert!(
            found.iter().any(
                |t| matches!(t.category, Category::Intensifier | Category::Praise)
                    && t.text.to_lowercase() == w
                    && t.entry.is_some_and(|m| m.exact)
            ),
            "{w}: {found:?}"
        );
        assert!(!model.lists.is_opinion(w), "{w} is an opinion word already");
    }
    // The built-in model reports them in the outlet's voice.
    assert_eq!(
        builtin_flags("The agency gave a specious and petulant reply."),
        [
            ("specious".to_string(), "intensifier"),
            ("petulant".to_string(), "intensifier")
        ]
    );
}

#[test]
fn a_verdict_word_capitalised_is_no_name() {
    // Under a model no word reaches, a verdict word opening a sentence, or one whose
    // entry writes it capitalised ("Islamophobic"), is still the outlet's verdict.
    let m = model_with(&[], -4.0, 0.5);
    let words = |text: &str| -> Vec<String> {
        run_flag(&m, text)
            .into_iter()
            .filter(|t| t.voice == Voice::Outlet)
            .map(|t| t.text)
            .collect()
    };
    assert_eq!(words("Spineless members gave in again."), ["Spineless"]);
    assert_eq!(
        words("The party's Islamophobic ads ran twice."),
        ["Islamophobic"]
    );
    assert_eq!(words("Freedom-loving voters rallied."), ["Freedom-loving"]);
}

#[test]
fn kinds_and_figures_are_not_flagged_alone() {
    // A model that gives every word confidence 0.95: "classic", "faithful" and
    // "dwindling" name a kind, a believer or a movement, and are never flagged alone.
    let m = confident_with(&["classic", "faithful", "dwindling"]);
    for text in [
        "He drives a classic car for tourists.",
        "The faithful gathered in the square.",
        "A dwindling number of states remain.",
    ] {
        assert!(
            flag_texts(&m, text).is_empty(),
            "{text}: {:?}",
            flag_texts(&m, text)
        );
    }
}

/// A model that gives every word confidence 0.95, with `extra` added to the positive
/// opinion list: only the rules for words alone decide.
fn confident_with(extra: &[&str]) -> WordModel {
    let mut file = model_with(&[], 3.0, 0.5).file().clone();
    file.word_lists
        .get_mut("positive")
        .expect("listed")
        .extend(extra.iter().map(|w| w.to_string()));
    WordModel::from_file(file, "test").expect("valid")
}

/// The texts of all flags of `text`.
fn flag_texts(model: &WordModel, text: &str) -> Vec<String> {
    flags(model, text).into_iter().map(|f| f.0).collect()
}

/// The `evaluative` flags (words alone) of `text`.
fn alone_flags(model: &WordModel, text: &str) -> Vec<String> {
    flags(model, text)
        .into_iter()
        .filter(|f| f.1 == "evaluative")
        .map(|f| f.0)
        .collect()
}

#[test]
fn relative_that_before_an_ed_form_does_not_make_it_an_adjective() {
    let m = model_with(&[], 3.0, 0.5);
    // "that" here is a relative pronoun: "failed" and "damaging" are verbs.
    assert!(alone_flags(&m, "It was the panel that failed voters twice.").is_empty());
    assert!(alone_flags(&m, "They fixed a pipe that kept damaging roads.").is_empty());
    // After a determiner they still modify the noun.
    assert_eq!(
        alone_flags(&m, "The failed plan cost millions."),
        ["failed"]
    );
}

#[test]
fn words_of_speed_time_quantity_and_degree_are_not_flagged_alone() {
    let m = confident_with(&[
        "rapidly",
        "sufficiently",
        "evenly",
        "greatly",
        "marginal",
        "tentative",
        "protracted",
        "restrictive",
        "steadily",
        "instantly",
        "pretty",
        "reasonably",
        "brilliantly",
    ]);
    let text = "Rescuers rapidly reached the miners, and the engine stopped instantly. Most \
                graduates are sufficiently trained. The court is evenly divided and greatly \
                delayed a tentative deal after protracted talks under restrictive rules, with \
                marginal gains that steadily grew. The sky is pretty cloudy and \
                reasonably stable.";
    assert!(
        alone_flags(&m, text).is_empty(),
        "{:?}",
        alone_flags(&m, text)
    );
    // A judging adverb of the same shape still is.
    assert_eq!(flag_texts(&m, "He brilliantly answered."), ["brilliantly"]);
}

#[test]
fn adverbs_ending_a_verb_phrase_read_as_manner() {
    let m = confident_with(&[
        "angrily",
        "smoothly",
        "passionately",
        "patiently",
        "wrongly",
        "correctly",
        "grisly",
    ]);
    // After the verb or its object, before punctuation or a function word: manner.
    for text in [
        "The senators reacted angrily.",
        "The launch went smoothly, officials said.",
        "She speaks passionately about schools.",
        "The nurse removed them patiently while we waited.",
    ] {
        assert!(alone_flags(&m, text).is_empty(), "{text}");
    }
    // Before the verb, set off, after a hedge or joined to another adverb: the writer's
    // comment, still flagged.
    assert_eq!(
        alone_flags(&m, "The agency correctly declined the offer."),
        ["correctly"]
    );
    assert_eq!(
        alone_flags(&m, "Critics (wrongly) blamed the port."),
        ["wrongly"]
    );
    assert_eq!(
        alone_flags(&m, "The plan was shelved, perhaps wrongly, in May."),
        ["wrongly"]
    );
    assert_eq!(
        alone_flags(&m, "The mayor correctly and quickly acted."),
        ["correctly"]
    );
    // After a copula an -ly word is an adjective.
    assert_eq!(alone_flags(&m, "The photograph was grisly."), ["grisly"]);
}

#[test]
fn states_of_mind_are_flagged_alone_only_before_a_noun() {
    // Every word at confidence 0.95; the state words in the positive list.
    let m = model_with(&[], 3.0, 0.5);
    let mut file = m.file().clone();
    let pos = file.word_lists.get_mut("positive").expect("listed");
    for w in ["optimistic", "confident", "unequivocal", "adamantly"] {
        pos.push(w.into());
    }
    let m = WordModel::from_file(file, "test").expect("valid");
    let alone = |text: &str| alone_flags(&m, text);
    // After a copula or a verb they report the subject's state or manner.
    assert!(alone("The mayor is cautiously optimistic about the deal.").is_empty());
    assert!(alone("Aides feel confident they have the votes.").is_empty());
    assert!(alone("She was unequivocal: the plant will close.").is_empty());
    assert!(alone("He is adamantly opposed to the merger.").is_empty());
    // Before a noun they judge the thing named.
    assert_eq!(
        alone("Nobody believed his optimistic forecast."),
        ["optimistic"]
    );
    assert_eq!(
        alone("It was a confident debate performance."),
        ["confident"]
    );
}

#[test]
fn discourse_and_outcome_words_are_plain_alone() {
    // At any confidence, though an opinion list has them.
    let mut file = model_with(&[], 3.0, 0.3).file().clone();
    let positive = file.word_lists.get_mut("positive").expect("listed");
    positive.extend(
        [
            "notably",
            "decisive",
            "decisively",
            "motivated",
            "unable",
            "solidly",
            "insufficient",
            "unlawfully",
            "badly",
            "impassioned",
            "spirited",
            "available",
            "happily",
            "loyal",
            "squalid",
            "ambitious",
            "lucrative",
            "cautionary",
            "struggling",
            "imminently",
            "premeditated",
            "plentiful",
            "risk-free",
            "restructured",
        ]
        .map(String::from),
    );
    let m = WordModel::from_file(file, "test").expect("valid");
    let got = alone_flags(
        &m,
        "The governor was notably quiet after a decisive win; rebels were decisively \
         defeated in a politically motivated raid. Forces loyal to the general were unable \
         to hold the town. The mayor is solidly ahead despite insufficient funds, and he is \
         happily married. The court asked whether he unlawfully sought to obstruct the \
         inquiry; badly shaken, the witness left. She made an impassioned plea and a \
         spirited defense of a drug now widely available. The rebels won a decisive \
         Northern victory. Planners unveiled an ambitious rail scheme, a lucrative \
         contract and a cautionary tale for struggling towns. The board will vote, perhaps \
         imminently, on a restructured loan; the fire was premeditated, rain was plentiful \
         and no route was risk-free.",
    );
    assert!(got.is_empty(), "{got:?}");
    // A judging word beside them still is, and so are "loyal" and "happily" elsewhere.
    assert_eq!(
        alone_flags(&m, "It was a squalid and loyal speech, happily received."),
        ["squalid", "loyal", "happily"]
    );
    // "decisive" of an outcome is plain; of an act it is praise, which the lexicon's
    // "decisive" entry flags since session 67 (its lexicon tests: "took swift, decisive
    // action"), so the model no longer judges the word alone there.
}

#[test]
fn a_disputed_word_after_a_possessive_is_a_scare_quote_at_any_confidence() {
    let scare = |m: &WordModel, text: &str| -> Vec<String> {
        flags(m, text)
            .into_iter()
            .filter(|f| f.1 == "scare_quote")
            .map(|f| f.0)
            .collect()
    };
    // Every word at confidence 0.05, under the threshold.
    let low = model_with(&[], -3.0, 0.3);
    assert_eq!(
        scare(&low, "The company's \"independent\" review was ready."),
        ["independent"]
    );
    assert_eq!(
        scare(&low, "Their \u{201c}intelligence\u{201d} never arrived."),
        ["intelligence"]
    );
    assert_eq!(scare(&low, "This \"reform\" cuts food aid."), ["reform"]);
    // British style quotes the disputed word in straight or curly single marks.
    assert_eq!(
        scare(&low, "The council's 'consultation' lasted a week."),
        ["consultation"]
    );
    assert_eq!(
        scare(
            &low,
            "The council\u{2019}s \u{2018}consultation\u{2019} lasted a week."
        ),
        ["consultation"]
    );
    // An elision's mark that never closes, a line break or a plural's mark after the
    // quote does not hide the disputed word.
    for text in [
        "Fans cheered 'cos the team won. The council's 'reform' cut services.",
        "Life in the 'burbs is quiet.\n\nThe council's 'reform' cut services.",
        "The council's 'reform' cut the workers' pay.",
    ] {
        assert_eq!(scare(&low, text), ["reform"], "{text}");
    }
    // A vote named by its word is the word quoted as a word; a plural's mark inside a
    // quote does not close it.
    for text in [
        "She cast her \"no\" vote on Friday.",
        "She cast her 'no' vote on Friday.",
        "The party's 'workers' charter' was published.",
    ] {
        assert!(scare(&low, text).is_empty(), "{text}");
    }
    // A plural's possessive mark after the word: the model decides.
    for text in [
        "The senators\u{2019} \u{201c}overhaul\u{201d} cuts food aid.",
        "The senators' \"overhaul\" cuts food aid.",
    ] {
        assert!(scare(&low, text).is_empty(), "{text}");
    }
    // A pronoun's "'s" is "is" or "has": the word after it is no possession's name.
    for text in [
        "Officials admit it's \"unlikely\" to pass.",
        "The mayor says he\u{2019}s \u{201c}reticent\u{201d} to act.",
        "Nobody knows what's \"normal\" now.",
    ] {
        assert!(scare(&low, text).is_empty(), "{text}");
    }
    // After a pretext frame, past an article, the word is the cover story's name.
    for (text, word) in [
        ("Schools were closed in the name of \"equity\".", "equity"),
        (
            "They cut the budget under the guise of \u{2018}reform\u{2019}.",
            "reform",
        ),
        (
            "Activists disguised as \u{201c}journalists\u{201d} filmed it.",
            "journalists",
        ),
        (
            "The ban came in the name of the \"safety\" of riders.",
            "safety",
        ),
    ] {
        assert_eq!(scare(&low, text), [word], "{text}");
    }
    // A word that claims a good for its thing, after any word: the writer doubts it.
    assert!(
        CLAIMED_VIRTUES.windows(2).all(|p| p[0] < p[1]),
        "sorted, once each"
    );
    for (text, word) in [
        (
            "Roblox rolled out another round of 'safety' tools.",
            "safety",
        ),
        (
            "Voters were sold \u{201c}integrity\u{201d} and got chaos.",
            "integrity",
        ),
        (
            "The court, guardian of \"democracy\", blocked X.",
            "democracy",
        ),
        (
            "Why had the \"experts\" become so little trusted?",
            "experts",
        ),
    ] {
        assert_eq!(scare(&low, text), [word], "{text}");
    }
    // A source's word stays the source's, and a plain word quoted needs the model.
    for text in [
        "The mayor said the plan would bring \"safety\" to the parks.",
        "The board passed new \u{201c}voting\u{201d} rules.",
    ] {
        assert!(scare(&low, text).is_empty(), "{text}");
    }
    // Not across a clause break, nor after "of" or "as" alone, nor a name given or a
    // costume.
    for text in [
        "The drug is sold on the street under the name of \"spice\".",
        "Children dressed up as \"zombies\" marched in the parade.",
        "It was done in the name of the law, \"quietly\" and fast.",
        "The cost of \"overhaul\" rose.",
        "She worked as \"counsel\" to the board.",
    ] {
        assert!(scare(&low, text).is_empty(), "{text}");
    }
    // After an article, as a compound or a phrase, the model decides.
    for text in [
        "The \"overhaul\" cuts food aid.",
        "The \"opt-out\" movement grew.",
        "Their \"good cause\" test stands.",
        "The firm's \"Premium\" plan sold well.",
    ] {
        assert!(scare(&low, text).is_empty(), "{text}");
    }
    // Below 0.5 it keeps them out, above it lets them in.
    let mid = model_with(&[], -0.5, 0.3);
    assert!(scare(&mid, "The \"opt-out\" movement grew.").is_empty());
    let high = model_with(&[], 3.0, 0.3);
    assert_eq!(scare(&high, "The \"opt-out\" movement grew."), ["opt-out"]);
    // A quoted phrase in the outlet's voice is a source's words or a term, whatever the
    // model says.
    assert!(scare(&high, "Their \"good cause\" test stands.").is_empty());
    assert!(scare(&high, "The \"prohibitive cost\" line is back.").is_empty());
}

#[test]
fn a_persons_feelings_before_a_noun_for_them_are_not_flagged_alone() {
    // Every opinion word at confidence 0.95; the feeling words in the negative list.
    let mut file = model_with(&[], 3.0, 0.5).file().clone();
    let neg = file.word_lists.get_mut("negative").expect("listed");
    for w in [
        "grieving",
        "worried",
        "frustrated",
        "exhausted",
        "embattled",
    ] {
        neg.push(w.into());
    }
    let m = WordModel::from_file(file, "test").expect("valid");
    let alone = |text: &str| alone_flags(&m, text);
    // Before a noun for a person or a name, the person's state, reported.
    assert!(alone("A grieving mother spoke at the vigil.").is_empty());
    assert!(alone("The worried parents called the school.").is_empty());
    assert!(alone("Worried parents called the school.").is_empty());
    assert!(alone("A frustrated Mr. Lopez left the hall.").is_empty());
    assert!(alone("The mayor sent an exhausted aide home.").is_empty());
    assert!(alone("An embattled county sheriff resigned.").is_empty());
    // After a copula too.
    assert!(alone("The parents are worried about the rules.").is_empty());
    // Before a noun for a thing, the writer's reading of the thing.
    assert_eq!(alone("It was a frustrated effort."), ["frustrated"]);
    assert_eq!(alone("The embattled plan stalled."), ["embattled"]);
}

#[test]
fn people_of_news_adds_only_nouns_the_person_and_kin_lists_lack() {
    // Each noun has one home: one the person nouns or kin already hold (singular or
    // plural) would be a second copy of that list.
    for w in PEOPLE_OF_NEWS {
        assert!(
            !crate::features::english::is_person_noun(w) && !is_kin_noun(w),
            "{w} is already a person or kin noun"
        );
    }
    // The plural of a listed noun is read through its singular.
    let mut file = model_with(&[], 3.0, 0.5).file().clone();
    let neg = file.word_lists.get_mut("negative").expect("listed");
    neg.push("frustrated".into());
    let m = WordModel::from_file(file, "test").expect("valid");
    assert!(alone_flags(&m, "The frustrated lawmakers left the hall.").is_empty());
    assert!(alone_flags(&m, "The frustrated taxpayers left the hall.").is_empty());
    assert_eq!(
        alone_flags(&m, "The frustrated bid left the hall."),
        ["frustrated"]
    );
}

#[test]
fn stance_manner_adverbs_before_their_verb_are_not_flagged_alone() {
    let mut file = model_with(&[], 3.0, 0.5).file().clone();
    let pos = file.word_lists.get_mut("positive").expect("listed");
    for w in ["staunchly", "passionately", "proudly", "eagerly"] {
        pos.push(w.into());
    }
    let m = WordModel::from_file(file, "test").expect("valid");
    let alone = |text: &str| alone_flags(&m, text);
    // After the subject or an auxiliary, right before the verb: how it was done.
    assert!(alone("Farmers staunchly oppose the new levy.").is_empty());
    assert!(alone("The mayor has passionately defended the budget.").is_empty());
    assert!(alone("She proudly posted the photo online.").is_empty());
    // Before an adjective it stays an opinion word; an adverb of motive stays one.
    assert_eq!(alone("The club is proudly parochial."), ["proudly"]);
    assert_eq!(alone("Critics eagerly repeated the rumor."), ["eagerly"]);
}

#[test]
fn clearly_before_a_word_of_saying_or_showing_is_a_manner() {
    let mut file = model_with(&[], 3.0, 0.5).file().clone();
    let pos = file.word_lists.get_mut("positive").expect("listed");
    pos.push("clearly".into());
    let m = WordModel::from_file(file, "test").expect("valid");
    let alone = |text: &str| alone_flags(&m, text);
    assert!(alone("The contract clearly states the fee.").is_empty());
    assert!(alone("They want a clearly defined scope of work.").is_empty());
    assert!(alone("Exits were clearly marked on the map.").is_empty());
    // The writer's comment elsewhere.
    assert_eq!(alone("The council clearly lacks the votes."), ["clearly"]);
    assert_eq!(alone("That was clearly a mistake."), ["clearly"]);
}

#[test]
fn a_capitalised_word_the_text_also_writes_inside_a_sentence_is_a_name() {
    let mut file = model_with(&[], 3.0, 0.5).file().clone();
    let pos = file.word_lists.get_mut("positive").expect("listed");
    for w in ["merry", "happily"] {
        pos.push(w.into());
    }
    let m = WordModel::from_file(file, "test").expect("valid");
    let alone = |text: &str| alone_flags(&m, text);
    // "Merry" is a surname here: written capitalised inside a sentence too.
    assert!(
        alone("The race pits Anna Merry against a newcomer. Merry, a lawyer, leads.").is_empty()
    );
    // An adverb opening a sentence is still one.
    assert_eq!(alone("The vote passed. Happily, it rained."), ["Happily"]);
}

#[test]
fn plain_descriptors_of_means_and_law_are_not_flagged_alone() {
    let mut file = model_with(&[], 3.0, 0.5).file().clone();
    let pos = file.word_lists.get_mut("negative").expect("listed");
    for w in ["cash-strapped", "self-sufficient", "affirmatively"] {
        pos.push(w.into());
    }
    let m = WordModel::from_file(file, "test").expect("valid");
    let alone = |text: &str| alone_flags(&m, text);
    assert!(alone("The deal saves the cash-strapped town money.").is_empty());
    assert!(alone("The program helps families become self-sufficient.").is_empty());
    assert!(alone("The tenant’s claim was affirmatively waived in writing.").is_empty());
}

#[test]
fn sincerity_before_a_verb_of_belief_reports_a_state_of_mind() {
    let mut file = model_with(&[], 3.0, 0.5).file().clone();
    let pos = file.word_lists.get_mut("positive").expect("listed");
    for w in ["sincerely", "genuinely"] {
        pos.push(w.into());
    }
    let m = WordModel::from_file(file, "test").expect("valid");
    let alone = |text: &str| alone_flags(&m, text);
    assert_eq!(
        alone("The bishop sincerely believes the reform will help."),
        Vec::<String>::new()
    );
    assert!(alone("Both sides genuinely wanted a truce.").is_empty());
    // Before an adjective, the writer's word.
    assert_eq!(alone("It was a genuinely odd answer."), ["genuinely"]);
}

#[test]
fn a_manner_adverb_ending_its_verb_phrase_before_and_is_not_flagged_alone() {
    let mut file = model_with(&[], 3.0, 0.5).file().clone();
    let pos = file.word_lists.get_mut("positive").expect("listed");
    for w in ["speedily", "correctly"] {
        pos.push(w.into());
    }
    let m = WordModel::from_file(file, "test").expect("valid");
    let alone = |text: &str| alone_flags(&m, text);
    // After its verb, then "and" and a new verb phrase: the manner of the act.
    assert!(alone("The board approved loans speedily and moved on.").is_empty());
    // "and" joining a second adverb before the verb: the writer's comment stays.
    assert_eq!(
        alone("The mayor correctly and swiftly named the cause."),
        ["correctly"]
    );
}

#[test]
fn plain_qualities_of_plans_and_experiences_need_the_descriptive_bar() {
    // Each word below was flagged on its own at 0.23-0.41 by the built-in model before
    // it joined `DESCRIPTIVE`; in news these uses describe.
    for text in [
        "The board promised a transparent process and valuable insight.",
        "It is impossible to know whether the plan has a realistic chance.",
        "It was not a pleasant experience, nor an enjoyable one.",
        "Her supportive colleagues said the mail was unreliable.",
        "A disgruntled employee won a clear-cut victory, preferably soon.",
        "The council offered a coherent plan.",
        "Her ideal plan used the authentic seal despite inconsistent rules.",
        "The colonel – as he was affectionately known to his troops – retired.",
        "The study measured the harmful effects of smoking cigarettes.",
        "The chart became popularly known as the ladder.",
    ] {
        assert_eq!(builtin_flags(text), [], "{text}");
    }
    // A judgement word beside them still is.
    let got = builtin_flags("The board promised a transparent process and a disastrous plan.");
    assert_eq!(got, [("disastrous".to_string(), "intensifier")]);
}

#[test]
fn stacked_judgement_words_are_each_flagged_by_the_builtin_model() {
    // Two judgement words in a row: each is the writer's choice. The model once had a
    // feature for "the word before is covered by a lexicon match" (weight -0.48, an
    // artefact of Wikipedia edits that remove one word of a pair), which vetoed the
    // second word of such stacks ("transparent" below).
    let m = WordModel::builtin();
    assert!(m.layout().get("p:lex:any").is_none() && m.layout().get("n:lex:any").is_none());
    for (text, first, second) in [
        (
            "The board called off another disgusting, transparent ploy on Friday.",
            "disgusting",
            "transparent",
        ),
        (
            "The mayor's brilliant, tireless staff finished the rollout early.",
            "brilliant",
            "tireless",
        ),
        (
            "The governor unveiled a reckless, disastrous budget on Tuesday.",
            "reckless",
            "disastrous",
        ),
        (
            "The company's greedy, ruthless executives cut the pensions again.",
            "greedy",
            "ruthless",
        ),
        (
            "The board hired a visionary, fearless director for the museum.",
            "visionary",
            "fearless",
        ),
        (
            "The group released a vile, hateful video about the candidate.",
            "vile",
            "hateful",
        ),
        (
            "The council is run by corrupt, incompetent officials.",
            "corrupt",
            "incompetent",
        ),
        (
            "The agency answered with a smug, arrogant statement.",
            "smug",
            "arrogant",
        ),
        (
            "The council passed a senseless, cruel ordinance.",
            "senseless",
            "cruel",
        ),
        (
            "The agency's bloated, dysfunctional bureaucracy stalled the permits.",
            "bloated",
            "dysfunctional",
        ),
    ] {
        let got: Vec<(String, LoadedTerm)> = run_flag(m, text)
            .into_iter()
            .map(|t| (t.text.clone(), t))
            .collect();
        for w in [first, second] {
            let hit = got.iter().find(|(t, _)| t == w);
            assert!(
                hit.is_some_and(|(_, t)| t.voice == Voice::Outlet),
                "{w} missing from {text}: {:?}",
                got.iter().map(|g| &g.0).collect::<Vec<_>>()
            );
        }
    }
}

#[test]
fn outcome_and_frequency_words_are_plain_for_the_builtin_model() {
    // Wire words of outcome, reluctance and frequency; a judging word beside them is
    // still flagged.
    for text in [
        "The parties began talks on a durable ceasefire.",
        "Aides have been reluctant to contradict their boss.",
        "Double-digit unemployment is now commonplace in the valley.",
        "Officials planned an orderly transition with hawkish advisers.",
        "His lagging poll numbers worried aides on a darkened street.",
        "The released men were low-risk offenders.",
        "She is devoutly religious and afraid every time she walks out the door.",
    ] {
        assert!(
            builtin_flags(text).is_empty(),
            "{text}: {:?}",
            builtin_flags(text)
        );
    }
    for text in [
        "As that ruling makes clear, the court now holds a clear conservative majority.",
        "Supporters of a comprehensive immigration bill met on Monday.",
        "Both candidates are viewed positively by about 4 in 10 voters.",
        "Two officers were critically wounded in the shooting.",
        "Residents returned to their homes in the devastated neighbourhood.",
        "Disaffected Democrats met after a tumultuous week of rhetorical battles.",
    ] {
        assert!(
            builtin_flags(text).is_empty(),
            "{text}: {:?}",
            builtin_flags(text)
        );
    }
    let got = builtin_flags("The shameful deal brought a durable ceasefire.");
    assert!(got.iter().any(|f| f.0 == "shameful"), "{got:?}");
    assert!(!got.iter().any(|f| f.0 == "durable"), "{got:?}");
}
