//! The document outline: each list of the file (variables, factions,
//! regions, routes, flags, actions, events, rules, variants) with its items
//! by name; a faction's objectives under it, an event's options under it.

use std::ops::Range;

use lsp_types::{DocumentSymbol, Location, SymbolInformation, SymbolKind, Uri};

use super::analysis::{Analysis, Definition};
use super::schema::{Kind, LISTS};

/// A symbol with its ranges still in bytes of the normalised text.
#[derive(Debug, Clone, PartialEq)]
pub struct Symbol {
    /// What the outline shows.
    pub name: String,
    /// The id, when the name is the item's name.
    pub detail: Option<String>,
    /// Its kind.
    pub kind: SymbolKind,
    /// The whole item.
    pub range: Range<usize>,
    /// The part to select: its id.
    pub selection: Range<usize>,
    /// The items inside it.
    pub children: Vec<Symbol>,
}

impl Symbol {
    /// The protocol's symbol, with `to_range` turning byte ranges into editor ranges.
    pub fn to_lsp(&self, to_range: &dyn Fn(&Range<usize>) -> lsp_types::Range) -> DocumentSymbol {
        #[allow(deprecated)] // `deprecated` is a field the protocol still carries.
        DocumentSymbol {
            name: self.name.clone(),
            detail: self.detail.clone(),
            kind: self.kind,
            tags: None,
            deprecated: None,
            range: to_range(&self.range),
            selection_range: to_range(&self.selection),
            children: Some(self.children.iter().map(|c| c.to_lsp(to_range)).collect()),
        }
    }
}

impl Symbol {
    /// The protocol's flat symbols, for editors without nested outlines:
    /// this one and every one inside it, each naming its container.
    pub fn flatten(
        &self,
        uri: &Uri,
        to_range: &dyn Fn(&Range<usize>) -> lsp_types::Range,
        container: Option<&str>,
        out: &mut Vec<SymbolInformation>,
    ) {
        #[allow(deprecated)] // `deprecated` is a field the protocol still carries.
        out.push(SymbolInformation {
            name: self.name.clone(),
            kind: self.kind,
            tags: None,
            deprecated: None,
            location: Location { uri: uri.clone(), range: to_range(&self.range) },
            container_name: container.map(str::to_string),
        });
        for child in &self.children {
            child.flatten(uri, to_range, Some(&self.name), out);
        }
    }
}

fn symbol_kind(kind: Kind) -> SymbolKind {
    match kind {
        Kind::Faction => SymbolKind::CLASS,
        Kind::Region => SymbolKind::STRUCT,
        Kind::Route => SymbolKind::INTERFACE,
        Kind::FactionVar | Kind::RegionVar => SymbolKind::FIELD,
        Kind::Flag => SymbolKind::BOOLEAN,
        Kind::Action => SymbolKind::FUNCTION,
        Kind::Rule => SymbolKind::METHOD,
        Kind::Event => SymbolKind::EVENT,
        Kind::Variant => SymbolKind::MODULE,
        Kind::Objective => SymbolKind::PROPERTY,
        Kind::Option => SymbolKind::ENUM_MEMBER,
    }
}

/// The symbol of one definition, without children.
fn leaf(d: &Definition) -> Symbol {
    // An outline name may not be empty, and shows one line.
    let name = [d.label.as_deref(), Some(d.id.as_str())]
        .into_iter()
        .flatten()
        .filter_map(|n| n.lines().map(str::trim).find(|l| !l.is_empty()))
        .next()
        .unwrap_or(&d.path);
    Symbol {
        name: name.to_string(),
        detail: d.label.as_ref().map(|_| d.id.clone()),
        kind: symbol_kind(d.kind),
        range: d.span.clone(),
        selection: d.id_span.clone(),
        children: Vec::new(),
    }
}

/// The outline of the analysed text.
pub fn outline(a: &Analysis) -> Vec<Symbol> {
    let defs = &a.index.defs;
    let mut inside: Vec<Vec<&Definition>> = vec![Vec::new(); defs.len()];
    for d in defs {
        if let Some(list) = d.parent.and_then(|p| inside.get_mut(p)) {
            list.push(d);
        }
    }
    let item = |i: usize, d: &Definition| Symbol {
        children: inside.get(i).into_iter().flatten().map(|c| leaf(c)).collect(),
        ..leaf(d)
    };
    LISTS
        .iter()
        .filter_map(|&(list, _, _)| {
            let span = a.map.get(list)?;
            let items: Vec<Symbol> = defs
                .iter()
                .enumerate()
                .filter(|(_, d)| d.parent.is_none() && d.path.strip_prefix(list).is_some_and(|r| r.starts_with('[')))
                .map(|(i, d)| item(i, d))
                .collect();
            (!items.is_empty()).then(|| Symbol {
                name: list.to_string(),
                detail: None,
                kind: SymbolKind::NAMESPACE,
                selection: span.start..span.start,
                range: span,
                children: items,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::TUTORIAL;

    #[test]
    fn the_tutorial_outline_lists_each_part_by_name_with_objectives_and_options_inside() {
        let a = Analysis::new(TUTORIAL.to_string());
        let outline = outline(&a);
        let groups: Vec<&str> = outline.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            groups,
            [
                "variables.faction",
                "variables.region",
                "factions",
                "regions",
                "routes",
                "flags",
                "actions",
                "events",
                "rules",
                "variants"
            ]
        );
        let factions = &outline[2].children;
        assert_eq!(
            factions.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
            ["Kesh", "Tarsa", "Oru", "Road bandits"]
        );
        assert_eq!(factions[0].detail.as_deref(), Some("kesh"));
        assert_eq!(&a.source[factions[0].selection.clone()], "\"kesh\"");
        assert_eq!(factions[0].children.iter().map(|s| s.name.as_str()).collect::<Vec<_>>()[0], "North supplied");
        let events = &outline[7].children;
        let incident = events.iter().find(|e| e.detail.as_deref() == Some("border_incident")).unwrap();
        assert_eq!(incident.children.len(), 2);
        for group in &outline {
            for s in &group.children {
                assert!(s.range.start <= s.selection.start && s.selection.end <= s.range.end, "{}", s.name);
                assert!(!s.name.is_empty());
            }
        }
    }
}
