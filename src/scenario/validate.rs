//! Semantic checks of a parsed scenario file, and its compilation.
//!
//! Every problem is collected (none stops the walk), each located through the
//! [`SourceMap`] so it can be shown as `file:line:col`.

use std::cell::OnceCell;
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

use crate::scenario::diagnostic::{Diagnostic, Severity};
use crate::scenario::expr::compile::{Names, compile_effect, compile_expr};
use crate::scenario::expr::{Compiled, EffectStmt, EntityKind, Node, NodeKind, Scope as ExprScope, Type};
use crate::scenario::format::{self, FORMAT_VERSION, ScenarioFile, TargetKind, VarDecl};
use crate::scenario::locate::{SourceMap, string_content_offset};
use crate::scenario::model::*;

/// Limits that keep a stranger's scenario from exhausting memory or time.
pub mod limits {
    /// Most factions.
    pub const FACTIONS: usize = 64;
    /// Most regions.
    pub const REGIONS: usize = 2_000;
    /// Most routes.
    pub const ROUTES: usize = 4_000;
    /// Most actions.
    pub const ACTIONS: usize = 5_000;
    /// Most events.
    pub const EVENTS: usize = 2_000;
    /// Most rules.
    pub const RULES: usize = 500;
    /// Most flags.
    pub const FLAGS: usize = 1_000;
    /// Most variables of one kind.
    pub const VARIABLES: usize = 64;
    /// Most effects in one list.
    pub const EFFECTS: usize = 64;
    /// Most turns.
    pub const TURNS: u32 = 500;
    /// Most action points.
    pub const ACTION_POINTS: u32 = 20;
    /// Largest absolute value of a variable bound.
    pub const VALUE: i64 = 1_000_000_000_000;
}

const RESERVED: [&str; 17] = [
    "self", "target", "turn", "turns", "flag", "true", "false", "and", "or", "not", "min", "max", "clamp", "abs", "if",
    "relation", "controls",
];

struct Checker<'a> {
    source: &'a str,
    /// Built on the first diagnostic: a clean file never pays for locating values.
    map: OnceCell<SourceMap>,
    diags: Vec<Diagnostic>,
    names: Names,
}

/// Validates and compiles `file`, parsed from `source`; returns the scenario when there is no error.
pub fn check(file: &ScenarioFile, source: &str) -> (Option<Scenario>, Vec<Diagnostic>) {
    let mut c = Checker { source, map: OnceCell::new(), diags: Vec::new(), names: Names::default() };
    let scenario = c.scenario(file);
    let has_error = c.diags.iter().any(|d| d.severity == Severity::Error);
    (if has_error { None } else { Some(scenario) }, c.diags)
}

impl Checker<'_> {
    fn map(&self) -> &SourceMap {
        self.map.get_or_init(|| SourceMap::build(self.source))
    }

    fn span(&self, path: &str) -> Option<Range<usize>> {
        self.map().find(path)
    }

    fn error(&mut self, code: &'static str, path: &str, message: impl Into<String>) -> &mut Diagnostic {
        let d = Diagnostic::error(code, self.span(path), message);
        self.diags.push(d);
        self.diags.last_mut().expect("just pushed")
    }

    fn warn(&mut self, code: &'static str, path: &str, message: impl Into<String>) -> &mut Diagnostic {
        let d = Diagnostic::warning(code, self.span(path), message);
        self.diags.push(d);
        self.diags.last_mut().expect("just pushed")
    }

    fn help(d: &mut Diagnostic, help: impl Into<String>) {
        d.help = Some(help.into());
    }

    fn line_of(&self, path: &str) -> String {
        self.span(path)
            .map(|s| format!(" (line {})", crate::scenario::diagnostic::line_col(self.source, s.start).0))
            .unwrap_or_default()
    }

    fn range(&mut self, path: &str, what: &str, value: i64, lo: i64, hi: i64) {
        if value < lo || value > hi {
            let d = self.error("out-of-range", path, format!("{what} is {value}, outside {lo}..={hi}"));
            Self::help(d, format!("use a value from {lo} to {hi}"));
        }
    }

    fn count(&mut self, path: &str, what: &str, n: usize, max: usize) -> bool {
        if n > max {
            let d = self.error("too-many", path, format!("{n} {what}; at most {max} are allowed"));
            Self::help(d, "split the scenario, or merge similar entries");
            return false;
        }
        true
    }

    fn id(&mut self, path: &str, id: &str, what: &str) {
        let valid = id.chars().next().is_some_and(|c| c.is_ascii_lowercase() || c == '_')
            && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !valid {
            let suggestion: String =
                id.to_lowercase().chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
            let d = self.error("bad-id", path, format!("{what} id `{id}` is not a valid id"));
            Self::help(
                d,
                format!("ids use lower-case letters, digits and `_`, starting with a letter, e.g. `{suggestion}`"),
            );
        } else if RESERVED.contains(&id) {
            let d =
                self.error("bad-id", path, format!("{what} id `{id}` is a reserved word of the expression language"));
            Self::help(d, format!("choose another id, e.g. `{id}_1`"));
        }
    }

    /// Reports duplicates among `ids` (path of each, id).
    fn unique<'b>(&mut self, what: &str, items: impl IntoIterator<Item = (String, &'b str)>) {
        let mut seen: HashMap<&str, String> = HashMap::new();
        for (path, id) in items {
            if let Some(first) = seen.get(id) {
                let first_line = self.line_of(first);
                let d = self.error("duplicate-id", &path, format!("{what} id `{id}` is used twice"));
                Self::help(d, format!("the first `{id}` is at {first}{first_line}; rename one of them"));
            } else {
                seen.insert(id, path);
            }
        }
    }

    /// Maps an expression error inside the string at `path` to the source.
    fn expr_error(&mut self, path: &str, e: crate::scenario::expr::ExprError) {
        let span = self.map().get(path).map(|lit| {
            let start = string_content_offset(self.source, lit.start, e.span.start);
            let end = string_content_offset(self.source, lit.start, e.span.end.max(e.span.start + 1));
            start..end.max(start)
        });
        let mut d = Diagnostic::error(e.code, span.or_else(|| self.span(path)), e.message);
        d.help = e.help;
        self.diags.push(d);
    }

    fn expr(&mut self, path: &str, text: &str, scope: ExprScope, want: Option<Type>) -> Option<Compiled> {
        match compile_expr(text, &self.names, scope, want) {
            Ok(c) => Some(c),
            Err(e) => {
                self.expr_error(path, e);
                None
            }
        }
    }

    fn opt_expr(&mut self, path: &str, text: &Option<String>, scope: ExprScope, want: Type) -> Option<Compiled> {
        text.as_ref().and_then(|t| self.expr(path, t, scope, Some(want)))
    }

    fn effects(&mut self, path: &str, list: &[String], scope: ExprScope) -> Vec<EffectStmt> {
        if !self.count(path, "effects", list.len(), limits::EFFECTS) {
            return Vec::new();
        }
        let mut out = Vec::with_capacity(list.len());
        for (i, text) in list.iter().enumerate() {
            let p = format!("{path}[{i}]");
            match compile_effect(text, &self.names, scope) {
                Ok(e) => out.push(e),
                Err(e) => self.expr_error(&p, e),
            }
        }
        out
    }

    fn var_decls(&mut self, path: &str, decls: &[VarDecl]) {
        self.count(path, "variables", decls.len(), limits::VARIABLES);
        for (i, v) in decls.iter().enumerate() {
            let p = format!("{path}[{i}]");
            self.id(&format!("{p}.id"), &v.id, "variable");
            if v.min > v.max {
                let d = self.error(
                    "bad-range",
                    &format!("{p}.max"),
                    format!("variable `{}` has max {} below min {}", v.id, v.max, v.min),
                );
                Self::help(d, "swap them, or raise max");
            }
            self.range(&format!("{p}.min"), "min", v.min, -limits::VALUE, limits::VALUE);
            self.range(&format!("{p}.max"), "max", v.max, -limits::VALUE, limits::VALUE);
            if v.min <= v.max {
                self.range(&format!("{p}.initial"), &format!("initial value of `{}`", v.id), v.initial, v.min, v.max);
            }
        }
        self.unique("variable", decls.iter().enumerate().map(|(i, v)| (format!("{path}[{i}].id"), v.id.as_str())));
    }

    /// Starting values for one entity: declared initials overridden by `values`.
    fn values(&mut self, path: &str, decls: &[VarDecl], values: &BTreeMap<String, i64>, kind: &str) -> Vec<i64> {
        let mut out: Vec<i64> = decls.iter().map(|d| d.initial).collect();
        for (key, &value) in values {
            let p = format!("{path}.{key}");
            match decls.iter().position(|d| &d.id == key) {
                Some(i) => {
                    let d = &decls[i];
                    let (lo, hi) = (d.min, d.max);
                    self.range(&p, &format!("`{key}`"), value, lo, hi);
                    out[i] = value;
                }
                None => {
                    let ids: Vec<&str> = decls.iter().map(|d| d.id.as_str()).collect();
                    let d = Diagnostic::error(
                        "unknown-name",
                        self.span(&format!("{p}:key")).or_else(|| self.span(path)),
                        format!("unknown {kind} variable `{key}`"),
                    )
                    .with_suggestion(key, ids.iter().copied());
                    let d = if d.help.is_none() {
                        d.with_help(format!(
                            "declare it under `variables: (… {kind}: [...])`, or use one of: {}",
                            ids.join(", ")
                        ))
                    } else {
                        d
                    };
                    self.diags.push(d);
                }
            }
        }
        out
    }

    fn entity_ref(&mut self, path: &str, id: &str, want: EntityKind, what: &str) -> Option<usize> {
        match self.names.entities.get(id) {
            Some(&(kind, i)) if kind == want => Some(i),
            Some(&(kind, _)) => {
                let d = self.error(
                    "wrong-kind",
                    path,
                    format!("{what} must be a {}, but `{id}` is a {}", want.noun(), kind.noun()),
                );
                Self::help(d, format!("name a {} here", want.noun()));
                None
            }
            None => {
                let candidates: Vec<&str> =
                    self.names.entities.iter().filter(|(_, (k, _))| *k == want).map(|(id, _)| id.as_str()).collect();
                let d = Diagnostic::error(
                    "unknown-name",
                    self.span(path),
                    format!("unknown {} `{id}` in {what}", want.noun()),
                )
                .with_suggestion(id, candidates.iter().copied());
                let d = if d.help.is_some() { d } else { d.with_help(known_list(want.noun(), candidates)) };
                self.diags.push(d);
                None
            }
        }
    }

    fn scenario(&mut self, f: &ScenarioFile) -> Scenario {
        if f.format != FORMAT_VERSION {
            let d = self.error("unsupported-format", "format", format!("format version {} is not supported", f.format));
            Self::help(d, format!("this version of Harmattan reads `format: {FORMAT_VERSION}`"));
        }
        self.meta(&f.meta);
        self.range("action_points", "action_points", i64::from(f.action_points), 1, i64::from(limits::ACTION_POINTS));
        self.var_decls("variables.faction", &f.variables.faction);
        self.var_decls("variables.region", &f.variables.region);

        self.count("factions", "factions", f.factions.len(), limits::FACTIONS);
        self.count("regions", "regions", f.regions.len(), limits::REGIONS);
        self.count("routes", "routes", f.routes.len(), limits::ROUTES);
        self.count("actions", "actions", f.actions.len(), limits::ACTIONS);
        self.count("events", "events", f.events.len(), limits::EVENTS);
        self.count("rules", "rules", f.rules.len(), limits::RULES);
        self.count("flags", "flags", f.flags.len(), limits::FLAGS);

        self.names_table(f);

        let factions: Vec<FactionDef> = f.factions.iter().enumerate().map(|(i, x)| self.faction(i, x, f)).collect();
        if !f.factions.is_empty() && f.factions.iter().all(|x| !x.playable) {
            let d = self.error("no-playable-faction", "factions", "no faction is playable");
            Self::help(d, "set `playable: true` on at least one faction");
        } else if f.factions.is_empty() {
            let d = self.error("no-playable-faction", "factions", "the scenario has no factions");
            Self::help(d, "add at least one faction with `playable: true`");
        }
        let regions = f.regions.iter().enumerate().map(|(i, r)| self.region(i, r, f)).collect();
        let routes = f.routes.iter().enumerate().map(|(i, r)| self.route(i, r, f)).collect();
        let relations = self.relations(f);
        let flags = f
            .flags
            .iter()
            .map(|x| FlagDef {
                id: x.id.clone(),
                name: x.name.clone(),
                value: x.value,
                description: x.description.clone(),
            })
            .collect();
        let actions = f.actions.iter().enumerate().filter_map(|(i, a)| self.action(i, a, f)).collect();
        let events = f.events.iter().enumerate().map(|(i, e)| self.event(i, e, f)).collect();
        for (i, r) in f.rules.iter().enumerate() {
            self.id(&format!("rules[{i}].id"), &r.id, "rule");
        }
        self.unique("rule", f.rules.iter().enumerate().map(|(i, r)| (format!("rules[{i}].id"), r.id.as_str())));
        let rules = f.rules.iter().enumerate().map(|(i, r)| self.rule(i, r)).collect();
        let end_when = f
            .end_when
            .iter()
            .enumerate()
            .filter_map(|(i, t)| self.expr(&format!("end_when[{i}]"), t, ExprScope::default(), Some(Type::Bool)))
            .collect();

        Scenario {
            meta: f.meta.clone(),
            source: self.source.to_string(),
            action_points: f.action_points,
            faction_vars: f.variables.faction.clone(),
            region_vars: f.variables.region.clone(),
            factions,
            regions,
            routes,
            flags,
            relations,
            actions,
            events,
            rules,
            end_when,
            entity_ids: self.names.entities.iter().map(|(k, v)| (k.clone(), *v)).collect(),
            action_ids: f.actions.iter().enumerate().rev().map(|(i, a)| (a.id.clone(), i)).collect(),
        }
    }

    fn meta(&mut self, m: &format::Meta) {
        self.id("meta.id", &m.id, "scenario");
        if m.title.trim().is_empty() {
            let d = self.error("empty-text", "meta.title", "the title is empty");
            Self::help(d, "give the scenario a title; it is shown on the title screen");
        }
        self.range("meta.calendar.turns", "turns", i64::from(m.calendar.turns), 1, i64::from(limits::TURNS));
        if parse_date(&m.calendar.start).is_none() {
            let d = self.error("bad-date", "meta.calendar.start", format!("`{}` is not a date", m.calendar.start));
            Self::help(d, "write `YYYY-MM` or `YYYY-MM-DD`, e.g. \"2025-01\"");
        }
        let (n, path) = match m.calendar.turn_length {
            format::TurnLength::Months(n) => (n, "meta.calendar.turn_length[0]"),
            format::TurnLength::Weeks(n) => (n, "meta.calendar.turn_length[0]"),
            format::TurnLength::Days(n) => (n, "meta.calendar.turn_length[0]"),
        };
        self.range(path, "turn length", i64::from(n), 1, 366);
    }

    fn names_table(&mut self, f: &ScenarioFile) {
        self.names.turns = i64::from(f.meta.calendar.turns);
        self.names.faction_vars = f.variables.faction.iter().map(|v| v.id.clone()).collect();
        self.names.region_vars = f.variables.region.iter().map(|v| v.id.clone()).collect();
        self.names.flags = f.flags.iter().map(|x| x.id.clone()).collect();
        for (i, x) in f.flags.iter().enumerate() {
            self.id(&format!("flags[{i}].id"), &x.id, "flag");
        }
        self.unique("flag", f.flags.iter().enumerate().map(|(i, x)| (format!("flags[{i}].id"), x.id.as_str())));
        let all = f
            .factions
            .iter()
            .enumerate()
            .map(|(i, x)| (format!("factions[{i}].id"), x.id.as_str(), EntityKind::Faction, i))
            .chain(
                f.regions
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("regions[{i}].id"), x.id.as_str(), EntityKind::Region, i)),
            )
            .chain(
                f.routes
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("routes[{i}].id"), x.id.as_str(), EntityKind::Route, i)),
            );
        let mut first: HashMap<String, (String, EntityKind)> = HashMap::new();
        for (path, id, kind, index) in all {
            self.id(&path, id, kind.noun());
            if let Some((first_path, first_kind)) = first.get(id) {
                let line = self.line_of(first_path);
                let (first_path, first_kind) = (first_path.clone(), *first_kind);
                let d =
                    self.error("duplicate-id", &path, format!("id `{id}` is already used by a {}", first_kind.noun()));
                Self::help(
                    d,
                    format!("factions, regions and routes share one set of ids; the first is at {first_path}{line}"),
                );
            } else {
                first.insert(id.to_string(), (path, kind));
                self.names.entities.insert(id.to_string(), (kind, index));
            }
        }
    }

    fn faction(&mut self, i: usize, x: &format::Faction, f: &ScenarioFile) -> FactionDef {
        let p = format!("factions[{i}]");
        let colour = Colour::parse(&x.colour).unwrap_or_else(|| {
            let d = Diagnostic::error(
                "bad-colour",
                self.span(&format!("{p}.colour")),
                format!("`{}` is not a colour", x.colour),
            )
            .with_suggestion(&x.colour, NamedColour::NAMES);
            let d = if d.help.is_none() {
                d.with_help(format!("use one of {} or `#rrggbb`", NamedColour::NAMES.join(", ")))
            } else {
                d
            };
            self.diags.push(d);
            Colour::Named(NamedColour::White)
        });
        let initial = self.values(&format!("{p}.values"), &f.variables.faction, &x.values, "faction");
        let scope = ExprScope { self_kind: Some(EntityKind::Faction), target_kind: None };
        let mut income = Vec::new();
        for (key, text) in &x.income {
            let vp = format!("{p}.income.{key}");
            match f.variables.faction.iter().position(|v| &v.id == key) {
                Some(var) => {
                    if let Some(c) = self.expr(&vp, text, scope, Some(Type::Num)) {
                        income.push((var, c));
                    }
                }
                None => {
                    let d = Diagnostic::error(
                        "unknown-name",
                        self.span(&format!("{vp}:key")).or_else(|| self.span(&vp)),
                        format!("unknown faction variable `{key}` in income"),
                    )
                    .with_suggestion(key, f.variables.faction.iter().map(|v| v.id.as_str()));
                    self.diags.push(d);
                }
            }
        }
        let mut objectives = Vec::new();
        for (j, o) in x.objectives.iter().enumerate() {
            let op = format!("{p}.objectives[{j}]");
            self.range(&format!("{op}.weight"), "objective weight", i64::from(o.weight), 1, 100);
            if let Some(score) = self.expr(&format!("{op}.score"), &o.score, scope, None) {
                if is_constant(&score.root) {
                    let d = self.error(
                        "objective-constant",
                        &format!("{op}.score"),
                        format!("objective `{}` does not depend on anything in the game", o.id),
                    );
                    Self::help(
                        d,
                        "its score can never change; refer to a variable, relation, flag or route, e.g. `self.stability >= 50`",
                    );
                }
                objectives.push(ObjectiveDef {
                    id: o.id.clone(),
                    name: o.name.clone(),
                    weight: o.weight,
                    score,
                    measure: o.measure,
                    description: o.description.clone(),
                });
            }
        }
        for (j, o) in x.objectives.iter().enumerate() {
            self.id(&format!("{p}.objectives[{j}].id"), &o.id, "objective");
        }
        self.unique(
            "objective",
            x.objectives.iter().enumerate().map(|(j, o)| (format!("{p}.objectives[{j}].id"), o.id.as_str())),
        );
        if x.playable && x.objectives.is_empty() {
            self.warn(
                "no-objectives",
                &format!("{p}.id"),
                format!("playable faction `{}` has no objectives, so it always scores 0", x.id),
            )
            .help = Some("add `objectives: [...]` so the team knows what success means".into());
        }
        if let Some(ap) = x.action_points {
            self.range(
                &format!("{p}.action_points"),
                "action_points",
                i64::from(ap),
                1,
                i64::from(limits::ACTION_POINTS),
            );
        }
        FactionDef {
            id: x.id.clone(),
            name: x.name.clone(),
            colour,
            playable: x.playable,
            briefing: x.briefing.clone(),
            initial,
            income,
            objectives,
            action_points: x.action_points.unwrap_or(f.action_points),
        }
    }

    fn region(&mut self, i: usize, r: &format::Region, f: &ScenarioFile) -> RegionDef {
        let p = format!("regions[{i}]");
        let controller = r
            .controller
            .as_ref()
            .and_then(|c| self.entity_ref(&format!("{p}.controller"), c, EntityKind::Faction, "the controller"));
        self.range(&format!("{p}.map[0]"), "map x", r.map.0, 0, 100);
        self.range(&format!("{p}.map[1]"), "map y", r.map.1, 0, 100);
        let initial = self.values(&format!("{p}.values"), &f.variables.region, &r.values, "region");
        RegionDef {
            id: r.id.clone(),
            name: r.name.clone(),
            controller,
            map: (r.map.0.clamp(0, 100) as u16, r.map.1.clamp(0, 100) as u16),
            initial,
        }
    }

    fn route(&mut self, i: usize, r: &format::Route, f: &ScenarioFile) -> RouteDef {
        let p = format!("routes[{i}]");
        let from = self.entity_ref(&format!("{p}.from"), &r.from, EntityKind::Region, "the route's start");
        let to = self.entity_ref(&format!("{p}.to"), &r.to, EntityKind::Region, "the route's end");
        if r.from == r.to {
            let d =
                self.error("route-loop", &format!("{p}.to"), format!("route `{}` starts and ends in `{}`", r.id, r.to));
            Self::help(d, "a route must join two different regions");
        }
        let carries = f.variables.region.iter().position(|v| v.id == r.carries);
        if carries.is_none() {
            let d = Diagnostic::error(
                "unknown-name",
                self.span(&format!("{p}.carries")),
                format!("unknown region variable `{}` carried by route `{}`", r.carries, r.id),
            )
            .with_suggestion(&r.carries, f.variables.region.iter().map(|v| v.id.as_str()));
            self.diags.push(d);
        }
        self.range(&format!("{p}.capacity"), "capacity", r.capacity, 0, limits::VALUE);
        self.range(&format!("{p}.risk"), "risk", r.risk, 0, 100);
        self.range(&format!("{p}.loss"), "loss", r.loss, 0, 100);
        RouteDef {
            id: r.id.clone(),
            name: r.name.clone(),
            from: from.unwrap_or(0),
            to: to.unwrap_or(0),
            carries: carries.unwrap_or(0),
            capacity: r.capacity,
            open: r.open,
            risk: r.risk,
            loss: r.loss,
            drains_source: r.drains_source,
        }
    }

    fn relations(&mut self, f: &ScenarioFile) -> Vec<i64> {
        let n = f.factions.len();
        let mut matrix = vec![0; n * n];
        let mut seen: HashMap<(usize, usize), usize> = HashMap::new();
        for (i, r) in f.relations.iter().enumerate() {
            let p = format!("relations[{i}]");
            let a = self.entity_ref(&format!("{p}.between[0]"), &r.between.0, EntityKind::Faction, "a relation");
            let b = self.entity_ref(&format!("{p}.between[1]"), &r.between.1, EntityKind::Faction, "a relation");
            self.range(&format!("{p}.value"), "relation", r.value, -100, 100);
            let (Some(a), Some(b)) = (a, b) else { continue };
            if a == b {
                let d = self.error(
                    "bad-relation",
                    &format!("{p}.between"),
                    format!("a relation joins two different factions, but both are `{}`", r.between.0),
                );
                Self::help(d, "name two different factions");
                continue;
            }
            let key = (a.min(b), a.max(b));
            if let Some(first) = seen.get(&key) {
                let d = self.error(
                    "duplicate-id",
                    &format!("{p}.between"),
                    format!("the relation between `{}` and `{}` is set twice", r.between.0, r.between.1),
                );
                Self::help(d, format!("the first is relations[{first}]; remove one"));
                continue;
            }
            seen.insert(key, i);
            for index in [a * n + b, b * n + a] {
                if let Some(v) = matrix.get_mut(index) {
                    *v = r.value;
                }
            }
        }
        matrix
    }

    fn action(&mut self, i: usize, a: &format::Action, f: &ScenarioFile) -> Option<ActionDef> {
        let p = format!("actions[{i}]");
        self.id(&format!("{p}.id"), &a.id, "action");
        if i == 0 {
            self.unique(
                "action",
                f.actions.iter().enumerate().map(|(j, x)| (format!("actions[{j}].id"), x.id.as_str())),
            );
        }
        let mut factions = Vec::new();
        for (j, id) in a.factions.iter().enumerate() {
            if let Some(x) =
                self.entity_ref(&format!("{p}.factions[{j}]"), id, EntityKind::Faction, "the action's factions")
            {
                factions.push(x);
            }
        }
        // The most action points any faction that may take it has (all factions, if none of its names resolved).
        let ap_of = |x: &format::Faction| x.action_points.unwrap_or(f.action_points);
        let own_max = factions.iter().filter_map(|&x| f.factions.get(x)).filter(|x| x.playable).map(ap_of).max();
        let max_ap = own_max.or_else(|| f.factions.iter().map(ap_of).max()).unwrap_or(0);
        if a.factions.is_empty() {
            let d = self.error(
                "unusable-action",
                &format!("{p}.factions"),
                format!("no faction can take action `{}`", a.id),
            );
            Self::help(d, "list the factions that may take it, e.g. `factions: [\"mali\"]`");
        } else if !factions.is_empty()
            && f.factions.iter().any(|x| x.playable)
            && factions.iter().all(|&x| f.factions.get(x).is_some_and(|x| !x.playable))
        {
            let d = self.error(
                "unusable-action",
                &format!("{p}.factions"),
                format!("action `{}` can only be taken by factions that are not playable", a.id),
            );
            Self::help(d, "non-playable factions never give orders; list a playable faction");
        } else if a.ap == 0 {
            let d = self.error(
                "out-of-range",
                &format!("{p}.ap"),
                format!("action `{}` uses 0 action points; every order uses at least 1", a.id),
            );
            Self::help(d, format!("use a value from 1 to {max_ap}, or leave `ap` out for 1"));
        } else if a.ap > max_ap {
            let d = self.error(
                "unusable-action",
                &format!("{p}.ap"),
                format!("action `{}` needs {} action points; its factions have at most {max_ap}", a.id, a.ap),
            );
            Self::help(d, format!("use a value from 1 to {max_ap}"));
        }
        let mut cost = Vec::new();
        for (key, &amount) in &a.cost {
            let cp = format!("{p}.cost.{key}");
            match f.variables.faction.iter().position(|v| &v.id == key) {
                Some(var) => {
                    if amount < 0 {
                        let d = self.error(
                            "out-of-range",
                            &cp,
                            format!("cost of `{key}` is {amount}; costs cannot be negative"),
                        );
                        Self::help(
                            d,
                            format!("to give `{key}`, add an effect such as `self.{key} += {}` to on_success", -amount),
                        );
                    }
                    cost.push((var, amount));
                }
                None => {
                    let d = Diagnostic::error(
                        "unknown-name",
                        self.span(&format!("{cp}:key")).or_else(|| self.span(&cp)),
                        format!("unknown faction variable `{key}` in cost"),
                    )
                    .with_suggestion(key, f.variables.faction.iter().map(|v| v.id.as_str()));
                    self.diags.push(d);
                }
            }
        }
        let target_kind = match a.target {
            TargetKind::None => None,
            TargetKind::Faction => Some(EntityKind::Faction),
            TargetKind::Region => Some(EntityKind::Region),
            TargetKind::Route => Some(EntityKind::Route),
        };
        let scope = ExprScope { self_kind: Some(EntityKind::Faction), target_kind };
        let requires = self.opt_expr(&format!("{p}.requires"), &a.requires, scope, Type::Bool);
        let chance = self.opt_expr(&format!("{p}.chance"), &a.chance, scope, Type::Num);
        let secret = match &a.visibility {
            format::Visibility::Public => None,
            format::Visibility::Secret(text) => self.expr(&format!("{p}.visibility[0]"), text, scope, Some(Type::Num)),
        };
        if a.consent && a.target != TargetKind::Faction {
            let d = self.error(
                "bad-consent",
                &format!("{p}.consent"),
                format!("action `{}` asks for consent but does not target a faction", a.id),
            );
            Self::help(d, "add `target: Faction`, or remove `consent: true`");
        }
        if !a.consent && !a.on_decline.is_empty() {
            self.warn(
                "unused-field",
                &format!("{p}.on_decline"),
                format!("`on_decline` of action `{}` is never used, because it is not a proposal", a.id),
            )
            .help = Some("add `consent: true` to make it a proposal the target answers".into());
        }
        if a.duration == 0 && (!a.ongoing.is_empty() || !a.on_end.is_empty()) {
            let d = self.warn(
                "unused-field",
                &format!("{p}.ongoing"),
                format!("action `{}` has ongoing or on_end effects but no duration", a.id),
            );
            Self::help(d, "set `duration: N` (turns)");
        }
        // With an invalid number of turns (reported once, in meta) these checks would only repeat it.
        if let Some(turns) = valid_turns(f) {
            self.range(&format!("{p}.delay"), "delay", i64::from(a.delay), 0, i64::from(turns));
            self.range(&format!("{p}.duration"), "duration", i64::from(a.duration), 0, i64::from(turns));
        }
        Some(ActionDef {
            id: a.id.clone(),
            name: a.name.clone(),
            category: a.category,
            description: a.description.clone(),
            factions,
            target: a.target,
            cost,
            ap: a.ap,
            requires,
            chance,
            on_success: self.effects(&format!("{p}.on_success"), &a.on_success, scope),
            on_failure: self.effects(&format!("{p}.on_failure"), &a.on_failure, scope),
            delay: a.delay,
            duration: a.duration,
            ongoing: self.effects(&format!("{p}.ongoing"), &a.ongoing, scope),
            on_end: self.effects(&format!("{p}.on_end"), &a.on_end, scope),
            secret,
            consent: a.consent,
            on_decline: self.effects(&format!("{p}.on_decline"), &a.on_decline, scope),
            news_success: self.news(&format!("{p}.news_success"), &a.news_success, a.target),
            news_failure: self.news(&format!("{p}.news_failure"), &a.news_failure, a.target),
        })
    }

    /// Checks a news template's `{…}` placeholders.
    fn news(&mut self, path: &str, text: &Option<String>, target: TargetKind) -> Option<String> {
        let t = text.as_ref()?;
        let mut rest = t.as_str();
        while let Some(open) = rest.find('{') {
            let after = &rest[open + 1..];
            let name = after.find('}').map_or(after, |close| &after[..close]);
            let allowed = name == "self" || (name == "target" && target != TargetKind::None);
            if !allowed {
                let d = if name == "target" {
                    Diagnostic::error(
                        "bad-placeholder",
                        self.span(path),
                        "`{target}` is used, but this action has no target",
                    )
                    .with_help("remove `{target}`, or give the action a `target`")
                } else {
                    Diagnostic::error(
                        "bad-placeholder",
                        self.span(path),
                        format!("unknown placeholder `{{{name}}}` in news text"),
                    )
                    .with_suggestion(name, ["self", "target"])
                };
                let d = if d.help.is_none() { d.with_help("news text may use `{self}` and `{target}`") } else { d };
                self.diags.push(d);
                break;
            }
            rest = &after[name.len().min(after.len())..];
        }
        Some(t.clone())
    }

    fn event(&mut self, i: usize, e: &format::Event, f: &ScenarioFile) -> EventDef {
        let p = format!("events[{i}]");
        self.id(&format!("{p}.id"), &e.id, "event");
        if i == 0 {
            self.unique("event", f.events.iter().enumerate().map(|(j, x)| (format!("events[{j}].id"), x.id.as_str())));
        }
        if let Some(turn) = e.turn {
            let turns = valid_turns(f).unwrap_or(limits::TURNS);
            if turn == 0 {
                let d = self.error("out-of-range", &format!("{p}.turn"), "turn 0 does not exist; the first turn is 1");
                Self::help(d, "use `turn: 1` for the opening turn");
            } else if turn > turns {
                let d = self.error(
                    "event-after-end",
                    &format!("{p}.turn"),
                    format!("event `{}` is scheduled for turn {turn}, but the game ends after turn {turns}", e.id),
                );
                Self::help(d, format!("schedule it between 1 and {turns}, or add turns in `meta.calendar.turns`"));
            }
        }
        if let format::Repeat::Cooldown(0) = e.repeat {
            let d = self.error("out-of-range", &format!("{p}.repeat"), "a cooldown of 0 turns is the same as `Always`");
            Self::help(d, "write `repeat: Always`, or a cooldown of at least 1");
        }
        let choice = e.choice.as_ref().map(|c| {
            let cp = format!("{p}.choice");
            let faction = self.entity_ref(&format!("{cp}.faction"), &c.faction, EntityKind::Faction, "the choice");
            if c.options.is_empty() {
                let d = self.error("empty-choice", &format!("{cp}.options"), "a choice needs at least one option");
                Self::help(d, "add options, or remove the choice");
            }
            for (j, o) in c.options.iter().enumerate() {
                self.id(&format!("{cp}.options[{j}].id"), &o.id, "option");
            }
            self.unique(
                "option",
                c.options.iter().enumerate().map(|(j, o)| (format!("{cp}.options[{j}].id"), o.id.as_str())),
            );
            let scope = ExprScope { self_kind: Some(EntityKind::Faction), target_kind: None };
            let options = c
                .options
                .iter()
                .enumerate()
                .map(|(j, o)| ChoiceOptionDef {
                    id: o.id.clone(),
                    label: o.label.clone(),
                    effects: self.effects(&format!("{cp}.options[{j}].effects"), &o.effects, scope),
                })
                .collect();
            ChoiceDef { faction: faction.unwrap_or(0), prompt: c.prompt.clone(), options }
        });
        let scope = if e.choice.is_some() {
            ExprScope { self_kind: Some(EntityKind::Faction), target_kind: None }
        } else {
            ExprScope::default()
        };
        EventDef {
            id: e.id.clone(),
            title: e.title.clone(),
            text: e.text.clone(),
            turn: e.turn,
            when: self.opt_expr(&format!("{p}.when"), &e.when, scope, Type::Bool),
            chance: self.opt_expr(&format!("{p}.chance"), &e.chance, scope, Type::Num),
            repeat: e.repeat,
            effects: self.effects(&format!("{p}.effects"), &e.effects, scope),
            choice,
            public: e.public,
        }
    }

    fn rule(&mut self, i: usize, r: &format::Rule) -> RuleDef {
        let p = format!("rules[{i}]");
        let scope = match r.each {
            format::Scope::World => ExprScope::default(),
            format::Scope::Factions => ExprScope { self_kind: Some(EntityKind::Faction), target_kind: None },
            format::Scope::Regions => ExprScope { self_kind: Some(EntityKind::Region), target_kind: None },
            format::Scope::Routes => ExprScope { self_kind: Some(EntityKind::Route), target_kind: None },
            format::Scope::Pairs => {
                ExprScope { self_kind: Some(EntityKind::Faction), target_kind: Some(EntityKind::Faction) }
            }
        };
        RuleDef {
            id: r.id.clone(),
            description: r.description.clone(),
            each: r.each,
            when: self.opt_expr(&format!("{p}.when"), &r.when, scope, Type::Bool),
            effects: self.effects(&format!("{p}.effects"), &r.effects, scope),
        }
    }
}

/// "the factions are: a, b, c" (sorted, at most a dozen), for an unknown name with no close match.
fn known_list(noun: &str, mut ids: Vec<&str>) -> String {
    const SHOWN: usize = 12;
    if ids.is_empty() {
        return format!("the scenario declares no {noun} yet");
    }
    ids.sort_unstable();
    let more = ids.len().saturating_sub(SHOWN);
    ids.truncate(SHOWN);
    let list = ids.iter().map(|id| format!("`{id}`")).collect::<Vec<_>>().join(", ");
    if more > 0 {
        format!("known {noun} ids include {list} (and {more} more)")
    } else {
        format!("known {noun} ids: {list}")
    }
}

/// The number of turns, when it is itself valid.
fn valid_turns(f: &ScenarioFile) -> Option<u32> {
    Some(f.meta.calendar.turns).filter(|t| (1..=limits::TURNS).contains(t))
}

/// Whether an expression reads nothing from the game.
fn is_constant(node: &Node) -> bool {
    match &node.kind {
        NodeKind::Num(_) | NodeKind::Bool(_) | NodeKind::Entity(..) | NodeKind::EntityEq(..) => true,
        NodeKind::Turn
        | NodeKind::FactionVar(..)
        | NodeKind::RegionVar(..)
        | NodeKind::RouteNum(..)
        | NodeKind::RouteOpen(_)
        | NodeKind::Flag(_)
        | NodeKind::Relation(..)
        | NodeKind::Controls(..) => false,
        NodeKind::Neg(a) | NodeKind::Not(a) | NodeKind::Abs(a) => is_constant(a),
        NodeKind::Arith(_, a, b)
        | NodeKind::Compare(_, a, b)
        | NodeKind::BoolEq(_, a, b)
        | NodeKind::And(a, b)
        | NodeKind::Or(a, b) => is_constant(a) && is_constant(b),
        NodeKind::Min(v) | NodeKind::Max(v) => v.iter().all(is_constant),
        NodeKind::Clamp(a, b, c) | NodeKind::If(a, b, c) => is_constant(a) && is_constant(b) && is_constant(c),
    }
}

/// Parses `YYYY-MM` or `YYYY-MM-DD` into (year, month, day).
pub fn parse_date(text: &str) -> Option<(i32, u32, u32)> {
    let mut parts = text.split('-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u32 = parts.next()?.parse().ok()?;
    let day: u32 = match parts.next() {
        Some(d) => d.parse().ok()?,
        None => 1,
    };
    if parts.next().is_some() || !(1..=12).contains(&month) || !(1..=31).contains(&day) || !(1..=9999).contains(&year) {
        return None;
    }
    Some((year, month, day))
}
