//! `harmattan replay SAVE [--view]`: re-plays a save from its scenario, seed and
//! orders and checks every turn against the record, or steps through it on screen.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use harmattan::save;
use harmattan::tui::app::App;
use harmattan::tui::theme::Theme;

use super::EXIT_INPUT;

/// Arguments of `replay`.
#[derive(clap::Args)]
pub struct Args {
    /// The save to check.
    save: PathBuf,
    /// Step through the game in the interface instead, turn by turn, with
    /// every order revealed (for the debrief on a projector).
    #[arg(long)]
    view: bool,
}

/// Loads the save, re-plays it and says whether it is consistent (exit 0) or where it diverges (exit 1).
pub fn run(args: &Args) -> ExitCode {
    let loaded = match save::read(&args.save) {
        Ok(loaded) => loaded,
        Err(e) => return super::save_failure(&e),
    };
    if args.view {
        if !std::io::stdout().is_terminal() {
            eprintln!("error: --view needs an interactive terminal");
            return ExitCode::from(super::EXIT_USAGE);
        }
        let app = App::new(Vec::new(), Theme::from_env()).replay_view(loaded);
        return match harmattan::tui::run(app) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: the terminal failed: {e}");
                ExitCode::FAILURE
            }
        };
    }
    match save::replay(&loaded) {
        Ok(turns) => {
            println!("consistent ({turns} turn{})", if turns == 1 { "" } else { "s" });
            ExitCode::SUCCESS
        }
        Err(d) => {
            let at = if d.turn == 0 { "the start".to_string() } else { format!("turn {}", d.turn) };
            println!("diverges at {at}: {}", super::safe(&d.detail));
            eprintln!(
                "error: {}: the re-play differs from the record at {at} (edited by hand, corrupted, or saved by another version)",
                args.save.display()
            );
            ExitCode::from(EXIT_INPUT)
        }
    }
}
