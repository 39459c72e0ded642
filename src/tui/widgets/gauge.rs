//! A one-line gauge: label, bar, value and a level glyph (readable without colour).

use ratatui::text::{Line, Span};

use crate::tui::theme::{Level, Theme};

/// `Stability   ███████░░░  70 ●` in `width` columns.
pub fn gauge_line(theme: Theme, label: &str, value: i64, min: i64, max: i64, unit: &str, width: u16) -> Line<'static> {
    let level = Level::of(value, min, max);
    let label_w = 14usize;
    let value_text = if unit.is_empty() { format!(" {value}") } else { format!(" {value} {unit}") };
    let bar_w = (width as usize).saturating_sub(label_w + value_text.chars().count() + 3).clamp(4, 30);
    let span = (max - min).max(1);
    let filled = usize::try_from((value - min).clamp(0, span) * bar_w as i64 / span).unwrap_or(0);
    let label: String = label.chars().take(label_w - 1).collect();
    Line::from(vec![
        Span::raw(format!("{label:<label_w$}")),
        Span::styled("█".repeat(filled), theme.level(level)),
        Span::styled("░".repeat(bar_w - filled), theme.dim()),
        Span::raw(value_text),
        Span::raw(" "),
        Span::styled(level.glyph(), theme.level(level)),
    ])
}
