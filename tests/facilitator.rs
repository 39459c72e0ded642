//! Facilitator mode in the interface: the umpire screen and its
//! interventions, the turn timer (with a fake clock), the projector view, and
//! the umpire screen's snapshots.

use std::sync::atomic::{AtomicU64, Ordering};

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
    App::new(entries, PLAIN).with_facilitator().open_first(4, Some(seats))
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
fn facilitator_mode_opens_on_the_umpire_screen_and_u_returns_to_it() {
    let mut app = tutorial_app(one_team());
    assert!(matches!(app.screen, Screen::Umpire { .. }));
    app.update(Action::Back);
    assert!(matches!(app.screen, Screen::Handover { .. }), "Esc goes back to the game");
    assert!(view::title_keys(&app).contains(&("U", "umpire screen")), "the key is shown in help");
    app.update(Action::Char('U'));
    assert!(matches!(app.screen, Screen::Umpire { .. }));

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
    let mut app = tutorial_app(vec![
        Some(Seat::Ai(AiKind::Greedy)),
        Some(Seat::Ai(AiKind::Greedy)),
        Some(Seat::Ai(AiKind::Random)),
        None,
    ]);
    app.update(Action::Back); // all computers: the first turn resolves
    assert!(matches!(app.screen, Screen::Resolution { .. }));
    let after_one = app.session.as_ref().expect("game").state.clone();
    app.update(Action::Select); // turn 2 resolves
    app.update(Action::Char('U'));
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

static CLOCK: AtomicU64 = AtomicU64::new(0);

fn fake_clock() -> u64 {
    CLOCK.load(Ordering::SeqCst)
}

#[test]
fn when_time_runs_out_queued_orders_go_in_or_none_as_chosen_and_pauses_stop_the_clock() {
    for (on_expiry, expect_order) in [(OnExpiry::SubmitQueued, true), (OnExpiry::SubmitNothing, false)] {
        CLOCK.store(1_000, Ordering::SeqCst);
        let entries =
            single(harmattan::scenario::load("scenarios/tutorial.ron", harmattan::scenario::TUTORIAL.as_bytes()));
        let mut app = App::new(entries, PLAIN);
        app.clock_ms = fake_clock;
        let mut app = app
            .with_facilitator()
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
        app.update(Action::Char('U'));
        app.update(Action::Char('p'));
        CLOCK.store(1_000 + 600_000, Ordering::SeqCst);
        app.update(Action::Tick);
        assert!(matches!(app.screen, Screen::Umpire { .. }));
        app.update(Action::Char('p'));
        app.update(Action::Back);

        CLOCK.store(1_000 + 600_000 + 301_000, Ordering::SeqCst);
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
    let mut app = tutorial_app(vec![
        Some(Seat::Ai(AiKind::Greedy)),
        Some(Seat::Ai(AiKind::Greedy)),
        Some(Seat::Ai(AiKind::Random)),
        None,
    ]);
    app.update(Action::Back);
    app.update(Action::Char('U'));
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
    let rows = harmattan::tui::screens::umpire::previews(session);
    for faction in ["Kesh", "Tarsa", "Oru"] {
        assert!(rows.iter().any(|r| r.starts_with(faction)), "{faction} missing");
    }
    assert!(rows.iter().any(|r| r.contains("Covert raid on bandits") && r.contains("50%")), "{rows:#?}");
    assert_eq!(session.state.rng, rng_before);
}
