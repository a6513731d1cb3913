//! Comparing outlets on one event: a column of figures per outlet, the speaker ×
//! outlet matrix, distinctive words, naming choices and the [`Verdict`] (see the
//! [module docs](super) for how each is measured).

use super::names::merge_names_with;
use crate::corpus::Article;
use crate::features::lexicon::Category;
use crate::features::log_odds::fightin_words_with;
use crate::features::sourcing::SourceKind;
#[cfg(doc)]
use crate::features::{self, log_odds::DEFAULT_PRIOR_MASS};
use crate::model::{LabelRoles, Model, MultiLabelModel};
use crate::score::{ArticleScore, ScorerPool};
use crate::text::{for_each_token, lower_word, StopWords};
use crate::{Error, Result};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// The usual 95% cut for a z-score.
pub const DEFAULT_MIN_Z: f64 = 1.96;

/// How many distinctive terms to keep per outlet, by default.
pub const DEFAULT_TERMS: usize = 10;

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
    /// Each outlet's frame profile and the frames that set outlets apart, when a frame
    /// model was given ([`compare_with_frames`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frames: Option<super::frames::FrameComparison>,
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
    /// Expected loaded words of the outlet's voice per 100 words, over all its articles:
    /// its loaded terms plus the word model's probabilities of the words they leave out
    /// (see [`ArticleScore::loaded_density`]).
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
    /// Other outlets at the same (printed) slant as `left`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also_left: Vec<String>,
    /// Other outlets at the same (printed) slant as `right`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also_right: Vec<String>,
}

/// What stands out, with the numbers behind each claim.
///
/// Figures are compared as printed (balance and slant to two decimals, top-group
/// share to a percent, loaded density to one decimal): outlets whose printed
/// figures are equal tie, and a tie names no single outlet. Outlets without
/// words take part in no comparison; outlets without a named voice take no part
/// in the sourcing comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    /// The one outlet with the lowest mean sourcing balance (then the highest
    /// top-group share), among two or more that quote named voices; `None` on a tie.
    pub one_sided: Option<OutletFigure>,
    /// Its top-group share.
    pub one_sided_top_group_share: Option<f64>,
    /// The outlets tied for most one-sided (all of them when sourcing does not differ).
    pub one_sided_tie: Vec<String>,
    /// The one outlet with the highest loaded-term density; `None` on a tie or
    /// when no outlet used a loaded term.
    pub most_loaded: Option<OutletFigure>,
    /// The outlets tied for most loaded (all of them when the densities do not differ).
    pub most_loaded_tie: Vec<String>,
    /// The outlets furthest apart in slant; `None` when the slants do not differ.
    pub widest_gap: Option<SlantGap>,
    /// Outlets with no words: left out of every comparison.
    pub no_words: Vec<String>,
    /// Outlets with words but no named voice: left out of the sourcing comparison.
    pub no_voices: Vec<String>,
    /// The verdict in plain words.
    pub text: String,
}

/// Compares the coverage of one event by two or more outlets.
///
/// Every article is scored with `model`; see the module docs for how each part
/// is measured. Errors when fewer than two outlets are given, an outlet has a
/// blank name or no articles, or `options` are invalid.
pub fn compare(
    model: &Model,
    coverage: &[Coverage],
    options: &CompareOptions,
) -> Result<Comparison> {
    compare_with_frames(model, None, coverage, options)
}

/// [`compare`], and with `frames` each outlet's frame profile: the share of its
/// articles where each frame is present and its mean probability, the frames one
/// outlet uses significantly more than the others, and a sentence saying so, added
/// to the verdict (see [`super::frames`]).
pub fn compare_with_frames(
    model: &Model,
    frames: Option<&MultiLabelModel>,
    coverage: &[Coverage],
    options: &CompareOptions,
) -> Result<Comparison> {
    if coverage.len() < 2 {
        return Err(Error::Invalid(format!(
            "a comparison needs at least two outlets, got {}",
            coverage.len()
        )));
    }
    if let Some(i) = coverage.iter().position(|c| c.outlet.trim().is_empty()) {
        return Err(Error::Invalid(format!(
            "outlet {} has a blank name; every outlet needs a visible one",
            i + 1
        )));
    }
    if let Some(c) = coverage.iter().find(|c| c.articles.is_empty()) {
        return Err(Error::Invalid(format!(
            "outlet \"{}\" has no articles",
            c.outlet
        )));
    }
    let mut pool = ScorerPool::new(model, 0);
    pool.set_frames(frames);
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
    let mut verdict = verdict(&outlets);
    let frames = frames.map(|_| {
        let names: Vec<String> = coverage.iter().map(|c| c.outlet.clone()).collect();
        let readings: Vec<Vec<&[crate::frames::FrameScore]>> = scores
            .iter()
            .map(|s| s.iter().map(|a| a.frames.as_slice()).collect())
            .collect();
        super::frames::compare_frames(&names, &readings)
    });
    if let Some(f) = &frames {
        verdict.text.push(' ');
        verdict.text.push_str(&f.text);
    }
    Ok(Comparison {
        outlets,
        voices,
        distinctive,
        naming,
        verdict,
        prior_mass,
        min_z: options.min_z,
        frames,
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
    let mut labels = Vec::new();
    let mut means = Vec::new();
    if let Some(first) = scores.first() {
        for (label, _) in &first.probabilities {
            let m = mean(scores.iter().map(|s| {
                s.probabilities
                    .iter()
                    .find(|(l, _)| l == label)
                    .map_or(0.0, |(_, p)| *p)
            }));
            probabilities.insert(label.clone(), m);
            labels.push(label.as_str());
            means.push(m);
        }
    }
    let roles = LabelRoles::of(&labels);
    let slant = roles.slant(&means);
    let partisanship = roles.partisanship(&means);
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
            let unflagged: f64 = scores.iter().map(|s| s.loaded_unflagged).sum();
            100.0 * (loaded_terms as f64 + unflagged) / words as f64
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
    // A surname shared by two people joins the one quoted by the same outlets.
    let near =
        |a: usize, b: usize| (counts[a].iter().zip(&counts[b])).any(|(x, y)| *x > 0 && *y > 0);
    let root = merge_names_with(&refs, near);
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

/// Figures are compared as the verdict prints them: two outlets whose printed
/// figures are equal tie, and a tie names no winner.
fn printed(x: f64, decimals: i32) -> i64 {
    (x * 10f64.powi(decimals)).round() as i64
}

/// `"A"`, `"A and B"`, `"A, B and C"`.
fn and_list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn verdict(outlets: &[OutletColumn]) -> Verdict {
    let mut parts = Vec::new();
    let no_words: Vec<String> = outlets
        .iter()
        .filter(|o| o.words == 0)
        .map(|o| o.outlet.clone())
        .collect();
    let no_voices: Vec<String> = outlets
        .iter()
        .filter(|o| o.voices == 0 && o.words > 0)
        .map(|o| o.outlet.clone())
        .collect();
    let names = |v: &[String]| and_list(&v.iter().map(String::as_str).collect::<Vec<_>>());
    let worded: Vec<&OutletColumn> = outlets.iter().filter(|o| o.words > 0).collect();
    if !no_words.is_empty() {
        parts.push(format!(
            "{} {} no words and {} left out of every comparison{}.",
            names(&no_words),
            if no_words.len() == 1 { "has" } else { "have" },
            if no_words.len() == 1 { "is" } else { "are" },
            if worded.len() < 2 {
                ", so nothing is compared"
            } else {
                ""
            },
        ));
    }

    // Sourcing: only outlets that quote at least one named voice take part.
    let quoting: Vec<&OutletColumn> = outlets.iter().filter(|o| o.voices > 0).collect();
    match quoting.as_slice() {
        _ if worded.len() < 2 => {}
        [] => parts.push("No outlet quotes a named voice, so sourcing is not compared.".into()),
        [only] => parts.push(format!(
            "Only {} quotes named voices, so sourcing is not compared.",
            only.outlet
        )),
        _ if !no_voices.is_empty() => parts.push(format!(
            "{} quote{} no named voice and {} left out of the sourcing comparison.",
            names(&no_voices),
            if no_voices.len() == 1 { "s" } else { "" },
            if no_voices.len() == 1 { "is" } else { "are" },
        )),
        _ => {}
    }
    // Lowest balance first, then highest top-group share, as printed.
    let sourcing_key = |o: &OutletColumn| (printed(o.balance, 2), -printed(o.top_group_share, 2));
    let mut one_sided = None;
    let mut one_sided_tie = Vec::new();
    if quoting.len() >= 2 {
        let low = quoting
            .iter()
            .map(|o| sourcing_key(o))
            .min()
            .unwrap_or_default();
        let lowest: Vec<&&OutletColumn> =
            quoting.iter().filter(|o| sourcing_key(o) == low).collect();
        let o = lowest[0];
        let figures = format!(
            "balance {:.2}, top group holds {:.0}% of named attributions",
            o.balance,
            o.top_group_share * 100.0
        );
        if lowest.len() == quoting.len() {
            parts.push(format!("No difference in sourcing ({figures} in each)."));
            one_sided_tie = lowest.iter().map(|o| o.outlet.clone()).collect();
        } else if lowest.len() > 1 {
            let tied: Vec<&str> = lowest.iter().map(|o| o.outlet.as_str()).collect();
            parts.push(format!(
                "Most one-sided sourcing: a tie between {} ({figures} in each).",
                and_list(&tied)
            ));
            one_sided_tie = lowest.iter().map(|o| o.outlet.clone()).collect();
        } else {
            parts.push(format!(
                "Most one-sided sourcing: {} ({figures}, {} voice{}).",
                o.outlet,
                o.voices,
                if o.voices == 1 { "" } else { "s" }
            ));
            one_sided = Some(*o);
        }
    }

    // Loaded language: outlets with words take part; density printed to one decimal.
    let mut most_loaded = None;
    let mut most_loaded_tie = Vec::new();
    if worded.len() >= 2 {
        let high = worded
            .iter()
            .map(|o| printed(o.loaded_density, 1))
            .max()
            .unwrap_or_default();
        let top: Vec<&&OutletColumn> = worded
            .iter()
            .filter(|o| printed(o.loaded_density, 1) == high)
            .collect();
        if worded.iter().all(|o| o.loaded_terms == 0) {
            parts.push("No outlet used loaded terms.".to_string());
        } else if top.len() == worded.len() {
            parts.push(format!(
                "No difference in loaded language (loaded density {:.1} per 100 words in each).",
                top[0].loaded_density
            ));
            most_loaded_tie = top.iter().map(|o| o.outlet.clone()).collect();
        } else if top.len() > 1 {
            let tied: Vec<&str> = top.iter().map(|o| o.outlet.as_str()).collect();
            parts.push(format!(
                "Most loaded: a tie between {} (loaded density {:.1} per 100 words in each).",
                and_list(&tied),
                top[0].loaded_density
            ));
            most_loaded_tie = top.iter().map(|o| o.outlet.clone()).collect();
        } else {
            parts.push(format!(
                "Most loaded: {} (loaded density {:.1} per 100 words).",
                top[0].outlet, top[0].loaded_density
            ));
            most_loaded = Some(*top[0]);
        }
    }

    // Slant: outlets with words and a slant take part; slants printed to two decimals.
    let slanted: Vec<(&OutletColumn, f64)> = worded
        .iter()
        .filter_map(|o| o.slant.map(|s| (*o, s)))
        .collect();
    let mut widest_gap = None;
    if slanted.len() >= 2 {
        let lo = slanted
            .iter()
            .map(|(_, s)| printed(*s, 2))
            .min()
            .unwrap_or_default();
        let hi = slanted
            .iter()
            .map(|(_, s)| printed(*s, 2))
            .max()
            .unwrap_or_default();
        let at = |p: i64| -> Vec<(&OutletColumn, f64)> {
            slanted
                .iter()
                .filter(|(_, s)| printed(*s, 2) == p)
                .copied()
                .collect()
        };
        let (left, right) = (at(lo), at(hi));
        if lo == hi {
            parts.push(format!(
                "No difference in slant ({:+.2} in each).",
                left[0].1
            ));
        } else {
            let side = |v: &[(&OutletColumn, f64)]| {
                let n: Vec<&str> = v.iter().map(|(o, _)| o.outlet.as_str()).collect();
                format!(
                    "{} ({:+.2}{})",
                    and_list(&n),
                    v[0].1,
                    if v.len() > 1 { " each" } else { "" }
                )
            };
            let gap = right[0].1 - left[0].1;
            parts.push(format!(
                "Slants disagree most between {} and {}, a gap of {:.2}.",
                side(&left),
                side(&right),
                gap
            ));
            widest_gap = Some(SlantGap {
                left: left[0].0.outlet.clone(),
                left_slant: left[0].1,
                right: right[0].0.outlet.clone(),
                right_slant: right[0].1,
                gap,
                also_left: left[1..].iter().map(|(o, _)| o.outlet.clone()).collect(),
                also_right: right[1..].iter().map(|(o, _)| o.outlet.clone()).collect(),
            });
        }
    }
    Verdict {
        one_sided: one_sided.map(|o| OutletFigure {
            outlet: o.outlet.clone(),
            value: o.balance,
        }),
        one_sided_top_group_share: one_sided.map(|o| o.top_group_share),
        one_sided_tie,
        most_loaded: most_loaded.map(|o| OutletFigure {
            outlet: o.outlet.clone(),
            value: o.loaded_density,
        }),
        most_loaded_tie,
        widest_gap,
        no_words,
        no_voices,
        text: parts.join(" "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
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
            v.text.contains("loaded density 3.0 per 100 words"),
            "{}",
            v.text
        );
        assert!(
            v.text.contains("A (-0.60) and C (+0.50), a gap of 1.10"),
            "{}",
            v.text
        );
    }

    #[test]
    fn verdict_names_a_tie_at_the_top_and_no_single_outlet() {
        let v = verdict(&[
            column("A", -0.5, 0.3, 0.8, 3.0),
            column("B", 0.5, 0.3, 0.8, 3.0),
            column("C", 0.5, 0.6, 0.5, 1.0),
        ]);
        assert!(v.one_sided.is_none() && v.most_loaded.is_none());
        assert_eq!(v.one_sided_tie, ["A", "B"]);
        assert_eq!(v.most_loaded_tie, ["A", "B"]);
        assert!(
            v.text
                .contains("Most one-sided sourcing: a tie between A and B"),
            "{}",
            v.text
        );
        assert!(
            v.text
                .contains("Most loaded: a tie between A and B (loaded density 3.0"),
            "{}",
            v.text
        );
        let g = v.widest_gap.unwrap();
        assert_eq!((g.left.as_str(), g.right.as_str()), ("A", "B"));
        assert_eq!(g.also_right, ["C"]);
        assert!(
            v.text
                .contains("between A (-0.50) and B and C (+0.50 each)"),
            "{}",
            v.text
        );
    }
}
