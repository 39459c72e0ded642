//! Debrief questions drawn from what happened in the game, by templates:
//! the biggest decision, the deepest swing of an indicator, proposals
//! answered, secret orders, the score that moved most, relations, event
//! choices, refused orders and the winner. Nothing here names a scenario.
//! Each question is a whole message of the catalogue (`report-q-…`), written
//! per language around the names and numbers it is given.

use crate::engine::report::{Change, Slot, slot_label, slot_value};
use crate::engine::words::{and_list, num};
use crate::scenario::Scenario;
use crate::tr;

use super::markdown::commas;
use super::{AfterAction, Fact, FactKind, action_name, faction_name};

/// Most questions asked.
const MOST: usize = 8;
/// Fewest questions asked (general ones fill the gap).
const FEWEST: usize = 5;

/// The general questions, asked when the game gave too few of its own.
const GENERAL: [&str; 5] = [
    "report-q-general-again",
    "report-q-general-unknown",
    "report-q-general-surprise",
    "report-q-general-overlap",
    "report-q-general-real",
];

/// Questions for the class, most telling first, in the scenario's language.
pub(crate) fn ask(scn: &Scenario, report: &AfterAction, facts: &[Fact]) -> Vec<String> {
    let lang = scn.lang;
    let date = |turn: u32| scn.date_in(lang, turn);
    let who = |fact: &Fact| fact.faction.map_or_else(String::new, |f| faction_name(scn, f));
    let mut out: Vec<String> = Vec::new();

    // The single decision with the largest consequences.
    let biggest = facts
        .iter()
        .filter(|f| matches!(f.what, FactKind::Order { .. } | FactKind::Proposal { accepted: true, .. }))
        .filter(|f| f.impact > 0)
        .max_by_key(|f| (f.impact, std::cmp::Reverse(f.turn)));
    if let Some(fact) = biggest {
        let (turn, date, effects) = (fact.turn.to_string(), date(fact.turn), largest_changes(scn, &fact.changes, 2));
        let question = match &fact.what {
            FactKind::Order { action, target: Some(target), .. } => Some(tr!(
                lang,
                "report-q-order-at",
                turn = turn,
                date = date,
                faction = who(fact),
                action = action_name(scn, *action),
                target = target.as_str(),
                effects = effects
            )),
            FactKind::Order { action, target: None, .. } => Some(tr!(
                lang,
                "report-q-order",
                turn = turn,
                date = date,
                faction = who(fact),
                action = action_name(scn, *action),
                effects = effects
            )),
            FactKind::Proposal { action, from, .. } => Some(tr!(
                lang,
                "report-q-accepted",
                turn = turn,
                date = date,
                faction = who(fact),
                from = faction_name(scn, *from),
                action = action_name(scn, *action),
                effects = effects
            )),
            _ => None,
        };
        out.extend(question);
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
            let key = match (accepted, defaulted) {
                (true, _) => "report-q-proposal-accepted",
                (false, true) => "report-q-proposal-ignored",
                (false, false) => "report-q-proposal-declined",
            };
            out.push(tr!(
                lang,
                key,
                to = who(fact),
                from = faction_name(scn, *from),
                action = action_name(scn, *action),
                turn = fact.turn.to_string()
            ));
        }
    }

    // Secret orders, now revealed.
    let secrets: Vec<&Fact> =
        facts.iter().filter(|f| matches!(f.what, FactKind::Order { detected: Some(_), .. })).collect();
    let unseen = secrets.iter().filter(|f| matches!(f.what, FactKind::Order { detected: Some(false), .. })).count();
    let telling = secrets.iter().max_by_key(|f| (f.impact, std::cmp::Reverse(f.turn)));
    if let Some(fact) = telling {
        if let FactKind::Order { action, success, detected, .. } = &fact.what {
            let key = match detected {
                Some(true) => "report-q-secret-detected",
                _ if unseen > 1 => "report-q-secret-unseen-many",
                _ => "report-q-secret-unseen",
            };
            out.push(tr!(
                lang,
                key,
                faction = who(fact),
                action = action_name(scn, *action),
                turn = fact.turn.to_string(),
                result = if *success { "success" } else { "failure" },
                unseen = unseen
            ));
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
                .map(|(_, n)| tr!(lang, "report-quoted", text = n))
                .collect();
            let key = if mine.is_empty() { "report-q-score" } else { "report-q-score-orders" };
            out.push(tr!(
                lang,
                key,
                faction = s.name.as_str(),
                direction = if b >= a { "rose" } else { "fell" },
                start = num(lang, a),
                end = num(lang, b),
                orders = commas(lang, &mine)
            ));
        }
    }

    // The winner.
    let results = &report.scores;
    if let Some(best) = results.factions.iter().max_by_key(|f| f.total) {
        let strong = best.objectives.iter().max_by_key(|o| o.score);
        let weak = best.objectives.iter().min_by_key(|o| o.score);
        let score = best.total.to_string();
        let who = if results.winners.len() > 1 {
            let names: Vec<&str> = results.winners.iter().map(String::as_str).collect();
            tr!(lang, "report-q-winner-tied", factions = and_list(lang, &names), score = score)
        } else {
            let key = if results.provisional { "report-q-winner-leads" } else { "report-q-winner-won" };
            tr!(lang, key, faction = best.faction.as_str(), score = score)
        };
        out.push(match (strong, weak) {
            (Some(s), Some(w)) if s.id != w.id => tr!(
                lang,
                "report-q-winner-objectives",
                who = who,
                best = s.name.as_str(),
                best_score = s.score.to_string(),
                worst = w.name.as_str(),
                worst_score = w.score.to_string()
            ),
            _ => tr!(lang, "report-q-winner", who = who),
        });
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
            // The pair's ids, `a-b`: its two factions by name.
            let name =
                |id: &str| scn.factions.iter().find(|f| f.id == id).map_or_else(|| id.to_string(), |f| f.name.clone());
            let (x, y) =
                s.id.split_once('-').map_or_else(|| (s.name.clone(), String::new()), |(x, y)| (name(x), name(y)));
            out.push(tr!(
                lang,
                "report-q-relation",
                a = x,
                b = y,
                direction = if b > a { "improved" } else { "worsened" },
                start = num(lang, a),
                end = num(lang, b)
            ));
        }
    }

    // An event choice.
    if let Some(fact) = facts.iter().find(|f| matches!(f.what, FactKind::Choice { .. })) {
        if let FactKind::Choice { event, option, defaulted } = &fact.what {
            let title = scn.events.get(*event).map_or("?", |e| e.title.as_str());
            let key = if *defaulted { "report-q-choice-default" } else { "report-q-choice" };
            out.push(tr!(
                lang,
                key,
                event = title,
                turn = fact.turn.to_string(),
                faction = who(fact),
                option = option.as_str()
            ));
        }
    }

    // Refused orders.
    let refused: Vec<&Fact> = facts.iter().filter(|f| matches!(f.what, FactKind::Refused { .. })).collect();
    if let Some(first) = refused.first() {
        if let FactKind::Refused { action, reason } = &first.what {
            out.push(tr!(
                lang,
                "report-q-refused",
                count = refused.len(),
                faction = who(first),
                action = action.as_str(),
                turn = first.turn.to_string(),
                reason = reason.as_str()
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
        out.push(tr!(lang, "report-q-chance", event = title, turn = fact.turn.to_string(), chance = num(lang, c)));
    }

    out.truncate(MOST);
    for key in GENERAL {
        if out.len() >= FEWEST {
            break;
        }
        out.push(tr!(lang, key));
    }
    out
}

/// "Northern Kesh · Fuel stock 30 → 8 days, and Kesh · Stability 60 → 55".
fn largest_changes(scn: &Scenario, changes: &[Change], n: usize) -> String {
    let mut sorted: Vec<&Change> = changes.iter().collect();
    sorted.sort_by_key(|c| std::cmp::Reverse(super::change_size(scn, c)));
    let texts: Vec<String> = sorted.iter().take(n).map(|c| crate::engine::report::change_text(scn, c)).collect();
    match texts.as_slice() {
        [first, second, ..] => tr!(scn.lang, "report-two-changes", first = first.as_str(), second = second.as_str()),
        [one] => one.clone(),
        [] => String::new(),
    }
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
                    let (lang, turn) = (scn.lang, f.turn.to_string());
                    let cause = match &f.what {
                        FactKind::Order { action, .. } => {
                            tr!(
                                lang,
                                "report-q-cause-order",
                                faction = who,
                                action = action_name(scn, *action),
                                turn = turn
                            )
                        }
                        FactKind::Proposal { action, from, accepted, .. } => tr!(
                            lang,
                            if *accepted { "report-q-cause-accepting" } else { "report-q-cause-declining" },
                            faction = who,
                            from = faction_name(scn, *from),
                            action = action_name(scn, *action),
                            turn = turn
                        ),
                        FactKind::Choice { option, .. } => {
                            tr!(lang, "report-q-cause-choice", faction = who, option = option.as_str(), turn = turn)
                        }
                        _ => return None,
                    };
                    let moved = (i128::from(c.after) - i128::from(c.before)).abs();
                    Some((moved, std::cmp::Reverse(f.turn), cause))
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
    let (lang, point) = (scn.lang, report.points.get(at)?);
    let swing = tr!(
        lang,
        if end == extreme { "report-q-swing" } else { "report-q-swing-ended" },
        value = slot_label(scn, slot),
        direction = if extreme < start { "fell" } else { "rose" },
        start = slot_value(scn, slot, start),
        extreme = slot_value(scn, slot, extreme),
        turn = point.turn.to_string(),
        date = point.date.as_str(),
        end = slot_value(scn, slot, end)
    );
    let mut question = vec![swing];
    question.extend(cause.map(|c| tr!(lang, "report-q-swing-cause", cause = c)));
    question.push(tr!(lang, "report-q-swing-ask"));
    Some(question.join(" "))
}
