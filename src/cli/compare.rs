//! `slant compare`: text files or a corpus selection → a comparison; or a corpus →
//! its events, or the ordering-accuracy benchmark. Thin: the work is in `slant::compare`.

use super::args::CompareArgs;
use super::score::{load_frames, load_model, renderer, set_frame_rule};
use anyhow::{bail, Context, Result};
use slant::compare::{self, CompareOptions, Coverage, Filter, Grouping};
use slant::corpus::{read_text_file, Article};
use std::io::Write;
use std::path::{Path, PathBuf};

pub fn run(args: &CompareArgs) -> Result<()> {
    let model = load_model(args.model.as_deref())?;
    let mut frames = if args.corpus.is_some() && (args.events || args.ordering_accuracy) {
        None
    } else {
        load_frames(args.frames_model.as_deref(), args.no_frames)?
    };
    set_frame_rule(&mut frames, args.frames_top_k, args.frames_min_probability)?;
    let render = renderer(args.format);
    let fields = args.fields.fields();
    let options = CompareOptions {
        prior_mass: args.prior_mass,
        terms: args.terms,
        ..CompareOptions::default()
    };
    let grouping = Grouping {
        group_by: args.group_by.clone(),
        filter: args.filter.as_deref().map(Filter::parse).transpose()?,
    };
    let output = match &args.corpus {
        Some(corpus) if args.ordering_accuracy => {
            let r = compare::ordering_accuracy(
                &model,
                corpus,
                fields,
                &grouping,
                &args.fields.label_field,
            )?;
            render.ordering(&r)
        }
        Some(corpus) if args.events => {
            let events = compare::events(&model, corpus, fields, &grouping, args.limit)?;
            render.events(&events)
        }
        Some(corpus) => {
            let (Some(spec), Some(filter)) = (&args.filter, &grouping.filter) else {
                bail!("with --corpus, say what to compare: --where field=value,... or --events");
            };
            let coverage = compare::select(corpus, fields, filter)?;
            if coverage.len() < 2 {
                bail!(
                    "{}: articles matching {spec} come from {} outlet(s); a comparison needs two or more",
                    corpus.display(),
                    coverage.len()
                );
            }
            render.comparison(&compare::compare_with_frames(
                &model,
                frames.as_ref(),
                &coverage,
                &options,
            )?)
        }
        None => {
            if args.inputs.len() < 2 {
                bail!("give two or more articles to compare (or --corpus FILE)");
            }
            if !args.outlets.is_empty() && args.outlets.len() != args.inputs.len() {
                bail!(
                    "{} --outlet names for {} articles; give one per article, in order",
                    args.outlets.len(),
                    args.inputs.len()
                );
            }
            if let Some(i) = args.outlets.iter().position(|n| n.trim().is_empty()) {
                bail!(
                    "--outlet number {} is blank; give each article a visible outlet name",
                    i + 1
                );
            }
            let names = if args.outlets.is_empty() {
                default_outlets(&args.inputs)?
            } else {
                args.outlets.clone()
            };
            let mut coverage = Vec::new();
            for (path, outlet) in args.inputs.iter().zip(names) {
                let article = Article {
                    outlet: Some(outlet.clone()),
                    ..read_article(path, args.lossy, args.fields.max_article_bytes)?
                };
                match coverage
                    .iter_mut()
                    .find(|c: &&mut Coverage| c.outlet == outlet)
                {
                    Some(c) => c.articles.push(article),
                    None => coverage.push(Coverage {
                        outlet,
                        articles: vec![article],
                    }),
                }
            }
            if coverage.len() < 2 {
                bail!(
                    "all {} articles pool into one outlet, \"{}\"; a comparison needs two or more: \
                     name each article's outlet with --outlet NAME, one per article, in order",
                    args.inputs.len(),
                    coverage[0].outlet
                );
            }
            render.comparison(&compare::compare_with_frames(
                &model,
                frames.as_ref(),
                &coverage,
                &options,
            )?)
        }
    };
    let mut out = std::io::stdout().lock();
    out.write_all(output.as_bytes())?;
    out.flush()?;
    Ok(())
}

/// Outlet names from file stems; files whose stems collide are told apart by as
/// many parent folders as it takes (`a/report`, `b/report`). The same path given
/// twice stays one outlet.
fn default_outlets(paths: &[PathBuf]) -> Result<Vec<String>> {
    let parts = |p: &Path| -> Result<Vec<String>> {
        let stem = p
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .with_context(|| format!("{}: no file name", p.display()))?;
        let mut v = vec![stem];
        v.extend(
            p.parent()
                .into_iter()
                .flat_map(|d| d.components().rev())
                .map(|c| c.as_os_str().to_string_lossy().into_owned()),
        );
        Ok(v)
    };
    let all: Vec<Vec<String>> = paths.iter().map(|p| parts(p)).collect::<Result<_>>()?;
    let name = |v: &[String], k: usize| -> String {
        let mut n: Vec<&str> = v.iter().take(k).map(String::as_str).collect();
        n.reverse();
        n.join("/")
    };
    Ok(all
        .iter()
        .map(|v| {
            // The fewest trailing components that set this path apart from every
            // other path with the same stem (all of them when none does).
            let rivals: Vec<&Vec<String>> =
                all.iter().filter(|w| w[0] == v[0] && *w != v).collect();
            let k = (1..=v.len())
                .find(|&k| rivals.iter().all(|w| name(w, k) != name(v, k)))
                .unwrap_or(v.len());
            name(v, k)
        })
        .collect())
}

/// One article file: a web page (its extracted article) or plain text.
fn read_article(path: &Path, lossy: bool, max_bytes: usize) -> Result<Article> {
    if let Some(slant::input::Kind::Html) = slant::input::kind_of(path)? {
        let mut reader = slant::input::WebReader::open(path, slant::input::Kind::Html, max_bytes)?;
        if let Some(found) = reader.next() {
            let found = found?;
            return Ok(Article {
                id: path.display().to_string(),
                title: found.extracted.title,
                text: found.extracted.text,
                ..Default::default()
            });
        }
    }
    let text = read_text_file(path, lossy, max_bytes)?;
    Ok(Article::from_text(path.display().to_string(), text))
}
