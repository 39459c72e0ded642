//! The hosted game's own screens, drawn by the same interface as every
//! other (TestBackend + insta): the facilitator's room, a team waiting for
//! the others, the projector before the start. No network: the seats'
//! interfaces read the table directly, as they do behind an SSH channel.

mod common;

use std::sync::Arc;

use common::screen;
use harmattan::engine::FactionOrders;
use harmattan::host::table::{Command, Invite, Shared, Table};
use harmattan::tui::app::App;
use harmattan::tui::input::Action;
use harmattan::tui::session::{Seat, Session};
use harmattan::tui::theme::Theme;

fn clock() -> u64 {
    1_800_000_000_000
}

/// A table of the tutorial with fixed codes, Kesh connected, Oru played by the computer.
fn shared() -> Arc<Shared> {
    let scn =
        harmattan::scenario::load("tutorial.ron", harmattan::scenario::TUTORIAL.as_bytes()).scenario.expect("tutorial");
    let seats = scn.factions.iter().map(|f| f.playable.then_some(Seat::Human)).collect();
    let mut table = Table::new(Session::new("tutorial.ron", scn, 7, seats, "2026-12-02T09-00-00".into()), None, None);
    for (i, place) in table.places.iter_mut().enumerate() {
        place.code = ["K7PM4Q", "T3WQ9B", "HX5ENR", "2N6HT5", "T2YFYS", "CNS0LE"][i].to_string();
    }
    let kesh = 0;
    table.join(kesh, "192.168.1.31");
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
    let mut app = App::seat(shared.clone(), place, Theme { colour: true }).expect("app");
    app.clock_ms = clock;
    app
}

#[test]
fn the_facilitators_room_lists_each_seat_its_command_code_and_state() {
    let shared = shared();
    let mut app = seat(&shared, "console");
    insta::assert_snapshot!("host_room_80x24", screen(&mut app, 80, 24));
    insta::assert_snapshot!("host_room_120x30", screen(&mut app, 120, 30));
}

#[test]
fn a_team_that_has_confirmed_sees_who_the_room_waits_for() {
    let shared = shared();
    let mut kesh = seat(&shared, "kesh");
    assert!(screen(&mut kesh, 80, 24).contains("You are in the Kesh seat."));
    let console = shared.lock().console();
    shared.apply(console, Command::Start).expect("start");
    kesh.sync();
    kesh.update(Action::Select);
    let mut tarsa = seat(&shared, "tarsa");
    tarsa.update(Action::Select);
    tarsa.update(Action::Char('c'));
    tarsa.update(Action::Char('y'));
    kesh.sync();
    insta::assert_snapshot!("host_team_told_80x24", screen(&mut kesh, 80, 24));
    insta::assert_snapshot!("host_team_waiting_80x24", screen(&mut tarsa, 80, 24));
    assert_eq!(shared.lock().session.orders.of("tarsa"), Some(&FactionOrders::default()));
}

#[test]
fn the_projector_says_who_has_joined_before_the_start() {
    let shared = shared();
    let mut projector = seat(&shared, "projector");
    let shown = screen(&mut projector, 100, 30);
    assert!(shown.contains("The game starts when every team has joined: ✓ Kesh  … Tarsa  ✓ Oru"), "{shown}");
}
