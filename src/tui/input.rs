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

/// The ASCII digit a key of a classroom keyboard's top row means: AZERTY's
/// unshifted `&é"'(-è_çà`, Arabic-Indic `٠–٩` and Eastern Arabic `۰–۹`
/// (QWERTY and QWERTZ type the digits themselves).
pub fn digit(c: char) -> Option<char> {
    const AZERTY: [char; 10] = ['à', '&', 'é', '"', '\'', '(', '-', 'è', '_', 'ç'];
    let n = match c {
        '0'..='9' => return Some(c),
        '\u{0660}'..='\u{0669}' => u32::from(c) - 0x0660,
        '\u{06F0}'..='\u{06F9}' => u32::from(c) - 0x06F0,
        _ => u32::try_from(AZERTY.iter().position(|&a| a == c)?).ok()?,
    };
    char::from_digit(n, 10)
}

/// The turn tab (0–4) a key chooses: a digit of any layout or F1–F5 (as
/// [`digit`] reads them), or the tab's initial: `o`verview, `d`iplomatic,
/// `e`nergy, `s`ecurity, `a`nswers and queue.
pub fn tab_key(c: char) -> Option<usize> {
    match c {
        'o' => Some(0),
        'd' => Some(1),
        'e' => Some(2),
        's' => Some(3),
        'a' => Some(4),
        _ => match digit(c)? {
            d @ '1'..='5' => Some(usize::from(d as u8 - b'1')),
            _ => None,
        },
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
        // F1–F5 choose tabs like the digits they stand for.
        KeyCode::F(n @ 1..=9) => Action::Char(char::from(b'0' + n)),
        KeyCode::Char(c) => Action::Char(digit(c).unwrap_or(c)),
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

    #[test]
    fn tab_keys_work_on_azerty_arabic_and_function_keys() {
        let press = |code| action(&key(code, KeyModifiers::NONE, KeyEventKind::Press));
        for (i, c) in ['&', 'é', '"', '\'', '('].into_iter().enumerate() {
            let Some(Action::Char(d)) = press(KeyCode::Char(c)) else { panic!("{c} gives no key") };
            assert_eq!(tab_key(d), Some(i), "AZERTY {c}");
        }
        for (i, c) in "١٢٣٤٥".chars().chain("۱۲۳۴۵".chars()).enumerate() {
            let Some(Action::Char(d)) = press(KeyCode::Char(c)) else { panic!("{c} gives no key") };
            assert_eq!(tab_key(d), Some(i % 5), "Arabic {c}");
        }
        for n in 1..=5u8 {
            let Some(Action::Char(d)) = press(KeyCode::F(n)) else { panic!("F{n} gives no key") };
            assert_eq!(tab_key(d), Some(usize::from(n - 1)));
        }
        assert_eq!(tab_key('e'), Some(2));
        assert_eq!(tab_key('6'), None);
    }
}
