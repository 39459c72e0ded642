//! Charts of values over the turns so far: one chart per variable (a line
//! per region or faction) and one for relations. One line at a time is
//! picked out with ←→: drawn solid and named in the title and at its end,
//! the others faint dots behind it — so lines are told apart without colour.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, Borders, Chart, Dataset, GraphType, Paragraph, Wrap};

use crate::engine::report::Slot;
use crate::i18n::Lang;
use crate::tr;
use crate::tui::app::App;
use crate::tui::session::Session;

/// The charts available for a game: title (in `lang`) and (name, slot) lines.
pub fn series(session: &Session, lang: Lang) -> Vec<(String, Vec<(String, Slot)>)> {
    let scn = &session.scenario;
    let mut out = Vec::new();
    for (v, decl) in scn.region_vars.iter().enumerate() {
        let lines = scn.regions.iter().enumerate().map(|(r, reg)| (reg.name.clone(), Slot::RegionVar(r, v))).collect();
        out.push((tr!(lang, "screen-history-by-region", value = decl.name.as_str()), lines));
    }
    for (v, decl) in scn.faction_vars.iter().enumerate() {
        let lines = scn
            .factions
            .iter()
            .enumerate()
            .filter(|(_, f)| f.playable)
            .map(|(f, def)| (def.name.clone(), Slot::FactionVar(f, v)))
            .collect();
        out.push((tr!(lang, "screen-history-by-faction", value = decl.name.as_str()), lines));
    }
    let playable: Vec<usize> = scn.factions.iter().enumerate().filter(|(_, f)| f.playable).map(|(i, _)| i).collect();
    let mut pairs = Vec::new();
    for (i, &a) in playable.iter().enumerate() {
        for &b in &playable[i + 1..] {
            let name = format!("{}–{}", scn.factions[a].name, scn.factions[b].name);
            pairs.push((name, Slot::Relation(a, b)));
        }
    }
    out.push((tr!(lang, "screen-history-relations"), pairs));
    out
}

const COLOURS: [ratatui::style::Color; 7] = [
    ratatui::style::Color::Rgb(0, 114, 178),
    ratatui::style::Color::Rgb(230, 159, 0),
    ratatui::style::Color::Rgb(0, 158, 115),
    ratatui::style::Color::Rgb(204, 121, 167),
    ratatui::style::Color::Rgb(86, 180, 233),
    ratatui::style::Color::Rgb(213, 94, 0),
    ratatui::style::Color::Rgb(240, 228, 66),
];

/// Draws chart number `index` (clamped to the last) with line `line` picked out.
pub fn render(app: &App, index: usize, line: usize, frame: &mut Frame, area: Rect) {
    let Some(session) = &app.session else { return };
    let lang = app.lang;
    let all = series(session, lang);
    let Some((title, lines)) = all.get(index.min(all.len().saturating_sub(1))) else { return };
    let points: Vec<Vec<(f64, f64)>> = lines
        .iter()
        .map(|(_, slot)| {
            session.timeline.iter().enumerate().map(|(t, s)| ((t + 1) as f64, s.get(*slot) as f64)).collect()
        })
        .collect();
    if session.timeline.len() < 2 {
        let text = vec![Line::raw(title.clone()), Line::raw(tr!(lang, "screen-history-empty"))];
        let block = Block::bordered().title(format!(" {} ", tr!(lang, "screen-history-title")));
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }).block(block), area);
        return;
    }
    let (lo, hi) = points.iter().flatten().fold((f64::MAX, f64::MIN), |(lo, hi), &(_, y)| (lo.min(y), hi.max(y)));
    let (lo, hi) = if lo > hi {
        (0.0, 1.0)
    } else if lo == hi {
        (lo - 1.0, hi + 1.0)
    } else {
        (lo, hi)
    };
    let turns = session.timeline.len() as f64;
    let picked = line.min(lines.len().saturating_sub(1));
    let colour = |i: usize| if app.theme.colour { Style::new().fg(COLOURS[i % COLOURS.len()]) } else { Style::new() };
    // The others first, as faint dots; the picked line last, on top, in its own marker.
    let mut datasets: Vec<Dataset> = lines
        .iter()
        .zip(&points)
        .enumerate()
        .filter(|(i, _)| *i != picked)
        .map(|(i, (_, data))| {
            Dataset::default()
                .marker(Marker::Dot)
                .graph_type(GraphType::Line)
                .style(colour(i).add_modifier(ratatui::style::Modifier::DIM))
                .data(data)
        })
        .collect();
    if let Some(data) = points.get(picked) {
        datasets.push(
            Dataset::default()
                .marker(Marker::Braille)
                .graph_type(GraphType::Line)
                .style(colour(picked).add_modifier(ratatui::style::Modifier::BOLD))
                .data(data),
        );
    }
    let name = lines.get(picked).map_or("", |(n, _)| n.as_str());
    let last = points.get(picked).and_then(|p| p.last()).map_or(0.0, |p| p.1);
    let heading = tr!(
        lang,
        "screen-history-chart",
        chart = title.as_str(),
        line = name,
        now = format!("{last:.0}"),
        line_at = picked + 1,
        lines = lines.len(),
        chart_at = index.min(all.len() - 1) + 1,
        charts = all.len()
    );
    let chart = Chart::new(datasets)
        .block(Block::new().borders(Borders::TOP | Borders::LEFT | Borders::RIGHT).title(format!(" {heading} ")))
        .x_axis(
            Axis::default()
                .title(tr!(lang, "screen-history-turn-axis"))
                .bounds([1.0, turns])
                .labels(["1".to_string(), format!("{turns}")]),
        )
        .y_axis(Axis::default().bounds([lo, hi]).labels([format!("{lo:.0}"), format!("{hi:.0}")]));
    // Our own legend below the chart: ratatui's sits on top of the lines and shows no
    // marker, so without colour nobody could tell the lines apart.
    let mut spans =
        vec![Span::styled("⠤⠒", colour(picked)), Span::styled(format!(" {name} (←→)    "), app.theme.title())];
    spans.push(Span::styled(tr!(lang, "screen-history-others"), app.theme.dim()));
    for (i, (other, _)) in lines.iter().enumerate().filter(|(i, _)| *i != picked) {
        spans.push(Span::styled(format!(" {other}{}", if i + 1 < lines.len() { "," } else { "" }), colour(i)));
    }
    let legend = Paragraph::new(Line::from(spans)).wrap(Wrap { trim: true });
    let rows = u16::try_from(legend.line_count(area.width.saturating_sub(2))).unwrap_or(1).min(area.height / 3);
    let [chart_area, legend_area] = Layout::vertical([Constraint::Min(5), Constraint::Length(rows + 1)]).areas(area);
    frame.render_widget(chart, chart_area);
    frame.render_widget(
        legend.block(Block::new().borders(Borders::LEFT | Borders::RIGHT | Borders::BOTTOM)),
        legend_area,
    );
}
