//! After-action reports, on the model of Dungeon Crawl's "morgue file": a
//! turn-stamped account of a finished (or interrupted) game for the debrief.
//!
//! [`AfterAction::build`] re-plays a save's orders to recover the state at
//! the start and at the end of every turn, and gathers everything a class
//! needs: every faction's orders (secret ones included, with whether they
//! were detected), rolls, events, answers, route flows and news; a series of
//! every indicator; final scores; the turning points; and debrief questions
//! drawn from what happened. It is pure: no files, no clock. The renderers
//! turn it into Markdown, a self-contained HTML page, CSV or JSON, every
//! word of it in the report's language (`locales/<lang>/report.ftl`).

mod csv;
pub mod headline;
pub(crate) mod html;
mod markdown;
mod questions;

use std::borrow::Cow;

use serde::Serialize;

use crate::engine::dice::Roll;
use crate::engine::news::target_name;
use crate::engine::orders::Response;
use crate::engine::report::{Change, Entry, EntryKind, Slot, change_text, slot_label};
use crate::engine::state::{EndReason, GameState, PendingKind};
use crate::engine::umpire::TIMED_OUT_REASON;
use crate::engine::verdict;
use crate::engine::words::num;
use crate::engine::{TurnReport, scores};
use crate::i18n::Lang;
use crate::save::{self, Loaded, Seat};
use crate::scenario::Scenario;
use crate::scenario::expr::RouteField;
use crate::scenario::format::Measure;
use crate::tr;

/// The formats a report can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// Markdown: readable as plain text, renders on any forge or wiki.
    #[default]
    Markdown,
    /// One self-contained HTML page with a chart per indicator, for a projector or a printer.
    Html,
    /// One row per turn, entity and variable, for spreadsheets.
    Csv,
    /// The whole structured report.
    Json,
}

impl Format {
    /// Parses `md`/`markdown`, `html`, `csv` or `json`.
    pub fn parse(text: &str) -> Option<Format> {
        match text.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" => Some(Format::Html),
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            _ => None,
        }
    }

    /// The usual file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }
}

/// The after-action report of a save, in one format, in the language of
/// its scenario. This is what the end-of-game screen calls.
pub fn export(loaded: &Loaded, format: Format) -> String {
    AfterAction::build(loaded).render(format)
}

/// The after-action report of a save, in one format, in `lang`: what
/// `harmattan report --lang` writes.
pub fn export_in(loaded: &Loaded, format: Format, lang: Lang) -> String {
    AfterAction::build_in(loaded, lang).render(format)
}

/// The scenario with the engine's sentences in `lang`: its own texts stay as
/// they are; what the engine and the reports write from them follows `lang`.
pub(crate) fn speaking(scn: &Scenario, lang: Lang) -> Cow<'_, Scenario> {
    if scn.lang == lang {
        Cow::Borrowed(scn)
    } else {
        let mut other = scn.clone();
        other.lang = lang;
        Cow::Owned(other)
    }
}

/// Everything in an after-action report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AfterAction {
    /// The language it is written in (`en`, `fr`, `ar`).
    #[serde(serialize_with = "lang_code")]
    pub lang: Lang,
    /// Which scenario was played.
    pub scenario: ScenarioInfo,
    /// The game's seed (the same seed and orders give the same game).
    pub seed: u64,
    /// When the game started, as recorded in the save.
    pub started: String,
    /// Who played each playable faction.
    pub seats: Vec<SeatInfo>,
    /// Turns played and the dates they stand for.
    pub period: Period,
    /// Whether the game is over.
    pub finished: bool,
    /// How the game ended, in a sentence.
    pub ending: String,
    /// Problems found while re-playing the save.
    pub warnings: Vec<String>,
    /// The points every series is measured at: the start of the game, then the end of each turn.
    pub points: Vec<Point>,
    /// What happened, turn by turn, with nothing hidden.
    pub timeline: Vec<TurnAccount>,
    /// One series per entity of every region variable, faction variable, the relations and the scores.
    pub indicators: Vec<Indicator>,
    /// Routes open or closed and flags, at each point.
    pub switches: Vec<Switch>,
    /// Final scores, objective by objective.
    pub scores: FinalScores,
    /// The decisions and turns that moved the game most.
    pub turning_points: TurningPoints,
    /// Questions for the class, drawn from this game.
    pub questions: Vec<String>,
    /// Every umpire decision — rulings with their reasons and undone turns — in order.
    pub umpire: Vec<String>,
    /// Teams whose turn timer ran out, in order: "Turn 3: Time ran out for Kesh: …".
    pub timeouts: Vec<String>,
}

/// The scenario played.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScenarioInfo {
    /// Machine id.
    pub id: String,
    /// Title.
    pub title: String,
    /// One or two sentences.
    pub summary: String,
    /// Author.
    pub author: String,
    /// The file it was loaded from.
    pub file: String,
}

/// Who played a faction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SeatInfo {
    /// Faction id.
    pub faction_id: String,
    /// Faction name.
    pub faction: String,
    /// `team` or `AI (random)` / `AI (greedy)`.
    pub player: String,
}

/// The span of the game.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Period {
    /// Date of turn 1.
    pub first: String,
    /// Date of the last turn played (of turn 1 if none was).
    pub last: String,
    /// Turns resolved.
    pub turns_played: u32,
    /// Turns in a full game.
    pub turns_planned: u32,
}

/// A point at which the indicators are measured.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Point {
    /// 0 for the start of the game, otherwise the turn just ended.
    pub turn: u32,
    /// `start` or the turn number.
    pub label: String,
    /// The date of that turn.
    pub date: String,
}

/// One turn of the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TurnAccount {
    /// The turn.
    pub turn: u32,
    /// The date it stands for.
    pub date: String,
    /// Events at the start of the turn.
    pub events: Vec<Item>,
    /// Each faction's answers, orders, proposals and refused orders.
    pub sides: Vec<Side>,
    /// Effects of earlier orders: delayed effects landing, lasting effects, their end.
    pub later: Vec<Item>,
    /// What moved along the routes.
    pub flows: Vec<Item>,
    /// The news lines, in order (all of them, including private ones).
    pub news: Vec<String>,
    /// Set on the turn the game ended.
    pub end: Option<String>,
}

/// One faction's part of a turn.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Side {
    /// Faction id.
    pub faction_id: String,
    /// Faction name.
    pub faction: String,
    /// What it did, in resolution order.
    pub items: Vec<Item>,
}

/// What kind of thing an [`Item`] records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// An event fired.
    Event,
    /// An order was carried out.
    Order,
    /// An order was refused.
    Refused,
    /// A proposal was sent.
    Proposal,
    /// A proposal or choice was answered.
    Answer,
    /// Delayed effects of an earlier order landed.
    Landed,
    /// Lasting effects applied.
    Ongoing,
    /// Lasting effects ended.
    Ended,
    /// Goods moved along a route.
    Flow,
    /// The umpire intervened.
    Ruling,
}

/// One thing that happened, in words, with its consequences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    /// What kind of thing.
    pub kind: ItemKind,
    /// The faction that did it, by id, if any.
    pub faction: Option<String>,
    /// What it was, e.g. "Ration fuel → Northern Kesh".
    pub text: String,
    /// How it turned out, with the roll, e.g. "succeeded (rolled 34, needed 50 or less)".
    pub outcome: Option<String>,
    /// For secret orders: "secret, detected" or "secret, not detected".
    pub secret: Option<String>,
    /// Values it changed.
    pub changes: Vec<ChangeLine>,
    /// Size of its changes: each change as thousandths of its value's range, summed.
    pub impact: u64,
    /// What the turn's headline says of it, where that is not its text (a proposal: "proposed to Kesh: …").
    #[serde(skip)]
    pub(crate) brief: Option<String>,
}

/// One value changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChangeLine {
    /// What changed, e.g. "Northern Kesh · Fuel stock".
    pub what: String,
    /// Value before.
    pub before: i64,
    /// Value after.
    pub after: i64,
    /// The change in words, with units.
    pub text: String,
}

/// A measured quantity with one series per entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Indicator {
    /// Unique id, e.g. `region.fuel_stock`, `relation`, `score`.
    pub id: String,
    /// `region`, `faction` or `pair`.
    pub entity_kind: String,
    /// Display name of the variable.
    pub name: String,
    /// Unit, possibly empty.
    pub unit: String,
    /// Lowest possible value.
    pub min: i64,
    /// Highest possible value.
    pub max: i64,
    /// One series per entity, values aligned with [`AfterAction::points`].
    pub series: Vec<Series>,
}

/// The values of one entity over the game.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Series {
    /// Entity id (`kesh`, `kesh_north`, `kesh-tarsa`).
    pub id: String,
    /// Entity name.
    pub name: String,
    /// One value per point.
    pub values: Vec<i64>,
}

/// A yes/no state over the game: a route open or a flag set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Switch {
    /// `route` or `flag`.
    pub kind: String,
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// One value per point.
    pub values: Vec<bool>,
}

/// The final result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FinalScores {
    /// Per playable faction, in scenario order.
    pub factions: Vec<FactionResult>,
    /// Name(s) of the faction(s) that come first (best verdict, then margin).
    pub winners: Vec<String>,
    /// How it ended, in sentences: each team's verdict and why, then the shared outcome.
    pub outcome: Vec<String>,
    /// Whether these are final (the game is over) or as they stand.
    pub provisional: bool,
}

/// One faction's result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FactionResult {
    /// Faction id.
    pub faction_id: String,
    /// Faction name.
    pub faction: String,
    /// Weighted mean of its objectives, 0–100.
    pub total: i64,
    /// Each objective.
    pub objectives: Vec<ObjectiveResult>,
}

/// One objective's result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ObjectiveResult {
    /// Objective id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Weight.
    pub weight: u32,
    /// Share of the total, percent.
    pub share: u32,
    /// `at the end` or `average over the game`.
    pub measured: String,
    /// Achievement, 0–100.
    pub score: i64,
}

/// What moved the game most.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TurningPoints {
    /// The decisions (orders, answers, their delayed and lasting effects) with the largest changes.
    pub decisions: Vec<Decision>,
    /// The turns in which the scores moved most.
    pub turns: Vec<TurnMovement>,
}

/// A decision that moved values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Decision {
    /// Turn.
    pub turn: u32,
    /// Date.
    pub date: String,
    /// Faction name.
    pub faction: String,
    /// What it did.
    pub text: String,
    /// How it turned out.
    pub outcome: Option<String>,
    /// Its size (see [`Item::impact`]).
    pub impact: u64,
    /// Its largest changes, largest first.
    pub changes: Vec<String>,
}

/// How much a turn moved the scores and indicators.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TurnMovement {
    /// Turn.
    pub turn: u32,
    /// Date.
    pub date: String,
    /// Sum over factions of the score change, in points.
    pub score_movement: i64,
    /// Each faction's score before → after, e.g. "Kesh 52 → 40".
    pub scores: Vec<String>,
    /// Sum over every indicator of its change, in thousandths of its range.
    pub indicator_movement: u64,
}

/// A language as its code, for JSON.
fn lang_code<S: serde::Serializer>(lang: &Lang, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(lang.code())
}

impl AfterAction {
    /// Builds the report of a save by re-playing its orders, in the language of its scenario.
    pub fn build(loaded: &Loaded) -> AfterAction {
        AfterAction::build_in(loaded, loaded.scenario.lang)
    }

    /// Builds the report of a save by re-playing its orders, written in
    /// `lang` (the game re-plays as it was played; its news lines are the
    /// ones the players read).
    pub fn build_in(loaded: &Loaded, lang: Lang) -> AfterAction {
        let replay = Replay::run(loaded, lang);
        let words = speaking(&loaded.scenario, lang);
        let scn = &*words;
        let save = &loaded.save;
        let played = u32::try_from(replay.reports.len()).unwrap_or(u32::MAX);

        let mut timeline = Vec::new();
        let mut raw = Vec::new();
        for (i, report) in replay.reports.iter().enumerate() {
            let turn = report.turn;
            let opening = replay.openings.get(i);
            let (account, facts) = account(scn, turn, report.entries(), opening, true);
            timeline.push(account);
            raw.extend(facts);
        }

        let points: Vec<Point> = (0..=played)
            .take(replay.states.len())
            .map(|t| Point {
                turn: t,
                label: if t == 0 { tr!(lang, "report-point-start") } else { t.to_string() },
                date: scn.date_in(lang, t.max(1)),
            })
            .collect();
        let indicators = indicators(scn, &replay.states);
        let switches = switches(scn, &replay.states);

        let now = scores(scn, &replay.state);
        let factions: Vec<FactionResult> = now
            .factions
            .iter()
            .filter_map(|fs| {
                let def = scn.factions.get(fs.faction)?;
                let weights: Vec<u32> = def.objectives.iter().map(|o| o.weight).collect();
                let objectives = fs
                    .objectives
                    .iter()
                    .zip(&def.objectives)
                    .zip(crate::engine::shares(&weights))
                    .map(|((o, d), share)| ObjectiveResult {
                        id: o.id.clone(),
                        name: d.name.clone(),
                        weight: o.weight,
                        share,
                        measured: match d.measure {
                            Measure::AtEnd => tr!(lang, "report-measured-end"),
                            Measure::Average => tr!(lang, "report-measured-average"),
                        },
                        score: o.score,
                    })
                    .collect();
                Some(FactionResult {
                    faction_id: def.id.clone(),
                    faction: def.name.clone(),
                    total: fs.total,
                    objectives,
                })
            })
            .collect();
        let winners = now.leaders.iter().filter_map(|&f| scn.factions.get(f)).map(|f| f.name.clone()).collect();
        let mut outcome: Vec<String> = now
            .factions
            .iter()
            .map(|f| format!("{} {}", verdict::headline(scn, f), verdict::why(scn, &now, f)))
            .collect();
        outcome.extend(verdict::shared(scn, &now));
        let final_scores = FinalScores { factions, winners, outcome, provisional: !replay.state.is_over() };

        let turning_points = turning_points(scn, &timeline, &indicators, &points);
        let mut warnings = Vec::new();
        if let Some(w) = replay.warning {
            warnings.push(w);
        }

        let ending = match &replay.state.ended {
            Some(EndReason::LastTurn) => tr!(lang, "report-ending-last-turn"),
            Some(EndReason::Umpire) => tr!(lang, "report-ending-umpire", turns = played),
            Some(EndReason::Condition(i)) => {
                let cond = scn.end_when.get(*i).map_or_else(
                    || tr!(lang, "report-ending-a-condition"),
                    |c| crate::engine::explain::describe(scn, (Default::default(), None), &c.root),
                );
                tr!(lang, "report-ending-early", turn = played, cond = cond)
            }
            None => tr!(lang, "report-ending-not-over", played = played, turns = scn.turns()),
        };
        let mut report = AfterAction {
            lang,
            scenario: ScenarioInfo {
                id: scn.meta.id.clone(),
                title: scn.meta.title.clone(),
                summary: scn.meta.summary.clone(),
                author: scn.meta.author.clone(),
                file: save.scenario_file.clone(),
            },
            seed: save.seed,
            started: save.started.clone(),
            seats: save
                .seats
                .iter()
                .map(|(id, seat)| SeatInfo {
                    faction_id: id.clone(),
                    faction: scn
                        .faction_index(id)
                        .and_then(|f| scn.factions.get(f))
                        .map_or(id.clone(), |f| f.name.clone()),
                    player: match seat {
                        Seat::Human => tr!(lang, "report-player-team"),
                        Seat::Ai(kind) => tr!(lang, "report-player-ai", kind = kind.name()),
                    },
                })
                .collect(),
            period: Period {
                first: scn.date_in(lang, 1),
                last: scn.date_in(lang, played.max(1)),
                turns_played: played,
                turns_planned: scn.turns(),
            },
            finished: replay.state.is_over(),
            ending,
            warnings,
            points,
            timeline,
            indicators,
            switches,
            scores: final_scores,
            turning_points,
            questions: Vec::new(),
            umpire: umpire_decisions(scn, save),
            timeouts: timeouts(lang, save),
        };
        report.questions = questions::ask(scn, &report, &raw);
        report
    }

    /// The report in one format. Whatever the save held, no control
    /// character but newline and tab reaches the page or the terminal.
    pub fn render(&self, format: Format) -> String {
        let text = match format {
            Format::Markdown => markdown::render(self),
            Format::Html => html::render(self),
            Format::Csv => csv::render(self),
            Format::Json => self.to_json(),
        };
        crate::text::printable(&text).into_owned()
    }

    /// The report as pretty-printed JSON.
    pub fn to_json(&self) -> String {
        match serde_json::to_string_pretty(self) {
            Ok(mut text) => {
                text.push('\n');
                text
            }
            Err(e) => format!("{{\"error\": {:?}}}\n", e.to_string()),
        }
    }

    /// The series of one indicator by id.
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }
}

/// The states recovered by re-playing a save.
struct Replay {
    /// Start of the game, then the end of each turn (before the next turn's income and events).
    states: Vec<GameState>,
    /// The state at the start of each turn's orders phase (pending answers are read from it).
    openings: Vec<GameState>,
    /// Each turn's report as re-played.
    reports: Vec<TurnReport>,
    /// The game now, as re-played.
    state: GameState,
    /// Set if the re-play differs from the record.
    warning: Option<String>,
}

impl Replay {
    /// Re-plays the save as it was played; a divergence is told in `lang`.
    fn run(loaded: &Loaded, lang: Lang) -> Replay {
        let scn = &loaded.scenario;
        let replayed = save::replay_game(loaded);
        let mut states = vec![replayed.openings.first().cloned().unwrap_or_else(|| replayed.state.clone())];
        for ((ruled, report), after) in
            replayed.ruled.iter().zip(&replayed.reports).zip(replayed.openings.iter().skip(1))
        {
            // The end of the turn: what it resolved from plus what it did,
            // with the objective sums measured at its end.
            let mut end = ruled.clone();
            for c in &report.net {
                end.set(scn, c.slot, c.after);
            }
            end.objective_sums = after.objective_sums.clone();
            end.measured_turns = after.measured_turns;
            end.ended = after.ended.clone();
            states.push(end);
        }
        let warning = replayed.divergence.map(|d| {
            let detail = d.detail(lang);
            if d.turn == 0 {
                tr!(lang, "report-warning-start", detail = detail)
            } else {
                tr!(lang, "report-warning-turn", turn = d.turn, detail = detail)
            }
        });
        Replay { states, openings: replayed.ruled, reports: replayed.reports, state: replayed.state, warning }
    }
}

/// What the questions are drawn from: one decision or happening, with indices.
#[derive(Debug, Clone)]
pub(crate) struct Fact {
    pub turn: u32,
    pub faction: Option<usize>,
    pub what: FactKind,
    pub changes: Vec<Change>,
    pub impact: u64,
}

#[derive(Debug, Clone)]
pub(crate) enum FactKind {
    Order { action: usize, target: Option<String>, success: bool, detected: Option<bool> },
    Refused { action: String, reason: String },
    Proposal { action: usize, from: usize, accepted: bool, defaulted: bool },
    Choice { event: usize, option: String, defaulted: bool },
    Event { event: usize, roll: Option<Roll> },
    Effect,
}

fn faction_name(scn: &Scenario, f: usize) -> String {
    scn.factions.get(f).map_or_else(|| "?".to_string(), |x| x.name.clone())
}

fn action_name(scn: &Scenario, a: usize) -> String {
    scn.actions.get(a).map_or_else(|| "?".to_string(), |x| x.name.clone())
}

/// "Ration fuel → Northern Kesh", or the action alone.
fn action_text(scn: &Scenario, action: usize, target: Option<usize>) -> String {
    let name = action_name(scn, action);
    match scn.actions.get(action).and_then(|def| target_name(scn, def, target)) {
        Some(t) => tr!(scn.lang, "report-action-at", action = name, target = t),
        None => name,
    }
}

/// "succeeded", or with its roll: "failed (rolled 64, needed 50 or less)".
fn outcome_text(lang: Lang, success: bool, roll: Option<&Roll>) -> String {
    let result = if success { "success" } else { "failure" };
    match roll {
        Some(r) => tr!(
            lang,
            "report-outcome-rolled",
            result = result,
            roll = num(lang, i64::from(r.roll)),
            chance = num(lang, r.chance)
        ),
        None => tr!(lang, "report-outcome", result = result),
    }
}

/// Two clauses of an outcome: "declined; it could no longer take effect".
fn then(lang: Lang, first: &str, then: &str) -> String {
    tr!(lang, "report-then", first = first, then = then)
}

/// The range a slot's changes are weighed against.
fn slot_range(scn: &Scenario, slot: Slot) -> i64 {
    let range = match slot {
        Slot::FactionVar(_, v) => scn.faction_vars.get(v).map_or(1, |d| d.max.saturating_sub(d.min)),
        Slot::RegionVar(_, v) => scn.region_vars.get(v).map_or(1, |d| d.max.saturating_sub(d.min)),
        Slot::Relation(..) => 200,
        Slot::Flag(_) | Slot::RouteOpen(_) => 1,
        Slot::Route(r, RouteField::Capacity | RouteField::Flow) => scn.routes.get(r).map_or(1, |d| d.capacity),
        Slot::Route(_, RouteField::Risk | RouteField::Loss) => 100,
    };
    range.max(1)
}

/// One change's size in thousandths of its value's range (at most 1000).
fn change_size(scn: &Scenario, c: &Change) -> u64 {
    let delta = (i128::from(c.after) - i128::from(c.before)).unsigned_abs();
    let range = u128::from(slot_range(scn, c.slot).unsigned_abs());
    u64::try_from((delta.saturating_mul(1000) / range).min(1000)).unwrap_or(1000)
}

fn impact(scn: &Scenario, changes: &[Change]) -> u64 {
    changes.iter().map(|c| change_size(scn, c)).fold(0, u64::saturating_add)
}

fn change_lines(scn: &Scenario, changes: &[Change]) -> Vec<ChangeLine> {
    changes
        .iter()
        .map(|c| ChangeLine {
            what: slot_label(scn, c.slot),
            before: c.before,
            after: c.after,
            text: change_text(scn, c),
        })
        .collect()
}

/// The account of one turn, and the facts the questions are drawn from.
/// With `lines`, each item has its changes in words (the headline, drawn on
/// every seat's screen at every change, needs none).
fn account<'a>(
    scn: &Scenario,
    turn: u32,
    entries: impl Iterator<Item = &'a Entry>,
    opening: Option<&GameState>,
    lines: bool,
) -> (TurnAccount, Vec<Fact>) {
    let mut events = Vec::new();
    let mut by_faction: Vec<Vec<Item>> = vec![Vec::new(); scn.factions.len()];
    let mut later = Vec::new();
    let mut flows = Vec::new();
    let mut news = Vec::new();
    let mut end = None;
    let mut facts = Vec::new();
    let lang = scn.lang;
    for entry in entries {
        if let Some(line) = entry.news(scn) {
            news.push(line.into_owned());
        }
        let size = impact(scn, &entry.changes);
        let item = |kind, faction: Option<usize>, text: String, outcome: Option<String>, secret: Option<String>| Item {
            kind,
            faction: faction.and_then(|f| scn.factions.get(f)).map(|f| f.id.clone()),
            text,
            outcome,
            secret,
            changes: if lines { change_lines(scn, &entry.changes) } else { Vec::new() },
            impact: size,
            brief: None,
        };
        let fact = |faction: Option<usize>, what: FactKind| Fact {
            turn,
            faction,
            what,
            changes: entry.changes.to_vec(),
            impact: size,
        };
        let mut side = |f: usize, it: Item| {
            if let Some(list) = by_faction.get_mut(f) {
                list.push(it);
            }
        };
        match &entry.kind {
            EntryKind::Income { .. } | EntryKind::Rule { .. } => {}
            EntryKind::Event { event, roll, choice_for } => {
                let def = scn.events.get(*event);
                let title = def.map_or("?", |d| d.title.as_str());
                let text = def.map_or("", |d| d.text.as_str());
                let mut outcome = roll.as_ref().map(|r| {
                    tr!(lang, "report-event-chance", chance = num(lang, r.chance), roll = num(lang, i64::from(r.roll)))
                });
                if let (Some(f), Some(choice)) = (choice_for, def.and_then(|d| d.choice.as_ref())) {
                    let ask = tr!(
                        lang,
                        "report-event-choice",
                        faction = faction_name(scn, *f),
                        prompt = choice.prompt.as_str()
                    );
                    outcome = Some(match outcome {
                        Some(o) => then(lang, &o, &ask),
                        None => ask,
                    });
                }
                let line = if text.is_empty() {
                    title.to_string()
                } else {
                    tr!(lang, "report-event-line", title = title, text = text)
                };
                events.push(item(ItemKind::Event, None, line, outcome, None));
                facts.push(fact(None, FactKind::Event { event: *event, roll: *roll }));
            }
            EntryKind::Refused { faction, order, reason } => {
                let action = scn.action_index(&order.action).map_or(order.action.clone(), |a| action_name(scn, a));
                let text = match &order.target {
                    Some(t) => tr!(lang, "report-action-at", action = action.as_str(), target = entity_name(scn, t)),
                    None => action.clone(),
                };
                let outcome = tr!(lang, "report-refused", reason = reason.as_str());
                side(*faction, item(ItemKind::Refused, Some(*faction), text, Some(outcome), None));
                facts.push(fact(Some(*faction), FactKind::Refused { action, reason: reason.clone() }));
            }
            EntryKind::Order { faction, action, target, roll, success, detected, lands_on } => {
                let mut outcome = outcome_text(lang, *success, roll.as_ref());
                if let Some(due) = lands_on {
                    outcome = then(lang, &outcome, &tr!(lang, "report-takes-effect", turn = due.to_string()));
                }
                let secret =
                    detected.map(|d| tr!(lang, if d { "report-secret-detected" } else { "report-secret-unseen" }));
                let text = action_text(scn, *action, *target);
                side(*faction, item(ItemKind::Order, Some(*faction), text, Some(outcome), secret));
                let target = scn.actions.get(*action).and_then(|def| target_name(scn, def, *target));
                let what = FactKind::Order { action: *action, target, success: *success, detected: *detected };
                facts.push(fact(Some(*faction), what));
            }
            EntryKind::Proposed { faction, action, target, .. } => {
                let (to, what) = (faction_name(scn, *target), action_name(scn, *action));
                let text = tr!(lang, "report-proposal-to", to = to.as_str(), action = what.as_str());
                let outcome = tr!(lang, "report-answers-next-turn", faction = to.as_str());
                let mut proposal = item(ItemKind::Proposal, Some(*faction), text, Some(outcome), None);
                proposal.brief = Some(tr!(lang, "report-proposed-to", to = to, action = what));
                side(*faction, proposal);
            }
            EntryKind::Answered { faction, pending, response, roll, defaulted, blocked } => {
                let asked = opening.and_then(|s| s.pending.iter().find(|p| p.id == *pending)).map(|p| &p.kind);
                // "accepted", with " (no answer given: the default applies)" when nobody answered.
                let answered =
                    |said: String| if *defaulted { tr!(lang, "report-by-default", answer = said) } else { said };
                match asked {
                    Some(PendingKind::Proposal { action, from }) => {
                        let accepted = *response == Response::Accept;
                        let text = tr!(
                            lang,
                            "report-answers-proposal",
                            from = faction_name(scn, *from),
                            action = action_name(scn, *action)
                        );
                        let mut outcome =
                            answered(tr!(lang, if accepted { "report-accepted" } else { "report-declined" }));
                        if *blocked {
                            outcome = then(lang, &outcome, &tr!(lang, "report-blocked"));
                        }
                        if let Some(r) = roll {
                            outcome = then(lang, &outcome, &outcome_text(lang, r.success, Some(r)));
                        }
                        side(*faction, item(ItemKind::Answer, Some(*faction), text, Some(outcome), None));
                        let what = FactKind::Proposal { action: *action, from: *from, accepted, defaulted: *defaulted };
                        facts.push(fact(Some(*faction), what));
                    }
                    Some(PendingKind::Choice { event }) => {
                        let def = scn.events.get(*event);
                        let prompt = def.and_then(|d| d.choice.as_ref()).map_or("", |c| c.prompt.as_str());
                        let title = def.map_or("?", |d| d.title.as_str());
                        let option = match response {
                            Response::Choose(id) => def
                                .and_then(|d| d.choice.as_ref())
                                .and_then(|c| c.options.iter().find(|o| &o.id == id))
                                .map_or(id.clone(), |o| o.label.clone()),
                            Response::Accept => tr!(lang, "report-option-accept"),
                            Response::Decline => tr!(lang, "report-option-decline"),
                        };
                        let text = tr!(lang, "report-answers-choice", title = title, prompt = prompt);
                        let outcome = answered(tr!(lang, "report-chose", option = option.as_str()));
                        side(*faction, item(ItemKind::Answer, Some(*faction), text, Some(outcome), None));
                        facts.push(fact(
                            Some(*faction),
                            FactKind::Choice { event: *event, option, defaulted: *defaulted },
                        ));
                    }
                    None => {
                        let outcome = match response {
                            Response::Accept => tr!(lang, "report-accepted"),
                            Response::Decline => tr!(lang, "report-declined"),
                            Response::Choose(id) => tr!(lang, "report-chose-id", id = id.as_str()),
                        };
                        let text = tr!(lang, "report-answers-request", number = pending.to_string());
                        side(*faction, item(ItemKind::Answer, Some(*faction), text, Some(outcome), None));
                    }
                }
            }
            EntryKind::Landed { faction, action, target, success } => {
                let (who, what) = (faction_name(scn, *faction), action_text(scn, *action, *target));
                let text = tr!(lang, "report-landed", faction = who, action = what);
                let outcome = outcome_text(lang, *success, None);
                later.push(item(ItemKind::Landed, Some(*faction), text, Some(outcome), None));
                facts.push(fact(Some(*faction), FactKind::Effect));
            }
            EntryKind::Ongoing { faction, action, target } => {
                let (who, what) = (faction_name(scn, *faction), action_text(scn, *action, *target));
                let text = tr!(lang, "report-ongoing", faction = who, action = what);
                later.push(item(ItemKind::Ongoing, Some(*faction), text, None, None));
                facts.push(fact(Some(*faction), FactKind::Effect));
            }
            EntryKind::Ended { faction, action, target } => {
                let (who, what) = (faction_name(scn, *faction), action_text(scn, *action, *target));
                let text = tr!(lang, "report-ended", faction = who, action = what);
                later.push(item(ItemKind::Ended, Some(*faction), text, None, None));
                facts.push(fact(Some(*faction), FactKind::Effect));
            }
            EntryKind::Flow { route, sent, delivered, roll } => {
                let def = scn.routes.get(*route);
                let name = def.map_or("?", |d| d.name.as_str());
                // Counted in the unit of the region it goes to.
                let unit = def.map_or("", |d| scn.region_unit(d.to, d.carries));
                let amount = |n: i64| {
                    let n = num(lang, n);
                    if unit.is_empty() { n } else { tr!(lang, "game-value-unit", value = n, unit = unit) }
                };
                let text = if *sent == 0 {
                    tr!(lang, "report-flow-nothing", route = name)
                } else {
                    tr!(lang, "report-flow", route = name, delivered = amount(*delivered), sent = amount(*sent))
                };
                let outcome = roll.as_ref().map(|r| {
                    tr!(
                        lang,
                        if r.success { "report-flow-interdicted" } else { "report-flow-through" },
                        roll = num(lang, i64::from(r.roll)),
                        risk = num(lang, r.chance)
                    )
                });
                flows.push(item(ItemKind::Flow, None, text, outcome, None));
            }
            EntryKind::GameOver { .. } => {
                end = Some(entry.news(scn).map_or_else(|| tr!(lang, "report-game-over"), Cow::into_owned));
            }
            EntryKind::Ruling { reason } => {
                let text = entry.news(scn).map_or_else(|| tr!(lang, "report-umpire-intervened"), Cow::into_owned);
                let outcome = tr!(lang, "report-umpire-reason", reason = reason.as_str());
                events.push(item(ItemKind::Ruling, None, text, Some(outcome), None));
            }
        }
    }
    let sides = scn
        .factions
        .iter()
        .zip(by_faction)
        .filter(|(def, items)| def.playable || !items.is_empty())
        .map(|(def, items)| Side { faction_id: def.id.clone(), faction: def.name.clone(), items })
        .collect();
    let account = TurnAccount { turn, date: scn.date_in(lang, turn), events, sides, later, flows, news, end };
    (account, facts)
}

/// Every ruling and undone turn of a save, in words, in the order they happened.
fn umpire_decisions(scn: &Scenario, save: &crate::save::Save) -> Vec<String> {
    use crate::engine::umpire::{Intervention, Ruling};
    let lang = scn.lang;
    // A proposal reads as it was recorded, roll and outcome included (`news`: its own entry's words).
    let describe = |r: &Ruling, news: Option<&str>| {
        let (turn, reason) = (r.turn.to_string(), r.reason.as_str());
        match &r.intervention {
            Intervention::Set { slot, value } => tr!(
                lang,
                "report-umpire-set",
                turn = turn,
                slot = crate::engine::report::slot_label(scn, *slot),
                value = crate::engine::report::slot_value(scn, *slot, *value),
                reason = reason
            ),
            Intervention::Inject { event } => {
                let title = scn.events.iter().find(|e| &e.id == event).map_or(event.as_str(), |e| e.title.as_str());
                tr!(lang, "report-umpire-inject", turn = turn, event = title, reason = reason)
            }
            Intervention::News { text } => {
                tr!(lang, "report-umpire-news", turn = turn, text = text.as_str(), reason = reason)
            }
            Intervention::EndGame => tr!(lang, "report-umpire-end", turn = turn, reason = reason),
            Intervention::Proposal { .. } if news.is_some() => {
                tr!(lang, "report-umpire-ruled", turn = turn, ruling = news.unwrap_or_default(), reason = reason)
            }
            Intervention::Proposal { faction, proposal, chance, .. } => {
                let team = scn.factions.get(*faction).map_or("?", |f| f.name.as_str());
                tr!(
                    lang,
                    "report-umpire-proposal",
                    turn = turn,
                    team = team,
                    proposal = proposal.as_str(),
                    chance = num(lang, *chance),
                    reason = reason
                )
            }
        }
    };
    // Each ruling with the words of the entry it made (an event brought in makes an event's entry).
    let paired = |rulings: &[Ruling], start: &[Entry]| -> Vec<String> {
        let mut own = start.iter().filter(|e| matches!(e.kind, EntryKind::Ruling { .. }));
        rulings
            .iter()
            .map(|r| {
                let entry = if matches!(r.intervention, Intervention::Inject { .. }) { None } else { own.next() };
                describe(r, entry.and_then(|e| e.news(scn)).as_deref())
            })
            .collect()
    };
    let mut lines: Vec<(u32, String)> = Vec::new();
    let decided = |r: &Ruling| r.reason != TIMED_OUT_REASON;
    let keep = |rulings: &[Ruling], start: &[Entry]| -> Vec<(u32, String)> {
        rulings.iter().zip(paired(rulings, start)).filter(|(r, _)| decided(r)).map(|(r, line)| (r.turn, line)).collect()
    };
    for record in &save.turns {
        lines.extend(keep(&record.rulings, &record.report.start));
    }
    lines.extend(keep(&save.pending_rulings, &save.state.start_log));
    for u in &save.undone {
        let described = paired(&u.record.rulings, &u.record.report.start);
        lines.extend(
            u.record
                .rulings
                .iter()
                .zip(described)
                .map(|(r, line)| (r.turn, tr!(lang, "report-umpire-undone-ruling", ruling = line))),
        );
        let undid = tr!(lang, "report-umpire-undid", turn = u.turn.to_string(), reason = u.reason.as_str());
        lines.push((u.turn, undid));
    }
    lines.sort_by_key(|(turn, _)| *turn);
    lines.into_iter().map(|(_, line)| line).collect()
}

/// The turn timer's notes of teams that ran out of time, in order.
fn timeouts(lang: Lang, save: &crate::save::Save) -> Vec<String> {
    use crate::engine::umpire::Intervention;
    save.turns
        .iter()
        .flat_map(|t| &t.rulings)
        .chain(&save.pending_rulings)
        .filter(|r| r.reason == TIMED_OUT_REASON)
        .map(|r| match &r.intervention {
            Intervention::News { text } => {
                tr!(lang, "report-turn-note", turn = r.turn.to_string(), text = text.as_str())
            }
            _ => tr!(lang, "report-timed-out", turn = r.turn.to_string()),
        })
        .collect()
}

/// The name of a faction, region or route by id (the id itself if unknown).
fn entity_name(scn: &Scenario, id: &str) -> String {
    let faction = scn.factions.iter().find(|f| f.id == id).map(|f| &f.name);
    let region = scn.regions.iter().find(|r| r.id == id).map(|r| &r.name);
    let route = scn.routes.iter().find(|r| r.id == id).map(|r| &r.name);
    faction.or(region).or(route).map_or_else(|| id.to_string(), Clone::clone)
}

/// Every region variable, faction variable, the relations and the scores, per entity.
/// An entity's name in a chart of a variable: with its unit when the
/// variable has several (then the chart's title has none).
fn series_name(lang: Lang, name: &str, decl: &crate::scenario::format::VarDecl, unit: &str) -> String {
    if decl.common_unit().is_some() || unit.is_empty() {
        name.to_string()
    } else {
        tr!(lang, "report-name-unit", name = name, unit = unit)
    }
}

fn indicators(scn: &Scenario, states: &[GameState]) -> Vec<Indicator> {
    let mut out = Vec::new();
    for (v, decl) in scn.region_vars.iter().enumerate() {
        let series = scn
            .regions
            .iter()
            .enumerate()
            .map(|(r, def)| Series {
                id: def.id.clone(),
                name: series_name(scn.lang, &def.name, decl, scn.region_unit(r, v)),
                values: states.iter().map(|s| s.get(Slot::RegionVar(r, v))).collect(),
            })
            .collect();
        out.push(Indicator {
            id: format!("region.{}", decl.id),
            entity_kind: "region".into(),
            name: decl.name.clone(),
            unit: decl.common_unit().unwrap_or_default().to_string(),
            min: decl.min,
            max: decl.max,
            series,
        });
    }
    for (v, decl) in scn.faction_vars.iter().enumerate() {
        let series = scn
            .factions
            .iter()
            .enumerate()
            .map(|(f, def)| Series {
                id: def.id.clone(),
                name: series_name(scn.lang, &def.name, decl, scn.faction_unit(f, v)),
                values: states.iter().map(|s| s.get(Slot::FactionVar(f, v))).collect(),
            })
            .collect();
        out.push(Indicator {
            id: format!("faction.{}", decl.id),
            entity_kind: "faction".into(),
            name: decl.name.clone(),
            unit: decl.common_unit().unwrap_or_default().to_string(),
            min: decl.min,
            max: decl.max,
            series,
        });
    }
    let n = scn.factions.len();
    let pairs = (0..n).flat_map(|a| ((a + 1)..n).map(move |b| (a, b)));
    let relations: Vec<Series> = pairs
        .filter_map(|(a, b)| {
            let (fa, fb) = (scn.factions.get(a)?, scn.factions.get(b)?);
            Some(Series {
                id: format!("{}-{}", fa.id, fb.id),
                name: format!("{}–{}", fa.name, fb.name),
                values: states.iter().map(|s| s.get(Slot::Relation(a, b))).collect(),
            })
        })
        .collect();
    if !relations.is_empty() {
        out.push(Indicator {
            id: "relation".into(),
            entity_kind: "pair".into(),
            name: tr!(scn.lang, "report-relations"),
            unit: String::new(),
            min: -100,
            max: 100,
            series: relations,
        });
    }
    let totals: Vec<Vec<i64>> =
        states.iter().map(|s| scores(scn, s).factions.iter().map(|f| f.total).collect()).collect();
    let playable = scn.factions.iter().filter(|f| f.playable);
    let series: Vec<Series> = playable
        .enumerate()
        .map(|(i, def)| Series {
            id: def.id.clone(),
            name: def.name.clone(),
            values: totals.iter().map(|t| t.get(i).copied().unwrap_or(0)).collect(),
        })
        .collect();
    if !series.is_empty() {
        out.push(Indicator {
            id: "score".into(),
            entity_kind: "faction".into(),
            name: tr!(scn.lang, "report-score"),
            unit: String::new(),
            min: 0,
            max: 100,
            series,
        });
    }
    out
}

/// Routes open and flags over the game.
fn switches(scn: &Scenario, states: &[GameState]) -> Vec<Switch> {
    let routes = scn.routes.iter().enumerate().map(|(r, def)| Switch {
        kind: "route".into(),
        id: def.id.clone(),
        name: tr!(scn.lang, "report-route-open", route = def.name.as_str()),
        values: states.iter().map(|s| s.get(Slot::RouteOpen(r)) != 0).collect(),
    });
    let flags = scn.flags.iter().enumerate().map(|(i, def)| Switch {
        kind: "flag".into(),
        id: def.id.clone(),
        name: def.name.clone(),
        values: states.iter().map(|s| s.get(Slot::Flag(i)) != 0).collect(),
    });
    routes.chain(flags).collect()
}

/// How many decisions and turns the turning points list.
const TOP_DECISIONS: usize = 5;
const TOP_TURNS: usize = 3;

fn turning_points(
    scn: &Scenario,
    timeline: &[TurnAccount],
    indicators: &[Indicator],
    points: &[Point],
) -> TurningPoints {
    let mut decisions: Vec<Decision> = timeline
        .iter()
        .flat_map(|t| t.sides.iter().flat_map(|s| &s.items).chain(&t.later).map(move |i| (t, i)))
        .filter(|(_, i)| i.impact > 0 && i.kind != ItemKind::Refused)
        .map(|(t, i)| {
            let mut changes: Vec<&ChangeLine> = i.changes.iter().collect();
            changes.sort_by_key(|c| std::cmp::Reverse((i128::from(c.after) - i128::from(c.before)).unsigned_abs()));
            let faction = i.faction.as_deref().map_or_else(String::new, |id| entity_name(scn, id));
            Decision {
                turn: t.turn,
                date: t.date.clone(),
                faction,
                text: i.text.clone(),
                outcome: i.outcome.clone(),
                impact: i.impact,
                changes: changes.iter().take(3).map(|c| c.text.clone()).collect(),
            }
        })
        .collect();
    // Stable: equal impacts keep timeline order.
    decisions.sort_by_key(|d| std::cmp::Reverse(d.impact));
    decisions.truncate(TOP_DECISIONS);

    let score = indicators.iter().find(|i| i.id == "score");
    let mut turns: Vec<TurnMovement> = points
        .iter()
        .enumerate()
        .skip(1)
        .map(|(k, p)| {
            let mut moved = 0;
            let mut lines = Vec::new();
            for s in score.map_or(&[][..], |i| &i.series[..]) {
                if let (Some(a), Some(b)) = (s.values.get(k - 1), s.values.get(k)) {
                    moved += b.saturating_sub(*a).saturating_abs();
                    if a != b {
                        let (before, after) = (num(scn.lang, *a), num(scn.lang, *b));
                        lines.push(tr!(
                            scn.lang,
                            "report-score-moved",
                            name = s.name.as_str(),
                            before = before,
                            after = after
                        ));
                    }
                }
            }
            let indicator_movement = indicators
                .iter()
                .filter(|i| i.id != "score")
                .flat_map(|i| {
                    let range = u64::try_from(i.max.saturating_sub(i.min)).unwrap_or(1).max(1);
                    i.series.iter().map(move |s| (range, s))
                })
                .filter_map(|(range, s)| {
                    let delta = (i128::from(*s.values.get(k)?) - i128::from(*s.values.get(k - 1)?)).unsigned_abs();
                    Some(u64::try_from(delta.saturating_mul(1000) / u128::from(range)).unwrap_or(1000).min(1000))
                })
                .fold(0, u64::saturating_add);
            TurnMovement {
                turn: p.turn,
                date: p.date.clone(),
                score_movement: moved,
                scores: lines,
                indicator_movement,
            }
        })
        .filter(|m| m.score_movement > 0 || m.indicator_movement > 0)
        .collect();
    turns.sort_by_key(|m| std::cmp::Reverse((m.score_movement, m.indicator_movement)));
    turns.truncate(TOP_TURNS);
    TurningPoints { decisions, turns }
}

/// `first` and `then` joined into sentences: a full stop only where one is missing.
pub(crate) fn sentence(first: &str, then: &str) -> String {
    let first = first.trim_end();
    if first.ends_with(['.', '!', '?', '…']) { format!("{first} {then}") } else { format!("{first}. {then}") }
}

/// An impact in thousandths as a percentage with one decimal, e.g. "35.5" ("35,5" in French).
pub(crate) fn percent(lang: Lang, thousandths: u64) -> String {
    let whole = num(lang, i64::try_from(thousandths / 10).unwrap_or(i64::MAX));
    format!("{whole}{}{}", tr!(lang, "number-decimal-separator"), thousandths % 10)
}
