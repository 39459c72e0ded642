//! The report as Markdown: readable as plain text, renders anywhere.

use std::fmt::Write as _;

use super::{AfterAction, Indicator, Item, percent, sentence};

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

/// The unit in brackets, or nothing.
pub(super) fn unit_suffix(ind: &Indicator) -> String {
    if ind.unit.is_empty() { String::new() } else { format!(" ({})", ind.unit) }
}

pub(super) fn render(r: &AfterAction) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "# After-action report: {}\n", md(&r.scenario.title));
    if !r.scenario.summary.trim().is_empty() {
        let _ = writeln!(o, "*{}*\n", md(r.scenario.summary.trim()));
    }
    for w in &r.warnings {
        let _ = writeln!(o, "> **Warning:** {}\n", md(w));
    }
    let _ = writeln!(o, "| | |\n| --- | --- |");
    let _ =
        writeln!(o, "| Scenario | {} (`{}`, {}) |", md(&r.scenario.title), md(&r.scenario.id), md(&r.scenario.file));
    let _ = writeln!(
        o,
        "| Period | {} – {}: {} of {} turns played |",
        md(&r.period.first),
        md(&r.period.last),
        r.period.turns_played,
        r.period.turns_planned
    );
    let seats: Vec<String> = r.seats.iter().map(|s| format!("{} — {}", md(&s.faction), s.player)).collect();
    let _ = writeln!(o, "| Seats | {} |", seats.join(", "));
    let _ = writeln!(o, "| Outcome | {} |", md(&r.ending));
    let _ = writeln!(o, "| Seed | {} |", r.seed);
    let _ = writeln!(o, "| Started | {} |\n", md(&r.started));

    scores(&mut o, r);
    if !r.umpire.is_empty() {
        let _ = writeln!(
            o,
            "## Umpire decisions
"
        );
        for line in &r.umpire {
            let _ = writeln!(o, "- {}", md(line));
        }
        let _ = writeln!(o);
    }
    if !r.timeouts.is_empty() {
        let _ = writeln!(o, "## Ran out of time\n");
        for line in &r.timeouts {
            let _ = writeln!(o, "- {}", md(line));
        }
        let _ = writeln!(o);
    }
    turning_points(&mut o, r);
    let _ = writeln!(o, "## Questions for the debrief\n");
    for (i, q) in r.questions.iter().enumerate() {
        let _ = writeln!(o, "{}. {}", i + 1, md(q));
    }
    let _ = writeln!(o);
    timeline(&mut o, r);
    indicators(&mut o, r);
    o
}

fn scores(o: &mut String, r: &AfterAction) {
    let heading = if r.scores.provisional { "Scores so far" } else { "Final scores" };
    let _ = writeln!(o, "## {heading}\n");
    let _ = writeln!(o, "| Faction | Score |\n| --- | ---: |");
    for f in &r.scores.factions {
        let _ = writeln!(o, "| {} | {} |", md(&f.faction), f.total);
    }
    let _ = writeln!(o);
    let names: Vec<String> = r.scores.winners.iter().map(|w| md(w)).collect();
    let verb = match (r.scores.provisional, names.len()) {
        (_, 0) => String::new(),
        (true, 1) => "Leading".into(),
        (true, _) => "Leading together".into(),
        (false, 1) => "Winner".into(),
        (false, _) => "Winners (tied)".into(),
    };
    if !verb.is_empty() {
        let _ = writeln!(o, "**{verb}: {}**\n", names.join(", "));
    }
    for line in &r.scores.outcome {
        let _ = writeln!(o, "- {}", md(line));
    }
    if !r.scores.outcome.is_empty() {
        let _ = writeln!(o);
    }
    for f in &r.scores.factions {
        let _ = writeln!(o, "### {} — {}\n", md(&f.faction), f.total);
        let _ = writeln!(o, "| Objective | Weight | Share | Measured | Score |\n| --- | ---: | ---: | --- | ---: |");
        for obj in &f.objectives {
            let _ = writeln!(
                o,
                "| {} | {} | {}% | {} | {} |",
                md(&obj.name),
                obj.weight,
                obj.share,
                obj.measured,
                obj.score
            );
        }
        let _ = writeln!(o);
    }
}

fn turning_points(o: &mut String, r: &AfterAction) {
    let _ = writeln!(o, "## Turning points\n");
    let tp = &r.turning_points;
    if tp.decisions.is_empty() && tp.turns.is_empty() {
        let _ = writeln!(o, "Nothing moved: no turn was played.\n");
        return;
    }
    if !tp.decisions.is_empty() {
        let _ = writeln!(
            o,
            "Decisions that moved the most (impact: each change as a percentage of its value's range, summed; a switch turned on or off counts 100):\n"
        );
        for (i, d) in tp.decisions.iter().enumerate() {
            let outcome = d.outcome.as_deref().map(|x| format!(" — {}", md(x))).unwrap_or_default();
            let _ = writeln!(
                o,
                "{}. **Turn {} ({}) — {}: {}**{outcome}. Impact {}: {}.",
                i + 1,
                d.turn,
                md(&d.date),
                md(&d.faction),
                md(&d.text),
                percent(d.impact),
                d.changes.iter().map(|c| md(c)).collect::<Vec<_>>().join("; ")
            );
        }
        let _ = writeln!(o);
    }
    if !tp.turns.is_empty() {
        let _ = writeln!(o, "Turns that moved the scores most:\n");
        for (i, t) in tp.turns.iter().enumerate() {
            let detail = if t.scores.is_empty() {
                "no score changed".to_string()
            } else {
                t.scores.iter().map(|s| md(s)).collect::<Vec<_>>().join(", ")
            };
            let _ = writeln!(
                o,
                "{}. **Turn {} ({})**: scores moved {} points in all ({detail}); indicators moved {}% of their ranges.",
                i + 1,
                t.turn,
                md(&t.date),
                t.score_movement,
                percent(t.indicator_movement)
            );
        }
        let _ = writeln!(o);
    }
}

fn item_line(it: &Item) -> String {
    let mut line = format!("- {}", md(&it.text));
    if let Some(s) = &it.secret {
        line.push_str(&format!(" *({s})*"));
    }
    if let Some(out) = &it.outcome {
        line.push_str(&format!(" — {}", md(out)));
    }
    if !it.changes.is_empty() {
        let changes: Vec<String> = it.changes.iter().map(|c| md(&c.text)).collect();
        line = sentence(&line, &format!("Changes: {}.", changes.join("; ")));
    }
    line
}

fn timeline(o: &mut String, r: &AfterAction) {
    let _ = writeln!(o, "## Timeline\n");
    let _ = writeln!(
        o,
        "Everything that happened, with nothing hidden: secret orders are shown with whether they were detected.\n"
    );
    if r.timeline.is_empty() {
        let _ = writeln!(o, "No turn was played.\n");
    }
    for t in &r.timeline {
        let _ = writeln!(o, "### Turn {} — {}\n", t.turn, md(&t.date));
        if !t.events.is_empty() {
            let _ = writeln!(o, "**Events**\n");
            for it in &t.events {
                let _ = writeln!(o, "{}", item_line(it));
            }
            let _ = writeln!(o);
        }
        for side in &t.sides {
            let _ = writeln!(o, "**{}**\n", md(&side.faction));
            if side.items.is_empty() {
                let _ = writeln!(o, "- no orders");
            }
            for it in &side.items {
                let _ = writeln!(o, "{}", item_line(it));
            }
            let _ = writeln!(o);
        }
        if !t.later.is_empty() {
            let _ = writeln!(o, "**Earlier orders at work**\n");
            for it in &t.later {
                let _ = writeln!(o, "{}", item_line(it));
            }
            let _ = writeln!(o);
        }
        if !t.flows.is_empty() {
            let _ = writeln!(o, "**Routes**\n");
            for it in &t.flows {
                let _ = writeln!(o, "{}", item_line(it));
            }
            let _ = writeln!(o);
        }
        if !t.news.is_empty() {
            let _ = writeln!(o, "**News**\n");
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
    let _ = writeln!(o, "## Indicators\n");
    let _ = writeln!(
        o,
        "Values at the start of turn 1, once its income and events are in (`start`), and at the end of each turn, before the next turn's income and events.\n"
    );
    for ind in &r.indicators {
        let _ = writeln!(o, "### {}{}\n", md(&ind.name), md(&unit_suffix(ind)));
        let names: Vec<String> = ind.series.iter().map(|s| md(&s.name)).collect();
        let _ = writeln!(o, "| Turn | Date | {} |", names.join(" | "));
        let _ = writeln!(o, "| --- | --- |{}", " ---: |".repeat(names.len()));
        for (k, p) in r.points.iter().enumerate() {
            let values: Vec<String> =
                ind.series.iter().map(|s| s.values.get(k).map_or_else(String::new, i64::to_string)).collect();
            let _ = writeln!(o, "| {} | {} | {} |", p.label, md(&p.date), values.join(" | "));
        }
        let _ = writeln!(o);
    }
    if !r.switches.is_empty() {
        let _ = writeln!(o, "### Routes and flags\n");
        let names: Vec<String> = r.switches.iter().map(|s| md(&s.name)).collect();
        let _ = writeln!(o, "| Turn | {} |", names.join(" | "));
        let _ = writeln!(o, "| --- |{}", " --- |".repeat(names.len()));
        for (k, p) in r.points.iter().enumerate() {
            let values: Vec<&str> = r
                .switches
                .iter()
                .map(|s| match s.values.get(k) {
                    Some(true) => "yes",
                    Some(false) => "no",
                    None => "",
                })
                .collect();
            let _ = writeln!(o, "| {} | {} |", p.label, values.join(" | "));
        }
        let _ = writeln!(o);
    }
}
