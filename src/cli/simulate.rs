//! `harmattan simulate SCENARIO --runs N [--seed S] [--ai random|greedy] [--turns T] [--threads K]
//! [--shard I/K] [--out SHARD.json] [--games-out GAMES.jsonl] [--compare B.ron] [--watch] [--detail] [--json]`
//! and `harmattan simulate merge SHARD.json... [--detail] [--json]`

mod cells;
mod compare;
mod text;
mod watch;

use std::io::{IsTerminal, Write as _};
use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use harmattan::engine::ai::AiKind;
use harmattan::files::ReadError;
use harmattan::i18n::{Lang, io_error};
use harmattan::scenario::Scenario;
use harmattan::sim::{Layout, MergeError, Shard, SimConfig, Summary, fnv1a64, merge_shards, run_range, shard_range};
use harmattan::tr;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::{EXIT_INPUT, EXIT_IO, EXIT_USAGE, safe};

/// Largest shard file `merge` reads.
const MAX_SHARD_BYTES: u64 = 64 << 20;

/// Arguments of `simulate`: a batch, or the `merge` of shard files.
#[derive(clap::Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct Args {
    #[command(subcommand)]
    command: Option<SimCommand>,
    #[command(flatten)]
    run: RunArgs,
}

#[derive(clap::Subcommand)]
enum SimCommand {
    /// Merge the shard files of one batch (written with --shard and --out) and print its summary.
    Merge(MergeArgs),
}

/// Arguments of `simulate merge`.
#[derive(clap::Args)]
struct MergeArgs {
    /// Shard files, every shard of one batch, in any order.
    #[arg(required = true)]
    files: Vec<String>,
    /// Print every line of the explanations, not only the most telling ones.
    #[arg(long)]
    detail: bool,
    /// Print the summary as one JSON document on stdout.
    #[arg(long)]
    json: bool,
}

/// Arguments of a batch.
#[derive(clap::Args)]
struct RunArgs {
    /// Scenario file to simulate (or `merge`: see `harmattan simulate merge --help`).
    #[arg(required = true)]
    scenario: Option<String>,
    /// Number of games in the batch (1–1,000,000); with --shard, in the whole batch.
    #[arg(long, required = true, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    runs: Option<u32>,
    /// Seed of the batch; game i is seeded from it and i, so results repeat exactly.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// A variant of the scenario, e.g. `short` for the built-in one's
    /// one-class-period game (`harmattan validate FILE` lists a file's variants).
    #[arg(long, value_name = "ID")]
    variant: Option<String>,
    /// One faction played by another computer player, e.g. `mali=greedy`
    /// with `--ai random`: does a team that plays better win more often?
    #[arg(long, value_name = "FACTION=AI")]
    seat: Option<String>,
    /// The computer player in every seat.
    #[arg(long, value_enum, default_value_t = Ai::Greedy)]
    ai: Ai,
    /// Stop each game after this many turns (default: the scenario's length).
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=500))]
    turns: Option<u32>,
    /// Worker threads (default: every core). Results do not depend on it.
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..=1024))]
    threads: Option<u16>,
    /// Play only shard I of K (I from 0 to K-1): a contiguous share of the batch's games.
    #[arg(long, value_name = "I/K", value_parser = parse_shard)]
    shard: Option<(u32, u32)>,
    /// Write the counts to this JSON file for `harmattan simulate merge`, instead of printing a summary.
    #[arg(long, value_name = "FILE")]
    out: Option<String>,
    /// Write one JSON line per game (index, seed, turns, scores, winners) to this file.
    #[arg(long, value_name = "FILE.jsonl")]
    games_out: Option<String>,
    /// Compare with another version of the scenario, played on the same seeds.
    ///
    /// Both files need the same playable factions (by id); --runs, --seed, --ai, --seat,
    /// --turns and --variant apply to both. Shows each faction's win and verdict shares
    /// in both with 95% intervals and B − A with its own interval, marks the differences
    /// beyond noise, then the largest changes in objective scores, events and actions.
    #[arg(long, value_name = "B.ron", conflicts_with_all = ["shard", "out", "games_out"])]
    compare: Option<String>,
    /// Run again each time the scenario file (or the --compare file) changes.
    ///
    /// Prints the results, then waits for the file to change (woken by the system, no
    /// polling) and prints the new results; a change with errors prints its problems
    /// and keeps the last results. Ctrl-C stops.
    #[arg(long, conflicts_with_all = ["shard", "out", "games_out"])]
    watch: bool,
    /// Print every line of the explanations, not only the most telling ones.
    ///
    /// Every objective, every action with how often the faction won with and without
    /// it, every proposal, flag, relation and route, and each event's firings by turn
    /// (with --compare: every change, and the partly met and missed shares).
    #[arg(long)]
    detail: bool,
    /// Print the summary as one JSON document on stdout (always with every detail).
    #[arg(long)]
    json: bool,
}
/// Parses `I/K` with `0 <= I < K <= 1,000,000`.
fn parse_shard(text: &str) -> Result<(u32, u32), String> {
    // Read while the arguments are parsed, before the run's language is set.
    let lang = super::help::requested_lang(std::env::args_os()).unwrap_or_else(Lang::from_env);
    let (i, k) = text.split_once('/').ok_or_else(|| tr!(lang, "simulate-shard-form"))?;
    let i: u32 = i.trim().parse().map_err(|_| tr!(lang, "simulate-shard-index", text = safe(i)))?;
    let k: u32 = k.trim().parse().map_err(|_| tr!(lang, "simulate-shard-count", text = safe(k)))?;
    if k == 0 || k > 1_000_000 {
        return Err(tr!(lang, "simulate-shard-bounds"));
    }
    if i >= k {
        return Err(tr!(lang, "simulate-shard-numbered", count = k, last = k - 1));
    }
    Ok((i, k))
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Ai {
    Random,
    Greedy,
}

/// Runs the batch (or merges shards) and prints the summary.
pub fn run(args: &Args) -> ExitCode {
    match &args.command {
        Some(SimCommand::Merge(m)) => merge(m),
        None => batch(&args.run),
    }
}

fn batch(args: &RunArgs) -> ExitCode {
    let (Some(path), Some(runs)) = (args.scenario.as_deref(), args.runs) else {
        err_line!("{}", tr!(crate::lang(), "simulate-error-no-runs"));
        return ExitCode::from(EXIT_USAGE);
    };
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(k) = args.threads {
        pool = pool.num_threads(usize::from(k));
    }
    let pool = match pool.build() {
        Ok(p) => p,
        Err(e) => {
            err_line!("{}", tr!(crate::lang(), "simulate-error-threads", reason = e.to_string()));
            return ExitCode::from(2);
        }
    };
    if args.watch {
        return watch::run(args, path, runs, &pool);
    }
    match Batch::prepare(args, path, runs) {
        Ok(batch) => batch.execute(args, &pool),
        Err(code) => code,
    }
}

/// A batch ready to play: its scenario loaded and checked, its seats chosen
/// (and with `--compare`, the other scenario likewise).
struct Batch {
    scenario: Scenario,
    layout: Layout,
    /// FNV-1a of the scenario's text.
    hash: u64,
    cfg: SimConfig,
    other: Option<compare::Other>,
}

impl Batch {
    /// Loads the scenario (and the one to compare with), printing their
    /// problems; the exit code when they cannot be played.
    fn prepare(args: &RunArgs, path: &str, runs: u32) -> Result<Batch, ExitCode> {
        let scenario = super::load_playable(path, args.variant.as_deref())?;
        let hash = fnv1a64(scenario.source.as_bytes());
        let cfg = config(args, &scenario, runs)?;
        let layout = Layout::new(&scenario);
        let other = match args.compare.as_deref() {
            Some(b) => Some(compare::Other::prepare(args, (path, &layout), b, runs)?),
            None => None,
        };
        Ok(Batch { scenario, layout, hash, cfg, other })
    }

    /// The hash of each scenario text played (the `--compare` file's second).
    fn hashes(&self) -> Vec<u64> {
        std::iter::once(self.hash).chain(self.other.as_ref().map(|o| o.hash)).collect()
    }

    /// Plays the batch and prints its summary (or writes its shard), or the comparison.
    fn execute(&self, args: &RunArgs, pool: &rayon::ThreadPool) -> ExitCode {
        if let Some(other) = &self.other {
            return compare::execute(self, other, args, pool);
        }
        let (scenario, layout, cfg) = (&self.scenario, &self.layout, self.cfg);
        let (index, count) = args.shard.unwrap_or((0, 1));
        let range = shard_range(cfg.runs, index, count);
        let mut games_out = match args.games_out.as_deref().map(GamesOut::create).transpose() {
            Ok(g) => g,
            Err(code) => return code,
        };
        let played = range.end - range.start;
        let progress = Progress::new(u64::from(played));
        let result = pool.install(|| {
            let mut sink = games_out.as_mut().map(|g| move |lines: &[String]| g.write(lines));
            let lines = sink.as_mut().map(|s| s as harmattan::sim::LineSink<'_>);
            run_range(scenario, layout, cfg, range.clone(), lines, &|| progress.tick())
        });
        progress.finish(played, pool);
        let tally = match result {
            Ok(t) => t,
            Err(e) => {
                let lang = crate::lang();
                let file = args.games_out.as_deref().map_or_else(|| tr!(lang, "simulate-games-file"), safe);
                err_line!("{}", tr!(lang, "simulate-error-write", file = file, reason = io_error(&e, lang)));
                return ExitCode::from(EXIT_IO);
            }
        };
        if let Some(g) = games_out
            && let Err(code) = g.finish()
        {
            return code;
        }
        if let Some(out) = args.out.as_deref() {
            let shard = Shard::new(layout, self.hash, cfg.seats(scenario), cfg, range.clone(), tally);
            let mut bytes = match serde_json::to_vec_pretty(&shard) {
                Ok(b) => b,
                Err(e) => {
                    err_line!("{}", tr!(crate::lang(), "simulate-error-json", reason = e.to_string()));
                    return ExitCode::FAILURE;
                }
            };
            bytes.push(b'\n');
            let lang = crate::lang();
            if let Err(e) = harmattan::files::write_atomic(Path::new(out), &bytes) {
                err_line!("{}", tr!(lang, "simulate-error-write", file = safe(out), reason = io_error(&e, lang)));
                return ExitCode::from(EXIT_IO);
            }
            let last = range.end.saturating_sub(1);
            err_line!(
                "{}",
                tr!(lang, "simulate-wrote-shard", file = safe(out), first = range.start, last = last, runs = cfg.runs)
            );
            return ExitCode::SUCCESS;
        }
        let summary = tally.summary(&layout.labels, played, cfg.seed, &cfg.seats(scenario));
        print_summary(&summary, args.json, args.detail)
    }
}

/// The batch's configuration for `scenario`: `--seat` names one of its playable factions.
fn config(args: &RunArgs, scenario: &Scenario, runs: u32) -> Result<SimConfig, ExitCode> {
    let ai = match args.ai {
        Ai::Random => AiKind::Random,
        Ai::Greedy => AiKind::Greedy,
    };
    let seat = args.seat.as_deref().map(|text| parse_seat(scenario, text)).transpose().map_err(|message| {
        err_line!("{}", tr!(crate::lang(), "simulate-error-seat", message = message));
        ExitCode::from(EXIT_USAGE)
    })?;
    Ok(SimConfig { runs, seed: args.seed, ai, seat, turns: args.turns })
}

/// `simulate merge`: reads every shard, checks they make one batch, prints its summary.
fn merge(args: &MergeArgs) -> ExitCode {
    let lang = crate::lang();
    let mut shards = Vec::with_capacity(args.files.len());
    for file in &args.files {
        let bytes = match harmattan::files::read_limited(Path::new(file), MAX_SHARD_BYTES) {
            Ok(b) => b,
            Err(e) => {
                err_line!("{}", tr!(lang, "diag-error-line", file = safe(file), message = e.message(lang)));
                let io = matches!(e, ReadError::Io(_));
                return ExitCode::from(if io { EXIT_IO } else { EXIT_INPUT });
            }
        };
        match Shard::parse(&bytes, lang) {
            Ok(s) => shards.push(s),
            Err(e) => {
                err_line!("{}", tr!(lang, "diag-error-line", file = safe(file), message = safe(&e)));
                return ExitCode::from(EXIT_INPUT);
            }
        }
    }
    let name = |i: usize| safe(args.files.get(i).map_or("?", String::as_str));
    let merged = match merge_shards(&shards) {
        Ok(m) => m,
        Err(e) => {
            err_line!("{}", merge_error(lang, &e, &name, shards.first().map_or(0, |s| s.runs)));
            return ExitCode::from(EXIT_INPUT);
        }
    };
    match merged.summary() {
        Ok(summary) => print_summary(&Summary { runs: merged.runs, ..summary }, args.json, args.detail),
        Err(e) => {
            err_line!("{}", tr!(lang, "diag-error", message = safe(&e)));
            ExitCode::from(EXIT_INPUT)
        }
    }
}

/// Why shards cannot be merged, in `lang`; `name` gives the file of a shard, and `runs` is the batch's size.
fn merge_error(lang: Lang, e: &MergeError, name: &dyn Fn(usize) -> String, runs: u32) -> String {
    match e {
        MergeError::Empty => tr!(lang, "simulate-merge-empty"),
        MergeError::Mismatch(a, b, what) => {
            let what = match what.as_str() {
                "scenario" => "scenario",
                "harmattan version" => "version",
                "seed" => "seed",
                "AI" => "ai",
                "turn limit" => "turns",
                _ => "runs",
            };
            tr!(lang, "simulate-merge-mismatch", a = name(*a), b = name(*b), what = what)
        }
        MergeError::Overlap(a, b, games) => {
            let (first, last) = (games.start, games.end.saturating_sub(1));
            tr!(lang, "simulate-merge-overlap", a = name(*a), b = name(*b), first = first, last = last)
        }
        MergeError::Missing { range, before, after } => {
            let (first, last) = (range.start, range.end.saturating_sub(1));
            let (before, after) = (before.map(name), after.map(name));
            match (before, after) {
                (None, None) => tr!(lang, "simulate-merge-missing", first = first, last = last, runs = runs),
                (Some(before), None) => {
                    tr!(lang, "simulate-merge-missing-after", first = first, last = last, runs = runs, before = before)
                }
                (None, Some(after)) => {
                    tr!(lang, "simulate-merge-missing-before", first = first, last = last, runs = runs, after = after)
                }
                (Some(before), Some(after)) => tr!(
                    lang,
                    "simulate-merge-missing-between",
                    first = first,
                    last = last,
                    runs = runs,
                    before = before,
                    after = after
                ),
            }
        }
    }
}

/// Prints a summary as text (every line of the explanations with `detail`) or JSON.
fn print_summary(summary: &Summary, json: bool, detail: bool) -> ExitCode {
    if json { print_json(summary) } else { super::out::emit_text(None, &text::summary(crate::lang(), summary, detail)) }
}

/// Prints a value as one pretty JSON document.
fn print_json(value: &impl serde::Serialize) -> ExitCode {
    match serde_json::to_string_pretty(value) {
        Ok(text) => super::emit(None, &(text + "\n")),
        Err(e) => {
            err_line!("{}", tr!(crate::lang(), "simulate-error-json", reason = e.to_string()));
            ExitCode::FAILURE
        }
    }
}

/// `--games-out`: lines written through a buffer to a temporary file beside
/// the target, renamed over it once every game is in (never through a link).
struct GamesOut {
    path: String,
    file: std::io::BufWriter<tempfile::NamedTempFile>,
}

impl GamesOut {
    fn create(path: &str) -> Result<GamesOut, ExitCode> {
        let target = Path::new(path);
        let lang = crate::lang();
        let fail = |reason: String| {
            err_line!("{}", tr!(lang, "simulate-error-write", file = safe(path), reason = reason));
            ExitCode::from(EXIT_IO)
        };
        let name = target.file_name().ok_or_else(|| fail(tr!(lang, "simulate-path-no-file")))?.to_string_lossy();
        let prefix = format!(".{name}.");
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix).suffix(harmattan::files::TEMPORARY_SUFFIX);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o644));
        }
        let tmp = builder.tempfile_in(harmattan::files::folder_of(target)).map_err(|e| fail(io_error(&e, lang)))?;
        Ok(GamesOut { path: path.to_string(), file: std::io::BufWriter::with_capacity(1 << 16, tmp) })
    }

    fn write(&mut self, lines: &[String]) -> std::io::Result<()> {
        for line in lines {
            self.file.write_all(line.as_bytes())?;
            self.file.write_all(b"\n")?;
        }
        Ok(())
    }

    fn finish(self) -> Result<(), ExitCode> {
        let path = self.path;
        let lang = crate::lang();
        let fail = |e: &std::io::Error| {
            err_line!("{}", tr!(lang, "simulate-error-write", file = safe(&path), reason = io_error(e, lang)));
            ExitCode::from(EXIT_IO)
        };
        let tmp = self.file.into_inner().map_err(|e| fail(e.error()))?;
        tmp.as_file().sync_all().map_err(|e| fail(&e))?;
        tmp.persist(&path).map_err(|e| fail(&e.error))?;
        Ok(())
    }
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
        let template =
            tr!(crate::lang(), "simulate-progress", done = "{pos}", total = "{len}", rate = "{per_sec}", eta = "{eta}");
        if let Ok(style) = ProgressStyle::with_template(&format!("{{bar:40}} {template}")) {
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

    /// Clears the bar and says how fast the games went.
    fn finish(&self, games: u32, pool: &rayon::ThreadPool) {
        self.bar.finish_and_clear();
        let elapsed = self.started.elapsed().as_secs_f64();
        let (threads, rate) = (pool.current_num_threads(), f64::from(games) / elapsed.max(1e-9));
        let lang = crate::lang();
        let seconds = cells::num(lang, &format!("{elapsed:.2}"));
        let (rate, threads) = (rate.round(), threads as u64);
        err_line!("{}", tr!(lang, "simulate-speed", games = games, seconds = seconds, rate = rate, threads = threads));
    }
}

/// Parses `mali=greedy` into a playable faction and the AI that plays it.
fn parse_seat(scn: &harmattan::scenario::Scenario, text: &str) -> Result<(usize, AiKind), String> {
    let lang = crate::lang();
    let (id, ai) = text.split_once('=').ok_or_else(|| tr!(lang, "simulate-seat-form", text = safe(text)))?;
    let ai = match ai.trim() {
        "greedy" | "ai" => AiKind::Greedy,
        "random" => AiKind::Random,
        other => return Err(tr!(lang, "simulate-seat-ai", ai = safe(other))),
    };
    let f = scn.factions.iter().position(|f| f.id == id.trim() && f.playable).ok_or_else(|| {
        let playable = scn.factions.iter().filter(|f| f.playable).map(|f| f.id.clone());
        let ids = harmattan::i18n::comma_list(lang, playable).unwrap_or_default();
        tr!(lang, "simulate-seat-faction", id = safe(id.trim()), ids = ids)
    })?;
    Ok((f, ai))
}
