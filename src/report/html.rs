//! The report as one self-contained HTML page: no scripts, no external
//! resources, inline CSS, an inline SVG chart per indicator. Readable on a
//! projector and printable. Every piece of text is escaped, because
//! scenario files come from strangers.

use std::fmt::Write as _;

use super::markdown::{commas, semicolons, winners_line, with_unit};
use super::{AfterAction, Indicator, Item, Point, percent};
use crate::engine::words::num;
use crate::i18n::{Direction, Lang};
use crate::tr;

/// Okabe–Ito colours, distinguishable with the common colour-vision deficiencies (yellow last: faint on white).
const PALETTE: [&str; 8] = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"];
/// Dash patterns, so lines differ in black and white too.
const DASHES: [&str; 5] = ["", "10 5", "3 4", "12 4 3 4", "6 3 1 3"];

const CSS: &str = "
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif; font-size: 1.1rem;
       line-height: 1.45; color: #111; background: #fff; max-width: 64rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 2rem; margin-bottom: .2rem; } h2 { border-bottom: 3px solid #0072B2; padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { margin-top: 1.6rem; } .summary { font-style: italic; }
table { border-collapse: collapse; margin: .6rem 0 1.2rem; } th, td { border: 1px solid #888; padding: .25rem .6rem; }
th { background: #e8eef4; text-align: start; } td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; }
.warning { border-inline-start: 6px solid #D55E00; background: #fff1e6; padding: .5rem 1rem; }
.winner { font-size: 1.3rem; font-weight: bold; }
.turn { border-top: 1px solid #bbb; margin-top: 1.2rem; } .turn h4 { margin: .8rem 0 .2rem; }
.secret { font-weight: bold; color: #fff; background: #555; border-radius: .3rem; padding: 0 .35rem; font-size: .9em; }
.changes { color: #333; font-size: .95em; }
.news { border-inline-start: 4px solid #56B4E9; margin: .3rem 0; padding-inline-start: .8rem; }
.end { font-weight: bold; }
figure.chart { margin: 1rem 0 .4rem; } figure.chart svg { width: 100%; height: auto; max-width: 52rem; display: block; }
figcaption { font-size: .95rem; color: #333; }
svg text { font-family: inherit; fill: #111; }
nav ul { columns: 2; } ol.questions li { margin-bottom: .5rem; }
.wide { overflow-x: auto; max-width: 100%; } .wide table { margin-top: 0; }
@media print {
  body { font-size: 10pt; max-width: none; padding: 0; } nav { display: none; }
  h2 { break-before: auto; break-after: avoid; } h3, h4 { break-after: avoid; }
  figure, table, .turn li, .questions li { break-inside: avoid; } a { color: inherit; text-decoration: none; }
  .secret { color: #000; background: none; border: 1px solid #000; }
}
";

/// The opening of a page in `lang`: its language and direction declared,
/// and, for Arabic, a font stack that has Arabic letters (and a taller line
/// for them); `css` is the page's own style.
pub(crate) fn head(lang: Lang, title: &str, css: &str) -> String {
    let dir = match lang.dir() {
        Direction::Ltr => "ltr",
        Direction::Rtl => "rtl",
    };
    let arabic = if lang == Lang::Ar { ARABIC_CSS } else { "" };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\"/>\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>{}</title>\n\
         <style>{css}{arabic}</style>\n</head>\n<body>\n",
        lang.code(),
        esc(title)
    )
}

/// Fonts for an Arabic page: Latin letters, digits and punctuation from a
/// Latin face, Arabic letters from the first face that has them (Segoe UI
/// on Windows has both; Noto on Linux; Geeza Pro on a Mac); a taller line,
/// as Arabic's marks sit above and below the letters; no slanted text,
/// which Arabic does not use for emphasis; code and web addresses read
/// left to right whole (a trailing `/` stays at their end).
const ARABIC_CSS: &str = "
body { font-family: 'Segoe UI', 'Noto Sans', 'Noto Sans Arabic', 'Noto Naskh Arabic', 'Geeza Pro', 'SF Arabic', Tahoma,
       'DejaVu Sans', sans-serif; line-height: 1.75; }
h1, h2, h3, h4 { line-height: 1.5; } em, i, .summary, .note { font-style: normal; }
section[lang=en] { line-height: 1.45; }
code { unicode-bidi: plaintext; }
";

/// A right-to-left page with each signed number ("-23", "−40", "+6") kept
/// left to right, its sign before its digits, as CLDR writes numbers in
/// Arabic: without this the bidi algorithm puts a minus after the digits.
/// Only text is touched: tags, styles, charts and code stay as they are.
/// A left-to-right page is returned unchanged.
pub(crate) fn signed_numbers_ltr(lang: Lang, html: String) -> String {
    if lang.dir() == Direction::Ltr {
        return html;
    }
    let mut out = String::with_capacity(html.len() + html.len() / 8);
    let mut rest = html.as_str();
    // Text inside these elements is left alone (a title is shown as it is written).
    const UNTOUCHED: [&str; 5] = ["style", "svg", "code", "title", "script"];
    let mut skipping: Option<String> = None;
    let mut before = ' ';
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            let end = rest.find('>').map_or(rest.len(), |i| i + 1);
            let tag = &rest[..end];
            let name: String = tag[1..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '/').collect();
            match &skipping {
                None if UNTOUCHED.contains(&name.as_str()) => skipping = Some(format!("/{name}")),
                Some(close) if *close == name => skipping = None,
                _ => {}
            }
            out.push_str(tag);
            rest = &rest[end..];
            before = '>';
            continue;
        }
        let starts_number = skipping.is_none()
            && matches!(c, '-' | '−' | '+')
            && (before.is_whitespace() || matches!(before, '>' | '(' | '«'))
            && rest[c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit());
        if starts_number {
            let sign = c.len_utf8();
            let digits = rest[sign..]
                .char_indices()
                .find(|&(i, d)| {
                    let next_is_digit = rest[sign + i + d.len_utf8()..].starts_with(|d: char| d.is_ascii_digit());
                    !(d.is_ascii_digit() || (matches!(d, '.' | ',') && next_is_digit))
                })
                .map_or(rest.len() - sign, |(i, _)| i);
            let number = &rest[..sign + digits];
            out.push_str("<span dir=\"ltr\">");
            out.push_str(number);
            out.push_str("</span>");
            rest = &rest[number.len()..];
            before = '0';
            continue;
        }
        out.push(c);
        before = c;
        rest = &rest[c.len_utf8()..];
    }
    out
}

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
    let lang = r.lang;
    let title = tr!(lang, "report-title", title = r.scenario.title.as_str());
    let mut o = head(lang, &title, CSS);
    let _ = writeln!(o, "<header>\n<h1>{}</h1>", esc(&title));
    if !r.scenario.summary.trim().is_empty() {
        let _ = writeln!(o, "<p class=\"summary\">{}</p>", esc(r.scenario.summary.trim()));
    }
    let _ = writeln!(o, "</header>");
    for w in &r.warnings {
        let _ =
            writeln!(o, "<p class=\"warning\"><strong>{}</strong> {}</p>", esc(&tr!(lang, "report-warning")), esc(w));
    }
    let seats: Vec<String> = r
        .seats
        .iter()
        .map(|s| esc(&tr!(lang, "report-seat", faction = s.faction.as_str(), player = s.player.as_str())))
        .collect();
    let _ = writeln!(o, "<table class=\"facts\">");
    let scenario = tr!(
        lang,
        "report-scenario-value",
        title = esc(&r.scenario.title),
        // Ids and paths run left to right whatever the page's direction.
        id = format!("<code dir=\"ltr\">{}</code>", esc(&r.scenario.id)),
        file = format!("<span dir=\"ltr\">{}</span>", esc(&r.scenario.file))
    );
    let period = tr!(
        lang,
        "report-period",
        first = r.period.first.as_str(),
        last = r.period.last.as_str(),
        played = r.period.turns_played,
        planned = r.period.turns_planned
    );
    let rows = [
        ("report-fact-scenario", scenario),
        ("report-fact-period", esc(&period)),
        ("report-fact-seats", commas(lang, &seats)),
        ("report-fact-outcome", esc(&r.ending)),
        ("report-fact-seed", r.seed.to_string()),
        ("report-fact-started", esc(&r.started)),
    ];
    for (key, v) in rows {
        let _ = writeln!(o, "<tr><th>{}</th><td>{v}</td></tr>", esc(&tr!(lang, key)));
    }
    let _ = writeln!(o, "</table>");
    let nav = [
        ("scores", "report-nav-scores"),
        ("turning-points", "report-turning-points"),
        ("questions", "report-questions"),
        ("timeline", "report-timeline"),
        ("indicators", "report-indicators"),
    ];
    let links: Vec<String> =
        nav.iter().map(|(id, key)| format!("<li><a href=\"#{id}\">{}</a></li>", esc(&tr!(lang, key)))).collect();
    let _ = writeln!(o, "<nav><ul>{}</ul></nav>", links.concat());
    scores(&mut o, r);
    if !r.umpire.is_empty() {
        let _ = writeln!(o, "<section>\n<h2>{}</h2>\n<ul>", esc(&tr!(lang, "report-umpire-decisions")));
        for line in &r.umpire {
            let _ = writeln!(o, "<li>{}</li>", esc(line));
        }
        let _ = writeln!(o, "</ul>\n</section>");
    }
    if !r.timeouts.is_empty() {
        let _ = writeln!(o, "<section>\n<h2>{}</h2>\n<ul>", esc(&tr!(lang, "report-ran-out")));
        for line in &r.timeouts {
            let _ = writeln!(o, "<li>{}</li>", esc(line));
        }
        let _ = writeln!(o, "</ul>\n</section>");
    }
    turning_points(&mut o, r);
    let _ = writeln!(
        o,
        "<section id=\"questions\">\n<h2>{}</h2>\n<ol class=\"questions\">",
        esc(&tr!(lang, "report-questions"))
    );
    for q in &r.questions {
        let _ = writeln!(o, "<li>{}</li>", esc(q));
    }
    let _ = writeln!(o, "</ol>\n</section>");
    timeline(&mut o, r);
    indicators(&mut o, r);
    let _ = writeln!(o, "</body>\n</html>");
    signed_numbers_ltr(lang, o)
}

fn scores(o: &mut String, r: &AfterAction) {
    let lang = r.lang;
    let heading = tr!(lang, if r.scores.provisional { "report-scores-provisional" } else { "report-scores-final" });
    let _ = writeln!(o, "<section id=\"scores\">\n<h2>{}</h2>", esc(&heading));
    if !r.scores.winners.is_empty() {
        if let Some(line) = winners_line(r, &r.scores.winners) {
            let _ = writeln!(o, "<p class=\"winner\">{}</p>", esc(&line));
        }
        let items: Vec<String> = r.scores.outcome.iter().map(|l| format!("<li>{}</li>", esc(l))).collect();
        let _ = writeln!(o, "<ul class=\"outcome\">{}</ul>", items.concat());
    }
    let (faction, score) = (esc(&tr!(lang, "report-col-faction")), esc(&tr!(lang, "report-col-score")));
    let _ = writeln!(o, "<table>\n<tr><th>{faction}</th><th class=\"num\">{score}</th></tr>");
    for f in &r.scores.factions {
        let _ = writeln!(o, "<tr><td>{}</td><td class=\"num\">{}</td></tr>", esc(&f.faction), f.total);
    }
    let _ = writeln!(o, "</table>");
    let column = |key: &str| esc(&tr!(lang, key));
    for f in &r.scores.factions {
        let _ = writeln!(o, "<h3>{} — {}</h3>", esc(&f.faction), f.total);
        let _ = writeln!(
            o,
            "<table>\n<tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th>{}</th><th class=\"num\">{}</th></tr>",
            column("report-col-objective"),
            column("report-col-weight"),
            column("report-col-share"),
            column("report-col-measured"),
            column("report-col-score")
        );
        for obj in &f.objectives {
            let share = tr!(lang, "game-value-percent", value = num(lang, i64::from(obj.share)));
            let _ = writeln!(
                o,
                "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td></tr>",
                esc(&obj.name),
                obj.weight,
                esc(&share),
                esc(&obj.measured),
                obj.score
            );
        }
        let _ = writeln!(o, "</table>");
    }
    let _ = writeln!(o, "</section>");
}

fn turning_points(o: &mut String, r: &AfterAction) {
    let (lang, tp) = (r.lang, &r.turning_points);
    let _ = writeln!(o, "<section id=\"turning-points\">\n<h2>{}</h2>", esc(&tr!(lang, "report-turning-points")));
    if tp.decisions.is_empty() && tp.turns.is_empty() {
        let _ = writeln!(o, "<p>{}</p>", esc(&tr!(lang, "report-nothing-moved")));
    }
    if !tp.decisions.is_empty() {
        let _ = writeln!(o, "<p>{}</p>\n<ol>", esc(&tr!(lang, "report-decisions-intro")));
        for d in &tp.decisions {
            let heading = tr!(
                lang,
                "report-decision",
                turn = d.turn.to_string(),
                date = d.date.as_str(),
                faction = d.faction.as_str(),
                text = d.text.as_str()
            );
            let outcome = d.outcome.as_deref().map(|x| format!(" — {}", esc(x))).unwrap_or_default();
            let changes: Vec<String> = d.changes.iter().map(|c| esc(c)).collect();
            let line = tr!(
                lang,
                "report-decision-line",
                decision = format!("<strong>{}</strong>{outcome}", esc(&heading)),
                impact = percent(lang, d.impact),
                changes = format!("<span class=\"changes\">{}</span>", semicolons(lang, &changes))
            );
            let _ = writeln!(o, "<li>{line}</li>");
        }
        let _ = writeln!(o, "</ol>");
    }
    if !tp.turns.is_empty() {
        let _ = writeln!(o, "<p>{}</p>\n<ol>", esc(&tr!(lang, "report-turns-intro")));
        for t in &tp.turns {
            let detail = if t.scores.is_empty() {
                esc(&tr!(lang, "report-no-score-changed"))
            } else {
                commas(lang, &t.scores.iter().map(|s| esc(s)).collect::<Vec<_>>())
            };
            let heading = tr!(lang, "report-turn-when", turn = t.turn.to_string(), date = t.date.as_str());
            let line = tr!(
                lang,
                "report-turn-moved",
                turn = format!("<strong>{}</strong>", esc(&heading)),
                points = t.score_movement,
                detail = detail,
                percent = percent(lang, t.indicator_movement)
            );
            let _ = writeln!(o, "<li>{line}</li>");
        }
        let _ = writeln!(o, "</ol>");
    }
    let _ = writeln!(o, "</section>");
}

fn item(o: &mut String, lang: Lang, it: &Item) {
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
        let changes = tr!(lang, "report-changes", list = semicolons(lang, &changes));
        let _ = write!(o, "{stop} <span class=\"changes\">{changes}</span>");
    }
    let _ = writeln!(o, "</li>");
}

fn list(o: &mut String, lang: Lang, heading: &str, items: &[Item]) {
    if items.is_empty() {
        return;
    }
    let _ = writeln!(o, "<h4>{}</h4>\n<ul>", esc(heading));
    for it in items {
        item(o, lang, it);
    }
    let _ = writeln!(o, "</ul>");
}

fn timeline(o: &mut String, r: &AfterAction) {
    let lang = r.lang;
    let _ = writeln!(
        o,
        "<section id=\"timeline\">\n<h2>{}</h2>\n<p>{}</p>",
        esc(&tr!(lang, "report-timeline")),
        esc(&tr!(lang, "report-timeline-intro"))
    );
    if r.timeline.is_empty() {
        let _ = writeln!(o, "<p>{}</p>", esc(&tr!(lang, "report-no-turn")));
    }
    for t in &r.timeline {
        let title = tr!(lang, "report-turn-title", turn = t.turn.to_string(), date = t.date.as_str());
        let _ = writeln!(o, "<div class=\"turn\" id=\"turn-{}\">\n<h3>{}</h3>", t.turn, esc(&title));
        list(o, lang, &tr!(lang, "report-events"), &t.events);
        for side in &t.sides {
            let _ = writeln!(o, "<h4>{}</h4>\n<ul>", esc(&side.faction));
            if side.items.is_empty() {
                let _ = writeln!(o, "<li>{}</li>", esc(&tr!(lang, "report-no-orders")));
            }
            for it in &side.items {
                item(o, lang, it);
            }
            let _ = writeln!(o, "</ul>");
        }
        list(o, lang, &tr!(lang, "report-earlier"), &t.later);
        list(o, lang, &tr!(lang, "report-routes"), &t.flows);
        if !t.news.is_empty() {
            let _ = writeln!(o, "<h4>{}</h4>", esc(&tr!(lang, "report-news")));
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
    let lang = r.lang;
    let start = format!("<em>{}</em>", esc(&tr!(lang, "report-point-start")));
    let _ = writeln!(
        o,
        "<section id=\"indicators\">\n<h2>{}</h2>\n<p>{}</p>",
        esc(&tr!(lang, "report-indicators")),
        tr!(lang, "report-indicators-intro", start = start)
    );
    let (turn, date) = (esc(&tr!(lang, "report-col-turn")), esc(&tr!(lang, "report-col-date")));
    for (i, ind) in r.indicators.iter().enumerate() {
        let _ = writeln!(o, "<h3>{}</h3>", esc(&with_unit(lang, ind)));
        chart(o, lang, i, ind, &r.points);
        // A table wider than the page scrolls on its own, whichever way the page runs.
        let _ = write!(o, "<div class=\"wide\"><table>\n<tr><th>{turn}</th><th>{date}</th>");
        for s in &ind.series {
            let _ = write!(o, "<th class=\"num\">{}</th>", esc(&s.name));
        }
        let _ = writeln!(o, "</tr>");
        for (k, p) in r.points.iter().enumerate() {
            let _ = write!(o, "<tr><td>{}</td><td>{}</td>", esc(&p.label), esc(&p.date));
            for s in &ind.series {
                let v = s.values.get(k).map_or_else(String::new, |v| num(lang, *v));
                let _ = write!(o, "<td class=\"num\">{v}</td>");
            }
            let _ = writeln!(o, "</tr>");
        }
        let _ = writeln!(o, "</table></div>");
    }
    if !r.switches.is_empty() {
        let _ = write!(
            o,
            "<h3>{}</h3>\n<div class=\"wide\"><table>\n<tr><th>{turn}</th>",
            esc(&tr!(lang, "report-routes-and-flags"))
        );
        for s in &r.switches {
            let _ = write!(o, "<th>{}</th>", esc(&s.name));
        }
        let _ = writeln!(o, "</tr>");
        let (yes, no) = (esc(&tr!(lang, "game-yes")), esc(&tr!(lang, "game-no")));
        for (k, p) in r.points.iter().enumerate() {
            let _ = write!(o, "<tr><td>{}</td>", esc(&p.label));
            for s in &r.switches {
                let v = match s.values.get(k) {
                    Some(true) => yes.as_str(),
                    Some(false) => no.as_str(),
                    None => "",
                };
                let _ = write!(o, "<td>{v}</td>");
            }
            let _ = writeln!(o, "</tr>");
        }
        let _ = writeln!(o, "</table></div>");
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

/// One line chart: a polyline per entity, axes, and a legend. In a
/// right-to-left language it is mirrored: time runs from right to left, the
/// value axis and its labels stand on the right, the legend starts there.
fn chart(o: &mut String, lang: Lang, index: usize, ind: &Indicator, points: &[Point]) {
    const W: f64 = 800.0;
    const LEFT: f64 = 70.0;
    const RIGHT: f64 = 20.0;
    const TOP: f64 = 28.0;
    const PLOT_H: f64 = 260.0;
    const COLUMNS: usize = 3;
    let rtl = lang.dir() == Direction::Rtl;
    // Every x is laid out left to right, then mirrored for a right-to-left
    // page; text anchors stay as they are, since `start` and `end` follow
    // the text's own direction.
    let mx = |x: f64| if rtl { W - x } else { x };
    let plot_w = W - LEFT - RIGHT;
    let rows = ind.series.len().div_ceil(COLUMNS).max(1);
    let legend_top = TOP + PLOT_H + 50.0;
    #[allow(clippy::cast_precision_loss)]
    let height = legend_top + rows as f64 * 26.0 + 6.0;
    let kind = ind.entity_kind.as_str();
    let title = tr!(lang, "report-chart-title", name = with_unit(lang, ind), kind = kind);
    let id = format!("chart-{index}");
    let direction = if rtl { " direction=\"rtl\"" } else { "" };
    let _ = writeln!(
        o,
        "<figure class=\"chart\">\n<svg viewBox=\"0 0 {W} {height:.0}\" role=\"img\" aria-labelledby=\"{id}\"{direction}>\n<title id=\"{id}\">{}</title>",
        esc(&title)
    );
    let _ = writeln!(o, "<rect x=\"0\" y=\"0\" width=\"{W}\" height=\"{height:.0}\" fill=\"#ffffff\"/>");
    let values = ind.series.iter().flat_map(|s| s.values.iter().copied());
    let (lo, hi) = (values.clone().min(), values.max());
    let (Some(lo), Some(hi)) = (lo, hi) else {
        let _ = writeln!(
            o,
            "<text x=\"{:.0}\" y=\"{:.0}\" font-size=\"16\">{}</text>",
            mx(LEFT),
            TOP + PLOT_H / 2.0,
            esc(&tr!(lang, "report-no-data"))
        );
        let caption = tr!(lang, "report-chart-no-data", title = title);
        let _ = writeln!(o, "</svg>\n<figcaption>{}</figcaption>\n</figure>", esc(&caption));
        return;
    };
    let (bottom, top, tick_values) = ticks(lo, hi);
    let y_of = |v: f64| TOP + PLOT_H - (v - bottom) / (top - bottom) * PLOT_H;
    #[allow(clippy::cast_precision_loss)]
    let x_of = |k: usize| {
        mx(if points.len() > 1 { LEFT + k as f64 * plot_w / (points.len() - 1) as f64 } else { LEFT + plot_w / 2.0 })
    };
    let (axis, far) = (mx(LEFT), mx(W - RIGHT));
    // Grid and value axis.
    for t in &tick_values {
        let y = y_of(*t);
        let _ = writeln!(
            o,
            "<line x1=\"{axis:.0}\" y1=\"{y:.1}\" x2=\"{far:.0}\" y2=\"{y:.1}\" stroke=\"#d0d0d0\" stroke-width=\"1\"/>"
        );
        #[allow(clippy::cast_possible_truncation)]
        let label = num(lang, *t as i64);
        // A number reads left to right, its sign first, even in a mirrored chart.
        let anchor = if rtl { "direction=\"ltr\" text-anchor=\"start\"" } else { "text-anchor=\"end\"" };
        let _ = writeln!(
            o,
            "<text x=\"{:.0}\" y=\"{:.1}\" font-size=\"14\" {anchor}>{label}</text>",
            mx(LEFT - 8.0),
            y + 5.0
        );
    }
    let _ = writeln!(
        o,
        "<line x1=\"{axis:.0}\" y1=\"{TOP}\" x2=\"{axis:.0}\" y2=\"{:.0}\" stroke=\"#333\" stroke-width=\"1.5\"/>",
        TOP + PLOT_H
    );
    let _ = writeln!(
        o,
        "<line x1=\"{axis:.0}\" y1=\"{:.0}\" x2=\"{far:.0}\" y2=\"{:.0}\" stroke=\"#333\" stroke-width=\"1.5\"/>",
        TOP + PLOT_H,
        TOP + PLOT_H
    );
    if !ind.unit.is_empty() {
        let _ = writeln!(o, "<text x=\"{:.0}\" y=\"16\" font-size=\"14\">{}</text>", mx(8.0), esc(&ind.unit));
    }
    // Turn labels: every point, or every few when there are many.
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
        "<text x=\"{:.0}\" y=\"{:.0}\" font-size=\"13\" text-anchor=\"middle\">{}</text>",
        mx(LEFT + plot_w / 2.0),
        TOP + PLOT_H + 38.0,
        esc(&tr!(lang, "report-chart-axis"))
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
        // Legend entry: a stroke with its marker, then the name.
        #[allow(clippy::cast_precision_loss)]
        let (lx, ly) = (LEFT + (i % COLUMNS) as f64 * 240.0, legend_top + (i / COLUMNS) as f64 * 26.0);
        let _ = writeln!(
            o,
            "<line x1=\"{:.0}\" y1=\"{ly:.0}\" x2=\"{:.0}\" y2=\"{ly:.0}\" stroke=\"{colour}\" stroke-width=\"3\"{dash_attr}/>",
            mx(lx),
            mx(lx + 40.0)
        );
        marker(o, i, mx(lx + 20.0), ly, colour);
        let _ = writeln!(
            o,
            "<text x=\"{:.0}\" y=\"{:.0}\" font-size=\"15\">{}</text>",
            mx(lx + 48.0),
            ly + 5.0,
            esc(&short(&s.name, 22))
        );
    }
    let names: Vec<String> = ind.series.iter().map(|s| s.name.clone()).collect();
    let caption = tr!(lang, "report-chart-caption", title = title, names = commas(lang, &names));
    let _ = writeln!(o, "</svg>\n<figcaption>{}</figcaption>\n</figure>", esc(&caption));
}

#[cfg(test)]
mod tests {
    use super::{esc, signed_numbers_ltr, ticks};
    use crate::i18n::Lang;

    #[test]
    fn signed_numbers_keep_their_sign_first_on_a_right_to_left_page() {
        let page = "<p>العلاقة -23 ← -31؛ (+6) 2026-12-02 <code>-1</code></p><svg><text>-40</text></svg>".to_string();
        let done = signed_numbers_ltr(Lang::Ar, page.clone());
        assert_eq!(
            done,
            "<p>العلاقة <span dir=\"ltr\">-23</span> ← <span dir=\"ltr\">-31</span>؛ (<span dir=\"ltr\">+6</span>) \
             2026-12-02 <code>-1</code></p><svg><text>-40</text></svg>"
        );
        assert_eq!(
            signed_numbers_ltr(Lang::Ar, "<p>−1.600,5 كلم</p>".into()),
            "<p><span dir=\"ltr\">−1.600,5</span> كلم</p>"
        );
        assert_eq!(signed_numbers_ltr(Lang::Ar, "<title>-1</title>".into()), "<title>-1</title>");
        assert_eq!(signed_numbers_ltr(Lang::Fr, page.clone()), page, "left to right: unchanged");
    }

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
