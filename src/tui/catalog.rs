//! The scenarios the title screen offers: the built-in default first, then
//! every `.ron` file in a folder (sorted by name), each loaded with its
//! diagnostics so a broken one is shown, never hidden.

use std::path::Path;

use crate::files;
use crate::scenario::{DEFAULT, DEFAULT_NAME, Loaded, MAX_FILE_SIZE, load, load_default, load_variant, refused};
use crate::tui::app::Entry;

/// The built-in default and the scenarios in `dir` (if it exists).
pub fn catalog(dir: &Path) -> Vec<Entry> {
    let mut entries = Vec::new();
    push_with_variants(&mut entries, format!("{DEFAULT_NAME} (built in)"), DEFAULT.as_bytes(), load_default());
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
                let loaded = load(&name, &bytes);
                push_with_variants(&mut entries, name, &bytes, loaded);
            }
            Err(e) => entries.push(Entry { loaded: refused(&name, &e), name }),
        }
    }
    entries
}

/// A scenario as written, then one entry for each of its variants.
fn push_with_variants(entries: &mut Vec<Entry>, name: String, bytes: &[u8], loaded: Loaded) {
    let variants = loaded.scenario.as_ref().map(|s| s.variants.clone()).unwrap_or_default();
    entries.push(Entry { name: name.clone(), loaded });
    for v in variants {
        let loaded = load_variant(&loaded_name(&name), bytes, Some(&v.id));
        entries.push(Entry { name: format!("{name} --variant {}", v.id), loaded });
    }
}

/// The file name inside an entry's name (without "(built in)").
fn loaded_name(name: &str) -> String {
    name.strip_suffix(" (built in)").unwrap_or(name).to_string()
}

/// One scenario, already read, as the only entry (for `harmattan play FILE`).
pub fn single(loaded: Loaded) -> Vec<Entry> {
    vec![Entry { name: loaded.name.clone(), loaded }]
}
