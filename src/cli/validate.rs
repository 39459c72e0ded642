//! `harmattan validate FILE... [--format json]`: scenarios, with their
//! translations, or translation files alone.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use harmattan::i18n::{Direction, Lang};
use harmattan::scenario::FileDiagnostic;
use harmattan::scenario::translate::{self, Checked};
use harmattan::tr;

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

/// How lines go to the standard error: in colour or not, and in visual
/// order (fitted to this width) for a terminal that does not order Arabic
/// itself (see [`super::out`]).
struct Stderr {
    lang: Lang,
    colour: bool,
    visual: Option<usize>,
}

impl Stderr {
    fn new(lang: Lang) -> Stderr {
        let visual = match lang.dir() {
            Direction::Rtl => super::out::visual(std::io::stderr().is_terminal()),
            Direction::Ltr => None,
        };
        // Ordering drops the colours' escape sequences: a line is ordered or coloured.
        Stderr { lang, colour: stderr_colour() && visual.is_none(), visual }
    }

    /// Prints a sentence of the language's own (a paragraph in its direction).
    fn line(&self, text: &str) {
        eprintln!("{}", super::out::arrange(text, self.lang.dir(), self.visual));
    }

    /// Prints a rendered diagnostic: a left-to-right frame around code, with sentences inside.
    fn diagnostic(&self, rendered: &str) {
        eprintln!("{}", super::out::arrange(rendered, Direction::Ltr, self.visual));
    }
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
    fn report<'a>(&mut self, format: Format, err: &Stderr, found: impl Iterator<Item = FileDiagnostic<'a>>) {
        for d in found {
            if d.diagnostic.is_error() {
                self.errors += 1;
            } else {
                self.warnings += 1;
            }
            match format {
                Format::Human => err.diagnostic(&d.render(err.colour)),
                Format::Json => println!("{}", d.to_json()),
            }
        }
    }

    /// Prints and counts the problems of one translation (`ok` when it has none).
    fn translation(&mut self, format: Format, err: &Stderr, checked: &Checked) {
        self.files += 1;
        if checked.has_errors() {
            self.bad_files += 1;
        }
        if checked.diagnostics.iter().any(|d| d.code == "io") {
            self.unread += 1;
        }
        self.report(format, err, checked.file_diagnostics());
        if matches!(format, Format::Human) && checked.diagnostics.is_empty() {
            let key = if checked.built_in { "diag-ok-translation-built-in" } else { "diag-ok-translation" };
            let texts = checked.translation.as_ref().map_or(0, |t| t.texts.len());
            err.line(&tr!(err.lang, key, file = safe(&checked.name), texts = texts));
        }
    }
}

/// Validates every file and prints the problems; exit 1 if any file has an
/// error, 3 if one could not be read at all. A scenario's translations
/// (`i18n/STEM.LANG.ron` beside it) are linted with it; a translation named
/// alone is linted against its scenario. Everything is written in `lang`
/// but the codes, which stay English so that they can be looked up.
pub fn run(args: &Args, lang: Lang) -> ExitCode {
    let err = Stderr::new(lang);
    let mut tally = Tally::default();
    for path in &args.files {
        if let Some(checked) = translate::lint_one(Path::new(path), lang) {
            tally.translation(args.format, &err, &checked);
            continue;
        }
        tally.files += 1;
        let loaded = match harmattan::scenario::read(Path::new(path), None, lang) {
            Ok(l) => l,
            Err(e) => {
                tally.unread += 1;
                tally.errors += 1;
                let message = tr!(lang, "diag-cannot-read", reason = harmattan::i18n::io_error(&e, lang));
                match args.format {
                    Format::Human => {
                        err.line(&tr!(lang, "diag-error-line", file = safe(path), message = message.as_str()))
                    }
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
        tally.report(args.format, &err, loaded.file_diagnostics());
        if matches!(args.format, Format::Human) && loaded.diagnostics.is_empty() {
            match loaded.scenario.as_ref().map(|s| &s.variants) {
                Some(variants) if !variants.is_empty() => {
                    let ids: Vec<&str> = variants.iter().map(|v| v.id.as_str()).collect();
                    err.line(&tr!(lang, "diag-ok-variants", file = safe(path), variants = ids.join(", ")));
                }
                _ => err.line(&tr!(lang, "diag-ok", file = safe(path))),
            }
        }
        for checked in translate::lint_beside(Path::new(path), &loaded.source, lang) {
            tally.translation(args.format, &err, &checked);
        }
    }
    if matches!(args.format, Format::Human) {
        let Tally { files, errors, warnings, .. } = tally;
        err.line(&tr!(lang, "diag-summary", files = files, errors = errors, warnings = warnings));
    }
    if tally.unread > 0 {
        ExitCode::from(EXIT_IO)
    } else if tally.bad_files > 0 {
        ExitCode::from(EXIT_INPUT)
    } else {
        ExitCode::SUCCESS
    }
}
