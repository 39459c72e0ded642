//! `harmattan report SAVE [--format md|html|csv|json] [-o FILE]`, in the language of `--lang`

use std::path::Path;
use std::process::ExitCode;

use harmattan::report::{Format, export_in};

/// Arguments of `report`.
#[derive(clap::Args)]
pub struct Args {
    /// The saved game.
    save: String,
    /// `md` (Markdown, default), `html` (one page with charts), `csv` (indicators for a spreadsheet) or `json`.
    #[arg(long, value_enum, default_value_t = Kind::Md)]
    format: Kind,
    /// Write to FILE instead of the standard output (never leaves half a file behind).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    output: Option<String>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Kind {
    Md,
    Html,
    Csv,
    Json,
}

/// Writes the after-action report of a save.
pub fn run(args: &Args) -> ExitCode {
    let loaded = match harmattan::save::read(Path::new(&args.save)) {
        Ok(l) => l,
        Err(e) => return super::save_failure(&e),
    };
    let format = match args.format {
        Kind::Md => Format::Markdown,
        Kind::Html => Format::Html,
        Kind::Csv => Format::Csv,
        Kind::Json => Format::Json,
    };
    // Written in the language asked for; the news lines stay as the players read them.
    let text = export_in(&loaded, format, crate::lang());
    super::emit(args.output.as_deref(), &text)
}
