//! `harmattan briefing SCENARIO [--faction ID|facilitator] [--format md|html] [-o FILE]`

use std::process::ExitCode;

use harmattan::handout::{Format, Which, render};

use super::load_playable;

/// Arguments of `briefing`.
#[derive(clap::Args)]
pub struct Args {
    /// Scenario file.
    scenario: String,
    /// One team's role card (a faction id), or `facilitator` for the facilitator's sheet; default: every card and the sheet.
    #[arg(long, value_name = "ID")]
    faction: Option<String>,
    /// `md` (Markdown, default) or `html` (one printable page per card).
    #[arg(long, value_enum, default_value_t = Kind::Md)]
    format: Kind,
    /// Write to FILE instead of the standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    output: Option<String>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Kind {
    Md,
    Html,
}

/// Writes the handouts.
pub fn run(args: &Args) -> ExitCode {
    let scn = match load_playable(&args.scenario) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let which = match args.faction.as_deref() {
        None => Which::All,
        Some("facilitator") => Which::Facilitator,
        Some(id) => match scn.faction_index(id).filter(|&f| scn.factions.get(f).is_some_and(|x| x.playable)) {
            Some(f) => Which::Faction(f),
            None => {
                let ids: Vec<&str> = scn.factions.iter().filter(|f| f.playable).map(|f| f.id.as_str()).collect();
                eprintln!(
                    "error: `{}` is not a playable faction of this scenario; choose from {} or facilitator",
                    super::safe(id),
                    ids.join(", ")
                );
                return ExitCode::from(super::EXIT_USAGE);
            }
        },
    };
    let format = match args.format {
        Kind::Md => Format::Markdown,
        Kind::Html => Format::Html,
    };
    let text = render(&scn, which, format);
    super::emit(args.output.as_deref(), &text)
}
