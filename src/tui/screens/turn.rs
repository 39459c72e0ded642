//! A team's turn: the overview (map, gauges, relations, news), the action
//! tabs with previews, and the decisions and queue tab.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use crate::engine::check::{Committed, preview, target_index};
use crate::engine::report::{Change, change_text};
use crate::engine::{PendingKind, Response, faction_view};
use crate::scenario::format::Better;
use crate::scenario::format::{Stacking, TargetKind};
use crate::tui::app::{
    App, Hit, Tab, Target, TurnScreen, actions_in, answer_of, committed, only_target, pending_for, picker_targets,
    unused,
};
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::view::{cells, centred, fit, fit_words};
use crate::tui::widgets::gauge::Gauge;
use crate::tui::widgets::map::Map;

/// Draws the turn screen.
pub fn render(app: &App, turn: &TurnScreen, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    let Some(session) = &app.session else { return };
    let t = app.theme;
    let scn = &session.scenario;
    let Some(me) = scn.factions.get(turn.faction) else { return };
    let [head, tabs, body] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1), Constraint::Min(1)]).areas(area);
    let used = committed(session, turn.faction, &turn.draft).ap;
    let header = Line::from(vec![
        Span::styled(format!(" {} ", me.name), t.faction(me.colour).add_modifier(ratatui::style::Modifier::REVERSED)),
        Span::raw(format!(
            "  Turn {} of {} · {} · {} of {} action points left",
            session.state.turn,
            scn.turns(),
            scn.date_of(session.state.turn),
            me.action_points.saturating_sub(used),
            me.action_points
        )),
    ]);
    frame.render_widget(header, head);
    tab_bar(app, session, turn, frame, tabs, hits);
    match turn.tab {
        Tab::Overview => overview(t, session, turn, frame, body),
        Tab::Actions(category) => actions(t, session, turn, category, frame, body, hits),
        Tab::Decisions => decisions(t, session, turn, frame, body, hits),
    }
    if let Some((action, row)) = turn.picker {
        picker(t, session, turn, action, row, frame, body, hits);
    }
    if turn.confirming {
        confirm(t, session, turn, frame, body, hits);
    }
}

/// "You have 1 action point left. Confirm anyway? y/n", over the turn.
fn confirm(t: Theme, session: &Session, turn: &TurnScreen, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    let what = unused(session, turn).unwrap_or_default();
    let question = Line::from(vec![
        Span::raw("Confirm anyway? "),
        Span::styled("y", t.key()),
        Span::raw(" yes · "),
        Span::styled("any other key", t.key()),
        Span::raw(" back to the orders"),
    ]);
    let width = area.width.min(60);
    let text = Paragraph::new(vec![Line::raw(what), question]).wrap(Wrap { trim: true });
    let height = u16::try_from(text.line_count(width.saturating_sub(2)) + 2).unwrap_or(6);
    let rect = centred(area, width, height);
    frame.render_widget(Clear, rect);
    frame.render_widget(text.block(Block::bordered().title(" Confirm your orders? ")), rect);
    // The terminal cursor waits on the question, for screen readers; "y" is clickable.
    let y = rect.bottom().saturating_sub(2);
    frame.set_cursor_position((rect.x + 1 + 16, y));
    hits.push(Hit {
        rect: Rect::new(rect.x + 1 + 16, y, 5, 1),
        target: Target::Button(crate::tui::input::Action::Char('y')),
    });
}

fn tab_bar(app: &App, session: &Session, turn: &TurnScreen, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    let pending = pending_for(session, turn.faction).len();
    let queued = turn.draft.orders.len();
    let names = [
        "Overview".to_string(),
        "Diplomatic".to_string(),
        "Energy".to_string(),
        "Security".to_string(),
        format!("Queue {queued} · Answer {pending}"),
    ];
    let mut x = area.x;
    let mut spans = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let text = format!(" {} {name} ", i + 1);
        let w = text.chars().count() as u16;
        if x + w > area.right() {
            break;
        }
        let style = if Tab::ALL.get(i) == Some(&turn.tab) { app.theme.selected() } else { app.theme.dim() };
        hits.push(Hit { rect: Rect::new(x, area.y, w, 1), target: Target::Tab(i) });
        spans.push(Span::styled(text, style));
        spans.push(Span::raw(" "));
        x += w + 1;
    }
    frame.render_widget(Line::from(spans), area);
}

fn overview(t: Theme, session: &Session, turn: &TurnScreen, frame: &mut Frame, area: Rect) {
    let scn = &session.scenario;
    let view = faction_view(scn, &session.state, turn.faction);
    // A narrow screen splits evenly so the gauges keep a readable bar.
    let split = if area.width < 100 { [50, 50] } else { [55, 45] };
    let columns = Layout::horizontal(split.map(Constraint::Percentage));
    let [_, side_probe] = columns.areas(area);
    let width = side_probe.width.saturating_sub(2);
    let lines = side_lines(t, session, &view, turn, width);
    let focus_row = score_lines(t, session, turn.faction, width).len();

    let mut news: Vec<Line> = Vec::new();
    for e in &view.start_log {
        if let Some(n) = &e.news {
            news.push(Line::from(vec![Span::styled("▸ ", t.warn()), Span::raw(n.clone())]));
        }
    }
    if let Some(report) = session.last_report() {
        for line in report.for_faction(turn.faction).news() {
            news.push(Line::from(vec![Span::styled("· ", t.dim()), Span::raw(line.to_string())]));
        }
    }
    if news.is_empty() {
        news.push(Line::styled("No news yet.", t.dim()));
    }
    let news = Paragraph::new(news).wrap(Wrap { trim: true });
    // The news box is as tall as its news (3 to 7 rows), and gives rows back when the side panel needs them.
    let news_rows = u16::try_from(news.line_count(area.width.saturating_sub(2)) + 2).unwrap_or(7).clamp(3, 7);
    let side_rows = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX).max(10);
    let spare = area.height.saturating_sub(side_rows);
    // News keeps up to 5 rows even when the side panel (which scrolls) wants them.
    let news_rows = news_rows.min(spare.max(5)).max(3).min(area.height.saturating_sub(8));
    let [top, news_area] = Layout::vertical([Constraint::Min(8), Constraint::Length(news_rows)]).areas(area);
    let [map_area, side] = columns.areas(top);

    let var_name = scn.region_vars.get(turn.map_var).map_or("", |v| v.name.as_str());
    let map_block = Block::bordered().title(format!(" Map · {var_name} (v) "));
    let inner = map_block.inner(map_area);
    frame.render_widget(map_block, map_area);
    let [map_body, legend] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
    let map = Map { scenario: scn, state: &view, var: turn.map_var, selected: Some(turn.region), theme: t };
    map.render(map_body, frame.buffer_mut());
    frame.render_widget(crate::tui::widgets::map::legend(t, inner.width), legend);

    // What does not fit is announced, never silently cut: ↑↓ scroll the panel.
    let room = usize::from(side.height.saturating_sub(2));
    let mut lines = lines;
    let skip = turn.side.min(lines.len().saturating_sub(room.max(1)));
    if skip > 0 {
        lines.drain(..skip);
        if let Some(first) = lines.first_mut() {
            *first = Line::styled(format!("… {skip} lines above (↑)"), t.dim());
        }
    }
    if lines.len() > room && room > 0 {
        let hidden = lines.len() - room + 1;
        lines.truncate(room - 1);
        lines.push(Line::styled(format!("… {hidden} more lines (↓ to scroll)"), t.dim()));
    }
    frame.render_widget(Paragraph::new(lines).block(Block::bordered()), side);
    // The focus is the selected region's name in the side panel (for screen readers),
    // or the panel's top when it has scrolled past it.
    let focus = u16::try_from(focus_row.saturating_sub(skip).min(room.saturating_sub(1))).unwrap_or(0);
    frame.set_cursor_position((side.x + 1, side.y + 1 + focus));

    let title = format!(" News · {} ", scn.date_of(session.state.turn));
    let mut block = Block::bordered().title(title);
    if news.line_count(news_area.width.saturating_sub(2)) + 2 > usize::from(news_area.height) {
        block = block.title_bottom(Line::from(" more in the last resolution ").right_aligned());
    }
    frame.render_widget(news.block(block), news_area);
}

/// The side panel of the overview: the selected region, the team, relations and flags.
fn side_lines(
    t: Theme,
    session: &Session,
    view: &crate::engine::GameState,
    turn: &TurnScreen,
    width: u16,
) -> Vec<Line<'static>> {
    let scn = &session.scenario;
    let others: Vec<usize> =
        (0..scn.factions.len()).filter(|&f| f != turn.faction && scn.factions[f].playable).collect();
    let labels = scn
        .region_vars
        .iter()
        .map(|v| cells(&v.name))
        .chain(scn.faction_vars.iter().map(|v| cells(&v.name)))
        .chain(others.iter().map(|&f| cells(&scn.factions[f].name)));
    let label_w = (labels.max().unwrap_or(10) + 1).min(usize::from(width) * 2 / 5).max(8);
    // The team's score comes first: it is what the team plays for.
    let mut lines = score_lines(t, session, turn.faction, width);
    if let Some(region) = scn.regions.get(turn.region) {
        let owner = region.controller.and_then(|c| scn.factions.get(c)).map_or("no one".into(), |f| f.name.clone());
        lines.push(Line::styled(fit(&format!("{} (held by {owner}) ←→", region.name), width.into()), t.title()));
        for (v, decl) in scn.region_vars.iter().enumerate() {
            let value = view.region_vars.get(turn.region).and_then(|x| x.get(v)).copied().unwrap_or(0);
            let unit = scn.region_unit(turn.region, v);
            let gauge = Gauge { label: &decl.name, value, min: decl.min, max: decl.max, unit, better: decl.better };
            lines.push(gauge.line(t, label_w, width));
        }
    }
    if let Some(me) = scn.factions.get(turn.faction) {
        lines.push(Line::styled(me.name.clone(), t.faction(me.colour)));
        for (v, decl) in scn.faction_vars.iter().enumerate() {
            let value = view.faction_vars.get(turn.faction).and_then(|x| x.get(v)).copied().unwrap_or(0);
            let unit = scn.faction_unit(turn.faction, v);
            let gauge = Gauge { label: &decl.name, value, min: decl.min, max: decl.max, unit, better: decl.better };
            lines.push(gauge.line(t, label_w, width));
        }
    }
    if !others.is_empty() {
        lines.push(Line::styled("Relations", t.title()));
    }
    let n = view.faction_count();
    for &f in &others {
        let value = view.relations.get(turn.faction * n + f).copied().unwrap_or(0);
        let gauge =
            Gauge { label: &scn.factions[f].name, value, min: -100, max: 100, unit: "", better: Better::Higher };
        lines.push(gauge.line(t, label_w, width));
    }
    if !scn.flags.is_empty() {
        lines.push(Line::styled("Situation", t.title()));
    }
    for (i, flag) in scn.flags.iter().enumerate() {
        let on = view.flags.get(i).copied().unwrap_or(false);
        lines.push(Line::from(vec![
            Span::styled(if on { "✓ " } else { "✗ " }, if on { t.good() } else { t.dim() }),
            Span::raw(fit(&flag.name, usize::from(width).saturating_sub(2))),
        ]));
    }
    lines
}

#[allow(clippy::too_many_arguments)]
fn actions(
    t: Theme,
    session: &Session,
    turn: &TurnScreen,
    category: crate::scenario::format::Category,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Vec<Hit>,
) {
    let scn = &session.scenario;
    let list = actions_in(scn, turn.faction, category);
    let [left, right] = Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(area);
    let block = Block::bordered().title(format!(" {category:?} actions "));
    let inner = block.inner(left);
    frame.render_widget(block, left);
    let c = committed(session, turn.faction, &turn.draft);
    let first = turn.cursor.saturating_sub((inner.height as usize).saturating_sub(1));
    for (row, &a) in list.iter().enumerate().skip(first).take(inner.height as usize) {
        let Some(def) = scn.actions.get(a) else { continue };
        let targets = picker_targets(session, turn.faction, a, &turn.draft);
        let available = targets.iter().any(|(_, r)| r.is_ok());
        // The one preview every screen uses (the same target as the detail pane and role card).
        let shown = crate::engine::check::shown_preview(scn, &session.state, turn.faction, a, &c);
        let chance = def.chance.as_ref().and(shown.as_ref()).map_or(100, |(_, p)| p.chance);
        let cost: Vec<String> = def
            .cost
            .iter()
            .map(|&(v, amount)| format!("{amount} {}", scn.faction_vars.get(v).map_or("?", |d| d.name.as_str())))
            .collect();
        let selected = row == turn.cursor;
        let style = match (selected, available) {
            (true, _) => t.selected(),
            (false, true) => Style::new(),
            (false, false) => t.dim(),
        };
        let mark = if available { "  " } else { "✗ " };
        // The name gives way first (at a word), then the cost (it is in the detail pane): the chance always shows.
        let room = usize::from(inner.width).saturating_sub(4);
        let mut bracket =
            format!("[{}{chance}%]", if cost.is_empty() { String::new() } else { format!("{} · ", cost.join(", ")) });
        if cells(&def.name) + cells(&bracket) > room {
            bracket = format!("[{chance}%]");
        }
        // The one possible target is named in the row (Enter orders it at once), when it fits.
        let only = only_target(&targets).and_then(|i| crate::engine::news::target_name(scn, def, Some(i)));
        let name = match only {
            Some(target) if cells(&def.name) + cells(&target) + 3 + cells(&bracket) <= room => {
                format!("{} → {target}", def.name)
            }
            _ => def.name.clone(),
        };
        // The same reason as the detail pane (the shown target's), else the first target's.
        let why = shown
            .as_ref()
            .and_then(|(_, p)| p.available.as_ref().err())
            .or_else(|| targets.iter().find_map(|(_, r)| r.as_ref().err()))
            .filter(|_| selected && !available);
        let text = match why {
            // The selected row says why it cannot be ordered, in the row itself.
            Some(why) => {
                let width = usize::from(inner.width);
                let whole = format!("{mark}{} — {why}", def.name);
                if cells(&whole) <= width {
                    whole
                } else {
                    // Both shortened at a word: the name to half the row, the reason to the rest.
                    let name = fit_words(&def.name, width / 2);
                    let rest = width.saturating_sub(cells(mark) + cells(&name) + 3);
                    format!("{mark}{name} — {}", fit_words(why, rest))
                }
            }
            None => format!("{mark}{}  {bracket}", fit_words(&name, room.saturating_sub(cells(&bracket)))),
        };
        let rect = Rect::new(inner.x, inner.y + (row - first) as u16, inner.width, 1);
        frame.render_widget(Line::styled(text, style), rect);
        hits.push(Hit { rect, target: Target::Row(row) });
        if selected && turn.picker.is_none() {
            frame.set_cursor_position((rect.x, rect.y));
        }
    }
    if list.is_empty() {
        frame.render_widget(Line::styled("No actions of this kind.", t.dim()), inner);
    }
    let detail = list.get(turn.cursor).map(|&a| action_detail(t, session, turn, a)).unwrap_or_default();
    frame.render_widget(
        Paragraph::new(detail).wrap(Wrap { trim: true }).block(Block::bordered().title(" What it does ")),
        right,
    );
}

/// The description, cost, chance and expected effects of an action.
fn action_detail(t: Theme, session: &Session, turn: &TurnScreen, a: usize) -> Vec<Line<'static>> {
    let scn = &session.scenario;
    let Some(def) = scn.actions.get(a) else { return Vec::new() };
    let c = committed(session, turn.faction, &turn.draft);
    let targets = picker_targets(session, turn.faction, a, &turn.draft);
    let mut lines = vec![Line::styled(def.name.clone(), t.title())];
    let Some((target, p)) = crate::engine::check::shown_preview(scn, &session.state, turn.faction, a, &c) else {
        return lines;
    };
    // Whether it can be ordered comes before the description, so it is never scrolled out of sight.
    match &p.available {
        Ok(()) => match only_target(&targets).and_then(|i| crate::engine::news::target_name(scn, def, Some(i))) {
            Some(on) => lines.push(Line::styled(format!("Available · target: {on} (the only one)"), t.good())),
            None => lines.push(Line::styled("Available", t.good())),
        },
        Err(why) => lines.push(Line::styled(format!("Not available: {why}"), t.bad())),
    }
    if !def.description.is_empty() {
        lines.push(Line::raw(def.description.clone()));
    }
    if targets.iter().all(|(_, r)| r.is_err()) && targets.len() > 1 {
        lines.push(Line::styled("No target is available now.", t.dim()));
    }
    let cost: Vec<String> =
        p.cost.iter().map(|(v, amount, have)| format!("{amount} {} (you have {have})", name_of_var(scn, *v))).collect();
    lines.push(Line::raw(format!(
        "Cost: {} action point{}{}",
        p.ap,
        if p.ap == 1 { "" } else { "s" },
        if cost.is_empty() { String::new() } else { format!(", {}", cost.join(", ")) }
    )));
    let on = match (def.target, target) {
        (TargetKind::None, _) | (_, None) => String::new(),
        // The only target is already named on the "Available" line: no "e.g.".
        (_, Some(_)) if p.available.is_ok() && only_target(&targets).is_some() => String::new(),
        (_, Some(_)) => {
            crate::engine::news::target_name(scn, def, target).map(|n| format!(" (e.g. on {n})")).unwrap_or_default()
        }
    };
    lines.push(Line::raw(format!("Chance of success: {}%{on}", p.chance)));
    if p.consent {
        lines.push(Line::styled("A proposal: the other side answers next turn.", t.warn()));
    }
    if let Some(d) = p.detection {
        lines.push(Line::styled(format!("Secret: others find out with {d}% chance."), t.warn()));
    }
    if p.delay > 0 {
        lines.push(Line::raw(format!("Takes effect {} turn{} later.", p.delay, if p.delay == 1 { "" } else { "s" })));
    }
    if p.duration > 0 {
        lines.push(Line::raw(match p.duration {
            1 => "Lasts 1 turn.".to_string(),
            n => format!("Lasts {n} turns."),
        }));
        match p.stack {
            Stacking::Stack => {}
            Stacking::Refresh => lines.push(Line::raw("Given again while in effect, it starts its turns again.")),
            Stacking::Refuse => lines.push(Line::raw("Cannot be given again while it is in effect.")),
        }
    }
    for (title, changes) in [
        ("If it succeeds:", &p.on_success),
        ("While it lasts (undone when it ends):", &p.hold),
        ("If it fails:", &p.on_failure),
        ("If declined:", &p.on_decline),
        ("If found out:", &p.on_detected),
    ] {
        if changes.is_empty() {
            continue;
        }
        lines.push(Line::styled(title, t.title()));
        lines.extend(change_lines(scn, changes, "  "));
    }
    lines
}

/// One line per change: `▲ Mali · treasury 40 → 55`, in words, as the report writes them.
fn change_lines(scn: &crate::scenario::Scenario, changes: &[Change], indent: &str) -> Vec<Line<'static>> {
    if changes.is_empty() {
        return vec![Line::raw(format!("{indent}nothing changes"))];
    }
    changes
        .iter()
        .map(|change| {
            let arrow = if change.after > change.before { "▲" } else { "▼" };
            Line::raw(format!("{indent}{arrow} {}", change_text(scn, change)))
        })
        .collect()
}

/// What each answer to a pending item does, for the team answering: the
/// changes an accepted proposal makes (and if it then fails), or a refusal's;
/// an event choice's options each with their changes. The chosen one is marked.
fn answer_lines(
    t: Theme,
    session: &Session,
    pending: &crate::engine::Pending,
    answer: &Response,
) -> Vec<Line<'static>> {
    let scn = &session.scenario;
    let state = &session.state;
    let mut lines = Vec::new();
    let mark = |on: bool| if on { "●" } else { "○" };
    match pending.kind {
        PendingKind::Proposal { action, from } => {
            let Some(p) = preview(scn, state, from, action, Some(pending.faction), &Committed::default()) else {
                return lines;
            };
            let accept = *answer == Response::Accept;
            let chance = if p.chance < 100 { format!(" ({}% chance it works)", p.chance) } else { String::new() };
            lines.push(Line::styled(format!("  {} If you accept{chance}:", mark(accept)), t.title()));
            if let Some(why) = crate::engine::check::proposal_unmet(scn, state, pending) {
                // Accepting changes nothing now: say so rather than promise effects.
                lines.push(Line::styled(format!("      It can no longer take effect: {why}"), t.warn()));
            } else {
                lines.extend(change_lines(scn, &p.on_success, "      "));
            }
            if p.chance < 100 && !p.on_failure.is_empty() {
                lines.push(Line::styled("    and if it fails:", t.dim()));
                lines.extend(change_lines(scn, &p.on_failure, "      "));
            }
            lines.push(Line::styled(format!("  {} If you decline (or do not answer):", mark(!accept)), t.title()));
            lines.extend(change_lines(scn, &p.on_decline, "      "));
        }
        PendingKind::Choice { event } => {
            let Some(choice) = scn.events.get(event).and_then(|e| e.choice.as_ref()) else { return lines };
            let b = crate::scenario::expr::Bindings::of(Some(pending.faction), None);
            for option in &choice.options {
                let chosen = matches!(answer, Response::Choose(id) if *id == option.id);
                lines.push(Line::styled(format!("  {} {}:", mark(chosen), option.label), t.title()));
                let planned = crate::engine::effects::plan(&option.effects, state, b);
                lines.extend(change_lines(scn, &crate::engine::effects::preview(scn, state, &planned), "      "));
            }
        }
    }
    lines
}

/// "Your score now: 47/100" and the bars for a verdict, then each objective:
/// its share of the score and how far it is now; last, the shared outcome.
fn score_lines(t: Theme, session: &Session, faction: usize, width: u16) -> Vec<Line<'static>> {
    let scn = &session.scenario;
    let scores = crate::engine::scores(scn, &session.state);
    let Some(mine) = scores.factions.iter().find(|f| f.faction == faction) else { return Vec::new() };
    let Some(def) = scn.factions.get(faction) else { return Vec::new() };
    let width = usize::from(width);
    let mut lines = vec![Line::styled(fit(&format!("Your score now: {}/100", mine.total), width), t.title())];
    let bar = format!("Goals met at {}, partly at {}", def.thresholds.met, def.thresholds.partly);
    lines.push(Line::styled(fit(&bar, width), t.dim()));
    let weights: Vec<u32> = mine.objectives.iter().map(|o| o.weight).collect();
    for (o, share) in mine.objectives.iter().zip(crate::engine::shares(&weights)) {
        let name = def.objectives.iter().find(|x| x.id == o.id).map_or(o.id.as_str(), |x| x.name.as_str());
        let whole = format!("{name} — {share}% of your score — now {}/100", o.score);
        // One line when it fits, else the name and then the numbers: never cut mid-word.
        if cells(&whole) <= width {
            lines.push(Line::raw(whole));
        } else {
            lines.push(Line::raw(fit_words(name, width)));
            lines.push(Line::styled(fit(&format!("  {share}% of your score — now {}/100", o.score), width), t.dim()));
        }
    }
    if let (Some(shared), Some(def)) = (scores.shared, scn.shared.as_ref()) {
        lines.push(Line::raw(fit_words(&format!("{} (shared)", def.name), width)));
        let now = format!("  now {}/100 — held from {},", shared.score, def.held);
        lines.push(Line::styled(fit(&now, width), t.dim()));
        lines.push(Line::styled(fit(&format!("  lost below {} for every team", def.lost), width), t.dim()));
    }
    lines
}

fn name_of_var(scn: &crate::scenario::Scenario, v: usize) -> String {
    scn.faction_vars.get(v).map_or("?".into(), |d| d.name.clone())
}

fn decisions(t: Theme, session: &Session, turn: &TurnScreen, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    let scn = &session.scenario;
    let block = Block::bordered().title(" Answer these, check your orders, then press c to confirm ");
    let inner = block.inner(area);
    frame.render_widget(block, area);
    // Each row is a paragraph of one or more lines; `true` marks the rows the cursor moves over.
    let mut rows: Vec<(Vec<Line>, bool)> = Vec::new();
    let pending = pending_for(session, turn.faction);
    for p in &pending {
        let answer = answer_of(session, turn, p);
        let mut lines = Vec::new();
        match p.kind {
            PendingKind::Proposal { action, from } => {
                let who = scn.factions.get(from).map_or("?", |f| f.name.as_str());
                let def = scn.actions.get(action);
                lines.push(Line::raw(format!("Proposal from {who}: {}", def.map_or("?", |a| a.name.as_str()))));
                if let Some(d) = def.filter(|d| !d.description.is_empty()) {
                    lines.push(Line::styled(format!("  {}", d.description), t.dim()));
                }
                let given = turn.draft.answers.iter().any(|a| a.pending == p.id);
                lines.extend(answer_lines(t, session, p, &answer));
                match (given, answer == Response::Accept) {
                    (false, _) => lines.push(Line::from(vec![
                        Span::raw("  Your answer: "),
                        Span::styled("not answered — counts as DECLINE", t.warn()),
                        Span::styled("  (Enter: accept)", t.dim()),
                    ])),
                    (true, true) => lines.push(answer_line(t, "ACCEPT", "Enter to change")),
                    (true, false) => lines.push(answer_line(t, "DECLINE", "Enter to change")),
                }
            }
            PendingKind::Choice { event } => {
                let e = scn.events.get(event);
                let choice = e.and_then(|e| e.choice.as_ref());
                let prompt = choice.map_or("", |c| c.prompt.as_str());
                lines.push(Line::raw(format!("{}: {prompt}", e.map_or("?", |e| e.title.as_str()))));
                if let Some(e) = e.filter(|e| !e.text.is_empty()) {
                    lines.push(Line::styled(format!("  {}", e.text), t.dim()));
                }
                let (label, at) = match (&answer, choice) {
                    (Response::Choose(id), Some(c)) => match c.options.iter().position(|o| &o.id == id) {
                        Some(i) => (c.options[i].label.clone(), i + 1),
                        None => (id.clone(), 0),
                    },
                    _ => (String::new(), 0),
                };
                let count = choice.map_or(0, |c| c.options.len());
                lines.extend(answer_lines(t, session, p, &answer));
                lines.push(answer_line(t, &label, &format!("{at} of {count} · Enter: next")));
            }
        }
        rows.push((lines, true));
    }
    if pending.is_empty() {
        rows.push((vec![Line::styled("Nothing to answer this turn.", t.dim())], false));
    }
    rows.push((vec![Line::raw(""), Line::styled("Your orders (x to remove):", t.title())], false));
    for order in &turn.draft.orders {
        let def = scn.action_index(&order.action).and_then(|a| scn.actions.get(a));
        let name = def.map_or(order.action.clone(), |d| d.name.clone());
        let target = match (def, &order.target) {
            (Some(d), Some(id)) => target_index(scn, d.target, id)
                .and_then(|i| crate::engine::news::target_name(scn, d, Some(i)))
                .map(|n| format!(" → {n}"))
                .unwrap_or_default(),
            _ => String::new(),
        };
        rows.push((vec![Line::raw(format!("• {name}{target}"))], true));
    }
    if turn.draft.orders.is_empty() {
        rows.push((vec![Line::styled("No orders yet: choose actions in tabs 2–4.", t.dim())], false));
    }
    let paragraphs: Vec<(Paragraph, u16, bool)> = rows
        .into_iter()
        .map(|(lines, is_row)| {
            let p = Paragraph::new(lines).wrap(Wrap { trim: false });
            let h = u16::try_from(p.line_count(inner.width)).unwrap_or(1).max(1);
            (p, h, is_row)
        })
        .collect();
    // Scroll just enough to keep the selected row in view.
    let mut selectable = 0;
    let mut cursor_end = 0u16;
    let mut y = 0u16;
    for (_, h, is_row) in &paragraphs {
        y = y.saturating_add(*h);
        if *is_row {
            if selectable == turn.cursor {
                cursor_end = y;
            }
            selectable += 1;
        }
    }
    let skip = cursor_end.saturating_sub(inner.height);
    let mut selectable = 0;
    let mut y = 0u16;
    for (p, h, is_row) in paragraphs {
        let top = y;
        y = y.saturating_add(h);
        let index = selectable;
        if is_row {
            selectable += 1;
        }
        if top < skip || top - skip >= inner.height {
            continue;
        }
        let rect = Rect::new(inner.x, inner.y + top - skip, inner.width, h.min(inner.height - (top - skip)));
        let style = if is_row && index == turn.cursor { t.selected() } else { Style::new() };
        frame.render_widget(p.style(style), rect);
        if is_row && index == turn.cursor {
            frame.set_cursor_position((rect.x, rect.y));
        }
        if is_row {
            hits.push(Hit { rect, target: Target::Row(index) });
        }
    }
}

/// `  Your answer: ACCEPT  (Enter to change)`.
fn answer_line(t: Theme, answer: &str, hint: &str) -> Line<'static> {
    Line::from(vec![
        Span::raw("  Your answer: "),
        Span::styled(answer.to_string(), t.key()),
        Span::styled(format!("  ({hint})"), t.dim()),
    ])
}

#[allow(clippy::too_many_arguments)]
fn picker(
    t: Theme,
    session: &Session,
    turn: &TurnScreen,
    action: usize,
    row: usize,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Vec<Hit>,
) {
    let scn = &session.scenario;
    let Some(def) = scn.actions.get(action) else { return };
    let targets = picker_targets(session, turn.faction, action, &turn.draft);
    let height = (targets.len() as u16 + 2).min(area.height);
    // Wider on a large screen, so each target's reason reads whole.
    let rect = centred(area, if area.width >= 110 { 100 } else { area.width.min(70) }, height);
    frame.render_widget(Clear, rect);
    // The keys go on the bottom edge when the whole title does not fit (long action names at 80 columns).
    let whole = format!(" {}: choose a target (Enter, Esc to cancel) ", def.name);
    let block = if cells(&whole) + 2 <= usize::from(rect.width) {
        Block::bordered().title(whole)
    } else {
        Block::bordered()
            .title(format!(" {}: choose a target ", fit_words(&def.name, usize::from(rect.width).saturating_sub(22))))
            .title_bottom(Line::from(" Enter choose · Esc cancel ").right_aligned())
    };
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let first = row.saturating_sub((inner.height as usize).saturating_sub(1));
    for (i, (target, ok)) in targets.iter().enumerate().skip(first).take(inner.height as usize) {
        let name = crate::engine::news::target_name(scn, def, *target).unwrap_or_default();
        let (text, style) = match ok {
            Ok(()) => (format!("  {name}"), if i == row { t.selected() } else { Style::new() }),
            Err(why) => (format!("✗ {name} — {why}"), if i == row { t.selected() } else { t.dim() }),
        };
        let text = fit_words(&text, usize::from(inner.width));
        let r = Rect::new(inner.x, inner.y + (i - first) as u16, inner.width, 1);
        frame.render_widget(Line::styled(text, style), r);
        if i == row {
            frame.set_cursor_position((r.x, r.y));
        }
        hits.push(Hit { rect: r, target: Target::Choice(i) });
    }
}
