//! Refresh endpoints: a well-formed refresh token signed with a random key, where services
//! look for one (JSON body, `Authorization` header, cookie). A 2xx means new tokens for a
//! made-up one.

use crate::client::Request;
use crate::run::{Confirms, Observation, Place, Run, Scope};
use crate::{jwt, rules};
use sechound_core::SkipReason;

/// Refresh endpoints tried at most.
const MAX_ENDPOINTS: usize = 3;

pub fn run(run: &mut Run<'_>) {
    let check = "refresh with a wrong-signature token";
    let targets: Vec<usize> = run
        .endpoints
        .iter()
        .filter(|p| {
            let endpoint = run.endpoint(p);
            endpoint
                .path
                .split('/')
                .any(|s| s.to_ascii_lowercase().contains("refresh"))
                && matches!(endpoint.method.as_str(), "POST" | "PUT" | "GET" | "ANY")
                && p.aim.is_ok()
                && super::login::routed(p)
        })
        .map(|p| p.index)
        .take(MAX_ENDPOINTS)
        .collect();
    if targets.is_empty() {
        run.skip(
            check,
            SkipReason::NotApplicable,
            "no refresh endpoint in the route map that the service routes",
        );
        return;
    }
    for target in targets {
        refresh(run, target, check);
    }
}

fn refresh(run: &mut Run<'_>, target: usize, check: &str) {
    let aim = run.endpoints[target].aim.clone().expect("aimed");
    let endpoint = run.endpoint(&run.endpoints[target]);
    let request_line = format!("{} {}", aim.method, aim.path);
    let token = jwt::hs256(
        &jwt::random_bytes(32),
        &jwt::claims(
            run.now,
            false,
            &[("type", "refresh"), ("token_type", "refresh")],
        ),
    );
    let carry = |request: Request| {
        request
            .header("Authorization", &format!("Bearer {token}"))
            .header(
                "Cookie",
                &format!("refresh_token={token}; refreshToken={token}"),
            )
    };
    let json = format!(
        r#"{{"refresh_token":"{token}","refreshToken":"{token}","token":"{token}","refresh":"{token}"}}"#
    );
    let form = format!("refresh_token={token}&refreshToken={token}&token={token}");
    let attempts: Vec<Request> = if aim.method == "GET" {
        vec![carry(Request::new("GET", &aim.path))]
    } else if run.options.read_only {
        run.skip(
            format!("{check} on {request_line}"),
            SkipReason::ReadOnly,
            "a state-changing request",
        );
        return;
    } else {
        vec![
            carry(Request::new(&aim.method, &aim.path).json(&json)),
            carry(Request::new(&aim.method, &aim.path).form(&form)),
        ]
    };
    let mut statuses = Vec::new();
    for (i, request) in attempts.iter().enumerate() {
        if !run.afford(&format!("{check} on {request_line}"), 1) {
            return;
        }
        let Ok(sent) = run.send(request) else {
            return;
        };
        let Some(response) = sent.response() else {
            statuses.push("no answer".to_string());
            break;
        };
        statuses.push(response.status.to_string());
        if response.is_success() {
            let mut observation = Observation::new(
                &rules::REFRESH_ACCEPTS_FORGED,
                Place::of(endpoint),
                request_line.clone(),
            );
            observation.message = format!(
                "`{request_line}` answered {} to a refresh token signed with a random key{}: it issues tokens without verifying the refresh token's signature.",
                response.status,
                if i == 1 { " (sent as a form)" } else { "" }
            );
            observation.observed = format!(
                "`{request_line}` answered {} to a refresh token with a wrong signature",
                response.status
            );
            observation.exchanges = vec![sent.exchange];
            observation.confirms.push(Confirms::Rules(
                &["project.refresh-token-not-verified"],
                Scope::At(endpoint.file.clone(), endpoint.line),
            ));
            observation.confirms.push(Confirms::Rules(
                &[
                    "js.jwt-decode-without-verify",
                    "py.jwt-decode-without-verify",
                ],
                Scope::File(endpoint.file.clone()),
            ));
            run.observations.push(observation);
            return;
        }
        // Only a request of the wrong shape is worth a second try as a form.
        if !matches!(response.status, 400 | 415 | 422) {
            break;
        }
    }
    let refused = statuses.iter().any(|s| s == "401" || s == "403");
    run.notes.push(if refused {
        format!(
            "`{request_line}` refused a refresh token with a wrong signature ({}).",
            statuses.join(", then ")
        )
    } else {
        format!(
            "`{request_line}`: a refresh token with a wrong signature got {}, neither accepted nor refused; the check is inconclusive.",
            statuses.join(", then ")
        )
    });
}
