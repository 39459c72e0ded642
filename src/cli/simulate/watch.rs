//! `simulate FILE --watch`: run, print, then wait for the file (and the
//! `--compare` file) to change and run again. Woken by file-change
//! notification, never by polling; a change that does not validate prints
//! its problems and keeps the last results. Ctrl-C ends it (exit code 130).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Duration, Instant};

use harmattan::i18n::Lang;
use harmattan::tr;
use harmattan::tui::follow::{self, Source};
use notify::{RecursiveMode, Watcher};

use super::{Batch, RunArgs};
use crate::cli::safe;

/// How long to wait for a burst of file events (an editor's save) to end before reading.
const SETTLE: Duration = Duration::from_millis(150);

/// Runs, then re-runs whenever a watched file changes, until interrupted.
pub(super) fn run(args: &RunArgs, path: &str, runs: u32, pool: &rayon::ThreadPool) -> ExitCode {
    let lang = crate::lang();
    let files: Vec<&str> = std::iter::once(path).chain(args.compare.as_deref()).collect();
    let sources: Vec<Source> = files.iter().map(|f| Source::File(PathBuf::from(f))).collect();
    let mut folders: Vec<PathBuf> = sources.iter().map(Source::folder).collect();
    folders.dedup();
    let (tx, rx) = mpsc::channel();
    let watched = sources.clone();
    let watcher = notify::recommended_watcher(move |result: notify::Result<notify::Event>| {
        // Lost events are answered by reading again; opening and reading never wake it.
        let changed = result.map_or(true, |event| watched.iter().any(|s| follow::refreshes(s, &event)));
        if changed {
            let _ = tx.send(());
        }
    });
    let mut watcher = match watcher {
        Ok(w) => w,
        Err(e) => {
            err_line!("{}", tr!(lang, "simulate-watch-error", reason = e.to_string()));
            return ExitCode::FAILURE;
        }
    };
    for folder in &folders {
        if let Err(e) = watcher.watch(folder, RecursiveMode::NonRecursive) {
            let folder = safe(&folder.to_string_lossy());
            err_line!("{}", tr!(lang, "simulate-watch-folder", folder = folder, reason = e.to_string()));
            return ExitCode::FAILURE;
        }
    }
    let shown = both(lang, &files.iter().map(|f| safe(f)).collect::<Vec<_>>());
    stop_on_signal(tr!(lang, "simulate-watch-stopped", files = shown.as_str()));
    // The hashes of the scenario texts of the results on screen, if any.
    let mut last: Option<Vec<u64>> = None;
    loop {
        match Batch::prepare(args, path, runs) {
            Ok(batch) if last.as_ref() == Some(&batch.hashes()) => {
                err_line!("{}", tr!(lang, "simulate-watch-same", files = shown.as_str()));
            }
            Ok(batch) => {
                let hashes = batch.hashes();
                if let Some(before) = &last {
                    let changed: Vec<String> = files
                        .iter()
                        .zip(&hashes)
                        .zip(before)
                        .filter(|((_, now), then)| now != then)
                        .map(|((file, _), _)| safe(file))
                        .collect();
                    let line = match changed.as_slice() {
                        [one] => tr!(lang, "simulate-watch-changed", file = one.as_str()),
                        _ => tr!(lang, "simulate-watch-changed-both", files = both(lang, &changed)),
                    };
                    err_line!("{line}");
                }
                let code = batch.execute(args, pool);
                if code != ExitCode::SUCCESS {
                    return code;
                }
                last = Some(hashes);
            }
            Err(code) if last.is_none() && files.iter().any(|f| !Path::new(f).is_file()) => return code,
            Err(_) if last.is_some() => {
                err_line!("{}", tr!(lang, "simulate-watch-kept"));
            }
            Err(_) => {}
        }
        err_line!("{}", tr!(lang, "simulate-watch-waiting", files = shown.as_str()));
        if rx.recv().is_err() {
            return ExitCode::FAILURE;
        }
        // An editor's save is several events (write a temporary file, rename): wait for the burst to end.
        let end = Instant::now() + SETTLE;
        loop {
            match rx.recv_timeout(end.saturating_duration_since(Instant::now())) {
                Ok(()) => {}
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return ExitCode::FAILURE,
            }
        }
    }
}

/// One file, or two joined by the language's "and".
fn both(lang: Lang, files: &[String]) -> String {
    match files {
        [a, b] => tr!(lang, "game-list-and", first = a.as_str(), last = b.as_str()),
        _ => files.concat(),
    }
}

/// Ends the process on Ctrl-C (or SIGTERM, SIGHUP, SIGQUIT), even in the
/// middle of a run, saying `stopped`: nothing is left to save. The exit code is 128 + the signal.
fn stop_on_signal(stopped: String) {
    let Ok(mut signals) = signal_hook::iterator::Signals::new(harmattan::tui::TERMINATING) else { return };
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            err_line!("\n{stopped}");
            std::process::exit(128 + signal);
        }
    });
}
