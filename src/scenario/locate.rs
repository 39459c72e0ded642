//! Where each value of a RON file sits in its source.
//!
//! `ron` reports positions for syntax and type errors but has no spans for
//! values that parse fine. Semantic checks (an unknown region, a value out of
//! range) still need `file:line:col`, so after a successful parse we scan the
//! text once more and record the span of every value under its path:
//! `factions[1].objectives[0].score`, `regions[0].values.fuel_stock`, and for
//! map keys `regions[0].values.fuel_stock:key`.

use std::collections::HashMap;
use std::ops::Range;

/// Maximum nesting the scanner follows; ron's own limit is lower.
const MAX_DEPTH: usize = 256;

/// Spans of the values of a RON document, by path.
#[derive(Debug, Default)]
pub struct SourceMap {
    spans: HashMap<String, Range<usize>>,
}

impl SourceMap {
    /// Scans `source`, which must already have parsed as RON (the scan is
    /// forgiving and never panics if it did not).
    pub fn build(source: &str) -> Self {
        let mut scanner = Scanner { src: source, pos: 0, map: SourceMap::default() };
        scanner.skip_trivia_and_attributes();
        scanner.value(String::new(), 0);
        scanner.map
    }

    /// The span of the value at `path`, if it was written in the file.
    pub fn get(&self, path: &str) -> Option<Range<usize>> {
        self.spans.get(path).cloned()
    }

    /// Every value written in the file, with its path (in no particular order).
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Range<usize>)> {
        self.spans.iter().map(|(path, span)| (path.as_str(), span))
    }

    /// The span of the value at `path`, or of the nearest enclosing value that
    /// was written (for fields left to their default).
    pub fn find(&self, path: &str) -> Option<Range<usize>> {
        let mut p = path;
        loop {
            if let Some(span) = self.spans.get(p) {
                return Some(span.clone());
            }
            let cut = p.rfind(['.', '['])?;
            p = &p[..cut];
        }
    }
}

struct Scanner<'a> {
    src: &'a str,
    pos: usize,
    map: SourceMap,
}

fn join(path: &str, field: &str) -> String {
    if path.is_empty() { field.to_string() } else { format!("{path}.{field}") }
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.src.as_bytes().get(self.pos).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<u8> {
        self.src.as_bytes().get(self.pos + ahead).copied()
    }

    fn skip_trivia(&mut self) {
        loop {
            match self.peek() {
                Some(b) if b.is_ascii_whitespace() => self.pos += 1,
                Some(b'/') if self.peek_at(1) == Some(b'/') => {
                    self.pos = self.src[self.pos..].find('\n').map_or(self.src.len(), |i| self.pos + i);
                }
                Some(b'/') if self.peek_at(1) == Some(b'*') => {
                    self.pos += 2;
                    let mut depth = 1usize;
                    while depth > 0 && self.pos < self.src.len() {
                        if self.src[self.pos..].starts_with("/*") {
                            depth += 1;
                            self.pos += 2;
                        } else if self.src[self.pos..].starts_with("*/") {
                            depth -= 1;
                            self.pos += 2;
                        } else {
                            self.pos += 1;
                        }
                    }
                }
                _ => return,
            }
        }
    }

    fn skip_trivia_and_attributes(&mut self) {
        self.skip_trivia();
        while self.src[self.pos..].starts_with("#![") {
            self.pos = self.src[self.pos..].find(")]").map_or(self.src.len(), |i| self.pos + i + 2);
            self.skip_trivia();
        }
    }

    fn eat(&mut self, b: u8) -> bool {
        self.skip_trivia();
        if self.peek() == Some(b) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn ident(&mut self) -> Option<&str> {
        let start = self.pos;
        let rest = &self.src[self.pos..];
        let raw = rest.starts_with("r#") && rest[2..].starts_with(|c: char| c.is_alphabetic() || c == '_');
        if raw {
            self.pos += 2;
        }
        let body = self.pos;
        while let Some(b) = self.peek() {
            if b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80 {
                self.pos += self.src[self.pos..].chars().next().map_or(1, char::len_utf8);
            } else {
                break;
            }
        }
        if self.pos == body {
            self.pos = start;
            None
        } else {
            Some(&self.src[body..self.pos])
        }
    }

    /// Scans one value, records it under `path`, returns its span.
    fn value(&mut self, path: String, depth: usize) -> Range<usize> {
        self.skip_trivia();
        let start = self.pos;
        if depth > MAX_DEPTH {
            self.pos = self.src.len();
            return start..self.pos;
        }
        match self.peek() {
            None => return start..start,
            Some(b'"') => self.string(),
            Some(b'r') if matches!(self.peek_at(1), Some(b'"' | b'#')) && self.raw_string_ahead() => self.raw_string(),
            Some(b'b') if self.peek_at(1) == Some(b'"') => {
                self.pos += 1;
                self.string();
            }
            Some(b'\'') => self.char_literal(),
            Some(b'(') => {
                self.pos += 1;
                self.contents(&path, b')', depth, false);
            }
            Some(b'[') => {
                self.pos += 1;
                self.sequence(&path, depth);
            }
            Some(b'{') => {
                self.pos += 1;
                self.map_entries(&path, depth);
            }
            Some(b) if b.is_ascii_alphabetic() || b == b'_' || b >= 0x80 => {
                let name = self.ident().unwrap_or("").to_string();
                self.skip_trivia();
                if self.peek() == Some(b'(') {
                    self.pos += 1;
                    self.contents(&path, b')', depth, name == "Some");
                }
            }
            Some(_) => {
                // Numbers and anything else: up to the next delimiter.
                while let Some(b) = self.peek() {
                    if matches!(b, b',' | b')' | b']' | b'}' | b':') || b.is_ascii_whitespace() {
                        break;
                    }
                    self.pos += 1;
                }
                if self.pos == start {
                    self.pos += 1;
                }
            }
        }
        let span = start..self.pos;
        // `Some(x)` records `x` first under the same path; the inner value wins.
        self.map.spans.entry(path).or_insert_with(|| span.clone());
        span
    }

    fn raw_string_ahead(&self) -> bool {
        let rest = &self.src.as_bytes()[self.pos + 1..];
        let hashes = rest.iter().take_while(|&&b| b == b'#').count();
        rest.get(hashes) == Some(&b'"')
    }

    fn string(&mut self) {
        self.pos += 1;
        while let Some(b) = self.peek() {
            self.pos += 1;
            match b {
                b'\\' => self.pos += 1,
                b'"' => return,
                _ => {}
            }
        }
        self.pos = self.pos.min(self.src.len());
    }

    fn raw_string(&mut self) {
        self.pos += 1;
        let hashes = self.src.as_bytes()[self.pos..].iter().take_while(|&&b| b == b'#').count();
        self.pos += hashes + 1;
        let closing = format!("\"{}", "#".repeat(hashes));
        self.pos = self.src[self.pos..].find(&closing).map_or(self.src.len(), |i| self.pos + i + closing.len());
    }

    fn char_literal(&mut self) {
        self.pos += 1;
        if self.peek() == Some(b'\\') {
            self.pos += 1;
        }
        self.pos = self.src[self.pos..].find('\'').map_or(self.src.len(), |i| self.pos + i + 1);
    }

    /// Inside `(...)`: named fields or tuple elements.
    fn contents(&mut self, path: &str, close: u8, depth: usize, transparent: bool) {
        let mut index = 0;
        loop {
            self.skip_trivia();
            match self.peek() {
                None => return,
                Some(b) if b == close => {
                    self.pos += 1;
                    return;
                }
                Some(b',') => {
                    self.pos += 1;
                    continue;
                }
                _ => {}
            }
            let before = self.pos;
            let field = self.field_name();
            let child = match field {
                Some(name) => join(path, &name),
                None if transparent => path.to_string(),
                None => format!("{path}[{index}]"),
            };
            self.value(child, depth + 1);
            index += 1;
            if self.pos == before {
                self.pos += 1;
            }
        }
    }

    /// `name:` ahead? Consumes it and returns the name; otherwise consumes nothing.
    fn field_name(&mut self) -> Option<String> {
        let save = self.pos;
        let name = self.ident().map(str::to_string);
        if let Some(name) = name {
            self.skip_trivia();
            if self.peek() == Some(b':') {
                self.pos += 1;
                return Some(name);
            }
        }
        self.pos = save;
        None
    }

    fn sequence(&mut self, path: &str, depth: usize) {
        let mut index = 0;
        loop {
            self.skip_trivia();
            match self.peek() {
                None => return,
                Some(b']') => {
                    self.pos += 1;
                    return;
                }
                Some(b',') => {
                    self.pos += 1;
                    continue;
                }
                _ => {}
            }
            let before = self.pos;
            self.value(format!("{path}[{index}]"), depth + 1);
            index += 1;
            if self.pos == before {
                self.pos += 1;
            }
        }
    }

    fn map_entries(&mut self, path: &str, depth: usize) {
        let mut index = 0;
        loop {
            self.skip_trivia();
            match self.peek() {
                None => return,
                Some(b'}') => {
                    self.pos += 1;
                    return;
                }
                Some(b',') => {
                    self.pos += 1;
                    continue;
                }
                _ => {}
            }
            let before = self.pos;
            let key_path = format!("{path}{{{index}}}");
            let key_span = self.value(key_path, depth + 1);
            let key_text = unquote(&self.src[key_span.clone()]);
            let child = join(path, &key_text);
            self.map.spans.insert(format!("{child}:key"), key_span);
            if self.eat(b':') {
                self.value(child, depth + 1);
            }
            index += 1;
            if self.pos == before {
                self.pos += 1;
            }
        }
    }
}

/// The text of a simple string literal without its quotes (escapes are kept).
pub(crate) fn unquote(literal: &str) -> String {
    literal.trim().trim_start_matches('r').trim_matches('#').trim_matches('"').to_string()
}

/// Byte offset in the source of byte `index` of a string literal's decoded
/// content. `literal_start` is where the literal (its `"` or `r`) begins.
pub fn string_content_offset(source: &str, literal_start: usize, index: usize) -> usize {
    let Some(rest) = source.get(literal_start..) else { return literal_start };
    if let Some(after_r) = rest.strip_prefix('r') {
        let hashes = after_r.bytes().take_while(|&b| b == b'#').count();
        return literal_start + 2 + hashes + index;
    }
    // Walk the literal, decoding escapes, until `index` decoded bytes are passed.
    let mut decoded = 0usize;
    let mut chars = rest.char_indices().skip(1).peekable();
    while let Some((i, c)) = chars.next() {
        if decoded >= index || c == '"' {
            return literal_start + i;
        }
        if c == '\\' {
            let Some((_, e)) = chars.next() else { break };
            decoded += match e {
                'u' => {
                    let mut code = String::new();
                    if chars.peek().map(|p| p.1) == Some('{') {
                        chars.next();
                        for (_, h) in chars.by_ref() {
                            if h == '}' {
                                break;
                            }
                            code.push(h);
                        }
                    }
                    u32::from_str_radix(&code, 16).ok().and_then(char::from_u32).map_or(1, char::len_utf8)
                }
                'x' => {
                    chars.next();
                    chars.next();
                    1
                }
                _ => 1,
            };
        } else {
            decoded += c.len_utf8();
        }
    }
    literal_start + rest.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"Scenario(
    format: 1,
    // a comment with ( brackets [
    factions: [
        (id: "mali", values: {"treasury": 50}),
        Faction(id: "niger", colour: Some("green")),
    ],
    pos: (3, 4),
)"#;

    fn text(path: &str) -> &'static str {
        let map = SourceMap::build(DOC);
        let span = map.get(path).unwrap_or_else(|| panic!("no span for {path}"));
        &DOC[span]
    }

    #[test]
    fn records_fields_elements_and_map_entries() {
        assert_eq!(text("format"), "1");
        assert_eq!(text("factions[0].id"), "\"mali\"");
        assert_eq!(text("factions[1].id"), "\"niger\"");
        assert_eq!(text("factions[0].values.treasury"), "50");
        assert_eq!(text("factions[0].values.treasury:key"), "\"treasury\"");
        assert_eq!(text("factions[1].colour"), "\"green\"");
        assert_eq!(text("pos[1]"), "4");
    }

    #[test]
    fn find_falls_back_to_the_enclosing_value() {
        let map = SourceMap::build(DOC);
        let span = map.find("factions[0].briefing").unwrap();
        assert!(DOC[span].starts_with("(id: \"mali\""));
    }

    #[test]
    fn content_offsets_account_for_escapes() {
        let src = r#"x: "a\"b c""#;
        let start = src.find('"').unwrap();
        // decoded content is `a"b c`; byte 4 is `c`
        assert_eq!(&src[string_content_offset(src, start, 4)..][..1], "c");
        let raw = r##"x: r#"ab c"#"##;
        let start = raw.find('r').unwrap();
        assert_eq!(&raw[string_content_offset(raw, start, 3)..][..1], "c");
    }

    #[test]
    fn never_panics_on_broken_text() {
        for doc in ["", "(", "[1,", "{\"a\":", "r#\"abc", "'\\", "Foo(a: [b: {", "#![enable(", "\u{e9}(\u{e9}: 1)"] {
            let _ = SourceMap::build(doc);
        }
    }
}
