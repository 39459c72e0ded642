//! The teacher's pack in French and Arabic: every part of ours has a French
//! file shaped like the English one (and so has each Arabic file written so
//! far), every translation on disk is printed in its language, the French
//! pack has no English part left, and its contents list is pinned.

use std::path::{Path, PathBuf};

use harmattan::handout::Format;
use harmattan::i18n::Lang;
use harmattan::pack::render;
use harmattan::scenario::Scenario;

/// Where the English files lie; each translation has a folder inside.
const PACK_DIR: &str = "docs/teachers-pack";

fn built_in(lang: Lang) -> Scenario {
    let mut scn = harmattan::scenario::load_default_in(None, lang).scenario.expect("the built-in scenario validates");
    // The pack's language, as `harmattan --lang` sets it.
    scn.lang = lang;
    scn
}

/// The English Markdown files of the pack, sorted by name.
fn english_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(PACK_DIR)
        .expect("the pack's folder is there")
        .map(|entry| entry.expect("a readable folder entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    files.sort();
    assert!(files.len() >= 10, "the README and the nine parts: {files:?}");
    files
}

/// The English files that are parts of the pack (all but the README).
fn english_parts() -> Vec<PathBuf> {
    english_files().into_iter().filter(|path| !path.ends_with("README.md")).collect()
}

/// Where the translation of `english` into `lang` lies.
fn translation(english: &Path, lang: Lang) -> PathBuf {
    let name = english.file_name().expect("a file name");
    Path::new(PACK_DIR).join(lang.code()).join(name)
}

/// A Markdown file's shape: its `#`, `##` and `###` headings and its table
/// rows, counted outside code blocks.
fn shape(markdown: &str) -> [usize; 4] {
    let mut counts = [0; 4];
    let mut in_code = false;
    for line in markdown.lines() {
        if line.starts_with("```") {
            in_code = !in_code;
            continue;
        }
        let kind = ["# ", "## ", "### ", "|"].iter().position(|start| line.starts_with(start));
        if let Some(kind) = kind.filter(|_| !in_code) {
            counts[kind] += 1;
        }
    }
    counts
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_english_file_has_a_french_one_with_the_same_headings_and_table_rows() {
    for english in english_files() {
        let french = translation(&english, Lang::Fr);
        assert!(french.exists(), "{} has no French version", english.display());
        assert_eq!(shape(&read(&french)), shape(&read(&english)), "{}: #, ##, ### and table rows", french.display());
    }
}

#[test]
fn each_arabic_file_written_so_far_has_the_english_headings_and_table_rows() {
    for english in english_files() {
        let arabic = translation(&english, Lang::Ar);
        if arabic.exists() {
            assert_eq!(
                shape(&read(&arabic)),
                shape(&read(&english)),
                "{}: #, ##, ### and table rows",
                arabic.display()
            );
        }
    }
}

/// The HTML page's parts marked as being in another language than the page.
fn marked_english(page: &str) -> usize {
    page.split("<section class=\"part\"")
        .skip(1)
        .filter(|s| s.split('>').next().is_some_and(|t| t.contains("lang=\"en\"")))
        .count()
}

#[test]
fn every_translation_on_disk_is_printed_and_only_the_missing_ones_are_english() {
    for lang in [Lang::Fr, Lang::Ar] {
        let missing = english_parts().iter().filter(|english| !translation(english, lang).exists()).count();
        let page = render(&built_in(lang), Format::Html);
        assert_eq!(marked_english(&page), missing, "{lang:?}: parts left in English");
        let map = Path::new(PACK_DIR).join(lang.code()).join("map.svg");
        let markdown = render(&built_in(lang), Format::Markdown);
        let link = if map.exists() {
            format!("]({PACK_DIR}/{}/map.svg)", lang.code())
        } else {
            format!("]({PACK_DIR}/map.svg)")
        };
        assert!(markdown.contains(&link), "{lang:?}: the Markdown pack links to {link}");
    }
}

#[test]
fn the_french_pack_is_french_throughout_with_its_own_map() {
    let scn = built_in(Lang::Fr);
    let html = render(&scn, Format::Html);
    assert!(html.contains("<html lang=\"fr\" dir=\"ltr\">"));
    assert!(!html.contains("lang=\"en\""), "no part is left in English");
    assert_eq!(html.matches("<svg").count(), 1, "the map, once, inline");
    assert!(html.contains("Tombouctou") && html.contains("Frontières simplifiées"), "the map's labels are French");
    assert!(!html.contains("Timbuktu") && !html.contains("Simplified borders"), "no English label is left");
    for format in [Format::Markdown, Format::Html] {
        let page = render(&scn, format);
        let shown = page.split_once("</head>").map_or(page.as_str(), |(_, body)| body);
        assert!(!shown.contains('{') && !shown.contains('}'), "{format:?}: a placeholder is left");
    }
}

#[test]
fn the_french_packs_contents_list() {
    let markdown = render(&built_in(Lang::Fr), Format::Markdown);
    let contents: Vec<&str> = markdown
        .split_once("## Sommaire\n\n")
        .expect("the pack has a contents list")
        .1
        .lines()
        .take_while(|line| !line.is_empty())
        .collect();
    insta::assert_snapshot!(contents.join("\n"));
}
