//! A hosted game's room, for the facilitator: every seat with the command
//! and join code a team types, the language it reads, who is in it and
//! from where, and what happened in the room. Before the game starts it is
//! the lobby.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::host::table::{Presence, Seating};
use crate::i18n::Lang;
use crate::tr;
use crate::tui::app::{App, Hit, Target};
use crate::tui::theme::Theme;
use crate::tui::view::{cells, fit, pad};

/// Draws the room.
pub fn render(app: &App, cursor: usize, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    let (Some(remote), Some(session)) = (&app.remote, &app.session) else { return };
    let (t, lang) = (app.theme, app.lang);
    let view = &remote.status;
    let invite = &remote.shared.invite;
    let rows = u16::try_from(view.room.len()).unwrap_or(8);
    let [head, table, foot, log] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Length(rows + 2),
        Constraint::Length(3),
        Constraint::Min(3),
    ])
    .areas(area);
    let scn = &session.scenario;
    let state = if !view.started {
        tr!(lang, "room-lobby-not-started")
    } else if session.state.is_over() {
        tr!(lang, "room-lobby-over")
    } else {
        tr!(lang, "room-lobby-turn", turn = session.state.turn, turns = scn.turns())
    };
    frame.render_widget(
        Paragraph::new(vec![
            Line::from(vec![Span::styled(scn.meta.title.clone(), t.title()), Span::raw(format!(" — {state}"))]),
            Line::raw(tr!(lang, "room-lobby-how")),
        ])
        .wrap(Wrap { trim: true }),
        head,
    );
    let block = Block::bordered().title(format!(" {} ", tr!(lang, "room-lobby-title")));
    let inner = block.inner(table);
    frame.render_widget(block, table);
    let width = usize::from(inner.width);
    let name_w = view.room.iter().map(|s| cells(&s.label)).max().unwrap_or(8).min(20) + 2;
    let command_w = view.room.iter().map(|s| cells(&invite.command(&s.name))).max().unwrap_or(30) + 2;
    for (i, seat) in view.room.iter().enumerate() {
        let y = inner.y + u16::try_from(i).unwrap_or(u16::MAX);
        if y >= inner.bottom() {
            break;
        }
        let row = Rect::new(inner.x, y, inner.width, 1);
        let selected = i == cursor;
        let code = seat.code.clone().unwrap_or_default();
        let (long, short, style) = presence(seat, lang, t);
        // The language the seat reads, as `--lang` writes it (←→ changes it).
        let seat_lang = format!("{}  ", seat.lang.code());
        // Every row keeps the same columns; a status too long for what is left is said shorter.
        let left = width.saturating_sub(2 + name_w + command_w + cells(&code) + 2 + cells(&seat_lang));
        let status = if cells(&long) <= left { long } else { fit(&short, left) };
        let line = Line::from(vec![
            Span::raw(if selected { "▶ " } else { "  " }),
            Span::styled(pad(&seat.label, name_w), if selected { t.selected() } else { Style::new() }),
            Span::raw(pad(&invite.command(&seat.name), command_w)),
            Span::styled(format!("{code}  "), t.key()),
            Span::styled(seat_lang, t.dim()),
            Span::styled(status, style),
        ]);
        frame.render_widget(line, row);
        hits.push(Hit { rect: row, target: Target::Row(i) });
        if selected {
            frame.set_cursor_position((row.x, row.y));
        }
    }
    let fingerprint = tr!(lang, "room-lobby-host-key", fingerprint = invite.fingerprint.as_str());
    let saved = match &view.save_error {
        Some(error) => Line::styled(fit(&tr!(lang, "room-not-saved", reason = error.as_str()), width), t.bad()),
        None => Line::styled(tr!(lang, "room-lobby-saved"), t.dim()),
    };
    frame.render_widget(Paragraph::new(vec![Line::raw(fingerprint), saved]).wrap(Wrap { trim: true }), foot);
    let block = Block::bordered().title(format!(" {} ", tr!(lang, "room-lobby-log-title")));
    let inner = block.inner(log);
    let shown = usize::from(inner.height);
    let lines: Vec<Line> =
        view.log.iter().skip(view.log.len().saturating_sub(shown)).map(|l| Line::raw(l.clone())).collect();
    frame.render_widget(Paragraph::new(lines).block(block), log);
}

/// A seat's state in words, at length and in short, and how it stands out.
fn presence(seat: &Seating, lang: Lang, t: Theme) -> (String, String, Style) {
    let say = |key: &str| tr!(lang, key);
    let from = |key: &str, alone: &str| match seat.address.as_deref() {
        Some(address) => tr!(lang, key, address = address),
        None => say(alone),
    };
    match seat.presence {
        Presence::Empty => (say("room-presence-empty"), say("room-presence-empty-short"), t.dim()),
        Presence::Connected => {
            (from("room-presence-connected-from", "room-presence-connected"), say("room-presence-connected"), t.good())
        }
        Presence::Confirmed if seat.address.is_some() => {
            (from("room-presence-confirmed-from", "room-presence-confirmed"), say("room-presence-confirmed"), t.good())
        }
        Presence::Confirmed => {
            (say("room-presence-confirmed-gone"), say("room-presence-confirmed-gone-short"), t.warn())
        }
        Presence::Disconnected => (say("room-presence-disconnected"), say("room-presence-disconnected-short"), t.bad()),
        Presence::Computer => (say("room-presence-computer"), say("room-presence-computer-short"), t.dim()),
    }
}
