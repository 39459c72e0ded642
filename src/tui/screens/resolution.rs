//! What happened this turn, as the whole room may see it: public orders
//! with their rolls, events, answers, flows, and every value that changed.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::engine::report::{Audience, EntryKind, change_text};
use crate::report::headline::headline;
use crate::tui::app::{App, Hit};
use crate::tui::view::scrolling;

/// Draws the public account of the last resolved turn.
pub fn render(app: &App, scroll: u16, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    let Some(session) = &app.session else { return };
    let Some(report) = session.last_report() else { return };
    let title = " Resolution — Enter to continue ".to_string();
    render_turn(app, report, false, scroll, title, frame, area, hits);
}

/// Draws one turn of a replay with everything revealed (`harmattan replay --view`).
pub fn render_replay(app: &App, index: usize, scroll: u16, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    let Some(session) = &app.session else { return };
    let total = session.record.turns.len();
    let Some(report) = session.reports().nth(index) else {
        let text = Paragraph::new("This save has no resolved turn yet.");
        scrolling(frame, area, " Replay ".to_string(), text, 0, hits);
        return;
    };
    let title = format!(" Replay · turn {} of {total} · everything revealed — ←→ turns ", index + 1);
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
    let t = app.theme;
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
    let mut lines =
        vec![Line::styled(format!("Turn {} · {} — in brief", report.turn, scn.date_of(report.turn)), t.title())];
    let mut said = |label: &str, text: String| {
        lines.push(Line::from(vec![Span::styled(format!("{label} "), t.key()), Span::raw(text)]));
    };
    for side in brief.sides {
        said("▸", side);
    }
    if !brief.happened.is_empty() {
        said("▸", format!("Happened: {}", brief.happened.join("; ")));
    }
    if !brief.largest.is_empty() {
        said("▸", format!("Largest changes: {}", brief.largest.join("; ")));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled("In detail (↓ to scroll)", t.title()));
    let shown = report.entries().filter(|e| reveal || e.audience == Audience::All);
    // For the room, income and the scenario's rules are one line; their changes are listed below.
    let routine = |e: &&crate::engine::Entry| matches!(e.kind, EntryKind::Income { .. } | EntryKind::Rule { .. });
    for e in shown.filter(|e| reveal || !routine(e)) {
        let roll = match &e.kind {
            EntryKind::Order { roll: Some(r), .. } => Some(format!(
                " (rolled {} against {}%: {})",
                r.roll,
                r.chance,
                if r.success { "✓ success" } else { "✗ failure" }
            )),
            // An attack or a protest is not a "success": the roll says whether the event happened.
            EntryKind::Event { roll: Some(r), .. } => Some(format!(
                " (rolled {} against {}%: {})",
                r.roll,
                r.chance,
                if r.success { "it happens" } else { "it does not happen" }
            )),
            _ => None,
        };
        let refused = match &e.kind {
            EntryKind::Refused { faction, order, reason } => {
                let who = scn.factions.get(*faction).map_or("?", |f| f.name.as_str());
                let what = scn
                    .action_index(&order.action)
                    .and_then(|a| scn.actions.get(a))
                    .map_or("an order", |a| a.name.as_str());
                Some(format!("{who}: {what} refused — {reason}"))
            }
            _ => None,
        };
        let headline = match (&e.kind, &e.news) {
            (EntryKind::Refused { .. }, _) => refused,
            (EntryKind::Rule { rule }, _) => scn.rules.get(*rule).map(|r| {
                let d = if r.description.is_empty() { r.id.clone() } else { r.description.clone() };
                format!("Rule: {d}")
            }),
            (EntryKind::Income { faction }, _) => scn.factions.get(*faction).map(|f| format!("Income: {}", f.name)),
            (EntryKind::Flow { route, delivered, sent, .. }, None) => {
                scn.routes.get(*route).map(|r| format!("{}: {delivered} of {sent} delivered", r.name))
            }
            (_, Some(news)) => Some(news.clone()),
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
                spans.push(Span::styled(format!("[seen only by {who}] "), t.warn()));
            }
            Audience::Umpire => spans.push(Span::styled("[umpire only] ".to_string(), t.warn())),
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
    lines.push(Line::styled("What changed (start of orders → end of turn)", t.title()));
    for change in &report.net {
        let (arrow, style) = if change.after > change.before { ("▲", t.good()) } else { ("▼", t.bad()) };
        lines.push(Line::from(vec![Span::styled(format!("  {arrow} "), style), Span::raw(change_text(scn, change))]));
    }
    scrolling(frame, area, title, Paragraph::new(lines).wrap(Wrap { trim: false }), scroll, hits);
}
