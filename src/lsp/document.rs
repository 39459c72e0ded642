//! An open document: the text as the editor has it, its edits, and the
//! conversion between the editor's positions and byte offsets in the
//! *normalised* text the loader reads.
//!
//! The loader strips a byte-order mark and turns `\r\n` and a lone `\r` into
//! `\n` ([`normalise`]); the protocol counts a line end the same way, so line
//! `n` holds the same characters in both texts (line 0 without the mark). A
//! position's character counts UTF-8 bytes, UTF-16 code units or characters,
//! as negotiated at start-up ([`Encoding`]).

use std::ops::Range;

use lsp_types::{Position, PositionEncodingKind, TextDocumentContentChangeEvent};

use crate::scenario::normalise;

/// The byte-order mark the loader strips from the start of a file.
const BOM: char = '\u{feff}';

/// What a position's `character` counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 bytes (cheapest here: offsets are bytes).
    Utf8,
    /// UTF-16 code units: the protocol's default, which every client supports.
    Utf16,
    /// Characters (Unicode scalar values).
    Utf32,
}

impl Encoding {
    /// The encoding to use given what the client offers: UTF-8 if it can,
    /// else characters, else the protocol's UTF-16.
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Encoding {
        let offered = offered.unwrap_or_default();
        if offered.contains(&PositionEncodingKind::UTF8) {
            Encoding::Utf8
        } else if offered.contains(&PositionEncodingKind::UTF32) {
            Encoding::Utf32
        } else {
            Encoding::Utf16
        }
    }

    /// The protocol's name for it.
    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
            Encoding::Utf32 => PositionEncodingKind::UTF32,
        }
    }

    /// How many units `text` counts.
    fn units(self, text: &str) -> usize {
        match self {
            Encoding::Utf8 => text.len(),
            Encoding::Utf16 => text.chars().map(char::len_utf16).sum(),
            Encoding::Utf32 => text.chars().count(),
        }
    }

    /// The byte offset in `line` after `units` units: at most the line's
    /// length, and never inside a character (a position inside one, such as
    /// between the two halves of a UTF-16 surrogate pair, goes to its start).
    fn byte_of(self, line: &str, units: usize) -> usize {
        let mut counted = 0;
        for (i, c) in line.char_indices() {
            let width = match self {
                Encoding::Utf8 => c.len_utf8(),
                Encoding::Utf16 => c.len_utf16(),
                Encoding::Utf32 => 1,
            };
            if counted + width > units {
                return i;
            }
            counted += width;
        }
        line.len()
    }
}

/// Where each line of a text is, in the text and in its normalised form.
#[derive(Debug, Clone, Default)]
struct Lines {
    /// Per line: where it starts in the text, where its characters start
    /// (after the byte-order mark on line 0), where they end (before the
    /// line break), and where the line starts in the normalised text.
    lines: Vec<Line>,
}

#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    content: usize,
    end: usize,
    normal: usize,
}

impl Lines {
    fn new(text: &str) -> Lines {
        let bytes = text.as_bytes();
        let content = if text.starts_with(BOM) { BOM.len_utf8() } else { 0 };
        let mut lines = Vec::new();
        let (mut start, mut first, mut normal) = (0, content, 0);
        let mut i = content;
        while i < bytes.len() {
            let brk = match bytes[i] {
                b'\n' => 1,
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => 2,
                b'\r' => 1,
                _ => 0,
            };
            if brk == 0 {
                i += 1;
                continue;
            }
            lines.push(Line { start, content: first, end: i, normal });
            normal += i - first + 1;
            start = i + brk;
            first = start;
            i = start;
        }
        lines.push(Line { start, content: first, end: bytes.len(), normal });
        Lines { lines }
    }

    /// The line that holds normalised offset `offset` (the last one past the end).
    fn of_normal(&self, offset: usize) -> usize {
        self.lines.partition_point(|l| l.normal <= offset).saturating_sub(1)
    }
}

/// An open document.
#[derive(Debug, Clone)]
pub struct Document {
    text: String,
    lines: Lines,
    /// The version the editor gave it last.
    pub version: i32,
}

impl Document {
    /// A document with `text` at `version`.
    pub fn new(text: String, version: i32) -> Document {
        let lines = Lines::new(&text);
        Document { text, lines, version }
    }

    /// The text as the editor has it.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text as the loader reads it (what diagnostic spans refer to).
    pub fn normalised(&self) -> String {
        normalise(&self.text)
    }

    /// Applies the editor's changes, in order: each replaces a range (or,
    /// without one, the whole text).
    pub fn apply(&mut self, changes: Vec<TextDocumentContentChangeEvent>, version: i32, encoding: Encoding) {
        for change in changes {
            match change.range {
                Some(range) => {
                    let start = self.raw_offset(range.start, encoding);
                    let end = self.raw_offset(range.end, encoding).max(start);
                    self.text.replace_range(start..end, &change.text);
                }
                None => self.text = change.text,
            }
            self.lines = Lines::new(&self.text);
        }
        self.version = version;
    }

    /// The byte offset in the text of an editor position: a line past the
    /// last is the end of the text, a character past the end of its line
    /// is the end of that line.
    fn raw_offset(&self, position: Position, encoding: Encoding) -> usize {
        let Some(line) = self.lines.lines.get(position.line as usize) else { return self.text.len() };
        line.start + encoding.byte_of(&self.text[line.start..line.end], position.character as usize)
    }

    /// The byte offset in the normalised text of an editor position.
    pub fn offset(&self, position: Position, encoding: Encoding) -> usize {
        let Some(line) = self.lines.lines.get(position.line as usize) else {
            return self.lines.lines.last().map_or(0, |l| l.normal + l.end - l.content);
        };
        let raw = self.raw_offset(position, encoding).max(line.content);
        line.normal + raw - line.content
    }

    /// The editor position of a byte offset in the normalised text.
    pub fn position(&self, offset: usize, encoding: Encoding) -> Position {
        let index = self.lines.of_normal(offset);
        let Some(line) = self.lines.lines.get(index) else { return Position::new(0, 0) };
        let mut at = line.content + (offset - line.normal).min(line.end - line.content);
        while !self.text.is_char_boundary(at) {
            at -= 1;
        }
        let character = encoding.units(&self.text[line.start..at.max(line.start)]);
        Position::new(to_u32(index), to_u32(character))
    }

    /// The editor range of a byte range in the normalised text.
    pub fn range(&self, span: &Range<usize>, encoding: Encoding) -> lsp_types::Range {
        lsp_types::Range::new(self.position(span.start, encoding), self.position(span.end.max(span.start), encoding))
    }

    /// The editor position of a 1-based line and character column (as
    /// [`line_col`](crate::scenario::diagnostic::line_col) gives them), for a
    /// place found in another copy of the file.
    pub fn position_of_line_col(&self, line: usize, col: usize, encoding: Encoding) -> Position {
        let index = line.saturating_sub(1).min(self.lines.lines.len().saturating_sub(1));
        let Some(l) = self.lines.lines.get(index) else { return Position::new(0, 0) };
        let content = &self.text[l.content..l.end];
        let byte = content.char_indices().nth(col.saturating_sub(1)).map_or(content.len(), |(i, _)| i);
        let character = encoding.units(&self.text[l.start..l.content + byte]);
        Position::new(to_u32(index), to_u32(character))
    }
}

/// A count as the protocol carries it (a text over 4 GiB is not a scenario).
fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(range: Option<((u32, u32), (u32, u32))>, text: &str) -> TextDocumentContentChangeEvent {
        TextDocumentContentChangeEvent {
            range: range.map(|(a, b)| lsp_types::Range::new(Position::new(a.0, a.1), Position::new(b.0, b.1))),
            range_length: None,
            text: text.to_string(),
        }
    }

    #[test]
    fn positions_count_the_negotiated_units_after_multi_byte_text() {
        // "é" is 2 bytes, 1 UTF-16 unit; "𝄞" is 4 bytes, 2 UTF-16 units, 1 character.
        let doc = Document::new("é𝄞x\n".to_string(), 1);
        let x = doc.normalised().find('x').unwrap();
        assert_eq!(doc.position(x, Encoding::Utf8), Position::new(0, 6));
        assert_eq!(doc.position(x, Encoding::Utf16), Position::new(0, 3));
        assert_eq!(doc.position(x, Encoding::Utf32), Position::new(0, 2));
        for encoding in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            assert_eq!(doc.offset(doc.position(x, encoding), encoding), x, "{encoding:?}");
        }
        // Inside the surrogate pair: the start of the character.
        assert_eq!(doc.offset(Position::new(0, 2), Encoding::Utf16), "é".len());
    }

    #[test]
    fn crlf_cr_and_a_byte_order_mark_map_to_the_normalised_text() {
        let doc = Document::new("\u{feff}ab\r\ncd\re\r\n\r\nz".to_string(), 1);
        let normal = doc.normalised();
        assert_eq!(normal, "ab\ncd\ne\n\nz");
        let z = normal.find('z').unwrap();
        assert_eq!(doc.position(z, Encoding::Utf16), Position::new(4, 0));
        let e = normal.find('e').unwrap();
        assert_eq!(doc.position(e, Encoding::Utf16), Position::new(2, 0));
        // The mark counts in the editor's line 0, not in the loader's text.
        assert_eq!(doc.position(1, Encoding::Utf16), Position::new(0, 2));
        assert_eq!(doc.offset(Position::new(0, 2), Encoding::Utf16), 1);
        assert_eq!(doc.offset(Position::new(0, 0), Encoding::Utf16), 0);
        // Past the end of a line: its end; past the last line: the end of the text.
        assert_eq!(doc.offset(Position::new(1, 99), Encoding::Utf16), normal.find("\ne").unwrap());
        assert_eq!(doc.offset(Position::new(99, 0), Encoding::Utf16), normal.len());
        assert_eq!(doc.position(normal.len() + 5, Encoding::Utf16), Position::new(4, 1));
    }

    #[test]
    fn edits_apply_in_order_at_editor_positions() {
        let mut doc = Document::new("one\r\ntwö\r\nthree".to_string(), 1);
        doc.apply(
            vec![change(Some(((1, 3), (1, 3))), "!"), change(Some(((0, 0), (1, 0))), ""), change(None, "x\ny")],
            2,
            Encoding::Utf16,
        );
        assert_eq!((doc.text(), doc.version), ("x\ny", 2));
        let mut doc = Document::new("one\r\ntwö\r\nthree".to_string(), 1);
        doc.apply(vec![change(Some(((1, 3), (1, 3))), "!"), change(Some(((0, 0), (1, 0))), "")], 3, Encoding::Utf16);
        assert_eq!(doc.text(), "twö!\r\nthree");
        // A reversed or out-of-range edit is clamped, never a panic.
        doc.apply(vec![change(Some(((9, 9), (0, 2))), "#")], 4, Encoding::Utf8);
        assert_eq!(doc.text(), "twö!\r\nthree#");
        doc.apply(vec![change(Some(((0, 3), (0, 3))), "?")], 5, Encoding::Utf8);
        assert_eq!(doc.text(), "tw?ö!\r\nthree#", "byte 3 is inside `ö`: the edit goes before it");
    }

    #[test]
    fn a_place_found_by_line_and_column_lands_on_that_character() {
        let doc = Document::new("ab\r\n𝄞é x".to_string(), 1);
        assert_eq!(doc.position_of_line_col(2, 4, Encoding::Utf16), Position::new(1, 4));
        assert_eq!(doc.position_of_line_col(2, 99, Encoding::Utf32), Position::new(1, 4));
        assert_eq!(doc.position_of_line_col(9, 1, Encoding::Utf32), Position::new(1, 0));
    }

    #[test]
    fn negotiation_prefers_utf8_then_characters_then_utf16() {
        let kinds = |k: &[PositionEncodingKind]| Encoding::negotiate(Some(k));
        assert_eq!(kinds(&[PositionEncodingKind::UTF16, PositionEncodingKind::UTF8]), Encoding::Utf8);
        assert_eq!(kinds(&[PositionEncodingKind::UTF32]), Encoding::Utf32);
        assert_eq!(kinds(&[]), Encoding::Utf16);
        assert_eq!(Encoding::negotiate(None), Encoding::Utf16);
    }
}
