//! The program's own words in English, French and Arabic: one message
//! catalogue (Fluent, CLDR plurals, named arguments) per language, embedded
//! from `locales/<lang>/harmattan.ftl`, with months, dates and numbers.
//!
//! ```
//! use harmattan::i18n::{Lang, tr};
//! assert_eq!(tr(Lang::Fr, "month-8", &[]), "août");
//! ```

mod calendar;
mod catalog;
mod lang;
pub mod lint;
mod number;
#[cfg(test)]
pub(crate) mod pseudo;
mod system;

pub use calendar::{month_name, month_year, numeric_date};
pub use catalog::{Catalog, source};
pub use fluent_bundle::FluentValue;
pub use lang::{Direction, Lang, UnknownLang};
pub use number::format_number;
pub use system::io_error;

/// Words written once in every language, for something said once and read
/// by people who read different languages (a failed save, a system error).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InEach(Box<[String; 3]>);

impl InEach {
    /// The text `write` gives in each language.
    pub fn new(write: impl Fn(Lang) -> String) -> InEach {
        InEach(Box::new(Lang::ALL.map(write)))
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        &self.0[index]
    }
}

/// Items joined with the language's list separator: `a, b, c` (`a، b، c` in
/// Arabic); `None` when there are none.
pub fn comma_list(lang: Lang, items: impl IntoIterator<Item = String>) -> Option<String> {
    items.into_iter().reduce(|a, b| tr(lang, "screen-list-comma", &[("first", a.into()), ("second", b.into())]))
}

/// Message `key` in `lang` with named arguments (`&[("turns", 12.into())]`):
/// English where `lang` lacks it, `{key}` where English does too.
pub fn tr(lang: Lang, key: &str, args: &[(&str, FluentValue)]) -> String {
    #[cfg(test)]
    if pseudo::active() {
        return pseudo::transform(&Catalog::get(Lang::En).text(key, args));
    }
    Catalog::get(lang).text(key, args)
}

/// [`tr`] with the arguments written `name = value`:
/// `tr!(lang, "summary-turns", turns = 12, start = "2025-11")`.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $key:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::tr($lang, $key, &[$((stringify!($name), $crate::i18n::FluentValue::from($value))),*])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_exactly_the_english_keys_and_placeholders() {
        for lang in Lang::ALL {
            assert_eq!(lint::problems(lang), Vec::<String>::new());
        }
    }

    #[test]
    fn every_message_formats_without_errors_in_every_language() {
        let english = lint::entries(source(Lang::En)).expect("the English catalogue parses");
        for lang in Lang::ALL {
            for (id, vars) in english.iter().filter(|(id, _)| !id.starts_with('-')) {
                let args: Vec<(&str, FluentValue)> = vars.iter().map(|v| (v.as_str(), 3.into())).collect();
                let (text, errors) = Catalog::get(lang).format(id, &args).expect("every key exists");
                assert!(errors.is_empty(), "{lang} `{id}`: {errors:?}");
                assert!(!text.contains('{') && !text.contains('\u{2068}'), "{lang} `{id}`: {text}");
            }
        }
    }

    #[test]
    fn arabic_plurals_have_six_forms() {
        let turns = |n: u32| tr!(Lang::Ar, "summary-turns", turns = n, start = "2025-11");
        assert_eq!(turns(0), "لا أدوار ابتداءً من 2025-11.");
        assert_eq!(turns(1), "دور واحد ابتداءً من 2025-11.");
        assert_eq!(turns(2), "دوران ابتداءً من 2025-11.");
        assert_eq!(turns(3), "3 أدوار ابتداءً من 2025-11.");
        assert_eq!(turns(11), "11 دورًا ابتداءً من 2025-11.");
        assert_eq!(turns(100), "100 دور ابتداءً من 2025-11.");
        assert_eq!(turns(1600), "1.600 دور ابتداءً من 2025-11.");
    }

    #[test]
    fn french_and_english_plurals_and_numbers() {
        let turns = |lang, n: u32| tr!(lang, "summary-turns", turns = n, start = "2025-11");
        assert_eq!(turns(Lang::Fr, 0), "0 tour à partir de 2025-11.");
        assert_eq!(turns(Lang::Fr, 1), "1 tour à partir de 2025-11.");
        assert_eq!(turns(Lang::Fr, 1600), "1\u{202F}600 tours à partir de 2025-11.");
        assert_eq!(turns(Lang::En, 1), "1 turn from 2025-11.");
        assert_eq!(turns(Lang::En, 12), "12 turns from 2025-11.");
        assert_eq!(turns(Lang::En, 0), "0 turns from 2025-11.");
    }

    #[test]
    fn missing_keys_fall_back_to_english_then_show_the_key() {
        assert_eq!(tr(Lang::En, "absent-key", &[]), "{absent-key}");
        assert_eq!(tr(Lang::Ar, "absent-key", &[]), "{absent-key}");
        assert!(Catalog::get(Lang::Fr).format("absent-key", &[]).is_none());
        // A term is not a message: asking for one falls through like a missing key.
        assert_eq!(tr(Lang::Fr, "-needs-terminal", &[]), "{-needs-terminal}");
    }

    #[test]
    fn terms_are_shared_and_no_isolation_marks_reach_the_terminal() {
        let text = tr!(Lang::Fr, "no-terminal-save", save = "saves/a.ron");
        assert!(text.starts_with("harmattan\u{202F}: le jeu a besoin d'un terminal interactif"), "{text}");
        assert!(text.ends_with("`harmattan replay saves/a.ron`"), "{text}");
        assert!(!text.contains(['\u{2068}', '\u{2069}']));
    }
}
