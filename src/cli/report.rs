//! `harmattan report SAVE [--format md|html|csv|json] [-o FILE]`

use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use harmattan::report::{Format, export};

use super::EXIT_INPUT;

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
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(EXIT_INPUT);
        }
    };
    let format = match args.format {
        Kind::Md => Format::Markdown,
        Kind::Html => Format::Html,
        Kind::Csv => Format::Csv,
        Kind::Json => Format::Json,
    };
    let text = export(&loaded, format);
    match &args.output {
        None => {
            let mut out = std::io::stdout().lock();
            match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
                Ok(()) => ExitCode::SUCCESS,
                // A closed pipe (`| head`) is not worth a message.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: cannot write the report: {e}");
                    ExitCode::from(EXIT_INPUT)
                }
            }
        }
        Some(path) => match super::write_file(Path::new(path), &text) {
            Ok(()) => {
                eprintln!("wrote {path}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {path}: {e}");
                ExitCode::from(EXIT_INPUT)
            }
        },
    }
}
