use super::{ProjectFindings, ProjectRule, fold_by_file, list, segments};
use crate::declare_rule;
use sechound_core::project::{AuthStatus, ControlKind, ProjectModel};

/// Path segments of endpoints that take credentials or send account e-mails.
const CREDENTIAL_WORDS: &[&str] = &[
    "login",
    "signin",
    "sign-in",
    "token",
    "forgot",
    "forgot-password",
    "reset-password",
    "password-reset",
    "reset",
    "otp",
    "mfa",
    "2fa",
    "verify-otp",
    "magic-link",
];

declare_rule! {
    /// ## What it finds
    /// Login, token, password-reset and one-time-code endpoints reachable without
    /// authentication that no rate limiting covers:
    /// the project has none at all (no `express-rate-limit`, `@fastify/rate-limit`,
    /// `@nestjs/throttler`, slowapi, Flask-Limiter or DRF throttling), or its limiters are all
    /// applied to other visible paths. A limiter whose scope sechound cannot see (global, or
    /// applied somewhere it cannot follow) counts as covering, and so does middleware on the
    /// route whose name says it limits requests (`loginLimiter`, `brute.globalBlock`).
    ///
    /// Confidence is medium: a gateway or WAF in front of the service may limit requests; if so,
    /// waive the finding with that reason.
    ///
    /// ## Why it matters
    /// Unlimited attempts make password guessing, credential stuffing and one-time-code brute
    /// force practical, and let anyone flood users with reset e-mails.
    pub struct LoginWithoutRateLimit {
        id: "project.login-without-rate-limit",
        title: "No rate limiting on login, token or password-reset endpoints",
        severity: Medium,
        confidence: Medium,
        area: Authentication,
        cwe: [307],
        owasp: A07,
        effort: Minutes,
        impact: "Attackers can try passwords, stolen credential lists or one-time codes without limit, and trigger reset e-mails in bulk.",
        recommendation: "Limit attempts per IP and per account on these endpoints (`express-rate-limit` with a strict window on `/login`, `@nestjs/throttler`, slowapi `@limiter.limit(\"5/minute\")`), and lock out or slow down after repeated failures.",
        verification: "Send 20 failed logins in a minute and expect 429 responses after the limit.",
    }
}

impl ProjectRule for LoginWithoutRateLimit {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn check(&self, model: &ProjectModel, out: &mut ProjectFindings) {
        let limiters: Vec<&str> = model
            .controls
            .iter()
            .filter(|c| c.kind == ControlKind::RateLimiting)
            .flat_map(|c| c.evidence.iter().map(|e| e.detail.as_str()))
            .collect();
        let endpoints: Vec<_> = model
            .endpoints
            .iter()
            .filter(|e| matches!(e.method.as_str(), "POST" | "ANY" | "PUT"))
            .filter(|e| segments(&e.path).any(|s| CREDENTIAL_WORDS.contains(&s.as_str())))
            // Reachable before signing in: an authenticated "regenerate my token" endpoint is
            // not where passwords are guessed.
            .filter(|e| e.auth != AuthStatus::Authenticated)
            .filter(|e| e.limited_by.is_empty())
            .filter(|e| !limiters.iter().any(|l| covers(l, &e.path)))
            .collect();
        let none_anywhere =
            limiters.is_empty() && model.endpoints.iter().all(|e| e.limited_by.is_empty());
        fold_by_file(endpoints, &Self::META, out, |group| {
            format!(
                "{}, and {} credential endpoint{} accept{} unlimited attempts: {}.",
                if none_anywhere {
                    "No rate limiting was found in the project"
                } else {
                    "Rate limiting in the project is applied to other paths only"
                },
                group.len(),
                if group.len() == 1 { "" } else { "s" },
                if group.len() == 1 { "s" } else { "" },
                list(group, 6)
            )
        });
    }
}

/// Whether a rate-limiting control, by its detail (`global: ...`, `on /api: apiLimiter`,
/// `5/minute on POST /login`), may cover `path`. A limiter whose scope is not a visible path
/// (global, on a named view, where it is applied not seen) is taken to cover it: the rule stays
/// quiet rather than guess.
fn covers(detail: &str, path: &str) -> bool {
    let scope = match detail.rsplit_once("on ") {
        Some((before, scope)) if before.is_empty() || before.ends_with(' ') => scope,
        _ => return true,
    };
    let Some(limited) = scope
        .split_whitespace()
        .map(|w| w.trim_end_matches([':', ',', ';']))
        .find(|w| w.starts_with('/'))
    else {
        return true;
    };
    let limited = limited.trim_end_matches('/');
    limited.is_empty()
        || path.starts_with(limited)
        || path.trim_end_matches('/').ends_with(limited)
        || path.contains(&format!("{limited}/"))
}

#[cfg(test)]
mod tests {
    use super::covers;

    #[test]
    fn reads_where_a_limiter_applies() {
        assert!(covers("global: express-rate-limit limiter", "/auth/login"));
        assert!(covers("on /api: `apiLimiter`", "/api/auth/login"));
        assert!(covers("5/minute on POST /login", "/auth/login"));
        assert!(covers(
            "rate limiter `x` defined (./l); where it is applied is not seen in this file",
            "/login"
        ));
        assert!(!covers("on /api/search: `searchLimiter`", "/auth/login"));
        assert!(!covers("5/minute on POST /upload", "/auth/login"));
    }
}
