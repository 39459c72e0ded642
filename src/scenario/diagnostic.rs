//! Problems found in a scenario file, with their place in the source and a
//! plain-language explanation, rendered for people (miette) or tools (JSON).

use std::fmt::Write as _;
use std::ops::Range;

use serde::Serialize;

use crate::i18n::Lang;
use crate::text::{clip, printable};
use crate::tr;

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

    /// Adds a "did you mean" help line, in `lang`, when a close candidate exists.
    pub fn with_suggestion<'a>(self, lang: Lang, wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Self {
        match closest(wrong, candidates) {
            Some(best) => self.with_help(tr!(lang, "diag-did-you-mean", name = best)),
            None => self,
        }
    }

    /// Whether this problem stops the scenario from loading.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The candidate closest to `wrong`, if any is close enough to be a likely typo.
///
/// The work is bounded: a name longer than any id
/// ([`limits::ID_LEN`](crate::scenario::validate::limits::ID_LEN)) is no
/// typo of one; a candidate too different in length or letters is skipped
/// before the edit distance is measured (the distance is at least either
/// difference, so no suggestion changes); and inside
/// [`with_suggestion_budget`] the search gives up, suggesting nothing, once
/// the budget is spent.
pub fn closest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wrong_chars = wrong.chars().count();
    if wrong_chars > crate::scenario::validate::limits::ID_LEN {
        return None;
    }
    let wrong_lower = wrong.to_lowercase();
    let wrong_lower_chars = wrong_lower.chars().count();
    let mut best: Option<(usize, &'a str)> = None;
    for c in candidates {
        let c_chars = c.chars().count();
        if !spend(c_chars + 1) {
            return None;
        }
        let allowed = (c_chars.max(wrong_chars) / 3).max(1) + 1;
        let c_lower = if c.is_ascii() { None } else { Some(c.to_lowercase()) };
        let c_lower_chars = c_lower.as_ref().map_or(c_chars, |l| l.chars().count());
        if c_lower_chars.abs_diff(wrong_lower_chars) > allowed {
            continue;
        }
        if c_lower.is_none() && wrong_lower.is_ascii() {
            if !spend(c_chars + wrong_chars) {
                return None;
            }
            if ascii_bag_distance(&wrong_lower, c) > allowed {
                continue;
            }
        }
        if !spend(c_lower_chars * wrong_lower_chars) {
            return None;
        }
        let c_lower = c_lower.unwrap_or_else(|| c.to_ascii_lowercase());
        let d = strsim::damerau_levenshtein(&wrong_lower, &c_lower);
        if d <= allowed && best.is_none_or(|b| (d, c) < b) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
}

thread_local! {
    /// Work left for suggestion searches on this thread; `None`: no budget is set.
    static SUGGESTION_WORK: std::cell::Cell<Option<usize>> = const { std::cell::Cell::new(None) };
}

/// Runs `f` with at most `work` character comparisons for all the "did you
/// mean" searches ([`closest`]) it makes on this thread, so that a file full
/// of unknown names costs that much, not every name times every id.
pub fn with_suggestion_budget<R>(work: u64, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<usize>);
    impl Drop for Restore {
        fn drop(&mut self) {
            SUGGESTION_WORK.set(self.0);
        }
    }
    let _restore = Restore(SUGGESTION_WORK.replace(Some(usize::try_from(work).unwrap_or(usize::MAX))));
    f()
}

/// Takes `work` from the suggestion budget; false, and the budget empty, when it cannot pay.
fn spend(work: usize) -> bool {
    match SUGGESTION_WORK.get() {
        None => true,
        Some(left) if left >= work => {
            SUGGESTION_WORK.set(Some(left - work));
            true
        }
        Some(_) => {
            SUGGESTION_WORK.set(Some(0));
            false
        }
    }
}

/// How many letters of one ASCII word the other lacks (the larger count, case
/// ignored): no edit turns one into the other in fewer steps.
fn ascii_bag_distance(a: &str, b: &str) -> usize {
    let mut diff = [0i32; 128];
    for x in a.bytes() {
        if let Some(d) = diff.get_mut(usize::from(x.to_ascii_lowercase())) {
            *d += 1;
        }
    }
    for y in b.bytes() {
        if let Some(d) = diff.get_mut(usize::from(y.to_ascii_lowercase())) {
            *d -= 1;
        }
    }
    let more: u32 = diff.iter().filter(|&&d| d > 0).map(|d| d.unsigned_abs()).sum();
    let fewer: u32 = diff.iter().filter(|&&d| d < 0).map(|d| d.unsigned_abs()).sum();
    more.max(fewer) as usize
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
    /// The language of the labels around it (the message is written already).
    pub lang: Lang,
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

    /// Renders the problem with the offending line and a caret, as a person
    /// reads it. The source shown is a window around the caret (a line of a
    /// megabyte shows as a few dozen characters), and every text from the
    /// file is made printable: nothing in a scenario reaches the terminal raw.
    pub fn render(&self, colour: bool) -> String {
        let d = self.diagnostic;
        let snippet = d.span.as_ref().map(|span| Snippet::around(self.file, self.source, span));
        let report = MietteReport {
            message: format!("{}: {}", self.location(), shown(&d.message)),
            code: d.code,
            severity: d.severity,
            help: d.help.as_deref().map(shown),
            span: snippet.as_ref().map(|s| s.label),
            snippet,
            here: tr!(self.lang, "diag-label-here"),
        };
        let theme = if colour { miette::GraphicalTheme::unicode() } else { miette::GraphicalTheme::unicode_nocolor() };
        let handler = miette::GraphicalReportHandler::new_themed(theme).with_context_lines(1).with_width(100);
        let mut out = String::new();
        if handler.render_report(&mut out, &report).is_err() {
            // Rendering only fails on a formatter error; fall back to one plain line.
            out.clear();
            let _ = write!(out, "{}: {}: {}", self.location(), d.code, shown(&d.message));
        }
        if self.lang != Lang::En && d.help.is_some() {
            out = relabel_help(&out, &tr!(self.lang, "diag-label-help"));
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
            "message": clip(&d.message, MAX_MESSAGE),
            "help": d.help.as_deref().map(|h| clip(h, MAX_MESSAGE)),
        })
    }
}

/// miette writes `help:` in English before the help line: this puts
/// `label` (`aide :`) in its place, and indents the lines the help wraps
/// onto to match.
fn relabel_help(rendered: &str, label: &str) -> String {
    const ENGLISH: &str = "  help: ";
    let Some(at) = rendered.rfind(ENGLISH) else { return rendered.to_string() };
    let (before, help) = rendered.split_at(at);
    let width = label.chars().count() + 3;
    let mut out = String::from(before);
    for (i, line) in help.lines().enumerate() {
        if i == 0 {
            out.push_str(&format!("  {label} {}", &line[ENGLISH.len()..]));
        } else {
            out.push('\n');
            out.push_str(&" ".repeat(width));
            out.push_str(line.trim_start());
        }
    }
    if help.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// Longest message or help shown, in characters (a message may quote a long name from the file).
pub const MAX_MESSAGE: usize = 400;

/// Characters of a long source line shown around the caret.
const WINDOW: usize = 72;

/// A message or help line as shown on a terminal: printable and bounded.
fn shown(text: &str) -> String {
    clip(&printable(text), MAX_MESSAGE).into_owned()
}

/// The few source lines shown under a problem: the line with the caret and
/// one on each side, each cut to a window around the caret's column, with
/// the real line and column numbers.
#[derive(Debug)]
struct Snippet {
    name: String,
    text: String,
    /// 0-based number of the first line shown.
    first_line: usize,
    /// 0-based line and character column of the caret in the file.
    at: (usize, usize),
    /// The caret's span within `text`.
    label: miette::SourceSpan,
}

impl Snippet {
    fn around(file: &str, source: &str, span: &Range<usize>) -> Snippet {
        let start = floor_char_boundary(source, span.start.min(source.len()));
        let (line, col) = line_col(source, start);
        let (line, col) = (line - 1, col - 1);
        let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = source[start..].find('\n').map_or(source.len(), |i| start + i);
        // Underline at most the rest of the caret's line.
        let end = floor_char_boundary(source, span.end.clamp(start, line_end));
        let width = source[start..end].chars().count();
        let from = col.saturating_sub(WINDOW / 3);
        let mut text = String::new();
        let mut first_line = line;
        if line_start > 0 {
            let prev_start = source[..line_start - 1].rfind('\n').map_or(0, |i| i + 1);
            window(&mut text, &source[prev_start..line_start - 1], from);
            text.push('\n');
            first_line -= 1;
        }
        let shown_start = text.len();
        window(&mut text, &source[line_start..line_end], from);
        let shown = &text[shown_start..];
        // Characters before the caret in the window (the leading `…` is one).
        let skip = col - from + usize::from(from > 0);
        let byte_at = |n: usize| shown.char_indices().nth(n).map_or(shown.len(), |(i, _)| i);
        let (at, stop) = (byte_at(skip), byte_at(skip + width));
        let label = (shown_start + at, stop.saturating_sub(at)).into();
        if line_end < source.len() {
            let next_start = line_end + 1;
            let next_end = source[next_start..].find('\n').map_or(source.len(), |i| next_start + i);
            text.push('\n');
            window(&mut text, &source[next_start..next_end], from);
        }
        Snippet { name: printable(file).into_owned(), text, first_line, at: (line, col), label }
    }
}

/// Writes the characters of `line` from character `from` on, at most
/// [`WINDOW`] of them, with `…` where it is cut and every unsafe character
/// shown as `�`.
fn window(out: &mut String, line: &str, from: usize) {
    if from > 0 {
        out.push('…');
    }
    let mut chars = line.chars().skip(from);
    for c in chars.by_ref().take(WINDOW) {
        out.push(if crate::text::is_unsafe(c) { '\u{fffd}' } else { c });
    }
    if chars.next().is_some() {
        out.push('…');
    }
}

impl miette::SourceCode for Snippet {
    fn read_span<'a>(
        &'a self,
        _span: &miette::SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        // The caret's own place (asked with no context) gives the header's line:column.
        let (line, col) = if before == 0 && after == 0 { self.at } else { (self.first_line, 0) };
        let lines = self.text.matches('\n').count() + 1;
        Ok(Box::new(miette::MietteSpanContents::new_named(
            self.name.clone(),
            self.text.as_bytes(),
            (0, self.text.len()).into(),
            line,
            col,
            lines,
        )))
    }
}

#[derive(Debug)]
struct MietteReport {
    message: String,
    code: &'static str,
    severity: Severity,
    help: Option<String>,
    snippet: Option<Snippet>,
    span: Option<miette::SourceSpan>,
    /// The caret's label.
    here: String,
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
        self.snippet.as_ref().map(|s| s as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        self.span.map(|s| {
            Box::new(std::iter::once(miette::LabeledSpan::new_with_span(Some(self.here.clone()), s))) as Box<_>
        })
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn every_column_counts_characters_even_after_multi_byte_text() {
        let source = "line one\n    name: \"Gao – Ménaka “north”\", controller: \"malli\",\nlast\n";
        let start = source.find("\"malli\"").expect("the mistake");
        let d = Diagnostic::error("unknown-name", Some(start..start + 7), "unknown faction `malli`");
        let fd = FileDiagnostic { file: "f.ron", source, diagnostic: &d, lang: Lang::En };
        // `    name: "Gao – Ménaka “north”", controller: ` is 46 characters (and 53 bytes).
        assert_eq!(fd.location(), "f.ron:2:47");
        let json = fd.to_json();
        assert_eq!((json["line"].as_u64(), json["column"].as_u64()), (Some(2), Some(47)));
        let shown = fd.render(false);
        assert!(shown.contains("f.ron:2:47: unknown faction") && shown.contains("[f.ron:2:47]"), "{shown}");
        // The caret sits under the opening quote: as many characters in as the column says.
        let line = shown.lines().find(|l| l.contains("controller")).expect("the line shown");
        let caret = shown.lines().find(|l| l.contains('┬')).expect("the caret");
        let under = caret.chars().position(|c| c == '─');
        let quote = line.find("\"malli").map(|b| line[..b].chars().count());
        assert_eq!(under, quote, "{shown}");
    }

    use super::*;

    #[test]
    fn a_diagnostic_in_french_has_french_labels_and_its_help_lines_aligned() {
        let source = "a\nb: \"x\"\n";
        let help = "une aide assez longue pour tenir sur deux lignes, ".repeat(3);
        let d = Diagnostic::error("bad", Some(5..8), "un message").with_help(help.trim_end());
        let shown = FileDiagnostic { file: "f.ron", source, diagnostic: &d, lang: Lang::Fr }.render(false);
        assert!(shown.contains("╰── ici"), "{shown}");
        let lines: Vec<&str> = shown.lines().skip_while(|l| !l.contains("aide")).collect();
        assert!(lines.first().is_some_and(|l| l.starts_with("  aide\u{202f}: une aide")), "{shown}");
        assert!(
            lines.len() > 1 && lines[1..].iter().all(|l| l.starts_with("         ") && !l.starts_with("          "))
        );
        let english = FileDiagnostic { file: "f.ron", source, diagnostic: &d, lang: Lang::En }.render(false);
        assert!(english.contains("  help: une aide") && english.contains("╰── here"), "{english}");
    }

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
