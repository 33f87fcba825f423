//! Headers and cookies, read from every answer the run collected: security headers missing
//! from all successful answers, version banners, and cookies set without their flags. No request
//! of its own.

use crate::rules;
use crate::run::{Confirms, Observation, Place, Run, Scope};
use regex::Regex;
use sechound_core::Severity;
use sechound_core::project::ControlKind;
use std::sync::LazyLock;

/// Cookie names that say they carry a session or a credential.
static SESSION_COOKIE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(sess|sid|token|auth|jwt|login|remember|connect\.sid|csrf|xsrf)")
        .expect("valid regex")
});

/// A version in a `Server` value: `nginx/1.25.3`, `Werkzeug/3.0.1 Python/3.12.1`.
static VERSION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"/\d+(\.\d+)*").expect("valid regex"));

pub fn run(run: &mut Run<'_>) {
    security_headers(run);
    banner(run);
    cookies(run);
}

fn security_headers(run: &mut Run<'_>) {
    let successes: Vec<usize> = run
        .answers
        .iter()
        .enumerate()
        .filter(|(_, (_, r))| r.is_success())
        .map(|(i, _)| i)
        .collect();
    if successes.is_empty() {
        return;
    }
    let all_lack = |indices: &[usize], names: &[&str]| {
        indices.iter().all(|&i| {
            let response = &run.answers[i].1;
            names.iter().all(|n| response.header(n).is_none())
        })
    };
    let mut missing = Vec::new();
    if all_lack(&successes, &["x-content-type-options"]) {
        missing.push("`X-Content-Type-Options: nosniff`");
    }
    let html: Vec<usize> = successes
        .iter()
        .copied()
        .filter(|&i| run.answers[i].1.is_html())
        .collect();
    if !html.is_empty() {
        if all_lack(&html, &["content-security-policy"]) {
            missing.push("`Content-Security-Policy` (on HTML pages)");
        }
        let framed = html.iter().all(|&i| {
            let response = &run.answers[i].1;
            response.header("x-frame-options").is_none()
                && !response
                    .header("content-security-policy")
                    .is_some_and(|c| c.contains("frame-ancestors"))
        });
        if framed {
            missing
                .push("frame protection (`X-Frame-Options` or `frame-ancestors`, on HTML pages)");
        }
    }
    if run.client.target().scheme == "https" && all_lack(&successes, &["strict-transport-security"])
    {
        missing.push("`Strict-Transport-Security`");
    }
    if missing.is_empty() {
        return;
    }
    let place = run
        .model
        .controls
        .iter()
        .find(|c| c.kind == ControlKind::SecurityHeaders)
        .and_then(|c| c.evidence.first())
        .map(|e| Place {
            file: e.file.clone(),
            line: e.line,
            code: e.code.clone(),
        })
        .unwrap_or_else(|| run.app_place());
    let mut exchanges = vec![run.answers[successes[0]].0];
    if let Some(&h) = html.first()
        && run.answers[h].0 != exchanges[0]
    {
        exchanges.push(run.answers[h].0);
    }
    let mut observation = Observation::new(&rules::HEADERS_MISSING, place, missing.join(","));
    observation.message = format!(
        "none of the {} successful answers carried {}.",
        successes.len(),
        missing.join(", ")
    );
    observation.observed = format!(
        "{} missing from every successful answer",
        missing.join(", ")
    );
    observation.exchanges = exchanges;
    observation.confirms.push(Confirms::Rules(
        &["project.missing-security-headers"],
        Scope::Anywhere,
    ));
    run.observations.push(observation);
}

fn banner(run: &mut Run<'_>) {
    let found = run.answers.iter().find_map(|(exchange, response)| {
        if let Some(powered) = response.header("x-powered-by") {
            return Some((*exchange, format!("`X-Powered-By: {powered}`")));
        }
        response
            .header("server")
            .filter(|s| VERSION.is_match(s))
            .map(|s| (*exchange, format!("`Server: {s}`")))
    });
    let Some((exchange, header)) = found else {
        return;
    };
    let mut observation = Observation::new(&rules::SERVER_BANNER, run.app_place(), header.clone());
    observation.message = format!("answers carry {header}.");
    observation.observed = format!("answers carry {header}");
    observation.exchanges = vec![exchange];
    run.observations.push(observation);
}

fn cookies(run: &mut Run<'_>) {
    let insecure_transport = run.client.target().scheme == "http";
    let mut seen: Vec<String> = Vec::new();
    let mut found: Vec<(String, Vec<&'static str>, usize)> = Vec::new();
    for (exchange, response) in &run.answers {
        for cookie in response.headers_named("set-cookie") {
            let Some((name, _)) = cookie.split(';').next().and_then(|p| p.split_once('=')) else {
                continue;
            };
            let name = name.trim().to_string();
            if seen.contains(&name) || !SESSION_COOKIE.is_match(&name) {
                continue;
            }
            seen.push(name.clone());
            let attributes: Vec<String> = cookie
                .split(';')
                .skip(1)
                .map(|a| a.trim().to_ascii_lowercase())
                .collect();
            let has = |flag: &str| {
                attributes
                    .iter()
                    .any(|a| a == flag || a.starts_with(&format!("{flag}=")))
            };
            // A cookie being deleted carries nothing worth protecting.
            if attributes
                .iter()
                .any(|a| a == "max-age=0" || a.starts_with("expires=thu, 01 jan 1970"))
            {
                continue;
            }
            let mut missing = Vec::new();
            if !has("httponly") {
                missing.push("HttpOnly");
            }
            if !has("secure") {
                missing.push("Secure");
            }
            if !has("samesite") {
                missing.push("SameSite");
            }
            if !missing.is_empty() {
                found.push((name, missing, *exchange));
            }
        }
    }
    for (name, missing, exchange) in found {
        let mut observation =
            Observation::new(&rules::INSECURE_COOKIE, run.app_place(), name.clone());
        if missing == ["Secure"] {
            observation.severity = Severity::Low;
        }
        observation.message = format!(
            "the cookie `{name}` is set without {}{}.",
            missing.join(", "),
            if insecure_transport && missing.contains(&"Secure") {
                " (the probed service runs over plain HTTP; if `Secure` is added in production only, waive this with that reason)"
            } else {
                ""
            }
        );
        observation.observed = format!("`Set-Cookie: {name}=…` without {}", missing.join(", "));
        observation.exchanges = vec![exchange];
        observation
            .confirms
            .push(Confirms::Rules(&["js.insecure-cookie"], Scope::Anywhere));
        run.observations.push(observation);
    }
}
