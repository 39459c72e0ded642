//! What one faction may see of a game: the interface draws a team's screens
//! from this, and remote play will send only this.

use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::SeedableRng;

use crate::engine::state::{GameState, PendingKind};
use crate::scenario::Scenario;

/// The state as `faction` may see it. Values on the map and gauges are
/// public; what is removed: other factions' secret orders still waiting to
/// take effect, choices put to other factions by private events, private
/// start-of-turn news, and the dice (a copy seeded with 0), so that no
/// future roll can be predicted from a view.
pub fn faction_view(scn: &Scenario, state: &GameState, faction: usize) -> GameState {
    let mut view = state.clone();
    view.scheduled.retain(|s| s.audience.includes(faction) || s.actor == faction);
    view.pending.retain(|p| {
        p.faction == faction
            || match p.kind {
                PendingKind::Proposal { .. } => true,
                PendingKind::Choice { event } => scn.events.get(event).is_some_and(|e| e.public),
            }
    });
    view.start_log.retain(|e| e.audience.includes(faction));
    view.rng = ChaCha8Rng::seed_from_u64(0);
    view
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::report::Audience;
    use crate::engine::state::{Scheduled, ScheduledKind};
    use crate::engine::{TurnOrders, new_game, resolve_turn};

    #[test]
    fn others_secret_delayed_orders_and_the_dice_are_hidden() {
        let scn = crate::scenario::load_default().scenario.expect("default scenario");
        let mut state = new_game(&scn, 3);
        resolve_turn(&scn, &mut state, &TurnOrders::default());
        let secret = Scheduled {
            action: 0,
            actor: 0,
            target: None,
            audience: Audience::Only(0),
            kind: ScheduledKind::Delayed { due: 9, success: true },
            held: None,
        };
        state.scheduled.push(secret.clone());
        let mine = faction_view(&scn, &state, 0);
        let theirs = faction_view(&scn, &state, 1);
        assert_eq!(mine.scheduled, vec![secret]);
        assert!(theirs.scheduled.is_empty());
        assert_ne!(theirs.rng, state.rng);
        assert_eq!(theirs.values(), state.values(), "values stay public");
    }
}
