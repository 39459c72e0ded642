//! A hosted game's team between turns: before the game starts, and once
//! its orders are in. Says who has confirmed (never what they ordered) and
//! who the room is waiting for.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::tui::app::App;
use crate::tui::view::centred;

/// Draws the waiting card of `faction`'s team.
pub fn render(app: &App, faction: usize, frame: &mut Frame, area: Rect) {
    let (Some(session), Some(remote)) = (&app.session, &app.remote) else { return };
    let scn = &session.scenario;
    let Some(def) = scn.factions.get(faction) else { return };
    let t = app.theme;
    let mut lines =
        vec![Line::raw(""), Line::styled(def.name.clone(), t.faction(def.colour)).centered(), Line::raw("")];
    if !remote.status.started {
        lines.push(Line::raw(format!("You are in the {} seat.", def.name)).centered());
        lines.push(Line::raw("The facilitator will start the game when every team is here.").centered());
    } else {
        let turn = session.state.turn;
        lines.push(Line::raw(format!("Your orders for turn {turn} are in.")).centered());
        lines.push(Line::raw(""));
        let names = |waiting: bool| -> Vec<String> {
            session
                .seats
                .iter()
                .enumerate()
                .filter(|(f, seat)| **seat == Some(crate::tui::session::Seat::Human) && *f != faction)
                .filter(|(f, _)| session.waiting.contains(f) == waiting)
                .filter_map(|(f, _)| scn.factions.get(f).map(|d| d.name.clone()))
                .collect()
        };
        let (thinking, done) = (names(true), names(false));
        for name in &done {
            lines.push(Line::styled(format!("{name} has confirmed."), t.good()).centered());
        }
        if !thinking.is_empty() {
            lines.push(Line::raw(format!("Waiting for {}.", crate::text::and_list(&thinking))).centered());
        }
        lines.push(Line::raw(""));
        lines.push(Line::styled("The results appear here as soon as the turn resolves.", t.dim()).centered());
    }
    let rect = centred(area, 64, u16::try_from(lines.len()).unwrap_or(12) + 3);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }).block(Block::bordered()), rect);
}
