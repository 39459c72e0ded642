//! `harmattan new FILE`: writes a commented starter scenario;
//! `harmattan new --translation LANG FILE`: a translation of it to fill in.

use std::fs::OpenOptions;
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use harmattan::i18n::Lang;
use harmattan::scenario::template::TEMPLATE;
use harmattan::scenario::translate;
use harmattan::tr;

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
    let lang = crate::lang();
    let shown = safe(&path.display().to_string());
    let lines = TEMPLATE.lines().count();
    out_line!("{}", tr!(lang, "screen-new-wrote", file = shown, lines = lines));
    out_line!();
    out_line!("{}", tr!(lang, "screen-new-next", file = shell_quote(&path.to_string_lossy())));
    ExitCode::SUCCESS
}

/// Writes a translation of the scenario at `scenario` into `lang` to fill
/// in, beside it in `i18n/` (never overwriting one).
fn translation(scenario: &Path, lang: Lang) -> ExitCode {
    let reader = crate::lang();
    let shown_scenario = safe(&scenario.display().to_string());
    let loaded = match harmattan::scenario::read(scenario, None, reader) {
        Ok(loaded) => loaded,
        Err(e) => {
            let reason = harmattan::i18n::io_error(&e, reader);
            err_line!("{}", tr!(reader, "screen-new-cannot-read", file = shown_scenario, reason = reason));
            return ExitCode::from(EXIT_IO);
        }
    };
    let Some((text, texts)) = translate::skeleton_of(&loaded.source, &scenario.display().to_string(), lang) else {
        for d in loaded.file_diagnostics().filter(|d| d.diagnostic.is_error()) {
            eprintln!("{}", d.render(super::stderr_colour()));
        }
        err_line!("{}", tr!(reader, "screen-cli-scenario-has-errors", path = shown_scenario));
        return ExitCode::from(EXIT_INPUT);
    };
    let path = translate::path_beside(scenario, lang);
    if let Some(folder) = path.parent().filter(|f| !f.as_os_str().is_empty()) {
        if let Err(e) = std::fs::create_dir_all(folder) {
            let (folder, error) = (safe(&folder.display().to_string()), harmattan::i18n::io_error(&e, reader));
            err_line!("{}", tr!(reader, "screen-new-cannot-create-folder", folder = folder, error = error));
            return ExitCode::from(EXIT_IO);
        }
    }
    if let Err(code) = write_new(&path, text.as_bytes()) {
        return code;
    }
    let file = safe(&path.display().to_string());
    let language = tr!(reader, &format!("screen-new-language-{}", lang.code()));
    let said = tr!(
        reader,
        "screen-new-translation",
        file = file,
        texts = texts,
        scenario = shown_scenario,
        language = language
    );
    out_line!("{said}");
    out_line!();
    out_line!("{}", tr!(reader, "screen-new-translation-next", scenario = shell_quote(&scenario.to_string_lossy())));
    ExitCode::SUCCESS
}

/// Writes `bytes` to a new file at `path`; refuses (exit 1) if it exists.
fn write_new(path: &Path, bytes: &[u8]) -> Result<(), ExitCode> {
    let lang = crate::lang();
    let shown = safe(&path.display().to_string());
    // `create_new` fails if the file exists, so an existing file is never overwritten.
    let mut file = match OpenOptions::new().write(true).create_new(true).open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == ErrorKind::AlreadyExists => {
            err_line!("{}", tr!(lang, "screen-new-exists", file = shown));
            return Err(ExitCode::from(EXIT_INPUT));
        }
        Err(e) => {
            let error = harmattan::i18n::io_error(&e, lang);
            err_line!("{}", tr!(lang, "screen-new-cannot-create", file = shown, error = error));
            return Err(ExitCode::from(EXIT_IO));
        }
    };
    if let Err(e) = file.write_all(bytes).and_then(|()| file.sync_all()) {
        drop(file);
        // Remove the half-written file we created, so a retry can succeed.
        let _ = std::fs::remove_file(path);
        let error = harmattan::i18n::io_error(&e, lang);
        err_line!("{}", tr!(lang, "screen-new-cannot-write", file = shown, error = error));
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
