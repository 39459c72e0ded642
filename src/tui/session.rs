//! A game being played at one keyboard: the scenario, the state, who sits
//! in each seat, the orders collected this turn, and the save record of
//! every turn so far. The interface reads it and sends it decisions; it
//! never draws.

use std::collections::VecDeque;
use std::sync::Arc;

use crate::engine::ai::{AiKind, decide};
use crate::engine::umpire::{self, Ruling};
use crate::engine::{FactionOrders, GameState, TurnOrders, TurnReport, resolve_turn};
use crate::i18n::Lang;
use crate::save::{Loaded, Save, TurnRecord, UndoneTurn};
use crate::scenario::Scenario;
use crate::tr;

pub use crate::save::Seat;

impl Seat {
    /// The next choice when cycling in the seat screen.
    pub fn next(self) -> Seat {
        match self {
            Seat::Human => Seat::Ai(AiKind::Greedy),
            Seat::Ai(AiKind::Greedy) => Seat::Ai(AiKind::Random),
            Seat::Ai(AiKind::Random) => Seat::Human,
        }
    }

    /// How the seat is shown, in `lang`.
    pub fn label_in(self, lang: Lang) -> String {
        let key = match self {
            Seat::Human => "screen-seat-human",
            Seat::Ai(AiKind::Greedy) => "screen-seat-greedy",
            Seat::Ai(AiKind::Random) => "screen-seat-random",
        };
        tr!(lang, key)
    }
}

/// A game in progress.
#[derive(Debug, Clone)]
pub struct Session {
    /// The scenario (shared: the views of a hosted game share one copy).
    pub scenario: Arc<Scenario>,
    /// The current state.
    pub state: GameState,
    /// Seat of each faction (`None` for factions that are not playable).
    pub seats: Vec<Option<Seat>>,
    /// Orders given so far this turn.
    pub orders: TurnOrders,
    /// Human factions that have not yet confirmed this turn, in order.
    pub waiting: VecDeque<usize>,
    /// The save record: every resolved turn's orders and report.
    pub record: Save,
    /// The state at the start of each turn's orders (index 0 is turn 1), for charts.
    pub timeline: Vec<GameState>,
}

impl Session {
    /// Starts a game with the given seats and seed; `started` is the start time for the save.
    pub fn new(scenario_file: &str, scenario: Scenario, seed: u64, seats: Vec<Option<Seat>>, started: String) -> Self {
        let by_id =
            seats.iter().zip(&scenario.factions).filter_map(|(seat, f)| seat.map(|s| (f.id.clone(), s))).collect();
        let record = Save::new(scenario_file, &scenario, seed, by_id, started);
        let state = record.state.clone();
        let mut session = Session {
            timeline: vec![state.clone()],
            scenario: Arc::new(scenario),
            state,
            seats,
            orders: TurnOrders::default(),
            waiting: VecDeque::new(),
            record,
        };
        session.open_orders();
        session
    }

    /// Resumes a saved game exactly where it stopped (the dice included).
    pub fn resume(loaded: Loaded) -> Self {
        // Re-play the record to rebuild the chart timeline.
        let timeline = crate::save::replay_game(&loaded).openings;
        let Loaded { save, scenario } = loaded;
        let seats = scenario
            .factions
            .iter()
            .map(|f| f.playable.then(|| save.seats.iter().find(|(id, _)| *id == f.id).map_or(Seat::Human, |s| s.1)))
            .collect();
        let mut session = Session {
            state: save.state.clone(),
            scenario: Arc::new(scenario),
            seats,
            orders: TurnOrders::default(),
            waiting: VecDeque::new(),
            record: save,
            timeline,
        };
        if !session.state.is_over() {
            session.open_orders();
        }
        session
    }

    /// Factions played by humans, in scenario order.
    pub fn humans(&self) -> Vec<usize> {
        self.seats.iter().enumerate().filter(|(_, s)| **s == Some(Seat::Human)).map(|(i, _)| i).collect()
    }

    /// Starts the orders phase: AI seats decide at once; humans queue up.
    fn open_orders(&mut self) {
        self.orders = TurnOrders::default();
        self.waiting = self.humans().into();
        for (f, seat) in self.seats.iter().enumerate() {
            if let (Some(Seat::Ai(kind)), Some(def)) = (seat, self.scenario.factions.get(f)) {
                self.orders.set(def.id.clone(), decide(&self.scenario, &self.state, f, *kind));
            }
        }
    }

    /// The human faction whose turn it is to give orders.
    pub fn current(&self) -> Option<usize> {
        self.waiting.front().copied()
    }

    /// Records a human faction's confirmed orders.
    pub fn submit(&mut self, faction: usize, orders: FactionOrders) {
        if let Some(def) = self.scenario.factions.get(faction) {
            self.orders.set(def.id.clone(), orders);
        }
        self.waiting.retain(|&f| f != faction);
    }

    /// Resolves the turn once every human has confirmed; returns its report.
    pub fn resolve(&mut self) -> Option<&TurnReport> {
        if !self.waiting.is_empty() || self.state.is_over() {
            return None;
        }
        let orders = std::mem::take(&mut self.orders);
        let report = resolve_turn(&self.scenario, &mut self.state, &orders);
        self.record.record(orders, report, &self.state);
        self.timeline.push(self.state.clone());
        if !self.state.is_over() {
            self.open_orders();
        }
        self.last_report()
    }

    /// Applies an umpire's ruling now, records it for the save and the
    /// report, and lets the computer seats reconsider. A ruling that ends
    /// the game closes the turn at once.
    pub fn rule(&mut self, ruling: Ruling) -> Result<(), String> {
        umpire::apply(&self.scenario, &mut self.state, &ruling)?;
        self.record.pending_rulings.push(ruling);
        self.record.state = self.state.clone();
        if self.state.is_over() {
            let orders = std::mem::take(&mut self.orders);
            let report = resolve_turn(&self.scenario, &mut self.state, &orders);
            self.record.record(orders, report, &self.state);
            self.timeline.push(self.state.clone());
            self.waiting.clear();
        } else {
            self.refresh_computers();
        }
        Ok(())
    }

    /// Takes back the last resolved turn: the state returns to its start
    /// (with the rulings made during it), orders are cleared, and the undone
    /// turn is kept in the save with the reason. Returns the turn now current.
    /// Why not, in the language of the scenario's texts.
    pub fn undo(&mut self, reason: &str) -> Result<u32, String> {
        let lang = self.scenario.lang;
        if reason.trim().is_empty() {
            return Err(tr!(lang, "screen-error-reason-needed"));
        }
        let last = self.record.turns.pop().ok_or_else(|| tr!(lang, "screen-error-no-turn"))?;
        self.timeline.pop();
        let mut state = self.timeline.last().cloned().ok_or_else(|| tr!(lang, "screen-error-no-history"))?;
        for ruling in &last.rulings {
            umpire::apply(&self.scenario, &mut state, ruling)?;
        }
        let turn = last.report.turn;
        let dropped_rulings = std::mem::replace(&mut self.record.pending_rulings, last.rulings.clone());
        self.record.undone.push(UndoneTurn { turn, reason: reason.trim().to_string(), record: last, dropped_rulings });
        self.state = state;
        self.record.state = self.state.clone();
        self.open_orders();
        Ok(turn)
    }

    /// Computer seats decide again on the current state (after a ruling).
    fn refresh_computers(&mut self) {
        for (f, seat) in self.seats.iter().enumerate() {
            if let (Some(Seat::Ai(kind)), Some(def)) = (seat, self.scenario.factions.get(f)) {
                self.orders.set(def.id.clone(), decide(&self.scenario, &self.state, f, *kind));
            }
        }
    }

    /// Every resolved turn's report, in order.
    pub fn reports(&self) -> impl Iterator<Item = &TurnReport> {
        self.record.turns.iter().map(|t| &t.report)
    }

    /// The last resolved turn's report.
    pub fn last_report(&self) -> Option<&TurnReport> {
        self.record.turns.last().map(|t| &t.report)
    }
}

/// What a team or the room sees in place of the umpire's reason for a ruling.
pub const PRIVATE_REASON: &str = "(the umpire's reason is private)";

/// Who is looking at a game: what a view of it may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Viewer {
    /// One team: its faction's view (others' secret orders, private choices and the dice hidden).
    Team(usize),
    /// The whole room (the projector): public information only.
    Room,
    /// The umpire: everything.
    Umpire,
}

impl Session {
    /// The game as `viewer` may see it: the state, the chart timeline and
    /// the turn reports filtered to what it may know, other teams' orders and
    /// the umpire's private reasons removed. The umpire sees the game itself.
    pub fn seen_by(&self, viewer: Viewer) -> Session {
        let faction = match viewer {
            Viewer::Umpire => return self.clone(),
            Viewer::Team(f) => f,
            // No faction has this index: only what every faction may see is kept.
            Viewer::Room => usize::MAX,
        };
        let scn = &self.scenario;
        let own = scn.factions.get(faction).map(|f| f.id.as_str());
        let keep_own = |orders: &TurnOrders| {
            TurnOrders(
                orders
                    .0
                    .iter()
                    .filter(|(id, _)| Some(id.as_str()) == own)
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect(),
            )
        };
        // The umpire's reasons are private; a time-out's is the timer's, and says what it was.
        let blank = |rulings: &[Ruling]| -> Vec<Ruling> {
            let hide = |reason: &String| {
                if reason == umpire::TIMED_OUT_REASON { reason.clone() } else { PRIVATE_REASON.to_string() }
            };
            rulings.iter().map(|r| Ruling { reason: hide(&r.reason), ..r.clone() }).collect()
        };
        // Field by field, so that each turn's report is copied once, already
        // filtered, and what the seat may not see is never copied at all.
        let r = &self.record;
        let record = Save {
            format: r.format,
            scenario_file: r.scenario_file.clone(),
            scenario: r.scenario.clone(),
            variant: r.variant.clone(),
            translation: r.translation.clone(),
            seed: r.seed,
            seats: r.seats.clone(),
            started: r.started.clone(),
            turns: r
                .turns
                .iter()
                .map(|turn| TurnRecord {
                    rulings: blank(&turn.rulings),
                    orders: keep_own(&turn.orders),
                    report: turn.report.for_faction(faction),
                })
                .collect(),
            pending_rulings: blank(&r.pending_rulings),
            undone: Vec::new(),
            stage: r.stage,
            clock: r.clock,
            waiting: r.waiting.clone(),
            umpire_access: Vec::new(),
            state: crate::engine::faction_view(scn, &r.state, faction),
        };
        Session {
            scenario: self.scenario.clone(),
            state: crate::engine::faction_view(scn, &self.state, faction),
            seats: self.seats.clone(),
            orders: keep_own(&self.orders),
            waiting: self.waiting.clone(),
            record,
            timeline: self.timeline.iter().map(|s| crate::engine::faction_view(scn, s, faction)).collect(),
        }
    }

    /// Records the countdown and who is still thinking in the save, for the projector and `watch`.
    pub fn stamp(&mut self, timer: Option<&crate::tui::timer::TurnTimer>, now_ms: u64) {
        self.record.clock = timer.and_then(|t| t.clock(now_ms));
        let scn = &self.scenario;
        self.record.waiting = self.waiting.iter().filter_map(|&f| scn.factions.get(f).map(|d| d.id.clone())).collect();
    }

    /// A team ran out of time: it gives `orders` (what it queued, or nothing),
    /// and a news item says so, recorded like a ruling so the save, the
    /// resolution and the report all show it (in the language of the
    /// scenario's texts, as the game's news is). Returns that news item.
    pub fn time_out(&mut self, faction: usize, orders: FactionOrders) -> String {
        let name = self.scenario.factions.get(faction).map_or_else(|| "?".to_string(), |f| f.name.clone());
        let count = orders.orders.len();
        let text = tr!(self.scenario.lang, "screen-news-timed-out", count = count, team = name);
        let turn = self.state.turn;
        let news = umpire::Intervention::News { text: text.clone() };
        let _ = self.rule(Ruling { turn, intervention: news, reason: umpire::TIMED_OUT_REASON.into() });
        self.submit(faction, orders);
        text
    }

    /// Puts a team or a computer player in a faction's seat from now on. A
    /// computer decides this turn's orders at once (if the turn is open) and
    /// no longer holds it up; a team is waited for again.
    pub fn set_seat(&mut self, faction: usize, seat: Seat) {
        let Some(Some(slot)) = self.seats.get_mut(faction) else { return };
        *slot = seat;
        let Some(def) = self.scenario.factions.get(faction) else { return };
        if let Some(entry) = self.record.seats.iter_mut().find(|(id, _)| *id == def.id) {
            entry.1 = seat;
        }
        if self.state.is_over() {
            return;
        }
        match seat {
            Seat::Ai(kind) => {
                self.orders.set(def.id.clone(), decide(&self.scenario, &self.state, faction, kind));
                self.waiting.retain(|&f| f != faction);
            }
            Seat::Human => {
                if !self.waiting.contains(&faction) {
                    self.waiting.push_back(faction);
                    self.orders.0.remove(&def.id);
                }
            }
        }
    }
}
