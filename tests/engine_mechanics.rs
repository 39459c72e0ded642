//! One test per engine mechanic, each on a tiny scenario built for it.
//!
//! Every scenario starts from the same base (three playable factions `alpha`,
//! `beta`, `gamma`; regions `home` (alpha's), `away` (beta's) and `depot`;
//! one flag `deal`) and plugs in only the actions, events, rules or routes
//! the mechanic needs. The rules being pinned are written out in
//! docs/rules.md.

use harmattan::engine::check::{Committed, preview};
use harmattan::engine::report::{Audience, Change, Entry, EntryKind, Slot, TurnReport};
use harmattan::engine::state::{EndReason, GameState, PendingKind};
use harmattan::engine::{
    Answer, FactionOrders, Order, Response, TurnOrders, new_game, play_turn, resolve_turn, scores,
};
use harmattan::scenario::Scenario;

// ---------------------------------------------------------------------------
// Building tiny scenarios
// ---------------------------------------------------------------------------

const DEFAULT_FACTIONS: &str = r#"[
        (id: "alpha", name: "Alpha", colour: "red"),
        (id: "beta", name: "Beta", colour: "green"),
        (id: "gamma", name: "Gamma", colour: "blue"),
    ]"#;

const DEFAULT_REGIONS: &str = r#"[
        (id: "home", name: "Home", controller: "alpha", map: (10, 10)),
        (id: "away", name: "Away", controller: "beta", map: (50, 50)),
        (id: "depot", name: "Depot", map: (90, 90), values: {"stock": 50}),
    ]"#;

/// A scenario under construction: the base with pluggable sections (each a RON list).
struct Spec {
    turns: u32,
    factions: String,
    regions: String,
    routes: String,
    actions: String,
    events: String,
    rules: String,
    end_when: String,
}

fn spec() -> Spec {
    Spec {
        turns: 10,
        factions: DEFAULT_FACTIONS.into(),
        regions: DEFAULT_REGIONS.into(),
        routes: "[]".into(),
        actions: "[]".into(),
        events: "[]".into(),
        rules: "[]".into(),
        end_when: "[]".into(),
    }
}

impl Spec {
    fn turns(mut self, n: u32) -> Self {
        self.turns = n;
        self
    }
    fn factions(mut self, s: &str) -> Self {
        self.factions = s.into();
        self
    }
    fn regions(mut self, s: &str) -> Self {
        self.regions = s.into();
        self
    }
    fn routes(mut self, s: &str) -> Self {
        self.routes = s.into();
        self
    }
    fn actions(mut self, s: &str) -> Self {
        self.actions = s.into();
        self
    }
    fn events(mut self, s: &str) -> Self {
        self.events = s.into();
        self
    }
    fn rules(mut self, s: &str) -> Self {
        self.rules = s.into();
        self
    }
    fn end_when(mut self, s: &str) -> Self {
        self.end_when = s.into();
        self
    }

    fn text(&self) -> String {
        format!(
            r#"Scenario(
    format: 1,
    meta: (id: "mechanics", title: "Mechanics", summary: "A test bench.",
           calendar: (start: "2025-01", turns: {turns})),
    action_points: 2,
    variables: (
        faction: [
            (id: "treasury", name: "Treasury", min: 0, max: 500, initial: 100),
            (id: "stability", name: "Stability", min: 0, max: 100, initial: 50),
        ],
        region: [
            (id: "stock", name: "Stock", min: 0, max: 100, initial: 0),
        ],
    ),
    factions: {factions},
    regions: {regions},
    routes: {routes},
    flags: [(id: "deal", name: "Deal", value: false)],
    actions: {actions},
    events: {events},
    rules: {rules},
    end_when: {end_when},
)
"#,
            turns = self.turns,
            factions = self.factions,
            regions = self.regions,
            routes = self.routes,
            actions = self.actions,
            events = self.events,
            rules = self.rules,
            end_when = self.end_when,
        )
    }

    /// Loads the scenario; fails the test with the rendered diagnostics if it does not validate.
    fn build(self) -> Scenario {
        let text = self.text();
        let loaded = harmattan::scenario::load("mechanics.ron", text.as_bytes());
        match loaded.scenario {
            Some(scn) if !loaded.has_errors() => scn,
            _ => {
                let rendered: Vec<String> =
                    loaded.file_diagnostics().filter(|d| d.diagnostic.is_error()).map(|d| d.render(false)).collect();
                panic!("the test scenario does not validate:\n{}\n--- source ---\n{text}", rendered.join("\n"))
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Reading and ordering
// ---------------------------------------------------------------------------

fn faction(scn: &Scenario, id: &str) -> usize {
    scn.faction_index(id).unwrap_or_else(|| panic!("no faction {id}"))
}

fn fv(scn: &Scenario, state: &GameState, f: &str, var: &str) -> i64 {
    let v = scn.faction_vars.iter().position(|d| d.id == var).expect("faction variable");
    state.get(Slot::FactionVar(faction(scn, f), v))
}

fn stock(scn: &Scenario, state: &GameState, region: &str) -> i64 {
    let r = scn.regions.iter().position(|d| d.id == region).expect("region");
    state.get(Slot::RegionVar(r, 0))
}

fn flag(state: &GameState) -> bool {
    state.flag(0)
}

fn relation(scn: &Scenario, state: &GameState, a: &str, b: &str) -> i64 {
    state.get(Slot::Relation(faction(scn, a), faction(scn, b)))
}

/// Orders for several factions: `&[("alpha", &[Order::new("x")])]`.
fn orders(list: &[(&str, &[Order])]) -> TurnOrders {
    let mut t = TurnOrders::default();
    for (f, given) in list {
        t.set(*f, FactionOrders { orders: given.to_vec(), answers: Vec::new() });
    }
    t
}

/// One faction's answer to one pending item.
fn answer(f: &str, pending: u64, response: Response) -> TurnOrders {
    let mut t = TurnOrders::default();
    t.set(f, FactionOrders { orders: Vec::new(), answers: vec![Answer { pending, response }] });
    t
}

fn none() -> TurnOrders {
    TurnOrders::default()
}

fn refusals(report: &TurnReport) -> Vec<String> {
    report
        .entries()
        .filter_map(|e| match &e.kind {
            EntryKind::Refused { reason, .. } => Some(reason.clone()),
            _ => None,
        })
        .collect()
}

fn order_entries(report: &TurnReport) -> Vec<&Entry> {
    report.entries().filter(|e| matches!(e.kind, EntryKind::Order { .. })).collect()
}

/// Turns on which event `id` fired while playing `turns` turns with no orders
/// (a report's `start` is the start of the turn it resolves, so turn 1 counts).
fn firing_turns(scn: &Scenario, id: &str, turns: u32, seed: u64) -> Vec<u32> {
    let e = scn.events.iter().position(|d| d.id == id).expect("event");
    let mut state = new_game(scn, seed);
    let mut fired = Vec::new();
    for _ in 0..turns {
        let report = resolve_turn(scn, &mut state, &none());
        if report.start.iter().any(|x| matches!(x.kind, EntryKind::Event { event, .. } if event == e)) {
            fired.push(report.turn);
        }
    }
    fired
}

// ---------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------

#[test]
fn a_closed_route_delivers_nothing() {
    let scn = spec()
        .routes(
            r#"[(id: "road", name: "Road", from: "depot", to: "home", carries: "stock", capacity: 20, open: false)]"#,
        )
        .build();
    let mut state = new_game(&scn, 1);
    let report = resolve_turn(&scn, &mut state, &none());
    assert_eq!(stock(&scn, &state, "home"), 0);
    assert_eq!(stock(&scn, &state, "depot"), 50);
    assert_eq!(state.route(0).expect("the route").flow, 0);
    assert!(!report.entries().any(|e| matches!(e.kind, EntryKind::Flow { .. })));
}

#[test]
fn an_open_route_delivers_up_to_capacity_and_drains_its_source_only_when_drains_source() {
    let scn = spec()
        .routes(
            r#"[
            (id: "pipe", name: "Pipe", from: "depot", to: "home", carries: "stock", capacity: 20),
            (id: "well", name: "Well", from: "depot", to: "away", carries: "stock", capacity: 15, drains_source: false),
        ]"#,
        )
        .build();
    let mut state = new_game(&scn, 1);
    let report = resolve_turn(&scn, &mut state, &none());
    assert_eq!(stock(&scn, &state, "home"), 20, "capacity 20 delivered");
    assert_eq!(stock(&scn, &state, "away"), 15, "capacity 15 delivered");
    assert_eq!(stock(&scn, &state, "depot"), 30, "only the draining route took from the depot");
    assert_eq!((state.route(0).expect("the route").flow, state.route(1).expect("the route").flow), (20, 15));
    let flows: Vec<(usize, i64, i64)> = report
        .entries()
        .filter_map(|e| match e.kind {
            EntryKind::Flow { route, sent, delivered, roll } => {
                assert!(roll.is_none(), "no interdiction roll on a route without risk");
                Some((route, sent, delivered))
            }
            _ => None,
        })
        .collect();
    assert_eq!(flows, vec![(0, 20, 20), (1, 15, 15)]);
    // Second turn: the same again (no rules consume anything).
    resolve_turn(&scn, &mut state, &none());
    assert_eq!((stock(&scn, &state, "home"), stock(&scn, &state, "away"), stock(&scn, &state, "depot")), (40, 30, 10));
}

#[test]
fn delivery_is_limited_by_destination_room_and_source_stock_in_file_order() {
    let scn = spec()
        .regions(
            r#"[
            (id: "home", name: "Home", controller: "alpha", map: (10, 10), values: {"stock": 95}),
            (id: "away", name: "Away", controller: "beta", map: (50, 50)),
            (id: "depot", name: "Depot", map: (90, 90), values: {"stock": 12}),
        ]"#,
        )
        .routes(
            r#"[
            (id: "first", name: "First", from: "depot", to: "home", carries: "stock", capacity: 20),
            (id: "second", name: "Second", from: "depot", to: "away", carries: "stock", capacity: 20),
        ]"#,
        )
        .build();
    let mut state = new_game(&scn, 1);
    resolve_turn(&scn, &mut state, &none());
    assert_eq!(stock(&scn, &state, "home"), 100, "home had room for 5 only");
    assert_eq!(stock(&scn, &state, "away"), 7, "the second route got what the first left in the depot");
    assert_eq!(stock(&scn, &state, "depot"), 0);
    assert_eq!((state.route(0).expect("the route").flow, state.route(1).expect("the route").flow), (5, 7));
}

#[test]
fn interdiction_loses_loss_percent_when_the_risk_roll_hits() {
    let scn = spec()
        .routes(
            r#"[
            (id: "raided", name: "Raided", from: "depot", to: "home", carries: "stock", capacity: 20, risk: 100, loss: 40),
            (id: "safe", name: "Safe", from: "depot", to: "away", carries: "stock", capacity: 20, risk: 0, loss: 40),
        ]"#,
        )
        .build();
    for seed in 0..10 {
        let mut state = new_game(&scn, seed);
        let report = resolve_turn(&scn, &mut state, &none());
        assert_eq!(stock(&scn, &state, "home"), 12, "40% of 20 lost");
        assert_eq!(stock(&scn, &state, "away"), 20, "nothing lost without risk");
        assert_eq!(stock(&scn, &state, "depot"), 10, "the source loses everything sent, lost or not");
        assert_eq!(state.route(0).expect("the route").flow, 12, "flow is what was delivered");
        let rolls: Vec<_> = report
            .entries()
            .filter_map(|e| match e.kind {
                EntryKind::Flow { sent, delivered, roll, .. } => Some((sent, delivered, roll.map(|r| r.success))),
                _ => None,
            })
            .collect();
        assert_eq!(rolls, vec![(20, 12, Some(true)), (20, 20, None)]);
        assert!(report.news(&scn).any(|n| n.contains("8 of 20 lost")), "{:?}", report.news(&scn).collect::<Vec<_>>());
    }
}

// ---------------------------------------------------------------------------
// Order checks
// ---------------------------------------------------------------------------

const SPENDING: &str = r#"[
    (id: "buy", name: "Buy", category: Energy, factions: ["alpha"], cost: {"treasury": 20},
     on_success: ["home.stock += 1"]),
    (id: "buy_more", name: "Buy more", category: Energy, factions: ["alpha"], cost: {"treasury": 20},
     on_success: ["home.stock += 2"]),
]"#;

#[test]
fn an_unaffordable_order_is_refused_with_a_readable_reason() {
    let factions = r#"[
        (id: "alpha", name: "Alpha", colour: "red", values: {"treasury": 5}),
        (id: "beta", name: "Beta", colour: "green"),
        (id: "gamma", name: "Gamma", colour: "blue"),
    ]"#;
    let scn = spec().factions(factions).actions(SPENDING).build();
    let mut state = new_game(&scn, 1);
    let report = resolve_turn(&scn, &mut state, &orders(&[("alpha", &[Order::new("buy")])]));
    assert_eq!(refusals(&report), vec!["costs 20 Treasury, 5 available".to_string()]);
    assert_eq!(fv(&scn, &state, "alpha", "treasury"), 5, "nothing paid");
    assert_eq!(stock(&scn, &state, "home"), 0, "nothing done");
    let refused = report.entries().find(|e| matches!(e.kind, EntryKind::Refused { .. })).expect("refused");
    assert_eq!(refused.audience, Audience::Only(0), "only the faction sees its refused orders");
}

#[test]
fn costs_are_cumulative_within_a_turn_and_paid() {
    let factions = r#"[
        (id: "alpha", name: "Alpha", colour: "red", values: {"treasury": 30}),
        (id: "beta", name: "Beta", colour: "green"),
        (id: "gamma", name: "Gamma", colour: "blue"),
    ]"#;
    let scn = spec().factions(factions).actions(SPENDING).build();
    let mut state = new_game(&scn, 1);
    let report = resolve_turn(&scn, &mut state, &orders(&[("alpha", &[Order::new("buy"), Order::new("buy_more")])]));
    assert_eq!(refusals(&report), vec!["costs 20 Treasury, 10 available".to_string()]);
    assert_eq!(fv(&scn, &state, "alpha", "treasury"), 10);
    assert_eq!(stock(&scn, &state, "home"), 1);
}

#[test]
fn unmet_requirements_give_the_explained_reason() {
    let factions = r#"[
        (id: "alpha", name: "Alpha", colour: "red", values: {"treasury": 5}),
        (id: "beta", name: "Beta", colour: "green"),
        (id: "gamma", name: "Gamma", colour: "blue"),
    ]"#;
    let actions = r#"[
        (id: "plan", name: "Plan", category: Energy, factions: ["alpha"],
         requires: "turn >= 1 and self.treasury >= 20", on_success: ["home.stock += 1"]),
        (id: "sign", name: "Sign", category: Diplomatic, factions: ["alpha"],
         requires: "flag.deal", on_success: ["home.stock += 1"]),
    ]"#;
    let scn = spec().factions(factions).actions(actions).build();
    let mut state = new_game(&scn, 1);
    let report = resolve_turn(&scn, &mut state, &orders(&[("alpha", &[Order::new("plan"), Order::new("sign")])]));
    assert_eq!(
        refusals(&report),
        vec![
            "Alpha's treasury is 5; this needs it at least 20.".to_string(),
            "This needs “Deal”, which is not the case now.".to_string()
        ]
    );
    assert_eq!(stock(&scn, &state, "home"), 0);
}

#[test]
fn an_unmet_requirement_gives_the_authors_words_when_it_has_them() {
    let actions = r#"[
        (id: "sign", name: "Sign", category: Diplomatic, factions: ["alpha"], target: Faction,
         requires: [("target == beta", "Only Beta will sign."), ("not flag.deal", "A deal is already in force.")],
         on_success: ["flag.deal = true"]),
    ]"#;
    let scn = spec().actions(actions).build();
    let mut state = new_game(&scn, 1);
    let report = resolve_turn(&scn, &mut state, &orders(&[("alpha", &[Order::at("sign", "gamma")])]));
    assert_eq!(refusals(&report), vec!["Only Beta will sign.".to_string()]);
    resolve_turn(&scn, &mut state, &orders(&[("alpha", &[Order::at("sign", "beta")])]));
    assert!(flag(&state));
    let report = resolve_turn(&scn, &mut state, &orders(&[("alpha", &[Order::at("sign", "beta")])]));
    assert_eq!(refusals(&report), vec!["A deal is already in force.".to_string()]);
}

#[test]
fn explained_reasons_never_show_ids_or_expression_syntax() {
    let actions = r#"[
        (id: "press", name: "Press", category: Diplomatic, factions: ["alpha"], target: Faction,
         requires: "(relation(self, target) < -40 or flag.deal) and target != gamma", on_success: ["flag.deal = true"]),
        (id: "claim", name: "Claim", category: Energy, factions: ["alpha"], target: Region,
         requires: "controls(self, target)", on_success: ["flag.deal = true"]),
        (id: "only_home", name: "Only home", category: Energy, factions: ["alpha"], target: Region,
         requires: "target == home", on_success: ["flag.deal = true"]),
    ]"#;
    let scn = spec().actions(actions).build();
    let state = new_game(&scn, 1);
    let alpha = faction(&scn, "alpha");
    let why = |action: &str, target: usize| {
        let a = scn.action_index(action).expect("the action exists");
        harmattan::engine::check::unmet(&scn, &state, a, alpha, Some(target)).expect("it is unavailable")
    };
    let beta = faction(&scn, "beta");
    let away = scn.entity_index(harmattan::scenario::expr::EntityKind::Region, "away").expect("away");
    let depot = scn.entity_index(harmattan::scenario::expr::EntityKind::Region, "depot").expect("depot");
    let press = why("press", beta);
    assert!(press.starts_with("This needs relations between Alpha and Beta below −40 or “Deal”"), "{press}");
    assert_eq!(why("claim", away), "Alpha does not control Away.");
    assert_eq!(why("only_home", depot), "Only possible with Home as the target.");
    for text in [press, why("claim", away), why("only_home", depot)] {
        for syntax in ["flag.", "self", "target ==", "==", "relation(", "controls(", "alpha", "beta"] {
            assert!(!text.contains(syntax), "`{syntax}` in {text}");
        }
    }
}

#[test]
fn aggregates_sum_count_and_average_over_the_items_a_filter_keeps() {
    // Alpha controls home (stock 30) and depot (stock 12); beta controls away (stock 50).
    let regions = r#"[
        (id: "home", name: "Home", controller: "alpha", map: (10, 10), values: {"stock": 30}),
        (id: "away", name: "Away", controller: "beta", map: (50, 50), values: {"stock": 50}),
        (id: "depot", name: "Depot", controller: "alpha", map: (90, 90), values: {"stock": 12}),
    ]"#;
    let rules = r#"[
        (id: "tax", each: Factions,
         effects: ["self.treasury += sum(r in regions where controls(self, r): r.stock)"]),
    ]"#;
    let actions = r#"[
        (id: "rally", name: "Rally", category: Security, factions: ["alpha", "beta"],
         requires: "count(r in regions where controls(self, r)) >= 2 and mean(f in factions: f.stability) >= 40",
         on_success: ["self.stability += max(r in regions where controls(self, r): r.stock)"]),
    ]"#;
    let scn = spec().regions(regions).rules(rules).actions(actions).build();
    let mut state = new_game(&scn, 1);
    let why = |requires: &str| {
        let text = spec().regions(regions).actions(&format!(
            r#"[(id: "x", name: "X", category: Energy, factions: ["alpha"], requires: "{requires}", on_success: ["home.stock += 1"])]"#
        ));
        let scn = text.build();
        let state = new_game(&scn, 1);
        harmattan::engine::check::unmet(&scn, &state, 0, 0, None).expect("it is unavailable")
    };
    assert_eq!(
        why("mean(f in factions where f != gamma: f.stability) > 60"),
        "The average stability of the factions other than Gamma is 50; this needs it above 60."
    );
    assert_eq!(why("sum(r in regions: r.stock) < 10"), "The total stock of all regions is 92; this needs it below 10.");
    assert_eq!(
        why("max(r in regions where r.stock < 40: r.stock * 2) > 100"),
        "The highest of stock in the region times 2, over the regions where stock in the region below 40 is 60; this needs it above 100."
    );
    let report =
        resolve_turn(&scn, &mut state, &orders(&[("alpha", &[Order::new("rally")]), ("beta", &[Order::new("rally")])]));
    assert_eq!(fv(&scn, &state, "alpha", "treasury"), 100 + 42, "the rule added up the regions alpha controls");
    assert_eq!(fv(&scn, &state, "beta", "treasury"), 100 + 50);
    assert_eq!(fv(&scn, &state, "gamma", "treasury"), 100, "nothing to add up: 0");
    assert_eq!(fv(&scn, &state, "alpha", "stability"), 50 + 30, "the largest stock alpha controls");
    let why = refusals(&report);
    assert_eq!(why, vec!["The number of regions Beta controls is 1; this needs it at least 2.".to_string()],);
}

const TWO_WAY_DEAL: &str = r#"[
    (id: "ask", name: "Ask for the deal", category: Diplomatic, factions: ["alpha"], target: Faction,
     cost: {"treasury": 10}, consent: true, agreement: "deal",
     requires: [("not flag.deal", "The deal is already in force.")],
     on_success: ["flag.deal = true", "self.treasury -= 5", "target.treasury += 7", "away.stock += 16"]),
    (id: "offer", name: "Offer the deal", category: Diplomatic, factions: ["beta"], target: Faction,
     consent: true, agreement: "deal",
     requires: [("not flag.deal", "The deal is already in force.")],
     on_success: ["flag.deal = true", "target.treasury -= 5", "self.treasury += 7", "away.stock += 16"]),
]"#;

#[test]
fn the_same_agreement_proposed_by_both_sides_and_both_accepted_takes_effect_once() {
    let scn = spec().actions(TWO_WAY_DEAL).build();
    let mut state = new_game(&scn, 1);
    resolve_turn(
        &scn,
        &mut state,
        &orders(&[("alpha", &[Order::at("ask", "beta")]), ("beta", &[Order::at("offer", "alpha")])]),
    );
    assert_eq!(state.pending.len(), 2, "both proposals wait for an answer");
    let (alpha_before, beta_before, stock_before) =
        (fv(&scn, &state, "alpha", "treasury"), fv(&scn, &state, "beta", "treasury"), stock(&scn, &state, "away"));
    let mut given = TurnOrders::default();
    for p in &state.pending {
        let who = scn.factions[p.faction].id.clone();
        let mut mine = given.of(&who).cloned().unwrap_or_default();
        mine.answers.push(Answer { pending: p.id, response: Response::Accept });
        given.set(&who, mine);
    }
    let report = resolve_turn(&scn, &mut state, &given);
    assert!(flag(&state));
    assert_eq!(fv(&scn, &state, "alpha", "treasury") - alpha_before, -5, "Alpha pays once");
    assert_eq!(fv(&scn, &state, "beta", "treasury") - beta_before, 7, "Beta earns once");
    let news: Vec<String> = report.news(&scn).map(|n| n.into_owned()).collect();
    assert!(
        news.iter().any(|n| n.contains("cannot take effect") && n.contains("already concluded this agreement")),
        "the report says why the second does not apply: {news:?}"
    );
    let delivered = stock(&scn, &state, "away") - stock_before;
    assert!(delivered <= 16, "the road's extra capacity counts once: {delivered}");
}

#[test]
fn an_accepted_proposal_whose_requirement_no_longer_holds_does_not_take_effect() {
    let actions = r#"[
        (id: "pact", name: "Pact", category: Diplomatic, factions: ["alpha"], target: Faction, consent: true,
         requires: [("not flag.deal", "The deal is already in force.")],
         on_success: ["flag.deal = true", "target.stability += 2"]),
        (id: "sign_alone", name: "Sign alone", category: Diplomatic, factions: ["alpha"],
         on_success: ["flag.deal = true"]),
    ]"#;
    let scn = spec().actions(actions).build();
    let mut state = new_game(&scn, 1);
    // The pact is proposed while the deal is not in force; another order brings it in the same turn.
    resolve_turn(&scn, &mut state, &orders(&[("alpha", &[Order::at("pact", "beta"), Order::new("sign_alone")])]));
    assert!(flag(&state));
    let before = fv(&scn, &state, "beta", "stability");
    let id = state.pending[0].id;
    let report = resolve_turn(&scn, &mut state, &answer("beta", id, Response::Accept));
    assert_eq!(fv(&scn, &state, "beta", "stability"), before, "the pact did not apply");
    assert!(report.news(&scn).any(|n| n.contains("The deal is already in force")), "the report gives the reason");
    assert!(
        report.entries().any(|e| matches!(e.kind, EntryKind::Answered { blocked: true, .. })),
        "and the answer says it could not take effect"
    );
}

#[test]
fn requirements_are_checked_against_the_start_of_phase_state_not_after_earlier_costs() {
    let factions = r#"[
        (id: "alpha", name: "Alpha", colour: "red", values: {"treasury": 40}),
        (id: "beta", name: "Beta", colour: "green"),
        (id: "gamma", name: "Gamma", colour: "blue"),
    ]"#;
    let actions = r#"[
        (id: "spend", name: "Spend", category: Energy, factions: ["alpha"], cost: {"treasury": 30}),
        (id: "rich_only", name: "Rich only", category: Energy, factions: ["alpha"],
         requires: "self.treasury >= 40", on_success: ["home.stock += 1"]),
    ]"#;
    let scn = spec().factions(factions).actions(actions).build();
    let mut state = new_game(&scn, 1);
    let report = resolve_turn(&scn, &mut state, &orders(&[("alpha", &[Order::new("spend"), Order::new("rich_only")])]));
    assert!(refusals(&report).is_empty(), "{:?}", refusals(&report));
    assert_eq!(stock(&scn, &state, "home"), 1);
    assert_eq!(fv(&scn, &state, "alpha", "treasury"), 10);
}

#[test]
fn all_costs_are_paid_before_any_effect_is_computed() {
    let actions = r#"[
        (id: "read", name: "Read", category: Energy, factions: ["alpha"],
         on_success: ["self.stability = self.treasury / 2"]),
        (id: "spend", name: "Spend", category: Energy, factions: ["alpha"], cost: {"treasury": 30}),
    ]"#;
    let scn = spec().actions(actions).build();
    let mut state = new_game(&scn, 1);
    // `read` is queued first, but `spend`'s cost is paid before its effect is computed.
    resolve_turn(&scn, &mut state, &orders(&[("alpha", &[Order::new("read"), Order::new("spend")])]));
    assert_eq!(fv(&scn, &state, "alpha", "treasury"), 70);
    assert_eq!(fv(&scn, &state, "alpha", "stability"), 35);
}

const CHEAP: &str = r#"[
    (id: "one", name: "One", category: Energy, factions: ["alpha"], on_success: ["home.stock += 1"]),
    (id: "two", name: "Two", category: Energy, factions: ["alpha"], on_success: ["home.stock += 2"]),
    (id: "three", name: "Three", category: Energy, factions: ["alpha"], on_success: ["home.stock += 4"]),
    (id: "big", name: "Big", category: Energy, factions: ["alpha"], ap: 2, on_success: ["home.stock += 8"]),
    (id: "aim", name: "Aim", category: Security, factions: ["alpha"], target: Region,
     on_success: ["target.stock += 10"]),
]"#;

#[test]
fn action_points_are_never_exceeded() {
    let scn = spec().actions(CHEAP).build();
    let mut state = new_game(&scn, 1);
    let report = resolve_turn(
        &scn,
        &mut state,
        &orders(&[("alpha", &[Order::new("one"), Order::new("two"), Order::new("three")])]),
    );
    assert_eq!(refusals(&report), vec!["needs 1 action point, 0 left".to_string()]);
    assert_eq!(stock(&scn, &state, "home"), 3, "the first two orders, not the third");

    let report = resolve_turn(&scn, &mut state, &orders(&[("alpha", &[Order::new("one"), Order::new("big")])]));
    assert_eq!(refusals(&report), vec!["needs 2 action points, 1 left".to_string()]);
    assert_eq!(stock(&scn, &state, "home"), 4);
}

#[test]
fn the_same_action_and_target_twice_in_a_turn_is_refused() {
    let scn = spec().actions(CHEAP).build();
    let mut state = new_game(&scn, 1);
    let report = resolve_turn(&scn, &mut state, &orders(&[("alpha", &[Order::new("one"), Order::new("one")])]));
    assert_eq!(refusals(&report), vec!["already ordered this turn".to_string()]);
    assert_eq!(stock(&scn, &state, "home"), 1);

    // The same action on two different targets is two different orders.
    let report =
        resolve_turn(&scn, &mut state, &orders(&[("alpha", &[Order::at("aim", "away"), Order::at("aim", "depot")])]));
    assert!(refusals(&report).is_empty());
    assert_eq!((stock(&scn, &state, "away"), stock(&scn, &state, "depot")), (10, 60));
}

#[test]
fn a_faction_not_listed_cannot_take_an_action() {
    let scn = spec().actions(CHEAP).build();
    let mut state = new_game(&scn, 1);
    let report = resolve_turn(&scn, &mut state, &orders(&[("gamma", &[Order::new("one")])]));
    assert_eq!(refusals(&report), vec!["Gamma cannot take this action".to_string()]);
    assert_eq!(stock(&scn, &state, "home"), 0);
}

#[test]
fn a_faction_that_is_not_playable_gives_no_orders() {
    let factions = r#"[
        (id: "alpha", name: "Alpha", colour: "red", playable: false),
        (id: "beta", name: "Beta", colour: "green"),
        (id: "gamma", name: "Gamma", colour: "blue"),
    ]"#;
    let actions = r#"[
        (id: "one", name: "One", category: Energy, factions: ["alpha", "beta"], on_success: ["home.stock += 1"]),
    ]"#;
    let scn = spec().factions(factions).actions(actions).build();
    let mut state = new_game(&scn, 1);
    let report = resolve_turn(&scn, &mut state, &orders(&[("alpha", &[Order::new("one")])]));
    assert_eq!(refusals(&report), vec!["Alpha does not give orders".to_string()]);
    assert_eq!(stock(&scn, &state, "home"), 0);
}

// ---------------------------------------------------------------------------
// Chance, delay, duration
// ---------------------------------------------------------------------------

#[test]
fn chance_0_always_fails_and_applies_on_failure_and_chance_100_always_succeeds() {
    let actions = r#"[
        (id: "hopeless", name: "Hopeless", category: Security, factions: ["alpha"], chance: "0",
         on_success: ["home.stock += 10"], on_failure: ["self.stability -= 10"]),
        (id: "certain", name: "Certain", category: Security, factions: ["beta"], chance: "100",
         on_success: ["away.stock += 10"], on_failure: ["self.stability -= 10"]),
    ]"#;
    let scn = spec().actions(actions).build();
    for seed in 0..25 {
        let mut state = new_game(&scn, seed);
        let report = resolve_turn(
            &scn,
            &mut state,
            &orders(&[("alpha", &[Order::new("hopeless")]), ("beta", &[Order::new("certain")])]),
        );
        assert_eq!((stock(&scn, &state, "home"), fv(&scn, &state, "alpha", "stability")), (0, 40));
        assert_eq!((stock(&scn, &state, "away"), fv(&scn, &state, "beta", "stability")), (10, 50));
        let outcomes: Vec<(bool, i64)> = order_entries(&report)
            .iter()
            .filter_map(|e| match e.kind {
                EntryKind::Order { success, roll: Some(r), .. } => Some((success, r.chance)),
                _ => None,
            })
            .collect();
        assert_eq!(outcomes, vec![(false, 0), (true, 100)]);
    }
}

#[test]
fn a_delayed_effect_lands_on_exactly_turn_t_plus_delay() {
    let actions = r#"[
        (id: "slow", name: "Slow", category: Energy, factions: ["alpha"], delay: 2,
         on_success: ["home.stock += 10"]),
    ]"#;
    let scn = spec().actions(actions).build();
    let mut state = new_game(&scn, 1);
    let report = resolve_turn(&scn, &mut state, &orders(&[("alpha", &[Order::new("slow")])]));
    assert!(matches!(order_entries(&report)[0].kind, EntryKind::Order { lands_on: Some(3), .. }));
    assert_eq!(stock(&scn, &state, "home"), 0, "not on turn 1");
    let report = resolve_turn(&scn, &mut state, &none());
    assert_eq!(stock(&scn, &state, "home"), 0, "not on turn 2");
    assert!(!report.entries().any(|e| matches!(e.kind, EntryKind::Landed { .. })));
    let report = resolve_turn(&scn, &mut state, &none());
    assert_eq!(report.turn, 3);
    assert_eq!(stock(&scn, &state, "home"), 10, "on turn 3");
    assert!(report.entries().any(|e| matches!(e.kind, EntryKind::Landed { success: true, .. })));
    resolve_turn(&scn, &mut state, &none());
    assert_eq!(stock(&scn, &state, "home"), 10, "once only");
    assert!(state.scheduled.is_empty());
}

#[test]
fn ongoing_effects_apply_exactly_duration_times_then_on_end_once() {
    let actions = r#"[
        (id: "campaign", name: "Campaign", category: Security, factions: ["alpha"], duration: 3,
         on_success: ["away.stock += 50"], ongoing: ["home.stock += 1"], on_end: ["self.stability += 7"]),
    ]"#;
    let scn = spec().actions(actions).build();
    let mut state = new_game(&scn, 1);
    let mut seen = Vec::new();
    let (mut ongoing, mut ended) = (0, 0);
    for turn in 1..=5 {
        let given = if turn == 1 { orders(&[("alpha", &[Order::new("campaign")])]) } else { none() };
        let report = resolve_turn(&scn, &mut state, &given);
        ongoing += report.entries().filter(|e| matches!(e.kind, EntryKind::Ongoing { .. })).count();
        ended += report.entries().filter(|e| matches!(e.kind, EntryKind::Ended { .. })).count();
        seen.push((stock(&scn, &state, "home"), fv(&scn, &state, "alpha", "stability")));
    }
    // Turns 1, 2, 3 apply the ongoing effect; on_end follows the third.
    assert_eq!(seen, vec![(1, 50), (2, 50), (3, 57), (3, 57), (3, 57)]);
    assert_eq!((ongoing, ended), (3, 1));
    assert_eq!(stock(&scn, &state, "away"), 50, "on_success applied once");
    assert!(state.scheduled.is_empty());
}

fn route_risk(scn: &Scenario, state: &GameState) -> (i64, bool) {
    let r = scn.routes.iter().position(|d| d.id == "road").expect("road");
    (state.route(r).expect("the route").risk, state.route(r).expect("the route").open)
}

const ROAD: &str = r#"[(id: "road", name: "The road", from: "depot", to: "home", carries: "stock",
    capacity: 5, risk: 10, drains_source: false)]"#;

#[test]
fn held_effects_are_in_place_for_the_duration_then_exactly_what_they_changed_is_given_back() {
    // The escort lowers a 10% risk by 15: clamped at 0, it changed the risk by 10,
    // and 10 is what comes back (not 15, which would leave 15%).
    let actions = r#"[
        (id: "escort", name: "Escort", category: Security, factions: ["alpha"], target: Route, duration: 2,
         hold: ["target.risk -= 15", "self.stability += 60", "target.open = false"], on_end: ["self.treasury += 1"]),
        (id: "harass", name: "Harass", category: Security, factions: ["beta"], target: Route,
         on_success: ["target.risk += 4"]),
    ]"#;
    let scn = spec().routes(ROAD).actions(actions).build();
    let mut state = new_game(&scn, 1);
    let mut seen = Vec::new();
    for turn in 1..=4 {
        let given = match turn {
            1 => orders(&[("alpha", &[Order::at("escort", "road")])]),
            2 => orders(&[("beta", &[Order::at("harass", "road")])]),
            _ => none(),
        };
        let report = resolve_turn(&scn, &mut state, &given);
        let ended = report.entries().any(|e| matches!(e.kind, EntryKind::Ended { .. }));
        seen.push((route_risk(&scn, &state), fv(&scn, &state, "alpha", "stability"), ended));
    }
    assert_eq!(
        seen,
        vec![
            ((0, false), 100, false), // held on turns 1 and 2 (stability clamped at 100: +50 applied)
            ((4, false), 100, false), // someone else's change on top stays
            ((14, true), 50, true),   // ends the turn after its last: 10 and 50 given back, the road reopened
            ((14, true), 50, false),
        ]
    );
    assert_eq!(fv(&scn, &state, "alpha", "treasury"), 101, "on_end applied once, when it ended");
    assert!(state.scheduled.is_empty());
}

#[test]
fn a_condition_given_back_only_returns_if_nothing_else_changed_it() {
    let actions = r#"[
        (id: "close", name: "Close", category: Security, factions: ["alpha"], target: Route, duration: 1,
         hold: ["target.open = false"]),
        (id: "reopen", name: "Reopen", category: Security, factions: ["beta"], target: Route,
         on_success: ["target.open = true"]),
        (id: "shut", name: "Shut", category: Security, factions: ["gamma"], target: Route,
         on_success: ["target.open = false"]),
    ]"#;
    let scn = spec().routes(ROAD).actions(actions).build();
    let mut state = new_game(&scn, 1);
    resolve_turn(&scn, &mut state, &orders(&[("alpha", &[Order::at("close", "road")])]));
    assert!(!route_risk(&scn, &state).1);
    // Gamma shuts it too, which changes nothing: the hold's change is intact and given back.
    resolve_turn(&scn, &mut state, &orders(&[("gamma", &[Order::at("shut", "road")])]));
    assert!(route_risk(&scn, &state).1, "reopened when the hold ended");
    resolve_turn(&scn, &mut state, &orders(&[("alpha", &[Order::at("close", "road")])]));
    resolve_turn(&scn, &mut state, &orders(&[("beta", &[Order::at("reopen", "road")])]));
    assert!(route_risk(&scn, &state).1, "reopened by beta, and giving back finds it already open");
}

/// Alpha's campaign of `stack` mode given on turns 1 and 2; the home stock
/// after each of five turns and alpha's refusals.
fn campaign(stack: &str) -> (Vec<i64>, Vec<String>) {
    let actions = format!(
        r#"[(id: "campaign", name: "Campaign", category: Security, factions: ["alpha"], duration: 3, stack: {stack},
            ongoing: ["home.stock += 1"], on_end: ["self.stability += 7"])]"#
    );
    let scn = spec().actions(&actions).build();
    let mut state = new_game(&scn, 1);
    let (mut seen, mut refused) = (Vec::new(), Vec::new());
    for turn in 1..=5 {
        let given = if turn <= 2 { orders(&[("alpha", &[Order::new("campaign")])]) } else { none() };
        refused.extend(refusals(&resolve_turn(&scn, &mut state, &given)));
        seen.push(stock(&scn, &state, "home"));
    }
    (seen, refused)
}

#[test]
fn a_lasting_action_given_again_stacks_refreshes_or_is_refused_as_its_stack_says() {
    // Stack: two run side by side (turns 2 and 3 get two), then the second alone.
    assert_eq!(campaign("Stack"), (vec![1, 3, 5, 6, 6], vec![]));
    // Refresh: one, whose three turns start again on turn 2: turns 1–4.
    assert_eq!(campaign("Refresh"), (vec![1, 2, 3, 4, 4], vec![]));
    // Refuse: the second order is refused; turns 1–3.
    assert_eq!(
        campaign("Refuse"),
        (vec![1, 2, 3, 3, 3], vec!["your earlier one is still in effect for 2 more turns".to_string()])
    );
}

#[test]
fn active_asks_whether_a_lasting_action_is_in_effect() {
    let actions = r#"[
        (id: "escort", name: "Escort", category: Security, factions: ["alpha"], target: Route, duration: 2,
         hold: ["target.risk -= 5"]),
        (id: "raid", name: "Raid", category: Security, factions: ["beta"], target: Route,
         requires: "not active(escort, target)", on_success: ["target.risk += 20"]),
    ]"#;
    let rules = r#"[(id: "calm", each: World, when: "active(escort)", effects: ["gamma.stability += 1"])]"#;
    let scn = spec().routes(ROAD).actions(actions).rules(rules).build();
    let mut state = new_game(&scn, 1);
    resolve_turn(&scn, &mut state, &orders(&[("alpha", &[Order::at("escort", "road")])]));
    let report = resolve_turn(&scn, &mut state, &orders(&[("beta", &[Order::at("raid", "road")])]));
    assert_eq!(refusals(&report), vec!["“Escort” on The road is already in effect.".to_string()]);
    assert_eq!(fv(&scn, &state, "gamma", "stability"), 52, "the rule saw it on turns 1 and 2");
    resolve_turn(&scn, &mut state, &none());
    assert_eq!(
        fv(&scn, &state, "gamma", "stability"),
        52,
        "given back at the start of turn 3's lasting effects: no longer in effect"
    );
    let report = resolve_turn(&scn, &mut state, &orders(&[("beta", &[Order::at("raid", "road")])]));
    assert!(refusals(&report).is_empty());
}

// ---------------------------------------------------------------------------
// Proposals and choices
// ---------------------------------------------------------------------------

const PACT: &str = r#"[
    (id: "pact", name: "Pact", category: Diplomatic, factions: ["alpha"], target: Faction,
     cost: {"treasury": 10}, consent: true,
     on_success: ["flag.deal = true", "self.stability += 1", "target.stability += 2"],
     on_decline: ["relation(self, target) -= 5"]),
]"#;

/// Alpha proposes the pact to beta on turn 1; returns the state at turn 2 and the pending id.
fn proposed(scn: &Scenario) -> (GameState, u64) {
    let mut state = new_game(scn, 1);
    let report = resolve_turn(scn, &mut state, &orders(&[("alpha", &[Order::at("pact", "beta")])]));
    let beta = faction(scn, "beta");
    assert_eq!(state.pending.len(), 1);
    let p = &state.pending[0];
    assert_eq!(p.faction, beta);
    assert_eq!(p.kind, PendingKind::Proposal { action: 0, from: faction(scn, "alpha") });
    assert!(report.entries().any(|e| matches!(e.kind, EntryKind::Proposed { target, pending, .. }
        if target == beta && pending == p.id)));
    assert!(!flag(&state), "nothing happens before the answer");
    assert_eq!(fv(scn, &state, "alpha", "treasury"), 90, "the cost is paid when proposing");
    (state.clone(), p.id)
}

#[test]
fn an_accepted_proposal_applies_on_success_with_self_the_proposer_and_target_the_accepter() {
    let scn = spec().actions(PACT).build();
    let (mut state, id) = proposed(&scn);
    let report = resolve_turn(&scn, &mut state, &answer("beta", id, Response::Accept));
    assert!(flag(&state));
    assert_eq!(fv(&scn, &state, "alpha", "stability"), 51, "self = proposer");
    assert_eq!(fv(&scn, &state, "beta", "stability"), 52, "target = accepter");
    assert_eq!(relation(&scn, &state, "alpha", "beta"), 0);
    assert!(
        report
            .entries()
            .any(|e| matches!(e.kind, EntryKind::Answered { response: Response::Accept, defaulted: false, .. }))
    );
    assert!(state.pending.is_empty());
}

#[test]
fn a_declined_proposal_applies_on_decline_and_changes_nothing_else() {
    let scn = spec().actions(PACT).build();
    let (mut state, id) = proposed(&scn);
    let before = state.clone();
    let report = resolve_turn(&scn, &mut state, &answer("beta", id, Response::Decline));
    assert!(!flag(&state));
    assert_eq!(relation(&scn, &state, "alpha", "beta"), -5);
    let variables = |c: &&Change| matches!(c.slot, Slot::FactionVar(..) | Slot::RegionVar(..));
    assert_eq!(state.diff(&before).iter().filter(variables).count(), 0, "no refund, no success effects");
    assert!(
        report
            .entries()
            .any(|e| matches!(e.kind, EntryKind::Answered { response: Response::Decline, defaulted: false, .. }))
    );
}

#[test]
fn an_unanswered_proposal_counts_as_declined() {
    let scn = spec().actions(PACT).build();
    let (mut state, _) = proposed(&scn);
    let report = resolve_turn(&scn, &mut state, &none());
    assert!(!flag(&state));
    assert_eq!(relation(&scn, &state, "alpha", "beta"), -5);
    assert!(
        report
            .entries()
            .any(|e| matches!(e.kind, EntryKind::Answered { response: Response::Decline, defaulted: true, .. }))
    );
    assert!(state.pending.is_empty(), "a proposal is answered once, by default if need be");
}

#[test]
fn a_proposal_cannot_be_repeated_while_it_waits_for_its_answer() {
    let scn = spec().actions(PACT).build();
    let (mut state, id) = proposed(&scn);
    let mut given = answer("beta", id, Response::Accept);
    given.set("alpha", FactionOrders { orders: vec![Order::at("pact", "beta")], answers: Vec::new() });
    let report = resolve_turn(&scn, &mut state, &given);
    assert_eq!(refusals(&report), vec!["this proposal is already waiting for an answer".to_string()]);
}

const CHOICE: &str = r#"[
    (id: "crisis", title: "Crisis", text: "Something happens.", turn: 1,
     effects: ["away.stock += 3"],
     choice: (faction: "beta", prompt: "What now?", options: [
        (id: "calm", label: "Stay calm", effects: ["self.stability += 1"]),
        (id: "angry", label: "Get angry", effects: ["self.stability -= 10", "home.stock += 5"]),
     ])),
]"#;

#[test]
fn an_unanswered_event_choice_takes_the_first_option() {
    let scn = spec().events(CHOICE).build();
    let mut state = new_game(&scn, 1);
    assert_eq!(stock(&scn, &state, "away"), 3, "the event's own effects apply at the start of the turn");
    assert_eq!(state.pending.len(), 1);
    assert!(matches!(state.pending[0].kind, PendingKind::Choice { event: 0 }));
    let report = resolve_turn(&scn, &mut state, &none());
    assert_eq!(fv(&scn, &state, "beta", "stability"), 51);
    assert_eq!(stock(&scn, &state, "home"), 0);
    assert!(report.entries().any(|e| matches!(&e.kind,
        EntryKind::Answered { response: Response::Choose(o), defaulted: true, .. } if o == "calm")));
}

#[test]
fn an_answered_event_choice_applies_the_chosen_option() {
    let scn = spec().events(CHOICE).build();
    let mut state = new_game(&scn, 1);
    let id = state.pending[0].id;
    let report = resolve_turn(&scn, &mut state, &answer("beta", id, Response::Choose("angry".into())));
    assert_eq!(fv(&scn, &state, "beta", "stability"), 40, "self = the choosing faction");
    assert_eq!(stock(&scn, &state, "home"), 5);
    assert!(report.entries().any(|e| matches!(&e.kind,
        EntryKind::Answered { response: Response::Choose(o), defaulted: false, .. } if o == "angry")));
}

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

#[test]
fn a_scheduled_event_fires_only_on_its_turn() {
    let events = r#"[
        (id: "fair", title: "Fair", text: "A fair.", turn: 3, repeat: Always, effects: ["home.stock += 1"]),
    ]"#;
    let scn = spec().events(events).build();
    assert_eq!(firing_turns(&scn, "fair", 9, 1), vec![3]);
    let mut state = new_game(&scn, 1);
    let mut stocks = vec![stock(&scn, &state, "home")];
    for _ in 0..5 {
        resolve_turn(&scn, &mut state, &none());
        stocks.push(stock(&scn, &state, "home"));
    }
    // Index i is the state at the start of turn i + 1.
    assert_eq!(stocks, vec![0, 0, 1, 1, 1, 1]);
    assert_eq!(state.event_fired[0], Some(3));
}

#[test]
fn a_conditional_event_fires_only_when_its_condition_holds() {
    let actions = r#"[
        (id: "sign", name: "Sign", category: Diplomatic, factions: ["alpha"], on_success: ["flag.deal = true"]),
        (id: "tear", name: "Tear up", category: Diplomatic, factions: ["alpha"], on_success: ["flag.deal = false"]),
    ]"#;
    let events = r#"[
        (id: "party", title: "Party", text: "A party.", when: "flag.deal", repeat: Always,
         effects: ["home.stock += 1"]),
    ]"#;
    let scn = spec().actions(actions).events(events).build();
    let mut state = new_game(&scn, 1);
    let script = ["", "sign", "", "tear", "", ""];
    let mut stocks = Vec::new();
    for action in script {
        let given = if action.is_empty() { none() } else { orders(&[("alpha", &[Order::new(action)])]) };
        resolve_turn(&scn, &mut state, &given);
        stocks.push(stock(&scn, &state, "home"));
    }
    // Signed during turn 2: fires at the start of turns 3 and 4; torn up during turn 4.
    assert_eq!(stocks, vec![0, 1, 2, 2, 2, 2]);
}

#[test]
fn once_always_and_cooldown_repeat_as_documented() {
    let events = r#"[
        (id: "once", title: "Once", text: ".", repeat: Once, effects: ["home.stock += 1"]),
        (id: "always", title: "Always", text: ".", repeat: Always, effects: ["home.stock += 1"]),
        (id: "cooldown", title: "Cooldown", text: ".", repeat: Cooldown(2), effects: ["home.stock += 1"]),
    ]"#;
    let scn = spec().events(events).build();
    let fired: Vec<Vec<u32>> = ["once", "always", "cooldown"].iter().map(|e| firing_turns(&scn, e, 8, 1)).collect();
    assert_eq!(fired[0], vec![1]);
    assert_eq!(fired[1], (1..=8).collect::<Vec<_>>());
    assert_eq!(fired[2], vec![1, 4, 7], "Cooldown(2): two quiet turns after each firing");
}

#[test]
fn an_event_with_chance_0_never_fires() {
    let events = r#"[
        (id: "never", title: "Never", text: ".", chance: "0", repeat: Always, effects: ["home.stock += 1"]),
        (id: "surely", title: "Surely", text: ".", chance: "100", repeat: Always, effects: ["away.stock += 1"]),
    ]"#;
    let scn = spec().events(events).build();
    for seed in 0..5 {
        assert!(firing_turns(&scn, "never", 9, seed).is_empty());
        assert_eq!(firing_turns(&scn, "surely", 9, seed), (1..=9).collect::<Vec<_>>());
    }
}

// ---------------------------------------------------------------------------
// Secrecy
// ---------------------------------------------------------------------------

#[test]
fn secret_actions_are_seen_by_others_only_when_detected() {
    let actions = r#"[
        (id: "whisper", name: "Whisper", category: Security, factions: ["alpha"], visibility: Secret("0"),
         on_success: ["home.stock += 1"], duration: 1, ongoing: ["home.stock += 1"]),
        (id: "shout", name: "Shout", category: Security, factions: ["alpha"], visibility: Secret("100"),
         on_success: ["away.stock += 1"]),
    ]"#;
    let scn = spec().actions(actions).build();
    let (alpha, beta) = (faction(&scn, "alpha"), faction(&scn, "beta"));
    for seed in 0..5 {
        let mut state = new_game(&scn, seed);
        let report =
            resolve_turn(&scn, &mut state, &orders(&[("alpha", &[Order::new("whisper"), Order::new("shout")])]));
        let detected = |r: &TurnReport| -> Vec<Option<bool>> {
            r.entries()
                .filter_map(|e| match e.kind {
                    EntryKind::Order { detected, .. } => Some(detected),
                    _ => None,
                })
                .collect()
        };
        assert_eq!(detected(&report), vec![Some(false), Some(true)]);
        assert_eq!(detected(&report.for_faction(alpha)), vec![Some(false), Some(true)], "the actor sees both");
        assert_eq!(detected(&report.for_faction(beta)), vec![Some(true)], "others see only the detected one");
        let hidden = |r: &TurnReport| r.entries().any(|e| matches!(e.kind, EntryKind::Ongoing { .. }));
        assert!(hidden(&report.for_faction(alpha)) && !hidden(&report.for_faction(beta)), "lasting effects too");
        assert!(report.for_faction(beta).news(&scn).any(|n| n.starts_with("Revealed:")));
        assert_eq!(stock(&scn, &state, "home"), 2, "undetected still takes effect");
    }
}

// ---------------------------------------------------------------------------
// Simultaneous resolution
// ---------------------------------------------------------------------------

const BOTH: &str = r#"[
    (id: "give", name: "Give", category: Energy, factions: ["alpha", "beta"], on_success: ["home.stock += 10"]),
    (id: "double", name: "Double", category: Energy, factions: ["alpha", "beta"],
     on_success: ["depot.stock += depot.stock"]),
    (id: "take", name: "Take", category: Energy, factions: ["alpha", "beta"], on_success: ["away.stock -= 10"]),
    (id: "fill", name: "Fill", category: Energy, factions: ["alpha", "beta"], on_success: ["away.stock += 10"]),
    (id: "open", name: "Open", category: Diplomatic, factions: ["alpha"], on_success: ["flag.deal = true"]),
    (id: "close", name: "Close", category: Diplomatic, factions: ["beta"], on_success: ["flag.deal = false"]),
]"#;

const REGIONS_FOR_BOTH: &str = r#"[
    (id: "home", name: "Home", controller: "alpha", map: (10, 10)),
    (id: "away", name: "Away", controller: "beta", map: (50, 50), values: {"stock": 95}),
    (id: "depot", name: "Depot", map: (90, 90), values: {"stock": 20}),
]"#;

#[test]
fn simultaneous_orders_do_not_favour_the_first_listed_faction() {
    let alpha_first = spec().actions(BOTH).regions(REGIONS_FOR_BOTH).build();
    let beta_first = spec()
        .actions(BOTH)
        .regions(REGIONS_FOR_BOTH)
        .factions(
            r#"[
            (id: "beta", name: "Beta", colour: "green"),
            (id: "alpha", name: "Alpha", colour: "red"),
            (id: "gamma", name: "Gamma", colour: "blue"),
        ]"#,
        )
        .build();
    for scn in [&alpha_first, &beta_first] {
        let mut state = new_game(scn, 1);
        resolve_turn(
            scn,
            &mut state,
            &orders(&[
                ("alpha", &[Order::new("give"), Order::new("double")]),
                ("beta", &[Order::new("give"), Order::new("double")]),
            ]),
        );
        assert_eq!(stock(scn, &state, "home"), 20, "+10 and +10");
        assert_eq!(stock(scn, &state, "depot"), 60, "each doubling reads the same 20: 20 + 20 + 20");
        let report =
            play_turn(scn, &state, &orders(&[("alpha", &[Order::new("take")]), ("beta", &[Order::new("fill")])]));
        assert_eq!(stock(scn, &report.0, "away"), 95, "-10 and +10 summed, then clamped once");
    }
}

#[test]
fn two_factions_setting_the_same_flag_each_win_sometimes() {
    let scn = spec().actions(BOTH).build();
    let given = orders(&[("alpha", &[Order::new("open")]), ("beta", &[Order::new("close")])]);
    let seeds = 64;
    let opened = (0..seeds)
        .filter(|&seed| {
            let mut state = new_game(&scn, seed);
            resolve_turn(&scn, &mut state, &given);
            flag(&state)
        })
        .count();
    assert!((8..=56).contains(&opened), "alpha won {opened} of {seeds}");
}

#[test]
fn values_are_clamped_to_their_declared_ranges() {
    let actions = r#"[
        (id: "excess", name: "Excess", category: Energy, factions: ["alpha"], target: Route,
         on_success: ["self.treasury += 1000", "self.stability -= 1000", "relation(self, beta) -= 500",
                      "target.risk += 500", "target.capacity -= 500"]),
    ]"#;
    let routes = r#"[(id: "road", name: "Road", from: "depot", to: "home", carries: "stock", capacity: 5)]"#;
    let rules = r#"[(id: "flood", effects: ["away.stock += 500"])]"#;
    let scn = spec().actions(actions).routes(routes).rules(rules).build();
    let mut state = new_game(&scn, 1);
    resolve_turn(&scn, &mut state, &orders(&[("alpha", &[Order::at("excess", "road")])]));
    assert_eq!(fv(&scn, &state, "alpha", "treasury"), 500);
    assert_eq!(fv(&scn, &state, "alpha", "stability"), 0);
    assert_eq!(relation(&scn, &state, "alpha", "beta"), -100);
    assert_eq!(relation(&scn, &state, "beta", "alpha"), -100, "relations are symmetric");
    assert_eq!((state.route(0).expect("the route").risk, state.route(0).expect("the route").capacity), (100, 0));
    assert_eq!(stock(&scn, &state, "away"), 100);
}

// ---------------------------------------------------------------------------
// Dynamics
// ---------------------------------------------------------------------------

#[test]
fn rules_bind_self_and_target_for_regions_factions_and_pairs() {
    let rules = r#"[
        (id: "regions", each: Regions, effects: ["self.stock += if(controls(alpha, self), 5, 1)"]),
        (id: "factions", each: Factions, effects: ["self.stability += if(self == beta, 10, 1)"]),
        (id: "pairs", each: Pairs, effects: ["relation(self, target) += if(self == alpha and target == gamma, 7, 1)"]),
        (id: "guarded", each: Factions, when: "self.stability > 55", effects: ["self.treasury += 1"]),
    ]"#;
    let scn = spec().rules(rules).build();
    let mut state = new_game(&scn, 1);
    resolve_turn(&scn, &mut state, &none());
    assert_eq!((stock(&scn, &state, "home"), stock(&scn, &state, "away"), stock(&scn, &state, "depot")), (5, 1, 51));
    let stab: Vec<i64> = ["alpha", "beta", "gamma"].iter().map(|f| fv(&scn, &state, f, "stability")).collect();
    assert_eq!(stab, vec![51, 60, 51]);
    assert_eq!(relation(&scn, &state, "alpha", "beta"), 1, "each pair once");
    assert_eq!(relation(&scn, &state, "alpha", "gamma"), 7);
    assert_eq!(relation(&scn, &state, "beta", "gamma"), 1);
    let treasury: Vec<i64> = ["alpha", "beta", "gamma"].iter().map(|f| fv(&scn, &state, f, "treasury")).collect();
    assert_eq!(treasury, vec![100, 101, 100], "`when` is checked per binding");
}

#[test]
fn lasting_effects_then_flows_then_rules_each_seeing_the_previous() {
    let actions = r#"[
        (id: "stockpile", name: "Stockpile", category: Energy, factions: ["alpha"], duration: 2,
         ongoing: ["depot.stock = 3"]),
    ]"#;
    let routes = r#"[(id: "road", name: "Road", from: "depot", to: "home", carries: "stock", capacity: 20)]"#;
    let rules = r#"[
        (id: "first", effects: ["home.stock += 10"]),
        (id: "second", effects: ["away.stock = home.stock + depot.stock"]),
    ]"#;
    let scn = spec().actions(actions).routes(routes).rules(rules).build();
    let mut state = new_game(&scn, 1);
    resolve_turn(&scn, &mut state, &orders(&[("alpha", &[Order::new("stockpile")])]));
    // The lasting effect left 3 in the depot, the road moved those 3, the rules saw both.
    assert_eq!((stock(&scn, &state, "depot"), stock(&scn, &state, "home"), stock(&scn, &state, "away")), (0, 13, 13));
}

// ---------------------------------------------------------------------------
// End of the game
// ---------------------------------------------------------------------------

#[test]
fn end_when_ends_the_game_early_with_its_condition() {
    let actions = r#"[(id: "sign", name: "Sign", category: Diplomatic, factions: ["alpha"],
                      on_success: ["flag.deal = true"])]"#;
    let scn = spec().actions(actions).end_when(r#"["home.stock > 50", "flag.deal"]"#).build();
    let mut state = new_game(&scn, 1);
    resolve_turn(&scn, &mut state, &none());
    assert!(!state.is_over());
    let report = resolve_turn(&scn, &mut state, &orders(&[("alpha", &[Order::new("sign")])]));
    assert_eq!(state.ended, Some(EndReason::Condition(1)));
    assert_eq!(state.turn, 2, "the turn does not advance once the game is over");
    assert!(report.entries().any(|e| matches!(e.kind, EntryKind::GameOver { reason: EndReason::Condition(1) })));
}

#[test]
fn the_game_ends_after_the_last_turn_and_a_finished_game_never_changes() {
    let actions =
        r#"[(id: "grow", name: "Grow", category: Energy, factions: ["alpha"], on_success: ["home.stock += 1"])]"#;
    let events =
        r#"[(id: "tick", title: "Tick", text: ".", repeat: Always, chance: "50", effects: ["away.stock += 1"])]"#;
    let scn = spec().turns(3).actions(actions).events(events).build();
    let mut state = new_game(&scn, 1);
    for turn in 1..=3 {
        assert!(!state.is_over(), "turn {turn}");
        resolve_turn(&scn, &mut state, &orders(&[("alpha", &[Order::new("grow")])]));
    }
    assert_eq!(state.ended, Some(EndReason::LastTurn));
    assert_eq!(state.turn, 3);
    let finished = state.clone();
    let report = resolve_turn(&scn, &mut state, &orders(&[("alpha", &[Order::new("grow")])]));
    assert_eq!(state, finished);
    assert!(report.resolution.is_empty() && report.start.is_empty());
    let refused = harmattan::engine::check::check_order(&scn, &state, 0, &Order::new("grow"), &Committed::default());
    assert_eq!(refused, Err("the game is over".to_string()));
}

// ---------------------------------------------------------------------------
// Scores
// ---------------------------------------------------------------------------

#[test]
fn a_bool_objective_scores_100_or_0_and_numbers_are_clamped_to_0_100() {
    let factions = r#"[
        (id: "alpha", name: "Alpha", colour: "red",
         objectives: [(id: "deal", name: "Deal", weight: 1, score: "flag.deal")]),
        (id: "beta", name: "Beta", colour: "green", values: {"treasury": 300},
         objectives: [(id: "rich", name: "Rich", weight: 1, score: "self.treasury")]),
        (id: "gamma", name: "Gamma", colour: "blue",
         objectives: [(id: "calm", name: "Calm", weight: 1, score: "self.stability - 80")]),
    ]"#;
    let actions = r#"[(id: "sign", name: "Sign", category: Diplomatic, factions: ["alpha"],
                      on_success: ["flag.deal = true"])]"#;
    let scn = spec().factions(factions).actions(actions).build();
    let mut state = new_game(&scn, 1);
    let totals = |s: &GameState| scores(&scn, s).factions.iter().map(|f| f.total).collect::<Vec<_>>();
    assert_eq!(totals(&state), vec![0, 100, 0]);
    resolve_turn(&scn, &mut state, &orders(&[("alpha", &[Order::new("sign")])]));
    assert_eq!(totals(&state), vec![100, 100, 0]);
}

#[test]
fn an_average_objective_averages_the_per_turn_values() {
    let factions = r#"[
        (id: "alpha", name: "Alpha", colour: "red", objectives: [
            (id: "avg", name: "Average", weight: 1, score: "home.stock", measure: Average),
            (id: "end", name: "At end", weight: 1, score: "home.stock"),
        ]),
        (id: "beta", name: "Beta", colour: "green"),
        (id: "gamma", name: "Gamma", colour: "blue"),
    ]"#;
    let rules = r#"[(id: "grow", effects: ["home.stock += 10"])]"#;
    let scn = spec().factions(factions).rules(rules).turns(3).build();
    let mut state = new_game(&scn, 1);
    for _ in 0..3 {
        resolve_turn(&scn, &mut state, &none());
    }
    assert!(state.is_over());
    let alpha = &scores(&scn, &state).factions[0];
    let each: Vec<i64> = alpha.objectives.iter().map(|o| o.score).collect();
    assert_eq!(each, vec![20, 30], "(10 + 20 + 30) / 3, and the final 30");
    assert_eq!(alpha.total, 25);
}

#[test]
fn the_total_is_the_weighted_mean_and_leaders_include_ties() {
    let factions = r#"[
        (id: "alpha", name: "Alpha", colour: "red", objectives: [
            (id: "deal", name: "Deal", weight: 3, score: "not flag.deal"),
            (id: "calm", name: "Calm", weight: 1, score: "self.stability"),
        ]),
        (id: "beta", name: "Beta", colour: "green", values: {"treasury": 300},
         objectives: [(id: "rich", name: "Rich", weight: 1, score: "self.treasury")]),
        (id: "gamma", name: "Gamma", colour: "blue",
         objectives: [(id: "calm", name: "Calm", weight: 2, score: "self.stability + 50")]),
        (id: "delta", name: "Delta", colour: "white", playable: false,
         objectives: [(id: "calm", name: "Calm", weight: 2, score: "self.stability + 60")]),
    ]"#;
    let scn = spec().factions(factions).build();
    let state = new_game(&scn, 1);
    let s = scores(&scn, &state);
    let totals: Vec<(usize, i64)> = s.factions.iter().map(|f| (f.faction, f.total)).collect();
    assert_eq!(totals, vec![(0, 87), (1, 100), (2, 100)], "(3×100 + 1×50) / 4 = 87; non-playable left out");
    assert_eq!(s.leaders, vec![1, 2]);
}

// ---------------------------------------------------------------------------
// Purity and previews
// ---------------------------------------------------------------------------

#[test]
fn play_turn_does_not_mutate_its_input_and_matches_resolve_turn() {
    let scn = spec().actions(BOTH).build();
    let state = new_game(&scn, 9);
    let copy = state.clone();
    let given = orders(&[("alpha", &[Order::new("open")]), ("beta", &[Order::new("close"), Order::new("give")])]);
    let (next, report) = play_turn(&scn, &state, &given);
    assert_eq!(state, copy);
    let mut mutated = state.clone();
    let report2 = resolve_turn(&scn, &mut mutated, &given);
    assert_eq!((next, report), (mutated, report2));
}

#[test]
fn preview_reports_availability_cost_chance_and_effects_without_mutating() {
    let factions = r#"[
        (id: "alpha", name: "Alpha", colour: "red", values: {"treasury": 30}),
        (id: "beta", name: "Beta", colour: "green", values: {"treasury": 5}),
        (id: "gamma", name: "Gamma", colour: "blue"),
    ]"#;
    let actions = r#"[
        (id: "invest", name: "Invest", category: Energy, factions: ["alpha", "beta"], target: Region,
         cost: {"treasury": 20}, chance: "40 + 10", delay: 1,
         on_success: ["target.stock += 10"], on_failure: ["self.stability -= 5"],
         visibility: Secret("25")),
    ]"#;
    let scn = spec().factions(factions).actions(actions).build();
    let state = new_game(&scn, 3);
    let copy = state.clone();
    let p = preview(&scn, &state, 0, 0, Some(0), &Committed::default()).expect("preview");
    assert_eq!(p.available, Ok(()));
    assert_eq!((p.ap, p.chance, p.delay, p.duration, p.detection, p.consent), (1, 50, 1, 0, Some(25), false));
    assert_eq!(p.cost, vec![(0, 20, 30)]);
    assert_eq!(p.on_success.len(), 1);
    assert_eq!((p.on_success[0].slot, p.on_success[0].before, p.on_success[0].after), (Slot::RegionVar(0, 0), 0, 10));
    assert_eq!((p.on_failure[0].before, p.on_failure[0].after), (50, 45));
    let poor = preview(&scn, &state, 1, 0, Some(0), &Committed::default()).expect("preview");
    assert_eq!(poor.available, Err("costs 20 Treasury, 5 available".to_string()));
    assert_eq!(state, copy);
}

#[test]
fn the_report_lists_answers_then_orders_then_landings_then_dynamics() {
    let actions = r#"[
        (id: "pact", name: "Pact", category: Diplomatic, factions: ["alpha"], target: Faction, consent: true,
         on_success: ["flag.deal = true"]),
        (id: "slow", name: "Slow", category: Energy, factions: ["alpha"], delay: 1, on_success: ["home.stock += 1"]),
    ]"#;
    let rules = r#"[(id: "tick", effects: ["away.stock += 1"])]"#;
    let scn = spec().actions(actions).rules(rules).build();
    let mut state = new_game(&scn, 1);
    resolve_turn(&scn, &mut state, &orders(&[("alpha", &[Order::at("pact", "beta"), Order::new("slow")])]));
    let mut given = answer("beta", state.pending[0].id, Response::Accept);
    given.set("alpha", FactionOrders { orders: vec![Order::new("slow")], answers: Vec::new() });
    let report = resolve_turn(&scn, &mut state, &given);
    let kinds: Vec<&str> = report
        .resolution
        .iter()
        .map(|e| match e.kind {
            EntryKind::Answered { .. } => "answered",
            EntryKind::Order { .. } => "order",
            EntryKind::Landed { .. } => "landed",
            EntryKind::Rule { .. } => "rule",
            _ => "other",
        })
        .collect();
    assert_eq!(kinds, vec!["answered", "order", "landed", "rule"]);
    assert!(flag(&state));
    assert_eq!(stock(&scn, &state, "home"), 1);
}

#[test]
fn an_order_whose_delayed_effects_would_land_after_the_game_is_refused_and_costs_nothing() {
    let actions = r#"[
        (id: "slow", name: "Slow", category: Energy, factions: ["alpha"], delay: 2,
         on_success: ["home.stock += 10"]),
    ]"#;
    let scn = spec().turns(3).actions(actions).build();
    let mut state = new_game(&scn, 1);
    resolve_turn(&scn, &mut state, &none());
    let before = state.clone();
    let report = resolve_turn(&scn, &mut state, &orders(&[("alpha", &[Order::new("slow")])]));
    let reasons: Vec<&str> = report
        .entries()
        .filter_map(|e| match &e.kind {
            EntryKind::Refused { reason, .. } => Some(reason.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(reasons, ["its effects would land on turn 4, after the game ends"]);
    assert!(state.scheduled.is_empty());
    assert_eq!(state.values(), before.values());
}

#[test]
fn the_net_changes_of_a_turn_add_up_every_cause() {
    let scn = spec().actions(BOTH).regions(REGIONS_FOR_BOTH).build();
    let mut state = new_game(&scn, 1);
    let report =
        resolve_turn(&scn, &mut state, &orders(&[("alpha", &[Order::new("give")]), ("beta", &[Order::new("give")])]));
    let home = scn.regions.iter().position(|r| r.id == "home").expect("home");
    let stock = scn.region_vars.iter().position(|v| v.id == "stock").expect("stock");
    let own: Vec<i64> = order_entries(&report)
        .iter()
        .flat_map(|e| &e.changes)
        .filter(|c| c.slot == Slot::RegionVar(home, stock))
        .map(|c| c.after - c.before)
        .collect();
    assert_eq!(own, [10, 10], "each order reports its own effect");
    let net: Vec<(i64, i64)> =
        report.net.iter().filter(|c| c.slot == Slot::RegionVar(home, stock)).map(|c| (c.before, c.after)).collect();
    assert_eq!(net, [(0, 20)], "the net change is both together");
}

#[test]
fn closing_a_route_records_its_flow_falling_to_zero() {
    let routes = r#"[(id: "road", name: "Road", from: "depot", to: "home", carries: "stock", capacity: 5)]"#;
    let actions =
        r#"[(id: "close", name: "Close", category: Security, factions: ["alpha"], on_success: ["road.open = false"])]"#;
    let scn = spec().routes(routes).actions(actions).build();
    let mut state = new_game(&scn, 1);
    resolve_turn(&scn, &mut state, &none());
    let report = resolve_turn(&scn, &mut state, &orders(&[("alpha", &[Order::new("close")])]));
    let flows: Vec<(i64, i64)> = report
        .entries()
        .filter(|e| matches!(e.kind, EntryKind::Flow { delivered: 0, .. }))
        .flat_map(|e| e.changes.iter().map(|c| (c.before, c.after)))
        .collect();
    assert_eq!(flows, [(5, 0)]);
}
