//! A pseudo-language for tests: every message is the English one with its
//! letters accented and stretched to 40% longer between brackets
//! ("Turn summary" → "[Ŧûřñ šûmmåřý ~~~]"), the way a longer translation
//! would be. A screen drawn with it shows at a glance where a sentence is
//! cut (its closing bracket is missing) and where a word bypasses the
//! catalogue (it has no accents). It exists only in the crate's own tests.

use std::cell::Cell;

thread_local! {
    static ON: Cell<bool> = const { Cell::new(false) };
}

/// While it lives, every message this thread asks for is pseudo-translated.
#[must_use = "the pseudo-language is on only while the guard lives"]
pub struct Guard(());

impl Drop for Guard {
    fn drop(&mut self) {
        ON.with(|on| on.set(false));
    }
}

/// Turns the pseudo-language on for this thread, until the guard is dropped.
pub fn enable() -> Guard {
    ON.with(|on| on.set(true));
    Guard(())
}

/// Whether this thread asks for pseudo-translated messages.
pub fn active() -> bool {
    ON.with(Cell::get)
}

/// `text` accented, bracketed and padded with `~` to 40% more characters
/// (rounded up); each line of a message on several lines on its own.
pub fn transform(text: &str) -> String {
    text.split('\n').map(line).collect::<Vec<_>>().join("\n")
}

fn line(text: &str) -> String {
    let n = text.chars().count();
    if n == 0 {
        return String::new();
    }
    let extra = (n * 4).div_ceil(10).max(2);
    let mut out = String::with_capacity(text.len() * 2 + extra);
    out.push('[');
    out.extend(text.chars().map(accent));
    // The brackets are two of the extra characters; a space and tildes are the rest.
    match extra - 2 {
        0 => {}
        1 => out.push('~'),
        more => {
            out.push(' ');
            out.extend(std::iter::repeat_n('~', more - 1));
        }
    }
    out.push(']');
    out
}

/// An accented letter of the same width in place of an ASCII letter.
fn accent(c: char) -> char {
    const LOWER: [char; 26] = [
        'å', 'ƀ', 'ç', 'ð', 'é', 'ƒ', 'ĝ', 'ĥ', 'î', 'ĵ', 'ķ', 'ļ', 'm', 'ñ', 'ø', 'þ', 'q', 'ř', 'š', 'ŧ', 'û', 'ṽ',
        'ŵ', 'x', 'ý', 'ž',
    ];
    const UPPER: [char; 26] = [
        'Å', 'Ɓ', 'Ç', 'Ð', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Î', 'Ĵ', 'Ķ', 'Ļ', 'M', 'Ñ', 'Ø', 'Þ', 'Q', 'Ř', 'Š', 'Ŧ', 'Û', 'Ṽ',
        'Ŵ', 'X', 'Ý', 'Ž',
    ];
    match c {
        'a'..='z' => LOWER[usize::from(c as u8 - b'a')],
        'A'..='Z' => UPPER[usize::from(c as u8 - b'A')],
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, tr};
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn a_message_is_accented_and_forty_percent_longer() {
        let text = transform("Turn summary");
        assert_eq!(text, "[Ŧûřñ šûmmåřý ~~]");
        assert_eq!(text.chars().count(), 12 + 5);
        assert_eq!(transform("quit"), "[qûîŧ]");
        assert_eq!(transform("a\nbb"), "[å]\n[ƀƀ]");
        let long = "Pass the keyboard to Kesh";
        assert!(transform(long).width() >= long.width() * 14 / 10);
    }

    #[test]
    fn only_the_thread_that_asks_gets_it_and_only_while_it_asks() {
        assert_eq!(tr(Lang::Fr, "month-8", &[]), "août");
        {
            let _on = enable();
            assert_eq!(tr(Lang::Fr, "month-8", &[]), "[Åûĝûšŧ~]");
            let other = std::thread::spawn(|| tr(Lang::En, "month-8", &[])).join().expect("the thread runs");
            assert_eq!(other, "August");
        }
        assert_eq!(tr(Lang::En, "month-8", &[]), "August");
    }
}
