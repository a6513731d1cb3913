//! `slant compare`: text files or a corpus selection → a comparison; or a corpus →
//! its events, or the ordering-accuracy benchmark. Thin: the work is in `slant::compare`.

use super::args::CompareArgs;
use super::score::{load_model, renderer};
use anyhow::{bail, Context, Result};
use slant::compare::{self, CompareOptions, Coverage, Filter, Grouping};
use slant::corpus::{read_text_file, Article};
use std::io::Write;

pub fn run(args: &CompareArgs) -> Result<()> {
    let model = load_model(args.model.as_deref())?;
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
            render.comparison(&compare::compare(&model, &coverage, &options)?)
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
            let mut coverage = Vec::new();
            for (i, path) in args.inputs.iter().enumerate() {
                let text = read_text_file(path, args.lossy, args.fields.max_article_bytes)?;
                let outlet = match args.outlets.get(i) {
                    Some(name) => name.clone(),
                    None => path
                        .file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                        .with_context(|| format!("{}: no file name", path.display()))?,
                };
                let article = Article {
                    id: path.display().to_string(),
                    text,
                    outlet: Some(outlet.clone()),
                    ..Default::default()
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
            render.comparison(&compare::compare(&model, &coverage, &options)?)
        }
    };
    let mut out = std::io::stdout().lock();
    out.write_all(output.as_bytes())?;
    out.flush()?;
    Ok(())
}
