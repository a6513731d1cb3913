//! Prints the page furniture the document pass blanks in each article of a JSONL file
//! (one object a line with a "text" field, and an "id" when there is one): the article's
//! id, the kind of each span, its byte span and its text, then a count by kind.
//!
//! `cargo run --release --example furniture -- articles.jsonl`

use slant::document::{words::describe_nothing, Document};
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: furniture FILE.jsonl")?;
    let file = BufReader::new(std::fs::File::open(&path)?);
    let mut doc = Document::new(describe_nothing);
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, line) in file.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let article: serde_json::Value =
            serde_json::from_str(&line).map_err(|e| format!("{path} line {}: {e}", i + 1))?;
        let text = article["text"].as_str().unwrap_or("");
        let id = article["id"]
            .as_str()
            .map_or_else(|| (i + 1).to_string(), String::from);
        doc.read(None, text);
        for f in doc.furniture() {
            *counts.entry(f.kind.name()).or_default() += 1;
            let shown = text[f.start..f.end].replace('\n', " ");
            println!("{id}\t{}\t{}..{}\t{shown}", f.kind.name(), f.start, f.end);
        }
    }
    for (kind, n) in counts {
        eprintln!("{kind}: {n}");
    }
    Ok(())
}
