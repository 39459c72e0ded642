//! Files from strangers and faults of the machine, as an attacker would try
//! them: special files and huge files, diagnostics far along a line or by
//! the thousand, saves too large to read back, links planted where the game
//! writes, escape sequences in every output, forged saves, and batches that
//! would not fit in memory. Large inputs are generated here, never committed.

use std::path::{Path, PathBuf};
use std::process::Command as Process;
use std::time::Duration;

use assert_cmd::Command;
use harmattan::engine::ai::{AiKind, decide};
use harmattan::engine::report::Slot;
use harmattan::engine::umpire::{Intervention, Ruling};
use harmattan::engine::{TurnOrders, play_turn, scores};
use harmattan::report::{AfterAction, Format};
use harmattan::save::{self, Loaded, Save, SaveError, Seat};
use harmattan::scenario::{Scenario, TUTORIAL, load};

const TUTORIAL_FILE: &str = "scenarios/tutorial.ron";
/// Long enough for any of these commands; a hang fails the test instead of stalling the suite.
const HANG: Duration = Duration::from_secs(120);

fn harmattan() -> Command {
    let mut cmd = Command::cargo_bin("harmattan").expect("the binary is built for integration tests");
    cmd.timeout(HANG);
    cmd
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn tutorial() -> Scenario {
    load(TUTORIAL_FILE, TUTORIAL.as_bytes()).scenario.expect("the tutorial loads")
}

/// A tutorial game of `turns` turns between greedy computer players.
fn played(scn: &Scenario, turns: u32) -> Save {
    let seats = scn.factions.iter().filter(|f| f.playable).map(|f| (f.id.clone(), Seat::Ai(AiKind::Greedy))).collect();
    let mut game = Save::new(TUTORIAL_FILE, scn, 11, seats, "2026-01-05 09:00:00".into());
    for _ in 0..turns {
        let mut orders = TurnOrders::default();
        for (f, faction) in scn.factions.iter().enumerate().filter(|(_, f)| f.playable) {
            orders.set(faction.id.clone(), decide(scn, &game.state, f, AiKind::Greedy));
        }
        let (next, report) = play_turn(scn, &game.state, &orders);
        game.record(orders, report, &next);
    }
    game
}

fn mkfifo(path: &Path) {
    let status = Process::new("mkfifo").arg(path).status().expect("mkfifo runs");
    assert!(status.success(), "mkfifo {}", path.display());
}

/// Every byte is printable text, a newline or a tab: nothing a terminal would obey.
fn assert_no_control_bytes(what: &str, out: &str) {
    let bad: Vec<char> = out.chars().filter(|&c| harmattan::text::is_unsafe(c)).collect();
    assert!(bad.is_empty(), "{what} contains control characters {bad:?}:\n{out}");
}

// ---- Files read whole before the size check ----

#[test]
fn a_device_or_a_folder_is_refused_without_reading_it() {
    let out = harmattan().args(["validate", "/dev/zero", "scenarios"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("/dev/zero: this is a device, not a file"), "{err}");
    assert!(err.contains("scenarios: this is a folder, not a file"), "{err}");
    assert!(err.contains("not-a-file"), "{err}");
}

#[test]
fn a_sparse_file_over_the_limit_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let huge = dir.path().join("huge.ron");
    std::fs::File::create(&huge).and_then(|f| f.set_len(20 << 30)).expect("a 20 GiB sparse file");
    let out = harmattan().arg("validate").arg(&huge).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("the file is larger than 4 MiB, the most accepted"), "{}", text(&out.stderr));
    let out = harmattan().arg("replay").arg(&huge).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("the file is larger than 64 MiB"), "{}", text(&out.stderr));
}

#[test]
fn named_pipes_never_block_the_title_screen_the_save_list_or_a_command() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let scenarios = dir.path().join("scenarios");
    let saves = dir.path().join("saves");
    std::fs::create_dir_all(&scenarios).expect("folder");
    std::fs::create_dir_all(&saves).expect("folder");
    std::fs::write(scenarios.join("good.ron"), TUTORIAL).expect("written");
    mkfifo(&scenarios.join("pipe.ron"));
    mkfifo(&saves.join("pipe.ron"));

    // The lists run on another thread so that a regression fails here rather than hangs.
    let (tx, rx) = std::sync::mpsc::channel();
    let (s, v) = (scenarios.clone(), saves.clone());
    std::thread::spawn(move || {
        let catalog = harmattan::tui::catalog::catalog(&s);
        let listed: Vec<(String, Vec<String>)> = catalog
            .iter()
            .map(|e| (e.name.clone(), e.loaded.diagnostics.iter().map(|d| d.message.clone()).collect()))
            .collect();
        let saves: Vec<(PathBuf, Result<(), String>)> = harmattan::tui::saves::saved_games(&v)
            .into_iter()
            .map(|e| (e.path, e.loaded.map(|_| ()).map_err(|e| e.to_string())))
            .collect();
        let _ = tx.send((listed, saves));
    });
    let (listed, saves_listed) = rx.recv_timeout(HANG).expect("the lists never block on a named pipe");
    let pipe = listed.iter().find(|(name, _)| name.ends_with("pipe.ron")).expect("the pipe is listed");
    assert_eq!(pipe.1, ["this is a named pipe, not a file; give the path of a file"]);
    assert!(listed.iter().any(|(name, problems)| name.ends_with("good.ron") && problems.is_empty()));
    assert_eq!(saves_listed.len(), 1);
    let reason = saves_listed[0].1.as_ref().expect_err("a pipe is not a save");
    assert!(reason.ends_with("pipe.ron: this is a named pipe, not a file; give the path of a file"), "{reason}");

    let pipe = scenarios.join("pipe.ron");
    for args in [vec!["validate"], vec!["replay"], vec!["report"], vec!["briefing"]] {
        let out = harmattan().args(&args).arg(&pipe).output().expect("runs");
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", text(&out.stderr));
        assert!(text(&out.stderr).contains("named pipe"), "{args:?}: {}", text(&out.stderr));
    }
    let out = harmattan()
        .args(["play", TUTORIAL_FILE, "--headless", "--seats", "kesh=human", "--orders"])
        .arg(&pipe)
        .arg("--save-dir")
        .arg(&saves)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("named pipe"), "{}", text(&out.stderr));
}

// ---- Orders scripts ----

#[test]
fn an_orders_script_that_is_not_utf8_is_placed_and_a_missing_one_is_an_io_error() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let orders = dir.path().join("orders.ron");
    std::fs::write(&orders, b"(\n  turns: [\xff]\n)").expect("written");
    let headless = |orders: &Path| {
        harmattan()
            .args(["play", TUTORIAL_FILE, "--headless", "--seats", "kesh=human", "--orders"])
            .arg(orders)
            .arg("--save-dir")
            .arg(dir.path())
            .output()
            .expect("runs")
    };
    let out = headless(&orders);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        format!(
            "error: {}:2:11: this is not an orders script: the file is not UTF-8 text here (save it as UTF-8)\n",
            orders.display()
        )
    );
    let out = headless(&dir.path().join("missing.ron"));
    assert_eq!(out.status.code(), Some(3), "a file the system cannot read is an I/O error");
    assert!(text(&out.stderr).contains("cannot read the file"), "{}", text(&out.stderr));
}

// ---- Diagnostics ----

#[test]
fn a_problem_far_along_one_line_shows_a_window_around_the_caret() {
    let source = TUTORIAL.replacen("(\n", &format!("({}bogus_field: 1,\n", " ".repeat(70_000)), 1);
    let loaded = load("far.ron", source.as_bytes());
    let rendered: Vec<String> = loaded.file_diagnostics().map(|d| d.render(false)).collect();
    assert_eq!(rendered.len(), 1, "{rendered:?}");
    let out = &rendered[0];
    let (line, text) = source.lines().enumerate().find(|(_, l)| l.contains("bogus_field")).expect("the line");
    let (line, column) = (line + 1, text.find("bogus_field").expect("on the line") + 1);
    assert!(column > 70_000);
    assert!(out.contains(&format!("far.ron:{line}:{column}: unknown field `bogus_field`")), "{out}");
    assert!(out.contains(&format!("[far.ron:{line}:{column}]")), "the snippet header agrees with the message: {out}");
    assert!(out.contains("…"), "the long line is cut: {out}");
    assert!(out.lines().all(|l| l.chars().count() < 160), "no line of the report is long: {out}");
}

#[test]
fn thousands_of_problems_on_one_long_line_print_a_bounded_report() {
    let flags: String =
        (0..3_000).map(|i| format!("(id: \"Bad Flag {i}\", name: \"Flag {i}\", value: true), ")).collect();
    let source = TUTORIAL.replacen("flags: [\n", &format!("flags: [\n{flags}\n"), 1);
    assert!(source.len() > 150_000);
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("many.ron");
    std::fs::write(&path, &source).expect("written");
    let out = harmattan().arg("validate").arg(&path).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.len() < 400_000, "{} bytes of diagnostics", err.len());
    assert!(err.contains("more problems") && err.contains("not listed"), "{}", &err[err.len().saturating_sub(2_000)..]);
    let json = harmattan().args(["validate", "--format", "json"]).arg(&path).output().expect("runs");
    let lines = text(&json.stdout).lines().count();
    assert_eq!(lines, harmattan::scenario::MAX_DIAGNOSTICS + 1, "the first problems, then one line counting the rest");
}

// ---- Saves the game writes but cannot read ----

#[test]
fn a_save_too_large_to_read_back_is_refused_and_the_previous_save_is_kept() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("game.ron");
    let scn = tutorial();
    let good = played(&scn, 1);
    save::write(&path, &good).expect("a normal save is written");
    let before = std::fs::read(&path).expect("reads");
    let mut huge = good.clone();
    huge.scenario_file = "x".repeat(save::MAX_SAVE_SIZE as usize);
    let err = save::write(&path, &huge).expect_err("too large to read back");
    assert!(matches!(err, SaveError::Write { .. }), "{err}");
    assert!(err.to_string().contains("the previous save is kept"), "{err}");
    assert_eq!(std::fs::read(&path).expect("reads"), before, "the good save is untouched");
    assert_eq!(save::read(&path).expect("still loads").save, good);
}

// ---- Links planted where the game writes ----

#[test]
fn saves_reports_and_handouts_never_write_through_a_planted_link() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let outside = tempfile::tempdir().expect("another folder");
    let victim = outside.path().join("victim.txt");
    std::fs::write(&victim, "precious").expect("written");
    let link = |name: &str, to: &Path| std::os::unix::fs::symlink(to, dir.path().join(name)).expect("link");

    // The save's own name and the temporary names older versions used.
    link("game.ron", &victim);
    link("game.ron.tmp", &victim);
    link(".game.ron.tmp", &victim);
    let path = dir.path().join("game.ron");
    save::write(&path, &played(&tutorial(), 1)).expect("written");
    assert_eq!(std::fs::read_to_string(&victim).expect("reads"), "precious");
    assert!(!std::fs::symlink_metadata(&path).expect("exists").file_type().is_symlink());
    save::read(&path).expect("the save itself is there and loads");

    // A dangling link planted at the name of the next game's save.
    let next = save::fresh_path(dir.path(), "tutorial", "2026-01-05 10:00:00");
    let escaped = outside.path().join("created-outside.ron");
    std::os::unix::fs::symlink(&escaped, &next).expect("link");
    save::write(&next, &played(&tutorial(), 1)).expect("written");
    assert!(!escaped.exists(), "nothing is created outside the folder");

    // `report -o` and `briefing -o`.
    for (name, args) in [
        ("report.md", vec!["report".to_string(), path.display().to_string()]),
        ("cards.md", vec!["briefing".to_string(), TUTORIAL_FILE.to_string()]),
    ] {
        link(name, &victim);
        let target = dir.path().join(name);
        let out = harmattan().args(&args).arg("-o").arg(&target).output().expect("runs");
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert_eq!(std::fs::read_to_string(&victim).expect("reads"), "precious", "{name}");
        assert!(!std::fs::symlink_metadata(&target).expect("exists").file_type().is_symlink(), "{name}");
    }
}

// ---- Escape sequences ----

/// The tutorial with escape sequences (window title, clear screen, clipboard) in names, briefings and news.
fn escaping_tutorial() -> String {
    TUTORIAL
        .replace("name: \"Kesh\"", "name: \"Kesh\\u{1b}]0;pwned\\u{7}\"")
        .replace("name: \"Tarsa\"", "name: \"Tarsa\u{1b}[2J\"")
        .replace("briefing: \"", "briefing: \"\u{1b}]52;c;cHduZWQ=\u{7}")
}

#[test]
fn escape_sequences_in_a_scenario_never_reach_a_terminal_or_a_file() {
    let source = escaping_tutorial();
    assert!(source.contains('\u{1b}'));
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("escapes.ron");
    std::fs::write(&path, &source).expect("written");

    let out = harmattan().arg("validate").arg(&path).output().expect("runs");
    assert_eq!(out.status.code(), Some(1), "control characters are refused");
    assert_no_control_bytes("validate", &text(&out.stderr));
    let out = harmattan().args(["validate", "--format", "json"]).arg(&path).output().expect("runs");
    assert_no_control_bytes("validate --format json", &text(&out.stdout));
    let out = harmattan().arg("briefing").arg(&path).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert_no_control_bytes("briefing", &(text(&out.stdout) + &text(&out.stderr)));

    // A save carrying such a scenario is refused, cleanly.
    let mut game = played(&tutorial(), 1);
    game.scenario = source.as_str().into();
    let save_path = dir.path().join("game.ron");
    std::fs::write(&save_path, game.to_ron().expect("serialises")).expect("written");
    for command in ["report", "replay"] {
        let out = harmattan().arg(command).arg(&save_path).output().expect("runs");
        assert_eq!(out.status.code(), Some(1), "{command}");
        assert_no_control_bytes(command, &(text(&out.stdout) + &text(&out.stderr)));
    }
}

/// Defence in depth: even a scenario that got past validation (built in memory
/// here) never prints a control character through handouts, reports or the projector.
#[test]
fn every_output_path_escapes_control_characters_whatever_the_scenario_holds() {
    let clean = tutorial();
    let game = played(&clean, 2);
    let mut scn = clean.clone();
    let evil = "\u{1b}]0;pwned\u{7}\u{1b}[2J\u{9b}31m";
    scn.meta.title.push_str(evil);
    for f in &mut scn.factions {
        f.name.push_str(evil);
        f.briefing.push_str(evil);
    }
    for r in &mut scn.regions {
        r.name.push_str(evil);
    }
    for a in &mut scn.actions {
        a.name.push_str(evil);
        a.description.push_str(evil);
        a.news_success = Some(format!("{{self}} {evil} {{target}}"));
    }
    for format in [harmattan::handout::Format::Markdown, harmattan::handout::Format::Html] {
        let out = harmattan::handout::render(&scn, harmattan::handout::Which::All, format);
        assert_no_control_bytes("briefing", &out);
    }
    let loaded = Loaded { save: game.clone(), scenario: scn.clone() };
    for format in [Format::Markdown, Format::Html, Format::Csv, Format::Json] {
        assert_no_control_bytes(&format!("{format:?} report"), &AfterAction::build(&loaded).render(format));
    }
    let view = harmattan::tui::screens::projector::Projector {
        scenario: &scn,
        state: &game.state,
        last: game.turns.last().map(|t| &t.report),
        confirmed: None,
        timer: None,
        theme: harmattan::tui::theme::Theme { colour: false },
        lang: harmattan::i18n::Lang::En,
    };
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).expect("test backend");
    terminal
        .draw(|f| harmattan::tui::screens::projector::render(&view, f, f.area()))
        .expect("the test backend never fails");
    let buffer = terminal.backend().buffer();
    let cells: String = buffer.content().iter().map(|c| c.symbol()).collect();
    assert!(cells.contains("Kesh"), "the view shows the names");
    assert_no_control_bytes("projector", &cells);
}

#[test]
fn a_news_template_that_repeats_a_long_name_makes_a_bounded_line() {
    let mut scn = tutorial();
    scn.factions[0].name = "N".repeat(100_000);
    let action = scn.actions.iter().position(|a| a.factions.contains(&0)).expect("an action of the first faction");
    scn.actions[action].news_success = Some("{self}".repeat(10_000));
    let line = harmattan::engine::news::order_line(&scn, &scn.actions[action], 0, None, true);
    assert_eq!(line.chars().count(), harmattan::text::MAX_LINE + 1);
    assert!(line.ends_with('…'));
}

// ---- Reports that trust the stored state ----

#[test]
fn a_forged_save_reports_the_replayed_scores_and_names_the_turn() {
    let scn = tutorial();
    let honest = played(&scn, 3);
    let honest_report = AfterAction::build(&Loaded { save: honest.clone(), scenario: scn.clone() });
    assert!(honest_report.warnings.is_empty(), "{:?}", honest_report.warnings);
    // Hand the leader's position to whoever trails, by swapping their values.
    let real = scores(&scn, &honest.state);
    let loser = real.factions.iter().min_by_key(|f| f.total).expect("factions").faction;
    let winner = real.leaders[0];
    let mut forged = honest.clone();
    for v in 0..scn.faction_vars.len() {
        let (w, l) = (Slot::FactionVar(winner, v), Slot::FactionVar(loser, v));
        let (at_w, at_l) = (forged.state.get(w), forged.state.get(l));
        forged.state.set(&scn, w, at_l);
        forged.state.set(&scn, l, at_w);
    }
    forged.state.objective_sums.swap(winner, loser);
    let totals = |s: &harmattan::engine::scoring::Scores| s.factions.iter().map(|f| f.total).collect::<Vec<_>>();
    assert_ne!(totals(&scores(&scn, &forged.state)), totals(&real), "the forgery changes the stored scores");
    let report = AfterAction::build(&Loaded { save: forged, scenario: scn.clone() });
    assert_eq!(report.scores, honest_report.scores, "scores and winners come from the re-played game");
    assert_eq!(report.indicators, honest_report.indicators);
    assert_eq!(report.warnings.len(), 1);
    assert!(report.warnings[0].starts_with("Turn 3 does not re-play as recorded"), "{}", report.warnings[0]);
}

#[test]
fn a_report_after_umpire_rulings_has_no_divergence_warning() {
    let scn = tutorial();
    let seats = vec![Some(Seat::Ai(AiKind::Greedy)); scn.factions.len()]
        .into_iter()
        .zip(&scn.factions)
        .map(|(s, f)| s.filter(|_| f.playable))
        .collect();
    let mut session = harmattan::tui::session::Session::new(TUTORIAL_FILE, scn.clone(), 5, seats, "x".into());
    let ruling = |turn, intervention| Ruling { turn, intervention, reason: "a class discussion".into() };
    session.rule(ruling(1, Intervention::Set { slot: Slot::FactionVar(0, 0), value: 3 })).expect("set");
    session.resolve();
    session.rule(ruling(2, Intervention::News { text: "Talks open".into() })).expect("news");
    session.resolve();
    session.rule(ruling(3, Intervention::Set { slot: Slot::RegionVar(0, 0), value: 20 })).expect("set");
    while !session.state.is_over() {
        session.resolve();
    }
    let loaded = Loaded { save: session.record.clone(), scenario: scn.clone() };
    assert_eq!(save::replay(&loaded), Ok(scn.turns() as usize));
    let report = AfterAction::build(&loaded);
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    let totals: Vec<i64> = scores(&scn, &session.state).factions.iter().map(|f| f.total).collect();
    let reported: Vec<i64> = report.scores.factions.iter().map(|f| f.total).collect();
    assert_eq!(reported, totals, "the report's scores are the game's");
    let score = report.indicator("score").expect("a score indicator");
    let last: Vec<i64> = score.series.iter().map(|s| *s.values.last().expect("values")).collect();
    assert_eq!(last, totals, "the score table ends on the final scores");
}
