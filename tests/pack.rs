//! The teacher's pack (`harmattan briefing --pack`): every part in both
//! formats, the map drawn inline in HTML and linked from Markdown, no
//! leftover placeholder or scenario id, only the parts that fit another
//! scenario, and the command writing to a file.

use assert_cmd::Command;
use harmattan::handout::Format;
use harmattan::pack::render;
use harmattan::scenario::Scenario;

/// Parts in every scenario's pack, by their titles.
const EVERY_SCENARIO: [&str; 4] = [
    "How to use this pack",
    "Learning objectives and assessment rubric",
    "Position memo (before the game)",
    "A proposal outside the list: the matrix option",
];

/// Parts written for the built-in scenario only.
const BUILT_IN_ONLY: [&str; 5] = [
    "Glossary",
    "Map: the region and its fuel roads",
    "Source sheet",
    "Questions for discussion",
    "Classes in Mali, Niger and Algeria",
];

fn built_in() -> Scenario {
    harmattan::scenario::load_default().scenario.expect("the built-in scenario validates")
}

fn tutorial() -> Scenario {
    harmattan::scenario::load("scenarios/tutorial.ron", harmattan::scenario::TUTORIAL.as_bytes())
        .scenario
        .expect("the tutorial validates")
}

/// A part's title as a heading in the given format.
fn heading(title: &str, format: Format) -> String {
    match format {
        Format::Markdown => format!("\n# {title}\n"),
        Format::Html => format!("<h1>{title}</h1>"),
    }
}

/// What a reader sees: in HTML, everything after the style sheet.
fn shown(page: &str) -> &str {
    page.split_once("</head>").map_or(page, |(_, body)| body)
}

/// Ids a player must never read: the scenario's own, its actions', objectives'
/// and events' (those with an underscore, which no English word has).
fn ids(scn: &Scenario) -> Vec<String> {
    let objectives = scn.factions.iter().flat_map(|f| f.objectives.iter().map(|o| o.id.clone()));
    std::iter::once(scn.meta.id.clone())
        .chain(scn.actions.iter().map(|a| a.id.clone()))
        .chain(objectives)
        .chain(scn.events.iter().map(|e| e.id.clone()))
        .filter(|id| id.contains('_'))
        .collect()
}

#[test]
fn the_built_in_pack_has_every_part_and_every_role_card_in_both_formats() {
    let scn = built_in();
    for format in [Format::Markdown, Format::Html] {
        let page = render(&scn, format);
        for title in EVERY_SCENARIO.iter().chain(&BUILT_IN_ONLY) {
            assert!(page.contains(&heading(title, format)), "{format:?}: no part titled {title:?}");
        }
        for faction in scn.factions.iter().filter(|f| f.playable) {
            assert!(page.contains(&format!("role card: {}", faction.name)), "{format:?}: no card for {}", faction.name);
        }
        assert!(page.contains("facilitator"), "{format:?}: no facilitator's sheet");
    }
}

#[test]
fn the_html_pack_draws_the_map_inline_and_the_markdown_pack_links_to_it() {
    let scn = built_in();
    let html = render(&scn, Format::Html);
    assert_eq!(html.matches("<svg").count(), 1, "the map, once, inline");
    assert!(html.contains("Simplified borders"), "the map says its borders are simplified");
    assert!(!html.contains("<img") && !html.contains(" src="), "nothing is loaded from outside the page");
    assert!(html.contains("break-before: page") && html.contains("size: A4"), "it prints one part per A4 page");
    let markdown = render(&scn, Format::Markdown);
    assert!(markdown.contains("](docs/teachers-pack/map.svg)"), "the Markdown pack links to the map's file");
    assert!(!markdown.contains("<svg"));
}

#[test]
fn no_placeholder_or_scenario_id_reaches_the_reader() {
    for scn in [built_in(), tutorial()] {
        let ids = ids(&scn);
        assert!(ids.len() > 5, "the check has ids to look for");
        for format in [Format::Markdown, Format::Html] {
            let page = render(&scn, format);
            let text = shown(&page);
            assert!(!text.contains('{') && !text.contains('}'), "{}, {format:?}: a placeholder is left", scn.meta.id);
            for id in &ids {
                assert!(!text.contains(id.as_str()), "{}, {format:?}: the id {id:?} is shown", scn.meta.id);
            }
        }
    }
}

#[test]
fn another_scenario_gets_its_cards_and_the_generic_parts_only() {
    let scn = tutorial();
    for format in [Format::Markdown, Format::Html] {
        let page = render(&scn, format);
        for title in EVERY_SCENARIO {
            assert!(page.contains(&heading(title, format)), "{format:?}: no part titled {title:?}");
        }
        for title in BUILT_IN_ONLY {
            assert!(!page.contains(&heading(title, format)), "{format:?}: the tutorial's pack has {title:?}");
        }
        assert!(page.contains("role card: Tarsa"), "{format:?}: the tutorial's own cards");
        assert!(!page.contains("<svg") && !page.contains("Tinzaouaten"), "{format:?}: no map of the Sahel");
    }
}

#[test]
fn briefing_pack_writes_the_html_pack_to_a_file_and_refuses_a_faction() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let out = dir.path().join("pack.html");
    Command::cargo_bin("harmattan")
        .expect("the binary is built for integration tests")
        .args(["briefing", "scenarios/tutorial.ron", "--pack", "--format", "html", "-o"])
        .arg(&out)
        .assert()
        .success();
    let page = std::fs::read_to_string(&out).expect("the pack was written");
    assert!(page.starts_with("<!DOCTYPE html>") && page.contains("role card: Tarsa"));
    Command::cargo_bin("harmattan")
        .expect("the binary is built for integration tests")
        .args(["briefing", "--pack", "--faction", "mali"])
        .assert()
        .code(2);
}
