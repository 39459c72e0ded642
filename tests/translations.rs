//! Scenario translations end to end: a translation beside a scenario changes
//! the names, briefings and news a game shows, a text it does not give keeps
//! the scenario's own, a save shows the game in the language it was played
//! in, the shipped translations lint clean, and `new --translation` and
//! `validate` work on files.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use harmattan::engine::ai::{AiKind, decide};
use harmattan::engine::{Order, TurnOrders, new_game, resolve_turn};
use harmattan::i18n::Lang;
use harmattan::save::{self, Save, Seat};
use harmattan::scenario::format::ScenarioFile;
use harmattan::scenario::strings::{translatable, walk};
use harmattan::scenario::translate::{self, Source, Translation};
use harmattan::scenario::{
    self, DEFAULT, DEFAULT_NAME, Scenario, TRANSLATIONS, TUTORIAL, built_in_translation, load_default_in, load_in,
};

const FIXTURE: &str = include_str!("fixtures/salt-road.fr.ron");

fn parse(text: &str) -> ScenarioFile {
    let options = ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    options.from_str(text).expect("a shipped scenario parses")
}

/// A folder with `salt-road.ron` (the tutorial, changed by a comment so it is
/// not the built-in one) and, when given, its French translation beside it.
fn folder(translation: Option<&str>) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("salt-road.ron");
    std::fs::write(&path, format!("{TUTORIAL}\n// A copy for the tests.\n")).expect("written");
    if let Some(text) = translation {
        std::fs::create_dir(dir.path().join("i18n")).expect("made");
        std::fs::write(dir.path().join("i18n/salt-road.fr.ron"), text).expect("written");
    }
    (dir, path)
}

fn in_french(path: &Path) -> Scenario {
    let loaded = scenario::read_in(path, None, Lang::Fr).expect("read");
    assert!(!loaded.file_diagnostics().any(|d| d.diagnostic.is_error()), "{:?}", loaded.diagnostics);
    loaded.scenario.expect("loads")
}

fn faction<'a>(scn: &'a Scenario, id: &str) -> &'a harmattan::scenario::model::FactionDef {
    &scn.factions[scn.faction_index(id).expect("a faction of the tutorial")]
}

#[test]
fn a_translation_beside_the_scenario_changes_the_names_briefings_and_news_a_game_shows() {
    let (_dir, path) = folder(Some(FIXTURE));
    let scn = in_french(&path);
    assert_eq!(scn.lang, Lang::Fr);
    assert_eq!(scn.meta.title, "La route du sel (essai)");
    assert_eq!(faction(&scn, "kesh").name, "Kech");
    assert!(faction(&scn, "kesh").briefing.starts_with("Le Kech n'a pas d'accès à la mer"));
    let mut state = new_game(&scn, 3);
    let mut orders = TurnOrders::default();
    let mut kesh = harmattan::engine::FactionOrders::default();
    kesh.orders.push(Order::at("ration_fuel", "kesh_north"));
    orders.set("kesh", kesh);
    let report = resolve_turn(&scn, &mut state, &orders);
    let news: Vec<String> = report.news(&scn).map(|n| n.into_owned()).collect();
    assert!(news.iter().any(|n| n.contains("Kech rationne le carburant à Kech du Nord.")), "{news:?}");
}

#[test]
fn a_text_the_translation_does_not_give_keeps_the_scenario_s_own() {
    let (_dir, path) = folder(Some(FIXTURE));
    let scn = in_french(&path);
    let english = scenario::load("t.ron", TUTORIAL.as_bytes()).scenario.expect("the tutorial loads");
    assert_eq!(faction(&scn, "oru").briefing, faction(&english, "oru").briefing);
    assert_eq!(scn.meta.summary, english.meta.summary);
    let action = |s: &Scenario| s.actions.iter().find(|a| a.id == "ration_fuel").map(|a| a.description.clone());
    assert_eq!(action(&scn), action(&english));
}

#[test]
fn without_a_translation_a_scenario_keeps_its_own_language() {
    let (_dir, path) = folder(None);
    let loaded = scenario::read_in(&path, None, Lang::Ar).expect("read");
    assert!(loaded.translation.is_none());
    let scn = loaded.scenario.expect("loads");
    assert_eq!(scn.lang, Lang::En);
    assert_eq!(faction(&scn, "kesh").name, "Kesh");
}

#[test]
fn a_translation_with_errors_is_used_where_it_can_be_and_says_why_not_elsewhere() {
    let broken = FIXTURE.replace("\"Kech du Nord\"", "\"Kech\\u{1b} du Nord\"");
    let (_dir, path) = folder(Some(&broken));
    let loaded = scenario::read_in(&path, None, Lang::Fr).expect("read");
    let problems: Vec<String> =
        loaded.file_diagnostics().map(|d| format!("{} {}", d.location(), d.diagnostic.code)).collect();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].ends_with("salt-road.fr.ron:9:40 control-character"), "{problems:?}");
    let scn = loaded.scenario.expect("a translation's problems do not stop the scenario");
    assert_eq!(faction(&scn, "kesh").name, "Kech");
    assert_eq!(scn.regions.iter().find(|r| r.id == "kesh_north").map(|r| r.name.as_str()), Some("Northern Kesh"));
}

#[test]
fn the_built_in_scenarios_come_in_french_and_arabic() {
    let english = load_default_in(None, Lang::En).scenario.expect("loads");
    for lang in [Lang::Fr, Lang::Ar] {
        for variant in [None, Some("short")] {
            let loaded = load_default_in(variant, lang);
            assert!(loaded.translation.as_ref().is_some_and(|t| t.diagnostics.is_empty() && t.built_in));
            let scn = loaded.scenario.expect("loads");
            assert_eq!(scn.lang, lang);
            assert_ne!(scn.meta.title, english.meta.title, "{lang} {variant:?}");
        }
        let tutorial = built_in_translation(TUTORIAL.as_bytes(), lang).expect("the tutorial is translated");
        let scn = load_in("scenarios/tutorial.ron", TUTORIAL.as_bytes(), None, lang, Some(tutorial));
        assert_eq!(scn.scenario.expect("loads").lang, lang);
    }
    // A copy of a built-in scenario with no translation beside it gets the built-in one.
    let dir = tempfile::tempdir().expect("a temporary folder");
    let copy = dir.path().join("tutorial.ron");
    std::fs::write(&copy, TUTORIAL).expect("written");
    let loaded = scenario::read_in(&copy, None, Lang::Fr).expect("read");
    assert!(loaded.translation.is_some_and(|t| t.built_in));
}

/// Every shipped translation, each with the scenario it translates.
fn shipped() -> Vec<(&'static str, &'static str, &'static str)> {
    TRANSLATIONS
        .iter()
        .map(|&(name, text)| {
            let scenario = if name.contains("/tutorial.") { TUTORIAL } else { DEFAULT };
            (name, text, scenario)
        })
        .collect()
}

// The shipped translations are complete: a missing key fails this test too.
#[test]
fn every_shipped_translation_lints_clean() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (name, text, scenario) in shipped() {
        assert_eq!(std::fs::read_to_string(root.join(name)).expect("on disk"), text, "{name} is built in as it is");
        let lang = name.trim_end_matches(".ron").rsplit('.').next().expect("named for its language");
        let checked =
            translate::check(Source { name, bytes: text.as_bytes(), built_in: true }, &parse(scenario), lang, Lang::En);
        let problems: Vec<String> = checked
            .file_diagnostics()
            .map(|d| format!("{}: {}: {}", d.location(), d.diagnostic.code, d.diagnostic.message))
            .collect();
        assert!(problems.is_empty(), "{name}:\n{}", problems.join("\n"));
    }
    // And as `validate` finds them, beside each shipped scenario.
    for scenario in ["scenarios/fuel-and-sovereignty.ron", "scenarios/tutorial.ron"] {
        let path = root.join(scenario);
        let source = std::fs::read_to_string(&path).expect("shipped");
        let found = translate::lint_beside(&path, &source, Lang::En);
        assert_eq!(found.len(), 2, "{scenario}: French and Arabic");
        assert!(found.iter().all(|c| c.diagnostics.is_empty() && !c.built_in), "{scenario}");
    }
}

#[test]
fn the_keys_of_the_shipped_scenarios_round_trip() {
    for text in [DEFAULT, TUTORIAL] {
        let file = parse(text);
        let texts = translatable(&file);
        assert!(texts.len() > 50);
        // Each key given its own text changes nothing…
        let same = texts.iter().map(|t| (t.key.clone(), t.text.clone())).collect();
        let mut unchanged = file.clone();
        translate::apply(&mut unchanged, &Translation { lang: Lang::Fr, texts: same });
        assert_eq!(ron::to_string(&unchanged).ok(), ron::to_string(&file).ok());
        // …and each key given its own name reaches exactly its text.
        let named = texts.iter().map(|t| (t.key.clone(), format!("«{}»", t.key))).collect();
        let mut marked = file.clone();
        translate::apply(&mut marked, &Translation { lang: Lang::Fr, texts: named });
        let mut seen = 0;
        walk(&marked, |place, text| {
            if let Some(key) = place.key.filter(|_| !text.trim().is_empty()) {
                assert_eq!(text, format!("«{key}»"));
                seen += 1;
            }
        });
        assert_eq!(seen, texts.len());
        let read_back: Vec<String> = translatable(&marked).into_iter().map(|t| t.key).collect();
        assert_eq!(read_back, texts.iter().map(|t| t.key.clone()).collect::<Vec<_>>());
    }
}

/// Plays two turns of `scn` with computer players into a save, written out and read back.
fn saved(scn: &Scenario, file: &str) -> (Save, save::Loaded) {
    let seats = scn.factions.iter().filter(|f| f.playable).map(|f| (f.id.clone(), Seat::Ai(AiKind::Random))).collect();
    let mut game = Save::new(file, scn, 9, seats, save::timestamp(0));
    let mut state = game.state.clone();
    for _ in 0..2 {
        let mut orders = TurnOrders::default();
        for (f, def) in scn.factions.iter().enumerate().filter(|(_, d)| d.playable) {
            orders.set(def.id.clone(), decide(scn, &state, f, AiKind::Random));
        }
        let report = resolve_turn(scn, &mut state, &orders);
        game.record(orders, report, &state);
    }
    let text = game.to_ron().expect("serialises");
    let loaded = save::parse("game.ron", text.as_bytes()).expect("reads back");
    (game, loaded)
}

#[test]
fn a_save_replays_and_shows_in_the_language_it_was_played_in() {
    // A built-in translation is named in the save, not copied.
    let scn = load_default_in(Some("short"), Lang::Ar).scenario.expect("loads");
    let (game, loaded) = saved(&scn, DEFAULT_NAME);
    let kept = game.translation.as_ref().expect("the language is kept");
    assert_eq!(
        (kept.language.as_str(), kept.file.as_str(), kept.text.as_ref()),
        ("ar", "scenarios/i18n/fuel-and-sovereignty.ar.ron", None)
    );
    assert_eq!(loaded.scenario.lang, Lang::Ar);
    assert_eq!(loaded.scenario.meta.title, scn.meta.title);
    assert_eq!(loaded.scenario.factions[0].name, scn.factions[0].name);
    assert_eq!(save::replay(&loaded), Ok(2));
    // Any other translation is copied whole, so the save shows the same words after the file changed.
    let (_dir, path) = folder(Some(FIXTURE));
    let scn = in_french(&path);
    let (game, loaded) = saved(&scn, &path.display().to_string());
    let kept = game.translation.as_ref().expect("the language is kept");
    assert!(kept.text.as_deref().is_some_and(|t| t.contains("Kech du Nord")));
    assert_eq!(faction(&loaded.scenario, "kesh").name, "Kech");
    assert_eq!(save::replay(&loaded), Ok(2));
    // A game in the scenario's own words keeps no translation.
    let english = scenario::load("t.ron", TUTORIAL.as_bytes()).scenario.expect("loads");
    let (game, loaded) = saved(&english, "t.ron");
    assert!(game.translation.is_none());
    assert_eq!(loaded.scenario.lang, Lang::En);
}

#[test]
fn a_save_in_a_language_harmattan_does_not_speak_is_refused() {
    let scn = load_default_in(None, Lang::Fr).scenario.expect("loads");
    let (game, _) = saved(&scn, DEFAULT_NAME);
    let text = game.to_ron().expect("serialises").replace("language: \"fr\"", "language: \"de\"");
    let e = save::parse("game.ron", text.as_bytes()).expect_err("refused");
    assert!(e.to_string().contains("the game's language `de` is not one Harmattan speaks"), "{e}");
}

fn harmattan() -> Command {
    Command::cargo_bin("harmattan").expect("the binary is built")
}

#[test]
fn new_writes_a_translation_to_fill_in_and_validate_lints_it() {
    let (dir, path) = folder(None);
    let out = harmattan().args(["new", "--translation", "fr"]).arg(&path).assert().success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    let written = dir.path().join("i18n/salt-road.fr.ron");
    assert!(stdout.contains(&format!("Wrote {}", written.display())), "{stdout}");
    let skeleton = std::fs::read_to_string(&written).expect("written");
    assert!(skeleton.contains("language: \"fr\"") && skeleton.contains("        \"faction.kesh.name\": \"\",\n"));
    // Never over a translation already begun.
    harmattan().args(["new", "--translation", "fr"]).arg(&path).assert().code(1);
    // A skeleton only lacks its texts: a warning, no error.
    let out = harmattan().arg("validate").arg(&path).assert().success();
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        stderr.contains("translation-incomplete") && stderr.contains("2 files checked: 0 errors, 1 warning"),
        "{stderr}"
    );
    // A mistake in it fails validation, with its place.
    std::fs::write(&written, skeleton.replace("\"faction.kesh.name\": \"\"", "\"faction.kesh.nam\": \"Kech\""))
        .expect("edited");
    let out = harmattan().arg("validate").arg(&path).assert().code(1);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains("unknown-key") && stderr.contains("did you mean `faction.kesh.name`?"), "{stderr}");
    // Named alone, a translation is linted against its scenario.
    let out = harmattan().args(["validate", "--format", "json"]).arg(&written).assert().code(1);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    let problems: Vec<serde_json::Value> = stdout.lines().map(|l| serde_json::from_str(l).expect("JSON")).collect();
    let codes: Vec<&str> = problems.iter().filter_map(|p| p["code"].as_str()).collect();
    assert_eq!(codes, ["translation-incomplete", "unknown-key"], "{stdout}");
    assert!(problems.iter().all(|p| p["file"] == written.display().to_string()), "{stdout}");
}

#[test]
fn new_update_brings_a_translation_up_to_date_and_loses_no_text() {
    // A translation begun on an older version: one text the scenario no
    // longer has, one with quotes and a line break, and one it lacks.
    let begun = FIXTURE
        .replace("\"title\": \"La route du sel (essai)\",", "\"faction.old.name\": \"L'ancien \\\"Kech\\\"\\nnom\",")
        .replace("        \"event.dust_storm.title\": \"Tempête de poussière\",\n", "");
    let (dir, path) = folder(Some(&begun));
    let written = dir.path().join("i18n/salt-road.fr.ron");
    // Without --update, an existing translation is never replaced, and the refusal says how.
    let out = harmattan().args(["new", "--translation", "fr"]).arg(&path).assert().code(1);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains("add --update"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&written).expect("kept"), begun);

    let out = harmattan().args(["new", "--translation", "fr", "--update"]).arg(&path).assert().success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(
        stdout.contains("5 translated texts kept, 93 still to translate (\"\"), 1 no longer in the scenario"),
        "{stdout}"
    );
    let updated = std::fs::read_to_string(&written).expect("written");
    // Every key of the scenario, in its order, each translated text kept as written.
    let file = parse(&format!("{TUTORIAL}\n"));
    let check = |text: &str| {
        let source = Source { name: "salt-road.fr.ron", bytes: text.as_bytes(), built_in: false };
        translate::check(source, &file, "fr", Lang::En)
    };
    let checked = check(&updated);
    assert!(!checked.has_errors(), "{:?}", checked.diagnostics);
    let before = check(&begun).translation.expect("usable").texts;
    assert_eq!(checked.translation.expect("usable").texts, before);
    let keys: Vec<&str> = updated.lines().filter_map(|l| l.trim().strip_prefix('"')?.split('"').next()).collect();
    let own: Vec<String> = translatable(&file).into_iter().map(|t| t.key).collect();
    assert_eq!(keys, own);
    // The text the scenario no longer has stays, as a comment (said in the
    // translation's language), escaped on one line.
    assert!(updated.ends_with(
        "        // Plus dans le scénario : gardés ici pour qu'aucune traduction ne soit perdue. \
         Supprimez-les quand vous n'en avez plus besoin.\n        // \"faction.old.name\": \"L'ancien \\\"Kech\\\"\\nnom\",\n    },\n)\n"
    ), "{updated}");
    // Up to date, it stays as it is.
    harmattan().args(["new", "--translation", "fr", "--update"]).arg(&path).assert().success();
    assert_eq!(std::fs::read_to_string(&written).expect("written"), updated);

    // A key given twice cannot be brought up to date without losing one: left as it was.
    let twice = updated.replace("    texts: {\n", "    texts: {\n        \"faction.kesh.name\": \"Kesh\",\n");
    std::fs::write(&written, &twice).expect("edited");
    let out = harmattan().args(["new", "--translation", "fr", "--update"]).arg(&path).assert().code(1);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains("duplicate-key") && stderr.contains("was left as it was"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&written).expect("kept"), twice);

    // With none begun, --update starts one; without --translation it is a usage error.
    std::fs::remove_file(&written).expect("removed");
    harmattan().args(["new", "--translation", "fr", "--update"]).arg(&path).assert().success();
    assert!(std::fs::read_to_string(&written).expect("written").contains("\"faction.kesh.name\": \"\","));
    harmattan().args(["new", "--update"]).arg(dir.path().join("other.ron")).assert().code(2);
}

#[test]
fn validating_a_translation_without_its_scenario_says_so() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::create_dir(dir.path().join("i18n")).expect("made");
    let lone = dir.path().join("i18n/gone.fr.ron");
    std::fs::write(&lone, FIXTURE).expect("written");
    let out = harmattan().arg("validate").arg(&lone).assert().code(1);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains("no-scenario") && stderr.contains("gone.ron"), "{stderr}");
}

#[test]
fn the_command_line_shows_a_scenario_in_the_language_asked_for() {
    let (_dir, path) = folder(Some(FIXTURE));
    let out = harmattan().args(["--lang", "fr", "briefing"]).arg(&path).args(["--faction", "kesh"]).assert().success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(stdout.contains("Kech") && stdout.contains("Le Kech n'a pas d'accès à la mer"), "{stdout}");
    let out = harmattan().args(["--lang", "en", "briefing"]).arg(&path).args(["--faction", "kesh"]).assert().success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(!stdout.contains("Kech"), "{stdout}");
}

#[test]
fn the_translation_example_of_the_reference_lints_clean() {
    let doc = include_str!("../docs/scenario-format.md");
    let block = |info: &str| {
        let start = doc.find(&format!("```{info}\n")).map(|i| i + info.len() + 4).expect("the block exists");
        &doc[start..start + doc[start..].find("```").expect("closed")]
    };
    let scenario = parse(block("ron base"));
    let text = block("ron translation");
    let checked = translate::check(
        Source { name: "salt_road.fr.ron", bytes: text.as_bytes(), built_in: false },
        &scenario,
        "fr",
        Lang::En,
    );
    let codes: Vec<&str> = checked.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, ["translation-incomplete"], "{:?}", checked.diagnostics);
}
