//! Hostile input: whatever bytes the loader is given, it answers with
//! diagnostics, never a panic or a hang.

use std::sync::mpsc;
use std::time::Duration;

use harmattan::scenario::cost::{orders_cost, turn_cost};
use harmattan::scenario::diagnostic::line_col;
use harmattan::scenario::synthetic::synthetic;
use harmattan::scenario::validate::limits;
use harmattan::scenario::{Loaded, MAX_FILE_SIZE, TUTORIAL, load};

/// Loads on another thread (default stack size) and fails if it takes longer than `secs`.
fn load_within(secs: u64, bytes: Vec<u8>) -> Loaded {
    let (tx, rx) = mpsc::channel();
    let worker = std::thread::spawn(move || {
        let loaded = load("hostile.ron", &bytes);
        let _ = tx.send(loaded);
    });
    match rx.recv_timeout(Duration::from_secs(secs)) {
        Ok(loaded) => loaded,
        Err(mpsc::RecvTimeoutError::Timeout) => panic!("the loader took more than {secs} s"),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            let _ = worker.join();
            panic!("the loader panicked")
        }
    }
}

/// Every span lies inside the source, on character boundaries, and renders.
fn assert_well_formed(loaded: &Loaded) {
    for d in &loaded.diagnostics {
        if let Some(span) = &d.span {
            assert!(span.start <= span.end && span.end <= loaded.source.len(), "{d:?} outside the source");
            assert!(loaded.source.is_char_boundary(span.start), "{d:?} starts inside a character");
        }
        assert!(!d.message.is_empty());
    }
    for fd in loaded.file_diagnostics() {
        let _ = fd.render(false);
        let _ = fd.to_json();
    }
    assert_eq!(loaded.scenario.is_some(), !loaded.has_errors());
}

fn only_error(loaded: &Loaded) -> (&'static str, Option<(usize, usize)>) {
    assert_well_formed(loaded);
    assert_eq!(loaded.diagnostics.len(), 1, "{:#?}", loaded.diagnostics);
    let d = &loaded.diagnostics[0];
    (d.code, d.span.as_ref().map(|s| line_col(&loaded.source, s.start)))
}

#[test]
fn an_empty_file_is_reported_as_empty() {
    assert_eq!(only_error(&load_within(5, Vec::new())), ("empty-file", None));
}

#[test]
fn a_file_of_whitespace_is_reported_as_empty() {
    assert_eq!(only_error(&load_within(5, b" \n\t\r\n   \n\n".to_vec())), ("empty-file", None));
    assert_eq!(only_error(&load_within(5, b"\xef\xbb\xbf\r\n".to_vec())), ("empty-file", None));
}

#[test]
fn binary_junk_is_refused_with_a_position() {
    let junk: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    let loaded = load_within(5, junk);
    assert_well_formed(&loaded);
    assert!(loaded.has_errors());
    // Valid UTF-8 that is not RON: control characters and NULs.
    let loaded = load_within(5, b"\0\x01\x02Scenario(\0)".to_vec());
    assert_eq!(only_error(&loaded).1, Some((1, 1)));
}

// A scenario's types never nest deeply, so deep brackets are refused at the
// first one that does not fit (ron's depth limit stays as a second guard).
#[test]
fn two_hundred_thousand_open_parentheses_are_refused_at_once() {
    let loaded = load_within(10, "(".repeat(200_000).into_bytes());
    assert_eq!(only_error(&loaded), ("syntax", Some((1, 2))));
    let inside = format!("Scenario(format: 1, meta: (id: {}", "(".repeat(200_000));
    assert_eq!(only_error(&load_within(10, inside.into_bytes())), ("wrong-type", Some((1, 31))));
}

#[test]
fn two_hundred_thousand_open_brackets_are_refused_at_once() {
    let loaded = load_within(10, format!("Scenario(format: 1, meta: {}", "[".repeat(200_000)).into_bytes());
    assert_eq!(only_error(&loaded), ("wrong-type", Some((1, 27))));
    let loaded = load_within(10, "[".repeat(200_000).into_bytes());
    assert_eq!(only_error(&loaded), ("wrong-type", Some((1, 1))));
    let closed = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(only_error(&load_within(10, closed.into_bytes())), ("wrong-type", Some((1, 1))));
    let in_a_list = format!("Scenario(format: 1, meta: (id: \"x\"), factions: [{}", "[".repeat(200_000));
    assert!(load_within(10, in_a_list.into_bytes()).has_errors());
}

#[test]
fn a_three_megabyte_unterminated_string_is_located_at_its_start() {
    let text = format!("Scenario(\n    format: 1,\n    meta: (id: \"{}", "a".repeat(3 * 1024 * 1024));
    let loaded = load_within(10, text.into_bytes());
    assert_eq!(only_error(&loaded), ("syntax", Some((3, 16))));
    assert!(loaded.diagnostics[0].message.contains("never closed"));
}

#[test]
fn invalid_utf8_is_reported_at_its_line_and_column() {
    let mut bytes = TUTORIAL.as_bytes().to_vec();
    // Line 10 is `        title: "The Salt Road (tutorial)",`; break the `S` of `Salt`.
    let line_start = TUTORIAL.split_inclusive('\n').take(9).map(str::len).sum::<usize>();
    let col = TUTORIAL[line_start..].find("Salt").expect("the tutorial's title") + 1;
    bytes[line_start + col - 1] = 0xff;
    assert_eq!(only_error(&load_within(5, bytes.clone())), ("not-utf8", Some((10, col))));
    // The same place in a copy with a BOM and CRLF line endings.
    let mut crlf = b"\xef\xbb\xbf".to_vec();
    crlf.extend_from_slice(&String::from_utf8_lossy(&bytes).replace('\n', "\r\n").into_bytes());
    let at = crlf.windows(3).position(|w| w == "\u{fffd}".as_bytes()).expect("the replacement character");
    crlf.splice(at..at + 3, [0xff]);
    assert_eq!(only_error(&load_within(5, crlf)), ("not-utf8", Some((10, col))));
    // A truncated multi-byte character at the very end.
    let mut cut = TUTORIAL.as_bytes().to_vec();
    cut.extend_from_slice("é".as_bytes().get(..1).unwrap_or_default());
    let lines = TUTORIAL.lines().count();
    assert_eq!(only_error(&load_within(5, cut)), ("not-utf8", Some((lines + 1, 1))));
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_parsing() {
    let loaded = load_within(10, vec![b' '; MAX_FILE_SIZE + 1]);
    assert_eq!(only_error(&loaded), ("file-too-large", None));
    assert!(loaded.source.is_empty(), "the text of a huge file is not kept");
}

fn bom_crlf(text: &str) -> Vec<u8> {
    let mut bytes = b"\xef\xbb\xbf".to_vec();
    bytes.extend_from_slice(text.replace('\n', "\r\n").as_bytes());
    bytes
}

#[test]
fn a_bom_and_crlf_copy_of_the_tutorial_loads_to_the_same_scenario() {
    let lf = load_within(5, TUTORIAL.as_bytes().to_vec());
    let crlf = load_within(5, bom_crlf(TUTORIAL));
    assert!(lf.diagnostics.is_empty() && crlf.diagnostics.is_empty(), "{:#?}", crlf.diagnostics);
    assert_eq!(lf.source, crlf.source);
    assert_eq!(format!("{:?}", lf.scenario), format!("{:?}", crlf.scenario));
    assert!(lf.scenario.is_some());
}

#[test]
fn a_copy_with_cr_only_line_endings_loads_like_the_original() {
    let cr = load_within(5, TUTORIAL.replace('\n', "\r").into_bytes());
    assert!(cr.diagnostics.is_empty(), "{:#?}", cr.diagnostics);
    assert_eq!(format!("{:?}", cr.scenario), format!("{:?}", load_within(5, TUTORIAL.as_bytes().to_vec()).scenario));
    // A mistake is reported on its own line, not as "the file holds only comments".
    let broken = TUTORIAL.replacen("capacity: 20", "capacity: -20", 1);
    let lf = load_within(5, broken.clone().into_bytes());
    let cr = load_within(5, broken.replace('\n', "\r").into_bytes());
    let places = |l: &Loaded| l.file_diagnostics().map(|d| d.location()).collect::<Vec<_>>();
    assert_eq!(places(&lf), places(&cr));
}

#[test]
fn a_bom_and_crlf_copy_of_a_broken_tutorial_reports_the_same_places() {
    let broken = TUTORIAL
        .replacen("controller: \"kesh\"", "controller: \"kesh2\"", 1)
        .replacen("capacity: 20", "capacity: -20", 1)
        .replacen("\"not flag.ambassadors\"", "\"not flag.ambassador\"", 1)
        .replacen("weight: 3", "weight: 0", 1);
    let lf = load_within(5, broken.clone().into_bytes());
    let crlf = load_within(5, bom_crlf(&broken));
    assert!(lf.diagnostics.len() >= 4, "{:#?}", lf.diagnostics);
    assert_eq!(format!("{:?}", lf.diagnostics), format!("{:?}", crlf.diagnostics));
    let places = |l: &Loaded| l.file_diagnostics().map(|d| d.location()).collect::<Vec<_>>();
    assert_eq!(places(&lf), places(&crlf));
    // And a syntax error, which ron reports itself.
    let syntax = TUTORIAL.replacen("format: 1,", "format: 1", 1);
    let lf = load_within(5, syntax.clone().into_bytes());
    let crlf = load_within(5, bom_crlf(&syntax));
    assert_eq!(lf.diagnostics[0].code, "syntax");
    assert_eq!(format!("{:?}", lf.diagnostics), format!("{:?}", crlf.diagnostics));
}

#[test]
fn strange_but_harmless_text_never_panics() {
    let cases: [&[u8]; 12] = [
        b"Scenario(",
        b")",
        b"\"",
        b"r##\"",
        b"/*",
        b"// only a comment",
        b"#![enable(implicit_some)]",
        b"Scenario(format: 99999999999999999999999)",
        b"Scenario(format: -1)",
        "Scénario(é: 1)".as_bytes(),
        b"Scenario(format: 1, meta: (id: \"\\u{110000}\"))",
        b"'\\",
    ];
    for bytes in cases {
        let loaded = load_within(5, bytes.to_vec());
        assert_well_formed(&loaded);
        assert!(loaded.has_errors(), "{:?} loaded", String::from_utf8_lossy(bytes));
    }
}

/// The diagnostics that have a place, as (code, line, column), in file order.
fn placed(loaded: &Loaded) -> Vec<(&'static str, usize, usize)> {
    loaded
        .diagnostics
        .iter()
        .filter_map(|d| d.span.as_ref().map(|s| line_col(&loaded.source, s.start)).map(|(l, c)| (d.code, l, c)))
        .collect()
}

/// A scenario around the given regions, routes, factions and rules (each a list of RON items).
fn scenario_with(factions: &str, regions: &str, routes: &str, actions: &str, rules: &str) -> String {
    format!(
        "Scenario(format: 1, meta: (id: \"hostile\", title: \"Hostile\", summary: \"\", calendar: (start: \"2025-01\", turns: 5)),\n\
         variables: (faction: [(id: \"v\", name: \"V\", min: 0, max: 100, initial: 50)],\n\
         region: [(id: \"fuel\", name: \"Fuel\", min: 0, max: 100, initial: 10)]),\n\
         factions: [\n{factions}],\nregions: [\n{regions}],\nroutes: [\n{routes}],\nactions: [\n{actions}],\nrules: [\n{rules}],\n)\n"
    )
}

fn one_faction() -> String {
    "(id: \"kesh\", name: \"Kesh\", colour: \"red\", objectives: [(id: \"o\", name: \"O\", weight: 1, score: \"self.v\")]),\n"
        .to_string()
}

// "Did you mean" compares an unknown name with every id of its kind; with
// long names that once cost minutes for a file this size.
#[test]
fn two_hundred_kilobytes_of_long_unknown_ids_are_reported_at_once() {
    let id = |prefix: char, i: usize| format!("{prefix}{}{i:07}", "x".repeat(limits::ID_LEN - 8));
    let regions: String = (0..1100).map(|i| format!("(id: \"{}\", name: \"R\", map: (1, 1)),\n", id('r', i))).collect();
    // Each route names two regions that do not exist, one letter off a real one.
    let routes: String = (0..480)
        .map(|i| {
            format!(
                "(id: \"t{i}\", name: \"T\", from: \"{}\", to: \"{}\", carries: \"fuel\", capacity: 1),\n",
                id('u', 2 * i),
                id('u', 2 * i + 1)
            )
        })
        .collect();
    let text = scenario_with(&one_faction(), &regions, &routes, "", "");
    assert!(text.len() > 200_000, "{} bytes", text.len());
    // Where each route's `from` and `to` are: 1-based line, and the column of the opening quote.
    let expected: Vec<(&str, usize, usize)> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.starts_with("(id: \"t"))
        .flat_map(|(i, l)| {
            let col = |field: &str| l.find(field).map_or(0, |at| at + field.len() + 1);
            [("unknown-name", i + 1, col("from: ")), ("unknown-name", i + 1, col("to: "))]
        })
        .collect();
    let loaded = load_within(10, text.into_bytes());
    assert_well_formed(&loaded);
    assert!(loaded.has_errors());
    let found = placed(&loaded);
    assert!(found.len() >= 100, "{} problems reported", found.len());
    assert_eq!(found, expected[..found.len()]);
    // The first searches suggest the region one letter away; once the work
    // allowed for suggestions is spent, the rest list known regions instead.
    let first = loaded.diagnostics.iter().find(|d| d.code == "unknown-name").expect("an unknown name");
    assert_eq!(first.help.as_deref(), Some(format!("did you mean `{}`?", id('r', 0)).as_str()));
    let last = loaded.diagnostics.iter().rev().find(|d| d.code == "unknown-name").expect("an unknown name");
    assert!(last.help.as_deref().is_some_and(|h| h.starts_with("known region ids include")), "{:?}", last.help);
}

// A name of 100,000 characters repeated 10,000 times by a news line once made
// a line of a gigabyte: both are refused at their limits.
#[test]
fn a_long_name_repeated_by_a_news_line_is_refused() {
    let name = "K".repeat(100_000);
    let news = "{self} ".repeat(10_000);
    let text = TUTORIAL.replacen("name: \"Kesh\"", &format!("name: \"{name}\""), 1).replacen(
        "news_success: \"{self} recalls its ambassador from {target}.\"",
        &format!("news_success: \"{news}\""),
        1,
    );
    let loaded = load_within(5, text.into_bytes());
    assert_well_formed(&loaded);
    let messages: Vec<(&str, &str)> = loaded.diagnostics.iter().map(|d| (d.code, d.message.as_str())).collect();
    assert_eq!(
        messages,
        [
            ("too-long", "this faction name is 100,000 characters long; at most 200 are allowed"),
            ("too-long", "this news line is 70,000 characters long; at most 1,000 are allowed"),
            ("too-long", "this news line uses `{self}` and `{target}` 10000 times; at most 8 are allowed"),
        ]
    );
}

// Every kind of text is checked: one control character in each is reported
// where it is, and names its character.
#[test]
fn a_control_character_in_any_text_is_reported_where_it_is() {
    let esc = "\u{1b}]0;pwned\u{7}";
    let places = [
        ("title: \"The Salt Road (tutorial)\"", "title: \"The Salt Road\u{1b}]0;pwned\u{7}\""),
        ("briefing: \"Kesh is landlocked.", "briefing: \"Kesh is\u{1b}]0;pwned\u{7} landlocked."),
        ("{self} recalls its ambassador", "{self}\u{1b}]0;pwned\u{7} recalls its ambassador"),
        ("text: \"A thick dust storm", "text: \"A thick\u{1b}]0;pwned\u{7} dust storm"),
        (
            "income: {\"treasury\": \"10 + self.stability / 10\"}",
            "income: {\"treasury\": \"10 +\u{9b}2J self.stability / 10\"}",
        ),
        ("values: {\"treasury\": 80}", "values: {\"treas\u{1b}ury\": 80}"),
        ("controller: \"tarsa\"", "controller: \"tar\u{202e}sa\""),
    ];
    let mut text = TUTORIAL.to_string();
    for (from, to) in places {
        assert!(text.contains(from), "the tutorial has `{from}`");
        text = text.replacen(from, to, 1);
    }
    assert!(text.contains(esc));
    let loaded = load_within(5, text.clone().into_bytes());
    assert_well_formed(&loaded);
    let found: Vec<(&str, usize, usize, &str)> = loaded
        .diagnostics
        .iter()
        .map(|d| {
            let (line, col) = line_col(&loaded.source, d.span.as_ref().map_or(0, |s| s.start));
            (d.code, line, col, d.message.as_str())
        })
        .collect();
    // Each is at the character itself.
    for &(code, line, col, message) in &found {
        assert_eq!(code, "control-character", "{message}");
        let at: String = loaded.source.lines().nth(line - 1).expect("the line").chars().skip(col - 1).take(1).collect();
        let c = at.chars().next().expect("a character");
        assert!(c.is_control() || c == '\u{202e}', "{message}: {c:?} at {line}:{col}");
    }
    let messages: Vec<&str> = found.iter().map(|f| f.3).collect();
    assert_eq!(
        messages,
        [
            "this title contains U+001B ESCAPE, a control character",
            "this briefing contains U+001B ESCAPE, a control character",
            "this variable id contains U+001B ESCAPE, a control character",
            "this income contains U+009B CONTROL SEQUENCE INTRODUCER, a control character",
            "this faction id contains U+202E RIGHT-TO-LEFT OVERRIDE, a character that reorders text",
            "this news line contains U+001B ESCAPE, a control character",
            "this event text contains U+001B ESCAPE, a control character",
        ]
    );
}

// 20 rules over every pair of 64 factions, each with 64 long effects: about
// 5 s a turn before the estimate refused it.
#[test]
fn pairwise_rules_over_sixty_four_factions_are_refused() {
    let factions: String = (0..64)
        .map(|i| format!("(id: \"f{i}\", name: \"F{i}\", colour: \"red\", objectives: [(id: \"o\", name: \"O\", weight: 1, score: \"self.v\")]),\n"))
        .collect();
    let mut effect = String::from("relation(self, target) += 0");
    while effect.len() < 950 {
        effect.push_str(" + if(relation(self, target) > self.v, 1, 0)");
    }
    let list = vec![format!("\"{effect}\""); 64].join(", ");
    let rules: String = (0..20).map(|r| format!("(id: \"drift_{r}\", each: Pairs, effects: [{list}]),\n")).collect();
    let text = scenario_with(&factions, "", "", "", &rules);
    let first_rule = text.lines().position(|l| l.starts_with("(id: \"drift_0\"")).expect("the first rule") + 1;
    let loaded = load_within(10, text.into_bytes());
    assert_well_formed(&loaded);
    assert_eq!(placed(&loaded), [("turn-too-costly", first_rule, 6)]);
    let d = &loaded.diagnostics[0];
    assert!(
        d.message.starts_with("resolving one turn would take about ")
            && d.message.ends_with(" units of work; the limit is 6,000,000"),
        "{}",
        d.message
    );
    let help = d.help.as_deref().unwrap_or_default();
    assert!(help.starts_with("the heaviest part is rule `drift_0`, for each of 2016 pairs of factions: "), "{help}");
    assert!(help.contains(" units, 4% of it;"), "{help}");
}

// An action whose requirement is checked against 4,000 routes, for the
// orders screen and the computer players, every time orders are prepared.
#[test]
fn an_action_checked_against_thousands_of_targets_is_refused() {
    let regions = "(id: \"a\", name: \"A\", map: (1, 1)),\n(id: \"b\", name: \"B\", map: (2, 2)),\n";
    let routes: String = (0..4000)
        .map(|i| format!("(id: \"r{i}\", name: \"R\", from: \"a\", to: \"b\", carries: \"fuel\", capacity: 1),\n"))
        .collect();
    let requires = ["target.capacity > self.v"; 8].join(" and ");
    let actions: String = (0..60)
        .map(|i| {
            format!("(id: \"patrol_{i}\", name: \"Patrol\", category: Security, factions: [\"kesh\"], target: Route, requires: [(\"{requires}\", \"Too weak.\")]),\n")
        })
        .collect();
    let text = scenario_with(&one_faction(), regions, &routes, &actions, "");
    let first_action = text.lines().position(|l| l.starts_with("(id: \"patrol_0\"")).expect("the first action") + 1;
    let loaded = load_within(10, text.into_bytes());
    assert_well_formed(&loaded);
    assert_eq!(placed(&loaded), [("turn-too-costly", first_action, 6)]);
    let d = &loaded.diagnostics[0];
    assert!(d.message.starts_with("checking every order faction `kesh` could give would take about "), "{}", d.message);
    let help = d.help.as_deref().unwrap_or_default();
    assert!(help.starts_with("the heaviest part is action `patrol_0`, checked against 4000 routes: "), "{help}");
}

#[test]
fn the_shipped_scenarios_and_the_ten_times_synthetic_one_fit_every_limit_with_room() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios");
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("scenarios/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .map(|p| (p.display().to_string(), std::fs::read_to_string(&p).expect("a shipped scenario is text")))
        .collect();
    // The default scenario (both its games) and the tutorial; the historical
    // orders live in scenarios/history/, which this does not read.
    assert!(files.len() >= 2);
    files.push(("template".into(), harmattan::scenario::template::TEMPLATE.to_string()));
    files.push(("synthetic(1)".into(), synthetic(1)));
    files.push(("synthetic(10)".into(), synthetic(10)));
    for (name, text) in files {
        let loaded = load_within(20, text.into_bytes());
        assert!(loaded.diagnostics.is_empty(), "{name}: {:#?}", loaded.diagnostics);
        let scn = loaded.scenario.expect("no diagnostics means a scenario");
        let turn = turn_cost(&scn, harmattan::i18n::Lang::En).total;
        let orders = orders_cost(&scn, harmattan::i18n::Lang::En).map_or(0, |(_, o)| o.total);
        // Far below each limit, so that bigger honest scenarios fit too (the
        // estimate of order checks counts every one as refused, which honest
        // scenarios seldom are).
        assert!(turn * 20 <= limits::TURN_COST, "{name}: a turn costs {turn}");
        assert!(orders * 10 <= limits::ORDERS_COST, "{name}: checking orders costs {orders}");
    }
}

// A million mistakes are not a million diagnostics: checking stops after
// the first thousand problems, and says so.
#[test]
fn a_file_of_a_hundred_thousand_mistakes_is_reported_in_bounded_form() {
    let values: String = (0..100_000).map(|i| format!("\"k{i}\": 1, ")).collect();
    let regions = format!("(id: \"a\", name: \"A\", map: (1, 1), values: {{{values}}}),\n");
    let loaded = load_within(10, scenario_with(&one_faction(), &regions, "", "", "").into_bytes());
    assert_well_formed(&loaded);
    assert!(loaded.diagnostics.len() <= limits::PROBLEMS + 2, "{} diagnostics", loaded.diagnostics.len());
    let stop = loaded.diagnostics.iter().find(|d| d.code == "too-many" && d.span.is_none()).expect("a last word");
    assert_eq!(stop.message, "the file has more than 1,000 problems; only the first 1,000 are reported");
    assert!(stop.is_error());
}
