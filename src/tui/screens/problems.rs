//! The diagnostics of a scenario that does not validate, as the modder needs them:
//! the place, the message, the offending line cut to the screen's width so the
//! caret stays under the spot, and the fix.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::i18n::Lang;
use crate::scenario::diagnostic::line_col;
use crate::scenario::{FileDiagnostic, Severity};
use crate::tr;
use crate::tui::app::{App, Hit};
use crate::tui::theme::Theme;
use crate::tui::view::{Wrapped, cells, scrolling_in};

/// Draws every problem of a catalog entry.
pub fn render(app: &App, entry: usize, scroll: u16, frame: &mut Frame, area: Rect, hits: &mut Vec<Hit>) {
    let Some(e) = app.catalog.get(entry) else { return };
    let (t, lang) = (app.theme, app.lang);
    let width = usize::from(area.width.saturating_sub(2));
    let mut lines = Vec::new();
    for d in e.loaded.file_diagnostics() {
        lines.extend(diagnostic_lines(lang, t, &d, width));
        lines.push(Line::raw(""));
    }
    let errors = e.loaded.diagnostics.iter().filter(|d| d.is_error()).count();
    let title = format!(" {} ", tr!(lang, "screen-problems-title", file = e.name.as_str(), count = errors));
    scrolling_in(lang, frame, area, title, Wrapped::new(lines, false), scroll, hits);
}

/// One diagnostic in lines no wider than `width` (the message and help may wrap; the source never does).
fn diagnostic_lines(lang: Lang, t: Theme, d: &FileDiagnostic, width: usize) -> Vec<Line<'static>> {
    let diag = d.diagnostic;
    let (mark, style) = match diag.severity {
        Severity::Error => (format!("✗ {}", tr!(lang, "screen-problems-error")), t.bad()),
        Severity::Warning => (format!("⚠ {}", tr!(lang, "screen-problems-warning")), t.warn()),
    };
    let mut lines = vec![Line::from(vec![
        Span::styled(format!("{mark} "), style),
        Span::styled(d.location(), t.title()),
        Span::styled(format!("  [{}]", diag.code), t.dim()),
    ])];
    lines.push(Line::raw(format!("  {}", diag.message)));
    if let Some(span) = &diag.span {
        let start = span.start.min(d.source.len());
        let (line_no, col) = line_col(d.source, start);
        if let Some(source_line) = d.source.lines().nth(line_no - 1) {
            let chars: Vec<char> = source_line.chars().collect();
            let col = (col - 1).min(chars.len());
            let len = d.source[start..]
                .chars()
                .take_while(|c| *c != '\n')
                .take(span.end.saturating_sub(span.start).max(1))
                .count()
                .clamp(1, chars.len().saturating_sub(col).max(1));
            let gutter = format!("  {line_no} │ ");
            let room = width.saturating_sub(cells(&gutter)).max(10);
            let (shown, caret_at) = window(&chars, col, room);
            lines.push(Line::from(vec![Span::styled(gutter.clone(), t.dim()), Span::raw(shown)]));
            let pad = " ".repeat(cells(&gutter) - 2);
            let caret = "^".repeat(len.min(room.saturating_sub(caret_at)).max(1));
            lines.push(Line::from(vec![
                Span::styled(format!("{pad}│ "), t.dim()),
                Span::raw(" ".repeat(caret_at)),
                Span::styled(caret, style),
            ]));
        }
    }
    if let Some(help) = &diag.help {
        let label = format!("  {} ", tr!(lang, "screen-problems-help"));
        lines.push(Line::from(vec![Span::styled(label, t.good()), Span::raw(help.clone())]));
    }
    lines
}

/// The part of a source line that fits in `room` columns with column `col` in view:
/// the text (with `…` where it was cut) and the column of `col` within it.
fn window(chars: &[char], col: usize, room: usize) -> (String, usize) {
    let width = |cs: &[char]| cs.iter().map(|c| unicode_width::UnicodeWidthChar::width(*c).unwrap_or(0)).sum::<usize>();
    let trimmed = chars.iter().take_while(|c| c.is_whitespace()).count().min(col);
    let chars = &chars[trimmed..];
    let col = col - trimmed;
    if width(chars) <= room {
        return (chars.iter().collect(), width(&chars[..col]));
    }
    // Keep a third of the room before the spot, as far as the line allows.
    let mut first = col;
    while first > 0 && width(&chars[first - 1..col]) < room / 3 {
        first -= 1;
    }
    let lead = if first > 0 { "…" } else { "" };
    let mut text: String = lead.to_string();
    let mut used = cells(lead);
    let mut last = first;
    while last < chars.len() && used + width(&chars[last..=last]) < room {
        text.push(chars[last]);
        used += width(&chars[last..=last]);
        last += 1;
    }
    if last < chars.len() {
        text.push('…');
    }
    (text, cells(lead) + width(&chars[first..col]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_caret_column_stays_on_the_spot_when_a_long_line_is_cut() {
        let line: Vec<char> = format!("{}goa.fuel{}", "x".repeat(100), "y".repeat(100)).chars().collect();
        let (text, at) = window(&line, 100, 40);
        assert!(cells(&text) <= 40, "{text}");
        assert!(text.chars().skip(at).collect::<String>().starts_with("goa.fuel"), "{text} at {at}");
        assert_eq!(window(&"  short".chars().collect::<Vec<_>>(), 2, 40), ("short".to_string(), 0));
    }
}
