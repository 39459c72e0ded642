//! The one authoritative game of a hosted class: the session, who sits in
//! each seat, the turn timer and the autosave. Connections and the console
//! send it [`Command`]s for their seat and read back their seat's [`View`];
//! it decides what each seat may do, so a team's connection can only ever
//! give its own faction's orders. No network or terminal here: the server
//! and the tests drive it the same way.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use crate::engine::FactionOrders;
use crate::engine::ai::AiKind;
use crate::engine::umpire::Ruling;
use crate::save::{self, Stage};
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
    /// How it is shown: the faction's name, "Projector", "Umpire".
    pub label: String,
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
}

/// Why a command was not done, in words for the seat that sent it.
pub type Refusal = String;

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
    pub save_error: Option<String>,
    /// What happened in the room, newest last, for the console (joins, drops, confirmations).
    pub log: VecDeque<String>,
    /// Bumped on every change: seats redraw when it moves.
    pub version: u64,
    /// How many one-minute warnings there have been: a seat says so (and rings, unless muted) when this grows.
    pub bells: u64,
    next_connection: u64,
}

/// The name of the facilitator console's seat (no login opens it).
pub const CONSOLE: &str = "console";

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
            .map(|(f, def)| Place::new(&def.id, &def.name, Role::Team(f)))
            .collect();
        places.push(Place::new("projector", "Projector", Role::Projector));
        places.push(Place::new("umpire", "Umpire", Role::Umpire));
        // The facilitator's own terminal: an umpire seat nobody can log in to.
        places.push(Place::new(CONSOLE, "Console", Role::Umpire));
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
            next_connection: 0,
        }
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
        let verb = if p.connection.is_some() {
            "taken over"
        } else if p.joined {
            "rejoined"
        } else {
            "joined"
        };
        p.connection = Some(Connection { id, address: address.to_string() });
        p.joined = true;
        let line = format!("{} {verb} from {address}.", p.label);
        self.note(line);
        id
    }

    /// A connection left (or dropped). Nothing happens if the seat has been taken over since.
    pub fn leave(&mut self, place: usize, id: u64) {
        let Some(p) = self.places.get_mut(place) else { return };
        if p.connection.as_ref().is_some_and(|c| c.id == id) {
            p.connection = None;
            let line = format!("{} disconnected.", p.label);
            self.note(line);
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

    /// Applies a command from the seat `place` at time `now_ms`, if that seat may give it.
    pub fn apply(&mut self, place: usize, command: Command, now_ms: u64) -> Result<(), Refusal> {
        let role = self.places.get(place).map(|p| p.role).ok_or("no such seat")?;
        match (role, command) {
            (Role::Team(_), Command::Draft(orders)) => {
                if let Some(p) = self.places.get_mut(place) {
                    p.draft = orders;
                }
                // Not a change anyone else sees: nobody redraws.
                return Ok(());
            }
            (Role::Team(f), Command::Confirm(orders)) => {
                if !self.started || !self.session.waiting.contains(&f) {
                    return Err("these orders are no longer expected (the turn has moved on)".into());
                }
                if let Some(p) = self.places.get_mut(place) {
                    p.draft = FactionOrders::default();
                }
                let name = self.faction_name(f);
                self.session.submit(f, orders);
                self.note(format!("{name} has confirmed its orders."));
                self.after_orders(now_ms);
            }
            (Role::Team(_), Command::Ready) => {
                // Only the first team to open its orders changes anything.
                if !self.open_orders(now_ms) {
                    return Ok(());
                }
            }
            (Role::Umpire, command) => self.umpire(command, now_ms)?,
            _ => return Err("this seat cannot do that".into()),
        }
        self.changed();
        Ok(())
    }

    /// What only the umpire (the console or the umpire seat) may do.
    fn umpire(&mut self, command: Command, now_ms: u64) -> Result<(), Refusal> {
        match command {
            Command::Start if !self.started => {
                self.started = true;
                self.note("The game has started.".into());
                // Teams read their briefings; the countdown starts when the first opens its orders.
                self.session.record.stage = Stage::Briefings;
                self.autosave(now_ms);
            }
            Command::Start => return Err("the game has already started".into()),
            Command::Rule(ruling) => {
                self.session.rule(ruling)?;
                if self.session.state.is_over() {
                    self.finish_turn();
                }
                self.autosave(now_ms);
            }
            Command::Undo(reason) => {
                let turn = self.session.undo(&reason)?;
                self.note(format!("The umpire took back turn {turn}."));
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
                let timer = self.timer.as_mut().ok_or("this game has no turn timer")?;
                if timer.paused() {
                    timer.resume(now_ms)
                } else {
                    timer.pause(now_ms)
                }
                self.autosave(now_ms);
            }
            Command::Mute => {
                let timer = self.timer.as_mut().ok_or("this game has no turn timer")?;
                timer.muted = !timer.muted;
            }
            Command::Seat(f, seat) => {
                if !matches!(self.session.seats.get(f), Some(Some(_))) {
                    return Err("that faction has no seat".into());
                }
                self.session.set_seat(f, seat);
                let name = self.faction_name(f);
                let who = if seat == Seat::Human { "its team" } else { "the computer" };
                self.note(format!("{name} is now played by {who}."));
                if self.started {
                    self.after_orders(now_ms);
                    self.autosave(now_ms);
                }
            }
            Command::Draft(_) | Command::Confirm(_) | Command::Ready => return Err("the umpire gives no orders".into()),
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
        self.note(if self.session.state.is_over() {
            "The game is over.".to_string()
        } else {
            format!("Turn {turn} resolved.")
        });
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
            self.note("One minute left for this turn's orders.".into());
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
            let said = self.session.time_out(f, orders);
            self.note(said);
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

    /// Everything seat `place` may know besides the game itself.
    pub fn status(&self, place: usize) -> Option<Status> {
        let p = self.places.get(place)?;
        let umpire = p.role == Role::Umpire;
        Some(Status {
            timer: self.timer.clone(),
            started: self.started,
            draft: p.draft.clone(),
            bells: self.bells,
            version: self.version,
            save_error: if umpire { self.save_error.clone() } else { None },
            room: self
                .places
                .iter()
                .enumerate()
                .filter(|(_, q)| q.name != CONSOLE)
                .map(|(i, q)| Seating {
                    name: q.name.clone(),
                    label: q.label.clone(),
                    role: q.role,
                    presence: self.presence(i),
                    // Codes and addresses are for the facilitator only.
                    code: umpire.then(|| q.code.clone()),
                    address: umpire.then(|| q.connection.as_ref().map(|c| c.address.clone())).flatten(),
                })
                .collect(),
            log: if umpire { self.log.iter().cloned().collect() } else { Vec::new() },
        })
    }

    /// Writes the save (atomically): after every change of the game. Failures are kept for the console.
    fn autosave(&mut self, now_ms: u64) {
        let Some(path) = &self.save_path else { return };
        self.session.stamp(self.timer.as_ref(), now_ms);
        match save::write(path, &self.session.record) {
            Ok(()) => self.save_error = None,
            Err(e) => {
                let said = format!("Could not save: {e}");
                if self.save_error.as_deref() != Some(said.as_str()) {
                    self.note(said.clone());
                }
                self.save_error = Some(said);
            }
        }
    }

    fn faction_name(&self, f: usize) -> String {
        self.session.scenario.factions.get(f).map_or_else(|| "?".to_string(), |d| d.name.clone())
    }

    /// Notes something that happened in the room, for the console.
    pub fn note(&mut self, line: String) {
        if self.log.len() >= LOG_LINES {
            self.log.pop_front();
        }
        self.log.push_back(line);
        self.changed();
    }

    /// Marks a change every seat should redraw.
    pub fn changed(&mut self) {
        self.version += 1;
    }
}

impl Place {
    fn new(name: &str, label: &str, role: Role) -> Self {
        Place {
            name: name.to_string(),
            label: label.to_string(),
            role,
            code: super::keys::new_code(),
            connection: None,
            joined: false,
            draft: FactionOrders::default(),
        }
    }
}

/// A seat as the room sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seating {
    /// Login name.
    pub name: String,
    /// Shown name.
    pub label: String,
    /// What it is for.
    pub role: Role,
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
    /// What happened in the room (the umpire's view only).
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
}

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
    pub fn view(&self, place: usize) -> Option<View> {
        let (snapshot, viewer, status) = {
            let table = self.lock();
            let mut taken = self.snapshot.lock().unwrap_or_else(PoisonError::into_inner);
            if taken.as_ref().is_none_or(|(version, _)| *version != table.version) {
                *taken = Some((table.version, Arc::new(table.session.clone())));
            }
            let snapshot = taken.as_ref().map(|(_, s)| s.clone())?;
            (snapshot, table.viewer(place)?, table.status(place)?)
        };
        Some(View { session: snapshot.seen_by(viewer), status })
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
        assert!(t.log.iter().any(|l| l == "Kesh taken over from 10.0.0.7."), "{:?}", t.log);
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
        assert!(t.log.iter().any(|l| l == "Time ran out for Kesh: it gave the 1 order it had queued."), "{:?}", t.log);
        assert!(t.log.iter().any(|l| l == "Time ran out for Oru: it gave no orders this turn."));
        assert!(!t.log.iter().any(|l| l.contains("Time ran out for Tarsa")), "Tarsa had confirmed");
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
}
