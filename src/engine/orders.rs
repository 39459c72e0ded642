//! Orders: plain, serializable data, whoever produced them (a team at the
//! keyboard, an AI, a replay file or a remote client).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// One order: an action, and its target's id when the action has one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Order {
    /// Action id.
    pub action: String,
    /// Target id (a faction, region or route), when the action takes one.
    #[serde(default)]
    pub target: Option<String>,
}

impl Order {
    /// An order with no target.
    pub fn new(action: impl Into<String>) -> Self {
        Order { action: action.into(), target: None }
    }

    /// An order aimed at a target.
    pub fn at(action: impl Into<String>, target: impl Into<String>) -> Self {
        Order { action: action.into(), target: Some(target.into()) }
    }
}

/// An answer to a pending proposal or event choice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    /// Id of the pending item (see [`crate::engine::Pending`]).
    pub pending: u64,
    /// The answer.
    pub response: Response,
}

/// What a faction answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Response {
    /// Accept a proposal.
    Accept,
    /// Decline a proposal.
    Decline,
    /// Pick an option of an event's choice, by id.
    Choose(String),
}

/// Everything one faction decided this turn.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactionOrders {
    /// Orders, in the order the team queued them.
    #[serde(default)]
    pub orders: Vec<Order>,
    /// Answers to pending proposals and choices (unanswered ones take their default).
    #[serde(default)]
    pub answers: Vec<Answer>,
}

/// All factions' decisions for one turn, by faction id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TurnOrders(pub BTreeMap<String, FactionOrders>);

impl TurnOrders {
    /// The decisions of one faction (empty if it gave none).
    pub fn of(&self, faction: &str) -> Option<&FactionOrders> {
        self.0.get(faction)
    }

    /// Sets one faction's decisions.
    pub fn set(&mut self, faction: impl Into<String>, orders: FactionOrders) {
        self.0.insert(faction.into(), orders);
    }
}
