//! Completion: field names with their types where a field goes, the
//! values of a choice, ids in reference fields, and ids, variables, flags,
//! functions and words of the language inside expressions.

use std::collections::HashSet;
use std::ops::Range;

use lsp_types::{CompletionItem, CompletionItemKind, Documentation, InsertTextFormat, MarkupContent, MarkupKind};

use super::analysis::{Analysis, Definition, Index};
use super::context::{self, Cursor};
use super::expression::{self, Place};
use super::reference;
use super::schema::{self, Kind, Meaning, Ref, Walk};
use super::shape::Shape;
use crate::scenario::expr::compile::{FUNCTIONS, KEYWORDS, RouteField, SETS};
use crate::scenario::expr::{EntityKind, Scope};

/// What to complete, and with what.
pub struct Request<'a> {
    /// The document's text, read.
    pub analysis: &'a Analysis,
    /// The ids of the last version of the document that loaded, for while
    /// the text is too broken to read them all.
    pub known: Option<&'a Index>,
    /// Where the cursor is, in bytes of the normalised text.
    pub offset: usize,
    /// Whether the editor takes snippets (`min($0)`).
    pub snippets: bool,
}

/// Completions, and the text they replace.
#[derive(Debug, Default)]
pub struct Completion {
    /// The bytes of the normalised text each item replaces.
    pub replace: Range<usize>,
    /// The items, each with its `insert_text`.
    pub items: Vec<CompletionItem>,
}

/// The completions at the cursor.
pub fn complete(req: &Request<'_>) -> Completion {
    let a = req.analysis;
    match context::at(a, req.offset) {
        Cursor::InString { path, content } => in_string(req, &path, content),
        Cursor::FieldName { owner, word } => {
            Completion { items: fields(a, &owner, &a.source[word.clone()]), replace: word }
        }
        Cursor::Value { path, word } => Completion { items: values(req, &path), replace: word },
        Cursor::Elsewhere => Completion::default(),
    }
}

fn in_string(req: &Request<'_>, path: &str, content: Range<usize>) -> Completion {
    let a = req.analysis;
    let Some(walk) = schema::walk(path) else { return Completion::default() };
    let at = req.offset.clamp(content.start, content.end);
    let text = &a.source[content.clone()];
    let local = at - content.start;
    let (word, items) = match walk.meaning() {
        Meaning::Expr => {
            let scope = scope_of(a, &walk);
            let place = expression::place(text, local);
            let items = expression_items(req, &place, scope);
            (place.word, items)
        }
        Meaning::Ref(r) => {
            let word = context::word_at(text, local);
            let before = &text[..word.start];
            (word, reference_items(req, r, before))
        }
        Meaning::Text => return Completion::default(),
    };
    Completion { replace: content.start + word.start..content.start + word.end, items }
}

/// What `self` and `target` are at a place.
pub fn scope_of(a: &Analysis, walk: &Walk<'_>) -> Scope {
    walk.owner
        .as_ref()
        .map(|owner| schema::scope(owner, walk.key.as_deref(), &|p| a.text_at(p).map(str::to_string)))
        .unwrap_or_default()
}

/// The definitions of `kind` in the text, then those only the last loaded version had.
fn ids<'a>(req: &Request<'a>, kind: Kind) -> Vec<&'a Definition> {
    let mut seen = HashSet::new();
    let known = req.known.into_iter().flat_map(|k| k.of_kind(kind));
    req.analysis.index.of_kind(kind).chain(known).filter(|d| seen.insert(d.id.as_str())).collect()
}

fn markdown(value: String) -> Documentation {
    Documentation::MarkupContent(MarkupContent { kind: MarkupKind::Markdown, value })
}

fn item(label: &str, kind: CompletionItemKind) -> CompletionItem {
    CompletionItem {
        label: label.to_string(),
        kind: Some(kind),
        insert_text: Some(label.to_string()),
        ..Default::default()
    }
}

/// The completion kind for an id of `kind`.
pub fn completion_kind(kind: Kind) -> CompletionItemKind {
    match kind {
        Kind::Faction => CompletionItemKind::CLASS,
        Kind::Region => CompletionItemKind::STRUCT,
        Kind::Route => CompletionItemKind::INTERFACE,
        Kind::FactionVar | Kind::RegionVar => CompletionItemKind::FIELD,
        Kind::Flag => CompletionItemKind::VARIABLE,
        Kind::Action | Kind::Rule => CompletionItemKind::METHOD,
        Kind::Event => CompletionItemKind::EVENT,
        Kind::Variant => CompletionItemKind::MODULE,
        Kind::Objective | Kind::Option => CompletionItemKind::PROPERTY,
    }
}

/// An item for a definition, inserted as `insert`.
fn definition(d: &Definition, insert: String) -> CompletionItem {
    let title = d.kind.title();
    CompletionItem {
        detail: Some(match &d.label {
            Some(label) => format!("{title}: {label}"),
            None => title.to_string(),
        }),
        documentation: d.description.clone().map(markdown),
        insert_text: Some(insert),
        ..item(&d.id, completion_kind(d.kind))
    }
}

fn definitions(defs: Vec<&Definition>) -> Vec<CompletionItem> {
    defs.into_iter().map(|d| definition(d, d.id.clone())).collect()
}

/// Ids for a reference field, as the content of its string (`before`: its text before the word).
fn reference_items(req: &Request<'_>, r: Ref, before: &str) -> Vec<CompletionItem> {
    let entity = before.strip_suffix('.').filter(|e| !e.contains('.'));
    match (r, entity) {
        (Ref::One(kind), None) => definitions(ids(req, kind)),
        (Ref::EntityVar, None) => definitions([ids(req, Kind::Faction), ids(req, Kind::Region)].concat()),
        (Ref::EntityVar, Some(e)) => {
            let kind = [req.analysis.index.entity(e), req.known.and_then(|k| k.entity(e))].into_iter().flatten().next();
            kind.and_then(|d| d.kind.variables()).map(|v| definitions(ids(req, v))).unwrap_or_default()
        }
        (Ref::FactionObjective, None) => definitions(ids(req, Kind::Faction)),
        (Ref::FactionObjective, Some(f)) => {
            let mut out: Vec<&Definition> = Vec::new();
            for index in std::iter::once(&req.analysis.index).chain(req.known) {
                for d in index.of_kind(Kind::Objective) {
                    let owner = d.parent.and_then(|p| index.defs.get(p));
                    if owner.is_some_and(|o| o.id == f) && !out.iter().any(|o| o.id == d.id) {
                        out.push(d);
                    }
                }
            }
            definitions(out)
        }
        (Ref::One(_), Some(_)) => Vec::new(),
    }
}

/// Completions in an expression.
fn expression_items(req: &Request<'_>, place: &Place<'_>, scope: Scope) -> Vec<CompletionItem> {
    let a = req.analysis;
    let kind_of = |name: &str| {
        expression::kind_of(name, place, scope, &a.index)
            .or_else(|| req.known.and_then(|k| expression::kind_of(name, place, scope, k)))
    };
    if let Some(head) = place.head {
        if head == "flag" {
            return definitions(ids(req, Kind::Flag));
        }
        return match kind_of(head) {
            Some(EntityKind::Route) => RouteField::NAMES
                .iter()
                .map(|p| CompletionItem {
                    documentation: reference::route_property(p).map(markdown),
                    ..item(p, CompletionItemKind::PROPERTY)
                })
                .collect(),
            Some(kind) => Kind::of_entity(kind).variables().map(|v| definitions(ids(req, v))).unwrap_or_default(),
            None => Vec::new(),
        };
    }
    if place.after_in {
        return SETS.iter().map(|(set, _)| item(set, CompletionItemKind::KEYWORD)).collect();
    }
    // Inside `relation(…)` or `controls(…)` only an entity of the right kind goes.
    let wanted = match place.argument {
        Some(("relation", _) | ("controls", 0)) => Some(EntityKind::Faction),
        Some(("controls", 1)) => Some(EntityKind::Region),
        _ => None,
    };
    let fits = |kind: Option<EntityKind>| kind.is_some() && (wanted.is_none() || kind == wanted);
    let mut items = Vec::new();
    for k in KEYWORDS {
        let bound = match k {
            "self" => Some(scope.self_kind),
            "target" => Some(scope.target_kind),
            _ => None,
        };
        let show = match bound {
            Some(kind) => fits(kind),
            None => wanted.is_none(),
        };
        if show {
            items.push(CompletionItem {
                documentation: reference::name(k).map(markdown),
                ..item(k, CompletionItemKind::KEYWORD)
            });
        }
    }
    for i in &place.items {
        if fits(Some(i.kind)) && !items.iter().any(|x: &CompletionItem| x.label == i.name) {
            items.push(item(i.name, CompletionItemKind::VARIABLE));
        }
    }
    for kind in [EntityKind::Faction, EntityKind::Region, EntityKind::Route] {
        if fits(Some(kind)) {
            items.extend(definitions(ids(req, Kind::of_entity(kind))));
        }
    }
    if wanted.is_none() {
        items.extend(FUNCTIONS.iter().map(|f| function(f, req.snippets)));
    }
    items
}

fn function(name: &str, snippets: bool) -> CompletionItem {
    let (insert, format) =
        if snippets { (format!("{name}($0)"), Some(InsertTextFormat::SNIPPET)) } else { (name.to_string(), None) };
    CompletionItem {
        documentation: reference::function(name).map(markdown),
        insert_text: Some(insert),
        insert_text_format: format,
        ..item(name, CompletionItemKind::FUNCTION)
    }
}

/// The fields of the struct at `owner` not yet written (but the one being typed, `typed`).
fn fields(a: &Analysis, owner: &str, typed: &str) -> Vec<CompletionItem> {
    let Some(Shape::Struct(s)) = schema::walk(owner).map(|w| w.shape.plain()) else { return Vec::new() };
    s.fields
        .iter()
        .enumerate()
        .filter(|(_, (f, _))| *f == typed || a.map.get(&context::join(owner, f)).is_none())
        .map(|(i, (f, _))| {
            let doc = reference::field(s.name, f);
            let required = doc.as_ref().is_some_and(|d| d.required);
            CompletionItem {
                detail: doc.as_ref().and_then(|d| d.kind.clone()),
                documentation: doc.map(|d| markdown(d.markdown)),
                insert_text: Some(format!("{f}: ")),
                sort_text: Some(format!("{}{i:03}", if required { 0 } else { 1 })),
                ..item(f, CompletionItemKind::FIELD)
            }
        })
        .collect()
}

/// Values where one goes outside a string: a choice's names, `true` and
/// `false`, ids in quotes, or a map's keys.
fn values(req: &Request<'_>, path: &str) -> Vec<CompletionItem> {
    let Some(walk) = schema::walk(path) else { return Vec::new() };
    let quoted = |defs: Vec<&Definition>, after: &str| -> Vec<CompletionItem> {
        defs.into_iter().map(|d| definition(d, format!("\"{}\"{after}", d.id))).collect()
    };
    if walk.at_key {
        return match walk.meaning() {
            Meaning::Ref(Ref::One(kind)) => quoted(ids(req, kind), ": "),
            _ => Vec::new(),
        };
    }
    match walk.shape.plain() {
        Shape::Choice(c) => c
            .variants
            .iter()
            .map(|(name, payload)| {
                let (insert, format) = match (payload, req.snippets) {
                    (None, _) => (name.to_string(), None),
                    (Some(Shape::Text), true) => (format!("{name}(\"$0\")"), Some(InsertTextFormat::SNIPPET)),
                    (Some(_), true) => (format!("{name}($0)"), Some(InsertTextFormat::SNIPPET)),
                    (Some(_), false) => (format!("{name}("), None),
                };
                CompletionItem {
                    insert_text: Some(insert),
                    insert_text_format: format,
                    ..item(name, CompletionItemKind::ENUM_MEMBER)
                }
            })
            .collect(),
        Shape::Bool => ["true", "false"].iter().map(|b| item(b, CompletionItemKind::VALUE)).collect(),
        Shape::Text | Shape::Any => match walk.meaning() {
            Meaning::Ref(Ref::One(kind)) => quoted(ids(req, kind), ""),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// The characters after which editors ask for completion at once: a
/// variable after `.`, an id after `"`, an argument after `(`.
pub const TRIGGERS: [&str; 3] = [".", "\"", "("];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::TUTORIAL;

    /// The labels completed at the `|` of `text` (taken out), and the text each replaces.
    fn labels(text: &str) -> (Vec<String>, String) {
        let at = text.find('|').expect("a cursor");
        let a = Analysis::new(text.replacen('|', "", 1));
        let c = complete(&Request { analysis: &a, known: None, offset: at, snippets: false });
        (c.items.into_iter().map(|i| i.label).collect(), a.source[c.replace].to_string())
    }

    /// The tutorial with `from` replaced by `to` (the first time).
    fn tutorial(from: &str, to: &str) -> String {
        assert!(TUTORIAL.contains(from), "{from}");
        TUTORIAL.replacen(from, to, 1)
    }

    #[test]
    fn after_self_the_variables_of_the_faction_or_region_self_is() {
        let (l, replaced) = labels(&tutorial("\"10 + self.stability / 10\"", "\"10 + self.sta|\""));
        assert_eq!((l, replaced.as_str()), (vec!["treasury".to_string(), "stability".to_string()], "sta"));
        let (l, _) = labels(&tutorial("\"self.fuel_stock -= 20\"", "\"self.|\""));
        assert_eq!(l, ["fuel_stock", "fuel_price", "security", "need"]);
        let (l, _) = labels(&tutorial("\"target.risk -= target.risk / 2\"", "\"target.|\""));
        assert_eq!(l, RouteField::NAMES);
        let (l, _) = labels(&tutorial("\"kesh.stability -= 8\"", "\"kesh_north.|\""));
        assert!(l.contains(&"need".to_string()) && !l.contains(&"treasury".to_string()));
        let (l, _) = labels(&tutorial("\"not flag.ambassadors\"", "\"not flag.|\""));
        assert_eq!(l, ["ambassadors", "supply_deal"]);
    }

    #[test]
    fn names_functions_and_keywords_where_a_name_goes() {
        let (l, _) = labels(&tutorial("\"kesh.stability <= 0\"", "\"k|\""));
        for expected in ["kesh", "kesh_north", "salt_road", "min", "clamp", "controls", "turn", "flag"] {
            assert!(l.iter().any(|x| x == expected), "{expected} in {l:?}");
        }
        assert!(!l.iter().any(|x| x == "self"), "end_when has no `self`: {l:?}");
        for f in FUNCTIONS {
            assert!(l.iter().any(|x| x == f), "{f}");
        }
        let (l, _) = labels(&tutorial("\"60 + relation(self, target) / 2\"", "\"60 + relation(self, |\""));
        assert!(l.contains(&"oru".to_string()) && l.contains(&"target".to_string()));
        assert!(!l.contains(&"kesh_north".to_string()) && !l.contains(&"min".to_string()));
        let (l, _) = labels(&tutorial("\"self.stability -= 5\"", "\"count(r in |\""));
        assert_eq!(l, ["factions", "regions", "routes"]);
        let (l, _) = labels(&tutorial("\"self.stability -= 5\"", "\"sum(r in regions where controls(self, r): r.|\""));
        assert!(l.contains(&"need".to_string()));
    }

    #[test]
    fn reference_fields_complete_ids_of_their_kind() {
        let (l, replaced) =
            labels(&tutorial("controller: \"kesh\", map: (45, 70)", "controller: \"ke|\", map: (45, 70)"));
        assert_eq!((l, replaced.as_str()), (vec!["kesh".into(), "tarsa".into(), "oru".into(), "bandits".into()], "ke"));
        let (l, _) = labels(&tutorial("from: \"tarsa_south\"", "from: \"|\""));
        assert_eq!(l, ["kesh_capital", "kesh_north", "tarsa_south", "oru_port"]);
        let (l, _) = labels(&tutorial("carries: \"fuel_stock\"", "carries: \"|\""));
        assert!(l.contains(&"need".to_string()) && !l.contains(&"treasury".to_string()));
        let (l, _) = labels(&tutorial("values: {\"treasury\": 80}", "values: {\"|\": 80}"));
        assert_eq!(l, ["treasury", "stability"]);
        let (l, _) = labels(&tutorial(
            "factions: [\"kesh\", \"tarsa\"], target: Faction,",
            "factions: [\"kesh\", |], target: Faction,",
        ));
        assert!(l.contains(&"oru".to_string()));
    }

    #[test]
    fn field_names_with_their_types_and_choice_values() {
        let text = tutorial("id: \"kesh\",", "id: \"kesh\", pl|");
        let at = text.find('|').unwrap();
        let a = Analysis::new(text.replacen('|', "", 1));
        let c = complete(&Request { analysis: &a, known: None, offset: at, snippets: false });
        let playable = c.items.iter().find(|i| i.label == "playable").expect("playable");
        assert_eq!(playable.detail.as_deref(), Some("`true`/`false`"));
        assert_eq!(playable.insert_text.as_deref(), Some("playable: "));
        assert!(!c.items.iter().any(|i| i.label == "name"), "`name` is written already");
        assert_eq!(&a.source[c.replace], "pl");
        let (l, _) = labels(&tutorial("category: Energy,", "category: |,"));
        assert_eq!(l, ["Diplomatic", "Energy", "Security"]);
        let (l, _) = labels(&tutorial("repeat: Always,", "repeat: Cooldown(|),"));
        assert!(l.is_empty(), "a number goes in Cooldown: {l:?}");
        let (l, _) = labels(&tutorial("playable: false,", "playable: |,"));
        assert_eq!(l, ["true", "false"]);
    }

    #[test]
    fn variant_keys_name_an_entity_then_its_variable_or_objective() {
        let variant = |field: &str| {
            let text = format!("variants: [(id: \"short\", title: \"Short\", {field})],\n    end_when:");
            labels(&tutorial("end_when:", &text)).0
        };
        assert_eq!(variant("values: {\"kesh.|\": 1}"), ["treasury", "stability"]);
        assert_eq!(variant("values: {\"oru_port.s|\": 1}"), ["fuel_stock", "fuel_price", "security", "need"]);
        assert_eq!(variant("objectives: {\"tarsa.|\": (weight: 2)}"), ["budget", "border", "shared_need"]);
        assert!(variant("events: {\"|\": (turn: 2)}").contains(&"dust_storm".to_string()));
        let keys = variant("outcomes: {|}");
        assert_eq!(keys, ["kesh", "tarsa", "oru", "bandits"]);
    }

    #[test]
    fn a_broken_file_completes_with_the_ids_the_last_good_version_had() {
        let good = Analysis::new(TUTORIAL.to_string());
        let cut = TUTORIAL.find("regions: [").unwrap();
        let text = format!("{}  rules: [(id: \"x\", effects: [\"kesh_n|", &TUTORIAL[..cut]);
        let at = text.find('|').unwrap();
        let a = Analysis::new(text.replacen('|', "", 1));
        let c = complete(&Request { analysis: &a, known: Some(&good.index), offset: at, snippets: true });
        assert!(c.items.iter().any(|i| i.label == "kesh_north"), "from the last good version");
        let min = c.items.iter().find(|i| i.label == "min").unwrap();
        assert_eq!(min.insert_text.as_deref(), Some("min($0)"));
    }
}
