//! Harmattan: a turn-based political–military scenario wargame.
//!
//! Layers, each depending only on those above it in this list:
//! [`scenario`] (format, loading, diagnostics) → `engine` (pure turn
//! resolution) → saves, reports, simulation → the terminal interface.

pub mod engine;
pub mod files;
pub mod handout;
pub mod headless;
pub mod host;
pub mod i18n;
pub mod lsp;
pub mod pack;
pub mod report;
pub mod save;
pub mod scenario;
pub mod sim;
pub mod text;
pub mod tui;
