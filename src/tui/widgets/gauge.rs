//! A one-line gauge: label, bar, value and a level glyph (readable without colour).

use ratatui::text::{Line, Span};

use crate::scenario::format::Better;
use crate::tui::theme::{Level, Theme};
use crate::tui::view::{cells, pad};

/// Columns kept for the value and its unit, so the bars of a panel line up.
const VALUE_W: usize = 11;

/// A value within its range, with a name and a unit.
#[derive(Debug, Clone, Copy)]
pub struct Gauge<'a> {
    /// What is measured.
    pub label: &'a str,
    /// The value.
    pub value: i64,
    /// Bottom of the range.
    pub min: i64,
    /// Top of the range.
    pub max: i64,
    /// Unit shown after the value (may be empty).
    pub unit: &'a str,
    /// Which way is good, for the colour.
    pub better: Better,
}

impl Gauge<'_> {
    /// `Stability   ███████░░░        70 ●` in `width` columns, the label in the
    /// first `label_w` (cut with `…` when longer).
    pub fn line(&self, theme: Theme, label_w: usize, width: u16) -> Line<'static> {
        let (value, min, max) = (self.value, self.min, self.max);
        let level = Level::of(value, min, max);
        let value_text = if self.unit.is_empty() { format!("{value}") } else { format!("{value} {}", self.unit) };
        let value_w = VALUE_W.max(cells(&value_text));
        let bar_w = usize::from(width).saturating_sub(label_w + value_w + 3).clamp(3, 40);
        let span = (max - min).max(1);
        let filled = usize::try_from((value - min).clamp(0, span) * bar_w as i64 / span).unwrap_or(0);
        Line::from(vec![
            Span::raw(pad(self.label, label_w.saturating_sub(1))),
            Span::raw(" "),
            Span::styled("█".repeat(filled), theme.quality(level, self.better)),
            Span::styled("░".repeat(bar_w - filled), theme.dim()),
            Span::raw(format!(" {value_text:>value_w$} ")),
            Span::styled(level.glyph(), theme.quality(level, self.better)),
        ])
    }
}
