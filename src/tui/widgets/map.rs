//! The map: regions at their scenario positions, coloured and marked by the
//! level of one region variable, and routes drawn open (`·`), risky (`~`) or
//! closed (`×`) — distinct characters, so colour is never the only signal.
//! A cell two routes cross or share is drawn `#` (in the worst route's
//! colour), so a closed route is never hidden under another one.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::engine::GameState;
use crate::scenario::Scenario;
use crate::scenario::format::Better;
use crate::tui::theme::{Level, Theme};
use crate::tui::view::{cells, fit_words};

/// Interdiction risk (percent) from which a route is drawn as contested.
pub const RISKY: i64 = 30;

/// The map of a game, ready to draw into a buffer.
pub struct Map<'a> {
    /// The scenario.
    pub scenario: &'a Scenario,
    /// The state shown.
    pub state: &'a GameState,
    /// Region variable that sets each marker's level.
    pub var: usize,
    /// Highlighted region.
    pub selected: Option<usize>,
    /// Styles.
    pub theme: Theme,
}

impl Map<'_> {
    /// Where region `r` is drawn inside `area`.
    pub fn position(&self, area: Rect, r: usize) -> Option<(u16, u16)> {
        let (x, y) = self.scenario.regions.get(r)?.map;
        let w = area.width.saturating_sub(2).max(1);
        let h = area.height.saturating_sub(1).max(1);
        Some((area.x + x.min(100) * (w - 1).max(1) / 100, area.y + y.min(100) * (h - 1).max(1) / 100))
    }

    /// Draws routes, then regions with their labels. A right-to-left screen
    /// does not mirror the map: west stays on the left.
    pub fn render(&self, area: Rect, buf: &mut Buffer) {
        if area.width < 4 || area.height < 2 {
            return;
        }
        crate::tui::bidi::keep_in_place(area);
        // Cells covered by more than one route are marked shared.
        let mut covered: std::collections::BTreeMap<(u16, u16), (usize, u8)> = std::collections::BTreeMap::new();
        for (i, route) in self.scenario.routes.iter().enumerate() {
            let Some(live) = self.state.route(i) else { continue };
            let (Some(a), Some(b)) = (self.position(area, route.from), self.position(area, route.to)) else { continue };
            // Severity orders the styles: closed over risky over open.
            let (glyph, severity) = if !live.open {
                ("×", 2)
            } else if live.risk >= RISKY {
                ("~", 1)
            } else {
                ("·", 0)
            };
            for (x, y) in line(a, b).into_iter().skip(1) {
                if (x, y) != b && area.contains(ratatui::layout::Position { x, y }) {
                    let entry = covered.entry((x, y)).or_insert((0, 0));
                    entry.0 += 1;
                    entry.1 = entry.1.max(severity);
                    let glyph = if entry.0 > 1 { "#" } else { glyph };
                    buf.set_string(x, y, glyph, self.severity_style(entry.1));
                }
            }
        }
        let decl = self.scenario.region_vars.get(self.var);
        let mut taken: Vec<Rect> = Vec::new();
        let mut markers = Vec::new();
        for (r, _) in self.scenario.regions.iter().enumerate() {
            let Some((x, y)) = self.position(area, r) else { continue };
            let value = self.state.region_var(r, self.var);
            let level = decl.map_or(Level::Mid, |d| Level::of(value, d.min, d.max));
            let mut style = self.theme.quality(level, decl.map_or(Better::Higher, |d| d.better));
            if self.selected == Some(r) {
                style = style.add_modifier(ratatui::style::Modifier::REVERSED);
            }
            buf.set_string(x, y, level.glyph(), style);
            taken.push(Rect::new(x, y, 1, 1));
            markers.push((r, x, y));
        }
        // Labels go right of their marker, or left of it, wherever they hit no other marker or label;
        // the selected region's label is placed first so it always shows.
        markers.sort_by_key(|(r, _, _)| self.selected != Some(*r));
        for (r, x, y) in markers {
            let Some(region) = self.scenario.regions.get(r) else { continue };
            let style = if self.selected == Some(r) { self.theme.selected() } else { Style::new() };
            // The whole name where it fits (right, then left); else as much as fits, ending in `…`.
            let full = cells(&region.name).min(usize::from(area.width)) as u16;
            let right_room = area.right().saturating_sub(x + 2);
            let left_room = x.saturating_sub(area.x + 1);
            let free = |rect: &Rect| rect.width > 2 && !taken.iter().any(|t| t.intersects(*rect));
            let spots = [
                Rect::new(x + 2, y, full, 1),
                if x > area.x + full { Rect::new(x - full - 1, y, full, 1) } else { Rect::default() },
                Rect::new(x + 2, y, full.min(right_room), 1),
                Rect::new(x.saturating_sub(full.min(left_room) + 1), y, full.min(left_room), 1),
            ];
            let fits = |rect: &Rect| rect.x >= area.x && rect.right() <= area.right() && free(rect);
            if let Some(spot) = spots.into_iter().find(fits) {
                // Shortened at a word ("Tamanrasset…"), never mid-word.
                let name = fit_words(&region.name, spot.width.into());
                buf.set_stringn(spot.x, spot.y, &name, spot.width as usize, style);
                taken.push(Rect { width: cells(&name) as u16, ..spot });
            }
        }
    }
}

impl Map<'_> {
    fn severity_style(&self, severity: u8) -> Style {
        match severity {
            2 => self.theme.bad(),
            1 => self.theme.warn(),
            _ => Style::new(),
        }
    }
}

/// Cells of a straight line from `a` to `b` (Bresenham), both ends included.
pub fn line(a: (u16, u16), b: (u16, u16)) -> Vec<(u16, u16)> {
    let (mut x, mut y) = (i32::from(a.0), i32::from(a.1));
    let (x1, y1) = (i32::from(b.0), i32::from(b.1));
    let dx = (x1 - x).abs();
    let dy = -(y1 - y).abs();
    let (sx, sy) = (if x < x1 { 1 } else { -1 }, if y < y1 { 1 } else { -1 });
    let mut err = dx + dy;
    let mut cells = Vec::new();
    loop {
        cells.push((u16::try_from(x).unwrap_or(0), u16::try_from(y).unwrap_or(0)));
        if (x, y) == (x1, y1) || cells.len() > 4096 {
            return cells;
        }
        let e2 = 2 * err;
        if e2 >= dy {
            err += dy;
            x += sx;
        }
        if e2 <= dx {
            err += dx;
            y += sy;
        }
    }
}

/// [`legend_in`] in English.
pub fn legend(theme: Theme, width: u16) -> ratatui::text::Line<'static> {
    legend_in(theme, width, crate::i18n::Lang::En)
}

/// The map's legend in one line, in `lang`: level glyphs and route marks,
/// in short words when the map is narrow.
pub fn legend_in(theme: Theme, width: u16, lang: crate::i18n::Lang) -> ratatui::text::Line<'static> {
    const LONG: [&str; 7] = [
        "screen-legend-high",
        "screen-legend-mid",
        "screen-legend-low",
        "screen-legend-open",
        "screen-legend-risky",
        "screen-legend-closed",
        "screen-legend-shared",
    ];
    const SHORT: [&str; 7] = [
        "screen-legend-high-short",
        "screen-legend-mid-short",
        "screen-legend-low-short",
        "screen-legend-open-short",
        "screen-legend-risky-short",
        "screen-legend-closed-short",
        "screen-legend-shared-short",
    ];
    let long = legend_line(theme, LONG.map(|key| crate::i18n::tr(lang, key, &[])), " ");
    if width >= 54 && long.width() <= usize::from(width) {
        return long;
    }
    legend_line(theme, SHORT.map(|key| crate::i18n::tr(lang, key, &[])), "")
}

/// The legend's line with `words` for the glyphs, `gap` between a glyph and its word.
fn legend_line(theme: Theme, words: [String; 7], gap: &str) -> ratatui::text::Line<'static> {
    use ratatui::text::Span;
    ratatui::text::Line::from(vec![
        Span::styled("●", theme.good()),
        Span::raw(format!("{gap}{} ", words[0])),
        Span::styled("◐", theme.warn()),
        Span::raw(format!("{gap}{} ", words[1])),
        Span::styled("○", theme.bad()),
        Span::raw(format!("{gap}{} {gap}", words[2])),
        Span::raw(format!("·{gap}{} ", words[3])),
        Span::styled("~", theme.warn()),
        Span::raw(format!("{gap}{} ", words[4])),
        Span::styled("×", theme.bad()),
        Span::raw(format!("{gap}{} ", words[5])),
        Span::raw(format!("#{gap}{}", words[6])),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_join_their_ends() {
        let cells = line((0, 0), (4, 2));
        assert_eq!(cells.first(), Some(&(0, 0)));
        assert_eq!(cells.last(), Some(&(4, 2)));
        assert_eq!(line((3, 3), (3, 3)), vec![(3, 3)]);
    }
}
