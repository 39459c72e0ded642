//! Where each game's numbers go in a tally, and the names to print them
//! with: built from the scenario, so a tally can be summarised without it.

use serde::{Deserialize, Serialize};

use crate::engine::report::Slot;
use crate::scenario::Scenario;

/// Where each game's numbers go in a [`Tally`](super::Tally), and their names.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// Names to print.
    pub labels: Labels,
    /// Playable factions (index into the scenario).
    pub(super) factions: Vec<usize>,
    /// Variables reported at game end.
    pub(super) slots: Vec<Slot>,
    /// `(faction, action)` pairs reported.
    pub(super) actions: Vec<(usize, usize)>,
    /// `[faction * actions + action]` → position in `actions`.
    action_at: Vec<Option<usize>>,
    /// Number of actions in the scenario.
    action_count: usize,
    /// Relations reported at game end, one per pair of factions.
    pub(super) relations: Vec<Slot>,
}

/// The names in a summary, in order, and the starting values the end
/// values are compared with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Labels {
    /// Scenario id.
    pub scenario: String,
    /// Playable factions: `(id, name)`.
    pub factions: Vec<(String, String)>,
    /// `(entity, variable)` for each value at game end.
    pub variables: Vec<(String, String)>,
    /// `(faction, action)` for each action.
    pub actions: Vec<(String, String)>,
    /// Event ids.
    pub events: Vec<String>,
    /// Every faction's id, playable or not, in scenario order: who proposals
    /// are made to (by position).
    pub everyone: Vec<String>,
    /// Each playable faction's objectives, in the order of [`Labels::factions`].
    pub objectives: Vec<Vec<ObjectiveLabel>>,
    /// Flags.
    pub flags: Vec<FlagLabel>,
    /// One relation per pair of factions.
    pub relations: Vec<RelationLabel>,
    /// Routes.
    pub routes: Vec<RouteLabel>,
}

/// An objective's names and weight.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObjectiveLabel {
    pub id: String,
    pub name: String,
    pub weight: u32,
}

/// A flag's names and starting value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlagLabel {
    pub id: String,
    pub name: String,
    pub start: bool,
}

/// A pair of factions (ids) and their starting relation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelationLabel {
    pub a: String,
    pub b: String,
    pub start: i64,
}

/// A route's names and starting state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RouteLabel {
    pub id: String,
    pub name: String,
    pub open: bool,
    pub capacity: i64,
    pub risk: i64,
}

impl Layout {
    /// The layout of `scn`'s summaries.
    pub fn new(scn: &Scenario) -> Self {
        let factions: Vec<usize> =
            scn.factions.iter().enumerate().filter(|(_, d)| d.playable).map(|(f, _)| f).collect();
        let mut slots = Vec::new();
        let mut variables = Vec::new();
        for (f, def) in scn.factions.iter().enumerate() {
            for (v, var) in scn.faction_vars.iter().enumerate() {
                slots.push(Slot::FactionVar(f, v));
                variables.push((def.id.clone(), var.id.clone()));
            }
        }
        for (r, def) in scn.regions.iter().enumerate() {
            for (v, var) in scn.region_vars.iter().enumerate() {
                slots.push(Slot::RegionVar(r, v));
                variables.push((def.id.clone(), var.id.clone()));
            }
        }
        let action_count = scn.actions.len();
        let mut action_at = vec![None; scn.factions.len() * action_count];
        let mut actions = Vec::new();
        let mut action_labels = Vec::new();
        for (a, def) in scn.actions.iter().enumerate() {
            for &f in &def.factions {
                let Some(faction) = scn.factions.get(f).filter(|d| d.playable) else { continue };
                if let Some(at) = action_at.get_mut(f * action_count + a) {
                    *at = Some(actions.len());
                }
                actions.push((f, a));
                action_labels.push((faction.id.clone(), def.id.clone()));
            }
        }
        let n = scn.factions.len();
        let mut relations = Vec::new();
        let mut relation_labels = Vec::new();
        for a in 0..n {
            for b in (a + 1)..n {
                relations.push(Slot::Relation(a, b));
                relation_labels.push(RelationLabel {
                    a: scn.factions[a].id.clone(),
                    b: scn.factions[b].id.clone(),
                    start: scn.relations.get(a * n + b).copied().unwrap_or(0),
                });
            }
        }
        let labels = Labels {
            scenario: scn.slug(),
            factions: factions.iter().map(|&f| (scn.factions[f].id.clone(), scn.factions[f].name.clone())).collect(),
            variables,
            actions: action_labels,
            events: scn.events.iter().map(|e| e.id.clone()).collect(),
            everyone: scn.factions.iter().map(|f| f.id.clone()).collect(),
            objectives: factions
                .iter()
                .map(|&f| {
                    let objective = |o: &crate::scenario::model::ObjectiveDef| ObjectiveLabel {
                        id: o.id.clone(),
                        name: o.name.clone(),
                        weight: o.weight,
                    };
                    scn.factions[f].objectives.iter().map(objective).collect()
                })
                .collect(),
            flags: scn
                .flags
                .iter()
                .map(|f| FlagLabel { id: f.id.clone(), name: f.name.clone(), start: f.value })
                .collect(),
            relations: relation_labels,
            routes: scn
                .routes
                .iter()
                .map(|r| RouteLabel {
                    id: r.id.clone(),
                    name: r.name.clone(),
                    open: r.open,
                    capacity: r.capacity,
                    risk: r.risk,
                })
                .collect(),
        };
        Layout { labels, factions, slots, actions, action_at, action_count, relations }
    }

    /// Position of faction `f`'s action `a` in [`Labels::actions`], if it is reported.
    pub(super) fn action(&self, f: usize, a: usize) -> Option<usize> {
        if a >= self.action_count {
            return None;
        }
        self.action_at.get(f.checked_mul(self.action_count)?.checked_add(a)?).copied().flatten()
    }
}
