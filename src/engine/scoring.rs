//! Objectives and final scores.

use serde::{Deserialize, Serialize};

use crate::engine::state::GameState;
use crate::scenario::Scenario;
use crate::scenario::expr::{Bindings, Type};
use crate::scenario::format::Measure;
use crate::scenario::model::{ObjectiveDef, SharedDef};

/// One objective's result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObjectiveScore {
    /// Objective id.
    pub id: String,
    /// Its weight.
    pub weight: u32,
    /// Achievement, 0–100.
    pub score: i64,
}

/// How far a team got towards its goals, from its score and the shared outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Verdict {
    /// Below its `partly` threshold.
    Missed,
    /// At or above `partly`, below `met`.
    Partly,
    /// At or above `met`.
    Met,
}

impl Verdict {
    /// One step lower (the shared outcome was lost).
    pub fn lower(self) -> Verdict {
        match self {
            Verdict::Met => Verdict::Partly,
            Verdict::Partly | Verdict::Missed => Verdict::Missed,
        }
    }
}

/// The state of the outcome every team shares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Shared {
    /// At or above `held`.
    Held,
    /// Between.
    Strained,
    /// Below `lost`: every team's verdict is one step lower.
    Lost,
}

/// The shared outcome's result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedScore {
    /// Its score, 0–100.
    pub score: i64,
    /// Held, strained or lost.
    pub state: Shared,
}

/// One faction's result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactionScore {
    /// Faction index.
    pub faction: usize,
    /// Weighted mean of its objectives, 0–100.
    pub total: i64,
    /// Each objective.
    pub objectives: Vec<ObjectiveScore>,
    /// Its verdict, the shared outcome included.
    pub verdict: Verdict,
    /// Points above (or below, negative) the score at which its goals are met.
    pub margin: i64,
    /// The margin in thousandths of the faction's own step from partly met
    /// to met: how teams with different goals are compared.
    pub rank: i64,
}

/// Scores of every playable faction and who leads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scores {
    /// Per playable faction, in scenario order.
    pub factions: Vec<FactionScore>,
    /// Indices of the faction(s) that lead: the best verdict, then the
    /// widest margin above their own goals (in steps of their own scale).
    pub leaders: Vec<usize>,
    /// The shared outcome, when the scenario has one.
    pub shared: Option<SharedScore>,
}

/// The shared outcome's score on the state as it is now, 0–100.
pub fn shared_now(def: &SharedDef, state: &GameState) -> i64 {
    let b = Bindings::of(None, None);
    if def.score.ty == Type::Bool {
        if def.score.program.truth(state, b) { 100 } else { 0 }
    } else {
        def.score.program.num(state, b).clamp(0, 100)
    }
}

/// The shared outcome as it stands (`Average`: over the turns measured so far).
pub fn shared(scn: &Scenario, state: &GameState) -> Option<SharedScore> {
    let def = scn.shared.as_ref()?;
    let score = match def.measure {
        Measure::Average if state.measured_turns > 0 => state.shared_sum / i64::from(state.measured_turns),
        _ => shared_now(def, state),
    };
    let state = if score >= def.held {
        Shared::Held
    } else if score < def.lost {
        Shared::Lost
    } else {
        Shared::Strained
    };
    Some(SharedScore { score, state })
}

/// An objective's achievement on the state as it is now, 0–100.
pub fn objective_now(obj: &ObjectiveDef, state: &GameState, faction: usize) -> i64 {
    let b = Bindings::of(Some(faction), None);
    if obj.score.ty == Type::Bool {
        if obj.score.program.truth(state, b) { 100 } else { 0 }
    } else {
        obj.score.program.num(state, b).clamp(0, 100)
    }
}

/// Adds this turn's values of `Average` objectives to the running sums.
pub fn measure_turn(scn: &Scenario, state: &mut GameState) {
    for (f, def) in scn.factions.iter().enumerate() {
        for (o, obj) in def.objectives.iter().enumerate() {
            if obj.measure == Measure::Average {
                let now = objective_now(obj, state, f);
                if let Some(sum) = state.objective_sums.get_mut(f).and_then(|s| s.get_mut(o)) {
                    *sum = sum.saturating_add(now);
                }
            }
        }
    }
    if let Some(def) = scn.shared.as_ref().filter(|d| d.measure == Measure::Average) {
        state.shared_sum = state.shared_sum.saturating_add(shared_now(def, state));
    }
    state.measured_turns += 1;
}

/// Scores as they stand: `AtEnd` objectives on the current state, `Average`
/// Each weight as a whole percent of their sum, adding up to exactly 100
/// (largest remainders round up): the one unit role cards, briefings, the
/// overview, the debrief and the report show objectives in.
pub fn shares(weights: &[u32]) -> Vec<u32> {
    let total: u64 = weights.iter().map(|&w| u64::from(w)).sum();
    if total == 0 {
        return vec![0; weights.len()];
    }
    let exact: Vec<u64> = weights.iter().map(|&w| u64::from(w) * 100).collect();
    let mut out: Vec<u32> = exact.iter().map(|e| u32::try_from(e / total).unwrap_or(100)).collect();
    let given: u32 = out.iter().sum();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    // Largest remainder first; ties to the earlier objective, so it never depends on anything else.
    order.sort_by_key(|&i| (std::cmp::Reverse(exact[i] % total), i));
    for &i in order.iter().take(100u32.saturating_sub(given) as usize) {
        out[i] += 1;
    }
    out
}

/// ones over the turns measured so far (or now, before any turn ended).
pub fn scores(scn: &Scenario, state: &GameState) -> Scores {
    let north = shared(scn, state);
    let lost = north.is_some_and(|n| n.state == Shared::Lost);
    let factions: Vec<FactionScore> = scn
        .factions
        .iter()
        .enumerate()
        .filter(|(_, f)| f.playable)
        .map(|(f, def)| {
            let objectives: Vec<ObjectiveScore> = def
                .objectives
                .iter()
                .enumerate()
                .map(|(o, obj)| {
                    let score = match obj.measure {
                        Measure::Average if state.measured_turns > 0 => {
                            let sum = state.objective_sums.get(f).and_then(|s| s.get(o)).copied().unwrap_or(0);
                            sum / i64::from(state.measured_turns)
                        }
                        _ => objective_now(obj, state, f),
                    };
                    ObjectiveScore { id: obj.id.clone(), weight: obj.weight, score }
                })
                .collect();
            let weights: i64 = objectives.iter().map(|o| i64::from(o.weight)).sum();
            let weighted: i64 = objectives.iter().map(|o| i64::from(o.weight) * o.score).sum();
            let total = if weights > 0 { weighted / weights } else { 0 };
            let t = def.thresholds;
            let verdict = if total >= t.met {
                Verdict::Met
            } else if total >= t.partly {
                Verdict::Partly
            } else {
                Verdict::Missed
            };
            let verdict = if lost { verdict.lower() } else { verdict };
            let margin = total - t.met;
            let rank = margin * 1000 / (t.met - t.partly).max(1);
            FactionScore { faction: f, total, objectives, verdict, margin, rank }
        })
        .collect();
    let best = factions.iter().map(|f| (f.verdict, f.rank)).max();
    let leaders = factions.iter().filter(|f| Some((f.verdict, f.rank)) == best).map(|f| f.faction).collect();
    Scores { factions, leaders, shared: north }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_are_whole_percents_that_add_up_to_100() {
        assert_eq!(shares(&[2, 2, 2, 3]), [22, 22, 22, 34]);
        assert_eq!(shares(&[1, 1, 1]), [34, 33, 33]);
        assert_eq!(shares(&[3, 1]), [75, 25]);
        assert_eq!(shares(&[0, 0]), [0, 0]);
        assert_eq!(shares(&[]), Vec::<u32>::new());
    }
}
