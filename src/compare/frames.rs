//! Frame profiles of the compared outlets: how often each outlet's articles use each
//! frame, the frames one outlet uses more than the others, and a sentence saying so.
//!
//! # The test
//!
//! For each frame and outlet, a 2×2 table of articles: this outlet or the others, frame
//! present or not (the frame model's decision). One-sided Fisher's exact test asks
//! whether the outlet's share is higher than the others'. Fisher's test is exact
//! whatever the counts, and the comparisons here are small (a handful of articles an
//! outlet), where a chi-square or z-test of two proportions is unreliable. Holm's
//! step-down correction controls the family-wise error over every (frame, outlet) test
//! made, without assuming the tests are independent (they are not: shares of one
//! outlet against the rest are tied together). Frames no compared article uses are not
//! tested: their p-value is 1 whatever happens, and counting them would only weaken
//! the correction. A frame is called significant at Holm-adjusted p < 0.05.

use crate::frames::{frame_name, FrameScore};
use crate::math::ratio;
use serde::Serialize;

/// Holm-adjusted p-values below this are called significant.
pub const FRAME_ALPHA: f64 = 0.05;

/// One outlet's use of one frame.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FrameUse {
    /// The frame id.
    pub frame: String,
    /// Articles of the outlet where the frame is present.
    pub present: usize,
    /// `present` over the outlet's articles.
    pub share: f64,
    /// Mean probability of the frame over the outlet's articles.
    pub mean_probability: f64,
}

/// One outlet's frame profile.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OutletFrames {
    /// The outlet.
    pub outlet: String,
    /// Its articles.
    pub articles: usize,
    /// One entry per frame of the model, in the model's order.
    pub frames: Vec<FrameUse>,
}

/// A frame an outlet uses more than the other outlets together, with the test.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FrameContrast {
    /// The outlet.
    pub outlet: String,
    /// The frame id.
    pub frame: String,
    /// Articles of the outlet with the frame, and its articles.
    pub present: usize,
    /// The outlet's articles.
    pub articles: usize,
    /// Articles of the other outlets with the frame.
    pub others_present: usize,
    /// The other outlets' articles.
    pub others_articles: usize,
    /// One-sided Fisher's exact test p-value (the outlet's share is higher).
    pub p_value: f64,
    /// The p-value after Holm's correction over every test made.
    pub p_holm: f64,
    /// `p_holm < 0.05`.
    pub significant: bool,
}

/// The frame comparison of all outlets.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FrameComparison {
    /// The frame model's frames, in its order.
    pub frames: Vec<String>,
    /// One profile per outlet, in the comparison's order.
    pub outlets: Vec<OutletFrames>,
    /// Per outlet (same order), the frame it uses most above the others' share, if any.
    pub leading: Vec<Option<FrameContrast>>,
    /// Every test made, smallest Holm-adjusted p first.
    pub tests: Vec<FrameContrast>,
    /// The test, named.
    pub method: String,
    /// The comparison in one or two sentences.
    pub text: String,
}

/// Compares the frames of each outlet's articles: `scores[k]` holds the frame readings
/// of every article of outlet `names[k]` (each in the frame model's order).
pub fn compare_frames(names: &[String], scores: &[Vec<&[FrameScore]>]) -> FrameComparison {
    let frames: Vec<String> = scores
        .iter()
        .flatten()
        .next()
        .map(|f| f.iter().map(|x| x.frame.clone()).collect())
        .unwrap_or_default();
    let outlets: Vec<OutletFrames> = names
        .iter()
        .zip(scores)
        .map(|(name, articles)| {
            let n = articles.len();
            let uses = frames
                .iter()
                .enumerate()
                .map(|(j, frame)| {
                    let present = articles.iter().filter(|a| a[j].present).count();
                    let sum: f64 = articles.iter().map(|a| a[j].probability).sum();
                    FrameUse {
                        frame: frame.clone(),
                        present,
                        share: ratio(present, n),
                        mean_probability: if n == 0 { 0.0 } else { sum / n as f64 },
                    }
                })
                .collect();
            OutletFrames {
                outlet: name.clone(),
                articles: n,
                frames: uses,
            }
        })
        .collect();
    let total: usize = outlets.iter().map(|o| o.articles).sum();
    let mut tests = Vec::new();
    for (j, frame) in frames.iter().enumerate() {
        let all: usize = outlets.iter().map(|o| o.frames[j].present).sum();
        if all == 0 {
            continue;
        }
        for o in &outlets {
            let a = o.frames[j].present;
            let p = fisher_greater(a, o.articles - a, all - a, total - o.articles - (all - a));
            tests.push(FrameContrast {
                outlet: o.outlet.clone(),
                frame: frame.clone(),
                present: a,
                articles: o.articles,
                others_present: all - a,
                others_articles: total - o.articles,
                p_value: p,
                p_holm: p,
                significant: false,
            });
        }
    }
    holm(&mut tests);
    let leading: Vec<Option<FrameContrast>> = outlets
        .iter()
        .map(|o| {
            tests
                .iter()
                .filter(|t| t.outlet == o.outlet && t.present > 0)
                .filter(|t| gap(t) > 0.0)
                .min_by(|a, b| {
                    gap(b)
                        .total_cmp(&gap(a))
                        .then(a.p_value.total_cmp(&b.p_value))
                        .then(b.present.cmp(&a.present))
                })
                .cloned()
        })
        .collect();
    tests.sort_by(|a, b| {
        a.p_holm
            .total_cmp(&b.p_holm)
            .then(a.p_value.total_cmp(&b.p_value))
    });
    let method = format!(
        "one-sided Fisher's exact test per frame, each outlet against the others, \
         Holm-corrected over {} tests; significant at adjusted p < {FRAME_ALPHA}",
        tests.len()
    );
    let text = sentence(&outlets, &leading, &tests);
    FrameComparison {
        frames,
        outlets,
        leading,
        tests,
        method,
        text,
    }
}

/// How much more often the outlet uses the frame than the others, as shares.
fn gap(t: &FrameContrast) -> f64 {
    ratio(t.present, t.articles) - ratio(t.others_present, t.others_articles)
}

/// `"a of n articles"`.
fn of(a: usize, n: usize) -> String {
    format!("{a} of {n} article{}", if n == 1 { "" } else { "s" })
}

/// The verdict's frame sentence.
fn sentence(
    outlets: &[OutletFrames],
    leading: &[Option<FrameContrast>],
    tests: &[FrameContrast],
) -> String {
    if outlets
        .iter()
        .all(|o| o.frames.iter().all(|f| f.present == 0))
    {
        return "No compared article uses a frame.".into();
    }
    let mut parts = Vec::new();
    for (i, (o, lead)) in outlets.iter().zip(leading).enumerate() {
        let verb = if i == 0 { " frames this as " } else { " as " };
        let part = match lead {
            Some(t) => format!(
                "{}{verb}{} ({}; the others {})",
                o.outlet,
                frame_name(&t.frame),
                of(t.present, t.articles),
                of(t.others_present, t.others_articles)
            ),
            None => format!("{} uses no frame more often than the others", o.outlet),
        };
        parts.push(part);
    }
    let mut text = format!("{}.", parts.join("; "));
    let significant: Vec<&FrameContrast> = tests.iter().filter(|t| t.significant).collect();
    if significant.is_empty() {
        text.push_str(&format!(
            " No outlet uses a frame significantly more than the others (Fisher exact \
             test, Holm-corrected over {} tests).",
            tests.len()
        ));
    } else {
        let said: Vec<String> = significant
            .iter()
            .map(|t| {
                format!(
                    "{} uses {} significantly more than the others (Holm-adjusted p = {})",
                    t.outlet,
                    frame_name(&t.frame),
                    p_text(t.p_holm)
                )
            })
            .collect();
        text.push_str(&format!(
            " {} (Fisher exact test, Holm-corrected over {} tests).",
            said.join("; "),
            tests.len()
        ));
    }
    text
}

/// A p-value as printed: three decimals, or "< 0.001".
pub fn p_text(p: f64) -> String {
    if p < 0.001 {
        "< 0.001".into()
    } else {
        format!("{p:.3}")
    }
}

/// One-sided Fisher's exact test of the 2×2 table `[[a, b], [c, d]]` (rows: this
/// outlet, the others; columns: frame present, absent): the probability, with every
/// margin fixed, of `a` or more present in the first row.
pub fn fisher_greater(a: usize, b: usize, c: usize, d: usize) -> f64 {
    let (row1, col1, n) = (a + b, a + c, a + b + c + d);
    let lf: Vec<f64> = {
        let mut v = Vec::with_capacity(n + 1);
        let mut acc = 0.0;
        v.push(0.0);
        for k in 1..=n {
            acc += (k as f64).ln();
            v.push(acc);
        }
        v
    };
    let fixed = lf[row1] + lf[n - row1] + lf[col1] + lf[n - col1] - lf[n];
    let hi = row1.min(col1);
    let p: f64 = (a..=hi)
        .map(|x| {
            let (b, c) = (row1 - x, col1 - x);
            let d = n + x - row1 - col1;
            (fixed - lf[x] - lf[b] - lf[c] - lf[d]).exp()
        })
        .sum();
    p.min(1.0)
}

/// Holm's step-down adjustment: the i-th smallest of m p-values is multiplied by
/// `m − i`, and adjusted values are made non-decreasing in that order.
fn holm(tests: &mut [FrameContrast]) {
    let m = tests.len();
    let mut order: Vec<usize> = (0..m).collect();
    order.sort_by(|&x, &y| {
        tests[x]
            .p_value
            .total_cmp(&tests[y].p_value)
            .then(x.cmp(&y))
    });
    let mut running: f64 = 0.0;
    for (i, &t) in order.iter().enumerate() {
        let adjusted = ((m - i) as f64 * tests[t].p_value).min(1.0);
        running = running.max(adjusted);
        tests[t].p_holm = running;
        tests[t].significant = running < FRAME_ALPHA;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Frame readings of one article: `present` lists the frames present.
    fn reading(frames: &[&str], present: &[&str]) -> Vec<FrameScore> {
        frames
            .iter()
            .map(|f| FrameScore {
                frame: f.to_string(),
                probability: if present.contains(f) { 0.8 } else { 0.1 },
                present: present.contains(f),
                logit: 0.0,
                evidence: Vec::new(),
                sentences: Vec::new(),
            })
            .collect()
    }

    #[test]
    fn an_outlet_that_always_uses_a_frame_the_others_never_use_stands_out() {
        let frames = ["crime_and_punishment", "fairness_and_equality", "political"];
        let a: Vec<Vec<FrameScore>> = (0..6)
            .map(|_| reading(&frames, &["crime_and_punishment", "political"]))
            .collect();
        let b: Vec<Vec<FrameScore>> = (0..6)
            .map(|i| {
                if i < 4 {
                    reading(&frames, &["fairness_and_equality", "political"])
                } else {
                    reading(&frames, &["political"])
                }
            })
            .collect();
        let names = vec!["Daily A".to_string(), "Weekly B".to_string()];
        let scores: Vec<Vec<&[FrameScore]>> = [&a, &b]
            .iter()
            .map(|v| v.iter().map(|x| x.as_slice()).collect())
            .collect();
        let c = compare_frames(&names, &scores);
        assert_eq!(c.frames, frames);
        let crime = &c.outlets[0].frames[0];
        assert_eq!((crime.present, crime.share), (6, 1.0));
        assert!((crime.mean_probability - 0.8).abs() < 1e-12);
        // 3 frames used × 2 outlets = 6 tests.
        assert_eq!(c.tests.len(), 6);
        let first = &c.tests[0];
        assert_eq!(
            (first.outlet.as_str(), first.frame.as_str()),
            ("Daily A", "crime_and_punishment")
        );
        // 6 of 6 against 0 of 6: 1 / C(12, 6) = 1/924, times 6 tests.
        assert!((first.p_value - 1.0 / 924.0).abs() < 1e-12);
        assert!((first.p_holm - 6.0 / 924.0).abs() < 1e-12);
        assert!(first.significant);
        let lead_b = c.leading[1].as_ref().unwrap();
        assert_eq!(lead_b.frame, "fairness_and_equality");
        assert_eq!((lead_b.present, lead_b.others_present), (4, 0));
        assert!(
            c.text.starts_with(
                "Daily A frames this as crime and punishment (6 of 6 articles; the others 0 of 6 \
                 articles); Weekly B as fairness and equality (4 of 6 articles; the others 0 of 6 \
                 articles)."
            ),
            "{}",
            c.text
        );
        assert!(
            c.text
                .contains("Daily A uses crime and punishment significantly more than the others"),
            "{}",
            c.text
        );
    }

    #[test]
    fn one_article_each_is_never_significant_and_shared_frames_lead_nowhere() {
        let frames = ["economic", "political"];
        let a = [reading(&frames, &["economic", "political"])];
        let b = [reading(&frames, &["political"])];
        let names = vec!["A".to_string(), "B".to_string()];
        let scores: Vec<Vec<&[FrameScore]>> = vec![vec![&a[0][..]], vec![&b[0][..]]];
        let c = compare_frames(&names, &scores);
        assert!(c.tests.iter().all(|t| !t.significant));
        assert_eq!(c.leading[0].as_ref().unwrap().frame, "economic");
        assert!(c.leading[1].is_none());
        assert!(
            c.text
                .contains("B uses no frame more often than the others"),
            "{}",
            c.text
        );
        assert!(
            c.text.contains("No outlet uses a frame significantly more"),
            "{}",
            c.text
        );
    }

    #[test]
    fn fisher_matches_the_hypergeometric_tail() {
        // 5 of 5 against 0 of 5: one table in C(10, 5) = 252 is as extreme.
        assert!((fisher_greater(5, 0, 0, 5) - 1.0 / 252.0).abs() < 1e-12);
        // 3 of 3 against 0 of 3: 1 / C(6, 3) = 1/20.
        assert!((fisher_greater(3, 0, 0, 3) - 0.05).abs() < 1e-12);
        // Nothing above the expected count: the tail is everything.
        assert!((fisher_greater(0, 3, 3, 0) - 1.0).abs() < 1e-12);
        // 4 of 5 against 1 of 5: (C(5,4)C(5,1) + C(5,5)C(5,0)) / C(10,5) = 26/252.
        assert!((fisher_greater(4, 1, 1, 4) - 26.0 / 252.0).abs() < 1e-12);
    }

    #[test]
    fn holm_multiplies_by_the_remaining_count_and_stays_monotone() {
        let t = |p: f64| FrameContrast {
            outlet: "a".into(),
            frame: "f".into(),
            present: 1,
            articles: 1,
            others_present: 0,
            others_articles: 1,
            p_value: p,
            p_holm: p,
            significant: false,
        };
        let mut v = vec![t(0.04), t(0.01), t(0.03), t(0.5)];
        holm(&mut v);
        let adj: Vec<f64> = v.iter().map(|x| x.p_holm).collect();
        // Sorted: 0.01×4 = 0.04, 0.03×3 = 0.09, 0.04×2 = 0.08 → 0.09, 0.5×1 = 0.5.
        let want = [0.09, 0.04, 0.09, 0.5];
        for (a, b) in adj.iter().zip(want) {
            assert!((a - b).abs() < 1e-12, "{adj:?}");
        }
        assert_eq!(
            v.iter().map(|x| x.significant).collect::<Vec<_>>(),
            [false, true, false, false]
        );
    }
}
