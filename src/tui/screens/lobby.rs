//! A hosted game's room, for the facilitator: every seat with the command
//! and join code a team types, who is in it and from where, and what
//! happened in the room. Before the game starts it is the lobby.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::host::table::{Presence, Seating};
use crate::tui::app::{App, Hit, Target};
use crate::tui::theme::Theme;
use crate::tui::view::{cells, fit, pad};

/// Draws the room.
pub fn render(app: &App, cursor: usize, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    let (Some(remote), Some(session)) = (&app.remote, &app.session) else { return };
    let t = app.theme;
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
        "not started: Enter starts the game".to_string()
    } else if session.state.is_over() {
        "the game is over".to_string()
    } else {
        format!("turn {} of {}", session.state.turn, scn.turns())
    };
    frame.render_widget(
        Paragraph::new(vec![
            Line::from(vec![Span::styled(scn.meta.title.clone(), t.title()), Span::raw(format!(" — {state}"))]),
            Line::raw("Each team types its command in a terminal, then its code at the password prompt."),
        ])
        .wrap(Wrap { trim: true }),
        head,
    );
    let block = Block::bordered().title(" The room ");
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
        let (long, short, style) = presence(seat, t);
        // Every row keeps the same columns; a status too long for what is left is said shorter.
        let left = width.saturating_sub(2 + name_w + command_w + cells(&code) + 2);
        let status = if cells(&long) <= left { long } else { fit(&short, left) };
        let line = Line::from(vec![
            Span::raw(if selected { "▶ " } else { "  " }),
            Span::styled(pad(&seat.label, name_w), if selected { t.selected() } else { Style::new() }),
            Span::raw(pad(&invite.command(&seat.name), command_w)),
            Span::styled(format!("{code}  "), t.key()),
            Span::styled(status, style),
        ]);
        frame.render_widget(line, row);
        hits.push(Hit { rect: row, target: Target::Row(i) });
        if selected {
            frame.set_cursor_position((row.x, row.y));
        }
    }
    let fingerprint = format!(
        "Host key: {} — a student's SSH shows this the first time it connects; it should match.",
        invite.fingerprint
    );
    let saved = match &view.save_error {
        Some(error) => Line::styled(fit(error, width), t.bad()),
        None => Line::styled("The game is saved after every change (harmattan watch and report read it).", t.dim()),
    };
    frame.render_widget(Paragraph::new(vec![Line::raw(fingerprint), saved]).wrap(Wrap { trim: true }), foot);
    let block = Block::bordered().title(" What happened ");
    let inner = block.inner(log);
    let shown = usize::from(inner.height);
    let lines: Vec<Line> =
        view.log.iter().skip(view.log.len().saturating_sub(shown)).map(|l| Line::raw(l.clone())).collect();
    frame.render_widget(Paragraph::new(lines).block(block), log);
}

/// A seat's state in words, at length and in short, and how it stands out.
fn presence(seat: &Seating, t: Theme) -> (String, String, Style) {
    let from = seat.address.as_deref().map(|a| format!(" from {a}")).unwrap_or_default();
    let (long, short, style) = match seat.presence {
        Presence::Empty => ("waiting to join".to_string(), "not here", t.dim()),
        Presence::Connected => (format!("connected{from}"), "connected", t.good()),
        Presence::Confirmed if seat.address.is_some() => (format!("confirmed{from}"), "confirmed", t.good()),
        Presence::Confirmed => ("confirmed, disconnected".to_string(), "confirmed, gone", t.warn()),
        Presence::Disconnected => ("disconnected: the same code gets back in".to_string(), "DISCONNECTED", t.bad()),
        Presence::Computer => ("played by the computer".to_string(), "computer player", t.dim()),
    };
    (long, short.to_string(), style)
}
