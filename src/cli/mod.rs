//! One module per subcommand: each turns parsed arguments into output and an exit code.

pub mod briefing;
pub mod new;
pub mod play;
pub mod replay;
pub mod report;
pub mod simulate;
pub mod summary;
pub mod validate;
pub mod watch;

use std::io::IsTerminal;

/// Exit code for a problem with the input (bad scenario or save).
pub const EXIT_INPUT: u8 = 1;

/// Whether to colour what goes to stderr: only on a terminal, and never with `NO_COLOR`.
pub fn stderr_colour() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stderr().is_terminal()
}

/// Reads and loads a scenario file, or reports why it cannot be read.
pub fn read_scenario(path: &str) -> Result<harmattan::scenario::Loaded, String> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(harmattan::scenario::load(path, &bytes)),
        Err(e) => Err(format!("{path}: cannot read the file: {e}")),
    }
}

/// Loads a scenario to play or simulate: prints its problems to stderr and
/// gives the exit code to return when it does not validate.
pub fn load_playable(path: &str) -> Result<harmattan::scenario::Scenario, std::process::ExitCode> {
    let loaded = read_scenario(path).map_err(|message| {
        eprintln!("error: {message}");
        std::process::ExitCode::from(EXIT_INPUT)
    })?;
    let colour = stderr_colour();
    for d in loaded.file_diagnostics() {
        eprintln!("{}", d.render(colour));
    }
    loaded.scenario.ok_or_else(|| {
        eprintln!("{path}: the scenario has errors; fix them and try again (`harmattan validate {path}`)");
        std::process::ExitCode::from(EXIT_INPUT)
    })
}

/// Writes a whole file through a temporary file and a rename, so a failed
/// run never leaves half a document behind.
pub fn write_file(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".tmp");
    let tmp = path.with_file_name(name);
    let result = std::fs::File::create(&tmp).and_then(|mut f| {
        f.write_all(text.as_bytes())?;
        f.sync_all()
    });
    match result.and_then(|()| std::fs::rename(&tmp, path)) {
        Ok(()) => Ok(()),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}

/// Prints `text` to stdout, or writes it to `output` (atomically) and says so on stderr.
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
                    eprintln!("error: cannot write to the standard output: {e}");
                    std::process::ExitCode::from(EXIT_INPUT)
                }
            }
        }
        Some(path) => match write_file(std::path::Path::new(path), text) {
            Ok(()) => {
                eprintln!("wrote {path}");
                std::process::ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {path}: {e}");
                std::process::ExitCode::from(EXIT_INPUT)
            }
        },
    }
}
