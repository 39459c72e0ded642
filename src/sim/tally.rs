//! The streaming accumulator of a batch: each game folded into integer
//! counts, merged by addition, and checked when read from a file.

use serde::{Deserialize, Serialize};

use super::counts::{Counts, coarse};
use super::game::GameRecord;
use super::layout::{Labels, Layout};
use crate::engine::report::Slot;
use crate::i18n::Lang;
use crate::scenario::expr::RouteField;
use crate::tr;

/// One faction's results, summed over games.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactionTally {
    /// Final totals.
    pub score: Counts<i64>,
    /// `wins[k - 1]`: games it won in a `k`-way tie (`k = 1`: alone).
    pub wins: Vec<u64>,
    /// Games it ended with its goals missed, partly met, met.
    pub verdicts: [u64; 3],
    /// Final score of each of its objectives ([`Labels::objectives`]).
    pub objectives: Vec<Counts<i64>>,
}

/// An action's use, summed over games.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ActionTally {
    pub chosen: u64,
    pub succeeded: u64,
    /// Turns in which the faction chose it.
    pub turns: u64,
    /// Games in which the faction chose it at least once.
    pub games: u64,
    /// Of those games, the ones the faction won, by the size of the tie
    /// (`1`: alone): key `k`, count of games.
    pub wins: Counts<u32>,
}

/// An event's firings, summed over games.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct EventTally {
    pub fired: u64,
    /// Games in which it fired at least once.
    pub games: u64,
    /// Turn of every firing: key turn, count of firings.
    pub turns: Counts<u32>,
}

/// A route's state at game end, summed over games.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct RouteTally {
    /// Games it ended open.
    pub open: u64,
    /// Capacity at the end (from 1,000 on, to three significant digits).
    pub capacity: Counts<i64>,
    /// Interdiction risk at the end, percent.
    pub risk: Counts<i64>,
}

/// The streaming accumulator of a batch: integer counts and sums only, so
/// [`Tally::merge`] is associative and commutative and the summary of a batch
/// is the same bit for bit whatever threads, shards or machines played it.
/// Its size depends on the scenario, never on the number of games.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub games: u64,
    /// Sum of turns played.
    pub turns: u64,
    /// Per playable faction.
    pub factions: Vec<FactionTally>,
    /// Games that lasted three turns, by `(leaders after turn 3 who won,
    /// winners, leaders after turn 3)`.
    pub leader_3: Counts<(u32, u32, u32)>,
    /// Values at game end, per variable of [`Labels::variables`].
    pub variables: Vec<Counts<i64>>,
    /// Games whose shared outcome was held, strained, lost.
    pub shared: [u64; 3],
    /// Points by which the winner led the runner-up with the same verdict.
    pub leads: Counts<i64>,
    pub actions: Vec<ActionTally>,
    pub events: Vec<EventTally>,
    /// Proposals by `(action of [`Labels::actions`], faction asked in
    /// [`Labels::everyone`], answer)`: `true` accepted, `false` declined,
    /// `null` unanswered when the game stopped.
    pub proposals: Counts<(u32, u32, Option<bool>)>,
    /// Games each flag ([`Labels::flags`]) ended set.
    pub flags: Vec<u64>,
    /// Relations at game end ([`Labels::relations`]).
    pub relations: Vec<Counts<i64>>,
    /// Routes at game end ([`Labels::routes`]).
    pub routes: Vec<RouteTally>,
}

impl Tally {
    /// The tally of no games.
    pub fn new(layout: &Layout) -> Self {
        let labels = &layout.labels;
        let n = layout.factions.len();
        let faction = |objectives: &Vec<super::ObjectiveLabel>| FactionTally {
            score: Counts::new(),
            wins: vec![0; n],
            verdicts: [0; 3],
            objectives: vec![Counts::new(); objectives.len()],
        };
        Tally {
            games: 0,
            turns: 0,
            factions: labels.objectives.iter().map(faction).collect(),
            leader_3: Counts::new(),
            variables: vec![Counts::new(); layout.slots.len()],
            shared: [0; 3],
            leads: Counts::new(),
            actions: vec![ActionTally::default(); layout.actions.len()],
            events: vec![EventTally::default(); labels.events.len()],
            proposals: Counts::new(),
            flags: vec![0; labels.flags.len()],
            relations: vec![Counts::new(); layout.relations.len()],
            routes: vec![RouteTally::default(); labels.routes.len()],
        }
    }

    /// Folds one game in.
    pub fn add(&mut self, layout: &Layout, g: &GameRecord) {
        self.games += 1;
        self.turns += u64::from(g.turns);
        let tie = g.winners.len();
        for (tally, &f) in self.factions.iter_mut().zip(&layout.factions) {
            if let Some(&(_, total)) = g.totals.iter().find(|t| t.0 == f) {
                tally.score.add(total);
            }
            if g.winners.contains(&f)
                && let Some(w) = tally.wins.get_mut(tie - 1)
            {
                *w += 1;
            }
            if let Some(&(_, v)) = g.verdicts.iter().find(|t| t.0 == f) {
                tally.verdicts[v as usize] += 1;
            }
            if let Some((_, scores)) = g.objectives.iter().find(|o| o.0 == f) {
                for (counts, &score) in tally.objectives.iter_mut().zip(scores) {
                    counts.add(score);
                }
            }
        }
        if let Some(s) = g.shared {
            self.shared[s as usize] += 1;
        }
        if let Some(lead) = g.lead {
            self.leads.add(lead);
        }
        if let Some(leaders) = &g.leaders_at_3 {
            let won = leaders.iter().filter(|f| g.winners.contains(f)).count();
            self.leader_3.add((won as u32, tie as u32, leaders.len() as u32));
        }
        for (counts, &slot) in self.variables.iter_mut().zip(&layout.slots) {
            counts.add(g.state.get(slot));
        }
        for &(f, a, ok) in &g.orders {
            if let Some(t) = layout.action(f, a).and_then(|i| self.actions.get_mut(i)) {
                t.chosen += 1;
                t.succeeded += u64::from(ok);
            }
        }
        let mut used: Vec<usize> = Vec::new();
        for &(f, a) in &g.turn_choices {
            if let Some(i) = layout.action(f, a)
                && let Some(t) = self.actions.get_mut(i)
            {
                t.turns += 1;
                used.push(i);
            }
        }
        used.sort_unstable();
        used.dedup();
        for i in used {
            let won = layout.actions.get(i).is_some_and(|(f, _)| g.winners.contains(f));
            if let Some(t) = self.actions.get_mut(i) {
                t.games += 1;
                if won {
                    t.wins.add(tie as u32);
                }
            }
        }
        for p in &g.proposals {
            if let Some(i) = layout.action(p.faction, p.action) {
                self.proposals.add((i as u32, p.target as u32, p.accepted));
            }
        }
        let mut fired: Vec<usize> = Vec::with_capacity(g.events.len());
        for &(e, turn) in &g.events {
            if let Some(t) = self.events.get_mut(e) {
                t.fired += 1;
                t.turns.add(turn);
                fired.push(e);
            }
        }
        fired.sort_unstable();
        fired.dedup();
        for e in fired {
            if let Some(t) = self.events.get_mut(e) {
                t.games += 1;
            }
        }
        for (i, count) in self.flags.iter_mut().enumerate() {
            *count += u64::from(g.state.get(Slot::Flag(i)) != 0);
        }
        for (counts, &slot) in self.relations.iter_mut().zip(&layout.relations) {
            counts.add(g.state.get(slot));
        }
        for (r, t) in self.routes.iter_mut().enumerate() {
            t.open += u64::from(g.state.get(Slot::RouteOpen(r)) != 0);
            t.capacity.add(coarse(g.state.get(Slot::Route(r, RouteField::Capacity))));
            t.risk.add(g.state.get(Slot::Route(r, RouteField::Risk)));
        }
    }

    /// Adds `other` (a tally of the same layout) to this one.
    pub fn merge(&mut self, other: &Tally) {
        let add = |x: &mut u64, y: u64| *x = x.saturating_add(y);
        add(&mut self.games, other.games);
        add(&mut self.turns, other.turns);
        for (a, b) in self.factions.iter_mut().zip(&other.factions) {
            a.score.merge(&b.score);
            for (x, y) in a.wins.iter_mut().zip(&b.wins) {
                add(x, *y);
            }
            for (x, y) in a.verdicts.iter_mut().zip(&b.verdicts) {
                add(x, *y);
            }
            for (x, y) in a.objectives.iter_mut().zip(&b.objectives) {
                x.merge(y);
            }
        }
        for (x, y) in self.shared.iter_mut().zip(&other.shared) {
            add(x, *y);
        }
        self.leads.merge(&other.leads);
        self.leader_3.merge(&other.leader_3);
        for (a, b) in self.variables.iter_mut().zip(&other.variables) {
            a.merge(b);
        }
        for (a, b) in self.actions.iter_mut().zip(&other.actions) {
            add(&mut a.chosen, b.chosen);
            add(&mut a.succeeded, b.succeeded);
            add(&mut a.turns, b.turns);
            add(&mut a.games, b.games);
            a.wins.merge(&b.wins);
        }
        for (a, b) in self.events.iter_mut().zip(&other.events) {
            add(&mut a.fired, b.fired);
            add(&mut a.games, b.games);
            a.turns.merge(&b.turns);
        }
        self.proposals.merge(&other.proposals);
        for (x, y) in self.flags.iter_mut().zip(&other.flags) {
            add(x, *y);
        }
        for (a, b) in self.relations.iter_mut().zip(&other.relations) {
            a.merge(b);
        }
        for (a, b) in self.routes.iter_mut().zip(&other.routes) {
            add(&mut a.open, b.open);
            a.capacity.merge(&b.capacity);
            a.risk.merge(&b.risk);
        }
    }

    /// Why this tally (read from a file) cannot be a tally of `labels`' scenario
    /// over `games` games, if it cannot, in `lang`.
    pub fn check(&self, labels: &Labels, games: u64, lang: Lang) -> Result<(), String> {
        let n = labels.factions.len();
        if self.games != games {
            return Err(tr!(lang, "simulate-tally-games", counted = self.games, games = games));
        }
        if self.factions.len() != n
            || self.factions.iter().any(|f| f.wins.len() != n)
            || self.variables.len() != labels.variables.len()
            || self.actions.len() != labels.actions.len()
            || self.events.len() != labels.events.len()
            || labels.objectives.len() != n
            || self.factions.iter().zip(&labels.objectives).any(|(f, o)| f.objectives.len() != o.len())
            || self.flags.len() != labels.flags.len()
            || self.relations.len() != labels.relations.len()
            || self.routes.len() != labels.routes.len()
        {
            return Err(tr!(lang, "simulate-tally-shape"));
        }
        let whole = |c: &Counts<i64>| c.total() == games;
        let objectives = self.factions.iter().flat_map(|f| &f.objectives);
        if !self.factions.iter().all(|f| whole(&f.score))
            || !self.variables.iter().all(whole)
            || !objectives.clone().all(whole)
            || !self.relations.iter().all(whole)
            || !self.routes.iter().all(|r| whole(&r.capacity) && whole(&r.risk))
        {
            return Err(tr!(lang, "simulate-tally-totals"));
        }
        let within = |c: &Counts<i64>, lo: i64, hi: i64| c.iter().all(|(&v, _)| (lo..=hi).contains(&v));
        if !objectives.clone().all(|c| within(c, 0, 100))
            || !self.relations.iter().all(|c| within(c, -100, 100))
            || !self.routes.iter().all(|r| within(&r.risk, 0, 100) && within(&r.capacity, 0, i64::MAX))
            || self.routes.iter().any(|r| r.open > games)
            || self.flags.iter().any(|&f| f > games)
        {
            return Err(tr!(lang, "simulate-tally-ends"));
        }
        let at_most =
            |counts: &[u64; 3]| counts.iter().try_fold(0u64, |a, &c| a.checked_add(c)).is_some_and(|t| t <= games);
        if !self.factions.iter().all(|f| at_most(&f.verdicts)) || !at_most(&self.shared) || self.leads.total() > games {
            return Err(tr!(lang, "simulate-tally-verdicts"));
        }
        if self.leader_3.total() > games
            || self.leader_3.iter().any(|(&(won, w, l), _)| won > w.min(l) || w as usize > n || l as usize > n)
        {
            return Err(tr!(lang, "simulate-tally-leader"));
        }
        if self.actions.iter().any(|a| a.succeeded > a.chosen)
            || self.events.iter().any(|e| e.games > games || e.games > e.fired || e.turns.total() != e.fired)
            || self.events.iter().any(|e| e.turns.iter().any(|(&t, _)| t == 0))
        {
            return Err(tr!(lang, "simulate-tally-actions-events"));
        }
        self.check_action_wins(labels, games, lang)?;
        let proposal_ok = |&(a, t, _): &(u32, u32, Option<bool>)| {
            (a as usize) < labels.actions.len() && (t as usize) < labels.everyone.len()
        };
        if !self.proposals.iter().all(|(key, _)| proposal_ok(key)) {
            return Err(tr!(lang, "simulate-tally-proposals"));
        }
        Ok(())
    }

    /// Why the wins counted in games where an action was used cannot be, if they cannot:
    /// more than the faction's wins, or in games that were not counted.
    fn check_action_wins(&self, labels: &Labels, games: u64, lang: Lang) -> Result<(), String> {
        for ((faction, _), a) in labels.actions.iter().zip(&self.actions) {
            let f = labels.factions.iter().position(|(id, _)| id == faction);
            let Some(tally) = f.and_then(|f| self.factions.get(f)) else {
                return Err(tr!(lang, "simulate-tally-action-faction", faction = faction.as_str()));
            };
            let impossible = a.games > games
                || a.wins.total() > a.games
                || a.wins.iter().any(|(&k, w)| k == 0 || tally.wins.get(k as usize - 1).is_none_or(|&all| w > all));
            if impossible {
                return Err(tr!(lang, "simulate-tally-action-wins"));
            }
        }
        Ok(())
    }
}
