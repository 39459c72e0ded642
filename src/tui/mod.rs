//! The terminal interface (Elm style): [`app`] holds the model and its
//! `update`, [`view`] and [`screens`] draw it, [`input`] turns key presses
//! and clicks into actions. It reads the engine's state and sends it
//! orders; the engine never knows it exists.

pub mod app;
pub mod catalog;
pub mod follow;
pub mod input;
pub mod saves;
pub mod screens;
pub mod session;
pub mod theme;
pub mod timer;
pub mod view;
pub mod widgets;

use std::io;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;

use crate::tui::app::App;

/// Runs the interface until the player quits; the terminal is restored on
/// quit, on Ctrl-C, on SIGTERM/SIGHUP and on a panic.
pub fn run(mut app: App) -> io::Result<()> {
    let mut terminal = ratatui::init();
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture);
        previous(info);
    }));
    listen_for_termination();
    let result = execute!(io::stdout(), EnableMouseCapture).and_then(|()| event_loop(&mut terminal, &mut app));
    let _ = execute!(io::stdout(), DisableMouseCapture);
    ratatui::restore();
    result
}

/// Draws, then blocks until the next event: no CPU is used while waiting.
/// Only while a turn timer counts down does it wake twice a second to redraw it.
fn event_loop(terminal: &mut DefaultTerminal, app: &mut App) -> io::Result<()> {
    while app.running {
        let mut hits = Vec::new();
        terminal.draw(|frame| hits = view::draw(app, frame))?;
        app.hits = hits;
        if app.timer.is_some() && !event::poll(std::time::Duration::from_millis(500))? {
            app.update(input::Action::Tick);
            continue;
        }
        let event = event::read()?;
        // In a text field every printable key is a character, even `q` or `h`.
        let typed = if app.typing() { input::typed(&event).map(input::Action::Char) } else { None };
        if let Some(action) = typed.or_else(|| input::action(&event)) {
            app.update(action);
        }
    }
    Ok(())
}

/// Restores the terminal and exits when the process is asked to stop.
fn listen_for_termination() {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP]) else { return };
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            let _ = execute!(io::stdout(), DisableMouseCapture);
            ratatui::restore();
            std::process::exit(128 + signal);
        }
    });
}
