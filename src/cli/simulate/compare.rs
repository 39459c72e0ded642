//! `simulate A.ron --compare B.ron`: both versions played on the same seeds,
//! and what changed, as text or JSON.

use std::fmt::Write as _;
use std::process::ExitCode;

use harmattan::i18n::Lang;
use harmattan::scenario::Scenario;
use harmattan::sim::{
    Change, Comparison, Estimate, FactionChange, Layout, Shift, Side, SimConfig, pair_factions, run_compare,
};
use harmattan::tr;
use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use super::cells::{Col, one, row};
use super::{Batch, Progress, RunArgs, config, print_json};
use crate::cli::{EXIT_INPUT, safe};

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
            let (lang, a_file, b_file) = (crate::lang(), safe(a_path), safe(path));
            err_line!("{}", tr!(lang, "simulate-compare-refused", a = a_file.as_str(), b = b_file.as_str()));
            if !m.only_a.is_empty() {
                let ids = harmattan::i18n::comma_list(lang, m.only_a.clone()).unwrap_or_default();
                err_line!("{}", tr!(lang, "simulate-compare-only", file = a_file.as_str(), ids = ids));
            }
            if !m.only_b.is_empty() {
                let ids = harmattan::i18n::comma_list(lang, m.only_b.clone()).unwrap_or_default();
                err_line!("{}", tr!(lang, "simulate-compare-only", file = b_file.as_str(), ids = ids));
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
    let lang = crate::lang();
    crate::cli::out::emit_text(None, &text(lang, &comparison, (&safe(a_path), &safe(&b.path)), args.detail))
}

/// The columns of a table of shares: what, A, B, and B − A.
const SHARES: [Col; 4] = [Col::L(16), Col::L(21), Col::L(21), Col::L(0)];

/// The comparison as text in `lang`; with `detail`, every change rather than the largest.
fn text(lang: Lang, c: &Comparison, (a_file, b_file): (&str, &str), detail: bool) -> String {
    let mut out = String::new();
    let (runs, seed, ai) = (c.runs, c.seed.to_string(), c.ai.as_str());
    let _ = writeln!(out, "{}", tr!(lang, "simulate-compare-a", file = a_file, scenario = c.a.as_str()));
    let _ = writeln!(out, "{}", tr!(lang, "simulate-compare-b", file = b_file, scenario = c.b.as_str()));
    let _ = writeln!(out, "{}", tr!(lang, "simulate-compare-runs", runs = runs, seed = seed, ai = ai));
    let _ = writeln!(out, "{}\n", tr!(lang, "simulate-compare-legend"));
    let mut beyond = 0;
    let mut table = |title: &str, rows: Vec<(String, &Shift)>| {
        let title = tr!(lang, title);
        // The first column widened to its longest name, in a language with longer words.
        let first = rows.iter().map(|(name, _)| name.width()).chain([title.width(), 16]).max().unwrap_or(16);
        let cols = [Col::L(first), SHARES[1], SHARES[2], SHARES[3]];
        let _ = writeln!(out, "{}", row(lang, &cols, &[title.as_str(), "A", "B", "B − A"]));
        for (name, s) in rows {
            beyond += usize::from(s.beyond_noise);
            let mark = if s.beyond_noise { " *" } else { "" };
            let change = format!("{}{mark}", difference(lang, &s.difference));
            let _ = writeln!(out, "{}", row(lang, &cols, &[name, share(lang, &s.a), share(lang, &s.b), change]));
        }
        let _ = writeln!(out);
    };
    let by_faction =
        |pick: fn(&FactionChange) -> &Shift| c.factions.iter().map(|f| (f.id.clone(), pick(f))).collect::<Vec<_>>();
    table("simulate-compare-wins", by_faction(|f| &f.win));
    table("simulate-compare-met", by_faction(|f| &f.met));
    if detail {
        table("simulate-compare-partly", by_faction(|f| &f.partly));
        table("simulate-compare-missed", by_faction(|f| &f.missed));
    }
    if let Some(s) = &c.shared {
        let outcomes = [
            ("simulate-compare-held", &s.held),
            ("simulate-compare-strained", &s.strained),
            ("simulate-compare-lost", &s.lost),
        ];
        table("simulate-compare-shared", outcomes.into_iter().map(|(key, shift)| (tr!(lang, key), shift)).collect());
    }
    if beyond == 0 {
        let _ = writeln!(out, "{}", tr!(lang, "simulate-compare-no-noise", runs = runs));
    } else {
        let _ = writeln!(out, "{}", tr!(lang, "simulate-compare-beyond", count = beyond));
    }
    // Objective means are points; event and action shares are shown in percent.
    let sections: [(&str, &[Change], f64); 3] = [
        ("simulate-compare-objectives", &c.objectives, 1.0),
        ("simulate-compare-events", &c.events, 100.0),
        ("simulate-compare-actions", &c.actions, 100.0),
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
        let title = if detail { format!("{title}-all") } else { title.to_string() };
        let _ = writeln!(out, "\n{}", tr!(lang, &title));
        let unit = if scale == 1.0 { "points" } else { "percent" };
        for ch in shown {
            let name = ch.faction.as_ref().map_or_else(|| ch.id.clone(), |f| format!("{f} {}", ch.id));
            let name = name.as_str();
            let difference = points(lang, ch.difference * scale);
            let (a, b) = (ch.a.map(|v| one(lang, v * scale)), ch.b.map(|v| one(lang, v * scale)));
            let line = match (a, b) {
                (Some(a), Some(b)) => {
                    let key = format!("simulate-change-{unit}");
                    tr!(lang, &key, name = name, a = a, b = b, difference = difference)
                }
                (None, Some(b)) => tr!(lang, &format!("simulate-change-only-b-{unit}"), name = name, b = b),
                (Some(a), None) => tr!(lang, &format!("simulate-change-only-a-{unit}"), name = name, a = a),
                (None, None) => continue,
            };
            let _ = writeln!(out, "  {line}");
        }
    }
    out
}

/// "31.0% (28.2–34.0)".
fn share(lang: Lang, e: &Estimate) -> String {
    let (value, low, high) = (one(lang, e.value * 100.0), one(lang, e.low * 100.0), one(lang, e.high * 100.0));
    tr!(lang, "simulate-compare-share", value = value, low = low, high = high)
}

/// "+5.9 (+3.1 to +8.6)", in percentage points.
fn difference(lang: Lang, e: &Estimate) -> String {
    let (value, low, high) = (points(lang, e.value * 100.0), points(lang, e.low * 100.0), points(lang, e.high * 100.0));
    tr!(lang, "simulate-compare-difference", value = value, low = low, high = high)
}

/// A signed change at one decimal, "+0.0" rather than "-0.0".
fn points(lang: Lang, v: f64) -> String {
    super::cells::num(lang, &if (v * 10.0).round() == 0.0 { "+0.0".to_string() } else { format!("{v:+.1}") })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_and_differences_read_in_percent_and_points() {
        let e = Estimate { value: 0.31, low: 0.282, high: 0.34 };
        assert_eq!(share(Lang::En, &e), "31.0% (28.2–34.0)");
        let d = Estimate { value: 0.059, low: 0.031, high: 0.086 };
        assert_eq!(difference(Lang::En, &d), "+5.9 (+3.1 to +8.6)");
        assert_eq!(difference(Lang::En, &Estimate { value: -0.02, low: -0.05, high: 0.01 }), "-2.0 (-5.0 to +1.0)");
        assert_eq!(difference(Lang::En, &Estimate { value: -0.0001, low: -0.008, high: 0.008 }), "+0.0 (-0.8 to +0.8)");
    }
}
