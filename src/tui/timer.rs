//! The classroom turn timer. Time is passed in (milliseconds from any fixed
//! point), never read here, so the logic is tested with a fake clock and the
//! engine stays clock-free.
//!
//! The countdown runs only while a turn's orders are open (never during the
//! briefings or while the room reads the results). When it runs out, the
//! team at the keyboard gives what it has (see [`OnExpiry`]), and every team
//! that has not yet had the keyboard still gets it, with a short
//! [last call](LAST_CALL) of its own: no team loses its turn unseen.

use std::time::Duration;

use crate::i18n::Lang;
use crate::save::Clock;

/// What happens to a team that has not confirmed when time runs out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnExpiry {
    /// Its queued orders are submitted as they are.
    SubmitQueued,
    /// It gives no orders this turn.
    SubmitNothing,
}

/// The time each team that has not yet had the keyboard gets once the turn's time is up.
pub const LAST_CALL: Duration = Duration::from_secs(60);

/// How long before the end the room is warned (on every screen, and with a bell unless muted).
pub const WARNING: Duration = Duration::from_secs(60);

pub use crate::engine::umpire::TIMED_OUT_REASON;

/// Where the countdown stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Not counting: before the first turn's orders open, during the briefings and the results.
    Idle,
    /// The turn's orders are open and the time is counting down.
    Orders,
    /// The turn's time is up: each team still to have the keyboard gets a last call.
    /// `Some(faction)` while that team's last call counts down; `None` between two.
    LastCall(Option<usize>),
}

/// A countdown for one turn's orders, which the umpire can pause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TurnTimer {
    /// Time allowed per turn.
    pub limit: Duration,
    /// What happens at zero.
    pub on_expiry: OnExpiry,
    /// No bell at the one-minute warning.
    pub muted: bool,
    phase: Phase,
    started_ms: u64,
    paused_ms: u64,
    paused_since: Option<u64>,
    /// The one-minute warning has been given this turn.
    warned: bool,
    /// Teams that have had the keyboard this turn.
    had_keyboard: Vec<usize>,
}

impl TurnTimer {
    /// A timer that waits for a turn's orders to open.
    pub fn new(limit: Duration, on_expiry: OnExpiry, now_ms: u64) -> Self {
        TurnTimer {
            limit,
            on_expiry,
            muted: false,
            phase: Phase::Idle,
            started_ms: now_ms,
            paused_ms: 0,
            paused_since: None,
            warned: false,
            had_keyboard: Vec::new(),
        }
    }

    /// Where the countdown stands.
    pub fn phase(&self) -> Phase {
        self.phase
    }

    /// A turn's orders open: the full countdown starts (paused if the umpire
    /// paused it before), and no team has had the keyboard yet.
    pub fn open_orders(&mut self, now_ms: u64) {
        self.phase = Phase::Orders;
        self.warned = false;
        self.had_keyboard.clear();
        self.count_from(now_ms);
    }

    /// Briefings or results: nothing counts until the next turn's orders open.
    pub fn stop(&mut self) {
        self.phase = Phase::Idle;
    }

    fn count_from(&mut self, now_ms: u64) {
        self.started_ms = now_ms;
        self.paused_ms = 0;
        self.paused_since = self.paused_since.map(|_| now_ms);
    }

    /// A team takes the keyboard. After the turn's time is up this starts its last call.
    pub fn take_keyboard(&mut self, faction: usize, now_ms: u64) {
        if !self.had_keyboard.contains(&faction) {
            self.had_keyboard.push(faction);
        }
        if let Phase::LastCall(_) = self.phase {
            self.phase = Phase::LastCall(Some(faction));
            self.count_from(now_ms);
        }
    }

    /// Whether the team has had the keyboard this turn.
    pub fn had_keyboard(&self, faction: usize) -> bool {
        self.had_keyboard.contains(&faction)
    }

    /// The time is up for the team at the keyboard (or the turn): from now
    /// on each team that has not had the keyboard gets a last call.
    pub fn call_last(&mut self) {
        self.phase = Phase::LastCall(None);
    }

    /// Whether the turn's own time is up (last calls follow).
    pub fn in_last_call(&self) -> bool {
        matches!(self.phase, Phase::LastCall(_))
    }

    /// The length of what is counting now.
    fn span(&self) -> Duration {
        match self.phase {
            Phase::LastCall(_) => LAST_CALL,
            _ => self.limit,
        }
    }

    /// Whether a countdown is running (or paused mid-count).
    pub fn counting(&self) -> bool {
        matches!(self.phase, Phase::Orders | Phase::LastCall(Some(_)))
    }

    /// Time elapsed in this countdown, not counting pauses.
    pub fn elapsed(&self, now_ms: u64) -> Duration {
        if !self.counting() {
            return Duration::ZERO;
        }
        let paused = self.paused_ms + self.paused_since.map_or(0, |since| now_ms.saturating_sub(since));
        Duration::from_millis(now_ms.saturating_sub(self.started_ms).saturating_sub(paused))
    }

    /// Time left (zero once expired; the full time while nothing counts).
    pub fn remaining(&self, now_ms: u64) -> Duration {
        self.span().saturating_sub(self.elapsed(now_ms))
    }

    /// Whether the running countdown has reached zero.
    pub fn expired(&self, now_ms: u64) -> bool {
        self.counting() && self.remaining(now_ms).is_zero()
    }

    /// Whether the room should be warned: the turn's time has a minute or less left.
    pub fn warning(&self, now_ms: u64) -> bool {
        self.phase == Phase::Orders && self.remaining(now_ms) <= WARNING
    }

    /// True once per turn, when the one-minute warning is due (for the bell and the message).
    pub fn take_warning(&mut self, now_ms: u64) -> bool {
        if self.warning(now_ms) && !self.warned && !self.expired(now_ms) {
            self.warned = true;
            return true;
        }
        false
    }

    /// Whether the umpire has paused it.
    pub fn paused(&self) -> bool {
        self.paused_since.is_some()
    }

    /// Pauses (no effect if already paused).
    pub fn pause(&mut self, now_ms: u64) {
        if self.paused_since.is_none() {
            self.paused_since = Some(now_ms);
        }
    }

    /// Resumes (no effect if running).
    pub fn resume(&mut self, now_ms: u64) {
        if let Some(since) = self.paused_since.take() {
            if self.counting() {
                self.paused_ms += now_ms.saturating_sub(since);
            }
        }
    }

    /// What the screens show, in `lang`: `07:42`, `Last call 00:42`, `⏸` in
    /// front when paused (the same width as running, so nothing beside it
    /// moves); `None` while nothing counts.
    pub fn label(&self, lang: Lang, now_ms: u64) -> Option<String> {
        self.clock(now_ms).map(|c| label(&c, lang, now_ms))
    }

    /// The countdown as saved for the projector; `None` while nothing counts.
    pub fn clock(&self, now_ms: u64) -> Option<Clock> {
        (self.phase != Phase::Idle).then(|| Clock {
            remaining_ms: u64::try_from(self.remaining(now_ms).as_millis()).unwrap_or(u64::MAX),
            at_ms: now_ms,
            counting: self.counting(),
            paused: self.paused(),
            last_call: self.in_last_call(),
        })
    }
}

/// A countdown as every screen shows it, the game's and the projector's, in `lang`.
pub fn label(clock: &Clock, lang: Lang, now_ms: u64) -> String {
    let secs = clock.remaining(now_ms).as_secs();
    let time = format!("{:02}:{:02}", secs / 60, secs % 60);
    let text = match (clock.last_call, clock.counting) {
        (false, _) => time,
        (true, true) => crate::tr!(lang, "room-timer-last-call-time", time = time),
        (true, false) => crate::tr!(lang, "room-timer-last-call"),
    };
    if clock.paused { format!("⏸ {text}") } else { format!("⏱ {text}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIN: u64 = 60_000;

    #[test]
    fn counts_down_only_once_orders_open_and_expires() {
        let mut t = TurnTimer::new(Duration::from_secs(8 * 60), OnExpiry::SubmitQueued, 1_000);
        assert_eq!(t.label(Lang::En, 5 * MIN), None, "nothing counts before the orders open");
        assert!(!t.expired(100 * MIN));
        t.open_orders(1_000);
        assert_eq!(t.label(Lang::En, 1_000).as_deref(), Some("⏱ 08:00"));
        assert_eq!(t.label(Lang::En, 1_000 + 3 * MIN + 15_000).as_deref(), Some("⏱ 04:45"));
        assert!(!t.expired(1_000 + 8 * MIN - 1));
        assert!(t.expired(1_000 + 8 * MIN));
        assert_eq!(t.remaining(1_000 + 20 * MIN), Duration::ZERO);
        t.stop();
        assert!(!t.expired(1_000 + 20 * MIN), "the results do not count");
    }

    #[test]
    fn pauses_stop_the_clock_and_keep_the_label_width() {
        let mut t = TurnTimer::new(Duration::from_secs(5 * 60), OnExpiry::SubmitNothing, 0);
        t.open_orders(0);
        t.pause(MIN);
        assert_eq!(t.label(Lang::En, 10 * MIN).as_deref(), Some("⏸ 04:00"));
        t.resume(10 * MIN);
        assert_eq!(t.label(Lang::En, 11 * MIN).as_deref(), Some("⏱ 03:00"));
        t.open_orders(11 * MIN);
        assert_eq!(t.label(Lang::En, 11 * MIN).as_deref(), Some("⏱ 05:00"));
    }

    #[test]
    fn warns_once_a_minute_before_the_end() {
        let mut t = TurnTimer::new(Duration::from_secs(5 * 60), OnExpiry::SubmitNothing, 0);
        t.open_orders(0);
        assert!(!t.take_warning(3 * MIN));
        assert!(t.take_warning(4 * MIN));
        assert!(!t.take_warning(4 * MIN + 1_000), "only once");
        t.open_orders(10 * MIN);
        assert!(t.take_warning(14 * MIN + 30_000), "again next turn");
    }

    #[test]
    fn a_last_call_counts_from_when_the_team_takes_the_keyboard() {
        let mut t = TurnTimer::new(Duration::from_secs(5 * 60), OnExpiry::SubmitQueued, 0);
        t.open_orders(0);
        t.take_keyboard(0, MIN);
        assert!(t.had_keyboard(0) && !t.had_keyboard(1));
        t.call_last();
        assert_eq!(t.label(Lang::En, 20 * MIN).as_deref(), Some("⏱ Last call"));
        assert!(!t.expired(20 * MIN), "waiting for the next team does not run out");
        t.take_keyboard(1, 20 * MIN);
        assert_eq!(t.label(Lang::En, 20 * MIN + 18_000).as_deref(), Some("⏱ Last call 00:42"));
        assert!(t.expired(21 * MIN));
    }

    #[test]
    fn the_last_call_is_said_in_the_seats_language() {
        let mut t = TurnTimer::new(Duration::from_secs(5 * 60), OnExpiry::SubmitQueued, 0);
        t.open_orders(0);
        assert_eq!(t.label(Lang::Fr, MIN).as_deref(), Some("⏱ 04:00"), "a time alone has no words");
        t.call_last();
        t.take_keyboard(1, 20 * MIN);
        assert_eq!(t.label(Lang::Fr, 20 * MIN + 18_000).as_deref(), Some("⏱ Dernier appel 00:42"));
        assert_eq!(t.label(Lang::Ar, 20 * MIN + 18_000).as_deref(), Some("⏱ النداء الأخير 00:42"));
    }
}
