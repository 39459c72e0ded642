//! Scenarios: the RON format, loading, validation with located diagnostics,
//! and the compiled form the engine plays.
//!
//! Pipeline: bytes → text (UTF-8, BOM and CRLF normalised) → RON parse into
//! [`format::ScenarioFile`] → semantic validation → [`Scenario`].

pub mod cost;
pub mod diagnostic;
pub mod expr;
pub mod format;
pub mod locate;
pub mod model;
pub mod strings;
pub mod synthetic;
pub mod template;
pub mod translate;
pub mod validate;
pub mod variant;

pub use diagnostic::{Diagnostic, FileDiagnostic, Severity};
pub use model::Scenario;

use std::path::Path;

use diagnostic::{closest, offset_of};

use crate::files::{self, ReadError};
use crate::i18n::Lang;
use crate::tr;

/// Largest scenario file accepted, in bytes.
pub const MAX_FILE_SIZE: usize = 4 * 1024 * 1024;
/// Most problems kept for one file: the rest are counted in one last line.
pub const MAX_DIAGNOSTICS: usize = 200;
/// Deepest RON nesting accepted.
pub const MAX_NESTING: usize = 64;

/// The tutorial scenario, shipped inside the binary.
pub const TUTORIAL: &str = include_str!("../../scenarios/tutorial.ron");
/// File name shown for the embedded default scenario.
pub const DEFAULT_NAME: &str = "scenarios/fuel-and-sovereignty.ron";
/// The scenario `harmattan` plays when none is named: Fuel and Sovereignty, northern Mali 2025.
pub const DEFAULT: &str = include_str!("../../scenarios/fuel-and-sovereignty.ron");

/// The outcome of loading one scenario file.
#[derive(Debug)]
pub struct Loaded {
    /// File name as given, for messages.
    pub name: String,
    /// Normalised source text (what diagnostic spans refer to).
    pub source: String,
    /// Every problem found, errors and warnings, in file order.
    pub diagnostics: Vec<Diagnostic>,
    /// The compiled scenario, when there was no error.
    pub scenario: Option<Scenario>,
    /// The translation it was loaded with, if any, and what stopped any of
    /// its texts from being used (they do not stop the scenario).
    pub translation: Option<translate::Checked>,
    /// The language the diagnostics are written in.
    pub lang: Lang,
}

impl Loaded {
    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// The diagnostics paired with their file, ready to render: the
    /// scenario's, then its translation's.
    pub fn file_diagnostics(&self) -> impl Iterator<Item = FileDiagnostic<'_>> {
        let own = self.diagnostics.iter().map(|d| FileDiagnostic {
            file: &self.name,
            source: &self.source,
            diagnostic: d,
            lang: self.lang,
        });
        own.chain(self.translation.iter().flat_map(translate::Checked::file_diagnostics))
    }
}

/// Loads the embedded default scenario (which always validates; a test pins it).
pub fn load_default() -> Loaded {
    load(DEFAULT_NAME, DEFAULT.as_bytes())
}

/// Loads a variant of the embedded default scenario (`None`: the full game).
pub fn load_default_variant(variant: Option<&str>) -> Loaded {
    load_variant(DEFAULT_NAME, DEFAULT.as_bytes(), variant)
}

/// Reads and loads a scenario file: only a regular file, and never more than
/// [`MAX_FILE_SIZE`] bytes of it (a folder, pipe, device or oversized file is
/// a diagnostic). `Err` only when the system could not read it.
/// `variant` picks one of its variants (`None`: the scenario as written);
/// the diagnostics are written in `lang`, the texts stay the scenario's own.
pub fn read(path: &Path, variant: Option<&str>, lang: Lang) -> Result<Loaded, std::io::Error> {
    let name = path.display().to_string();
    match files::read_limited(path, MAX_FILE_SIZE as u64) {
        Ok(bytes) => Ok(load_in(&name, &bytes, variant, lang, None)),
        Err(ReadError::Io(e)) => Err(e),
        Err(e) => Ok(refused(&name, &e, lang)),
    }
}

/// Reads and loads a scenario file as [`read`] does, with its texts in
/// `lang` where a translation gives them: the file `DIR/i18n/STEM.LANG.ron`
/// beside it or, for a copy of a built-in scenario with none there, the
/// built-in translation ([`TRANSLATIONS`]). A translation that cannot be
/// read is a diagnostic of its own: the scenario still loads, in its own words.
pub fn read_in(path: &Path, variant: Option<&str>, lang: Lang) -> Result<Loaded, std::io::Error> {
    match files::read_limited(path, MAX_FILE_SIZE as u64) {
        Ok(bytes) => Ok(load_beside(path, &bytes, variant, lang)),
        Err(ReadError::Io(e)) => Err(e),
        Err(e) => Ok(refused(&path.display().to_string(), &e, lang)),
    }
}

/// Loads the scenario read from `path` (its `bytes`) as [`read_in`] does:
/// in `lang`, with the translation beside it, or the built-in one.
pub fn load_beside(path: &Path, bytes: &[u8], variant: Option<&str>, lang: Lang) -> Loaded {
    let name = path.display().to_string();
    let beside = translate::path_beside(path, lang);
    let shown = beside.display().to_string();
    match files::read_limited(&beside, MAX_FILE_SIZE as u64) {
        Ok(text) => {
            let source = translate::Source { name: &shown, bytes: &text, built_in: false };
            load_in(&name, bytes, variant, lang, Some(source))
        }
        Err(ReadError::Io(e)) if translate::is_absent(&e) => {
            load_in(&name, bytes, variant, lang, built_in_translation(bytes, lang))
        }
        Err(e) => {
            let mut loaded = load_in(&name, bytes, variant, lang, None);
            loaded.translation = Some(translate::Checked::refused(&shown, &e, lang));
            loaded
        }
    }
}

/// Loads a variant of the embedded default scenario (`None`: the full game)
/// with its texts in `lang` (its built-in translation; English has none).
pub fn load_default_in(variant: Option<&str>, lang: Lang) -> Loaded {
    load_in(DEFAULT_NAME, DEFAULT.as_bytes(), variant, lang, built_in_translation(DEFAULT.as_bytes(), lang))
}

/// The translations built into the program, by file name: those of the
/// default scenario and of the tutorial (whose own texts are English).
pub const TRANSLATIONS: [(&str, &str); 4] = [
    ("scenarios/i18n/fuel-and-sovereignty.fr.ron", include_str!("../../scenarios/i18n/fuel-and-sovereignty.fr.ron")),
    ("scenarios/i18n/fuel-and-sovereignty.ar.ron", include_str!("../../scenarios/i18n/fuel-and-sovereignty.ar.ron")),
    ("scenarios/i18n/tutorial.fr.ron", include_str!("../../scenarios/i18n/tutorial.fr.ron")),
    ("scenarios/i18n/tutorial.ar.ron", include_str!("../../scenarios/i18n/tutorial.ar.ron")),
];

/// The built-in translation named `name` (`scenarios/i18n/tutorial.fr.ron`).
pub fn built_in_named(name: &str) -> Option<translate::Source<'static>> {
    TRANSLATIONS.iter().find(|(file, _)| *file == name).map(|(file, text)| translate::Source {
        name: file,
        bytes: text.as_bytes(),
        built_in: true,
    })
}

/// The built-in translation into `lang` of a built-in scenario, given by its
/// text (the default or the tutorial, byte for byte), if there is one.
pub fn built_in_translation(scenario: &[u8], lang: Lang) -> Option<translate::Source<'static>> {
    let stem = if scenario == DEFAULT.as_bytes() {
        "fuel-and-sovereignty"
    } else if scenario == TUTORIAL.as_bytes() {
        "tutorial"
    } else {
        return None;
    };
    built_in_named(&format!("scenarios/i18n/{stem}.{lang}.ron"))
}

/// A scenario file that could not be read, as an entry with one diagnostic
/// (for lists that show every file, readable or not), in `lang`.
pub fn refused(name: &str, e: &ReadError, lang: Lang) -> Loaded {
    let d = match e {
        ReadError::Io(_) => Diagnostic::error("io", None, e.message(lang)).with_help(tr!(lang, "diag-io-help")),
        ReadError::NotAFile(_) => {
            Diagnostic::error("not-a-file", None, e.message(lang)).with_help(tr!(lang, "diag-not-a-file-help"))
        }
        ReadError::TooLarge(_) => {
            Diagnostic::error("file-too-large", None, e.message(lang)).with_help(tr!(lang, "diag-too-large-help"))
        }
    };
    Loaded {
        name: name.to_string(),
        source: String::new(),
        diagnostics: vec![d],
        scenario: None,
        translation: None,
        lang,
    }
}

/// Loads a scenario from bytes. Never panics, whatever the bytes.
pub fn load(name: &str, bytes: &[u8]) -> Loaded {
    load_variant(name, bytes, None)
}

/// Loads a scenario from bytes as one of its variants (`None`: as written,
/// without a variant). Every variant is checked, whichever is asked for.
pub fn load_variant(name: &str, bytes: &[u8], variant: Option<&str>) -> Loaded {
    load_in(name, bytes, variant, Lang::default(), None)
}

/// Loads a scenario as [`load_variant`] does, with its texts in `lang`
/// where `translation` gives them (see [`translate`]): the translation is
/// checked against the scenario, and its usable texts replace the
/// scenario's own before it is compiled; a missing or refused text keeps
/// the scenario's own. Without a translation, or with one that cannot be
/// used, the texts are the scenario's own and [`Scenario::lang`] is the
/// scenario's `locale`. The diagnostics are written in `lang`. Never
/// panics, whatever either file holds.
pub fn load_in(
    name: &str,
    bytes: &[u8],
    variant: Option<&str>,
    lang: Lang,
    translation: Option<translate::Source<'_>>,
) -> Loaded {
    let fail = |source: String, d: Diagnostic| Loaded {
        name: name.to_string(),
        source,
        diagnostics: vec![d],
        scenario: None,
        translation: None,
        lang,
    };
    let source = match decode(bytes, lang) {
        Ok(source) => source,
        Err((source, d)) => return fail(source, d),
    };
    let mut file: format::ScenarioFile = match parse_ron(&source, lang) {
        Ok(f) => f,
        Err(d) => return fail(source, d),
    };
    let checked = translation.map(|t| {
        let mut checked = translate::check(t, &file, lang.code(), lang);
        // Playing needs only what stops a text from being used; the lint lists the rest.
        checked.diagnostics.retain(Diagnostic::is_error);
        checked
    });
    if let Some(t) = checked.as_ref().and_then(|c| c.translation.as_ref()) {
        translate::apply(&mut file, t);
    }
    let (mut scenario, mut diagnostics) = validate::check(&file, &source, lang);
    if !file.variants.is_empty() || variant.is_some() {
        scenario = with_variants(&file, &source, variant, scenario, &mut diagnostics, lang);
    }
    diagnostics.sort_by_key(|d| d.span.as_ref().map_or(0, |s| s.start));
    cap(&mut diagnostics, lang);
    if let (Some(scn), Some(c)) = (scenario.as_mut(), checked.as_ref()) {
        if let Some(t) = &c.translation {
            scn.lang = t.lang;
            scn.translation = Some(translate::Applied {
                lang: t.lang,
                file: c.name.clone(),
                text: c.source.clone(),
                built_in: c.built_in,
            });
        }
    }
    Loaded { name: name.to_string(), source, diagnostics, scenario, translation: checked, lang }
}

/// The text of a file the loader reads (a scenario or a translation): at
/// most [`MAX_FILE_SIZE`] bytes of UTF-8, with a byte-order mark dropped and
/// line ends made `\n`, not blank. Otherwise the source to show (what could
/// be read) and the diagnostic that stops reading, in `lang`.
fn decode(bytes: &[u8], lang: Lang) -> Result<String, (String, Diagnostic)> {
    if bytes.len() > MAX_FILE_SIZE {
        return Err((
            String::new(),
            Diagnostic::error(
                "file-too-large",
                None,
                tr!(lang, "diag-too-large", size = files::size(MAX_FILE_SIZE as u64)),
            )
            .with_help(tr!(lang, "diag-too-large-help")),
        ));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            // Normalised like good text, so the position is the same line:col as in an editor.
            let good = bytes.get(..e.valid_up_to()).map(String::from_utf8_lossy).unwrap_or_default();
            let at = normalise(&good).len();
            let source = normalise(&String::from_utf8_lossy(bytes));
            let bad_len = char::REPLACEMENT_CHARACTER.len_utf8();
            return Err((
                source,
                Diagnostic::error("not-utf8", Some(at..at + bad_len), tr!(lang, "diag-not-utf8"))
                    .with_help(tr!(lang, "diag-not-utf8-help")),
            ));
        }
    };
    let source = normalise(text);
    if is_blank(&source) {
        let message = if source.trim().is_empty() { "diag-empty" } else { "diag-only-comments" };
        let d = Diagnostic::error("empty-file", None, tr!(lang, message)).with_help(tr!(lang, "diag-empty-help"));
        return Err((source, d));
    }
    Ok(source)
}

/// Parses a file's text (from [`decode`]) as RON, with the loader's options
/// and nesting limit; a located diagnostic with advice, in `lang`, when it does not parse.
fn parse_ron<T: serde::de::DeserializeOwned>(source: &str, lang: Lang) -> Result<T, Diagnostic> {
    let options = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(MAX_NESTING);
    options.from_str(source).map_err(|e| {
        let mut d = ron_diagnostic(source, &e, lang);
        if d.code == "syntax" {
            if let Some(help) = d.span.as_ref().and_then(|s| open_string_hint(source, s.start, lang)) {
                d.help = Some(help);
            }
        }
        d
    })
}

/// Checks every variant of a file whose base compiled, and returns the
/// scenario as `wanted` makes it (`base` when `None`), with the list of
/// variants and its own id filled in.
fn with_variants(
    file: &format::ScenarioFile,
    source: &str,
    wanted: Option<&str>,
    base: Option<Scenario>,
    diagnostics: &mut Vec<Diagnostic>,
    lang: Lang,
) -> Option<Scenario> {
    let map = locate::SourceMap::build(source);
    let list = variant::check_list(file, &map, lang);
    let listed = list.is_empty();
    diagnostics.extend(list);
    let infos = variant::infos(file);
    if let Some(id) = wanted.filter(|id| !infos.iter().any(|v| v.id == *id)) {
        let ids: Vec<&str> = infos.iter().map(|v| v.id.as_str()).collect();
        let help = if ids.is_empty() {
            tr!(lang, "diag-no-variants-help")
        } else {
            tr!(lang, "diag-variants-help", variants = ids.join(", "))
        };
        diagnostics.push(
            Diagnostic::error("no-such-variant", None, tr!(lang, "diag-no-such-variant", variant = id)).with_help(help),
        );
        return None;
    }
    let base = base.filter(|_| listed)?;
    let mut chosen = None;
    for (i, v) in file.variants.iter().enumerate() {
        let compiled = match variant::apply(file, i, &map, lang) {
            Ok(patched) => {
                let (scn, found) = validate::check(&patched, source, lang);
                diagnostics.extend(
                    found.into_iter().filter(Diagnostic::is_error).map(|d| variant::relocate(d, v, i, &map, lang)),
                );
                scn
            }
            Err(found) => {
                diagnostics.extend(found);
                None
            }
        };
        if wanted == Some(v.id.as_str()) {
            chosen = compiled.map(|mut s| {
                s.variant = Some(v.id.clone());
                s
            });
        }
    }
    if diagnostics.iter().any(Diagnostic::is_error) {
        return None;
    }
    let mut out = if wanted.is_some() { chosen? } else { base };
    out.variants = infos;
    Some(out)
}

/// Keeps the first [`MAX_DIAGNOSTICS`] problems and replaces the rest by
/// one line that counts them, so a file with thousands of errors prints a
/// screenful, not megabytes. The line is written in `lang`.
fn cap(diagnostics: &mut Vec<Diagnostic>, lang: Lang) {
    if diagnostics.len() <= MAX_DIAGNOSTICS {
        return;
    }
    let rest = diagnostics.split_off(MAX_DIAGNOSTICS);
    let errors = rest.iter().filter(|d| d.is_error()).count();
    let message = tr!(lang, "diag-more-problems", problems = rest.len(), errors = errors);
    let d = if errors > 0 {
        Diagnostic::error("more-problems", None, message)
    } else {
        Diagnostic::warning("more-problems", None, message)
    };
    diagnostics.push(d.with_help(tr!(lang, "diag-more-problems-help")));
}

/// Whether `at` is the `.` of a decimal number such as `2.5`.
fn decimal_at(source: &str, at: usize) -> bool {
    let (before, after) = (source.get(..at).unwrap_or(""), source.get(at..).unwrap_or(""));
    before.ends_with(|c: char| c.is_ascii_digit())
        && after.strip_prefix('.').is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// Strips a UTF-8 byte-order mark and turns CRLF and CR line endings into LF,
/// so a file saved by Notepad or an old Mac editor loads exactly like the same
/// file saved elsewhere.
pub fn normalise(text: &str) -> String {
    // CRLF (Windows) and a lone CR (classic Mac OS, some editors) both end a line.
    text.strip_prefix('\u{feff}').unwrap_or(text).replace("\r\n", "\n").replace('\r', "\n")
}

/// What a RON error means, in `lang`: the message of [`ron_diagnostic`],
/// for files other than scenarios (saves, orders scripts).
pub(crate) fn ron_message(source: &str, e: &ron::error::SpannedError, lang: Lang) -> String {
    ron_diagnostic(source, e, lang).message
}

/// Turns a RON error into a located diagnostic with advice, in `lang`.
fn ron_diagnostic(source: &str, e: &ron::error::SpannedError, lang: Lang) -> Diagnostic {
    use ron::error::Error as E;
    let start = offset_of(source, e.span.start.line, e.span.start.col);
    let end = offset_of(source, e.span.end.line, e.span.end.col).max(start);
    let span = Some(start..end.max(start + 1).min(source.len().max(start)));
    let t = |key: &str| tr!(lang, key);
    let in_outer = |key: &str, name: &str, value: &str, outer: &Option<String>| match outer {
        Some(o) => crate::i18n::tr(lang, &format!("{key}-in"), &[(name, value.into()), ("outer", o.as_str().into())]),
        None => crate::i18n::tr(lang, key, &[(name, value.into())]),
    };
    match &e.code {
        E::NoSuchStructField { expected, found, outer } => {
            let d = Diagnostic::error("unknown-field", span, in_outer("diag-unknown-field", "field", found, outer));
            match closest(found, expected.iter().copied()) {
                Some(best) => d.with_help(tr!(lang, "diag-did-you-mean", name = best)),
                None => d.with_help(tr!(lang, "diag-allowed-fields", fields = expected.join(", "))),
            }
        }
        E::MissingStructField { field, outer } => {
            Diagnostic::error("missing-field", span, in_outer("diag-missing-field", "field", field, outer))
                .with_help(tr!(lang, "diag-missing-field-help", field = *field))
        }
        E::DuplicateStructField { field, outer } => {
            Diagnostic::error("duplicate-field", span, in_outer("diag-duplicate-field", "field", field, outer))
                .with_help(t("diag-remove-one"))
        }
        E::NoSuchEnumVariant { expected, found, outer } => {
            let d = Diagnostic::error("unknown-variant", span, in_outer("diag-unknown-value", "value", found, outer));
            match closest(found, expected.iter().copied()) {
                Some(best) => d.with_help(tr!(lang, "diag-did-you-mean", name = best)),
                None => d.with_help(tr!(lang, "diag-expected-one-of", values = expected.join(", "))),
            }
        }
        E::InvalidValueForType { expected, found } => Diagnostic::error(
            "wrong-type",
            span,
            tr!(
                lang,
                "diag-expected-found",
                expected = expected_words(expected, lang),
                found = found_words(found, lang)
            ),
        )
        .with_help(type_help(expected, lang)),
        E::ExpectedDifferentLength { expected, found } => Diagnostic::error(
            "syntax",
            span,
            tr!(lang, "diag-wrong-length", expected = expected_words(expected, lang), found = *found),
        )
        .with_help(t("diag-syntax-help")),
        E::ExpectedStringEnd => Diagnostic::error("syntax", span, t("diag-string-never-closed"))
            .with_help(t("diag-string-never-closed-help")),
        E::ExpectedString => {
            Diagnostic::error("wrong-type", span, t("diag-expected-string")).with_help(t("diag-string-help"))
        }
        E::ExpectedInteger | E::IntegerOutOfBounds if negative_at(source, start) => {
            let minus = if source.get(..start).is_some_and(|b| b.ends_with('-')) { start - 1 } else { start };
            Diagnostic::error("wrong-type", Some(minus..end.max(start + 1)), t("diag-expected-count"))
                .with_help(t("diag-expected-count-help"))
        }
        E::ExpectedInteger | E::IntegerOutOfBounds => {
            Diagnostic::error("wrong-type", span, t("diag-expected-integer")).with_help(t("diag-expected-integer-help"))
        }
        E::ExpectedBoolean => Diagnostic::error("wrong-type", span, t("diag-expected-bool")),
        E::ExpectedArray => {
            Diagnostic::error("wrong-type", span, t("diag-expected-list")).with_help(t("diag-expected-list-help"))
        }
        E::ExpectedMap => Diagnostic::error("wrong-type", span, tr!(lang, "diag-expected-map", braces = "{ }"))
            .with_help(tr!(lang, "diag-expected-map-help", example = "{\"treasury\": 50}")),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => {
            Diagnostic::error("wrong-type", span, t("diag-expected-block")).with_help(t("diag-expected-block-help"))
        }
        E::ExceededRecursionLimit => {
            Diagnostic::error("too-deep", span, tr!(lang, "diag-too-deep", levels = MAX_NESTING.to_string()))
                .with_help(t("diag-too-deep-help"))
        }
        E::Eof => Diagnostic::error("syntax", span, t("diag-ends-early")).with_help(tr!(
            lang,
            "diag-ends-early-help",
            brace = "}"
        )),
        E::ExpectedComma if decimal_at(source, start) => {
            // `weight: 2.5`: ron read `2` and stopped at `.5`.
            let digits =
                source.get(..start).map_or(0, |b| b.len() - b.trim_end_matches(|c: char| c.is_ascii_digit()).len());
            let end = source
                .get(start + 1..)
                .map_or(start + 1, |r| start + 1 + r.len() - r.trim_start_matches(|c: char| c.is_ascii_digit()).len());
            Diagnostic::error("wrong-type", Some(start - digits..end), t("diag-decimal"))
                .with_help(t("diag-decimal-help"))
        }
        E::ExpectedComma => {
            Diagnostic::error("syntax", span, t("diag-expected-comma")).with_help(t("diag-expected-comma-help"))
        }
        E::TrailingCharacters => {
            Diagnostic::error("syntax", span, t("diag-trailing")).with_help(t("diag-trailing-help"))
        }
        E::ExpectedDifferentStructName { expected, found } => Diagnostic::error(
            "wrong-type",
            span,
            tr!(lang, "diag-wrong-struct", expected = *expected, found = found.as_str()),
        )
        .with_help(tr!(lang, "diag-wrong-struct-help", expected = *expected)),
        E::UnclosedBlockComment => {
            let span = unclosed_comment_start(source).map(|at| at..at + 2).or(span);
            Diagnostic::error("syntax", span, t("diag-unclosed-comment")).with_help(t("diag-unclosed-comment-help"))
        }
        E::ExpectedIdentifier => Diagnostic::error("syntax", span, t("diag-expected-field-name"))
            .with_help(t("diag-expected-field-name-help")),
        // ron's own words, which only English has.
        other => Diagnostic::error("syntax", span, sentence(&other.to_string())).with_help(t("diag-syntax-help")),
    }
}

/// Whether the text holds nothing but whitespace and comments.
fn is_blank(source: &str) -> bool {
    let mut rest = source.trim_start();
    loop {
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.find('\n').map_or("", |i| &after[i..]).trim_start();
        } else if rest.starts_with("/*") {
            // An unclosed comment is a syntax error, reported by the parser.
            match block_comment_end(rest) {
                Some(end) => rest = rest.get(end..).unwrap_or("").trim_start(),
                None => return false,
            }
        } else {
            return rest.is_empty();
        }
    }
}

/// Length of the (nested) block comment at the start of `text`, if it is closed.
fn block_comment_end(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let (mut i, mut depth) = (0usize, 0usize);
    while i + 1 < bytes.len() {
        match (bytes.get(i), bytes.get(i + 1)) {
            (Some(b'/'), Some(b'*')) => {
                depth += 1;
                i += 2;
            }
            (Some(b'*'), Some(b'/')) => {
                depth = depth.saturating_sub(1);
                i += 2;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => i += 1,
        }
    }
    None
}

/// Where the first `/*` that is never closed starts (strings and `//` comments skipped).
fn unclosed_comment_start(source: &str) -> Option<usize> {
    let bytes = source.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes.get(i..i + 2) {
            Some(b"//") => i = source.get(i..)?.find('\n').map_or(bytes.len(), |n| i + n),
            Some(b"/*") => match block_comment_end(source.get(i..)?) {
                Some(len) => i += len,
                None => return Some(i),
            },
            _ if bytes.get(i) == Some(&b'"') => i = string_end(bytes, i),
            _ => i += 1,
        }
    }
    None
}

/// Index just after the `"…"` string literal that starts at `start`.
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while let Some(&b) = bytes.get(i) {
        i += 1;
        match b {
            b'\\' => i += 1,
            b'"' => return i,
            _ => {}
        }
    }
    bytes.len()
}

/// When a syntax error follows a string literal that runs over several lines,
/// that string's closing quote is most likely missing: say where it starts, in `lang`.
fn open_string_hint(source: &str, error_at: usize, lang: Lang) -> Option<String> {
    let bytes = source.as_bytes();
    let mut i = 0;
    let mut last_multiline: Option<usize> = None;
    let mut last_string: Option<(usize, usize)> = None;
    while i < error_at.min(bytes.len()) {
        match bytes.get(i..i + 2) {
            Some(b"//") => i = source.get(i..)?.find('\n').map_or(bytes.len(), |n| i + n),
            Some(b"/*") => i += block_comment_end(source.get(i..)?).unwrap_or(bytes.len()),
            _ if bytes.get(i) == Some(&b'"') => {
                let end = string_end(bytes, i);
                let multiline = bytes.get(i..end).is_some_and(|s| s.contains(&b'\n'));
                last_multiline = if multiline { Some(i) } else { None };
                last_string = Some((i, end));
                i = end;
            }
            _ => i += 1,
        }
    }
    if let Some(start) = last_multiline {
        let (line, col) = diagnostic::line_col(source, start);
        return Some(tr!(lang, "diag-open-string", line = line.to_string(), column = col.to_string()));
    }
    // `name: "Niamey, controller: "niger"`: the string closed on the next one's opening quote,
    // and the error is at the word that follows it.
    let (start, end) = last_string?;
    let swallowed = source.get(start + 1..end.saturating_sub(1))?;
    let word_follows = source.get(end..error_at)?.trim().is_empty()
        && source.get(error_at..).is_some_and(|r| r.starts_with(|c: char| c.is_alphanumeric() || c == '_'));
    let cut = swallowed.find([',', ':', '(', ')'])?;
    if !word_follows {
        return None;
    }
    let (line, col) = diagnostic::line_col(source, start);
    Some(tr!(
        lang,
        "diag-run-on-string",
        line = line.to_string(),
        column = col.to_string(),
        text = swallowed[..cut].trim_end()
    ))
}

/// Whether a number at `at` is written with a minus sign (ron points at or just after it).
fn negative_at(source: &str, at: usize) -> bool {
    source.get(at..).is_some_and(|r| r.starts_with('-')) || source.get(..at).is_some_and(|b| b.ends_with('-'))
}

fn type_help(expected: &str, lang: Lang) -> String {
    let key = if expected.contains("string") {
        "diag-string-help"
    } else if expected.contains("integer") || expected.contains("i64") || expected.contains("u32") {
        "diag-type-help-integer"
    } else if expected.contains("bool") {
        "diag-type-help-bool"
    } else {
        "diag-type-help-other"
    };
    tr!(lang, key)
}

/// What serde says a value should be, in `lang`: the descriptions this
/// program gives its own types, and serde's usual words. English, and any
/// other description, stay as serde wrote them.
fn expected_words(expected: &str, lang: Lang) -> String {
    let key = match expected {
        _ if lang == Lang::En => return expected.to_string(),
        e if e.starts_with("a condition \"…\", or a list") => "diag-serde-conditions",
        e if e.starts_with("a condition \"…\" or a pair") => "diag-serde-condition-or-pair",
        "a string" | "a borrowed string" => "diag-serde-string",
        "a boolean" => "diag-serde-bool",
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize" | "isize" => "diag-serde-integer",
        "a sequence" => "diag-serde-list",
        "a map" => "diag-serde-map",
        other => return other.to_string(),
    };
    tr!(lang, key)
}

/// What serde says a value was (ron's words: "the unsigned integer `5`"), in `lang`.
fn found_words(found: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return found.to_string();
    }
    let quoted = |prefix: &str| found.strip_prefix(prefix).map(str::to_string);
    let (key, value) = if let Some(v) = quoted("the unsigned integer ").or_else(|| quoted("the signed integer ")) {
        ("diag-found-integer", v)
    } else if let Some(v) = quoted("the floating point number ") {
        ("diag-found-decimal", v)
    } else if let Some(v) = quoted("the boolean ") {
        ("diag-found-bool", v)
    } else if let Some(v) = quoted("the string ") {
        ("diag-found-string", v)
    } else {
        let key = match found {
            "a sequence" => "diag-found-list",
            "a map" => "diag-found-map",
            "a unit value" => "diag-found-unit",
            "an optional value" => "diag-found-option",
            other => return other.to_string(),
        };
        (key, String::new())
    };
    tr!(lang, key, value = value)
}

fn sentence(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}
