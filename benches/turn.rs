//! One turn of the tutorial and of synthetic scenarios at scale 1 and 10
//! (cost should grow linearly). It uses only the engine's oldest interface
//! (loading, a new game, the random AI, resolving a turn), so that
//! `tools/bench-pair` can time an earlier revision with this same code.

use std::hint::black_box;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use harmattan::engine::ai::{AiKind, decide};
use harmattan::engine::{GameState, TurnOrders, new_game, resolve_turn};
use harmattan::scenario::{Scenario, TUTORIAL, load, synthetic::synthetic};

fn scenario(name: &str, text: &str) -> Scenario {
    load(name, text.as_bytes()).scenario.unwrap_or_else(|| panic!("{name} must load"))
}

/// A mid-game state and the random AI's orders for it.
fn mid_game(scn: &Scenario) -> (GameState, TurnOrders) {
    let mut state = new_game(scn, 11);
    let orders_now = |state: &GameState| {
        let mut orders = TurnOrders::default();
        for (f, def) in scn.factions.iter().enumerate().filter(|(_, d)| d.playable) {
            orders.set(def.id.clone(), decide(scn, state, f, AiKind::Random));
        }
        orders
    };
    for _ in 0..2 {
        let orders = orders_now(&state);
        resolve_turn(scn, &mut state, &orders);
    }
    let orders = orders_now(&state);
    (state, orders)
}

fn bench_turn(c: &mut Criterion) {
    let mut group = c.benchmark_group("turn");
    for (name, text) in
        [("tutorial", TUTORIAL.to_string()), ("synthetic_1", synthetic(1)), ("synthetic_10", synthetic(10))]
    {
        let scn = scenario(name, &text);
        let (state, orders) = mid_game(&scn);
        group.bench_function(name, |b| {
            b.iter_batched(
                || state.clone(),
                // The state goes on to the next turn: dropped, with the
                // report, after the timing, as criterion drops what it returns.
                |mut s| {
                    let report = resolve_turn(&scn, &mut s, black_box(&orders));
                    black_box((s, report))
                },
                // A turn or two per batch. Small-input batches keep up to a
                // few hundred finished turns (about 30 KB each at scale 1) until
                // the batch ends, and the time then goes to the allocator
                // fetching fresh memory for each (realistic scenario: 24-29 µs
                // a turn against 18-19 µs in the same runs).
                BatchSize::LargeInput,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, bench_turn);
criterion_main!(benches);
