//! Engine invariants over randomly generated scenarios and random orders:
//! values stay in their declared ranges, action points and budgets are never
//! exceeded, nothing panics, and the same inputs give the same game.

use harmattan::engine::ai::{AiKind, decide};
use harmattan::engine::report::{EntryKind, Slot};
use harmattan::engine::{FactionOrders, GameState, Order, TurnOrders, new_game, resolve_turn};
use harmattan::scenario::Scenario;
use harmattan::scenario::expr::RouteField;
use proptest::prelude::*;

/// Parameters of a random scenario.
#[derive(Debug, Clone)]
struct Shape {
    factions: usize,
    regions: usize,
    routes: Vec<(usize, usize, i64, i64, bool)>,
    ranges: Vec<(i64, i64)>,
    actions: Vec<ActionShape>,
    events: Vec<(u8, i64, usize, i64)>,
    ap: u32,
    turns: u32,
}

#[derive(Debug, Clone)]
struct ActionShape {
    target: u8,
    cost: i64,
    chance: i64,
    requires: i64,
    effects: Vec<(u8, usize, i64)>,
    delay: u32,
    duration: u32,
    secret: bool,
    consent: bool,
}

fn shape() -> impl Strategy<Value = Shape> {
    (2usize..5, 1usize..6, 1u32..4, 1u32..7).prop_flat_map(|(factions, regions, ap, turns)| {
        let routes = prop::collection::vec((0..regions, 0..regions, 0i64..60, 0i64..=100, any::<bool>()), 0..5);
        let ranges = prop::collection::vec((-50i64..50, 0i64..200), 3);
        let effect = (0u8..7, 0usize..3, -80i64..80);
        let action = (
            0u8..4,
            0i64..40,
            0i64..=100,
            -20i64..120,
            prop::collection::vec(effect, 1..4),
            0u32..3,
            0u32..3,
            any::<bool>(),
            any::<bool>(),
        )
            .prop_map(|(target, cost, chance, requires, effects, delay, duration, secret, consent)| {
                ActionShape { target, cost, chance, requires, effects, delay, duration, secret, consent }
            });
        let events = prop::collection::vec((0u8..3, 0i64..=100, 0usize..3, -50i64..50), 0..4);
        (
            Just(factions),
            Just(regions),
            routes,
            ranges,
            prop::collection::vec(action, 1..8),
            events,
            Just(ap),
            Just(turns),
        )
            .prop_map(|(factions, regions, routes, ranges, actions, events, ap, turns)| Shape {
                factions,
                regions,
                routes,
                ranges,
                actions,
                events,
                ap,
                turns,
            })
    })
}

/// Writes the shape as scenario RON.
fn ron(s: &Shape) -> String {
    let var = |kind: &str, i: usize| {
        let (lo, span) = s.ranges[i];
        format!("(id: \"{kind}{i}\", name: \"{kind}{i}\", min: {lo}, max: {}, initial: {})", lo + span, lo + span / 2)
    };
    let vars = |kind: &str| (0..3).map(|i| var(kind, i)).collect::<Vec<_>>().join(", ");
    let factions = (0..s.factions)
        .map(|f| {
            format!(
                "(id: \"f{f}\", name: \"F{f}\", colour: \"red\", playable: {}, income: {{\"fv0\": \"{}\"}},
                  objectives: [(id: \"o\", name: \"o\", weight: {}, score: \"self.fv1 + r0.rv2\", measure: {})])",
                f + 1 < s.factions || f == 0,
                f as i64 - 1,
                f + 1,
                if f % 2 == 0 { "AtEnd" } else { "Average" }
            )
        })
        .collect::<Vec<_>>()
        .join(",\n");
    let regions = (0..s.regions)
        .map(|r| {
            format!("(id: \"r{r}\", name: \"R{r}\", controller: \"f{}\", map: ({}, {}))", r % s.factions, r * 10, r * 5)
        })
        .collect::<Vec<_>>()
        .join(",\n");
    let routes = s
        .routes
        .iter()
        .enumerate()
        .filter(|(_, r)| r.0 != r.1)
        .map(|(i, &(from, to, cap, risk, drains))| {
            format!(
                "(id: \"w{i}\", name: \"W{i}\", from: \"r{from}\", to: \"r{to}\", carries: \"rv0\", capacity: {cap}, risk: {risk}, drains_source: {drains})"
            )
        })
        .collect::<Vec<_>>();
    let has_route = !routes.is_empty();
    let actions = s
        .actions
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let target = match (a.target, has_route) {
                (0, _) => "None",
                (1, _) => "Faction",
                (2, _) => "Region",
                (_, true) => "Route",
                (_, false) => "Region",
            };
            let effects: Vec<String> = a
                .effects
                .iter()
                .map(|&(kind, v, n)| match (kind, target) {
                    (0, _) => format!("self.fv{v} += {n}"),
                    (1, "Faction") => format!("target.fv{v} -= {n}"),
                    (1, "Region") => format!("target.rv{v} += {n}"),
                    (1, "Route") => format!("target.capacity += {n}"),
                    (2, "Route") => format!("target.open = {}", n > 0),
                    (2, "Faction") => format!("relation(self, target) += {n}"),
                    (3, _) => format!("r0.rv{v} = {n} * 3"),
                    (4, _) => format!("flag.g = {}", n > 0),
                    (5, _) => format!("self.fv{v} = clamp(self.fv{v} * {n} / 7, -1000, 1000)"),
                    _ => format!("r0.rv{v} -= if(flag.g, {n}, -{n})"),
                })
                .collect();
            let consent = a.consent && target == "Faction";
            format!(
                "(id: \"a{i}\", name: \"A{i}\", category: Security, factions: [{}], target: {target},
                  cost: {{\"fv0\": {}}}, requires: \"self.fv1 < {} or turn > 2\", chance: \"{}\",
                  on_success: [{}], on_failure: [\"self.fv2 -= 1\"], delay: {}, duration: {},
                  ongoing: [\"r0.rv1 += 2\"], on_end: [\"r0.rv1 -= 1\"], visibility: {}, consent: {consent},
                  on_decline: [{}])",
                (0..s.factions).map(|f| format!("\"f{f}\"")).collect::<Vec<_>>().join(", "),
                a.cost,
                a.requires,
                a.chance,
                effects.iter().map(|e| format!("\"{e}\"")).collect::<Vec<_>>().join(", "),
                a.delay.min(s.turns),
                a.duration.min(s.turns),
                if a.secret { "Secret(\"50\")" } else { "Public" },
                if consent { "\"relation(self, target) -= 3\"" } else { "" },
            )
        })
        .collect::<Vec<_>>()
        .join(",\n");
    let events = s
        .events
        .iter()
        .enumerate()
        .map(|(i, &(repeat, chance, v, n))| {
            let repeat = ["Once", "Always", "Cooldown(1)"][repeat as usize % 3];
            format!(
                "(id: \"e{i}\", title: \"E{i}\", text: \"t\", chance: \"{chance}\", repeat: {repeat},
                  effects: [\"r0.rv{v} += {n}\"],
                  choice: (faction: \"f0\", prompt: \"?\", options: [(id: \"x\", label: \"x\", effects: [\"self.fv{v} -= {n}\"]), (id: \"y\", label: \"y\")]))"
            )
        })
        .collect::<Vec<_>>()
        .join(",\n");
    format!(
        "Scenario(format: 1,
          meta: (id: \"prop\", title: \"Prop\", summary: \"s\", calendar: (start: \"2025-01\", turns: {turns})),
          action_points: {ap},
          variables: (faction: [{fv}], region: [{rv}]),
          factions: [{factions}],
          regions: [{regions}],
          routes: [{routes}],
          flags: [(id: \"g\", name: \"G\", value: false)],
          actions: [{actions}],
          events: [{events}],
          rules: [(id: \"burn\", each: Regions, effects: [\"self.rv0 -= 3\"]),
                  (id: \"pairs\", each: Pairs, effects: [\"relation(self, target) += 1\"])],
        )",
        turns = s.turns,
        ap = s.ap,
        fv = vars("fv"),
        rv = vars("rv"),
        routes = routes.join(",\n"),
    )
}

fn load(text: &str) -> Scenario {
    let loaded = harmattan::scenario::load("prop.ron", text.as_bytes());
    match loaded.scenario {
        Some(s) => s,
        None => {
            let problems: Vec<String> = loaded.file_diagnostics().map(|d| d.render(false)).collect();
            panic!("generated scenario does not validate:\n{}\n{text}", problems.join("\n"));
        }
    }
}

/// Random legal orders from the random AI, plus some junk orders a stranger might send.
fn orders_for(scn: &Scenario, state: &GameState, junk: u8) -> TurnOrders {
    let mut orders = TurnOrders::default();
    for (f, def) in scn.factions.iter().enumerate() {
        let mut mine = decide(scn, state, f, AiKind::Random);
        if junk.is_multiple_of(3) {
            mine.orders.push(Order::at("no_such_action", "nowhere"));
            mine.orders.push(Order::new("a0"));
            mine.orders.extend(mine.orders.clone());
        }
        orders.set(def.id.clone(), if junk % 7 == 1 { FactionOrders::default() } else { mine });
    }
    orders
}

fn check_ranges(scn: &Scenario, state: &GameState) {
    state.each_slot(|slot, value| {
        let (min, max) = match slot {
            Slot::FactionVar(_, v) => (scn.faction_vars[v].min, scn.faction_vars[v].max),
            Slot::RegionVar(_, v) => (scn.region_vars[v].min, scn.region_vars[v].max),
            Slot::Relation(..) => (-100, 100),
            Slot::Route(_, RouteField::Capacity | RouteField::Flow) => (0, i64::MAX),
            Slot::Route(_, RouteField::Risk | RouteField::Loss) => (0, 100),
            Slot::RouteOpen(_) | Slot::Flag(_) => (0, 1),
        };
        assert!((min..=max).contains(&value), "{slot:?} = {value}");
    });
}

fn play(scn: &Scenario, seed: u64, junk: u8) -> GameState {
    let mut state = new_game(scn, seed);
    check_ranges(scn, &state);
    while !state.is_over() {
        let orders = orders_for(scn, &state, junk);
        let report = resolve_turn(scn, &mut state, &orders);
        check_ranges(scn, &state);
        for (f, def) in scn.factions.iter().enumerate() {
            let mut ap = 0;
            for e in report.entries() {
                let (faction, action) = match e.kind {
                    EntryKind::Order { faction, action, .. } | EntryKind::Proposed { faction, action, .. } => {
                        (faction, action)
                    }
                    _ => continue,
                };
                if faction != f {
                    continue;
                }
                let action = &scn.actions[action];
                ap += action.ap;
                // Costs come first among the entry's changes and are paid in full, never clamped.
                for (c, &(var, amount)) in e.changes.iter().zip(&action.cost) {
                    assert_eq!(c.slot, Slot::FactionVar(f, var));
                    assert!(amount >= 0);
                    assert_eq!(c.before - c.after, amount, "cost paid in full without going below the minimum");
                }
            }
            assert!(ap <= def.action_points, "{} used {ap} action points of {}", def.id, def.action_points);
        }
    }
    state
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn random_games_keep_every_invariant(shape in shape(), seed in any::<u64>(), junk in any::<u8>()) {
        let scn = load(&ron(&shape));
        let a = play(&scn, seed, junk);
        let b = play(&scn, seed, junk);
        prop_assert_eq!(a, b);
    }
}

#[test]
fn synthetic_scenarios_keep_every_invariant() {
    for scale in [1, 2] {
        let scn = load(&harmattan::scenario::synthetic::synthetic(scale));
        for seed in 0..3 {
            let a = play(&scn, seed, seed as u8);
            assert_eq!(a, play(&scn, seed, seed as u8));
        }
    }
}

#[test]
fn route_flow_is_reported_as_delivered_amount() {
    let scn = load(&harmattan::scenario::synthetic::synthetic(1));
    let mut state = new_game(&scn, 5);
    let report = resolve_turn(&scn, &mut state, &TurnOrders::default());
    for e in report.entries() {
        if let EntryKind::Flow { route, delivered, sent, .. } = e.kind {
            assert!(delivered <= sent);
            assert_eq!(state.get(Slot::Route(route, RouteField::Flow)), delivered);
        }
    }
}
