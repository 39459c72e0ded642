//! `harmattan simulate` in French and Arabic: the summary, the comparison,
//! shards and their errors in the language asked for, ids as written, and
//! no English sentence left behind.

use std::collections::HashSet;
mod common;

use common::cli::{harmattan, text};

const TUTORIAL: &str = "scenarios/tutorial.ron";

/// The batch's summary (every line) in `lang`.
fn summary(lang: &str) -> String {
    let out =
        harmattan(&["--lang", lang, "simulate", TUTORIAL, "--runs", "12", "--seed", "4", "--ai", "random", "--detail"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
}

/// The comparison of the tutorial with a version of it that has a turn less, in `lang`.
fn comparison(dir: &std::path::Path, lang: &str) -> String {
    let b = dir.join("shorter.ron");
    let tutorial = std::fs::read_to_string(TUTORIAL).expect("the tutorial");
    std::fs::write(&b, tutorial.replace("turns: 6)", "turns: 5)")).expect("write");
    let b = b.to_str().expect("a UTF-8 path");
    let args = ["--lang", lang, "simulate", TUTORIAL, "--compare", b, "--runs", "12", "--ai", "random", "--detail"];
    let out = harmattan(&args);
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout).replace(b, "shorter.ron")
}

/// English pins the text as it always was; French and Arabic as translated.
#[test]
fn the_summary_reads_in_french_and_arabic() {
    insta::assert_snapshot!("simulate_summary_en", summary("en"));
    insta::assert_snapshot!("simulate_summary_fr", summary("fr"));
    insta::assert_snapshot!("simulate_summary_ar", summary("ar"));
}

#[test]
fn the_comparison_reads_in_french_and_arabic() {
    let dir = tempfile::tempdir().expect("temp dir");
    insta::assert_snapshot!("simulate_compare_en", comparison(dir.path(), "en"));
    insta::assert_snapshot!("simulate_compare_fr", comparison(dir.path(), "fr"));
    insta::assert_snapshot!("simulate_compare_ar", comparison(dir.path(), "ar"));
}

/// Every string in the batch's JSON summary: the scenario's ids and names.
fn ids() -> HashSet<String> {
    fn strings(v: &serde_json::Value, into: &mut HashSet<String>) {
        match v {
            serde_json::Value::String(s) => _ = into.insert(s.clone()),
            serde_json::Value::Array(items) => items.iter().for_each(|i| strings(i, into)),
            serde_json::Value::Object(map) => map.values().for_each(|i| strings(i, into)),
            _ => {}
        }
    }
    let out = harmattan(&["simulate", TUTORIAL, "--runs", "12", "--seed", "4", "--ai", "random", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a JSON summary");
    let mut all = HashSet::new();
    strings(&json, &mut all);
    all
}

/// Whether a line holds nothing but ids, names and numbers.
fn only_ids_and_numbers(line: &str, ids: &HashSet<String>) -> bool {
    line.split([' ', '–', '·']).filter(|w| !w.is_empty()).all(|word| {
        let word = word.trim_matches(|c: char| ":;,.()*%".contains(c));
        word.is_empty()
            || ids.contains(word)
            || word.split('.').all(|part| ids.contains(part))
            || word.chars().all(|c| c.is_ascii_digit() || ".,+-".contains(c))
    })
}

#[test]
fn no_line_of_the_french_output_is_left_in_english() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ids = ids();
    let english: HashSet<String> =
        summary("en").lines().chain(comparison(dir.path(), "en").lines()).map(str::to_string).collect();
    let french = summary("fr") + &comparison(dir.path(), "fr");
    let left: Vec<&str> = french
        .lines()
        .filter(|line| !line.trim().is_empty() && english.contains(*line) && !only_ids_and_numbers(line, &ids))
        .collect();
    assert!(left.is_empty(), "lines still in English: {left:#?}");
    // And the test would see one.
    let sentence = english.iter().find(|l| l.contains("games")).expect("an English sentence");
    assert!(!only_ids_and_numbers(sentence, &ids), "{sentence}");
}

#[test]
fn shards_and_their_errors_speak_the_language_asked_for() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = |name: &str| dir.path().join(name).to_str().expect("a UTF-8 path").to_string();
    let (one, bad) = (path("s1.json"), path("bad.json"));
    let out = harmattan(&["--lang", "fr", "simulate", TUTORIAL, "--runs", "10", "--shard", "1/2", "--out", &one]);
    assert!(out.status.success());
    assert!(text(&out.stderr).contains(" écrit\u{202f}: parties 5 à 9 sur 10\n"), "{}", text(&out.stderr));
    let out = harmattan(&["--lang", "fr", "simulate", "merge", &one]);
    assert_eq!(out.status.code(), Some(1));
    let said = text(&out.stderr);
    assert!(
        said.starts_with("erreur\u{202f}: aucune tranche ne contient les parties 0 à 4 de la série de 10"),
        "{said}"
    );
    std::fs::write(&bad, "{\"format\": ").expect("write");
    let said = text(&harmattan(&["--lang", "ar", "simulate", "merge", &bad]).stderr);
    assert!(said.starts_with("خطأ: ") && said.contains("ليس شريحة محاكاة (JSON غير سليم: "), "{said}");
    let out = harmattan(&["--lang", "ar", "simulate", TUTORIAL, "--runs", "3", "--seat", "mali=greedy"]);
    assert_eq!(out.status.code(), Some(2));
    let said = text(&out.stderr);
    assert!(said.contains("`mali` ليس طرفًا قابلًا للعب؛ اختر من بين kesh، tarsa، oru"), "{said}");
    let out = harmattan(&["--lang", "fr", "simulate", TUTORIAL, "--runs", "3"]);
    assert!(text(&out.stderr).starts_with("3 parties en "), "{}", text(&out.stderr));
}
