//! `slant set-rule`: rewrite a multi-label model's decision rule (top-k, minimum
//! probability) without refitting its weights, recording the rule training chose and
//! why it was changed.

use super::args::{RuleKind, SetRuleArgs};
use anyhow::{Context, Result};
use slant::model::multi::{PerLabelRule, RuleChange};
use slant::model::MultiLabelModel;

/// The per-label part of a rule from `--rule`, `--max-labels` (default `top_k`),
/// `--min-ratio` and `--min-labels` (see [`slant::train::multi::per_label_rule`]).
pub fn per_label_rule(
    kind: RuleKind,
    top_k: usize,
    max_labels: Option<usize>,
    min_ratio: Option<f32>,
    min_labels: Option<usize>,
) -> Result<Option<PerLabelRule>> {
    Ok(slant::train::multi::per_label_rule(
        kind == RuleKind::PerLabel,
        top_k,
        max_labels,
        min_ratio,
        min_labels,
    )?)
}

pub fn run(args: &SetRuleArgs) -> Result<()> {
    if args.reason.trim().is_empty() {
        anyhow::bail!("--reason is empty; say why the rule is set (it is kept in the model)");
    }
    slant::model::check_output(&args.out).map_err(|e| anyhow::anyhow!("--out {e}"))?;
    let bytes = std::fs::read(&args.model)
        .with_context(|| format!("--model {}: cannot read it", args.model.display()))?;
    let mut model = MultiLabelModel::from_bytes(&bytes, &args.model.display().to_string())?;
    // The rule training chose stays recorded however often the rule is set again, so
    // setting the same rule twice gives the same file.
    let per_label = per_label_rule(
        args.rule,
        args.top_k,
        args.max_labels,
        args.min_ratio,
        args.min_labels,
    )?;
    let previous = match &model.training.rule_change {
        Some(c) => (
            c.previous_top_k,
            c.previous_min_probability,
            c.previous_per_label,
        ),
        None => (model.top_k(), model.min_probability(), model.per_label()),
    };
    let was = model.rule_text();
    model.set_top_k(args.top_k);
    model.set_min_probability(args.min_probability)?;
    model.set_per_label(per_label)?;
    model.training.rule_change = Some(RuleChange {
        previous_top_k: previous.0,
        previous_min_probability: previous.1,
        reason: args.reason.trim().to_string(),
        previous_per_label: previous.2,
    });
    model.save(&args.out)?;
    eprintln!(
        "{}: {} (was {}); wrote {}",
        args.model.display(),
        model.rule_text(),
        was,
        args.out.display()
    );
    Ok(())
}
