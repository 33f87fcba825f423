use super::{ProjectFindings, ProjectRule, fold_by_file, list, sensitive_kind};
use crate::declare_rule;
use sechound_core::project::{AuthStatus, ProjectModel};

declare_rule! {
    /// ## What it finds
    /// Administration, internal or queue-management endpoints that require authentication but
    /// where no role or permission check is visible: any signed-in user can call them.
    ///
    /// Confidence is medium: a check inside the handler, or in a middleware sechound cannot
    /// read, would not show.
    ///
    /// ## Why it matters
    /// Authentication says who the caller is, not what they may do. Without a role check an
    /// ordinary account (or a self-registered one) reaches operator functions.
    ///
    /// ## Not reported
    /// Endpoints with a visible role check (`requireRole('admin')`, `@Roles('admin')`,
    /// `permission_classes = [IsAdminUser]`, a dependency that checks `is_superuser`), and
    /// metrics endpoints.
    pub struct AdminRouteWithoutRole {
        id: "project.admin-route-without-role",
        title: "Administration endpoint without a role check",
        severity: Medium,
        confidence: Medium,
        area: Authorization,
        cwe: [285],
        owasp: A01,
        effort: Hours,
        impact: "Any authenticated user, not only administrators, can call these endpoints.",
        recommendation: "Add a role or permission check for these endpoints (a router-level `requireRole('admin')`, `@Roles('admin')` with a RolesGuard, `Depends(require_admin)`, `IsAdminUser`).",
        verification: "Call each listed endpoint as an ordinary user and expect 403; `sechound routes` shows a role in its roles column.",
    }
}

impl ProjectRule for AdminRouteWithoutRole {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn check(&self, model: &ProjectModel, out: &mut ProjectFindings) {
        let unchecked: Vec<_> = model
            .endpoints
            .iter()
            .filter(|e| e.auth == AuthStatus::Authenticated && e.roles.is_empty())
            .filter(|e| matches!(sensitive_kind(&e.path), Some(k) if k != "metrics"))
            .collect();
        fold_by_file(unchecked, &Self::META, out, |group| {
            format!(
                "{} privileged endpoint{} require{} authentication but no visible role check: {}.",
                group.len(),
                if group.len() == 1 { "" } else { "s" },
                if group.len() == 1 { "s" } else { "" },
                list(group, 6)
            )
        });
    }
}
