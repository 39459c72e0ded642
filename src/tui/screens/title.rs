//! Title screen and scenario picker.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::tui::app::{App, Hit, Target};

const BANNER: &str = "H A R M A T T A N";

/// Draws the title and the list of scenarios.
pub fn render(app: &App, cursor: usize, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    let t = app.theme;
    let [head, list, detail] =
        Layout::vertical([Constraint::Length(4), Constraint::Min(3), Constraint::Length(6)]).areas(area);
    let head_text = vec![
        Line::styled(BANNER, t.title()).centered(),
        Line::styled("a turn-based crisis game for the classroom", t.dim()).centered(),
    ];
    frame.render_widget(Paragraph::new(head_text).block(Block::new().padding(ratatui::widgets::Padding::top(1))), head);

    let block = Block::bordered().title(" Scenarios ");
    let inner = block.inner(list);
    frame.render_widget(block, list);
    let height = inner.height as usize;
    let first = cursor.saturating_sub(height.saturating_sub(1));
    for (i, entry) in app.catalog.iter().enumerate().skip(first).take(height) {
        let row = Rect::new(inner.x, inner.y + (i - first) as u16, inner.width, 1);
        let (title, status) = match &entry.loaded.scenario {
            Some(s) => (s.meta.title.clone(), format!("{} turns", s.turns())),
            None => {
                let errors = entry.loaded.diagnostics.iter().filter(|d| d.is_error()).count();
                (entry.name.clone(), format!("✗ {errors} problem{}", if errors == 1 { "" } else { "s" }))
            }
        };
        let marker = if i == cursor { "▶ " } else { "  " };
        let style = if i == cursor { t.selected() } else { ratatui::style::Style::new() };
        let status_style = if entry.loaded.scenario.is_some() { t.dim() } else { t.bad() };
        let line = Line::from(vec![
            Span::styled(format!("{marker}{title}"), style),
            Span::raw("  "),
            Span::styled(status, status_style),
        ]);
        frame.render_widget(line, row);
        hits.push(Hit { rect: row, target: Target::Row(i) });
        if i == cursor {
            // The terminal's cursor sits on the chosen row, for screen readers.
            frame.set_cursor_position((row.x, row.y));
        }
    }

    let detail_text = match app.catalog.get(cursor) {
        Some(entry) => match &entry.loaded.scenario {
            Some(s) => vec![
                Line::raw(s.meta.summary.clone()),
                Line::styled(format!("{} · {}", entry.name, s.meta.author), t.dim()),
            ],
            None => vec![Line::styled(
                "This scenario has problems. Press Enter to see them with their line and column.",
                t.bad(),
            )],
        },
        None => vec![Line::raw("No scenarios found.")],
    };
    frame.render_widget(Paragraph::new(detail_text).wrap(Wrap { trim: true }).block(Block::bordered()), detail);
}
