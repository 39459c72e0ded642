//! Each seat of a hosted game reads its own language: the facilitator's
//! presets (`--seat-lang mali=fr,algeria=ar`), the key that switches a
//! seat's language, and the check that a translated scenario is the very
//! game being played, so that one state serves every seat.

use crate::i18n::Lang;
use crate::scenario::Scenario;
use crate::tr;

/// The key that switches a seat's language, on every screen of a hosted seat.
pub const KEY: char = 'L';

/// The language after `lang` when a seat presses [`KEY`]: English, French, Arabic, English…
pub fn next(lang: Lang) -> Lang {
    let at = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    Lang::ALL[(at + 1) % Lang::ALL.len()]
}

/// A language's name as its readers write it, so that each reader finds
/// their own whatever the screen's language: English, Français, العربية.
pub fn endonym(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Fr => "Français",
        Lang::Ar => "العربية",
    }
}

/// Reads `--seat-lang` (`mali=fr,algeria=ar`): each seat's login name
/// (one of `names`, in any case) and its language. A problem is said in `lang`.
pub fn parse_seat_langs(text: &str, names: &[&str], lang: Lang) -> Result<Vec<(String, Lang)>, String> {
    let mut chosen = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let shown: String = part.chars().take(40).collect();
        let Some((name, code)) = part.split_once('=') else {
            return Err(tr!(lang, "room-seat-lang-form", part = shown));
        };
        let Some(name) = names.iter().find(|n| n.eq_ignore_ascii_case(name.trim())) else {
            let name: String = name.trim().chars().take(40).collect();
            return Err(tr!(lang, "room-seat-lang-no-seat", name = name, names = names.join(", ")));
        };
        let Ok(seat_lang) = code.trim().parse::<Lang>() else {
            let code: String = code.trim().chars().take(20).collect();
            return Err(tr!(lang, "room-seat-lang-no-lang", code = code));
        };
        chosen.push(((*name).to_string(), seat_lang));
    }
    Ok(chosen)
}

/// The scenario `played` (read from `file`) in every other language a seat
/// may read: with its translation beside the file (`DIR/i18n/STEM.LANG.ron`)
/// or built into the program, else in its own words. A version that is not
/// the same game (see [`same_game`]) is left out.
pub fn translations(file: &str, played: &Scenario) -> Vec<(Lang, Scenario)> {
    let (source, variant) = (played.source.as_bytes(), played.variant.as_deref());
    Lang::ALL
        .into_iter()
        .filter(|lang| *lang != played.lang)
        .filter_map(|lang| {
            let loaded = crate::scenario::load_beside(std::path::Path::new(file), source, variant, lang);
            loaded.scenario.filter(|scenario| same_game(played, scenario)).map(|scenario| (lang, scenario))
        })
        .collect()
}

/// Whether `translated` is `played` in other words: the same factions,
/// regions, routes, actions, events, flags and variables, in the same
/// order, and the same variant. Texts may differ; nothing else is compared
/// because nothing else can change in a translation.
pub fn same_game(played: &Scenario, translated: &Scenario) -> bool {
    fn ids<T>(a: &[T], b: &[T], id: impl Fn(&T) -> &str) -> bool {
        a.len() == b.len() && a.iter().zip(b).all(|(x, y)| id(x) == id(y))
    }
    ids(&played.factions, &translated.factions, |f| &f.id)
        && ids(&played.regions, &translated.regions, |r| &r.id)
        && ids(&played.routes, &translated.routes, |r| &r.id)
        && ids(&played.actions, &translated.actions, |a| &a.id)
        && ids(&played.events, &translated.events, |e| &e.id)
        && ids(&played.flags, &translated.flags, |f| &f.id)
        && ids(&played.faction_vars, &translated.faction_vars, |v| &v.id)
        && ids(&played.region_vars, &translated.region_vars, |v| &v.id)
        && played.variant == translated.variant
        && played.turns() == translated.turns()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_cycles_through_every_language() {
        assert_eq!(next(Lang::En), Lang::Fr);
        assert_eq!(next(Lang::Fr), Lang::Ar);
        assert_eq!(next(Lang::Ar), Lang::En);
    }

    #[test]
    fn seat_languages_are_read_by_login_name_and_code() {
        let names = ["mali", "algeria", "projector"];
        let read = parse_seat_langs("Mali=fr, algeria=AR,,", &names, Lang::En).expect("reads");
        assert_eq!(read, vec![("mali".to_string(), Lang::Fr), ("algeria".to_string(), Lang::Ar)]);
        let unknown = parse_seat_langs("chad=fr", &names, Lang::En).expect_err("no such seat");
        assert_eq!(unknown, "--seat-lang: no seat is called \"chad\"; the seats are mali, algeria, projector");
        let bad = parse_seat_langs("mali=de", &names, Lang::Fr).expect_err("no German");
        assert!(bad.contains("de") && bad.contains("en, fr"), "{bad}");
        assert!(parse_seat_langs("mali", &names, Lang::Ar).is_err());
    }

    #[test]
    fn a_translation_is_the_same_game_and_another_scenario_is_not() {
        let load = |text: &str| crate::scenario::load("s.ron", text.as_bytes()).scenario.expect("built in: loads");
        let (tutorial, default) = (load(crate::scenario::TUTORIAL), load(crate::scenario::DEFAULT));
        let mut renamed = tutorial.clone();
        renamed.factions[0].name = "Kech".into();
        renamed.lang = Lang::Fr;
        assert!(same_game(&tutorial, &renamed));
        assert!(!same_game(&tutorial, &default));
    }

    #[test]
    fn the_built_in_scenarios_are_found_in_every_other_language() {
        let played = crate::scenario::load("tutorial.ron", crate::scenario::TUTORIAL.as_bytes()).scenario;
        let played = played.expect("the tutorial loads");
        let found = translations("no/such/dir/tutorial.ron", &played);
        let langs: Vec<Lang> = found.iter().map(|(lang, _)| *lang).collect();
        assert_eq!(langs, [Lang::Fr, Lang::Ar]);
        for (lang, scenario) in &found {
            assert_eq!(scenario.lang, *lang, "the built-in translation is used");
            assert_ne!(scenario.meta.title, played.meta.title, "{lang}: the title is translated");
        }
    }
}
