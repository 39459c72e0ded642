//! A hosted game's news in each seat's language: the default scenario
//! hosted in English, Mali reading French and Algeria Arabic. After a turn,
//! each team's results and news are the engine's own sentences in its
//! language (the game re-played on the translated scenario), the projector's
//! in the host's, and a secret order nobody found out stays hidden in every
//! language. No network: the seats read the table as they do over SSH.

mod common;

use std::sync::Arc;
use std::time::Instant;

use common::screen;
use harmattan::engine::{EntryKind, FactionOrders, Order, TurnReport};
use harmattan::host::langs;
use harmattan::host::table::{Command, Invite, Shared, Table};
use harmattan::i18n::Lang;
use harmattan::scenario::{DEFAULT, Scenario};
use harmattan::tui::app::App;
use harmattan::tui::session::{Seat, Session};
use harmattan::tui::theme::Theme;

const FILE: &str = "scenarios/fuel-and-sovereignty.ron";

fn clock() -> u64 {
    1_767_603_600_000
}

/// The default scenario in English, its secret orders never found out (so
/// that what stays hidden is known in advance).
fn scenario() -> Scenario {
    let text = DEFAULT.replace(r#"Secret("35")"#, r#"Secret("0")"#).replace(r#"Secret("40")"#, r#"Secret("0")"#);
    let loaded = harmattan::scenario::load_beside(std::path::Path::new(FILE), text.as_bytes(), None, Lang::En);
    let scenario = loaded.scenario.expect("the default scenario loads");
    assert_eq!(scenario.lang, Lang::En);
    scenario
}

/// The game hosted in English, every language's scenario on offer, Mali
/// reading French and Algeria Arabic.
fn room() -> Arc<Shared> {
    let scn = scenario();
    let seats = scn.factions.iter().map(|f| f.playable.then_some(Seat::Human)).collect();
    let session = Session::new(FILE, scn, 11, seats, "2026-12-02T09-00-00".into());
    let mut table = Table::new(session, None, None).with_lang(Lang::En);
    for (lang, translated) in langs::translations(FILE, &table.session.scenario) {
        assert_eq!(translated.lang, lang, "the default scenario is translated into {lang}");
        assert!(table.add_translation(lang, translated), "{lang}: the same game");
    }
    table.preset_langs("mali=fr,algeria=ar").expect("seat languages");
    Shared::new(table, Invite::default(), clock)
}

fn place(shared: &Shared, name: &str) -> usize {
    shared.lock().places.iter().position(|p| p.name == name).expect("seat")
}

fn orders(list: &[Order]) -> FactionOrders {
    FactionOrders { orders: list.to_vec(), answers: Vec::new() }
}

/// Turn 1: Mali rations fuel (the scenario's own news line), asks Niger for
/// fuel (the engine's sentence for a proposal) and sends an ambassador who
/// is already there (refused, with the scenario's reason); Niger sells fuel
/// on the side in secret; Algeria gives no orders.
fn play_turn_one(shared: &Shared) {
    shared.apply(place(shared, "umpire"), Command::Start).expect("start");
    let mali =
        [Order::new("ration_fuel"), Order::at("ask_niger_fuel", "niger"), Order::at("restore_ambassador", "algeria")];
    shared.apply(place(shared, "mali"), Command::Confirm(orders(&mali))).expect("mali");
    shared.apply(place(shared, "algeria"), Command::Confirm(orders(&[]))).expect("algeria");
    shared.apply(place(shared, "niger"), Command::Confirm(orders(&[Order::new("informal_sales")]))).expect("niger");
    assert_eq!(shared.lock().session.record.turns.len(), 1, "the turn resolved");
}

/// The news lines of a seat's report of turn 1.
fn news_of(shared: &Shared, name: &str) -> Vec<String> {
    let view = shared.view(place(shared, name)).expect("view");
    let report: &TurnReport = &view.session.record.turns[0].report;
    report.news(&view.session.scenario).map(|n| n.into_owned()).collect()
}

/// The same news lines as the game's own (English) report has them.
fn english_news(shared: &Shared) -> Vec<String> {
    let table = shared.lock();
    table.session.record.turns[0].report.news(&table.session.scenario).map(|n| n.into_owned()).collect()
}

#[test]
fn each_team_reads_the_turns_news_in_its_own_language() {
    let shared = room();
    play_turn_one(&shared);
    let english = english_news(&shared);
    assert!(english.iter().any(|n| n == "Mali rations fuel sales."), "{english:#?}");

    let mali = news_of(&shared, "mali");
    // The scenario's own line, from its French translation, and the engine's sentence for a proposal.
    assert!(mali.iter().any(|n| n == "Mali : la vente de carburant est rationnée."), "{mali:#?}");
    let proposal = harmattan::tr!(Lang::Fr, "game-news-proposal", from = "Mali", to = "Niger", action = "x");
    let proposal_start: String = proposal.chars().take_while(|c| *c != '«').collect();
    assert!(mali.iter().any(|n| n.starts_with(&proposal_start)), "{proposal_start:?} in {mali:#?}");
    // The refusal keeps the scenario's reason, in French.
    let view = shared.view(place(&shared, "mali")).expect("view");
    let refused: Vec<&str> = view.session.record.turns[0]
        .report
        .entries()
        .filter_map(|e| match &e.kind {
            EntryKind::Refused { reason, .. } => Some(reason.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(refused, ["Les ambassadeurs sont déjà en poste."]);
    for line in &mali {
        assert!(!english.contains(line) || line.chars().all(|c| !c.is_alphabetic()), "English line {line:?}");
    }

    let algeria = news_of(&shared, "algeria");
    assert!(!algeria.is_empty());
    for line in &algeria {
        assert!(line.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)), "not Arabic: {line:?}");
    }

    // The projector reads the host's language: the game's own lines, those every team may see.
    let projector = news_of(&shared, "projector");
    assert!(projector.iter().any(|n| n == "Mali rations fuel sales."), "{projector:#?}");
    assert!(projector.iter().all(|n| english.contains(n)), "{projector:#?}");
}

#[test]
fn the_results_screen_shows_the_news_in_the_seats_language() {
    let shared = room();
    play_turn_one(&shared);
    let mut mali = App::seat(shared.clone(), place(&shared, "mali"), Theme { colour: false }).expect("app");
    mali.clock_ms = clock;
    let shown = screen(&mut mali, 160, 60);
    assert!(shown.contains("la vente de carburant est rationnée."), "{shown}");
    assert!(!shown.contains("rations fuel sales"), "{shown}");
    let mut algeria = App::seat(shared.clone(), place(&shared, "algeria"), Theme { colour: false }).expect("app");
    algeria.clock_ms = clock;
    let shown = screen(&mut algeria, 160, 60);
    assert!(!shown.contains("rations fuel sales"), "{shown}");
}

#[test]
fn a_secret_order_nobody_found_out_stays_hidden_in_every_language() {
    let shared = room();
    play_turn_one(&shared);
    // The secret line as each language words it (the umpire sees the game's own).
    let umpire = news_of(&shared, "umpire");
    assert!(umpire.iter().any(|n| n.contains("sell its fuel informally")), "{umpire:#?}");
    let niger = shared.lock().session.scenario.faction_index("niger").expect("niger");
    for name in ["mali", "algeria", "projector"] {
        let view = shared.view(place(&shared, name)).expect("view");
        let report = &view.session.record.turns[0].report;
        let secret = report.entries().any(|e| matches!(&e.kind, EntryKind::Order { faction, .. } if *faction == niger));
        assert!(!secret, "{name} sees Niger's secret order");
        // The secret line as this seat's language words it, without the name it starts or ends with.
        let scn = &view.session.scenario;
        let template = scn.actions.iter().find(|a| a.id == "informal_sales").and_then(|a| a.news_success.clone());
        let template = template.expect("a news line");
        let words = template.split("{self}").max_by_key(|part| part.len()).unwrap_or_default().trim().to_string();
        assert!(words.chars().count() > 10, "{words:?}");
        let lines: Vec<String> = report.news(scn).map(|n| n.into_owned()).collect();
        assert!(lines.iter().all(|n| !n.contains(&words)), "{name}: {lines:#?}");
    }
    // Niger itself reads its own order (in English, its seat's language).
    assert!(news_of(&shared, "niger").iter().any(|n| n.contains("sell its fuel informally")));
}

#[test]
fn a_seat_switching_language_reads_the_same_turn_in_its_new_language() {
    let shared = room();
    play_turn_one(&shared);
    let niger = place(&shared, "niger");
    let english = news_of(&shared, "niger");
    shared.apply(niger, Command::Lang(niger, Lang::Fr)).expect("French");
    let french = news_of(&shared, "niger");
    assert_eq!(english.len(), french.len(), "the same lines");
    assert_ne!(english, french);
    let view = shared.view(niger).expect("view");
    let game = shared.lock().session.state.clone();
    assert_eq!(view.session.state.values(), game.values(), "the same game");
    assert!(shared.lock().log_in(Lang::En).iter().all(|l| !l.contains("told again")), "nothing went wrong");
}

/// How long telling a 12-turn game in French costs (the computer plays
/// every faction): a seat's view is remade once per change and language.
#[test]
fn telling_a_twelve_turn_game_again_is_cheap() {
    let scn = scenario();
    let seats =
        scn.factions.iter().map(|f| f.playable.then_some(Seat::Ai(harmattan::engine::ai::AiKind::Greedy))).collect();
    let mut session = Session::new(FILE, scn, 5, seats, "2026-12-02T09-00-00".into());
    while session.record.turns.len() < 12 && session.resolve().is_some() {}
    assert_eq!(session.record.turns.len(), 12, "twelve turns played");
    let french = Arc::new(
        harmattan::scenario::load_beside(
            std::path::Path::new(FILE),
            session.scenario.source.as_bytes(),
            None,
            Lang::Fr,
        )
        .scenario
        .expect("loads"),
    );
    let start = Instant::now();
    let runs = 20;
    for _ in 0..runs {
        assert!(harmattan::host::retold::retold(&session, french.clone()).is_some());
    }
    let each = start.elapsed() / runs;
    eprintln!("telling a 12-turn game in French: {each:?} each");
    // Generous, for a loaded machine and a debug build: what matters is that it is not seconds.
    assert!(each.as_millis() < 500, "{each:?}");
}
