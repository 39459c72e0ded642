//! "Load game": the saved games in the save folder, newest first; a save
//! that cannot be loaded is listed with the reason, never hidden.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::tr;
use crate::tui::app::{App, Hit, Target};
use crate::tui::view::fit;

/// Draws the list of saves.
pub fn render(app: &App, cursor: usize, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    let (t, lang) = (app.theme, app.lang);
    let title = match &app.saving {
        Some(s) => tr!(lang, "screen-saves-title-in", folder = s.dir.display().to_string()),
        None => tr!(lang, "screen-saves-title"),
    };
    let block = Block::bordered().title(format!(" {title} "));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if app.saves.is_empty() {
        frame.render_widget(Paragraph::new(tr!(lang, "screen-saves-none")).wrap(Wrap { trim: true }), inner);
        return;
    }
    let height = usize::from(inner.height);
    let first = cursor.saturating_sub(height.saturating_sub(1));
    for (i, entry) in app.saves.iter().enumerate().skip(first).take(height) {
        let row = Rect::new(inner.x, inner.y + (i - first) as u16, inner.width, 1);
        let marker = if i == cursor { "▶ " } else { "  " };
        let style = match (i == cursor, entry.loaded.is_ok()) {
            (true, _) => t.selected(),
            (false, true) => ratatui::style::Style::new(),
            (false, false) => t.bad(),
        };
        let text = fit(&format!("{marker}{}", entry.describe(lang)), usize::from(inner.width));
        frame.render_widget(Line::styled(text, style), row);
        hits.push(Hit { rect: row, target: Target::Row(i) });
        if i == cursor {
            frame.set_cursor_position((row.x, row.y));
        }
    }
}
