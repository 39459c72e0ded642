//! Two versions of a scenario played on the same seeds (`simulate A --compare
//! B`): each faction's win and verdict shares in both with 95% intervals, the
//! difference with its own interval, and the largest changes in the
//! explanations.
//!
//! Game `i` of both batches has the same seed, so the two results of a game
//! are paired: a small edit leaves most games alike, and the interval of the
//! difference takes that into account (Newcombe's hybrid score interval for
//! paired proportions, built on the Wilson score intervals of each side),
//! which makes it much narrower than for two unrelated batches.

use std::ops::Range;

use serde::Serialize;

use super::counts::Counts;
use super::game::{GameRecord, SimConfig, game_seed, play_game};
use super::layout::{Labels, Layout};
use super::run::fold_range;
use super::summary::Summary;
use super::tally::Tally;
use crate::scenario::Scenario;

/// The normal quantile of a two-sided 95% interval.
const Z95: f64 = 1.959_963_984_540_054;

/// One side of a comparison: a scenario, its layout and how its games are played.
#[derive(Clone, Copy)]
pub struct Side<'a> {
    pub scenario: &'a Scenario,
    pub layout: &'a Layout,
    pub cfg: SimConfig,
}

/// The playable factions (ids) that only one of two scenarios has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactionMismatch {
    pub only_a: Vec<String>,
    pub only_b: Vec<String>,
}

/// For each playable faction of `a`, in order, its position among `b`'s
/// playable factions (matched by id); refused unless both have the same ones.
pub fn pair_factions(a: &Labels, b: &Labels) -> Result<Vec<usize>, FactionMismatch> {
    let position = |labels: &Labels, id: &str| labels.factions.iter().position(|(f, _)| f == id);
    let missing = |from: &Labels, to: &Labels| -> Vec<String> {
        from.factions.iter().filter(|(id, _)| position(to, id).is_none()).map(|(id, _)| id.clone()).collect()
    };
    let (only_a, only_b) = (missing(a, b), missing(b, a));
    if !only_a.is_empty() || !only_b.is_empty() {
        return Err(FactionMismatch { only_a, only_b });
    }
    Ok(a.factions.iter().filter_map(|(id, _)| position(b, id)).collect())
}

/// One faction's results in the same game of A and B.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PairTally {
    /// `(result in A, result in B)`: 0 lost, `k` won in a `k`-way tie.
    pub wins: Counts<(u32, u32)>,
    /// `(verdict in A, verdict in B)`: 0 missed, 1 partly met, 2 met.
    pub verdicts: Counts<(u32, u32)>,
}

/// The paired results of a comparison.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Pairs {
    /// Per playable faction, in A's order.
    pub factions: Vec<PairTally>,
    /// `(shared outcome in A, in B)`: 0 held, 1 strained, 2 lost, 3 none.
    pub shared: Counts<(u32, u32)>,
}

impl Pairs {
    fn add(&mut self, (a, layout_a): (&GameRecord, &Layout), (b, layout_b): (&GameRecord, &Layout), to_b: &[usize]) {
        let result = |g: &GameRecord, f: usize| if g.winners.contains(&f) { g.winners.len() as u32 } else { 0 };
        let verdict = |g: &GameRecord, f: usize| g.verdicts.iter().find(|v| v.0 == f).map_or(0, |v| v.1 as u32);
        for ((pair, &fa), &at) in self.factions.iter_mut().zip(&layout_a.factions).zip(to_b) {
            let Some(&fb) = layout_b.factions.get(at) else { continue };
            pair.wins.add((result(a, fa), result(b, fb)));
            pair.verdicts.add((verdict(a, fa), verdict(b, fb)));
        }
        let shared = |g: &GameRecord| g.shared.map_or(3, |s| s as u32);
        self.shared.add((shared(a), shared(b)));
    }

    fn merge(&mut self, other: &Pairs) {
        for (a, b) in self.factions.iter_mut().zip(&other.factions) {
            a.wins.merge(&b.wins);
            a.verdicts.merge(&b.verdicts);
        }
        self.shared.merge(&other.shared);
    }
}

/// Plays games `range` of both sides on the same seeds (game `i` of each with
/// `a.cfg.seed` and `i`), in parallel: each side's tally and the paired
/// results. `to_b` comes from [`pair_factions`]. The same for any number of threads.
pub fn run_compare(
    a: Side<'_>,
    b: Side<'_>,
    to_b: &[usize],
    range: Range<u32>,
    on_game_done: &(dyn Fn() + Sync),
) -> (Tally, Tally, Pairs) {
    let new = || {
        let pairs = Pairs { factions: vec![PairTally::default(); a.layout.factions.len()], shared: Counts::new() };
        (Tally::new(a.layout), Tally::new(b.layout), pairs)
    };
    fold_range(
        range,
        &new,
        &|(ta, tb, pairs): &mut (Tally, Tally, Pairs), i| {
            let seed = game_seed(a.cfg.seed, i);
            let ga = play_game(a.scenario, seed, a.cfg);
            let gb = play_game(b.scenario, seed, b.cfg);
            ta.add(a.layout, &ga);
            tb.add(b.layout, &gb);
            pairs.add((&ga, a.layout), (&gb, b.layout), to_b);
            on_game_done();
        },
        &|(ta, tb, pa), (xa, xb, px)| {
            ta.merge(&xa);
            tb.merge(&xb);
            pa.merge(&px);
        },
    )
}

/// A share with its 95% interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Estimate {
    pub value: f64,
    pub low: f64,
    pub high: f64,
}

/// The Wilson score interval (95%) of a share observed in `n` games.
pub fn wilson(share: f64, n: u64) -> Estimate {
    if n == 0 {
        return Estimate { value: share, low: 0.0, high: 1.0 };
    }
    let n = n as f64;
    let p = share.clamp(0.0, 1.0);
    let z2 = Z95 * Z95;
    let centre = (p + z2 / (2.0 * n)) / (1.0 + z2 / n);
    let half = Z95 / (1.0 + z2 / n) * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt();
    Estimate { value: share, low: (centre - half).max(0.0), high: (centre + half).min(1.0) }
}

/// A share in A and in B, and B − A with its interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Shift {
    pub a: Estimate,
    pub b: Estimate,
    /// B − A.
    pub difference: Estimate,
    /// Whether the difference's interval excludes 0: the edit changed it,
    /// beyond what chance alone would give.
    pub beyond_noise: bool,
}

impl Shift {
    /// The shift between shares `a` and `b` of `n` paired games whose
    /// per-game results correlate by `phi` (Newcombe's paired method 10).
    fn new(a: f64, b: f64, n: u64, phi: f64) -> Shift {
        let (a, b) = (wilson(a, n), wilson(b, n));
        let d = b.value - a.value;
        let (below_b, above_b) = (b.value - b.low, b.high - b.value);
        let (below_a, above_a) = (a.value - a.low, a.high - a.value);
        let spread = |x: f64, y: f64| (x * x - 2.0 * phi * x * y + y * y).max(0.0).sqrt();
        let low = (d - spread(below_b, above_a)).max(-1.0);
        let high = (d + spread(above_b, below_a)).min(1.0);
        Shift { a, b, difference: Estimate { value: d, low, high }, beyond_noise: low > 0.0 || high < 0.0 }
    }
}

/// The correlation of the per-game values `x(A result)` and `y(B result)`
/// over paired counts, with Newcombe's continuity correction (a positive
/// covariance is lowered by `1/2n`, and never below 0); 0 when either side
/// does not vary.
fn correlation<K: Ord + Clone>(pairs: &Counts<K>, x: impl Fn(&K) -> f64, y: impl Fn(&K) -> f64) -> f64 {
    let n = pairs.total() as f64;
    if n == 0.0 {
        return 0.0;
    }
    let (mut sx, mut sy, mut sxx, mut syy, mut sxy) = (0.0, 0.0, 0.0, 0.0, 0.0);
    for (k, c) in pairs.iter() {
        let (vx, vy, c) = (x(k), y(k), c as f64);
        sx += c * vx;
        sy += c * vy;
        sxx += c * vx * vx;
        syy += c * vy * vy;
        sxy += c * vx * vy;
    }
    let (mx, my) = (sx / n, sy / n);
    let (var_x, var_y) = (sxx / n - mx * mx, syy / n - my * my);
    if var_x <= 1e-12 || var_y <= 1e-12 {
        return 0.0;
    }
    let cov = sxy / n - mx * my;
    let corrected = if cov >= 0.0 { (cov - 0.5 / n).max(0.0) } else { cov };
    (corrected / (var_x * var_y).sqrt()).clamp(-1.0, 1.0)
}

/// One faction's shares in A and B.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FactionChange {
    pub id: String,
    pub name: String,
    /// Win share (ties split).
    pub win: Shift,
    /// Shares of games it ended with its goals met, partly met, missed.
    pub met: Shift,
    pub partly: Shift,
    pub missed: Shift,
}

/// The shared outcome's shares in A and B.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SharedChange {
    pub held: Shift,
    pub strained: Shift,
    pub lost: Shift,
}

/// A number of the explanations in A and B: an objective's mean score
/// (points), an event's share of games, an action's share of turns.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// The faction it belongs to (objectives and actions).
    pub faction: Option<String>,
    pub id: String,
    /// `None` when that side's scenario does not have it.
    pub a: Option<f64>,
    pub b: Option<f64>,
    /// B − A (what is missing counts as 0).
    pub difference: f64,
}

/// What changed from A to B.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// Scenario ids of A and B.
    pub a: String,
    pub b: String,
    pub runs: u32,
    pub seed: u64,
    pub ai: String,
    pub factions: Vec<FactionChange>,
    /// When both have a shared outcome.
    pub shared: Option<SharedChange>,
    /// Objective means, largest change first.
    pub objectives: Vec<Change>,
    /// Events' shares of games, largest change first.
    pub events: Vec<Change>,
    /// Actions' shares of turns, largest change first.
    pub actions: Vec<Change>,
}

impl Comparison {
    /// Compares the summaries of A and B with their paired results; `to_b` as given to [`run_compare`].
    pub fn new(a: &Summary, b: &Summary, pairs: &Pairs, to_b: &[usize]) -> Comparison {
        let n = pairs.shared.total();
        let won = |k: &u32| if *k == 0 { 0.0 } else { 1.0 / f64::from(*k) };
        let factions = a
            .factions
            .iter()
            .zip(to_b)
            .zip(&pairs.factions)
            .filter_map(|((fa, &at), pair)| {
                let fb = b.factions.get(at)?;
                let phi = correlation(&pair.wins, |k| won(&k.0), |k| won(&k.1));
                let verdict = |level: u32, sa: f64, sb: f64| {
                    let is = |v: &u32| f64::from(u8::from(*v == level));
                    Shift::new(sa, sb, n, correlation(&pair.verdicts, |k| is(&k.0), |k| is(&k.1)))
                };
                Some(FactionChange {
                    id: fa.id.clone(),
                    name: fa.name.clone(),
                    win: Shift::new(fa.win_share, fb.win_share, n, phi),
                    met: verdict(2, fa.met, fb.met),
                    partly: verdict(1, fa.partly, fb.partly),
                    missed: verdict(0, fa.missed, fb.missed),
                })
            })
            .collect();
        let shared = a.shared.zip(b.shared).map(|(sa, sb)| {
            let state = |i: usize| {
                let is = |v: &u32| f64::from(u8::from(*v as usize == i));
                Shift::new(sa[i], sb[i], n, correlation(&pairs.shared, |k| is(&k.0), |k| is(&k.1)))
            };
            SharedChange { held: state(0), strained: state(1), lost: state(2) }
        });
        let objective_means = |s: &Summary| -> Vec<((Option<String>, String), f64)> {
            s.factions
                .iter()
                .flat_map(|f| f.objectives.iter().map(|o| ((Some(f.id.clone()), o.id.clone()), o.score.mean)))
                .collect()
        };
        let mut objectives = changes(objective_means(a), objective_means(b));
        objectives.retain(|c| c.a.is_some() && c.b.is_some());
        let event_shares = |s: &Summary| s.events.iter().map(|e| ((None, e.event.clone()), e.game_share)).collect();
        let action_shares = |s: &Summary| {
            s.actions.iter().map(|x| ((Some(x.faction.clone()), x.action.clone()), x.turn_share)).collect()
        };
        Comparison {
            a: a.scenario.clone(),
            b: b.scenario.clone(),
            runs: a.runs,
            seed: a.seed,
            ai: a.ai.clone(),
            factions,
            shared,
            objectives,
            events: changes(event_shares(a), event_shares(b)),
            actions: changes(action_shares(a), action_shares(b)),
        }
    }
}

/// The values of A and B matched by key, largest change first (ties in A's
/// order, then B's).
fn changes(a: Vec<((Option<String>, String), f64)>, b: Vec<((Option<String>, String), f64)>) -> Vec<Change> {
    let mut out: Vec<Change> = a
        .iter()
        .map(|(key, va)| (key, Some(*va), b.iter().find(|(k, _)| k == key).map(|(_, v)| *v)))
        .chain(b.iter().filter(|(key, _)| !a.iter().any(|(k, _)| k == key)).map(|(key, vb)| (key, None, Some(*vb))))
        .map(|((faction, id), va, vb)| Change {
            faction: faction.clone(),
            id: id.clone(),
            a: va,
            b: vb,
            difference: vb.unwrap_or(0.0) - va.unwrap_or(0.0),
        })
        .collect();
    out.sort_by(|x, y| y.difference.abs().total_cmp(&x.difference.abs()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wilson_intervals_match_published_values() {
        // Newcombe (1998), table I: 81/263 → 0.2553–0.3662; 15/148 → 0.0624–0.1605; 0/20 → 0–0.1611.
        let e = wilson(81.0 / 263.0, 263);
        assert!((e.low - 0.2553).abs() < 5e-4 && (e.high - 0.3662).abs() < 5e-4, "{e:?}");
        let e = wilson(15.0 / 148.0, 148);
        assert!((e.low - 0.0624).abs() < 5e-4 && (e.high - 0.1605).abs() < 5e-4, "{e:?}");
        let e = wilson(0.0, 20);
        assert!(e.low == 0.0 && (e.high - 0.1611).abs() < 5e-4, "{e:?}");
        assert_eq!(wilson(0.3, 0), Estimate { value: 0.3, low: 0.0, high: 1.0 });
    }

    #[test]
    fn paired_differences_match_newcombe_method_10() {
        // Fagerland, Lydersen and Laake, "Statistical Analysis of Contingency Tables", chapter 8
        // (Cavo et al. 2012): pairs (1,1) 59, (1,0) 6, (0,1) 16, (0,0) 80; Newcombe's square-and-add
        // interval of p1 − p2 = −0.0621 is −0.1186 to −0.0046. Here B − A, so the signs turn.
        let pairs = Counts::from(vec![((1u32, 1u32), 59u64), ((1, 0), 6), ((0, 1), 16), ((0, 0), 80)]);
        let phi = correlation(&pairs, |k| f64::from(k.0), |k| f64::from(k.1));
        let s = Shift::new(65.0 / 161.0, 75.0 / 161.0, 161, phi);
        assert!((s.difference.value - 0.0621).abs() < 5e-5, "{s:?}");
        assert!((s.difference.low - 0.0046).abs() < 5e-5 && (s.difference.high - 0.1186).abs() < 5e-5, "{s:?}");
        assert!(s.beyond_noise);
        // Unpaired (no correlation), the same shares are within noise.
        assert!(!Shift::new(65.0 / 161.0, 75.0 / 161.0, 161, 0.0).beyond_noise);
    }

    #[test]
    fn identical_results_are_never_beyond_noise() {
        for (share, n) in [(0.0, 50), (0.31, 1_000), (1.0, 7), (0.5, 2)] {
            let s = Shift::new(share, share, n, 1.0);
            assert!(!s.beyond_noise && s.difference.low <= 0.0 && s.difference.high >= 0.0, "{s:?}");
        }
    }

    #[test]
    fn changes_are_matched_by_key_and_sorted_by_size() {
        let key = |id: &str| (None, id.to_string());
        let c = changes(vec![(key("x"), 0.5), (key("y"), 0.1)], vec![(key("y"), 0.4), (key("z"), 0.2)]);
        let got: Vec<(&str, Option<f64>, Option<f64>)> = c.iter().map(|c| (c.id.as_str(), c.a, c.b)).collect();
        assert_eq!(got, [("x", Some(0.5), None), ("y", Some(0.1), Some(0.4)), ("z", None, Some(0.2))]);
    }
}
