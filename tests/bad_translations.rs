//! The corpus of broken translations: every file in `tests/bad_translations/`
//! is a translation of `scenarios/tutorial.ron` named `CASE.LANG.ron` (the
//! language its name gives) with one mistake, and names every diagnostic the
//! lint must report in `// expect:` lines, as the bad-scenario corpus does:
//!
//! ```text
//! // expect: unknown-key 7:9 help="did you mean `faction.kesh.name`?"
//! // expect: warning translation-incomplete 6:12
//! // expect: empty-file -
//! ```
//!
//! Each line gives the severity (`warning`, or nothing for an error), the
//! code, `line:col` of the span's start (`-` when the problem has no place)
//! and optionally the exact help text. The files are partial translations
//! on purpose, so the `translation-incomplete` warning is compared only in a
//! file that expects it; every other diagnostic must match exactly.

use std::path::{Path, PathBuf};

use harmattan::i18n::Lang;
use harmattan::scenario::diagnostic::line_col;
use harmattan::scenario::format::ScenarioFile;
use harmattan::scenario::translate::{Source, check};
use harmattan::scenario::{Severity, TUTORIAL};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/bad_translations");

/// One expected (or reported) diagnostic: severity, code, place, help.
type Expect = (Severity, String, Option<(usize, usize)>, Option<String>);

fn parse_expect(line: &str) -> Result<Expect, String> {
    let rest = line.trim();
    let (rest, help) = match rest.find(" help=\"") {
        Some(i) => {
            let help = rest[i + 7..].strip_suffix('"').ok_or_else(|| format!("help must end with `\"`: {line}"))?;
            (&rest[..i], Some(help.to_string()))
        }
        None => (rest, None),
    };
    let mut words: Vec<&str> = rest.split_whitespace().collect();
    let severity = if words.first() == Some(&"warning") {
        words.remove(0);
        Severity::Warning
    } else {
        Severity::Error
    };
    let [code, position] = words[..] else { return Err(format!("expected `CODE LINE:COL`: {line}")) };
    let position = match position.split_once(':') {
        None if position == "-" => None,
        None => return Err(format!("bad position `{position}`")),
        Some((l, c)) => Some((
            l.parse().map_err(|_| format!("bad line: {line}"))?,
            c.parse().map_err(|_| format!("bad column: {line}"))?,
        )),
    };
    Ok((severity, code.to_string(), position, help))
}

fn tutorial() -> ScenarioFile {
    let options = ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    options.from_str(TUTORIAL).expect("the tutorial parses")
}

fn corpus_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(CORPUS)
        .expect("the corpus folder exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    files.sort();
    files
}

/// Checks one file; returns a description of every mismatch.
fn check_file(path: &Path, scenario: &ScenarioFile) -> Result<(), String> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&bytes);
    let mut expected: Vec<Expect> = text
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("// expect:"))
        .map(parse_expect)
        .collect::<Result<_, _>>()?;
    if expected.is_empty() {
        return Err("no `// expect:` line".into());
    }
    let lang = name.trim_end_matches(".ron").rsplit('.').next().unwrap_or_default();
    let checked = check(Source { name: &name, bytes: &bytes, built_in: false }, scenario, lang, Lang::En);
    let counts_incomplete = expected.iter().any(|e| e.1 == "translation-incomplete");
    let mut got: Vec<Expect> = checked
        .diagnostics
        .iter()
        .filter(|d| counts_incomplete || d.code != "translation-incomplete")
        .map(|d| {
            let position = d.span.as_ref().map(|s| line_col(&checked.source, s.start));
            let wants_help = expected.iter().any(|e| e.3.is_some() && e.1 == d.code && e.2 == position);
            (d.severity, d.code.to_string(), position, d.help.clone().filter(|_| wants_help))
        })
        .collect();
    expected.sort();
    got.sort();
    let show = |e: &Expect| format!("{:?} {} {:?} help={:?}", e.0, e.1, e.2, e.3);
    let mut problems: Vec<String> =
        expected.iter().filter(|e| !got.contains(e)).map(|e| format!("  missing:    {}", show(e))).collect();
    for g in got.iter().filter(|g| !expected.contains(g)) {
        let full = checked.diagnostics.iter().find(|d| d.code == g.1).map(|d| format!(" — {}", d.message));
        problems.push(format!("  unexpected: {}{}", show(g), full.unwrap_or_default()));
    }
    for d in &checked.diagnostics {
        if d.message.trim().is_empty() || d.help.as_deref().is_some_and(|h| h.trim().is_empty()) {
            problems.push(format!("  {} has an empty message or help", d.code));
        }
    }
    if problems.is_empty() { Ok(()) } else { Err(problems.join("\n")) }
}

#[test]
fn every_bad_translation_reports_exactly_its_expected_diagnostics() {
    let scenario = tutorial();
    let files = corpus_files();
    assert!(files.len() >= 18, "the corpus should hold at least 18 files, found {}", files.len());
    let failures: Vec<String> =
        files.iter().filter_map(|p| check_file(p, &scenario).err().map(|e| format!("{}:\n{e}", p.display()))).collect();
    assert!(failures.is_empty(), "{} of {} files failed:\n{}", failures.len(), files.len(), failures.join("\n"));
}

#[test]
fn every_diagnostic_code_of_the_lint_is_in_the_corpus() {
    let all: String = corpus_files().iter().map(|p| std::fs::read_to_string(p).unwrap_or_default()).collect();
    for code in [
        "unknown-key",
        "duplicate-key",
        "unknown-language",
        "wrong-language",
        "placeholder-mismatch",
        "control-character",
        "unrenderable-character",
        "too-long",
        "translation-incomplete",
        "syntax",
        "unknown-field",
        "empty-file",
    ] {
        assert!(all.contains(&format!(" {code} ")), "no corpus file expects `{code}`");
    }
}
