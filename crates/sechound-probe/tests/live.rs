//! The probe against in-process servers on 127.0.0.1 that count every request: catch-all 200
//! pages, a login form behind `/admin`, a login that rate-limits after five attempts, a server
//! that closes connections, one that never answers, servers that accept forged tokens or a
//! committed secret and their safe twins. The bounds (budget, rate, deadline, timeouts, no
//! redirects) are checked against what the servers saw.

mod common;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use common::{Hit, Reply, TestServer};
use hmac::{Hmac, Mac};
use sechound_core::project::{
    AuthControl, AuthStatus, ControlEvidence, Endpoint, Framework, GuardLevel, GuardVerdict,
    Method, ProjectModel,
};
use sechound_core::{FoundSecret, LiveVerdict, SkipReason};
use sechound_probe::{ProbeError, ProbeOptions, ProbeOutcome, Target};
use sha2::Sha256;
use std::time::{Duration, Instant};

const SERVER_KEY: &str = "server-signing-key-0123456789";

fn endpoint(method: &str, path: &str, auth: AuthStatus) -> Endpoint {
    let line = 10 + path.len() as u32;
    Endpoint {
        method: Method::parse(method).expect("method"),
        path: path.into(),
        framework: Framework::Express,
        handler: None,
        file: "src/server.js".into(),
        line,
        code: format!("app.{}('{path}', handler);", method.to_ascii_lowercase()),
        auth,
        auth_by: if auth == AuthStatus::Authenticated {
            vec![AuthControl {
                name: "requireAuth".into(),
                level: GuardLevel::Route,
                at: format!("src/server.js:{line}"),
                verdict: GuardVerdict::Enforces,
                decided_at: None,
            }]
        } else {
            Vec::new()
        },
        exempted_by: None,
        roles: Vec::new(),
        notes: Vec::new(),
        limited_by: Vec::new(),
        signals: Vec::new(),
        why: None,
        conditions: Vec::new(),
        handler_span: None,
        live: None,
        access: Default::default(),
    }
}

fn model(endpoints: Vec<Endpoint>) -> ProjectModel {
    ProjectModel {
        endpoints,
        applications: vec![ControlEvidence {
            file: "src/server.js".into(),
            line: 3,
            code: "const app = express();".into(),
            detail: "express".into(),
            partial: false,
            scope: None,
        }],
        ..ProjectModel::default()
    }
}

fn options(server: &TestServer) -> ProbeOptions {
    let mut options = ProbeOptions::new(Target::parse(&server.url(), false).unwrap());
    options.rate_per_second = 500.0;
    options.timeout = Duration::from_secs(2);
    options.deadline = Duration::from_secs(30);
    options
}

fn probe(model: &ProjectModel, secrets: &[FoundSecret], options: &ProbeOptions) -> ProbeOutcome {
    sechound_probe::probe(model, secrets, options, Box::new(|| false)).expect("the probe runs")
}

fn rules(outcome: &ProbeOutcome) -> Vec<&str> {
    outcome
        .findings
        .iter()
        .map(|f| f.rule_id.as_str())
        .collect()
}

fn finding<'a>(outcome: &'a ProbeOutcome, rule: &str) -> &'a sechound_core::Finding {
    outcome
        .findings
        .iter()
        .find(|f| f.rule_id == rule)
        .unwrap_or_else(|| panic!("no {rule} finding in {:?}", rules(outcome)))
}

fn secret(value: &str) -> FoundSecret {
    FoundSecret::new(
        "env.committed-secret".into(),
        ".env".into(),
        2,
        format!("print-{value}"),
        value.into(),
    )
}

/// Verifies an HS256 token with `key` the way a careful service does: header `alg` must be
/// HS256, the signature must match, `exp` must be in the future.
fn verify(token: &str, key: &str) -> bool {
    let parts: Vec<&str> = token.split('.').collect();
    if parts.len() != 3 {
        return false;
    }
    let Ok(header) = URL_SAFE_NO_PAD.decode(parts[0]) else {
        return false;
    };
    let header: serde_json::Value = serde_json::from_slice(&header).unwrap_or_default();
    if header["alg"] != "HS256" {
        return false;
    }
    let mut mac = Hmac::<Sha256>::new_from_slice(key.as_bytes()).unwrap();
    mac.update(format!("{}.{}", parts[0], parts[1]).as_bytes());
    let Ok(signature) = URL_SAFE_NO_PAD.decode(parts[2]) else {
        return false;
    };
    if mac.verify_slice(&signature).is_err() {
        return false;
    }
    let claims: serde_json::Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[1]).unwrap_or_default())
            .unwrap_or_default();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    claims["exp"].as_i64().is_some_and(|exp| exp > now)
}

/// Reads the claims without checking anything, as a careless service does.
fn decode_only(token: &str) -> bool {
    token
        .split('.')
        .nth(1)
        .and_then(|p| URL_SAFE_NO_PAD.decode(p).ok())
        .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
        .is_some_and(|c| c.get("sub").is_some())
}

fn not_found() -> Reply {
    Reply::json(404, r#"{"error":"not found"}"#)
}

/// A service protecting `/api/*` with `check`; everything else 404 except `/health`.
fn api_server(check: fn(&str) -> bool) -> TestServer {
    TestServer::start(move |hit, _| {
        if hit.path.starts_with("/api/") {
            return match hit.bearer() {
                Some(token) if check(token) => Reply::json(200, r#"[{"id":1}]"#),
                _ => Reply::json(401, r#"{"error":"unauthorized"}"#),
            };
        }
        if hit.path == "/health" {
            return Reply::json(200, r#"{"ok":true}"#);
        }
        not_found()
    })
}

fn api_model() -> ProjectModel {
    model(vec![
        endpoint("GET", "/health", AuthStatus::Unauthenticated),
        endpoint("GET", "/api/orders", AuthStatus::Authenticated),
        endpoint("GET", "/api/orders/:id", AuthStatus::Authenticated),
    ])
}

#[test]
fn a_careful_service_refuses_every_forged_token_and_the_wrong_secrets() {
    let server = api_server(|t| verify(t, SERVER_KEY));
    let secrets = [
        secret("a-different-committed-key"),
        secret("another-one-123"),
    ];
    let outcome = probe(&api_model(), &secrets, &options(&server));
    assert!(
        !rules(&outcome).iter().any(|r| r.contains("token")
            || r.contains("secret")
            || *r == "probe.auth-required-answers-open"),
        "{:?}",
        rules(&outcome)
    );
    assert!(
        outcome
            .run
            .notes
            .iter()
            .any(|n| n.contains("were refused (401/403): none of them is the live signing key")),
        "{:?}",
        outcome.run.notes
    );
    assert_eq!(outcome.endpoints[1].verdict, LiveVerdict::Rejected);
    assert_eq!(outcome.endpoints[0].verdict, LiveVerdict::Open);
    // Control, three forged tokens on each protected endpoint, secrets on the first ones.
    let forged: Vec<Hit> = server
        .hits()
        .into_iter()
        .filter(|h| h.path.starts_with("/api/") && h.bearer().is_some())
        .collect();
    assert!(forged.len() >= 6, "{}", forged.len());
    let none = forged
        .iter()
        .filter_map(|h| h.bearer())
        .find(|t| t.ends_with('.') && t.starts_with("eyJhbGciOiJub25l"))
        .expect("an alg: none token was sent");
    assert_eq!(none.matches('.').count(), 2);
    assert_eq!(outcome.run.requests_sent as usize, server.count());
}

#[test]
fn a_service_that_decodes_without_verifying_accepts_every_forgery() {
    let server = api_server(decode_only);
    let outcome = probe(&api_model(), &[], &options(&server));
    let forged = finding(&outcome, "probe.forged-token-accepted");
    assert_eq!(forged.severity, sechound_core::Severity::Critical);
    assert!(forged.message.contains("alg: none"), "{}", forged.message);
    assert_eq!(
        outcome
            .findings
            .iter()
            .filter(|f| f.rule_id == "probe.forged-token-accepted")
            .count(),
        3,
        "alg: none, wrong key and no signature each reported once"
    );
    let live = forged.live.as_ref().unwrap();
    assert_eq!(
        live.exchanges[0].status,
        Some(401),
        "the control comes first"
    );
    assert_eq!(live.exchanges[1].status, Some(200));
    assert!(
        live.exchanges[1].request_headers[0]
            .value
            .starts_with("Bearer eyJh…["),
        "tokens are masked: {:?}",
        live.exchanges[1].request_headers
    );
    assert_eq!(outcome.endpoints[1].verdict, LiveVerdict::ForgedAccepted);
}

#[test]
fn a_committed_secret_that_signs_live_tokens_is_reported_with_its_expiry_check() {
    // The service verifies properly, but with the key the repository holds.
    let server = api_server(|t| verify(t, SERVER_KEY));
    let secrets = [secret("not-the-key-at-all"), secret(SERVER_KEY)];
    let outcome = probe(&api_model(), &secrets, &options(&server));
    let live = finding(&outcome, "probe.committed-secret-live");
    assert_eq!(live.severity, sechound_core::Severity::Critical);
    assert_eq!(live.evidence.path, ".env");
    assert!(live.message.contains("serv…[29 chars]"), "{}", live.message);
    assert!(!rules(&outcome).contains(&"probe.forged-token-accepted"));
    // The expired token signed with the live key was sent, and refused.
    assert!(
        !outcome
            .run
            .skipped
            .iter()
            .any(|s| s.check.contains("expired")),
        "{:?}",
        outcome.run.skipped
    );
    // The confirmation points at the findings that reported the value.
    assert!(outcome.confirmations.iter().any(|c| matches!(
        &c.target,
        sechound_probe::Confirms::Fingerprints(p) if p.contains(&format!("print-{SERVER_KEY}"))
    )));
    // The secret never appears in anything the report is built from.
    let text = format!(
        "{}{}",
        serde_json::to_string(&outcome.findings).unwrap(),
        serde_json::to_string(&outcome.run).unwrap()
    );
    assert!(!text.contains(SERVER_KEY), "{text}");
}

#[test]
fn an_expired_token_accepted_with_the_live_key_is_reported() {
    // Checks the signature, never the expiry.
    let server = api_server(|t| {
        let parts: Vec<&str> = t.split('.').collect();
        let mut mac = Hmac::<Sha256>::new_from_slice(SERVER_KEY.as_bytes()).unwrap();
        mac.update(format!("{}.{}", parts[0], parts.get(1).unwrap_or(&"")).as_bytes());
        parts.len() == 3
            && URL_SAFE_NO_PAD
                .decode(parts[2])
                .is_ok_and(|s| mac.verify_slice(&s).is_ok())
    });
    let outcome = probe(&api_model(), &[secret(SERVER_KEY)], &options(&server));
    let expired = outcome
        .findings
        .iter()
        .find(|f| f.rule_id == "probe.forged-token-accepted")
        .expect("expired token reported");
    assert!(expired.message.contains("expired"), "{}", expired.message);
    assert_eq!(expired.severity, sechound_core::Severity::High);
}

#[test]
fn a_catch_all_200_page_is_never_an_exposure_but_real_metrics_behind_it_are() {
    let page = "<!doctype html><html><head><title>Shop</title></head><body><div id=app></div><script src=/app.js></script></body></html>";
    let spa = TestServer::start(move |hit, _| {
        if hit.path.starts_with("/api/") {
            return Reply::json(401, "{}");
        }
        Reply::with(200, "text/html", page)
    });
    let outcome = probe(&api_model(), &[], &options(&spa));
    assert!(
        !rules(&outcome).iter().any(|r| r.contains("exposed")),
        "{:?}",
        rules(&outcome)
    );
    assert!(
        outcome.run.baseline.contains("answers every path"),
        "{}",
        outcome.run.baseline
    );
    // /metrics, /docs, /admin, /.env ... were asked.
    assert_eq!(spa.count_path("/.env"), 1);
    assert_eq!(spa.count_path("/admin"), 1);

    let with_metrics = TestServer::start(move |hit, _| match hit.path.as_str() {
        "/metrics" => Reply::with(
            200,
            "text/plain; version=0.0.4",
            "# HELP jobs_total Jobs.\n# TYPE jobs_total counter\njobs_total 3\n",
        ),
        p if p.starts_with("/api/") => Reply::json(401, "{}"),
        _ => Reply::with(200, "text/html", page),
    });
    let outcome = probe(&api_model(), &[], &options(&with_metrics));
    let metrics = finding(&outcome, "probe.metrics-exposed");
    assert!(
        metrics.message.contains("GET /metrics"),
        "{}",
        metrics.message
    );
    assert_eq!(
        rules(&outcome)
            .iter()
            .filter(|r| r.contains("exposed"))
            .count(),
        1,
        "{:?}",
        rules(&outcome)
    );
}

#[test]
fn an_admin_login_page_is_not_an_exposure_and_an_open_dashboard_is() {
    let login = TestServer::start(|hit, _| match hit.path.as_str() {
        "/admin" => Reply::with(
            200,
            "text/html",
            "<html><form method=post><input name=username><input type=\"password\" name=password></form></html>",
        ),
        _ => not_found(),
    });
    let outcome = probe(&api_model(), &[], &options(&login));
    assert!(
        !rules(&outcome).contains(&"probe.admin-exposed"),
        "{:?}",
        rules(&outcome)
    );
    assert!(
        outcome.run.notes.iter().any(|n| n.contains("login form")),
        "{:?}",
        outcome.run.notes
    );

    let dashboard = TestServer::start(|hit, _| match hit.path.as_str() {
        "/admin" => Reply::with(
            200,
            "text/html",
            "<html><h1>Users</h1><table><tr><td>alice</td><td><button>Delete</button></td></tr></table></html>",
        ),
        _ => not_found(),
    });
    let outcome = probe(&api_model(), &[], &options(&dashboard));
    let admin = finding(&outcome, "probe.admin-exposed");
    assert_eq!(admin.live.as_ref().unwrap().exchanges[0].path, "/admin");
}

fn login_model() -> ProjectModel {
    model(vec![
        endpoint("GET", "/health", AuthStatus::Unauthenticated),
        endpoint("POST", "/auth/login", AuthStatus::Unauthenticated),
    ])
}

#[test]
fn a_login_that_limits_after_five_attempts_is_seen_working() {
    let server = TestServer::start(|hit, _| {
        if hit.path == "/auth/login" {
            return Reply::json(401, r#"{"error":"invalid credentials"}"#);
        }
        if hit.path == "/health" {
            return Reply::json(200, "{}");
        }
        not_found()
    });
    // The limiter counts attempts at the login path only.
    let attempts = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = attempts.clone();
    let limiter = TestServer::start(move |hit, _| {
        if hit.path == "/auth/login" {
            let n = counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
            return if n > 5 {
                Reply::json(429, r#"{"error":"slow down"}"#).header("Retry-After", "60")
            } else {
                Reply::json(401, r#"{"error":"invalid credentials"}"#)
            };
        }
        if hit.path == "/health" {
            return Reply::json(200, "{}");
        }
        not_found()
    });
    let outcome = probe(&login_model(), &[], &options(&limiter));
    assert!(
        !rules(&outcome).contains(&"probe.login-unlimited-attempts"),
        "{:?}",
        rules(&outcome)
    );
    assert!(
        outcome
            .run
            .notes
            .iter()
            .any(|n| n.contains("limited wrong logins") && n.contains("429")),
        "{:?}",
        outcome.run.notes
    );
    // The limiter let five requests through (the control request, the malformed-body check and
    // three wrong logins) and limited the sixth: the probe stopped there.
    assert_eq!(limiter.count_path("/auth/login"), 6);
    assert!(
        outcome
            .run
            .notes
            .iter()
            .any(|n| n.contains("429 to wrong attempt 4, after 3 refused")),
        "{:?}",
        outcome.run.notes
    );
    assert!(
        !outcome
            .run
            .notes
            .iter()
            .any(|n| n.contains("answered 429 (rate limited)"))
    );

    // The twin without a limiter gets exactly the configured number of attempts, and a finding.
    let mut options = options(&server);
    options.login_attempts = 12;
    let outcome = probe(&login_model(), &[], &options);
    let login = finding(&outcome, "probe.login-unlimited-attempts");
    assert!(
        login.message.contains("all 12 wrong login attempts"),
        "{}",
        login.message
    );
    // The control request, the malformed body, and the twelve attempts.
    assert_eq!(server.count_path("/auth/login"), 2 + 12);
    let bodies: Vec<String> = server
        .hits()
        .iter()
        .filter(|h| h.path == "/auth/login" && h.body.contains("password"))
        .map(|h| h.body.clone())
        .collect();
    assert_eq!(bodies.len(), 12);
    assert!(
        bodies
            .iter()
            .all(|b| b.contains("sechound-probe@example.invalid"))
    );
    // Passwords are masked in the evidence.
    let shown = login.live.as_ref().unwrap().exchanges[0]
        .request_body
        .clone()
        .unwrap();
    assert!(
        shown.contains(r#""password":""#) && shown.contains("…[16 chars]"),
        "{shown}"
    );
}

#[test]
fn a_server_that_closes_connections_stops_the_probe_without_findings() {
    let server = TestServer::start(|_, before| {
        if before < 3 {
            Reply::json(200, r#"{"ok":true}"#)
        } else {
            Reply::Close
        }
    });
    let many: Vec<Endpoint> = (0..20)
        .map(|i| endpoint("GET", &format!("/api/thing{i}"), AuthStatus::Authenticated))
        .collect();
    let outcome = probe(&model(many), &[], &options(&server));
    // The three answers are the same page (a catch-all): nothing to report from them.
    assert!(
        rules(&outcome)
            .iter()
            .all(|r| *r == "probe.missing-security-headers"),
        "{:?}",
        rules(&outcome)
    );
    let why = outcome.run.stopped_early.as_deref().unwrap_or_default();
    assert!(why.contains("stopped answering"), "{why}");
    // Three answers, then four failures in a row, then nothing more.
    assert_eq!(server.count(), 7);
    assert_eq!(outcome.run.requests_sent, 7);
    assert!(
        outcome
            .run
            .skipped
            .iter()
            .any(|s| s.reason == SkipReason::ServiceGone),
        "{:?}",
        outcome.run.skipped
    );
    assert!(
        outcome
            .endpoints
            .iter()
            .any(|e| e.verdict == LiveVerdict::NoAnswer)
    );

    // A server that closes every connection is unreachable: an error, not an empty report.
    let closed = TestServer::start(|_, _| Reply::Close);
    let error = sechound_probe::probe(&api_model(), &[], &options(&closed), Box::new(|| false))
        .expect_err("nothing answers");
    assert!(matches!(error, ProbeError::Unreachable { .. }), "{error}");
    assert_eq!(closed.count(), 1);
}

#[test]
fn a_server_that_never_answers_costs_one_timeout_and_the_deadline_bounds_the_rest() {
    let silent = TestServer::start(|_, _| Reply::Hang);
    let mut fast = options(&silent);
    fast.timeout = Duration::from_millis(700);
    let started = Instant::now();
    let error = sechound_probe::probe(&api_model(), &[], &fast, Box::new(|| false))
        .expect_err("nothing answers");
    assert!(error.to_string().contains("timed out"), "{error}");
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(silent.count(), 1);

    // Some endpoints hang: each costs the per-request timeout, and the global deadline ends
    // the run on time.
    let partly = TestServer::start(|hit, _| {
        if hit.path.starts_with("/slow") {
            Reply::Hang
        } else {
            not_found()
        }
    });
    let mut endpoints = vec![endpoint("GET", "/fast", AuthStatus::Unauthenticated)];
    endpoints.extend(
        (0..10).map(|i| endpoint("GET", &format!("/slow{i}"), AuthStatus::Unauthenticated)),
    );
    let mut bounded = options(&partly);
    bounded.timeout = Duration::from_millis(400);
    bounded.deadline = Duration::from_millis(1500);
    let started = Instant::now();
    let outcome = probe(&model(endpoints), &[], &bounded);
    let took = started.elapsed();
    assert!(took < Duration::from_millis(2500), "{took:?}");
    let why = outcome.run.stopped_early.clone().unwrap_or_default();
    assert!(
        why.contains("deadline") || why.contains("stopped answering"),
        "{why}"
    );
    assert!(
        outcome
            .endpoints
            .iter()
            .any(|e| e.verdict == LiveVerdict::NoAnswer && e.detail.contains("timed out"))
    );
}

#[test]
fn the_budget_is_never_exceeded_and_what_it_cut_is_listed() {
    let server = api_server(|t| verify(t, SERVER_KEY));
    let many: Vec<Endpoint> = (0..40)
        .map(|i| endpoint("GET", &format!("/api/item{i}"), AuthStatus::Authenticated))
        .collect();
    let mut tight = options(&server);
    tight.budget = 25;
    let outcome = probe(&model(many), &[secret("some-committed-value")], &tight);
    assert_eq!(server.count(), 25, "the server saw exactly the budget");
    assert_eq!(outcome.run.requests_sent, 25);
    assert!(
        outcome
            .run
            .skipped
            .iter()
            .any(|s| s.reason == SkipReason::Budget),
        "{:?}",
        outcome.run.skipped
    );
    assert!(
        outcome
            .endpoints
            .iter()
            .any(|e| e.detail.contains("request budget spent"))
    );
    assert_eq!(outcome.run.endpoints_probed, 24);
    assert_eq!(outcome.run.not_probed.len(), 16);
}

#[test]
fn the_rate_limit_spaces_requests() {
    let server = api_server(|t| verify(t, SERVER_KEY));
    let mut slow = options(&server);
    slow.rate_per_second = 20.0;
    slow.budget = 21;
    let started = Instant::now();
    let _ = probe(&api_model(), &[], &slow);
    let hits = server.hits();
    assert_eq!(hits.len(), 21);
    let span = hits.last().unwrap().at - hits.first().unwrap().at;
    // 21 requests at 20 per second: the last starts a second after the first.
    assert!(span >= Duration::from_millis(950), "{span:?}");
    assert!(started.elapsed() >= Duration::from_millis(950));
    // No second holds more than 20 request starts.
    for (i, hit) in hits.iter().enumerate() {
        let within = hits[i..]
            .iter()
            .take_while(|h| h.at - hit.at < Duration::from_millis(1000))
            .count();
        assert!(within <= 21, "{within} requests within a second");
    }
}

#[test]
fn redirects_are_not_followed_and_no_other_host_is_contacted() {
    let other = TestServer::start(|_, _| Reply::json(200, "{}"));
    let location = format!("{}/landed", other.url());
    let server = TestServer::start(move |hit, _| match hit.path.as_str() {
        "/go" => Reply::status(302).header("Location", &location),
        "/here" => Reply::status(301).header("Location", "/landed"),
        _ => not_found(),
    });
    let outcome = probe(
        &model(vec![
            endpoint("GET", "/go", AuthStatus::Unauthenticated),
            endpoint("GET", "/here", AuthStatus::Unauthenticated),
        ]),
        &[],
        &options(&server),
    );
    assert_eq!(other.count(), 0, "the other host was never contacted");
    assert_eq!(server.count_path("/landed"), 0, "no redirect was followed");
    assert_eq!(outcome.endpoints[0].status, Some(302));
}

#[test]
fn cors_reflection_with_credentials_is_high_and_a_fixed_list_is_quiet() {
    let reflecting = TestServer::start(|hit, _| {
        let reply = if hit.path == "/health" {
            Reply::json(200, "{}")
        } else {
            not_found()
        };
        match hit.header("origin") {
            Some(origin) => reply
                .header("Access-Control-Allow-Origin", origin)
                .header("Access-Control-Allow-Credentials", "true"),
            None => reply,
        }
    });
    let outcome = probe(&api_model(), &[], &options(&reflecting));
    let cors = finding(&outcome, "probe.cors-reflects-origin");
    assert_eq!(cors.severity, sechound_core::Severity::High);
    assert!(cors.message.contains("`null`"), "{}", cors.message);

    let listed = TestServer::start(|hit, _| {
        let reply = if hit.path == "/health" {
            Reply::json(200, "{}")
        } else {
            not_found()
        };
        if hit.header("origin") == Some("https://app.example.com") {
            reply.header("Access-Control-Allow-Origin", "https://app.example.com")
        } else {
            reply
        }
    });
    let outcome = probe(&api_model(), &[], &options(&listed));
    assert!(!rules(&outcome).contains(&"probe.cors-reflects-origin"));
}

#[test]
fn drift_both_ways_is_reported() {
    // The code protects /api/orders, the service leaves it open; the code leaves /reports
    // open, the service refuses it.
    let server = TestServer::start(|hit, _| match hit.path.as_str() {
        "/api/orders" => Reply::json(200, r#"[{"id":1,"total":12}]"#),
        "/reports" => Reply::json(401, "{}"),
        _ => not_found(),
    });
    let outcome = probe(
        &model(vec![
            endpoint("GET", "/api/orders", AuthStatus::Authenticated),
            endpoint("GET", "/reports", AuthStatus::Unauthenticated),
        ]),
        &[],
        &options(&server),
    );
    let open = finding(&outcome, "probe.auth-required-answers-open");
    assert!(open.message.contains("`requireAuth`"), "{}", open.message);
    assert!(
        outcome
            .model_notes
            .iter()
            .any(|n| n.contains("GET /reports") && n.contains("refused it without credentials")),
        "{:?}",
        outcome.model_notes
    );
}

#[test]
fn stack_traces_and_debug_pages_in_answers_are_reported_once() {
    let server = TestServer::start(|hit, _| match (hit.method.as_str(), hit.path.as_str()) {
        ("POST", "/api/upload") => Reply::with(
            500,
            "text/html",
            "<pre>SyntaxError: Unexpected end of JSON input<br> &nbsp; &nbsp;at JSON.parse (&lt;anonymous&gt;)<br> &nbsp; &nbsp;at parse (/srv/app/node_modules/body-parser/lib/types/json.js:92:19)</pre>",
        ),
        ("GET", "/debug") => Reply::with(
            200,
            "text/plain",
            "Traceback (most recent call last):\n  File \"/srv/app/main.py\", line 4, in <module>\n",
        ),
        _ => not_found(),
    });
    let outcome = probe(
        &model(vec![endpoint(
            "POST",
            "/api/upload",
            AuthStatus::Unauthenticated,
        )]),
        &[],
        &options(&server),
    );
    let errors = finding(&outcome, "probe.error-details-exposed");
    assert!(
        errors.message.contains("Node.js stack frames"),
        "{}",
        errors.message
    );
    let debug = finding(&outcome, "probe.debug-endpoint-exposed");
    assert!(debug.message.contains("GET /debug"), "{}", debug.message);
    // The malformed body was sent once.
    assert_eq!(
        server
            .hits()
            .iter()
            .filter(|h| h.body.starts_with("{\"sechound-probe\""))
            .count(),
        1
    );
}

#[test]
fn read_only_sends_no_state_changing_request() {
    let server = api_server(|t| verify(t, SERVER_KEY));
    let mut read_only = options(&server);
    read_only.read_only = true;
    let outcome = probe(
        &model(vec![
            endpoint("GET", "/health", AuthStatus::Unauthenticated),
            endpoint("POST", "/auth/login", AuthStatus::Unauthenticated),
            endpoint("DELETE", "/api/orders/:id", AuthStatus::Authenticated),
        ]),
        &[],
        &read_only,
    );
    assert!(
        server
            .hits()
            .iter()
            .all(|h| matches!(h.method.as_str(), "GET" | "HEAD" | "OPTIONS")),
        "{:?}",
        server.hits().iter().map(|h| &h.method).collect::<Vec<_>>()
    );
    assert_eq!(outcome.endpoints[2].verdict, LiveVerdict::NotProbed);
    assert!(
        outcome
            .run
            .skipped
            .iter()
            .any(|s| s.reason == SkipReason::ReadOnly)
    );
}

#[test]
fn non_loopback_targets_are_refused_unless_allowed() {
    for url in [
        "http://192.168.1.10:3000",
        "http://example.com:80",
        "http://0.0.0.0:3000",
    ] {
        assert!(matches!(
            Target::parse(url, false),
            Err(ProbeError::Remote { .. })
        ));
        assert!(Target::parse(url, true).is_ok());
    }
}

#[test]
fn a_trailing_slash_redirect_is_asked_again_at_the_slashed_path_only() {
    let server = TestServer::start(|hit, _| match hit.path.as_str() {
        "/items" => Reply::status(307).header("Location", "/items/"),
        "/items/" => Reply::json(401, "{}"),
        "/other" => Reply::status(307).header("Location", "/somewhere-else"),
        _ => not_found(),
    });
    let outcome = probe(
        &model(vec![
            endpoint("GET", "/items", AuthStatus::Authenticated),
            endpoint("GET", "/other", AuthStatus::Authenticated),
        ]),
        &[],
        &options(&server),
    );
    assert_eq!(outcome.endpoints[0].verdict, LiveVerdict::Rejected);
    assert_eq!(outcome.endpoints[0].request, "GET /items/");
    assert_eq!(outcome.endpoints[1].status, Some(307));
    assert_eq!(server.count_path("/somewhere-else"), 0);
}

#[test]
fn a_committed_secret_that_gets_past_authentication_into_a_failing_handler_is_reported() {
    // The key verifies, then the user lookup fails (no database): 500, where a random key
    // gets 403 and no token 401.
    let server = TestServer::start(|hit, _| {
        if !hit.path.starts_with("/api/") {
            return not_found();
        }
        match hit.bearer() {
            None => Reply::json(401, r#"{"detail":"Not authenticated"}"#),
            Some(token) if verify(token, SERVER_KEY) => {
                Reply::with(500, "text/plain", "Internal Server Error")
            }
            Some(_) => Reply::json(403, r#"{"detail":"Could not validate credentials"}"#),
        }
    });
    let outcome = probe(
        &api_model(),
        &[secret("unrelated-value-1234"), secret(SERVER_KEY)],
        &options(&server),
    );
    let live = finding(&outcome, "probe.committed-secret-live");
    assert_eq!(live.confidence, sechound_core::Confidence::Medium);
    assert!(
        live.message.contains("got past authentication")
            && live
                .message
                .contains("403 with a token signed by a random key"),
        "{}",
        live.message
    );
    let statuses: Vec<Option<u16>> = live
        .live
        .as_ref()
        .unwrap()
        .exchanges
        .iter()
        .map(|e| e.status)
        .collect();
    assert_eq!(statuses, vec![Some(401), Some(403), Some(500)]);
    // The unrelated value was refused outright and is not reported.
    assert_eq!(
        outcome
            .findings
            .iter()
            .filter(|f| f.rule_id == "probe.committed-secret-live")
            .count(),
        1
    );
}

#[test]
fn a_given_credential_gets_positive_control_requests_and_a_refused_one_is_noted() {
    let server = api_server(|t| t == "the-real-token-of-a-test-user");
    let mut with_token = options(&server);
    with_token.credentials = vec![(
        "Authorization".into(),
        "Bearer the-real-token-of-a-test-user".into(),
    )];
    let outcome = probe(&api_model(), &[], &with_token);
    assert!(
        outcome.endpoints[1]
            .detail
            .contains("200 with the given credential"),
        "{:?}",
        outcome.endpoints[1]
    );
    assert!(!outcome.run.notes.iter().any(|n| n.contains("--token")));
    let text = serde_json::to_string(&outcome.run).unwrap();
    assert!(!text.contains("the-real-token-of-a-test-user"));

    let mut wrong = options(&server);
    wrong.credentials = vec![("X-Api-Key".into(), "an-expired-key-000".into())];
    let outcome = probe(&api_model(), &[], &wrong);
    assert!(
        outcome
            .run
            .notes
            .iter()
            .any(|n| n.contains("--token/--header was refused by `GET /api/orders`")),
        "{:?}",
        outcome.run.notes
    );
}

#[test]
fn session_cookies_without_flags_are_reported_and_flagged_ones_are_not() {
    let careless = TestServer::start(|hit, _| match hit.path.as_str() {
        "/health" => Reply::json(200, "{}")
            .header("Set-Cookie", "sid=s%3Aabcdefabcdef; Path=/")
            .header("Set-Cookie", "theme=dark; Path=/"),
        _ => not_found(),
    });
    let outcome = probe(&api_model(), &[], &options(&careless));
    let cookie = finding(&outcome, "probe.insecure-cookie");
    assert!(
        cookie.message.contains("`sid`") && cookie.message.contains("HttpOnly, Secure, SameSite"),
        "{}",
        cookie.message
    );
    assert_eq!(
        rules(&outcome)
            .iter()
            .filter(|r| **r == "probe.insecure-cookie")
            .count(),
        1,
        "the theme cookie is not a session"
    );
    let shown = &cookie.live.as_ref().unwrap().exchanges[0].response_headers;
    assert!(
        shown
            .iter()
            .any(|h| h.name == "set-cookie" && h.value.starts_with("sid=s%3A…[")),
        "{shown:?}"
    );

    let careful = TestServer::start(|hit, _| match hit.path.as_str() {
        "/health" => Reply::json(200, "{}").header(
            "Set-Cookie",
            "sid=s%3Aabcdefabcdef; Path=/; HttpOnly; Secure; SameSite=Lax",
        ),
        _ => not_found(),
    });
    let outcome = probe(&api_model(), &[], &options(&careful));
    assert!(!rules(&outcome).contains(&"probe.insecure-cookie"));
}
