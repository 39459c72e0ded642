//! The real game in a real terminal (tmux), stopped by a signal: SIGTERM,
//! SIGHUP, SIGINT and SIGQUIT each save the game in progress, give the
//! terminal back whole (cursor shown, main screen, mouse reporting and raw
//! mode off) and exit with 128 + the signal. Skipped, with a message, where
//! tmux is not installed (CI installs it).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use common::tmux::{Tmux, installed};

const BIN: &str = env!("CARGO_BIN_EXE_harmattan");

/// The process whose parent is `parent` (the game, started by the pane's shell).
fn child_of(parent: u32) -> Option<u32> {
    std::fs::read_dir("/proc").ok()?.filter_map(Result::ok).find_map(|entry| {
        let pid: u32 = entry.file_name().to_str()?.parse().ok()?;
        let stat = std::fs::read_to_string(entry.path().join("stat")).ok()?;
        // `pid (name) state ppid …`: the name may hold spaces, so read after its last `)`.
        let ppid: u32 = stat.rsplit_once(')')?.1.split_whitespace().nth(1)?.parse().ok()?;
        (ppid == parent).then_some(pid)
    })
}

/// Starts a game in tmux, plays into it, sends `signal` with `kill`, and
/// checks the save, the exit status and the terminal.
fn stopped_by(signal: &str, number: i32) {
    let dir = tempfile::tempdir().expect("temp dir");
    let saves = dir.path().join("saves");
    let tmux = Tmux::new(dir.path());
    let scenario = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/tutorial.ron");
    // The shell stays after the game to report its exit status and the terminal's mode.
    let script = format!(
        "'{BIN}' play '{}' --seats kesh=human,tarsa=ai,oru=ai --save-dir '{}'; \
         echo \"exit=$?\"; if stty -a | grep -q -- -icanon; then echo mode=raw; else echo mode=cooked; fi; \
         exec sleep 600",
        scenario.display(),
        saves.display()
    );
    tmux.out(&["new-session", "-d", "-s", "game", "-x", "100", "-y", "30", "sh", "-c", &script]);
    tmux.wait_for("game", "Kesh");
    // Into the game: the briefing, then Kesh's turn, confirmed without orders.
    for key in ["Enter", "Enter", "Enter"] {
        tmux.out(&["send-keys", "-t", "game", key]);
        std::thread::sleep(Duration::from_millis(300));
    }
    tmux.out(&["send-keys", "-t", "game", "c"]);
    // Confirming with action points unused asks first.
    std::thread::sleep(Duration::from_millis(300));
    tmux.out(&["send-keys", "-t", "game", "y"]);
    tmux.wait_for("game", "Saved to");
    let on = tmux.out(&["display", "-p", "-t", "game", "#{cursor_flag} #{alternate_on} #{mouse_any_flag}"]);
    assert_eq!(
        on.trim(),
        "1 1 1",
        "while playing: cursor shown on the focus (for screen readers), alternate screen, mouse on"
    );

    let shell: u32 = tmux.out(&["display", "-p", "-t", "game", "#{pane_pid}"]).trim().parse().expect("a pid");
    let game = child_of(shell).expect("the game runs under the pane's shell");
    let killed = Command::new("kill").args([format!("-{signal}"), game.to_string()]).status().expect("kill runs");
    assert!(killed.success());

    let screen = tmux.wait_for("game", "mode=");
    assert!(screen.contains(&format!("exit={}", 128 + number)), "{screen}");
    assert!(screen.contains("mode=cooked"), "raw mode is off: {screen}");
    let after = tmux.out(&["display", "-p", "-t", "game", "#{cursor_flag} #{alternate_on} #{mouse_any_flag}"]);
    assert_eq!(after.trim(), "1 0 0", "after {signal}: cursor shown, main screen, mouse off");
    assert!(screen.contains(&format!("stopped by SIG{signal}; the game was saved to")), "{screen}");

    let files: Vec<PathBuf> =
        std::fs::read_dir(&saves).expect("the save folder").filter_map(Result::ok).map(|e| e.path()).collect();
    assert_eq!(files.len(), 1, "one save and no temporary file left: {files:?}");
    let loaded = harmattan::save::read(&files[0]).expect("the save loads");
    assert_eq!(loaded.save.turns.len(), 1, "the turn played is in it");
    let replay = Command::new(BIN).arg("replay").arg(&files[0]).output().expect("replay runs");
    assert!(replay.status.success(), "{}", String::from_utf8_lossy(&replay.stderr));
}

#[test]
fn sigterm_saves_the_game_and_gives_the_terminal_back() {
    if !installed("tmux", &["-V"]) {
        eprintln!("skipped: tmux is not installed");
        return;
    }
    stopped_by("TERM", 15);
}

#[test]
fn sigint_sent_with_kill_saves_the_game_and_gives_the_terminal_back() {
    if !installed("tmux", &["-V"]) {
        eprintln!("skipped: tmux is not installed");
        return;
    }
    stopped_by("INT", 2);
}

#[test]
fn sighup_and_sigquit_save_the_game_and_give_the_terminal_back() {
    if !installed("tmux", &["-V"]) {
        eprintln!("skipped: tmux is not installed");
        return;
    }
    stopped_by("HUP", 1);
    stopped_by("QUIT", 3);
}
