//! The compiled scenario: every name resolved to an index, every expression
//! compiled. Immutable once loaded; the engine reads only this.

use std::collections::HashMap;

use crate::i18n::{self, Lang};
use crate::scenario::expr::{Compiled, EffectStmt, EntityKind};
use crate::scenario::format::{Category, Measure, Meta, Repeat, Scope, TargetKind, Thresholds, VarDecl};

/// A validated, compiled scenario, ready to play.
#[derive(Debug, Clone)]
pub struct Scenario {
    /// Metadata and calendar.
    pub meta: Meta,
    /// The normalised source text it was compiled from (saves embed it).
    pub source: String,
    /// Default orders per faction per turn.
    pub action_points: u32,
    /// Declared faction variables.
    pub faction_vars: Vec<VarDecl>,
    /// Declared region variables.
    pub region_vars: Vec<VarDecl>,
    /// Factions, in file order.
    pub factions: Vec<FactionDef>,
    /// Regions, in file order.
    pub regions: Vec<RegionDef>,
    /// Routes, in file order.
    pub routes: Vec<RouteDef>,
    /// Flags, in file order.
    pub flags: Vec<FlagDef>,
    /// Starting relations, `factions.len()²`, symmetric.
    pub relations: Vec<i64>,
    /// Actions, in file order.
    pub actions: Vec<ActionDef>,
    /// Events, in file order.
    pub events: Vec<EventDef>,
    /// Rules, in file order.
    pub rules: Vec<RuleDef>,
    /// Early end conditions.
    pub end_when: Vec<Compiled>,
    /// The outcome every team shares, if the scenario has one.
    pub shared: Option<SharedDef>,
    /// The variant this is (`None`: the scenario as written).
    pub variant: Option<String>,
    /// Every variant the file offers.
    pub variants: Vec<crate::scenario::variant::VariantInfo>,
    /// Faction, region and route ids → kind and index (hashed: every order
    /// names its action and target by id, and is looked up each turn).
    pub(crate) entity_ids: IdMap<(EntityKind, usize)>,
    /// Action ids → index.
    pub(crate) action_ids: IdMap<usize>,
    /// The language its texts are in, and of the sentences the engine makes
    /// from them (why an order is refused, news written by the engine).
    pub lang: Lang,
    /// The translation its texts were taken from (`None`: the scenario's own
    /// texts), kept so that a save shows the game in the same words.
    pub translation: Option<crate::scenario::translate::Applied>,
    /// What the engine runs every turn, bound, worked out when first needed.
    pub(crate) bound: crate::engine::bound::Kept,
}

impl Scenario {
    /// Number of turns in a full game.
    pub fn turns(&self) -> u32 {
        self.meta.calendar.turns
    }

    /// The date a turn stands for, in English: "March 2025" for monthly
    /// turns, "2025-03-15" otherwise.
    pub fn date_of(&self, turn: u32) -> String {
        self.date_in(Lang::En, turn)
    }

    /// The date a turn stands for, in `lang` ("mars 2025", "15/03/2025" in French).
    pub fn date_in(&self, lang: Lang, turn: u32) -> String {
        use crate::scenario::format::TurnLength;
        let Some((year, month, day)) = crate::scenario::validate::parse_date(&self.meta.calendar.start) else {
            return i18n::tr(lang, "date-turn", &[("turn", turn.to_string().into())]);
        };
        let steps = i64::from(turn.saturating_sub(1));
        let days = match self.meta.calendar.turn_length {
            TurnLength::Months(n) => {
                let index = i64::from(year) * 12 + i64::from(month) - 1 + steps * i64::from(n);
                let month = u32::try_from(index.rem_euclid(12)).unwrap_or(0) + 1;
                return i18n::month_year(lang, index.div_euclid(12), month);
            }
            TurnLength::Weeks(n) => steps * 7 * i64::from(n),
            TurnLength::Days(n) => steps * i64::from(n),
        };
        let (year, month, day) = shift_days(year, month, day, days);
        i18n::numeric_date(lang, year, month, day)
    }

    /// The scenario's id with its variant's (`fuel_and_sovereignty_short`):
    /// what save file names and simulation summaries are called by.
    pub fn slug(&self) -> String {
        match &self.variant {
            Some(v) => format!("{}_{v}", self.meta.id),
            None => self.meta.id.clone(),
        }
    }

    /// Index of a faction, region or route of the given kind, by id.
    pub fn entity_index(&self, kind: EntityKind, id: &str) -> Option<usize> {
        self.entity_ids.get(id).filter(|(k, _)| *k == kind).map(|(_, i)| *i)
    }

    /// Index of a faction by id.
    /// The unit of faction variable `var` for faction `faction`: the
    /// faction's own, if the variable gives it one, else the variable's.
    pub fn faction_unit(&self, faction: usize, var: usize) -> &str {
        let id = self.factions.get(faction).map(|f| f.id.as_str());
        self.faction_vars.get(var).map_or("", |d| d.unit_for(id))
    }

    /// The unit of region variable `var` in region `region` (see [`Scenario::faction_unit`]).
    pub fn region_unit(&self, region: usize, var: usize) -> &str {
        let id = self.regions.get(region).map(|r| r.id.as_str());
        self.region_vars.get(var).map_or("", |d| d.unit_for(id))
    }

    pub fn faction_index(&self, id: &str) -> Option<usize> {
        self.entity_index(EntityKind::Faction, id)
    }

    /// Index of an action by id.
    pub fn action_index(&self, id: &str) -> Option<usize> {
        self.action_ids.get(id).copied()
    }
}

/// Ids → what they name, hashed with fixed keys: the same ids make the
/// same map, listed in the same order. A file holds too few ids (the
/// loader's limits) for colliding ones to make a lookup slow.
pub(crate) type IdMap<V> = HashMap<String, V, rustc_hash::FxBuildHasher>;

/// A colour for a faction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Colour {
    /// One of the terminal's named colours.
    Named(NamedColour),
    /// A 24-bit colour.
    Rgb(u8, u8, u8),
}

/// Terminal colour names a scenario may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NamedColour {
    Red,
    Green,
    Yellow,
    Blue,
    Magenta,
    Cyan,
    White,
    Gray,
}

impl NamedColour {
    /// The names accepted in scenario files.
    pub const NAMES: [&'static str; 8] = ["red", "green", "yellow", "blue", "magenta", "cyan", "white", "gray"];
}

impl Colour {
    /// Parses `red` … `gray` or `#rrggbb`.
    pub fn parse(text: &str) -> Option<Colour> {
        let named = match text.to_ascii_lowercase().as_str() {
            "red" => NamedColour::Red,
            "green" => NamedColour::Green,
            "yellow" => NamedColour::Yellow,
            "blue" => NamedColour::Blue,
            "magenta" => NamedColour::Magenta,
            "cyan" => NamedColour::Cyan,
            "white" => NamedColour::White,
            "gray" | "grey" => NamedColour::Gray,
            _ => {
                let hex = text.strip_prefix('#')?;
                if hex.len() != 6 || !hex.is_ascii() {
                    return None;
                }
                let byte = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
                return Some(Colour::Rgb(byte(0)?, byte(2)?, byte(4)?));
            }
        };
        Some(Colour::Named(named))
    }
}

/// A faction, compiled.
#[derive(Debug, Clone)]
pub struct FactionDef {
    pub id: String,
    pub name: String,
    pub colour: Colour,
    pub playable: bool,
    pub briefing: String,
    /// Starting value of each faction variable.
    pub initial: Vec<i64>,
    /// Per-turn income: variable index and amount.
    pub income: Vec<(usize, Compiled)>,
    pub objectives: Vec<ObjectiveDef>,
    pub action_points: u32,
    /// Scores at which its goals are met and partly met.
    pub thresholds: Thresholds,
}

/// The outcome every team shares, compiled.
#[derive(Debug, Clone)]
pub struct SharedDef {
    pub name: String,
    pub description: String,
    pub score: Compiled,
    pub measure: Measure,
    /// At or above: held.
    pub held: i64,
    /// Below: lost.
    pub lost: i64,
}

/// A scored goal, compiled.
#[derive(Debug, Clone)]
pub struct ObjectiveDef {
    pub id: String,
    pub name: String,
    pub weight: u32,
    pub score: Compiled,
    pub measure: Measure,
    pub description: String,
}

/// A region, compiled.
#[derive(Debug, Clone)]
pub struct RegionDef {
    pub id: String,
    pub name: String,
    pub controller: Option<usize>,
    /// Map position, each 0–100.
    pub map: (u16, u16),
    /// Starting value of each region variable.
    pub initial: Vec<i64>,
}

/// A route, compiled.
#[derive(Debug, Clone)]
pub struct RouteDef {
    pub id: String,
    pub name: String,
    pub from: usize,
    pub to: usize,
    /// Region variable carried.
    pub carries: usize,
    pub capacity: i64,
    pub open: bool,
    pub risk: i64,
    pub loss: i64,
    pub drains_source: bool,
}

/// A flag, compiled.
#[derive(Debug, Clone)]
pub struct FlagDef {
    pub id: String,
    pub name: String,
    pub value: bool,
    pub description: String,
}

/// An action, compiled.
#[derive(Debug, Clone)]
pub struct ActionDef {
    pub id: String,
    pub name: String,
    pub category: Category,
    pub description: String,
    /// Indices of the factions that may take it.
    pub factions: Vec<usize>,
    pub target: TargetKind,
    /// Faction variable index and amount paid.
    pub cost: Vec<(usize, i64)>,
    pub ap: u32,
    /// Conditions that must all hold, each with the author's reason in words.
    pub requires: Vec<RequirementDef>,
    pub chance: Option<Compiled>,
    pub on_success: Vec<EffectStmt>,
    pub on_failure: Vec<EffectStmt>,
    pub delay: u32,
    pub duration: u32,
    pub ongoing: Vec<EffectStmt>,
    pub on_end: Vec<EffectStmt>,
    /// Effects held while it lasts, given back (what they changed) when it ends.
    pub hold: Vec<EffectStmt>,
    /// What ordering it again while it is in effect does.
    pub stack: crate::scenario::format::Stacking,
    /// Detection chance when secret; `None` when public.
    pub secret: Option<Compiled>,
    pub consent: bool,
    pub on_decline: Vec<EffectStmt>,
    /// Effects when it is secret and detected.
    pub on_detected: Vec<EffectStmt>,
    /// Agreement id: two actions with the same one cannot both take effect
    /// in one turn for the same pair of factions.
    pub agreement: Option<String>,
    pub news_success: Option<String>,
    pub news_failure: Option<String>,
}

/// One compiled requirement of an action.
#[derive(Debug, Clone)]
pub struct RequirementDef {
    /// The condition.
    pub cond: Compiled,
    /// What players read when it does not hold (else the engine explains it).
    pub reason: Option<String>,
}

/// An event, compiled.
#[derive(Debug, Clone)]
pub struct EventDef {
    pub id: String,
    pub title: String,
    pub text: String,
    pub turn: Option<u32>,
    pub when: Option<Compiled>,
    pub chance: Option<Compiled>,
    pub repeat: Repeat,
    pub effects: Vec<EffectStmt>,
    pub choice: Option<ChoiceDef>,
    pub public: bool,
}

/// A decision put to one faction, compiled.
#[derive(Debug, Clone)]
pub struct ChoiceDef {
    pub faction: usize,
    pub prompt: String,
    pub options: Vec<ChoiceOptionDef>,
}

/// One answer, compiled.
#[derive(Debug, Clone)]
pub struct ChoiceOptionDef {
    pub id: String,
    pub label: String,
    pub effects: Vec<EffectStmt>,
}

/// A per-turn rule, compiled.
#[derive(Debug, Clone)]
pub struct RuleDef {
    pub id: String,
    pub description: String,
    pub each: Scope,
    pub when: Option<Compiled>,
    pub effects: Vec<EffectStmt>,
}

/// Days since 1970-01-01 of a date (proleptic Gregorian calendar; Howard
/// Hinnant's algorithm).
pub(crate) fn days_from_civil((year, month, day): (i32, u32, u32)) -> i64 {
    let (y, m, d) = (i64::from(year) - i64::from(month <= 2), i64::from(month), i64::from(day));
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
}

/// `YYYY-MM-DD` of a date plus `days` (proleptic Gregorian calendar).
pub(crate) fn add_days(year: i32, month: u32, day: u32, days: i64) -> String {
    let (y, m, d) = shift_days(year, month, day, days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The date `days` days after the given one, as (year, month, day).
fn shift_days(year: i32, month: u32, day: u32, days: i64) -> (i64, u32, u32) {
    let z = days_from_civil((year, month, day)) + 719_468 + days;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, u32::try_from(m).unwrap_or(1), u32::try_from(d).unwrap_or(1))
}

#[cfg(test)]
mod tests {
    #[test]
    fn turn_dates_follow_the_calendar() {
        let mut scn = crate::scenario::load_default().scenario.expect("default scenario");
        scn.meta.calendar.start = "2025-11".into();
        assert_eq!(scn.date_of(1), "November 2025");
        assert_eq!(scn.date_of(3), "January 2026");
        scn.meta.calendar.start = "2024-02-20".into();
        scn.meta.calendar.turn_length = crate::scenario::format::TurnLength::Weeks(2);
        assert_eq!(scn.date_of(2), "2024-03-05");
        scn.meta.calendar.turn_length = crate::scenario::format::TurnLength::Days(365);
        assert_eq!(scn.date_of(2), "2025-02-19");
    }

    #[test]
    fn turn_dates_follow_the_language() {
        use crate::i18n::Lang;
        let mut scn = crate::scenario::load_default().scenario.expect("default scenario");
        scn.meta.calendar.start = "2025-11".into();
        assert_eq!(scn.date_in(Lang::Fr, 3), "janvier 2026");
        assert_eq!(scn.date_in(Lang::Ar, 4), "فيفري 2026");
        scn.meta.calendar.start = "2024-02-20".into();
        scn.meta.calendar.turn_length = crate::scenario::format::TurnLength::Weeks(2);
        assert_eq!(scn.date_in(Lang::Fr, 2), "05/03/2024");
        scn.meta.calendar.start = "not a date".into();
        assert_eq!(scn.date_of(2), "turn 2");
        assert_eq!(scn.date_in(Lang::Fr, 2), "tour 2");
    }
}
