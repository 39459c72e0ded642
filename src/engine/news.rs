//! News lines for the log, from the scenario's templates or, where it has
//! none, the catalogue's sentences in the scenario's language.

use std::sync::LazyLock;

use crate::engine::check::target_id;
use crate::engine::report::EntryKind;
use crate::engine::words::num;
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

/// The line an entry's kind tells in `scn`'s words, for the kinds whose
/// line says nothing they do not record ([`crate::engine::report::Entry::news`]):
/// an order's outcome (revealed, or taking effect later), delayed effects
/// landing, a proposal sent, and shipments attacked on a route. Told when
/// read rather than written every turn: most lines are never read.
pub fn told(scn: &Scenario, kind: &EntryKind) -> Option<String> {
    let lang = scn.lang;
    let faction = |f: usize| scn.factions.get(f).map_or("?", |x| x.name.as_str());
    match *kind {
        EntryKind::Order { faction, action, target, success, detected, lands_on, .. } => {
            let mut news = order_line(scn, scn.actions.get(action)?, faction, target, success);
            if detected == Some(true) {
                news = line(lang, Line::Revealed, &[("{news}", &news)]);
            }
            if let Some(due) = lands_on {
                news = line(lang, Line::TakesEffect, &[("{news}", &news), ("{turn}", &due.to_string())]);
            }
            Some(news)
        }
        EntryKind::Landed { faction, action, target, success } => {
            let news = order_line(scn, scn.actions.get(action)?, faction, target, success);
            Some(line(lang, Line::NowInEffect, &[("{news}", &news)]))
        }
        EntryKind::Proposed { faction: from, action, target, .. } => {
            let def = scn.actions.get(action)?;
            // The action's name is the author's, often an imperative: quoted, it reads right whatever it says.
            Some(crate::tr!(
                lang,
                "game-news-proposal",
                from = faction(from),
                to = faction(target),
                action = def.name.as_str()
            ))
        }
        EntryKind::Flow { route, sent, delivered, .. } if delivered < sent => {
            let name = scn.routes.get(route).map_or("?", |r| r.name.as_str());
            let (lost, sent) = (num(lang, sent.saturating_sub(delivered)), num(lang, sent));
            Some(line(lang, Line::Attacked, &[("{route}", name), ("{lost}", &lost), ("{sent}", &sent)]))
        }
        _ => None,
    }
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
    use crate::engine::orders::{FactionOrders, Order, TurnOrders};
    use crate::engine::report::TurnReport;
    use crate::engine::{new_game, resolve_turn};

    /// The tutorial in `lang`, and its first turn: Kesh raids (a secret
    /// order that may be found out), Oru proposes a deal and escorts convoys.
    fn first_turn(lang: Lang) -> (Scenario, TurnReport) {
        let path = std::path::Path::new("scenarios/tutorial.ron");
        let loaded = crate::scenario::load_beside(path, crate::scenario::TUTORIAL.as_bytes(), None, lang);
        let scn = loaded.scenario.expect("the tutorial loads");
        let mut orders = TurnOrders::default();
        let given = |orders: Vec<Order>| FactionOrders { orders, answers: Vec::new() };
        orders.set("kesh", given(vec![Order::new("covert_raid"), Order::at("ration_fuel", "kesh_north")]));
        orders.set("oru", given(vec![Order::at("propose_supply_deal", "kesh")]));
        let report = resolve_turn(&scn, &mut new_game(&scn, 5), &orders);
        (scn, report)
    }

    #[test]
    fn orders_and_proposals_are_told_from_what_their_entries_record() {
        let (scn, report) = first_turn(Lang::En);
        let told = |kind: fn(&EntryKind) -> bool| {
            report.entries().filter(|e| kind(&e.kind)).map(|e| (e.written.clone(), e.news(&scn))).collect::<Vec<_>>()
        };
        let orders = told(|k| matches!(k, EntryKind::Order { .. }));
        assert_eq!(orders.len(), 2);
        assert!(orders.iter().all(|(written, news)| written.is_none() && news.is_some()), "{orders:?}");
        let proposal = told(|k| matches!(k, EntryKind::Proposed { .. }));
        assert_eq!(proposal.len(), 1);
        let said = proposal[0].1.as_deref().unwrap_or_default();
        assert_eq!(said, "Proposal from Oru to Kesh: “Propose a supply deal”.");
    }

    #[test]
    fn words_written_with_an_entry_are_read_as_written() {
        let (scn, mut report) = first_turn(Lang::En);
        let order = report.resolution.iter_mut().find(|e| matches!(e.kind, EntryKind::Order { .. }));
        let order = order.expect("an order");
        // A save from a version that wrote every line keeps its words.
        order.written = Some("Worded by an older version.".into());
        assert_eq!(order.news(&scn).as_deref(), Some("Worded by an older version."));
    }

    #[test]
    fn a_report_with_its_lines_written_reads_the_same_on_another_scenario() {
        let (english, mut report) = first_turn(Lang::En);
        let (french, _) = first_turn(Lang::Fr);
        let lines = |r: &TurnReport, scn: &Scenario| r.news(scn).map(|n| n.into_owned()).collect::<Vec<_>>();
        let own = lines(&report, &english);
        assert_ne!(lines(&report, &french), own, "told from the names of the scenario read with");
        report.write_news(&english);
        assert_eq!(lines(&report, &french), own);
    }

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
