//! `harmattan host` under load, against the design's target: "from the last
//! team's confirmation to every connected screen updated in under 100 ms
//! with 30 seats; no CPU while everyone thinks".
//!
//! A host serves the synthetic scenario at scale 11 (30 playable factions,
//! every one a team; no turn timer) on loopback. 32 SSH clients (russh, in
//! this process, on a runtime of their own) log in at 80×24: the 30 teams,
//! the projector and the umpire. The game is started from the console; each
//! turn every team opens its orders (Enter), all teams but one confirm and
//! the screens settle (not timed), then the clock runs from the last team's
//! confirmation (which resolves the turn and moves every team to the
//! results) until every one of the 32 clients has received data. A game
//! lasts 12 turns; then a new host and new clients take over (not timed).
//! Nothing is saved (no save path); the host key goes to a temporary folder.
//! The clients run on the same two cores as the host, so the times are a
//! little pessimistic. Criterion's time is the mean; after it, the median,
//! 90th percentile and worst over every timed turn are printed, and how much
//! of it the confirmation itself (resolving the turn) took.
//!
//! Once, before the timing, with the 32 clients connected and everyone
//! thinking, it prints: the resident memory added per connection (both
//! sides of every connection, the host's seat and the client, live in this
//! process, so it is an upper bound for the host's share); what one seat's
//! copy of the game costs (time and memory: every seat takes one at every
//! change); and the whole process's CPU use over 3 idle seconds (from
//! `/proc/self/stat`, to one clock tick).
//!
//! Run with `cargo bench --bench host` (about a minute and a half on two
//! cores; Linux for the CPU and memory figures).

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};
use harmattan::engine::FactionOrders;
use harmattan::host::table::{CONSOLE, Command, Role, Table};
use harmattan::host::{Host, Options};
use harmattan::scenario::synthetic::synthetic;
use harmattan::tui::app::system_ms;
use harmattan::tui::session::{Seat, Session};
use russh::ChannelMsg;
use russh::client::{self, Handle};
use tokio::runtime::Runtime;
use tokio::sync::Notify;

/// The size of every client's terminal.
const SIZE: (u16, u16) = (80, 24);
/// How long without any data reaching any client before the screens count as settled.
const QUIET: Duration = Duration::from_millis(60);
/// How long a screen may take before the benchmark gives up on it.
const PATIENCE: Duration = Duration::from_secs(10);

/// A host with every playable faction of the synthetic scenario at scale 11 a team.
fn host(dir: &std::path::Path) -> Host {
    let text = synthetic(11);
    let scn =
        harmattan::scenario::load("synthetic.ron", text.as_bytes()).scenario.expect("the synthetic scenario loads");
    let seats: Vec<Option<Seat>> = scn.factions.iter().map(|f| f.playable.then_some(Seat::Human)).collect();
    assert_eq!(seats.iter().flatten().count(), 30, "scale 11 has 30 playable factions");
    let session = Session::new("synthetic.ron", scn, 7, seats, "2026-12-02T10-00-00".into());
    let table = Table::new(session, None, None);
    let options = Options {
        listen: "127.0.0.1:0".parse().expect("a valid address"),
        address: Some("127.0.0.1".into()),
        save_dir: dir.to_path_buf(),
    };
    Host::start(table, &options, system_ms).expect("the host starts")
}

struct Trust;

impl client::Handler for Trust {
    type Error = russh::Error;

    async fn check_server_key(&mut self, _: &russh::keys::PublicKeyOrCertificate) -> Result<bool, Self::Error> {
        Ok(true)
    }
}

/// What every client's reading task shares with the benchmark.
#[derive(Default)]
struct Counts {
    /// Armed clients that have received data since they were armed.
    updated: AtomicUsize,
    /// Woken when `updated` grows.
    notify: Notify,
    /// Data messages received by any client, to tell when the screens are quiet.
    received: AtomicU64,
}

/// One connected seat: its SSH session, where keys go, and what its terminal shows.
struct Client {
    name: String,
    team: bool,
    _handle: Handle<Trust>,
    writer: russh::ChannelWriteHalf<client::Msg>,
    /// Set before the timed confirmation; the reading task clears it at the next data and counts.
    armed: Arc<AtomicBool>,
    screen: Arc<Mutex<vt100::Parser>>,
}

impl Client {
    async fn join(port: u16, name: &str, code: &str, team: bool, counts: Arc<Counts>) -> Client {
        let config = Arc::new(client::Config::default());
        let mut handle = client::connect(config, ("127.0.0.1", port), Trust).await.expect("connects");
        let auth = handle.authenticate_password(name, code).await.expect("authenticates");
        assert!(auth.success(), "{name}'s code was refused");
        let channel = handle.channel_open_session().await.expect("a session channel");
        let (cols, rows) = SIZE;
        channel.request_pty(true, "xterm-256color", cols.into(), rows.into(), 0, 0, &[]).await.expect("a pty");
        channel.request_shell(true).await.expect("a shell");
        let (mut reader, writer) = channel.split();
        let armed = Arc::new(AtomicBool::new(false));
        let screen = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let (armed_here, screen_here) = (armed.clone(), screen.clone());
        tokio::spawn(async move {
            while let Some(msg) = reader.wait().await {
                if let ChannelMsg::Data { data } = msg {
                    // Counted first: the emulator's work is the client's, not the host's.
                    if armed_here.swap(false, Ordering::SeqCst) {
                        counts.updated.fetch_add(1, Ordering::SeqCst);
                        counts.notify.notify_one();
                    }
                    counts.received.fetch_add(1, Ordering::SeqCst);
                    screen_here.lock().unwrap_or_else(PoisonError::into_inner).process(&data);
                }
            }
        });
        Client { name: name.to_string(), team, _handle: handle, writer, armed, screen }
    }

    fn text(&self) -> String {
        self.screen.lock().unwrap_or_else(PoisonError::into_inner).screen().contents()
    }
}

/// A host, its 32 clients, and the game's seats.
struct Room {
    host: Option<Host>,
    _dir: tempfile::TempDir,
    clients: Vec<Client>,
    counts: Arc<Counts>,
    /// The teams' places, in seat order.
    teams: Vec<usize>,
    /// Every team is on its orders (not on a briefing or results).
    thinking: bool,
}

impl Room {
    /// A host on a free port with nobody connected yet.
    fn open() -> Room {
        let dir = tempfile::tempdir().expect("a temporary folder for the host key");
        let host = host(dir.path());
        let teams = host
            .shared
            .lock()
            .places
            .iter()
            .enumerate()
            .filter(|(_, p)| matches!(p.role, Role::Team(_)))
            .map(|(i, _)| i)
            .collect();
        Room { host: Some(host), _dir: dir, clients: Vec::new(), counts: Arc::default(), teams, thinking: false }
    }

    fn host(&self) -> &Host {
        self.host.as_ref().expect("the host is open")
    }

    /// Every seat but the console logs in; the game starts; every screen settles.
    fn connect(&mut self, runtime: &Runtime) {
        let port = self.host().local.port();
        let seats: Vec<(String, String, bool)> = self
            .host()
            .shared
            .lock()
            .places
            .iter()
            .filter(|p| p.name != CONSOLE)
            .map(|p| (p.name.clone(), p.code.clone(), matches!(p.role, Role::Team(_))))
            .collect();
        let counts = self.counts.clone();
        self.clients = runtime.block_on(async move {
            let mut clients = Vec::new();
            for (name, code, team) in &seats {
                clients.push(Client::join(port, name, code, *team, counts.clone()).await);
            }
            clients
        });
        assert_eq!(self.clients.len(), 32, "30 teams, the projector and the umpire");
        self.settle(runtime);
        let shared = &self.host().shared;
        let console = shared.lock().console();
        shared.apply(console, Command::Start).expect("the console starts the game");
        self.settle(runtime);
    }

    /// A fresh host and clients, the game started.
    fn new(runtime: &Runtime) -> Room {
        let mut room = Room::open();
        room.connect(runtime);
        room
    }

    /// Waits until no client has received anything for [`QUIET`] and the
    /// process was (nearly) idle meanwhile: seats still working out a frame
    /// send nothing for a while, so silence alone is not enough.
    fn settle(&self, runtime: &Runtime) {
        runtime.block_on(async {
            let deadline = Instant::now() + PATIENCE * 3;
            loop {
                let (before, cpu) = (self.counts.received.load(Ordering::SeqCst), precise_cpu());
                tokio::time::sleep(QUIET).await;
                let busy = match (cpu, precise_cpu()) {
                    (Some(b), Some(a)) => a.saturating_sub(b) > QUIET / 10,
                    _ => false,
                };
                if !busy && self.counts.received.load(Ordering::SeqCst) == before {
                    return;
                }
                assert!(Instant::now() < deadline, "the screens never settled");
            }
        });
    }

    fn over(&self) -> bool {
        self.host().shared.lock().session.state.is_over()
    }

    /// Every team that is reading its briefing or the last results opens its
    /// orders (Enter), and the screens settle: everyone is thinking.
    fn open_orders(&mut self, runtime: &Runtime) {
        if self.thinking {
            return;
        }
        runtime.block_on(async {
            for client in self.clients.iter().filter(|c| c.team) {
                client.writer.data_bytes(b"\r".to_vec()).await.expect("a key sent");
            }
        });
        self.settle(runtime);
        self.thinking = true;
    }

    /// Every team opens its orders, then all but the last confirm, and the
    /// screens settle: the room waits for one team.
    fn all_but_one_confirm(&mut self, runtime: &Runtime) {
        self.open_orders(runtime);
        let shared = &self.host().shared;
        for &team in &self.teams[..self.teams.len() - 1] {
            shared.apply(team, Command::Confirm(FactionOrders::default())).expect("a team confirms");
        }
        self.settle(runtime);
    }

    /// The last team confirms: the time until every client has received data, and
    /// the time the confirmation itself took (resolving the turn).
    fn last_confirms(&mut self, runtime: &Runtime) -> (Duration, Duration) {
        let total = self.clients.len();
        self.counts.updated.store(0, Ordering::SeqCst);
        for client in &self.clients {
            client.armed.store(true, Ordering::SeqCst);
        }
        let last = *self.teams.last().expect("teams");
        let start = Instant::now();
        self.host().shared.apply(last, Command::Confirm(FactionOrders::default())).expect("the last team confirms");
        let resolved = start.elapsed();
        self.thinking = false;
        let every = async {
            loop {
                let woken = self.counts.notify.notified();
                if self.counts.updated.load(Ordering::SeqCst) >= total {
                    return;
                }
                woken.await;
            }
        };
        let all = runtime.block_on(async { tokio::time::timeout(PATIENCE, every).await });
        let elapsed = start.elapsed();
        if all.is_err() {
            let stale: Vec<&str> =
                self.clients.iter().filter(|c| c.armed.load(Ordering::SeqCst)).map(|c| c.name.as_str()).collect();
            panic!("no update within {PATIENCE:?} for {stale:?}");
        }
        (elapsed, resolved)
    }

    /// One untimed turn, to check that every team's screen moved to the results.
    fn check_a_turn(&mut self, runtime: &Runtime) {
        self.all_but_one_confirm(runtime);
        self.last_confirms(runtime);
        self.settle(runtime);
        for client in self.clients.iter().filter(|c| c.team) {
            let text = client.text();
            assert!(text.contains("Resolution"), "{} does not show the results:\n{text}", client.name);
        }
    }

    fn close(mut self) {
        if let Some(host) = self.host.take() {
            host.close();
        }
    }
}

/// CPU time used by this process so far (user and system), from `/proc/self/stat`.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The fields after the command name (in parentheses, which may hold spaces).
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the whole line; here 12 and 13 (0-based, after `state`).
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    let per_second = clock_ticks()?;
    Some(Duration::from_secs_f64(ticks as f64 / per_second as f64))
}

#[cfg(unix)]
fn clock_ticks() -> Option<u64> {
    // SAFETY: sysconf only reads a system setting.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    u64::try_from(ticks).ok().filter(|&t| t > 0)
}

#[cfg(not(unix))]
fn clock_ticks() -> Option<u64> {
    None
}

/// CPU time used by this process so far, to the microsecond (for telling when the seats are done).
#[cfg(unix)]
fn precise_cpu() -> Option<Duration> {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes into the timespec it is given.
    let done = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    let (secs, nanos) = (u64::try_from(ts.tv_sec).ok()?, u32::try_from(ts.tv_nsec).ok()?);
    (done == 0).then(|| Duration::new(secs, nanos))
}

#[cfg(not(unix))]
fn precise_cpu() -> Option<Duration> {
    None
}

/// This process's resident memory in bytes, from `/proc/self/status`.
fn resident() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

/// Memory per connection and CPU while everyone thinks, printed once; returns the room, ready to play.
fn report(runtime: &Runtime) -> Room {
    let mut room = Room::open();
    let before = resident();
    room.connect(runtime);
    room.check_a_turn(runtime);
    // Everyone opens the next turn's orders and thinks.
    room.open_orders(runtime);
    for client in room.clients.iter().filter(|c| c.team) {
        let text = client.text();
        assert!(text.contains("action points left"), "{} is not on its orders:\n{text}", client.name);
    }
    let after = resident();
    let n = room.clients.len();
    match (before, after) {
        (Some(before), Some(after)) => eprintln!(
            "host: resident memory {:.1} MiB before connecting, {:.1} MiB with {n} clients: {:.0} KiB per \
             connection (host and client sides both in this process: an upper bound for the host)",
            before as f64 / 1048576.0,
            after as f64 / 1048576.0,
            after.saturating_sub(before) as f64 / 1024.0 / n as f64
        ),
        _ => eprintln!("host: resident memory not measured (no /proc/self/status)"),
    }
    // What one seat's copy of the game costs: every seat takes one at every change, and keeps it.
    let (team, copies) = (room.teams[0], 8);
    let (took, held) = (Instant::now(), resident());
    let views: Vec<_> = (0..copies).map(|_| room.host().shared.view(team)).collect();
    let (took, held) =
        (took.elapsed() / copies, resident().zip(held).map(|(a, b)| a.saturating_sub(b) / u64::from(copies)));
    drop(views);
    let held = held.map_or_else(|| "?".to_string(), |h| format!("{:.1} MiB", h as f64 / 1048576.0));
    eprintln!("host: one team's view of the game (every seat takes one at every change): {took:.1?}, {held} resident");
    let idle = Duration::from_secs(3);
    let (cpu_before, wall) = (cpu_time(), Instant::now());
    let received = room.counts.received.load(Ordering::SeqCst);
    let version = room.host().shared.lock().version;
    std::thread::sleep(idle);
    let (cpu_after, wall) = (cpu_time(), wall.elapsed());
    let sent = room.counts.received.load(Ordering::SeqCst) - received;
    let changes = room.host().shared.lock().version - version;
    if std::env::var_os("HOST_BENCH_DEBUG").is_some() {
        let t = room.host().shared.lock();
        eprintln!("log: {:?}", t.log.iter().rev().take(5).collect::<Vec<_>>());
        drop(t);
        for c in &room.clients {
            eprintln!("--- {}\n{}", c.name, c.text());
        }
    }
    match (cpu_before, cpu_after) {
        (Some(b), Some(a)) => eprintln!(
            "host: {n} clients connected, everyone thinking: {:.2}% of one core over {:.1} s ({:?} CPU, whole \
             process, counted in clock ticks of {:?}), {sent} screen updates sent, the game changed {changes} times",
            (a - b).as_secs_f64() / wall.as_secs_f64() * 100.0,
            wall.as_secs_f64(),
            a - b,
            clock_ticks().map_or(Duration::ZERO, |t| Duration::from_secs(1) / u32::try_from(t).unwrap_or(u32::MAX))
        ),
        _ => eprintln!("host: idle CPU not measured (no /proc/self/stat)"),
    }
    room
}

fn bench_host(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("the clients' runtime starts");
    let mut room = Some(report(&runtime));
    let (mut times, mut resolving): (Vec<Duration>, Vec<Duration>) = (Vec::new(), Vec::new());
    let mut group = c.benchmark_group("host_30_teams");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(30));
    group.bench_function("last_confirmation_to_32_screens", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                if room.as_ref().is_none_or(Room::over) {
                    if let Some(old) = room.take() {
                        old.close();
                    }
                    room = Some(Room::new(&runtime));
                }
                let here = room.as_mut().expect("a room");
                here.all_but_one_confirm(&runtime);
                let (elapsed, resolved) = here.last_confirms(&runtime);
                times.push(elapsed);
                resolving.push(resolved);
                total += elapsed;
            }
            total
        });
    });
    group.finish();
    if let Some(room) = room.take() {
        room.close();
    }
    summary("last confirmation to every screen updated", &mut times);
    summary("of which the confirmation itself (the turn resolving)", &mut resolving);
}

/// Prints the median, 90th percentile and worst of `times`.
fn summary(what: &str, times: &mut [Duration]) {
    times.sort();
    let Some(worst) = times.last() else { return };
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize].as_secs_f64() * 1000.0;
    eprintln!(
        "host: {what}, over {} turns: median {:.1} ms, 90th percentile {:.1} ms, worst {:.1} ms",
        times.len(),
        at(0.5),
        at(0.9),
        worst.as_secs_f64() * 1000.0
    );
}

criterion_group!(benches, bench_host);
criterion_main!(benches);
