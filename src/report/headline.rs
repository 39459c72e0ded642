//! A turn in brief, for the room to read aloud before the detail: what each
//! side did, what happened, and the largest changes, in sentences made from
//! the names of things.

use std::borrow::Cow;

use crate::engine::TurnReport;
use crate::engine::report::{Audience, Change, Entry, EntryKind, Slot, slot_label, slot_value};
use crate::engine::state::GameState;
use crate::engine::words::num;
use crate::scenario::Scenario;
use crate::tr;

use super::markdown::semicolons;
use super::{ItemKind, account, change_size};

/// How many of the largest changes the headline names.
pub const LARGEST: usize = 3;

/// A turn in a few lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Headline {
    /// One line per side that could act: "Mali: Ask Niger for fuel → Niger (succeeded)".
    pub sides: Vec<String>,
    /// Events, rulings and the end of the game, by title.
    pub happened: Vec<String>,
    /// The largest changes of the turn, in words, largest first.
    pub largest: Vec<String>,
    /// What else moved values without anyone ordering it: income and the scenario's rules.
    pub routine: Option<String>,
}

/// The headline of a turn as the room may see it (public entries only), or
/// with everything revealed. `opening` is the state the turn's orders were
/// given in, so answers can name what they answered.
pub fn headline(scn: &Scenario, report: &TurnReport, opening: Option<&GameState>, reveal: bool) -> Headline {
    let shown: Vec<&Entry> = report.entries().filter(|e| reveal || e.audience == Audience::All).collect();
    let (account, _) = account(scn, report.turn, shown.iter().copied(), opening, false);
    let lang = scn.lang;
    let sides = account
        .sides
        .iter()
        .map(|side| {
            let done: Vec<String> = side
                .items
                .iter()
                .map(|item| {
                    let text = item.brief.clone().unwrap_or_else(|| item.text.clone());
                    // The outcome without its roll, which every language puts in brackets
                    // after it: "succeeded", "declined", "refused: …".
                    match item.outcome.as_deref().map(|o| o.split(" (").next().unwrap_or(o)) {
                        Some(outcome) if item.kind != ItemKind::Proposal => {
                            tr!(lang, "report-headline-item", text = text, outcome = outcome)
                        }
                        _ => text,
                    }
                })
                .collect();
            let what = if done.is_empty() { tr!(lang, "report-headline-no-orders") } else { semicolons(lang, &done) };
            tr!(lang, "report-headline-side", faction = side.faction.as_str(), orders = what)
        })
        .collect();
    let mut happened = Vec::new();
    for e in shown {
        match &e.kind {
            EntryKind::Event { event, .. } => {
                if let Some(def) = scn.events.get(*event) {
                    happened.push(def.title.clone());
                }
            }
            EntryKind::Ruling { .. } => {
                happened.push(e.news(scn).map_or_else(|| tr!(lang, "report-umpire-intervened"), Cow::into_owned))
            }
            EntryKind::GameOver { .. } => {
                happened.push(e.news(scn).map_or_else(|| tr!(lang, "report-game-over"), Cow::into_owned))
            }
            _ => {}
        }
    }
    let mut net: Vec<&Change> = report.net.iter().filter(|c| change_size(scn, c) > 0).collect();
    net.sort_by_key(|c| std::cmp::Reverse(change_size(scn, c)));
    let largest = net.into_iter().take(LARGEST).map(|c| sentence(scn, c)).collect();
    Headline { sides, happened, largest, routine: routine(scn, report) }
}

/// "Gao · Fuel stock fell from 14 to 0 days", "Airspace open: now no".
pub fn sentence(scn: &Scenario, c: &Change) -> String {
    let (lang, label) = (scn.lang, slot_label(scn, c.slot));
    match c.slot {
        Slot::Flag(_) | Slot::RouteOpen(_) => {
            tr!(lang, "game-change-switched", value = label, after = slot_value(scn, c.slot, c.after))
        }
        _ => {
            // The unit once, after the second number.
            let before = match c.slot {
                Slot::FactionVar(..) | Slot::RegionVar(..) => num(lang, c.before),
                _ => slot_value(scn, c.slot, c.before),
            };
            let after = slot_value(scn, c.slot, c.after);
            let key = if c.after > c.before { "report-rose" } else { "report-fell" };
            tr!(lang, key, value = label, before = before, after = after)
        }
    }
}

/// One sentence for the income and rules that ran this turn, naming only
/// what the scenario has (its rules' own descriptions), or `None`.
fn routine(scn: &Scenario, report: &TurnReport) -> Option<String> {
    let income = report.entries().any(|e| matches!(e.kind, EntryKind::Income { .. }) && !e.changes.is_empty());
    let mut rules: Vec<&str> = Vec::new();
    let mut count = 0usize;
    for e in report.entries() {
        if let EntryKind::Rule { rule } = e.kind {
            if e.changes.is_empty() {
                continue;
            }
            count += 1;
            if let Some(d) = scn.rules.get(rule).map(|r| r.description.trim()).filter(|d| !d.is_empty()) {
                if !rules.contains(&d) {
                    rules.push(d);
                }
            }
        }
    }
    let lang = scn.lang;
    let what = match (income, count) {
        (false, 0) => return None,
        (true, 0) => return Some(tr!(lang, "report-routine-income")),
        (true, n) => tr!(lang, "report-routine-income-rules", count = n),
        (false, n) => tr!(lang, "report-routine-rules", count = n),
    };
    Some(if rules.is_empty() {
        tr!(lang, "report-routine", what = what)
    } else {
        let shown: Vec<String> = rules.iter().take(3).map(|d| d.trim_end_matches('.').to_string()).collect();
        let key = if rules.len() > 3 { "report-routine-listed-more" } else { "report-routine-listed" };
        tr!(lang, key, what = what, rules = semicolons(lang, &shown))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::ai::{AiKind, decide};
    use crate::engine::{TurnOrders, play_turn};

    fn tutorial() -> Scenario {
        crate::scenario::load("tutorial.ron", crate::scenario::TUTORIAL.as_bytes()).scenario.expect("loads")
    }

    #[test]
    fn a_headline_names_each_side_and_the_largest_changes_in_words() {
        let scn = tutorial();
        let state = crate::engine::new_game(&scn, 4);
        let mut orders = TurnOrders::default();
        for (f, def) in scn.factions.iter().enumerate().filter(|(_, d)| d.playable) {
            orders.set(def.id.clone(), decide(&scn, &state, f, AiKind::Greedy));
        }
        let (_, report) = play_turn(&scn, &state, &orders);
        let h = headline(&scn, &report, Some(&state), false);
        let playable: Vec<&str> = scn.factions.iter().filter(|f| f.playable).map(|f| f.name.as_str()).collect();
        assert_eq!(h.sides.len(), playable.len(), "{h:?}");
        for (line, name) in h.sides.iter().zip(&playable) {
            assert!(line.starts_with(&format!("{name}: ")), "{line}");
        }
        assert_eq!(h.largest.len(), LARGEST);
        assert!(
            h.largest.iter().all(|l| l.contains(" rose from ") || l.contains(" fell from ") || l.contains(": now "))
        );
        let routine = h.routine.expect("the tutorial's rules run every turn");
        assert!(routine.starts_with("Income and "), "{routine}");
        assert!(!routine.contains("consumption, prices, need"), "only what the scenario has: {routine}");
        for line in h.sides.iter().chain(&h.largest).chain(std::iter::once(&routine)) {
            assert!(!line.contains('`') && !line.contains("self."), "no code on screen: {line}");
        }
    }

    #[test]
    fn a_change_reads_as_a_sentence() {
        let scn = tutorial();
        let slot = Slot::RegionVar(0, 0);
        let s = sentence(&scn, &Change { slot, before: 30, after: 12 });
        assert!(s.contains(" fell from 30 to 12"), "{s}");
    }
}
