//! "Pass the keyboard to …": shows nothing of what the previous team did.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

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
    let mut lines = vec![
        Line::raw(""),
        Line::styled(format!("Pass the keyboard to {}", def.name), t.faction(def.colour)).centered(),
        Line::raw(""),
        Line::raw(format!("Team {}: press Enter {what}.", def.name)).centered(),
        Line::styled("Other teams, please look away.", t.dim()).centered(),
        Line::raw(""),
        Line::styled(format!("Turn {turn}"), t.dim()).centered(),
    ];
    // Time is up for the turn, but this team has not had the keyboard yet: it gets a last call.
    if then == Then::Turn && app.timer.as_ref().is_some_and(crate::tui::timer::TurnTimer::in_last_call) {
        let secs = crate::tui::timer::LAST_CALL.as_secs();
        lines.insert(1, Line::styled("LAST CALL: the turn's time is up", t.bad()).centered());
        lines.insert(
            5,
            Line::raw(format!("You have {secs} seconds from Enter, then your queued orders count.")).centered(),
        );
    }
    let height = u16::try_from(lines.len()).unwrap_or(10) + 3;
    let rect = centred(area, 64, height);
    // Wrapped at words: a long team name never cuts the sentence short.
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }).block(Block::bordered()), rect);
    hits.push(Hit { rect, target: Target::Button(Action::Select) });
}
