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
use crate::text::{MAX_LINE, fill, one_line};
use crate::tui::app::{App, FormField, FormStep, Hit, ProposalForm, Target, UMPIRE_TABS, adjustable_matching};
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::view::{fit, scrolling};

/// Draws the umpire screen.
#[allow(clippy::too_many_arguments)]
pub fn render(app: &App, tab: usize, cursor: usize, scroll: u16, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    let Some(session) = &app.session else { return };
    let t = app.theme;
    let [head, tabs, body] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1), Constraint::Min(1)]).areas(area);
    let scn = &session.scenario;
    let code = app.umpire_code.as_deref().map(|c| format!(" · code {c}")).unwrap_or_default();
    let header = format!(
        " UMPIRE — not for the teams · Turn {} of {} · {}{code} ",
        session.state.turn,
        scn.turns(),
        scn.date_of(session.state.turn)
    );
    frame.render_widget(Line::styled(fit(&header, usize::from(head.width)), t.bad()), head);
    let mut x = tabs.x;
    let mut spans = Vec::new();
    for (i, name) in UMPIRE_TABS.iter().enumerate() {
        let text = format!(" {} {name} ", i + 1);
        let w = text.chars().count() as u16;
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
                let title = " Last turn — everything, secret orders marked ".to_string();
                crate::tui::screens::resolution::render_turn(app, report, true, scroll, title, frame, body, hits);
            }
            None => {
                frame.render_widget(Paragraph::new("No turn has been resolved yet.").block(Block::bordered()), body)
            }
        },
        2 => {
            let rows: Vec<(String, bool)> = scn
                .events
                .iter()
                .enumerate()
                .map(|(e, def)| {
                    let fired = session.state.event_fired.get(e).copied().flatten();
                    let when = fired
                        .map_or_else(|| "has not happened yet".to_string(), |turn| format!("happened on turn {turn}"));
                    (format!("{} — {when}", def.title), true)
                })
                .collect();
            list(t, " Events — Enter brings one in now (asks a reason) ", &rows, cursor, frame, body, hits);
        }
        4 => {
            let rows: Vec<(String, bool)> = previews(session).into_iter().map(|r| (r, true)).collect();
            list(
                t,
                " Orders preview — what each order would do now (no dice rolled) ",
                &rows,
                cursor,
                frame,
                body,
                hits,
            );
        }
        _ => {
            let (filter, typing) = &app.umpire_filter;
            let rows: Vec<(String, bool)> = adjustable_matching(scn, filter)
                .into_iter()
                .map(|slot| {
                    (format!("{}: {}", slot_label(scn, slot), slot_value(scn, slot, session.state.get(slot))), true)
                })
                .collect();
            let [search, list_area] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(body);
            let line = match (filter.is_empty(), typing) {
                (true, false) => Line::styled(" / to search (e.g. “niamey fuel”)", t.dim()),
                (_, true) => Line::from(vec![
                    Span::raw(" Search: "),
                    Span::styled(format!("{filter}▏"), t.key()),
                    Span::styled("  ↑↓ choose · Enter set · Esc clear", t.dim()),
                ]),
                (false, false) => Line::from(vec![
                    Span::raw(" Search: "),
                    Span::styled(filter.clone(), t.key()),
                    Span::styled("  (/ to change)", t.dim()),
                ]),
            };
            frame.render_widget(line, search);
            let title = match app.proposal.as_ref().map(|f| &f.step) {
                Some(FormStep::Picking { success: true }) => form_words::PICK_SUCCESS.to_string(),
                Some(FormStep::Picking { success: false }) => form_words::PICK_FAILURE.to_string(),
                _ => format!(
                    " Adjust — {} of {} values · Enter to type a new value (asks a reason) ",
                    rows.len(),
                    adjustable_matching(scn, "").len()
                ),
            };
            if rows.is_empty() {
                frame.render_widget(
                    Paragraph::new(format!(
                        "No value matches “{filter}”. Backspace to change the search, Esc to clear it."
                    ))
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
        proposal_form(t, session, form, frame, below_header);
    }
    if let Some(prompt) = &app.prompt {
        let rect = crate::tui::view::centred(area, area.width.min(76), 5);
        let mut text =
            vec![Line::raw(prompt.label.clone()), Line::from(vec![Span::styled(format!("{}▏", prompt.text), t.key())])];
        if let Some(error) = &prompt.error {
            text.push(Line::styled(error.clone(), t.bad()));
        }
        text.push(Line::styled("Enter to confirm · Esc to cancel", t.dim()));
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
    let s = scores(scn, &session.state);
    let mut lines = Vec::new();
    if let Some(code) = &app.umpire_code {
        lines.push(Line::from(vec![
            Span::raw("Facilitator code: "),
            Span::styled(code.clone(), t.key()),
            Span::raw(" — U asks for it on the game screens; keep it from the teams."),
        ]));
    }
    let attempts = &session.record.umpire_access;
    if !attempts.is_empty() {
        let refused = attempts.iter().filter(|a| !a.granted).count();
        lines.push(Line::styled(
            format!(
                "Attempts to open this screen: {} with the right code, {refused} with a wrong one",
                attempts.len() - refused
            ),
            if refused > 0 { t.bad() } else { Style::new() },
        ));
        for a in attempts.iter().rev().take(8) {
            let what = if a.granted { "✓ right code" } else { "✗ wrong code" };
            lines.push(Line::raw(format!("  turn {} · {} UTC · {what}", a.turn, a.at)));
        }
    }
    lines.push(Line::styled("Teams", t.title()));
    for (f, def) in scn.factions.iter().enumerate() {
        let values: Vec<String> = (0..scn.faction_vars.len())
            .map(|v| {
                let slot = Slot::FactionVar(f, v);
                let name = scn.faction_vars.get(v).map_or("?", |d| d.name.as_str());
                format!("{name} {}", slot_value(scn, slot, session.state.get(slot)))
            })
            .collect();
        let score =
            s.factions.iter().find(|x| x.faction == f).map_or_else(String::new, |x| format!(" · score {}", x.total));
        // In a hosted game, whether the team is connected too.
        let link = app.remote.as_ref().and_then(|r| r.status.room.iter().find(|s| s.role == Role::Team(f)));
        let link = match link.map(|s| (s.presence, s.address.is_some())) {
            Some((Presence::Disconnected, _) | (Presence::Confirmed, false)) => " · DISCONNECTED",
            Some((Presence::Empty, _)) => " · not joined",
            Some((Presence::Connected | Presence::Confirmed, true)) => " · connected",
            _ => "",
        };
        let status = match session.seats.get(f).copied().flatten() {
            None => "not played".to_string(),
            Some(seat) if session.waiting.contains(&f) => format!("{}{link} · thinking", seat.label()),
            Some(seat) => format!("{}{link} · orders in", seat.label()),
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", def.name), t.faction(def.colour)),
            Span::raw(format!("({status}{score}) — {}", values.join(", "))),
        ]));
    }
    lines.push(Line::styled("Pending proposals and choices", t.title()));
    if session.state.pending.is_empty() {
        lines.push(Line::styled("none", t.dim()));
    }
    for p in &session.state.pending {
        let who = scn.factions.get(p.faction).map_or("?", |f| f.name.as_str());
        let what = match p.kind {
            PendingKind::Proposal { action, from } => format!(
                "Proposal from {} to {who}: “{}”",
                scn.factions.get(from).map_or("?", |f| f.name.as_str()),
                scn.actions.get(action).map_or("?", |a| a.name.as_str())
            ),
            PendingKind::Choice { event } => {
                format!("{who} must answer: {}", scn.events.get(event).map_or("?", |e| e.title.as_str()))
            }
        };
        lines.push(Line::raw(format!("• {what}")));
    }
    lines.push(Line::styled("Relations", t.title()));
    let n = scn.factions.len();
    for a in 0..n {
        for b in (a + 1)..n {
            let slot = Slot::Relation(a, b);
            lines.push(Line::raw(format!("{}: {}", slot_label(scn, slot), session.state.get(slot))));
        }
    }
    lines.push(Line::styled("Flags and routes", t.title()));
    for (i, flag) in scn.flags.iter().enumerate() {
        let on = session.state.flags.get(i).copied().unwrap_or(false);
        lines.push(Line::raw(format!("{} {}", if on { "✓" } else { "✗" }, flag.name)));
    }
    for (r, route) in scn.routes.iter().enumerate() {
        if let Some(live) = session.state.routes.get(r) {
            let open = if live.open { "open" } else { "CLOSED" };
            lines.push(Line::raw(format!(
                "{}: {open}, capacity {}, risk {}%, last flow {}",
                route.name, live.capacity, live.risk, live.flow
            )));
        }
    }
    let keys = " State — n news · z undo · E end · p pause · m bell · r reason public · P projector ";
    scrolling(frame, area, keys.to_string(), Paragraph::new(lines).wrap(Wrap { trim: false }), scroll, hits);
}

/// For every playable faction and action, the order on its first possible
/// target: available or why not, chance, cost and the changes on success —
/// computed on the current state without rolling any dice.
pub fn previews(session: &Session) -> Vec<String> {
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
            let on = target_name(scn, action, target).map(|n| format!(" → {n}")).unwrap_or_default();
            let status = match &p.available {
                Ok(()) => {
                    let effects: Vec<String> =
                        p.on_success.iter().map(|c| crate::engine::report::change_text(scn, c)).collect();
                    format!(
                        "{}% · {}",
                        p.chance,
                        if effects.is_empty() { "no direct change".into() } else { effects.join("; ") }
                    )
                }
                Err(why) => format!("✗ {why}"),
            };
            rows.push(format!("{} · {}{on}: {status}", faction.name, action.name));
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

/// The proposal form's words (the matrix option), whole, with
/// `{placeholders}`, kept together so that they can be translated as they are.
pub mod form_words {
    /// The form's title.
    pub const TITLE: &str = " A team's own proposal (the matrix option) ";
    /// The team field.
    pub const TEAM: &str = "Team: ◂ {team} ▸";
    /// The proposal field's label.
    pub const PROPOSAL: &str = "Proposal, in the team's words ({count} of {max} characters):";
    /// The chance field.
    pub const CHANCE: &str = "Chance: ◂ {chance}% — {odds} ▸";
    /// The changes on success.
    pub const SUCCESS: &str = "If it succeeds:";
    /// The changes on failure.
    pub const FAILURE: &str = "If it fails:";
    /// No change yet on success (one is needed).
    pub const NONE_YET: &str = "no change yet (Enter adds one)";
    /// No change on failure (allowed).
    pub const NOTHING: &str = "nothing changes";
    /// The reason's label.
    pub const REASON: &str = "Reason for these odds (for you and the report):";
    /// The button to the preview.
    pub const PREVIEW_BUTTON: &str = "[ Preview before the roll ]";
    /// What the keys do on the team field.
    pub const HINT_TEAM: &str = "←→ choose the team that proposes · ↓/Tab next field · Esc close";
    /// … on the proposal field.
    pub const HINT_TEXT: &str = "Type what the team proposes · ↓/Tab/Enter next field · Esc close";
    /// … on the chance field.
    pub const HINT_CHANCE: &str = "←→ 5% less or more: how likely is it, as the team argued it?";
    /// … on the success field.
    pub const HINT_SUCCESS: &str = "Enter adds a value to change if it succeeds · Del removes the last";
    /// … on the failure field.
    pub const HINT_FAILURE: &str = "Enter adds a value to change if it fails (none is fine) · Del removes the last";
    /// … on the reason field.
    pub const HINT_REASON: &str = "Type why you judged the odds so · ↓/Tab/Enter next field";
    /// … on the button.
    pub const HINT_PREVIEW: &str = "Enter shows what will be recorded, before the dice roll · Esc close (kept)";
    /// The preview's title.
    pub const PREVIEW_TITLE: &str = " Before the roll — what will be recorded ";
    /// The preview's reason line.
    pub const PREVIEW_REASON: &str = "Reason: {reason}";
    /// Who sees what.
    pub const PREVIEW_PUBLIC: &str =
        "Every team sees the proposal and its outcome; the reason stays with you and the report.";
    /// The preview's keys.
    pub const PREVIEW_KEYS: &str = "Enter rolls the dice · Esc back to the form";
    /// The title once rolled.
    pub const ROLLED_TITLE: &str = " Rolled — recorded in the log and the report ";
    /// The keys once rolled.
    pub const ROLLED_KEYS: &str = "Enter or Esc closes";
    /// The Adjust list's title while picking a value to change on success.
    pub const PICK_SUCCESS: &str = " If it succeeds: pick a value to change — Enter picks · Esc back to the form ";
    /// … on failure.
    pub const PICK_FAILURE: &str = " If it fails: pick a value to change — Enter picks · Esc back to the form ";
    /// The question for a number's change on success.
    pub const ASK_SUCCESS: &str =
        "If it succeeds, change {value} by how much? (now {now}; values {range}) e.g. +5 or -5:";
    /// … on failure.
    pub const ASK_FAILURE: &str = "If it fails, change {value} by how much? (now {now}; values {range}) e.g. +5 or -5:";
    /// The question for a flag or a route's `open` on success.
    pub const ASK_SWITCH_SUCCESS: &str = "If it succeeds, {value} becomes yes or no? (now {now}) Type yes or no:";
    /// … on failure.
    pub const ASK_SWITCH_FAILURE: &str = "If it fails, {value} becomes yes or no? (now {now}) Type yes or no:";
    /// A change that is not a number.
    pub const NOT_A_NUMBER: &str = "“{text}” is not a change: type a whole number such as +5 or -5.";
    /// A change of nothing.
    pub const ZERO: &str = "A change of 0 does nothing: type a number such as +5 or -5, or Esc to cancel.";
    /// A flag's answer that is neither yes nor no.
    pub const NOT_YES_OR_NO: &str = "Type yes or no, or Esc to cancel.";
}

/// The question for a change to `slot` in the proposal form.
pub fn change_question(session: &Session, slot: Slot, success: bool) -> String {
    let scn = &session.scenario;
    let switch = matches!(slot, Slot::Flag(_) | Slot::RouteOpen(_));
    let template = match (switch, success) {
        (true, true) => form_words::ASK_SWITCH_SUCCESS,
        (true, false) => form_words::ASK_SWITCH_FAILURE,
        (false, true) => form_words::ASK_SUCCESS,
        (false, false) => form_words::ASK_FAILURE,
    };
    let now = slot_value(scn, slot, session.state.get(slot));
    let range = crate::tui::app::slot_range(scn, slot);
    fill(template, &[("{value}", &slot_label(scn, slot)), ("{now}", &now), ("{range}", &range)], MAX_LINE)
}

/// A typed change: a whole number (`+6`, `-10`), or yes/no for a flag or `open` (+1/-1).
pub fn parse_change(slot: Slot, text: &str) -> Result<i64, String> {
    let text = text.trim();
    if matches!(slot, Slot::Flag(_) | Slot::RouteOpen(_)) {
        return match text.to_lowercase().as_str() {
            "yes" | "y" | "on" | "1" | "+1" | "open" => Ok(1),
            "no" | "n" | "off" | "0" | "-1" | "closed" => Ok(-1),
            _ => Err(form_words::NOT_YES_OR_NO.to_string()),
        };
    }
    match text.strip_prefix('+').unwrap_or(text).parse::<i64>() {
        Ok(0) => Err(form_words::ZERO.to_string()),
        Ok(delta) => Ok(delta),
        Err(_) if text.is_empty() => Err(form_words::ZERO.to_string()),
        Err(_) => Err(fill(form_words::NOT_A_NUMBER, &[("{text}", text)], MAX_LINE)),
    }
}

/// The keys of the proposal form, for the key bar and the help, while it is on screen or picking a value.
pub fn form_keys(app: &App) -> Option<Vec<(&'static str, &'static str)>> {
    if !matches!(app.screen, crate::tui::app::Screen::Umpire { .. }) {
        return None;
    }
    let form = app.proposal.as_ref()?;
    let typing = form.typing();
    let mut keys = match (&form.step, form.field) {
        (FormStep::Closed, _) => return None,
        (FormStep::Picking { .. }, _) if app.prompt.is_some() => vec![("Enter", "confirm"), ("Esc", "cancel")],
        (FormStep::Picking { .. }, _) => {
            vec![("Enter", "pick this value"), ("Esc", "back to the form"), ("/", "search"), ("↑↓", "move")]
        }
        (FormStep::Preview, _) => vec![("Enter", "roll the dice"), ("Esc", "back to the form")],
        (FormStep::Rolled(_), _) => vec![("Enter/Esc", "close")],
        (FormStep::Editing, FormField::Success | FormField::Failure) => {
            vec![("Enter", "add a change"), ("Del", "remove the last"), ("↑↓/Tab", "field"), ("Esc", "close")]
        }
        (FormStep::Editing, FormField::Team | FormField::Chance) => {
            vec![("←→", "change"), ("↑↓/Tab", "field"), ("Esc", "close (the draft is kept)")]
        }
        (FormStep::Editing, FormField::Preview) => {
            vec![("Enter", "preview before the roll"), ("↑↓/Tab", "field"), ("Esc", "close (the draft is kept)")]
        }
        (FormStep::Editing, _) => vec![("↑↓/Tab/Enter", "next field"), ("Esc", "close (the draft is kept)")],
    };
    if !typing {
        keys.splice(0..0, [("?", "help"), ("q", "quit")]);
    }
    Some(keys)
}

/// The proposal form over the umpire screen: its fields, the preview before
/// the roll, or what was recorded.
fn proposal_form(t: Theme, session: &Session, form: &ProposalForm, frame: &mut Frame, area: Rect) {
    use crate::engine::umpire::{MAX_PROPOSAL, change_asked, odds, preview};
    let scn = &session.scenario;
    let team = scn.factions.get(form.faction).map_or("?", |f| f.name.as_str());
    let mut lines: Vec<Line> = Vec::new();
    let mut focus = 0;
    let (title, keys) = match &form.step {
        FormStep::Preview => {
            let said = preview(scn, &session.state, &form.intervention()).unwrap_or_default();
            for line in said {
                lines.push(Line::raw(line));
            }
            lines.push(Line::raw(fill(form_words::PREVIEW_REASON, &[("{reason}", form.reason.trim())], MAX_LINE)));
            lines.push(Line::raw(""));
            lines.push(Line::styled(form_words::PREVIEW_PUBLIC, t.dim()));
            (form_words::PREVIEW_TITLE, form_words::PREVIEW_KEYS)
        }
        FormStep::Rolled(said) => {
            lines.push(Line::raw(said.clone()));
            lines.push(Line::raw(fill(form_words::PREVIEW_REASON, &[("{reason}", form.reason.trim())], MAX_LINE)));
            (form_words::ROLLED_TITLE, form_words::ROLLED_KEYS)
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
                    lines.push(Line::styled(format!("    {none}"), t.dim()));
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
                    FormField::Team => lines.push(label(field, fill(form_words::TEAM, &[("{team}", team)], MAX_LINE))),
                    FormField::Text => {
                        let count = form.text.chars().count().to_string();
                        let max = MAX_PROPOSAL.to_string();
                        let text = fill(form_words::PROPOSAL, &[("{count}", &count), ("{max}", &max)], MAX_LINE);
                        lines.push(label(field, text));
                        lines.push(typed(field, &form.text));
                    }
                    FormField::Chance => {
                        let chance = form.chance.to_string();
                        let values = [("{chance}", chance.as_str()), ("{odds}", odds(form.chance))];
                        lines.push(label(field, fill(form_words::CHANCE, &values, MAX_LINE)));
                    }
                    FormField::Success => {
                        lines.push(label(field, form_words::SUCCESS.to_string()));
                        changes(&mut lines, &form.on_success, form_words::NONE_YET);
                    }
                    FormField::Failure => {
                        lines.push(label(field, form_words::FAILURE.to_string()));
                        changes(&mut lines, &form.on_failure, form_words::NOTHING);
                    }
                    FormField::Reason => {
                        lines.push(label(field, form_words::REASON.to_string()));
                        lines.push(typed(field, &form.reason));
                    }
                    FormField::Preview => lines.push(label(field, form_words::PREVIEW_BUTTON.to_string())),
                }
            }
            if let Some(error) = &form.error {
                lines.push(Line::styled(format!("✗ {error}"), t.bad()));
            }
            let hint = match form.field {
                FormField::Team => form_words::HINT_TEAM,
                FormField::Text => form_words::HINT_TEXT,
                FormField::Chance => form_words::HINT_CHANCE,
                FormField::Success => form_words::HINT_SUCCESS,
                FormField::Failure => form_words::HINT_FAILURE,
                FormField::Reason => form_words::HINT_REASON,
                FormField::Preview => form_words::HINT_PREVIEW,
            };
            (form_words::TITLE, hint)
        }
    };
    // The whole screen below the header, the keys of the step at the bottom.
    let rect =
        Rect { x: area.x + area.width.saturating_sub(area.width.min(90)) / 2, width: area.width.min(90), ..area };
    let block = Block::bordered().title(title);
    let inner = block.inner(rect);
    frame.render_widget(ratatui::widgets::Clear, rect);
    frame.render_widget(block, rect);
    let hint = Paragraph::new(Line::styled(keys, t.dim())).wrap(Wrap { trim: true });
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
