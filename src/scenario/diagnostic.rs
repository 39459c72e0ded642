//! Problems found in a scenario file, with their place in the source and a
//! plain-language explanation, rendered for people (miette) or tools (JSON).

use std::fmt::Write as _;
use std::ops::Range;

use serde::Serialize;

/// How serious a problem is: errors stop a scenario from loading, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The scenario is still usable.
    Warning,
    /// The scenario cannot be played until this is fixed.
    Error,
}

/// One problem in one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// A short stable code, e.g. `unknown-name`, documented in docs/scenario-format.md.
    pub code: &'static str,
    /// What is wrong, in plain words.
    pub message: String,
    /// How to fix it, when we can say.
    pub help: Option<String>,
    /// Byte range in the (normalised) source text, when the problem has a place.
    pub span: Option<Range<usize>>,
}

impl Diagnostic {
    /// An error with a place in the source.
    pub fn error(code: &'static str, span: Option<Range<usize>>, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Error, code, message: message.into(), help: None, span }
    }

    /// A warning with a place in the source.
    pub fn warning(code: &'static str, span: Option<Range<usize>>, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, code, message: message.into(), help: None, span }
    }

    /// Adds a help line.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Adds a "did you mean" help line when a close candidate exists.
    pub fn with_suggestion<'a>(self, wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Self {
        match closest(wrong, candidates) {
            Some(best) => self.with_help(format!("did you mean `{best}`?")),
            None => self,
        }
    }

    /// Whether this problem stops the scenario from loading.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The candidate closest to `wrong`, if any is close enough to be a likely typo.
pub fn closest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wrong_lower = wrong.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(&wrong_lower, &c.to_lowercase()), c))
        .filter(|(d, c)| *d <= (c.chars().count().max(wrong.chars().count()) / 3).max(1) + 1)
        .min_by_key(|(d, c)| (*d, *c))
        .map(|(_, c)| c)
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(source, offset.min(source.len()));
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = source[line_start..offset].chars().count() + 1;
    (line, col)
}

/// Byte offset of a 1-based line and character column (clamped to the text).
pub fn offset_of(source: &str, line: usize, col: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match source[start..].find('\n') {
            Some(i) => start += i + 1,
            None => return source.len(),
        }
    }
    let line_end = source[start..].find('\n').map_or(source.len(), |i| start + i);
    source[start..line_end].char_indices().nth(col.saturating_sub(1)).map_or(line_end, |(i, _)| start + i)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A diagnostic with the file it belongs to, ready to print.
#[derive(Debug, Clone)]
pub struct FileDiagnostic<'a> {
    /// The file name as the user gave it.
    pub file: &'a str,
    /// The normalised source text the spans refer to.
    pub source: &'a str,
    /// The problem.
    pub diagnostic: &'a Diagnostic,
}

impl FileDiagnostic<'_> {
    /// `file:line:col` of the problem (`file` alone when it has no place).
    pub fn location(&self) -> String {
        match &self.diagnostic.span {
            Some(span) => {
                let (line, col) = line_col(self.source, span.start);
                format!("{}:{line}:{col}", self.file)
            }
            None => self.file.to_string(),
        }
    }

    /// Renders the problem with the offending line and a caret, as a person reads it.
    pub fn render(&self, colour: bool) -> String {
        let d = self.diagnostic;
        let report = MietteReport {
            message: format!("{}: {}", self.location(), d.message),
            code: d.code,
            severity: d.severity,
            help: d.help.clone(),
            source: miette::NamedSource::new(self.file, self.source.to_string()),
            span: d.span.clone().map(|s| {
                let start = floor_char_boundary(self.source, s.start.min(self.source.len()));
                // Underline at most the rest of the first line.
                let line_end = self.source[start..].find('\n').map_or(self.source.len(), |i| start + i);
                let end = floor_char_boundary(self.source, s.end.clamp(start, line_end));
                miette::SourceSpan::from(start..end.max(start))
            }),
        };
        let theme = if colour { miette::GraphicalTheme::unicode() } else { miette::GraphicalTheme::unicode_nocolor() };
        let handler = miette::GraphicalReportHandler::new_themed(theme).with_context_lines(1).with_width(100);
        let mut out = String::new();
        if handler.render_report(&mut out, &report).is_err() {
            // Rendering only fails on a formatter error; fall back to one plain line.
            out.clear();
            let _ = write!(out, "{}: {}: {}", self.location(), d.code, d.message);
        }
        out
    }

    /// The machine-readable form used by `validate --format json`.
    pub fn to_json(&self) -> serde_json::Value {
        let d = self.diagnostic;
        let (start, end) = match &d.span {
            Some(span) => (Some(line_col(self.source, span.start)), Some(line_col(self.source, span.end))),
            None => (None, None),
        };
        serde_json::json!({
            "file": self.file,
            "line": start.map(|p| p.0),
            "column": start.map(|p| p.1),
            "end_line": end.map(|p| p.0),
            "end_column": end.map(|p| p.1),
            "severity": d.severity,
            "code": d.code,
            "message": d.message,
            "help": d.help,
        })
    }
}

#[derive(Debug)]
struct MietteReport {
    message: String,
    code: &'static str,
    severity: Severity,
    help: Option<String>,
    source: miette::NamedSource<String>,
    span: Option<miette::SourceSpan>,
}

impl std::fmt::Display for MietteReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for MietteReport {}

impl miette::Diagnostic for MietteReport {
    fn code<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        Some(Box::new(self.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        self.help.as_ref().map(|h| Box::new(h) as Box<dyn std::fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.span.map(|_| &self.source as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        self.span
            .map(|s| Box::new(std::iter::once(miette::LabeledSpan::new_with_span(Some("here".into()), s))) as Box<_>)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let src = "a\nén x";
        let x = src.find('x').unwrap();
        assert_eq!(line_col(src, x), (2, 4));
        assert_eq!(offset_of(src, 2, 4), x);
    }

    #[test]
    fn closest_suggests_typos_but_not_strangers() {
        assert_eq!(closest("gao2", ["gao", "kidal"]), Some("gao"));
        assert_eq!(closest("timbuktoo", ["gao", "timbuktu"]), Some("timbuktu"));
        assert_eq!(closest("zzzzzz", ["gao", "kidal"]), None);
    }
}
