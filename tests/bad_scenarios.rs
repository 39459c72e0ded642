//! The corpus of broken scenarios: every file in `tests/bad_scenarios/` is
//! the valid `_base.ron` with one mistake (or, for `multi_*`, several), and
//! names every diagnostic the loader must report in `// expect:` lines:
//!
//! ```text
//! // expect: unknown-name 14:22 help="did you mean `gao`?"
//! // expect: warning no-objectives 25:14
//! // expect: empty-file -
//! ```
//!
//! Each line gives the severity (`warning`, or nothing for an error), the
//! code, `line:col` of the span's start (`-` when the problem has no place)
//! and optionally the exact help text. The reported set must match exactly:
//! nothing missing, nothing extra.

use std::fmt;
use std::path::{Path, PathBuf};

use harmattan::scenario::diagnostic::line_col;
use harmattan::scenario::{Diagnostic, Severity, load};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/bad_scenarios");

/// One expected (or reported) diagnostic, in the corpus's terms.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Expect {
    severity: Severity,
    code: String,
    position: Option<(usize, usize)>,
    help: Option<String>,
}

impl fmt::Display for Expect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.severity == Severity::Warning {
            f.write_str("warning ")?;
        }
        write!(f, "{} ", self.code)?;
        match self.position {
            Some((line, col)) => write!(f, "{line}:{col}")?,
            None => f.write_str("-")?,
        }
        if let Some(help) = &self.help {
            write!(f, " help=\"{help}\"")?;
        }
        Ok(())
    }
}

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
    let position = if position == "-" {
        None
    } else {
        let (l, c) = position.split_once(':').ok_or_else(|| format!("bad position `{position}`"))?;
        Some((
            l.parse().map_err(|_| format!("bad line in `{position}`"))?,
            c.parse().map_err(|_| format!("bad column in `{position}`"))?,
        ))
    };
    Ok(Expect { severity, code: code.to_string(), position, help })
}

fn expectations(text: &str) -> Result<Vec<Expect>, String> {
    text.lines().filter_map(|l| l.trim_start().strip_prefix("// expect:")).map(parse_expect).collect()
}

/// A reported diagnostic in the corpus's terms; help is kept only when the expectation names one.
fn reported(source: &str, d: &Diagnostic) -> Expect {
    Expect {
        severity: d.severity,
        code: d.code.to_string(),
        position: d.span.as_ref().map(|s| line_col(source, s.start)),
        help: d.help.clone(),
    }
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

fn name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// Checks one file; returns a description of every mismatch.
fn check_file(path: &Path) -> Result<usize, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&bytes);
    let mut expected = expectations(&text)?;
    if expected.is_empty() {
        return Err("no `// expect:` line".into());
    }
    let loaded = load(&name(path), &bytes);
    let mut got: Vec<Expect> = loaded.diagnostics.iter().map(|d| reported(&loaded.source, d)).collect();
    // Help is compared only where the expectation gives one.
    for g in &mut got {
        let wants_help = expected
            .iter()
            .any(|e| e.help.is_some() && e.code == g.code && e.position == g.position && e.severity == g.severity);
        if !wants_help {
            g.help = None;
        }
    }
    expected.sort();
    got.sort();
    let mut problems = Vec::new();
    for e in &expected {
        if !got.contains(e) {
            problems.push(format!("  missing:    {e}"));
        }
    }
    for g in &got {
        if !expected.contains(g) {
            let full = loaded
                .diagnostics
                .iter()
                .find(|d| d.code == g.code && d.span.as_ref().map(|s| line_col(&loaded.source, s.start)) == g.position)
                .map(|d| format!(" — {} (help: {:?})", d.message, d.help))
                .unwrap_or_default();
            problems.push(format!("  unexpected: {g}{full}"));
        }
    }
    for d in &loaded.diagnostics {
        if d.message.trim().is_empty() {
            problems.push(format!("  {} has an empty message", d.code));
        }
    }
    let has_error = expected.iter().any(|e| e.severity == Severity::Error);
    if has_error == loaded.scenario.is_some() {
        problems.push(format!("  scenario compiled: {}, but errors expected: {has_error}", loaded.scenario.is_some()));
    }
    if problems.is_empty() { Ok(expected.len()) } else { Err(problems.join("\n")) }
}

#[test]
fn the_base_scenario_loads_without_any_diagnostic() {
    let path = Path::new(CORPUS).join("_base.ron");
    let bytes = std::fs::read(&path).expect("_base.ron exists");
    let loaded = load("_base.ron", &bytes);
    assert!(loaded.diagnostics.is_empty(), "{:#?}", loaded.diagnostics);
    assert!(loaded.scenario.is_some());
}

#[test]
fn every_bad_scenario_reports_exactly_its_expected_diagnostics() {
    let files: Vec<PathBuf> = corpus_files().into_iter().filter(|p| name(p) != "_base.ron").collect();
    assert!(files.len() >= 45, "the corpus should hold at least 45 files, found {}", files.len());
    let mut failures = Vec::new();
    for path in &files {
        match check_file(path) {
            Ok(n) if name(path).starts_with("multi_") && n < 3 => {
                failures.push(format!("{}: a multi_ file must expect at least 3 diagnostics, found {n}", name(path)));
            }
            Ok(_) => {}
            Err(e) => failures.push(format!("{}:\n{e}", name(path))),
        }
    }
    assert!(failures.is_empty(), "{} of {} files failed:\n{}", failures.len(), files.len(), failures.join("\n"));
}

#[test]
fn single_problem_files_report_one_diagnostic() {
    for path in corpus_files() {
        let n = name(&path);
        if n == "_base.ron" || n.starts_with("multi_") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("corpus files are UTF-8");
        let count = expectations(&text).map(|e| e.len()).unwrap_or(0);
        assert_eq!(count, 1, "{n} should have exactly one problem (name it multi_* otherwise)");
    }
}

#[test]
fn expect_lines_round_trip() {
    for line in [
        "unknown-name 14:22 help=\"did you mean `gao`?\"",
        "warning no-objectives 25:14",
        "empty-file -",
        "wrong-type 3:4 help=\"write e.g. `[\"mali\"]`\"",
    ] {
        let e = parse_expect(line).expect("parses");
        assert_eq!(e.to_string(), line);
    }
}
