//! Arithmetic every stage shares: the one safe division behind every share and
//! metric slant reports.

/// A count that a share is taken of (`usize` for lengths, `u64` for tallies).
pub(crate) trait Count: Copy {
    /// The count as a float (exact below 2^53).
    fn as_f64(self) -> f64;
    /// True for zero.
    fn is_zero(self) -> bool;
}

impl Count for usize {
    fn as_f64(self) -> f64 {
        self as f64
    }
    fn is_zero(self) -> bool {
        self == 0
    }
}

impl Count for u64 {
    fn as_f64(self) -> f64 {
        self as f64
    }
    fn is_zero(self) -> bool {
        self == 0
    }
}

/// `num / den`, or 0 when `den` is 0 (scikit-learn's `zero_division=0`): a share
/// of nothing is reported as none.
pub(crate) fn ratio<T: Count>(num: T, den: T) -> f64 {
    if den.is_zero() {
        0.0
    } else {
        num.as_f64() / den.as_f64()
    }
}

#[cfg(test)]
mod tests {
    use super::ratio;

    #[test]
    fn a_share_of_nothing_is_zero_and_others_divide() {
        assert_eq!(ratio(3usize, 0), 0.0);
        assert_eq!(ratio(0u64, 0), 0.0);
        assert_eq!(ratio(1usize, 4), 0.25);
        assert_eq!(ratio(2u64, 3), 2.0 / 3.0);
    }
}
