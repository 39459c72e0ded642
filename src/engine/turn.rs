//! A whole turn, in the fixed order of docs/rules.md:
//! 1. start (income, events) — already run when the turn began;
//! 2. orders checked, costs paid;
//! 3. answers, orders and delayed effects resolved simultaneously;
//! 4. dynamics (lasting effects, route flows, rules);
//! 5. scores measured, end checked; 6. the next turn begins.

use crate::engine::check::{Checked, Committed, check_order};
use crate::engine::dynamics;
use crate::engine::effects::{Batch, plan, preview};
use crate::engine::news::order_line;
use crate::engine::orders::{Response, TurnOrders};
use crate::engine::report::{Audience, Changes, Entry, EntryKind, Slot, TurnReport};
use crate::engine::scoring::measure_turn;
use crate::engine::start::begin_turn;
use crate::engine::state::{EndReason, GameState, Pending, PendingKind, Scheduled, ScheduledKind};
use crate::scenario::Scenario;
use crate::scenario::expr::Bindings;
use crate::scenario::format::Stacking;
use crate::scenario::model::ActionDef;
use crate::tr;

/// Starts a game: the state at turn 1, after its start-of-turn phase.
pub fn new_game(scn: &Scenario, seed: u64) -> GameState {
    let mut state = GameState::initial(scn, seed);
    begin_turn(scn, &mut state);
    state
}

/// The state a game starts from, before turn 1's start phase: the
/// scenario's declared start values, no dice rolled (role cards show this).
pub fn start_state(scn: &Scenario) -> GameState {
    GameState::initial(scn, 0)
}

/// The pure form of [`resolve_turn`]: `(state, orders) → (state', report)`.
pub fn play_turn(scn: &Scenario, state: &GameState, orders: &TurnOrders) -> (GameState, TurnReport) {
    let mut next = state.clone();
    let report = resolve_turn(scn, &mut next, orders);
    (next, report)
}

/// Resolves the current turn with every faction's orders and starts the next.
pub fn resolve_turn(scn: &Scenario, state: &mut GameState, orders: &TurnOrders) -> TurnReport {
    resolve(scn, state, orders, true)
}

/// [`resolve_turn`] for simulations, which count what happened but read no
/// words or values: the same turn, and a report with the same entries,
/// except that those of the resolution have no changes and no words written
/// with them (the lines told from what an entry records are the same),
/// and there is no net change (the start of the next turn is in full).
pub fn resolve_turn_briefly(scn: &Scenario, state: &mut GameState, orders: &TurnOrders) -> TurnReport {
    resolve(scn, state, orders, false)
}

/// Resolves the turn; `full`: whether the report has changes and the words
/// written with its entries.
fn resolve(scn: &Scenario, state: &mut GameState, orders: &TurnOrders, full: bool) -> TurnReport {
    let turn = state.turn;
    let start = std::mem::take(&mut state.start_log);
    if state.is_over() {
        return TurnReport { turn, start, resolution: Vec::new(), net: Vec::new() };
    }
    let opening = full.then(|| state.values());
    // About one entry per order, answer, lasting effect, route and rule.
    let given: usize = orders.0.values().map(|o| o.orders.len()).sum();
    let mut log =
        Vec::with_capacity(given + state.pending.len() + state.scheduled.len() + scn.routes.len() + scn.rules.len());
    let accepted = accept_orders(scn, state, orders, (&mut log, full));
    // Every accepted order, answer and landing adds a group.
    let mut batch = Batch::with_room(accepted.len() + state.pending.len() + state.scheduled.len());
    let mut agreements = Agreements::default();
    answer_pending(scn, state, orders, (&mut batch, &mut agreements), (&mut log, full));
    carry_out(scn, state, accepted, (&mut batch, &mut agreements), (&mut log, full));
    land_delayed(scn, state, &mut batch, (&mut log, full));
    batch.apply(scn, state);
    dynamics::run(scn, state, &mut log, full);
    let net = opening.map(|opening| state.changes_since(&opening)).unwrap_or_default();
    measure_turn(scn, state);
    let end = scn.end_when.iter().position(|c| c.program.truth(state, Bindings::default())).map(EndReason::Condition);
    state.ended = end.or((turn >= scn.turns()).then_some(EndReason::LastTurn));
    if let Some(reason) = &state.ended {
        let news = full.then(|| match reason {
            EndReason::LastTurn => tr!(scn.lang, "game-news-last-turn"),
            EndReason::Umpire => tr!(scn.lang, "game-news-umpire-ended"),
            EndReason::Condition(i) => {
                let cond = scn.end_when.get(*i).map_or(String::new(), |c| {
                    crate::engine::explain::describe(scn, (Bindings::default(), None), &c.root)
                });
                tr!(scn.lang, "game-news-ended-early", cond = cond)
            }
        });
        log.push(Entry {
            audience: Audience::All,
            kind: EntryKind::GameOver { reason: reason.clone() },
            changes: Changes::new(),
            written: news,
        });
    } else {
        state.turn += 1;
        begin_turn(scn, state);
    }
    TurnReport { turn, start, resolution: log, net }
}

/// An accepted order with what it cost.
struct Accepted {
    faction: usize,
    order: Checked,
    costs: Changes,
}

/// Checks every faction's orders in queue order and pays their costs
/// (noted with `full`).
fn accept_orders(
    scn: &Scenario,
    state: &mut GameState,
    orders: &TurnOrders,
    (log, full): (&mut Vec<Entry>, bool),
) -> Vec<Accepted> {
    let given: usize = orders.0.values().map(|o| o.orders.len()).sum();
    let mut accepted = Vec::with_capacity(given);
    let mut committed = Committed::default();
    for (f, def) in scn.factions.iter().enumerate() {
        let Some(given) = orders.of(&def.id) else { continue };
        committed.clear();
        for order in &given.orders {
            match check_order(scn, state, f, order, &committed) {
                Ok(checked) => {
                    if let Some(action) = scn.actions.get(checked.action) {
                        committed.add(action, checked.action, checked.target);
                        let costs = Changes::new();
                        accepted.push(Accepted { faction: f, order: checked, costs });
                    }
                }
                Err(reason) => log.push(Entry {
                    audience: Audience::Only(f),
                    kind: EntryKind::Refused { faction: f, order: order.clone(), reason },
                    changes: Changes::new(),
                    written: None,
                }),
            }
        }
    }
    for a in &mut accepted {
        let Some(action) = scn.actions.get(a.order.action) else { continue };
        for &(var, amount) in &action.cost {
            let slot = Slot::FactionVar(a.faction, var);
            let change = state.update(scn, slot, |before| before.saturating_sub(amount));
            if full {
                a.costs.push(change);
            }
        }
    }
    accepted
}

/// Effects of an action's outcome: added to the batch now, or scheduled if
/// delayed; what they change, with `full`.
fn outcome(
    scn: &Scenario,
    (state, batch): (&mut GameState, &mut Batch),
    (faction, action, target): (usize, usize, Option<usize>),
    (success, audience): (bool, Audience),
    full: bool,
) -> (Changes, Option<u32>) {
    let Some(def) = scn.actions.get(action) else { return (Changes::new(), None) };
    if def.delay > 0 {
        let due = state.turn.saturating_add(def.delay);
        let kind = ScheduledKind::Delayed { due, success };
        state.scheduled.push(Scheduled { action, actor: faction, target, audience, kind, held: None });
        return (Changes::new(), Some(due));
    }
    (take_effect(scn, (state, batch), def, (faction, action, target), (success, audience), full), None)
}

/// Adds an outcome's effects to the batch and starts its lasting effects;
/// returns what they change, with `full`.
fn take_effect(
    scn: &Scenario,
    (state, batch): (&mut GameState, &mut Batch),
    def: &ActionDef,
    (faction, action, target): (usize, usize, Option<usize>),
    (success, audience): (bool, Audience),
    full: bool,
) -> Changes {
    let b = Bindings::of(Some(faction), target);
    let planned = plan(if success { &def.on_success } else { &def.on_failure }, state, b);
    batch.add(&planned);
    if success && def.duration > 0 {
        let kind = ScheduledKind::Lasting { remaining: def.duration };
        let running = state.scheduled.iter_mut().find(|s| {
            (s.action, s.actor, s.target) == (action, faction, target)
                && matches!(s.kind, ScheduledKind::Lasting { .. })
        });
        match (def.stack, running) {
            // Refused when ordered; two given in one turn run as one.
            (Stacking::Refresh | Stacking::Refuse, Some(running)) => running.kind = kind,
            _ => state.scheduled.push(Scheduled { action, actor: faction, target, audience, kind, held: None }),
        }
    }
    if full { preview(scn, state, &planned) } else { Changes::new() }
}

/// Agreements that took effect this turn: (agreement id, the pair of factions, lower index first).
#[derive(Default)]
struct Agreements(Vec<(String, usize, usize, usize)>);

impl Agreements {
    /// Records the agreement an action concludes between two factions, or
    /// returns why it cannot: the same agreement already took effect this turn.
    fn conclude(&mut self, scn: &Scenario, action: usize, a: usize, b: usize) -> Result<(), String> {
        let Some(id) = scn.actions.get(action).and_then(|d| d.agreement.as_ref()) else { return Ok(()) };
        let pair = (a.min(b), a.max(b));
        if let Some(&(_, _, _, earlier)) = self.0.iter().find(|(x, p, q, _)| x == id && (*p, *q) == pair) {
            let name = |f: usize| scn.factions.get(f).map_or("?", |d| d.name.as_str());
            let what = scn.actions.get(earlier).map_or("?", |d| d.name.as_str());
            return Err(if a == b {
                tr!(scn.lang, "game-agreement-twice", faction = name(a), action = what)
            } else {
                tr!(scn.lang, "game-agreement-twice-pair", a = name(pair.0), b = name(pair.1), action = what)
            });
        }
        self.0.push((id.clone(), pair.0, pair.1, action));
        Ok(())
    }
}

/// Why an accepted proposal cannot take effect now: a requirement that no
/// longer holds, or the same agreement already concluded this turn.
fn still_possible(
    scn: &Scenario,
    state: &GameState,
    agreements: &mut Agreements,
    (from, action, to): (usize, usize, usize),
) -> Result<(), String> {
    if let Some(reason) = crate::engine::check::unmet(scn, state, action, from, Some(to)) {
        return Err(reason);
    }
    agreements.conclude(scn, action, from, to)
}

fn answer_pending(
    scn: &Scenario,
    state: &mut GameState,
    orders: &TurnOrders,
    (batch, agreements): (&mut Batch, &mut Agreements),
    (log, full): (&mut Vec<Entry>, bool),
) {
    let mut pending = std::mem::take(&mut state.pending);
    pending.sort_by_key(|p| p.id);
    for Pending { id, faction, kind } in pending {
        let given = scn
            .factions
            .get(faction)
            .and_then(|f| orders.of(&f.id))
            .and_then(|o| o.answers.iter().find(|a| a.pending == id))
            .map(|a| a.response.clone());
        match kind {
            PendingKind::Proposal { action, from } => {
                let Some(def) = scn.actions.get(action) else { continue };
                let accepted = given == Some(Response::Accept);
                let response = if accepted { Response::Accept } else { Response::Decline };
                let b = Bindings::of(Some(from), Some(faction));
                let blocked =
                    if accepted { still_possible(scn, state, agreements, (from, action, faction)).err() } else { None };
                let was_blocked = blocked.is_some();
                let (roll, changes, news) = if let Some(reason) = blocked {
                    let who = scn.factions.get(faction).map_or("?", |f| f.name.as_str());
                    let reason = reason.trim_end_matches('.');
                    let news = full.then(|| {
                        tr!(
                            scn.lang,
                            "game-news-accepts-blocked",
                            faction = who,
                            action = def.name.as_str(),
                            reason = reason
                        )
                    });
                    (None, Changes::new(), news)
                } else if accepted {
                    let roll = def.chance.as_ref().map(|c| state.roll(&c.program, b));
                    let success = roll.is_none_or(|r| r.success);
                    let order = (from, action, Some(faction));
                    let (changes, _) = outcome(scn, (state, batch), order, (success, Audience::All), full);
                    (roll, changes, full.then(|| order_line(scn, def, from, Some(faction), success)))
                } else {
                    let planned = plan(&def.on_decline, state, b);
                    batch.add(&planned);
                    let who = scn.factions.get(faction).map_or("?", |f| f.name.as_str());
                    let news =
                        full.then(|| tr!(scn.lang, "game-news-declines", faction = who, action = def.name.as_str()));
                    (None, if full { preview(scn, state, &planned) } else { Changes::new() }, news)
                };
                log.push(Entry {
                    audience: Audience::All,
                    kind: EntryKind::Answered {
                        faction,
                        pending: id,
                        response,
                        roll,
                        defaulted: given.is_none(),
                        blocked: was_blocked,
                    },
                    changes,
                    written: news,
                });
            }
            PendingKind::Choice { event } => {
                let Some(choice) = scn.events.get(event).and_then(|e| e.choice.as_ref()) else { continue };
                let picked = match &given {
                    Some(Response::Choose(option)) => choice.options.iter().position(|o| &o.id == option),
                    _ => None,
                };
                let defaulted = picked.is_none();
                let Some(option) = choice.options.get(picked.unwrap_or(0)) else { continue };
                let planned = plan(&option.effects, state, Bindings::of(Some(faction), None));
                batch.add(&planned);
                let public = scn.events.get(event).is_some_and(|e| e.public);
                let who = scn.factions.get(faction).map_or("?", |f| f.name.as_str());
                log.push(Entry {
                    audience: if public { Audience::All } else { Audience::Only(faction) },
                    kind: EntryKind::Answered {
                        faction,
                        pending: id,
                        response: Response::Choose(option.id.clone()),
                        roll: None,
                        defaulted,
                        blocked: false,
                    },
                    changes: if full { preview(scn, state, &planned) } else { Changes::new() },
                    written: full
                        .then(|| tr!(scn.lang, "game-news-chose", faction = who, option = option.label.as_str())),
                });
            }
        }
    }
}

fn carry_out(
    scn: &Scenario,
    state: &mut GameState,
    accepted: Vec<Accepted>,
    (batch, agreements): (&mut Batch, &mut Agreements),
    (log, full): (&mut Vec<Entry>, bool),
) {
    for Accepted { faction, order, costs } in accepted {
        let Some(def) = scn.actions.get(order.action) else { continue };
        let b = Bindings::of(Some(faction), order.target);
        if !def.consent && def.agreement.is_some() {
            let other = if def.target == crate::scenario::format::TargetKind::Faction { order.target } else { None };
            if let Err(reason) = agreements.conclude(scn, order.action, faction, other.unwrap_or(faction)) {
                let target = other.and_then(|t| scn.factions.get(t)).map(|f| f.id.clone());
                log.push(Entry {
                    audience: Audience::All,
                    kind: EntryKind::Refused {
                        faction,
                        order: crate::engine::orders::Order { action: def.id.clone(), target },
                        reason: reason.clone(),
                    },
                    changes: costs,
                    written: full.then(|| {
                        tr!(scn.lang, "game-news-refused", action = def.name.as_str(), reason = reason.as_str())
                    }),
                });
                continue;
            }
        }
        if def.consent {
            let target = order.target.unwrap_or(0);
            let id = state.next_pending_id;
            state.next_pending_id += 1;
            state.pending.push(Pending {
                id,
                faction: target,
                kind: PendingKind::Proposal { action: order.action, from: faction },
            });
            log.push(Entry {
                audience: Audience::All,
                kind: EntryKind::Proposed { faction, action: order.action, target, pending: id },
                changes: costs,
                written: None,
            });
            continue;
        }
        let roll = def.chance.as_ref().map(|c| state.roll(&c.program, b));
        let success = roll.is_none_or(|r| r.success);
        let detected = def.secret.as_ref().map(|d| state.roll(&d.program, b).success);
        let audience = if detected == Some(false) { Audience::Only(faction) } else { Audience::All };
        let order_at = (faction, order.action, order.target);
        let (effects, lands_on) = outcome(scn, (state, batch), order_at, (success, audience), full);
        let mut changes = costs;
        changes.extend_from_slice(&effects);
        if detected == Some(true) {
            // Only a non-empty group: every group takes part in the dice's ordering of `=` effects.
            let found_out = plan(&def.on_detected, state, b);
            if !found_out.is_empty() {
                batch.add(&found_out);
                if full {
                    changes.extend_from_slice(&preview(scn, state, &found_out));
                }
            }
        }
        log.push(Entry {
            audience,
            kind: EntryKind::Order {
                faction,
                action: order.action,
                target: order.target,
                roll,
                success,
                detected,
                lands_on,
            },
            changes,
            written: None,
        });
    }
}

fn land_delayed(scn: &Scenario, state: &mut GameState, batch: &mut Batch, (log, full): (&mut Vec<Entry>, bool)) {
    let turn = state.turn;
    let is_due = |s: &Scheduled| matches!(s.kind, ScheduledKind::Delayed { due, .. } if due <= turn);
    if !state.scheduled.iter().any(is_due) {
        return;
    }
    // Taken out in order; the rest stay where they are, in order.
    let due: Vec<Scheduled> = state.scheduled.extract_if(.., |s| is_due(s)).collect();
    for item in due {
        let ScheduledKind::Delayed { success, .. } = item.kind else { continue };
        let Some(def) = scn.actions.get(item.action) else { continue };
        let order = (item.actor, item.action, item.target);
        let changes = take_effect(scn, (state, batch), def, order, (success, item.audience), full);
        log.push(Entry {
            audience: item.audience,
            kind: EntryKind::Landed { faction: item.actor, action: item.action, target: item.target, success },
            changes,
            written: None,
        });
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::engine::ai::{AiKind, decide};
    use crate::engine::testing::{midgame, scenarios};

    proptest! {
        #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

        /// A brief turn is the same turn: the same state after it, and the
        /// same entries, less their written words and changes.
        #[test]
        fn a_brief_turn_is_the_same_turn(which in 0usize..4, seed in any::<u64>(), turns in 0u32..10) {
            let scenarios = scenarios();
            let scn = &scenarios[which];
            let state = midgame(scn, seed, turns);
            let mut orders = TurnOrders::default();
            for (f, def) in scn.factions.iter().enumerate().filter(|(_, d)| d.playable) {
                orders.set(def.id.clone(), decide(scn, &state, f, AiKind::Random));
            }
            let (mut full, mut brief) = (state.clone(), state.clone());
            let report = resolve_turn(scn, &mut full, &orders);
            let short = resolve_turn_briefly(scn, &mut brief, &orders);
            prop_assert!(full == brief);
            let bare = |e: &Entry| Entry { written: None, changes: Changes::new(), ..e.clone() };
            prop_assert_eq!(report.resolution.iter().map(bare).collect::<Vec<_>>(), short.resolution);
            prop_assert_eq!((report.turn, report.start), (short.turn, short.start));
            prop_assert!(short.net.is_empty());
        }
    }
}
