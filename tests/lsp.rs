//! `harmattan lsp` driven by a client, as an editor drives it: in-process
//! through an in-memory connection (initialize → open → diagnostics →
//! change → completion → hover → definition → outline → shutdown → exit),
//! and once as the real binary over stdin and stdout.

use std::collections::{BTreeMap, VecDeque};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use harmattan::lsp::{Ending, serve};
use harmattan::scenario::TUTORIAL;
use lsp_server::{Connection, Message, Notification, Request, RequestId, Response};
use serde_json::{Value, json};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/bad_scenarios");
const WAIT: Duration = Duration::from_secs(20);

/// An editor's end of a session with a server running on a thread.
struct Client {
    conn: Connection,
    server: JoinHandle<Ending>,
    next_id: i32,
    /// Notifications received while waiting for something else.
    pending: VecDeque<Notification>,
    /// What the server said it can do.
    capabilities: Value,
}

impl Client {
    /// Starts a server and initializes it with `capabilities`.
    fn start(capabilities: Value) -> Client {
        let (server_end, conn) = Connection::memory();
        let server = std::thread::spawn(move || serve(&server_end));
        let mut client = Client { conn, server, next_id: 0, pending: VecDeque::new(), capabilities: Value::Null };
        let result = client.call("initialize", json!({"capabilities": capabilities}));
        client.capabilities = result["capabilities"].clone();
        client.notify("initialized", json!({}));
        client
    }

    fn notify(&self, method: &str, params: Value) {
        self.conn.sender.send(Notification::new(method.to_string(), params).into()).expect("the server listens");
    }

    /// Sends a request and waits for its response.
    fn request(&mut self, method: &str, params: Value) -> Response {
        self.next_id += 1;
        let id = RequestId::from(self.next_id);
        self.conn.sender.send(Request::new(id.clone(), method.to_string(), params).into()).expect("the server listens");
        let deadline = Instant::now() + WAIT;
        loop {
            match self.conn.receiver.recv_deadline(deadline).expect("a response in time") {
                Message::Response(r) if r.id == id => return r,
                Message::Notification(n) => self.pending.push_back(n),
                other => panic!("unexpected {other:?}"),
            }
        }
    }

    /// The result of a request that must succeed.
    fn call(&mut self, method: &str, params: Value) -> Value {
        let response = self.request(method, params);
        match response.response_result {
            Ok(result) => result,
            Err(e) => panic!("{method} failed: {e:?}"),
        }
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&mut self, uri: &str) -> Value {
        let deadline = Instant::now() + WAIT;
        loop {
            let n = match self.pending.pop_front() {
                Some(n) => n,
                None => match self.conn.receiver.recv_deadline(deadline).expect("diagnostics in time") {
                    Message::Notification(n) => n,
                    other => panic!("unexpected {other:?}"),
                },
            };
            if n.method == "textDocument/publishDiagnostics" && n.params["uri"] == uri {
                return n.params;
            }
        }
    }

    fn open(&mut self, uri: &str, text: &str) -> Value {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "ron", "version": 1, "text": text}}),
        );
        self.diagnostics(uri)
    }

    /// Ends the session as an editor does, and how the server saw it end.
    fn shutdown(mut self) -> Ending {
        assert_eq!(self.call("shutdown", Value::Null), Value::Null);
        self.notify("exit", Value::Null);
        self.server.join().expect("the server thread ends")
    }
}

fn position(text: &str, needle: &str, after: &str) -> Value {
    let at =
        text.find(needle).unwrap_or_else(|| panic!("{needle}")) + needle.find(after).expect("in needle") + after.len();
    let line = text[..at].matches('\n').count();
    let col = text[..at].rsplit('\n').next().unwrap_or("").encode_utf16().count();
    json!({"line": line, "character": col})
}

fn at(uri: &str, pos: Value) -> Value {
    json!({"textDocument": {"uri": uri}, "position": pos})
}

/// `validate --format json` on `files`, by file.
fn validate_json(files: &[&Path]) -> BTreeMap<String, Vec<Value>> {
    let out = Command::new(env!("CARGO_BIN_EXE_harmattan"))
        .arg("validate")
        .arg("--format")
        .arg("json")
        .args(files)
        .output()
        .expect("harmattan runs");
    let mut by_file: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let v: Value = serde_json::from_str(line).expect("one JSON object per line");
        by_file.entry(v["file"].as_str().unwrap_or_default().to_string()).or_default().push(v);
    }
    by_file
}

/// A diagnostic of `validate --format json` as the server must publish it,
/// with characters counted as `utf-32`: `(code, severity, range, message)`.
fn expected(v: &Value) -> (String, u64, [u64; 4], String) {
    let p = |k: &str| v[k].as_u64().map_or(0, |n| n - 1);
    let severity = if v["severity"] == "error" { 1 } else { 2 };
    let message = match v["help"].as_str() {
        Some(help) => format!("{}\nhelp: {help}", v["message"].as_str().unwrap_or_default()),
        None => v["message"].as_str().unwrap_or_default().to_string(),
    };
    (
        v["code"].as_str().unwrap_or_default().to_string(),
        severity,
        [p("line"), p("column"), p("end_line"), p("end_column")],
        message,
    )
}

fn published(d: &Value) -> (String, u64, [u64; 4], String) {
    let r = &d["range"];
    let n = |v: &Value| v.as_u64().expect("a number");
    (
        d["code"].as_str().unwrap_or_default().to_string(),
        n(&d["severity"]),
        [n(&r["start"]["line"]), n(&r["start"]["character"]), n(&r["end"]["line"]), n(&r["end"]["character"])],
        d["message"].as_str().unwrap_or_default().to_string(),
    )
}

#[test]
fn every_broken_scenario_gets_exactly_the_diagnostics_validate_gives() {
    let mut files: Vec<_> = std::fs::read_dir(CORPUS)
        .expect("the corpus")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    let paths: Vec<&Path> = files.iter().map(|p| p.as_path()).collect();
    let validated = validate_json(&paths);
    assert!(validated.values().map(Vec::len).sum::<usize>() > files.len(), "every file has its problems");
    let mut client = Client::start(json!({"general": {"positionEncodings": ["utf-32", "utf-16"]}}));
    assert_eq!(client.capabilities["positionEncoding"], "utf-32");
    for path in &files {
        let uri = format!("file://{}", path.display());
        let text = std::fs::read_to_string(path).expect("UTF-8");
        let got: Vec<_> =
            client.open(&uri, &text)["diagnostics"].as_array().expect("a list").iter().map(published).collect();
        let want: Vec<_> = validated.get(&path.display().to_string()).into_iter().flatten().map(expected).collect();
        assert_eq!(got, want, "{}", path.display());
        client.notify("textDocument/didClose", json!({"textDocument": {"uri": uri}}));
        assert_eq!(client.diagnostics(&uri)["diagnostics"], json!([]), "closing clears the list");
    }
    assert_eq!(client.shutdown(), Ending::Exit);
}

#[test]
fn the_tutorial_from_open_to_exit() {
    let mut client = Client::start(json!({
        "textDocument": {"completion": {"completionItem": {"snippetSupport": true}},
                         "documentSymbol": {"hierarchicalDocumentSymbolSupport": true}}
    }));
    assert_eq!(client.capabilities["positionEncoding"], "utf-16");
    assert_eq!(client.capabilities["textDocumentSync"]["change"], 2, "incremental");
    let uri = "file:///nowhere/tutorial.ron";

    // The tutorial validates cleanly.
    assert_eq!(client.open(uri, TUTORIAL)["diagnostics"], json!([]));

    // A typo, typed in: the diagnostic `validate` gives for the same text, after the pause.
    let from = position(TUTORIAL, "\"100 - kesh_north.need\"", "100 - kesh_");
    let to = json!({"line": from["line"], "character": from["character"].as_u64().unwrap() + 2});
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2},
               "contentChanges": [{"range": {"start": from, "end": to}, "text": ""}]}),
    );
    let changed = TUTORIAL.replacen("\"100 - kesh_north.need\"", "\"100 - kesh_rth.need\"", 1);
    let sent = client.diagnostics(uri);
    assert_eq!(sent["version"], 2);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("tutorial.ron");
    std::fs::write(&file, &changed).unwrap();
    let want: Vec<_> = validate_json(&[&file]).into_values().flatten().map(|v| expected(&v)).collect();
    // The client took UTF-16; the mistake's line is ASCII, so characters and units agree.
    let got: Vec<_> = sent["diagnostics"].as_array().unwrap().iter().map(published).collect();
    assert_eq!(got, want);
    assert_eq!(want[0].0, "unknown-name");
    assert!(want[0].3.contains("did you mean `kesh_north`?"));

    // Completion: the variables of the faction `self` is, in an income.
    let pos = position(&changed, "\"10 + self.stability / 10\"", "10 + self.");
    let list = client.call("textDocument/completion", at(uri, pos.clone()));
    let labels: Vec<&str> = list["items"].as_array().unwrap().iter().map(|i| i["label"].as_str().unwrap()).collect();
    assert_eq!(labels, ["treasury", "stability"]);
    let edit = &list["items"][0]["textEdit"];
    assert_eq!(edit["newText"], "treasury");
    assert_eq!(edit["range"]["start"], pos);

    // Functions, with snippets since the editor takes them.
    let pos = position(&changed, "\"self.fuel_price = 400", "self.fuel_price = ");
    let list = client.call("textDocument/completion", at(uri, pos));
    let clamp = list["items"].as_array().unwrap().iter().find(|i| i["label"] == "clamp").expect("clamp");
    assert_eq!(clamp["textEdit"]["newText"], "clamp($0)");
    assert!(clamp["documentation"]["value"].as_str().unwrap().contains("at least `lo`"));

    // Hover on a field: its row of the reference.
    let hover = client.call("textDocument/hover", at(uri, position(&changed, "capacity: 20", "capa")));
    let text = hover["contents"]["value"].as_str().unwrap();
    assert!(text.starts_with("**`capacity`**: whole number") && text.contains("most moved per turn"), "{text}");

    // Hover on an id: what it is and where.
    let hover = client.call("textDocument/hover", at(uri, position(&changed, "to: \"kesh_north\"", "to: \"kesh")));
    let line = changed.lines().position(|l| l.contains("(id: \"kesh_north\"")).unwrap() + 1;
    assert_eq!(
        hover["contents"]["value"],
        format!("**Region `kesh_north`**: Northern Kesh\n\nDefined on line {line}.")
    );

    // Go to definition: from an expression to the id's definition.
    let target =
        client.call("textDocument/definition", at(uri, position(&changed, "\"salt_road.capacity -= 5\"", "salt_r")));
    let def = position(&changed, "(id: \"salt_road\"", "(id: ");
    assert_eq!(target["uri"], uri);
    assert_eq!(target["range"]["start"], def);
    assert_eq!(target["range"]["end"]["character"], def["character"].as_u64().unwrap() + "\"salt_road\"".len() as u64);

    // The outline: each list with its items by name, nested.
    let outline = client.call("textDocument/documentSymbol", json!({"textDocument": {"uri": uri}}));
    let groups: Vec<&str> = outline.as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert!(
        groups.starts_with(&["variables.faction", "variables.region", "factions", "regions", "routes"]),
        "{groups:?}"
    );
    let factions = &outline[2]["children"];
    assert_eq!(factions[0]["name"], "Kesh");
    assert_eq!(factions[0]["detail"], "kesh");
    assert_eq!(factions[0]["children"][0]["name"], "North supplied");

    assert_eq!(client.shutdown(), Ending::Exit);
}

#[test]
fn positions_count_utf16_after_astral_characters_and_crlf_line_ends() {
    let mut client = Client::start(json!({}));
    let uri = "file:///nowhere/crlf.ron";
    // An emoji (two UTF-16 units, one character) before the mistake, and Windows line ends.
    let text = TUTORIAL
        .replacen(
            "weight: 1, score: \"100 - kesh_north.need\"",
            "weight: 1, score: \"100 - kesh_north.need\", description: \"🌍 \", weight: 1",
            1,
        )
        .replace('\n', "\r\n");
    let got = client.open(uri, &text);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("crlf.ron");
    std::fs::write(&file, &text).unwrap();
    let want = validate_json(&[&file]).into_values().flatten().collect::<Vec<_>>();
    let diagnostics = got["diagnostics"].as_array().unwrap();
    assert_eq!(diagnostics.len(), want.len());
    for (d, v) in diagnostics.iter().zip(&want) {
        assert_eq!(d["code"], v["code"]);
        let line = v["line"].as_u64().unwrap() - 1;
        let chars = v["column"].as_u64().unwrap() as usize - 1;
        let line_text = text.split("\r\n").nth(line as usize).unwrap();
        let units: usize = line_text.chars().take(chars).map(char::len_utf16).sum();
        assert_eq!(d["range"]["start"], json!({"line": line, "character": units}), "{}", v["message"]);
    }
    assert!(want.iter().any(|v| v["code"] == "duplicate-field"), "the emoji line is before the mistake: {want:?}");
    assert_eq!(client.shutdown(), Ending::Exit);
}

#[test]
fn a_burst_of_keystrokes_is_checked_once_after_the_pause() {
    let mut client = Client::start(json!({}));
    let uri = "file:///nowhere/burst.ron";
    assert_eq!(client.open(uri, TUTORIAL)["diagnostics"], json!([]));
    let pos = position(TUTORIAL, "end_when: [\"kesh.stability <= 0\"]", "end_when: [\"kesh.stability <= 0");
    for (i, c) in "000000000000000000000000000000".chars().enumerate() {
        let p = json!({"line": pos["line"], "character": pos["character"].as_u64().unwrap() + i as u64});
        client.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": 2 + i},
                   "contentChanges": [{"range": {"start": p, "end": p}, "text": c.to_string()}]}),
        );
    }
    let started = Instant::now();
    // A machine stalled mid-burst may check once in between; never once a keystroke.
    let mut checks = 1;
    while client.diagnostics(uri)["version"] != 31 {
        checks += 1;
        assert!(checks < 5, "{checks} checks for 30 keystrokes: not debounced");
    }
    assert!(started.elapsed() >= Duration::from_millis(150), "the last version is checked after a pause");
    assert_eq!(client.shutdown(), Ending::Exit);
}

#[test]
fn the_protocol_edges_get_their_answers_never_a_panic() {
    let (server_end, conn) = Connection::memory();
    let server = std::thread::spawn(move || serve(&server_end));
    let ask = |id: i32, method: &str, params: Value| {
        conn.sender.send(Request::new(id.into(), method.to_string(), params).into()).unwrap();
        match conn.receiver.recv_timeout(WAIT).unwrap() {
            Message::Response(r) => r,
            other => panic!("{other:?}"),
        }
    };
    let code = |r: Response| r.response_result.expect_err("an error").code;
    // Before initialize.
    assert_eq!(code(ask(1, "textDocument/hover", json!({}))), -32002);
    assert_eq!(code(ask(2, "initialize", json!({"capabilities": 7}))), -32602);
    assert!(ask(3, "initialize", json!({"capabilities": {}})).response_result.is_ok());
    conn.sender.send(Notification::new("initialized".into(), json!({})).into()).unwrap();
    assert_eq!(code(ask(4, "workspace/symbol", json!({"query": ""}))), -32601);
    assert_eq!(code(ask(5, "textDocument/completion", json!({"bogus": 1}))), -32602);
    // A notification with bad params, or about a document never opened, is ignored.
    conn.sender.send(Notification::new("textDocument/didChange".into(), json!({"x": 1})).into()).unwrap();
    let nowhere = json!({"textDocument": {"uri": "file:///never-opened.ron"}, "position": {"line": 0, "character": 0}});
    assert_eq!(ask(6, "textDocument/hover", nowhere).response_result.unwrap(), Value::Null);
    // A document over the size limit: the loader's diagnostic, and no work on it.
    let huge = format!("Scenario(\n{})", " ".repeat(harmattan::scenario::MAX_FILE_SIZE));
    conn.sender
        .send(
            Notification::new(
                "textDocument/didOpen".into(),
                json!({"textDocument": {"uri": "file:///huge.ron", "languageId": "ron", "version": 1, "text": huge}}),
            )
            .into(),
        )
        .unwrap();
    let Message::Notification(n) = conn.receiver.recv_timeout(WAIT).unwrap() else { panic!("diagnostics") };
    assert_eq!(n.params["diagnostics"][0]["code"], "file-too-large");
    let huge_at = json!({"textDocument": {"uri": "file:///huge.ron"}, "position": {"line": 1, "character": 3}});
    assert_eq!(ask(7, "textDocument/completion", huge_at).response_result.unwrap()["items"], json!([]));
    // After shutdown, requests are refused; then exit.
    assert!(ask(8, "shutdown", Value::Null).response_result.is_ok());
    assert_eq!(code(ask(9, "textDocument/hover", json!({}))), -32600);
    conn.sender.send(Notification::new("exit".into(), Value::Null).into()).unwrap();
    assert_eq!(server.join().unwrap(), Ending::Exit);
}

#[test]
fn exit_without_shutdown_or_a_vanished_editor_ends_the_session_uncleanly() {
    let client = Client::start(json!({}));
    client.notify("exit", Value::Null);
    assert_eq!(client.server.join().unwrap(), Ending::ExitWithoutShutdown);
    let client = Client::start(json!({}));
    let Client { conn, server, .. } = client;
    drop(conn);
    assert_eq!(server.join().unwrap(), Ending::Disconnected);
}

#[test]
fn a_file_that_is_not_utf8_on_disk_gets_the_loaders_diagnostic() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("latin1.ron");
    let mut bytes = TUTORIAL.as_bytes().to_vec();
    let at = TUTORIAL.find("(tutorial)").unwrap();
    bytes.splice(at..at, *b"\xe9 ");
    std::fs::write(&file, &bytes).unwrap();
    let mut client = Client::start(json!({"general": {"positionEncodings": ["utf-32"]}}));
    // The editor shows the file decoded some other way (here: Latin-1).
    let shown: String = bytes.iter().map(|&b| char::from(b)).collect();
    let uri = format!("file://{}", file.display());
    let got = client.open(&uri, &shown);
    let want = validate_json(&[&file]).into_values().flatten().map(|v| expected(&v)).collect::<Vec<_>>();
    let got: Vec<_> = got["diagnostics"].as_array().unwrap().iter().map(published).collect();
    assert_eq!(got, want);
    assert_eq!(want[0].0, "not-utf8");
    assert_eq!(client.shutdown(), Ending::Exit);
}

/// Reads one `Content-Length` framed message.
fn read_message(out: &mut impl BufRead) -> Value {
    let mut length = 0;
    loop {
        let mut line = String::new();
        out.read_line(&mut line).expect("a header");
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(n) = line.strip_prefix("Content-Length: ") {
            length = n.parse().expect("a length");
        }
    }
    let mut body = vec![0; length];
    out.read_exact(&mut body).expect("the body");
    serde_json::from_slice(&body).expect("JSON")
}

fn frame(body: &str) -> Vec<u8> {
    format!("Content-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
}

#[test]
fn the_binary_speaks_the_protocol_over_stdio() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_harmattan"))
        .args(["lsp", "--stdio"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("harmattan lsp starts");
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let init = json!({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                      "params": {"capabilities": {"general": {"positionEncodings": ["utf-8", "utf-16"]}}}});
    stdin.write_all(&frame("this is not JSON")).unwrap();
    stdin.write_all(&frame(&init.to_string())).unwrap();
    stdin.flush().unwrap();
    let response = read_message(&mut stdout);
    assert_eq!(response["id"], 1);
    assert_eq!(response["result"]["capabilities"]["positionEncoding"], "utf-8");
    assert_eq!(response["result"]["serverInfo"]["name"], "harmattan");
    stdin.write_all(&frame(r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#)).unwrap();
    stdin.write_all(&frame(r#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#)).unwrap();
    stdin.flush().unwrap();
    let response = read_message(&mut stdout);
    assert_eq!((response["id"].clone(), response["result"].clone()), (json!(2), Value::Null));
    stdin.write_all(&frame(r#"{"jsonrpc":"2.0","method":"exit"}"#)).unwrap();
    stdin.flush().unwrap();
    let status = child.wait().expect("it exits");
    let mut log = String::new();
    child.stderr.take().unwrap().read_to_string(&mut log).unwrap();
    assert!(status.success(), "{status:?}: {log}");
    assert!(log.contains("not JSON-RPC"), "the bad message is skipped and said so: {log}");
}

#[test]
fn the_help_explains_what_the_server_does() {
    let out = Command::new(env!("CARGO_BIN_EXE_harmattan")).args(["lsp", "--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    for expected in ["Language server", "Editor set-up", "completion", "validate"] {
        assert!(help.contains(expected), "{expected}: {help}");
    }
}
