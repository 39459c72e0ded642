//! "Pass the keyboard to …": shows nothing of what the previous team did.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};

use crate::tui::app::{App, Hit, Target, Then};
use crate::tui::input::Action;
use crate::tui::view::centred;

/// Draws the hand-over card.
pub fn render(app: &App, faction: usize, then: Then, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    let Some(scn) = app.scenario() else { return };
    let Some(def) = scn.factions.get(faction) else { return };
    let t = app.theme;
    let turn = app.session.as_ref().map_or(1, |s| s.state.turn);
    let what = match then {
        Then::Briefing => "to read your private briefing",
        Then::Turn => "to give your orders for this turn",
    };
    let lines = vec![
        Line::raw(""),
        Line::styled(format!("Pass the keyboard to {}", def.name), t.faction(def.colour)).centered(),
        Line::raw(""),
        Line::raw(format!("Team {}: press Enter {what}.", def.name)).centered(),
        Line::styled("Other teams, please look away.", t.dim()).centered(),
        Line::raw(""),
        Line::styled(format!("Turn {turn}"), t.dim()).centered(),
    ];
    let rect = centred(area, 60, 10);
    frame.render_widget(Paragraph::new(lines).block(Block::bordered()), rect);
    hits.push(Hit { rect, target: Target::Button(Action::Select) });
}
