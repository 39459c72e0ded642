//! The state of a game in progress: every value that can change, the dice,
//! and what is pending. Plain data, serializable for saves.

use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::SeedableRng;
use serde::{Deserialize, Serialize};

use crate::engine::dice::{self, Roll};
use crate::engine::report::{Audience, Change, Entry, Slot};
use crate::scenario::Scenario;
use crate::scenario::expr::{Bindings, Env, Program, RouteField};

/// Every slot's value of a state at one moment ([`GameState::values`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Values(Vec<i64>);

impl Values {
    /// The value at a position of [`GameState::each_slot`]'s order.
    pub(crate) fn at(&self, position: usize) -> Option<i64> {
        self.0.get(position).copied()
    }
}

/// A route's values in the order a state keeps them: open (1/0), capacity, risk, loss, flow.
const ROUTE_FIELDS: usize = 5;

/// Where a route field comes among its route's values.
fn route_field(field: RouteField) -> usize {
    match field {
        RouteField::Capacity => 1,
        RouteField::Risk => 2,
        RouteField::Loss => 3,
        RouteField::Flow => 4,
    }
}

/// The route field at a position among a route's values (0 is whether it is open).
const ROUTE_FIELD_AT: [RouteField; 4] = [RouteField::Capacity, RouteField::Risk, RouteField::Loss, RouteField::Flow];

/// How many of each thing a state holds values for. A state keeps every
/// value in one row, in [`GameState::each_slot`]'s order: each faction's
/// variables, each region's, each route's five values, the flags (1/0),
/// then the relation of each pair of factions, lower index first.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Shape {
    factions: usize,
    faction_vars: usize,
    regions: usize,
    region_vars: usize,
    routes: usize,
    flags: usize,
    /// Where the regions' variables start, then the routes', the flags', the relations'.
    regions_at: usize,
    routes_at: usize,
    flags_at: usize,
    relations_at: usize,
    /// How many values there are.
    count: usize,
}

impl Shape {
    /// The shape of a state with these factions and variables each, these
    /// regions and variables each, routes and flags.
    fn new(
        (factions, faction_vars): (usize, usize),
        (regions, region_vars): (usize, usize),
        routes: usize,
        flags: usize,
    ) -> Shape {
        let regions_at = factions * faction_vars;
        let routes_at = regions_at + regions * region_vars;
        let flags_at = routes_at + ROUTE_FIELDS * routes;
        let relations_at = flags_at + flags;
        let count = relations_at + factions * factions.saturating_sub(1) / 2;
        Shape {
            factions,
            faction_vars,
            regions,
            region_vars,
            routes,
            flags,
            regions_at,
            routes_at,
            flags_at,
            relations_at,
            count,
        }
    }

    /// The shape of a state of scenario `scn`.
    pub(crate) fn of(scn: &Scenario) -> Shape {
        Shape::new(
            (scn.factions.len(), scn.faction_vars.len()),
            (scn.regions.len(), scn.region_vars.len()),
            scn.routes.len(),
            scn.flags.len(),
        )
    }

    /// How many values there are.
    pub(crate) fn count(&self) -> usize {
        self.count
    }

    /// Where faction `a`'s relations with those after it start.
    fn relation_row(&self, a: usize) -> usize {
        // Pairs (0, 1), (0, 2), …, (1, 2), …: the rows before `a`'s.
        self.relations_at + a * self.factions - a * (a + 1) / 2
    }

    /// Where a faction's variable is.
    #[inline]
    fn faction_var(&self, f: usize, v: usize) -> Option<usize> {
        (f < self.factions && v < self.faction_vars).then(|| f * self.faction_vars + v)
    }

    /// Where a region's variable is.
    #[inline]
    fn region_var(&self, r: usize, v: usize) -> Option<usize> {
        (r < self.regions && v < self.region_vars).then(|| self.regions_at + r * self.region_vars + v)
    }

    /// Where a route's value is (0: whether it is open, then [`route_field`]).
    #[inline]
    fn route(&self, r: usize, field: usize) -> Option<usize> {
        (r < self.routes).then(|| self.routes_at + ROUTE_FIELDS * r + field)
    }

    /// Where a flag is.
    #[inline]
    fn flag(&self, i: usize) -> Option<usize> {
        (i < self.flags).then(|| self.flags_at + i)
    }

    /// Where the relation between `a` and `b` is; `None` for one faction with itself or one the state lacks.
    #[inline]
    fn relation(&self, a: usize, b: usize) -> Option<usize> {
        let (a, b) = (a.min(b), a.max(b));
        (a != b && b < self.factions).then(|| self.relation_row(a) + (b - a - 1))
    }

    /// Calls `row` with where each row of values starts, its length, and
    /// what names the slot at a position in it: each faction's and region's
    /// variables, each route's values, the flags, each faction's relations
    /// with those after it.
    fn rows(&self, mut row: impl FnMut(usize, usize, &dyn Fn(usize) -> Slot)) {
        for f in 0..self.factions {
            row(f * self.faction_vars, self.faction_vars, &|v| Slot::FactionVar(f, v));
        }
        for r in 0..self.regions {
            row(self.regions_at + r * self.region_vars, self.region_vars, &|v| Slot::RegionVar(r, v));
        }
        for r in 0..self.routes {
            row(self.routes_at + ROUTE_FIELDS * r, ROUTE_FIELDS, &|i| match i.checked_sub(1) {
                None => Slot::RouteOpen(r),
                Some(field) => Slot::Route(r, ROUTE_FIELD_AT.get(field).copied().unwrap_or(RouteField::Flow)),
            });
        }
        row(self.flags_at, self.flags, &Slot::Flag);
        for a in 0..self.factions {
            row(self.relation_row(a), self.factions - a - 1, &|i| Slot::Relation(a, a + 1 + i));
        }
    }

    /// Where `slot`'s value is; `None` for a slot the state does not have.
    #[inline]
    pub(crate) fn of_slot(&self, slot: Slot) -> Option<usize> {
        match slot {
            Slot::FactionVar(f, v) => self.faction_var(f, v),
            Slot::RegionVar(r, v) => self.region_var(r, v),
            Slot::RouteOpen(r) => self.route(r, 0),
            Slot::Route(r, field) => self.route(r, route_field(field)),
            Slot::Flag(i) => self.flag(i),
            Slot::Relation(a, b) => self.relation(a, b),
        }
    }
}

/// The live properties of a route.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RouteState {
    /// Whether anything moves.
    pub open: bool,
    /// Most moved per turn.
    pub capacity: i64,
    /// Interdiction chance, percent.
    pub risk: i64,
    /// Percent of an interdicted shipment lost.
    pub loss: i64,
    /// Delivered last turn.
    pub flow: i64,
}

/// A proposal or event choice waiting for a faction's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pending {
    /// Stable id, used by [`crate::engine::Answer`].
    pub id: u64,
    /// Faction that must answer.
    pub faction: usize,
    /// What is asked.
    pub kind: PendingKind,
}

/// What a pending item asks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PendingKind {
    /// `from` proposed action `action` to the answering faction.
    Proposal {
        /// Action index.
        action: usize,
        /// Proposing faction.
        from: usize,
    },
    /// An event asks the faction to choose.
    Choice {
        /// Event index.
        event: usize,
    },
}

/// Effects of a successful action still to come: delayed, or lasting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scheduled {
    /// Action index.
    pub action: usize,
    /// Faction that took it.
    pub actor: usize,
    /// Target index within its kind.
    pub target: Option<usize>,
    /// Who may see what it does (secret orders stay secret).
    pub audience: Audience,
    /// What is still to come.
    pub kind: ScheduledKind,
    /// What its `hold` effects changed, given back when it ends (`None`
    /// until they are applied, and for actions that hold nothing).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub held: Option<Vec<Change>>,
}

/// What a scheduled item will do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ScheduledKind {
    /// Success or failure effects land on turn `due`.
    Delayed {
        /// Turn on which they land.
        due: u32,
        /// Whether the roll succeeded.
        success: bool,
    },
    /// `ongoing` effects apply for `remaining` more turns, then `on_end`.
    /// An action that holds effects ends the turn after its last, with
    /// `remaining` 0: what it holds is given back then.
    Lasting {
        /// Turns left, including this one.
        remaining: u32,
    },
}

/// Why the game ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum EndReason {
    /// The last turn was played.
    LastTurn,
    /// An `end_when` condition held (its index).
    Condition(usize),
    /// The umpire ended the game.
    Umpire,
}

/// A whole game's changing state.
///
/// Its numbers are kept in one row, in [`GameState::each_slot`]'s order; a
/// save writes them as tables (one row per faction, region and route), as
/// it always has.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(from = "StateFile", into = "StateFile")]
pub struct GameState {
    /// The game's seed.
    pub seed: u64,
    /// Current turn, from 1.
    pub turn: u32,
    /// Every number of the game, in [`GameState::each_slot`]'s order.
    numbers: Vec<i64>,
    /// How many of each thing `numbers` holds.
    shape: Shape,
    /// Which table of a save did not fit the others (the save is refused).
    misshapen: Option<Misshapen>,
    /// Controlling faction of each region.
    pub controllers: Vec<Option<usize>>,
    /// Proposals and choices to answer this turn.
    pub pending: Vec<Pending>,
    /// Delayed and lasting effects.
    pub scheduled: Vec<Scheduled>,
    /// Turn each event last fired.
    pub event_fired: Vec<Option<u32>>,
    /// Sum of per-turn scores of `Average` objectives, `[faction][objective]`.
    pub objective_sums: Vec<Vec<i64>>,
    /// Turns measured into `objective_sums`.
    pub measured_turns: u32,
    /// Sum of per-turn scores of an `Average` shared outcome.
    pub shared_sum: i64,
    /// What happened at the start of the current turn (income, events), shown before orders.
    pub start_log: Vec<Entry>,
    /// Set when the game is over.
    pub ended: Option<EndReason>,
    /// Next id for pending items.
    pub next_pending_id: u64,
    /// The game's dice.
    pub rng: ChaCha8Rng,
}

/// A table of a saved state whose rows differ in length, or that does not
/// fit the number of factions, or a relation that differs one way from the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Misshapen {
    /// The factions' variables.
    Factions,
    /// The regions' variables.
    Regions,
    /// The relations.
    Relations,
    /// The relation between two factions (lower index first) is the first
    /// number one way and the second the other.
    OneWay(usize, usize, i64, i64),
}

/// A state as saves write it: each kind of number in its own table.
#[derive(Serialize, Deserialize)]
#[serde(rename = "GameState")]
struct StateFile {
    seed: u64,
    turn: u32,
    /// `[faction][variable]`.
    faction_vars: Vec<Vec<i64>>,
    /// `[region][variable]`.
    region_vars: Vec<Vec<i64>>,
    routes: Vec<RouteState>,
    flags: Vec<bool>,
    /// `factions²`, symmetric.
    relations: Vec<i64>,
    controllers: Vec<Option<usize>>,
    pending: Vec<Pending>,
    scheduled: Vec<Scheduled>,
    event_fired: Vec<Option<u32>>,
    objective_sums: Vec<Vec<i64>>,
    measured_turns: u32,
    #[serde(default)]
    shared_sum: i64,
    start_log: Vec<Entry>,
    ended: Option<EndReason>,
    next_pending_id: u64,
    rng: ChaCha8Rng,
}

/// The relation of each pair of factions, lower index first, from a
/// square table of `n`×`n`; `None` if the table is not square.
fn pairs(table: &[i64], n: usize) -> Option<impl Iterator<Item = i64> + '_> {
    let rows = table.chunks(n.max(1)).enumerate();
    (n.checked_mul(n) == Some(table.len()))
        .then(|| rows.flat_map(|(a, row)| row.get(a + 1..).unwrap_or_default().iter().copied()))
}

/// The first pair of factions whose relation a square table of `n`×`n`
/// gives differently one way and the other: the pair, lower index first,
/// and the two numbers (row `a` first).
fn one_way(table: &[i64], n: usize) -> Option<(usize, usize, i64, i64)> {
    let at = |a: usize, b: usize| table.get(a * n + b).copied();
    (0..n).flat_map(|a| (a + 1..n).map(move |b| (a, b))).find_map(|(a, b)| {
        let (x, y) = (at(a, b)?, at(b, a)?);
        (x != y).then_some((a, b, x, y))
    })
}

/// The common length of `rows` (0 for none); `None` if they differ.
fn width(rows: &[Vec<i64>]) -> Option<usize> {
    let first = rows.first().map_or(0, Vec::len);
    rows.iter().all(|row| row.len() == first).then_some(first)
}

impl From<StateFile> for GameState {
    fn from(file: StateFile) -> Self {
        let n = file.faction_vars.len();
        let (faction_vars, region_vars) = (width(&file.faction_vars), width(&file.region_vars));
        // A misshapen table brings no numbers (the save is refused, or the
        // state only compared), so a hostile file cannot make more numbers
        // than it holds: no padding of short rows, no relations made up.
        let relations = pairs(&file.relations, n);
        let misshapen = if faction_vars.is_none() {
            Some(Misshapen::Factions)
        } else if region_vars.is_none() {
            Some(Misshapen::Regions)
        } else if relations.is_none() {
            Some(Misshapen::Relations)
        } else {
            // A save keeps each relation both ways: a hand-edited half is not silently ignored.
            one_way(&file.relations, n).map(|(a, b, x, y)| Misshapen::OneWay(a, b, x, y))
        };
        let shape = Shape::new(
            (n, faction_vars.unwrap_or(0)),
            (file.region_vars.len(), region_vars.unwrap_or(0)),
            file.routes.len(),
            file.flags.len(),
        );
        let mut numbers = Vec::new();
        let rows = |tables: &[Vec<i64>], width: Option<usize>, numbers: &mut Vec<i64>| {
            if width.is_some() {
                tables.iter().for_each(|row| numbers.extend_from_slice(row));
            }
        };
        rows(&file.faction_vars, faction_vars, &mut numbers);
        rows(&file.region_vars, region_vars, &mut numbers);
        for r in &file.routes {
            numbers.extend([i64::from(r.open), r.capacity, r.risk, r.loss, r.flow]);
        }
        numbers.extend(file.flags.iter().map(|&f| i64::from(f)));
        numbers.extend(relations.into_iter().flatten());
        GameState {
            seed: file.seed,
            turn: file.turn,
            numbers,
            shape,
            misshapen,
            controllers: file.controllers,
            pending: file.pending,
            scheduled: file.scheduled,
            event_fired: file.event_fired,
            objective_sums: file.objective_sums,
            measured_turns: file.measured_turns,
            shared_sum: file.shared_sum,
            start_log: file.start_log,
            ended: file.ended,
            next_pending_id: file.next_pending_id,
            rng: file.rng,
        }
    }
}

impl From<GameState> for StateFile {
    fn from(state: GameState) -> Self {
        let Shape { factions: n, faction_vars, regions, region_vars, routes, flags, .. } = state.shape;
        StateFile {
            seed: state.seed,
            turn: state.turn,
            faction_vars: (0..n).map(|f| (0..faction_vars).map(|v| state.faction_var(f, v)).collect()).collect(),
            region_vars: (0..regions).map(|r| (0..region_vars).map(|v| state.region_var(r, v)).collect()).collect(),
            routes: (0..routes).filter_map(|r| state.route(r)).collect(),
            flags: (0..flags).map(|f| state.flag(f)).collect(),
            relations: (0..n * n).map(|i| state.relation(i / n, i % n)).collect(),
            controllers: state.controllers,
            pending: state.pending,
            scheduled: state.scheduled,
            event_fired: state.event_fired,
            objective_sums: state.objective_sums,
            measured_turns: state.measured_turns,
            shared_sum: state.shared_sum,
            start_log: state.start_log,
            ended: state.ended,
            next_pending_id: state.next_pending_id,
            rng: state.rng,
        }
    }
}

impl Clone for GameState {
    fn clone(&self) -> Self {
        GameState {
            seed: self.seed,
            turn: self.turn,
            numbers: self.numbers.clone(),
            shape: self.shape,
            misshapen: self.misshapen,
            controllers: self.controllers.clone(),
            pending: self.pending.clone(),
            scheduled: self.scheduled.clone(),
            event_fired: self.event_fired.clone(),
            objective_sums: self.objective_sums.clone(),
            measured_turns: self.measured_turns,
            shared_sum: self.shared_sum,
            start_log: self.start_log.clone(),
            ended: self.ended.clone(),
            next_pending_id: self.next_pending_id,
            rng: self.rng.clone(),
        }
    }

    /// Copies `source` into the buffers this state already has (the AI
    /// copies one state into the same scratch state many times a turn).
    fn clone_from(&mut self, source: &Self) {
        let GameState {
            seed,
            turn,
            numbers,
            shape,
            misshapen,
            controllers,
            pending,
            scheduled,
            event_fired,
            objective_sums,
            measured_turns,
            shared_sum,
            start_log,
            ended,
            next_pending_id,
            rng,
        } = source;
        self.seed = *seed;
        self.turn = *turn;
        self.numbers.clone_from(numbers);
        self.shape = *shape;
        self.misshapen = *misshapen;
        self.controllers.clone_from(controllers);
        self.pending.clone_from(pending);
        self.scheduled.clone_from(scheduled);
        self.event_fired.clone_from(event_fired);
        self.objective_sums.clone_from(objective_sums);
        self.measured_turns = *measured_turns;
        self.shared_sum = *shared_sum;
        self.start_log.clone_from(start_log);
        self.ended.clone_from(ended);
        self.next_pending_id = *next_pending_id;
        self.rng.clone_from(rng);
    }
}

impl GameState {
    /// A fresh game at turn 1, before its start-of-turn phase (see [`crate::engine::new_game`]).
    pub(crate) fn initial(scn: &Scenario, seed: u64) -> Self {
        let n = scn.factions.len();
        let shape = Shape::of(scn);
        let mut numbers = Vec::with_capacity(shape.count());
        for f in &scn.factions {
            numbers.extend(f.initial.iter().copied().chain(std::iter::repeat(0)).take(shape.faction_vars));
        }
        for r in &scn.regions {
            numbers.extend(r.initial.iter().copied().chain(std::iter::repeat(0)).take(shape.region_vars));
        }
        for r in &scn.routes {
            numbers.extend([i64::from(r.open), r.capacity, r.risk, r.loss, 0]);
        }
        numbers.extend(scn.flags.iter().map(|f| i64::from(f.value)));
        // Relations the scenario does not give as a square table start at 0.
        numbers.extend(pairs(&scn.relations, n).into_iter().flatten());
        numbers.resize(shape.count(), 0);
        GameState {
            seed,
            turn: 1,
            numbers,
            shape,
            misshapen: None,
            controllers: scn.regions.iter().map(|r| r.controller).collect(),
            pending: Vec::new(),
            scheduled: Vec::new(),
            event_fired: vec![None; scn.events.len()],
            objective_sums: scn.factions.iter().map(|f| vec![0; f.objectives.len()]).collect(),
            measured_turns: 0,
            shared_sum: 0,
            start_log: Vec::new(),
            ended: None,
            next_pending_id: 1,
            rng: ChaCha8Rng::seed_from_u64(seed),
        }
    }

    /// Number of factions.
    pub fn faction_count(&self) -> usize {
        self.shape.factions
    }

    /// Number of regions.
    pub fn region_count(&self) -> usize {
        self.shape.regions
    }

    /// Number of routes.
    pub fn route_count(&self) -> usize {
        self.shape.routes
    }

    /// Number of flags.
    pub fn flag_count(&self) -> usize {
        self.shape.flags
    }

    /// Number of variables each faction has.
    pub fn faction_var_count(&self) -> usize {
        self.shape.faction_vars
    }

    /// Number of variables each region has.
    pub fn region_var_count(&self) -> usize {
        self.shape.region_vars
    }

    /// How many of each thing the state holds values for.
    pub(crate) fn shape(&self) -> Shape {
        self.shape
    }

    /// Which table of the save it was read from did not fit the others, if one did not.
    pub(crate) fn misshapen(&self) -> Option<Misshapen> {
        self.misshapen
    }

    /// A faction's variable (0 for one it does not have).
    pub fn faction_var(&self, faction: usize, var: usize) -> i64 {
        self.value_at(self.shape.faction_var(faction, var))
    }

    /// A region's variable (0 for one it does not have).
    pub fn region_var(&self, region: usize, var: usize) -> i64 {
        self.value_at(self.shape.region_var(region, var))
    }

    /// The value at a position of the state's row (0 for none).
    #[inline]
    pub(crate) fn value_at(&self, at: Option<usize>) -> i64 {
        at.and_then(|at| self.numbers.get(at)).copied().unwrap_or(0)
    }

    /// A route's live properties.
    pub fn route(&self, route: usize) -> Option<RouteState> {
        let at = self.shape.route(route, 0)?;
        match self.numbers.get(at..at + ROUTE_FIELDS)? {
            &[open, capacity, risk, loss, flow] => Some(RouteState { open: open != 0, capacity, risk, loss, flow }),
            _ => None,
        }
    }

    /// Whether a flag is set.
    pub fn flag(&self, flag: usize) -> bool {
        self.value_at(self.shape.flag(flag)) != 0
    }

    /// The relation between two factions (0 for a faction with itself).
    pub fn relation(&self, a: usize, b: usize) -> i64 {
        self.value_at(self.shape.relation(a, b))
    }

    /// Reads any slot (0 for one the state does not have).
    pub fn get(&self, slot: Slot) -> i64 {
        self.value_at(self.shape.of_slot(slot))
    }

    /// Writes a slot, clamped to its declared range. Returns the value stored.
    pub fn set(&mut self, scn: &Scenario, slot: Slot, value: i64) -> i64 {
        self.update(scn, slot, |_| value).after
    }

    /// Changes a slot to `to(value)`, clamped to its declared range: what
    /// it was and what it became. (A slot the state lacks reads 0 and keeps nothing.)
    #[inline]
    pub fn update(&mut self, scn: &Scenario, slot: Slot, to: impl FnOnce(i64) -> i64) -> Change {
        self.update_at(self.shape.of_slot(slot), slot, Bounds::of(scn, slot), to)
    }

    /// [`GameState::update`] for a slot whose position in the state's row
    /// (`None`: one the state lacks) and range are known.
    #[inline]
    pub(crate) fn update_at(
        &mut self,
        at: Option<usize>,
        slot: Slot,
        bounds: Bounds,
        to: impl FnOnce(i64) -> i64,
    ) -> Change {
        let before = self.value_at(at);
        let after = bounds.clamp(to(before));
        if let Some(x) = at.and_then(|at| self.numbers.get_mut(at)) {
            *x = after;
        }
        Change { slot, before, after }
    }

    /// Writes a value already within the slot's range ([`clamp_slot`]).
    pub(crate) fn store(&mut self, slot: Slot, value: i64) {
        if let Some(x) = self.shape.of_slot(slot).and_then(|at| self.numbers.get_mut(at)) {
            *x = value;
        }
    }

    /// Calls `f` with every slot of the state and its value, in a fixed
    /// order: faction variables, region variables, routes (open, capacity,
    /// risk, loss, flow), flags, then each pair of factions' relation.
    pub fn each_slot(&self, mut f: impl FnMut(Slot, i64)) {
        self.shape.rows(|start, len, slot| {
            for (i, &x) in self.numbers.get(start..start + len).unwrap_or_default().iter().enumerate() {
                f(slot(i), x);
            }
        });
    }

    /// The value of every slot, in the order of [`GameState::each_slot`]:
    /// what a turn compares its end with.
    pub fn values(&self) -> Values {
        Values(self.numbers.clone())
    }

    /// Lists, in [`GameState::each_slot`]'s order, the positions where the
    /// value differs from `before` (taken from this game).
    pub(crate) fn mark_changes(&self, before: &Values, changed: &mut Vec<usize>) {
        changed.clear();
        changed.extend(
            self.numbers.iter().zip(&before.0).enumerate().filter(|(_, (now, was))| now != was).map(|(i, _)| i),
        );
    }

    /// What changed since `before` was taken from this state, in slot order.
    /// (A turn never adds or removes slots; were the shapes to differ,
    /// values would be paired by position.)
    pub fn changes_since(&self, before: &Values) -> Vec<Change> {
        // A turn changes a good part of the values: room for half at once.
        let mut out = Vec::with_capacity(before.0.len() / 2);
        self.shape.rows(|start, len, slot| {
            let (Some(now), Some(was)) = (self.numbers.get(start..start + len), before.0.get(start..start + len))
            else {
                return;
            };
            for (i, (&after, &before)) in now.iter().zip(was).enumerate() {
                if before != after {
                    out.push(Change { slot: slot(i), before, after });
                }
            }
        });
        out
    }

    /// What changed between `before` and this state (same scenario), in the order of [`GameState::each_slot`].
    pub fn diff(&self, before: &GameState) -> Vec<Change> {
        if self.shape == before.shape {
            return self.changes_since(&before.values());
        }
        // Slots paired by position (a save from another scenario, say).
        let mut slots = Vec::new();
        before.each_slot(|slot, x| slots.push((slot, x)));
        let mut slots = slots.into_iter();
        let mut out = Vec::new();
        self.each_slot(|_, after| {
            if let Some((slot, before)) = slots.next() {
                if before != after {
                    out.push(Change { slot, before, after });
                }
            }
        });
        out
    }

    /// Rolls the dice against a chance expression evaluated on this state.
    pub fn roll(&mut self, chance: &Program, b: Bindings) -> Roll {
        let percent = chance.num(self, b);
        dice::roll(&mut self.rng, percent)
    }

    /// Whether the game is over.
    pub fn is_over(&self) -> bool {
        self.ended.is_some()
    }
}

/// `value` clamped to the range `slot` may hold: declared variable ranges,
/// relations −100..100, route risk and loss 0..100, capacity at least 0.
#[inline]
pub fn clamp_slot(scn: &Scenario, slot: Slot, value: i64) -> i64 {
    Bounds::of(scn, slot).clamp(value)
}

/// The values a slot may hold ([`clamp_slot`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bounds {
    /// From the first to the second (the loader keeps declared ranges the right way up).
    Between(i64, i64),
    /// 1 or 0: whether a route is open, a flag.
    Truth,
}

impl Bounds {
    /// The bounds of `slot`'s values in scenario `scn`.
    #[inline]
    pub(crate) fn of(scn: &Scenario, slot: Slot) -> Bounds {
        let declared = |d: Option<&crate::scenario::format::VarDecl>| {
            d.map_or(Bounds::Between(i64::MIN, i64::MAX), |d| Bounds::Between(d.min, d.max))
        };
        match slot {
            Slot::FactionVar(_, v) => declared(scn.faction_vars.get(v)),
            Slot::RegionVar(_, v) => declared(scn.region_vars.get(v)),
            Slot::Route(_, RouteField::Capacity | RouteField::Flow) => Bounds::Between(0, i64::MAX),
            Slot::Route(_, RouteField::Risk | RouteField::Loss) => Bounds::Between(0, 100),
            Slot::RouteOpen(_) | Slot::Flag(_) => Bounds::Truth,
            Slot::Relation(..) => Bounds::Between(-100, 100),
        }
    }

    /// `value` within these bounds.
    #[inline]
    pub(crate) fn clamp(self, value: i64) -> i64 {
        match self {
            Bounds::Between(lo, hi) => value.max(lo).min(hi),
            Bounds::Truth => i64::from(value != 0),
        }
    }
}

impl Env for GameState {
    fn turn(&self) -> i64 {
        i64::from(self.turn)
    }

    fn faction_var(&self, faction: usize, var: usize) -> i64 {
        GameState::faction_var(self, faction, var)
    }

    fn region_var(&self, region: usize, var: usize) -> i64 {
        GameState::region_var(self, region, var)
    }

    fn route_num(&self, route: usize, field: RouteField) -> i64 {
        self.value_at(self.shape.route(route, route_field(field)))
    }

    fn route_open(&self, route: usize) -> bool {
        self.value_at(self.shape.route(route, 0)) != 0
    }

    fn flag(&self, flag: usize) -> bool {
        GameState::flag(self, flag)
    }

    fn relation(&self, a: usize, b: usize) -> i64 {
        GameState::relation(self, a, b)
    }

    fn controller(&self, region: usize) -> Option<usize> {
        self.controllers.get(region).copied().flatten()
    }

    fn at(&self, position: usize) -> i64 {
        self.value_at(Some(position))
    }

    fn active(&self, action: usize, target: Option<usize>) -> bool {
        self.scheduled.iter().any(|s| {
            s.action == action
                && matches!(s.kind, ScheduledKind::Lasting { .. })
                && target.is_none_or(|t| s.target == Some(t))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shape_walks_every_position_once_in_order_and_finds_each_slot_where_it_walked_it() {
        for shape in
            [Shape::new((3, 4), (5, 2), 4, 3), Shape::new((1, 0), (0, 3), 0, 0), Shape::new((4, 1), (2, 0), 1, 1)]
        {
            let mut next = 0;
            shape.rows(|start, len, slot| {
                assert_eq!(start, next, "{shape:?}: rows follow each other");
                for i in 0..len {
                    assert_eq!(shape.of_slot(slot(i)), Some(start + i), "{shape:?}: {:?}", slot(i));
                }
                next += len;
            });
            assert_eq!(next, shape.count(), "{shape:?}: every position is walked");
        }
    }

    #[test]
    fn pairs_come_from_the_upper_half_of_a_square_table_only() {
        let table = [0, 1, 2, 1, 0, 3, 2, 3, 0];
        assert_eq!(pairs(&table, 3).map(Iterator::collect::<Vec<_>>), Some(vec![1, 2, 3]));
        assert!(pairs(&table[..8], 3).is_none());
        assert_eq!(pairs(&[], 0).map(Iterator::count), Some(0));
    }
}
