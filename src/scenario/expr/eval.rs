//! Evaluating compiled expressions against a game state by walking the
//! tree: the reference meaning of every expression, and what explanations
//! use. Games run the same expressions as [`super::Program`]s.

use super::compile::{AggNode, Ent, Node, NodeKind, RouteField};
use super::parse::{AggFunc, BinOp};

/// Read access to the values an expression may use. The engine's state
/// implements it; indices come from compilation and out-of-range indices read 0.
pub trait Env {
    /// The current turn (1-based).
    fn turn(&self) -> i64;
    /// A faction's variable.
    fn faction_var(&self, faction: usize, var: usize) -> i64;
    /// A region's variable.
    fn region_var(&self, region: usize, var: usize) -> i64;
    /// A route's numeric property.
    fn route_num(&self, route: usize, field: RouteField) -> i64;
    /// Whether a route is open.
    fn route_open(&self, route: usize) -> bool;
    /// A flag.
    fn flag(&self, flag: usize) -> bool;
    /// The relation between two factions.
    fn relation(&self, a: usize, b: usize) -> i64;
    /// The faction controlling a region.
    fn controller(&self, region: usize) -> Option<usize>;
    /// Whether a lasting action is in effect (on `target`, when given), whoever took it.
    fn active(&self, action: usize, target: Option<usize>) -> bool;
    /// The value at a position of the game's row of values, where a
    /// program placed against its layout reads ([`super::Program::placed`]).
    fn at(&self, position: usize) -> i64;
}

/// What `self` and `target` stand for during one evaluation. Every
/// evaluation passes them along, so they are kept small: an index of each,
/// or a mark that nothing is bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bindings {
    self_: u32,
    target: u32,
    /// The item an aggregate (`sum(r in regions: …)`) is at.
    each: u32,
}

/// What an unbound reference holds, and what an index too large to hold
/// becomes (the loader's limits keep indices far below it).
const UNBOUND: u32 = u32::MAX;

/// An index as kept in [`Bindings`].
fn bound(index: Option<usize>) -> u32 {
    index.and_then(|i| u32::try_from(i).ok()).unwrap_or(UNBOUND)
}

/// An index kept in [`Bindings`], if bound.
fn index(kept: u32) -> Option<usize> {
    (kept != UNBOUND).then_some(kept as usize)
}

impl Default for Bindings {
    /// Nothing bound.
    fn default() -> Self {
        Bindings { self_: UNBOUND, target: UNBOUND, each: UNBOUND }
    }
}

impl Bindings {
    /// `self` and `target` bound, outside any aggregate.
    pub fn of(self_: Option<usize>, target: Option<usize>) -> Self {
        Bindings { self_: bound(self_), target: bound(target), each: UNBOUND }
    }

    /// The same, inside an aggregate at item `each`.
    pub fn at_item(self, each: usize) -> Self {
        Bindings { each: bound(Some(each)), ..self }
    }

    /// Index of `self` within its kind.
    pub fn self_(&self) -> Option<usize> {
        index(self.self_)
    }

    /// Index of `target` within its kind.
    pub fn target(&self) -> Option<usize> {
        index(self.target)
    }

    /// Index of the item an aggregate is at.
    pub fn each(&self) -> Option<usize> {
        index(self.each)
    }

    /// Resolves an entity reference to an index (`usize::MAX` if unbound, which reads as 0).
    pub fn resolve(&self, ent: Ent) -> usize {
        let kept = match ent {
            Ent::Fixed(i) => i,
            Ent::SelfRef => self.self_,
            Ent::Target => self.target,
            Ent::Each => self.each,
        };
        index(kept).unwrap_or(usize::MAX)
    }
}

impl Node {
    /// Evaluates a numeric node (a condition gives 1 or 0).
    pub fn num<E: Env + ?Sized>(&self, env: &E, b: Bindings) -> i64 {
        match &self.kind {
            NodeKind::Num(n) => *n,
            NodeKind::Turn => env.turn(),
            NodeKind::FactionVar(e, v) => env.faction_var(b.resolve(*e), *v),
            NodeKind::RegionVar(e, v) => env.region_var(b.resolve(*e), *v),
            NodeKind::RouteNum(e, f) => env.route_num(b.resolve(*e), *f),
            NodeKind::Relation(x, y) => env.relation(b.resolve(*x), b.resolve(*y)),
            NodeKind::Neg(a) => a.num(env, b).saturating_neg(),
            NodeKind::Arith(op, l, r) => arith(*op, l.num(env, b), r.num(env, b)),
            NodeKind::Min(args) => args.iter().map(|a| a.num(env, b)).min().unwrap_or(0),
            NodeKind::Max(args) => args.iter().map(|a| a.num(env, b)).max().unwrap_or(0),
            NodeKind::Clamp(x, lo, hi) => {
                let (x, lo, hi) = (x.num(env, b), lo.num(env, b), hi.num(env, b));
                x.max(lo).min(hi.max(lo))
            }
            NodeKind::Abs(a) => a.num(env, b).saturating_abs(),
            NodeKind::If(c, t, f) => {
                if c.truth(env, b) {
                    t.num(env, b)
                } else {
                    f.num(env, b)
                }
            }
            NodeKind::Aggregate(agg) => agg.num(env, b),
            NodeKind::Entity(..) => 0,
            _ => i64::from(self.truth(env, b)),
        }
    }

    /// Evaluates a condition node (a number is true when not 0).
    pub fn truth<E: Env + ?Sized>(&self, env: &E, b: Bindings) -> bool {
        match &self.kind {
            NodeKind::Bool(v) => *v,
            NodeKind::RouteOpen(e) => env.route_open(b.resolve(*e)),
            NodeKind::Flag(f) => env.flag(*f),
            NodeKind::Controls(f, r) => env.controller(b.resolve(*r)) == Some(b.resolve(*f)),
            NodeKind::Active(action, target) => env.active(*action, target.map(|t| b.resolve(t))),
            NodeKind::Not(a) => !a.truth(env, b),
            NodeKind::And(l, r) => l.truth(env, b) && r.truth(env, b),
            NodeKind::Or(l, r) => l.truth(env, b) || r.truth(env, b),
            NodeKind::Compare(op, l, r) => compare(*op, l.num(env, b), r.num(env, b)),
            NodeKind::BoolEq(equal, l, r) => (l.truth(env, b) == r.truth(env, b)) == *equal,
            NodeKind::EntityEq(equal, x, y) => (b.resolve(*x) == b.resolve(*y)) == *equal,
            NodeKind::If(c, t, f) => {
                if c.truth(env, b) {
                    t.truth(env, b)
                } else {
                    f.truth(env, b)
                }
            }
            _ => self.num(env, b) != 0,
        }
    }

    /// Why a condition is false, in words: the first failing comparison
    /// with the values it compared, e.g. "self.treasury is 5, needs >= 20".
    pub fn explain_false(&self, source: &str, env: &dyn Env, b: Bindings) -> String {
        let text = |n: &Node| source.get(n.span.clone()).unwrap_or("?").trim().to_string();
        match &self.kind {
            NodeKind::And(l, r) => {
                if l.truth(env, b) {
                    r.explain_false(source, env, b)
                } else {
                    l.explain_false(source, env, b)
                }
            }
            NodeKind::Compare(op, l, r) => {
                let (lv, rv) = (l.num(env, b), r.num(env, b));
                let right =
                    if matches!(r.kind, NodeKind::Num(_)) { rv.to_string() } else { format!("{} ({rv})", text(r)) };
                format!("{} is {lv}, needs {} {right}", text(l), op.symbol())
            }
            NodeKind::Not(inner) => format!("{} is true", text(inner)),
            NodeKind::EntityEq(equal, ..) => {
                let source = text(self);
                match source.split_once(if *equal { "==" } else { "!=" }) {
                    Some((l, r)) if *equal => format!("only possible when {} is {}", l.trim(), r.trim()),
                    Some((l, r)) => format!("not possible when {} is {}", l.trim(), r.trim()),
                    None => format!("{source} is false"),
                }
            }
            NodeKind::Or(..) => format!("none of {} holds", text(self)),
            _ => format!("{} is false", text(self)),
        }
    }
}

impl AggNode {
    /// Goes over every item of the set once: linear in its size, and total
    /// (an empty set gives 0).
    fn num<E: Env + ?Sized>(&self, env: &E, b: Bindings) -> i64 {
        let items = (0..self.count).map(|i| b.at_item(i));
        let passing = items.filter(|&b| self.filter.as_ref().is_none_or(|f| f.truth(env, b)));
        let value = |b: Bindings| self.value.as_ref().map_or(0, |v| v.num(env, b));
        match self.func {
            AggFunc::Count => i64::try_from(passing.count()).unwrap_or(i64::MAX),
            AggFunc::Sum => passing.map(value).fold(0, i64::saturating_add),
            AggFunc::Min => passing.map(value).min().unwrap_or(0),
            AggFunc::Max => passing.map(value).max().unwrap_or(0),
            AggFunc::Mean => {
                let (total, n) = passing.map(value).fold((0i64, 0i64), |(t, n), v| (t.saturating_add(v), n + 1));
                arith(BinOp::Div, total, n)
            }
        }
    }
}

/// Integer arithmetic that never panics: saturating, and division by zero gives 0.
pub fn arith(op: BinOp, l: i64, r: i64) -> i64 {
    match op {
        BinOp::Add => l.saturating_add(r),
        BinOp::Sub => l.saturating_sub(r),
        BinOp::Mul => l.saturating_mul(r),
        BinOp::Div => {
            if r == 0 {
                0
            } else {
                l.checked_div(r).unwrap_or(i64::MAX)
            }
        }
        BinOp::Rem => l.checked_rem(r).unwrap_or(0),
        _ => 0,
    }
}

/// A numeric comparison.
pub(super) fn compare(op: BinOp, l: i64, r: i64) -> bool {
    match op {
        BinOp::Eq => l == r,
        BinOp::Ne => l != r,
        BinOp::Lt => l < r,
        BinOp::Le => l <= r,
        BinOp::Gt => l > r,
        BinOp::Ge => l >= r,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::compile::{Scope, compile_expr, tests::names};
    use super::*;

    struct Fixed;
    impl Env for Fixed {
        fn turn(&self) -> i64 {
            3
        }
        fn faction_var(&self, f: usize, v: usize) -> i64 {
            [[5, 60], [200, 40]].get(f).and_then(|r| r.get(v)).copied().unwrap_or(0)
        }
        fn region_var(&self, _: usize, _: usize) -> i64 {
            12
        }
        fn route_num(&self, _: usize, _: RouteField) -> i64 {
            7
        }
        fn route_open(&self, _: usize) -> bool {
            true
        }
        fn flag(&self, _: usize) -> bool {
            false
        }
        fn relation(&self, _: usize, _: usize) -> i64 {
            -30
        }
        fn controller(&self, _: usize) -> Option<usize> {
            Some(0)
        }
        fn active(&self, action: usize, target: Option<usize>) -> bool {
            action == 0 && target.is_none_or(|t| t == 0)
        }
        fn at(&self, _: usize) -> i64 {
            0
        }
    }

    const ACTION: Scope = Scope {
        self_kind: Some(super::super::EntityKind::Faction),
        target_kind: Some(super::super::EntityKind::Faction),
    };

    fn num(text: &str) -> i64 {
        compile_expr(text, &names(), ACTION, None).unwrap().root.num(&Fixed, Bindings::of(Some(0), Some(1)))
    }

    #[test]
    fn arithmetic_is_total() {
        assert_eq!(num("7 / 0"), 0);
        assert_eq!(num("7 % 0"), 0);
        assert_eq!(num("9223372036854775807 + 1"), i64::MAX);
        assert_eq!(num("-9223372036854775807 - 10"), i64::MIN);
        assert_eq!(num("(0 - 9223372036854775807 - 1) / (0 - 1)"), i64::MAX);
        assert_eq!(num("clamp(500, 0, 100) + min(3, 1, 2) + max(1, 2) + abs(0 - 4)"), 100 + 1 + 2 + 4);
        assert_eq!(num("if(turn >= 3, 10, 20)"), 10);
    }

    #[test]
    fn reads_bound_entities_and_relations() {
        assert_eq!(num("self.treasury + target.treasury"), 205);
        assert_eq!(num("relation(self, target) + gao.fuel_stock + n1.capacity"), -30 + 12 + 7);
        assert_eq!(num("if(controls(mali, gao), 1, 0)"), 1);
    }

    #[test]
    fn aggregates_go_over_every_item_once() {
        // Treasuries are 5 (mali, self) and 200 (algeria).
        assert_eq!(num("sum(f in factions: f.treasury)"), 205);
        assert_eq!(num("count(f in factions where f.treasury > 100)"), 1);
        assert_eq!(num("count(f in factions)"), 2);
        assert_eq!(num("mean(f in factions: f.treasury)"), 102);
        assert_eq!(num("min(f in factions: f.treasury) + max(f in factions: f.treasury)"), 205);
        assert_eq!(num("sum(f in factions where f != self: relation(self, f))"), -30);
        assert_eq!(num("sum(f in factions where f.treasury > 1000: f.treasury)"), 0);
        assert_eq!(num("min(f in factions where f.treasury > 1000: f.treasury)"), 0);
        assert_eq!(num("mean(f in factions where f.treasury > 1000: f.treasury)"), 0);
        assert_eq!(num("sum(r in regions where controls(self, r): r.fuel_stock)"), 12);
        assert_eq!(num("sum(f in factions: 9223372036854775807)"), i64::MAX);
    }

    #[test]
    fn explains_the_failing_part_of_a_condition() {
        let c = compile_expr("turn >= 1 and self.treasury >= 20", &names(), ACTION, None).unwrap();
        let why = c.root.explain_false(&c.source, &Fixed, Bindings::of(Some(0), Some(1)));
        assert_eq!(why, "self.treasury is 5, needs >= 20");
        let c = compile_expr("flag.airspace_open", &names(), ACTION, None).unwrap();
        assert_eq!(c.root.explain_false(&c.source, &Fixed, Bindings::default()), "flag.airspace_open is false");
        let c = compile_expr("target == mali", &names(), ACTION, None).unwrap();
        let b = Bindings::of(Some(0), Some(1));
        assert_eq!(c.root.explain_false(&c.source, &Fixed, b), "only possible when target is mali");
    }
}
