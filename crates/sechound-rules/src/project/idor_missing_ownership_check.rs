use super::{ProjectFindings, ProjectRule, fold_by_file, list, sensitive_kind};
use crate::declare_rule;
use sechound_core::project::{AuthStatus, ProjectModel, Signal};

declare_rule! {
    /// ## What it finds
    /// Authenticated endpoints whose handler loads, changes or deletes an object by an id taken
    /// from the path (`/orders/:id`, `/quota/{org_id}`) without any visible check that the
    /// object belongs to the caller or the caller's organisation: no owner or user id in the
    /// query, no comparison with the current user, no 403, no role.
    ///
    /// Confidence is medium (heuristic): the check may live in a service function the handler
    /// calls, or in a database policy.
    ///
    /// ## Why it matters
    /// Insecure direct object reference: any signed-in user can read or change another user's
    /// (or another tenant's) objects by changing the id in the URL.
    pub struct IdorMissingOwnershipCheck {
        id: "project.idor-missing-ownership-check",
        title: "Object loaded by a path id without an ownership check",
        severity: Medium,
        confidence: Medium,
        area: Authorization,
        cwe: [639],
        owasp: A01,
        effort: Hours,
        impact: "A signed-in user can read, change or delete other users' or other organisations' objects by changing the id in the URL.",
        recommendation: "Scope the lookup to the caller (`where: { id, ownerId: req.user.id }`, `.filter(id=pk, organization=request.user.org)`), or compare the loaded object's owner with the current user and answer 404/403.",
        verification: "As user A, request user B's object by its id and expect 404 or 403.",
    }
}

impl ProjectRule for IdorMissingOwnershipCheck {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn check(&self, model: &ProjectModel, out: &mut ProjectFindings) {
        let suspects: Vec<_> = model
            .endpoints
            .iter()
            .filter(|e| e.auth == AuthStatus::Authenticated && e.roles.is_empty())
            // Operator endpoints act on every object by design; their missing role check is
            // `project.admin-route-without-role`.
            .filter(|e| sensitive_kind(&e.path).is_none())
            .filter(|e| {
                e.signals.contains(&Signal::LoadsByPathId)
                    && !e.signals.contains(&Signal::ChecksOwner)
            })
            .collect();
        fold_by_file(suspects, &Self::META, out, |group| {
            format!(
                "{} endpoint{} load{} an object by an id from the path with no visible check that it belongs to the caller: {}.",
                group.len(),
                if group.len() == 1 { "" } else { "s" },
                if group.len() == 1 { "s" } else { "" },
                list(group, 6)
            )
        });
    }
}
