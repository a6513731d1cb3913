//! `slant set-rule`: rewrite a multi-label model's decision rule (top-k, minimum
//! probability) without refitting its weights, recording the rule training chose and
//! why it was changed.

use super::args::SetRuleArgs;
use anyhow::{Context, Result};
use slant::model::multi::RuleChange;
use slant::model::MultiLabelModel;

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
    let (previous_top_k, previous_min_probability) = match &model.training.rule_change {
        Some(c) => (c.previous_top_k, c.previous_min_probability),
        None => (model.top_k(), model.min_probability()),
    };
    model.set_top_k(args.top_k);
    model.set_min_probability(args.min_probability)?;
    model.training.rule_change = Some(RuleChange {
        previous_top_k,
        previous_min_probability,
        reason: args.reason.trim().to_string(),
    });
    model.save(&args.out)?;
    eprintln!(
        "{}: top-{}{} plus thresholds (was top-{}{}); wrote {}",
        args.model.display(),
        args.top_k,
        floor(args.min_probability),
        previous_top_k,
        floor(previous_min_probability),
        args.out.display()
    );
    Ok(())
}

/// ", p ≥ P" for a minimum probability, nothing for none.
fn floor(p: f32) -> String {
    if p > 0.0 {
        format!(", p ≥ {p}")
    } else {
        String::new()
    }
}
