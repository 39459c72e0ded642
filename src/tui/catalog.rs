//! The scenarios the title screen offers: the built-in default first, then
//! every `.ron` file in a folder (sorted by name), each loaded with its
//! diagnostics so a broken one is shown, never hidden.

use std::path::Path;

use crate::files;
use crate::i18n::Lang;
use crate::scenario::{DEFAULT, DEFAULT_NAME, Loaded, MAX_FILE_SIZE, load_beside, load_default_in, refused};
use crate::tui::app::Entry;

/// The built-in default and the scenarios in `dir` (if it exists), with
/// their own texts (in English for the built-in one).
pub fn catalog(dir: &Path) -> Vec<Entry> {
    catalog_in(dir, Lang::En)
}

/// The built-in default and the scenarios in `dir` (if it exists), each
/// with its texts in `lang` where a translation gives them.
pub fn catalog_in(dir: &Path, lang: Lang) -> Vec<Entry> {
    let mut entries = Vec::new();
    let built_in = |variant: Option<&str>| load_default_in(variant, lang);
    push_with_variants(&mut entries, format!("{DEFAULT_NAME} (built in)"), built_in);
    let Ok(read) = std::fs::read_dir(dir) else { return entries };
    let mut paths: Vec<_> =
        read.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "ron")).collect();
    paths.sort();
    for path in paths {
        let name = path.display().to_string();
        // Only regular files, read up to the size limit: a pipe or a huge file never blocks the list.
        match files::read_limited(&path, MAX_FILE_SIZE as u64) {
            Ok(bytes) if bytes == DEFAULT.as_bytes() => continue, // the built-in copy is already listed first
            Ok(bytes) => {
                push_with_variants(&mut entries, name, |variant| load_beside(&path, &bytes, variant, lang));
            }
            Err(e) => entries.push(Entry { loaded: refused(&name, &e, lang), name }),
        }
    }
    entries
}

/// A scenario as written, then one entry for each of its variants
/// (`load` loads it as one of its variants, or as written).
fn push_with_variants(entries: &mut Vec<Entry>, name: String, load: impl Fn(Option<&str>) -> Loaded) {
    let loaded = load(None);
    let variants = loaded.scenario.as_ref().map(|s| s.variants.clone()).unwrap_or_default();
    entries.push(Entry { name: name.clone(), loaded });
    for v in variants {
        entries.push(Entry { name: format!("{name} --variant {}", v.id), loaded: load(Some(&v.id)) });
    }
}

/// One scenario, already read, as the only entry (for `harmattan play FILE`).
pub fn single(loaded: Loaded) -> Vec<Entry> {
    vec![Entry { name: loaded.name.clone(), loaded }]
}
