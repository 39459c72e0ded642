//! Syntax tree → compiled, typed tree with every name resolved to an index.

use std::collections::HashMap;
use std::ops::Range;

use super::ExprError;
use super::parse::{self, AggFunc, Aggregate, AssignOp, Ast, AstKind, BinOp};
use super::program::Program;
use crate::i18n::Lang;
use crate::scenario::diagnostic::closest;
use crate::tr;

/// The kinds of named things an expression can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum EntityKind {
    /// A faction.
    Faction,
    /// A region.
    Region,
    /// A route.
    Route,
}

impl EntityKind {
    /// Lower-case name for messages.
    pub fn noun(self) -> &'static str {
        match self {
            EntityKind::Faction => "faction",
            EntityKind::Region => "region",
            EntityKind::Route => "route",
        }
    }
}

/// Value types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    /// A whole number.
    Num,
    /// A condition.
    Bool,
    /// A faction, region or route.
    Entity(EntityKind),
}

impl Type {
    fn describe(self, lang: Lang) -> String {
        let key = match self {
            Type::Num => "diag-type-num",
            Type::Bool => "diag-type-bool",
            Type::Entity(EntityKind::Faction) => "diag-type-faction",
            Type::Entity(EntityKind::Region) => "diag-type-region",
            Type::Entity(EntityKind::Route) => "diag-type-route",
        };
        tr!(lang, key)
    }
}

/// A reference to an entity: fixed by id, or bound by the context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ent {
    /// A specific entity, by index within its kind (kept small: every
    /// step that reads the game holds one or two).
    Fixed(u32),
    /// `self`.
    SelfRef,
    /// `target`.
    Target,
    /// The item an aggregate is at: `r` in `sum(r in regions: r.unrest)`.
    Each,
}

/// Numeric properties every route has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub enum RouteField {
    /// Most moved per turn.
    Capacity,
    /// Interdiction chance, percent.
    Risk,
    /// Percent of an interdicted shipment lost.
    Loss,
    /// Amount delivered last turn (read-only).
    Flow,
}

impl RouteField {
    /// The property names, as expressions write them.
    pub const NAMES: [&'static str; 5] = ["open", "capacity", "risk", "loss", "flow"];

    fn parse(name: &str) -> Option<Option<RouteField>> {
        Some(match name {
            "open" => None,
            "capacity" => Some(RouteField::Capacity),
            "risk" => Some(RouteField::Risk),
            "loss" => Some(RouteField::Loss),
            "flow" => Some(RouteField::Flow),
            _ => return Option::None,
        })
    }
}

/// A compiled expression node, with its span in the expression text.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// What it computes.
    pub kind: NodeKind,
    /// Where it was written (bytes within the expression).
    pub span: Range<usize>,
}

impl Node {
    /// The nodes this one is computed from, in order (none for a leaf).
    pub fn children(&self) -> Vec<&Node> {
        match &self.kind {
            NodeKind::Num(_)
            | NodeKind::Bool(_)
            | NodeKind::Turn
            | NodeKind::Entity(..)
            | NodeKind::FactionVar(..)
            | NodeKind::RegionVar(..)
            | NodeKind::RouteNum(..)
            | NodeKind::RouteOpen(_)
            | NodeKind::Flag(_)
            | NodeKind::Relation(..)
            | NodeKind::Controls(..)
            | NodeKind::Active(..)
            | NodeKind::EntityEq(..) => Vec::new(),
            NodeKind::Neg(a) | NodeKind::Not(a) | NodeKind::Abs(a) => vec![a],
            NodeKind::Arith(_, a, b)
            | NodeKind::Compare(_, a, b)
            | NodeKind::BoolEq(_, a, b)
            | NodeKind::And(a, b)
            | NodeKind::Or(a, b) => vec![a, b],
            NodeKind::Min(v) | NodeKind::Max(v) => v.iter().collect(),
            NodeKind::Clamp(a, b, c) | NodeKind::If(a, b, c) => vec![a, b, c],
            NodeKind::Aggregate(agg) => agg.filter.iter().chain(&agg.value).collect(),
        }
    }
}

/// A compiled aggregate: a function over every faction, region or route.
#[derive(Debug, Clone, PartialEq)]
pub struct AggNode {
    /// Which function.
    pub func: AggFunc,
    /// What it goes over.
    pub kind: EntityKind,
    /// How many items there are (fixed by the scenario).
    pub count: usize,
    /// Only the items for which it holds (all when none).
    pub filter: Option<Node>,
    /// The value taken for each item (none for `count`).
    pub value: Option<Node>,
}

/// What a compiled node computes.
#[derive(Debug, Clone, PartialEq)]
pub enum NodeKind {
    Num(i64),
    Bool(bool),
    Turn,
    Entity(EntityKind, Ent),
    FactionVar(Ent, usize),
    RegionVar(Ent, usize),
    RouteNum(Ent, RouteField),
    RouteOpen(Ent),
    Flag(usize),
    Relation(Ent, Ent),
    Controls(Ent, Ent),
    /// `active(action)` or `active(action, target)`: a lasting action in effect.
    Active(usize, Option<Ent>),
    Neg(Box<Node>),
    Not(Box<Node>),
    Arith(BinOp, Box<Node>, Box<Node>),
    /// Numeric comparison.
    Compare(BinOp, Box<Node>, Box<Node>),
    /// `==`/`!=` between conditions.
    BoolEq(bool, Box<Node>, Box<Node>),
    /// `==`/`!=` between entities of one kind.
    EntityEq(bool, Ent, Ent),
    And(Box<Node>, Box<Node>),
    Or(Box<Node>, Box<Node>),
    Min(Vec<Node>),
    Max(Vec<Node>),
    Clamp(Box<Node>, Box<Node>, Box<Node>),
    Abs(Box<Node>),
    If(Box<Node>, Box<Node>, Box<Node>),
    /// `sum(r in regions where …: …)` and the like.
    Aggregate(Box<AggNode>),
}

/// A compiled expression with its source text.
#[derive(Debug, Clone, PartialEq)]
pub struct Compiled {
    /// The tree.
    pub root: Node,
    /// Its type.
    pub ty: Type,
    /// The text as written.
    pub source: String,
    /// The tree as steps, which the engine runs.
    pub program: Program,
}

/// A place an effect changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    FactionVar(Ent, usize),
    RegionVar(Ent, usize),
    RouteNum(Ent, RouteField),
    RouteOpen(Ent),
    Flag(usize),
    Relation(Ent, Ent),
}

/// A compiled effect statement: `place op value`.
#[derive(Debug, Clone, PartialEq)]
pub struct EffectStmt {
    /// What changes.
    pub place: Place,
    /// `=`, `+=` or `-=`.
    pub op: AssignOp,
    /// The value (evaluated against the state when the effect is computed).
    pub value: Node,
    /// The text as written.
    pub source: String,
    /// The value as steps, which the engine runs.
    pub program: Program,
}

/// What `self` and `target` are in an expression's context.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scope {
    /// Kind of `self`, if bound.
    pub self_kind: Option<EntityKind>,
    /// Kind of `target`, if bound.
    pub target_kind: Option<EntityKind>,
}

/// Every name a scenario defines, for resolving expressions.
#[derive(Debug, Default)]
pub struct Names {
    /// Entity id → kind and index.
    pub entities: HashMap<String, (EntityKind, usize)>,
    /// Faction variable ids, in order.
    pub faction_vars: Vec<String>,
    /// Region variable ids, in order.
    pub region_vars: Vec<String>,
    /// Flag ids, in order (set before the first expression is compiled).
    pub flags: Vec<String>,
    /// Action ids in order, with the kind of their target and whether they last.
    pub actions: Vec<(String, Option<EntityKind>, bool)>,
    /// Flag id → index, built from `flags` on first use: a scenario may
    /// have a thousand flags and a hundred thousand references to them.
    flag_index: std::cell::OnceCell<HashMap<String, usize>>,
    /// Number of turns (the value of `turns`).
    pub turns: i64,
    /// How many factions, regions and routes there are, counted on first use.
    counts: std::cell::OnceCell<[usize; 3]>,
    /// The language problems are written in.
    pub lang: Lang,
}

/// Every function an expression can call.
pub const FUNCTIONS: [&str; 11] =
    ["min", "max", "clamp", "abs", "if", "relation", "controls", "active", "sum", "count", "mean"];
/// Words with a meaning of their own in expressions.
pub const KEYWORDS: [&str; 7] = ["turn", "turns", "self", "target", "flag", "true", "false"];
/// The sets an aggregate can go over, with the kind of their items.
pub const SETS: [(&str, EntityKind); 3] =
    [("factions", EntityKind::Faction), ("regions", EntityKind::Region), ("routes", EntityKind::Route)];
/// Words of the expression syntax that cannot name an aggregate's item.
const RESERVED: [&str; 5] = ["and", "or", "not", "in", "where"];

impl Names {
    fn index_of(list: &[String], name: &str) -> Option<usize> {
        list.iter().position(|v| v == name)
    }

    /// The index of a flag (the first, if an id were given twice).
    fn flag(&self, name: &str) -> Option<usize> {
        let index = self
            .flag_index
            .get_or_init(|| self.flags.iter().enumerate().rev().map(|(i, id)| (id.clone(), i)).collect());
        index.get(name).copied()
    }

    fn entity_ids(&self) -> impl Iterator<Item = &str> {
        self.entities.keys().map(String::as_str)
    }

    /// How many entities of a kind the scenario has.
    fn count(&self, kind: EntityKind) -> usize {
        let counts = self.counts.get_or_init(|| {
            let mut counts = [0; 3];
            for (kind, _) in self.entities.values() {
                counts[*kind as usize] += 1;
            }
            counts
        });
        counts[kind as usize]
    }
}

/// Compiles an expression that must have type `want` (`None`: a number or a condition).
pub fn compile_expr(text: &str, names: &Names, scope: Scope, want: Option<Type>) -> Result<Compiled, ExprError> {
    let ast = parse::parse_expr(text, names.lang)?;
    let root = Compiler { names, scope, each: None }.node(&ast)?;
    let ty = node_type(&root);
    if let Some(want) = want {
        if ty != want {
            return Err(type_error(names.lang, &root, want, ty));
        }
    } else if matches!(ty, Type::Entity(_)) {
        return Err(type_error(names.lang, &root, Type::Num, ty));
    }
    let program = Program::new(&root);
    Ok(Compiled { root, ty, source: text.to_string(), program })
}

/// Compiles an effect statement.
pub fn compile_effect(text: &str, names: &Names, scope: Scope) -> Result<EffectStmt, ExprError> {
    let lang = names.lang;
    let stmt = parse::parse_statement(text, lang)?;
    let c = Compiler { names, scope, each: None };
    let place_node = c.node(&stmt.place)?;
    let place = match place_node.kind {
        NodeKind::FactionVar(e, v) => Place::FactionVar(e, v),
        NodeKind::RegionVar(e, v) => Place::RegionVar(e, v),
        NodeKind::RouteNum(_, RouteField::Flow) => {
            return Err(ExprError::new("expr-type", stmt.place.span.clone(), tr!(lang, "diag-expr-set-flow"))
                .with_help(tr!(lang, "diag-expr-set-flow-help")));
        }
        NodeKind::RouteNum(e, f) => Place::RouteNum(e, f),
        NodeKind::RouteOpen(e) => Place::RouteOpen(e),
        NodeKind::Flag(f) => Place::Flag(f),
        NodeKind::Relation(a, b) => Place::Relation(a, b),
        _ => {
            return Err(ExprError::new("expr-syntax", stmt.place.span.clone(), tr!(lang, "diag-expr-cannot-set"))
                .with_help(tr!(lang, "diag-expr-cannot-set-help")));
        }
    };
    let place_ty = node_type(&place_node);
    let value = c.node(&stmt.value)?;
    let value_ty = node_type(&value);
    if value_ty != place_ty {
        return Err(type_error(lang, &value, place_ty, value_ty));
    }
    if place_ty == Type::Bool && stmt.op != AssignOp::Set {
        return Err(ExprError::new("expr-type", stmt.place.span.clone(), tr!(lang, "diag-expr-add-to-condition"))
            .with_help(tr!(lang, "diag-expr-add-to-condition-help")));
    }
    let program = Program::new(&value);
    Ok(EffectStmt { place, op: stmt.op, value, source: text.to_string(), program })
}

/// `node` is `got` where `want` is needed: the problem, in `lang`.
fn type_error(lang: Lang, node: &Node, want: Type, got: Type) -> ExprError {
    let help = match (want, got, &node.kind) {
        (Type::Bool, Type::Num, NodeKind::Num(_)) => "diag-type-help-bool",
        (Type::Bool, Type::Num, _) => "diag-expr-compare-help",
        (Type::Num, Type::Bool, _) => "diag-expr-if-help",
        (Type::Entity(EntityKind::Faction), _, _) => "diag-expr-name-faction-help",
        (Type::Entity(EntityKind::Region), _, _) => "diag-expr-name-region-help",
        (Type::Entity(EntityKind::Route), _, _) => "diag-expr-name-route-help",
        _ => "diag-expr-entity-value-help",
    };
    let message = tr!(lang, "diag-expected-found", expected = want.describe(lang), found = got.describe(lang));
    ExprError::new("expr-type", node.span.clone(), message).with_help(tr!(lang, help))
}

/// The type a compiled node produces.
pub fn node_type(node: &Node) -> Type {
    match &node.kind {
        NodeKind::Num(_)
        | NodeKind::Turn
        | NodeKind::FactionVar(..)
        | NodeKind::RegionVar(..)
        | NodeKind::RouteNum(..)
        | NodeKind::Relation(..)
        | NodeKind::Neg(_)
        | NodeKind::Arith(..)
        | NodeKind::Min(_)
        | NodeKind::Max(_)
        | NodeKind::Clamp(..)
        | NodeKind::Abs(_) => Type::Num,
        NodeKind::Bool(_)
        | NodeKind::RouteOpen(_)
        | NodeKind::Flag(_)
        | NodeKind::Controls(..)
        | NodeKind::Active(..)
        | NodeKind::Not(_)
        | NodeKind::Compare(..)
        | NodeKind::BoolEq(..)
        | NodeKind::EntityEq(..)
        | NodeKind::And(..)
        | NodeKind::Or(..) => Type::Bool,
        NodeKind::Entity(kind, _) => Type::Entity(*kind),
        NodeKind::If(_, a, _) => node_type(a),
        NodeKind::Aggregate(_) => Type::Num,
    }
}

struct Compiler<'a> {
    names: &'a Names,
    scope: Scope,
    /// Inside an aggregate: the name of its item and the item's kind.
    each: Option<(&'a str, EntityKind)>,
}

impl Compiler<'_> {
    fn node(&self, ast: &Ast) -> Result<Node, ExprError> {
        let span = ast.span.clone();
        let kind = match &ast.kind {
            AstKind::Num(n) => NodeKind::Num(*n),
            AstKind::Bool(b) => NodeKind::Bool(*b),
            AstKind::Path(segments) => self.path(segments)?,
            AstKind::Call(name, name_span, args) => self.call(name, name_span, args, &span)?,
            AstKind::Neg(inner) => NodeKind::Neg(Box::new(self.typed(inner, Type::Num)?)),
            AstKind::Not(inner) => NodeKind::Not(Box::new(self.typed(inner, Type::Bool)?)),
            AstKind::Binary(op, l, r) => self.binary(*op, l, r)?,
            AstKind::Aggregate(agg) => self.aggregate(agg, &span)?,
        };
        Ok(Node { kind, span })
    }

    fn typed(&self, ast: &Ast, want: Type) -> Result<Node, ExprError> {
        let node = self.node(ast)?;
        let got = node_type(&node);
        if got == want { Ok(node) } else { Err(type_error(self.names.lang, &node, want, got)) }
    }

    fn binary(&self, op: BinOp, l: &Ast, r: &Ast) -> Result<NodeKind, ExprError> {
        Ok(match op {
            BinOp::And => NodeKind::And(Box::new(self.typed(l, Type::Bool)?), Box::new(self.typed(r, Type::Bool)?)),
            BinOp::Or => NodeKind::Or(Box::new(self.typed(l, Type::Bool)?), Box::new(self.typed(r, Type::Bool)?)),
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Rem => {
                NodeKind::Arith(op, Box::new(self.typed(l, Type::Num)?), Box::new(self.typed(r, Type::Num)?))
            }
            BinOp::Eq | BinOp::Ne => {
                let left = self.node(l)?;
                let right = self.node(r)?;
                let (lt, rt) = (node_type(&left), node_type(&right));
                if lt != rt {
                    return Err(type_error(self.names.lang, &right, lt, rt));
                }
                let equal = op == BinOp::Eq;
                match lt {
                    Type::Num => NodeKind::Compare(op, Box::new(left), Box::new(right)),
                    Type::Bool => NodeKind::BoolEq(equal, Box::new(left), Box::new(right)),
                    Type::Entity(_) => match (&left.kind, &right.kind) {
                        (NodeKind::Entity(_, a), NodeKind::Entity(_, b)) => NodeKind::EntityEq(equal, *a, *b),
                        _ => return Err(type_error(self.names.lang, &left, Type::Num, lt)),
                    },
                }
            }
            BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
                NodeKind::Compare(op, Box::new(self.typed(l, Type::Num)?), Box::new(self.typed(r, Type::Num)?))
            }
        })
    }

    fn entity(&self, name: &str, span: &Range<usize>) -> Result<(EntityKind, Ent), ExprError> {
        if let Some((each, kind)) = self.each {
            if name == each {
                return Ok((kind, Ent::Each));
            }
        }
        match name {
            "self" => match self.scope.self_kind {
                Some(kind) => Ok((kind, Ent::SelfRef)),
                None => Err(ExprError::new("unknown-name", span.clone(), self.t("diag-expr-no-self"))
                    .with_help(self.t("diag-expr-no-self-help"))),
            },
            "target" => match self.scope.target_kind {
                Some(kind) => Ok((kind, Ent::Target)),
                None => Err(ExprError::new("unknown-name", span.clone(), self.t("diag-expr-no-target"))
                    .with_help(self.t("diag-expr-no-target-help"))),
            },
            _ => match self.names.entities.get(name) {
                // The loader's limits keep indices far below `u32::MAX`, which names nothing.
                Some(&(kind, index)) => Ok((kind, Ent::Fixed(u32::try_from(index).unwrap_or(u32::MAX)))),
                None => {
                    let mut candidates: Vec<&str> = self.names.entity_ids().collect();
                    candidates.extend(KEYWORDS);
                    let lang = self.names.lang;
                    let err =
                        ExprError::new("unknown-name", span.clone(), tr!(lang, "diag-expr-unknown-name", name = name));
                    Err(match closest(name, candidates) {
                        Some(best) => err.with_help(tr!(lang, "diag-did-you-mean", name = best)),
                        None => err.with_help(tr!(lang, "diag-expr-unknown-name-help")),
                    })
                }
            },
        }
    }

    fn path(&self, segments: &[(String, Range<usize>)]) -> Result<NodeKind, ExprError> {
        let Some((first, first_span)) = segments.first() else {
            return Err(ExprError::new("expr-syntax", 0..0, self.t("diag-expr-empty-name")));
        };
        match (first.as_str(), segments.len()) {
            ("turn", 1) => return Ok(NodeKind::Turn),
            ("turns", 1) => return Ok(NodeKind::Num(self.names.turns)),
            ("flag", 1) => {
                return Err(ExprError::new("expr-syntax", first_span.clone(), self.t("diag-expr-flag-id"))
                    .with_help(self.t("diag-expr-flag-id-help")));
            }
            ("flag", 2) => {
                let (name, span) = &segments[1];
                return match self.names.flag(name) {
                    Some(i) => Ok(NodeKind::Flag(i)),
                    None => Err(unknown_in(
                        self.names.lang,
                        span,
                        tr!(self.names.lang, "diag-expr-unknown-flag", flag = name.as_str()),
                        name,
                        self.names.flags.iter().map(String::as_str),
                    )),
                };
            }
            _ => {}
        }
        let (kind, ent) = self.entity(first, first_span)?;
        match segments {
            [_] => Ok(NodeKind::Entity(kind, ent)),
            [_, (field, span)] => self.field(kind, ent, field, span),
            [_, _, (_, extra), ..] => {
                Err(ExprError::new("expr-syntax", extra.clone(), self.t("diag-expr-too-many-dots"))
                    .with_help(self.t("diag-expr-too-many-dots-help")))
            }
            [] => Err(ExprError::new("expr-syntax", 0..0, self.t("diag-expr-empty-name"))),
        }
    }

    fn field(&self, kind: EntityKind, ent: Ent, field: &str, span: &Range<usize>) -> Result<NodeKind, ExprError> {
        match kind {
            EntityKind::Faction => match Names::index_of(&self.names.faction_vars, field) {
                Some(v) => Ok(NodeKind::FactionVar(ent, v)),
                None => Err(unknown_in(
                    self.names.lang,
                    span,
                    tr!(self.names.lang, "diag-unknown-variable", kind = self.kind("faction"), variable = field),
                    field,
                    self.names.faction_vars.iter().map(String::as_str),
                )),
            },
            EntityKind::Region => match Names::index_of(&self.names.region_vars, field) {
                Some(v) => Ok(NodeKind::RegionVar(ent, v)),
                None => Err(unknown_in(
                    self.names.lang,
                    span,
                    tr!(self.names.lang, "diag-unknown-variable", kind = self.kind("region"), variable = field),
                    field,
                    self.names.region_vars.iter().map(String::as_str),
                )),
            },
            EntityKind::Route => match RouteField::parse(field) {
                Some(Some(f)) => Ok(NodeKind::RouteNum(ent, f)),
                Some(None) => Ok(NodeKind::RouteOpen(ent)),
                None => Err(unknown_in(
                    self.names.lang,
                    span,
                    tr!(self.names.lang, "diag-expr-unknown-route-property", property = field),
                    field,
                    RouteField::NAMES,
                )),
            },
        }
    }

    fn call(
        &self,
        name: &str,
        name_span: &Range<usize>,
        args: &[Ast],
        span: &Range<usize>,
    ) -> Result<NodeKind, ExprError> {
        let arity = |n: usize| -> Result<(), ExprError> {
            if args.len() == n {
                Ok(())
            } else {
                Err(ExprError::new(
                    "expr-syntax",
                    span.clone(),
                    tr!(self.names.lang, "diag-expr-arity", function = name, count = n, found = args.len().to_string()),
                ))
            }
        };
        let num = |i: usize| self.typed(&args[i], Type::Num).map(Box::new);
        Ok(match name {
            "min" | "max" => {
                if args.len() < 2 {
                    return Err(ExprError::new(
                        "expr-syntax",
                        span.clone(),
                        tr!(self.names.lang, "diag-expr-at-least-two", function = name, found = args.len().to_string()),
                    ));
                }
                let nodes = args.iter().map(|a| self.typed(a, Type::Num)).collect::<Result<Vec<_>, _>>()?;
                if name == "min" { NodeKind::Min(nodes) } else { NodeKind::Max(nodes) }
            }
            "sum" | "count" | "mean" => {
                let lang = self.names.lang;
                let example = if name == "count" {
                    "count(r in regions where controls(self, r))".to_string()
                } else {
                    format!("{name}(r in regions where controls(self, r): r.unrest)")
                };
                return Err(ExprError::new(
                    "expr-syntax",
                    span.clone(),
                    tr!(lang, "diag-expr-over-a-set", function = name),
                )
                .with_help(tr!(lang, "diag-expr-write-example", example = example)));
            }
            "clamp" => {
                arity(3)?;
                NodeKind::Clamp(num(0)?, num(1)?, num(2)?)
            }
            "abs" => {
                arity(1)?;
                NodeKind::Abs(num(0)?)
            }
            "if" => {
                arity(3)?;
                let cond = self.typed(&args[0], Type::Bool)?;
                let then = self.node(&args[1])?;
                let then_ty = node_type(&then);
                if matches!(then_ty, Type::Entity(_)) {
                    return Err(type_error(self.names.lang, &then, Type::Num, then_ty));
                }
                let other = self.typed(&args[2], then_ty)?;
                NodeKind::If(Box::new(cond), Box::new(then), Box::new(other))
            }
            "relation" => {
                arity(2)?;
                let (a, b) =
                    (self.entity_arg(&args[0], EntityKind::Faction)?, self.entity_arg(&args[1], EntityKind::Faction)?);
                if matches!((a, b), (Ent::Fixed(x), Ent::Fixed(y)) if x == y)
                    || matches!((a, b), (Ent::SelfRef, Ent::SelfRef) | (Ent::Target, Ent::Target))
                {
                    return Err(ExprError::new("self-relation", span.clone(), self.t("diag-expr-self-relation"))
                        .with_help(self.t("diag-expr-self-relation-help")));
                }
                NodeKind::Relation(a, b)
            }
            "active" => self.active(args, span)?,
            "controls" => {
                arity(2)?;
                NodeKind::Controls(
                    self.entity_arg(&args[0], EntityKind::Faction)?,
                    self.entity_arg(&args[1], EntityKind::Region)?,
                )
            }
            _ => {
                let message = tr!(self.names.lang, "diag-expr-unknown-function", function = name);
                return Err(unknown_in(self.names.lang, name_span, message, name, FUNCTIONS));
            }
        })
    }

    /// `active(action)` or `active(action, target)`: the action by its id,
    /// lasting, and the target of its kind.
    fn active(&self, args: &[Ast], span: &Range<usize>) -> Result<NodeKind, ExprError> {
        let (first, target) = match args {
            [first] => (first, None),
            [first, target] => (first, Some(target)),
            _ => {
                return Err(ExprError::new(
                    "expr-syntax",
                    span.clone(),
                    tr!(self.names.lang, "diag-expr-active-arity", found = args.len().to_string()),
                )
                .with_help(self.t("diag-expr-active-arity-help")));
            }
        };
        let AstKind::Path(segments) = &first.kind else {
            return Err(ExprError::new("expr-type", first.span.clone(), self.t("diag-expr-action-id"))
                .with_help(self.t("diag-expr-action-id-help")));
        };
        let [(id, id_span)] = segments.as_slice() else {
            return Err(ExprError::new("expr-type", first.span.clone(), self.t("diag-expr-action-id"))
                .with_help(self.t("diag-expr-action-id-dot-help")));
        };
        let actions = &self.names.actions;
        let Some(index) = actions.iter().position(|(a, _, _)| a == id) else {
            return Err(unknown_in(
                self.names.lang,
                id_span,
                tr!(self.names.lang, "diag-expr-unknown-action", action = id.as_str()),
                id,
                actions.iter().map(|(a, _, _)| a.as_str()),
            ));
        };
        let (_, kind, lasts) = &actions[index];
        if !lasts {
            let message = tr!(self.names.lang, "diag-expr-active-no-duration", action = id.as_str());
            return Err(ExprError::new("expr-type", id_span.clone(), message)
                .with_help(self.t("diag-expr-active-no-duration-help")));
        }
        let target = match (target, kind) {
            (None, _) => None,
            (Some(t), Some(kind)) => Some(self.entity_arg(t, *kind)?),
            (Some(t), None) => {
                let lang = self.names.lang;
                return Err(ExprError::new(
                    "expr-syntax",
                    t.span.clone(),
                    tr!(lang, "diag-expr-active-no-target", action = id.as_str()),
                )
                .with_help(tr!(lang, "diag-expr-write", example = format!("active({id})"))));
            }
        };
        Ok(NodeKind::Active(index, target))
    }

    /// `func(var in set where filter: value)`: the set known, the item's
    /// name free, one level deep, and the parts typed.
    fn aggregate(&self, agg: &Aggregate, span: &Range<usize>) -> Result<NodeKind, ExprError> {
        let name = agg.func.name();
        if self.each.is_some() {
            return Err(ExprError::new(
                "expr-syntax",
                span.clone(),
                tr!(self.names.lang, "diag-expr-nested", function = name),
            )
            .with_help(self.t("diag-expr-nested-help")));
        }
        let (set, set_span) = &agg.set;
        let Some(&(_, kind)) = SETS.iter().find(|(s, _)| s == set) else {
            let lang = self.names.lang;
            return Err(unknown_in(
                lang,
                set_span,
                tr!(lang, "diag-expr-bad-set", function = name, set = set.as_str()),
                set,
                SETS.iter().map(|(s, _)| *s),
            )
            .with_help(match closest(set, SETS.iter().map(|(s, _)| *s)) {
                Some(best) => tr!(lang, "diag-expr-bad-set-suggestion", name = best),
                None => tr!(lang, "diag-expr-bad-set-help"),
            }));
        };
        let (var, var_span) = &agg.var;
        let lang = self.names.lang;
        let taken = if KEYWORDS.contains(&var.as_str()) || RESERVED.contains(&var.as_str()) {
            Some(tr!(lang, "diag-expr-item-keyword", name = var.as_str(), function = name))
        } else {
            self.names.entities.get(var).map(|(k, _)| {
                tr!(lang, "diag-expr-item-taken", name = var.as_str(), kind = self.kind(k.noun()), function = name)
            })
        };
        if let Some(message) = taken {
            let short = &set[..1];
            let rest = if agg.func == AggFunc::Count { " where …" } else { ": …" };
            return Err(ExprError::new("expr-syntax", var_span.clone(), message).with_help(tr!(
                lang,
                "diag-expr-item-rename-help",
                example = format!("{name}({short} in {set}{rest})")
            )));
        }
        let inner = Compiler { names: self.names, scope: self.scope, each: Some((var, kind)) };
        let filter = agg.filter.as_ref().map(|f| inner.typed(f, Type::Bool)).transpose()?;
        let value = match (agg.func, &agg.value) {
            (AggFunc::Count, Some(v)) => {
                return Err(ExprError::new("expr-syntax", v.span.clone(), self.t("diag-expr-count-value"))
                    .with_help(tr!(lang, "diag-expr-count-value-help", example = format!("sum({var} in {set}: …)"))));
            }
            (AggFunc::Count, None) => None,
            (_, Some(v)) => Some(inner.typed(v, Type::Num)?),
            (_, None) => {
                return Err(ExprError::new(
                    "expr-syntax",
                    span.clone(),
                    tr!(lang, "diag-expr-needs-value", function = name),
                )
                .with_help(tr!(
                    lang,
                    "diag-expr-needs-value-help",
                    example = format!("{name}({var} in {set}: {var}.…)")
                )));
            }
        };
        let count = self.names.count(kind);
        Ok(NodeKind::Aggregate(Box::new(AggNode { func: agg.func, kind, count, filter, value })))
    }

    /// Message `key` in the language of the problems.
    fn t(&self, key: &str) -> String {
        tr!(self.names.lang, key)
    }

    /// The noun of a kind of entity in the language of the problems.
    fn kind(&self, kind: &str) -> String {
        crate::i18n::tr(self.names.lang, &format!("diag-kind-{kind}"), &[])
    }

    fn entity_arg(&self, ast: &Ast, kind: EntityKind) -> Result<Ent, ExprError> {
        let node = self.node(ast)?;
        match node.kind {
            NodeKind::Entity(k, e) if k == kind => Ok(e),
            _ => Err(type_error(self.names.lang, &node, Type::Entity(kind), node_type(&node))),
        }
    }
}

/// An unknown name, with a "did you mean" in `lang` when a candidate is close.
fn unknown_in<'a>(
    lang: Lang,
    span: &Range<usize>,
    message: String,
    wrong: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> ExprError {
    let err = ExprError::new("unknown-name", span.clone(), message);
    match closest(wrong, candidates) {
        Some(best) => err.with_help(tr!(lang, "diag-did-you-mean", name = best)),
        None => err,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn names() -> Names {
        let mut n = Names { turns: 12, ..Names::default() };
        n.entities.insert("mali".into(), (EntityKind::Faction, 0));
        n.entities.insert("algeria".into(), (EntityKind::Faction, 1));
        n.entities.insert("gao".into(), (EntityKind::Region, 0));
        n.entities.insert("n1".into(), (EntityKind::Route, 0));
        n.faction_vars = vec!["treasury".into(), "stability".into()];
        n.region_vars = vec!["fuel_stock".into()];
        n.flags = vec!["airspace_open".into()];
        n.actions = vec![("escort".into(), Some(EntityKind::Route), true), ("sign".into(), None, false)];
        n
    }

    /// A world with several of each kind: three factions, three regions,
    /// two routes, two flags and two lasting actions.
    pub(crate) fn wide_names() -> Names {
        let mut n = Names { turns: 12, ..Names::default() };
        for (i, id) in ["mali", "algeria", "niger"].into_iter().enumerate() {
            n.entities.insert(id.into(), (EntityKind::Faction, i));
        }
        for (i, id) in ["gao", "kidal", "menaka"].into_iter().enumerate() {
            n.entities.insert(id.into(), (EntityKind::Region, i));
        }
        for (i, id) in ["n1", "n2"].into_iter().enumerate() {
            n.entities.insert(id.into(), (EntityKind::Route, i));
        }
        n.faction_vars = vec!["treasury".into(), "stability".into()];
        n.region_vars = vec!["fuel_stock".into(), "need".into()];
        n.flags = vec!["airspace_open".into(), "blockade".into()];
        n.actions = vec![("escort".into(), Some(EntityKind::Route), true), ("summit".into(), None, true)];
        n
    }

    const ACTION: Scope = Scope { self_kind: Some(EntityKind::Faction), target_kind: Some(EntityKind::Faction) };

    #[test]
    fn resolves_names_to_indices() {
        let c =
            compile_expr("gao.fuel_stock < 10 and flag.airspace_open", &names(), Scope::default(), Some(Type::Bool))
                .unwrap();
        assert_eq!(c.ty, Type::Bool);
        let e = compile_effect("relation(self, target) += 5", &names(), ACTION).unwrap();
        assert_eq!(e.place, Place::Relation(Ent::SelfRef, Ent::Target));
    }

    #[test]
    fn unknown_names_suggest_the_closest() {
        let e = compile_expr("gao2.fuel_stock > 1", &names(), Scope::default(), None).unwrap_err();
        assert_eq!(e.code, "unknown-name");
        assert_eq!(e.span, 0..4);
        assert_eq!(e.help.as_deref(), Some("did you mean `gao`?"));
        let e = compile_expr("self.treasure > 1", &names(), ACTION, None).unwrap_err();
        assert_eq!(e.help.as_deref(), Some("did you mean `treasury`?"));
        let e = compile_expr("flag.airspace > 1", &names(), ACTION, None).unwrap_err();
        assert_eq!(e.help.as_deref(), Some("did you mean `airspace_open`?"));
    }

    #[test]
    fn types_are_checked() {
        let e = compile_expr("self.treasury + 1", &names(), ACTION, Some(Type::Bool)).unwrap_err();
        assert_eq!(e.code, "expr-type");
        assert_eq!(e.message, "expected a condition (true/false), found a number");
        let e = compile_expr("flag.airspace_open + 1", &names(), ACTION, None).unwrap_err();
        assert_eq!(e.span, 0..18);
        assert!(compile_expr("target == algeria", &names(), ACTION, Some(Type::Bool)).is_ok());
        assert!(compile_expr("target == gao", &names(), ACTION, Some(Type::Bool)).is_err());
        let e = compile_effect("flag.airspace_open += 1", &names(), ACTION).unwrap_err();
        assert_eq!(e.code, "expr-type");
        let e = compile_effect("n1.flow = 3", &names(), ACTION).unwrap_err();
        assert!(e.message.contains("flow"));
    }

    #[test]
    fn aggregates_bind_their_item_and_check_their_parts() {
        let c =
            compile_expr("sum(r in regions where controls(self, r): r.fuel_stock)", &names(), ACTION, None).unwrap();
        let NodeKind::Aggregate(agg) = &c.root.kind else { panic!("{:?}", c.root) };
        assert_eq!((agg.kind, agg.count, c.ty), (EntityKind::Region, 1, Type::Num));
        assert!(compile_expr("count(f in factions where f != self) > 0", &names(), ACTION, Some(Type::Bool)).is_ok());
        let err = |text: &str| compile_expr(text, &names(), ACTION, None).unwrap_err();
        let e = err("sum(r in regiosn: r.fuel_stock)");
        assert_eq!((e.span.clone(), e.message.as_str()), (9..16, "`sum` cannot go over `regiosn`"));
        assert_eq!(e.help.as_deref(), Some("did you mean `regions`? A set is `factions`, `regions` or `routes`"));
        let e = err("sum(gao in regions: gao.fuel_stock)");
        assert_eq!(e.message, "`gao` is already the id of a region: it cannot name the items of `sum`");
        assert_eq!(e.span, 4..7);
        assert!(err("max(self in factions: self.treasury)").message.contains("word of the expression language"));
        assert!(err("count(r in regions: r.fuel_stock)").message.contains("takes no value"));
        assert!(err("mean(r in regions where r.fuel_stock > 1)").message.contains("needs the value"));
        assert!(err("sum(r in regions: r.treasury)").message.contains("unknown region variable"));
        assert!(err("sum(r in regions: count(f in factions))").message.contains("inside another"));
        assert!(err("sum(r in regions where r.fuel_stock: 1)").message.contains("expected a condition"));
        assert!(err("sum(1, 2)").help.unwrap().contains("sum(r in regions"));
        // The item's name means nothing outside.
        assert!(err("sum(r in regions: r.fuel_stock) + r.fuel_stock").message.contains("unknown name `r`"));
    }

    #[test]
    fn active_names_a_lasting_action_and_its_target() {
        let c = compile_expr("active(escort) and not active(escort, n1)", &names(), ACTION, None).unwrap();
        assert_eq!(c.ty, Type::Bool);
        let err = |text: &str| compile_expr(text, &names(), ACTION, None).unwrap_err();
        assert_eq!(err("active(escrot)").help.as_deref(), Some("did you mean `escort`?"));
        assert!(err("active(sign)").message.contains("no duration"));
        assert_eq!(err("active(escort, gao)").message, "expected a route, found a region");
        assert!(err("active()").message.contains("found 0 arguments"));
        assert!(err("active(escort.x)").message.contains("id of an action"));
    }

    #[test]
    fn self_and_target_need_a_context() {
        let e = compile_expr("target.treasury > 0", &names(), Scope::default(), None).unwrap_err();
        assert!(e.message.contains("`target`"));
    }
}
