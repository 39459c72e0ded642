//! What a facilitator (umpire) can do to a game between turns: set any
//! value, fire a scenario event now, put a news item in every team's log, or
//! end the game. Each ruling carries a reason and lands in the start-of-turn
//! log, so teams, saves and the after-action report all see what the umpire
//! did and why. Pure, like the rest of the engine: re-applying the same
//! rulings at the same points re-plays the same game.

use serde::{Deserialize, Serialize};

use crate::engine::report::{Audience, Change, Entry, EntryKind, Slot, slot_label, slot_value};
use crate::engine::start::fire;
use crate::engine::state::{EndReason, GameState};
use crate::scenario::Scenario;

/// One thing the umpire does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Intervention {
    /// Set a value (clamped to its range).
    Set {
        /// What.
        slot: Slot,
        /// The new value (1/0 for flags and `open`).
        value: i64,
    },
    /// Fire a scenario event now, whatever its conditions.
    Inject {
        /// Event id.
        event: String,
    },
    /// A free-text news item in every team's log.
    News {
        /// The text.
        text: String,
    },
    /// End the game now and go to the debrief.
    EndGame,
}

/// An intervention with its reason and the turn it was made on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ruling {
    /// Turn during which it was made (before that turn's orders resolve).
    pub turn: u32,
    /// What was done.
    pub intervention: Intervention,
    /// Why — required, so the debrief can be transparent.
    pub reason: String,
}

/// The reason recorded with the news item that says a team ran out of time
/// (an automatic ruling by the turn timer: the save, the resolution and the
/// report show it, the report apart from the umpire's own decisions).
pub const TIMED_OUT_REASON: &str = "turn timer: time ran out";

/// Applies a ruling to the current turn. The entry is appended to the
/// start-of-turn log (and so to the turn's report) and returned.
pub fn apply(scn: &Scenario, state: &mut GameState, ruling: &Ruling) -> Result<Entry, String> {
    if ruling.reason.trim().is_empty() {
        return Err("give a reason: the debrief shows every umpire decision".into());
    }
    if state.is_over() {
        return Err("the game is over".into());
    }
    let (audience, changes, news) = match &ruling.intervention {
        Intervention::Set { slot, value } => {
            check_slot(scn, *slot)?;
            let before = state.get(*slot);
            let after = state.set(scn, *slot, *value);
            let what = format!(
                "Umpire: {} set to {} ({})",
                slot_label(scn, *slot),
                slot_value(scn, *slot, after),
                ruling.reason.trim()
            );
            (Audience::Umpire, vec![Change { slot: *slot, before, after }], what)
        }
        Intervention::Inject { event } => {
            let e =
                scn.events.iter().position(|x| &x.id == event).ok_or_else(|| format!("there is no event `{event}`"))?;
            let mut entry = fire(scn, state, e, None);
            // The reason stays with the umpire (and the debrief), unless the umpire makes it public.
            entry.news = entry.news.map(|n| format!("{n} (brought in by the umpire)"));
            state.start_log.push(entry.clone());
            return Ok(entry);
        }
        Intervention::News { text } => {
            if text.trim().is_empty() {
                return Err("the news item is empty".into());
            }
            (Audience::All, Vec::new(), text.trim().to_string())
        }
        Intervention::EndGame => {
            state.ended = Some(EndReason::Umpire);
            (Audience::All, Vec::new(), format!("The umpire ends the game: {}", ruling.reason.trim()))
        }
    };
    let entry = Entry {
        audience,
        kind: EntryKind::Ruling { reason: ruling.reason.trim().to_string() },
        changes,
        news: Some(news),
    };
    state.start_log.push(entry.clone());
    Ok(entry)
}

fn check_slot(scn: &Scenario, slot: Slot) -> Result<(), String> {
    let n = scn.factions.len();
    let ok = match slot {
        Slot::FactionVar(f, v) => f < n && v < scn.faction_vars.len(),
        Slot::RegionVar(r, v) => r < scn.regions.len() && v < scn.region_vars.len(),
        Slot::Route(r, _) | Slot::RouteOpen(r) => r < scn.routes.len(),
        Slot::Flag(i) => i < scn.flags.len(),
        Slot::Relation(a, b) => a < n && b < n && a != b,
    };
    if ok { Ok(()) } else { Err("that value does not exist in this scenario".into()) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{TurnOrders, new_game, resolve_turn};

    fn tutorial() -> Scenario {
        crate::scenario::load("t.ron", crate::scenario::TUTORIAL.as_bytes()).scenario.expect("tutorial")
    }

    fn ruling(intervention: Intervention) -> Ruling {
        Ruling { turn: 1, intervention, reason: "test".into() }
    }

    #[test]
    fn setting_a_value_changes_it_and_is_reported_with_its_reason() {
        let scn = tutorial();
        let mut state = new_game(&scn, 1);
        let entry = apply(&scn, &mut state, &ruling(Intervention::Set { slot: Slot::FactionVar(0, 0), value: 999 }))
            .expect("applies");
        assert_eq!(state.get(Slot::FactionVar(0, 0)), 500, "clamped to the declared max");
        assert_eq!(entry.changes, vec![Change { slot: Slot::FactionVar(0, 0), before: 96, after: 500 }]);
        let report = resolve_turn(&scn, &mut state, &TurnOrders::default());
        assert!(report.start.iter().any(|e| matches!(&e.kind, EntryKind::Ruling { reason } if reason == "test")));
    }

    #[test]
    fn injecting_an_event_fires_it_now_and_news_reaches_everyone() {
        let scn = tutorial();
        let mut state = new_game(&scn, 1);
        let entry =
            apply(&scn, &mut state, &ruling(Intervention::Inject { event: "border_incident".into() })).expect("fires");
        assert!(matches!(entry.kind, EntryKind::Event { choice_for: Some(1), .. }));
        assert_eq!(state.pending.len(), 1, "its choice goes to Tarsa");
        let news =
            apply(&scn, &mut state, &ruling(Intervention::News { text: "Talks in Niamey".into() })).expect("news");
        assert_eq!(news.audience, Audience::All);
        assert!(apply(&scn, &mut state, &ruling(Intervention::Inject { event: "nope".into() })).is_err());
    }

    #[test]
    fn a_reason_is_required_and_ending_the_game_ends_it() {
        let scn = tutorial();
        let mut state = new_game(&scn, 1);
        let mut r = ruling(Intervention::EndGame);
        r.reason = "  ".into();
        assert!(apply(&scn, &mut state, &r).is_err());
        r.reason = "out of time".into();
        apply(&scn, &mut state, &r).expect("ends");
        assert_eq!(state.ended, Some(EndReason::Umpire));
    }
}
