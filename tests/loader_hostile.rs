//! Hostile input: whatever bytes the loader is given, it answers with
//! diagnostics, never a panic or a hang.

use std::sync::mpsc;
use std::time::Duration;

use harmattan::scenario::diagnostic::line_col;
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
fn a_five_megabyte_unterminated_string_is_located_at_its_start() {
    let text = format!("Scenario(\n    format: 1,\n    meta: (id: \"{}", "a".repeat(5 * 1024 * 1024));
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
