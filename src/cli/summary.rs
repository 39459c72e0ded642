//! What `harmattan` prints when it is not run in an interactive terminal.

use std::process::ExitCode;

use harmattan::i18n::Lang;
use harmattan::scenario::Scenario;
use harmattan::tr;

/// Which scenario a summary is about.
#[derive(Clone, Copy)]
pub enum Which {
    /// The scenario built into the program.
    Default,
    /// A scenario file named on the command line.
    File,
}

/// The commands a summary lists: how each is typed, and the key of what it does.
const COMMANDS: [(&str, &str); 5] = [
    ("harmattan validate FILE...", "summary-command-validate"),
    ("harmattan", "summary-command-play"),
    ("harmattan new FILE", "summary-command-new"),
    ("harmattan simulate FILE --runs N", "summary-command-simulate"),
    ("harmattan --help", "summary-command-help"),
];

/// Prints the default scenario's summary and the available commands, in `lang`.
pub fn run(lang: Lang) -> ExitCode {
    super::out::print(&text(lang, harmattan::scenario::load_default_in(None, lang).scenario.as_ref(), Which::Default));
    ExitCode::SUCCESS
}

/// Prints a scenario's summary and the available commands, in `lang`.
pub fn print(lang: Lang, scenario: Option<&Scenario>, which: Which) {
    super::out::print(&text(lang, scenario, which));
}

/// The summary of a scenario (or of none) and the available commands, in `lang`.
fn text(lang: Lang, scenario: Option<&Scenario>, which: Which) -> String {
    let mut out = String::new();
    let mut line = |text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    match scenario {
        Some(s) => {
            let title = s.meta.title.as_str();
            line(match which {
                Which::Default => tr!(lang, "summary-title-default", title = title),
                Which::File => tr!(lang, "summary-title-file", title = title),
            });
            line(format!("{}\n", s.meta.summary));
            line(tr!(lang, "summary-factions"));
            for f in s.factions.iter().filter(|f| f.playable) {
                line(format!("  {:<12} {}", f.id, f.name));
            }
            line(format!(
                "\n{}",
                tr!(lang, "summary-turns", turns = s.turns(), start = s.meta.calendar.start.as_str())
            ));
        }
        None => line(tr!(lang, "summary-title-none")),
    }
    line(format!("\n{}", tr!(lang, "summary-commands")));
    for (command, key) in COMMANDS {
        line(format!("  {command:<26}   {}", tr!(lang, key)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_summary_lists_the_commands_aligned() {
        let text = text(Lang::En, None, Which::Default);
        assert_eq!(
            text,
            "Harmattan\n\nCommands:\n\
             \x20 harmattan validate FILE...   check scenario files and explain every problem\n\
             \x20 harmattan                    play (in an interactive terminal)\n\
             \x20 harmattan new FILE           write a commented starter scenario to FILE\n\
             \x20 harmattan simulate FILE --runs N   balance a scenario with computer players\n\
             \x20 harmattan --help             all commands and options\n"
        );
    }

    #[test]
    fn the_summary_is_written_in_the_language_asked_for() {
        let scenario = harmattan::scenario::load_default().scenario;
        let fr = text(Lang::Fr, scenario.as_ref(), Which::File);
        assert!(fr.starts_with("Harmattan — scénario\u{202F}: "), "{fr}");
        assert!(fr.contains("Commandes\u{202F}:") && fr.contains(" tours à partir de "), "{fr}");
        let ar = text(Lang::Ar, scenario.as_ref(), Which::Default);
        assert!(ar.starts_with("Harmattan — السيناريو المدمج في البرنامج: "), "{ar}");
        assert!(ar.contains("الأوامر:") && ar.contains("ابتداءً من"), "{ar}");
    }
}
