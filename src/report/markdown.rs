//! The report as Markdown: readable as plain text, renders anywhere.

use std::fmt::Write as _;

use super::{AfterAction, Indicator, Item, percent, sentence};
use crate::engine::words::num;
use crate::i18n::Lang;
use crate::tr;

/// Scenario text made inert in Markdown: no emphasis, links, HTML or table breaks.
pub(super) fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '|' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// An indicator's name with its unit, if it has one: "Fuel stock (days)".
pub(super) fn with_unit(lang: Lang, ind: &Indicator) -> String {
    if ind.unit.is_empty() {
        ind.name.clone()
    } else {
        tr!(lang, "report-name-unit", name = ind.name.as_str(), unit = ind.unit.as_str())
    }
}

/// Pieces joined with the language's "; ".
pub(super) fn semicolons(lang: Lang, pieces: &[String]) -> String {
    pieces.join(&tr!(lang, "report-separator-semicolon"))
}

/// Pieces joined with the language's ", ".
pub(super) fn commas(lang: Lang, pieces: &[String]) -> String {
    pieces.join(&tr!(lang, "game-list-separator"))
}

pub(super) fn render(r: &AfterAction) -> String {
    let lang = r.lang;
    let mut o = String::new();
    let _ = writeln!(o, "# {}\n", tr!(lang, "report-title", title = md(&r.scenario.title)));
    if !r.scenario.summary.trim().is_empty() {
        let _ = writeln!(o, "*{}*\n", md(r.scenario.summary.trim()));
    }
    for w in &r.warnings {
        let _ = writeln!(o, "> **{}** {}\n", tr!(lang, "report-warning"), md(w));
    }
    let _ = writeln!(o, "| | |\n| --- | --- |");
    let scenario = tr!(
        lang,
        "report-scenario-value",
        title = md(&r.scenario.title),
        id = format!("`{}`", md(&r.scenario.id)),
        file = md(&r.scenario.file)
    );
    let period = tr!(
        lang,
        "report-period",
        first = md(&r.period.first),
        last = md(&r.period.last),
        played = r.period.turns_played,
        planned = r.period.turns_planned
    );
    let seats: Vec<String> = r
        .seats
        .iter()
        .map(|s| tr!(lang, "report-seat", faction = md(&s.faction), player = s.player.as_str()))
        .collect();
    let rows = [
        ("report-fact-scenario", scenario),
        ("report-fact-period", period),
        ("report-fact-seats", commas(lang, &seats)),
        ("report-fact-outcome", md(&r.ending)),
        ("report-fact-seed", r.seed.to_string()),
        ("report-fact-started", md(&r.started)),
    ];
    for (key, value) in rows {
        let _ = writeln!(o, "| {} | {value} |", tr!(lang, key));
    }
    let _ = writeln!(o);

    scores(&mut o, r);
    if !r.umpire.is_empty() {
        let _ = writeln!(o, "## {}\n", tr!(lang, "report-umpire-decisions"));
        for line in &r.umpire {
            let _ = writeln!(o, "- {}", md(line));
        }
        let _ = writeln!(o);
    }
    if !r.timeouts.is_empty() {
        let _ = writeln!(o, "## {}\n", tr!(lang, "report-ran-out"));
        for line in &r.timeouts {
            let _ = writeln!(o, "- {}", md(line));
        }
        let _ = writeln!(o);
    }
    turning_points(&mut o, r);
    let _ = writeln!(o, "## {}\n", tr!(lang, "report-questions"));
    for (i, q) in r.questions.iter().enumerate() {
        let _ = writeln!(o, "{}. {}", i + 1, md(q));
    }
    let _ = writeln!(o);
    timeline(&mut o, r);
    indicators(&mut o, r);
    o
}

/// The line naming who won or leads, if anyone does: "Winner: Tarsa".
pub(super) fn winners_line(r: &AfterAction, names: &[String]) -> Option<String> {
    let key = match (r.scores.provisional, names.len()) {
        (_, 0) => return None,
        (true, 1) => "report-leading",
        (true, _) => "report-leading-together",
        (false, 1) => "report-winner",
        (false, _) => "report-winners",
    };
    Some(tr!(r.lang, key, names = commas(r.lang, names)))
}

fn scores(o: &mut String, r: &AfterAction) {
    let lang = r.lang;
    let heading = tr!(lang, if r.scores.provisional { "report-scores-provisional" } else { "report-scores-final" });
    let _ = writeln!(o, "## {heading}\n");
    let (faction, score) = (tr!(lang, "report-col-faction"), tr!(lang, "report-col-score"));
    let _ = writeln!(o, "| {faction} | {score} |\n| --- | ---: |");
    for f in &r.scores.factions {
        let _ = writeln!(o, "| {} | {} |", md(&f.faction), f.total);
    }
    let _ = writeln!(o);
    let names: Vec<String> = r.scores.winners.iter().map(|w| md(w)).collect();
    if let Some(line) = winners_line(r, &names) {
        let _ = writeln!(o, "**{line}**\n");
    }
    for line in &r.scores.outcome {
        let _ = writeln!(o, "- {}", md(line));
    }
    if !r.scores.outcome.is_empty() {
        let _ = writeln!(o);
    }
    let columns =
        ["report-col-objective", "report-col-weight", "report-col-share", "report-col-measured", "report-col-score"]
            .map(|key| tr!(lang, key));
    for f in &r.scores.factions {
        let _ = writeln!(o, "### {} — {}\n", md(&f.faction), f.total);
        let _ = writeln!(o, "| {} |\n| --- | ---: | ---: | --- | ---: |", columns.join(" | "));
        for obj in &f.objectives {
            let _ = writeln!(
                o,
                "| {} | {} | {} | {} | {} |",
                md(&obj.name),
                obj.weight,
                tr!(lang, "game-value-percent", value = num(lang, i64::from(obj.share))),
                obj.measured,
                obj.score
            );
        }
        let _ = writeln!(o);
    }
}

fn turning_points(o: &mut String, r: &AfterAction) {
    let lang = r.lang;
    let _ = writeln!(o, "## {}\n", tr!(lang, "report-turning-points"));
    let tp = &r.turning_points;
    if tp.decisions.is_empty() && tp.turns.is_empty() {
        let _ = writeln!(o, "{}\n", tr!(lang, "report-nothing-moved"));
        return;
    }
    if !tp.decisions.is_empty() {
        let _ = writeln!(o, "{}\n", tr!(lang, "report-decisions-intro"));
        for (i, d) in tp.decisions.iter().enumerate() {
            let heading = tr!(
                lang,
                "report-decision",
                turn = d.turn.to_string(),
                date = md(&d.date),
                faction = md(&d.faction),
                text = md(&d.text)
            );
            let outcome = d.outcome.as_deref().map(|x| format!(" — {}", md(x))).unwrap_or_default();
            let changes: Vec<String> = d.changes.iter().map(|c| md(c)).collect();
            let line = tr!(
                lang,
                "report-decision-line",
                decision = format!("**{heading}**{outcome}"),
                impact = percent(lang, d.impact),
                changes = semicolons(lang, &changes)
            );
            let _ = writeln!(o, "{}. {line}", i + 1);
        }
        let _ = writeln!(o);
    }
    if !tp.turns.is_empty() {
        let _ = writeln!(o, "{}\n", tr!(lang, "report-turns-intro"));
        for (i, t) in tp.turns.iter().enumerate() {
            let detail = if t.scores.is_empty() {
                tr!(lang, "report-no-score-changed")
            } else {
                commas(lang, &t.scores.iter().map(|s| md(s)).collect::<Vec<_>>())
            };
            let heading = tr!(lang, "report-turn-when", turn = t.turn.to_string(), date = md(&t.date));
            let line = tr!(
                lang,
                "report-turn-moved",
                turn = format!("**{heading}**"),
                points = t.score_movement,
                detail = detail,
                percent = percent(lang, t.indicator_movement)
            );
            let _ = writeln!(o, "{}. {line}", i + 1);
        }
        let _ = writeln!(o);
    }
}

fn item_line(lang: Lang, it: &Item) -> String {
    let mut line = format!("- {}", md(&it.text));
    if let Some(s) = &it.secret {
        line.push_str(&format!(" *({s})*"));
    }
    if let Some(out) = &it.outcome {
        line.push_str(&format!(" — {}", md(out)));
    }
    if !it.changes.is_empty() {
        let changes: Vec<String> = it.changes.iter().map(|c| md(&c.text)).collect();
        line = sentence(&line, &tr!(lang, "report-changes", list = semicolons(lang, &changes)));
    }
    line
}

fn timeline(o: &mut String, r: &AfterAction) {
    let lang = r.lang;
    let _ = writeln!(o, "## {}\n", tr!(lang, "report-timeline"));
    let _ = writeln!(o, "{}\n", tr!(lang, "report-timeline-intro"));
    if r.timeline.is_empty() {
        let _ = writeln!(o, "{}\n", tr!(lang, "report-no-turn"));
    }
    let list = |o: &mut String, key: &str, items: &[Item]| {
        if items.is_empty() {
            return;
        }
        let _ = writeln!(o, "**{}**\n", tr!(lang, key));
        for it in items {
            let _ = writeln!(o, "{}", item_line(lang, it));
        }
        let _ = writeln!(o);
    };
    for t in &r.timeline {
        let _ = writeln!(o, "### {}\n", tr!(lang, "report-turn-title", turn = t.turn.to_string(), date = md(&t.date)));
        list(o, "report-events", &t.events);
        for side in &t.sides {
            let _ = writeln!(o, "**{}**\n", md(&side.faction));
            if side.items.is_empty() {
                let _ = writeln!(o, "- {}", tr!(lang, "report-no-orders"));
            }
            for it in &side.items {
                let _ = writeln!(o, "{}", item_line(lang, it));
            }
            let _ = writeln!(o);
        }
        list(o, "report-earlier", &t.later);
        list(o, "report-routes", &t.flows);
        if !t.news.is_empty() {
            let _ = writeln!(o, "**{}**\n", tr!(lang, "report-news"));
            for n in &t.news {
                let _ = writeln!(o, "> {}  ", md(n));
            }
            let _ = writeln!(o);
        }
        if let Some(end) = &t.end {
            let _ = writeln!(o, "**{}**\n", md(end));
        }
    }
}

fn indicators(o: &mut String, r: &AfterAction) {
    let lang = r.lang;
    let _ = writeln!(o, "## {}\n", tr!(lang, "report-indicators"));
    let start = format!("`{}`", tr!(lang, "report-point-start"));
    let _ = writeln!(o, "{}\n", tr!(lang, "report-indicators-intro", start = start));
    let (turn, date) = (tr!(lang, "report-col-turn"), tr!(lang, "report-col-date"));
    for ind in &r.indicators {
        let _ = writeln!(o, "### {}\n", md(&with_unit(lang, ind)));
        let names: Vec<String> = ind.series.iter().map(|s| md(&s.name)).collect();
        let _ = writeln!(o, "| {turn} | {date} | {} |", names.join(" | "));
        let _ = writeln!(o, "| --- | --- |{}", " ---: |".repeat(names.len()));
        for (k, p) in r.points.iter().enumerate() {
            let values: Vec<String> =
                ind.series.iter().map(|s| s.values.get(k).map_or_else(String::new, |v| num(lang, *v))).collect();
            let _ = writeln!(o, "| {} | {} | {} |", p.label, md(&p.date), values.join(" | "));
        }
        let _ = writeln!(o);
    }
    if !r.switches.is_empty() {
        let _ = writeln!(o, "### {}\n", tr!(lang, "report-routes-and-flags"));
        let names: Vec<String> = r.switches.iter().map(|s| md(&s.name)).collect();
        let _ = writeln!(o, "| {turn} | {} |", names.join(" | "));
        let _ = writeln!(o, "| --- |{}", " --- |".repeat(names.len()));
        let (yes, no) = (tr!(lang, "game-yes"), tr!(lang, "game-no"));
        for (k, p) in r.points.iter().enumerate() {
            let values: Vec<&str> = r
                .switches
                .iter()
                .map(|s| match s.values.get(k) {
                    Some(true) => yes.as_str(),
                    Some(false) => no.as_str(),
                    None => "",
                })
                .collect();
            let _ = writeln!(o, "| {} | {} |", p.label, values.join(" | "));
        }
        let _ = writeln!(o);
    }
}
