//! Complete AI-vs-AI games with each AI, on the tutorial and the default
//! scenario (games per second per core). One turn at a time: `benches/turn.rs`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use harmattan::engine::ai::AiKind;
use harmattan::scenario::{Scenario, TUTORIAL, load};
use harmattan::sim::{SimConfig, play_game};

fn scenario(name: &str, text: &str) -> Scenario {
    load(name, text.as_bytes()).scenario.unwrap_or_else(|| panic!("{name} must load"))
}

fn bench_games(c: &mut Criterion) {
    let mut group = c.benchmark_group("game");
    group.throughput(Throughput::Elements(1));
    let tutorial = scenario("tutorial", TUTORIAL);
    let default = harmattan::scenario::load_default().scenario.expect("the default scenario loads");
    for (name, scn) in [("tutorial", &tutorial), ("default", &default)] {
        for ai in [AiKind::Random, AiKind::Greedy] {
            let mut seed = 0u64;
            group.bench_function(format!("{name}_{}", ai.name()), |b| {
                b.iter(|| {
                    seed += 1;
                    black_box(play_game(scn, seed, SimConfig { runs: 1, seed, ai, seat: None, turns: None }))
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench_games);
criterion_main!(benches);
