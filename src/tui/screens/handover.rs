//! "Pass the keyboard to …": shows nothing of what the previous team did.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::tr;
use crate::tui::app::{App, Hit, Target, Then};
use crate::tui::input::Action;
use crate::tui::view::centred;

/// Widest the card gets.
const WIDTH: u16 = 64;

/// Draws the hand-over card.
pub fn render(app: &App, faction: usize, then: Then, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    let Some(scn) = app.scenario() else { return };
    let Some(def) = scn.factions.get(faction) else { return };
    let (t, lang) = (app.theme, app.lang);
    let team = def.name.as_str();
    let turn = app.session.as_ref().map_or(1, |s| s.state.turn);
    let press = match then {
        Then::Briefing => tr!(lang, "screen-handover-briefing", team = team),
        Then::Turn => tr!(lang, "screen-handover-turn", team = team),
    };
    let mut lines = vec![
        Line::raw(""),
        Line::styled(tr!(lang, "screen-handover-pass", team = team), t.faction(def.colour)).centered(),
        Line::raw(""),
        Line::raw(press).centered(),
        Line::styled(tr!(lang, "screen-handover-look-away"), t.dim()).centered(),
        Line::raw(""),
        Line::styled(tr!(lang, "screen-handover-turn-number", turn = turn), t.dim()).centered(),
    ];
    // Time is up for the turn, but this team has not had the keyboard yet: it gets a last call.
    if then == Then::Turn && app.timer.as_ref().is_some_and(crate::tui::timer::TurnTimer::in_last_call) {
        let seconds = crate::tui::timer::LAST_CALL.as_secs();
        lines.insert(1, Line::styled(tr!(lang, "screen-handover-last-call"), t.bad()).centered());
        lines.insert(5, Line::raw(tr!(lang, "screen-handover-last-call-seconds", seconds = seconds)).centered());
    }
    // Wrapped at words, and as tall as the wrapped text: a long team name or a
    // long translation never cuts a sentence short.
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: true });
    let width = WIDTH.min(area.width);
    let rows = paragraph.line_count(width.saturating_sub(2));
    let height = u16::try_from(rows).unwrap_or(u16::MAX).saturating_add(3);
    let rect = centred(area, width, height);
    frame.render_widget(paragraph.block(Block::bordered()), rect);
    hits.push(Hit { rect, target: Target::Button(Action::Select) });
}
