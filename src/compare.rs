//! Comparing coverage of one event across outlets.
//!
//! [`compare`] scores every article of every outlet with one [`Model`] and
//! returns a [`Comparison`]: one column of figures per outlet (label
//! probabilities, slant, partisanship, loaded language, sourcing), a speaker ×
//! outlet matrix with names merged across articles, the distinctive words of
//! each outlet, the naming choices each made, and a short [`Verdict`] that
//! cites its numbers. It never prints; `crate::report` renders it.
//!
//! For whole corpora, [`select`] picks the articles matching a [`Filter`],
//! [`events`] lists the events (articles sharing some fields, by default
//! `topic` and `date`) that two or more outlets covered, most divergent first,
//! and [`ordering_accuracy`] measures how often a model orders the left, center
//! and right articles of one event by slant. All three stream the corpus and
//! keep only what they need.
//!
//! # Distinctive words
//!
//! Each outlet's words are counted as written, lowercased (stop words and
//! tokens without a letter dropped), plus bigrams of two adjacent kept words
//! separated only by white space. Each outlet is set against all the other
//! outlets together with [`features::log_odds::fightin_words_with`]: the
//! log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn
//! 2008). The prior is the pooled counts of *all* compared outlets scaled to a
//! total mass `a0`, so `a_w = a0 · c_w / Σc`. By default `a0 = Σc`, the number
//! of counted terms: each term's prior is its own pooled count (`a_w = c_w`),
//! so the prior weighs as much as the data, whatever its size. (A fixed
//! `a0 = 1,000`, [`DEFAULT_PRIOR_MASS`], swamps a few short articles: no word
//! of the three harbor-bridge examples would stand out.) Set
//! [`CompareOptions::prior_mass`] to fix `a0`. Only terms with `z ≥ 1.96`
//! (over-represented at the usual 95% level, [`CompareOptions::min_z`]) are
//! called distinctive: a word must recur in one outlet and be rare in the others.

use crate::corpus::{Article, Fields, JsonlReader};
use crate::features::lexicon::Category;
use crate::features::log_odds::fightin_words_with;
use crate::features::sourcing::SourceKind;
#[cfg(doc)]
use crate::features::{self, log_odds::DEFAULT_PRIOR_MASS};
use crate::model::Model;
use crate::score::{ArticleScore, ScorerPool};
use crate::text::{for_each_token, lower_word, StopWords};
use crate::{Error, Result};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

/// The usual 95% cut for a z-score.
pub const DEFAULT_MIN_Z: f64 = 1.96;

/// How many distinctive terms to keep per outlet, by default.
pub const DEFAULT_TERMS: usize = 10;

/// The fields that make an event by default: articles of one topic on one day.
pub const DEFAULT_GROUP_BY: [&str; 2] = ["topic", "date"];

/// Articles scored per parallel batch when streaming a corpus.
const BATCH: usize = 1024;

/// Settings of a comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareOptions {
    /// Total prior mass `a0` of the Dirichlet prior. Default `None`: the number
    /// of terms counted over all outlets (each term's prior is its pooled count).
    pub prior_mass: Option<f64>,
    /// Smallest z-score called distinctive. Default [`DEFAULT_MIN_Z`] (1.96).
    pub min_z: f64,
    /// Distinctive terms kept per outlet. Default [`DEFAULT_TERMS`].
    pub terms: usize,
}

impl Default for CompareOptions {
    fn default() -> Self {
        CompareOptions {
            prior_mass: None,
            min_z: DEFAULT_MIN_Z,
            terms: DEFAULT_TERMS,
        }
    }
}

/// The articles one outlet published on the event.
#[derive(Debug, Clone, PartialEq)]
pub struct Coverage {
    /// The outlet's name, as shown in the report.
    pub outlet: String,
    /// Its articles (several are pooled).
    pub articles: Vec<Article>,
}

/// The whole comparison: outlets as columns.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    /// One column per outlet, in input order.
    pub outlets: Vec<OutletColumn>,
    /// Who spoke where: one row per voice, counts aligned with `outlets`.
    pub voices: Vec<VoiceRow>,
    /// Each outlet's distinctive terms, aligned with `outlets`.
    pub distinctive: Vec<Vec<DistinctiveTerm>>,
    /// Naming choices: pairs of names for one thing, with who used which.
    pub naming: Vec<NamingPair>,
    /// The short verdict and the figures it cites.
    pub verdict: Verdict,
    /// The prior mass `a0` the distinctive terms were computed with.
    pub prior_mass: f64,
    /// The z-score cut for a distinctive term.
    pub min_z: f64,
}

/// One outlet's figures. Probabilities and sourcing figures are means over its
/// articles; loaded density and anonymous share are pooled over all of them.
#[derive(Debug, Clone, Serialize)]
pub struct OutletColumn {
    /// The outlet's name.
    pub outlet: String,
    /// How many articles were pooled.
    pub articles: usize,
    /// Words in all its articles.
    pub words: usize,
    /// Mean probability of each label.
    pub probabilities: BTreeMap<String, f64>,
    /// Mean P(right) − P(left), when the model has both labels.
    pub slant: Option<f64>,
    /// 1 − mean P(center), when the model has a center label.
    pub partisanship: Option<f64>,
    /// Loaded terms per 100 words, over all its articles.
    pub loaded_density: f64,
    /// Loaded terms in all its articles.
    pub loaded_terms: usize,
    /// Up to three categories with the most loaded terms, most first (non-zero only).
    pub loaded_top: Vec<(Category, usize)>,
    /// Mean sourcing balance over its articles (0 one group … 1 even spread).
    pub balance: f64,
    /// Mean share of named attributions held by the largest group.
    pub top_group_share: f64,
    /// Distinct voices over all its articles, merged as in [`VoiceRow`].
    pub voices: usize,
    /// Anonymous and unattributed claims over all attributions (0 when none).
    pub anonymous_share: f64,
}

/// One voice in the speaker × outlet matrix.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VoiceRow {
    /// The fullest form of the name seen ("Robert Hughes" for "Hughes", "Mr. Hughes").
    pub voice: String,
    /// The affiliation group of its first attribution, when known.
    pub group: Option<String>,
    /// Named attributions per outlet, aligned with [`Comparison::outlets`].
    pub counts: Vec<usize>,
    /// The one outlet that carried this voice, when only one did.
    pub only_in: Option<String>,
}

/// A term one outlet used more than the others.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DistinctiveTerm {
    /// The word or bigram, lowercased as written.
    pub term: String,
    /// Its count in this outlet.
    pub count: u64,
    /// Its count in all the other outlets together.
    pub count_others: u64,
    /// Log-odds ratio with the prior, this outlet against the others.
    pub delta: f64,
    /// `delta` over its standard deviation.
    pub z: f64,
}

/// Two names for one thing (a lexicon naming pair) and who used which.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NamingPair {
    /// The two names, lowercased, in alphabetical order.
    pub names: [String; 2],
    /// Per outlet (aligned with [`Comparison::outlets`]): uses of each name.
    pub counts: Vec<[usize; 2]>,
}

/// An outlet and a figure that singles it out.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OutletFigure {
    /// The outlet.
    pub outlet: String,
    /// The figure (balance or loaded density).
    pub value: f64,
}

/// The two outlets whose slants are furthest apart.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SlantGap {
    /// The outlet further left.
    pub left: String,
    /// Its slant.
    pub left_slant: f64,
    /// The outlet further right.
    pub right: String,
    /// Its slant.
    pub right_slant: f64,
    /// `right_slant − left_slant`.
    pub gap: f64,
}

/// What stands out, with the numbers behind each claim.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    /// The lowest mean sourcing balance (ties: highest top-group share).
    pub one_sided: Option<OutletFigure>,
    /// Its top-group share.
    pub one_sided_top_group_share: Option<f64>,
    /// The highest loaded-term density.
    pub most_loaded: Option<OutletFigure>,
    /// The pair with the largest |Δslant|.
    pub widest_gap: Option<SlantGap>,
    /// The verdict in plain words.
    pub text: String,
}

/// Compares the coverage of one event by two or more outlets.
///
/// Every article is scored with `model`; see the module docs for how each part
/// is measured. Errors when fewer than two outlets are given, an outlet has no
/// articles, or `options` are invalid.
pub fn compare(
    model: &Model,
    coverage: &[Coverage],
    options: &CompareOptions,
) -> Result<Comparison> {
    if coverage.len() < 2 {
        return Err(Error::Invalid(format!(
            "a comparison needs at least two outlets, got {}",
            coverage.len()
        )));
    }
    if let Some(c) = coverage.iter().find(|c| c.articles.is_empty()) {
        return Err(Error::Invalid(format!(
            "outlet \"{}\" has no articles",
            c.outlet
        )));
    }
    let pool = ScorerPool::new(model, 0);
    let scores: Vec<Vec<ArticleScore>> = coverage
        .iter()
        .map(|c| {
            c.articles
                .par_iter()
                .map(|a| pool.with(|s| s.score(a)))
                .collect()
        })
        .collect();
    let voices = voice_matrix(coverage, &scores);
    let mut outlets: Vec<OutletColumn> = coverage
        .iter()
        .zip(&scores)
        .map(|(c, s)| column(&c.outlet, s))
        .collect();
    for (k, col) in outlets.iter_mut().enumerate() {
        col.voices = voices.iter().filter(|v| v.counts[k] > 0).count();
    }
    let stop = StopWords::default();
    let counts: Vec<HashMap<String, u64>> = coverage
        .iter()
        .map(|c| {
            let mut m = HashMap::new();
            for a in &c.articles {
                if let Some(t) = &a.title {
                    count_terms(t, &stop, &mut m);
                }
                count_terms(&a.text, &stop, &mut m);
            }
            m
        })
        .collect();
    let (distinctive, prior_mass) = distinctive_terms(&counts, options)?;
    let naming = naming_pairs(&scores);
    let verdict = verdict(&outlets);
    Ok(Comparison {
        outlets,
        voices,
        distinctive,
        naming,
        verdict,
        prior_mass,
        min_z: options.min_z,
    })
}

fn mean(xs: impl Iterator<Item = f64>) -> f64 {
    let (mut s, mut n) = (0.0, 0usize);
    for x in xs {
        s += x;
        n += 1;
    }
    if n == 0 {
        0.0
    } else {
        s / n as f64
    }
}

fn column(outlet: &str, scores: &[ArticleScore]) -> OutletColumn {
    let mut probabilities = BTreeMap::new();
    if let Some(first) = scores.first() {
        for (label, _) in &first.probabilities {
            let m = mean(scores.iter().map(|s| {
                s.probabilities
                    .iter()
                    .find(|(l, _)| l == label)
                    .map_or(0.0, |(_, p)| *p)
            }));
            probabilities.insert(label.clone(), m);
        }
    }
    let slant = match (probabilities.get("left"), probabilities.get("right")) {
        (Some(l), Some(r)) => Some(r - l),
        _ => None,
    };
    let partisanship = probabilities.get("center").map(|c| 1.0 - c);
    let words: usize = scores.iter().map(|s| s.words).sum();
    let loaded_terms: usize = scores
        .iter()
        .map(|s| s.loaded_counts.values().sum::<usize>())
        .sum();
    let mut by_cat: BTreeMap<Category, usize> = BTreeMap::new();
    for s in scores {
        for (c, n) in &s.loaded_counts {
            *by_cat.entry(*c).or_default() += n;
        }
    }
    let mut loaded_top: Vec<(Category, usize)> =
        by_cat.into_iter().filter(|(_, n)| *n > 0).collect();
    loaded_top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    loaded_top.truncate(3);
    let attributions: usize = scores.iter().map(|s| s.sourcing.attributions.len()).sum();
    let anonymous: usize = scores
        .iter()
        .map(|s| {
            s.sourcing
                .attributions
                .iter()
                .filter(|a| a.anonymous)
                .count()
        })
        .sum();
    OutletColumn {
        outlet: outlet.to_string(),
        articles: scores.len(),
        words,
        probabilities,
        slant,
        partisanship,
        loaded_density: if words == 0 {
            0.0
        } else {
            100.0 * loaded_terms as f64 / words as f64
        },
        loaded_terms,
        loaded_top,
        balance: mean(scores.iter().map(|s| s.sourcing.balance)),
        top_group_share: mean(scores.iter().map(|s| s.sourcing.top_group_share)),
        voices: 0,
        anonymous_share: if attributions == 0 {
            0.0
        } else {
            anonymous as f64 / attributions as f64
        },
    }
}

/// Titles and honorifics dropped from the front of a name before merging.
const HONORIFICS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "professor",
    "sen",
    "senator",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "president",
    "vice",
    "gov",
    "governor",
    "mayor",
    "councilman",
    "councilwoman",
    "councilmember",
    "secretary",
    "gen",
    "general",
    "judge",
    "justice",
    "rev",
    "reverend",
    "sir",
    "dame",
    "lord",
    "lady",
    "speaker",
    "minister",
    "prime",
    "chancellor",
    "chairman",
    "chairwoman",
    "lt",
    "col",
    "capt",
    "sgt",
    "st",
];

/// The words of a name without honorifics or a possessive, lowercased
/// (`"Mr. Trump's"` → `["trump"]`).
pub fn name_key(name: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut buf = String::new();
    for_each_token(name, |s, e| {
        lower_word(&name[s..e], &mut buf);
        let w = buf
            .strip_suffix("'s")
            .unwrap_or(&buf)
            .trim_end_matches('.')
            .to_string();
        if !w.is_empty() {
            words.push(w);
        }
    });
    let lead = words
        .iter()
        .take_while(|w| HONORIFICS.contains(&w.as_str()))
        .count();
    if lead == words.len() {
        return words;
    }
    words.drain(..lead);
    words
}

/// Merges names that denote one voice: after [`name_key`], a name whose words
/// are a suffix of exactly one longer name's words joins it ("Trump", "Mr.
/// Trump" → "Donald Trump"). A suffix of two different names ("Park" with
/// "Ellen Park" and "Tom Park") stays on its own. Returns, for each input
/// name, the index of the name it merges into (itself when none).
pub fn merge_names(names: &[&str]) -> Vec<usize> {
    let keys: Vec<Vec<String>> = names.iter().map(|n| name_key(n)).collect();
    let mut order: Vec<usize> = (0..names.len()).collect();
    order.sort_by(|&a, &b| keys[b].len().cmp(&keys[a].len()).then(a.cmp(&b)));
    let mut root: Vec<usize> = (0..names.len()).collect();
    let mut done: Vec<usize> = Vec::new();
    for &i in &order {
        if keys[i].is_empty() {
            done.push(i);
            continue;
        }
        let mut targets: Vec<usize> = done
            .iter()
            .filter(|&&j| keys[j].len() >= keys[i].len() && keys[j].ends_with(&keys[i]))
            .map(|&j| root[j])
            .collect();
        targets.sort_unstable();
        targets.dedup();
        if let [only] = targets.as_slice() {
            root[i] = *only;
        }
        done.push(i);
    }
    root
}

fn voice_matrix(coverage: &[Coverage], scores: &[Vec<ArticleScore>]) -> Vec<VoiceRow> {
    // Distinct names as written, in order of first appearance, with counts per outlet.
    let mut names: Vec<String> = Vec::new();
    let mut groups: Vec<Option<String>> = Vec::new();
    let mut counts: Vec<Vec<usize>> = Vec::new();
    for (k, outlet_scores) in scores.iter().enumerate() {
        for s in outlet_scores {
            for a in &s.sourcing.attributions {
                let (SourceKind::Named, Some(sp)) = (a.kind, a.speaker.as_deref()) else {
                    continue;
                };
                let i = match names.iter().position(|n| n == sp) {
                    Some(i) => i,
                    None => {
                        names.push(sp.to_string());
                        groups.push(a.group.clone());
                        counts.push(vec![0; coverage.len()]);
                        names.len() - 1
                    }
                };
                counts[i][k] += 1;
            }
        }
    }
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let root = merge_names(&refs);
    let mut rows: Vec<VoiceRow> = Vec::new();
    let mut row_of: HashMap<usize, usize> = HashMap::new();
    for i in 0..names.len() {
        let r = root[i];
        let at = *row_of.entry(r).or_insert_with(|| {
            rows.push(VoiceRow {
                voice: names[r].clone(),
                group: groups[r].clone(),
                counts: vec![0; coverage.len()],
                only_in: None,
            });
            rows.len() - 1
        });
        for (k, n) in counts[i].iter().enumerate() {
            rows[at].counts[k] += n;
        }
        if rows[at].group.is_none() {
            rows[at].group = groups[i].clone();
        }
    }
    for row in &mut rows {
        let carriers: Vec<usize> = (0..row.counts.len())
            .filter(|&k| row.counts[k] > 0)
            .collect();
        if let [k] = carriers.as_slice() {
            row.only_in = Some(coverage[*k].outlet.clone());
        }
    }
    let outlets = rows.first().map_or(0, |r| r.counts.len());
    rows.sort_by(|a, b| {
        let carried = |r: &VoiceRow| (0..outlets).filter(|&k| r.counts[k] > 0).count();
        carried(b)
            .cmp(&carried(a))
            .then(b.counts.iter().sum::<usize>().cmp(&a.counts.iter().sum()))
            .then(a.voice.cmp(&b.voice))
    });
    rows
}

/// Adds the terms of `text` to `counts`: words as written, lowercased, without
/// stop words or tokens that hold no letter, and bigrams of two such words
/// separated only by white space.
pub fn count_terms(text: &str, stop: &StopWords, counts: &mut HashMap<String, u64>) {
    let mut buf = String::new();
    let mut prev: Option<(String, usize)> = None;
    for_each_token(text, |s, e| {
        lower_word(&text[s..e], &mut buf);
        let keep = !stop.contains(&buf) && buf.chars().any(char::is_alphabetic);
        if !keep {
            prev = None;
            return;
        }
        *counts.entry(buf.clone()).or_default() += 1;
        if let Some((p, pe)) = &prev {
            if text[*pe..s].chars().all(char::is_whitespace) {
                *counts.entry(format!("{p} {buf}")).or_default() += 1;
            }
        }
        prev = Some((buf.clone(), e));
    });
}

/// Each outlet's term counts against all the others with the Fightin' Words
/// log-odds (see the module docs); keeps up to `options.terms` terms per
/// outlet with `z ≥ options.min_z`, highest first. Returns them with the prior
/// mass `a0` used. Errors on a bad prior mass.
pub fn distinctive_terms(
    counts: &[HashMap<String, u64>],
    options: &CompareOptions,
) -> Result<(Vec<Vec<DistinctiveTerm>>, f64)> {
    let total: u64 = counts.iter().flat_map(|c| c.values()).sum();
    let a0 = options.prior_mass.unwrap_or(total.max(1) as f64);
    let scored = fightin_words_with(counts, a0)?;
    let terms = scored
        .into_iter()
        .map(|list| {
            list.into_iter()
                .filter(|t| t.z >= options.min_z)
                .take(options.terms)
                .map(|t| DistinctiveTerm {
                    term: t.term,
                    count: t.count_i,
                    count_others: t.count_j,
                    delta: t.delta,
                    z: t.z,
                })
                .collect()
        })
        .collect();
    Ok((terms, a0))
}

/// Which name of each naming pair each outlet used, from every use of a pair's
/// name (marked or standard), keyed by the names as the lexicon lists them.
fn naming_pairs(scores: &[Vec<ArticleScore>]) -> Vec<NamingPair> {
    let mut pairs: BTreeMap<[String; 2], Vec<[usize; 2]>> = BTreeMap::new();
    for (k, outlet_scores) in scores.iter().enumerate() {
        for s in outlet_scores {
            for t in &s.naming_choices {
                let used = t.name.to_lowercase();
                let alt = t.alternative.to_lowercase();
                let (key, side) = if used <= alt {
                    ([used, alt], 0)
                } else {
                    ([alt, used], 1)
                };
                pairs
                    .entry(key)
                    .or_insert_with(|| vec![[0, 0]; scores.len()])[k][side] += 1;
            }
        }
    }
    pairs
        .into_iter()
        .map(|(names, counts)| NamingPair { names, counts })
        .collect()
}

fn verdict(outlets: &[OutletColumn]) -> Verdict {
    let one_sided = outlets.iter().min_by(|a, b| {
        a.balance
            .total_cmp(&b.balance)
            .then(b.top_group_share.total_cmp(&a.top_group_share))
    });
    let most_loaded = outlets.iter().max_by(|a, b| {
        a.loaded_density
            .total_cmp(&b.loaded_density)
            .then(b.outlet.cmp(&a.outlet))
    });
    let mut widest_gap: Option<SlantGap> = None;
    for (i, a) in outlets.iter().enumerate() {
        for b in &outlets[i + 1..] {
            let (Some(sa), Some(sb)) = (a.slant, b.slant) else {
                continue;
            };
            let gap = (sa - sb).abs();
            if widest_gap.as_ref().is_none_or(|g| gap > g.gap) {
                let (l, r) = if sa <= sb { (a, b) } else { (b, a) };
                widest_gap = Some(SlantGap {
                    left: l.outlet.clone(),
                    left_slant: l.slant.unwrap_or(0.0),
                    right: r.outlet.clone(),
                    right_slant: r.slant.unwrap_or(0.0),
                    gap,
                });
            }
        }
    }
    let mut parts = Vec::new();
    if let Some(o) = one_sided {
        parts.push(format!(
            "Most one-sided sourcing: {} (balance {:.2}, top group holds {:.0}% of named attributions, {} voice{}).",
            o.outlet,
            o.balance,
            o.top_group_share * 100.0,
            o.voices,
            if o.voices == 1 { "" } else { "s" }
        ));
    }
    if let Some(o) = most_loaded {
        if o.loaded_terms == 0 {
            parts.push("No outlet used loaded terms.".to_string());
        } else {
            parts.push(format!(
                "Most loaded: {} ({:.1} loaded terms per 100 words).",
                o.outlet, o.loaded_density
            ));
        }
    }
    if let Some(g) = &widest_gap {
        parts.push(format!(
            "Slants disagree most between {} ({:+.2}) and {} ({:+.2}), a gap of {:.2}.",
            g.left, g.left_slant, g.right, g.right_slant, g.gap
        ));
    }
    Verdict {
        one_sided: one_sided.map(|o| OutletFigure {
            outlet: o.outlet.clone(),
            value: o.balance,
        }),
        one_sided_top_group_share: one_sided.map(|o| o.top_group_share),
        most_loaded: most_loaded.map(|o| OutletFigure {
            outlet: o.outlet.clone(),
            value: o.loaded_density,
        }),
        widest_gap,
        text: parts.join(" "),
    }
}

/// Conditions on corpus fields: every `field=value` must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// `(field, value)` pairs, all required.
    pub conditions: Vec<(String, String)>,
}

impl Filter {
    /// Parses `field=value,field=value`. Errors on a part without `=` or an empty field.
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
            .all(|(f, v)| article.field(f) == Some(v.as_str()))
    }
}

/// The outlet name of a corpus article (`"(no outlet)"` when it has none).
fn outlet_of(a: &Article) -> String {
    a.outlet
        .clone()
        .unwrap_or_else(|| "(no outlet)".to_string())
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

/// The group key of an article: its values of `group_by`, or `None` when one is missing.
fn key_of(a: &Article, group_by: &[String]) -> Option<Vec<String>> {
    group_by
        .iter()
        .map(|f| a.field(f).map(str::to_string))
        .collect()
}

/// Streams `path`, scoring (in parallel, one [`Scorer`] per thread) the
/// articles for which `keep` returns a tag, and returns `(tag, slant)` pairs.
fn stream_slants<T: Send>(
    model: &Model,
    path: &Path,
    fields: Fields,
    mut keep: impl FnMut(&Article) -> Option<T>,
) -> Result<Vec<(T, f64)>> {
    let (left, right) = match (model.label_index("left"), model.label_index("right")) {
        (Some(l), Some(r)) => (l, r),
        _ => {
            return Err(Error::Invalid(
                "the model needs \"left\" and \"right\" labels to measure slant".into(),
            ))
        }
    };
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
                (t, p[right] - p[left])
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
    fn key(&self, a: &Article) -> Option<Vec<String>> {
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

/// How often a model orders the left, center and right articles of one event by slant.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrderingAccuracy {
    /// Groups holding exactly one article of each of the three labels.
    pub groups: usize,
    /// Pairs checked: three per group.
    pub pairs: usize,
    /// Pairs ordered correctly (strictly lower slant for the more left-leaning label).
    pub correct: usize,
    /// `correct / pairs`.
    pub accuracy: f64,
    /// Accuracy of left < center.
    pub left_center: f64,
    /// Accuracy of center < right.
    pub center_right: f64,
    /// Accuracy of left < right.
    pub left_right: f64,
}

/// On the groups (made as `grouping` says) that hold exactly one article labelled `left`,
/// one `center` and one `right` in `label_field`, the share of the pairs
/// (left, center), (center, right), (left, right) that `model` orders
/// correctly by slant. Two streaming passes; only the chosen articles are scored.
pub fn ordering_accuracy(
    model: &Model,
    path: &Path,
    fields: Fields,
    grouping: &Grouping,
    label_field: &str,
) -> Result<OrderingAccuracy> {
    const LABELS: [&str; 3] = ["left", "center", "right"];
    let mut labels_of: HashMap<Vec<String>, Vec<String>> = HashMap::new();
    for item in JsonlReader::open(path, fields.clone())? {
        let a = item?;
        if let Some(k) = grouping.key(&a) {
            let l = a.field(label_field).unwrap_or("").to_string();
            labels_of.entry(k).or_default().push(l);
        }
    }
    labels_of.retain(|_, ls| {
        let mut s = ls.clone();
        s.sort();
        s == ["center", "left", "right"]
    });
    let slants = stream_slants(model, path, fields, |a| {
        let k = grouping.key(a)?;
        let l = LABELS
            .iter()
            .position(|&x| Some(x) == a.field(label_field))?;
        labels_of.contains_key(&k).then_some((k, l))
    })?;
    let mut by_group: HashMap<Vec<String>, [f64; 3]> = HashMap::new();
    for ((k, l), s) in slants {
        by_group.entry(k).or_insert([0.0; 3])[l] = s;
    }
    let groups = by_group.len();
    let mut hits = [0usize; 3];
    for s in by_group.values() {
        hits[0] += usize::from(s[0] < s[1]);
        hits[1] += usize::from(s[1] < s[2]);
        hits[2] += usize::from(s[0] < s[2]);
    }
    let share = |n: usize| {
        if groups == 0 {
            0.0
        } else {
            n as f64 / groups as f64
        }
    };
    let correct = hits.iter().sum();
    Ok(OrderingAccuracy {
        groups,
        pairs: 3 * groups,
        correct,
        accuracy: if groups == 0 {
            0.0
        } else {
            correct as f64 / (3 * groups) as f64
        },
        left_center: share(hits[0]),
        center_right: share(hits[1]),
        left_right: share(hits[2]),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn honorifics_and_possessives_are_dropped_from_names() {
        assert_eq!(name_key("Mr. Trump's"), ["trump"]);
        assert_eq!(name_key("Sen. Elizabeth Warren"), ["elizabeth", "warren"]);
        assert_eq!(name_key("President"), ["president"], "a bare title stays");
    }

    #[test]
    fn names_merge_on_a_unique_suffix() {
        let names = [
            "Trump",
            "Donald Trump",
            "Mr. Trump",
            "President Donald Trump",
            "Ellen Park",
            "Tom Park",
            "Park",
            "Hughes",
            "Robert Hughes",
        ];
        let root = merge_names(&names);
        let merged = |i: usize| names[root[i]];
        for (i, name) in names.iter().enumerate().take(4) {
            assert_eq!(merged(i), "Donald Trump", "{name}");
        }
        assert_eq!(merged(4), "Ellen Park");
        assert_eq!(merged(5), "Tom Park");
        assert_eq!(merged(6), "Park", "two Parks: ambiguous, kept apart");
        assert_eq!(merged(7), "Robert Hughes");
    }

    #[test]
    fn terms_are_lowercased_words_without_stop_words_plus_bigrams() {
        let mut m = HashMap::new();
        count_terms(
            "The Spending spree, in 2024: spending.",
            &StopWords::default(),
            &mut m,
        );
        let mut got: Vec<(&str, u64)> = m.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        got.sort();
        // "the", "in" are stop words, "2024" has no letter, the comma breaks a bigram.
        assert_eq!(got, [("spending", 2), ("spending spree", 1), ("spree", 1)]);
    }

    /// Worked by hand. Outlet A: "tax, tax, tax, relief." → tax 3, relief 1 (n = 4).
    /// Outlet B: "tax, cuts, cuts, cuts." → tax 1, cuts 3 (n = 4). Commas keep
    /// bigrams out. Pooled: tax 4, relief 1, cuts 3 (8 terms), so by default
    /// a0 = 8 and a_w = c_w: a_tax = 4, a_relief = 1, a_cuts = 3.
    ///
    /// A against B (y + a over n + a0 − y − a):
    /// tax:    A 7/5, B 5/7;  delta = 2·ln(1.4) = 0.6729444732
    ///         var = 1/7 + 1/5 = 0.3428571;  z = 0.6729445 / 0.5855400 = 1.1492714809
    /// relief: A 2/10, B 1/11; delta = ln(2.2) = 0.7884573604
    ///         var = 1/2 + 1/1 = 1.5;        z = 0.7884574 / 1.2247449 = 0.6437727389
    /// cuts:   A 3/9, B 6/6;   delta = −ln 3 = −1.0986122887
    ///         var = 1/3 + 1/6 = 0.5;        z = −1.0986123 / 0.7071068 = −1.5536723984
    /// B against A mirrors these: cuts +1.5536723984.
    #[test]
    fn distinctive_terms_match_hand_computation() {
        let stop = StopWords::default();
        let mut a = HashMap::new();
        let mut b = HashMap::new();
        count_terms("tax, tax, tax, relief.", &stop, &mut a);
        count_terms("tax, cuts, cuts, cuts.", &stop, &mut b);
        let mut options = CompareOptions {
            min_z: 1.0,
            ..CompareOptions::default()
        };
        let (terms, a0) = distinctive_terms(&[a.clone(), b.clone()], &options).unwrap();
        assert_eq!(a0, 8.0);
        assert_eq!(terms[0].len(), 1);
        assert_eq!(terms[0][0].term, "tax");
        assert!(close(terms[0][0].delta, 2.0 * 1.4f64.ln()));
        assert!(close(terms[0][0].z, 1.1492714809232922));
        assert_eq!((terms[0][0].count, terms[0][0].count_others), (3, 1));
        assert_eq!(terms[1].len(), 1);
        assert_eq!(terms[1][0].term, "cuts");
        assert!(close(terms[1][0].delta, 3f64.ln()));
        assert!(close(terms[1][0].z, 1.5536723984241865));
        // At the 95% cut nothing here is distinctive.
        options.min_z = DEFAULT_MIN_Z;
        let (terms, _) = distinctive_terms(&[a, b], &options).unwrap();
        assert!(terms.iter().all(Vec::is_empty));
    }

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

    fn column(outlet: &str, slant: f64, balance: f64, top: f64, density: f64) -> OutletColumn {
        OutletColumn {
            outlet: outlet.into(),
            articles: 1,
            words: 100,
            probabilities: BTreeMap::new(),
            slant: Some(slant),
            partisanship: None,
            loaded_density: density,
            loaded_terms: density as usize,
            loaded_top: Vec::new(),
            balance,
            top_group_share: top,
            voices: 2,
            anonymous_share: 0.0,
        }
    }

    #[test]
    fn verdict_cites_the_one_sided_the_loaded_and_the_widest_gap() {
        let v = verdict(&[
            column("A", -0.6, 0.7, 0.4, 1.0),
            column("B", 0.1, 0.3, 0.8, 3.0),
            column("C", 0.5, 0.6, 0.5, 2.0),
        ]);
        assert_eq!(v.one_sided.as_ref().unwrap().outlet, "B");
        assert_eq!(v.most_loaded.as_ref().unwrap().outlet, "B");
        let g = v.widest_gap.unwrap();
        assert_eq!((g.left.as_str(), g.right.as_str()), ("A", "C"));
        assert!(close(g.gap, 1.1));
        assert!(
            v.text.contains("B (balance 0.30, top group holds 80%"),
            "{}",
            v.text
        );
        assert!(
            v.text.contains("3.0 loaded terms per 100 words"),
            "{}",
            v.text
        );
        assert!(
            v.text.contains("A (-0.60) and C (+0.50), a gap of 1.10"),
            "{}",
            v.text
        );
    }
}
