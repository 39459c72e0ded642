//! The SSH side of `harmattan host` (russh): a login is a seat's name and
//! its join code; a connection gets one session channel with a terminal and
//! the game in it, nothing else: no shell, no commands, no forwarding, no
//! agent, no files, no environment acted upon. Every connection is bounded:
//! a connection limit, a deadline to log in, slowed and limited wrong codes,
//! a capped drawing size, and bounded buffers between the client and its seat.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use russh::keys::PrivateKey;
use russh::server::{Auth, Config, Handle, Handler, Msg, Session};
use russh::{Channel, ChannelId, MethodKind, MethodSet, Pty};
use tokio::net::TcpListener;
use tokio::sync::mpsc;

use crate::host::seat::{self, Input, Seat};
use crate::host::table::Shared;

/// Connections open at once (teams, projector, umpire, and people trying).
pub const MAX_CONNECTIONS: usize = 64;
/// Time to log in before the connection is closed.
pub const LOGIN_DEADLINE: Duration = Duration::from_secs(60);
/// Wrong codes one address may try in [`WRONG_CODE_WINDOW`] before it is refused for the rest of it.
pub const WRONG_CODES: usize = 10;
/// See [`WRONG_CODES`].
pub const WRONG_CODE_WINDOW: Duration = Duration::from_secs(300);
/// Messages (keys, resizes) waiting for a seat before its connection is slowed.
const INBOX: usize = 64;

/// The server's SSH settings: password logins only, each refusal slowed.
pub fn config(key: PrivateKey) -> Config {
    let mut methods = MethodSet::empty();
    methods.push(MethodKind::Password);
    Config {
        methods,
        keys: vec![key],
        auth_rejection_time: Duration::from_secs(1),
        // OpenSSH asks with "none" first to learn the methods: no need to wait then.
        auth_rejection_time_initial: Some(Duration::ZERO),
        max_auth_attempts: 6,
        // A lesson is long and teams may think quietly; dead connections are found by keepalives.
        inactivity_timeout: Some(Duration::from_secs(4 * 3600)),
        keepalive_interval: Some(Duration::from_secs(30)),
        keepalive_max: 4,
        nodelay: true,
        ..Config::default()
    }
}

/// Wrong codes per address, to refuse an address that keeps guessing.
#[derive(Debug, Default)]
pub struct Guesses(Mutex<HashMap<IpAddr, Vec<Instant>>>);

impl Guesses {
    /// Whether `ip` has used up its wrong codes.
    fn blocked(&self, ip: IpAddr, now: Instant) -> bool {
        let mut map = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        let tries = map.entry(ip).or_default();
        tries.retain(|t| now.duration_since(*t) < WRONG_CODE_WINDOW);
        tries.len() >= WRONG_CODES
    }

    /// Records a wrong code from `ip`.
    fn wrong(&self, ip: IpAddr, now: Instant) {
        let mut map = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        // Bounded: at most one entry per address that tried, and forgotten ones are dropped.
        if map.len() > 10_000 {
            map.retain(|_, tries| tries.last().is_some_and(|t| now.duration_since(*t) < WRONG_CODE_WINDOW));
        }
        let tries = map.entry(ip).or_default();
        if tries.len() < WRONG_CODES {
            tries.push(now);
        }
    }
}

/// Serves the game on `listener` until the process ends.
pub async fn serve(shared: Arc<Shared>, listener: TcpListener, config: Arc<Config>) {
    let open = Arc::new(AtomicUsize::new(0));
    let guesses = Arc::new(Guesses::default());
    loop {
        let Ok((socket, peer)) = listener.accept().await else {
            // Out of file descriptors or similar: wait a little rather than spin.
            tokio::time::sleep(Duration::from_millis(100)).await;
            continue;
        };
        if open.fetch_add(1, Ordering::SeqCst) >= MAX_CONNECTIONS {
            open.fetch_sub(1, Ordering::SeqCst);
            drop(socket);
            continue;
        }
        let (shared, config, open, guesses) = (shared.clone(), config.clone(), open.clone(), guesses.clone());
        let shared_lang = shared.lock().lang;
        tokio::spawn(async move {
            let _ = socket.set_nodelay(true);
            let client = Client::new(shared, peer, guesses);
            let logged_in = client.logged_in.clone();
            // Before a login, the host's language is the only one known.
            let late = crate::tr!(shared_lang, "room-no-login-in-time");
            let started = tokio::time::timeout(LOGIN_DEADLINE, russh::server::run_stream(config, socket, client)).await;
            if let Ok(Ok(session)) = started {
                let handle = session.handle();
                let deadline = async {
                    tokio::time::sleep(LOGIN_DEADLINE).await;
                    if !logged_in.load(Ordering::SeqCst) {
                        let _ = handle.disconnect(russh::Disconnect::ByApplication, late, String::new()).await;
                    }
                    std::future::pending::<()>().await;
                };
                tokio::select! {
                    _ = session => {}
                    () = deadline => {}
                }
            }
            open.fetch_sub(1, Ordering::SeqCst);
        });
    }
}

/// One connection.
pub struct Client {
    shared: Arc<Shared>,
    peer: SocketAddr,
    guesses: Arc<Guesses>,
    /// Set once a login succeeds (the login deadline no longer applies).
    logged_in: Arc<std::sync::atomic::AtomicBool>,
    /// The seat its login opened.
    place: Option<usize>,
    /// Its one session channel.
    channel: Option<ChannelId>,
    /// The client's terminal size, from its pty request.
    size: (u32, u32),
    /// Where its keys go, once the game is running in the channel.
    inbox: Option<mpsc::Sender<Input>>,
}

impl Client {
    fn new(shared: Arc<Shared>, peer: SocketAddr, guesses: Arc<Guesses>) -> Self {
        Client {
            shared,
            peer,
            guesses,
            logged_in: Arc::default(),
            place: None,
            channel: None,
            size: (80, 24),
            inbox: None,
        }
    }

    /// Starts the seat's interface in the channel.
    fn start(&mut self, channel: ChannelId, handle: Handle) -> bool {
        let Some(place) = self.place else { return false };
        let address = self.peer.ip().to_string();
        let id = self.shared.with(|t| t.join(place, &address));
        let Some(seat) = Seat::new(self.shared.clone(), place, seat::area(self.size.0, self.size.1)) else {
            return false;
        };
        let (sender, inbox) = mpsc::channel(INBOX);
        self.inbox = Some(sender);
        let shared = self.shared.clone();
        tokio::spawn(async move {
            let out = handle.clone();
            let ended = seat::run(seat, id, inbox, move |bytes| {
                let out = out.clone();
                async move { out.data(channel, bytes).await.is_ok() }
            })
            .await;
            let lang = shared.with(|t| {
                t.leave(place, id);
                t.places.get(place).map_or(t.lang, |p| p.lang)
            });
            let mut goodbye = seat::RESTORE.to_vec();
            goodbye.extend_from_slice(ended.farewell(lang).as_bytes());
            let _ = handle.data(channel, goodbye).await;
            let _ = handle.exit_status_request(channel, 0).await;
            let _ = handle.eof(channel).await;
            let _ = handle.close(channel).await;
        });
        true
    }
}

impl Handler for Client {
    type Error = russh::Error;

    async fn auth_password(&mut self, user: &str, password: &str) -> Result<Auth, Self::Error> {
        let now = Instant::now();
        let ip = self.peer.ip();
        if self.guesses.blocked(ip, now) {
            return Ok(Auth::reject());
        }
        match self.shared.lock().place_for(user, password) {
            Some(place) => {
                self.place = Some(place);
                self.logged_in.store(true, Ordering::SeqCst);
                Ok(Auth::Accept)
            }
            None => {
                self.guesses.wrong(ip, now);
                Ok(Auth::reject())
            }
        }
    }

    async fn auth_publickey_offered(
        &mut self,
        _: &str,
        _: russh::server::PublicKeyOffer<'_>,
    ) -> Result<Auth, Self::Error> {
        Ok(Auth::reject())
    }

    async fn channel_open_session(
        &mut self,
        channel: Channel<Msg>,
        reply: russh::server::ChannelOpenHandle,
        _: &mut Session,
    ) -> Result<(), Self::Error> {
        // One game per connection: a second channel is refused (dropping the reply refuses it).
        if self.place.is_some() && self.channel.is_none() {
            self.channel = Some(channel.id());
            reply.accept().await;
        }
        Ok(())
    }

    async fn pty_request(
        &mut self,
        channel: ChannelId,
        _: &str,
        columns: u32,
        rows: u32,
        _: u32,
        _: u32,
        _: &[(Pty, u32)],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.size = (columns, rows);
        session.channel_success(channel)
    }

    async fn shell_request(&mut self, channel: ChannelId, session: &mut Session) -> Result<(), Self::Error> {
        if self.channel == Some(channel) && self.inbox.is_none() && self.start(channel, session.handle()) {
            session.channel_success(channel)
        } else {
            session.channel_failure(channel)
        }
    }

    async fn exec_request(&mut self, channel: ChannelId, _: &[u8], session: &mut Session) -> Result<(), Self::Error> {
        session.channel_failure(channel)
    }

    async fn subsystem_request(
        &mut self,
        channel: ChannelId,
        _: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)
    }

    async fn env_request(
        &mut self,
        channel: ChannelId,
        _: &str,
        _: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)
    }

    async fn x11_request(
        &mut self,
        channel: ChannelId,
        _: bool,
        _: &str,
        _: &str,
        _: u32,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)
    }

    async fn window_change_request(
        &mut self,
        _: ChannelId,
        columns: u32,
        rows: u32,
        _: u32,
        _: u32,
        _: &mut Session,
    ) -> Result<(), Self::Error> {
        self.size = (columns, rows);
        if let Some(inbox) = &self.inbox {
            // A flood of resizes is dropped, not queued: the next one carries the size.
            let _ = inbox.try_send(Input::Resize(columns, rows));
        }
        Ok(())
    }

    async fn data(&mut self, _: ChannelId, data: &[u8], _: &mut Session) -> Result<(), Self::Error> {
        if let Some(inbox) = &self.inbox {
            // Waits while the seat catches up: a flood slows only this connection.
            if inbox.send(Input::Bytes(data.to_vec())).await.is_err() {
                self.inbox = None;
            }
        }
        Ok(())
    }

    async fn channel_eof(&mut self, _: ChannelId, _: &mut Session) -> Result<(), Self::Error> {
        self.inbox = None;
        Ok(())
    }

    async fn channel_close(&mut self, _: ChannelId, _: &mut Session) -> Result<(), Self::Error> {
        self.inbox = None;
        Ok(())
    }
}
