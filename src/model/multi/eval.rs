//! Agreement of a multi-label model with human codes: per-label precision, recall and
//! F1, micro and macro F1, and Krippendorff's alpha (nominal, two coders: the model and
//! the humans) per label, as content-analysis journals report intercoder reliability.

use super::fit::prf;
use serde::Serialize;

/// One label's agreement figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LabelAgreement {
    /// The label.
    pub label: String,
    /// Rows coded for it.
    pub rows: usize,
    /// Rows the humans coded positive.
    pub support: usize,
    /// Rows the model marked present.
    pub predicted: usize,
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
    /// Krippendorff's alpha between model and humans; `None` when undefined (both
    /// coders gave one value to every row).
    pub alpha: Option<f64>,
}

/// Agreement over every label.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MultiAgreement {
    /// Rows evaluated.
    pub rows: usize,
    /// Per label.
    pub per_label: Vec<LabelAgreement>,
    /// F1 over every (row, label) cell pooled.
    pub micro_f1: f64,
    /// Mean F1 over labels with at least one positive row.
    pub macro_f1: f64,
}

/// Krippendorff's alpha for two coders giving binary (nominal) values to the same
/// units: `1 − (n − 1)·d / (n₀·n₁)`, with `n = 2·units` values, `d` the units the
/// coders disagree on and `n₀`, `n₁` the counts of each value over both coders.
pub fn krippendorff_alpha_binary(a: &[bool], b: &[bool]) -> Option<f64> {
    assert_eq!(a.len(), b.len(), "two coders code the same units");
    let n = 2 * a.len();
    let ones = a.iter().chain(b).filter(|&&x| x).count();
    let zeros = n - ones;
    if ones == 0 || zeros == 0 {
        return None;
    }
    let d = a.iter().zip(b).filter(|(x, y)| x != y).count();
    Some(1.0 - (n as f64 - 1.0) * d as f64 / (zeros as f64 * ones as f64))
}

/// Agreement of `predicted` with `gold` (bit sets over `labels`), counting only the
/// cells `known` marks as coded.
pub fn agreement(
    labels: &[String],
    gold: &[u64],
    known: &[u64],
    predicted: &[u64],
) -> MultiAgreement {
    let bit = |x: u64, j: usize| x >> j & 1 == 1;
    let (mut tp_all, mut fp_all, mut fn_all) = (0, 0, 0);
    let mut per_label = Vec::new();
    for (j, label) in labels.iter().enumerate() {
        let rows: Vec<usize> = (0..gold.len()).filter(|&r| bit(known[r], j)).collect();
        let h: Vec<bool> = rows.iter().map(|&r| bit(gold[r], j)).collect();
        let m: Vec<bool> = rows.iter().map(|&r| bit(predicted[r], j)).collect();
        let tp = h.iter().zip(&m).filter(|(a, b)| **a && **b).count();
        let fp = h.iter().zip(&m).filter(|(a, b)| !**a && **b).count();
        let fne = h.iter().zip(&m).filter(|(a, b)| **a && !**b).count();
        tp_all += tp;
        fp_all += fp;
        fn_all += fne;
        let (precision, recall, f1) = prf(tp, fp, fne);
        per_label.push(LabelAgreement {
            label: label.clone(),
            rows: rows.len(),
            support: tp + fne,
            predicted: tp + fp,
            precision,
            recall,
            f1,
            alpha: krippendorff_alpha_binary(&h, &m),
        });
    }
    let with_support: Vec<f64> = per_label
        .iter()
        .filter(|l| l.support > 0)
        .map(|l| l.f1)
        .collect();
    MultiAgreement {
        rows: gold.len(),
        micro_f1: prf(tp_all, fp_all, fn_all).2,
        macro_f1: with_support.iter().sum::<f64>() / with_support.len().max(1) as f64,
        per_label,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alpha_matches_a_value_worked_by_hand() {
        // Units: coder A 1,1,0,0; coder B 1,0,0,0. One disagreement; n = 8 values,
        // three 1s and five 0s: alpha = 1 − 7·1 / (5·3) = 8/15.
        let a = [true, true, false, false];
        let b = [true, false, false, false];
        let alpha = krippendorff_alpha_binary(&a, &b).unwrap();
        assert!((alpha - 8.0 / 15.0).abs() < 1e-12, "{alpha}");
        assert_eq!(krippendorff_alpha_binary(&a, &a), Some(1.0));
        assert_eq!(krippendorff_alpha_binary(&[false; 3], &[false; 3]), None);
    }

    #[test]
    fn micro_and_macro_f1_of_a_tiny_example() {
        // Two labels over three rows. Label x: gold 1,1,0, model 1,0,0 → P 1, R 1/2,
        // F1 2/3. Label y: gold 0,1,1, model 0,1,0 → P 1, R 1/2, F1 2/3; the third
        // row is not coded for y, so its miss does not count: R 1, F1 1.
        let labels = ["x".to_string(), "y".to_string()];
        let gold = [0b01, 0b11, 0b10];
        let pred = [0b01, 0b10, 0b00];
        let all = agreement(&labels, &gold, &[0b11; 3], &pred);
        assert!((all.per_label[0].f1 - 2.0 / 3.0).abs() < 1e-12);
        assert!((all.per_label[1].f1 - 2.0 / 3.0).abs() < 1e-12);
        // Pooled: tp 2, fp 0, fn 2 → micro-F1 2/3.
        assert!((all.micro_f1 - 2.0 / 3.0).abs() < 1e-12);
        let partial = agreement(&labels, &gold, &[0b11, 0b11, 0b01], &pred);
        assert_eq!(partial.per_label[1].rows, 2);
        assert!((partial.per_label[1].f1 - 1.0).abs() < 1e-12);
        assert!((partial.macro_f1 - (2.0 / 3.0 + 1.0) / 2.0).abs() < 1e-12);
        // Label x: model and humans agree on rows 1 and 3 → alpha by hand:
        // values 1,1,0 / 1,0,0: n = 6, three 1s, three 0s, d = 1 → 1 − 5/9.
        assert!((all.per_label[0].alpha.unwrap() - 4.0 / 9.0).abs() < 1e-12);
    }
}
