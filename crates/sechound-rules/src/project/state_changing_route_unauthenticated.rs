use super::{
    ProjectFindings, ProjectRule, fold_by_file, is_public_by_design, list, sensitive_kind,
};
use crate::declare_rule;
use sechound_core::project::{AuthStatus, Method, ProjectModel};

declare_rule! {
    /// ## What it finds
    /// Endpoints that change state (POST, PUT, PATCH, DELETE, or every method) that no
    /// authentication control covers, in an application that authenticates other endpoints,
    /// and whose path does not say they are public by design (login, signup, token refresh,
    /// password reset, health checks, webhooks — webhooks have their own rule).
    ///
    /// Endpoints of one file are folded into one finding with every location. Confidence is
    /// medium: the path is the only sign of intent sechound has.
    ///
    /// ## Why it matters
    /// Anyone can create, change or delete data through these endpoints. Usually the route was
    /// declared before the authentication middleware, or mounted on a router that lacks it.
    ///
    /// ## Not reported
    /// Applications with no authentication at all (nothing to compare with), endpoints with
    /// an unknown status, and endpoints under administration paths (reported by
    /// `project.sensitive-route-unauthenticated`).
    pub struct StateChangingRouteUnauthenticated {
        id: "project.state-changing-route-unauthenticated",
        title: "State-changing endpoint without authentication",
        severity: Medium,
        confidence: Medium,
        area: Authorization,
        cwe: [306, 862],
        owasp: A01,
        effort: Hours,
        impact: "Anyone who can reach the service can create, change or delete data through these endpoints without signing in.",
        recommendation: "Move the routes behind the authentication middleware (declare them after `app.use(auth)` or on an authenticated router), or add the route-level guard; if a route is public on purpose, say so with an explicit public marker or waiver.",
        verification: "Call each listed endpoint without credentials and expect 401; `sechound routes` shows `required` in its auth column.",
    }
}

impl ProjectRule for StateChangingRouteUnauthenticated {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn check(&self, model: &ProjectModel, out: &mut ProjectFindings) {
        let authenticates_somewhere = model
            .endpoints
            .iter()
            .any(|e| e.auth == AuthStatus::Authenticated);
        if !authenticates_somewhere {
            return;
        }
        let exposed: Vec<_> = model
            .endpoints
            .iter()
            .filter(|e| e.auth == AuthStatus::Unauthenticated)
            .filter(|e| e.is_state_changing() && e.method != Method::Ws)
            .filter(|e| !is_public_by_design(&e.path) && sensitive_kind(&e.path).is_none())
            .collect();
        fold_by_file(exposed, &Self::META, out, |group| {
            format!(
                "{} state-changing endpoint{} no authentication control covers, while the application authenticates others: {}. A check inside the handlers, if any, is not visible at this level.",
                group.len(),
                if group.len() == 1 { " that" } else { "s that" },
                list(group, 6)
            )
        });
    }
}
