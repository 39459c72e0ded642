//! A document's diagnostics: exactly those `harmattan validate` gives (the
//! same loader, codes, messages and places), in the editor's positions.
//!
//! Every document is checked as a scenario. Translations (the languages
//! issue) will get their own kind of document here, checked by their own
//! loader and turned into diagnostics by the same [`diagnostics`].

use std::path::PathBuf;

use lsp_types::{DiagnosticSeverity, NumberOrString, Uri};

use super::document::{Document, Encoding};
use crate::files::{self, ReadError};
use crate::i18n::Lang;
use crate::scenario::diagnostic::{MAX_MESSAGE, line_col};
use crate::scenario::{self, Loaded, Severity};
use crate::text::clip;
use crate::tr;

/// Name the diagnostics give as their source.
pub const SOURCE: &str = "harmattan";

/// Loads the document's text as `validate` loads a file, with the problems in `lang`.
pub fn load(uri: &Uri, doc: &Document, lang: Lang) -> Loaded {
    scenario::load_in(uri.as_str(), doc.text().as_bytes(), None, lang, None)
}

/// The problem of the file as saved on disk that the editor's text cannot
/// show: bytes that are not UTF-8 (the editor shows them decoded some other
/// way), a file over the size limit, or something that is not a file. `None`
/// when the file reads as text, or is not a local file. The problem is in `lang`.
pub fn on_disk(uri: &Uri, lang: Lang) -> Option<Loaded> {
    let path = file_path(uri)?;
    match files::read_limited(&path, scenario::MAX_FILE_SIZE as u64) {
        Ok(bytes) if std::str::from_utf8(&bytes).is_err() => {
            Some(scenario::load_in(uri.as_str(), &bytes, None, lang, None))
        }
        Ok(_) | Err(ReadError::Io(_)) => None,
        Err(e) => Some(scenario::refused(uri.as_str(), &e, lang)),
    }
}

/// The local path of a `file:` URI.
pub fn file_path(uri: &Uri) -> Option<PathBuf> {
    if !uri.scheme().is_some_and(|s| s.as_str().eq_ignore_ascii_case("file")) {
        return None;
    }
    let path = uri.path().as_estr().decode().into_string().ok()?.into_owned();
    // `file:///C:/x` on Windows is the path `C:/x`.
    let path = if cfg!(windows) { path.strip_prefix('/').map(str::to_string).unwrap_or(path) } else { path };
    Some(PathBuf::from(path))
}

/// The loader's diagnostics in the editor's positions. `same_text`: the
/// spans are in this document's text (else they are placed by line and
/// column, for a copy of the file read from disk).
pub fn diagnostics(loaded: &Loaded, doc: &Document, encoding: Encoding, same_text: bool) -> Vec<lsp_types::Diagnostic> {
    loaded
        .diagnostics
        .iter()
        .map(|d| {
            let range = match &d.span {
                None => lsp_types::Range::default(),
                Some(span) if same_text => doc.range(span, encoding),
                Some(span) => {
                    let at = |offset| {
                        let (line, col) = line_col(&loaded.source, offset);
                        doc.position_of_line_col(line, col, encoding)
                    };
                    lsp_types::Range::new(at(span.start), at(span.end))
                }
            };
            let message = clip(&d.message, MAX_MESSAGE);
            let message = match &d.help {
                Some(help) => format!("{message}\n{} {}", tr!(loaded.lang, "diag-label-help"), clip(help, MAX_MESSAGE)),
                None => message.into_owned(),
            };
            lsp_types::Diagnostic {
                range,
                severity: Some(match d.severity {
                    Severity::Error => DiagnosticSeverity::ERROR,
                    Severity::Warning => DiagnosticSeverity::WARNING,
                }),
                code: Some(NumberOrString::String(d.code.to_string())),
                source: Some(SOURCE.to_string()),
                message,
                ..lsp_types::Diagnostic::default()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_that_is_not_utf8_on_disk_gets_the_loaders_diagnostic() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("latin1.ron");
        std::fs::write(&path, b"Scenario(\n  // caf\xe9\n)").unwrap();
        let uri: Uri = format!("file://{}", path.display()).parse().unwrap();
        let loaded = on_disk(&uri, Lang::En).expect("a problem on disk");
        assert_eq!(loaded.diagnostics[0].code, "not-utf8");
        // As the editor shows it (decoded as Latin-1): the place is the `é`.
        let doc = Document::new("Scenario(\n  // café\n)".to_string(), 1);
        let found = diagnostics(&loaded, &doc, Encoding::Utf16, false);
        assert_eq!(found[0].range.start, lsp_types::Position::new(1, 8));
        assert!(found[0].message.contains("UTF-8") && found[0].message.contains("\nhelp: "));
        let french = on_disk(&uri, Lang::Fr).expect("a problem on disk");
        let found = diagnostics(&french, &doc, Encoding::Utf16, false);
        assert_eq!(found[0].code, Some(NumberOrString::String("not-utf8".into())));
        assert_eq!(
            found[0].message,
            format!("{}\naide\u{202f}: {}", tr!(Lang::Fr, "diag-not-utf8"), tr!(Lang::Fr, "diag-not-utf8-help"))
        );
        std::fs::write(&path, "Scenario()").unwrap();
        assert!(on_disk(&uri, Lang::En).is_none());
        assert!(on_disk(&"untitled:Untitled-1".parse().unwrap(), Lang::En).is_none());
    }

    #[test]
    fn file_uris_become_paths_with_their_escapes_decoded() {
        let uri: Uri = "file:///home/a%20b/x.ron".parse().unwrap();
        if !cfg!(windows) {
            assert_eq!(file_path(&uri), Some(PathBuf::from("/home/a b/x.ron")));
        }
        assert_eq!(file_path(&"https://example.org/x.ron".parse().unwrap()), None);
    }
}
