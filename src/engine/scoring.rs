//! Objectives and final scores.

use serde::{Deserialize, Serialize};

use crate::engine::state::GameState;
use crate::scenario::Scenario;
use crate::scenario::expr::{Bindings, Type};
use crate::scenario::format::Measure;
use crate::scenario::model::ObjectiveDef;

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

/// One faction's result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactionScore {
    /// Faction index.
    pub faction: usize,
    /// Weighted mean of its objectives, 0–100.
    pub total: i64,
    /// Each objective.
    pub objectives: Vec<ObjectiveScore>,
}

/// Scores of every playable faction and who leads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scores {
    /// Per playable faction, in scenario order.
    pub factions: Vec<FactionScore>,
    /// Indices of the faction(s) with the highest total.
    pub leaders: Vec<usize>,
}

/// An objective's achievement on the state as it is now, 0–100.
pub fn objective_now(obj: &ObjectiveDef, state: &GameState, faction: usize) -> i64 {
    let b = Bindings { self_: Some(faction), target: None };
    if obj.score.ty == Type::Bool {
        if obj.score.root.truth(state, b) { 100 } else { 0 }
    } else {
        obj.score.root.num(state, b).clamp(0, 100)
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
            FactionScore { faction: f, total, objectives }
        })
        .collect();
    let best = factions.iter().map(|f| f.total).max();
    let leaders = factions.iter().filter(|f| Some(f.total) == best).map(|f| f.faction).collect();
    Scores { factions, leaders }
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
