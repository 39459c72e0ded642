//! Terminal events → the small set of actions every screen understands.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind};

/// What the player asked for, whatever key or click said it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    Left,
    Right,
    /// Tab: next pane or tab.
    Next,
    /// Shift-Tab: previous pane or tab.
    Prev,
    /// Enter.
    Select,
    /// Esc.
    Back,
    /// `?`.
    Help,
    /// `q`.
    Quit,
    /// Ctrl-C: leave at once.
    Interrupt,
    /// Delete or Backspace.
    Delete,
    PageUp,
    PageDown,
    /// Another printable key.
    Char(char),
    /// Left click at column, row.
    Click(u16, u16),
    ScrollUp,
    ScrollDown,
    /// The terminal changed size.
    Resize,
    /// Time passed (only while a turn timer runs).
    Tick,
}

/// Maps one terminal event; `None` for events that mean nothing here (key releases, moves).
pub fn action(event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) => key_action(key),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click(m.column, m.row)),
            MouseEventKind::ScrollUp => Some(Action::ScrollUp),
            MouseEventKind::ScrollDown => Some(Action::ScrollDown),
            _ => None,
        },
        Event::Resize(..) => Some(Action::Resize),
        _ => None,
    }
}

/// The character a key press types, for text fields (where `q`, `h`… are letters, not commands).
pub fn typed(event: &Event) -> Option<char> {
    match event {
        Event::Key(KeyEvent { code: KeyCode::Char(c), modifiers, kind: KeyEventKind::Press, .. })
            if !modifiers.contains(KeyModifiers::CONTROL) =>
        {
            Some(*c)
        }
        _ => None,
    }
}

fn key_action(key: &KeyEvent) -> Option<Action> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return matches!(key.code, KeyCode::Char('c')).then_some(Action::Interrupt);
    }
    Some(match key.code {
        KeyCode::Up | KeyCode::Char('k') => Action::Up,
        KeyCode::Down | KeyCode::Char('j') => Action::Down,
        KeyCode::Left | KeyCode::Char('h') => Action::Left,
        KeyCode::Right | KeyCode::Char('l') => Action::Right,
        KeyCode::Tab => Action::Next,
        KeyCode::BackTab => Action::Prev,
        KeyCode::Enter => Action::Select,
        KeyCode::Esc => Action::Back,
        KeyCode::Char('?') => Action::Help,
        KeyCode::Char('q') => Action::Quit,
        KeyCode::Delete | KeyCode::Backspace => Action::Delete,
        KeyCode::PageUp => Action::PageUp,
        KeyCode::PageDown => Action::PageDown,
        KeyCode::Char(c) => Action::Char(c),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEventState;

    fn key(code: KeyCode, modifiers: KeyModifiers, kind: KeyEventKind) -> Event {
        Event::Key(KeyEvent { code, modifiers, kind, state: KeyEventState::NONE })
    }

    #[test]
    fn vim_keys_move_and_releases_are_ignored() {
        assert_eq!(action(&key(KeyCode::Char('j'), KeyModifiers::NONE, KeyEventKind::Press)), Some(Action::Down));
        assert_eq!(action(&key(KeyCode::Char('j'), KeyModifiers::NONE, KeyEventKind::Release)), None);
        assert_eq!(
            action(&key(KeyCode::Char('c'), KeyModifiers::CONTROL, KeyEventKind::Press)),
            Some(Action::Interrupt)
        );
    }
}
