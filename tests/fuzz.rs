//! The in-tree fuzz harness: shipped scenarios, a real save and the example
//! orders script, mutated (bytes replaced, inserted, removed, spans copied
//! elsewhere), then taken through everything a stranger's file reaches —
//! loading, a turn, the handouts, a re-play, every report format. Whatever
//! the bytes, the answer is a game or a diagnostic, never a panic.
//!
//! CI runs a short pass; a contributor runs a long one on stable Rust with
//! `HARMATTAN_FUZZ_CASES=20000 cargo test --release --test fuzz`.

use std::sync::OnceLock;

use harmattan::engine::ai::{AiKind, decide};
use harmattan::engine::{TurnOrders, play_turn};
use harmattan::handout::{Format as CardFormat, Which};
use harmattan::report::{AfterAction, Format};
use harmattan::save::{self, Save, Seat};
use harmattan::scenario::{DEFAULT, Scenario, TUTORIAL, load};
use proptest::prelude::*;
use proptest::test_runner::Config;

/// Cases per property: `HARMATTAN_FUZZ_CASES`, or a short run.
fn config() -> Config {
    let cases = std::env::var("HARMATTAN_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(48);
    Config { cases, failure_persistence: None, ..Config::default() }
}

/// One change to a file.
#[derive(Debug, Clone)]
enum Edit {
    Replace(prop::sample::Index, u8),
    Insert(prop::sample::Index, Vec<u8>),
    Remove(prop::sample::Index, usize),
    /// Copies `len` bytes from one place to another (duplicated fields, lists, strings).
    Splice(prop::sample::Index, prop::sample::Index, usize),
    /// Changes the next digit: the file stays well-formed and the game plays on other numbers.
    Digit(prop::sample::Index, u8),
    /// Puts text just inside the next string: names, briefings and news with odd characters.
    Text(prop::sample::Index, String),
}

/// Bytes that matter to RON and to our texts: punctuation, quotes, digits, escapes, controls.
fn interesting_byte() -> impl Strategy<Value = u8> {
    prop_oneof![prop::sample::select(b"()[]{}:,\"\\/*-+.0123456789eE_ \n\r\tafnrstuxyz{}$%#".to_vec()), any::<u8>(),]
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        1 => (any::<prop::sample::Index>(), interesting_byte()).prop_map(|(at, b)| Edit::Replace(at, b)),
        1 => (any::<prop::sample::Index>(), prop::collection::vec(interesting_byte(), 1..8))
            .prop_map(|(at, bytes)| Edit::Insert(at, bytes)),
        1 => (any::<prop::sample::Index>(), 1usize..64).prop_map(|(at, n)| Edit::Remove(at, n)),
        1 => (any::<prop::sample::Index>(), any::<prop::sample::Index>(), 1usize..400)
            .prop_map(|(from, to, n)| Edit::Splice(from, to, n)),
        4 => (any::<prop::sample::Index>(), b'0'..=b'9').prop_map(|(at, d)| Edit::Digit(at, d)),
        4 => (any::<prop::sample::Index>(), prop_oneof![
            Just("{self}{target}{self}".to_string()),
            Just("\\u{1b}]0;x\\u{7}".to_string()),
            Just("\u{1b}[2J".to_string()),
            "\\PC{0,40}",
        ])
        .prop_map(|(at, text)| Edit::Text(at, text)),
    ]
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    prop::collection::vec(edit(), 1..4)
}

fn mutate(base: &[u8], edits: &[Edit]) -> Vec<u8> {
    let mut bytes = base.to_vec();
    for e in edits {
        let len = bytes.len().max(1);
        match e {
            Edit::Replace(at, b) => {
                let i = at.index(len);
                if let Some(x) = bytes.get_mut(i) {
                    *x = *b;
                }
            }
            Edit::Insert(at, new) => {
                let i = at.index(len + 1).min(bytes.len());
                bytes.splice(i..i, new.iter().copied());
            }
            Edit::Remove(at, n) => {
                let i = at.index(len).min(bytes.len());
                let end = (i + n).min(bytes.len());
                bytes.drain(i..end);
            }
            Edit::Digit(at, d) => {
                let i = at.index(len);
                if let Some(x) = bytes.iter_mut().skip(i).find(|b| b.is_ascii_digit()) {
                    *x = *d;
                }
            }
            Edit::Text(at, text) => {
                let i = at.index(len);
                if let Some(q) = bytes.iter().skip(i).position(|&b| b == b'"') {
                    let j = i + q + 1;
                    bytes.splice(j..j, text.bytes());
                }
            }
            Edit::Splice(from, to, n) => {
                let i = from.index(len).min(bytes.len());
                let piece: Vec<u8> = bytes[i..(i + n).min(bytes.len())].to_vec();
                let j = to.index(len + 1).min(bytes.len());
                bytes.splice(j..j, piece);
            }
        }
    }
    bytes
}

/// Everything a loaded scenario reaches: a first turn with computer orders, and the handouts.
fn exercise_scenario(scn: &Scenario) {
    let state = harmattan::engine::new_game(scn, 3);
    let mut orders = TurnOrders::default();
    for (f, def) in scn.factions.iter().enumerate().filter(|(_, d)| d.playable) {
        orders.set(def.id.clone(), decide(scn, &state, f, AiKind::Random));
    }
    let _ = play_turn(scn, &state, &orders);
    for format in [CardFormat::Markdown, CardFormat::Html] {
        let _ = harmattan::handout::render(scn, Which::All, format);
    }
}

fn tutorial() -> &'static Scenario {
    static SCN: OnceLock<Scenario> = OnceLock::new();
    SCN.get_or_init(|| load("scenarios/tutorial.ron", TUTORIAL.as_bytes()).scenario.expect("the tutorial loads"))
}

fn default_scenario() -> &'static Scenario {
    static SCN: OnceLock<Scenario> = OnceLock::new();
    SCN.get_or_init(|| harmattan::scenario::load_default().scenario.expect("the default scenario loads"))
}

/// A real two-turn tutorial save, with an umpire ruling, as text.
fn base_save() -> &'static str {
    static SAVE: OnceLock<String> = OnceLock::new();
    SAVE.get_or_init(|| {
        let scn = tutorial();
        let seats =
            scn.factions.iter().filter(|f| f.playable).map(|f| (f.id.clone(), Seat::Ai(AiKind::Greedy))).collect();
        let mut game = Save::new("scenarios/tutorial.ron", scn, 5, seats, "2026-01-05 09:00:00".into());
        for _ in 0..2 {
            let mut orders = TurnOrders::default();
            for (f, def) in scn.factions.iter().enumerate().filter(|(_, d)| d.playable) {
                orders.set(def.id.clone(), decide(scn, &game.state, f, AiKind::Greedy));
            }
            let (next, report) = play_turn(scn, &game.state, &orders);
            game.record(orders, report, &next);
        }
        game.to_ron().expect("serialises")
    })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn mutated_scenarios_load_play_and_print_or_explain(which in 0usize..2, edits in edits()) {
        let base = if which == 0 { TUTORIAL } else { DEFAULT };
        let bytes = mutate(base.as_bytes(), &edits);
        let loaded = load("fuzz.ron", &bytes);
        prop_assert_eq!(loaded.scenario.is_some(), !loaded.has_errors());
        for d in loaded.file_diagnostics() {
            let _ = d.render(true);
            let _ = d.to_json();
        }
        if let Some(scn) = &loaded.scenario {
            exercise_scenario(scn);
        }
    }

    #[test]
    fn mutated_saves_load_replay_and_report_or_explain(edits in edits()) {
        let bytes = mutate(base_save().as_bytes(), &edits);
        match save::parse("fuzz.ron", &bytes) {
            Ok(loaded) => {
                let _ = save::replay(&loaded);
                let report = AfterAction::build(&loaded);
                for format in [Format::Markdown, Format::Html, Format::Csv, Format::Json] {
                    let _ = report.render(format);
                }
                let _ = harmattan::tui::session::Session::resume(loaded);
            }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }

    #[test]
    fn mutated_orders_scripts_parse_and_play_or_explain(edits in edits()) {
        let base = include_str!("../docs/orders-example.ron");
        let bytes = mutate(base.as_bytes(), &edits);
        let Ok(text) = std::str::from_utf8(&bytes) else { return Ok(()) };
        let scn = default_scenario();
        if let Ok(checked) = harmattan::headless::parse_script("fuzz.ron", text, scn, harmattan::i18n::Lang::En) {
            let seats = vec![("mali".to_string(), Seat::Human)];
            let save = Save::new("x.ron", scn, 1, seats, "2026-01-05 09:00:00".into());
            let played = harmattan::headless::resume(scn, save, &checked.script, Some(2), |_| Ok::<(), ()>(()));
            prop_assert!(played.is_ok());
        }
    }
}
