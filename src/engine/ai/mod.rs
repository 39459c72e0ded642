//! Computer players. They see what a human would (the state and previews),
//! produce the same [`FactionOrders`] a team would, and draw their own dice
//! from a separate stream so an AI seat never shifts the game's rolls.

mod greedy;
mod lookahead;
mod random;

use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use crate::engine::check::{Committed, open_at, open_to, targets};
use crate::engine::dice;
use crate::engine::orders::FactionOrders;
use crate::engine::state::GameState;
use crate::scenario::Scenario;
use crate::scenario::expr::Bindings;
use lookahead::Lookahead;

/// An order by indices: an action and its target.
type OrderAt = (usize, Option<usize>);

/// Stream label for AI decisions (see [`dice::stream`]).
const AI_STREAM: u64 = 0xA1;

/// The kinds of computer player.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AiKind {
    /// Uniformly random legal orders and answers.
    Random,
    /// Looks one turn ahead and picks what raises its own score most.
    Greedy,
}

impl AiKind {
    /// Lower-case name, as on the command line.
    pub fn name(self) -> &'static str {
        match self {
            AiKind::Random => "random",
            AiKind::Greedy => "greedy",
        }
    }
}

/// Decides one faction's orders and answers for the current turn.
pub fn decide(scn: &Scenario, state: &GameState, faction: usize, kind: AiKind) -> FactionOrders {
    Players::new(scn).decide(state, faction, kind)
}

/// The computer players of one game, with what they keep from one decision
/// to the next: the orders each faction could ever give, and the list of
/// those it can give now. They decide as [`decide`] does, only faster.
pub struct Players<'a> {
    scn: &'a Scenario,
    /// Per faction, once asked: [`possible_orders`].
    possible: Vec<Option<Vec<OrderAt>>>,
    /// The legal orders of the decision in progress.
    legal: Vec<OrderAt>,
}

impl<'a> Players<'a> {
    /// Players for games of `scn`.
    pub fn new(scn: &'a Scenario) -> Self {
        Players { scn, possible: vec![None; scn.factions.len()], legal: Vec::new() }
    }

    /// Decides one faction's orders and answers for the current turn.
    pub fn decide(&mut self, state: &GameState, faction: usize, kind: AiKind) -> FactionOrders {
        self.decide_all(state, &[(faction, kind)]).pop().unwrap_or_default()
    }

    /// Decides the orders and answers of several factions on one state, in
    /// order: the same as deciding each alone, with the greedy players'
    /// rehearsal of the turn's dynamics done once for them all.
    pub fn decide_all(&mut self, state: &GameState, seats: &[(usize, AiKind)]) -> Vec<FactionOrders> {
        let scn = self.scn;
        let mut ahead = None;
        let mut out = Vec::with_capacity(seats.len());
        for &(faction, kind) in seats {
            let mut rng = dice::stream(state.seed, AI_STREAM, u64::from(state.turn), faction as u64);
            let mut legal = std::mem::take(&mut self.legal);
            legal_orders(scn, state, faction, self.possible_orders(state, faction), &mut legal);
            out.push(match kind {
                AiKind::Random => random::decide(scn, state, faction, &mut rng, &mut legal),
                AiKind::Greedy => {
                    let ahead = ahead.get_or_insert_with(|| Lookahead::new(scn, state));
                    greedy::decide(scn, state, faction, &mut rng, &legal, ahead)
                }
            });
            self.legal = legal;
        }
        out
    }

    /// [`possible_orders`] of a faction, worked out the first time.
    fn possible_orders(&mut self, state: &GameState, faction: usize) -> &[OrderAt] {
        let scn = self.scn;
        match self.possible.get_mut(faction) {
            Some(slot) => slot.get_or_insert_with(|| possible_orders(scn, state, faction)),
            None => &[],
        }
    }
}

/// Every (action, target) the faction could ever order: those that pass
/// the checks that are the same all game (the faction plays and has the
/// action, the target is not itself, the requirements that read nothing
/// but who `self` and `target` are), in scenario order.
/// (`state` is any state of the game: those requirements do not read it.)
fn possible_orders(scn: &Scenario, state: &GameState, faction: usize) -> Vec<OrderAt> {
    if !scn.factions.get(faction).is_some_and(|me| me.playable) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (a, def) in scn.actions.iter().enumerate().filter(|(_, def)| def.factions.contains(&faction)) {
        for target in targets(scn, faction, def) {
            let b = Bindings::of(Some(faction), target);
            let mut fixed = def.requires.iter().filter(|r| !r.cond.program.reads_game());
            if fixed.all(|r| r.cond.program.truth(state, b)) {
                out.push((a, target));
            }
        }
    }
    out
}

/// The orders among `possible` (see [`possible_orders`]) the faction can
/// give now, given what it has committed: every legal order, in scenario order.
fn legal_orders(scn: &Scenario, state: &GameState, faction: usize, possible: &[OrderAt], out: &mut Vec<OrderAt>) {
    out.clear();
    let committed = Committed::default();
    for same in possible.chunk_by(|x, y| x.0 == y.0) {
        let Some(&(a, _)) = same.first() else { continue };
        if !open_to(scn, state, faction, a, &committed) {
            continue;
        }
        out.extend(same.iter().filter(|&&order| open_at(scn, state, faction, order, &committed)));
    }
}

/// Uniform pick from a slice.
fn pick<'a, T>(rng: &mut ChaCha8Rng, items: &'a [T]) -> Option<&'a T> {
    items.get(dice::below(rng, u32::try_from(items.len()).unwrap_or(u32::MAX)) as usize)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::engine::check::can_order;
    use crate::engine::testing::{midgame, scenarios};

    proptest! {
        #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

        /// The legal orders are every order that can be given, whatever
        /// was found out about the game on earlier turns.
        #[test]
        fn legal_orders_are_every_order_that_can_be_given(which in 0usize..4, seed in any::<u64>(), turns in 0u32..10) {
            let scenarios = scenarios();
            let scn = &scenarios[which];
            let (early, state) = (midgame(scn, seed, turns / 2), midgame(scn, seed, turns));
            let mut players = Players::new(scn);
            let none = Committed::default();
            for f in 0..scn.factions.len() {
                // Worked out on an earlier state, then used on this one.
                players.possible_orders(&early, f);
                let mut legal = Vec::new();
                legal_orders(scn, &state, f, players.possible_orders(&state, f), &mut legal);
                let mut every = Vec::new();
                for (a, def) in scn.actions.iter().enumerate() {
                    every.extend(targets(scn, f, def).filter(|&t| can_order(scn, &state, f, a, t, &none)).map(|t| (a, t)));
                }
                prop_assert_eq!(legal, every);
            }
        }

        /// Deciding for every seat at once is deciding for each alone.
        #[test]
        fn deciding_together_is_deciding_alone(which in 0usize..4, seed in any::<u64>(), turns in 0u32..8, greedy in any::<u8>()) {
            let scenarios = scenarios();
            let scn = &scenarios[which];
            let state = midgame(scn, seed, turns);
            let kind = |f: usize| if greedy >> (f % 8) & 1 == 1 { AiKind::Greedy } else { AiKind::Random };
            let seats: Vec<(usize, AiKind)> = (0..scn.factions.len()).map(|f| (f, kind(f))).collect();
            let together = Players::new(scn).decide_all(&state, &seats);
            let alone: Vec<FactionOrders> = seats.iter().map(|&(f, kind)| decide(scn, &state, f, kind)).collect();
            prop_assert_eq!(together, alone);
        }
    }
}
