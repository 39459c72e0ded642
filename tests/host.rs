//! `harmattan host` over real SSH on loopback: an SSH client library
//! (russh's client) logs in as each seat, types raw key bytes, and a
//! terminal emulator (vt100) reads what each seat's screen shows.

use std::sync::Arc;
use std::time::Duration;

use harmattan::host::table::{CONSOLE, Role, Table};
use harmattan::host::{Host, Options};
use harmattan::scenario::format::Category;
use harmattan::tui::app::{actions_in, system_ms};
use harmattan::tui::session::{Seat, Session};
use russh::ChannelMsg;
use russh::client::{self, Handle};

const KESH: usize = 0;
const TARSA: usize = 1;

/// The tutorial with its covert raid never detected.
fn tutorial() -> harmattan::scenario::Scenario {
    let text = harmattan::scenario::TUTORIAL.replace(r#"Secret("30")"#, r#"Secret("0")"#);
    harmattan::scenario::load("tutorial.ron", text.as_bytes()).scenario.expect("tutorial loads")
}

/// A host on a free loopback port, every faction a team, saving into `dir`.
fn host(dir: &std::path::Path) -> Host {
    let scn = tutorial();
    let seats = scn.factions.iter().map(|f| f.playable.then_some(Seat::Human)).collect();
    let session = Session::new("tutorial.ron", scn, 7, seats, "2026-12-02T10-00-00".into());
    serve(Table::new(session, None, Some(dir.join("game.ron"))), dir)
}

/// A host on a free loopback port for `table`, its key in `dir`.
fn serve(table: Table, dir: &std::path::Path) -> Host {
    let options = Options {
        listen: "127.0.0.1:0".parse().expect("address"),
        address: Some("127.0.0.1".into()),
        save_dir: dir.to_path_buf(),
    };
    Host::start(table, &options, system_ms).expect("host starts")
}

fn code(host: &Host, name: &str) -> String {
    host.shared.lock().places.iter().find(|p| p.name == name).map(|p| p.code.clone()).expect("seat")
}

struct Trust;

impl client::Handler for Trust {
    type Error = russh::Error;

    async fn check_server_key(&mut self, _: &russh::keys::PublicKeyOrCertificate) -> Result<bool, Self::Error> {
        Ok(true)
    }
}

/// One seat's SSH session and what its terminal shows.
struct Player {
    handle: Handle<Trust>,
    channel: russh::Channel<client::Msg>,
    screen: vt100::Parser,
}

async fn login(port: u16, user: &str, code: &str) -> Result<Handle<Trust>, String> {
    let config = Arc::new(client::Config::default());
    let mut handle = client::connect(config, ("127.0.0.1", port), Trust).await.map_err(|e| e.to_string())?;
    let auth = handle.authenticate_password(user, code).await.map_err(|e| e.to_string())?;
    if auth.success() { Ok(handle) } else { Err("refused".into()) }
}

impl Player {
    async fn join(port: u16, user: &str, code: &str, (cols, rows): (u16, u16)) -> Player {
        let handle = login(port, user, code).await.expect("login");
        let channel = handle.channel_open_session().await.expect("session");
        channel.request_pty(true, "xterm-256color", cols.into(), rows.into(), 0, 0, &[]).await.expect("pty");
        channel.request_shell(true).await.expect("shell");
        Player { handle, channel, screen: vt100::Parser::new(rows, cols, 0) }
    }

    fn text(&self) -> String {
        self.screen.screen().contents()
    }

    /// Reads the screen until it shows `needle` (or fails after 10 s, printing it).
    async fn wait_for(&mut self, needle: &str) {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        while !self.text().contains(needle) {
            match tokio::time::timeout_at(deadline, self.channel.wait()).await {
                Ok(Some(ChannelMsg::Data { data })) => self.screen.process(&data),
                Ok(Some(_)) => {}
                Ok(None) | Err(_) => panic!("never showed {needle:?}; the screen:\n{}", self.text()),
            }
        }
    }

    /// Reads whatever arrives within `ms`.
    async fn settle(&mut self, ms: u64) {
        while let Ok(Some(msg)) = tokio::time::timeout(Duration::from_millis(ms), self.channel.wait()).await {
            if let ChannelMsg::Data { data } = msg {
                self.screen.process(&data);
            }
        }
    }

    async fn keys(&mut self, bytes: &[u8]) {
        self.press(bytes, 60).await;
    }

    /// Sends a key and reads what arrives until `ms` pass quietly.
    async fn press(&mut self, bytes: &[u8], ms: u64) {
        self.channel.data_bytes(bytes.to_vec()).await.expect("send keys");
        self.settle(ms).await;
    }

    /// Confirms the orders (and that some action points go unused, if asked).
    async fn confirm(&mut self) {
        self.keys(b"c").await;
        if self.text().contains("Confirm anyway?") {
            self.keys(b"y").await;
        }
    }

    /// Queues action `id` of `category` (its only or first target).
    async fn queue(&mut self, faction: usize, category: Category, id: &str) {
        let scn = tutorial();
        let tab = match category {
            Category::Diplomatic => b"2",
            Category::Energy => b"3",
            Category::Security => b"4",
        };
        self.keys(tab).await;
        let row = actions_in(&scn, faction, category).iter().position(|&a| scn.actions[a].id == id).expect("action");
        for _ in 0..row {
            self.keys(b"\x1b[B").await;
        }
        self.keys(b"\r").await;
        // A picker opens when there are several targets: take the first.
        if self.text().contains("Choose") {
            self.keys(b"\r").await;
        }
    }
}

#[test]
fn three_teams_play_a_turn_in_parallel_over_ssh_each_seeing_only_its_own_view() {
    let dir = tempfile::tempdir().expect("temp dir");
    let host = host(dir.path());
    let port = host.local.port();
    let codes: Vec<String> = ["kesh", "tarsa", "oru", "umpire"].iter().map(|n| code(&host, n)).collect();
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("rt");
    runtime.block_on(async {
        // A wrong code, or a right code for another seat, is refused.
        assert!(login(port, "kesh", "WRONG2").await.is_err());
        assert!(login(port, "kesh", &codes[1]).await.is_err());
        assert!(login(port, CONSOLE, "").await.is_err(), "the console has no login");

        let mut kesh = Player::join(port, "kesh", &codes[0], (80, 24)).await;
        let mut tarsa = Player::join(port, "tarsa", &codes[1].to_lowercase(), (80, 24)).await;
        let mut oru = Player::join(port, "oru", &codes[2], (80, 24)).await;
        let mut umpire = Player::join(port, "umpire", &codes[3], (100, 30)).await;
        for (team, name) in [(&mut kesh, "Kesh"), (&mut tarsa, "Tarsa"), (&mut oru, "Oru")] {
            team.wait_for(&format!("You are in the {name} seat.")).await;
        }
        umpire.wait_for("The room").await;
        umpire.wait_for("connected from 127.0.0.1").await;

        // The umpire starts the game: every team reads its own briefing.
        umpire.keys(b"\r").await;
        for team in [&mut kesh, &mut tarsa, &mut oru] {
            team.wait_for("Private briefing").await;
            team.keys(b"\r").await;
            team.wait_for("action points left").await;
        }

        // Orders in parallel: a secret raid for Kesh, a public one for Tarsa.
        kesh.queue(KESH, Category::Security, "covert_raid").await;
        tarsa.queue(TARSA, Category::Energy, "tighten_border_trade").await;
        kesh.keys(b"5").await;
        kesh.wait_for("Covert raid on bandits").await;

        // Tarsa's connection drops; the same code brings it back to its queued order.
        drop(tarsa);
        tokio::time::sleep(Duration::from_millis(200)).await;
        let mut tarsa = Player::join(port, "tarsa", &codes[1], (80, 24)).await;
        tarsa.wait_for("action points left").await;
        tarsa.keys(b"5").await;
        tarsa.wait_for("Tighten border trade").await;

        // A resize redraws at the new size.
        kesh.channel.window_change(120, 40, 0, 0).await.expect("resize");
        kesh.screen.screen_mut().set_size(40, 120);
        kesh.settle(200).await;
        let rows: Vec<String> = kesh.screen.screen().rows(0, 120).collect();
        assert!(rows[39].contains("? help"), "the key bar is on the new last row:\n{}", kesh.text());

        // Kesh confirms: the others are told who, never what.
        kesh.confirm().await;
        kesh.wait_for("Your orders for turn 1 are in.").await;
        oru.wait_for("Kesh has confirmed.").await;
        assert!(!oru.text().contains("Covert raid"), "{}", oru.text());

        tarsa.confirm().await;
        tarsa.wait_for("Waiting for Oru.").await;
        oru.confirm().await;
        // The last confirmation resolves the turn: every team sees the results at once.
        for team in [&mut kesh, &mut tarsa, &mut oru] {
            team.wait_for("Resolution").await;
        }
        for team in [&mut tarsa, &mut oru] {
            assert!(!team.text().contains("Covert raid"), "an undetected secret order shown:\n{}", team.text());
        }
        assert!(tarsa.text().contains("Tighten border trade") || tarsa.text().contains("tightens"), "{}", tarsa.text());
        let _ = kesh.handle.disconnect(russh::Disconnect::ByApplication, "", "en").await;
    });
    // The game was saved after the turn, and re-plays exactly.
    let loaded = harmattan::save::read(&dir.path().join("game.ron")).expect("save");
    assert_eq!(loaded.save.turns.len(), 1);
    assert!(harmattan::save::replay_game(&loaded).divergence.is_none());
    let seats = &loaded.save.seats;
    assert!(seats.iter().all(|(_, s)| *s == Seat::Human), "seats recorded as teams: {seats:?}");
    let roles: Vec<Role> = host.shared.lock().places.iter().map(|p| p.role).collect();
    assert_eq!(roles.iter().filter(|r| matches!(r, Role::Team(_))).count(), 3);
    host.close();
}

/// Every key a keyboard can send, as raw bytes: printable ASCII, control
/// bytes, arrows, function keys, and a few escape sequences of other terminals.
fn every_key() -> Vec<Vec<u8>> {
    let mut keys: Vec<Vec<u8>> = (0x20u8..0x7f).map(|b| vec![b]).collect();
    keys.extend((0u8..0x20).filter(|b| *b != 0x03).map(|b| vec![b]));
    for seq in ["[A", "[B", "[C", "[D", "[Z", "[5~", "[6~", "[3~", "OP", "OQ", "OR", "OS", "[15~", "[H", "[F"] {
        keys.push(format!("\x1b{seq}").into_bytes());
    }
    keys.extend(["é", "١", "ç"].iter().map(|s| s.as_bytes().to_vec()));
    keys
}

#[test]
fn a_team_or_the_projector_pressing_every_key_never_reaches_the_umpire_or_another_team() {
    let dir = tempfile::tempdir().expect("temp dir");
    let host = host(dir.path());
    let port = host.local.port();
    let (kesh_code, projector_code) = (code(&host, "kesh"), code(&host, "projector"));
    let console = host.shared.lock().console();
    host.shared.apply(console, harmattan::host::table::Command::Start).expect("start");
    let scn = tutorial();
    let others: Vec<&str> = scn.factions[1..3].iter().map(|f| &f.briefing[..40]).collect();
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("rt");
    runtime.block_on(async {
        let mut kesh = Player::join(port, "kesh", &kesh_code, (80, 24)).await;
        kesh.wait_for("Private briefing").await;
        let mut projector = Player::join(port, "projector", &projector_code, (80, 24)).await;
        projector.settle(200).await;
        let projected = projector.text();
        // Twice: once from the briefing, once from wherever the keys led.
        for round in 0..2 {
            for key in every_key() {
                // `q` asks to quit: the answer `n` (or any key) stays.
                kesh.press(&key, 15).await;
                if kesh.text().contains("y leave") {
                    kesh.keys(b"n").await;
                }
                projector.press(&key, 15).await;
                if projector.text().contains("y leave") {
                    projector.keys(b"n").await;
                }
                for screen in [kesh.text(), projector.text()] {
                    assert!(!screen.contains("UMPIRE"), "round {round}, key {key:?} reached the umpire:\n{screen}");
                    assert!(!screen.contains("Facilitator code"), "key {key:?} asked for the code:\n{screen}");
                    for secret in &others {
                        assert!(!screen.contains(secret), "key {key:?} showed another team's briefing:\n{screen}");
                    }
                }
            }
        }
        // `L` switched the projector's language twice: once more brings it back to English.
        let projector_lang = || host.shared.lock().places.iter().find(|p| p.name == "projector").map(|p| p.lang);
        assert_eq!(projector_lang(), Some(harmattan::i18n::Lang::Ar));
        projector.keys(b"L").await;
        assert_eq!(projector_lang(), Some(harmattan::i18n::Lang::En));
        // The projector never left the public view.
        let first_line = |s: &str| s.lines().next().unwrap_or("").trim_end().to_string();
        assert_eq!(first_line(&projector.text()), first_line(&projected), "{}", projector.text());
    });
    // Nobody but the umpire changed the game, and no team orders were given.
    assert!(host.shared.lock().session.record.pending_rulings.is_empty());
    host.close();
}

#[test]
fn each_seat_reads_its_own_language_and_its_scenario_in_it_on_the_same_turn() {
    use harmattan::host::langs;
    use harmattan::i18n::Lang;
    let dir = tempfile::tempdir().expect("temp dir");
    let loaded = harmattan::scenario::load_default_in(None, Lang::En);
    let scn = loaded.scenario.expect("the default scenario loads");
    let seats = scn.factions.iter().map(|f| f.playable.then_some(Seat::Human)).collect();
    let file = harmattan::scenario::DEFAULT_NAME;
    let session = Session::new(file, scn, 7, seats, "2026-12-02T10-00-00".into());
    let mut table = Table::new(session, None, Some(dir.path().join("game.ron")));
    for (lang, scenario) in langs::translations(file, &table.session.scenario) {
        assert!(table.add_translation(lang, scenario));
    }
    let host = serve(table, dir.path());
    let port = host.local.port();
    let place = |name: &str| host.shared.lock().places.iter().position(|p| p.name == name).expect("seat");
    let (mali, algeria) = (place("mali"), place("algeria"));
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("rt");
    runtime.block_on(async {
        let mut malians = Player::join(port, "mali", &code(&host, "mali"), (80, 24)).await;
        let mut algerians = Player::join(port, "algeria", &code(&host, "algeria"), (80, 24)).await;
        malians.wait_for("You are in the Mali seat.").await;
        algerians.wait_for("You are in the Algeria seat.").await;
        // Mali switches to French with one L, Algeria to Arabic with two.
        malians.keys(b"L").await;
        malians.wait_for("Votre place\u{202F}: Mali.").await;
        algerians.keys(b"L").await;
        algerians.keys(b"L").await;
        algerians.settle(200).await;
        let arabic = |text: &str| text.chars().any(|c| matches!(c, '\u{0600}'..='\u{06FF}' | '\u{FE70}'..='\u{FEFF}'));
        assert!(arabic(&algerians.text()) && !algerians.text().contains("You are in"), "{}", algerians.text());
        assert!(malians.text().contains("Votre place"), "the other seat kept its language:\n{}", malians.text());

        // The game starts; both teams give their orders for turn 1, each in its own words.
        let console = host.shared.lock().console();
        host.shared.apply(console, harmattan::host::table::Command::Start).expect("start");
        for team in [&mut malians, &mut algerians] {
            team.settle(200).await;
            team.keys(b"\r").await;
            team.keys(b"c").await;
            team.keys(b"y").await;
        }
        malians.wait_for("Vos ordres du tour 1 sont transmis.").await;
        // Mali waits for the other teams, named in French.
        malians.wait_for("Niger").await;
        assert!(!malians.text().contains("Your orders"), "{}", malians.text());
        algerians.settle(200).await;
        let shown = algerians.text();
        assert!(arabic(&shown) && !shown.contains("Your orders") && !shown.contains("Vos ordres"), "{shown}");
        assert_eq!(host.shared.lock().session.state.turn, 1, "the same turn for both");
        assert!(host.shared.lock().session.waiting.iter().all(|f| *f != 0 && *f != 1), "both confirmed");
    });
    // One game, each seat's view in its own language: the same faction, named in each.
    let name = |place: usize, f: usize| host.shared.view(place).map(|v| v.session.scenario.factions[f].name.clone());
    assert_eq!(name(mali, 1).as_deref(), Some("Algérie"));
    assert_eq!(name(algeria, 1).as_deref(), Some("الجزائر"));
    assert_eq!(name(algeria, 0).as_deref(), Some("مالي"));
    assert_eq!(host.shared.lock().session.scenario.factions[1].name, "Algeria", "the game itself is unchanged");
    host.close();
}

#[test]
fn hostile_clients_neither_crash_the_host_nor_hold_up_a_team() {
    use rand::{RngExt, SeedableRng};
    use tokio::io::AsyncWriteExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let host = host(dir.path());
    let port = host.local.port();
    let (kesh_code, tarsa_code) = (code(&host, "kesh"), code(&host, "tarsa"));
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("rt");
    runtime.block_on(async {
        let mut kesh = Player::join(port, "kesh", &kesh_code, (80, 24)).await;
        kesh.wait_for("You are in the Kesh seat.").await;

        // A logged-in team sends random bytes, broken escape sequences and a giant window.
        let tarsa = Player::join(port, "tarsa", &tarsa_code, (80, 24)).await;
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(13);
        for _ in 0..64 {
            let junk: Vec<u8> = (0..1024).map(|_| rng.random()).collect();
            tarsa.channel.data_bytes(junk).await.expect("junk");
        }
        for seq in ["\x1b[", "\x1b[<0;99999;99999M", "\x1b[999999999999A", "\x1bP", "\x1b]0;x\x07", "\x1b[<64;0;0M"] {
            tarsa.channel.data_bytes(seq.as_bytes().to_vec()).await.expect("escape");
        }
        tarsa.channel.window_change(u32::MAX, u32::MAX, u32::MAX, u32::MAX).await.expect("giant window");
        tarsa.channel.window_change(0, 0, 0, 0).await.expect("empty window");
        // Commands, subsystems and forwarding are refused.
        let other = tarsa.handle.channel_open_session().await;
        assert!(other.is_err(), "a second channel was opened");
        let forward = tarsa.handle.channel_open_direct_tcpip("127.0.0.1", 22, "127.0.0.1", 5000).await;
        assert!(forward.is_err(), "port forwarding was allowed");
        let exec = Player::join_exec(port, "oru", &code(&host, "oru")).await;
        assert!(!exec, "a command was run");

        // Raw TCP: garbage instead of SSH, and more connections than allowed at once.
        let mut idle = Vec::new();
        for i in 0..(harmattan::host::server::MAX_CONNECTIONS + 20) {
            if let Ok(mut socket) = tokio::net::TcpStream::connect(("127.0.0.1", port)).await {
                if i % 2 == 0 {
                    let junk: Vec<u8> = (0..4096).map(|_| rng.random()).collect();
                    let _ = socket.write_all(&junk).await;
                }
                idle.push(socket);
            }
        }

        // The connected team is not held up: the game starts and its screen follows.
        let console = host.shared.lock().console();
        host.shared.apply(console, harmattan::host::table::Command::Start).expect("start");
        kesh.wait_for("Private briefing").await;
        kesh.keys(b"\r").await;
        kesh.wait_for("action points left").await;
        drop(idle);
        tokio::time::sleep(Duration::from_millis(300)).await;
        // Once they are gone, a team can log in again.
        let again = login(port, "oru", &code(&host, "oru")).await;
        assert!(again.is_ok(), "a team could not log in after the flood: {:?}", again.err());
    });
    host.close();
}

impl Player {
    /// Logs in and asks to run a command instead of the game: whether the host agreed.
    async fn join_exec(port: u16, user: &str, code: &str) -> bool {
        let handle = login(port, user, code).await.expect("login");
        let Ok(mut channel) = handle.channel_open_session().await else { return false };
        if channel.exec(true, "cat /etc/passwd").await.is_err() {
            return false;
        }
        loop {
            match tokio::time::timeout(Duration::from_secs(5), channel.wait()).await {
                Ok(Some(ChannelMsg::Success)) => return true,
                Ok(Some(ChannelMsg::Failure)) | Ok(None) | Err(_) => return false,
                Ok(Some(_)) => {}
            }
        }
    }
}
