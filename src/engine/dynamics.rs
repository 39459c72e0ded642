//! Step 4 of a turn: lasting effects, route flows, then the scenario's rules.

use crate::engine::dice;
use crate::engine::effects::apply_in_order;
use crate::engine::report::{Audience, Change, Entry, EntryKind, Slot};
use crate::engine::state::{GameState, ScheduledKind};
use crate::scenario::Scenario;
use crate::scenario::expr::{Bindings, RouteField};
use crate::scenario::format::Scope;

/// Runs lasting effects, flows and rules, appending to `log`.
pub fn run(scn: &Scenario, state: &mut GameState, log: &mut Vec<Entry>) {
    lasting(scn, state, log);
    flows(scn, state, log);
    rules(scn, state, log);
}

fn lasting(scn: &Scenario, state: &mut GameState, log: &mut Vec<Entry>) {
    let items = std::mem::take(&mut state.scheduled);
    let mut keep = Vec::with_capacity(items.len());
    for mut item in items {
        let ScheduledKind::Lasting { remaining } = item.kind else {
            keep.push(item);
            continue;
        };
        let Some(def) = scn.actions.get(item.action) else { continue };
        let b = Bindings { self_: Some(item.actor), target: item.target };
        let audience = item.audience;
        let changes = apply_in_order(scn, state, &def.ongoing, b);
        if !changes.is_empty() {
            let kind = EntryKind::Ongoing { faction: item.actor, action: item.action, target: item.target };
            log.push(Entry { audience, kind, changes, news: None });
        }
        if remaining <= 1 {
            let changes = apply_in_order(scn, state, &def.on_end, b);
            let kind = EntryKind::Ended { faction: item.actor, action: item.action, target: item.target };
            log.push(Entry { audience, kind, changes, news: None });
        } else {
            item.kind = ScheduledKind::Lasting { remaining: remaining - 1 };
            keep.push(item);
        }
    }
    state.scheduled = keep;
}

fn flows(scn: &Scenario, state: &mut GameState, log: &mut Vec<Entry>) {
    for (r, def) in scn.routes.iter().enumerate() {
        let Some(route) = state.routes.get(r).cloned() else { continue };
        let flow_slot = Slot::Route(r, RouteField::Flow);
        let before_flow = route.flow;
        if !route.open || route.capacity <= 0 {
            if before_flow != 0 {
                state.set(scn, flow_slot, 0);
                let changes = vec![Change { slot: flow_slot, before: before_flow, after: 0 }];
                let kind = EntryKind::Flow { route: r, sent: 0, delivered: 0, roll: None };
                log.push(Entry { audience: Audience::All, kind, changes, news: None });
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
        let mut changes = Vec::new();
        if def.drains_source && sent > 0 {
            let before = state.get(from);
            let after = state.set(scn, from, before - sent);
            changes.push(Change { slot: from, before, after });
        }
        let before = state.get(to);
        let after = state.set(scn, to, before.saturating_add(delivered));
        if before != after {
            changes.push(Change { slot: to, before, after });
        }
        state.set(scn, flow_slot, delivered);
        if before_flow != delivered {
            changes.push(Change { slot: flow_slot, before: before_flow, after: delivered });
        }
        let news = (lost > 0).then(|| format!("Shipments on {} were attacked: {lost} of {sent} lost.", def.name));
        log.push(Entry {
            audience: Audience::All,
            kind: EntryKind::Flow { route: r, sent, delivered, roll },
            changes,
            news,
        });
    }
}

fn rules(scn: &Scenario, state: &mut GameState, log: &mut Vec<Entry>) {
    let factions = scn.factions.len();
    for (i, rule) in scn.rules.iter().enumerate() {
        let bindings: Vec<Bindings> = match rule.each {
            Scope::World => vec![Bindings::default()],
            Scope::Factions => (0..factions).map(|f| Bindings { self_: Some(f), target: None }).collect(),
            Scope::Regions => (0..scn.regions.len()).map(|r| Bindings { self_: Some(r), target: None }).collect(),
            Scope::Routes => (0..scn.routes.len()).map(|r| Bindings { self_: Some(r), target: None }).collect(),
            Scope::Pairs => (0..factions)
                .flat_map(|a| ((a + 1)..factions).map(move |b| Bindings { self_: Some(a), target: Some(b) }))
                .collect(),
        };
        let mut changes = Vec::new();
        for b in bindings {
            if rule.when.as_ref().is_some_and(|w| !w.root.truth(state, b)) {
                continue;
            }
            changes.extend(apply_in_order(scn, state, &rule.effects, b));
        }
        if !changes.is_empty() {
            log.push(Entry { audience: Audience::All, kind: EntryKind::Rule { rule: i }, changes, news: None });
        }
    }
}
