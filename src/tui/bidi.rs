//! Right-to-left text in terminals that draw each cell as it comes (most of
//! them): one pass over the finished frame, row by row. It joins Arabic
//! letters into their contextual forms, puts each row in visual order with
//! the Unicode bidi algorithm (numbers and Latin words stay left to right),
//! and, when the interface speaks a right-to-left language, mirrors the
//! whole screen: labels on the right, gauges filling from the right, box
//! corners and pointers turned round, and the clickable areas and the
//! cursor moved with what they point at.
//!
//! A row is read as pieces: drawing characters (box lines, blocks, braille)
//! and gaps of two spaces or more separate what is written on either side
//! (two panels, a label and its value), so text never trades places with
//! another panel's. An area drawn with [`keep_in_place`] (the map: its
//! geography must not turn round) moves with its panel but keeps its
//! inside the right way round, each name reordered where it stands.
//!
//! [`visual_line`] does the same for one line of text the commands print
//! to a terminal, without mirroring it.

mod mirror;
mod shape;

use std::cell::RefCell;
use std::fmt;
use std::ops::Range;
use std::str::FromStr;

use ratatui::Frame;
use ratatui::buffer::{Buffer, Cell, CellWidth};
use ratatui::layout::{Position, Rect};
use ratatui::style::Modifier;
use unicode_bidi::{Level, ParagraphBidiInfo};

use crate::i18n::Direction;
use crate::tui::app::Hit;
use shape::Joining;

/// Who puts right-to-left text in order: Harmattan or the terminal.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Bidi {
    /// Harmattan joins Arabic letters and orders each line, for terminals that do neither.
    #[default]
    App,
    /// The terminal does it (mlterm, Konsole, some VTE builds): lines are sent as written,
    /// since ordering them twice garbles them.
    Terminal,
}

impl Bidi {
    /// Both choices, as `--bidi` spells them.
    pub const ALL: [Bidi; 2] = [Bidi::App, Bidi::Terminal];

    /// How `--bidi` spells it.
    pub fn code(self) -> &'static str {
        match self {
            Bidi::App => "app",
            Bidi::Terminal => "terminal",
        }
    }
}

impl fmt::Display for Bidi {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A `--bidi` value that is neither `app` nor `terminal`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a choice: use app (Harmattan orders right-to-left text) or terminal (the terminal does)")]
pub struct UnknownBidi(pub String);

impl FromStr for Bidi {
    type Err = UnknownBidi;

    /// Reads `app` or `terminal`, in any case.
    fn from_str(text: &str) -> Result<Bidi, UnknownBidi> {
        Bidi::ALL
            .into_iter()
            .find(|b| b.code().eq_ignore_ascii_case(text))
            .ok_or_else(|| UnknownBidi(text.chars().take(20).collect()))
    }
}

/// Areas drawn this frame whose inside must not be mirrored: at most this many are remembered.
const MAX_IN_PLACE: usize = 16;

thread_local! {
    /// The areas [`keep_in_place`] named since the last [`apply`] on this thread.
    static IN_PLACE: RefCell<Vec<Rect>> = const { RefCell::new(Vec::new()) };
}

/// Asks the pass of the frame being drawn (on this thread) to leave `area`'s
/// inside the right way round in a mirrored screen: a map, whose west must
/// stay on the left. Each name in it is still joined and ordered where it stands.
pub fn keep_in_place(area: Rect) {
    IN_PLACE.with_borrow_mut(|areas| {
        if areas.len() >= MAX_IN_PLACE {
            areas.remove(0);
        }
        areas.push(area);
    });
}

/// The pass over a finished frame: joins Arabic letters, orders every row
/// that has right-to-left text (every row, in a right-to-left interface,
/// which mirrors), and moves `hits` and the cursor with what they cover.
/// With [`Bidi::Terminal`] the frame is left as drawn.
pub fn apply(bidi: Bidi, dir: Direction, frame: &mut Frame, hits: &mut [Hit]) {
    let in_place = IN_PLACE.take();
    if bidi == Bidi::Terminal {
        return;
    }
    let Some(moves) = reorder(frame.buffer_mut(), dir == Direction::Rtl, &in_place) else { return };
    for hit in hits {
        hit.rect = moves.rect(hit.rect);
    }
    if let Some(cursor) = cursor(frame) {
        frame.set_cursor_position(moves.position(cursor));
    }
}

/// Whether `c` is written right to left (Hebrew, Arabic and the scripts near
/// them, their presentation forms, and the right-to-left marks).
fn is_rtl(c: char) -> bool {
    matches!(c,
        '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}'
        | '\u{10800}'..='\u{10FFF}' | '\u{1E800}'..='\u{1EFFF}'
        | '\u{200F}' | '\u{202B}' | '\u{202E}' | '\u{2067}')
}

/// Whether any cell of `cells` holds right-to-left text (no allocation).
fn has_rtl(cells: &[Cell]) -> bool {
    cells.iter().any(|cell| {
        let symbol = cell.symbol();
        symbol.len() > 1 && symbol.chars().any(is_rtl)
    })
}

/// Where each cell of the frame went: its new column, by old position.
#[derive(Debug)]
struct Moves {
    area: Rect,
    to: Vec<u16>,
}

impl Moves {
    /// Nothing moved yet.
    fn new(area: Rect) -> Self {
        let to = (0..area.height).flat_map(|_| area.left()..area.right()).collect();
        Moves { area, to }
    }

    /// The new column of the cell at (`x`, `y`).
    fn column(&self, x: u16, y: u16) -> u16 {
        if !self.area.contains(Position { x, y }) {
            return x;
        }
        let i = usize::from(y - self.area.y) * usize::from(self.area.width) + usize::from(x - self.area.x);
        self.to.get(i).copied().unwrap_or(x)
    }

    fn position(&self, p: Position) -> Position {
        Position { x: self.column(p.x, p.y), y: p.y }
    }

    /// The columns `rect`'s cells went to, row by row, as one rectangle
    /// (an empty one stays as it is).
    fn rect(&self, rect: Rect) -> Rect {
        let inside = rect.intersection(self.area);
        if rect.is_empty() || inside.is_empty() {
            return rect;
        }
        let (mut left, mut right) = (u16::MAX, 0);
        for y in inside.top()..inside.bottom() {
            for x in inside.left()..inside.right() {
                let to = self.column(x, y);
                left = left.min(to);
                right = right.max(to.saturating_add(1));
            }
        }
        Rect { x: left, width: right.saturating_sub(left), ..rect }
    }
}

/// Orders every row that needs it; `None` when none did.
fn reorder(buf: &mut Buffer, rtl: bool, in_place: &[Rect]) -> Option<Moves> {
    let area = buf.area;
    let width = usize::from(area.width);
    let mut moves: Option<Moves> = None;
    let mut row = Row::default();
    for y in area.top()..area.bottom() {
        let start = usize::from(y - area.y) * width;
        let Some(cells) = buf.content.get(start..start + width) else { break };
        if !rtl && !has_rtl(cells) {
            continue;
        }
        let moves = moves.get_or_insert_with(|| Moves::new(area));
        row.cells.clear();
        row.cells.extend_from_slice(cells);
        row.shape();
        row.split();
        row.kept.clear();
        for r in in_place.iter().filter(|r| r.top() <= y && y < r.bottom()) {
            let (a, b) = (r.left().max(area.left()) - area.x, r.right().min(area.right()).saturating_sub(area.x));
            if a < b {
                row.kept.push(usize::from(a)..usize::from(b));
            }
        }
        row.order(Layout::Screen { rtl });
        let mut x = 0;
        for &(u, turn) in &row.order {
            let unit = row.units[u];
            for k in 0..unit.width {
                let Some(mut cell) = row.cells.get(unit.x + k).cloned() else { continue };
                if k == 0 && turn {
                    mirror_cell(&mut cell);
                }
                if let (Some(slot), Some(to)) = (buf.content.get_mut(start + x), moves.to.get_mut(start + unit.x + k)) {
                    *slot = cell;
                    *to = area.x + x as u16;
                }
                x += 1;
            }
        }
    }
    moves
}

/// One line of text as a terminal that draws each character as it comes
/// must be sent it (`--bidi app`): Arabic letters joined, right-to-left text
/// in visual order, a signed number kept whole. The line is read as the
/// screen's rows are, in pieces (text apart from its neighbours by two
/// spaces or more, like the columns of `--help`), and the pieces stay left
/// to right: the line is not mirrored, as it has no width to mirror in. In
/// a right-to-left language (`dir`) every piece with right-to-left text
/// reads right to left; otherwise each reads in the direction of its first
/// letter. A line without right-to-left text comes back as it is, and so
/// does one too long to order (over 65,535 columns). A tab is read as a gap
/// and other control characters are left out.
pub fn visual_line(line: &str, dir: Direction) -> String {
    let columns = line.chars().count().saturating_mul(2);
    let Ok(width) = u16::try_from(columns) else { return line.to_string() };
    if !line.chars().any(is_rtl) {
        return line.to_string();
    }
    // A tab is a gap; other control characters are left out.
    let line = if line.contains('\t') { std::borrow::Cow::Owned(line.replace('\t', "  ")) } else { line.into() };
    let mut buf = Buffer::empty(Rect::new(0, 0, width, 1));
    let (end, _) = buf.set_stringn(0, 0, &line, usize::from(width), ratatui::style::Style::new());
    let mut row = Row::default();
    row.cells.extend_from_slice(buf.content.get(..usize::from(end)).unwrap_or_default());
    row.shape();
    row.split();
    row.order(Layout::Line { rtl: dir == Direction::Rtl });
    let mut out = String::with_capacity(line.len());
    for &(u, turn) in &row.order {
        let unit = row.units[u];
        // The spaces that keep a screen row's width after a lam-alef: a line needs none.
        if row.filler.get(unit.x).copied().unwrap_or(false) {
            continue;
        }
        let Some(mut cell) = row.cells.get(unit.x).cloned() else { continue };
        if turn {
            mirror_cell(&mut cell);
        }
        out.push_str(cell.symbol());
    }
    out
}

/// `cell`'s character turned left to right.
fn mirror_cell(cell: &mut Cell) {
    let mut chars = cell.symbol().chars();
    let Some((turned, swap)) = chars.next().and_then(mirror::mirrored) else { return };
    let mut symbol = String::from(turned);
    symbol.extend(chars);
    cell.set_symbol(&symbol);
    if swap {
        cell.modifier ^= Modifier::REVERSED;
    }
}

/// One character on screen: its first cell in the row, and how many cells it takes.
#[derive(Debug, Clone, Copy)]
struct Unit {
    x: usize,
    width: usize,
    /// A drawing character or part of a wide gap: it separates what is on either side.
    sep: bool,
}

/// What a row is read as, left to right in logical order.
#[derive(Debug, Clone)]
enum Piece {
    /// A separating unit.
    Sep(usize),
    /// Units read together, as one paragraph.
    Text(Range<usize>),
    /// Units of an area kept in place.
    Kept(Range<usize>),
}

/// How a row's pieces are laid out.
#[derive(Debug, Clone, Copy)]
enum Layout {
    /// A row of the screen: in a right-to-left interface (`rtl`) it is
    /// mirrored, pieces right to left and each read right to left.
    Screen { rtl: bool },
    /// A line printed on its own: pieces left to right; each piece with
    /// right-to-left text reads right to left in a right-to-left language
    /// (`rtl`), otherwise in the direction of its first letter.
    Line { rtl: bool },
}

/// One row being ordered (its buffers are used again for the next row).
#[derive(Debug, Default)]
struct Row {
    cells: Vec<Cell>,
    shaped: Vec<Cell>,
    /// Which cells are the spaces lam-alef ligatures left (part of their word, not a gap).
    filler: Vec<bool>,
    joining: Vec<Joining>,
    units: Vec<Unit>,
    kept: Vec<Range<usize>>,
    pieces: Vec<Piece>,
    /// Units in visual order, and whether each is drawn mirrored.
    order: Vec<(usize, bool)>,
    text: String,
    starts: Vec<usize>,
    levels: Vec<Level>,
}

/// The first character of a cell (a space for an empty one).
fn base(cell: &Cell) -> char {
    cell.symbol().chars().next().unwrap_or(' ')
}

impl Row {
    /// Joins the Arabic letters of the row into their contextual forms, in
    /// logical order. A lam-alef ligature takes the lam's cell, and the
    /// cells after it move one cell back to the end of the Arabic run (its
    /// words, digits, punctuation and single spaces, up to a Latin letter, a
    /// drawing character, a wider gap or the row's end), where a space fills
    /// in after its last character: the row keeps its width and no sentence
    /// gets a space inside it.
    fn shape(&mut self) {
        self.joining.clear();
        self.joining.extend(self.cells.iter().map(|c| shape::joining(base(c))));
        self.filler.clear();
        if self.joining.iter().all(|j| *j == Joining::None) {
            return;
        }
        let n = self.cells.len();
        let joining = &self.joining;
        let cells = &self.cells;
        // Whether the letter at `i` joins its neighbour before (`back`) or after it; marks alone in a cell do not count.
        let joins = |i: usize, back: bool| {
            let mut j = i;
            loop {
                j = if back { j.checked_sub(1) } else { Some(j + 1).filter(|j| *j < n) }?;
                if joining[j] != Joining::Transparent {
                    let (a, b) = if back { (joining[j], joining[i]) } else { (joining[i], joining[j]) };
                    return Some(shape::joins(a, b));
                }
            }
        };
        let blank = |i: usize| cells.get(i).is_none_or(|c| matches!(c.symbol(), " " | ""));
        // Where an Arabic run stops.
        let ends_run = |i: usize| {
            let c = base(&cells[i]);
            mirror::is_drawing(c) || (blank(i) && blank(i + 1)) || (c.is_alphabetic() && !is_rtl(c))
        };
        self.shaped.clear();
        // Fillers owed to the current run, and where they go (after its last solid cell).
        let (mut owed, mut after_last) = (0, 0);
        let mut i = 0;
        while i <= n {
            if owed > 0 && (i == n || ends_run(i)) {
                let style = self.shaped.get(after_last.max(1) - 1).map_or_else(ratatui::style::Style::new, Cell::style);
                for _ in 0..owed {
                    let mut filler = Cell::EMPTY;
                    filler.set_style(style);
                    self.shaped.insert(after_last, filler);
                    self.filler.insert(after_last, true);
                }
                owed = 0;
            }
            let Some(cell) = cells.get(i) else { break };
            let kind = joining[i];
            let mut out = cell.clone();
            if matches!(kind, Joining::Dual | Joining::Right | Joining::Causing) {
                let before = joins(i, true).unwrap_or(false);
                let after = joins(i, false).unwrap_or(false);
                let mut chars = cell.symbol().chars();
                let letter = chars.next().unwrap_or(' ');
                let next = cells.get(i + 1).map(base);
                let ligature = next.filter(|_| letter == shape::LAM).and_then(|alef| shape::lam_alef(alef, before));
                let mut symbol = String::from(ligature.unwrap_or_else(|| shape::form(letter, before, after)));
                symbol.extend(chars);
                if let Some(alef) = ligature.and_then(|_| cells.get(i + 1)) {
                    // The alef's own marks ride on the ligature.
                    symbol.extend(alef.symbol().chars().skip(1));
                    owed += 1;
                    i += 1;
                }
                out.set_symbol(&symbol);
            }
            self.shaped.push(out);
            self.filler.push(false);
            if !blank(i) {
                after_last = self.shaped.len();
            }
            i += 1;
        }
        std::mem::swap(&mut self.cells, &mut self.shaped);
    }

    /// Cuts the row into units, and marks the separating ones.
    fn split(&mut self) {
        self.units.clear();
        let n = self.cells.len();
        let mut x = 0;
        while x < n {
            let cell = &self.cells[x];
            let width = usize::from(cell.cell_width()).clamp(1, n - x);
            self.units.push(Unit { x, width, sep: mirror::is_drawing(base(cell)) });
            x += width;
        }
        // Two blank cells or more in a row are a gap between two things.
        let blank =
            |u: &Unit| matches!(self.cells[u.x].symbol(), " " | "") && !self.filler.get(u.x).copied().unwrap_or(false);
        let mut i = 0;
        while i < self.units.len() {
            let mut j = i;
            while j < self.units.len() && blank(&self.units[j]) {
                j += 1;
            }
            if j - i >= 2 {
                self.units[i..j].iter_mut().for_each(|u| u.sep = true);
            }
            i = j.max(i + 1);
        }
    }

    /// The area kept in place that unit `u` belongs to.
    fn kept_of(&self, u: usize) -> Option<usize> {
        let x = self.units[u].x;
        self.kept.iter().position(|r| r.contains(&x))
    }

    /// Reads the row as pieces (in logical order).
    fn pieces(&mut self) {
        self.pieces.clear();
        let mut u = 0;
        while u < self.units.len() {
            let piece = if let Some(k) = self.kept_of(u) {
                let end = (u..self.units.len()).find(|&v| self.kept_of(v) != Some(k)).unwrap_or(self.units.len());
                Piece::Kept(u..end)
            } else if self.units[u].sep {
                Piece::Sep(u)
            } else {
                let end = (u..self.units.len())
                    .find(|&v| self.units[v].sep || self.kept_of(v).is_some())
                    .unwrap_or(self.units.len());
                Piece::Text(u..end)
            };
            u = match &piece {
                Piece::Sep(u) => u + 1,
                Piece::Text(r) | Piece::Kept(r) => r.end,
            };
            self.pieces.push(piece);
        }
    }

    /// Puts the row's units in visual order: pieces left to right (right to
    /// left in a mirrored screen row), each text piece ordered by the bidi
    /// algorithm at the level `layout` gives it.
    fn order(&mut self, layout: Layout) {
        self.pieces();
        self.order.clear();
        let pieces = std::mem::take(&mut self.pieces);
        let mirror = matches!(layout, Layout::Screen { rtl: true });
        let visit = |row: &mut Row, piece: &Piece| match piece {
            Piece::Sep(u) => row.order.push((*u, mirror)),
            Piece::Text(r) => {
                let level = match layout {
                    Layout::Screen { rtl } => Some(if rtl { Level::rtl() } else { Level::ltr() }),
                    Layout::Line { rtl: true } if row.holds_rtl(r.clone()) => Some(Level::rtl()),
                    Layout::Line { rtl: true } => Some(Level::ltr()),
                    Layout::Line { rtl: false } => None,
                };
                row.paragraph(r.clone(), level);
            }
            Piece::Kept(r) => row.in_place(r.clone()),
        };
        if mirror {
            pieces.iter().rev().for_each(|p| visit(self, p));
        } else {
            pieces.iter().for_each(|p| visit(self, p));
        }
        self.pieces = pieces;
    }

    /// An area kept in place: left to right, each run of words (a name)
    /// ordered where it stands, in the direction of its first letter
    /// (anything but letters, digits, marks, spaces and the punctuation of
    /// names separates runs: markers, route dots).
    fn in_place(&mut self, units: Range<usize>) {
        let word = |c: char| {
            c.is_alphanumeric()
                || c == ' '
                || shape::is_mark(c)
                || (c.is_ascii_punctuation() && !matches!(c, '#' | '~' | '*' | '|'))
                || matches!(
                    c,
                    '’' | '‘' | '“' | '”' | '…' | '–' | '—' | '\u{0640}' | '\u{060C}' | '\u{061B}' | '\u{061F}'
                )
        };
        let mut u = units.start;
        while u < units.end {
            let first = base(&self.cells[self.units[u].x]);
            if self.units[u].sep || !word(first) {
                self.order.push((u, false));
                u += 1;
                continue;
            }
            let end = (u..units.end)
                .find(|&v| self.units[v].sep || !word(base(&self.cells[self.units[v].x])))
                .unwrap_or(units.end);
            // Spaces around a name stay where they are.
            let solid = |v: &usize| base(&self.cells[self.units[*v].x]) != ' ';
            let first = (u..end).find(solid).unwrap_or(end);
            let last = (first..end).rev().find(solid).map_or(first, |v| v + 1);
            self.order.extend((u..first).map(|v| (v, false)));
            self.paragraph(first..last, None);
            self.order.extend((last..end).map(|v| (v, false)));
            u = end;
        }
    }

    /// Whether any of `units` holds right-to-left text.
    fn holds_rtl(&self, units: Range<usize>) -> bool {
        self.units[units].iter().any(|u| has_rtl(std::slice::from_ref(&self.cells[u.x])))
    }

    /// Units read as one paragraph at `level` (that of its first letter when
    /// `None`), in visual order. A signed number (`-40`, `+5`, `-12.5%`) not
    /// stuck to a word is read apart, left to right, so that its sign stays
    /// before it in right-to-left text (the bidi algorithm alone would put
    /// it after: `40-`), and so is a range or a date (`2025-2026`, which
    /// would read `2026-2025`); so is code between backticks (`` `--lang fr` ``),
    /// which would otherwise read `lang fr--`.
    fn paragraph(&mut self, units: Range<usize>, level: Option<Level>) {
        if !self.holds_rtl(units.clone()) && level.is_none_or(|l| l.is_ltr()) {
            self.order.extend(units.map(|u| (u, false)));
            return;
        }
        let cells = &self.cells;
        let at = |i: usize| units.contains(&i).then(|| base(&cells[self.units[i].x]));
        self.text.clear();
        self.starts.clear();
        // Where the signed number or the code being read ends (its last unit).
        let mut isolated: Option<usize> = None;
        // Whether the last letter before (outside what was isolated) is written left to right:
        // a number after it already reads left to right, sign, dashes and all.
        let mut after_ltr = false;
        for i in units.clone() {
            let (c, next) = (at(i).unwrap_or(' '), at(i + 1));
            let before = i.checked_sub(1).and_then(at);
            if isolated.is_none() {
                let signed = is_sign(c) && next.is_some_and(|n| n.is_ascii_digit());
                let number = (signed || c.is_ascii_digit()) && !before.is_some_and(char::is_alphanumeric);
                isolated = if number && !after_ltr {
                    // A number: isolated when signed, or when a dash joins its parts (a range, a date).
                    let (mut end, mut dash) = (i, signed);
                    while continues_number(at(end).unwrap_or(' '), at(end + 1), at(end + 2)) {
                        end += 1;
                        dash |= at(end).is_some_and(is_dash);
                    }
                    dash.then_some(end)
                } else if c == '`' {
                    // Code between backticks (a command, an option) with no right-to-left text in it.
                    let close = (i + 1..units.end).find(|&j| at(j) == Some('`'));
                    close.filter(|&j| !self.holds_rtl(i..j))
                } else {
                    None
                };
                if isolated.is_some() {
                    self.text.push(LRI);
                } else if c.is_alphabetic() {
                    after_ltr = !is_rtl(c);
                }
            }
            self.starts.push(self.text.len());
            let symbol = cells[self.units[i].x].symbol();
            if symbol.is_empty() {
                self.text.push(' ');
            }
            // Paragraph and segment separators are read as spaces: the row is one line.
            self.text.extend(
                symbol.chars().map(|c| if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') { ' ' } else { c }),
            );
            if isolated == Some(i) {
                self.text.push(PDI);
                isolated = None;
            }
        }
        let info = ParagraphBidiInfo::new(&self.text, level);
        let levels = info.reordered_levels(0..self.text.len());
        self.levels.clear();
        self.levels.extend(self.starts.iter().map(|s| levels.get(*s).copied().unwrap_or(info.paragraph_level)));
        for i in ParagraphBidiInfo::reorder_visual(&self.levels) {
            let turned = self.levels.get(i).is_some_and(|l| l.is_rtl());
            self.order.push((units.start + i, turned));
        }
    }
}

/// Left-to-right isolate and its end: what a signed number is read inside.
const LRI: char = '\u{2066}';
const PDI: char = '\u{2069}';

/// Whether `c` is a sign that can start a number: minus, plus, the minus sign.
fn is_sign(c: char) -> bool {
    matches!(c, '-' | '+' | '\u{2212}')
}

/// Whether `c` is a dash that joins the parts of a number: `2025-2026`, `2025-01`.
fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{2013}')
}

/// Whether the character after `c` in a number, `next` (then `after` it),
/// still belongs to it: a digit, a percent sign after the digits, or a
/// separator between digits (decimal, thousands, a dash, a slash, a colon).
/// In Arabic text the bidi algorithm reads digits as Arabic numbers, which
/// a dash does not join: `2025-2026` would read `2026-2025`.
fn continues_number(c: char, next: Option<char>, after: Option<char>) -> bool {
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    match next {
        Some(n) if n.is_ascii_digit() => true,
        Some('%') => c.is_ascii_digit(),
        Some(n)
            if is_dash(n) || matches!(n, '.' | ',' | '/' | ':' | '\u{066B}' | '\u{066C}' | '\u{00A0}' | '\u{202F}') =>
        {
            c.is_ascii_digit() && digit(after)
        }
        _ => false,
    }
}

/// Where the frame's cursor is, when it is shown. Ratatui keeps it to
/// itself until the frame is drawn; its debug text starts with it, so that
/// beginning is read (and no more: nothing is allocated). `None` when it is
/// hidden, or if a later ratatui wrote it otherwise (the cursor then stays
/// where the screen put it).
fn cursor(frame: &Frame) -> Option<Position> {
    let mut head = Head::default();
    // Stops with an error once the head is full: that is the point.
    let _ = fmt::write(&mut head, format_args!("{frame:?}"));
    let text = std::str::from_utf8(&head.bytes[..head.len]).ok()?;
    let rest = text.strip_prefix("Frame { cursor_position: Some(Position { x: ")?;
    let (x, rest) = rest.split_once(", y: ")?;
    let (y, _) = rest.split_once(" })")?;
    Some(Position { x: x.parse().ok()?, y: y.parse().ok()? })
}

/// The first bytes of a text being written; refuses the rest.
struct Head {
    bytes: [u8; 64],
    len: usize,
}

impl Default for Head {
    fn default() -> Self {
        Head { bytes: [0; 64], len: 0 }
    }
}

impl fmt::Write for Head {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let room = self.bytes.len() - self.len;
        if s.len() > room {
            return Err(fmt::Error);
        }
        self.bytes[self.len..self.len + s.len()].copy_from_slice(s.as_bytes());
        self.len += s.len();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::style::{Color, Style};
    use ratatui::text::{Line, Span};
    use ratatui::widgets::{Block, Paragraph};

    use super::*;
    use crate::tui::app::Target;
    use crate::tui::input::Action;

    /// What `draw` drew after the pass: the buffer, the hits, the cursor.
    struct Drawn {
        buf: Buffer,
        hits: Vec<Hit>,
        cursor: Option<Position>,
    }

    /// Draws with `paint` on a `w`×`h` test terminal, then runs the pass.
    fn draw(w: u16, h: u16, dir: Direction, bidi: Bidi, paint: impl FnOnce(&mut Frame, &mut Vec<Hit>)) -> Drawn {
        let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("the test backend never fails");
        let mut hits = Vec::new();
        terminal
            .draw(|frame| {
                paint(frame, &mut hits);
                apply(bidi, dir, frame, &mut hits);
            })
            .expect("the test backend never fails");
        let backend = terminal.backend();
        let cursor = backend.cursor_visible().then(|| backend.cursor_position());
        Drawn { buf: backend.buffer().clone(), hits, cursor }
    }

    /// Draws one line of spans at the top left.
    fn line(w: u16, dir: Direction, spans: Vec<Span<'static>>) -> Drawn {
        draw(w, 1, dir, Bidi::App, |frame, _| frame.render_widget(Line::from(spans), frame.area()))
    }

    /// Row `y` as a terminal shows it (a wide character's hidden cell skipped).
    fn row(buf: &Buffer, y: u16) -> String {
        let mut out = String::new();
        let mut x = buf.area.left();
        while x < buf.area.right() {
            let cell = &buf[(x, y)];
            out.push_str(cell.symbol());
            x += cell.cell_width().max(1);
        }
        out
    }

    /// مالي (Mali), shaped and in visual order.
    const MALI: &str = "\u{FEF2}\u{FEDF}\u{FE8E}\u{FEE3}";

    #[test]
    fn an_arabic_word_in_an_english_row_is_joined_and_reversed() {
        let drawn = line(20, Direction::Ltr, vec![Span::raw("Go to مالي now")]);
        assert_eq!(row(&drawn.buf, 0), format!("Go to {MALI} now      "));
    }

    #[test]
    fn a_number_in_arabic_text_stays_left_to_right() {
        // «مالي 2025» in a left-to-right interface: the number reads as written, left of the word.
        let drawn = line(16, Direction::Ltr, vec![Span::raw("مالي 2025")]);
        assert_eq!(row(&drawn.buf, 0).trim_end(), format!("2025 {MALI}"));
        // In a right-to-left interface the line sits on the right, the number still read left to right.
        // Read from the right: Mali, 2025, km.
        let drawn = line(16, Direction::Rtl, vec![Span::raw("مالي 2025 km")]);
        assert_eq!(row(&drawn.buf, 0), format!("    km 2025 {MALI}"));
    }

    #[test]
    fn each_letter_keeps_its_colour() {
        let colours = [Color::Red, Color::Green, Color::Blue, Color::Yellow];
        let spans = "مالي".chars().zip(colours).map(|(c, colour)| Span::styled(c.to_string(), Style::new().fg(colour)));
        let drawn = line(4, Direction::Ltr, spans.collect());
        // Visual order is ي ل ا م: the last letter, in yellow, comes first.
        let seen: Vec<(String, Color)> =
            (0..4).map(|x| (drawn.buf[(x, 0)].symbol().to_string(), drawn.buf[(x, 0)].fg)).collect();
        let expected: Vec<(String, Color)> =
            MALI.chars().zip(colours.into_iter().rev()).map(|(c, colour)| (c.to_string(), colour)).collect();
        assert_eq!(seen, expected);
    }

    #[test]
    fn a_right_to_left_screen_mirrors_boxes_gauges_and_pointers() {
        let drawn = draw(20, 4, Direction::Rtl, Bidi::App, |frame, _| {
            let block = Block::bordered().title("Stock");
            let inner = block.inner(frame.area());
            frame.render_widget(block, frame.area());
            let gauge = Line::from(vec![
                Span::raw("▶ Fuel "),
                Span::styled("███", Style::new().fg(Color::Green)),
                Span::styled("░░", Style::new().fg(Color::DarkGray)),
            ]);
            frame.render_widget(Paragraph::new(vec![gauge, Line::raw("├ left")]), inner);
        });
        let rows: Vec<String> = (0..4).map(|y| row(&drawn.buf, y)).collect();
        assert_eq!(rows[0], "┌─────────────Stock┐");
        // The gauge fills from the right; the label stays readable, its pointer turned towards it.
        assert_eq!(rows[1], "│      ░░███ Fuel ◀│");
        assert_eq!(rows[2], "│            left ┤│");
        assert_eq!(rows[3], "└──────────────────┘");
        // The bar keeps its colours.
        assert_eq!(drawn.buf[(7, 1)].fg, Color::DarkGray);
        assert_eq!(drawn.buf[(10, 1)].fg, Color::Green);
        assert_eq!(drawn.buf[(13, 1)].fg, Color::Reset);
    }

    #[test]
    fn clicks_and_the_cursor_follow_a_mirrored_screen() {
        let drawn = draw(10, 2, Direction::Rtl, Bidi::App, |frame, hits| {
            frame.render_widget(Line::raw("ok  other"), frame.area());
            hits.push(Hit { rect: Rect::new(0, 0, 2, 1), target: Target::Button(Action::Select) });
            hits.push(Hit { rect: Rect::default(), target: Target::ScrollMax(3) });
            frame.set_cursor_position((0, 0));
        });
        assert_eq!(row(&drawn.buf, 0), " other  ok");
        assert_eq!(drawn.hits[0].rect, Rect::new(8, 0, 2, 1));
        assert_eq!(drawn.hits[1].rect, Rect::default());
        // The cursor was on the "o" of "ok" (a word that still reads left to right): it is there still.
        assert_eq!(drawn.cursor, Some(Position { x: 8, y: 0 }));
    }

    #[test]
    fn the_cursor_is_read_from_the_frame() {
        let mut terminal = Terminal::new(TestBackend::new(8, 8)).expect("the test backend never fails");
        terminal
            .draw(|frame| {
                assert_eq!(cursor(frame), None);
                frame.set_cursor_position((3, 65535));
                assert_eq!(cursor(frame), Some(Position { x: 3, y: 65535 }));
            })
            .expect("the test backend never fails");
    }

    #[test]
    fn a_row_of_ascii_is_left_alone() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 12, 2));
        buf.set_string(0, 0, "plain text", Style::new().fg(Color::Red));
        buf.set_string(0, 1, "├──┤ 42 (x)", Style::new());
        let before = buf.clone();
        assert!(reorder(&mut buf, false, &[]).is_none());
        assert_eq!(buf, before);
    }

    #[test]
    fn lam_alef_makes_one_letter_and_keeps_the_row_width() {
        // سلام عليكم.: the lam-alef ligature takes one cell; a space fills in after the run's last character.
        let drawn = line(12, Direction::Ltr, vec![Span::raw("سلام عليكم.")]);
        let text = row(&drawn.buf, 0);
        assert_eq!(text.chars().count(), 12);
        let salam = "\u{FEE1}\u{FEFC}\u{FEB3}";
        let alaykum = "\u{FEE2}\u{FEDC}\u{FEF4}\u{FEE0}\u{FECB}";
        assert_eq!(text, format!("{alaykum} {salam}.  "));
        // In a right-to-left sentence the space goes after its end, not between its words.
        let drawn = line(26, Direction::Rtl, vec![Span::raw("بلد لا منفذ له. يعيش هنا.")]);
        let text = row(&drawn.buf, 0);
        assert_eq!(text.chars().count(), 26);
        assert!(!text.trim().contains("  "), "{text:?}");
        assert!(text.starts_with("  ."), "{text:?}");
    }

    #[test]
    fn wide_characters_and_marks_survive() {
        // مَالِي with its vowels, and two wide characters, in a right-to-left interface.
        let drawn = line(12, Direction::Rtl, vec![Span::raw("مَالِي 日本")]);
        let text = row(&drawn.buf, 0);
        assert_eq!(text, format!("   日本 \u{FEF2}\u{FEDF}\u{0650}\u{FE8E}\u{FEE3}\u{064E}"));
        // The hidden half of each wide character is right after it.
        assert_eq!(drawn.buf[(3, 0)].symbol(), "日");
        assert_eq!(drawn.buf[(4, 0)].symbol(), " ");
        assert_eq!(drawn.buf[(5, 0)].symbol(), "本");
    }

    #[test]
    fn an_area_kept_in_place_moves_with_its_panel_but_does_not_turn() {
        let drawn = draw(12, 1, Direction::Rtl, Bidi::App, |frame, _| {
            frame.render_widget(Line::raw("│● مالي ·· x"), frame.area());
            keep_in_place(Rect::new(1, 0, 11, 1));
        });
        assert_eq!(row(&drawn.buf, 0), format!("● {MALI} ·· x│"));
        // A name cut short ends, as it reads, on its left.
        let drawn = draw(12, 1, Direction::Ltr, Bidi::App, |frame, _| {
            frame.render_widget(Line::raw("│● مالي… ×x"), frame.area());
            keep_in_place(Rect::new(1, 0, 11, 1));
        });
        assert_eq!(row(&drawn.buf, 0), format!("│● …{MALI} ×x "));
    }

    #[test]
    fn the_terminal_choice_leaves_the_frame_as_drawn() {
        let drawn = draw(10, 1, Direction::Rtl, Bidi::Terminal, |frame, hits| {
            frame.render_widget(Line::raw("مالي ok"), frame.area());
            hits.push(Hit { rect: Rect::new(0, 0, 2, 1), target: Target::Button(Action::Select) });
        });
        assert_eq!(row(&drawn.buf, 0), "مالي ok   ");
        assert_eq!(drawn.hits[0].rect, Rect::new(0, 0, 2, 1));
    }

    #[test]
    fn a_line_is_joined_and_ordered_but_not_mirrored() {
        assert_eq!(visual_line("plain (text) -40", Direction::Rtl), "plain (text) -40");
        assert_eq!(visual_line("Go to مالي now", Direction::Ltr), format!("Go to {MALI} now"));
        // A column of `--help`: the option stays on the left, the description reads right to left.
        assert_eq!(visual_line("  --lang <en>  مالي 2025", Direction::Rtl), format!("  --lang <en>  2025 {MALI}"));
        // An Arabic sentence that starts with a file name: the name is read first, on the right.
        assert_eq!(visual_line("a.ron: مالي (1)", Direction::Rtl), format!("(1) {MALI} :a.ron"));
        // In a left-to-right language a piece reads in the direction of its first letter.
        assert_eq!(visual_line("مالي: a.ron", Direction::Ltr), format!("a.ron :{MALI}"));
        // No space is left where lam-alef made one letter of two.
        assert_eq!(visual_line("سلام", Direction::Rtl), "\u{FEE1}\u{FEFC}\u{FEB3}");
        assert_eq!(visual_line("tab\there", Direction::Rtl), "tab\there");
        assert_eq!(visual_line("مالي\t1", Direction::Rtl), format!("{MALI}  1"));
    }

    #[test]
    fn a_signed_number_keeps_its_sign_in_front() {
        assert_eq!(visual_line("-40 مالي", Direction::Rtl), format!("{MALI} -40"));
        assert_eq!(visual_line("مالي +12.5%.", Direction::Rtl), format!(".+12.5% {MALI}"));
        assert_eq!(visual_line("مالي (−3)", Direction::Rtl), format!("(−3) {MALI}"));
        // Code between backticks reads as it is typed.
        assert_eq!(
            visual_line("مالي: `harmattan --lang fr`", Direction::Rtl),
            format!("`harmattan --lang fr` :{MALI}")
        );
        assert_eq!(visual_line("مالي `x مالي`", Direction::Rtl), format!("`{MALI} x` {MALI}"));
        // A range or a date keeps its order; a word with a hyphen is no signed number.
        assert_eq!(visual_line("مالي 2025-2026", Direction::Rtl), format!("2025-2026 {MALI}"));
        assert_eq!(visual_line("مالي 2025-01.", Direction::Rtl), format!(".2025-01 {MALI}"));
        assert_eq!(visual_line("مالي G-5", Direction::Rtl), format!("G-5 {MALI}"));
        // After a left-to-right word a number already reads left to right, with what joins it.
        assert_eq!(visual_line("Tab/1-5 مالي", Direction::Rtl), format!("{MALI} Tab/1-5"));
        assert_eq!(visual_line("مالي Kesh -40", Direction::Rtl), format!("Kesh -40 {MALI}"));
        // On screen too, at the start of a right-to-left row.
        let drawn = line(16, Direction::Rtl, vec![Span::raw("-40 مالي")]);
        assert_eq!(row(&drawn.buf, 0), format!("        {MALI} -40"));
    }

    #[test]
    fn bidi_reads_its_two_names() {
        assert_eq!("app".parse(), Ok(Bidi::App));
        assert_eq!("Terminal".parse(), Ok(Bidi::Terminal));
        assert!("both".parse::<Bidi>().is_err());
        assert_eq!(Bidi::Terminal.to_string(), "terminal");
    }
}
