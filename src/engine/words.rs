//! What the engine's sentences share, in the scenario's language: numbers
//! as players read them, lists of names, and a sentence's capital letter.
//! The sentences themselves are whole messages in the catalogue
//! (`locales/<lang>/game.ftl`).

use crate::i18n::{Lang, format_number};
use crate::tr;

/// `n` as the language writes it: "1600" in English (as the engine always
/// has), "1 600" in French, "1.600" in Arabic.
pub fn num(lang: Lang, n: i64) -> String {
    match lang {
        Lang::En => n.to_string(),
        // Exact: a game's values stay far below 2^53.
        #[allow(clippy::cast_precision_loss)]
        _ => format_number(lang, n as f64),
    }
}

/// A number with a true minus sign, as conditions are explained: "−40".
pub fn signed(lang: Lang, n: i64) -> String {
    let digits = num(lang, i64::try_from(n.unsigned_abs()).unwrap_or(i64::MAX));
    if n < 0 { format!("−{digits}") } else { digits }
}

/// Names in a sentence: "Mali", "Mali and Niger", "Mali, Algeria and Niger"
/// ("Mali, Algérie et Niger", "مالي، الجزائر والنيجر").
pub fn and_list(lang: Lang, names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [first @ .., last] => {
            let separator = tr!(lang, "game-list-separator");
            tr!(lang, "game-list-and", first = first.join(&separator), last = *last)
        }
    }
}

/// `text` with its first letter in upper case (a sentence that begins with a name or phrase).
pub fn capital(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_lists_follow_the_language() {
        assert_eq!(num(Lang::En, 1600), "1600");
        assert_eq!(num(Lang::Fr, 1600), "1\u{202F}600");
        assert_eq!(num(Lang::Ar, -1600), "-1.600");
        assert_eq!(signed(Lang::En, -40), "−40");
        assert_eq!(signed(Lang::Fr, -4000), "−4\u{202F}000");
        assert_eq!(and_list(Lang::En, &["Mali", "Algeria", "Niger"]), "Mali, Algeria and Niger");
        assert_eq!(and_list(Lang::Fr, &["Mali", "Niger"]), "Mali et Niger");
        assert_eq!(and_list(Lang::Ar, &["مالي", "الجزائر", "النيجر"]), "مالي، الجزائر والنيجر");
        assert_eq!(and_list(Lang::Ar, &["مالي"]), "مالي");
        assert_eq!(capital("relations between"), "Relations between");
    }
}
