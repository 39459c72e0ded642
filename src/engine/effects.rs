//! Turning compiled effect statements into changes of the game state.

use std::collections::BTreeMap;

use crate::engine::dice;
use crate::engine::report::{Change, Slot};
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
        let raw = match self.op {
            AssignOp::Set => self.value,
            AssignOp::Add => before.saturating_add(self.value),
            AssignOp::Sub => before.saturating_sub(self.value),
        };
        clamp_slot(scn, self.slot, raw)
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

/// Computes effects against `state` without changing it.
pub fn plan(stmts: &[EffectStmt], state: &GameState, b: Bindings) -> Vec<Planned> {
    stmts
        .iter()
        .filter_map(|s| {
            let slot = slot_of(s.place, b)?;
            let value = match slot {
                Slot::RouteOpen(_) | Slot::Flag(_) => i64::from(s.value.truth(state, b)),
                _ => s.value.num(state, b),
            };
            Some(Planned { slot, op: s.op, value })
        })
        .collect()
}

/// What `planned` would change if applied alone to `state`: before → after.
pub fn preview(scn: &Scenario, state: &GameState, planned: &[Planned]) -> Vec<Change> {
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
pub fn apply_in_order(scn: &Scenario, state: &mut GameState, stmts: &[EffectStmt], b: Bindings) -> Vec<Change> {
    let mut changes = Vec::new();
    for stmt in stmts {
        for p in plan(std::slice::from_ref(stmt), state, b) {
            let before = state.get(p.slot);
            let after = state.set(scn, p.slot, p.outcome(scn, before));
            if before != after {
                changes.push(Change { slot: p.slot, before, after });
            }
        }
    }
    changes
}

/// Effects of simultaneous orders, applied together: first every `=` (in a
/// seeded random order, so no faction is favoured when two set the same
/// thing), then the sum of every `+=`/`-=` on each slot, clamped once.
#[derive(Debug, Default)]
pub struct Batch {
    sets: Vec<(usize, Planned)>,
    deltas: BTreeMap<Slot, i64>,
    groups: usize,
}

impl Batch {
    /// Adds one order's planned effects as a group; returns the group's number.
    pub fn add(&mut self, planned: &[Planned]) -> usize {
        let group = self.groups;
        self.groups += 1;
        for p in planned {
            match p.op {
                AssignOp::Set => self.sets.push((group, *p)),
                AssignOp::Add => {
                    let d = self.deltas.entry(p.slot).or_insert(0);
                    *d = d.saturating_add(p.value);
                }
                AssignOp::Sub => {
                    let d = self.deltas.entry(p.slot).or_insert(0);
                    *d = d.saturating_sub(p.value);
                }
            }
        }
        group
    }

    /// Applies everything to `state`, drawing the order of `=` effects from its dice.
    pub fn apply(self, scn: &Scenario, state: &mut GameState) {
        if !self.sets.is_empty() {
            let mut order: Vec<usize> = (0..self.groups).collect();
            dice::shuffle(&mut state.rng, &mut order);
            let mut rank = vec![0; self.groups];
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
        for (slot, delta) in self.deltas {
            let before = state.get(slot);
            state.set(scn, slot, before.saturating_add(delta));
        }
    }
}
