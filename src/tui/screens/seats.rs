//! Seat assignment: a human team or a computer player for each faction, and the seed.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::tr;
use crate::tui::app::{App, Hit, Target};
use crate::tui::session::Seat;
use crate::tui::view::{cells, pad};

/// Draws the seat table, the seed and the Start button.
pub fn render(app: &App, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    let (Some(setup), Some(scn)) = (&app.setup, app.scenario()) else { return };
    let (t, lang) = (app.theme, app.lang);
    let [head, body, foot] =
        Layout::vertical([Constraint::Length(3), Constraint::Min(4), Constraint::Length(4)]).areas(area);
    frame.render_widget(
        Paragraph::new(vec![
            Line::styled(scn.meta.title.clone(), t.title()),
            Line::raw(tr!(lang, "room-seats-question")),
        ])
        .wrap(Wrap { trim: true }),
        head,
    );
    let block = Block::bordered().title(format!(" {} ", tr!(lang, "room-seats-title")));
    let inner = block.inner(body);
    frame.render_widget(block, body);
    let name_w = scn.factions.iter().map(|f| cells(&f.name)).max().unwrap_or(10).min(40) + 2;
    let mut y = inner.y;
    for (i, seat) in setup.seats.iter().enumerate() {
        let Some(def) = scn.factions.get(i) else { continue };
        if y >= inner.bottom() {
            break;
        }
        let selected = setup.cursor == i;
        let label = match seat {
            Some(seat) => seat.label_in(lang),
            None => tr!(lang, "room-seats-not-playable"),
        };
        let row = Rect::new(inner.x, y, inner.width, 1);
        let line = Line::from(vec![
            Span::raw(if selected { "▶ " } else { "  " }),
            Span::styled(pad(&def.name, name_w), t.faction(def.colour)),
            Span::styled(format!("◀ {label} ▶"), if selected { t.selected() } else { Style::new() }),
        ]);
        frame.render_widget(line, row);
        hits.push(Hit { rect: row, target: Target::Row(i) });
        if selected {
            frame.set_cursor_position((row.x, row.y));
        }
        y += 1;
    }
    let seed_row = setup.seats.len();
    let seed_text = match &setup.seed_text {
        Some(text) => format!("{text}▏ {}", tr!(lang, "room-seats-seed-typing")),
        None => setup.seed.to_string(),
    };
    // The seed is an identifier: its digits are shown as typed, never grouped.
    let seed_label = format!("{} ", tr!(lang, "room-seats-seed"));
    let start = format!("[ {} ]", tr!(lang, "room-seats-start"));
    let rows = [(seed_row, format!("{seed_label}{seed_text}")), (seed_row + 1, start)];
    for (offset, (row_index, text)) in rows.iter().enumerate() {
        let row = Rect::new(inner.x, y + 1 + offset as u16, inner.width, 1);
        if row.y >= inner.bottom() {
            break;
        }
        let selected = setup.cursor == *row_index;
        let style = if selected { t.selected() } else { Style::new() };
        frame.render_widget(
            Line::from(vec![Span::raw(if selected { "▶ " } else { "  " }), Span::styled(text.clone(), style)]),
            row,
        );
        hits.push(Hit { rect: row, target: Target::Row(*row_index) });
        if selected {
            // While the seed is typed, the cursor follows the digits.
            let x = match &setup.seed_text {
                Some(text) if *row_index == seed_row => row.x + 2 + cells(&seed_label) as u16 + cells(text) as u16,
                _ => row.x,
            };
            frame.set_cursor_position((x.min(row.right().saturating_sub(1)), row.y));
        }
    }
    let humans = setup.seats.iter().filter(|s| **s == Some(Seat::Human)).count();
    let note =
        if humans == 0 { tr!(lang, "room-seats-no-team") } else { tr!(lang, "room-seats-teams", teams = humans) };
    frame.render_widget(Paragraph::new(note).wrap(Wrap { trim: true }).block(Block::bordered()), foot);
}
