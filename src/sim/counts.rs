//! Exact counts that merge by addition, and exact sums of fractions: the
//! arithmetic that makes a batch's summary the same bit for bit however its
//! games were split.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Exact counts per key: merging adds counts, so order never matters.
/// Written to JSON as a list of `[key, count]` pairs.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(from = "Vec<(K, u64)>", into = "Vec<(K, u64)>")]
#[serde(bound(serialize = "K: Ord + Clone + Serialize", deserialize = "K: Ord + Clone + Deserialize<'de>"))]
pub struct Counts<K: Ord + Clone>(BTreeMap<K, u64>);

impl<K: Ord + Clone> Counts<K> {
    /// No counts.
    pub fn new() -> Self {
        Counts(BTreeMap::new())
    }

    /// Counts `key` once more.
    pub fn add(&mut self, key: K) {
        let c = self.0.entry(key).or_insert(0);
        *c = c.saturating_add(1);
    }

    /// Adds every count of `other`.
    pub fn merge(&mut self, other: &Self) {
        for (k, &n) in &other.0 {
            let c = self.0.entry(k.clone()).or_insert(0);
            *c = c.saturating_add(n);
        }
    }

    /// The sum of all counts.
    pub fn total(&self) -> u64 {
        self.0.values().fold(0u64, |a, &n| a.saturating_add(n))
    }

    /// The count of `key` (0 when never counted).
    pub fn get(&self, key: &K) -> u64 {
        self.0.get(key).copied().unwrap_or(0)
    }

    /// `(key, count)` in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, u64)> + Clone {
        self.0.iter().map(|(k, &n)| (k, n))
    }
}

impl<K: Ord + Clone> From<Vec<(K, u64)>> for Counts<K> {
    fn from(pairs: Vec<(K, u64)>) -> Self {
        let mut counts = Counts::new();
        for (k, n) in pairs {
            let c = counts.0.entry(k).or_insert(0);
            *c = c.saturating_add(n);
        }
        counts
    }
}

impl<K: Ord + Clone> From<Counts<K>> for Vec<(K, u64)> {
    fn from(counts: Counts<K>) -> Self {
        counts.0.into_iter().collect()
    }
}

fn gcd(a: u128, b: u128) -> u128 {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// `Σ num / den` over `(num, den)` terms (`den >= 1`), as the float nearest
/// the exact fraction: the same whatever the order of the terms. Falls back
/// to summing floats only if the exact fraction would overflow (impossible
/// for real batches).
pub(super) fn fraction_sum(terms: impl Iterator<Item = (u128, u128)> + Clone) -> f64 {
    let exact = terms.clone().try_fold((0u128, 1u128), |(num, den), (n, d)| {
        let d = d.max(1);
        let l = den.checked_mul(d / gcd(den, d))?;
        let num = num.checked_mul(l / den)?.checked_add(n.checked_mul(l / d)?)?;
        Some((num, l))
    });
    match exact {
        Some((num, 1)) => num as f64,
        Some((num, den)) => num as f64 / den as f64,
        None => terms.map(|(n, d)| n as f64 / d.max(1) as f64).sum(),
    }
}

/// Wins counted by the size of the tie they were won in (`k = 1`: alone),
/// as an exact number of games: a `k`-way tie counts `1/k`.
pub(super) fn tie_wins(wins: impl Iterator<Item = (u64, u64)> + Clone) -> f64 {
    fraction_sum(wins.map(|(k, w)| (u128::from(w), u128::from(k.max(1)))))
}

/// `value` as counted in a histogram of unbounded values (route capacities):
/// exact below 1,000, and to three significant digits (rounded towards zero)
/// from 1,000 on, so a histogram holds at most a few thousand keys however
/// many games it counts.
pub(super) fn coarse(value: i64) -> i64 {
    let mut digits = value.unsigned_abs();
    let mut step = 1u64;
    while digits >= 1_000 {
        digits /= 10;
        step *= 10;
    }
    i64::try_from(digits * step).map_or(value, |v| if value < 0 { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tie_shares_sum_exactly_in_any_order() {
        let terms = [(1u128, 3u128), (2, 3), (1, 2), (5, 6)];
        let forward = fraction_sum(terms.iter().copied());
        let backward = fraction_sum(terms.iter().rev().copied());
        assert_eq!(forward.to_bits(), backward.to_bits());
        assert!((forward - (1.0 + 0.5 + 5.0 / 6.0)).abs() < 1e-12);
        assert_eq!(fraction_sum([(7u128, 1u128)].into_iter()), 7.0);
        // Denominators whose common multiple overflows fall back to floats, without panicking.
        let huge = (1..200u128).map(|d| (1, d));
        assert!(fraction_sum(huge) > 5.0);
        assert!((tie_wins([(1u64, 3u64), (2, 1), (3, 3)].into_iter()) - 4.5).abs() < 1e-12);
    }

    #[test]
    fn large_capacities_keep_three_significant_digits() {
        assert_eq!([0, 7, 999, 1_000, 1_234, 98_765, -4_321].map(coarse), [0, 7, 999, 1_000, 1_230, 98_700, -4_320]);
        assert_eq!(coarse(i64::MAX), 9_220_000_000_000_000_000);
        assert_eq!(coarse(i64::MIN), -9_220_000_000_000_000_000);
        // However many values: 1,000 exact ones, then at most 900 keys per power of ten.
        let keys: std::collections::BTreeSet<i64> = (0..2_000_000).map(coarse).collect();
        assert_eq!(keys.len(), 1_000 + 3 * 900 + 100);
    }
}
