//! Properties that hold for any text: spans are valid, nothing panics, probabilities
//! are probabilities. Inputs mix ASCII, punctuation slant cares about (quotes,
//! apostrophes, dashes), multi-byte letters and emoji, and arbitrary strings.

use proptest::prelude::*;
use slant::corpus::Article;
use slant::features::lexicon::Lexicon;
use slant::features::sourcing;
use slant::model::{Model, Silent, TrainParams, TrainingSet};
use slant::score::Scorer;
use slant::text::tokenize;
use std::sync::OnceLock;

/// Text that looks like news often enough to reach the interesting code paths.
fn newsy() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        prop::sample::select(vec![
            "said",
            "told",
            "according to",
            "officials",
            "reportedly",
            "Senator Jane Smith",
            "he",
            "regime",
            "illegal aliens",
            "pro-life",
            "don't",
            "Russia’s",
            "3.5",
            "840,000",
            "https://example.com/a?b=c.",
            "“",
            "”",
            "\"",
            "'",
            "—",
            ".",
            "\n",
        ])
        .prop_map(String::from),
        "[a-zA-Zé😀’'\\-.,]{1,8}",
    ];
    prop::collection::vec(word, 0..40).prop_map(|w| w.join(" "))
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        newsy(),
        any::<String>(),
        "[ -~“”’—😀é\u{0301}\u{200b}\n]{0,200}"
    ]
}

/// Text of web pages: words (loaded ones among them) joined by any white space,
/// including the multi-byte kinds, with curly quotes and dashes.
fn web_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        prop::sample::select(vec![
            "regime",
            "Kiev",
            "reportedly",
            "said",
            "told",
            "officials",
            "Senator Jane Smith",
            "“",
            "”",
            "‘",
            "’",
            "\"",
            "—",
            "–",
            "-",
            ".",
            ",",
            "a",
            "the",
            "Führer",
            "東京",
            "😀",
            "\u{0301}",
        ])
        .prop_map(String::from),
        "[a-zé]{1,6}",
    ];
    let space = prop::sample::select(vec![
        " ", "\u{00A0}", "\u{2002}", "\u{2003}", "\u{3000}", "\u{2028}", "\u{1680}", "\u{0085}",
        "\n", "\t", "",
    ]);
    prop::collection::vec((piece, space), 0..80).prop_map(|v| {
        v.into_iter()
            .flat_map(|(p, s)| [p, s.to_string()])
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_offset_is_a_char_boundary_and_every_renderer_runs(
        text in prop_oneof![web_text(), any_text()],
    ) {
        use slant::report::{html, tsv, Html, Json, Markdown, Render, Text};
        let model = small_model();
        let mut scorer = Scorer::new(model, 3);
        let article = Article { id: "p\u{1b}\n".into(), text, outlet: Some("o".into()), ..Default::default() };
        let text = &article.text;
        let score = scorer.score(&article);
        let on_boundary = |a: usize, b: usize| a <= b && b <= text.len()
            && text.is_char_boundary(a) && text.is_char_boundary(b);
        for t in &score.loaded_terms {
            prop_assert!(on_boundary(t.start, t.end), "loaded {}..{}", t.start, t.end);
            prop_assert_eq!(&text[t.start..t.end], t.text.as_str());
        }
        for a in &score.sourcing.attributions {
            prop_assert!(on_boundary(a.start, a.end), "attribution {}..{}", a.start, a.end);
        }
        for t in &score.learned_terms {
            prop_assert!(on_boundary(t.start, t.end), "learned {}..{}", t.start, t.end);
        }
        for r in [&Text as &dyn Render, &Json, &Markdown, &Html] {
            prop_assert!(r.article_with_text(&score, text).ends_with('\n'));
            prop_assert!(r.article(&score).ends_with('\n'));
        }
        let section = html::article_section(&score, Some(text));
        prop_assert!(html::page("p", &[section]).ends_with("</html>\n"));
        prop_assert!(tsv::row(&scorer.row(&article)).ends_with('\n'));
    }

    #[test]
    fn tokens_are_increasing_non_overlapping_char_boundary_spans(text in any_text()) {
        let mut last_end = 0;
        for t in tokenize(&text) {
            prop_assert!(t.start < t.end && t.end <= text.len(), "{}..{} of {}", t.start, t.end, text.len());
            prop_assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
            prop_assert!(t.start >= last_end, "token at {} starts before {}", t.start, last_end);
            prop_assert_eq!(t.text.as_str(), t.surface(&text));
            last_end = t.end;
        }
    }

    #[test]
    fn loaded_term_spans_are_valid_and_hold_the_matched_text(text in any_text()) {
        for m in Lexicon::builtin().find(&text) {
            prop_assert!(m.start < m.end && m.end <= text.len());
            prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            prop_assert_eq!(&text[m.start..m.end], m.text.as_str());
        }
    }

    #[test]
    fn attribution_spans_are_valid_for_any_text(text in any_text()) {
        let s = sourcing::extract(&text);
        for a in &s.attributions {
            prop_assert!(a.start <= a.end && a.end <= text.len());
            prop_assert!(text.is_char_boundary(a.start) && text.is_char_boundary(a.end));
        }
        for v in sourcing::block_values(&s) {
            prop_assert!(v.is_finite());
        }
    }

    #[test]
    fn scoring_any_text_gives_probabilities_that_sum_to_one(
        text in any_text(),
        title in prop::option::of(any_text()),
    ) {
        let model = small_model();
        let mut scorer = Scorer::new(model, 3);
        let article = Article { id: "p".into(), title, text, ..Default::default() };
        let score = scorer.score(&article);
        let p: Vec<f64> = score.probabilities.iter().map(|(_, p)| *p).collect();
        prop_assert_eq!(p.len(), 3);
        prop_assert!(p.iter().all(|x| (0.0..=1.0).contains(x)), "{:?}", p);
        prop_assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-9, "{:?}", p);
        prop_assert_eq!(score.note.is_some(), score.words == 0);
        let fast = scorer.probabilities(article.title.as_deref(), &article.text);
        prop_assert_eq!(fast, p);
    }
}

/// A three-label model trained once, in this process, on a few made-up articles.
fn small_model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        let texts = [
            ("left", "Workers deserve fair wages, union leaders said. Climate action protects families."),
            ("right", "Cut taxes and secure the border, the senator told reporters. Illegal aliens, he said."),
            ("center", "The committee met on Tuesday to review the budget report, according to officials."),
        ];
        let articles: Vec<Article> = (0..12)
            .map(|i| {
                let (label, text) = texts[i % 3];
                Article {
                    id: i.to_string(),
                    text: format!("{text} Item {i}."),
                    label: Some(label.into()),
                    ..Default::default()
                }
            })
            .collect();
        let mut params = TrainParams::default();
        params.features.vocabulary.min_df = 1;
        params.max_iterations = 30;
        let data = TrainingSet::new(&articles, None).expect("three labels");
        params.fit(&data, Default::default(), &Silent).expect("the small model fits")
    })
}
