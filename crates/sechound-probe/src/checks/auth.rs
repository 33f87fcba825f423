//! Authentication, both directions: a control request without credentials to every endpoint
//! of the route map; then, for the endpoints the code protects and the service refused, tokens
//! no honest issuer signed and tokens signed with each secret the repository holds. Drift is
//! reported both ways: protected endpoints that answer without credentials, and open ones that
//! refuse (the route map missed a control).

use super::{request_for, with_token};
use crate::client::{Outcome, Sent};
use crate::judge::{is_rejection, redirects_to_login};
use crate::run::{Confirmation, Confirms, Observation, Place, Run, Scope, claims_required};
use crate::{jwt, rules};
use sechound_core::project::AuthStatus;
use sechound_core::{LiveEvidence, LiveVerdict, Severity, SkipReason};

/// Project rules a request answered without credentials confirms at the endpoint.
const OPEN_CONFIRMS: &[&str] = &[
    "project.sensitive-route-unauthenticated",
    "project.state-changing-route-unauthenticated",
    "project.auth-exemption-prefix",
    "project.webhook-signature-missing",
];

/// Secrets tried as signing keys at most (each costs up to three requests).
const MAX_SECRETS: usize = 20;

/// The request without credentials to every endpoint that can be aimed, and with the given
/// credential to those the code protects.
pub fn controls(run: &mut Run<'_>) {
    let prefix = run.client.target().prefix.clone();
    let mut skipped = 0;
    let mut skip_reason = None;
    for i in 0..run.endpoints.len() {
        let Ok(mut aim) = run.endpoints[i].aim.clone() else {
            continue;
        };
        let request = request_for(&aim);
        let mut result = run.send(&request);
        // A framework that redirects `/items` to `/items/` (FastAPI, Django) answers at the
        // slashed path; asking there once more is not following a redirect elsewhere.
        if let Some(slashed) = result
            .as_ref()
            .ok()
            .and_then(|sent| slash_redirect(run, &aim.path, sent))
        {
            aim.path = slashed;
            run.endpoints[i].aim = Ok(aim.clone());
            result = run.send(&request_for(&aim));
        }
        match result {
            Ok(sent) => {
                let (verdict, detail) = verdict_of(run, &aim.path, &sent);
                let probe = &mut run.endpoints[i];
                probe.live.verdict = verdict;
                probe.live.status = sent.status();
                probe.live.request = format!("{} {}{}", aim.method, prefix, aim.path);
                probe.live.detail = detail;
                probe.control = Some(sent);
            }
            Err(reason) => {
                skipped += 1;
                skip_reason = Some(reason);
                run.endpoints[i].live.detail = format!("skipped: {}", reason.label());
            }
        }
    }
    if let Some(reason) = skip_reason {
        run.skip(
            format!("control requests to {skipped} endpoint(s)"),
            reason,
            String::new(),
        );
    }
    if !run.options.credentials.is_empty() {
        positive_controls(run);
    }
}

/// The same requests with the credential the caller gave: a protected endpoint should answer
/// 2xx, or the credential is not what the probe thinks it is.
fn positive_controls(run: &mut Run<'_>) {
    let mut refused = Vec::new();
    for i in 0..run.endpoints.len() {
        let endpoint = run.endpoint(&run.endpoints[i]);
        if !claims_required(endpoint) || run.endpoints[i].control.is_none() {
            continue;
        }
        let Ok(aim) = run.endpoints[i].aim.clone() else {
            continue;
        };
        if !run.afford("requests with the given credential", 1) {
            return;
        }
        let mut request = request_for(&aim);
        for (name, value) in &run.options.credentials {
            request = request.header(name, value);
        }
        let Ok(sent) = run.send(&request) else {
            return;
        };
        let status = sent.status();
        if sent.response().is_some_and(is_rejection) {
            refused.push(format!("{} {}", aim.method, aim.path));
        }
        let probe = &mut run.endpoints[i];
        if let Some(status) = status {
            push_detail(
                &mut probe.live.detail,
                &format!("{status} with the given credential"),
            );
        }
    }
    if !refused.is_empty() {
        run.notes.push(format!(
            "The credential given with --token/--header was refused by {}: check that it is valid for this service.",
            list(&refused)
        ));
    }
}

/// The path with a trailing slash, when the answer is a redirect to exactly that on the same
/// origin.
fn slash_redirect(run: &Run<'_>, path: &str, sent: &Sent) -> Option<String> {
    let response = sent.response()?;
    if !matches!(response.status, 301 | 302 | 307 | 308) || path.ends_with('/') {
        return None;
    }
    let location = response.header("location")?;
    let target = run.client.target();
    let slashed = format!("{path}/");
    let here = format!("{}{}", target.prefix, slashed);
    let absolute = format!("{}{here}", target.origin());
    (location == here || location == absolute).then_some(slashed)
}

fn verdict_of(run: &Run<'_>, path: &str, sent: &Sent) -> (LiveVerdict, String) {
    match &sent.outcome {
        Outcome::Failed(problem) => (LiveVerdict::NoAnswer, problem.clone()),
        Outcome::Answered(response) => {
            if is_rejection(response) {
                let detail = if redirects_to_login(response) {
                    "redirect to a login page".to_string()
                } else {
                    String::new()
                };
                (LiveVerdict::Rejected, detail)
            } else if response.is_success() {
                if run.baseline.is_same_page(path, response) {
                    (
                        LiveVerdict::Other,
                        "the page every unknown path returns".into(),
                    )
                } else {
                    (LiveVerdict::Open, String::new())
                }
            } else if response.status == 404 {
                (LiveVerdict::NotFound, String::new())
            } else if response.status == 429 {
                (LiveVerdict::Other, "rate limited (429)".into())
            } else {
                (LiveVerdict::Other, String::new())
            }
        }
    }
}

/// The endpoints the code protects and the service refused without credentials, the safest
/// and likeliest to answer 2xx first (GET, no path parameters).
fn refused_protected(run: &Run<'_>) -> Vec<usize> {
    let mut targets: Vec<usize> = run
        .endpoints
        .iter()
        .filter(|p| claims_required(run.endpoint(p)) && p.live.verdict == LiveVerdict::Rejected)
        .map(|p| p.index)
        .collect();
    targets.sort_by_key(|&i| {
        let aim = run.endpoints[i].aim.as_ref().ok();
        (
            aim.is_none_or(|a| a.method != "GET"),
            aim.is_none_or(|a| a.has_parameters),
        )
    });
    targets
}

/// Tokens signed with each secret the static review found: a 2xx where the request without a
/// token was refused shows the committed secret is the live key.
pub fn committed_secrets(run: &mut Run<'_>) {
    let check = "tokens signed with the repository's secrets";
    if run.secrets.is_empty() {
        run.skip(
            check,
            SkipReason::NotApplicable,
            "the static review found no secret values",
        );
        return;
    }
    let targets: Vec<usize> = refused_protected(run).into_iter().take(3).collect();
    if targets.is_empty() {
        run.skip(
            check,
            SkipReason::NotApplicable,
            "no endpoint the code protects refused a request without credentials",
        );
        return;
    }
    let secrets: Vec<_> = run.secrets.iter().copied().take(MAX_SECRETS).collect();
    if run.secrets.len() > MAX_SECRETS {
        run.notes.push(format!(
            "{} secret values were found; the first {MAX_SECRETS} were tried as signing keys.",
            run.secrets.len()
        ));
    }
    let tried = secrets.len();
    let (mut refused, mut limited, mut live) = (0, 0, 0);
    // What each target answers to a token signed with a random key, asked only when a secret
    // gets an answer that is neither 2xx nor a refusal.
    let mut wrong_key: Vec<(usize, Option<Sent>)> = Vec::new();
    'secrets: for secret in secrets {
        for &target in &targets {
            if !run.afford(
                &format!("token signed with the secret at {}", secret.cite()),
                1,
            ) {
                break 'secrets;
            }
            let aim = run.endpoints[target].aim.clone().expect("aimed");
            let token = jwt::hs256(
                secret.expose().as_bytes(),
                &jwt::claims(run.now, false, &[]),
            );
            let Ok(sent) = run.send(&with_token(request_for(&aim), &token)) else {
                break 'secrets;
            };
            let Some(response) = sent.response() else {
                continue;
            };
            if response.is_success() {
                secret_live(run, secret, target, &sent, None);
                live += 1;
                break;
            }
            if is_rejection(response) {
                refused += 1;
                break;
            }
            if response.status == 429 {
                limited += 1;
                break;
            }
            // Neither accepted nor refused (a 500 or 404 after authentication, when the user
            // lookup fails): the same request with a random key tells whether the key made
            // the difference.
            if !wrong_key.iter().any(|(t, _)| *t == target) {
                let control = if run.afford("token signed with a random key (comparison)", 1) {
                    let token =
                        jwt::hs256(&jwt::random_bytes(32), &jwt::claims(run.now, false, &[]));
                    run.send(&with_token(request_for(&aim), &token)).ok()
                } else {
                    None
                };
                wrong_key.push((target, control));
            }
            let comparison = wrong_key
                .iter()
                .find(|(t, _)| *t == target)
                .and_then(|(_, c)| c.clone());
            if let Some(comparison) = comparison
                && comparison.response().is_some_and(is_rejection)
            {
                secret_live(run, secret, target, &sent, Some(&comparison));
                live += 1;
                break;
            }
            // Try the next endpoint, which may answer 2xx.
        }
    }
    if live == 0 {
        run.notes.push(if refused == tried {
            format!(
                "Tokens signed with each of the {tried} secret value(s) found in the repository were refused (401/403): none of them is the live signing key."
            )
        } else {
            format!(
                "Tokens signed with the {tried} secret value(s) found in the repository: {refused} refused (401/403), {limited} answered 429 (rate limited), {} neither; whether one of them is the live signing key could not be told for all.",
                tried.saturating_sub(refused + limited)
            )
        });
    }
}

/// Reports `secret` as the live key: accepted outright (`comparison` is `None`), or let past
/// authentication where a token signed with a random key was refused.
fn secret_live<'a>(
    run: &mut Run<'a>,
    secret: &'a sechound_core::FoundSecret,
    target: usize,
    sent: &Sent,
    comparison: Option<&Sent>,
) {
    let aim = run.endpoints[target].aim.clone().expect("aimed");
    let endpoint = run.endpoint(&run.endpoints[target]);
    let control = run.endpoints[target].control.as_ref().map(|c| c.exchange);
    let request = format!("{} {}", aim.method, aim.path);
    let status = sent.status().unwrap_or_default();
    let without = run.endpoints[target]
        .live
        .status
        .map(|s| s.to_string())
        .unwrap_or_default();
    let mut observation = Observation::new(
        &rules::COMMITTED_SECRET_LIVE,
        Place {
            file: secret.path.clone(),
            line: secret.line,
            code: String::new(),
        },
        secret.fingerprint.clone(),
    );
    observation.also.push(Place::of(endpoint));
    let origin = format!(
        "the secret written at `{}` (`{}`, reported by `{}`)",
        secret.cite(),
        secret.masked(),
        secret.rule_id
    );
    match comparison {
        None => {
            observation.message = format!(
                "a token signed with {origin} was accepted by `{request}` ({}:{}), which answered {without} without a token. The committed value is the service's live signing key.",
                endpoint.file, endpoint.line,
            );
            observation.observed = format!(
                "`{request}` answered {status} to a token signed with the committed secret from `{}`",
                secret.cite()
            );
        }
        Some(comparison) => {
            // The key made the difference, but the answer is not a success: a medium-confidence
            // reading of the evidence.
            observation.confidence = sechound_core::Confidence::Medium;
            let refused_with = comparison.status().unwrap_or_default();
            observation.message = format!(
                "a token signed with {origin} got past authentication at `{request}` ({}:{}): it answered {status}, where the same request answered {without} without a token and {refused_with} with a token signed by a random key. The committed value verifies as the service's signing key; the handler failed after that (a user lookup, a missing database).",
                endpoint.file, endpoint.line,
            );
            observation.observed = format!(
                "`{request}` answered {status} to a token signed with the committed secret from `{}` and {refused_with} to one signed with a random key",
                secret.cite()
            );
        }
    }
    observation.exchanges = control
        .into_iter()
        .chain(comparison.map(|c| c.exchange))
        .chain([sent.exchange])
        .collect();
    observation.confirms.push(Confirms::Fingerprints(
        run.secrets
            .iter()
            .filter(|s| s.expose() == secret.expose())
            .map(|s| s.fingerprint.clone())
            .collect(),
    ));
    run.observations.push(observation);
    let probe = &mut run.endpoints[target];
    probe.live.verdict = LiveVerdict::ForgedAccepted;
    push_detail(
        &mut probe.live.detail,
        &format!(
            "a token signed with the secret at {} {}",
            secret.cite(),
            if comparison.is_some() {
                format!("got past authentication ({status})")
            } else {
                "was accepted".to_string()
            }
        ),
    );
    if run.live_key.is_none() {
        run.live_key = Some(secret);
    }
}

/// The forged tokens, each on every protected endpoint that refused the request without one.
pub fn forged_tokens(run: &mut Run<'_>) {
    let targets = refused_protected(run);
    if targets.is_empty() {
        run.skip(
            "forged tokens (alg: none, wrong key, no signature, expired)",
            SkipReason::NotApplicable,
            "no endpoint the code protects refused a request without credentials",
        );
        return;
    }
    let claims = jwt::claims(run.now, false, &[]);
    let mut kinds: Vec<(Forgery, String)> = vec![
        (Forgery::AlgNone, jwt::alg_none(&claims)),
        (
            Forgery::WrongKey,
            jwt::hs256(&jwt::random_bytes(32), &claims),
        ),
        (Forgery::NoSignature, jwt::empty_signature(&claims)),
    ];
    if let Some(key) = run.live_key {
        kinds.push((
            Forgery::Expired,
            jwt::hs256(key.expose().as_bytes(), &jwt::claims(run.now, true, &[])),
        ));
    } else {
        run.skip(
            "expired token",
            SkipReason::NotApplicable,
            "only meaningful when signed with the live key, and no live key is known",
        );
    }
    let mut accepted: Vec<(Forgery, usize, usize)> = Vec::new();
    'targets: for &target in &targets {
        let aim = run.endpoints[target].aim.clone().expect("aimed");
        let request = format!("{} {}", aim.method, aim.path);
        for (kind, token) in &kinds {
            if !run.afford(&format!("{} token on {request}", kind.label()), 1) {
                break 'targets;
            }
            let Ok(sent) = run.send(&with_token(request_for(&aim), token)) else {
                break 'targets;
            };
            let Some(response) = sent.response() else {
                continue;
            };
            let probe = &mut run.endpoints[target];
            if response.is_success() {
                accepted.push((*kind, target, sent.exchange));
                probe.live.verdict = LiveVerdict::ForgedAccepted;
                push_detail(
                    &mut probe.live.detail,
                    &format!("{} token accepted", kind.label()),
                );
            } else if !is_rejection(response) {
                push_detail(
                    &mut probe.live.detail,
                    &format!(
                        "{} token: {} (not a refusal: it may have got past authentication)",
                        kind.label(),
                        response.status
                    ),
                );
            }
        }
    }
    for kind in [
        Forgery::AlgNone,
        Forgery::WrongKey,
        Forgery::NoSignature,
        Forgery::Expired,
    ] {
        let hits: Vec<&(Forgery, usize, usize)> =
            accepted.iter().filter(|(k, _, _)| *k == kind).collect();
        let Some((_, first, _)) = hits.first() else {
            continue;
        };
        let endpoint = run.endpoint(&run.endpoints[*first]);
        let requests: Vec<String> = hits
            .iter()
            .map(|(_, t, _)| Run::request_line(&run.endpoints[*t]))
            .collect();
        let mut observation = Observation::new(
            &rules::FORGED_TOKEN_ACCEPTED,
            Place::of(endpoint),
            format!("{} {}", kind.label(), requests.join(",")),
        );
        if kind == Forgery::Expired {
            observation.severity = Severity::High;
        }
        observation.also = hits
            .iter()
            .skip(1)
            .map(|(_, t, _)| Place::of(run.endpoint(&run.endpoints[*t])))
            .collect();
        observation.message = format!(
            "{} answered 2xx to {} where the same request without a token was refused. {}",
            list(&requests),
            kind.description(),
            kind.meaning()
        );
        observation.observed = format!("{} accepted {}", list(&requests), kind.description());
        observation.exchanges = hits
            .iter()
            .take(3)
            .flat_map(|(_, t, exchange)| {
                run.endpoints[*t]
                    .control
                    .as_ref()
                    .map(|c| c.exchange)
                    .into_iter()
                    .chain([*exchange])
            })
            .collect();
        if let Some(rules) = kind.confirms() {
            observation
                .confirms
                .push(Confirms::Rules(rules, Scope::Anywhere));
        }
        run.observations.push(observation);
    }
}

/// Reads the control requests once every check ran: protected endpoints that answered without
/// credentials, open endpoints that refused, routes not found.
pub fn judge_controls(run: &mut Run<'_>) {
    let mut not_found = Vec::new();
    let mut limited = Vec::new();
    for i in 0..run.endpoints.len() {
        let probe = &run.endpoints[i];
        let Some(control) = &probe.control else {
            continue;
        };
        let endpoint = run.endpoint(probe);
        let request = Run::request_line(probe);
        match probe.live.verdict {
            LiveVerdict::Open if claims_required(endpoint) => {
                let status = control.status().unwrap_or_default();
                let by = endpoint
                    .auth_by
                    .iter()
                    .map(|a| format!("`{}`", a.name))
                    .collect::<Vec<_>>()
                    .join(", ");
                let mut observation = Observation::new(
                    &rules::AUTH_REQUIRED_OPEN,
                    Place::of(endpoint),
                    request.clone(),
                );
                observation.message = format!(
                    "`{request}` answered {status} without any credential, although the code puts {} on its way ({}:{}).",
                    if by.is_empty() {
                        "an authentication control".to_string()
                    } else {
                        by
                    },
                    endpoint.file,
                    endpoint.line
                );
                observation.observed = format!("`{request}` answered {status} without credentials");
                observation.exchanges = vec![control.exchange];
                run.observations.push(observation);
            }
            LiveVerdict::Open => {
                let evidence = LiveEvidence {
                    url: run.url(),
                    observed: format!(
                        "`{request}` answered {} without credentials",
                        control.status().unwrap_or_default()
                    ),
                    confirmed_by: None,
                    exchanges: run.exchanges(&[control.exchange]),
                };
                run.confirmations.push(Confirmation {
                    target: Confirms::Rules(
                        OPEN_CONFIRMS,
                        Scope::At(endpoint.file.clone(), endpoint.line),
                    ),
                    evidence,
                    by: None,
                });
            }
            // A login, webhook or token endpoint refuses a request without the credential it
            // checks itself: that is its handler answering, not a control the map missed.
            LiveVerdict::Rejected
                if matches!(
                    endpoint.auth,
                    AuthStatus::Unauthenticated | AuthStatus::Exempted
                ) && !checks_own_credential(endpoint) =>
            {
                let note = format!(
                    "`{request}` ({}:{}): the code shows {} on the way, but the running service refused it without credentials ({}): a control the route map does not see protects it, or the handler itself refuses requests without a credential.",
                    endpoint.file,
                    endpoint.line,
                    if endpoint.auth == AuthStatus::Exempted {
                        "an exemption from authentication"
                    } else {
                        "no authentication"
                    },
                    control.status().unwrap_or_default()
                );
                run.model_notes.push(note.clone());
                run.notes.push(note);
            }
            LiveVerdict::NotFound => not_found.push(request),
            LiveVerdict::Other if control.status() == Some(429) => limited.push(request),
            _ => {}
        }
    }
    if !not_found.is_empty() {
        let probed = run.endpoints.iter().filter(|p| p.control.is_some()).count();
        let hint = if not_found.len() * 2 > probed {
            " Most of the route map is missing: the routes may be mounted under a prefix the route map does not know (a router included with a prefix read from settings); give it in the URL (`--url http://127.0.0.1:PORT/api/v1`)."
        } else {
            ""
        };
        run.notes.push(format!(
            "{} of {probed} endpoints answered 404: {} (the route is not mounted where the code suggests, or the placeholder values of its parameters match nothing).{hint}",
            not_found.len(),
            list(&not_found)
        ));
    }
    if !limited.is_empty() {
        run.notes.push(format!(
            "{} endpoint(s) answered 429 to the request without credentials: {} (the service's rate limit counted the probe's requests; their authentication was not checked).",
            limited.len(),
            list(&limited)
        ));
    }
}

/// Endpoints whose handler checks a credential of its own (a password, a signature, a token in
/// the body): a 401 there says nothing about the route map.
fn checks_own_credential(endpoint: &sechound_core::project::Endpoint) -> bool {
    const WORDS: &[&str] = &[
        "login",
        "signin",
        "sign-in",
        "sign_in",
        "log-in",
        "logout",
        "token",
        "tokens",
        "refresh",
        "authenticate",
        "auth",
        "oauth",
        "oauth2",
        "callback",
        "verify",
        "webhook",
        "webhooks",
        "hook",
        "hooks",
        "session",
        "sessions",
        "password",
        "otp",
        "mfa",
        "2fa",
    ];
    endpoint.path.split('/').any(|segment| {
        let segment = segment.to_ascii_lowercase();
        WORDS.contains(&segment.as_str()) || segment.contains("webhook")
    }) || endpoint
        .signals
        .iter()
        .any(|s| s == "verifies-signature" || s == "verifies-token")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Forgery {
    AlgNone,
    WrongKey,
    NoSignature,
    Expired,
}

impl Forgery {
    fn label(self) -> &'static str {
        match self {
            Forgery::AlgNone => "alg: none",
            Forgery::WrongKey => "wrong-key",
            Forgery::NoSignature => "unsigned",
            Forgery::Expired => "expired",
        }
    }

    fn description(self) -> &'static str {
        match self {
            Forgery::AlgNone => "a token with `alg: none` and an empty signature",
            Forgery::WrongKey => "an HS256 token signed with a random key",
            Forgery::NoSignature => "an HS256 token with its signature removed",
            Forgery::Expired => "a token signed with the live key that expired an hour ago",
        }
    }

    fn meaning(self) -> &'static str {
        match self {
            Forgery::AlgNone => "The service accepts unsigned tokens: anyone can write any claims.",
            Forgery::WrongKey | Forgery::NoSignature => {
                "The service does not verify token signatures: anyone can write any claims."
            }
            Forgery::Expired => "The service does not check the expiry of tokens.",
        }
    }

    fn confirms(self) -> Option<&'static [&'static str]> {
        match self {
            Forgery::AlgNone => Some(&[
                "js.jwt-verify-without-algorithms",
                "js.jwt-decode-without-verify",
                "py.jwt-decode-without-verify",
            ]),
            Forgery::WrongKey | Forgery::NoSignature => Some(&[
                "js.jwt-decode-without-verify",
                "py.jwt-decode-without-verify",
            ]),
            Forgery::Expired => None,
        }
    }
}

fn push_detail(detail: &mut String, more: &str) {
    if !detail.is_empty() {
        detail.push_str("; ");
    }
    detail.push_str(more);
}

/// `a`, `a` and `b`, `a`, `b` and 3 more.
pub fn list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().take(5).map(|i| format!("`{i}`")).collect();
    let more = items.len().saturating_sub(5);
    match (quoted.len(), more) {
        (0, _) => String::new(),
        (1, _) => quoted[0].clone(),
        (n, 0) => format!("{} and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
        (_, more) => format!("{} and {more} more", quoted.join(", ")),
    }
}
