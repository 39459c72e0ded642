//! One module per subcommand: each turns parsed arguments into output and an exit code.

pub mod briefing;
pub mod help;
pub mod host;
pub mod lsp;
pub mod new;
pub mod out;
pub mod play;
pub mod replay;
pub mod report;
pub mod simulate;
pub mod summary;
pub mod validate;
pub mod watch;

use std::io::IsTerminal;

/// Exit code for a problem with the input (bad scenario, save or orders file).
pub const EXIT_INPUT: u8 = 1;
/// Exit code for a usage error (bad arguments).
pub const EXIT_USAGE: u8 = 2;
/// Exit code for a file the system could not read or write (missing, no permission, disk full).
pub const EXIT_IO: u8 = 3;

/// Whether to colour what goes to stderr: only on a terminal, and never with `NO_COLOR`.
pub fn stderr_colour() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stderr().is_terminal()
}

/// Reads and loads a scenario file in the program's language (with its
/// translation, `DIR/i18n/STEM.LANG.ron`, when it has one); when the system
/// cannot read it, prints why and gives [`EXIT_IO`].
pub fn read_scenario(path: &str, variant: Option<&str>) -> Result<harmattan::scenario::Loaded, std::process::ExitCode> {
    harmattan::scenario::read_in(std::path::Path::new(path), variant, crate::lang()).map_err(|e| {
        let (lang, file) = (crate::lang(), safe(path));
        let message = harmattan::tr!(lang, "diag-cannot-read", reason = harmattan::i18n::io_error(&e, lang));
        err_line!("{}", harmattan::tr!(lang, "diag-error-line", file = file, message = message));
        std::process::ExitCode::from(EXIT_IO)
    })
}

/// Text from a file or an argument, made safe to print on a terminal:
/// control characters shown, not obeyed, and at most a few thousand characters.
pub fn safe(text: &str) -> String {
    harmattan::text::clip(&harmattan::text::printable(text), 4_000).into_owned()
}

/// Prints why a save cannot be used and gives the exit code: [`EXIT_IO`]
/// when the system could not read it, [`EXIT_INPUT`] when the file is wrong.
pub fn save_failure(e: &harmattan::save::SaveError) -> std::process::ExitCode {
    let lang = crate::lang();
    err_line!("{}", harmattan::tr!(lang, "diag-error", message = safe(&e.message(lang))));
    let io = matches!(e, harmattan::save::SaveError::Io { .. });
    std::process::ExitCode::from(if io { EXIT_IO } else { EXIT_INPUT })
}

/// Loads a scenario to play or simulate: prints its problems to stderr and
/// gives the exit code to return when it does not validate.
pub fn load_playable(
    path: &str,
    variant: Option<&str>,
) -> Result<harmattan::scenario::Scenario, std::process::ExitCode> {
    let loaded = read_scenario(path, variant)?;
    let colour = stderr_colour();
    for d in loaded.file_diagnostics() {
        eprintln!("{}", d.render(colour));
    }
    loaded.scenario.ok_or_else(|| {
        let path = safe(path);
        err_line!("{}", harmattan::tr!(crate::lang(), "screen-cli-scenario-has-errors", path = path));
        std::process::ExitCode::from(EXIT_INPUT)
    })
}

/// The scenario at `path`, or the built-in one when there is none, as
/// `variant` makes it, in the program's language; with the file name to show for it.
pub fn playable_or_default(
    path: Option<&str>,
    variant: Option<&str>,
) -> Result<(String, harmattan::scenario::Scenario), std::process::ExitCode> {
    match path {
        Some(path) => Ok((path.to_string(), load_playable(path, variant)?)),
        None => {
            let loaded = harmattan::scenario::load_default_in(variant, crate::lang());
            for d in loaded.file_diagnostics().filter(|d| d.diagnostic.is_error()) {
                eprintln!("{}", d.render(stderr_colour()));
            }
            let scenario = loaded.scenario.ok_or(std::process::ExitCode::from(EXIT_INPUT))?;
            Ok((harmattan::scenario::DEFAULT_NAME.to_string(), scenario))
        }
    }
}

/// Prints `text` to stdout, or writes it to `output` (atomically, never
/// through a link) and says so on stderr.
pub fn emit(output: Option<&str>, text: &str) -> std::process::ExitCode {
    match output {
        None => {
            use std::io::Write as _;
            let mut out = std::io::stdout().lock();
            match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
                Ok(()) => std::process::ExitCode::SUCCESS,
                // A closed pipe (`| head`) is not worth a message.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => std::process::ExitCode::SUCCESS,
                Err(e) => {
                    let lang = crate::lang();
                    let error = harmattan::i18n::io_error(&e, lang);
                    err_line!("{}", harmattan::tr!(lang, "screen-cli-cannot-write-stdout", error = error));
                    std::process::ExitCode::from(EXIT_IO)
                }
            }
        }
        Some(path) => match harmattan::files::write_atomic(std::path::Path::new(path), text.as_bytes()) {
            Ok(()) => {
                err_line!("{}", harmattan::tr!(crate::lang(), "screen-cli-wrote", file = safe(path)));
                std::process::ExitCode::SUCCESS
            }
            Err(e) => {
                let lang = crate::lang();
                let message = harmattan::i18n::io_error(&e, lang);
                err_line!("{}", harmattan::tr!(lang, "diag-error-line", file = safe(path), message = message));
                std::process::ExitCode::from(EXIT_IO)
            }
        },
    }
}
