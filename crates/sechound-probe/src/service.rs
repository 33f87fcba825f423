//! `--start "CMD"`: the service under probe, started in its own process group, waited for until
//! it accepts connections on the probed port (with a deadline), and stopped at the end: the
//! whole group gets SIGTERM, then SIGKILL after a grace period, so no server outlives the probe.

use crate::ProbeError;
use crate::target::Target;
use sechound_core::ServiceRun;
use std::io::{Read, Seek, SeekFrom};
use std::net::{TcpStream, ToSocketAddrs};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Time the group gets between SIGTERM and SIGKILL.
const GRACE: Duration = Duration::from_secs(3);
/// Bytes of the service's output shown when it fails to start.
const TAIL_BYTES: u64 = 4000;

pub struct Service {
    command: String,
    child: Child,
    group: libc::pid_t,
    log: tempfile::NamedTempFile,
    ready_after: Duration,
    stopped: bool,
}

impl Service {
    /// Runs `command` with `sh -c` in a new process group, its output in a temporary log, and
    /// waits until `target`'s port accepts connections, the command exits, `timeout` passes or
    /// `interrupted` says so.
    pub fn start(
        command: &str,
        target: &Target,
        timeout: Duration,
        interrupted: &dyn Fn() -> bool,
    ) -> Result<Service, ProbeError> {
        let start_error = |problem: String, log: String| ProbeError::Start {
            command: command.to_string(),
            problem,
            log,
        };
        let addresses: Vec<_> = target
            .socket_name()
            .to_socket_addrs()
            .map_err(|e| {
                start_error(
                    format!("cannot resolve {}: {e}", target.socket_name()),
                    String::new(),
                )
            })?
            .collect();
        if accepts(&addresses) {
            return Err(ProbeError::PortInUse {
                address: target.socket_name(),
            });
        }
        let log = tempfile::Builder::new()
            .prefix("sechound-service-")
            .suffix(".log")
            .tempfile()
            .map_err(|e| start_error(format!("cannot create its log file: {e}"), String::new()))?;
        let out = log
            .reopen()
            .map_err(|e| start_error(format!("cannot open its log file: {e}"), String::new()))?;
        let err = log
            .reopen()
            .map_err(|e| start_error(format!("cannot open its log file: {e}"), String::new()))?;
        let child = Command::new("sh")
            .arg("-c")
            .arg(command)
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err)
            .process_group(0)
            .spawn()
            .map_err(|e| start_error(format!("cannot run `sh`: {e}"), String::new()))?;
        let mut service = Service {
            command: command.to_string(),
            group: child.id() as libc::pid_t,
            child,
            log,
            ready_after: Duration::ZERO,
            stopped: false,
        };
        let started = Instant::now();
        loop {
            if accepts(&addresses) {
                service.ready_after = started.elapsed();
                return Ok(service);
            }
            if let Ok(Some(status)) = service.child.try_wait() {
                let tail = service.log_tail();
                service.stop();
                return Err(start_error(
                    format!(
                        "it exited ({status}) before accepting connections on {}",
                        target.socket_name()
                    ),
                    tail,
                ));
            }
            if interrupted() {
                service.stop();
                return Err(ProbeError::Interrupted);
            }
            if started.elapsed() >= timeout {
                let tail = service.log_tail();
                service.stop();
                return Err(start_error(
                    format!(
                        "it did not accept connections on {} within {} s (--start-timeout)",
                        target.socket_name(),
                        timeout.as_secs()
                    ),
                    tail,
                ));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// The process group id (for tests that check nothing is left behind).
    pub fn group(&self) -> i32 {
        self.group
    }

    /// Stops the whole group and says how it ended.
    pub fn finish(mut self) -> ServiceRun {
        let exited_before = self.child.try_wait().ok().flatten();
        let ended = match exited_before {
            Some(status) => {
                self.stop();
                format!("exited by itself during the probe ({status})")
            }
            None => self.stop(),
        };
        ServiceRun {
            command: self.command.clone(),
            ready_after_ms: self.ready_after.as_millis() as u64,
            ended,
        }
    }

    /// SIGTERM to the group, SIGKILL after the grace period; returns how it went.
    fn stop(&mut self) -> String {
        if self.stopped {
            return "stopped".into();
        }
        self.stopped = true;
        signal_group(self.group, libc::SIGTERM);
        let asked = Instant::now();
        while asked.elapsed() < GRACE {
            let leader_gone = matches!(self.child.try_wait(), Ok(Some(_)));
            if leader_gone && !group_alive(self.group) {
                return "stopped with SIGTERM".into();
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        signal_group(self.group, libc::SIGKILL);
        let _ = self.child.wait();
        let killed = Instant::now();
        while group_alive(self.group) && killed.elapsed() < Duration::from_secs(1) {
            std::thread::sleep(Duration::from_millis(20));
        }
        format!(
            "killed after {} s without stopping on SIGTERM",
            GRACE.as_secs()
        )
    }

    fn log_tail(&mut self) -> String {
        let Ok(mut file) = self.log.reopen() else {
            return String::new();
        };
        let len = file.metadata().map(|m| m.len()).unwrap_or(0);
        let _ = file.seek(SeekFrom::Start(len.saturating_sub(TAIL_BYTES)));
        let mut bytes = Vec::new();
        let _ = file.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        self.stop();
    }
}

fn accepts(addresses: &[std::net::SocketAddr]) -> bool {
    addresses
        .iter()
        .any(|a| TcpStream::connect_timeout(a, Duration::from_millis(200)).is_ok())
}

fn group_alive(group: libc::pid_t) -> bool {
    // SAFETY: signal 0 only checks that the group exists and may be signalled.
    unsafe { libc::killpg(group, 0) == 0 }
}

fn signal_group(group: libc::pid_t, signal: libc::c_int) {
    // SAFETY: the group was created for the service (`process_group(0)`); its id is the
    // service's shell's pid, which this process still holds as a child until waited for.
    unsafe {
        libc::killpg(group, signal);
    }
}
