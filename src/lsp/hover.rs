//! Hover: a field's reference text, or what an id is and where it is defined.

use std::ops::Range;

use super::analysis::{Analysis, Definition};
use super::lookup::{self, Found};
use super::reference;
use super::schema::Kind;
use crate::scenario::diagnostic::line_col;

/// The Markdown shown for what is at byte `offset`, and the text it is about.
pub fn hover(a: &Analysis, offset: usize) -> Option<(String, Range<usize>)> {
    let (found, range) = lookup::at(a, offset)?;
    let text = match found {
        Found::Id(d) => definition(a, d),
        Found::Field(strukt, field) => reference::field(strukt, field)?.markdown,
        Found::Function(f) => reference::function(f)?,
        Found::Keyword(k, bound) => {
            let doc = reference::name(k)?;
            match bound {
                Some(kind) => format!("{doc}\n\nIn this expression, `{k}` is a {}.", kind.noun()),
                None => doc,
            }
        }
        Found::RouteProperty(p) => reference::route_property(&p)?,
        Found::Item(_) => return None,
    };
    Some((text, range))
}

/// What a definition is: its kind, id and name, what it says of itself, and where it is.
fn definition(a: &Analysis, d: &Definition) -> String {
    let (title, id) = (d.kind.title(), &d.id);
    let mut text = match &d.label {
        Some(label) => format!("**{title} `{id}`**: {label}"),
        None => format!("**{title} `{id}`**"),
    };
    let field = |name: &str| a.text_at(&format!("{}.{name}", d.path)).map(str::trim);
    match d.kind {
        Kind::FactionVar | Kind::RegionVar => {
            if let (Some(min), Some(max), Some(initial)) = (field("min"), field("max"), field("initial")) {
                text.push_str(&format!("\n\nFrom {min} to {max}, starting at {initial}."));
            }
            if let Some(unit) = a.string_at(&format!("{}.unit", d.path)).filter(|u| !u.is_empty()) {
                text.push_str(&format!("\n\nUnit: {unit}."));
            }
        }
        Kind::Flag => {
            if let Some(value) = field("value") {
                text.push_str(&format!("\n\nStarts as `{value}`."));
            }
        }
        _ => {}
    }
    if let Some(description) = &d.description {
        text.push_str(&format!("\n\n{description}"));
    }
    let (line, _) = line_col(&a.source, d.id_span.start);
    text.push_str(&format!("\n\nDefined on line {line}."));
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::TUTORIAL;

    fn hovered(from: &str, to: &str) -> String {
        let text = TUTORIAL.replacen(from, to, 1);
        let at = text.find('|').expect("a cursor");
        let a = Analysis::new(text.replacen('|', "", 1));
        hover(&a, at).map(|(h, _)| h).unwrap_or_default()
    }

    #[test]
    fn an_id_shows_its_kind_name_and_line() {
        let h = hovered("\"100 - kesh_north.need\"", "\"100 - kesh_north.ne|ed\"");
        assert!(h.starts_with("**Region variable `need`**: Humanitarian need"), "{h}");
        assert!(h.contains("From 0 to 100, starting at 20."), "{h}");
        let line = TUTORIAL.lines().position(|l| l.contains("(id: \"need\"")).unwrap() + 1;
        assert!(h.ends_with(&format!("Defined on line {line}.")), "{h}");
        let h = hovered("\"not flag.ambassadors\"", "\"not flag.amb|assadors\"");
        assert!(h.contains("**Flag `ambassadors`**") && h.contains("Starts as `true`."), "{h}");
    }

    #[test]
    fn a_field_shows_its_reference_row() {
        let h = hovered("drains_source: false", "drains_so|urce: false");
        assert!(h.starts_with("**`drains_source`**: `true`/`false`"), "{h}");
        assert!(h.contains("never runs out") && h.contains("Default: `true`."), "{h}");
        let h = hovered("\"self.stability -= 5\"", "\"self.stability -= ab|s(5)\"");
        assert!(h.contains("without its sign"), "{h}");
        let h = hovered(
            "each: Pairs,\n         effects: [\"relation(self, target)",
            "each: Pairs,\n         effects: [\"relation(self, tar|get)",
        );
        assert!(h.contains("In this expression, `target` is a faction."), "{h}");
    }
}
