//! The figures' arithmetic: medians, ratios and targets.

use std::fmt;

/// Per-round figures of today and REV, taken in turns.
#[derive(Default)]
pub(super) struct Paired {
    pub(super) today: Vec<f64>,
    pub(super) base: Vec<f64>,
}

impl Paired {
    /// Today over REV: the median of the rounds' ratios, as each round's two runs are neighbours
    /// in time and so steadier together than the medians of each.
    pub(super) fn ratio(&self) -> f64 {
        median_ratio(&self.today, &self.base)
    }
}

pub(super) fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let middle = sorted.len() / 2;
    match sorted.len() {
        0 => f64::NAN,
        n if n % 2 == 0 => (sorted[middle - 1] + sorted[middle]) / 2.0,
        _ => sorted[middle],
    }
}

/// The median of `a[i] / b[i]` over the rounds both have.
pub(super) fn median_ratio(a: &[f64], b: &[f64]) -> f64 {
    let ratios: Vec<f64> = a.iter().zip(b).map(|(a, b)| a / b).collect();
    median(&ratios)
}

#[derive(Clone, Copy)]
pub(super) enum Target {
    AtMost(f64),
    AtLeast(f64),
    Below(f64),
}

impl Target {
    pub(super) fn verdict(self, value: f64) -> &'static str {
        let met = match self {
            Target::AtMost(limit) => value <= limit,
            Target::AtLeast(limit) => value >= limit,
            Target::Below(limit) => value < limit,
        };
        if met { "met" } else { "NOT met" }
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Target::AtMost(limit) => write!(f, "<= {limit}"),
            Target::AtLeast(limit) => write!(f, ">= {limit}"),
            Target::Below(limit) => write!(f, "< {limit}"),
        }
    }
}

pub(super) const DECODE_TARGET: Target = Target::AtLeast(0.95);
/// bench-decode's and bench-list's own targets.
pub(super) const TYPED_PLAIN_TARGET: Target = Target::AtMost(1.10);
pub(super) const LIST_TARGET: Target = Target::AtMost(1.20);
pub(super) const SPEED_UP_TARGET: Target = Target::AtLeast(30.0);
pub(super) const MEMORY_TARGET_MB: Target = Target::Below(200.0);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_even_and_none() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), 2.5);
        assert_eq!(median(&[7.5]), 7.5);
        assert!(median(&[]).is_nan());
    }

    #[test]
    fn ratio_is_the_median_of_the_rounds_ratios() {
        // Rounds' ratios 0.5, 0.4, 1.0: their median 0.5, not 20/40 of the medians.
        let paired = Paired {
            today: vec![10.0, 20.0, 40.0],
            base: vec![20.0, 50.0, 40.0],
        };
        assert_eq!(paired.ratio(), 0.5);
        // Extra rounds of one side have no partner and are left out.
        assert_eq!(median_ratio(&[1.0, 2.0, 9.0], &[2.0, 4.0]), 0.5);
    }

    #[test]
    fn targets_judge_their_bounds() {
        assert_eq!(Target::AtMost(0.5).verdict(0.5), "met");
        assert_eq!(Target::AtMost(0.5).verdict(0.51), "NOT met");
        assert_eq!(Target::AtLeast(30.0).verdict(29.9), "NOT met");
        assert_eq!(Target::Below(200.0).verdict(200.0), "NOT met");
        assert_eq!(Target::AtMost(0.6).to_string(), "<= 0.6");
        assert_eq!(Target::AtLeast(30.0).to_string(), ">= 30");
    }
}
