//! The scenario's rules as the dynamics run them every turn: each rule
//! under each of its bindings, with every value it reads or writes found
//! once in the state's row of values, instead of on every run.

use std::sync::OnceLock;

use crate::engine::effects::{Planned, slot_of};
use crate::engine::report::{Change, Slot};
use crate::engine::state::{Bounds, GameState, Shape};
use crate::scenario::Scenario;
use crate::scenario::expr::{AssignOp, Bindings, Program, RouteField};
use crate::scenario::format::Scope;
use crate::scenario::model::RuleDef;

/// What the engine runs every turn, bound: every rule under each of its
/// bindings (rule by rule, in the order the dynamics run them), where each
/// route moves goods from and to, and when each event may fire. Worked out
/// from the scenario the first time it is needed, and kept with it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Bound {
    rules: Vec<Vec<BoundRule>>,
    routes: Vec<BoundRoute>,
    events: Vec<BoundEvent>,
}

/// Where a scenario keeps its [`Bound`] form.
pub(crate) type Kept = OnceLock<Bound>;

/// A slot, where the state keeps it (`None`: a slot the state lacks, which
/// reads 0 and keeps nothing) and the values it may hold.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Placed {
    pub slot: Slot,
    pub at: Option<usize>,
    pub bounds: Bounds,
}

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

/// An effect whose place is known.
#[derive(Debug, Clone)]
struct BoundEffect {
    place: Placed,
    op: AssignOp,
    value: Given,
}

/// The value an effect gives: known once bound (a number, or a condition's
/// 1 or 0 for a place that holds one), or its program, placed.
#[derive(Debug, Clone)]
enum Given {
    Known(i64),
    Program(Program),
}

/// A route's ends and what it delivered last, placed.
#[derive(Debug, Clone, Copy)]
pub(crate) struct BoundRoute {
    pub from: Placed,
    pub to: Placed,
    pub flow: Placed,
}

/// An event's condition and chance, placed, with their bindings (`self`:
/// the faction its choice is put to, if it has one).
#[derive(Debug, Clone)]
pub(crate) struct BoundEvent {
    pub b: Bindings,
    pub when: Option<Program>,
    pub chance: Option<Program>,
}

impl Bound {
    /// The scenario's bound form (worked out on the first call).
    pub(crate) fn of(scn: &Scenario) -> &Bound {
        scn.bound.get_or_init(|| Bound::new(scn))
    }

    fn new(scn: &Scenario) -> Bound {
        let shape = Shape::of(scn);
        let locate = |read| Slot::read(read).and_then(|slot| shape.of_slot(slot));
        let place = |slot| Placed { slot, at: shape.of_slot(slot), bounds: Bounds::of(scn, slot) };
        let bound = |(i, rule): (usize, &RuleDef)| {
            let each = bindings(scn, rule.each).map(|b| BoundRule {
                rule: i,
                b,
                // A condition that always holds is no condition.
                when: rule
                    .when
                    .as_ref()
                    .map(|w| w.program.placed(b, locate))
                    .filter(|w| w.constant().is_none_or(|n| n == 0)),
                effects: rule
                    .effects
                    .iter()
                    .filter_map(|stmt| {
                        let place = place(slot_of(stmt.place, b)?);
                        let program = stmt.program.placed(b, locate);
                        let value = match (program.constant(), place.bounds) {
                            (Some(n), Bounds::Truth) => Given::Known(i64::from(n != 0)),
                            (Some(n), Bounds::Between(..)) => Given::Known(n),
                            (None, _) => Given::Program(program),
                        };
                        Some(BoundEffect { place, op: stmt.op, value })
                    })
                    .collect(),
            });
            each.collect()
        };
        let routes = scn.routes.iter().enumerate().map(|(r, def)| BoundRoute {
            from: place(Slot::RegionVar(def.from, def.carries)),
            to: place(Slot::RegionVar(def.to, def.carries)),
            flow: place(Slot::Route(r, RouteField::Flow)),
        });
        let events = scn.events.iter().map(|def| {
            let b = Bindings::of(def.choice.as_ref().map(|c| c.faction), None);
            let placed = |c: &crate::scenario::expr::Compiled| c.program.placed(b, locate);
            BoundEvent { b, when: def.when.as_ref().map(placed), chance: def.chance.as_ref().map(placed) }
        });
        Bound {
            rules: scn.rules.iter().enumerate().map(bound).collect(),
            routes: routes.collect(),
            events: events.collect(),
        }
    }

    /// Each rule's bindings, rule by rule.
    pub(crate) fn by_rule(&self) -> impl Iterator<Item = &[BoundRule]> {
        self.rules.iter().map(Vec::as_slice)
    }

    /// Every rule under every binding, in order.
    pub(crate) fn rules(&self) -> impl Iterator<Item = &BoundRule> {
        self.rules.iter().flatten()
    }

    /// Route `r`'s places.
    pub(crate) fn route(&self, r: usize) -> Option<&BoundRoute> {
        self.routes.get(r)
    }

    /// Event `e`'s condition and chance.
    pub(crate) fn event(&self, e: usize) -> Option<&BoundEvent> {
        self.events.get(e)
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
            let place = &e.place;
            let value = match (&e.value, place.bounds) {
                (Given::Known(n), _) => *n,
                (Given::Program(p), Bounds::Truth) => i64::from(p.truth(state, b)),
                (Given::Program(p), Bounds::Between(..)) => p.num(state, b),
            };
            let planned = Planned { slot: place.slot, op: e.op, value };
            let change = state.update_at(place.at, place.slot, place.bounds, |before| planned.unclamped(before));
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
    use crate::scenario::{TUTORIAL, load};

    /// The tutorial with rules whose conditions and values are known before
    /// the game: a flag or a route's being open set to a known condition, a
    /// number added, a condition that always holds or never does.
    fn known_values() -> Scenario {
        let rules = r#"rules: [
        (id: "known", description: "Known values.", when: "1 < 2",
         effects: ["flag.supply_deal = 3 > 2", "salt_road.open = false", "self.fuel_stock += 5"], each: Regions),
        (id: "never", description: "Never.", when: "1 > 2", effects: ["flag.ambassadors = false"]),"#;
        let text = TUTORIAL.replacen("rules: [", rules, 1);
        load("known.ron", text.as_bytes()).scenario.expect("the tutorial with known values loads")
    }

    /// Each rule under each binding, bound, does what the rule as written
    /// does under it: the same changes, the same state after.
    #[test]
    fn a_bound_rule_does_what_the_rule_as_written_does() {
        for scn in scenarios().into_iter().chain([known_values()]) {
            for turns in [0, 3, 7] {
                let start = midgame(&scn, 5, turns);
                let (mut bound_state, mut written_state) = (start.clone(), start);
                for bound in Bound::of(&scn).rules() {
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
