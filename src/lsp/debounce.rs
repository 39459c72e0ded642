//! When to check a document again: once the modder pauses, not on every key.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use lsp_types::Uri;

/// Quiet time after the last change before a document is checked again.
pub const QUIET: Duration = Duration::from_millis(250);
/// Longest a change waits for its check while changes keep coming.
pub const LONGEST: Duration = Duration::from_secs(2);

/// The documents changed since they were last checked.
#[derive(Debug, Default)]
pub struct Debounce {
    /// Per document: when its first unchecked change came, and its last.
    pending: BTreeMap<Uri, (Instant, Instant)>,
}

impl Debounce {
    /// Notes a change to `uri` at `now`.
    pub fn changed(&mut self, uri: Uri, now: Instant) {
        self.pending.entry(uri).and_modify(|(_, last)| *last = now).or_insert((now, now));
    }

    /// Forgets `uri` (checked at once, or closed).
    pub fn forget(&mut self, uri: &Uri) {
        self.pending.remove(uri);
    }

    /// When the next check falls due, if any is pending.
    pub fn next_due(&self) -> Option<Instant> {
        self.pending.values().map(|&(first, last)| due(first, last)).min()
    }

    /// Takes the documents due at `now`: those quiet for [`QUIET`] when
    /// `idle` (no message is waiting), and those that waited [`LONGEST`]
    /// in any case.
    pub fn take_due(&mut self, now: Instant, idle: bool) -> Vec<Uri> {
        let ready = |&(first, last): &(Instant, Instant)| now >= first + LONGEST || (idle && now >= last + QUIET);
        let uris: Vec<Uri> = self.pending.iter().filter(|(_, t)| ready(t)).map(|(u, _)| u.clone()).collect();
        for uri in &uris {
            self.pending.remove(uri);
        }
        uris
    }
}

fn due(first: Instant, last: Instant) -> Instant {
    (last + QUIET).min(first + LONGEST)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uri(s: &str) -> Uri {
        s.parse().expect("a valid uri")
    }

    #[test]
    fn a_burst_of_changes_is_checked_once_after_the_pause() {
        let t0 = Instant::now();
        let mut d = Debounce::default();
        for ms in 0..100 {
            d.changed(uri("file:///a.ron"), t0 + Duration::from_millis(ms));
        }
        let last = t0 + Duration::from_millis(99);
        assert_eq!(d.next_due(), Some(last + QUIET));
        assert!(d.take_due(last + QUIET / 2, true).is_empty());
        assert_eq!(d.take_due(last + QUIET, true), [uri("file:///a.ron")]);
        assert_eq!(d.next_due(), None);
    }

    #[test]
    fn endless_typing_is_still_checked_every_little_while() {
        let t0 = Instant::now();
        let mut d = Debounce::default();
        let mut checked = 0;
        for ms in (0..5_000).step_by(50) {
            let now = t0 + Duration::from_millis(ms);
            d.changed(uri("file:///a.ron"), now);
            checked += d.take_due(now, false).len();
        }
        assert_eq!(checked, 2, "at 2 s and 4 s");
    }

    #[test]
    fn waiting_messages_hold_a_quiet_document_back() {
        let t0 = Instant::now();
        let mut d = Debounce::default();
        d.changed(uri("file:///a.ron"), t0);
        assert!(d.take_due(t0 + QUIET, false).is_empty());
        d.forget(&uri("file:///a.ron"));
        assert!(d.take_due(t0 + LONGEST, true).is_empty());
    }
}
