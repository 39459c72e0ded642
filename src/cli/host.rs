//! `harmattan host [SCENARIO] [--listen ADDR:PORT] [--seed N] [--seats mali=team,algeria=ai,...]
//! [--seat-lang mali=fr,algeria=ar,...] [--save-dir DIR] [--turn-minutes M] [--load SAVE] [--print-codes FILE]`

use std::io::IsTerminal;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use harmattan::host::table::Table;
use harmattan::host::{Host, Options, langs};
use harmattan::i18n::Lang;
use harmattan::save::{self, Seat};
use harmattan::tr;
use harmattan::tui::app::{App, DEFAULT_SEED, system_ms};
use harmattan::tui::session::Session;
use harmattan::tui::theme::Theme;
use harmattan::tui::timer::{OnExpiry, TurnTimer};

use super::{EXIT_IO, EXIT_USAGE, safe};

/// Arguments of `host`.
#[derive(clap::Args)]
pub struct Args {
    /// Scenario file to play (default: the built-in scenario).
    scenario: Option<String>,
    /// Where to listen for the teams' SSH connections.
    #[arg(long, value_name = "ADDR:PORT", default_value = "0.0.0.0:2222")]
    listen: SocketAddr,
    /// The address teams type, when the one found is not the room's
    /// (default: this machine's address on its network).
    #[arg(long, value_name = "HOST")]
    address: Option<String>,
    /// Seed of the game's dice: the same seed and orders always give the same game.
    #[arg(long)]
    seed: Option<u64>,
    /// A variant of the scenario, e.g. `short` for the built-in one's
    /// one-class-period game (`harmattan validate FILE` lists a file's variants).
    #[arg(long, value_name = "ID")]
    variant: Option<String>,
    /// Who plays each faction, e.g. `mali=team,algeria=ai,niger=random`
    /// (`ai` is the greedy computer player); factions not named are teams.
    #[arg(long, value_name = "FACTION=SEAT,...")]
    seats: Option<String>,
    /// The language each seat reads from the start, e.g. `mali=fr,algeria=ar,projector=en`
    /// (default: --lang for every seat; a seat switches with L on its own screen).
    #[arg(long, value_name = "SEAT=LANG,...")]
    seat_lang: Option<String>,
    /// Folder for saves, written after every change (default: `saves/`); the host key is kept there too.
    #[arg(long, value_name = "DIR")]
    save_dir: Option<PathBuf>,
    /// A countdown of M minutes for each turn's orders, shown on every screen.
    #[arg(long, value_name = "M", value_parser = clap::value_parser!(u16).range(1..=180))]
    turn_minutes: Option<u16>,
    /// When time runs out, a team that has not confirmed gives what it queued, or nothing.
    #[arg(long, value_enum, default_value_t = super::play::Timeout::Queued, requires = "turn_minutes")]
    on_timeout: super::play::Timeout,
    /// No terminal bell at the turn timer's one-minute warning.
    #[arg(long, requires = "turn_minutes")]
    mute: bool,
    /// Go on with a saved game where it stopped, with its seats (--seats changes them); teams get new codes.
    #[arg(long, value_name = "SAVE", conflicts_with_all = ["scenario", "seed"])]
    load: Option<PathBuf>,
    /// Also write each seat's name and join code (`SEAT CODE` lines) to FILE, for scripts.
    #[arg(long, value_name = "FILE")]
    print_codes: Option<PathBuf>,
}

/// Where saves go unless `--save-dir` says otherwise.
const DEFAULT_SAVE_DIR: &str = "saves";

/// Hosts a game: the console on this terminal, the teams over SSH.
pub fn run(args: &Args) -> ExitCode {
    let lang = crate::lang();
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        err_line!("{}", tr!(lang, "room-cli-needs-terminal"));
        return ExitCode::from(EXIT_USAGE);
    }
    let save_dir = args.save_dir.clone().unwrap_or_else(|| PathBuf::from(DEFAULT_SAVE_DIR));
    let (session, save_path) = match open(args, &save_dir, lang) {
        Ok(opened) => opened,
        Err(code) => return code,
    };
    let timer = args.turn_minutes.map(|minutes| {
        let on_expiry = match args.on_timeout {
            super::play::Timeout::Queued => OnExpiry::SubmitQueued,
            super::play::Timeout::Nothing => OnExpiry::SubmitNothing,
        };
        let mut timer = TurnTimer::new(std::time::Duration::from_secs(u64::from(minutes) * 60), on_expiry, system_ms());
        timer.muted = args.mute;
        timer
    });
    let file = session.record.scenario_file.clone();
    let mut table = Table::new(session, timer, Some(save_path.clone())).with_lang(lang);
    // Each seat reads the scenario in its own language, where it has a translation.
    for (seat_lang, scenario) in langs::translations(&file, &table.session.scenario) {
        table.add_translation(seat_lang, scenario);
    }
    table.bidi = crate::bidi();
    if let Some(text) = &args.seat_lang {
        if let Err(e) = table.preset_langs(text) {
            err_line!("{}", tr!(lang, "room-cli-error", message = safe(&e)));
            return ExitCode::from(EXIT_USAGE);
        }
    }
    let options = Options { listen: args.listen, address: args.address.clone(), save_dir };
    let host = match Host::start(table, &options, system_ms) {
        Ok(host) => host,
        Err(e) => {
            err_line!("{}", tr!(lang, "room-cli-error", message = safe(&e)));
            return ExitCode::from(EXIT_IO);
        }
    };
    if let Some(file) = &args.print_codes {
        let lines: String = {
            let table = host.shared.lock();
            table
                .places
                .iter()
                .filter(|p| p.name != harmattan::host::table::CONSOLE)
                .map(|p| format!("{} {}\n", p.name, p.code))
                .collect()
        };
        if let Err(e) = harmattan::files::write_atomic(file, lines.as_bytes()) {
            let (file, reason) = (safe(&file.display().to_string()), e.to_string());
            err_line!("{}", tr!(lang, "room-cli-error-file", file = file, reason = reason));
            host.close();
            return ExitCode::from(EXIT_IO);
        }
    }
    let console = host.shared.lock().console();
    let Some(app) = App::seat(host.shared.clone(), console, Theme::from_env()) else {
        host.close();
        return ExitCode::FAILURE;
    };
    let result = harmattan::tui::run_game(app);
    let over = host.shared.lock().session.state.is_over();
    host.close();
    match result {
        Ok(_) => {
            let path = safe(&save_path.display().to_string());
            if over {
                err_line!("{}", tr!(lang, "room-cli-saved-over", path = path));
            } else {
                err_line!("{}", tr!(lang, "room-cli-saved", path = path));
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            err_line!("{}", tr!(lang, "room-cli-terminal-failed", reason = e.to_string()));
            ExitCode::FAILURE
        }
    }
}

/// The game to host and its save file: a saved game to go on with, or a new one.
fn open(args: &Args, save_dir: &std::path::Path, lang: Lang) -> Result<(Session, PathBuf), ExitCode> {
    let seats_for = |scn: &harmattan::scenario::Scenario| match &args.seats {
        Some(text) => super::play::parse_seats(scn, text, Seat::Human).map(Some).map_err(|message| {
            err_line!("{}", tr!(lang, "room-cli-error-seats", message = message));
            ExitCode::from(EXIT_USAGE)
        }),
        None => Ok(None),
    };
    if let Some(path) = &args.load {
        let loaded = save::read(path).map_err(|e| super::save_failure(&e))?;
        let seats = seats_for(&loaded.scenario)?;
        let mut session = Session::resume(loaded);
        if let Some(seats) = seats {
            for (f, seat) in seats.into_iter().enumerate() {
                if let Some(seat) = seat {
                    session.set_seat(f, seat);
                }
            }
        }
        return Ok((session, path.clone()));
    }
    let (file, scenario) = super::playable_or_default(args.scenario.as_deref(), args.variant.as_deref())?;
    let seats = seats_for(&scenario)?
        .unwrap_or_else(|| scenario.factions.iter().map(|f| f.playable.then_some(Seat::Human)).collect());
    if !seats.contains(&Some(Seat::Human)) {
        err_line!("{}", tr!(lang, "room-cli-no-team"));
        return Err(ExitCode::from(EXIT_USAGE));
    }
    let started = save::timestamp(system_ms() / 1000);
    let id = scenario.slug();
    let session = Session::new(&file, scenario, args.seed.unwrap_or(DEFAULT_SEED), seats, started.clone());
    Ok((session, save::fresh_path(save_dir, &id, &started)))
}
