//! A team's private briefing and objectives.

use crate::engine::shares;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::tr;
use crate::tui::app::{App, Hit};
use crate::tui::view::{Wrapped, scrolling_in};

/// Draws the briefing.
pub fn render(app: &App, faction: usize, scroll: u16, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    let Some(scn) = app.scenario() else { return };
    let Some(def) = scn.factions.get(faction) else { return };
    let (t, lang) = (app.theme, app.lang);
    let head = tr!(lang, "screen-briefing-head", team = def.name.as_str());
    let mut lines = vec![Line::styled(head, t.faction(def.colour)), Line::raw("")];
    for paragraph in def.briefing.split("\n\n") {
        lines.push(Line::raw(paragraph.trim().to_string()));
        lines.push(Line::raw(""));
    }
    lines.push(Line::styled(tr!(lang, "screen-briefing-how-you-score"), t.title()));
    let weights: Vec<u32> = def.objectives.iter().map(|o| o.weight).collect();
    for (o, share) in def.objectives.iter().zip(shares(&weights)) {
        let objective = o.name.as_str();
        lines.push(Line::raw(if o.description.is_empty() {
            tr!(lang, "screen-briefing-objective", objective = objective, share = share)
        } else {
            let description = o.description.as_str();
            tr!(
                lang,
                "screen-briefing-objective-described",
                objective = objective,
                share = share,
                description = description
            )
        }));
    }
    lines.push(Line::raw(crate::engine::verdict::rules_for(scn, faction)));
    lines.push(Line::raw(""));
    lines.push(Line::styled(tr!(lang, "screen-briefing-done"), t.dim()));
    let title = format!(" {} · {} ", scn.meta.title, def.name);
    scrolling_in(lang, frame, area, title, Wrapped::new(lines, true), scroll, hits);
}
