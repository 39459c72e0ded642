//! What the values of a scenario mean beyond their [shape](super::shape):
//! which strings are expressions, which name an id and of what kind, and
//! what `self` and `target` are where an expression is written. This is the
//! one table of it; a test checks that each of its fields is a field of the
//! format.

use crate::scenario::expr::{EntityKind, Scope};
use crate::scenario::format;

use super::shape::{self, Shape, Struct};

/// The kinds of thing a scenario gives an id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Faction,
    Region,
    Route,
    FactionVar,
    RegionVar,
    Flag,
    Action,
    Event,
    Rule,
    Variant,
    Objective,
    Option,
}

impl Kind {
    /// What a modder calls it, capitalised, as a hover's title.
    pub fn title(self) -> &'static str {
        match self {
            Kind::Faction => "Faction",
            Kind::Region => "Region",
            Kind::Route => "Route",
            Kind::FactionVar => "Faction variable",
            Kind::RegionVar => "Region variable",
            Kind::Flag => "Flag",
            Kind::Action => "Action",
            Kind::Event => "Event",
            Kind::Rule => "Rule",
            Kind::Variant => "Variant",
            Kind::Objective => "Objective",
            Kind::Option => "Choice option",
        }
    }

    /// The kind of an entity an expression names.
    pub fn of_entity(kind: EntityKind) -> Kind {
        match kind {
            EntityKind::Faction => Kind::Faction,
            EntityKind::Region => Kind::Region,
            EntityKind::Route => Kind::Route,
        }
    }

    /// The kind of the variables an entity of this kind has, if any.
    pub fn variables(self) -> Option<Kind> {
        match self {
            Kind::Faction => Some(Kind::FactionVar),
            Kind::Region => Some(Kind::RegionVar),
            _ => None,
        }
    }
}

/// What an id written in a field refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ref {
    /// An id of one kind.
    One(Kind),
    /// `"entity.variable"`: a faction or region, and one of its variables.
    EntityVar,
    /// `"faction.objective"`: a faction, and one of its objectives.
    FactionObjective,
}

/// What a string of the file means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meaning {
    /// An expression or an effect.
    Expr,
    /// A reference to an id.
    Ref(Ref),
    /// Text, or an id that names nothing else.
    Text,
}

/// What the strings of one field mean: its values, or for a map its keys
/// and its values.
struct Role {
    owner: &'static str,
    field: &'static str,
    key: Option<Ref>,
    value: Meaning,
    /// Whether its items may be `(condition, reason)` pairs, whose second half is text.
    reasons: bool,
}

const fn value(owner: &'static str, field: &'static str, value: Meaning) -> Role {
    Role { owner, field, key: None, value, reasons: false }
}

const fn keys(owner: &'static str, field: &'static str, key: Ref, value: Meaning) -> Role {
    Role { owner, field, key: Some(key), value, reasons: false }
}

const EXPR: Meaning = Meaning::Expr;
const TEXT: Meaning = Meaning::Text;

const fn id(kind: Kind) -> Ref {
    Ref::One(kind)
}

/// Every field whose strings are more than text, by the struct's name in the format.
const ROLES: &[Role] = &[
    value("Scenario", "end_when", EXPR),
    keys("Faction", "values", id(Kind::FactionVar), TEXT),
    keys("Faction", "income", id(Kind::FactionVar), EXPR),
    value("Objective", "score", EXPR),
    value("SharedOutcome", "score", EXPR),
    value("Region", "controller", Meaning::Ref(id(Kind::Faction))),
    keys("Region", "values", id(Kind::RegionVar), TEXT),
    value("Route", "from", Meaning::Ref(id(Kind::Region))),
    value("Route", "to", Meaning::Ref(id(Kind::Region))),
    value("Route", "carries", Meaning::Ref(id(Kind::RegionVar))),
    value("Relation", "between", Meaning::Ref(id(Kind::Faction))),
    value("Action", "factions", Meaning::Ref(id(Kind::Faction))),
    keys("Action", "cost", id(Kind::FactionVar), TEXT),
    Role { owner: "Action", field: "requires", key: None, value: EXPR, reasons: true },
    value("Action", "chance", EXPR),
    value("Action", "on_success", EXPR),
    value("Action", "on_failure", EXPR),
    value("Action", "ongoing", EXPR),
    value("Action", "on_end", EXPR),
    value("Action", "hold", EXPR),
    value("Action", "visibility", EXPR),
    value("Action", "on_decline", EXPR),
    value("Action", "on_detected", EXPR),
    value("Event", "when", EXPR),
    value("Event", "chance", EXPR),
    value("Event", "effects", EXPR),
    value("Choice", "faction", Meaning::Ref(id(Kind::Faction))),
    value("Option", "effects", EXPR),
    value("Rule", "when", EXPR),
    value("Rule", "effects", EXPR),
    keys("Variant", "values", Ref::EntityVar, TEXT),
    keys("Variant", "objectives", Ref::FactionObjective, TEXT),
    keys("Variant", "events", id(Kind::Event), TEXT),
    keys("Variant", "outcomes", id(Kind::Faction), TEXT),
    value("ObjectiveChange", "score", EXPR),
    value("EventChange", "when", EXPR),
    value("EventChange", "chance", EXPR),
];

/// The lists of the file whose items have ids, with their kind and the field
/// that names them for players.
pub const LISTS: &[(&str, Kind, &str)] = &[
    ("variables.faction", Kind::FactionVar, "name"),
    ("variables.region", Kind::RegionVar, "name"),
    ("factions", Kind::Faction, "name"),
    ("regions", Kind::Region, "name"),
    ("routes", Kind::Route, "name"),
    ("flags", Kind::Flag, "name"),
    ("actions", Kind::Action, "name"),
    ("events", Kind::Event, "title"),
    ("rules", Kind::Rule, "description"),
    ("variants", Kind::Variant, "title"),
];

/// Lists inside the items of [`LISTS`]: (the outer list, the inner list under an item, its kind, its name field).
pub const INNER_LISTS: &[(&str, &str, Kind, &str)] =
    &[("factions", "objectives", Kind::Objective, "name"), ("events", "choice.options", Kind::Option, "label")];

/// The struct that holds a value, and the field it is in.
#[derive(Debug, Clone)]
pub struct Owner<'s> {
    /// The struct's shape.
    pub strukt: &'s Struct,
    /// Its path (`actions[2]`; `""` for the whole file).
    pub path: String,
    /// The field.
    pub field: &'static str,
}

/// Where a path of the [`SourceMap`](crate::scenario::locate::SourceMap) is in the format.
#[derive(Debug, Clone)]
pub struct Walk<'s> {
    /// The shape of the value at the path.
    pub shape: &'s Shape,
    /// The innermost struct field it is in (none for the whole file).
    pub owner: Option<Owner<'s>>,
    /// The key of the innermost map entry it is in, or is.
    pub key: Option<String>,
    /// Whether the path is a map's key.
    pub at_key: bool,
    /// The indices after the field (`[1][0]` in `requires[1][0]`).
    pub tail: String,
}

impl Walk<'_> {
    /// What a string at this place means.
    pub fn meaning(&self) -> Meaning {
        let Some(role) = self.owner.as_ref().and_then(|o| role(o.strukt.name, o.field)) else { return Meaning::Text };
        if self.at_key {
            return role.key.map_or(Meaning::Text, Meaning::Ref);
        }
        if role.reasons && self.tail.matches('[').count() == 2 && self.tail.ends_with("[1]") {
            return Meaning::Text;
        }
        role.value
    }
}

fn role(owner: &str, field: &str) -> Option<&'static Role> {
    ROLES.iter().find(|r| r.owner == owner && r.field == field)
}

/// Finds `path` in the format, from the whole file down.
pub fn walk(path: &str) -> Option<Walk<'static>> {
    let start = Walk { shape: shape::scenario(), owner: None, key: None, at_key: false, tail: String::new() };
    step(shape::scenario(), path, 0, start)
}

fn step<'s>(shape: &'s Shape, full: &str, at: usize, mut w: Walk<'s>) -> Option<Walk<'s>> {
    let shape = shape.plain();
    let rest = full.get(at..)?;
    if rest.is_empty() {
        w.shape = shape;
        return Some(w);
    }
    match shape {
        Shape::Struct(s) => {
            let skip = usize::from(rest.starts_with('.'));
            let len = rest[skip..].find(['.', '[', ':', '{']).unwrap_or(rest.len() - skip);
            let name = &rest[skip..skip + len];
            let (field, inner) = s.fields.iter().find(|(f, _)| *f == name)?;
            w.owner = Some(Owner { strukt: s, path: full[..at].to_string(), field });
            w.at_key = false;
            w.tail.clear();
            step(inner, full, at + skip + len, w)
        }
        Shape::List(_) | Shape::Tuple(_) | Shape::Choice(_) | Shape::Any => {
            let close = rest.strip_prefix('[').and_then(|r| r.find(']'))? + 1;
            let index: usize = rest[1..close].parse().ok()?;
            w.tail.push_str(&rest[..=close]);
            let inner = match shape {
                Shape::List(item) => item,
                Shape::Tuple(items) => items.get(index)?,
                Shape::Choice(c) => c.variants.iter().find_map(|(_, p)| p.as_ref())?,
                _ => shape,
            };
            step(inner, full, at + close + 1, w)
        }
        Shape::Map(key, value) => {
            if rest.starts_with('{') {
                w.at_key = true;
                w.shape = key;
                return Some(w);
            }
            let body = rest.strip_prefix('.')?;
            if let Some(k) = body.strip_suffix(":key") {
                w.key = Some(k.to_string());
                w.at_key = true;
                w.shape = key;
                return Some(w);
            }
            // A key may itself hold dots (`"kesh.calm"`): the shortest key
            // after which the rest of the path is a place in the value.
            for (j, _) in body.match_indices(['.', '[']) {
                let mut trial = w.clone();
                trial.key = Some(body[..j].to_string());
                if let Some(found) = step(value, full, at + 1 + j, trial) {
                    return Some(found);
                }
            }
            w.key = Some(body.to_string());
            w.shape = value.plain();
            Some(w)
        }
        _ => None,
    }
}

/// What `self` and `target` are in the expressions of the field of `owner`
/// (`key`: the map key they are under). `text_at` gives the source text of
/// the value at a path.
pub fn scope(owner: &Owner<'_>, key: Option<&str>, text_at: &dyn Fn(&str) -> Option<String>) -> Scope {
    let faction = Scope { self_kind: Some(EntityKind::Faction), target_kind: None };
    let field = |name: &str| text_at(&format!("{}.{name}", owner.path));
    match owner.strukt.name {
        "Faction" | "Objective" | "ObjectiveChange" | "Choice" | "Option" => faction,
        "Action" => {
            let target = field("target").and_then(|t| ron::from_str::<format::TargetKind>(&t).ok());
            let target_kind = match target.unwrap_or_default() {
                format::TargetKind::None => None,
                format::TargetKind::Faction => Some(EntityKind::Faction),
                format::TargetKind::Region => Some(EntityKind::Region),
                format::TargetKind::Route => Some(EntityKind::Route),
            };
            Scope { target_kind, ..faction }
        }
        "Event" if field("choice").is_some() => faction,
        "EventChange" => {
            let has_choice = (0..)
                .map_while(|i| text_at(&format!("events[{i}].id")).map(|id| (i, id)))
                .find(|(_, id)| key.is_some_and(|k| id.trim_matches('"') == k))
                .is_some_and(|(i, _)| text_at(&format!("events[{i}].choice")).is_some());
            if has_choice { faction } else { Scope::default() }
        }
        "Rule" => match field("each").and_then(|t| ron::from_str::<format::Scope>(&t).ok()).unwrap_or_default() {
            format::Scope::World => Scope::default(),
            format::Scope::Factions => faction,
            format::Scope::Regions => Scope { self_kind: Some(EntityKind::Region), target_kind: None },
            format::Scope::Routes => Scope { self_kind: Some(EntityKind::Route), target_kind: None },
            format::Scope::Pairs => Scope { target_kind: Some(EntityKind::Faction), ..faction },
        },
        _ => Scope::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every struct of the format, by name.
    fn structs() -> Vec<&'static Struct> {
        fn collect(shape: &'static Shape, out: &mut Vec<&'static Struct>) {
            match shape {
                Shape::Struct(s) => {
                    if !out.iter().any(|o| o.name == s.name) {
                        out.push(s);
                    }
                    s.fields.iter().for_each(|(_, f)| collect(f, out));
                }
                Shape::Optional(s) | Shape::List(s) => collect(s, out),
                Shape::Map(k, v) => {
                    collect(k, out);
                    collect(v, out);
                }
                Shape::Tuple(items) => items.iter().for_each(|s| collect(s, out)),
                _ => {}
            }
        }
        let mut out = Vec::new();
        collect(shape::scenario(), &mut out);
        out
    }

    #[test]
    fn every_role_names_a_field_of_the_format() {
        let structs = structs();
        for r in ROLES {
            let s = structs.iter().find(|s| s.name == r.owner).unwrap_or_else(|| panic!("no struct {}", r.owner));
            let shape = s.field(r.field).unwrap_or_else(|| panic!("no field {}.{}", r.owner, r.field));
            assert_eq!(r.key.is_some(), matches!(shape.plain(), Shape::Map(..)), "{}.{}", r.owner, r.field);
        }
        for (list, _, name) in LISTS {
            let w = walk(&format!("{list}[0].{name}")).unwrap_or_else(|| panic!("no list {list} with {name}"));
            assert_eq!(w.shape, &Shape::Text);
        }
        for (outer, inner, _, name) in INNER_LISTS {
            assert!(walk(&format!("{outer}[0].{inner}[0].{name}")).is_some(), "{outer}/{inner}");
        }
    }

    #[test]
    fn paths_of_the_source_map_find_their_place_and_meaning() {
        let meaning = |p: &str| walk(p).unwrap_or_else(|| panic!("no place for {p}")).meaning();
        assert_eq!(meaning("factions[0].objectives[1].score"), Meaning::Expr);
        assert_eq!(meaning("factions[2].income.treasury"), Meaning::Expr);
        assert_eq!(meaning("factions[2].income.treasury:key"), Meaning::Ref(Ref::One(Kind::FactionVar)));
        assert_eq!(meaning("regions[0].controller"), Meaning::Ref(Ref::One(Kind::Faction)));
        assert_eq!(meaning("relations[0].between[1]"), Meaning::Ref(Ref::One(Kind::Faction)));
        assert_eq!(meaning("actions[0].requires"), Meaning::Expr);
        assert_eq!(meaning("actions[0].requires[2]"), Meaning::Expr);
        assert_eq!(meaning("actions[0].requires[2][0]"), Meaning::Expr);
        assert_eq!(meaning("actions[0].requires[2][1]"), Meaning::Text);
        assert_eq!(meaning("actions[0].visibility[0]"), Meaning::Expr);
        assert_eq!(meaning("actions[0].news_success"), Meaning::Text);
        assert_eq!(meaning("events[1].choice.options[0].effects[3]"), Meaning::Expr);
        assert_eq!(meaning("end_when[0]"), Meaning::Expr);
        assert_eq!(meaning("variants[0].objectives.kesh.calm:key"), Meaning::Ref(Ref::FactionObjective));
        let w = walk("variants[0].objectives.kesh.calm.score").unwrap();
        assert_eq!((w.key.as_deref(), w.meaning()), (Some("kesh.calm"), Meaning::Expr));
        assert_eq!(walk("variants[0].values.kesh.treasury").unwrap().key.as_deref(), Some("kesh.treasury"));
        assert!(matches!(walk("factions[0]").unwrap().shape, Shape::Struct(s) if s.name == "Faction"));
        assert!(matches!(walk("").unwrap().shape, Shape::Struct(s) if s.name == "Scenario"));
        assert!(walk("factions[0].colour.x").is_none());
        assert!(walk("nonsense").is_none());
    }

    #[test]
    fn scopes_follow_the_action_target_rule_each_and_event_choice() {
        let texts = |pairs: &'static [(&'static str, &'static str)]| {
            move |p: &str| pairs.iter().find(|(k, _)| *k == p).map(|(_, v)| v.to_string())
        };
        let at = |path: &str| walk(path).unwrap().owner.unwrap();
        let s = scope(&at("actions[0].chance"), None, &texts(&[("actions[0].target", "Region")]));
        assert_eq!((s.self_kind, s.target_kind), (Some(EntityKind::Faction), Some(EntityKind::Region)));
        let s = scope(&at("rules[1].effects[0]"), None, &texts(&[("rules[1].each", "Pairs")]));
        assert_eq!((s.self_kind, s.target_kind), (Some(EntityKind::Faction), Some(EntityKind::Faction)));
        let s = scope(&at("rules[1].effects[0]"), None, &texts(&[]));
        assert_eq!(s, Scope::default());
        let s = scope(&at("events[0].when"), None, &texts(&[("events[0].choice", "(faction: \"x\")")]));
        assert_eq!(s.self_kind, Some(EntityKind::Faction));
        let w = walk("variants[0].events.storm.when").unwrap();
        let pairs = &[("events[0].id", "\"dust\""), ("events[1].id", "\"storm\""), ("events[1].choice", "(…)")];
        let s = scope(w.owner.as_ref().unwrap(), w.key.as_deref(), &texts(pairs));
        assert_eq!(s.self_kind, Some(EntityKind::Faction));
    }
}
