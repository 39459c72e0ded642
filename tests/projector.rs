//! The projector view (`harmattan watch`, and the facilitator's public
//! screen): snapshots at 80×24 and 120×40; a game with an undetected secret
//! order whose name and news never reach the screen, nor any briefing; and
//! the follower that picks the save to show and survives saves caught
//! mid-write, tested on real files in a temporary folder.

use std::path::Path;
use std::time::{Duration, SystemTime};

mod common;

use common::text;
use harmattan::engine::ai::{AiKind, decide};
use harmattan::engine::{Audience, EntryKind, FactionOrders, GameState, Order, TurnOrders, TurnReport, play_turn};
use harmattan::i18n::Lang;
use harmattan::save::{self, Save, Seat};
use harmattan::scenario::{DEFAULT, DEFAULT_NAME, Scenario, TUTORIAL, load};
use harmattan::tui::follow::{self, Follower, Source};
use harmattan::tui::screens::projector::{self, Projector};
use harmattan::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Color;

const PLAIN: Theme = Theme { colour: false };
const COLOUR: Theme = Theme { colour: true };
const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];
const STARTED: &str = "2026-01-05 09:00:00";

fn scenario(name: &str, text: &str) -> Scenario {
    let loaded = load(name, text.as_bytes());
    assert!(!loaded.has_errors(), "{name} must load");
    loaded.scenario.expect("a scenario without errors is loaded")
}

/// A game of `turns` turns: every playable faction decided by the greedy AI,
/// then `extra` adds or replaces orders.
fn play(scn: &Scenario, seed: u64, turns: u32, extra: &dyn Fn(&mut TurnOrders)) -> Save {
    let seats = scn.factions.iter().filter(|f| f.playable).map(|f| (f.id.clone(), Seat::Ai(AiKind::Greedy))).collect();
    let mut game = Save::new("scenarios/test.ron", scn, seed, seats, STARTED.into());
    for _ in 0..turns {
        let mut orders = TurnOrders::default();
        for (f, faction) in scn.factions.iter().enumerate().filter(|(_, f)| f.playable) {
            orders.set(faction.id.clone(), decide(scn, &game.state, f, AiKind::Greedy));
        }
        extra(&mut orders);
        let (next, report) = play_turn(scn, &game.state, &orders);
        game.record(orders, report, &next);
    }
    game
}

fn draw(p: &Projector, w: u16, h: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("the test backend never fails");
    terminal.draw(|f| projector::render(p, f, f.area())).expect("the test backend never fails");
    terminal.backend().buffer().clone()
}

fn draw_follower(follower: &Follower, w: u16, h: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("the test backend never fails");
    terminal.draw(|f| follow::render(follower, PLAIN, 0, f)).expect("the test backend never fails");
    terminal.backend().buffer().clone()
}

fn view<'a>(scn: &'a Scenario, game: &'a Save, theme: Theme) -> Projector<'a> {
    Projector {
        scenario: scn,
        state: &game.state,
        last: game.turns.last().map(|t| &t.report),
        confirmed: None,
        timer: None,
        theme,
        lang: Lang::En,
    }
}

// ---- Snapshots ----

#[test]
fn the_projector_view_of_the_tutorial_and_the_default_scenario_after_two_turns() {
    for (name, file, source) in [("tutorial", "scenarios/tutorial.ron", TUTORIAL), ("default", DEFAULT_NAME, DEFAULT)] {
        let scn = scenario(file, source);
        let game = play(&scn, 7, 2, &|_| {});
        for (w, h) in SIZES {
            let buf = draw(&view(&scn, &game, PLAIN), w, h);
            insta::assert_snapshot!(format!("projector_{name}_{w}x{h}"), text(&buf));
        }
    }
}

#[test]
fn confirmations_and_the_timer_show_when_known() {
    let scn = scenario("scenarios/tutorial.ron", TUTORIAL);
    let game = play(&scn, 7, 1, &|_| {});
    let confirmed = [true, false, true, false];
    let p = Projector { confirmed: Some(&confirmed), timer: Some("07:42"), ..view(&scn, &game, PLAIN) };
    for (w, h) in SIZES {
        let out = text(&draw(&p, w, h));
        insta::assert_snapshot!(format!("projector_confirmed_{w}x{h}"), out);
        assert!(out.contains("07:42"), "the timer shows at {w}×{h}");
        assert!(out.contains("2/3") || out.contains("2 of 3"), "the count of confirmed teams shows at {w}×{h}");
    }
}

#[test]
fn the_finished_game_and_the_waiting_screen() {
    let scn = scenario("scenarios/tutorial.ron", TUTORIAL);
    let game = play(&scn, 3, scn.turns(), &|_| {});
    assert!(game.state.is_over());
    for (w, h) in SIZES {
        let out = text(&draw(&view(&scn, &game, PLAIN), w, h));
        assert!(out.contains("Game over"), "{out}");
        assert!(out.contains("Final scores"), "the final scores show at {w}×{h}: {out}");
        assert!(out.contains("Tarsa comes first.") && out.contains("Tarsa 100 ★"), "and the winner: {out}");
        for team in ["Kesh 74", "Oru 86"] {
            assert!(out.contains(team), "{team} at {w}×{h}: {out}");
        }
        insta::assert_snapshot!(format!("projector_final_{w}x{h}"), out);
    }

    let dir = tempfile::tempdir().expect("temporary folder");
    let mut follower = Follower::new(Source::Newest(dir.path().join("saves")));
    follower.refresh();
    let out = text(&draw_follower(&follower, 80, 24));
    assert!(out.contains("Waiting for a game: start one with `harmattan play`"), "{out}");
    let small = text(&draw_follower(&follower, 60, 20));
    assert!(small.contains("Please enlarge the terminal to at least 80×24"), "{small}");
}

#[test]
fn without_colour_nothing_is_coloured_and_with_colour_the_markers_are() {
    let scn = scenario(DEFAULT_NAME, DEFAULT);
    let game = play(&scn, 7, 2, &|_| {});
    for (w, h) in SIZES {
        let plain = draw(&view(&scn, &game, PLAIN), w, h);
        assert!(
            plain.content.iter().all(|c| c.fg == Color::Reset && c.bg == Color::Reset),
            "NO_COLOR leaves no colour at {w}×{h}"
        );
        let colour = draw(&view(&scn, &game, COLOUR), w, h);
        assert!(colour.content.iter().any(|c| c.fg != Color::Reset), "colour is used at {w}×{h}");
    }
}

#[test]
fn tiny_areas_never_panic() {
    let scn = scenario(DEFAULT_NAME, DEFAULT);
    let game = play(&scn, 7, 1, &|_| {});
    for (w, h) in [(1, 1), (10, 3), (20, 6), (40, 10), (79, 23), (80, 12), (200, 8)] {
        draw(&view(&scn, &game, COLOUR), w, h);
    }
}

// ---- Secrecy ----

/// The tutorial with its secret raid never detected.
fn tutorial_never_detected() -> Scenario {
    let text = TUTORIAL.replace("visibility: Secret(\"30\")", "visibility: Secret(\"0\")");
    assert_ne!(text, TUTORIAL, "the tutorial has the secret action this test needs");
    scenario("scenarios/tutorial.ron", &text)
}

fn order(action: &str) -> FactionOrders {
    FactionOrders { orders: vec![Order::new(action)], answers: Vec::new() }
}

#[test]
fn an_undetected_secret_order_and_the_briefings_never_reach_the_projector() {
    let scn = tutorial_never_detected();
    let kesh = scn.faction_index("kesh").expect("kesh");
    let game = play(&scn, 11, 3, &|orders| {
        orders.set("kesh", order("covert_raid"));
        orders.set("tarsa", order("patrol_border"));
    });
    let raid = scn.action_index("covert_raid").expect("the raid");
    let secret = |r: &TurnReport| {
        r.entries().any(|e| {
            matches!(e.kind, EntryKind::Order { faction, action, detected: Some(false), .. } if faction == kesh && action == raid)
                && e.audience == Audience::Only(kesh)
        })
    };
    assert!(game.turns.iter().all(|t| secret(&t.report)), "Kesh raided in secret, undetected, every turn");

    // Every turn's view, as the room would have seen it, at every size.
    let mut state = Save::new("scenarios/test.ron", &scn, 11, game.seats.clone(), STARTED.into()).state;
    let mut views: Vec<(GameState, Option<&TurnReport>)> = vec![(state.clone(), None)];
    for t in &game.turns {
        let (next, _) = play_turn(&scn, &state, &t.orders);
        views.push((next.clone(), Some(&t.report)));
        state = next;
    }
    let secret_news: Vec<String> = game
        .turns
        .iter()
        .flat_map(|t| t.report.entries())
        .filter(|e| e.audience != Audience::All)
        .filter_map(|e| e.news(&scn).map(|n| n.into_owned()))
        .collect();
    assert!(!secret_news.is_empty(), "the raid had news, for Kesh only");
    let mut seen_public = false;
    for (state, last) in &views {
        let p = Projector {
            scenario: &scn,
            state,
            last: *last,
            confirmed: None,
            timer: None,
            theme: PLAIN,
            lang: Lang::En,
        };
        let news: Vec<String> = projector::public_news(&p).into_iter().flat_map(|(_, lines)| lines).collect();
        for (w, h) in [(80, 24), (120, 40), (200, 80)] {
            let out = text(&draw(&p, w, h));
            assert!(!out.contains("Covert raid"), "the secret order shows at {w}×{h}:\n{out}");
            for f in &scn.factions {
                let start: String = f.briefing.chars().take(30).collect();
                assert!(start.is_empty() || !out.contains(&start), "{}'s briefing shows:\n{out}", f.name);
            }
            for line in &secret_news {
                assert!(!news.contains(line), "secret news `{line}` is in the public news");
            }
            seen_public |= out.contains("Patrol the border");
        }
    }
    assert!(seen_public, "Tarsa's public order is on the projector");
}

// ---- Following saves ----

fn write_game(path: &Path, seed: u64, turns: u32) {
    let scn = scenario("scenarios/tutorial.ron", TUTORIAL);
    save::write(path, &play(&scn, seed, turns, &|_| {})).expect("the save is written");
}

fn age(path: &Path, seconds: u64) {
    let when = SystemTime::now() - Duration::from_secs(seconds);
    let file = std::fs::File::options().write(true).open(path).expect("the file exists");
    file.set_modified(when).expect("the time is set");
}

fn shown_turn(follower: &Follower) -> Option<u32> {
    follower.shown().map(|s| s.loaded.save.state.turn)
}

#[test]
fn the_newest_save_is_shown_and_a_newer_game_replaces_it() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut follower = Follower::new(Source::Newest(dir.path().to_path_buf()));
    follower.refresh();
    assert!(follower.shown().is_none() && follower.problem().is_none());

    let old = dir.path().join("tutorial-20260105-090000.ron");
    let new = dir.path().join("tutorial-20260105-100000.ron");
    write_game(&old, 1, 2);
    age(&old, 3600);
    write_game(&new, 2, 1);
    // Neither a save's temporary file nor other files count, however new.
    std::fs::write(dir.path().join(".tutorial-20260105-090000.ron.k3v9Xa.tmp"), "Save(format: 1, sce")
        .expect("written");
    std::fs::write(dir.path().join("notes.txt"), "hello").expect("written");
    follower.refresh();
    assert_eq!(follower.shown().map(|s| s.path.clone()), Some(new.clone()));
    assert_eq!(shown_turn(&follower), Some(2));

    let newer = dir.path().join("tutorial-20260105-110000.ron");
    age(&new, 1800);
    write_game(&newer, 3, 3);
    follower.refresh();
    assert_eq!(follower.shown().map(|s| s.path.clone()), Some(newer));
    assert_eq!(shown_turn(&follower), Some(4));
    let out = text(&draw_follower(&follower, 80, 24));
    assert!(out.contains("The Salt Road") && out.contains("tutorial-20260105-110000.ron"), "{out}");
}

#[test]
fn a_truncated_save_keeps_the_last_good_state_until_an_atomic_replace() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("tutorial-20260105-090000.ron");
    write_game(&path, 5, 2);
    let mut follower = Follower::new(Source::File(path.clone()));
    follower.refresh();
    assert_eq!(shown_turn(&follower), Some(3));

    // Caught mid-write: half a file (cut after a whole line).
    let bytes = std::fs::read(&path).expect("readable");
    let half = bytes[..bytes.len() / 2].iter().rposition(|&b| b == b'\n').expect("a line break");
    std::fs::write(&path, &bytes[..=half]).expect("written");
    follower.refresh();
    assert_eq!(shown_turn(&follower), Some(3), "the last good state stays");
    let problem = follower.problem().expect("the problem is told").to_string();
    assert!(problem.contains("cut short"), "{problem}");
    let out = text(&draw_follower(&follower, 80, 24));
    assert!(out.contains("showing the last good state"), "{out}");

    // Gone for a moment (between two renames): still the last good state.
    std::fs::remove_file(&path).expect("removed");
    follower.refresh();
    assert_eq!(shown_turn(&follower), Some(3));

    // Written again atomically, one turn on: picked up, problem gone.
    write_game(&path, 5, 3);
    follower.refresh();
    assert_eq!(shown_turn(&follower), Some(4));
    assert!(follower.problem().is_none());
}

#[test]
fn a_followed_file_that_does_not_exist_yet_is_waited_for() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("game.ron");
    let mut follower = Follower::new(Source::File(path.clone()));
    follower.refresh();
    assert!(follower.shown().is_none() && follower.problem().is_none());
    assert!(follower.waiting().contains("game.ron"));
    write_game(&path, 9, 1);
    follower.refresh();
    assert_eq!(shown_turn(&follower), Some(2));
}

#[test]
fn only_saves_concern_the_follower() {
    let newest = Source::Newest("saves".into());
    assert!(newest.concerns(Path::new("/x/saves/a.ron")));
    assert!(!newest.concerns(Path::new("/x/saves/a.ron.tmp")));
    assert!(!newest.concerns(Path::new("/x/saves/report.md")));
    let file = Source::File("saves/a.ron".into());
    assert_eq!(file.folder(), Path::new("saves"));
    assert_eq!(Source::File("a.ron".into()).folder(), Path::new("."));
    assert!(file.concerns(Path::new("/abs/saves/a.ron")));
    assert!(!file.concerns(Path::new("/abs/saves/b.ron")));
}

/// The file watcher sees an atomic save (temporary file, then rename) as a
/// change to the save itself, which is what `harmattan watch` relies on.
#[test]
fn an_atomic_save_is_noticed_by_the_file_watcher() {
    use notify::{RecursiveMode, Watcher};
    let dir = tempfile::tempdir().expect("temporary folder");
    let source = Source::Newest(dir.path().to_path_buf());
    let (tx, rx) = std::sync::mpsc::channel();
    let watched = source.clone();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event
            && event.paths.iter().any(|p| watched.concerns(p))
        {
            let _ = tx.send(());
        }
    })
    .expect("a watcher");
    watcher.watch(dir.path(), RecursiveMode::NonRecursive).expect("the folder is watched");
    let path = dir.path().join("tutorial-20260105-090000.ron");
    write_game(&path, 4, 1);
    rx.recv_timeout(Duration::from_secs(10)).expect("the save is noticed");
    let mut follower = Follower::new(source);
    follower.refresh();
    assert_eq!(shown_turn(&follower), Some(2));
}

// ---- In step with the room ----

fn tutorial_entries() -> Vec<harmattan::tui::app::Entry> {
    harmattan::tui::catalog::single(load("scenarios/tutorial.ron", TUTORIAL.as_bytes()))
}

/// Kesh played by a team, the others by the computer; saving into `dir`.
fn class_game(dir: &Path) -> harmattan::tui::app::App {
    let seats = vec![Some(Seat::Human), Some(Seat::Ai(AiKind::Greedy)), Some(Seat::Ai(AiKind::Greedy)), None];
    harmattan::tui::app::App::new(tutorial_entries(), PLAIN)
        .with_saving(harmattan::tui::saves::Saving::new(dir.to_path_buf()))
        .open_first(5, Some(seats))
}

fn watched(dir: &Path) -> (Follower, String) {
    let mut follower = Follower::new(Source::Newest(dir.to_path_buf()));
    follower.refresh();
    let out = text(&draw_follower(&follower, 120, 40));
    (follower, out)
}

#[test]
fn the_game_shows_on_the_projector_as_soon_as_the_seats_are_chosen() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let _app = class_game(dir.path());
    let (follower, out) = watched(dir.path());
    assert!(follower.shown().is_some(), "a save exists from the start");
    assert!(!out.contains("Waiting for a game"), "{out}");
    assert!(out.contains("Turn 1 of 6") && out.contains("reading their briefings"), "{out}");
}

#[test]
fn while_the_room_reads_the_results_the_projector_shows_the_resolved_turn() {
    use harmattan::tui::app::Screen;
    use harmattan::tui::input::Action;
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut app = class_game(dir.path());
    app.update(Action::Select); // Kesh's briefing
    app.update(Action::Select); // read: turn 1's orders open
    let (_, out) = watched(dir.path());
    assert!(out.contains("Turn 1 of 6") && out.contains("Kesh thinking"), "{out}");
    app.update(Action::Select);
    app.update(Action::Char('c'));
    app.update(Action::Char('y'));
    assert!(matches!(app.screen, Screen::Resolution { .. }), "{:?}", app.screen);

    // The results: turn 1's values and news, not turn 2's opening income and events.
    let (follower, out) = watched(dir.path());
    let shown = follower.shown().expect("a save");
    assert_eq!(shown.loaded.save.state.turn, 2, "the save holds turn 2's opening");
    let results = shown.results.as_ref().expect("the resolved turn's state");
    assert_eq!(results.turn, 1);
    let report = &shown.loaded.save.turns[0].report;
    for change in &report.net {
        assert_eq!(results.get(change.slot), change.after, "{:?}", change.slot);
    }
    let opening = &shown.loaded.save.state;
    let income = scenario("scenarios/tutorial.ron", TUTORIAL).faction_vars.iter().position(|v| v.id == "treasury");
    let treasury = harmattan::engine::report::Slot::FactionVar(0, income.expect("a treasury"));
    assert_ne!(results.get(treasury), opening.get(treasury), "turn 2's income is not shown yet");
    assert!(out.contains("Turn 1 of 6 · January 2025 · results"), "{out}");
    assert!(out.contains("Results of turn 1"), "{out}");
    assert!(!out.contains("This turn · February"), "no news of turn 2 yet: {out}");

    // The next turn's orders open: the projector moves on.
    app.update(Action::Select);
    let (_, out) = watched(dir.path());
    assert!(out.contains("Turn 2 of 6") && !out.contains("· results"), "{out}");
}

#[test]
fn long_news_scrolls_instead_of_asking_for_a_larger_window() {
    for (name, file, source) in [("tutorial", "scenarios/tutorial.ron", TUTORIAL), ("default", DEFAULT_NAME, DEFAULT)] {
        let scn = scenario(file, source);
        let game = play(&scn, 7, 2, &|_| {});
        let p = view(&scn, &game, PLAIN);
        let last = projector::public_news(&p).last().and_then(|(_, lines)| lines.last().cloned()).expect("news");
        let tail: String = last.chars().take(30).collect();
        for (w, h) in SIZES {
            let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("the test backend never fails");
            let mut max = 0;
            let room = projector::Room { stage: save::Stage::Orders, news_scroll: 0, note: None };
            terminal.draw(|f| max = projector::render_room(&p, &room, f, f.area())).expect("drawn");
            let top = text(terminal.backend().buffer());
            assert!(!top.contains("more news: enlarge the window"), "{name} {w}×{h}: {top}");
            if max > 0 {
                assert!(top.contains("↓ more news"), "{name} {w}×{h}: {top}");
            }
            let room = projector::Room { stage: save::Stage::Orders, news_scroll: max, note: None };
            terminal.draw(|f| max = projector::render_room(&p, &room, f, f.area())).expect("drawn");
            let bottom = text(terminal.backend().buffer());
            let flat = bottom.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(
                flat.contains(tail.split_whitespace().collect::<Vec<_>>().join(" ").as_str()),
                "{name} {w}×{h}: the last news item `{last}` is reachable: {bottom}"
            );
        }
    }
}

#[test]
fn the_watch_view_scrolls_its_news_with_keys() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("tutorial-20260105-090000.ron");
    write_game(&path, 5, 2);
    let mut follower = Follower::new(Source::File(path));
    follower.refresh();
    let before = text(&draw_follower(&follower, 80, 24));
    assert!(before.contains("↓ more news"), "{before}");
    follower.scroll_news(3);
    let after = text(&draw_follower(&follower, 80, 24));
    assert_ne!(before, after);
    assert!(after.contains("↑"), "{after}");
    follower.scroll_news(-100);
    assert_eq!(follower.news_scroll(), 0);
    follower.scroll_news(1000);
    let max = follower.news_scroll();
    assert!(max > 0 && max < 1000, "clamped to the news: {max}");
}

#[test]
fn the_umpire_reason_for_an_injected_event_stays_private_unless_made_public() {
    use harmattan::tui::input::Action;
    let seats = vec![Some(Seat::Human), Some(Seat::Ai(AiKind::Greedy)), Some(Seat::Ai(AiKind::Greedy)), None];
    let mut app = harmattan::tui::app::App::new(tutorial_entries(), PLAIN)
        .with_facilitator_code("TEST42")
        .open_first(5, Some(seats));
    app.update(Action::Char('3')); // events
    app.update(Action::Select);
    for c in "SECRET-PLAN".chars() {
        app.update(Action::Char(c));
    }
    app.update(Action::Select);
    let session = app.session.as_ref().expect("game");
    let news: Vec<String> =
        session.state.start_log.iter().filter_map(|e| e.news(&session.scenario).map(|n| n.into_owned())).collect();
    assert!(news.iter().any(|n| n.ends_with("(brought in by the umpire)")), "{news:?}");
    assert!(!news.iter().any(|n| n.contains("SECRET-PLAN")), "no team's news carries the reason: {news:?}");
    let reasons: Vec<&str> = session.record.pending_rulings.iter().map(|r| r.reason.as_str()).collect();
    assert_eq!(reasons, ["SECRET-PLAN"], "the umpire's own record keeps it");
    app.update(Action::Char('P'));
    let out = common::screen(&mut app, 120, 40);
    assert!(out.contains("(brought in by the umpire)"), "{out}");
    assert!(!out.contains("SECRET-PLAN"), "the reason is private: {out}");
    app.update(Action::Back);
    app.update(Action::Char('r'));
    app.update(Action::Char('P'));
    let out = common::screen(&mut app, 120, 40);
    assert!(out.contains("SECRET-PLAN"), "made public: {out}");
}

#[test]
fn watch_counts_down_the_turn_timer_the_game_saved() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("game.ron");
    let scn = scenario("scenarios/tutorial.ron", TUTORIAL);
    let mut game = play(&scn, 3, 1, &|_| {});
    let at = 1_767_603_600_000;
    game.clock = Some(save::Clock { remaining_ms: 90_000, at_ms: at, counting: true, paused: false, last_call: false });
    save::write(&path, &game).expect("written");
    let mut follower = Follower::new(Source::File(path.clone()));
    follower.refresh();
    let shown = |follower: &Follower, now| {
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("the test backend never fails");
        terminal.draw(|f| follow::render(follower, PLAIN, now, f)).expect("the test backend never fails");
        text(terminal.backend().buffer())
    };
    assert!(shown(&follower, at).contains("Time left ⏱ 01:30"), "{}", shown(&follower, at));
    assert!(shown(&follower, at + 30_000).contains("Time left ⏱ 01:00"), "it runs down between saves");
    game.clock = Some(save::Clock { paused: true, ..game.clock.expect("a clock") });
    save::write(&path, &game).expect("written");
    follower.refresh();
    assert!(shown(&follower, at + 60_000).contains("Time left ⏸ 01:30"), "a paused clock stands still");
    game.clock = None;
    save::write(&path, &game).expect("written");
    follower.refresh();
    assert!(!shown(&follower, at).contains("Time left"), "no countdown while the room reads the results");
}

#[test]
fn watch_shows_which_teams_have_confirmed_from_the_save() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("game.ron");
    let scn = scenario("scenarios/tutorial.ron", TUTORIAL);
    let mut game = play(&scn, 3, 1, &|_| {});
    game.waiting = vec!["kesh".into()];
    save::write(&path, &game).expect("written");
    let mut follower = Follower::new(Source::File(path));
    follower.refresh();
    let out = text(&draw_follower(&follower, 120, 40));
    assert!(out.contains("Orders confirmed 2 of 3"), "{out}");
    assert!(out.contains("Kesh thinking") && out.contains("Tarsa confirmed"), "{out}");
    assert!(!out.contains("Waiting for orders from"), "{out}");
}
