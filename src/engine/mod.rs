//! The game engine: pure functions over plain data. No I/O, no terminal, no
//! clock: `(scenario, state, orders) → (state', report)`, with all chance
//! drawn from the seeded generator inside the state.

pub mod ai;
pub(crate) mod bound;
pub mod check;
pub mod dice;
pub mod dynamics;
pub mod effects;
pub mod explain;
pub mod news;
pub mod orders;
pub mod report;
pub mod scoring;
pub mod script;
pub mod start;
pub mod state;
#[cfg(test)]
mod testing;
pub mod turn;
pub mod umpire;
pub mod verdict;
pub mod view;
pub mod words;

pub use check::{Committed, Preview};
pub use orders::{Answer, FactionOrders, Order, Response, TurnOrders};
pub use report::{Audience, Change, Entry, EntryKind, Slot, TurnReport};
pub use scoring::{Scores, scores, shares};
pub use state::{EndReason, GameState, Pending, PendingKind};
pub use turn::{new_game, play_turn, resolve_turn, resolve_turn_briefly, start_state};
pub use view::faction_view;
