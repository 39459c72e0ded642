//! The secrets of a hosted game: join codes (one per seat, read aloud in
//! class) and the host key (kept between lessons, so students' SSH clients
//! do not warn anew each time).

use std::io::Write;
use std::path::{Path, PathBuf};

use rand::RngExt;
use russh::keys::{Algorithm, HashAlg, PrivateKey};

use crate::i18n::Lang;
use crate::tr;

/// Letters and digits that cannot be misread or misheard: no 0/O, no 1/l/I.
pub const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/// Characters in a join code: 31⁶ ≈ 887 million codes, and wrong guesses are slowed and limited.
pub const CODE_LENGTH: usize = 6;

/// A new code of `CODE_LENGTH` characters from [`ALPHABET`], drawn from a
/// cryptographic generator seeded by the operating system.
pub fn new_code() -> String {
    let mut rng = rand::rng();
    (0..CODE_LENGTH).map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())])).collect()
}

/// A typed code as it is compared: capitals, without the spaces and dashes
/// people add when copying it from a board.
pub fn normalise(typed: &str) -> String {
    typed.chars().filter(|c| !c.is_whitespace() && *c != '-').flat_map(char::to_uppercase).take(64).collect()
}

/// Whether `typed` is `code` (case, spaces and dashes aside), in time that
/// does not depend on where they differ.
pub fn matches(code: &str, typed: &str) -> bool {
    let (a, b) = (normalise(code), normalise(typed));
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The file that keeps the host key in a save folder.
pub fn host_key_path(dir: &Path) -> PathBuf {
    dir.join(".harmattan-host-key")
}

/// The host key kept in `dir`, made (and kept, readable by its owner only)
/// the first time. A key file that cannot be read is an error (said in
/// `lang`), never replaced: students would be warned that the host changed.
pub fn host_key(dir: &Path, lang: Lang) -> Result<PrivateKey, String> {
    let path = host_key_path(dir);
    let file = path.display().to_string();
    match crate::files::read_limited(&path, 64 * 1024) {
        Ok(bytes) => PrivateKey::from_openssh(&bytes)
            .map_err(|e| tr!(lang, "room-error-not-a-host-key", file = file, reason = e.to_string())),
        Err(crate::files::ReadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => {
            make_host_key(dir, &path, lang)
        }
        Err(e) => Err(tr!(lang, "room-error-read-host-key", file = file, reason = e.message(lang))),
    }
}

fn make_host_key(dir: &Path, path: &Path, lang: Lang) -> Result<PrivateKey, String> {
    let file = path.display().to_string();
    let cannot_write = |reason: String| tr!(lang, "room-error-write-host-key", file = file.clone(), reason = reason);
    let key = PrivateKey::random(&mut rand::rng(), Algorithm::Ed25519)
        .map_err(|e| tr!(lang, "room-error-make-host-key", reason = e.to_string()))?;
    let text = key.to_openssh(russh::keys::ssh_key::LineEnding::LF).map_err(|e| cannot_write(e.to_string()))?;
    std::fs::create_dir_all(dir).map_err(|e| {
        tr!(lang, "room-error-create-dir", dir = dir.display().to_string(), reason = crate::i18n::io_error(&e, lang))
    })?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let written =
        options.open(path).and_then(|mut file| file.write_all(text.as_bytes()).and_then(|()| file.sync_all()));
    written.map_err(|e| cannot_write(crate::i18n::io_error(&e, lang)))?;
    Ok(key)
}

/// The key's fingerprint as OpenSSH prints it when it asks whether to trust the host (`SHA256:…`).
pub fn fingerprint(key: &PrivateKey) -> String {
    key.public_key().fingerprint(HashAlg::Sha256).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_use_only_unambiguous_characters_and_differ() {
        let codes: Vec<String> = (0..200).map(|_| new_code()).collect();
        for code in &codes {
            assert_eq!(code.len(), CODE_LENGTH);
            assert!(code.bytes().all(|b| ALPHABET.contains(&b)), "{code}");
            assert!(!code.contains(['0', 'O', '1', 'l', 'I']), "{code}");
        }
        let mut unique = codes.clone();
        unique.sort();
        unique.dedup();
        assert!(unique.len() > 195, "codes repeat: {} of 200 unique", unique.len());
    }

    #[test]
    fn typed_codes_match_whatever_the_case_spaces_and_dashes() {
        assert!(matches("K7PM4Q", "k7p-m4q"));
        assert!(matches("K7PM4Q", " K7P M4Q "));
        assert!(!matches("K7PM4Q", "K7PM4R"));
        assert!(!matches("K7PM4Q", "K7PM4"));
        assert!(!matches("K7PM4Q", ""));
    }

    #[test]
    fn the_host_key_is_made_once_kept_private_and_reused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let first = host_key(dir.path(), Lang::En).expect("made");
        let again = host_key(dir.path(), Lang::En).expect("read back");
        assert_eq!(fingerprint(&first), fingerprint(&again));
        assert!(fingerprint(&first).starts_with("SHA256:"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(host_key_path(dir.path())).expect("meta").permissions().mode();
            assert_eq!(mode & 0o077, 0, "the host key is readable by others: {mode:o}");
        }
        std::fs::write(host_key_path(dir.path()), "not a key").expect("write");
        let refused = host_key(dir.path(), Lang::En).expect_err("a broken key is refused, not replaced");
        assert!(refused.contains("move it away"), "{refused}");
        let refused = host_key(dir.path(), Lang::Fr).expect_err("said in French too");
        assert!(refused.contains("déplacez-le"), "{refused}");
    }
}
