//! Batch simulation for balancing: many complete AI-vs-AI games in parallel,
//! each seeded from the run's seed and its index, so the results are the same
//! whatever the number of threads.

use std::collections::BTreeSet;

use rand_chacha::rand_core::Rng;
use rayon::prelude::*;
use serde::Serialize;

use crate::engine::ai::{AiKind, decide};
use crate::engine::dice;
use crate::engine::report::{EntryKind, Slot};
use crate::engine::{GameState, TurnOrders, new_game, resolve_turn, scores};
use crate::scenario::Scenario;

/// Stream label for per-game seeds.
const SIM_STREAM: u64 = 0x51;

/// What to simulate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SimConfig {
    /// Number of games.
    pub runs: u32,
    /// Seed of the whole batch; game `i` gets a seed derived from it.
    pub seed: u64,
    /// The AI in every seat.
    pub ai: AiKind,
    /// Stop after this many turns (at most the scenario's length).
    pub turns: Option<u32>,
}

/// The seed of game `index` in a batch.
pub fn game_seed(batch_seed: u64, index: u32) -> u64 {
    dice::stream(batch_seed, SIM_STREAM, u64::from(index), 0).next_u64()
}

/// Most memory a batch may keep for its game records, in bytes.
pub const MEMORY_BUDGET: u64 = 1 << 30;

/// An upper bound on the memory one game's record keeps, in bytes: its
/// orders and events for every turn and its final state.
pub fn record_bytes(scn: &Scenario, turns: Option<u32>) -> u64 {
    let t = u64::from(turns.unwrap_or(u32::MAX).min(scn.turns()));
    let count = |n: usize| n as u64;
    let orders: u64 = scn.factions.iter().filter(|f| f.playable).map(|f| u64::from(f.action_points)).sum();
    // An order is kept twice (24 and 16 bytes); an event 8; vectors may hold twice what they use.
    let per_turn = 2 * (orders * 40 + count(scn.events.len()) * 8);
    let n = count(scn.factions.len());
    let values = n * count(scn.faction_vars.len())
        + count(scn.regions.len()) * (count(scn.region_vars.len()) + 2)
        + count(scn.routes.len()) * 4
        + count(scn.flags.len())
        + n * n
        + count(scn.events.len()) * 2
        + scn.factions.iter().map(|f| count(f.objectives.len())).sum::<u64>();
    // The final state: its values, and its opening log of income and events.
    let state = 16 * values + 512 * (n + count(scn.events.len()));
    1_024 + t.saturating_mul(per_turn) + state
}

/// The most games one batch may play of `scn` within [`MEMORY_BUDGET`].
pub fn max_runs(scn: &Scenario, turns: Option<u32>) -> u32 {
    u32::try_from(MEMORY_BUDGET / record_bytes(scn, turns).max(1)).unwrap_or(u32::MAX).max(1)
}

/// The record of one simulated game.
#[derive(Debug, Clone, PartialEq)]
pub struct GameRecord {
    /// The game's seed.
    pub seed: u64,
    /// Turns played.
    pub turns: u32,
    /// Final total per faction (index), playable factions only.
    pub totals: Vec<(usize, i64)>,
    /// Winner(s) at the end.
    pub winners: Vec<usize>,
    /// Leader(s) after turn 3, if the game lasted that long.
    pub leaders_at_3: Option<Vec<usize>>,
    /// `(faction, action, success)` for every order carried out.
    pub orders: Vec<(usize, usize, bool)>,
    /// `(faction, action)` pairs chosen, once per turn.
    pub turn_choices: Vec<(usize, usize)>,
    /// Events fired (index), with repeats.
    pub events: Vec<usize>,
    /// Final state.
    pub state: GameState,
}

/// Plays one AI-vs-AI game to the end (or `max_turns`).
pub fn play_game(scn: &Scenario, seed: u64, ai: AiKind, max_turns: Option<u32>) -> GameRecord {
    let mut state = new_game(scn, seed);
    let limit = max_turns.unwrap_or(u32::MAX).min(scn.turns());
    let mut record = GameRecord {
        seed,
        turns: 0,
        totals: Vec::new(),
        winners: Vec::new(),
        leaders_at_3: None,
        orders: Vec::new(),
        turn_choices: Vec::new(),
        events: Vec::new(),
        state: state.clone(),
    };
    while !state.is_over() && record.turns < limit {
        let mut orders = TurnOrders::default();
        for (f, def) in scn.factions.iter().enumerate().filter(|(_, d)| d.playable) {
            orders.set(def.id.clone(), decide(scn, &state, f, ai));
        }
        let report = resolve_turn(scn, &mut state, &orders);
        record.turns += 1;
        let mut chosen = BTreeSet::new();
        for entry in report.entries() {
            match &entry.kind {
                EntryKind::Order { faction, action, success, .. } => {
                    record.orders.push((*faction, *action, *success));
                    chosen.insert((*faction, *action));
                }
                EntryKind::Proposed { faction, action, .. } => {
                    record.orders.push((*faction, *action, true));
                    chosen.insert((*faction, *action));
                }
                EntryKind::Event { event, .. } => record.events.push(*event),
                _ => {}
            }
        }
        record.turn_choices.extend(chosen);
        if record.turns == 3 {
            record.leaders_at_3 = Some(scores(scn, &state).leaders);
        }
    }
    let final_scores = scores(scn, &state);
    record.totals = final_scores.factions.iter().map(|f| (f.faction, f.total)).collect();
    record.winners = final_scores.leaders;
    record.state = state;
    record
}

/// Plays every game of a batch in parallel; results are in game order.
pub fn run_games(scn: &Scenario, cfg: SimConfig, on_game_done: &(dyn Fn() + Sync)) -> Vec<GameRecord> {
    (0..cfg.runs)
        .into_par_iter()
        .map(|i| {
            let record = play_game(scn, game_seed(cfg.seed, i), cfg.ai, cfg.turns);
            on_game_done();
            record
        })
        .collect()
}

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
}

/// One faction's results over a batch.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FactionSummary {
    pub id: String,
    pub name: String,
    pub score: Distribution,
    /// Share of games won; a tie between k factions gives each 1/k.
    pub win_share: f64,
}

/// A variable's values at game end over a batch.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VariableSummary {
    pub entity: String,
    pub variable: String,
    #[serde(flatten)]
    pub values: Distribution,
}

/// How often a faction chose an action.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActionSummary {
    pub faction: String,
    pub action: String,
    pub chosen: u64,
    pub succeeded: u64,
    /// Share of the faction's turns in which it chose this action.
    pub turn_share: f64,
}

/// How often an event fired.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventSummary {
    pub event: String,
    pub fired: u64,
    /// Share of games in which it fired at least once.
    pub game_share: f64,
}

/// Everything a modder needs to balance a scenario.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub scenario: String,
    pub runs: u32,
    pub seed: u64,
    pub ai: &'static str,
    pub average_turns: f64,
    pub factions: Vec<FactionSummary>,
    /// Share of games won by a faction that led after turn 3 (ties split); `None` in shorter games.
    pub turn_3_leader_wins: Option<f64>,
    pub variables: Vec<VariableSummary>,
    pub actions: Vec<ActionSummary>,
    pub events: Vec<EventSummary>,
}

/// Summarises a batch.
pub fn summarise(scn: &Scenario, cfg: SimConfig, games: &[GameRecord]) -> Summary {
    let n = games.len().max(1) as f64;
    let share = |winners: &[usize], f: usize| if winners.contains(&f) { 1.0 / winners.len() as f64 } else { 0.0 };
    let factions = scn
        .factions
        .iter()
        .enumerate()
        .filter(|(_, d)| d.playable)
        .map(|(f, def)| FactionSummary {
            id: def.id.clone(),
            name: def.name.clone(),
            score: Distribution::of(
                games.iter().filter_map(|g| g.totals.iter().find(|t| t.0 == f).map(|t| t.1)).collect(),
            ),
            win_share: games.iter().map(|g| share(&g.winners, f)).sum::<f64>() / n,
        })
        .collect();
    let with_3: Vec<&GameRecord> = games.iter().filter(|g| g.leaders_at_3.is_some()).collect();
    let turn_3_leader_wins = (!with_3.is_empty()).then(|| {
        with_3
            .iter()
            .map(|g| {
                let leaders = g.leaders_at_3.as_deref().unwrap_or(&[]);
                leaders.iter().map(|&f| share(&g.winners, f)).sum::<f64>() / leaders.len().max(1) as f64
            })
            .sum::<f64>()
            / with_3.len() as f64
    });
    let mut variables = Vec::new();
    for (f, def) in scn.factions.iter().enumerate() {
        for (v, var) in scn.faction_vars.iter().enumerate() {
            variables.push(VariableSummary {
                entity: def.id.clone(),
                variable: var.id.clone(),
                values: Distribution::of(games.iter().map(|g| g.state.get(Slot::FactionVar(f, v))).collect()),
            });
        }
    }
    for (r, def) in scn.regions.iter().enumerate() {
        for (v, var) in scn.region_vars.iter().enumerate() {
            variables.push(VariableSummary {
                entity: def.id.clone(),
                variable: var.id.clone(),
                values: Distribution::of(games.iter().map(|g| g.state.get(Slot::RegionVar(r, v))).collect()),
            });
        }
    }
    let faction_turns: f64 = games.iter().map(|g| f64::from(g.turns)).sum::<f64>().max(1.0);
    let mut actions = Vec::new();
    for (a, def) in scn.actions.iter().enumerate() {
        for &f in &def.factions {
            let Some(faction) = scn.factions.get(f).filter(|d| d.playable) else { continue };
            let mine = games.iter().flat_map(|g| g.orders.iter()).filter(|o| o.0 == f && o.1 == a);
            let (chosen, succeeded) = mine.fold((0, 0), |(c, s), o| (c + 1, s + u64::from(o.2)));
            let turns_chosen = games.iter().flat_map(|g| g.turn_choices.iter()).filter(|c| **c == (f, a)).count();
            actions.push(ActionSummary {
                faction: faction.id.clone(),
                action: def.id.clone(),
                chosen,
                succeeded,
                turn_share: turns_chosen as f64 / faction_turns,
            });
        }
    }
    let events = scn
        .events
        .iter()
        .enumerate()
        .map(|(e, def)| EventSummary {
            event: def.id.clone(),
            fired: games.iter().map(|g| g.events.iter().filter(|&&x| x == e).count() as u64).sum(),
            game_share: games.iter().filter(|g| g.events.contains(&e)).count() as f64 / n,
        })
        .collect();
    Summary {
        scenario: scn.meta.id.clone(),
        runs: cfg.runs,
        seed: cfg.seed,
        ai: cfg.ai.name(),
        average_turns: games.iter().map(|g| f64::from(g.turns)).sum::<f64>() / n,
        factions,
        turn_3_leader_wins,
        variables,
        actions,
        events,
    }
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
    fn results_do_not_depend_on_the_thread_count() {
        let scn = crate::scenario::load_default().scenario.expect("the default scenario validates");
        let cfg = SimConfig { runs: 6, seed: 9, ai: AiKind::Random, turns: None };
        let one = rayon::ThreadPoolBuilder::new().num_threads(1).build().expect("a pool of one thread");
        let two = rayon::ThreadPoolBuilder::new().num_threads(2).build().expect("a pool of two threads");
        let a = one.install(|| run_games(&scn, cfg, &|| {}));
        let b = two.install(|| run_games(&scn, cfg, &|| {}));
        assert_eq!(a, b);
        assert_eq!(summarise(&scn, cfg, &a), summarise(&scn, cfg, &b));
    }
}
