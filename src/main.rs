//! The `harmattan` command line: parses arguments and calls the library.

mod cli;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Harmattan: a turn-based political–military scenario wargame for the terminal.
#[derive(Parser)]
#[command(name = "harmattan", version, about, long_about = None)]
#[command(after_help = "Run without a command to see the default scenario. Docs: docs/scenario-format.md")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Check scenario files and explain every problem (exit 1 on any error).
    Validate(cli::validate::Args),
    /// Write a commented starter scenario to FILE (never overwrites a file).
    New(cli::new::Args),
    /// Play many AI-vs-AI games in parallel and summarise the results, for balancing.
    Simulate(cli::simulate::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Validate(args)) => cli::validate::run(&args),
        Some(Command::New(args)) => cli::new::run(&args),
        Some(Command::Simulate(args)) => cli::simulate::run(&args),
        None => cli::summary::run(),
    }
}
