//! Following a game's save live, for `harmattan watch`: which save to show,
//! re-reading it when it changes, and keeping the last good state when a read
//! fails (a save caught mid-write, a truncated copy). No terminal here, so it
//! is tested with plain files; the command feeds it file-change events.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::save::{self, Loaded};
use crate::tui::screens::projector::{self, Projector};
use crate::tui::theme::Theme;
use crate::tui::view::{MIN_SIZE, centred, fit};

/// What to follow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The newest save (last written) in a folder, switching when a newer one appears.
    Newest(PathBuf),
    /// One save file.
    File(PathBuf),
}

impl Source {
    /// The folder to watch for changes (a file is watched through its folder,
    /// so an atomic replace by rename is seen).
    pub fn folder(&self) -> PathBuf {
        match self {
            Source::Newest(dir) => dir.clone(),
            Source::File(path) => match path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                _ => PathBuf::from("."),
            },
        }
    }

    /// Whether a change to `path` may change what is shown: any `.ron` file
    /// of the folder, or the followed file (never a save's temporary file).
    pub fn concerns(&self, path: &Path) -> bool {
        match self {
            Source::Newest(_) => is_save(path),
            Source::File(file) => file.file_name().is_some_and(|name| path.file_name() == Some(name)),
        }
    }
}

/// A `.ron` file name.
fn is_save(path: &Path) -> bool {
    path.extension().is_some_and(|x| x == "ron")
}

/// The save shown and where it came from.
#[derive(Debug)]
pub struct Shown {
    /// Its file.
    pub path: PathBuf,
    /// Its content.
    pub loaded: Loaded,
}

/// Follows a save: call [`Follower::refresh`] on start and after every change
/// in [`Source::folder`].
#[derive(Debug)]
pub struct Follower {
    source: Source,
    shown: Option<Shown>,
    problem: Option<String>,
}

impl Follower {
    /// A follower that has read nothing yet.
    pub fn new(source: Source) -> Self {
        Follower { source, shown: None, problem: None }
    }

    /// What it follows.
    pub fn source(&self) -> &Source {
        &self.source
    }

    /// The last save read successfully.
    pub fn shown(&self) -> Option<&Shown> {
        self.shown.as_ref()
    }

    /// Why the last read failed, if it did (the last good save stays shown).
    pub fn problem(&self) -> Option<&str> {
        self.problem.as_deref()
    }

    /// Finds the save to show and reads it. A save that cannot be read (cut
    /// short, caught mid-write, not a save) leaves the last good one shown and
    /// is tried again on the next call.
    pub fn refresh(&mut self) {
        let target = match &self.source {
            Source::File(path) => Some(path.clone()),
            Source::Newest(dir) => newest(dir),
        };
        let Some(path) = target else {
            self.problem = None;
            return;
        };
        match save::read(&path) {
            Ok(loaded) => {
                self.shown = Some(Shown { path, loaded });
                self.problem = None;
            }
            Err(save::SaveError::Io { source, .. })
                if source.kind() == std::io::ErrorKind::NotFound && self.shown.is_none() =>
            {
                // Not written yet (or just replaced): the waiting message says so.
                self.problem = None;
            }
            Err(e) => self.problem = Some(e.to_string()),
        }
    }

    /// What to say while no save has been read.
    pub fn waiting(&self) -> String {
        match &self.source {
            Source::Newest(dir) => format!(
                "Waiting for a game: start one with `harmattan play` in another terminal. It shows here as soon as \
                 its first turn is saved in {}, and a newer game replaces it when one starts.",
                dir.display()
            ),
            Source::File(path) => format!("Waiting for {} to be saved…", path.display()),
        }
    }
}

/// The `.ron` file in `dir` written last (by modification time, then name).
pub fn newest(dir: &Path) -> Option<PathBuf> {
    let read = std::fs::read_dir(dir).ok()?;
    read.filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| is_save(p))
        .filter_map(|p| {
            let meta = std::fs::metadata(&p).ok().filter(std::fs::Metadata::is_file)?;
            Some((meta.modified().unwrap_or(SystemTime::UNIX_EPOCH), p))
        })
        .max()
        .map(|(_, p)| p)
}

/// Draws what `harmattan watch` shows: the projector view of the followed
/// save, a waiting message before there is one, and a bottom line with the
/// file, the quit key and any read problem.
pub fn render(follower: &Follower, theme: Theme, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        let text = format!(
            "Please enlarge the terminal to at least {}×{} (it is {}×{}).",
            MIN_SIZE.0, MIN_SIZE.1, area.width, area.height
        );
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
        return;
    }
    let [body, bar] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
    match follower.shown() {
        Some(shown) => {
            let save = &shown.loaded.save;
            let p = Projector {
                scenario: &shown.loaded.scenario,
                state: &save.state,
                last: save.turns.last().map(|t| &t.report),
                confirmed: None,
                timer: None,
                theme,
            };
            projector::render(&p, frame, body);
        }
        None => {
            let text = follower.waiting();
            let rect = centred(body, 70, 6);
            frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), rect);
        }
    }
    let width = usize::from(bar.width);
    let line = match (follower.problem(), follower.shown()) {
        (Some(problem), shown) => {
            let keep = if shown.is_some() { "showing the last good state; " } else { "" };
            Line::styled(fit(&format!("⚠ {keep}will retry when the file changes: {problem}"), width), theme.warn())
        }
        (None, shown) => {
            let what = match shown {
                Some(s) => format!("following {} (updates by itself)", s.path.display()),
                None => format!("watching {}", follower.source().folder().display()),
            };
            Line::from(vec![Span::styled("q", theme.key()), Span::raw(fit(&format!(" quit   {what}"), width - 1))])
        }
    };
    frame.render_widget(line, bar);
}
