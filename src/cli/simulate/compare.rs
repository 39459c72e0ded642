//! `simulate A.ron --compare B.ron`: both versions played on the same seeds,
//! and what changed, as text or JSON.

use std::fmt::Write as _;
use std::process::ExitCode;

use harmattan::scenario::Scenario;
use harmattan::sim::{Change, Comparison, Estimate, Layout, Shift, Side, SimConfig, pair_factions, run_compare};
use serde::Serialize;

use super::{Batch, Progress, RunArgs, config, print_json};
use crate::cli::{EXIT_INPUT, emit, safe};

/// Changes of each kind shown without `--detail`.
const TOP_CHANGES: usize = 5;

/// The scenario B of a comparison, loaded and matched with A.
pub(super) struct Other {
    path: String,
    scenario: Scenario,
    layout: Layout,
    /// FNV-1a of its text.
    pub(super) hash: u64,
    cfg: SimConfig,
    /// For each playable faction of A, its position among B's.
    to_b: Vec<usize>,
}

impl Other {
    /// Loads B (printing its problems) and refuses it unless it has A's playable factions.
    pub(super) fn prepare(
        args: &RunArgs,
        (a_path, a): (&str, &Layout),
        path: &str,
        runs: u32,
    ) -> Result<Other, ExitCode> {
        let scenario = crate::cli::load_playable(path, args.variant.as_deref())?;
        let layout = Layout::new(&scenario);
        let to_b = pair_factions(&a.labels, &layout.labels).map_err(|m| {
            let (a_file, b_file) = (safe(a_path), safe(path));
            eprintln!(
                "error: {a_file} and {b_file} cannot be compared: a comparison needs the same playable \
                 factions (by id) on both sides."
            );
            if !m.only_a.is_empty() {
                eprintln!("Only {a_file} has: {}.", m.only_a.join(", "));
            }
            if !m.only_b.is_empty() {
                eprintln!("Only {b_file} has: {}.", m.only_b.join(", "));
            }
            ExitCode::from(EXIT_INPUT)
        })?;
        let cfg = config(args, &scenario, runs)?;
        let hash = harmattan::sim::fnv1a64(scenario.source.as_bytes());
        Ok(Other { path: path.to_string(), scenario, layout, hash, cfg, to_b })
    }
}

/// The comparison as JSON: the two files, then the comparison itself.
#[derive(Serialize)]
struct Document<'a> {
    files: [&'a str; 2],
    #[serde(flatten)]
    comparison: &'a Comparison,
}

/// Plays both scenarios on the same seeds and prints what changed.
pub(super) fn execute(a: &Batch, b: &Other, args: &RunArgs, pool: &rayon::ThreadPool) -> ExitCode {
    let runs = a.cfg.runs;
    let progress = Progress::new(u64::from(runs));
    let side_a = Side { scenario: &a.scenario, layout: &a.layout, cfg: a.cfg };
    let side_b = Side { scenario: &b.scenario, layout: &b.layout, cfg: b.cfg };
    let (ta, tb, pairs) = pool.install(|| run_compare(side_a, side_b, &b.to_b, 0..runs, &|| progress.tick()));
    progress.finish(runs.saturating_mul(2), pool);
    let sa = ta.summary(&a.layout.labels, runs, a.cfg.seed, &a.cfg.seats(&a.scenario));
    let sb = tb.summary(&b.layout.labels, runs, b.cfg.seed, &b.cfg.seats(&b.scenario));
    let comparison = Comparison::new(&sa, &sb, &pairs, &b.to_b);
    let a_path = args.scenario.as_deref().unwrap_or("A");
    if args.json {
        return print_json(&Document { files: [a_path, &b.path], comparison: &comparison });
    }
    emit(None, &text(&comparison, (&safe(a_path), &safe(&b.path)), args.detail))
}

/// The comparison as text; with `detail`, every change rather than the largest.
fn text(c: &Comparison, (a_file, b_file): (&str, &str), detail: bool) -> String {
    let mut out = String::new();
    let (runs, seed, ai) = (c.runs, c.seed, &c.ai);
    let _ = writeln!(out, "A: {a_file} (scenario {})", c.a);
    let _ = writeln!(out, "B: {b_file} (scenario {})", c.b);
    let _ = writeln!(out, "{runs} games of each on the same seeds (seed {seed}, {ai} AI).");
    let _ = writeln!(
        out,
        "Shares of games with their 95% intervals; B − A in percentage points, marked * when its interval \
         excludes 0 (beyond noise).\n"
    );
    let mut beyond = 0;
    let mut table = |title: &str, rows: Vec<(&str, &Shift)>| {
        let _ = writeln!(out, "{title:<16} {:<21} {:<21} B − A", "A", "B");
        for (name, s) in rows {
            beyond += usize::from(s.beyond_noise);
            let mark = if s.beyond_noise { " *" } else { "" };
            let _ =
                writeln!(out, "{name:<16} {:<21} {:<21} {}{mark}", share(&s.a), share(&s.b), difference(&s.difference));
        }
        let _ = writeln!(out);
    };
    table("wins", c.factions.iter().map(|f| (f.id.as_str(), &f.win)).collect());
    table("goals met", c.factions.iter().map(|f| (f.id.as_str(), &f.met)).collect());
    if detail {
        table("partly met", c.factions.iter().map(|f| (f.id.as_str(), &f.partly)).collect());
        table("goals missed", c.factions.iter().map(|f| (f.id.as_str(), &f.missed)).collect());
    }
    if let Some(s) = &c.shared {
        table("shared outcome", vec![("held", &s.held), ("strained", &s.strained), ("lost", &s.lost)]);
    }
    if beyond == 0 {
        let _ = writeln!(
            out,
            "No difference is beyond noise: with {runs} games, chance alone could explain every change above."
        );
    } else {
        let _ = writeln!(out, "Differences beyond noise (marked *): {beyond}.");
    }
    // Objective means are points; event and action shares are shown in percent.
    let sections: [(&str, &[Change], f64); 3] = [
        ("Objectives' mean scores (points)", &c.objectives, 1.0),
        ("Share of games in which each event fired", &c.events, 100.0),
        ("Share of its turns in which a faction chose each action", &c.actions, 100.0),
    ];
    for (title, changes, scale) in sections {
        let shown: Vec<&Change> = if detail {
            changes.iter().collect()
        } else {
            // Only what shows as a change at one decimal.
            changes.iter().filter(|c| (c.difference * scale).abs() >= 0.05).take(TOP_CHANGES).collect()
        };
        if shown.is_empty() {
            continue;
        }
        if detail {
            let _ = writeln!(out, "\n{title}, every one:");
        } else {
            let _ = writeln!(out, "\n{title}, the largest changes:");
        }
        let unit = if scale == 1.0 { "" } else { "%" };
        for ch in shown {
            let name = ch.faction.as_ref().map_or_else(|| ch.id.clone(), |f| format!("{f} {}", ch.id));
            let diff = points(ch.difference * scale);
            let line = match (ch.a.map(|v| v * scale), ch.b.map(|v| v * scale)) {
                (Some(a), Some(b)) => format!("{name}: {a:.1}{unit} in A, {b:.1}{unit} in B ({diff})."),
                (None, Some(b)) => format!("{name}: only in B, {b:.1}{unit}."),
                (Some(a), None) => format!("{name}: only in A, {a:.1}{unit}."),
                (None, None) => continue,
            };
            let _ = writeln!(out, "  {line}");
        }
    }
    out
}

/// "31.0% (28.2–34.0)".
fn share(e: &Estimate) -> String {
    format!("{:.1}% ({:.1}–{:.1})", e.value * 100.0, e.low * 100.0, e.high * 100.0)
}

/// "+5.9 (+3.1 to +8.6)", in percentage points.
fn difference(e: &Estimate) -> String {
    let (value, low, high) = (points(e.value * 100.0), points(e.low * 100.0), points(e.high * 100.0));
    format!("{value} ({low} to {high})")
}

/// A signed change at one decimal, "+0.0" rather than "-0.0".
fn points(v: f64) -> String {
    if (v * 10.0).round() == 0.0 { "+0.0".to_string() } else { format!("{v:+.1}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_and_differences_read_in_percent_and_points() {
        let e = Estimate { value: 0.31, low: 0.282, high: 0.34 };
        assert_eq!(share(&e), "31.0% (28.2–34.0)");
        let d = Estimate { value: 0.059, low: 0.031, high: 0.086 };
        assert_eq!(difference(&d), "+5.9 (+3.1 to +8.6)");
        assert_eq!(difference(&Estimate { value: -0.02, low: -0.05, high: 0.01 }), "-2.0 (-5.0 to +1.0)");
        assert_eq!(difference(&Estimate { value: -0.0001, low: -0.008, high: 0.008 }), "+0.0 (-0.8 to +0.8)");
    }
}
