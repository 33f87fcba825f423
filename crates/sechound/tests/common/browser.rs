//! A headless Chromium driven over the DevTools protocol, for tests of the HTML report.
//!
//! Chromium is Debian's `chromium` package: when no Chromium is on the `PATH` the first test
//! that needs one installs it with `apt-get` (the test command installs what the tests need).
//! The browser runs with `--remote-debugging-pipe`: protocol messages are JSON texts ended by
//! a NUL byte, written to its file descriptor 3 and read from its descriptor 4, so no port is
//! opened. Every wait has a deadline; the process is killed when the [`Browser`] is dropped.
#![allow(dead_code)]

use serde_json::{Value, json};
use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::os::fd::{FromRawFd, RawFd};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

/// How long one protocol call or event may take.
const DEADLINE: Duration = Duration::from_secs(60);

/// The Chromium binary, installed from Debian's package registry when none is present.
pub fn chromium() -> PathBuf {
    static FOUND: OnceLock<PathBuf> = OnceLock::new();
    static INSTALLING: Mutex<()> = Mutex::new(());
    FOUND
        .get_or_init(|| {
            let _guard = INSTALLING.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(found) = find_chromium() {
                return found;
            }
            install_chromium();
            find_chromium().unwrap_or_else(|| {
                panic!("`apt-get install -y chromium` ran but no chromium is on the PATH")
            })
        })
        .clone()
}

fn find_chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    for name in [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ] {
        for dir in std::env::split_paths(&path) {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    None
}

/// `apt-get install -y chromium`, after `apt-get update` when the package lists are empty or
/// stale. Root runs it directly, anyone else through `sudo -n`.
fn install_chromium() {
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    let apt = |args: &[&str]| -> std::process::Output {
        let mut command = if root {
            Command::new("apt-get")
        } else {
            let mut sudo = Command::new("sudo");
            sudo.args(["-n", "apt-get"]);
            sudo
        };
        command
            .args(args)
            .env("DEBIAN_FRONTEND", "noninteractive")
            .stdin(Stdio::null())
            .output()
            .unwrap_or_else(|e| panic!("cannot run apt-get to install chromium: {e}"))
    };
    eprintln!("browser tests: installing Debian's chromium (apt-get install -y chromium)");
    if apt(&["install", "-y", "chromium"]).status.success() {
        return;
    }
    let update = apt(&["update"]);
    assert!(
        update.status.success(),
        "apt-get update failed: {}",
        String::from_utf8_lossy(&update.stderr)
    );
    let install = apt(&["install", "-y", "chromium"]);
    assert!(
        install.status.success(),
        "apt-get install -y chromium failed: {}",
        String::from_utf8_lossy(&install.stderr)
    );
}

/// One headless browser with one page attached.
pub struct Browser {
    child: Child,
    to_browser: File,
    from_browser: Receiver<Value>,
    next_id: u64,
    session: String,
    /// Events received so far, in order.
    pub events: Vec<Value>,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// Starts Chromium headless with a fresh profile and opens a page `width` pixels wide.
    pub fn start(width: u32, height: u32) -> Browser {
        let binary = chromium();
        let profile = tempfile::tempdir().expect("profile directory");
        let (browser_reads, we_write) = pipe();
        let (we_read, browser_writes) = pipe();
        let mut command = Command::new(&binary);
        command
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--remote-debugging-pipe",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg(format!("--window-size={width},{height}"))
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // SAFETY: only async-signal-safe calls (fcntl, dup2) between fork and exec. The ends
        // are first copied above 10, so that placing them at 3 and 4 cannot overwrite one with
        // the other; dup2 leaves the copies at 3 and 4 open across exec.
        unsafe {
            command.pre_exec(move || {
                let reads = libc::fcntl(browser_reads, libc::F_DUPFD, 10);
                let writes = libc::fcntl(browser_writes, libc::F_DUPFD, 10);
                if reads < 0 || writes < 0 || libc::dup2(reads, 3) < 0 || libc::dup2(writes, 4) < 0
                {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = command
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", binary.display()));
        // SAFETY: the descriptors come from pipe() and are owned here alone.
        unsafe {
            libc::close(browser_reads);
            libc::close(browser_writes);
        }
        let to_browser = unsafe { File::from_raw_fd(we_write) };
        let from = unsafe { File::from_raw_fd(we_read) };
        let (sender, receiver) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(from);
            loop {
                let mut message = Vec::new();
                match reader.read_until(0, &mut message) {
                    Ok(0) | Err(_) => break,
                    Ok(_) => {
                        message.pop();
                        if let Ok(value) = serde_json::from_slice::<Value>(&message)
                            && sender.send(value).is_err()
                        {
                            break;
                        }
                    }
                }
            }
        });
        let mut browser = Browser {
            child,
            to_browser,
            from_browser: receiver,
            next_id: 0,
            session: String::new(),
            events: Vec::new(),
            _profile: profile,
        };
        let target = browser.call_browser("Target.createTarget", json!({ "url": "about:blank" }));
        let target_id = target["targetId"].as_str().expect("target id").to_string();
        let attached = browser.call_browser(
            "Target.attachToTarget",
            json!({ "targetId": target_id, "flatten": true }),
        );
        browser.session = attached["sessionId"]
            .as_str()
            .expect("session id")
            .to_string();
        for domain in [
            "Page.enable",
            "Network.enable",
            "Runtime.enable",
            "Log.enable",
        ] {
            browser.call(domain, json!({}));
        }
        browser.call(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": false }),
        );
        browser
    }

    fn send(&mut self, method: &str, params: Value, session: bool) -> u64 {
        self.next_id += 1;
        let mut message = json!({ "id": self.next_id, "method": method, "params": params });
        if session {
            message["sessionId"] = json!(self.session);
        }
        let mut bytes = serde_json::to_vec(&message).expect("json");
        bytes.push(0);
        self.to_browser
            .write_all(&bytes)
            .unwrap_or_else(|e| panic!("cannot send {method} to chromium: {e}"));
        self.next_id
    }

    fn answer(&mut self, id: u64, method: &str) -> Value {
        let deadline = Instant::now() + DEADLINE;
        loop {
            let message = self.receive(deadline, method);
            if message["id"].as_u64() == Some(id) {
                if let Some(error) = message.get("error") {
                    panic!("{method} failed: {error}");
                }
                return message["result"].clone();
            }
            self.events.push(message);
        }
    }

    fn receive(&mut self, deadline: Instant, waiting_for: &str) -> Value {
        let left = deadline.saturating_duration_since(Instant::now());
        match self.from_browser.recv_timeout(left) {
            Ok(message) => message,
            Err(RecvTimeoutError::Timeout) => {
                panic!("chromium did not answer {waiting_for} within {DEADLINE:?}")
            }
            Err(RecvTimeoutError::Disconnected) => {
                panic!("chromium exited while waiting for {waiting_for}")
            }
        }
    }

    /// A call to the browser itself.
    fn call_browser(&mut self, method: &str, params: Value) -> Value {
        let id = self.send(method, params, false);
        self.answer(id, method)
    }

    /// A call to the page.
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        let id = self.send(method, params, true);
        self.answer(id, method)
    }

    /// Waits for an event of the page (one received earlier counts).
    pub fn wait_for(&mut self, method: &str) -> Value {
        if let Some(found) = self.events.iter().find(|e| e["method"] == method) {
            return found.clone();
        }
        let deadline = Instant::now() + DEADLINE;
        loop {
            let message = self.receive(deadline, method);
            let hit = message["method"] == method;
            self.events.push(message.clone());
            if hit {
                return message;
            }
        }
    }

    /// Opens a local file and waits until it has loaded.
    pub fn open(&mut self, file: &Path) {
        // Only the load of this navigation counts.
        self.events.retain(|e| e["method"] != "Page.loadEventFired");
        let url = format!("file://{}", file.display());
        let navigated = self.call("Page.navigate", json!({ "url": url }));
        assert!(
            navigated.get("errorText").is_none(),
            "cannot open {url}: {navigated}"
        );
        self.wait_for("Page.loadEventFired");
    }

    /// Evaluates JavaScript in the page and returns its value (JSON-serialisable results).
    pub fn eval(&mut self, expression: &str) -> Value {
        let result = self.call(
            "Runtime.evaluate",
            json!({ "expression": expression, "returnByValue": true, "awaitPromise": true }),
        );
        if let Some(exception) = result.get("exceptionDetails") {
            panic!("`{expression}` threw: {exception}");
        }
        result["result"]["value"].clone()
    }

    /// A PNG of the whole page, beyond the viewport.
    pub fn screenshot(&mut self) -> Vec<u8> {
        use base64::Engine as _;
        let shot = self.call(
            "Page.captureScreenshot",
            json!({ "format": "png", "captureBeyondViewport": true }),
        );
        base64::engine::general_purpose::STANDARD
            .decode(shot["data"].as_str().expect("screenshot data"))
            .expect("base64 screenshot")
    }

    /// A PNG of the top of the page, `width` by `height` pixels (what a reader sees first).
    pub fn screenshot_top(&mut self, width: u32, height: u32) -> Vec<u8> {
        use base64::Engine as _;
        let shot = self.call(
            "Page.captureScreenshot",
            json!({
                "format": "png",
                "captureBeyondViewport": true,
                "clip": { "x": 0, "y": 0, "width": width, "height": height, "scale": 1 },
            }),
        );
        base64::engine::general_purpose::STANDARD
            .decode(shot["data"].as_str().expect("screenshot data"))
            .expect("base64 screenshot")
    }

    /// Every URL the page requested, in order.
    pub fn requests(&self) -> Vec<String> {
        self.events
            .iter()
            .filter(|e| e["method"] == "Network.requestWillBeSent")
            .filter_map(|e| e["params"]["request"]["url"].as_str().map(str::to_string))
            .collect()
    }

    /// Console errors, uncaught exceptions and browser log entries of level error or warning
    /// (a Content-Security-Policy violation is one).
    pub fn problems(&self) -> Vec<String> {
        self.events
            .iter()
            .filter_map(|e| match e["method"].as_str()? {
                "Runtime.exceptionThrown" => Some(e["params"]["exceptionDetails"].to_string()),
                "Runtime.consoleAPICalled"
                    if matches!(e["params"]["type"].as_str(), Some("error" | "warning")) =>
                {
                    Some(e["params"]["args"].to_string())
                }
                "Log.entryAdded"
                    if matches!(
                        e["params"]["entry"]["level"].as_str(),
                        Some("error" | "warning")
                    ) =>
                {
                    Some(e["params"]["entry"]["text"].to_string())
                }
                _ => None,
            })
            .collect()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            let id = self.send("Browser.close", json!({}), false);
            let _ = id;
            let deadline = Instant::now() + Duration::from_secs(10);
            while Instant::now() < deadline {
                if self.child.try_wait().ok().flatten().is_some() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// A pipe: (read end, write end), both close-on-exec (the child gets copies via dup2).
fn pipe() -> (RawFd, RawFd) {
    let mut fds = [0 as RawFd; 2];
    // SAFETY: fds has room for the two descriptors pipe2 writes.
    let status = unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) };
    assert_eq!(status, 0, "pipe2: {}", std::io::Error::last_os_error());
    (fds[0], fds[1])
}
