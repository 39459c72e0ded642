//! Following a game's save live, for `harmattan watch`: which save to show,
//! which file-system events call for a re-read, re-reading it when it
//! changes, and keeping the last good state when a read fails (a save caught
//! mid-write, a truncated copy) or the save is deleted. No terminal here, so
//! it is tested with plain files; the command feeds it file-change events.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use notify::EventKind;
use notify::event::{MetadataKind, ModifyKind};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::engine::GameState;
use crate::i18n::Lang;
use crate::save::{self, Loaded, Stage};
use crate::tr;
use crate::tui::bidi::{self, Bidi};
use crate::tui::screens::projector::{self, Projector, Room};
use crate::tui::theme::Theme;
use crate::tui::view::{MIN_SIZE, cells, centred, enlarge, fit};

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

    /// Whether a change to `path` may change what is shown: any save (`.ron`
    /// file) of the folder, or the followed file; never a temporary file.
    pub fn concerns(&self, path: &Path) -> bool {
        match self {
            Source::Newest(_) => is_save(path),
            Source::File(file) => file.file_name().is_some_and(|name| path.file_name() == Some(name)),
        }
    }
}

/// Whether a file-system event calls for a re-read: a write, creation,
/// rename or removal of a file the source [concerns](Source::concerns), or
/// word that events were lost. Opening and reading files (the follower's own
/// reads among them) never does, so `watch` sleeps while nothing changes.
pub fn refreshes(source: &Source, event: &notify::Event) -> bool {
    event.need_rescan() || changes(&event.kind) && event.paths.iter().any(|p| source.concerns(p))
}

/// Whether an event of this kind may change a file's content or presence:
/// writes, creations, renames and removals (and events of unknown kind, to be
/// safe); not opening, reading or closing a file, nor a change of
/// permissions, owner or access time.
pub fn changes(kind: &EventKind) -> bool {
    match kind {
        EventKind::Access(_) | EventKind::Other => false,
        EventKind::Modify(ModifyKind::Metadata(what)) => *what == MetadataKind::WriteTime,
        EventKind::Any | EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_) => true,
    }
}

/// A save: a `.ron` file that is neither hidden nor a temporary file (a save
/// being written is `….ron.tmp`, or a hidden name such as `.NAME.ron.XXXXXX`).
fn is_save(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else { return false };
    path.extension().is_some_and(|x| x == "ron") && !name.starts_with('.')
}

/// The save shown and where it came from.
#[derive(Debug)]
pub struct Shown {
    /// Its file.
    pub path: PathBuf,
    /// Its content.
    pub loaded: Loaded,
    /// While the room reads a turn's results: the state at the end of that
    /// turn (before the next turn's income and events), from a re-play.
    pub results: Option<GameState>,
}

impl Shown {
    /// A save read from `path`, with the state the room is discussing.
    pub fn new(path: PathBuf, loaded: Loaded) -> Self {
        let save = &loaded.save;
        let results = (save.stage == Stage::Results && !save.state.is_over())
            .then(|| {
                let replayed = save::replay_game(&loaded);
                let ruled = replayed.ruled.last()?;
                let report = save.turns.last().map(|t| &t.report)?;
                Some(projector::end_of_turn(&loaded.scenario, ruled, report))
            })
            .flatten();
        Shown { path, loaded, results }
    }
}

/// Follows a save: call [`Follower::refresh`] on start and after every change
/// in [`Source::folder`] that [`refreshes`].
#[derive(Debug)]
pub struct Follower {
    source: Source,
    shown: Option<Shown>,
    problem: Option<String>,
    /// The shown save's file is gone.
    deleted: bool,
    /// Lines of news scrolled past, and the most the last frame allowed.
    news_scroll: u16,
    news_max: std::cell::Cell<u16>,
    /// The language of its own words (the bottom line, the waiting message, the projector's labels).
    lang: Lang,
    /// Who puts right-to-left text in order on its frames.
    bidi: Bidi,
}

impl Follower {
    /// A follower that has read nothing yet.
    pub fn new(source: Source) -> Self {
        Follower {
            source,
            shown: None,
            problem: None,
            deleted: false,
            news_scroll: 0,
            news_max: std::cell::Cell::new(u16::MAX),
            lang: Lang::En,
            bidi: Bidi::App,
        }
    }

    /// This follower with its own words in `lang`.
    pub fn with_lang(mut self, lang: Lang) -> Self {
        self.lang = lang;
        self
    }

    /// This follower with right-to-left text put in order by `bidi`, as the play screens do.
    pub fn with_bidi(mut self, bidi: Bidi) -> Self {
        self.bidi = bidi;
        self
    }

    /// Scrolls the news by `lines` (negative: back up), within what the last frame showed.
    pub fn scroll_news(&mut self, lines: i32) {
        let moved = i32::from(self.news_scroll).saturating_add(lines).clamp(0, i32::from(self.news_max.get()));
        self.news_scroll = u16::try_from(moved).unwrap_or(0);
    }

    /// Lines of news scrolled past.
    pub fn news_scroll(&self) -> u16 {
        self.news_scroll
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

    /// The shown save's file, when it has been deleted since it was read
    /// (its last state stays shown).
    pub fn deleted(&self) -> Option<&Path> {
        self.shown.as_ref().filter(|_| self.deleted).map(|s| s.path.as_path())
    }

    /// Finds the save to show and reads it. A save that cannot be read (cut
    /// short, caught mid-write, not a save) leaves the last good one shown and
    /// is tried again on the next call; so does a save that was deleted.
    pub fn refresh(&mut self) {
        let target = match &self.source {
            Source::File(path) => Some(path.clone()),
            Source::Newest(dir) => newest(dir),
        };
        self.problem = None;
        self.deleted = false;
        let Some(path) = target else {
            // No save left in the folder: the one shown, if any, was deleted.
            self.deleted = self.shown.as_ref().is_some_and(|s| !s.path.exists());
            return;
        };
        match save::read(&path) {
            Ok(loaded) => {
                // A new turn or stage brings the news back to its top.
                let moved = self.shown.as_ref().is_none_or(|s| {
                    s.path != path
                        || s.loaded.save.turns.len() != loaded.save.turns.len()
                        || s.loaded.save.stage != loaded.save.stage
                });
                if moved {
                    self.news_scroll = 0;
                }
                self.shown = Some(Shown::new(path, loaded));
            }
            Err(save::SaveError::Io { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {
                // Not written yet (the waiting message says so), or deleted since it was shown.
                self.deleted = self.shown.is_some();
            }
            Err(e) => self.problem = Some(e.to_string()),
        }
    }

    /// What to say while no save has been read.
    pub fn waiting(&self) -> String {
        match &self.source {
            Source::Newest(dir) => tr!(self.lang, "screen-watch-waiting-folder", folder = dir.display().to_string()),
            Source::File(path) => tr!(self.lang, "screen-watch-waiting-file", file = path.display().to_string()),
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
/// file, the quit key and any read problem, all in the follower's language.
/// `now_ms` (milliseconds since the Unix epoch) runs the turn timer's
/// countdown the game saved. Right-to-left text is put in order last, over
/// the finished frame, by the same pass as the play screens'.
pub fn render(follower: &Follower, theme: Theme, now_ms: u64, frame: &mut Frame) {
    draw(follower, theme, now_ms, frame);
    bidi::apply(follower.bidi, follower.lang.dir(), frame, &mut []);
}

/// Draws the frame of [`render`], in logical order.
fn draw(follower: &Follower, theme: Theme, now_ms: u64, frame: &mut Frame) {
    let area = frame.area();
    let lang = follower.lang;
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        frame.render_widget(Paragraph::new(enlarge(lang, area)).wrap(Wrap { trim: true }), area);
        return;
    }
    let [body, bar] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
    match follower.shown() {
        Some(shown) => {
            let save = &shown.loaded.save;
            let timer = save.clock.map(|c| crate::tui::timer::label(&c, lang, now_ms));
            let scn = &shown.loaded.scenario;
            let confirmed: Vec<bool> = scn.factions.iter().map(|f| !save.waiting.contains(&f.id)).collect();
            let p = Projector {
                scenario: &shown.loaded.scenario,
                state: shown.results.as_ref().unwrap_or(&save.state),
                last: save.turns.last().map(|t| &t.report),
                confirmed: Some(&confirmed),
                timer: timer.as_deref(),
                theme,
                lang,
            };
            let room = Room { stage: save.stage, news_scroll: follower.news_scroll, note: None };
            follower.news_max.set(projector::render_room(&p, &room, frame, body));
        }
        None => {
            let text = follower.waiting();
            let rect = centred(body, 70, 6);
            frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), rect);
        }
    }
    let width = usize::from(bar.width);
    let line = if let Some(path) = follower.deleted() {
        let text = tr!(lang, "screen-watch-deleted", file = path.display().to_string());
        Line::styled(fit(&text, width), theme.warn())
    } else if let Some(problem) = follower.problem() {
        let key = if follower.shown().is_some() { "screen-watch-problem-kept" } else { "screen-watch-problem" };
        Line::styled(fit(&tr!(lang, key, problem = problem), width), theme.warn())
    } else {
        // The news box says when it scrolls; the keys that scroll it are named here too,
        // before the path, so a long path is what gets cut, not the keys.
        let quit = tr!(lang, "screen-watch-quit");
        let keys = if follower.shown().is_some() {
            format!(" · {}", tr!(lang, "screen-watch-scroll"))
        } else {
            String::new()
        };
        let text = match follower.shown() {
            Some(s) => {
                let following = |file: String| tr!(lang, "screen-watch-following", file = file);
                let whole = format!(" {quit}{keys}   {}", following(s.path.display().to_string()));
                let name =
                    s.path.file_name().map_or_else(|| s.path.display().to_string(), |n| n.to_string_lossy().into());
                if cells(&whole) < width { whole } else { format!(" {quit}{keys}   {}", following(name)) }
            }
            None => {
                let folder = follower.source().folder().display().to_string();
                format!(" {quit}   {}", tr!(lang, "screen-watch-watching", folder = folder))
            }
        };
        Line::from(vec![Span::styled("q", theme.key()), Span::raw(fit(&text, width.saturating_sub(1)))])
    };
    frame.render_widget(line, bar);
}

#[cfg(test)]
mod tests {
    use notify::event::{AccessKind, AccessMode, CreateKind, DataChange, Flag, RemoveKind, RenameMode};

    use super::*;

    fn event(kind: EventKind, path: &str) -> notify::Event {
        notify::Event::new(kind).add_path(PathBuf::from(path))
    }

    #[test]
    fn writes_creations_renames_and_removals_call_for_a_reread() {
        for kind in [
            EventKind::Create(CreateKind::File),
            EventKind::Create(CreateKind::Any),
            EventKind::Modify(ModifyKind::Data(DataChange::Content)),
            EventKind::Modify(ModifyKind::Data(DataChange::Any)),
            EventKind::Modify(ModifyKind::Name(RenameMode::To)),
            EventKind::Modify(ModifyKind::Name(RenameMode::From)),
            EventKind::Modify(ModifyKind::Name(RenameMode::Both)),
            EventKind::Modify(ModifyKind::Any),
            EventKind::Modify(ModifyKind::Metadata(MetadataKind::WriteTime)),
            EventKind::Remove(RemoveKind::File),
            EventKind::Remove(RemoveKind::Any),
            EventKind::Any,
        ] {
            assert!(changes(&kind), "{kind:?} must call for a re-read");
        }
    }

    #[test]
    fn opening_reading_and_closing_a_file_never_call_for_a_reread() {
        for kind in [
            EventKind::Access(AccessKind::Open(AccessMode::Any)),
            EventKind::Access(AccessKind::Open(AccessMode::Read)),
            EventKind::Access(AccessKind::Read),
            EventKind::Access(AccessKind::Close(AccessMode::Read)),
            EventKind::Access(AccessKind::Close(AccessMode::Write)),
            EventKind::Access(AccessKind::Any),
            EventKind::Modify(ModifyKind::Metadata(MetadataKind::AccessTime)),
            EventKind::Modify(ModifyKind::Metadata(MetadataKind::Permissions)),
            EventKind::Modify(ModifyKind::Metadata(MetadataKind::Ownership)),
            EventKind::Modify(ModifyKind::Metadata(MetadataKind::Any)),
            EventKind::Other,
        ] {
            assert!(!changes(&kind), "{kind:?} must not call for a re-read");
        }
    }

    #[test]
    fn only_changes_to_the_followed_file_refresh_a_file_source() {
        let source = Source::File(PathBuf::from("saves/game.ron"));
        let write = EventKind::Modify(ModifyKind::Data(DataChange::Any));
        assert!(refreshes(&source, &event(write, "/abs/saves/game.ron")));
        assert!(refreshes(&source, &event(EventKind::Remove(RemoveKind::File), "/abs/saves/game.ron")));
        assert!(!refreshes(&source, &event(write, "/abs/saves/other.ron")));
        assert!(!refreshes(&source, &event(write, "/abs/saves/game.ron.tmp")));
        assert!(!refreshes(&source, &event(EventKind::Access(AccessKind::Read), "/abs/saves/game.ron")));
        // A rename reported with both names counts when either is the save.
        let rename = notify::Event::new(EventKind::Modify(ModifyKind::Name(RenameMode::Both)))
            .add_path(PathBuf::from("/abs/saves/.game.ron.x1y2z3.tmp"))
            .add_path(PathBuf::from("/abs/saves/game.ron"));
        assert!(refreshes(&source, &rename));
    }

    #[test]
    fn any_save_but_no_temporary_file_refreshes_a_folder_source() {
        let source = Source::Newest(PathBuf::from("saves"));
        let create = EventKind::Create(CreateKind::File);
        assert!(refreshes(&source, &event(create, "/x/saves/tutorial-20260105-090000.ron")));
        for temporary in [
            "/x/saves/tutorial-20260105-090000.ron.tmp",
            "/x/saves/.tutorial-20260105-090000.ron.a8Zq0c.tmp",
            "/x/saves/.tutorial-20260105-090000.ron.a8Zq0c",
            "/x/saves/.hidden.ron",
            "/x/saves/tutorial-report.md",
            "/x/saves/ron",
        ] {
            assert!(!refreshes(&source, &event(create, temporary)), "{temporary}");
        }
        let open = EventKind::Access(AccessKind::Open(AccessMode::Any));
        assert!(!refreshes(&source, &event(open, "/x/saves/tutorial-20260105-090000.ron")));
    }

    #[test]
    fn lost_events_always_call_for_a_reread() {
        let lost = notify::Event::new(EventKind::Other).set_flag(Flag::Rescan);
        assert!(refreshes(&Source::Newest(PathBuf::from("saves")), &lost));
        assert!(refreshes(&Source::File(PathBuf::from("game.ron")), &lost));
    }
}
