//! Reading a corpus for comparisons: the articles matching a [`Filter`], pooled by
//! outlet ([`select`]), and the events (articles sharing some fields) that two
//! or more outlets covered ([`events`]). Both stream the corpus.

use super::outlets::Coverage;
use crate::corpus::{Article, Fields, JsonlReader};
use crate::model::Model;
use crate::score::ScorerPool;
use crate::{Error, Result};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

/// The fields that make an event by default: articles of one topic on one day.
pub const DEFAULT_GROUP_BY: [&str; 2] = ["topic", "date"];

/// Articles scored per parallel batch when streaming a corpus.
const BATCH: usize = 1024;

/// Conditions on corpus fields: every `field=value` must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// `(field, value)` pairs, all required.
    pub conditions: Vec<(String, String)>,
}

impl Filter {
    /// Parses `field=value,field=value`. Errors on a part without `=`, an empty
    /// field or an empty value (a blank field value counts as missing, so it
    /// could match nothing).
    pub fn parse(spec: &str) -> Result<Filter> {
        let mut conditions = Vec::new();
        for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (f, v) = part.split_once('=').ok_or_else(|| {
                Error::Invalid(format!(
                    "\"{part}\" is not field=value (e.g. topic=immigration)"
                ))
            })?;
            if f.trim().is_empty() {
                return Err(Error::Invalid(format!("\"{part}\" names no field")));
            }
            if v.trim().is_empty() {
                return Err(Error::Invalid(format!(
                    "\"{part}\" gives no value; a blank field counts as missing, so it matches nothing"
                )));
            }
            conditions.push((f.trim().to_string(), v.trim().to_string()));
        }
        if conditions.is_empty() {
            return Err(Error::Invalid("an empty filter; use field=value".into()));
        }
        Ok(Filter { conditions })
    }

    /// True when `article` meets every condition.
    pub fn matches(&self, article: &Article) -> bool {
        self.conditions
            .iter()
            .all(|(f, v)| value_of(article, f) == Some(v.as_str()))
    }
}

/// A field's value, or `None` when it is missing or blank: an empty `date`
/// names no day, so it makes no event and matches no filter.
fn value_of<'a>(a: &'a Article, field: &str) -> Option<&'a str> {
    a.field(field).filter(|v| !v.trim().is_empty())
}

/// The outlet name of a corpus article (`"(no outlet)"` when it has none or a blank one).
fn outlet_of(a: &Article) -> String {
    value_of(a, "outlet").unwrap_or("(no outlet)").to_string()
}

/// Streams a corpus and keeps the articles matching `filter`, pooled by outlet
/// in order of first appearance.
pub fn select(path: &Path, fields: Fields, filter: &Filter) -> Result<Vec<Coverage>> {
    let mut out: Vec<Coverage> = Vec::new();
    for item in JsonlReader::open(path, fields)? {
        let a = item?;
        if !filter.matches(&a) {
            continue;
        }
        let outlet = outlet_of(&a);
        match out.iter_mut().find(|c| c.outlet == outlet) {
            Some(c) => c.articles.push(a),
            None => out.push(Coverage {
                outlet,
                articles: vec![a],
            }),
        }
    }
    Ok(out)
}

/// The group key of an article: its values of `group_by`, or `None` when one is
/// missing or blank.
fn key_of(a: &Article, group_by: &[String]) -> Option<Vec<String>> {
    group_by
        .iter()
        .map(|f| value_of(a, f).map(str::to_string))
        .collect()
}

/// Streams `path`, scoring (in parallel, one [`Scorer`] per thread) the
/// articles for which `keep` returns a tag, and returns `(tag, slant)` pairs.
pub(super) fn stream_slants<T: Send>(
    model: &Model,
    path: &Path,
    fields: Fields,
    mut keep: impl FnMut(&Article) -> Option<T>,
) -> Result<Vec<(T, f64)>> {
    let roles = model.label_roles();
    if !roles.has_left_and_right() {
        return Err(Error::Invalid(
            "the model needs \"left\" and \"right\" labels to measure slant".into(),
        ));
    }
    let mut reader = JsonlReader::open(path, fields)?;
    let pool = ScorerPool::new(model, 0);
    let mut out = Vec::new();
    loop {
        let mut batch: Vec<(T, Article)> = Vec::with_capacity(BATCH);
        for item in reader.by_ref() {
            let a = item?;
            if let Some(t) = keep(&a) {
                batch.push((t, a));
                if batch.len() == BATCH {
                    break;
                }
            }
        }
        if batch.is_empty() {
            break;
        }
        let scored: Vec<(T, f64)> = batch
            .into_par_iter()
            .map(|(t, a)| {
                let p = pool.with(|s| s.probabilities(a.title.as_deref(), &a.text));
                (t, roles.slant(&p).expect("the model has left and right"))
            })
            .collect();
        out.extend(scored);
    }
    Ok(out)
}

/// One outlet's coverage of an event, in [`events`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventOutlet {
    /// The outlet.
    pub outlet: String,
    /// Its articles in the group.
    pub articles: usize,
    /// Mean slant of those articles.
    pub slant: f64,
}

/// An event two or more outlets covered: articles sharing the group-by fields.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    /// The group-by fields and their values.
    pub key: Vec<(String, String)>,
    /// Each outlet's coverage, most left-leaning (lowest slant) first.
    pub outlets: Vec<EventOutlet>,
    /// Highest minus lowest outlet slant: also the largest pairwise |Δslant|.
    pub slant_range: f64,
}

/// How to group a corpus into events, and which articles to consider.
#[derive(Debug, Clone, PartialEq)]
pub struct Grouping {
    /// The fields whose values make an event (default [`DEFAULT_GROUP_BY`]).
    pub group_by: Vec<String>,
    /// Only articles matching this filter are considered (all when `None`).
    pub filter: Option<Filter>,
}

impl Default for Grouping {
    fn default() -> Self {
        Grouping {
            group_by: DEFAULT_GROUP_BY.iter().map(|s| s.to_string()).collect(),
            filter: None,
        }
    }
}

impl Grouping {
    /// The event key of an article, or `None` when it is filtered out or lacks a field.
    pub(super) fn key(&self, a: &Article) -> Option<Vec<String>> {
        if self.filter.as_ref().is_some_and(|f| !f.matches(a)) {
            return None;
        }
        key_of(a, &self.group_by)
    }
}

/// Events in a corpus covered by two or more outlets, grouped as `grouping`
/// says, most divergent (largest slant range) first; at most `limit`.
///
/// Two streaming passes: the first reads only the group keys and outlets, the
/// second scores (in parallel) the articles of groups with two or more outlets
/// and keeps a slant per article. Articles missing a group-by field are skipped.
pub fn events(
    model: &Model,
    path: &Path,
    fields: Fields,
    grouping: &Grouping,
    limit: Option<usize>,
) -> Result<Vec<Event>> {
    let group_by = &grouping.group_by;
    let mut outlets_of: HashMap<Vec<String>, HashSet<String>> = HashMap::new();
    for item in JsonlReader::open(path, fields.clone())? {
        let a = item?;
        if let Some(k) = grouping.key(&a) {
            outlets_of.entry(k).or_default().insert(outlet_of(&a));
        }
    }
    outlets_of.retain(|_, o| o.len() >= 2);
    let slants = stream_slants(model, path, fields, |a| {
        let k = grouping.key(a)?;
        outlets_of.contains_key(&k).then(|| (k, outlet_of(a)))
    })?;
    let mut groups: HashMap<Vec<String>, BTreeMap<String, (usize, f64)>> = HashMap::new();
    for ((k, outlet), s) in slants {
        let e = groups.entry(k).or_default().entry(outlet).or_default();
        e.0 += 1;
        e.1 += s;
    }
    let mut out: Vec<Event> = groups
        .into_iter()
        .map(|(k, by_outlet)| {
            let mut outlets: Vec<EventOutlet> = by_outlet
                .into_iter()
                .map(|(outlet, (n, sum))| EventOutlet {
                    outlet,
                    articles: n,
                    slant: sum / n as f64,
                })
                .collect();
            outlets.sort_by(|a, b| a.slant.total_cmp(&b.slant).then(a.outlet.cmp(&b.outlet)));
            let slant_range =
                outlets.last().map_or(0.0, |l| l.slant) - outlets.first().map_or(0.0, |f| f.slant);
            Event {
                key: group_by.iter().cloned().zip(k).collect(),
                outlets,
                slant_range,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.slant_range
            .total_cmp(&a.slant_range)
            .then(a.key.cmp(&b.key))
    });
    if let Some(n) = limit {
        out.truncate(n);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_parse_and_match_fields() {
        let f = Filter::parse("topic=immigration, date=2018-06-19").unwrap();
        assert_eq!(f.conditions.len(), 2);
        let mut a = Article {
            extra: vec![
                ("topic".into(), "immigration".into()),
                ("date".into(), "2018-06-19".into()),
            ],
            ..Default::default()
        };
        assert!(f.matches(&a));
        a.extra[1].1 = "2018-06-20".into();
        assert!(!f.matches(&a));
        for bad in ["topic", "=x", ""] {
            assert!(
                matches!(Filter::parse(bad), Err(Error::Invalid(_))),
                "{bad}"
            );
        }
    }
}
