//! Numbers and aligned cells of `simulate`'s tables, in the reader's language.

use harmattan::i18n::{Direction, Lang};
use harmattan::tr;
use unicode_width::UnicodeWidthStr;

/// `plain` (a number written with a decimal point) with the language's
/// decimal mark. Thousands are not grouped, so a column keeps its width.
pub(super) fn num(lang: Lang, plain: &str) -> String {
    plain.replacen('.', &tr!(lang, "number-decimal-separator"), 1)
}

/// `value` with one decimal.
pub(super) fn one(lang: Lang, value: f64) -> String {
    num(lang, &format!("{value:.1}"))
}

/// A share (0 to 1) in percent with one decimal: `62.0%`.
pub(super) fn percent(lang: Lang, share: f64) -> String {
    tr!(lang, "simulate-percent", value = one(lang, share * 100.0))
}

/// A column of a table: its width in terminal columns, and its alignment.
#[derive(Clone, Copy)]
pub(super) enum Col {
    /// Left-aligned.
    L(usize),
    /// Right-aligned.
    R(usize),
}

impl Col {
    /// This column, at least `width` wide.
    fn widened(self, width: usize) -> Col {
        match self {
            Col::L(w) => Col::L(w.max(width)),
            Col::R(w) => Col::R(w.max(width)),
        }
    }
}

/// A table's headings in `lang` (`simulate-col-` and each of `names`), and
/// its columns widened where a heading is wider.
pub(super) fn headed(lang: Lang, cols: &[Col], names: &[&str]) -> (Vec<Col>, String) {
    let words: Vec<String> = names.iter().map(|name| tr!(lang, &format!("simulate-col-{name}"))).collect();
    let cols: Vec<Col> = cols.iter().zip(&words).map(|(col, word)| col.widened(word.width())).collect();
    let line = row(lang, &cols, &words);
    (cols, line)
}

/// One row of a table: each cell padded to its column's width (counted in
/// terminal columns), the cells one space apart — two in a right-to-left
/// language, so that the terminal's bidi pass keeps each cell in its column.
pub(super) fn row<S: AsRef<str>>(lang: Lang, cols: &[Col], cells: &[S]) -> String {
    let gap = if lang.dir() == Direction::Rtl { "  " } else { " " };
    let mut out = String::new();
    for (i, (col, cell)) in cols.iter().zip(cells).enumerate() {
        let cell = cell.as_ref();
        if i > 0 {
            out.push_str(gap);
        }
        match *col {
            Col::L(width) => {
                out.push_str(cell);
                out.push_str(&" ".repeat(width.saturating_sub(cell.width())));
            }
            Col::R(width) => {
                out.push_str(&" ".repeat(width.saturating_sub(cell.width())));
                out.push_str(cell);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_cells_read_as_before_and_others_use_their_decimal_mark() {
        assert_eq!(percent(Lang::En, 0.62), "62.0%");
        assert_eq!(percent(Lang::Fr, 0.62), "62,0\u{202F}%");
        assert_eq!(one(Lang::Ar, 2.5), "2,5");
        let cols = [Col::L(6), Col::R(5)];
        assert_eq!(row(Lang::En, &cols, &["kesh", "1.5"]), format!("{:<6} {:>5}", "kesh", "1.5"));
        let (widened, line) = headed(Lang::En, &[Col::L(3), Col::R(2)], &["faction", "p10"]);
        assert_eq!(line, "faction p10");
        assert_eq!(row(Lang::En, &widened, &["a", "1"]), "a         1");
        assert_eq!(row(Lang::Ar, &cols, &["ab", "1,5"]), format!("ab{}1,5", " ".repeat(8)));
    }
}
