//! What the word under the cursor is: an id (where it is defined, or its
//! definition itself), a field name, a function or a word of the expression
//! language. Hover describes it; go to definition jumps to it.

use std::ops::Range;

use super::analysis::{Analysis, Definition};
use super::complete::scope_of;
use super::context::{self, Cursor};
use super::expression::{self, Referent};
use super::schema::{self, Kind, Meaning, Ref};
use crate::scenario::expr::EntityKind;

/// What the cursor is on.
#[derive(Debug, Clone, PartialEq)]
pub enum Found<'a> {
    /// An id, at its definition or where it is used.
    Id(&'a Definition),
    /// A field of a block of the format: the struct's name and the field.
    Field(&'static str, &'static str),
    /// A function of the expression language.
    Function(&'static str),
    /// A word of the expression language, and what `self` or `target` is there.
    Keyword(&'static str, Option<EntityKind>),
    /// A property every route has.
    RouteProperty(String),
    /// An aggregate's item, bound at this range of the text.
    Item(Range<usize>),
}

/// What is at byte `offset`, and the range of the text it is written in.
pub fn at(a: &Analysis, offset: usize) -> Option<(Found<'_>, Range<usize>)> {
    match context::at(a, offset) {
        Cursor::InString { path, content } => in_string(a, &path, content, offset),
        Cursor::FieldName { owner, word } if !word.is_empty() => {
            let walk = schema::walk(&owner)?;
            let super::shape::Shape::Struct(s) = walk.shape.plain() else { return None };
            let field = s.fields.iter().find(|(f, _)| *f == &a.source[word.clone()])?.0;
            Some((Found::Field(s.name, field), word))
        }
        Cursor::Value { path, word } if !word.is_empty() => {
            let owner = schema::walk(&path)?.owner?;
            Some((Found::Field(owner.strukt.name, owner.field), word))
        }
        _ => None,
    }
}

fn in_string<'a>(
    a: &'a Analysis,
    path: &str,
    content: Range<usize>,
    offset: usize,
) -> Option<(Found<'a>, Range<usize>)> {
    let literal = a.map.get(path)?;
    if let Some(d) = a.index.defs.iter().find(|d| d.id_span == literal) {
        return Some((Found::Id(d), content));
    }
    let walk = schema::walk(path)?;
    let text = &a.source[content.clone()];
    let local = offset.clamp(content.start, content.end) - content.start;
    let shift = |r: Range<usize>| content.start + r.start..content.start + r.end;
    match walk.meaning() {
        Meaning::Expr => {
            let scope = scope_of(a, &walk);
            let place = expression::place(text, local);
            let found = match expression::referent(text, &place, scope, &a.index)? {
                Referent::Defined(d) => Found::Id(d),
                Referent::Function(f) => Found::Function(f),
                Referent::Keyword(k, bound) => Found::Keyword(k, bound),
                Referent::RouteProperty(p) => Found::RouteProperty(p),
                Referent::Item(at) => Found::Item(shift(at)),
            };
            Some((found, shift(place.word)))
        }
        Meaning::Ref(r) => {
            let id = if walk.at_key { walk.key.clone()? } else { a.string_at(path)? };
            let index = &a.index;
            let (found, part) = match (r, id.split_once('.')) {
                (Ref::One(kind), _) => (index.find(&[kind], &id)?, 0..text.len()),
                (Ref::EntityVar | Ref::FactionObjective, Some((first, _))) if local <= first.len() => {
                    let kinds: &[Kind] =
                        if r == Ref::EntityVar { &[Kind::Faction, Kind::Region] } else { &[Kind::Faction] };
                    (index.find(kinds, first)?, 0..first.len())
                }
                (Ref::EntityVar, Some((entity, var))) => {
                    let vars = index.entity(entity)?.kind.variables()?;
                    (index.find(&[vars], var)?, entity.len() + 1..text.len())
                }
                (Ref::FactionObjective, Some((faction, objective))) => {
                    (index.objective(faction, objective)?, faction.len() + 1..text.len())
                }
                (_, None) => (index.find(&[Kind::Faction, Kind::Region], &id)?, 0..text.len()),
            };
            Some((Found::Id(found), shift(part)))
        }
        Meaning::Text => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::TUTORIAL;

    fn found(text: &str) -> Option<String> {
        let at = text.find('|').expect("a cursor");
        let a = Analysis::new(text.replacen('|', "", 1));
        super::at(&a, at).map(|(f, range)| {
            let what = match f {
                Found::Id(d) => format!("{:?} {} at {}", d.kind, d.id, &a.source[d.id_span.clone()]),
                other => format!("{other:?}"),
            };
            format!("{what} / {}", &a.source[range])
        })
    }

    fn tutorial(from: &str, to: &str) -> String {
        assert!(TUTORIAL.contains(from), "{from}");
        TUTORIAL.replacen(from, to, 1)
    }

    #[test]
    fn ids_in_expressions_and_reference_fields_find_their_definition() {
        let f = found(&tutorial("score: \"kesh_north.fuel_stock", "score: \"kesh_no|rth.fuel_stock"));
        assert_eq!(f.as_deref(), Some("Region kesh_north at \"kesh_north\" / kesh_north"));
        let f = found(&tutorial("score: \"kesh_north.fuel_stock", "score: \"kesh_north.fuel_st|ock"));
        assert_eq!(f.as_deref(), Some("RegionVar fuel_stock at \"fuel_stock\" / fuel_stock"));
        let f = found(&tutorial("from: \"tarsa_south\"", "from: \"tarsa|_south\""));
        assert_eq!(f.as_deref(), Some("Region tarsa_south at \"tarsa_south\" / tarsa_south"));
        let f = found(&tutorial("values: {\"treasury\": 80}", "values: {\"trea|sury\": 80}"));
        assert_eq!(f.as_deref(), Some("FactionVar treasury at \"treasury\" / treasury"));
        let f = found(&tutorial("id: \"oru\",", "id: \"o|ru\","));
        assert_eq!(f.as_deref(), Some("Faction oru at \"oru\" / oru"));
    }

    #[test]
    fn field_names_choice_values_and_words_of_the_language() {
        let f = found(&tutorial("colour: \"yellow\"", "col|our: \"yellow\""));
        assert_eq!(f.as_deref(), Some("Field(\"Faction\", \"colour\") / colour"));
        let f = found(&tutorial("category: Energy", "category: Ener|gy"));
        assert_eq!(f.as_deref(), Some("Field(\"Action\", \"category\") / Energy"));
        let f = found(&tutorial("\"self.fuel_price = 400", "\"self.fuel_price = ma|x(400"));
        assert_eq!(f.as_deref(), Some("Function(\"max\") / max"));
        let f = found(&tutorial("\"self.fuel_stock -= 20\"", "\"se|lf.fuel_stock -= 20\""));
        assert_eq!(f.as_deref(), Some("Keyword(\"self\", Some(Region)) / self"));
        assert_eq!(found(&tutorial("briefing: \"Kesh is", "briefing: \"Ke|sh is")), None);
    }
}
