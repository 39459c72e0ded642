//! One simulated game: who plays it, its seed, and what it records for the
//! tally (and for `--games-out`).

use std::collections::BTreeSet;

use rand_chacha::rand_core::Rng;
use serde::Serialize;

use crate::engine::ai::{AiKind, Players};
use crate::engine::dice;
use crate::engine::report::EntryKind;
use crate::engine::scoring::{Shared, Verdict};
use crate::engine::{GameState, Response, TurnOrders, new_game, resolve_turn_briefly, scores};
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

/// A proposal made in a game, and its answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProposalRecord {
    /// Faction that proposed.
    pub faction: usize,
    /// The action proposed.
    pub action: usize,
    /// Faction asked.
    pub target: usize,
    /// `Some(true)` accepted, `Some(false)` declined, `None` still
    /// unanswered when the game stopped.
    pub accepted: Option<bool>,
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
    /// Final score of each objective per faction (index), in the order of
    /// the faction's objectives; playable factions only.
    pub objectives: Vec<(usize, Vec<i64>)>,
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
    /// Proposals made, with their answers.
    pub proposals: Vec<ProposalRecord>,
    /// `(event, turn)` for every event fired, with repeats.
    pub events: Vec<(usize, u32)>,
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
        objectives: Vec::new(),
        winners: Vec::new(),
        verdicts: Vec::new(),
        shared: None,
        lead: None,
        leaders_at_3: None,
        orders: Vec::new(),
        turn_choices: Vec::new(),
        proposals: Vec::new(),
        events: Vec::new(),
        state: state.clone(),
    };
    // Proposals waiting for an answer: `(pending id, position in record.proposals, in record.orders)`.
    let mut waiting: Vec<(u64, usize, usize)> = Vec::new();
    let mut players = Players::new(scn);
    let seats: Vec<(usize, AiKind)> =
        scn.factions.iter().enumerate().filter(|(_, d)| d.playable).map(|(f, _)| (f, cfg.ai_of(f))).collect();
    while !state.is_over() && record.turns < limit {
        let mut orders = TurnOrders::default();
        for (&(f, _), decided) in seats.iter().zip(players.decide_all(&state, &seats)) {
            if let Some(def) = scn.factions.get(f) {
                orders.set(def.id.clone(), decided);
            }
        }
        let report = resolve_turn_briefly(scn, &mut state, &orders);
        record.turns += 1;
        let mut chosen = BTreeSet::new();
        for entry in report.entries() {
            match &entry.kind {
                EntryKind::Order { faction, action, success, .. } => {
                    record.orders.push((*faction, *action, *success));
                    chosen.insert((*faction, *action));
                }
                EntryKind::Proposed { faction, action, target, pending } => {
                    // It succeeds only once accepted and taking effect, next turn.
                    waiting.push((*pending, record.proposals.len(), record.orders.len()));
                    record.orders.push((*faction, *action, false));
                    chosen.insert((*faction, *action));
                    let proposal =
                        ProposalRecord { faction: *faction, action: *action, target: *target, accepted: None };
                    record.proposals.push(proposal);
                }
                EntryKind::Answered { pending, response, roll, blocked, .. } => {
                    if let Some(at) = waiting.iter().position(|(id, _, _)| id == pending) {
                        let (_, i, order) = waiting.swap_remove(at);
                        let accepted = *response == Response::Accept;
                        if let Some(p) = record.proposals.get_mut(i) {
                            p.accepted = Some(accepted);
                        }
                        if let Some(o) = record.orders.get_mut(order) {
                            o.2 = accepted && !blocked && roll.as_ref().is_none_or(|r| r.success);
                        }
                    }
                }
                EntryKind::Event { event, .. } => record.events.push((*event, report.turn)),
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
    record.objectives =
        final_scores.factions.iter().map(|f| (f.faction, f.objectives.iter().map(|o| o.score).collect())).collect();
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

/// One game as a line of JSON (no newline): its index, seed, turns, each
/// playable faction's total and per-objective scores, and the winner(s).
/// `winner` is the winner's id, or the tied winners' ids joined by `+`.
pub fn game_line(scn: &Scenario, index: u32, game: &GameRecord) -> String {
    let id = |f: usize| scn.factions.get(f).map_or("?", |d| d.id.as_str());
    let factions: Vec<(&str, LineScore<'_>)> = game
        .totals
        .iter()
        .map(|&(f, total)| {
            let defs = scn.factions.get(f).map_or(&[][..], |d| &d.objectives[..]);
            let scores = game.objectives.iter().find(|o| o.0 == f).map_or(&[][..], |o| &o.1[..]);
            let objectives = defs.iter().zip(scores).map(|(def, &score)| (def.id.as_str(), score)).collect();
            (id(f), LineScore { total, objectives: Ordered(objectives) })
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
