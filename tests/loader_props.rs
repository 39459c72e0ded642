//! Property tests: the loader and the expression compiler answer every input
//! with a result or located diagnostics, and never panic.

use std::path::PathBuf;

use harmattan::scenario::expr::compile::{Names, compile_effect, compile_expr};
use harmattan::scenario::expr::{EntityKind, Scope, Type};
use harmattan::scenario::{Loaded, load};
use proptest::prelude::*;

/// Spans lie inside the source on character boundaries; a scenario exists exactly when there is no error.
fn assert_well_formed(loaded: &Loaded) -> Result<(), TestCaseError> {
    for d in &loaded.diagnostics {
        if let Some(span) = &d.span {
            prop_assert!(span.start <= span.end && span.end <= loaded.source.len(), "{:?} outside the source", d);
            prop_assert!(loaded.source.is_char_boundary(span.start), "{:?} starts inside a character", d);
        }
        prop_assert!(!d.message.is_empty());
    }
    for fd in loaded.file_diagnostics() {
        let _ = fd.location();
        let _ = fd.to_json();
    }
    prop_assert_eq!(loaded.scenario.is_some(), !loaded.has_errors());
    Ok(())
}

/// Every shipped scenario, with its name.
fn shipped() -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios"));
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .expect("scenarios/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .map(|p| (p.display().to_string(), std::fs::read(&p).expect("a shipped scenario is readable")))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    files
}

/// Names of the tutorial, so compiled expressions can resolve real ids.
fn tutorial_names() -> Names {
    let loaded = harmattan::scenario::load_default();
    let s = loaded.scenario.expect("the tutorial loads");
    let mut names = Names::default();
    names.turns = i64::from(s.turns());
    for (i, f) in s.factions.iter().enumerate() {
        names.entities.insert(f.id.clone(), (EntityKind::Faction, i));
    }
    for (i, r) in s.regions.iter().enumerate() {
        names.entities.insert(r.id.clone(), (EntityKind::Region, i));
    }
    for (i, r) in s.routes.iter().enumerate() {
        names.entities.insert(r.id.clone(), (EntityKind::Route, i));
    }
    names.faction_vars = s.faction_vars.iter().map(|v| v.id.clone()).collect();
    names.region_vars = s.region_vars.iter().map(|v| v.id.clone()).collect();
    names.flags = s.flags.iter().map(|f| f.id.clone()).collect();
    names
}

/// Expression-like text: the language's tokens, names and some junk, in any order.
fn expression_text() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("self".to_string()),
        Just("target".to_string()),
        Just("turn".to_string()),
        Just("kesh".to_string()),
        Just("kesh_north".to_string()),
        Just("salt_road".to_string()),
        Just(".treasury".to_string()),
        Just(".fuel_stock".to_string()),
        Just(".open".to_string()),
        Just("flag.ambassadors".to_string()),
        Just("relation(".to_string()),
        Just("controls(".to_string()),
        Just("min(".to_string()),
        Just("clamp(".to_string()),
        Just("if(".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just(",".to_string()),
        Just(" and ".to_string()),
        Just(" or ".to_string()),
        Just("not ".to_string()),
        Just("-".to_string()),
        "[-+*/%<>=!]{1,2}",
        "[0-9]{1,20}",
        "[a-z_]{1,8}",
        "\\PC{0,3}",
    ];
    proptest::collection::vec(token, 0..24).prop_map(|t| t.concat())
}

fn scopes() -> impl Strategy<Value = Scope> {
    let kind = prop_oneof![
        Just(None),
        Just(Some(EntityKind::Faction)),
        Just(Some(EntityKind::Region)),
        Just(Some(EntityKind::Route))
    ];
    (kind.clone(), kind).prop_map(|(self_kind, target_kind)| Scope { self_kind, target_kind })
}

fn wants() -> impl Strategy<Value = Option<Type>> {
    prop_oneof![Just(None), Just(Some(Type::Num)), Just(Some(Type::Bool))]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        assert_well_formed(&load("arbitrary.ron", &bytes))?;
    }

    #[test]
    fn arbitrary_text_with_ron_punctuation_never_panics(text in "[()\\[\\]{}:,\"'/*#!a-z0-9 \\n\\\\r]{0,400}") {
        let loaded = load("arbitrary.ron", text.as_bytes());
        assert_well_formed(&loaded)?;
        prop_assert!(loaded.has_errors());
    }

    #[test]
    fn arbitrary_strings_compile_or_explain(text in "\\PC{0,200}", scope in scopes(), want in wants()) {
        let names = tutorial_names();
        for result in [compile_expr(&text, &names, scope, want).map(|_| ()), compile_effect(&text, &names, scope).map(|_| ())] {
            if let Err(e) = result {
                prop_assert!(e.span.start <= e.span.end && e.span.end <= text.len().max(1), "{:?} outside {:?}", e, text);
                prop_assert!(!e.message.is_empty());
            }
        }
    }

    #[test]
    fn expression_like_strings_compile_or_explain(text in expression_text(), scope in scopes(), want in wants()) {
        let names = tutorial_names();
        for result in [compile_expr(&text, &names, scope, want).map(|_| ()), compile_effect(&text, &names, scope).map(|_| ())] {
            if let Err(e) = result {
                prop_assert!(e.span.start <= e.span.end && e.span.end <= text.len().max(1), "{:?} outside {:?}", e, text);
                prop_assert!(!e.message.is_empty());
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn truncated_shipped_scenarios_report_an_error(cut in any::<prop::sample::Index>()) {
        for (name, bytes) in shipped() {
            let at = cut.index(bytes.len());
            let loaded = load(&name, &bytes[..at]);
            assert_well_formed(&loaded)?;
            // Cut before the closing parenthesis of `Scenario( … )`, the file cannot be complete.
            let last_paren = bytes.iter().rposition(|&b| b == b')').unwrap_or(0);
            if at <= last_paren {
                prop_assert!(loaded.has_errors(), "{} cut at byte {} loaded", name, at);
            }
        }
    }

    #[test]
    fn shipped_scenarios_with_a_byte_replaced_never_panic(at in any::<prop::sample::Index>(), byte in any::<u8>()) {
        for (name, mut bytes) in shipped() {
            let i = at.index(bytes.len());
            bytes[i] = byte;
            assert_well_formed(&load(&name, &bytes))?;
        }
    }

    #[test]
    fn shipped_scenarios_with_a_byte_removed_or_doubled_never_panic(at in any::<prop::sample::Index>(), double in any::<bool>()) {
        for (name, mut bytes) in shipped() {
            let i = at.index(bytes.len());
            if double {
                let b = bytes[i];
                bytes.insert(i, b);
            } else {
                bytes.remove(i);
            }
            assert_well_formed(&load(&name, &bytes))?;
        }
    }
}
