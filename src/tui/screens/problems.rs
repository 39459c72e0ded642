//! The diagnostics of a scenario that does not validate, as the modder needs them.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::tui::app::App;

/// Draws every problem of a catalog entry.
pub fn render(app: &App, entry: usize, scroll: u16, frame: &mut Frame, area: Rect) {
    let Some(e) = app.catalog.get(entry) else { return };
    let text: String = e.loaded.file_diagnostics().map(|d| d.render(false)).collect::<Vec<_>>().join("\n");
    let block = Block::bordered().title(format!(" {} does not load — fix these and restart ", e.name));
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: false }).scroll((scroll, 0)).block(block), area);
}
