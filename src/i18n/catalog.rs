//! The message catalogues, embedded in the binary, and formatting with them.

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use intl_memoizer::concurrent::IntlLangMemoizer;

use super::Lang;

/// One language's messages, with the number separators they use.
pub struct Catalog {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    group: String,
    decimal: String,
}

/// The files of one language's catalogue, in `locales/<lang>/`, one per
/// part of the program, joined into one source.
macro_rules! catalogue {
    ($lang:literal) => {
        concat!(
            include_str!(concat!("../../locales/", $lang, "/harmattan.ftl")),
            "\n",
            include_str!(concat!("../../locales/", $lang, "/screens.ftl")),
            "\n",
            include_str!(concat!("../../locales/", $lang, "/room.ftl")),
            "\n",
            include_str!(concat!("../../locales/", $lang, "/game.ftl")),
            "\n",
            include_str!(concat!("../../locales/", $lang, "/report.ftl")),
            "\n",
            include_str!(concat!("../../locales/", $lang, "/help.ftl")),
            "\n",
            include_str!(concat!("../../locales/", $lang, "/diagnostics.ftl")),
            "\n",
            include_str!(concat!("../../locales/", $lang, "/simulate.ftl")),
        )
    };
}

/// The catalogue source of a language, as shipped in `locales/`.
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::En => catalogue!("en"),
        Lang::Fr => catalogue!("fr"),
        Lang::Ar => catalogue!("ar"),
    }
}

static EN: LazyLock<Catalog> = LazyLock::new(|| Catalog::build(Lang::En));
static FR: LazyLock<Catalog> = LazyLock::new(|| Catalog::build(Lang::Fr));
static AR: LazyLock<Catalog> = LazyLock::new(|| Catalog::build(Lang::Ar));

impl Catalog {
    /// The catalogue of `lang`, built on first use.
    pub fn get(lang: Lang) -> &'static Catalog {
        match lang {
            Lang::En => &EN,
            Lang::Fr => &FR,
            Lang::Ar => &AR,
        }
    }

    /// Parses the embedded source. A shipped catalogue has no syntax errors
    /// (the lint tests check it); were one to slip through, the entries that
    /// did parse are kept and the rest fall back to English.
    fn build(lang: Lang) -> Catalog {
        Catalog::from_source(lang, source(lang))
    }

    /// The catalogue of `lang` read from `text`.
    fn from_source(lang: Lang, text: &str) -> Catalog {
        let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, _)| partial);
        let id = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(number_formatter(lang)));
        bundle.add_resource_overriding(resource);
        let mut catalog = Catalog { lang, bundle, group: String::new(), decimal: String::new() };
        catalog.group = catalog.text("number-group-separator", &[]);
        catalog.decimal = catalog.text("number-decimal-separator", &[]);
        catalog
    }

    /// Message `key` with named arguments; a key this language lacks comes
    /// from English, and one English lacks shows as `{key}`.
    pub fn text(&self, key: &str, args: &[(&str, FluentValue)]) -> String {
        if let Some((text, _)) = self.format(key, args) {
            return text;
        }
        match self.lang {
            Lang::En => format!("{{{key}}}"),
            _ => Catalog::get(Lang::En).text(key, args),
        }
    }

    /// Message `key` of this language alone (no fallback), with every
    /// problem Fluent met while formatting it (a missing argument, say).
    pub fn format(&self, key: &str, args: &[(&str, FluentValue)]) -> Option<(String, Vec<FluentError>)> {
        let pattern = self.bundle.get_message(key)?.value()?;
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
        Some((text, errors))
    }

    /// Puts this language's separators into a number written the plain way
    /// (`-1600.5` → `-1 600,5` in French).
    pub(crate) fn localise_digits(&self, plain: &str) -> String {
        let (sign, unsigned) = plain.strip_prefix('-').map_or(("", plain), |rest| ("-", rest));
        let (whole, fraction) = unsigned.split_once('.').map_or((unsigned, None), |(w, f)| (w, Some(f)));
        if !whole.bytes().all(|b| b.is_ascii_digit()) {
            return plain.to_owned(); // "inf", "NaN": nothing to group
        }
        let mut out = String::from(sign);
        for (i, digit) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                out.push_str(&self.group);
            }
            out.push(digit);
        }
        if let Some(fraction) = fraction {
            out.push_str(&self.decimal);
            out.push_str(fraction);
        }
        out
    }
}

/// Fluent's hook for writing numbers, bound to one language (Fluent takes a
/// plain function, which cannot capture the language).
fn number_formatter(lang: Lang) -> fn(&FluentValue, &IntlLangMemoizer) -> Option<String> {
    fn with(lang: Lang, value: &FluentValue) -> Option<String> {
        match value {
            FluentValue::Number(n) => Some(Catalog::get(lang).localise_digits(&n.as_string())),
            _ => None,
        }
    }
    match lang {
        Lang::En => |value, _| with(Lang::En, value),
        Lang::Fr => |value, _| with(Lang::Fr, value),
        Lang::Ar => |value, _| with(Lang::Ar, value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_a_translation_lacks_comes_from_english() {
        let partial = Catalog::from_source(
            Lang::Fr,
            "summary-commands = Commandes :\nnumber-group-separator = { \"\\u202F\" }\n",
        );
        assert_eq!(partial.text("summary-commands", &[]), "Commandes :");
        assert_eq!(partial.text("summary-factions", &[]), "Factions:");
        assert_eq!(partial.text("absent-key", &[]), "{absent-key}");
        assert_eq!(partial.localise_digits("1600"), "1\u{202F}600");
    }

    #[test]
    fn a_broken_entry_loses_only_itself() {
        let partial = Catalog::from_source(Lang::Fr, "month-1 = { $oops\nmonth-2 = février\n");
        assert_eq!(partial.text("month-2", &[]), "février");
        assert_eq!(partial.text("month-1", &[]), "January");
    }
}
