use super::{ProjectFindings, ProjectRule, fold_by_file, list, open, sensitive_kind};
use crate::declare_rule;
use sechound_core::project::{AuthStatus, Method, ProjectModel};
use sechound_core::{Confidence, Severity};

declare_rule! {
    /// ## What it finds
    /// Endpoints for administration, debugging, internal operations, queue management
    /// (dead-letter queues) or metrics that no authentication control covers: nothing on the
    /// way checks the caller, or the authentication middleware exempts the path.
    ///
    /// Endpoints of one file are folded into one finding with every location.
    ///
    /// ## Why it matters
    /// These endpoints expose what ordinary users must not reach: replaying or deleting queued
    /// messages, internal state, stack traces, or metrics that reveal traffic and internals.
    /// Anyone who can reach the service can call them.
    ///
    /// ## Not reported
    /// Endpoints behind a global, router or route-level authentication control. Metrics
    /// endpoints are reported at medium severity, the others at high.
    ///
    /// ## Example
    /// ```js
    /// app.get('/admin/queues/dead-letter', listDeadLetters);   // reported: no auth on the way
    /// app.get('/admin/stats', requireAuth, requireRole('admin'), stats); // fine
    /// ```
    pub struct SensitiveRouteUnauthenticated {
        id: "project.sensitive-route-unauthenticated",
        title: "Sensitive endpoint reachable without authentication",
        severity: High,
        confidence: Medium,
        area: Authorization,
        cwe: [306],
        owasp: A01,
        effort: Hours,
        impact: "Anyone who can reach the service can call administration, debugging, internal or metrics endpoints: read internal state, replay or delete queued work, or change what only operators should.",
        recommendation: "Put these endpoints behind the application's authentication and a role check (or serve them on an internal port only). For metrics, require a token or restrict by network.",
        verification: "Call each listed endpoint without credentials and expect 401 or 403; run `sechound routes` and check their auth column reads `required`.",
    }
}

impl ProjectRule for SensitiveRouteUnauthenticated {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn check(&self, model: &ProjectModel, out: &mut ProjectFindings) {
        let exposed: Vec<_> = model
            .endpoints
            .iter()
            .filter(|e| open(e) && e.method != Method::Ws)
            .filter(|e| sensitive_kind(&e.path).is_some())
            .collect();
        let folded = fold_by_file(exposed, &Self::META, out, |group| {
            let kinds: Vec<&str> = {
                let mut k: Vec<&str> = group
                    .iter()
                    .filter_map(|e| sensitive_kind(&e.path))
                    .collect();
                k.sort_unstable();
                k.dedup();
                k
            };
            let exempted = group.iter().any(|e| e.auth == AuthStatus::Exempted);
            format!(
                "{} endpoint{} ({}) {} reachable without authentication{}: {}.",
                group.len(),
                if group.len() == 1 { "" } else { "s" },
                kinds.join(", "),
                if group.len() == 1 { "is" } else { "are" },
                if exempted {
                    " (an authentication exemption lets them through)"
                } else {
                    ""
                },
                list(group, 6)
            )
        });
        for (index, group) in folded {
            let finding = &mut out.findings[index];
            let only_metrics = group
                .iter()
                .all(|e| sensitive_kind(&e.path) == Some("metrics"));
            if only_metrics {
                finding.severity = Severity::Medium;
                finding.confidence = Confidence::High;
            }
        }
    }
}
