//! One arbitrary article through the whole path: scored with the embedded default model
//! (title, body, figures row) and rendered in every format (text, JSON, Markdown, HTML, TSV).
//! Nothing may panic; every JSON offset must be in bounds and on a char boundary of the body,
//! and the JSON must parse. The first line of the input is the title, the rest the body.
#![no_main]

use libfuzzer_sys::fuzz_target;
use slant::corpus::Article;
use slant::model::Model;
use slant::report::{html, tsv, Html, Json, Markdown, Render, Text};
use slant::score::Scorer;
use std::sync::OnceLock;

static MODEL_BYTES: &[u8] = include_bytes!("../../models/default.json.gz");

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::from_bytes(MODEL_BYTES, "default").expect("the default model loads"))
}

fn check_spans(body: &str, what: &str, items: &serde_json::Value) {
    for item in items.as_array().map(Vec::as_slice).unwrap_or_default() {
        let start = item["start"].as_u64().expect("start") as usize;
        let end = item["end"].as_u64().expect("end") as usize;
        assert!(start <= end && end <= body.len(), "{what} {start}..{end} in {}", body.len());
        assert!(
            body.is_char_boundary(start) && body.is_char_boundary(end),
            "{what} {start}..{end} not on char boundaries"
        );
    }
}

fuzz_target!(|input: &str| {
    let (title, body) = match input.split_once('\n') {
        Some((t, b)) if !t.is_empty() => (Some(t.to_string()), b.to_string()),
        _ => (None, input.to_string()),
    };
    let article = Article {
        id: "fuzz".into(),
        title,
        text: body,
        ..Default::default()
    };
    let model = model();
    let mut scorer = Scorer::new(model, 5);
    let score = scorer.score(&article);
    let json = Json.article(&score);
    let v: serde_json::Value = serde_json::from_str(&json).expect("the JSON parses");
    check_spans(&article.text, "loaded_terms", &v["loaded_terms"]);
    check_spans(&article.text, "attributions", &v["sourcing"]["attributions"]);
    check_spans(&article.text, "learned_terms", &v["learned_terms"]);
    let _ = Text.article_with_text(&score, &article.text);
    let _ = Markdown.article_with_text(&score, &article.text);
    let page = Html.article_with_text(&score, &article.text);
    assert!(!page.contains("<script"), "the HTML page runs no script");
    let section = html::article_section(&score, Some(&article.text));
    let _ = html::page("fuzz", &[section]);
    let row = tsv::row(&scorer.row(&article));
    assert_eq!(
        row.trim_end_matches('\n').split('\t').count(),
        tsv::header(model.labels()).trim_end_matches('\n').split('\t').count(),
        "a TSV row has as many cells as the header"
    );
});
