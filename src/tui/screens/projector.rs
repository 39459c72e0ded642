//! The projector view: a public screen for the room. It shows only what every
//! team may see — the map, the turn and date, public news, every playable
//! faction's indicators, relations and the situation flags, who has confirmed
//! and the timer — and never a secret order, a private event, a team's
//! pending decisions or a briefing. It draws from plain inputs, so both the
//! facilitator's screen in the game and `harmattan watch` use it.

use std::borrow::Cow;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::engine::report::{Audience, Entry, TurnReport};
use crate::engine::verdict;
use crate::engine::{GameState, scores};
use crate::i18n::Lang;
use crate::save::Stage;
use crate::scenario::Scenario;
use crate::scenario::format::Better;
use crate::tr;
use crate::tui::theme::{Level, Theme};
use crate::tui::view::{cells, fit, pad};
use crate::tui::widgets::gauge::Gauge;
use crate::tui::widgets::map::Map;

/// Everything the projector shows, all of it public.
#[derive(Debug, Clone, Copy)]
pub struct Projector<'a> {
    /// The scenario played.
    pub scenario: &'a Scenario,
    /// The current state (only its public parts are drawn).
    pub state: &'a GameState,
    /// The report of the last resolved turn, if any (only its public entries are drawn).
    pub last: Option<&'a TurnReport>,
    /// Per faction (scenario order): whether its team has confirmed this turn's
    /// orders; `None` when that is not known (e.g. watching a save).
    pub confirmed: Option<&'a [bool]>,
    /// A timer to show, e.g. `"07:42"`.
    pub timer: Option<&'a str>,
    /// Styles.
    pub theme: Theme,
    /// The language of the screen's own words (the scenario's texts are the scenario's).
    pub lang: Lang,
}

/// What the room is looking at, beyond the state: the stage of the turn
/// and how far the news has been scrolled.
#[derive(Debug, Clone, Default)]
pub struct Room {
    /// Briefings, a turn's orders, or a turn's results.
    pub stage: Stage,
    /// Lines of news scrolled past.
    pub news_scroll: u16,
    /// A line said instead of who has confirmed (a hosted game's room before it starts).
    pub note: Option<String>,
}

/// The public news: this turn's start (events everyone saw) and the whole
/// last turn, each as `(heading, lines)`; only `Audience::All` entries.
pub fn public_news(p: &Projector) -> Vec<(String, Vec<String>)> {
    news_for(p, Stage::Orders).into_iter().map(|s| (s.heading, s.lines)).collect()
}

/// A part of the news box: a heading and its lines.
struct Section {
    heading: String,
    lines: Vec<String>,
    /// The news of the turn being played now (marked apart from the last turn's).
    now: bool,
}

/// The public news for a stage: during the results, only the resolved turn's.
fn news_for(p: &Projector, stage: Stage) -> Vec<Section> {
    let lang = p.lang;
    let public = |entries: &mut dyn Iterator<Item = &Entry>| -> Vec<String> {
        let lines: Vec<String> = entries
            .filter(|e| e.audience == Audience::All)
            .filter_map(|e| e.news(p.scenario).map(Cow::into_owned))
            .collect();
        if lines.is_empty() { vec![tr!(lang, "room-projector-nothing-public")] } else { lines }
    };
    let section = |heading: String, lines: Vec<String>| Section { heading, lines, now: false };
    let mut sections = Vec::new();
    if let Some(report) = p.last.filter(|_| stage == Stage::Results && !p.state.is_over()) {
        let date = p.scenario.date_in(lang, report.turn);
        let heading = tr!(lang, "room-projector-results-heading", turn = report.turn, date = date);
        sections.push(section(heading, public(&mut report.entries())));
        return sections;
    }
    if p.state.is_over() {
        let s = scores(p.scenario, p.state);
        let mut ending: Vec<String> = s.factions.iter().map(|f| verdict::headline(p.scenario, f)).collect();
        ending.extend(verdict::shared(p.scenario, &s));
        ending.push(verdict::standing(p.scenario, &s));
        sections.push(section(tr!(lang, "room-projector-how-it-ended"), ending));
        sections.push(section(tr!(lang, "room-projector-final-scores"), final_scores(p)));
    }
    let now: Vec<String> = p
        .state
        .start_log
        .iter()
        .filter(|e| e.audience == Audience::All)
        .filter_map(|e| e.news(p.scenario).map(Cow::into_owned))
        .collect();
    if !now.is_empty() {
        let heading = tr!(lang, "room-projector-this-turn", date = p.scenario.date_in(lang, p.state.turn));
        sections.push(Section { heading, lines: now, now: sections.is_empty() });
    }
    if let Some(report) = p.last {
        let heading = tr!(lang, "room-projector-last-turn", date = p.scenario.date_in(lang, report.turn));
        sections.push(section(heading, public(&mut report.entries())));
    }
    sections
}

/// Every team's final score, the winner first marked.
fn final_scores(p: &Projector) -> Vec<String> {
    let s = scores(p.scenario, p.state);
    let mut rows: Vec<_> = s.factions.iter().collect();
    rows.sort_by_key(|f| std::cmp::Reverse((f.verdict, f.rank)));
    let name = |f: usize| p.scenario.factions.get(f).map_or("?", |d| d.name.as_str());
    let mut lines: Vec<String> = rows
        .iter()
        .map(|f| {
            let mark = if s.leaders.contains(&f.faction) { " ★" } else { "" };
            format!("{} {}{mark}", name(f.faction), f.total)
        })
        .collect();
    lines.insert(0, verdict::first(p.scenario, &s));
    lines
}

/// The state at the end of a resolved turn, before the next turn's income
/// and events: `ruled` (the state the turn resolved from, after the umpire's
/// rulings) with every value the turn changed.
pub fn end_of_turn(scn: &Scenario, ruled: &GameState, report: &TurnReport) -> GameState {
    let mut state = ruled.clone();
    for change in &report.net {
        state.set(scn, change.slot, change.after);
    }
    state.start_log.clear();
    state
}

/// The state the room discusses while it reads the last turn's results (see [`end_of_turn`]).
pub fn results_of(session: &crate::tui::session::Session) -> Option<GameState> {
    let record = session.record.turns.last()?;
    let index = usize::try_from(record.report.turn).ok()?.checked_sub(1)?;
    let mut ruled = session.timeline.get(index)?.clone();
    for ruling in &record.rulings {
        crate::engine::umpire::apply(&session.scenario, &mut ruled, ruling).ok()?;
    }
    Some(end_of_turn(&session.scenario, &ruled, &record.report))
}

/// Draws the projector view into `area`, during the turn's orders.
pub fn render(p: &Projector, frame: &mut Frame, area: Rect) {
    render_room(p, &Room::default(), frame, area);
}

/// Draws the projector view into `area` for a stage of the turn, the news
/// scrolled as asked; returns how far the news can scroll.
pub fn render_room(p: &Projector, room: &Room, frame: &mut Frame, area: Rect) -> u16 {
    if area.width < 20 || area.height < 6 {
        frame.render_widget(Paragraph::new(tr!(p.lang, "room-projector-enlarge")).wrap(Wrap { trim: true }), area);
        return 0;
    }
    // Whatever the caller passes, nothing private is drawn: the map and panels read a public copy.
    let state = public_state(p.state);
    let [head, orders, main] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1), Constraint::Min(4)]).areas(area);
    header(p, room.stage, frame, head);
    let width = usize::from(orders.width);
    let line = match &room.note {
        Some(note) => Line::styled(fit(note, width), p.theme.warn()),
        None => orders_line(p, room.stage, width),
    };
    frame.render_widget(line, orders);

    let news = news_paragraph(p, room.stage);
    // The news takes the rows it needs, leaving the panels enough for the compact indicators
    // (but never less than a third of the screen).
    let wanted = u16::try_from(news.line_count(main.width.saturating_sub(2)) + 2).unwrap_or(u16::MAX);
    let side_w = main.width / 2;
    let compact = u16::try_from(table(p, &state, side_w.saturating_sub(2)).len() + 2).unwrap_or(u16::MAX).max(10);
    let limit = main.height.saturating_sub(compact).max(main.height / 3).max(3);
    let news_rows = wanted.clamp(3, limit);
    let [top, news_area] = Layout::vertical([Constraint::Min(1), Constraint::Length(news_rows)]).areas(main);
    let split = if top.width < 100 { [50, 50] } else { [55, 45] };
    let [map_area, side] = Layout::horizontal(split.map(Constraint::Percentage)).areas(top);

    map(p, &state, frame, map_area);
    let rows = usize::from(side.height.saturating_sub(2));
    let lines = indicators(p, &state, side.width.saturating_sub(2), rows);
    let title = format!(" {} ", tr!(p.lang, "room-projector-indicators"));
    frame.render_widget(Paragraph::new(lines).block(Block::bordered().title(title)), side);

    // News longer than its box scrolls (↑↓, PgUp/PgDn), and says so.
    let total = news.line_count(news_area.width.saturating_sub(2));
    let max = u16::try_from(total.saturating_sub(usize::from(news_area.height.saturating_sub(2)))).unwrap_or(u16::MAX);
    let scroll = room.news_scroll.min(max);
    let mut block = Block::bordered().title(format!(" {} ", tr!(p.lang, "room-projector-news")));
    let hint = match (scroll > 0, scroll < max) {
        (true, true) => Some("room-projector-more-both"),
        (false, true) => Some("room-projector-more-below"),
        (true, false) => Some("room-projector-more-above"),
        (false, false) => None,
    };
    if let Some(hint) = hint {
        block = block.title_bottom(Line::from(format!(" {} ", tr!(p.lang, hint))).right_aligned());
    }
    frame.render_widget(news.scroll((scroll, 0)).block(block), news_area);
    max
}

/// The state with everything private removed: other teams' pending items,
/// scheduled effects not everyone knows of, private start-of-turn entries
/// and the dice. The values themselves are public.
fn public_state(state: &GameState) -> GameState {
    let mut view = state.clone();
    view.pending.clear();
    view.scheduled.retain(|s| s.audience == Audience::All);
    view.start_log.retain(|e| e.audience == Audience::All);
    view
}

fn header(p: &Projector, stage: Stage, frame: &mut Frame, area: Rect) {
    let (t, lang) = (p.theme, p.lang);
    let scn = p.scenario;
    let timer = p.timer.map(|label| format!(" {} ", tr!(lang, "room-projector-time-left", time = label)));
    let timer_w = timer.as_deref().map_or(0, |s| u16::try_from(cells(s)).unwrap_or(0)).min(area.width / 2);
    let [left, right] = Layout::horizontal([Constraint::Min(1), Constraint::Length(timer_w)]).areas(area);
    let (turn, turns, date) = (p.state.turn, scn.turns(), scn.date_in(lang, p.state.turn));
    let when = if p.state.is_over() {
        tr!(lang, "room-projector-game-over")
    } else if stage == Stage::Results {
        tr!(lang, "room-projector-turn-results", turn = turn, turns = turns, date = date)
    } else {
        tr!(lang, "room-projector-turn", turn = turn, turns = turns, date = date)
    };
    let width = usize::from(left.width);
    let title = fit(&scn.meta.title, width.saturating_sub(cells(&when) + 4).max(8));
    let line = Line::from(vec![
        Span::styled(format!(" {title} "), t.title().add_modifier(Modifier::REVERSED)),
        Span::styled(format!("  {when}"), Modifier::BOLD),
    ]);
    frame.render_widget(line, left);
    if let Some(timer) = timer {
        frame.render_widget(
            Line::styled(fit(&timer, usize::from(right.width)), t.key().add_modifier(Modifier::REVERSED)),
            right,
        );
    }
}

/// `Orders: ✓ Kesh  … Tarsa  ✓ Oru` when known, else who is awaited.
fn orders_line(p: &Projector, stage: Stage, width: usize) -> Line<'static> {
    let (t, lang) = (p.theme, p.lang);
    let scn = p.scenario;
    if p.state.is_over() {
        let lines = final_scores(p);
        let (winner, rest) = lines.split_first().map_or(("", &[][..]), |(w, r)| (w.as_str(), r));
        let text = tr!(lang, "room-projector-over-line", winner = winner, scores = rest.join(" · "));
        return Line::styled(fit(&text, width), t.warn());
    }
    match stage {
        Stage::Briefings => {
            return Line::styled(fit(&tr!(lang, "room-projector-briefings"), width), t.warn());
        }
        Stage::Results => {
            let text = tr!(lang, "room-projector-results-line", turn = p.state.turn);
            return Line::styled(fit(&text, width), t.warn());
        }
        Stage::Orders => {}
    }
    let playable: Vec<usize> = (0..scn.factions.len()).filter(|&f| scn.factions[f].playable).collect();
    let Some(confirmed) = p.confirmed else {
        let names: Vec<&str> = playable.iter().map(|&f| scn.factions[f].name.as_str()).collect();
        let text = tr!(lang, "room-projector-waiting-for", names = names.join(&tr!(lang, "room-list-separator")));
        return Line::styled(fit(&text, width), t.dim());
    };
    let done = playable.iter().filter(|&&f| confirmed.get(f).copied().unwrap_or(false)).count();
    let total = playable.len();
    let mut spans = vec![Span::raw(format!("{} ", tr!(lang, "room-projector-confirmed", done = done, total = total)))];
    let (yes_word, no_word) = (tr!(lang, "room-projector-team-confirmed"), tr!(lang, "room-projector-team-thinking"));
    for &f in &playable {
        let yes = confirmed.get(f).copied().unwrap_or(false);
        let faction = &scn.factions[f];
        spans.push(if yes { Span::styled("✓ ", t.good()) } else { Span::styled("… ", t.dim()) });
        spans.push(Span::styled(faction.name.clone(), t.faction(faction.colour)));
        spans.push(Span::styled(format!(" {}  ", if yes { &yes_word } else { &no_word }), t.dim()));
    }
    let line = Line::from(spans);
    if line.width() <= width {
        return line;
    }
    // Too long: the names alone, marked ✓ or ….
    let short: Vec<String> = playable
        .iter()
        .map(|&f| {
            let mark = if confirmed.get(f).copied().unwrap_or(false) { "✓" } else { "…" };
            format!("{mark} {}", scn.factions[f].name)
        })
        .collect();
    let text = tr!(lang, "room-projector-confirmed-short", done = done, total = total, teams = short.join("  "));
    Line::raw(fit(&text, width))
}

fn map(p: &Projector, state: &GameState, frame: &mut Frame, area: Rect) {
    let t = p.theme;
    let scn = p.scenario;
    let var_name = scn.region_vars.first().map_or("", |v| v.name.as_str());
    let block = Block::bordered().title(format!(" {} ", tr!(p.lang, "room-projector-map", value = var_name)));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height < 2 {
        return;
    }
    let [body, legend] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
    Map { scenario: scn, state, var: 0, selected: None, theme: t }.render(body, frame.buffer_mut());
    frame.render_widget(crate::tui::widgets::map::legend(t, inner.width), legend);
}

/// The indicators panel: gauges when they fit in `room` rows, else a compact
/// table; what still does not fit is announced, never silently cut.
fn indicators(p: &Projector, state: &GameState, width: u16, room: usize) -> Vec<Line<'static>> {
    let mut lines = gauges(p, state, width);
    if lines.len() > room {
        lines = table(p, state, width);
    }
    if lines.len() > room && room > 0 {
        let hidden = lines.len() - room + 1;
        lines.truncate(room - 1);
        lines.push(Line::styled(tr!(p.lang, "room-projector-more-lines", lines = hidden), p.theme.dim()));
    }
    lines
}

fn playable(scn: &Scenario) -> Vec<usize> {
    (0..scn.factions.len()).filter(|&f| scn.factions[f].playable).collect()
}

/// Every pair of playable factions, with its relation.
fn relations(scn: &Scenario, state: &GameState) -> Vec<(String, i64)> {
    let teams = playable(scn);
    let mut pairs = Vec::new();
    for (i, &a) in teams.iter().enumerate() {
        for &b in &teams[i + 1..] {
            let value = state.relation(a, b);
            pairs.push((format!("{}–{}", scn.factions[a].name, scn.factions[b].name), value));
        }
    }
    pairs
}

/// The flags in force (✓), and those in force at the start that have ended (✗);
/// a flag that never held is left out, so long lists stay short.
fn situation(p: &Projector, state: &GameState, width: u16) -> Vec<Line<'static>> {
    let t = p.theme;
    let shown: Vec<(&str, bool)> = p
        .scenario
        .flags
        .iter()
        .enumerate()
        .map(|(i, flag)| (flag, state.flag(i)))
        .filter(|(flag, on)| *on || flag.value)
        .map(|(flag, on)| (flag.name.as_str(), on))
        .collect();
    let mut lines = Vec::new();
    if !shown.is_empty() {
        lines.push(Line::styled(tr!(p.lang, "room-projector-situation"), t.title()));
    }
    let ended = format!("✗ {} ", tr!(p.lang, "room-projector-flag-ended"));
    for (name, on) in shown {
        let mark = if on { "✓ " } else { ended.as_str() };
        lines.push(Line::from(vec![
            Span::styled(mark.to_string(), if on { t.good() } else { t.bad() }),
            Span::raw(fit(name, usize::from(width).saturating_sub(cells(mark)))),
        ]));
    }
    lines
}

/// One gauge per playable faction's variable and per relation.
fn gauges(p: &Projector, state: &GameState, width: u16) -> Vec<Line<'static>> {
    let t = p.theme;
    let scn = p.scenario;
    let pairs = relations(scn, state);
    let labels = scn.faction_vars.iter().map(|v| cells(&v.name)).chain(pairs.iter().map(|(name, _)| cells(name)));
    let label_w = (labels.max().unwrap_or(10) + 1).min(usize::from(width) * 2 / 5).max(8);
    let mut lines = Vec::new();
    for f in playable(scn) {
        let faction = &scn.factions[f];
        lines.push(Line::styled(fit(&faction.name, width.into()), t.faction(faction.colour)));
        for (v, decl) in scn.faction_vars.iter().enumerate() {
            let value = state.faction_var(f, v);
            let unit = scn.faction_unit(f, v);
            let gauge = Gauge { label: &decl.name, value, min: decl.min, max: decl.max, unit, better: decl.better };
            lines.push(gauge.line(t, label_w, width));
        }
    }
    if !pairs.is_empty() {
        lines.push(Line::styled(tr!(p.lang, "room-projector-relations"), t.title()));
    }
    for (name, value) in &pairs {
        let gauge = Gauge { label: name, value: *value, min: -100, max: 100, unit: "", better: Better::Higher };
        lines.push(gauge.line(t, label_w, width));
    }
    lines.extend(situation(p, state, width));
    lines
}

/// A faction × variable table, relations one to a line, then the flags.
fn table(p: &Projector, state: &GameState, width: u16) -> Vec<Line<'static>> {
    let t = p.theme;
    let scn = p.scenario;
    let teams = playable(scn);
    let width_u = usize::from(width);
    let name_w = teams.iter().map(|&f| cells(&scn.factions[f].name)).max().unwrap_or(4).clamp(4, 14);
    let columns = scn.faction_vars.len().max(1);
    let col_w = (width_u.saturating_sub(name_w) / columns).clamp(5, 12);
    let mut lines = Vec::new();
    let mut head = vec![Span::raw(" ".repeat(name_w))];
    for decl in &scn.faction_vars {
        let name = fit(&decl.name, col_w.saturating_sub(1));
        head.push(Span::styled(format!("{name:>col_w$}"), t.title()));
    }
    lines.push(Line::from(head));
    for &f in &teams {
        let faction = &scn.factions[f];
        let mut spans = vec![Span::styled(pad(&faction.name, name_w), t.faction(faction.colour))];
        for (v, decl) in scn.faction_vars.iter().enumerate() {
            let value = state.faction_var(f, v);
            let level = Level::of(value, decl.min, decl.max);
            let number = crate::i18n::format_number(p.lang, value as f64);
            let gap = col_w.saturating_sub(cells(&number) + 2);
            spans.push(Span::raw(format!("{}{number} ", " ".repeat(gap))));
            spans.push(Span::styled(level.glyph(), t.quality(level, decl.better)));
        }
        lines.push(Line::from(spans));
    }
    let pairs = relations(scn, state);
    if !pairs.is_empty() {
        lines.push(Line::styled(tr!(p.lang, "room-projector-relations-range"), t.title()));
    }
    let pair_w = pairs.iter().map(|(name, _)| cells(name)).max().unwrap_or(0).min(width_u.saturating_sub(7));
    for (name, value) in pairs {
        let level = Level::of(value, -100, 100);
        lines.push(Line::from(vec![
            Span::raw(format!("{} {value:>4} ", pad(&name, pair_w))),
            Span::styled(level.glyph(), t.level(level)),
        ]));
    }
    lines.extend(situation(p, state, width));
    lines
}

fn news_paragraph(p: &Projector, stage: Stage) -> Paragraph<'static> {
    let t = p.theme;
    let mut lines = Vec::new();
    for section in news_for(p, stage) {
        let mark = if section.now { "▸ " } else { "· " };
        lines.push(Line::styled(section.heading, t.title()));
        for item in section.lines {
            lines.push(Line::from(vec![Span::styled(mark, t.warn()), Span::raw(item)]));
        }
    }
    if lines.is_empty() {
        lines.push(Line::styled(tr!(p.lang, "room-projector-no-news"), t.dim()));
    }
    Paragraph::new(lines).wrap(Wrap { trim: true })
}
