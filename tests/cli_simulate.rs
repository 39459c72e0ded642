//! `harmattan simulate`: results, JSON, exit codes.

use assert_cmd::Command;

fn harmattan() -> Command {
    Command::cargo_bin("harmattan").expect("the binary is built for integration tests")
}

#[test]
fn json_summary_reports_every_faction_and_sums_win_shares_to_one() {
    let out = harmattan()
        .args(["simulate", "scenarios/tutorial.ron", "--runs", "20", "--seed", "3", "--ai", "random", "--json"])
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout is one JSON document");
    assert_eq!(v["runs"], 20);
    let factions = v["factions"].as_array().expect("factions");
    let ids: Vec<&str> = factions.iter().filter_map(|f| f["id"].as_str()).collect();
    assert_eq!(ids, ["kesh", "tarsa", "oru"]);
    let wins: f64 = factions.iter().filter_map(|f| f["win_share"].as_f64()).sum();
    assert!((wins - 1.0).abs() < 1e-9, "win shares sum to {wins}");
    for key in ["variables", "actions", "events"] {
        assert!(!v[key].as_array().expect(key).is_empty(), "{key} is empty");
    }
    assert!(v["average_turns"].as_f64().is_some_and(|t| t > 0.0 && t <= 6.0));
}

#[test]
fn the_same_seed_gives_the_same_summary_whatever_the_thread_count() {
    let run = |threads: &str| {
        harmattan()
            .args(["simulate", "scenarios/tutorial.ron", "--runs", "12", "--seed", "8", "--threads", threads, "--json"])
            .output()
            .expect("runs")
            .stdout
    };
    assert_eq!(run("1"), run("2"));
}

#[test]
fn human_output_has_the_faction_table() {
    let out = harmattan()
        .args(["simulate", "scenarios/tutorial.ron", "--runs", "5", "--ai", "random", "--turns", "2"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("faction") && text.contains("kesh") && text.contains("2.0 turns on average"), "{text}");
}

#[test]
fn absurd_arguments_are_usage_errors() {
    for args in [
        vec!["simulate", "scenarios/tutorial.ron", "--runs", "0"],
        vec!["simulate", "scenarios/tutorial.ron", "--runs", "-3"],
        vec!["simulate", "scenarios/tutorial.ron", "--runs", "5", "--ai", "clever"],
        vec!["simulate", "scenarios/tutorial.ron", "--runs", "5", "--threads", "0"],
        vec!["simulate", "scenarios/tutorial.ron"],
    ] {
        harmattan().args(&args).assert().code(2);
    }
}

#[test]
fn a_broken_scenario_prints_its_diagnostics_and_exits_1() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("broken.ron");
    let text = std::fs::read_to_string("scenarios/tutorial.ron")
        .expect("tutorial")
        .replace("from: \"oru_port\", to: \"kesh_capital\"", "from: \"oru_prt\", to: \"kesh_capital\"");
    std::fs::write(&path, text).expect("write");
    let out = harmattan().args(["simulate", path.to_str().expect("utf-8 path"), "--runs", "3"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unknown region `oru_prt`") && err.contains("did you mean `oru_port`?"), "{err}");
    assert!(out.stdout.is_empty());
    harmattan().args(["simulate", "no/such/file.ron", "--runs", "3"]).assert().code(3);
}

// ---- Shards, merge, per-game lines ----

#[test]
fn a_proposal_succeeds_only_when_accepted_and_taking_effect() {
    // The deal can only take effect on turn 1, but answers come on turn 2: it never does.
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("never.ron");
    std::fs::write(
        &file,
        r#"Scenario(format: 1, meta: (id: "never", title: "Never", summary: "x", calendar: (start: "2025-01", turns: 3)),
    action_points: 1,
    variables: (faction: [(id: "gold", name: "Gold", min: 0, max: 100, initial: 10)]),
    factions: [
        (id: "a", name: "A", colour: "red", objectives: [(id: "o", name: "O", weight: 1, score: "self.gold")]),
        (id: "b", name: "B", colour: "blue", objectives: [(id: "o", name: "O", weight: 1, score: "self.gold")]),
    ],
    actions: [(id: "deal", name: "Deal", category: Diplomatic, factions: ["a"], target: Faction,
        requires: [("turn == 1", "Only on turn 1.")], consent: true, on_success: ["self.gold += 50", "target.gold += 50"])],
)"#,
    )
    .expect("write");
    let out = ok(harmattan().arg("simulate").arg(&file).args(["--runs", "40", "--ai", "random", "--json"]));
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let deal = &summary["actions"][0];
    assert_eq!(
        (deal["action"].as_str(), deal["chosen"].as_u64(), deal["succeeded"].as_u64()),
        (Some("deal"), Some(40), Some(0))
    );
}

const TUTORIAL: &str = "scenarios/tutorial.ron";

fn ok(cmd: &mut Command) -> std::process::Output {
    let out = cmd.output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    out
}

fn path(dir: &std::path::Path, name: &str) -> String {
    dir.join(name).to_str().expect("utf-8 path").to_string()
}

/// Writes shard `i` of `k` of a batch of `runs` random-AI games, seed 4.
fn write_shard(dir: &std::path::Path, scenario: &str, runs: u32, i: u32, k: u32) -> String {
    let out = path(dir, &format!("shard-{i}.json"));
    let shard = format!("{i}/{k}");
    let runs = runs.to_string();
    let args =
        ["simulate", scenario, "--runs", &runs, "--seed", "4", "--ai", "random", "--shard", &shard, "--out", &out];
    let done = ok(harmattan().args(args));
    assert!(done.stdout.is_empty(), "--out prints no summary");
    out
}

fn single_run(runs: u32, json: bool) -> Vec<u8> {
    let runs = runs.to_string();
    let mut args = vec!["simulate", TUTORIAL, "--runs", &runs, "--seed", "4", "--ai", "random"];
    if json {
        args.push("--json");
    }
    ok(harmattan().args(&args)).stdout
}

#[test]
fn shards_merged_print_the_same_summary_as_one_run() {
    let dir = tempfile::tempdir().expect("temp dir");
    let files: Vec<String> = (0..3).map(|i| write_shard(dir.path(), TUTORIAL, 200, i, 3)).collect();
    let mut reversed = files.clone();
    reversed.reverse();
    for json in [true, false] {
        let mut args = vec!["simulate", "merge"];
        args.extend(reversed.iter().map(String::as_str));
        if json {
            args.push("--json");
        }
        assert_eq!(ok(harmattan().args(&args)).stdout, single_run(200, json), "json: {json}");
    }
}

#[test]
fn merge_refuses_a_gap_an_overlap_another_scenario_and_bad_files_naming_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let files: Vec<String> = (0..3).map(|i| write_shard(dir.path(), TUTORIAL, 30, i, 3)).collect();
    let refused = |files: &[&str], expect: &[&str]| {
        let out = harmattan().args(["simulate", "merge"]).args(files).output().expect("runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(out.stdout.is_empty());
        for e in expect {
            assert!(err.contains(e), "`{e}` not in: {err}");
        }
    };
    let [a, b, c] = [&files[0], &files[1], &files[2]].map(String::as_str);
    refused(&[a, c], &["games 10–19", a, c, "missing"]);
    refused(&[a, b], &["games 20–29", b, "missing"]);
    refused(&[a, b, b, c], &["both hold games 10–19", b]);
    // A scenario that differs only by a comment is another scenario.
    let other = path(dir.path(), "other.ron");
    let text = std::fs::read_to_string(TUTORIAL).expect("tutorial") + "\n// changed\n";
    std::fs::write(&other, text).expect("write");
    let odd_dir = dir.path().join("other");
    std::fs::create_dir(&odd_dir).expect("dir");
    let odd = write_shard(&odd_dir, &other, 30, 1, 3);
    refused(&[a, &odd, c], &[a, &odd, "scenario differs"]);
    let bad = path(dir.path(), "bad.json");
    std::fs::write(&bad, "{\"format\": ").expect("write");
    refused(&[a, &bad, c], &[&bad, "bad JSON"]);
    let other_json = path(dir.path(), "summary.json");
    std::fs::write(&other_json, single_run(5, true)).expect("write");
    refused(&[&other_json], &[&other_json, "not a simulation shard"]);
    harmattan().args(["simulate", "merge", &path(dir.path(), "none.json")]).assert().code(3);
    harmattan().args(["simulate", "merge"]).assert().code(2);
}

#[test]
fn shard_arguments_are_checked() {
    for shard in ["3/3", "0/0", "x", "1", "-1/2", "1/-2"] {
        harmattan().args(["simulate", TUTORIAL, "--runs", "5", "--shard", shard]).assert().code(2);
    }
    harmattan().args(["simulate", TUTORIAL, "--runs", "1000001"]).assert().code(2);
    // A shard of a batch without --out prints the summary of its own games.
    let out =
        ok(harmattan().args(["simulate", TUTORIAL, "--runs", "10", "--ai", "random", "--shard", "1/2", "--json"]));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["runs"], 5);
}

#[test]
fn games_out_writes_one_json_line_per_game_in_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    let lines = path(dir.path(), "games.jsonl");
    let args = ["simulate", TUTORIAL, "--runs", "25", "--ai", "random", "--shard", "1/2", "--games-out", &lines];
    ok(harmattan().args(args));
    let text = std::fs::read_to_string(&lines).expect("the lines");
    let games: Vec<serde_json::Value> =
        text.lines().map(|l| serde_json::from_str(l).expect("one JSON object per line")).collect();
    assert_eq!(games.len(), 13);
    for (g, index) in games.iter().zip(12..) {
        assert_eq!(g["index"], index);
        assert!(g["seed"].is_u64() && g["turns"].is_u64(), "{g}");
        for f in ["kesh", "tarsa", "oru"] {
            assert!(g["scores"][f]["total"].is_i64() && g["scores"][f]["objectives"].is_object(), "{g}");
        }
        assert!(g["winner"].is_string() && g["winners"].is_array(), "{g}");
    }
    let names: Vec<_> = std::fs::read_dir(dir.path()).expect("dir").map(|e| e.expect("entry").file_name()).collect();
    assert_eq!(names.len(), 1, "no temporary file is left: {names:?}");
}

/// The folder of the binary under test, to put first on PATH for scripts that call `harmattan`.
fn path_with_binary() -> std::ffi::OsString {
    let bin = assert_cmd::cargo::cargo_bin("harmattan");
    let dir = bin.parent().expect("the binary's folder").to_path_buf();
    let old = std::env::var_os("PATH").unwrap_or_default();
    std::env::join_paths(std::iter::once(dir).chain(std::env::split_paths(&old))).expect("a PATH")
}

fn merge_all(files: &[String]) -> Vec<u8> {
    ok(harmattan().args(["simulate", "merge", "--json"]).args(files)).stdout
}

#[test]
fn gnu_parallel_runs_shards_as_processes_that_merge_into_one_run() {
    if std::process::Command::new("parallel").arg("--version").output().is_err() {
        eprintln!("skipped: GNU parallel is not installed (apt-get install parallel)");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().to_str().expect("utf-8 path");
    let status = std::process::Command::new("parallel")
        .env("PATH", path_with_binary())
        .args(["--will-cite", "--halt", "now,fail=1", "-j", "2"])
        .args(["harmattan", "simulate", TUTORIAL, "--runs", "120", "--seed", "4", "--ai", "random"])
        .args([
            "--threads",
            "1",
            "--shard",
            "{}/4",
            "--out",
            &format!("{out}/shard-{{}}.json"),
            ":::",
            "0",
            "1",
            "2",
            "3",
        ])
        .status()
        .expect("parallel runs");
    assert!(status.success());
    let files: Vec<String> = (0..4).map(|i| format!("{out}/shard-{i}.json")).collect();
    assert_eq!(merge_all(&files), single_run(120, true));
}

#[test]
fn the_slurm_script_runs_as_is_and_its_shards_merge_into_one_run() {
    let script = "docs/slurm-simulate.sh";
    let text = std::fs::read_to_string(script).expect("the Slurm script");
    assert!(text.contains("#SBATCH --array=0-9") && text.contains("SLURM_ARRAY_TASK_ID"), "{text}");
    let dir = tempfile::tempdir().expect("temp dir");
    let out = path(dir.path(), "results");
    for task in 0..3 {
        let status = std::process::Command::new("bash")
            .arg(script)
            .env("PATH", path_with_binary())
            .envs([("SCENARIO", TUTORIAL), ("RUNS", "60"), ("SEED", "4"), ("AI", "random"), ("OUT", &out)])
            .envs([("SLURM_ARRAY_TASK_COUNT", "3"), ("SLURM_ARRAY_TASK_ID", &task.to_string())])
            .status()
            .expect("bash runs");
        assert!(status.success(), "task {task}");
    }
    let files: Vec<String> = (0..3).map(|i| format!("{out}/shard-{i}.json")).collect();
    assert_eq!(merge_all(&files), single_run(60, true));
    let lines = std::fs::read_to_string(format!("{out}/games-2.jsonl")).expect("games of task 2");
    assert_eq!(lines.lines().count(), 20);
}

#[test]
fn the_kubernetes_job_runs_as_is_and_its_shards_merge_into_one_run() {
    let text = std::fs::read_to_string("docs/k8s-simulate-job.yaml").expect("the manifest");
    assert!(text.contains("completionMode: Indexed"));
    let field = |key: &str| {
        text.lines().find_map(|l| l.trim().strip_prefix(key)).map(|v| v.trim().trim_matches('"').to_string())
    };
    // The environment: `- name: X` followed by `value: Y`.
    let lines: Vec<&str> = text.lines().collect();
    let env: Vec<(String, String)> = lines
        .windows(2)
        .filter_map(|w| {
            let name = w[0].trim().strip_prefix("- name: ")?;
            let value = w[1].trim().strip_prefix("value: ")?;
            Some((name.to_string(), value.trim_matches('"').to_string()))
        })
        .collect();
    let get = |k: &str| env.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()).expect(k);
    let shards = get("SHARDS");
    assert_eq!(field("completions:").as_deref(), Some(shards.as_str()), "SHARDS must equal completions");
    // The shell script: the block after `- |` under `args:`.
    let start = lines.iter().position(|l| l.trim() == "- |").expect("an args block") + 1;
    let indent = lines[start].len() - lines[start].trim_start().len();
    let script: String = lines[start..]
        .iter()
        .take_while(|l| l.trim().is_empty() || l.len() - l.trim_start().len() >= indent)
        .map(|l| format!("{}\n", l.get(indent..).unwrap_or("")))
        .collect();
    assert!(script.contains("harmattan simulate") && script.contains("JOB_COMPLETION_INDEX"), "{script}");
    assert!(field("command:").is_some_and(|c| c.contains("/bin/sh")));
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().to_str().expect("utf-8 path");
    let k: u32 = shards.parse().expect("a number");
    for index in 0..k {
        let mut cmd = std::process::Command::new("sh");
        cmd.args(["-c", &script]).env("PATH", path_with_binary());
        for (name, value) in &env {
            cmd.env(name, value);
        }
        // Small numbers and local paths; everything else as in the manifest.
        cmd.envs([("SCENARIO", TUTORIAL), ("RUNS", "30"), ("OUT", out), ("JOB_COMPLETION_INDEX", &index.to_string())]);
        assert!(cmd.status().expect("sh runs").success(), "index {index}");
    }
    let files: Vec<String> = (0..k).map(|i| format!("{out}/shard-{i}.json")).collect();
    let merged = merge_all(&files);
    let (seed, ai) = (get("SEED"), get("AI"));
    let one =
        ok(harmattan().args(["simulate", TUTORIAL, "--runs", "30", "--seed", &seed, "--ai", &ai, "--json"])).stdout;
    assert_eq!(merged, one);
}

// ---- Explanations, --detail, --compare, --watch ----

#[test]
fn the_summary_explains_by_faction_and_detail_shows_every_line() {
    let args = ["simulate", TUTORIAL, "--runs", "200", "--seed", "4", "--ai", "random"];
    let short = String::from_utf8(ok(harmattan().args(args)).stdout).expect("utf-8");
    let long = String::from_utf8(ok(harmattan().args(args).arg("--detail")).stdout).expect("utf-8");
    for text in [&short, &long] {
        // Grouped by faction, under the faction's name.
        let (kesh, tarsa, oru) = (text.find("\nKesh (kesh)"), text.find("\nTarsa (tarsa)"), text.find("\nOru (oru)"));
        assert!(kesh < tarsa && tarsa < oru && kesh.is_some(), "{text}");
        assert!(text.contains("north_supplied") && text.contains("propose_supply_deal to kesh: made"), "{text}");
        assert!(text.contains("supply_deal: set at the end of"), "{text}");
    }
    assert!(short.contains("--detail shows every line") && !long.contains("--detail shows every line"));
    assert!(long.len() > short.len());
    // Every action of every faction, and each event's firings by turn, only with --detail.
    assert!(long.contains("covert_raid: chosen in") && long.contains("dust_storm                     2: "), "{long}");
    assert!(!short.contains("Firings of each event by turn"));
    // JSON always has everything; --detail does not change it.
    let json = ok(harmattan().args(args).arg("--json")).stdout;
    assert_eq!(json, ok(harmattan().args(args).args(["--json", "--detail"])).stdout);
    let v: serde_json::Value = serde_json::from_slice(&json).expect("json");
    assert_eq!(v["factions"][0]["objectives"][0]["id"], "north_supplied");
    let deal = &v["proposals"][0];
    assert_eq!((deal["faction"].as_str(), deal["target"].as_str()), (Some("oru"), Some("kesh")));
    assert!(deal["acceptance"].as_f64().is_some_and(|a| a > 0.0 && a < 1.0), "{deal}");
    assert!(v["actions"][0]["win_share_used"].is_number() && v["events"][0]["turns"].is_array());
    for key in ["flags", "relations", "routes"] {
        assert!(!v[key].as_array().expect(key).is_empty(), "{key} is empty");
    }
    assert_eq!(v["routes"][1]["id"], "river_road");
    assert_eq!(v["routes"][1]["start_open"], false);
}

#[test]
fn merged_shards_explain_the_same_as_one_run() {
    let dir = tempfile::tempdir().expect("temp dir");
    let files: Vec<String> = (0..2).map(|i| write_shard(dir.path(), TUTORIAL, 100, i, 2)).collect();
    let merged = ok(harmattan().args(["simulate", "merge", "--detail"]).args(&files)).stdout;
    let one =
        ok(harmattan().args(["simulate", TUTORIAL, "--runs", "100", "--seed", "4", "--ai", "random", "--detail"]));
    assert_eq!(merged, one.stdout);
}

/// The tutorial with the salt road twice as wide, written to `dir`.
fn wider_road(dir: &std::path::Path) -> String {
    let text = std::fs::read_to_string(TUTORIAL).expect("tutorial");
    let wider = text.replace("capacity: 20, risk: 10", "capacity: 40, risk: 10");
    assert_ne!(wider, text);
    let b = path(dir, "wider.ron");
    std::fs::write(&b, wider).expect("write");
    b
}

#[test]
fn compare_shows_win_shares_with_intervals_and_marks_what_is_beyond_noise() {
    let dir = tempfile::tempdir().expect("temp dir");
    let b = wider_road(dir.path());
    let args = ["simulate", TUTORIAL, "--compare", &b, "--runs", "300", "--ai", "random"];
    let text = String::from_utf8(ok(harmattan().args(args)).stdout).expect("utf-8");
    let kesh = text.lines().find(|l| l.starts_with("kesh ")).expect("a line for kesh");
    assert!(kesh.ends_with(" *") && kesh.contains("% (") && kesh.contains(" to +"), "{text}");
    let oru = text.lines().find(|l| l.starts_with("oru ")).expect("a line for oru");
    assert!(!oru.ends_with('*'), "{text}");
    assert!(text.contains("Differences beyond noise (marked *)"), "{text}");
    assert!(text.contains("kesh north_supplied: ") && text.contains(" in A, "), "{text}");
    let json = ok(harmattan().args(args).arg("--json")).stdout;
    let v: serde_json::Value = serde_json::from_slice(&json).expect("json");
    assert_eq!(v["files"][1], b.as_str());
    let win = &v["factions"][0]["win"];
    assert_eq!(v["factions"][0]["id"], "kesh");
    assert_eq!(win["beyond_noise"], true);
    let (lo, hi) = (win["difference"]["low"].as_f64().expect("low"), win["difference"]["high"].as_f64().expect("high"));
    assert!(0.0 < lo && lo < hi, "{win}");
    assert_eq!(v["objectives"][0]["id"], "north_supplied");
    assert!(v["events"].is_array() && v["actions"].is_array());
    // The same scenario on both sides: nothing is beyond noise.
    let same = ok(harmattan().args(["simulate", TUTORIAL, "--compare", TUTORIAL, "--runs", "50", "--ai", "random"]));
    let text = String::from_utf8(same.stdout).expect("utf-8");
    assert!(text.contains("No difference is beyond noise") && !text.contains(" *\n"), "{text}");
}

#[test]
fn compare_refuses_scenarios_with_other_factions_and_shard_options() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = std::fs::read_to_string(TUTORIAL).expect("tutorial");
    let renamed = text
        .replace("\"oru\"", "\"ora\"")
        .replace("(oru,", "(ora,")
        .replace(", oru)", ", ora)")
        .replace("oru.treasury", "ora.treasury");
    let b = path(dir.path(), "renamed.ron");
    std::fs::write(&b, renamed).expect("write");
    let out = harmattan().args(["simulate", TUTORIAL, "--compare", &b, "--runs", "5"]).output().expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("cannot be compared") && err.contains("Only scenarios/tutorial.ron has: oru."), "{err}");
    assert!(err.contains("has: ora."), "{err}");
    assert!(out.stdout.is_empty());
    for extra in [["--shard", "0/2"], ["--out", "x.json"], ["--games-out", "g.jsonl"]] {
        harmattan().args(["simulate", TUTORIAL, "--compare", TUTORIAL, "--runs", "5"]).args(extra).assert().code(2);
    }
    harmattan().args(["simulate", TUTORIAL, "--compare", "no/such.ron", "--runs", "5"]).assert().code(3);
}

/// A process that is killed when the test ends, however it ends.
struct Running(std::process::Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Lines of a child's output, read on a thread of their own.
fn lines_of(stream: impl std::io::Read + Send + 'static) -> std::sync::mpsc::Receiver<String> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        use std::io::BufRead as _;
        for line in std::io::BufReader::new(stream).lines() {
            let Ok(line) = line else { return };
            if tx.send(line).is_err() {
                return;
            }
        }
    });
    rx
}

/// Waits (at most a minute) for a line containing `want`; returns the lines read until then.
fn wait_for(rx: &std::sync::mpsc::Receiver<String>, want: &str) -> Vec<String> {
    let end = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let mut seen = Vec::new();
    while let Ok(line) = rx.recv_timeout(end.saturating_duration_since(std::time::Instant::now())) {
        let found = line.contains(want);
        seen.push(line);
        if found {
            return seen;
        }
    }
    panic!("no line with `{want}` within a minute; read: {seen:#?}");
}

#[test]
fn watch_runs_again_when_the_file_changes_and_keeps_the_last_results_when_it_breaks() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = path(dir.path(), "watched.ron");
    let text = std::fs::read_to_string(TUTORIAL).expect("tutorial");
    std::fs::write(&file, &text).expect("write");
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("harmattan"))
        .args(["simulate", &file, "--runs", "20", "--ai", "random", "--watch"])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut running = Running(child);
    let out = lines_of(running.0.stdout.take().expect("stdout"));
    let err = lines_of(running.0.stderr.take().expect("stderr"));
    wait_for(&out, "6.0 turns on average");
    wait_for(&err, "Watching");
    // An edit: four turns instead of six.
    let shorter = text.replace("turns: 6)", "turns: 4)");
    assert_ne!(shorter, text);
    std::fs::write(&file, &shorter).expect("write");
    let second = wait_for(&out, "Scenario tutorial");
    let header = second.last().expect("the header of the new results");
    assert!(header.contains("4.0 turns on average"), "{second:#?}");
    wait_for(&err, "changed: the results of the new version follow");
    wait_for(&err, "Watching");
    // The rest of those results was written before that line: set it aside.
    std::thread::sleep(std::time::Duration::from_millis(200));
    while out.try_recv().is_ok() {}
    // A broken edit: its problem is shown and the last results stay.
    std::fs::write(&file, shorter.replace("to: \"kesh_capital\"", "to: \"kesh_capitol\"")).expect("write");
    wait_for(&err, "unknown region `kesh_capitol`");
    wait_for(&err, "still those of the last version without errors");
    wait_for(&err, "Watching");
    assert!(
        out.recv_timeout(std::time::Duration::from_millis(500)).is_err(),
        "no new results for a scenario with errors"
    );
    // Fixed again: results again.
    std::fs::write(&file, &text).expect("write");
    wait_for(&out, "6.0 turns on average");
    assert_eq!(running.0.try_wait().expect("the process"), None, "still watching");
    // Ctrl-C ends it.
    let pid = running.0.id().to_string();
    assert!(std::process::Command::new("kill").args(["-INT", &pid]).status().expect("kill runs").success());
    wait_for(&err, "Stopped watching");
    let end = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let status = loop {
        match running.0.try_wait().expect("the process") {
            Some(status) => break status,
            None if std::time::Instant::now() < end => std::thread::sleep(std::time::Duration::from_millis(20)),
            None => panic!("still running ten seconds after Ctrl-C"),
        }
    };
    assert_eq!(status.code(), Some(130));
}
