//! The terminal interface (Elm style): [`app`] holds the model and its
//! `update`, [`view`] and [`screens`] draw it, [`input`] turns key presses
//! and clicks into actions. It reads the engine's state and sends it
//! orders; the engine never knows it exists.

pub mod app;
pub mod bidi;
pub mod catalog;
pub mod follow;
pub mod input;
pub mod rebase;
pub mod reload;
pub mod saves;
pub mod screens;
pub mod session;
pub mod theme;
pub mod timer;
pub mod view;
pub mod widgets;

use std::io::{self, Write};
use std::time::Duration;

use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode};
use ratatui::{DefaultTerminal, Terminal};
use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};

use crate::save;
use crate::tui::app::{App, Outcome, Published};
use crate::tui::reload::{Wake, Watched};

/// The signals that end the process, which the interface answers by saving
/// the game, restoring the terminal and exiting with 128 + the signal.
pub const TERMINATING: [i32; 4] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT];

/// Takes over the terminal: raw mode, the alternate screen and, when asked,
/// mouse reporting. A panic restores it (with [`restore_terminal`]) before
/// the panic message is printed.
pub fn take_terminal(mouse: bool) -> io::Result<DefaultTerminal> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        previous(info);
    }));
    let taken = (|| {
        enable_raw_mode()?;
        execute!(io::stdout(), EnterAlternateScreen)?;
        if mouse {
            execute!(io::stdout(), EnableMouseCapture)?;
        }
        Terminal::new(CrosstermBackend::new(io::stdout()))
    })();
    if taken.is_err() {
        restore_terminal();
    }
    taken
}

/// Gives the terminal back as it was: mouse reporting off, raw mode off,
/// the main screen back, the cursor shown. Every step is tried even when
/// another fails (the terminal may be gone); the one restore used on quit,
/// on a panic and on a signal.
pub fn restore_terminal() {
    let mut out = io::stdout();
    let _ = execute!(out, DisableMouseCapture);
    let _ = disable_raw_mode();
    let _ = execute!(out, LeaveAlternateScreen, Show);
    let _ = out.flush();
}

/// Runs a game until the player quits, and says whether the game in
/// progress was saved. The terminal is restored on quit, on Ctrl-C, on a
/// panic, and on SIGTERM, SIGHUP, SIGINT or SIGQUIT, which also save the game
/// in progress first (when autosave is on) and exit with 128 + the signal.
pub fn run_game(app: App) -> io::Result<Outcome> {
    play(app, None)
}

/// Runs a game as [`run_game`] does, and each time the watched scenario
/// file changes, re-plays the game on the new version or shows its problems
/// (`play --reload`).
pub fn run_game_reloading(app: App, mut watched: Watched) -> io::Result<Outcome> {
    play(app, Some(&mut watched))
}

/// [`run_game`], with or without a scenario file to watch.
fn play(mut app: App, watched: Option<&mut Watched>) -> io::Result<Outcome> {
    let signals = listen_for_termination(app.published.clone(), app.lang);
    let result = take_terminal(true).and_then(|mut terminal| {
        if let Some(watched) = &watched {
            watched.read_terminal();
        }
        let result = event_loop(&mut terminal, &mut app, watched);
        restore_terminal();
        result
    });
    if let Some(signals) = signals {
        signals.close();
    }
    result.map(|()| app.outcome.clone())
}

/// Runs a view that holds no game to lose (the replay view) until the player
/// quits. A game quit without saving is an error here: use [`run_game`] for games.
pub fn run(app: App) -> io::Result<()> {
    match run_game(app)? {
        Outcome::Quit => Ok(()),
        Outcome::Unsaved(lost) => Err(io::Error::other(lost.message())),
    }
}

/// Draws, then blocks until the next event: no CPU is used while waiting.
/// Only while a turn timer counts down does it wake twice a second to redraw
/// it (and a hosted game's console, to follow the room). With a scenario
/// file watched, a change to it wakes it too.
fn event_loop(terminal: &mut DefaultTerminal, app: &mut App, mut watched: Option<&mut Watched>) -> io::Result<()> {
    while app.running {
        show(terminal, app)?;
        // A hosted game's console also looks four times a second for changes the room made.
        let wake = if app.remote.is_some() { 250 } else { 500 };
        let timeout = (app.timer.is_some() || app.remote.is_some()).then(|| Duration::from_millis(wake));
        let next = match watched.as_deref_mut() {
            Some(watched) => watched.next(timeout)?,
            None => next_event(timeout)?,
        };
        match next {
            None => {
                app.sync();
                app.update(input::Action::Tick);
            }
            Some(Wake::Terminal(event)) => handle(app, &event),
            Some(Wake::FileChanged) => {
                if let Some(watched) = &watched {
                    watched.reload(app);
                }
            }
            Some(Wake::TerminalGone(e)) => return Err(e),
        }
    }
    Ok(())
}

/// The next terminal event, read directly; `None` when `timeout` passes first.
fn next_event(timeout: Option<Duration>) -> io::Result<Option<Wake>> {
    if let Some(timeout) = timeout {
        if !event::poll(timeout)? {
            return Ok(None);
        }
    }
    Ok(Some(Wake::Terminal(event::read()?)))
}

/// Draws the app on any terminal (the local one, an SSH channel, a test's),
/// ringing the bell first when the turn timer asked for it: the one way a
/// frame is drawn.
pub fn show<W: Write>(terminal: &mut Terminal<CrosstermBackend<W>>, app: &mut App) -> io::Result<()> {
    if std::mem::take(&mut app.bell) {
        // The turn timer's one-minute warning (unless muted).
        terminal.backend_mut().write_all(b"\x07")?;
    }
    let mut hits = Vec::new();
    terminal.draw(|frame| hits = view::draw(app, frame))?;
    app.hits = hits;
    Ok(())
}

/// Applies a terminal event, from wherever it came: in a text field every
/// printable key is a character, even `q` or `h`.
pub fn handle(app: &mut App, event: &event::Event) {
    let typed = if app.typing() { input::typed(event).map(input::Action::Char) } else { None };
    if let Some(action) = typed.or_else(|| input::action(event)) {
        app.update(action);
    }
}

/// On a signal that ends the process: saves the game in progress (the record
/// the app last published), restores the terminal, says what happened on
/// stderr and exits with 128 + the signal. Returns the handle that stops
/// listening, or `None` when the signals cannot be caught.
fn listen_for_termination(published: Published, lang: crate::i18n::Lang) -> Option<signal_hook::iterator::Handle> {
    let mut signals = signal_hook::iterator::Signals::new(TERMINATING).ok()?;
    let handle = signals.handle();
    std::thread::spawn(move || {
        let Some(signal) = signals.forever().next() else { return };
        // Held until the process ends: the interface cannot write the save at
        // the same time, nor draw once the terminal is restored.
        let record = published.lock();
        let saved = record.as_ref().map(|(path, game)| (path, save::write(path, game)));
        let _screen = io::stdout().lock();
        restore_terminal();
        let name = signal_name(signal);
        let said = match saved {
            Some((path, Ok(()))) => {
                crate::tr!(lang, "screen-signal-saved", signal = name, path = path.display().to_string())
            }
            Some((_, Err(e))) => crate::tr!(lang, "screen-signal-not-saved", signal = name, error = e.message(lang)),
            None => crate::tr!(lang, "screen-signal", signal = name),
        };
        // Not `eprintln!`, which panics when the terminal is gone (SIGHUP).
        let _ = writeln!(io::stderr(), "harmattan: {said}");
        std::process::exit(128 + signal);
    });
    Some(handle)
}

/// The usual name of a signal that ends the process.
fn signal_name(signal: i32) -> &'static str {
    match signal {
        SIGTERM => "SIGTERM",
        SIGHUP => "SIGHUP",
        SIGINT => "SIGINT",
        SIGQUIT => "SIGQUIT",
        _ => "?",
    }
}
