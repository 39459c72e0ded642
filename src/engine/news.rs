//! News lines for the log, from the scenario's templates or, where it has
//! none, the catalogue's sentences in the scenario's language.

use crate::engine::check::target_id;
use crate::scenario::Scenario;
use crate::scenario::model::ActionDef;
use crate::text::{MAX_LINE, fill};
use crate::tr;

/// Name of an action's target, for messages.
pub fn target_name(scn: &Scenario, action: &ActionDef, target: Option<usize>) -> Option<String> {
    target_label(scn, action, target).map(str::to_string)
}

/// [`target_name`], borrowed from the scenario.
fn target_label<'a>(scn: &'a Scenario, action: &ActionDef, target: Option<usize>) -> Option<&'a str> {
    use crate::scenario::format::TargetKind;
    let t = target?;
    match action.target {
        TargetKind::Faction => scn.factions.get(t).map(|f| f.name.as_str()),
        TargetKind::Region => scn.regions.get(t).map(|r| r.name.as_str()),
        TargetKind::Route => scn.routes.get(t).map(|r| r.name.as_str()),
        TargetKind::None => target_id(scn, action.target, t),
    }
}

/// The news line for an order's outcome: the scenario's template with
/// `{self}` and `{target}` filled in (at most [`MAX_LINE`] characters), or a plain sentence.
pub fn order_line(scn: &Scenario, action: &ActionDef, faction: usize, target: Option<usize>, success: bool) -> String {
    let actor = scn.factions.get(faction).map_or("?", |f| f.name.as_str());
    let target = target_label(scn, action, target);
    let template = if success { &action.news_success } else { &action.news_failure };
    if let Some(t) = template {
        return fill(t, &[("{self}", actor), ("{target}", target.unwrap_or(""))], MAX_LINE);
    }
    let (lang, action) = (scn.lang, action.name.as_str());
    let line = match (target, success) {
        (None, true) => tr!(lang, "game-news-succeeded", actor = actor, action = action),
        (None, false) => tr!(lang, "game-news-failed", actor = actor, action = action),
        (Some(target), true) => tr!(lang, "game-news-succeeded-at", actor = actor, action = action, target = target),
        (Some(target), false) => tr!(lang, "game-news-failed-at", actor = actor, action = action, target = target),
    };
    bounded(line)
}

/// A line the engine wrote, cut like a filled template: at most
/// [`MAX_LINE`] characters and a `…`.
pub(crate) fn bounded(line: String) -> String {
    if line.chars().nth(MAX_LINE).is_none() {
        return line;
    }
    let mut cut: String = line.chars().take(MAX_LINE).collect();
    cut.push('…');
    cut
}
