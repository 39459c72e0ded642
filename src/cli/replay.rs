//! `harmattan replay SAVE [--view]`: re-plays a save from its scenario, seed and
//! orders and checks every turn against the record, or steps through it on screen.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use harmattan::save;
use harmattan::tr;
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
    let lang = crate::lang();
    let loaded = match save::read(&args.save) {
        Ok(loaded) => loaded,
        Err(e) => return super::save_failure(&e),
    };
    if args.view {
        if !std::io::stdout().is_terminal() {
            err_line!("{}", tr!(lang, "screen-cli-view-no-terminal"));
            return ExitCode::from(super::EXIT_USAGE);
        }
        let app = App::new(Vec::new(), Theme::from_env())
            .with_lang(crate::lang())
            .with_bidi(crate::bidi())
            .replay_view(loaded);
        return match harmattan::tui::run(app) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                err_line!("{}", tr!(lang, "screen-cli-terminal-failed", error = e.to_string()));
                ExitCode::FAILURE
            }
        };
    }
    match save::replay(&loaded) {
        Ok(turns) => {
            out_line!("{}", tr!(lang, "screen-cli-consistent", turns = turns));
            ExitCode::SUCCESS
        }
        Err(d) => {
            let (detail, file) = (super::safe(&d.detail(lang)), args.save.display().to_string());
            if d.turn == 0 {
                out_line!("{}", tr!(lang, "screen-cli-diverges-start", detail = detail));
                err_line!("{}", tr!(lang, "screen-cli-differs-start", file = file));
            } else {
                out_line!("{}", tr!(lang, "screen-cli-diverges", turn = d.turn, detail = detail));
                err_line!("{}", tr!(lang, "screen-cli-differs", file = file, turn = d.turn));
            }
            ExitCode::from(EXIT_INPUT)
        }
    }
}
