//! What loaded language and sourcing cost on top of bag-of-words, one thread.
//!
//! Reads a corpus into memory, then scores every article with the default model
//! three ways, each timed alone: the term vector and its logits only (bag-of-words
//! alone), the probabilities with every feature of the model on (terms, loaded
//! language, sourcing), and the full report (contributions, loaded terms with
//! context, attributions, learned terms, summary).
//!
//! Usage: cargo bench --bench extraction [-- corpus.jsonl(.gz)]
//! (default ../shared/corpora/allsides/allsides.jsonl.gz; skipped when absent)

use slant::corpus::{Fields, JsonlReader};
use slant::features::Scratch;
use slant::model::{softmax, Model};
use slant::score::Scorer;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;

/// The allocator of the `slant` binary, so the figures are the command's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let path = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/corpora/allsides/allsides.jsonl.gz"));
    if !path.exists() {
        println!("skipped: {} not found", path.display());
        return;
    }
    let bytes = std::fs::read("models/default.json.gz").expect("models/default.json.gz");
    let model = Model::from_bytes(&bytes, "models/default.json.gz").expect("default model");
    let reader = JsonlReader::open(&path, Fields::default()).expect("corpus");
    let (articles, _) = slant::corpus::read_all(reader, false).expect("corpus");
    let n = articles.len();
    let mb: f64 = articles
        .iter()
        .map(|a| a.text.len() + a.title.as_deref().map_or(0, str::len))
        .sum::<usize>() as f64
        / 1e6;
    println!(
        "corpus: {} ({n} articles, {mb:.1} MB of text); one thread",
        path.display()
    );

    let zeros = vec![0f32; model.block_names().len()];
    let time = |name: &str, f: &mut dyn FnMut()| -> f64 {
        let t = Instant::now();
        f();
        let s = t.elapsed().as_secs_f64();
        println!(
            "{name:<34} {s:7.2} s  {:8.0} articles/s  {:6.1} MB/s",
            n as f64 / s,
            mb / s
        );
        s
    };
    let mut scratch = Scratch::default();
    let terms = time("bag-of-words alone (terms)", &mut || {
        for a in &articles {
            let tv = model
                .vectorizer()
                .transform(a.title.as_deref(), &a.text, &mut scratch);
            black_box(softmax(&model.logits(&tv, &zeros)));
        }
    });
    let mut scorer = Scorer::new(&model, slant::score::DEFAULT_TOP);
    let all = time("all features (terms, loaded, sourcing)", &mut || {
        for a in &articles {
            black_box(scorer.probabilities(a.title.as_deref(), &a.text));
        }
    });
    let mut scorer = Scorer::new(&model, slant::score::DEFAULT_TOP);
    time("full report", &mut || {
        for a in &articles {
            black_box(scorer.score(a));
        }
    });
    println!("all features / terms alone: {:.2}x the time", all / terms);
}
