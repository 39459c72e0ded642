//! Where the cursor is in the file's structure: inside a string, on (or
//! where one writes) a field name, or on a value; each with the path the
//! [`SourceMap`](crate::scenario::locate::SourceMap) gives that place.

use std::ops::Range;

use super::analysis::Analysis;
use super::schema;
use super::shape::Shape;

/// What is at the cursor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cursor {
    /// Inside a string: the value's path and where its content is.
    InString { path: String, content: Range<usize> },
    /// On a field name, or where one goes, in the struct at `owner`.
    FieldName { owner: String, word: Range<usize> },
    /// On a value that is not a string, or where one goes: the path it has.
    Value { path: String, word: Range<usize> },
    /// In a comment, or outside the file's outer brackets.
    Elsewhere,
}

/// Characters of a word: ids, field names, choice names, numbers.
pub fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The word around byte `at` of `text` (empty at a place between words).
pub fn word_at(text: &str, at: usize) -> Range<usize> {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let start = text[..at].rfind(|c| !is_word(c)).map_or(0, |i| i + 1);
    let end = text[at..].find(|c| !is_word(c)).map_or(text.len(), |i| at + i);
    start..end
}

fn is_string(text: &str) -> bool {
    text.starts_with('"') || text.starts_with("b\"") || (text.starts_with('r') && text[1..].starts_with(['"', '#']))
}

/// Where the content of a string literal is, and whether it is closed.
fn content(literal: &str, start: usize) -> (Range<usize>, bool) {
    let hashes = literal.strip_prefix('r').map_or(0, |r| r.bytes().take_while(|&b| b == b'#').count());
    let open = literal.find('"').map_or(literal.len(), |i| i + 1);
    let closing = format!("\"{}", "#".repeat(hashes));
    let closed = literal.len() > open + hashes
        && literal.ends_with(&closing)
        && !ends_escaped(&literal[..literal.len() - closing.len()], hashes);
    let end = if closed { literal.len() - closing.len() } else { literal.len() };
    (start + open..start + end.max(open), closed)
}

/// Whether the quote after `body` is escaped (only in a literal without `#`).
fn ends_escaped(body: &str, hashes: usize) -> bool {
    hashes == 0 && body.bytes().rev().take_while(|&b| b == b'\\').count() % 2 == 1
}

/// What is at byte `offset` of the analysed text.
pub fn at(a: &Analysis, offset: usize) -> Cursor {
    let source = a.source.as_str();
    let offset = offset.min(source.len());
    // The innermost written value around the cursor.
    let inner = a
        .map
        .iter()
        .filter(|(_, s)| contains(source, s, offset))
        .min_by_key(|(p, s)| (s.len(), !p.ends_with(":key"), usize::MAX - p.len()));
    let Some((path, span)) = inner else { return Cursor::Elsewhere };
    let Some(text) = source.get(span.clone()) else { return Cursor::Elsewhere };
    if is_string(text) {
        return Cursor::InString { path: path.to_string(), content: content(text, span.start).0 };
    }
    // A bare word in a struct is a field name being written (the source map
    // records it as an item): the struct is where the cursor is.
    let (path, span) = match stray_word(path).and_then(|p| Some((p, a.map.get(p)?))) {
        Some((p, s)) => (p, s),
        None => (path, span.clone()),
    };
    let Some(text) = source.get(span.clone()) else { return Cursor::Elsewhere };
    let word = word_at(source, offset);
    let open = text.find(['(', '[', '{']).map(|i| span.start + i);
    let Some(open) = open.filter(|&o| o < word.start || (o < offset && word.is_empty())) else {
        return Cursor::Value { path: path.to_string(), word };
    };
    // Inside a struct, list, map or tuple: what comes between the last
    // value before the cursor and the word says what goes here.
    let gap_start = a
        .map
        .iter()
        .filter(|(_, s)| s.start > open && s.end <= word.start && s.start < s.end)
        .max_by_key(|(p, s)| (s.end, p.ends_with(":key")));
    let (from, previous) = match gap_start {
        Some((p, s)) => (s.end.max(open + 1), Some(p)),
        None => (open + 1, None),
    };
    let Some(tokens) = source.get(from.min(word.start)..word.start).and_then(tokens) else { return Cursor::Elsewhere };
    match tokens.as_slice() {
        [.., Token::Word(field), Token::Colon] => Cursor::Value { path: join(path, field), word },
        [Token::Colon] => match previous.and_then(|p| p.strip_suffix(":key")) {
            Some(entry) => Cursor::Value { path: entry.to_string(), word },
            None => Cursor::Elsewhere,
        },
        [] if previous.is_none() => item(path, source.as_bytes()[open], word),
        [.., Token::Comma] => item(path, source.as_bytes()[open], word),
        _ => Cursor::Elsewhere,
    }
}

/// What goes at the start of an item of the container at `path` opened by `open`.
fn item(path: &str, open: u8, word: Range<usize>) -> Cursor {
    let shape = schema::walk(path).map(|w| w.shape.plain());
    match (open, shape) {
        (b'(', Some(Shape::Struct(_))) => Cursor::FieldName { owner: path.to_string(), word },
        (b'{', _) => Cursor::Value { path: format!("{path}.:key"), word },
        // An item of a list or tuple, or a choice's value: all items of one mean the same.
        _ => Cursor::Value { path: format!("{path}[0]"), word },
    }
}

/// The path of field `field` of the struct at `path`, as the source map writes it.
pub fn join(path: &str, field: &str) -> String {
    if path.is_empty() { field.to_string() } else { format!("{path}.{field}") }
}

/// Whether the value at `span` holds the cursor: inside a string's quotes,
/// before a closing bracket, or on (or at the end of) a word or number.
fn contains(source: &str, span: &Range<usize>, offset: usize) -> bool {
    let Some(text) = source.get(span.clone()).filter(|_| span.start <= offset && offset <= span.end) else {
        return false;
    };
    if is_string(text) {
        return inside_string(source, span, offset);
    }
    offset < span.end || text.len() < 2 || !text.ends_with([')', ']', '}'])
}

/// The struct's path when `path` is an item of a struct (`factions[0][3]`).
fn stray_word(path: &str) -> Option<&str> {
    let (parent, index) = path.strip_suffix(']')?.rsplit_once('[')?;
    let is_struct = index.parse::<usize>().is_ok()
        && schema::walk(parent).is_some_and(|w| matches!(w.shape.plain(), Shape::Struct(_)));
    is_struct.then_some(parent)
}

fn inside_string(source: &str, span: &Range<usize>, offset: usize) -> bool {
    let Some(literal) = source.get(span.clone()) else { return false };
    let (inner, closed) = content(literal, span.start);
    inner.start <= offset && (offset <= inner.end || !closed) && offset > span.start
}

/// The few tokens that may stand between two values.
#[derive(Debug, PartialEq)]
enum Token<'a> {
    Word(&'a str),
    Colon,
    Comma,
    Other,
}

/// The tokens of `gap`, comments skipped; `None` when it ends inside a comment.
fn tokens(gap: &str) -> Option<Vec<Token<'_>>> {
    let mut out = Vec::new();
    let mut rest = gap;
    loop {
        rest = rest.trim_start();
        let Some(c) = rest.chars().next() else { return Some(out) };
        if let Some(comment) = rest.strip_prefix("//") {
            rest = &comment[comment.find('\n')?..];
        } else if rest.starts_with("/*") {
            rest = &rest[block_comment_end(rest)?..];
        } else if is_word(c) {
            let end = rest.find(|c| !is_word(c)).unwrap_or(rest.len());
            out.push(Token::Word(&rest[..end]));
            rest = &rest[end..];
        } else {
            out.push(match c {
                ':' => Token::Colon,
                ',' => Token::Comma,
                _ => Token::Other,
            });
            rest = &rest[c.len_utf8()..];
        }
    }
}

/// Where a (nested) block comment that starts `text` ends.
fn block_comment_end(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = 0;
    while i < text.len() {
        if text[i..].starts_with("/*") {
            depth += 1;
            i += 2;
        } else if text[i..].starts_with("*/") {
            depth -= 1;
            i += 2;
            if depth == 0 {
                return Some(i);
            }
        } else {
            i += text[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cursor at the `|` of `text` (which is taken out).
    fn cursor(text: &str) -> (Cursor, String) {
        let at = text.find('|').expect("a cursor");
        let source = text.replacen('|', "", 1);
        (super::at(&Analysis::new(source.clone()), at), source)
    }

    fn value_path(text: &str) -> String {
        match cursor(text).0 {
            Cursor::Value { path, .. } => path,
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn strings_give_their_path_and_content() {
        let (c, src) = cursor("(factions: [(id: \"ke|sh\", name: \"K\")])");
        let Cursor::InString { path, content } = c else { panic!("{c:?}") };
        assert_eq!((path.as_str(), &src[content]), ("factions[0].id", "kesh"));
        // Before the opening quote or after the closing one is not inside.
        assert!(!matches!(cursor("(id: |\"x\")").0, Cursor::InString { .. }));
        assert!(!matches!(cursor("(id: \"x\"|)").0, Cursor::InString { .. }));
        // An unclosed string runs on: the cursor at its end is inside it.
        let (c, _) = cursor("(rules: [(id: \"r\", when: \"self.tr|");
        assert!(matches!(c, Cursor::InString { ref path, .. } if path == "rules[0].when"), "{c:?}");
        let (c, _) = cursor("(values: {\"trea|\": 3})");
        assert!(matches!(c, Cursor::InString { ref path, .. } if path == "values.trea:key"), "{c:?}");
    }

    #[test]
    fn field_names_are_found_where_they_are_written_or_go() {
        let (c, src) = cursor("Scenario(\n  format: 1,\n  // a comment, with: words\n  fact|\n)");
        let Cursor::FieldName { owner, word } = c else { panic!("{c:?}") };
        assert_eq!((owner.as_str(), &src[word]), ("", "fact"));
        let (c, src) = cursor("(factions: [(id: \"k\", na|me: \"K\")])");
        let Cursor::FieldName { owner, word } = c else { panic!("{c:?}") };
        assert_eq!((owner.as_str(), &src[word]), ("factions[0]", "name"));
        assert!(matches!(cursor("(factions: [(|)])").0, Cursor::FieldName { ref owner, .. } if owner == "factions[0]"));
        assert_eq!(cursor("(meta: (id: \"x\" /* note| */))").0, Cursor::Elsewhere);
        assert_eq!(cursor("// before| the file\n(format: 1)").0, Cursor::Elsewhere);
    }

    #[test]
    fn values_outside_strings_give_the_path_they_have_or_will_have() {
        assert_eq!(value_path("(actions: [(id: \"a\", target: Fac|tion)])"), "actions[0].target");
        assert_eq!(value_path("(actions: [(id: \"a\", category: |)])"), "actions[0].category");
        assert_eq!(value_path("(actions: [(factions: [\"a\", |])])"), "actions[0].factions[0]");
        assert_eq!(value_path("(regions: [(values: {|})])"), "regions[0].values.:key");
        assert_eq!(value_path("(regions: [(values: {\"need\": |})])"), "regions[0].values.need");
        assert_eq!(value_path("(events: [(repeat: Cooldown(|))])"), "events[0].repeat[0]");
    }

    #[test]
    fn words_stop_at_anything_but_letters_digits_and_underscores() {
        assert_eq!(word_at("a.fuel_stock + 1", 4), 2..12);
        assert_eq!(word_at("x  y", 2), 2..2);
        assert_eq!(word_at("", 0), 0..0);
    }
}
