//! The indicators as CSV, one row per turn × entity × variable, for spreadsheets.

use std::fmt::Write as _;

use super::AfterAction;
use crate::tr;

/// The header row's columns, as the catalogue names them.
const COLUMNS: [&str; 6] = [
    "report-csv-turn",
    "report-csv-date",
    "report-csv-kind",
    "report-csv-entity",
    "report-csv-variable",
    "report-csv-value",
];

/// A field quoted when it must be (RFC 4180). Text that a spreadsheet would
/// run as a formula (`=`, `+`, `-`, `@` first) gets a leading `'`: names
/// come from strangers' scenario files.
fn field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_string() };
    if text.contains([',', '"', '\n', '\r']) || text.starts_with(' ') || text.ends_with(' ') {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// Rows for every turn played (the value at the end of the turn), headed
/// and worded in the report's language; numbers stay plain for spreadsheets.
pub(super) fn render(r: &AfterAction) -> String {
    let lang = r.lang;
    let mut o = String::new();
    let header: Vec<String> = COLUMNS.iter().map(|key| field(&tr!(lang, key))).collect();
    let _ = writeln!(o, "{}", header.join(","));
    for (k, p) in r.points.iter().enumerate().skip(1) {
        for ind in &r.indicators {
            let kind = tr!(lang, "report-entity-kind", kind = ind.entity_kind.as_str());
            for s in &ind.series {
                let Some(value) = s.values.get(k) else { continue };
                let _ = writeln!(
                    o,
                    "{},{},{},{},{},{value}",
                    p.turn,
                    field(&p.date),
                    field(&kind),
                    field(&s.name),
                    field(&ind.name)
                );
            }
        }
    }
    o
}

#[cfg(test)]
mod tests {
    use super::field;

    #[test]
    fn fields_are_quoted_and_defused_only_when_needed() {
        assert_eq!(field("Kesh City"), "Kesh City");
        assert_eq!(field("Gao, Mali"), "\"Gao, Mali\"");
        assert_eq!(field("the \"north\""), "\"the \"\"north\"\"\"");
        assert_eq!(field("=1+1"), "'=1+1");
        assert_eq!(field("-cmd,x"), "\"'-cmd,x\"");
    }
}
