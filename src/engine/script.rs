//! Orders written ahead of time — a historical line, a scripted seat in a
//! test or a headless game — turn by turn, with answers given by what is
//! asked (an action or event id) rather than by pending ids.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::engine::orders::{Answer, FactionOrders, Order, Response};
use crate::engine::state::{GameState, PendingKind};
use crate::scenario::Scenario;

/// A whole script: for each turn (from 1), each faction's part.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Script {
    /// `turns[0]` is turn 1. Missing turns or factions give no orders.
    pub turns: Vec<BTreeMap<String, ScriptedTurn>>,
}

/// One faction's part of one turn.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScriptedTurn {
    /// Orders, in queue order.
    #[serde(default)]
    pub orders: Vec<Order>,
    /// Ids of proposed actions to accept; other proposals are declined.
    #[serde(default)]
    pub accept: Vec<String>,
    /// Event id → option id; other choices take their first option.
    #[serde(default)]
    pub choose: BTreeMap<String, String>,
}

impl Script {
    /// The scripted part of `faction` for the state's current turn, if any.
    pub fn part(&self, state: &GameState, faction: &str) -> Option<&ScriptedTurn> {
        let index = usize::try_from(state.turn).ok()?.checked_sub(1)?;
        self.turns.get(index)?.get(faction)
    }
}

impl ScriptedTurn {
    /// Turns the script into orders and answers for the pending items of `faction`.
    pub fn to_orders(&self, scn: &Scenario, state: &GameState, faction: usize) -> FactionOrders {
        let answers = state
            .pending
            .iter()
            .filter(|p| p.faction == faction)
            .filter_map(|p| {
                let response = match p.kind {
                    PendingKind::Proposal { action, .. } => {
                        let id = &scn.actions.get(action)?.id;
                        if self.accept.contains(id) { Response::Accept } else { Response::Decline }
                    }
                    PendingKind::Choice { event } => {
                        Response::Choose(self.choose.get(&scn.events.get(event)?.id)?.clone())
                    }
                };
                Some(Answer { pending: p.id, response })
            })
            .collect();
        FactionOrders { orders: self.orders.clone(), answers }
    }
}
