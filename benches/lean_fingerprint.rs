//! How much a lean model's features identify the publisher rather than the lean, and which
//! dense features drift with article length.
//!
//! Fingerprinting: among the training publishers of one label (split_outlet train and
//! valid, at least 100 rows each, at most 400 picked by a hash of the id), half of each
//! publisher's rows build a centroid and the other half are assigned to the nearest
//! centroid (cosine, features centred). The share assigned to their own publisher is the
//! fingerprint accuracy (lower is better; chance is one over the publishers of the label).
//! Measured on the feature rows as they are and weighted by each feature's weight norm
//! (what the model responds to).
//!
//! Length: Pearson correlation of each dense feature with ln(words) on split_outlet test.
//!
//! cargo bench --bench lean_fingerprint -- [--model FILE] [--corpus FILE]

use rayon::prelude::*;
use slant::corpus::{Fields, JsonlReader};
use slant::{features, Article, Model};
use std::collections::BTreeMap;
use std::path::PathBuf;

type Row = Vec<(u32, f32)>;

fn main() -> slant::Result<()> {
    let mut model_path: Option<PathBuf> = None;
    let mut corpus = PathBuf::from("../shared/corpora/allsides/allsides.jsonl.gz");
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--model" => model_path = args.next().map(PathBuf::from),
            "--corpus" => corpus = args.next().map(PathBuf::from).unwrap_or(corpus),
            _ => {}
        }
    }
    if !corpus.exists() {
        println!("skipped: {} not found", corpus.display());
        return Ok(());
    }
    let model = match &model_path {
        Some(p) => Model::load(p)?,
        None => Model::builtin()?,
    };
    let mut rows: Vec<Article> = Vec::new();
    for a in JsonlReader::open(&corpus, Fields::default())? {
        rows.push(a?);
    }
    let split = |a: &Article| a.field("split_outlet").unwrap_or("").to_string();
    let mut by_pub: BTreeMap<(String, String), Vec<&Article>> = BTreeMap::new();
    for a in rows.iter().filter(|a| split(a) != "test") {
        let key = (
            a.label.clone().unwrap_or_default(),
            a.field("publisher").unwrap_or("").to_string(),
        );
        by_pub.entry(key).or_default().push(a);
    }
    by_pub.retain(|_, v| v.len() >= 100);
    for v in by_pub.values_mut() {
        v.sort_by_key(|a| fnv(&a.id));
        v.truncate(400);
    }
    let k = model.labels().len();
    let nf = model.n_features();
    let norm: Vec<f32> = (0..nf)
        .map(|f| {
            (0..k)
                .map(|j| model.weight(f, j).powi(2))
                .sum::<f32>()
                .sqrt()
        })
        .collect();
    // The vectorizer leaves fingerprints out of the terms when the model asks.
    let vectorize = |a: &Article| -> (Row, usize) {
        let mut scratch = features::Scratch::default();
        model.feature_row(a.title.as_deref(), &a.text, &mut scratch)
    };
    println!(
        "model: {}",
        model_path.map_or("(embedded default)".into(), |p| p.display().to_string())
    );
    for weighted in [false, true] {
        let mut labels: BTreeMap<&str, Vec<(&str, &Vec<&Article>)>> = BTreeMap::new();
        for ((l, p), v) in &by_pub {
            labels.entry(l).or_default().push((p, v));
        }
        let mut accs = Vec::new();
        let mut chances = Vec::new();
        for (label, pubs) in &labels {
            if pubs.len() < 2 {
                continue;
            }
            let data: Vec<Vec<Vec<f32>>> = pubs
                .iter()
                .map(|(_, v)| {
                    v.par_iter()
                        .map(|a| {
                            let mut d = vec![0f32; nf];
                            for (f, x) in vectorize(a).0 {
                                d[f as usize] = if weighted { x * norm[f as usize] } else { x };
                            }
                            d
                        })
                        .collect()
                })
                .collect();
            // Centre on the mean of the centroid halves.
            let mut mean = vec![0f64; nf];
            let mut n = 0usize;
            for rows in &data {
                for r in rows.iter().step_by(2) {
                    for (m, &x) in mean.iter_mut().zip(r) {
                        *m += x as f64;
                    }
                    n += 1;
                }
            }
            mean.iter_mut().for_each(|m| *m /= n as f64);
            let centroids: Vec<Vec<f64>> = data
                .iter()
                .map(|rows| {
                    let half: Vec<&Vec<f32>> = rows.iter().step_by(2).collect();
                    let mut c = vec![0f64; nf];
                    for r in &half {
                        for ((c, &x), m) in c.iter_mut().zip(r.iter()).zip(&mean) {
                            *c += x as f64 - m;
                        }
                    }
                    let len = c.iter().map(|x| x * x).sum::<f64>().sqrt().max(1e-12);
                    c.iter().map(|x| x / len).collect()
                })
                .collect();
            let mut right = 0usize;
            let mut total = 0usize;
            for (p, rows) in data.iter().enumerate() {
                for r in rows.iter().skip(1).step_by(2) {
                    let best = (0..centroids.len())
                        .map(|q| {
                            let dot: f64 = (centroids[q].iter().zip(r).zip(&mean))
                                .map(|((c, &x), m)| c * (x as f64 - m))
                                .sum();
                            (q, dot)
                        })
                        .max_by(|a, b| a.1.total_cmp(&b.1))
                        .map(|(q, _)| q);
                    right += usize::from(best == Some(p));
                    total += 1;
                }
            }
            let acc = right as f64 / total as f64;
            let chance = 1.0 / pubs.len() as f64;
            println!(
                "fingerprint {} label {label}: {} publishers, {total} held-out rows, accuracy {acc:.3} (chance {chance:.3})",
                if weighted { "weighted" } else { "features" },
                pubs.len()
            );
            accs.push(acc);
            chances.push(chance);
        }
        let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len().max(1) as f64;
        println!(
            "fingerprint {} mean over labels: accuracy {:.3} (chance {:.3})",
            if weighted { "weighted" } else { "features" },
            mean(&accs),
            mean(&chances)
        );
    }
    // Dense features against length on the held-out publishers.
    let test: Vec<&Article> = rows.iter().filter(|a| split(a) == "test").collect();
    let measured: Vec<(Vec<f32>, usize)> = test
        .par_iter()
        .map(|a| {
            // A row ends with every block value, in block order.
            let (row, n) = vectorize(a);
            let b = row[row.len() - model.block_names().len()..].iter();
            (b.map(|&(_, x)| x).collect(), n)
        })
        .collect();
    let len: Vec<f64> = measured
        .iter()
        .map(|(_, n)| (1.0 + *n as f64).ln())
        .collect();
    for (i, name) in model.block_names().iter().enumerate() {
        let x: Vec<f64> = measured.iter().map(|(b, _)| b[i] as f64).collect();
        println!("length correlation {name}: {:+.3}", pearson(&x, &len));
    }
    Ok(())
}

fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
    })
}

fn pearson(x: &[f64], y: &[f64]) -> f64 {
    let n = x.len() as f64;
    let (mx, my) = (x.iter().sum::<f64>() / n, y.iter().sum::<f64>() / n);
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (a, b) in x.iter().zip(y) {
        sxy += (a - mx) * (b - my);
        sxx += (a - mx) * (a - mx);
        syy += (b - my) * (b - my);
    }
    if sxx == 0.0 || syy == 0.0 {
        0.0
    } else {
        sxy / (sxx * syy).sqrt()
    }
}
