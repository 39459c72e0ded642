//! Where the cursor is inside an expression, and what the word there names.
//! The text may be half written, so this reads words and brackets, not the
//! grammar (the loader's parser checks that, in the diagnostics).

use std::ops::Range;

use super::analysis::{Definition, Index};
use super::context::{is_word, word_at};
use super::schema::Kind;
use crate::scenario::expr::compile::{FUNCTIONS, KEYWORDS, SETS};
use crate::scenario::expr::{EntityKind, Scope};

/// An item an aggregate goes over: `r` in `sum(r in regions: …)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item<'a> {
    /// Its name.
    pub name: &'a str,
    /// What it is.
    pub kind: EntityKind,
    /// Where its name is bound.
    pub at: Range<usize>,
}

/// What surrounds the cursor in an expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place<'a> {
    /// The word around the cursor, in bytes of the expression.
    pub word: Range<usize>,
    /// The name before the `.` the word follows (`self` in `self.tr`).
    pub head: Option<&'a str>,
    /// Whether a `(` follows the word: it names a function.
    pub call: bool,
    /// Whether the word follows `in`: it names an aggregate's set.
    pub after_in: bool,
    /// The function whose arguments the cursor is in, and which argument.
    pub argument: Option<(&'a str, usize)>,
    /// The aggregate items bound around the cursor.
    pub items: Vec<Item<'a>>,
}

/// A token of an expression: a word, or one other character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token<'a> {
    Word(&'a str, usize),
    Char(char),
}

fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_word(c) {
            let mut end = i + 1;
            while let Some(&(j, d)) = chars.peek().filter(|(_, d)| is_word(*d)) {
                end = j + d.len_utf8();
                chars.next();
            }
            out.push(Token::Word(&text[i..end], i));
        } else if !c.is_whitespace() {
            out.push(Token::Char(c));
        }
    }
    out
}

/// An open bracket while reading up to the cursor.
struct Frame<'a> {
    function: Option<&'a str>,
    argument: usize,
    items: Vec<Item<'a>>,
}

/// What surrounds byte `at` of the expression `text`.
pub fn place(text: &str, at: usize) -> Place<'_> {
    let at = at.min(text.len());
    let word = word_at(text, at);
    let before = tokens(&text[..word.start]);
    let head = match before.as_slice() {
        // A name has at most two parts: nothing follows `a.b.`.
        [.., Token::Char('.'), Token::Word(..), Token::Char('.')] => None,
        [.., Token::Word(h, _), Token::Char('.')] => Some(*h),
        _ => None,
    };
    let after_in = matches!(before.last(), Some(Token::Word("in", _)));
    let call = text[word.end..].trim_start().starts_with('(');
    let mut frames = vec![Frame { function: None, argument: 0, items: Vec::new() }];
    for (i, token) in before.iter().enumerate() {
        match *token {
            Token::Char('(') => {
                let function = match i.checked_sub(1).and_then(|j| before.get(j)) {
                    Some(Token::Word(f, _)) => Some(*f),
                    _ => None,
                };
                frames.push(Frame { function, argument: 0, items: Vec::new() });
            }
            Token::Char(')') if frames.len() > 1 => {
                frames.pop();
            }
            Token::Char(',') => {
                if let Some(top) = frames.last_mut() {
                    top.argument += 1;
                }
            }
            Token::Word(set, _) => {
                let bound = match before.get(i.saturating_sub(2)..i) {
                    Some([Token::Word(name, start), Token::Word("in", _)]) => Some((*name, *start)),
                    _ => None,
                };
                let kind = SETS.iter().find(|(s, _)| *s == set).map(|(_, k)| *k);
                if let (Some((name, start)), Some(kind), Some(top)) = (bound, kind, frames.last_mut()) {
                    top.items.push(Item { name, kind, at: start..start + name.len() });
                }
            }
            Token::Char(_) => {}
        }
    }
    let argument = frames.last().and_then(|f| f.function.map(|name| (name, f.argument)));
    let items = frames.into_iter().flat_map(|f| f.items).collect();
    Place { word, head, call, after_in, argument, items }
}

/// What a word of an expression names.
#[derive(Debug, Clone, PartialEq)]
pub enum Referent<'i> {
    /// An id the file defines (an entity, a variable, a flag).
    Defined(&'i Definition),
    /// A function of the language.
    Function(&'static str),
    /// A word of the language (`turn`, `self`, …), and what `self` or `target` is here.
    Keyword(&'static str, Option<EntityKind>),
    /// A property every route has (`open`, `risk`, …).
    RouteProperty(String),
    /// An aggregate's item, bound at this range of the expression.
    Item(Range<usize>),
}

/// The kind of entity a name stands for here: `self`, `target`, an item, or an id.
pub fn kind_of(name: &str, place: &Place<'_>, scope: Scope, index: &Index) -> Option<EntityKind> {
    match name {
        "self" => scope.self_kind,
        "target" => scope.target_kind,
        _ => match place.items.iter().rev().find(|i| i.name == name) {
            Some(item) => Some(item.kind),
            None => index.entity(name).and_then(|d| match d.kind {
                Kind::Faction => Some(EntityKind::Faction),
                Kind::Region => Some(EntityKind::Region),
                Kind::Route => Some(EntityKind::Route),
                _ => None,
            }),
        },
    }
}

/// What the word at the cursor names, if anything.
pub fn referent<'i>(text: &str, place: &Place<'_>, scope: Scope, index: &'i Index) -> Option<Referent<'i>> {
    let word = text.get(place.word.clone()).filter(|w| !w.is_empty())?;
    if let Some(head) = place.head {
        if head == "flag" {
            return index.find(&[Kind::Flag], word).map(Referent::Defined);
        }
        return match kind_of(head, place, scope, index)? {
            EntityKind::Route => Some(Referent::RouteProperty(word.to_string())),
            kind => index.find(&[Kind::of_entity(kind).variables()?], word).map(Referent::Defined),
        };
    }
    if place.call {
        if let Some(f) = FUNCTIONS.iter().find(|f| **f == word) {
            return Some(Referent::Function(f));
        }
    }
    if let Some(item) = place.items.iter().rev().find(|i| i.name == word) {
        return Some(Referent::Item(item.at.clone()));
    }
    if let Some(k) = KEYWORDS.iter().find(|k| **k == word) {
        let bound = match *k {
            "self" => scope.self_kind,
            "target" => scope.target_kind,
            _ => None,
        };
        return Some(Referent::Keyword(k, bound));
    }
    index.entity(word).map(Referent::Defined)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lsp::analysis::Analysis;
    use crate::scenario::TUTORIAL;

    fn at(text: &str) -> (String, usize) {
        let i = text.find('|').expect("a cursor");
        (text.replacen('|', "", 1), i)
    }

    #[test]
    fn heads_calls_arguments_and_sets_are_read_from_half_written_text() {
        let (t, i) = at("self.trea| > 2");
        let p = place(&t, i);
        assert_eq!((p.head, &t[p.word.clone()]), (Some("self"), "trea"));
        let (t, i) = at("relation(self, |");
        assert_eq!(place(&t, i).argument, Some(("relation", 1)));
        let (t, i) = at("max(1, controls(kesh, x|), 3");
        assert_eq!(place(&t, i).argument, Some(("controls", 1)));
        let (t, i) = at("sum(r in |");
        assert!(place(&t, i).after_in);
        let (t, i) = at("cl|amp(1, 2, 3)");
        assert!(place(&t, i).call);
        let (t, i) = at("a.b.|");
        assert_eq!(place(&t, i).head, None, "a name has at most two parts");
    }

    #[test]
    fn aggregate_items_are_bound_inside_their_brackets_only() {
        let (t, i) = at("sum(r in regions where controls(self, r): r.|");
        let p = place(&t, i);
        assert_eq!(p.items, [Item { name: "r", kind: EntityKind::Region, at: 4..5 }]);
        assert_eq!(p.head, Some("r"));
        let (t, i) = at("sum(r in regions: r.need) + r.|");
        assert!(place(&t, i).items.is_empty());
    }

    #[test]
    fn words_name_ids_variables_flags_functions_and_keywords() {
        let a = Analysis::new(TUTORIAL.to_string());
        let scope = Scope { self_kind: Some(EntityKind::Faction), target_kind: Some(EntityKind::Region) };
        let named = |text: &str| {
            let (t, i) = at(text);
            let p = place(&t, i);
            match referent(&t, &p, scope, &a.index) {
                Some(Referent::Defined(d)) => format!("{:?} {}", d.kind, d.id),
                other => format!("{other:?}"),
            }
        };
        assert_eq!(named("kesh_no|rth.need > 1"), "Region kesh_north");
        assert_eq!(named("kesh_north.ne|ed > 1"), "RegionVar need");
        assert_eq!(named("target.fuel_p|rice"), "RegionVar fuel_price");
        assert_eq!(named("self.stab|ility"), "FactionVar stability");
        assert_eq!(named("flag.supply_d|eal"), "Flag supply_deal");
        assert_eq!(named("salt_road.ri|sk"), "Some(RouteProperty(\"risk\"))");
        assert_eq!(named("cla|mp(1, 2, 3)"), "Some(Function(\"clamp\"))");
        assert_eq!(named("tur|n > 2"), "Some(Keyword(\"turn\", None))");
        assert_eq!(named("sel|f.stability"), "Some(Keyword(\"self\", Some(Faction)))");
        assert_eq!(named("count(x in routes: x|.open)"), "Some(Item(6..7))");
        assert_eq!(named("nowhere|.need"), "None");
    }
}
