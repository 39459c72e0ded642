//! Debrief questions drawn from what happened in the game, by templates:
//! the biggest decision, the deepest swing of an indicator, proposals
//! answered, secret orders, the score that moved most, relations, event
//! choices, refused orders and the winner. Nothing here names a scenario.

use crate::engine::report::{Change, Slot, slot_label, slot_value};
use crate::scenario::Scenario;

use super::{AfterAction, Fact, FactKind, action_name, faction_name};

/// Most questions asked.
const MOST: usize = 8;
/// Fewest questions asked (general ones fill the gap).
const FEWEST: usize = 5;

/// Questions for the class, most telling first.
pub(crate) fn ask(scn: &Scenario, report: &AfterAction, facts: &[Fact]) -> Vec<String> {
    let date = |turn: u32| scn.date_of(turn);
    let mut out: Vec<String> = Vec::new();

    // The single decision with the largest consequences.
    let biggest = facts
        .iter()
        .filter(|f| matches!(f.what, FactKind::Order { .. } | FactKind::Proposal { accepted: true, .. }))
        .filter(|f| f.impact > 0)
        .max_by_key(|f| (f.impact, std::cmp::Reverse(f.turn)));
    if let Some(fact) = biggest {
        let (who, what) = match &fact.what {
            FactKind::Order { action, target, .. } => (
                fact.faction.map_or_else(String::new, |f| faction_name(scn, f)),
                match target {
                    Some(t) => format!("“{}” ({t})", action_name(scn, *action)),
                    None => format!("“{}”", action_name(scn, *action)),
                },
            ),
            FactKind::Proposal { action, from, .. } => (
                fact.faction.map_or_else(String::new, |f| faction_name(scn, f)),
                format!("to accept {}'s “{}”", faction_name(scn, *from), action_name(scn, *action)),
            ),
            _ => (String::new(), String::new()),
        };
        let effects = largest_changes(scn, &fact.changes, 2);
        out.push(format!(
            "On turn {} ({}), {who} chose {what}: {effects}. Was it worth it, and what else could {who} have done?",
            fact.turn,
            date(fact.turn)
        ));
    }

    // The region or faction value that swung furthest, with its deepest point.
    if let Some(q) = deepest_swing(scn, report, facts) {
        out.push(q);
    }

    // A proposal declined (or, failing that, accepted).
    let proposals: Vec<&Fact> = facts.iter().filter(|f| matches!(f.what, FactKind::Proposal { .. })).collect();
    let declined = proposals.iter().find(|f| matches!(f.what, FactKind::Proposal { accepted: false, .. }));
    if let Some(fact) = declined.or(proposals.first()) {
        if let FactKind::Proposal { action, from, accepted, defaulted } = &fact.what {
            let to = fact.faction.map_or_else(String::new, |f| faction_name(scn, f));
            let from = faction_name(scn, *from);
            let action = action_name(scn, *action);
            out.push(if *accepted {
                format!(
                    "{to} accepted {from}'s proposal “{action}” on turn {}. Who gained more from it, and did it last?",
                    fact.turn
                )
            } else {
                let how = if *defaulted { " by not answering" } else { "" };
                format!(
                    "{to} declined {from}'s proposal “{action}”{how} on turn {} — why? What would {from} have had to offer?",
                    fact.turn
                )
            });
        }
    }

    // Secret orders, now revealed.
    let secrets: Vec<&Fact> =
        facts.iter().filter(|f| matches!(f.what, FactKind::Order { detected: Some(_), .. })).collect();
    let unseen = secrets.iter().filter(|f| matches!(f.what, FactKind::Order { detected: Some(false), .. })).count();
    let telling = secrets.iter().max_by_key(|f| (f.impact, std::cmp::Reverse(f.turn)));
    if let Some(fact) = telling {
        if let FactKind::Order { action, success, detected, .. } = &fact.what {
            let who = fact.faction.map_or_else(String::new, |f| faction_name(scn, f));
            let result = if *success { "succeeded" } else { "failed" };
            let action = action_name(scn, *action);
            out.push(if *detected == Some(true) {
                format!(
                    "{who}'s secret “{action}” on turn {} {result} and was detected. Was the risk worth taking, and how did the others react?",
                    fact.turn
                )
            } else {
                let others = if unseen > 1 { format!(" ({unseen} secret orders went unseen in all)") } else { String::new() };
                format!(
                    "{who}'s secret “{action}” on turn {} {result} and was never detected{others}. Now that everyone knows, does it change how you read that turn?",
                    fact.turn
                )
            });
        }
    }

    // The faction whose score moved most.
    if let Some(score) = report.indicator("score") {
        let moved = score.series.iter().filter_map(|s| Some((s, *s.values.first()?, *s.values.last()?))).max_by_key(
            |(s, a, b)| {
                let swing = s.values.iter().max().copied().unwrap_or(0) - s.values.iter().min().copied().unwrap_or(0);
                ((b - a).abs(), swing)
            },
        );
        if let Some((s, a, b)) = moved {
            let mine: Vec<String> = facts
                .iter()
                .filter(|f| f.faction.and_then(|i| scn.factions.get(i)).is_some_and(|d| d.id == s.id))
                .filter_map(|f| match &f.what {
                    FactKind::Order { action, .. } => Some((f.impact, action_name(scn, *action))),
                    _ => None,
                })
                .fold(Vec::<(u64, String)>::new(), |mut acc, (impact, name)| {
                    match acc.iter_mut().find(|(_, n)| *n == name) {
                        Some(slot) => slot.0 = slot.0.saturating_add(impact),
                        None => acc.push((impact, name)),
                    }
                    acc
                })
                .into_iter()
                .fold(Vec::new(), |mut acc, item| {
                    acc.push(item);
                    acc.sort_by_key(|(i, _)| std::cmp::Reverse(*i));
                    acc
                })
                .into_iter()
                .take(3)
                .map(|(_, n)| format!("“{n}”"))
                .collect();
            let verb = if b >= a { "rose" } else { "fell" };
            let did =
                if mine.is_empty() { String::new() } else { format!(" (its weightiest orders: {})", mine.join(", ")) };
            out.push(format!(
                "{}'s score {verb} from {a} to {b}, more than anyone's{did}. What did it do that mattered most?",
                s.name
            ));
        }
    }

    // The winner.
    let results = &report.scores;
    if let Some(best) = results.factions.iter().max_by_key(|f| f.total) {
        let strong = best.objectives.iter().max_by_key(|o| o.score);
        let weak = best.objectives.iter().min_by_key(|o| o.score);
        let verb = if results.provisional { "leads" } else { "won" };
        let who = if results.winners.len() > 1 {
            format!("{} tied with {}", results.winners.join(" and "), best.total)
        } else {
            format!("{} {verb} with {}", best.faction, best.total)
        };
        let detail = match (strong, weak) {
            (Some(s), Some(w)) if s.id != w.id => {
                format!("; its best objective was “{}” ({}), its weakest “{}” ({})", s.name, s.score, w.name, w.score)
            }
            _ => String::new(),
        };
        out.push(format!("{who}{detail}. Could the other teams have stopped it — or was it a shared success?"));
    }

    // The relation that changed most.
    if let Some(rel) = report.indicator("relation") {
        let moved = rel
            .series
            .iter()
            .filter_map(|s| Some((s, *s.values.first()?, *s.values.last()?)))
            .filter(|(_, a, b)| a != b)
            .max_by_key(|(_, a, b)| (b - a).abs());
        if let Some((s, a, b)) = moved {
            let verb = if b > a { "improved" } else { "worsened" };
            out.push(format!(
                "Relations between {} {verb} from {a} to {b}. Which decisions drove that, and did anyone intend it?",
                s.name.replace('–', " and ")
            ));
        }
    }

    // An event choice.
    if let Some(fact) = facts.iter().find(|f| matches!(f.what, FactKind::Choice { .. })) {
        if let FactKind::Choice { event, option, defaulted } = &fact.what {
            let who = fact.faction.map_or_else(String::new, |f| faction_name(scn, f));
            let title = scn.events.get(*event).map_or("?", |e| e.title.as_str());
            let how = if *defaulted { " (by default: nobody answered)" } else { "" };
            out.push(format!(
                "When “{title}” happened on turn {}, {who} chose “{option}”{how}. What were the alternatives, and would you choose the same now?",
                fact.turn
            ));
        }
    }

    // Refused orders.
    let refused: Vec<&Fact> = facts.iter().filter(|f| matches!(f.what, FactKind::Refused { .. })).collect();
    if let Some(first) = refused.first() {
        if let FactKind::Refused { action, reason } = &first.what {
            let who = first.faction.map_or_else(String::new, |f| faction_name(scn, f));
            let count =
                if refused.len() == 1 { "One order was".to_string() } else { format!("{} orders were", refused.len()) };
            out.push(format!(
                "{count} refused (the first: {who}'s “{action}” on turn {}: {reason}). What had the team misread about the situation?",
                first.turn
            ));
        }
    }

    // A chance event.
    let chance = facts
        .iter()
        .filter_map(|f| match &f.what {
            FactKind::Event { event, roll: Some(r) } => Some((f, *event, r.chance)),
            _ => None,
        })
        .min_by_key(|(f, _, c)| (*c, f.turn));
    if let Some((fact, event, c)) = chance {
        let title = scn.events.get(event).map_or("?", |e| e.title.as_str());
        out.push(format!(
            "“{title}” struck on turn {} (a {c}% chance). How well prepared was each team, and who could have made it less likely?",
            fact.turn
        ));
    }

    out.truncate(MOST);
    let general = [
        "If you played again, what would your team do differently on the first turn?",
        "What did your team not know when it gave its orders, and how could it have found out?",
        "Which outcome surprised you most, and why?",
        "Where did the teams' interests overlap, and did anyone act on it?",
        "Which of these decisions resemble what the real governments did?",
    ];
    for q in general {
        if out.len() >= FEWEST {
            break;
        }
        out.push(q.to_string());
    }
    out
}

/// "Northern Kesh · Fuel stock 30 → 8 days, and Kesh · Stability 60 → 55".
fn largest_changes(scn: &Scenario, changes: &[Change], n: usize) -> String {
    let mut sorted: Vec<&Change> = changes.iter().collect();
    sorted.sort_by_key(|c| std::cmp::Reverse(super::change_size(scn, c)));
    let texts: Vec<String> = sorted.iter().take(n).map(|c| crate::engine::report::change_text(scn, c)).collect();
    texts.join(", and ")
}

/// The region or faction value that moved furthest from its start, relative
/// to its range, preferring one a decision pushed; with its extreme, when it
/// came, and the decision that moved it most directly.
fn deepest_swing(scn: &Scenario, report: &AfterAction, facts: &[Fact]) -> Option<String> {
    struct Swing {
        size: u64,
        slot: Slot,
        start: i64,
        extreme: i64,
        at: usize,
        end: i64,
        cause: Option<String>,
    }
    let mut best: Option<Swing> = None;
    for ind in &report.indicators {
        let var = |decls: &[crate::scenario::format::VarDecl], id: &str| decls.iter().position(|d| d.id == id);
        let range = i128::from(ind.max).saturating_sub(i128::from(ind.min)).max(1);
        for (e, s) in ind.series.iter().enumerate() {
            let slot = match ind.id.split_once('.') {
                Some(("region", id)) => var(&scn.region_vars, id).map(|v| Slot::RegionVar(e, v)),
                Some(("faction", id)) => var(&scn.faction_vars, id).map(|v| Slot::FactionVar(e, v)),
                _ => None,
            };
            let Some(slot) = slot else { continue };
            let Some(&start) = s.values.first() else { continue };
            let away = |v: i64| (i128::from(v) - i128::from(start)).abs();
            // The furthest point; the earliest of equals.
            let Some((at, &extreme)) =
                s.values.iter().enumerate().max_by_key(|(k, v)| (away(**v), std::cmp::Reverse(*k)))
            else {
                continue;
            };
            let size = u64::try_from(away(extreme) * 1000 / range).unwrap_or(0);
            if size == 0 {
                continue;
            }
            let rising = extreme > start;
            let cause = facts
                .iter()
                .filter_map(|f| {
                    let c = f
                        .changes
                        .iter()
                        .find(|c| c.slot == slot && (c.after > c.before) == rising && c.after != c.before)?;
                    let who = faction_name(scn, f.faction?);
                    // A proposal is its maker's action: the faction that answered accepted or declined it.
                    let cause = match &f.what {
                        FactKind::Order { action, .. } => format!("{who}'s “{}”", action_name(scn, *action)),
                        FactKind::Proposal { action, from, accepted, .. } => format!(
                            "{who} {} {}'s “{}”",
                            if *accepted { "accepting" } else { "declining" },
                            faction_name(scn, *from),
                            action_name(scn, *action)
                        ),
                        FactKind::Choice { option, .. } => format!("{who}'s choice “{option}”"),
                        _ => return None,
                    };
                    let moved = (i128::from(c.after) - i128::from(c.before)).abs();
                    Some((moved, std::cmp::Reverse(f.turn), format!("{cause} on turn {}", f.turn)))
                })
                .max()
                .map(|(_, _, text)| text);
            let end = s.values.last().copied().unwrap_or(extreme);
            let candidate = Swing { size, slot, start, extreme, at, end, cause };
            let better = |b: &Swing| (candidate.cause.is_some(), candidate.size) > (b.cause.is_some(), b.size);
            if best.as_ref().is_none_or(better) {
                best = Some(candidate);
            }
        }
    }
    let Swing { slot, start, extreme, at, end, cause, .. } = best?;
    let label = slot_label(scn, slot);
    let verb = if extreme < start { "fell" } else { "rose" };
    let when =
        report.points.get(at).map_or_else(String::new, |p| format!(" by the end of turn {} ({})", p.turn, p.date));
    let then = if end == extreme { String::new() } else { format!(", and ended at {}", slot_value(scn, slot, end)) };
    let cause = cause.map(|c| format!(" {c} moved it most directly.")).unwrap_or_default();
    Some(format!(
        "{label} {verb} from {} to {}{when}{then}.{cause} What caused this, and who gained or lost by it?",
        slot_value(scn, slot, start),
        slot_value(scn, slot, extreme)
    ))
}
