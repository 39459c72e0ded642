//! Streaming simulation tallies: merging is associative and commutative, and
//! shards of a batch merge into exactly the batch.

use std::ops::Range;

use harmattan::engine::ai::AiKind;
use harmattan::i18n::Lang;
use harmattan::scenario::Scenario;
use harmattan::sim::{
    Counts, Layout, MergeError, Shard, SimConfig, Tally, fnv1a64, merge_shards, run_games, run_range, shard_range,
    summarise,
};
use proptest::prelude::*;

const TUTORIAL: &str = "scenarios/tutorial.ron";

fn tutorial() -> (Scenario, u64) {
    let bytes = std::fs::read(TUTORIAL).expect("the tutorial scenario");
    let loaded = harmattan::scenario::load(TUTORIAL, &bytes);
    let hash = fnv1a64(loaded.source.as_bytes());
    (loaded.scenario.expect("the tutorial validates"), hash)
}

fn cfg(runs: u32) -> SimConfig {
    SimConfig { runs, seed: 11, ai: AiKind::Random, seat: None, turns: None }
}

fn shard(scn: &Scenario, hash: u64, cfg: SimConfig, range: Range<u32>) -> Shard {
    let layout = Layout::new(scn);
    let tally = run_range(scn, &layout, cfg, range.clone(), None, &|| {}).expect("no lines to write");
    Shard::new(&layout, hash, cfg.seats(scn), cfg, range, tally)
}

/// A tally of the tutorial's layout filled from arbitrary numbers.
fn tally_from(layout: &Layout, numbers: &[u64]) -> Tally {
    let mut t = Tally::new(layout);
    for &x in numbers {
        let pick = |n: usize| (x as usize >> 7) % n.max(1);
        let small = x % 7;
        t.games += small;
        t.turns += x % 13;
        let f = pick(t.factions.len());
        t.factions[f].score.merge(&Counts::from(vec![((x % 101) as i64, small)]));
        let k = (x >> 3) as usize % t.factions[f].wins.len();
        t.factions[f].wins[k] += x % 3;
        let v = pick(t.variables.len());
        t.variables[v].merge(&Counts::from(vec![((x >> 20) as i64 % 200 - 100, 1 + small)]));
        let a = pick(t.actions.len());
        t.actions[a].chosen += x % 5;
        t.actions[a].succeeded += x % 2;
        t.actions[a].turns += x % 4;
        let e = pick(t.events.len());
        t.events[e].fired += x % 6;
        t.events[e].games += x % 3;
        t.leader_3.add(((x % 2) as u32, 1 + (x >> 5) as u32 % 3, 1 + (x >> 9) as u32 % 3));
        // The explanations.
        t.actions[a].games += x % 4;
        t.actions[a].wins.merge(&Counts::from(vec![(1 + (x >> 11) as u32 % 3, x % 2)]));
        t.events[e].turns.merge(&Counts::from(vec![(1 + (x >> 13) as u32 % 6, x % 6)]));
        let o = pick(t.factions[f].objectives.len());
        t.factions[f].objectives[o].merge(&Counts::from(vec![((x >> 15) as i64 % 101, 1 + small)]));
        let answer = [None, Some(false), Some(true)][(x >> 17) as usize % 3];
        t.proposals.merge(&Counts::from(vec![(((x >> 19) as u32 % 4, (x >> 21) as u32 % 4, answer), 1 + x % 3)]));
        let flag = pick(t.flags.len());
        t.flags[flag] += x % 2;
        let r = pick(t.relations.len());
        t.relations[r].merge(&Counts::from(vec![((x >> 23) as i64 % 201 - 100, 1 + small)]));
        let route = pick(t.routes.len());
        t.routes[route].open += x % 2;
        t.routes[route].capacity.merge(&Counts::from(vec![((x >> 25) as i64 % 50, 1 + small)]));
        t.routes[route].risk.merge(&Counts::from(vec![((x >> 27) as i64 % 101, 1 + small)]));
    }
    t
}

fn merged(a: &Tally, b: &Tally) -> Tally {
    let mut m = a.clone();
    m.merge(b);
    m
}

proptest! {
    #[test]
    fn merging_tallies_is_associative_and_commutative(
        a in prop::collection::vec(any::<u64>(), 0..30),
        b in prop::collection::vec(any::<u64>(), 0..30),
        c in prop::collection::vec(any::<u64>(), 0..30),
    ) {
        let (scn, _) = tutorial();
        let layout = Layout::new(&scn);
        let (a, b, c) = (tally_from(&layout, &a), tally_from(&layout, &b), tally_from(&layout, &c));
        prop_assert_eq!(merged(&merged(&a, &b), &c), merged(&a, &merged(&b, &c)));
        prop_assert_eq!(merged(&a, &b), merged(&b, &a));
        prop_assert_eq!(merged(&a, &Tally::new(&layout)), a.clone());
        let ab = merged(&a, &b).summary(&layout.labels, 1, 1, "random");
        let ba = merged(&b, &a).summary(&layout.labels, 1, 1, "random");
        prop_assert_eq!(ab, ba);
    }

    #[test]
    fn shards_in_any_order_merge_into_the_same_batch(cuts in prop::collection::vec(0u32..40, 0..4), rotate in 0usize..5) {
        let (scn, hash) = tutorial();
        let cfg = SimConfig { runs: 40, seed: 5, ai: AiKind::Random, seat: None, turns: Some(2) };
        let mut points = cuts;
        points.extend([0, 40]);
        points.sort_unstable();
        points.dedup();
        let mut shards: Vec<Shard> = points.windows(2).map(|w| shard(&scn, hash, cfg, w[0]..w[1])).collect();
        let n = shards.len();
        shards.rotate_left(rotate % n);
        let whole = shard(&scn, hash, cfg, 0..40);
        prop_assert_eq!(merge_shards(&shards).expect("the shards cover the batch"), whole);
    }

    #[test]
    fn a_damaged_shard_file_is_refused_without_panicking(at in 0usize..4000, byte in any::<u8>(), cut in 0usize..4000) {
        let (scn, hash) = tutorial();
        let good = serde_json::to_vec(&shard(&scn, hash, cfg(3), 0..3)).expect("json");
        let mut bad = good.clone();
        let i = at % bad.len();
        bad[i] = byte;
        let _ = Shard::parse(&bad, Lang::En);
        let _ = Shard::parse(&good[..cut % good.len()], Lang::En);
    }
}

#[test]
fn a_run_of_1000_equals_10_shards_of_100_and_3_uneven_shards() {
    let (scn, hash) = tutorial();
    let cfg = cfg(1_000);
    let layout = Layout::new(&scn);
    let whole = shard(&scn, hash, cfg, 0..1_000);
    let tens: Vec<Shard> = (0..10).map(|i| shard(&scn, hash, cfg, shard_range(1_000, i, 10))).collect();
    assert!(tens.iter().all(|s| s.end - s.first == 100));
    let uneven: Vec<Shard> = [0..137, 137..600, 600..1_000].into_iter().map(|r| shard(&scn, hash, cfg, r)).collect();
    let summary = whole.summary().expect("a summary");
    for shards in [tens, uneven] {
        let m = merge_shards(&shards).expect("the shards cover the batch");
        assert_eq!(m.tally, whole.tally);
        assert_eq!(m.summary().expect("a summary"), summary);
    }
    // And the same as summarising the kept records the old way.
    let records = run_games(&scn, cfg, &|| {});
    assert_eq!(summarise(&scn, cfg, &records), whole.tally.summary(&layout.labels, 1_000, cfg.seed, &cfg.seats(&scn)));
}

#[test]
fn shard_ranges_are_contiguous_and_cover_the_batch() {
    for (runs, k) in [(1, 1), (10, 3), (7, 10), (1_000_000, 7), (999, 1_000)] {
        let mut next = 0;
        for i in 0..k {
            let r = shard_range(runs, i, k);
            assert_eq!(r.start, next);
            assert!(r.end - r.start <= runs.div_ceil(k));
            next = r.end;
        }
        assert_eq!(next, runs);
    }
}

#[test]
fn the_tally_does_not_depend_on_the_thread_count_and_lines_come_in_game_order() {
    let (scn, _) = tutorial();
    let layout = Layout::new(&scn);
    let cfg = SimConfig { runs: harmattan::sim::CHUNK + 60, seed: 2, ai: AiKind::Random, seat: None, turns: Some(1) };
    let run = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("a pool");
        let mut lines = Vec::new();
        let mut sink = |chunk: &[String]| {
            lines.extend_from_slice(chunk);
            Ok(())
        };
        let tally = pool.install(|| run_range(&scn, &layout, cfg, 0..cfg.runs, Some(&mut sink), &|| {})).expect("ok");
        (tally, lines)
    };
    let (one, lines_one) = run(1);
    let (two, lines_two) = run(2);
    assert_eq!(one, two);
    assert_eq!(lines_one, lines_two);
    assert_eq!(lines_one.len(), cfg.runs as usize);
    for (i, line) in lines_one.iter().enumerate() {
        let v: serde_json::Value = serde_json::from_str(line).expect("one JSON object per line");
        assert_eq!(v["index"], i);
        assert_eq!(v["turns"], 1);
        assert!(v["scores"]["kesh"]["total"].is_i64() && v["scores"]["kesh"]["objectives"].is_object(), "{line}");
        assert!(v["winners"].as_array().is_some_and(|w| !w.is_empty()) && v["winner"].is_string(), "{line}");
    }
}

#[test]
fn merge_refuses_a_gap_an_overlap_and_shards_of_other_batches() {
    let (scn, hash) = tutorial();
    let cfg = cfg(30);
    let a = shard(&scn, hash, cfg, 0..10);
    let b = shard(&scn, hash, cfg, 10..20);
    let c = shard(&scn, hash, cfg, 20..30);
    assert!(merge_shards(&[a.clone(), b.clone(), c.clone()]).is_ok());
    assert_eq!(
        merge_shards(&[a.clone(), c.clone()]),
        Err(MergeError::Missing { range: 10..20, before: Some(0), after: Some(1) })
    );
    assert_eq!(
        merge_shards(&[a.clone(), b.clone()]),
        Err(MergeError::Missing { range: 20..30, before: Some(1), after: None })
    );
    assert_eq!(
        merge_shards(&[b.clone(), c.clone()]),
        Err(MergeError::Missing { range: 0..10, before: None, after: Some(0) })
    );
    let wide = shard(&scn, hash, cfg, 5..20);
    assert_eq!(merge_shards(&[a.clone(), wide, c.clone()]), Err(MergeError::Overlap(0, 1, 5..10)));
    assert!(matches!(merge_shards(&[a.clone(), a.clone(), b.clone(), c.clone()]), Err(MergeError::Overlap(..))));
    assert_eq!(merge_shards(&[]), Err(MergeError::Empty));
    let other = |f: &dyn Fn(&mut Shard)| {
        let mut x = b.clone();
        f(&mut x);
        merge_shards(&[a.clone(), x, c.clone()])
    };
    let mismatch = |what: &str| Err(MergeError::Mismatch(0, 1, what.to_string()));
    assert_eq!(other(&|s| s.scenario_hash = format!("fnv1a64:{:016x}", hash ^ 1)), mismatch("scenario"));
    assert_eq!(other(&|s| s.harmattan = "0.0.1".into()), mismatch("harmattan version"));
    assert_eq!(other(&|s| s.seed += 1), mismatch("seed"));
    assert_eq!(other(&|s| s.ai = "greedy".into()), mismatch("AI"));
    assert_eq!(other(&|s| s.turns = Some(3)), mismatch("turn limit"));
    assert_eq!(other(&|s| s.runs = 31), mismatch("number of runs"));
}

#[test]
fn a_shard_file_round_trips_and_inconsistent_files_are_refused() {
    let (scn, hash) = tutorial();
    let s = shard(&scn, hash, cfg(12), 0..12);
    let text = serde_json::to_string_pretty(&s).expect("json");
    assert_eq!(Shard::parse(text.as_bytes(), Lang::En), Ok(s.clone()));
    let edit = |f: &dyn Fn(&mut serde_json::Value)| {
        let mut v: serde_json::Value = serde_json::from_str(&text).expect("json");
        f(&mut v);
        Shard::parse(v.to_string().as_bytes(), Lang::En).expect_err("refused")
    };
    assert!(edit(&|v| v["version"] = 1.into()).contains("version 1"));
    // A shard of the previous version, without the explanations' counts, says to play its games again.
    let old = edit(&|v| v["version"] = 2.into());
    assert!(
        old.contains("version 2") && old.contains("older harmattan") && old.contains("play its games again"),
        "{old}"
    );
    assert!(edit(&|v| v["version"] = 99.into()).contains("version 99 is not"));
    assert!(edit(&|v| v["format"] = "something".into()).contains("not a simulation shard"));
    assert!(edit(&|v| v["end"] = 11.into()).contains("range of 11"));
    assert!(edit(&|v| v["end"] = 13.into()).contains("within a batch of 12"));
    assert!(edit(&|v| v["ai"] = "clever".into()).contains("unknown AI"));
    assert!(edit(&|v| v["tally"]["events"] = serde_json::json!([])).contains("do not match"));
    assert!(edit(&|v| v["surprise"] = 1.into()).contains("unknown field"));
    // The explanations' counts are checked like the rest.
    assert!(edit(&|v| v["tally"]["flags"] = serde_json::json!([])).contains("do not match"));
    assert!(edit(&|v| v["tally"]["relations"][0] = serde_json::json!([[5, 1]])).contains("does not add up"));
    assert!(edit(&|v| v["tally"]["relations"][0] = serde_json::json!([[500, 12]])).contains("impossible"));
    assert!(edit(&|v| v["tally"]["routes"][0]["open"] = 13.into()).contains("impossible"));
    assert!(edit(&|v| v["tally"]["events"][0]["turns"] = serde_json::json!([[0, 12]])).contains("impossible"));
    assert!(edit(&|v| v["tally"]["actions"][0]["games"] = 13.into()).contains("impossible"));
    assert!(edit(&|v| v["tally"]["actions"][0]["wins"] = serde_json::json!([[1, 99]])).contains("impossible"));
    assert!(edit(&|v| v["tally"]["proposals"] = serde_json::json!([[[0, 99, true], 1]])).contains("does not have"));
    assert!(Shard::parse(b"[1, 2", Lang::En).expect_err("refused").contains("bad JSON"));
    assert!(Shard::parse(b"", Lang::En).is_err());
}

#[test]
fn content_hash_is_fnv1a_64() {
    assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
    assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
}
