//! What the text of a document holds, read tolerantly: where each value is
//! (the loader's [`SourceMap`], which never fails on broken text) and every
//! id it defines, with its name and place. It works while the file has
//! errors, so a modder mid-edit still gets completion, hover and the outline.

use std::ops::Range;

use super::schema::{INNER_LISTS, Kind, LISTS};
use crate::scenario::MAX_FILE_SIZE;
use crate::scenario::locate::SourceMap;

/// One id the file defines.
#[derive(Debug, Clone, PartialEq)]
pub struct Definition {
    /// What it is.
    pub kind: Kind,
    /// The id.
    pub id: String,
    /// The name players read (its `name`, `title`, `label` or `description`).
    pub label: Option<String>,
    /// Its `description`, if it has one.
    pub description: Option<String>,
    /// Its path (`factions[2]`).
    pub path: String,
    /// The whole item.
    pub span: Range<usize>,
    /// The id's text, quotes included.
    pub id_span: Range<usize>,
    /// The definition it is inside (a faction for an objective, an event for an option).
    pub parent: Option<usize>,
}

/// Every id a file defines, in file order within each list.
#[derive(Debug, Clone, Default)]
pub struct Index {
    /// The definitions, list by list.
    pub defs: Vec<Definition>,
}

impl Index {
    /// The definitions of one kind.
    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = &Definition> {
        self.defs.iter().filter(move |d| d.kind == kind)
    }

    /// The first definition of `id` among `kinds`.
    pub fn find(&self, kinds: &[Kind], id: &str) -> Option<&Definition> {
        self.defs.iter().find(|d| d.id == id && kinds.contains(&d.kind))
    }

    /// The faction, region or route with this id.
    pub fn entity(&self, id: &str) -> Option<&Definition> {
        self.find(&[Kind::Faction, Kind::Region, Kind::Route], id)
    }

    /// Objective `objective` of faction `faction`.
    pub fn objective(&self, faction: &str, objective: &str) -> Option<&Definition> {
        let owner = self.defs.iter().position(|d| d.kind == Kind::Faction && d.id == faction)?;
        self.defs.iter().find(|d| d.kind == Kind::Objective && d.parent == Some(owner) && d.id == objective)
    }
}

/// A document's text, read.
#[derive(Debug, Default)]
pub struct Analysis {
    /// The normalised text.
    pub source: String,
    /// Where each value is.
    pub map: SourceMap,
    /// The ids it defines.
    pub index: Index,
}

impl Analysis {
    /// Reads `source` (normalised text). A text over the loader's size limit
    /// is not read: the loader refuses it too, and the work stays bounded.
    pub fn new(source: String) -> Analysis {
        if source.len() > MAX_FILE_SIZE {
            return Analysis::default();
        }
        let map = SourceMap::build(&source);
        let mut analysis = Analysis { source, map, index: Index::default() };
        analysis.index = analysis.scan();
        analysis
    }

    /// The text of the value at `path`.
    pub fn text_at(&self, path: &str) -> Option<&str> {
        self.map.get(path).and_then(|span| self.source.get(span))
    }

    /// The content of the string at `path`.
    pub fn string_at(&self, path: &str) -> Option<String> {
        self.text_at(path).and_then(decode)
    }

    fn scan(&self) -> Index {
        let mut defs = Vec::new();
        for &(list, kind, label) in LISTS {
            self.items(list, kind, label, None, &mut defs);
        }
        for &(outer, inner, kind, label) in INNER_LISTS {
            let owners: Vec<(usize, String)> = defs
                .iter()
                .enumerate()
                .filter(|(_, d)| d.path.starts_with(outer) && d.path[outer.len()..].starts_with('['))
                .map(|(i, d)| (i, d.path.clone()))
                .collect();
            for (owner, path) in owners {
                self.items(&format!("{path}.{inner}"), kind, label, Some(owner), &mut defs);
            }
        }
        Index { defs }
    }

    /// The items of the list at `list` that have an id.
    fn items(&self, list: &str, kind: Kind, label: &str, parent: Option<usize>, defs: &mut Vec<Definition>) {
        for i in 0.. {
            let path = format!("{list}[{i}]");
            let Some(span) = self.map.get(&path) else { return };
            let id_path = format!("{path}.id");
            let (Some(id_span), Some(id)) = (self.map.get(&id_path), self.string_at(&id_path)) else { continue };
            defs.push(Definition {
                kind,
                id,
                label: self.string_at(&format!("{path}.{label}")).filter(|l| !l.trim().is_empty()),
                description: self.string_at(&format!("{path}.description")).filter(|d| !d.trim().is_empty()),
                path,
                span,
                id_span,
                parent,
            });
        }
    }
}

/// The content of a string literal (`"…"` or `r#"…"#`), escapes read.
pub fn decode(literal: &str) -> Option<String> {
    if !literal.starts_with(['"', 'r']) {
        return None;
    }
    ron::from_str::<String>(literal).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::TUTORIAL;

    #[test]
    fn the_tutorial_defines_every_kind_of_id_with_its_names() {
        let a = Analysis::new(TUTORIAL.to_string());
        let kesh = a.index.entity("kesh").expect("kesh");
        assert_eq!((kesh.kind, kesh.label.as_deref()), (Kind::Faction, Some("Kesh")));
        assert_eq!(&a.source[kesh.id_span.clone()], "\"kesh\"");
        assert_eq!(a.index.find(&[Kind::Route], "salt_road").unwrap().label.as_deref(), Some("The Salt Road"));
        assert_eq!(a.index.find(&[Kind::RegionVar], "need").unwrap().label.as_deref(), Some("Humanitarian need"));
        assert_eq!(a.index.find(&[Kind::Event], "dust_storm").unwrap().label.as_deref(), Some("Harmattan dust storm"));
        assert!(a.index.find(&[Kind::Flag], "supply_deal").is_some());
        assert!(a.index.find(&[Kind::Action], "covert_raid").is_some());
        assert!(a.index.find(&[Kind::Rule], "drift").is_some());
        assert!(a.index.objective("kesh", "calm").is_some());
        let close = a.index.find(&[Kind::Option], "close").unwrap();
        assert_eq!(a.index.defs[close.parent.unwrap()].id, "border_incident");
    }

    #[test]
    fn a_file_broken_mid_edit_still_shows_its_ids_before_the_break() {
        let cut = TUTORIAL.find("regions: [").unwrap();
        let broken = format!("{}\n  factions: [(id: \"half", &TUTORIAL[..cut]);
        let a = Analysis::new(broken);
        assert!(a.index.entity("kesh").is_some() && a.index.entity("bandits").is_some());
        assert!(a.index.entity("kesh_north").is_none());
    }
}
