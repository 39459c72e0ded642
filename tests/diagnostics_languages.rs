//! Diagnostics in French and Arabic: `harmattan --lang fr|ar validate`
//! prints the same problems as in English (same codes, same places), every
//! sentence and label in the language asked for, and the codes, ids and
//! expressions as written.

use std::path::Path;

use assert_cmd::Command;
use harmattan::i18n::Lang;
use harmattan::scenario::{Loaded, load_in};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/bad_scenarios");

/// A few files of the corpus, one of each family: a RON type error, an
/// unknown field, a range, an expression's syntax and names, a warning,
/// an invalid id with its uses folded.
const SAMPLE: [&str; 7] = [
    "wrong_type_string_for_number.ron",
    "unknown_field_typo.ron",
    "action_ap_zero.ron",
    "expr_chained_comparison.ron",
    "aggregate_nested.ron",
    "warn_no_objectives.ron",
    "multi_invalid_id_and_its_uses.ron",
];

/// What `harmattan --lang LANG validate FILES…` writes on stderr, run from the corpus folder.
fn validate(lang: &str, files: &[&str]) -> String {
    let output = Command::cargo_bin("harmattan")
        .expect("the binary is built for integration tests")
        .current_dir(CORPUS)
        .env("NO_COLOR", "1")
        .args(["--lang", lang, "validate"])
        .args(files)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1), "an error in the files is exit 1");
    String::from_utf8(output.stderr).expect("UTF-8")
}

#[test]
fn validate_speaks_french() {
    insta::assert_snapshot!("validate_fr", validate("fr", &SAMPLE));
}

#[test]
fn validate_speaks_arabic() {
    insta::assert_snapshot!("validate_ar", validate("ar", &SAMPLE));
}

#[test]
fn json_messages_follow_the_language_and_codes_stay_english() {
    let output = Command::cargo_bin("harmattan")
        .expect("built")
        .current_dir(CORPUS)
        .args(["--lang", "fr", "validate", "--format", "json", "action_ap_zero.ron"])
        .output()
        .expect("runs");
    let line = String::from_utf8(output.stdout).expect("UTF-8");
    let json: serde_json::Value = serde_json::from_str(line.trim()).expect("one JSON object");
    assert_eq!(json["code"], "out-of-range");
    assert_eq!(json["message"], "l'action `subsidise` coûte 0 point d'action\u{202f}; tout ordre en coûte au moins 1");
    assert_eq!(json["help"], "employez une valeur de 1 à 2, ou omettez `ap` pour 1");
}

/// A problem as compared across languages: code, place, message and help.
type Problem = (&'static str, Option<std::ops::Range<usize>>, String, Option<String>);

/// Every problem of a file, in a language.
fn problems(loaded: &Loaded) -> Vec<Problem> {
    loaded.diagnostics.iter().map(|d| (d.code, d.span.clone(), d.message.clone(), d.help.clone())).collect()
}

/// ron's own words for a syntax error it names (no catalogue has them).
fn ron_speaks(message: &str) -> bool {
    ["unexpected", "expected"].iter().any(|w| message.starts_with(w)) && !message.contains('`')
}

#[test]
fn every_problem_of_the_corpus_is_written_in_french_and_in_arabic() {
    let mut files: Vec<_> = std::fs::read_dir(CORPUS)
        .expect("the corpus")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    files.sort();
    let mut english_left = Vec::new();
    for path in &files {
        let bytes = std::fs::read(path).expect("readable");
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let load = |lang| load_in(name, &bytes, None, lang, None);
        let english = load(Lang::En);
        for lang in [Lang::Fr, Lang::Ar] {
            let other = load(lang);
            let (en, theirs) = (problems(&english), problems(&other));
            assert_eq!(en.len(), theirs.len(), "{name} in {lang}: the same problems");
            for (e, t) in en.iter().zip(&theirs) {
                assert_eq!((e.0, &e.1), (t.0, &t.1), "{name} in {lang}: same code, same place");
                if e.2 == t.2 && !ron_speaks(&e.2) {
                    english_left.push(format!("{lang} {name}: {}", e.2));
                }
                if e.3.is_some() && e.3 == t.3 {
                    english_left.push(format!("{lang} {name} (help): {}", e.3.as_deref().unwrap_or_default()));
                }
            }
        }
    }
    assert!(english_left.is_empty(), "still in English:\n{}", english_left.join("\n"));
}

#[test]
fn a_translations_problems_follow_the_language_asked() {
    use harmattan::scenario::translate::{Source, check};
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad_translations/duplicate_key.fr.ron");
    let bytes = std::fs::read(file).expect("readable");
    let scenario = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(harmattan::scenario::TUTORIAL)
        .expect("the tutorial parses");
    let source = Source { name: "duplicate_key.fr.ron", bytes: &bytes, built_in: false };
    let arabic = check(source, &scenario, "fr", Lang::Ar);
    let twice = arabic.diagnostics.iter().find(|d| d.code == "duplicate-key").expect("the key given twice");
    assert!(twice.message.ends_with("مذكور مرّتين"), "{}", twice.message);
    assert!(twice.help.as_deref().is_some_and(|h| h.starts_with("أبقِ واحدًا")), "{:?}", twice.help);
}

#[test]
fn the_language_server_speaks_the_editors_locale() {
    use lsp_server::{Connection, Message, Notification, Request, RequestId};
    use serde_json::json;
    let (server_end, conn) = Connection::memory();
    let server = std::thread::spawn(move || harmattan::lsp::serve(&server_end));
    let wait = std::time::Duration::from_secs(20);
    let send = |m: Message| conn.sender.send(m).expect("the server listens");
    send(Request::new(RequestId::from(1), "initialize".into(), json!({"capabilities": {}, "locale": "fr-FR"})).into());
    send(Notification::new("initialized".into(), json!({})).into());
    let uri = "file:///tmp/ap.ron";
    let text = std::fs::read_to_string(Path::new(CORPUS).join("action_ap_zero.ron")).expect("readable");
    let document = json!({"textDocument": {"uri": uri, "languageId": "ron", "version": 1, "text": text}});
    send(Notification::new("textDocument/didOpen".into(), document).into());
    let published = loop {
        match conn.receiver.recv_timeout(wait).expect("diagnostics in time") {
            Message::Notification(n) if n.method == "textDocument/publishDiagnostics" => break n.params,
            _ => {}
        }
    };
    let first = &published["diagnostics"][0];
    assert_eq!(first["code"], "out-of-range");
    let message = first["message"].as_str().expect("a message");
    assert!(message.starts_with("l'action `subsidise` coûte 0 point d'action"), "{message}");
    assert!(message.contains("\naide\u{202f}: employez une valeur de 1 à 2"), "{message}");
    send(Request::new(RequestId::from(2), "shutdown".into(), serde_json::Value::Null).into());
    send(Notification::new("exit".into(), serde_json::Value::Null).into());
    drop(conn);
    server.join().expect("the server thread ends");
}

#[test]
fn a_broken_save_is_explained_in_the_language_asked() {
    let run = |lang: &str, file: &str| {
        let output = Command::cargo_bin("harmattan")
            .expect("built")
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(["--lang", lang, "replay", file])
            .output()
            .expect("runs");
        assert_eq!(output.status.code(), Some(1), "a broken save is exit 1");
        String::from_utf8(output.stderr).expect("UTF-8")
    };
    assert_eq!(
        run("fr", "tests/bad_saves/empty.ron"),
        "erreur\u{202f}: tests/bad_saves/empty.ron:1:1\u{202f}: ce n'est pas une sauvegarde valide\u{202f}: le fichier est vide\n"
    );
    assert_eq!(
        run("ar", "tests/bad_saves/seat_for_unknown_faction.ron"),
        "خطأ: tests/bad_saves/seat_for_unknown_faction.ron: ملف الحفظ غير متّسق (عُدّل يدويًا أو تلف): مقعد لـ`chad`، وهو ليس طرفًا قابلًا للعب في السيناريو\n"
    );
    assert_eq!(
        run("en", "tests/bad_saves/future_format.ron"),
        "error: tests/bad_saves/future_format.ron: save format 2 is not supported (this version reads format 1); update Harmattan\n"
    );
}

#[test]
fn an_orders_script_is_checked_in_the_language_asked() {
    use harmattan::headless::{ScriptError, parse_script};
    let tutorial = load_in("t.ron", harmattan::scenario::TUTORIAL.as_bytes(), None, Lang::En, None);
    let scenario = tutorial.scenario.expect("the tutorial loads");
    let text = "(turns: [\n  {\"kesh\": (orders: [(action: \"ration_fuell\", target: \"kesh_nort\")])},\n])";
    let shown = |lang| match parse_script("o.ron", text, &scenario, lang) {
        Err(ScriptError::Invalid { problems }) => problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
        other => panic!("not Invalid: {other:?}"),
    };
    assert_eq!(
        shown(Lang::Fr),
        [
            "o.ron:2:31\u{202f}: tour 1\u{202f}: `ration_fuell` n'est pas une action de ce scénario\u{202f}: vouliez-vous dire `ration_fuel`\u{202f}?"
        ]
    );
    assert_eq!(
        shown(Lang::En),
        ["o.ron:2:31: turn 1: `ration_fuell` is not an action of this scenario: did you mean `ration_fuel`?"]
    );
}
