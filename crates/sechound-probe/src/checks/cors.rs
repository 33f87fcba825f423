//! CORS on real answers: does the service repeat an arbitrary origin, or `null`, in
//! `Access-Control-Allow-Origin`, and does it allow credentials with it?

use crate::client::{Request, Response};
use crate::rules;
use crate::run::{Confirmation, Confirms, Observation, Place, Run, Scope};
use sechound_core::project::ControlKind;
use sechound_core::{LiveEvidence, LiveVerdict, Severity};

/// An origin no one owns (`.invalid` is reserved).
pub const PROBE_ORIGIN: &str = "https://sechound-probe.invalid";

const STATIC_RULES: &[&str] = &["js.cors-allow-all-origins", "py.cors-allow-all-origins"];

#[derive(Debug, Default)]
struct Seen {
    /// `(origin sent, exchange)` for each answer that repeated it.
    reflected: Vec<(String, usize)>,
    credentials: bool,
    wildcard: Option<usize>,
}

pub fn run(run: &mut Run<'_>) {
    let path = target_path(run);
    let mut seen = Seen::default();
    let requests = [
        Request::new("GET", &path)
            .header("Origin", PROBE_ORIGIN)
            .header("Cookie", "sechound_probe=1"),
        Request::new("GET", &path)
            .header("Origin", "null")
            .header("Cookie", "sechound_probe=1"),
        Request::new("OPTIONS", &path)
            .header("Origin", PROBE_ORIGIN)
            .header("Access-Control-Request-Method", "GET")
            .header("Access-Control-Request-Headers", "authorization"),
    ];
    for (index, request) in requests.iter().enumerate() {
        // The preflight adds nothing once a simple request showed the worst case.
        if index == 2 && seen.credentials && !seen.reflected.is_empty() {
            break;
        }
        if !run.afford(&format!("CORS: {} {} with Origin", request.method, path), 1) {
            break;
        }
        let Ok(sent) = run.send(request) else {
            break;
        };
        let Some(response) = sent.response() else {
            continue;
        };
        let origin = request
            .headers
            .iter()
            .find(|(n, _)| n == "Origin")
            .map(|(_, v)| v.as_str())
            .unwrap_or_default();
        read(response, origin, sent.exchange, &mut seen);
    }
    let place = run
        .model
        .controls
        .iter()
        .find(|c| c.kind == ControlKind::CorsRestricted)
        .and_then(|c| c.evidence.first())
        .map(|e| Place {
            file: e.file.clone(),
            line: e.line,
            code: e.code.clone(),
        })
        .unwrap_or_else(|| run.app_place());
    if !seen.reflected.is_empty() {
        let origins: Vec<String> = seen
            .reflected
            .iter()
            .map(|(o, _)| format!("`{o}`"))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        let mut observation =
            Observation::new(&rules::CORS_REFLECTS_ORIGIN, place, "reflects-origin");
        if !seen.credentials {
            observation.severity = Severity::Low;
        }
        observation.message = format!(
            "`{path}` repeated the request's origin {} in `Access-Control-Allow-Origin`{}.",
            origins.join(" and "),
            if seen.credentials {
                " with `Access-Control-Allow-Credentials: true`: any web page can call the API with the visitor's cookies and read the answer"
            } else {
                ", without allowing credentials: any page can read answers that need no cookies"
            }
        );
        observation.observed = format!(
            "`Access-Control-Allow-Origin` repeated {}{}",
            origins.join(" and "),
            if seen.credentials {
                " with credentials allowed"
            } else {
                ""
            }
        );
        observation.exchanges = seen.reflected.iter().map(|(_, e)| *e).collect();
        observation
            .confirms
            .push(Confirms::Rules(STATIC_RULES, Scope::Anywhere));
        run.observations.push(observation);
    } else if let Some(exchange) = seen.wildcard {
        // `*` is what the static rules report; seen live, it confirms them.
        run.confirmations.push(Confirmation {
            target: Confirms::Rules(STATIC_RULES, Scope::Anywhere),
            evidence: LiveEvidence {
                url: run.url(),
                observed: format!("`GET {path}` answered `Access-Control-Allow-Origin: *`"),
                confirmed_by: None,
                exchanges: run.exchanges(&[exchange]),
            },
            by: None,
        });
    }
}

fn read(response: &Response, origin: &str, exchange: usize, seen: &mut Seen) {
    let allowed = response
        .header("access-control-allow-origin")
        .unwrap_or("")
        .trim();
    let credentials = response
        .header("access-control-allow-credentials")
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"));
    if allowed.eq_ignore_ascii_case(origin) {
        seen.reflected.push((origin.to_string(), exchange));
        seen.credentials |= credentials;
    } else if allowed == "*" && seen.wildcard.is_none() {
        seen.wildcard = Some(exchange);
    }
}

/// An open GET endpoint that answered 2xx (CORS middleware answers there for sure), else any
/// GET endpoint, else `/`.
fn target_path(run: &Run<'_>) -> String {
    let get = |verdict: Option<LiveVerdict>| {
        run.endpoints.iter().find_map(|p| match &p.aim {
            Ok(aim)
                if aim.method == "GET"
                    && p.control.is_some()
                    && verdict.is_none_or(|v| p.live.verdict == v) =>
            {
                Some(aim.path.clone())
            }
            _ => None,
        })
    };
    get(Some(LiveVerdict::Open))
        .or_else(|| get(None))
        .unwrap_or_else(|| "/".to_string())
}
