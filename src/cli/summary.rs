//! What `harmattan` prints when it is not run in an interactive terminal.

use std::process::ExitCode;

/// Prints the default scenario's summary and the available commands.
pub fn run() -> ExitCode {
    print(harmattan::scenario::load_default().scenario.as_ref(), "default scenario");
    ExitCode::SUCCESS
}

/// Prints a scenario's summary (`what` says which it is) and the available commands.
pub fn print(scenario: Option<&harmattan::scenario::Scenario>, what: &str) {
    match scenario {
        Some(s) => {
            println!("Harmattan — {what}: {}", s.meta.title);
            println!("{}\n", s.meta.summary);
            println!("Factions:");
            for f in s.factions.iter().filter(|f| f.playable) {
                println!("  {:<12} {}", f.id, f.name);
            }
            println!("\n{} turns from {}.", s.turns(), s.meta.calendar.start);
        }
        None => println!("Harmattan"),
    }
    println!("\nCommands:");
    println!("  harmattan validate FILE...   check scenario files and explain every problem");
    println!("  harmattan                    play (in an interactive terminal)");
    println!("  harmattan new FILE           write a commented starter scenario to FILE");
    println!("  harmattan simulate FILE --runs N   balance a scenario with computer players");
    println!("  harmattan --help             all commands and options");
}
