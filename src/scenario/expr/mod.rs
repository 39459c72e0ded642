//! The expression language of scenario files: conditions, chances and effects.
//!
//! Text is parsed ([`parse`]), its names resolved and types checked against
//! the scenario ([`compile`]) once at load, and the compiled tree is then
//! evaluated without re-parsing: as a flat [`program`] when a game is played,
//! by walking the tree ([`eval`]) when explaining it. Evaluation is total: integer
//! arithmetic saturates, division by zero gives 0, and there are no loops,
//! so a stranger's scenario cannot hang or crash the game.

pub mod compile;
pub mod eval;
pub mod parse;
pub mod program;

use std::ops::Range;

pub use compile::{AggNode, Compiled, EffectStmt, Ent, EntityKind, Node, NodeKind, Place, RouteField, Scope, Type};
pub use eval::{Bindings, Env};
pub use parse::{AssignOp, BinOp};
pub use program::{Program, Read};

/// Longest expression accepted, in bytes.
pub const MAX_LEN: usize = 1000;
/// Deepest nesting of parentheses, calls and unary operators accepted.
pub const MAX_DEPTH: usize = 32;

/// A problem in one expression; the span is in bytes within the expression text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExprError {
    /// Diagnostic code.
    pub code: &'static str,
    /// Where in the expression.
    pub span: Range<usize>,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
}

impl ExprError {
    fn new(code: &'static str, span: Range<usize>, message: impl Into<String>) -> Self {
        ExprError { code, span, message: message.into(), help: None }
    }

    fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}
