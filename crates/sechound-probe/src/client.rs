//! The only way the probe talks to the service: a blocking HTTP client that keeps the bounds.
//!
//! Every request goes to the one target (scheme, host, port, prefix) the caller gave; no
//! redirect is followed, no proxy from the environment is used, nothing is retried. Before each
//! request the client checks the budget, the global deadline and an interruption, and waits
//! for its turn under the rate limit; each request gets the per-request timeout (or what is
//! left of the deadline, if less). Every request sent and what came back is kept, masked, so
//! findings can show them.

use crate::mask::Masker;
use crate::target::Target;
use sechound_core::{Exchange, Header, SkipReason};
use std::io::Read;
use std::time::{Duration, Instant};

/// Bytes of a response body read at most; the rest is left unread.
const BODY_LIMIT: u64 = 256 * 1024;
/// Characters of a body kept as an excerpt in the report.
const EXCERPT_CHARS: usize = 400;
/// Connection-level failures in a row after which the service is taken to be gone.
const FAILURES_BEFORE_GIVING_UP: u32 = 4;

/// A request to send, relative to the target.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    /// Path and query, starting with `/`.
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: Option<Body>,
    /// Sent to the origin's root rather than under the URL's path prefix (well-known paths
    /// such as `/.env` belong to the server, not to an API mounted under `/api`).
    pub at_root: bool,
}

#[derive(Debug, Clone)]
pub struct Body {
    pub content_type: String,
    pub bytes: Vec<u8>,
}

impl Request {
    pub fn new(method: &str, path: &str) -> Request {
        Request {
            method: method.to_string(),
            path: path.to_string(),
            headers: Vec::new(),
            body: None,
            at_root: false,
        }
    }

    pub fn at_root(mut self) -> Request {
        self.at_root = true;
        self
    }

    pub fn header(mut self, name: &str, value: &str) -> Request {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }

    pub fn json(mut self, text: &str) -> Request {
        self.body = Some(Body {
            content_type: "application/json".into(),
            bytes: text.as_bytes().to_vec(),
        });
        self
    }

    pub fn form(mut self, text: &str) -> Request {
        self.body = Some(Body {
            content_type: "application/x-www-form-urlencoded".into(),
            bytes: text.as_bytes().to_vec(),
        });
        self
    }
}

/// What came back.
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    /// Names in lower case, in the order received (several `set-cookie` stay apart).
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn headers_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.headers
            .iter()
            .filter(move |(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn content_type(&self) -> &str {
        self.header("content-type").unwrap_or("")
    }

    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }

    pub fn is_html(&self) -> bool {
        self.content_type().contains("html")
    }
}

/// The outcome of one request: an answer, or why none came.
#[derive(Debug, Clone)]
pub enum Outcome {
    Answered(Response),
    Failed(String),
}

impl Outcome {
    pub fn response(&self) -> Option<&Response> {
        match self {
            Outcome::Answered(r) => Some(r),
            Outcome::Failed(_) => None,
        }
    }

    pub fn status(&self) -> Option<u16> {
        self.response().map(|r| r.status)
    }
}

/// One request and its outcome, with the index of its exchange in the log.
#[derive(Debug, Clone)]
pub struct Sent {
    pub exchange: usize,
    pub outcome: Outcome,
}

impl Sent {
    pub fn response(&self) -> Option<&Response> {
        self.outcome.response()
    }

    pub fn status(&self) -> Option<u16> {
        self.outcome.status()
    }
}

/// The limits of one probe run.
#[derive(Debug, Clone)]
pub struct Limits {
    pub budget: u32,
    pub rate_per_second: f64,
    pub deadline: Duration,
    pub timeout: Duration,
}

pub struct Client {
    agent: ureq::Agent,
    target: Target,
    limits: Limits,
    started: Instant,
    last_start: Option<Instant>,
    sent: u32,
    consecutive_failures: u32,
    stopped: Option<SkipReason>,
    pub masker: Masker,
    /// Every request sent, masked, in order.
    pub log: Vec<Exchange>,
    interrupted: Box<dyn Fn() -> bool + Send>,
}

impl Client {
    pub fn new(
        target: Target,
        limits: Limits,
        masker: Masker,
        interrupted: Box<dyn Fn() -> bool + Send>,
    ) -> Client {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .proxy(None)
            // One connection per request: nothing is reused, so nothing is retried on a
            // stale connection and the service sees exactly the requests counted here.
            .max_idle_connections(0)
            .max_idle_connections_per_host(0)
            .user_agent(concat!("sechound-probe/", env!("CARGO_PKG_VERSION")))
            .build();
        Client {
            agent: config.into(),
            target,
            limits,
            started: Instant::now(),
            last_start: None,
            sent: 0,
            consecutive_failures: 0,
            stopped: None,
            masker,
            log: Vec::new(),
            interrupted,
        }
    }

    pub fn target(&self) -> &Target {
        &self.target
    }

    pub fn requests_sent(&self) -> u32 {
        self.sent
    }

    pub fn remaining(&self) -> u32 {
        self.limits.budget.saturating_sub(self.sent)
    }

    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// Why no more requests can be sent, if so.
    pub fn stopped(&mut self) -> Option<SkipReason> {
        if self.stopped.is_none() {
            if (self.interrupted)() {
                self.stopped = Some(SkipReason::Interrupted);
            } else if self.started.elapsed() >= self.limits.deadline {
                self.stopped = Some(SkipReason::Deadline);
            }
        }
        if self.stopped.is_some() {
            return self.stopped;
        }
        (self.sent >= self.limits.budget).then_some(SkipReason::Budget)
    }

    /// Whether `n` more requests fit, and if not, why.
    pub fn can_afford(&mut self, n: u32) -> Result<(), SkipReason> {
        match self.stopped() {
            Some(reason) => Err(reason),
            None if self.remaining() < n => Err(SkipReason::Budget),
            None => Ok(()),
        }
    }

    /// True once the service has failed several requests in a row at the connection level.
    pub fn service_gone(&self) -> bool {
        self.stopped == Some(SkipReason::ServiceGone)
    }

    /// Sends `request`, or says why it cannot be sent.
    pub fn send(&mut self, request: &Request) -> Result<Sent, SkipReason> {
        if let Some(reason) = self.stopped() {
            return Err(reason);
        }
        debug_assert!(request.path.starts_with('/'));
        self.wait_for_turn();
        if let Some(reason) = self.stopped() {
            return Err(reason);
        }
        let left = self.limits.deadline.saturating_sub(self.started.elapsed());
        let timeout = self.limits.timeout.min(left).max(Duration::from_millis(50));
        self.sent += 1;
        self.last_start = Some(Instant::now());
        let outcome = self.exchange(request, timeout);
        match &outcome {
            Outcome::Answered(_) => self.consecutive_failures = 0,
            Outcome::Failed(_) => {
                self.consecutive_failures += 1;
                if self.consecutive_failures >= FAILURES_BEFORE_GIVING_UP {
                    self.stopped = Some(SkipReason::ServiceGone);
                }
            }
        }
        let exchange = self.record(request, &outcome);
        Ok(Sent { exchange, outcome })
    }

    /// Sleeps until the rate limit allows the next request (never past the deadline).
    fn wait_for_turn(&self) {
        let Some(last) = self.last_start else {
            return;
        };
        if self.limits.rate_per_second <= 0.0 {
            return;
        }
        let interval = Duration::from_secs_f64(1.0 / self.limits.rate_per_second);
        let due = last + interval;
        let now = Instant::now();
        if due > now {
            let until_deadline =
                (self.started + self.limits.deadline).saturating_duration_since(now);
            std::thread::sleep((due - now).min(until_deadline));
        }
    }

    fn exchange(&self, request: &Request, timeout: Duration) -> Outcome {
        let url = if request.at_root {
            format!("{}{}", self.target.origin(), request.path)
        } else {
            self.target.url_of(&request.path)
        };
        let mut builder = ureq::http::Request::builder()
            .method(request.method.as_str())
            .uri(url.as_str());
        for (name, value) in &request.headers {
            builder = builder.header(name.as_str(), value.as_str());
        }
        let result = match &request.body {
            Some(body) => builder
                .header("content-type", body.content_type.as_str())
                .body(body.bytes.clone())
                .map_err(|e| e.to_string())
                .and_then(|r| {
                    let r = self
                        .agent
                        .configure_request(r)
                        .timeout_global(Some(timeout))
                        .allow_non_standard_methods(true)
                        .build();
                    self.agent.run(r).map_err(describe)
                }),
            None => builder.body(()).map_err(|e| e.to_string()).and_then(|r| {
                let r = self
                    .agent
                    .configure_request(r)
                    .timeout_global(Some(timeout))
                    .allow_non_standard_methods(true)
                    .build();
                self.agent.run(r).map_err(describe)
            }),
        };
        match result {
            Ok(mut response) => {
                let status = response.status().as_u16();
                let headers = response
                    .headers()
                    .iter()
                    .map(|(n, v)| {
                        (
                            n.as_str().to_ascii_lowercase(),
                            String::from_utf8_lossy(v.as_bytes()).into_owned(),
                        )
                    })
                    .collect();
                let mut bytes = Vec::new();
                // A body cut by the timeout or a closed connection is kept as far as it came.
                let _ = response
                    .body_mut()
                    .as_reader()
                    .take(BODY_LIMIT)
                    .read_to_end(&mut bytes);
                Outcome::Answered(Response {
                    status,
                    headers,
                    body: String::from_utf8_lossy(&bytes).into_owned(),
                })
            }
            Err(problem) => Outcome::Failed(problem),
        }
    }

    /// Keeps the exchange, masked; returns its index.
    fn record(&mut self, request: &Request, outcome: &Outcome) -> usize {
        let masker = &self.masker;
        let request_headers = request
            .headers
            .iter()
            .map(|(name, value)| Header {
                name: name.clone(),
                value: masker.credential(name, value),
            })
            .collect();
        let request_body = request
            .body
            .as_ref()
            .map(|b| cut(&masker.text(&String::from_utf8_lossy(&b.bytes)), 300));
        let (status, response_headers, body_excerpt, error) = match outcome {
            Outcome::Answered(response) => (
                Some(response.status),
                response
                    .headers
                    .iter()
                    .filter(|(name, _)| shown_header(name))
                    .map(|(name, value)| Header {
                        name: name.clone(),
                        value: if name == "set-cookie" {
                            masker.set_cookie(value)
                        } else {
                            masker.text(value)
                        },
                    })
                    .collect(),
                cut(&masker.text(&response.body), EXCERPT_CHARS),
                None,
            ),
            Outcome::Failed(problem) => (None, Vec::new(), String::new(), Some(problem.clone())),
        };
        let path = if request.at_root {
            request.path.clone()
        } else {
            format!("{}{}", self.target.prefix, request.path)
        };
        self.log.push(Exchange {
            method: request.method.clone(),
            path,
            request_headers,
            request_body,
            status,
            response_headers,
            body_excerpt,
            error,
        });
        self.log.len() - 1
    }
}

/// Response headers a report shows: the ones checks read.
fn shown_header(name: &str) -> bool {
    name.starts_with("access-control-")
        || matches!(
            name,
            "content-type"
                | "location"
                | "set-cookie"
                | "www-authenticate"
                | "retry-after"
                | "x-powered-by"
                | "server"
        )
}

/// At most `max` characters, with `…` when cut.
pub fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out: String = text.chars().take(max).collect();
    out.push('…');
    out
}

/// What went wrong, in the words a report uses.
fn describe(error: ureq::Error) -> String {
    match error {
        ureq::Error::Timeout(_) => "timed out".into(),
        ureq::Error::Io(e) => match e.kind() {
            std::io::ErrorKind::ConnectionRefused => "connection refused".into(),
            std::io::ErrorKind::ConnectionReset | std::io::ErrorKind::ConnectionAborted => {
                "connection reset".into()
            }
            std::io::ErrorKind::UnexpectedEof => "connection closed without an answer".into(),
            std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock => "timed out".into(),
            _ => format!("connection error: {e}"),
        },
        other => {
            let text = other.to_string();
            if text.to_ascii_lowercase().contains("closed") || text.contains("EOF") {
                "connection closed without an answer".into()
            } else {
                text
            }
        }
    }
}
