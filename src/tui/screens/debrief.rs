//! End of the game: each team's verdict and why, the shared outcome, the
//! scores with each objective, and the turning points (the turns that moved
//! the scores most).

use std::borrow::Cow;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::engine::scores;
use crate::engine::scoring::Verdict;
use crate::engine::verdict;
use crate::tr;
use crate::tui::app::{App, Hit};
use crate::tui::session::Session;
use crate::tui::view::{Wrapped, cells, pad, scrolling_in};

/// Turns whose resolution changed the standings most: (turn, total movement, news).
pub fn turning_points(session: &Session, count: usize) -> Vec<(u32, i64, Vec<String>)> {
    let scn = &session.scenario;
    let totals: Vec<Vec<i64>> =
        session.timeline.iter().map(|s| scores(scn, s).factions.iter().map(|f| f.total).collect()).collect();
    let mut moves: Vec<(u32, i64, Vec<String>)> = session
        .reports()
        .enumerate()
        .filter_map(|(i, report)| {
            let (before, after) = (totals.get(i)?, totals.get(i + 1)?);
            let movement = before.iter().zip(after).map(|(a, b)| (a - b).abs()).sum();
            let news = report
                .entries()
                .filter(|e| e.audience == crate::engine::Audience::All)
                .filter_map(|e| e.news(scn).map(Cow::into_owned))
                .take(3)
                .collect();
            Some((report.turn, movement, news))
        })
        .collect();
    moves.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    moves.truncate(count);
    moves
}

/// Draws the debrief.
pub fn render(app: &App, scroll: u16, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    let Some(session) = &app.session else { return };
    let (t, lang) = (app.theme, app.lang);
    let scn = &session.scenario;
    let s = scores(scn, &session.state);
    let mut lines = vec![Line::styled(tr!(lang, "screen-debrief-head", title = scn.meta.title.as_str()), t.title())];
    for f in &s.factions {
        let style = match f.verdict {
            Verdict::Met => t.good(),
            Verdict::Partly => t.warn(),
            Verdict::Missed => t.bad(),
        };
        lines.push(Line::styled(verdict::headline(scn, f), style));
    }
    if let Some(shared) = verdict::shared(scn, &s) {
        lines.push(Line::raw(shared));
    }
    lines.push(Line::styled(verdict::standing(scn, &s), t.good()));
    lines.push(Line::raw(""));
    // One column for faction and objective names, as wide as the longest (in screen columns).
    let widest = s
        .factions
        .iter()
        .filter_map(|f| scn.factions.get(f.faction))
        .flat_map(|def| std::iter::once(cells(&def.name)).chain(def.objectives.iter().map(|o| cells(&o.name) + 4)))
        .max()
        .unwrap_or(20);
    let column = widest.min(usize::from(area.width).saturating_sub(24)).max(12) + 1;
    for f in &s.factions {
        let Some(def) = scn.factions.get(f.faction) else { continue };
        lines.push(Line::from(vec![
            Span::styled(pad(&def.name, column), t.faction(def.colour)),
            Span::raw(format!("{:>3} / 100 · {}", f.total, verdict::label(lang, f.verdict))),
        ]));
        let weights: Vec<u32> = f.objectives.iter().map(|o| o.weight).collect();
        for (o, share) in f.objectives.iter().zip(crate::engine::shares(&weights)) {
            let name = def.objectives.iter().find(|x| x.id == o.id).map_or(o.id.as_str(), |x| x.name.as_str());
            let name = pad(name, column - 4);
            let share = tr!(lang, "screen-debrief-share", share = share);
            lines.push(Line::raw(format!("    {name}{:>3} / 100 · {share}", o.score)));
        }
        lines.push(Line::styled(format!("    {}", verdict::why(scn, &s, f)), t.dim()));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(tr!(lang, "screen-debrief-turning-points"), t.title()));
    for (turn, movement, news) in turning_points(session, 3) {
        let date = scn.date_in(lang, turn);
        lines.push(Line::raw(tr!(lang, "screen-debrief-turning-point", turn = turn, date = date, points = movement)));
        for n in news {
            lines.push(Line::styled(format!("    {n}"), t.dim()));
        }
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(tr!(lang, "screen-debrief-keys"), t.dim()));
    let title = format!(" {} ", tr!(lang, "screen-debrief-title"));
    scrolling_in(lang, frame, area, title, Wrapped::new(lines, false), scroll, hits);
}
