//! The scenario file format, version 1, exactly as written in RON.
//!
//! These types mirror the file; `validate` turns them into the compiled
//! [`crate::scenario::Scenario`]. Every struct denies unknown fields so a typo
//! in a field name is reported, never silently ignored. The full reference
//! is `docs/scenario-format.md`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The format version this build reads.
pub const FORMAT_VERSION: u32 = 1;

/// A whole scenario file.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Scenario")]
pub struct ScenarioFile {
    /// Format version; must be 1.
    pub format: u32,
    /// Title, author, calendar.
    pub meta: Meta,
    /// Orders each faction may give per turn (a faction may override it).
    #[serde(default = "default_action_points")]
    pub action_points: u32,
    /// Declared numeric variables of factions and regions.
    pub variables: Variables,
    /// The states and groups in the scenario.
    pub factions: Vec<Faction>,
    /// Places on the map.
    #[serde(default)]
    pub regions: Vec<Region>,
    /// Supply corridors that move a region variable each turn.
    #[serde(default)]
    pub routes: Vec<Route>,
    /// Starting bilateral relation scores (unlisted pairs start at 0).
    #[serde(default)]
    pub relations: Vec<Relation>,
    /// Named true/false states of the world.
    #[serde(default)]
    pub flags: Vec<Flag>,
    /// What factions can do.
    #[serde(default)]
    pub actions: Vec<Action>,
    /// Scripted and conditional happenings.
    #[serde(default)]
    pub events: Vec<Event>,
    /// Per-turn dynamics.
    #[serde(default)]
    pub rules: Vec<Rule>,
    /// Conditions that end the game early.
    #[serde(default)]
    pub end_when: Vec<String>,
    /// How scores become verdicts (goals met, partly met, missed) and the
    /// outcome every team shares.
    #[serde(default)]
    pub outcomes: Option<Outcomes>,
    /// Other versions of the same world (a shorter calendar, other start
    /// values, objectives or event timing), picked with `--variant ID`.
    #[serde(default)]
    pub variants: Vec<Variant>,
}

/// Verdicts: a team meets its goals at `met` points or more, partly meets
/// them at `partly` or more, and misses them below.
#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Thresholds {
    /// Score (0–100) at which a team's goals are met.
    pub met: i64,
    /// Score (0–100) at which they are partly met.
    pub partly: i64,
}

impl Thresholds {
    /// Used when a scenario sets none: 60 to meet one's goals, 40 to partly meet them.
    pub const DEFAULT: Thresholds = Thresholds { met: 60, partly: 40 };
}

/// How the game ends for the teams.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Outcomes {
    /// Score at which a team's goals are met (a faction may set its own).
    pub met: i64,
    /// Score at which they are partly met.
    pub partly: i64,
    /// One outcome every team shares, which can lower every verdict.
    #[serde(default)]
    pub shared: Option<SharedOutcome>,
}

/// The outcome all teams share: held, strained, or lost (then every team's
/// verdict is one step lower).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SharedOutcome {
    /// What it is, e.g. "Relief in the north".
    pub name: String,
    /// What it asks of everyone.
    #[serde(default)]
    pub description: String,
    /// Expression, 0–100 (a condition counts 100 when it holds); no `self`.
    pub score: String,
    /// When it is taken.
    #[serde(default)]
    pub measure: Measure,
    /// At or above: held.
    pub held: i64,
    /// Below: lost, and every team's verdict is one step lower.
    pub lost: i64,
}

/// A named version of the scenario: the same world with some parts changed.
/// Everything it does not name is as in the rest of the file.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Variant {
    /// Id given to `--variant` and kept in saves.
    pub id: String,
    /// Title shown on the title screen instead of the scenario's.
    pub title: String,
    /// Summary shown in the scenario picker (default: the scenario's).
    #[serde(default)]
    pub summary: Option<String>,
    /// Another calendar.
    #[serde(default)]
    pub calendar: Option<Calendar>,
    /// Starting values, keyed `entity.variable` (`mali.stability`, `kidal.fuel_stock`).
    #[serde(default)]
    pub values: BTreeMap<String, i64>,
    /// Starting relations that differ.
    #[serde(default)]
    pub relations: Vec<Relation>,
    /// Objectives changed, keyed `faction.objective`.
    #[serde(default)]
    pub objectives: BTreeMap<String, ObjectiveChange>,
    /// Events changed, keyed by event id.
    #[serde(default)]
    pub events: BTreeMap<String, EventChange>,
    /// Verdict thresholds changed, keyed by faction id.
    #[serde(default)]
    pub outcomes: BTreeMap<String, Thresholds>,
    /// The shared outcome's bars changed.
    #[serde(default)]
    pub shared: Option<SharedBars>,
}

/// The bars of the shared outcome, as a variant changes them.
#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SharedBars {
    /// At or above: held.
    pub held: i64,
    /// Below: lost.
    pub lost: i64,
}

/// What a variant changes in one objective.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ObjectiveChange {
    /// Another weight.
    #[serde(default)]
    pub weight: Option<u32>,
    /// Another score expression.
    #[serde(default)]
    pub score: Option<String>,
    /// Another description.
    #[serde(default)]
    pub description: Option<String>,
}

/// What a variant changes in one event.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EventChange {
    /// Another turn.
    #[serde(default)]
    pub turn: Option<u32>,
    /// Another date.
    #[serde(default)]
    pub date: Option<String>,
    /// Another condition.
    #[serde(default)]
    pub when: Option<String>,
    /// Another chance.
    #[serde(default)]
    pub chance: Option<String>,
}

fn default_action_points() -> u32 {
    2
}

fn default_true() -> bool {
    true
}

fn default_one() -> u32 {
    1
}

fn default_loss() -> i64 {
    50
}

fn default_locale() -> String {
    "en".to_string()
}

/// Who wrote the scenario and when it happens.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// Short machine id, e.g. `tutorial`.
    pub id: String,
    /// Title shown on the title screen.
    pub title: String,
    /// One or two sentences shown in the scenario picker.
    pub summary: String,
    /// Who wrote it.
    #[serde(default)]
    pub author: String,
    /// Language of the text, e.g. `en` or `fr`.
    #[serde(default = "default_locale")]
    pub locale: String,
    /// Start date, turn length and number of turns.
    pub calendar: Calendar,
}

/// The game's calendar.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Calendar {
    /// First turn's date, `YYYY-MM` or `YYYY-MM-DD`.
    pub start: String,
    /// Length of one turn.
    #[serde(default)]
    pub turn_length: TurnLength,
    /// Number of turns in the game.
    pub turns: u32,
}

/// How much time one turn stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum TurnLength {
    /// Whole months.
    Months(u32),
    /// Whole weeks.
    Weeks(u32),
    /// Days.
    Days(u32),
}

impl Default for TurnLength {
    fn default() -> Self {
        TurnLength::Months(1)
    }
}

/// Declared variables, by the kind of thing that has them.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Variables {
    /// Variables every faction has (treasury, stability, …).
    #[serde(default)]
    pub faction: Vec<VarDecl>,
    /// Variables every region has (fuel stock, price, …).
    #[serde(default)]
    pub region: Vec<VarDecl>,
}

/// One declared numeric variable with its range.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Variable")]
pub struct VarDecl {
    /// Name used in expressions, e.g. `fuel_stock`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Unit shown after values, e.g. `days` or `FCFA/l`.
    #[serde(default)]
    pub unit: String,
    /// A unit of its own for some factions (faction variables) or regions
    /// (region variables), by id, e.g. `{"kano": "naira"}`; the others use `unit`.
    #[serde(default)]
    pub units: BTreeMap<String, String>,
    /// Smallest allowed value; every change is clamped to the range.
    pub min: i64,
    /// Largest allowed value.
    pub max: i64,
    /// Value when an entity does not set it.
    pub initial: i64,
    /// Which way is good: gauges and the map colour values by it.
    #[serde(default)]
    pub better: Better,
    /// What it means.
    #[serde(default)]
    pub description: String,
}

impl VarDecl {
    /// The unit for the entity with this id (`None`: the variable's own).
    pub fn unit_for(&self, id: Option<&str>) -> &str {
        id.and_then(|id| self.units.get(id)).unwrap_or(&self.unit)
    }

    /// The one unit every entity shows, or `None` when some have their own.
    pub fn common_unit(&self) -> Option<&str> {
        self.units.values().all(|u| *u == self.unit).then_some(self.unit.as_str())
    }
}

/// Which way a variable is good, for colouring gauges and the map.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
pub enum Better {
    /// More is better (stability, fuel stock).
    #[default]
    Higher,
    /// Less is better (price, humanitarian need).
    Lower,
    /// Neither: shown without good or bad colours.
    Neither,
}

/// A state or group.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Faction {
    /// Id used in expressions.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Colour: a name (`red`, `green`, `yellow`, `blue`, `magenta`, `cyan`, `white`, `gray`) or `#rrggbb`.
    pub colour: String,
    /// Whether a human or AI player can take this seat.
    #[serde(default = "default_true")]
    pub playable: bool,
    /// Private briefing for the team.
    #[serde(default)]
    pub briefing: String,
    /// Starting values that differ from the variables' `initial`.
    #[serde(default)]
    pub values: BTreeMap<String, i64>,
    /// Per-turn income: variable → expression added at the start of each turn.
    #[serde(default)]
    pub income: BTreeMap<String, String>,
    /// How the faction scores.
    #[serde(default)]
    pub objectives: Vec<Objective>,
    /// Overrides the scenario's `action_points`.
    #[serde(default)]
    pub action_points: Option<u32>,
    /// Its own verdict thresholds (default: the scenario's `outcomes`).
    #[serde(default)]
    pub outcome: Option<Thresholds>,
}

/// A scored goal.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    /// Id, unique within the faction.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Relative importance (1–100).
    pub weight: u32,
    /// Expression: a condition (met = 100) or a number clamped to 0–100.
    pub score: String,
    /// When the score is taken.
    #[serde(default)]
    pub measure: Measure,
    /// What it asks of the team.
    #[serde(default)]
    pub description: String,
}

/// When an objective is measured.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
pub enum Measure {
    /// Once, at the end of the game.
    #[default]
    AtEnd,
    /// After every turn, averaged over the game.
    Average,
}

/// A place on the map.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    /// Id used in expressions.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Faction that controls it, if any.
    #[serde(default)]
    pub controller: Option<String>,
    /// Position on the map, `(x, y)`, each 0–100; y grows downwards.
    pub map: (i64, i64),
    /// Starting values that differ from the variables' `initial`.
    #[serde(default)]
    pub values: BTreeMap<String, i64>,
}

/// A supply corridor that moves a region variable from one region to another.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Route {
    /// Id used in expressions.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Region the goods leave from.
    pub from: String,
    /// Region the goods arrive at.
    pub to: String,
    /// Region variable carried, e.g. `fuel_stock`.
    pub carries: String,
    /// Most moved per turn.
    pub capacity: i64,
    /// Whether anything moves.
    #[serde(default = "default_true")]
    pub open: bool,
    /// Chance in percent (0–100) that a shipment is interdicted.
    #[serde(default)]
    pub risk: i64,
    /// Percent of an interdicted shipment that is lost.
    #[serde(default = "default_loss")]
    pub loss: i64,
    /// Whether goods are taken from the source (false: the source is a supplier that never runs out).
    #[serde(default = "default_true")]
    pub drains_source: bool,
}

/// Starting relation between two factions, −100 to 100.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Relation {
    /// The two factions.
    pub between: (String, String),
    /// Score from −100 (hostile) to 100 (allied).
    pub value: i64,
}

/// A named true/false state of the world.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Flag {
    /// Id used in expressions as `flag.ID`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Starting value.
    pub value: bool,
    /// What it means.
    #[serde(default)]
    pub description: String,
}

/// The three kinds of action, shown as tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum Category {
    /// Talks, treaties, ambassadors.
    Diplomatic,
    /// Fuel, prices, supply.
    Energy,
    /// Armed forces, borders, escorts.
    Security,
}

/// What an action is aimed at.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
pub enum TargetKind {
    /// Nothing: it acts on the world or on the faction itself.
    #[default]
    None,
    /// Another faction.
    Faction,
    /// A region.
    Region,
    /// A route.
    Route,
}

impl TargetKind {
    /// The kind of entity the target is (`None`: the action has no target).
    pub fn entity(self) -> Option<crate::scenario::expr::EntityKind> {
        use crate::scenario::expr::EntityKind;
        match self {
            TargetKind::None => None,
            TargetKind::Faction => Some(EntityKind::Faction),
            TargetKind::Region => Some(EntityKind::Region),
            TargetKind::Route => Some(EntityKind::Route),
        }
    }
}

/// Who learns of an action.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
pub enum Visibility {
    /// Everyone sees it in the news.
    #[default]
    Public,
    /// Only the actor knows, unless detected: the expression is the chance (percent) of detection.
    Secret(String),
}

/// What a lasting action ordered again while it is in effect on the same target does.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
pub enum Stacking {
    /// A second one runs beside the first: both apply.
    #[default]
    Stack,
    /// The running one starts its duration again; nothing is doubled.
    Refresh,
    /// It cannot be ordered again until the running one ends.
    Refuse,
}

/// Something a faction can do with its action points.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// Id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Tab it appears under.
    pub category: Category,
    /// What it does, for the player.
    #[serde(default)]
    pub description: String,
    /// Factions that may take it.
    pub factions: Vec<String>,
    /// What it is aimed at.
    #[serde(default)]
    pub target: TargetKind,
    /// Faction variables paid when the order is given.
    #[serde(default)]
    pub cost: BTreeMap<String, i64>,
    /// Action points it uses.
    #[serde(default = "default_one")]
    pub ap: u32,
    /// Conditions for it to be available (may use `target`): one expression,
    /// or a list of expressions, each optionally with the reason in words
    /// shown to players when it does not hold.
    #[serde(default)]
    pub requires: Option<Requires>,
    /// Chance of success in percent (expression, default 100).
    #[serde(default)]
    pub chance: Option<String>,
    /// Effects when it succeeds.
    #[serde(default)]
    pub on_success: Vec<String>,
    /// Effects when it fails.
    #[serde(default)]
    pub on_failure: Vec<String>,
    /// Turns between resolution and its effects landing.
    #[serde(default)]
    pub delay: u32,
    /// Turns during which `ongoing` effects apply after success.
    #[serde(default)]
    pub duration: u32,
    /// Effects applied every turn while it lasts.
    #[serde(default)]
    pub ongoing: Vec<String>,
    /// Effects applied when the duration ends.
    #[serde(default)]
    pub on_end: Vec<String>,
    /// Effects held while it lasts: applied when it takes effect, and what
    /// they actually changed is given back when it ends.
    #[serde(default)]
    pub hold: Vec<String>,
    /// What ordering it again while it is in effect does.
    #[serde(default)]
    pub stack: Stacking,
    /// Public, or secret unless detected.
    #[serde(default)]
    pub visibility: Visibility,
    /// A proposal the target faction must accept next turn.
    #[serde(default)]
    pub consent: bool,
    /// Effects when the target declines a proposal.
    #[serde(default)]
    pub on_decline: Vec<String>,
    /// Effects when a secret action is detected (what being found out costs).
    #[serde(default)]
    pub on_detected: Vec<String>,
    /// An agreement id: actions naming the same agreement cannot both take
    /// effect in one turn for the same pair of factions.
    #[serde(default)]
    pub agreement: Option<String>,
    /// News line on success; `{self}` and `{target}` are replaced by names.
    #[serde(default)]
    pub news_success: Option<String>,
    /// News line on failure.
    #[serde(default)]
    pub news_failure: Option<String>,
}

/// An action's requirements: `"expr"`, or `["expr", ("expr", "reason in words"), …]`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Requires {
    /// The conditions, all of which must hold.
    pub items: Vec<Requirement>,
    /// Whether it was written as a list (its items then have paths `requires[i]`).
    pub listed: bool,
}

/// One condition of an action, with the reason players read when it fails.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Requirement {
    /// The condition.
    pub expr: String,
    /// Why the action is unavailable when the condition does not hold.
    pub reason: Option<String>,
}

impl Requires {
    /// The source path of item `i`'s expression and of its reason, under `path`.
    pub fn paths(&self, path: &str, i: usize) -> (String, String) {
        match (self.listed, self.items.get(i).is_some_and(|r| r.reason.is_some())) {
            (false, _) => (path.to_string(), path.to_string()),
            (true, false) => (format!("{path}[{i}]"), format!("{path}[{i}]")),
            (true, true) => (format!("{path}[{i}][0]"), format!("{path}[{i}][1]")),
        }
    }
}

impl Serialize for Requires {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        if !self.listed
            && let [Requirement { expr, reason: None }] = self.items.as_slice()
        {
            return s.serialize_str(expr);
        }
        let mut seq = s.serialize_seq(Some(self.items.len()))?;
        for r in &self.items {
            match &r.reason {
                Some(reason) => seq.serialize_element(&(r.expr.as_str(), reason.as_str()))?,
                None => seq.serialize_element(r.expr.as_str())?,
            }
        }
        seq.end()
    }
}

impl<'de> Deserialize<'de> for Requires {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Top;
        impl<'de> serde::de::Visitor<'de> for Top {
            type Value = Requires;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(r#"a condition "…", or a list of conditions ["…", ("…", "reason in words")]"#)
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Requires, E> {
                Ok(Requires { items: vec![Requirement { expr: v.to_string(), reason: None }], listed: false })
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Requires, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<Item>()? {
                    items.push(item.0);
                }
                Ok(Requires { items, listed: true })
            }
        }
        struct Item(Requirement);
        impl<'de> Deserialize<'de> for Item {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                d.deserialize_any(ItemVisitor)
            }
        }
        struct ItemVisitor;
        impl<'de> serde::de::Visitor<'de> for ItemVisitor {
            type Value = Item;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(r#"a condition "…" or a pair ("condition", "reason in words")"#)
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Item, E> {
                Ok(Item(Requirement { expr: v.to_string(), reason: None }))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Item, A::Error> {
                use serde::de::Error;
                let expr: String = seq.next_element()?.ok_or_else(|| A::Error::invalid_length(0, &self))?;
                let reason: String = seq.next_element()?.ok_or_else(|| A::Error::invalid_length(1, &self))?;
                if seq.next_element::<serde::de::IgnoredAny>()?.is_some() {
                    return Err(A::Error::invalid_length(3, &self));
                }
                Ok(Item(Requirement { expr, reason: Some(reason) }))
            }
        }
        d.deserialize_any(Top)
    }
}

/// How often an event may fire.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
pub enum Repeat {
    /// At most once per game.
    #[default]
    Once,
    /// Every turn its trigger holds.
    Always,
    /// Again only after this many turns.
    Cooldown(u32),
}

/// Something that happens at the start of a turn.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Id.
    pub id: String,
    /// Headline.
    pub title: String,
    /// Narrative shown to the players.
    pub text: String,
    /// Turn on which it is scheduled (with `when`, both must hold).
    #[serde(default)]
    pub turn: Option<u32>,
    /// Or the date it is scheduled for, `YYYY-MM` or `YYYY-MM-DD`: the turn
    /// whose time holds that date. Outside the calendar it never happens, so
    /// one list of dated events serves every variant.
    #[serde(default)]
    pub date: Option<String>,
    /// Condition for it to fire.
    #[serde(default)]
    pub when: Option<String>,
    /// Chance in percent, rolled each turn the trigger holds (default 100).
    #[serde(default)]
    pub chance: Option<String>,
    /// Once, always, or with a cooldown.
    #[serde(default)]
    pub repeat: Repeat,
    /// Effects when it fires.
    #[serde(default)]
    pub effects: Vec<String>,
    /// A decision the event puts to one faction.
    #[serde(default)]
    pub choice: Option<Choice>,
    /// Whether every faction sees it (false: only the choosing faction).
    #[serde(default = "default_true")]
    pub public: bool,
}

/// A decision put to one faction by an event.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Faction that decides (`self` in the options' effects).
    pub faction: String,
    /// The question.
    pub prompt: String,
    /// The answers; the first is taken if the faction does not answer.
    pub options: Vec<ChoiceOption>,
}

/// One answer to an event's choice.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename = "Option")]
pub struct ChoiceOption {
    /// Id.
    pub id: String,
    /// What the team reads.
    pub label: String,
    /// Effects when chosen.
    #[serde(default)]
    pub effects: Vec<String>,
}

/// What a rule runs over: `self` is bound to each in turn.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
pub enum Scope {
    /// Once, with no `self`.
    #[default]
    World,
    /// Each faction.
    Factions,
    /// Each region.
    Regions,
    /// Each route.
    Routes,
    /// Each pair of factions (`self` and `target`).
    Pairs,
}

/// A per-turn dynamic written in the scenario.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Id.
    pub id: String,
    /// What it models.
    #[serde(default)]
    pub description: String,
    /// What it runs over.
    #[serde(default)]
    pub each: Scope,
    /// Condition, checked for each.
    #[serde(default)]
    pub when: Option<String>,
    /// Effects, applied in order.
    pub effects: Vec<String>,
}
