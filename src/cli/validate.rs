//! `harmattan validate FILE... [--format json]`

use std::process::ExitCode;

use super::{EXIT_INPUT, EXIT_IO, safe, stderr_colour};

/// Arguments of `validate`.
#[derive(clap::Args)]
pub struct Args {
    /// Scenario files to check.
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

/// Validates every file and prints the problems; exit 1 if any file has an
/// error, 3 if one could not be read at all.
pub fn run(args: &Args) -> ExitCode {
    let colour = stderr_colour();
    let (mut errors, mut warnings, mut bad_files, mut unread) = (0usize, 0usize, 0usize, 0usize);
    for path in &args.files {
        let loaded = match harmattan::scenario::read(std::path::Path::new(path), None) {
            Ok(l) => l,
            Err(e) => {
                unread += 1;
                errors += 1;
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
            bad_files += 1;
        }
        for d in loaded.file_diagnostics() {
            if d.diagnostic.is_error() {
                errors += 1;
            } else {
                warnings += 1;
            }
            match args.format {
                Format::Human => eprintln!("{}", d.render(colour)),
                Format::Json => println!("{}", d.to_json()),
            }
        }
        if matches!(args.format, Format::Human) && loaded.diagnostics.is_empty() {
            match loaded.scenario.as_ref().map(|s| &s.variants) {
                Some(variants) if !variants.is_empty() => {
                    let ids: Vec<&str> = variants.iter().map(|v| v.id.as_str()).collect();
                    eprintln!("{}: ok, with every variant ({})", safe(path), ids.join(", "));
                }
                _ => eprintln!("{}: ok", safe(path)),
            }
        }
    }
    if matches!(args.format, Format::Human) {
        let files = args.files.len();
        eprintln!(
            "{} file{} checked: {errors} error{}, {warnings} warning{}",
            files,
            plural(files),
            plural(errors),
            plural(warnings)
        );
    }
    if unread > 0 {
        ExitCode::from(EXIT_IO)
    } else if bad_files > 0 {
        ExitCode::from(EXIT_INPUT)
    } else {
        ExitCode::SUCCESS
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
