//! Variants: several versions of one world in one file. A variant names only
//! what differs (calendar, start values, relations, objectives, event timing);
//! it is applied to the parsed file and the result is validated like any
//! scenario, so a variant can never hold what a scenario could not.

use std::collections::HashSet;

use crate::i18n::Lang;
use crate::scenario::diagnostic::Diagnostic;
use crate::scenario::format::{ScenarioFile, Variant};
use crate::scenario::locate::SourceMap;
use crate::tr;

/// Most variants in one file.
pub const MAX_VARIANTS: usize = 16;

/// What the title screen and `--help` say about a variant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VariantInfo {
    /// Id given to `--variant`.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its summary.
    pub summary: String,
}

/// The variants of a file, as listed to players.
pub fn infos(file: &ScenarioFile) -> Vec<VariantInfo> {
    file.variants
        .iter()
        .map(|v| VariantInfo {
            id: v.id.clone(),
            title: v.title.clone(),
            summary: v.summary.clone().unwrap_or_else(|| file.meta.summary.clone()),
        })
        .collect()
}

/// Checks the list itself: its length and unique, well-formed ids (problems in `lang`).
pub fn check_list(file: &ScenarioFile, map: &SourceMap, lang: Lang) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if file.variants.len() > MAX_VARIANTS {
        out.push(
            Diagnostic::error(
                "too-many",
                map.find("variants"),
                tr!(
                    lang,
                    "diag-too-many-variants",
                    count = file.variants.len().to_string(),
                    max = MAX_VARIANTS.to_string()
                ),
            )
            .with_help(tr!(lang, "diag-split-file-help")),
        );
    }
    let mut seen = HashSet::new();
    for (i, v) in file.variants.iter().enumerate() {
        let path = format!("variants[{i}].id");
        if !crate::scenario::validate::valid_id(&v.id) || v.id.len() > 40 {
            out.push(
                Diagnostic::error("bad-id", map.find(&path), tr!(lang, "diag-bad-variant-id", id = v.id.as_str()))
                    .with_help(tr!(lang, "diag-bad-variant-id-help")),
            );
        } else if !seen.insert(v.id.as_str()) {
            out.push(
                Diagnostic::error(
                    "duplicate-id",
                    map.find(&path),
                    tr!(lang, "diag-duplicate-variant", id = v.id.as_str()),
                )
                .with_help(tr!(lang, "diag-duplicate-variant-help")),
            );
        }
    }
    out
}

/// The file as variant `index` makes it, or the problems with what the
/// variant names (located in the variant, written in `lang`).
pub fn apply(file: &ScenarioFile, index: usize, map: &SourceMap, lang: Lang) -> Result<ScenarioFile, Vec<Diagnostic>> {
    let Some(v) = file.variants.get(index) else {
        return Err(vec![Diagnostic::error("no-such-variant", None, tr!(lang, "diag-no-such-variant-index"))]);
    };
    let id = v.id.as_str();
    let mut out = file.clone();
    out.variants.clear();
    let mut errors = Vec::new();
    let at = |field: &str| format!("variants[{index}].{field}");
    out.meta.title = v.title.clone();
    if let Some(summary) = &v.summary {
        out.meta.summary = summary.clone();
    }
    if let Some(calendar) = &v.calendar {
        out.meta.calendar = calendar.clone();
    }
    for (key, value) in &v.values {
        if let Err(d) = set_value(&mut out, key, *value, lang) {
            errors.push(d(map.find(&format!("{}:key", at(&format!("values.{key}"))))));
        }
    }
    for r in &v.relations {
        let same = |x: &(String, String)| {
            (x.0 == r.between.0 && x.1 == r.between.1) || (x.0 == r.between.1 && x.1 == r.between.0)
        };
        match out.relations.iter_mut().find(|x| same(&x.between)) {
            Some(x) => x.value = r.value,
            None => out.relations.push(r.clone()),
        }
    }
    for (key, change) in &v.objectives {
        let found = key
            .split_once('.')
            .and_then(|(f, o)| out.factions.iter_mut().find(|x| x.id == f)?.objectives.iter_mut().find(|x| x.id == o));
        let Some(obj) = found else {
            errors.push(
                Diagnostic::error(
                    "unknown-name",
                    map.find(&format!("{}:key", at(&format!("objectives.{key}")))),
                    tr!(lang, "diag-variant-unknown-objective", variant = id, key = key.as_str()),
                )
                .with_suggestion(lang, key, objective_keys(file).iter().map(String::as_str)),
            );
            continue;
        };
        if let Some(w) = change.weight {
            obj.weight = w;
        }
        if let Some(s) = &change.score {
            obj.score = s.clone();
        }
        if let Some(d) = &change.description {
            obj.description = d.clone();
        }
    }
    for (key, change) in &v.events {
        let Some(e) = out.events.iter_mut().find(|x| &x.id == key) else {
            errors.push(
                Diagnostic::error(
                    "unknown-name",
                    map.find(&format!("{}:key", at(&format!("events.{key}")))),
                    tr!(lang, "diag-variant-unknown-event", variant = id, key = key.as_str()),
                )
                .with_suggestion(lang, key, file.events.iter().map(|e| e.id.as_str())),
            );
            continue;
        };
        if change.turn.is_some() || change.date.is_some() {
            e.turn = change.turn;
            e.date = change.date.clone();
        }
        if let Some(w) = &change.when {
            e.when = Some(w.clone());
        }
        if let Some(c) = &change.chance {
            e.chance = Some(c.clone());
        }
    }
    for (key, t) in &v.outcomes {
        match out.factions.iter_mut().find(|f| &f.id == key) {
            Some(f) => f.outcome = Some(*t),
            None => errors.push(
                Diagnostic::error(
                    "unknown-name",
                    map.find(&format!("{}:key", at(&format!("outcomes.{key}")))),
                    tr!(lang, "diag-variant-unknown-faction", variant = id, key = key.as_str()),
                )
                .with_suggestion(lang, key, file.factions.iter().map(|f| f.id.as_str())),
            ),
        }
    }
    if let Some(bars) = v.shared {
        match out.outcomes.as_mut().and_then(|o| o.shared.as_mut()) {
            Some(shared) => {
                shared.held = bars.held;
                shared.lost = bars.lost;
            }
            None => errors.push(
                Diagnostic::error(
                    "unknown-name",
                    map.find(&at("shared")),
                    tr!(lang, "diag-variant-no-shared", variant = id),
                )
                .with_help(tr!(lang, "diag-variant-no-shared-help")),
            ),
        }
    }
    if errors.is_empty() { Ok(out) } else { Err(errors) }
}

/// `faction.objective` for every objective, for suggestions.
fn objective_keys(file: &ScenarioFile) -> Vec<String> {
    file.factions.iter().flat_map(|f| f.objectives.iter().map(move |o| format!("{}.{}", f.id, o.id))).collect()
}

type Located = Box<dyn FnOnce(Option<std::ops::Range<usize>>) -> Diagnostic>;

/// Sets `entity.variable` to `value` in the starting values (a problem in `lang`).
fn set_value(file: &mut ScenarioFile, key: &str, value: i64, lang: Lang) -> Result<(), Located> {
    let owned = key.to_string();
    let Some((entity, var)) = key.split_once('.') else {
        return Err(Box::new(move |span| {
            Diagnostic::error("unknown-name", span, tr!(lang, "diag-variant-not-a-value", key = owned))
                .with_help(tr!(lang, "diag-variant-not-a-value-help"))
        }));
    };
    let (values, vars) = if let Some(f) = file.factions.iter_mut().find(|f| f.id == entity) {
        (&mut f.values, &file.variables.faction)
    } else if let Some(r) = file.regions.iter_mut().find(|r| r.id == entity) {
        (&mut r.values, &file.variables.region)
    } else {
        let names: Vec<String> =
            file.factions.iter().map(|f| f.id.clone()).chain(file.regions.iter().map(|r| r.id.clone())).collect();
        let entity = entity.to_string();
        return Err(Box::new(move |span| {
            Diagnostic::error("unknown-name", span, tr!(lang, "diag-variant-no-entity", entity = entity.as_str()))
                .with_suggestion(lang, &entity, names.iter().map(String::as_str))
        }));
    };
    let Some(decl) = vars.iter().find(|x| x.id == var) else {
        let names: Vec<String> = vars.iter().map(|x| x.id.clone()).collect();
        let (entity, var) = (entity.to_string(), var.to_string());
        return Err(Box::new(move |span| {
            Diagnostic::error(
                "unknown-name",
                span,
                tr!(lang, "diag-variant-no-variable", entity = entity.as_str(), variable = var.as_str()),
            )
            .with_suggestion(lang, &var, names.iter().map(String::as_str))
        }));
    };
    if !(decl.min..=decl.max).contains(&value) {
        let (min, max) = (decl.min, decl.max);
        return Err(Box::new(move |span| {
            let (min, max) = (min.to_string(), max.to_string());
            Diagnostic::error(
                "out-of-range",
                span,
                tr!(
                    lang,
                    "diag-variant-out-of-range",
                    key = owned,
                    value = value.to_string(),
                    min = min.as_str(),
                    max = max.as_str()
                ),
            )
            .with_help(tr!(lang, "diag-use-value-from", min = min, max = max))
        }));
    }
    values.insert(var.to_string(), value);
    Ok(())
}

/// Moves a problem found while compiling a variant into the variant: it is
/// said to be in it (in `lang`) and pointed at its id, since the variant caused it.
pub fn relocate(mut d: Diagnostic, v: &Variant, index: usize, map: &SourceMap, lang: Lang) -> Diagnostic {
    d.message = tr!(lang, "diag-in-variant", variant = v.id.as_str(), message = d.message);
    d.span = map.find(&format!("variants[{index}].id")).or(d.span);
    d
}
