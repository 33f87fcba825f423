use super::{ProjectFindings, ProjectRule, cite, resource, sensitive_kind};
use crate::declare_rule;
use crate::project::Place;
use sechound_core::Confidence;
use sechound_core::project::{AuthStatus, Endpoint, Method, ProjectModel};

declare_rule! {
    /// ## What it finds
    /// Authenticated endpoints whose code loads, changes or deletes a record by an id the
    /// client sends (the path `/orders/:id`, the query `?order_id=`, the body `{ "id": … }`)
    /// with no comparison of the record's owner or organisation with the caller, no query
    /// scoped to the caller and no refusal (403). The id is followed from the handler into the
    /// service and repository functions it calls, across modules (`ordersService.get(id)` →
    /// `Order.findById(id)`), through the semantic layer's call resolution.
    ///
    /// Confidence rises with the inconsistency a reviewer looks for first: when another
    /// endpoint of the same resource (same path before the id) does check, the finding is
    /// high confidence and names that endpoint and its check. A change or deletion (PUT,
    /// PATCH, DELETE) with no such sibling is medium.
    ///
    /// ## Why it matters
    /// Insecure direct object reference: any signed-in user can read or change another user's
    /// (or another tenant's) objects by changing the id in the request.
    ///
    /// ## Not reported
    /// Reads and POST actions by id when no endpoint of the same resource checks (the records
    /// may be shared by design: a catalogue), endpoints with a role (operators act on every record by design), administration paths
    /// (`project.admin-route-without-role`), records of users looked up by id (profiles are
    /// often public; changing them is `project.privileged-action-without-role`), queries that
    /// read the caller (`where: { id, ownerId: req.user.id }`, `items.get(id, current_user)`),
    /// and a check anywhere on the way (`if item.owner_id != current_user.id`, a 403).
    ///
    /// ## Example
    /// ```js
    /// router.get('/orders/:id', auth, async (req, res) => res.json(await Order.findById(req.params.id))); // reported
    /// router.get('/orders/:id', auth, async (req, res) =>
    ///   res.json(await Order.findOne({ _id: req.params.id, owner: req.user.id })));                       // fine
    /// ```
    pub struct IdorMissingOwnershipCheck {
        id: "project.idor-missing-ownership-check",
        title: "Object loaded by a client-supplied id without an ownership check",
        severity: Medium,
        confidence: Medium,
        area: Authorization,
        cwe: [639],
        owasp: A01,
        effort: Hours,
        impact: "A signed-in user can read, change or delete other users' or other organisations' objects by changing the id in the request.",
        recommendation: "Scope the lookup to the caller (`where: { id, ownerId: req.user.id }`, `.filter(id=pk, organization=request.user.org)`), or compare the loaded object's owner with the current user and answer 404/403, as the sibling endpoint named in the finding does when there is one.",
        verification: "As user A, request user B's object by its id and expect 404 or 403.",
    }
}

impl ProjectRule for IdorMissingOwnershipCheck {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn check(&self, model: &ProjectModel, out: &mut ProjectFindings) {
        let suspects: Vec<&Endpoint> = model
            .endpoints
            .iter()
            .filter(|e| e.auth == AuthStatus::Authenticated && e.roles.is_empty())
            // Operator endpoints act on every object by design; their missing role check is
            // `project.admin-route-without-role`.
            .filter(|e| sensitive_kind(&e.path).is_none())
            .filter(|e| e.access.owner_checks.is_empty())
            .filter(|e| {
                // Loads of users by id are profiles, or privileged changes (another rule).
                e.access
                    .client_loads
                    .iter()
                    .any(|l| !e.access.user_loads.contains(l))
            })
            .collect();
        // One finding per resource (file and path before the id).
        let mut groups: std::collections::BTreeMap<(&str, String), Vec<&Endpoint>> =
            Default::default();
        for e in suspects {
            groups
                .entry((e.file.as_str(), resource(&e.path)))
                .or_default()
                .push(e);
        }
        for ((_, prefix), group) in groups {
            let sibling = model.endpoints.iter().find(|s| {
                resource(&s.path) == prefix
                    && s.auth == AuthStatus::Authenticated
                    && !s.access.owner_checks.is_empty()
            });
            let writes = group
                .iter()
                .any(|e| matches!(e.method, Method::Put | Method::Patch | Method::Delete));
            // A read (or a POST action) with no sibling that checks: shared records (a
            // catalogue) are read by id by design, and nothing says these are owned.
            if sibling.is_none() && !writes {
                continue;
            }
            let listed: Vec<String> = group
                .iter()
                .map(|e| {
                    let load = e
                        .access
                        .client_loads
                        .iter()
                        .find(|l| !e.access.user_loads.contains(l))
                        .expect("filtered on it");
                    format!("{} loads {} at {}", cite(e), load.detail, load.at())
                })
                .collect();
            let mut message = format!(
                "{} with no comparison of the record's owner with the caller, no query scoped to the caller and no 403 on the way.",
                listed.join("; ")
            );
            let confidence = match sibling {
                Some(s) => {
                    let check = &s.access.owner_checks[0];
                    message.push_str(&format!(
                        " Its sibling {} {} of the same resource does check: it {} at {}.",
                        s.method,
                        s.path,
                        check.detail,
                        check.at()
                    ));
                    Confidence::High
                }
                None => Confidence::Medium,
            };
            let finding = out.report(&Self::META, Place::of(group[0]), message);
            finding.confidence = confidence;
            finding.related = group[1..].iter().map(|e| Place::of(e)).collect();
            for e in &group {
                for l in &e.access.client_loads {
                    let place = Place {
                        file: l.file.clone(),
                        line: l.line,
                    };
                    if !finding.related.contains(&place) {
                        finding.related.push(place);
                    }
                }
            }
        }
    }
}
