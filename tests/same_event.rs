//! Named speakers of quotations on the same-event articles written for slant
//! (benches/data/same_event.jsonl, speakers annotated by hand).

use slant::features::sourcing;

struct Quote {
    article: String,
    text: String,
    quote: String,
    speaker: String,
}

fn quotes() -> Vec<Quote> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/data/same_event.jsonl");
    let data = std::fs::read_to_string(path).expect("same_event.jsonl");
    let mut out = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("json line");
        let text = v["text"].as_str().expect("text").to_string();
        for q in v["quotes"].as_array().expect("quotes") {
            out.push(Quote {
                article: v["id"].as_str().expect("id").to_string(),
                text: text.clone(),
                quote: q["quote"].as_str().expect("quote").to_string(),
                speaker: q["speaker"].as_str().expect("speaker").to_string(),
            });
        }
    }
    out
}

/// The speaker slant gives the attribution whose quote span covers at least half
/// of `q`'s quoted words.
fn speaker_of(q: &Quote) -> Option<String> {
    let s = sourcing::extract(&q.text);
    let qs = q.text.find(&q.quote).expect("quote in its text");
    let qe = qs + q.quote.len();
    s.attributions
        .iter()
        .find(|a| match (a.quote_start, a.quote_end) {
            (Some(s), Some(e)) => 2 * (e.min(qe).saturating_sub(s.max(qs))) >= qe - qs,
            _ => false,
        })
        .and_then(|a| a.speaker.clone())
}

fn right(q: &Quote) -> bool {
    let last = q.speaker.split_whitespace().last().expect("name");
    speaker_of(q).is_some_and(|s| s.contains(last))
}

#[test]
fn most_named_speakers_of_quotations_are_found() {
    let all = quotes();
    assert!(all.len() >= 30);
    let found = all.iter().filter(|q| right(q)).count();
    assert!(
        found * 10 >= all.len() * 9,
        "{found}/{} found; missed: {:?}",
        all.len(),
        all.iter()
            .filter(|q| !right(q))
            .map(|q| (&q.article, &q.speaker, speaker_of(q)))
            .collect::<Vec<_>>()
    );
}

#[test]
fn key_speaker_patterns_are_credited() {
    let all = quotes();
    let get = |article: &str, start: &str| {
        all.iter()
            .find(|q| q.article == article && q.quote.starts_with(start))
            .unwrap_or_else(|| panic!("{article}: {start}"))
    };
    // "said bus driver Kevin Marsh": a description before the name.
    assert_eq!(
        speaker_of(get("bridge-left", "Nobody")).as_deref(),
        Some("Kevin Marsh")
    );
    assert_eq!(
        speaker_of(get("fire-right", "We begged")).as_deref(),
        Some("Bill Tanner")
    );
    // "A spokesman, Luis Ortega, said": the name in the apposition.
    assert_eq!(
        speaker_of(get("bridge-right", "will not")).as_deref(),
        Some("Luis Ortega")
    );
    // "the governor said": the person named earlier as "Gov.".
    assert_eq!(
        speaker_of(get("fire-left", "We have to")).as_deref(),
        Some("Martin Hale")
    );
    // A second sentence of a quote keeps its speaker.
    assert_eq!(
        speaker_of(get("strike-right", "Who refunds")).as_deref(),
        Some("Emily Sato")
    );
}
