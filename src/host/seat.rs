//! One connection's interface: the same [`App`] and screens as a game
//! played here, drawn into a buffer that goes down the SSH channel, at the
//! client's terminal size (capped), and fed by the client's raw bytes
//! turned into key and mouse events by termwiz's input parser.

use std::io::{self, Write};
use std::sync::Arc;

use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use termwiz::input::{InputEvent, InputParser, KeyCode as Key, Modifiers, MouseButtons};
use tokio::sync::mpsc;

use crate::host::table::Shared;
use crate::i18n::Lang;
use crate::tui::app::App;
use crate::tui::input::Action;
use crate::tui::theme::Theme;

/// The largest terminal drawn for a client, whatever size it claims.
pub const MAX_SIZE: (u16, u16) = (300, 120);

/// Characters of a paste that are typed; the rest is dropped.
const MAX_PASTE: usize = 200;

/// What a connection passes to its seat.
#[derive(Debug)]
pub enum Input {
    /// Bytes the client typed.
    Bytes(Vec<u8>),
    /// The client's terminal changed size (columns, rows).
    Resize(u32, u32),
}

/// Where a frame is drawn: a buffer sent down the channel after each frame.
#[derive(Debug, Default)]
pub struct Sink(Vec<u8>);

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The drawn area for a client's claimed size: at least 1×1, at most [`MAX_SIZE`].
pub fn area(columns: u32, rows: u32) -> Rect {
    let clamp = |n: u32, max: u16| u16::try_from(n).unwrap_or(max).clamp(1, max);
    Rect::new(0, 0, clamp(columns, MAX_SIZE.0), clamp(rows, MAX_SIZE.1))
}

/// The terminal a seat draws on.
pub type SeatTerminal = Terminal<CrosstermBackend<Sink>>;

/// A terminal of the given size that draws into a [`Sink`].
pub fn terminal(size: Rect) -> io::Result<SeatTerminal> {
    Terminal::with_options(CrosstermBackend::new(Sink::default()), TerminalOptions { viewport: Viewport::Fixed(size) })
}

/// Bytes that set the client's terminal up: the alternate screen, clicks and the wheel reported (SGR).
pub const SET_UP: &[u8] = b"\x1b[?1049h\x1b[?25l\x1b[?1000h\x1b[?1006h\x1b[2J";
/// Bytes that give the client's terminal back as it was.
pub const RESTORE: &[u8] = b"\x1b[?1006l\x1b[?1000l\x1b[?25h\x1b[?1049l";

/// One seat's interface over a connection.
pub struct Seat {
    /// The interface.
    pub app: App,
    terminal: SeatTerminal,
    parser: InputParser,
}

impl Seat {
    /// The interface of seat `place`, at the client's size.
    pub fn new(shared: Arc<Shared>, place: usize, size: Rect) -> Option<Self> {
        let app = App::seat(shared, place, Theme::COLOUR)?;
        let terminal = terminal(size).ok()?;
        Some(Seat { app, terminal, parser: InputParser::new() })
    }

    /// Applies what the client sent.
    pub fn input(&mut self, input: Input) {
        match input {
            Input::Bytes(bytes) => {
                // Each SSH packet holds whole key presses: nothing is kept for the next one.
                for event in self.parser.parse_as_vec(&bytes, false) {
                    for event in events(event) {
                        crate::tui::handle(&mut self.app, &event);
                    }
                }
            }
            Input::Resize(columns, rows) => {
                let size = area(columns, rows);
                if self.terminal.resize(size).is_ok() {
                    self.app.update(Action::Resize);
                }
            }
        }
    }

    /// Draws a frame; returns the bytes to send.
    pub fn draw(&mut self) -> io::Result<Vec<u8>> {
        crate::tui::show(&mut self.terminal, &mut self.app)?;
        self.terminal.backend_mut().flush()?;
        Ok(std::mem::take(&mut self.terminal.backend_mut().writer_mut().0))
    }
}

/// Runs a seat until its client leaves, quits or is taken over: input and
/// changes of the game in, frames out through `send`. Returns why it ended.
pub async fn run<F, Fut>(mut seat: Seat, id: u64, mut inbox: mpsc::Receiver<Input>, mut send: F) -> Ended
where
    F: FnMut(Vec<u8>) -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let Some(remote) = &seat.app.remote else { return Ended::Left };
    let (shared, place) = (remote.shared.clone(), remote.place);
    let mut changes = shared.subscribe();
    let mut first = SET_UP.to_vec();
    loop {
        if shared.closed() {
            return Ended::Closed;
        }
        if !shared.lock().holds(place, id) {
            return Ended::TakenOver;
        }
        match seat.draw() {
            Ok(frame) => {
                first.extend(frame);
                if !send(std::mem::take(&mut first)).await {
                    return Ended::Left;
                }
            }
            Err(_) => return Ended::Left,
        }
        if !seat.app.running {
            return Ended::Quit;
        }
        let counting = seat.app.timer.as_ref().is_some_and(|t| t.counting());
        tokio::select! {
            input = inbox.recv() => match input {
                Some(input) => seat.input(input),
                None => return Ended::Left,
            },
            changed = changes.changed() => {
                if changed.is_err() {
                    return Ended::Left;
                }
                seat.app.sync();
            }
            // Only while a countdown runs does an idle seat wake, to redraw the clock.
            () = tokio::time::sleep(std::time::Duration::from_millis(500)), if counting => seat.app.update(Action::Tick),
        }
    }
}

/// Why a seat's interface ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// The client quit with `q`.
    Quit,
    /// The connection closed.
    Left,
    /// Someone else logged in to the seat with its code.
    TakenOver,
    /// The facilitator closed the host.
    Closed,
}

impl Ended {
    /// What the client is told as it goes, in the seat's language (its terminal's lines end in CR LF).
    pub fn farewell(self, lang: Lang) -> String {
        let said = match self {
            Ended::Quit | Ended::Left => crate::tr!(lang, "room-farewell-left"),
            Ended::Closed => crate::tr!(lang, "room-farewell-closed"),
            Ended::TakenOver => crate::tr!(lang, "room-farewell-taken-over"),
        };
        format!("{said}\r\n")
    }
}

/// The terminal events a termwiz input event stands for (a paste is typed, key by key).
pub fn events(event: InputEvent) -> Vec<Event> {
    let key = |code, modifiers| {
        Event::Key(KeyEvent { code, modifiers, kind: KeyEventKind::Press, state: KeyEventState::NONE })
    };
    match event {
        InputEvent::Key(k) => {
            let mut modifiers = KeyModifiers::NONE;
            if k.modifiers.contains(Modifiers::CTRL) {
                modifiers |= KeyModifiers::CONTROL;
            }
            if k.modifiers.contains(Modifiers::ALT) {
                modifiers |= KeyModifiers::ALT;
            }
            let shift = k.modifiers.contains(Modifiers::SHIFT);
            let code = match k.key {
                // The Ctrl-C byte itself, as termwiz reads it.
                Key::Char('\u{3}') => return vec![key(KeyCode::Char('c'), KeyModifiers::CONTROL)],
                Key::Char('\r' | '\n') | Key::Enter => KeyCode::Enter,
                Key::Char('\t') | Key::Tab if shift => KeyCode::BackTab,
                Key::Char('\t') | Key::Tab => KeyCode::Tab,
                Key::Char('\u{7f}' | '\u{8}') | Key::Backspace => KeyCode::Backspace,
                Key::Char('\u{1b}') | Key::Escape => KeyCode::Esc,
                Key::Char(c) if c.is_control() => return Vec::new(),
                Key::Char(c) => KeyCode::Char(c),
                Key::Delete => KeyCode::Delete,
                Key::UpArrow | Key::ApplicationUpArrow => KeyCode::Up,
                Key::DownArrow | Key::ApplicationDownArrow => KeyCode::Down,
                Key::LeftArrow | Key::ApplicationLeftArrow => KeyCode::Left,
                Key::RightArrow | Key::ApplicationRightArrow => KeyCode::Right,
                Key::PageUp => KeyCode::PageUp,
                Key::PageDown => KeyCode::PageDown,
                Key::Home => KeyCode::Home,
                Key::End => KeyCode::End,
                Key::Function(n) => KeyCode::F(n),
                _ => return Vec::new(),
            };
            vec![key(code, modifiers)]
        }
        InputEvent::Mouse(m) => {
            let kind = if m.mouse_buttons.contains(MouseButtons::VERT_WHEEL) {
                if m.mouse_buttons.contains(MouseButtons::WHEEL_POSITIVE) {
                    MouseEventKind::ScrollUp
                } else {
                    MouseEventKind::ScrollDown
                }
            } else if m.mouse_buttons.contains(MouseButtons::LEFT) {
                MouseEventKind::Down(MouseButton::Left)
            } else {
                return Vec::new();
            };
            // Reports count from 1; the screen from 0.
            let (column, row) = (m.x.saturating_sub(1), m.y.saturating_sub(1));
            vec![Event::Mouse(MouseEvent { kind, column, row, modifiers: KeyModifiers::NONE })]
        }
        InputEvent::Paste(text) => text
            .chars()
            .filter(|c| !c.is_control())
            .take(MAX_PASTE)
            .map(|c| key(KeyCode::Char(c), KeyModifiers::NONE))
            .collect(),
        InputEvent::Resized { .. } | InputEvent::PixelMouse(_) | InputEvent::Wake => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(bytes: &[u8]) -> Vec<Option<Action>> {
        let mut parser = InputParser::new();
        parser.parse_as_vec(bytes, false).into_iter().flat_map(events).map(|e| crate::tui::input::action(&e)).collect()
    }

    #[test]
    fn raw_bytes_become_the_same_actions_as_local_keys() {
        assert_eq!(keys(b"\x1b[A"), vec![Some(Action::Up)]);
        assert_eq!(keys(b"\x1bOB"), vec![Some(Action::Down)]);
        assert_eq!(keys(b"\r"), vec![Some(Action::Select)]);
        assert_eq!(keys(b"\t"), vec![Some(Action::Next)]);
        assert_eq!(keys(b"\x1b[Z"), vec![Some(Action::Prev)]);
        assert_eq!(keys(b"\x7f"), vec![Some(Action::Delete)]);
        assert_eq!(keys(b"\x03"), vec![Some(Action::Interrupt)]);
        assert_eq!(keys(b"\x1b"), vec![Some(Action::Back)]);
        assert_eq!(keys(b"c"), vec![Some(Action::Char('c'))]);
        assert_eq!(keys("é".as_bytes()), vec![Some(Action::Char('2'))]);
        assert_eq!(keys(b"\x1bOP"), vec![Some(Action::Char('1'))]);
    }

    #[test]
    fn clicks_and_the_wheel_are_read_at_the_right_cell() {
        assert_eq!(keys(b"\x1b[<0;5;3M"), vec![Some(Action::Click(4, 2))]);
        assert_eq!(keys(b"\x1b[<0;5;3m"), Vec::<Option<Action>>::new());
        assert_eq!(keys(b"\x1b[<64;1;1M"), vec![Some(Action::ScrollUp)]);
        assert_eq!(keys(b"\x1b[<65;1;1M"), vec![Some(Action::ScrollDown)]);
    }

    #[test]
    fn the_farewell_is_said_in_the_seats_language() {
        let left = Ended::Left.farewell(Lang::En);
        assert_eq!(left, "You left the game. The same command and code bring you back.\r\n");
        assert!(Ended::Closed.farewell(Lang::Fr).starts_with("L'animateur a fermé la partie"));
        assert!(Ended::TakenOver.farewell(Lang::Ar).ends_with("\r\n"));
    }

    #[test]
    fn claimed_sizes_are_capped() {
        assert_eq!(area(u32::MAX, u32::MAX), Rect::new(0, 0, MAX_SIZE.0, MAX_SIZE.1));
        assert_eq!(area(0, 0), Rect::new(0, 0, 1, 1));
        assert_eq!(area(80, 24), Rect::new(0, 0, 80, 24));
    }
}
