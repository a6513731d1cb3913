//! How often a model orders the left, center and right articles of one event by
//! slant: a check of the slant index on a corpus with one article per side per event.

use super::events::{stream_slants, Grouping};
use crate::corpus::{Fields, JsonlReader};
use crate::math::ratio;
use crate::model::{Model, Role};
use crate::Result;
use serde::Serialize;
use std::collections::HashMap;
use std::path::Path;

/// How often a model orders the left, center and right articles of one event by slant.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrderingAccuracy {
    /// Groups holding exactly one article of each of the three labels.
    pub groups: usize,
    /// Pairs checked: three per group.
    pub pairs: usize,
    /// Pairs ordered correctly (strictly lower slant for the more left-leaning label).
    pub correct: usize,
    /// `correct / pairs`.
    pub accuracy: f64,
    /// Accuracy of left < center.
    pub left_center: f64,
    /// Accuracy of center < right.
    pub center_right: f64,
    /// Accuracy of left < right.
    pub left_right: f64,
}

/// On the groups (made as `grouping` says) that hold exactly one article labelled `left`,
/// one `center` and one `right` in `label_field`, the share of the pairs
/// (left, center), (center, right), (left, right) that `model` orders
/// correctly by slant. Two streaming passes; only the chosen articles are scored.
pub fn ordering_accuracy(
    model: &Model,
    path: &Path,
    fields: Fields,
    grouping: &Grouping,
    label_field: &str,
) -> Result<OrderingAccuracy> {
    let mut labels_of: HashMap<Vec<String>, Vec<String>> = HashMap::new();
    for item in JsonlReader::open(path, fields.clone())? {
        let a = item?;
        if let Some(k) = grouping.key(&a) {
            let l = a.field(label_field).unwrap_or("").to_string();
            labels_of.entry(k).or_default().push(l);
        }
    }
    // Exactly one article of each role, and no other.
    labels_of.retain(|_, ls| {
        let mut s: Vec<Option<Role>> = ls.iter().map(|l| Role::of(l)).collect();
        s.sort();
        s == Role::ALL.map(Some)
    });
    let slants = stream_slants(model, path, fields, |a| {
        let k = grouping.key(a)?;
        let l = Role::of(a.field(label_field)?)?.rank();
        labels_of.contains_key(&k).then_some((k, l))
    })?;
    let mut by_group: HashMap<Vec<String>, [f64; 3]> = HashMap::new();
    for ((k, l), s) in slants {
        by_group.entry(k).or_insert([0.0; 3])[l] = s;
    }
    let groups = by_group.len();
    let mut hits = [0usize; 3];
    for s in by_group.values() {
        hits[0] += usize::from(s[0] < s[1]);
        hits[1] += usize::from(s[1] < s[2]);
        hits[2] += usize::from(s[0] < s[2]);
    }
    let share = |n: usize| ratio(n, groups);
    let correct = hits.iter().sum();
    Ok(OrderingAccuracy {
        groups,
        pairs: 3 * groups,
        correct,
        accuracy: ratio(correct, 3 * groups),
        left_center: share(hits[0]),
        center_right: share(hits[1]),
        left_right: share(hits[2]),
    })
}
