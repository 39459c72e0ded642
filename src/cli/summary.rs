//! What `harmattan` prints when it is not run in an interactive terminal.

use std::process::ExitCode;

/// Prints the default scenario's summary and the available commands.
pub fn run() -> ExitCode {
    let loaded = harmattan::scenario::load_default();
    match &loaded.scenario {
        Some(s) => {
            println!("Harmattan — default scenario: {}", s.meta.title);
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
    ExitCode::SUCCESS
}
