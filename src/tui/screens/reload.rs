//! The reload notice of `play --reload`, over any screen: a scenario file's
//! problems as `harmattan validate` shows them, or what a reload dropped.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Clear;

use crate::i18n::Lang;
use crate::tui::app::Hit;
use crate::tui::reload::Notice;
use crate::tui::view::{Wrapped, centred, scrolling_in};

/// Widest the notice gets on a large terminal (a diagnostic is laid out for 100 columns).
const WIDTH: u16 = 104;

/// Draws the notice in a box as tall as its text, at most the screen less a
/// line above and below; a longer text scrolls, and its border says so (in `lang`).
pub fn render(lang: Lang, notice: &Notice, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    let lines: Vec<Line> = notice.lines.iter().map(|l| Line::raw(l.as_str())).collect();
    let text = Wrapped::new(lines, false);
    let width = area.width.min(WIDTH);
    let tall = text.height(width.saturating_sub(2)).saturating_add(2);
    let height = u16::try_from(tall).unwrap_or(u16::MAX).min(area.height.saturating_sub(2));
    let rect = centred(area, width, height);
    frame.render_widget(Clear, rect);
    frame.set_cursor_position((rect.x + 1, rect.y + 1));
    scrolling_in(lang, frame, rect, notice.title.clone(), text, notice.scroll, hits);
}
