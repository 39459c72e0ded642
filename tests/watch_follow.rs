//! `harmattan watch` against real files: the follower's own reads never wake
//! the watcher (so it sleeps while nothing changes), a write does, and a
//! deleted save is told apart from one caught mid-write: its last state
//! stays on screen with a line saying it was deleted.

mod common;

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use common::text;
use harmattan::engine::{TurnOrders, play_turn};
use harmattan::i18n::Lang;
use harmattan::save::{self, Save, Seat};
use harmattan::scenario::{TUTORIAL, load};
use harmattan::tui::bidi::Bidi;
use harmattan::tui::follow::{self, Follower, Source};
use harmattan::tui::theme::Theme;
use notify::{RecursiveMode, Watcher};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const PLAIN: Theme = Theme { colour: false };

/// A tutorial game of `turns` turns with no orders, saved atomically at `path`.
fn write_game(path: &Path, turns: u32) {
    let scn = load("scenarios/tutorial.ron", TUTORIAL.as_bytes()).scenario.expect("the tutorial loads");
    let seats = vec![("kesh".to_string(), Seat::Human)];
    let mut game = Save::new("scenarios/tutorial.ron", &scn, 3, seats, "2026-01-05 09:00:00".into());
    for _ in 0..turns {
        let orders = TurnOrders::default();
        let (next, report) = play_turn(&scn, &game.state, &orders);
        game.record(orders, report, &next);
    }
    save::write(path, &game).expect("the save is written");
}

fn shown_turn(follower: &Follower) -> Option<u32> {
    follower.shown().map(|s| s.loaded.save.state.turn)
}

fn bottom_line(follower: &Follower) -> String {
    let mut terminal = Terminal::new(TestBackend::new(100, 24)).expect("the test backend never fails");
    terminal.draw(|f| follow::render(follower, PLAIN, 0, f)).expect("the test backend never fails");
    text(terminal.backend().buffer()).lines().last().unwrap_or_default().to_string()
}

#[test]
fn a_deleted_followed_file_is_told_apart_and_its_last_state_stays() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("tutorial-20260105-090000.ron");
    write_game(&path, 2);
    let mut follower = Follower::new(Source::File(path.clone()));
    follower.refresh();
    assert_eq!(shown_turn(&follower), Some(3));
    assert!(follower.deleted().is_none());

    std::fs::remove_file(&path).expect("removed");
    follower.refresh();
    assert_eq!(follower.deleted(), Some(path.as_path()), "the deletion is told");
    assert!(follower.problem().is_none(), "a deleted save is not a broken one");
    assert_eq!(shown_turn(&follower), Some(3), "the last state read stays shown");
    let line = bottom_line(&follower);
    assert!(line.contains("was deleted; showing the last state read."), "{line}");
    assert!(line.contains("tutorial-20260105-090000.ron"), "{line}");

    // Written again: followed again, the warning gone.
    write_game(&path, 3);
    follower.refresh();
    assert_eq!(shown_turn(&follower), Some(4));
    assert!(follower.deleted().is_none());
    assert!(bottom_line(&follower).contains("following"));
}

#[test]
fn a_cut_short_save_is_a_problem_not_a_deletion() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("game.ron");
    write_game(&path, 1);
    let mut follower = Follower::new(Source::File(path.clone()));
    follower.refresh();
    let bytes = std::fs::read(&path).expect("readable");
    std::fs::write(&path, &bytes[..bytes.len() / 2]).expect("written");
    follower.refresh();
    assert!(follower.deleted().is_none());
    assert!(follower.problem().is_some());
    assert_eq!(shown_turn(&follower), Some(2));
}

#[test]
fn a_file_never_written_is_waited_for_not_deleted() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut follower = Follower::new(Source::File(dir.path().join("game.ron")));
    follower.refresh();
    assert!(follower.deleted().is_none() && follower.problem().is_none() && follower.shown().is_none());
}

#[test]
fn the_newest_save_deleted_with_no_other_left_is_told() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("tutorial-20260105-090000.ron");
    write_game(&path, 1);
    let mut follower = Follower::new(Source::Newest(dir.path().to_path_buf()));
    follower.refresh();
    assert_eq!(shown_turn(&follower), Some(2));
    std::fs::remove_file(&path).expect("removed");
    follower.refresh();
    assert_eq!(follower.deleted(), Some(path.as_path()));
    assert_eq!(shown_turn(&follower), Some(2));
}

/// Every event the watcher reports for the folder: its kind's name, whether
/// it calls for a re-read, and its paths.
fn watch(dir: &Path, source: &Source) -> (notify::RecommendedWatcher, Receiver<(String, bool, Vec<PathBuf>)>) {
    let (tx, rx) = channel();
    let watched = source.clone();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event {
            let _ = tx.send((format!("{:?}", event.kind), follow::refreshes(&watched, &event), event.paths));
        }
    })
    .expect("a watcher");
    watcher.watch(dir, RecursiveMode::NonRecursive).expect("the folder is watched");
    (watcher, rx)
}

/// Waits (at most a minute, so a broken watcher fails instead of hanging)
/// for the next event.
fn next(rx: &Receiver<(String, bool, Vec<PathBuf>)>) -> (String, bool, Vec<PathBuf>) {
    rx.recv_timeout(Duration::from_secs(60)).expect("the watcher reports the change")
}

/// The follower reads the save on every change; if its own reads counted as
/// changes, `watch` would read the save again and again, for ever. The
/// events are in order, so everything before the marker file comes from
/// the reads.
#[test]
fn the_followers_own_reads_never_call_for_a_reread_and_a_save_does() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("tutorial-20260105-090000.ron");
    for source in [Source::File(path.clone()), Source::Newest(dir.path().to_path_buf())] {
        write_game(&path, 1);
        let (watcher, rx) = watch(dir.path(), &source);
        let mut follower = Follower::new(source.clone());
        follower.refresh();
        follower.refresh();
        assert_eq!(shown_turn(&follower), Some(2));
        let marker = dir.path().join("marker.txt");
        std::fs::write(&marker, "after the reads").expect("written");
        let mut from_reads = Vec::new();
        loop {
            let (kind, refresh, paths) = next(&rx);
            if paths.contains(&marker) {
                assert!(!refresh, "{source:?}: a text file is not a save");
                break;
            }
            assert!(!refresh, "{source:?}: reading the save woke the watcher ({kind} on {paths:?})");
            from_reads.push(kind);
        }
        if cfg!(target_os = "linux") {
            assert!(!from_reads.is_empty(), "inotify reports opening a file; the test would prove nothing");
        }

        write_game(&path, 2);
        while !next(&rx).1 {}
        follower.refresh();
        assert_eq!(shown_turn(&follower), Some(3));
        drop(watcher);
        std::fs::remove_file(&marker).expect("removed");
    }
}

/// Deleting the followed save wakes the watcher, and the follower says so.
#[test]
fn deleting_the_followed_save_is_noticed_by_the_watcher() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("game.ron");
    write_game(&path, 1);
    let source = Source::File(path.clone());
    let (_watcher, rx) = watch(dir.path(), &source);
    let mut follower = Follower::new(source);
    follower.refresh();
    std::fs::remove_file(&path).expect("removed");
    while !next(&rx).1 {}
    follower.refresh();
    assert_eq!(follower.deleted(), Some(path.as_path()));
}

#[test]
fn a_long_save_path_gives_way_to_the_scroll_keys_on_the_bottom_line() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let deep = dir.path().join("a-rather-long-folder-name-for-the-class-saves").join("another-level-of-folders");
    std::fs::create_dir_all(&deep).expect("folders");
    let path = deep.join("fuel_and_sovereignty_short-20261202-022513.ron");
    write_game(&path, 1);
    let mut follower = Follower::new(Source::File(path));
    follower.refresh();
    let line = bottom_line(&follower);
    // The keys are never cut; the path shortens to the file's name.
    assert!(line.contains("↑↓ PgUp/PgDn scroll the news"), "{line}");
    assert!(line.contains("following fuel_and_sovereignty_short-20261202-022513.ron"), "{line}");
}

/// The watch screen of `follower` at `w`×`h`, as text, with the temporary
/// folder's random name replaced by one of the same length.
fn watch_screen(follower: &Follower, dir: &Path, w: u16, h: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("the test backend never fails");
    terminal.draw(|f| follow::render(follower, PLAIN, 0, f)).expect("the test backend never fails");
    let shown = text(terminal.backend().buffer());
    let random = dir.display().to_string();
    shown.replace(&random, &"X".repeat(random.chars().count()))
}

/// Whether an Arabic letter that joins its neighbours is drawn as written
/// (not as its contextual form).
fn has_unjoined_arabic(text: &str) -> bool {
    text.chars().any(|ch| ('\u{0622}'..='\u{063A}').contains(&ch) || ('\u{0641}'..='\u{064A}').contains(&ch))
}

#[test]
fn watch_draws_in_the_language_asked_for_through_the_bidi_pass() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("game.ron");
    write_game(&path, 1);
    let mut arabic = Follower::new(Source::File(path.clone())).with_lang(Lang::Ar);
    arabic.refresh();
    let screen = watch_screen(&arabic, dir.path(), 80, 24);
    // The projector's labels and the bottom line are in Arabic, joined and in visual order.
    assert!(!has_unjoined_arabic(&screen), "{screen}");
    assert!(!screen.contains("Indicators") && !screen.contains("following"), "{screen}");
    insta::assert_snapshot!("watch_ar_80x24", screen);
    // A terminal that orders Arabic itself gets it as written, in the same language.
    let mut sent = Follower::new(Source::File(path.clone())).with_lang(Lang::Ar).with_bidi(Bidi::Terminal);
    sent.refresh();
    assert!(has_unjoined_arabic(&watch_screen(&sent, dir.path(), 80, 24)));
    // French labels on the same (English) scenario.
    let mut french = Follower::new(Source::File(path)).with_lang(Lang::Fr);
    french.refresh();
    let screen = watch_screen(&french, dir.path(), 80, 24);
    assert!(screen.contains("Indicateurs") && screen.contains("quitter"), "{screen}");
    assert!(!screen.contains("Indicators"), "{screen}");
}
