use super::{Place, ProjectFindings, ProjectRule, cite};
use crate::declare_rule;
use sechound_core::project::{ProjectModel, SessionWork, Signal};
use sechound_core::{Confidence, Severity};

declare_rule! {
    /// ## What it finds
    /// An endpoint whose handler (or a function it calls, up to three calls away) removes a
    /// second factor or sets a new one (writes `totpSecret`, `otp_secret`,
    /// `two_factor_secret`, `mfaEnabled`, `profile.totp` …) without verifying a current
    /// one-time code (`authenticator.check`, `speakeasy.totp.verify`, `pyotp.TOTP(…).verify`,
    /// a TOTP form) or the caller's password (`bcrypt.compare`, `check_password`, a comparison
    /// with the stored password) on the way.
    ///
    /// Removing it (the field set to empty, null or false) is reported at medium severity
    /// and confidence; setting a new secret at low confidence, since a first enrolment by a
    /// user without a second factor is fine when the new code is confirmed later by another
    /// endpoint.
    ///
    /// ## Why it matters
    /// The second factor exists for the case where the session or password is already in
    /// someone else's hands. If that session can switch the factor off or replace it with the
    /// attacker's authenticator, the second factor protects nothing.
    ///
    /// ## Not reported
    /// Endpoints behind a re-authentication guard (a decorator or middleware named for sudo
    /// mode, recent login or re-authentication, as healthchecks' `@require_sudo_mode`), and
    /// handlers sechound could not find. Login endpoints that check the code do not write the
    /// secret and are not concerned.
    ///
    /// ## Example
    /// ```js
    /// router.post('/2fa/disable', auth, async (req, res) => { await User.updateOne({ _id: req.user.id }, { totpSecret: null }); }); // reported
    /// // fine: if (!authenticator.check(req.body.code, user.totpSecret)) return res.sendStatus(403);
    /// ```
    pub struct SecondFactorChangeUnverified {
        id: "project.second-factor-change-unverified",
        title: "Second factor changed without the current code or password",
        severity: Medium,
        confidence: Medium,
        area: Authentication,
        cwe: [308, 620],
        owasp: A07,
        effort: Hours,
        impact: "Whoever holds a user's session (a stolen cookie, an unlocked computer) can switch off or replace the second factor and keep the account.",
        recommendation: "Before removing or replacing a second factor, verify a current one-time code from the enrolled authenticator (or a recovery code) or the account password in the same request, and notify the user by e-mail.",
        verification: "With a signed-in session, call the endpoint without a code and password (and with a wrong code): it must be refused and the stored secret must be unchanged.",
    }
}

/// Words of a guard that asks the caller to authenticate again (`require_sudo_mode`,
/// `reauthenticated`, `fresh_login_required`, `RecentLoginGuard`).
const REAUTHENTICATION: &[&str] = &[
    "sudo",
    "reauth",
    "reauthenticate",
    "reauthenticated",
    "reauthentication",
    "recent",
    "fresh",
];

/// True when a guard's name asks for a new sign-in (decorators of a Python view are read as
/// a password check by the semantic layer).
fn reauthenticates(text: &str) -> bool {
    sechound_semantic::extract::lifecycle::words(text)
        .iter()
        .any(|w| REAUTHENTICATION.contains(&w.as_str()))
}

impl ProjectRule for SecondFactorChangeUnverified {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn check(&self, model: &ProjectModel, out: &mut ProjectFindings) {
        for endpoint in model
            .endpoints
            .iter()
            .filter(|e| e.signals.contains(&Signal::HandlerRead))
        {
            let sessions = &endpoint.access.sessions;
            let Some((write, clears)) = sessions.iter().find_map(|(site, w)| match w {
                SessionWork::WritesSecondFactor { clears } => Some((site, *clears)),
                _ => None,
            }) else {
                continue;
            };
            if sessions.iter().any(|(_, w)| {
                matches!(w, SessionWork::VerifiesCode | SessionWork::VerifiesPassword)
            }) {
                continue;
            }
            if endpoint.auth_by.iter().any(|c| reauthenticates(&c.name))
                || reauthenticates(&endpoint.code)
            {
                continue;
            }
            let (what, severity, confidence) = if clears {
                (
                    "removes the second factor",
                    Severity::Medium,
                    Confidence::Medium,
                )
            } else {
                (
                    "sets a new second-factor secret",
                    Severity::Medium,
                    Confidence::Low,
                )
            };
            let finding = out.report(
                &Self::META,
                Place::of(endpoint),
                format!(
                    "{} {what} (`{}` at {}) without verifying a current one-time code or the caller's password: a stolen session is enough to {}.",
                    cite(endpoint),
                    write.detail,
                    write.at(),
                    if clears {
                        "switch two-factor authentication off"
                    } else {
                        "replace the authenticator with one the attacker holds"
                    }
                ),
            );
            finding.severity = severity;
            finding.confidence = confidence;
            finding.related.push(Place {
                file: write.file.clone(),
                line: write.line,
            });
        }
    }
}
