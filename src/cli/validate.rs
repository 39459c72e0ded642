//! `harmattan validate FILE... [--format json]`: scenarios, with their
//! translations, or translation files alone.

use std::path::Path;
use std::process::ExitCode;

use harmattan::scenario::FileDiagnostic;
use harmattan::scenario::translate::{self, Checked};

use super::{EXIT_INPUT, EXIT_IO, safe, stderr_colour};

/// Arguments of `validate`.
#[derive(clap::Args)]
pub struct Args {
    /// Scenario files to check (with their translations, `i18n/STEM.LANG.ron`),
    /// or translation files to check against their scenario.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<String>,
    /// `human` (default): explanations with the source line on stderr; `json`: one JSON object per problem on stdout.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Human,
    Json,
}

/// What was found in all the files checked.
#[derive(Default)]
struct Tally {
    files: usize,
    errors: usize,
    warnings: usize,
    bad_files: usize,
    unread: usize,
}

impl Tally {
    /// Prints one file's problems and counts them.
    fn report<'a>(&mut self, format: Format, colour: bool, found: impl Iterator<Item = FileDiagnostic<'a>>) {
        for d in found {
            if d.diagnostic.is_error() {
                self.errors += 1;
            } else {
                self.warnings += 1;
            }
            match format {
                Format::Human => eprintln!("{}", d.render(colour)),
                Format::Json => println!("{}", d.to_json()),
            }
        }
    }

    /// Prints and counts the problems of one translation (`ok` when it has none).
    fn translation(&mut self, format: Format, colour: bool, checked: &Checked) {
        self.files += 1;
        if checked.has_errors() {
            self.bad_files += 1;
        }
        if checked.diagnostics.iter().any(|d| d.code == "io") {
            self.unread += 1;
        }
        self.report(format, colour, checked.file_diagnostics());
        if matches!(format, Format::Human) && checked.diagnostics.is_empty() {
            let built_in = if checked.built_in { ", built in" } else { "" };
            let texts = checked.translation.as_ref().map_or(0, |t| t.texts.len());
            eprintln!("{}: ok ({texts} text{}{built_in})", safe(&checked.name), plural(texts));
        }
    }
}

/// Validates every file and prints the problems; exit 1 if any file has an
/// error, 3 if one could not be read at all. A scenario's translations
/// (`i18n/STEM.LANG.ron` beside it) are linted with it; a translation named
/// alone is linted against its scenario.
pub fn run(args: &Args) -> ExitCode {
    let colour = stderr_colour();
    let mut tally = Tally::default();
    for path in &args.files {
        if let Some(checked) = translate::lint_one(Path::new(path)) {
            tally.translation(args.format, colour, &checked);
            continue;
        }
        tally.files += 1;
        let loaded = match harmattan::scenario::read(Path::new(path), None) {
            Ok(l) => l,
            Err(e) => {
                tally.unread += 1;
                tally.errors += 1;
                let message = format!("cannot read the file: {e}");
                match args.format {
                    Format::Human => eprintln!("error: {}: {message}", safe(path)),
                    Format::Json => println!(
                        "{}",
                        serde_json::json!({"file": path, "severity": "error", "code": "io", "message": message,
                            "line": null, "column": null, "end_line": null, "end_column": null, "help": null})
                    ),
                }
                continue;
            }
        };
        if loaded.has_errors() {
            tally.bad_files += 1;
        }
        tally.report(args.format, colour, loaded.file_diagnostics());
        if matches!(args.format, Format::Human) && loaded.diagnostics.is_empty() {
            match loaded.scenario.as_ref().map(|s| &s.variants) {
                Some(variants) if !variants.is_empty() => {
                    let ids: Vec<&str> = variants.iter().map(|v| v.id.as_str()).collect();
                    eprintln!("{}: ok, with every variant ({})", safe(path), ids.join(", "));
                }
                _ => eprintln!("{}: ok", safe(path)),
            }
        }
        for checked in translate::lint_beside(Path::new(path), &loaded.source) {
            tally.translation(args.format, colour, &checked);
        }
    }
    if matches!(args.format, Format::Human) {
        let Tally { files, errors, warnings, .. } = tally;
        eprintln!(
            "{} file{} checked: {errors} error{}, {warnings} warning{}",
            files,
            plural(files),
            plural(errors),
            plural(warnings)
        );
    }
    if tally.unread > 0 {
        ExitCode::from(EXIT_IO)
    } else if tally.bad_files > 0 {
        ExitCode::from(EXIT_INPUT)
    } else {
        ExitCode::SUCCESS
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
