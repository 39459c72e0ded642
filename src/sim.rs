//! Batch simulation for balancing: many complete AI-vs-AI games in parallel,
//! each seeded from the run's seed and its index, so the results are the same
//! whatever the number of threads.
//!
//! Each finished game is folded into a [`Tally`] of integer counts and then
//! dropped, so a batch takes the same memory for a thousand games as for a
//! million; tallies of disjoint game ranges merge exactly ([`merge_shards`]),
//! so a batch can be split into shards played on many machines.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use rand_chacha::rand_core::Rng;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::engine::ai::{AiKind, decide};
use crate::engine::dice;
use crate::engine::report::{EntryKind, Slot};
use crate::engine::scoring::{Shared, Verdict};
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
    /// The AI in every seat (but `seat`'s).
    pub ai: AiKind,
    /// One faction (index) played by another AI: the mixed seats that show
    /// whether a team that plays better wins more often.
    pub seat: Option<(usize, AiKind)>,
    /// Stop after this many turns (at most the scenario's length).
    pub turns: Option<u32>,
}

impl SimConfig {
    /// The AI that plays faction `f`.
    pub fn ai_of(&self, f: usize) -> AiKind {
        match self.seat {
            Some((one, ai)) if one == f => ai,
            _ => self.ai,
        }
    }

    /// The seats in words for summaries and shards: `random`, or
    /// `random,mali=greedy` when one faction's AI differs.
    pub fn seats(&self, scn: &Scenario) -> String {
        match self.seat.and_then(|(f, ai)| Some((scn.factions.get(f)?, ai))) {
            Some((def, ai)) => format!("{},{}={}", self.ai.name(), def.id, ai.name()),
            None => self.ai.name().to_string(),
        }
    }
}

/// The seed of game `index` in a batch.
pub fn game_seed(batch_seed: u64, index: u32) -> u64 {
    dice::stream(batch_seed, SIM_STREAM, u64::from(index), 0).next_u64()
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
    /// Final verdict per faction (index), playable factions only.
    pub verdicts: Vec<(usize, Verdict)>,
    /// The shared outcome at the end, if the scenario has one.
    pub shared: Option<Shared>,
    /// How far the winner led the runner-up: points of margin above their
    /// goals, or `None` when a better verdict decided it.
    pub lead: Option<i64>,
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
pub fn play_game(scn: &Scenario, seed: u64, cfg: SimConfig) -> GameRecord {
    let mut state = new_game(scn, seed);
    let limit = cfg.turns.unwrap_or(u32::MAX).min(scn.turns());
    let mut record = GameRecord {
        seed,
        turns: 0,
        totals: Vec::new(),
        winners: Vec::new(),
        verdicts: Vec::new(),
        shared: None,
        lead: None,
        leaders_at_3: None,
        orders: Vec::new(),
        turn_choices: Vec::new(),
        events: Vec::new(),
        state: state.clone(),
    };
    while !state.is_over() && record.turns < limit {
        let mut orders = TurnOrders::default();
        for (f, def) in scn.factions.iter().enumerate().filter(|(_, d)| d.playable) {
            orders.set(def.id.clone(), decide(scn, &state, f, cfg.ai_of(f)));
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
    record.verdicts = final_scores.factions.iter().map(|f| (f.faction, f.verdict)).collect();
    record.shared = final_scores.shared.map(|s| s.state);
    let mut ranked: Vec<(Verdict, i64, i64)> =
        final_scores.factions.iter().map(|f| (f.verdict, f.rank, f.margin)).collect();
    ranked.sort_unstable_by(|a, b| b.cmp(a));
    record.lead = match ranked.as_slice() {
        [first, second, ..] if first.0 == second.0 => Some(first.2 - second.2),
        _ => None,
    };
    record.winners = final_scores.leaders;
    record.state = state;
    record
}

/// Games played between two writes of `--games-out` lines: bounds the lines
/// held in memory while games finish out of order on several threads.
pub const CHUNK: u32 = 2_048;

/// Plays every game of a batch in parallel and keeps every record, in game
/// order. Memory grows with the batch: prefer [`run_range`], which folds each
/// game into a [`Tally`] and keeps nothing per game.
pub fn run_games(scn: &Scenario, cfg: SimConfig, on_game_done: &(dyn Fn() + Sync)) -> Vec<GameRecord> {
    (0..cfg.runs)
        .into_par_iter()
        .map(|i| {
            let record = play_game(scn, game_seed(cfg.seed, i), cfg);
            on_game_done();
            record
        })
        .collect()
}

/// Receives `--games-out` lines, in game order.
pub type LineSink<'a> = &'a mut dyn FnMut(&[String]) -> std::io::Result<()>;

/// Plays games `range` of a batch in parallel and folds each into a [`Tally`]
/// as it finishes. With `lines`, every game's JSON line ([`game_line`]) is
/// handed to it in game order, at most [`CHUNK`] at a time. The tally is the
/// same for any number of threads.
pub fn run_range(
    scn: &Scenario,
    layout: &Layout,
    cfg: SimConfig,
    range: Range<u32>,
    mut lines: Option<LineSink<'_>>,
    on_game_done: &(dyn Fn() + Sync),
) -> std::io::Result<Tally> {
    let want_lines = lines.is_some();
    let mut total = Tally::new(layout);
    let mut lo = range.start;
    while lo < range.end {
        let hi = lo.saturating_add(CHUNK).min(range.end);
        let (tally, mut chunk) = (lo..hi)
            .into_par_iter()
            .fold(
                || (Tally::new(layout), Vec::new()),
                |(mut tally, mut chunk), i| {
                    let seed = game_seed(cfg.seed, i);
                    let record = play_game(scn, seed, cfg);
                    tally.add(layout, &record);
                    if want_lines {
                        chunk.push((i, game_line(scn, i, &record)));
                    }
                    on_game_done();
                    (tally, chunk)
                },
            )
            .reduce(
                || (Tally::new(layout), Vec::new()),
                |(mut a, mut la), (b, lb)| {
                    a.merge(&b);
                    la.extend(lb);
                    (a, la)
                },
            );
        total.merge(&tally);
        if let Some(sink) = lines.as_mut() {
            chunk.sort_unstable_by_key(|(i, _)| *i);
            let texts: Vec<String> = chunk.into_iter().map(|(_, line)| line).collect();
            sink(&texts)?;
        }
        lo = hi;
    }
    Ok(total)
}

/// One game as a line of JSON (no newline): its index, seed, turns, each
/// playable faction's total and per-objective scores, and the winner(s).
/// `winner` is the winner's id, or the tied winners' ids joined by `+`.
pub fn game_line(scn: &Scenario, index: u32, game: &GameRecord) -> String {
    let final_scores = scores(scn, &game.state);
    let id = |f: usize| scn.factions.get(f).map_or("?", |d| d.id.as_str());
    let factions: Vec<(&str, LineScore<'_>)> = final_scores
        .factions
        .iter()
        .map(|f| {
            let objectives = f.objectives.iter().map(|o| (o.id.as_str(), o.score)).collect();
            (id(f.faction), LineScore { total: f.total, objectives: Ordered(objectives) })
        })
        .collect();
    let winners: Vec<&str> = game.winners.iter().map(|&f| id(f)).collect();
    let line = GameLine {
        index,
        seed: game.seed,
        turns: game.turns,
        scores: Ordered(factions),
        winner: winners.join("+"),
        winners,
    };
    serde_json::to_string(&line).unwrap_or_default()
}

#[derive(Serialize)]
struct GameLine<'a> {
    index: u32,
    seed: u64,
    turns: u32,
    scores: Ordered<'a, LineScore<'a>>,
    winner: String,
    winners: Vec<&'a str>,
}

#[derive(Serialize)]
struct LineScore<'a> {
    total: i64,
    objectives: Ordered<'a, i64>,
}

/// A JSON object whose keys keep their order.
struct Ordered<'a, T>(Vec<(&'a str, T)>);

impl<T: Serialize> Serialize for Ordered<'_, T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

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

/// Where each game's numbers go in a [`Tally`], and their names: built from
/// the scenario, so a tally can be summarised without it.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// Names to print.
    pub labels: Labels,
    /// Playable factions (index into the scenario).
    factions: Vec<usize>,
    /// Variables reported at game end.
    slots: Vec<Slot>,
    /// `(faction, action)` pairs reported.
    actions: Vec<(usize, usize)>,
    /// `[faction * actions + action]` → position in `actions`.
    action_at: Vec<Option<usize>>,
    /// Number of actions in the scenario.
    action_count: usize,
}

/// The names in a summary, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Labels {
    /// Scenario id.
    pub scenario: String,
    /// Playable factions: `(id, name)`.
    pub factions: Vec<(String, String)>,
    /// `(entity, variable)` for each value at game end.
    pub variables: Vec<(String, String)>,
    /// `(faction, action)` for each action.
    pub actions: Vec<(String, String)>,
    /// Event ids.
    pub events: Vec<String>,
}

impl Layout {
    /// The layout of `scn`'s summaries.
    pub fn new(scn: &Scenario) -> Self {
        let factions: Vec<usize> =
            scn.factions.iter().enumerate().filter(|(_, d)| d.playable).map(|(f, _)| f).collect();
        let mut slots = Vec::new();
        let mut variables = Vec::new();
        for (f, def) in scn.factions.iter().enumerate() {
            for (v, var) in scn.faction_vars.iter().enumerate() {
                slots.push(Slot::FactionVar(f, v));
                variables.push((def.id.clone(), var.id.clone()));
            }
        }
        for (r, def) in scn.regions.iter().enumerate() {
            for (v, var) in scn.region_vars.iter().enumerate() {
                slots.push(Slot::RegionVar(r, v));
                variables.push((def.id.clone(), var.id.clone()));
            }
        }
        let action_count = scn.actions.len();
        let mut action_at = vec![None; scn.factions.len() * action_count];
        let mut actions = Vec::new();
        let mut action_labels = Vec::new();
        for (a, def) in scn.actions.iter().enumerate() {
            for &f in &def.factions {
                let Some(faction) = scn.factions.get(f).filter(|d| d.playable) else { continue };
                if let Some(at) = action_at.get_mut(f * action_count + a) {
                    *at = Some(actions.len());
                }
                actions.push((f, a));
                action_labels.push((faction.id.clone(), def.id.clone()));
            }
        }
        let labels = Labels {
            scenario: scn.slug(),
            factions: factions.iter().map(|&f| (scn.factions[f].id.clone(), scn.factions[f].name.clone())).collect(),
            variables,
            actions: action_labels,
            events: scn.events.iter().map(|e| e.id.clone()).collect(),
        };
        Layout { labels, factions, slots, actions, action_at, action_count }
    }
}

/// One faction's results, summed over games.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactionTally {
    /// Final totals.
    pub score: Counts<i64>,
    /// `wins[k - 1]`: games it won in a `k`-way tie (`k = 1`: alone).
    pub wins: Vec<u64>,
    /// Games it ended with its goals missed, partly met, met.
    pub verdicts: [u64; 3],
}

/// An action's use, summed over games.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ActionTally {
    pub chosen: u64,
    pub succeeded: u64,
    /// Turns in which the faction chose it.
    pub turns: u64,
}

/// An event's firings, summed over games.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct EventTally {
    pub fired: u64,
    /// Games in which it fired at least once.
    pub games: u64,
}

/// The streaming accumulator of a batch: integer counts and sums only, so
/// [`Tally::merge`] is associative and commutative and the summary of a batch
/// is the same bit for bit whatever threads, shards or machines played it.
/// Its size depends on the scenario, never on the number of games.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub games: u64,
    /// Sum of turns played.
    pub turns: u64,
    /// Per playable faction.
    pub factions: Vec<FactionTally>,
    /// Games that lasted three turns, by `(leaders after turn 3 who won,
    /// winners, leaders after turn 3)`.
    pub leader_3: Counts<(u32, u32, u32)>,
    /// Values at game end, per variable of [`Labels::variables`].
    pub variables: Vec<Counts<i64>>,
    /// Games whose shared outcome was held, strained, lost.
    pub shared: [u64; 3],
    /// Points by which the winner led the runner-up with the same verdict.
    pub leads: Counts<i64>,
    pub actions: Vec<ActionTally>,
    pub events: Vec<EventTally>,
}

impl Tally {
    /// The tally of no games.
    pub fn new(layout: &Layout) -> Self {
        let n = layout.factions.len();
        Tally {
            games: 0,
            turns: 0,
            factions: vec![FactionTally { score: Counts::new(), wins: vec![0; n], verdicts: [0; 3] }; n],
            leader_3: Counts::new(),
            variables: vec![Counts::new(); layout.slots.len()],
            shared: [0; 3],
            leads: Counts::new(),
            actions: vec![ActionTally::default(); layout.actions.len()],
            events: vec![EventTally::default(); layout.labels.events.len()],
        }
    }

    /// Folds one game in.
    pub fn add(&mut self, layout: &Layout, g: &GameRecord) {
        self.games += 1;
        self.turns += u64::from(g.turns);
        for (tally, &f) in self.factions.iter_mut().zip(&layout.factions) {
            if let Some(&(_, total)) = g.totals.iter().find(|t| t.0 == f) {
                tally.score.add(total);
            }
            if g.winners.contains(&f)
                && let Some(w) = tally.wins.get_mut(g.winners.len() - 1)
            {
                *w += 1;
            }
            if let Some(&(_, v)) = g.verdicts.iter().find(|t| t.0 == f) {
                tally.verdicts[v as usize] += 1;
            }
        }
        if let Some(s) = g.shared {
            self.shared[s as usize] += 1;
        }
        if let Some(lead) = g.lead {
            self.leads.add(lead);
        }
        if let Some(leaders) = &g.leaders_at_3 {
            let won = leaders.iter().filter(|f| g.winners.contains(f)).count();
            self.leader_3.add((won as u32, g.winners.len() as u32, leaders.len() as u32));
        }
        for (counts, &slot) in self.variables.iter_mut().zip(&layout.slots) {
            counts.add(g.state.get(slot));
        }
        let at = |f: usize, a: usize| {
            if a >= layout.action_count {
                None
            } else {
                layout.action_at.get(f * layout.action_count + a).copied().flatten()
            }
        };
        for &(f, a, ok) in &g.orders {
            if let Some(t) = at(f, a).and_then(|i| self.actions.get_mut(i)) {
                t.chosen += 1;
                t.succeeded += u64::from(ok);
            }
        }
        for &(f, a) in &g.turn_choices {
            if let Some(t) = at(f, a).and_then(|i| self.actions.get_mut(i)) {
                t.turns += 1;
            }
        }
        let mut fired = g.events.clone();
        for &e in &fired {
            if let Some(t) = self.events.get_mut(e) {
                t.fired += 1;
            }
        }
        fired.sort_unstable();
        fired.dedup();
        for e in fired {
            if let Some(t) = self.events.get_mut(e) {
                t.games += 1;
            }
        }
    }

    /// Adds `other` (a tally of the same layout) to this one.
    pub fn merge(&mut self, other: &Tally) {
        self.games = self.games.saturating_add(other.games);
        self.turns = self.turns.saturating_add(other.turns);
        for (a, b) in self.factions.iter_mut().zip(&other.factions) {
            a.score.merge(&b.score);
            for (x, y) in a.wins.iter_mut().zip(&b.wins) {
                *x = x.saturating_add(*y);
            }
            for (x, y) in a.verdicts.iter_mut().zip(&b.verdicts) {
                *x = x.saturating_add(*y);
            }
        }
        for (x, y) in self.shared.iter_mut().zip(&other.shared) {
            *x = x.saturating_add(*y);
        }
        self.leads.merge(&other.leads);
        self.leader_3.merge(&other.leader_3);
        for (a, b) in self.variables.iter_mut().zip(&other.variables) {
            a.merge(b);
        }
        for (a, b) in self.actions.iter_mut().zip(&other.actions) {
            a.chosen = a.chosen.saturating_add(b.chosen);
            a.succeeded = a.succeeded.saturating_add(b.succeeded);
            a.turns = a.turns.saturating_add(b.turns);
        }
        for (a, b) in self.events.iter_mut().zip(&other.events) {
            a.fired = a.fired.saturating_add(b.fired);
            a.games = a.games.saturating_add(b.games);
        }
    }

    /// Why this tally (read from a file) cannot be a tally of `labels`' scenario
    /// over `games` games, if it cannot.
    pub fn check(&self, labels: &Labels, games: u64) -> Result<(), String> {
        let n = labels.factions.len();
        if self.games != games {
            return Err(format!("it counts {} games for a range of {games}", self.games));
        }
        if self.factions.len() != n
            || self.factions.iter().any(|f| f.wins.len() != n)
            || self.variables.len() != labels.variables.len()
            || self.actions.len() != labels.actions.len()
            || self.events.len() != labels.events.len()
        {
            return Err("its counts do not match its scenario's factions, variables, actions or events".into());
        }
        let whole = |c: &Counts<i64>| c.total() == games;
        if !self.factions.iter().all(|f| whole(&f.score)) || !self.variables.iter().all(whole) {
            return Err("a score or variable count does not add up to its number of games".into());
        }
        let at_most =
            |counts: &[u64; 3]| counts.iter().try_fold(0u64, |a, &c| a.checked_add(c)).is_some_and(|t| t <= games);
        if !self.factions.iter().all(|f| at_most(&f.verdicts)) || !at_most(&self.shared) || self.leads.total() > games {
            return Err("its verdict, shared outcome or margin counts are impossible".into());
        }
        if self.leader_3.total() > games
            || self.leader_3.iter().any(|(&(won, w, l), _)| won > w.min(l) || w as usize > n || l as usize > n)
        {
            return Err("its turn-3 leader counts are impossible".into());
        }
        if self.actions.iter().any(|a| a.succeeded > a.chosen) || self.events.iter().any(|e| e.games > games) {
            return Err("its action or event counts are impossible".into());
        }
        Ok(())
    }

    /// The printed summary of this tally.
    pub fn summary(&self, labels: &Labels, runs: u32, seed: u64, seats: &str) -> Summary {
        let n = self.games.max(1) as f64;
        let factions = labels
            .factions
            .iter()
            .zip(&self.factions)
            .map(|((id, name), t)| {
                // Ties of k factions give each 1/k: summed as an exact fraction.
                let won = fraction_sum(t.wins.iter().enumerate().map(|(k, &w)| (u128::from(w), k as u128 + 1)));
                FactionSummary {
                    id: id.clone(),
                    name: name.clone(),
                    score: Distribution::from_counts(&t.score),
                    win_share: won / n,
                    met: t.verdicts[Verdict::Met as usize] as f64 / n,
                    partly: t.verdicts[Verdict::Partly as usize] as f64 / n,
                    missed: t.verdicts[Verdict::Missed as usize] as f64 / n,
                }
            })
            .collect();
        let with_3 = self.leader_3.total();
        let turn_3_leader_wins = (with_3 > 0).then(|| {
            let terms = self.leader_3.iter().map(|(&(won, w, k), c)| {
                (u128::from(c) * u128::from(won), u128::from(w.max(1)) * u128::from(k.max(1)))
            });
            fraction_sum(terms) / with_3 as f64
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
        let faction_turns = (self.turns as f64).max(1.0);
        let actions = labels
            .actions
            .iter()
            .zip(&self.actions)
            .map(|((faction, action), t)| ActionSummary {
                faction: faction.clone(),
                action: action.clone(),
                chosen: t.chosen,
                succeeded: t.succeeded,
                turn_share: t.turns as f64 / faction_turns,
            })
            .collect();
        let events = labels
            .events
            .iter()
            .zip(&self.events)
            .map(|(event, t)| EventSummary { event: event.clone(), fired: t.fired, game_share: t.games as f64 / n })
            .collect();
        // A k-way tie is counted once by each of its k winners.
        let tied: u64 = (2..=self.factions.len())
            .map(|k| self.factions.iter().map(|f| f.wins.get(k - 1).copied().unwrap_or(0)).sum::<u64>() / k as u64)
            .sum();
        let shared_total: u64 = self.shared.iter().sum();
        let share = |i: Shared| self.shared[i as usize] as f64 / n;
        Summary {
            scenario: labels.scenario.clone(),
            ties: tied as f64 / n,
            close: self.leads.iter().filter(|(lead, _)| **lead <= 2).map(|(_, c)| c).sum::<u64>() as f64 / n,
            lead: (self.leads.total() > 0).then(|| Distribution::from_counts(&self.leads)),
            shared: (shared_total > 0).then(|| [share(Shared::Held), share(Shared::Strained), share(Shared::Lost)]),
            runs,
            seed,
            ai: seats.to_string(),
            average_turns: self.turns as f64 / n,
            factions,
            turn_3_leader_wins,
            variables,
            actions,
            events,
        }
    }
}

fn gcd(a: u128, b: u128) -> u128 {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// `Σ num / den` over `(num, den)` terms (`den >= 1`), as the float nearest
/// the exact fraction: the same whatever the order of the terms. Falls back
/// to summing floats only if the exact fraction would overflow (impossible
/// for real batches).
fn fraction_sum(terms: impl Iterator<Item = (u128, u128)> + Clone) -> f64 {
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

/// 64-bit FNV-1a of `bytes`: a stable content hash (the same on every machine and version).
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// The games of shard `index` of `count` in a batch of `runs`: contiguous,
/// in order, and together every game exactly once.
pub fn shard_range(runs: u32, index: u32, count: u32) -> Range<u32> {
    let at = |i: u32| (u64::from(runs) * u64::from(i) / u64::from(count.max(1))) as u32;
    at(index.min(count))..at(index.saturating_add(1).min(count))
}

/// Kind of the JSON document a shard writes.
pub const SHARD_FORMAT: &str = "harmattan-simulation-shard";
/// Version of that document; readers refuse other versions.
pub const SHARD_VERSION: u32 = 2;

/// The accumulator of some games of a batch, as written by `simulate --out`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Shard {
    /// Always [`SHARD_FORMAT`].
    pub format: String,
    /// Always [`SHARD_VERSION`].
    pub version: u32,
    /// Version of harmattan (and its engine) that played the games.
    pub harmattan: String,
    /// `fnv1a64:` and the hex FNV-1a hash of the scenario's text.
    pub scenario_hash: String,
    /// Seed of the batch.
    pub seed: u64,
    /// AI in every seat, and one faction's if it differs (`random,mali=greedy`).
    pub ai: String,
    /// `--turns`, if given.
    pub turns: Option<u32>,
    /// Games in the whole batch.
    pub runs: u32,
    /// Games played here: `first..end`.
    pub first: u32,
    pub end: u32,
    /// Names to print.
    pub labels: Labels,
    /// The counts.
    pub tally: Tally,
}

impl Shard {
    /// A shard document for games `range` of a batch of `scn`, whose text hashes to `hash`.
    pub fn new(layout: &Layout, hash: u64, seats: String, cfg: SimConfig, range: Range<u32>, tally: Tally) -> Self {
        Shard {
            format: SHARD_FORMAT.into(),
            version: SHARD_VERSION,
            harmattan: env!("CARGO_PKG_VERSION").into(),
            scenario_hash: format!("fnv1a64:{hash:016x}"),
            seed: cfg.seed,
            ai: seats,
            turns: cfg.turns,
            runs: cfg.runs,
            first: range.start,
            end: range.end,
            labels: layout.labels.clone(),
            tally,
        }
    }

    /// Reads a shard document from untrusted bytes and checks that it holds together.
    pub fn parse(bytes: &[u8]) -> Result<Shard, String> {
        let head: serde_json::Value =
            serde_json::from_slice(bytes).map_err(|e| format!("not a simulation shard (bad JSON: {e})"))?;
        if head.get("format").and_then(|f| f.as_str()) != Some(SHARD_FORMAT) {
            return Err(format!("not a simulation shard (no \"format\": \"{SHARD_FORMAT}\")"));
        }
        match head.get("version").and_then(|v| v.as_u64()) {
            Some(v) if v == u64::from(SHARD_VERSION) => {}
            v => {
                return Err(format!(
                    "shard format version {} is not {SHARD_VERSION}, the one this harmattan reads",
                    v.map_or("(none)".into(), |v| v.to_string())
                ));
            }
        }
        let shard: Shard = serde_json::from_value(head).map_err(|e| format!("not a valid simulation shard: {e}"))?;
        shard.check_ai()?;
        if shard.first > shard.end || shard.end > shard.runs {
            return Err(format!("its games {}..{} are not within a batch of {}", shard.first, shard.end, shard.runs));
        }
        shard.tally.check(&shard.labels, u64::from(shard.end - shard.first))?;
        Ok(shard)
    }

    /// Checks the AIs named in the document (`random`, `random,mali=greedy`).
    fn check_ai(&self) -> Result<(), String> {
        let known = |name: &str| [AiKind::Random, AiKind::Greedy].iter().any(|k| k.name() == name);
        let mut parts = self.ai.split(',');
        let all = parts.next().unwrap_or("");
        let one = parts.next().map(|p| {
            p.split_once('=').filter(|(f, ai)| known(ai) && self.labels.factions.iter().any(|(id, _)| id == f))
        });
        if known(all) && parts.next().is_none() && !matches!(one, Some(None)) {
            Ok(())
        } else {
            Err(format!("unknown AI `{}`", self.ai))
        }
    }

    /// The summary of this shard's games.
    pub fn summary(&self) -> Result<Summary, String> {
        let runs = self.end - self.first;
        Ok(self.tally.summary(&self.labels, runs, self.seed, &self.ai))
    }
}

/// Why shards cannot be merged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MergeError {
    /// No shard given.
    Empty,
    /// Shard `.1` was played differently from shard `.0` (what differs: `.2`).
    Mismatch(usize, usize, String),
    /// Shards `.0` and `.1` both played games `.2`.
    Overlap(usize, usize, Range<u32>),
    /// No shard played games `range`; `before` and `after` are the shards
    /// on either side of the gap, if any.
    Missing { range: Range<u32>, before: Option<usize>, after: Option<usize> },
}

/// Merges the shards of one batch into one (playing games `0..runs`),
/// refusing shards of another scenario, version, seed, AI, turn limit or
/// batch size, and game ranges that overlap or leave a gap. Shards are
/// identified by their position in `shards` in the error.
pub fn merge_shards(shards: &[Shard]) -> Result<Shard, MergeError> {
    let first = shards.first().ok_or(MergeError::Empty)?;
    for (i, s) in shards.iter().enumerate().skip(1) {
        let differs = [
            (s.scenario_hash != first.scenario_hash || s.labels != first.labels, "scenario"),
            (s.harmattan != first.harmattan, "harmattan version"),
            (s.seed != first.seed, "seed"),
            (s.ai != first.ai, "AI"),
            (s.turns != first.turns, "turn limit"),
            (s.runs != first.runs, "number of runs"),
        ];
        if let Some((_, what)) = differs.iter().find(|(d, _)| *d) {
            return Err(MergeError::Mismatch(0, i, (*what).to_string()));
        }
    }
    let mut order: Vec<usize> = (0..shards.len()).filter(|&i| shards[i].first < shards[i].end).collect();
    order.sort_by_key(|&i| (shards[i].first, shards[i].end));
    let mut covered = 0u32;
    let mut last: Option<usize> = None;
    let mut tally: Option<Tally> = None;
    for &i in &order {
        let s = &shards[i];
        if s.first < covered {
            let prev = last.unwrap_or(i);
            return Err(MergeError::Overlap(prev, i, s.first..covered.min(s.end)));
        }
        if s.first > covered {
            return Err(MergeError::Missing { range: covered..s.first, before: last, after: Some(i) });
        }
        match &mut tally {
            None => tally = Some(s.tally.clone()),
            Some(t) => t.merge(&s.tally),
        }
        covered = s.end;
        last = Some(i);
    }
    if covered < first.runs {
        return Err(MergeError::Missing { range: covered..first.runs, before: last, after: None });
    }
    let tally = tally.unwrap_or_else(|| first.tally.clone());
    Ok(Shard { first: 0, end: first.runs, tally, ..first.clone() })
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
    }

    #[test]
    fn results_do_not_depend_on_the_thread_count() {
        let scn = crate::scenario::load_default().scenario.expect("the default scenario validates");
        let cfg = SimConfig { runs: 6, seed: 9, ai: AiKind::Random, seat: None, turns: None };
        let one = rayon::ThreadPoolBuilder::new().num_threads(1).build().expect("a pool of one thread");
        let two = rayon::ThreadPoolBuilder::new().num_threads(2).build().expect("a pool of two threads");
        let a = one.install(|| run_games(&scn, cfg, &|| {}));
        let b = two.install(|| run_games(&scn, cfg, &|| {}));
        assert_eq!(a, b);
        assert_eq!(summarise(&scn, cfg, &a), summarise(&scn, cfg, &b));
    }
}
