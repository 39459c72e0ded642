//! Numbers written the way each language writes them.

use super::{Catalog, Lang};

/// `n` with the language's separators: `1,600.5` in English, `1 600,5` in
/// French (a narrow no-break space between thousands), `1.600,5` in Arabic
/// as written in the Maghreb. Numbers given to messages are written the same way.
pub fn format_number(lang: Lang, n: f64) -> String {
    Catalog::get(lang).localise_digits(&n.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_groups_thousands_and_marks_decimals_its_own_way() {
        assert_eq!(format_number(Lang::En, 1600.0), "1,600");
        assert_eq!(format_number(Lang::Fr, 1600.0), "1\u{202F}600");
        assert_eq!(format_number(Lang::Ar, 1600.0), "1.600");
        assert_eq!(format_number(Lang::En, -1_234_567.25), "-1,234,567.25");
        assert_eq!(format_number(Lang::Fr, 2.5), "2,5");
        assert_eq!(format_number(Lang::Ar, 2.5), "2,5");
        assert_eq!(format_number(Lang::Fr, 999.0), "999");
        assert_eq!(format_number(Lang::Fr, 0.0), "0");
        assert_eq!(format_number(Lang::Fr, f64::INFINITY), "inf");
        assert_eq!(format_number(Lang::Fr, f64::NAN), "NaN");
    }
}
