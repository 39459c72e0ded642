//! `harmattan` and `harmattan play [SCENARIO] [--seed N] [--seats mali=human,algeria=ai,...]`

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use harmattan::engine::ai::AiKind;
use harmattan::scenario::Scenario;
use harmattan::tui::app::{App, DEFAULT_SEED};
use harmattan::tui::catalog::{catalog, single};
use harmattan::tui::session::Seat;
use harmattan::tui::theme::Theme;

use super::EXIT_INPUT;

/// Exit code for a usage error.
const EXIT_USAGE: u8 = 2;

/// Arguments of `play`.
#[derive(clap::Args, Default)]
pub struct Args {
    /// Scenario file to play (default: the built-in scenario, chosen on the title screen).
    scenario: Option<String>,
    /// Seed of the game's dice: the same seed and orders always give the same game.
    #[arg(long)]
    seed: Option<u64>,
    /// Who plays each faction, e.g. `mali=human,algeria=ai,niger=random`
    /// (`ai` is the greedy computer player). Skips the seat screen; factions
    /// not named are played by humans.
    #[arg(long, value_name = "FACTION=SEAT,...")]
    seats: Option<String>,
}

/// Opens the interface: the title screen, or straight into a scenario.
pub fn run(args: &Args) -> ExitCode {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        eprintln!("harmattan: the game needs an interactive terminal (stdin and stdout must be a terminal).");
        return super::summary::run();
    }
    let theme = Theme::from_env();
    let app = match &args.scenario {
        None if args.seats.is_none() && args.seed.is_none() => App::new(catalog(Path::new("scenarios")), theme),
        scenario => {
            let entries = match scenario {
                Some(path) => match std::fs::read(path) {
                    Ok(bytes) => single(path, &bytes),
                    Err(e) => {
                        eprintln!("error: {path}: cannot read the file: {e}");
                        return ExitCode::from(EXIT_INPUT);
                    }
                },
                None => catalog(Path::new("/nonexistent-directory")),
            };
            let seats = match (&args.seats, entries.first().and_then(|e| e.loaded.scenario.as_ref())) {
                (Some(text), Some(scn)) => match parse_seats(scn, text) {
                    Ok(seats) => Some(seats),
                    Err(message) => {
                        eprintln!("error: --seats: {message}");
                        return ExitCode::from(EXIT_USAGE);
                    }
                },
                _ => None,
            };
            App::with_scenario(entries, theme, args.seed.unwrap_or(DEFAULT_SEED), seats)
        }
    };
    match harmattan::tui::run(app) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: the terminal failed: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Parses `mali=human,algeria=ai` into a seat per faction.
pub fn parse_seats(scn: &Scenario, text: &str) -> Result<Vec<Option<Seat>>, String> {
    let mut seats: Vec<Option<Seat>> = scn.factions.iter().map(|f| f.playable.then_some(Seat::Human)).collect();
    let playable: Vec<&str> = scn.factions.iter().filter(|f| f.playable).map(|f| f.id.as_str()).collect();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (id, seat) = part.split_once('=').ok_or_else(|| format!("`{part}` should look like `mali=human`"))?;
        let seat = match seat.trim() {
            "human" => Seat::Human,
            "ai" | "greedy" => Seat::Ai(AiKind::Greedy),
            "random" => Seat::Ai(AiKind::Random),
            other => return Err(format!("`{other}` is not a seat; use human, ai (greedy) or random")),
        };
        let index =
            scn.factions.iter().position(|f| f.id == id.trim() && f.playable).ok_or_else(|| {
                format!("`{}` is not a playable faction; choose from {}", id.trim(), playable.join(", "))
            })?;
        if let Some(slot) = seats.get_mut(index) {
            *slot = Some(seat);
        }
    }
    Ok(seats)
}
