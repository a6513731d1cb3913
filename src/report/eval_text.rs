//! Evaluation figures as plain text: the metrics of one evaluation and the
//! summary of a cross-validation (`slant eval`, `slant train --cv`).

use crate::eval::{CvSummary, MeanStd, Metrics};
use std::fmt::Write as _;

/// How many groups [`metrics`] lists (the worst ones).
const GROUPS_SHOWN: usize = 10;

/// The metrics as a plain-text report: headline numbers, a
/// per-label table, the confusion matrix and the worst groups. Labels and group
/// names come from the data: their control characters and bidirectional overrides
/// are written as escapes.
pub fn metrics(m: &Metrics) -> String {
    super::visible(metrics_raw(m))
}

fn metrics_raw(m: &Metrics) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail; the results are ignored on purpose.
    let _ = writeln!(out, "rows      {}", m.rows);
    let _ = writeln!(out, "accuracy  {:.3}", m.accuracy);
    let _ = writeln!(out, "macro-F1  {:.3}", m.macro_f1);
    if let Some(mae) = m.mae {
        let _ = writeln!(out, "MAE       {mae:.3}");
    }
    let _ = writeln!(out, "ECE       {:.3}", m.ece);
    let _ = writeln!(out, "log loss  {:.3}", m.log_loss);

    let width = m
        .labels
        .iter()
        .map(|l| l.chars().count())
        .chain(["label".len(), "truth \\ predicted".len()])
        .max()
        .unwrap_or(0);
    out.push('\n');
    let _ = writeln!(
        out,
        "{:<width$}  {:>9}  {:>6}  {:>6}  {:>7}",
        "label", "precision", "recall", "F1", "support"
    );
    for m in &m.per_label {
        let _ = writeln!(
            out,
            "{:<width$}  {:>9.3}  {:>6.3}  {:>6.3}  {:>7}",
            m.label, m.precision, m.recall, m.f1, m.support
        );
    }

    out.push('\n');
    let cell = m
        .labels
        .iter()
        .map(|l| l.chars().count())
        .chain(m.confusion.iter().flatten().map(|c| c.to_string().len()))
        .max()
        .unwrap_or(1);
    let _ = write!(out, "{:<width$}", "truth \\ predicted");
    for label in &m.labels {
        let _ = write!(out, "  {label:>cell$}");
    }
    out.push('\n');
    for (label, row) in m.labels.iter().zip(&m.confusion) {
        let _ = write!(out, "{label:<width$}");
        for count in row {
            let _ = write!(out, "  {count:>cell$}");
        }
        out.push('\n');
    }

    if !m.per_group.is_empty() {
        let shown = m.per_group.len().min(GROUPS_SHOWN);
        let gwidth = m.per_group[..shown]
            .iter()
            .map(|g| g.group.chars().count())
            .chain(["group".len()])
            .max()
            .unwrap_or(0);
        out.push('\n');
        let _ = writeln!(out, "worst groups ({shown} of {})", m.per_group.len());
        let _ = writeln!(
            out,
            "{:<gwidth$}  {:>6}  {:>8}",
            "group", "rows", "accuracy"
        );
        for g in &m.per_group[..shown] {
            let _ = writeln!(
                out,
                "{:<gwidth$}  {:>6}  {:>8.3}",
                g.group, g.rows, g.accuracy
            );
        }
    }
    out
}

/// A cross-validation summary as plain text: mean ± std per metric, then one line per fold.
pub fn cross_validation(s: &CvSummary) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}-fold grouped cross-validation", s.folds);
    let line = |out: &mut String, name: &str, m: &MeanStd| {
        let _ = writeln!(out, "{name:<9} {:.3} ± {:.3}", m.mean, m.std);
    };
    line(&mut out, "accuracy", &s.accuracy);
    line(&mut out, "macro-F1", &s.macro_f1);
    if let Some(mae) = &s.mae {
        line(&mut out, "MAE", mae);
    }
    line(&mut out, "ECE", &s.ece);
    if !s.per_fold.is_empty() {
        out.push('\n');
        let _ = write!(
            out,
            "{:>4}  {:>6}  {:>8}  {:>8}",
            "fold", "rows", "accuracy", "macro-F1"
        );
        if s.mae.is_some() {
            let _ = write!(out, "  {:>6}", "MAE");
        }
        let _ = writeln!(out, "  {:>6}", "ECE");
        for (i, f) in s.per_fold.iter().enumerate() {
            let _ = write!(
                out,
                "{:>4}  {:>6}  {:>8.3}  {:>8.3}",
                i + 1,
                f.rows,
                f.accuracy,
                f.macro_f1
            );
            if s.mae.is_some() {
                let _ = write!(out, "  {:>6.3}", f.mae.unwrap_or(f64::NAN));
            }
            let _ = writeln!(out, "  {:>6.3}", f.ece);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    /// Probability rows that put `p` on the predicted label and spread the rest.
    fn confident(predicted: &[usize], n_labels: usize, p: f64) -> Vec<Vec<f64>> {
        predicted
            .iter()
            .map(|&k| {
                let rest = (1.0 - p) / (n_labels - 1) as f64;
                (0..n_labels)
                    .map(|i| if i == k { p } else { rest })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn text_report_names_every_section() {
        let labels = names(&["left", "center", "right"]);
        let truth = [0, 1, 2, 0];
        let predicted = [0, 1, 1, 2];
        let probs = confident(&predicted, 3, 0.7);
        let groups = names(&["bbc", "fox", "cnn", "bbc"]);
        let m = Metrics::compute(
            &labels,
            &truth,
            &predicted,
            &probs,
            Some(&groups),
            Some(&[0, 1, 2]),
        )
        .unwrap();
        let text = metrics(&m);
        for needle in [
            "accuracy  0.500",
            "macro-F1",
            "MAE       0.750",
            "ECE",
            "precision",
            "truth \\ predicted",
            "worst groups (3 of 3)",
            "bbc",
        ] {
            assert!(text.contains(needle), "missing {needle:?} in\n{text}");
        }
        // The confusion row for "right": truth right → predicted center once.
        let right_row = text.lines().rfind(|l| l.starts_with("right")).unwrap();
        let counts: Vec<&str> = right_row.split_whitespace().skip(1).collect();
        assert_eq!(counts, vec!["0", "1", "0"]);
    }

    #[test]
    fn text_report_lists_at_most_ten_groups() {
        let labels = names(&["a", "b"]);
        let groups: Vec<String> = (0..15).map(|i| format!("g{i:02}")).collect();
        let truth = vec![0; 15];
        let probs = confident(&truth, 2, 0.9);
        let m = Metrics::compute(&labels, &truth, &truth, &probs, Some(&groups), None).unwrap();
        let text = metrics(&m);
        assert!(text.contains("worst groups (10 of 15)"));
        assert!(text.contains("g09"));
        assert!(!text.contains("g10"));
    }

    #[test]
    fn cross_validation_text_gives_mean_and_deviation_and_mae_only_when_every_fold_has_it() {
        // Fold accuracies 2/3 and 1: mean 5/6 = 0.833, sample std √2/6 = 0.236.
        let labels = names(&["a", "b", "c"]);
        let first_truth = [0, 1, 2];
        let first_pred = [0, 1, 1];
        let first = |ranks: Option<&[usize]>| {
            Metrics::compute(
                &labels,
                &first_truth,
                &first_pred,
                &confident(&first_pred, 3, 0.8),
                None,
                ranks,
            )
            .unwrap()
        };
        let second = Metrics::compute(
            &labels,
            &first_truth,
            &first_truth,
            &confident(&first_truth, 3, 1.0),
            None,
            Some(&[0, 1, 2]),
        )
        .unwrap();
        let text = cross_validation(&CvSummary::from_folds(&[
            first(Some(&[0, 1, 2])),
            second.clone(),
        ]));
        assert!(text.contains("2-fold"), "{text}");
        assert!(text.contains("accuracy  0.833 ± 0.236"), "{text}");
        assert!(text.contains("MAE"), "{text}");
        let text = cross_validation(&CvSummary::from_folds(&[first(None), second]));
        assert!(!text.contains("MAE"), "{text}");
    }
}
