//! Drawing: the current screen, the key hint bar, overlays, and the
//! "please enlarge" message. Reads the model; changes nothing but the list
//! of clickable areas it returns.

use ratatui::Frame;
use ratatui::buffer::CellWidth;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::i18n::Lang;
use crate::tr;
use crate::tui::app::{App, Hit, Overlay, Screen, Target, Then};
use crate::tui::input::Action;
use crate::tui::screens;

/// The smallest terminal the interface is laid out for.
pub const MIN_SIZE: (u16, u16) = (80, 24);

/// Draws the whole interface; returns the clickable areas. Right-to-left
/// text is put in order last, over the finished frame (see [`bidi`](crate::tui::bidi)).
pub fn draw(app: &App, frame: &mut Frame) -> Vec<Hit> {
    let mut hits = draw_screen(app, frame);
    crate::tui::bidi::apply(app.bidi, app.lang.dir(), frame, &mut hits);
    hits
}

/// Draws the screen, the bars and the overlays, in logical order.
fn draw_screen(app: &App, frame: &mut Frame) -> Vec<Hit> {
    let area = frame.area();
    let mut hits = Vec::new();
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        let text = enlarge(app.lang, area);
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
        return hits;
    }
    // The turn timer, at the right of the bottom line; a status message too
    // long for the rest of that line takes more lines rather than being cut.
    let now = (app.clock_ms)();
    let timer = app.timer.as_ref().filter(|_| app.session.as_ref().is_some_and(|s| !s.state.is_over()));
    let clock = timer.and_then(|t| t.label(app.lang, now).map(|label| (format!(" {label}"), t)));
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
                screens::reload::render(app.lang, notice, frame, area, &mut hits);
            }
        }
    }
    hits
}

/// "Please enlarge the terminal to at least 80×24 (it is 60×20)."
pub fn enlarge(lang: Lang, area: Rect) -> String {
    tr!(lang, "screen-enlarge", min_w = MIN_SIZE.0, min_h = MIN_SIZE.1, w = area.width, h = area.height)
}

/// A key of the key bar: the key as the keyboard labels it, and what it
/// does in the interface's language.
pub type Key = (&'static str, String);

/// The keys of the current screen as this app offers them: the saved-game
/// keys on the title screen when there are saves, the language key there,
/// and the umpire key in facilitator mode, on the screens the room shares
/// (never on a team's own screens: the hand-over, the briefing and the orders).
pub fn title_keys(app: &App) -> Vec<Key> {
    let lang = app.lang;
    let say = |key: &str| tr!(lang, key);
    // The umpire's proposal form has keys of its own.
    if let Some(keys) = screens::umpire::form_keys(app) {
        return keys;
    }
    let mut keys = keys(&app.screen, lang);
    let in_game =
        matches!(crate::tui::app::game_screen(&app.screen), Screen::Resolution { .. } | Screen::Debrief { .. })
            && !matches!(app.screen, Screen::Umpire { .. } | Screen::Projector { .. });
    if app.facilitator && app.session.is_some() && in_game {
        keys.push(("U", say("screen-key-umpire")));
    }
    if app.remote.is_some() {
        hosted_keys(app, &mut keys);
    }
    let title = matches!(app.screen, Screen::Title { .. });
    if title && app.saves.iter().any(crate::tui::saves::SaveEntry::unfinished) {
        keys.insert(2, ("c", say("screen-key-continue-last")));
    }
    if title && !app.saves.is_empty() {
        keys.insert(2, ("o", say("screen-key-open-save")));
    }
    if title {
        // In the language's own name, so that whoever reads it finds theirs.
        keys.push(("L", tr!(lang, "screen-key-language", language = tr!(lang, "screen-language-name"))));
    }
    keys
}

/// The keys of a hosted game's seat where they differ from a game played here.
fn hosted_keys(app: &App, keys: &mut Vec<Key>) {
    let started = app.remote.as_ref().is_some_and(|r| r.status.started);
    let say = |key: &str| tr!(app.lang, key);
    match &app.screen {
        Screen::Umpire { .. } => {
            keys.retain(|k| k.0 != "Esc");
            keys.insert(2, ("Esc", say("screen-key-room")));
        }
        Screen::Projector { .. } => {
            *keys = vec![("↑↓ PgUp/PgDn", say("screen-key-scroll-news")), ("q", say("screen-key-quit"))];
        }
        Screen::Debrief { .. } => keys.retain(|k| k.0 != "e" && k.0 != "n"),
        // Charts need a turn played.
        Screen::Waiting { .. } if app.session.as_ref().is_none_or(|s| s.state.turn <= 1) => keys.retain(|k| k.0 != "g"),
        Screen::Lobby { .. } if started => {
            keys.retain(|k| k.0 != "Enter");
            keys.insert(2, ("Esc/Enter", say("screen-key-umpire")));
        }
        _ => {}
    }
    if matches!(app.screen, Screen::Lobby { .. }) {
        keys.push(("←→", say("room-key-seat-language")));
    }
    // Each seat reads its own language: `L` switches it on every screen, where the bar has room.
    keys.push(("L", tr!(app.lang, "screen-key-language", language = say("screen-language-name"))));
}

/// The keys of the current screen: (key, what it does in `lang`).
pub fn keys(screen: &Screen, lang: Lang) -> Vec<Key> {
    let k = |key: &'static str, what: &str| (key, tr!(lang, what));
    let mut keys = match screen {
        Screen::Title { .. } => vec![k("↑↓", "screen-key-choose-scenario"), k("Enter", "screen-key-open")],
        Screen::Saves { .. } => {
            vec![k("↑↓", "screen-key-choose"), k("Enter", "screen-key-continue-it"), k("Esc", "screen-key-back")]
        }
        Screen::Replay { .. } => vec![
            k("→/Enter", "screen-key-next-turn"),
            k("←", "screen-key-previous-turn"),
            k("↑↓", "screen-key-scroll"),
            k("g", "screen-key-charts"),
        ],
        Screen::Umpire { tab, .. } => {
            let mut keys = vec![k("Esc", "screen-key-back-to-game")];
            if *tab == 3 {
                keys.extend([
                    k("/", "screen-key-search"),
                    k("Enter", "screen-key-set-value"),
                    k("Tab/1-5", "screen-key-tabs"),
                    k("↑↓ PgUp/PgDn", "screen-key-move"),
                ]);
            } else {
                keys.extend([
                    k("Tab/1-5", "screen-key-tabs"),
                    k("Enter", "screen-key-inject-adjust"),
                    k("↑↓ PgUp/PgDn", "screen-key-move-scroll"),
                ]);
            }
            keys.extend([
                k("n", "screen-key-news"),
                k("a", "screen-key-own-proposal"),
                k("z", "screen-key-undo"),
                k("E", "screen-key-end-game"),
                k("p", "screen-key-pause"),
                k("m", "screen-key-bell"),
                k("r", "screen-key-publish-reason"),
                k("P", "screen-key-projector"),
            ]);
            keys
        }
        Screen::Projector { .. } => vec![
            k("Esc/P/Enter", "screen-key-back-to-umpire"),
            k("↑↓ PgUp/PgDn", "screen-key-scroll-news"),
            k("g", "screen-key-news-top"),
        ],
        Screen::Problems { .. } => vec![k("↑↓", "screen-key-scroll"), k("Esc", "screen-key-back")],
        Screen::Seats => vec![
            k("s", "screen-key-start"),
            k("↑↓", "screen-key-move"),
            k("←→/Enter", "screen-key-seat"),
            k("Esc", "screen-key-back"),
            k("0-9", "screen-key-seed"),
        ],
        Screen::Handover { then: Then::Briefing, .. } => vec![k("Enter", "screen-key-show-briefing")],
        Screen::Handover { .. } => vec![k("Enter", "screen-key-start-turn")],
        Screen::Briefing { .. } => vec![k("↑↓", "screen-key-scroll"), k("Enter", "screen-key-done")],
        Screen::Turn(_) => vec![
            k("c", "screen-key-confirm-orders"),
            k("Tab/1-5", "screen-key-tabs"),
            k("↑↓", "screen-key-move"),
            k("Enter", "screen-key-choose"),
            k("←→", "screen-key-region"),
            k("x", "screen-key-remove"),
            k("g", "screen-key-history"),
            k("v", "screen-key-map-value"),
            k("F1-F5", "screen-key-tabs-f-keys"),
            k("o d e s a", "screen-key-tabs-initials"),
        ],
        Screen::Resolution { .. } => {
            vec![k("↑↓", "screen-key-scroll"), k("g", "screen-key-history"), k("Enter", "screen-key-continue")]
        }
        Screen::History { .. } => {
            vec![k("↑↓", "screen-key-choose-chart"), k("←→", "screen-key-choose-line"), k("Esc", "screen-key-back")]
        }
        Screen::Debrief { .. } => vec![
            k("e", "screen-key-export"),
            k("↑↓", "screen-key-scroll"),
            k("g", "screen-key-history"),
            k("n", "screen-key-new-game"),
        ],
        Screen::Waiting { .. } => vec![k("g", "screen-key-history")],
        Screen::Lobby { .. } => vec![
            k("Enter", "screen-key-start-game"),
            k("↑↓", "screen-key-choose-seat"),
            k("a", "screen-key-computer-or-team"),
        ],
    };
    keys.splice(0..0, [k("?", "screen-key-help"), k("q", "screen-key-quit")]);
    keys
}

fn key_bar(app: &App, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    let t = app.theme;
    let mut spans = Vec::new();
    let mut x = area.x;
    for (key, what) in title_keys(app) {
        let width = (cells(key) + cells(&what) + 3) as u16;
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
            "L" => Some(Action::Char('L')),
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
    let timer = app.timer.as_ref().and_then(|t| t.label(app.lang, (app.clock_ms)()));
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
        lang: app.lang,
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
        tr!(app.lang, "screen-projector-joining", seats = seats.join("  "))
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
        Line::styled(tr!(app.lang, "screen-code-hint"), t.dim()),
    ];
    let paragraph = Paragraph::new(text).wrap(Wrap { trim: false });
    let width = area.width.min(70);
    let height = u16::try_from(paragraph.line_count(width.saturating_sub(2)) + 2).unwrap_or(u16::MAX);
    let rect = centred(area, width, height);
    frame.render_widget(Clear, rect);
    let title = format!(" {} ", tr!(app.lang, "screen-code-title"));
    frame.render_widget(paragraph.block(Block::bordered().title(title)), rect);
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
        .into_iter()
        .map(|(k, w)| Line::from(vec![Span::styled(format!("{k:>14}  "), app.theme.key()), Span::raw(w)]))
        .chain([Line::raw(""), Line::raw(tr!(app.lang, "screen-help-mouse"))])
        .collect();
    let title = format!(" {} ", tr!(app.lang, "screen-help-title"));
    // A description longer than the box wraps under itself rather than being cut.
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
    let width = area.width.min(60);
    let height = u16::try_from(paragraph.line_count(width.saturating_sub(2)) + 2).unwrap_or(u16::MAX);
    let rect = centred(area, width, height);
    frame.render_widget(Clear, rect);
    frame.set_cursor_position((rect.x + 1, rect.y + 1));
    frame.render_widget(paragraph.block(Block::bordered().title(title)), rect);
}

fn confirm_quit(app: &App, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    // A hosted game's seat only leaves; the facilitator's console closes the game for everyone.
    let console = app.remote.as_ref().is_some_and(|r| r.shared.lock().console() == r.place);
    let (question, yes) = match &app.remote {
        None => ("screen-quit-question", "screen-quit-yes"),
        Some(_) if console => ("screen-quit-close-question", "screen-quit-close"),
        Some(_) => ("screen-quit-leave-question", "screen-quit-leave"),
    };
    let lang = app.lang;
    let yes_label = format!("y {}", tr!(lang, yes));
    let text = vec![
        Line::raw(tr!(lang, question)),
        Line::from(vec![
            Span::styled("y", app.theme.key()),
            Span::raw(format!("{}    ", &yes_label[1..])),
            Span::styled(tr!(lang, "screen-quit-any-key"), app.theme.key()),
            Span::raw(format!(" {}", tr!(lang, "screen-quit-stay"))),
        ]),
    ];
    let paragraph = Paragraph::new(text).wrap(Wrap { trim: true });
    let width = area.width.min(48);
    let height = u16::try_from(paragraph.line_count(width.saturating_sub(2)) + 2).unwrap_or(5);
    // The answers start below the question, however many rows it takes.
    let question_rows =
        Paragraph::new(tr!(lang, question)).wrap(Wrap { trim: true }).line_count(width.saturating_sub(2));
    let rect = centred(area, width, height);
    frame.render_widget(Clear, rect);
    frame
        .render_widget(paragraph.block(Block::bordered().title(format!(" {} ", tr!(lang, "screen-quit-title")))), rect);
    // Only the words "y quit" quit; a click anywhere else closes the question.
    let yes_w = u16::try_from(cells(&yes_label)).unwrap_or(6);
    let row = (rect.y + 1).saturating_add(u16::try_from(question_rows).unwrap_or(u16::MAX));
    let yes =
        Rect::new(rect.x + 1, row.min(rect.bottom().saturating_sub(2)), yes_w.min(rect.width.saturating_sub(2)), 1);
    frame.set_cursor_position((yes.x, yes.y));
    hits.push(Hit { rect: yes, target: Target::Button(Action::Char('y')) });
}

/// "The game could not be saved": the reason in full (wrapped), what
/// quitting now loses, and the two ways out: back to the game, or quit
/// without saving.
fn unsaved(app: &App, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    let t = app.theme;
    let lang = app.lang;
    let reason = app.save_error.clone().unwrap_or_else(|| tr!(lang, "screen-unknown-reason"));
    let game = app.game_in_progress().unwrap_or_else(|| tr!(lang, "screen-the-game-in-progress"));
    // The two answers' words start in the same column: "Esc or n  back…", "d         quit…".
    let or = format!(" {} ", tr!(lang, "screen-unsaved-or"));
    let keys_w = cells("Esc") + cells(&or) + cells("n") + 2;
    let back = format!("  {}", tr!(lang, "screen-unsaved-back"));
    let discard = format!("{}{}", " ".repeat(keys_w - 1), tr!(lang, "screen-unsaved-discard"));
    let (back_w, discard_w) = (cells(&back) + keys_w - 2, cells(&discard) + 1);
    let text = vec![
        Line::styled(tr!(lang, "screen-unsaved-head"), t.bad()),
        Line::raw(reason),
        Line::raw(""),
        Line::raw(tr!(lang, "screen-unsaved-loses", game = game)),
        Line::raw(""),
        Line::from(vec![Span::styled("Esc", t.key()), Span::raw(or), Span::styled("n", t.key()), Span::raw(back)]),
        Line::from(vec![Span::styled("d", t.key()), Span::raw(discard)]),
    ];
    let paragraph = Paragraph::new(text).wrap(Wrap { trim: false });
    let width = 64.min(area.width);
    let height = u16::try_from(paragraph.line_count(width.saturating_sub(2))).unwrap_or(u16::MAX).saturating_add(2);
    let rect = centred(area, width, height);
    frame.render_widget(Clear, rect);
    let title = format!(" {} ", tr!(lang, "screen-unsaved-title"));
    frame.render_widget(paragraph.block(Block::bordered().title(title)), rect);
    // The two answers are the last two lines inside the border.
    let inner = rect.width.saturating_sub(2);
    let columns = |w: usize| u16::try_from(w).unwrap_or(u16::MAX).min(inner);
    if rect.height >= 4 {
        let back = Rect::new(rect.x + 1, rect.bottom() - 3, columns(back_w), 1);
        let discard = Rect::new(rect.x + 1, rect.bottom() - 2, columns(discard_w), 1);
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

/// Lines wrapped at word boundaries (`trim`: without the spaces that start
/// a wrapped line), as a scrolling paragraph shows them.
pub struct Wrapped<'a> {
    lines: Vec<Line<'a>>,
    trim: bool,
}

impl<'a> Wrapped<'a> {
    /// The lines, to be wrapped.
    pub fn new(lines: Vec<Line<'a>>, trim: bool) -> Self {
        Wrapped { lines, trim }
    }

    /// How many rows the lines take at `width`. A line that fits is one row;
    /// only longer ones are wrapped to be counted (a team's report is long,
    /// and every seat draws it at every change).
    pub fn height(&self, width: u16) -> usize {
        if width == 0 {
            return 0;
        }
        let wrap = Wrap { trim: self.trim };
        self.lines
            .iter()
            .map(|line| {
                if cells_wrapped(line) <= usize::from(width) {
                    1
                } else {
                    Paragraph::new(line.clone()).wrap(wrap).line_count(width)
                }
            })
            .sum()
    }

    fn paragraph(self) -> Paragraph<'a> {
        Paragraph::new(self.lines).wrap(Wrap { trim: self.trim })
    }
}

/// The width of a line as wrapping measures it: grapheme by grapheme. (A
/// line's own width measures the whole text, where Arabic's lām-alif
/// counts as one column, not two.)
fn cells_wrapped(line: &Line) -> usize {
    let graphemes = line.spans.iter().flat_map(|span| span.styled_graphemes(ratatui::style::Style::default()));
    graphemes.map(|g| usize::from(g.symbol.cell_width())).sum()
}

/// A bordered, scrolling paragraph whose bottom border says (in `lang`) when
/// more lies above or below, so nobody misses the end of a long report. The
/// scroll is clamped so the last line never scrolls out of sight.
pub fn scrolling_in(
    lang: Lang,
    frame: &mut Frame,
    area: Rect,
    title: String,
    text: Wrapped,
    scroll: u16,
    hits: &mut Vec<Hit>,
) {
    let block = Block::bordered().title(title);
    let inner = block.inner(area);
    let total = text.height(inner.width);
    let max = u16::try_from(total.saturating_sub(inner.height as usize)).unwrap_or(u16::MAX);
    let scroll = scroll.min(max);
    hits.push(Hit { rect: Rect::default(), target: Target::ScrollMax(max) });
    let hint = match (scroll > 0, scroll < max) {
        (true, true) => Some("screen-scroll-both"),
        (false, true) => Some("screen-scroll-below"),
        (true, false) => Some("screen-scroll-above"),
        (false, false) => None,
    };
    let block = match hint {
        Some(hint) => block.title_bottom(Line::from(format!(" {} ", tr!(lang, hint))).right_aligned()),
        None => block,
    };
    frame.render_widget(text.paragraph().scroll((scroll, 0)).block(block), area);
}

#[cfg(test)]
mod tests;
