//! Multinomial logistic regression with a weight per row (L-BFGS, L2 penalty on the
//! summed weighted loss), so that training can count every publisher alike: linfa's fit
//! has no row weights.

use crate::{Error, Result};
use argmin::core::{CostFunction, Executor, Gradient};
use argmin::solver::linesearch::MoreThuenteLineSearch;
use argmin::solver::quasinewton::LBFGS;
use ndarray::{s, Array1, Array2, ArrayView2, Axis};

/// The fitted weights (`features × classes`) and intercepts (`classes`).
pub struct Fitted {
    pub weights: Array2<f32>,
    pub intercept: Array1<f32>,
}

/// Row weights that give every group the same total weight, raised to `power`
/// (0: every row 1; 1: every group alike), scaled to average 1 over the rows so that
/// the penalty `alpha` keeps its meaning.
pub fn group_weights(groups: &[u32], power: f32) -> Vec<f32> {
    let mut sizes = std::collections::HashMap::new();
    for &g in groups {
        *sizes.entry(g).or_insert(0usize) += 1;
    }
    let raw: Vec<f64> = groups
        .iter()
        .map(|g| (sizes[g] as f64).powf(-(power as f64)))
        .collect();
    let mean = raw.iter().sum::<f64>() / raw.len().max(1) as f64;
    raw.iter().map(|w| (w / mean) as f32).collect()
}

/// Fits `k` classes on `x` (rows × features), labels `y` in `0..k`, row weights `rows`,
/// L2 penalty `alpha[j]` on feature `j`'s weights.
pub fn fit<'a>(
    x: ArrayView2<'a, f32>,
    y: &'a [usize],
    k: usize,
    rows: &'a [f32],
    alpha: &'a [f32],
    max_iterations: u64,
) -> Result<Fitted> {
    let f = x.ncols();
    let problem = Problem {
        x,
        y,
        k,
        rows,
        alpha,
    };
    let solver = LBFGS::new(MoreThuenteLineSearch::new(), 10)
        .with_tolerance_grad(1e-6)
        .map_err(|e| Error::Fit(e.to_string()))?;
    let init = Array1::<f32>::zeros((f + 1) * k);
    let result = Executor::new(problem, solver)
        .configure(|state| state.param(init.clone()).max_iters(max_iterations))
        .run()
        .map_err(|e| Error::Fit(e.to_string()))?;
    let best = result.state.best_param.unwrap_or(init);
    let all = best
        .into_shape_with_order((f + 1, k))
        .map_err(|e| Error::Fit(e.to_string()))?;
    Ok(Fitted {
        weights: all.slice(s![..f, ..]).to_owned(),
        intercept: all.row(f).to_owned(),
    })
}

struct Problem<'a> {
    x: ArrayView2<'a, f32>,
    y: &'a [usize],
    k: usize,
    rows: &'a [f32],
    alpha: &'a [f32],
}

impl Problem<'_> {
    /// Per row: the class probabilities, and the weighted negative log-likelihood summed.
    fn probabilities(&self, p: &Array1<f32>) -> (Array2<f32>, f64) {
        let f = self.x.ncols();
        let all = p
            .view()
            .into_shape_with_order((f + 1, self.k))
            .expect("shape");
        let mut h = self.x.dot(&all.slice(s![..f, ..]));
        h += &all.row(f);
        let mut loss = 0f64;
        for ((mut row, &label), &weight) in h.outer_iter_mut().zip(self.y).zip(self.rows) {
            let max = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
            row.mapv_inplace(|v| (v - max).exp());
            let sum: f32 = row.sum();
            row.mapv_inplace(|v| v / sum);
            loss -= weight as f64 * (row[label].max(1e-30) as f64).ln();
        }
        (h, loss)
    }
}

impl CostFunction for Problem<'_> {
    type Param = Array1<f32>;
    type Output = f32;

    fn cost(&self, p: &Self::Param) -> std::result::Result<f32, argmin::core::Error> {
        let f = self.x.ncols();
        let (_, loss) = self.probabilities(p);
        let penalty: f64 = p
            .slice(s![..f * self.k])
            .exact_chunks(self.k)
            .into_iter()
            .zip(self.alpha)
            .map(|(w, &a)| 0.5 * a as f64 * w.iter().map(|v| (*v as f64).powi(2)).sum::<f64>())
            .sum();
        Ok((loss + penalty) as f32)
    }
}

impl Gradient for Problem<'_> {
    type Param = Array1<f32>;
    type Gradient = Array1<f32>;

    fn gradient(&self, p: &Self::Param) -> std::result::Result<Array1<f32>, argmin::core::Error> {
        let f = self.x.ncols();
        let (mut diff, _) = self.probabilities(p);
        for ((mut row, &label), &weight) in diff.outer_iter_mut().zip(self.y).zip(self.rows) {
            row[label] -= 1.0;
            row *= weight;
        }
        let all = p
            .view()
            .into_shape_with_order((f + 1, self.k))
            .expect("shape");
        let mut grad = Array2::<f32>::zeros((f + 1, self.k));
        let mut dw = self.x.t().dot(&diff);
        for ((mut g, w), &a) in dw.outer_iter_mut().zip(all.outer_iter()).zip(self.alpha) {
            g.scaled_add(a, &w);
        }
        grad.slice_mut(s![..f, ..]).assign(&dw);
        grad.row_mut(f).assign(&diff.sum_axis(Axis(0)));
        Ok(grad.into_shape_with_order((f + 1) * self.k).expect("shape"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_group_weighs_alike_and_the_weights_average_one() {
        let w = group_weights(&[0, 0, 0, 1], 1.0);
        assert!((w.iter().sum::<f32>() / 4.0 - 1.0).abs() < 1e-6);
        assert!((w[0] * 3.0 - w[3]).abs() < 1e-5, "{w:?}");
        assert_eq!(group_weights(&[0, 0, 1], 0.0), vec![1.0; 3]);
    }

    #[test]
    fn a_heavier_row_pulls_the_fit_its_way() {
        // One feature, the same value in two rows of different labels: the fitted
        // intercept leans toward the label of the heavier row.
        let x = Array2::from_shape_vec((2, 1), vec![1.0f32, 1.0]).unwrap();
        let even = fit(x.view(), &[0, 1], 2, &[1.0, 1.0], &[1.0], 50).unwrap();
        let heavy = fit(x.view(), &[0, 1], 2, &[1.0, 3.0], &[1.0], 50).unwrap();
        let margin = |m: &Fitted| {
            (m.intercept[1] + m.weights[[0, 1]]) - (m.intercept[0] + m.weights[[0, 0]])
        };
        assert!(margin(&even).abs() < 1e-3, "{}", margin(&even));
        assert!(margin(&heavy) > 0.5, "{}", margin(&heavy));
    }

    #[test]
    fn separable_rows_are_fitted_and_the_fit_is_repeatable() {
        let x = Array2::from_shape_vec((4, 2), vec![1.0f32, 0.0, 0.9, 0.1, 0.0, 1.0, 0.2, 0.8])
            .unwrap();
        let a = fit(x.view(), &[0, 0, 1, 1], 2, &[1.0; 4], &[0.1; 2], 100).unwrap();
        let b = fit(x.view(), &[0, 0, 1, 1], 2, &[1.0; 4], &[0.1; 2], 100).unwrap();
        assert_eq!(a.weights, b.weights);
        assert!(a.weights[[0, 0]] > a.weights[[0, 1]]);
        assert!(a.weights[[1, 1]] > a.weights[[1, 0]]);
        // A heavier penalty on the first feature shrinks its weights and not the other's.
        let c = fit(x.view(), &[0, 0, 1, 1], 2, &[1.0; 4], &[10.0, 0.1], 100).unwrap();
        let spread = |m: &Fitted, j: usize| m.weights[[j, 0]] - m.weights[[j, 1]];
        assert!(spread(&c, 0).abs() < spread(&a, 0).abs() / 2.0);
        assert!(spread(&c, 1).abs() > spread(&a, 1).abs());
    }
}
