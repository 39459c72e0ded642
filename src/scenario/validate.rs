//! Semantic checks of a parsed scenario file, and its compilation.
//!
//! Every problem is collected (none stops the walk), each located through the
//! [`SourceMap`] so it can be shown as `file:line:col`.

use std::cell::OnceCell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;

use crate::i18n::Lang;
use crate::scenario::cost::{Source, orders_cost, turn_cost};
use crate::scenario::diagnostic::{Diagnostic, Severity, with_suggestion_budget};
use crate::scenario::expr::compile::{Names, compile_effect, compile_expr};
use crate::scenario::expr::{Compiled, EffectStmt, EntityKind, Node, NodeKind, Scope as ExprScope, Type};
use crate::scenario::format::{self, FORMAT_VERSION, ScenarioFile, TargetKind, VarDecl};
use crate::scenario::locate::{SourceMap, string_content_offset};
use crate::scenario::model::*;
use crate::scenario::strings::{self, At, TextKind, is_bidi_control};
use crate::tr;

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
    /// Most objectives of one faction: every one is measured each turn and listed in the debrief.
    pub const OBJECTIVES: usize = 32;
    /// Most options of one choice: each is shown, and weighed by a computer player.
    pub const OPTIONS: usize = 32;
    /// Most entries in one action's `factions`: more would name a faction twice.
    pub const ACTION_FACTIONS: usize = FACTIONS;
    /// Longest id, or reference to one, in characters (the longest shipped id has 26).
    /// Ids name things in expressions; nothing longer is a sensible name, and
    /// "did you mean" compares unknown names only against names this long.
    pub const ID_LEN: usize = 64;
    /// Longest one-line text, in characters: names, titles, option labels,
    /// prompts, units, the author, locale, colour and date (the longest shipped
    /// has 87). Names are shown on one line and repeated in news lines.
    pub const NAME_LEN: usize = 200;
    /// Longest long text, in characters: the summary, briefings, descriptions
    /// and event texts (the longest shipped, a briefing, has 1,285).
    pub const TEXT_LEN: usize = 20_000;
    /// Longest news template, in characters (the longest shipped has 86).
    pub const NEWS_LEN: usize = 1_000;
    /// Most `{self}` and `{target}` in one news template (shipped: 2). Each
    /// becomes a name of at most [`NAME_LEN`] characters, so a news line stays
    /// under `NEWS_LEN + NEWS_PLACEHOLDERS * NAME_LEN` characters.
    pub const NEWS_PLACEHOLDERS: usize = 8;
    /// Most problems reported for one file. Past it the checks that cost the
    /// most (expressions, unknown names) stop, so a file of millions of
    /// mistakes is reported in a moment and in bounded memory.
    pub const PROBLEMS: usize = 1_000;
    /// Work allowed for all the "did you mean" searches of one file, in
    /// characters compared; past it, unknown names get no suggestion. A search
    /// among the 6,000 ids of a world at its limits costs about 200,000 with
    /// short ids, so a hundred unknown names still get their suggestion;
    /// spent entirely, it takes under 0.1 s.
    pub const SUGGESTION_WORK: u64 = 20_000_000;
    /// Largest estimated work of resolving one turn, in units of about one
    /// expression node evaluated ([`crate::scenario::cost::turn_cost`]; a
    /// unit took 5–10 ns where this was measured). The shipped scenarios
    /// cost under 5,000 and the 10× synthetic benchmark scenario about
    /// 83,000 (70 times less); a turn at the limit takes a few tens of
    /// milliseconds.
    pub const TURN_COST: u64 = 6_000_000;
    /// Largest estimated work of checking every order one faction could give
    /// (every action it may take, against every target, each as if refused
    /// and its reason written), in the same units
    /// ([`crate::scenario::cost::orders_cost`]). The shipped scenarios cost
    /// under 6,200 and the 10× synthetic scenario about 1,600,000 (15 times
    /// less; that estimate is pessimistic, its real checks take about 1 ms).
    /// The orders screen and the computer players do it for each faction they
    /// prepare orders for; at the limit it takes up to about 0.1 s.
    pub const ORDERS_COST: u64 = 24_000_000;
}

const RESERVED: [&str; 17] = [
    "self", "target", "turn", "turns", "flag", "true", "false", "and", "or", "not", "min", "max", "clamp", "abs", "if",
    "relation", "controls",
];

struct Checker<'a> {
    /// The language problems are written in.
    lang: Lang,
    source: &'a str,
    /// Built on the first diagnostic: a clean file never pays for locating values.
    map: OnceCell<SourceMap>,
    diags: Vec<Diagnostic>,
    names: Names,
    /// Paths of strings refused for their length or characters: not checked further.
    refused: HashSet<String>,
    /// Problems found past [`limits::PROBLEMS`], counted but not kept.
    dropped: usize,
    /// Errors found, kept or not.
    errors: usize,
    /// A list is longer than its limit: names may be missing, so expressions are not compiled.
    over_limit: bool,
    /// Ids of each kind of entity (faction, region, route), sorted: the candidates for suggestions.
    kind_ids: [Vec<String>; 3],
    /// Index of each faction and region variable by id (the first, if declared twice).
    var_index: [HashMap<String, usize>; 2],
    /// Where the diagnostic returned for a dropped problem goes.
    sink: Diagnostic,
}

/// Validates and compiles `file`, parsed from `source`; returns the scenario when there is no error.
///
/// Every string is checked first for its length and characters; then ids,
/// references and expressions; last, the compiled scenario's work per turn
/// is estimated (see [`crate::scenario::cost`]) and refused over its limits.
/// Problems are written in `lang`.
pub fn check(file: &ScenarioFile, source: &str, lang: Lang) -> (Option<Scenario>, Vec<Diagnostic>) {
    let mut names = Names::default();
    names.lang = lang;
    let mut c = Checker {
        lang,
        source,
        map: OnceCell::new(),
        diags: Vec::new(),
        names,
        refused: HashSet::new(),
        dropped: 0,
        errors: 0,
        over_limit: false,
        kind_ids: Default::default(),
        var_index: Default::default(),
        sink: Diagnostic::error("too-many", None, ""),
    };
    let scenario = with_suggestion_budget(limits::SUGGESTION_WORK, || c.scenario(file));
    fold_invalid_suggestions(&mut c.diags, lang);
    if c.dropped > 0 {
        let message = tr!(lang, "diag-too-many-problems", problems = limits::PROBLEMS);
        let d = if c.errors > 0 {
            Diagnostic::error("too-many", None, message)
        } else {
            Diagnostic::warning("too-many", None, message)
        };
        c.diags.push(d.with_help(tr!(lang, "diag-too-many-problems-help")));
    }
    let has_error = c.diags.iter().any(|d| d.severity == Severity::Error);
    let scenario = if has_error { None } else { Some(scenario) };
    if let Some(s) = &scenario {
        if let Some(d) = c.too_costly(s) {
            c.diags.push(d);
            return (None, c.diags);
        }
    }
    (scenario, c.diags)
}

impl Checker<'_> {
    /// Refuses a scenario whose turns would take too long: resolving one
    /// ([`limits::TURN_COST`]) or checking one faction's orders
    /// ([`limits::ORDERS_COST`]). Located at the heaviest part.
    fn too_costly(&self, scn: &Scenario) -> Option<Diagnostic> {
        let turn = turn_cost(scn, self.lang);
        let lang = self.lang;
        let (what, est, limit) = if turn.total > limits::TURN_COST {
            (tr!(lang, "diag-cost-turn"), turn, limits::TURN_COST)
        } else {
            let (f, est) = orders_cost(scn, self.lang)?;
            if est.total <= limits::ORDERS_COST {
                return None;
            }
            let faction = scn.factions.get(f).map_or("?", |x| x.id.as_str());
            (tr!(lang, "diag-cost-orders", faction = faction), est, limits::ORDERS_COST)
        };
        let heaviest = est.heaviest()?;
        let path = match heaviest.source {
            Source::State => "regions".to_string(),
            Source::Income(f) => format!("factions[{f}].income"),
            Source::Objectives(f) => format!("factions[{f}].objectives"),
            Source::Action(i) => format!("actions[{i}].id"),
            Source::Event(i) => format!("events[{i}].id"),
            Source::Routes => "routes".to_string(),
            Source::Rule(i) => format!("rules[{i}].id"),
            Source::EndWhen => "end_when".to_string(),
        };
        let share = u128::from(heaviest.cost) * 100 / u128::from(est.total.max(1));
        let message = tr!(lang, "diag-too-costly", what = what, units = est.total, limit = limit);
        let help = tr!(
            lang,
            "diag-too-costly-help",
            part = heaviest.what.as_str(),
            units = heaviest.cost,
            share = share.to_string()
        );
        Some(Diagnostic::error("turn-too-costly", self.span(&path), message).with_help(help))
    }

    fn map(&self) -> &SourceMap {
        self.map.get_or_init(|| SourceMap::build(self.source))
    }

    fn span(&self, path: &str) -> Option<Range<usize>> {
        self.map().find(path)
    }

    /// Whether so many problems were found, errors among them, that the
    /// costly checks stop: the scenario is refused whatever else is wrong.
    fn stopped(&self) -> bool {
        self.errors > 0 && self.diags.len() >= limits::PROBLEMS
    }

    /// Counts a problem that a stopped check did not look for.
    fn skipped(&mut self) {
        self.dropped += 1;
    }

    /// Keeps a problem, unless [`limits::PROBLEMS`] are kept already.
    fn push(&mut self, d: Diagnostic) -> &mut Diagnostic {
        self.errors += usize::from(d.is_error());
        if self.diags.len() >= limits::PROBLEMS {
            self.dropped += 1;
            self.sink = d;
            return &mut self.sink;
        }
        self.diags.push(d);
        // Always the one just pushed: the sink is only a type-correct fallback.
        match self.diags.last_mut() {
            Some(pushed) => pushed,
            None => &mut self.sink,
        }
    }

    fn error(&mut self, code: &'static str, path: &str, message: impl Into<String>) -> &mut Diagnostic {
        let d = Diagnostic::error(code, self.span(path), message);
        self.push(d)
    }

    fn warn(&mut self, code: &'static str, path: &str, message: impl Into<String>) -> &mut Diagnostic {
        let d = Diagnostic::warning(code, self.span(path), message);
        self.push(d)
    }

    /// Whether the string at `path` was already refused for its length or characters.
    fn is_refused(&self, path: &str) -> bool {
        !self.refused.is_empty() && self.refused.contains(path)
    }

    fn help(d: &mut Diagnostic, help: impl Into<String>) {
        d.help = Some(help.into());
    }

    /// Where `path` is, in `lang`: `factions[2].id (line 14)`, or the path alone.
    fn place(&self, path: &str) -> String {
        match self.span(path) {
            Some(s) => {
                let line = crate::scenario::diagnostic::line_col(self.source, s.start).0;
                tr!(self.lang, "diag-place-line", path = path, line = line.to_string())
            }
            None => path.to_string(),
        }
    }

    /// `what` (a message key: `diag-what-…`) in this checker's language.
    fn what(&self, key: &str) -> String {
        tr!(self.lang, key)
    }

    /// The noun of a kind of thing with an id (`faction`, `flag`…) in this checker's language.
    fn kind(&self, kind: &str) -> String {
        kind_noun(self.lang, kind)
    }

    fn range(&mut self, path: &str, what: &str, value: i64, lo: i64, hi: i64) {
        if value < lo || value > hi {
            let (lo, hi) = (lo.to_string(), hi.to_string());
            let message = tr!(
                self.lang,
                "diag-out-of-range",
                what = what,
                value = value.to_string(),
                lo = lo.as_str(),
                hi = hi.as_str()
            );
            let help = tr!(self.lang, "diag-use-value-from", min = lo, max = hi);
            let d = self.error("out-of-range", path, message);
            Self::help(d, help);
        }
    }

    fn count(&mut self, path: &str, what: &str, n: usize, max: usize) -> bool {
        if n > max {
            let message = tr!(
                self.lang,
                "diag-too-many-items",
                what = self.what(what),
                count = n.to_string(),
                max = max.to_string()
            );
            let help = tr!(self.lang, "diag-too-many-items-help");
            let d = self.error("too-many", path, message);
            Self::help(d, help);
            return false;
        }
        true
    }

    /// Checks an id; `kind` names what it is the id of (`faction`, `flag`…).
    fn id(&mut self, path: &str, id: &str, kind: &str) {
        if self.is_refused(path) {
            return;
        }
        let lang = self.lang;
        if !valid_id(id) {
            let d = self.error("bad-id", path, tr!(lang, "diag-bad-id", kind = self.kind(kind), id = id));
            let help = match id_for(id) {
                Some(suggestion) => tr!(lang, "diag-bad-id-help", suggestion = suggestion),
                // No Latin letter to keep (`نيجر`): the name is what players read.
                None => tr!(lang, "diag-bad-id-name-help", id = id, suggestion = format!("{kind}_1")),
            };
            Self::help(d, help);
        } else if RESERVED.contains(&id) {
            let d = self.error("bad-id", path, tr!(lang, "diag-reserved-id", kind = self.kind(kind), id = id));
            Self::help(d, tr!(lang, "diag-reserved-id-help", suggestion = format!("{id}_1")));
        }
    }

    /// Reports duplicates among `ids` (path of each, id); `kind` as for [`Checker::id`].
    fn unique<'b>(&mut self, kind: &str, items: impl IntoIterator<Item = (String, &'b str)>) {
        let mut seen: HashMap<&str, String> = HashMap::new();
        for (path, id) in items {
            if self.is_refused(&path) {
                continue;
            }
            if let Some(first) = seen.get(id) {
                let help = tr!(self.lang, "diag-duplicate-id-help", id = id, first = self.place(first));
                let message = tr!(self.lang, "diag-duplicate-id", kind = self.kind(kind), id = id);
                let d = self.error("duplicate-id", &path, message);
                Self::help(d, help);
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
        self.push(d);
    }

    /// Whether expressions are compiled: not when a list of names is over its
    /// limit, nor once so many problems were found that checking stopped.
    fn compiling(&mut self) -> bool {
        if self.stopped() {
            self.skipped();
        }
        !self.over_limit && !self.stopped()
    }

    fn expr(&mut self, path: &str, text: &str, scope: ExprScope, want: Option<Type>) -> Option<Compiled> {
        if self.is_refused(path) || !self.compiling() {
            return None;
        }
        match compile_expr(text, &self.names, scope, want) {
            Ok(c) => Some(c),
            Err(e) => {
                self.expr_error(path, e);
                None
            }
        }
    }

    /// Warns when a faction's briefing or objective text says one of its
    /// variables "starts at N" (or "begins at N") and N is not the start
    /// value the scenario declares. Conservative: the sentence must name the
    /// variable (its name or id) and the number must follow the phrase.
    fn briefing_numbers(&mut self, f: &ScenarioFile) {
        for (i, faction) in f.factions.iter().enumerate() {
            let mut texts = vec![(format!("factions[{i}].briefing"), faction.briefing.as_str())];
            for (j, o) in faction.objectives.iter().enumerate() {
                texts.push((format!("factions[{i}].objectives[{j}].description"), o.description.as_str()));
            }
            for (path, text) in texts {
                for (at, var, said) in stated_starts(text, &f.variables.faction) {
                    let Some(decl) = f.variables.faction.iter().find(|v| v.id == var) else { continue };
                    let start = faction.values.get(&decl.id).copied().unwrap_or(decl.initial);
                    if said == start {
                        continue;
                    }
                    let span = self.map().get(&path).map(|lit| {
                        let s = string_content_offset(self.source, lit.start, at);
                        s..s + said.to_string().len()
                    });
                    let (said, start) = (said.to_string(), start.to_string());
                    let mut d = Diagnostic::warning(
                        "briefing-contradicts-start",
                        span.or_else(|| self.span(&path)),
                        tr!(
                            self.lang,
                            "diag-briefing-contradicts-start",
                            faction = faction.id.as_str(),
                            variable = decl.name.to_lowercase(),
                            said = said,
                            start = start.as_str()
                        ),
                    );
                    d.help = Some(tr!(self.lang, "diag-briefing-contradicts-start-help", start = start));
                    self.push(d);
                }
            }
        }
    }

    /// Compiles an action's requirements; warns about those without a reason in words.
    fn requirements(&mut self, path: &str, a: &format::Action, scope: ExprScope) -> Vec<RequirementDef> {
        let Some(req) = &a.requires else { return Vec::new() };
        if !self.count(path, "diag-what-requirements", req.items.len(), limits::EFFECTS) {
            return Vec::new();
        }
        let mut out = Vec::with_capacity(req.items.len());
        for (i, item) in req.items.iter().enumerate() {
            let (expr_path, reason_path) = req.paths(path, i);
            let reason = item.reason.as_ref().map(|r| r.trim().to_string()).filter(|r| !r.is_empty());
            if reason.is_none() && !self.is_refused(&expr_path) {
                let message = tr!(self.lang, "diag-requirement-without-words", action = a.id.as_str());
                let help = tr!(self.lang, "diag-requirement-without-words-help");
                let d = self.warn("requirement-without-words", &reason_path, message);
                Self::help(d, help);
            }
            if let Some(cond) = self.expr(&expr_path, &item.expr, scope, Some(Type::Bool)) {
                out.push(RequirementDef { cond, reason });
            }
        }
        out
    }

    fn opt_expr(&mut self, path: &str, text: &Option<String>, scope: ExprScope, want: Type) -> Option<Compiled> {
        text.as_ref().and_then(|t| self.expr(path, t, scope, Some(want)))
    }

    fn effects(&mut self, path: &str, list: &[String], scope: ExprScope) -> Vec<EffectStmt> {
        if !self.count(path, "diag-what-effects", list.len(), limits::EFFECTS) {
            return Vec::new();
        }
        let mut out = Vec::with_capacity(list.len());
        for (i, text) in list.iter().enumerate() {
            let p = format!("{path}[{i}]");
            if self.is_refused(&p) || !self.compiling() {
                continue;
            }
            match compile_effect(text, &self.names, scope) {
                Ok(e) => out.push(e),
                Err(e) => self.expr_error(&p, e),
            }
        }
        out
    }

    /// An event dated where no calendar of the scenario, nor of its variants, has a turn.
    fn never_dated(&mut self, p: &str, e: &format::Event, date: &str, f: &ScenarioFile) {
        let key = if f.variants.is_empty() { "diag-date-outside-calendar" } else { "diag-date-outside-calendars" };
        let message = tr!(self.lang, key, event = e.id.as_str(), date = date);
        let c = &f.meta.calendar;
        let help =
            tr!(self.lang, "diag-date-outside-calendar-help", start = c.start.as_str(), turns = c.turns.to_string());
        let d = self.warn("date-outside-calendar", &format!("{p}.date"), message);
        Self::help(d, help);
    }

    /// Units of their own: each for a faction (faction variables) or region (region variables).
    fn units(&mut self, f: &ScenarioFile) {
        for (kind, want, decls) in [
            ("faction", EntityKind::Faction, &f.variables.faction),
            ("region", EntityKind::Region, &f.variables.region),
        ] {
            for (i, v) in decls.iter().enumerate() {
                for key in v.units.keys() {
                    let path = format!("variables.{kind}[{i}].units.{key}:key");
                    let what = tr!(self.lang, "diag-what-units", kind = self.kind(kind), variable = v.id.as_str());
                    self.entity_ref(&path, key, want, &what);
                }
            }
        }
    }

    /// Checks declared variables; false when there are more than the limit.
    fn var_decls(&mut self, path: &str, decls: &[VarDecl]) -> bool {
        let fits = self.count(path, "diag-what-variables", decls.len(), limits::VARIABLES);
        for (i, v) in decls.iter().enumerate() {
            let p = format!("{path}[{i}]");
            self.id(&format!("{p}.id"), &v.id, "variable");
            if v.min > v.max {
                let (min, max) = (v.min.to_string(), v.max.to_string());
                let message = tr!(self.lang, "diag-bad-range", variable = v.id.as_str(), min = min, max = max);
                let help = tr!(self.lang, "diag-bad-range-help");
                let d = self.error("bad-range", &format!("{p}.max"), message);
                Self::help(d, help);
            }
            self.range(&format!("{p}.min"), "min", v.min, -limits::VALUE, limits::VALUE);
            self.range(&format!("{p}.max"), "max", v.max, -limits::VALUE, limits::VALUE);
            if v.min <= v.max {
                let what = tr!(self.lang, "diag-what-initial", variable = v.id.as_str());
                self.range(&format!("{p}.initial"), &what, v.initial, v.min, v.max);
            }
        }
        self.unique("variable", decls.iter().enumerate().map(|(i, v)| (format!("{path}[{i}].id"), v.id.as_str())));
        fits
    }

    /// Starting values for one entity: declared initials overridden by `values`.
    fn values(&mut self, path: &str, decls: &[VarDecl], values: &BTreeMap<String, i64>, kind: VarKind) -> Vec<i64> {
        let mut out: Vec<i64> = decls.iter().map(|d| d.initial).collect();
        for (key, &value) in values {
            let p = format!("{path}.{key}");
            match self.var(kind, key) {
                Some(i) => {
                    let Some(d) = decls.get(i) else { continue };
                    let (lo, hi) = (d.min, d.max);
                    self.range(&p, &format!("`{key}`"), value, lo, hi);
                    if let Some(slot) = out.get_mut(i) {
                        *slot = value;
                    }
                }
                None => {
                    let key_path = format!("{p}:key");
                    if self.is_refused(&key_path) {
                        continue;
                    }
                    if self.stopped() {
                        self.skipped();
                        continue;
                    }
                    let noun = kind.noun();
                    let ids: Vec<&str> =
                        decls.iter().take(limits::VARIABLES).map(|d| d.id.as_str()).filter(|id| shown(id)).collect();
                    let d = Diagnostic::error(
                        "unknown-name",
                        self.span(&key_path).or_else(|| self.span(path)),
                        tr!(self.lang, "diag-unknown-variable", kind = self.kind(noun), variable = key.as_str()),
                    )
                    .with_suggestion(self.lang, key, ids.iter().copied());
                    let d = if d.help.is_none() {
                        d.with_help(tr!(self.lang, "diag-unknown-variable-help", kind = noun, ids = ids.join(", ")))
                    } else {
                        d
                    };
                    self.push(d);
                }
            }
        }
        out
    }

    /// Index of a declared variable of this kind.
    fn var(&self, kind: VarKind, id: &str) -> Option<usize> {
        self.var_index[kind as usize].get(id).copied()
    }

    fn entity_ref(&mut self, path: &str, id: &str, want: EntityKind, what: &str) -> Option<usize> {
        if self.is_refused(path) {
            return None;
        }
        match self.names.entities.get(id) {
            Some(&(kind, i)) if kind == want => Some(i),
            Some(&(kind, _)) => {
                let (want, kind) = (self.kind(want.noun()), self.kind(kind.noun()));
                let message =
                    tr!(self.lang, "diag-wrong-kind", what = what, want = want.as_str(), id = id, kind = kind);
                let help = tr!(self.lang, "diag-wrong-kind-help", want = want);
                let d = self.error("wrong-kind", path, message);
                Self::help(d, help);
                None
            }
            None if self.stopped() => {
                self.skipped();
                None
            }
            None => {
                let candidates = &self.kind_ids[kind_slot(want)];
                let d = Diagnostic::error(
                    "unknown-name",
                    self.span(path),
                    tr!(self.lang, "diag-unknown-entity", kind = self.kind(want.noun()), id = id, what = what),
                )
                .with_suggestion(self.lang, id, candidates.iter().map(String::as_str));
                let d = if d.help.is_some() {
                    d
                } else {
                    d.with_help(known_list(self.lang, &self.kind(want.noun()), candidates))
                };
                self.push(d);
                None
            }
        }
    }

    fn scenario(&mut self, f: &ScenarioFile) -> Scenario {
        self.texts(f);
        self.briefing_numbers(f);
        if f.format != FORMAT_VERSION {
            let message = tr!(self.lang, "diag-unsupported-format", format = f.format.to_string());
            let help = tr!(self.lang, "diag-unsupported-format-help", format = FORMAT_VERSION.to_string());
            let d = self.error("unsupported-format", "format", message);
            Self::help(d, help);
        }
        self.meta(&f.meta);
        self.range("action_points", "action_points", i64::from(f.action_points), 1, i64::from(limits::ACTION_POINTS));
        let names_fit = [
            self.var_decls("variables.faction", &f.variables.faction),
            self.var_decls("variables.region", &f.variables.region),
            self.count("factions", "diag-what-factions", f.factions.len(), limits::FACTIONS),
            self.count("regions", "diag-what-regions", f.regions.len(), limits::REGIONS),
            self.count("routes", "diag-what-routes", f.routes.len(), limits::ROUTES),
            self.count("flags", "diag-what-flags", f.flags.len(), limits::FLAGS),
        ];
        // Looking names up in lists past their limits would cost their product.
        self.over_limit = names_fit.contains(&false);
        self.count("actions", "diag-what-actions", f.actions.len(), limits::ACTIONS);
        self.count("events", "diag-what-events", f.events.len(), limits::EVENTS);
        self.count("rules", "diag-what-rules", f.rules.len(), limits::RULES);

        self.names_table(f);

        let factions: Vec<FactionDef> = f.factions.iter().enumerate().map(|(i, x)| self.faction(i, x, f)).collect();
        if !f.factions.is_empty() && f.factions.iter().all(|x| !x.playable) {
            let (message, help) = (self.what("diag-no-playable"), self.what("diag-no-playable-help"));
            let d = self.error("no-playable-faction", "factions", message);
            Self::help(d, help);
        } else if f.factions.is_empty() {
            let (message, help) = (self.what("diag-no-factions"), self.what("diag-no-factions-help"));
            let d = self.error("no-playable-faction", "factions", message);
            Self::help(d, help);
        }
        let regions = f.regions.iter().enumerate().map(|(i, r)| self.region(i, r, f)).collect();
        self.units(f);
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
        let events = f.events.iter().enumerate().filter_map(|(i, e)| self.event(i, e, f)).collect();
        for (i, r) in f.rules.iter().enumerate() {
            self.id(&format!("rules[{i}].id"), &r.id, "rule");
        }
        self.unique("rule", f.rules.iter().enumerate().map(|(i, r)| (format!("rules[{i}].id"), r.id.as_str())));
        let rules = f.rules.iter().enumerate().map(|(i, r)| self.rule(i, r)).collect();
        let shared = self.outcomes(f);
        let end_when = f
            .end_when
            .iter()
            .enumerate()
            .filter_map(|(i, t)| self.expr(&format!("end_when[{i}]"), t, ExprScope::default(), Some(Type::Bool)))
            .collect();

        Scenario {
            lang: f.meta.locale.parse().unwrap_or_default(),
            translation: None,
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
            shared,
            variant: None,
            variants: Vec::new(),
            entity_ids: {
                // In id order: the same ids make the same map.
                let mut ids: Vec<_> = self.names.entities.iter().map(|(k, v)| (k.clone(), *v)).collect();
                ids.sort_unstable_by(|a, b| a.0.cmp(&b.0));
                ids.into_iter().collect()
            },
            action_ids: f.actions.iter().enumerate().rev().map(|(i, a)| (a.id.clone(), i)).collect(),
            bound: Default::default(),
        }
    }

    fn meta(&mut self, m: &format::Meta) {
        self.id("meta.id", &m.id, "scenario");
        if m.title.trim().is_empty() {
            let (message, help) = (self.what("diag-empty-title"), self.what("diag-empty-title-help"));
            let d = self.error("empty-text", "meta.title", message);
            Self::help(d, help);
        }
        self.range("meta.calendar.turns", "turns", i64::from(m.calendar.turns), 1, i64::from(limits::TURNS));
        if parse_date(&m.calendar.start).is_none() && !self.is_refused("meta.calendar.start") {
            let lang = self.lang;
            let (message, help) = impossible_day(&m.calendar.start, lang).unwrap_or_else(|| {
                (
                    tr!(lang, "diag-not-a-date", date = m.calendar.start.as_str()),
                    tr!(lang, "diag-not-a-date-help", example = "\"2025-01\""),
                )
            });
            let d = self.error("bad-date", "meta.calendar.start", message);
            Self::help(d, help);
        }
        let (n, path) = match m.calendar.turn_length {
            format::TurnLength::Months(n) => (n, "meta.calendar.turn_length[0]"),
            format::TurnLength::Weeks(n) => (n, "meta.calendar.turn_length[0]"),
            format::TurnLength::Days(n) => (n, "meta.calendar.turn_length[0]"),
        };
        let what = self.what("diag-what-turn-length");
        self.range(path, &what, i64::from(n), 1, 366);
    }

    fn names_table(&mut self, f: &ScenarioFile) {
        self.names.turns = i64::from(f.meta.calendar.turns);
        // An id with a control or bidirectional character (refused in `texts`)
        // stays out of the tables, so no suggestion ever repeats it.
        self.names.faction_vars = f.variables.faction.iter().map(|v| lookup_name(&v.id)).collect();
        self.names.region_vars = f.variables.region.iter().map(|v| lookup_name(&v.id)).collect();
        self.names.flags = f.flags.iter().map(|x| lookup_name(&x.id)).collect();
        self.names.actions =
            f.actions.iter().map(|a| (lookup_name(&a.id), a.target.entity(), a.duration > 0)).collect();
        for (kind, decls) in [(VarKind::Faction, &f.variables.faction), (VarKind::Region, &f.variables.region)] {
            let index = &mut self.var_index[kind as usize];
            for (i, v) in decls.iter().enumerate().filter(|(_, v)| shown(&v.id)) {
                index.entry(v.id.clone()).or_insert(i);
            }
        }
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
                if self.is_refused(&path) {
                    continue;
                }
                let message = tr!(self.lang, "diag-id-taken", id = id, kind = self.kind(first_kind.noun()));
                let help = tr!(self.lang, "diag-id-taken-help", first = self.place(first_path));
                let d = self.error("duplicate-id", &path, message);
                Self::help(d, help);
            } else if shown(id) {
                first.insert(id.to_string(), (path, kind));
                self.names.entities.insert(id.to_string(), (kind, index));
                self.kind_ids[kind_slot(kind)].push(id.to_string());
            }
        }
        for ids in &mut self.kind_ids {
            ids.sort_unstable();
        }
    }

    fn faction(&mut self, i: usize, x: &format::Faction, f: &ScenarioFile) -> FactionDef {
        let p = format!("factions[{i}]");
        let colour_path = format!("{p}.colour");
        let colour = Colour::parse(&x.colour).unwrap_or_else(|| {
            if self.is_refused(&colour_path) {
                return Colour::Named(NamedColour::White);
            }
            let message = tr!(self.lang, "diag-bad-colour", colour = x.colour.as_str());
            let d = Diagnostic::error("bad-colour", self.span(&colour_path), message).with_suggestion(
                self.lang,
                &x.colour,
                NamedColour::NAMES,
            );
            let d = if d.help.is_none() {
                d.with_help(tr!(self.lang, "diag-bad-colour-help", colours = NamedColour::NAMES.join(", ")))
            } else {
                d
            };
            self.push(d);
            Colour::Named(NamedColour::White)
        });
        let initial = self.values(&format!("{p}.values"), &f.variables.faction, &x.values, VarKind::Faction);
        let scope = ExprScope { self_kind: Some(EntityKind::Faction), target_kind: None };
        let mut income = Vec::new();
        for (key, text) in &x.income {
            let vp = format!("{p}.income.{key}");
            match self.var(VarKind::Faction, key) {
                Some(var) => {
                    if let Some(c) = self.expr(&vp, text, scope, Some(Type::Num)) {
                        income.push((var, c));
                    }
                }
                None if self.is_refused(&format!("{vp}:key")) => {}
                None => {
                    let d = Diagnostic::error(
                        "unknown-name",
                        self.span(&format!("{vp}:key")).or_else(|| self.span(&vp)),
                        tr!(self.lang, "diag-unknown-income-variable", variable = key.as_str()),
                    )
                    .with_suggestion(
                        self.lang,
                        key,
                        f.variables.faction.iter().map(|v| v.id.as_str()).filter(|id| shown(id)),
                    );
                    self.push(d);
                }
            }
        }
        self.count(&format!("{p}.objectives"), "diag-what-objectives", x.objectives.len(), limits::OBJECTIVES);
        let mut objectives = Vec::new();
        for (j, o) in x.objectives.iter().enumerate() {
            let op = format!("{p}.objectives[{j}]");
            let what = self.what("diag-what-objective-weight");
            self.range(&format!("{op}.weight"), &what, i64::from(o.weight), 1, 100);
            if let Some(score) = self.expr(&format!("{op}.score"), &o.score, scope, None) {
                if is_constant(&score.root) {
                    let message = tr!(self.lang, "diag-objective-constant", objective = o.id.as_str());
                    let help = self.what("diag-objective-constant-help");
                    let d = self.error("objective-constant", &format!("{op}.score"), message);
                    Self::help(d, help);
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
            let (message, help) =
                (tr!(self.lang, "diag-no-objectives", faction = x.id.as_str()), self.what("diag-no-objectives-help"));
            self.warn("no-objectives", &format!("{p}.id"), message).help = Some(help);
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
            thresholds: match x.outcome {
                Some(t) => self.thresholds(&format!("{p}.outcome"), t),
                None => f
                    .outcomes
                    .as_ref()
                    .map_or(format::Thresholds::DEFAULT, |o| format::Thresholds { met: o.met, partly: o.partly }),
            },
        }
    }

    /// Checks verdict thresholds: `partly` below `met`, both within 0–100.
    fn thresholds(&mut self, path: &str, t: format::Thresholds) -> format::Thresholds {
        let what = [self.what("diag-what-met"), self.what("diag-what-partly")];
        let example = self.what("diag-thresholds-help");
        self.bars(path, ("met", t.met), ("partly", t.partly), what, &example);
        t
    }

    /// Checks a pair of bars: `high` within 1–100, `low` within 0–99 and below `high`.
    fn bars(&mut self, path: &str, (hi, high): (&str, i64), (lo, low): (&str, i64), what: [String; 2], example: &str) {
        self.range(&format!("{path}.{hi}"), &what[0], high, 1, 100);
        self.range(&format!("{path}.{lo}"), &what[1], low, 0, 99);
        if low >= high {
            let message = tr!(
                self.lang,
                "diag-bars",
                low = lo,
                low_value = low.to_string(),
                high = hi,
                high_value = high.to_string()
            );
            let d = self.error("out-of-range", &format!("{path}.{lo}"), message);
            Self::help(d, example);
        }
    }

    /// Compiles the scenario's outcomes: the default thresholds and the shared outcome.
    fn outcomes(&mut self, f: &ScenarioFile) -> Option<SharedDef> {
        let o = f.outcomes.as_ref()?;
        self.thresholds("outcomes", format::Thresholds { met: o.met, partly: o.partly });
        let s = o.shared.as_ref()?;
        let p = "outcomes.shared";
        let what = [self.what("diag-what-held"), self.what("diag-what-lost")];
        let example = self.what("diag-shared-help");
        self.bars(p, ("held", s.held), ("lost", s.lost), what, &example);
        let score = self.expr(&format!("{p}.score"), &s.score, ExprScope::default(), None)?;
        Some(SharedDef {
            name: s.name.clone(),
            description: s.description.clone(),
            score,
            measure: s.measure,
            held: s.held,
            lost: s.lost,
        })
    }

    fn region(&mut self, i: usize, r: &format::Region, f: &ScenarioFile) -> RegionDef {
        let p = format!("regions[{i}]");
        let what = self.what("diag-what-controller");
        let controller = r
            .controller
            .as_ref()
            .and_then(|c| self.entity_ref(&format!("{p}.controller"), c, EntityKind::Faction, &what));
        let (x, y) = (self.what("diag-what-map-x"), self.what("diag-what-map-y"));
        self.range(&format!("{p}.map[0]"), &x, r.map.0, 0, 100);
        self.range(&format!("{p}.map[1]"), &y, r.map.1, 0, 100);
        let initial = self.values(&format!("{p}.values"), &f.variables.region, &r.values, VarKind::Region);
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
        let (start, end) = (self.what("diag-what-route-start"), self.what("diag-what-route-end"));
        let from = self.entity_ref(&format!("{p}.from"), &r.from, EntityKind::Region, &start);
        let to = self.entity_ref(&format!("{p}.to"), &r.to, EntityKind::Region, &end);
        if r.from == r.to && !self.is_refused(&format!("{p}.to")) {
            let message = tr!(self.lang, "diag-route-loop", route = r.id.as_str(), region = r.to.as_str());
            let help = self.what("diag-route-loop-help");
            let d = self.error("route-loop", &format!("{p}.to"), message);
            Self::help(d, help);
        }
        let carries = self.var(VarKind::Region, &r.carries);
        if carries.is_none() && !self.is_refused(&format!("{p}.carries")) {
            let d = Diagnostic::error(
                "unknown-name",
                self.span(&format!("{p}.carries")),
                tr!(self.lang, "diag-unknown-carried", variable = r.carries.as_str(), route = r.id.as_str()),
            )
            .with_suggestion(
                self.lang,
                &r.carries,
                f.variables.region.iter().map(|v| v.id.as_str()).filter(|id| shown(id)),
            );
            self.push(d);
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
            let what = self.what("diag-what-a-relation");
            let a = self.entity_ref(&format!("{p}.between[0]"), &r.between.0, EntityKind::Faction, &what);
            let b = self.entity_ref(&format!("{p}.between[1]"), &r.between.1, EntityKind::Faction, &what);
            let what = self.what("diag-what-relation");
            self.range(&format!("{p}.value"), &what, r.value, -100, 100);
            let (Some(a), Some(b)) = (a, b) else { continue };
            if a == b {
                let message = tr!(self.lang, "diag-bad-relation", faction = r.between.0.as_str());
                let help = self.what("diag-bad-relation-help");
                let d = self.error("bad-relation", &format!("{p}.between"), message);
                Self::help(d, help);
                continue;
            }
            let key = (a.min(b), a.max(b));
            if let Some(first) = seen.get(&key) {
                let message =
                    tr!(self.lang, "diag-relation-twice", first = r.between.0.as_str(), second = r.between.1.as_str());
                let help = tr!(self.lang, "diag-relation-twice-help", first = format!("relations[{first}]"));
                let d = self.error("duplicate-id", &format!("{p}.between"), message);
                Self::help(d, help);
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
        self.count(&format!("{p}.factions"), "diag-what-action-factions", a.factions.len(), limits::ACTION_FACTIONS);
        let mut factions = Vec::new();
        let what = self.what("diag-what-the-action-factions");
        for (j, id) in a.factions.iter().enumerate() {
            if let Some(x) = self.entity_ref(&format!("{p}.factions[{j}]"), id, EntityKind::Faction, &what) {
                factions.push(x);
            }
        }
        // The most action points any faction that may take it has (all factions, if none of its names resolved).
        let ap_of = |x: &format::Faction| x.action_points.unwrap_or(f.action_points);
        let own_max = factions.iter().filter_map(|&x| f.factions.get(x)).filter(|x| x.playable).map(ap_of).max();
        let max_ap = own_max.or_else(|| f.factions.iter().map(ap_of).max()).unwrap_or(0);
        let lang = self.lang;
        let id = a.id.as_str();
        let problem = if a.factions.is_empty() {
            Some((
                "unusable-action",
                "factions",
                tr!(lang, "diag-no-faction-can", action = id),
                tr!(lang, "diag-no-faction-can-help"),
            ))
        } else if !factions.is_empty()
            && f.factions.iter().any(|x| x.playable)
            && factions.iter().all(|&x| f.factions.get(x).is_some_and(|x| !x.playable))
        {
            Some((
                "unusable-action",
                "factions",
                tr!(lang, "diag-only-unplayable", action = id),
                tr!(lang, "diag-only-unplayable-help"),
            ))
        } else if a.ap == 0 {
            Some((
                "out-of-range",
                "ap",
                tr!(lang, "diag-ap-zero", action = id),
                tr!(lang, "diag-ap-zero-help", max = max_ap.to_string()),
            ))
        } else if a.ap > max_ap {
            let max = max_ap.to_string();
            Some((
                "unusable-action",
                "ap",
                tr!(lang, "diag-ap-too-high", action = id, ap = a.ap.to_string(), max = max.as_str()),
                tr!(lang, "diag-use-value-from", min = "1", max = max),
            ))
        } else {
            None
        };
        if let Some((code, field, message, help)) = problem {
            let d = self.error(code, &format!("{p}.{field}"), message);
            Self::help(d, help);
        }
        let mut cost = Vec::new();
        for (key, &amount) in &a.cost {
            let cp = format!("{p}.cost.{key}");
            match self.var(VarKind::Faction, key) {
                Some(var) => {
                    if amount < 0 {
                        let message =
                            tr!(lang, "diag-negative-cost", variable = key.as_str(), amount = amount.to_string());
                        let help = tr!(
                            lang,
                            "diag-negative-cost-help",
                            variable = key.as_str(),
                            effect = format!("self.{key} += {}", -amount)
                        );
                        let d = self.error("out-of-range", &cp, message);
                        Self::help(d, help);
                    }
                    cost.push((var, amount));
                }
                None if self.is_refused(&format!("{cp}:key")) => {}
                None => {
                    let d = Diagnostic::error(
                        "unknown-name",
                        self.span(&format!("{cp}:key")).or_else(|| self.span(&cp)),
                        tr!(lang, "diag-unknown-cost-variable", variable = key.as_str()),
                    )
                    .with_suggestion(
                        self.lang,
                        key,
                        f.variables.faction.iter().map(|v| v.id.as_str()).filter(|id| shown(id)),
                    );
                    let own = f.variables.faction.iter().map(|v| format!("`{}`", v.id)).collect::<Vec<_>>().join(", ");
                    let d = match (&d.help, f.variables.region.iter().any(|v| &v.id == key)) {
                        // A region's value cannot pay: costs come out of the acting faction's own variables.
                        (None, true) => {
                            // The region the order is aimed at, when it is aimed at one.
                            let region = if a.target == TargetKind::Region {
                                "target"
                            } else {
                                f.regions.first().map_or("a_region", |r| r.id.as_str())
                            };
                            d.with_help(tr!(
                                lang,
                                "diag-cost-region-help",
                                own = own,
                                variable = key.as_str(),
                                effect = format!("{region}.{key} -= {amount}")
                            ))
                        }
                        (None, false) => d.with_help(tr!(lang, "diag-cost-help", own = own)),
                        _ => d,
                    };
                    self.push(d);
                }
            }
        }
        let target_kind = a.target.entity();
        let scope = ExprScope { self_kind: Some(EntityKind::Faction), target_kind };
        let requires = self.requirements(&format!("{p}.requires"), a, scope);
        let chance = self.opt_expr(&format!("{p}.chance"), &a.chance, scope, Type::Num);
        let secret = match &a.visibility {
            format::Visibility::Public => None,
            format::Visibility::Secret(text) => self.expr(&format!("{p}.visibility[0]"), text, scope, Some(Type::Num)),
        };
        if a.consent && a.target != TargetKind::Faction {
            let d = self.error("bad-consent", &format!("{p}.consent"), tr!(lang, "diag-bad-consent", action = id));
            Self::help(d, tr!(lang, "diag-bad-consent-help"));
        }
        let mentions_target = a.requires.as_ref().is_some_and(|r| {
            r.items.iter().any(|item| {
                item.expr.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).any(|word| word == "target")
            })
        });
        if a.consent
            && a.target == TargetKind::Faction
            && !mentions_target
            && let Some(nobody) = f.factions.iter().find(|x| !x.playable)
        {
            let (to, name) = (nobody.id.as_str(), nobody.name.as_str());
            self.warn(
                "proposal-to-nobody",
                &format!("{p}.consent"),
                tr!(lang, "diag-proposal-to-nobody", action = id, faction = to),
            )
            .help = Some(tr!(
                lang,
                "diag-proposal-to-nobody-help",
                example =
                    format!("(\"target != {to}\", \"{}\")", tr!(lang, "diag-proposal-to-nobody-reason", name = name))
            ));
        }
        let mut unused = |field: &str, message: String, help: String| {
            self.warn("unused-field", &format!("{p}.{field}"), message).help = Some(help);
        };
        if !a.consent && !a.on_decline.is_empty() {
            unused(
                "on_decline",
                tr!(lang, "diag-unused-on-decline", action = id),
                tr!(lang, "diag-unused-on-decline-help"),
            );
        }
        if a.visibility == format::Visibility::Public && !a.on_detected.is_empty() {
            unused(
                "on_detected",
                tr!(lang, "diag-unused-on-detected", action = id),
                tr!(lang, "diag-unused-on-detected-help"),
            );
        }
        if a.duration == 0 && (!a.ongoing.is_empty() || !a.on_end.is_empty()) {
            unused("ongoing", tr!(lang, "diag-unused-ongoing", action = id), tr!(lang, "diag-unused-ongoing-help"));
        }
        if a.chance.is_none() && (a.news_failure.is_some() || !a.on_failure.is_empty()) {
            let field = if a.news_failure.is_some() { "news_failure" } else { "on_failure" };
            let help = if a.consent { "diag-unused-failure-proposal-help" } else { "diag-unused-failure-help" };
            unused(field, tr!(lang, "diag-unused-failure", field = field, action = id), tr!(lang, help));
        }
        if a.duration == 0 && !a.hold.is_empty() {
            unused("hold", tr!(lang, "diag-unused-hold", action = id), tr!(lang, "diag-unused-hold-help"));
        }
        if a.duration == 0 && a.stack != format::Stacking::Stack {
            unused("stack", tr!(lang, "diag-unused-stack", action = id), tr!(lang, "diag-unused-stack-help"));
        }
        // With an invalid number of turns (reported once, in meta) these checks would only repeat it.
        if let Some(turns) = valid_turns(f) {
            self.range(&format!("{p}.delay"), "delay", i64::from(a.delay), 0, i64::from(turns));
            self.range(&format!("{p}.duration"), "duration", i64::from(a.duration), 0, i64::from(turns));
        }
        let on_success = self.effects(&format!("{p}.on_success"), &a.on_success, scope);
        let on_failure = self.effects(&format!("{p}.on_failure"), &a.on_failure, scope);
        let ongoing = self.effects(&format!("{p}.ongoing"), &a.ongoing, scope);
        let on_end = self.effects(&format!("{p}.on_end"), &a.on_end, scope);
        let hold = self.effects(&format!("{p}.hold"), &a.hold, scope);
        let on_decline = self.effects(&format!("{p}.on_decline"), &a.on_decline, scope);
        let on_detected = self.effects(&format!("{p}.on_detected"), &a.on_detected, scope);
        for (field, list) in [
            ("on_success", &on_success),
            ("on_failure", &on_failure),
            ("ongoing", &ongoing),
            ("on_end", &on_end),
            ("hold", &hold),
            ("on_decline", &on_decline),
            ("on_detected", &on_detected),
        ] {
            self.self_relations(&format!("{p}.{field}"), list, &factions, f);
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
            on_success,
            on_failure,
            delay: a.delay,
            duration: a.duration,
            ongoing,
            on_end,
            hold,
            stack: a.stack,
            secret,
            consent: a.consent,
            on_decline,
            on_detected,
            agreement: a.agreement.clone(),
            news_success: self.news(&format!("{p}.news_success"), &a.news_success, a.target),
            news_failure: self.news(&format!("{p}.news_failure"), &a.news_failure, a.target),
        })
    }

    /// Warns when an effect changes `relation(self, X)` (or `relation(X, self)`)
    /// for a faction X that may itself be `self`: for X it would be its
    /// relation with itself, which does not exist, so it does nothing.
    fn self_relations(&mut self, path: &str, stmts: &[EffectStmt], may_act: &[usize], f: &ScenarioFile) {
        use crate::scenario::expr::compile::{Ent, Place};
        for (k, stmt) in stmts.iter().enumerate() {
            let (Place::Relation(Ent::SelfRef, Ent::Fixed(i)) | Place::Relation(Ent::Fixed(i), Ent::SelfRef)) =
                stmt.place
            else {
                continue;
            };
            let i = i as usize;
            let Some(id) = f.factions.get(i).filter(|_| may_act.contains(&i)).map(|x| x.id.clone()) else { continue };
            let (message, help) = (
                tr!(self.lang, "diag-self-relation", faction = id.as_str(), relation = format!("relation(self, {id})")),
                tr!(self.lang, "diag-self-relation-help", faction = id.as_str()),
            );
            self.warn("self-relation", &format!("{path}[{k}]"), message).help = Some(help);
        }
    }

    /// Checks a news template's `{…}` placeholders.
    fn news(&mut self, path: &str, text: &Option<String>, target: TargetKind) -> Option<String> {
        let t = text.as_ref()?;
        if self.is_refused(path) {
            return Some(t.clone());
        }
        let mut rest = t.as_str();
        while let Some(open) = rest.find('{') {
            let after = &rest[open + 1..];
            let name = after.find('}').map_or(after, |close| &after[..close]);
            let allowed = name == "self" || (name == "target" && target != TargetKind::None);
            if !allowed {
                let lang = self.lang;
                let d = if name == "target" {
                    Diagnostic::error(
                        "bad-placeholder",
                        self.span(path),
                        tr!(lang, "diag-no-target", target = "{target}"),
                    )
                    .with_help(tr!(lang, "diag-no-target-help", target = "{target}"))
                } else {
                    let placeholder = format!("{{{name}}}");
                    Diagnostic::error(
                        "bad-placeholder",
                        self.span(path),
                        tr!(lang, "diag-unknown-placeholder", placeholder = placeholder),
                    )
                    .with_suggestion(lang, name, ["self", "target"])
                };
                let d = if d.help.is_none() {
                    d.with_help(tr!(lang, "diag-placeholders-help", self = "{self}", target = "{target}"))
                } else {
                    d
                };
                self.push(d);
                break;
            }
            rest = &after[name.len().min(after.len())..];
        }
        Some(t.clone())
    }

    /// Checks every string of the file for its length and its characters:
    /// the one walk over all of them (ids, references, names, texts, news and
    /// expressions, [`strings::walk`]), so that no string is forgotten.
    fn texts(&mut self, f: &ScenarioFile) {
        strings::walk(f, |place, text| self.text(place.base, place.at, place.what, text, place.kind));
    }

    /// The span of the string literal of `key` (or, with `value`, of the
    /// string after it) in the map at `map_path`: the source map records a
    /// key written with escapes under its text as written, not as read.
    fn map_entry(&self, map_path: &str, key: &str, value: bool) -> Option<Range<usize>> {
        let span = self.map().get(map_path)?;
        let text = self.source.get(span.clone())?;
        let bytes = text.as_bytes();
        let mut literals = std::iter::from_fn({
            let mut i = 0;
            move || {
                while bytes.get(i).is_some_and(|&b| b != b'"') {
                    i += 1;
                }
                let start = i;
                i += 1;
                while bytes.get(i).is_some_and(|&b| b != b'"') {
                    i += if bytes.get(i) == Some(&b'\\') { 2 } else { 1 };
                }
                i = (i + 1).min(bytes.len());
                (start < bytes.len()).then_some(start..i)
            }
        });
        let read = |r: &Range<usize>| text.get(r.clone()).and_then(|lit| ron::from_str::<String>(lit).ok());
        let key_at = literals.find(|r| read(r).as_deref() == Some(key))?;
        let found = if value { literals.next()? } else { key_at };
        Some(span.start + found.start..span.start + found.end)
    }

    /// Checks one string for its kind: no character that would reach the
    /// terminal as a command, and not longer than the kind's limit. A refused
    /// string is remembered, so it is not checked again as an id, a name or an
    /// expression.
    fn text(&mut self, base: &str, at: At<'_>, what: &str, text: &str, kind: TextKind) {
        let bad = text.char_indices().find(|&(_, c)| !kind.allows(c));
        let over = kind.limit().filter(|&max| text.len() > max && text.chars().nth(max).is_some());
        let placeholders = match kind {
            TextKind::News => text.matches("{self}").count() + text.matches("{target}").count(),
            _ => 0,
        };
        if bad.is_none() && over.is_none() && placeholders <= limits::NEWS_PLACEHOLDERS {
            return;
        }
        let path = at.path(base);
        let what = text_label(self.lang, what);
        if let Some((i, c)) = bad {
            let literal = self.map().get(&path).or_else(|| match at {
                At::Key(field, key) => self.map_entry(&At::Field(field).path(base), key, false),
                At::Value(field, key) => self.map_entry(&At::Field(field).path(base), key, true),
                _ => None,
            });
            let span = literal
                .map(|lit| {
                    let start = string_content_offset(self.source, lit.start, i);
                    let end = string_content_offset(self.source, lit.start, i + c.len_utf8());
                    start..end.max(start + 1)
                })
                .or_else(|| self.span(&path));
            let lang = self.lang;
            let message = if is_bidi_control(c) { "diag-reordering-character" } else { "diag-control-character" };
            let help = match (kind, c) {
                (TextKind::Id, _) => "diag-control-in-id-help",
                (_, '\n' | '\t') => "diag-line-break-help",
                (TextKind::Text | TextKind::Expr, _) => "diag-control-in-text-help",
                _ => "diag-tr-control-help",
            };
            let d = Diagnostic::error(
                "control-character",
                span,
                tr!(lang, message, what = what.as_str(), character = char_name(c)),
            )
            .with_help(tr!(lang, help));
            self.push(d);
        }
        if let Some(max) = over {
            let help = self.what(match kind {
                TextKind::Id => "diag-long-id-help",
                TextKind::Name => "diag-long-name-help",
                TextKind::News => "diag-long-news-help",
                TextKind::Text | TextKind::Expr => "diag-long-text-help",
            });
            let message =
                tr!(self.lang, "diag-too-long", what = what.as_str(), length = text.chars().count(), max = max);
            let d = self.error("too-long", &path, message);
            Self::help(d, help);
        }
        if placeholders > limits::NEWS_PLACEHOLDERS {
            let message = tr!(
                self.lang,
                "diag-too-many-placeholders",
                what = what.as_str(),
                self = "{self}",
                target = "{target}",
                count = placeholders.to_string(),
                max = limits::NEWS_PLACEHOLDERS.to_string()
            );
            let help = self.what("diag-tr-too-many-placeholders-help");
            let d = self.error("too-long", &path, message);
            Self::help(d, help);
        }
        self.refused.insert(path);
    }

    /// Compiles one event; `None` when it is dated outside the calendar.
    fn event(&mut self, i: usize, e: &format::Event, f: &ScenarioFile) -> Option<EventDef> {
        let p = format!("events[{i}]");
        self.id(&format!("{p}.id"), &e.id, "event");
        if i == 0 {
            self.unique("event", f.events.iter().enumerate().map(|(j, x)| (format!("events[{j}].id"), x.id.as_str())));
        }
        let mut turn = e.turn;
        if let Some(date) = &e.date {
            match (e.turn, parse_date(date)) {
                (Some(_), _) => {
                    let (message, help) = (self.what("diag-turn-and-date"), self.what("diag-turn-and-date-help"));
                    let d = self.error("turn-and-date", &format!("{p}.date"), message);
                    Self::help(d, help);
                }
                (None, None) => {
                    let lang = self.lang;
                    let (message, help) = impossible_day(date, lang).unwrap_or_else(|| {
                        (
                            tr!(lang, "diag-not-a-date", date = date.as_str()),
                            tr!(lang, "diag-not-a-date-help", example = "\"2025-09\" or \"2025-09-03\""),
                        )
                    });
                    let d = self.error("bad-date", &format!("{p}.date"), message);
                    Self::help(d, help);
                }
                (None, Some(day)) => {
                    match turn_of(&f.meta.calendar, day).filter(|t| (1..=valid_turns(f).unwrap_or(0)).contains(t)) {
                        Some(t) => turn = Some(t),
                        // Before the first turn or after the last: this calendar never reaches it.
                        None => {
                            let reached =
                                |c: &format::Calendar| turn_of(c, day).is_some_and(|t| (1..=c.turns).contains(&t));
                            if !f.variants.iter().filter_map(|v| v.calendar.as_ref()).any(reached) {
                                self.never_dated(&p, e, date, f);
                            }
                            return None;
                        }
                    }
                }
            }
        }
        if let Some(turn) = e.turn {
            let turns = valid_turns(f).unwrap_or(limits::TURNS);
            if turn == 0 {
                let (message, help) = (self.what("diag-turn-zero"), self.what("diag-turn-zero-help"));
                let d = self.error("out-of-range", &format!("{p}.turn"), message);
                Self::help(d, help);
            } else if turn > turns {
                let (turn, turns) = (turn.to_string(), turns.to_string());
                let message =
                    tr!(self.lang, "diag-event-after-end", event = e.id.as_str(), turn = turn, turns = turns.as_str());
                let help = tr!(self.lang, "diag-event-after-end-help", turns = turns);
                let d = self.error("event-after-end", &format!("{p}.turn"), message);
                Self::help(d, help);
            }
        }
        if let format::Repeat::Cooldown(0) = e.repeat {
            let (message, help) = (self.what("diag-cooldown-zero"), self.what("diag-cooldown-zero-help"));
            let d = self.error("out-of-range", &format!("{p}.repeat"), message);
            Self::help(d, help);
        }
        let choice = e.choice.as_ref().map(|c| {
            let cp = format!("{p}.choice");
            let what = self.what("diag-what-choice");
            let faction = self.entity_ref(&format!("{cp}.faction"), &c.faction, EntityKind::Faction, &what);
            self.count(&format!("{cp}.options"), "diag-what-options", c.options.len(), limits::OPTIONS);
            if c.options.is_empty() {
                let (message, help) = (self.what("diag-empty-choice"), self.what("diag-empty-choice-help"));
                let d = self.error("empty-choice", &format!("{cp}.options"), message);
                Self::help(d, help);
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
        Some(EventDef {
            id: e.id.clone(),
            title: e.title.clone(),
            text: e.text.clone(),
            turn,
            when: self.opt_expr(&format!("{p}.when"), &e.when, scope, Type::Bool),
            chance: self.opt_expr(&format!("{p}.chance"), &e.chance, scope, Type::Num),
            repeat: e.repeat,
            effects: self.effects(&format!("{p}.effects"), &e.effects, scope),
            choice,
            public: e.public,
        })
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

/// What a text of the scenario is (`faction name`, from [`strings`]) in
/// `lang`; a label the catalogue lacks stays as it is.
pub(crate) fn text_label(lang: Lang, what: &str) -> String {
    let key = format!("diag-text-{}", what.replace([' ', '_'], "-"));
    crate::i18n::Catalog::get(lang).format(&key, &[]).map_or_else(|| what.to_string(), |(text, _)| text)
}

/// The noun of a kind of thing with an id (`faction`, `region`, `flag`…) in `lang`.
fn kind_noun(lang: Lang, kind: &str) -> String {
    crate::i18n::tr(lang, &format!("diag-kind-{kind}"), &[])
}

/// "known faction ids: a, b, c" in `lang` (at most a dozen of the sorted
/// `ids`), for an unknown name with no close match; `kind` is the noun of
/// an [`EntityKind`], in `lang`.
fn known_list(lang: Lang, kind: &str, ids: &[String]) -> String {
    const SHOWN: usize = 12;
    if ids.is_empty() {
        return tr!(lang, "diag-known-none", kind = kind);
    }
    let more = ids.len().saturating_sub(SHOWN);
    let list = ids.iter().take(SHOWN).map(|id| format!("`{id}`")).collect::<Vec<_>>().join(", ");
    if more > 0 {
        tr!(lang, "diag-known-some", kind = kind, ids = list, more = more.to_string())
    } else {
        tr!(lang, "diag-known", kind = kind, ids = list)
    }
}

/// Position of an entity kind in per-kind tables.
fn kind_slot(kind: EntityKind) -> usize {
    match kind {
        EntityKind::Faction => 0,
        EntityKind::Region => 1,
        EntityKind::Route => 2,
    }
}

/// The two kinds of variable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum VarKind {
    Faction = 0,
    Region = 1,
}

impl VarKind {
    fn noun(self) -> &'static str {
        match self {
            VarKind::Faction => "faction",
            VarKind::Region => "region",
        }
    }
}

/// Numbers a text states as a variable's start: `(byte offset of the number,
/// variable id, number)` for each sentence that names a declared variable
/// (by name or id, as a whole word) and says "starts at N", "start at N",
/// "begins at N" or "begin at N".
fn stated_starts(text: &str, vars: &[VarDecl]) -> Vec<(usize, String, i64)> {
    let mut found = Vec::new();
    let mut offset = 0;
    for sentence in text.split_inclusive(['.', ';', '!', '?', '\n']) {
        let lower = sentence.to_lowercase();
        let named: Vec<&VarDecl> = vars
            .iter()
            .filter(|v| has_word(&lower, &v.name.to_lowercase()) || has_word(&lower, &v.id.to_lowercase()))
            .collect();
        if let [var] = named.as_slice() {
            for phrase in ["starts at ", "start at ", "begins at ", "begin at "] {
                let mut from = 0;
                while let Some(k) = lower.get(from..).and_then(|rest| rest.find(phrase)) {
                    let num_at = from + k + phrase.len();
                    let digits: String = sentence
                        .get(num_at..)
                        .unwrap_or("")
                        .chars()
                        .take_while(|c| c.is_ascii_digit() || *c == ',')
                        .filter(char::is_ascii_digit)
                        .collect();
                    if let Ok(n) = digits.parse::<i64>() {
                        found.push((offset + num_at, var.id.clone(), n));
                    }
                    from = num_at;
                }
            }
        }
        offset += sentence.len();
    }
    found
}

/// Whether `word` occurs in `text` as a whole word (both already lower-case).
fn has_word(text: &str, word: &str) -> bool {
    !word.is_empty()
        && text.match_indices(word).any(|(i, _)| {
            let before = text[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric() && c != '_');
            let after = text[i + word.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric() && c != '_');
            before && after
        })
}

/// Whether an id may be shown and suggested: it holds no character refused in ids.
fn shown(id: &str) -> bool {
    id.chars().all(|c| TextKind::Id.allows(c))
}

/// How a declared id is entered in the tables expressions are checked
/// against: as it is, or, when it holds a refused character, as a name no
/// expression can write and no suggestion is close to.
fn lookup_name(id: &str) -> String {
    if shown(id) { id.to_string() } else { " ".repeat(2 * limits::ID_LEN) }
}

/// `U+001B ESCAPE`: the code point of a character and, for a control or
/// bidirectional character, its name.
pub(crate) fn char_name(c: char) -> String {
    const C0: [&str; 32] = [
        "NULL",
        "START OF HEADING",
        "START OF TEXT",
        "END OF TEXT",
        "END OF TRANSMISSION",
        "ENQUIRY",
        "ACKNOWLEDGE",
        "BELL",
        "BACKSPACE",
        "CHARACTER TABULATION",
        "LINE FEED",
        "LINE TABULATION",
        "FORM FEED",
        "CARRIAGE RETURN",
        "SHIFT OUT",
        "SHIFT IN",
        "DATA LINK ESCAPE",
        "DEVICE CONTROL ONE",
        "DEVICE CONTROL TWO",
        "DEVICE CONTROL THREE",
        "DEVICE CONTROL FOUR",
        "NEGATIVE ACKNOWLEDGE",
        "SYNCHRONOUS IDLE",
        "END OF TRANSMISSION BLOCK",
        "CANCEL",
        "END OF MEDIUM",
        "SUBSTITUTE",
        "ESCAPE",
        "FILE SEPARATOR",
        "GROUP SEPARATOR",
        "RECORD SEPARATOR",
        "UNIT SEPARATOR",
    ];
    const C1: [&str; 32] = [
        "PADDING CHARACTER",
        "HIGH OCTET PRESET",
        "BREAK PERMITTED HERE",
        "NO BREAK HERE",
        "INDEX",
        "NEXT LINE",
        "START OF SELECTED AREA",
        "END OF SELECTED AREA",
        "CHARACTER TABULATION SET",
        "CHARACTER TABULATION WITH JUSTIFICATION",
        "LINE TABULATION SET",
        "PARTIAL LINE FORWARD",
        "PARTIAL LINE BACKWARD",
        "REVERSE LINE FEED",
        "SINGLE SHIFT TWO",
        "SINGLE SHIFT THREE",
        "DEVICE CONTROL STRING",
        "PRIVATE USE ONE",
        "PRIVATE USE TWO",
        "SET TRANSMIT STATE",
        "CANCEL CHARACTER",
        "MESSAGE WAITING",
        "START OF GUARDED AREA",
        "END OF GUARDED AREA",
        "START OF STRING",
        "SINGLE GRAPHIC CHARACTER INTRODUCER",
        "SINGLE CHARACTER INTRODUCER",
        "CONTROL SEQUENCE INTRODUCER",
        "STRING TERMINATOR",
        "OPERATING SYSTEM COMMAND",
        "PRIVACY MESSAGE",
        "APPLICATION PROGRAM COMMAND",
    ];
    let code = u32::from(c);
    let name = match code {
        0..=0x1f => C0.get(code as usize).copied(),
        0x7f => Some("DELETE"),
        0x80..=0x9f => C1.get((code - 0x80) as usize).copied(),
        0x202a => Some("LEFT-TO-RIGHT EMBEDDING"),
        0x202b => Some("RIGHT-TO-LEFT EMBEDDING"),
        0x202c => Some("POP DIRECTIONAL FORMATTING"),
        0x202d => Some("LEFT-TO-RIGHT OVERRIDE"),
        0x202e => Some("RIGHT-TO-LEFT OVERRIDE"),
        0x2066 => Some("LEFT-TO-RIGHT ISOLATE"),
        0x2067 => Some("RIGHT-TO-LEFT ISOLATE"),
        0x2068 => Some("FIRST STRONG ISOLATE"),
        0x2069 => Some("POP DIRECTIONAL ISOLATE"),
        _ => None,
    };
    match name {
        Some(name) => format!("U+{code:04X} {name}"),
        None => format!("U+{code:04X}"),
    }
}

/// The number of turns, when it is itself valid.
fn valid_turns(f: &ScenarioFile) -> Option<u32> {
    Some(f.meta.calendar.turns).filter(|t| (1..=limits::TURNS).contains(t))
}

/// Whether an expression reads nothing from the game.
fn is_constant(node: &Node) -> bool {
    let reads_the_game = matches!(
        node.kind,
        NodeKind::Turn
            | NodeKind::FactionVar(..)
            | NodeKind::RegionVar(..)
            | NodeKind::RouteNum(..)
            | NodeKind::RouteOpen(_)
            | NodeKind::Flag(_)
            | NodeKind::Relation(..)
            | NodeKind::Controls(..)
    );
    !reads_the_game && node.children().into_iter().all(is_constant)
}

/// After an invalid id (`id: "Niger"`), every use of the valid spelling
/// (`niger`) would suggest the invalid one: those are folded into the first,
/// whose help says to rename the declaration. The problems are in `lang`.
fn fold_invalid_suggestions(diags: &mut Vec<Diagnostic>, lang: Lang) {
    if diags.iter().all(|d| d.help.is_none()) {
        return; // a clean file pays nothing for the language
    }
    let template = tr!(lang, "diag-did-you-mean", name = "\0");
    let (before, after) = template.split_once('\0').unwrap_or_default();
    let suggested = |d: &Diagnostic| {
        let help = d.help.as_deref()?.strip_prefix(before)?.strip_suffix(after)?;
        (d.code == "unknown-name" && !valid_id(help)).then(|| help.to_string())
    };
    let mut firsts: Vec<(String, usize, usize)> = Vec::new();
    let mut keep = Vec::with_capacity(diags.len());
    for (i, d) in diags.iter().enumerate() {
        match suggested(d) {
            Some(id) => match firsts.iter_mut().find(|(x, _, _)| *x == id) {
                Some(first) => {
                    first.2 += 1;
                    keep.push(false);
                }
                None => {
                    firsts.push((id, i, 0));
                    keep.push(true);
                }
            },
            None => keep.push(true),
        }
    }
    for (id, i, others) in &firsts {
        let Some(d) = diags.get_mut(*i) else { continue };
        if *others > 0 {
            d.message = tr!(lang, "diag-and-other-uses", message = d.message.as_str(), others = *others);
        }
        d.help = Some(match id_for(id) {
            Some(valid) => tr!(lang, "diag-invalid-id-declared-rename", id = id.as_str(), valid = valid),
            None => tr!(lang, "diag-invalid-id-declared", id = id.as_str()),
        });
    }
    let mut flags = keep.into_iter();
    diags.retain(|_| flags.next().unwrap_or(true));
}

/// Whether `id` is a valid id: lower-case ASCII letters, digits and `_`,
/// starting with a letter or `_`.
pub(crate) fn valid_id(id: &str) -> bool {
    id.chars().next().is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// The valid id nearest to an invalid one (`Niger` → `niger`, `fish-price`
/// → `fish_price`), or `None` when it has no Latin letter to keep.
fn id_for(id: &str) -> Option<String> {
    let out: String = id.to_lowercase().chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
    let out = out.trim_matches('_');
    let out = if out.starts_with(|c: char| c.is_ascii_digit()) { format!("_{out}") } else { out.to_string() };
    out.contains(|c: char| c.is_ascii_lowercase()).then_some(out)
}

/// The turn (1 = the first) whose time holds `day` on `calendar`; `None`
/// before the game starts or when the calendar's start is not a date.
pub fn turn_of(calendar: &format::Calendar, day: (i32, u32, u32)) -> Option<u32> {
    let start = parse_date(&calendar.start)?;
    let index = match calendar.turn_length {
        format::TurnLength::Months(n) => {
            let months = |(y, m, _): (i32, u32, u32)| i64::from(y) * 12 + i64::from(m);
            (months(day) - months(start)).div_euclid(i64::from(n.max(1)))
        }
        format::TurnLength::Weeks(n) => (crate::scenario::model::days_from_civil(day)
            - crate::scenario::model::days_from_civil(start))
        .div_euclid(7 * i64::from(n.max(1))),
        format::TurnLength::Days(n) => (crate::scenario::model::days_from_civil(day)
            - crate::scenario::model::days_from_civil(start))
        .div_euclid(i64::from(n.max(1))),
    };
    u32::try_from(index + 1).ok().filter(|&t| t >= 1)
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
    if parts.next().is_some() || !(1..=12).contains(&month) || !(1..=9999).contains(&year) {
        return None;
    }
    (1..=days_in_month(year, month)).contains(&day).then_some((year, month, day))
}

/// Days in a month of the proleptic Gregorian calendar.
fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// When `text` is a well-formed date whose day does not exist in its month
/// (`2026-02-30`): what is wrong and how to fix it.
fn impossible_day(text: &str, lang: Lang) -> Option<(String, String)> {
    let parts: Vec<Option<u32>> = text.split('-').map(|p| p.parse().ok()).collect();
    if let [Some(year), Some(month @ 1..=12), Some(day)] = parts[..]
        && let Ok(year) = i32::try_from(year)
        && (1..=9999).contains(&year)
    {
        let last = days_in_month(year, month);
        let month = crate::i18n::month_name(lang, month);
        if day > last || day == 0 {
            let (year, last) = (year.to_string(), last.to_string());
            return Some((
                tr!(lang, "diag-impossible-day", date = text, month = month, year = year, days = last.as_str()),
                tr!(lang, "diag-impossible-day-help", days = last),
            ));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_falls_in_the_turn_whose_time_holds_it() {
        let cal = |start: &str, turn_length| format::Calendar { start: start.into(), turn_length, turns: 12 };
        let months = cal("2025-03", format::TurnLength::Months(1));
        assert_eq!(turn_of(&months, (2025, 3, 1)), Some(1));
        assert_eq!(turn_of(&months, (2025, 9, 30)), Some(7));
        assert_eq!(turn_of(&months, (2026, 2, 1)), Some(12));
        assert_eq!(turn_of(&months, (2025, 2, 28)), None, "before the first turn");
        let fortnights = cal("2025-01-06", format::TurnLength::Weeks(2));
        assert_eq!(turn_of(&fortnights, (2025, 1, 19)), Some(1));
        assert_eq!(turn_of(&fortnights, (2025, 1, 20)), Some(2));
        let quarters = cal("2024-12", format::TurnLength::Months(3));
        assert_eq!(turn_of(&quarters, (2025, 2, 15)), Some(1));
        assert_eq!(turn_of(&quarters, (2025, 3, 1)), Some(2));
    }
    use crate::scenario::diagnostic::closest;

    /// `closest` as it was before its work was bounded: every candidate measured.
    fn closest_unbounded<'a>(wrong: &str, candidates: &[&'a str]) -> Option<&'a str> {
        let wrong_lower = wrong.to_lowercase();
        candidates
            .iter()
            .map(|c| (strsim::damerau_levenshtein(&wrong_lower, &c.to_lowercase()), *c))
            .filter(|(d, c)| *d <= (c.chars().count().max(wrong.chars().count()) / 3).max(1) + 1)
            .min_by_key(|(d, c)| (*d, *c))
            .map(|(_, c)| c)
    }

    #[test]
    fn the_filters_before_measuring_change_no_suggestion() {
        let scn = crate::scenario::load_default().scenario.expect("the default scenario loads");
        let mut ids: Vec<&str> = scn.entity_ids.keys().map(String::as_str).collect();
        ids.extend(scn.faction_vars.iter().chain(&scn.region_vars).map(|v| v.id.as_str()));
        ids.extend(["Kidal", "GAO", "tombouctou", "ménaka", "Ségou", "x", "ab", ""]);
        let typos =
            ["kidl", "gao2", "Timbuktoo", "menaka", "MÉNAKA", "segou", "fuel_stok", "a", "zzzz", "stabilty", ""];
        for wrong in typos.iter().copied().chain(ids.iter().copied()) {
            assert_eq!(closest(wrong, ids.iter().copied()), closest_unbounded(wrong, &ids), "for `{wrong}`");
        }
    }

    #[test]
    fn a_name_longer_than_any_id_gets_no_suggestion() {
        let long = "k".repeat(limits::ID_LEN + 1);
        assert_eq!(closest(&long, [long.as_str()]), None);
        assert_eq!(closest(&long[1..], [&long[1..]]), Some(&long[1..]));
    }

    #[test]
    fn suggestions_stop_when_their_budget_is_spent_and_only_inside_it() {
        assert_eq!(with_suggestion_budget(0, || closest("gao2", ["gao", "kidal"])), None);
        let (first, second) = with_suggestion_budget(30, || (closest("gao2", ["gao"]), closest("gao2", ["gao"])));
        assert_eq!((first, second), (Some("gao"), None));
        assert_eq!(closest("gao2", ["gao"]), Some("gao"), "no budget outside `with_suggestion_budget`");
    }

    #[test]
    fn characters_are_named_as_unicode_names_them() {
        assert_eq!(char_name('\u{1b}'), "U+001B ESCAPE");
        assert_eq!(char_name('\u{7f}'), "U+007F DELETE");
        assert_eq!(char_name('\u{9b}'), "U+009B CONTROL SEQUENCE INTRODUCER");
        assert_eq!(char_name('\u{202e}'), "U+202E RIGHT-TO-LEFT OVERRIDE");
        assert_eq!(char_name('é'), "U+00E9");
    }

    #[test]
    fn every_kind_of_text_of_the_shipped_scenarios_has_a_label_in_every_language() {
        let mut missing = std::collections::BTreeSet::new();
        for source in [crate::scenario::DEFAULT, crate::scenario::TUTORIAL] {
            let file: ScenarioFile = crate::scenario::parse_ron(source, Lang::En).expect("shipped scenarios parse");
            strings::walk(&file, |place, _| {
                let key = format!("diag-text-{}", place.what.replace([' ', '_'], "-"));
                for lang in Lang::ALL {
                    if crate::i18n::Catalog::get(lang).format(&key, &[]).is_none() {
                        missing.insert(format!("{lang}: {}", place.what));
                    }
                }
            });
        }
        assert!(missing.is_empty(), "{missing:?}");
        assert_eq!(text_label(Lang::Fr, "faction name"), "nom de camp");
        assert_eq!(text_label(Lang::Fr, "no such label"), "no such label");
    }

    #[test]
    fn lengths_are_written_with_each_languages_separators() {
        let long = |lang| tr!(lang, "diag-too-long", what = "name", length = 20_000, max = 200);
        assert_eq!(long(Lang::En), "this name is 20,000 characters long; at most 200 are allowed");
        assert!(long(Lang::Fr).contains("20\u{202f}000 caractères"), "{}", long(Lang::Fr));
        assert!(long(Lang::Ar).contains("20.000"), "{}", long(Lang::Ar));
    }

    /// Puts an ESCAPE into every string of a scenario file (map keys too),
    /// but not into the names of choices such as `category: Energy`.
    /// `key` is the field the value is in; `parent` the field of the list
    /// or block around it (a variant's `objectives` and `events` are maps,
    /// the scenario's are lists).
    fn poison(value: &mut serde_json::Value, key: Option<&str>, parent: Option<&str>, count: &mut usize) {
        const CHOICES: [&str; 8] = ["category", "target", "better", "measure", "repeat", "each", "visibility", "stack"];
        const MAPS: [&str; 4] = ["values", "income", "cost", "units"];
        const VARIANT_MAPS: [&str; 3] = ["objectives", "events", "outcomes"];
        match value {
            serde_json::Value::String(s) if !key.is_some_and(|k| CHOICES.contains(&k)) => {
                s.push('\u{1b}');
                *count += 1;
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(|v| poison(v, key, parent, count)),
            serde_json::Value::Object(fields) => {
                let is_map =
                    key.is_some_and(|k| MAPS.contains(&k) || (parent == Some("variants") && VARIANT_MAPS.contains(&k)));
                let old = std::mem::take(fields);
                for (k, mut v) in old {
                    poison(&mut v, Some(&k), key, count);
                    let k = if is_map {
                        *count += 1;
                        format!("{k}\u{1b}")
                    } else {
                        k
                    };
                    fields.insert(k, v);
                }
            }
            _ => {}
        }
    }

    // A new string field that the walk in `texts` forgets fails this test.
    #[test]
    fn every_string_of_the_format_is_checked_for_its_characters() {
        // The tutorial uses every part of the format (and is small enough to stay under the problem limit).
        for text in [crate::scenario::TUTORIAL, crate::scenario::template::TEMPLATE] {
            let options = ron::Options::default()
                .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
                .with_recursion_limit(crate::scenario::MAX_NESTING);
            let file: ScenarioFile = options.from_str(text).expect("a shipped scenario parses");
            let mut value = serde_json::to_value(&file).expect("a scenario is plain data");
            let mut strings = 0;
            poison(&mut value, None, None, &mut strings);
            let file: ScenarioFile = serde_json::from_value(value).expect("still a scenario");
            let source = ron::ser::to_string(&file).expect("a scenario writes as RON");
            let reparsed: ScenarioFile = options.from_str(&source).expect("and reads back");
            let (scenario, diags) = check(&reparsed, &source, Lang::En);
            assert!(scenario.is_none());
            let found = diags.iter().filter(|d| d.code == "control-character").count();
            assert!(strings > 100 && strings < limits::PROBLEMS, "{strings} strings");
            assert_eq!(found, strings, "strings with an ESCAPE not reported: {}", strings - found.min(strings));
            for d in diags.iter().filter(|d| d.code == "control-character") {
                let at = d.span.as_ref().map(|s| s.start).expect("a place");
                assert!(source[at..].starts_with(['\u{1b}', '\\']), "{}: {:?}", d.message, &source[at..at + 10]);
            }
        }
    }
}
