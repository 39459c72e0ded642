//! The commented starter scenario that `harmattan new` writes, in the
//! language of the program's messages: its comments and texts in English,
//! French or Arabic, the same scenario in each.

use crate::i18n::Lang;

/// A small, complete scenario (three factions, regions, routes, one action of
/// each category, an event, rules, objectives) with comments that teach the
/// format; it validates with no diagnostics, which a test pins.
pub const TEMPLATE: &str = include_str!("template.ron");

/// [`TEMPLATE`] with its comments and texts in French.
const FRENCH: &str = include_str!("template.fr.ron");

/// [`TEMPLATE`] with its comments and texts in Arabic.
const ARABIC: &str = include_str!("template.ar.ron");

/// The starter scenario written in `lang`.
pub fn template(lang: Lang) -> &'static str {
    match lang {
        Lang::En => TEMPLATE,
        Lang::Fr => FRENCH,
        Lang::Ar => ARABIC,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::format::ScenarioFile;
    use crate::scenario::{load, strings};

    /// A template's scenario with every text a player reads (and its
    /// language) taken out: what must not differ between languages.
    fn without_words(text: &str) -> serde_json::Value {
        let options = ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
        let mut file: ScenarioFile = options.from_str(text).expect("a template parses");
        strings::walk_mut(&mut file, |_, text| text.clear());
        file.meta.locale.clear();
        serde_json::to_value(&file).expect("a scenario is plain data")
    }

    #[test]
    fn every_language_has_the_same_scenario_in_its_own_words() {
        let english = without_words(TEMPLATE);
        for lang in Lang::ALL {
            let text = template(lang);
            let loaded = load("template.ron", text.as_bytes());
            let problems: Vec<String> = loaded.file_diagnostics().map(|d| d.render(false)).collect();
            assert!(problems.is_empty(), "{lang:?}:\n{}", problems.join("\n"));
            assert_eq!(loaded.scenario.map(|s| s.lang), Some(lang), "{lang:?}: its texts are said to be in it");
            assert_eq!(without_words(text), english, "{lang:?}: only the words differ");
            // The comments are in the language too, not left in English.
            let said = |words: &str| text.lines().any(|l| l.trim_start().starts_with("//") && l.contains(words));
            assert_eq!(said("Lines starting with"), lang == Lang::En, "{lang:?}");
        }
    }
}
