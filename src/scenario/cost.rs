//! The work a scenario asks for each turn, estimated when it loads.
//!
//! Expressions always finish, but a scenario can still make turns slow: a
//! rule over every pair of 64 factions with long effects, or an action whose
//! requirement is checked against thousands of targets. Two upper bounds are
//! estimated here, in units of about one expression node evaluated (on the
//! machine the limits were measured on, a unit is about 5 ns), part by part,
//! so that the loader can refuse a scenario over its limits and say which
//! part weighs most:
//!
//! - [`turn_cost`], what resolving one turn does (docs/rules.md): every
//!   income, every event's condition, chance, effects and largest option,
//!   each faction's action points worth of its most expensive action
//!   (chance, detection, effects, and the ongoing effects of every turn it
//!   lasts), every route's flow, every rule for each item of its `each`,
//!   every objective and `end_when` condition, and copying and comparing
//!   the state;
//! - [`orders_cost`], what checking every order one faction could give
//!   costs: each action it may take, against each possible target, with its
//!   cost and requirement, and the reason it is refused. The orders screen and the computer players do
//!   this for each faction whose orders they prepare (the random player once
//!   per action point, the greedy one once, then a look one turn ahead for
//!   each order it finds legal, which is not counted here).

use crate::i18n::Lang;
use crate::scenario::Scenario;
use crate::scenario::expr::{Compiled, EffectStmt, Node, NodeKind};
use crate::scenario::format::{Scope, TargetKind};
use crate::scenario::model::ActionDef;
use crate::tr;

/// Work of applying one effect besides evaluating its value: finding the
/// place, clamping the result and recording the change.
const EFFECT: u64 = 8;
/// Work of binding `self` (and `target`) for one item of a rule.
const BINDING: u64 = 4;
/// Work of moving goods along one route.
const ROUTE: u64 = 10;
/// Work of checking one order besides its requirement and cost: action
/// points, repeats, pending proposals.
const CHECK: u64 = 10;
/// Work of writing the sentence that says why a requirement does not hold.
const REASON: u64 = 70;

/// The part of a scenario some work comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The state, copied and compared once a turn.
    State,
    /// A faction's income, by faction index.
    Income(usize),
    /// A faction's objectives, by faction index.
    Objectives(usize),
    /// An action, by index: the orders given with it, or its checks.
    Action(usize),
    /// An event, by index.
    Event(usize),
    /// All the routes' flows.
    Routes,
    /// A rule, by index.
    Rule(usize),
    /// The `end_when` conditions.
    EndWhen,
}

/// The work one part of the scenario adds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// Where it comes from.
    pub source: Source,
    /// Its work, in units of about one expression node evaluated.
    pub cost: u64,
    /// What it is, in words of the language asked: "rule `drift`, for each of 2016 pairs of factions".
    pub what: String,
}

/// An estimated amount of work, and where it comes from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Estimate {
    /// The sum of the parts.
    pub total: u64,
    /// Every part with some work, in scenario order.
    pub parts: Vec<Part>,
}

impl Estimate {
    /// The part with the most work (the first, on a tie).
    pub fn heaviest(&self) -> Option<&Part> {
        self.parts.iter().rev().max_by_key(|p| p.cost)
    }

    fn add(&mut self, source: Source, cost: u64, what: impl FnOnce() -> String) {
        if cost > 0 {
            self.total = self.total.saturating_add(cost);
            self.parts.push(Part { source, cost, what: what() });
        }
    }
}

/// Nodes in an expression tree: about the work of evaluating it once.
pub fn nodes(node: &Node) -> u64 {
    let children = sum(node.children().into_iter().map(nodes));
    match &node.kind {
        // An aggregate evaluates its filter and value once per item.
        NodeKind::Aggregate(agg) => children.saturating_add(BINDING).saturating_mul(agg.count as u64).saturating_add(1),
        _ => children.saturating_add(1),
    }
}

fn sum(costs: impl IntoIterator<Item = u64>) -> u64 {
    costs.into_iter().fold(0, u64::saturating_add)
}

/// Nodes of a requirement, and the work of saying why it is false
/// (`explain_false`), at most: the left side of each `and` on the way to the
/// failing part is evaluated again, and a sentence is written. One pass.
fn weigh(node: &Node) -> (u64, u64) {
    match &node.kind {
        NodeKind::And(l, r) => {
            let ((left, left_reason), (right, right_reason)) = (weigh(l), weigh(r));
            (sum([left, right, 1]), left.saturating_add(left_reason.max(right_reason)))
        }
        NodeKind::Compare(..) => {
            let n = nodes(node);
            (n, n.saturating_add(REASON - 1))
        }
        _ => (nodes(node), REASON),
    }
}

/// The work of saying why a requirement is false.
#[cfg(test)]
fn reason(node: &Node) -> u64 {
    weigh(node).1
}

/// Work of applying a list of effects once.
fn effects(list: &[EffectStmt]) -> u64 {
    sum(list.iter().map(|e| nodes(&e.value).saturating_add(EFFECT)))
}

fn optional(c: Option<&Compiled>) -> u64 {
    c.map_or(0, |c| nodes(&c.root))
}

fn count(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

/// Work of one order of `action` once given: its rolls, its effects, and
/// the ongoing effects of every turn it lasts (up to `turns`).
fn order(action: &ActionDef, turns: u64) -> u64 {
    let lasting = u64::from(action.duration).min(turns).saturating_mul(effects(&action.ongoing));
    sum([
        CHECK,
        optional(action.chance.as_ref()),
        optional(action.secret.as_ref()),
        effects(&action.on_success),
        effects(&action.on_failure),
        effects(&action.on_decline),
        effects(&action.on_detected),
        effects(&action.on_end),
        // Held effects are applied once and given back once.
        effects(&action.hold).saturating_mul(2),
        lasting,
    ])
}

/// The targets an order of `action` may have.
fn targets(scn: &Scenario, action: &ActionDef) -> u64 {
    match action.target {
        TargetKind::None => 1,
        TargetKind::Faction => count(scn.factions.len().saturating_sub(1)),
        TargetKind::Region => count(scn.regions.len()),
        TargetKind::Route => count(scn.routes.len()),
    }
}

/// Estimates the work of resolving one turn of `scn`; its parts are named in `lang`.
pub fn turn_cost(scn: &Scenario, lang: Lang) -> Estimate {
    let factions = count(scn.factions.len());
    let (regions, routes) = (count(scn.regions.len()), count(scn.routes.len()));
    let mut est = Estimate::default();

    let slots = sum([
        factions.saturating_mul(count(scn.faction_vars.len()).saturating_add(factions)),
        regions.saturating_mul(count(scn.region_vars.len())),
        routes.saturating_mul(6),
        count(scn.flags.len()),
    ]);
    est.add(Source::State, slots.saturating_mul(2), || tr!(lang, "diag-cost-state"));

    for (f, def) in scn.factions.iter().enumerate() {
        let income = sum(def.income.iter().map(|(_, c)| nodes(&c.root).saturating_add(EFFECT)));
        est.add(Source::Income(f), income, || tr!(lang, "diag-cost-income", faction = def.id.as_str()));
        let scores = sum(def.objectives.iter().map(|o| nodes(&o.score.root)));
        est.add(Source::Objectives(f), scores, || tr!(lang, "diag-cost-objectives", faction = def.id.as_str()));
    }

    for (i, e) in scn.events.iter().enumerate() {
        let choice = e.choice.as_ref().map_or(0, |c| c.options.iter().map(|o| effects(&o.effects)).max().unwrap_or(0));
        let cost = sum([optional(e.when.as_ref()), optional(e.chance.as_ref()), effects(&e.effects), choice]);
        est.add(Source::Event(i), cost, || tr!(lang, "diag-cost-event", event = e.id.as_str()));
    }

    // Each faction's orders, as if every one were its most expensive action.
    let turns = u64::from(scn.turns());
    let mut dearest: Vec<Option<(u64, std::cmp::Reverse<usize>)>> = vec![None; scn.factions.len()];
    for (i, a) in scn.actions.iter().enumerate() {
        let cost = (order(a, turns), std::cmp::Reverse(i));
        for &f in &a.factions {
            if let Some(best) = dearest.get_mut(f) {
                *best = (*best).max(Some(cost));
            }
        }
    }
    let mut orders: Vec<(u64, Vec<&str>)> = vec![(0, Vec::new()); scn.actions.len()];
    for (def, best) in scn.factions.iter().zip(dearest).filter(|(d, _)| d.playable) {
        let Some((cost, std::cmp::Reverse(i))) = best else { continue };
        if let Some(entry) = orders.get_mut(i) {
            entry.0 = entry.0.saturating_add(cost.saturating_mul(u64::from(def.action_points)));
            entry.1.push(&def.id);
        }
    }
    for (i, (cost, by)) in orders.iter().enumerate() {
        let id = scn.actions.get(i).map_or("?", |a| a.id.as_str());
        est.add(Source::Action(i), *cost, || {
            let factions = by.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(", ");
            tr!(lang, "diag-cost-orders-of", action = id, factions = factions)
        });
    }

    est.add(Source::Routes, routes.saturating_mul(ROUTE), || tr!(lang, "diag-cost-flows", routes = routes.to_string()));

    for (i, r) in scn.rules.iter().enumerate() {
        let (items, key) = match r.each {
            Scope::World => (1, "diag-cost-rule"),
            Scope::Factions => (factions, "diag-cost-rule-factions"),
            Scope::Regions => (regions, "diag-cost-rule-regions"),
            Scope::Routes => (routes, "diag-cost-rule-routes"),
            Scope::Pairs => (factions.saturating_mul(factions.saturating_sub(1)) / 2, "diag-cost-rule-pairs"),
        };
        let once = sum([BINDING, optional(r.when.as_ref()), effects(&r.effects)]);
        est.add(Source::Rule(i), items.saturating_mul(once), || {
            tr!(lang, key, rule = r.id.as_str(), count = items.to_string())
        });
    }

    let end = sum(scn.end_when.iter().map(|c| nodes(&c.root)));
    est.add(Source::EndWhen, end, || tr!(lang, "diag-cost-end-when"));
    est
}

/// Estimates the work of checking every order a faction could give, for the
/// faction where it is largest: that faction's index and the estimate, its
/// parts named in `lang`.
pub fn orders_cost(scn: &Scenario, lang: Lang) -> Option<(usize, Estimate)> {
    let checks: Vec<u64> = scn
        .actions
        .iter()
        .map(|a| {
            let requires = a.requires.iter().fold(0u64, |sum, r| {
                let (nodes, reason) = weigh(&r.cond.root);
                sum.saturating_add(nodes).saturating_add(reason)
            });
            let one = sum([CHECK, count(a.cost.len()), requires]);
            targets(scn, a).saturating_mul(one)
        })
        .collect();
    // Each faction's sum, counting an action once however often it names the faction.
    let mut per_faction = vec![(0u64, usize::MAX); scn.factions.len()];
    for (i, (a, &cost)) in scn.actions.iter().zip(&checks).enumerate() {
        for &f in &a.factions {
            if let Some((total, last)) = per_faction.get_mut(f).filter(|(_, last)| *last != i) {
                *total = total.saturating_add(cost);
                *last = i;
            }
        }
    }
    let (f, _) = per_faction
        .iter()
        .enumerate()
        .filter(|&(f, _)| scn.factions.get(f).is_some_and(|d| d.playable))
        .map(|(f, &(cost, _))| (f, cost))
        .max_by_key(|&(f, cost)| (cost, std::cmp::Reverse(f)))?;
    let mut est = Estimate::default();
    for ((i, a), &cost) in scn.actions.iter().enumerate().zip(&checks).filter(|((_, a), _)| a.factions.contains(&f)) {
        let key = match a.target {
            TargetKind::None => "diag-cost-action",
            TargetKind::Faction => "diag-cost-action-factions",
            TargetKind::Region => "diag-cost-action-regions",
            TargetKind::Route => "diag-cost-action-routes",
        };
        est.add(Source::Action(i), cost, || {
            tr!(lang, key, action = a.id.as_str(), count = targets(scn, a).to_string())
        });
    }
    Some((f, est))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{TUTORIAL, load, synthetic::synthetic};

    fn scenario(text: &str) -> Scenario {
        load("cost.ron", text.as_bytes()).scenario.expect("the scenario loads")
    }

    #[test]
    fn nodes_count_every_operator_and_operand() {
        use crate::scenario::expr::compile::{Names, compile_expr};
        let names = Names::default();
        let nodes_of = |text: &str| {
            let c = compile_expr(text, &names, Default::default(), None).expect("the expression compiles");
            nodes(&c.root)
        };
        assert_eq!(nodes_of("1"), 1);
        assert_eq!(nodes_of("1 + 2 * 3"), 5);
        assert_eq!(nodes_of("min(1, 2, turn) + abs(turn)"), 7);
        assert_eq!(nodes_of("if(turn > 2, 1, 0)"), 6);
    }

    #[test]
    fn a_pairs_rule_costs_its_expressions_for_every_pair() {
        let scn = scenario(TUTORIAL);
        let cost = turn_cost(&scn, Lang::En);
        let n = scn.factions.len() as u64;
        let pairs: Vec<(usize, &crate::scenario::model::RuleDef)> =
            scn.rules.iter().enumerate().filter(|(_, r)| r.each == Scope::Pairs).collect();
        assert!(!pairs.is_empty(), "the tutorial has a rule over pairs");
        for (i, r) in pairs {
            let part = cost.parts.iter().find(|p| p.source == Source::Rule(i)).expect("a part per rule");
            let once = BINDING + optional(r.when.as_ref()) + effects(&r.effects);
            assert_eq!(part.cost, n * (n - 1) / 2 * once);
        }
    }

    #[test]
    fn the_order_checks_of_an_action_grow_with_its_targets() {
        let scn = scenario(&synthetic(1));
        let (_, est) = orders_cost(&scn, Lang::En).expect("a playable faction");
        let of_kind = |kind: TargetKind| {
            est.parts
                .iter()
                .find(|p| matches!(p.source, Source::Action(i) if scn.actions[i].target == kind))
                .map_or(0, |p| p.cost)
        };
        assert!(of_kind(TargetKind::Route) >= scn.routes.len() as u64 * CHECK, "{}", of_kind(TargetKind::Route));
        assert!(of_kind(TargetKind::None) > 0 && of_kind(TargetKind::None) < of_kind(TargetKind::Route));
    }

    #[test]
    fn the_reason_for_a_refusal_costs_more_along_a_chain_of_and() {
        use crate::scenario::expr::compile::{Names, compile_expr};
        let names = Names::default();
        let reason_of = |text: &str| {
            let c = compile_expr(text, &names, Default::default(), None).expect("the expression compiles");
            reason(&c.root)
        };
        assert_eq!(reason_of("turn > 2"), 2 + REASON);
        assert_eq!(reason_of("turn > 2 and turn < 9"), 3 + 2 + REASON);
        // The left side of every `and` is evaluated again on the way down.
        let chain = |n: usize| vec!["turn > 2"; n].join(" and ");
        let (ten, twenty) = (reason_of(&chain(10)), reason_of(&chain(20)));
        assert!(twenty - REASON > 3 * (ten - REASON), "10 terms: {ten}, 20 terms: {twenty}");
    }

    #[test]
    fn cost_grows_with_the_size_of_the_world() {
        let (one, ten) = (scenario(&synthetic(1)), scenario(&synthetic(10)));
        let (t1, t10) = (turn_cost(&one, Lang::En).total, turn_cost(&ten, Lang::En).total);
        assert!(t10 > 5 * t1, "scale 1: {t1}, scale 10: {t10}");
        assert!(turn_cost(&scenario(TUTORIAL), Lang::En).total < t1);
        let (o1, o10) = (
            orders_cost(&one, Lang::En).map_or(0, |o| o.1.total),
            orders_cost(&ten, Lang::En).map_or(0, |o| o.1.total),
        );
        assert!(o10 > 10 * o1, "scale 1: {o1}, scale 10: {o10}");
    }
}
