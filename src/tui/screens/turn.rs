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
use crate::i18n::Lang;
use crate::scenario::format::Better;
use crate::scenario::format::{Stacking, TargetKind};
use crate::tr;
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
    let (t, lang) = (app.theme, app.lang);
    let scn = &session.scenario;
    let Some(me) = scn.factions.get(turn.faction) else { return };
    let [head, tabs, body] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1), Constraint::Min(1)]).areas(area);
    let used = committed(session, turn.faction, &turn.draft).ap;
    let header = tr!(
        lang,
        "turn-header",
        turn = session.state.turn,
        turns = scn.turns(),
        date = scn.date_in(lang, session.state.turn),
        left = me.action_points.saturating_sub(used),
        points = me.action_points
    );
    let header = Line::from(vec![
        Span::styled(format!(" {} ", me.name), t.faction(me.colour).add_modifier(ratatui::style::Modifier::REVERSED)),
        Span::raw(format!("  {header}")),
    ]);
    frame.render_widget(header, head);
    tab_bar(app, session, turn, frame, tabs, hits);
    match turn.tab {
        Tab::Overview => overview(t, lang, session, turn, frame, body),
        Tab::Actions(category) => actions(t, lang, session, turn, category, frame, body, hits),
        Tab::Decisions => decisions(t, lang, session, turn, frame, body, hits),
    }
    if let Some((action, row)) = turn.picker {
        picker(t, lang, session, turn, action, row, frame, body, hits);
    }
    if turn.confirming {
        confirm(t, lang, session, turn, frame, body, hits);
    }
}

/// "You have 1 action point left. Confirm anyway? y/n", over the turn.
fn confirm(
    t: Theme,
    lang: Lang,
    session: &Session,
    turn: &TurnScreen,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Vec<Hit>,
) {
    let what = unused(lang, session, turn).unwrap_or_default();
    let anyway = format!("{} ", tr!(lang, "turn-confirm-anyway"));
    let yes = format!("y {}", tr!(lang, "turn-confirm-yes"));
    let question = Line::from(vec![
        Span::raw(anyway.clone()),
        Span::styled("y", t.key()),
        Span::raw(format!("{} · ", &yes[1..])),
        Span::styled(tr!(lang, "screen-quit-any-key"), t.key()),
        Span::raw(format!(" {}", tr!(lang, "turn-confirm-back"))),
    ]);
    let width = area.width.min(60);
    // The question starts below what is left unused, however many rows that takes.
    let what_rows = Paragraph::new(what.as_str()).wrap(Wrap { trim: true }).line_count(width.saturating_sub(2));
    let text = Paragraph::new(vec![Line::raw(what), question]).wrap(Wrap { trim: true });
    let height = u16::try_from(text.line_count(width.saturating_sub(2)) + 2).unwrap_or(6);
    let rect = centred(area, width, height);
    frame.render_widget(Clear, rect);
    let title = format!(" {} ", tr!(lang, "turn-confirm-title"));
    frame.render_widget(text.block(Block::bordered().title(title)), rect);
    // The terminal cursor waits on the question, for screen readers; "y" is clickable.
    let below = u16::try_from(what_rows).unwrap_or(u16::MAX);
    let y = (rect.y + 1).saturating_add(below).min(rect.bottom().saturating_sub(2));
    let column = |text: &str| u16::try_from(cells(text)).unwrap_or(u16::MAX);
    let at = (rect.x + 1).saturating_add(column(&anyway)).min(rect.right().saturating_sub(2));
    frame.set_cursor_position((at, y));
    let yes_w = column(&yes).min(rect.right().saturating_sub(at));
    hits.push(Hit { rect: Rect::new(at, y, yes_w, 1), target: Target::Button(crate::tui::input::Action::Char('y')) });
}

fn tab_bar(app: &App, session: &Session, turn: &TurnScreen, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    let pending = pending_for(session, turn.faction).len();
    let queued = turn.draft.orders.len();
    let lang = app.lang;
    let names = [
        tr!(lang, "turn-tab-overview"),
        tr!(lang, "turn-tab-diplomatic"),
        tr!(lang, "turn-tab-energy"),
        tr!(lang, "turn-tab-security"),
        tr!(lang, "turn-tab-queue", queued = queued, pending = pending),
    ];
    let mut x = area.x;
    let mut spans = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let text = format!(" {} {name} ", i + 1);
        let w = u16::try_from(cells(&text)).unwrap_or(u16::MAX);
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

fn overview(t: Theme, lang: Lang, session: &Session, turn: &TurnScreen, frame: &mut Frame, area: Rect) {
    let scn = &session.scenario;
    let view = faction_view(scn, &session.state, turn.faction);
    // A narrow screen splits evenly so the gauges keep a readable bar.
    let split = if area.width < 100 { [50, 50] } else { [55, 45] };
    let columns = Layout::horizontal(split.map(Constraint::Percentage));
    let [_, side_probe] = columns.areas(area);
    let width = side_probe.width.saturating_sub(2);
    let lines = side_lines(t, lang, session, &view, turn, width);
    let focus_row = score_lines(t, lang, session, turn.faction, width).len();

    let mut news: Vec<Line> = Vec::new();
    for e in &view.start_log {
        if let Some(n) = e.news(scn) {
            news.push(Line::from(vec![Span::styled("▸ ", t.warn()), Span::raw(n.into_owned())]));
        }
    }
    if let Some(report) = session.last_report() {
        for line in report.for_faction(turn.faction).news(scn) {
            news.push(Line::from(vec![Span::styled("· ", t.dim()), Span::raw(line.into_owned())]));
        }
    }
    if news.is_empty() {
        news.push(Line::styled(tr!(lang, "turn-no-news"), t.dim()));
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
    let map_block = Block::bordered().title(format!(" {} ", tr!(lang, "turn-map-title", value = var_name)));
    let inner = map_block.inner(map_area);
    frame.render_widget(map_block, map_area);
    let [map_body, legend] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
    let map = Map { scenario: scn, state: &view, var: turn.map_var, selected: Some(turn.region), theme: t };
    map.render(map_body, frame.buffer_mut());
    frame.render_widget(crate::tui::widgets::map::legend_in(t, inner.width, lang), legend);

    // What does not fit is announced, never silently cut: ↑↓ scroll the panel.
    let room = usize::from(side.height.saturating_sub(2));
    let mut lines = lines;
    let skip = turn.side.min(lines.len().saturating_sub(room.max(1)));
    if skip > 0 {
        lines.drain(..skip);
        if let Some(first) = lines.first_mut() {
            *first = Line::styled(tr!(lang, "turn-lines-above", count = skip), t.dim());
        }
    }
    if lines.len() > room && room > 0 {
        let hidden = lines.len() - room + 1;
        lines.truncate(room - 1);
        lines.push(Line::styled(tr!(lang, "turn-lines-below", count = hidden), t.dim()));
    }
    frame.render_widget(Paragraph::new(lines).block(Block::bordered()), side);
    // The focus is the selected region's name in the side panel (for screen readers),
    // or the panel's top when it has scrolled past it.
    let focus = u16::try_from(focus_row.saturating_sub(skip).min(room.saturating_sub(1))).unwrap_or(0);
    frame.set_cursor_position((side.x + 1, side.y + 1 + focus));

    let title = format!(" {} ", tr!(lang, "turn-news-title", date = scn.date_in(lang, session.state.turn)));
    let mut block = Block::bordered().title(title);
    if news.line_count(news_area.width.saturating_sub(2)) + 2 > usize::from(news_area.height) {
        let more = format!(" {} ", tr!(lang, "turn-news-more"));
        block = block.title_bottom(Line::from(more).right_aligned());
    }
    frame.render_widget(news.block(block), news_area);
}

/// The side panel of the overview: the selected region, the team, relations and flags.
fn side_lines(
    t: Theme,
    lang: Lang,
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
    let mut lines = score_lines(t, lang, session, turn.faction, width);
    if let Some(region) = scn.regions.get(turn.region) {
        let owner = region
            .controller
            .and_then(|c| scn.factions.get(c))
            .map_or_else(|| tr!(lang, "turn-no-one"), |f| f.name.clone());
        let held = tr!(lang, "turn-region-held", region = region.name.as_str(), holder = owner);
        lines.push(Line::styled(fit(&held, width.into()), t.title()));
        for (v, decl) in scn.region_vars.iter().enumerate() {
            let value = view.region_var(turn.region, v);
            let unit = scn.region_unit(turn.region, v);
            let gauge = Gauge { label: &decl.name, value, min: decl.min, max: decl.max, unit, better: decl.better };
            lines.push(gauge.line(t, label_w, width));
        }
    }
    if let Some(me) = scn.factions.get(turn.faction) {
        lines.push(Line::styled(me.name.clone(), t.faction(me.colour)));
        for (v, decl) in scn.faction_vars.iter().enumerate() {
            let value = view.faction_var(turn.faction, v);
            let unit = scn.faction_unit(turn.faction, v);
            let gauge = Gauge { label: &decl.name, value, min: decl.min, max: decl.max, unit, better: decl.better };
            lines.push(gauge.line(t, label_w, width));
        }
    }
    if !others.is_empty() {
        lines.push(Line::styled(tr!(lang, "turn-relations"), t.title()));
    }
    for &f in &others {
        let value = view.relation(turn.faction, f);
        let gauge =
            Gauge { label: &scn.factions[f].name, value, min: -100, max: 100, unit: "", better: Better::Higher };
        lines.push(gauge.line(t, label_w, width));
    }
    if !scn.flags.is_empty() {
        lines.push(Line::styled(tr!(lang, "turn-situation"), t.title()));
    }
    for (i, flag) in scn.flags.iter().enumerate() {
        let on = view.flag(i);
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
    lang: Lang,
    session: &Session,
    turn: &TurnScreen,
    category: crate::scenario::format::Category,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Vec<Hit>,
) {
    use crate::scenario::format::Category;
    let scn = &session.scenario;
    let list = actions_in(scn, turn.faction, category);
    let [left, right] = Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(area);
    let heading = match category {
        Category::Diplomatic => "turn-actions-diplomatic",
        Category::Energy => "turn-actions-energy",
        Category::Security => "turn-actions-security",
    };
    let block = Block::bordered().title(format!(" {} ", tr!(lang, heading)));
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
            .map(|&(v, amount)| format!("{} {}", amount_in(lang, amount), name_of_var(scn, v)))
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
        let cost = crate::i18n::comma_list(lang, cost);
        let mut bracket = format!("[{}{chance}%]", cost.map_or_else(String::new, |cost| format!("{cost} · ")));
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
        frame.render_widget(Line::styled(tr!(lang, "turn-no-actions"), t.dim()), inner);
    }
    let detail = list.get(turn.cursor).map(|&a| action_detail(t, lang, session, turn, a)).unwrap_or_default();
    let title = format!(" {} ", tr!(lang, "turn-detail-title"));
    frame.render_widget(Paragraph::new(detail).wrap(Wrap { trim: true }).block(Block::bordered().title(title)), right);
}

/// An amount as `lang` writes numbers ("1,600", "1 600").
fn amount_in(lang: Lang, amount: i64) -> String {
    crate::i18n::format_number(lang, amount as f64)
}

/// The description, cost, chance and expected effects of an action.
fn action_detail(t: Theme, lang: Lang, session: &Session, turn: &TurnScreen, a: usize) -> Vec<Line<'static>> {
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
            Some(on) => lines.push(Line::styled(tr!(lang, "turn-available-only", target = on), t.good())),
            None => lines.push(Line::styled(tr!(lang, "turn-available"), t.good())),
        },
        Err(why) => lines.push(Line::styled(tr!(lang, "turn-not-available", reason = why.as_str()), t.bad())),
    }
    if !def.description.is_empty() {
        lines.push(Line::raw(def.description.clone()));
    }
    if targets.iter().all(|(_, r)| r.is_err()) && targets.len() > 1 {
        lines.push(Line::styled(tr!(lang, "turn-no-target"), t.dim()));
    }
    let cost = p.cost.iter().map(|(v, amount, have)| {
        let (amount, have) = (amount_in(lang, *amount), amount_in(lang, *have));
        tr!(lang, "turn-cost-resource", amount = amount, resource = name_of_var(scn, *v), have = have)
    });
    lines.push(Line::raw(match crate::i18n::comma_list(lang, cost) {
        None => tr!(lang, "turn-cost", points = p.ap),
        Some(resources) => tr!(lang, "turn-cost-and", points = p.ap, resources = resources),
    }));
    let on = match (def.target, target) {
        (TargetKind::None, _) | (_, None) => None,
        // The only target is already named on the "Available" line: no "e.g.".
        (_, Some(_)) if p.available.is_ok() && only_target(&targets).is_some() => None,
        (_, Some(_)) => crate::engine::news::target_name(scn, def, target),
    };
    lines.push(Line::raw(match on {
        Some(on) => tr!(lang, "turn-chance-example", chance = p.chance, target = on),
        None => tr!(lang, "turn-chance", chance = p.chance),
    }));
    if p.consent {
        lines.push(Line::styled(tr!(lang, "turn-proposal-note"), t.warn()));
    }
    if let Some(d) = p.detection {
        lines.push(Line::styled(tr!(lang, "turn-secret", chance = d), t.warn()));
    }
    if p.delay > 0 {
        lines.push(Line::raw(tr!(lang, "turn-delay", turns = p.delay)));
    }
    if p.duration > 0 {
        lines.push(Line::raw(tr!(lang, "turn-lasts", turns = p.duration)));
        match p.stack {
            Stacking::Stack => {}
            Stacking::Refresh => lines.push(Line::raw(tr!(lang, "turn-stack-refresh"))),
            Stacking::Refuse => lines.push(Line::raw(tr!(lang, "turn-stack-refuse"))),
        }
    }
    for (title, changes) in [
        ("turn-if-succeeds", &p.on_success),
        ("turn-while-it-lasts", &p.hold),
        ("turn-if-fails", &p.on_failure),
        ("turn-if-declined", &p.on_decline),
        ("turn-if-found-out", &p.on_detected),
    ] {
        if changes.is_empty() {
            continue;
        }
        lines.push(Line::styled(tr!(lang, title), t.title()));
        lines.extend(change_lines(lang, scn, changes, "  "));
    }
    lines
}

/// One line per change: `▲ Mali · treasury 40 → 55`, in words, as the report writes them.
fn change_lines(lang: Lang, scn: &crate::scenario::Scenario, changes: &[Change], indent: &str) -> Vec<Line<'static>> {
    if changes.is_empty() {
        return vec![Line::raw(format!("{indent}{}", tr!(lang, "turn-nothing-changes")))];
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
    lang: Lang,
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
            let if_accept = if p.chance < 100 {
                tr!(lang, "turn-if-accept-chance", chance = p.chance)
            } else {
                tr!(lang, "turn-if-accept")
            };
            lines.push(Line::styled(format!("  {} {if_accept}", mark(accept)), t.title()));
            if let Some(why) = crate::engine::check::proposal_unmet(scn, state, pending) {
                // Accepting changes nothing now: say so rather than promise effects.
                lines.push(Line::styled(format!("      {}", tr!(lang, "turn-no-longer", reason = why)), t.warn()));
            } else {
                lines.extend(change_lines(lang, scn, &p.on_success, "      "));
            }
            if p.chance < 100 && !p.on_failure.is_empty() {
                lines.push(Line::styled(format!("    {}", tr!(lang, "turn-and-if-fails")), t.dim()));
                lines.extend(change_lines(lang, scn, &p.on_failure, "      "));
            }
            lines.push(Line::styled(format!("  {} {}", mark(!accept), tr!(lang, "turn-if-decline")), t.title()));
            lines.extend(change_lines(lang, scn, &p.on_decline, "      "));
        }
        PendingKind::Choice { event } => {
            let Some(choice) = scn.events.get(event).and_then(|e| e.choice.as_ref()) else { return lines };
            let b = crate::scenario::expr::Bindings::of(Some(pending.faction), None);
            for option in &choice.options {
                let chosen = matches!(answer, Response::Choose(id) if *id == option.id);
                lines.push(Line::styled(format!("  {} {}:", mark(chosen), option.label), t.title()));
                let planned = crate::engine::effects::plan(&option.effects, state, b);
                let changes = crate::engine::effects::preview(scn, state, &planned);
                lines.extend(change_lines(lang, scn, &changes, "      "));
            }
        }
    }
    lines
}

/// "Your score now: 47/100" and the bars for a verdict, then each objective:
/// its share of the score and how far it is now; last, the shared outcome.
fn score_lines(t: Theme, lang: Lang, session: &Session, faction: usize, width: u16) -> Vec<Line<'static>> {
    let scn = &session.scenario;
    let scores = crate::engine::scores(scn, &session.state);
    let Some(mine) = scores.factions.iter().find(|f| f.faction == faction) else { return Vec::new() };
    let Some(def) = scn.factions.get(faction) else { return Vec::new() };
    let width = usize::from(width);
    let mut lines = vec![Line::styled(fit(&tr!(lang, "turn-score-now", score = mine.total), width), t.title())];
    let bar = tr!(lang, "turn-goals", met = def.thresholds.met, partly = def.thresholds.partly);
    lines.push(Line::styled(fit(&bar, width), t.dim()));
    let weights: Vec<u32> = mine.objectives.iter().map(|o| o.weight).collect();
    for (o, share) in mine.objectives.iter().zip(crate::engine::shares(&weights)) {
        let name = def.objectives.iter().find(|x| x.id == o.id).map_or(o.id.as_str(), |x| x.name.as_str());
        let whole = tr!(lang, "turn-objective", objective = name, share = share, score = o.score);
        // One line when it fits, else the name and then the numbers: never cut mid-word.
        if cells(&whole) <= width {
            lines.push(Line::raw(whole));
        } else {
            lines.push(Line::raw(fit_words(name, width)));
            let numbers = tr!(lang, "turn-objective-numbers", share = share, score = o.score);
            lines.push(Line::styled(fit(&format!("  {numbers}"), width), t.dim()));
        }
    }
    if let (Some(shared), Some(def)) = (scores.shared, scn.shared.as_ref()) {
        lines.push(Line::raw(fit_words(&tr!(lang, "turn-shared", outcome = def.name.as_str()), width)));
        let now = tr!(lang, "turn-shared-held", score = shared.score, held = def.held);
        lines.push(Line::styled(fit(&format!("  {now}"), width), t.dim()));
        let lost = tr!(lang, "turn-shared-lost", lost = def.lost);
        lines.push(Line::styled(fit(&format!("  {lost}"), width), t.dim()));
    }
    lines
}

fn name_of_var(scn: &crate::scenario::Scenario, v: usize) -> String {
    scn.faction_vars.get(v).map_or("?".into(), |d| d.name.clone())
}

fn decisions(
    t: Theme,
    lang: Lang,
    session: &Session,
    turn: &TurnScreen,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Vec<Hit>,
) {
    let scn = &session.scenario;
    let block = Block::bordered().title(format!(" {} ", tr!(lang, "turn-decisions-title")));
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
                let action = def.map_or("?", |a| a.name.as_str());
                lines.push(Line::raw(tr!(lang, "turn-proposal-from", team = who, action = action)));
                if let Some(d) = def.filter(|d| !d.description.is_empty()) {
                    lines.push(Line::styled(format!("  {}", d.description), t.dim()));
                }
                let given = turn.draft.answers.iter().any(|a| a.pending == p.id);
                lines.extend(answer_lines(t, lang, session, p, &answer));
                let change = tr!(lang, "turn-enter-change");
                match (given, answer == Response::Accept) {
                    (false, _) => lines.push(Line::from(vec![
                        Span::raw(format!("  {} ", tr!(lang, "turn-your-answer"))),
                        Span::styled(tr!(lang, "turn-not-answered"), t.warn()),
                        Span::styled(format!("  {}", tr!(lang, "turn-enter-accept")), t.dim()),
                    ])),
                    (true, true) => lines.push(answer_line(t, lang, &tr!(lang, "turn-accept"), &change)),
                    (true, false) => lines.push(answer_line(t, lang, &tr!(lang, "turn-decline"), &change)),
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
                lines.extend(answer_lines(t, lang, session, p, &answer));
                lines.push(answer_line(t, lang, &label, &tr!(lang, "turn-option-of", option = at, count = count)));
            }
        }
        rows.push((lines, true));
    }
    if pending.is_empty() {
        rows.push((vec![Line::styled(tr!(lang, "turn-nothing-to-answer"), t.dim())], false));
    }
    rows.push((vec![Line::raw(""), Line::styled(tr!(lang, "turn-your-orders"), t.title())], false));
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
        rows.push((vec![Line::styled(tr!(lang, "turn-no-orders"), t.dim())], false));
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
fn answer_line(t: Theme, lang: Lang, answer: &str, hint: &str) -> Line<'static> {
    Line::from(vec![
        Span::raw(format!("  {} ", tr!(lang, "turn-your-answer"))),
        Span::styled(answer.to_string(), t.key()),
        Span::styled(format!("  ({hint})"), t.dim()),
    ])
}

#[allow(clippy::too_many_arguments)]
fn picker(
    t: Theme,
    lang: Lang,
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
    let rows: Vec<String> = targets
        .iter()
        .map(|(target, ok)| {
            let name = crate::engine::news::target_name(scn, def, *target).unwrap_or_default();
            match ok {
                Ok(()) => format!("  {name}"),
                Err(why) => format!("✗ {name} — {why}"),
            }
        })
        .collect();
    let height = (targets.len() as u16 + 2).min(area.height);
    // Wider on a large screen, so each target's reason reads whole; at 80
    // columns as wide as the longest row needs (a longer language's reasons).
    let base = if area.width >= 110 { 100 } else { area.width.min(70) };
    let needed = rows.iter().map(|r| cells(r) + 2).max().map_or(0, |w| u16::try_from(w).unwrap_or(u16::MAX));
    let rect = centred(area, base.max(needed.min(area.width.min(100))), height);
    frame.render_widget(Clear, rect);
    // The keys go on the bottom edge when the whole title does not fit (long action names at 80 columns).
    let whole = format!(" {} ", tr!(lang, "turn-picker-title", action = def.name.as_str()));
    let block = if cells(&whole) + 2 <= usize::from(rect.width) {
        Block::bordered().title(whole)
    } else {
        // The name gives way (at a word) to the rest of the title.
        let rest = cells(&tr!(lang, "turn-picker-title-short", action = "")) + 5;
        let name = fit_words(&def.name, usize::from(rect.width).saturating_sub(rest));
        let keys = format!(" {} ", tr!(lang, "turn-picker-keys"));
        Block::bordered()
            .title(format!(" {} ", tr!(lang, "turn-picker-title-short", action = name)))
            .title_bottom(Line::from(keys).right_aligned())
    };
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let first = row.saturating_sub((inner.height as usize).saturating_sub(1));
    for (i, ((_, ok), text)) in targets.iter().zip(&rows).enumerate().skip(first).take(inner.height as usize) {
        let style = match ok {
            _ if i == row => t.selected(),
            Ok(()) => Style::new(),
            Err(_) => t.dim(),
        };
        let text = fit_words(text, usize::from(inner.width));
        let r = Rect::new(inner.x, inner.y + (i - first) as u16, inner.width, 1);
        frame.render_widget(Line::styled(text, style), r);
        if i == row {
            frame.set_cursor_position((r.x, r.y));
        }
        hits.push(Hit { rect: r, target: Target::Choice(i) });
    }
}
