//! The room's screens in French and Arabic at 80×24 and 120×40: the umpire
//! screen (each tab), the projector, the facilitator's room, a team's
//! waiting card and the seat set-up, each with the tutorial in the same
//! language; and a hosted room where each seat reads its own language.

mod common;

use std::path::Path;
use std::sync::Arc;

use common::screen;
use harmattan::engine::ai::AiKind;
use harmattan::host::langs;
use harmattan::host::table::{Command, Invite, Shared, Table};
use harmattan::i18n::Lang;
use harmattan::scenario::{Scenario, TUTORIAL};
use harmattan::tui::app::App;
use harmattan::tui::catalog::single;
use harmattan::tui::input::Action;
use harmattan::tui::session::{Seat, Session};
use harmattan::tui::theme::Theme;

const PLAIN: Theme = Theme { colour: false };
const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];
const LANGS: [Lang; 2] = [Lang::Fr, Lang::Ar];
const CODE: &str = "TEST42";

/// 2026-01-05 09:00:00 UTC, for screens that show the time.
fn clock() -> u64 {
    1_767_603_600_000
}

/// The tutorial with its texts in `lang` (its built-in translation).
fn tutorial_in(lang: Lang) -> harmattan::scenario::Loaded {
    harmattan::scenario::load_beside(Path::new("scenarios/tutorial.ron"), TUTORIAL.as_bytes(), None, lang)
}

fn scenario_in(lang: Lang) -> Scenario {
    let scenario = tutorial_in(lang).scenario.expect("the tutorial loads");
    assert_eq!(scenario.lang, lang, "the tutorial has a built-in {lang} translation");
    scenario
}

/// The tutorial in facilitator mode with every faction played by the computer, in `lang`.
fn facilitator_app(lang: Lang) -> App {
    let seats =
        vec![Some(Seat::Ai(AiKind::Greedy)), Some(Seat::Ai(AiKind::Greedy)), Some(Seat::Ai(AiKind::Random)), None];
    let mut app = App::new(single(tutorial_in(lang)), PLAIN).with_lang(lang);
    app.clock_ms = clock;
    app.with_facilitator_code(CODE).open_first(4, Some(seats))
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::Char(c));
    }
}

#[test]
fn the_umpire_screen_and_the_projector_in_french_and_arabic() {
    for lang in LANGS {
        let mut app = facilitator_app(lang);
        // Back to the game (the computers play turn 1), then the umpire screen with the code.
        app.update(Action::Back);
        app.update(Action::Char('U'));
        type_text(&mut app, CODE);
        app.update(Action::Select);
        for (w, h) in SIZES {
            for tab in ['1', '2', '3', '4', '5'] {
                app.update(Action::Char(tab));
                let shown = screen(&mut app, w, h);
                assert!(!shown.contains("UMPIRE") && !shown.contains("Orders preview"), "{lang} tab {tab}:\n{shown}");
                insta::assert_snapshot!(format!("umpire_tab{tab}_{lang}_{w}x{h}"), shown);
            }
        }
        app.update(Action::Char('P'));
        for (w, h) in SIZES {
            let shown = screen(&mut app, w, h);
            assert!(!shown.contains("Indicators") && !shown.contains("News"), "{lang}:\n{shown}");
            insta::assert_snapshot!(format!("projector_{lang}_{w}x{h}"), shown);
        }
    }
}

#[test]
fn a_teams_own_proposal_in_french_and_arabic() {
    for lang in LANGS {
        let mut app = facilitator_app(lang);
        app.update(Action::Char('a'));
        for _ in 0..2 {
            app.update(Action::Down);
        }
        insta::assert_snapshot!(format!("umpire_proposal_{lang}_80x24"), screen(&mut app, 80, 24));
    }
}

#[test]
fn the_seat_set_up_in_french_and_arabic() {
    for lang in LANGS {
        let mut app = App::new(single(tutorial_in(lang)), PLAIN).with_lang(lang).open_first(7, None);
        for (w, h) in SIZES {
            let shown = screen(&mut app, w, h);
            assert!(!shown.contains("Human team") && !shown.contains("Start the game"), "{lang}:\n{shown}");
            insta::assert_snapshot!(format!("seats_{lang}_{w}x{h}"), shown);
        }
    }
}

/// A hosted tutorial with fixed codes, every language's scenario on offer,
/// Kesh connected, Oru played by the computer; the host speaks `lang`.
fn room(lang: Lang) -> Arc<Shared> {
    let scn = scenario_in(lang);
    let seats = scn.factions.iter().map(|f| f.playable.then_some(Seat::Human)).collect();
    let session = Session::new("scenarios/tutorial.ron", scn, 7, seats, "2026-12-02T09-00-00".into());
    let mut table = Table::new(session, None, None).with_lang(lang);
    for (seat_lang, scenario) in langs::translations("scenarios/tutorial.ron", &table.session.scenario) {
        assert!(table.add_translation(seat_lang, scenario), "{seat_lang}: the same game");
    }
    for (i, place) in table.places.iter_mut().enumerate() {
        place.code = ["K7PM4Q", "T3WQ9B", "HX5ENR", "2N6HT5", "T2YFYS", "CNS0LE"][i].to_string();
    }
    table.join(0, "192.168.1.31");
    let invite = Invite {
        host: "192.168.1.20".into(),
        port: 2222,
        fingerprint: "SHA256:FPWx5J29i3vSRLy49PqhWatAnWrdCBF85eNiiEMm5qk".into(),
    };
    let shared = Shared::new(table, invite, clock);
    let console = shared.lock().console();
    shared.apply(console, Command::Seat(2, harmattan::host::table::STAND_IN)).expect("computer");
    shared
}

fn seat(shared: &Arc<Shared>, name: &str) -> App {
    let place = shared.lock().places.iter().position(|p| p.name == name).expect("seat");
    let mut app = App::seat(shared.clone(), place, PLAIN).expect("app");
    app.clock_ms = clock;
    app
}

#[test]
fn the_facilitators_room_in_french_and_arabic() {
    for lang in LANGS {
        let shared = room(lang);
        let mut console = seat(&shared, "console");
        for (w, h) in SIZES {
            let shown = screen(&mut console, w, h);
            assert!(!shown.contains("The room") && !shown.contains("waiting to join"), "{lang}:\n{shown}");
            insta::assert_snapshot!(format!("room_{lang}_{w}x{h}"), shown);
        }
    }
}

#[test]
fn a_team_waiting_in_french_and_arabic() {
    for lang in LANGS {
        let shared = room(lang);
        let mut kesh = seat(&shared, "kesh");
        for (w, h) in SIZES {
            let shown = screen(&mut kesh, w, h);
            assert!(!shown.contains("You are in"), "{lang}:\n{shown}");
            insta::assert_snapshot!(format!("waiting_before_{lang}_{w}x{h}"), shown);
        }
        let console = shared.lock().console();
        shared.apply(console, Command::Start).expect("start");
        let mut tarsa = seat(&shared, "tarsa");
        tarsa.update(Action::Select);
        tarsa.update(Action::Char('c'));
        tarsa.update(Action::Char('y'));
        for (w, h) in SIZES {
            let shown = screen(&mut tarsa, w, h);
            assert!(!shown.contains("Your orders"), "{lang}:\n{shown}");
            insta::assert_snapshot!(format!("waiting_confirmed_{lang}_{w}x{h}"), shown);
        }
    }
}

#[test]
fn a_seat_switches_its_language_with_l_and_keeps_it_when_it_comes_back() {
    let shared = room(Lang::En);
    let mut kesh = seat(&shared, "kesh");
    assert!(screen(&mut kesh, 80, 24).contains("You are in the Kesh seat."));
    kesh.update(Action::Char('L'));
    let shown = screen(&mut kesh, 80, 24);
    assert!(shown.contains("Votre place\u{202F}: Kesh."), "{shown}");
    // Another seat is not affected, and a reconnection finds the seat's language.
    assert!(screen(&mut seat(&shared, "tarsa"), 80, 24).contains("You are in the Tarsa seat."));
    assert!(screen(&mut seat(&shared, "kesh"), 80, 24).contains("Votre place\u{202F}: Kesh."));
    kesh.update(Action::Char('L'));
    assert_eq!(kesh.lang, Lang::Ar);
    kesh.update(Action::Char('L'));
    assert_eq!(kesh.lang, Lang::En, "back to English after the three");
    // The umpire sets a seat's language from the room: ←→ on its row.
    let mut console = seat(&shared, "console");
    console.update(Action::Down);
    console.update(Action::Right);
    let tarsa = shared.lock().places.iter().find(|p| p.name == "tarsa").map(|p| p.lang);
    assert_eq!(tarsa, Some(Lang::Fr));
    assert_eq!(console.lang, Lang::En, "the console's own language is unchanged");
    assert!(screen(&mut console, 80, 24).contains("T3WQ9B  fr"), "the room shows each seat's language");
}

#[test]
fn the_facilitator_presets_seat_languages_and_each_seat_reads_its_scenario_in_it() {
    let shared = room(Lang::En);
    shared.with(|t| t.preset_langs("kesh=fr, TARSA=ar")).expect("presets");
    let kesh = seat(&shared, "kesh");
    let tarsa = seat(&shared, "tarsa");
    assert_eq!((kesh.lang, tarsa.lang), (Lang::Fr, Lang::Ar));
    let name = |app: &App, f: usize| app.session.as_ref().map(|s| s.scenario.factions[f].name.clone());
    // The faction the computer plays as a bandit band, in each seat's words.
    assert_eq!(name(&kesh, 3).as_deref(), Some("Coupeurs de route"));
    assert_eq!(name(&tarsa, 3).as_deref(), Some("قطاع الطرق"));
    let error = shared.with(|t| t.preset_langs("chad=fr")).expect_err("no such seat");
    assert!(error.contains("chad") && error.contains("kesh, tarsa, oru, projector, umpire"), "{error}");
}
