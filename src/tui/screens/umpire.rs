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
use crate::tui::app::{App, Hit, Target, UMPIRE_TABS, adjustable_matching};
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
            let title = format!(
                " Adjust — {} of {} values · Enter to type a new value (asks a reason) ",
                rows.len(),
                adjustable_matching(scn, "").len()
            );
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
                "{} proposes to {who}: {}",
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
