//! The `harmattan` command line: parses arguments and calls the library.

/// `println!` for words a person reads: a line with Arabic in it goes to a
/// terminal joined and in visual order ([`cli::out`]).
macro_rules! out_line {
    () => { $crate::cli::out::print_line("") };
    ($($arg:tt)*) => { $crate::cli::out::print_line(&format!($($arg)*)) };
}

/// `eprintln!` for words a person reads, ordered as [`out_line!`] orders them.
macro_rules! err_line {
    () => { $crate::cli::out::eprint_line("") };
    ($($arg:tt)*) => { $crate::cli::out::eprint_line(&format!($($arg)*)) };
}

mod cli;

use std::process::ExitCode;
use std::sync::OnceLock;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use harmattan::i18n::Lang;
use harmattan::tui::bidi::Bidi;

/// Harmattan: a turn-based political–military scenario wargame for the terminal.
#[derive(Parser)]
#[command(name = "harmattan", version, about, long_about = None)]
#[command(after_help = "Run without a command to open the game on the built-in scenario. Docs: README.md, docs/")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Language of the program's messages: en, fr or ar (default: from LC_ALL, LC_MESSAGES or LANG, else en).
    #[arg(long, global = true, value_name = "en|fr|ar")]
    lang: Option<Lang>,
    /// Who puts Arabic text in order on screen: app (Harmattan joins and orders it, for most
    /// terminals) or terminal (one that does it itself: mlterm, Konsole, some VTE builds).
    #[arg(long, global = true, value_name = "app|terminal", default_value = "app")]
    bidi: Bidi,
}

/// The language of this run's messages, chosen once at start.
static LANG: OnceLock<Lang> = OnceLock::new();

/// The language of this run's messages: `--lang`, else the environment's, else English.
fn lang() -> Lang {
    LANG.get().copied().unwrap_or_default()
}

/// Who puts right-to-left text in order, chosen once at start (`--bidi`).
static BIDI: OnceLock<Bidi> = OnceLock::new();

/// Who puts right-to-left text in order on this run's screens.
fn bidi() -> Bidi {
    BIDI.get().copied().unwrap_or_default()
}

#[derive(Subcommand)]
enum Command {
    /// Play in the terminal: the title screen, or straight into a scenario.
    Play(cli::play::Args),
    /// Check scenario files and explain every problem (exit 1 on any error).
    Validate(cli::validate::Args),
    /// Write a commented starter scenario to FILE, or with `--translation LANG` a translation of FILE to fill in (never overwrites a file; `--update` brings a translation up to date).
    New(cli::new::Args),
    /// Print each team's role card and the facilitator's sheet (Markdown or printable HTML).
    Briefing(cli::briefing::Args),
    /// Play many AI-vs-AI games in parallel and summarise the results, for balancing.
    Simulate(cli::simulate::Args),
    /// Re-play a save from its orders and check every turn against the record (exit 1 if it differs).
    Replay(cli::replay::Args),
    /// Write the after-action report of a save: timeline, indicators, scores, turning points, debrief questions.
    Report(cli::report::Args),
    /// Show a game on a projector: the map, public news and indicators of the newest save, updated live.
    Watch(cli::watch::Args),
    /// Serve a game to a room over SSH: each team plays from its own laptop with `ssh`, nothing installed.
    Host(cli::host::Args),
    /// Language server for scenario files: diagnostics, completion, hover and outline in your editor.
    Lsp(cli::lsp::Args),
}

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let asked = cli::help::requested_lang(args.iter().cloned()).unwrap_or_else(Lang::from_env);
    let matches =
        cli::help::localise(Cli::command(), asked).try_get_matches_from(args.iter().cloned()).unwrap_or_else(|e| {
            // The help, the version or a usage error: shown in the language and the order asked for.
            LANG.get_or_init(|| asked);
            BIDI.get_or_init(|| cli::help::requested_bidi(args.iter().cloned()).unwrap_or_default());
            cli::help::exit(&e)
        });
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    LANG.get_or_init(|| cli.lang.unwrap_or_else(Lang::from_env));
    BIDI.get_or_init(|| cli.bidi);
    match cli.command {
        Some(Command::Validate(args)) => cli::validate::run(&args, lang()),
        Some(Command::New(args)) => cli::new::run(&args),
        Some(Command::Simulate(args)) => cli::simulate::run(&args),
        Some(Command::Briefing(args)) => cli::briefing::run(&args),
        Some(Command::Play(args)) => cli::play::run(&args),
        Some(Command::Replay(args)) => cli::replay::run(&args),
        Some(Command::Report(args)) => cli::report::run(&args),
        Some(Command::Watch(args)) => cli::watch::run(&args),
        Some(Command::Host(args)) => cli::host::run(&args),
        Some(Command::Lsp(args)) => cli::lsp::run(&args),
        None => cli::play::run(&cli::play::Args::default()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Prints every text of `--help` with its catalogue key, for translators:
    /// `cargo test --bin harmattan help_texts -- --ignored --nocapture`.
    #[test]
    #[ignore = "a tool for translators, not a check"]
    fn help_texts() {
        for (key, text) in cli::help::english_texts(&mut Cli::command()) {
            println!("{key} = {}", text.replace('\n', "\n    "));
        }
    }

    #[test]
    fn every_help_text_is_translated_and_no_translation_is_stale() {
        use harmattan::i18n::{lint, source};
        let english: Vec<String> = cli::help::english_texts(&mut Cli::command()).into_iter().map(|(k, _)| k).collect();
        for lang in [Lang::Fr, Lang::Ar] {
            let entries = lint::entries(source(lang)).expect("the catalogue parses");
            let translated: Vec<&String> = entries.keys().filter(|k| k.starts_with(lint::HELP_TEXT_PREFIX)).collect();
            let missing: Vec<&String> = english.iter().filter(|k| !entries.contains_key(*k)).collect();
            let stale: Vec<&&String> = translated.iter().filter(|k| !english.contains(k)).collect();
            assert!(missing.is_empty() && stale.is_empty(), "{lang}: missing {missing:?}, stale {stale:?}");
        }
    }

    #[test]
    fn help_is_written_in_the_language_asked_for() {
        let help = |lang, args: &[&str]| {
            let mut command = cli::help::localise(Cli::command(), lang);
            match command.try_get_matches_from_mut(args) {
                Err(e) => e.render().to_string(),
                Ok(_) => String::new(),
            }
        };
        let french = help(Lang::Fr, &["harmattan", "simulate", "--help"]);
        assert!(french.contains("Utilisation\u{202F}:") && french.contains("Nombre de parties du lot"), "{french}");
        assert!(french.contains("Options") && !french.contains("Number of games"), "{french}");
        let arabic = help(Lang::Ar, &["harmattan", "--help"]);
        assert!(arabic.contains("الأوامر") && arabic.contains("لعبة محاكاة"), "{arabic}");
        assert!(arabic.contains("play") && !arabic.contains("Play in the terminal"), "{arabic}");
        let english = help(Lang::En, &["harmattan", "simulate", "--help"]);
        assert!(english.contains("Usage:") && english.contains("Number of games in the batch"), "{english}");
    }

    #[test]
    fn the_language_is_read_from_the_raw_arguments() {
        let args = |list: &[&str]| list.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(cli::help::requested_lang(args(&["h", "--lang", "fr", "--help"])), Some(Lang::Fr));
        assert_eq!(cli::help::requested_lang(args(&["h", "simulate", "--lang=ar"])), Some(Lang::Ar));
        assert_eq!(cli::help::requested_lang(args(&["h", "--lang", "xx"])), None);
        assert_eq!(cli::help::requested_lang(args(&["h", "--", "--lang", "fr"])), None);
        assert_eq!(cli::help::requested_lang(args(&["h", "--language"])), None);
    }
}
