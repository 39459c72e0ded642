//! The commented starter scenario that `harmattan new` writes.

/// A small, complete scenario (three factions, regions, routes, one action of
/// each category, an event, rules, objectives) with comments that teach the
/// format; it validates with no diagnostics, which a test pins.
pub const TEMPLATE: &str = include_str!("template.ron");
