//! `--help` and usage errors in French and Arabic say in the language what
//! clap would say in English: defaults, possible values, the help flag, the
//! usage line's placeholders and every usage error; English stays clap's.

mod common;

use common::cli::{harmattan, text};

#[test]
fn the_french_help_gives_defaults_and_choices_in_french() {
    let out = harmattan(&["--lang", "fr", "simulate", "--help"]);
    assert!(out.status.success());
    let help = text(&out.stdout);
    assert!(help.contains("[par défaut\u{202f}: 1]"), "{help}");
    assert!(help.contains("[valeurs possibles\u{202f}: random, greedy]"), "{help}");
    assert!(help.contains("harmattan simulate <COMMANDE>"), "{help}");
    assert!(help.contains("Afficher l’aide (un résumé avec -h)"), "{help}");
    for english in ["[default:", "[possible values:", "Print help", "Usage:", "<COMMAND>"] {
        assert!(!help.contains(english), "`{english}` in {help}");
    }
}

#[test]
fn usage_errors_are_said_in_the_language_asked_for() {
    let out = harmattan(&["--lang", "fr", "--frob"]);
    assert_eq!(out.status.code(), Some(2));
    let said = text(&out.stderr);
    assert!(said.starts_with("erreur\u{202f}: argument inattendu «\u{202f}--frob\u{202f}»\n"), "{said}");
    assert!(said.contains("Utilisation\u{202f}: harmattan [OPTIONS] [COMMANDE]"), "{said}");
    assert!(said.ends_with("Pour en savoir plus, essayez «\u{202f}--help\u{202f}».\n"), "{said}");

    let out = harmattan(&["--lang", "fr", "simulte"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains(
        "commande inconnue «\u{202f}simulte\u{202f}» (vouliez-vous dire «\u{202f}simulate\u{202f}»\u{202f}?)"
    ));

    let out = harmattan(&["--lang", "ar", "simulate", "x.ron", "--runs", "3", "--ai", "foo"]);
    assert_eq!(out.status.code(), Some(2));
    let said = text(&out.stderr);
    assert!(said.starts_with("خطأ: القيمة foo غير صالحة لـ --ai <AI> (القيم الممكنة: random, greedy)\n"), "{said}");
    assert!(!said.contains("error"), "{said}");

    let out = harmattan(&["--lang", "fr", "simulate"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("ces arguments obligatoires manquent\u{202f}: --runs <RUNS>, <SCENARIO>"));
}

#[test]
fn english_usage_errors_are_claps_own() {
    let out = harmattan(&["--frob"]);
    assert_eq!(out.status.code(), Some(2));
    let said = text(&out.stderr);
    assert!(said.contains("error: unexpected argument '--frob' found"), "{said}");
    assert!(said.contains("For more information, try '--help'."), "{said}");
}
