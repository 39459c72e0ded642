//! A turn in brief, for the room to read aloud before the detail: what each
//! side did, what happened, and the largest changes, in sentences made from
//! the names of things.

use crate::engine::TurnReport;
use crate::engine::report::{Audience, Change, Entry, EntryKind, Slot, slot_label, slot_value};
use crate::engine::state::GameState;
use crate::scenario::Scenario;

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
    let (account, _) = account(scn, report.turn, shown.iter().copied(), opening);
    let sides = account
        .sides
        .iter()
        .map(|side| {
            let done: Vec<String> = side
                .items
                .iter()
                .map(|item| {
                    let text = match item.kind {
                        ItemKind::Proposal => item.text.replacen("proposal to", "proposed to", 1),
                        _ => item.text.clone(),
                    };
                    // The outcome without its roll: "succeeded", "declined", "refused: …".
                    match item.outcome.as_deref().map(|o| o.split(" (").next().unwrap_or(o)) {
                        Some(outcome) if item.kind != ItemKind::Proposal => format!("{text} ({outcome})"),
                        _ => text,
                    }
                })
                .collect();
            let what = if done.is_empty() { "no orders the room can see".to_string() } else { done.join("; ") };
            format!("{}: {what}", side.faction)
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
                happened.push(e.news.clone().unwrap_or_else(|| "The umpire intervened.".into()))
            }
            EntryKind::GameOver { .. } => happened.push(e.news.clone().unwrap_or_else(|| "The game is over.".into())),
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
    let label = slot_label(scn, c.slot);
    match c.slot {
        Slot::Flag(_) | Slot::RouteOpen(_) => format!("{label}: now {}", slot_value(scn, c.slot, c.after)),
        _ => {
            let verb = if c.after > c.before { "rose" } else { "fell" };
            let before = slot_value(scn, c.slot, c.before);
            let after = slot_value(scn, c.slot, c.after);
            // The unit once, after the second number.
            let before = before.split(' ').next().unwrap_or(&before).to_string();
            format!("{label} {verb} from {before} to {after}")
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
    let what = match (income, count) {
        (false, 0) => return None,
        (true, 0) => "Each side's income also moved values.".to_string(),
        (income, n) => {
            let rules =
                if n == 1 { "one of the scenario's rules".to_string() } else { format!("{n} of the scenario's rules") };
            let who = if income { format!("Income and {rules}") } else { capitalise(&rules) };
            format!("{who} also moved values")
        }
    };
    Some(if rules.is_empty() || count == 0 {
        if what.ends_with('.') { what } else { format!("{what}.") }
    } else {
        let shown: Vec<String> = rules.iter().take(3).map(|d| d.trim_end_matches('.').to_string()).collect();
        let end = if rules.len() > 3 { "; …" } else { "." };
        format!("{what}: {}{end}", shown.join("; "))
    })
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
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
