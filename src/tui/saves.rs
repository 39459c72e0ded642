//! Saved games for the title screen's "Continue" and "Load game", and the
//! interface's autosave: after every resolved turn and before quitting.

use std::path::{Path, PathBuf};

use crate::save::{self, Loaded};

/// A save file found on disk, loaded or with the reason it cannot be.
#[derive(Debug)]
pub struct SaveEntry {
    /// The file.
    pub path: PathBuf,
    /// The checked save, or why it was refused.
    pub loaded: Result<Loaded, String>,
}

impl SaveEntry {
    /// One line for the list: scenario, turn and date, start time, seats.
    pub fn describe(&self) -> String {
        let name = self.path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        match &self.loaded {
            Ok(l) => {
                let s = &l.scenario;
                let turn = l.save.state.turn;
                let progress = if l.save.state.is_over() {
                    "finished".to_string()
                } else {
                    format!("turn {turn} of {} ({})", s.turns(), s.date_of(turn))
                };
                let seats: Vec<String> = l
                    .save
                    .seats
                    .iter()
                    .filter_map(|(id, seat)| {
                        let f = s.factions.iter().find(|f| &f.id == id)?;
                        Some(format!("{} {}", f.name, if *seat == save::Seat::Human { "team" } else { "AI" }))
                    })
                    .collect();
                format!("{} — {progress} — started {} — {}", s.meta.title, l.save.started, seats.join(", "))
            }
            Err(e) => format!("✗ {name}: {e}"),
        }
    }

    /// Whether it can be continued.
    pub fn unfinished(&self) -> bool {
        self.loaded.as_ref().is_ok_and(|l| !l.save.state.is_over())
    }
}

/// Every `.ron` save in `dir`, newest first (by start time, then name).
pub fn saved_games(dir: &Path) -> Vec<SaveEntry> {
    let Ok(read) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut entries: Vec<SaveEntry> = read
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .map(|path| SaveEntry { loaded: save::read(&path).map_err(|e| e.to_string()), path })
        .collect();
    entries.sort_by(|a, b| {
        let started = |e: &SaveEntry| e.loaded.as_ref().map(|l| l.save.started.clone()).unwrap_or_default();
        started(b).cmp(&started(a)).then(b.path.cmp(&a.path))
    });
    entries
}

/// Where the interface saves.
#[derive(Debug, Clone)]
pub struct Saving {
    /// Folder for saves and reports.
    pub dir: PathBuf,
    /// The current game's file, once it has one.
    pub path: Option<PathBuf>,
}

impl Saving {
    /// Saving into `dir`.
    pub fn new(dir: PathBuf) -> Self {
        Saving { dir, path: None }
    }
}
