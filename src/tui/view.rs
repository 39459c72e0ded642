//! Drawing: the current screen, the key hint bar, overlays, and the
//! "please enlarge" message. Reads the model; changes nothing but the list
//! of clickable areas it returns.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::tui::app::{App, Hit, Overlay, Screen, Target, Then};
use crate::tui::input::Action;
use crate::tui::screens;

/// The smallest terminal the interface is laid out for.
pub const MIN_SIZE: (u16, u16) = (80, 24);

/// Draws the whole interface; returns the clickable areas.
pub fn draw(app: &App, frame: &mut Frame) -> Vec<Hit> {
    let area = frame.area();
    let mut hits = Vec::new();
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        let text = format!(
            "Please enlarge the terminal to at least {}×{} (it is {}×{}).",
            MIN_SIZE.0, MIN_SIZE.1, area.width, area.height
        );
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
        return hits;
    }
    // The turn timer, at the right of the bottom line; a status message too
    // long for the rest of that line takes more lines rather than being cut.
    let now = (app.clock_ms)();
    let timer = app.timer.as_ref().filter(|_| app.session.as_ref().is_some_and(|s| !s.state.is_over()));
    let clock = timer.and_then(|t| t.label(now).map(|label| (format!(" {label}"), t)));
    let clock_w = clock.as_ref().map_or(0, |(label, _)| (cells(label) as u16).min(area.width));
    let status_rows = app.status.as_ref().map_or(1, |status| {
        let width = area.width.saturating_sub(clock_w).max(1);
        let rows = Paragraph::new(status.as_str()).wrap(Wrap { trim: true }).line_count(width);
        u16::try_from(rows).unwrap_or(3).clamp(1, 3)
    });
    let [body, bar] = Layout::vertical([Constraint::Min(1), Constraint::Length(status_rows)]).areas(area);
    // The terminal cursor marks the focus, for screen readers: the top of the
    // screen's text unless the screen puts it on its selected row or field.
    frame.set_cursor_position((body.x + 1, body.y + 1));
    match &app.screen {
        Screen::Title { cursor } => screens::title::render(app, *cursor, frame, body, &mut hits),
        Screen::Problems { entry, scroll } => screens::problems::render(app, *entry, *scroll, frame, body, &mut hits),
        Screen::Seats => screens::seats::render(app, frame, body, &mut hits),
        Screen::Handover { faction, then } => screens::handover::render(app, *faction, *then, frame, body, &mut hits),
        Screen::Briefing { faction, scroll } => {
            screens::briefing::render(app, *faction, *scroll, frame, body, &mut hits)
        }
        Screen::Turn(turn) => screens::turn::render(app, turn, frame, body, &mut hits),
        Screen::Resolution { scroll } => screens::resolution::render(app, *scroll, frame, body, &mut hits),
        Screen::History { series, line, .. } => screens::history::render(app, *series, *line, frame, body),
        Screen::Debrief { scroll } => screens::debrief::render(app, *scroll, frame, body, &mut hits),
        Screen::Saves { cursor } => screens::saves::render(app, *cursor, frame, body, &mut hits),
        Screen::Replay { index, scroll } => {
            screens::resolution::render_replay(app, *index, *scroll, frame, body, &mut hits)
        }
        Screen::Umpire { tab, cursor, scroll, .. } => {
            screens::umpire::render(app, *tab, *cursor, *scroll, frame, body, &mut hits);
        }
        Screen::Projector { .. } => projector(app, frame, body, &mut hits),
        Screen::Waiting { faction } => screens::waiting::render(app, *faction, frame, body),
        Screen::Lobby { cursor } => screens::lobby::render(app, *cursor, frame, body, &mut hits),
    }
    let bar = match clock {
        Some((label, timer)) => {
            let [rest, clock] = Layout::horizontal([Constraint::Min(0), Constraint::Length(clock_w)]).areas(bar);
            // The last minute and the last calls stand out on every screen.
            let style = if timer.warning(now) || timer.in_last_call() {
                app.theme.bad().add_modifier(ratatui::style::Modifier::REVERSED)
            } else {
                app.theme.key()
            };
            let bottom = Rect { y: clock.bottom().saturating_sub(1), height: 1, ..clock };
            frame.render_widget(Line::styled(label, style), bottom);
            rest
        }
        None => bar,
    };
    match &app.status {
        Some(status) => {
            let text = Paragraph::new(status.as_str()).wrap(Wrap { trim: true }).style(app.theme.warn());
            frame.render_widget(text, bar);
        }
        None => key_bar(app, frame, bar, &mut hits),
    }
    if let Some(prompt) = app.prompt.as_ref().filter(|p| p.purpose == crate::tui::app::Purpose::Code) {
        code_prompt(app, prompt, frame, body);
    }
    match app.overlay {
        Some(Overlay::Help) => help(app, frame, area),
        Some(Overlay::ConfirmQuit) => confirm_quit(app, frame, area, &mut hits),
        Some(Overlay::Unsaved) => unsaved(app, frame, area, &mut hits),
        None => {
            if let Some(notice) = &app.reload {
                screens::reload::render(notice, frame, area, &mut hits);
            }
        }
    }
    hits
}

/// The keys of the current screen as this app offers them: the saved-game
/// keys on the title screen when there are saves, and the umpire key in
/// facilitator mode, on the screens the room shares (never on a team's own
/// screens: the hand-over, the briefing and the orders).
pub fn title_keys(app: &App) -> Vec<(&'static str, &'static str)> {
    // The umpire's proposal form has keys of its own.
    if let Some(keys) = screens::umpire::form_keys(app) {
        return keys;
    }
    let mut keys = keys(&app.screen);
    let in_game =
        matches!(crate::tui::app::game_screen(&app.screen), Screen::Resolution { .. } | Screen::Debrief { .. })
            && !matches!(app.screen, Screen::Umpire { .. } | Screen::Projector { .. });
    if app.facilitator && app.session.is_some() && in_game {
        keys.push(("U", "umpire screen"));
    }
    if app.remote.is_some() {
        hosted_keys(app, &mut keys);
    }
    let title = matches!(app.screen, Screen::Title { .. });
    if title && app.saves.iter().any(crate::tui::saves::SaveEntry::unfinished) {
        keys.insert(2, ("c", "continue the last game"));
    }
    if title && !app.saves.is_empty() {
        keys.insert(2, ("o", "open a saved game"));
    }
    keys
}

/// The keys of a hosted game's seat where they differ from a game played here.
fn hosted_keys(app: &App, keys: &mut Vec<(&'static str, &'static str)>) {
    let started = app.remote.as_ref().is_some_and(|r| r.status.started);
    match &app.screen {
        Screen::Umpire { .. } => {
            keys.retain(|k| k.0 != "Esc");
            keys.insert(2, ("Esc", "the room: seats, codes, computer players"));
        }
        Screen::Projector { .. } => *keys = vec![("↑↓ PgUp/PgDn", "scroll the news"), ("q", "quit")],
        Screen::Debrief { .. } => keys.retain(|k| k.0 != "e" && k.0 != "n"),
        // Charts need a turn played.
        Screen::Waiting { .. } if app.session.as_ref().is_none_or(|s| s.state.turn <= 1) => keys.retain(|k| k.0 != "g"),
        Screen::Lobby { .. } if started => {
            keys.retain(|k| k.0 != "Enter");
            keys.insert(2, ("Esc/Enter", "umpire screen"));
        }
        _ => {}
    }
}

/// The keys of the current screen: (key, what it does).
pub fn keys(screen: &Screen) -> Vec<(&'static str, &'static str)> {
    let mut keys = match screen {
        Screen::Title { .. } => vec![("↑↓", "choose scenario"), ("Enter", "open")],
        Screen::Saves { .. } => vec![("↑↓", "choose"), ("Enter", "continue it"), ("Esc", "back")],
        Screen::Replay { .. } => {
            vec![("→/Enter", "next turn"), ("←", "previous turn"), ("↑↓", "scroll"), ("g", "charts")]
        }
        Screen::Umpire { tab, .. } => {
            let mut keys = vec![("Esc", "back to the game")];
            if *tab == 3 {
                keys.extend([("/", "search"), ("Enter", "set value"), ("Tab/1-5", "tabs"), ("↑↓ PgUp/PgDn", "move")]);
            } else {
                keys.extend([("Tab/1-5", "tabs"), ("Enter", "inject / adjust"), ("↑↓ PgUp/PgDn", "move, scroll")]);
            }
            keys.extend([
                ("n", "news"),
                ("a", "a team's own proposal"),
                ("z", "undo turn"),
                ("E", "end game"),
                ("p", "pause timer"),
                ("m", "bell on/off"),
                ("r", "make the last injected event's reason public"),
                ("P", "projector"),
            ]);
            keys
        }
        Screen::Projector { .. } => {
            vec![
                ("Esc/P/Enter", "back to the umpire screen"),
                ("↑↓ PgUp/PgDn", "scroll the news"),
                ("g", "news from the top"),
            ]
        }
        Screen::Problems { .. } => vec![("↑↓", "scroll"), ("Esc", "back")],
        Screen::Seats => vec![
            ("s", "start"),
            ("↑↓", "move"),
            ("←→/Enter", "human or computer"),
            ("Esc", "back"),
            ("Enter on seed", "type a seed"),
        ],
        Screen::Handover { then: Then::Briefing, .. } => vec![("Enter", "show the briefing")],
        Screen::Handover { .. } => vec![("Enter", "start the turn")],
        Screen::Briefing { .. } => vec![("↑↓", "scroll"), ("Enter", "done")],
        Screen::Turn(_) => vec![
            ("c", "confirm orders"),
            ("Tab/1-5", "tabs"),
            ("↑↓", "move"),
            ("Enter", "choose"),
            ("←→", "region"),
            ("x", "remove"),
            ("g", "history"),
            ("v", "map value"),
            ("F1-F5", "tabs, as 1-5 (also &é\"'( ١-٥ ۱-۵)"),
            ("o d e s a", "tabs by initial letter"),
        ],
        Screen::Resolution { .. } => vec![("↑↓", "scroll"), ("g", "history"), ("Enter", "continue")],
        Screen::History { .. } => vec![("↑↓", "choose chart"), ("←→", "choose line"), ("Esc", "back")],
        Screen::Debrief { .. } => vec![("e", "export report"), ("↑↓", "scroll"), ("g", "history"), ("n", "new game")],
        Screen::Waiting { .. } => vec![("g", "history")],
        Screen::Lobby { .. } => vec![("Enter", "start the game"), ("↑↓", "choose a seat"), ("a", "computer or team")],
    };
    keys.splice(0..0, [("?", "help"), ("q", "quit")]);
    keys
}

fn key_bar(app: &App, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    let t = app.theme;
    let mut spans = Vec::new();
    let mut x = area.x;
    for (key, what) in title_keys(app) {
        let width = (cells(key) + cells(what) + 3) as u16;
        // A key that does not fit is left out, but shorter ones after it may still fit:
        // the most important keys come first in `keys`.
        if x + width > area.right() + 1 {
            continue;
        }
        let action = match key {
            "?" => Some(Action::Help),
            "q" => Some(Action::Quit),
            "Enter" => Some(Action::Select),
            "Esc" => Some(Action::Back),
            _ => None,
        };
        if let Some(action) = action {
            hits.push(Hit { rect: Rect::new(x, area.y, width, 1), target: Target::Button(action) });
        }
        spans.push(Span::styled(key, t.key()));
        spans.push(Span::raw(format!(" {what}  ")));
        x += width;
    }
    frame.render_widget(Line::from(spans), area);
}

/// The public projector view of the game in progress: the state the room
/// is discussing (the last turn's results until the next turn's orders open).
fn projector(app: &App, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    let Some(session) = &app.session else { return };
    let confirmed: Vec<bool> = (0..session.scenario.factions.len()).map(|f| !session.waiting.contains(&f)).collect();
    let timer = app.timer.as_ref().and_then(|t| t.label((app.clock_ms)()));
    let stage = match crate::tui::app::game_screen(&app.screen) {
        // A hosted game's room follows the game, not this screen.
        _ if app.remote.is_some() => session.record.stage,
        Screen::Resolution { .. } => crate::save::Stage::Results,
        Screen::Briefing { .. } | Screen::Handover { then: Then::Briefing, .. } => crate::save::Stage::Briefings,
        _ => crate::save::Stage::Orders,
    };
    let results = (stage == crate::save::Stage::Results && !session.state.is_over())
        .then(|| screens::projector::results_of(session))
        .flatten();
    let view = screens::projector::Projector {
        scenario: &session.scenario,
        state: results.as_ref().unwrap_or(&session.state),
        last: session.last_report(),
        confirmed: Some(&confirmed),
        timer: timer.as_deref(),
        theme: app.theme,
    };
    // A hosted game not started yet: who has joined.
    let note = app.remote.as_ref().filter(|r| !r.status.started).map(|r| {
        let teams = r.status.room.iter().filter(|s| matches!(s.role, crate::host::table::Role::Team(_)));
        let seats: Vec<String> = teams
            .map(|s| {
                let here = s.presence != crate::host::table::Presence::Empty;
                format!("{} {}", if here { "✓" } else { "…" }, s.label)
            })
            .collect();
        format!("The game starts when every team has joined: {}", seats.join("  "))
    });
    let room = screens::projector::Room { stage, news_scroll: app.projector_scroll, note };
    let max = screens::projector::render_room(&view, &room, frame, area);
    hits.push(Hit { rect: Rect::default(), target: Target::ScrollMax(max) });
}

/// The facilitator code question, over any screen; what is typed shows as dots.
fn code_prompt(app: &App, prompt: &crate::tui::app::Prompt, frame: &mut Frame, area: Rect) {
    let t = app.theme;
    let dots = "•".repeat(prompt.text.chars().count());
    let text = vec![
        Line::raw(prompt.label.clone()),
        Line::from(vec![Span::styled(format!("{dots}▏"), t.key())]),
        Line::styled("Enter to confirm · Esc to cancel (every attempt is recorded)", t.dim()),
    ];
    let paragraph = Paragraph::new(text).wrap(Wrap { trim: false });
    let width = area.width.min(70);
    let height = u16::try_from(paragraph.line_count(width.saturating_sub(2)) + 2).unwrap_or(u16::MAX);
    let rect = centred(area, width, height);
    frame.render_widget(Clear, rect);
    frame.render_widget(paragraph.block(Block::bordered().title(" Umpire screen ")), rect);
}

/// A rectangle of at most `w`×`h`, centred in `area`.
pub fn centred(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h)
}

fn help(app: &App, frame: &mut Frame, area: Rect) {
    let keys = title_keys(app);
    let lines: Vec<Line> = keys
        .iter()
        .map(|(k, w)| Line::from(vec![Span::styled(format!("{k:>14}  "), app.theme.key()), Span::raw(*w)]))
        .chain([Line::raw(""), Line::raw("Mouse: click tabs, rows and keys below; scroll lists.")])
        .collect();
    let rect = centred(area, 60, lines.len() as u16 + 2);
    frame.render_widget(Clear, rect);
    frame.set_cursor_position((rect.x + 1, rect.y + 1));
    frame.render_widget(Paragraph::new(lines).block(Block::bordered().title(" Keys — ? or Esc to close ")), rect);
}

fn confirm_quit(app: &App, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    // A hosted game's seat only leaves; the facilitator's console closes the game for everyone.
    let console = app.remote.as_ref().is_some_and(|r| r.shared.lock().console() == r.place);
    let (question, yes_label) = match &app.remote {
        None => ("Quit Harmattan?", "y quit"),
        Some(_) if console => ("Close the game for every team? It is saved.", "y close"),
        Some(_) => ("Leave the game? The same command and code bring you back.", "y leave"),
    };
    let text = vec![
        Line::raw(question),
        Line::from(vec![
            Span::styled("y", app.theme.key()),
            Span::raw(format!("{}    ", &yes_label[1..])),
            Span::styled("any other key", app.theme.key()),
            Span::raw(" stay"),
        ]),
    ];
    let paragraph = Paragraph::new(text).wrap(Wrap { trim: true });
    let width = area.width.min(48);
    let height = u16::try_from(paragraph.line_count(width.saturating_sub(2)) + 2).unwrap_or(5);
    let rect = centred(area, width, height);
    frame.render_widget(Clear, rect);
    frame.render_widget(paragraph.block(Block::bordered().title(" Quit ")), rect);
    // Only the words "y quit" quit; a click anywhere else closes the question.
    let yes_w = u16::try_from(cells(yes_label)).unwrap_or(6);
    let yes = Rect::new(rect.x + 1, rect.bottom().saturating_sub(2), yes_w.min(rect.width.saturating_sub(2)), 1);
    frame.set_cursor_position((yes.x, yes.y));
    hits.push(Hit { rect: yes, target: Target::Button(Action::Char('y')) });
}

/// "The game could not be saved": the reason in full (wrapped), what
/// quitting now loses, and the two ways out: back to the game, or quit
/// without saving.
fn unsaved(app: &App, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    let t = app.theme;
    let reason = app.save_error.as_deref().unwrap_or("unknown");
    let game = app.game_in_progress().unwrap_or_else(|| "the game in progress".to_string());
    let text = vec![
        Line::styled("The game could not be saved:", t.bad()),
        Line::raw(reason.to_string()),
        Line::raw(""),
        Line::raw(format!("Quitting now loses {game}.")),
        Line::raw(""),
        Line::from(vec![
            Span::styled("Esc", t.key()),
            Span::raw(" or "),
            Span::styled("n", t.key()),
            Span::raw("  back to the game"),
        ]),
        Line::from(vec![Span::styled("d", t.key()), Span::raw("         quit without saving")]),
    ];
    let paragraph = Paragraph::new(text).wrap(Wrap { trim: false });
    let width = 64.min(area.width);
    let height = u16::try_from(paragraph.line_count(width.saturating_sub(2))).unwrap_or(u16::MAX).saturating_add(2);
    let rect = centred(area, width, height);
    frame.render_widget(Clear, rect);
    frame.render_widget(paragraph.block(Block::bordered().title(" Not saved ")), rect);
    // The two answers are the last two lines inside the border.
    let inner = rect.width.saturating_sub(2);
    if rect.height >= 4 {
        let back = Rect::new(rect.x + 1, rect.bottom() - 3, 26.min(inner), 1);
        let discard = Rect::new(rect.x + 1, rect.bottom() - 2, 29.min(inner), 1);
        hits.push(Hit { rect: back, target: Target::Button(Action::Back) });
        frame.set_cursor_position((back.x, back.y));
        hits.push(Hit { rect: discard, target: Target::Button(Action::Char('d')) });
    }
}

/// Columns `text` takes on screen (wide characters count two).
pub fn cells(text: &str) -> usize {
    text.width()
}

/// `text` cut to at most `width` columns, ending in `…` when something was cut.
pub fn fit(text: &str, width: usize) -> String {
    if cells(text) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        out.truncate(out.trim_end().len());
        out.push('…');
    }
    out
}

/// `text` cut to at most `width` columns at a word boundary, ending in `…`
/// when something was cut (mid-word only when the first word alone is too long).
pub fn fit_words(text: &str, width: usize) -> String {
    if cells(text) <= width {
        return text.to_string();
    }
    let cut = fit(text, width);
    let kept = cut.trim_end_matches('…');
    // The cut fell inside a word unless the next character of `text` is a space.
    let next = text[kept.len()..].chars().next();
    if next.is_some_and(char::is_whitespace) {
        return cut;
    }
    match kept.rfind(char::is_whitespace) {
        Some(i) if i > 0 => {
            format!("{}…", kept[..i].trim_end_matches([' ', ',', ';', ':', '·', '—', '-', '&', '('].as_slice()))
        }
        _ => cut,
    }
}

/// `text` padded with spaces to `width` columns (cut with `…` when longer).
pub fn pad(text: &str, width: usize) -> String {
    let text = fit(text, width);
    let gap = width.saturating_sub(cells(&text));
    format!("{text}{}", " ".repeat(gap))
}

/// A bordered, scrolling paragraph whose bottom border says when more lies
/// above or below, so nobody misses the end of a long report. The scroll is
/// clamped so the last line never scrolls out of sight.
pub fn scrolling(frame: &mut Frame, area: Rect, title: String, paragraph: Paragraph, scroll: u16, hits: &mut Vec<Hit>) {
    let block = Block::bordered().title(title);
    let inner = block.inner(area);
    let total = paragraph.line_count(inner.width);
    let max = u16::try_from(total.saturating_sub(inner.height as usize)).unwrap_or(u16::MAX);
    let scroll = scroll.min(max);
    hits.push(Hit { rect: Rect::default(), target: Target::ScrollMax(max) });
    let hint = match (scroll > 0, scroll < max) {
        (true, true) => Some(" ↑↓ more above and below "),
        (false, true) => Some(" ↓ more below (↓ or PgDn) "),
        (true, false) => Some(" ↑ more above "),
        (false, false) => None,
    };
    let block = match hint {
        Some(hint) => block.title_bottom(Line::from(hint).right_aligned()),
        None => block,
    };
    frame.render_widget(paragraph.scroll((scroll, 0)).block(block), area);
}
