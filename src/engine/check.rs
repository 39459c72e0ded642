//! Whether an order can be given, and what it would do: shared by
//! resolution, the interface's previews and the AI players. Never mutates.

use crate::engine::effects::{plan, preview as preview_changes};
use crate::engine::explain::why_not;
use crate::engine::orders::Order;
use crate::engine::report::Changes;
use crate::engine::state::{GameState, PendingKind, ScheduledKind};
use crate::engine::words::num;
use crate::scenario::Scenario;
use crate::scenario::expr::{Bindings, EntityKind};
use crate::scenario::format::{Stacking, TargetKind};
use crate::scenario::model::{ActionDef, FactionDef};
use crate::tr;

/// Resources a faction has already committed this turn.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Committed {
    /// Action points used.
    pub ap: u32,
    /// Amount of each faction variable already paid, `[variable]`.
    pub paid: Vec<i64>,
    /// (action, target) pairs already ordered.
    pub ordered: Vec<(usize, Option<usize>)>,
}

impl Committed {
    /// Nothing committed, keeping the room already allocated.
    pub fn clear(&mut self) {
        self.ap = 0;
        self.paid.clear();
        self.ordered.clear();
    }

    /// Records an accepted order.
    pub fn add(&mut self, action: &ActionDef, index: usize, target: Option<usize>) {
        self.ap += action.ap;
        for &(var, amount) in &action.cost {
            if self.paid.len() <= var {
                self.paid.resize(var + 1, 0);
            }
            if let Some(p) = self.paid.get_mut(var) {
                *p = p.saturating_add(amount);
            }
        }
        self.ordered.push((index, target));
    }
}

/// An order that passed every check, with its indices resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Checked {
    /// Action index.
    pub action: usize,
    /// Target index within its kind.
    pub target: Option<usize>,
}

/// Resolves a target id for an action's target kind.
pub fn target_index(scn: &Scenario, kind: TargetKind, id: &str) -> Option<usize> {
    match kind {
        TargetKind::None => None,
        TargetKind::Faction => scn.entity_index(EntityKind::Faction, id),
        TargetKind::Region => scn.entity_index(EntityKind::Region, id),
        TargetKind::Route => scn.entity_index(EntityKind::Route, id),
    }
}

/// Id of a target index for an action's target kind.
pub fn target_id(scn: &Scenario, kind: TargetKind, index: usize) -> Option<&str> {
    match kind {
        TargetKind::None => None,
        TargetKind::Faction => scn.factions.get(index).map(|f| f.id.as_str()),
        TargetKind::Region => scn.regions.get(index).map(|r| r.id.as_str()),
        TargetKind::Route => scn.routes.get(index).map(|r| r.id.as_str()),
    }
}

/// Every possible target of an action (for pickers and AI), in scenario order.
pub fn candidate_targets(scn: &Scenario, faction: usize, action: &ActionDef) -> Vec<Option<usize>> {
    targets(scn, faction, action).collect()
}

/// [`candidate_targets`], one at a time.
pub fn targets(scn: &Scenario, faction: usize, action: &ActionDef) -> impl Iterator<Item = Option<usize>> + use<> {
    let kind = action.target;
    let count = match kind {
        TargetKind::None => 0,
        TargetKind::Faction => scn.factions.len(),
        TargetKind::Region => scn.regions.len(),
        TargetKind::Route => scn.routes.len(),
    };
    let none = (kind == TargetKind::None).then_some(None);
    none.into_iter().chain((0..count).filter(move |&t| kind != TargetKind::Faction || t != faction).map(Some))
}

/// Checks an order by ids; the error is a reason a player can read.
pub fn check_order(
    scn: &Scenario,
    state: &GameState,
    faction: usize,
    order: &Order,
    committed: &Committed,
) -> Result<Checked, String> {
    let lang = scn.lang;
    let action = scn
        .action_index(&order.action)
        .ok_or_else(|| tr!(lang, "game-refused-no-such-action", id = order.action.as_str()))?;
    let def = scn.actions.get(action).ok_or_else(|| tr!(lang, "game-refused-unknown-action"))?;
    let target = match (def.target, &order.target) {
        (TargetKind::None, None) => None,
        (TargetKind::None, Some(_)) => return Err(tr!(lang, "game-refused-no-target", action = def.name.as_str())),
        (kind, None) => {
            return Err(tr!(lang, "game-refused-needs-target", action = def.name.as_str(), kind = target_noun(kind)));
        }
        (kind, Some(id)) => Some(
            target_index(scn, kind, id)
                .ok_or_else(|| tr!(lang, "game-refused-not-a-target", id = id.as_str(), kind = target_noun(kind)))?,
        ),
    };
    check_indices(scn, state, faction, action, target, committed)?;
    Ok(Checked { action, target })
}

/// A target kind as the catalogue's messages select on it.
fn target_noun(kind: TargetKind) -> &'static str {
    match kind {
        TargetKind::None => "none",
        TargetKind::Faction => "faction",
        TargetKind::Region => "region",
        TargetKind::Route => "route",
    }
}

/// Checks an order by indices; the error is a reason a player can read.
pub fn check_indices(
    scn: &Scenario,
    state: &GameState,
    faction: usize,
    action: usize,
    target: Option<usize>,
    committed: &Committed,
) -> Result<(), String> {
    match refusal(scn, state, faction, action, target, committed) {
        None => Ok(()),
        Some(r) => Err(r.reason(scn, state, (faction, action, target), committed)),
    }
}

/// Whether an order can be given now: [`check_indices`] without the words.
pub fn can_order(
    scn: &Scenario,
    state: &GameState,
    faction: usize,
    action: usize,
    target: Option<usize>,
    committed: &Committed,
) -> bool {
    open_to(scn, state, faction, action, committed) && open_at(scn, state, faction, (action, target), committed)
}

/// Whether `action` passes the checks of [`refusal`] that are the same at
/// every target, its requirements that do not mention `target` among them:
/// where it does not, no target can be ordered (checked once, not per target).
pub fn open_to(scn: &Scenario, state: &GameState, faction: usize, action: usize, committed: &Committed) -> bool {
    let (Some(def), Some(me)) = (scn.actions.get(action), scn.factions.get(faction)) else { return false };
    let b = Bindings::of(Some(faction), None);
    !state.is_over()
        && me.playable
        && def.factions.contains(&faction)
        && !too_late(scn, state, def)
        && !over_ap(me, def, committed)
        && unaffordable(scn, state, faction, def, committed).is_none()
        && def.requires.iter().all(|r| r.cond.program.mentions_target() || r.cond.program.truth(state, b))
}

/// For an action [`open_to`] the faction: whether the order at `target`
/// passes the rest of [`refusal`]'s checks. Together they make [`can_order`].
pub fn open_at(
    scn: &Scenario,
    state: &GameState,
    faction: usize,
    (action, target): (usize, Option<usize>),
    committed: &Committed,
) -> bool {
    let Some(def) = scn.actions.get(action) else { return false };
    let b = Bindings::of(Some(faction), target);
    let barred = own_faction(def, faction, target)
        || committed.ordered.contains(&(action, target))
        || (def.consent && proposed(state, faction, action, target))
        || (def.stack == Stacking::Refuse && running(scn, state, (faction, action, target)).is_some());
    !barred && def.requires.iter().all(|r| !r.cond.program.mentions_target() || r.cond.program.truth(state, b))
}

/// Why an order cannot be given, before it is put in words by [`Refusal::reason`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// No such action.
    UnknownAction,
    /// No such faction.
    UnknownFaction,
    /// The game has ended.
    GameOver,
    /// The faction gives no orders.
    NotPlayable,
    /// The action is not among the faction's.
    NotItsAction,
    /// A faction cannot target itself.
    OwnFaction,
    /// Delayed effects would land after the last turn.
    TooLate,
    /// The same order was already given this turn.
    AlreadyOrdered,
    /// Not enough action points left.
    ActionPoints,
    /// The same proposal is still waiting for an answer.
    AlreadyProposed,
    /// The faction's earlier one is still in effect, and the action says it cannot be taken again.
    InEffect {
        /// Turns it still lasts.
        remaining: u32,
    },
    /// The faction cannot pay a cost.
    Cost {
        /// Faction variable index.
        var: usize,
        /// The cost.
        amount: i64,
        /// What it can still spend.
        spendable: i64,
    },
    /// A requirement does not hold (its index in the action's `requires`).
    Requirement(usize),
}

/// The first reason an order cannot be given now, if any, in the order the
/// checks are made; builds no text.
pub fn refusal(
    scn: &Scenario,
    state: &GameState,
    faction: usize,
    action: usize,
    target: Option<usize>,
    committed: &Committed,
) -> Option<Refusal> {
    let Some(def) = scn.actions.get(action) else { return Some(Refusal::UnknownAction) };
    let Some(me) = scn.factions.get(faction) else { return Some(Refusal::UnknownFaction) };
    if state.is_over() {
        return Some(Refusal::GameOver);
    }
    if !me.playable {
        return Some(Refusal::NotPlayable);
    }
    if !def.factions.contains(&faction) {
        return Some(Refusal::NotItsAction);
    }
    if own_faction(def, faction, target) {
        return Some(Refusal::OwnFaction);
    }
    if too_late(scn, state, def) {
        return Some(Refusal::TooLate);
    }
    if let Some(r) = repeat_or_over_ap(me, def, (action, target), committed) {
        return Some(r);
    }
    if def.consent && proposed(state, faction, action, target) {
        return Some(Refusal::AlreadyProposed);
    }
    if def.stack == Stacking::Refuse {
        if let Some(remaining) = running(scn, state, (faction, action, target)) {
            return Some(Refusal::InEffect { remaining });
        }
    }
    if let Some(r) = unaffordable(scn, state, faction, def, committed) {
        return Some(r);
    }
    failing_requirement(scn, state, action, faction, target).map(Refusal::Requirement)
}

/// Whether an order that passed [`refusal`] still passes once more is
/// committed: only the checks that depend on what is committed can fail.
pub fn still_fits(
    scn: &Scenario,
    state: &GameState,
    faction: usize,
    (action, target): (usize, Option<usize>),
    committed: &Committed,
) -> bool {
    let (Some(def), Some(me)) = (scn.actions.get(action), scn.factions.get(faction)) else { return false };
    repeat_or_over_ap(me, def, (action, target), committed).is_none()
        && unaffordable(scn, state, faction, def, committed).is_none()
}

/// The turns, this one included, that the faction's own `action` on
/// `target` is still in effect, if it is (one that holds effects ends the
/// turn after its last).
pub fn running(
    scn: &Scenario,
    state: &GameState,
    (faction, action, target): (usize, usize, Option<usize>),
) -> Option<u32> {
    let holds = scn.actions.get(action).is_some_and(|d| !d.hold.is_empty());
    state.scheduled.iter().find_map(|s| match s.kind {
        ScheduledKind::Lasting { remaining } if (s.action, s.actor, s.target) == (action, faction, target) => {
            Some(remaining + u32::from(holds))
        }
        _ => None,
    })
}

/// The order was already given this turn, or needs more action points than are left.
fn repeat_or_over_ap(
    me: &FactionDef,
    def: &ActionDef,
    order: (usize, Option<usize>),
    committed: &Committed,
) -> Option<Refusal> {
    if committed.ordered.contains(&order) {
        return Some(Refusal::AlreadyOrdered);
    }
    over_ap(me, def, committed).then_some(Refusal::ActionPoints)
}

/// The action needs more action points than are left.
fn over_ap(me: &FactionDef, def: &ActionDef, committed: &Committed) -> bool {
    committed.ap + def.ap > me.action_points
}

/// A faction aimed at itself.
fn own_faction(def: &ActionDef, faction: usize, target: Option<usize>) -> bool {
    def.target == TargetKind::Faction && target == Some(faction)
}

/// Delayed effects would land after the last turn.
fn too_late(scn: &Scenario, state: &GameState, def: &ActionDef) -> bool {
    def.delay > 0 && state.turn.saturating_add(def.delay) > scn.turns()
}

/// The same proposal from the faction is still waiting for the target's answer.
fn proposed(state: &GameState, faction: usize, action: usize, target: Option<usize>) -> bool {
    state.pending.iter().any(|p| {
        p.faction == target.unwrap_or(usize::MAX)
            && matches!(p.kind, PendingKind::Proposal { action: a, from } if a == action && from == faction)
    })
}

/// The first cost the faction cannot pay after what it has committed.
fn unaffordable(
    scn: &Scenario,
    state: &GameState,
    faction: usize,
    def: &ActionDef,
    committed: &Committed,
) -> Option<Refusal> {
    for &(var, amount) in &def.cost {
        // A faction can spend down to the variable's minimum, never below it.
        let have = state.faction_var(faction, var);
        let already = committed.paid.get(var).copied().unwrap_or(0);
        let floor = scn.faction_vars.get(var).map_or(0, |d| d.min);
        let spendable = have.saturating_sub(already).saturating_sub(floor).max(0);
        if spendable < amount {
            return Some(Refusal::Cost { var, amount, spendable });
        }
    }
    None
}

impl Refusal {
    /// The refusal of the order `(faction, action, target)` in words a player can read.
    pub fn reason(
        self,
        scn: &Scenario,
        state: &GameState,
        (faction, action, target): (usize, usize, Option<usize>),
        committed: &Committed,
    ) -> String {
        let def = scn.actions.get(action);
        let me = scn.factions.get(faction).map_or("?", |f| f.name.as_str());
        let lang = scn.lang;
        match self {
            Refusal::UnknownAction => tr!(lang, "game-refused-unknown-action"),
            Refusal::UnknownFaction => tr!(lang, "game-refused-unknown-faction"),
            Refusal::GameOver => tr!(lang, "game-refused-game-over"),
            Refusal::NotPlayable => tr!(lang, "game-refused-not-playable", faction = me),
            Refusal::NotItsAction => tr!(lang, "game-refused-not-its-action", faction = me),
            Refusal::OwnFaction => tr!(lang, "game-refused-own-faction"),
            Refusal::TooLate => {
                let turn = state.turn.saturating_add(def.map_or(0, |d| d.delay));
                tr!(lang, "game-refused-too-late", turn = turn.to_string())
            }
            Refusal::AlreadyOrdered => tr!(lang, "game-refused-already-ordered"),
            Refusal::ActionPoints => {
                let ap = def.map_or(0, |d| d.ap);
                let left = scn.factions.get(faction).map_or(0, |f| f.action_points.saturating_sub(committed.ap));
                tr!(lang, "game-refused-action-points", ap = ap, left = left)
            }
            Refusal::AlreadyProposed => tr!(lang, "game-refused-already-proposed"),
            Refusal::InEffect { remaining } => tr!(lang, "game-refused-in-effect", turns = remaining),
            Refusal::Cost { var, amount, spendable } => {
                let name = scn.faction_vars.get(var).map_or("?", |d| d.name.as_str());
                let (amount, spendable) = (num(lang, amount), num(lang, spendable));
                tr!(lang, "game-refused-cost", amount = amount, var = name, spendable = spendable)
            }
            Refusal::Requirement(i) => requirement_reason(scn, state, (faction, action, target), i).unwrap_or_default(),
        }
    }
}

/// The reason, in words, that the first failing requirement of an action
/// gives: the author's, or the engine's explanation; `None` when all hold.
pub fn unmet(
    scn: &Scenario,
    state: &GameState,
    action: usize,
    faction: usize,
    target: Option<usize>,
) -> Option<String> {
    let i = failing_requirement(scn, state, action, faction, target)?;
    requirement_reason(scn, state, (faction, action, target), i)
}

/// The index of the first requirement of an action that does not hold; `None` when all hold.
fn failing_requirement(
    scn: &Scenario,
    state: &GameState,
    action: usize,
    faction: usize,
    target: Option<usize>,
) -> Option<usize> {
    let b = Bindings::of(Some(faction), target);
    scn.actions.get(action)?.requires.iter().position(|r| !r.cond.program.truth(state, b))
}

/// Requirement `index` of an action, not holding, in words: the author's
/// reason, or the engine's explanation.
fn requirement_reason(
    scn: &Scenario,
    state: &GameState,
    (faction, action, target): (usize, usize, Option<usize>),
    index: usize,
) -> Option<String> {
    let def = scn.actions.get(action)?;
    let req = def.requires.get(index)?;
    let b = Bindings::of(Some(faction), target);
    Some(match &req.reason {
        Some(reason) => reason.clone(),
        None => why_not(scn, state, (b, def.target.entity()), &req.cond.root, true),
    })
}

/// Why a pending proposal could not take effect if it were accepted now
/// (a requirement that no longer holds), in words; `None` when it could.
/// Resolution checks this again when the answer is carried out, together
/// with the proposal's `agreement` (see docs/rules.md, 3.1).
pub fn proposal_unmet(scn: &Scenario, state: &GameState, pending: &crate::engine::state::Pending) -> Option<String> {
    match pending.kind {
        crate::engine::state::PendingKind::Proposal { action, from } => {
            unmet(scn, state, action, from, Some(pending.faction))
        }
        crate::engine::state::PendingKind::Choice { .. } => None,
    }
}

/// The target every screen shows an action with when none is picked yet:
/// the first available target; else the first target whose reason is the
/// rarest among the targets. When every target but one is refused for the
/// same restriction ("Only Niger can be asked for fuel"), the odd one out is
/// the action's real target and its reason is the one that explains
/// ("already ordered this turn", "the route is already closed").
pub fn shown_target(
    scn: &Scenario,
    state: &GameState,
    faction: usize,
    action: usize,
    committed: &Committed,
) -> Option<usize> {
    let def = scn.actions.get(action)?;
    let targets = candidate_targets(scn, faction, def);
    let checked: Vec<(Option<usize>, Result<(), String>)> =
        targets.iter().map(|&t| (t, check_indices(scn, state, faction, action, t, committed))).collect();
    if let Some(&(t, _)) = checked.iter().find(|(_, r)| r.is_ok()) {
        return t;
    }
    let count = |why: &Result<(), String>| checked.iter().filter(|(_, r)| r == why).count();
    // `min_by_key` keeps the first of equals: the first target when every reason is the same.
    checked.iter().min_by_key(|(_, r)| count(r)).and_then(|&(t, _)| t)
}

/// The one preview every place that shows an action's chance, cost or
/// effects uses (list row, detail pane, role card): the action aimed at
/// [`shown_target`]. Returns that target with the preview.
pub fn shown_preview(
    scn: &Scenario,
    state: &GameState,
    faction: usize,
    action: usize,
    committed: &Committed,
) -> Option<(Option<usize>, Preview)> {
    let target = shown_target(scn, state, faction, action, committed);
    preview(scn, state, faction, action, target, committed).map(|p| (target, p))
}

/// What an order would cost and do, computed on the current state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    /// `Ok` if it can be given now, or the reason it cannot.
    pub available: Result<(), String>,
    /// Action points.
    pub ap: u32,
    /// Variable index, amount, and what the faction has.
    pub cost: Vec<(usize, i64, i64)>,
    /// Chance of success in percent.
    pub chance: i64,
    /// Changes if it succeeds (on today's values).
    pub on_success: Changes,
    /// Changes if it fails.
    pub on_failure: Changes,
    /// Changes if the target declines (proposals).
    pub on_decline: Changes,
    /// Changes if a secret action is found out.
    pub on_detected: Changes,
    /// Turns before effects land.
    pub delay: u32,
    /// Turns lasting effects apply.
    pub duration: u32,
    /// Changes held while it lasts and given back when it ends (on today's values).
    pub hold: Changes,
    /// What giving it again while it is in effect does.
    pub stack: Stacking,
    /// Chance in percent that others learn of it (secret actions).
    pub detection: Option<i64>,
    /// Whether the target must accept.
    pub consent: bool,
}

/// Previews an order without changing anything.
pub fn preview(
    scn: &Scenario,
    state: &GameState,
    faction: usize,
    action: usize,
    target: Option<usize>,
    committed: &Committed,
) -> Option<Preview> {
    let def = scn.actions.get(action)?;
    let b = Bindings::of(Some(faction), target);
    let percent =
        |c: &Option<crate::scenario::expr::Compiled>| c.as_ref().map(|c| c.program.num(state, b).clamp(0, 100));
    Some(Preview {
        available: check_indices(scn, state, faction, action, target, committed),
        ap: def.ap,
        cost: def.cost.iter().map(|&(var, amount)| (var, amount, state.faction_var(faction, var))).collect(),
        chance: percent(&def.chance).unwrap_or(100),
        on_success: preview_changes(scn, state, &plan(&def.on_success, state, b)),
        on_failure: preview_changes(scn, state, &plan(&def.on_failure, state, b)),
        on_decline: preview_changes(scn, state, &plan(&def.on_decline, state, b)),
        on_detected: preview_changes(scn, state, &plan(&def.on_detected, state, b)),
        delay: def.delay,
        duration: def.duration,
        hold: preview_changes(scn, state, &plan(&def.hold, state, b)),
        stack: def.stack,
        detection: percent(&def.secret),
        consent: def.consent,
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use rand_chacha::ChaCha8Rng;
    use rand_chacha::rand_core::SeedableRng;

    use super::*;
    use crate::engine::dice::below;
    use crate::engine::testing::{midgame, scenarios};

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        /// The quick yes/no agrees with the reasons, whatever is already committed.
        #[test]
        fn can_order_is_refusal_without_the_words(which in 0usize..4, seed in any::<u64>(), turns in 0u32..10) {
            let scenarios = scenarios();
            let scn = &scenarios[which];
            let state = midgame(scn, seed, turns);
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            for f in 0..scn.factions.len() {
                let mut committed = Committed::default();
                for _ in 0..3 {
                    for (a, def) in scn.actions.iter().enumerate() {
                        for t in targets(scn, f, def).chain([Some(f), Some(usize::MAX)]) {
                            let refused = refusal(scn, &state, f, a, t, &committed);
                            prop_assert_eq!(can_order(scn, &state, f, a, t, &committed), refused.is_none());
                        }
                    }
                    let a = below(&mut rng, scn.actions.len() as u32) as usize;
                    if let Some(def) = scn.actions.get(a) {
                        let t = targets(scn, f, def).next().flatten();
                        committed.add(def, a, t);
                    }
                }
            }
        }
    }

    #[test]
    fn targets_are_every_other_faction_every_region_or_route_or_none() {
        let scn = &scenarios()[0];
        for def in &scn.actions {
            let all: Vec<Option<usize>> = targets(scn, 0, def).collect();
            let expected = match def.target {
                TargetKind::None => vec![None],
                TargetKind::Faction => (1..scn.factions.len()).map(Some).collect(),
                TargetKind::Region => (0..scn.regions.len()).map(Some).collect(),
                TargetKind::Route => (0..scn.routes.len()).map(Some).collect(),
            };
            assert_eq!(all, expected);
        }
    }
}
