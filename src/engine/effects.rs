//! Turning compiled effect statements into changes of the game state.

use smallvec::{SmallVec, smallvec};

use crate::engine::dice;
use crate::engine::report::{Change, Changes, Slot};
use crate::engine::state::{GameState, clamp_slot};
use crate::scenario::Scenario;
use crate::scenario::expr::{AssignOp, Bindings, EffectStmt, Place};

/// An effect with its place and value computed, not yet applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Planned {
    /// What it changes.
    pub slot: Slot,
    /// How.
    pub op: AssignOp,
    /// By or to what.
    pub value: i64,
}

impl Planned {
    /// The value the slot would hold if this effect alone applied to `before`.
    pub fn outcome(&self, scn: &Scenario, before: i64) -> i64 {
        clamp_slot(scn, self.slot, self.unclamped(before))
    }

    /// [`Planned::outcome`] before clamping.
    pub(crate) fn unclamped(&self, before: i64) -> i64 {
        match self.op {
            AssignOp::Set => self.value,
            AssignOp::Add => before.saturating_add(self.value),
            AssignOp::Sub => before.saturating_sub(self.value),
        }
    }
}

/// The concrete slot a place refers to under these bindings (`None` if unbound).
pub fn slot_of(place: Place, b: Bindings) -> Option<Slot> {
    let idx = |e| Some(b.resolve(e)).filter(|&i| i != usize::MAX);
    Some(match place {
        Place::FactionVar(e, v) => Slot::FactionVar(idx(e)?, v),
        Place::RegionVar(e, v) => Slot::RegionVar(idx(e)?, v),
        Place::RouteNum(e, f) => Slot::Route(idx(e)?, f),
        Place::RouteOpen(e) => Slot::RouteOpen(idx(e)?),
        Place::Flag(f) => Slot::Flag(f),
        Place::Relation(x, y) => Slot::Relation(idx(x)?, idx(y)?),
    })
}

/// Planned effects: an outcome has a few, kept inline.
pub type Plan = SmallVec<[Planned; 4]>;

/// Computes effects against `state` without changing it.
pub fn plan(stmts: &[EffectStmt], state: &GameState, b: Bindings) -> Plan {
    stmts.iter().filter_map(|s| plan_one(s, state, b)).collect()
}

/// Computes one effect against `state` (`None` if its place is unbound).
fn plan_one(stmt: &EffectStmt, state: &GameState, b: Bindings) -> Option<Planned> {
    let slot = slot_of(stmt.place, b)?;
    let value = match slot {
        Slot::RouteOpen(_) | Slot::Flag(_) => i64::from(stmt.program.truth(state, b)),
        _ => stmt.program.num(state, b),
    };
    Some(Planned { slot, op: stmt.op, value })
}

/// What `planned` would change if applied alone to `state`: before → after.
pub fn preview(scn: &Scenario, state: &GameState, planned: &[Planned]) -> Changes {
    planned
        .iter()
        .map(|p| {
            let before = state.get(p.slot);
            Change { slot: p.slot, before, after: p.outcome(scn, before) }
        })
        .filter(|c| c.before != c.after)
        .collect()
}

/// Applies effects one after another, each seeing the previous ones
/// (used for income, events, lasting effects and rules).
pub fn apply_in_order(scn: &Scenario, state: &mut GameState, stmts: &[EffectStmt], b: Bindings) -> Changes {
    let mut changes = Changes::new();
    apply_each(scn, state, stmts, b, |c| changes.push(c));
    changes
}

/// [`apply_in_order`], handing each change to `on_change` instead of collecting them.
pub fn apply_each(
    scn: &Scenario,
    state: &mut GameState,
    stmts: &[EffectStmt],
    b: Bindings,
    mut on_change: impl FnMut(Change),
) {
    for stmt in stmts {
        let Some(p) = plan_one(stmt, state, b) else { continue };
        let change = state.update(scn, p.slot, |before| p.unclamped(before));
        if change.before != change.after {
            on_change(change);
        }
    }
}

/// Effects of simultaneous orders, applied together: first every `=` (in a
/// seeded random order, so no faction is favoured when two set the same
/// thing), then the sum of every `+=`/`-=` on each slot, clamped once.
#[derive(Debug, Default)]
pub struct Batch {
    sets: Vec<(usize, Planned)>,
    /// Every `+=`/`-=`, in the order added.
    deltas: Vec<Planned>,
    groups: usize,
}

impl Batch {
    /// An empty batch with room for the effects of about `groups` orders
    /// (a few each), so that adding them rarely reallocates.
    pub fn with_room(groups: usize) -> Batch {
        Batch { deltas: Vec::with_capacity(4 * groups), ..Batch::default() }
    }

    /// Adds one order's planned effects as a group; returns the group's number.
    pub fn add(&mut self, planned: &[Planned]) -> usize {
        let group = self.groups;
        self.groups += 1;
        for p in planned {
            match p.op {
                AssignOp::Set => self.sets.push((group, *p)),
                AssignOp::Add | AssignOp::Sub => self.deltas.push(*p),
            }
        }
        group
    }

    /// Applies everything to `state`, drawing the order of `=` effects from its dice.
    pub fn apply(self, scn: &Scenario, state: &mut GameState) {
        if !self.sets.is_empty() {
            // One number per order, answer and landing: a turn's fit inline.
            let mut order: SmallVec<[usize; 32]> = (0..self.groups).collect();
            dice::shuffle(&mut state.rng, &mut order);
            let mut rank: SmallVec<[usize; 32]> = smallvec![0; self.groups];
            for (position, group) in order.into_iter().enumerate() {
                if let Some(r) = rank.get_mut(group) {
                    *r = position;
                }
            }
            let mut sets = self.sets;
            sets.sort_by_key(|(group, _)| rank.get(*group).copied().unwrap_or(0));
            for (_, p) in sets {
                state.set(scn, p.slot, p.value);
            }
        }
        // Slot by slot in slot order; the sort is stable, so each slot's
        // deltas are summed in the order they were added.
        let mut deltas = self.deltas;
        deltas.sort_by_key(|p| p.slot);
        for run in deltas.chunk_by(|a, b| a.slot == b.slot) {
            let Some(slot) = run.first().map(|p| p.slot) else { continue };
            let delta = run.iter().fold(0i64, |d, p| match p.op {
                AssignOp::Add => d.saturating_add(p.value),
                AssignOp::Sub => d.saturating_sub(p.value),
                AssignOp::Set => d,
            });
            state.update(scn, slot, |before| before.saturating_add(delta));
        }
    }
}
