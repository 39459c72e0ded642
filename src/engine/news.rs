//! News lines for the log, from the scenario's templates or, where it has
//! none, the catalogue's sentences in the scenario's language.

use std::sync::LazyLock;

use crate::engine::check::target_id;
use crate::i18n::{FluentValue, Lang, tr};
use crate::scenario::Scenario;
use crate::scenario::model::ActionDef;
use crate::text::{MAX_LINE, fill};

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
    let kind = match (target, success) {
        (None, true) => Line::Succeeded,
        (None, false) => Line::Failed,
        (Some(_), true) => Line::SucceededAt,
        (Some(_), false) => Line::FailedAt,
    };
    let values = [("{actor}", actor), ("{action}", action.name.as_str()), ("{target}", target.unwrap_or(""))];
    line(scn.lang, kind, &values)
}

/// The news sentences the engine writes every turn, kept as templates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    /// `{actor}: {action} succeeded.`
    Succeeded,
    /// `{actor}: {action} failed.`
    Failed,
    /// `{actor}: {action} ({target}) succeeded.`
    SucceededAt,
    /// `{actor}: {action} ({target}) failed.`
    FailedAt,
    /// A secret order found out: `Revealed: {news}`.
    Revealed,
    /// `{news} (takes effect on turn {turn})`.
    TakesEffect,
    /// A delayed order landing: `Now in effect: {news}`.
    NowInEffect,
    /// `Shipments on {route} were attacked: {lost} of {sent} lost.`
    Attacked,
}

impl Line {
    const ALL: [Line; 8] = [
        Line::Succeeded,
        Line::Failed,
        Line::SucceededAt,
        Line::FailedAt,
        Line::Revealed,
        Line::TakesEffect,
        Line::NowInEffect,
        Line::Attacked,
    ];

    /// The catalogue's message and the arguments it takes.
    fn message(self) -> (&'static str, &'static [&'static str]) {
        match self {
            Line::Succeeded => ("game-news-succeeded", &["actor", "action"]),
            Line::Failed => ("game-news-failed", &["actor", "action"]),
            Line::SucceededAt => ("game-news-succeeded-at", &["actor", "action", "target"]),
            Line::FailedAt => ("game-news-failed-at", &["actor", "action", "target"]),
            Line::Revealed => ("game-news-revealed", &["news"]),
            Line::TakesEffect => ("game-news-takes-effect", &["news", "turn"]),
            Line::NowInEffect => ("game-news-now-in-effect", &["news"]),
            Line::Attacked => ("game-news-attacked", &["route", "lost", "sent"]),
        }
    }
}

/// Each language's [`Line`]s as templates for [`fill`], each argument
/// written `{name}`: made from the catalogue once, so that a line costs
/// what a scenario's own template costs. (These messages select on none of
/// their arguments, so the template is the whole message.)
static TEMPLATES: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| {
    let template = |lang: Lang, kind: Line| {
        let (key, names) = kind.message();
        let marks: Vec<String> = names.iter().map(|n| format!("{{{n}}}")).collect();
        let args: Vec<(&str, FluentValue)> =
            names.iter().zip(&marks).map(|(n, mark)| (*n, FluentValue::from(mark.as_str()))).collect();
        tr(lang, key, &args)
    };
    Lang::ALL.iter().map(|&lang| Line::ALL.iter().map(|&kind| template(lang, kind)).collect()).collect()
});

/// A news line in `lang`, its arguments given as `("{name}", value)`; at
/// most [`MAX_LINE`] characters.
pub fn line(lang: Lang, kind: Line, values: &[(&str, &str)]) -> String {
    let l = Lang::ALL.iter().position(|&x| x == lang).unwrap_or(0);
    let k = Line::ALL.iter().position(|&x| x == kind).unwrap_or(0);
    let template = TEMPLATES.get(l).and_then(|t| t.get(k)).map_or("", String::as_str);
    fill(template, values, MAX_LINE)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_line_is_its_message_whatever_the_names_hold() {
        let values = ["Mali", "Ask for {fuel}", "Niger – Gao", "12", "1600"];
        for lang in Lang::ALL {
            for kind in Line::ALL {
                let (key, names) = kind.message();
                let marks: Vec<String> = names.iter().map(|n| format!("{{{n}}}")).collect();
                let given: Vec<(&str, &str)> = marks.iter().map(String::as_str).zip(values).collect();
                let args: Vec<(&str, FluentValue)> = names.iter().zip(values).map(|(n, v)| (*n, v.into())).collect();
                assert_eq!(line(lang, kind, &given), tr(lang, key, &args), "{lang} {key}");
            }
        }
    }
}
