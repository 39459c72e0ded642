//! The structured account of a turn: every roll, every change (before →
//! after, with its cause), every event and news line. The interface, saves
//! and after-action reports all read this.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};
use smallvec::SmallVec;

use crate::engine::dice::Roll;
use crate::engine::orders::{Order, Response};
use crate::engine::words::num;
use crate::scenario::Scenario;
use crate::scenario::expr::{Read, RouteField};
use crate::tr;

/// A place in the game state that effects can change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Slot {
    /// `[faction][variable]`.
    FactionVar(usize, usize),
    /// `[region][variable]`.
    RegionVar(usize, usize),
    /// A route's numeric property.
    Route(usize, RouteField),
    /// Whether a route is open (1/0).
    RouteOpen(usize),
    /// A flag (1/0).
    Flag(usize),
    /// The relation between two factions.
    Relation(usize, usize),
}

impl Slot {
    /// The slot an expression's read is of (`None`: the turn, who controls
    /// a region, or which actions are in effect, which are not slots).
    pub fn read(read: Read) -> Option<Slot> {
        Some(match read {
            Read::FactionVar(f, v) => Slot::FactionVar(f, v),
            Read::RegionVar(r, v) => Slot::RegionVar(r, v),
            Read::RouteNum(r, field) => Slot::Route(r, field),
            Read::RouteOpen(r) => Slot::RouteOpen(r),
            Read::Flag(f) => Slot::Flag(f),
            Read::Relation(a, b) => Slot::Relation(a, b),
            Read::Turn | Read::Controller(_) | Read::Active => return None,
        })
    }
}

/// One value changed: before → after.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    /// What changed.
    pub slot: Slot,
    /// Value before.
    pub before: i64,
    /// Value after.
    pub after: i64,
}

/// The values one entry changed. Most entries change one or two, kept
/// inline: a turn writes dozens of entries, and each would otherwise be
/// an allocation. Saved as a plain list.
pub type Changes = SmallVec<[Change; 2]>;

/// Who may see an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Audience {
    /// Every faction.
    All,
    /// Only this faction.
    Only(usize),
    /// No faction: only the umpire and the after-action report.
    Umpire,
}

impl Audience {
    /// Whether `faction` may see it.
    pub fn includes(self, faction: usize) -> bool {
        match self {
            Audience::All => true,
            Audience::Only(f) => f == faction,
            Audience::Umpire => false,
        }
    }
}

/// Something that happened, with its consequences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Who may see it.
    pub audience: Audience,
    /// What happened.
    pub kind: EntryKind,
    /// Values it changed (for simultaneous orders: this order's own effect on the start-of-phase values).
    pub changes: Changes,
    /// Its sentence for the news log, when it was written with one: words
    /// that hold something its kind does not (an event's title, a reason,
    /// an umpire's note), or any line in a save from a version that wrote
    /// them all. Read the line with [`Entry::news`].
    #[serde(rename = "news")]
    pub written: Option<String>,
}

impl Entry {
    /// Its line in the news log, if it has one: the words written with it,
    /// else the sentence told from what it records (an order's outcome, a
    /// delayed order landing, a proposal, shipments attacked on a route)
    /// in `scn`'s words and language.
    pub fn news<'a>(&'a self, scn: &Scenario) -> Option<Cow<'a, str>> {
        match &self.written {
            Some(words) => Some(Cow::Borrowed(words)),
            None => crate::engine::news::told(scn, &self.kind).map(Cow::Owned),
        }
    }
}

/// The kinds of thing that happen in a turn.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum EntryKind {
    /// Per-turn income of a faction.
    Income { faction: usize },
    /// An event fired.
    Event { event: usize, roll: Option<Roll>, choice_for: Option<usize> },
    /// An order could not be carried out.
    Refused { faction: usize, order: Order, reason: String },
    /// An order was carried out.
    Order {
        faction: usize,
        action: usize,
        target: Option<usize>,
        roll: Option<Roll>,
        success: bool,
        /// For secret actions: whether it was detected.
        detected: Option<bool>,
        /// Turn on which delayed effects land.
        lands_on: Option<u32>,
    },
    /// A proposal was sent; the target answers next turn.
    Proposed { faction: usize, action: usize, target: usize, pending: u64 },
    /// A pending proposal or choice was answered.
    Answered {
        faction: usize,
        pending: u64,
        response: Response,
        roll: Option<Roll>,
        defaulted: bool,
        /// Accepted, but it could no longer take effect (its requirement no
        /// longer held, or the same agreement took effect first).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        blocked: bool,
    },
    /// Delayed effects of an earlier order landed.
    Landed { faction: usize, action: usize, target: Option<usize>, success: bool },
    /// Lasting effects of an earlier order applied this turn.
    Ongoing { faction: usize, action: usize, target: Option<usize> },
    /// Lasting effects of an earlier order ended.
    Ended { faction: usize, action: usize, target: Option<usize> },
    /// Goods moved along a route.
    Flow { route: usize, sent: i64, delivered: i64, roll: Option<Roll> },
    /// A rule changed values.
    Rule { rule: usize },
    /// The game ended.
    GameOver { reason: crate::engine::state::EndReason },
    /// The umpire intervened (see [`crate::engine::umpire`]).
    Ruling { reason: String },
}

/// Everything that happened in one turn, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TurnReport {
    /// The turn.
    pub turn: u32,
    /// Start of turn: income and events (shown before orders).
    pub start: Vec<Entry>,
    /// Resolution: answers, orders, delayed effects, then dynamics.
    pub resolution: Vec<Entry>,
    /// Every value that differs between the start of the orders phase and the
    /// end of the turn: what the turn did, all causes together.
    pub net: Vec<Change>,
}

impl TurnReport {
    /// All entries in order.
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.start.iter().chain(&self.resolution)
    }

    /// The report as one faction may see it: others' secret orders that were
    /// not detected, and private events, are left out.
    pub fn for_faction(&self, faction: usize) -> TurnReport {
        let keep = |e: &&Entry| e.audience.includes(faction);
        TurnReport {
            turn: self.turn,
            start: self.start.iter().filter(keep).cloned().collect(),
            resolution: self.resolution.iter().filter(keep).cloned().collect(),
            net: self.net.clone(),
        }
    }

    /// Writes each entry's line into it in `scn`'s words ([`Entry::news`]),
    /// so that the report reads the same whatever scenario it is read with.
    pub fn write_news(&mut self, scn: &Scenario) {
        for e in self.start.iter_mut().chain(&mut self.resolution).filter(|e| e.written.is_none()) {
            e.written = crate::engine::news::told(scn, &e.kind);
        }
    }

    /// The news lines, in order, in `scn`'s words ([`Entry::news`]).
    pub fn news<'a>(&'a self, scn: &'a Scenario) -> impl Iterator<Item = Cow<'a, str>> {
        self.entries().filter_map(|e| e.news(scn))
    }
}

/// A slot in words, e.g. "Gao · Fuel stock" or "Mali–Algeria relation", in the scenario's language.
pub fn slot_label(scn: &Scenario, slot: Slot) -> String {
    let faction = |f: usize| scn.factions.get(f).map_or("?", |x| x.name.as_str());
    let region = |r: usize| scn.regions.get(r).map_or("?", |x| x.name.as_str());
    let route = |r: usize| scn.routes.get(r).map_or("?", |x| x.name.as_str());
    let lang = scn.lang;
    match slot {
        Slot::FactionVar(f, v) => {
            let var = scn.faction_vars.get(v).map_or("?", |d| d.name.as_str());
            tr!(lang, "game-slot-var", place = faction(f), var = var)
        }
        Slot::RegionVar(r, v) => {
            let var = scn.region_vars.get(v).map_or("?", |d| d.name.as_str());
            tr!(lang, "game-slot-var", place = region(r), var = var)
        }
        Slot::Route(r, field) => {
            let field = match field {
                RouteField::Capacity => "capacity",
                RouteField::Risk => "risk",
                RouteField::Loss => "loss",
                RouteField::Flow => "flow",
            };
            tr!(lang, "game-slot-route", route = route(r), field = field)
        }
        Slot::RouteOpen(r) => tr!(lang, "game-slot-route", route = route(r), field = "open"),
        Slot::Flag(i) => scn.flags.get(i).map_or("?", |x| x.name.as_str()).to_string(),
        Slot::Relation(a, b) => tr!(lang, "game-slot-relation", a = faction(a), b = faction(b)),
    }
}

/// A value of a slot in words: flags and `open` read yes/no; variables carry their unit.
pub fn slot_value(scn: &Scenario, slot: Slot, value: i64) -> String {
    let lang = scn.lang;
    let with = |unit: &str| {
        let value = num(lang, value);
        if unit.is_empty() { value } else { tr!(lang, "game-value-unit", value = value, unit = unit) }
    };
    match slot {
        Slot::Flag(_) | Slot::RouteOpen(_) => tr!(lang, if value != 0 { "game-yes" } else { "game-no" }),
        Slot::FactionVar(f, v) => with(scn.faction_unit(f, v)),
        Slot::RegionVar(r, v) => with(scn.region_unit(r, v)),
        Slot::Route(_, RouteField::Risk | RouteField::Loss) => {
            tr!(lang, "game-value-percent", value = num(lang, value))
        }
        _ => num(lang, value),
    }
}

/// "Gao · Fuel stock 30 → 20 days".
pub fn change_text(scn: &Scenario, c: &Change) -> String {
    tr!(
        scn.lang,
        "game-change-text",
        slot = slot_label(scn, c.slot),
        before = slot_value(scn, c.slot, c.before),
        after = slot_value(scn, c.slot, c.after)
    )
}
