//! Facilitator mode in the interface: the umpire screen and its
//! interventions, the turn timer (with a fake clock), the projector view, and
//! the umpire screen's snapshots.

use std::cell::Cell;

mod common;

use harmattan::engine::ai::AiKind;
use harmattan::engine::report::Slot;
use harmattan::engine::state::EndReason;
use harmattan::tui::app::{App, Screen};
use harmattan::tui::catalog::single;
use harmattan::tui::input::Action;
use harmattan::tui::session::Seat;
use harmattan::tui::theme::Theme;
use harmattan::tui::timer::OnExpiry;
use harmattan::tui::view;

const PLAIN: Theme = Theme { colour: false };

fn tutorial_app(seats: Vec<Option<Seat>>) -> App {
    let entries = single(harmattan::scenario::load("scenarios/tutorial.ron", harmattan::scenario::TUTORIAL.as_bytes()));
    let mut app = App::new(entries, PLAIN);
    app.clock_ms = fixed_clock;
    app.with_facilitator_code(CODE).open_first(4, Some(seats))
}

/// 2026-01-05 09:00:00 UTC, for screens that show the time.
fn fixed_clock() -> u64 {
    1_767_603_600_000
}

/// The facilitator code of the test games.
const CODE: &str = "TEST42";

/// `U`, then the facilitator code and Enter.
fn open_umpire(app: &mut App) {
    app.update(Action::Char('U'));
    type_text(app, CODE);
    app.update(Action::Select);
}

/// Every playable faction played by a computer.
fn computers() -> Vec<Option<Seat>> {
    vec![Some(Seat::Ai(AiKind::Greedy)), Some(Seat::Ai(AiKind::Greedy)), Some(Seat::Ai(AiKind::Random)), None]
}

fn one_team() -> Vec<Option<Seat>> {
    vec![Some(Seat::Human), Some(Seat::Ai(AiKind::Greedy)), Some(Seat::Ai(AiKind::Random)), None]
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::Char(c));
    }
}

#[test]
fn facilitator_mode_opens_on_the_umpire_screen_and_u_asks_for_the_code() {
    let mut app = tutorial_app(one_team());
    assert!(matches!(app.screen, Screen::Umpire { .. }));
    assert!(common::screen(&mut app, 80, 24).contains("code TEST42"), "the code is shown at the start");
    app.update(Action::Back);
    assert!(matches!(app.screen, Screen::Handover { .. }), "Esc goes back to the game");
    assert!(!view::title_keys(&app).iter().any(|(k, _)| *k == "U"), "a team's hand-over does not list the umpire key");
    // A wrong code: refused, and recorded.
    app.update(Action::Char('U'));
    assert!(!common::screen(&mut app, 80, 24).contains("WRONG"), "the code typed is hidden");
    type_text(&mut app, "WRONG");
    assert!(!common::screen(&mut app, 80, 24).contains("WRONG"), "the code typed is hidden");
    app.update(Action::Select);
    assert!(matches!(app.screen, Screen::Handover { .. }), "a wrong code does not open the umpire screen");
    assert!(app.status.as_deref().is_some_and(|s| s.contains("Wrong facilitator code")));
    // The right one, in any case.
    app.update(Action::Char('U'));
    type_text(&mut app, "test42");
    app.update(Action::Select);
    assert!(matches!(app.screen, Screen::Umpire { .. }));
    let attempts = &app.session.as_ref().expect("game").record.umpire_access;
    assert_eq!(attempts.iter().map(|a| a.granted).collect::<Vec<_>>(), [false, true], "every attempt is recorded");
    let umpire = common::screen(&mut app, 120, 40);
    assert!(umpire.contains("1 with a wrong one"), "the umpire sees the attempts: {umpire}");
    assert!(umpire.contains("2026-01-05 09:00:00 UTC · ✗ wrong code"), "{umpire}");

    let entries = single(harmattan::scenario::load("scenarios/tutorial.ron", harmattan::scenario::TUTORIAL.as_bytes()));
    let mut team_only = App::new(entries, PLAIN).open_first(4, Some(one_team()));
    team_only.update(Action::Char('U'));
    assert!(!matches!(team_only.screen, Screen::Umpire { .. }), "without --facilitator there is no umpire screen");
}

#[test]
fn adjusting_a_value_asks_for_it_and_a_reason_and_records_both() {
    let mut app = tutorial_app(one_team());
    app.update(Action::Char('4'));
    app.update(Action::Select); // Kesh · Treasury
    type_text(&mut app, "3q0");
    app.update(Action::Delete);
    app.update(Action::Delete);
    type_text(&mut app, "00");
    app.update(Action::Select);
    assert!(app.running, "q typed in a prompt is a letter");
    type_text(&mut app, "donor conference");
    app.update(Action::Select);
    let session = app.session.as_ref().expect("game");
    assert_eq!(session.state.get(Slot::FactionVar(0, 0)), 300);
    let ruling = session.record.pending_rulings.last().expect("recorded");
    assert_eq!(ruling.reason, "donor conference");

    app.update(Action::Char('n'));
    type_text(&mut app, "Talks in Niamey");
    app.update(Action::Select);
    app.update(Action::Back); // cancel the reason: nothing is sent
    assert_eq!(app.session.as_ref().expect("game").record.pending_rulings.len(), 1);
}

#[test]
fn undo_and_end_game_from_the_umpire_screen() {
    let mut app = tutorial_app(computers());
    app.update(Action::Back); // all computers: the first turn resolves
    assert!(matches!(app.screen, Screen::Resolution { .. }));
    let after_one = app.session.as_ref().expect("game").state.clone();
    app.update(Action::Select); // turn 2 resolves
    assert!(view::title_keys(&app).contains(&("U", "umpire screen".to_string())), "the results list the umpire key");
    open_umpire(&mut app);
    app.update(Action::Char('z'));
    type_text(&mut app, "replay it with the new rules explained");
    app.update(Action::Select);
    let session = app.session.as_ref().expect("game");
    assert_eq!(session.state, after_one, "back to the start of turn 2");
    assert_eq!(session.record.undone.len(), 1);

    app.update(Action::Char('E'));
    type_text(&mut app, "the bell rang");
    app.update(Action::Select);
    assert!(matches!(app.screen, Screen::Debrief { .. }));
    assert_eq!(app.session.as_ref().expect("game").state.ended, Some(EndReason::Umpire));
}

thread_local! {
    /// Each test's own fake clock: `cargo test` runs tests on threads of their own.
    static CLOCK: Cell<u64> = const { Cell::new(0) };
}

fn set_clock(ms: u64) {
    CLOCK.with(|c| c.set(ms));
}

fn fake_clock() -> u64 {
    CLOCK.with(Cell::get)
}

#[test]
fn when_time_runs_out_queued_orders_go_in_or_none_as_chosen_and_pauses_stop_the_clock() {
    for (on_expiry, expect_order) in [(OnExpiry::SubmitQueued, true), (OnExpiry::SubmitNothing, false)] {
        set_clock(1_000);
        let entries =
            single(harmattan::scenario::load("scenarios/tutorial.ron", harmattan::scenario::TUTORIAL.as_bytes()));
        let mut app = App::new(entries, PLAIN);
        app.clock_ms = fake_clock;
        let mut app = app
            .with_facilitator_code(CODE)
            .with_timer(std::time::Duration::from_secs(300), on_expiry)
            .open_first(4, Some(one_team()));
        app.update(Action::Back); // umpire → hand-over (briefing)
        app.update(Action::Select); // briefing
        app.update(Action::Select); // hand-over (turn)
        app.update(Action::Select); // Kesh's turn
        app.update(Action::Char('4')); // security
        while !matches!(app.screen, Screen::Turn(ref t) if !t.draft.orders.is_empty()) {
            app.update(Action::Down);
            app.update(Action::Select);
            if let Screen::Turn(t) = &app.screen {
                if t.picker.is_some() {
                    app.update(Action::Select);
                }
            }
        }
        assert!(common::screen(&mut app, 100, 30).contains("⏱ 05:00"), "the countdown shows on the team's screen");

        // The umpire pauses: time passes without expiring.
        open_umpire(&mut app);
        app.update(Action::Char('p'));
        set_clock(1_000 + 600_000);
        app.update(Action::Tick);
        assert!(matches!(app.screen, Screen::Umpire { .. }));
        app.update(Action::Char('p'));
        app.update(Action::Back);

        set_clock(1_000 + 600_000 + 301_000);
        app.update(Action::Tick);
        assert!(matches!(app.screen, Screen::Resolution { .. }), "time's up resolves the turn");
        let session = app.session.as_ref().expect("game");
        let kesh_orders = session.record.turns[0].orders.of("kesh").map_or(0, |o| o.orders.len());
        assert_eq!(kesh_orders > 0, expect_order, "{on_expiry:?}");
    }
}

#[test]
fn the_projector_view_is_reachable_from_the_umpire_screen() {
    let mut app = tutorial_app(one_team());
    app.update(Action::Char('P'));
    assert!(matches!(app.screen, Screen::Projector { .. }));
    let text = common::screen(&mut app, 100, 30);
    assert!(!text.contains("Kesh is landlocked"), "no briefing on the projector");
    app.update(Action::Back);
    assert!(matches!(app.screen, Screen::Umpire { .. }));
}

#[test]
fn umpire_screen_snapshots() {
    let mut app = tutorial_app(computers());
    app.update(Action::Back);
    open_umpire(&mut app);
    for (w, h) in [(80, 24), (120, 40)] {
        for tab in ['1', '2', '3', '4', '5'] {
            app.update(Action::Char(tab));
            insta::assert_snapshot!(format!("umpire_tab{tab}_{w}x{h}"), common::screen(&mut app, w, h));
        }
    }
    app.update(Action::Char('n'));
    type_text(&mut app, "Talks in Niamey");
    insta::assert_snapshot!("umpire_prompt_80x24", common::screen(&mut app, 80, 24));
}

#[test]
fn the_orders_preview_shows_every_faction_and_rolls_no_dice() {
    let app = tutorial_app(one_team());
    let session = app.session.as_ref().expect("game");
    let rng_before = session.state.rng.clone();
    let rows = harmattan::tui::screens::umpire::previews(session, harmattan::i18n::Lang::En);
    for faction in ["Kesh", "Tarsa", "Oru"] {
        assert!(rows.iter().any(|r| r.starts_with(faction)), "{faction} missing");
    }
    assert!(rows.iter().any(|r| r.contains("Covert raid on bandits") && r.contains("50%")), "{rows:#?}");
    assert_eq!(session.state.rng, rng_before);
}

// ---- The turn timer in a class: nobody loses a turn unseen ----

const MINUTE: u64 = 60_000;

/// Two teams at one keyboard (Kesh, then Tarsa), a 5-minute timer, the class clock at `start`.
fn class_game(on_expiry: OnExpiry, start: u64) -> App {
    set_clock(start);
    let entries = single(harmattan::scenario::load("scenarios/tutorial.ron", harmattan::scenario::TUTORIAL.as_bytes()));
    let mut app = App::new(entries, PLAIN);
    app.clock_ms = fake_clock;
    let seats = vec![Some(Seat::Human), Some(Seat::Human), Some(Seat::Ai(AiKind::Greedy)), None];
    app.with_facilitator_code(CODE)
        .with_timer(std::time::Duration::from_secs(300), on_expiry)
        .open_first(4, Some(seats))
}

fn at(ms: u64, app: &mut App) {
    set_clock(ms);
    app.update(Action::Tick);
}

/// Queues the first available security order of the team at the keyboard.
fn queue_an_order(app: &mut App) {
    app.update(Action::Char('4'));
    for _ in 0..10 {
        if matches!(app.screen, Screen::Turn(ref t) if !t.draft.orders.is_empty()) {
            return;
        }
        app.update(Action::Select);
        if matches!(app.screen, Screen::Turn(ref t) if t.picker.is_some()) {
            app.update(Action::Select);
        }
        if matches!(app.screen, Screen::Turn(ref t) if t.draft.orders.is_empty()) {
            app.update(Action::Down);
        }
    }
}

#[test]
fn the_timer_waits_for_the_orders_and_stops_for_the_briefings_and_the_results() {
    let mut app = class_game(OnExpiry::SubmitQueued, 0);
    app.update(Action::Back); // umpire → Kesh's briefing hand-over
    at(20 * MINUTE, &mut app); // a long time reading briefings
    assert!(matches!(app.screen, Screen::Handover { .. }), "the briefings are not timed");
    app.update(Action::Select);
    at(25 * MINUTE, &mut app);
    app.update(Action::Select); // Tarsa's briefing hand-over
    app.update(Action::Select);
    app.update(Action::Select); // turn 1 opens: Kesh's hand-over
    let bar = common::screen(&mut app, 80, 24);
    assert!(bar.contains("⏱ 05:00"), "the full time when the orders open: {bar}");
    let saved = app.session.as_ref().and_then(|s| s.record.clock).expect("the countdown is saved for the projector");
    assert_eq!((saved.remaining_ms, saved.at_ms, saved.running()), (5 * MINUTE, 25 * MINUTE, true));
    for _ in 0..2 {
        app.update(Action::Select);
        app.update(Action::Char('c'));
        app.update(Action::Char('y'));
    }
    assert!(matches!(app.screen, Screen::Resolution { .. }), "{:?}", app.screen);
    at(60 * MINUTE, &mut app); // the room reads the results for half an hour
    assert!(matches!(app.screen, Screen::Resolution { .. }), "the results are not timed");
    assert!(!common::screen(&mut app, 80, 24).contains('⏱'), "no countdown while the results are read");
    assert_eq!(app.session.as_ref().and_then(|s| s.record.clock), None, "nor on the projector");
    app.update(Action::Select);
    assert!(common::screen(&mut app, 80, 24).contains("⏱ 05:00"), "turn 2's time starts with its orders");
}

#[test]
fn when_time_runs_out_every_team_that_has_not_had_the_keyboard_gets_a_last_call() {
    let mut app = class_game(OnExpiry::SubmitQueued, 0);
    app.update(Action::Back);
    for _ in 0..4 {
        app.update(Action::Select); // both briefings
    }
    app.update(Action::Select); // Kesh takes the keyboard at 0:00
    queue_an_order(&mut app);

    // One minute left: the room is warned, with a bell.
    at(4 * MINUTE + 1_000, &mut app);
    assert!(app.bell, "a bell rings at the one-minute warning");
    assert!(app.status.as_deref().is_some_and(|s| s.contains("One minute left")));
    assert!(common::screen(&mut app, 80, 24).contains("⏱ 00:59"));

    // Time is up while Kesh is at the keyboard: Kesh gives what it queued,
    // Tarsa (who never had the keyboard) still gets it.
    at(5 * MINUTE, &mut app);
    assert!(matches!(app.screen, Screen::Handover { faction: 1, .. }), "{:?}", app.screen);
    let handover = common::screen(&mut app, 80, 24);
    assert!(handover.contains("LAST CALL"), "{handover}");
    at(9 * MINUTE, &mut app); // walking to the keyboard does not eat the last call
    assert!(matches!(app.screen, Screen::Handover { faction: 1, .. }));
    app.update(Action::Select);
    assert!(matches!(app.screen, Screen::Turn(_)), "Tarsa has the keyboard");
    assert!(common::screen(&mut app, 80, 24).contains("Last call 01:00"));
    at(9 * MINUTE + 30_000, &mut app);
    assert!(common::screen(&mut app, 80, 24).contains("Last call 00:30"));
    at(10 * MINUTE + 1_000, &mut app);
    assert!(matches!(app.screen, Screen::Resolution { .. }), "{:?}", app.screen);

    // The turn's record says who ran out of time.
    let session = app.session.as_ref().expect("game");
    let record = &session.record.turns[0];
    assert!(record.orders.of("kesh").is_some_and(|o| !o.orders.is_empty()), "Kesh's queued order counts");
    let news: Vec<String> = record.report.news(&session.scenario).map(|n| n.into_owned()).collect();
    assert!(news.iter().any(|n| n.starts_with("Time ran out for Kesh: it gave the 1 order")), "{news:?}");
    assert!(news.iter().any(|n| n.starts_with("Time ran out for Tarsa: it gave no orders")), "{news:?}");
    let reasons: Vec<&str> = record.rulings.iter().map(|r| r.reason.as_str()).collect();
    assert_eq!(reasons, [harmattan::tui::timer::TIMED_OUT_REASON; 2]);
    let resolution = common::screen(&mut app, 120, 40);
    assert!(resolution.contains("Time ran out for Kesh"), "the resolution says so: {resolution}");
    let session = app.session.as_ref().expect("game");
    let loaded = harmattan::save::Loaded { save: session.record.clone(), scenario: (*session.scenario).clone() };
    assert_eq!(harmattan::save::replay(&loaded), Ok(1), "the game re-plays with its time-out notes");
    let report = harmattan::report::export(&loaded, harmattan::report::Format::Markdown);
    assert!(report.contains("## Ran out of time\n\n- Turn 1: Time ran out for Kesh"), "{report}");
    assert!(report.contains("- Turn 1: Time ran out for Tarsa"), "the report names who ran out of time");
    assert!(!report.contains("## Umpire decisions"), "the timer's notes are not the umpire's decisions");
}

#[test]
fn a_team_that_confirms_in_time_is_not_marked_and_the_bell_can_be_muted() {
    let mut app = class_game(OnExpiry::SubmitNothing, 0);
    if let Some(t) = &mut app.timer {
        t.muted = true;
    }
    app.update(Action::Back);
    for _ in 0..4 {
        app.update(Action::Select);
    }
    app.update(Action::Select); // Kesh
    app.update(Action::Char('c'));
    app.update(Action::Char('y'));
    at(4 * MINUTE + 30_000, &mut app);
    assert!(!app.bell, "muted: no bell");
    assert!(common::screen(&mut app, 80, 24).contains("One minute left"), "but the warning shows");
    at(5 * MINUTE, &mut app); // Tarsa's hand-over: it has not had the keyboard
    assert!(matches!(app.screen, Screen::Handover { faction: 1, .. }));
    app.update(Action::Select);
    app.update(Action::Char('c'));
    app.update(Action::Char('y'));
    let record = &app.session.as_ref().expect("game").record.turns[0];
    assert!(record.rulings.is_empty(), "nobody ran out of time: {:?}", record.rulings);
}

#[test]
fn the_umpire_can_mute_the_bell_and_pausing_pushes_no_key_off_the_bar() {
    let mut app = class_game(OnExpiry::SubmitQueued, 0);
    app.update(Action::Back);
    for _ in 0..4 {
        app.update(Action::Select);
    }
    open_umpire(&mut app);
    let bar = |app: &mut App| common::screen(app, 80, 24).lines().last().unwrap_or_default().to_string();
    app.update(Action::Char('m'));
    assert!(app.timer.as_ref().is_some_and(|t| t.muted));
    app.update(Action::Char('x'));
    let running = bar(&mut app);
    app.update(Action::Char('p'));
    app.update(Action::Char('x'));
    let paused = bar(&mut app);
    assert!(paused.contains("⏸ 05:00"), "{paused}");
    assert_eq!(running.replace('⏱', "⏸"), paused, "the same keys, paused or not");
}

// ---- The umpire screen ----

#[test]
fn the_facilitator_code_is_easy_to_read_aloud_and_new_each_game() {
    let codes: Vec<String> = (0..20).map(|_| harmattan::tui::screens::umpire::facilitator_code()).collect();
    for code in &codes {
        assert_eq!(code.len(), 6);
        assert!(!code.contains(['0', 'O', '1', 'l', 'I']), "{code}");
    }
    let mut unique = codes.clone();
    unique.sort();
    unique.dedup();
    assert!(unique.len() > 15, "{codes:?}");
    let entries = single(harmattan::scenario::load("scenarios/tutorial.ron", harmattan::scenario::TUTORIAL.as_bytes()));
    let app = App::new(entries, PLAIN).with_facilitator();
    assert!(app.umpire_code.is_some(), "a code is generated when none is chosen");
}

fn default_app() -> App {
    let entries =
        single(harmattan::scenario::load(harmattan::scenario::DEFAULT_NAME, harmattan::scenario::DEFAULT.as_bytes()));
    let seats = entries[0]
        .loaded
        .scenario
        .as_ref()
        .expect("loads")
        .factions
        .iter()
        .map(|f| f.playable.then_some(Seat::Human))
        .collect();
    App::new(entries, PLAIN).with_facilitator_code(CODE).open_first(4, Some(seats))
}

#[test]
fn the_adjust_list_filters_as_you_type_and_pages() {
    let mut app = default_app();
    app.update(Action::Char('4'));
    app.update(Action::PageDown);
    assert!(matches!(app.screen, Screen::Umpire { cursor: 10, .. }), "PgDn moves ten rows");
    app.update(Action::PageUp);
    app.update(Action::Char('/'));
    type_text(&mut app, "niamey fuel");
    let screen = common::screen(&mut app, 80, 24);
    let first = screen.lines().find(|l| l.starts_with('│')).unwrap_or_default();
    assert!(first.contains("Niamey") && first.contains("Fuel"), "{screen}");
    app.update(Action::Select);
    let prompt = app.prompt.as_ref().expect("asks for the value");
    assert!(prompt.label.contains("Niamey") && prompt.label.contains("from"), "{}", prompt.label);
    insta::assert_snapshot!("umpire_adjust_filtered_80x24", common::screen(&mut app, 80, 24));
}

#[test]
fn a_value_out_of_range_or_not_a_number_says_so_and_the_question_stays() {
    let mut app = tutorial_app(one_team());
    app.update(Action::Char('4'));
    app.update(Action::Down);
    app.update(Action::Select); // Kesh · Stability
    type_text(&mut app, "abc");
    app.update(Action::Select);
    let prompt = app.prompt.as_ref().expect("still asking");
    assert!(prompt.error.as_deref().is_some_and(|e| e.contains("not a whole number")), "{prompt:?}");
    assert!(common::screen(&mut app, 80, 24).contains("not a whole number"));
    for _ in 0..3 {
        app.update(Action::Delete);
    }
    type_text(&mut app, "999");
    app.update(Action::Select);
    let prompt = app.prompt.as_ref().expect("still asking");
    assert!(
        prompt.error.as_deref().is_some_and(|e| e.contains("out of range") && e.contains("from 0 to 100")),
        "{prompt:?}"
    );
    for _ in 0..3 {
        app.update(Action::Delete);
    }
    type_text(&mut app, "70");
    app.update(Action::Select);
    let label = app.prompt.as_ref().map(|p| p.label.clone()).unwrap_or_default();
    assert_eq!(label, "Reason for setting Kesh · Stability to 70:", "a value in range goes on, naming the change");
}

#[test]
fn every_umpire_key_is_listed_and_a_long_status_is_never_cut() {
    let mut app = tutorial_app(one_team());
    let keys: Vec<&str> = view::title_keys(&app).iter().map(|(k, _)| *k).collect();
    for key in ["Esc", "Tab/1-5", "Enter", "↑↓ PgUp/PgDn", "n", "z", "E", "p", "m", "r", "P"] {
        assert!(keys.contains(&key), "{key} missing from {keys:?}");
    }
    app.update(Action::Char('4'));
    assert!(view::title_keys(&app).iter().any(|(k, _)| *k == "/"), "the search key on the Adjust tab");
    app.status = Some(
        "Not done: this is a long message that says exactly what went wrong and what to do about it, \
         which used to be cut off at the edge of an 80-column screen"
            .into(),
    );
    let screen = common::screen(&mut app, 80, 24);
    let flat = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("cut off at the edge of an 80-column screen"), "{screen}");
}

#[test]
fn a_last_call_ends_when_its_team_confirms_and_never_cuts_it_off_afterwards() {
    let seats = vec![Some(Seat::Human), Some(Seat::Human), Some(Seat::Human), None];
    set_clock(0);
    let entries = single(harmattan::scenario::load("scenarios/tutorial.ron", harmattan::scenario::TUTORIAL.as_bytes()));
    let mut app = App::new(entries, PLAIN);
    app.clock_ms = fake_clock;
    let mut app = app
        .with_facilitator_code(CODE)
        .with_timer(std::time::Duration::from_secs(300), OnExpiry::SubmitQueued)
        .open_first(4, Some(seats));
    app.update(Action::Back);
    for _ in 0..6 {
        app.update(Action::Select); // three briefings
    }
    at(5 * MINUTE, &mut app); // time is up before anyone took the keyboard
    for (faction, minute) in [(0, 6), (1, 8)] {
        assert!(matches!(app.screen, Screen::Handover { faction: f, .. } if f == faction), "{:?}", app.screen);
        app.update(Action::Select);
        queue_an_order(&mut app);
        app.update(Action::Char('c'));
        app.update(Action::Char('y'));
        at(minute * MINUTE, &mut app); // the next team takes its time to come
    }
    assert!(matches!(app.screen, Screen::Handover { faction: 2, .. }), "{:?}", app.screen);
    let session = app.session.as_ref().expect("game");
    assert!(session.orders.of("kesh").is_some_and(|o| !o.orders.is_empty()), "Kesh's confirmed orders stand");
    assert!(session.orders.of("tarsa").is_some_and(|o| !o.orders.is_empty()), "Tarsa's confirmed orders stand");
    assert!(session.record.pending_rulings.is_empty(), "nobody ran out of time");
}

#[test]
fn the_terminal_cursor_follows_the_chosen_row_of_the_umpire_lists() {
    let mut app = tutorial_app(one_team());
    app.update(Action::Char('3')); // the events list
    let (_, first) = common::render_with_cursor(&mut app, 120, 40);
    app.update(Action::Down);
    let (buffer, second) = common::render_with_cursor(&mut app, 120, 40);
    let (first, second) = (first.expect("a visible cursor"), second.expect("a visible cursor"));
    assert_eq!((second.x, second.y), (first.x, first.y + 1), "one row down");
    let row: String = (0..buffer.area.width).map(|x| buffer[(x, second.y)].symbol().to_string()).collect();
    let chosen = buffer[(second.x, second.y)].style().add_modifier;
    assert_eq!(chosen, app.theme.selected().add_modifier, "the cursor is on the highlighted row: {row}");
}

#[test]
fn a_random_event_on_the_results_screen_says_it_happens_not_that_it_succeeded() {
    use harmattan::engine::report::EntryKind;
    let mut app = tutorial_app(computers());
    app.update(Action::Back); // all computers: the first turn resolves
    let mut events = 0;
    while matches!(app.screen, Screen::Resolution { .. }) {
        let shown = common::screen(&mut app, 160, 300);
        let session = app.session.as_ref().expect("game");
        let report = &session.record.turns.last().expect("a turn was played").report;
        for e in report.entries() {
            if let (EntryKind::Event { roll: Some(r), .. }, Some(news)) = (&e.kind, e.news(&session.scenario)) {
                events += 1;
                let said = format!("{news} (rolled {} against {}%: it happens)", r.roll, r.chance);
                assert!(r.success && shown.contains(&said), "{said}\n{shown}");
            }
        }
        app.update(Action::Select);
    }
    assert!(events > 0, "the tutorial rolls at least one event");
}

#[test]
fn an_event_brought_in_mid_turn_is_answered_in_words_on_the_results_screen() {
    use harmattan::engine::umpire::{Intervention, Ruling};
    let mut app = tutorial_app(computers());
    app.update(Action::Back); // all computers: the first turn resolves
    let session = app.session.as_mut().expect("game");
    let turn = session.state.turn;
    let inject = Intervention::Inject { event: "border_incident".into() };
    session.rule(Ruling { turn, intervention: inject, reason: "to test".into() }).expect("brought in");
    app.update(Action::Select); // this turn resolves, its question answered by the computer
    assert!(matches!(app.screen, Screen::Resolution { .. }), "{:?}", app.screen);
    let shown = common::screen(&mut app, 160, 60);
    assert!(!shown.contains("answers request #"), "{shown}");
    assert!(shown.contains("answers “Incident at the border”: How does Tarsa respond?"), "{shown}");
}
