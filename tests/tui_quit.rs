//! Quitting safely: when the save fails on quitting, the interface asks
//! again (back to the game, or quit without saving) and reports a game quit
//! without saving, so the command exits non-zero; and the app keeps the
//! latest save record where the signal thread can write it.

mod common;

use std::path::{Path, PathBuf};

use harmattan::engine::ai::AiKind;
use harmattan::save;
use harmattan::scenario::{TUTORIAL, load};
use harmattan::tui::app::{App, Entry, Outcome, Overlay, Screen};
use harmattan::tui::input::Action;
use harmattan::tui::saves::Saving;
use harmattan::tui::session::Seat;
use harmattan::tui::theme::Theme;

const PLAIN: Theme = Theme { colour: false };

/// A folder that can never be created: its parent is a device, not a folder.
/// The same on every Linux machine, so the message is the same in snapshots.
const UNWRITABLE: &str = "/dev/null/saves";

fn fixed_clock() -> u64 {
    1_764_000_000_000
}

fn tutorial() -> Vec<Entry> {
    vec![Entry { name: "scenarios/tutorial.ron".into(), loaded: load("scenarios/tutorial.ron", TUTORIAL.as_bytes()) }]
}

/// The tutorial with Kesh at the keyboard, saving into `dir`, on Kesh's first hand-over.
fn human_game(dir: &Path) -> App {
    let seats = Some(vec![Some(Seat::Human), Some(Seat::Ai(AiKind::Greedy)), Some(Seat::Ai(AiKind::Greedy)), None]);
    let mut app = App::new(tutorial(), PLAIN);
    app.clock_ms = fixed_clock;
    app.with_saving(Saving::new(dir.to_path_buf())).open_first(3, seats)
}

fn saves_in(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .map(|r| {
            r.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "ron")).collect()
        })
        .unwrap_or_default()
}

#[test]
fn a_failed_save_on_quitting_asks_again_and_discarding_reports_the_lost_game() {
    let mut app = human_game(Path::new(UNWRITABLE));
    app.update(Action::Quit);
    app.update(Action::Char('y'));
    assert!(app.running, "a game that could not be saved is not quit on `y`");
    assert_eq!(app.overlay, Some(Overlay::Unsaved));
    let screen = common::screen(&mut app, 80, 24);
    assert!(screen.contains("The game could not be saved:"), "{screen}");
    assert!(screen.contains("Not a directory"), "the reason is shown in full: {screen}");
    assert!(screen.contains("quit without saving"), "{screen}");
    assert!(screen.contains("back to the game"), "{screen}");
    insta::assert_snapshot!("unsaved_quit_80x24", screen);
    insta::assert_snapshot!("unsaved_quit_120x40", common::screen(&mut app, 120, 40));

    // `y` again, Enter or any other key does not lose the game.
    for action in [Action::Char('y'), Action::Select, Action::Char('q'), Action::Interrupt] {
        app.update(action);
        assert!(app.running && app.overlay == Some(Overlay::Unsaved), "{action:?} must not decide");
    }

    app.update(Action::Char('d'));
    assert!(!app.running);
    let Outcome::Unsaved(lost) = &app.outcome else {
        panic!("the outcome says the game was not saved: {:?}", app.outcome)
    };
    assert!(lost.game.contains("The Salt Road") && lost.game.contains("turn 1"), "{}", lost.game);
    assert!(lost.reason.contains("/dev/null/saves"), "{}", lost.reason);
    assert_eq!(lost.kept, None);
    let message = lost.message();
    assert!(message.contains("quit without saving") && message.contains("is lost"), "{message}");
    assert!(app.published.current().is_none(), "a signal now would not try again");
}

#[test]
fn escape_or_n_go_back_to_the_game_and_ctrl_c_asks_too() {
    let mut app = human_game(Path::new(UNWRITABLE));
    let before = format!("{:?}", app.screen);
    app.update(Action::Quit);
    app.update(Action::Char('y'));
    app.update(Action::Back);
    assert!(app.running && app.overlay.is_none());
    assert_eq!(format!("{:?}", app.screen), before, "back where the player was");

    app.update(Action::Interrupt);
    assert!(app.running && app.overlay == Some(Overlay::Unsaved), "Ctrl-C asks too when the save fails");
    app.update(Action::Char('n'));
    assert!(app.running && app.overlay.is_none());
    assert_eq!(app.outcome, Outcome::Quit);
}

#[test]
fn clicking_the_answers_works_like_the_keys() {
    let mut app = human_game(Path::new(UNWRITABLE));
    app.update(Action::Quit);
    app.update(Action::Char('y'));
    let buf = common::render(&mut app, 80, 24);
    let row_of = |needle: &str| {
        let text = common::text(&buf);
        let (y, line) = text.lines().enumerate().find(|(_, l)| l.contains(needle)).expect("the answer is on screen");
        let x = line.find(needle).map(|b| line[..b].chars().count()).expect("found");
        (u16::try_from(x).expect("fits"), u16::try_from(y).expect("fits"))
    };
    let (x, y) = row_of("back to the game");
    app.update(Action::Click(x, y));
    assert!(app.running && app.overlay.is_none());

    app.update(Action::Quit);
    app.update(Action::Char('y'));
    common::render(&mut app, 80, 24);
    let (x, y) = row_of("quit without saving");
    app.update(Action::Click(x, y));
    assert!(!app.running);
    assert!(matches!(app.outcome, Outcome::Unsaved(_)));
}

#[test]
fn once_the_save_works_again_quitting_saves_and_quits() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A regular file where the save folder should be: saving fails until it is removed.
    let blocker = dir.path().join("saves");
    std::fs::write(&blocker, "not a folder").expect("written");
    let mut app = human_game(&blocker);
    app.update(Action::Quit);
    app.update(Action::Char('y'));
    assert_eq!(app.overlay, Some(Overlay::Unsaved));
    app.update(Action::Back);

    std::fs::remove_file(&blocker).expect("removed");
    app.update(Action::Quit);
    app.update(Action::Char('y'));
    assert!(!app.running);
    assert_eq!(app.outcome, Outcome::Quit);
    let saves = saves_in(&blocker);
    assert_eq!(saves.len(), 1, "{saves:?}");
    assert_eq!(save::read(&saves[0]).expect("a valid save").save.state.turn, 1);
}

#[test]
fn a_save_failing_after_an_earlier_one_names_the_file_that_still_holds_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut first = human_game(dir.path());
    first.update(Action::Quit);
    first.update(Action::Char('y'));
    let saved = saves_in(dir.path()).pop().expect("saved on quit");
    // A save whose name is as long as a file name may be: it exists, but its
    // temporary file's longer name cannot be created, so every save fails
    // (even for root, unlike a read-only folder).
    let long = dir.path().join(format!("{}.ron", "g".repeat(249)));
    std::fs::copy(&saved, &long).expect("copied");
    let loaded = save::read(&long).expect("loads");
    let mut app = App::new(tutorial(), PLAIN)
        .with_saving(Saving::new(dir.path().to_path_buf()))
        .resume_game(loaded, long.clone());
    app.update(Action::Quit);
    app.update(Action::Char('y'));
    assert_eq!(app.overlay, Some(Overlay::Unsaved));
    app.update(Action::Char('d'));
    let Outcome::Unsaved(lost) = &app.outcome else { panic!("{:?}", app.outcome) };
    assert_eq!(lost.kept.as_deref(), Some(long.as_path()));
    assert!(lost.message().contains("still holds the last state saved"), "{}", lost.message());
    assert_eq!(save::read(&long).expect("the older save is intact").save.state.turn, 1);
}

#[test]
fn quitting_without_autosave_is_never_questioned() {
    let seats = Some(vec![Some(Seat::Human), Some(Seat::Ai(AiKind::Greedy)), Some(Seat::Ai(AiKind::Greedy)), None]);
    let mut app = App::new(tutorial(), PLAIN).open_first(3, seats);
    app.update(Action::Quit);
    app.update(Action::Char('y'));
    assert!(!app.running);
    assert_eq!(app.outcome, Outcome::Quit);
    assert!(app.published.current().is_none(), "autosave off: nothing for a signal to write");
}

// ---- What a signal would save ----

#[test]
fn the_published_record_is_the_games_from_its_start_and_after_every_turn() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = human_game(dir.path());
    let (path, record) = app.published.current().expect("published at the start of the game");
    assert_eq!(path, dir.path().join("tutorial-20251124-160000.ron"));
    assert!(record.turns.is_empty());
    // The game's first save is written at its start (for the projector): the record published.
    let first = harmattan::save::read(&path).expect("the first save");
    assert_eq!(first.save, record, "the save written is the record published");

    while !matches!(app.screen, Screen::Turn(_)) {
        app.update(Action::Select);
    }
    app.update(Action::Char('c'));
    app.update(Action::Char('y')); // confirm with action points unused
    let session = app.session.as_ref().expect("a game");
    let (published_path, published) = app.published.current().expect("published after the turn");
    assert_eq!(published_path, path);
    assert_eq!(published, session.record, "the record after the turn, exactly");
    assert_eq!(published.turns.len(), 1);
    // What a signal writes loads and re-plays like any save.
    let out = tempfile::tempdir().expect("temp dir");
    let written = out.path().join("signal.ron");
    save::write(&written, &published).expect("written");
    assert_eq!(save::replay(&save::read(&written).expect("loads")), Ok(1));
}

#[test]
fn a_finished_game_is_not_published() {
    let dir = tempfile::tempdir().expect("temp dir");
    let seats = Some(vec![
        Some(Seat::Ai(AiKind::Greedy)),
        Some(Seat::Ai(AiKind::Random)),
        Some(Seat::Ai(AiKind::Greedy)),
        None,
    ]);
    let mut app = App::new(tutorial(), PLAIN);
    app.clock_ms = fixed_clock;
    let mut app = app.with_saving(Saving::new(dir.path().to_path_buf())).open_first(11, seats);
    assert!(app.published.current().is_some_and(|(_, s)| s.turns.len() == 1));
    while !matches!(app.screen, Screen::Debrief { .. }) {
        app.update(Action::Select);
    }
    assert!(app.published.current().is_none(), "nothing in progress for a signal to save");
}

#[test]
fn a_loaded_game_is_published_with_its_own_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut first = human_game(dir.path());
    first.update(Action::Quit);
    first.update(Action::Char('y'));
    let path = saves_in(dir.path()).pop().expect("saved on quit");
    let loaded = save::read(&path).expect("loads");
    let app = App::new(tutorial(), PLAIN)
        .with_saving(Saving::new(dir.path().to_path_buf()))
        .resume_game(loaded, path.clone());
    let (published_path, record) = app.published.current().expect("published on loading");
    assert_eq!(published_path, path);
    assert_eq!(record.state.turn, 1);
}
