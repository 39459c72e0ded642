//! The balance summary explains itself: objective scores, actions that go
//! with winning, proposals, flags, relations, routes and event timing agree
//! with a count made independently from the games' turn reports; and
//! `--compare` plays both versions on the batch's own seeds, finds a real
//! change beyond noise and none where there is none.

use std::collections::{BTreeMap, BTreeSet};

use harmattan::engine::ai::{AiKind, decide};
use harmattan::engine::report::Slot;
use harmattan::engine::{EntryKind, GameState, Response, TurnOrders, new_game, resolve_turn, scores};
use harmattan::scenario::Scenario;
use harmattan::scenario::expr::RouteField;
use harmattan::sim::{
    Distribution, Layout, Side, SimConfig, Summary, game_seed, pair_factions, run_compare, run_range,
};

const TUTORIAL: &str = "scenarios/tutorial.ron";

fn load_text(text: &str) -> Scenario {
    harmattan::scenario::load("test.ron", text.as_bytes()).scenario.expect("the scenario validates")
}

fn tutorial_text() -> String {
    std::fs::read_to_string(TUTORIAL).expect("the tutorial scenario")
}

/// The tutorial with the salt road twice as wide: Kesh's north is better supplied.
fn wider_road() -> Scenario {
    let text = tutorial_text();
    let edited = text
        .replace("carries: \"fuel_stock\", capacity: 20, risk: 10", "carries: \"fuel_stock\", capacity: 40, risk: 10");
    assert_ne!(edited, text, "the edit applies");
    load_text(&edited)
}

fn summary(scn: &Scenario, cfg: SimConfig) -> Summary {
    let layout = Layout::new(scn);
    let tally = run_range(scn, &layout, cfg, 0..cfg.runs, None, &|| {}).expect("no lines to write");
    tally.summary(&layout.labels, cfg.runs, cfg.seed, &cfg.seats(scn))
}

/// What the explanations should say, counted from each game's turn reports
/// and final state with the engine's own functions.
#[derive(Default)]
struct Expected {
    objectives: BTreeMap<(String, String), Vec<i64>>,
    /// `(faction, action)` → (games used, wins in them, wins in the other games), wins split in ties.
    actions: BTreeMap<(String, String), (u64, f64, f64)>,
    /// `(faction, action, target)` → (made, accepted, declined).
    proposals: BTreeMap<(String, String, String), (u64, u64, u64)>,
    event_turns: BTreeMap<String, BTreeMap<u32, u64>>,
    flags: BTreeMap<String, u64>,
    relations: BTreeMap<(String, String), Vec<i64>>,
    routes: BTreeMap<String, (u64, Vec<i64>, Vec<i64>)>,
}

fn id(scn: &Scenario, f: usize) -> String {
    scn.factions[f].id.clone()
}

/// Plays game `i` of the batch turn by turn, as a simulation does, and counts it.
fn count_game(scn: &Scenario, cfg: SimConfig, i: u32, expected: &mut Expected) {
    let mut state: GameState = new_game(scn, game_seed(cfg.seed, i));
    let mut used = BTreeSet::new();
    let mut proposed: BTreeMap<u64, (usize, usize, usize)> = BTreeMap::new();
    while !state.is_over() {
        let mut orders = TurnOrders::default();
        for (f, def) in scn.factions.iter().enumerate().filter(|(_, d)| d.playable) {
            orders.set(def.id.clone(), decide(scn, &state, f, cfg.ai_of(f)));
        }
        let report = resolve_turn(scn, &mut state, &orders);
        for entry in report.entries() {
            match &entry.kind {
                EntryKind::Order { faction, action, .. } => {
                    used.insert((*faction, *action));
                }
                EntryKind::Proposed { faction, action, target, pending } => {
                    used.insert((*faction, *action));
                    proposed.insert(*pending, (*faction, *action, *target));
                    let key = (id(scn, *faction), scn.actions[*action].id.clone(), id(scn, *target));
                    expected.proposals.entry(key).or_default().0 += 1;
                }
                EntryKind::Answered { pending, response, .. } => {
                    if let Some(&(f, a, t)) = proposed.get(pending) {
                        let counts =
                            expected.proposals.entry((id(scn, f), scn.actions[a].id.clone(), id(scn, t))).or_default();
                        if *response == Response::Accept {
                            counts.1 += 1;
                        } else {
                            counts.2 += 1;
                        }
                    }
                }
                EntryKind::Event { event, .. } => {
                    let turns = expected.event_turns.entry(scn.events[*event].id.clone()).or_default();
                    *turns.entry(report.turn).or_default() += 1;
                }
                _ => {}
            }
        }
    }
    let end = scores(scn, &state);
    let won = |f: usize| if end.leaders.contains(&f) { 1.0 / end.leaders.len() as f64 } else { 0.0 };
    for fs in &end.factions {
        for o in &fs.objectives {
            expected.objectives.entry((id(scn, fs.faction), o.id.clone())).or_default().push(o.score);
        }
    }
    for (a, def) in scn.actions.iter().enumerate() {
        for &f in def.factions.iter().filter(|&&f| scn.factions[f].playable) {
            let counts = expected.actions.entry((id(scn, f), def.id.clone())).or_default();
            if used.contains(&(f, a)) {
                counts.0 += 1;
                counts.1 += won(f);
            } else {
                counts.2 += won(f);
            }
        }
    }
    for (i, flag) in scn.flags.iter().enumerate() {
        *expected.flags.entry(flag.id.clone()).or_default() += u64::from(state.get(Slot::Flag(i)) != 0);
    }
    let n = scn.factions.len();
    for a in 0..n {
        for b in (a + 1)..n {
            expected.relations.entry((id(scn, a), id(scn, b))).or_default().push(state.get(Slot::Relation(a, b)));
        }
    }
    for (r, route) in scn.routes.iter().enumerate() {
        let counts = expected.routes.entry(route.id.clone()).or_default();
        counts.0 += u64::from(state.get(Slot::RouteOpen(r)) != 0);
        counts.1.push(state.get(Slot::Route(r, RouteField::Capacity)));
        counts.2.push(state.get(Slot::Route(r, RouteField::Risk)));
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn the_explanations_agree_with_a_count_made_from_the_turn_reports() {
    for (path, runs, ai) in
        [(TUTORIAL, 150, AiKind::Random), ("scenarios/fuel-and-sovereignty.ron", 40, AiKind::Greedy)]
    {
        let scn = load_text(&std::fs::read_to_string(path).expect("the scenario"));
        let cfg = SimConfig { runs, seed: 17, ai, seat: None, turns: None };
        let s = summary(&scn, cfg);
        let mut expected = Expected::default();
        for i in 0..runs {
            count_game(&scn, cfg, i, &mut expected);
        }
        let games = f64::from(runs);
        for f in &s.factions {
            assert!(!f.objectives.is_empty(), "{path}: {} lists its objectives", f.id);
            for o in &f.objectives {
                let values = expected.objectives[&(f.id.clone(), o.id.clone())].clone();
                assert_eq!(o.score, Distribution::of(values), "{path}: {} {}", f.id, o.id);
            }
        }
        for a in &s.actions {
            let (used, with, without) = expected.actions[&(a.faction.clone(), a.action.clone())];
            assert_eq!(a.games_used, used, "{path}: {} {}", a.faction, a.action);
            assert!(close(a.game_share, used as f64 / games));
            let unused = u64::from(runs) - used;
            assert_eq!(a.win_share_used.is_some(), used > 0);
            assert_eq!(a.win_share_unused.is_some(), unused > 0);
            assert!(a.win_share_used.is_none_or(|w| close(w, with / used as f64)), "{path}: {a:?}");
            assert!(a.win_share_unused.is_none_or(|w| close(w, without / unused as f64)), "{path}: {a:?}");
        }
        let proposals: BTreeMap<(String, String, String), (u64, u64, u64)> = s
            .proposals
            .iter()
            .map(|p| {
                assert_eq!(p.made, p.accepted + p.declined + p.unanswered);
                ((p.faction.clone(), p.action.clone(), p.target.clone()), (p.made, p.accepted, p.declined))
            })
            .collect();
        assert_eq!(proposals, expected.proposals, "{path}");
        assert!(!proposals.is_empty(), "{path}: proposals are made");
        assert!(proposals.values().any(|p| p.1 > 0) && proposals.values().any(|p| p.2 > 0), "{path}: {proposals:?}");
        for e in &s.events {
            let turns: Vec<(u32, u64)> =
                expected.event_turns.get(&e.event).map_or_else(Vec::new, |t| t.iter().map(|(&k, &v)| (k, v)).collect());
            assert_eq!(e.turns, turns, "{path}: {}", e.event);
            assert_eq!(e.fired, turns.iter().map(|t| t.1).sum::<u64>());
        }
        for f in &s.flags {
            assert!(close(f.set_share, expected.flags[&f.id] as f64 / games), "{path}: {f:?}");
        }
        for r in &s.relations {
            assert_eq!(r.values, Distribution::of(expected.relations[&(r.a.clone(), r.b.clone())].clone()));
        }
        for r in &s.routes {
            let (open, capacity, risk) = expected.routes[&r.id].clone();
            assert!(close(r.open_share, open as f64 / games), "{path}: {r:?}");
            assert_eq!((r.capacity.clone(), r.risk.clone()), (Distribution::of(capacity), Distribution::of(risk)));
        }
    }
}

#[test]
fn win_shares_with_and_without_an_action_add_up_to_the_faction_s_win_share() {
    let scn = load_text(&tutorial_text());
    let cfg = SimConfig { runs: 300, seed: 4, ai: AiKind::Random, seat: Some((0, AiKind::Greedy)), turns: None };
    let s = summary(&scn, cfg);
    let games = f64::from(cfg.runs);
    for a in &s.actions {
        let faction = s.factions.iter().find(|f| f.id == a.faction).expect("the action's faction");
        let used = a.games_used as f64;
        let total = a.win_share_used.unwrap_or(0.0) * used + a.win_share_unused.unwrap_or(0.0) * (games - used);
        assert!((total / games - faction.win_share).abs() < 1e-9, "{a:?} against {}", faction.win_share);
    }
}

#[test]
fn comparing_a_scenario_with_itself_finds_nothing_beyond_noise() {
    let scn = load_text(&tutorial_text());
    let layout = Layout::new(&scn);
    let cfg = SimConfig { runs: 200, seed: 3, ai: AiKind::Random, seat: None, turns: None };
    let side = Side { scenario: &scn, layout: &layout, cfg };
    let to_b = pair_factions(&layout.labels, &layout.labels).expect("the same factions");
    let (a, b, pairs) = run_compare(side, side, &to_b, 0..cfg.runs, &|| {});
    assert_eq!(a, b);
    let (sa, sb) = (a.summary(&layout.labels, 200, 3, "random"), b.summary(&layout.labels, 200, 3, "random"));
    let c = harmattan::sim::Comparison::new(&sa, &sb, &pairs, &to_b);
    for f in &c.factions {
        for shift in [&f.win, &f.met, &f.partly, &f.missed] {
            assert_eq!(shift.difference.value, 0.0);
            assert!(!shift.beyond_noise && shift.difference.low <= 0.0 && shift.difference.high >= 0.0, "{f:?}");
        }
    }
    assert!(c.objectives.iter().chain(&c.events).chain(&c.actions).all(|ch| ch.difference == 0.0));
}

#[test]
fn a_wider_road_helps_kesh_beyond_noise_and_its_north_gains_most() {
    let (a, b) = (load_text(&tutorial_text()), wider_road());
    let (la, lb) = (Layout::new(&a), Layout::new(&b));
    let cfg = SimConfig { runs: 400, seed: 1, ai: AiKind::Random, seat: None, turns: None };
    let to_b = pair_factions(&la.labels, &lb.labels).expect("the same factions");
    let side_a = Side { scenario: &a, layout: &la, cfg };
    let side_b = Side { scenario: &b, layout: &lb, cfg };
    let one = rayon::ThreadPoolBuilder::new().num_threads(1).build().expect("a pool");
    let two = rayon::ThreadPoolBuilder::new().num_threads(2).build().expect("a pool");
    let (ta, tb, pairs) = two.install(|| run_compare(side_a, side_b, &to_b, 0..cfg.runs, &|| {}));
    assert_eq!(
        one.install(|| run_compare(side_a, side_b, &to_b, 0..cfg.runs, &|| {})),
        (ta.clone(), tb.clone(), pairs.clone())
    );
    // Each side is exactly the batch a plain run of it plays: the same seeds.
    let (sa, sb) = (summary(&a, cfg), summary(&b, cfg));
    assert_eq!(ta.summary(&la.labels, cfg.runs, cfg.seed, "random"), sa);
    assert_eq!(tb.summary(&lb.labels, cfg.runs, cfg.seed, "random"), sb);
    let c = harmattan::sim::Comparison::new(&sa, &sb, &pairs, &to_b);
    let kesh = c.factions.iter().find(|f| f.id == "kesh").expect("kesh");
    assert!(kesh.win.beyond_noise && kesh.win.difference.value > 0.0, "{kesh:?}");
    assert!(kesh.win.difference.low > 0.0);
    assert!((kesh.win.b.value - kesh.win.a.value - kesh.win.difference.value).abs() < 1e-12);
    let oru = c.factions.iter().find(|f| f.id == "oru").expect("oru");
    assert!(!oru.win.beyond_noise, "{oru:?}");
    let largest = &c.objectives[0];
    assert_eq!((largest.faction.as_deref(), largest.id.as_str()), (Some("kesh"), "north_supplied"));
    assert!(largest.difference > 10.0, "{largest:?}");
    // Paired games make the interval narrower than for two unrelated batches of the same size.
    let width = kesh.win.difference.high - kesh.win.difference.low;
    let unpaired = (kesh.win.a.high - kesh.win.a.low).hypot(kesh.win.b.high - kesh.win.b.low);
    assert!(width < unpaired, "{width} against {unpaired}");
}

#[test]
fn scenarios_with_other_factions_are_not_paired() {
    let text = tutorial_text();
    let renamed = regex_free_rename(&text, "oru", "ora");
    let (a, b) = (Layout::new(&load_text(&text)), Layout::new(&load_text(&renamed)));
    let m = pair_factions(&a.labels, &b.labels).expect_err("refused");
    assert_eq!((m.only_a, m.only_b), (vec!["oru".to_string()], vec!["ora".to_string()]));
}

/// `text` with every whole-word `from` (not `from_…`, not `…_from`) replaced by `to`.
fn regex_free_rename(text: &str, from: &str, to: &str) -> String {
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(from) {
        let before = rest[..at].chars().next_back();
        let after = rest[at + from.len()..].chars().next();
        out.push_str(&rest[..at]);
        out.push_str(if before.is_some_and(word) || after.is_some_and(word) { from } else { to });
        rest = &rest[at + from.len()..];
    }
    out + rest
}
