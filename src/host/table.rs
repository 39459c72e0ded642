//! The one authoritative game of a hosted class: the session, who sits in
//! each seat, the turn timer and the autosave. Connections and the console
//! send it [`Command`]s for their seat and read back their seat's [`View`];
//! it decides what each seat may do, so a team's connection can only ever
//! give its own faction's orders. No network or terminal here: the server
//! and the tests drive it the same way.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use super::note::{Arrival, Note};
use crate::engine::FactionOrders;
use crate::engine::ai::AiKind;
use crate::engine::umpire::Ruling;
use crate::i18n::Lang;
use crate::save::{self, Stage};
use crate::scenario::Scenario;
use crate::tr;
use crate::tui::bidi::Bidi;
use crate::tui::session::{Seat, Session, Viewer};
use crate::tui::timer::{OnExpiry, TurnTimer};

/// What a seat is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A team playing this faction.
    Team(usize),
    /// The public view, for a projector.
    Projector,
    /// A second facilitator: everything the umpire screen does.
    Umpire,
}

/// A seat someone can log in to.
#[derive(Debug, Clone)]
pub struct Place {
    /// The login name (`ssh -p PORT NAME@HOST`): a faction's id, `projector` or `umpire`.
    pub name: String,
    /// What it is for.
    pub role: Role,
    /// The join code typed at the password prompt.
    pub code: String,
    /// The connection in the seat now, if any.
    pub connection: Option<Connection>,
    /// Whether anyone has joined since the host started.
    pub joined: bool,
    /// A team's queued orders, kept here so a dropped team finds them when it reconnects.
    pub draft: FactionOrders,
    /// The language the seat reads: the host's until the seat (or the umpire)
    /// chooses another; kept here so a reconnection finds it.
    pub lang: Lang,
}

/// A connection sitting in a seat.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Connection {
    /// Unique for the host's life; a later login to the same seat takes it over.
    pub id: u64,
    /// Where it comes from (shown to the facilitator only).
    pub address: String,
}

/// How a seat is doing, for the console and the projector.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// Nobody has joined yet.
    Empty,
    /// Connected (and, for a team, still giving orders).
    Connected,
    /// A team that has confirmed this turn's orders.
    Confirmed,
    /// Was connected, and dropped.
    Disconnected,
    /// A faction played by the computer.
    Computer,
}

/// A message from a seat to the game. The seat it comes from is known to
/// the host (the login), never taken from the message.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// A team's queued orders so far (kept for a reconnection and a time-out).
    Draft(FactionOrders),
    /// A team confirms its orders for this turn.
    Confirm(FactionOrders),
    /// A team has read the briefing or the results and opens its orders: the
    /// turn's countdown starts with the first team to do so.
    Ready,
    /// The umpire starts the game (from the lobby).
    Start,
    /// An umpire's ruling, with its reason.
    Rule(Ruling),
    /// The umpire takes back the last turn, with the reason.
    Undo(String),
    /// The umpire pauses or resumes the turn timer.
    Pause,
    /// The umpire turns the one-minute bell off or on.
    Mute,
    /// The umpire gives a faction to the computer (an absent team) or back to a team.
    Seat(usize, Seat),
    /// Seat `place` reads `lang` from now on: any seat may choose its own, the umpire any seat's.
    Lang(usize, Lang),
}

/// Why a command was not done, in words (the language of the seat that sent it).
pub type Refusal = String;

/// Why a command was not done, before it is put into the seat's words.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Refused {
    NoSeat,
    NoLongerExpected,
    NotThisSeat,
    AlreadyStarted,
    NoTimer,
    NoFactionSeat,
    UmpireGivesNoOrders,
    /// Said by the game itself (an undo or a ruling it cannot apply).
    Game(String),
}

impl Refused {
    fn text(self, lang: Lang) -> Refusal {
        match self {
            Refused::NoSeat => tr!(lang, "room-refused-no-seat"),
            Refused::NoLongerExpected => tr!(lang, "room-refused-no-longer-expected"),
            Refused::NotThisSeat => tr!(lang, "room-refused-not-this-seat"),
            Refused::AlreadyStarted => tr!(lang, "room-refused-started"),
            Refused::NoTimer => tr!(lang, "room-refused-no-timer"),
            Refused::NoFactionSeat => tr!(lang, "room-refused-no-faction-seat"),
            Refused::UmpireGivesNoOrders => tr!(lang, "room-refused-umpire-orders"),
            Refused::Game(said) => said,
        }
    }
}

/// The game and its seats.
#[derive(Debug)]
pub struct Table {
    /// The authoritative game.
    pub session: Session,
    /// Every seat that can be joined, teams first, then the projector and the umpire.
    pub places: Vec<Place>,
    /// The facilitator has started the game (until then, the lobby).
    pub started: bool,
    /// The turn timer, when the class has one.
    pub timer: Option<TurnTimer>,
    /// Where the game is saved after every change (`None`: not saved).
    pub save_path: Option<PathBuf>,
    /// Why the last save failed, if it did.
    pub save_error: Option<crate::i18n::InEach>,
    /// What happened in the room, newest last, for the console (joins, drops, confirmations).
    pub log: VecDeque<Note>,
    /// Bumped on every change: seats redraw when it moves.
    pub version: u64,
    /// How many one-minute warnings there have been: a seat says so (and rings, unless muted) when this grows.
    pub bells: u64,
    /// The host's language (`--lang`): the console's, and every seat's until it chooses its own.
    pub lang: Lang,
    /// Who puts right-to-left text in order on every seat's screen: the host's `--bidi`.
    pub bidi: Bidi,
    /// The scenario in other languages than its own, for the seats that read them (same ids and numbers).
    translations: BTreeMap<Lang, Arc<Scenario>>,
    /// Languages the game could not be told in (noted once in the room's log).
    untold: BTreeSet<Lang>,
    next_connection: u64,
}

/// The name of the facilitator console's seat (no login opens it).
pub const CONSOLE: &str = "console";
/// The projector's login name.
pub const PROJECTOR: &str = "projector";
/// The second facilitator's login name.
pub const UMPIRE: &str = "umpire";

/// Room events kept for the console.
const LOG_LINES: usize = 50;

impl Table {
    /// A table for `session` with a new join code for every team, the projector and the umpire.
    pub fn new(session: Session, timer: Option<TurnTimer>, save_path: Option<PathBuf>) -> Self {
        let scn = &session.scenario;
        let mut places: Vec<Place> = scn
            .factions
            .iter()
            .enumerate()
            .filter(|(f, _)| session.seats.get(*f).is_some_and(Option::is_some))
            .map(|(f, def)| Place::new(&def.id, Role::Team(f)))
            .collect();
        places.push(Place::new(PROJECTOR, Role::Projector));
        places.push(Place::new(UMPIRE, Role::Umpire));
        // The facilitator's own terminal: an umpire seat nobody can log in to.
        places.push(Place::new(CONSOLE, Role::Umpire));
        let started = !session.record.turns.is_empty() || session.state.is_over();
        Table {
            session,
            places,
            started,
            timer,
            save_path,
            save_error: None,
            log: VecDeque::new(),
            version: 0,
            bells: 0,
            lang: Lang::default(),
            bidi: Bidi::App,
            translations: BTreeMap::new(),
            untold: BTreeSet::new(),
            next_connection: 0,
        }
    }

    /// The host's language: the console's, and every seat's until it chooses its own.
    pub fn with_lang(mut self, lang: Lang) -> Self {
        self.lang = lang;
        for place in &mut self.places {
            place.lang = lang;
        }
        self
    }

    /// Offers the seats that read `lang` the scenario in their words (see
    /// [`super::langs::translations`]). Refused (`false`) unless it is the same
    /// game: the same ids, in the same order, as the scenario played, so the
    /// one state serves every seat.
    pub fn add_translation(&mut self, lang: Lang, scenario: Scenario) -> bool {
        if !super::langs::same_game(&self.session.scenario, &scenario) {
            return false;
        }
        self.translations.insert(lang, Arc::new(scenario));
        true
    }

    /// The scenario as a seat reading `lang` sees it: in its words where the
    /// host has them, else as the game is played.
    pub fn scenario_in(&self, lang: Lang) -> Arc<Scenario> {
        match self.translations.get(&lang) {
            Some(translated) => translated.clone(),
            None => self.session.scenario.clone(),
        }
    }

    /// The scenario a seat reading `lang` re-plays the game on to read its
    /// news in that language (see [`super::retold`]): its translation, when
    /// that is in another language than the game's own. `None`: the seat
    /// reads the game as it is.
    pub fn told_in(&self, lang: Lang) -> Option<Arc<Scenario>> {
        self.translations.get(&lang).filter(|t| t.lang != self.session.scenario.lang).cloned()
    }

    /// The game could not be told in `lang` (it must not happen): its seats
    /// read the game's own news, and the room's log says so, once.
    pub fn untold(&mut self, lang: Lang) {
        if self.untold.insert(lang) {
            self.note(Note::Untold(lang));
        }
    }

    /// Sets seats' languages from `--seat-lang` (`mali=fr,algeria=ar`); a
    /// problem is said in the host's language.
    pub fn preset_langs(&mut self, text: &str) -> Result<(), String> {
        let names: Vec<&str> = self.places.iter().map(|p| p.name.as_str()).filter(|n| *n != CONSOLE).collect();
        for (name, lang) in super::langs::parse_seat_langs(text, &names, self.lang)? {
            if let Some(place) = self.places.iter_mut().find(|p| p.name == name) {
                place.lang = lang;
            }
        }
        Ok(())
    }

    /// How seat `place` is called in `lang`: its faction's name, "Projector", "Umpire".
    pub fn label(&self, place: usize, lang: Lang) -> String {
        let Some(p) = self.places.get(place) else { return "?".to_string() };
        match (p.role, p.name.as_str()) {
            (Role::Team(f), _) => self.faction_name(f, lang),
            (Role::Projector, _) => tr!(lang, "room-seat-projector"),
            (Role::Umpire, CONSOLE) => tr!(lang, "room-seat-console"),
            (Role::Umpire, _) => tr!(lang, "room-seat-umpire"),
        }
    }

    /// The room's log in `lang`, oldest first.
    pub fn log_in(&self, lang: Lang) -> Vec<String> {
        self.log.iter().map(|note| self.said(note, lang)).collect()
    }

    fn said(&self, note: &Note, lang: Lang) -> String {
        note.text(lang, |place| self.label(place, lang), |f| self.faction_name(f, lang))
    }

    /// The seat a login name and join code open, if they match.
    pub fn place_for(&self, name: &str, code: &str) -> Option<usize> {
        self.places.iter().position(|p| {
            p.name != CONSOLE && p.name.eq_ignore_ascii_case(name.trim()) && super::keys::matches(&p.code, code)
        })
    }

    /// The facilitator console's seat.
    pub fn console(&self) -> usize {
        self.places.iter().position(|p| p.name == CONSOLE).unwrap_or(0)
    }

    /// Someone joins a seat from `address`; whoever sat there before is
    /// taken over (its connection sees a different id and leaves). Returns the new connection's id.
    pub fn join(&mut self, place: usize, address: &str) -> u64 {
        self.next_connection += 1;
        let id = self.next_connection;
        let Some(p) = self.places.get_mut(place) else { return id };
        let arrival = if p.connection.is_some() {
            Arrival::TakeOver
        } else if p.joined {
            Arrival::Again
        } else {
            Arrival::First
        };
        p.connection = Some(Connection { id, address: address.to_string() });
        p.joined = true;
        self.note(Note::Joined { place, address: address.to_string(), arrival });
        id
    }

    /// A connection left (or dropped). Nothing happens if the seat has been taken over since.
    pub fn leave(&mut self, place: usize, id: u64) {
        let Some(p) = self.places.get_mut(place) else { return };
        if p.connection.as_ref().is_some_and(|c| c.id == id) {
            p.connection = None;
            self.note(Note::Disconnected(place));
        }
    }

    /// Whether connection `id` still holds seat `place`.
    pub fn holds(&self, place: usize, id: u64) -> bool {
        self.places.get(place).and_then(|p| p.connection.as_ref()).is_some_and(|c| c.id == id)
    }

    /// How a seat is doing.
    pub fn presence(&self, place: usize) -> Presence {
        let Some(p) = self.places.get(place) else { return Presence::Empty };
        if let Role::Team(f) = p.role {
            if matches!(self.session.seats.get(f), Some(Some(Seat::Ai(_)))) {
                return Presence::Computer;
            }
            if self.started && !self.session.waiting.contains(&f) && !self.session.state.is_over() {
                return Presence::Confirmed;
            }
        }
        match (&p.connection, p.joined) {
            (Some(_), _) => Presence::Connected,
            (None, true) => Presence::Disconnected,
            (None, false) => Presence::Empty,
        }
    }

    /// Applies a command from the seat `place` at time `now_ms`, if that seat
    /// may give it; a refusal is said in the seat's language.
    pub fn apply(&mut self, place: usize, command: Command, now_ms: u64) -> Result<(), Refusal> {
        let lang = self.places.get(place).map_or(self.lang, |p| p.lang);
        self.command(place, command, now_ms).map_err(|refused| refused.text(lang))
    }

    fn command(&mut self, place: usize, command: Command, now_ms: u64) -> Result<(), Refused> {
        let role = self.places.get(place).map(|p| p.role).ok_or(Refused::NoSeat)?;
        match (role, command) {
            (_, Command::Lang(seat, lang)) if seat == place || role == Role::Umpire => {
                let p = self.places.get_mut(seat).ok_or(Refused::NoSeat)?;
                if p.lang == lang {
                    return Ok(());
                }
                // Only this seat's words change, but its view is remade like any change.
                p.lang = lang;
            }
            (Role::Team(_), Command::Draft(orders)) => {
                if let Some(p) = self.places.get_mut(place) {
                    p.draft = orders;
                }
                // Not a change anyone else sees: nobody redraws.
                return Ok(());
            }
            (Role::Team(f), Command::Confirm(orders)) => {
                if !self.started || !self.session.waiting.contains(&f) {
                    return Err(Refused::NoLongerExpected);
                }
                if let Some(p) = self.places.get_mut(place) {
                    p.draft = FactionOrders::default();
                }
                self.session.submit(f, orders);
                self.note(Note::Confirmed(f));
                self.after_orders(now_ms);
            }
            (Role::Team(_), Command::Ready) => {
                // Only the first team to open its orders changes anything.
                if !self.open_orders(now_ms) {
                    return Ok(());
                }
            }
            (Role::Umpire, command) => self.umpire(command, now_ms)?,
            _ => return Err(Refused::NotThisSeat),
        }
        self.changed();
        Ok(())
    }

    /// What only the umpire (the console or the umpire seat) may do.
    fn umpire(&mut self, command: Command, now_ms: u64) -> Result<(), Refused> {
        match command {
            Command::Start if !self.started => {
                self.started = true;
                self.note(Note::Started);
                // Teams read their briefings; the countdown starts when the first opens its orders.
                self.session.record.stage = Stage::Briefings;
                self.autosave(now_ms);
            }
            Command::Start => return Err(Refused::AlreadyStarted),
            Command::Rule(ruling) => {
                self.session.rule(ruling).map_err(Refused::Game)?;
                if self.session.state.is_over() {
                    self.finish_turn();
                }
                self.autosave(now_ms);
            }
            Command::Undo(reason) => {
                let turn = self.session.undo(&reason).map_err(Refused::Game)?;
                self.note(Note::TookBack(turn));
                for p in &mut self.places {
                    p.draft = FactionOrders::default();
                }
                self.session.record.stage = Stage::Orders;
                if let Some(timer) = &mut self.timer {
                    timer.open_orders(now_ms);
                }
                self.after_orders(now_ms);
                self.autosave(now_ms);
            }
            Command::Pause => {
                let timer = self.timer.as_mut().ok_or(Refused::NoTimer)?;
                if timer.paused() {
                    timer.resume(now_ms)
                } else {
                    timer.pause(now_ms)
                }
                self.autosave(now_ms);
            }
            Command::Mute => {
                let timer = self.timer.as_mut().ok_or(Refused::NoTimer)?;
                timer.muted = !timer.muted;
            }
            Command::Seat(f, seat) => {
                if !matches!(self.session.seats.get(f), Some(Some(_))) {
                    return Err(Refused::NoFactionSeat);
                }
                self.session.set_seat(f, seat);
                self.note(Note::PlayedBy(f, seat == Seat::Human));
                if self.started {
                    self.after_orders(now_ms);
                    self.autosave(now_ms);
                }
            }
            Command::Draft(_) | Command::Confirm(_) | Command::Ready => return Err(Refused::UmpireGivesNoOrders),
            Command::Lang(..) => return Err(Refused::NotThisSeat),
        }
        Ok(())
    }

    /// A team opens its orders: the turn's countdown starts with the first.
    /// Returns whether they were not open already.
    fn open_orders(&mut self, now_ms: u64) -> bool {
        if !self.started || self.session.state.is_over() || self.session.record.stage == Stage::Orders {
            return false;
        }
        self.session.record.stage = Stage::Orders;
        if let Some(timer) = &mut self.timer {
            timer.open_orders(now_ms);
        }
        self.autosave(now_ms);
        true
    }

    /// After orders came in: resolves the turn when nobody is still thinking.
    fn after_orders(&mut self, now_ms: u64) {
        if self.session.waiting.is_empty() && !self.session.state.is_over() {
            self.session.resolve();
            self.finish_turn();
        }
        self.autosave(now_ms);
    }

    /// A turn has resolved: every seat moves to its results.
    fn finish_turn(&mut self) {
        for p in &mut self.places {
            p.draft = FactionOrders::default();
        }
        self.session.record.stage = Stage::Results;
        if let Some(timer) = &mut self.timer {
            timer.stop();
        }
        let turn = self.session.last_report().map_or(0, |r| r.turn);
        self.note(if self.session.state.is_over() { Note::Over } else { Note::Resolved(turn) });
    }

    /// Time passes: the one-minute warning, and at zero every team still
    /// thinking gives what it queued (or nothing, as the host was started),
    /// all at once. Returns whether anything changed.
    pub fn tick(&mut self, now_ms: u64) -> bool {
        let Some(timer) = &mut self.timer else { return false };
        if !self.started || self.session.waiting.is_empty() || self.session.state.is_over() {
            return false;
        }
        let (warned, expired) = (timer.take_warning(now_ms), timer.expired(now_ms));
        if warned {
            self.bells += 1;
            self.note(Note::OneMinute);
        }
        let Some(timer) = self.timer.as_mut().filter(|_| expired) else { return warned };
        let on_expiry = timer.on_expiry;
        timer.stop();
        let late: Vec<usize> = self.session.waiting.iter().copied().collect();
        for f in late {
            let queued =
                self.places.iter().find(|p| p.role == Role::Team(f)).map(|p| p.draft.clone()).unwrap_or_default();
            let orders = match on_expiry {
                OnExpiry::SubmitQueued => queued,
                OnExpiry::SubmitNothing => FactionOrders::default(),
            };
            let given = orders.orders.len();
            self.session.time_out(f, orders);
            self.note(Note::TimedOut(f, given));
        }
        self.after_orders(now_ms);
        self.changed();
        true
    }

    /// Whose eyes seat `place` sees the game with.
    fn viewer(&self, place: usize) -> Option<Viewer> {
        Some(match self.places.get(place)?.role {
            Role::Team(f) => Viewer::Team(f),
            Role::Projector => Viewer::Room,
            Role::Umpire => Viewer::Umpire,
        })
    }

    /// Everything seat `place` may know besides the game itself, in its language.
    pub fn status(&self, place: usize) -> Option<Status> {
        let p = self.places.get(place)?;
        let umpire = p.role == Role::Umpire;
        let lang = p.lang;
        Some(Status {
            lang,
            timer: self.timer.clone(),
            started: self.started,
            draft: p.draft.clone(),
            bells: self.bells,
            version: self.version,
            save_error: if umpire { self.save_error.as_ref().map(|e| e.get(lang).to_string()) } else { None },
            room: self
                .places
                .iter()
                .enumerate()
                .filter(|(_, q)| q.name != CONSOLE)
                .map(|(i, q)| Seating {
                    place: i,
                    name: q.name.clone(),
                    label: self.label(i, lang),
                    role: q.role,
                    lang: q.lang,
                    presence: self.presence(i),
                    // Codes and addresses are for the facilitator only.
                    code: umpire.then(|| q.code.clone()),
                    address: umpire.then(|| q.connection.as_ref().map(|c| c.address.clone())).flatten(),
                })
                .collect(),
            log: if umpire { self.log_in(lang) } else { Vec::new() },
        })
    }

    /// Writes the save (atomically): after every change of the game. Failures are kept for the console.
    fn autosave(&mut self, now_ms: u64) {
        let Some(path) = &self.save_path else { return };
        self.session.stamp(self.timer.as_ref(), now_ms);
        match save::write(path, &self.session.record) {
            Ok(()) => self.save_error = None,
            Err(e) => {
                let reason = crate::i18n::InEach::new(|lang| e.message(lang));
                if self.save_error.as_ref() != Some(&reason) {
                    self.note(Note::NotSaved(reason.clone()));
                }
                self.save_error = Some(reason);
            }
        }
    }

    /// Faction `f`'s name as a seat reading `lang` sees it.
    fn faction_name(&self, f: usize, lang: Lang) -> String {
        self.scenario_in(lang).factions.get(f).map_or_else(|| "?".to_string(), |d| d.name.clone())
    }

    /// Notes something that happened in the room, for the console.
    pub fn note(&mut self, note: Note) {
        if self.log.len() >= LOG_LINES {
            self.log.pop_front();
        }
        self.log.push_back(note);
        self.changed();
    }

    /// Marks a change every seat should redraw.
    pub fn changed(&mut self) {
        self.version += 1;
    }
}

impl Place {
    fn new(name: &str, role: Role) -> Self {
        Place {
            name: name.to_string(),
            role,
            code: super::keys::new_code(),
            connection: None,
            joined: false,
            draft: FactionOrders::default(),
            lang: Lang::default(),
        }
    }
}

/// A seat as the room sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seating {
    /// Which seat (its index in the table's places).
    pub place: usize,
    /// Login name.
    pub name: String,
    /// Shown name, in the language of the seat that sees it.
    pub label: String,
    /// What it is for.
    pub role: Role,
    /// The language it reads.
    pub lang: Lang,
    /// How it is doing.
    pub presence: Presence,
    /// Its join code (the umpire's view only).
    pub code: Option<String>,
    /// Where its connection comes from (the umpire's view only).
    pub address: Option<String>,
}

/// What one seat may see of the game.
#[derive(Debug, Clone)]
pub struct View {
    /// The game as the seat may see it.
    pub session: Session,
    /// The rest: the room, the timer, the seat's queued orders.
    pub status: Status,
}

/// What a seat may know besides the game itself.
#[derive(Debug, Clone)]
pub struct Status {
    /// The language the seat reads (its interface follows it).
    pub lang: Lang,
    /// The turn timer.
    pub timer: Option<TurnTimer>,
    /// Whether the game has started.
    pub started: bool,
    /// The seat's queued orders, as last sent.
    pub draft: FactionOrders,
    /// One-minute warnings so far.
    pub bells: u64,
    /// The table's version this view was made at.
    pub version: u64,
    /// Every seat and how it is doing.
    pub room: Vec<Seating>,
    /// What happened in the room, in the seat's language (the umpire's view only).
    pub log: Vec<String>,
    /// Why the last save failed (the umpire's view only).
    pub save_error: Option<String>,
}

/// A table shared by the connections, the console and the timer, with a
/// signal that wakes every seat when it changes.
#[derive(Debug)]
pub struct Shared {
    table: Mutex<Table>,
    changed: tokio::sync::watch::Sender<u64>,
    /// How teams reach the host.
    pub invite: Invite,
    /// Milliseconds from any fixed point (the real clock, or a fake one in tests).
    pub clock_ms: fn() -> u64,
    /// The facilitator has closed the host: every seat says goodbye.
    closed: std::sync::atomic::AtomicBool,
    /// The game at a version of the table, shared by the seats that filter it.
    snapshot: Mutex<Option<(u64, Arc<Session>)>>,
    /// The game told in each other language seats read, at a version of the
    /// table (`None`: it could not be, and those seats read the game's own).
    told: Mutex<BTreeMap<Lang, Told>>,
}

/// The game told in one language at a version of the table (`None`: it could not be).
type Told = (u64, Option<Arc<Session>>);

impl Shared {
    /// Shares a table.
    pub fn new(table: Table, invite: Invite, clock_ms: fn() -> u64) -> Arc<Self> {
        let (changed, _) = tokio::sync::watch::channel(table.version);
        Arc::new(Shared {
            table: Mutex::new(table),
            changed,
            invite,
            clock_ms,
            closed: Default::default(),
            snapshot: Mutex::default(),
            told: Mutex::default(),
        })
    }

    /// Locks the table (a panic elsewhere while it was held does not make it unusable).
    pub fn lock(&self) -> MutexGuard<'_, Table> {
        self.table.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Runs `f` on the table, then wakes every seat if it changed.
    pub fn with<R>(&self, f: impl FnOnce(&mut Table) -> R) -> R {
        let (result, version) = {
            let mut table = self.lock();
            let result = f(&mut table);
            (result, table.version)
        };
        self.changed.send_if_modified(|v| std::mem::replace(v, version) != version);
        result
    }

    /// Applies a command from seat `place`.
    pub fn apply(&self, place: usize, command: Command) -> Result<(), Refusal> {
        let now = (self.clock_ms)();
        self.with(|t| t.apply(place, command, now))
    }

    /// The seat's view now. The table is locked only to take a shared
    /// snapshot of the game (made once per change); each seat filters it
    /// to its own view outside the lock, so seats do not wait for each other.
    /// A seat reading another language than the game's sees the game told
    /// in it ([`super::retold`]), made once per change and language.
    pub fn view(&self, place: usize) -> Option<View> {
        let (snapshot, viewer, status, scenario, told, version) = {
            let table = self.lock();
            let mut taken = self.snapshot.lock().unwrap_or_else(PoisonError::into_inner);
            if taken.as_ref().is_none_or(|(version, _)| *version != table.version) {
                *taken = Some((table.version, Arc::new(table.session.clone())));
            }
            let snapshot = taken.as_ref().map(|(_, s)| s.clone())?;
            let status = table.status(place)?;
            let lang = table.places.get(place)?.lang;
            let told = table.told_in(lang).map(|scenario| (lang, scenario));
            (snapshot, table.viewer(place)?, status, table.scenario_in(lang), told, table.version)
        };
        let (game, untold) = match told {
            Some((lang, translated)) => match self.told(lang, translated, &snapshot, version) {
                Some(told) => (told, false),
                None => (snapshot, true),
            },
            None => (snapshot, false),
        };
        let mut session = game.seen_by(viewer);
        if untold {
            // The game's own news, in its own words, under the seat's names.
            for turn in &mut session.record.turns {
                turn.report.write_news(&game.scenario);
            }
        }
        // The same game, its texts in the seat's language.
        session.scenario = scenario;
        Some(View { session, status })
    }

    /// The game at `version` (`game`) told in `lang`, on its `translated`
    /// scenario: re-played once per version and shared by the seats reading
    /// `lang`. `None` if it could not be (the room's log says so).
    fn told(&self, lang: Lang, translated: Arc<Scenario>, game: &Session, version: u64) -> Option<Arc<Session>> {
        let told = {
            let mut cache = self.told.lock().unwrap_or_else(PoisonError::into_inner);
            match cache.get(&lang) {
                Some((at, told)) if *at == version => return told.clone(),
                _ => {}
            }
            let told = super::retold::retold(game, translated).map(Arc::new);
            if cache.get(&lang).is_none_or(|(at, _)| *at < version) {
                cache.insert(lang, (version, told.clone()));
            }
            told
        };
        if told.is_none() {
            self.with(|t| t.untold(lang));
        }
        told
    }

    /// The table's version now (cheap: to know whether a seat is behind).
    pub fn version(&self) -> u64 {
        self.lock().version
    }

    /// A receiver that wakes when the table changes.
    pub fn subscribe(&self) -> tokio::sync::watch::Receiver<u64> {
        self.changed.subscribe()
    }

    /// Closes the host: every seat is told and its connection closed.
    pub fn close(&self) {
        self.closed.store(true, std::sync::atomic::Ordering::SeqCst);
        self.with(Table::changed);
    }

    /// Whether the host is closing.
    pub fn closed(&self) -> bool {
        self.closed.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// The turn timer's tick (twice a second while it runs).
    pub fn tick(&self) {
        let now = (self.clock_ms)();
        self.with(|t| t.tick(now));
    }
}

/// How teams reach the host: what the facilitator writes on the board.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Invite {
    /// The host's address on the room's network.
    pub host: String,
    /// The port it listens on.
    pub port: u16,
    /// The host key's fingerprint, which students' SSH clients show the first time.
    pub fingerprint: String,
}

impl Invite {
    /// The command a seat types: `ssh -p 2222 mali@192.168.1.20` (no `-p` for port 22).
    pub fn command(&self, name: &str) -> String {
        let host = &self.host;
        match self.port {
            22 => format!("ssh {name}@{host}"),
            port => format!("ssh -p {port} {name}@{host}"),
        }
    }
}

/// The computer player an absent team's faction is given.
pub const STAND_IN: Seat = Seat::Ai(AiKind::Greedy);

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;
    use crate::engine::Order;
    use crate::engine::umpire::Intervention;

    fn table(timer: Option<TurnTimer>) -> Table {
        let scn = crate::scenario::load("tutorial.ron", crate::scenario::TUTORIAL.as_bytes()).scenario.expect("loads");
        let seats = scn.factions.iter().map(|f| f.playable.then_some(Seat::Human)).collect();
        Table::new(Session::new("tutorial.ron", scn, 3, seats, "2026-12-02T09-00-00".into()), timer, None)
    }

    /// What seat `place` sees, made as `Shared::view` makes it.
    fn view(t: &Table, place: usize) -> View {
        View { session: t.session.seen_by(t.viewer(place).expect("seat")), status: t.status(place).expect("seat") }
    }

    fn place(t: &Table, name: &str) -> usize {
        t.places.iter().position(|p| p.name == name).expect("seat")
    }

    fn raid() -> FactionOrders {
        FactionOrders { orders: vec![Order::new("covert_raid".to_string())], answers: Vec::new() }
    }

    #[test]
    fn each_seat_may_do_only_what_it_is_for() {
        let mut t = table(None);
        let (kesh, projector, umpire) = (place(&t, "kesh"), place(&t, "projector"), place(&t, "umpire"));
        assert!(t.apply(kesh, Command::Confirm(raid()), 0).is_err(), "no orders before the start");
        assert!(t.apply(kesh, Command::Start, 0).is_err());
        assert!(t.apply(projector, Command::Start, 0).is_err());
        t.apply(umpire, Command::Start, 0).expect("the umpire starts");
        let news = Ruling { turn: 1, intervention: Intervention::News { text: "x".into() }, reason: "r".into() };
        assert!(t.apply(kesh, Command::Rule(news.clone()), 0).is_err());
        assert!(t.apply(projector, Command::Rule(news.clone()), 0).is_err());
        assert!(t.apply(projector, Command::Confirm(raid()), 0).is_err());
        assert!(t.apply(kesh, Command::Seat(1, STAND_IN), 0).is_err());
        assert!(t.apply(umpire, Command::Confirm(raid()), 0).is_err());
        t.apply(umpire, Command::Rule(news), 0).expect("the umpire rules");
        let seen = view(&t, kesh).session.record.pending_rulings[0].reason.clone();
        assert_eq!(seen, crate::tui::session::PRIVATE_REASON, "the umpire's reason stays private");
        assert!(t.place_for(CONSOLE, &t.places[t.console()].code.clone()).is_none(), "nobody logs in as the console");
        assert_eq!(t.place_for("KESH", &t.places[kesh].code.to_lowercase()), Some(kesh));
        assert_eq!(t.place_for("tarsa", &t.places[kesh].code.clone()), None, "a code opens its own seat only");
    }

    #[test]
    fn a_reconnection_finds_its_queued_orders_and_a_second_login_takes_the_seat_over() {
        let mut t = table(None);
        let kesh = place(&t, "kesh");
        let first = t.join(kesh, "10.0.0.5");
        t.apply(kesh, Command::Draft(raid()), 0).expect("draft");
        t.leave(kesh, first);
        assert_eq!(t.presence(kesh), Presence::Disconnected);
        let second = t.join(kesh, "10.0.0.6");
        assert_eq!(view(&t, kesh).status.draft, raid(), "the queued orders survive");
        let third = t.join(kesh, "10.0.0.7");
        assert!(!t.holds(kesh, second) && t.holds(kesh, third), "the later login holds the seat");
        t.leave(kesh, second);
        assert_eq!(t.presence(kesh), Presence::Connected, "the old connection leaving does not free the seat");
        assert!(t.log_in(Lang::En).iter().any(|l| l == "Kesh taken over from 10.0.0.7."), "{:?}", t.log);
    }

    #[test]
    fn the_last_confirmation_resolves_the_turn_and_each_team_sees_only_its_own_orders() {
        let mut t = table(None);
        t.apply(place(&t, "umpire"), Command::Start, 0).expect("start");
        for name in ["kesh", "tarsa"] {
            let orders = if name == "kesh" { raid() } else { FactionOrders::default() };
            t.apply(place(&t, name), Command::Confirm(orders), 0).expect("confirm");
            assert!(t.session.record.turns.is_empty(), "not before every team has confirmed");
        }
        assert_eq!(t.presence(place(&t, "kesh")), Presence::Confirmed);
        t.apply(place(&t, "oru"), Command::Confirm(FactionOrders::default()), 0).expect("confirm");
        assert_eq!(t.session.record.turns.len(), 1);
        assert_eq!(t.session.record.stage, Stage::Results);
        let tarsa = view(&t, place(&t, "tarsa"));
        let seen: Vec<&String> = tarsa.session.record.turns[0].orders.0.keys().collect();
        assert_eq!(seen, ["tarsa"], "another team's orders are not in a team's view");
        assert!(tarsa.status.room.iter().all(|s| s.code.is_none() && s.address.is_none()), "codes are the umpire's");
        assert!(tarsa.status.log.is_empty());
        let umpire = view(&t, place(&t, "umpire"));
        assert_eq!(umpire.session.record.turns[0].orders.0.len(), 3);
        assert!(umpire.status.room.iter().all(|s| s.code.is_some()));
    }

    #[test]
    fn when_time_runs_out_every_team_still_thinking_gives_what_it_queued() {
        let timer = TurnTimer::new(std::time::Duration::from_secs(120), OnExpiry::SubmitQueued, 0);
        let mut t = table(Some(timer));
        t.apply(place(&t, "umpire"), Command::Start, 0).expect("start");
        assert!(!t.tick(1_000_000), "no countdown before a team opens its orders");
        t.apply(place(&t, "kesh"), Command::Ready, 1_000).expect("ready");
        t.apply(place(&t, "kesh"), Command::Draft(raid()), 2_000).expect("draft");
        t.apply(place(&t, "tarsa"), Command::Confirm(FactionOrders::default()), 3_000).expect("confirm");
        assert!(t.tick(62_000), "the one-minute warning");
        assert_eq!(t.bells, 1);
        assert!(t.session.record.turns.is_empty());
        assert!(t.tick(122_000), "time is up");
        let turn = t.session.record.turns.first().expect("the turn resolved");
        assert_eq!(turn.orders.of("kesh"), Some(&raid()), "Kesh's queued raid counted");
        assert_eq!(turn.orders.of("oru").map(|o| o.orders.len()), Some(0), "Oru had queued nothing");
        let log = t.log_in(Lang::En);
        assert!(log.iter().any(|l| l == "Time ran out for Kesh: it gave the 1 order it had queued."), "{log:?}");
        assert!(log.iter().any(|l| l == "Time ran out for Oru: it gave no orders this turn."));
        assert!(!log.iter().any(|l| l.contains("Time ran out for Tarsa")), "Tarsa had confirmed");
        // The projector shows that turn's results, rebuilt from the room's view (rulings and all).
        let room = view(&t, place(&t, "projector")).session;
        let results = crate::tui::screens::projector::results_of(&room).expect("the results can be shown");
        assert_eq!(results.turn, 1);
        let reasons: Vec<&str> = room.record.turns[0].rulings.iter().map(|r| r.reason.as_str()).collect();
        assert!(reasons.iter().all(|r| *r == crate::engine::umpire::TIMED_OUT_REASON), "{reasons:?}");
    }

    #[test]
    fn an_absent_team_given_to_the_computer_no_longer_holds_up_the_turn() {
        let mut t = table(None);
        let umpire = place(&t, "umpire");
        t.apply(umpire, Command::Start, 0).expect("start");
        t.apply(place(&t, "kesh"), Command::Confirm(raid()), 0).expect("confirm");
        t.apply(place(&t, "tarsa"), Command::Confirm(FactionOrders::default()), 0).expect("confirm");
        t.apply(umpire, Command::Seat(2, STAND_IN), 0).expect("computer");
        assert_eq!(t.session.record.turns.len(), 1, "the computer decided and the turn resolved");
        assert_eq!(t.presence(place(&t, "oru")), Presence::Computer);
        assert_eq!(t.session.record.seats.iter().find(|(id, _)| id == "oru").map(|s| s.1), Some(STAND_IN));
        t.apply(umpire, Command::Seat(2, Seat::Human), 0).expect("back to the team");
        assert!(t.session.waiting.contains(&2), "the team is waited for again");
    }

    /// The tutorial in `lang`, from its built-in translation.
    fn tutorial_in(lang: Lang) -> Scenario {
        let path = std::path::Path::new("tutorial.ron");
        crate::scenario::load_beside(path, crate::scenario::TUTORIAL.as_bytes(), None, lang).scenario.expect("loads")
    }

    /// Turn 1 played: Kesh raids, the others give nothing.
    fn play_a_turn(shared: &Shared) {
        let name = |n: &str| shared.lock().places.iter().position(|p| p.name == n).expect("seat");
        shared.apply(name("umpire"), Command::Start).expect("start");
        shared.apply(name("kesh"), Command::Confirm(raid())).expect("kesh");
        for team in ["tarsa", "oru"] {
            shared.apply(name(team), Command::Confirm(FactionOrders::default())).expect("confirm");
        }
    }

    fn news(view: &View) -> Vec<String> {
        view.session.reports().flat_map(|r| r.news(&view.session.scenario)).map(Cow::into_owned).collect()
    }

    #[test]
    fn a_seat_reading_another_language_sees_the_games_news_in_it_made_once_per_change() {
        let mut t = table(None);
        assert!(t.add_translation(Lang::Fr, tutorial_in(Lang::Fr)));
        let kesh = place(&t, "kesh");
        t.places[kesh].lang = Lang::Fr;
        let shared = Shared::new(t, Invite::default(), || 0);
        play_a_turn(&shared);
        let tarsa = place(&shared.lock(), "tarsa");
        let (french, english) = (shared.view(kesh).expect("view"), shared.view(tarsa));
        let game =
            news(&View { session: shared.lock().session.seen_by(Viewer::Team(0)), status: french.status.clone() });
        assert_eq!(news(&french).len(), game.len());
        assert!(news(&french).iter().all(|n| !game.contains(n)), "{:?}", news(&french));
        assert!(english.is_some_and(|v| news(&v).iter().all(|n| !news(&french).contains(n))));
        let cached = shared.told.lock().map(|c| c.get(&Lang::Fr).map(|(v, told)| (*v, told.is_some()))).ok().flatten();
        assert_eq!(cached, Some((shared.version(), true)), "made once for this version");
    }

    #[test]
    fn a_translation_that_would_play_differently_is_not_shown_and_the_log_says_so_once() {
        let mut t = table(None);
        let mut other = tutorial_in(Lang::Fr);
        other.factions[0].initial[0] += 5;
        assert!(t.add_translation(Lang::Fr, other), "the same ids: offered");
        let kesh = place(&t, "kesh");
        t.places[kesh].lang = Lang::Fr;
        let shared = Shared::new(t, Invite::default(), || 0);
        play_a_turn(&shared);
        let seen = shared.view(kesh).expect("view");
        let game = shared.lock().session.seen_by(Viewer::Team(0));
        assert_eq!(news(&seen), news(&View { session: game, status: seen.status.clone() }), "the game's own news");
        shared.view(kesh).expect("view");
        shared.with(Table::changed);
        shared.view(kesh).expect("view");
        let log = shared.lock().log_in(Lang::En);
        assert_eq!(log.iter().filter(|l| l.contains("could not be told again")).count(), 1, "{log:?}");
    }
}
