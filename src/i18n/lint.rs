//! Checks of the shipped catalogues against the English one, in the manner
//! of OpenRA's Fluent lint: syntax, missing and extra keys, placeholders.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

use super::{Lang, catalog};

/// Each message and term (`-name`) of a catalogue, with the variables its text uses.
pub type Entries = BTreeMap<String, BTreeSet<String>>;

/// The entries of a catalogue source, or its syntax errors and duplicate ids.
pub fn entries(source: &str) -> Result<Entries, Vec<String>> {
    let resource = parser::parse(source).map_err(|(_, errors)| {
        errors.iter().map(|e| format!("syntax error at bytes {:?}: {:?}", e.pos, e.kind)).collect::<Vec<_>>()
    })?;
    let mut entries = Entries::new();
    let mut duplicates = Vec::new();
    for entry in &resource.body {
        let (id, pattern) = match entry {
            Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref()),
            Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value)),
            Entry::Junk { content } => return Err(vec![format!("unreadable entry: {content}")]),
            _ => continue,
        };
        let mut vars = BTreeSet::new();
        if let Some(pattern) = pattern {
            pattern_vars(pattern, &mut vars);
        }
        if entries.insert(id.clone(), vars).is_some() {
            duplicates.push(format!("`{id}` is defined twice"));
        }
    }
    if duplicates.is_empty() { Ok(entries) } else { Err(duplicates) }
}

/// The prefix of the keys of `--help`'s texts (not its headings), which
/// English keeps in doc comments.
pub const HELP_TEXT_PREFIX: &str = "help-cmd";

/// Every problem of `lang`'s catalogue, compared with English's.
pub fn problems(lang: Lang) -> Vec<String> {
    let reference = match entries(catalog::source(Lang::En)) {
        Ok(entries) => entries,
        Err(errors) => return errors.into_iter().map(|e| format!("en: {e}")).collect(),
    };
    let entries = match entries(catalog::source(lang)) {
        Ok(entries) => entries,
        Err(errors) => return errors.into_iter().map(|e| format!("{lang}: {e}")).collect(),
    };
    let mut problems = Vec::new();
    for (id, vars) in &reference {
        match entries.get(id) {
            None => problems.push(format!("{lang}: `{id}` is missing")),
            Some(own) if own != vars => {
                problems.push(format!("{lang}: `{id}` uses {own:?} where English uses {vars:?}"));
            }
            Some(_) => {}
        }
    }
    // `--help`'s own texts are in English only as doc comments (clap reads
    // them); the binary's tests check those keys against the command line.
    let help_text = |id: &str| id.starts_with(HELP_TEXT_PREFIX);
    for id in entries.keys().filter(|id| !reference.contains_key(*id) && !help_text(id)) {
        problems.push(format!("{lang}: `{id}` is not in the English catalogue"));
    }
    problems
}

/// Adds the variables `pattern` uses, in every variant, to `vars`.
fn pattern_vars(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for variant in variants {
                pattern_vars(&variant.value, vars);
            }
        }
        Expression::Inline(inline) => inline_vars(inline, vars),
    }
}

fn inline_vars(inline: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_vars(argument, vars);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variables_are_found_in_every_variant() {
        let found = entries("a = { $n ->\n    [one] { $x }\n   *[other] { $y }\n}\n-t = T\nb = plain { -t }\n");
        let found = found.expect("valid source");
        let names = |id: &str| found[id].iter().map(String::as_str).collect::<Vec<_>>();
        assert_eq!(names("a"), ["n", "x", "y"]);
        assert!(names("b").is_empty());
        assert!(found.contains_key("-t"));
    }

    #[test]
    fn broken_and_duplicated_entries_are_reported() {
        assert!(entries("a = { $n\n").is_err());
        assert_eq!(entries("a = 1\na = 2\n"), Err(vec!["`a` is defined twice".to_owned()]));
    }
}
