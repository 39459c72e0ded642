//! The server's end of standard input and output: messages framed by a
//! `Content-Length` header, as every editor speaks them.
//!
//! `lsp-server` has its own stdio transport, but it believes the length a
//! header announces (a header of a few gigabytes would be allocated) and ends
//! the session on the first message that is not valid JSON. This one reads
//! at most [`MAX_MESSAGE`] bytes of a message, skips one it cannot use (and
//! says so on standard error, which editors show in their log), and hands
//! every good one to the server through an in-memory [`Connection`].

use std::io::{self, BufRead, Read, Write};
use std::thread::JoinHandle;

use lsp_server::{Connection, Message};

/// Largest message read, in bytes: a scenario is at most 4 MiB, and its text
/// may grow several times over once escaped as JSON.
pub const MAX_MESSAGE: usize = 64 * 1024 * 1024;
/// Longest header line accepted, in bytes.
const MAX_HEADER_LINE: u64 = 1024;
/// Most header lines accepted before the blank line that ends them.
const MAX_HEADERS: usize = 32;

/// What one frame of input held.
#[derive(Debug, PartialEq)]
pub enum Frame {
    /// The body of a message.
    Body(Vec<u8>),
    /// A message longer than the limit, read and dropped: its length.
    TooLong(usize),
}

/// Reads one frame; `Ok(None)` at the end of the input. An error means the
/// input cannot be framed any more (a header without a length, say).
pub fn read_frame(input: &mut impl BufRead, max: usize) -> io::Result<Option<Frame>> {
    let mut length = None;
    let mut line = Vec::new();
    for n in 0.. {
        if n == MAX_HEADERS {
            return Err(invalid("too many header lines"));
        }
        line.clear();
        if input.by_ref().take(MAX_HEADER_LINE).read_until(b'\n', &mut line)? == 0 {
            return if n == 0 { Ok(None) } else { Err(invalid("the input ended inside a header")) };
        }
        if line.last() != Some(&b'\n') {
            return Err(invalid("a header line is too long"));
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        if text.is_empty() {
            break;
        }
        if let Some((name, value)) = text.split_once(':')
            && name.trim().eq_ignore_ascii_case("content-length")
        {
            length = Some(value.trim().parse::<usize>().map_err(|_| invalid("the Content-Length is not a number"))?);
        }
    }
    let length = length.ok_or_else(|| invalid("a message has no Content-Length header"))?;
    if length > max {
        let skipped = io::copy(&mut input.by_ref().take(length as u64), &mut io::sink())?;
        if skipped < length as u64 {
            return Err(invalid("the input ended inside a message"));
        }
        return Ok(Some(Frame::TooLong(length)));
    }
    let mut body = vec![0; length];
    input.read_exact(&mut body)?;
    Ok(Some(Frame::Body(body)))
}

fn invalid(why: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, why.to_string())
}

/// Reads messages from `input` and gives each to `deliver` until the input
/// ends, the framing breaks, `deliver` says the server stopped listening, or
/// an `exit` arrives. Unusable messages are skipped with a line on `log`.
pub fn pump_in(
    mut input: impl BufRead,
    mut deliver: impl FnMut(Message) -> bool,
    log: &mut impl Write,
) -> io::Result<()> {
    while let Some(frame) = read_frame(&mut input, MAX_MESSAGE)? {
        let body = match frame {
            Frame::Body(body) => body,
            Frame::TooLong(length) => {
                let _ = writeln!(
                    log,
                    "harmattan lsp: skipped a message of {length} bytes (at most {MAX_MESSAGE} are read)"
                );
                continue;
            }
        };
        let message: Message = match serde_json::from_slice(&body) {
            Ok(message) => message,
            Err(e) => {
                let _ = writeln!(log, "harmattan lsp: skipped a message that is not JSON-RPC: {e}");
                continue;
            }
        };
        let exit = matches!(&message, Message::Notification(n) if n.method == "exit");
        if !deliver(message) || exit {
            break;
        }
    }
    Ok(())
}

/// The threads that move messages between standard input and output and
/// the server's [`Connection`].
pub struct Stdio {
    writer: JoinHandle<io::Result<()>>,
}

impl Stdio {
    /// Starts the threads; the server talks through the returned connection.
    pub fn start() -> (Connection, Stdio) {
        let (server, client) = Connection::memory();
        let Connection { sender, receiver } = client;
        // The reader is never joined: it may be blocked on a read when the
        // server exits, and the process ends without waiting for it.
        std::thread::spawn(move || {
            let result = pump_in(io::stdin().lock(), |m| sender.send(m).is_ok(), &mut io::stderr());
            if let Err(e) = result {
                eprintln!("harmattan lsp: cannot read the editor's messages: {e}");
            }
        });
        let writer = std::thread::spawn(move || {
            let mut out = io::stdout().lock();
            for message in receiver {
                message.write(&mut out)?;
            }
            out.flush()
        });
        (server, Stdio { writer })
    }

    /// Waits until every message the server sent is written (call it after
    /// dropping the server's connection).
    pub fn finish(self) -> io::Result<()> {
        self.writer.join().unwrap_or_else(|_| Err(io::Error::other("the writer thread stopped")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn framed(bodies: &[&str]) -> Vec<u8> {
        bodies.iter().flat_map(|b| format!("Content-Length: {}\r\n\r\n{b}", b.len()).into_bytes()).collect()
    }

    #[test]
    fn frames_are_read_by_their_length_and_oversized_ones_skipped() {
        let input = framed(&["{}", "0123456789", "[1]"]);
        let mut reader = io::Cursor::new(input);
        assert_eq!(read_frame(&mut reader, 5).unwrap(), Some(Frame::Body(b"{}".to_vec())));
        assert_eq!(read_frame(&mut reader, 5).unwrap(), Some(Frame::TooLong(10)));
        assert_eq!(read_frame(&mut reader, 5).unwrap(), Some(Frame::Body(b"[1]".to_vec())));
        assert_eq!(read_frame(&mut reader, 5).unwrap(), None);
    }

    #[test]
    fn broken_framing_is_an_error_never_an_allocation_or_a_panic() {
        for input in [
            "Content-Type: x\r\n\r\n{}".to_string(),
            "Content-Length: lots\r\n\r\n".to_string(),
            format!("Content-Length: 2\r\n{}\r\n\r\n{{}}", "x".repeat(5000)),
            "Content-Length: 99999999999999\r\n\r\n{}".to_string(),
            "Content-Length: 10\r\n\r\n{}".to_string(),
            "Content-Length: 2\r\n".to_string(),
        ] {
            let result = read_frame(&mut io::Cursor::new(input.as_bytes()), MAX_MESSAGE);
            assert!(result.is_err(), "{input:.60}: {result:?}");
        }
    }

    #[test]
    fn messages_that_are_not_json_rpc_are_skipped_and_the_rest_delivered() {
        let exit = r#"{"jsonrpc":"2.0","method":"exit"}"#;
        let after = r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#;
        let input = framed(&["not json", r#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#, exit, after]);
        let (mut got, mut log) = (Vec::new(), Vec::new());
        pump_in(
            io::Cursor::new(input),
            |m| {
                got.push(m);
                true
            },
            &mut log,
        )
        .unwrap();
        let methods: Vec<String> = got
            .iter()
            .map(|m| match m {
                Message::Request(r) => r.method.clone(),
                Message::Notification(n) => n.method.clone(),
                Message::Response(_) => "response".into(),
            })
            .collect();
        assert_eq!(methods, ["shutdown", "exit"], "nothing is read after `exit`");
        assert!(String::from_utf8_lossy(&log).contains("not JSON-RPC"));
    }
}
