//! What the operating system says when a file or a connection fails, in the
//! reader's language: the standard library words it in English only.

use std::io;

use super::Lang;
use crate::tr;

/// An I/O error in `lang`. English keeps the standard library's own text
/// byte for byte; French and Arabic say the kind of failure in their words,
/// with the system's error number when there is one, so it can be looked up.
pub fn io_error(e: &io::Error, lang: Lang) -> String {
    if lang == Lang::En {
        return e.to_string();
    }
    let key = match e.kind() {
        io::ErrorKind::NotFound => "sys-not-found",
        io::ErrorKind::PermissionDenied => "sys-permission-denied",
        io::ErrorKind::AlreadyExists => "sys-already-exists",
        io::ErrorKind::StorageFull => "sys-storage-full",
        io::ErrorKind::ReadOnlyFilesystem => "sys-read-only",
        io::ErrorKind::IsADirectory => "sys-is-a-directory",
        io::ErrorKind::NotADirectory => "sys-not-a-directory",
        io::ErrorKind::DirectoryNotEmpty => "sys-directory-not-empty",
        io::ErrorKind::InvalidData => "sys-invalid-data",
        io::ErrorKind::UnexpectedEof => "sys-unexpected-end",
        io::ErrorKind::Interrupted => "sys-interrupted",
        io::ErrorKind::TimedOut => "sys-timed-out",
        io::ErrorKind::AddrInUse => "sys-address-in-use",
        io::ErrorKind::AddrNotAvailable => "sys-address-not-available",
        io::ErrorKind::ConnectionRefused => "sys-connection-refused",
        io::ErrorKind::ConnectionReset | io::ErrorKind::ConnectionAborted | io::ErrorKind::BrokenPipe => {
            "sys-connection-lost"
        }
        io::ErrorKind::OutOfMemory => "sys-out-of-memory",
        io::ErrorKind::FileTooLarge => "sys-file-too-large",
        io::ErrorKind::InvalidFilename => "sys-invalid-filename",
        io::ErrorKind::ResourceBusy | io::ErrorKind::ExecutableFileBusy => "sys-busy",
        io::ErrorKind::CrossesDevices => "sys-crosses-devices",
        _ => "sys-other",
    };
    let said = tr!(lang, key);
    match e.raw_os_error() {
        Some(code) => tr!(lang, "sys-with-code", said = said, code = code.to_string()),
        None => said,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_keeps_the_systems_words() {
        let e = io::Error::from_raw_os_error(2);
        assert_eq!(io_error(&e, Lang::En), e.to_string());
    }

    #[test]
    fn french_and_arabic_say_it_in_their_words_with_the_number() {
        let e = io::Error::from_raw_os_error(2);
        let fr = io_error(&e, Lang::Fr);
        assert!(fr.contains("introuvable") && fr.contains('2'), "{fr}");
        let ar = io_error(&e, Lang::Ar);
        assert!(!ar.is_ascii() && ar.contains('2'), "{ar}");
        let custom = io::Error::new(io::ErrorKind::PermissionDenied, "x");
        assert!(!io_error(&custom, Lang::Fr).contains("x"));
    }
}
