//! The umpire's powers: each intervention changes the state as asked, is
//! recorded with its reason, survives save and load, re-plays exactly, and
//! appears in the after-action report; undo restores the exact previous state.

use harmattan::engine::ai::AiKind;
use harmattan::engine::report::{EntryKind, Slot};
use harmattan::engine::state::EndReason;
use harmattan::engine::umpire::{Intervention, Ruling};
use harmattan::report::{Format, export};
use harmattan::save::{self, Loaded};
use harmattan::scenario::{Scenario, TUTORIAL, load};
use harmattan::tui::session::{Seat, Session};

fn tutorial() -> Scenario {
    load("scenarios/tutorial.ron", TUTORIAL.as_bytes()).scenario.expect("the tutorial loads")
}

fn computer_game() -> Session {
    let seats =
        vec![Some(Seat::Ai(AiKind::Greedy)), Some(Seat::Ai(AiKind::Random)), Some(Seat::Ai(AiKind::Greedy)), None];
    Session::new("scenarios/tutorial.ron", tutorial(), 9, seats, save::timestamp(0))
}

fn ruling(turn: u32, intervention: Intervention, reason: &str) -> Ruling {
    Ruling { turn, intervention, reason: reason.into() }
}

fn round_trip(session: &Session) -> Loaded {
    let text = session.record.to_ron().expect("serialises");
    save::parse("game.ron", text.as_bytes()).expect("loads")
}

#[test]
fn every_kind_of_ruling_changes_the_game_is_recorded_and_replays() {
    let mut game = computer_game();
    game.rule(ruling(1, Intervention::Set { slot: Slot::FactionVar(0, 0), value: 300 }, "a donor conference"))
        .expect("set");
    assert_eq!(game.state.get(Slot::FactionVar(0, 0)), 300);
    game.rule(ruling(1, Intervention::News { text: "Talks open in Niamey".into() }, "scripted inject")).expect("news");
    game.resolve();
    game.rule(ruling(2, Intervention::Inject { event: "refinery_outage".into() }, "to test resilience"))
        .expect("inject");
    assert!(game.rule(ruling(2, Intervention::Inject { event: "nope".into() }, "x")).is_err());
    assert!(game.rule(ruling(2, Intervention::News { text: "x".into() }, " ")).is_err(), "a reason is required");
    game.resolve();

    assert_eq!(game.record.turns[0].rulings.len(), 2);
    assert_eq!(game.record.turns[1].rulings.len(), 1);
    let reported: Vec<String> = game.record.turns[0]
        .report
        .start
        .iter()
        .filter_map(|e| match &e.kind {
            EntryKind::Ruling { reason } => Some(reason.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(reported, ["a donor conference", "scripted inject"]);

    let loaded = round_trip(&game);
    assert_eq!(loaded.save, game.record, "rulings survive save and load");
    assert_eq!(save::replay(&loaded), Ok(2), "a save with rulings re-plays exactly");
    let report = export(&loaded, Format::Markdown);
    for text in ["a donor conference", "Talks open in Niamey", "to test resilience"] {
        assert!(report.contains(text), "the report shows `{text}`");
    }
}

#[test]
fn a_ruling_in_the_current_turn_is_saved_and_replayed_too() {
    let mut game = computer_game();
    game.resolve();
    game.rule(ruling(2, Intervention::Set { slot: Slot::Flag(0), value: 0 }, "ambassadors expelled")).expect("set");
    let loaded = round_trip(&game);
    assert_eq!(loaded.save.pending_rulings.len(), 1);
    assert_eq!(save::replay(&loaded), Ok(1));
    let resumed = Session::resume(loaded);
    assert_eq!(resumed.state, game.state);
}

#[test]
fn undo_restores_the_exact_state_before_the_turn_and_is_recorded() {
    let mut game = computer_game();
    game.resolve();
    game.rule(ruling(2, Intervention::Set { slot: Slot::RegionVar(1, 0), value: 99 }, "airlift")).expect("set");
    let before = game.state.clone();
    let orders_before = game.orders.clone();
    game.resolve();
    assert_ne!(game.state, before);
    assert!(game.undo("").is_err(), "a reason is required");
    assert_eq!(game.undo("a team misread the map"), Ok(2));
    assert_eq!(game.state, before, "back to the start of turn 2, with its ruling");
    assert_eq!(game.orders, orders_before, "computer seats decide again exactly as before");
    assert_eq!(game.record.turns.len(), 1);
    assert_eq!(game.record.undone.len(), 1);
    assert_eq!(game.record.undone[0].reason, "a team misread the map");

    // Re-running the turn gives the same result as the first time, and the save stays consistent.
    game.resolve();
    let loaded = round_trip(&game);
    assert_eq!(save::replay(&loaded), Ok(2));
    assert!(export(&loaded, Format::Markdown).contains("a team misread the map"), "the report shows the undo");
}

#[test]
fn ending_the_game_early_goes_to_the_scores_and_is_recorded() {
    let mut game = computer_game();
    game.resolve();
    game.rule(ruling(2, Intervention::EndGame, "out of time")).expect("ends");
    assert_eq!(game.state.ended, Some(EndReason::Umpire));
    assert_eq!(game.record.turns.len(), 2);
    let loaded = round_trip(&game);
    assert_eq!(save::replay(&loaded), Ok(2));
    assert!(export(&loaded, Format::Markdown).contains("out of time"));
}

fn proposal(faction: usize, chance: i64) -> Intervention {
    Intervention::Proposal {
        faction,
        proposal: "Ask Oru to open the river road to our fuel trucks".into(),
        chance,
        on_success: vec![(Slot::RegionVar(1, 0), 6), (Slot::FactionVar(0, 1), 2)],
        on_failure: vec![(Slot::Relation(0, 2), -5)],
    }
}

#[test]
fn a_proposal_is_rolled_saved_and_replays_to_the_identical_game() {
    let mut game = computer_game();
    game.rule(ruling(1, proposal(0, 40), "Oru needs the business")).expect("rolled");
    assert!(game.rule(ruling(1, proposal(0, 40), "  ")).is_err(), "a reason is required");
    game.resolve();
    game.rule(ruling(2, proposal(1, 100), "a sure thing")).expect("rolled");
    let sentence = game.state.start_log.last().and_then(|e| e.written.clone()).expect("recorded in words");
    assert!(
        sentence.starts_with("Tarsa proposed: “Ask Oru to open the river road to our fuel trucks.” "),
        "{sentence}"
    );
    assert!(sentence.contains("judged it 100% likely") && sentence.contains("it succeeded"), "{sentence}");

    let loaded = round_trip(&game);
    assert_eq!(loaded.save, game.record, "the proposals survive save and load");
    assert_eq!(loaded.save.pending_rulings.len(), 1);
    assert_eq!(save::replay(&loaded), Ok(1), "a save with proposals re-plays exactly");
    let resumed = Session::resume(loaded.clone());
    assert_eq!(resumed.state, game.state, "the same dice, the same game");

    let first = game.record.turns[0].report.start.iter().rev().find_map(|e| match &e.kind {
        EntryKind::Ruling { reason } if reason == "Oru needs the business" => e.written.clone(),
        _ => None,
    });
    let first = first.expect("turn 1's proposal is in its report");
    assert!(first.starts_with("Kesh proposed: "), "{first}");
    for format in [Format::Markdown, Format::Html] {
        let report = export(&loaded, format);
        assert!(report.contains("Oru needs the business") && report.contains("a sure thing"), "{report}");
        assert!(report.contains("judged it 40% likely; the roll was"), "the report says what happened: {report}");
        assert!(report.contains("Northern Kesh · Fuel stock +6 days"), "{report}");
    }
}

mod common;

/// `U`'s code for the interface tests.
const CODE: &str = "TEST42";

fn facilitator_app() -> harmattan::tui::app::App {
    use harmattan::tui::catalog::single;
    let entries = single(load("scenarios/tutorial.ron", TUTORIAL.as_bytes()));
    let seats = vec![Some(Seat::Human), Some(Seat::Ai(AiKind::Greedy)), Some(Seat::Ai(AiKind::Random)), None];
    let theme = harmattan::tui::theme::Theme { colour: false };
    harmattan::tui::app::App::new(entries, theme).with_facilitator_code(CODE).open_first(4, Some(seats))
}

fn type_text(app: &mut harmattan::tui::app::App, text: &str) {
    for c in text.chars() {
        app.update(harmattan::tui::input::Action::Char(c));
    }
}

/// Fills the proposal form as a facilitator would: Tarsa, the words, 35%,
/// Northern Kesh's fuel +6 on success (picked from the Adjust list by a
/// search), the Kesh–Tarsa relation -5 on failure, a reason.
fn fill_the_form(app: &mut harmattan::tui::app::App) {
    use harmattan::tui::input::Action::*;
    app.update(Char('a'));
    app.update(Right); // Tarsa
    app.update(Down);
    type_text(app, "Ask Oru to open the river road; q and h are letters here");
    app.update(Down);
    for _ in 0..3 {
        app.update(Left); // 50% → 35%
    }
    app.update(Down);
    app.update(Select); // pick a value for success: the Adjust list
    app.update(Char('/'));
    type_text(app, "northern fuel stock");
    app.update(Select);
    type_text(app, "+6");
    app.update(Select);
    app.update(Down);
    app.update(Select); // and one for failure
    app.update(Char('/'));
    type_text(app, "kesh–tarsa");
    app.update(Select);
    type_text(app, "-5");
    app.update(Select);
    app.update(Down);
    type_text(app, "Oru wants the transit fees");
}

#[test]
fn the_proposal_form_picks_values_previews_and_rolls_once() {
    use harmattan::tui::app::{FormField, FormStep, Screen};
    use harmattan::tui::input::Action;
    let mut app = facilitator_app();
    assert!(matches!(app.screen, Screen::Umpire { .. }));
    fill_the_form(&mut app);
    assert!(app.running, "q typed in the form is a letter");
    let form = app.proposal.clone().expect("a draft");
    assert_eq!((form.faction, form.chance, form.field), (1, 35, FormField::Reason));
    assert_eq!(form.on_success, [(Slot::RegionVar(1, 0), 6)]);
    assert_eq!(form.on_failure, [(Slot::Relation(0, 1), -5)]);
    insta::assert_snapshot!("proposal_form_80x24", common::screen(&mut app, 80, 24));

    // Esc closes it and keeps the draft; `a` opens it again.
    app.update(Action::Back);
    assert!(!common::screen(&mut app, 80, 24).contains("matrix option"));
    app.update(Action::Char('a'));
    assert_eq!(app.proposal.as_ref().map(|f| f.text.clone()), Some(form.text.clone()));

    app.update(Action::Down); // the preview button
    app.update(Action::Select);
    assert_eq!(app.proposal.as_ref().map(|f| f.step.clone()), Some(FormStep::Preview));
    assert!(app.session.as_ref().expect("game").record.pending_rulings.is_empty(), "nothing rolled before Enter");
    insta::assert_snapshot!("proposal_preview_80x24", common::screen(&mut app, 80, 24));

    app.update(Action::Select);
    let session = app.session.as_ref().expect("game");
    let ruling = session.record.pending_rulings.last().expect("recorded");
    assert_eq!(ruling.intervention, form.intervention());
    assert_eq!(ruling.reason, "Oru wants the transit fees");
    let shown = common::screen(&mut app, 80, 24);
    assert!(shown.contains("Tarsa proposed:") && shown.contains("the roll was"), "{shown}");
    app.update(Action::Select);
    assert!(app.proposal.is_none(), "rolled once: the draft is gone");
    assert_eq!(app.session.as_ref().expect("game").record.pending_rulings.len(), 1);
}

#[test]
fn the_form_refuses_a_proposal_without_a_change_or_a_reason_and_says_why() {
    use harmattan::tui::app::FormStep;
    use harmattan::tui::input::Action;
    let mut app = facilitator_app();
    app.update(Action::Char('a'));
    app.update(Action::Down);
    type_text(&mut app, "Bribe the bandits");
    for _ in 0..5 {
        app.update(Action::Down);
    }
    app.update(Action::Select);
    let form = app.proposal.clone().expect("a draft");
    assert_eq!(form.step, FormStep::Editing);
    assert_eq!(form.error.as_deref(), Some("say what changes if it succeeds"));
    assert!(common::screen(&mut app, 80, 24).contains("✗ say what changes if it succeeds"));
}

#[test]
fn a_hosted_umpire_seat_sends_the_proposal_through_the_table() {
    use harmattan::host::table::{Command, Invite, Shared, Table};
    use harmattan::tui::input::Action;
    let scn = tutorial();
    let seats = scn.factions.iter().map(|f| f.playable.then_some(Seat::Human)).collect();
    let table = Table::new(Session::new("tutorial.ron", scn, 7, seats, "2026-12-02T09-00-00".into()), None, None);
    let invite = Invite { host: "127.0.0.1".into(), port: 2222, fingerprint: "SHA256:x".into() };
    let shared = Shared::new(table, invite, || 1_800_000_000_000);
    let console = shared.lock().console();
    shared.apply(console, Command::Start).expect("start");
    let place = shared.lock().places.iter().position(|p| p.name == "umpire").expect("an umpire seat");
    let mut app = harmattan::tui::app::App::seat(shared.clone(), place, harmattan::tui::theme::Theme { colour: false })
        .expect("app");
    app.sync();
    fill_the_form(&mut app);
    app.update(Action::Down);
    app.update(Action::Select);
    app.update(Action::Select);
    let host = shared.lock();
    let ruling = host.session.record.pending_rulings.last().expect("the host has it");
    assert!(matches!(ruling.intervention, Intervention::Proposal { faction: 1, chance: 35, .. }));
    assert_eq!(app.session.as_ref().map(|s| &s.state.start_log), Some(&host.session.state.start_log));
}
