//! The sentences the engine makes from the names of things, in French and
//! Arabic: why an order is refused or unavailable, verdicts, umpire rulings,
//! news lines and values. The tutorial is loaded with its built-in
//! translation, so names and sentences are in one language.

use harmattan::engine::check::{Committed, check_order, unmet};
use harmattan::engine::report::{Change, Slot, change_text, slot_label, slot_value};
use harmattan::engine::umpire::{Intervention, odds, preview};
use harmattan::engine::{Order, new_game, scores, verdict};
use harmattan::i18n::Lang;
use harmattan::scenario::Scenario;

/// The tutorial in `lang`, with its translated names.
fn tutorial(lang: Lang) -> Scenario {
    let text = harmattan::scenario::TUTORIAL.as_bytes();
    let translation = harmattan::scenario::built_in_translation(text, lang);
    let loaded = harmattan::scenario::load_in("scenarios/tutorial.ron", text, None, lang, translation);
    let scn = loaded.scenario.expect("the tutorial loads");
    assert_eq!(scn.lang, lang);
    scn
}

fn action(scn: &Scenario, id: &str) -> usize {
    scn.action_index(id).expect("the tutorial has the action")
}

/// The engine's own explanation of a requirement, the author's reason taken away.
fn explained(
    scn: &mut Scenario,
    id: &str,
    requirement: usize,
    state: &harmattan::engine::GameState,
    target: usize,
) -> String {
    let a = action(scn, id);
    scn.actions[a].requires[requirement].reason = None;
    unmet(scn, state, a, 0, Some(target)).expect("the requirement fails")
}

#[test]
fn a_failed_comparison_is_explained_as_a_whole_sentence_in_each_language() {
    let expected = [
        (Lang::En, "Kesh's treasury is 5; this needs it at least 20."),
        (Lang::Fr, "Trésor (Kesh)\u{202F}: 5\u{202F}; il faut au moins 20."),
        (Lang::Ar, "الخزينة لدى كيش: 5؛ والمطلوب 20 على الأقل."),
    ];
    for (lang, sentence) in expected {
        let mut scn = tutorial(lang);
        let mut state = new_game(&scn, 1);
        state.set(&scn, Slot::FactionVar(0, 0), 5);
        let north = scn.regions.iter().position(|r| r.id == "kesh_north").expect("northern Kesh");
        assert_eq!(explained(&mut scn, "subsidise_fuel", 0, &state, north), sentence, "{lang}");
    }
}

#[test]
fn control_of_a_region_is_explained_with_the_names_in_the_languages_order() {
    let expected = [
        (Lang::En, "Kesh does not control Tarsa south."),
        (Lang::Fr, "Kesh ne contrôle pas Sud de Tarsa."),
        (Lang::Ar, "جنوب تارسا خارج سيطرة كيش."),
    ];
    for (lang, sentence) in expected {
        let mut scn = tutorial(lang);
        let state = new_game(&scn, 1);
        let south = scn.regions.iter().position(|r| r.id == "tarsa_south").expect("southern Tarsa");
        assert_eq!(explained(&mut scn, "ration_fuel", 0, &state, south), sentence, "{lang}");
    }
}

#[test]
fn refused_orders_give_their_reason_in_the_scenarios_language() {
    let refused = |lang, order: Order| {
        let scn = tutorial(lang);
        let state = new_game(&scn, 1);
        check_order(&scn, &state, 0, &order, &Committed::default()).expect_err("refused")
    };
    let not_a_region = || Order { action: "ration_fuel".into(), target: Some("salt_road".into()) };
    assert_eq!(refused(Lang::En, not_a_region()), "`salt_road` is not a region");
    assert_eq!(refused(Lang::Fr, not_a_region()), "`salt_road` n'est pas une région");
    assert_eq!(refused(Lang::Ar, not_a_region()), "`salt_road` ليس منطقة");
    let no_target = || Order { action: "ration_fuel".into(), target: None };
    assert_eq!(
        refused(Lang::Fr, no_target()),
        "«\u{202F}Rationner le carburant\u{202F}» demande une cible (une région)"
    );
    assert!(refused(Lang::Ar, no_target()).ends_with("يحتاج إلى هدف (منطقة)"));
}

#[test]
fn action_points_and_turns_take_each_languages_plural() {
    let scn = tutorial(Lang::Ar);
    let state = new_game(&scn, 1);
    let mut committed = Committed::default();
    let a = action(&scn, "covert_raid");
    let def = &scn.actions[a];
    for _ in 0..scn.factions[0].action_points {
        committed.ap += def.ap;
    }
    let order = Order { action: def.id.clone(), target: None };
    let reason = check_order(&scn, &state, 0, &order, &committed).expect_err("no points left");
    assert_eq!(reason, "يحتاج إلى نقطة عمل واحدة، والمتبقي 0");
    let scn = tutorial(Lang::Fr);
    let reason = check_order(&scn, &state, 0, &order, &committed).expect_err("no points left");
    assert_eq!(reason, "il faut 1 point d'action, il en reste 0");
}

#[test]
fn verdicts_and_the_standing_read_in_each_language() {
    for (lang, met, first) in
        [(Lang::Fr, "a atteint", "arrive en tête"), (Lang::Ar, "تحققت الأهداف", "في المرتبة الأولى")]
    {
        let scn = tutorial(lang);
        let state = new_game(&scn, 3);
        let s = scores(&scn, &state);
        let lines: Vec<String> = s.factions.iter().map(|f| verdict::headline(&scn, f)).collect();
        assert!(lines.iter().any(|l| l.contains(met)), "{lang}: {lines:?}");
        assert!(verdict::first(&scn, &s).contains(first), "{lang}");
        let why = verdict::why(&scn, &s, &s.factions[0]);
        assert!(!why.is_empty() && !why.contains("scored"), "{lang}: {why}");
        assert!(!verdict::rules_for(&scn, 0).contains("Your score"), "{lang}");
    }
    assert_eq!(verdict::label(Lang::Fr, harmattan::engine::scoring::Verdict::Partly), "en partie atteints");
}

#[test]
fn values_and_their_changes_in_each_language() {
    let scn = tutorial(Lang::Fr);
    let change = Change { slot: Slot::RegionVar(1, 0), before: 1600, after: 20 };
    assert_eq!(slot_label(&scn, Slot::Relation(0, 1)), "relation Kesh–Tarsa");
    assert_eq!(slot_value(&scn, Slot::Flag(0), 1), "oui");
    assert!(change_text(&scn, &change).ends_with("1\u{202F}600 jours → 20 jours"), "{}", change_text(&scn, &change));
    let scn = tutorial(Lang::Ar);
    let text = change_text(&scn, &change);
    assert!(text.contains("1.600") && text.contains(" ← "), "{text}");
    assert_eq!(slot_value(&scn, Slot::Flag(0), 0), "لا");
}

#[test]
fn the_umpires_proposal_preview_in_french_and_arabic() {
    let proposal = Intervention::Proposal {
        faction: 0,
        proposal: "Ouvrir une route par le fleuve".into(),
        chance: 40,
        on_success: vec![(Slot::RegionVar(1, 0), 6)],
        on_failure: vec![],
    };
    let scn = tutorial(Lang::Fr);
    let lines = preview(&scn, &new_game(&scn, 1), &proposal).expect("previews");
    assert_eq!(
        lines[0],
        "Kesh propose\u{202F}: «\u{202F}Ouvrir une route par le fleuve.\u{202F}» Votre jugement\u{202F}: incertain, 40\u{202F}%."
    );
    assert_eq!(lines[3], "En cas d'échec\u{202F}: rien ne change.");
    let scn = tutorial(Lang::Ar);
    let lines = preview(&scn, &new_game(&scn, 1), &proposal).expect("previews");
    assert_eq!(lines[1], "يُرمى نرد من 1 إلى 100: 40 أو أقل يعني النجاح.");
    assert_eq!(odds(Lang::Ar, 95), "شبه مؤكد");
}

#[test]
fn plain_news_lines_follow_the_scenarios_language() {
    let mut scn = tutorial(Lang::Fr);
    let a = action(&scn, "covert_raid");
    scn.actions[a].news_success = None;
    let line = harmattan::engine::news::order_line(&scn, &scn.actions[a], 0, None, true);
    assert_eq!(line, "Kesh\u{202F}: «\u{202F}Raid secret contre les bandits\u{202F}» a réussi.");
    scn.lang = Lang::Ar;
    let line = harmattan::engine::news::order_line(&scn, &scn.actions[a], 0, None, false);
    assert!(line.starts_with("Kesh: فشل «"), "{line}");
}
