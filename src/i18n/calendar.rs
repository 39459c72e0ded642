//! Months and dates in each language.

use super::{Catalog, Lang};

/// The name of `month` (1 = January … 12 = December) in `lang`.
pub fn month_name(lang: Lang, month: u32) -> String {
    Catalog::get(lang).text(&format!("month-{month}"), &[])
}

/// A monthly turn's date: "November 2025", "novembre 2025", "نوفمبر 2025".
pub fn month_year(lang: Lang, year: i64, month: u32) -> String {
    let name = month_name(lang, month);
    // The year goes in as text: a year is not grouped like a quantity ("2,025").
    Catalog::get(lang).text("date-month-year", &[("month", name.into()), ("year", year.to_string().into())])
}

/// A date with its day: "2025-03-05" in English, "05/03/2025" in French and Arabic.
pub fn numeric_date(lang: Lang, year: i64, month: u32, day: u32) -> String {
    let args = [
        ("year", format!("{year:04}").into()),
        ("mm", format!("{month:02}").into()),
        ("dd", format!("{day:02}").into()),
    ];
    Catalog::get(lang).text("date-numeric", &args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_named_in_each_language() {
        assert_eq!(month_name(Lang::En, 1), "January");
        assert_eq!(month_name(Lang::Fr, 8), "août");
        assert_eq!(month_name(Lang::Ar, 7), "جويلية");
        assert_eq!(month_name(Lang::Ar, 12), "ديسمبر");
        for lang in Lang::ALL {
            for month in 1..=12 {
                assert!(!month_name(lang, month).contains('{'), "{lang} month {month}");
            }
        }
    }

    #[test]
    fn dates_follow_the_language() {
        assert_eq!(month_year(Lang::En, 2025, 11), "November 2025");
        assert_eq!(month_year(Lang::Fr, 2026, 2), "février 2026");
        assert_eq!(month_year(Lang::Ar, 2025, 4), "أفريل 2025");
        assert_eq!(numeric_date(Lang::En, 2024, 3, 5), "2024-03-05");
        assert_eq!(numeric_date(Lang::Fr, 2024, 3, 5), "05/03/2024");
        assert_eq!(numeric_date(Lang::Ar, 2024, 3, 5), "05/03/2024");
    }
}
