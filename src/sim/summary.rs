//! What a batch's tally says, in numbers a modder reads: score and value
//! distributions, win shares, and the explanations (objectives, actions that
//! go with winning, proposals, flags, relations, routes, event timing).

use serde::Serialize;

use super::counts::{Counts, tie_wins};
use super::game::{GameRecord, SimConfig};
use super::layout::{Labels, Layout};
use super::tally::Tally;
use crate::engine::scoring::{Shared, Verdict};
use crate::scenario::Scenario;

/// Mean, median and spread of a set of numbers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Distribution {
    pub mean: f64,
    pub p10: i64,
    pub median: i64,
    pub p90: i64,
    pub min: i64,
    pub max: i64,
}

impl Distribution {
    /// Summarises `values` (nearest-rank percentiles); zeros when empty.
    pub fn of(mut values: Vec<i64>) -> Self {
        values.sort_unstable();
        let n = values.len();
        let at = |p: usize| {
            if n == 0 { 0 } else { values.get(((p * n).div_ceil(100)).clamp(1, n) - 1).copied().unwrap_or(0) }
        };
        let mean = if n == 0 { 0.0 } else { values.iter().map(|&v| v as f64).sum::<f64>() / n as f64 };
        Distribution {
            mean,
            p10: at(10),
            median: at(50),
            p90: at(90),
            min: values.first().copied().unwrap_or(0),
            max: values.last().copied().unwrap_or(0),
        }
    }

    /// Summarises exact counts of values (nearest-rank percentiles); zeros when empty.
    pub fn from_counts(counts: &Counts<i64>) -> Self {
        let n = counts.total();
        if n == 0 {
            return Distribution { mean: 0.0, p10: 0, median: 0, p90: 0, min: 0, max: 0 };
        }
        let at = |p: u64| {
            let rank = (u128::from(p) * u128::from(n)).div_ceil(100).clamp(1, u128::from(n));
            let mut seen = 0u128;
            for (&v, c) in counts.iter() {
                seen += u128::from(c);
                if seen >= rank {
                    return v;
                }
            }
            0
        };
        let sum =
            counts.iter().fold(0i128, |sum, (&v, c)| sum.saturating_add(i128::from(v).saturating_mul(i128::from(c))));
        Distribution {
            mean: sum as f64 / n as f64,
            p10: at(10),
            median: at(50),
            p90: at(90),
            min: counts.iter().next().map_or(0, |(&v, _)| v),
            max: counts.iter().last().map_or(0, |(&v, _)| v),
        }
    }
}

/// One faction's results over a batch.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FactionSummary {
    pub id: String,
    pub name: String,
    pub score: Distribution,
    /// Share of games won; a tie between k factions gives each 1/k.
    pub win_share: f64,
    /// Shares of games it ended with its goals met, partly met, missed.
    pub met: f64,
    pub partly: f64,
    pub missed: f64,
    /// Each of its objectives' scores at game end.
    pub objectives: Vec<ObjectiveSummary>,
}

/// An objective's scores at game end over a batch.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ObjectiveSummary {
    pub id: String,
    pub name: String,
    pub weight: u32,
    pub score: Distribution,
}

/// A variable's values at game end over a batch.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VariableSummary {
    pub entity: String,
    pub variable: String,
    #[serde(flatten)]
    pub values: Distribution,
}

/// How often a faction chose an action, and how its games went when it did.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActionSummary {
    pub faction: String,
    pub action: String,
    pub chosen: u64,
    pub succeeded: u64,
    /// Share of the faction's turns in which it chose this action.
    pub turn_share: f64,
    /// Games in which the faction chose it at least once.
    pub games_used: u64,
    /// Share of games in which the faction chose it at least once.
    pub game_share: f64,
    /// The faction's win share in the games in which it chose it (ties
    /// split); `None` when it never did.
    pub win_share_used: Option<f64>,
    /// The faction's win share in the other games; `None` when there are none.
    pub win_share_unused: Option<f64>,
}

/// How often a proposal was made to one faction and how it was answered.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProposalSummary {
    /// Faction that proposed.
    pub faction: String,
    pub action: String,
    /// Faction asked.
    pub target: String,
    pub made: u64,
    pub accepted: u64,
    pub declined: u64,
    /// Still waiting for an answer when the game stopped.
    pub unanswered: u64,
    /// Accepted share of the answered proposals; `None` when none was answered.
    pub acceptance: Option<f64>,
}

/// How often an event fired, and when.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventSummary {
    pub event: String,
    pub fired: u64,
    /// Share of games in which it fired at least once.
    pub game_share: f64,
    /// `[turn, firings]` for every turn on which it fired.
    pub turns: Vec<(u32, u64)>,
    /// The turns of its firings; `None` when it never fired.
    pub when: Option<Distribution>,
}

/// How often a flag ended set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FlagSummary {
    pub id: String,
    pub name: String,
    /// Its value at the start.
    pub start: bool,
    /// Share of games in which it ended set.
    pub set_share: f64,
}

/// A relation's values at game end.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RelationSummary {
    pub a: String,
    pub b: String,
    pub start: i64,
    #[serde(flatten)]
    pub values: Distribution,
}

/// A route's state at game end.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RouteSummary {
    pub id: String,
    pub name: String,
    pub start_open: bool,
    /// Share of games in which it ended open.
    pub open_share: f64,
    pub start_capacity: i64,
    /// Capacity at game end (from 1,000 on, to three significant digits).
    pub capacity: Distribution,
    pub start_risk: i64,
    /// Interdiction risk at game end, percent.
    pub risk: Distribution,
}

/// Everything a modder needs to balance a scenario.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub scenario: String,
    pub runs: u32,
    pub seed: u64,
    pub ai: String,
    pub average_turns: f64,
    /// Share of games with more than one winner.
    pub ties: f64,
    /// Share of games decided (or tied) by 2 points or less between teams with the same verdict.
    pub close: f64,
    /// Points by which the winner led a runner-up with the same verdict.
    pub lead: Option<Distribution>,
    /// Shares of games whose shared outcome was held, strained, lost.
    pub shared: Option<[f64; 3]>,
    pub factions: Vec<FactionSummary>,
    /// Share of games won by a faction that led after turn 3 (ties split); `None` in shorter games.
    pub turn_3_leader_wins: Option<f64>,
    pub variables: Vec<VariableSummary>,
    pub actions: Vec<ActionSummary>,
    pub events: Vec<EventSummary>,
    /// Every proposal made at least once, by proposer, action and faction asked.
    pub proposals: Vec<ProposalSummary>,
    pub flags: Vec<FlagSummary>,
    pub relations: Vec<RelationSummary>,
    pub routes: Vec<RouteSummary>,
}

/// Summarises a batch from its game records (the same as folding them into a [`Tally`]).
pub fn summarise(scn: &Scenario, cfg: SimConfig, games: &[GameRecord]) -> Summary {
    let layout = Layout::new(scn);
    let mut tally = Tally::new(&layout);
    for g in games {
        tally.add(&layout, g);
    }
    tally.summary(&layout.labels, cfg.runs, cfg.seed, &cfg.seats(scn))
}

impl Tally {
    /// The printed summary of this tally.
    pub fn summary(&self, labels: &Labels, runs: u32, seed: u64, seats: &str) -> Summary {
        let n = self.games.max(1) as f64;
        let share = |count: u64| count as f64 / n;
        let factions = labels
            .factions
            .iter()
            .zip(&self.factions)
            .zip(&labels.objectives)
            .map(|(((id, name), t), objectives)| FactionSummary {
                id: id.clone(),
                name: name.clone(),
                score: Distribution::from_counts(&t.score),
                win_share: tie_wins(wins_by_tie(&t.wins)) / n,
                met: share(t.verdicts[Verdict::Met as usize]),
                partly: share(t.verdicts[Verdict::Partly as usize]),
                missed: share(t.verdicts[Verdict::Missed as usize]),
                objectives: objectives
                    .iter()
                    .zip(&t.objectives)
                    .map(|(o, c)| ObjectiveSummary {
                        id: o.id.clone(),
                        name: o.name.clone(),
                        weight: o.weight,
                        score: Distribution::from_counts(c),
                    })
                    .collect(),
            })
            .collect();
        let with_3 = self.leader_3.total();
        let turn_3_leader_wins = (with_3 > 0).then(|| {
            let terms = self.leader_3.iter().map(|(&(won, w, k), c)| {
                (u128::from(c) * u128::from(won), u128::from(w.max(1)) * u128::from(k.max(1)))
            });
            super::counts::fraction_sum(terms) / with_3 as f64
        });
        let variables = labels
            .variables
            .iter()
            .zip(&self.variables)
            .map(|((entity, variable), c)| VariableSummary {
                entity: entity.clone(),
                variable: variable.clone(),
                values: Distribution::from_counts(c),
            })
            .collect();
        let events = labels
            .events
            .iter()
            .zip(&self.events)
            .map(|(event, t)| {
                let turns: Counts<i64> =
                    t.turns.iter().map(|(&turn, c)| (i64::from(turn), c)).collect::<Vec<_>>().into();
                EventSummary {
                    event: event.clone(),
                    fired: t.fired,
                    game_share: share(t.games),
                    turns: t.turns.iter().map(|(&turn, c)| (turn, c)).collect(),
                    when: (t.fired > 0).then(|| Distribution::from_counts(&turns)),
                }
            })
            .collect();
        // A k-way tie is counted once by each of its k winners.
        let tied: u64 = (2..=self.factions.len())
            .map(|k| self.factions.iter().map(|f| f.wins.get(k - 1).copied().unwrap_or(0)).sum::<u64>() / k as u64)
            .sum();
        let shared_total: u64 = self.shared.iter().sum();
        let outcome = |i: Shared| share(self.shared[i as usize]);
        Summary {
            scenario: labels.scenario.clone(),
            ties: share(tied),
            close: share(self.leads.iter().filter(|(lead, _)| **lead <= 2).map(|(_, c)| c).sum::<u64>()),
            lead: (self.leads.total() > 0).then(|| Distribution::from_counts(&self.leads)),
            shared: (shared_total > 0)
                .then(|| [outcome(Shared::Held), outcome(Shared::Strained), outcome(Shared::Lost)]),
            runs,
            seed,
            ai: seats.to_string(),
            average_turns: self.turns as f64 / n,
            factions,
            turn_3_leader_wins,
            variables,
            actions: self.action_summaries(labels),
            events,
            proposals: self.proposal_summaries(labels),
            flags: labels
                .flags
                .iter()
                .zip(&self.flags)
                .map(|(f, &set)| FlagSummary {
                    id: f.id.clone(),
                    name: f.name.clone(),
                    start: f.start,
                    set_share: share(set),
                })
                .collect(),
            relations: labels
                .relations
                .iter()
                .zip(&self.relations)
                .map(|(r, c)| RelationSummary {
                    a: r.a.clone(),
                    b: r.b.clone(),
                    start: r.start,
                    values: Distribution::from_counts(c),
                })
                .collect(),
            routes: labels
                .routes
                .iter()
                .zip(&self.routes)
                .map(|(r, t)| RouteSummary {
                    id: r.id.clone(),
                    name: r.name.clone(),
                    start_open: r.open,
                    open_share: share(t.open),
                    start_capacity: r.capacity,
                    capacity: Distribution::from_counts(&t.capacity),
                    start_risk: r.risk,
                    risk: Distribution::from_counts(&t.risk),
                })
                .collect(),
        }
    }

    /// Each action's use, and its faction's win share with and without it.
    fn action_summaries(&self, labels: &Labels) -> Vec<ActionSummary> {
        let faction_turns = (self.turns as f64).max(1.0);
        labels
            .actions
            .iter()
            .zip(&self.actions)
            .map(|((faction, action), t)| {
                let all = labels.factions.iter().position(|(id, _)| id == faction).and_then(|f| self.factions.get(f));
                let used = tie_wins(t.wins.iter().map(|(&k, w)| (u64::from(k), w)));
                let unused_wins = all.map_or(0.0, |f| {
                    tie_wins(wins_by_tie(&f.wins).map(|(k, w)| (k, w.saturating_sub(t.wins.get(&(k as u32))))))
                });
                let unused_games = self.games.saturating_sub(t.games);
                ActionSummary {
                    faction: faction.clone(),
                    action: action.clone(),
                    chosen: t.chosen,
                    succeeded: t.succeeded,
                    turn_share: t.turns as f64 / faction_turns,
                    games_used: t.games,
                    game_share: t.games as f64 / self.games.max(1) as f64,
                    win_share_used: (t.games > 0).then(|| used / t.games as f64),
                    win_share_unused: (unused_games > 0).then(|| unused_wins / unused_games as f64),
                }
            })
            .collect()
    }

    /// Every `(proposer, action, faction asked)` proposed at least once, in label order.
    fn proposal_summaries(&self, labels: &Labels) -> Vec<ProposalSummary> {
        let mut out: Vec<ProposalSummary> = Vec::new();
        for (&(action, target, answer), count) in self.proposals.iter() {
            let Some((faction, action)) = labels.actions.get(action as usize) else { continue };
            let target = labels.everyone.get(target as usize).map_or("?", String::as_str);
            let same = |p: &ProposalSummary| p.faction == *faction && p.action == *action && p.target == target;
            if !out.last().is_some_and(same) {
                out.push(ProposalSummary {
                    faction: faction.clone(),
                    action: action.clone(),
                    target: target.to_string(),
                    made: 0,
                    accepted: 0,
                    declined: 0,
                    unanswered: 0,
                    acceptance: None,
                });
            }
            let Some(p) = out.last_mut() else { continue };
            p.made = p.made.saturating_add(count);
            match answer {
                Some(true) => p.accepted = p.accepted.saturating_add(count),
                Some(false) => p.declined = p.declined.saturating_add(count),
                None => p.unanswered = p.unanswered.saturating_add(count),
            }
        }
        for p in &mut out {
            let answered = p.accepted.saturating_add(p.declined);
            p.acceptance = (answered > 0).then(|| p.accepted as f64 / answered as f64);
        }
        out
    }
}

/// `(k, wins in a k-way tie)` from a faction's `wins[k - 1]`.
fn wins_by_tie(wins: &[u64]) -> impl Iterator<Item = (u64, u64)> + Clone + '_ {
    wins.iter().enumerate().map(|(k, &w)| (k as u64 + 1, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_use_nearest_rank() {
        let d = Distribution::of((1..=10).collect());
        assert_eq!((d.p10, d.median, d.p90, d.min, d.max), (1, 5, 9, 1, 10));
        assert!((d.mean - 5.5).abs() < 1e-9);
        assert_eq!(Distribution::of(Vec::new()).median, 0);
    }

    #[test]
    fn histograms_give_the_same_distribution_as_sorted_values() {
        for values in [vec![], vec![7], (1..=10).collect(), vec![3, -2, 3, 3, 100, -50, 0, 0, 1]] {
            let counts = Counts::from(values.iter().map(|&v| (v, 1)).collect::<Vec<_>>());
            assert_eq!(Distribution::from_counts(&counts), Distribution::of(values));
        }
    }
}
