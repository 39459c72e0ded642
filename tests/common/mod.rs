//! Drawing helpers shared by the interface tests: draw an app the way the
//! event loop does, and read a buffer back as the text a terminal shows.
// Each test crate uses only some of these.
#![allow(dead_code)]

pub mod cli;
pub mod tmux;

use harmattan::tui::app::App;
use harmattan::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

/// Draws the app as the event loop does and keeps its clickable areas.
pub fn render(app: &mut App, w: u16, h: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("the test backend never fails");
    let mut hits = Vec::new();
    terminal.draw(|f| hits = view::draw(app, f)).expect("the test backend never fails");
    app.hits = hits;
    terminal.backend().buffer().clone()
}

/// The buffer as text, one line per row, trailing spaces trimmed; a wide
/// character's hidden second cell is skipped, as a terminal shows it.
pub fn text(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in buf.area.top()..buf.area.bottom() {
        let mut line = String::new();
        let mut x = buf.area.left();
        while x < buf.area.right() {
            let cell = &buf[(x, y)];
            line.push_str(cell.symbol());
            x += cells(cell.symbol()).max(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Draws the app and returns the screen's text.
pub fn screen(app: &mut App, w: u16, h: u16) -> String {
    text(&render(app, w, h))
}

/// Columns a grapheme takes (ratatui's own measure).
pub fn cells(symbol: &str) -> u16 {
    ratatui::text::Span::raw(symbol).width() as u16
}

/// Draws the app as [`render`] does and also returns where the terminal's
/// cursor was left (`None` when it is hidden): screen readers follow it.
pub fn render_with_cursor(app: &mut App, w: u16, h: u16) -> (Buffer, Option<ratatui::layout::Position>) {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("the test backend never fails");
    let mut hits = Vec::new();
    terminal.draw(|f| hits = view::draw(app, f)).expect("the test backend never fails");
    app.hits = hits;
    let backend = terminal.backend();
    let cursor = backend.cursor_visible().then(|| backend.cursor_position());
    (backend.buffer().clone(), cursor)
}
