//! `play FILE --reload`: the scenario file (and its translation into the
//! game's language, `i18n/STEM.LANG.ron` beside it) is watched while the game runs.
//! Its folder is watched (so an editor that saves by writing a new file and
//! renaming it over the old one is seen), by file-change notification: no
//! polling, nothing runs while nothing changes. Once a burst of changes has
//! settled, the file is read again and handed to the app
//! ([`App::reload_scenario`]), which re-plays the game on it or shows its
//! problems in a [`Notice`].

use std::collections::VecDeque;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use notify::{RecommendedWatcher, RecursiveMode, Watcher};
use ratatui::crossterm::event::{self, Event};

use crate::files::ReadError;
use crate::i18n::Lang;
use crate::scenario;
use crate::text::printable;
use crate::tr;
use crate::tui::app::App;
use crate::tui::follow::{self, Source};

/// How long a burst of file events must be quiet before the file is read:
/// an editor's save is several events (write, rename, change of time).
pub const SETTLE: Duration = Duration::from_millis(100);

/// What wakes the interface while the file is watched.
#[derive(Debug)]
pub enum Wake {
    /// A key, a click, a resize.
    Terminal(Event),
    /// The terminal could not be read any more.
    TerminalGone(io::Error),
    /// The scenario file was written, replaced or removed.
    FileChanged,
}

/// The scenario file being watched, and the one channel the interface waits on.
#[derive(Debug)]
pub struct Watched {
    file: PathBuf,
    variant: Option<String>,
    tx: Sender<Wake>,
    rx: Receiver<Wake>,
    /// Terminal events that came while a burst of file events settled.
    backlog: VecDeque<Wake>,
    _watcher: RecommendedWatcher,
}

impl Watched {
    /// Starts watching `file` (read again as `variant`). The error says, in
    /// a sentence in `lang`, why the file cannot be watched.
    pub fn start(file: &Path, variant: Option<&str>, lang: Lang) -> Result<Self, String> {
        let (tx, rx) = mpsc::channel();
        let source = Source::File(file.to_path_buf());
        let folder = source.folder();
        // The scenario's translation into `lang`, read with it, counts as part of it.
        let translation = Source::File(scenario::translate::path_beside(file, lang));
        let translations = translation.folder();
        let files = tx.clone();
        let watcher = notify::recommended_watcher(move |result: notify::Result<notify::Event>| {
            // A watcher's error (events lost) is answered by reading the file again too.
            let concerns = |e: &notify::Event| follow::refreshes(&source, e) || follow::refreshes(&translation, e);
            if result.as_ref().map_or(true, concerns) {
                let _ = files.send(Wake::FileChanged);
            }
        });
        let mut watcher = watcher.map_err(|e| tr!(lang, "screen-reload-cannot-watch", error = e.to_string()))?;
        watcher.watch(&folder, RecursiveMode::NonRecursive).map_err(|e| {
            let folder = printable(&folder.display().to_string()).into_owned();
            tr!(lang, "screen-reload-cannot-watch-folder", folder = folder, error = e.to_string())
        })?;
        // A scenario with no `i18n` folder beside it has no translation to watch.
        if translations.is_dir() {
            let _ = watcher.watch(&translations, RecursiveMode::NonRecursive);
        }
        Ok(Watched {
            file: file.to_path_buf(),
            variant: variant.map(str::to_string),
            tx,
            rx,
            backlog: VecDeque::new(),
            _watcher: watcher,
        })
    }

    /// Reads terminal events on a thread of their own into the same channel
    /// (once the terminal is taken).
    pub fn read_terminal(&self) {
        let tx = self.tx.clone();
        std::thread::spawn(move || {
            loop {
                let wake = match event::read() {
                    Ok(e) => Wake::Terminal(e),
                    Err(e) => Wake::TerminalGone(e),
                };
                let gone = matches!(wake, Wake::TerminalGone(_));
                if tx.send(wake).is_err() || gone {
                    return;
                }
            }
        });
    }

    /// Blocks until something happens, or `timeout` passes (`Ok(None)`).
    /// A file change is returned once its burst of events has settled,
    /// keeping the terminal events that came meanwhile for the next calls.
    pub fn next(&mut self, timeout: Option<Duration>) -> io::Result<Option<Wake>> {
        let wake = match self.backlog.pop_front() {
            Some(wake) => wake,
            None => match timeout {
                Some(wait) => match self.rx.recv_timeout(wait) {
                    Ok(wake) => wake,
                    Err(RecvTimeoutError::Timeout) => return Ok(None),
                    Err(RecvTimeoutError::Disconnected) => return Err(io::Error::other("the event channel closed")),
                },
                // The channel cannot close: `self` holds a sender.
                None => self.rx.recv().map_err(io::Error::other)?,
            },
        };
        match wake {
            Wake::FileChanged => {
                let end = Instant::now() + SETTLE;
                while let Ok(more) = self.rx.recv_timeout(end.saturating_duration_since(Instant::now())) {
                    if !matches!(more, Wake::FileChanged) {
                        self.backlog.push_back(more);
                    }
                }
                Ok(Some(Wake::FileChanged))
            }
            Wake::TerminalGone(e) => Err(e),
            terminal => Ok(Some(terminal)),
        }
    }

    /// Reads the file again and hands it to the app. A file that is gone
    /// (moved or deleted) only says so: the game goes on with what it has.
    pub fn reload(&self, app: &mut App) {
        match scenario::read_in(&self.file, self.variant.as_deref(), app.lang) {
            Ok(loaded) => app.reload_scenario(loaded),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                let file = printable(&self.file.display().to_string()).into_owned();
                app.status = Some(tr!(app.lang, "screen-reload-gone", file = file));
            }
            Err(e) => {
                let name = self.file.display().to_string();
                app.reload_scenario(scenario::refused(&name, &ReadError::Io(e), app.lang));
            }
        }
    }
}

/// What the last change to the scenario file did, shown over the screen
/// until Esc or Enter: its problems, or what the reload dropped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// The box's title.
    pub title: String,
    /// The text, plain, one entry per line (a long line wraps).
    pub lines: Vec<String>,
    /// Lines scrolled past.
    pub scroll: u16,
}

impl Notice {
    /// A version that does not load, in `lang`: every problem as `harmattan
    /// validate` shows it (without colour), after a word on what happens now.
    pub fn problems(lang: Lang, loaded: &scenario::Loaded) -> Self {
        let file = printable(&loaded.name).into_owned();
        let errors = loaded.diagnostics.iter().filter(|d| d.is_error()).count();
        let intro = tr!(lang, "screen-reload-errors", count = errors, file = file);
        let mut lines = vec![intro, tr!(lang, "screen-reload-goes-on"), String::new()];
        for d in loaded.file_diagnostics() {
            lines.extend(d.render(false).lines().map(str::to_string));
            lines.push(String::new());
        }
        Notice { title: format!(" {} ", tr!(lang, "screen-reload-not-title")), lines, scroll: 0 }
    }

    /// A reload that dropped orders, answers or rulings, in `lang`: `intro`
    /// says what was done, then each thing dropped.
    pub fn dropped(lang: Lang, intro: String, notes: &[String]) -> Self {
        let mut lines = vec![intro, String::new(), tr!(lang, "screen-reload-dropped")];
        lines.extend(notes.iter().map(|n| format!("• {n}")));
        Notice { title: format!(" {} ", tr!(lang, "screen-reload-title")), lines, scroll: 0 }
    }
}
