//! TF-IDF weighting: sublinear term frequency, smoothed idf, L2 normalisation.
//!
//! The same formulas as scikit-learn's `TfidfVectorizer(sublinear_tf=True)`:
//! `tf = 1 + ln(count)`, `idf = ln((1 + n) / (1 + df)) + 1`, then the vector is
//! scaled to unit length. [`TermTf`] and [`TermNorm`] choose other term
//! frequencies and norms; their defaults are these formulas.

use serde::{Deserialize, Serialize};

/// The term frequency of a term seen `count` times in an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TermTf {
    /// `1 + ln(count)`.
    #[default]
    Sublinear,
    /// 1 for any term present: how often it is repeated does not count.
    Binary,
}

impl TermTf {
    /// True for the default (left out of model files).
    pub fn is_default(&self) -> bool {
        *self == TermTf::default()
    }

    /// The term frequency of `count` occurrences (0 for none).
    pub fn of(self, count: u32) -> f32 {
        match self {
            TermTf::Sublinear => sublinear_tf(count),
            TermTf::Binary => (count > 0) as u32 as f32,
        }
    }

    /// The name `--term-tf` takes.
    pub fn name(self) -> &'static str {
        match self {
            TermTf::Sublinear => "sublinear",
            TermTf::Binary => "binary",
        }
    }
}

/// How an article's weighted term vector is scaled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TermNorm {
    /// Unit Euclidean length: the sum of the values grows with the number of distinct
    /// terms (about as its square root), so a common tilt of the term weights moves
    /// long articles one way.
    #[default]
    L2,
    /// Values summing to 1: every article carries the same term mass, so a common
    /// tilt of the term weights is a constant the intercept absorbs.
    L1,
}

impl TermNorm {
    /// True for the default (left out of model files).
    pub fn is_default(&self) -> bool {
        *self == TermNorm::default()
    }

    /// The name `--term-norm` takes.
    pub fn name(self) -> &'static str {
        match self {
            TermNorm::L2 => "l2",
            TermNorm::L1 => "l1",
        }
    }
}

/// Smoothed inverse document frequency of a term seen in `df` of `n_docs` documents.
pub fn idf(df: u32, n_docs: usize) -> f32 {
    (((1 + n_docs) as f64 / (1 + df) as f64).ln() + 1.0) as f32
}

/// Sublinear term frequency: `1 + ln(count)` (0 for a zero count).
pub fn sublinear_tf(count: u32) -> f32 {
    match count {
        0 => 0.0,
        // Most terms occur once in an article: ln(1) is 0, no need to work it out.
        1 => 1.0,
        _ => 1.0 + (count as f32).ln(),
    }
}

/// Weights `counts` by `tf * idf` in place, then scales them to unit L2 norm.
///
/// `idf_of(i)` gives the idf of the term at position `i`. An all-zero vector stays zero.
pub fn weigh(counts: &[u32], idf_of: impl Fn(usize) -> f32, out: &mut Vec<f32>) {
    weigh_with(counts, idf_of, TermTf::Sublinear, TermNorm::L2, out);
}

/// Weights `counts` by `tf(count) * idf` into `out`, then scales them to unit `norm`.
/// An all-zero vector stays zero.
pub fn weigh_with(
    counts: &[u32],
    idf_of: impl Fn(usize) -> f32,
    tf: TermTf,
    norm: TermNorm,
    out: &mut Vec<f32>,
) {
    out.clear();
    out.extend(
        counts
            .iter()
            .enumerate()
            .map(|(i, &c)| tf.of(c) * idf_of(i)),
    );
    let length = match norm {
        TermNorm::L2 => out.iter().map(|v| v * v).sum::<f32>().sqrt(),
        // tf and idf are never negative: the L1 norm is the plain sum.
        TermNorm::L1 => out.iter().sum::<f32>(),
    };
    if length > 0.0 {
        out.iter_mut().for_each(|v| *v /= length);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idf_matches_smoothed_formula() {
        // n = 3 documents, a term in 1: ln(4 / 2) + 1.
        assert!((idf(1, 3) - (2f32.ln() + 1.0)).abs() < 1e-6);
        // A term in every document still weighs 1.
        assert!((idf(3, 3) - 1.0).abs() < 1e-6);
    }

    #[test]
    fn weighted_vector_has_unit_norm() {
        let mut out = Vec::new();
        weigh(&[1, 3, 0, 2], |i| [1.0, 2.0, 5.0, 1.5][i], &mut out);
        let norm: f32 = out.iter().map(|v| v * v).sum::<f32>().sqrt();
        assert!((norm - 1.0).abs() < 1e-6);
        assert_eq!(out[2], 0.0);
        // tf(3) * 2 against tf(1) * 1
        let ratio = out[1] / out[0];
        assert!((ratio - (1.0 + 3f32.ln()) * 2.0).abs() < 1e-5);
    }

    #[test]
    fn sublinear_tf_is_one_plus_ln() {
        for count in 1..100u32 {
            assert_eq!(sublinear_tf(count), 1.0 + (count as f32).ln());
        }
        assert_eq!(sublinear_tf(0), 0.0);
    }

    #[test]
    fn zero_vector_stays_zero() {
        let mut out = Vec::new();
        weigh(&[0, 0], |_| 1.0, &mut out);
        assert_eq!(out, [0.0, 0.0]);
    }

    #[test]
    fn l1_norm_makes_the_values_sum_to_one_in_the_l2_proportions() {
        let idf = |i: usize| [1.0, 2.0, 5.0, 1.5][i];
        let (mut l1, mut l2) = (Vec::new(), Vec::new());
        weigh_with(&[1, 3, 0, 2], idf, TermTf::Sublinear, TermNorm::L1, &mut l1);
        weigh(&[1, 3, 0, 2], idf, &mut l2);
        assert!((l1.iter().sum::<f32>() - 1.0).abs() < 1e-6);
        assert_eq!(l1[2], 0.0);
        // Only the scale differs: every ratio is the L2 vector's.
        for i in [1, 3] {
            assert!((l1[i] / l1[0] - l2[i] / l2[0]).abs() < 1e-5);
        }
        // A longer article (more distinct terms) keeps the same L1 mass; its L2 mass grows.
        let mass = |counts: &[u32], norm| {
            let mut out = Vec::new();
            weigh_with(counts, |_| 1.0, TermTf::Sublinear, norm, &mut out);
            out.iter().sum::<f32>()
        };
        assert!((mass(&[1; 100], TermNorm::L1) - mass(&[1; 4], TermNorm::L1)).abs() < 1e-5);
        assert!(mass(&[1; 100], TermNorm::L2) > 4.0 * mass(&[1; 4], TermNorm::L2));
        let mut zero = Vec::new();
        weigh_with(&[0, 0], idf, TermTf::Binary, TermNorm::L1, &mut zero);
        assert_eq!(zero, [0.0, 0.0]);
    }

    #[test]
    fn binary_tf_ignores_repetition_and_the_defaults_are_weigh() {
        let mut out = Vec::new();
        weigh_with(&[1, 7, 0], |_| 1.0, TermTf::Binary, TermNorm::L2, &mut out);
        assert_eq!(out[0], out[1]);
        assert_eq!(out[2], 0.0);
        assert!((out[0] - 0.5f32.sqrt()).abs() < 1e-6);
        let counts = [4, 1, 9, 2];
        let idf = |i: usize| 1.0 + i as f32;
        let (mut a, mut b) = (Vec::new(), Vec::new());
        weigh(&counts, idf, &mut a);
        weigh_with(&counts, idf, TermTf::default(), TermNorm::default(), &mut b);
        assert_eq!(a, b);
        assert_eq!((TermTf::Binary.of(3), TermTf::Binary.of(0)), (1.0, 0.0));
    }

    #[test]
    fn names_are_the_file_spellings() {
        for (norm, name) in [(TermNorm::L2, "l2"), (TermNorm::L1, "l1")] {
            assert_eq!(norm.name(), name);
            assert_eq!(serde_json::to_string(&norm).unwrap(), format!("\"{name}\""));
        }
        for (tf, name) in [(TermTf::Sublinear, "sublinear"), (TermTf::Binary, "binary")] {
            assert_eq!(tf.name(), name);
            assert_eq!(serde_json::to_string(&tf).unwrap(), format!("\"{name}\""));
        }
        assert!(TermNorm::L2.is_default() && !TermNorm::L1.is_default());
        assert!(TermTf::Sublinear.is_default() && !TermTf::Binary.is_default());
    }
}
