//! Variants: several versions of one world in one file. A variant names only
//! what differs (calendar, start values, relations, objectives, event timing);
//! it is applied to the parsed file and the result is validated like any
//! scenario, so a variant can never hold what a scenario could not.

use std::collections::HashSet;

use crate::scenario::diagnostic::Diagnostic;
use crate::scenario::format::{ScenarioFile, Variant};
use crate::scenario::locate::SourceMap;

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

/// Checks the list itself: its length and unique, well-formed ids.
pub fn check_list(file: &ScenarioFile, map: &SourceMap) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if file.variants.len() > MAX_VARIANTS {
        out.push(
            Diagnostic::error(
                "too-many",
                map.find("variants"),
                format!("the file has {} variants; at most {MAX_VARIANTS} are allowed", file.variants.len()),
            )
            .with_help("split the scenario into several files"),
        );
    }
    let mut seen = HashSet::new();
    for (i, v) in file.variants.iter().enumerate() {
        let path = format!("variants[{i}].id");
        if !crate::scenario::validate::valid_id(&v.id) || v.id.len() > 40 {
            out.push(
                Diagnostic::error("bad-id", map.find(&path), format!("variant id `{}` is not a valid id", v.id))
                    .with_help("ids use lower-case letters, digits and `_`, starting with a letter, e.g. `short`"),
            );
        } else if !seen.insert(v.id.as_str()) {
            out.push(
                Diagnostic::error("duplicate-id", map.find(&path), format!("there are two variants `{}`", v.id))
                    .with_help("give each variant its own id"),
            );
        }
    }
    out
}

/// The file as variant `index` makes it, or the problems with what the
/// variant names (located in the variant).
pub fn apply(file: &ScenarioFile, index: usize, map: &SourceMap) -> Result<ScenarioFile, Vec<Diagnostic>> {
    let Some(v) = file.variants.get(index) else {
        return Err(vec![Diagnostic::error("no-such-variant", None, "there is no such variant")]);
    };
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
        if let Err(d) = set_value(&mut out, key, *value) {
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
                    format!("variant `{}` changes objective `{key}`, which the scenario does not have", v.id),
                )
                .with_suggestion(key, objective_keys(file).iter().map(String::as_str)),
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
                    format!("variant `{}` changes event `{key}`, which the scenario does not have", v.id),
                )
                .with_suggestion(key, file.events.iter().map(|e| e.id.as_str())),
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
                    format!("variant `{}` sets the bars of `{key}`, which is not a faction", v.id),
                )
                .with_suggestion(key, file.factions.iter().map(|f| f.id.as_str())),
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
                    format!("variant `{}` changes the shared outcome, which the scenario does not have", v.id),
                )
                .with_help("add `outcomes: (…, shared: (…))` to the scenario, or remove `shared` here"),
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

/// Sets `entity.variable` to `value` in the starting values.
fn set_value(file: &mut ScenarioFile, key: &str, value: i64) -> Result<(), Located> {
    let owned = key.to_string();
    let Some((entity, var)) = key.split_once('.') else {
        return Err(Box::new(move |span| {
            Diagnostic::error("unknown-name", span, format!("`{owned}` does not name a value"))
                .with_help("write `entity.variable`, e.g. \"kidal.fuel_stock\"")
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
            Diagnostic::error("unknown-name", span, format!("there is no faction or region `{entity}`"))
                .with_suggestion(&entity, names.iter().map(String::as_str))
        }));
    };
    let Some(decl) = vars.iter().find(|x| x.id == var) else {
        let names: Vec<String> = vars.iter().map(|x| x.id.clone()).collect();
        let (entity, var) = (entity.to_string(), var.to_string());
        return Err(Box::new(move |span| {
            Diagnostic::error("unknown-name", span, format!("`{entity}` has no variable `{var}`"))
                .with_suggestion(&var, names.iter().map(String::as_str))
        }));
    };
    if !(decl.min..=decl.max).contains(&value) {
        let (min, max) = (decl.min, decl.max);
        return Err(Box::new(move |span| {
            Diagnostic::error(
                "out-of-range",
                span,
                format!("`{owned}` is set to {value}, outside its range {min} to {max}"),
            )
            .with_help(format!("use a value from {min} to {max}"))
        }));
    }
    values.insert(var.to_string(), value);
    Ok(())
}

/// Moves a problem found while compiling a variant into the variant: it is
/// said to be in it and pointed at its id, since the variant caused it.
pub fn relocate(mut d: Diagnostic, v: &Variant, index: usize, map: &SourceMap) -> Diagnostic {
    d.message = format!("in variant `{}`: {}", v.id, d.message);
    d.span = map.find(&format!("variants[{index}].id")).or(d.span);
    d
}
