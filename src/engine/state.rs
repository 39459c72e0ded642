//! The state of a game in progress: every value that can change, the dice,
//! and what is pending. Plain data, serializable for saves.

use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::SeedableRng;
use serde::{Deserialize, Serialize};

use crate::engine::dice::{self, Roll};
use crate::engine::report::{Audience, Change, Entry, Slot};
use crate::scenario::Scenario;
use crate::scenario::expr::{Bindings, Compiled, Env, RouteField};

/// Every slot's value of a state at one moment ([`GameState::values`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Values(Vec<i64>);

impl Values {
    /// The value at a position of [`GameState::each_slot`]'s order.
    pub(crate) fn at(&self, position: usize) -> Option<i64> {
        self.0.get(position).copied()
    }
}

/// A route's values in [`GameState::each_slot`]'s order.
fn route_row(r: &RouteState) -> [i64; 5] {
    [i64::from(r.open), r.capacity, r.risk, r.loss, r.flow]
}

/// The slots of route `r`'s values in [`route_row`]'s order.
const ROUTE_ROW: [fn(usize) -> Slot; 5] = [
    Slot::RouteOpen,
    |r| Slot::Route(r, RouteField::Capacity),
    |r| Slot::Route(r, RouteField::Risk),
    |r| Slot::Route(r, RouteField::Loss),
    |r| Slot::Route(r, RouteField::Flow),
];

/// Where each slot of a state comes in [`GameState::each_slot`]'s order
/// (and so in its [`Values`]), for states of one shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Positions {
    /// Where each faction's variables start, and where the regions' start.
    factions: Vec<usize>,
    /// Where each region's variables start, and where the routes' start.
    regions: Vec<usize>,
    routes: usize,
    flags: usize,
    relations: usize,
    factions_count: usize,
    count: usize,
}

impl Positions {
    pub(crate) fn of(state: &GameState) -> Positions {
        let starts = |lens: &mut dyn Iterator<Item = usize>, from: usize| {
            let mut at = from;
            let mut starts = vec![from];
            for len in lens {
                at += len;
                starts.push(at);
            }
            starts
        };
        let factions = starts(&mut state.faction_vars.iter().map(Vec::len), 0);
        let regions = starts(&mut state.region_vars.iter().map(Vec::len), factions.last().copied().unwrap_or(0));
        let routes = regions.last().copied().unwrap_or(0);
        let flags = routes + 5 * state.routes.len();
        let relations = flags + state.flags.len();
        let n = state.faction_count();
        let count = relations + n * n.saturating_sub(1) / 2;
        Positions { factions, regions, routes, flags, relations, factions_count: n, count }
    }

    /// How many slots there are.
    pub(crate) fn count(&self) -> usize {
        self.count
    }

    /// Where `slot` comes; `None` for a slot the state does not have.
    pub(crate) fn of_slot(&self, slot: Slot) -> Option<usize> {
        let within = |starts: &[usize], i: usize, v: usize| {
            let (start, end) = (*starts.get(i)?, *starts.get(i + 1)?);
            (start + v < end).then_some(start + v)
        };
        let route = |r: usize, offset: usize| {
            (self.routes + 5 * r + offset < self.flags).then_some(self.routes + 5 * r + offset)
        };
        let at = match slot {
            Slot::FactionVar(f, v) => within(&self.factions, f, v)?,
            Slot::RegionVar(r, v) => within(&self.regions, r, v)?,
            Slot::RouteOpen(r) => route(r, 0)?,
            Slot::Route(r, field) => route(
                r,
                match field {
                    RouteField::Capacity => 1,
                    RouteField::Risk => 2,
                    RouteField::Loss => 3,
                    RouteField::Flow => 4,
                },
            )?,
            Slot::Flag(i) => (self.flags + i < self.relations).then_some(self.flags + i)?,
            Slot::Relation(a, b) => {
                let (a, b, n) = (a.min(b), a.max(b), self.factions_count);
                if a == b || b >= n {
                    return None;
                }
                // Pairs (0, 1), (0, 2), …, (1, 2), …: those before row `a`, then `b`'s place in it.
                self.relations + a * n - a * (a + 1) / 2 + (b - a - 1)
            }
        };
        (at < self.count).then_some(at)
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
#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct GameState {
    /// The game's seed.
    pub seed: u64,
    /// Current turn, from 1.
    pub turn: u32,
    /// `[faction][variable]`.
    pub faction_vars: Vec<Vec<i64>>,
    /// `[region][variable]`.
    pub region_vars: Vec<Vec<i64>>,
    /// Per route.
    pub routes: Vec<RouteState>,
    /// Per flag.
    pub flags: Vec<bool>,
    /// `factions²`, symmetric.
    pub relations: Vec<i64>,
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
    #[serde(default)]
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

impl Clone for GameState {
    fn clone(&self) -> Self {
        GameState {
            seed: self.seed,
            turn: self.turn,
            faction_vars: self.faction_vars.clone(),
            region_vars: self.region_vars.clone(),
            routes: self.routes.clone(),
            flags: self.flags.clone(),
            relations: self.relations.clone(),
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
            faction_vars,
            region_vars,
            routes,
            flags,
            relations,
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
        self.faction_vars.clone_from(faction_vars);
        self.region_vars.clone_from(region_vars);
        self.routes.clone_from(routes);
        self.flags.clone_from(flags);
        self.relations.clone_from(relations);
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
        GameState {
            seed,
            turn: 1,
            faction_vars: scn.factions.iter().map(|f| f.initial.clone()).collect(),
            region_vars: scn.regions.iter().map(|r| r.initial.clone()).collect(),
            routes: scn
                .routes
                .iter()
                .map(|r| RouteState { open: r.open, capacity: r.capacity, risk: r.risk, loss: r.loss, flow: 0 })
                .collect(),
            flags: scn.flags.iter().map(|f| f.value).collect(),
            relations: if scn.relations.len() == n * n { scn.relations.clone() } else { vec![0; n * n] },
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

    /// Number of factions (from the relation matrix).
    pub fn faction_count(&self) -> usize {
        self.faction_vars.len()
    }

    /// Reads any slot.
    pub fn get(&self, slot: Slot) -> i64 {
        match slot {
            Slot::FactionVar(f, v) => self.faction_var(f, v),
            Slot::RegionVar(r, v) => self.region_var(r, v),
            Slot::Route(r, field) => self.route_num(r, field),
            Slot::RouteOpen(r) => i64::from(self.route_open(r)),
            Slot::Flag(f) => i64::from(self.flag(f)),
            Slot::Relation(a, b) => self.relation(a, b),
        }
    }

    /// Writes a slot, clamped to its declared range. Returns the value stored.
    pub fn set(&mut self, scn: &Scenario, slot: Slot, value: i64) -> i64 {
        let clamped = clamp_slot(scn, slot, value);
        self.store(slot, clamped);
        clamped
    }

    /// Writes a value already within the slot's range ([`clamp_slot`]).
    pub(crate) fn store(&mut self, slot: Slot, value: i64) {
        let n = self.faction_count();
        match slot {
            Slot::FactionVar(f, v) => {
                if let Some(x) = self.faction_vars.get_mut(f).and_then(|vars| vars.get_mut(v)) {
                    *x = value;
                }
            }
            Slot::RegionVar(r, v) => {
                if let Some(x) = self.region_vars.get_mut(r).and_then(|vars| vars.get_mut(v)) {
                    *x = value;
                }
            }
            Slot::Route(r, field) => {
                if let Some(route) = self.routes.get_mut(r) {
                    match field {
                        RouteField::Capacity => route.capacity = value,
                        RouteField::Risk => route.risk = value,
                        RouteField::Loss => route.loss = value,
                        RouteField::Flow => route.flow = value,
                    }
                }
            }
            Slot::RouteOpen(r) => {
                if let Some(route) = self.routes.get_mut(r) {
                    route.open = value != 0;
                }
            }
            Slot::Flag(f) => {
                if let Some(x) = self.flags.get_mut(f) {
                    *x = value != 0;
                }
            }
            Slot::Relation(a, b) => {
                if a != b && a < n && b < n {
                    for i in [a * n + b, b * n + a] {
                        if let Some(x) = self.relations.get_mut(i) {
                            *x = value;
                        }
                    }
                }
            }
        }
    }

    /// Calls `f` with every slot of the state and its value, in a fixed
    /// order: faction variables, region variables, routes (open, capacity,
    /// risk, loss, flow), flags, then each pair of factions' relation.
    pub fn each_slot(&self, mut f: impl FnMut(Slot, i64)) {
        self.rows(|row, slot| row.iter().enumerate().for_each(|(i, &x)| f(slot(i), x)));
    }

    /// Calls `row` with the values of [`GameState::each_slot`] a row at a
    /// time (a faction's or region's variables, a route's values, a flag, a
    /// faction's relations with those after it), and what names the slot
    /// at a position of the row.
    fn rows(&self, mut row: impl FnMut(&[i64], &dyn Fn(usize) -> Slot)) {
        for (f, vars) in self.faction_vars.iter().enumerate() {
            row(vars, &|v| Slot::FactionVar(f, v));
        }
        for (r, vars) in self.region_vars.iter().enumerate() {
            row(vars, &|v| Slot::RegionVar(r, v));
        }
        for (r, route) in self.routes.iter().enumerate() {
            row(&route_row(route), &|i| ROUTE_ROW[i](r));
        }
        for (i, &flag) in self.flags.iter().enumerate() {
            row(&[i64::from(flag)], &|_| Slot::Flag(i));
        }
        for a in 0..self.faction_count() {
            row(self.relation_row(a), &|i| Slot::Relation(a, a + 1 + i));
        }
    }

    /// The value of every slot, in the order of [`GameState::each_slot`]:
    /// what a turn compares its end with.
    pub fn values(&self) -> Values {
        let n = self.faction_count();
        let vars = |v: &[Vec<i64>]| v.iter().map(Vec::len).sum::<usize>();
        let count = vars(&self.faction_vars) + vars(&self.region_vars) + 5 * self.routes.len() + self.flags.len();
        let mut values = Vec::with_capacity(count + n * n.saturating_sub(1) / 2);
        self.rows(|row, _| values.extend_from_slice(row));
        Values(values)
    }

    /// Faction `a`'s relations with those after it (`b > a`), the order
    /// [`GameState::each_slot`] gives relations in.
    fn relation_row(&self, a: usize) -> &[i64] {
        let n = self.faction_count();
        self.relations.get(a * n + a + 1..(a + 1) * n).unwrap_or_default()
    }

    /// Lists, in [`GameState::each_slot`]'s order, the positions where the
    /// value differs from `before` (taken from this game).
    pub(crate) fn mark_changes(&self, before: &Values, changed: &mut Vec<usize>) {
        changed.clear();
        let mut at = 0;
        self.rows(|row, _| {
            let earlier = before.0.get(at..).unwrap_or_default();
            changed
                .extend(earlier.iter().zip(row).enumerate().filter(|(_, (was, now))| was != now).map(|(i, _)| at + i));
            at += row.len();
        });
    }

    /// What changed since `before` was taken from this state, in slot order.
    /// (A turn never adds or removes slots; were the shapes to differ,
    /// values would be paired by position.)
    pub fn changes_since(&self, before: &Values) -> Vec<Change> {
        // A turn changes a good part of the values: room for half at once.
        let mut out = Vec::with_capacity(before.0.len() / 2);
        let mut earlier: &[i64] = &before.0;
        self.rows(|row, slot| {
            let (was, rest) = earlier.split_at(row.len().min(earlier.len()));
            for (i, (&before, &after)) in was.iter().zip(row).enumerate() {
                if before != after {
                    out.push(Change { slot: slot(i), before, after });
                }
            }
            earlier = rest;
        });
        out
    }

    /// What changed between `before` and this state (same scenario), in the order of [`GameState::each_slot`].
    pub fn diff(&self, before: &GameState) -> Vec<Change> {
        if self.same_shape(before) {
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

    /// Whether both states have the same slots ([`GameState::each_slot`]).
    fn same_shape(&self, other: &GameState) -> bool {
        self.faction_vars.len() == other.faction_vars.len()
            && self.faction_vars.iter().zip(&other.faction_vars).all(|(a, b)| a.len() == b.len())
            && self.region_vars.len() == other.region_vars.len()
            && self.region_vars.iter().zip(&other.region_vars).all(|(a, b)| a.len() == b.len())
            && self.routes.len() == other.routes.len()
            && self.flags.len() == other.flags.len()
    }

    /// Rolls the dice against a chance expression evaluated on this state.
    pub fn roll(&mut self, chance: &Compiled, b: Bindings) -> Roll {
        let percent = chance.program.num(self, b);
        dice::roll(&mut self.rng, percent)
    }

    /// Whether the game is over.
    pub fn is_over(&self) -> bool {
        self.ended.is_some()
    }
}

/// `value` clamped to the range `slot` may hold: declared variable ranges,
/// relations −100..100, route risk and loss 0..100, capacity at least 0.
pub fn clamp_slot(scn: &Scenario, slot: Slot, value: i64) -> i64 {
    match slot {
        Slot::FactionVar(_, v) => scn.faction_vars.get(v).map_or(value, |d| value.clamp(d.min, d.max)),
        Slot::RegionVar(_, v) => scn.region_vars.get(v).map_or(value, |d| value.clamp(d.min, d.max)),
        Slot::Route(_, RouteField::Capacity | RouteField::Flow) => value.max(0),
        Slot::Route(_, RouteField::Risk | RouteField::Loss) => value.clamp(0, 100),
        Slot::RouteOpen(_) | Slot::Flag(_) => i64::from(value != 0),
        Slot::Relation(..) => value.clamp(-100, 100),
    }
}

impl Env for GameState {
    fn turn(&self) -> i64 {
        i64::from(self.turn)
    }

    fn faction_var(&self, faction: usize, var: usize) -> i64 {
        self.faction_vars.get(faction).and_then(|v| v.get(var)).copied().unwrap_or(0)
    }

    fn region_var(&self, region: usize, var: usize) -> i64 {
        self.region_vars.get(region).and_then(|v| v.get(var)).copied().unwrap_or(0)
    }

    fn route_num(&self, route: usize, field: RouteField) -> i64 {
        self.routes.get(route).map_or(0, |r| match field {
            RouteField::Capacity => r.capacity,
            RouteField::Risk => r.risk,
            RouteField::Loss => r.loss,
            RouteField::Flow => r.flow,
        })
    }

    fn route_open(&self, route: usize) -> bool {
        self.routes.get(route).is_some_and(|r| r.open)
    }

    fn flag(&self, flag: usize) -> bool {
        self.flags.get(flag).copied().unwrap_or(false)
    }

    fn relation(&self, a: usize, b: usize) -> i64 {
        let n = self.faction_count();
        if a >= n || b >= n || a == b {
            return 0;
        }
        self.relations.get(a * n + b).copied().unwrap_or(0)
    }

    fn controller(&self, region: usize) -> Option<usize> {
        self.controllers.get(region).copied().flatten()
    }

    fn active(&self, action: usize, target: Option<usize>) -> bool {
        self.scheduled.iter().any(|s| {
            s.action == action
                && matches!(s.kind, ScheduledKind::Lasting { .. })
                && target.is_none_or(|t| s.target == Some(t))
        })
    }
}
