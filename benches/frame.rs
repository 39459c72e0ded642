//! Drawing one frame of the turn screen at 200×60 (target: under 2 ms), on
//! the default scenario: the overview (map, gauges, news) and an actions tab
//! (list with availability and chances, and the detail preview).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use harmattan::scenario::{DEFAULT, DEFAULT_NAME};
use harmattan::tui::app::{App, Screen};
use harmattan::tui::catalog::single;
use harmattan::tui::input::Action;
use harmattan::tui::session::Seat;
use harmattan::tui::theme::Theme;
use harmattan::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The default scenario on the first human team's turn screen.
fn turn_screen() -> App {
    let entries = single(harmattan::scenario::load(DEFAULT_NAME, DEFAULT.as_bytes()));
    let seats = entries[0]
        .loaded
        .scenario
        .as_ref()
        .expect("the built-in scenario loads")
        .factions
        .iter()
        .map(|f| f.playable.then_some(Seat::Human))
        .collect();
    let mut app = App::new(entries, Theme { colour: true }).open_first(2025, Some(seats));
    for _ in 0..20 {
        if matches!(app.screen, Screen::Turn(_)) {
            return app;
        }
        app.update(Action::Select);
    }
    panic!("the turn screen was not reached");
}

fn frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame_200x60");
    for (name, key) in [("overview", '1'), ("actions", '2')] {
        let mut app = turn_screen();
        app.update(Action::Char(key));
        let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("the test backend never fails");
        group.bench_function(name, |b| {
            b.iter(|| {
                terminal
                    .draw(|f| {
                        black_box(view::draw(&app, f));
                    })
                    .expect("the test backend never fails");
            });
        });
    }
    group.finish();
}

criterion_group!(benches, frame);
criterion_main!(benches);
