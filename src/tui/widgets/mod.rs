//! Reusable drawing pieces.

pub mod gauge;
pub mod map;
