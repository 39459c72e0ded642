//! The default scenario, "Fuel and Sovereignty": it validates cleanly in both
//! variants, the historical line of 2025 (scenarios/fuel-and-sovereignty.history.ron)
//! follows the record, docs/history.md shows that line's real numbers, and
//! greedy AIs in every seat give a balanced game.

use harmattan::engine::ai::AiKind;
use harmattan::engine::script::Script;
use harmattan::engine::{EntryKind, GameState, Slot, TurnOrders, new_game, resolve_turn};
use harmattan::scenario::Scenario;
use harmattan::sim::{SimConfig, run_games, summarise};

const LONG: &str = "scenarios/fuel-and-sovereignty.ron";
const SHORT: &str = "scenarios/fuel-and-sovereignty-short.ron";
const HISTORY: &str = "scenarios/fuel-and-sovereignty.history.ron";
const HISTORY_DOC: &str = "docs/history.md";
/// Seed of the documented historical game.
const HISTORY_SEED: u64 = 2025;
/// The northern regions the record talks about.
const NORTH: [&str; 4] = ["kidal", "gao", "timbuktu", "menaka"];
const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

fn load(path: &str) -> Scenario {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let loaded = harmattan::scenario::load(path, &bytes);
    let messages: Vec<String> = loaded.diagnostics.iter().map(|d| format!("{d:?}")).collect();
    assert!(messages.is_empty(), "{path} has diagnostics:\n{}", messages.join("\n"));
    loaded.scenario.unwrap_or_else(|| panic!("{path} compiles"))
}

fn script() -> Script {
    let text = std::fs::read_to_string(HISTORY).expect("the history script exists");
    ron::from_str::<Script>(&text).expect("the history script parses as a Script")
}

fn region(scn: &Scenario, id: &str) -> usize {
    scn.regions.iter().position(|r| r.id == id).unwrap_or_else(|| panic!("region {id}"))
}

fn region_var(scn: &Scenario, id: &str) -> usize {
    scn.region_vars.iter().position(|v| v.id == id).unwrap_or_else(|| panic!("region variable {id}"))
}

fn route(scn: &Scenario, id: &str) -> usize {
    scn.routes.iter().position(|r| r.id == id).unwrap_or_else(|| panic!("route {id}"))
}

fn value(scn: &Scenario, state: &GameState, region_id: &str, var: &str) -> i64 {
    state.get(Slot::RegionVar(region(scn, region_id), region_var(scn, var)))
}

/// One turn of the historical game: the state at its end and what happened.
struct Step {
    state: GameState,
    headlines: Vec<String>,
    refused: Vec<String>,
}

/// Plays the history script to the end; `steps[0]` is the starting state.
fn play_history(scn: &Scenario) -> Vec<Step> {
    let script = script();
    let mut state = new_game(scn, HISTORY_SEED);
    let mut steps = vec![Step { state: state.clone(), headlines: Vec::new(), refused: Vec::new() }];
    while !state.is_over() {
        let mut orders = TurnOrders::default();
        for (f, def) in scn.factions.iter().enumerate().filter(|(_, d)| d.playable) {
            if let Some(part) = script.part(&state, &def.id) {
                orders.set(def.id.clone(), part.to_orders(scn, &state, f));
            }
        }
        let report = resolve_turn(scn, &mut state, &orders);
        let mut headlines = Vec::new();
        let mut refused = Vec::new();
        for entry in report.entries() {
            match &entry.kind {
                EntryKind::Event { event, .. } => {
                    headlines.push(scn.events.get(*event).map_or("?", |e| e.title.as_str()).to_string())
                }
                EntryKind::Refused { faction, order, reason } => {
                    refused.push(format!("turn {}: {} {:?}: {reason}", report.turn, faction, order))
                }
                _ => {}
            }
        }
        steps.push(Step { state: state.clone(), headlines, refused });
    }
    steps
}

#[test]
fn both_variants_validate_without_any_diagnostic() {
    let long = load(LONG);
    let short = load(SHORT);
    assert_eq!(long.turns(), 12);
    assert_eq!(short.turns(), 6);
}

#[test]
fn the_embedded_default_is_the_twelve_turn_scenario() {
    let loaded = harmattan::scenario::load_default();
    assert!(loaded.diagnostics.is_empty());
    let scn = loaded.scenario.expect("the default scenario compiles");
    assert_eq!(scn.meta.id, "fuel_and_sovereignty");
    assert_eq!(harmattan::scenario::DEFAULT, std::fs::read_to_string(LONG).expect("the scenario file"));
}

#[test]
fn every_historical_order_is_accepted() {
    let scn = load(LONG);
    let steps = play_history(&scn);
    assert_eq!(steps.len(), 13, "the historical game lasts 12 turns");
    let refused: Vec<&String> = steps.iter().flat_map(|s| s.refused.iter()).collect();
    assert!(refused.is_empty(), "refused orders: {refused:#?}");
    let drone = steps.iter().position(|s| s.headlines.iter().any(|h| h.starts_with("Drone downed")));
    assert_eq!(drone, Some(4), "in the documented game the drone is downed at the start of April (turn 4)");
}

#[test]
fn closing_the_algerian_corridor_starves_the_north_within_two_turns() {
    let scn = load(LONG);
    let steps = play_history(&scn);
    let corridor = route(&scn, "algerian_corridor");
    // The corridor is open up to March and closed from April (turn 4).
    assert!(steps[3].state.routes[corridor].open, "open at the end of March");
    assert!(!steps[4].state.routes[corridor].open, "closed at the end of April");
    for id in NORTH {
        let before = (value(&scn, &steps[3].state, id, "fuel_stock"), value(&scn, &steps[3].state, id, "fuel_price"));
        let stock_low = (4..=5).map(|t| value(&scn, &steps[t].state, id, "fuel_stock")).min().unwrap_or(i64::MAX);
        let price_high = (4..=5).map(|t| value(&scn, &steps[t].state, id, "fuel_price")).max().unwrap_or(0);
        assert!(stock_low < before.0, "{id}: stock {} in March should fall by May, lowest {stock_low}", before.0);
        assert!(price_high > before.1, "{id}: price {} in March should rise by May, highest {price_high}", before.1);
    }
}

#[test]
fn the_niger_deal_brings_gao_and_menaka_back() {
    let scn = load(LONG);
    let steps = play_history(&scn);
    let deal = scn.flags.iter().position(|f| f.id == "niger_fuel_deal").expect("the deal flag");
    let signed = steps.iter().position(|s| s.state.flags[deal]).expect("the deal is signed");
    assert_eq!(signed, 5, "Niger proposes in April and Mali accepts in May");
    // The deal lands in May (turn 5): compare the low of April with May and June.
    for id in ["gao", "menaka"] {
        let low = value(&scn, &steps[signed - 1].state, id, "fuel_stock");
        let low_price = value(&scn, &steps[signed - 1].state, id, "fuel_price");
        let later = (signed..=signed + 1).map(|t| value(&scn, &steps[t].state, id, "fuel_stock")).max();
        let later_price = (signed..=signed + 1).map(|t| value(&scn, &steps[t].state, id, "fuel_price")).min();
        assert!(later > Some(low), "{id}: stock {low} in April should recover by June, got {later:?}");
        assert!(
            later_price < Some(low_price),
            "{id}: price {low_price} in April should ease by June, got {later_price:?}"
        );
    }
}

/// The Markdown tables of docs/history.md, from a real run of the historical line.
fn history_tables(scn: &Scenario, steps: &[Step]) -> String {
    let corridor = route(scn, "algerian_corridor");
    let niger = route(scn, "niger_corridor");
    let mut out = String::new();
    out.push_str("| month | Kidal | Gao | Timbuktu | Ménaka | Bamako | Algerian corridor | Niger corridor delivered | what happened at the start of the month |\n");
    out.push_str("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |\n");
    for (t, step) in steps.iter().enumerate() {
        let month = if t == 0 { "start".to_string() } else { MONTHS.get(t - 1).copied().unwrap_or("?").to_string() };
        let cell = |id: &str| {
            format!("{} d · {}", value(scn, &step.state, id, "fuel_stock"), value(scn, &step.state, id, "fuel_price"))
        };
        let r = &step.state.routes;
        out.push_str(&format!(
            "| {month} | {} | {} | {} | {} | {} | {} | {} | {} |\n",
            cell("kidal"),
            cell("gao"),
            cell("timbuktu"),
            cell("menaka"),
            cell("bamako"),
            if r[corridor].open { "open" } else { "closed" },
            r[niger].flow,
            step.headlines.join("; ")
        ));
    }
    out
}

#[test]
fn docs_history_shows_the_numbers_of_a_real_run() {
    let scn = load(LONG);
    let steps = play_history(&scn);
    let tables = history_tables(&scn, &steps);
    let begin = "<!-- history-table:begin -->\n";
    let end = "<!-- history-table:end -->";
    let doc = std::fs::read_to_string(HISTORY_DOC).unwrap_or_default();
    let current = doc.split_once(begin).and_then(|(_, rest)| rest.split_once(end)).map(|(table, _)| table);
    if current != Some(tables.as_str()) {
        if std::env::var_os("UPDATE_HISTORY_DOC").is_some() {
            let (head, tail) =
                match doc.split_once(begin).and_then(|(h, rest)| rest.split_once(end).map(|(_, t)| (h, t))) {
                    Some((h, t)) => (h.to_string(), t.to_string()),
                    None => (doc.clone(), "\n".to_string()),
                };
            std::fs::write(HISTORY_DOC, format!("{head}{begin}{tables}{end}{tail}")).expect("write docs/history.md");
        } else {
            panic!(
                "docs/history.md is out of date; run `UPDATE_HISTORY_DOC=1 cargo test --test default_scenario` \
                 and read the diff. The run gives:\n{tables}"
            );
        }
    }
}

#[test]
fn greedy_players_give_a_balanced_game() {
    let scn = load(LONG);
    let cfg = SimConfig { runs: 200, seed: 7, ai: AiKind::Greedy, turns: None };
    let games = run_games(&scn, cfg, &|| {});
    let summary = summarise(&scn, cfg, &games);
    // 20–45% over 1,000 games (docs/balance.md); 200 games carry about ±3.5
    // points of sampling error, so allow a small margin here.
    for f in &summary.factions {
        assert!(
            (0.17..=0.48).contains(&f.win_share),
            "{} wins {:.1}% of games, outside 20–45% (with margin)",
            f.id,
            f.win_share * 100.0
        );
    }
    for a in &summary.actions {
        assert!(
            a.turn_share <= 0.60,
            "{} chooses {} in {:.1}% of its turns",
            a.faction,
            a.action,
            a.turn_share * 100.0
        );
    }
    let settled = summary.turn_3_leader_wins.expect("games last more than three turns");
    assert!(settled < 0.70, "the leader after turn 3 wins {:.1}% of games", settled * 100.0);
}

#[test]
fn the_short_variant_plays_to_the_end_with_greedy_players() {
    let scn = load(SHORT);
    let cfg = SimConfig { runs: 40, seed: 3, ai: AiKind::Greedy, turns: None };
    let games = run_games(&scn, cfg, &|| {});
    assert!(games.iter().all(|g| g.turns == 6));
}

/// Prints the historical line (run with `--nocapture` while editing the scenario).
#[test]
#[ignore = "a tool for scenario authors, not a check"]
fn print_history() {
    let scn = load(LONG);
    let steps = play_history(&scn);
    println!("{}", history_tables(&scn, &steps));
    for s in &steps {
        for r in &s.refused {
            println!("REFUSED {r}");
        }
    }
}

/// Prints each objective's mean score under greedy play (a balancing tool).
#[test]
#[ignore = "a tool for scenario authors, not a check"]
fn print_objective_means() {
    let path = std::env::var("SCENARIO").unwrap_or_else(|_| LONG.to_string());
    let scn = load(&path);
    let cfg = SimConfig { runs: 200, seed: 7, ai: AiKind::Greedy, turns: None };
    let games = run_games(&scn, cfg, &|| {});
    for f in scn.factions.iter().enumerate().filter(|(_, d)| d.playable).map(|(f, _)| f) {
        let def = &scn.factions[f];
        for (o, obj) in def.objectives.iter().enumerate() {
            let scores: Vec<i64> = games
                .iter()
                .map(|g| {
                    let s = harmattan::engine::scores(&scn, &g.state);
                    s.factions.iter().find(|x| x.faction == f).map_or(0, |x| x.objectives[o].score)
                })
                .collect();
            let mean = scores.iter().sum::<i64>() as f64 / scores.len() as f64;
            let (lo, hi) = (scores.iter().min().copied().unwrap_or(0), scores.iter().max().copied().unwrap_or(0));
            println!("{:8} {:16} w{} mean {mean:5.1} min {lo} max {hi}", def.id, obj.id, obj.weight);
        }
    }
}

/// Both variants are written by tools/gen_default_scenario.py from one source;
/// this catches a hand edit to one file that the other did not get.
#[test]
fn the_short_variant_has_the_same_world_as_the_full_scenario() {
    let load = |name: &str| {
        let bytes = std::fs::read(name).expect("scenario file");
        harmattan::scenario::load(name, &bytes).scenario.expect("validates")
    };
    let long = load("scenarios/fuel-and-sovereignty.ron");
    let short = load("scenarios/fuel-and-sovereignty-short.ron");
    let ids = |s: &harmattan::scenario::Scenario| {
        (
            s.factions.iter().map(|f| (f.id.clone(), f.name.clone(), f.briefing.len() > 100)).collect::<Vec<_>>(),
            s.regions.iter().map(|r| (r.id.clone(), r.name.clone(), r.map)).collect::<Vec<_>>(),
            s.routes.iter().map(|r| (r.id.clone(), r.from, r.to, r.capacity)).collect::<Vec<_>>(),
            s.actions.iter().map(|a| (a.id.clone(), a.name.clone(), a.category, a.cost.clone())).collect::<Vec<_>>(),
            s.flags.iter().map(|f| f.id.clone()).collect::<Vec<_>>(),
        )
    };
    assert_eq!(ids(&long), ids(&short), "edit tools/gen_default_scenario.py and re-run it, rather than one file");
}

#[test]
fn mali_asking_and_niger_offering_fuel_in_the_same_turn_makes_one_deal() {
    use harmattan::engine::{Answer, FactionOrders, Order, Response};
    use harmattan::scenario::expr::RouteField;
    for path in [LONG, SHORT] {
        let scn = load(path);
        let mut state = new_game(&scn, 3);
        let mut first = TurnOrders::default();
        first.set("mali", FactionOrders { orders: vec![Order::at("ask_niger_fuel", "niger")], answers: Vec::new() });
        first.set("niger", FactionOrders { orders: vec![Order::at("propose_fuel_deal", "mali")], answers: Vec::new() });
        resolve_turn(&scn, &mut state, &first);
        assert_eq!(state.pending.len(), 2, "{path}: both proposals wait for an answer");
        let n1 = Slot::Route(route(&scn, "niger_corridor"), RouteField::Capacity);
        let treasury = |state: &GameState, f: &str| {
            let var = scn.faction_vars.iter().position(|v| v.id == "treasury").expect("treasury");
            state.get(Slot::FactionVar(scn.faction_index(f).expect("faction"), var))
        };
        let (capacity, niger) = (state.get(n1), treasury(&state, "niger"));
        let mut answers = TurnOrders::default();
        for p in &state.pending {
            let who = &scn.factions[p.faction].id;
            let mut mine = answers.of(who).cloned().unwrap_or_default();
            mine.answers.push(Answer { pending: p.id, response: Response::Accept });
            answers.set(who, mine);
        }
        let report = resolve_turn(&scn, &mut state, &answers);
        assert_eq!(state.get(n1), capacity + 16, "{path}: the N1 road gains its capacity once");
        let var = scn.faction_vars.iter().position(|v| v.id == "treasury").expect("treasury");
        let niger_treasury = Slot::FactionVar(scn.faction_index("niger").expect("niger"), var);
        let earned = report
            .entries()
            .flat_map(|e| &e.changes)
            .filter(|c| c.slot == niger_treasury && c.after - c.before == 15)
            .count();
        assert_eq!(earned, 1, "{path}: Niger is paid once (treasury {niger} before)");
        let why: Vec<String> =
            report.entries().filter_map(|e| e.news.clone()).filter(|n| n.contains("cannot take effect")).collect();
        assert_eq!(why.len(), 1, "{path}: {why:?}");
        assert!(why[0].contains("already concluded this agreement"), "{}", why[0]);
        assert!(report.entries().any(|e| matches!(e.kind, EntryKind::Answered { .. })));
    }
}

#[test]
fn no_computer_game_applies_the_niger_fuel_deal_twice() {
    use harmattan::engine::ai::{AiKind, decide};
    let scn = load(LONG);
    let deals = [
        "Niger agrees to supply northern Mali with fuel.",
        "Mali and Niger sign a fuel agreement for the north of Mali.",
    ];
    let mut refused_twins = 0;
    for (seed, kind) in (0..60u64).flat_map(|s| [(s, AiKind::Random), (s, AiKind::Greedy)]) {
        let mut state = new_game(&scn, seed);
        while !state.is_over() {
            let mut orders = TurnOrders::default();
            for (f, def) in scn.factions.iter().enumerate().filter(|(_, d)| d.playable) {
                orders.set(&def.id, decide(&scn, &state, f, kind));
            }
            let report = resolve_turn(&scn, &mut state, &orders);
            let applied = report.entries().filter_map(|e| e.news.as_deref()).filter(|n| deals.contains(n)).count();
            assert!(applied <= 1, "seed {seed}, {kind:?}, turn {}: the deal applied {applied} times", report.turn);
            refused_twins += report
                .entries()
                .filter_map(|e| e.news.as_deref())
                .filter(|n| n.contains("already concluded this agreement"))
                .count();
        }
    }
    assert!(refused_twins > 0, "some games propose the deal from both sides in one turn (the case this guards)");
}
