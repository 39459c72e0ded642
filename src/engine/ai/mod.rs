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
    let mut rng = dice::stream(state.seed, AI_STREAM, u64::from(state.turn), faction as u64);
    match kind {
        AiKind::Random => random::decide(scn, state, faction, &mut rng),
        AiKind::Greedy => greedy::decide(scn, state, faction, &mut rng),
    }
}

/// Every (action, target) the faction could order now, given what it has committed.
fn legal_orders(
    scn: &Scenario,
    state: &GameState,
    faction: usize,
    committed: &Committed,
) -> Vec<(usize, Option<usize>)> {
    let mut out = Vec::new();
    for (a, def) in scn.actions.iter().enumerate() {
        if !open_to(scn, state, faction, a, committed) {
            continue;
        }
        for target in targets(scn, faction, def) {
            if open_at(scn, state, faction, (a, target), committed) {
                out.push((a, target));
            }
        }
    }
    out
}

/// Uniform pick from a slice.
fn pick<'a, T>(rng: &mut ChaCha8Rng, items: &'a [T]) -> Option<&'a T> {
    items.get(dice::below(rng, u32::try_from(items.len()).unwrap_or(u32::MAX)) as usize)
}
