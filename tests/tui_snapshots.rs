//! Every screen of the terminal interface, drawn into a `TestBackend` at
//! 80×24 and 120×40 and pinned with insta (characters only), plus style
//! assertions where colour carries meaning (map markers, routes, gauges)
//! and a check that `NO_COLOR` leaves no colour anywhere.

mod common;

use common::{cells, render, text};
use harmattan::engine::GameState;
use harmattan::engine::ai::AiKind;
use harmattan::scenario::format::Better;
use harmattan::scenario::{DEFAULT, DEFAULT_NAME, Scenario, TUTORIAL, load};
use harmattan::tui::app::{App, Entry, Screen, Then};
use harmattan::tui::catalog::single;
use harmattan::tui::input::Action;
use harmattan::tui::session::{Seat, Session};
use harmattan::tui::theme::{Level, Theme};
use harmattan::tui::widgets::gauge::Gauge;
use harmattan::tui::widgets::map::Map;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};
use ratatui::widgets::Widget;

const MODDED: &str = include_str!("fixtures/modded.ron");
const BROKEN: &str = include_str!("bad_scenarios/multi_unknown_names.ron");
const SEED: u64 = 7;
const PLAIN: Theme = Theme { colour: false };
const COLOUR: Theme = Theme { colour: true };
const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn tutorial() -> Vec<Entry> {
    single(harmattan::scenario::load("scenarios/tutorial.ron", TUTORIAL.as_bytes()))
}

fn default() -> Vec<Entry> {
    single(harmattan::scenario::load(DEFAULT_NAME, DEFAULT.as_bytes()))
}

fn modded() -> Vec<Entry> {
    single(harmattan::scenario::load("mods/modded.ron", MODDED.as_bytes()))
}

fn broken() -> Vec<Entry> {
    single(harmattan::scenario::load("mods/broken.ron", BROKEN.as_bytes()))
}

fn scenario(name: &str, text: &str) -> Scenario {
    let loaded = load(name, text.as_bytes());
    assert!(!loaded.has_errors(), "{name} must load");
    loaded.scenario.expect("a scenario without errors is loaded")
}

/// Text written into the hidden half of a wide character would garble the real terminal.
fn assert_no_text_under_wide_characters(buf: &Buffer, what: &str) {
    for y in buf.area.top()..buf.area.bottom() {
        let mut x = buf.area.left();
        while x < buf.area.right() {
            let width = cells(buf[(x, y)].symbol()).max(1);
            for hidden in x + 1..(x + width).min(buf.area.right()) {
                let s = buf[(hidden, y)].symbol();
                assert!(s == " " || s.is_empty(), "{what}: `{s}` at ({hidden}, {y}) is hidden under a wide character");
            }
            x += width;
        }
    }
}

/// With colour off, nothing may carry a colour: the meaning is in glyphs and words.
fn assert_no_colour(buf: &Buffer, what: &str) {
    for cell in buf.content() {
        assert!(
            cell.fg == Color::Reset && cell.bg == Color::Reset,
            "{what}: `{}` is coloured ({:?} on {:?}) with colour off",
            cell.symbol(),
            cell.fg,
            cell.bg
        );
    }
}

/// Snapshots the current screen at 80×24 and 120×40.
fn snap(app: &mut App, name: &str) {
    for (w, h) in SIZES {
        let (buf, cursor) = common::render_with_cursor(app, w, h);
        let what = format!("{name} at {w}×{h}");
        // Every screen leaves the terminal's cursor on its focus, for screen readers.
        let cursor = cursor.unwrap_or_else(|| panic!("{what}: the cursor is hidden"));
        assert!(cursor.x < w && cursor.y + 1 < h, "{what}: the cursor {cursor:?} is off the screen's body");
        assert_no_text_under_wide_characters(&buf, &what);
        if !app.theme.colour {
            assert_no_colour(&buf, &what);
        }
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), text(&buf));
    }
}

fn press(app: &mut App, actions: &[Action]) {
    for &a in actions {
        app.update(a);
    }
}

fn key(c: char) -> Action {
    Action::Char(c)
}

fn turn_of(app: &App) -> Option<(usize, u32)> {
    match &app.screen {
        Screen::Turn(t) => Some((t.faction, app.session.as_ref().map_or(0, |s| s.state.turn))),
        _ => None,
    }
}

/// `c` on a turn screen, and `y` when it asks because orders or answers are left.
fn confirm(app: &mut App) {
    app.update(key('c'));
    if matches!(&app.screen, Screen::Turn(t) if t.confirming) {
        app.update(key('y'));
    }
}

/// Presses Enter through hand-overs until a team's turn screen shows.
fn to_turn(app: &mut App) {
    for _ in 0..20 {
        if turn_of(app).is_some() {
            return;
        }
        app.update(Action::Select);
    }
    panic!("no turn screen reached: {:?}", app.screen);
}

/// Every team confirms without orders until the debrief.
fn play_to_the_end(app: &mut App) {
    for _ in 0..500 {
        match app.screen {
            Screen::Debrief { .. } => return,
            Screen::Turn(_) => confirm(app),
            _ => app.update(Action::Select),
        }
    }
    panic!("the game did not end: {:?}", app.screen);
}

#[test]
fn title_lists_every_scenario_and_marks_the_broken_one() {
    let entries = [default(), tutorial(), modded(), broken()].into_iter().flatten().collect();
    let mut app = App::new(entries, PLAIN);
    snap(&mut app, "title");
    press(&mut app, &[Action::Down, Action::Down, Action::Down]);
    snap(&mut app, "title_broken_selected");
    app.update(Action::Select);
    assert!(matches!(app.screen, Screen::Problems { entry: 3, .. }));
    snap(&mut app, "problems");
}

#[test]
fn tutorial_screens_from_seats_to_debrief() {
    let mut app = App::new(tutorial(), PLAIN).open_first(SEED, None);
    snap(&mut app, "tutorial_seats");

    // Kesh, Tarsa and Oru at the keyboard; the bandits are not playable.
    let seats = vec![Some(Seat::Human), Some(Seat::Human), Some(Seat::Human), None];
    let mut app = App::new(tutorial(), PLAIN).open_first(SEED, Some(seats));
    assert!(matches!(app.screen, Screen::Handover { faction: 0, then: Then::Briefing }));
    snap(&mut app, "tutorial_handover_briefing");
    app.update(Action::Select);
    snap(&mut app, "tutorial_briefing");
    press(&mut app, &[Action::Select, Action::Select, Action::Select, Action::Select, Action::Select]);
    assert!(matches!(app.screen, Screen::Handover { faction: 0, then: Then::Turn }), "{:?}", app.screen);
    snap(&mut app, "tutorial_handover_turn");

    // Turn 1, Kesh: every tab, the target picker, a queued order, help and quit.
    app.update(Action::Select);
    assert_eq!(turn_of(&app), Some((0, 1)));
    snap(&mut app, "tutorial_overview");
    app.update(key('2'));
    snap(&mut app, "tutorial_diplomatic");
    app.update(key('3'));
    snap(&mut app, "tutorial_energy");
    app.update(Action::Select);
    snap(&mut app, "tutorial_picker");
    press(&mut app, &[Action::Down, Action::Select]);
    app.update(key('4'));
    snap(&mut app, "tutorial_security");
    app.update(key('5'));
    snap(&mut app, "tutorial_decisions_turn1");
    app.update(Action::Help);
    snap(&mut app, "tutorial_help");
    app.update(Action::Back);
    app.update(Action::Quit);
    snap(&mut app, "tutorial_quit");
    app.update(Action::Back);
    assert!(app.running && app.overlay.is_none());

    // Tarsa confirms nothing; Oru proposes the supply deal to Kesh.
    confirm(&mut app);
    to_turn(&mut app);
    confirm(&mut app);
    to_turn(&mut app);
    assert_eq!(turn_of(&app), Some((2, 1)));
    press(&mut app, &[key('2'), Action::Select, Action::Select]);
    confirm(&mut app);
    assert!(matches!(app.screen, Screen::Resolution { .. }), "{:?}", app.screen);
    snap(&mut app, "tutorial_resolution");

    // Turn 2, Kesh: the proposal to answer and an order queued.
    to_turn(&mut app);
    assert_eq!(turn_of(&app), Some((0, 2)));
    press(&mut app, &[key('2'), Action::Select, Action::Select, key('5')]);
    snap(&mut app, "tutorial_decisions_turn2");
    app.update(Action::Select);
    snap(&mut app, "tutorial_decisions_accepted");

    play_to_the_end(&mut app);
    snap(&mut app, "tutorial_debrief");
    app.update(key('g'));
    snap(&mut app, "tutorial_history");
    app.update(Action::Down);
    snap(&mut app, "tutorial_history_second_chart");
}

#[test]
fn default_scenario_screens() {
    let mut app = App::new(default(), PLAIN).open_first(SEED, None);
    snap(&mut app, "default_seats");
    let seats = vec![Some(Seat::Human), Some(Seat::Ai(AiKind::Greedy)), Some(Seat::Ai(AiKind::Random)), None];
    let mut app = App::new(default(), PLAIN).open_first(SEED, Some(seats));
    to_turn(&mut app);
    snap(&mut app, "default_overview");
    app.update(key('2'));
    snap(&mut app, "default_diplomatic");
    app.update(key('4'));
    snap(&mut app, "default_security");
    confirm(&mut app);
    snap(&mut app, "default_resolution");
}

#[test]
fn modded_names_in_any_script_keep_their_widths() {
    let mut app = App::new(modded(), PLAIN).open_first(SEED, None);
    snap(&mut app, "modded_seats");
    let seats = vec![Some(Seat::Human); 4].into_iter().chain([None]).collect();
    let mut app = App::new(modded(), PLAIN).open_first(SEED, Some(seats));
    snap(&mut app, "modded_handover_briefing");
    app.update(Action::Select);
    snap(&mut app, "modded_briefing");
    to_turn(&mut app);
    assert_eq!(turn_of(&app), Some((0, 1)));
    snap(&mut app, "modded_overview");
    // Mali rations fuel: the picker lists every region, in every script.
    confirm(&mut app);
    to_turn(&mut app);
    assert_eq!(turn_of(&app), Some((1, 1)));
    app.update(key('5'));
    snap(&mut app, "modded_decisions_choice");
    press(&mut app, &[key('3'), Action::Select]);
    snap(&mut app, "modded_picker");
    press(&mut app, &[Action::Back]);
    confirm(&mut app);
    to_turn(&mut app);
    confirm(&mut app);
    to_turn(&mut app);
    // The Société proposes a delivery contract to Mali.
    assert_eq!(turn_of(&app), Some((3, 1)));
    press(&mut app, &[key('2'), Action::Select, Action::Select, key('5')]);
    snap(&mut app, "modded_decisions_queued");
    confirm(&mut app);
    snap(&mut app, "modded_resolution");
    to_turn(&mut app);
    confirm(&mut app);
    to_turn(&mut app);
    assert_eq!(turn_of(&app), Some((1, 2)));
    press(&mut app, &[Action::Right, Action::Right, Action::Right]);
    snap(&mut app, "modded_overview_tombouctou");
    app.update(key('5'));
    snap(&mut app, "modded_decisions_pending");
    play_to_the_end(&mut app);
    snap(&mut app, "modded_debrief");
    press(&mut app, &[key('g'), Action::Down, Action::Down, Action::Down, Action::Down]);
    snap(&mut app, "modded_history_relations");
}

#[test]
fn a_small_terminal_asks_to_be_enlarged() {
    let mut app = App::new(tutorial(), PLAIN).open_first(SEED, None);
    let buf = render(&mut app, 60, 20);
    insta::assert_snapshot!("enlarge_60x20", text(&buf));
    assert!(app.hits.is_empty(), "nothing is clickable under the message");
    let buf = render(&mut app, 80, 23);
    assert!(text(&buf).contains("at least 80×24 (it is 80×23)"));
}

/// A game of `scenario` just started, for drawing widgets directly.
fn started(scn: &Scenario) -> GameState {
    Session::new("scenario.ron", scn.clone(), SEED, vec![None; scn.factions.len()], String::new()).state
}

#[test]
fn map_markers_show_their_level_by_glyph_and_by_colour() {
    let scn = scenario("tutorial", TUTORIAL);
    let state = started(&scn);
    let area = Rect::new(0, 0, 60, 16);
    let fuel = 0;
    let map = Map { scenario: &scn, state: &state, var: fuel, selected: None, theme: COLOUR };
    let mut buf = Buffer::empty(area);
    map.render(area, &mut buf);
    let decl = &scn.region_vars[fuel];
    let mut levels = Vec::new();
    for (r, region) in scn.regions.iter().enumerate() {
        let (x, y) = map.position(area, r).expect("every region has a position");
        let level = Level::of(state.region_var(r, fuel), decl.min, decl.max);
        let cell = &buf[(x, y)];
        assert_eq!(cell.symbol(), level.glyph(), "{}", region.name);
        assert_eq!(cell.style().fg, COLOUR.level(level).fg, "{}", region.name);
        levels.push(level);
    }
    // Northern Kesh starts with 25 of 120 days of fuel: low, a hollow circle in the "bad" colour.
    let north = scn.regions.iter().position(|r| r.id == "kesh_north").expect("the tutorial has a north");
    let (x, y) = map.position(area, north).expect("the north is on the map");
    assert_eq!(buf[(x, y)].symbol(), "○");
    assert_eq!(buf[(x, y)].fg, COLOUR.bad().fg.expect("bad has a colour"));
    assert!(buf[(x, y)].modifier.contains(Modifier::BOLD));
    assert!(levels.contains(&Level::High), "the port is well stocked: {levels:?}");
}

#[test]
fn closed_routes_are_drawn_with_crosses_in_the_bad_colour() {
    let scn = scenario("tutorial", TUTORIAL);
    let state = started(&scn);
    let area = Rect::new(0, 0, 60, 16);
    let map = Map { scenario: &scn, state: &state, var: 0, selected: None, theme: COLOUR };
    let mut buf = Buffer::empty(area);
    map.render(area, &mut buf);
    // The river road starts closed; the others are open and drawn with dots.
    let crosses: Vec<_> = buf.content().iter().filter(|c| c.symbol() == "×").collect();
    assert!(!crosses.is_empty(), "the closed river road is drawn");
    assert!(crosses.iter().all(|c| Some(c.fg) == COLOUR.bad().fg));
    assert!(buf.content().iter().any(|c| c.symbol() == "·"), "open roads are drawn");
}

#[test]
fn gauges_colour_their_bar_by_level_and_end_with_its_glyph() {
    for (value, level) in [(10, Level::Low), (50, Level::Mid), (90, Level::High)] {
        let line = Gauge { label: "Stability", value, min: 0, max: 100, unit: "", better: Better::Higher }
            .line(COLOUR, 14, 40);
        let area = Rect::new(0, 0, 40, 1);
        let mut buf = Buffer::empty(area);
        (&line).render(area, &mut buf);
        let text = text(&buf);
        assert!(text.trim_end().ends_with(&format!("{value} {}", level.glyph())), "{text}");
        let bar: Vec<_> = buf.content().iter().filter(|c| c.symbol() == "█").collect();
        assert!(bar.iter().all(|c| Some(c.fg) == COLOUR.level(level).fg), "{value}");
        let glyph = buf.content().iter().rfind(|c| c.symbol() == level.glyph()).expect("the glyph is drawn");
        assert_eq!(Some(glyph.fg), COLOUR.level(level).fg);
    }
}

#[test]
fn colour_on_styles_the_broken_scenario_and_the_overview() {
    let entries = [tutorial(), broken()].into_iter().flatten().collect();
    let mut app = App::new(entries, COLOUR);
    let buf = render(&mut app, 80, 24);
    let cross = buf.content().iter().find(|c| c.symbol() == "✗").expect("the broken entry is marked");
    assert_eq!(Some(cross.fg), COLOUR.bad().fg);

    let seats = vec![Some(Seat::Human), None, None, None];
    let mut app = App::new(tutorial(), COLOUR).open_first(SEED, Some(seats));
    to_turn(&mut app);
    let buf = render(&mut app, 120, 40);
    assert!(buf.content().iter().any(|c| c.fg != Color::Reset), "colour on draws in colour");
    // The same screen without colour is the same text, with no colour at all.
    let mut plain = App::new(tutorial(), PLAIN).open_first(SEED, Some(vec![Some(Seat::Human), None, None, None]));
    to_turn(&mut plain);
    let plain_buf = render(&mut plain, 120, 40);
    assert_no_colour(&plain_buf, "overview without colour");
    assert_eq!(text(&buf), text(&plain_buf));
}
