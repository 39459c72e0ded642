//! Saves: a game stopped and resumed from disk continues exactly; writing is
//! crash-safe; every bad save in `tests/bad_saves/` is refused with its exact
//! message; and `harmattan replay` / `harmattan play --headless` behave.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use harmattan::engine::ai::AiKind;
use harmattan::engine::report::{Entry, EntryKind};
use harmattan::engine::script::Script;
use harmattan::headless::{parse_script, play, resume};
use harmattan::i18n::Lang;
use harmattan::save::{self, Save, SaveError, Seat};
use harmattan::scenario::Scenario;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/bad_saves");
const DEFAULT: &str = "scenarios/fuel-and-sovereignty.ron";
const TUTORIAL: &str = "scenarios/tutorial.ron";
const ORDERS_EXAMPLE: &str = "docs/orders-example.ron";
const STARTED: &str = "2026-01-05 09:00:00";

fn load(path: &str) -> Scenario {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    harmattan::scenario::load(path, &bytes).scenario.unwrap_or_else(|| panic!("{path} compiles"))
}

fn seats(scn: &Scenario, human: &[&str]) -> Vec<(String, Seat)> {
    scn.factions
        .iter()
        .filter(|f| f.playable)
        .map(|f| {
            let seat = if human.contains(&f.id.as_str()) { Seat::Human } else { Seat::Ai(AiKind::Greedy) };
            (f.id.clone(), seat)
        })
        .collect()
}

// ---- A game stopped, saved, loaded and resumed continues exactly ----

#[test]
fn a_game_saved_loaded_and_resumed_ends_exactly_like_one_played_straight_through() {
    let scn = load(DEFAULT);
    let text = std::fs::read_to_string(ORDERS_EXAMPLE).expect("the example orders exist");
    let script = parse_script(ORDERS_EXAMPLE, &text, &scn, harmattan::i18n::Lang::En)
        .expect("the example orders are valid")
        .script;
    let seats = seats(&scn, &["mali"]);
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join(save::file_name(&scn.meta.id, STARTED));

    // Played straight through, without touching the disk.
    let never = |_: &Save| Ok::<(), SaveError>(());
    let whole = play(DEFAULT, &scn, 11, seats.clone(), STARTED.into(), &script, never).expect("plays");
    assert_eq!(whole.turns.len(), 12, "the default scenario lasts 12 turns");

    // Five turns autosaved to disk after each one, then the program "exits".
    let mut autosaves = 0;
    let start = Save::new(DEFAULT, &scn, 11, seats, STARTED.into());
    let autosave = |s: &Save| {
        autosaves += 1;
        save::write(&path, s)
    };
    let first = resume(&scn, start, &script, Some(5), autosave).expect("five turns");
    assert_eq!(autosaves, 5);
    drop(first);

    // Loaded from the file alone, checked, and played on with the same orders.
    let loaded = save::read(&path).expect("the autosave loads");
    assert_eq!(save::replay(&loaded), Ok(5));
    assert_eq!(loaded.save.turns.len(), 5);
    let resumed = resume(&loaded.scenario, loaded.save, &script, None, |s: &Save| save::write(&path, s))
        .expect("the rest of the game");
    assert_eq!(resumed.state, whole.state, "the final state, dice included, is the same");
    assert_eq!(resumed.turns, whole.turns, "every turn's orders and report are the same");
    assert_eq!(resumed, whole);
    let reloaded = save::read(&path).expect("the final autosave loads");
    assert_eq!(reloaded.save, whole);
    assert_eq!(save::replay(&reloaded), Ok(12));
}

#[test]
fn a_save_loaded_from_disk_keeps_the_dice_where_they_were() {
    let save = corpus_base();
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("game.ron");
    save::write(&path, &save).expect("writes");
    let loaded = save::read(&path).expect("reads");
    assert_eq!(loaded.save.state.rng, save.state.rng);
    assert_eq!(loaded.save, save);
}

// ---- Crash safety ----

fn written(dir: &Path, save: &Save) -> PathBuf {
    let path = dir.join("game.ron");
    save::write(&path, save).expect("writes");
    path
}

#[test]
fn a_leftover_temporary_file_leaves_the_previous_save_untouched_and_is_replaced_by_the_next_write() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let before = corpus_base();
    let path = written(dir.path(), &before);
    let bytes = std::fs::read(&path).expect("reads");
    // A crash in the middle of the next write: half a save in the temporary file.
    let next = before.to_ron().expect("serialises");
    let leftover = dir.path().join(".game.ron.x7Qp2z.tmp");
    std::fs::write(&leftover, &next.as_bytes()[..next.len() / 2]).expect("writes junk");
    assert_eq!(std::fs::read(&path).expect("reads"), bytes, "the save itself is untouched");
    assert_eq!(save::read(&path).expect("still loads").save, before);
    // The next successful write replaces both cleanly.
    let mut after = before.clone();
    after.started = "2026-02-01 10:00:00".into();
    save::write(&path, &after).expect("writes beside the leftover");
    let temporaries: Vec<_> = std::fs::read_dir(dir.path())
        .expect("lists")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert_eq!(temporaries, [leftover], "the write itself leaves no temporary file behind");
    assert_eq!(save::read(&path).expect("loads").save, after);
}

#[test]
fn a_write_interrupted_before_the_rename_keeps_the_previous_save() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let before = corpus_base();
    let path = written(dir.path(), &before);
    let bytes = std::fs::read(&path).expect("reads");
    // Garbage where the new save was being written, as a power cut would leave it.
    std::fs::write(dir.path().join(".game.ron.p0wErC.tmp"), b"Save(\n    format: 1,\n    scenario_file: \"tes\0\0\0\0")
        .expect("junk");
    assert_eq!(std::fs::read(&path).expect("reads"), bytes);
    assert_eq!(save::read(&path).expect("loads").save, before);
    // A write that cannot create its temporary file (the folder is a file) fails and names the save.
    let blocked = dir.path().join("not-a-folder");
    std::fs::write(&blocked, "x").expect("writes");
    let mut after = before.clone();
    after.started = "2026-02-01 10:00:00".into();
    let err = save::write(&blocked.join("game.ron"), &after).expect_err("cannot write");
    assert!(matches!(err, SaveError::Io { .. }), "{err}");
    assert!(err.to_string().starts_with(&blocked.join("game.ron").display().to_string()), "{err}");
    save::write(&path, &after).expect("writes");
    assert_eq!(save::read(&path).expect("loads").save, after);
}

#[test]
fn games_started_in_the_same_second_get_different_files() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let first = save::fresh_path(dir.path(), "tutorial", STARTED);
    assert_eq!(first.file_name().and_then(|n| n.to_str()), Some("tutorial-20260105-090000.ron"));
    std::fs::write(&first, "x").expect("writes");
    let second = save::fresh_path(dir.path(), "tutorial", STARTED);
    assert_eq!(second.file_name().and_then(|n| n.to_str()), Some("tutorial-20260105-090000-2.ron"));
}

// ---- The corpus of bad saves ----

/// What loading (and, for saves that load, re-playing) a bad save must give.
enum Expect {
    /// `save::read` fails with exactly this message.
    Refused(&'static str),
    /// The save loads but re-playing it diverges at this turn with this detail.
    Diverges(u32, &'static str),
}

/// Every file in `tests/bad_saves/`, with what it must produce.
const EXPECTED: &[(&str, Expect)] = &[
    (
        "binary_junk.ron",
        Expect::Refused(
            "tests/bad_saves/binary_junk.ron:1:1: this is not a valid save: the file is not UTF-8 text (is it a save at all?)",
        ),
    ),
    (
        "diverging_order.ron",
        Expect::Diverges(
            1,
            "entry 2: the re-play has Mali's order `subsidise` refused (Mali does not control Niamey.), the save has \"Mali: Escort convoys (River road) succeeded.\"",
        ),
    ),
    (
        "diverging_seed.ron",
        Expect::Diverges(
            1,
            "entry 2: the re-play has \"Mali: Escort convoys (River road) failed.\", the save has \"Mali: Escort convoys (River road) succeeded.\"",
        ),
    ),
    (
        "diverging_state_value.ron",
        Expect::Diverges(2, "final state: Mali · Treasury: re-play gives 110, the save says 999"),
    ),
    ("empty.ron", Expect::Refused("tests/bad_saves/empty.ron:1:1: this is not a valid save: the file is empty")),
    (
        "faction_removed.ron",
        Expect::Refused(
            "tests/bad_saves/faction_removed.ron: the save is inconsistent (edited by hand or corrupted): the faction values do not match the scenario",
        ),
    ),
    (
        "future_format.ron",
        Expect::Refused(
            "tests/bad_saves/future_format.ron: save format 2 is not supported (this version reads format 1); update Harmattan",
        ),
    ),
    (
        "future_format_new_shape.ron",
        Expect::Refused(
            "tests/bad_saves/future_format_new_shape.ron: save format 3 is not supported (this version reads format 1); update Harmattan",
        ),
    ),
    (
        "huge_nesting.ron",
        Expect::Refused(
            "tests/bad_saves/huge_nesting.ron:11:13: this is not a valid save: expected a `( … )` block of fields",
        ),
    ),
    (
        "invalid_utf8.ron",
        Expect::Refused(
            "tests/bad_saves/invalid_utf8.ron:10:26: this is not a valid save: the file is not UTF-8 text (is it a save at all?)",
        ),
    ),
    (
        "relation_one_way.ron",
        Expect::Refused(
            "tests/bad_saves/relation_one_way.ron: the save is inconsistent (edited by hand or corrupted): the relation between Mali and Niger is 8 one way and 30 the other; a relation is the same both ways: give both the same number",
        ),
    ),
    (
        "scenario_empty.ron",
        Expect::Refused(
            "tests/bad_saves/scenario_empty.ron: the scenario stored in this save has errors: tests/bad_scenarios/_base.ron: the file is empty",
        ),
    ),
    (
        "scenario_with_error.ron",
        Expect::Refused(
            "tests/bad_saves/scenario_with_error.ron: the scenario stored in this save has errors: tests/bad_scenarios/_base.ron:25:79: unknown region variable `fule`",
        ),
    ),
    (
        "scheduled_unknown_action.ron",
        Expect::Refused(
            "tests/bad_saves/scheduled_unknown_action.ron: the save is inconsistent (edited by hand or corrupted): a scheduled effect refers to something the scenario does not have",
        ),
    ),
    (
        "seat_for_unknown_faction.ron",
        Expect::Refused(
            "tests/bad_saves/seat_for_unknown_faction.ron: the save is inconsistent (edited by hand or corrupted): seat for `chad`, which is not a playable faction of the scenario",
        ),
    ),
    (
        "truncated_in_header.ron",
        Expect::Refused(
            "tests/bad_saves/truncated_in_header.ron:3:20: this is not a valid save: the file stops in the middle (is it cut short?): this string is never closed",
        ),
    ),
    (
        "truncated_in_scenario.ron",
        Expect::Refused(
            "tests/bad_saves/truncated_in_scenario.ron:4:2010: this is not a valid save: the file stops in the middle (is it cut short?): this string is never closed",
        ),
    ),
    (
        "truncated_in_state.ron",
        Expect::Refused(
            "tests/bad_saves/truncated_in_state.ron:784:28: this is not a valid save: the file stops in the middle (is it cut short?): the file ends too early",
        ),
    ),
    (
        "truncated_in_turns.ron",
        Expect::Refused(
            "tests/bad_saves/truncated_in_turns.ron:30:37: this is not a valid save: the file stops in the middle (is it cut short?): this string is never closed",
        ),
    ),
    (
        "truncated_last_paren.ron",
        Expect::Refused(
            "tests/bad_saves/truncated_last_paren.ron:790:7: this is not a valid save: the file stops in the middle (is it cut short?): the file ends too early",
        ),
    ),
    (
        "turn_count_mismatch.ron",
        Expect::Refused(
            "tests/bad_saves/turn_count_mismatch.ron: the save is inconsistent (edited by hand or corrupted): the state is at turn 5 but 2 turns are recorded",
        ),
    ),
    (
        "unknown_field.ron",
        Expect::Refused(
            "tests/bad_saves/unknown_field.ron:11:5: this is not a valid save: unknown field `cheats` in `Save`",
        ),
    ),
    (
        "whitespace.ron",
        Expect::Refused("tests/bad_saves/whitespace.ron:1:1: this is not a valid save: the file is empty"),
    ),
    (
        "wrong_type.ron",
        Expect::Refused("tests/bad_saves/wrong_type.ron:5:11: this is not a valid save: expected a whole number"),
    ),
];

/// What a teacher reads about each bad save of the corpus in `lang`:
/// the refusal, or where the re-play differs from the record.
fn corpus_in(lang: Lang) -> String {
    let mut out = String::new();
    for (name, _) in EXPECTED {
        let path = format!("tests/bad_saves/{name}");
        let said = match save::read(Path::new(&path)) {
            Err(e) => e.message(lang),
            Ok(loaded) => match save::replay(&loaded) {
                Ok(turns) => format!("consistent ({turns} turns)"),
                Err(d) => format!("turn {}: {}", d.turn, d.detail(lang)),
            },
        };
        out.push_str(&format!("{name}\n  {said}\n"));
    }
    out
}

#[test]
fn every_bad_save_is_told_in_french_and_arabic() {
    let english = corpus_in(Lang::En);
    for lang in [Lang::Fr, Lang::Ar] {
        let told = corpus_in(lang);
        // Every message is the reader's own: none is left as the English one.
        for (line, en) in told.lines().zip(english.lines()).filter(|(line, _)| line.starts_with("  ")) {
            assert_ne!(line, en, "{lang:?} says it in English");
        }
        insta::assert_snapshot!(format!("bad_saves_{lang:?}"), told);
    }
}

#[test]
fn every_bad_save_is_refused_with_its_exact_message() {
    let mut on_disk: Vec<String> = std::fs::read_dir(CORPUS)
        .expect("the corpus exists")
        .map(|e| e.expect("lists").file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let listed: Vec<&str> = EXPECTED.iter().map(|(name, _)| *name).collect();
    assert_eq!(on_disk, listed, "every corpus file has an expectation, and every expectation a file");
    assert!(listed.len() >= 12);
    let mut failures = Vec::new();
    for (name, expect) in EXPECTED {
        let path = format!("tests/bad_saves/{name}");
        let got = match save::read(Path::new(&path)) {
            Err(e) => Err(e.to_string()),
            Ok(loaded) => Ok(save::replay(&loaded)),
        };
        let ok = match (expect, &got) {
            (Expect::Refused(message), Err(e)) => e == message,
            (Expect::Diverges(turn, detail), Ok(Err(d))) => d.turn == *turn && d.detail(Lang::En) == *detail,
            _ => false,
        };
        if !ok {
            failures.push(format!("{name}: got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn syntax_errors_in_bad_saves_carry_their_line_and_column() {
    let err = save::read(Path::new("tests/bad_saves/wrong_type.ron")).expect_err("refused");
    assert!(matches!(err, SaveError::Syntax { line: 5, column: 11, .. }), "{err:?}");
    let err = save::read(Path::new("tests/bad_saves/future_format.ron")).expect_err("refused");
    assert!(matches!(err, SaveError::Format { found: 2, .. }), "{err:?}");
    let err = save::read(Path::new("tests/bad_saves/scenario_with_error.ron")).expect_err("refused");
    assert!(matches!(&err, SaveError::Scenario { diagnostics, .. } if !diagnostics.is_empty()), "{err:?}");
}

// ---- The command line ----

fn harmattan() -> Command {
    Command::cargo_bin("harmattan").expect("the binary is built for integration tests")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn replay_says_a_good_save_is_consistent() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = written(dir.path(), &corpus_base());
    let out = harmattan().arg("replay").arg(&path).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "consistent (2 turns)\n");
}

#[test]
fn replay_names_the_first_turn_and_value_that_diverge() {
    let out = harmattan().args(["replay", "tests/bad_saves/diverging_state_value.ron"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stdout),
        "diverges at turn 2: final state: Mali · Treasury: re-play gives 110, the save says 999\n"
    );
    assert!(text(&out.stderr).contains("tests/bad_saves/diverging_state_value.ron"), "{}", text(&out.stderr));
}

#[test]
fn replay_refuses_a_bad_save_with_its_message_and_exit_1() {
    let out = harmattan().args(["replay", "tests/bad_saves/truncated_in_state.ron"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert_eq!(
        text(&out.stderr),
        "error: tests/bad_saves/truncated_in_state.ron:784:28: this is not a valid save: the file stops in the middle (is it cut short?): the file ends too early\n"
    );
    let out = harmattan().args(["replay", "no/such/save.ron"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(3), "a file the system cannot read is an I/O error");
    assert!(text(&out.stderr).starts_with("error: no/such/save.ron: "), "{}", text(&out.stderr));
    let out = harmattan().arg("replay").output().expect("runs");
    assert_eq!(out.status.code(), Some(2), "a missing argument is a usage error");
}

#[test]
fn headless_play_writes_a_save_that_replays_consistently() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let out = harmattan()
        .args(["play", TUTORIAL, "--headless", "--seed", "4", "--seats", "tarsa=random,oru=human", "--save-dir"])
        .arg(dir.path())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let path = PathBuf::from(stdout.trim_end());
    assert_eq!(path.parent(), Some(dir.path()));
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
    assert!(name.starts_with("tutorial-") && name.ends_with(".ron"), "{name}");
    let stderr = text(&out.stderr);
    assert!(stderr.contains("warning: no --orders file: oru will give no orders"), "{stderr}");
    let result = stderr.lines().last().unwrap_or_default();
    assert!(result.starts_with("6 turns played; scores: kesh "), "{result}");

    let loaded = save::read(&path).expect("the save loads");
    assert_eq!(loaded.save.seed, 4);
    assert_eq!(
        loaded.save.seats,
        [
            ("kesh".to_string(), Seat::Ai(AiKind::Greedy)),
            ("tarsa".to_string(), Seat::Ai(AiKind::Random)),
            ("oru".to_string(), Seat::Human)
        ]
    );
    assert!(loaded.save.turns.iter().all(|t| t.orders.of("oru").is_none()), "the human seat gave no orders");
    let out = harmattan().arg("replay").arg(&path).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "consistent (6 turns)\n");
    let leftovers: Vec<_> =
        std::fs::read_dir(dir.path()).expect("lists").map(|e| e.expect("entry").file_name()).collect();
    assert_eq!(leftovers.len(), 1, "only the save, no temporary file: {leftovers:?}");
}

#[test]
fn headless_play_follows_the_orders_file_for_human_seats() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let out = harmattan()
        .args(["play", DEFAULT, "--headless", "--seats", "mali=human", "--orders", ORDERS_EXAMPLE, "--seed", "7"])
        .arg("--save-dir")
        .arg(dir.path())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let loaded = save::read(Path::new(text(&out.stdout).trim_end())).expect("the save loads");
    let first = loaded.save.turns.first().and_then(|t| t.orders.of("mali")).expect("mali ordered on turn 1");
    assert_eq!(first.orders, [harmattan::engine::Order::at("drone_ops", "kidal")]);
    assert_eq!(save::replay(&loaded), Ok(12));
}

/// A headless game of the tutorial with Kesh following `script`, saved in `dir`.
fn kesh_scripted(dir: &Path, script: &str) -> (PathBuf, std::process::Output) {
    let orders = dir.join("orders.ron");
    std::fs::write(&orders, script).expect("writes");
    let out = harmattan()
        .args(["play", TUTORIAL, "--headless", "--seats", "kesh=human", "--orders"])
        .arg(&orders)
        .arg("--save-dir")
        .arg(dir)
        .output()
        .expect("runs");
    (orders, out)
}

#[test]
fn a_broken_orders_file_is_reported_at_its_line_and_column_with_exit_1() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let (orders, out) = kesh_scripted(dir.path(), "(turns: [\n  {\"kesh\": (orders: [(action: 3)])},\n])");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        format!("error: {}:2:31: this is not an orders script: expected a string in double quotes\n", orders.display())
    );
    assert!(out.stdout.is_empty());
    assert_eq!(std::fs::read_dir(dir.path()).expect("lists").count(), 1, "no save was written");
}

#[test]
fn headless_play_names_the_scripted_orders_the_game_refused() {
    let dir = tempfile::tempdir().expect("temporary folder");
    // The ambassadors start in place, so restoring them is refused on turn 1.
    let script = "(turns: [{\"kesh\": (orders: [(action: \"restore_ambassador\", target: \"tarsa\")])}])";
    let (_, out) = kesh_scripted(dir.path(), script);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).starts_with(
            "warning: turn 1: Kesh's order “Restore ambassador” on Tarsa was refused: The ambassadors are already in place.\n"
        ),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn an_orders_file_naming_unknown_factions_or_actions_lists_every_mistake() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let orders = dir.path().join("orders.ron");
    std::fs::write(
        &orders,
        "(turns: [\n  {\"kesh\": (orders: [(action: \"recall_ambassador\", target: \"tarsa\")])},\n  {\"mali\": (orders: [(action: \"drone_ops\")]), \"kesh\": (orders: [(action: \"launch_rockets\")])},\n])",
    )
    .expect("writes");
    let out = harmattan()
        .args(["play", TUTORIAL, "--headless", "--seats", "kesh=human", "--orders"])
        .arg(&orders)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let o = orders.display();
    assert_eq!(
        text(&out.stderr),
        format!(
            "error: {o}:3:4: turn 2: `mali` is not a faction; choose from kesh, tarsa, oru\n\
             error: {o}:3:74: turn 2: `launch_rockets` is not an action of this scenario\n\
             {o}: 2 problems in the orders\n"
        )
    );
}

#[test]
fn orders_without_headless_is_a_usage_error() {
    let out = harmattan().args(["play", TUTORIAL, "--orders", ORDERS_EXAMPLE]).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let out = harmattan().args(["play", TUTORIAL, "--headless", "--seats", "chad=human"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("`chad` is not a playable faction"), "{}", text(&out.stderr));
}

#[test]
fn play_without_a_terminal_still_checks_the_file_it_was_given() {
    // A missing file is missing, terminal or not.
    let out = harmattan().args(["play", "no-such-scenario.ron"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("no-such-scenario.ron: cannot read the file"), "{}", text(&out.stderr));
    // A good file is summarised (not the built-in one), and nothing is played.
    let out = harmattan().args(["play", TUTORIAL]).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stdout).contains("The Salt Road"), "{}", text(&out.stdout));
    assert!(!text(&out.stdout).contains("Fuel and Sovereignty"), "{}", text(&out.stdout));
    assert!(text(&out.stderr).contains("--headless"), "{}", text(&out.stderr));
    // Bare `harmattan`, piped, describes the built-in scenario and succeeds.
    let out = harmattan().output().expect("runs");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn the_orders_scripts_in_the_readme_and_docs_are_valid_for_the_default_scenario() {
    let scn = load(DEFAULT);
    let readme = std::fs::read_to_string("README.md").expect("the README exists");
    let section = readme.split("### Headless play").nth(1).expect("the README has a headless play section");
    let block = section.split("```ron\n").nth(1).and_then(|b| b.split("```").next()).expect("a RON block");
    let checked =
        parse_script("README.md", block, &scn, harmattan::i18n::Lang::En).expect("the README's script is valid");
    assert_eq!(checked.script.turns.len(), 2);
    assert!(checked.warnings.is_empty());
    let text = std::fs::read_to_string(ORDERS_EXAMPLE).expect("the example exists");
    let checked = parse_script(ORDERS_EXAMPLE, &text, &scn, harmattan::i18n::Lang::En).expect("the example is valid");
    assert!(checked.warnings.is_empty(), "{:?}", checked.warnings);
}

/// A small game for the corpus: the bad-scenario base, two turns of random AIs.
fn corpus_base() -> Save {
    let path = "tests/bad_scenarios/_base.ron";
    let scn = load(path);
    let seats = scn.factions.iter().filter(|f| f.playable).map(|f| (f.id.clone(), Seat::Ai(AiKind::Random))).collect();
    let never = |_: &Save| Ok::<(), ()>(());
    let start = Save::new(path, &scn, 7, seats, STARTED.into());
    resume(&scn, start, &Script::default(), Some(2), never).expect("plays")
}

/// Rewrites the corpus from the base game: `cargo test --test saves -- --ignored regenerate`.
/// Only for when the save format changes on purpose; then check every
/// expectation in [`EXPECTED`] again by hand.
#[test]
#[ignore = "writes tests/bad_saves/"]
fn regenerate_bad_saves() {
    let good = corpus_base().to_ron().expect("serialises");
    let edit = |from: &str, to: &str| {
        assert!(good.contains(from), "the base save has no `{from}`");
        good.replacen(from, to, 1).into_bytes()
    };
    let cut = |at: usize| good.as_bytes()[..at].to_vec();
    let find = |what: &str| good.find(what).unwrap_or_else(|| panic!("no `{what}`"));
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0".to_vec();
    png.extend((0u8..=255).rev());
    let files: Vec<(&str, Vec<u8>)> = vec![
        ("empty.ron", Vec::new()),
        ("whitespace.ron", b"  \n\t \r\n   \n".to_vec()),
        ("binary_junk.ron", png),
        (
            "invalid_utf8.ron",
            edit("2026-01-05 09:00:00", "2026-01-05 \u{1}09:00:00")
                .into_iter()
                .map(|b| if b == 1 { 0xff } else { b })
                .collect(),
        ),
        ("truncated_in_header.ron", cut(find("scenario_file") + 20)),
        ("truncated_in_scenario.ron", cut(find("Propose a deal"))),
        ("truncated_in_turns.ron", cut(find("propose_deal\",\n"))),
        ("truncated_in_state.ron", cut(find("rng: ChaCha8Rng("))),
        ("truncated_last_paren.ron", good.trim_end().trim_end_matches(')').as_bytes().to_vec()),
        ("future_format.ron", edit("format: 1,", "format: 2,")),
        ("future_format_new_shape.ron", edit("format: 1,\n", "format: 3,\n    signature: \"ab12\",\n")),
        ("unknown_field.ron", edit("    turns: [\n", "    cheats: true,\n    turns: [\n")),
        ("wrong_type.ron", edit("seed: 7,", "seed: \"seven\",")),
        ("huge_nesting.ron", edit("    turns: [\n", &format!("    turns: {}\n", "[".repeat(10_000)))),
        ("scenario_with_error.ron", edit("gao.fuel >= 20", "gao.fule >= 20")),
        ("scenario_empty.ron", edit(&good[find("    scenario: \"")..find("    seed:")], "    scenario: \"\",\n")),
        (
            "faction_removed.ron",
            edit(
                "            [\n                100,\n                60,\n            ],\n        ],\n        region_vars",
                "        ],\n        region_vars",
            ),
        ),
        ("turn_count_mismatch.ron", edit("        turn: 3,", "        turn: 5,")),
        (
            "relation_one_way.ron",
            edit(
                "        relations: [\n            0,\n            8,\n            0,\n            8,",
                "        relations: [\n            0,\n            8,\n            0,\n            30,",
            ),
        ),
        ("seat_for_unknown_faction.ron", edit("(\"niger\", Ai(Random))", "(\"chad\", Ai(Random))")),
        (
            "scheduled_unknown_action.ron",
            edit(
                "                action: 2,\n                actor: 0,",
                "                action: 9,\n                actor: 0,",
            ),
        ),
        (
            "diverging_state_value.ron",
            edit("            [\n                110,", "            [\n                999,"),
        ),
        (
            "diverging_order.ron",
            edit(
                "action: \"subsidise\",\n                            target: Some(\"gao\")",
                "action: \"subsidise\",\n                            target: Some(\"niamey\")",
            ),
        ),
        ("diverging_seed.ron", edit("    seed: 7,", "    seed: 8,")),
    ];
    std::fs::create_dir_all(CORPUS).expect("creates the corpus folder");
    for (name, bytes) in files {
        std::fs::write(Path::new(CORPUS).join(name), bytes).expect("writes");
    }
}

#[test]
fn a_save_whose_news_was_worded_differently_still_replays_but_a_changed_value_does_not() {
    let mut save = corpus_base();
    assert!(!save.turns.is_empty());
    // An older version wrote every order's line into the save, in its own words.
    let order = |e: &&mut Entry| matches!(e.kind, EntryKind::Order { .. });
    let reworded = save.turns.iter_mut().flat_map(|t| t.report.resolution.iter_mut()).find(order);
    reworded.expect("an order").written = Some("Worded as an older version would have.".into());
    let loaded = save::parse("game.ron", save.to_ron().expect("serialises").as_bytes()).expect("parses");
    assert_eq!(save::replay(&loaded), Ok(save.turns.len()), "wording is not the game");
    let changed = save.turns.iter_mut().flat_map(|t| t.report.net.iter_mut()).next().expect("a change");
    changed.after += 1;
    let loaded = save::parse("game.ron", save.to_ron().expect("serialises").as_bytes()).expect("parses");
    assert!(save::replay(&loaded).is_err(), "a value is the game");
}

#[test]
fn a_variant_is_played_saved_and_replayed_as_that_variant() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let out = harmattan()
        .args(["play", "--variant", "short", "--headless", "--seed", "5", "--save-dir"])
        .arg(dir.path())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let path = PathBuf::from(text(&out.stdout).trim_end());
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
    assert!(name.starts_with("fuel_and_sovereignty_short-"), "{name}");
    assert!(text(&out.stderr).contains("6 turns played"), "{}", text(&out.stderr));
    let loaded = save::read(&path).expect("the save loads");
    assert_eq!(loaded.save.variant.as_deref(), Some("short"));
    assert_eq!(loaded.scenario.turns(), 6);
    let out = harmattan().arg("replay").arg(&path).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

#[test]
fn an_unknown_variant_is_refused_with_the_variants_there_are() {
    let out = harmattan()
        .args(["simulate", "scenarios/fuel-and-sovereignty.ron", "--variant", "shrot", "--runs", "1"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("this scenario has no variant `shrot`"), "{stderr}");
    assert!(stderr.contains("its variants: short; leave out `--variant` for the game as written"), "{stderr}");
    let out = harmattan().args(["validate", "scenarios/fuel-and-sovereignty.ron"]).output().expect("runs");
    assert!(text(&out.stderr).contains("ok, with every variant (short)"), "{}", text(&out.stderr));
}

#[test]
fn a_misshapen_saved_table_is_refused_and_makes_no_numbers_it_does_not_hold() {
    let good = corpus_base().to_ron().expect("serialises");
    let state = good.rfind("    state: GameState(").expect("the current state");
    let refused = |from: &str, to: &str| {
        let at = state + good[state..].find(from).unwrap_or_else(|| panic!("the state has no `{from}`"));
        let edited = format!("{}{to}{}", &good[..at], &good[at + from.len()..]);
        save::parse("game.ron", edited.as_bytes()).map(|_| ()).map_err(|e| e.to_string())
    };
    let inconsistent =
        |what: &str| Err(format!("game.ron: the save is inconsistent (edited by hand or corrupted): {what}"));
    // The last faction keeps one of its two values.
    let short_row = "                100,\n                60,\n            ],\n        ],\n        region_vars";
    let one_value = "                100,\n            ],\n        ],\n        region_vars";
    assert_eq!(refused(short_row, one_value), inconsistent("the faction values do not match the scenario"));
    // One relation too few for a square table.
    let relations = "        relations: [\n";
    let first = &good[state..][good[state..].find(relations).expect("relations") + relations.len()..];
    let value = &first[..first.find('\n').expect("a line") + 1];
    assert_eq!(
        refused(&format!("{relations}{value}"), relations),
        inconsistent("routes, flags or relations do not match the scenario")
    );
    // A table of many empty rows makes no numbers it does not hold (its
    // relations would be 2·10¹⁰ pairs): refused at once, nothing allocated.
    let factions = &good[state..][good[state..].find("        faction_vars: [").expect("the table")..];
    let table = &factions[..factions.find("        region_vars").expect("the next table")];
    let empty_rows = format!("        faction_vars: [{}],\n", "[],".repeat(200_000));
    assert_eq!(refused(table, &empty_rows), inconsistent("the faction values do not match the scenario"));
    assert_eq!(refused("    state: GameState(", "    state: GameState("), Ok(()), "the unedited save loads");
}
