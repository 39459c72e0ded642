//! News lines for the log, from the scenario's templates.

use crate::engine::check::target_id;
use crate::scenario::Scenario;
use crate::scenario::model::ActionDef;
use crate::text::{MAX_LINE, fill};

/// Name of an action's target, for messages.
pub fn target_name(scn: &Scenario, action: &ActionDef, target: Option<usize>) -> Option<String> {
    use crate::scenario::format::TargetKind;
    let t = target?;
    Some(match action.target {
        TargetKind::Faction => scn.factions.get(t)?.name.clone(),
        TargetKind::Region => scn.regions.get(t)?.name.clone(),
        TargetKind::Route => scn.routes.get(t)?.name.clone(),
        TargetKind::None => target_id(scn, action.target, t)?.to_string(),
    })
}

/// The news line for an order's outcome: the scenario's template with
/// `{self}` and `{target}` filled in (at most [`MAX_LINE`] characters), or a plain sentence.
pub fn order_line(scn: &Scenario, action: &ActionDef, faction: usize, target: Option<usize>, success: bool) -> String {
    let actor = scn.factions.get(faction).map_or("?", |f| f.name.as_str());
    let target = target_name(scn, action, target);
    let template = if success { &action.news_success } else { &action.news_failure };
    match template {
        Some(t) => fill(t, &[("{self}", actor), ("{target}", target.as_deref().unwrap_or(""))], MAX_LINE),
        None => {
            let on = target.map(|t| format!(" ({t})")).unwrap_or_default();
            let outcome = if success { "succeeded" } else { "failed" };
            format!("{actor}: {}{on} {outcome}.", action.name)
        }
    }
}
