//! One module per screen; each draws from the model and records clickable rows.

pub mod briefing;
pub mod debrief;
pub mod handover;
pub mod history;
pub mod lobby;
pub mod problems;
pub mod projector;
pub mod reload;
pub mod resolution;
pub mod saves;
pub mod seats;
pub mod title;
pub mod turn;
pub mod umpire;
pub mod waiting;
