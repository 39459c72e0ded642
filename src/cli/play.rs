//! `harmattan` and `harmattan play [SCENARIO] [--seed N] [--seats mali=human,algeria=ai,...]
//! [--headless [--orders FILE]] [--save-dir DIR] [--reload]`

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use harmattan::engine::ai::AiKind;
use harmattan::engine::scores;
use harmattan::engine::script::Script;
use harmattan::save::{self, Save, Seat};
use harmattan::scenario::Scenario;
use harmattan::tr;
use harmattan::tui::app::{App, DEFAULT_SEED};
use harmattan::tui::catalog::{catalog_in, single};
use harmattan::tui::reload::Watched;
use harmattan::tui::saves::Saving;
use harmattan::tui::theme::Theme;
use harmattan::tui::timer::OnExpiry;

use super::{EXIT_INPUT, EXIT_IO, EXIT_USAGE, safe};

/// Arguments of `play`.
#[derive(clap::Args, Default)]
pub struct Args {
    /// Scenario file to play (default: the built-in scenario, chosen on the title screen).
    scenario: Option<String>,
    /// Seed of the game's dice: the same seed and orders always give the same game.
    #[arg(long)]
    seed: Option<u64>,
    /// A variant of the scenario, e.g. `short` for the built-in one's
    /// one-class-period game (`harmattan validate FILE` lists a file's variants).
    #[arg(long, value_name = "ID")]
    variant: Option<String>,
    /// Who plays each faction, e.g. `mali=human,algeria=ai,niger=random`
    /// (`ai` is the greedy computer player). Skips the seat screen; factions
    /// not named are played by humans (with `--headless`, by the greedy AI).
    #[arg(long, value_name = "FACTION=SEAT,...")]
    seats: Option<String>,
    /// Play the whole game without the interface: human seats follow `--orders`,
    /// computer seats decide; the save's path goes to stdout, the scores to stderr.
    #[arg(long)]
    headless: bool,
    /// Orders of the human seats for a headless game: a script in RON
    /// (see docs/orders-example.ron). Without it, human seats give no orders.
    #[arg(long, value_name = "FILE", requires = "headless")]
    orders: Option<PathBuf>,
    /// Folder for saves, written after every turn (default: `saves/`); the
    /// interface's autosave goes there too.
    #[arg(long, value_name = "DIR")]
    save_dir: Option<PathBuf>,
    /// Facilitator (umpire) mode: the game opens on the umpire screen, and `U`
    /// opens it again with the facilitator code (it shows secret orders: not for the teams).
    #[arg(long, conflicts_with = "headless")]
    facilitator: bool,
    /// The facilitator code that `U` asks for (default: a new one, shown on
    /// the umpire screen at the start). Letters and digits, at least 4.
    #[arg(long, value_name = "CODE", requires = "facilitator", value_parser = parse_code)]
    facilitator_code: Option<String>,
    /// No terminal bell at the turn timer's one-minute warning (`m` on the umpire screen toggles it).
    #[arg(long, requires = "turn_minutes")]
    mute: bool,
    /// A countdown of M minutes for each turn's orders, shown on every screen.
    #[arg(long, value_name = "M", value_parser = clap::value_parser!(u16).range(1..=180), conflicts_with = "headless")]
    turn_minutes: Option<u16>,
    /// When time runs out, a team that has not confirmed gives what it queued, or nothing.
    #[arg(long, value_enum, default_value_t = Timeout::Queued, requires = "turn_minutes")]
    on_timeout: Timeout,
    /// Resume a saved game exactly where it stopped (the next turn's dice are
    /// the same as if it had never stopped).
    #[arg(long, value_name = "SAVE", conflicts_with_all = ["scenario", "seats", "seed", "headless", "variant"])]
    load: Option<PathBuf>,
    /// For modders: watch the scenario file while playing. Each time it is
    /// saved, the game is played again on the new version from the same seed
    /// and orders up to the current turn (orders that no longer fit are
    /// dropped and named); a version with errors shows them, and the game
    /// goes on with the last good one. Needs a scenario file.
    #[arg(long, requires = "scenario", conflicts_with_all = ["headless", "load"])]
    reload: bool,
}

/// What happens to a team that has not confirmed when its time runs out.
#[derive(Clone, Copy, Default, clap::ValueEnum)]
pub enum Timeout {
    /// Its queued orders are given.
    #[default]
    Queued,
    /// It gives no orders this turn.
    Nothing,
}

/// A facilitator code: 4 to 20 letters or digits, compared without regard to case.
fn parse_code(text: &str) -> Result<String, String> {
    let code = text.trim();
    if (4..=20).contains(&code.chars().count()) && code.chars().all(|c| c.is_ascii_alphanumeric()) {
        Ok(code.to_uppercase())
    } else {
        Err(tr!(crate::lang(), "screen-cli-code"))
    }
}

/// Where saves go unless `--save-dir` says otherwise.
const DEFAULT_SAVE_DIR: &str = "saves";

/// Without a terminal, nothing can be played: the scenario or save named is
/// still checked (a missing or broken file says so), then summarised; the
/// exit code is a usage error. Bare `harmattan` (piped, say) prints the
/// built-in scenario's summary and succeeds.
fn without_a_terminal(args: &Args) -> ExitCode {
    let lang = crate::lang();
    if let Some(path) = &args.load {
        if let Err(e) = save::read(path) {
            return super::save_failure(&e);
        }
        err_line!("{}", harmattan::tr!(lang, "no-terminal-save", save = safe(&path.display().to_string())));
        return ExitCode::from(EXIT_USAGE);
    }
    match &args.scenario {
        Some(path) => {
            let scenario = match super::load_playable(path, args.variant.as_deref()) {
                Ok(scenario) => scenario,
                Err(code) => return code,
            };
            super::summary::print(lang, Some(&scenario), super::summary::Which::File);
            err_line!("\n{}", harmattan::tr!(lang, "no-terminal-scenario", scenario = safe(path)));
            ExitCode::from(EXIT_USAGE)
        }
        None => {
            err_line!("{}", harmattan::tr!(lang, "no-terminal"));
            super::summary::run(lang)
        }
    }
}

/// Opens the interface: the title screen, or straight into a scenario.
pub fn run(args: &Args) -> ExitCode {
    if args.headless {
        return headless(args);
    }
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return without_a_terminal(args);
    }
    let watched = match (&args.scenario, args.reload) {
        (Some(path), true) => match Watched::start(Path::new(path), args.variant.as_deref(), crate::lang()) {
            Ok(watched) => Some(watched),
            Err(message) => {
                err_line!("{}", tr!(crate::lang(), "screen-cli-reload", reason = safe(&message)));
                return ExitCode::from(EXIT_IO);
            }
        },
        _ => None,
    };
    let theme = Theme::from_env();
    let saving = Saving::new(args.save_dir.clone().unwrap_or_else(|| PathBuf::from(DEFAULT_SAVE_DIR)));
    let classroom = |app: App| {
        let mut app = app.with_lang(crate::lang()).with_bidi(crate::bidi());
        if let Some(code) = &args.facilitator_code {
            app = app.with_facilitator_code(code);
        } else if args.facilitator {
            app = app.with_facilitator();
        }
        if let Some(minutes) = args.turn_minutes {
            let on_expiry = match args.on_timeout {
                Timeout::Queued => OnExpiry::SubmitQueued,
                Timeout::Nothing => OnExpiry::SubmitNothing,
            };
            app = app.with_timer(std::time::Duration::from_secs(u64::from(minutes) * 60), on_expiry);
            if let Some(timer) = &mut app.timer {
                timer.muted = args.mute;
            }
        }
        app
    };
    if let Some(path) = &args.load {
        let loaded = match save::read(path) {
            Ok(l) => l,
            Err(e) => return super::save_failure(&e),
        };
        let app = classroom(App::new(catalog_in(Path::new("scenarios"), crate::lang()), theme).with_saving(saving));
        return run_app(app.resume_game(loaded, path.clone()), None);
    }
    let app = match &args.scenario {
        None if args.seats.is_none() && args.seed.is_none() && args.variant.is_none() => {
            classroom(App::new(catalog_in(Path::new("scenarios"), crate::lang()), theme).with_saving(saving))
        }
        scenario => {
            let entries = match scenario {
                Some(path) => match super::read_scenario(path, args.variant.as_deref()) {
                    Ok(loaded) => single(loaded),
                    Err(code) => return code,
                },
                None if args.variant.is_some() => {
                    single(harmattan::scenario::load_default_in(args.variant.as_deref(), crate::lang()))
                }
                None => catalog_in(Path::new("/nonexistent-directory"), crate::lang()),
            };
            let seats = match (&args.seats, entries.first().and_then(|e| e.loaded.scenario.as_ref())) {
                (Some(text), Some(scn)) => match parse_seats(scn, text, Seat::Human) {
                    Ok(seats) => Some(seats),
                    Err(message) => {
                        err_line!("{}", tr!(crate::lang(), "screen-cli-seats", reason = message));
                        return ExitCode::from(EXIT_USAGE);
                    }
                },
                _ => None,
            };
            classroom(App::new(entries, theme).with_saving(saving)).open_first(args.seed.unwrap_or(DEFAULT_SEED), seats)
        }
    };
    run_app(app, watched)
}

/// Runs the interface (re-playing the game each time the scenario file
/// changes, when it is `watched`) and turns its outcome into an exit code.
fn run_app(app: App, watched: Option<Watched>) -> ExitCode {
    let outcome = match watched {
        Some(watched) => harmattan::tui::run_game_reloading(app, watched),
        None => harmattan::tui::run_game(app),
    };
    match outcome {
        Ok(harmattan::tui::app::Outcome::Quit) => ExitCode::SUCCESS,
        Ok(harmattan::tui::app::Outcome::Unsaved(lost)) => {
            // The player chose to quit after the save failed: not a success.
            err_line!("{}", tr!(lost.lang, "screen-cli-lost", message = super::safe(&lost.message())));
            ExitCode::from(super::EXIT_IO)
        }
        Err(e) => {
            err_line!("{}", tr!(crate::lang(), "screen-cli-terminal-failed", error = e.to_string()));
            ExitCode::FAILURE
        }
    }
}

/// Parses `mali=human,algeria=ai` into a seat per faction (`None` for factions
/// nobody plays); playable factions not named get `default`. Why not, in
/// the program's language.
pub fn parse_seats(scn: &Scenario, text: &str, default: Seat) -> Result<Vec<Option<Seat>>, String> {
    let lang = crate::lang();
    let mut seats: Vec<Option<Seat>> = scn.factions.iter().map(|f| f.playable.then_some(default)).collect();
    let playable: Vec<&str> = scn.factions.iter().filter(|f| f.playable).map(|f| f.id.as_str()).collect();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (id, seat) = part.split_once('=').ok_or_else(|| tr!(lang, "screen-cli-seat-shape", part = part))?;
        let seat = match seat.trim() {
            "human" | "team" => Seat::Human,
            "ai" | "greedy" => Seat::Ai(AiKind::Greedy),
            "random" => Seat::Ai(AiKind::Random),
            other => return Err(tr!(lang, "screen-cli-seat-unknown", seat = other)),
        };
        let index =
            scn.factions.iter().position(|f| f.id == id.trim() && f.playable).ok_or_else(|| {
                tr!(lang, "screen-cli-seat-faction", faction = id.trim(), factions = playable.join(", "))
            })?;
        if let Some(slot) = seats.get_mut(index) {
            *slot = Some(seat);
        }
    }
    Ok(seats)
}

/// `play --headless`: the whole game without the interface, saved after every turn.
fn headless(args: &Args) -> ExitCode {
    let (file, scenario) = match super::playable_or_default(args.scenario.as_deref(), args.variant.as_deref()) {
        Ok(found) => found,
        Err(code) => return code,
    };
    let lang = crate::lang();
    let seats = match parse_seats(&scenario, args.seats.as_deref().unwrap_or(""), Seat::Ai(AiKind::Greedy)) {
        Ok(seats) => seats,
        Err(message) => {
            err_line!("{}", tr!(lang, "screen-cli-seats", reason = message));
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let seats: Vec<(String, Seat)> =
        scenario.factions.iter().zip(seats).filter_map(|(f, seat)| seat.map(|seat| (f.id.clone(), seat))).collect();
    let humans: Vec<&str> = seats.iter().filter(|(_, s)| *s == Seat::Human).map(|(id, _)| id.as_str()).collect();
    let script = match &args.orders {
        Some(path) => match read_orders(path, &scenario) {
            Ok(script) => script,
            Err(code) => return code,
        },
        None => {
            if !humans.is_empty() {
                err_line!("{}", tr!(lang, "screen-cli-no-orders", teams = humans.join(", ")));
            }
            Script::default()
        }
    };
    for (id, seat) in &seats {
        if *seat != Seat::Human && script.turns.iter().any(|t| t.contains_key(id)) {
            err_line!("{}", tr!(lang, "screen-cli-orders-ignored", faction = id.as_str()));
        }
    }
    let unix = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let started = save::timestamp(unix);
    let dir = args.save_dir.clone().unwrap_or_else(|| PathBuf::from(DEFAULT_SAVE_DIR));
    harmattan::files::remove_stale_temporaries(&dir, std::time::SystemTime::now());
    let path = save::fresh_path(&dir, &scenario.slug(), &started);
    let seed = args.seed.unwrap_or(DEFAULT_SEED);
    let first = Save::new(&file, &scenario, seed, seats, started);
    let autosave = |s: &Save| save::write(&path, s);
    let finished =
        autosave(&first).and_then(|()| harmattan::headless::resume(&scenario, first, &script, None, autosave));
    let finished = match finished {
        Ok(save) => save,
        Err(e) => {
            err_line!("{}", tr!(lang, "screen-cli-error", error = e.message(lang)));
            return ExitCode::FAILURE;
        }
    };
    for line in refused_script_orders(lang, &scenario, &finished) {
        err_line!("{}", tr!(lang, "screen-cli-warning", warning = line));
    }
    out_line!("{}", path.display());
    err_line!("{}", result_line(lang, &scenario, &finished));
    ExitCode::SUCCESS
}

/// The scripted (human seats') orders the engine refused, one sentence each:
/// "turn 2: Kesh's order “Ration fuel” on Kesh City was refused: …", in `lang`.
fn refused_script_orders(lang: harmattan::i18n::Lang, scenario: &Scenario, save: &Save) -> Vec<String> {
    use harmattan::engine::report::EntryKind;
    let scripted = |f: usize| {
        let id = scenario.factions.get(f).map(|d| d.id.as_str());
        save.seats.iter().any(|(seat, kind)| Some(seat.as_str()) == id && *kind == Seat::Human)
    };
    let mut lines = Vec::new();
    for (turn, record) in (1..).zip(&save.turns) {
        for entry in record.report.entries() {
            let EntryKind::Refused { faction, order, reason } = &entry.kind else { continue };
            if !scripted(*faction) {
                continue;
            }
            let who = scenario.factions.get(*faction).map_or("?", |f| f.name.as_str());
            let reason = reason.as_str();
            lines.push(match scenario.action_index(&order.action).and_then(|a| scenario.actions.get(a)) {
                Some(def) => {
                    let target = order
                        .target
                        .as_deref()
                        .and_then(|t| harmattan::engine::check::target_index(scenario, def.target, t));
                    let action = def.name.as_str();
                    match harmattan::engine::news::target_name(scenario, def, target) {
                        Some(on) => tr!(
                            lang,
                            "screen-cli-refused-on",
                            turn = turn,
                            team = who,
                            action = action,
                            target = on,
                            reason = reason
                        ),
                        None => {
                            tr!(lang, "screen-cli-refused", turn = turn, team = who, action = action, reason = reason)
                        }
                    }
                }
                None => {
                    let action = safe(&order.action);
                    tr!(lang, "screen-cli-refused-unknown", turn = turn, team = who, action = action, reason = reason)
                }
            });
        }
    }
    lines
}

/// Reads and checks an orders script, printing every problem.
fn read_orders(path: &Path, scenario: &Scenario) -> Result<Script, ExitCode> {
    use harmattan::headless::ScriptError;
    match harmattan::headless::read_script(path, scenario, crate::lang()) {
        Ok(checked) => {
            for warning in &checked.warnings {
                err_line!("{}", tr!(crate::lang(), "screen-cli-warning", warning = safe(warning)));
            }
            Ok(checked.script)
        }
        Err(ScriptError::Invalid { problems }) => {
            let lang = crate::lang();
            for problem in &problems {
                err_line!("{}", tr!(lang, "screen-cli-error", error = safe(&problem.to_string())));
            }
            let file = safe(&path.display().to_string());
            err_line!("{}", tr!(lang, "screen-cli-order-problems", count = problems.len(), file = file));
            Err(ExitCode::from(EXIT_INPUT))
        }
        Err(e) => {
            err_line!("{}", tr!(crate::lang(), "screen-cli-error", error = safe(&e.to_string())));
            let io = matches!(e, ScriptError::Unreadable { io: true, .. });
            Err(ExitCode::from(if io { EXIT_IO } else { EXIT_INPUT }))
        }
    }
}

/// One line, in `lang`: how the game ended and every faction's score, leaders marked.
fn result_line(lang: harmattan::i18n::Lang, scenario: &Scenario, save: &Save) -> String {
    let s = scores(scenario, &save.state);
    let parts: Vec<String> = s
        .factions
        .iter()
        .map(|f| {
            let id = scenario.factions.get(f.faction).map_or("?", |d| d.id.as_str());
            let star = if s.leaders.contains(&f.faction) { "*" } else { "" };
            format!("{id} {}{star}", f.total)
        })
        .collect();
    tr!(lang, "screen-cli-result", turns = save.turns.len(), scores = parts.join(", "))
}
