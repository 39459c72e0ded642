//! A team's private briefing and objectives.

use crate::engine::shares;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::tui::app::{App, Hit};
use crate::tui::view::scrolling;

/// Draws the briefing.
pub fn render(app: &App, faction: usize, scroll: u16, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    let Some(scn) = app.scenario() else { return };
    let Some(def) = scn.factions.get(faction) else { return };
    let t = app.theme;
    let mut lines =
        vec![Line::styled(format!("Private briefing — {}", def.name), t.faction(def.colour)), Line::raw("")];
    for paragraph in def.briefing.split("\n\n") {
        lines.push(Line::raw(paragraph.trim().to_string()));
        lines.push(Line::raw(""));
    }
    lines.push(Line::styled("How you score", t.title()));
    let weights: Vec<u32> = def.objectives.iter().map(|o| o.weight).collect();
    for (o, share) in def.objectives.iter().zip(shares(&weights)) {
        let desc = if o.description.is_empty() { String::new() } else { format!(" — {}", o.description) };
        lines.push(Line::raw(format!("• {} ({share}% of your score){desc}", o.name)));
    }
    lines.push(Line::raw(crate::engine::verdict::rules_for(scn, faction)));
    lines.push(Line::raw(""));
    lines.push(Line::styled("Press Enter when your team has read this.", t.dim()));
    let title = format!(" {} · {} ", scn.meta.title, def.name);
    scrolling(frame, area, title, Paragraph::new(lines).wrap(Wrap { trim: true }), scroll, hits);
}
