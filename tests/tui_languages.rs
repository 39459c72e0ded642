//! The play screens in French and Arabic: every one drawn at 80×24 and
//! 120×40 and pinned with insta, the title screen's language key, and a
//! whole hot-seat game played in French in which no screen shows a
//! sentence of the program's own in English.

mod common;

use harmattan::engine::ai::AiKind;
use harmattan::i18n::Lang;
use harmattan::scenario::{DEFAULT, DEFAULT_NAME, TUTORIAL, load};
use harmattan::tui::app::{App, Entry, Screen, Then};
use harmattan::tui::catalog::single;
use harmattan::tui::input::Action;
use harmattan::tui::saves::Saving;
use harmattan::tui::session::Seat;
use harmattan::tui::theme::Theme;

const PLAIN: Theme = Theme { colour: false };
const SEED: u64 = 7;
const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];
const BROKEN: &str = include_str!("bad_scenarios/multi_unknown_names.ron");
const ENGLISH: &str = include_str!("../locales/en/screens.ftl");

fn tutorial() -> Vec<Entry> {
    single(load("scenarios/tutorial.ron", TUTORIAL.as_bytes()))
}

fn still() -> u64 {
    1_764_000_000_000
}

/// An app in `lang` whose clock stands still (save names and dates are the same on every run).
fn app_in(lang: Lang, entries: Vec<Entry>) -> App {
    let mut app = App::new(entries, PLAIN).with_lang(lang);
    app.clock_ms = still;
    app
}

fn three_teams() -> Option<Vec<Option<Seat>>> {
    Some(vec![Some(Seat::Human), Some(Seat::Human), Some(Seat::Human), None])
}

fn snap(app: &mut App, lang: Lang, name: &str) {
    for (w, h) in SIZES {
        insta::assert_snapshot!(format!("{lang}_{name}_{w}x{h}"), common::screen(app, w, h));
    }
}

fn press(app: &mut App, actions: &[Action]) {
    for &a in actions {
        app.update(a);
    }
}

/// `c`, and `y` when the turn screen asks because points or answers are left.
fn confirm(app: &mut App) {
    app.update(Action::Char('c'));
    if matches!(&app.screen, Screen::Turn(t) if t.confirming) {
        app.update(Action::Char('y'));
    }
}

/// Enter through hand-overs (and results) until a team's turn screen shows.
fn to_turn(app: &mut App) {
    for _ in 0..20 {
        if matches!(app.screen, Screen::Turn(_)) {
            return;
        }
        app.update(Action::Select);
    }
    panic!("no turn screen reached: {:?}", app.screen);
}

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

/// Every play screen in `lang`, from the title to the debrief, and the saves.
fn every_play_screen(lang: Lang) {
    let entries = [
        single(load(DEFAULT_NAME, DEFAULT.as_bytes())),
        tutorial(),
        single(load("mods/broken.ron", BROKEN.as_bytes())),
    ];
    let mut app = app_in(lang, entries.into_iter().flatten().collect());
    snap(&mut app, lang, "title");
    press(&mut app, &[Action::Down, Action::Down, Action::Select]);
    assert!(matches!(app.screen, Screen::Problems { .. }), "{:?}", app.screen);
    snap(&mut app, lang, "problems");

    let mut app = app_in(lang, tutorial()).open_first(SEED, None);
    snap(&mut app, lang, "seats");

    let mut app = app_in(lang, tutorial()).open_first(SEED, three_teams());
    assert!(matches!(app.screen, Screen::Handover { faction: 0, then: Then::Briefing }));
    snap(&mut app, lang, "handover_briefing");
    app.update(Action::Select);
    snap(&mut app, lang, "briefing");
    press(&mut app, &[Action::Select; 5]);
    assert!(matches!(app.screen, Screen::Handover { faction: 0, then: Then::Turn }), "{:?}", app.screen);
    snap(&mut app, lang, "handover_turn");
    app.update(Action::Select);
    snap(&mut app, lang, "overview");
    app.update(Action::Char('2'));
    snap(&mut app, lang, "diplomatic");
    press(&mut app, &[Action::Char('3'), Action::Select]);
    snap(&mut app, lang, "picker");
    press(&mut app, &[Action::Down, Action::Select, Action::Char('5')]);
    snap(&mut app, lang, "decisions");
    app.update(Action::Help);
    snap(&mut app, lang, "help");
    press(&mut app, &[Action::Back, Action::Quit]);
    snap(&mut app, lang, "quit");
    app.update(Action::Back);
    app.update(Action::Char('c'));
    snap(&mut app, lang, "confirm");
    app.update(Action::Char('y'));

    // Tarsa confirms nothing; Oru proposes the supply deal to Kesh.
    to_turn(&mut app);
    confirm(&mut app);
    to_turn(&mut app);
    press(&mut app, &[Action::Char('2'), Action::Select, Action::Select]);
    confirm(&mut app);
    assert!(matches!(app.screen, Screen::Resolution { .. }), "{:?}", app.screen);
    snap(&mut app, lang, "resolution");
    app.update(Action::Char('g'));
    snap(&mut app, lang, "history");
    app.update(Action::Back);

    // Turn 2, Kesh: the proposal to answer.
    to_turn(&mut app);
    app.update(Action::Char('5'));
    snap(&mut app, lang, "answer");
    play_to_the_end(&mut app);
    snap(&mut app, lang, "debrief");

    // A saved game to continue, listed in `lang`.
    let dir = tempfile::tempdir().expect("a temporary folder");
    let computers =
        vec![Some(Seat::Ai(AiKind::Greedy)), Some(Seat::Ai(AiKind::Random)), Some(Seat::Ai(AiKind::Greedy)), None];
    let mut game =
        app_in(lang, tutorial()).with_saving(Saving::new(dir.path().to_path_buf())).open_first(11, Some(computers));
    game.update(Action::Select);
    let mut app = app_in(lang, tutorial()).with_saving(Saving::new(dir.path().to_path_buf()));
    app.update(Action::Char('o'));
    assert!(matches!(app.screen, Screen::Saves { .. }), "{:?}", app.screen);
    for (w, h) in SIZES {
        // The first line names the temporary folder; the snapshot starts below it.
        let text = common::screen(&mut app, w, h);
        let (_, body) = text.split_once('\n').expect("a whole screen");
        insta::assert_snapshot!(format!("{lang}_saves_{w}x{h}"), body);
    }
}

#[test]
fn every_play_screen_in_french() {
    every_play_screen(Lang::Fr);
}

#[test]
fn every_play_screen_in_arabic() {
    every_play_screen(Lang::Ar);
}

#[test]
fn the_title_screen_switches_the_language_with_l_and_loads_the_scenarios_in_it() {
    let mut app = app_in(Lang::En, tutorial());
    let title = |app: &App| app.scenario().map(|s| s.meta.title.clone()).unwrap_or_default();
    let english = title(&app);
    let screen = common::screen(&mut app, 80, 24);
    // Arabic is drawn shaped, in visual order: the other two names are checked here.
    assert!(screen.contains("L [English] · Français · "), "{screen}");
    assert!(screen.contains("choose scenario"), "{screen}");
    app.update(Action::Char('L'));
    assert_eq!(app.lang, Lang::Fr);
    let screen = common::screen(&mut app, 80, 24);
    assert!(screen.contains("L English · [Français] · "), "{screen}");
    assert!(screen.contains("choisir le scénario") && !screen.contains("choose scenario"), "{screen}");
    assert_eq!(app.scenario().map(|s| s.lang), Some(Lang::Fr), "the scenario is loaded in French");
    assert_ne!(title(&app), english, "the scenario's title is French");
    app.update(Action::Char('L'));
    assert_eq!(app.lang, Lang::Ar);
    app.update(Action::Char('L'));
    assert_eq!(app.lang, Lang::En);
    assert_eq!(title(&app), english, "back in English");
    // The language line is a button too.
    let screen = common::screen(&mut app, 80, 24);
    let row = screen.lines().position(|l| l.contains("[English]")).expect("the language line");
    let column = screen.lines().nth(row).and_then(|l| l.find("[English]")).expect("on it");
    app.update(Action::Click(u16::try_from(column).unwrap_or(0), u16::try_from(row).unwrap_or(0)));
    assert_eq!(app.lang, Lang::Fr, "a click on the languages moves to the next");
}

/// The English catalogue's literal pieces of three words or more (the text
/// between placeholders, in every variant): what a screen would show of an
/// English sentence of the program's own.
fn english_fragments() -> Vec<String> {
    let mut fragments = Vec::new();
    for line in ENGLISH.lines().filter(|l| !l.starts_with('#')) {
        let text = match line.split_once(" = ") {
            Some((key, rest)) if !key.starts_with(' ') => rest,
            _ => line.trim_start(),
        };
        // A variant's key: `[one]`, `*[other]`.
        let text = match text.trim_start_matches('*').strip_prefix('[') {
            Some(rest) => rest.split_once(']').map_or(rest, |(_, after)| after),
            None => text,
        };
        let mut depth = 0;
        let mut piece = String::new();
        for c in text.chars().chain(['{']) {
            match c {
                '{' => {
                    if depth == 0 {
                        let words = piece.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count();
                        if words >= 3 {
                            fragments.push(piece.trim().to_string());
                        }
                        piece.clear();
                    }
                    depth += 1;
                }
                '}' => depth -= 1,
                _ if depth == 0 => piece.push(c),
                _ => {}
            }
        }
    }
    fragments
}

/// A screen's text with borders dropped and blanks collapsed, so a sentence
/// wrapped over rows reads whole.
fn flat(text: &str) -> String {
    let plain: String = text.chars().map(|c| if "│─┌┐└┘".contains(c) { ' ' } else { c }).collect();
    plain.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_hot_seat_game_in_french_shows_no_english_sentence_of_the_programs_own() {
    let fragments = english_fragments();
    assert!(fragments.len() > 200, "the English sentences are found ({})", fragments.len());
    assert!(fragments.iter().any(|f| f == "Pass the keyboard to"), "{fragments:?}");
    let short = TUTORIAL.replace("turns: 6", "turns: 2").replace("duration: 3", "duration: 1");
    let mut app = app_in(Lang::Fr, single(load("scenarios/tutorial.ron", short.as_bytes())));
    let mut screens: Vec<String> = Vec::new();
    let mut look = |app: &mut App| {
        for (w, h) in SIZES {
            screens.push(common::screen(app, w, h));
        }
    };
    look(&mut app);
    app.update(Action::Select);
    look(&mut app);
    app.update(Action::Char('s'));
    for _ in 0..400 {
        look(&mut app);
        match &app.screen {
            Screen::Debrief { .. } => break,
            Screen::Turn(t) if t.confirming => app.update(Action::Char('y')),
            Screen::Turn(_) => {
                // Every tab, its help, a row's preview and its target picker; then the charts.
                for tab in ['1', '2', '3', '4', '5'] {
                    app.update(Action::Char(tab));
                    look(&mut app);
                    press(&mut app, &[Action::Down, Action::Select]);
                    look(&mut app);
                    if matches!(&app.screen, Screen::Turn(t) if t.picker.is_some()) {
                        app.update(Action::Back);
                    }
                }
                app.update(Action::Help);
                look(&mut app);
                press(&mut app, &[Action::Back, Action::Char('g')]);
                look(&mut app);
                press(&mut app, &[Action::Back, Action::Char('c')]);
            }
            Screen::Resolution { .. } => {
                press(&mut app, &[Action::PageDown, Action::Char('g')]);
                look(&mut app);
                press(&mut app, &[Action::Back, Action::Select]);
            }
            _ => app.update(Action::Select),
        }
    }
    assert!(matches!(app.screen, Screen::Debrief { .. }), "the game ended: {:?}", app.screen);
    press(&mut app, &[Action::Char('g')]);
    look(&mut app);
    press(&mut app, &[Action::Back, Action::Quit]);
    look(&mut app);
    let mut found = Vec::new();
    for screen in &screens {
        let whole = flat(screen);
        for fragment in &fragments {
            // Scenario text is not the program's: a fragment the tutorial itself holds is its own.
            if whole.contains(fragment.as_str()) && !TUTORIAL.contains(fragment.as_str()) {
                found.push(format!("«{fragment}» on:\n{screen}"));
            }
        }
    }
    assert!(found.is_empty(), "English on French screens:\n{}", found.join("\n"));
}

/// The debrief's verdict labels are the program's words: in the reader's
/// language, even when the game's scenario speaks another (a seat reading
/// French in a game hosted in English).
#[test]
fn a_french_interface_on_an_english_scenario_labels_the_verdicts_in_french() {
    let mut app = app_in(Lang::En, tutorial()).open_first(SEED, three_teams());
    play_to_the_end(&mut app);
    app.lang = Lang::Fr;
    assert_eq!(app.scenario().map(|s| s.lang), Some(Lang::En), "the game speaks English");
    let screen = common::screen(&mut app, 120, 40);
    let french = ["objectifs atteints", "en partie atteints", "manqués"];
    assert!(french.iter().any(|label| screen.contains(&format!("/ 100 · {label}"))), "{screen}");
    for english in ["goals met", "partly met", "missed"] {
        assert!(!screen.contains(&format!("/ 100 · {english}")), "{screen}");
    }
}
