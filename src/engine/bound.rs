//! The scenario's rules as the dynamics run them every turn: each rule
//! under each of its bindings, with every value it reads or writes found
//! once in the state's row of values, instead of on every run.

use std::sync::OnceLock;

use crate::engine::effects::{Planned, slot_of};
use crate::engine::report::{Change, Slot};
use crate::engine::state::{Bounds, GameState, Shape};
use crate::scenario::Scenario;
use crate::scenario::expr::{AssignOp, Bindings, Program};
use crate::scenario::format::Scope;

/// Every rule under each of its bindings, rule by rule, in the order the
/// dynamics run them. Worked out from the scenario the first time they are
/// needed, and kept with it.
#[derive(Debug, Clone, Default)]
pub(crate) struct BoundRules(Vec<Vec<BoundRule>>);

/// Where a scenario keeps its [`BoundRules`].
pub(crate) type Kept = OnceLock<BoundRules>;

/// One rule under one binding.
#[derive(Debug, Clone)]
pub(crate) struct BoundRule {
    /// Which rule (its index among the scenario's).
    pub rule: usize,
    /// What `self` and `target` stand for.
    pub b: Bindings,
    /// Its condition, placed.
    when: Option<Program>,
    /// Its effects whose places are bound, in order.
    effects: Vec<BoundEffect>,
}

/// An effect whose place is known: the slot, where the state keeps it
/// (`None`: a slot the state lacks, which reads 0 and keeps nothing) and
/// the values it may hold.
#[derive(Debug, Clone)]
struct BoundEffect {
    slot: Slot,
    at: Option<usize>,
    bounds: Bounds,
    op: AssignOp,
    /// The value, placed.
    program: Program,
}

impl BoundRules {
    /// The scenario's rules, bound (worked out on the first call).
    pub(crate) fn of(scn: &Scenario) -> &BoundRules {
        scn.bound_rules.get_or_init(|| BoundRules::new(scn))
    }

    fn new(scn: &Scenario) -> BoundRules {
        let shape = Shape::of(scn);
        let locate = |read| Slot::read(read).and_then(|slot| shape.of_slot(slot));
        let bound = |(i, rule): (usize, &crate::scenario::model::RuleDef)| {
            let each = bindings(scn, rule.each).map(|b| BoundRule {
                rule: i,
                b,
                when: rule.when.as_ref().map(|w| w.program.placed(b, locate)),
                effects: rule
                    .effects
                    .iter()
                    .filter_map(|stmt| {
                        let slot = slot_of(stmt.place, b)?;
                        let (at, bounds) = (shape.of_slot(slot), Bounds::of(scn, slot));
                        Some(BoundEffect { slot, at, bounds, op: stmt.op, program: stmt.program.placed(b, locate) })
                    })
                    .collect(),
            });
            each.collect()
        };
        BoundRules(scn.rules.iter().enumerate().map(bound).collect())
    }

    /// Each rule's bindings, rule by rule.
    pub(crate) fn by_rule(&self) -> impl Iterator<Item = &[BoundRule]> {
        self.0.iter().map(Vec::as_slice)
    }

    /// Every rule under every binding, in order.
    pub(crate) fn all(&self) -> impl Iterator<Item = &BoundRule> {
        self.0.iter().flatten()
    }
}

impl BoundRule {
    /// Applies the rule's effects in order if its condition holds, handing
    /// each change to `note`; whether it held.
    #[inline]
    pub(crate) fn run(&self, state: &mut GameState, mut note: impl FnMut(Change)) -> bool {
        let b = self.b;
        if self.when.as_ref().is_some_and(|w| !w.truth(state, b)) {
            return false;
        }
        for e in &self.effects {
            let value = match e.bounds {
                Bounds::Truth => i64::from(e.program.truth(state, b)),
                Bounds::Between(..) => e.program.num(state, b),
            };
            let planned = Planned { slot: e.slot, op: e.op, value };
            let change = state.update_at(e.at, e.slot, e.bounds, |before| planned.unclamped(before));
            if change.before != change.after {
                note(change);
            }
        }
        true
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::effects::apply_in_order;
    use crate::engine::testing::{midgame, scenarios};

    /// Each rule under each binding, bound, does what the rule as written
    /// does under it: the same changes, the same state after.
    #[test]
    fn a_bound_rule_does_what_the_rule_as_written_does() {
        for scn in scenarios() {
            for turns in [0, 3, 7] {
                let start = midgame(&scn, 5, turns);
                let (mut bound_state, mut written_state) = (start.clone(), start);
                for bound in BoundRules::of(&scn).all() {
                    let rule = &scn.rules[bound.rule];
                    let mut changes = Vec::new();
                    let held = bound.run(&mut bound_state, |c| changes.push(c));
                    let holds = rule.when.as_ref().is_none_or(|w| w.root.truth(&written_state, bound.b));
                    assert_eq!(held, holds, "{}: {}", scn.meta.id, rule.id);
                    if holds {
                        let written = apply_in_order(&scn, &mut written_state, &rule.effects, bound.b);
                        assert_eq!(changes.as_slice(), written.as_slice(), "{}: {}", scn.meta.id, rule.id);
                    }
                    assert_eq!(bound_state, written_state, "{}: {}", scn.meta.id, rule.id);
                }
            }
        }
    }
}
