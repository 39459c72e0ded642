//! Scenarios: the RON format, loading, validation with located diagnostics,
//! and the compiled form the engine plays.
//!
//! Pipeline: bytes → text (UTF-8, BOM and CRLF normalised) → RON parse into
//! [`format::ScenarioFile`] → semantic validation → [`Scenario`].

pub mod diagnostic;
pub mod expr;
pub mod format;
pub mod locate;
pub mod model;
pub mod template;
pub mod validate;

pub use diagnostic::{Diagnostic, FileDiagnostic, Severity};
pub use model::Scenario;

use diagnostic::{closest, offset_of};

/// Largest scenario file accepted, in bytes.
pub const MAX_FILE_SIZE: usize = 16 * 1024 * 1024;
/// Deepest RON nesting accepted.
pub const MAX_NESTING: usize = 64;

/// The tutorial scenario, shipped inside the binary.
pub const TUTORIAL: &str = include_str!("../../scenarios/tutorial.ron");
/// File name shown for the embedded default scenario.
pub const DEFAULT_NAME: &str = "scenarios/tutorial.ron";
/// The scenario `harmattan` plays when none is named.
pub const DEFAULT: &str = TUTORIAL;

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
}

impl Loaded {
    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// The diagnostics paired with their file, ready to render.
    pub fn file_diagnostics(&self) -> impl Iterator<Item = FileDiagnostic<'_>> {
        self.diagnostics.iter().map(|d| FileDiagnostic { file: &self.name, source: &self.source, diagnostic: d })
    }
}

/// Loads the embedded default scenario (which always validates; a test pins it).
pub fn load_default() -> Loaded {
    load(DEFAULT_NAME, DEFAULT.as_bytes())
}

/// Loads a scenario from bytes. Never panics, whatever the bytes.
pub fn load(name: &str, bytes: &[u8]) -> Loaded {
    let fail =
        |source: String, d: Diagnostic| Loaded { name: name.to_string(), source, diagnostics: vec![d], scenario: None };
    if bytes.len() > MAX_FILE_SIZE {
        return fail(
            String::new(),
            Diagnostic::error(
                "file-too-large",
                None,
                format!("the file is {} bytes; the limit is {MAX_FILE_SIZE}", bytes.len()),
            )
            .with_help("a scenario this large is almost certainly not a scenario file"),
        );
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let good = String::from_utf8_lossy(&bytes[..e.valid_up_to()]).into_owned();
            let at = good.len();
            let mut source = good;
            source.push_str(&String::from_utf8_lossy(&bytes[e.valid_up_to()..]));
            return fail(
                source,
                Diagnostic::error("not-utf8", Some(at..at + 1), "the file is not valid UTF-8 text")
                    .with_help("save the file as UTF-8 (in Notepad: Save As → Encoding: UTF-8)"),
            );
        }
    };
    let source = normalise(text);
    if source.trim().is_empty() {
        return fail(
            source,
            Diagnostic::error("empty-file", None, "the file is empty")
                .with_help("run `harmattan new FILE` to write a starter scenario"),
        );
    }
    let options = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(MAX_NESTING);
    let file: format::ScenarioFile = match options.from_str(&source) {
        Ok(f) => f,
        Err(e) => {
            let d = ron_diagnostic(&source, &e);
            return fail(source, d);
        }
    };
    let map = locate::SourceMap::build(&source);
    let (scenario, mut diagnostics) = validate::check(&file, &source, &map);
    diagnostics.sort_by_key(|d| d.span.as_ref().map_or(0, |s| s.start));
    Loaded { name: name.to_string(), source, diagnostics, scenario }
}

/// Strips a UTF-8 byte-order mark and turns CRLF line endings into LF, so a
/// file saved by Notepad loads exactly like the same file saved elsewhere.
pub fn normalise(text: &str) -> String {
    text.strip_prefix('\u{feff}').unwrap_or(text).replace("\r\n", "\n")
}

/// Turns a RON error into a located diagnostic with advice.
fn ron_diagnostic(source: &str, e: &ron::error::SpannedError) -> Diagnostic {
    use ron::error::Error as E;
    let start = offset_of(source, e.span.start.line, e.span.start.col);
    let end = offset_of(source, e.span.end.line, e.span.end.col).max(start);
    let span = Some(start..end.max(start + 1).min(source.len().max(start)));
    let field_in = |outer: &Option<String>| outer.as_ref().map(|o| format!(" in `{o}`")).unwrap_or_default();
    match &e.code {
        E::NoSuchStructField { expected, found, outer } => {
            let d = Diagnostic::error("unknown-field", span, format!("unknown field `{found}`{}", field_in(outer)));
            match closest(found, expected.iter().copied()) {
                Some(best) => d.with_help(format!("did you mean `{best}`?")),
                None => d.with_help(format!("allowed fields: {}", expected.join(", "))),
            }
        }
        E::MissingStructField { field, outer } => {
            Diagnostic::error("missing-field", span, format!("missing field `{field}`{}", field_in(outer)))
                .with_help(format!("add `{field}: …`; docs/scenario-format.md lists every field"))
        }
        E::DuplicateStructField { field, outer } => {
            Diagnostic::error("duplicate-field", span, format!("field `{field}` is given twice{}", field_in(outer)))
                .with_help("remove one of them")
        }
        E::NoSuchEnumVariant { expected, found, outer } => {
            let d = Diagnostic::error("unknown-variant", span, format!("unknown value `{found}`{}", field_in(outer)));
            match closest(found, expected.iter().copied()) {
                Some(best) => d.with_help(format!("did you mean `{best}`?")),
                None => d.with_help(format!("expected one of: {}", expected.join(", "))),
            }
        }
        E::InvalidValueForType { expected, found } => {
            Diagnostic::error("wrong-type", span, format!("expected {expected}, found {found}"))
                .with_help(type_help(expected))
        }
        E::ExpectedString | E::ExpectedStringEnd => {
            Diagnostic::error("wrong-type", span, "expected a string in double quotes")
                .with_help("text goes in double quotes, e.g. \"Gao\"")
        }
        E::ExpectedInteger | E::IntegerOutOfBounds => Diagnostic::error("wrong-type", span, "expected a whole number")
            .with_help("values are whole numbers such as 42 or -5"),
        E::ExpectedBoolean => Diagnostic::error("wrong-type", span, "expected `true` or `false`"),
        E::ExpectedArray => Diagnostic::error("wrong-type", span, "expected a list in `[ ]`")
            .with_help("write e.g. `[\"mali\", \"niger\"]`"),
        E::ExpectedMap => Diagnostic::error("wrong-type", span, "expected a map in `{ }`")
            .with_help("write e.g. `{\"treasury\": 50}`"),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => {
            Diagnostic::error("wrong-type", span, "expected a `( … )` block of fields")
                .with_help("write e.g. `(id: \"x\", name: \"X\")`")
        }
        E::ExceededRecursionLimit => {
            Diagnostic::error("too-deep", span, format!("the file is nested more than {MAX_NESTING} levels deep"))
                .with_help("a scenario never needs this much nesting; check for unbalanced brackets")
        }
        E::Eof => Diagnostic::error("syntax", span, "the file ends too early")
            .with_help("a closing `)`, `]` or `}` or a value is missing"),
        E::ExpectedComma => Diagnostic::error("syntax", span, "expected a comma")
            .with_help("separate fields and list items with commas"),
        E::TrailingCharacters => Diagnostic::error("syntax", span, "unexpected text after the end of the scenario")
            .with_help("the whole scenario is one `Scenario( … )` block; check for an extra `)`"),
        E::ExpectedDifferentStructName { expected, found } => {
            Diagnostic::error("wrong-type", span, format!("expected `{expected}( … )`, found `{found}( … )`"))
                .with_help(format!("write `{expected}(` here, or leave the name out and write just `(`"))
        }
        E::UnclosedBlockComment => {
            Diagnostic::error("syntax", span, "a `/*` comment is never closed").with_help("add `*/`")
        }
        other => Diagnostic::error("syntax", span, sentence(&other.to_string()))
            .with_help("check the brackets, quotes and commas around this place"),
    }
}

fn type_help(expected: &str) -> String {
    if expected.contains("string") {
        "text goes in double quotes, e.g. \"Gao\"".into()
    } else if expected.contains("integer") || expected.contains("i64") || expected.contains("u32") {
        "write a whole number such as 42".into()
    } else if expected.contains("bool") {
        "write `true` or `false`".into()
    } else {
        "docs/scenario-format.md shows the type of every field".into()
    }
}

fn sentence(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}
