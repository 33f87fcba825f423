//! What a live probe of the running service saw (`sechound probe`, `review --probe`): the
//! "verified live" mark on findings and endpoints, the requests and responses behind it, and the
//! account of the probe itself (requests sent, bounds, what was not probed or skipped and why).
//!
//! Also the raw secret values a review found, kept in memory for the probe to try and never
//! written anywhere.

use serde::{Deserialize, Serialize};
use std::fmt;

/// One header, as sent or received (secret values already masked).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    pub name: String,
    pub value: String,
}

/// One request the probe sent and what came back. Credentials, tokens and secret-looking
/// values are masked in every field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exchange {
    pub method: String,
    /// Path and query as sent, relative to the probed URL's origin.
    pub path: String,
    /// The headers the check set (credentials, `Origin`, `Cookie`), values masked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub request_headers: Vec<Header>,
    /// The body sent, masked and cut.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_body: Option<String>,
    /// The response status; `None` when nothing came back (see `error`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// The response headers that matter to the check, values masked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub response_headers: Vec<Header>,
    /// The start of the response body (or the part that shows the problem), masked and cut.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub body_excerpt: String,
    /// Why no response came back: a timeout, a closed connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl Exchange {
    /// `GET /metrics → 200`, the form the report cites.
    pub fn cite(&self) -> String {
        match (self.status, &self.error) {
            (Some(status), _) => format!("{} {} → {status}", self.method, self.path),
            (None, Some(error)) => format!("{} {} → no answer ({error})", self.method, self.path),
            (None, None) => format!("{} {} → no answer", self.method, self.path),
        }
    }
}

/// The mark of a finding seen on the running service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LiveEvidence {
    /// The probed URL.
    pub url: String,
    /// What the service did, in one sentence.
    pub observed: String,
    /// For a finding of the static review: the probe finding that confirms it (`probe.*` rule
    /// and, once numbered, its id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmed_by: Option<String>,
    /// The requests and responses that show it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exchanges: Vec<Exchange>,
}

/// What the running service did with an endpoint of the route map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LiveVerdict {
    /// Refused without credentials (401, 403 or a redirect to a login page), and refused every
    /// forged token it was sent.
    Rejected,
    /// Answered 2xx without any credential.
    Open,
    /// Refused the request without credentials but accepted a forged or committed-secret token.
    ForgedAccepted,
    /// Answered 404: the route is not where the code says, or the filled-in parameters do not
    /// match anything.
    NotFound,
    /// Answered another status (400, 405, 422, 429, 5xx): neither open nor refused.
    Other,
    /// No answer within the time limit, or the connection was closed.
    NoAnswer,
    /// Not probed (see `detail`).
    NotProbed,
}

impl LiveVerdict {
    pub fn label(self) -> &'static str {
        match self {
            LiveVerdict::Rejected => "rejected",
            LiveVerdict::Open => "open",
            LiveVerdict::ForgedAccepted => "forged token accepted",
            LiveVerdict::NotFound => "not found",
            LiveVerdict::Other => "other",
            LiveVerdict::NoAnswer => "no answer",
            LiveVerdict::NotProbed => "not probed",
        }
    }
}

/// The live column of the endpoint table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EndpointLive {
    pub verdict: LiveVerdict,
    /// The status of the request without credentials.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// The request as sent (`GET /orders/0`), with its path parameters filled in.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub request: String,
    /// What else the probe saw or why it did not probe: `alg: none token accepted`,
    /// `path built at run time`, `skipped: request budget spent`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub detail: String,
}

/// Why a check did not run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SkipReason {
    /// The request budget was spent.
    Budget,
    /// The global deadline passed.
    Deadline,
    /// `--read-only`: the check needs a state-changing request.
    ReadOnly,
    /// The service stopped answering.
    ServiceGone,
    /// Interrupted (Ctrl-C).
    Interrupted,
    /// Nothing to check it on (no login endpoint in the route map ...).
    NotApplicable,
}

impl SkipReason {
    pub fn label(self) -> &'static str {
        match self {
            SkipReason::Budget => "request budget spent",
            SkipReason::Deadline => "deadline passed",
            SkipReason::ReadOnly => "--read-only",
            SkipReason::ServiceGone => "the service stopped answering",
            SkipReason::Interrupted => "interrupted",
            SkipReason::NotApplicable => "not applicable",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkippedCheck {
    /// The check (`forged tokens on DELETE /orders/:id`, `login attempts`).
    pub check: String,
    pub reason: SkipReason,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub detail: String,
}

/// An endpoint of the route map the probe did not send anything to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotProbed {
    pub method: String,
    pub path: String,
    pub file: String,
    pub line: u32,
    pub reason: String,
}

/// The limits the probe kept to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProbeBounds {
    /// Most requests sent in all.
    pub budget: u32,
    /// Most requests started per second.
    pub rate_per_second: f64,
    /// Time for the whole probe, in milliseconds.
    pub deadline_ms: u64,
    /// Time for one request, in milliseconds.
    pub timeout_ms: u64,
    /// Most wrong login attempts sent to one login endpoint.
    pub login_attempts: u32,
    /// Only GET, HEAD and OPTIONS requests were sent.
    #[serde(default)]
    pub read_only: bool,
}

/// The service `--start` ran for the probe.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceRun {
    pub command: String,
    /// How long the service took to accept connections.
    pub ready_after_ms: u64,
    /// How it ended: `stopped with SIGTERM`, `killed after 2 s`, `exited with code 1 during the
    /// probe`.
    pub ended: String,
}

/// The account of one probe run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProbeRun {
    /// The probed URL.
    pub url: String,
    /// RFC 3339 UTC time the probe started.
    pub started_at: String,
    pub duration_ms: u64,
    pub requests_sent: u32,
    pub bounds: ProbeBounds,
    /// What a path that cannot exist answered: a catch-all 200 page means a 200 alone proves
    /// nothing, so exposure checks compare content with it.
    pub baseline: String,
    /// Endpoints of the route map probed, out of how many.
    pub endpoints_probed: u32,
    pub endpoints_total: u32,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_probed: Vec<NotProbed>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skipped: Vec<SkippedCheck>,
    /// What the probe learned that is not a finding: the model was wrong about an endpoint, a
    /// check was inconclusive, a control was seen working.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<ServiceRun>,
    /// Set when the probe stopped before its plan was done, and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stopped_early: Option<String>,
}

/// A secret value the review found in the repository, kept in memory so that a live probe can
/// sign tokens with it. It is never serialised, and its `Debug` form is masked.
#[derive(Clone, PartialEq, Eq)]
pub struct FoundSecret {
    /// The rule that reported it.
    pub rule_id: String,
    pub path: String,
    pub line: u32,
    /// The fingerprint of the finding that reported it.
    pub fingerprint: String,
    value: String,
}

impl FoundSecret {
    pub fn new(
        rule_id: String,
        path: String,
        line: u32,
        fingerprint: String,
        value: String,
    ) -> FoundSecret {
        FoundSecret {
            rule_id,
            path,
            line,
            fingerprint,
            value,
        }
    }

    /// The raw value: only for signing; never print it.
    pub fn expose(&self) -> &str {
        &self.value
    }

    /// The value as reports show it.
    pub fn masked(&self) -> String {
        crate::mask_secret(&self.value)
    }

    /// `path:line`.
    pub fn cite(&self) -> String {
        format!("{}:{}", self.path, self.line)
    }
}

impl fmt::Debug for FoundSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FoundSecret")
            .field("rule_id", &self.rule_id)
            .field("at", &self.cite())
            .field("value", &self.masked())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_found_secret_never_shows_its_value() {
        let secret = FoundSecret::new(
            "js.secret-fallback".into(),
            "src/config.ts".into(),
            6,
            "abc".into(),
            "dev-jwt-secret-change-me".into(),
        );
        let debug = format!("{secret:?}");
        assert!(!debug.contains("dev-jwt-secret-change-me"), "{debug}");
        assert!(debug.contains("dev-…[24 chars]"), "{debug}");
        assert_eq!(secret.expose(), "dev-jwt-secret-change-me");
    }
}
