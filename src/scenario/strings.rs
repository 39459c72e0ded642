//! Every string of a scenario file, in one walk: what each one is (an id, a
//! name, a long text, a news line, an expression), where it is written, and,
//! for the texts players read, the key that names it in a translation.
//!
//! Validation checks every string through [`walk`]; translations read and
//! replace the texts through [`walk_mut`]. Both are made from one
//! description (the `strings!` macro below), so a field added to the format
//! is checked, and given a translation key if players read it, in one place.

use std::fmt;

use crate::scenario::format::{self, ScenarioFile};
use crate::scenario::validate::limits;

/// What a string of the file is: it sets the string's length limit and the
/// characters it may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextKind {
    /// An id, or a reference to one.
    Id,
    /// A one-line text: a name, title, label, prompt, unit, author, locale, colour or date.
    Name,
    /// A text that may run over several lines: the summary, briefings, descriptions, event texts.
    Text,
    /// A news template: one line, with a few `{self}` and `{target}`.
    News,
    /// An expression or effect (its length is checked when it is compiled).
    Expr,
}

impl TextKind {
    /// The most characters a text of this kind may have, when it has its own limit.
    pub fn limit(self) -> Option<usize> {
        match self {
            TextKind::Id => Some(limits::ID_LEN),
            TextKind::Name => Some(limits::NAME_LEN),
            TextKind::Text => Some(limits::TEXT_LEN),
            TextKind::News => Some(limits::NEWS_LEN),
            TextKind::Expr => None,
        }
    }

    /// Whether `c` may appear in a text of this kind.
    pub fn allows(self, c: char) -> bool {
        match self {
            TextKind::Id => !c.is_control() && !is_bidi_control(c),
            TextKind::Name | TextKind::News => !c.is_control(),
            TextKind::Text | TextKind::Expr => !c.is_control() || c == '\n' || c == '\t',
        }
    }
}

/// Unicode's explicit bidirectional embeddings, overrides and isolates: they
/// reorder the text that follows them, so what is shown is not what is meant.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Where a string is, from the path of the item that holds it.
#[derive(Debug, Clone, Copy)]
pub enum At<'a> {
    /// A field: `item.name`.
    Field(&'static str),
    /// An element of a list or tuple: `item.effects[3]`.
    Item(&'static str, usize),
    /// A key of a map: `item.values.fuel:key`.
    Key(&'static str, &'a str),
    /// A value of a map: `item.income.treasury`.
    Value(&'static str, &'a str),
    /// An element of a tuple inside a list: `item.requires[2][1]`.
    Pair(&'static str, usize, usize),
}

impl At<'_> {
    /// The path of the string, as the [`SourceMap`](crate::scenario::locate::SourceMap) records it.
    pub fn path(self, base: &str) -> String {
        let field = |name: &str| if base.is_empty() { name.to_string() } else { format!("{base}.{name}") };
        match self {
            At::Field(name) => field(name),
            At::Item(name, i) => format!("{}[{i}]", field(name)),
            At::Key(name, key) => format!("{}.{key}:key", field(name)),
            At::Value(name, key) => format!("{}.{key}", field(name)),
            At::Pair(name, i, j) => format!("{}[{i}][{j}]", field(name)),
        }
    }
}

/// The name of a translatable text in a translation file, made of ids:
/// `faction.mali.name`, `action.escort.requires.2`. Shown with `Display`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key<'a> {
    parts: [&'a str; 5],
    len: usize,
    /// The position of a requirement, which has no id.
    index: Option<usize>,
}

impl<'a> Key<'a> {
    /// A key of up to five parts, joined by dots.
    fn of<const N: usize>(parts: [&'a str; N]) -> Self {
        let mut out = [""; 5];
        for (slot, part) in out.iter_mut().zip(parts) {
            *slot = part;
        }
        Key { parts: out, len: N.min(5), index: None }
    }

    /// The key with a position after it: `action.escort.requires.2`.
    fn at(mut self, index: usize) -> Self {
        self.index = Some(index);
        self
    }
}

impl fmt::Display for Key<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, part) in self.parts.iter().take(self.len).enumerate() {
            if i > 0 {
                f.write_str(".")?;
            }
            f.write_str(part)?;
        }
        match self.index {
            Some(n) => write!(f, ".{n}"),
            None => Ok(()),
        }
    }
}

/// One string of the file: where it is, what it is, and its translation key.
#[derive(Debug, Clone, Copy)]
pub struct Place<'a> {
    /// The path of the item that holds it (`factions[2]`), as the source map records it.
    pub base: &'a str,
    /// Where in that item.
    pub at: At<'a>,
    /// What it is, in words, for messages ("faction name").
    pub what: &'static str,
    /// Its kind, which sets its length limit and characters.
    pub kind: TextKind,
    /// Its key in a translation, when players read it.
    pub key: Option<Key<'a>>,
}

impl Place<'_> {
    /// Its path in the file (`factions[2].name`).
    pub fn path(&self) -> String {
        self.at.path(self.base)
    }
}

fn place<'a>(base: &'a str, at: At<'a>, what: &'static str, kind: TextKind, key: Option<Key<'a>>) -> Place<'a> {
    Place { base, at, what, kind, key }
}

/// The walk itself, for shared (`walk`) or mutable (`walk_mut`) access:
/// `$text` is called with every string value, `$key` with every map key.
macro_rules! strings {
    ($f:ident, $text:ident, $key:ident, $($m:tt)?) => {{
        use TextKind::{Expr, Id, Name, News, Text};
        let m = &$($m)? $f.meta;
        $text(place("meta", At::Field("id"), "scenario id", Id, None), &$($m)? m.id);
        $text(place("meta", At::Field("title"), "title", Name, Some(Key::of(["title"]))), &$($m)? m.title);
        $text(place("meta", At::Field("summary"), "summary", Text, Some(Key::of(["summary"]))), &$($m)? m.summary);
        $text(place("meta", At::Field("author"), "author", Name, None), &$($m)? m.author);
        $text(place("meta", At::Field("locale"), "locale", Name, None), &$($m)? m.locale);
        $text(place("meta.calendar", At::Field("start"), "start date", Name, None), &$($m)? m.calendar.start);
        if let Some(format::Outcomes { shared: Some(shared), .. }) = &$($m)? $f.outcomes {
            let p = "outcomes.shared";
            let key = |field| Some(Key::of(["shared", field]));
            $text(place(p, At::Field("name"), "name", Name, key("name")), &$($m)? shared.name);
            $text(place(p, At::Field("description"), "description", Text, key("description")), &$($m)? shared.description);
            $text(place(p, At::Field("score"), "score", Expr, None), &$($m)? shared.score);
        }
        for (kind, decls) in [("faction", &$($m)? $f.variables.faction), ("region", &$($m)? $f.variables.region)] {
            for (i, v) in (0usize..).zip(decls) {
                let p = format!("variables.{kind}[{i}]");
                $text(place(&p, At::Field("id"), "variable id", Id, None), &$($m)? v.id);
                let key = Some(Key::of(["variable", &v.id, "name"]));
                $text(place(&p, At::Field("name"), "variable name", Name, key), &$($m)? v.name);
                let key = Some(Key::of(["variable", &v.id, "unit"]));
                $text(place(&p, At::Field("unit"), "unit", Name, key), &$($m)? v.unit);
                for (entity, unit) in &$($m)? v.units {
                    $key(place(&p, At::Key("units", entity), "faction or region id", Id, None), entity);
                    let key = Some(Key::of(["variable", &v.id, "units", entity]));
                    $text(place(&p, At::Value("units", entity), "unit", Name, key), unit);
                }
                let key = Some(Key::of(["variable", &v.id, "description"]));
                $text(place(&p, At::Field("description"), "description", Text, key), &$($m)? v.description);
            }
        }
        for (i, x) in (0usize..).zip(&$($m)? $f.factions) {
            let p = format!("factions[{i}]");
            $text(place(&p, At::Field("id"), "faction id", Id, None), &$($m)? x.id);
            let key = Some(Key::of(["faction", &x.id, "name"]));
            $text(place(&p, At::Field("name"), "faction name", Name, key), &$($m)? x.name);
            $text(place(&p, At::Field("colour"), "colour", Name, None), &$($m)? x.colour);
            let key = Some(Key::of(["faction", &x.id, "briefing"]));
            $text(place(&p, At::Field("briefing"), "briefing", Text, key), &$($m)? x.briefing);
            for var in x.values.keys() {
                $key(place(&p, At::Key("values", var), "variable id", Id, None), var);
            }
            for (var, amount) in &$($m)? x.income {
                $key(place(&p, At::Key("income", var), "variable id", Id, None), var);
                $text(place(&p, At::Value("income", var), "income", Expr, None), amount);
            }
            for (j, o) in (0usize..).zip(&$($m)? x.objectives) {
                let op = format!("{p}.objectives[{j}]");
                $text(place(&op, At::Field("id"), "objective id", Id, None), &$($m)? o.id);
                let key = Some(Key::of(["faction", &x.id, "objective", &o.id, "name"]));
                $text(place(&op, At::Field("name"), "objective name", Name, key), &$($m)? o.name);
                $text(place(&op, At::Field("score"), "score", Expr, None), &$($m)? o.score);
                let key = Some(Key::of(["faction", &x.id, "objective", &o.id, "description"]));
                $text(place(&op, At::Field("description"), "description", Text, key), &$($m)? o.description);
            }
        }
        for (i, r) in (0usize..).zip(&$($m)? $f.regions) {
            let p = format!("regions[{i}]");
            $text(place(&p, At::Field("id"), "region id", Id, None), &$($m)? r.id);
            let key = Some(Key::of(["region", &r.id, "name"]));
            $text(place(&p, At::Field("name"), "region name", Name, key), &$($m)? r.name);
            if let Some(c) = &$($m)? r.controller {
                $text(place(&p, At::Field("controller"), "faction id", Id, None), c);
            }
            for var in r.values.keys() {
                $key(place(&p, At::Key("values", var), "variable id", Id, None), var);
            }
        }
        for (i, r) in (0usize..).zip(&$($m)? $f.routes) {
            let p = format!("routes[{i}]");
            $text(place(&p, At::Field("id"), "route id", Id, None), &$($m)? r.id);
            let key = Some(Key::of(["route", &r.id, "name"]));
            $text(place(&p, At::Field("name"), "route name", Name, key), &$($m)? r.name);
            $text(place(&p, At::Field("from"), "region id", Id, None), &$($m)? r.from);
            $text(place(&p, At::Field("to"), "region id", Id, None), &$($m)? r.to);
            $text(place(&p, At::Field("carries"), "variable id", Id, None), &$($m)? r.carries);
        }
        for (i, r) in (0usize..).zip(&$($m)? $f.relations) {
            let p = format!("relations[{i}]");
            $text(place(&p, At::Item("between", 0), "faction id", Id, None), &$($m)? r.between.0);
            $text(place(&p, At::Item("between", 1), "faction id", Id, None), &$($m)? r.between.1);
        }
        // A variant's strings are walked where they are written (a variant is
        // also checked as the scenario it makes, but there its problems would
        // point at the variant's id).
        for (i, v) in (0usize..).zip(&$($m)? $f.variants) {
            let p = format!("variants[{i}]");
            $text(place(&p, At::Field("id"), "variant id", Id, None), &$($m)? v.id);
            let key = Some(Key::of(["variant", &v.id, "title"]));
            $text(place(&p, At::Field("title"), "title", Name, key), &$($m)? v.title);
            if let Some(summary) = &$($m)? v.summary {
                let key = Some(Key::of(["variant", &v.id, "summary"]));
                $text(place(&p, At::Field("summary"), "summary", Text, key), summary);
            }
            if let Some(calendar) = &$($m)? v.calendar {
                let cp = format!("{p}.calendar");
                $text(place(&cp, At::Field("start"), "start date", Name, None), &$($m)? calendar.start);
            }
            for value in v.values.keys() {
                $key(place(&p, At::Key("values", value), "value", Name, None), value);
            }
            for (j, r) in (0usize..).zip(&$($m)? v.relations) {
                let rp = format!("{p}.relations[{j}]");
                $text(place(&rp, At::Item("between", 0), "faction id", Id, None), &$($m)? r.between.0);
                $text(place(&rp, At::Item("between", 1), "faction id", Id, None), &$($m)? r.between.1);
            }
            for (objective, change) in &$($m)? v.objectives {
                $key(place(&p, At::Key("objectives", objective), "objective", Name, None), objective);
                let op = format!("{p}.objectives.{objective}");
                if let Some(score) = &$($m)? change.score {
                    $text(place(&op, At::Field("score"), "score", Expr, None), score);
                }
                if let Some(description) = &$($m)? change.description {
                    let key = Some(Key::of(["variant", &v.id, "objective", objective, "description"]));
                    $text(place(&op, At::Field("description"), "description", Text, key), description);
                }
            }
            for (event, change) in &$($m)? v.events {
                $key(place(&p, At::Key("events", event), "event id", Id, None), event);
                let ep = format!("{p}.events.{event}");
                for (field, text) in [("date", &$($m)? change.date), ("when", &$($m)? change.when), ("chance", &$($m)? change.chance)] {
                    if let Some(text) = text {
                        let kind = if field == "date" { Name } else { Expr };
                        $text(place(&ep, At::Field(field), field, kind, None), text);
                    }
                }
            }
            for faction in v.outcomes.keys() {
                $key(place(&p, At::Key("outcomes", faction), "faction id", Id, None), faction);
            }
        }
        for (i, x) in (0usize..).zip(&$($m)? $f.flags) {
            let p = format!("flags[{i}]");
            $text(place(&p, At::Field("id"), "flag id", Id, None), &$($m)? x.id);
            let key = Some(Key::of(["flag", &x.id, "name"]));
            $text(place(&p, At::Field("name"), "flag name", Name, key), &$($m)? x.name);
            let key = Some(Key::of(["flag", &x.id, "description"]));
            $text(place(&p, At::Field("description"), "description", Text, key), &$($m)? x.description);
        }
        for (i, a) in (0usize..).zip(&$($m)? $f.actions) {
            let p = format!("actions[{i}]");
            $text(place(&p, At::Field("id"), "action id", Id, None), &$($m)? a.id);
            let key = Some(Key::of(["action", &a.id, "name"]));
            $text(place(&p, At::Field("name"), "action name", Name, key), &$($m)? a.name);
            let key = Some(Key::of(["action", &a.id, "description"]));
            $text(place(&p, At::Field("description"), "description", Text, key), &$($m)? a.description);
            for (j, id) in (0usize..).zip(&$($m)? a.factions) {
                $text(place(&p, At::Item("factions", j), "faction id", Id, None), id);
            }
            for var in a.cost.keys() {
                $key(place(&p, At::Key("cost", var), "variable id", Id, None), var);
            }
            if let Some(req) = &$($m)? a.requires {
                let listed = req.listed;
                for (j, item) in (0usize..).zip(&$($m)? req.items) {
                    let (expr_at, reason_at) = match (listed, item.reason.is_some()) {
                        (false, _) => (At::Field("requires"), At::Field("requires")),
                        (true, false) => (At::Item("requires", j), At::Item("requires", j)),
                        (true, true) => (At::Pair("requires", j, 0), At::Pair("requires", j, 1)),
                    };
                    $text(place(&p, expr_at, "requires", Expr, None), &$($m)? item.expr);
                    if let Some(reason) = &$($m)? item.reason {
                        let key = Some(Key::of(["action", &a.id, "requires"]).at(j));
                        $text(place(&p, reason_at, "reason", Text, key), reason);
                    }
                }
            }
            if let Some(agreement) = &$($m)? a.agreement {
                $text(place(&p, At::Field("agreement"), "agreement id", Id, None), agreement);
            }
            if let Some(text) = &$($m)? a.chance {
                $text(place(&p, At::Field("chance"), "chance", Expr, None), text);
            }
            if let format::Visibility::Secret(text) = &$($m)? a.visibility {
                $text(place(&p, At::Item("visibility", 0), "detection chance", Expr, None), text);
            }
            for (field, list) in [
                ("on_success", &$($m)? a.on_success),
                ("on_failure", &$($m)? a.on_failure),
                ("ongoing", &$($m)? a.ongoing),
                ("on_end", &$($m)? a.on_end),
                ("hold", &$($m)? a.hold),
                ("on_decline", &$($m)? a.on_decline),
                ("on_detected", &$($m)? a.on_detected),
            ] {
                for (k, text) in (0usize..).zip(list) {
                    $text(place(&p, At::Item(field, k), "effect", Expr, None), text);
                }
            }
            for (field, text) in [("news_success", &$($m)? a.news_success), ("news_failure", &$($m)? a.news_failure)] {
                if let Some(text) = text {
                    let key = Some(Key::of(["action", &a.id, field]));
                    $text(place(&p, At::Field(field), "news line", News, key), text);
                }
            }
        }
        for (i, e) in (0usize..).zip(&$($m)? $f.events) {
            let p = format!("events[{i}]");
            $text(place(&p, At::Field("id"), "event id", Id, None), &$($m)? e.id);
            let key = Some(Key::of(["event", &e.id, "title"]));
            $text(place(&p, At::Field("title"), "event title", Name, key), &$($m)? e.title);
            let key = Some(Key::of(["event", &e.id, "text"]));
            $text(place(&p, At::Field("text"), "event text", Text, key), &$($m)? e.text);
            for (field, text) in [("when", &$($m)? e.when), ("chance", &$($m)? e.chance)] {
                if let Some(text) = text {
                    $text(place(&p, At::Field(field), field, Expr, None), text);
                }
            }
            for (k, text) in (0usize..).zip(&$($m)? e.effects) {
                $text(place(&p, At::Item("effects", k), "effect", Expr, None), text);
            }
            if let Some(c) = &$($m)? e.choice {
                let cp = format!("{p}.choice");
                $text(place(&cp, At::Field("faction"), "faction id", Id, None), &$($m)? c.faction);
                let key = Some(Key::of(["event", &e.id, "choice", "prompt"]));
                $text(place(&cp, At::Field("prompt"), "prompt", Name, key), &$($m)? c.prompt);
                for (j, o) in (0usize..).zip(&$($m)? c.options) {
                    let op = format!("{cp}.options[{j}]");
                    $text(place(&op, At::Field("id"), "option id", Id, None), &$($m)? o.id);
                    let key = Some(Key::of(["event", &e.id, "choice", &o.id]));
                    $text(place(&op, At::Field("label"), "option label", Name, key), &$($m)? o.label);
                    for (k, text) in (0usize..).zip(&$($m)? o.effects) {
                        $text(place(&op, At::Item("effects", k), "effect", Expr, None), text);
                    }
                }
            }
        }
        for (i, r) in (0usize..).zip(&$($m)? $f.rules) {
            let p = format!("rules[{i}]");
            $text(place(&p, At::Field("id"), "rule id", Id, None), &$($m)? r.id);
            let key = Some(Key::of(["rule", &r.id, "description"]));
            $text(place(&p, At::Field("description"), "description", Text, key), &$($m)? r.description);
            if let Some(text) = &$($m)? r.when {
                $text(place(&p, At::Field("when"), "when", Expr, None), text);
            }
            for (k, text) in (0usize..).zip(&$($m)? r.effects) {
                $text(place(&p, At::Item("effects", k), "effect", Expr, None), text);
            }
        }
        for (i, text) in (0usize..).zip(&$($m)? $f.end_when) {
            $text(place("", At::Item("end_when", i), "end condition", Expr, None), text);
        }
    }};
}

/// Calls `visit` with every string of the file, map keys included, in file
/// order (a variant's strings after the relations).
pub fn walk(file: &ScenarioFile, mut visit: impl FnMut(Place<'_>, &str)) {
    strings!(file, visit, visit,);
}

/// Calls `visit` with every string value of the file, to change it (map
/// keys, which are ids, are left out).
pub fn walk_mut(file: &mut ScenarioFile, mut visit: impl FnMut(Place<'_>, &mut String)) {
    let skip = |_: Place<'_>, _: &str| {};
    strings!(file, visit, skip, mut);
}

/// One text a translation may replace: its key, the scenario's own text,
/// its kind and what it is in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translatable {
    /// The key (`faction.mali.name`).
    pub key: String,
    /// The scenario's own text.
    pub text: String,
    /// Its kind: it sets the length limit and the characters a translation may use.
    pub kind: TextKind,
    /// What it is ("faction name").
    pub what: &'static str,
    /// Its path in the scenario file, to find where it is written.
    pub path: String,
}

/// Every text of the file that players read and a translation may replace,
/// in file order: only those the scenario has (not blank).
pub fn translatable(file: &ScenarioFile) -> Vec<Translatable> {
    let mut out = Vec::new();
    walk(file, |place, text| {
        if let Some(key) = place.key.filter(|_| !text.trim().is_empty()) {
            out.push(Translatable {
                key: key.to_string(),
                text: text.to_string(),
                kind: place.kind,
                what: place.what,
                path: place.path(),
            });
        }
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tutorial() -> ScenarioFile {
        let options = ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
            .with_recursion_limit(crate::scenario::MAX_NESTING);
        options.from_str(crate::scenario::TUTORIAL).expect("the tutorial parses")
    }

    #[test]
    fn keys_join_ids_and_a_requirement_s_position() {
        assert_eq!(Key::of(["faction", "mali", "name"]).to_string(), "faction.mali.name");
        assert_eq!(Key::of(["action", "escort", "requires"]).at(2).to_string(), "action.escort.requires.2");
        assert_eq!(Key::of(["title"]).to_string(), "title");
    }

    #[test]
    fn both_walks_visit_the_same_strings_in_the_same_order() {
        let mut file = tutorial();
        let mut shared = Vec::new();
        walk(&file, |place, text| {
            if !matches!(place.at, At::Key(..)) {
                shared.push((place.path(), place.key.map(|k| k.to_string()), text.to_string()));
            }
        });
        let mut changed = Vec::new();
        walk_mut(&mut file, |place, text| changed.push((place.path(), place.key.map(|k| k.to_string()), text.clone())));
        assert_eq!(shared, changed);
        assert!(shared.len() > 200, "{}", shared.len());
    }

    // A text players read must have a key, or be one of these, which are not translated.
    #[test]
    fn every_text_players_read_has_a_key() {
        let untranslated = ["author", "locale", "colour", "start date", "date", "value", "objective"];
        let mut file = tutorial();
        file.variants.iter_mut().for_each(|v| {
            v.summary.get_or_insert_with(|| "A summary.".into());
        });
        walk(&file, |place, _| {
            let read = matches!(place.kind, TextKind::Name | TextKind::Text | TextKind::News);
            if read && place.key.is_none() {
                assert!(untranslated.contains(&place.what), "{} ({}) has no key", place.path(), place.what);
            }
            if place.key.is_some() {
                assert!(read && !matches!(place.at, At::Key(..)), "{} has a key", place.path());
            }
        });
    }

    #[test]
    fn translatable_texts_are_the_non_blank_ones_with_unique_keys() {
        let mut file = tutorial();
        file.factions[0].briefing = "  ".into();
        let texts = translatable(&file);
        assert!(!texts.iter().any(|t| t.key == format!("faction.{}.briefing", file.factions[0].id)));
        let mut keys: Vec<&str> = texts.iter().map(|t| t.key.as_str()).collect();
        keys.sort_unstable();
        let before = keys.len();
        keys.dedup();
        assert_eq!(keys.len(), before, "a key names two texts");
    }
}
