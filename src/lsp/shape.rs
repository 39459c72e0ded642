//! The shape of the scenario format, read from its serde types
//! ([`crate::scenario::format`]) rather than written out again: every
//! block's field names, every choice's values, what is a list, a map or a
//! pair. Completion and hover follow the format as the loader reads it, and
//! a field added to a struct is known here without a change.
//!
//! It is found by *tracing*: the format's `Deserialize` is run against a
//! reader that records what it is asked for and answers with an empty value.

use std::cell::Cell;
use std::fmt;
use std::sync::OnceLock;

use serde::de::value::BorrowedStrDeserializer;
use serde::de::{self, DeserializeSeed, Visitor};

use crate::scenario::format::ScenarioFile;

/// What a value of the format is.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// `true` or `false`.
    Bool,
    /// A whole number.
    Number,
    /// Text in quotes.
    Text,
    /// Read by a reader of its own (an action's `requires`): its meaning is
    /// given by its field (see [`super::schema`]).
    Any,
    /// A value that may be left out (written without `Some`).
    Optional(Box<Shape>),
    /// `[a, b, …]`.
    List(Box<Shape>),
    /// `(a, b)`.
    Tuple(Vec<Shape>),
    /// `{key: value, …}`.
    Map(Box<Shape>, Box<Shape>),
    /// `(field: value, …)`.
    Struct(Struct),
    /// One of a fixed set of names, some with a value: `Energy`, `Cooldown(2)`.
    Choice(Choice),
    /// Not traced (a choice's variant not reached).
    Unknown,
}

/// A block of named fields.
#[derive(Debug, Clone, PartialEq)]
pub struct Struct {
    /// Its name in the format (`Faction`, `Action`, …).
    pub name: &'static str,
    /// Its fields, in declaration order.
    pub fields: Vec<(&'static str, Shape)>,
}

/// A choice among names.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    /// Its name in the format (`Category`, `Repeat`, …).
    pub name: &'static str,
    /// Each name, with the shape of its value (`None`: a bare name).
    pub variants: Vec<(&'static str, Option<Shape>)>,
}

impl Shape {
    /// The shape with any `Optional` around it taken off.
    pub fn plain(&self) -> &Shape {
        match self {
            Shape::Optional(inner) => inner.plain(),
            other => other,
        }
    }

    /// Fills what this trace left [`Shape::Unknown`] from another trace of
    /// the same type.
    fn merge(&mut self, other: Shape) {
        match (self, other) {
            (this @ Shape::Unknown, other) => *this = other,
            (Shape::Optional(a), Shape::Optional(b)) | (Shape::List(a), Shape::List(b)) => a.merge(*b),
            (Shape::Map(ka, va), Shape::Map(kb, vb)) => {
                ka.merge(*kb);
                va.merge(*vb);
            }
            (Shape::Tuple(a), Shape::Tuple(b)) => a.iter_mut().zip(b).for_each(|(x, y)| x.merge(y)),
            (Shape::Struct(a), Shape::Struct(b)) => {
                a.fields.iter_mut().zip(b.fields).for_each(|((_, x), (_, y))| x.merge(y));
            }
            (Shape::Choice(a), Shape::Choice(b)) => {
                for ((_, x), (_, y)) in a.variants.iter_mut().zip(b.variants) {
                    match (x, y) {
                        (Some(x), Some(y)) => x.merge(y),
                        (x @ None, y) => *x = y,
                        (Some(_), None) => {}
                    }
                }
            }
            _ => {}
        }
    }
}

/// The shape of a whole scenario file (traced once).
pub fn scenario() -> &'static Shape {
    static SHAPE: OnceLock<Shape> = OnceLock::new();
    SHAPE.get_or_init(|| trace::<ScenarioFile>().unwrap_or(Shape::Unknown))
}

/// Traces `T`: once per variant index, so that every variant of every
/// choice is reached, then merged.
fn trace<T: de::DeserializeOwned>() -> Result<Shape, TraceError> {
    let mut shape = Shape::Unknown;
    let mut pick = 0;
    loop {
        let widest = Cell::new(0);
        let mut traced = Shape::Unknown;
        T::deserialize(Tracer { out: &mut traced, pick, widest: &widest, depth: 0 })?;
        shape.merge(traced);
        pick += 1;
        if pick >= widest.get() || pick >= MAX_VARIANTS {
            return Ok(shape);
        }
    }
}

/// Most variants of one choice traced.
const MAX_VARIANTS: usize = 64;
/// Deepest nesting traced (the format nests a few levels).
const MAX_DEPTH: usize = 32;

#[derive(Debug)]
struct TraceError(String);

impl fmt::Display for TraceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for TraceError {}

impl de::Error for TraceError {
    fn custom<M: fmt::Display>(msg: M) -> Self {
        TraceError(msg.to_string())
    }
}

/// Answers one value's request, and records its shape in `out`.
struct Tracer<'a> {
    out: &'a mut Shape,
    /// Which variant of every choice this run takes.
    pick: usize,
    /// The most variants seen in one choice.
    widest: &'a Cell<usize>,
    depth: usize,
}

impl<'a> Tracer<'a> {
    fn inner<'b>(&'b self, out: &'b mut Shape) -> Result<Tracer<'b>, TraceError> {
        if self.depth >= MAX_DEPTH {
            return Err(TraceError("the format nests too deeply to trace".into()));
        }
        Ok(Tracer { out, pick: self.pick, widest: self.widest, depth: self.depth + 1 })
    }
}

macro_rules! number {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TraceError> {
            *self.out = Shape::Number;
            visitor.visit_u64(0)
        }
    )*};
}

impl<'de> de::Deserializer<'de> for Tracer<'_> {
    type Error = TraceError;

    number!(deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 deserialize_i128
            deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64 deserialize_u128);

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TraceError> {
        *self.out = Shape::Any;
        visitor.visit_str("")
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TraceError> {
        *self.out = Shape::Bool;
        visitor.visit_bool(false)
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TraceError> {
        self.deserialize_f64(visitor)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TraceError> {
        *self.out = Shape::Number;
        visitor.visit_f64(0.0)
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TraceError> {
        *self.out = Shape::Text;
        visitor.visit_char(' ')
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TraceError> {
        *self.out = Shape::Text;
        visitor.visit_str("")
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TraceError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TraceError> {
        *self.out = Shape::Text;
        visitor.visit_bytes(&[])
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TraceError> {
        self.deserialize_bytes(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TraceError> {
        let mut inner = Shape::Unknown;
        let value = visitor.visit_some(self.inner(&mut inner)?)?;
        *self.out = Shape::Optional(Box::new(inner));
        Ok(value)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TraceError> {
        *self.out = Shape::Tuple(Vec::new());
        visitor.visit_unit()
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value, TraceError> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value, TraceError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TraceError> {
        let mut items = vec![Shape::Unknown];
        let value = visitor.visit_seq(Items { tracer: &self, shapes: &mut items, next: 0 })?;
        *self.out = Shape::List(Box::new(items.pop().unwrap_or(Shape::Unknown)));
        Ok(value)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, TraceError> {
        let mut items = vec![Shape::Unknown; len.min(MAX_VARIANTS)];
        let value = visitor.visit_seq(Items { tracer: &self, shapes: &mut items, next: 0 })?;
        *self.out = Shape::Tuple(items);
        Ok(value)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, TraceError> {
        self.deserialize_tuple(len, visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TraceError> {
        let (mut key, mut value) = (Shape::Unknown, Shape::Unknown);
        let result = visitor.visit_map(Entry { tracer: &self, key: &mut key, value: &mut value, done: false })?;
        *self.out = Shape::Map(Box::new(key), Box::new(value));
        Ok(result)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, TraceError> {
        let mut shapes = vec![Shape::Unknown; fields.len()];
        let value = visitor.visit_map(Fields { tracer: &self, names: fields, shapes: &mut shapes, next: 0 })?;
        *self.out = Shape::Struct(Struct { name, fields: fields.iter().copied().zip(shapes).collect() });
        Ok(value)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, TraceError> {
        self.widest.set(self.widest.get().max(variants.len()));
        let index = self.pick.min(variants.len().saturating_sub(1));
        let Some(&variant) = variants.get(index) else {
            return Err(TraceError(format!("`{name}` has no variants")));
        };
        let mut payload = None;
        let value = visitor.visit_enum(Variant { tracer: &self, name: variant, payload: &mut payload })?;
        let variants =
            variants.iter().enumerate().map(|(i, v)| (*v, if i == index { payload.take() } else { None })).collect();
        *self.out = Shape::Choice(Choice { name, variants });
        Ok(value)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TraceError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, TraceError> {
        visitor.visit_unit()
    }
}

/// The elements of a list (one) or a tuple (each).
struct Items<'t, 'a> {
    tracer: &'t Tracer<'a>,
    shapes: &'t mut Vec<Shape>,
    next: usize,
}

impl<'de> de::SeqAccess<'de> for Items<'_, '_> {
    type Error = TraceError;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, TraceError> {
        let Some(out) = self.shapes.get_mut(self.next) else { return Ok(None) };
        self.next += 1;
        seed.deserialize(self.tracer.inner(out)?).map(Some)
    }
}

/// One entry of a map.
struct Entry<'t, 'a> {
    tracer: &'t Tracer<'a>,
    key: &'t mut Shape,
    value: &'t mut Shape,
    done: bool,
}

impl<'de> de::MapAccess<'de> for Entry<'_, '_> {
    type Error = TraceError;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, TraceError> {
        if std::mem::replace(&mut self.done, true) {
            return Ok(None);
        }
        seed.deserialize(self.tracer.inner(self.key)?).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, TraceError> {
        seed.deserialize(self.tracer.inner(self.value)?)
    }
}

/// Every field of a struct, each named and traced.
struct Fields<'t, 'a> {
    tracer: &'t Tracer<'a>,
    names: &'static [&'static str],
    shapes: &'t mut Vec<Shape>,
    next: usize,
}

impl<'de> de::MapAccess<'de> for Fields<'_, '_> {
    type Error = TraceError;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, TraceError> {
        let Some(name) = self.names.get(self.next) else { return Ok(None) };
        seed.deserialize(BorrowedStrDeserializer::<TraceError>::new(name)).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, TraceError> {
        let out = self.shapes.get_mut(self.next).ok_or_else(|| TraceError("a value without a field".into()))?;
        self.next += 1;
        seed.deserialize(self.tracer.inner(out)?)
    }
}

/// The variant a choice takes in this run.
struct Variant<'t, 'a> {
    tracer: &'t Tracer<'a>,
    name: &'static str,
    payload: &'t mut Option<Shape>,
}

impl<'de> de::EnumAccess<'de> for Variant<'_, '_> {
    type Error = TraceError;
    type Variant = Self;

    fn variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<(S::Value, Self), TraceError> {
        let value = seed.deserialize(BorrowedStrDeserializer::<TraceError>::new(self.name))?;
        Ok((value, self))
    }
}

impl<'de> de::VariantAccess<'de> for Variant<'_, '_> {
    type Error = TraceError;

    fn unit_variant(self) -> Result<(), TraceError> {
        Ok(())
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, TraceError> {
        let mut shape = Shape::Unknown;
        let value = seed.deserialize(self.tracer.inner(&mut shape)?)?;
        *self.payload = Some(shape);
        Ok(value)
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, TraceError> {
        let mut shape = Shape::Unknown;
        let value = de::Deserializer::deserialize_tuple(self.tracer.inner(&mut shape)?, len, visitor)?;
        *self.payload = Some(shape);
        Ok(value)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, TraceError> {
        let mut shape = Shape::Unknown;
        let value = de::Deserializer::deserialize_struct(self.tracer.inner(&mut shape)?, self.name, fields, visitor)?;
        *self.payload = Some(shape);
        Ok(value)
    }
}

#[cfg(test)]
impl Struct {
    /// The shape of field `name`.
    pub fn field(&self, name: &str) -> Option<&Shape> {
        self.fields.iter().find(|(f, _)| *f == name).map(|(_, s)| s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> &'static Struct {
        match scenario() {
            Shape::Struct(s) => s,
            other => panic!("the scenario traced as {other:?}"),
        }
    }

    fn struct_of(shape: &Shape) -> &Struct {
        match shape.plain() {
            Shape::Struct(s) => s,
            Shape::List(item) => struct_of(item),
            other => panic!("not a block: {other:?}"),
        }
    }

    #[test]
    fn the_whole_format_traces_with_every_block_and_choice() {
        let root = root();
        assert_eq!(root.name, "Scenario");
        assert!(root.field("factions").is_some() && root.field("variants").is_some());
        let faction = struct_of(root.field("factions").unwrap());
        assert_eq!(faction.name, "Faction");
        assert_eq!(faction.field("values"), Some(&Shape::Map(Box::new(Shape::Text), Box::new(Shape::Number))));
        let objective = struct_of(faction.field("objectives").unwrap());
        assert_eq!(objective.name, "Objective");
        let action = struct_of(root.field("actions").unwrap());
        assert_eq!(action.field("requires").map(Shape::plain), Some(&Shape::Any));
        let Some(Shape::Choice(visibility)) = action.field("visibility") else { panic!("visibility") };
        assert_eq!(visibility.variants, [("Public", None), ("Secret", Some(Shape::Text))]);
        let event = struct_of(root.field("events").unwrap());
        let Some(Shape::Choice(repeat)) = event.field("repeat") else { panic!("repeat") };
        assert_eq!(repeat.variants, [("Once", None), ("Always", None), ("Cooldown", Some(Shape::Number))]);
        let choice = struct_of(event.field("choice").unwrap());
        assert_eq!(struct_of(choice.field("options").unwrap()).name, "Option");
        let region = struct_of(root.field("regions").unwrap());
        assert_eq!(region.field("map"), Some(&Shape::Tuple(vec![Shape::Number, Shape::Number])));
    }

    #[test]
    fn nothing_is_left_untraced() {
        fn walk(shape: &Shape, at: &str) {
            match shape {
                Shape::Unknown => panic!("untraced at {at}"),
                Shape::Optional(s) | Shape::List(s) => walk(s, at),
                Shape::Map(k, v) => {
                    walk(k, at);
                    walk(v, at);
                }
                Shape::Tuple(items) => items.iter().for_each(|s| walk(s, at)),
                Shape::Struct(s) => s.fields.iter().for_each(|(f, s)| walk(s, &format!("{at}.{f}"))),
                Shape::Choice(c) => c.variants.iter().filter_map(|(_, s)| s.as_ref()).for_each(|s| walk(s, at)),
                Shape::Bool | Shape::Number | Shape::Text | Shape::Any => {}
            }
        }
        walk(scenario(), "");
    }
}
