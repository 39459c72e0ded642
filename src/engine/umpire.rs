//! What a facilitator (umpire) can do to a game between turns: set any
//! value, fire a scenario event now, put a news item in every team's log,
//! put a team's own proposal to the dice (the matrix option), or end the game. Each ruling carries a reason and lands in the start-of-turn
//! log, so teams, saves and the after-action report all see what the umpire
//! did and why. Pure, like the rest of the engine: re-applying the same
//! rulings at the same points re-plays the same game.

use serde::{Deserialize, Serialize};

use crate::engine::dice;
use crate::engine::news::bounded;
use crate::engine::report::{Audience, Change, Changes, Entry, EntryKind, Slot, slot_label, slot_value};
use crate::engine::start::fire;
use crate::engine::state::{EndReason, GameState, clamp_slot};
use crate::engine::words::num;
use crate::i18n::Lang;
use crate::scenario::Scenario;
use crate::text::one_line;
use crate::tr;

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
    /// A team's own proposal, not on the list of actions (the matrix
    /// option): the umpire judges its chance, the game's dice decide.
    Proposal {
        /// The team that proposed it.
        faction: usize,
        /// The team's words (at most [`MAX_PROPOSAL`] characters).
        proposal: String,
        /// How likely the umpire judged it, 0–100 percent.
        chance: i64,
        /// Changes added to values if it succeeds (clamped as `Set` clamps;
        /// for a flag or `open`, a positive change turns it on, a negative one off).
        on_success: Vec<(Slot, i64)>,
        /// Changes if it fails (there may be none).
        on_failure: Vec<(Slot, i64)>,
    },
}

/// The longest proposal, in characters: a sentence or two, as a team would say it.
pub const MAX_PROPOSAL: usize = 280;

/// The most changes on each side of a proposal.
pub const MAX_CHANGES: usize = 8;

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
    let lang = scn.lang;
    if ruling.reason.trim().is_empty() {
        return Err(tr!(lang, "game-umpire-needs-reason"));
    }
    if state.is_over() {
        return Err(tr!(lang, "game-umpire-game-over"));
    }
    let (audience, changes, news) = match &ruling.intervention {
        Intervention::Set { slot, value } => {
            check_slot(scn, *slot)?;
            let before = state.get(*slot);
            let after = state.set(scn, *slot, *value);
            let what = tr!(
                lang,
                "game-umpire-set",
                slot = slot_label(scn, *slot),
                value = slot_value(scn, *slot, after),
                reason = ruling.reason.trim()
            );
            (Audience::Umpire, smallvec::smallvec![Change { slot: *slot, before, after }], bounded(what))
        }
        Intervention::Inject { event } => {
            let e = scn
                .events
                .iter()
                .position(|x| &x.id == event)
                .ok_or_else(|| tr!(lang, "game-umpire-no-such-event", id = event.as_str()))?;
            let mut entry = fire(scn, state, e, None);
            // The reason stays with the umpire (and the debrief), unless the umpire makes it public.
            entry.written = entry.written.map(|n| tr!(lang, "game-umpire-brought-in", news = n));
            state.start_log.push(entry.clone());
            return Ok(entry);
        }
        Intervention::News { text } => {
            if text.trim().is_empty() {
                return Err(tr!(lang, "game-umpire-empty-news"));
            }
            (Audience::All, Changes::new(), text.trim().to_string())
        }
        Intervention::EndGame => {
            state.ended = Some(EndReason::Umpire);
            (Audience::All, Changes::new(), bounded(tr!(lang, "game-umpire-ends", reason = ruling.reason.trim())))
        }
        Intervention::Proposal { faction, proposal, chance, on_success, on_failure } => {
            check_proposal(scn, &ruling.intervention)?;
            // The game's own dice, in the game's stream: a re-play rolls the same.
            let roll = dice::roll(&mut state.rng, *chance);
            let planned = planned(scn, state, if roll.success { on_success } else { on_failure });
            for (c, _) in &planned {
                state.set(scn, c.slot, c.after);
            }
            let key = if roll.success { "game-proposal-succeeded" } else { "game-proposal-failed" };
            let changes = changes_words(scn, &planned, "game-nothing-changed");
            let news = bounded(tr!(
                lang,
                key,
                team = faction_name(scn, *faction),
                proposal = quoted(proposal),
                chance = num(lang, roll.chance),
                roll = num(lang, i64::from(roll.roll)),
                changes = changes
            ));
            // Argued and judged in the open: every team sees it. The reason stays with the umpire and the report.
            (Audience::All, planned.into_iter().map(|(c, _)| c).collect(), news)
        }
    };
    let entry = Entry {
        audience,
        kind: EntryKind::Ruling { reason: ruling.reason.trim().to_string() },
        changes,
        written: Some(news),
    };
    state.start_log.push(entry.clone());
    Ok(entry)
}

/// How likely a chance is, in seven steps from "no chance" to "certain".
fn odds_level(chance: i64) -> &'static str {
    match chance {
        ..=0 => "none",
        1..=15 => "very-unlikely",
        16..=35 => "unlikely",
        36..=64 => "even",
        65..=84 => "likely",
        85..=99 => "almost-certain",
        _ => "certain",
    }
}

/// A chance in words, for the umpire judging it: "very unlikely" … "almost certain".
pub fn odds(lang: Lang, chance: i64) -> String {
    tr!(lang, "game-odds", level = odds_level(chance))
}

/// What a proposal's ruling will record, before the roll: the proposal and
/// its odds, how the dice decide, and the changes of each outcome as they
/// would land on the current values. Refused as [`apply`] would refuse it.
pub fn preview(scn: &Scenario, state: &GameState, intervention: &Intervention) -> Result<Vec<String>, String> {
    check_proposal(scn, intervention)?;
    let lang = scn.lang;
    let Intervention::Proposal { faction, proposal, chance, on_success, on_failure } = intervention else {
        return Err(tr!(lang, "game-umpire-not-a-proposal"));
    };
    let opening = tr!(
        lang,
        "game-proposal-preview",
        team = faction_name(scn, *faction),
        proposal = quoted(proposal),
        chance = num(lang, *chance),
        odds = odds(lang, *chance)
    );
    let dice = match chance {
        0 => tr!(lang, "game-proposal-never"),
        100 => tr!(lang, "game-proposal-always"),
        _ => tr!(lang, "game-proposal-roll", chance = num(lang, *chance)),
    };
    let side = |key: &str, deltas: &[(Slot, i64)]| {
        let changes = changes_words(scn, &planned(scn, state, deltas), "game-nothing-changes");
        bounded(tr!(lang, key, changes = changes))
    };
    Ok(vec![
        bounded(opening),
        dice,
        side("game-proposal-if-succeeds", on_success),
        side("game-proposal-if-fails", on_failure),
    ])
}

/// Whether a proposal can be ruled: a team of the scenario, words (not too
/// many), a chance from 0 to 100, at least one change on success, and
/// changes that are real values, each listed once, none of them zero.
/// Other interventions pass.
pub fn check_proposal(scn: &Scenario, intervention: &Intervention) -> Result<(), String> {
    let Intervention::Proposal { faction, proposal, chance, on_success, on_failure } = intervention else {
        return Ok(());
    };
    let lang = scn.lang;
    if *faction >= scn.factions.len() {
        return Err(tr!(lang, "game-umpire-no-such-team"));
    }
    if proposal.trim().is_empty() {
        return Err(tr!(lang, "game-umpire-no-proposal"));
    }
    if proposal.trim().chars().count() > MAX_PROPOSAL {
        return Err(tr!(lang, "game-umpire-too-long", most = MAX_PROPOSAL));
    }
    if !(0..=100).contains(chance) {
        return Err(tr!(lang, "game-umpire-bad-chance"));
    }
    if on_success.is_empty() {
        return Err(tr!(lang, "game-umpire-no-success"));
    }
    for (deltas, outcome) in [(on_success, "success"), (on_failure, "failure")] {
        if deltas.len() > MAX_CHANGES {
            return Err(tr!(lang, "game-umpire-too-many", most = MAX_CHANGES, outcome = outcome));
        }
        for (i, &(slot, delta)) in deltas.iter().enumerate() {
            check_slot(scn, slot)?;
            if delta == 0 {
                return Err(tr!(lang, "game-umpire-zero-change", value = slot_label(scn, slot), outcome = outcome));
            }
            if deltas[..i].iter().any(|&(other, _)| same_value(other, slot)) {
                return Err(tr!(lang, "game-umpire-listed-twice", value = slot_label(scn, slot), outcome = outcome));
            }
        }
    }
    Ok(())
}

/// Whether two slots name the same value (a relation either way round).
fn same_value(a: Slot, b: Slot) -> bool {
    match (a, b) {
        (Slot::Relation(a1, b1), Slot::Relation(a2, b2)) => (a1.min(b1), a1.max(b1)) == (a2.min(b2), a2.max(b2)),
        _ => a == b,
    }
}

/// The value a change leaves: added and clamped; a flag or `open` turned on
/// by a positive change and off by a negative one.
pub fn changed(scn: &Scenario, slot: Slot, before: i64, delta: i64) -> i64 {
    let target = match slot {
        Slot::Flag(_) | Slot::RouteOpen(_) => i64::from(delta > 0),
        _ => before.saturating_add(delta),
    };
    clamp_slot(scn, slot, target)
}

/// The changes `deltas` would make to the current values (each value is
/// listed once), each with the change asked.
fn planned(scn: &Scenario, state: &GameState, deltas: &[(Slot, i64)]) -> Vec<(Change, i64)> {
    deltas
        .iter()
        .map(|&(slot, delta)| {
            let before = state.get(slot);
            (Change { slot, before, after: changed(scn, slot, before, delta) }, delta)
        })
        .collect()
}

/// A list of changes in words, ending a sentence; the message `none` when there are none.
fn changes_words(scn: &Scenario, changes: &[(Change, i64)], none: &str) -> String {
    if changes.is_empty() {
        return tr!(scn.lang, none);
    }
    let list: Vec<String> = changes.iter().map(|(c, asked)| change_words(scn, c, *asked)).collect();
    let separator = tr!(scn.lang, "game-list-separator");
    bounded(tr!(scn.lang, "game-changes", list = list.join(&separator)))
}

/// One change in words: "Gao · Fuel stock +6 days", "Airspace open: now no";
/// a change cut short by its value's range says what was asked.
fn change_words(scn: &Scenario, c: &Change, asked: i64) -> String {
    let signed = |d: i64| {
        let text = slot_value(scn, c.slot, d);
        if d > 0 { format!("+{text}") } else { text }
    };
    let switch = matches!(c.slot, Slot::Flag(_) | Slot::RouteOpen(_));
    let moved = c.after.saturating_sub(c.before);
    let (value, after) = (slot_label(scn, c.slot), slot_value(scn, c.slot, c.after));
    let lang = scn.lang;
    match (switch, moved) {
        (true, 0) => tr!(lang, "game-change-already", value = value, after = after),
        (true, _) => tr!(lang, "game-change-switched", value = value, after = after),
        (false, 0) => tr!(lang, "game-change-at-limit", value = value, after = after),
        (false, m) if m == asked => tr!(lang, "game-change-moved", value = value, delta = signed(moved)),
        (false, _) => {
            tr!(lang, "game-change-limited", value = value, delta = signed(moved), asked = signed(asked), after = after)
        }
    }
}

/// A change as the umpire asks it, before it is made: "Gao · Fuel stock +6
/// days", "Airspace open: no".
pub fn change_asked(scn: &Scenario, slot: Slot, delta: i64) -> String {
    let value = slot_label(scn, slot);
    if matches!(slot, Slot::Flag(_) | Slot::RouteOpen(_)) {
        let after = slot_value(scn, slot, i64::from(delta > 0));
        return tr!(scn.lang, "game-change-switch-to", value = value, after = after);
    }
    let text = slot_value(scn, slot, delta);
    let delta = if delta > 0 { format!("+{text}") } else { text };
    tr!(scn.lang, "game-change-moved", value = value, delta = delta)
}

/// A faction's name (never its id).
fn faction_name(scn: &Scenario, faction: usize) -> String {
    scn.factions.get(faction).map_or_else(|| "?".to_string(), |f| f.name.clone())
}

/// The team's words on one line, ending with a full stop if they end without one.
fn quoted(proposal: &str) -> String {
    let text = one_line(proposal.trim());
    if text.ends_with(['.', '!', '?', '…']) { text } else { format!("{text}.") }
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
    if ok { Ok(()) } else { Err(tr!(scn.lang, "game-umpire-no-such-value")) }
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
        assert_eq!(entry.changes.as_slice(), &[Change { slot: Slot::FactionVar(0, 0), before: 96, after: 500 }]);
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

    fn proposal(chance: i64, on_success: Vec<(Slot, i64)>, on_failure: Vec<(Slot, i64)>) -> Intervention {
        Intervention::Proposal {
            faction: 0,
            proposal: "Ask Oru to open a fuel route through the river".into(),
            chance,
            on_success,
            on_failure,
        }
    }

    #[test]
    fn a_proposal_rolls_the_games_own_dice_the_same_way_for_the_same_seed() {
        let scn = tutorial();
        let rule = ruling(proposal(40, vec![(Slot::RegionVar(1, 0), 6)], vec![(Slot::FactionVar(0, 1), -3)]));
        let (mut a, mut b) = (new_game(&scn, 7), new_game(&scn, 7));
        let expected = crate::engine::dice::roll(&mut a.rng.clone(), 40);
        let first = apply(&scn, &mut a, &rule).expect("rules");
        assert_eq!(first, apply(&scn, &mut b, &rule).expect("rules"), "same seed, same roll and outcome");
        assert_eq!(a, b);
        let outcome = if expected.success { "it succeeded" } else { "it failed" };
        let said = first.news(&scn).expect("a sentence").into_owned();
        assert!(said.contains(&format!("the roll was {}: {outcome}", expected.roll)), "{said}");
        assert!(said.starts_with("Kesh proposed: “Ask Oru to open a fuel route through the river.” "), "{said}");
        assert!(said.contains("judged it 40% likely"), "{said}");
        assert!(!said.contains("kesh_north") && !said.contains("fuel_stock"), "names, never ids: {said}");
        assert_eq!(first.audience, Audience::All, "argued and judged in the open");
    }

    #[test]
    fn success_and_failure_change_their_own_values_and_say_so() {
        let scn = tutorial();
        let mut state = new_game(&scn, 1);
        let (stock, stability) = (state.get(Slot::RegionVar(1, 0)), state.get(Slot::FactionVar(0, 1)));
        let sure = proposal(100, vec![(Slot::RegionVar(1, 0), 6), (Slot::Flag(1), 1)], vec![]);
        let entry = apply(&scn, &mut state, &ruling(sure)).expect("rules");
        assert_eq!(state.get(Slot::RegionVar(1, 0)), stock + 6);
        assert_eq!(state.get(Slot::Flag(1)), 1);
        let said = entry.news(&scn).expect("a sentence").into_owned();
        assert!(
            said.contains("it succeeded. Northern Kesh · Fuel stock +6 days, Oru–Kesh supply deal: now yes."),
            "{said}"
        );
        assert!(matches!(&entry.kind, EntryKind::Ruling { reason } if reason == "test"));

        let hopeless = proposal(0, vec![(Slot::RegionVar(1, 0), 6)], vec![(Slot::FactionVar(0, 1), -5)]);
        let entry = apply(&scn, &mut state, &ruling(hopeless)).expect("rules");
        assert_eq!(state.get(Slot::FactionVar(0, 1)), stability - 5);
        assert_eq!(state.get(Slot::RegionVar(1, 0)), stock + 6, "success's change not made");
        assert!(entry.news(&scn).expect("a sentence").ends_with("it failed. Kesh · Stability -5."));

        let nothing = proposal(0, vec![(Slot::RegionVar(1, 0), 6)], vec![]);
        let entry = apply(&scn, &mut state, &ruling(nothing)).expect("no change on failure is allowed");
        assert!(entry.changes.is_empty());
        assert!(entry.news(&scn).expect("a sentence").ends_with("it failed. Nothing changed."));
    }

    #[test]
    fn a_proposals_changes_are_clamped_as_set_clamps() {
        let scn = tutorial();
        let mut state = new_game(&scn, 1);
        state.set(&scn, Slot::FactionVar(0, 0), 480);
        let rule = proposal(100, vec![(Slot::FactionVar(0, 0), 50), (Slot::FactionVar(0, 1), -1000)], vec![]);
        let entry = apply(&scn, &mut state, &ruling(rule)).expect("rules");
        assert_eq!(state.get(Slot::FactionVar(0, 0)), 500, "held at the declared max");
        assert_eq!(state.get(Slot::FactionVar(0, 1)), 0, "held at the declared min");
        let said = entry.news(&scn).expect("a sentence").into_owned();
        assert!(said.contains("Kesh · Treasury +20 M (+50 M asked; 500 M is its limit)"), "{said}");
        let again = proposal(100, vec![(Slot::FactionVar(0, 0), 50)], vec![]);
        let said = apply(&scn, &mut state, &ruling(again)).expect("rules").news(&scn).expect("a sentence").into_owned();
        assert!(said.contains("Kesh · Treasury unchanged (already 500 M, its limit)"), "{said}");
    }

    #[test]
    fn a_proposal_without_a_reason_words_or_sound_changes_is_refused_without_rolling() {
        let scn = tutorial();
        let mut state = new_game(&scn, 1);
        let before = state.clone();
        let good = || proposal(50, vec![(Slot::RegionVar(1, 0), 6)], vec![]);
        let with = |change: fn(&mut Intervention)| {
            let mut p = good();
            change(&mut p);
            p
        };
        let words = |text: String| {
            let Intervention::Proposal { faction, chance, on_success, on_failure, .. } = good() else { unreachable!() };
            Intervention::Proposal { faction, proposal: text, chance, on_success, on_failure }
        };
        let mut r = ruling(good());
        r.reason = " ".into();
        assert!(apply(&scn, &mut state, &r).is_err(), "a reason is required");
        let refused = [
            words("  ".into()),
            words("x".repeat(MAX_PROPOSAL + 1)),
            with(|p| {
                if let Intervention::Proposal { chance, .. } = p {
                    *chance = 101
                }
            }),
            with(|p| {
                if let Intervention::Proposal { chance, .. } = p {
                    *chance = -1
                }
            }),
            with(|p| {
                if let Intervention::Proposal { faction, .. } = p {
                    *faction = 9
                }
            }),
            proposal(50, vec![], vec![]),
            proposal(50, vec![(Slot::RegionVar(1, 0), 0)], vec![]),
            proposal(50, vec![(Slot::RegionVar(1, 0), 1), (Slot::RegionVar(1, 0), 2)], vec![]),
            proposal(50, vec![(Slot::Relation(0, 1), 1), (Slot::Relation(1, 0), 2)], vec![]),
            proposal(50, vec![(Slot::RegionVar(99, 0), 1)], vec![]),
            proposal(50, vec![(Slot::RegionVar(1, 0), 1)], vec![(Slot::FactionVar(0, 0), 1); MAX_CHANGES + 1]),
        ];
        for bad in refused {
            assert!(apply(&scn, &mut state, &ruling(bad.clone())).is_err(), "{bad:?} is refused");
        }
        assert_eq!(state, before, "nothing changed and no die was rolled");
        let longest = words("x".repeat(MAX_PROPOSAL));
        assert!(apply(&scn, &mut state, &ruling(longest)).is_ok());
    }

    #[test]
    fn the_preview_says_what_each_outcome_will_record_before_the_roll() {
        let scn = tutorial();
        let state = new_game(&scn, 1);
        let lines = preview(&scn, &state, &proposal(40, vec![(Slot::RegionVar(1, 0), 6)], vec![])).expect("previews");
        assert_eq!(
            lines[0],
            "Kesh proposes: “Ask Oru to open a fuel route through the river.” Your judgement: could go either way, 40%."
        );
        assert_eq!(lines[1], "The dice roll 1 to 100: 40 or less succeeds.");
        assert_eq!(lines[2], "If it succeeds: Northern Kesh · Fuel stock +6 days.");
        assert_eq!(lines[3], "If it fails: nothing changes.");
        assert!(preview(&scn, &state, &proposal(40, vec![], vec![])).is_err());
        let odds = |chance| odds(Lang::En, chance);
        assert_eq!(
            [odds(0), odds(10), odds(95), odds(100)],
            ["no chance", "very unlikely", "almost certain", "certain"]
        );
    }
}
