//! Title screen and scenario picker, and the language the room reads.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::i18n::Lang;
use crate::tr;
use crate::tui::app::{App, Entry, Hit, Target};
use crate::tui::input::Action;

const BANNER: &str = "H A R M A T T A N";

/// Draws the title, the languages to choose from and the list of scenarios.
pub fn render(app: &App, cursor: usize, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    let t = app.theme;
    let lang = app.lang;
    let [head, list, detail] =
        Layout::vertical([Constraint::Length(4), Constraint::Min(3), Constraint::Length(6)]).areas(area);
    // Every language in its own name, the one in use marked: `L` (or a click) moves to the next.
    let mut languages = vec![Span::styled("L", t.key()), Span::raw(" ")];
    for (i, &each) in Lang::ALL.iter().enumerate() {
        if i > 0 {
            languages.push(Span::styled(" · ", t.dim()));
        }
        let name = tr!(each, "screen-language-name");
        languages.push(if each == lang { Span::styled(format!("[{name}]"), t.selected()) } else { Span::raw(name) });
    }
    let head_text = vec![
        Line::styled(BANNER, t.title()).centered(),
        Line::styled(tr!(lang, "screen-title-tagline"), t.dim()).centered(),
        Line::from(languages).centered(),
    ];
    frame.render_widget(Paragraph::new(head_text).block(Block::new().padding(ratatui::widgets::Padding::top(1))), head);
    let row = Rect { y: head.y + 3, height: 1, ..head }.intersection(head);
    hits.push(Hit { rect: row, target: Target::Button(Action::Char('L')) });

    let block = Block::bordered().title(format!(" {} ", tr!(lang, "screen-title-scenarios")));
    let inner = block.inner(list);
    frame.render_widget(block, list);
    let height = inner.height as usize;
    let first = cursor.saturating_sub(height.saturating_sub(1));
    for (i, entry) in app.catalog.iter().enumerate().skip(first).take(height) {
        let row = Rect::new(inner.x, inner.y + (i - first) as u16, inner.width, 1);
        let (title, status) = match &entry.loaded.scenario {
            Some(s) => (s.meta.title.clone(), tr!(lang, "screen-title-turns", turns = s.turns())),
            None => {
                let errors = entry.loaded.diagnostics.iter().filter(|d| d.is_error()).count();
                (entry.name.clone(), tr!(lang, "screen-title-problems", count = errors))
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
                Line::styled(format!("{} · {}", shown_name(lang, entry), s.meta.author), t.dim()),
            ],
            None => vec![Line::styled(tr!(lang, "screen-title-has-problems"), t.bad())],
        },
        None => vec![Line::raw(tr!(lang, "screen-title-none"))],
    };
    frame.render_widget(Paragraph::new(detail_text).wrap(Wrap { trim: true }).block(Block::bordered()), detail);
}

/// An entry's name as the list shows it: "(built in)" in the interface's language.
fn shown_name(lang: Lang, entry: &Entry) -> String {
    const BUILT_IN: &str = " (built in)";
    match entry.name.find(BUILT_IN) {
        Some(at) => {
            let rest = &entry.name[at + BUILT_IN.len()..];
            format!("{}{rest}", tr!(lang, "screen-title-built-in", file = &entry.name[..at]))
        }
        None => entry.name.clone(),
    }
}
