//! The `harmattan` command line: parses arguments and calls the library.

mod cli;

use std::process::ExitCode;
use std::sync::OnceLock;

use clap::{Parser, Subcommand};
use harmattan::i18n::Lang;

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
}

/// The language of this run's messages, chosen once at start.
static LANG: OnceLock<Lang> = OnceLock::new();

/// The language of this run's messages: `--lang`, else the environment's, else English.
fn lang() -> Lang {
    LANG.get().copied().unwrap_or_default()
}

#[derive(Subcommand)]
enum Command {
    /// Play in the terminal: the title screen, or straight into a scenario.
    Play(cli::play::Args),
    /// Check scenario files and explain every problem (exit 1 on any error).
    Validate(cli::validate::Args),
    /// Write a commented starter scenario to FILE (never overwrites a file).
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
    let cli = Cli::parse();
    LANG.get_or_init(|| cli.lang.unwrap_or_else(Lang::from_env));
    match cli.command {
        Some(Command::Validate(args)) => cli::validate::run(&args),
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
