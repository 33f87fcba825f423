//! `sechound probe`: checks the running service against what its code claims.
//!
//! The project model's route map aims the probe: every endpoint gets a request without
//! credentials; those the code protects then get forged tokens (`alg: none`, a wrong key, no
//! signature, expired) and tokens signed with each secret the static review found; refresh and
//! login endpoints, well-known paths, CORS, headers, cookies and error pages are checked on real
//! answers. What the service does differently from what the code says becomes a `probe.*`
//! finding marked *verified live*, with the requests and responses (masked) as evidence; static
//! findings the probe confirms get the mark too, and the endpoint table a live column.
//!
//! Bounds are strict and enforced in one place ([`client`]): a request budget, a rate limit,
//! a global deadline, a per-request timeout, no redirects, no proxy, one host and port, and a
//! loopback address unless remote targets are allowed.

mod checks;
pub mod client;
pub mod interrupt;
pub mod judge;
pub mod jwt;
pub mod mask;
mod merge;
pub mod plan;
pub mod rules;
mod run;
pub mod service;
pub mod target;

pub use merge::{live_only, merge};
pub use run::{Confirmation, Confirms, ProbeOutcome, Scope, probe};
pub use service::Service;
pub use target::Target;

use std::time::Duration;

/// Default total request budget.
pub const DEFAULT_BUDGET: u32 = 300;
/// Default requests per second.
pub const DEFAULT_RATE: f64 = 10.0;
/// Default time for the whole probe.
pub const DEFAULT_DEADLINE: Duration = Duration::from_secs(120);
/// Default time for one request.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(5);
/// Default number of wrong login attempts.
pub const DEFAULT_LOGIN_ATTEMPTS: u32 = 20;
/// Default time a started service gets to accept connections.
pub const DEFAULT_START_TIMEOUT: Duration = Duration::from_secs(30);

/// How to probe.
#[derive(Debug, Clone)]
pub struct ProbeOptions {
    pub target: Target,
    pub budget: u32,
    pub rate_per_second: f64,
    pub deadline: Duration,
    pub timeout: Duration,
    pub login_attempts: u32,
    /// Only GET, HEAD and OPTIONS requests.
    pub read_only: bool,
    /// Headers carrying a real credential (`--token`, `--header`), for positive control
    /// requests to the endpoints that require authentication.
    pub credentials: Vec<(String, String)>,
}

impl ProbeOptions {
    pub fn new(target: Target) -> ProbeOptions {
        ProbeOptions {
            target,
            budget: DEFAULT_BUDGET,
            rate_per_second: DEFAULT_RATE,
            deadline: DEFAULT_DEADLINE,
            timeout: DEFAULT_TIMEOUT,
            login_attempts: DEFAULT_LOGIN_ATTEMPTS,
            read_only: false,
            credentials: Vec::new(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ProbeError {
    #[error("`{url}` cannot be probed: {problem}")]
    Url { url: String, problem: String },
    #[error(
        "`{url}` is not a loopback address: sechound probes 127.0.0.1, ::1 or localhost only, unless --allow-remote is given (probe only services you are allowed to test)"
    )]
    Remote { url: String },
    #[error("nothing answered at {url}: {problem}")]
    Unreachable { url: String, problem: String },
    #[error(
        "something already accepts connections on {address}: stop it, or probe it without --start"
    )]
    PortInUse { address: String },
    #[error("cannot start `{command}`: {problem}{}", tail(log))]
    Start {
        command: String,
        problem: String,
        log: String,
    },
    #[error("interrupted")]
    Interrupted,
}

fn tail(log: &str) -> String {
    if log.trim().is_empty() {
        String::new()
    } else {
        format!("\n--- last lines of its output ---\n{}", log.trim_end())
    }
}
