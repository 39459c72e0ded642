//! The interface's model and its `update`: every key or click becomes an
//! [`Action`], and `update` changes the model. Drawing is in `view` and the
//! screens; nothing here draws.

use std::borrow::Cow;
use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use ratatui::layout::{Position, Rect};

use crate::engine::check::{Committed, candidate_targets, check_indices, target_id};
use crate::engine::report::{Slot, slot_label, slot_value};
use crate::engine::umpire::{Intervention, Ruling};
use crate::engine::{Answer, FactionOrders, Order, PendingKind, Response};
use crate::host::table::{Command, Role, Shared, Status, View};
use crate::i18n::Lang;
use crate::report;
use crate::save::{self, Loaded as SavedGame, Save, Stage, UmpireAccess};
use crate::scenario::format::Category;
use crate::scenario::{Loaded, Scenario};
use crate::tr;
use crate::tui::bidi::Bidi;
use crate::tui::input::Action;
use crate::tui::rebase;
use crate::tui::reload::Notice;
use crate::tui::saves::{SaveEntry, Saving, saved_games};
use crate::tui::screens::history;
use crate::tui::session::{Seat, Session};
use crate::tui::theme::Theme;
use crate::tui::timer::{OnExpiry, Phase, TurnTimer};

/// A scenario the title screen offers.
#[derive(Debug)]
pub struct Entry {
    /// Where it came from (a path, or the built-in name).
    pub name: String,
    /// The loaded scenario and its diagnostics.
    pub loaded: Loaded,
}

/// Choices made on the seat screen.
#[derive(Debug, Clone)]
pub struct Setup {
    /// Catalog entry being set up.
    pub entry: usize,
    /// Seat per faction (`None` for factions that are not playable).
    pub seats: Vec<Option<Seat>>,
    /// The game's seed.
    pub seed: u64,
    /// The seed while it is being typed.
    pub seed_text: Option<String>,
    /// Selected row: factions, then the seed, then Start.
    pub cursor: usize,
}

/// The tabs of a team's turn screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    /// Map, gauges, relations, news.
    Overview,
    /// Actions of one category.
    Actions(Category),
    /// Proposals and event choices to answer, and the queued orders.
    Decisions,
}

impl Tab {
    /// All tabs in order.
    pub const ALL: [Tab; 5] = [
        Tab::Overview,
        Tab::Actions(Category::Diplomatic),
        Tab::Actions(Category::Energy),
        Tab::Actions(Category::Security),
        Tab::Decisions,
    ];

    /// Position in [`Tab::ALL`].
    pub fn index(self) -> usize {
        Tab::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }
}

/// A team's turn in progress.
#[derive(Debug, Clone)]
pub struct TurnScreen {
    /// The team.
    pub faction: usize,
    /// Current tab.
    pub tab: Tab,
    /// Selected row in the tab's list.
    pub cursor: usize,
    /// Orders queued so far, and answers.
    pub draft: FactionOrders,
    /// An action waiting for its target: the action and the selected target row.
    pub picker: Option<(usize, usize)>,
    /// Region selected on the overview.
    pub region: usize,
    /// Region variable the map colours by.
    pub map_var: usize,
    /// Lines of the overview's side panel scrolled past (↑↓ on the overview).
    pub side: usize,
    /// `c` was pressed with action points unused or questions unanswered: waiting for y/n.
    pub confirming: bool,
}

/// What follows a hand-over screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Then {
    /// The team's private briefing.
    Briefing,
    /// The team's turn.
    Turn,
}

/// The screen being shown.
#[derive(Debug, Clone)]
pub enum Screen {
    /// Title and scenario picker.
    Title { cursor: usize },
    /// Diagnostics of a scenario that does not validate.
    Problems { entry: usize, scroll: u16 },
    /// Human or computer for each faction, and the seed.
    Seats,
    /// Saved games to continue.
    Saves { cursor: usize },
    /// A saved game stepped through turn by turn, everything revealed.
    Replay { index: usize, scroll: u16 },
    /// The facilitator's controls; `back` is the game screen it was opened from.
    Umpire { tab: usize, cursor: usize, scroll: u16, back: Box<Screen> },
    /// The public view for a projector.
    Projector { back: Box<Screen> },
    /// "Pass to …": hides everything the previous team saw.
    Handover { faction: usize, then: Then },
    /// A team's private briefing.
    Briefing { faction: usize, scroll: u16 },
    /// A team's turn: overview and orders.
    Turn(TurnScreen),
    /// What happened this turn (public).
    Resolution { scroll: u16 },
    /// Charts of values over the turns: chart `series`, its line `line` picked out.
    History { series: usize, line: usize, back: Box<Screen> },
    /// Final scores.
    Debrief { scroll: u16 },
    /// A hosted game's team between its turns: its orders are in (or the game has not started).
    Waiting { faction: usize },
    /// A hosted game's room: every seat, its join code and who is in it (the facilitator's).
    Lobby { cursor: usize },
}

/// An overlay drawn over the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    /// The keys of the current screen.
    Help,
    /// "Quit? y/n".
    ConfirmQuit,
    /// The game could not be saved on quitting: back to it, or quit without saving.
    Unsaved,
}

/// How the interface ended, for the command's exit code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The player quit; the game in progress, if any, was saved (or autosave is off).
    Quit,
    /// The save failed and the player chose to quit without saving.
    Unsaved(Unsaved),
}

/// A game the player chose to lose when it could not be saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsaved {
    /// Which game, at which turn.
    pub game: String,
    /// Why the save failed.
    pub reason: String,
    /// Its save file, when an earlier save of this game is still there.
    pub kept: Option<PathBuf>,
    /// The language to say it in.
    pub lang: Lang,
}

impl Unsaved {
    /// What was lost, in one sentence or two, for stderr.
    pub fn message(&self) -> String {
        let lang = self.lang;
        let kept = match &self.kept {
            Some(path) => tr!(lang, "screen-unsaved-kept", path = path.display().to_string()),
            None => tr!(lang, "screen-unsaved-none-kept"),
        };
        tr!(lang, "screen-unsaved-message", game = self.game.as_str(), reason = self.reason.as_str(), kept = kept)
    }
}

/// The save record of the game in progress and its file, as the app last
/// recorded them, shared with the thread that saves the game when a signal
/// ends the process. Empty while autosave is off or no game is in progress.
#[derive(Debug, Clone, Default)]
pub struct Published(Arc<Mutex<Option<(PathBuf, Save)>>>);

impl Published {
    /// Locks it; whoever holds it may write the save (a panic elsewhere while
    /// it was held does not make it unusable).
    pub fn lock(&self) -> MutexGuard<'_, Option<(PathBuf, Save)>> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// A copy of what it holds.
    pub fn current(&self) -> Option<(PathBuf, Save)> {
        self.lock().clone()
    }
}

/// Something on screen that a click can reach.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A row of the current list.
    Row(usize),
    /// A row of the target picker (drawn over the list, whose rows stay on screen around it).
    Choice(usize),
    /// A tab.
    Tab(usize),
    /// A button that does what this action does.
    Button(Action),
    /// Not clickable: the furthest a scrolling text on screen can scroll.
    ScrollMax(u16),
}

/// A clickable area recorded while drawing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Where.
    pub rect: Rect,
    /// What clicking it means.
    pub target: Target,
}

/// The whole interface state.
#[derive(Debug)]
pub struct App {
    /// Styles.
    pub theme: Theme,
    /// Scenarios on offer.
    pub catalog: Vec<Entry>,
    /// Current screen.
    pub screen: Screen,
    /// Seat choices before the game starts.
    pub setup: Option<Setup>,
    /// The game, once started.
    pub session: Option<Session>,
    /// Teams still to read their briefing.
    pub briefings: VecDeque<usize>,
    /// Help or quit confirmation.
    pub overlay: Option<Overlay>,
    /// Clickable areas of the last frame.
    pub hits: Vec<Hit>,
    /// False once the player has quit.
    pub running: bool,
    /// Autosave settings; `None` never writes a file (tests, replays).
    pub saving: Option<Saving>,
    /// Saved games offered by "Continue" and "Load game".
    pub saves: Vec<SaveEntry>,
    /// A one-line message for the key bar (a save written, a failure), cleared by the next key.
    pub status: Option<String>,
    /// Facilitator mode: the umpire screen (`U`) is available.
    pub facilitator: bool,
    /// A question being typed in (a reason, a value, a news item).
    pub prompt: Option<Prompt>,
    /// The turn timer, when the game has one.
    pub timer: Option<TurnTimer>,
    /// Milliseconds from any fixed point (the real clock, or a fake one in tests).
    pub clock_ms: fn() -> u64,
    /// Why the last save failed; `None` once a save succeeds.
    pub save_error: Option<String>,
    /// The game in progress's save record, for the signal thread.
    pub published: Published,
    /// How the interface ended (read once `running` is false).
    pub outcome: Outcome,
    /// A terminal bell to ring at the next draw (the one-minute warning).
    pub bell: bool,
    /// The facilitator code that opens the umpire screen (facilitator mode only).
    pub umpire_code: Option<String>,
    /// The umpire's Adjust list filter, and whether it is being typed.
    pub umpire_filter: (String, bool),
    /// The umpire's form for a team's own proposal (the matrix option): a draft until it is rolled.
    pub proposal: Option<ProposalForm>,
    /// Lines of news the projector view has scrolled past.
    pub projector_scroll: u16,
    /// The seat of a hosted game this interface is (`None`: the game is played here).
    pub remote: Option<Remote>,
    /// What the last change to the scenario file did (`play --reload`),
    /// shown over the screen whenever no other overlay is open, until dismissed.
    pub reload: Option<Notice>,
    /// The language of the interface's own words.
    pub lang: Lang,
    /// Who puts right-to-left text in order: Harmattan (the default) or the terminal.
    pub bidi: Bidi,
}

/// A seat of a hosted game: the game is the host's; this interface shows
/// the seat's view of it and sends the host what the seat decides.
#[derive(Debug)]
pub struct Remote {
    /// The game.
    pub shared: Arc<Shared>,
    /// Which seat.
    pub place: usize,
    /// What the seat is for.
    pub role: Role,
    /// The last view received, besides the game (which is in `App::session`).
    pub status: Status,
    /// The queued orders last sent to the host.
    pub sent: FactionOrders,
    /// Turns whose results the seat has been shown (a team reading its briefing sees them after).
    pub seen: usize,
}

/// A line of text the umpire is typing, and what it is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    /// The question.
    pub label: String,
    /// What has been typed.
    pub text: String,
    /// What the answer is for.
    pub purpose: Purpose,
    /// Why the last answer was refused (the prompt stays open to try again).
    pub error: Option<String>,
}

/// What a prompt's answer is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Purpose {
    /// The new value of a slot; then its reason.
    Value(Slot),
    /// The text of a news item; then its reason.
    News,
    /// The reason for an intervention, which then applies.
    Reason(Intervention),
    /// The reason for undoing the last turn.
    Undo,
    /// The facilitator code, to open the umpire screen (typed text is hidden).
    Code,
    /// A change to a value in the proposal form: on success or on failure.
    Change { success: bool, slot: Slot },
}

/// The umpire's form for a team's own proposal, not on the list of actions
/// (the matrix option): the team, its words, the chance the umpire judges,
/// the changes of each outcome, the reason; previewed, then rolled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProposalForm {
    /// The team that proposes (a playable faction).
    pub faction: usize,
    /// The team's words.
    pub text: String,
    /// The chance the umpire judges, 0–100 in steps of [`CHANCE_STEP`].
    pub chance: i64,
    /// Changes if it succeeds.
    pub on_success: Vec<(Slot, i64)>,
    /// Changes if it fails.
    pub on_failure: Vec<(Slot, i64)>,
    /// Why the umpire judged it so.
    pub reason: String,
    /// The field with the keyboard ([`FormField::ALL`]).
    pub field: FormField,
    /// Where the form is.
    pub step: FormStep,
    /// Why the last preview was refused.
    pub error: Option<String>,
    /// The umpire tab it was opened over (picking a value shows the Adjust tab).
    pub tab: usize,
}

/// A field of the proposal form, top to bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormField {
    /// The team (←→).
    Team,
    /// The team's words (typed).
    Text,
    /// The chance (←→).
    Chance,
    /// The changes if it succeeds (Enter adds one).
    Success,
    /// The changes if it fails.
    Failure,
    /// The reason (typed).
    Reason,
    /// The button that shows the preview.
    Preview,
}

impl FormField {
    /// Every field, in order.
    pub const ALL: [FormField; 7] = [
        FormField::Team,
        FormField::Text,
        FormField::Chance,
        FormField::Success,
        FormField::Failure,
        FormField::Reason,
        FormField::Preview,
    ];

    /// Whether printable keys type into it.
    pub fn typed(self) -> bool {
        matches!(self, FormField::Text | FormField::Reason)
    }

    fn moved(self, by: isize) -> FormField {
        let i = Self::ALL.iter().position(|&f| f == self).unwrap_or(0);
        let last = Self::ALL.len() - 1;
        Self::ALL[i.saturating_add_signed(by).min(last)]
    }
}

/// Where the proposal form is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormStep {
    /// Hidden; the draft is kept (`a` opens it again).
    Closed,
    /// Being filled in.
    Editing,
    /// A value is being picked on the Adjust tab, for success (`true`) or failure.
    Picking { success: bool },
    /// What will be recorded, before the roll.
    Preview,
    /// Rolled: what was recorded.
    Rolled(String),
}

/// The chance's step on the proposal form (←→).
pub const CHANCE_STEP: i64 = 5;

impl ProposalForm {
    /// A blank form for the first playable faction, at even odds.
    pub fn new(scn: &Scenario, tab: usize) -> Self {
        ProposalForm {
            faction: scn.factions.iter().position(|f| f.playable).unwrap_or(0),
            text: String::new(),
            chance: 50,
            on_success: Vec::new(),
            on_failure: Vec::new(),
            reason: String::new(),
            field: FormField::Team,
            step: FormStep::Editing,
            error: None,
            tab,
        }
    }

    /// The intervention it describes.
    pub fn intervention(&self) -> Intervention {
        Intervention::Proposal {
            faction: self.faction,
            proposal: self.text.trim().to_string(),
            chance: self.chance,
            on_success: self.on_success.clone(),
            on_failure: self.on_failure.clone(),
        }
    }

    /// Whether it is on screen and takes the keys (not hidden, not picking a value).
    pub fn open(&self) -> bool {
        matches!(self.step, FormStep::Editing | FormStep::Preview | FormStep::Rolled(_))
    }

    /// Whether a printable key types into it.
    pub fn typing(&self) -> bool {
        self.step == FormStep::Editing && self.field.typed()
    }
}

/// The seed used when none is given: fixed, so a class can replay a game.
pub const DEFAULT_SEED: u64 = 2025;

impl App {
    /// An app on the title screen.
    pub fn new(catalog: Vec<Entry>, theme: Theme) -> Self {
        App {
            theme,
            catalog,
            screen: Screen::Title { cursor: 0 },
            setup: None,
            session: None,
            briefings: VecDeque::new(),
            overlay: None,
            hits: Vec::new(),
            running: true,
            saving: None,
            saves: Vec::new(),
            status: None,
            facilitator: false,
            prompt: None,
            timer: None,
            clock_ms: system_ms,
            save_error: None,
            published: Published::default(),
            outcome: Outcome::Quit,
            bell: false,
            umpire_code: None,
            umpire_filter: (String::new(), false),
            proposal: None,
            projector_scroll: 0,
            remote: None,
            reload: None,
            lang: Lang::En,
            bidi: Bidi::App,
        }
    }

    /// This app with its own words in `lang`, and the scenarios on offer
    /// in `lang` where they have a translation.
    pub fn with_lang(mut self, lang: Lang) -> Self {
        if lang != self.lang {
            self.lang = lang;
            self.load_catalog_in_language();
        }
        self
    }

    /// This app with right-to-left text put in order by `bidi` (see [`Bidi`]).
    pub fn with_bidi(mut self, bidi: Bidi) -> Self {
        self.bidi = bidi;
        self
    }

    /// The interface of seat `place` of a hosted game (a team, the projector,
    /// the umpire), showing that seat's view of it; `None` if there is no such seat.
    pub fn seat(shared: Arc<Shared>, place: usize, theme: Theme) -> Option<Self> {
        let View { session, status } = shared.view(place)?;
        let (role, bidi) = {
            let table = shared.lock();
            (table.places.get(place)?.role, table.bidi)
        };
        let mut app = App::new(Vec::new(), theme).with_lang(status.lang).with_bidi(bidi);
        app.timer = status.timer.clone();
        app.facilitator = role == Role::Umpire;
        let stage = session.record.stage;
        app.screen = match role {
            Role::Team(faction) if !status.started => Screen::Waiting { faction },
            Role::Team(_) if session.state.is_over() => Screen::Debrief { scroll: 0 },
            Role::Team(faction) if stage == Stage::Briefings => Screen::Briefing { faction, scroll: 0 },
            Role::Team(_) if stage == Stage::Results => Screen::Resolution { scroll: 0 },
            Role::Team(faction) => Screen::Waiting { faction },
            Role::Projector => Screen::Projector { back: Box::new(Screen::Lobby { cursor: 0 }) },
            Role::Umpire if !status.started => Screen::Lobby { cursor: 0 },
            Role::Umpire => {
                Screen::Umpire { tab: 0, cursor: 0, scroll: 0, back: Box::new(Screen::Lobby { cursor: 0 }) }
            }
        };
        let sent = status.draft.clone();
        let seen = session.record.turns.len();
        let started = status.started;
        app.session = Some(session);
        app.remote = Some(Remote { shared, place, role, status, sent, seen });
        if matches!((role, &app.screen), (Role::Team(_), Screen::Waiting { .. })) && started {
            app.screen = app.seat_turn();
        }
        Some(app)
    }

    /// A hosted game changed: takes the seat's new view, and moves a team
    /// on when its turn resolved, was taken back, or timed out.
    pub fn sync(&mut self) {
        let Some(remote) = &mut self.remote else { return };
        if remote.shared.version() == remote.status.version {
            return;
        }
        let Some(View { session, status }) = remote.shared.view(remote.place) else { return };
        let before = std::mem::replace(&mut remote.status, status);
        // The seat's language is the host's to keep (a reconnection finds it).
        self.lang = remote.status.lang;
        let Some(old) = self.session.replace(session) else { return };
        let (role, now) = (remote.role, &remote.status);
        let Some(new) = &self.session else { return };
        let lang = self.lang;
        if now.bells > before.bells {
            self.bell = !now.timer.as_ref().is_some_and(|t| t.muted);
            self.status = Some(tr!(lang, "screen-status-one-minute"));
        }
        let (old_turn, turn) = (old.state.turn, new.state.turn);
        let (over, started) = (new.state.is_over(), now.started);
        self.timer = now.timer.clone();
        let moved = turn != old_turn || over != old.state.is_over();
        if moved {
            self.projector_scroll = 0;
        }
        let Role::Team(faction) = role else {
            if role == Role::Umpire && started && !before.started && matches!(self.screen, Screen::Lobby { .. }) {
                self.screen =
                    Screen::Umpire { tab: 0, cursor: 0, scroll: 0, back: Box::new(Screen::Lobby { cursor: 0 }) };
            }
            return;
        };
        // "Algeria has confirmed": who, never what.
        let confirmed: Vec<String> = old
            .waiting
            .iter()
            .filter(|&&f| f != faction && turn == old_turn && !new.waiting.contains(&f))
            .filter_map(|&f| new.scenario.factions.get(f).map(|d| d.name.clone()))
            .collect();
        if !confirmed.is_empty() && self.prompt.is_none() {
            let names = names_in(lang, &confirmed);
            self.status = Some(tr!(lang, "screen-status-confirmed", count = confirmed.len(), names = names));
        }
        let expected = new.waiting.contains(&faction);
        let resolved = new.record.turns.len() > old.record.turns.len();
        let playing = matches!(game_screen(&self.screen), Screen::Turn(_) | Screen::Waiting { .. });
        if started && !before.started {
            self.screen = Screen::Briefing { faction, scroll: 0 };
        } else if resolved && playing {
            self.prompt = None;
            remote.seen = new.record.turns.len();
            self.screen = Screen::Resolution { scroll: 0 };
        } else if turn < old_turn || moved && !resolved {
            self.status = Some(tr!(lang, "screen-status-taken-back", turn = turn));
            self.screen = self.seat_turn();
        } else if !expected && matches!(game_screen(&self.screen), Screen::Turn(_)) {
            self.status = Some(match new.seats.get(faction) {
                Some(Some(Seat::Ai(_))) => tr!(lang, "screen-status-seat-to-computer"),
                _ if now.timer.as_ref().is_some_and(|t| t.on_expiry == OnExpiry::SubmitNothing) => {
                    tr!(lang, "screen-status-time-up-nothing")
                }
                _ => tr!(lang, "screen-status-time-up-queued"),
            });
            self.screen = Screen::Waiting { faction };
        } else if expected && matches!(self.screen, Screen::Waiting { .. }) && started {
            self.screen = self.seat_turn();
        }
    }

    /// A team of a hosted game opens its orders: its turn screen with what
    /// it had queued, or the waiting screen when its orders are in.
    fn seat_turn(&mut self) -> Screen {
        let Some(remote) = &mut self.remote else { return Screen::Title { cursor: 0 } };
        let Role::Team(faction) = remote.role else { return self.screen.clone() };
        let Some(session) = &self.session else { return Screen::Title { cursor: 0 } };
        // Results that came while the team read something else come first.
        if session.record.turns.len() > remote.seen {
            remote.seen = session.record.turns.len();
            return Screen::Resolution { scroll: 0 };
        }
        if session.state.is_over() {
            return Screen::Debrief { scroll: 0 };
        }
        if !session.waiting.contains(&faction) {
            return Screen::Waiting { faction };
        }
        let _ = remote.shared.apply(remote.place, Command::Ready);
        let draft = remote.sent.clone();
        match self.turn_screen(faction) {
            Screen::Turn(t) => Screen::Turn(TurnScreen { draft, ..t }),
            other => other,
        }
    }

    /// Sends the host a command for this seat, when the game is hosted:
    /// `Some(Ok)` when done, `Some(Err)` with why not; `None` when the game is played here.
    fn send(&mut self, command: Command) -> Option<Result<(), String>> {
        let remote = self.remote.as_ref()?;
        let done = remote.shared.apply(remote.place, command);
        self.sync();
        Some(done)
    }

    /// Facilitator mode: the game starts on the umpire screen, and `U` opens
    /// it with a facilitator code, generated here (see [`App::with_facilitator_code`]).
    pub fn with_facilitator(mut self) -> Self {
        self.facilitator = true;
        if self.umpire_code.is_none() {
            self.umpire_code = Some(crate::tui::screens::umpire::facilitator_code());
        }
        self
    }

    /// Facilitator mode with a code the facilitator chose.
    pub fn with_facilitator_code(mut self, code: &str) -> Self {
        self.umpire_code = Some(code.trim().to_uppercase());
        self.with_facilitator()
    }

    /// A countdown for each turn's orders.
    pub fn with_timer(mut self, limit: std::time::Duration, on_expiry: OnExpiry) -> Self {
        self.timer = Some(TurnTimer::new(limit, on_expiry, (self.clock_ms)()));
        self
    }

    /// Turns on autosave, and offers the saves already in its folder.
    pub fn with_saving(mut self, saving: Saving) -> Self {
        crate::files::remove_stale_temporaries(&saving.dir, std::time::SystemTime::now());
        self.saves = saved_games(&saving.dir);
        self.saving = Some(saving);
        self
    }

    /// Steps through a saved game from its first turn, everything revealed, for a debrief.
    pub fn replay_view(mut self, loaded: SavedGame) -> Self {
        self.session = Some(Session::resume(loaded));
        self.screen = Screen::Replay { index: 0, scroll: 0 };
        self
    }

    /// Resumes a saved game where it stopped (autosaving back into its file).
    pub fn resume_game(mut self, loaded: SavedGame, path: std::path::PathBuf) -> Self {
        self.load_session(loaded, Some(path));
        self
    }

    /// Continues a loaded save: the next team's hand-over, or the debrief.
    fn load_session(&mut self, loaded: SavedGame, path: Option<std::path::PathBuf>) -> Screen {
        if let (Some(saving), Some(path)) = (&mut self.saving, path) {
            saving.path = Some(path);
        }
        let turn = loaded.save.state.turn;
        self.session = Some(Session::resume(loaded));
        self.publish();
        self.briefings.clear();
        self.status = Some(tr!(self.lang, "screen-status-loaded", turn = turn));
        self.screen = self.next_team();
        self.screen.clone()
    }

    /// The game's save file (the one it was loaded from, or a fresh name
    /// chosen once per game), when autosave is on and there is a game.
    fn save_path(&mut self) -> Option<PathBuf> {
        let (Some(saving), Some(session)) = (&mut self.saving, &self.session) else { return None };
        let dir = &saving.dir;
        let path =
            saving.path.get_or_insert_with(|| save::fresh_path(dir, &session.scenario.slug(), &session.record.started));
        Some(path.clone())
    }

    /// Shares the game's current record with the signal thread, so a signal
    /// saves what a quit would (nothing when the game is over); returns the
    /// save's file. Called whenever the record changes: at the start of a
    /// game, on loading one, and on every save.
    fn publish(&mut self) -> Option<PathBuf> {
        let path = self.save_path()?;
        let session = self.session.as_ref()?;
        *self.published.lock() = (!session.state.is_over()).then(|| (path.clone(), session.record.clone()));
        Some(path)
    }

    /// Writes the game's save (atomically); failures are shown, never fatal.
    fn autosave(&mut self) {
        let now = (self.clock_ms)();
        if let Some(session) = &mut self.session {
            // The countdown and who is still thinking go into the save too, for the projector.
            session.stamp(self.timer.as_ref(), now);
        }
        let Some(path) = self.publish() else { return };
        let Some(session) = &self.session else { return };
        // Held while writing, so a signal arriving now waits instead of writing the same file.
        let held = self.published.lock();
        let written = save::write(&path, &session.record);
        drop(held);
        let lang = self.lang;
        self.status = Some(match written {
            Ok(()) => {
                self.save_error = None;
                tr!(lang, "screen-status-saved", path = path.display().to_string())
            }
            Err(e) => {
                self.save_error = Some(e.message(lang));
                tr!(lang, "screen-status-save-failed", error = e.message(lang))
            }
        });
    }

    /// The game in progress, for messages: scenario, turn, start time.
    pub fn game_in_progress(&self) -> Option<String> {
        let session = self.session.as_ref().filter(|s| !s.state.is_over())?;
        let scn = &session.scenario;
        Some(tr!(
            self.lang,
            "screen-game-in-progress",
            title = scn.meta.title.as_str(),
            turn = session.state.turn,
            turns = scn.turns(),
            started = session.record.started.as_str()
        ))
    }

    /// Writes the after-action report next to the save (Markdown and HTML).
    fn export_report(&mut self) {
        let lang = self.lang;
        let (Some(saving), Some(session)) = (&self.saving, &self.session) else {
            self.status = Some(tr!(lang, "screen-status-report-not-saving"));
            return;
        };
        let Some(path) = saving.path.clone() else { return };
        let loaded = SavedGame { save: session.record.clone(), scenario: (*session.scenario).clone() };
        let stem = path.with_extension("");
        let mut written = Vec::new();
        for (format, ext) in [(report::Format::Html, "html"), (report::Format::Markdown, "md")] {
            let target = std::path::PathBuf::from(format!("{}-report.{ext}", stem.display()));
            let text = report::export_in(&loaded, format, lang);
            match crate::files::write_atomic(&target, text.as_bytes()) {
                Ok(()) => written.push(target.display().to_string()),
                Err(e) => {
                    let path = target.display().to_string();
                    self.status = Some(tr!(
                        lang,
                        "screen-status-write-failed",
                        path = path,
                        error = crate::i18n::io_error(&e, lang)
                    ));
                    return;
                }
            }
        }
        if let [html, markdown] = written.as_slice() {
            self.status =
                Some(tr!(lang, "screen-status-report-written", html = html.as_str(), markdown = markdown.as_str()));
        }
    }

    /// Opens the first catalog entry: its seat screen, or the game itself with `seats`.
    pub fn open_first(mut self, seed: u64, seats: Option<Vec<Option<Seat>>>) -> Self {
        self.choose_scenario(0);
        if let Some(setup) = &mut self.setup {
            setup.seed = seed;
        }
        if let (Some(seats), Some(setup)) = (seats, &mut self.setup) {
            setup.seats = seats;
            self.start_game();
        }
        self
    }

    /// The scenario of the game or of the entry being set up.
    pub fn scenario(&self) -> Option<&Scenario> {
        if let Some(s) = &self.session {
            return Some(&s.scenario);
        }
        let entry = self.setup.as_ref().map_or(0, |s| s.entry);
        self.catalog.get(entry).and_then(|e| e.loaded.scenario.as_ref())
    }

    /// Leaves, saving a game in progress first; when that save fails, asks
    /// whether to go back to the game or quit without saving.
    fn quit(&mut self) {
        if self.session.as_ref().is_some_and(|s| !s.state.is_over()) {
            self.autosave();
            if self.saving.is_some() && self.save_error.is_some() {
                self.overlay = Some(Overlay::Unsaved);
                return;
            }
        }
        self.running = false;
    }

    /// Leaves without saving, as the player chose after the save failed.
    fn discard(&mut self) {
        let lang = self.lang;
        let game = self.game_in_progress().unwrap_or_else(|| tr!(lang, "screen-the-game"));
        let reason = self.save_error.clone().unwrap_or_else(|| tr!(lang, "screen-unknown-reason"));
        let kept = self.saving.as_ref().and_then(|s| s.path.clone()).filter(|p| p.is_file());
        self.outcome = Outcome::Unsaved(Unsaved { game, reason, kept, lang });
        // Nor does a signal arriving now save it.
        *self.published.lock() = None;
        self.running = false;
    }

    /// A key or click while the "could not save" question is open: only
    /// Esc or `n` (back to the game) and `d` (quit without saving) answer it.
    fn unsaved_key(&mut self, action: Action) {
        let action = match action {
            Action::Click(x, y) => match self.hit_at(x, y) {
                Some(Hit { target: Target::Button(button), .. }) => button,
                _ => return,
            },
            other => other,
        };
        match action {
            Action::Back | Action::Char('n' | 'N') => self.overlay = None,
            Action::Char('d' | 'D') => self.discard(),
            _ => {}
        }
    }

    /// A key or click while the reload notice is open: it scrolls, Esc or
    /// Enter closes it, `q` asks whether to quit; nothing reaches the screen behind it.
    fn notice_key(&mut self, action: Action) {
        // The notice is drawn last: the last scroll limit of the frame is its own.
        let max = self.hits.iter().rev().find_map(|h| match h.target {
            Target::ScrollMax(max) => Some(max),
            _ => None,
        });
        let Some(notice) = &mut self.reload else { return };
        let scroll = notice.scroll;
        notice.scroll = match action {
            Action::Back | Action::Select => return self.reload = None,
            Action::Quit => return self.overlay = Some(Overlay::ConfirmQuit),
            Action::Up | Action::ScrollUp => scroll.saturating_sub(1),
            Action::Down | Action::ScrollDown => scroll.saturating_add(1),
            Action::PageUp => scroll.saturating_sub(10),
            Action::PageDown => scroll.saturating_add(10),
            _ => scroll,
        }
        .min(max.unwrap_or(u16::MAX));
    }

    /// The scenario file changed (`play --reload`). A version that loads
    /// takes the place of the one being played: the game is re-played on it
    /// from the same seed and orders up to the same turn, and goes on from
    /// the same screen where that still makes sense; what no longer fits is
    /// dropped and named. A version with errors is shown over the screen,
    /// and the game goes on with the last good one.
    pub fn reload_scenario(&mut self, loaded: Loaded) {
        if self.remote.is_some() {
            return;
        }
        let index = self.catalog.iter().position(|e| e.name == loaded.name);
        let file = crate::text::printable(&loaded.name).into_owned();
        let Some(new) = loaded.scenario.clone() else {
            if !matches!(self.screen, Screen::Problems { entry, .. } if Some(entry) == index) {
                self.reload = Some(Notice::problems(self.lang, &loaded));
            }
            // A file that never loaded shows its newest problems on the title and problems screens.
            if let Some(entry) = index.and_then(|i| self.catalog.get_mut(i)).filter(|e| e.loaded.scenario.is_none()) {
                entry.loaded = loaded;
            }
            return;
        };
        self.reload = None;
        let before = index.and_then(|i| self.catalog.get_mut(i)).map(|e| std::mem::replace(&mut e.loaded, loaded));
        match self.session.take() {
            Some(old) => self.reload_game(old, new, &file),
            None => {
                self.reload_setup(before.and_then(|l| l.scenario).as_ref(), &new, index);
                self.status = Some(tr!(self.lang, "screen-status-reloaded", file = file));
            }
        }
    }

    /// Before a game starts: the seat screen offers the new version (each
    /// faction keeps its seat), and a problems screen gives way to it.
    fn reload_setup(&mut self, old: Option<&Scenario>, new: &Scenario, index: Option<usize>) {
        if let (Some(setup), Some(old)) = (&mut self.setup, old) {
            let seat_of = |id: &str| old.factions.iter().position(|f| f.id == id).and_then(|f| setup.seats.get(f));
            let seats: Vec<Option<Seat>> = new
                .factions
                .iter()
                .map(|f| f.playable.then(|| seat_of(&f.id).copied().flatten().unwrap_or(Seat::Human)))
                .collect();
            setup.seats = seats;
        }
        if let (Screen::Problems { entry, .. }, Some(i)) = (&self.screen, index) {
            if *entry == i {
                self.choose_scenario(i);
            }
        }
    }

    /// A game in progress goes on on `new`: re-played, its screen, queued
    /// orders and umpire's questions carried over, saved, and what was dropped shown.
    fn reload_game(&mut self, old: Session, new: Scenario, file: &str) {
        let lang = self.lang;
        if old.scenario.source == new.source {
            self.session = Some(old);
            self.status = Some(tr!(lang, "screen-status-reload-unchanged", file = file));
            return;
        }
        let (session, mut notes) = rebase::session(lang, &old, new);
        let screen = std::mem::replace(&mut self.screen, Screen::Title { cursor: 0 });
        let carried = rebase::screen(lang, screen, &old, &session, &mut notes);
        let (was, now) = (&old.scenario, &session.scenario);
        let humans = session.humans();
        self.briefings = self
            .briefings
            .iter()
            .filter_map(|&f| rebase::faction(was, now, f))
            .filter(|f| humans.contains(f))
            .collect();
        self.prompt =
            self.prompt.take().and_then(|p| Some(Prompt { purpose: rebase::purpose(was, now, p.purpose)?, ..p }));
        self.proposal = self.proposal.take().and_then(|form| rebase::form(was, now, form));
        self.session = Some(session);
        self.screen = match carried {
            Some(screen) => screen,
            None => self.next_team(),
        };
        self.autosave();
        let Some(session) = &self.session else { return };
        let turn = session.state.turn;
        let mut said = if session.state.is_over() {
            tr!(lang, "screen-status-reloaded-ends", file = file, turn = turn)
        } else {
            tr!(lang, "screen-status-reloaded-replayed", file = file, turn = turn)
        };
        if let Some(e) = &self.save_error {
            said = tr!(lang, "screen-status-reloaded-unsaved", said = said, error = e.as_str());
        }
        if !notes.is_empty() {
            self.reload = Some(Notice::dropped(lang, said.clone(), &notes));
        }
        self.status = Some(said);
    }

    /// Applies one action. A hosted game's projector only scrolls and
    /// quits; a team's queued orders go to the host as they change.
    pub fn update(&mut self, action: Action) {
        if let Some(remote) = &self.remote {
            let scrolls = matches!(
                action,
                Action::Up | Action::Down | Action::PageUp | Action::PageDown | Action::ScrollUp | Action::ScrollDown
            );
            let leaves = matches!(action, Action::Quit | Action::Interrupt | Action::Char('y' | 'Y' | 'n' | 'N'))
                || self.overlay.is_some();
            let lang = action == Action::Char(crate::host::langs::KEY);
            if remote.role == Role::Projector
                && !(scrolls || leaves || lang || matches!(action, Action::Resize | Action::Tick))
            {
                return;
            }
        }
        self.apply(action);
        let Some(remote) = &mut self.remote else { return };
        if let Screen::Turn(t) = game_screen(&self.screen) {
            if t.draft != remote.sent {
                remote.sent = t.draft.clone();
                let _ = remote.shared.apply(remote.place, Command::Draft(t.draft.clone()));
            }
        }
    }

    fn apply(&mut self, action: Action) {
        if action == Action::Interrupt {
            // Ctrl-C quits, saving first; once that save has failed, only `d` quits without saving.
            if self.overlay != Some(Overlay::Unsaved) {
                self.quit();
            }
            return;
        }
        if action != Action::Resize && action != Action::Tick {
            self.status = None;
        }
        self.check_timer();
        if action == Action::Tick {
            return;
        }
        if self.overlay == Some(Overlay::Unsaved) {
            return self.unsaved_key(action);
        }
        if self.overlay.is_none() && self.reload.is_some() {
            return self.notice_key(action);
        }
        if self.prompt.is_some() {
            return self.prompt_key(action);
        }
        if self.overlay.is_none() && self.proposal_open() {
            return self.proposal_key(action);
        }
        if action == Action::Char('U') && self.facilitator && self.session.is_some() && self.overlay.is_none() {
            // Only with the facilitator code: every attempt is recorded.
            if !matches!(self.screen, Screen::Umpire { .. } | Screen::Projector { .. }) {
                self.prompt = Some(Prompt {
                    label: tr!(self.lang, "screen-prompt-code"),
                    text: String::new(),
                    purpose: Purpose::Code,
                    error: None,
                });
            }
            return;
        }
        // A hosted seat reads its own language: `L` switches it on every screen.
        if action == Action::Char(crate::host::langs::KEY)
            && self.remote.is_some()
            && self.overlay.is_none()
            && !self.typing()
        {
            return self.switch_lang(None);
        }
        // An overlay takes every key and click: nothing reaches the screen behind it.
        match (self.overlay, action) {
            (_, Action::Resize) => return,
            (Some(Overlay::Help), _) => return self.overlay = None,
            (Some(Overlay::ConfirmQuit), Action::Char('y' | 'Y')) => return self.quit(),
            (Some(Overlay::ConfirmQuit), Action::Click(x, y)) => {
                // The question's own area says "y"; a click anywhere else means stay.
                let yes = Target::Button(Action::Char('y'));
                match self.hit_at(x, y) {
                    Some(hit) if hit.target == yes => self.quit(),
                    _ => self.overlay = None,
                }
                return;
            }
            (Some(Overlay::ConfirmQuit), _) => return self.overlay = None,
            (Some(Overlay::Unsaved), _) => return self.unsaved_key(action),
            (None, Action::Click(x, y)) => return self.click(x, y),
            (None, _) => {}
        }
        match action {
            Action::Help => return self.overlay = Some(Overlay::Help),
            Action::Quit if !self.typing() => return self.overlay = Some(Overlay::ConfirmQuit),
            _ => {}
        }
        let screen = std::mem::replace(&mut self.screen, Screen::Title { cursor: 0 });
        self.screen = match screen {
            Screen::Title { cursor } => self.title(cursor, action),
            Screen::Problems { entry, scroll } => match action {
                Action::Back | Action::Select => Screen::Title { cursor: entry },
                _ => Screen::Problems { entry, scroll: self.scrolled(scroll, action) },
            },
            Screen::Seats => self.seats(action),
            Screen::Replay { index, scroll } => {
                let last = self.session.as_ref().map_or(0, |s| s.record.turns.len().saturating_sub(1));
                match action {
                    Action::Right | Action::Select | Action::Char('n') if index < last => {
                        Screen::Replay { index: index + 1, scroll: 0 }
                    }
                    Action::Right | Action::Select | Action::Char('n') => Screen::Debrief { scroll: 0 },
                    Action::Left | Action::Char('p') => Screen::Replay { index: index.saturating_sub(1), scroll: 0 },
                    Action::Char('g') => {
                        Screen::History { series: 0, line: 0, back: Box::new(Screen::Replay { index, scroll }) }
                    }
                    _ => Screen::Replay { index, scroll: self.scrolled(scroll, action) },
                }
            }
            Screen::Umpire { tab, cursor, scroll, back } => self.umpire(tab, cursor, scroll, back, action),
            Screen::Projector { back } => match action {
                Action::Back | Action::Char('P') | Action::Select => {
                    Screen::Umpire { tab: 0, cursor: 0, scroll: 0, back }
                }
                Action::Up
                | Action::Down
                | Action::PageUp
                | Action::PageDown
                | Action::ScrollUp
                | Action::ScrollDown => {
                    self.projector_scroll = self.scrolled(self.projector_scroll, action);
                    Screen::Projector { back }
                }
                Action::Char('g') => {
                    self.projector_scroll = 0;
                    Screen::Projector { back }
                }
                _ => Screen::Projector { back },
            },
            Screen::Saves { cursor } => match action {
                Action::Up => Screen::Saves { cursor: cursor.saturating_sub(1) },
                Action::Down => Screen::Saves { cursor: (cursor + 1).min(self.saves.len().saturating_sub(1)) },
                Action::Select => self.load_entry(cursor),
                Action::Back => Screen::Title { cursor: 0 },
                _ => Screen::Saves { cursor },
            },
            Screen::Handover { faction, then } => match (action, then) {
                (Action::Select, Then::Briefing) => Screen::Briefing { faction, scroll: 0 },
                (Action::Select, Then::Turn) => {
                    let now = (self.clock_ms)();
                    if let Some(timer) = &mut self.timer {
                        timer.take_keyboard(faction, now);
                        if timer.in_last_call() {
                            // A last call starts: the projector shows its countdown.
                            self.autosave();
                        }
                    }
                    self.turn_screen(faction)
                }
                _ => Screen::Handover { faction, then },
            },
            Screen::Briefing { faction, scroll } => match action {
                Action::Select => self.after_briefing(),
                _ => Screen::Briefing { faction, scroll: self.scrolled(scroll, action) },
            },
            Screen::Turn(turn) => self.turn(turn, action),
            Screen::Resolution { scroll } => match action {
                Action::Select => self.after_resolution(),
                Action::Char('g') => {
                    Screen::History { series: 0, line: 0, back: Box::new(Screen::Resolution { scroll }) }
                }
                _ => Screen::Resolution { scroll: self.scrolled(scroll, action) },
            },
            Screen::History { series, line, back } => match action {
                Action::Back | Action::Select | Action::Char('g') => *back,
                Action::Down | Action::Next => {
                    let last =
                        self.session.as_ref().map_or(0, |s| history::series(s, self.lang).len().saturating_sub(1));
                    Screen::History { series: (series + 1).min(last), line: 0, back }
                }
                Action::Up | Action::Prev => Screen::History { series: series.saturating_sub(1), line: 0, back },
                // ←→ pick out one line of the chart (one region, one faction).
                Action::Right => {
                    let lines = self.session.as_ref().map_or(0, |s| {
                        history::series(s, self.lang).get(series).map_or(0, |(_, lines)| lines.len().saturating_sub(1))
                    });
                    Screen::History { series, line: (line + 1).min(lines), back }
                }
                Action::Left => Screen::History { series, line: line.saturating_sub(1), back },
                _ => Screen::History { series, line, back },
            },
            Screen::Debrief { scroll } if self.remote.is_some() => match action {
                Action::Char('g') => Screen::History { series: 0, line: 0, back: Box::new(Screen::Debrief { scroll }) },
                _ => Screen::Debrief { scroll: self.scrolled(scroll, action) },
            },
            Screen::Waiting { faction } => match action {
                Action::Char('g') if self.session.as_ref().is_some_and(|s| s.state.turn > 1) => {
                    Screen::History { series: 0, line: 0, back: Box::new(Screen::Waiting { faction }) }
                }
                _ => Screen::Waiting { faction },
            },
            Screen::Lobby { cursor } => self.lobby(cursor, action),
            Screen::Debrief { scroll } => match action {
                Action::Char('n') => {
                    self.session = None;
                    self.setup = None;
                    *self.published.lock() = None;
                    Screen::Title { cursor: 0 }
                }
                Action::Char('g') => Screen::History { series: 0, line: 0, back: Box::new(Screen::Debrief { scroll }) },
                Action::Char('e') => {
                    self.export_report();
                    Screen::Debrief { scroll }
                }
                _ => Screen::Debrief { scroll: self.scrolled(scroll, action) },
            },
        };
    }

    /// A scrolling text's new position, kept within what the last frame could show.
    fn scrolled(&self, scroll: u16, action: Action) -> u16 {
        let max = self
            .hits
            .iter()
            .find_map(|h| match h.target {
                Target::ScrollMax(max) => Some(max),
                _ => None,
            })
            .unwrap_or(u16::MAX);
        let moved = match action {
            Action::Up | Action::ScrollUp => scroll.saturating_sub(1),
            Action::Down | Action::ScrollDown => scroll.saturating_add(1),
            Action::PageUp => scroll.saturating_sub(10),
            Action::PageDown => scroll.saturating_add(10),
            _ => scroll,
        };
        moved.min(max)
    }

    /// Keys on the umpire screen.
    fn umpire(&mut self, tab: usize, cursor: usize, scroll: u16, back: Box<Screen>, action: Action) -> Screen {
        let rows = self.session.as_ref().map_or(0, |s| umpire_rows(s, tab, &self.umpire_filter.0));
        let lang = self.lang;
        let here = |tab, cursor, scroll, back| Screen::Umpire { tab, cursor, scroll, back };
        let ask = |label: String, purpose| Some(Prompt { label, text: String::new(), purpose, error: None });
        let last = rows.saturating_sub(1);
        // Typing the Adjust list's filter: every printable key is part of it.
        if tab == 3 && self.umpire_filter.1 {
            match action {
                Action::Char(c) if self.umpire_filter.0.chars().count() < 40 => {
                    self.umpire_filter.0.push(c);
                    return here(tab, 0, 0, back);
                }
                Action::Delete => {
                    self.umpire_filter.0.pop();
                    return here(tab, 0, 0, back);
                }
                Action::Back => {
                    self.umpire_filter = (String::new(), false);
                    return here(tab, 0, 0, back);
                }
                Action::Next | Action::Prev => self.umpire_filter.1 = false,
                _ => {}
            }
        }
        // Picking a value for the proposal form: the Adjust list, where Enter picks and Esc goes back.
        if let Some(FormStep::Picking { success }) = self.proposal.as_ref().map(|f| f.step.clone()) {
            match action {
                Action::Select => {
                    let slots = self.session.as_ref().map(|s| adjustable_matching(&s.scenario, &self.umpire_filter.0));
                    if let (Some(&slot), Some(session)) = (slots.unwrap_or_default().get(cursor), &self.session) {
                        let label = crate::tui::screens::umpire::change_question(session, slot, success, self.lang);
                        self.umpire_filter.1 = false;
                        self.prompt = ask(label, Purpose::Change { success, slot });
                    }
                    return here(tab, cursor, scroll, back);
                }
                Action::Back => return self.back_to_form(back),
                Action::Up
                | Action::Down
                | Action::PageUp
                | Action::PageDown
                | Action::ScrollUp
                | Action::ScrollDown
                | Action::Char('/') => {}
                _ => return here(tab, cursor, scroll, back),
            }
        }
        let to_tab = |app: &mut App, t: usize| {
            app.umpire_filter = (String::new(), false);
            here(t, 0, 0, back.clone())
        };
        match action {
            Action::Back => return *back,
            Action::Next => return to_tab(self, (tab + 1) % UMPIRE_TABS.len()),
            Action::Prev => return to_tab(self, (tab + UMPIRE_TABS.len() - 1) % UMPIRE_TABS.len()),
            Action::Char(c @ '1'..='5') => return to_tab(self, usize::from(c as u8 - b'1')),
            Action::Up | Action::ScrollUp => {
                return here(tab, cursor.saturating_sub(1), self.scrolled(scroll, Action::Up), back);
            }
            Action::Down | Action::ScrollDown => {
                return here(tab, (cursor + 1).min(last), self.scrolled(scroll, Action::Down), back);
            }
            Action::PageUp => return here(tab, cursor.saturating_sub(10), self.scrolled(scroll, action), back),
            Action::PageDown => return here(tab, (cursor + 10).min(last), self.scrolled(scroll, action), back),
            Action::Char('/') if tab == 3 => {
                self.umpire_filter.1 = true;
                return here(tab, 0, 0, back);
            }
            Action::Char('P') => {
                self.projector_scroll = 0;
                return Screen::Projector { back: Box::new(here(tab, cursor, scroll, back)) };
            }
            Action::Char('p') if self.remote.is_some() => {
                let paused = self.timer.as_ref().map(TurnTimer::paused);
                self.status = Some(match (self.send(Command::Pause), paused) {
                    (Some(Err(e)), _) => tr!(lang, "screen-status-host-timer", error = e),
                    (_, Some(false)) => tr!(lang, "screen-status-timer-paused"),
                    _ => tr!(lang, "screen-status-timer-running"),
                });
            }
            Action::Char('m') if self.remote.is_some() => {
                let muted = self.timer.as_ref().is_some_and(|t| t.muted);
                self.status = Some(match self.send(Command::Mute) {
                    Some(Err(e)) => tr!(lang, "screen-status-host-timer", error = e),
                    _ => tr!(lang, if muted { "screen-status-bell-on" } else { "screen-status-bell-off" }),
                });
            }
            Action::Char('R') if self.remote.is_some() => return Screen::Lobby { cursor: 0 },
            Action::Char('p') => {
                let now = (self.clock_ms)();
                match &mut self.timer {
                    Some(t) if t.paused() => {
                        t.resume(now);
                        self.autosave();
                        self.status = Some(tr!(lang, "screen-status-timer-running"));
                    }
                    Some(t) => {
                        t.pause(now);
                        self.autosave();
                        self.status = Some(tr!(lang, "screen-status-timer-paused"));
                    }
                    None => self.status = Some(tr!(lang, "screen-status-no-timer")),
                }
            }
            Action::Char('m') => match &mut self.timer {
                Some(t) => {
                    t.muted = !t.muted;
                    let now = if t.muted { "screen-status-bell-off" } else { "screen-status-bell-on" };
                    self.status = Some(tr!(lang, now));
                }
                None => self.status = Some(tr!(lang, "screen-status-no-timer")),
            },
            Action::Char('n') => self.prompt = ask(tr!(lang, "screen-prompt-news"), Purpose::News),
            Action::Char('z') => {
                let last = self.session.as_ref().and_then(|s| s.last_report()).map(|r| r.turn);
                let label = match last {
                    Some(turn) => tr!(lang, "screen-prompt-undo-turn", turn = turn),
                    None => tr!(lang, "screen-prompt-undo-last"),
                };
                self.prompt = ask(label, Purpose::Undo);
            }
            Action::Char('E') => {
                self.prompt = ask(tr!(lang, "screen-prompt-end-game"), Purpose::Reason(Intervention::EndGame));
            }
            Action::Char('r') => self.publish_reason(),
            Action::Char('a') => {
                let Some(session) = &self.session else { return here(tab, cursor, scroll, back) };
                let form = self.proposal.get_or_insert_with(|| ProposalForm::new(&session.scenario, tab));
                (form.step, form.tab, form.error) = (FormStep::Editing, tab, None);
            }
            Action::Select => {
                let Some(session) = &self.session else { return here(tab, cursor, scroll, back) };
                match tab {
                    2 => {
                        if let Some(e) = session.scenario.events.get(cursor) {
                            let purpose = Purpose::Reason(Intervention::Inject { event: e.id.clone() });
                            self.prompt = ask(tr!(lang, "screen-prompt-inject", event = e.title.as_str()), purpose);
                        }
                    }
                    3 => {
                        let slots = adjustable_matching(&session.scenario, &self.umpire_filter.0);
                        if let Some(&slot) = slots.get(cursor) {
                            let scn = &session.scenario;
                            let now = slot_value(scn, slot, session.state.get(slot));
                            let label = tr!(
                                lang,
                                "screen-prompt-new-value",
                                value = slot_label(scn, slot),
                                now = now,
                                range = slot_range_in(lang, scn, slot)
                            );
                            self.umpire_filter.1 = false;
                            self.prompt = ask(label, Purpose::Value(slot));
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        here(tab, cursor, scroll, back)
    }

    /// A hosted seat's language moves on to the next: this seat's own, or
    /// (the umpire, from the room) seat `place`'s. The host keeps it for the
    /// seat's reconnections.
    fn switch_lang(&mut self, place: Option<usize>) {
        let Some(remote) = &self.remote else { return };
        let (place, now) = match place {
            Some(other) => match remote.status.room.iter().find(|s| s.place == other) {
                Some(seat) => (other, seat.lang),
                None => return,
            },
            None => (remote.place, self.lang),
        };
        if let Some(Err(e)) = self.send(Command::Lang(place, crate::host::langs::next(now))) {
            self.status = Some(e);
        }
    }

    /// Keys of a hosted game's room screen: pick a seat, give an absent
    /// team's faction to the computer (or back), choose a seat's language, start the game.
    fn lobby(&mut self, cursor: usize, action: Action) -> Screen {
        let Some(remote) = &self.remote else { return Screen::Title { cursor: 0 } };
        let (rows, started) = (remote.status.room.len(), remote.status.started);
        let umpire = Screen::Umpire { tab: 0, cursor: 0, scroll: 0, back: Box::new(Screen::Lobby { cursor }) };
        match action {
            Action::Left | Action::Right => {
                let place = remote.status.room.get(cursor).map(|s| s.place);
                if place.is_some() {
                    self.switch_lang(place);
                }
                Screen::Lobby { cursor }
            }
            Action::Up => Screen::Lobby { cursor: cursor.saturating_sub(1) },
            Action::Down => Screen::Lobby { cursor: (cursor + 1).min(rows.saturating_sub(1)) },
            Action::Char('a') => {
                let seat = remote.status.room.get(cursor).map(|s| (s.role, s.presence));
                let computer = crate::host::table::Presence::Computer;
                match seat {
                    Some((Role::Team(f), presence)) => {
                        let seat = if presence == computer { Seat::Human } else { crate::host::table::STAND_IN };
                        if let Some(Err(e)) = self.send(Command::Seat(f, seat)) {
                            self.status = Some(tr!(self.lang, "screen-status-not-done", error = e));
                        }
                    }
                    _ => self.status = Some(tr!(self.lang, "screen-status-only-team-seat")),
                }
                Screen::Lobby { cursor }
            }
            Action::Select | Action::Char('s') if !started => match self.send(Command::Start) {
                Some(Ok(())) => umpire,
                Some(Err(e)) => {
                    self.status = Some(tr!(self.lang, "screen-status-not-started", error = e));
                    Screen::Lobby { cursor }
                }
                None => Screen::Lobby { cursor },
            },
            Action::Select | Action::Back if started => umpire,
            _ => Screen::Lobby { cursor },
        }
    }

    /// A key while a prompt is open: type, erase, confirm or cancel.
    fn prompt_key(&mut self, action: Action) {
        let Some(prompt) = &mut self.prompt else { return };
        match action {
            Action::Char(c) if prompt.text.chars().count() < 200 => prompt.text.push(c),
            Action::Delete => {
                prompt.text.pop();
            }
            Action::Back => self.prompt = None,
            Action::Select => {
                if let Some(prompt) = self.prompt.take() {
                    self.answer(prompt);
                }
            }
            _ => {}
        }
    }

    /// Acts on a completed prompt.
    fn answer(&mut self, prompt: Prompt) {
        let text = prompt.text.trim().to_string();
        let lang = self.lang;
        let ask = |label: String, purpose| Some(Prompt { label, text: String::new(), purpose, error: None });
        match prompt.purpose {
            Purpose::Code => self.try_code(&text),
            Purpose::Change { success, slot } => {
                match crate::tui::screens::umpire::parse_change(slot, &text, self.lang) {
                    Ok(delta) => {
                        if let Some(form) = &mut self.proposal {
                            let list = if success { &mut form.on_success } else { &mut form.on_failure };
                            match list.iter_mut().find(|(s, _)| *s == slot) {
                                Some(change) => change.1 = delta,
                                None => list.push((slot, delta)),
                            }
                        }
                        let back = match &self.screen {
                            Screen::Umpire { back, .. } => back.clone(),
                            _ => return,
                        };
                        self.screen = self.back_to_form(back);
                    }
                    // The question stays open with what was typed, and says what is wrong.
                    Err(refused) => self.prompt = Some(Prompt { error: Some(refused), ..prompt }),
                }
            }
            Purpose::Value(slot) => {
                let Some(scn) = self.session.as_ref().map(|s| &s.scenario) else { return };
                let refused = match text.parse::<i64>() {
                    Ok(value) if crate::engine::state::clamp_slot(scn, slot, value) == value => {
                        let (value_label, to) = (slot_label(scn, slot), slot_value(scn, slot, value));
                        let what = tr!(lang, "screen-prompt-reason-set", value = value_label, to = to);
                        self.prompt = ask(what, Purpose::Reason(Intervention::Set { slot, value }));
                        return;
                    }
                    Ok(_) => {
                        tr!(lang, "screen-prompt-out-of-range", typed = text, range = slot_range_in(lang, scn, slot))
                    }
                    Err(_) if text.is_empty() => {
                        tr!(lang, "screen-prompt-type-value", range = slot_range_in(lang, scn, slot))
                    }
                    Err(_) => {
                        tr!(lang, "screen-prompt-not-number", typed = text, range = slot_range_in(lang, scn, slot))
                    }
                };
                // The question stays open with what was typed, and says what is wrong.
                self.prompt = Some(Prompt { error: Some(refused), ..prompt });
            }
            Purpose::News if text.is_empty() => self.status = Some(tr!(lang, "screen-status-news-empty")),
            Purpose::News => {
                self.prompt = ask(tr!(lang, "screen-prompt-news-reason"), Purpose::Reason(Intervention::News { text }))
            }
            Purpose::Reason(intervention) => {
                let Some(session) = &self.session else { return };
                let turn = session.state.turn;
                let ended = intervention == Intervention::EndGame;
                let ruled = self.rule(Ruling { turn, intervention, reason: text }, tr!(lang, "screen-status-done"));
                // Played here, the game's end shows the debrief; a hosted game's console stays on the umpire screen.
                if ruled && ended && self.remote.is_none() {
                    self.screen = Screen::Debrief { scroll: 0 };
                }
            }
            Purpose::Undo => {
                if let Some(done) = self.send(Command::Undo(text.clone())) {
                    self.status = Some(match done {
                        Ok(()) => tr!(lang, "screen-status-undone-here"),
                        Err(e) => tr!(lang, "screen-status-not-undone", error = e),
                    });
                    return;
                }
                let Some(session) = &mut self.session else { return };
                match session.undo(&text) {
                    Ok(turn) => {
                        // Back to the start of the turn: the first team's hand-over, or (computers
                        // only) the previous turn's resolution, from which Enter plays it again.
                        let next = match session.current() {
                            Some(faction) => Screen::Handover { faction, then: Then::Turn },
                            None => Screen::Resolution { scroll: 0 },
                        };
                        let orders_open = matches!(next, Screen::Handover { .. });
                        session.record.stage = if orders_open { Stage::Orders } else { Stage::Results };
                        let now = (self.clock_ms)();
                        if let Some(timer) = &mut self.timer {
                            if orders_open { timer.open_orders(now) } else { timer.stop() }
                        }
                        self.autosave();
                        self.status = Some(tr!(lang, "screen-status-undone", turn = turn));
                        if let Screen::Umpire { back, .. } = &mut self.screen {
                            **back = next;
                        }
                    }
                    Err(e) => self.status = Some(tr!(lang, "screen-status-not-undone", error = e)),
                }
            }
        }
    }

    /// The turn timer: a warning (and a bell unless muted) one minute before
    /// the end; at zero the team at the keyboard gives what it queued (or
    /// nothing, as chosen at the start) and is recorded as out of time, and
    /// every team that has not had the keyboard yet still gets it, with a last call.
    fn check_timer(&mut self) {
        if self.remote.is_some() {
            // A hosted game's timer is the host's.
            return;
        }
        let now = (self.clock_ms)();
        let lang = self.lang;
        let Some(timer) = &mut self.timer else { return };
        if !self.session.as_ref().is_some_and(|s| !s.waiting.is_empty() && !s.state.is_over()) {
            return;
        }
        if timer.take_warning(now) {
            self.bell = !timer.muted;
            self.status = Some(tr!(lang, "screen-status-one-minute"));
        }
        if !timer.expired(now) {
            return;
        }
        let on_expiry = timer.on_expiry;
        let cut = match timer.phase() {
            Phase::LastCall(Some(f)) => Some(f),
            _ => None,
        };
        timer.call_last();
        self.autosave();
        let at_keyboard = match game_screen(&self.screen) {
            Screen::Turn(t) => Some((t.faction, t.draft.clone())),
            _ => None,
        };
        let still_waiting = |f: &usize| self.session.as_ref().is_some_and(|s| s.waiting.contains(f));
        let cut = cut.filter(still_waiting).map(|f| (f, FactionOrders::default()));
        let seconds = crate::tui::timer::LAST_CALL.as_secs();
        let Some((faction, draft)) = at_keyboard.or(cut) else {
            self.status = Some(tr!(lang, "screen-status-last-calls", seconds = seconds));
            return;
        };
        let Some(session) = &mut self.session else { return };
        let orders = match on_expiry {
            OnExpiry::SubmitQueued => draft,
            OnExpiry::SubmitNothing => FactionOrders::default(),
        };
        let text = session.time_out(faction, orders);
        let more = session.current().is_some();
        let next = self.next_team();
        *game_screen_mut(&mut self.screen) = next;
        self.status = Some(if more {
            tr!(lang, "screen-status-timed-out-next", news = text, seconds = seconds)
        } else {
            tr!(lang, "screen-status-timed-out-resolves", news = text)
        });
    }

    /// Whether the proposal form is on the umpire screen and takes the keys.
    fn proposal_open(&self) -> bool {
        matches!(self.screen, Screen::Umpire { .. }) && self.proposal.as_ref().is_some_and(ProposalForm::open)
    }

    /// From picking a value back to the proposal form, over the tab it was opened on.
    fn back_to_form(&mut self, back: Box<Screen>) -> Screen {
        self.umpire_filter = (String::new(), false);
        let tab = self.proposal.as_mut().map_or(0, |form| {
            form.step = FormStep::Editing;
            form.tab
        });
        Screen::Umpire { tab, cursor: 0, scroll: 0, back }
    }

    /// A key on the proposal form: move between fields, choose the team and
    /// the chance, type the words and the reason, pick the changes, preview,
    /// roll. Esc closes it and keeps the draft.
    fn proposal_key(&mut self, action: Action) {
        let Some(mut form) = self.proposal.take() else { return };
        match (&form.step, action) {
            (_, Action::Help) => self.overlay = Some(Overlay::Help),
            (_, Action::Quit) => self.overlay = Some(Overlay::ConfirmQuit),
            (FormStep::Rolled(_), Action::Select | Action::Back) => return,
            (FormStep::Preview, Action::Back) => form.step = FormStep::Editing,
            (FormStep::Preview, Action::Select) => return self.roll_proposal(form),
            (FormStep::Editing, action) => self.edit_proposal(&mut form, action),
            _ => {}
        }
        self.proposal = Some(form);
    }

    /// A key on the proposal form while it is being filled in.
    fn edit_proposal(&mut self, form: &mut ProposalForm, action: Action) {
        use crate::engine::umpire::MAX_PROPOSAL;
        let Some(session) = &self.session else { return };
        let scn = &session.scenario;
        let playable: Vec<usize> = (0..scn.factions.len()).filter(|&f| scn.factions[f].playable).collect();
        let turn_team = |by: isize| {
            let i = playable.iter().position(|&f| f == form.faction).unwrap_or(0);
            let n = playable.len().max(1) as isize;
            playable.get(((i as isize + by).rem_euclid(n)) as usize).copied().unwrap_or(form.faction)
        };
        form.error = None;
        match (form.field, action) {
            (_, Action::Back) => form.step = FormStep::Closed,
            (_, Action::Up | Action::Prev) => form.field = form.field.moved(-1),
            (_, Action::Down | Action::Next) => form.field = form.field.moved(1),
            (FormField::Team, Action::Left) => form.faction = turn_team(-1),
            (FormField::Team, Action::Right) => form.faction = turn_team(1),
            (FormField::Chance, Action::Left) => form.chance = (form.chance - CHANCE_STEP).max(0),
            (FormField::Chance, Action::Right) => form.chance = (form.chance + CHANCE_STEP).min(100),
            (FormField::Text, Action::Char(c)) if form.text.chars().count() < MAX_PROPOSAL => form.text.push(c),
            (FormField::Reason, Action::Char(c)) if form.reason.chars().count() < 200 => form.reason.push(c),
            (FormField::Text, Action::Delete) => drop(form.text.pop()),
            (FormField::Reason, Action::Delete) => drop(form.reason.pop()),
            (FormField::Success, Action::Delete) => drop(form.on_success.pop()),
            (FormField::Failure, Action::Delete) => drop(form.on_failure.pop()),
            (FormField::Success | FormField::Failure, Action::Select) => {
                let success = form.field == FormField::Success;
                form.step = FormStep::Picking { success };
                self.umpire_filter = (String::new(), false);
                if let Screen::Umpire { tab, cursor, scroll, .. } = &mut self.screen {
                    (*tab, *cursor, *scroll) = (3, 0, 0);
                }
            }
            (FormField::Preview, Action::Select) => {
                let preview = crate::engine::umpire::preview(scn, &session.state, &form.intervention());
                match preview {
                    Err(e) => form.error = Some(e),
                    Ok(_) if form.reason.trim().is_empty() => {
                        form.error = Some(tr!(self.lang, "screen-error-reason-needed"));
                    }
                    Ok(_) => form.step = FormStep::Preview,
                }
            }
            (_, Action::Select) => form.field = form.field.moved(1),
            _ => {}
        }
    }

    /// Rolls a previewed proposal: sent to the host in a hosted game, else
    /// applied here and saved; the form then shows what was recorded.
    fn roll_proposal(&mut self, mut form: ProposalForm) {
        let Some(turn) = self.session.as_ref().map(|s| s.state.turn) else { return };
        let ruling = Ruling { turn, intervention: form.intervention(), reason: form.reason.trim().to_string() };
        if self.rule(ruling, tr!(self.lang, "screen-status-rolled")) {
            let said =
                self.session.as_ref().and_then(|s| s.state.start_log.last()?.news(&s.scenario).map(Cow::into_owned));
            form.step = FormStep::Rolled(said.unwrap_or_default());
        } else {
            form.step = FormStep::Editing;
            form.error = self.status.take();
        }
        self.proposal = Some(form);
    }

    /// Makes the reason for the last event the umpire brought in this turn
    /// public: a news item for every team and the projector (it is private otherwise).
    fn publish_reason(&mut self) {
        let Some(session) = &mut self.session else { return };
        let last = session.record.pending_rulings.iter().rev().find_map(|r| match &r.intervention {
            Intervention::Inject { event } => Some((event.clone(), r.reason.clone())),
            _ => None,
        });
        let lang = self.lang;
        let Some((event, reason)) = last else {
            self.status = Some(tr!(lang, "screen-status-nothing-to-publish"));
            return;
        };
        let title = session.scenario.events.iter().find(|e| e.id == event).map_or(event.clone(), |e| e.title.clone());
        let turn = session.state.turn;
        // The news goes into the game's record: in the language of the scenario's texts.
        let game = session.scenario.lang;
        let text = tr!(game, "screen-news-umpire-event", event = title, reason = reason);
        let reason = tr!(game, "screen-news-reason-public");
        let ruling = Ruling { turn, intervention: Intervention::News { text }, reason };
        self.rule(ruling, tr!(lang, "screen-status-reason-public"));
    }

    /// Applies an umpire's ruling: sent to the host in a hosted game, else
    /// applied here and saved. Says `done`, or why not; returns whether it was done.
    fn rule(&mut self, ruling: Ruling, done: String) -> bool {
        let result = match self.send(Command::Rule(ruling.clone())) {
            Some(result) => result,
            None => match &mut self.session {
                Some(session) => session.rule(ruling),
                None => return false,
            },
        };
        match result {
            Ok(()) => {
                if self.remote.is_none() {
                    self.autosave();
                }
                self.status = Some(done);
                true
            }
            Err(e) => {
                self.status = Some(tr!(self.lang, "screen-status-not-done", error = e));
                false
            }
        }
    }

    /// Checks a typed facilitator code, records the attempt in the save, and
    /// opens the umpire screen when it is right.
    fn try_code(&mut self, typed: &str) {
        let granted = self.umpire_code.as_deref().is_some_and(|code| typed.trim().eq_ignore_ascii_case(code));
        let at = save::timestamp((self.clock_ms)() / 1000);
        let Some(session) = &mut self.session else { return };
        session.record.umpire_access.push(UmpireAccess { turn: session.state.turn, at, granted });
        let status = self.status.take();
        self.autosave();
        self.status = status;
        if granted {
            let back = std::mem::replace(&mut self.screen, Screen::Title { cursor: 0 });
            self.screen = Screen::Umpire { tab: 0, cursor: 0, scroll: 0, back: Box::new(back) };
        } else {
            self.status = Some(tr!(self.lang, "screen-status-wrong-code"));
        }
    }

    /// Whether a text field has the keyboard (so `q` is a letter, not quit).
    pub fn typing(&self) -> bool {
        self.prompt.is_some()
            || matches!(self.screen, Screen::Umpire { tab: 3, .. }) && self.umpire_filter.1
            || self.proposal_open() && self.proposal.as_ref().is_some_and(ProposalForm::typing)
            || matches!(self.screen, Screen::Seats) && self.setup.as_ref().is_some_and(|s| s.seed_text.is_some())
    }

    /// The topmost clickable area under a cell of the last frame.
    fn hit_at(&self, x: u16, y: u16) -> Option<Hit> {
        self.hits.iter().rev().find(|h| h.rect.contains(Position { x, y })).copied()
    }

    fn click(&mut self, x: u16, y: u16) {
        let Some(hit) = self.hit_at(x, y) else { return };
        match hit.target {
            Target::ScrollMax(_) => {}
            Target::Button(action) => self.update(action),
            Target::Tab(index) => match &mut self.screen {
                Screen::Turn(turn) => {
                    turn.tab = Tab::ALL.get(index).copied().unwrap_or(Tab::Overview);
                    turn.cursor = 0;
                    turn.picker = None;
                }
                Screen::Umpire { tab, cursor, scroll, .. } => {
                    (*tab, *cursor, *scroll) = (index.min(UMPIRE_TABS.len() - 1), 0, 0);
                }
                _ => {}
            },
            Target::Choice(row) => {
                if let Screen::Turn(TurnScreen { picker: Some((_, selected)), .. }) = &mut self.screen {
                    let already = *selected == row;
                    *selected = row;
                    if already {
                        self.update(Action::Select);
                    }
                }
            }
            Target::Row(row) => {
                // A click on the list beside an open picker cancels the picker and selects that row.
                if let Screen::Turn(turn) = &mut self.screen {
                    if turn.picker.take().is_some() {
                        turn.cursor = row;
                        return;
                    }
                }
                let already = self.cursor() == Some(row);
                self.set_cursor(row);
                if already {
                    self.update(Action::Select);
                }
            }
        }
    }

    /// The selected row of the current list, if the screen has one.
    pub fn cursor(&self) -> Option<usize> {
        match &self.screen {
            Screen::Title { cursor } | Screen::Saves { cursor } => Some(*cursor),
            Screen::Seats => self.setup.as_ref().map(|s| s.cursor),
            Screen::Turn(t) => Some(t.picker.map_or(t.cursor, |p| p.1)),
            _ => None,
        }
    }

    fn set_cursor(&mut self, row: usize) {
        match &mut self.screen {
            Screen::Title { cursor } | Screen::Saves { cursor } => *cursor = row,
            Screen::Seats => {
                if let Some(s) = &mut self.setup {
                    s.cursor = row;
                }
            }
            Screen::Turn(t) => match &mut t.picker {
                Some(p) => p.1 = row,
                None => t.cursor = row,
            },
            _ => {}
        }
    }

    fn title(&mut self, cursor: usize, action: Action) -> Screen {
        let n = self.catalog.len();
        match action {
            Action::Up => Screen::Title { cursor: cursor.saturating_sub(1) },
            Action::Down => Screen::Title { cursor: (cursor + 1).min(n.saturating_sub(1)) },
            Action::Select => self.choose_scenario(cursor),
            Action::Char('o') if !self.saves.is_empty() => Screen::Saves { cursor: 0 },
            Action::Char('c') => match self.saves.iter().position(SaveEntry::unfinished) {
                Some(i) => self.load_entry(i),
                None => Screen::Title { cursor },
            },
            Action::Char('L') => {
                self.switch_language();
                Screen::Title { cursor }
            }
            _ => Screen::Title { cursor },
        }
    }

    /// `L` on the title screen: the next language, for the interface's own
    /// words at once and for the scenarios on offer.
    fn switch_language(&mut self) {
        let at = Lang::ALL.iter().position(|&l| l == self.lang).unwrap_or(0);
        self.lang = Lang::ALL[(at + 1) % Lang::ALL.len()];
        self.load_catalog_in_language();
    }

    /// Loads every scenario on offer again with its texts in the interface's
    /// language, where a translation gives them (beside its file, or built
    /// in), its own words otherwise. The scenario is the text already
    /// loaded, whatever its file holds now; one with errors stays as it is.
    pub fn load_catalog_in_language(&mut self) {
        let lang = self.lang;
        for entry in &mut self.catalog {
            let Some(scenario) = entry.loaded.scenario.as_ref().filter(|s| s.lang != lang) else { continue };
            let variant = scenario.variant.clone();
            let loaded = &entry.loaded;
            let path = std::path::Path::new(&loaded.name);
            entry.loaded = crate::scenario::load_beside(path, loaded.source.as_bytes(), variant.as_deref(), lang);
        }
    }

    /// Loads save number `i` of the list, or shows why it cannot be.
    fn load_entry(&mut self, i: usize) -> Screen {
        let Some(entry) = self.saves.get(i) else { return Screen::Saves { cursor: 0 } };
        match &entry.loaded {
            Ok(loaded) => {
                let (loaded, path) = (loaded.clone(), entry.path.clone());
                self.load_session(loaded, Some(path))
            }
            Err(e) => {
                self.status = Some(e.message(self.lang));
                Screen::Saves { cursor: i }
            }
        }
    }

    /// Picks a catalog entry: its problems if it does not validate, else the seat screen.
    fn choose_scenario(&mut self, entry: usize) -> Screen {
        let Some(scn) = self.catalog.get(entry).and_then(|e| e.loaded.scenario.as_ref()) else {
            self.screen = Screen::Problems { entry, scroll: 0 };
            return self.screen.clone();
        };
        let seats = scn.factions.iter().map(|f| f.playable.then_some(Seat::Human)).collect();
        self.setup = Some(Setup { entry, seats, seed: DEFAULT_SEED, seed_text: None, cursor: 0 });
        self.screen = Screen::Seats;
        Screen::Seats
    }

    fn seats(&mut self, action: Action) -> Screen {
        let Some(setup) = &mut self.setup else { return Screen::Title { cursor: 0 } };
        let rows = setup.seats.len() + 2;
        let seed_row = setup.seats.len();
        if let Some(text) = &mut setup.seed_text {
            match action {
                // The top row of any classroom keyboard types the seed (AZERTY, Arabic digits).
                Action::Char(c) if crate::tui::input::digit(c).is_some() && text.len() < 19 => {
                    text.extend(crate::tui::input::digit(c));
                }
                Action::Delete => {
                    text.pop();
                }
                Action::Select | Action::Back | Action::Up | Action::Down | Action::Next => {
                    setup.seed = text.parse().unwrap_or(setup.seed);
                    setup.seed_text = None;
                }
                _ => {}
            }
            return Screen::Seats;
        }
        match action {
            Action::Up => setup.cursor = setup.cursor.saturating_sub(1),
            Action::Down | Action::Next => setup.cursor = (setup.cursor + 1).min(rows - 1),
            Action::Back => return Screen::Title { cursor: setup.entry },
            Action::Left | Action::Right | Action::Char(' ') if setup.cursor < seed_row => {
                if let Some(Some(seat)) = setup.seats.get_mut(setup.cursor) {
                    *seat = seat.next();
                }
            }
            Action::Select if setup.cursor < seed_row => {
                if let Some(Some(seat)) = setup.seats.get_mut(setup.cursor) {
                    *seat = seat.next();
                }
            }
            Action::Select | Action::Char(_) if setup.cursor == seed_row => {
                let mut text = String::new();
                if let Action::Char(c) = action {
                    if c.is_ascii_digit() {
                        text.push(c);
                    }
                }
                setup.seed_text = Some(text);
            }
            Action::Select => return self.start_game(),
            Action::Char('s') => return self.start_game(),
            _ => {}
        }
        Screen::Seats
    }

    fn start_game(&mut self) -> Screen {
        let Some(setup) = self.setup.clone() else { return Screen::Title { cursor: 0 } };
        let Some(scn) = self.catalog.get(setup.entry).and_then(|e| e.loaded.scenario.clone()) else {
            return Screen::Title { cursor: 0 };
        };
        let name = self.catalog.get(setup.entry).map_or_else(String::new, |e| e.name.clone());
        // Games are named by their start time (UTC), from the app's clock.
        let started = save::timestamp((self.clock_ms)() / 1000);
        let session = Session::new(&name, scn, setup.seed, setup.seats, started);
        if let Some(saving) = &mut self.saving {
            saving.path = None;
        }
        self.briefings = session.humans().into();
        self.session = Some(session);
        if let Some(timer) = &mut self.timer {
            timer.stop();
        }
        // The first save is written now, so the projector shows the game from its start.
        self.enter_stage(if self.briefings.is_empty() { Stage::Orders } else { Stage::Briefings }, true);
        self.screen = self.after_briefing();
        if self.facilitator {
            self.screen = Screen::Umpire { tab: 0, cursor: 0, scroll: 0, back: Box::new(self.screen.clone()) };
            if let Some(code) = &self.umpire_code {
                self.status = Some(tr!(self.lang, "screen-status-facilitator-code", code = code.as_str()));
            }
        }
        self.screen.clone()
    }

    /// Records what the room is looking at in the save, and writes the save
    /// when that changed (or when `always`), so the projector follows.
    fn enter_stage(&mut self, stage: Stage, always: bool) {
        let Some(session) = &mut self.session else { return };
        if session.record.stage != stage || always {
            session.record.stage = stage;
            self.autosave();
        }
    }

    /// The next briefing's hand-over, or the first turn.
    fn after_briefing(&mut self) -> Screen {
        if self.remote.is_some() {
            return self.seat_turn();
        }
        match self.briefings.pop_front() {
            Some(faction) => Screen::Handover { faction, then: Then::Briefing },
            None => self.next_team(),
        }
    }

    /// Hand-over to the next team that must give orders, or resolution when all have.
    fn next_team(&mut self) -> Screen {
        let Some(session) = &mut self.session else { return Screen::Title { cursor: 0 } };
        if session.state.is_over() {
            return Screen::Debrief { scroll: 0 };
        }
        match session.current() {
            Some(faction) => {
                // The turn's orders open now: the countdown starts, and the projector moves on.
                let now = (self.clock_ms)();
                match &mut self.timer {
                    Some(timer) if timer.phase() == Phase::Idle => timer.open_orders(now),
                    // The last team's last call is over: the next one starts when its team takes the keyboard.
                    Some(timer) if timer.in_last_call() => timer.call_last(),
                    _ => {}
                }
                self.enter_stage(Stage::Orders, false);
                Screen::Handover { faction, then: Then::Turn }
            }
            None => {
                session.resolve();
                session.record.stage = Stage::Results;
                if let Some(timer) = &mut self.timer {
                    timer.stop();
                }
                self.autosave();
                self.projector_scroll = 0;
                Screen::Resolution { scroll: 0 }
            }
        }
    }

    fn after_resolution(&mut self) -> Screen {
        if self.remote.is_some() {
            return self.seat_turn();
        }
        match &self.session {
            Some(s) if s.state.is_over() => Screen::Debrief { scroll: 0 },
            Some(_) => self.next_team(),
            None => Screen::Title { cursor: 0 },
        }
    }

    fn turn_screen(&self, faction: usize) -> Screen {
        Screen::Turn(TurnScreen {
            faction,
            tab: Tab::Overview,
            cursor: 0,
            draft: FactionOrders::default(),
            picker: None,
            region: 0,
            map_var: 0,
            side: 0,
            confirming: false,
        })
    }

    fn turn(&mut self, mut t: TurnScreen, action: Action) -> Screen {
        let Some(session) = &self.session else { return Screen::Title { cursor: 0 } };
        let scn = &session.scenario;
        if t.confirming {
            t.confirming = false;
            if matches!(action, Action::Char('y' | 'Y')) {
                return self.submit_turn(t);
            }
            return Screen::Turn(t);
        }
        if let Some((action_index, row)) = t.picker {
            let targets = picker_targets(session, t.faction, action_index, &t.draft);
            match action {
                Action::Up => t.picker = Some((action_index, row.saturating_sub(1))),
                Action::Down => t.picker = Some((action_index, (row + 1).min(targets.len().saturating_sub(1)))),
                Action::Back => t.picker = None,
                Action::Select => {
                    if let Some((target, Ok(()))) = targets.get(row) {
                        if let Some(def) = scn.actions.get(action_index) {
                            let id = target.and_then(|i| target_id(scn, def.target, i)).map(str::to_string);
                            t.draft.orders.push(Order { action: def.id.clone(), target: id });
                        }
                        t.picker = None;
                    }
                }
                _ => {}
            }
            return Screen::Turn(t);
        }
        let rows = turn_rows(session, &t);
        match action {
            Action::Next => {
                t.tab = Tab::ALL[(t.tab.index() + 1) % Tab::ALL.len()];
                t.cursor = 0;
            }
            Action::Prev => {
                t.tab = Tab::ALL[(t.tab.index() + Tab::ALL.len() - 1) % Tab::ALL.len()];
                t.cursor = 0;
            }
            Action::Char(c) if crate::tui::input::tab_key(c).is_some() => {
                t.tab = crate::tui::input::tab_key(c).and_then(|i| Tab::ALL.get(i)).copied().unwrap_or(Tab::Overview);
                t.cursor = 0;
            }
            Action::Up | Action::ScrollUp if t.tab == Tab::Overview => t.side = t.side.saturating_sub(1),
            Action::Down | Action::ScrollDown if t.tab == Tab::Overview => t.side = (t.side + 1).min(200),
            Action::Up => t.cursor = t.cursor.saturating_sub(1),
            Action::Down => t.cursor = (t.cursor + 1).min(rows.saturating_sub(1)),
            Action::Left if t.tab == Tab::Overview => t.region = t.region.saturating_sub(1),
            Action::Right if t.tab == Tab::Overview => {
                t.region = (t.region + 1).min(scn.regions.len().saturating_sub(1));
            }
            Action::Char('v') => t.map_var = (t.map_var + 1) % scn.region_vars.len().max(1),
            Action::Char('g') => {
                return Screen::History { series: 0, line: 0, back: Box::new(Screen::Turn(t)) };
            }
            Action::Select => match t.tab {
                Tab::Actions(category) => {
                    if let Some(&a) = actions_in(scn, t.faction, category).get(t.cursor) {
                        let targets = picker_targets(session, t.faction, a, &t.draft);
                        let first_ok = targets.iter().position(|(_, r)| r.is_ok());
                        // With one legal target there is nothing to pick: the row already names it.
                        let only = only_target(&targets);
                        match (scn.actions.get(a), first_ok) {
                            (Some(def), Some(_)) if def.target == crate::scenario::format::TargetKind::None => {
                                t.draft.orders.push(Order::new(def.id.clone()));
                            }
                            (Some(def), Some(_)) if only.is_some() => {
                                let id = only.and_then(|i| target_id(scn, def.target, i)).map(str::to_string);
                                t.draft.orders.push(Order { action: def.id.clone(), target: id });
                            }
                            (Some(_), Some(row)) => t.picker = Some((a, row)),
                            _ => {}
                        }
                    }
                }
                Tab::Decisions => cycle_answer(session, &mut t),
                Tab::Overview => {}
            },
            Action::Delete | Action::Char('x') if t.tab == Tab::Decisions => {
                let pending = pending_for(session, t.faction).len();
                if t.cursor >= pending && t.cursor - pending < t.draft.orders.len() {
                    t.draft.orders.remove(t.cursor - pending);
                    t.cursor = t.cursor.min((rows - 1).saturating_sub(1));
                }
            }
            Action::Char('c') => {
                if unused(self.lang, session, &t).is_some() {
                    t.confirming = true;
                    return Screen::Turn(t);
                }
                return self.submit_turn(t);
            }
            _ => {}
        }
        Screen::Turn(t)
    }

    /// Hands the team's orders in and moves on.
    fn submit_turn(&mut self, t: TurnScreen) -> Screen {
        let faction = t.faction;
        let resolved = self.session.as_ref().map_or(0, |s| s.record.turns.len());
        if let Some(done) = self.send(Command::Confirm(t.draft.clone())) {
            if let Err(e) = done {
                self.status = Some(tr!(self.lang, "screen-status-not-sent", error = e));
            }
            if let Some(remote) = &mut self.remote {
                remote.sent = FactionOrders::default();
            }
            // The last team to confirm sees the turn resolve at once; the others wait.
            let now = self.session.as_ref().map_or(0, |s| s.record.turns.len());
            return if now > resolved { Screen::Resolution { scroll: 0 } } else { Screen::Waiting { faction } };
        }
        let Some(session) = &mut self.session else { return self.next_team() };
        session.submit(t.faction, t.draft);
        if !session.waiting.is_empty() {
            // The projector shows this team as confirmed (never what it ordered).
            self.autosave();
        }
        self.next_team()
    }
}

/// Actions of a category that a faction may take, in scenario order.
pub fn actions_in(scn: &Scenario, faction: usize, category: Category) -> Vec<usize> {
    scn.actions
        .iter()
        .enumerate()
        .filter(|(_, a)| a.category == category && a.factions.contains(&faction))
        .map(|(i, _)| i)
        .collect()
}

/// What the draft has already committed (for availability of further orders).
pub fn committed(session: &Session, faction: usize, draft: &FactionOrders) -> Committed {
    let scn = &session.scenario;
    let mut c = Committed::default();
    for order in &draft.orders {
        if let Some(a) = scn.action_index(&order.action) {
            if let Some(def) = scn.actions.get(a) {
                let target =
                    order.target.as_deref().and_then(|id| crate::engine::check::target_index(scn, def.target, id));
                c.add(def, a, target);
            }
        }
    }
    let _ = faction;
    c
}

/// Targets of an action with their availability.
pub fn picker_targets(
    session: &Session,
    faction: usize,
    action: usize,
    draft: &FactionOrders,
) -> Vec<(Option<usize>, Result<(), String>)> {
    let scn = &session.scenario;
    let Some(def) = scn.actions.get(action) else { return Vec::new() };
    let c = committed(session, faction, draft);
    candidate_targets(scn, faction, def)
        .into_iter()
        .map(|t| (t, check_indices(scn, &session.state, faction, action, t, &c)))
        .collect()
}

/// The target of an action whose targets allow exactly one (`None` when
/// there are several to choose from, or none).
pub fn only_target(targets: &[(Option<usize>, Result<(), String>)]) -> Option<usize> {
    let mut ok = targets.iter().filter(|(_, r)| r.is_ok());
    match (ok.next(), ok.next()) {
        (Some((Some(t), _)), None) => Some(*t),
        _ => None,
    }
}

/// What confirming now would leave unused, in words ("You have 1 action
/// point left."; "1 proposal is unanswered (it counts as a refusal)."), or
/// `None` when nothing is.
pub fn unused(lang: Lang, session: &Session, t: &TurnScreen) -> Option<String> {
    let scn = &session.scenario;
    let total = scn.factions.get(t.faction).map_or(0, |f| f.action_points);
    let left = total.saturating_sub(committed(session, t.faction, &t.draft).ap);
    // Points nothing available could spend do not count as unused.
    let spendable = left > 0
        && scn.actions.iter().enumerate().any(|(a, def)| {
            def.factions.contains(&t.faction)
                && picker_targets(session, t.faction, a, &t.draft).iter().any(|(_, r)| r.is_ok())
        });
    let unanswered = pending_for(session, t.faction)
        .iter()
        .filter(|p| matches!(p.kind, PendingKind::Proposal { .. }))
        .filter(|p| !t.draft.answers.iter().any(|a| a.pending == p.id))
        .count();
    // Action points, as the top line counts them: an order may cost more than one.
    match (spendable, unanswered) {
        (false, 0) => None,
        (true, 0) => Some(tr!(lang, "turn-unused-points", points = left)),
        (false, count) => Some(tr!(lang, "turn-unused-proposals", count = count)),
        (true, count) => Some(tr!(lang, "turn-unused-both", points = left, count = count)),
    }
}

/// Pending proposals and choices the faction must answer.
pub fn pending_for(session: &Session, faction: usize) -> Vec<&crate::engine::Pending> {
    session.state.pending.iter().filter(|p| p.faction == faction).collect()
}

/// Number of rows in the current tab.
fn turn_rows(session: &Session, t: &TurnScreen) -> usize {
    match t.tab {
        Tab::Overview => 0,
        Tab::Actions(c) => actions_in(&session.scenario, t.faction, c).len(),
        Tab::Decisions => pending_for(session, t.faction).len() + t.draft.orders.len(),
    }
}

/// The answer currently given to a pending item (or its default).
pub fn answer_of(session: &Session, t: &TurnScreen, pending: &crate::engine::Pending) -> Response {
    if let Some(a) = t.draft.answers.iter().find(|a| a.pending == pending.id) {
        return a.response.clone();
    }
    match pending.kind {
        PendingKind::Proposal { .. } => Response::Decline,
        PendingKind::Choice { event } => session
            .scenario
            .events
            .get(event)
            .and_then(|e| e.choice.as_ref())
            .and_then(|c| c.options.first())
            .map_or(Response::Decline, |o| Response::Choose(o.id.clone())),
    }
}

/// Enter on a pending item cycles its answer.
fn cycle_answer(session: &Session, t: &mut TurnScreen) {
    let pending = pending_for(session, t.faction);
    let Some(p) = pending.get(t.cursor) else { return };
    let next = match (&p.kind, answer_of(session, t, p)) {
        (PendingKind::Proposal { .. }, Response::Accept) => Response::Decline,
        (PendingKind::Proposal { .. }, _) => Response::Accept,
        (PendingKind::Choice { event }, current) => {
            let options = session.scenario.events.get(*event).and_then(|e| e.choice.as_ref()).map(|c| &c.options);
            let Some(options) = options else { return };
            let at = match current {
                Response::Choose(id) => options.iter().position(|o| o.id == id).unwrap_or(0),
                _ => 0,
            };
            match options.get((at + 1) % options.len().max(1)) {
                Some(o) => Response::Choose(o.id.clone()),
                None => return,
            }
        }
    };
    let id = p.id;
    t.draft.answers.retain(|a| a.pending != id);
    t.draft.answers.push(Answer { pending: id, response: next });
}

/// The umpire screen's tabs, as the message keys of their names.
pub const UMPIRE_TABS: [&str; 5] =
    ["room-tab-state", "room-tab-last-turn", "room-tab-events", "room-tab-adjust", "room-tab-preview"];

/// Rows of an umpire tab (for the cursor); the Adjust tab's rows match `filter`.
fn umpire_rows(session: &Session, tab: usize, filter: &str) -> usize {
    match tab {
        2 => session.scenario.events.len(),
        3 => adjustable_matching(&session.scenario, filter).len(),
        4 => crate::tui::screens::umpire::previews(session, session.scenario.lang).len(),
        _ => 0,
    }
}

/// Every value the umpire can set, in a fixed order.
pub fn adjustable(scn: &Scenario) -> Vec<Slot> {
    use crate::scenario::expr::RouteField;
    let n = scn.factions.len();
    let mut slots = Vec::new();
    for f in 0..n {
        slots.extend((0..scn.faction_vars.len()).map(|v| Slot::FactionVar(f, v)));
    }
    for r in 0..scn.regions.len() {
        slots.extend((0..scn.region_vars.len()).map(|v| Slot::RegionVar(r, v)));
    }
    for a in 0..n {
        slots.extend(((a + 1)..n).map(|b| Slot::Relation(a, b)));
    }
    slots.extend((0..scn.flags.len()).map(Slot::Flag));
    for r in 0..scn.routes.len() {
        slots.extend([Slot::RouteOpen(r), Slot::Route(r, RouteField::Capacity), Slot::Route(r, RouteField::Risk)]);
    }
    slots
}

/// The values of [`adjustable`] whose label holds every word of `filter`
/// (any case): `niamey fuel` finds Niamey's fuel stock.
pub fn adjustable_matching(scn: &Scenario, filter: &str) -> Vec<Slot> {
    let words: Vec<String> = filter.split_whitespace().map(str::to_lowercase).collect();
    adjustable(scn)
        .into_iter()
        .filter(|&slot| {
            let label = slot_label(scn, slot).to_lowercase();
            words.iter().all(|w| label.contains(w.as_str()))
        })
        .collect()
}

/// [`slot_range_in`] in English.
pub fn slot_range(scn: &Scenario, slot: Slot) -> String {
    slot_range_in(Lang::En, scn, slot)
}

/// The values a slot accepts, in words: "from 0 to 100", "0 (no) or 1 (yes)".
/// The numbers are written as the umpire types them (no thousands separator).
pub fn slot_range_in(lang: Lang, scn: &Scenario, slot: Slot) -> String {
    use crate::engine::state::clamp_slot;
    match slot {
        Slot::RouteOpen(_) | Slot::Flag(_) => tr!(lang, "screen-range-yes-no"),
        _ => {
            let (low, high) = (clamp_slot(scn, slot, i64::MIN), clamp_slot(scn, slot, i64::MAX));
            if high == i64::MAX {
                tr!(lang, "screen-range-at-least", low = low.to_string())
            } else {
                tr!(lang, "screen-range-between", low = low.to_string(), high = high.to_string())
            }
        }
    }
}

/// Names in a sentence, in `lang`: "Mali", "Mali and Niger", "Mali, Algeria and Niger".
pub fn names_in(lang: Lang, names: &[String]) -> String {
    match names {
        [] => String::new(),
        [only] => only.clone(),
        [head @ .., before, last] => {
            let pair = tr!(lang, "screen-list-pair", first = before.as_str(), second = last.as_str());
            head.iter()
                .rev()
                .fold(pair, |rest, name| tr!(lang, "screen-list-comma", first = name.as_str(), second = rest))
        }
    }
}

/// The game screen under the umpire, projector and chart screens opened over it.
pub fn game_screen(screen: &Screen) -> &Screen {
    match screen {
        Screen::Umpire { back, .. } | Screen::Projector { back } | Screen::History { back, .. } => game_screen(back),
        other => other,
    }
}

fn game_screen_mut(screen: &mut Screen) -> &mut Screen {
    match screen {
        Screen::Umpire { back, .. } | Screen::Projector { back } | Screen::History { back, .. } => {
            game_screen_mut(back)
        }
        other => other,
    }
}

/// Milliseconds since the Unix epoch, from the system clock.
pub fn system_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}
