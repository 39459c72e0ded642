//! `harmattan watch [SAVE] [--save-dir DIR]`: the projector view of a game,
//! following its save live. Without SAVE it follows the newest save in the
//! folder and switches when a newer game starts.
//!
//! One event loop blocks on one channel, fed by the terminal-event thread,
//! the file watcher and the signal thread: nothing runs while nothing happens.

use std::collections::VecDeque;
use std::io::{self, IsTerminal};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use harmattan::tr;
use harmattan::tui::follow::{self, Follower, Source};
use harmattan::tui::theme::Theme;
use harmattan::tui::{restore_terminal, take_terminal};
use notify::{RecursiveMode, Watcher};
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};

/// Exit code for a usage error.
const EXIT_USAGE: u8 = 2;

/// Where saves are unless `--save-dir` says otherwise.
const DEFAULT_SAVE_DIR: &str = "saves";

/// How long to wait for a burst of file events to end before re-reading.
const SETTLE: Duration = Duration::from_millis(80);

/// Arguments of `watch`.
#[derive(clap::Args)]
pub struct Args {
    /// The save to show; without it, the newest save in the save folder,
    /// switching to a newer game when one starts.
    save: Option<PathBuf>,
    /// Folder of the saves to follow (default: `saves/`).
    #[arg(long, value_name = "DIR", conflicts_with = "save")]
    save_dir: Option<PathBuf>,
}

/// Everything the loop waits for.
enum Message {
    /// A key, a resize or another terminal event.
    Terminal(Event),
    /// The terminal could not be read any more.
    TerminalGone(io::Error),
    /// A save was written, created, renamed or removed (never just read).
    Files,
    /// A signal that ends the process (SIGTERM, SIGHUP, SIGINT, SIGQUIT).
    Stop(i32),
}

/// Shows the projector view until q, Esc or Ctrl-C.
pub fn run(args: &Args) -> ExitCode {
    let lang = crate::lang();
    if !io::stdout().is_terminal() || !io::stdin().is_terminal() {
        err_line!("{}", tr!(lang, "screen-cli-watch-no-terminal"));
        return ExitCode::from(EXIT_USAGE);
    }
    let source = match &args.save {
        Some(path) => Source::File(path.clone()),
        None => Source::Newest(args.save_dir.clone().unwrap_or_else(|| PathBuf::from(DEFAULT_SAVE_DIR))),
    };
    let folder = source.folder();
    if matches!(source, Source::Newest(_)) {
        // The folder `harmattan play` will save into: watch it before the first game starts.
        if let Err(e) = std::fs::create_dir_all(&folder) {
            let folder = folder.display().to_string();
            err_line!(
                "{}",
                tr!(
                    lang,
                    "screen-cli-cannot-create-folder",
                    folder = folder,
                    error = harmattan::i18n::io_error(&e, lang)
                )
            );
            return ExitCode::FAILURE;
        }
    } else if !folder.is_dir() {
        err_line!("{}", tr!(lang, "screen-cli-no-folder", folder = folder.display().to_string()));
        return ExitCode::FAILURE;
    }
    let (tx, rx) = mpsc::channel();
    let watched = source.clone();
    let files = tx.clone();
    let watcher = notify::recommended_watcher(move |result: notify::Result<notify::Event>| {
        // An error from the watcher (e.g. events lost) is answered by re-reading too;
        // the follower's own reads are not changes, so nothing runs while nothing changes.
        let refresh = match &result {
            Ok(event) => follow::refreshes(&watched, event),
            Err(_) => true,
        };
        if refresh {
            let _ = files.send(Message::Files);
        }
    });
    let mut watcher = match watcher {
        Ok(w) => w,
        Err(e) => {
            let reason = tr!(lang, "screen-reload-cannot-watch", error = e.to_string());
            err_line!("{}", tr!(lang, "screen-cli-cannot-watch", reason = reason));
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = watcher.watch(&folder, RecursiveMode::NonRecursive) {
        let (folder, error) = (folder.display().to_string(), e.to_string());
        let reason = tr!(lang, "screen-reload-cannot-watch-folder", folder = folder, error = error);
        err_line!("{}", tr!(lang, "screen-cli-cannot-watch", reason = reason));
        return ExitCode::FAILURE;
    }
    let mut follower = Follower::new(source).with_lang(lang).with_bidi(crate::bidi());
    follower.refresh();
    listen_for_termination(tx.clone());
    read_terminal(tx);
    let result = take_terminal(false).and_then(|mut terminal| {
        let result = event_loop(&mut terminal, &mut follower, Theme::from_env(), &rx);
        restore_terminal();
        result
    });
    drop(watcher);
    match result {
        Ok(None) => ExitCode::SUCCESS,
        Ok(Some(signal)) => ExitCode::from(u8::try_from(128 + signal).unwrap_or(u8::MAX)),
        Err(e) => {
            err_line!("{}", tr!(lang, "screen-cli-terminal-failed", error = e.to_string()));
            ExitCode::FAILURE
        }
    }
}

/// Milliseconds since the Unix epoch (the game saves its countdown in the same clock).
fn unix_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

/// Draws, then blocks on the channel; re-reads the save once a burst of file
/// events has settled. Returns the signal that stopped it, if one did.
fn event_loop(
    terminal: &mut DefaultTerminal,
    follower: &mut Follower,
    theme: Theme,
    rx: &Receiver<Message>,
) -> io::Result<Option<i32>> {
    let mut backlog = VecDeque::new();
    loop {
        let now = unix_ms();
        terminal.draw(|frame| follow::render(follower, theme, now, frame))?;
        // Nothing wakes it while nothing changes, except a running countdown (twice a second).
        let ticking = follower.shown().and_then(|s| s.loaded.save.clock).is_some_and(|c| c.running());
        let message = match backlog.pop_front() {
            Some(m) => m,
            None if ticking => match rx.recv_timeout(Duration::from_millis(500)) {
                Ok(m) => m,
                Err(RecvTimeoutError::Timeout) => continue,
                Err(RecvTimeoutError::Disconnected) => return Ok(None),
            },
            None => match rx.recv() {
                Ok(m) => m,
                // Every sender is gone: nothing more can happen.
                Err(_) => return Ok(None),
            },
        };
        match message {
            Message::Terminal(Event::Key(key)) if key.kind != KeyEventKind::Release => {
                let ctrl_c = key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL);
                if ctrl_c || matches!(key.code, KeyCode::Char('q' | 'Q') | KeyCode::Esc) {
                    return Ok(None);
                }
                // The news scrolls when it is longer than its box.
                match key.code {
                    KeyCode::Up | KeyCode::Char('k') => follower.scroll_news(-1),
                    KeyCode::Down | KeyCode::Char('j') => follower.scroll_news(1),
                    KeyCode::PageUp => follower.scroll_news(-10),
                    KeyCode::PageDown | KeyCode::Char(' ') => follower.scroll_news(10),
                    KeyCode::Home | KeyCode::Char('g') => follower.scroll_news(i32::from(u16::MAX).saturating_neg()),
                    _ => {}
                }
            }
            Message::Terminal(_) => {}
            Message::TerminalGone(e) => return Err(e),
            Message::Stop(signal) => return Ok(Some(signal)),
            Message::Files => {
                // An atomic save is several events (write the temporary file, rename):
                // wait for the burst to end, keeping anything else that arrives meanwhile.
                let end = Instant::now() + SETTLE;
                loop {
                    match rx.recv_timeout(end.saturating_duration_since(Instant::now())) {
                        Ok(Message::Files) => {}
                        Ok(other) => backlog.push_back(other),
                        Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => break,
                    }
                }
                follower.refresh();
            }
        }
    }
}

/// Reads terminal events on a thread of their own and sends them on.
fn read_terminal(tx: Sender<Message>) {
    std::thread::spawn(move || {
        loop {
            let message = match event::read() {
                Ok(e) => Message::Terminal(e),
                Err(e) => Message::TerminalGone(e),
            };
            let gone = matches!(message, Message::TerminalGone(_));
            if tx.send(message).is_err() || gone {
                return;
            }
        }
    });
}

/// Asks the loop to stop (and so restore the terminal) on SIGTERM, SIGHUP,
/// SIGINT or SIGQUIT; the process then exits with 128 + the signal.
fn listen_for_termination(tx: Sender<Message>) {
    let Ok(mut signals) = signal_hook::iterator::Signals::new(harmattan::tui::TERMINATING) else { return };
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            let _ = tx.send(Message::Stop(signal));
        }
    });
}
