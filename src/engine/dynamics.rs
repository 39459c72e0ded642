//! Step 4 of a turn: lasting effects, route flows, then the scenario's rules.

use crate::engine::bound::{Bound, BoundRoute};
use crate::engine::dice;
use crate::engine::effects::apply_each;
use crate::engine::report::{Audience, Change, Changes, Entry, EntryKind, Slot};
use crate::engine::state::{GameState, Scheduled, ScheduledKind};
use crate::scenario::Scenario;
use crate::scenario::expr::{Bindings, EffectStmt, RouteField};

/// Runs lasting effects, flows and rules, appending to `log`; with `full`,
/// entries have their changes.
pub fn run(scn: &Scenario, state: &mut GameState, log: &mut Vec<Entry>, full: bool) {
    run_with(scn, state, &mut Recorder::new(Some(log), full));
}

/// Runs lasting effects, flows and rules exactly as [`run`] does, without
/// recording anything (for looking ahead).
pub fn run_unlogged(scn: &Scenario, state: &mut GameState) {
    run_with(scn, state, &mut Recorder::none());
}

fn run_with(scn: &Scenario, state: &mut GameState, rec: &mut Recorder) {
    lasting(scn, state, rec);
    flows(scn, state, rec);
    rules(scn, state, rec);
}

/// What the dynamics do first, lasting effects, without recording anything.
pub(crate) fn run_lasting_unlogged(scn: &Scenario, state: &mut GameState) {
    lasting(scn, state, &mut Recorder::none());
}

/// Where the dynamics write what they do: entries, each with the changes
/// noted since the last one, or nothing at all when looking ahead. The
/// changes gather in one buffer, and each entry takes an exact copy.
struct Recorder<'a> {
    log: Option<&'a mut Vec<Entry>>,
    changes: Vec<Change>,
    /// Whether entries get their changes.
    full: bool,
    /// Whether anything changed since the last entry.
    changed: bool,
}

impl<'a> Recorder<'a> {
    fn new(log: Option<&'a mut Vec<Entry>>, full: bool) -> Self {
        // Room for the changes of a busy entry, allocated once a turn.
        let changes = if full && log.is_some() { Vec::with_capacity(64) } else { Vec::new() };
        Recorder { log, changes, full, changed: false }
    }

    /// Records nothing.
    fn none() -> Self {
        Recorder::new(None, false)
    }

    /// Notes a change for the next entry (only whether there was one when
    /// the entries have no changes).
    fn note(&mut self, change: Change) {
        self.changed = true;
        if self.full {
            self.changes.push(change);
        }
    }

    /// Writes an entry with the changes noted since the last one.
    fn entry(&mut self, audience: Audience, kind: EntryKind) {
        if let Some(log) = self.log.as_deref_mut() {
            log.push(Entry { audience, kind, changes: Changes::from_slice(&self.changes), written: None });
        }
        self.changes.clear();
        self.changed = false;
    }

    /// [`Recorder::entry`], only if something changed.
    fn entry_if_changed(&mut self, audience: Audience, kind: EntryKind) {
        if !self.changed {
            return;
        }
        self.entry(audience, kind);
    }
}

/// Applies effects in order, noting their changes.
fn apply(scn: &Scenario, state: &mut GameState, stmts: &[EffectStmt], b: Bindings, rec: &mut Recorder) {
    apply_each(scn, state, stmts, b, |c| rec.note(c));
}

fn lasting(scn: &Scenario, state: &mut GameState, rec: &mut Recorder) {
    // Taken out while they run, as they always have been: `active(…)` in
    // their own effects sees none of them. Those still running go back in order.
    let mut items = std::mem::take(&mut state.scheduled);
    items.retain_mut(|item| still_running(scn, state, item, rec));
    state.scheduled = items;
}

/// Runs one scheduled item's lasting effects for this turn; whether it goes on.
fn still_running(scn: &Scenario, state: &mut GameState, item: &mut Scheduled, rec: &mut Recorder) -> bool {
    let ScheduledKind::Lasting { remaining } = item.kind else { return true };
    let Some(def) = scn.actions.get(item.action) else { return false };
    let b = Bindings::of(Some(item.actor), item.target);
    let audience = item.audience;
    let holds = !def.hold.is_empty();
    if remaining > 0 {
        if holds && item.held.is_none() {
            let mut held = Vec::new();
            apply_each(scn, state, &def.hold, b, |c| {
                held.push(c);
                rec.note(c);
            });
            item.held = Some(held);
        }
        apply(scn, state, &def.ongoing, b, rec);
        let kind = EntryKind::Ongoing { faction: item.actor, action: item.action, target: item.target };
        rec.entry_if_changed(audience, kind);
    }
    // An action that holds effects ends the turn after its last, so that
    // they are in place for every turn of its duration.
    let ends = if holds { remaining == 0 } else { remaining <= 1 };
    if ends {
        give_back(scn, state, item.held.as_deref().unwrap_or_default(), rec);
        apply(scn, state, &def.on_end, b, rec);
        let kind = EntryKind::Ended { faction: item.actor, action: item.action, target: item.target };
        rec.entry(audience, kind);
        return false;
    }
    item.kind = ScheduledKind::Lasting { remaining: remaining.saturating_sub(1) };
    true
}

/// Undoes what held effects changed, last first: a number moves back by
/// what was actually added or taken (after clamping), a condition returns
/// to what it was unless something else has changed it since.
fn give_back(scn: &Scenario, state: &mut GameState, held: &[Change], rec: &mut Recorder) {
    for c in held.iter().rev() {
        let back = state.update(scn, c.slot, |now| match c.slot {
            Slot::RouteOpen(_) | Slot::Flag(_) if now == c.after => c.before,
            Slot::RouteOpen(_) | Slot::Flag(_) => now,
            _ => now.saturating_sub(c.after.saturating_sub(c.before)),
        });
        if back.after != back.before {
            rec.note(back);
        }
    }
}

fn flows(scn: &Scenario, state: &mut GameState, rec: &mut Recorder) {
    for r in 0..scn.routes.len() {
        flow(scn, state, r, rec);
    }
}

/// Moves goods along route `r` for this turn; whether the dice were rolled.
fn flow(scn: &Scenario, state: &mut GameState, r: usize, rec: &mut Recorder) -> bool {
    let (Some(def), Some(route), Some(at)) = (scn.routes.get(r), state.route(r), Bound::of(scn).route(r)) else {
        return false;
    };
    let BoundRoute { from, to, flow } = at;
    let set_flow = |state: &mut GameState, delivered| state.update_at(flow.at, flow.slot, flow.bounds, |_| delivered);
    let before_flow = route.flow;
    if !route.open || route.capacity <= 0 {
        if before_flow != 0 {
            rec.note(set_flow(state, 0));
            let kind = EntryKind::Flow { route: r, sent: 0, delivered: 0, roll: None };
            rec.entry(Audience::All, kind);
        }
        return false;
    }
    let room = scn.region_vars.get(def.carries).map_or(i64::MAX, |d| d.max.saturating_sub(state.value_at(to.at)));
    let mut sent = route.capacity.min(room.max(0));
    if def.drains_source {
        let floor = scn.region_vars.get(def.carries).map_or(0, |d| d.min);
        sent = sent.min(state.value_at(from.at).saturating_sub(floor).max(0));
    }
    let roll = (route.risk > 0 && sent > 0).then(|| dice::roll(&mut state.rng, route.risk));
    let lost = if roll.is_some_and(|r| r.success) { sent.saturating_mul(route.loss) / 100 } else { 0 };
    let delivered = sent - lost;
    if def.drains_source && sent > 0 {
        rec.note(state.update_at(from.at, from.slot, from.bounds, |before| before - sent));
    }
    let arrived = state.update_at(to.at, to.slot, to.bounds, |before| before.saturating_add(delivered));
    if arrived.before != arrived.after {
        rec.note(arrived);
    }
    let flowed = set_flow(state, delivered);
    if before_flow != delivered {
        rec.note(flowed);
    }
    rec.entry(Audience::All, EntryKind::Flow { route: r, sent, delivered, roll });
    roll.is_some()
}

/// What moving goods along route `r` reads (besides the dice), and where it writes.
pub(crate) fn flow_reach(scn: &Scenario, r: usize) -> Option<([Slot; 7], [Slot; 3])> {
    let at = Bound::of(scn).route(r)?;
    let (from, to, flow) = (at.from.slot, at.to.slot, at.flow.slot);
    let field = |f| Slot::Route(r, f);
    let route = [Slot::RouteOpen(r), field(RouteField::Capacity), field(RouteField::Risk), field(RouteField::Loss)];
    Some(([route[0], route[1], route[2], route[3], flow, from, to], [from, to, flow]))
}

/// Moves goods along route `r` as [`run`] does, without recording anything;
/// whether the dice were rolled.
pub(crate) fn run_flow_unlogged(scn: &Scenario, state: &mut GameState, r: usize) -> bool {
    flow(scn, state, r, &mut Recorder::none())
}

fn rules(scn: &Scenario, state: &mut GameState, rec: &mut Recorder) {
    for (i, bound) in Bound::of(scn).by_rule().enumerate() {
        for rule in bound {
            rule.run(state, |c| rec.note(c));
        }
        rec.entry_if_changed(Audience::All, EntryKind::Rule { rule: i });
    }
}
