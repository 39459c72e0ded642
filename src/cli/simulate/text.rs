//! A batch's summary as text for a modder: the results tables, then why —
//! by faction, the objectives, the actions that go with winning and the
//! proposals; then how flags, relations and routes ended. By default only
//! the most telling lines of the explanations; `--detail` prints them all.

use std::fmt::Write as _;

use harmattan::i18n::Lang;
use harmattan::sim::{ActionSummary, Distribution, FactionSummary, RelationSummary, RouteSummary, Summary};
use harmattan::tr;

use super::cells::{Col, headed, num, one, percent, row};

/// Lines of each explanation shown without `--detail`: actions per faction.
const TOP_ACTIONS: usize = 3;
/// Proposals per faction shown without `--detail`.
const TOP_PROPOSALS: usize = 3;
/// Flags, relations and routes shown without `--detail`.
const TOP_ENDS: usize = 5;
/// How far apart two win shares must be, in standard errors, to be shown
/// without `--detail`: the two-sided 95% level.
const TELLING: f64 = 1.96;

/// The summary as aligned text tables in `lang`; with `detail`, every line of the explanations.
pub(super) fn summary(lang: Lang, s: &Summary, detail: bool) -> String {
    let mut out = results(lang, s, detail);
    out += &explanations(lang, s, detail);
    out
}

/// The columns of the factions' table.
const FACTIONS: [Col; 9] =
    [Col::L(16), Col::R(6), Col::R(6), Col::R(6), Col::R(6), Col::R(8), Col::R(7), Col::R(7), Col::R(7)];
/// The columns of the values at game end.
const VARIABLES: [Col; 5] = [Col::L(32), Col::R(9), Col::R(8), Col::R(8), Col::R(8)];
/// The columns of the actions' table.
const ACTIONS: [Col; 5] = [Col::L(12), Col::L(28), Col::R(8), Col::R(9), Col::R(11)];
/// The columns of the events' table.
const EVENTS: [Col; 6] = [Col::L(32), Col::R(8), Col::R(10), Col::R(5), Col::R(6), Col::R(5)];
/// The columns of a faction's objectives.
const OBJECTIVES: [Col; 8] = [Col::L(28), Col::R(6), Col::R(6), Col::R(5), Col::R(6), Col::R(5), Col::R(5), Col::R(5)];
/// The columns of the relations at game end.
const RELATIONS: [Col; 6] = [Col::L(28), Col::R(6), Col::R(7), Col::R(5), Col::R(6), Col::R(5)];
/// The columns of the routes at game end.
const ROUTES: [Col; 7] = [Col::L(24), Col::R(7), Col::R(7), Col::R(9), Col::R(9), Col::R(7), Col::R(7)];

/// The results tables: scores and wins, end values, actions, events.
fn results(lang: Lang, s: &Summary, detail: bool) -> String {
    let mut out = String::new();
    let head = tr!(
        lang,
        "simulate-head",
        scenario = s.scenario.as_str(),
        runs = s.runs,
        seed = s.seed.to_string(),
        ai = s.ai.as_str(),
        turns = one(lang, s.average_turns)
    );
    let _ = writeln!(out, "{head}\n");
    let (cols, head) =
        headed(lang, &FACTIONS, &["faction", "mean", "median", "p10", "p90", "wins", "met", "partly", "missed"]);
    let _ = writeln!(out, "{head}");
    for f in &s.factions {
        let cells = [
            f.id.clone(),
            one(lang, f.score.mean),
            f.score.median.to_string(),
            f.score.p10.to_string(),
            f.score.p90.to_string(),
            percent(lang, f.win_share),
            percent(lang, f.met),
            percent(lang, f.partly),
            percent(lang, f.missed),
        ];
        let _ = writeln!(out, "{}", row(lang, &cols, &cells));
    }
    if let Some([held, strained, lost]) = s.shared {
        let (held, strained, lost) = (one(lang, held * 100.0), one(lang, strained * 100.0), one(lang, lost * 100.0));
        let _ = writeln!(out, "\n{}", tr!(lang, "simulate-shared", held = held, strained = strained, lost = lost));
    }
    let lead = s.lead.as_ref().map_or_else(|| "-".to_string(), |d| d.median.to_string());
    let (ties, close) = (one(lang, s.ties * 100.0), one(lang, s.close * 100.0));
    let _ = writeln!(out, "{}", tr!(lang, "simulate-ties", ties = ties, close = close, lead = lead));
    if let Some(share) = s.turn_3_leader_wins {
        let _ = writeln!(out, "\n{}", tr!(lang, "simulate-leader-3", share = one(lang, share * 100.0)));
    }
    let _ = writeln!(out, "\n{}", tr!(lang, "simulate-values"));
    let (cols, head) = headed(lang, &VARIABLES, &["variable", "mean", "p10", "median", "p90"]);
    let _ = writeln!(out, "{head}");
    for v in &s.variables {
        let d = &v.values;
        let cells = [
            format!("{}.{}", v.entity, v.variable),
            one(lang, d.mean),
            d.p10.to_string(),
            d.median.to_string(),
            d.p90.to_string(),
        ];
        let _ = writeln!(out, "{}", row(lang, &cols, &cells));
    }
    let _ = writeln!(out, "\n{}", tr!(lang, "simulate-actions"));
    let (cols, head) = headed(lang, &ACTIONS, &["faction", "action", "chosen", "succeeded", "turn-share"]);
    let _ = writeln!(out, "{head}");
    for a in &s.actions {
        let cells = [
            a.faction.clone(),
            a.action.clone(),
            a.chosen.to_string(),
            a.succeeded.to_string(),
            percent(lang, a.turn_share),
        ];
        let _ = writeln!(out, "{}", row(lang, &cols, &cells));
    }
    let _ = writeln!(out, "\n{}", tr!(lang, "simulate-events"));
    let (cols, head) = headed(lang, &EVENTS, &["event", "fired", "game-share", "p10", "median", "p90"]);
    let _ = writeln!(out, "{head}");
    for e in &s.events {
        let when = e.when.as_ref().map_or_else(
            || ["-".to_string(), "-".to_string(), "-".to_string()],
            |t| [t.p10.to_string(), t.median.to_string(), t.p90.to_string()],
        );
        let [p10, median, p90] = when;
        let cells = [e.event.clone(), e.fired.to_string(), percent(lang, e.game_share), p10, median, p90];
        let _ = writeln!(out, "{}", row(lang, &cols, &cells));
    }
    if detail {
        let _ = writeln!(out, "\n{}", tr!(lang, "simulate-firings"));
        for e in s.events.iter().filter(|e| e.fired > 0) {
            let turns: Vec<String> = e
                .turns
                .iter()
                .map(|(turn, n)| tr!(lang, "simulate-firing", turn = turn.to_string(), count = *n))
                .collect();
            let _ = writeln!(out, "  {} {}", row(lang, &[Col::L(30)], &[&e.event]), turns.join(" · "));
        }
    }
    out
}

/// Why: by faction, then the state of the world at the end.
fn explanations(lang: Lang, s: &Summary, detail: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "\n{}", tr!(lang, if detail { "simulate-why-all" } else { "simulate-why" }));
    for f in &s.factions {
        out += &faction(lang, s, f, detail);
    }
    out += &ends(lang, s, detail);
    out
}

/// One faction's objectives, actions that go with winning, and proposals.
fn faction(lang: Lang, s: &Summary, f: &FactionSummary, detail: bool) -> String {
    let mut out = String::new();
    let id = f.id.as_str();
    let (wins, met) = (one(lang, f.win_share * 100.0), one(lang, f.met * 100.0));
    let _ =
        writeln!(out, "\n{}", tr!(lang, "simulate-faction", name = f.name.as_str(), id = id, wins = wins, met = met));
    if !f.objectives.is_empty() {
        let (cols, head) =
            headed(lang, &OBJECTIVES, &["objective", "weight", "mean", "p10", "median", "p90", "min", "max"]);
        let _ = writeln!(out, "  {head}");
        for o in &f.objectives {
            let d = &o.score;
            let cells = [
                o.id.clone(),
                o.weight.to_string(),
                one(lang, d.mean),
                d.p10.to_string(),
                d.median.to_string(),
                d.p90.to_string(),
                d.min.to_string(),
                d.max.to_string(),
            ];
            let _ = writeln!(out, "  {}", row(lang, &cols, &cells));
        }
    }
    let mut actions: Vec<(&ActionSummary, f64)> =
        s.actions.iter().filter(|a| a.faction == f.id).map(|a| (a, strength(a, s.runs))).collect();
    if !detail {
        actions.retain(|(_, z)| *z >= TELLING);
        actions.sort_by(|x, y| y.1.total_cmp(&x.1));
        actions.truncate(TOP_ACTIONS);
    }
    if actions.is_empty() {
        if !detail && s.actions.iter().any(|a| a.faction == f.id) {
            let _ = writeln!(out, "  {}", tr!(lang, "simulate-no-telling-action"));
        }
    } else {
        let _ = writeln!(out, "  {}", tr!(lang, "simulate-telling-actions", id = id));
        for (a, _) in actions {
            let _ = writeln!(out, "    {}", action_line(lang, a));
        }
    }
    let mut proposals: Vec<_> = s.proposals.iter().filter(|p| p.faction == f.id).collect();
    if !detail {
        proposals.sort_by_key(|p| std::cmp::Reverse(p.made));
        proposals.truncate(TOP_PROPOSALS);
    }
    if !proposals.is_empty() {
        let _ = writeln!(out, "  {}", tr!(lang, "simulate-proposals"));
    }
    for p in proposals {
        let (action, target, made) = (p.action.as_str(), p.target.as_str(), p.made);
        let line = match p.acceptance {
            Some(rate) => tr!(
                lang,
                "simulate-proposal-answered",
                action = action,
                target = target,
                made = made,
                rate = one(lang, rate * 100.0),
                answered = p.accepted + p.declined
            ),
            None => tr!(lang, "simulate-proposal-unanswered", action = action, target = target, made = made),
        };
        let _ = writeln!(out, "    {line}");
    }
    out
}

/// How an action's use and the faction's wins went together, as a sentence.
fn action_line(lang: Lang, a: &ActionSummary) -> String {
    let (action, used) = (a.action.as_str(), one(lang, a.game_share * 100.0));
    match (a.win_share_used, a.win_share_unused) {
        (Some(with), Some(without)) => {
            let (with, without) = (one(lang, with * 100.0), one(lang, without * 100.0));
            tr!(lang, "simulate-action-both", action = action, used = used, with = with, without = without)
        }
        (Some(with), None) => tr!(lang, "simulate-action-always", action = action, with = one(lang, with * 100.0)),
        (None, _) => tr!(lang, "simulate-action-never", action = action),
    }
}

/// How strongly an action's use goes with winning or losing: the difference
/// of the win shares with and without it in standard errors (0 when one
/// group is empty or nobody ever won).
fn strength(a: &ActionSummary, runs: u32) -> f64 {
    let (Some(with), Some(without)) = (a.win_share_used, a.win_share_unused) else { return 0.0 };
    let n1 = a.games_used as f64;
    let n2 = (f64::from(runs) - n1).max(1.0);
    let pooled = (with * n1 + without * n2) / (n1 + n2);
    let se = (pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n2)).sqrt();
    if se > 0.0 { (with - without).abs() / se } else { 0.0 }
}

/// Flags, relations and routes at game end: by default those that moved
/// most from where they started.
fn ends(lang: Lang, s: &Summary, detail: bool) -> String {
    let mut out = String::new();
    let pick = |mut rows: Vec<(f64, String)>| -> Vec<String> {
        if !detail {
            rows.retain(|(moved, _)| *moved > 0.0);
            rows.sort_by(|x, y| y.0.total_cmp(&x.0));
            rows.truncate(TOP_ENDS);
        }
        rows.into_iter().map(|(_, line)| line).collect()
    };
    let flags = pick(
        s.flags
            .iter()
            .map(|f| {
                let (id, set) = (f.id.as_str(), one(lang, f.set_share * 100.0));
                let key = if f.start { "simulate-flag-kept" } else { "simulate-flag-set" };
                ((f.set_share - f64::from(u8::from(f.start))).abs(), tr!(lang, key, id = id, set = set))
            })
            .collect(),
    );
    let (relation_cols, relation_head) =
        headed(lang, &RELATIONS, &["relation", "start", "mean", "p10", "median", "p90"]);
    let (route_cols, route_head) = headed(lang, &ROUTES, &["route", "open", "was", "capacity", "was", "risk", "was"]);
    let relations = pick(
        s.relations
            .iter()
            .map(|r| (moved(&r.values, r.start), row(lang, &relation_cols, &relation_cells(lang, r))))
            .collect(),
    );
    let routes =
        pick(s.routes.iter().map(|r| (route_moved(r), row(lang, &route_cols, &route_cells(lang, r)))).collect());
    if flags.is_empty() && relations.is_empty() && routes.is_empty() {
        return out;
    }
    let _ = writeln!(out, "\n{}", tr!(lang, if detail { "simulate-ends-all" } else { "simulate-ends" }));
    if !flags.is_empty() {
        let _ = writeln!(out, "  {}", tr!(lang, "simulate-flags"));
        for line in flags {
            let _ = writeln!(out, "    {line}");
        }
    }
    if !relations.is_empty() {
        let _ = writeln!(out, "  {relation_head}");
        for line in relations {
            let _ = writeln!(out, "  {line}");
        }
    }
    if !routes.is_empty() {
        let _ = writeln!(out, "  {route_head}");
        for line in routes {
            let _ = writeln!(out, "  {line}");
        }
    }
    out
}

/// How far a distribution of end values lies from where it started.
fn moved(values: &Distribution, start: i64) -> f64 {
    (values.mean - start as f64).abs().max(if values.min != values.max { 1e-9 } else { 0.0 })
}

/// A relation's row: the pair, where it started, and how it ended.
fn relation_cells(lang: Lang, r: &RelationSummary) -> [String; 6] {
    let d = &r.values;
    [
        format!("{}–{}", r.a, r.b),
        r.start.to_string(),
        one(lang, d.mean),
        d.p10.to_string(),
        d.median.to_string(),
        d.p90.to_string(),
    ]
}

/// How far a route ended from its start: open share, capacity (relative)
/// and risk (in points of 100), whichever moved most.
fn route_moved(r: &RouteSummary) -> f64 {
    let open = (r.open_share - f64::from(u8::from(r.start_open))).abs();
    let capacity = moved(&r.capacity, r.start_capacity) / (r.start_capacity.max(1) as f64);
    let risk = moved(&r.risk, r.start_risk) / 100.0;
    open.max(capacity).max(risk)
}

/// A route's row: how open, wide and risky it ended, beside how it started.
fn route_cells(lang: Lang, r: &RouteSummary) -> [String; 7] {
    let start_open = tr!(lang, if r.start_open { "simulate-route-open" } else { "simulate-route-closed" });
    [
        r.id.clone(),
        percent(lang, r.open_share),
        start_open,
        one(lang, r.capacity.mean),
        r.start_capacity.to_string(),
        tr!(lang, "simulate-percent", value = one(lang, r.risk.mean)),
        tr!(lang, "simulate-percent", value = num(lang, &r.start_risk.to_string())),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn action(games_used: u64, with: Option<f64>, without: Option<f64>) -> ActionSummary {
        ActionSummary {
            faction: "kesh".into(),
            action: "escort".into(),
            chosen: games_used,
            succeeded: games_used,
            turn_share: 0.5,
            games_used,
            game_share: games_used as f64 / 100.0,
            win_share_used: with,
            win_share_unused: without,
        }
    }

    #[test]
    fn an_action_is_telling_only_when_its_win_shares_differ_beyond_chance() {
        assert!(strength(&action(50, Some(0.62), Some(0.31)), 100) > TELLING);
        assert!(strength(&action(50, Some(0.33), Some(0.31)), 100) < TELLING);
        assert_eq!(strength(&action(100, Some(0.5), None), 100), 0.0);
        assert_eq!(strength(&action(0, None, Some(0.5)), 100), 0.0);
        assert_eq!(strength(&action(40, Some(0.0), Some(0.0)), 100), 0.0);
    }

    #[test]
    fn action_lines_are_whole_sentences() {
        assert_eq!(
            action_line(Lang::En, &action(62, Some(0.62), Some(0.31))),
            "escort: chosen in 62.0% of games; won 62.0% of those and 31.0% of the others."
        );
        assert_eq!(
            action_line(Lang::En, &action(100, Some(0.5), None)),
            "escort: chosen in every game; won 50.0% of them."
        );
        assert_eq!(action_line(Lang::En, &action(0, None, Some(0.5))), "escort: never chosen.");
    }
}
