use super::{Place, ProjectFindings, ProjectRule, cite, segments};
use crate::declare_rule;
use sechound_core::project::{AuthStatus, ProjectModel, Signal};
use sechound_core::{Confidence, Severity};

declare_rule! {
    /// ## What it finds
    /// A token-refresh endpoint (a path segment containing `refresh`) whose handler issues
    /// tokens without verifying the refresh token: it decodes it without checking the
    /// signature and expiry (`jwt.decode`, `verify_signature: False`). A handler that verifies the signature (itself, or through an authentication guard
    /// on the endpoint) but never looks the token or its session up in storage (so it cannot be
    /// revoked or rotated) is reported at medium severity. A lookup is a query on a token store
    /// (`RefreshToken.findOne`, `refreshTokens.find_one`) or a call on a session or token
    /// service or repository that reads, updates or deletes (`sessionService.updateByHash`,
    /// `tokenRepository.delete`).
    ///
    /// Confidence is medium: sechound reads the handler and the functions it calls directly.
    ///
    /// ## Not reported
    /// A handler where sechound sees neither a verification nor an unverified decode: the work
    /// usually sits in a service it could not resolve (node-express-boilerplate's
    /// `authService.refreshAuth` through a services index), and a guess there was wrong more
    /// often than right.
    ///
    /// ## Why it matters
    /// A refresh endpoint that trusts an unverified token hands out fresh access tokens to
    /// anyone who can forge or replay one: a full account takeover.
    pub struct RefreshTokenNotVerified {
        id: "project.refresh-token-not-verified",
        title: "Refresh endpoint does not verify the refresh token",
        severity: High,
        confidence: Medium,
        area: Authentication,
        cwe: [287, 347],
        owasp: A07,
        effort: Hours,
        impact: "Anyone who can forge, replay or keep an old refresh token can obtain new access tokens for any account.",
        recommendation: "Verify the refresh token's signature and expiry with a pinned algorithm (`jwt.verify(token, secret, { algorithms: ['HS256'] })`), check it against its stored record (not revoked, not used before), rotate it on each use, and bind it to the user.",
        verification: "Send a refresh request with a token signed by another key, an expired token and a revoked one; each must be refused with 401.",
    }
}

impl ProjectRule for RefreshTokenNotVerified {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn check(&self, model: &ProjectModel, out: &mut ProjectFindings) {
        for endpoint in model.endpoints.iter().filter(|e| {
            segments(&e.path).any(|s| s.contains("refresh"))
                && e.signals.contains(&Signal::HandlerRead)
        }) {
            let has = |s: Signal| endpoint.signals.contains(&s);
            // A guard on the way that authenticates the caller (`AuthGuard('jwt-refresh')`,
            // `Depends(get_refresh_token_payload)`) verifies the token for the handler.
            let guarded = endpoint.auth == AuthStatus::Authenticated;
            let (severity, message) = if !has(Signal::VerifiesToken) && !guarded {
                // Nothing seen either way (no verification, no unverified decode): the work
                // usually sits in a service the linker did not resolve, so nothing is said.
                if !has(Signal::DecodesTokenUnverified) {
                    continue;
                }
                (
                    Severity::High,
                    format!(
                        "The refresh endpoint {} decodes the refresh token without verifying its signature and expiry.",
                        cite(endpoint)
                    ),
                )
            } else if !has(Signal::LooksUpToken) {
                (
                    Severity::Medium,
                    format!(
                        "The refresh endpoint {} verifies the token's signature but never checks it against a stored record, so refresh tokens cannot be revoked or rotated.",
                        cite(endpoint)
                    ),
                )
            } else {
                continue;
            };
            let finding = out.report(&Self::META, Place::of(endpoint), message);
            finding.severity = severity;
            finding.confidence = Confidence::Medium;
        }
    }
}
