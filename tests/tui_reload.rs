//! Live reload while playing (`harmattan play FILE --reload`): the scenario
//! file is edited in the middle of a game, through the same file watcher as
//! the real loop, and the game is re-played on the new version (dropping and
//! naming what no longer fits), or the new version's problems are shown and
//! the game goes on with the last good one.

mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use harmattan::engine::ai::AiKind;
use harmattan::engine::{Order, TurnOrders, new_game, resolve_turn};
use harmattan::save;
use harmattan::scenario::{self, Scenario, TUTORIAL};
use harmattan::tui::app::{App, Screen, Then, TurnScreen};
use harmattan::tui::catalog::single;
use harmattan::tui::input::Action;
use harmattan::tui::reload::{Wake, Watched};
use harmattan::tui::saves::Saving;
use harmattan::tui::session::Seat;
use harmattan::tui::theme::Theme;

const PLAIN: Theme = Theme { colour: false };
const SEED: u64 = 7;
const KESH: usize = 0;
const TARSA: usize = 1;

/// The patrol's effect, and the same patrol three times as strong.
const PATROL: &str = r#"on_success: ["tarsa_south.security += 10"]"#;
const STRONGER: &str = r#"on_success: ["tarsa_south.security += 30"]"#;

/// The tutorial without its "Ration fuel" action.
fn without_rationing(text: &str) -> String {
    let start = text.find(r#"id: "ration_fuel""#).and_then(|at| text[..at].rfind('(')).expect("the action");
    let end = text.find(r#"id: "tighten_border_trade""#).and_then(|at| text[..at].rfind('(')).expect("the next one");
    // The protest event asks whether rationing is in force: it no longer can be.
    let asked = " and not active(ration_fuel, kesh_north)";
    assert!(text.contains(asked));
    format!("{}{}", &text[..start], &text[end..]).replacen(asked, "", 1)
}

/// The new version the modder saves: a stronger patrol, and no more rationing.
fn edited() -> String {
    assert!(TUTORIAL.contains(PATROL));
    without_rationing(&TUTORIAL.replace(PATROL, STRONGER))
}

fn fixed_clock() -> u64 {
    1_764_000_000_000
}

/// A modder's game: the tutorial copied into a folder of its own and
/// watched, Kesh and Tarsa played at the keyboard, Oru by the computer.
struct Modder {
    _dir: tempfile::TempDir,
    file: PathBuf,
    saves: PathBuf,
    watched: Watched,
    app: App,
}

impl Modder {
    fn new() -> Self {
        Self::with(|app| app)
    }

    /// A modder's game with `setup` made to the app before it opens the game.
    fn with(setup: impl FnOnce(App) -> App) -> Self {
        let dir = tempfile::tempdir().expect("a temp dir");
        let file = dir.path().join("tutorial.ron");
        std::fs::write(&file, TUTORIAL).expect("the copy is written");
        let saves = dir.path().join("saves");
        let loaded = scenario::read(&file, None, harmattan::i18n::Lang::En).expect("the copy reads");
        let mut app = App::new(single(loaded), PLAIN);
        app.clock_ms = fixed_clock;
        let seats = vec![Some(Seat::Human), Some(Seat::Human), Some(Seat::Ai(AiKind::Greedy)), None];
        let app = setup(app.with_saving(Saving::new(saves.clone()))).open_first(SEED, Some(seats));
        let watched = Watched::start(&file, None, harmattan::i18n::Lang::En).expect("the folder can be watched");
        let mut modder = Modder { _dir: dir, file, saves, watched, app };
        modder.draw();
        modder
    }

    fn draw(&mut self) -> String {
        common::screen(&mut self.app, 80, 24)
    }

    fn press(&mut self, action: Action) -> String {
        self.app.update(action);
        self.draw()
    }

    /// Enter through hand-overs and briefings up to `faction`'s turn.
    fn play_until_turn_of(&mut self, faction: usize) {
        for _ in 0..10 {
            match &self.app.screen {
                Screen::Turn(t) if t.faction == faction => return,
                Screen::Handover { .. } | Screen::Briefing { .. } | Screen::Resolution { .. } => {
                    self.press(Action::Select);
                }
                other => panic!("on the way to a turn: {other:?}"),
            }
        }
        panic!("never reached the turn of faction {faction}: {:?}", self.app.screen);
    }

    fn turn(&self) -> &TurnScreen {
        match &self.app.screen {
            Screen::Turn(t) => t,
            other => panic!("expected a turn screen, got {other:?}"),
        }
    }

    /// Queues the first action of tab `tab` ('1'–'5'), picking its first target.
    fn queue(&mut self, tab: char, row: usize) {
        self.press(Action::Char(tab));
        for _ in 0..row {
            self.press(Action::Down);
        }
        self.press(Action::Select);
        if self.turn().picker.is_some() {
            self.press(Action::Select);
        }
    }

    /// Confirms the orders (answering the question about unused points).
    fn confirm(&mut self) {
        self.press(Action::Char('c'));
        if matches!(&self.app.screen, Screen::Turn(t) if t.confirming) {
            self.press(Action::Char('y'));
        }
    }

    /// Saves the file as an editor does: `text` written beside it, then renamed over it.
    fn save_by_rename(&mut self, text: &str) {
        let swap = self.file.with_file_name(".tutorial.ron.swp");
        std::fs::write(&swap, text).expect("the swap file is written");
        std::fs::rename(&swap, &self.file).expect("the swap file replaces the scenario");
        self.settle_and_reload();
    }

    /// Saves the file in place.
    fn save_in_place(&mut self, text: &str) {
        std::fs::write(&self.file, text).expect("the scenario is written");
        self.settle_and_reload();
    }

    /// What the interface's loop does when the file changes: wait for the
    /// watcher's word, then read the file again.
    fn settle_and_reload(&mut self) {
        match self.watched.next(Some(Duration::from_secs(10))) {
            Ok(Some(Wake::FileChanged)) => self.watched.reload(&mut self.app),
            other => panic!("the watcher did not report the change: {other:?}"),
        }
        // A burst of events is reported once: nothing more is waiting.
        assert!(matches!(self.watched.next(Some(Duration::from_millis(300))), Ok(None)));
        self.draw();
    }

    fn save_file(&self) -> PathBuf {
        let mut found: Vec<PathBuf> = std::fs::read_dir(&self.saves)
            .expect("the save folder")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ron"))
            .collect();
        assert_eq!(found.len(), 1, "{found:?}");
        found.remove(0)
    }
}

/// Two turns played: Kesh rations fuel on turn 1; Tarsa patrols on both turns.
/// Then Kesh, at the keyboard on turn 3, queues a rationing and a subsidy.
fn two_turns_played() -> Modder {
    let mut m = Modder::new();
    m.play_until_turn_of(KESH);
    m.queue('3', 0);
    assert_eq!(m.turn().draft.orders, [Order::at("ration_fuel", "kesh_capital")]);
    m.confirm();
    m.play_until_turn_of(TARSA);
    m.queue('4', 0);
    assert_eq!(m.turn().draft.orders, [Order::new("patrol_border")]);
    m.confirm();
    assert!(matches!(m.app.screen, Screen::Resolution { .. }));
    m.play_until_turn_of(KESH);
    m.confirm();
    m.play_until_turn_of(TARSA);
    m.queue('4', 0);
    m.confirm();
    m.play_until_turn_of(KESH);
    m.queue('3', 0);
    m.queue('3', 1);
    assert_eq!(m.turn().draft.orders.len(), 2, "{:?}", m.turn().draft);
    m
}

/// The game as it must be once re-played on `scn`: every recorded turn's
/// orders without those of actions it does not have, from the same seed.
fn played_on(scn: &Scenario, turns: &[TurnOrders]) -> harmattan::engine::GameState {
    let mut state = new_game(scn, SEED);
    for orders in turns {
        let mut kept = orders.clone();
        for given in kept.0.values_mut() {
            given.orders.retain(|o| scn.action_index(&o.action).is_some());
        }
        resolve_turn(scn, &mut state, &kept);
    }
    state
}

#[test]
fn a_valid_edit_replays_the_game_names_the_dropped_order_and_keeps_the_turn() {
    let mut m = two_turns_played();
    let before = m.app.session.as_ref().expect("a game").clone();
    let recorded: Vec<TurnOrders> = before.record.turns.iter().map(|t| t.orders.clone()).collect();
    assert_eq!(before.state.turn, 3);
    let subsidy = m.turn().draft.orders[1].clone();

    m.save_by_rename(&edited());

    // The state is the re-played one: the same seed and orders on the new version.
    let session = m.app.session.as_ref().expect("the game goes on");
    let new = scenario::load("tutorial.ron", edited().as_bytes()).scenario.expect("the edit loads");
    assert_eq!(session.scenario.source, new.source);
    assert_eq!(session.state, played_on(&new, &recorded));
    assert_eq!(session.state.turn, 3);
    let security = |s: &harmattan::engine::GameState| {
        let south = new.regions.iter().position(|r| r.id == "tarsa_south").expect("the region");
        let var = new.region_vars.iter().position(|v| v.id == "security").expect("the value");
        s.region_var(south, var)
    };
    assert!(security(&session.state) > security(&before.state), "the stronger patrols count");
    // Kesh is still at the keyboard on turn 3, its subsidy kept, its rationing gone.
    assert_eq!(m.turn().faction, KESH);
    assert_eq!(m.turn().draft.orders, [subsidy]);
    // The notice names each order dropped: turn, faction, action.
    let notice = m.app.reload.as_ref().expect("a notice of what was dropped");
    let text = notice.lines.join("\n");
    assert!(text.contains("the game was played again on it up to turn 3"), "{text}");
    assert!(
        text.contains(
            "Turn 1: Kesh's order “Ration fuel” on Kesh City was dropped: the action is no longer in the scenario."
        ),
        "{text}"
    );
    assert!(text.contains("Turn 3: Kesh's order “Ration fuel” on Kesh City was dropped"), "{text}");
    let screen = m.draw();
    assert!(screen.contains("Scenario reloaded") && screen.contains("Ration fuel"), "{screen}");
    // The save now holds the new version and re-plays on it.
    let saved = save::read(&m.save_file()).expect("the save reads");
    assert_eq!(&*saved.save.scenario, new.source);
    assert_eq!(save::replay(&saved), Ok(2));
    // Esc closes the notice: the turn is there again.
    let screen = m.press(Action::Back);
    assert!(m.app.reload.is_none());
    assert!(!screen.contains("Scenario reloaded"), "{screen}");
    m.confirm();
    m.play_until_turn_of(TARSA);
    m.confirm();
    let session = m.app.session.as_ref().expect("the game goes on");
    assert_eq!(session.state.turn, 4);
    assert_eq!(save::replay(&save::read(&m.save_file()).expect("the save reads")), Ok(3));
}

#[test]
fn a_broken_edit_shows_its_problems_and_the_game_goes_on_with_the_last_good_version() {
    let mut m = two_turns_played();
    let before = m.app.session.as_ref().expect("a game").clone();
    let broken = TUTORIAL.replace(PATROL, r#"on_success: ["tarsa_south.securty += 30"]"#);
    let line = broken.lines().position(|l| l.contains("securty")).expect("the typo") + 1;

    m.save_in_place(&broken);

    let notice = m.app.reload.as_ref().expect("the problems are shown");
    let text = notice.lines.join("\n");
    assert!(text.contains("has an error, so it was not loaded"), "{text}");
    let place = format!("tutorial.ron:{line}:");
    assert!(text.contains(&place), "{place} in {text}");
    assert!(text.contains("help:") && text.contains("security"), "the help suggests the name: {text}");
    assert!(!text.contains('\u{1b}'), "plain text, no terminal escapes: {text:?}");
    let screen = m.draw();
    assert!(screen.contains("Scenario not reloaded") && screen.contains("not loaded"), "{screen}");
    // Nothing changed in the game; keys go to the notice until it is closed.
    let session = m.app.session.as_ref().expect("the game goes on");
    assert_eq!(session.state, before.state);
    assert_eq!(session.scenario.source, before.scenario.source);
    m.press(Action::Char('c'));
    assert!(!m.turn().confirming, "the notice took the key");
    m.press(Action::Back);
    assert!(m.app.reload.is_none());
    // The game goes on with the last good version…
    m.confirm();
    m.play_until_turn_of(TARSA);
    m.confirm();
    assert_eq!(m.app.session.as_ref().map(|s| s.state.turn), Some(4));
    // …and the next valid save reloads.
    m.save_in_place(&TUTORIAL.replace(PATROL, STRONGER));
    let session = m.app.session.as_ref().expect("the game goes on");
    assert!(session.scenario.source.contains("tarsa_south.security += 30"));
    assert_eq!(session.state.turn, 4);
    assert!(m.app.reload.is_none(), "nothing was dropped: {:?}", m.app.reload);
    assert!(m.app.status.as_deref().is_some_and(|s| s.starts_with("Reloaded")), "{:?}", m.app.status);
}

#[test]
fn changes_to_other_files_of_the_folder_do_not_reload() {
    let mut m = Modder::new();
    std::fs::write(m.file.with_file_name("notes.txt"), "a note").expect("written");
    assert!(matches!(m.watched.next(Some(Duration::from_millis(400))), Ok(None)));
    // Reading the scenario (as the reload does) is not a change either.
    let _ = std::fs::read(&m.file).expect("readable");
    assert!(matches!(m.watched.next(Some(Duration::from_millis(400))), Ok(None)));
}

#[test]
fn saving_the_same_text_again_changes_nothing() {
    let mut m = two_turns_played();
    let before = m.app.session.as_ref().expect("a game").record.clone();
    m.save_in_place(TUTORIAL);
    assert_eq!(m.app.session.as_ref().expect("a game").record, before);
    assert!(m.app.reload.is_none());
    assert!(matches!(m.app.screen, Screen::Turn(_)));
}

#[test]
fn the_hand_over_stays_when_the_scenario_changes() {
    let mut m = Modder::new();
    m.play_until_turn_of(KESH);
    m.confirm();
    assert!(matches!(m.app.screen, Screen::Handover { faction: TARSA, then: Then::Turn }));
    m.save_in_place(&TUTORIAL.replace(PATROL, STRONGER));
    assert!(matches!(m.app.screen, Screen::Handover { faction: TARSA, then: Then::Turn }), "{:?}", m.app.screen);
    // Kesh's confirmed orders are still given: only Tarsa is waited for.
    let session = m.app.session.as_ref().expect("a game");
    assert_eq!(session.waiting.iter().copied().collect::<Vec<_>>(), [TARSA]);
}

#[test]
fn the_seat_screen_offers_the_new_version_before_the_game_starts() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("tutorial.ron");
    std::fs::write(&file, TUTORIAL).expect("written");
    let mut app = App::new(single(scenario::read(&file, None, harmattan::i18n::Lang::En).expect("reads")), PLAIN)
        .open_first(SEED, None);
    assert!(matches!(app.screen, Screen::Seats));
    let playable = TUTORIAL.replacen("playable: false,", "playable: true,", 1);
    app.reload_scenario(scenario::load(&file.display().to_string(), playable.as_bytes()));
    let setup = app.setup.as_ref().expect("the seat screen");
    assert_eq!(setup.seats.iter().flatten().count(), 4, "the bandits are now a seat: {:?}", setup.seats);
    assert!(app.status.as_deref().is_some_and(|s| s.starts_with("Reloaded")));
}

/// The problems notice at the smallest size, over Kesh's first turn.
#[test]
fn the_problems_notice_at_80x24() {
    let entries = single(scenario::load("my-scenario.ron", TUTORIAL.as_bytes()));
    let seats = vec![Some(Seat::Human), Some(Seat::Ai(AiKind::Greedy)), Some(Seat::Ai(AiKind::Greedy)), None];
    let mut app = App::new(entries, PLAIN).open_first(SEED, Some(seats));
    for _ in 0..3 {
        if matches!(app.screen, Screen::Turn(_)) {
            break;
        }
        app.update(Action::Select);
    }
    let broken =
        TUTORIAL.replace(PATROL, r#"on_success: ["tarsa_south.securty += 30"]"#).replace("turns: 6", "turns: 0");
    app.reload_scenario(scenario::load("my-scenario.ron", broken.as_bytes()));
    insta::assert_snapshot!("reload_problems_80x24", common::screen(&mut app, 80, 24));
    // It scrolls to its end, and no further.
    for _ in 0..200 {
        app.update(Action::Down);
        common::screen(&mut app, 80, 24);
    }
    let end = common::screen(&mut app, 80, 24);
    assert!(end.contains("more above"), "{end}");
    assert!(!end.contains("more below"), "{end}");
}

#[test]
fn reload_needs_a_scenario_file_and_an_interface() {
    let bin = env!("CARGO_BIN_EXE_harmattan");
    let tutorial = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/tutorial.ron");
    let run = |args: &[&str]| std::process::Command::new(bin).args(args).output().expect("the game runs");
    let without_file = run(&["play", "--reload"]);
    assert_eq!(without_file.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&without_file.stderr).contains("<SCENARIO>"));
    let tutorial = tutorial.display().to_string();
    let headless = run(&["play", &tutorial, "--reload", "--headless"]);
    assert_eq!(headless.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&headless.stderr).contains("--headless"));
    let help = run(&["play", "--help"]);
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(help.contains("--reload") && help.contains("played again on the new version"), "{help}");
}

/// The real game in a real terminal (tmux): the file saved broken, then
/// saved well by renaming a new file over it, as editors do. Skipped when
/// tmux is not installed (CI installs it).
#[test]
fn the_real_game_follows_the_file_as_an_editor_saves_it() {
    use common::tmux::{Tmux, installed};
    if !installed("tmux", &["-V"]) {
        eprintln!("skipped: tmux is not installed");
        return;
    }
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("tutorial.ron");
    std::fs::write(&file, TUTORIAL).expect("the copy is written");
    let tmux = Tmux::new(dir.path());
    let script = format!(
        "'{}' play '{}' --reload --seats kesh=human,tarsa=ai,oru=ai --save-dir '{}'; exec sleep 600",
        env!("CARGO_BIN_EXE_harmattan"),
        file.display(),
        dir.path().join("saves").display()
    );
    tmux.out(&["new-session", "-d", "-s", "game", "-x", "100", "-y", "30", "sh", "-c", &script]);
    tmux.wait_for("game", "Kesh");
    // Saved with a typo: its problem is shown, with its place in the file.
    std::fs::write(&file, TUTORIAL.replace(PATROL, r#"on_success: ["tarsa_south.securty += 30"]"#)).expect("written");
    let screen = tmux.wait_for("game", "Scenario not reloaded");
    assert!(screen.contains("tutorial.ron:"), "{screen}");
    tmux.keys("game", &["Escape"]);
    // Saved well, by renaming a new file over it.
    let swap = dir.path().join(".tutorial.ron.swp");
    std::fs::write(&swap, TUTORIAL.replace(PATROL, STRONGER)).expect("written");
    std::fs::rename(&swap, &file).expect("renamed over the scenario");
    tmux.wait_for("game", "Reloaded");
    tmux.keys("game", &["q", "y"]);
}

#[test]
fn the_umpire_screen_stays_and_a_ruling_follows_its_value_into_the_save() {
    use harmattan::engine::Slot;
    use harmattan::engine::umpire::{Intervention, Ruling};
    let mut m = Modder::with(|app| app.with_facilitator_code("TEST"));
    assert!(matches!(m.app.screen, Screen::Umpire { .. }));
    let session = m.app.session.as_mut().expect("a game");
    let set = Intervention::Set { slot: Slot::FactionVar(KESH, 0), value: 222 };
    session.rule(Ruling { turn: 1, intervention: set, reason: "a gift".into() }).expect("the ruling applies");
    // A new first faction value: Treasury moves to the second place.
    let morale = "faction: [\n            (id: \"morale\", name: \"Morale\", min: 0, max: 100, initial: 50),\n";
    m.save_in_place(&TUTORIAL.replacen("faction: [\n", morale, 1));
    assert!(matches!(m.app.screen, Screen::Umpire { .. }), "{:?}", m.app.screen);
    let session = m.app.session.as_ref().expect("the game goes on");
    let moved = Intervention::Set { slot: Slot::FactionVar(KESH, 1), value: 222 };
    assert_eq!(session.record.pending_rulings[0].intervention, moved);
    assert_eq!(session.state.faction_var(KESH, 1), 222);
    let saved = save::read(&m.save_file()).expect("the save reads");
    assert_eq!(&*saved.save.scenario, session.scenario.source);
    assert_eq!(save::replay(&saved), Ok(0));
}

#[test]
fn a_deleted_file_only_says_so_and_the_game_goes_on() {
    let mut m = Modder::new();
    m.play_until_turn_of(KESH);
    let before = m.app.session.as_ref().expect("a game").record.clone();
    std::fs::remove_file(&m.file).expect("removed");
    m.settle_and_reload();
    assert!(m.app.status.as_deref().is_some_and(|s| s.contains("is gone")), "{:?}", m.app.status);
    assert!(m.app.reload.is_none());
    assert_eq!(m.app.session.as_ref().expect("the game goes on").record, before);
    // Saved again, it is read again.
    m.save_in_place(&TUTORIAL.replace(PATROL, STRONGER));
    assert!(m.app.status.as_deref().is_some_and(|s| s.starts_with("Reloaded")), "{:?}", m.app.status);
}

#[test]
fn an_edit_to_the_translation_in_the_games_language_reloads_and_shows_it() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("tutorial.ron");
    std::fs::write(&file, TUTORIAL).expect("the copy is written");
    let i18n = dir.path().join("i18n");
    std::fs::create_dir(&i18n).expect("the i18n folder");
    let french = std::fs::read_to_string("scenarios/i18n/tutorial.fr.ron").expect("the French tutorial");
    let translation = i18n.join("tutorial.fr.ron");
    std::fs::write(&translation, &french).expect("the translation is written");
    let lang = harmattan::i18n::Lang::Fr;
    let mut watched = Watched::start(&file, None, lang).expect("the folders can be watched");
    let mut app = App::new(single(scenario::read_in(&file, None, lang).expect("readable")), PLAIN).with_lang(lang);

    // Another language's translation is not the game's: no reload.
    std::fs::write(i18n.join("tutorial.ar.ron"), "(language: \"ar\", texts: {})").expect("written");
    assert!(matches!(watched.next(Some(Duration::from_millis(400))), Ok(None)));

    let title = scenario::read_in(&file, None, lang).expect("readable").scenario.expect("loads").meta.title;
    assert_eq!(title, "La route du sel (tutoriel)");
    let renamed = french.replacen(&format!("\"title\": \"{title}\""), "\"title\": \"Le tutoriel, revu\"", 1);
    assert_ne!(renamed, french, "the French title is `{title}`");
    std::fs::write(&translation, renamed).expect("the translation is edited");
    match watched.next(Some(Duration::from_secs(10))) {
        Ok(Some(Wake::FileChanged)) => watched.reload(&mut app),
        other => panic!("the watcher did not report the edit: {other:?}"),
    }
    let shown = app.catalog.first().and_then(|e| e.loaded.scenario.as_ref()).map(|s| s.meta.title.clone());
    assert_eq!(shown.as_deref(), Some("Le tutoriel, revu"));
}
