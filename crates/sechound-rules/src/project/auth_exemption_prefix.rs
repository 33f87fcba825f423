use super::{Place, ProjectFindings, ProjectRule, is_public_by_design, list, sensitive_kind};
use crate::declare_rule;
use sechound_core::project::ProjectModel;
use sechound_core::{Confidence, Severity};

declare_rule! {
    /// ## What it finds
    /// An authentication control that lets a whole prefix or wildcard through
    /// (`req.path.startsWith('/artifact')`, a public list with `'/api/files/*'`), with the
    /// endpoints the exemption opens.
    ///
    /// ## Why it matters
    /// A prefix exemption opens every endpoint under it, including the ones added later by
    /// someone who does not know about it. "Temporary" exemptions tend to stay.
    ///
    /// Severity is high when the exemption opens state-changing or sensitive endpoints,
    /// medium when it opens only reads, low when sechound found no endpoint under it.
    ///
    /// ## Not reported
    /// Exact paths (`/health`, `/auth/login`) in a public list, and prefixes that only open
    /// paths public by design (`/health`, `/static/`, `/auth/login`).
    pub struct AuthExemptionPrefix {
        id: "project.auth-exemption-prefix",
        title: "Authentication exempts a whole path prefix",
        severity: Medium,
        confidence: High,
        area: Authentication,
        cwe: [288],
        owasp: A07,
        effort: Hours,
        impact: "Every endpoint under the exempted prefix, present and future, is served without authentication.",
        recommendation: "Replace the prefix with the exact public paths, or authenticate the endpoints under it (signed URLs or short-lived tokens for files meant to be shared).",
        verification: "Call an endpoint under the prefix without credentials and expect 401; the exemption no longer appears in `sechound review`'s endpoint table.",
    }
}

impl ProjectRule for AuthExemptionPrefix {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn check(&self, model: &ProjectModel, out: &mut ProjectFindings) {
        for exemption in model.exemptions.iter().filter(|e| e.prefix) {
            let opened: Vec<_> = model
                .endpoints
                .iter()
                .filter(|e| e.exempted_by.as_ref() == Some(exemption))
                .collect();
            // `/health*` or `/static/` let through on purpose: nothing a reviewer would change.
            let harmless = if opened.is_empty() {
                is_public_by_design(&exemption.pattern)
            } else {
                opened
                    .iter()
                    .all(|e| is_public_by_design(&e.path) && !e.is_state_changing())
            };
            if harmless {
                continue;
            }
            let severity = if opened
                .iter()
                .any(|e| e.is_state_changing() || sensitive_kind(&e.path).is_some())
            {
                Severity::High
            } else if opened.is_empty() {
                Severity::Low
            } else {
                Severity::Medium
            };
            let message = if opened.is_empty() {
                format!(
                    "`{}` lets every path under `{}` through without authentication; sechound found no endpoint under it yet.",
                    exemption.control, exemption.pattern
                )
            } else {
                format!(
                    "`{}` lets every path under `{}` through without authentication, which opens {} endpoint{}: {}.",
                    exemption.control,
                    exemption.pattern,
                    opened.len(),
                    if opened.len() == 1 { "" } else { "s" },
                    list(&opened, 8)
                )
            };
            let finding = out.report(
                &Self::META,
                Place {
                    file: exemption.file.clone(),
                    line: exemption.line,
                },
                message,
            );
            finding.severity = severity;
            finding.confidence = Confidence::High;
            finding.related = opened.iter().map(|e| Place::of(e)).collect();
        }
    }
}
