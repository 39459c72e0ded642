//! Loading and validating scenarios: the shipped tutorial and synthetic
//! scenarios at scale 1 (a realistic size) and 10 (the 200 ms target).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use harmattan::scenario::{TUTORIAL, load, synthetic::synthetic};

fn bench_load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    let inputs = [("tutorial", TUTORIAL.to_string()), ("synthetic_1", synthetic(1)), ("synthetic_10", synthetic(10))];
    for (name, text) in &inputs {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(*name, |b| {
            b.iter(|| {
                let loaded = load(name, black_box(text.as_bytes()));
                assert!(loaded.scenario.is_some(), "{name} must load");
                loaded
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench_load);
criterion_main!(benches);
