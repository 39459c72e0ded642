//! `harmattan lsp`: a language server for scenario files, over standard
//! input and output, that any editor with a language-server client can start.
//!
//! It gives, as the modder types: the diagnostics `harmattan validate`
//! gives (the same loader, codes and places), checked again once typing
//! pauses; completion of field names, choice values, ids, variables, flags
//! and functions; hover with the format reference's text for a field and
//! the definition of an id; go to definition; and the document outline.
//!
//! One thread answers every message in order: a request is answered from
//! the document's text as it is at that moment, and a document is checked
//! when no message is waiting and it has been quiet for a moment
//! (the `debounce` module).

mod analysis;
mod check;
mod complete;
mod context;
mod debounce;
mod document;
mod expression;
mod hover;
mod lookup;
mod reference;
mod schema;
mod shape;
mod symbols;
mod transport;

use std::collections::BTreeMap;
use std::io;
use std::time::Instant;

use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidCloseTextDocument, DidOpenTextDocument, DidSaveTextDocument, Exit, Notification as _,
    PublishDiagnostics,
};
use lsp_types::request::{
    Completion as CompletionRequest, DocumentSymbolRequest, GotoDefinition, HoverRequest, Initialize, Request as _,
    Shutdown,
};
use lsp_types::{
    CompletionList, CompletionOptions, CompletionResponse, CompletionTextEdit, DocumentSymbolResponse,
    GotoDefinitionResponse, Hover, HoverContents, HoverProviderCapability, InitializeParams, InitializeResult,
    Location, MarkupContent, MarkupKind, OneOf, PublishDiagnosticsParams, ServerCapabilities, ServerInfo,
    TextDocumentPositionParams, TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions,
    TextDocumentSyncSaveOptions, TextEdit, Uri,
};
use serde::Serialize;
use serde::de::DeserializeOwned;

use analysis::{Analysis, Index};
use debounce::Debounce;
use document::{Document, Encoding};

use crate::i18n::Lang;
use crate::scenario::Loaded;

/// How a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// `exit` after `shutdown`, as the protocol asks.
    Exit,
    /// `exit` without `shutdown` first.
    ExitWithoutShutdown,
    /// The editor went away without `exit`.
    Disconnected,
}

impl Ending {
    /// Whether the session ended as the protocol asks (exit code 0, else 1).
    pub fn is_clean(self) -> bool {
        self == Ending::Exit
    }
}

/// Serves one editor over standard input and output until it exits.
pub fn run_stdio() -> io::Result<Ending> {
    let (connection, threads) = transport::Stdio::start();
    let ending = serve(&connection);
    drop(connection);
    threads.finish()?;
    Ok(ending)
}

/// Serves the editor at the other end of `connection` until it exits or goes away.
pub fn serve(connection: &Connection) -> Ending {
    let Some(mut server) = Server::initialize(connection) else { return Ending::Disconnected };
    let Some(params) = server.params.take() else { return Ending::ExitWithoutShutdown };
    server.configure(&params);
    server.run()
}

/// An open document and what is known of it.
struct Open {
    doc: Document,
    /// Its text read, for the version it has now (built on first need).
    analysis: Option<Analysis>,
    /// The ids of the last version that loaded without an error.
    known: Option<Index>,
    /// A problem of the file on disk that its text cannot show.
    disk: Option<Loaded>,
}

impl Open {
    fn analysis(&mut self) -> &Analysis {
        let doc = &self.doc;
        self.analysis.get_or_insert_with(|| Analysis::new(doc.normalised()))
    }
}

/// What to do after a message.
enum Flow {
    Go,
    Stop(Ending),
}

struct Server<'c> {
    connection: &'c Connection,
    params: Option<InitializeParams>,
    encoding: Encoding,
    snippets: bool,
    nested_symbols: bool,
    documents: BTreeMap<Uri, Open>,
    debounce: Debounce,
    shutting_down: bool,
    /// The language of the diagnostics: the editor's `locale` (`fr-FR`), else English.
    lang: Lang,
}

impl<'c> Server<'c> {
    /// Waits for `initialize` and answers it; `None` if the editor goes
    /// away first; a server without `params` if it exits first.
    fn initialize(connection: &'c Connection) -> Option<Server<'c>> {
        let mut server = Server {
            connection,
            params: None,
            encoding: Encoding::Utf16,
            snippets: false,
            nested_symbols: true,
            documents: BTreeMap::new(),
            debounce: Debounce::default(),
            shutting_down: false,
            lang: Lang::En,
        };
        loop {
            match connection.receiver.recv().ok()? {
                Message::Request(req) if req.method == Initialize::METHOD => {
                    match serde_json::from_value::<InitializeParams>(req.params) {
                        Ok(params) => {
                            let encoding = Encoding::negotiate(
                                params.capabilities.general.as_ref().and_then(|g| g.position_encodings.as_deref()),
                            );
                            server.encoding = encoding;
                            server.send(ok(req.id, initialize_result(encoding)).into()).ok()?;
                            server.params = Some(params);
                            return Some(server);
                        }
                        Err(e) => server.send(invalid_params(req.id, &e).into()).ok()?,
                    }
                }
                Message::Request(req) => server
                    .send(
                        Response::new_err(
                            req.id,
                            ErrorCode::ServerNotInitialized as i32,
                            "the server is not initialized yet".to_string(),
                        )
                        .into(),
                    )
                    .ok()?,
                Message::Notification(n) if n.method == Exit::METHOD => return Some(server),
                Message::Notification(_) | Message::Response(_) => {}
            }
        }
    }

    fn configure(&mut self, params: &InitializeParams) {
        self.lang = Lang::from_env_values(None, None, params.locale.as_deref());
        let text = params.capabilities.text_document.as_ref();
        self.snippets = text
            .and_then(|t| t.completion.as_ref())
            .and_then(|c| c.completion_item.as_ref())
            .and_then(|i| i.snippet_support)
            .unwrap_or(false);
        self.nested_symbols = text
            .and_then(|t| t.document_symbol.as_ref())
            .and_then(|s| s.hierarchical_document_symbol_support)
            .unwrap_or(false);
    }

    fn send(&self, message: Message) -> Result<(), Gone> {
        self.connection.sender.send(message).map_err(|_| Gone)
    }

    fn run(mut self) -> Ending {
        loop {
            let received = match self.debounce.next_due() {
                Some(due) => match self.connection.receiver.recv_timeout(due.saturating_duration_since(Instant::now()))
                {
                    Ok(message) => Some(message),
                    Err(e) if e.is_timeout() => None,
                    Err(_) => return Ending::Disconnected,
                },
                None => match self.connection.receiver.recv() {
                    Ok(message) => Some(message),
                    Err(_) => return Ending::Disconnected,
                },
            };
            let idle = received.is_none();
            if let Some(message) = received {
                match self.handle(message) {
                    Ok(Flow::Go) => {}
                    Ok(Flow::Stop(ending)) => return ending,
                    Err(Gone) => return Ending::Disconnected,
                }
            }
            for uri in self.debounce.take_due(Instant::now(), idle) {
                if self.publish(&uri).is_err() {
                    return Ending::Disconnected;
                }
            }
        }
    }

    fn handle(&mut self, message: Message) -> Result<Flow, Gone> {
        match message {
            Message::Request(req) => {
                let response = self.request(req);
                self.send(response.into())?;
                Ok(Flow::Go)
            }
            Message::Notification(n) => self.notification(n),
            Message::Response(_) => Ok(Flow::Go),
        }
    }

    fn request(&mut self, req: Request) -> Response {
        if self.shutting_down {
            let message = "the server is shutting down".to_string();
            return Response::new_err(req.id, ErrorCode::InvalidRequest as i32, message);
        }
        match req.method.as_str() {
            Shutdown::METHOD => {
                self.shutting_down = true;
                ok(req.id, ())
            }
            CompletionRequest::METHOD => {
                answer(req, |p: lsp_types::CompletionParams| self.completion(&p.text_document_position))
            }
            HoverRequest::METHOD => {
                answer(req, |p: lsp_types::HoverParams| self.hover(&p.text_document_position_params))
            }
            GotoDefinition::METHOD => {
                answer(req, |p: lsp_types::GotoDefinitionParams| self.definition(&p.text_document_position_params))
            }
            DocumentSymbolRequest::METHOD => {
                answer(req, |p: lsp_types::DocumentSymbolParams| self.symbols(&p.text_document.uri))
            }
            _ => {
                let message = format!("this server does not handle `{}`", req.method);
                Response::new_err(req.id, ErrorCode::MethodNotFound as i32, message)
            }
        }
    }

    fn notification(&mut self, n: Notification) -> Result<Flow, Gone> {
        let method = n.method.clone();
        let params = n.params;
        let mut closed = None;
        let result = match method.as_str() {
            Exit::METHOD => {
                let ending = if self.shutting_down { Ending::Exit } else { Ending::ExitWithoutShutdown };
                return Ok(Flow::Stop(ending));
            }
            DidOpenTextDocument::METHOD => parse(params).map(|p: lsp_types::DidOpenTextDocumentParams| {
                let d = p.text_document;
                let disk = check::on_disk(&d.uri, self.lang);
                let open = Open { doc: Document::new(d.text, d.version), analysis: None, known: None, disk };
                self.documents.insert(d.uri.clone(), open);
                Some(d.uri)
            }),
            DidChangeTextDocument::METHOD => parse(params).map(|p: lsp_types::DidChangeTextDocumentParams| {
                if let Some(open) = self.documents.get_mut(&p.text_document.uri) {
                    open.doc.apply(p.content_changes, p.text_document.version, self.encoding);
                    open.analysis = None;
                    self.debounce.changed(p.text_document.uri, Instant::now());
                }
                None
            }),
            DidSaveTextDocument::METHOD => parse(params).map(|p: lsp_types::DidSaveTextDocumentParams| {
                let uri = p.text_document.uri;
                let open = self.documents.get_mut(&uri)?;
                open.disk = check::on_disk(&uri, self.lang);
                Some(uri)
            }),
            DidCloseTextDocument::METHOD => parse(params).map(|p: lsp_types::DidCloseTextDocumentParams| {
                let uri = p.text_document.uri;
                self.documents.remove(&uri);
                self.debounce.forget(&uri);
                closed = Some(uri);
                None
            }),
            // `initialized`, `$/cancelRequest` (every request is answered at
            // once), settings and the like need nothing.
            _ => Ok(None),
        };
        match result {
            Ok(Some(uri)) => {
                self.debounce.forget(&uri);
                self.publish(&uri)?;
            }
            Ok(None) => {}
            Err(e) => eprintln!("harmattan lsp: ignored `{method}`: {e}"),
        }
        if let Some(uri) = closed {
            // A closed document's problems leave the editor's list.
            let cleared = PublishDiagnosticsParams { uri, diagnostics: Vec::new(), version: None };
            self.send(Notification::new(PublishDiagnostics::METHOD.to_string(), cleared).into())?;
        }
        Ok(Flow::Go)
    }

    /// Checks a document now and sends its diagnostics.
    fn publish(&mut self, uri: &Uri) -> Result<(), Gone> {
        let encoding = self.encoding;
        let Some(open) = self.documents.get_mut(uri) else { return Ok(()) };
        let loaded = check::load(uri, &open.doc, self.lang);
        if loaded.scenario.is_some() {
            open.known = Some(open.analysis().index.clone());
        }
        let diagnostics = match &open.disk {
            Some(disk) => check::diagnostics(disk, &open.doc, encoding, false),
            None => check::diagnostics(&loaded, &open.doc, encoding, true),
        };
        let params = PublishDiagnosticsParams { uri: uri.clone(), diagnostics, version: Some(open.doc.version) };
        self.send(Notification::new(PublishDiagnostics::METHOD.to_string(), params).into())
    }

    /// The open document at a position, its analysis, and the offset.
    fn at(&mut self, at: &TextDocumentPositionParams) -> Option<(&mut Open, usize)> {
        let encoding = self.encoding;
        let open = self.documents.get_mut(&at.text_document.uri)?;
        let offset = open.doc.offset(at.position, encoding);
        Some((open, offset))
    }

    fn completion(&mut self, at: &TextDocumentPositionParams) -> Option<CompletionResponse> {
        let (encoding, snippets) = (self.encoding, self.snippets);
        let (open, offset) = self.at(at)?;
        open.analysis();
        let Open { doc, analysis, known, .. } = open;
        let analysis = analysis.as_ref()?;
        let request = complete::Request { analysis, known: known.as_ref(), offset, snippets };
        let found = complete::complete(&request);
        let range = doc.range(&found.replace, encoding);
        let items = found
            .items
            .into_iter()
            .map(|mut item| {
                let new_text = item.insert_text.take().unwrap_or_else(|| item.label.clone());
                item.text_edit = Some(CompletionTextEdit::Edit(TextEdit { range, new_text }));
                item
            })
            .collect();
        Some(CompletionResponse::List(CompletionList { is_incomplete: false, items }))
    }

    fn hover(&mut self, at: &TextDocumentPositionParams) -> Option<Hover> {
        let encoding = self.encoding;
        let (open, offset) = self.at(at)?;
        let (text, range) = hover::hover(open.analysis(), offset)?;
        Some(Hover {
            contents: HoverContents::Markup(MarkupContent { kind: MarkupKind::Markdown, value: text }),
            range: Some(open.doc.range(&range, encoding)),
        })
    }

    fn definition(&mut self, at: &TextDocumentPositionParams) -> Option<GotoDefinitionResponse> {
        let encoding = self.encoding;
        let (open, offset) = self.at(at)?;
        let target = match lookup::at(open.analysis(), offset)?.0 {
            lookup::Found::Id(d) => d.id_span.clone(),
            lookup::Found::Item(binding) => binding,
            _ => return None,
        };
        let range = open.doc.range(&target, encoding);
        Some(GotoDefinitionResponse::Scalar(Location { uri: at.text_document.uri.clone(), range }))
    }

    fn symbols(&mut self, uri: &Uri) -> Option<DocumentSymbolResponse> {
        let (encoding, nested) = (self.encoding, self.nested_symbols);
        let open = self.documents.get_mut(uri)?;
        let outline = symbols::outline(open.analysis());
        let to_range = |r: &std::ops::Range<usize>| open.doc.range(r, encoding);
        Some(if nested {
            DocumentSymbolResponse::Nested(outline.iter().map(|s| s.to_lsp(&to_range)).collect())
        } else {
            let mut flat = Vec::new();
            outline.iter().for_each(|s| s.flatten(uri, &to_range, None, &mut flat));
            DocumentSymbolResponse::Flat(flat)
        })
    }
}

/// The editor is gone: its end of the connection is closed.
struct Gone;

/// What the server can do, with the position encoding chosen.
fn initialize_result(encoding: Encoding) -> InitializeResult {
    InitializeResult {
        capabilities: ServerCapabilities {
            position_encoding: Some(encoding.kind()),
            text_document_sync: Some(TextDocumentSyncCapability::Options(TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                save: Some(TextDocumentSyncSaveOptions::Supported(true)),
                ..TextDocumentSyncOptions::default()
            })),
            completion_provider: Some(CompletionOptions {
                trigger_characters: Some(complete::TRIGGERS.iter().map(|t| t.to_string()).collect()),
                ..CompletionOptions::default()
            }),
            hover_provider: Some(HoverProviderCapability::Simple(true)),
            definition_provider: Some(OneOf::Left(true)),
            document_symbol_provider: Some(OneOf::Left(true)),
            ..ServerCapabilities::default()
        },
        server_info: Some(ServerInfo {
            name: "harmattan".to_string(),
            version: Some(env!("CARGO_PKG_VERSION").to_string()),
        }),
    }
}

fn parse<P: DeserializeOwned>(params: serde_json::Value) -> Result<P, serde_json::Error> {
    serde_json::from_value(params)
}

fn invalid_params(id: RequestId, e: &serde_json::Error) -> Response {
    Response::new_err(id, ErrorCode::InvalidParams as i32, format!("the parameters cannot be read: {e}"))
}

/// Answers a request with `f` of its parameters, or says they cannot be read.
fn answer<P: DeserializeOwned, R: Serialize>(req: Request, f: impl FnOnce(P) -> R) -> Response {
    match parse::<P>(req.params) {
        Ok(params) => ok(req.id, f(params)),
        Err(e) => invalid_params(req.id, &e),
    }
}

/// A successful response (or, if the result cannot be written as JSON, an internal error).
fn ok(id: RequestId, result: impl Serialize) -> Response {
    match serde_json::to_value(result) {
        Ok(result) => Response { id, response_result: Ok(result) },
        Err(e) => Response::new_err(id, ErrorCode::InternalError as i32, e.to_string()),
    }
}
