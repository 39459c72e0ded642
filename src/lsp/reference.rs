//! Reference text for hovers and completions, taken from
//! `docs/scenario-format.md` itself (built into the binary): the row of a
//! field's table, a function's or a name's row, or the paragraph that
//! describes a field. One text, read by modders on the page and in their
//! editor; a test checks that every field of the format has one.

use std::sync::OnceLock;

/// The scenario format reference.
const REFERENCE: &str = include_str!("../../docs/scenario-format.md");

/// Where each block of the format is described: its struct's name, the
/// title of its section, and the prefix its rows carry there.
const SECTIONS: &[(&str, &str, &str)] = &[
    ("Scenario", "Top level", ""),
    ("Meta", "meta and the calendar", ""),
    ("Calendar", "meta and the calendar", ""),
    ("Variables", "variables", ""),
    ("Variable", "variables", ""),
    ("Faction", "factions and objectives", ""),
    ("Objective", "Objectives and scoring", ""),
    ("ObjectiveChange", "Objectives and scoring", ""),
    ("Outcomes", "Verdicts and the shared outcome", ""),
    ("Thresholds", "Verdicts and the shared outcome", ""),
    ("SharedOutcome", "Verdicts and the shared outcome", "shared."),
    ("SharedBars", "Verdicts and the shared outcome", "shared."),
    ("Region", "regions", ""),
    ("Route", "routes", ""),
    ("Relation", "relations", ""),
    ("Flag", "flags", ""),
    ("Action", "actions", ""),
    ("Event", "events", ""),
    ("EventChange", "events", ""),
    ("Choice", "Choices", ""),
    ("Option", "Choices", ""),
    ("Rule", "rules", ""),
    ("Variant", "variants", ""),
];

/// What the reference says about one field.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldDoc {
    /// Its type, as the table gives it (`text`, `whole number`, `list of faction ids`…).
    pub kind: Option<String>,
    /// Whether it must be written.
    pub required: bool,
    /// The whole description, in Markdown.
    pub markdown: String,
}

/// The reference's sections: (title without its number, text up to the next heading).
fn sections() -> &'static [(&'static str, &'static str)] {
    static SECTIONS: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    SECTIONS.get_or_init(|| {
        let mut out: Vec<(&str, &str)> = Vec::new();
        let mut fenced = false;
        let mut offset = 0;
        let mut open: Option<(&str, usize)> = None;
        for line in REFERENCE.split_inclusive('\n') {
            if line.trim_start().starts_with("```") {
                fenced = !fenced;
            } else if !fenced && line.starts_with('#') {
                if let Some((title, start)) = open.take() {
                    out.push((title, &REFERENCE[start..offset]));
                }
                let title = line.trim_start_matches('#').trim();
                let title = title.split_once(". ").filter(|(n, _)| n.parse::<u32>().is_ok()).map_or(title, |(_, t)| t);
                open = Some((title, offset + line.len()));
            }
            offset += line.len();
        }
        if let Some((title, start)) = open {
            out.push((title, &REFERENCE[start..]));
        }
        out
    })
}

fn section(title: &str) -> Option<&'static str> {
    sections().iter().find(|(t, _)| *t == title).map(|(_, body)| *body)
}

/// The cells of a table row, split at `|` (but not at `\|`), with `\|` read as `|`.
fn cells(line: &str) -> Vec<String> {
    let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
    let (mut cells, mut cell) = (Vec::new(), String::new());
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                chars.next();
                cell.push('|');
            }
            '|' => cells.push(std::mem::take(&mut cell)),
            c => cell.push(c),
        }
    }
    cells.push(cell);
    cells.into_iter().map(|c| unlink(c.trim())).collect()
}

/// Markdown links made plain text (their targets are places on the page).
fn unlink(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let Some(mid) = rest[open..].find("](").map(|m| open + m) else { break };
        let Some(close) = rest[mid..].find(')').map(|c| mid + c) else { break };
        out.push_str(&rest[..open]);
        out.push_str(&rest[open + 1..mid]);
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// The rows of the tables in `body`, each as its header's cells paired with its own.
fn rows(body: &str) -> Vec<Vec<(String, String)>> {
    let mut out = Vec::new();
    let mut header: Option<Vec<String>> = None;
    for line in body.lines() {
        if !line.trim_start().starts_with('|') {
            header = None;
            continue;
        }
        let row = cells(line);
        match &header {
            None => header = Some(row),
            Some(_) if row.iter().all(|c| c.chars().all(|ch| matches!(ch, '-' | ':' | ' '))) => {}
            Some(h) => out.push(h.iter().cloned().zip(row).collect()),
        }
    }
    out
}

fn cell<'a>(row: &'a [(String, String)], column: &str) -> Option<&'a str> {
    row.iter().find(|(h, _)| h == column).map(|(_, c)| c.as_str()).filter(|c| !c.is_empty())
}

/// What the reference says about field `field` of the struct named `strukt`.
pub fn field(strukt: &str, field: &str) -> Option<FieldDoc> {
    let &(_, title, prefix) = SECTIONS.iter().find(|(s, _, _)| *s == strukt)?;
    let body = section(title)?;
    let name = format!("`{prefix}{field}`");
    if let Some(row) = rows(body).into_iter().find(|r| r.first().is_some_and(|(_, c)| *c == name)) {
        let kind = cell(&row, "type").map(str::to_string);
        let default = cell(&row, "default");
        let required = default == Some("required");
        let mut markdown = match &kind {
            Some(kind) => format!("**`{field}`**: {kind}"),
            None => format!("**`{field}`**"),
        };
        if let Some(what) = cell(&row, "what it is") {
            markdown.push_str(&format!("\n\n{what}"));
        }
        match default.map(|d| d.trim_end_matches('.')) {
            Some("required") => markdown.push_str("\n\nRequired."),
            Some(default) => markdown.push_str(&format!("\n\nDefault: {default}.")),
            None => {}
        }
        if let Some(allowed) = cell(&row, "allowed").map(|a| a.trim_end_matches('.')) {
            markdown.push_str(&format!("\n\nAllowed: {allowed}."));
        }
        return Some(FieldDoc { kind, required, markdown });
    }
    // No row: the paragraph of the section that names the field.
    let prose = |p: &&str| !p.trim_start().starts_with('|') && !p.trim_start().starts_with("```");
    let paragraph = body.split("\n\n").filter(prose).find(|p| p.contains(&name))?;
    let text = unlink(&paragraph.split_whitespace().collect::<Vec<_>>().join(" "));
    Some(FieldDoc { kind: None, required: false, markdown: format!("**`{field}`**\n\n{text}") })
}

/// A row of the table in section `title` whose first cell satisfies `first`, as Markdown.
fn row_doc(title: &str, first: impl Fn(&str) -> bool) -> Option<String> {
    let rows = rows(section(title)?);
    let row = rows.iter().find(|r| r.first().is_some_and(|(_, c)| first(c)))?;
    let mut cells = row.iter().map(|(_, c)| c.as_str()).filter(|c| !c.is_empty());
    let head = cells.next()?;
    let rest: Vec<&str> = cells.collect();
    Some(match rest.as_slice() {
        [] => format!("**{head}**"),
        [gives, what @ ..] if !what.is_empty() => format!("**{head}**: {gives}\n\n{}", what.join("\n\n")),
        rest => format!("**{head}**\n\n{}", rest.join("\n\n")),
    })
}

/// What the reference says about the function `name`.
pub fn function(name: &str) -> Option<String> {
    row_doc("Functions", |c| c.strip_prefix('`').and_then(|c| c.split_once('(')).is_some_and(|(f, _)| f == name))
}

/// What the reference says about a name of the expression language (`turn`, `self`, …).
pub fn name(word: &str) -> Option<String> {
    let quoted = format!("`{word}`");
    row_doc("Names", |c| c.split(", ").any(|part| part == quoted))
}

/// What the reference says about a route's property (`open`, `risk`, …).
pub fn route_property(property: &str) -> Option<String> {
    let dotted = format!(".{property}`");
    row_doc("Names", |c| c.contains(&dotted))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lsp::shape::{self, Shape};

    #[test]
    fn every_field_of_the_format_has_reference_text() {
        fn walk(shape: &Shape, missing: &mut Vec<String>) {
            match shape {
                Shape::Struct(s) => {
                    for (f, inner) in &s.fields {
                        if field(s.name, f).is_none() {
                            missing.push(format!("{}.{f}", s.name));
                        }
                        walk(inner, missing);
                    }
                }
                Shape::Optional(s) | Shape::List(s) => walk(s, missing),
                Shape::Map(k, v) => {
                    walk(k, missing);
                    walk(v, missing);
                }
                Shape::Tuple(items) => items.iter().for_each(|s| walk(s, missing)),
                _ => {}
            }
        }
        let mut missing = Vec::new();
        walk(shape::scenario(), &mut missing);
        assert!(missing.is_empty(), "fields without a row or paragraph in docs/scenario-format.md: {missing:?}");
    }

    #[test]
    fn a_field_shows_its_row_and_a_field_without_one_its_paragraph() {
        let colour = field("Faction", "colour").unwrap();
        assert_eq!((colour.kind.as_deref(), colour.required), (Some("text"), true));
        assert!(colour.markdown.contains("colour on the map") && colour.markdown.contains("Required."));
        let name = field("SharedOutcome", "name").unwrap();
        assert!(name.markdown.contains("debrief"), "{}", name.markdown);
        let label = field("Option", "label").unwrap();
        assert!(label.markdown.contains("what the team"), "{}", label.markdown);
        let id = field("Variable", "id").unwrap();
        assert!(!id.markdown.contains("]("), "links are made plain: {}", id.markdown);
    }

    #[test]
    fn functions_names_and_route_properties_have_their_rows() {
        assert!(function("clamp").unwrap().contains("at least `lo`"));
        assert!(name("turn").unwrap().contains("current turn"));
        assert!(name("false").is_some());
        assert!(route_property("risk").unwrap().contains("capacity, risk and loss"));
        assert!(function("nonsense").is_none());
    }
}
