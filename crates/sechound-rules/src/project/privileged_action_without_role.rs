use super::{ProjectFindings, ProjectRule, cite, sensitive_kind};
use crate::declare_rule;
use crate::project::Place;
use sechound_core::Confidence;
use sechound_core::project::{AccessSite, AuthStatus, Endpoint, Method, ProjectModel};

declare_rule! {
    /// ## What it finds
    /// Endpoints that require authentication but no role, whose code (the handler and the
    /// functions it calls) changes other users' records or global state, judged by what it
    /// does rather than by its path:
    /// - a user, account or membership record chosen by an id the client sends is changed or
    ///   deleted (`PUT /users/:id` → `User.findByIdAndUpdate(id, …)`, `DELETE /members/{id}` →
    ///   `session.delete(member)`), with no comparison with the caller on the way;
    /// - a call whose name says a privileged action: impersonate, purge, replay, requeue,
    ///   promote, set/change/grant a role, set/change a plan, quota or limits, export all,
    ///   delete all, ban/suspend/disable a user.
    ///
    /// Confidence is high when most other endpoints of the same router (file) require a role
    /// and this one does not (the finding names them), medium otherwise.
    ///
    /// ## Why it matters
    /// Authentication says who the caller is, not what they may do: any self-registered
    /// account can delete other users, change their roles or plans, or replay a queue.
    ///
    /// ## Not reported
    /// Endpoints with a visible role or permission check, administration paths (reported by
    /// `project.admin-route-without-role`), changes scoped to the caller (`/users/me`, a query
    /// with `req.user.id`), and handlers that refuse the caller (403) after a check.
    ///
    /// ## Example
    /// ```js
    /// router.delete('/users/:id', requireAuth, (req, res) => User.findByIdAndDelete(req.params.id)); // reported
    /// router.delete('/users/:id', requireAuth, requireRole('admin'), deleteUser);                     // fine
    /// ```
    pub struct PrivilegedActionWithoutRole {
        id: "project.privileged-action-without-role",
        title: "Privileged action behind authentication only",
        severity: High,
        confidence: Medium,
        area: Authorization,
        cwe: [285],
        owasp: A01,
        effort: Hours,
        impact: "Any signed-in user, not only an administrator, can change or delete other users' accounts or act on the whole system.",
        recommendation: "Require a role or permission on the endpoint (`requireRole('admin')`, `@Roles('admin')` with a RolesGuard, `Depends(get_current_active_superuser)`, `permission_classes = [IsAdminUser]`), as the sibling endpoints named in the finding do, or limit the change to the caller's own record.",
        verification: "Call the endpoint as an ordinary user on another user's record and expect 403.",
    }
}

impl ProjectRule for PrivilegedActionWithoutRole {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn check(&self, model: &ProjectModel, out: &mut ProjectFindings) {
        for e in &model.endpoints {
            if e.auth != AuthStatus::Authenticated
                || !e.roles.is_empty()
                || sensitive_kind(&e.path).is_some()
            {
                continue;
            }
            let reasons = reasons(e);
            if reasons.is_empty() {
                continue;
            }
            let siblings: Vec<&Endpoint> = model
                .endpoints
                .iter()
                .filter(|s| s.file == e.file && !(s.path == e.path && s.method == e.method))
                .collect();
            let with_role: Vec<&Endpoint> = siblings
                .iter()
                .copied()
                .filter(|s| !s.roles.is_empty())
                .collect();
            let what: Vec<String> = reasons
                .iter()
                .map(|(why, site)| format!("{why} at {}", site.at()))
                .collect();
            let mut message = format!(
                "{} requires authentication but no role, and {}.",
                cite(e),
                what.join("; ")
            );
            let mut confidence = Confidence::Medium;
            if !with_role.is_empty() && with_role.len() * 2 >= siblings.len() {
                confidence = Confidence::High;
                let named: Vec<String> = with_role
                    .iter()
                    .take(3)
                    .map(|s| format!("{} {} ({})", s.method, s.path, s.roles.join(", ")))
                    .collect();
                message.push_str(&format!(
                    " {} of the {} other endpoints declared in {} require a role: {}{}.",
                    with_role.len(),
                    siblings.len(),
                    e.file,
                    named.join(", "),
                    if with_role.len() > 3 { ", …" } else { "" }
                ));
            }
            let finding = out.report(&Self::META, Place::of(e), message);
            finding.confidence = confidence;
            for (_, site) in &reasons {
                let place = Place {
                    file: site.file.clone(),
                    line: site.line,
                };
                if !finding.related.contains(&place) {
                    finding.related.push(place);
                }
            }
        }
    }
}

/// What the endpoint's code does that only an operator should, with where.
fn reasons(e: &Endpoint) -> Vec<(String, &AccessSite)> {
    let mut out: Vec<(String, &AccessSite)> = e
        .access
        .actions
        .iter()
        .map(|a| {
            (
                format!("its code calls a function named for `{}`", a.detail),
                a,
            )
        })
        .collect();
    // PUT/PATCH/DELETE change what they load; any other method (a Django view serving every
    // method, a `POST /users/:id/deactivate`) counts only the loads that write.
    let changes = matches!(e.method, Method::Put | Method::Patch | Method::Delete);
    let loads = if changes {
        &e.access.user_loads
    } else {
        &e.access.user_changes
    };
    if e.access.owner_checks.is_empty() {
        out.extend(loads.iter().map(|l| {
            (
                format!(
                    "{} a user record chosen by the client ({})",
                    if e.method == Method::Delete {
                        "deletes"
                    } else {
                        "changes"
                    },
                    l.detail
                ),
                l,
            )
        }));
    }
    out
}
