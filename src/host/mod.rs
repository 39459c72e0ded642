//! `harmattan host`: one game served over SSH to a room, one terminal per
//! team. [`table`] is the authoritative game and what each seat may do;
//! [`keys`] the join codes and host key; [`server`] the SSH side; [`seat`]
//! one connection's interface; [`note`] the room's log; [`langs`] each
//! seat's own language; [`retold`] the game's news in a seat's language.
//! The facilitator's console is a seat drawn on the host's own terminal.

pub mod keys;
pub mod langs;
pub mod note;
pub mod retold;
pub mod seat;
pub mod server;
pub mod table;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use table::{Invite, Shared, Table};

use crate::tr;

/// How the host is reached and where it keeps its files.
#[derive(Debug, Clone)]
pub struct Options {
    /// Where to listen (`0.0.0.0:2222`: every network of the machine).
    pub listen: SocketAddr,
    /// The address teams type (default: this machine's address on the room's network).
    pub address: Option<String>,
    /// The save folder, which also keeps the host key.
    pub save_dir: PathBuf,
}

/// A host serving a game: the network side runs on its own threads.
pub struct Host {
    /// The game.
    pub shared: Arc<Shared>,
    /// The address it listens on (with the port chosen, when 0 was asked for).
    pub local: SocketAddr,
    runtime: tokio::runtime::Runtime,
}

impl Host {
    /// Starts serving `table`: the host key (made once, kept in the save
    /// folder), the listening socket, the connections and the turn timer.
    /// A failure is said in the table's language.
    pub fn start(table: Table, options: &Options, clock_ms: fn() -> u64) -> Result<Host, String> {
        let lang = table.lang;
        let key = keys::host_key(&options.save_dir, lang)?;
        let fingerprint = keys::fingerprint(&key);
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .map_err(|e| tr!(lang, "room-error-threads", reason = crate::i18n::io_error(&e, lang)))?;
        let cannot_listen = |e: std::io::Error| {
            tr!(
                lang,
                "room-error-listen",
                address = options.listen.to_string(),
                reason = crate::i18n::io_error(&e, lang)
            )
        };
        let listener = runtime.block_on(tokio::net::TcpListener::bind(options.listen)).map_err(cannot_listen)?;
        let local = listener.local_addr().map_err(cannot_listen)?;
        let host = options.address.clone().unwrap_or_else(|| lan_address(local));
        let shared = Shared::new(table, Invite { host, port: local.port(), fingerprint }, clock_ms);
        let config = Arc::new(server::config(key));
        runtime.spawn(server::serve(shared.clone(), listener, config));
        let ticking = shared.clone();
        runtime.spawn(async move {
            let mut every = tokio::time::interval(std::time::Duration::from_millis(500));
            every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                every.tick().await;
                ticking.tick();
            }
        });
        Ok(Host { shared, local, runtime })
    }

    /// Closes the host: every seat is told the game is closed, then the connections end.
    pub fn close(self) {
        self.shared.close();
        // Time for the goodbyes to reach the teams.
        std::thread::sleep(std::time::Duration::from_millis(300));
        self.runtime.shutdown_timeout(std::time::Duration::from_millis(500));
    }
}

/// The address other machines of the room reach this one at: the listening
/// address when it is a particular one, else the address of the network
/// interface that leads outside (found without sending anything), else the loopback.
pub fn lan_address(local: SocketAddr) -> String {
    if !local.ip().is_unspecified() {
        return local.ip().to_string();
    }
    let outward = std::net::UdpSocket::bind("0.0.0.0:0")
        .and_then(|socket| socket.connect("192.0.2.1:9").map(|()| socket))
        .and_then(|socket| socket.local_addr());
    match outward {
        Ok(addr) if !addr.ip().is_unspecified() => addr.ip().to_string(),
        _ => "127.0.0.1".to_string(),
    }
}
