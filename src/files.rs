//! Files from strangers and files we write, handled safely.
//!
//! Reading: only regular files are opened (a folder, a named pipe or a device
//! is refused before anything blocks), and never more than a limit: a huge or
//! endless file costs at most `limit + 1` bytes of memory.
//!
//! Writing: a new file is written under an unpredictable temporary name,
//! created exclusively (never through a link planted in advance), synced, and
//! renamed over the target, which replaces a link at the target rather than
//! writing through it. A crash leaves the old file whole and, at worst, a
//! stale temporary file that [`remove_stale_temporaries`] clears later.

use std::fmt;
use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::Path;
use std::time::{Duration, SystemTime};

use crate::i18n::Lang;
use crate::tr;

/// Every temporary file this program writes ends with this.
pub const TEMPORARY_SUFFIX: &str = ".tmp";

/// Temporary files older than this are left over from a crash.
pub const STALE_AFTER: Duration = Duration::from_secs(60 * 60);

/// Why a file could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// The system could not read it (missing, no permission, a disk error).
    Io(io::Error),
    /// It is not a regular file (a folder, a named pipe, a device…).
    NotAFile(&'static str),
    /// It is larger than the limit for its kind (in bytes).
    TooLarge(u64),
}

impl ReadError {
    /// Whether the system failed, rather than the file being the wrong thing.
    pub fn is_io(&self) -> bool {
        matches!(self, ReadError::Io(_))
    }
}

impl ReadError {
    /// Why, in `lang` (`Display` says it in English).
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ReadError::Io(e) => tr!(lang, "diag-cannot-read", reason = crate::i18n::io_error(e, lang)),
            ReadError::NotAFile(kind) => {
                let key = match *kind {
                    "a folder" => "diag-file-kind-folder",
                    "a named pipe" => "diag-file-kind-pipe",
                    "a device" => "diag-file-kind-device",
                    "a socket" => "diag-file-kind-socket",
                    _ => "diag-file-kind-other",
                };
                tr!(lang, "diag-not-a-file", kind = tr!(lang, key))
            }
            ReadError::TooLarge(limit) => tr!(lang, "diag-too-large", size = size(*limit)),
        }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ReadError {}

/// A byte count as people say it (`1 GiB`, `16 MiB`, `640 KiB`, `12 bytes`).
pub fn size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 30 && b % (1 << 30) == 0 => format!("{} GiB", b >> 30),
        b if b >= 1 << 20 && b % (1 << 20) == 0 => format!("{} MiB", b >> 20),
        b if b >= 1 << 10 && b % (1 << 10) == 0 => format!("{} KiB", b >> 10),
        b => format!("{b} bytes"),
    }
}

/// Reads a regular file of at most `limit` bytes. Never blocks on a pipe or
/// device and never holds more than `limit + 1` bytes, whatever the file says.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let meta = fs::metadata(path).map_err(ReadError::Io)?;
    check_kind(&meta)?;
    if meta.len() > limit {
        return Err(ReadError::TooLarge(limit));
    }
    let file = open_for_reading(path).map_err(ReadError::Io)?;
    // The path may have been swapped between the look and the open.
    check_kind(&file.metadata().map_err(ReadError::Io)?)?;
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes).map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge(limit));
    }
    Ok(bytes)
}

fn check_kind(meta: &fs::Metadata) -> Result<(), ReadError> {
    if meta.is_file() {
        return Ok(());
    }
    Err(ReadError::NotAFile(if meta.is_dir() { "a folder" } else { special_kind(meta) }))
}

#[cfg(unix)]
fn special_kind(meta: &fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_fifo() {
        "a named pipe"
    } else if t.is_char_device() || t.is_block_device() {
        "a device"
    } else if t.is_socket() {
        "a socket"
    } else {
        "not a regular file"
    }
}

#[cfg(not(unix))]
fn special_kind(_: &fs::Metadata) -> &'static str {
    "not a regular file"
}

/// Opens without waiting: a named pipe swapped in after the check must not block.
#[cfg(unix)]
fn open_for_reading(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY).open(path)
}

#[cfg(not(unix))]
fn open_for_reading(path: &Path) -> io::Result<File> {
    File::open(path)
}

/// Replaces (or creates) `path` with `bytes`, atomically and without
/// following links: see the module documentation.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = folder_of(path);
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path names no file"))?
        .to_string_lossy();
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(TEMPORARY_SUFFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o644));
    }
    // Created exclusively under a random name; removed if anything below fails.
    let mut tmp = builder.tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.flush()?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// The folder a path's file is in (`.` for a bare name).
pub fn folder_of(path: &Path) -> &Path {
    path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."))
}

/// Whether a file name is one of the temporary files this program writes
/// (`.NAME.ron.XXXXXX.tmp`, or an older version's `NAME.ron.tmp`), and no one else's.
pub fn is_temporary(name: &str) -> bool {
    const OURS: [&str; 6] = [".ron", ".html", ".md", ".csv", ".json", ".jsonl"];
    if name.ends_with(".ron.tmp") {
        return true;
    }
    let Some(inner) = name.strip_prefix('.').and_then(|n| n.strip_suffix(TEMPORARY_SUFFIX)) else { return false };
    inner.rsplit_once('.').is_some_and(|(target, _random)| OURS.iter().any(|x| target.ends_with(x)))
}

/// Removes the temporary files a crash left in `dir` (regular files only,
/// older than [`STALE_AFTER`], so a game writing at this moment is safe).
pub fn remove_stale_temporaries(dir: &Path, now: SystemTime) {
    let Ok(read) = fs::read_dir(dir) else { return };
    for entry in read.filter_map(Result::ok) {
        let stale = entry.file_name().to_str().is_some_and(is_temporary)
            && entry.metadata().is_ok_and(|m| {
                m.file_type().is_file()
                    && m.modified().is_ok_and(|t| now.duration_since(t).is_ok_and(|age| age > STALE_AFTER))
            });
        if stale {
            let _ = fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_small_file_and_refuses_one_over_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        fs::write(&path, b"hello").unwrap();
        assert_eq!(read_limited(&path, 5).unwrap(), b"hello");
        assert!(matches!(read_limited(&path, 4), Err(ReadError::TooLarge(4))));
    }

    #[test]
    fn refuses_folders_and_devices_without_reading() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(read_limited(dir.path(), 10), Err(ReadError::NotAFile("a folder"))));
        #[cfg(unix)]
        assert!(matches!(read_limited(Path::new("/dev/zero"), 10), Err(ReadError::NotAFile("a device"))));
    }

    #[cfg(unix)]
    #[test]
    fn refuses_a_named_pipe_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.ron");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a valid NUL-terminated path; mkfifo only creates a file.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        assert!(matches!(read_limited(&fifo, 10), Err(ReadError::NotAFile("a named pipe"))));
    }

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(size(1 << 30), "1 GiB");
        assert_eq!(size(16 * 1024 * 1024), "16 MiB");
        assert_eq!(size(640 * 1024), "640 KiB");
        assert_eq!(size(1000), "1000 bytes");
    }

    #[test]
    fn atomic_write_replaces_the_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("game.ron");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, ["game.ron"]);
    }

    #[cfg(unix)]
    #[test]
    fn atomic_write_never_writes_through_a_link() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim.txt");
        fs::write(&victim, b"precious").unwrap();
        let path = dir.path().join("game.ron");
        std::os::unix::fs::symlink(&victim, &path).unwrap();
        std::os::unix::fs::symlink(&victim, dir.path().join("game.ron.tmp")).unwrap();
        write_atomic(&path, b"save").unwrap();
        assert_eq!(fs::read(&victim).unwrap(), b"precious");
        assert!(!fs::symlink_metadata(&path).unwrap().file_type().is_symlink());
        assert_eq!(fs::read(&path).unwrap(), b"save");
    }

    #[test]
    fn stale_temporaries_are_removed_and_fresh_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        let tmp = dir.path().join(".game.ron.abc123.tmp");
        let save = dir.path().join("game.ron");
        let theirs = dir.path().join("notes.tmp");
        fs::write(&tmp, b"half").unwrap();
        fs::write(&save, b"whole").unwrap();
        fs::write(&theirs, b"someone else's").unwrap();
        remove_stale_temporaries(dir.path(), SystemTime::now());
        assert!(tmp.exists(), "a temporary being written now is kept");
        remove_stale_temporaries(dir.path(), SystemTime::now() + STALE_AFTER * 2);
        assert!(!tmp.exists());
        assert!(save.exists() && theirs.exists(), "only our own temporary files are removed");
    }
}
