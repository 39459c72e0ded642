//! What players read agrees with the game: shipped scenarios give every
//! requirement in words and validate with no warning, briefing numbers match
//! the start values, role cards show the state before any dice, and the
//! actions list, the detail pane and the role card show one chance.

mod common;

use common::screen;
use harmattan::engine::check::{Committed, shown_preview};
use harmattan::engine::{GameState, Slot, new_game, start_state};
use harmattan::handout::{role_card, role_card_at};
use harmattan::scenario::template::TEMPLATE;
use harmattan::scenario::{DEFAULT, DEFAULT_NAME, Scenario, TUTORIAL, load};
use harmattan::tui::app::{App, Screen};
use harmattan::tui::catalog::single;
use harmattan::tui::input::Action;
use harmattan::tui::session::Seat;
use harmattan::tui::theme::Theme;

/// Every scenario shipped, each variant as its own, compiled.
fn shipped() -> Vec<(&'static str, Scenario)> {
    let short = harmattan::scenario::load_default_variant(Some("short")).scenario.expect("the short variant compiles");
    vec![
        (DEFAULT_NAME, compiled(DEFAULT_NAME, DEFAULT)),
        ("the short variant", short),
        ("scenarios/tutorial.ron", compiled("scenarios/tutorial.ron", TUTORIAL)),
        ("template.ron", compiled("template.ron", TEMPLATE)),
    ]
}

fn compiled(name: &str, text: &str) -> Scenario {
    let loaded = load(name, text.as_bytes());
    let messages: Vec<String> = loaded.diagnostics.iter().map(|d| format!("{}: {}", d.code, d.message)).collect();
    assert!(messages.is_empty(), "{name}:\n{}", messages.join("\n"));
    loaded.scenario.unwrap_or_else(|| panic!("{name} compiles"))
}

#[test]
fn shipped_scenarios_validate_with_no_warning_and_every_requirement_in_words() {
    for (name, scn) in shipped() {
        for a in &scn.actions {
            for r in &a.requires {
                assert!(r.reason.is_some(), "{name}: a requirement of `{}` has no words", a.id);
            }
        }
    }
}

#[test]
fn a_briefing_number_that_contradicts_the_start_value_is_flagged() {
    assert!(DEFAULT.contains("(it starts at 120;"), "the default's Algerian objective states its start budget");
    let wrong = DEFAULT.replace("(it starts at 120;", "(it starts at 134;");
    let loaded = load(DEFAULT_NAME, wrong.as_bytes());
    let codes: Vec<&str> = loaded.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, ["briefing-contradicts-start"]);
    assert!(loaded.diagnostics[0].message.contains("starts at 134, but the scenario starts it at 120"));
}

#[test]
fn role_cards_show_the_declared_start_values_before_any_dice() {
    for (name, scn) in shipped() {
        let start = start_state(&scn);
        for (f, def) in scn.factions.iter().enumerate().filter(|(_, d)| d.playable) {
            let card = role_card(&scn, f);
            for (v, decl) in scn.faction_vars.iter().enumerate() {
                let declared = def.initial.get(v).copied().unwrap_or(decl.initial);
                assert_eq!(start.get(Slot::FactionVar(f, v)), declared);
                let unit = scn.faction_unit(f, v);
                let unit = if unit.is_empty() { String::new() } else { format!(" {unit}") };
                let line = format!("- {}: {declared}{unit} (range", decl.name);
                assert!(card.contains(&line), "{name}, {}: the card lacks `{line}`", def.id);
            }
        }
    }
}

/// The chance the actions list shows in an action's row (while another row
/// is selected), and the one its detail pane shows (once it is selected).
fn tui_chances(app: &mut App, action_name: &str) -> (String, String) {
    let (mut list, mut detail) = (None, None);
    for _ in 0..40 {
        let text = screen(app, 200, 60);
        for line in text.lines() {
            let left: String = line.chars().take(90).collect();
            let right: String = line.chars().skip(90).collect();
            if left.contains(action_name) && left.contains("%]") {
                let bracket = left.rsplit('[').next().unwrap_or("");
                let number = bracket.split('%').next().unwrap_or("").rsplit(' ').next().unwrap_or("");
                list = Some(number.to_string());
            }
            if right.trim_start_matches(['│', ' ', '┌']).starts_with(action_name) {
                detail = Some(String::new());
            }
            if let (Some(d), Some(at)) = (&mut detail, right.find("Chance of success: ")) {
                if d.is_empty() {
                    *d = right[at + "Chance of success: ".len()..].split('%').next().unwrap_or("").to_string();
                }
            }
        }
        if let (Some(l), Some(d)) = (&list, &detail)
            && !d.is_empty()
        {
            return (l.clone(), d.clone());
        }
        detail = None;
        app.update(Action::Down);
    }
    panic!("the action `{action_name}` was never shown in full:\n{}", screen(app, 200, 60));
}

#[test]
fn the_list_row_the_detail_pane_and_the_role_card_show_the_same_chance() {
    let seats = vec![Some(Seat::Human), Some(Seat::Human), Some(Seat::Human), None];
    let mut app =
        App::new(single(load(DEFAULT_NAME, DEFAULT.as_bytes())), Theme { colour: false }).open_first(7, Some(seats));
    for _ in 0..20 {
        if matches!(app.screen, Screen::Turn(_)) {
            break;
        }
        app.update(Action::Select);
    }
    app.update(Action::Char('2'));
    let (list, detail) = tui_chances(&mut app, "Send the ambassador back");
    let session = app.session.as_ref().expect("a game is open");
    let scn = &session.scenario;
    let mali = scn.faction_index("mali").expect("mali");
    let restore = scn.action_index("restore_ambassador").expect("the action");
    let (_, p) = shown_preview(scn, &session.state, mali, restore, &Committed::default()).expect("a preview");
    let card = role_card_at(scn, mali, &session.state);
    let card_line = card.lines().find(|l| l.contains("**Send the ambassador back**")).expect("the card lists it");
    assert_eq!(list, p.chance.to_string(), "list row");
    assert_eq!(detail, p.chance.to_string(), "detail pane");
    assert!(card_line.contains(&format!("about {}% to succeed", p.chance)), "role card: {card_line}");
}

#[test]
fn the_default_role_card_chance_is_taken_on_the_shown_target_not_on_none() {
    let scn = compiled(DEFAULT_NAME, DEFAULT);
    let state: GameState = start_state(&scn);
    let mali = scn.faction_index("mali").expect("mali");
    let restore = scn.action_index("restore_ambassador").expect("the action");
    let (target, p) = shown_preview(&scn, &state, mali, restore, &Committed::default()).expect("a preview");
    // Mali's ambassador is in Algiers at the start, so no target is available: the first candidate is shown.
    assert_eq!(target, scn.faction_index("algeria"));
    let card = role_card(&scn, mali);
    assert!(card.contains(&format!("about {}% to succeed", p.chance)), "{card}");
    let game = new_game(&scn, 0);
    assert_eq!(game.turn, 1);
}

/// Whether a text players read shows expression syntax or an id with `_`.
fn looks_like_code(text: &str) -> bool {
    ["flag.", "==", "!=", "self.", "target.", "relation(", "controls(", "if(", "`", "_"]
        .iter()
        .any(|t| text.contains(t))
}

#[test]
fn no_reason_or_facilitator_condition_in_a_shipped_scenario_shows_an_expression() {
    use harmattan::engine::check::{candidate_targets, unmet};
    for (name, scn) in shipped() {
        let sheet = harmattan::handout::facilitator_sheet(&scn);
        for line in sheet.lines().filter(|l| l.contains("(when ") || l.contains("(if ")) {
            assert!(!looks_like_code(line), "{name}: facilitator sheet shows code: {line}");
        }
        let state = new_game(&scn, 1);
        for (f, _) in scn.factions.iter().enumerate().filter(|(_, d)| d.playable) {
            for (a, def) in scn.actions.iter().enumerate().filter(|(_, d)| d.factions.contains(&f)) {
                for target in candidate_targets(&scn, f, def) {
                    if let Some(why) = unmet(&scn, &state, a, f, target) {
                        assert!(!looks_like_code(&why), "{name}: `{}` says {why}", def.id);
                    }
                }
            }
        }
    }
}

#[test]
fn an_order_already_queued_is_shown_as_already_ordered_not_as_another_targets_restriction() {
    let scn = compiled(DEFAULT_NAME, DEFAULT);
    let state: GameState = start_state(&scn);
    let mali = scn.faction_index("mali").expect("mali");
    let niger = scn.faction_index("niger");
    let ask = scn.action_index("ask_niger_fuel").expect("the action");
    let mut c = Committed::default();
    c.add(&scn.actions[ask], ask, niger);
    let (target, p) = shown_preview(&scn, &state, mali, ask, &c).expect("a preview");
    // Not "Only Niger can be asked for fuel" with "e.g. on Algeria": the queued order is why.
    assert_eq!(target, niger);
    assert_eq!(p.available, Err("already ordered this turn".to_string()));
}

#[test]
fn an_action_with_no_target_available_is_explained_on_its_real_target() {
    let scn = compiled(DEFAULT_NAME, DEFAULT);
    let state: GameState = start_state(&scn);
    let niger = scn.faction_index("niger").expect("niger");
    let recall = scn.action_index("recall_ambassador").expect("the action");
    let (target, p) = shown_preview(&scn, &state, niger, recall, &Committed::default()).expect("a preview");
    // Mali and the FLA share one restriction (recalls are only with Algeria): Algeria's own reason explains.
    assert_eq!(target, scn.faction_index("algeria"));
    let why = p.available.expect_err("no recall at the start");
    assert!(!why.contains("only between"), "{why}");
}
