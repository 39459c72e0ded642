//! Running the program as a user would, with no language from the
//! environment: only `--lang` chooses it.

use std::process::{Command, Output};

/// Runs `harmattan ARGS` with `LC_ALL`, `LC_MESSAGES` and `LANG` unset.
pub fn harmattan(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_harmattan"))
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .expect("the program runs")
}

/// What a stream printed, as text.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
