//! The facilitator's screen: everything about the game, secret orders
//! included, and the controls to intervene. Never for the teams' eyes.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::engine::report::{Slot, slot_label, slot_value};
use crate::engine::{PendingKind, scores};
use crate::host::table::{Presence, Role};
use crate::i18n::Lang;
use crate::text::one_line;
use crate::tr;
use crate::tui::app::{App, FormField, FormStep, Hit, ProposalForm, Target, UMPIRE_TABS, adjustable_matching};
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::view::{Key, Wrapped, fit, scrolling_in};

/// Where a styled value goes in a sentence: the sentence is made whole in
/// its language with this mark as the value, then cut around it.
const MARK: &str = "\u{1}";

/// `text` (a whole sentence holding [`MARK`] once) as a line with `value` styled where the mark is.
fn with_styled(text: &str, value: &str, style: Style) -> Line<'static> {
    match text.split_once(MARK) {
        Some((before, after)) => Line::from(vec![
            Span::raw(before.to_string()),
            Span::styled(value.to_string(), style),
            Span::raw(after.to_string()),
        ]),
        None => Line::raw(text.to_string()),
    }
}

/// Draws the umpire screen.
#[allow(clippy::too_many_arguments)]
pub fn render(app: &App, tab: usize, cursor: usize, scroll: u16, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    let Some(session) = &app.session else { return };
    let (t, lang) = (app.theme, app.lang);
    let [head, tabs, body] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1), Constraint::Min(1)]).areas(area);
    let scn = &session.scenario;
    let (turn, turns, date) = (session.state.turn, scn.turns(), scn.date_in(lang, session.state.turn));
    let header = match app.umpire_code.as_deref() {
        Some(code) => tr!(lang, "room-umpire-header-code", turn = turn, turns = turns, date = date, code = code),
        None => tr!(lang, "room-umpire-header", turn = turn, turns = turns, date = date),
    };
    frame.render_widget(Line::styled(fit(&format!(" {header} "), usize::from(head.width)), t.bad()), head);
    let mut x = tabs.x;
    let mut spans = Vec::new();
    for (i, key) in UMPIRE_TABS.iter().enumerate() {
        let text = format!(" {} {} ", i + 1, tr!(lang, key));
        let w = crate::tui::view::cells(&text) as u16;
        if x + w > tabs.right() {
            break;
        }
        hits.push(Hit { rect: Rect::new(x, tabs.y, w, 1), target: Target::Tab(i) });
        spans.push(Span::styled(text, if i == tab { t.selected() } else { t.dim() }));
        spans.push(Span::raw(" "));
        x += w + 1;
    }
    frame.render_widget(Line::from(spans), tabs);
    match tab {
        0 => state(t, app, session, scroll, frame, body, hits),
        1 => match session.last_report() {
            Some(report) => {
                let title = format!(" {} ", tr!(lang, "room-umpire-last-turn-title"));
                crate::tui::screens::resolution::render_turn(app, report, true, scroll, title, frame, body, hits);
            }
            None => frame.render_widget(
                Paragraph::new(tr!(lang, "room-umpire-no-turn-yet")).wrap(Wrap { trim: true }).block(Block::bordered()),
                body,
            ),
        },
        2 => {
            let rows: Vec<(String, bool)> = scn
                .events
                .iter()
                .enumerate()
                .map(|(e, def)| {
                    let title = def.title.as_str();
                    let row = match session.state.event_fired.get(e).copied().flatten() {
                        Some(turn) => tr!(lang, "room-umpire-event-happened", event = title, turn = turn),
                        None => tr!(lang, "room-umpire-event-not-yet", event = title),
                    };
                    (row, true)
                })
                .collect();
            let title = format!(" {} ", tr!(lang, "room-umpire-events-title"));
            list(t, &title, &rows, cursor, frame, body, hits);
        }
        4 => {
            let rows: Vec<(String, bool)> = previews(session, lang).into_iter().map(|r| (r, true)).collect();
            let title = format!(" {} ", tr!(lang, "room-umpire-preview-title"));
            list(t, &title, &rows, cursor, frame, body, hits);
        }
        _ => {
            let (filter, typing) = &app.umpire_filter;
            let rows: Vec<(String, bool)> = adjustable_matching(scn, filter)
                .into_iter()
                .map(|slot| {
                    let value = slot_value(scn, slot, session.state.get(slot));
                    (tr!(lang, "room-label-value", label = slot_label(scn, slot), value = value), true)
                })
                .collect();
            let [search, list_area] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(body);
            let searching = format!(" {} ", tr!(lang, "room-umpire-search"));
            let line = match (filter.is_empty(), typing) {
                (true, false) => Line::styled(format!(" {}", tr!(lang, "room-umpire-search-hint")), t.dim()),
                (_, true) => Line::from(vec![
                    Span::raw(searching),
                    Span::styled(format!("{filter}▏"), t.key()),
                    Span::styled(format!("  {}", tr!(lang, "room-umpire-search-keys")), t.dim()),
                ]),
                (false, false) => Line::from(vec![
                    Span::raw(searching),
                    Span::styled(filter.clone(), t.key()),
                    Span::styled(format!("  {}", tr!(lang, "room-umpire-search-change")), t.dim()),
                ]),
            };
            frame.render_widget(line, search);
            let title = match app.proposal.as_ref().map(|f| &f.step) {
                Some(FormStep::Picking { success: true }) => tr!(lang, "room-form-pick-success"),
                Some(FormStep::Picking { success: false }) => tr!(lang, "room-form-pick-failure"),
                _ => {
                    let all = adjustable_matching(scn, "").len();
                    tr!(lang, "room-umpire-adjust-title", shown = rows.len(), values = all)
                }
            };
            let title = format!(" {title} ");
            if rows.is_empty() {
                frame.render_widget(
                    Paragraph::new(tr!(lang, "room-umpire-no-match", filter = filter.as_str()))
                        .wrap(Wrap { trim: true })
                        .block(Block::bordered().title(title)),
                    list_area,
                );
            } else {
                list(t, &title, &rows, cursor, frame, list_area, hits);
            }
        }
    }
    if let Some(form) = app.proposal.as_ref().filter(|f| f.open()) {
        let below_header = Rect { y: area.y + 1, height: area.height.saturating_sub(1), ..area };
        proposal_form(t, lang, session, form, frame, below_header);
    }
    if let Some(prompt) = &app.prompt {
        let rect = crate::tui::view::centred(area, area.width.min(76), 5);
        let mut text =
            vec![Line::raw(prompt.label.clone()), Line::from(vec![Span::styled(format!("{}▏", prompt.text), t.key())])];
        if let Some(error) = &prompt.error {
            text.push(Line::styled(error.clone(), t.bad()));
        }
        text.push(Line::styled(tr!(lang, "room-umpire-prompt-keys"), t.dim()));
        let paragraph = Paragraph::new(text).wrap(Wrap { trim: false });
        let height = u16::try_from(paragraph.line_count(rect.width.saturating_sub(2)) + 2).unwrap_or(u16::MAX);
        let rect = crate::tui::view::centred(area, rect.width, height);
        frame.render_widget(ratatui::widgets::Clear, rect);
        frame.render_widget(paragraph.block(Block::bordered()), rect);
    }
}

fn list(
    t: Theme,
    title: &str,
    rows: &[(String, bool)],
    cursor: usize,
    frame: &mut Frame,
    area: Rect,
    hits: &mut Vec<Hit>,
) {
    let block = Block::bordered().title(title.to_string());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let height = usize::from(inner.height);
    let first = cursor.saturating_sub(height.saturating_sub(1));
    for (i, (text, _)) in rows.iter().enumerate().skip(first).take(height) {
        let rect = Rect::new(inner.x, inner.y + (i - first) as u16, inner.width, 1);
        let style = if i == cursor { t.selected() } else { Style::new() };
        frame.render_widget(Line::styled(fit(text, usize::from(inner.width)), style), rect);
        if i == cursor {
            // The terminal cursor on the chosen row, for screen readers.
            frame.set_cursor_position((rect.x, rect.y));
        }
        hits.push(Hit { rect, target: Target::Row(i) });
    }
}

/// Every faction's values and score, relations, pending items, who has
/// confirmed, and every attempt to open this screen.
fn state(t: Theme, app: &App, session: &Session, scroll: u16, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    let scn = &session.scenario;
    let lang = app.lang;
    let s = scores(scn, &session.state);
    let mut lines = Vec::new();
    if let Some(code) = &app.umpire_code {
        lines.push(with_styled(&tr!(lang, "room-umpire-code", code = MARK), code, t.key()));
    }
    let attempts = &session.record.umpire_access;
    if !attempts.is_empty() {
        let refused = attempts.iter().filter(|a| !a.granted).count();
        let right = attempts.len() - refused;
        lines.push(Line::styled(
            tr!(lang, "room-umpire-attempts", right = right, wrong = refused),
            if refused > 0 { t.bad() } else { Style::new() },
        ));
        for a in attempts.iter().rev().take(8) {
            let key = if a.granted { "room-umpire-attempt-right" } else { "room-umpire-attempt-wrong" };
            lines.push(Line::raw(format!("  {}", tr!(lang, key, turn = a.turn, at = a.at.as_str()))));
        }
    }
    lines.push(Line::styled(tr!(lang, "room-umpire-teams"), t.title()));
    for (f, def) in scn.factions.iter().enumerate() {
        let values: Vec<String> = (0..scn.faction_vars.len())
            .map(|v| {
                let slot = Slot::FactionVar(f, v);
                let name = scn.faction_vars.get(v).map_or("?", |d| d.name.as_str());
                format!("{name} {}", slot_value(scn, slot, session.state.get(slot)))
            })
            .collect();
        // Who plays it, whether a hosted team is connected, whether its orders are in, its score.
        let mut about = Vec::new();
        match session.seats.get(f).copied().flatten() {
            None => about.push(tr!(lang, "room-umpire-not-played")),
            Some(seat) => {
                about.push(seat.label_in(lang));
                let link = app.remote.as_ref().and_then(|r| r.status.room.iter().find(|s| s.role == Role::Team(f)));
                match link.map(|s| (s.presence, s.address.is_some())) {
                    Some((Presence::Disconnected, _) | (Presence::Confirmed, false)) => {
                        about.push(tr!(lang, "room-presence-disconnected-short"));
                    }
                    Some((Presence::Empty, _)) => about.push(tr!(lang, "room-umpire-not-joined")),
                    Some((Presence::Connected | Presence::Confirmed, true)) => {
                        about.push(tr!(lang, "room-presence-connected"));
                    }
                    _ => {}
                }
                let orders =
                    if session.waiting.contains(&f) { "room-umpire-thinking" } else { "room-umpire-orders-in" };
                about.push(tr!(lang, orders));
            }
        }
        if let Some(x) = s.factions.iter().find(|x| x.faction == f) {
            about.push(tr!(lang, "room-umpire-score", score = x.total));
        }
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", def.name), t.faction(def.colour)),
            Span::raw(format!("({}) — {}", about.join(" · "), values.join(&tr!(lang, "room-list-separator")))),
        ]));
    }
    lines.push(Line::styled(tr!(lang, "room-umpire-pending"), t.title()));
    if session.state.pending.is_empty() {
        lines.push(Line::styled(tr!(lang, "room-umpire-none"), t.dim()));
    }
    let name = |f: usize| scn.factions.get(f).map_or("?", |d| d.name.as_str());
    for p in &session.state.pending {
        let what = match p.kind {
            PendingKind::Proposal { action, from } => {
                let action = scn.actions.get(action).map_or("?", |a| a.name.as_str());
                tr!(lang, "room-umpire-proposal", from = name(from), to = name(p.faction), action = action)
            }
            PendingKind::Choice { event } => {
                let event = scn.events.get(event).map_or("?", |e| e.title.as_str());
                tr!(lang, "room-umpire-choice", faction = name(p.faction), event = event)
            }
        };
        lines.push(Line::raw(format!("• {what}")));
    }
    lines.push(Line::styled(tr!(lang, "room-umpire-relations"), t.title()));
    let n = scn.factions.len();
    for a in 0..n {
        for b in (a + 1)..n {
            let slot = Slot::Relation(a, b);
            let value = session.state.get(slot);
            lines.push(Line::raw(tr!(lang, "room-label-value", label = slot_label(scn, slot), value = value)));
        }
    }
    lines.push(Line::styled(tr!(lang, "room-umpire-flags-routes"), t.title()));
    for (i, flag) in scn.flags.iter().enumerate() {
        let on = session.state.flag(i);
        lines.push(Line::raw(format!("{} {}", if on { "✓" } else { "✗" }, flag.name)));
    }
    for (r, route) in scn.routes.iter().enumerate() {
        if let Some(live) = session.state.route(r) {
            let key = if live.open { "room-umpire-route-open" } else { "room-umpire-route-closed" };
            let (capacity, risk, flow) = (live.capacity, live.risk, live.flow);
            let route = route.name.as_str();
            lines.push(Line::raw(tr!(lang, key, route = route, capacity = capacity, risk = risk, flow = flow)));
        }
    }
    let keys = format!(" {} ", tr!(lang, "room-umpire-state-title"));
    scrolling_in(lang, frame, area, keys, Wrapped::new(lines, false), scroll, hits);
}

/// For every playable faction and action, the order on its first possible
/// target: available or why not, chance, cost and the changes on success —
/// computed on the current state without rolling any dice; said in `lang`.
pub fn previews(session: &Session, lang: Lang) -> Vec<String> {
    use crate::engine::check::{Committed, candidate_targets, check_indices, preview};
    use crate::engine::news::target_name;
    let scn = &session.scenario;
    let mut rows = Vec::new();
    for (f, faction) in scn.factions.iter().enumerate().filter(|(_, x)| x.playable) {
        for (a, action) in scn.actions.iter().enumerate().filter(|(_, x)| x.factions.contains(&f)) {
            let none = Committed::default();
            let targets = candidate_targets(scn, f, action);
            let target = targets
                .iter()
                .copied()
                .find(|&t| check_indices(scn, &session.state, f, a, t, &none).is_ok())
                .or_else(|| targets.first().copied())
                .flatten();
            let Some(p) = preview(scn, &session.state, f, a, target, &none) else { continue };
            let status = match &p.available {
                Ok(()) => {
                    let effects: Vec<String> =
                        p.on_success.iter().map(|c| crate::engine::report::change_text(scn, c)).collect();
                    let effects = if effects.is_empty() {
                        tr!(lang, "room-preview-no-change")
                    } else {
                        effects.join(&tr!(lang, "report-separator-semicolon"))
                    };
                    tr!(lang, "room-preview-chance", chance = p.chance, effects = effects)
                }
                Err(why) => format!("✗ {why}"),
            };
            let (who, what) = (faction.name.as_str(), action.name.as_str());
            rows.push(match target_name(scn, action, target) {
                Some(on) => {
                    tr!(lang, "room-preview-row-target", faction = who, action = what, target = on, status = status)
                }
                None => tr!(lang, "room-preview-row", faction = who, action = what, status = status),
            });
        }
    }
    rows
}

/// A new facilitator code: six characters that are easy to read aloud (no
/// 0/O, 1/l/I), drawn from the operating system's randomness (through the
/// standard library's randomly keyed hasher), so nobody can guess it.
pub fn facilitator_code() -> String {
    use std::hash::{BuildHasher, Hasher};
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos()));
    hasher.write_u32(std::process::id());
    let mut bits = hasher.finish();
    let base = ALPHABET.len() as u64;
    (0..6)
        .map(|_| {
            let c = ALPHABET[usize::try_from(bits % base).unwrap_or(0)];
            bits /= base;
            char::from(c)
        })
        .collect()
}

/// The question for a change to `slot` in the proposal form, in `lang`.
pub fn change_question(session: &Session, slot: Slot, success: bool, lang: Lang) -> String {
    let scn = &session.scenario;
    let switch = matches!(slot, Slot::Flag(_) | Slot::RouteOpen(_));
    let key = match (switch, success) {
        (true, true) => "room-form-ask-switch-success",
        (true, false) => "room-form-ask-switch-failure",
        (false, true) => "room-form-ask-success",
        (false, false) => "room-form-ask-failure",
    };
    let now = slot_value(scn, slot, session.state.get(slot));
    let range = crate::tui::app::slot_range(scn, slot);
    tr!(lang, key, value = slot_label(scn, slot), now = now, range = range)
}

/// Words that answer yes to a flag or a route's `open`, in every language the umpire may type in.
const YES: [&str; 11] = ["yes", "y", "on", "1", "+1", "open", "oui", "o", "ouvert", "ouverte", "نعم"];
/// … and no.
const NO: [&str; 10] = ["no", "n", "off", "0", "-1", "closed", "non", "fermé", "fermée", "لا"];

/// A typed change: a whole number (`+6`, `-10`), or yes/no for a flag or
/// `open` (+1/-1); why not, in `lang`.
pub fn parse_change(slot: Slot, text: &str, lang: Lang) -> Result<i64, String> {
    let text = text.trim();
    if matches!(slot, Slot::Flag(_) | Slot::RouteOpen(_)) {
        let word = text.to_lowercase();
        return if YES.contains(&word.as_str()) {
            Ok(1)
        } else if NO.contains(&word.as_str()) {
            Ok(-1)
        } else {
            Err(tr!(lang, "room-form-not-yes-or-no"))
        };
    }
    match text.strip_prefix('+').unwrap_or(text).parse::<i64>() {
        Ok(0) => Err(tr!(lang, "room-form-zero")),
        Ok(delta) => Ok(delta),
        Err(_) if text.is_empty() => Err(tr!(lang, "room-form-zero")),
        Err(_) => Err(tr!(lang, "room-form-not-a-number", text = one_line(text))),
    }
}

/// The keys of the proposal form, for the key bar and the help, while it is on screen or picking a value.
pub fn form_keys(app: &App) -> Option<Vec<Key>> {
    if !matches!(app.screen, crate::tui::app::Screen::Umpire { .. }) {
        return None;
    }
    let form = app.proposal.as_ref()?;
    let typing = form.typing();
    let k = |key: &'static str, what: &str| (key, tr!(app.lang, what));
    let mut keys = match (&form.step, form.field) {
        (FormStep::Closed, _) => return None,
        (FormStep::Picking { .. }, _) if app.prompt.is_some() => {
            vec![k("Enter", "room-form-key-confirm"), k("Esc", "room-form-key-cancel")]
        }
        (FormStep::Picking { .. }, _) => vec![
            k("Enter", "room-form-key-pick"),
            k("Esc", "room-form-key-back"),
            k("/", "room-form-key-search"),
            k("↑↓", "room-form-key-move"),
        ],
        (FormStep::Preview, _) => vec![k("Enter", "room-form-key-roll"), k("Esc", "room-form-key-back")],
        (FormStep::Rolled(_), _) => vec![k("Enter/Esc", "room-form-key-close")],
        (FormStep::Editing, FormField::Success | FormField::Failure) => vec![
            k("Enter", "room-form-key-add"),
            k("Del", "room-form-key-remove"),
            k("↑↓/Tab", "room-form-key-field"),
            k("Esc", "room-form-key-close"),
        ],
        (FormStep::Editing, FormField::Team | FormField::Chance) => vec![
            k("←→", "room-form-key-change"),
            k("↑↓/Tab", "room-form-key-field"),
            k("Esc", "room-form-key-close-kept"),
        ],
        (FormStep::Editing, FormField::Preview) => vec![
            k("Enter", "room-form-key-preview"),
            k("↑↓/Tab", "room-form-key-field"),
            k("Esc", "room-form-key-close-kept"),
        ],
        (FormStep::Editing, _) => vec![k("↑↓/Tab/Enter", "room-form-key-next"), k("Esc", "room-form-key-close-kept")],
    };
    if !typing {
        keys.splice(0..0, [k("?", "screen-key-help"), k("q", "screen-key-quit")]);
    }
    Some(keys)
}

/// The proposal form over the umpire screen: its fields, the preview before
/// the roll, or what was recorded.
fn proposal_form(t: Theme, lang: Lang, session: &Session, form: &ProposalForm, frame: &mut Frame, area: Rect) {
    use crate::engine::umpire::{MAX_PROPOSAL, change_asked, odds, preview};
    let scn = &session.scenario;
    let team = scn.factions.get(form.faction).map_or("?", |f| f.name.as_str());
    let reason = || tr!(lang, "room-form-preview-reason", reason = one_line(form.reason.trim()));
    let mut lines: Vec<Line> = Vec::new();
    let mut focus = 0;
    let (title, keys) = match &form.step {
        FormStep::Preview => {
            let said = preview(scn, &session.state, &form.intervention()).unwrap_or_default();
            for line in said {
                lines.push(Line::raw(line));
            }
            lines.push(Line::raw(reason()));
            lines.push(Line::raw(""));
            lines.push(Line::styled(tr!(lang, "room-form-preview-public"), t.dim()));
            ("room-form-preview-title", "room-form-preview-keys")
        }
        FormStep::Rolled(said) => {
            lines.push(Line::raw(said.clone()));
            lines.push(Line::raw(reason()));
            ("room-form-rolled-title", "room-form-rolled-keys")
        }
        _ => {
            let label = |field: FormField, text: String| {
                let on = form.field == field;
                let mark = if on { "▸ " } else { "  " };
                Line::from(vec![Span::raw(mark), Span::styled(text, if on { t.selected() } else { t.title() })])
            };
            let typed = |field: FormField, text: &str| {
                let cursor = if form.field == field { "▏" } else { "" };
                Line::from(vec![Span::raw("    "), Span::styled(format!("{}{cursor}", one_line(text)), t.key())])
            };
            let changes = |lines: &mut Vec<Line>, list: &[(Slot, i64)], none: &str| {
                if list.is_empty() {
                    lines.push(Line::styled(format!("    {}", tr!(lang, none)), t.dim()));
                }
                for &(slot, delta) in list {
                    lines.push(Line::raw(format!("    {}", change_asked(scn, slot, delta))));
                }
            };
            for field in FormField::ALL {
                if field == form.field {
                    focus = lines.len();
                }
                match field {
                    FormField::Team => lines.push(label(field, tr!(lang, "room-form-team", team = team))),
                    FormField::Text => {
                        let count = form.text.chars().count();
                        lines.push(label(field, tr!(lang, "room-form-proposal", count = count, max = MAX_PROPOSAL)));
                        lines.push(typed(field, &form.text));
                    }
                    FormField::Chance => {
                        let text = tr!(lang, "room-form-chance", chance = form.chance, odds = odds(lang, form.chance));
                        lines.push(label(field, text));
                    }
                    FormField::Success => {
                        lines.push(label(field, tr!(lang, "room-form-success")));
                        changes(&mut lines, &form.on_success, "room-form-none-yet");
                    }
                    FormField::Failure => {
                        lines.push(label(field, tr!(lang, "room-form-failure")));
                        changes(&mut lines, &form.on_failure, "room-form-nothing");
                    }
                    FormField::Reason => {
                        lines.push(label(field, tr!(lang, "room-form-reason")));
                        lines.push(typed(field, &form.reason));
                    }
                    FormField::Preview => {
                        lines.push(label(field, format!("[ {} ]", tr!(lang, "room-form-preview-button"))));
                    }
                }
            }
            if let Some(error) = &form.error {
                lines.push(Line::styled(format!("✗ {error}"), t.bad()));
            }
            let hint = match form.field {
                FormField::Team => "room-form-hint-team",
                FormField::Text => "room-form-hint-text",
                FormField::Chance => "room-form-hint-chance",
                FormField::Success => "room-form-hint-success",
                FormField::Failure => "room-form-hint-failure",
                FormField::Reason => "room-form-hint-reason",
                FormField::Preview => "room-form-hint-preview",
            };
            ("room-form-title", hint)
        }
    };
    // The whole screen below the header, the keys of the step at the bottom.
    let rect =
        Rect { x: area.x + area.width.saturating_sub(area.width.min(90)) / 2, width: area.width.min(90), ..area };
    let block = Block::bordered().title(format!(" {} ", tr!(lang, title)));
    let inner = block.inner(rect);
    frame.render_widget(ratatui::widgets::Clear, rect);
    frame.render_widget(block, rect);
    let hint = Paragraph::new(Line::styled(tr!(lang, keys), t.dim())).wrap(Wrap { trim: true });
    let hint_rows = u16::try_from(hint.line_count(inner.width)).unwrap_or(1).min(inner.height);
    let [body, bottom] = Layout::vertical([Constraint::Min(0), Constraint::Length(hint_rows)]).areas(inner);
    frame.render_widget(hint, bottom);
    // The focused field stays in view when the form is taller than the screen.
    let paragraph = Paragraph::new(lines.clone()).wrap(Wrap { trim: false });
    let above = Paragraph::new(lines[..focus].to_vec()).wrap(Wrap { trim: false }).line_count(body.width);
    let scroll = u16::try_from((above + 3).saturating_sub(usize::from(body.height))).unwrap_or(0);
    frame.render_widget(paragraph.scroll((scroll, 0)), body);
    let row = u16::try_from(above).unwrap_or(0).saturating_sub(scroll);
    frame.set_cursor_position((body.x, (body.y + row).min(body.bottom().saturating_sub(1))));
}
