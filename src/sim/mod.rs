//! Batch simulation for balancing: many complete AI-vs-AI games in parallel,
//! each seeded from the run's seed and its index, so the results are the same
//! whatever the number of threads.
//!
//! Each finished game is folded into a [`Tally`] of integer counts and then
//! dropped, so a batch takes the same memory for a thousand games as for a
//! million; tallies of disjoint game ranges merge exactly ([`merge_shards`]),
//! so a batch can be split into shards played on many machines. Besides who
//! won, a tally explains why: objective scores, actions that go with winning,
//! proposals accepted, how flags, relations and routes ended, and when events
//! fired. [`run_compare`] plays two versions of a scenario on the same seeds
//! and tells which differences are beyond noise.

mod compare;
mod counts;
mod game;
mod layout;
mod run;
mod shard;
mod summary;
mod tally;

pub use compare::{
    Change, Comparison, Estimate, FactionChange, FactionMismatch, PairTally, Pairs, SharedChange, Shift, Side,
    pair_factions, run_compare, wilson,
};
pub use counts::Counts;
pub use game::{GameRecord, ProposalRecord, SimConfig, game_line, game_seed, play_game};
pub use layout::{FlagLabel, Labels, Layout, ObjectiveLabel, RelationLabel, RouteLabel};
pub use run::{CHUNK, LineSink, run_games, run_range};
pub use shard::{MergeError, SHARD_FORMAT, SHARD_VERSION, Shard, fnv1a64, merge_shards, shard_range};
pub use summary::{
    ActionSummary, Distribution, EventSummary, FactionSummary, FlagSummary, ObjectiveSummary, ProposalSummary,
    RelationSummary, RouteSummary, Summary, VariableSummary, summarise,
};
pub use tally::{ActionTally, EventTally, FactionTally, RouteTally, Tally};
