//! What happened this turn, as the whole room may see it: public orders
//! with their rolls, events, answers, flows, and every value that changed.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::engine::report::{Audience, EntryKind, change_text};
use crate::report::headline::headline;
use crate::tr;
use crate::tui::app::{App, Hit};
use crate::tui::view::{Wrapped, scrolling_in};

/// Draws the public account of the last resolved turn.
pub fn render(app: &App, scroll: u16, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    let Some(session) = &app.session else { return };
    let Some(report) = session.last_report() else { return };
    let title = format!(" {} ", tr!(app.lang, "screen-resolution-title"));
    render_turn(app, report, false, scroll, title, frame, area, hits);
}

/// Draws one turn of a replay with everything revealed (`harmattan replay --view`).
pub fn render_replay(app: &App, index: usize, scroll: u16, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    let Some(session) = &app.session else { return };
    let lang = app.lang;
    let total = session.record.turns.len();
    let Some(report) = session.reports().nth(index) else {
        let text = Wrapped::new(vec![Line::raw(tr!(lang, "screen-replay-empty"))], false);
        scrolling_in(lang, frame, area, format!(" {} ", tr!(lang, "screen-replay-title-empty")), text, 0, hits);
        return;
    };
    let title = format!(" {} ", tr!(lang, "screen-replay-title", turn = index + 1, turns = total));
    render_turn(app, report, true, scroll, title, frame, area, hits);
}

/// The account of a turn: public entries only, or (for a replay) all of
/// them with secret and umpire-only ones marked.
#[allow(clippy::too_many_arguments)]
pub fn render_turn(
    app: &App,
    report: &crate::engine::TurnReport,
    reveal: bool,
    scroll: u16,
    title: String,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Vec<Hit>,
) {
    let Some(session) = &app.session else { return };
    let (t, lang) = (app.theme, app.lang);
    let scn = &session.scenario;
    // The state the turn resolved from: its opening after the umpire's rulings, so that a
    // question brought in mid-turn (an injected event's choice) is found when it is answered.
    let opening = report.turn.checked_sub(1).and_then(|i| {
        let mut state = session.timeline.get(i as usize)?.clone();
        for ruling in session.record.turns.get(i as usize).map_or(&[][..], |r| r.rulings.as_slice()) {
            // A ruling that no longer applies changes nothing here; replay reports it.
            let _ = crate::engine::umpire::apply(scn, &mut state, ruling);
        }
        Some(state)
    });
    let brief = headline(scn, report, opening.as_ref(), reveal);
    let date = scn.date_in(lang, report.turn);
    let mut lines =
        vec![Line::styled(tr!(lang, "screen-resolution-brief", turn = report.turn, date = date), t.title())];
    let mut said = |label: &str, text: String| {
        lines.push(Line::from(vec![Span::styled(format!("{label} "), t.key()), Span::raw(text)]));
    };
    for side in brief.sides {
        said("▸", side);
    }
    let separator = tr!(lang, "report-separator-semicolon");
    if !brief.happened.is_empty() {
        said("▸", tr!(lang, "screen-resolution-happened", events = brief.happened.join(&separator)));
    }
    if !brief.largest.is_empty() {
        said("▸", tr!(lang, "screen-resolution-largest", changes = brief.largest.join(&separator)));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(tr!(lang, "screen-resolution-detail"), t.title()));
    let shown = report.entries().filter(|e| reveal || e.audience == Audience::All);
    // For the room, income and the scenario's rules are one line; their changes are listed below.
    let routine = |e: &&crate::engine::Entry| matches!(e.kind, EntryKind::Income { .. } | EntryKind::Rule { .. });
    for e in shown.filter(|e| reveal || !routine(e)) {
        let rolled =
            |key: &str, r: &crate::engine::dice::Roll| format!(" {}", tr!(lang, key, roll = r.roll, chance = r.chance));
        let roll = match &e.kind {
            EntryKind::Order { roll: Some(r), .. } => {
                Some(rolled(if r.success { "screen-roll-success" } else { "screen-roll-failure" }, r))
            }
            // An attack or a protest is not a "success": the roll says whether the event happened.
            EntryKind::Event { roll: Some(r), .. } => {
                Some(rolled(if r.success { "screen-roll-happens" } else { "screen-roll-not-happen" }, r))
            }
            _ => None,
        };
        let refused = match &e.kind {
            EntryKind::Refused { faction, order, reason } => {
                let who = scn.factions.get(*faction).map_or("?", |f| f.name.as_str());
                let what = scn
                    .action_index(&order.action)
                    .and_then(|a| scn.actions.get(a))
                    .map_or_else(|| tr!(lang, "screen-resolution-an-order"), |a| a.name.clone());
                Some(tr!(lang, "screen-resolution-refused", team = who, action = what, reason = reason.as_str()))
            }
            _ => None,
        };
        let headline = match (&e.kind, e.news(scn)) {
            (EntryKind::Refused { .. }, _) => refused,
            (EntryKind::Rule { rule }, _) => scn.rules.get(*rule).map(|r| {
                let d = if r.description.is_empty() { r.id.clone() } else { r.description.clone() };
                tr!(lang, "screen-resolution-rule", rule = d)
            }),
            (EntryKind::Income { faction }, _) => {
                scn.factions.get(*faction).map(|f| tr!(lang, "screen-resolution-income", team = f.name.as_str()))
            }
            (EntryKind::Flow { route, delivered, sent, .. }, None) => scn.routes.get(*route).map(|r| {
                let route = r.name.as_str();
                tr!(lang, "screen-resolution-flow", route = route, delivered = *delivered, sent = *sent)
            }),
            (_, Some(news)) => Some(news.into_owned()),
            _ => None,
        };
        let Some(headline) = headline else { continue };
        let style = match &e.kind {
            EntryKind::Order { success: false, .. } => t.bad(),
            EntryKind::Event { .. } | EntryKind::GameOver { .. } => t.warn(),
            EntryKind::Rule { .. } | EntryKind::Income { .. } | EntryKind::Flow { .. } => t.dim(),
            _ => ratatui::style::Style::new(),
        };
        let mut spans = vec![Span::styled("▸ ", t.key())];
        match e.audience {
            Audience::All => {}
            Audience::Only(f) => {
                let who = scn.factions.get(f).map_or("?", |x| x.name.as_str());
                spans
                    .push(Span::styled(format!("{} ", tr!(lang, "screen-resolution-seen-only", team = who)), t.warn()));
            }
            Audience::Umpire => {
                spans.push(Span::styled(format!("{} ", tr!(lang, "screen-resolution-umpire-only")), t.warn()))
            }
        }
        spans.push(Span::styled(headline, style));
        if let Some(roll) = roll {
            spans.push(Span::styled(roll, t.dim()));
        }
        lines.push(Line::from(spans));
    }
    if let Some(routine) = brief.routine.filter(|_| !reveal) {
        lines.push(Line::from(vec![Span::styled("▸ ", t.key()), Span::styled(routine, t.dim())]));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(tr!(lang, "screen-resolution-changed"), t.title()));
    for change in &report.net {
        let (arrow, style) = if change.after > change.before { ("▲", t.good()) } else { ("▼", t.bad()) };
        lines.push(Line::from(vec![Span::styled(format!("  {arrow} "), style), Span::raw(change_text(scn, change))]));
    }
    scrolling_in(lang, frame, area, title, Wrapped::new(lines, false), scroll, hits);
}
