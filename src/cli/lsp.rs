//! `harmattan lsp`: the language server for scenario files, for editors.

use std::process::ExitCode;

use super::EXIT_INPUT;

/// Arguments of `lsp`.
#[derive(clap::Args)]
#[command(after_long_help = AFTER_HELP)]
pub struct Args {
    /// Talk over standard input and output (always so; accepted because some editors pass it).
    #[arg(long)]
    stdio: bool,
}

const AFTER_HELP: &str = "\
Your editor starts this command itself and talks to it over standard input and
output with the Language Server Protocol; you do not run it by hand.

While you edit a scenario (.ron) file it gives:
  - the problems `harmattan validate` reports, with the same codes and places,
    checked again a moment after you stop typing and at once when you save;
  - completion of field names (with their types), choice values, ids of factions,
    regions, routes, variables, flags and events, and the functions and words
    of expressions (after `self.`, `target.` or a region's id: its variables);
  - on hover, the reference text of a field or function, and what an id is and
    where it is defined; go to definition of an id; the outline of the file.

Editor set-up (VS Code, Helix, Neovim): docs/scenario-format.md, \"Editor set-up\".";

/// Serves the editor until it exits: 0 after the protocol's `shutdown` and
/// `exit`, 1 when the editor stopped without them.
pub fn run(args: &Args) -> ExitCode {
    let _ = args.stdio;
    match harmattan::lsp::run_stdio() {
        Ok(ending) if ending.is_clean() => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(EXIT_INPUT),
        Err(e) => {
            eprintln!("harmattan lsp: cannot write to the editor: {e}");
            ExitCode::from(super::EXIT_IO)
        }
    }
}
