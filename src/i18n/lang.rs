//! The languages Harmattan speaks, and how the one to use is chosen.

use std::fmt;
use std::str::FromStr;

/// A language with a complete catalogue.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// English: the reference catalogue, and the fallback of the others.
    #[default]
    En,
    /// French.
    Fr,
    /// Arabic (Maghreb usage: month names, digits).
    Ar,
}

/// Which way a language's lines run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fr, Lang::Ar];

    /// The language's code, as `--lang` takes it (`en`, `fr`, `ar`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ar => "ar",
        }
    }

    /// Which way the language's lines run.
    pub fn dir(self) -> Direction {
        match self {
            Lang::Ar => Direction::Rtl,
            Lang::En | Lang::Fr => Direction::Ltr,
        }
    }

    /// The language the process's environment asks for (see [`Lang::from_env_values`]).
    pub fn from_env() -> Lang {
        let var = |name| std::env::var(name).ok();
        Lang::from_env_values(var("LC_ALL").as_deref(), var("LC_MESSAGES").as_deref(), var("LANG").as_deref())
    }

    /// The language POSIX locale settings ask for: the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set and not empty decides
    /// (`fr_FR.UTF-8` → French, `ar_DZ.UTF-8` → Arabic); `C`, `POSIX`, a
    /// language without a catalogue, or nothing set → English.
    pub fn from_env_values(lc_all: Option<&str>, lc_messages: Option<&str>, lang: Option<&str>) -> Lang {
        let chosen = [lc_all, lc_messages, lang].into_iter().flatten().map(str::trim).find(|v| !v.is_empty());
        chosen.map_or(Lang::En, |locale| {
            let language = locale.split(['_', '.', '@', '-']).next().unwrap_or_default();
            language.parse().unwrap_or(Lang::En)
        })
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language code that Harmattan has no catalogue for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("no catalogue for language `{0}`: use en, fr or ar")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;

    /// Reads a language code, in any case: `en`, `fr` or `ar`.
    fn from_str(code: &str) -> Result<Lang, UnknownLang> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code))
            .ok_or_else(|| UnknownLang(code.chars().take(20).collect()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_environment_chooses_the_first_locale_that_is_set() {
        assert_eq!(Lang::from_env_values(None, None, Some("fr_FR.UTF-8")), Lang::Fr);
        assert_eq!(Lang::from_env_values(None, None, Some("ar_DZ.UTF-8")), Lang::Ar);
        assert_eq!(Lang::from_env_values(None, None, Some("fr")), Lang::Fr);
        assert_eq!(Lang::from_env_values(Some("ar_MA.utf8@latin"), Some("fr_FR"), Some("en_US")), Lang::Ar);
        assert_eq!(Lang::from_env_values(None, Some("fr_BE.UTF-8"), Some("ar_DZ.UTF-8")), Lang::Fr);
        assert_eq!(Lang::from_env_values(Some(""), Some(" "), Some("fr_CA")), Lang::Fr);
        assert_eq!(Lang::from_env_values(Some("C"), None, Some("fr_FR.UTF-8")), Lang::En);
        assert_eq!(Lang::from_env_values(None, None, Some("POSIX")), Lang::En);
        assert_eq!(Lang::from_env_values(None, None, Some("C.UTF-8")), Lang::En);
        assert_eq!(Lang::from_env_values(None, None, Some("de_DE.UTF-8")), Lang::En);
        assert_eq!(Lang::from_env_values(None, None, None), Lang::En);
    }

    #[test]
    fn codes_read_back_and_arabic_runs_right_to_left() {
        for lang in Lang::ALL {
            assert_eq!(lang.code().parse::<Lang>(), Ok(lang));
            assert_eq!(lang.to_string().to_uppercase().parse::<Lang>(), Ok(lang));
        }
        assert!("de".parse::<Lang>().is_err());
        assert_eq!(Lang::Ar.dir(), Direction::Rtl);
        assert_eq!(Lang::Fr.dir(), Direction::Ltr);
        assert_eq!(Lang::En.dir(), Direction::Ltr);
    }
}
