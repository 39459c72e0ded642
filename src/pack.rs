//! The teacher's pack (`harmattan briefing --pack`): learning objectives and
//! rubrics, a memo template, the matrix option and, for the built-in
//! scenario, a glossary, a map, a source sheet, discussion questions and
//! guidance for classes in the region — followed by the scenario's own
//! facilitator's sheet and role cards, printed by [`crate::handout`].
//!
//! The fixed parts are the Markdown files in `docs/teachers-pack/`, built
//! into the binary so the pack needs nothing beside it; they are written in
//! English only for now. What the pack itself says (title, contents) and the
//! handouts follow the scenario's language (`scn.lang`); in another
//! language's HTML page the English parts are marked as English, left to
//! right. HTML comes from the same Markdown through pulldown-cmark, in one
//! self-contained page for A4 printing with the map's SVG inline.

use std::fmt::Write as _;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};

use crate::handout::{self, Format, Which};
use crate::i18n::Lang;
use crate::report::html::{esc, head, signed_numbers_ltr};
use crate::scenario::Scenario;
use crate::tr;

/// The parts written for every scenario.
const INTRODUCTION: &str = include_str!("../docs/teachers-pack/introduction.md");
const OBJECTIVES_AND_RUBRIC: &str = include_str!("../docs/teachers-pack/objectives-and-rubric.md");
const MEMO_TEMPLATE: &str = include_str!("../docs/teachers-pack/memo-template.md");
const MATRIX_OPTION: &str = include_str!("../docs/teachers-pack/matrix-option.md");

/// The parts written for the built-in scenario only.
const GLOSSARY: &str = include_str!("../docs/teachers-pack/glossary.md");
const MAP: &str = include_str!("../docs/teachers-pack/map.md");
const SOURCE_SHEET: &str = include_str!("../docs/teachers-pack/source-sheet.md");
const DISCUSSION: &str = include_str!("../docs/teachers-pack/discussion.md");
const CLASSES_IN_THE_REGION: &str = include_str!("../docs/teachers-pack/classes-in-the-region.md");

/// The map of the built-in scenario's region, drawn inline in the HTML pack.
pub const MAP_SVG: &str = include_str!("../docs/teachers-pack/map.svg");
/// How `map.md` names the map; the Markdown pack points to the file instead.
const MAP_FILE: &str = "map.svg";
/// Where the map lies in the Harmattan folder, for the Markdown pack.
const MAP_PATH: &str = "docs/teachers-pack/map.svg";

/// Whether the scenario is the built-in one (or a variant of it), whose
/// region the glossary, map, source sheet and discussion questions describe.
pub fn has_regional_sheets(scn: &Scenario) -> bool {
    scn.meta.id.starts_with("fuel_and_sovereignty")
}

/// One part of the pack, as Markdown starting with its `# ` title.
struct Part {
    markdown: String,
    /// Written by us, not by the scenario: links and the map are kept, and
    /// the text is in English (the docs are not translated yet).
    ours: bool,
}

fn parts(scn: &Scenario) -> Vec<Part> {
    let ours = |text: &str| Part { markdown: text.to_string(), ours: true };
    let mut out = vec![ours(INTRODUCTION), ours(OBJECTIVES_AND_RUBRIC), ours(MEMO_TEMPLATE)];
    if has_regional_sheets(scn) {
        out.extend([GLOSSARY, MAP, SOURCE_SHEET, DISCUSSION, CLASSES_IN_THE_REGION].map(ours));
    }
    out.push(ours(MATRIX_OPTION));
    // The handouts come as every role card, then the facilitator's sheet;
    // the teacher reads the sheet first.
    let mut handouts = handout::sections(scn, Which::All);
    if let Some(sheet) = handouts.pop() {
        handouts.insert(0, sheet);
    }
    out.extend(handouts.into_iter().map(|markdown| Part { markdown, ours: false }));
    out
}

/// A part's title: its first `# ` heading.
fn title_of(markdown: &str) -> &str {
    markdown.lines().find_map(|l| l.strip_prefix("# ")).map_or("", str::trim)
}

/// The pack in the chosen format.
pub fn render(scn: &Scenario, format: Format) -> String {
    let parts = parts(scn);
    let lang = scn.lang;
    let title = tr!(lang, "report-pack-title", title = scn.meta.title.trim());
    let generic_only = !has_regional_sheets(scn);
    let text = match format {
        Format::Markdown => markdown(lang, &title, generic_only, &parts),
        Format::Html => html(lang, &title, generic_only, &parts),
    };
    // Whatever the scenario held, no control character but newline and tab is printed.
    crate::text::printable(&text).into_owned()
}

fn markdown(lang: Lang, title: &str, generic_only: bool, parts: &[Part]) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "# {title}\n\n{}\n", tr!(lang, "report-pack-lead"));
    if generic_only {
        let _ = writeln!(o, "{}\n", tr!(lang, "report-pack-generic-only"));
    }
    let _ = writeln!(o, "## {}\n", tr!(lang, "report-pack-contents"));
    for (n, part) in parts.iter().enumerate() {
        let _ = writeln!(o, "{}. {}", n + 1, title_of(&part.markdown));
    }
    for part in parts {
        o.push_str("\n---\n\n");
        let link = format!("]({MAP_FILE})");
        if part.ours && part.markdown.contains(&link) {
            let text = part.markdown.replace(&link, &format!("]({MAP_PATH})"));
            let (first, rest) = text.split_once("\n\n").unwrap_or((&text, ""));
            let (image, rest) = rest.split_once("\n\n").unwrap_or((rest, ""));
            let _ = write!(o, "{first}\n\n{image}\n\n*{}*\n\n{rest}", tr!(lang, "report-pack-map-note"));
        } else {
            o.push_str(part.markdown.trim_end());
            o.push('\n');
        }
    }
    o
}

const CSS: &str = "
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; font-size: 11pt; line-height: 1.42;
       color: #111; background: #fff; max-width: 48rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.65em; border-bottom: 3px solid #0072B2; padding-bottom: .2rem; margin: 0 0 .8rem; }
h2 { font-size: 1.25em; color: #005A8C; margin: 1.4em 0 .5em; } h3 { font-size: 1.05em; margin: 1.2em 0 .4em; }
p, li { orphans: 3; widows: 3; } li { margin: .15rem 0; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0 1rem; font-size: .92em; }
th, td { border: 1px solid #888; padding: .25rem .4rem; vertical-align: top; text-align: start; }
th { background: #e8eef4; } thead { display: table-header-group; }
code { font-size: .9em; background: #f2f2f2; padding: 0 .2em; }
a { color: #005A8C; overflow-wrap: anywhere; } hr { display: none; }
.lead { font-size: 1.1em; } .note { font-style: italic; }
nav ol { columns: 2; column-gap: 2rem; padding-inline-start: 1.5rem; } nav li { break-inside: avoid; }
section.part { margin-top: 3rem; }
.map { display: block; margin: .5rem 0; } .map svg { width: 100%; height: auto; display: block; }
@page { size: A4; margin: 15mm 14mm 16mm; }
@media print {
  body { max-width: none; padding: 0; margin: 0; }
  section.part { margin-top: 0; break-before: page; }
  h1, h2, h3 { break-after: avoid; }
  table, tr, li, .map, blockquote { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
";

fn html(lang: Lang, title: &str, generic_only: bool, parts: &[Part]) -> String {
    let mut o = head(lang, title, CSS);
    let _ =
        writeln!(o, "<header>\n<h1>{}</h1>\n<p class=\"lead\">{}</p>", esc(title), esc(&tr!(lang, "report-pack-lead")));
    if generic_only {
        let _ = writeln!(o, "<p class=\"note\">{}</p>", esc(&tr!(lang, "report-pack-generic-only")));
    }
    let _ = writeln!(o, "<nav>\n<h2>{}</h2>\n<ol>", esc(&tr!(lang, "report-pack-contents")));
    // Our English parts, in another language's page, keep their own
    // language, and their pages their direction.
    let english = |part: &Part| part.ours && lang != Lang::En;
    for (n, part) in parts.iter().enumerate() {
        let marked = if english(part) { " lang=\"en\"" } else { "" };
        let _ = writeln!(o, "<li{marked}><a href=\"#part-{}\">{}</a></li>", n + 1, esc(title_of(&part.markdown)));
    }
    let _ = writeln!(o, "</ol>\n</nav>\n</header>");
    for (n, part) in parts.iter().enumerate() {
        let marked = if english(part) { " lang=\"en\" dir=\"ltr\"" } else { "" };
        let _ = writeln!(o, "<section class=\"part\" id=\"part-{}\"{marked}>", n + 1);
        o.push_str(&to_html(&part.markdown, part.ours));
        let _ = writeln!(o, "</section>");
    }
    let _ = writeln!(o, "</body>\n</html>");
    signed_numbers_ltr(lang, o)
}

/// Markdown to HTML. Raw HTML is always shown as text; a scenario's part
/// also loses its links and images (it comes from a stranger, and the page
/// stays self-contained); our own map image becomes the inline SVG.
fn to_html(markdown: &str, ours: bool) -> String {
    let mut events = Vec::new();
    // Inside an image: its alt text is dropped when the map replaces it.
    let mut in_map = false;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Html(text) | Event::InlineHtml(text) => events.push(Event::Text(text)),
            Event::Start(Tag::Image { dest_url, .. }) if ours && &*dest_url == MAP_FILE => {
                in_map = true;
                events.push(Event::InlineHtml(CowStr::Borrowed("<span class=\"map\">")));
                events.push(Event::InlineHtml(CowStr::Borrowed(MAP_SVG.trim())));
                events.push(Event::InlineHtml(CowStr::Borrowed("</span>")));
            }
            Event::End(TagEnd::Image) if in_map => in_map = false,
            _ if in_map => {}
            Event::Start(Tag::Link { .. } | Tag::Image { .. }) | Event::End(TagEnd::Link | TagEnd::Image) if !ours => {}
            Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => {}
            other => events.push(other),
        }
    }
    let mut out = String::with_capacity(markdown.len() * 2);
    pulldown_cmark::html::push_html(&mut out, events.into_iter());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scenarios_raw_html_links_and_images_are_shown_as_text() {
        let page =
            to_html("Hi <script>alert(1)</script> [x](javascript:alert(1)) ![y](http://example.com/y.png)", false);
        assert!(!page.contains("<script>") && page.contains("&lt;script&gt;"), "{page}");
        assert!(!page.contains("href") && !page.contains("<img"), "{page}");
    }

    #[test]
    fn our_map_image_becomes_the_inline_svg() {
        let page = to_html("# Map\n\n![The region](map.svg)\n", true);
        assert!(page.contains("<svg") && !page.contains("<img"), "the map is drawn inline");
        assert!(!page.contains("The region</"), "the alt text does not follow the picture");
    }

    #[test]
    fn in_arabic_the_pack_runs_right_to_left_and_its_english_parts_say_so() {
        let mut scn = crate::scenario::load_default().scenario.expect("the built-in scenario loads");
        scn.lang = Lang::Ar;
        let page = render(&scn, Format::Html);
        assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"));
        assert!(page.contains("<h2>المحتويات</h2>"));
        assert!(
            page.contains("<section class=\"part\" id=\"part-1\" lang=\"en\" dir=\"ltr\">"),
            "the docs are in English"
        );
        let parts = page.split("<section class=\"part\"").skip(1);
        let translated = parts.filter(|part| !part.split('>').next().unwrap_or_default().contains("lang=\"en\""));
        assert_eq!(translated.count(), 4, "the sheet and the three cards follow the page's language");
        let english = render(&crate::scenario::load_default().scenario.expect("loads"), Format::Html);
        assert!(
            !english.contains("lang=\"en\" dir=\"ltr\">\n<h1") && english.contains("<html lang=\"en\" dir=\"ltr\">")
        );
    }

    #[test]
    fn every_part_has_a_title() {
        let scn = crate::scenario::load_default().scenario.expect("the built-in scenario loads");
        for part in parts(&scn) {
            assert!(!title_of(&part.markdown).is_empty(), "untitled part:\n{}", part.markdown);
        }
    }
}
