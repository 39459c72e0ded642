//! The program's own text in English, French and Arabic, through the binary:
//! `--lang` and the locale environment choose the language of what
//! `harmattan` prints without an interactive terminal.

use assert_cmd::Command;

/// The binary with no locale in its environment (so the machine running the
/// tests does not choose the language) and no terminal on stdin.
fn harmattan() -> Command {
    let mut cmd = Command::cargo_bin("harmattan").expect("the binary is built for integration tests");
    cmd.env_remove("LC_ALL").env_remove("LC_MESSAGES").env_remove("LANG").write_stdin("");
    cmd
}

fn output(cmd: &mut Command) -> (String, String, Option<i32>) {
    let out = cmd.output().expect("the binary runs");
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).expect("output is UTF-8");
    (text(out.stdout), text(out.stderr), out.status.code())
}

#[test]
fn the_summary_is_english_by_default() {
    let (stdout, stderr, code) = output(&mut harmattan());
    assert_eq!(code, Some(0));
    assert!(stdout.starts_with("Harmattan — default scenario: "), "{stdout}");
    assert!(stdout.contains("\nFactions:\n") && stdout.contains("\n12 turns from 2025-01.\n"), "{stdout}");
    assert!(stdout.contains("  harmattan --help             all commands and options\n"), "{stdout}");
    assert_eq!(stderr, "harmattan: the game needs an interactive terminal (stdin and stdout must be a terminal).\n");
}

#[test]
fn with_lang_fr_the_summary_is_french() {
    let (stdout, stderr, code) = output(harmattan().args(["--lang", "fr"]));
    assert_eq!(code, Some(0));
    assert!(stdout.starts_with("Harmattan — scénario intégré\u{202F}: "), "{stdout}");
    assert!(
        stdout.contains("\nCamps en présence\u{202F}:\n") && stdout.contains("\n12 tours à partir de 2025-01.\n"),
        "{stdout}"
    );
    assert!(stdout.contains("\nCommandes\u{202F}:\n"), "{stdout}");
    assert!(stdout.contains("  harmattan --help             toutes les commandes et leurs options\n"), "{stdout}");
    assert!(!stdout.contains("Commands:") && !stdout.contains("turns from"), "{stdout}");
    assert!(stderr.starts_with("harmattan\u{202F}: le jeu a besoin d'un terminal interactif"), "{stderr}");
}

#[test]
fn with_lang_ar_the_summary_is_arabic_and_a_scenario_file_says_how_to_play_it() {
    let (stdout, stderr, code) = output(harmattan().args(["play", "scenarios/tutorial.ron", "--lang", "ar"]));
    assert_eq!(code, Some(2), "a usage error: nothing can be played without a terminal");
    assert!(stdout.starts_with("Harmattan — السيناريو: "), "{stdout}");
    assert!(stdout.contains("\nالأطراف:\n") && stdout.contains("\n6 أدوار ابتداءً من 2025-01.\n"), "{stdout}");
    assert!(stdout.contains("\nالأوامر:\n"), "{stdout}");
    assert!(stderr.contains("للعب دون طرفية: `harmattan play scenarios/tutorial.ron --headless`"), "{stderr}");
    assert!(!stdout.contains(['\u{2068}', '\u{2069}']), "no Unicode isolation marks in terminal text");
}

#[test]
fn the_locale_environment_chooses_the_language_and_lang_overrides_it() {
    let (stdout, _, _) = output(harmattan().env("LANG", "fr_FR.UTF-8"));
    assert!(stdout.contains("Commandes\u{202F}:"), "{stdout}");
    let (stdout, _, _) = output(harmattan().env("LANG", "fr_FR.UTF-8").env("LC_ALL", "ar_DZ.UTF-8"));
    assert!(stdout.contains("الأوامر:"), "{stdout}");
    let (stdout, _, _) = output(harmattan().env("LANG", "ar_DZ.UTF-8").args(["--lang", "en"]));
    assert!(stdout.contains("Commands:"), "{stdout}");
    let (stdout, _, _) = output(harmattan().env("LANG", "C"));
    assert!(stdout.contains("Commands:"), "{stdout}");
}

#[test]
fn a_save_that_cannot_be_played_without_a_terminal_is_explained_in_french() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let (_, stderr, code) =
        output(harmattan().args(["play", "scenarios/tutorial.ron", "--headless"]).arg("--save-dir").arg(dir.path()));
    assert_eq!(code, Some(0), "a headless game is played and saved: {stderr}");
    let save = std::fs::read_dir(dir.path()).expect("the save directory").flatten().map(|e| e.path()).next();
    let save = save.expect("the headless game left a save");
    let (_, stderr, code) = output(harmattan().args(["--lang", "fr", "play", "--load"]).arg(&save));
    assert_eq!(code, Some(2));
    assert!(stderr.starts_with("harmattan\u{202F}: le jeu a besoin d'un terminal interactif"), "{stderr}");
    assert!(
        stderr.contains("\u{202F}; pour vérifier une sauvegarde sans terminal\u{202F}: `harmattan replay "),
        "{stderr}"
    );
}

#[test]
fn an_unknown_language_is_a_usage_error() {
    let (_, stderr, code) = output(harmattan().args(["--lang", "de"]));
    assert_eq!(code, Some(2));
    assert!(stderr.contains("use en, fr or ar"), "{stderr}");
}

/// Every key written out in a call of `tr!` or `i18n::tr` in `src/` names a
/// message English has: a mistyped key would otherwise show as `{key}`.
#[test]
fn every_key_the_program_asks_for_is_in_the_english_catalogue() {
    use harmattan::i18n::{Lang, lint, source};
    let english = lint::entries(source(Lang::En)).expect("the English catalogue parses");
    let mut asked = 0;
    let mut missing = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("src/ is readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            let Ok(text) = std::fs::read_to_string(&path) else { continue };
            for line in text.lines() {
                for call in ["tr!(", "i18n::tr("] {
                    for (_, rest) in line.match_indices(call).map(|(at, _)| line.split_at(at + call.len())) {
                        // The call's first string literal, if it comes before the call's end, is its key.
                        let Some(key) = rest.split('"').nth(1) else { continue };
                        let before = rest.split('"').next().unwrap_or_default();
                        let is_key = !key.is_empty()
                            && key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
                        if before.contains(')') || !is_key {
                            continue;
                        }
                        asked += 1;
                        if !english.contains_key(key) {
                            missing.push(format!("{}: {key}", path.display()));
                        }
                    }
                }
            }
        }
    }
    assert!(asked >= 10, "the scan finds the keys the summary uses ({asked} found)");
    assert_eq!(missing, Vec::<String>::new());
}
