use super::{ProjectFindings, ProjectRule, fold_by_file, list, segments};
use crate::declare_rule;
use sechound_core::project::{ControlKind, ProjectModel};

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
    /// Login, token, password-reset and one-time-code endpoints in a project with no rate
    /// limiting anywhere (no `express-rate-limit`, `@fastify/rate-limit`, `@nestjs/throttler`,
    /// slowapi, Flask-Limiter or DRF throttling).
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
        if model
            .controls
            .iter()
            .any(|c| c.kind == ControlKind::RateLimiting && c.present)
        {
            return;
        }
        let endpoints: Vec<_> = model
            .endpoints
            .iter()
            .filter(|e| matches!(e.method.as_str(), "POST" | "ANY" | "PUT"))
            .filter(|e| segments(&e.path).any(|s| CREDENTIAL_WORDS.contains(&s.as_str())))
            .collect();
        fold_by_file(endpoints, &Self::META, out, |group| {
            format!(
                "No rate limiting was found in the project, and {} credential endpoint{} accept{} unlimited attempts: {}.",
                group.len(),
                if group.len() == 1 { "" } else { "s" },
                if group.len() == 1 { "s" } else { "" },
                list(group, 6)
            )
        });
    }
}
