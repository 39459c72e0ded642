//! `simulate`'s throughput on the default scenario: a batch of games played
//! on every core and folded into one summary, as `harmattan simulate` does
//! (criterion reports time per batch; `tools/bench-table` turns it into
//! games per second). Run with `cargo bench --bench simulate`.
//!
//! Before timing, it plays a batch of 1,000 and then one of 100,000 random
//! games and prints the process's peak resident memory after each (Linux):
//! a streaming summary keeps nothing per game, so the two are within a few MB.
//! `tally_add_default` times folding one finished game into the tally (every
//! count the summary and its explanations need), the part of a game's cost
//! that is the simulation's own rather than the engine's.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use harmattan::engine::ai::AiKind;
use harmattan::sim::{Layout, SimConfig, Tally, play_game, run_range};

/// The process's peak resident memory so far, in KiB (`VmHWM`; Linux only).
fn peak_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Peak memory after 1,000 games, then after 100,000 more.
fn memory(scn: &harmattan::scenario::Scenario, layout: &Layout) {
    for runs in [1_000u32, 100_000] {
        let cfg = SimConfig { runs, seed: 1, ai: AiKind::Random, seat: None, turns: None };
        black_box(run_range(scn, layout, cfg, 0..runs, None, &|| {}).expect("no lines to write"));
        let peak = peak_kib().map_or_else(|| "unknown".to_string(), |k| format!("{:.1} MiB", k as f64 / 1024.0));
        eprintln!("simulate: peak resident memory after a batch of {runs} random games: {peak}");
    }
}

fn simulate(c: &mut Criterion) {
    let scn = harmattan::scenario::load_default().scenario.expect("the default scenario loads");
    let layout = Layout::new(&scn);
    memory(&scn, &layout);
    let mut group = c.benchmark_group("simulate");
    group.sample_size(10);
    for (ai, runs) in [(AiKind::Random, 1_000u32), (AiKind::Greedy, 200)] {
        group.throughput(Throughput::Elements(u64::from(runs)));
        let mut seed = 0u64;
        group.bench_function(format!("default_{}", ai.name()), |b| {
            b.iter(|| {
                seed += 1;
                let cfg = SimConfig { runs, seed, ai, seat: None, turns: None };
                black_box(run_range(&scn, &layout, cfg, 0..runs, None, &|| {}).expect("no lines to write"))
            })
        });
    }
    let cfg = SimConfig { runs: 1, seed: 1, ai: AiKind::Random, seat: None, turns: None };
    let game = play_game(&scn, 7, cfg);
    group.throughput(Throughput::Elements(1));
    group.bench_function("tally_add_default", |b| {
        let mut tally = Tally::new(&layout);
        b.iter(|| tally.add(&layout, black_box(&game)))
    });
    group.finish();
}

criterion_group!(benches, simulate);
criterion_main!(benches);
