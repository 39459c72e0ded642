//! A batch's summary as text for a modder: the results tables, then why —
//! by faction, the objectives, the actions that go with winning and the
//! proposals; then how flags, relations and routes ended. By default only
//! the most telling lines of the explanations; `--detail` prints them all.

use std::fmt::Write as _;

use harmattan::sim::{ActionSummary, Distribution, FactionSummary, RelationSummary, RouteSummary, Summary};

/// Lines of each explanation shown without `--detail`: actions per faction.
const TOP_ACTIONS: usize = 3;
/// Proposals per faction shown without `--detail`.
const TOP_PROPOSALS: usize = 3;
/// Flags, relations and routes shown without `--detail`.
const TOP_ENDS: usize = 5;
/// How far apart two win shares must be, in standard errors, to be shown
/// without `--detail`: the two-sided 95% level.
const TELLING: f64 = 1.96;

/// The summary as aligned text tables; with `detail`, every line of the explanations.
pub(super) fn summary(s: &Summary, detail: bool) -> String {
    let mut out = results(s, detail);
    out += &explanations(s, detail);
    out
}

/// The results tables: scores and wins, end values, actions, events.
fn results(s: &Summary, detail: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Scenario {} — {} games, seed {}, {} AI, {:.1} turns on average\n",
        s.scenario, s.runs, s.seed, s.ai, s.average_turns
    );
    let _ = writeln!(
        out,
        "{:<16} {:>6} {:>6} {:>6} {:>6} {:>8} {:>7} {:>7} {:>7}",
        "faction", "mean", "median", "p10", "p90", "wins", "met", "partly", "missed"
    );
    for f in &s.factions {
        let _ = writeln!(
            out,
            "{:<16} {:>6.1} {:>6} {:>6} {:>6} {:>7.1}% {:>6.1}% {:>6.1}% {:>6.1}%",
            f.id,
            f.score.mean,
            f.score.median,
            f.score.p10,
            f.score.p90,
            f.win_share * 100.0,
            f.met * 100.0,
            f.partly * 100.0,
            f.missed * 100.0
        );
    }
    if let Some([held, strained, lost]) = s.shared {
        let _ = writeln!(
            out,
            "\nThe shared outcome was held in {:.1}% of games, strained in {:.1}%, lost in {:.1}%.",
            held * 100.0,
            strained * 100.0,
            lost * 100.0
        );
    }
    let median = s.lead.as_ref().map_or_else(|| "-".to_string(), |d| d.median.to_string());
    let _ = writeln!(
        out,
        "Ties: {:.1}% of games. Decided by 2 points or less between teams with the same verdict: {:.1}% (median lead {median}).",
        s.ties * 100.0,
        s.close * 100.0
    );
    if let Some(share) = s.turn_3_leader_wins {
        let _ = writeln!(out, "\nThe leader after turn 3 went on to win {:.1}% of games.", share * 100.0);
    }
    let _ = writeln!(out, "\nValues at game end:");
    let _ = writeln!(out, "{:<32} {:>9} {:>8} {:>8} {:>8}", "entity.variable", "mean", "p10", "median", "p90");
    for v in &s.variables {
        let name = format!("{}.{}", v.entity, v.variable);
        let _ = writeln!(
            out,
            "{:<32} {:>9.1} {:>8} {:>8} {:>8}",
            name, v.values.mean, v.values.p10, v.values.median, v.values.p90
        );
    }
    let _ = writeln!(out, "\nActions:");
    let _ = writeln!(out, "{:<12} {:<28} {:>8} {:>9} {:>11}", "faction", "action", "chosen", "succeeded", "% of turns");
    for a in &s.actions {
        let _ = writeln!(
            out,
            "{:<12} {:<28} {:>8} {:>9} {:>10.1}%",
            a.faction,
            a.action,
            a.chosen,
            a.succeeded,
            a.turn_share * 100.0
        );
    }
    let _ = writeln!(out, "\nEvents (turns of their firings: p10, median, p90):");
    let _ =
        writeln!(out, "{:<32} {:>8} {:>10} {:>5} {:>6} {:>5}", "event", "fired", "% of games", "p10", "median", "p90");
    for e in &s.events {
        let _ = write!(out, "{:<32} {:>8} {:>9.1}%", e.event, e.fired, e.game_share * 100.0);
        match &e.when {
            Some(t) => _ = writeln!(out, " {:>5} {:>6} {:>5}", t.p10, t.median, t.p90),
            None => _ = writeln!(out, " {:>5} {:>6} {:>5}", "-", "-", "-"),
        }
    }
    if detail {
        let _ = writeln!(out, "\nFirings of each event by turn (turn: firings):");
        for e in s.events.iter().filter(|e| e.fired > 0) {
            let turns: Vec<String> = e.turns.iter().map(|(turn, n)| format!("{turn}: {n}")).collect();
            let _ = writeln!(out, "  {:<30} {}", e.event, turns.join(" · "));
        }
    }
    out
}

/// Why: by faction, then the state of the world at the end.
fn explanations(s: &Summary, detail: bool) -> String {
    let mut out = String::new();
    if detail {
        let _ = writeln!(out, "\nWhy, faction by faction (every line):");
    } else {
        let _ = writeln!(out, "\nWhy, faction by faction (the most telling lines; --detail shows every line):");
    }
    for f in &s.factions {
        out += &faction(s, f, detail);
    }
    out += &ends(s, detail);
    out
}

/// One faction's objectives, actions that go with winning, and proposals.
fn faction(s: &Summary, f: &FactionSummary, detail: bool) -> String {
    let mut out = String::new();
    let (name, id, wins, met) = (&f.name, &f.id, f.win_share * 100.0, f.met * 100.0);
    let _ = writeln!(out, "\n{name} ({id}): wins {wins:.1}% of games; its goals are met in {met:.1}%.");
    if !f.objectives.is_empty() {
        let _ = writeln!(
            out,
            "  {:<28} {:>6} {:>6} {:>5} {:>6} {:>5} {:>5} {:>5}",
            "objective (score at the end)", "weight", "mean", "p10", "median", "p90", "min", "max"
        );
        for o in &f.objectives {
            let d = &o.score;
            let _ = writeln!(
                out,
                "  {:<28} {:>6} {:>6.1} {:>5} {:>6} {:>5} {:>5} {:>5}",
                o.id, o.weight, d.mean, d.p10, d.median, d.p90, d.min, d.max
            );
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
            let _ = writeln!(out, "  No action goes with winning or losing beyond what chance would give.");
        }
    } else {
        let _ = writeln!(out, "  Actions, and how often {id} won when it chose them and when it did not:");
        for (a, _) in actions {
            let _ = writeln!(out, "    {}", action_line(a));
        }
    }
    let mut proposals: Vec<_> = s.proposals.iter().filter(|p| p.faction == f.id).collect();
    if !detail {
        proposals.sort_by_key(|p| std::cmp::Reverse(p.made));
        proposals.truncate(TOP_PROPOSALS);
    }
    if !proposals.is_empty() {
        let _ = writeln!(out, "  Proposals:");
    }
    for p in proposals {
        let (action, target, made) = (&p.action, &p.target, p.made);
        let line = match p.acceptance {
            Some(rate) => {
                let (rate, answered) = (rate * 100.0, p.accepted + p.declined);
                format!("{action} to {target}: made {made} times; {rate:.1}% of the {answered} answered were accepted.")
            }
            None => format!("{action} to {target}: made {made} times; none was answered before the game ended."),
        };
        let _ = writeln!(out, "    {line}");
    }
    out
}

/// How an action's use and the faction's wins went together, as a sentence.
fn action_line(a: &ActionSummary) -> String {
    let (action, used) = (&a.action, a.game_share * 100.0);
    match (a.win_share_used, a.win_share_unused) {
        (Some(with), Some(without)) => {
            let (with, without) = (with * 100.0, without * 100.0);
            format!("{action}: chosen in {used:.1}% of games; won {with:.1}% of those and {without:.1}% of the others.")
        }
        (Some(with), None) => format!("{action}: chosen in every game; won {:.1}% of them.", with * 100.0),
        (None, _) => format!("{action}: never chosen."),
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
fn ends(s: &Summary, detail: bool) -> String {
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
                let (id, set) = (&f.id, f.set_share * 100.0);
                let line = if f.start {
                    format!("{id}: still set at the end of {set:.1}% of games (set at the start).")
                } else {
                    format!("{id}: set at the end of {set:.1}% of games (unset at the start).")
                };
                ((f.set_share - f64::from(u8::from(f.start))).abs(), line)
            })
            .collect(),
    );
    let relations = pick(s.relations.iter().map(|r| (moved(&r.values, r.start), relation_line(r))).collect());
    let routes = pick(s.routes.iter().map(|r| (route_moved(r), route_line(r))).collect());
    if flags.is_empty() && relations.is_empty() && routes.is_empty() {
        return out;
    }
    if detail {
        let _ = writeln!(out, "\nAt the end of the game:");
    } else {
        let _ = writeln!(out, "\nAt the end of the game (what moved most from the start):");
    }
    if !flags.is_empty() {
        let _ = writeln!(out, "  Flags:");
        for line in flags {
            let _ = writeln!(out, "    {line}");
        }
    }
    if !relations.is_empty() {
        let _ = writeln!(
            out,
            "  {:<28} {:>6} {:>7} {:>5} {:>6} {:>5}",
            "relation", "start", "mean", "p10", "median", "p90"
        );
        for line in relations {
            let _ = writeln!(out, "  {line}");
        }
    }
    if !routes.is_empty() {
        let _ = writeln!(
            out,
            "  {:<24} {:>7} {:>7} {:>9} {:>9} {:>7} {:>7}",
            "route", "open", "(start)", "capacity", "(start)", "risk", "(start)"
        );
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

fn relation_line(r: &RelationSummary) -> String {
    let d = &r.values;
    let pair = format!("{}–{}", r.a, r.b);
    format!("{pair:<28} {:>6} {:>7.1} {:>5} {:>6} {:>5}", r.start, d.mean, d.p10, d.median, d.p90)
}

/// How far a route ended from its start: open share, capacity (relative)
/// and risk (in points of 100), whichever moved most.
fn route_moved(r: &RouteSummary) -> f64 {
    let open = (r.open_share - f64::from(u8::from(r.start_open))).abs();
    let capacity = moved(&r.capacity, r.start_capacity) / (r.start_capacity.max(1) as f64);
    let risk = moved(&r.risk, r.start_risk) / 100.0;
    open.max(capacity).max(risk)
}

fn route_line(r: &RouteSummary) -> String {
    let start_open = if r.start_open { "open" } else { "closed" };
    format!(
        "{:<24} {:>6.1}% {:>7} {:>9.1} {:>9} {:>6.1}% {:>6}%",
        r.id,
        r.open_share * 100.0,
        start_open,
        r.capacity.mean,
        r.start_capacity,
        r.risk.mean,
        r.start_risk
    )
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
            action_line(&action(62, Some(0.62), Some(0.31))),
            "escort: chosen in 62.0% of games; won 62.0% of those and 31.0% of the others."
        );
        assert_eq!(action_line(&action(100, Some(0.5), None)), "escort: chosen in every game; won 50.0% of them.");
        assert_eq!(action_line(&action(0, None, Some(0.5))), "escort: never chosen.");
    }
}
