//! Which terms set one group of articles apart: log-odds ratios with an
//! informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words").
//!
//! For a term `w` with count `y_i` in group `i` (`n_i` terms in all) and `y_j` in
//! the comparison group `j`, and a prior `a_w` that sums to `a0` over the
//! vocabulary, natural logs throughout:
//!
//! ```text
//! delta = ln((y_i + a_w) / (n_i + a0 - y_i - a_w)) - ln((y_j + a_w) / (n_j + a0 - y_j - a_w))
//! var   ≈ 1 / (y_i + a_w) + 1 / (y_j + a_w)
//! z     = delta / sqrt(var)
//! ```
//!
//! The prior is informative, as in the paper: `a_w = a0 · c_w / Σc`, the term's
//! share of a background corpus (here: all groups together) scaled to a total
//! prior mass `a0` ([`DEFAULT_PRIOR_MASS`]). A larger `a0` shrinks rare terms
//! harder. [`LearnedTerms`] keeps the top terms per label for a model to store.

use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// Default total prior mass `a0`: the prior counts as 1,000 pseudo-terms.
pub const DEFAULT_PRIOR_MASS: f64 = 1000.0;

/// The log-odds score of one term, group `i` against group `j`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TermScore {
    /// The term (a stem, as the analyzer produced it).
    pub term: String,
    /// Log-odds ratio with the prior (positive: more typical of group `i`).
    pub delta: f64,
    /// `delta` divided by its approximate standard deviation.
    pub z: f64,
    /// Count of the term in group `i`.
    pub count_i: u64,
    /// Count of the term in group `j`.
    pub count_j: u64,
}

fn check_mass(prior_mass: f64) -> Result<()> {
    if prior_mass.is_finite() && prior_mass > 0.0 {
        Ok(())
    } else {
        Err(Error::Invalid(format!(
            "prior mass must be a positive number, got {prior_mass}"
        )))
    }
}

/// Scores every term of `group_i` and `group_j`, `i` against `j`, sorted by `z`
/// descending (ties by term).
///
/// The prior is `background` scaled to `prior_mass` (`a0`). Terms for which a
/// log is undefined (absent from the background and from one group) are skipped.
/// Errors when `prior_mass` is not a positive number.
pub fn log_odds(
    group_i: &HashMap<String, u64>,
    group_j: &HashMap<String, u64>,
    background: &HashMap<String, u64>,
    prior_mass: f64,
) -> Result<Vec<TermScore>> {
    check_mass(prior_mass)?;
    let n_i: u64 = group_i.values().sum();
    let n_j: u64 = group_j.values().sum();
    let n_bg: u64 = background.values().sum();
    let a0 = prior_mass;
    let mut terms: Vec<&String> = group_i.keys().chain(group_j.keys()).collect();
    terms.sort_unstable();
    terms.dedup();
    let mut out = Vec::with_capacity(terms.len());
    for term in terms {
        let y_i = group_i.get(term).copied().unwrap_or(0);
        let y_j = group_j.get(term).copied().unwrap_or(0);
        let a_w = if n_bg == 0 {
            0.0
        } else {
            a0 * background.get(term).copied().unwrap_or(0) as f64 / n_bg as f64
        };
        let (yi, yj) = (y_i as f64 + a_w, y_j as f64 + a_w);
        let (rest_i, rest_j) = (n_i as f64 + a0 - yi, n_j as f64 + a0 - yj);
        if yi <= 0.0 || yj <= 0.0 || rest_i <= 0.0 || rest_j <= 0.0 {
            continue;
        }
        let delta = (yi / rest_i).ln() - (yj / rest_j).ln();
        let z = delta / (1.0 / yi + 1.0 / yj).sqrt();
        out.push(TermScore {
            term: term.clone(),
            delta,
            z,
            count_i: y_i,
            count_j: y_j,
        });
    }
    out.sort_by(|a, b| b.z.total_cmp(&a.z).then_with(|| a.term.cmp(&b.term)));
    Ok(out)
}

/// Each group against all the others, with the informative prior from all
/// groups together and [`DEFAULT_PRIOR_MASS`]. One sorted list per group.
pub fn fightin_words(groups: &[HashMap<String, u64>]) -> Vec<Vec<TermScore>> {
    fightin_words_with(groups, DEFAULT_PRIOR_MASS).expect("the default prior mass is valid")
}

/// Like [`fightin_words`] with a chosen total prior mass `a0`.
/// Errors when `prior_mass` is not a positive number.
pub fn fightin_words_with(
    groups: &[HashMap<String, u64>],
    prior_mass: f64,
) -> Result<Vec<Vec<TermScore>>> {
    check_mass(prior_mass)?;
    let mut all: HashMap<String, u64> = HashMap::new();
    for g in groups {
        for (t, &c) in g {
            *all.entry(t.clone()).or_default() += c;
        }
    }
    groups
        .iter()
        .map(|g| {
            let mut rest = all.clone();
            for (t, &c) in g {
                let left = rest.get_mut(t).expect("every term is in the total");
                *left -= c;
                if *left == 0 {
                    rest.remove(t);
                }
            }
            log_odds(g, &rest, &all, prior_mass)
        })
        .collect()
}

/// Terms that set each label apart, learned with [`fightin_words`]; a model
/// stores them to explain its scores.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct LearnedTerms {
    /// The total prior mass `a0` the scores were computed with.
    pub prior_mass: f64,
    /// For each label, its most distinctive terms as `(stem, z)`, highest `z` first.
    pub labels: BTreeMap<String, Vec<(String, f32)>>,
}

impl LearnedTerms {
    /// Scores each label's term counts against the other labels and keeps up to
    /// `top_k` terms per label with `z >= min_z` (1.96 is the usual 95% cut).
    /// Errors when `prior_mass` is not a positive number.
    pub fn fit(
        counts: &BTreeMap<String, HashMap<String, u64>>,
        prior_mass: f64,
        top_k: usize,
        min_z: f64,
    ) -> Result<LearnedTerms> {
        let groups: Vec<HashMap<String, u64>> = counts.values().cloned().collect();
        let scores = fightin_words_with(&groups, prior_mass)?;
        let labels = counts
            .keys()
            .zip(scores)
            .map(|(label, list)| {
                let top = list
                    .into_iter()
                    .filter(|s| s.z >= min_z)
                    .take(top_k)
                    .map(|s| (s.term, s.z as f32))
                    .collect();
                (label.clone(), top)
            })
            .collect();
        Ok(LearnedTerms { prior_mass, labels })
    }

    /// The learned terms of `label`, highest `z` first (empty for an unknown label).
    pub fn get(&self, label: &str) -> &[(String, f32)] {
        self.labels.get(label).map(Vec::as_slice).unwrap_or(&[])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(pairs: &[(&str, u64)]) -> HashMap<String, u64> {
        pairs.iter().map(|&(t, c)| (t.to_string(), c)).collect()
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    /// Worked by hand. Group i: war 6, peace 2 (n_i = 8). Group j: war 2,
    /// peace 4, talks 2 (n_j = 8). Background = i + j: war 8, peace 6, talks 2
    /// (16 in all). a0 = 8, so a_w = 8·c_w/16: a_war = 4, a_peace = 3, a_talks = 1.
    ///
    /// war:   i: (6+4)/(8+8-6-4) = 10/6;  j: (2+4)/(8+8-2-4) = 6/10
    ///        delta = ln(10/6) - ln(6/10) = 2·ln(5/3) = 1.0216512475
    ///        var = 1/10 + 1/6 = 0.2666667;  z = 1.0216512 / 0.5163978 = 1.9784191
    /// peace: i: (2+3)/(16-2-3) = 5/11;   j: (4+3)/(16-4-3) = 7/9
    ///        delta = ln(5/11) - ln(7/9) = ln(45/77) = -0.5371429321
    ///        var = 1/5 + 1/7 = 0.3428571;  z = -0.5371429 / 0.5855400 = -0.9173462
    /// talks: i: (0+1)/(16-0-1) = 1/15;   j: (2+1)/(16-2-1) = 3/13
    ///        delta = ln(1/15) - ln(3/13) = ln(13/45) = -1.2417131323
    ///        var = 1/1 + 1/3 = 1.3333333;  z = -1.2417131 / 1.1547005 = -1.0753551
    #[test]
    fn log_odds_matches_hand_computation() {
        let i = counts(&[("war", 6), ("peace", 2)]);
        let j = counts(&[("war", 2), ("peace", 4), ("talks", 2)]);
        let bg = counts(&[("war", 8), ("peace", 6), ("talks", 2)]);
        let s = log_odds(&i, &j, &bg, 8.0).unwrap();
        let terms: Vec<&str> = s.iter().map(|t| t.term.as_str()).collect();
        assert_eq!(terms, ["war", "peace", "talks"]);
        assert!(close(s[0].delta, 2.0 * (5.0f64 / 3.0).ln()));
        assert!(close(s[0].delta, 1.0216512475319814));
        assert!(close(s[0].z, 1.9784191336616979));
        assert!(close(s[1].delta, (45.0f64 / 77.0).ln()));
        assert!(close(s[1].z, -0.9173461965569019));
        assert!(close(s[2].delta, (13.0f64 / 45.0).ln()));
        assert!(close(s[2].z, -1.075355116792154));
        assert_eq!((s[2].count_i, s[2].count_j), (0, 2));
    }

    #[test]
    fn fightin_words_scores_each_group_against_the_rest() {
        // Two groups: "the rest" of group 0 is group 1, so this is the example above.
        let groups = [
            counts(&[("war", 6), ("peace", 2)]),
            counts(&[("war", 2), ("peace", 4), ("talks", 2)]),
        ];
        let all = fightin_words_with(&groups, 8.0).unwrap();
        assert_eq!(all.len(), 2);
        assert!(close(all[0][0].z, 1.9784191336616979));
        // Group 1 against group 0 is the mirror image.
        let war1 = all[1].iter().find(|s| s.term == "war").unwrap();
        assert!(close(war1.z, -1.9784191336616979));
        assert_eq!(all[1][0].term, "talks");
        // The default prior mass runs too.
        assert_eq!(fightin_words(&groups)[0].len(), 3);
    }

    #[test]
    fn bad_prior_mass_is_an_error() {
        let g = [counts(&[("a", 1)])];
        for m in [0.0, -1.0, f64::NAN, f64::INFINITY] {
            assert!(matches!(fightin_words_with(&g, m), Err(Error::Invalid(_))));
        }
    }

    #[test]
    fn learned_terms_keep_top_terms_per_label_and_serialize() {
        let mut by_label = BTreeMap::new();
        by_label.insert(
            "left".to_string(),
            counts(&[("kyiv", 40), ("invas", 30), ("talk", 10)]),
        );
        by_label.insert(
            "right".to_string(),
            counts(&[("kiev", 40), ("regim", 30), ("talk", 10)]),
        );
        let lt = LearnedTerms::fit(&by_label, 10.0, 1, 1.96).unwrap();
        assert_eq!(lt.get("left").len(), 1);
        assert!(["kyiv", "invas"].contains(&lt.get("left")[0].0.as_str()));
        assert!(["kiev", "regim"].contains(&lt.get("right")[0].0.as_str()));
        assert!(lt.get("left")[0].1 >= 1.96);
        assert!(lt.get("center").is_empty());
        let json = serde_json::to_string(&lt).unwrap();
        let back: LearnedTerms = serde_json::from_str(&json).unwrap();
        assert_eq!(back, lt);
    }
}
