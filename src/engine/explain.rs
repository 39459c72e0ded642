//! Conditions in words, for players: why a requirement does not hold
//! ("Relations between Mali and Algeria are −20; this needs them below −40.")
//! and what a condition asks for ("relations between Mali and Algeria below
//! −40"). Built from the names of factions, regions, routes, variables and
//! flags: never an id, never expression syntax. Each sentence and phrase is
//! a message of the catalogue in the scenario's language (`game-why-…`,
//! `game-cond-…`, `game-q-…`, `game-agg-…`), its parts passed by name.

use crate::engine::words::{capital, signed};
use crate::i18n::Lang;
use crate::scenario::Scenario;
use crate::scenario::expr::parse::AggFunc;
use crate::scenario::expr::{AggNode, BinOp, Bindings, Ent, EntityKind, Env, Node, NodeKind, RouteField};
use crate::tr;

/// Why `node` is not `want` in this state, as a sentence.
/// `target` is the kind of the action's target, if it has one.
pub fn why_not(
    scn: &Scenario,
    env: &dyn Env,
    (b, target): (Bindings, Option<EntityKind>),
    node: &Node,
    want: bool,
) -> String {
    let w = Words { scn, lang: scn.lang, b, target };
    let lang = scn.lang;
    let sentence = match &node.kind {
        NodeKind::Not(inner) => return why_not(scn, env, (b, target), inner, !want),
        NodeKind::If(c, t, f) => {
            let branch = if c.truth(env, b) { t } else { f };
            return why_not(scn, env, (b, target), branch, want);
        }
        // `a and b` must hold: the first part that fails. `a or b` must not hold: the first part that does.
        NodeKind::And(l, r) if want => {
            return why_not(scn, env, (b, target), if l.truth(env, b) { r } else { l }, true);
        }
        NodeKind::Or(l, r) if !want => {
            return why_not(scn, env, (b, target), if l.truth(env, b) { l } else { r }, false);
        }
        NodeKind::Or(..) => tr!(lang, "game-why-none", cond = w.describe(node, true)),
        NodeKind::And(..) => tr!(lang, "game-why-while", cond = w.describe(node, true)),
        NodeKind::Flag(f) => {
            let flag = w.flag(*f);
            if want {
                tr!(lang, "game-why-flag-missing", flag = flag)
            } else {
                tr!(lang, "game-why-flag-holds", flag = flag)
            }
        }
        NodeKind::RouteOpen(e) => {
            let route = w.entity(EntityKind::Route, *e);
            if want {
                tr!(lang, "game-why-route-closed", route = route)
            } else {
                tr!(lang, "game-why-route-open", route = route)
            }
        }
        NodeKind::Active(..) => {
            let what = w.active(node);
            if want { tr!(lang, "game-why-not-active", what = what) } else { tr!(lang, "game-why-active", what = what) }
        }
        NodeKind::Controls(f, r) => {
            let (faction, region) = (w.entity(EntityKind::Faction, *f), w.entity(EntityKind::Region, *r));
            let key = if want { "game-why-not-controls" } else { "game-why-controls" };
            tr!(lang, key, faction = faction, region = region)
        }
        NodeKind::EntityEq(equal, x, y) => {
            let holds_equal = *equal == want;
            let (role, other) = match (x, y) {
                (Ent::Target, e) | (e, Ent::Target) => (Some(Ent::Target), *e),
                (Ent::SelfRef, e) | (e, Ent::SelfRef) => (Some(Ent::SelfRef), *e),
                _ => (None, *y),
            };
            let kind = entity_kind_of(w.target, node).unwrap_or(EntityKind::Faction);
            let name = w.entity(kind, other);
            match (role, holds_equal) {
                (Some(Ent::Target), true) => tr!(lang, "game-why-target-only", name = name),
                (Some(Ent::Target), false) => tr!(lang, "game-why-target-not", name = name),
                (Some(_), true) => tr!(lang, "game-why-self-only", name = name),
                (Some(_), false) => tr!(lang, "game-why-self-not", name = name),
                (None, _) => tr!(lang, "game-why-situation"),
            }
        }
        NodeKind::Compare(op, l, r) => {
            let op = if want { *op } else { negate(*op) };
            let (lv, rv) = (l.num(env, b), r.num(env, b));
            let (subject, plural) = w.quantity(l);
            let right = if constant(r).is_some() {
                signed(lang, rv)
            } else {
                tr!(lang, "game-q-valued", quantity = w.quantity(r).0, value = signed(lang, rv))
            };
            let key = if plural { "game-why-compare-plural" } else { "game-why-compare" };
            tr!(lang, key, subject = subject, value = signed(lang, lv), op = op_code(op), right = right)
        }
        _ => tr!(lang, "game-why-unknown"),
    };
    capital(&sentence)
}

/// What a condition asks for, as a phrase ("Mali's treasury at least 20").
pub fn describe(scn: &Scenario, (b, target): (Bindings, Option<EntityKind>), node: &Node) -> String {
    Words { scn, lang: scn.lang, b, target }.describe(node, true)
}

/// Names for the parts of an expression, in the scenario's language.
struct Words<'a> {
    scn: &'a Scenario,
    lang: Lang,
    b: Bindings,
    target: Option<EntityKind>,
}

impl Words<'_> {
    /// The name of an entity reference: a bound `self`/`target` by its name.
    fn entity(&self, kind: EntityKind, e: Ent) -> String {
        let index = match e {
            Ent::Fixed(i) => Some(i as usize),
            Ent::SelfRef => self.b.self_(),
            Ent::Target => self.b.target(),
            Ent::Each => self.b.each(),
        };
        let name = index.and_then(|i| match kind {
            EntityKind::Faction => self.scn.factions.get(i).map(|f| f.name.clone()),
            EntityKind::Region => self.scn.regions.get(i).map(|r| r.name.clone()),
            EntityKind::Route => self.scn.routes.get(i).map(|r| r.name.clone()),
        });
        name.unwrap_or_else(|| match e {
            Ent::SelfRef => tr!(self.lang, "game-the-acting-faction"),
            Ent::Each => tr!(self.lang, "game-the-each", kind = kind.noun()),
            _ => tr!(self.lang, "game-the-target-kind", kind = kind.noun()),
        })
    }

    /// A flag's name.
    fn flag(&self, f: usize) -> &str {
        self.scn.flags.get(f).map_or("?", |d| d.name.as_str())
    }

    /// A variable's name as it reads inside a phrase ("treasury").
    fn var(decl: Option<&crate::scenario::format::VarDecl>) -> String {
        decl.map_or_else(|| "?".to_string(), |d| d.name.to_lowercase())
    }

    /// The action an `active(…)` asks about: "“Escort convoys” on the Salt Road".
    fn active(&self, node: &Node) -> String {
        let NodeKind::Active(action, target) = &node.kind else { return String::new() };
        let def = self.scn.actions.get(*action);
        let name = def.map_or("?", |d| d.name.as_str());
        let kind = def.and_then(|d| d.target.entity());
        match (target, kind) {
            (Some(t), Some(kind)) => {
                tr!(self.lang, "game-active-at", action = name, kind = kind.noun(), target = self.entity(kind, *t))
            }
            _ => tr!(self.lang, "game-active", action = name),
        }
    }

    /// A number's name and whether it reads as plural.
    fn quantity(&self, node: &Node) -> (String, bool) {
        let (scn, lang) = (self.scn, self.lang);
        let phrase = match &node.kind {
            NodeKind::Num(n) => signed(lang, *n),
            NodeKind::Turn => tr!(lang, "game-q-turn"),
            NodeKind::FactionVar(e, v) => tr!(
                lang,
                "game-q-faction-var",
                faction = self.entity(EntityKind::Faction, *e),
                var = Self::var(scn.faction_vars.get(*v))
            ),
            NodeKind::RegionVar(e, v) => tr!(
                lang,
                "game-q-region-var",
                region = self.entity(EntityKind::Region, *e),
                var = Self::var(scn.region_vars.get(*v))
            ),
            NodeKind::RouteNum(e, field) => {
                tr!(lang, "game-q-route", field = field_code(*field), route = self.entity(EntityKind::Route, *e))
            }
            NodeKind::Relation(x, y) => {
                let (a, b) = (self.entity(EntityKind::Faction, *x), self.entity(EntityKind::Faction, *y));
                return (tr!(lang, "game-q-relation", a = a, b = b), true);
            }
            NodeKind::Neg(a) => match constant(a) {
                Some(n) => signed(lang, n.saturating_neg()),
                None => tr!(lang, "game-q-minus", value = self.quantity(a).0),
            },
            NodeKind::Arith(op, l, r) => {
                // A sum inside a product or quotient keeps its brackets.
                let part = |n: &Node| {
                    let text = self.quantity(n).0;
                    let low = matches!(n.kind, NodeKind::Arith(BinOp::Add | BinOp::Sub, ..));
                    if low && matches!(op, BinOp::Mul | BinOp::Div | BinOp::Rem) { format!("({text})") } else { text }
                };
                let op = match op {
                    BinOp::Add => "add",
                    BinOp::Sub => "sub",
                    BinOp::Mul => "mul",
                    BinOp::Div => "div",
                    _ => "other",
                };
                tr!(lang, "game-q-arith", left = part(l), op = op, right = part(r))
            }
            NodeKind::Aggregate(agg) => self.aggregate(agg),
            _ => tr!(lang, "game-q-computed"),
        };
        (phrase, false)
    }

    /// An aggregate as a phrase: "the total fuel stock of the regions Mali
    /// controls", "the number of factions other than Chad", "the average of
    /// X over the routes where …".
    fn aggregate(&self, agg: &AggNode) -> String {
        let lang = self.lang;
        let kind = agg.kind.noun();
        let cond = || agg.filter.as_ref().map_or(String::new(), |f| self.describe(f, true));
        // Which items: all, all but one, a faction's regions, or those where a condition holds.
        let (over, count) = match agg.filter.as_ref().map(|f| &f.kind) {
            None => (tr!(lang, "game-agg-over-all", kind = kind), tr!(lang, "game-agg-count-all", kind = kind)),
            Some(NodeKind::EntityEq(false, Ent::Each, other) | NodeKind::EntityEq(false, other, Ent::Each)) => {
                let name = self.entity(agg.kind, *other);
                (
                    tr!(lang, "game-agg-over-others", kind = kind, name = name.as_str()),
                    tr!(lang, "game-agg-count-others", kind = kind, name = name),
                )
            }
            Some(NodeKind::Controls(f, Ent::Each)) if *f != Ent::Each => {
                let faction = self.entity(EntityKind::Faction, *f);
                (
                    tr!(lang, "game-agg-over-controlled", faction = faction.as_str()),
                    tr!(lang, "game-agg-count-controlled", faction = faction),
                )
            }
            Some(_) => {
                let cond = cond();
                (
                    tr!(lang, "game-agg-over-where", kind = kind, cond = cond.as_str()),
                    tr!(lang, "game-agg-count-where", kind = kind, cond = cond),
                )
            }
        };
        let func = match agg.func {
            AggFunc::Count => return count,
            AggFunc::Sum => "sum",
            AggFunc::Mean => "mean",
            AggFunc::Min => "min",
            AggFunc::Max => "max",
        };
        // A variable of the item reads as its name alone: "the total fuel stock of …".
        match agg.value.as_ref().map(|v| &v.kind) {
            Some(NodeKind::FactionVar(Ent::Each, v)) => {
                let value = Self::var(self.scn.faction_vars.get(*v));
                tr!(lang, "game-agg-of", func = func, value = value, over = over)
            }
            Some(NodeKind::RegionVar(Ent::Each, v)) => {
                let value = Self::var(self.scn.region_vars.get(*v));
                tr!(lang, "game-agg-of", func = func, value = value, over = over)
            }
            _ => {
                let value = agg.value.as_ref().map_or(String::new(), |v| self.quantity(v).0);
                tr!(lang, "game-agg-over", func = func, value = value, over = over)
            }
        }
    }

    /// A condition as a phrase; `positive` false describes its negation.
    fn describe(&self, node: &Node, positive: bool) -> String {
        let lang = self.lang;
        match &node.kind {
            NodeKind::Bool(v) => tr!(lang, if *v == positive { "game-cond-always" } else { "game-cond-never" }),
            NodeKind::Not(a) => self.describe(a, !positive),
            NodeKind::And(l, r) | NodeKind::Or(l, r) => {
                // Negated, `and` becomes `or` and `or` becomes `and`.
                let both = matches!(node.kind, NodeKind::And(..)) == positive;
                let key = if both { "game-cond-and" } else { "game-cond-or" };
                tr!(lang, key, left = self.describe(l, positive), right = self.describe(r, positive))
            }
            NodeKind::If(c, t, f) => tr!(
                lang,
                "game-cond-if",
                then = self.describe(t, positive),
                cond = self.describe(c, true),
                otherwise = self.describe(f, positive)
            ),
            NodeKind::Flag(f) => {
                let key = if positive { "game-cond-flag" } else { "game-cond-not-flag" };
                tr!(lang, key, flag = self.flag(*f))
            }
            NodeKind::RouteOpen(e) => {
                let key = if positive { "game-cond-route-open" } else { "game-cond-route-closed" };
                tr!(lang, key, route = self.entity(EntityKind::Route, *e))
            }
            NodeKind::Active(..) => {
                let key = if positive { "game-cond-active" } else { "game-cond-not-active" };
                tr!(lang, key, what = self.active(node))
            }
            NodeKind::Controls(f, r) => {
                let key = if positive { "game-cond-controls" } else { "game-cond-not-controls" };
                let (faction, region) = (self.entity(EntityKind::Faction, *f), self.entity(EntityKind::Region, *r));
                tr!(lang, key, faction = faction, region = region)
            }
            NodeKind::EntityEq(equal, x, y) => {
                let kind = entity_kind_of(self.target, node).unwrap_or(EntityKind::Faction);
                let side = |e: Ent| match e {
                    Ent::Target if self.b.target().is_none() => tr!(lang, "game-the-target"),
                    Ent::SelfRef if self.b.self_().is_none() => tr!(lang, "game-the-acting-faction"),
                    other => self.entity(kind, other),
                };
                let key = if *equal == positive { "game-cond-is" } else { "game-cond-is-not" };
                tr!(lang, key, left = side(*x), right = side(*y))
            }
            NodeKind::Compare(op, l, r) => {
                let op = if positive { *op } else { negate(*op) };
                tr!(lang, "game-cond-compare", left = self.quantity(l).0, op = op_code(op), right = self.quantity(r).0)
            }
            NodeKind::BoolEq(equal, l, r) => {
                let key = if *equal == positive { "game-cond-same" } else { "game-cond-opposite" };
                tr!(lang, key, left = self.describe(l, true), right = self.describe(r, true))
            }
            _ => {
                let key = if positive { "game-cond-nonzero" } else { "game-cond-zero" };
                tr!(lang, key, value = self.quantity(node).0)
            }
        }
    }
}

/// The kind of entities an `==`/`!=` compares: `self` is a faction, `target`
/// is of the action's target kind; two fixed ids are taken as factions.
fn entity_kind_of(target: Option<EntityKind>, node: &Node) -> Option<EntityKind> {
    match &node.kind {
        NodeKind::EntityEq(_, x, y) if *x == Ent::Target || *y == Ent::Target => target,
        _ => Some(EntityKind::Faction),
    }
}

/// The value of a constant number (`40`, `-40`).
fn constant(node: &Node) -> Option<i64> {
    match &node.kind {
        NodeKind::Num(n) => Some(*n),
        NodeKind::Neg(a) => constant(a).map(i64::saturating_neg),
        _ => None,
    }
}

fn negate(op: BinOp) -> BinOp {
    match op {
        BinOp::Lt => BinOp::Ge,
        BinOp::Le => BinOp::Gt,
        BinOp::Gt => BinOp::Le,
        BinOp::Ge => BinOp::Lt,
        BinOp::Eq => BinOp::Ne,
        BinOp::Ne => BinOp::Eq,
        other => other,
    }
}

/// A comparison's code, as the catalogue's messages select on it.
fn op_code(op: BinOp) -> &'static str {
    match op {
        BinOp::Lt => "lt",
        BinOp::Le => "le",
        BinOp::Gt => "gt",
        BinOp::Ge => "ge",
        BinOp::Eq => "eq",
        BinOp::Ne => "ne",
        _ => "other",
    }
}

/// A route's field, as the catalogue's messages select on it.
fn field_code(field: RouteField) -> &'static str {
    match field {
        RouteField::Capacity => "capacity",
        RouteField::Risk => "risk",
        RouteField::Loss => "loss",
        RouteField::Flow => "flow",
    }
}
