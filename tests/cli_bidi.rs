//! Arabic printed by the command line: as written (logical order) to a pipe
//! or a file, which editors and browsers order themselves; joined and in
//! visual order in a terminal with `--bidi app` (the default); as written
//! there too with `--bidi terminal`.

mod common;

use std::process::Command;

use common::tmux::{Tmux, installed};

/// Arabic letters in their presentation forms: what only a visual-order line holds.
fn has_presentation_forms(text: &str) -> bool {
    text.chars().any(|c| ('\u{FB50}'..='\u{FDFF}').contains(&c) || ('\u{FE70}'..='\u{FEFF}').contains(&c))
}

/// What `harmattan ARGS` prints on its standard output, a pipe.
fn piped(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_harmattan"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("the program runs");
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("UTF-8")
}

#[test]
fn arabic_help_through_a_pipe_is_in_logical_order() {
    let help = piped(&["--lang", "ar", "--help"]);
    // The catalogue's words as written: the heading reads first, its letters unjoined.
    assert!(help.contains("الأوامر"), "{help}");
    assert!(!has_presentation_forms(&help), "{help}");
    let briefing = piped(&["briefing", "--lang", "ar", "--faction", "facilitator"]);
    assert!(!has_presentation_forms(&briefing), "{briefing}");
    assert!(briefing.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c)), "{briefing}");
}

/// In a real terminal (tmux), the Arabic help comes joined and in visual
/// order, unless `--bidi terminal` leaves it to the terminal.
#[test]
fn arabic_help_in_a_terminal_is_in_visual_order_unless_the_terminal_does_it() {
    if !installed("tmux", &["-V"]) {
        eprintln!("tmux is not installed: skipped");
        return;
    }
    let dir = tempfile::tempdir().expect("temporary folder");
    let tmux = Tmux::new(dir.path());
    let program = env!("CARGO_BIN_EXE_harmattan");
    for (name, bidi, visual) in [("app", "app", true), ("terminal", "terminal", false)] {
        let command = format!("{program} --lang ar --bidi {bidi} --help; echo END-OF-HELP; sleep 60");
        tmux.out(&["new-session", "-d", "-s", name, "-x", "120", "-y", "60", "-e", "NO_COLOR=1", &command]);
        let screen = tmux.wait_for(name, "END-OF-HELP");
        assert_eq!(has_presentation_forms(&screen), visual, "--bidi {bidi}:\n{screen}");
        if visual {
            // الأوامر (Commands), joined and right to left: its last letter first.
            assert!(screen.contains("\u{FEAE}\u{FEE3}\u{FE8D}\u{FEED}\u{FEF7}\u{FE8D}"), "{screen}");
        }
    }
}

/// An error on the standard error is ordered as the help is: joined and in
/// visual order in a terminal, as written through a pipe.
#[test]
fn an_arabic_error_in_a_terminal_is_in_visual_order_and_as_written_through_a_pipe() {
    let program = env!("CARGO_BIN_EXE_harmattan");
    let dir = tempfile::tempdir().expect("temporary folder");
    let missing = dir.path().join("missing.ron");
    let missing = missing.to_str().expect("a UTF-8 path");
    let out = std::process::Command::new(program)
        .args(["--lang", "ar", "simulate", missing, "--runs", "1"])
        .output()
        .expect("runs");
    let piped = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(piped.contains("تعذّرت قراءة الملف") && !has_presentation_forms(&piped), "{piped}");
    if !installed("tmux", &["-V"]) {
        eprintln!("tmux is not installed: skipped");
        return;
    }
    let tmux = Tmux::new(dir.path());
    let command = format!("{program} --lang ar new --translation fr {missing}; echo END-OF-ERROR; sleep 60");
    tmux.out(&["new-session", "-d", "-s", "error", "-x", "120", "-y", "20", "-e", "NO_COLOR=1", &command]);
    let screen = tmux.wait_for("error", "END-OF-ERROR");
    assert!(has_presentation_forms(&screen), "{screen}");
}
