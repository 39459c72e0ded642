//! Text from strangers' files, made safe to show: control characters made
//! visible (so a scenario, save or orders file can never send escape
//! sequences to a terminal), and lengths bounded.

use std::borrow::Cow;

/// Longest line the engine makes from a template (news, refusals), in characters.
pub const MAX_LINE: usize = 2_000;

/// Whether `c` would be acted on by a terminal rather than shown: every
/// control character except newline and tab.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

/// `text` with every control character other than newline and tab written
/// out visibly as `\u{1b}`. Borrowed, without copying, when already safe.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars().map(|c| if is_unsafe(c) { format!("\\u{{{:x}}}", u32::from(c)) } else { c.to_string() }).collect(),
    )
}

/// [`printable`] for a single line: newlines and tabs become spaces too.
pub fn one_line(text: &str) -> String {
    printable(text).replace(['\n', '\t'], " ")
}

/// `text` cut to at most `max` characters, ending with `…` when cut.
pub fn clip(text: &str, max: usize) -> Cow<'_, str> {
    match text.char_indices().nth(max) {
        None => Cow::Borrowed(text),
        Some(_) => {
            let keep = text.char_indices().nth(max.saturating_sub(1)).map_or(text.len(), |(i, _)| i);
            Cow::Owned(format!("{}…", &text[..keep]))
        }
    }
}

/// The bytes as UTF-8 text, or the 1-based line and column (in characters)
/// where they stop being UTF-8.
pub fn utf8(bytes: &[u8]) -> Result<&str, (usize, usize)> {
    std::str::from_utf8(bytes).map_err(|e| {
        let before = bytes.get(..e.valid_up_to()).unwrap_or_default();
        let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = String::from_utf8_lossy(before.get(line_start..).unwrap_or_default()).chars().count() + 1;
        (line, column)
    })
}

/// Fills `{name}` placeholders of a template with values, never making
/// more than `max` characters (the rest is cut with `…`): a template that
/// repeats a long name thousands of times costs `max`, not gigabytes.
pub fn fill(template: &str, values: &[(&str, &str)], max: usize) -> String {
    let room = template.len() + values.iter().map(|(_, value)| value.len()).sum::<usize>();
    let mut out = String::with_capacity(room.min(max));
    let mut starts = [false; 256];
    for (key, _) in values {
        match key.as_bytes().first() {
            Some(&b) => starts[usize::from(b)] = true,
            // An empty key is found everywhere.
            None => starts = [true; 256],
        }
    }
    // Characters are counted only once the bytes could exceed `max` (a
    // character is at least one byte): most lines never need it.
    let mut counted: Option<usize> = None;
    let mut rest = template;
    let mut push = |out: &mut String, piece: &str| -> bool {
        if counted.is_none() && out.len() + piece.len() <= max {
            out.push_str(piece);
            return true;
        }
        let chars = counted.get_or_insert_with(|| out.chars().count());
        let count = piece.chars().count();
        if *chars + count <= max {
            out.push_str(piece);
            *chars += count;
            return true;
        }
        for c in piece.chars() {
            if *chars == max {
                out.push('…');
                return false;
            }
            out.push(c);
            *chars += 1;
        }
        true
    };
    while !rest.is_empty() {
        let next = next_placeholder(rest, values, &starts);
        let Some((at, key, value)) = next else {
            push(&mut out, rest);
            break;
        };
        if !push(&mut out, &rest[..at]) || !push(&mut out, value) {
            break;
        }
        rest = &rest[at + key.len()..];
    }
    out
}

/// The first placeholder in `text`: where, which, and its value (of two
/// at the same place, the smaller key). `starts` marks the bytes a key
/// begins with: whole keys are compared only there.
fn next_placeholder<'a>(
    text: &str,
    values: &[(&'a str, &'a str)],
    starts: &[bool; 256],
) -> Option<(usize, &'a str, &'a str)> {
    let bytes = text.as_bytes();
    let mut from = 0;
    loop {
        // A key is whole UTF-8, so where one matches is a character boundary.
        let at = from + bytes.get(from..)?.iter().position(|&b| starts[usize::from(b)])?;
        let rest = bytes.get(at..)?;
        if let Some(&(key, value)) = values.iter().filter(|(key, _)| rest.starts_with(key.as_bytes())).min() {
            return Some((at, key, value));
        }
        from = at + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// [`fill`] the slow way: at each character, the smallest pair whose
    /// key starts there, else the character; cut at `max` characters.
    fn fill_by_hand(template: &str, values: &[(&str, &str)], max: usize) -> String {
        let mut whole = String::new();
        let mut rest = template;
        while let Some(c) = rest.chars().next() {
            match values.iter().filter(|(key, _)| rest.starts_with(key)).min() {
                Some((key, value)) => {
                    whole.push_str(value);
                    rest = &rest[key.len()..];
                }
                None => {
                    whole.push(c);
                    rest = &rest[c.len_utf8()..];
                }
            }
        }
        if whole.chars().count() <= max {
            return whole;
        }
        let mut cut: String = whole.chars().take(max).collect();
        cut.push('…');
        cut
    }

    proptest! {
        #[test]
        fn filling_is_replacing_each_earliest_smallest_key(
            template in "[{}ab é]{0,40}",
            keys in proptest::collection::vec("[{}abé]{1,4}", 0..6),
            max in 0usize..60,
        ) {
            let values: Vec<(&str, &str)> = keys.iter().map(|k| (k.as_str(), "xé{a}")).collect();
            prop_assert_eq!(fill(&template, &values, max), fill_by_hand(&template, &values, max));
        }
    }

    #[test]
    fn escape_sequences_become_visible_and_lines_stay() {
        assert_eq!(printable("Gao\x1b]52;c;aGk=\x07 ok\n\tnext"), "Gao\\u{1b}]52;c;aGk=\\u{7} ok\n\tnext");
        assert_eq!(printable("\u{9b}2J"), "\\u{9b}2J");
        assert!(matches!(printable("plain text"), Cow::Borrowed(_)));
        assert_eq!(one_line("a\nb\tc\x1b"), "a b c\\u{1b}");
    }

    #[test]
    fn invalid_utf8_is_placed_by_line_and_character() {
        assert_eq!(utf8(b"ok"), Ok("ok"));
        assert_eq!(utf8(b"a\nM\xc3\xa9n\xffx"), Err((2, 4)));
    }

    #[test]
    fn clipping_counts_characters_and_marks_the_cut() {
        assert_eq!(clip("Ménaka", 10), "Ménaka");
        assert_eq!(clip("Ménaka", 6), "Ménaka");
        assert_eq!(clip("Ménaka", 4), "Mén…");
    }

    #[test]
    fn filling_a_template_replaces_every_placeholder() {
        let line = fill("{self} asks {target}; {self} waits.", &[("{self}", "Mali"), ("{target}", "Niger")], 100);
        assert_eq!(line, "Mali asks Niger; Mali waits.");
        // A value holding a placeholder is not expanded again.
        assert_eq!(fill("{self}", &[("{self}", "{self}{self}")], 100), "{self}{self}");
    }

    #[test]
    fn the_first_placeholder_is_the_earliest_then_the_smallest_key() {
        let values = [("{ab}", "2"), ("{a", "1"), ("é{", "3")];
        assert_eq!(fill("x{ab}y", &values, 100), "x1b}y");
        assert_eq!(fill("Ménaké{ab}", &values, 100), "Ménak3ab}");
        assert_eq!(fill("{ab}", &[("{ab}", "z"), ("{ab}", "y")], 100), "y");
        assert_eq!(fill("no keys here", &values, 100), "no keys here");
    }

    #[test]
    fn filling_a_repeating_template_with_a_long_name_stays_bounded() {
        let name = "N".repeat(10_000);
        let template = "{self}".repeat(10_000);
        let line = fill(&template, &[("{self}", &name)], MAX_LINE);
        assert_eq!(line.chars().count(), MAX_LINE + 1);
        assert!(line.ends_with('…'));
    }
}
