//! A hosted game's team between turns: before the game starts, and once
//! its orders are in. Says who has confirmed (never what they ordered) and
//! who the room is waiting for, and which language the seat reads (`L`
//! switches it).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::host::langs;
use crate::i18n::Lang;
use crate::tr;
use crate::tui::app::{App, names_in};
use crate::tui::theme::Theme;
use crate::tui::view::centred;

/// Draws the waiting card of `faction`'s team.
pub fn render(app: &App, faction: usize, frame: &mut Frame, area: Rect) {
    let (Some(session), Some(remote)) = (&app.session, &app.remote) else { return };
    let scn = &session.scenario;
    let Some(def) = scn.factions.get(faction) else { return };
    let (t, lang) = (app.theme, app.lang);
    let mut lines =
        vec![Line::raw(""), Line::styled(def.name.clone(), t.faction(def.colour)).centered(), Line::raw("")];
    if !remote.status.started {
        lines.push(Line::raw(tr!(lang, "room-waiting-seat", faction = def.name.as_str())).centered());
        lines.push(Line::raw(tr!(lang, "room-waiting-start")).centered());
    } else {
        let turn = session.state.turn;
        lines.push(Line::raw(tr!(lang, "room-waiting-orders-in", turn = turn)).centered());
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
            lines.push(Line::styled(tr!(lang, "room-waiting-confirmed", faction = name.as_str()), t.good()).centered());
        }
        if !thinking.is_empty() {
            let waiting = tr!(lang, "room-waiting-for", teams = names_in(lang, &thinking));
            lines.push(Line::raw(waiting).centered());
        }
        lines.push(Line::raw(""));
        lines.push(Line::styled(tr!(lang, "room-waiting-results"), t.dim()).centered());
    }
    lines.push(Line::raw(""));
    lines.push(language_line(lang, t));
    let rect = centred(area, 64, u16::try_from(lines.len()).unwrap_or(12) + 3);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }).block(Block::bordered()), rect);
}

/// `Language (L): English · Français · العربية`, the seat's own picked out:
/// each language named as its readers write it, so anyone finds theirs.
pub fn language_line(lang: Lang, t: Theme) -> Line<'static> {
    let mut spans = vec![Span::raw(format!("{} ", tr!(lang, "room-language", key = langs::KEY.to_string())))];
    for (i, each) in Lang::ALL.into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(" · ", t.dim()));
        }
        let style = if each == lang { t.selected() } else { t.dim() };
        spans.push(Span::styled(langs::endonym(each), style));
    }
    Line::from(spans).centered()
}
