//! The classroom turn timer. Time is passed in (milliseconds from any fixed
//! point), never read here, so the logic is tested with a fake clock and the
//! engine stays clock-free.

use std::time::Duration;

/// What happens to a team that has not confirmed when time runs out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnExpiry {
    /// Its queued orders are submitted as they are.
    SubmitQueued,
    /// It gives no orders this turn.
    SubmitNothing,
}

/// A countdown for one turn's orders, which the umpire can pause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TurnTimer {
    /// Time allowed per turn.
    pub limit: Duration,
    /// What happens at zero.
    pub on_expiry: OnExpiry,
    started_ms: u64,
    paused_ms: u64,
    paused_since: Option<u64>,
}

impl TurnTimer {
    /// A timer that starts now.
    pub fn new(limit: Duration, on_expiry: OnExpiry, now_ms: u64) -> Self {
        TurnTimer { limit, on_expiry, started_ms: now_ms, paused_ms: 0, paused_since: None }
    }

    /// Starts a new turn's countdown.
    pub fn restart(&mut self, now_ms: u64) {
        *self = TurnTimer::new(self.limit, self.on_expiry, now_ms);
    }

    /// Time elapsed in this turn, not counting pauses.
    pub fn elapsed(&self, now_ms: u64) -> Duration {
        let paused = self.paused_ms + self.paused_since.map_or(0, |since| now_ms.saturating_sub(since));
        Duration::from_millis(now_ms.saturating_sub(self.started_ms).saturating_sub(paused))
    }

    /// Time left (zero once expired).
    pub fn remaining(&self, now_ms: u64) -> Duration {
        self.limit.saturating_sub(self.elapsed(now_ms))
    }

    /// Whether time is up.
    pub fn expired(&self, now_ms: u64) -> bool {
        self.remaining(now_ms).is_zero()
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
            self.paused_ms += now_ms.saturating_sub(since);
        }
    }

    /// `07:42`, or `07:42 (paused)`.
    pub fn label(&self, now_ms: u64) -> String {
        let secs = self.remaining(now_ms).as_secs();
        let text = format!("{:02}:{:02}", secs / 60, secs % 60);
        if self.paused() { format!("{text} (paused)") } else { text }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIN: u64 = 60_000;

    #[test]
    fn counts_down_and_expires() {
        let t = TurnTimer::new(Duration::from_secs(8 * 60), OnExpiry::SubmitQueued, 1_000);
        assert_eq!(t.label(1_000), "08:00");
        assert_eq!(t.label(1_000 + 3 * MIN + 15_000), "04:45");
        assert!(!t.expired(1_000 + 8 * MIN - 1));
        assert!(t.expired(1_000 + 8 * MIN));
        assert_eq!(t.remaining(1_000 + 20 * MIN), Duration::ZERO);
    }

    #[test]
    fn pauses_stop_the_clock() {
        let mut t = TurnTimer::new(Duration::from_secs(5 * 60), OnExpiry::SubmitNothing, 0);
        t.pause(MIN);
        assert_eq!(t.label(10 * MIN), "04:00 (paused)");
        t.resume(10 * MIN);
        assert_eq!(t.label(11 * MIN), "03:00");
        t.restart(11 * MIN);
        assert_eq!(t.label(11 * MIN), "05:00");
    }
}
