//! `harmattan new FILE`: writes a commented starter scenario;
//! `harmattan new --translation LANG FILE`: a translation of it to fill in
//! (with `--update`, an existing one brought up to date).

use std::fs::OpenOptions;
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use harmattan::i18n::Lang;
use harmattan::scenario::format::ScenarioFile;
use harmattan::scenario::template;
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
    /// With `--translation`: bring the existing translation up to date with
    /// the scenario instead of refusing: every translated text is kept,
    /// texts new to the scenario are added to fill in, and those it no
    /// longer has stay at the end as comments
    #[arg(long, requires = "translation")]
    update: bool,
}

/// Writes the template to a new file (never overwriting one) and says what
/// to do next; or, with `--translation`, a translation to fill in.
pub fn run(args: &Args) -> ExitCode {
    if let Some(lang) = args.translation {
        return translation(&args.file, lang, args.update);
    }
    let path = &args.file;
    let lang = crate::lang();
    let text = template::template(lang);
    if let Err(code) = write_new(path, text.as_bytes()) {
        return code;
    }
    let shown = safe(&path.display().to_string());
    let lines = text.lines().count();
    out_line!("{}", tr!(lang, "screen-new-wrote", file = shown, lines = lines));
    out_line!();
    // A translation into another of the languages the program speaks.
    let other = if lang == Lang::Fr { Lang::Ar } else { Lang::Fr };
    let language = tr!(lang, &format!("screen-new-language-{}", other.code()));
    let file = shell_quote(&path.to_string_lossy());
    out_line!("{}", tr!(lang, "screen-new-next", file = file, code = other.code(), language = language));
    ExitCode::SUCCESS
}

/// Writes a translation of the scenario at `scenario` into `lang` to fill
/// in, beside it in `i18n/`: never over an existing one, unless `update`
/// asks to bring that one up to date.
fn translation(scenario: &Path, lang: Lang, update: bool) -> ExitCode {
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
    let name = scenario.display().to_string();
    let Some(file) = translate::parsed(&loaded.source, lang) else {
        for d in loaded.file_diagnostics().filter(|d| d.diagnostic.is_error()) {
            eprintln!("{}", d.render(super::stderr_colour()));
        }
        err_line!("{}", tr!(reader, "screen-cli-scenario-has-errors", path = shown_scenario));
        return ExitCode::from(EXIT_INPUT);
    };
    let path = translate::path_beside(scenario, lang);
    if update && path.exists() {
        return update_translation(&path, (&file, &name), lang);
    }
    let (text, texts) = (translate::skeleton(&file, &name, lang), translate::count(&file));
    if let Some(folder) = path.parent().filter(|f| !f.as_os_str().is_empty()) {
        if let Err(e) = std::fs::create_dir_all(folder) {
            let (folder, error) = (safe(&folder.display().to_string()), harmattan::i18n::io_error(&e, reader));
            err_line!("{}", tr!(reader, "screen-new-cannot-create-folder", folder = folder, error = error));
            return ExitCode::from(EXIT_IO);
        }
    }
    if let Err(code) = write_new(&path, text.as_bytes()) {
        if path.exists() {
            err_line!("{}", tr!(reader, "screen-new-translation-exists-help"));
        }
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

/// Brings the translation at `path` up to date with the scenario (`file`,
/// read from the file named `name`) and replaces it, atomically; a
/// translation that cannot be brought up to date without losing a text is
/// left as it was, with its problems shown (exit 1).
fn update_translation(path: &Path, (file, name): (&ScenarioFile, &str), of: Lang) -> ExitCode {
    let reader = crate::lang();
    let shown = path.display().to_string();
    let bytes = match harmattan::files::read_limited(path, harmattan::scenario::MAX_FILE_SIZE as u64) {
        Ok(bytes) => bytes,
        Err(e) => {
            let reason = e.message(reader);
            err_line!("{}", tr!(reader, "screen-new-cannot-read", file = safe(&shown), reason = reason));
            return ExitCode::from(EXIT_IO);
        }
    };
    let old = translate::Source { name: &shown, bytes: &bytes, built_in: false };
    let (text, done) = match translate::updated(file, name, old, of, reader) {
        Ok(updated) => updated,
        Err(checked) => {
            for d in checked.file_diagnostics().filter(|d| d.diagnostic.is_error()) {
                eprintln!("{}", d.render(super::stderr_colour()));
            }
            err_line!("{}", tr!(reader, "screen-new-translation-not-updated", file = safe(&shown)));
            return ExitCode::from(EXIT_INPUT);
        }
    };
    if let Err(e) = harmattan::files::write_atomic(path, text.as_bytes()) {
        let error = harmattan::i18n::io_error(&e, reader);
        err_line!("{}", tr!(reader, "screen-new-cannot-write", file = safe(&shown), error = error));
        return ExitCode::from(EXIT_IO);
    }
    let said = tr!(
        reader,
        "screen-new-translation-updated",
        file = safe(&shown),
        scenario = safe(name),
        kept = done.kept,
        untranslated = done.untranslated,
        gone = done.gone
    );
    out_line!("{said}");
    out_line!();
    out_line!("{}", tr!(reader, "screen-new-translation-next", scenario = shell_quote(name)));
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
