//! `harmattan new FILE`: writes a commented starter scenario.

use std::fs::OpenOptions;
use std::io::{ErrorKind, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use harmattan::scenario::template::TEMPLATE;

use super::EXIT_INPUT;

/// Arguments of `new`.
#[derive(clap::Args)]
pub struct Args {
    /// Where to write the scenario; the file must not exist yet.
    #[arg(value_name = "FILE")]
    file: PathBuf,
}

/// Writes the template to a new file (never overwriting one) and says what to do next.
pub fn run(args: &Args) -> ExitCode {
    let path = &args.file;
    let shown = path.display();
    // `create_new` fails if the file exists, so an existing scenario is never overwritten.
    let mut file = match OpenOptions::new().write(true).create_new(true).open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == ErrorKind::AlreadyExists => {
            eprintln!("error: {shown} already exists; `harmattan new` never overwrites a file");
            eprintln!("  help: choose another name, or move the existing file away first");
            return ExitCode::from(EXIT_INPUT);
        }
        Err(e) => {
            eprintln!("error: {shown}: cannot create the file: {e}");
            return ExitCode::from(super::EXIT_IO);
        }
    };
    if let Err(e) = file.write_all(TEMPLATE.as_bytes()).and_then(|()| file.sync_all()) {
        drop(file);
        // Remove the half-written file we created, so a retry can succeed.
        let _ = std::fs::remove_file(path);
        eprintln!("error: {shown}: cannot write the file: {e}");
        return ExitCode::from(super::EXIT_IO);
    }
    println!(
        "Wrote {shown}: a starter scenario ({} lines) with 3 factions, 4 regions, 2 routes,",
        TEMPLATE.lines().count()
    );
    println!("actions of every category, events, rules and objectives. Its comments explain each part;");
    println!("docs/scenario-format.md describes every field.");
    println!();
    println!("Next: edit it, then check it with");
    println!("  harmattan validate {}", shell_quote(&path.to_string_lossy()));
    ExitCode::SUCCESS
}

/// Quotes a path for a POSIX shell when it holds anything but plain characters.
fn shell_quote(text: &str) -> String {
    let plain = !text.is_empty() && text.chars().all(|c| c.is_ascii_alphanumeric() || "-_./+,:@%".contains(c));
    if plain { text.to_string() } else { format!("'{}'", text.replace('\'', r"'\''")) }
}

#[cfg(test)]
mod tests {
    use super::shell_quote;

    #[test]
    fn paths_with_spaces_are_quoted_for_the_shell() {
        assert_eq!(shell_quote("scenarios/my_crisis.ron"), "scenarios/my_crisis.ron");
        assert_eq!(shell_quote("my crisis.ron"), "'my crisis.ron'");
        assert_eq!(shell_quote("it's.ron"), r"'it'\''s.ron'");
    }
}
