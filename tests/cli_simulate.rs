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
