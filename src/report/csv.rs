//! The indicators as CSV, one row per turn × entity × variable, for spreadsheets.

use std::fmt::Write as _;

use super::AfterAction;

/// The header row.
pub const HEADER: &str = "turn,date,entity_kind,entity,variable,value";

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

/// Rows for every turn played (the value at the end of the turn).
pub(super) fn render(r: &AfterAction) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "{HEADER}");
    for (k, p) in r.points.iter().enumerate().skip(1) {
        for ind in &r.indicators {
            for s in &ind.series {
                let Some(value) = s.values.get(k) else { continue };
                let _ = writeln!(
                    o,
                    "{},{},{},{},{},{value}",
                    p.turn,
                    field(&p.date),
                    field(&ind.entity_kind),
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
