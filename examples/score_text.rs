//! Scores the text given on the command line (or a built-in sentence) with the
//! default model and prints the label, the probabilities and the loaded terms.
//!
//! `cargo run --example score_text -- "The senator slammed the radical bill."`

use slant::{Article, Model, Scorer};

fn main() -> slant::Result<()> {
    let text = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    let text = if text.trim().is_empty() {
        "Officials said the bill would cut taxes, while critics called it a reckless giveaway."
            .to_string()
    } else {
        text
    };
    let model = Model::builtin()?;
    let mut scorer = Scorer::new(&model, 3);
    let score = scorer.score(&Article::new("argument", text));
    println!("label: {}", score.label);
    for (label, p) in &score.probabilities {
        println!("  P({label}) = {p:.3}");
    }
    if let Some(slant) = score.slant {
        println!("slant (P(right) - P(left)): {slant:+.3}");
    }
    for t in &score.loaded_terms {
        println!("loaded: \"{}\" ({})", t.text, t.category.label());
    }
    println!("{}", slant::report::summary::summary(&score));
    Ok(())
}
