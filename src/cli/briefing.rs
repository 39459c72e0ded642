//! `harmattan briefing [SCENARIO] [--variant ID] [--faction ID|facilitator | --pack] [--format md|html] [-o FILE]`

use std::process::ExitCode;

use harmattan::handout::{Format, Which, render};

/// What `--pack` prints, for `--help`.
const PACK_HELP: &str = "\
The teacher's pack (--pack) holds, in order: how to use the pack; learning objectives and \
rubrics for the team's play and for a policy memo after the game; a position memo template; \
for the built-in scenario, a glossary, a map of the region, a source sheet with dated facts \
and a source-criticism exercise, questions for discussion and guidance for classes in Mali, \
Niger and Algeria; the matrix option (how a team may argue for an action that is not listed); \
and the scenario's facilitator's sheet and role cards. With --format html it is one page to \
print on A4, the map inside.";

/// Arguments of `briefing`.
#[derive(clap::Args)]
#[command(after_help = PACK_HELP)]
pub struct Args {
    /// Scenario file (default: the built-in scenario, Fuel and Sovereignty).
    scenario: Option<String>,
    /// A variant of the scenario, e.g. `short` for the built-in one's
    /// one-class-period game (`harmattan validate FILE` lists a file's variants).
    #[arg(long, value_name = "ID")]
    variant: Option<String>,
    /// One team's role card (a faction id), or `facilitator` for the facilitator's sheet; default: every card and the sheet.
    #[arg(long, value_name = "ID")]
    faction: Option<String>,
    /// The teacher's pack: objectives, rubrics, memo template, glossary, map, sources, discussion, the matrix option, then the sheet and every card.
    #[arg(long, conflicts_with = "faction")]
    pack: bool,
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

/// Writes the handouts, or the teacher's pack.
pub fn run(args: &Args) -> ExitCode {
    let mut scn = match super::playable_or_default(args.scenario.as_deref(), args.variant.as_deref()) {
        Ok((_, s)) => s,
        Err(code) => return code,
    };
    // The handouts' own words in the language asked for, even where the
    // scenario has no translation into it (its texts then stay as written).
    scn.lang = crate::lang();
    let format = match args.format {
        Kind::Md => Format::Markdown,
        Kind::Html => Format::Html,
    };
    // Markdown is read as it is printed; HTML is markup, for a browser to order.
    let emit = match format {
        Format::Markdown => super::out::emit_text,
        Format::Html => super::emit,
    };
    if args.pack {
        return emit(args.output.as_deref(), &harmattan::pack::render(&scn, format));
    }
    let which = match args.faction.as_deref() {
        None => Which::All,
        Some("facilitator") => Which::Facilitator,
        Some(id) => match scn.faction_index(id).filter(|&f| scn.factions.get(f).is_some_and(|x| x.playable)) {
            Some(f) => Which::Faction(f),
            None => {
                let ids: Vec<&str> = scn.factions.iter().filter(|f| f.playable).map(|f| f.id.as_str()).collect();
                let (id, ids) = (super::safe(id), ids.join(", "));
                err_line!("{}", harmattan::tr!(scn.lang, "report-cli-not-playable", id = id, ids = ids));
                return ExitCode::from(super::EXIT_USAGE);
            }
        },
    };
    let text = render(&scn, which, format);
    emit(args.output.as_deref(), &text)
}
