//! Which of a model's labels is left, center and right, resolved once from the
//! label names: the one place that reads "left", "center" and "right" as roles,
//! and the one place that computes slant and partisanship from probabilities.

use serde::Serialize;

/// The part a label plays on the left–right axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Left,
    Center,
    Right,
}

impl Role {
    /// The three roles in their natural order, left to right.
    pub const ALL: [Role; 3] = [Role::Left, Role::Center, Role::Right];

    /// The role of a label name: `left`, `center` and `right` have one; other names none.
    pub fn of(label: &str) -> Option<Role> {
        match label {
            "left" => Some(Role::Left),
            "center" => Some(Role::Center),
            "right" => Some(Role::Right),
            _ => None,
        }
    }

    /// The label name of the role (also its CSS class in the HTML reports).
    pub fn name(self) -> &'static str {
        match self {
            Role::Left => "left",
            Role::Center => "center",
            Role::Right => "right",
        }
    }

    /// Position on the axis: left 0, center 1, right 2.
    pub fn rank(self) -> usize {
        self as usize
    }
}

/// The index of the left, center and right label in a model's label order, when it has them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LabelRoles {
    /// The index of the `left` label.
    pub left: Option<usize>,
    /// The index of the `center` label.
    pub center: Option<usize>,
    /// The index of the `right` label.
    pub right: Option<usize>,
}

impl LabelRoles {
    /// Resolves the roles of `labels` (the first label of each role counts).
    pub fn of<S: AsRef<str>>(labels: &[S]) -> Self {
        let find = |role: Role| {
            labels
                .iter()
                .position(|l| Role::of(l.as_ref()) == Some(role))
        };
        LabelRoles {
            left: find(Role::Left),
            center: find(Role::Center),
            right: find(Role::Right),
        }
    }

    /// True when the labels include both `left` and `right`, so a slant can be measured.
    pub fn has_left_and_right(&self) -> bool {
        self.left.is_some() && self.right.is_some()
    }

    /// The slant index P(right) − P(left) of per-label probabilities (in label
    /// order), when the labels include both.
    pub fn slant(&self, probabilities: &[f64]) -> Option<f64> {
        match (self.left, self.right) {
            (Some(l), Some(r)) => Some(probabilities[r] - probabilities[l]),
            _ => None,
        }
    }

    /// Partisanship 1 − P(center) of per-label probabilities, when there is a center label.
    pub fn partisanship(&self, probabilities: &[f64]) -> Option<f64> {
        self.center.map(|c| 1.0 - probabilities[c])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_are_found_in_any_label_order_and_give_slant_and_partisanship() {
        let roles = LabelRoles::of(&["center", "left", "right"]);
        assert_eq!(
            roles,
            LabelRoles {
                left: Some(1),
                center: Some(0),
                right: Some(2)
            }
        );
        let p = [0.5, 0.125, 0.375];
        assert_eq!(roles.slant(&p), Some(0.25));
        assert_eq!(roles.partisanship(&p), Some(0.5));
    }

    #[test]
    fn labels_without_roles_give_no_slant_or_partisanship() {
        let roles = LabelRoles::of(&["pro", "anti"]);
        assert_eq!(roles, LabelRoles::default());
        assert_eq!(roles.slant(&[0.4, 0.6]), None);
        assert_eq!(roles.partisanship(&[0.4, 0.6]), None);
        let two = LabelRoles::of(&["left", "right"]);
        assert!(two.has_left_and_right());
        assert_eq!(two.partisanship(&[0.4, 0.6]), None);
    }

    #[test]
    fn role_names_round_trip_and_rank_left_to_right() {
        for (i, r) in Role::ALL.into_iter().enumerate() {
            assert_eq!(Role::of(r.name()), Some(r));
            assert_eq!(r.rank(), i);
        }
        assert_eq!(Role::of("Left"), None);
    }
}
