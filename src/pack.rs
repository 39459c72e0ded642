//! The teacher's pack (`harmattan briefing --pack`): learning objectives and
//! rubrics, a memo template, the matrix option and, for the built-in
//! scenario, a glossary, a map, a source sheet, discussion questions and
//! guidance for classes in the region — followed by the scenario's own
//! facilitator's sheet and role cards, printed by [`crate::handout`].
//!
//! The fixed parts are the Markdown files in `docs/teachers-pack/`, with
//! their translations in `fr/` and `ar/` beside them, built into the binary
//! so the pack needs nothing beside it. The whole pack follows the
//! scenario's language (`scn.lang`); a part not yet translated is printed in
//! English, and in another language's HTML page it is marked as English,
//! left to right. HTML comes from the same Markdown through pulldown-cmark,
//! in one self-contained page for A4 printing with the map's SVG inline.

use std::fmt::Write as _;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};

use crate::handout::{self, Format, Which};
use crate::i18n::{Direction, Lang};
use crate::report::html::{esc, head, signed_numbers_ltr};
use crate::scenario::Scenario;
use crate::tr;

/// One of our files of `docs/teachers-pack/`, built in: in English, and in
/// each language named after it, from that language's folder (`fr/`, `ar/`).
macro_rules! texts {
    ($file:literal $(, $lang:ident)*) => {
        Texts::english(include_str!(concat!("../docs/teachers-pack/", $file)))
            $(.$lang(include_str!(concat!("../docs/teachers-pack/", stringify!($lang), "/", $file))))*
    };
}

/// One of our files in English and in each translation written so far
/// (`None`: not translated yet, English stands in).
struct Texts {
    en: &'static str,
    fr: Option<&'static str>,
    ar: Option<&'static str>,
}

impl Texts {
    /// A file not translated yet.
    const fn english(en: &'static str) -> Texts {
        Texts { en, fr: None, ar: None }
    }

    /// With its French text.
    const fn fr(self, text: &'static str) -> Texts {
        Texts { fr: Some(text), ..self }
    }

    /// With its Arabic text.
    const fn ar(self, text: &'static str) -> Texts {
        Texts { ar: Some(text), ..self }
    }

    /// The text in `lang` if it is written, else in English; with the
    /// language it is in.
    fn get(&self, lang: Lang) -> (&'static str, Lang) {
        let translated = match lang {
            Lang::En => None,
            Lang::Fr => self.fr,
            Lang::Ar => self.ar,
        };
        translated.map_or((self.en, Lang::En), |text| (text, lang))
    }
}

/// One of our parts and the scenarios it is printed for.
struct Written {
    texts: Texts,
    /// Written for the built-in scenario's region only.
    regional: bool,
}

/// Our parts in the order the pack prints them, each with the languages it
/// is written in: the table of parts × languages.
const WRITTEN: [Written; 9] = [
    Written { texts: texts!("introduction.md", fr, ar), regional: false },
    Written { texts: texts!("objectives-and-rubric.md", fr, ar), regional: false },
    Written { texts: texts!("memo-template.md", fr, ar), regional: false },
    Written { texts: texts!("glossary.md", fr, ar), regional: true },
    Written { texts: texts!("map.md", fr, ar), regional: true },
    Written { texts: texts!("source-sheet.md", fr, ar), regional: true },
    Written { texts: texts!("discussion.md", fr, ar), regional: true },
    Written { texts: texts!("classes-in-the-region.md", fr, ar), regional: true },
    Written { texts: texts!("matrix-option.md", fr, ar), regional: false },
];

/// The map of the built-in scenario's region, drawn inline in the HTML pack,
/// its labels in each language written so far.
const MAP_SVG: Texts = texts!("map.svg", fr, ar);
/// How `map.md` names the map; the Markdown pack points to the file instead.
const MAP_FILE: &str = "map.svg";

/// Where the map in `lang` lies in the Harmattan folder, for the Markdown pack.
fn map_path(lang: Lang) -> String {
    match lang {
        Lang::En => format!("docs/teachers-pack/{MAP_FILE}"),
        other => format!("docs/teachers-pack/{}/{MAP_FILE}", other.code()),
    }
}

/// Whether the scenario is the built-in one (or a variant of it), whose
/// region the glossary, map, source sheet and discussion questions describe.
pub fn has_regional_sheets(scn: &Scenario) -> bool {
    scn.meta.id.starts_with("fuel_and_sovereignty")
}

/// One part of the pack, as Markdown starting with its `# ` title.
struct Part {
    markdown: String,
    /// Written by us, not by the scenario: links and the map are kept.
    ours: bool,
    /// The language the part is written in.
    lang: Lang,
}

fn parts(scn: &Scenario) -> Vec<Part> {
    let regional = has_regional_sheets(scn);
    let ours = WRITTEN.iter().filter(|w| regional || !w.regional).map(|w| {
        let (text, lang) = w.texts.get(scn.lang);
        Part { markdown: text.to_string(), ours: true, lang }
    });
    let mut out: Vec<Part> = ours.collect();
    // The handouts come as every role card, then the facilitator's sheet;
    // the teacher reads the sheet first.
    let mut handouts = handout::sections(scn, Which::All);
    if let Some(sheet) = handouts.pop() {
        handouts.insert(0, sheet);
    }
    out.extend(handouts.into_iter().map(|markdown| Part { markdown, ours: false, lang: scn.lang }));
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
            // The map in the part's language, or in English if it has no labels in it.
            let (_, map_lang) = MAP_SVG.get(part.lang);
            let text = part.markdown.replace(&link, &format!("]({})", map_path(map_lang)));
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
    // A part not yet translated keeps its own language, and its page its
    // direction.
    for (n, part) in parts.iter().enumerate() {
        let marked = if part.lang == lang { String::new() } else { format!(" lang=\"{}\"", part.lang.code()) };
        let _ = writeln!(o, "<li{marked}><a href=\"#part-{}\">{}</a></li>", n + 1, esc(title_of(&part.markdown)));
    }
    let _ = writeln!(o, "</ol>\n</nav>\n</header>");
    for (n, part) in parts.iter().enumerate() {
        let marked = if part.lang == lang { String::new() } else { language_of(part.lang) };
        let _ = writeln!(o, "<section class=\"part\" id=\"part-{}\"{marked}>", n + 1);
        let (map, _) = MAP_SVG.get(part.lang);
        o.push_str(&to_html(&part.markdown, part.ours.then_some(map)));
        let _ = writeln!(o, "</section>");
    }
    let _ = writeln!(o, "</body>\n</html>");
    signed_numbers_ltr(lang, o)
}

/// The attributes that mark a part written in `lang` inside another
/// language's page.
fn language_of(lang: Lang) -> String {
    let dir = match lang.dir() {
        Direction::Ltr => "ltr",
        Direction::Rtl => "rtl",
    };
    format!(" lang=\"{}\" dir=\"{dir}\"", lang.code())
}

/// Markdown to HTML. Raw HTML is always shown as text; a scenario's part
/// also loses its links and images (it comes from a stranger, and the page
/// stays self-contained); in our own parts (`map` given) the map image
/// becomes that inline SVG.
fn to_html(markdown: &str, map: Option<&str>) -> String {
    let ours = map.is_some();
    let mut events = Vec::new();
    // Inside an image: its alt text is dropped when the map replaces it.
    let mut in_map = false;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Html(text) | Event::InlineHtml(text) => events.push(Event::Text(text)),
            Event::Start(Tag::Image { dest_url, .. })
                if &*dest_url == MAP_FILE
                    && let Some(svg) = map =>
            {
                in_map = true;
                events.push(Event::InlineHtml(CowStr::Borrowed("<span class=\"map\">")));
                events.push(Event::InlineHtml(CowStr::Borrowed(svg.trim())));
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
            to_html("Hi <script>alert(1)</script> [x](javascript:alert(1)) ![y](http://example.com/y.png)", None);
        assert!(!page.contains("<script>") && page.contains("&lt;script&gt;"), "{page}");
        assert!(!page.contains("href") && !page.contains("<img"), "{page}");
    }

    #[test]
    fn our_map_image_becomes_the_inline_svg() {
        let page = to_html("# Map\n\n![The region](map.svg)\n", Some(MAP_SVG.en));
        assert!(page.contains("<svg") && !page.contains("<img"), "the map is drawn inline");
        assert!(!page.contains("The region</"), "the alt text does not follow the picture");
    }

    #[test]
    fn in_arabic_the_pack_runs_right_to_left() {
        let mut scn = crate::scenario::load_default().scenario.expect("the built-in scenario loads");
        scn.lang = Lang::Ar;
        let page = render(&scn, Format::Html);
        assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"));
        assert!(page.contains("<h2>المحتويات</h2>"));
        let english = render(&crate::scenario::load_default().scenario.expect("loads"), Format::Html);
        assert!(english.contains("<html lang=\"en\" dir=\"ltr\">"));
        assert_eq!(english.matches(" lang=").count(), 1, "in English, no part is marked with a language of its own");
    }

    #[test]
    fn a_part_not_yet_translated_is_marked_as_english_in_another_languages_page() {
        let part = |markdown: &str, lang| Part { markdown: markdown.to_string(), ours: true, lang };
        let parts = [part("# Glossary\n\nWords.", Lang::En), part("# مسرد\n\nكلمات.", Lang::Ar)];
        let page = html(Lang::Ar, "t", false, &parts);
        assert!(page.contains("<li lang=\"en\"><a href=\"#part-1\">Glossary</a></li>"), "{page}");
        assert!(page.contains("<li><a href=\"#part-2\">"), "{page}");
        assert!(page.contains("<section class=\"part\" id=\"part-1\" lang=\"en\" dir=\"ltr\">"), "{page}");
        assert!(page.contains("<section class=\"part\" id=\"part-2\">"), "{page}");
    }

    #[test]
    fn each_language_takes_its_own_text_and_falls_back_to_english() {
        let texts = Texts { en: "English", fr: Some("Français"), ar: None };
        assert_eq!(texts.get(Lang::En), ("English", Lang::En));
        assert_eq!(texts.get(Lang::Fr), ("Français", Lang::Fr));
        assert_eq!(texts.get(Lang::Ar), ("English", Lang::En));
        assert_eq!(map_path(Lang::En), "docs/teachers-pack/map.svg");
        assert_eq!(map_path(Lang::Fr), "docs/teachers-pack/fr/map.svg");
    }

    #[test]
    fn every_part_of_ours_is_in_french_and_arabic() {
        assert!(WRITTEN.iter().all(|w| w.texts.fr.is_some() && w.texts.ar.is_some()));
        assert!(MAP_SVG.fr.is_some() && MAP_SVG.ar.is_some());
    }

    #[test]
    fn every_part_has_a_title() {
        let scn = crate::scenario::load_default().scenario.expect("the built-in scenario loads");
        for part in parts(&scn) {
            assert!(!title_of(&part.markdown).is_empty(), "untitled part:\n{}", part.markdown);
        }
    }
}
