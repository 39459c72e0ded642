//! The greedy player: for every legal order it looks one turn ahead on a
//! cloned state (effects weighted by their chance, then route flows and
//! rules) and keeps the orders that raise its own objectives most.

use rand_chacha::ChaCha8Rng;

use super::lookahead::{Lookahead, Move};
use crate::engine::check::{Committed, can_order, target_id};
use crate::engine::dice;
use crate::engine::orders::{Answer, FactionOrders, Order, Response};
use crate::engine::scoring::{objective_now, shared_now};
use crate::engine::state::{GameState, PendingKind};
use crate::scenario::Scenario;
use crate::scenario::expr::{Bindings, EffectStmt, Read};

/// Scores are compared in thousandths of a point; this much random jitter
/// (under half a point) breaks ties and keeps games from being identical.
const JITTER: u32 = 400;

/// `legal` holds the faction's legal orders; `ahead` looks ahead of `state`.
pub(super) fn decide<'a>(
    scn: &'a Scenario,
    state: &GameState,
    faction: usize,
    rng: &mut ChaCha8Rng,
    legal: &[(usize, Option<usize>)],
    ahead: &mut Lookahead<'a>,
) -> FactionOrders {
    ahead.want(outlook_reads(scn, faction));
    let mut ahead = Outlooks { scn, faction, ahead };
    let baseline = ahead.after(&[], &[], Bindings::default());
    let answers = answer(&mut ahead, state, baseline);

    let mut committed = Committed::default();
    let mut scored: Vec<(i64, usize, Option<usize>)> = legal
        .iter()
        .map(|&(action, target)| {
            let value = order_value(&mut ahead, state, action, target);
            (value + i64::from(dice::below(rng, JITTER)), action, target)
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));

    let mut orders = Vec::new();
    for (value, action, target) in scored {
        if value < baseline {
            break;
        }
        let Some(def) = scn.actions.get(action) else { continue };
        if !can_order(scn, state, faction, action, target, &committed) {
            continue;
        }
        committed.add(def, action, target);
        orders.push(Order {
            action: def.id.clone(),
            target: target.and_then(|t| target_id(scn, def.target, t)).map(str::to_string),
        });
    }
    FactionOrders { orders, answers }
}

/// Expected outlook after an order: success and failure weighted by the chance.
fn order_value(ahead: &mut Outlooks, state: &GameState, action: usize, target: Option<usize>) -> i64 {
    let (scn, faction) = (ahead.scn, ahead.faction);
    let Some(def) = scn.actions.get(action) else { return i64::MIN };
    let b = Bindings::of(Some(faction), target);
    if def.consent {
        // A proposal only costs now; its worth depends on the answer next turn.
        // Count half of the success effects as the hoped-for gain.
        let paid = ahead.after(&def.cost, &[], b);
        let won = ahead.after(&def.cost, &[&def.on_success], b);
        return (paid + won) / 2;
    }
    let chance = def.chance.as_ref().map_or(100, |c| c.program.num(state, b).clamp(0, 100));
    let success = ahead.after(&def.cost, &[&def.on_success, &def.hold, &def.ongoing], b);
    let failure = if chance < 100 { ahead.after(&def.cost, &[&def.on_failure], b) } else { success };
    (success * chance + failure * (100 - chance)) / 100
}

/// One faction's outlook one turn ahead of a state.
struct Outlooks<'a, 'b> {
    scn: &'a Scenario,
    faction: usize,
    ahead: &'b mut Lookahead<'a>,
}

impl Outlooks<'_, '_> {
    /// The faction's objectives (thousandths of a point) after it pays
    /// `cost` and `groups` of effects apply under `b`, and one turn of dynamics.
    fn after(&mut self, cost: &[(usize, i64)], groups: &[&[EffectStmt]], b: Bindings) -> i64 {
        let faction = self.faction;
        outlook(self.scn, self.ahead.after_move(&Move { faction, cost, groups, b }), faction)
    }
}

/// What [`outlook`] reads: the faction's objectives and the shared outcome.
fn outlook_reads(scn: &Scenario, faction: usize) -> Vec<Read> {
    let mut reads = Vec::new();
    let objectives = scn.factions.get(faction).map(|f| f.objectives.as_slice()).unwrap_or_default();
    for o in objectives {
        o.score.program.reads(Bindings::of(Some(faction), None), &mut |r| reads.push(r));
    }
    if let Some(shared) = &scn.shared {
        shared.score.program.reads(Bindings::of(None, None), &mut |r| reads.push(r));
    }
    reads
}

/// Weighted mean of the faction's objectives on this state, in thousandths,
/// less half of what the shared outcome's shortfall would cost its verdict
/// (a lost shared outcome lowers every verdict one step).
fn outlook(scn: &Scenario, state: &GameState, faction: usize) -> i64 {
    let Some(def) = scn.factions.get(faction) else { return 0 };
    let weights: i64 = def.objectives.iter().map(|o| i64::from(o.weight)).sum();
    if weights == 0 {
        return 0;
    }
    let sum: i64 = def.objectives.iter().map(|o| i64::from(o.weight) * objective_now(o, state, faction)).sum();
    let shortfall = scn.shared.as_ref().map_or(0, |shared| {
        let step = def.thresholds.met - def.thresholds.partly;
        let below = (shared.held - shared_now(shared, state)).max(0);
        below * 1000 * step / (2 * (shared.held - shared.lost).max(1))
    });
    sum * 1000 / weights - shortfall
}

/// Answers pending proposals and choices by comparing the outlooks.
fn answer(ahead: &mut Outlooks, state: &GameState, baseline: i64) -> Vec<Answer> {
    let (scn, faction) = (ahead.scn, ahead.faction);
    let mut answers = Vec::new();
    for p in state.pending.iter().filter(|p| p.faction == faction) {
        let response = match p.kind {
            PendingKind::Proposal { action, from } => {
                let Some(def) = scn.actions.get(action) else { continue };
                let b = Bindings::of(Some(from), Some(faction));
                let accept = ahead.after(&[], &[&def.on_success], b);
                let decline = ahead.after(&[], &[&def.on_decline], b);
                if accept >= decline.max(baseline) { Response::Accept } else { Response::Decline }
            }
            PendingKind::Choice { event } => {
                let Some(choice) = scn.events.get(event).and_then(|e| e.choice.as_ref()) else { continue };
                let b = Bindings::of(Some(faction), None);
                let best =
                    choice.options.iter().map(|o| (ahead.after(&[], &[&o.effects], b), o)).max_by_key(|(v, _)| *v);
                match best {
                    Some((_, option)) => Response::Choose(option.id.clone()),
                    None => continue,
                }
            }
        };
        answers.push(Answer { pending: p.id, response });
    }
    answers
}
