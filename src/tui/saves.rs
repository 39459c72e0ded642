//! Saved games for the title screen's "Continue" and "Load game", and the
//! interface's autosave: after every resolved turn and before quitting.

use std::path::{Path, PathBuf};

use crate::i18n::Lang;
use crate::save::{self, Loaded};
use crate::tr;

/// A save file found on disk, loaded or with the reason it cannot be.
#[derive(Debug)]
pub struct SaveEntry {
    /// The file.
    pub path: PathBuf,
    /// The checked save, or why it was refused.
    pub loaded: Result<Loaded, save::SaveError>,
}

impl SaveEntry {
    /// One line for the list, in `lang`: scenario, turn and date, start time, seats.
    pub fn describe(&self, lang: Lang) -> String {
        match &self.loaded {
            Ok(l) => {
                let s = &l.scenario;
                let turn = l.save.state.turn;
                let progress = if l.save.state.is_over() {
                    tr!(lang, "screen-save-finished")
                } else {
                    tr!(lang, "screen-save-progress", turn = turn, turns = s.turns(), date = s.date_in(lang, turn))
                };
                let seats = l.save.seats.iter().filter_map(|(id, seat)| {
                    let f = s.factions.iter().find(|f| &f.id == id)?;
                    let key = if *seat == save::Seat::Human { "screen-save-team" } else { "screen-save-computer" };
                    Some(tr!(lang, key, faction = f.name.as_str()))
                });
                let seats = crate::i18n::comma_list(lang, seats).unwrap_or_default();
                let (title, started) = (s.meta.title.as_str(), l.save.started.as_str());
                tr!(lang, "screen-save-line", title = title, progress = progress, started = started, seats = seats)
            }
            // The reason names the file already (with its line and column).
            Err(e) => format!("✗ {}", e.message(lang)),
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
        .map(|path| SaveEntry { loaded: save::read(&path), path })
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
