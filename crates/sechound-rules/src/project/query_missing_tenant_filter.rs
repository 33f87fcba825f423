use super::{ProjectFindings, ProjectRule, list, sensitive_kind};
use crate::declare_rule;
use crate::project::Place;
use sechound_core::Confidence;
use sechound_core::project::{AuthStatus, Endpoint, ProjectModel, QuerySite};
use std::collections::BTreeMap;

declare_rule! {
    /// ## What it finds
    /// Queries on a tenant-owned model that leave out the tenant filter the rest of the
    /// application applies. The queries each authenticated endpoint makes are read from its
    /// handler and from the service and repository functions it calls, across modules (one query
    /// per call chain: `Order.find({ orgId })`, `prisma.order.findMany({ where: { orgId } })`,
    /// `this.orderRepository.find(…)`, `Project.objects.filter(organization=…)`,
    /// `db.query(Item).filter(Item.tenant_id == …)`, `select(Item).where(…)`). A model counts as
    /// tenant-owned when queries on it filter on a tenant field (`tenant_id`, `organization`,
    /// `orgId`, `workspace_id`, `team_id`, `account_id`, a Django lookup such as
    /// `project__organization`); when at least two of its queries do and they outnumber those
    /// that do not, each query that does not is reported with the endpoints that reach it and
    /// the sibling queries that filter.
    ///
    /// Confidence is high when at least three queries filter and they are at least twice as
    /// many as those that do not, medium otherwise.
    ///
    /// ## Why it matters
    /// One query without the tenant filter is enough for a user of one organisation to list,
    /// count, change or delete another organisation's records: the multi-tenant boundary is only
    /// as strong as its least careful query.
    ///
    /// ## Not reported
    /// Loads narrowed to one record or to a parent record (`pk=pk`, `{ _id: id }`,
    /// `project_id=project_id`, a share link's `anchor` or `slug`): objects read by an id are
    /// `project.idor-missing-ownership-check`'s. Applications where no query filters by a
    /// tenant (single-tenant), models most of whose queries do not filter (shared data), endpoints that require a role or sit under an
    /// administration path (operators see every tenant by design), queries scoped to the caller
    /// (`{ userId: req.user.id }`), queries whose record is then compared with the caller's
    /// organisation before use, and open endpoints (their authentication is reported by
    /// other rules).
    ///
    /// ## Example
    /// ```js
    /// router.get('/projects', auth, (req, res) => Project.find({ orgId: req.user.orgId }));   // fine
    /// router.get('/projects/search', auth, (req, res) => Project.find({ name: req.query.q })); // reported
    /// ```
    pub struct QueryMissingTenantFilter {
        id: "project.query-missing-tenant-filter",
        title: "Query on a tenant-owned model without the tenant filter",
        severity: High,
        confidence: Medium,
        area: Authorization,
        cwe: [639, 566],
        owasp: A01,
        effort: Hours,
        impact: "A user of one organisation can read, count, change or delete another organisation's records through this query.",
        recommendation: "Filter the query by the caller's tenant as its sibling queries do (`where: { orgId: req.user.orgId, … }`, `.filter(organization=request.user.organization)`), or move the tenant filter into one repository/manager method every query goes through.",
        verification: "With two organisations holding records of this model, call the endpoint as a user of the first and check that no record of the second comes back or changes.",
    }
}

/// An endpoint that acts for one tenant: authenticated, no role, no administration path.
fn tenant_facing(e: &Endpoint) -> bool {
    e.auth == AuthStatus::Authenticated
        && e.roles.is_empty()
        && sensitive_kind(&e.path).is_none()
        // `staff_member_required`, `AdminGuard`, `get_current_active_superuser`: operators.
        && !e.auth_by.iter().any(|a| {
            let n = a.name.to_ascii_lowercase();
            ["staff", "superuser", "admin"].iter().any(|w| n.contains(w))
        })
}

/// True when the endpoint compares a loaded record's owner or organisation with the caller (or
/// refuses the caller), which makes an unfiltered load by id safe.
fn checks_record(e: &Endpoint) -> bool {
    e.access
        .owner_checks
        .iter()
        .any(|c| !c.detail.starts_with("scopes"))
}

impl ProjectRule for QueryMissingTenantFilter {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn check(&self, model: &ProjectModel, out: &mut ProjectFindings) {
        // model → query site → (the query, the endpoints reaching it); one pass.
        type Sites<'m> = BTreeMap<(&'m str, u32), (&'m QuerySite, Vec<&'m Endpoint>)>;
        let mut by_model: BTreeMap<&str, Sites> = BTreeMap::new();
        for e in model.endpoints.iter().filter(|e| tenant_facing(e)) {
            for q in &e.access.queries {
                by_model
                    .entry(q.model.as_str())
                    .or_default()
                    .entry((q.file.as_str(), q.line))
                    .or_insert_with(|| (q, Vec::new()))
                    .1
                    .push(e);
            }
        }
        for (name, sites) in by_model {
            let filtered: Vec<&(&QuerySite, Vec<&Endpoint>)> =
                sites.values().filter(|(q, _)| q.tenant.is_some()).collect();
            let unfiltered: Vec<&(&QuerySite, Vec<&Endpoint>)> = sites
                .values()
                .filter(|(q, _)| q.tenant.is_none() && !q.by_caller && q.narrowed_by.is_none())
                .collect();
            if filtered.len() < 2 || filtered.len() <= unfiltered.len() {
                continue;
            }
            let confidence = if filtered.len() >= 3 && filtered.len() >= 2 * unfiltered.len() {
                Confidence::High
            } else {
                Confidence::Medium
            };
            let siblings: Vec<String> = filtered
                .iter()
                .take(2)
                .map(|(q, es)| {
                    format!(
                        "`{}` at {} (filters on `{}`, reached from {} {})",
                        q.code,
                        q.at(),
                        q.tenant.as_deref().unwrap_or_default(),
                        es[0].method,
                        es[0].path
                    )
                })
                .collect();
            let total = filtered.len() + unfiltered.len();
            for (q, endpoints) in unfiltered {
                let exposed: Vec<&Endpoint> = endpoints
                    .iter()
                    .copied()
                    .filter(|e| !checks_record(e))
                    .collect();
                if exposed.is_empty() {
                    continue;
                }
                let message = format!(
                    "`{}` queries `{name}` records with no tenant filter, reached from {}. {} of the {} queries on `{name}` the application's endpoints make filter by the tenant, among them {}.",
                    q.code,
                    list(&exposed, 3),
                    filtered.len(),
                    total,
                    siblings.join(" and ")
                );
                let finding = out.report(
                    &Self::META,
                    Place {
                        file: q.file.clone(),
                        line: q.line,
                    },
                    message,
                );
                finding.confidence = confidence;
                finding.related = exposed.iter().map(|e| Place::of(e)).collect();
                if let Some((s, _)) = filtered.first() {
                    finding.related.push(Place {
                        file: s.file.clone(),
                        line: s.line,
                    });
                }
            }
        }
    }
}
