//! Games for the engine's unit tests: every shipped kind of scenario, and
//! states some turns into games the random player plays.

use crate::engine::ai::{AiKind, decide};
use crate::engine::{GameState, TurnOrders, new_game, resolve_turn};
use crate::scenario::{DEFAULT, Scenario, TUTORIAL, load, synthetic::synthetic, template::TEMPLATE};

/// The default scenario, the tutorial, the template and a realistic synthetic one.
pub(crate) fn scenarios() -> Vec<Scenario> {
    let texts = [DEFAULT.to_string(), TUTORIAL.to_string(), TEMPLATE.to_string(), synthetic(1)];
    texts.iter().map(|t| load("s.ron", t.as_bytes()).scenario.expect("the scenario loads")).collect()
}

/// The state `turns` turns into the game of `seed` the random player plays (or its end).
pub(crate) fn midgame(scn: &Scenario, seed: u64, turns: u32) -> GameState {
    let mut state = new_game(scn, seed);
    for _ in 0..turns {
        if state.is_over() {
            break;
        }
        let mut orders = TurnOrders::default();
        for (f, def) in scn.factions.iter().enumerate().filter(|(_, d)| d.playable) {
            orders.set(def.id.clone(), decide(scn, &state, f, AiKind::Random));
        }
        resolve_turn(scn, &mut state, &orders);
    }
    state
}
