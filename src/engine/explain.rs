//! Conditions in words, for players: why a requirement does not hold
//! ("Relations between Mali and Algeria are −20; this needs them below −40.")
//! and what a condition asks for ("relations between Mali and Algeria below
//! −40"). Built from the names of factions, regions, routes, variables and
//! flags: never an id, never expression syntax.

use crate::scenario::Scenario;
use crate::scenario::expr::parse::AggFunc;
use crate::scenario::expr::{AggNode, BinOp, Bindings, Ent, EntityKind, Env, Node, NodeKind, RouteField};

/// Why `node` is not `want` in this state, as a sentence.
/// `target` is the kind of the action's target, if it has one.
pub fn why_not(
    scn: &Scenario,
    env: &dyn Env,
    (b, target): (Bindings, Option<EntityKind>),
    node: &Node,
    want: bool,
) -> String {
    let w = Words { scn, b, target };
    match &node.kind {
        NodeKind::Not(inner) => why_not(scn, env, (b, target), inner, !want),
        NodeKind::If(c, t, f) => {
            let branch = if c.truth(env, b) { t } else { f };
            why_not(scn, env, (b, target), branch, want)
        }
        // `a and b` must hold: the first part that fails. `a or b` must not hold: the first part that does.
        NodeKind::And(l, r) if want => why_not(scn, env, (b, target), if l.truth(env, b) { r } else { l }, true),
        NodeKind::Or(l, r) if !want => why_not(scn, env, (b, target), if l.truth(env, b) { l } else { r }, false),
        NodeKind::Or(..) => format!("This needs {}; none of that holds now.", w.describe(node, true)),
        NodeKind::And(..) => format!("Not possible while {}.", w.describe(node, true)),
        NodeKind::Flag(f) => {
            let name = scn.flags.get(*f).map_or("this", |d| d.name.as_str());
            if want {
                format!("This needs “{name}”, which is not the case now.")
            } else {
                format!("Not possible while “{name}” holds.")
            }
        }
        NodeKind::RouteOpen(e) => {
            let route = w.entity(EntityKind::Route, *e);
            if want { format!("{} is closed.", capital(&route)) } else { format!("{} is open.", capital(&route)) }
        }
        NodeKind::Active(..) => {
            let what = capital(&w.active(node));
            if want { format!("{what} is not in effect.") } else { format!("{what} is already in effect.") }
        }
        NodeKind::Controls(f, r) => {
            let (who, place) = (w.entity(EntityKind::Faction, *f), w.entity(EntityKind::Region, *r));
            if want {
                format!("{} does not control {place}.", capital(&who))
            } else {
                format!("{} controls {place}.", capital(&who))
            }
        }
        NodeKind::EntityEq(equal, x, y) => {
            let holds_equal = *equal == want;
            let (role, other) = match (x, y) {
                (Ent::Target, e) | (e, Ent::Target) => ("the target", *e),
                (Ent::SelfRef, e) | (e, Ent::SelfRef) => ("the acting faction", *e),
                _ => ("it", *y),
            };
            let kind = entity_kind_of(w.target, node).unwrap_or(EntityKind::Faction);
            let name = w.entity(kind, other);
            match (role, holds_equal) {
                ("the target", true) => format!("Only possible with {name} as the target."),
                ("the target", false) => format!("Not possible with {name} as the target."),
                ("the acting faction", true) => format!("Only {name} can do this."),
                ("the acting faction", false) => format!("{} cannot do this.", capital(&name)),
                _ => "Not possible in this situation.".to_string(),
            }
        }
        NodeKind::Compare(op, l, r) => {
            let op = if want { *op } else { negate(*op) };
            let (lv, rv) = (l.num(env, b), r.num(env, b));
            let (subject, plural) = w.quantity(l);
            let (verb, pronoun) = if plural { ("are", "them") } else { ("is", "it") };
            let right =
                if constant(r).is_some() { number(rv) } else { format!("{} ({})", w.quantity(r).0, number(rv)) };
            format!("{} {verb} {}; this needs {pronoun} {} {right}.", capital(&subject), number(lv), op_words(op))
        }
        _ => "A condition of this action does not hold now.".to_string(),
    }
}

/// What a condition asks for, as a phrase ("Mali's treasury at least 20").
pub fn describe(scn: &Scenario, (b, target): (Bindings, Option<EntityKind>), node: &Node) -> String {
    Words { scn, b, target }.describe(node, true)
}

/// Names for the parts of an expression.
struct Words<'a> {
    scn: &'a Scenario,
    b: Bindings,
    target: Option<EntityKind>,
}

impl Words<'_> {
    /// The name of an entity reference: a bound `self`/`target` by its name.
    fn entity(&self, kind: EntityKind, e: Ent) -> String {
        let index = match e {
            Ent::Fixed(i) => Some(i),
            Ent::SelfRef => self.b.self_,
            Ent::Target => self.b.target,
            Ent::Each => self.b.each,
        };
        let name = index.and_then(|i| match kind {
            EntityKind::Faction => self.scn.factions.get(i).map(|f| f.name.clone()),
            EntityKind::Region => self.scn.regions.get(i).map(|r| r.name.clone()),
            EntityKind::Route => self.scn.routes.get(i).map(|r| r.name.clone()),
        });
        name.unwrap_or_else(|| match e {
            Ent::SelfRef => "the acting faction".to_string(),
            Ent::Each => format!("the {}", kind.noun()),
            _ => format!("the target {}", kind.noun()),
        })
    }

    /// The action an `active(…)` asks about: "“Escort convoys” on the Salt Road".
    fn active(&self, node: &Node) -> String {
        let NodeKind::Active(action, target) = &node.kind else { return String::new() };
        let def = self.scn.actions.get(*action);
        let name = format!("“{}”", def.map_or("this action", |d| d.name.as_str()));
        let kind = def.and_then(|d| d.target.entity());
        match (target, kind) {
            (Some(t), Some(kind)) => {
                let on = if kind == EntityKind::Faction { "towards" } else { "on" };
                format!("{name} {on} {}", self.entity(kind, *t))
            }
            _ => name,
        }
    }

    /// A number's name and whether it reads as plural.
    fn quantity(&self, node: &Node) -> (String, bool) {
        let scn = self.scn;
        match &node.kind {
            NodeKind::Num(n) => (number(*n), false),
            NodeKind::Turn => ("the turn".into(), false),
            NodeKind::FactionVar(e, v) => {
                let var = scn.faction_vars.get(*v).map_or("value", |d| d.name.as_str());
                (format!("{}'s {}", self.entity(EntityKind::Faction, *e), var.to_lowercase()), false)
            }
            NodeKind::RegionVar(e, v) => {
                let var = scn.region_vars.get(*v).map_or("value", |d| d.name.as_str());
                (format!("{} in {}", var.to_lowercase(), self.entity(EntityKind::Region, *e)), false)
            }
            NodeKind::RouteNum(e, field) => {
                let what = match field {
                    RouteField::Capacity => "the capacity of",
                    RouteField::Risk => "the risk of attack on",
                    RouteField::Loss => "the share lost to attacks on",
                    RouteField::Flow => "the amount delivered last turn on",
                };
                (format!("{what} {}", self.entity(EntityKind::Route, *e)), false)
            }
            NodeKind::Relation(x, y) => (
                format!(
                    "relations between {} and {}",
                    self.entity(EntityKind::Faction, *x),
                    self.entity(EntityKind::Faction, *y)
                ),
                true,
            ),
            NodeKind::Neg(a) => match constant(a) {
                Some(n) => (number(n.saturating_neg()), false),
                None => (format!("minus {}", self.quantity(a).0), false),
            },
            NodeKind::Arith(op, l, r) => {
                let word = match op {
                    BinOp::Add => "plus",
                    BinOp::Sub => "minus",
                    BinOp::Mul => "times",
                    BinOp::Div => "divided by",
                    _ => "combined with",
                };
                // A sum inside a product or quotient keeps its brackets.
                let part = |n: &Node| {
                    let text = self.quantity(n).0;
                    let low = matches!(n.kind, NodeKind::Arith(BinOp::Add | BinOp::Sub, ..));
                    if low && matches!(op, BinOp::Mul | BinOp::Div | BinOp::Rem) { format!("({text})") } else { text }
                };
                (format!("{} {word} {}", part(l), part(r)), false)
            }
            NodeKind::Aggregate(agg) => (self.aggregate(agg), false),
            _ => ("a computed value".into(), false),
        }
    }

    /// An aggregate as a phrase: "the total fuel stock of the regions Mali
    /// controls", "the number of factions other than Chad", "the average of
    /// X over the routes where …".
    fn aggregate(&self, agg: &AggNode) -> String {
        let noun = agg.kind.noun();
        let over = match agg.filter.as_ref().map(|f| &f.kind) {
            None => format!("all {noun}s"),
            Some(NodeKind::EntityEq(false, Ent::Each, other) | NodeKind::EntityEq(false, other, Ent::Each)) => {
                format!("the {noun}s other than {}", self.entity(agg.kind, *other))
            }
            Some(NodeKind::Controls(f, Ent::Each)) if *f != Ent::Each => {
                format!("the regions {} controls", self.entity(EntityKind::Faction, *f))
            }
            Some(_) => {
                format!("the {noun}s where {}", agg.filter.as_ref().map_or(String::new(), |f| self.describe(f, true)))
            }
        };
        // A variable of the item reads as its name alone: "the total fuel stock of …".
        let (value, simple) = match agg.value.as_ref().map(|v| &v.kind) {
            Some(NodeKind::FactionVar(Ent::Each, v)) => {
                (self.scn.faction_vars.get(*v).map_or("value".into(), |d| d.name.to_lowercase()), true)
            }
            Some(NodeKind::RegionVar(Ent::Each, v)) => {
                (self.scn.region_vars.get(*v).map_or("value".into(), |d| d.name.to_lowercase()), true)
            }
            Some(_) => (agg.value.as_ref().map_or(String::new(), |v| self.quantity(v).0), false),
            None => (String::new(), false),
        };
        let (simple_word, general_word, of) = match agg.func {
            AggFunc::Count if agg.filter.is_none() => return format!("the number of {noun}s"),
            AggFunc::Count => return format!("the number of {}", over.trim_start_matches("the ")),
            AggFunc::Sum => ("the total", "the total of", "of"),
            AggFunc::Mean => ("the average", "the average of", "of"),
            AggFunc::Min => ("the lowest", "the lowest of", "among"),
            AggFunc::Max => ("the highest", "the highest of", "among"),
        };
        if simple {
            format!("{simple_word} {value} {of} {over}")
        } else {
            format!("{general_word} {value}, over {over}")
        }
    }

    /// A condition as a phrase; `positive` false describes its negation.
    fn describe(&self, node: &Node, positive: bool) -> String {
        let scn = self.scn;
        match &node.kind {
            NodeKind::Bool(v) => if *v == positive { "always" } else { "never" }.into(),
            NodeKind::Not(a) => self.describe(a, !positive),
            NodeKind::And(l, r) if positive => format!("{} and {}", self.describe(l, true), self.describe(r, true)),
            NodeKind::Or(l, r) if positive => format!("{} or {}", self.describe(l, true), self.describe(r, true)),
            NodeKind::And(l, r) => format!("{} or {}", self.describe(l, false), self.describe(r, false)),
            NodeKind::Or(l, r) => format!("{} and {}", self.describe(l, false), self.describe(r, false)),
            NodeKind::If(c, t, f) => format!(
                "{} if {}, otherwise {}",
                self.describe(t, positive),
                self.describe(c, true),
                self.describe(f, positive)
            ),
            NodeKind::Flag(f) => {
                let name = scn.flags.get(*f).map_or("this", |d| d.name.as_str());
                if positive { format!("“{name}”") } else { format!("not “{name}”") }
            }
            NodeKind::RouteOpen(e) => {
                format!("{} {}", self.entity(EntityKind::Route, *e), if positive { "open" } else { "closed" })
            }
            NodeKind::Active(..) => {
                format!("{} {}", self.active(node), if positive { "in effect" } else { "not in effect" })
            }
            NodeKind::Controls(f, r) => format!(
                "{} {} {}",
                self.entity(EntityKind::Faction, *f),
                if positive { "controls" } else { "does not control" },
                self.entity(EntityKind::Region, *r)
            ),
            NodeKind::EntityEq(equal, x, y) => {
                let kind = entity_kind_of(self.target, node).unwrap_or(EntityKind::Faction);
                let is = if *equal == positive { "is" } else { "is not" };
                let side = |e: Ent| match e {
                    Ent::Target if self.b.target.is_none() => "the target".to_string(),
                    Ent::SelfRef if self.b.self_.is_none() => "the acting faction".to_string(),
                    other => self.entity(kind, other),
                };
                format!("{} {is} {}", side(*x), side(*y))
            }
            NodeKind::Compare(op, l, r) => {
                let op = if positive { *op } else { negate(*op) };
                format!("{} {} {}", self.quantity(l).0, op_words(op), self.quantity(r).0)
            }
            NodeKind::BoolEq(equal, l, r) => {
                let same = *equal == positive;
                format!(
                    "{} {} {}",
                    self.describe(l, true),
                    if same { "exactly when" } else { "exactly when not" },
                    self.describe(r, true)
                )
            }
            _ => {
                let (q, _) = self.quantity(node);
                if positive { format!("{q} not zero") } else { format!("{q} zero") }
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

fn op_words(op: BinOp) -> &'static str {
    match op {
        BinOp::Lt => "below",
        BinOp::Le => "at most",
        BinOp::Gt => "above",
        BinOp::Ge => "at least",
        BinOp::Eq => "exactly",
        BinOp::Ne => "other than",
        _ => "compared with",
    }
}

/// A number as players read it, with a true minus sign.
fn number(n: i64) -> String {
    if n < 0 { format!("−{}", n.unsigned_abs()) } else { n.to_string() }
}

fn capital(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
