//! How the commands' text is sent out. Most terminals neither join Arabic
//! letters nor put right-to-left lines in order, so with `--bidi app` (the
//! default) each line with Arabic in it goes to a terminal joined and in
//! visual order, as the screens are drawn
//! ([`visual_line`](harmattan::tui::bidi::visual_line)). To a file or a
//! pipe, or with `--bidi terminal`, text goes as written (logical order):
//! editors, browsers and bidi-capable terminals order it themselves, and
//! ordering twice garbles it.

use std::borrow::Cow;
use std::io::{IsTerminal, Write as _};

use harmattan::i18n::Direction;
use harmattan::tui::bidi::{Bidi, visual_line};
use unicode_width::UnicodeWidthStr;

/// `text` as it is sent: as written with `None`; with `Some(width)`, each
/// line in visual order for a reader of a language written in direction
/// `dir`; a line with right-to-left text is cut first at spaces to fit
/// `width` columns (a terminal would cut it itself, and the line would then
/// read its end first).
pub fn arrange(text: &str, dir: Direction, visual: Option<usize>) -> Cow<'_, str> {
    let Some(width) = visual.filter(|_| !text.is_ascii()) else { return Cow::Borrowed(text) };
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let (body, end) = line.strip_suffix('\n').map_or((line, ""), |body| (body, "\n"));
        let whole = visual_line(body, dir);
        // A line with nothing to order is left for the terminal to cut.
        let cut = if whole == body { Vec::new() } else { wrap(body, width) };
        if cut.len() < 2 {
            out.push_str(&whole);
            out.push_str(end);
            continue;
        }
        for (i, part) in cut.iter().enumerate() {
            out.push_str(&visual_line(part, dir));
            out.push_str(if i + 1 < cut.len() { "\n" } else { end });
        }
    }
    Cow::Owned(out)
}

/// `line` cut at spaces into lines of at most `width` columns (a word
/// longer than that stays whole). The lines after the first start under
/// its last column (the text after its last gap of two spaces or more, as
/// in `--help`), or under its first word when that column is far right.
fn wrap(line: &str, width: usize) -> Vec<Cow<'_, str>> {
    if line.width() <= width || !line.contains(' ') {
        return vec![Cow::Borrowed(line)];
    }
    let leading = line.len() - line.trim_start_matches(' ').len();
    let column = line
        .trim_end()
        .rfind("  ")
        .map_or(leading, |gap| gap + line[gap..].len() - line[gap..].trim_start_matches(' ').len());
    let column = if line[..column].width() > width / 2 { leading } else { column };
    let indent = " ".repeat(line[..column].width());
    let mut lines = Vec::new();
    let mut current = line[..column].to_string();
    let mut words_on_line = 0;
    for word in line[column..].split(' ').filter(|w| !w.is_empty()) {
        if words_on_line > 0 && current.width() + 1 + word.width() > width {
            lines.push(Cow::Owned(std::mem::replace(&mut current, indent.clone())));
            words_on_line = 0;
        }
        if words_on_line > 0 {
            current.push(' ');
        }
        current.push_str(word);
        words_on_line += 1;
    }
    lines.push(Cow::Owned(current));
    lines
}

/// How text for a stream that `is_terminal` is sent in this run: in visual
/// order, fitted to the terminal's width (`Some`), or as written (`None`).
pub fn visual(is_terminal: bool) -> Option<usize> {
    (is_terminal && crate::bidi() == Bidi::App)
        .then(|| ratatui::crossterm::terminal::size().map_or(usize::MAX, |(columns, _)| usize::from(columns.max(20))))
}

/// `text` as it goes to the standard output in this run.
pub fn for_stdout(text: &str) -> Cow<'_, str> {
    arrange(text, crate::lang().dir(), visual(std::io::stdout().is_terminal()))
}

/// Prints `text` (whole lines) on the standard output.
pub fn print(text: &str) {
    print!("{}", for_stdout(text));
}

/// Prints one line on the standard output, ordered as [`for_stdout`] says.
/// A closed output (`| head`) is not an error worth a panic.
pub fn print_line(text: &str) {
    let _ = writeln!(std::io::stdout(), "{}", for_stdout(text));
}

/// Prints one line on the standard error, ordered for it as [`for_stdout`]
/// orders the standard output.
pub fn eprint_line(text: &str) {
    let arranged = arrange(text, crate::lang().dir(), visual(std::io::stderr().is_terminal()));
    let _ = writeln!(std::io::stderr(), "{arranged}");
}

/// Prints text meant to be read (Markdown, a summary; not HTML or JSON, whose
/// lines are not sentences) as [`emit`](super::emit) does: to the standard
/// output, ordered there as [`for_stdout`] says, or as written to `output`.
pub fn emit_text(output: Option<&str>, text: &str) -> std::process::ExitCode {
    match output {
        None => super::emit(None, &for_stdout(text)),
        Some(_) => super::emit(output, text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_ordered_one_by_one_only_when_asked() {
        let text = "Harmattan\n-40 مالي\n\nend";
        let mali = "\u{FEF2}\u{FEDF}\u{FE8E}\u{FEE3}";
        assert_eq!(arrange(text, Direction::Rtl, Some(80)), format!("Harmattan\n{mali} -40\n\nend"));
        assert_eq!(arrange(text, Direction::Rtl, None), text);
        assert!(matches!(arrange("plain\n", Direction::Rtl, Some(80)), Cow::Borrowed(_)));
    }

    #[test]
    fn a_long_line_is_cut_under_its_last_column_before_it_is_ordered() {
        let line = "  --x  one two three four";
        assert_eq!(wrap(line, 18), ["  --x  one two", "       three four"]);
        assert_eq!(wrap("short", 3), ["short"]);
        // A column too far right: the rest goes under the first word.
        assert_eq!(wrap("a long heading      b c", 12), ["a long", "heading b c"]);
        let mali = "\u{FEF2}\u{FEDF}\u{FE8E}\u{FEE3}";
        let text = arrange("  --x  مالي مالي\n", Direction::Rtl, Some(14));
        assert_eq!(text, format!("  --x  {mali}\n       {mali}\n"));
    }
}
