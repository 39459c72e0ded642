//! A tmux server of the test's own, for driving real programs in real
//! terminals: the game, the host's console, OpenSSH clients.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// A tmux server with its own socket and no user configuration, killed
/// when the test ends however it ends.
pub struct Tmux {
    socket: PathBuf,
}

impl Tmux {
    pub fn new(dir: &Path) -> Self {
        Tmux { socket: dir.join("tmux.sock") }
    }

    pub fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .arg("-f")
            .arg("/dev/null")
            .args(args)
            .output()
            .expect("tmux runs")
    }

    pub fn out(&self, args: &[&str]) -> String {
        let output = self.run(args);
        assert!(output.status.success(), "tmux {args:?}: {}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// What the window `target` shows.
    pub fn screen(&self, target: &str) -> String {
        self.out(&["capture-pane", "-p", "-t", target])
    }

    /// Presses keys (tmux key names) in `target`, with a pause after each.
    pub fn keys(&self, target: &str, keys: &[&str]) {
        for key in keys {
            self.out(&["send-keys", "-t", target, key]);
            std::thread::sleep(Duration::from_millis(150));
        }
    }

    /// Waits until `target` shows `text` (at most a minute: a slow machine is not a failure).
    pub fn wait_for(&self, target: &str, text: &str) -> String {
        let end = Instant::now() + Duration::from_secs(60);
        loop {
            let screen = self.screen(target);
            if screen.contains(text) {
                return screen;
            }
            assert!(Instant::now() < end, "`{text}` never showed in {target}; the screen:\n{screen}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

/// Whether `program --version`-like `args` runs here.
pub fn installed(program: &str, args: &[&str]) -> bool {
    Command::new(program).args(args).output().is_ok_and(|o| o.status.success())
}
