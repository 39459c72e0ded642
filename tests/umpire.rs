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
