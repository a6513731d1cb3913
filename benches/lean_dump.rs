//! Writes a lean model's feature rows of `split_outlet` (the train rows capped as
//! training caps them, then the valid and test rows) and its weights, so that fitting
//! recipes can be compared outside slant on exactly the features slant reads
//! (`benches/lean_fits.py`).
//!
//! cargo bench --bench lean_dump -- MODEL OUTDIR [--corpus FILE] [--cap N]
//!
//! OUTDIR gets `meta.tsv` (split, label, publisher, id, words per row), the rows as CSR
//! (`indptr.u64`, `indices.u32`, `values.f32`, little-endian), `weights.f32`
//! (features × labels), `intercept.f32`, `labels.txt` (the labels, then the feature
//! count) and `names.txt` (one feature name a line).

use rayon::prelude::*;
use slant::corpus::{Fields, JsonlReader};
use slant::{features, Article, Error, Model};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    if let Err(e) = run() {
        eprintln!("lean_dump: {e}");
        std::process::exit(1);
    }
}

fn run() -> slant::Result<()> {
    let mut positional = Vec::new();
    let mut corpus = PathBuf::from("../shared/corpora/allsides/allsides.jsonl.gz");
    let mut cap = 1000usize;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--corpus" => corpus = args.next().map(PathBuf::from).unwrap_or(corpus),
            "--cap" => {
                cap = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .ok_or_else(|| Error::Invalid("--cap needs a whole number".into()))?
            }
            "--bench" => {}
            _ => positional.push(a),
        }
    }
    let [model_path, out] = &positional[..] else {
        return Err(Error::Invalid(
            "usage: cargo bench --bench lean_dump -- MODEL OUTDIR [--corpus FILE] [--cap N]".into(),
        ));
    };
    if !corpus.exists() {
        println!("skipped: {} not found", corpus.display());
        return Ok(());
    }
    let model = Model::load(Path::new(model_path))?;
    let out = PathBuf::from(out);
    std::fs::create_dir_all(&out).map_err(|e| Error::io(&out, e))?;
    let (mut train, mut rest) = (Vec::new(), Vec::new());
    for a in JsonlReader::open(&corpus, Fields::default())? {
        let a = a?;
        match a.field("split_outlet") {
            Some("train") => train.push(a),
            Some("valid") | Some("test") => rest.push(a),
            _ => {}
        }
    }
    let train = slant::corpus::cap_per_group(train, "publisher", cap, 42);
    let rows: Vec<Article> = train.into_iter().chain(rest).collect();
    let vectors: Vec<(Vec<(u32, f32)>, usize)> = rows
        .par_iter()
        .map(|a| {
            let mut scratch = features::Scratch::default();
            model.feature_row(a.title.as_deref(), &a.text, &mut scratch)
        })
        .collect();
    let mut meta = String::new();
    let (mut indptr, mut indices, mut values) = (Vec::new(), Vec::new(), Vec::new());
    let mut n = 0u64;
    indptr.extend(n.to_le_bytes());
    for (a, (row, words)) in rows.iter().zip(&vectors) {
        let _ = writeln!(
            meta,
            "{}\t{}\t{}\t{}\t{words}",
            a.field("split_outlet").unwrap_or(""),
            a.label.as_deref().unwrap_or(""),
            a.field("publisher").unwrap_or(""),
            a.id
        );
        for &(f, x) in row {
            indices.extend(f.to_le_bytes());
            values.extend(x.to_le_bytes());
        }
        n += row.len() as u64;
        indptr.extend(n.to_le_bytes());
    }
    let k = model.labels().len();
    let nf = model.n_features();
    let weights: Vec<u8> = (0..nf)
        .flat_map(|f| (0..k).map(move |j| (f, j)))
        .flat_map(|(f, j)| model.weight(f, j).to_le_bytes())
        .collect();
    let intercept: Vec<u8> = model
        .intercept()
        .iter()
        .flat_map(|x| x.to_le_bytes())
        .collect();
    let names: String = (0..nf)
        .map(|f| model.feature_name(f).to_string() + "\n")
        .collect();
    let labels = format!("{}\n{nf}\n", model.labels().join("\n"));
    let files: [(&str, &[u8]); 8] = [
        ("meta.tsv", meta.as_bytes()),
        ("indptr.u64", &indptr),
        ("indices.u32", &indices),
        ("values.f32", &values),
        ("weights.f32", &weights),
        ("intercept.f32", &intercept),
        ("labels.txt", labels.as_bytes()),
        ("names.txt", names.as_bytes()),
    ];
    for (name, bytes) in files {
        let path = out.join(name);
        std::fs::write(&path, bytes).map_err(|e| Error::io(&path, e))?;
    }
    println!("{} rows, {nf} features -> {}", rows.len(), out.display());
    Ok(())
}
