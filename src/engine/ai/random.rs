//! The random player: uniformly random legal orders until its action points
//! run out, and random answers.

use rand_chacha::ChaCha8Rng;

use super::pick;
use crate::engine::check::{Committed, still_fits, target_id};
use crate::engine::dice;
use crate::engine::orders::{Answer, FactionOrders, Order, Response};
use crate::engine::state::{GameState, PendingKind};
use crate::scenario::Scenario;

/// `legal` holds the faction's legal orders; the picks leave it emptied.
pub(super) fn decide(
    scn: &Scenario,
    state: &GameState,
    faction: usize,
    rng: &mut ChaCha8Rng,
    legal: &mut Vec<(usize, Option<usize>)>,
) -> FactionOrders {
    let mut answers = Vec::new();
    for p in state.pending.iter().filter(|p| p.faction == faction) {
        let response = match p.kind {
            PendingKind::Proposal { .. } => {
                if dice::below(rng, 2) == 0 {
                    Response::Accept
                } else {
                    Response::Decline
                }
            }
            PendingKind::Choice { event } => {
                let options = scn.events.get(event).and_then(|e| e.choice.as_ref()).map(|c| c.options.as_slice());
                match options.and_then(|o| pick(rng, o)) {
                    Some(option) => Response::Choose(option.id.clone()),
                    None => continue,
                }
            }
        };
        answers.push(Answer { pending: p.id, response });
    }
    let mut committed = Committed::default();
    let mut orders = Vec::new();
    // Committing an order only ever takes orders away (action points, costs
    // and repeats add up), so the legal orders after a pick are the earlier
    // ones that still pass, in the same order.
    while let Some(&(action, target)) = pick(rng, legal) {
        let Some(def) = scn.actions.get(action) else { break };
        committed.add(def, action, target);
        orders.push(Order {
            action: def.id.clone(),
            target: target.and_then(|t| target_id(scn, def.target, t)).map(str::to_string),
        });
        legal.retain(|&order| still_fits(scn, state, faction, order, &committed));
    }
    FactionOrders { orders, answers }
}
