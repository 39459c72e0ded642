//! The scenarios the title screen offers: the built-in default first, then
//! every `.ron` file in a folder (sorted by name), each loaded with its
//! diagnostics so a broken one is shown, never hidden.

use std::path::Path;

use crate::files;
use crate::scenario::{DEFAULT, DEFAULT_NAME, Loaded, MAX_FILE_SIZE, load, load_default, refused};
use crate::tui::app::Entry;

/// The built-in default and the scenarios in `dir` (if it exists).
pub fn catalog(dir: &Path) -> Vec<Entry> {
    let mut entries = vec![Entry { name: format!("{DEFAULT_NAME} (built in)"), loaded: load_default() }];
    let Ok(read) = std::fs::read_dir(dir) else { return entries };
    let mut paths: Vec<_> = read
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .filter(|p| !p.to_string_lossy().ends_with(".history.ron"))
        .collect();
    paths.sort();
    for path in paths {
        let name = path.display().to_string();
        // Only regular files, read up to the size limit: a pipe or a huge file never blocks the list.
        let loaded = match files::read_limited(&path, MAX_FILE_SIZE as u64) {
            Ok(bytes) if bytes == DEFAULT.as_bytes() => continue, // the built-in copy is already listed first
            Ok(bytes) => load(&name, &bytes),
            Err(e) => refused(&name, &e),
        };
        entries.push(Entry { loaded, name });
    }
    entries
}

/// One scenario, already read, as the only entry (for `harmattan play FILE`).
pub fn single(loaded: Loaded) -> Vec<Entry> {
    vec![Entry { name: loaded.name.clone(), loaded }]
}
