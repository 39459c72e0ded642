//! `harmattan new FILE`: writes a commented starter scenario;
//! `harmattan new --translation LANG FILE`: a translation of it to fill in.

use std::fs::OpenOptions;
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use harmattan::i18n::Lang;
use harmattan::scenario::template::TEMPLATE;
use harmattan::scenario::translate;

use super::{EXIT_INPUT, EXIT_IO, safe};

/// Arguments of `new`.
#[derive(clap::Args)]
pub struct Args {
    /// Where to write the scenario; the file must not exist yet. With
    /// `--translation`: the scenario to translate.
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// Start a translation of the scenario FILE into LANG (en, fr or ar)
    /// instead: writes `i18n/STEM.LANG.ron` beside it, every text to
    /// translate under the scenario's own as a comment.
    #[arg(long, value_name = "LANG")]
    translation: Option<Lang>,
}

/// Writes the template to a new file (never overwriting one) and says what
/// to do next; or, with `--translation`, a translation to fill in.
pub fn run(args: &Args) -> ExitCode {
    if let Some(lang) = args.translation {
        return translation(&args.file, lang);
    }
    let path = &args.file;
    if let Err(code) = write_new(path, TEMPLATE.as_bytes()) {
        return code;
    }
    let shown = path.display();
    println!(
        "Wrote {shown}: a starter scenario ({} lines) with 3 factions, 4 regions, 2 routes,",
        TEMPLATE.lines().count()
    );
    println!("actions of every category, events, rules and objectives. Its comments explain each part;");
    println!("docs/scenario-format.md describes every field.");
    println!();
    let quoted = shell_quote(&path.to_string_lossy());
    println!("Next: edit it, then check it with");
    println!("  harmattan validate {quoted}");
    println!("To offer it in French or Arabic too, start a translation with");
    println!("  harmattan new --translation fr {quoted}");
    ExitCode::SUCCESS
}

/// Writes a translation of the scenario at `scenario` into `lang` to fill
/// in, beside it in `i18n/` (never overwriting one).
fn translation(scenario: &Path, lang: Lang) -> ExitCode {
    let shown_scenario = safe(&scenario.display().to_string());
    let loaded = match harmattan::scenario::read(scenario, None, crate::lang()) {
        Ok(loaded) => loaded,
        Err(e) => {
            eprintln!("error: {shown_scenario}: cannot read the scenario: {e}");
            return ExitCode::from(EXIT_IO);
        }
    };
    let Some((text, texts)) = translate::skeleton_of(&loaded.source, &scenario.display().to_string(), lang) else {
        for d in loaded.file_diagnostics().filter(|d| d.diagnostic.is_error()) {
            eprintln!("{}", d.render(super::stderr_colour()));
        }
        eprintln!("{shown_scenario}: the scenario does not read; fix it first (`harmattan validate {shown_scenario}`)");
        return ExitCode::from(EXIT_INPUT);
    };
    let path = translate::path_beside(scenario, lang);
    if let Some(folder) = path.parent().filter(|f| !f.as_os_str().is_empty()) {
        if let Err(e) = std::fs::create_dir_all(folder) {
            eprintln!("error: {}: cannot create the folder: {e}", safe(&folder.display().to_string()));
            return ExitCode::from(EXIT_IO);
        }
    }
    if let Err(code) = write_new(&path, text.as_bytes()) {
        return code;
    }
    let language = match lang {
        Lang::En => "English",
        Lang::Fr => "French",
        Lang::Ar => "Arabic",
    };
    println!(
        "Wrote {}: the {texts} text{} of {shown_scenario} to translate into {language},",
        safe(&path.display().to_string()),
        if texts == 1 { "" } else { "s" }
    );
    println!("each under the scenario's own text. A text left \"\" shows the scenario's own.");
    println!();
    println!("Next: translate them, then check the translation with");
    println!("  harmattan validate {}", shell_quote(&scenario.to_string_lossy()));
    ExitCode::SUCCESS
}

/// Writes `bytes` to a new file at `path`; refuses (exit 1) if it exists.
fn write_new(path: &Path, bytes: &[u8]) -> Result<(), ExitCode> {
    let shown = safe(&path.display().to_string());
    // `create_new` fails if the file exists, so an existing file is never overwritten.
    let mut file = match OpenOptions::new().write(true).create_new(true).open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == ErrorKind::AlreadyExists => {
            eprintln!("error: {shown} already exists; `harmattan new` never overwrites a file");
            eprintln!("  help: choose another name, or move the existing file away first");
            return Err(ExitCode::from(EXIT_INPUT));
        }
        Err(e) => {
            eprintln!("error: {shown}: cannot create the file: {e}");
            return Err(ExitCode::from(EXIT_IO));
        }
    };
    if let Err(e) = file.write_all(bytes).and_then(|()| file.sync_all()) {
        drop(file);
        // Remove the half-written file we created, so a retry can succeed.
        let _ = std::fs::remove_file(path);
        eprintln!("error: {shown}: cannot write the file: {e}");
        return Err(ExitCode::from(EXIT_IO));
    }
    Ok(())
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
