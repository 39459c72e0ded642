//! Keeps docs/scenario-format.md and the `new` template honest: every RON
//! example in the reference must load as the text around it says, every
//! diagnostic code the loader can emit must be documented, and the starter
//! scenario written by `harmattan new` must validate cleanly.
//!
//! How the reference's code blocks are checked, by their info string:
//! - ```` ```ron ````: a complete scenario; it must load with no diagnostics.
//! - ```` ```ron base ````: a complete scenario (the reference's running
//!   example), checked the same way; fragments are spliced into it.
//! - ```` ```ron fragment=LIST ````: items for one list of the base scenario
//!   (`actions`, `variables.region`, `end_when`, …); they are inserted at the
//!   start of that list and the result must load with no diagnostics.
//! - ```` ```ron field=NAME ````: the value of a top-level field the base
//!   scenario does not set (`outcomes`); it is added at its end.
//! - `expect=CODE` (with either form): the example shows a mistake; loading
//!   it must report a diagnostic with that code.

use std::path::Path;

use assert_cmd::Command;
use harmattan::i18n::Lang;
use harmattan::scenario::template::{TEMPLATE, template};
use harmattan::scenario::{self, Loaded};

const DOC: &str = include_str!("../docs/scenario-format.md");

/// One fenced code block of the reference.
struct Block {
    /// 1-based line of the opening fence.
    line: usize,
    /// Words after the opening ``` (the first is the language).
    info: Vec<String>,
    text: String,
}

impl Block {
    fn option(&self, key: &str) -> Option<&str> {
        self.info.iter().find_map(|w| w.strip_prefix(key).and_then(|rest| rest.strip_prefix('=')))
    }

    fn has(&self, word: &str) -> bool {
        self.info.iter().any(|w| w == word)
    }
}

fn blocks(doc: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut open: Option<Block> = None;
    for (i, line) in doc.lines().enumerate() {
        let trimmed = line.trim_start();
        match open.take() {
            None => {
                if let Some(info) = trimmed.strip_prefix("```") {
                    let info = info.split_whitespace().map(str::to_string).collect();
                    open = Some(Block { line: i + 1, info, text: String::new() });
                }
            }
            Some(mut block) => {
                if trimmed.starts_with("```") {
                    out.push(block);
                } else {
                    block.text.push_str(line);
                    block.text.push('\n');
                    open = Some(block);
                }
            }
        }
    }
    assert!(open.is_none(), "docs/scenario-format.md has an unclosed ``` block");
    out
}

fn ron_blocks(doc: &str) -> Vec<Block> {
    // A translation's example (```` ```ron translation ````) is checked in tests/translations.rs.
    blocks(doc).into_iter().filter(|b| b.info.first().is_some_and(|l| l == "ron") && !b.has("translation")).collect()
}

/// Where the items of `list` (e.g. `actions` or `variables.region`) start in `base`:
/// just after the `[` of `list: [`, matching whole field names only.
fn list_start(base: &str, list: &str) -> Option<usize> {
    let mut from = 0;
    for part in list.split('.') {
        let needle = format!("{part}:");
        let mut search = from;
        loop {
            let at = search + base[search..].find(&needle)?;
            let whole_word = base[..at].chars().next_back().is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
            if whole_word {
                from = at + needle.len();
                break;
            }
            search = at + needle.len();
        }
    }
    let rest = &base[from..];
    let bracket = rest.find(|c: char| !c.is_whitespace())?;
    (rest[bracket..].starts_with('[')).then_some(from + bracket + 1)
}

fn splice(base: &str, list: &str, fragment: &str) -> Option<String> {
    let items = fragment.trim_end().trim_end_matches(',');
    let Some(at) = list_start(base, list) else {
        // A top-level list the base does not have (`variants`): added at its end.
        let end = base.trim_end().strip_suffix(')')?.len();
        return (!list.contains('.')).then(|| format!("{}    {list}: [\n{items},\n    ],\n)\n", &base[..end]));
    };
    Some(format!("{}\n{items},\n{}", &base[..at], &base[at..]))
}

fn describe(loaded: &Loaded) -> String {
    loaded.file_diagnostics().map(|d| d.render(false)).collect::<Vec<_>>().join("\n")
}

#[test]
fn every_ron_example_in_the_reference_loads_as_documented() {
    let blocks = ron_blocks(DOC);
    assert!(blocks.len() >= 10, "expected many RON examples, found {}", blocks.len());
    let bases: Vec<&Block> = blocks.iter().filter(|b| b.has("base")).collect();
    assert_eq!(bases.len(), 1, "exactly one ```ron base block is needed");
    let base = &bases[0].text;

    let mut failures = Vec::new();
    for block in &blocks {
        let name = format!("docs/scenario-format.md#L{}", block.line);
        let text = match (block.option("fragment"), block.option("field")) {
            (Some(list), _) => match splice(base, list, &block.text) {
                Some(t) => t,
                None => {
                    failures.push(format!("{name}: the base scenario has no list `{list}: [` to put this fragment in"));
                    continue;
                }
            },
            // A top-level field the base does not set (`outcomes`): added at its end.
            (None, Some(field)) => match base.trim_end().strip_suffix(')') {
                Some(head) => format!("{head}    {field}: {},\n)\n", block.text.trim_end().trim_end_matches(',')),
                None => {
                    failures.push(format!("{name}: the base scenario does not end with `)`"));
                    continue;
                }
            },
            (None, None) => block.text.clone(),
        };
        let loaded = scenario::load(&name, text.as_bytes());
        match block.option("expect") {
            Some(code) => {
                if !loaded.diagnostics.iter().any(|d| d.code == code) {
                    failures.push(format!(
                        "{name}: this example should produce `{code}`, but loading it gave:\n{}",
                        describe(&loaded)
                    ));
                }
            }
            None => {
                if !loaded.diagnostics.is_empty() {
                    failures.push(format!(
                        "{name}: this example should load cleanly, but:\n{}\n--- text as checked ---\n{text}",
                        describe(&loaded)
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} example(s) are wrong:\n\n{}", failures.len(), failures.join("\n\n"));
}

/// Every string literal that is a diagnostic code in the sources: the first
/// argument of `error(…)`, `warning(…)`, `warn(…)` or `new(…)`, and the JSON `"code"`.
fn codes_in(source: &str) -> Vec<String> {
    let mut codes = Vec::new();
    for opener in ["error(", "warning(", "warn(", "ExprError::new(", "\"code\":"] {
        let mut rest = source;
        while let Some(i) = rest.find(opener) {
            rest = &rest[i + opener.len()..];
            let after = rest.trim_start();
            let Some(lit) = after.strip_prefix('"') else { continue };
            let Some(end) = lit.find('"') else { continue };
            let code = &lit[..end];
            let looks_like_code =
                !code.is_empty() && code.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if looks_like_code {
                codes.push(code.to_string());
            }
        }
    }
    codes
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_diagnostic_code_is_documented() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/scenario"), &mut files);
    rust_files(&root.join("src/cli"), &mut files);
    let mut codes: Vec<String> = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .flat_map(|source| {
            // Unit tests mention codes too, but only to check them.
            let code = source.split("#[cfg(test)]").next().unwrap_or("").to_string();
            codes_in(&code)
        })
        .collect();
    codes.sort();
    codes.dedup();
    for expected in ["syntax", "unknown-name", "expr-type", "io"] {
        assert!(codes.iter().any(|c| c == expected), "the code scan missed `{expected}`; found {codes:?}");
    }
    let missing: Vec<&String> = codes.iter().filter(|c| !DOC.contains(&format!("| `{c}` |"))).collect();
    assert!(
        missing.is_empty(),
        "these diagnostic codes have no row `| `code` | …` in the table of docs/scenario-format.md: {missing:?}"
    );
}

#[test]
fn the_new_template_validates_with_no_diagnostics() {
    let loaded = scenario::load("template.ron", TEMPLATE.as_bytes());
    assert!(loaded.diagnostics.is_empty(), "{}", describe(&loaded));
    let s = loaded.scenario.expect("no diagnostics means a compiled scenario");
    assert_eq!(s.factions.iter().filter(|f| f.playable).count(), 3);
    for category in [
        harmattan::scenario::format::Category::Diplomatic,
        harmattan::scenario::format::Category::Energy,
        harmattan::scenario::format::Category::Security,
    ] {
        assert!(s.actions.iter().any(|a| a.category == category), "no {category:?} action in the template");
    }
    assert!(!s.routes.is_empty() && !s.events.is_empty() && !s.rules.is_empty());
    assert!(s.factions.iter().all(|f| !f.objectives.is_empty()));
}

#[test]
fn new_writes_a_scenario_that_validates_and_names_the_next_command() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("crisis.ron");
    let out =
        Command::cargo_bin("harmattan").expect("binary").args(["--lang", "en", "new"]).arg(&path).assert().success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(stdout.contains("harmattan validate"), "{stdout}");
    assert_eq!(std::fs::read_to_string(&path).expect("written"), TEMPLATE);
    Command::cargo_bin("harmattan").expect("binary").arg("validate").arg(&path).assert().success();
    // In French, the scenario is written in French, and a translation into
    // another language is suggested.
    let path = dir.path().join("crise.ron");
    let out =
        Command::cargo_bin("harmattan").expect("binary").args(["--lang", "fr", "new"]).arg(&path).assert().success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(stdout.contains("aussi en arabe") && stdout.contains("--translation ar"), "{stdout}");
    assert_eq!(std::fs::read_to_string(&path).expect("written"), template(Lang::Fr));
    Command::cargo_bin("harmattan").expect("binary").arg("validate").arg(&path).assert().success();
}

#[test]
fn new_refuses_to_overwrite_an_existing_file() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("mine.ron");
    std::fs::write(&path, "my precious scenario").expect("write");
    let out = Command::cargo_bin("harmattan").expect("binary").arg("new").arg(&path).assert().code(1);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains("already exists"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&path).expect("still there"), "my precious scenario");
}
