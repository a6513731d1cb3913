//! TF-IDF weighting: sublinear term frequency, smoothed idf, L2 normalisation.
//!
//! The same formulas as scikit-learn's `TfidfVectorizer(sublinear_tf=True)`:
//! `tf = 1 + ln(count)`, `idf = ln((1 + n) / (1 + df)) + 1`, then the vector is
//! scaled to unit length.

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
    out.clear();
    out.extend(
        counts
            .iter()
            .enumerate()
            .map(|(i, &c)| sublinear_tf(c) * idf_of(i)),
    );
    let norm = out.iter().map(|v| v * v).sum::<f32>().sqrt();
    if norm > 0.0 {
        out.iter_mut().for_each(|v| *v /= norm);
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
}
