//! Step 4 of a turn: lasting effects, route flows, then the scenario's rules.

use crate::engine::dice;
use crate::engine::effects::apply_each;
use crate::engine::report::{Audience, Change, Entry, EntryKind, Slot};
use crate::engine::state::{GameState, ScheduledKind};
use crate::scenario::Scenario;
use crate::scenario::expr::{Bindings, EffectStmt, RouteField};
use crate::scenario::format::Scope;

/// Runs lasting effects, flows and rules, appending to `log`.
pub fn run(scn: &Scenario, state: &mut GameState, log: &mut Vec<Entry>) {
    run_with(scn, state, Some(log));
}

/// Runs lasting effects, flows and rules exactly as [`run`] does, without
/// recording anything (for looking ahead).
pub fn run_unlogged(scn: &Scenario, state: &mut GameState) {
    run_with(scn, state, None);
}

fn run_with(scn: &Scenario, state: &mut GameState, mut log: Option<&mut Vec<Entry>>) {
    lasting(scn, state, log.as_deref_mut());
    flows(scn, state, log.as_deref_mut());
    rules(scn, state, log);
}

/// Applies effects in order; collects their changes only when there is a log to keep them.
fn apply(scn: &Scenario, state: &mut GameState, stmts: &[EffectStmt], b: Bindings, logged: bool) -> Vec<Change> {
    let mut changes = Vec::new();
    apply_each(scn, state, stmts, b, |c| {
        if logged {
            changes.push(c);
        }
    });
    changes
}

fn lasting(scn: &Scenario, state: &mut GameState, mut log: Option<&mut Vec<Entry>>) {
    let items = std::mem::take(&mut state.scheduled);
    let mut keep = Vec::with_capacity(items.len());
    for mut item in items {
        let ScheduledKind::Lasting { remaining } = item.kind else {
            keep.push(item);
            continue;
        };
        let Some(def) = scn.actions.get(item.action) else { continue };
        let b = Bindings::of(Some(item.actor), item.target);
        let audience = item.audience;
        let holds = !def.hold.is_empty();
        if remaining > 0 {
            let mut changes = Vec::new();
            if holds && item.held.is_none() {
                let mut held = Vec::new();
                apply_each(scn, state, &def.hold, b, |c| held.push(c));
                changes.extend(held.iter().filter(|_| log.is_some()));
                item.held = Some(held);
            }
            changes.extend(apply(scn, state, &def.ongoing, b, log.is_some()));
            if let Some(log) = log.as_deref_mut().filter(|_| !changes.is_empty()) {
                let kind = EntryKind::Ongoing { faction: item.actor, action: item.action, target: item.target };
                log.push(Entry { audience, kind, changes, news: None });
            }
        }
        // An action that holds effects ends the turn after its last, so that
        // they are in place for every turn of its duration.
        let ends = if holds { remaining == 0 } else { remaining <= 1 };
        if ends {
            let mut changes = give_back(scn, state, item.held.as_deref().unwrap_or_default());
            changes.extend(apply(scn, state, &def.on_end, b, log.is_some()));
            if let Some(log) = log.as_deref_mut() {
                let kind = EntryKind::Ended { faction: item.actor, action: item.action, target: item.target };
                log.push(Entry { audience, kind, changes, news: None });
            }
        } else {
            item.kind = ScheduledKind::Lasting { remaining: remaining.saturating_sub(1) };
            keep.push(item);
        }
    }
    state.scheduled = keep;
}

/// Undoes what held effects changed, last first: a number moves back by
/// what was actually added or taken (after clamping), a condition returns
/// to what it was unless something else has changed it since.
fn give_back(scn: &Scenario, state: &mut GameState, held: &[Change]) -> Vec<Change> {
    let mut changes = Vec::new();
    for c in held.iter().rev() {
        let before = state.get(c.slot);
        let value = match c.slot {
            Slot::RouteOpen(_) | Slot::Flag(_) if before == c.after => c.before,
            Slot::RouteOpen(_) | Slot::Flag(_) => before,
            _ => before.saturating_sub(c.after.saturating_sub(c.before)),
        };
        let after = state.set(scn, c.slot, value);
        if after != before {
            changes.push(Change { slot: c.slot, before, after });
        }
    }
    changes
}

fn flows(scn: &Scenario, state: &mut GameState, mut log: Option<&mut Vec<Entry>>) {
    for (r, def) in scn.routes.iter().enumerate() {
        let Some(route) = state.routes.get(r).cloned() else { continue };
        let flow_slot = Slot::Route(r, RouteField::Flow);
        let before_flow = route.flow;
        if !route.open || route.capacity <= 0 {
            if before_flow != 0 {
                state.set(scn, flow_slot, 0);
                if let Some(log) = log.as_deref_mut() {
                    let changes = vec![Change { slot: flow_slot, before: before_flow, after: 0 }];
                    let kind = EntryKind::Flow { route: r, sent: 0, delivered: 0, roll: None };
                    log.push(Entry { audience: Audience::All, kind, changes, news: None });
                }
            }
            continue;
        }
        let (from, to) = (Slot::RegionVar(def.from, def.carries), Slot::RegionVar(def.to, def.carries));
        let room = scn.region_vars.get(def.carries).map_or(i64::MAX, |d| d.max.saturating_sub(state.get(to)));
        let mut sent = route.capacity.min(room.max(0));
        if def.drains_source {
            let floor = scn.region_vars.get(def.carries).map_or(0, |d| d.min);
            sent = sent.min(state.get(from).saturating_sub(floor).max(0));
        }
        let roll = (route.risk > 0 && sent > 0).then(|| dice::roll(&mut state.rng, route.risk));
        let lost = if roll.is_some_and(|r| r.success) { sent.saturating_mul(route.loss) / 100 } else { 0 };
        let delivered = sent - lost;
        let logged = log.is_some();
        let mut changes = Vec::new();
        let mut note = |change| {
            if logged {
                changes.push(change);
            }
        };
        if def.drains_source && sent > 0 {
            let before = state.get(from);
            let after = state.set(scn, from, before - sent);
            note(Change { slot: from, before, after });
        }
        let before = state.get(to);
        let after = state.set(scn, to, before.saturating_add(delivered));
        if before != after {
            note(Change { slot: to, before, after });
        }
        state.set(scn, flow_slot, delivered);
        if before_flow != delivered {
            note(Change { slot: flow_slot, before: before_flow, after: delivered });
        }
        if let Some(log) = log.as_deref_mut() {
            let news = (lost > 0).then(|| format!("Shipments on {} were attacked: {lost} of {sent} lost.", def.name));
            log.push(Entry {
                audience: Audience::All,
                kind: EntryKind::Flow { route: r, sent, delivered, roll },
                changes,
                news,
            });
        }
    }
}

fn rules(scn: &Scenario, state: &mut GameState, mut log: Option<&mut Vec<Entry>>) {
    let logged = log.is_some();
    for (i, rule) in scn.rules.iter().enumerate() {
        let mut changes = Vec::new();
        for b in bindings(scn, rule.each) {
            if rule.when.as_ref().is_some_and(|w| !w.root.truth(state, b)) {
                continue;
            }
            apply_each(scn, state, &rule.effects, b, |c| {
                if logged {
                    changes.push(c);
                }
            });
        }
        if let Some(log) = log.as_deref_mut().filter(|_| !changes.is_empty()) {
            log.push(Entry { audience: Audience::All, kind: EntryKind::Rule { rule: i }, changes, news: None });
        }
    }
}

/// The bindings a rule runs with, in order: each faction, region or route
/// as `self`, or each pair of factions (lower index as `self`).
fn bindings(scn: &Scenario, each: Scope) -> impl Iterator<Item = Bindings> {
    let factions = scn.factions.len();
    let count = match each {
        Scope::World => 1,
        Scope::Factions => factions,
        Scope::Regions => scn.regions.len(),
        Scope::Routes => scn.routes.len(),
        Scope::Pairs => factions * factions,
    };
    (0..count).filter_map(move |i| match each {
        Scope::World => Some(Bindings::default()),
        Scope::Pairs => {
            let (a, b) = (i / factions, i % factions);
            (a < b).then_some(Bindings::of(Some(a), Some(b)))
        }
        Scope::Factions | Scope::Regions | Scope::Routes => Some(Bindings::of(Some(i), None)),
    })
}
