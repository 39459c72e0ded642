//! One turn of dynamics ahead of a state, many times over: the greedy
//! player weighs every order it could give by applying the order's effects
//! to a copy of the state and running the turn's dynamics on the copy.
//!
//! Most orders change a few values, and most routes and rules never read
//! them. So the dynamics run once on the state as it is — the rehearsal —
//! remembering, for each route's flow and for each rule under each
//! binding, what it may read and where it writes, and what it left there.
//! A later look runs only the flows and rules that may read a value that
//! differs from the rehearsal's at that point (or that need dice the
//! rehearsal did not leave in the same place); for the others it notes
//! what the rehearsal left, and writes it in only where something will
//! read it: a flow or rule that runs, or the caller. A rule whose work
//! cannot reach what the caller reads is not looked at. Those values are the
//! ones running the dynamics in full gives (a property test holds it to that).

use std::ops::Range;

use rand_chacha::ChaCha8Rng;

use crate::engine::bound::{Bound, BoundRule};
use crate::engine::dynamics::{flow_reach, run_flow_unlogged, run_lasting_unlogged};
use crate::engine::effects::{apply_each, slot_of};
use crate::engine::report::Slot;
use crate::engine::state::{GameState, ScheduledKind, Shape, Values};
use crate::scenario::Scenario;
use crate::scenario::expr::{AssignOp, Bindings, EffectStmt, Read};

/// A state, and copies of it one turn of dynamics ahead.
pub(super) struct Lookahead<'a> {
    scn: &'a Scenario,
    /// The state looked ahead from, less its start-of-turn log (dynamics never read it).
    base: GameState,
    rehearsal: Rehearsal<'a>,
    /// `base` after the lasting effects of the turn.
    opened: GameState,
    /// Overwritten with `base` (or `opened`) before each look.
    scratch: GameState,
    /// Where the look's values differ from the rehearsal's at this point.
    differs: Differences,
    /// Per slot position: the rehearsal's write ([`Notes::writes`]) the look's value has not taken yet.
    behind: Vec<Option<usize>>,
    /// The positions of the slots the caller reads after a look.
    wanted: Vec<usize>,
    /// Per rule unit: whether what it writes can reach a wanted slot
    /// (directly, or through rules after it); the others need not run.
    needed: Vec<bool>,
    /// Where each slot comes in the state's values.
    positions: Shape,
}

/// The dynamics' work on the state as it is, unit by unit.
struct Rehearsal<'a> {
    /// Every value after the lasting effects, when the flows began.
    opening: Values,
    /// Each route's flow, in order.
    flows: Vec<Flow>,
    /// Each rule under each binding, in the order they run.
    rules: Vec<(&'a BoundRule, Unit)>,
    /// What the units read and wrote.
    notes: Notes,
    /// The units that read each slot position.
    readers: Readers,
    /// Where the lasting effects may read and write.
    lasting: Lasting,
}

/// The positions the turn's lasting effects may read or write (every
/// effect of every lasting action in effect, and what their held effects
/// will give back), and those they may write.
#[derive(Default)]
struct Lasting {
    reach: Vec<bool>,
    writes: Vec<bool>,
}

impl Lasting {
    fn of(scn: &Scenario, state: &GameState, positions: &Shape) -> Lasting {
        let count = positions.count();
        let mut lasting = Lasting { reach: vec![false; count], writes: vec![false; count] };
        let mut mark = |slot: Option<Slot>, write: bool| {
            if let Some(at) = slot.and_then(|slot| positions.of_slot(slot)) {
                if let Some(r) = lasting.reach.get_mut(at) {
                    *r = true;
                }
                if let (true, Some(w)) = (write, lasting.writes.get_mut(at)) {
                    *w = true;
                }
            }
        };
        for item in state.scheduled.iter().filter(|i| matches!(i.kind, ScheduledKind::Lasting { .. })) {
            for c in item.held.iter().flatten() {
                mark(Some(c.slot), true);
            }
            let Some(def) = scn.actions.get(item.action) else { continue };
            let b = Bindings::of(Some(item.actor), item.target);
            for stmt in def.hold.iter().chain(&def.ongoing).chain(&def.on_end) {
                stmt.program.reads(b, &mut |r| mark(Slot::read(r), false));
                mark(slot_of(stmt.place, b), true);
            }
        }
        lasting
    }

    /// Whether a change that touches `touch` gives the same state before
    /// the lasting effects as after them: it reads nothing they write,
    /// writes nothing they read or write, and does not ask which lasting
    /// actions are in effect.
    fn commutes_with(&self, touch: &Touch) -> bool {
        let written = |at: usize| self.writes.get(at).copied().unwrap_or(true);
        let reached = |at: usize| self.reach.get(at).copied().unwrap_or(true);
        touch.known && !touch.reads.iter().any(|&at| written(at)) && !touch.writes.iter().any(|&(_, at)| reached(at))
    }
}

/// A change the greedy player weighs: a faction pays a cost, then groups
/// of effects apply in order under the bindings.
pub(super) struct Move<'s> {
    pub faction: usize,
    pub cost: &'s [(usize, i64)],
    pub groups: &'s [&'s [EffectStmt]],
    pub b: Bindings,
}

impl Move<'_> {
    /// Makes the move on `state`.
    fn apply(&self, scn: &Scenario, state: &mut GameState) {
        for &(var, amount) in self.cost {
            let slot = Slot::FactionVar(self.faction, var);
            let v = state.get(slot);
            state.set(scn, slot, v.saturating_sub(amount));
        }
        for stmts in self.groups {
            apply_each(scn, state, stmts, self.b, |_| {});
        }
    }
}

/// What a change to the state may read and write, by position.
struct Touch {
    reads: Vec<usize>,
    /// Each position written, once, with its slot.
    writes: Vec<(Slot, usize)>,
    /// False when it asks which lasting actions are in effect, or reads or
    /// writes a slot with no position.
    known: bool,
}

impl Touch {
    /// A change that may read and write anything.
    #[cfg(test)]
    fn anything() -> Touch {
        Touch { reads: Vec::new(), writes: Vec::new(), known: false }
    }
}

/// For each slot position, the units that may read it (by [`Unit::id`]).
struct Readers {
    /// Where each position's units start in `units` (and, last, where they end).
    starts: Vec<usize>,
    units: Vec<usize>,
}

impl Readers {
    /// The index of [`Notes::reads`] turned around.
    fn of_units(units: &[&Unit], reads: &[usize], count: usize) -> Readers {
        let mut starts = vec![0; count + 1];
        for &at in reads {
            if let Some(n) = starts.get_mut(at + 1) {
                *n += 1;
            }
        }
        let mut total = 0;
        for n in &mut starts {
            total += *n;
            *n = total;
        }
        let mut next = starts.clone();
        let mut list = vec![0; starts.last().copied().unwrap_or(0)];
        for unit in units {
            for &at in reads.get(unit.reads.clone()).unwrap_or_default() {
                if let Some(slot) = next.get_mut(at).and_then(|n| {
                    let i = *n;
                    *n += 1;
                    list.get_mut(i)
                }) {
                    *slot = unit.id;
                }
            }
        }
        Readers { starts, units: list }
    }

    fn of(&self, at: usize) -> &[usize] {
        match (self.starts.get(at), self.starts.get(at + 1)) {
            (Some(&start), Some(&end)) => self.units.get(start..end).unwrap_or_default(),
            _ => &[],
        }
    }
}

/// Per slot position, whether a look's value differs from the rehearsal's
/// at this point; and per unit, how many of the values it reads do.
struct Differences {
    at: Vec<bool>,
    reads: Vec<u32>,
    /// The positions that differ at the start of a look.
    opening: Vec<usize>,
}

impl Differences {
    fn new(positions: usize, units: usize) -> Differences {
        Differences { at: vec![false; positions], reads: vec![0; units], opening: Vec::new() }
    }

    /// Starts afresh from the positions listed in `opening`.
    fn restart(&mut self, readers: &Readers) {
        self.at.fill(false);
        self.reads.fill(0);
        for &at in &self.opening {
            if let Some(d) = self.at.get_mut(at) {
                *d = true;
            }
            for &unit in readers.of(at) {
                if let Some(n) = self.reads.get_mut(unit) {
                    *n += 1;
                }
            }
        }
    }

    /// Marks whether the value at a position differs.
    fn mark(&mut self, at: usize, differ: bool, readers: &Readers) {
        let Some(d) = self.at.get_mut(at) else { return };
        if *d == differ {
            return;
        }
        *d = differ;
        for &unit in readers.of(at) {
            if let Some(n) = self.reads.get_mut(unit) {
                *n = if differ { n.saturating_add(1) } else { n.saturating_sub(1) };
            }
        }
    }

    /// Whether a value the unit may read differs from the rehearsal's.
    fn read_by(&self, unit: &Unit) -> bool {
        self.reads.get(unit.id).is_some_and(|&n| n > 0)
    }
}

/// The slots units may read and write.
#[derive(Default)]
struct Notes {
    /// The position of each slot a unit may read.
    reads: Vec<usize>,
    /// Each slot a unit may write, its position, and its value after the unit.
    writes: Vec<(Slot, usize, i64)>,
    /// Units noted so far.
    units: usize,
}

/// One flow or one rule under one binding, in the rehearsal.
struct Unit {
    /// Its place in the order units run, from 0.
    id: usize,
    /// Where its reads are in [`Notes::reads`].
    reads: Range<usize>,
    /// Where its writes are in [`Notes::writes`] (whether it ran or not).
    writes: Range<usize>,
    /// Whether it ran: a rule's condition held, a flow rolled the dice.
    ran: bool,
}

/// A route's flow in the rehearsal, and the dice after it when it rolled them.
struct Flow {
    route: usize,
    unit: Unit,
    dice: Option<ChaCha8Rng>,
}

impl<'a> Lookahead<'a> {
    /// Looks ahead of `state`; the caller says what it reads after each look with [`Lookahead::want`].
    pub(super) fn new(scn: &'a Scenario, state: &GameState) -> Self {
        let mut base = state.clone();
        base.start_log.clear();
        let positions = base.shape();
        let mut opened = base.clone();
        run_lasting_unlogged(scn, &mut opened);
        let mut scratch = opened.clone();
        let mut rehearsal = Rehearsal::run(scn, &mut scratch, &positions);
        rehearsal.lasting = Lasting::of(scn, &base, &positions);
        let units = rehearsal.flows.len() + rehearsal.rules.len();
        let (differs, behind) = (Differences::new(positions.count(), units), vec![None; positions.count()]);
        let needed = vec![true; rehearsal.rules.len()];
        Lookahead { scn, base, opened, rehearsal, scratch, differs, behind, wanted: Vec::new(), needed, positions }
    }

    /// From now on, the caller reads what `wanted` lists after each look.
    pub(super) fn want(&mut self, wanted: impl IntoIterator<Item = Read>) {
        let positions = &self.positions;
        self.wanted.clear();
        self.wanted.extend(wanted.into_iter().filter_map(|r| positions.of_slot(Slot::read(r)?)));
        self.rehearsal.needed_rules(&self.wanted, positions.count(), &mut self.needed);
    }

    /// The state after `mv` and one turn of dynamics, as [`Lookahead::after`].
    pub(super) fn after_move(&mut self, mv: &Move) -> &GameState {
        let touch = self.touch(mv);
        let scn = self.scn;
        self.after(&touch, |s| mv.apply(scn, s))
    }

    /// What `mv` may read and write.
    fn touch(&self, mv: &Move) -> Touch {
        let mut touch = Touch { reads: Vec::new(), writes: Vec::new(), known: true };
        let positions = &self.positions;
        let read = |touch: &mut Touch, slot: Option<Slot>| match slot.and_then(|slot| positions.of_slot(slot)) {
            Some(at) => touch.reads.push(at),
            None => touch.known &= slot.is_none(),
        };
        let write = |touch: &mut Touch, slot: Slot| match positions.of_slot(slot) {
            Some(at) if !touch.writes.contains(&(slot, at)) => touch.writes.push((slot, at)),
            Some(_) => {}
            None => touch.known = false,
        };
        for &(var, _) in mv.cost {
            let slot = Slot::FactionVar(mv.faction, var);
            read(&mut touch, Some(slot));
            write(&mut touch, slot);
        }
        for stmt in mv.groups.iter().copied().flatten() {
            stmt.program.reads(mv.b, &mut |r| match r {
                Read::Active => touch.known = false,
                _ => read(&mut touch, Slot::read(r)),
            });
            let Some(slot) = slot_of(stmt.place, mv.b) else { continue };
            if stmt.op != AssignOp::Set {
                read(&mut touch, Some(slot));
            }
            write(&mut touch, slot);
        }
        touch
    }

    /// The state after `change` and one turn of dynamics, right in every
    /// slot that was wanted (others may lag behind). A change that
    /// touches (see [`Lookahead::touch`]) nothing the lasting effects
    /// reach is made after them, on the rehearsal's own start, so only
    /// what it writes can differ there.
    fn after(&mut self, touch: &Touch, change: impl FnOnce(&mut GameState)) -> &GameState {
        let (scn, state, rehearsal) = (self.scn, &mut self.scratch, &self.rehearsal);
        let (differs, behind) = (&mut self.differs, &mut self.behind);
        if rehearsal.lasting.commutes_with(touch) {
            state.clone_from(&self.opened);
            change(state);
            differs.opening.clear();
            for &(slot, at) in &touch.writes {
                if rehearsal.opening.at(at) != Some(state.get(slot)) {
                    differs.opening.push(at);
                }
            }
        } else {
            state.clone_from(&self.base);
            change(state);
            run_lasting_unlogged(scn, state);
            state.mark_changes(&rehearsal.opening, &mut differs.opening);
        }
        differs.restart(&rehearsal.readers);
        behind.fill(None);
        // The rehearsal's dice after the last flow not run, until a flow needs them.
        let mut dice: Option<&ChaCha8Rng> = None;
        let mut same_dice = true;
        for flow in &rehearsal.flows {
            let unit = &flow.unit;
            if differs.read_by(unit) || (unit.ran && !same_dice) {
                rehearsal.catch_up(unit, state, behind);
                if let Some(rng) = dice.take() {
                    state.rng.clone_from(rng);
                }
                let rolled = run_flow_unlogged(scn, state, flow.route);
                same_dice &= rolled == unit.ran;
                rehearsal.compare_writes(unit, state, differs);
            } else {
                rehearsal.fall_behind(unit, differs, behind);
                dice = flow.dice.as_ref().or(dice);
            }
        }
        if let Some(rng) = dice {
            state.rng.clone_from(rng);
        }
        for ((rule, unit), _) in rehearsal.rules.iter().zip(&self.needed).filter(|(_, needed)| **needed) {
            if differs.read_by(unit) {
                rehearsal.catch_up(unit, state, behind);
                rule.run(state, |_| {});
                rehearsal.compare_writes(unit, state, differs);
            } else if unit.ran {
                // It reads what the rehearsal read, so it leaves what the rehearsal left.
                rehearsal.fall_behind(unit, differs, behind);
            }
        }
        for &at in &self.wanted {
            rehearsal.write_in(at, state, behind);
        }
        &self.scratch
    }
}

impl<'a> Rehearsal<'a> {
    /// Runs the flows and rules on `state`, which has had its lasting effects.
    fn run(scn: &'a Scenario, state: &mut GameState, positions: &Shape) -> Rehearsal<'a> {
        let opening = state.values();
        let mut notes = Notes::default();
        let mut flows = Vec::with_capacity(scn.routes.len());
        for route in 0..scn.routes.len() {
            let Some((reads, writes)) = flow_reach(scn, route) else { continue };
            let read = notes.reads(positions, |read| reads.into_iter().for_each(|slot| read(Some(slot))));
            let rolled = run_flow_unlogged(scn, state, route);
            let unit = notes.unit(positions, state, read, writes.into_iter(), rolled);
            flows.push(Flow { route, unit, dice: rolled.then(|| state.rng.clone()) });
        }
        let mut rules = Vec::new();
        for bound in Bound::of(scn).rules() {
            let (Some(rule), b) = (scn.rules.get(bound.rule), bound.b) else { continue };
            // Reads that are not slots (the turn, who controls each region,
            // which lasting actions are in effect) are the same in every
            // look: the dynamics after the lasting effects change none of
            // them, and neither do orders' effects.
            let read = notes.reads(positions, |read| {
                if let Some(when) = &rule.when {
                    when.program.reads(b, &mut |r| read(Slot::read(r)));
                }
                for stmt in &rule.effects {
                    stmt.program.reads(b, &mut |r| read(Slot::read(r)));
                    if stmt.op != AssignOp::Set {
                        read(slot_of(stmt.place, b));
                    }
                }
            });
            let ran = bound.run(state, |_| {});
            let writes = rule.effects.iter().filter_map(|s| slot_of(s.place, b));
            let unit = notes.unit(positions, state, read, writes, ran);
            rules.push((bound, unit));
        }
        let units: Vec<&Unit> = flows.iter().map(|f| &f.unit).chain(rules.iter().map(|(_, u)| u)).collect();
        let readers = Readers::of_units(&units, &notes.reads, positions.count());
        Rehearsal { opening, flows, rules, notes, readers, lasting: Lasting::default() }
    }

    /// Marks the rules whose work can reach the `wanted` positions: going
    /// back from the last rule, one is needed when it may write a position
    /// that is wanted or that a needed rule after it may read or write
    /// (a rule whose condition fails leaves the earlier value in place).
    /// Flows always run: they come first, and their dice are shared.
    fn needed_rules(&self, wanted: &[usize], positions: usize, needed: &mut Vec<bool>) {
        let mut reached = vec![false; positions];
        for &at in wanted {
            if let Some(r) = reached.get_mut(at) {
                *r = true;
            }
        }
        needed.clear();
        needed.resize(self.rules.len(), false);
        for ((_, unit), need) in self.rules.iter().zip(needed.iter_mut()).rev() {
            let writes = self.writes_of(unit).iter().map(|&(_, at, _)| at);
            if !writes.clone().any(|at| reached.get(at).copied().unwrap_or(false)) {
                continue;
            }
            *need = true;
            let reads = self.notes.reads.get(unit.reads.clone()).unwrap_or_default().iter().copied();
            for at in reads.chain(writes) {
                if let Some(r) = reached.get_mut(at) {
                    *r = true;
                }
            }
        }
    }

    fn writes_of(&self, unit: &Unit) -> &[(Slot, usize, i64)] {
        self.notes.writes.get(unit.writes.clone()).unwrap_or_default()
    }

    /// After running a unit: which of its slots now differ from the rehearsal's.
    fn compare_writes(&self, unit: &Unit, state: &GameState, differs: &mut Differences) {
        for &(slot, at, after) in self.writes_of(unit) {
            differs.mark(at, state.get(slot) != after, &self.readers);
        }
    }

    /// Instead of running a unit: its slots hold what it left in the
    /// rehearsal, and the look's state takes it when something reads it.
    fn fall_behind(&self, unit: &Unit, differs: &mut Differences, behind: &mut [Option<usize>]) {
        for (i, &(_, at, _)) in self.writes_of(unit).iter().enumerate() {
            differs.mark(at, false, &self.readers);
            if let Some(b) = behind.get_mut(at) {
                *b = Some(unit.writes.start + i);
            }
        }
    }

    /// Before running a unit: the values it may read or write that the look's state has not taken yet.
    fn catch_up(&self, unit: &Unit, state: &mut GameState, behind: &mut [Option<usize>]) {
        let reads = self.notes.reads.get(unit.reads.clone()).unwrap_or_default().iter().copied();
        for at in reads.chain(self.writes_of(unit).iter().map(|&(_, at, _)| at)) {
            self.write_in(at, state, behind);
        }
    }

    /// The value the rehearsal left at a position, if the look's state has not taken it yet.
    fn write_in(&self, at: usize, state: &mut GameState, behind: &mut [Option<usize>]) {
        let Some(b) = behind.get_mut(at) else { return };
        if let Some(&(slot, _, after)) = b.take().and_then(|w| self.notes.writes.get(w)) {
            state.store(slot, after);
        }
    }
}

impl Notes {
    /// Notes the positions of the slots `each` names; returns where they are.
    fn reads(&mut self, positions: &Shape, each: impl FnOnce(&mut dyn FnMut(Option<Slot>))) -> Range<usize> {
        let start = self.reads.len();
        each(&mut |slot| {
            if let Some(at) = slot.and_then(|slot| positions.of_slot(slot)) {
                self.reads.push(at);
            }
        });
        start..self.reads.len()
    }

    /// A unit that has run: notes where it may write, with the values there now.
    fn unit(
        &mut self,
        positions: &Shape,
        state: &GameState,
        reads: Range<usize>,
        slots: impl Iterator<Item = Slot>,
        ran: bool,
    ) -> Unit {
        let start = self.writes.len();
        for slot in slots {
            if let Some(at) = positions.of_slot(slot) {
                self.writes.push((slot, at, state.get(slot)));
            }
        }
        let id = self.units;
        self.units += 1;
        Unit { id, reads, writes: start..self.writes.len(), ran }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use rand_chacha::ChaCha8Rng;
    use rand_chacha::rand_core::SeedableRng;

    use super::*;
    use crate::engine::dice::below;
    use crate::engine::dynamics::run_unlogged;
    use crate::engine::testing::{midgame, scenarios};

    /// What reads a slot.
    fn slot_read(slot: Slot) -> Read {
        match slot {
            Slot::FactionVar(f, v) => Read::FactionVar(f, v),
            Slot::RegionVar(r, v) => Read::RegionVar(r, v),
            Slot::Route(r, field) => Read::RouteNum(r, field),
            Slot::RouteOpen(r) => Read::RouteOpen(r),
            Slot::Flag(f) => Read::Flag(f),
            Slot::Relation(a, b) => Read::Relation(a, b),
        }
    }

    /// Sets a few slots to other values: near what they hold, at the edges of
    /// their range, flags and routes flipped.
    fn perturb(scn: &Scenario, state: &mut GameState, rng: &mut ChaCha8Rng) {
        let mut slots = Vec::new();
        state.each_slot(|slot, value| slots.push((slot, value)));
        for _ in 0..below(rng, 6) {
            let Some(&(slot, value)) = slots.get(below(rng, slots.len() as u32) as usize) else { return };
            let new = match below(rng, 4) {
                0 => value.saturating_add(i64::from(below(rng, 21))).saturating_sub(10),
                1 => i64::MIN,
                2 => i64::MAX,
                _ => i64::from(value == 0),
            };
            state.set(scn, slot, new);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

        /// An order looked at as the greedy player does (paying its cost,
        /// then its effects; made after the lasting effects when it touches
        /// nothing they reach) ends where making it and running the
        /// dynamics in full does.
        #[test]
        fn a_move_ends_where_the_full_dynamics_end(which in 0usize..4, seed in any::<u64>(), turns in 0u32..8) {
            let scenarios = scenarios();
            let scn = &scenarios[which];
            let state = midgame(scn, seed, turns);
            let mut ahead = Lookahead::new(scn, &state);
            let mut every = Vec::new();
            state.each_slot(|slot, _| every.push(slot));
            ahead.want(every.iter().map(|&slot| slot_read(slot)));
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            for _ in 0..8 {
                let Some(def) = scn.actions.get(below(&mut rng, scn.actions.len() as u32) as usize) else { continue };
                let faction = below(&mut rng, scn.factions.len() as u32) as usize;
                let targets = match def.target {
                    crate::scenario::format::TargetKind::Faction => scn.factions.len(),
                    crate::scenario::format::TargetKind::Region => scn.regions.len(),
                    crate::scenario::format::TargetKind::Route => scn.routes.len(),
                    crate::scenario::format::TargetKind::None => 0,
                };
                let target = (targets > 0).then(|| below(&mut rng, targets as u32) as usize);
                let groups: [&[EffectStmt]; 3] = [&def.on_success, &def.hold, &def.ongoing];
                let mv = Move { faction, cost: &def.cost, groups: &groups, b: Bindings::of(Some(faction), target) };
                let mut full = state.clone();
                full.start_log.clear();
                mv.apply(scn, &mut full);
                run_unlogged(scn, &mut full);
                let looked = ahead.after_move(&mv);
                prop_assert!(*looked == full, "{} of game {seed} of scenario {which}, turn {turns}", def.id);
            }
        }

        /// Every look ends in the state that running the dynamics in full gives.
        #[test]
        fn a_look_ends_where_the_full_dynamics_end(which in 0usize..4, seed in any::<u64>(), turns in 0u32..8) {
            let scenarios = scenarios();
            let scn = &scenarios[which];
            let state = midgame(scn, seed, turns);
            let mut every = Vec::new();
            state.each_slot(|slot, _| every.push(slot));
            let mut ahead = Lookahead::new(scn, &state);
            ahead.want(every.iter().map(|&slot| slot_read(slot)));
            // Wanting a few slots only, the others may lag behind.
            let few: Vec<Slot> = every.iter().copied().step_by(3).collect();
            let mut ahead_few = Lookahead::new(scn, &state);
            ahead_few.want(few.iter().map(|&slot| slot_read(slot)));
            // Wanting one slot, most rules need not run at all.
            let one = every.get(below(&mut ChaCha8Rng::seed_from_u64(seed), every.len() as u32) as usize).copied();
            let mut ahead_one = Lookahead::new(scn, &state);
            ahead_one.want(one.into_iter().map(slot_read));
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            for _ in 0..6 {
                let (mut look, mut look_few, mut look_one) = (rng.clone(), rng.clone(), rng.clone());
                let mut full = state.clone();
                full.start_log.clear();
                perturb(scn, &mut full, &mut rng);
                run_unlogged(scn, &mut full);
                let looked = ahead.after(&Touch::anything(), |s| perturb(scn, s, &mut look));
                prop_assert!(*looked == full, "{} turns into game {seed} of scenario {which}", turns);
                let looked = ahead_few.after(&Touch::anything(), |s| perturb(scn, s, &mut look_few));
                for &slot in &few {
                    prop_assert_eq!(looked.get(slot), full.get(slot), "{:?}", slot);
                }
                let looked = ahead_one.after(&Touch::anything(), |s| perturb(scn, s, &mut look_one));
                if let Some(slot) = one {
                    prop_assert_eq!(looked.get(slot), full.get(slot), "{:?}", slot);
                }
            }
        }
    }
}
