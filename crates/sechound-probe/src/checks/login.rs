//! Login endpoints: at most N wrong attempts (a made-up account and random passwords) to see
//! whether the service ever answers 429 or locks the account.

use crate::client::Request;
use crate::rules;
use crate::run::{Confirms, Observation, Place, Run, Scope};
use crate::{jwt, plan};
use sechound_core::SkipReason;
use sechound_core::project::AuthStatus;

/// Path segments of endpoints that take a password. Password-reset and one-time-code endpoints
/// are left alone: repeated attempts there send e-mails or burn codes.
const LOGIN_WORDS: &[&str] = &[
    "login",
    "signin",
    "sign-in",
    "sign_in",
    "log-in",
    "token",
    "authenticate",
    "session",
    "sessions",
];

/// Login endpoints tried at most.
const MAX_ENDPOINTS: usize = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Json,
    Form,
}

pub fn run(run: &mut Run<'_>) {
    let check = "login attempts";
    let targets: Vec<usize> = run
        .endpoints
        .iter()
        .filter(|p| {
            let endpoint = run.endpoint(p);
            endpoint.auth != AuthStatus::Authenticated
                && matches!(endpoint.method.as_str(), "POST" | "ANY" | "PUT")
                && endpoint
                    .path
                    .split('/')
                    .any(|s| LOGIN_WORDS.contains(&s.to_ascii_lowercase().as_str()))
                && plan::fill(&endpoint.path).is_ok()
                && routed(p)
        })
        .map(|p| p.index)
        .take(MAX_ENDPOINTS)
        .collect();
    if targets.is_empty() {
        run.skip(
            check,
            SkipReason::NotApplicable,
            "no login endpoint in the route map that the service routes",
        );
        return;
    }
    if run.options.read_only {
        run.skip(check, SkipReason::ReadOnly, "logins are POST requests");
        return;
    }
    if run.options.login_attempts == 0 {
        run.skip(check, SkipReason::NotApplicable, "--login-attempts 0");
        return;
    }
    for target in targets {
        attempt(run, target);
    }
}

fn attempt(run: &mut Run<'_>, target: usize) {
    let endpoint = run.endpoint(&run.endpoints[target]);
    let (path, _) = plan::fill(&endpoint.path).expect("filled");
    let request_line = format!("POST {path}");
    let limit = run.options.login_attempts;
    let mut shape = Shape::Json;
    let mut switched = false;
    let mut refused = 0u32;
    let mut accepted = 0u32;
    let mut unprocessed = 0u32;
    let mut sent_count = 0u32;
    let mut exchanges = Vec::new();
    let mut stopped_by: Option<(u32, u16)> = None;
    let mut advertised: Option<String> = None;
    let mut statuses: Vec<String> = Vec::new();
    while sent_count < limit {
        if !run.afford(
            &format!(
                "login attempts {}–{limit} on {request_line}",
                sent_count + 1
            ),
            1,
        ) {
            break;
        }
        let password = jwt::random_hex(16);
        run.client.masker.add(&password);
        let request = match shape {
            Shape::Json => Request::new("POST", &path).json(&format!(
                r#"{{"email":"sechound-probe@example.invalid","username":"sechound-probe","password":"{password}"}}"#
            )),
            Shape::Form => Request::new("POST", &path).form(&format!(
                "username=sechound-probe&email=sechound-probe%40example.invalid&password={password}"
            )),
        };
        let Ok(sent) = run.send(&request) else {
            break;
        };
        sent_count += 1;
        if exchanges.len() < 2 {
            exchanges.push(sent.exchange);
        }
        let Some(response) = sent.response() else {
            unprocessed += 1;
            note_status(&mut statuses, "no answer".into());
            continue;
        };
        note_status(&mut statuses, response.status.to_string());
        if advertised.is_none() {
            advertised = advertised_limit(response);
        }
        let body = response.body.to_ascii_lowercase();
        let lockout = response.status == 423
            || ["too many", "locked", "try again later", "rate limit"]
                .iter()
                .any(|w| body.contains(w));
        if response.status == 429 || lockout {
            run.wanted_429.push(sent.exchange);
            stopped_by = Some((sent_count, response.status));
            break;
        }
        match response.status {
            400 | 401 | 403 => refused += 1,
            200..=299 => accepted += 1,
            415 | 422 if shape == Shape::Json && !switched && sent_count == 1 => {
                // The endpoint wants a form (OAuth2 password grant, HTML login forms).
                shape = Shape::Form;
                switched = true;
                unprocessed += 1;
            }
            _ => unprocessed += 1,
        }
        // Three attempts in a row that were not read as logins: more would say nothing.
        if sent_count >= 3 + u32::from(switched) && refused + accepted == 0 {
            break;
        }
    }
    let place = Place::of(endpoint);
    if let Some((after, status)) = stopped_by {
        run.notes.push(format!(
            "`{request_line}` limited wrong logins: it answered {status} to wrong attempt {after}, after {} refused (the service's limiter may also count the probe's earlier requests to it).",
            after - 1
        ));
        return;
    }
    let processed = refused + accepted;
    if sent_count == 0 {
        return;
    }
    if processed * 4 < sent_count * 3 {
        run.notes.push(format!(
            "`{request_line}`: {unprocessed} of {sent_count} login attempts were not processed as logins (answered {}), so whether wrong attempts are limited could not be told.",
            statuses.join(", ")
        ));
        return;
    }
    if sent_count < limit {
        run.notes.push(format!(
            "`{request_line}`: only {sent_count} of {limit} login attempts could be sent; no limit was seen in those."
        ));
        return;
    }
    let mut observation = Observation::new(&rules::LOGIN_UNLIMITED, place, request_line.clone());
    observation.message = format!(
        "`{request_line}` answered all {sent_count} wrong login attempts ({refused} refused{}) without a 429, a 423 or a lock-out message.{}",
        if accepted > 0 {
            format!(", {accepted} with 2xx")
        } else {
            String::new()
        },
        match &advertised {
            Some(limit) => format!(
                " Its answers advertise a general rate limit ({limit}), higher than the attempts sent; a limit strict enough for logins would have answered 429 within them."
            ),
            None => String::new(),
        }
    );
    if advertised.is_some() {
        // A limit exists, only looser than logins need.
        observation.severity = sechound_core::Severity::Low;
    }
    observation.observed = format!("{sent_count} wrong logins on `{request_line}`, none limited");
    // The first attempt and the last, to show nothing changed.
    if let Some(last) = run.client.log.len().checked_sub(1) {
        exchanges.truncate(1);
        exchanges.push(last);
    }
    observation.exchanges = exchanges;
    observation.confirms.push(Confirms::Rules(
        &["project.login-without-rate-limit"],
        Scope::Anywhere,
    ));
    run.observations.push(observation);
}

/// A rate limit the answer advertises (`X-RateLimit-Limit: 100`, `RateLimit-Policy`,
/// `RateLimit: limit=100, ...`), as the report quotes it.
fn advertised_limit(response: &crate::client::Response) -> Option<String> {
    for name in [
        "x-ratelimit-limit",
        "ratelimit-limit",
        "ratelimit-policy",
        "ratelimit",
    ] {
        if let Some(value) = response.header(name) {
            return Some(format!("`{name}: {value}`"));
        }
    }
    None
}

/// False when the request without credentials found no route there (404, 405): attempts
/// would only repeat that.
pub fn routed(probe: &crate::run::EndpointProbe) -> bool {
    !probe
        .control
        .as_ref()
        .and_then(|c| c.status())
        .is_some_and(|s| s == 404 || s == 405)
}

fn note_status(statuses: &mut Vec<String>, status: String) {
    if !statuses.contains(&status) {
        statuses.push(status);
    }
}
