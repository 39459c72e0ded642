//! Colours and styles. The palette is Okabe–Ito (safe for colour-blind
//! players and readable on a projector); with `NO_COLOR` every style falls
//! back to bold, dim and reverse. Nothing is said by colour alone: every
//! coloured status also has a glyph or a word.

use ratatui::style::{Color, Modifier, Style};

use crate::scenario::format::Better;
use crate::scenario::model::{Colour, NamedColour};

/// Styles for the whole interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Whether to use colour at all.
    pub colour: bool,
}

/// Okabe–Ito colours.
const ORANGE: Color = Color::Rgb(230, 159, 0);
const SKY: Color = Color::Rgb(86, 180, 233);
const GREEN: Color = Color::Rgb(0, 158, 115);
const YELLOW: Color = Color::Rgb(240, 228, 66);
const BLUE: Color = Color::Rgb(0, 114, 178);
const VERMILLION: Color = Color::Rgb(213, 94, 0);
const PURPLE: Color = Color::Rgb(204, 121, 167);

/// How good a value is, for gauges and the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// In the lowest third of its range.
    Low,
    /// In the middle third.
    Mid,
    /// In the top third.
    High,
}

impl Level {
    /// The level of `value` within `min..=max`.
    pub fn of(value: i64, min: i64, max: i64) -> Level {
        let span = (max - min).max(1);
        let pos = (value - min).clamp(0, span) * 3 / span;
        match pos {
            0 => Level::Low,
            1 => Level::Mid,
            _ => Level::High,
        }
    }

    /// A glyph that tells the level without colour.
    pub fn glyph(self) -> &'static str {
        match self {
            Level::Low => "○",
            Level::Mid => "◐",
            Level::High => "●",
        }
    }
}

impl Theme {
    /// Colour (a hosted game's seats: the client's environment is not acted upon).
    pub const COLOUR: Theme = Theme { colour: true };

    /// Colour unless `NO_COLOR` is set (to anything non-empty).
    pub fn from_env() -> Self {
        Theme { colour: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) }
    }

    fn fg(self, c: Color) -> Style {
        if self.colour { Style::new().fg(c) } else { Style::new() }
    }

    /// Headings.
    pub fn title(self) -> Style {
        self.fg(SKY).add_modifier(Modifier::BOLD)
    }

    /// Secondary text and unavailable rows.
    pub fn dim(self) -> Style {
        if self.colour { Style::new().fg(Color::DarkGray) } else { Style::new().add_modifier(Modifier::DIM) }
    }

    /// The selected row.
    pub fn selected(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    /// Key names in hints.
    pub fn key(self) -> Style {
        self.fg(ORANGE).add_modifier(Modifier::BOLD)
    }

    /// Good news, rising values that help.
    pub fn good(self) -> Style {
        self.fg(BLUE).add_modifier(Modifier::BOLD)
    }

    /// Warnings.
    pub fn warn(self) -> Style {
        self.fg(ORANGE)
    }

    /// Bad news, errors.
    pub fn bad(self) -> Style {
        self.fg(VERMILLION).add_modifier(Modifier::BOLD)
    }

    /// A level's style (paired with [`Level::glyph`]).
    pub fn level(self, level: Level) -> Style {
        match level {
            Level::Low => self.bad(),
            Level::Mid => self.warn(),
            Level::High => self.good(),
        }
    }

    /// A level's style for a variable that is better `better`: low fuel is
    /// bad, a low price is good, and a neutral value is never coloured.
    pub fn quality(self, level: Level, better: Better) -> Style {
        match (better, level) {
            (Better::Neither, _) => Style::new().add_modifier(Modifier::BOLD),
            (Better::Higher, _) => self.level(level),
            (Better::Lower, Level::Low) => self.good(),
            (Better::Lower, Level::Mid) => self.warn(),
            (Better::Lower, Level::High) => self.bad(),
        }
    }

    /// A faction's colour from the scenario, mapped onto the palette.
    pub fn faction(self, colour: Colour) -> Style {
        let c = match colour {
            Colour::Rgb(r, g, b) => Color::Rgb(r, g, b),
            Colour::Named(n) => match n {
                NamedColour::Red => VERMILLION,
                NamedColour::Green => GREEN,
                NamedColour::Yellow => YELLOW,
                NamedColour::Blue => BLUE,
                NamedColour::Magenta => PURPLE,
                NamedColour::Cyan => SKY,
                NamedColour::White => Color::White,
                NamedColour::Gray => Color::Gray,
            },
        };
        self.fg(c).add_modifier(Modifier::BOLD)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_is_better_variables_invert_the_colours_but_not_the_glyphs() {
        let t = Theme { colour: true };
        assert_eq!(t.quality(Level::Low, Better::Higher), t.bad());
        assert_eq!(t.quality(Level::Low, Better::Lower), t.good());
        assert_eq!(t.quality(Level::High, Better::Lower), t.bad());
        assert_eq!(t.quality(Level::High, Better::Neither).fg, None);
        assert_eq!(Level::of(10, 0, 100).glyph(), "○");
    }
}
