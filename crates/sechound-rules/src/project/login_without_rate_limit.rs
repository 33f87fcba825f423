use super::{ProjectFindings, ProjectRule, fold_by_file, list, segments};
use crate::declare_rule;
use sechound_core::project::{AuthStatus, ControlKind, ControlScope, Method, ProjectModel};

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
        let limiters: Vec<Option<&ControlScope>> = model
            .controls
            .iter()
            .filter(|c| c.kind == ControlKind::RateLimiting)
            .flat_map(|c| c.evidence.iter().map(|e| e.scope.as_ref()))
            .collect();
        let endpoints: Vec<_> = model
            .endpoints
            .iter()
            .filter(|e| matches!(e.method, Method::Post | Method::Any | Method::Put))
            .filter(|e| segments(&e.path).any(|s| CREDENTIAL_WORDS.contains(&s.as_str())))
            // Reachable before signing in: an authenticated "regenerate my token" endpoint is
            // not where passwords are guessed.
            .filter(|e| e.auth != AuthStatus::Authenticated)
            .filter(|e| e.limited_by.is_empty())
            // A limiter whose scope is not a visible path (global, on a named view, applied
            // where sechound does not see) is taken to cover it: the rule stays quiet rather
            // than guess.
            .filter(|e| {
                !limiters
                    .iter()
                    .any(|l| l.is_none_or(|s| s.may_cover(&e.path)))
            })
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

#[cfg(test)]
mod tests {
    use sechound_core::project::{ControlScope, Method};

    #[test]
    fn reads_where_a_limiter_applies() {
        assert!(ControlScope::Global.may_cover("/auth/login"));
        let on_api = ControlScope::Path {
            path: "/api".into(),
        };
        assert!(on_api.may_cover("/api/auth/login"));
        let on_login = ControlScope::Route {
            method: Method::Post,
            path: "/login".into(),
        };
        assert!(on_login.may_cover("/auth/login"));
        let elsewhere = ControlScope::Elsewhere {
            what: "where it is applied is not seen".into(),
        };
        assert!(elsewhere.may_cover("/login"));
        let search = ControlScope::Path {
            path: "/api/search".into(),
        };
        assert!(!search.may_cover("/auth/login"));
        let upload = ControlScope::Route {
            method: Method::Post,
            path: "/upload".into(),
        };
        assert!(!upload.may_cover("/auth/login"));
    }
}
