//! Headless play: a whole game without the interface. Human seats take their
//! orders from a [`Script`] written ahead of time, computer seats decide for
//! themselves, and every turn goes into a [`Save`]. No clock and no files
//! here: the caller supplies the start time and writes the saves.

use std::ops::Range;

use thiserror::Error;

use crate::engine::ai::decide;
use crate::engine::script::Script;
use crate::engine::{TurnOrders, resolve_turn};
use crate::i18n::Lang;
use crate::save::{Save, Seat};
use crate::scenario::Scenario;
use crate::scenario::diagnostic::{closest, line_col};
use crate::scenario::expr::EntityKind;
use crate::tr;

/// Deepest nesting accepted in an orders script.
const MAX_SCRIPT_NESTING: usize = 64;

/// Largest orders script accepted, in bytes.
pub const MAX_SCRIPT_SIZE: usize = 4 * 1024 * 1024;

/// Plays a new game to its end; see [`resume`].
pub fn play<E>(
    scenario_file: &str,
    scenario: &Scenario,
    seed: u64,
    seats: Vec<(String, Seat)>,
    started: String,
    script: &Script,
    on_turn: impl FnMut(&Save) -> Result<(), E>,
) -> Result<Save, E> {
    let save = Save::new(scenario_file, scenario, seed, seats, started);
    resume(scenario, save, script, None, on_turn)
}

/// Plays on from `save` until the game ends or `max_turns` more turns are
/// played, calling `on_turn` after each turn (to autosave); its first error
/// stops the game. Human seats follow `script`, computer seats decide, and
/// seats the save does not name give no orders.
pub fn resume<E>(
    scenario: &Scenario,
    mut save: Save,
    script: &Script,
    max_turns: Option<u32>,
    mut on_turn: impl FnMut(&Save) -> Result<(), E>,
) -> Result<Save, E> {
    let mut played = 0;
    while !save.state.is_over() && max_turns.is_none_or(|max| played < max) {
        let orders = turn_orders(scenario, &save, script);
        let mut state = save.state.clone();
        let report = resolve_turn(scenario, &mut state, &orders);
        save.record(orders, report, &state);
        played += 1;
        on_turn(&save)?;
    }
    Ok(save)
}

/// Every seated faction's orders for the save's current turn.
pub fn turn_orders(scenario: &Scenario, save: &Save, script: &Script) -> TurnOrders {
    let state = &save.state;
    let mut orders = TurnOrders::default();
    for (id, seat) in &save.seats {
        let Some(faction) = scenario.faction_index(id) else { continue };
        let decided = match seat {
            Seat::Ai(kind) => Some(decide(scenario, state, faction, *kind)),
            Seat::Human => script.part(state, id).map(|part| part.to_orders(scenario, state, faction)),
        };
        if let Some(decided) = decided {
            orders.set(id.clone(), decided);
        }
    }
    orders
}

/// Why an orders script cannot be used. Every message names the file and place.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum ScriptError {
    /// Not a script at all: bad RON or wrong shape.
    #[error("{path}:{line}:{column}: {message}")]
    Syntax {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong there, in the language asked ("this is not an orders script: …").
        message: String,
    },
    /// The file could not be read: the system failed (`io`), or it is not a
    /// file or is too large.
    #[error("{path}: {message}")]
    Unreadable {
        /// The file.
        path: String,
        /// Why, in words.
        message: String,
        /// Whether the system failed (missing file, no permission, disk error).
        io: bool,
    },
    /// Well-formed, but naming factions, actions, targets or events the scenario does not have.
    #[error("{}", problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Invalid {
        /// Every problem found, in file order.
        problems: Vec<ScriptProblem>,
    },
}

/// One mistake in an orders script, with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptProblem {
    /// The file.
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// The turn it belongs to (1-based).
    pub turn: usize,
    /// What is wrong, in `lang`.
    pub message: String,
    /// The language of the message.
    pub lang: Lang,
}

impl std::fmt::Display for ScriptProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (line, column, turn) = (self.line.to_string(), self.column.to_string(), self.turn.to_string());
        let place = format!("{}:{line}:{column}", self.path);
        f.write_str(&tr!(self.lang, "diag-orders-problem", place = place, turn = turn, message = self.message.as_str()))
    }
}

/// A checked orders script and what is odd but harmless in it.
#[derive(Debug, Clone)]
pub struct CheckedScript {
    /// The script.
    pub script: Script,
    /// Things that will be ignored (turns after the last, for instance).
    pub warnings: Vec<String>,
}

/// Reads an orders script from a file (a regular file of at most
/// [`MAX_SCRIPT_SIZE`] bytes of UTF-8 text) and checks it with [`parse_script`],
/// the problems written in `lang`.
pub fn read_script(path: &std::path::Path, scenario: &Scenario, lang: Lang) -> Result<CheckedScript, ScriptError> {
    let name = path.display().to_string();
    let bytes = crate::files::read_limited(path, MAX_SCRIPT_SIZE as u64).map_err(|e| ScriptError::Unreadable {
        path: name.clone(),
        message: e.message(lang),
        io: e.is_io(),
    })?;
    let text = crate::text::utf8(&bytes).map_err(|(line, column)| ScriptError::Syntax {
        path: name.clone(),
        line,
        column,
        message: tr!(lang, "diag-orders-not-a-script", message = tr!(lang, "diag-orders-not-utf8")),
    })?;
    parse_script(&name, text, scenario, lang)
}

/// Parses an orders script (`name` is used in messages) and checks every id
/// in it against the scenario, reporting all mistakes at once, in `lang`.
pub fn parse_script(name: &str, text: &str, scenario: &Scenario, lang: Lang) -> Result<CheckedScript, ScriptError> {
    let syntax = |line, column, message: String| ScriptError::Syntax {
        path: name.to_string(),
        line,
        column,
        message: tr!(lang, "diag-orders-not-a-script", message = message),
    };
    if text.len() > MAX_SCRIPT_SIZE {
        return Err(syntax(1, 1, tr!(lang, "diag-orders-too-large", bytes = MAX_SCRIPT_SIZE.to_string())));
    }
    if text.trim().is_empty() {
        return Err(syntax(1, 1, tr!(lang, "diag-empty")));
    }
    // `target: "gao"` needs no `Some(...)` around it, as in a scenario.
    let options = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(MAX_SCRIPT_NESTING);
    let script: Script = options.from_str(text).map_err(|e| {
        let (line, column) = crate::save::ron_position(text, &e);
        syntax(line, column, crate::scenario::ron_message(text, &e, lang))
    })?;
    let spans = turn_spans(text);
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    for (t, turn) in script.turns.iter().enumerate() {
        let span = spans.get(t).cloned().unwrap_or(0..text.len());
        let mut report = |id: &str, message: String| {
            let at = find_quoted(text, span.clone(), id).unwrap_or(span.start);
            let (line, column) = line_col(text, at);
            problems.push(ScriptProblem { path: name.to_string(), line, column, turn: t + 1, message, lang });
        };
        // A "did you mean" hint in `lang`: the message of `key` with `hint`, or `plain` with none.
        let hinted = |key: &str, plain: Option<&str>, args: &[(&str, String)], best: Option<&str>| {
            let mut all: Vec<(&str, crate::i18n::FluentValue)> =
                args.iter().map(|(name, value)| (*name, value.as_str().into())).collect();
            match best {
                Some(best) => {
                    all.push(("name", best.into()));
                    crate::i18n::tr(lang, &format!("{key}-hint"), &all)
                }
                None => crate::i18n::tr(lang, plain.unwrap_or(key), &all),
            }
        };
        if u32::try_from(t + 1).is_ok_and(|n| n > scenario.turns()) && !turn.is_empty() {
            let (line, column) = line_col(text, span.start);
            warnings.push(tr!(
                lang,
                "diag-orders-after-last-turn",
                place = format!("{name}:{line}:{column}"),
                turn = (t + 1).to_string(),
                last = scenario.turns().to_string()
            ));
        }
        for (faction_id, part) in turn {
            let fid = || ("faction", faction_id.clone());
            let Some(faction) = scenario.faction_index(faction_id) else {
                let ids = scenario.factions.iter().filter(|f| f.playable).map(|f| f.id.as_str());
                let best = closest(faction_id, ids);
                let args = [fid(), ("factions", playable(scenario))];
                report(
                    faction_id,
                    hinted("diag-orders-no-faction", Some("diag-orders-no-faction-choose"), &args, best),
                );
                continue;
            };
            let def = &scenario.factions[faction];
            if !def.playable {
                let args = [fid(), ("factions", playable(scenario))];
                report(faction_id, hinted("diag-orders-not-playable", None, &args, None));
                continue;
            }
            for order in &part.orders {
                let act = || ("action", order.action.clone());
                let Some(action) = scenario.action_index(&order.action) else {
                    let best = closest(&order.action, faction_actions(scenario, faction));
                    report(&order.action, hinted("diag-orders-no-action", None, &[act()], best));
                    continue;
                };
                let adef = &scenario.actions[action];
                if !adef.factions.contains(&faction) {
                    report(&order.action, hinted("diag-orders-cannot-take", None, &[fid(), act()], None));
                    continue;
                }
                let kind = adef.target.entity();
                match (kind, &order.target) {
                    (None, Some(target)) => {
                        let args = [act(), ("target", target.clone())];
                        report(target, hinted("diag-orders-no-target", None, &args, None))
                    }
                    (Some(kind), None) => {
                        let args = [act(), ("kind", kind_noun(lang, kind))];
                        report(&order.action, hinted("diag-orders-needs-target", None, &args, None))
                    }
                    (Some(kind), Some(target)) if scenario.entity_index(kind, target).is_none() => {
                        let mut ids: Vec<&str> = scenario
                            .entity_ids
                            .iter()
                            .filter(|(_, (k, _))| *k == kind)
                            .map(|(id, _)| id.as_str())
                            .collect();
                        // In one order whatever the map's: of two as close, the same one is suggested.
                        ids.sort_unstable();
                        let best = closest(target, ids);
                        let args = [act(), ("target", target.clone()), ("kind", kind_noun(lang, kind))];
                        report(target, hinted("diag-orders-bad-target", None, &args, best))
                    }
                    _ => {}
                }
            }
            for id in &part.accept {
                if scenario.action_index(id).is_none() {
                    let best = closest(id, scenario.actions.iter().map(|a| a.id.as_str()));
                    report(id, hinted("diag-orders-bad-accept", None, &[("action", id.clone())], best));
                }
            }
            for (event_id, option) in &part.choose {
                let ev = || ("event", event_id.clone());
                let Some(event) = scenario.events.iter().find(|e| &e.id == event_id) else {
                    let best = closest(event_id, scenario.events.iter().map(|e| e.id.as_str()));
                    report(event_id, hinted("diag-orders-bad-choose", None, &[ev()], best));
                    continue;
                };
                match &event.choice {
                    None => report(event_id, hinted("diag-orders-no-question", None, &[ev()], None)),
                    Some(choice) if choice.faction != faction => {
                        report(event_id, hinted("diag-orders-other-faction", None, &[ev(), fid()], None))
                    }
                    Some(choice) if !choice.options.iter().any(|o| &o.id == option) => {
                        let options: Vec<&str> = choice.options.iter().map(|o| o.id.as_str()).collect();
                        let args = [ev(), ("option", option.clone()), ("options", options.join(", "))];
                        report(option, hinted("diag-orders-bad-option", None, &args, None))
                    }
                    Some(_) => {}
                }
            }
        }
    }
    problems.sort_by_key(|p| (p.line, p.column));
    if problems.is_empty() { Ok(CheckedScript { script, warnings }) } else { Err(ScriptError::Invalid { problems }) }
}

fn playable(scenario: &Scenario) -> String {
    scenario.factions.iter().filter(|f| f.playable).map(|f| f.id.as_str()).collect::<Vec<_>>().join(", ")
}

/// The noun of an entity kind in `lang`.
fn kind_noun(lang: Lang, kind: EntityKind) -> String {
    crate::i18n::tr(lang, &format!("diag-kind-{}", kind.noun()), &[])
}

/// Byte offset of `"id"` within `range` of `text`.
fn find_quoted(text: &str, range: Range<usize>, id: &str) -> Option<usize> {
    let hay = text.get(range.clone())?;
    hay.find(&format!("\"{id}\"")).map(|i| range.start + i)
}

/// Byte range of each element of the script's `turns` list, in order, found
/// by a small scanner that skips strings and comments (ron has no spans).
fn turn_spans(text: &str) -> Vec<Range<usize>> {
    let Some(list) = text.find("turns").and_then(|at| text[at..].find('[').map(|i| at + i)) else {
        return Vec::new();
    };
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut depth = 0usize;
    let mut start = None;
    let mut i = list + 1;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' => {
                i += 1;
                while let Some(&c) = bytes.get(i) {
                    match c {
                        b'\\' => i += 1,
                        b'"' => break,
                        _ => {}
                    }
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while bytes.get(i).is_some_and(|&c| c != b'\n') {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while bytes.get(i).is_some() && !(bytes.get(i) == Some(&b'*') && bytes.get(i + 1) == Some(&b'/')) {
                    i += 1;
                }
                i += 1;
            }
            b'{' | b'(' | b'[' => {
                if depth == 0 {
                    start = Some(i);
                }
                depth += 1;
            }
            b'}' | b')' | b']' => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
                if depth == 0 {
                    if let Some(s) = start.take() {
                        spans.push(s..i + 1);
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    spans
}

/// The ids of the actions `faction` may take (the likeliest meant by a typo).
fn faction_actions(scenario: &Scenario, faction: usize) -> impl Iterator<Item = &str> {
    scenario.actions.iter().filter(move |a| a.factions.contains(&faction)).map(|a| a.id.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::ai::AiKind;

    fn tutorial() -> Scenario {
        crate::scenario::load("scenarios/tutorial.ron", crate::scenario::TUTORIAL.as_bytes())
            .scenario
            .expect("the tutorial loads")
    }

    #[test]
    fn a_script_naming_unknown_things_reports_each_at_its_place() {
        let text = "(turns: [\n  {\"kesh\": (orders: [(action: \"recall_ambassador\", target: \"tarsa\")])},\n  {\"mali\": (), \"kesh\": (orders: [(action: \"fly\")], choose: {\"nope\": \"x\"})},\n])";
        let err = parse_script("o.ron", text, &tutorial(), Lang::En).expect_err("invalid");
        let ScriptError::Invalid { problems } = err else { panic!("not Invalid: {err}") };
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "o.ron:3:4: turn 2: `mali` is not a faction; choose from kesh, tarsa, oru",
                "o.ron:3:43: turn 2: `fly` is not an action of this scenario",
                "o.ron:3:61: turn 2: `nope` in `choose` is not an event of this scenario",
            ]
        );
    }

    #[test]
    fn a_typo_in_a_script_gets_the_same_suggestion_as_in_a_scenario() {
        let text = "(turns: [\n  {\"kesh\": (orders: [(action: \"ration_fuell\", target: \"kesh_nort\")]), \"tarssa\": (orders: [(action: \"patrol_border\")])},\n])";
        let err = parse_script("o.ron", text, &tutorial(), Lang::En).expect_err("invalid");
        let ScriptError::Invalid { problems } = err else { panic!("not Invalid: {err}") };
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "o.ron:2:31: turn 1: `ration_fuell` is not an action of this scenario: did you mean `ration_fuel`?",
                "o.ron:2:71: turn 1: `tarssa` is not a faction: did you mean `tarsa`?",
            ]
        );
    }

    #[test]
    fn a_broken_script_is_a_syntax_error_with_line_and_column() {
        let err = parse_script("o.ron", "(turns: [\n  {\"kesh\": (orders: [(action: 3)])}])", &tutorial(), Lang::En)
            .expect_err("bad");
        assert!(matches!(err, ScriptError::Syntax { line: 2, .. }), "{err}");
    }

    #[test]
    fn a_game_stopped_and_resumed_matches_one_played_straight_through() {
        let scn = tutorial();
        let seats: Vec<(String, Seat)> = vec![
            ("kesh".into(), Seat::Ai(AiKind::Greedy)),
            ("tarsa".into(), Seat::Ai(AiKind::Random)),
            ("oru".into(), Seat::Human),
        ];
        let never = |_: &Save| Ok::<(), ()>(());
        let script = Script::default();
        let whole = play("t.ron", &scn, 5, seats.clone(), "s".into(), &script, never).expect("plays");
        let half = resume(&scn, Save::new("t.ron", &scn, 5, seats, "s".into()), &script, Some(2), never).expect("2");
        assert_eq!(half.turns.len(), 2);
        let rest = resume(&scn, half, &script, None, never).expect("rest");
        assert_eq!(rest, whole);
        assert!(whole.state.is_over());
    }
}
