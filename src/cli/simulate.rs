//! `harmattan simulate SCENARIO --runs N [--seed S] [--ai random|greedy] [--turns T] [--threads K] [--json]`

use std::io::IsTerminal;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use harmattan::engine::ai::AiKind;
use harmattan::sim::{SimConfig, Summary, run_games, summarise};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::load_playable;

/// Arguments of `simulate`.
#[derive(clap::Args)]
pub struct Args {
    /// Scenario file to simulate.
    scenario: String,
    /// Number of games to play (1–1,000,000).
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    runs: u32,
    /// Seed of the batch; game i is seeded from it and i, so results repeat exactly.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The computer player in every seat.
    #[arg(long, value_enum, default_value_t = Ai::Greedy)]
    ai: Ai,
    /// Stop each game after this many turns (default: the scenario's length).
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=500))]
    turns: Option<u32>,
    /// Worker threads (default: every core). Results do not depend on it.
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..=1024))]
    threads: Option<u16>,
    /// Print the summary as one JSON document on stdout.
    #[arg(long)]
    json: bool,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Ai {
    Random,
    Greedy,
}

/// Runs the batch and prints the summary.
pub fn run(args: &Args) -> ExitCode {
    let scenario = match load_playable(&args.scenario) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let ai = match args.ai {
        Ai::Random => AiKind::Random,
        Ai::Greedy => AiKind::Greedy,
    };
    let most = harmattan::sim::max_runs(&scenario, args.turns);
    if args.runs > most {
        eprintln!(
            "error: --runs {}: a batch of this scenario keeps every game in memory, and at most {most} games fit \
             in {}; run several batches with different --seed values",
            args.runs,
            harmattan::files::size(harmattan::sim::MEMORY_BUDGET)
        );
        return ExitCode::from(super::EXIT_USAGE);
    }
    let cfg = SimConfig { runs: args.runs, seed: args.seed, ai, turns: args.turns };
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(k) = args.threads {
        pool = pool.num_threads(usize::from(k));
    }
    let pool = match pool.build() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: cannot start worker threads: {e}");
            return ExitCode::from(2);
        }
    };
    let progress = Progress::new(u64::from(args.runs));
    let started = Instant::now();
    let games = pool.install(|| run_games(&scenario, cfg, &|| progress.tick()));
    progress.finish();
    let elapsed = started.elapsed();
    let summary = summarise(&scenario, cfg, &games);
    if args.json {
        match serde_json::to_string_pretty(&summary) {
            Ok(text) => println!("{text}"),
            Err(e) => {
                eprintln!("error: cannot write JSON: {e}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        print!("{}", human(&summary));
    }
    let rate = f64::from(args.runs) / elapsed.as_secs_f64().max(1e-9);
    eprintln!(
        "{} games in {:.2} s ({rate:.0} games/s, {} threads)",
        args.runs,
        elapsed.as_secs_f64(),
        pool.current_num_threads()
    );
    ExitCode::SUCCESS
}

/// A progress bar on stderr that appears only on a terminal and only once a run takes over a second.
struct Progress {
    bar: ProgressBar,
    started: Instant,
    terminal: bool,
}

impl Progress {
    fn new(total: u64) -> Self {
        let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::hidden());
        if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} games  {per_sec}  eta {eta}") {
            bar.set_style(style);
        }
        Progress { bar, started: Instant::now(), terminal: std::io::stderr().is_terminal() }
    }

    fn tick(&self) {
        self.bar.inc(1);
        if self.terminal && self.bar.is_hidden() && self.started.elapsed() > Duration::from_secs(1) {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
        }
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

/// The summary as aligned text tables.
fn human(s: &Summary) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Scenario {} — {} games, seed {}, {} AI, {:.1} turns on average\n",
        s.scenario, s.runs, s.seed, s.ai, s.average_turns
    );
    let _ = writeln!(out, "{:<16} {:>6} {:>6} {:>6} {:>6} {:>8}", "faction", "mean", "median", "p10", "p90", "wins");
    for f in &s.factions {
        let _ = writeln!(
            out,
            "{:<16} {:>6.1} {:>6} {:>6} {:>6} {:>7.1}%",
            f.id,
            f.score.mean,
            f.score.median,
            f.score.p10,
            f.score.p90,
            f.win_share * 100.0
        );
    }
    if let Some(share) = s.turn_3_leader_wins {
        let _ = writeln!(out, "\nThe leader after turn 3 went on to win {:.1}% of games.", share * 100.0);
    }
    let _ = writeln!(out, "\nValues at game end:");
    let _ = writeln!(out, "{:<32} {:>9} {:>8} {:>8} {:>8}", "entity.variable", "mean", "p10", "median", "p90");
    for v in &s.variables {
        let name = format!("{}.{}", v.entity, v.variable);
        let _ = writeln!(
            out,
            "{:<32} {:>9.1} {:>8} {:>8} {:>8}",
            name, v.values.mean, v.values.p10, v.values.median, v.values.p90
        );
    }
    let _ = writeln!(out, "\nActions:");
    let _ = writeln!(out, "{:<12} {:<28} {:>8} {:>9} {:>11}", "faction", "action", "chosen", "succeeded", "% of turns");
    for a in &s.actions {
        let _ = writeln!(
            out,
            "{:<12} {:<28} {:>8} {:>9} {:>10.1}%",
            a.faction,
            a.action,
            a.chosen,
            a.succeeded,
            a.turn_share * 100.0
        );
    }
    let _ = writeln!(out, "\nEvents:");
    let _ = writeln!(out, "{:<32} {:>8} {:>10}", "event", "fired", "% of games");
    for e in &s.events {
        let _ = writeln!(out, "{:<32} {:>8} {:>9.1}%", e.event, e.fired, e.game_share * 100.0);
    }
    out
}
