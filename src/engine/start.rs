//! Step 1 of a turn: income, then events in file order.

use crate::engine::bound::{Bound, BoundEvent};
use crate::engine::effects::apply_in_order;
use crate::engine::report::{Audience, Changes, Entry, EntryKind, Slot};
use crate::engine::state::{GameState, Pending, PendingKind};
use crate::scenario::Scenario;
use crate::scenario::expr::Bindings;
use crate::scenario::format::Repeat;

/// Runs the start of the current turn and stores its log in `state.start_log`.
pub fn begin_turn(scn: &Scenario, state: &mut GameState) {
    let mut log = Vec::with_capacity(scn.factions.len() + 4);
    income(scn, state, &mut log);
    events(scn, state, &mut log);
    state.start_log = log;
}

fn income(scn: &Scenario, state: &mut GameState, log: &mut Vec<Entry>) {
    for (f, def) in scn.factions.iter().enumerate() {
        let mut changes = Changes::new();
        let b = Bindings::of(Some(f), None);
        for (var, amount) in &def.income {
            let slot = Slot::FactionVar(f, *var);
            let amount = amount.program.num(state, b);
            let change = state.update(scn, slot, |before| before.saturating_add(amount));
            if change.before != change.after {
                changes.push(change);
            }
        }
        if !changes.is_empty() {
            log.push(Entry { audience: Audience::All, kind: EntryKind::Income { faction: f }, changes, written: None });
        }
    }
}

fn events(scn: &Scenario, state: &mut GameState, log: &mut Vec<Entry>) {
    for (e, def) in scn.events.iter().enumerate() {
        let last = state.event_fired.get(e).copied().flatten();
        let eligible_by_repeat = match (def.repeat, last) {
            (_, None) | (Repeat::Always, _) => true,
            (Repeat::Once, Some(_)) => false,
            (Repeat::Cooldown(n), Some(t)) => state.turn.saturating_sub(t) > n,
        };
        if !eligible_by_repeat || def.turn.is_some_and(|t| t != state.turn) {
            continue;
        }
        let Some(BoundEvent { b, when, chance }) = Bound::of(scn).event(e) else { continue };
        if when.as_ref().is_some_and(|w| !w.truth(state, *b)) {
            continue;
        }
        let roll = chance.as_ref().map(|c| state.roll(c, *b));
        if roll.is_some_and(|r| !r.success) {
            continue;
        }
        log.push(fire(scn, state, e, roll));
    }
}

/// Fires event `e` now: marks it fired, applies its effects in order, puts
/// its choice to the faction. Used by the start of turn and by the umpire.
pub fn fire(scn: &Scenario, state: &mut GameState, e: usize, roll: Option<crate::engine::dice::Roll>) -> Entry {
    let Some(def) = scn.events.get(e) else {
        return Entry {
            audience: Audience::Umpire,
            kind: EntryKind::Event { event: e, roll, choice_for: None },
            changes: Changes::new(),
            written: None,
        };
    };
    let b = Bindings::of(def.choice.as_ref().map(|c| c.faction), None);
    if let Some(slot) = state.event_fired.get_mut(e) {
        *slot = Some(state.turn);
    }
    let changes = apply_in_order(scn, state, &def.effects, b);
    let choice_for = def.choice.as_ref().map(|c| c.faction);
    if let Some(faction) = choice_for {
        let id = state.next_pending_id;
        state.next_pending_id += 1;
        state.pending.push(Pending { id, faction, kind: PendingKind::Choice { event: e } });
    }
    let audience = match (def.public, choice_for) {
        (true, _) => Audience::All,
        (false, Some(f)) => Audience::Only(f),
        (false, None) => Audience::Umpire,
    };
    Entry { audience, kind: EntryKind::Event { event: e, roll, choice_for }, changes, written: Some(def.title.clone()) }
}
