//! The report as one self-contained HTML page: no scripts, no external
//! resources, inline CSS, an inline SVG chart per indicator. Readable on a
//! projector and printable. Every piece of text is escaped, because
//! scenario files come from strangers.

use std::fmt::Write as _;

use super::markdown::unit_suffix;
use super::{AfterAction, Indicator, Item, Point, percent};

/// Okabe–Ito colours, distinguishable with the common colour-vision deficiencies (yellow last: faint on white).
const PALETTE: [&str; 8] = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"];
/// Dash patterns, so lines differ in black and white too.
const DASHES: [&str; 5] = ["", "10 5", "3 4", "12 4 3 4", "6 3 1 3"];

const CSS: &str = "
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; font-size: 1.1rem; line-height: 1.45;
       color: #111; background: #fff; max-width: 64rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 2rem; margin-bottom: .2rem; } h2 { border-bottom: 3px solid #0072B2; padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { margin-top: 1.6rem; } .summary { font-style: italic; }
table { border-collapse: collapse; margin: .6rem 0 1.2rem; } th, td { border: 1px solid #888; padding: .25rem .6rem; }
th { background: #e8eef4; text-align: left; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.warning { border-left: 6px solid #D55E00; background: #fff1e6; padding: .5rem 1rem; }
.winner { font-size: 1.3rem; font-weight: bold; }
.turn { border-top: 1px solid #bbb; margin-top: 1.2rem; } .turn h4 { margin: .8rem 0 .2rem; }
.secret { font-weight: bold; color: #fff; background: #555; border-radius: .3rem; padding: 0 .35rem; font-size: .9em; }
.changes { color: #333; font-size: .95em; } .news { border-left: 4px solid #56B4E9; margin: .3rem 0; padding-left: .8rem; }
.end { font-weight: bold; }
figure.chart { margin: 1rem 0 .4rem; } figure.chart svg { width: 100%; height: auto; max-width: 52rem; display: block; }
figcaption { font-size: .95rem; color: #333; }
svg text { font-family: system-ui, sans-serif; fill: #111; }
nav ul { columns: 2; } ol.questions li { margin-bottom: .5rem; }
@media print {
  body { font-size: 10pt; max-width: none; padding: 0; } nav { display: none; }
  h2 { break-before: auto; break-after: avoid; } h3, h4 { break-after: avoid; }
  figure, table, .turn li, .questions li { break-inside: avoid; } a { color: inherit; text-decoration: none; }
  .secret { color: #000; background: none; border: 1px solid #000; }
}
";

/// Text escaped for HTML content and attribute values.
pub(crate) fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

pub(super) fn render(r: &AfterAction) -> String {
    let mut o = String::new();
    let title = format!("After-action report: {}", r.scenario.title);
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        esc(&title)
    );
    let _ = writeln!(o, "<header>\n<h1>{}</h1>", esc(&title));
    if !r.scenario.summary.trim().is_empty() {
        let _ = writeln!(o, "<p class=\"summary\">{}</p>", esc(r.scenario.summary.trim()));
    }
    let _ = writeln!(o, "</header>");
    for w in &r.warnings {
        let _ = writeln!(o, "<p class=\"warning\"><strong>Warning:</strong> {}</p>", esc(w));
    }
    let seats: Vec<String> = r.seats.iter().map(|s| format!("{} — {}", esc(&s.faction), esc(&s.player))).collect();
    let _ = writeln!(o, "<table class=\"facts\">");
    let rows = [
        (
            "Scenario",
            format!("{} (<code>{}</code>, {})", esc(&r.scenario.title), esc(&r.scenario.id), esc(&r.scenario.file)),
        ),
        (
            "Period",
            format!(
                "{} – {}: {} of {} turns played",
                esc(&r.period.first),
                esc(&r.period.last),
                r.period.turns_played,
                r.period.turns_planned
            ),
        ),
        ("Seats", seats.join(", ")),
        ("Outcome", esc(&r.ending)),
        ("Seed", r.seed.to_string()),
        ("Started", esc(&r.started)),
    ];
    for (k, v) in rows {
        let _ = writeln!(o, "<tr><th>{k}</th><td>{v}</td></tr>");
    }
    let _ = writeln!(o, "</table>");
    let _ = writeln!(
        o,
        "<nav><ul><li><a href=\"#scores\">Scores</a></li><li><a href=\"#turning-points\">Turning points</a></li>\
         <li><a href=\"#questions\">Questions for the debrief</a></li><li><a href=\"#timeline\">Timeline</a></li>\
         <li><a href=\"#indicators\">Indicators</a></li></ul></nav>"
    );
    scores(&mut o, r);
    if !r.umpire.is_empty() {
        let _ = writeln!(o, "<section>\n<h2>Umpire decisions</h2>\n<ul>");
        for line in &r.umpire {
            let _ = writeln!(o, "<li>{}</li>", esc(line));
        }
        let _ = writeln!(o, "</ul>\n</section>");
    }
    if !r.timeouts.is_empty() {
        let _ = writeln!(o, "<section>\n<h2>Ran out of time</h2>\n<ul>");
        for line in &r.timeouts {
            let _ = writeln!(o, "<li>{}</li>", esc(line));
        }
        let _ = writeln!(o, "</ul>\n</section>");
    }
    turning_points(&mut o, r);
    let _ = writeln!(o, "<section id=\"questions\">\n<h2>Questions for the debrief</h2>\n<ol class=\"questions\">");
    for q in &r.questions {
        let _ = writeln!(o, "<li>{}</li>", esc(q));
    }
    let _ = writeln!(o, "</ol>\n</section>");
    timeline(&mut o, r);
    indicators(&mut o, r);
    let _ = writeln!(o, "</body>\n</html>");
    o
}

fn scores(o: &mut String, r: &AfterAction) {
    let heading = if r.scores.provisional { "Scores so far" } else { "Final scores" };
    let _ = writeln!(o, "<section id=\"scores\">\n<h2>{heading}</h2>");
    if !r.scores.winners.is_empty() {
        let label = match (r.scores.provisional, r.scores.winners.len()) {
            (true, 1) => "Leading",
            (true, _) => "Leading together",
            (false, 1) => "Winner",
            (false, _) => "Winners (tied)",
        };
        let names: Vec<String> = r.scores.winners.iter().map(|w| esc(w)).collect();
        let _ = writeln!(o, "<p class=\"winner\">{label}: {}</p>", names.join(", "));
        let items: Vec<String> = r.scores.outcome.iter().map(|l| format!("<li>{}</li>", esc(l))).collect();
        let _ = writeln!(o, "<ul class=\"outcome\">{}</ul>", items.concat());
    }
    let _ = writeln!(o, "<table>\n<tr><th>Faction</th><th class=\"num\">Score</th></tr>");
    for f in &r.scores.factions {
        let _ = writeln!(o, "<tr><td>{}</td><td class=\"num\">{}</td></tr>", esc(&f.faction), f.total);
    }
    let _ = writeln!(o, "</table>");
    for f in &r.scores.factions {
        let _ = writeln!(o, "<h3>{} — {}</h3>", esc(&f.faction), f.total);
        let _ = writeln!(
            o,
            "<table>\n<tr><th>Objective</th><th class=\"num\">Weight</th><th class=\"num\">Share</th><th>Measured</th><th class=\"num\">Score</th></tr>"
        );
        for obj in &f.objectives {
            let _ = writeln!(
                o,
                "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}%</td><td>{}</td><td class=\"num\">{}</td></tr>",
                esc(&obj.name),
                obj.weight,
                obj.share,
                esc(&obj.measured),
                obj.score
            );
        }
        let _ = writeln!(o, "</table>");
    }
    let _ = writeln!(o, "</section>");
}

fn turning_points(o: &mut String, r: &AfterAction) {
    let tp = &r.turning_points;
    let _ = writeln!(o, "<section id=\"turning-points\">\n<h2>Turning points</h2>");
    if tp.decisions.is_empty() && tp.turns.is_empty() {
        let _ = writeln!(o, "<p>Nothing moved: no turn was played.</p>");
    }
    if !tp.decisions.is_empty() {
        let _ = writeln!(
            o,
            "<p>Decisions that moved the most (impact: each change as a percentage of its value's range, summed; \
             a switch turned on or off counts 100):</p>\n<ol>"
        );
        for d in &tp.decisions {
            let outcome = d.outcome.as_deref().map(|x| format!(" — {}", esc(x))).unwrap_or_default();
            let changes: Vec<String> = d.changes.iter().map(|c| esc(c)).collect();
            let _ = writeln!(
                o,
                "<li><strong>Turn {} ({}) — {}: {}</strong>{outcome}. Impact {}: <span class=\"changes\">{}</span>.</li>",
                d.turn,
                esc(&d.date),
                esc(&d.faction),
                esc(&d.text),
                percent(d.impact),
                changes.join("; ")
            );
        }
        let _ = writeln!(o, "</ol>");
    }
    if !tp.turns.is_empty() {
        let _ = writeln!(o, "<p>Turns that moved the scores most:</p>\n<ol>");
        for t in &tp.turns {
            let detail = if t.scores.is_empty() {
                "no score changed".to_string()
            } else {
                t.scores.iter().map(|s| esc(s)).collect::<Vec<_>>().join(", ")
            };
            let _ = writeln!(
                o,
                "<li><strong>Turn {} ({})</strong>: scores moved {} points in all ({detail}); indicators moved {}% of their ranges.</li>",
                t.turn,
                esc(&t.date),
                t.score_movement,
                percent(t.indicator_movement)
            );
        }
        let _ = writeln!(o, "</ol>");
    }
    let _ = writeln!(o, "</section>");
}

fn item(o: &mut String, it: &Item) {
    let _ = write!(o, "<li>{}", esc(&it.text));
    if let Some(s) = &it.secret {
        let _ = write!(o, " <span class=\"secret\">{}</span>", esc(s));
    }
    if let Some(out) = &it.outcome {
        let _ = write!(o, " — {}", esc(out));
    }
    if !it.changes.is_empty() {
        let changes: Vec<String> = it.changes.iter().map(|c| esc(&c.text)).collect();
        let last = it.outcome.as_deref().unwrap_or(&it.text).trim_end();
        let stop = if last.ends_with(['.', '!', '?', '…']) { "" } else { "." };
        let _ = write!(o, "{stop} <span class=\"changes\">Changes: {}.</span>", changes.join("; "));
    }
    let _ = writeln!(o, "</li>");
}

fn list(o: &mut String, heading: &str, items: &[Item]) {
    if items.is_empty() {
        return;
    }
    let _ = writeln!(o, "<h4>{}</h4>\n<ul>", esc(heading));
    for it in items {
        item(o, it);
    }
    let _ = writeln!(o, "</ul>");
}

fn timeline(o: &mut String, r: &AfterAction) {
    let _ = writeln!(
        o,
        "<section id=\"timeline\">\n<h2>Timeline</h2>\n<p>Everything that happened, with nothing hidden: \
         secret orders are shown with whether they were detected.</p>"
    );
    if r.timeline.is_empty() {
        let _ = writeln!(o, "<p>No turn was played.</p>");
    }
    for t in &r.timeline {
        let _ = writeln!(o, "<div class=\"turn\" id=\"turn-{}\">\n<h3>Turn {} — {}</h3>", t.turn, t.turn, esc(&t.date));
        list(o, "Events", &t.events);
        for side in &t.sides {
            let _ = writeln!(o, "<h4>{}</h4>\n<ul>", esc(&side.faction));
            if side.items.is_empty() {
                let _ = writeln!(o, "<li>no orders</li>");
            }
            for it in &side.items {
                item(o, it);
            }
            let _ = writeln!(o, "</ul>");
        }
        list(o, "Earlier orders at work", &t.later);
        list(o, "Routes", &t.flows);
        if !t.news.is_empty() {
            let _ = writeln!(o, "<h4>News</h4>");
            for n in &t.news {
                let _ = writeln!(o, "<p class=\"news\">{}</p>", esc(n));
            }
        }
        if let Some(end) = &t.end {
            let _ = writeln!(o, "<p class=\"end\">{}</p>", esc(end));
        }
        let _ = writeln!(o, "</div>");
    }
    let _ = writeln!(o, "</section>");
}

fn indicators(o: &mut String, r: &AfterAction) {
    let _ = writeln!(
        o,
        "<section id=\"indicators\">\n<h2>Indicators</h2>\n<p>Values at the start of turn 1, once its income and events \
         are in (<em>start</em>), and at the end of each turn, before the next turn's income and events.</p>"
    );
    for (i, ind) in r.indicators.iter().enumerate() {
        let heading = format!("{}{}", ind.name, unit_suffix(ind));
        let _ = writeln!(o, "<h3>{}</h3>", esc(&heading));
        chart(o, i, ind, &r.points);
        let _ = write!(o, "<table>\n<tr><th>Turn</th><th>Date</th>");
        for s in &ind.series {
            let _ = write!(o, "<th class=\"num\">{}</th>", esc(&s.name));
        }
        let _ = writeln!(o, "</tr>");
        for (k, p) in r.points.iter().enumerate() {
            let _ = write!(o, "<tr><td>{}</td><td>{}</td>", esc(&p.label), esc(&p.date));
            for s in &ind.series {
                let v = s.values.get(k).map_or_else(String::new, i64::to_string);
                let _ = write!(o, "<td class=\"num\">{v}</td>");
            }
            let _ = writeln!(o, "</tr>");
        }
        let _ = writeln!(o, "</table>");
    }
    if !r.switches.is_empty() {
        let _ = write!(o, "<h3>Routes and flags</h3>\n<table>\n<tr><th>Turn</th>");
        for s in &r.switches {
            let _ = write!(o, "<th>{}</th>", esc(&s.name));
        }
        let _ = writeln!(o, "</tr>");
        for (k, p) in r.points.iter().enumerate() {
            let _ = write!(o, "<tr><td>{}</td>", esc(&p.label));
            for s in &r.switches {
                let v = match s.values.get(k) {
                    Some(true) => "yes",
                    Some(false) => "no",
                    None => "",
                };
                let _ = write!(o, "<td>{v}</td>");
            }
            let _ = writeln!(o, "</tr>");
        }
        let _ = writeln!(o, "</table>");
    }
    let _ = writeln!(o, "</section>");
}

/// Round tick values covering `lo..=hi`: (bottom, top, ticks).
fn ticks(lo: i64, hi: i64) -> (f64, f64, Vec<f64>) {
    #[allow(clippy::cast_precision_loss)]
    let (lo, hi) = (lo as f64, hi as f64);
    let (lo, hi) = if hi > lo { (lo, hi) } else { (lo - 1.0, hi + 1.0) };
    let raw = (hi - lo) / 5.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step =
        [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * magnitude).find(|s| *s >= raw).unwrap_or(10.0 * magnitude).max(1.0);
    let bottom = (lo / step).floor() * step;
    let top = (hi / step).ceil() * step;
    let mut out = Vec::new();
    let mut v = bottom;
    while v <= top + step / 2.0 && out.len() < 20 {
        out.push(v);
        v += step;
    }
    (bottom, top.max(bottom + step), out)
}

/// A marker: circle, square, diamond or triangle, by series.
fn marker(o: &mut String, shape: usize, x: f64, y: f64, colour: &str) {
    let _ = match shape % 4 {
        0 => writeln!(o, "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"4.5\" fill=\"{colour}\"/>"),
        1 => {
            writeln!(o, "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"8\" height=\"8\" fill=\"{colour}\"/>", x - 4.0, y - 4.0)
        }
        2 => writeln!(
            o,
            "<path d=\"M{x:.1} {:.1} L{:.1} {y:.1} L{x:.1} {:.1} L{:.1} {y:.1} Z\" fill=\"{colour}\"/>",
            y - 5.5,
            x + 5.5,
            y + 5.5,
            x - 5.5
        ),
        _ => writeln!(
            o,
            "<path d=\"M{x:.1} {:.1} L{:.1} {:.1} L{:.1} {:.1} Z\" fill=\"{colour}\"/>",
            y - 5.5,
            x + 5.0,
            y + 4.0,
            x - 5.0,
            y + 4.0
        ),
    };
}

/// A name cut to fit a legend column.
fn short(name: &str, most: usize) -> String {
    if name.chars().count() <= most {
        name.to_string()
    } else {
        let cut: String = name.chars().take(most.saturating_sub(1)).collect();
        format!("{cut}…")
    }
}

/// One line chart: a polyline per entity, axes, and a legend.
fn chart(o: &mut String, index: usize, ind: &Indicator, points: &[Point]) {
    const W: f64 = 800.0;
    const LEFT: f64 = 70.0;
    const RIGHT: f64 = 20.0;
    const TOP: f64 = 28.0;
    const PLOT_H: f64 = 260.0;
    const COLUMNS: usize = 3;
    let plot_w = W - LEFT - RIGHT;
    let rows = ind.series.len().div_ceil(COLUMNS).max(1);
    let legend_top = TOP + PLOT_H + 50.0;
    #[allow(clippy::cast_precision_loss)]
    let height = legend_top + rows as f64 * 26.0 + 6.0;
    let title = format!("{}{} by {}", ind.name, unit_suffix(ind), ind.entity_kind);
    let id = format!("chart-{index}");
    let _ = writeln!(
        o,
        "<figure class=\"chart\">\n<svg viewBox=\"0 0 {W} {height:.0}\" role=\"img\" aria-labelledby=\"{id}\">\n<title id=\"{id}\">{}</title>",
        esc(&title)
    );
    let _ = writeln!(o, "<rect x=\"0\" y=\"0\" width=\"{W}\" height=\"{height:.0}\" fill=\"#ffffff\"/>");
    let values = ind.series.iter().flat_map(|s| s.values.iter().copied());
    let (lo, hi) = (values.clone().min(), values.max());
    let (Some(lo), Some(hi)) = (lo, hi) else {
        let _ = writeln!(o, "<text x=\"{:.0}\" y=\"{:.0}\" font-size=\"16\">no data</text>", LEFT, TOP + PLOT_H / 2.0);
        let _ = writeln!(o, "</svg>\n<figcaption>{}: no data.</figcaption>\n</figure>", esc(&title));
        return;
    };
    let (bottom, top, tick_values) = ticks(lo, hi);
    let y_of = |v: f64| TOP + PLOT_H - (v - bottom) / (top - bottom) * PLOT_H;
    #[allow(clippy::cast_precision_loss)]
    let x_of = |k: usize| {
        if points.len() > 1 { LEFT + k as f64 * plot_w / (points.len() - 1) as f64 } else { LEFT + plot_w / 2.0 }
    };
    // Grid and y axis.
    for t in &tick_values {
        let y = y_of(*t);
        let _ = writeln!(
            o,
            "<line x1=\"{LEFT}\" y1=\"{y:.1}\" x2=\"{:.0}\" y2=\"{y:.1}\" stroke=\"#d0d0d0\" stroke-width=\"1\"/>",
            W - RIGHT
        );
        let _ = writeln!(
            o,
            "<text x=\"{:.0}\" y=\"{:.1}\" font-size=\"14\" text-anchor=\"end\">{t:.0}</text>",
            LEFT - 8.0,
            y + 5.0
        );
    }
    let _ = writeln!(
        o,
        "<line x1=\"{LEFT}\" y1=\"{TOP}\" x2=\"{LEFT}\" y2=\"{:.0}\" stroke=\"#333\" stroke-width=\"1.5\"/>",
        TOP + PLOT_H
    );
    let _ = writeln!(
        o,
        "<line x1=\"{LEFT}\" y1=\"{:.0}\" x2=\"{:.0}\" y2=\"{:.0}\" stroke=\"#333\" stroke-width=\"1.5\"/>",
        TOP + PLOT_H,
        W - RIGHT,
        TOP + PLOT_H
    );
    if !ind.unit.is_empty() {
        let _ = writeln!(o, "<text x=\"8\" y=\"16\" font-size=\"14\">{}</text>", esc(&ind.unit));
    }
    // X axis labels: every point, or every few when there are many.
    let every = points.len().div_ceil(16).max(1);
    for (k, p) in points.iter().enumerate() {
        if k % every != 0 && k + 1 != points.len() {
            continue;
        }
        let _ = writeln!(
            o,
            "<text x=\"{:.1}\" y=\"{:.0}\" font-size=\"14\" text-anchor=\"middle\">{}</text>",
            x_of(k),
            TOP + PLOT_H + 20.0,
            esc(&p.label)
        );
    }
    let _ = writeln!(
        o,
        "<text x=\"{:.0}\" y=\"{:.0}\" font-size=\"13\" text-anchor=\"middle\">turn (value at its end)</text>",
        LEFT + plot_w / 2.0,
        TOP + PLOT_H + 38.0
    );
    // One line per entity.
    for (i, s) in ind.series.iter().enumerate() {
        let colour = PALETTE.get(i % PALETTE.len()).copied().unwrap_or("#000000");
        let dash = DASHES.get(i % DASHES.len()).copied().unwrap_or("");
        let dash_attr = if dash.is_empty() { String::new() } else { format!(" stroke-dasharray=\"{dash}\"") };
        #[allow(clippy::cast_precision_loss)]
        let coords: Vec<(f64, f64)> = s.values.iter().enumerate().map(|(k, v)| (x_of(k), y_of(*v as f64))).collect();
        let pts: Vec<String> = coords.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect();
        let _ = writeln!(
            o,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"3\"{dash_attr}><title>{}</title></polyline>",
            pts.join(" "),
            esc(&s.name)
        );
        for (x, y) in &coords {
            marker(o, i, *x, *y, colour);
        }
        // Legend entry.
        #[allow(clippy::cast_precision_loss)]
        let (lx, ly) = (LEFT + (i % COLUMNS) as f64 * 240.0, legend_top + (i / COLUMNS) as f64 * 26.0);
        let _ = writeln!(
            o,
            "<line x1=\"{lx:.0}\" y1=\"{ly:.0}\" x2=\"{:.0}\" y2=\"{ly:.0}\" stroke=\"{colour}\" stroke-width=\"3\"{dash_attr}/>",
            lx + 40.0
        );
        marker(o, i, lx + 20.0, ly, colour);
        let _ = writeln!(
            o,
            "<text x=\"{:.0}\" y=\"{:.0}\" font-size=\"15\">{}</text>",
            lx + 48.0,
            ly + 5.0,
            esc(&short(&s.name, 22))
        );
    }
    let names: Vec<String> = ind.series.iter().map(|s| esc(&s.name)).collect();
    let _ = writeln!(o, "</svg>\n<figcaption>{}: {}.</figcaption>\n</figure>", esc(&title), names.join(", "));
}

#[cfg(test)]
mod tests {
    use super::{esc, ticks};

    #[test]
    fn text_is_escaped_for_content_and_attributes() {
        assert_eq!(esc("<b>\"Gao\" & 'Kidal'</b>"), "&lt;b&gt;&quot;Gao&quot; &amp; &#39;Kidal&#39;&lt;/b&gt;");
    }

    #[test]
    fn ticks_are_round_and_cover_the_values() {
        let (bottom, top, t) = ticks(3, 97);
        assert!(bottom <= 3.0 && top >= 97.0, "{bottom} {top}");
        assert_eq!(t.first().copied(), Some(0.0));
        assert!(t.len() <= 12);
        let (bottom, top, _) = ticks(50, 50);
        assert!(bottom < 50.0 && top > 50.0);
        let (_, _, t) = ticks(i64::MIN, i64::MAX);
        assert!(!t.is_empty() && t.len() <= 20);
    }
}
