//! `harmattan host` with the real OpenSSH client, as a class uses it: the
//! host's console in one terminal (tmux), two teams typing `ssh -p PORT
//! NAME@HOST` and their join code (given through SSH_ASKPASS) in two others,
//! playing one whole turn. Skipped, with a message, where tmux or ssh is
//! missing (CI installs both).

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::tmux::{Tmux, installed};

const BIN: &str = env!("CARGO_BIN_EXE_harmattan");

/// A port nobody listens on now.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

/// Waits for the host to write its codes: `SEAT CODE` lines.
fn codes(file: &Path) -> Vec<(String, String)> {
    let end = Instant::now() + Duration::from_secs(60);
    loop {
        if let Ok(text) = std::fs::read_to_string(file) {
            let codes: Vec<(String, String)> =
                text.lines().filter_map(|l| l.split_once(' ').map(|(a, b)| (a.to_string(), b.to_string()))).collect();
            if !codes.is_empty() {
                return codes;
            }
        }
        assert!(Instant::now() < end, "the host never wrote its codes");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn two_teams_play_a_turn_with_the_openssh_client() {
    if !installed("tmux", &["-V"]) || !installed("ssh", &["-V"]) {
        eprintln!("skipped: tmux and the OpenSSH client (ssh) are needed");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let (saves, code_file) = (dir.path().join("saves"), dir.path().join("codes"));
    let tmux = Tmux::new(dir.path());
    let port = free_port();
    let scenario = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/tutorial.ron");
    let host = format!(
        "'{BIN}' host '{}' --listen 127.0.0.1:{port} --seats kesh=team,tarsa=team,oru=ai --save-dir '{}' \
         --print-codes '{}'; echo \"exit=$?\"; exec sleep 600",
        scenario.display(),
        saves.display(),
        code_file.display()
    );
    tmux.out(&["new-session", "-d", "-s", "room", "-n", "console", "-x", "100", "-y", "30", "sh", "-c", &host]);
    let codes = codes(&code_file);
    tmux.wait_for("room:console", "waiting to join");
    for team in ["kesh", "tarsa"] {
        let code = &codes.iter().find(|(seat, _)| seat == team).expect("a code per team").1;
        let askpass = dir.path().join(format!("askpass-{team}"));
        std::fs::write(&askpass, format!("#!/bin/sh\necho {code}\n")).expect("askpass");
        std::process::Command::new("chmod").arg("+x").arg(&askpass).status().expect("chmod");
        // What a student types, with the code typed for them and a fresh list of known hosts.
        let ssh = format!(
            "SSH_ASKPASS='{}' SSH_ASKPASS_REQUIRE=force ssh -p {port} -o StrictHostKeyChecking=accept-new \
             -o UserKnownHostsFile='{}' -o PubkeyAuthentication=no {team}@127.0.0.1; echo \"ssh-exit=$?\"; exec sleep 600",
            askpass.display(),
            dir.path().join("known_hosts").display()
        );
        tmux.out(&["new-window", "-d", "-t", "room", "-n", team, "sh", "-c", &ssh]);
    }
    tmux.wait_for("room:kesh", "You are in the Kesh seat.");
    tmux.wait_for("room:tarsa", "You are in the Tarsa seat.");
    tmux.wait_for("room:console", "Kesh joined from 127.0.0.1.");
    tmux.wait_for("room:console", "Tarsa joined from 127.0.0.1.");

    // The facilitator starts; each team reads its briefing and confirms (no orders, points unused).
    tmux.keys("room:console", &["Enter"]);
    for team in ["room:kesh", "room:tarsa"] {
        tmux.wait_for(team, "Private briefing");
        tmux.keys(team, &["Enter"]);
        tmux.wait_for(team, "action points left");
    }
    tmux.keys("room:kesh", &["c", "y"]);
    tmux.wait_for("room:kesh", "Waiting for Tarsa.");
    tmux.wait_for("room:tarsa", "Kesh has confirmed.");
    tmux.keys("room:tarsa", &["c", "y"]);
    for team in ["room:kesh", "room:tarsa"] {
        tmux.wait_for(team, "Resolution");
    }
    // The console's umpire screen follows: the next turn, each team connected and thinking.
    let umpire = tmux.wait_for("room:console", "Turn 2 of 6");
    assert!(umpire.contains("Kesh (Human team · connected · thinking"), "{umpire}");

    // A team leaves with q: its terminal is given back, and it is told how to come back.
    tmux.keys("room:kesh", &["q", "y"]);
    let left = tmux.wait_for("room:kesh", "ssh-exit=");
    assert!(left.contains("The same command and code bring you back."), "{left}");
    let modes = tmux.out(&["display", "-p", "-t", "room:kesh", "#{alternate_on} #{mouse_any_flag}"]);
    assert_eq!(modes.trim(), "0 0", "main screen and no mouse reporting after leaving");

    // The facilitator closes the host: the other team is told, the game is saved.
    tmux.keys("room:console", &["q", "y"]);
    let closed = tmux.wait_for("room:tarsa", "ssh-exit=");
    assert!(closed.contains("The facilitator has closed the game; it is saved."), "{closed}");
    let console = tmux.wait_for("room:console", "exit=");
    assert!(console.contains("exit=0"), "{console}");
    let files: Vec<_> = std::fs::read_dir(&saves)
        .expect("saves")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let loaded = harmattan::save::read(&files[0]).expect("the save loads");
    assert_eq!(loaded.save.turns.len(), 1);
    let replay = std::process::Command::new(BIN).arg("replay").arg(&files[0]).output().expect("replay runs");
    assert!(replay.status.success(), "{}", String::from_utf8_lossy(&replay.stderr));
}
