//! Scenario translations: one RON file per language beside the scenario,
//! `DIR/i18n/STEM.LANG.ron`, that gives the texts players read (names,
//! briefings, news lines…) in that language, each under a key made of ids
//! ([`strings::Key`]):
//!
//! ```ron
//! (
//!     language: "fr",
//!     texts: {
//!         "faction.mali.name": "Mali",
//!         "action.fuel_convoy.news_success": "{self} escorte un convoi vers {target}.",
//!     },
//! )
//! ```
//!
//! This module reads and checks one against its scenario (what `harmattan
//! validate` lints, and what loading needs), applies it to a parsed scenario
//! before the scenario is compiled (a text it does not give keeps the
//! scenario's own), and writes a skeleton for a translator to fill in.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;
use std::path::{Path, PathBuf};

use finl_unicode::categories::{CharacterCategories, MinorCategory};
use serde::Deserialize;

use crate::files::ReadError;
use crate::i18n::Lang;
use crate::scenario::diagnostic::{Diagnostic, FileDiagnostic, line_col, with_suggestion_budget};
use crate::scenario::format::ScenarioFile;
use crate::scenario::locate::{SourceMap, string_content_offset, unquote};
use crate::scenario::strings::{self, TextKind, Translatable};
use crate::scenario::validate::{char_name, limits, text_label};
use crate::tr;

/// Most keys listed by name in the warning about texts not translated yet.
const LISTED: usize = 8;

/// A translation file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Translation")]
struct TranslationFile {
    /// The language of its texts: `en`, `fr` or `ar`.
    language: String,
    /// Each text by key.
    texts: BTreeMap<String, String>,
}

/// A translation file to read: its name (for messages), its bytes, and
/// whether it is one built into the program.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    /// The file's name, e.g. `scenarios/i18n/tutorial.fr.ron`.
    pub name: &'a str,
    /// Its bytes.
    pub bytes: &'a [u8],
    /// Whether it is one of [`TRANSLATIONS`](crate::scenario::TRANSLATIONS).
    pub built_in: bool,
}

/// The texts of a translation that may be used: its language, and each
/// usable text by key (refused and blank ones left out).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    /// The language of the texts.
    pub lang: Lang,
    /// Each text by key.
    pub texts: BTreeMap<String, String>,
}

/// A translation file as read and checked against its scenario.
#[derive(Debug, Clone)]
pub struct Checked {
    /// The file's name, for messages.
    pub name: String,
    /// Its normalised text (what diagnostic spans refer to).
    pub source: String,
    /// Every problem found, in file order.
    pub diagnostics: Vec<Diagnostic>,
    /// What may be used; `None` when the file cannot be used at all (it
    /// does not read, or is in another language than its name says).
    pub translation: Option<Translation>,
    /// Whether it is built into the program.
    pub built_in: bool,
    /// The language the diagnostics are written in.
    pub lang: Lang,
}

impl Checked {
    /// A translation file that could not be read, with the reason as its one diagnostic (in `lang`).
    pub fn refused(name: &str, e: &ReadError, lang: Lang) -> Self {
        let d = match e {
            ReadError::Io(_) => Diagnostic::error("io", None, e.message(lang)).with_help(tr!(lang, "diag-tr-io-help")),
            ReadError::NotAFile(_) => {
                Diagnostic::error("not-a-file", None, e.message(lang)).with_help(tr!(lang, "diag-tr-not-a-file-help"))
            }
            ReadError::TooLarge(_) => Diagnostic::error("file-too-large", None, e.message(lang))
                .with_help(tr!(lang, "diag-tr-too-large-help")),
        };
        Checked {
            name: name.to_string(),
            source: String::new(),
            diagnostics: vec![d],
            translation: None,
            built_in: false,
            lang,
        }
    }

    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// The diagnostics paired with their file, ready to render.
    pub fn file_diagnostics(&self) -> impl Iterator<Item = FileDiagnostic<'_>> {
        self.diagnostics.iter().map(|d| FileDiagnostic {
            file: &self.name,
            source: &self.source,
            diagnostic: d,
            lang: self.lang,
        })
    }
}

/// The translation a scenario's texts were taken from, kept with the
/// compiled scenario so that a save can show the game in the same words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    /// Its language.
    pub lang: Lang,
    /// The file's name.
    pub file: String,
    /// The file's normalised text.
    pub text: String,
    /// Whether it is built into the program (a save then names it rather than copying it).
    pub built_in: bool,
}

/// Where the translation of the scenario at `path` into `lang` is:
/// `DIR/i18n/STEM.LANG.ron`.
pub fn path_beside(path: &Path, lang: Lang) -> PathBuf {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    path.parent().unwrap_or(Path::new("")).join("i18n").join(format!("{stem}.{lang}.ron"))
}

/// Whether a read failed only because there is no such file (no
/// translation there, which is no problem).
pub fn is_absent(e: &std::io::Error) -> bool {
    matches!(e.kind(), std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory)
}

/// Every translation file beside the scenario at `path`
/// (`DIR/i18n/STEM.*.ron`), sorted, with the language code its name gives.
pub fn files_beside(path: &Path) -> Vec<(PathBuf, String)> {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let dir = path.parent().unwrap_or(Path::new("")).join("i18n");
    let Ok(entries) = std::fs::read_dir(&dir) else { return Vec::new() };
    let prefix = format!("{stem}.");
    let mut found: Vec<(PathBuf, String)> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let code = name.strip_prefix(&prefix)?.strip_suffix(".ron")?;
            (!code.is_empty() && !code.contains('.')).then(|| (e.path(), code.to_string()))
        })
        .collect();
    found.sort();
    found
}

/// The scenario a translation file belongs to, and the language its name
/// gives: `DIR/i18n/STEM.LANG.ron` → (`DIR/STEM.ron`, `LANG`). `None` for a
/// file not named and placed so.
pub fn scenario_of(path: &Path) -> Option<(PathBuf, String)> {
    let folder = path.parent()?;
    if folder.file_name()? != "i18n" {
        return None;
    }
    let name = path.file_name()?.to_str()?.strip_suffix(".ron")?;
    let (stem, code) = name.rsplit_once('.')?;
    if stem.is_empty() || code.is_empty() {
        return None;
    }
    Some((folder.parent().unwrap_or(Path::new("")).join(format!("{stem}.ron")), code.to_string()))
}

/// Every translation of a scenario, checked as `harmattan validate` lints
/// them: the files beside it (`DIR/i18n/STEM.*.ron`) and, for a copy of a
/// built-in scenario, the built-in translations of the languages with no
/// file there. `source` is the scenario's text as read from `path`;
/// nothing is checked when it does not parse (its own error says why).
/// The problems are written in `lang`.
pub fn lint_beside(path: &Path, source: &str, lang: Lang) -> Vec<Checked> {
    let Ok(file) = super::parse_ron::<ScenarioFile>(source, lang) else { return Vec::new() };
    let found = files_beside(path);
    let mut out: Vec<Checked> = found.iter().map(|(p, code)| lint_file(p, code, &file, lang)).collect();
    for of in Lang::ALL {
        if found.iter().all(|(_, code)| code != of.code()) {
            if let Some(built_in) = super::built_in_translation(source.as_bytes(), of) {
                out.push(check(built_in, &file, of.code(), lang));
            }
        }
    }
    out
}

/// Checks the translation file at `path` (`DIR/i18n/STEM.LANG.ron`) against
/// its scenario, `DIR/STEM.ron`; `None` when the path is not named as a
/// translation. A scenario that cannot be read or does not parse is the
/// one problem reported. The problems are written in `lang`.
pub fn lint_one(path: &Path, lang: Lang) -> Option<Checked> {
    let (scenario, code) = scenario_of(path)?;
    let shown = scenario.display().to_string();
    let refused = |message: String| {
        let d = Diagnostic::error("no-scenario", None, message).with_help(tr!(
            lang,
            "diag-tr-no-scenario-help",
            scenario = shown.as_str()
        ));
        let name = path.display().to_string();
        Checked { name, source: String::new(), diagnostics: vec![d], translation: None, built_in: false, lang }
    };
    let bytes = match crate::files::read_limited(&scenario, super::MAX_FILE_SIZE as u64) {
        Ok(bytes) => bytes,
        Err(e) => {
            let why = tr!(lang, "diag-tr-no-scenario-unread", scenario = shown.as_str(), reason = e.message(lang));
            return Some(refused(why));
        }
    };
    let file = super::decode(&bytes, lang).ok().and_then(|source| super::parse_ron::<ScenarioFile>(&source, lang).ok());
    match file {
        Some(file) => Some(lint_file(path, &code, &file, lang)),
        None => Some(refused(tr!(lang, "diag-tr-no-scenario-unparsed", scenario = shown.as_str()))),
    }
}

/// Reads and checks one translation file against its parsed scenario (problems in `lang`).
fn lint_file(path: &Path, code: &str, file: &ScenarioFile, lang: Lang) -> Checked {
    let name = path.display().to_string();
    match crate::files::read_limited(path, super::MAX_FILE_SIZE as u64) {
        Ok(bytes) => check(Source { name: &name, bytes: &bytes, built_in: false }, file, code, lang),
        Err(e) => Checked::refused(&name, &e, lang),
    }
}

/// Reads and checks a translation against the scenario `file` (parsed, not
/// yet translated): `expected` is the language it stands for (from its
/// file name, or as asked). Every problem is reported, as `harmattan
/// validate` shows them: a text refused for a problem is left out of the
/// usable texts, and a file that does not read or is in another language
/// is not usable at all. The problems are written in `lang`. Never panics,
/// whatever the bytes.
pub fn check(source: Source<'_>, file: &ScenarioFile, expected: &str, lang: Lang) -> Checked {
    checked_and_written(source, file, expected, lang).0
}

/// [`check`], with every text the file gives as written (problems or not),
/// when it reads as a translation at all.
fn checked_and_written(
    source: Source<'_>,
    file: &ScenarioFile,
    expected: &str,
    lang: Lang,
) -> (Checked, Option<BTreeMap<String, String>>) {
    let mut out = Checked {
        name: source.name.to_string(),
        source: String::new(),
        diagnostics: Vec::new(),
        translation: None,
        built_in: source.built_in,
        lang,
    };
    let text = match super::decode(source.bytes, lang) {
        Ok(text) => text,
        Err((text, d)) => {
            out.source = text;
            out.diagnostics.push(reworded(d, lang));
            return (out, None);
        }
    };
    out.source = text;
    let parsed: TranslationFile = match super::parse_ron(&out.source, lang) {
        Ok(parsed) => parsed,
        Err(d) => {
            out.diagnostics.push(reworded(d, lang));
            return (out, None);
        }
    };
    let map = SourceMap::build(&out.source);
    let of = language(&parsed.language, expected, &map, &mut out.diagnostics, lang);
    let texts = strings::translatable(file);
    let usable = with_suggestion_budget(limits::SUGGESTION_WORK, || {
        entries(&out.source, &map, &parsed, &texts, &mut out.diagnostics, lang)
    });
    let missing: Vec<&str> = texts
        .iter()
        .filter(|t| parsed.texts.get(&t.key).is_none_or(|v| v.trim().is_empty()))
        .map(|t| t.key.as_str())
        .collect();
    if !missing.is_empty() {
        out.diagnostics.push(incomplete(&missing, texts.len(), map.get("texts"), lang));
    }
    out.diagnostics.sort_by_key(|d| d.span.as_ref().map_or(0, |s| s.start));
    super::cap(&mut out.diagnostics, lang);
    out.translation = of.map(|of| Translation { lang: of, texts: usable });
    (out, Some(parsed.texts))
}

/// The loader's messages speak of scenarios: say "translation" where it
/// matters (`d` and the result in `lang`).
fn reworded(mut d: Diagnostic, lang: Lang) -> Diagnostic {
    let help = match d.code {
        "file-too-large" => Some("diag-tr-too-large-help"),
        "empty-file" => Some("diag-tr-empty-help"),
        _ => None,
    };
    if let Some(help) = help {
        d.help = Some(tr!(lang, help));
    }
    if d.message == tr!(lang, "diag-trailing") {
        d.message = tr!(lang, "diag-tr-trailing");
        d.help = Some(tr!(lang, "diag-tr-trailing-help", braces = "{ … }"));
    }
    d
}

/// Checks the `language` field against the language expected; the language
/// when the texts may be used as that language's. Problems in `lang`.
fn language(written: &str, expected: &str, map: &SourceMap, diags: &mut Vec<Diagnostic>, lang: Lang) -> Option<Lang> {
    let span = map.get("language");
    let expected_lang = expected.parse::<Lang>();
    if expected_lang.is_err() {
        diags.push(
            Diagnostic::error(
                "unknown-language",
                None,
                tr!(lang, "diag-tr-unknown-file-language", code = clipped(expected)),
            )
            .with_help(tr!(lang, "diag-tr-unknown-file-language-help")),
        );
    }
    let Ok(found) = written.parse::<Lang>() else {
        diags.push(
            Diagnostic::error("unknown-language", span, tr!(lang, "diag-tr-unknown-language", code = clipped(written)))
                .with_help(tr!(lang, "diag-tr-unknown-language-help")),
        );
        return None;
    };
    let expected = expected_lang.ok()?;
    if found != expected {
        let (found, expected) = (found.code(), expected.code());
        diags.push(
            Diagnostic::error(
                "wrong-language",
                span,
                tr!(lang, "diag-tr-wrong-language", found = found, expected = expected),
            )
            .with_help(tr!(lang, "diag-tr-wrong-language-help", found = found, expected = expected)),
        );
        return None;
    }
    Some(found)
}

/// Checks every entry of `texts` in file order; returns the usable texts.
fn entries(
    source: &str,
    map: &SourceMap,
    parsed: &TranslationFile,
    texts: &[Translatable],
    diags: &mut Vec<Diagnostic>,
    lang: Lang,
) -> BTreeMap<String, String> {
    let by_key: HashMap<&str, &Translatable> = texts.iter().map(|t| (t.key.as_str(), t)).collect();
    let mut first_at: HashMap<String, usize> = HashMap::new();
    let mut twice = BTreeSet::new();
    let mut usable = BTreeMap::new();
    for (key, key_span, value_span) in written(source, map) {
        if let Some(&first) = first_at.get(&key) {
            let (line, _) = line_col(source, first);
            diags.push(
                Diagnostic::error(
                    "duplicate-key",
                    Some(key_span),
                    tr!(lang, "diag-tr-duplicate-key", key = clipped(&key)),
                )
                .with_help(tr!(lang, "diag-tr-duplicate-key-help", line = line.to_string())),
            );
            twice.insert(key);
            continue;
        }
        first_at.insert(key.clone(), key_span.start);
        let Some(own) = by_key.get(key.as_str()) else {
            diags.push(unknown_key(&key, key_span, texts, lang));
            continue;
        };
        let Some(value) = parsed.texts.get(&key).filter(|v| !v.trim().is_empty()) else { continue };
        let span = value_span.unwrap_or(key_span);
        let found = problems(source, span, own, value, lang);
        if found.is_empty() {
            usable.insert(key, value.clone());
        }
        diags.extend(found);
    }
    for key in &twice {
        usable.remove(key);
    }
    usable
}

/// Each entry written in `texts`, in file order: its key as read, and the
/// span of the key and of its value.
fn written(source: &str, map: &SourceMap) -> Vec<(String, Range<usize>, Option<Range<usize>>)> {
    let mut out = Vec::new();
    for i in 0usize.. {
        let Some(key_span) = map.get(&format!("texts{{{i}}}")) else { break };
        let literal = source.get(key_span.clone()).unwrap_or_default();
        // It parsed as a string key, so it reads as one.
        let Ok(key) = ron::from_str::<String>(literal) else { continue };
        let value = map.get(&format!("texts.{}", unquote(literal)));
        out.push((key, key_span, value));
    }
    out
}

/// A key the scenario has no text for (the problem in `lang`).
fn unknown_key(key: &str, span: Range<usize>, texts: &[Translatable], lang: Lang) -> Diagnostic {
    let d = Diagnostic::error("unknown-key", Some(span), tr!(lang, "diag-tr-unknown-key", key = clipped(key)));
    match crate::scenario::diagnostic::closest(key, texts.iter().map(|t| t.key.as_str())) {
        Some(best) => d.with_help(tr!(lang, "diag-did-you-mean", name = best)),
        None => d.with_help(tr!(lang, "diag-tr-unknown-key-help")),
    }
}

/// Why a translated text cannot be shown in place of `own`: characters,
/// length, placeholders (in `lang`).
fn problems(source: &str, span: Range<usize>, own: &Translatable, value: &str, lang: Lang) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let key = clipped(&own.key);
    let at = |i: usize, c: char| {
        let start = string_content_offset(source, span.start, i);
        let end = string_content_offset(source, span.start, i + c.len_utf8());
        Some(start..end.max(start + 1))
    };
    if let Some((i, c)) = value.char_indices().find(|&(_, c)| !own.kind.allows(c)) {
        let help = match (own.kind, c) {
            (TextKind::Name | TextKind::News, '\n' | '\t') => "diag-tr-line-break-help",
            _ => "diag-tr-control-help",
        };
        out.push(
            Diagnostic::error(
                "control-character",
                at(i, c),
                tr!(lang, "diag-tr-control", key = key.as_str(), character = char_name(c)),
            )
            .with_help(tr!(lang, help)),
        );
    }
    if let Some((i, c, why)) = value.char_indices().find_map(|(i, c)| unrenderable(c).map(|why| (i, c, why))) {
        out.push(
            Diagnostic::error(
                "unrenderable-character",
                at(i, c),
                tr!(lang, why, key = key.as_str(), character = char_name(c)),
            )
            .with_help(tr!(lang, "diag-tr-unrenderable-help")),
        );
    }
    let chars = value.chars().count();
    if let Some(max) = own.kind.limit().filter(|&max| chars > max) {
        out.push(
            Diagnostic::error(
                "too-long",
                Some(span.clone()),
                tr!(lang, "diag-tr-too-long", key = key.as_str(), length = chars.to_string(), max = max.to_string()),
            )
            .with_help(tr!(lang, "diag-tr-too-long-help", what = text_label(lang, own.what))),
        );
    }
    let (theirs, ours) = (placeholders(value), placeholders(&own.text));
    if theirs != ours {
        out.push(
            Diagnostic::error(
                "placeholder-mismatch",
                Some(span.clone()),
                tr!(
                    lang,
                    "diag-tr-placeholders",
                    key = key.as_str(),
                    theirs = listed(&theirs, lang),
                    ours = listed(&ours, lang)
                ),
            )
            .with_help(if ours.is_empty() {
                tr!(lang, "diag-tr-no-placeholder-help", braces = "{…}")
            } else {
                tr!(lang, "diag-tr-same-placeholders-help", ours = listed(&ours, lang))
            }),
        );
    } else if own.kind == TextKind::News {
        let count = value.matches("{self}").count() + value.matches("{target}").count();
        if count > limits::NEWS_PLACEHOLDERS {
            out.push(
                Diagnostic::error(
                    "too-long",
                    Some(span),
                    tr!(
                        lang,
                        "diag-tr-too-many-placeholders",
                        key = key.as_str(),
                        self = "{self}",
                        target = "{target}",
                        count = count.to_string(),
                        max = limits::NEWS_PLACEHOLDERS.to_string()
                    ),
                )
                .with_help(tr!(lang, "diag-tr-too-many-placeholders-help")),
            );
        }
    }
    out
}

/// Why `c` cannot be shown, if it cannot (the key of the message saying
/// so): a character that Unicode has not assigned, a noncharacter, or a
/// private-use one (fonts disagree on it).
fn unrenderable(c: char) -> Option<&'static str> {
    match c.get_minor_category() {
        MinorCategory::Co => Some("diag-tr-private-use"),
        MinorCategory::Cn if (u32::from(c) & 0xfffe) == 0xfffe || ('\u{fdd0}'..='\u{fdef}').contains(&c) => {
            Some("diag-tr-noncharacter")
        }
        MinorCategory::Cn => Some("diag-tr-unassigned"),
        _ => None,
    }
}

/// The `{…}` placeholders of a text, as written (an unclosed `{` counts
/// with the rest of the text).
fn placeholders(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open..];
        let end = after.find('}').map_or(after.len(), |close| close + 1);
        out.insert(clipped(&after[..end]));
        rest = &after[end..];
    }
    out
}

/// Placeholders in words of `lang`: "`{self}` and `{target}`", or "none".
fn listed(set: &BTreeSet<String>, lang: Lang) -> String {
    let names: Vec<String> = set.iter().map(|p| format!("`{p}`")).collect();
    match names.as_slice() {
        [] => tr!(lang, "diag-tr-placeholders-none"),
        [one] => one.clone(),
        [init @ .., last] => tr!(lang, "diag-tr-placeholders-and", init = init.join(", "), last = last.as_str()),
    }
}

/// The warning that some texts are not translated yet, naming the first few (in `lang`).
fn incomplete(missing: &[&str], total: usize, texts: Option<Range<usize>>, lang: Lang) -> Diagnostic {
    let names: Vec<String> = missing.iter().take(LISTED).map(|k| format!("`{}`", clipped(k))).collect();
    let more = missing.len().saturating_sub(LISTED);
    let (n, keys) = (missing.len(), names.join(", "));
    let message = if more > 0 {
        tr!(lang, "diag-tr-incomplete-more", missing = n, total = total, keys = keys, more = more)
    } else {
        tr!(lang, "diag-tr-incomplete", missing = n, total = total, keys = keys)
    };
    Diagnostic::warning("translation-incomplete", texts.map(|s| s.start..s.start + 1), message)
        .with_help(tr!(lang, "diag-tr-incomplete-help"))
}

/// A text from the file, cut short for a message.
fn clipped(text: &str) -> String {
    crate::text::clip(text, 2 * limits::ID_LEN).into_owned()
}

/// Replaces every text of `file` that `translation` gives with its
/// translation (only texts the scenario has: a blank one stays blank).
pub fn apply(file: &mut ScenarioFile, translation: &Translation) {
    strings::walk_mut(file, |place, text| {
        let Some(key) = place.key else { return };
        if text.trim().is_empty() {
            return;
        }
        if let Some(translated) = translation.texts.get(&key.to_string()) {
            text.clone_from(translated);
        }
    });
}

/// The scenario text `source` (as read) parsed, for [`skeleton`] and
/// [`updated`]; `None` when it does not parse (its own error says why).
pub fn parsed(source: &str, lang: Lang) -> Option<ScenarioFile> {
    super::parse_ron::<ScenarioFile>(source, lang).ok()
}

/// How many texts of the scenario there are to translate.
pub fn count(file: &ScenarioFile) -> usize {
    strings::translatable(file).len()
}

/// A translation file for `lang` with every text of the scenario to fill
/// in: each key with `""`, under the scenario's own text as a comment.
/// `scenario` is the scenario's file name, for the header, which is written
/// in `lang`: the translator's language.
pub fn skeleton(file: &ScenarioFile, scenario: &str, lang: Lang) -> String {
    filled(file, scenario, lang, &BTreeMap::new()).0
}

/// What bringing a translation up to date with its scenario did ([`updated`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Update {
    /// Texts it had translated, kept.
    pub kept: usize,
    /// Texts of the scenario still to translate (`""`): new ones, and those
    /// it had left out or blank.
    pub untranslated: usize,
    /// Translated texts the scenario no longer has, kept at the end as comments.
    pub gone: usize,
}

/// The translation `old` (into `of`) brought up to date with the scenario
/// `file`: [`skeleton`]'s file, in the scenario's order, with each text
/// `old` gives filled in, and each one the scenario no longer has kept at
/// the end as a comment, so that nothing translated is lost. Texts with
/// problems are kept as written, to be put right. When `old` cannot be
/// brought up to date without losing something (it does not read as a
/// translation into `of`, or gives a key twice), `Err` holds it as checked,
/// with the problems in `lang`.
pub fn updated(
    file: &ScenarioFile,
    scenario: &str,
    old: Source<'_>,
    of: Lang,
    lang: Lang,
) -> Result<(String, Update), Checked> {
    let (checked, written) = checked_and_written(old, file, of.code(), lang);
    let twice = checked.diagnostics.iter().any(|d| d.code == "duplicate-key");
    let Some(mut done) = written.filter(|_| checked.translation.is_some() && !twice) else { return Err(checked) };
    // Texts an earlier update set aside stay set aside, or come back if the
    // scenario has them again.
    for (key, text) in set_aside(&checked.source) {
        done.entry(key).or_insert(text);
    }
    Ok(filled(file, scenario, of, &done))
}

/// The texts an earlier update kept as comments (`// "key": "text",`).
fn set_aside(source: &str) -> Vec<(String, String)> {
    let entry = |line: &str| {
        let entry = line.trim().strip_prefix("//")?.trim();
        let map: BTreeMap<String, String> = ron::from_str(&format!("{{{entry}}}")).ok()?;
        map.into_iter().next()
    };
    source.lines().filter(|l| l.trim().starts_with("// \"")).filter_map(entry).collect()
}

/// `text` as a RON string, as a person writes one: only `\\`, `"` and
/// line breaks escaped (RON's own writer escapes every apostrophe, which
/// French is full of).
fn quoted(text: &str) -> String {
    if text.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
        return ron::to_string(text).unwrap_or_else(|_| "\"\"".to_string());
    }
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// [`skeleton`] with the texts `done` gives filled in, and how many it
/// kept, left to translate and set aside.
fn filled(file: &ScenarioFile, scenario: &str, lang: Lang, done: &BTreeMap<String, String>) -> (String, Update) {
    let shown = crate::text::printable(scenario);
    let header = tr!(lang, "diag-tr-skeleton-header", scenario = shown.as_ref(), self = "{self}", target = "{target}");
    let mut out: String = header.lines().map(|line| format!("// {line}").trim_end().to_string() + "\n").collect();
    out.push_str(&format!("(\n    language: \"{}\",\n    texts: {{\n", lang.code()));
    let mut update = Update::default();
    let texts = strings::translatable(file);
    for t in &texts {
        for line in t.text.lines() {
            let line = crate::text::printable(line);
            if line.trim().is_empty() {
                out.push_str("        //\n");
            } else {
                out.push_str(&format!("        // {}\n", line.trim_end()));
            }
        }
        let value = match done.get(&t.key) {
            Some(v) if !v.trim().is_empty() => {
                update.kept += 1;
                v.as_str()
            }
            _ => {
                update.untranslated += 1;
                ""
            }
        };
        out.push_str(&format!("        {}: {},\n", quoted(&t.key), quoted(value)));
    }
    let own: BTreeSet<&str> = texts.iter().map(|t| t.key.as_str()).collect();
    let gone: Vec<_> = done.iter().filter(|(k, v)| !own.contains(k.as_str()) && !v.trim().is_empty()).collect();
    if !gone.is_empty() {
        out.push_str(&format!("\n        // {}\n", tr!(lang, "diag-tr-skeleton-gone")));
        for (key, value) in &gone {
            out.push_str(&format!("        // {}: {},\n", quoted(key), quoted(value)));
        }
        update.gone = gone.len();
    }
    out.push_str("    },\n)\n");
    (out, update)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tutorial() -> ScenarioFile {
        super::super::parse_ron(crate::scenario::TUTORIAL, Lang::En).expect("the tutorial parses")
    }

    fn checked(text: &str, expected: &str) -> Checked {
        let source = Source { name: "tutorial.fr.ron", bytes: text.as_bytes(), built_in: false };
        check(source, &tutorial(), expected, Lang::En)
    }

    fn codes(c: &Checked) -> Vec<&'static str> {
        c.diagnostics.iter().map(|d| d.code).collect()
    }

    #[test]
    fn a_text_set_aside_by_an_update_comes_back_when_the_scenario_has_it_again() {
        let old =
            "(language: \"fr\", texts: {\n    // \"title\": \"L'ancien titre\",\n    // \"gone.key\": \"Parti\",\n})";
        let source = Source { name: "tutorial.fr.ron", bytes: old.as_bytes(), built_in: false };
        let (text, done) = updated(&tutorial(), "tutorial.ron", source, Lang::Fr, Lang::En).expect("updated");
        assert!(text.contains("        \"title\": \"L'ancien titre\",\n"), "{text}");
        assert!(text.ends_with("        // \"gone.key\": \"Parti\",\n    },\n)\n"), "{text}");
        assert_eq!((done.kept, done.gone), (1, 1));
        // A file in another language is not brought up to date.
        let source = Source { name: "tutorial.fr.ron", bytes: b"(language: \"ar\", texts: {})", built_in: false };
        assert!(updated(&tutorial(), "tutorial.ron", source, Lang::Fr, Lang::En).is_err());
    }

    #[test]
    fn a_good_entry_is_usable_and_missing_ones_are_one_warning() {
        let c = checked(r#"(language: "fr", texts: {"faction.kesh.name": "Kech"})"#, "fr");
        assert_eq!(codes(&c), ["translation-incomplete"]);
        let t = c.translation.expect("usable");
        assert_eq!(t.lang, Lang::Fr);
        assert_eq!(t.texts.get("faction.kesh.name").map(String::as_str), Some("Kech"));
        let message = &c.diagnostics[0].message;
        assert!(message.contains("`title`") && message.contains("more"), "{message}");
    }

    #[test]
    fn unknown_keys_get_a_suggestion_and_duplicates_are_refused() {
        let c = checked(
            "(language: \"fr\", texts: {\n\"faction.kesh.nam\": \"K\",\n\"title\": \"A\",\n\"title\": \"B\",\n})",
            "fr",
        );
        let unknown = c.diagnostics.iter().find(|d| d.code == "unknown-key").expect("unknown key");
        assert_eq!(unknown.help.as_deref(), Some("did you mean `faction.kesh.name`?"));
        let twice = c.diagnostics.iter().find(|d| d.code == "duplicate-key").expect("duplicate");
        assert_eq!(line_col(&c.source, twice.span.clone().expect("placed").start), (4, 1));
        assert!(c.translation.expect("usable").texts.is_empty());
    }

    #[test]
    fn a_language_that_differs_from_the_file_name_makes_it_unusable() {
        let c = checked(r#"(language: "ar", texts: {})"#, "fr");
        assert!(codes(&c).contains(&"wrong-language"));
        assert!(c.translation.is_none());
        let c = checked(r#"(language: "de", texts: {})"#, "fr");
        assert!(codes(&c).contains(&"unknown-language"));
        let c = checked(r#"(language: "fr", texts: {})"#, "xx");
        assert!(codes(&c).contains(&"unknown-language") && c.translation.is_none());
    }

    #[test]
    fn placeholders_must_be_the_source_text_s() {
        let file = tutorial();
        let news = strings::translatable(&file)
            .into_iter()
            .find(|t| t.text.contains("{target}") && t.text.contains("{self}"))
            .expect("the tutorial has a news line with both");
        let text = format!("(language: \"fr\", texts: {{\"{}\": \"{{self}} agit.\"}})", news.key);
        let c = checked(&text, "fr");
        let d = c.diagnostics.iter().find(|d| d.code == "placeholder-mismatch").expect("mismatch");
        assert!(
            d.message.contains("uses `{self}`, but the scenario's text uses `{self}` and `{target}`"),
            "{}",
            d.message
        );
        assert!(c.translation.expect("usable").texts.is_empty());
        let text = format!("(language: \"fr\", texts: {{\"{}\": \"vers {{target}}, {{self}}\"}})", news.key);
        assert_eq!(codes(&checked(&text, "fr")), ["translation-incomplete"]);
    }

    #[test]
    fn characters_that_cannot_be_shown_are_found_where_they_are() {
        let c = checked("(language: \"fr\", texts: {\"title\": \"A\\u{1b}B\", \"summary\": \"x \u{e000}\"})", "fr");
        let control = c.diagnostics.iter().find(|d| d.code == "control-character").expect("control");
        assert!(control.message.contains("U+001B ESCAPE"), "{}", control.message);
        let private = c.diagnostics.iter().find(|d| d.code == "unrenderable-character").expect("private use");
        assert_eq!(&c.source[private.span.clone().expect("placed")], "\u{e000}");
        assert_eq!(unrenderable('\u{378}'), Some("diag-tr-unassigned"));
        assert_eq!(unrenderable('\u{fdd0}'), Some("diag-tr-noncharacter"));
        assert_eq!(unrenderable('ب'), None);
        assert_eq!(unrenderable('\u{200f}'), None);
    }

    #[test]
    fn a_title_on_two_lines_or_too_long_is_refused() {
        let long = "x".repeat(limits::NAME_LEN + 1);
        let c = checked(
            &format!(
                "(language: \"fr\", texts: {{\"title\": \"a\\nb\", \"summary\": \"ok\", \"faction.kesh.name\": \"{long}\"}})"
            ),
            "fr",
        );
        assert!(codes(&c).contains(&"control-character") && codes(&c).contains(&"too-long"), "{:?}", codes(&c));
        let usable = c.translation.expect("usable");
        assert_eq!(usable.texts.keys().collect::<Vec<_>>(), ["summary"]);
    }

    #[test]
    fn broken_files_say_what_is_wrong_in_translation_words() {
        assert_eq!(codes(&checked("", "fr")), ["empty-file"]);
        let c = checked("(language: \"fr\", texts: {}))", "fr");
        assert_eq!(c.diagnostics[0].message, "unexpected text after the end of the translation");
        let c = checked("(language: \"fr\", textes: {})", "fr");
        assert_eq!(c.diagnostics[0].code, "unknown-field");
        assert!(c.translation.is_none());
    }

    #[test]
    fn applying_replaces_only_the_texts_given() {
        let mut file = tutorial();
        let before = file.factions[1].name.clone();
        let texts = BTreeMap::from([("faction.kesh.name".to_string(), "Kech".to_string())]);
        apply(&mut file, &Translation { lang: Lang::Fr, texts });
        assert_eq!(file.factions[0].name, "Kech");
        assert_eq!(file.factions[1].name, before);
    }

    #[test]
    fn the_skeleton_has_every_key_and_lints_with_only_the_missing_warning() {
        let file = tutorial();
        let text = skeleton(&file, "scenarios/tutorial.ron", Lang::Ar);
        let source = Source { name: "tutorial.ar.ron", bytes: text.as_bytes(), built_in: false };
        let c = check(source, &file, "ar", Lang::En);
        assert_eq!(codes(&c), ["translation-incomplete"], "{text}");
        let keys = strings::translatable(&file);
        assert!(c.diagnostics[0].message.starts_with(&format!("{0} of the scenario's {0} texts", keys.len())));
        assert_eq!(text.matches(": \"\",").count(), keys.len());
        assert!(text.contains("        // The Salt Road (tutorial)\n        \"title\": \"\",\n"), "{text}");
    }

    #[test]
    fn the_file_beside_a_scenario_is_in_i18n_named_for_the_language() {
        let p = path_beside(Path::new("scenarios/tutorial.ron"), Lang::Fr);
        assert_eq!(p, Path::new("scenarios/i18n/tutorial.fr.ron"));
        assert_eq!(path_beside(Path::new("my.ron"), Lang::Ar), Path::new("i18n/my.ar.ron"));
    }
}
