//! Saved games: everything needed to resume a game exactly or re-play it —
//! the full scenario text it was played with, the seed, the seats, every
//! turn's orders and report, and the current state (its dice included).
//!
//! Files are RON, written atomically (a temporary file in the same folder,
//! flushed and synced, then renamed over the old one), so a crash at any
//! moment leaves the previous save intact. Loading never trusts the file:
//! syntax errors come back as `file:line:col`, a save from a newer version
//! or with a broken scenario is refused, and a state that does not match a
//! re-play of its orders is reported as inconsistent.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::engine::ai::AiKind;
use crate::engine::state::Misshapen;
use crate::engine::umpire::{self, Ruling};
use crate::engine::{EndReason, GameState, PendingKind, TurnOrders, TurnReport, new_game, resolve_turn};
use crate::files::{self, ReadError};
use crate::i18n::Lang;
use crate::scenario::format::TargetKind;
use crate::scenario::translate::Source;
use crate::scenario::{Diagnostic, Scenario, built_in_named, load_in};
use crate::tr;

/// The save format this build writes and reads.
pub const SAVE_FORMAT: u32 = 1;

/// Largest save file accepted, in bytes.
pub const MAX_SAVE_SIZE: u64 = 64 * 1024 * 1024;

/// Who played a faction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Seat {
    /// A team at the keyboard (or a scripted orders file).
    Human,
    /// A computer player.
    Ai(AiKind),
}

/// One resolved turn: what every faction ordered and what happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TurnRecord {
    /// The umpire's rulings during the turn, applied before its orders resolved.
    #[serde(default)]
    pub rulings: Vec<Ruling>,
    /// Every faction's orders and answers.
    pub orders: TurnOrders,
    /// The engine's report of the turn.
    pub report: TurnReport,
}

/// A turn the umpire took back, with the reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UndoneTurn {
    /// The turn that was undone.
    pub turn: u32,
    /// Why.
    pub reason: String,
    /// What had been played.
    pub record: TurnRecord,
    /// Rulings made after it, in the turn that no longer exists.
    pub dropped_rulings: Vec<Ruling>,
}

/// A saved game.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Save {
    /// Save format version ([`SAVE_FORMAT`]).
    pub format: u32,
    /// The file the scenario was loaded from, for messages.
    pub scenario_file: String,
    /// The scenario's full text, so the save loads even after the file
    /// changed. Shared: every seat's copy of the game holds it.
    pub scenario: Arc<str>,
    /// The variant of the scenario played (`None`: the scenario as written).
    #[serde(default)]
    pub variant: Option<String>,
    /// The translation the scenario's texts were shown in (`None`: its own texts).
    #[serde(default)]
    pub translation: Option<SavedTranslation>,
    /// The game's seed.
    pub seed: u64,
    /// Seat of each faction, by faction id (non-playable factions are absent).
    pub seats: Vec<(String, Seat)>,
    /// When the game started, `YYYY-MM-DD HH:MM:SS` UTC.
    pub started: String,
    /// Every resolved turn, in order.
    pub turns: Vec<TurnRecord>,
    /// The umpire's rulings so far in the current, unresolved turn.
    #[serde(default)]
    pub pending_rulings: Vec<Ruling>,
    /// Turns the umpire undid, kept so the debrief can show them.
    #[serde(default)]
    pub undone: Vec<UndoneTurn>,
    /// What the room is looking at (for the projector, `harmattan watch`).
    #[serde(default)]
    pub stage: Stage,
    /// The turn timer when the save was written, so the projector can count down too.
    #[serde(default)]
    pub clock: Option<Clock>,
    /// Factions (by id) whose teams have not yet confirmed this turn's orders,
    /// so the projector can show who is still thinking.
    #[serde(default)]
    pub waiting: Vec<String>,
    /// Every attempt to open the umpire screen with the facilitator code, right or wrong.
    #[serde(default)]
    pub umpire_access: Vec<UmpireAccess>,
    /// The state now, including the dice.
    pub state: GameState,
}

/// The translation a game's scenario texts were shown in, so that the save
/// shows the game in the same words. A built-in translation is named, not
/// copied; any other is copied whole (it is no larger than a scenario file).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedTranslation {
    /// Its language: `en`, `fr` or `ar`.
    pub language: String,
    /// The translation file, e.g. `scenarios/i18n/tutorial.fr.ron`.
    pub file: String,
    /// The file's text; `None` for a translation built into the program,
    /// found again by `file` (a newer version's wording is then shown).
    #[serde(default)]
    pub text: Option<String>,
}

impl SavedTranslation {
    /// What a save keeps of the translation a scenario was loaded with.
    pub fn of(applied: &crate::scenario::translate::Applied) -> Self {
        SavedTranslation {
            language: applied.lang.code().to_string(),
            file: applied.file.clone(),
            text: (!applied.built_in).then(|| applied.text.clone()),
        }
    }
}

/// What the room is looking at when the save is written, so the projector
/// shows the state being discussed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Stage {
    /// The game has started; teams are reading their briefings (turn 1's orders are not open yet).
    Briefings,
    /// A turn's orders are open.
    #[default]
    Orders,
    /// The room is reading the last resolved turn's results; the next turn's orders are not open yet.
    Results,
}

/// The turn timer as the room sees it, written into the save so that
/// `harmattan watch` shows the same countdown as the game.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Clock {
    /// Time left when the save was written, in milliseconds.
    pub remaining_ms: u64,
    /// When that was, in milliseconds since the Unix epoch.
    pub at_ms: u64,
    /// Whether a countdown is under way (false between two last calls).
    pub counting: bool,
    /// Whether the umpire has paused it.
    pub paused: bool,
    /// Whether this is a last call (the turn's own time has run out).
    pub last_call: bool,
}

impl Clock {
    /// Time left at `now_ms`: it runs down only while counting and not paused.
    pub fn remaining(&self, now_ms: u64) -> std::time::Duration {
        let gone = if self.running() { now_ms.saturating_sub(self.at_ms) } else { 0 };
        std::time::Duration::from_millis(self.remaining_ms.saturating_sub(gone))
    }

    /// Whether it is running down now (a projector then redraws it each second).
    pub fn running(&self) -> bool {
        self.counting && !self.paused
    }
}

/// One attempt to open the umpire screen: when, and whether the code was right.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UmpireAccess {
    /// The turn during which it was made.
    pub turn: u32,
    /// When, `YYYY-MM-DD HH:MM:SS` UTC.
    pub at: String,
    /// Whether the code was right.
    pub granted: bool,
}

impl Save {
    /// A save for a game that has just started.
    pub fn new(
        scenario_file: &str,
        scenario: &Scenario,
        seed: u64,
        seats: Vec<(String, Seat)>,
        started: String,
    ) -> Self {
        Save {
            format: SAVE_FORMAT,
            scenario_file: scenario_file.to_string(),
            scenario: scenario.source.as_str().into(),
            variant: scenario.variant.clone(),
            translation: scenario.translation.as_ref().map(SavedTranslation::of),
            seed,
            seats,
            started,
            turns: Vec::new(),
            pending_rulings: Vec::new(),
            undone: Vec::new(),
            stage: Stage::default(),
            clock: None,
            waiting: Vec::new(),
            umpire_access: Vec::new(),
            state: new_game(scenario, seed),
        }
    }

    /// Records a resolved turn and the state after it.
    pub fn record(&mut self, orders: TurnOrders, report: TurnReport, state: &GameState) {
        let rulings = std::mem::take(&mut self.pending_rulings);
        self.turns.push(TurnRecord { rulings, orders, report });
        self.state = state.clone();
    }

    /// The save as RON text.
    pub fn to_ron(&self) -> Result<String, ron::Error> {
        ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default().struct_names(true))
    }
}

/// A sentence about a save, kept as a catalogue key and its arguments, so
/// that it is written in the language of whoever reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    key: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// One argument of a [`Said`]: words the same in every language (a name, a
/// number), a sentence of its own, or text already written in each language.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Arg {
    Text(String),
    Said(Said),
    Each(crate::i18n::InEach),
}

impl Said {
    fn new(key: &'static str, args: &[(&'static str, String)]) -> Said {
        Said { key, args: args.iter().map(|(name, text)| (*name, Arg::Text(text.clone()))).collect() }
    }

    /// With `name` a sentence of its own, written in the reader's language too.
    fn with(mut self, name: &'static str, said: Said) -> Said {
        self.args.push((name, Arg::Said(said)));
        self
    }

    /// Text written in each language by `write` (ron's words, the system's).
    fn each(write: impl Fn(Lang) -> String) -> Said {
        Said { key: "diag-save-raw", args: vec![("text", Arg::Each(crate::i18n::InEach::new(write)))] }
    }

    /// The sentence in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let args: Vec<(&str, crate::i18n::FluentValue)> = self
            .args
            .iter()
            .map(|(name, arg)| {
                let text = match arg {
                    Arg::Text(text) => text.clone(),
                    Arg::Said(said) => said.text(lang),
                    Arg::Each(texts) => texts.get(lang).to_string(),
                };
                (*name, text.into())
            })
            .collect();
        crate::i18n::tr(lang, self.key, &args)
    }
}

/// Why a save could not be written or loaded. Every message names the file;
/// [`SaveError::message`] writes it in a language, `Display` in English.
#[derive(Debug)]
pub enum SaveError {
    /// The file could not be read or written.
    Io {
        /// The file.
        path: String,
        /// What the system said.
        source: io::Error,
    },
    /// The file is not a save (empty, binary, truncated, hand-edited badly).
    Syntax {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong there.
        message: Said,
    },
    /// Not a file, or larger than any save can be.
    Unreadable {
        /// The file.
        path: String,
        /// Why, in words.
        reason: Said,
    },
    /// Saved by a newer (or unknown) version of Harmattan.
    Format {
        /// The file.
        path: String,
        /// The version found.
        found: u32,
    },
    /// The scenario inside the save does not load.
    Scenario {
        /// The file.
        path: String,
        /// The first error.
        first: crate::i18n::InEach,
        /// All problems.
        diagnostics: Vec<Diagnostic>,
    },
    /// The recorded state does not follow from the recorded orders.
    Inconsistent {
        /// The file.
        path: String,
        /// The first difference found.
        detail: Said,
    },
    /// Serialising the save failed.
    Write {
        /// The file.
        path: String,
        /// Why.
        message: Said,
    },
}

impl SaveError {
    /// What went wrong, naming the file, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            SaveError::Io { path, source } => {
                tr!(lang, "diag-save-unreadable", path = path.as_str(), reason = crate::i18n::io_error(source, lang))
            }
            SaveError::Syntax { path, line, column, message } => tr!(
                lang,
                "diag-save-syntax",
                path = path.as_str(),
                line = line.to_string(),
                column = column.to_string(),
                message = message.text(lang)
            ),
            SaveError::Unreadable { path, reason } => {
                tr!(lang, "diag-save-unreadable", path = path.as_str(), reason = reason.text(lang))
            }
            SaveError::Format { path, found } => tr!(
                lang,
                "diag-save-format",
                path = path.as_str(),
                found = found.to_string(),
                supported = SAVE_FORMAT.to_string()
            ),
            SaveError::Scenario { path, first, .. } => {
                tr!(lang, "diag-save-scenario", path = path.as_str(), first = first.get(lang))
            }
            SaveError::Inconsistent { path, detail } => {
                tr!(lang, "diag-save-inconsistent", path = path.as_str(), detail = detail.text(lang))
            }
            SaveError::Write { path, message } => {
                tr!(lang, "diag-save-write", path = path.as_str(), message = message.text(lang))
            }
        }
    }
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for SaveError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SaveError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// A save read from disk, with its scenario compiled.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The save.
    pub save: Save,
    /// The scenario it holds, compiled.
    pub scenario: Scenario,
}

/// Writes a save atomically and safely ([`crate::files::write_atomic`]):
/// the previous save survives any crash, and a save larger than
/// [`MAX_SAVE_SIZE`] (which could not be read back) is refused before the
/// previous one is touched.
pub fn write(path: &Path, save: &Save) -> Result<(), SaveError> {
    let shown = path.display().to_string();
    let io_err = |source| SaveError::Io { path: shown.clone(), source };
    let text =
        save.to_ron().map_err(|e| SaveError::Write { path: shown.clone(), message: Said::each(|_| e.to_string()) })?;
    if text.len() as u64 > MAX_SAVE_SIZE {
        let size = files::size(MAX_SAVE_SIZE);
        return Err(SaveError::Write { path: shown, message: Said::new("diag-save-too-large", &[("size", size)]) });
    }
    fs::create_dir_all(files::folder_of(path)).map_err(io_err)?;
    files::write_atomic(path, text.as_bytes()).map_err(io_err)
}

/// Reads, parses and checks a save: only a regular file, and never more than [`MAX_SAVE_SIZE`].
pub fn read(path: &Path) -> Result<Loaded, SaveError> {
    let shown = path.display().to_string();
    let bytes = files::read_limited(path, MAX_SAVE_SIZE).map_err(|e| match e {
        ReadError::Io(source) => SaveError::Io { path: shown.clone(), source },
        other => SaveError::Unreadable { path: shown.clone(), reason: Said::each(|lang| other.message(lang)) },
    })?;
    parse(&shown, &bytes)
}

/// Parses and checks a save from bytes (`name` is used in messages).
pub fn parse(name: &str, bytes: &[u8]) -> Result<Loaded, SaveError> {
    let syntax = |line, column, message: Said| SaveError::Syntax { path: name.to_string(), line, column, message };
    let text = crate::text::utf8(bytes)
        .map_err(|(line, column)| syntax(line, column, Said::new("diag-save-not-utf8", &[])))?;
    if text.trim().is_empty() {
        return Err(syntax(1, 1, Said::new("diag-empty", &[])));
    }
    let options = ron::Options::default().with_recursion_limit(128);
    let save: Save = options.from_str(text).map_err(|e| match version_of(text) {
        // A save from another version gets that message, not a syntax error.
        Some(found) if found != SAVE_FORMAT => SaveError::Format { path: name.to_string(), found },
        // A save cut short (a copy interrupted, a full disk) says so rather than "expected …".
        _ if matches!(e.code, ron::Error::Eof | ron::Error::ExpectedStringEnd) || stops_at(text, &e) => {
            let (line, column) = ron_position(text, &e);
            let reason = Said::each(|lang| crate::scenario::ron_message(text, &e, lang));
            syntax(line, column, Said::new("diag-save-cut-short", &[]).with("reason", reason))
        }
        _ => {
            let (line, column) = ron_position(text, &e);
            syntax(line, column, Said::each(|lang| crate::scenario::ron_message(text, &e, lang)))
        }
    })?;
    if save.format != SAVE_FORMAT {
        return Err(SaveError::Format { path: name.to_string(), found: save.format });
    }
    let (lang, translation) = match &save.translation {
        None => (Lang::default(), None),
        Some(t) => {
            let Ok(lang) = t.language.parse::<Lang>() else {
                let language = crate::text::clip(&t.language, 20).into_owned();
                let detail = Said::new("diag-save-language", &[("language", language)]);
                return Err(SaveError::Inconsistent { path: name.to_string(), detail });
            };
            let source = match &t.text {
                Some(text) => Some(Source { name: &t.file, bytes: text.as_bytes(), built_in: false }),
                None => built_in_named(&t.file),
            };
            (lang, source)
        }
    };
    let load =
        |lang| load_in(&save.scenario_file, save.scenario.as_bytes(), save.variant.as_deref(), lang, translation);
    let loaded = load(lang);
    let Some(scenario) = loaded.scenario else {
        let first_error = |loaded: &crate::scenario::Loaded| {
            loaded
                .file_diagnostics()
                .find(|d| d.diagnostic.is_error())
                .map_or_else(String::new, |d| format!("{}: {}", d.location(), d.diagnostic.message))
        };
        // Told in every language, as the reader may not read the game's.
        let first = crate::i18n::InEach::new(|l| if l == lang { first_error(&loaded) } else { first_error(&load(l)) });
        return Err(SaveError::Scenario { path: name.to_string(), first, diagnostics: loaded.diagnostics });
    };
    check_shape(name, &save, &scenario)?;
    Ok(Loaded { save, scenario })
}

/// Where a ron error is, as 1-based line and column: ron points at the blank
/// before the offending value, so step over blanks to the value itself.
pub(crate) fn ron_position(text: &str, e: &ron::error::SpannedError) -> (usize, usize) {
    use crate::scenario::diagnostic::{line_col, offset_of};
    let start = offset_of(text, e.span.start.line, e.span.start.col);
    let skipped = text.get(start..).map_or(0, |rest| rest.len() - rest.trim_start().len());
    if start + skipped >= text.len() {
        // Nothing but blanks follows (a file cut short): keep ron's place.
        return (e.span.start.line, e.span.start.col);
    }
    line_col(text, start + skipped)
}

/// Whether a ron error lies where the text stops (only blanks follow): the
/// file was cut there, whatever ron expected next.
fn stops_at(text: &str, e: &ron::error::SpannedError) -> bool {
    use crate::scenario::diagnostic::offset_of;
    let start = offset_of(text, e.span.start.line, e.span.start.col);
    text.get(start..).is_none_or(|rest| rest.trim().is_empty())
}

/// The `format: N` of a save that may not parse as this version's format.
fn version_of(text: &str) -> Option<u32> {
    let at = text.find("format:")?;
    let rest = text[at + 7..].trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// Cheap checks that the state fits the scenario, so nothing downstream indexes out of range.
fn check_shape(name: &str, save: &Save, scn: &Scenario) -> Result<(), SaveError> {
    let bad = |key: &'static str, args: &[(&'static str, String)]| {
        Err(SaveError::Inconsistent { path: name.to_string(), detail: Said::new(key, args) })
    };
    let s = &save.state;
    let n = scn.factions.len();
    let misshapen = s.misshapen();
    if s.faction_count() != n
        || s.faction_var_count() != scn.faction_vars.len()
        || misshapen == Some(Misshapen::Factions)
    {
        return bad("diag-save-faction-values", &[]);
    }
    if s.region_count() != scn.regions.len()
        || s.region_var_count() != scn.region_vars.len()
        || misshapen == Some(Misshapen::Regions)
    {
        return bad("diag-save-region-values", &[]);
    }
    if let Some(Misshapen::OneWay(a, b, one, other)) = misshapen {
        let name = |f: usize| scn.factions.get(f).map_or_else(|| f.to_string(), |d| d.name.clone());
        let args = [("a", name(a)), ("b", name(b)), ("one", one.to_string()), ("other", other.to_string())];
        return bad("diag-save-relation-one-way", &args);
    }
    if s.route_count() != scn.routes.len() || s.flag_count() != scn.flags.len() || misshapen.is_some() {
        return bad("diag-save-routes", &[]);
    }
    if s.controllers.len() != scn.regions.len() || s.event_fired.len() != scn.events.len() {
        return bad("diag-save-regions-events", &[]);
    }
    if s.objective_sums.len() != n
        || s.objective_sums.iter().zip(&scn.factions).any(|(o, f)| o.len() != f.objectives.len())
    {
        return bad("diag-save-objectives", &[]);
    }
    if s.turn as usize != save.turns.len() + 1 && !(s.is_over() && s.turn as usize == save.turns.len()) {
        return bad("diag-save-turns", &[("turn", s.turn.to_string()), ("recorded", save.turns.len().to_string())]);
    }
    for (i, (id, _)) in save.seats.iter().enumerate() {
        if !scn.faction_index(id).is_some_and(|f| scn.factions.get(f).is_some_and(|d| d.playable)) {
            return bad("diag-save-seat", &[("faction", id.clone())]);
        }
        if save.seats[..i].iter().any(|(other, _)| other == id) {
            return bad("diag-save-two-seats", &[("faction", id.clone())]);
        }
    }
    // Indices inside the state must point at things the scenario has.
    let faction_ok = |f: usize| f < n;
    if s.controllers.iter().flatten().any(|&f| !faction_ok(f)) {
        return bad("diag-save-controller", &[]);
    }
    let pending_ok = s.pending.iter().all(|p| {
        faction_ok(p.faction)
            && match p.kind {
                PendingKind::Proposal { action, from } => action < scn.actions.len() && faction_ok(from),
                PendingKind::Choice { event } => event < scn.events.len(),
            }
    });
    if !pending_ok {
        return bad("diag-save-pending", &[]);
    }
    let scheduled_ok = s.scheduled.iter().all(|x| {
        x.action < scn.actions.len()
            && faction_ok(x.actor)
            && match (x.target, scn.actions.get(x.action).map(|a| a.target)) {
                (None, _) => true,
                (Some(t), Some(TargetKind::Faction)) => faction_ok(t),
                (Some(t), Some(TargetKind::Region)) => t < scn.regions.len(),
                (Some(t), Some(TargetKind::Route)) => t < scn.routes.len(),
                (Some(_), _) => false,
            }
    });
    if !scheduled_ok {
        return bad("diag-save-scheduled", &[]);
    }
    if matches!(s.ended, Some(EndReason::Condition(i)) if i >= scn.end_when.len()) {
        return bad("diag-save-ended", &[]);
    }
    Ok(())
}

/// Where a re-play first differs from the record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Divergence {
    /// The turn (1-based) whose result differs; 0 for the initial state.
    pub turn: u32,
    /// What differs.
    detail: Said,
}

impl Divergence {
    /// What differs, in words, in `lang`.
    pub fn detail(&self, lang: Lang) -> String {
        self.detail.text(lang)
    }
}

/// A save played again from its scenario, seed, umpire rulings and orders:
/// the one re-play behind `replay`, the after-action report, `replay --view`
/// and resuming a game. Nothing in it comes from the save's recorded
/// results, so a hand-edited record cannot change it.
#[derive(Debug, Clone)]
pub struct Replayed {
    /// The state at the start of each turn's orders, before that turn's
    /// rulings: turn 1 first, and one more for each turn re-played.
    pub openings: Vec<GameState>,
    /// The state each re-played turn resolved from (its opening after its rulings).
    pub ruled: Vec<GameState>,
    /// Each re-played turn's report.
    pub reports: Vec<TurnReport>,
    /// The state now, after the current turn's rulings.
    pub state: GameState,
    /// The first place where the re-play differs from the record, if any.
    pub divergence: Option<Divergence>,
}

/// Re-plays a save: see [`Replayed`]. Every recorded turn is played (an
/// umpire ruling that no longer applies is skipped) and the first
/// difference from the record is kept.
pub fn replay_game(loaded: &Loaded) -> Replayed {
    replay_on(&loaded.scenario, &loaded.save)
}

/// Re-plays `save` on `scn`, as [`replay_game`] does: the scenario it was
/// played with, or the same game in other words (a translation), whose
/// re-play words its news and reasons in the translation's language.
pub fn replay_on(scn: &Scenario, save: &Save) -> Replayed {
    let mut state = new_game(scn, save.seed);
    let mut out = Replayed {
        openings: vec![state.clone()],
        ruled: Vec::new(),
        reports: Vec::new(),
        state: state.clone(),
        divergence: None,
    };
    let diverge = |out: &mut Replayed, turn: u32, detail: Said| {
        out.divergence.get_or_insert(Divergence { turn, detail });
    };
    for (i, record) in save.turns.iter().enumerate() {
        let turn = u32::try_from(i + 1).unwrap_or(u32::MAX);
        if state.is_over() {
            diverge(&mut out, turn, Said::new("diag-replay-ended", &[]));
            break;
        }
        for ruling in &record.rulings {
            if let Err(e) = umpire::apply(scn, &mut state, ruling) {
                diverge(&mut out, turn, Said::new("diag-replay-ruling", &[("reason", e)]));
            }
        }
        out.ruled.push(state.clone());
        let report = resolve_turn(scn, &mut state, &record.orders);
        if !same_game(&report, &record.report) {
            let detail = first_difference(scn, &report, &record.report);
            diverge(&mut out, turn, detail);
        }
        out.reports.push(report);
        out.openings.push(state.clone());
    }
    for ruling in &save.pending_rulings {
        let turn = state.turn;
        if let Err(e) = umpire::apply(scn, &mut state, ruling) {
            diverge(&mut out, turn, Said::new("diag-replay-ruling", &[("reason", e)]));
        }
    }
    if out.divergence.is_none() && !same_state(&state, &save.state) {
        let detail = state.diff(&save.state).first().map_or_else(
            || Said::new("diag-replay-dice", &[]),
            |c| {
                // `diff` gives the saved value as `before` and the re-played one as `after`.
                use crate::engine::report::{slot_label, slot_value};
                Said::new(
                    "diag-replay-value",
                    &[
                        ("slot", slot_label(scn, c.slot)),
                        ("replayed", slot_value(scn, c.slot, c.after)),
                        ("saved", slot_value(scn, c.slot, c.before)),
                    ],
                )
            },
        );
        let turn = u32::try_from(save.turns.len()).unwrap_or(u32::MAX);
        diverge(&mut out, turn, Said::new("diag-replay-final", &[]).with("detail", detail));
    }
    out.state = state;
    out
}

/// Whether two states are the same game: equal but for the wording of the
/// start-of-turn log (as [`same_game`] leaves out the wording of reports).
fn same_state(a: &GameState, b: &GameState) -> bool {
    let unworded = |s: &GameState| {
        let mut s = s.clone();
        s.start_log = s.start_log.iter().map(plain).collect();
        s
    };
    a.start_log.len() == b.start_log.len() && (a == b || unworded(a) == unworded(b))
}

/// Re-plays a save ([`replay_game`]) and checks every turn's report and the
/// final state against the record. Returns the number of turns checked.
pub fn replay(loaded: &Loaded) -> Result<usize, Divergence> {
    match replay_game(loaded).divergence {
        Some(d) => Err(d),
        None => Ok(loaded.save.turns.len()),
    }
}

/// An entry without its wording: what happened, to whom, and what it changed.
fn plain(e: &crate::engine::Entry) -> crate::engine::Entry {
    let mut e = e.clone();
    e.written = None;
    if let crate::engine::EntryKind::Refused { reason, .. } = &mut e.kind {
        reason.clear();
    }
    e
}

/// Whether two reports record the same turn: the same entries, rolls and
/// changes. The wording of news lines and refusal reasons is left out, so a
/// save still re-plays after a later version words them better (or in
/// another language).
fn same_game(a: &TurnReport, b: &TurnReport) -> bool {
    a.turn == b.turn
        && a.net == b.net
        && a.entries().count() == b.entries().count()
        && a.entries().zip(b.entries()).all(|(x, y)| plain(x) == plain(y))
}

fn first_difference(scn: &Scenario, replayed: &TurnReport, recorded: &TurnReport) -> Said {
    use crate::engine::report::change_text;
    let a: Vec<_> = replayed.entries().collect();
    let b: Vec<_> = recorded.entries().collect();
    for (i, (x, y)) in a.iter().zip(&b).enumerate() {
        let (px, py) = (plain(x), plain(y));
        if px == py {
            continue;
        }
        let entry = (i + 1).to_string();
        if px.kind != py.kind || px.audience != py.audience {
            return Said::new("diag-replay-entry", &[("entry", entry)])
                .with("replayed", describe(scn, x))
                .with("saved", describe(scn, y));
        }
        let change = |c: Option<&crate::engine::Change>| match c {
            Some(c) => Said::new("diag-save-raw", &[("text", change_text(scn, c))]),
            None => Said::new("diag-replay-nothing", &[]),
        };
        let at = (0..x.changes.len().max(y.changes.len())).find(|&k| x.changes.get(k) != y.changes.get(k));
        if let Some(k) = at {
            return Said::new("diag-replay-entry-change", &[("entry", entry)])
                .with("what", describe(scn, x))
                .with("replayed", change(x.changes.get(k)))
                .with("saved", change(y.changes.get(k)));
        }
    }
    if a.len() != b.len() {
        let counts = [("replayed", a.len().to_string()), ("saved", b.len().to_string())];
        return match (a.get(b.len()), b.get(a.len())) {
            (Some(extra), _) => Said::new("diag-replay-more-entries", &counts).with("first", describe(scn, extra)),
            (None, Some(missing)) => {
                Said::new("diag-replay-fewer-entries", &counts).with("first", describe(scn, missing))
            }
            (None, None) => Said::new("diag-replay-entries", &counts),
        };
    }
    match replayed.net.iter().zip(&recorded.net).find(|(p, q)| p != q) {
        Some((p, q)) => {
            Said::new("diag-replay-net", &[("replayed", change_text(scn, p)), ("saved", change_text(scn, q))])
        }
        None => Said::new("diag-replay-net-differs", &[]),
    }
}

/// A report entry in a few words, for divergence messages.
fn describe(scn: &Scenario, e: &crate::engine::Entry) -> Said {
    use crate::engine::EntryKind;
    use crate::engine::orders::Response;
    if let Some(news) = e.news(scn) {
        return Said::new("diag-replay-quoted", &[("news", news.into_owned())]);
    }
    let faction = |f: &usize| ("faction", scn.factions.get(*f).map_or("?", |x| x.name.as_str()).to_string());
    let action = |a: &usize| ("action", scn.actions.get(*a).map_or("?", |x| x.id.as_str()).to_string());
    match &e.kind {
        EntryKind::Income { faction: f } => Said::new("diag-replay-income", &[faction(f)]),
        EntryKind::Refused { faction: f, order, reason } => Said::new(
            "diag-replay-refused",
            &[faction(f), ("action", order.action.clone()), ("reason", reason.clone())],
        ),
        EntryKind::Order { faction: f, action: a, success, .. } => {
            let key = if *success { "diag-replay-succeeded" } else { "diag-replay-failed" };
            Said::new(key, &[faction(f), action(a)])
        }
        EntryKind::Proposed { faction: f, action: a, .. } => {
            Said::new("diag-replay-proposed", &[faction(f), action(a)])
        }
        EntryKind::Answered { faction: f, response, .. } => match response {
            Response::Accept => Said::new("diag-replay-accepted", &[faction(f)]),
            Response::Decline => Said::new("diag-replay-declined", &[faction(f)]),
            Response::Choose(option) => Said::new("diag-replay-chose", &[faction(f), ("option", option.clone())]),
        },
        EntryKind::Landed { faction: f, action: a, .. } => Said::new("diag-replay-landed", &[faction(f), action(a)]),
        EntryKind::Ongoing { faction: f, action: a, .. } => Said::new("diag-replay-ongoing", &[faction(f), action(a)]),
        EntryKind::Ended { faction: f, action: a, .. } => {
            Said::new("diag-replay-ended-action", &[faction(f), action(a)])
        }
        EntryKind::Flow { route, .. } => {
            let route = scn.routes.get(*route).map_or("?", |r| r.name.as_str()).to_string();
            Said::new("diag-replay-flow", &[("route", route)])
        }
        EntryKind::Rule { rule } => {
            Said::new("diag-replay-rule", &[("rule", scn.rules.get(*rule).map_or("?", |r| r.id.as_str()).to_string())])
        }
        EntryKind::Event { event, .. } => Said::new(
            "diag-replay-event",
            &[("event", scn.events.get(*event).map_or("?", |x| x.id.as_str()).to_string())],
        ),
        EntryKind::GameOver { .. } => Said::new("diag-replay-game-over", &[]),
        EntryKind::Ruling { reason } => Said::new("diag-replay-ruling-entry", &[("reason", reason.clone())]),
    }
}

/// `YYYY-MM-DD HH:MM:SS` (UTC) of seconds since the Unix epoch.
pub fn timestamp(unix_seconds: u64) -> String {
    let days = i64::try_from(unix_seconds / 86_400).unwrap_or(0);
    let secs = unix_seconds % 86_400;
    let date = crate::scenario::model::add_days(1970, 1, 1, days);
    format!("{date} {:02}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
}

/// A path for a new game's save in `dir` that no file has yet: [`file_name`],
/// with `-2`, `-3`… added when games started in the same second.
pub fn fresh_path(dir: &Path, scenario_id: &str, started: &str) -> PathBuf {
    let name = file_name(scenario_id, started);
    let first = dir.join(&name);
    if !first.exists() {
        return first;
    }
    let stem = name.trim_end_matches(".ron");
    (2..).map(|n| dir.join(format!("{stem}-{n}.ron"))).find(|p| !p.exists()).unwrap_or(first)
}

/// The file name of a game's save: scenario id and start time, e.g. `tutorial-20251124-090000.ron`.
pub fn file_name(scenario_id: &str, started: &str) -> String {
    let stamp: String =
        started.chars().filter(|c| c.is_ascii_digit() || *c == ' ').collect::<String>().replace(' ', "-");
    let id: String =
        scenario_id.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' }).collect();
    format!("{id}-{stamp}.ron")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_utc_calendar_dates() {
        assert_eq!(timestamp(0), "1970-01-01 00:00:00");
        assert_eq!(timestamp(1_764_000_000), "2025-11-24 16:00:00");
        assert_eq!(file_name("tutorial", "2025-11-24 16:00:00"), "tutorial-20251124-160000.ron");
    }

    /// Plays `turns` turns of the tutorial with random AI orders into a save.
    pub(crate) fn played(turns: usize) -> Save {
        use crate::engine::ai::decide;
        let scn = crate::scenario::load(crate::scenario::DEFAULT_NAME, crate::scenario::TUTORIAL.as_bytes())
            .scenario
            .expect("the tutorial loads");
        let seats =
            scn.factions.iter().filter(|f| f.playable).map(|f| (f.id.clone(), Seat::Ai(AiKind::Random))).collect();
        let mut save = Save::new("scenarios/tutorial.ron", &scn, 7, seats, timestamp(0));
        let mut state = save.state.clone();
        for _ in 0..turns {
            let mut orders = TurnOrders::default();
            for (f, def) in scn.factions.iter().enumerate().filter(|(_, d)| d.playable) {
                orders.set(def.id.clone(), decide(&scn, &state, f, AiKind::Random));
            }
            let report = resolve_turn(&scn, &mut state, &orders);
            save.record(orders, report, &state);
        }
        save
    }

    #[test]
    fn a_save_round_trips_through_ron_and_replays_consistently() {
        let save = played(3);
        let text = save.to_ron().expect("serialises");
        let loaded = parse("game.ron", text.as_bytes()).expect("parses");
        assert_eq!(loaded.save, save);
        assert_eq!(replay(&loaded), Ok(3));
    }

    #[test]
    fn an_edited_value_is_reported_as_inconsistent() {
        let mut save = played(2);
        let treasury = save.state.faction_var(0, 0);
        save.state.store(crate::engine::report::Slot::FactionVar(0, 0), treasury + 1);
        let loaded = parse("game.ron", save.to_ron().expect("serialises").as_bytes()).expect("parses");
        let d = replay(&loaded).expect_err("diverges");
        assert_eq!(d.turn, 2);
        let saved = save.state.faction_var(0, 0);
        assert!(
            d.detail(Lang::En)
                .contains(&format!("Kesh · Treasury: re-play gives {} M, the save says {saved} M", saved - 1)),
            "{}",
            d.detail(Lang::En)
        );
    }
}
