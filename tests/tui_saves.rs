//! The interface's saves: autosave after every turn, saving before quitting,
//! "continue" and "load game" on the title screen, resuming with the same
//! dice, and exporting the report from the debrief.

mod common;

use std::path::{Path, PathBuf};

use harmattan::engine::ai::AiKind;
use harmattan::save;
use harmattan::tui::app::{App, Screen};
use harmattan::tui::catalog::single;
use harmattan::tui::input::Action;
use harmattan::tui::saves::Saving;
use harmattan::tui::session::Seat;
use harmattan::tui::theme::Theme;

const PLAIN: Theme = Theme { colour: false };

fn fixed_clock() -> u64 {
    1_764_000_000_000
}

fn saving(dir: &Path) -> Saving {
    Saving::new(dir.to_path_buf())
}

fn all_ai() -> Option<Vec<Option<Seat>>> {
    Some(vec![Some(Seat::Ai(AiKind::Greedy)), Some(Seat::Ai(AiKind::Random)), Some(Seat::Ai(AiKind::Greedy)), None])
}

/// An all-computer tutorial game saving into `dir`; it resolves its first turn at once.
fn computer_game(dir: &Path) -> App {
    let entries = single(harmattan::scenario::load("scenarios/tutorial.ron", harmattan::scenario::TUTORIAL.as_bytes()));
    app_at_fixed_time(entries).with_saving(saving(dir)).open_first(11, all_ai())
}

fn only_save(dir: &Path) -> PathBuf {
    let saves: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("save dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    assert_eq!(saves.len(), 1, "{saves:?}");
    saves.into_iter().next().expect("one save")
}

#[test]
fn every_resolved_turn_is_saved_and_the_save_replays() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = computer_game(dir.path());
    assert!(matches!(app.screen, Screen::Resolution { .. }));
    app.update(Action::Select);
    let path = only_save(dir.path());
    assert_eq!(path.file_name().and_then(|n| n.to_str()), Some("tutorial-20251124-160000.ron"));
    let loaded = save::read(&path).expect("a valid save");
    assert_eq!(loaded.save.turns.len(), 2);
    assert_eq!(save::replay(&loaded), Ok(2));
    assert!(app.status.as_deref().is_some_and(|s| s.starts_with("Saved to")));
}

#[test]
fn quitting_mid_game_saves_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let entries = single(harmattan::scenario::load("scenarios/tutorial.ron", harmattan::scenario::TUTORIAL.as_bytes()));
    let seats = Some(vec![Some(Seat::Human), Some(Seat::Ai(AiKind::Greedy)), Some(Seat::Ai(AiKind::Greedy)), None]);
    let mut app = app_at_fixed_time(entries).with_saving(saving(dir.path())).open_first(3, seats);
    // The first save is written as soon as the game starts, so the projector shows it.
    let first = save::read(&only_save(dir.path())).expect("saved at the start");
    assert_eq!((first.save.state.turn, first.save.stage), (1, save::Stage::Briefings));
    app.update(Action::Quit);
    app.update(Action::Char('y'));
    assert!(!app.running);
    let loaded = save::read(&only_save(dir.path())).expect("saved on quit");
    assert_eq!(loaded.save.state.turn, 1);
}

#[test]
fn continue_resumes_with_the_same_dice_as_an_uninterrupted_game() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut first = computer_game(dir.path());
    first.update(Action::Select); // turn 2 resolved and saved
    drop(first);

    // A new session of the program: the title offers to continue.
    let entries = single(harmattan::scenario::load("scenarios/tutorial.ron", harmattan::scenario::TUTORIAL.as_bytes()));
    let mut resumed = app_at_fixed_time(entries).with_saving(saving(dir.path()));
    assert_eq!(resumed.saves.len(), 1);
    resumed.update(Action::Char('c'));
    // All seats are computers: continuing resolves turn 3 at once.
    assert!(matches!(resumed.screen, Screen::Resolution { .. }));
    while resumed.session.as_ref().is_some_and(|s| !s.state.is_over()) {
        resumed.update(Action::Select);
    }

    let other = tempfile::tempdir().expect("temp dir");
    let mut straight = computer_game(other.path());
    while straight.session.as_ref().is_some_and(|s| !s.state.is_over()) {
        straight.update(Action::Select);
    }
    let (a, b) = (resumed.session.expect("game"), straight.session.expect("game"));
    assert_eq!(a.state, b.state);
    assert_eq!(a.record.turns, b.record.turns);
}

#[test]
fn the_load_screen_lists_saves_and_a_broken_one_is_explained_not_loaded() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = computer_game(dir.path());
    app.update(Action::Select);
    std::fs::write(dir.path().join("broken.ron"), "(format: 1, scen").expect("write");
    let entries = single(harmattan::scenario::load("scenarios/tutorial.ron", harmattan::scenario::TUTORIAL.as_bytes()));
    let mut app = app_at_fixed_time(entries).with_saving(saving(dir.path()));
    assert_eq!(app.saves.len(), 2);
    app.update(Action::Char('o'));
    assert!(matches!(app.screen, Screen::Saves { cursor: 0 }));
    let broken = app.saves.iter().position(|s| s.loaded.is_err()).expect("the broken save is listed");
    assert!(app.saves[broken].describe(harmattan::i18n::Lang::En).contains("broken.ron"));
    for _ in 0..broken {
        app.update(Action::Down);
    }
    app.update(Action::Select);
    assert!(matches!(app.screen, Screen::Saves { .. }), "a broken save is not loaded");
    assert!(app.status.as_deref().is_some_and(|s| s.contains("broken.ron")));
}

#[test]
fn the_debrief_exports_the_report_next_to_the_save() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = computer_game(dir.path());
    while !matches!(app.screen, Screen::Debrief { .. }) {
        app.update(Action::Select);
    }
    app.update(Action::Char('e'));
    let stem = only_save(dir.path()).with_extension("");
    for ext in ["html", "md"] {
        let report = PathBuf::from(format!("{}-report.{ext}", stem.display()));
        let text = std::fs::read_to_string(&report).expect("report written");
        assert!(text.contains("The Salt Road"), "{ext}");
    }
    assert!(app.status.as_deref().is_some_and(|s| s.starts_with("Report written")));
}

#[test]
fn the_replay_view_reveals_secret_orders_the_room_never_saw() {
    use harmattan::engine::{FactionOrders, Order, TurnOrders, resolve_turn};
    use ratatui::{Terminal, backend::TestBackend};

    let text = harmattan::scenario::TUTORIAL.replace("visibility: Secret(\"30\")", "visibility: Secret(\"0\")");
    let scenario = harmattan::scenario::load("tutorial.ron", text.as_bytes()).scenario.expect("loads");
    let seats = vec![("kesh".to_string(), Seat::Human)];
    let mut record = save::Save::new("tutorial.ron", &scenario, 5, seats, save::timestamp(0));
    let mut state = record.state.clone();
    let mut orders = TurnOrders::default();
    orders.set("kesh", FactionOrders { orders: vec![Order::new("covert_raid")], answers: Vec::new() });
    let report = resolve_turn(&scenario, &mut state, &orders);
    record.record(orders, report, &state);
    let app = App::new(Vec::new(), PLAIN).replay_view(save::Loaded { save: record, scenario });

    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("test terminal");
    terminal.draw(|f| drop(harmattan::tui::view::draw(&app, f))).expect("draws");
    let screen: String = terminal.backend().buffer().content().iter().map(|c| c.symbol()).collect();
    assert!(screen.contains("[seen only by Kesh]"), "{screen}");
    assert!(screen.contains("Covert raid on bandits"));
}

#[test]
fn saves_and_replay_screen_snapshots() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = computer_game(dir.path());
    app.update(Action::Select);
    let entries = single(harmattan::scenario::load("scenarios/tutorial.ron", harmattan::scenario::TUTORIAL.as_bytes()));
    let mut app = app_at_fixed_time(entries).with_saving(saving(dir.path()));
    app.update(Action::Char('o'));
    for (w, h) in [(80, 24), (120, 40)] {
        let text = common::screen(&mut app, w, h);
        // The first line names the temporary folder; the snapshot starts below it.
        let (title, body) = text.split_once('\n').expect("a whole screen");
        assert!(title.contains("Saved games in"), "{title}");
        insta::assert_snapshot!(format!("saves_{w}x{h}"), body);
    }
    let loaded = save::read(&only_save_named(dir.path(), "tutorial")).expect("loads");
    let mut replay = App::new(Vec::new(), PLAIN).replay_view(loaded);
    replay.update(Action::Right);
    for (w, h) in [(80, 24), (120, 40)] {
        insta::assert_snapshot!(format!("replay_{w}x{h}"), common::screen(&mut replay, w, h));
    }
}

fn only_save_named(dir: &Path, prefix: &str) -> PathBuf {
    std::fs::read_dir(dir)
        .expect("dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(prefix)))
        .expect("the game's save")
}

/// An app whose clock stands still, so save names are predictable.
fn app_at_fixed_time(entries: Vec<harmattan::tui::app::Entry>) -> App {
    let mut app = App::new(entries, PLAIN);
    app.clock_ms = fixed_clock;
    app
}
