use super::{ProjectFindings, ProjectRule, cite, list};
use crate::declare_rule;
use crate::project::Place;
use sechound_core::Confidence;
use sechound_core::project::{AuthStatus, CacheSite, Endpoint, ProjectModel, QuerySite};
use std::collections::BTreeMap;

declare_rule! {
    /// ## What it finds
    /// Caches whose key leaves out the user or tenant while what is cached belongs to one:
    ///
    /// - a value written to a cache or Redis under a key built in place (`redis.set(`stats:${id}`,
    ///   …)`, `cache.set(f"dashboard:{pk}", …)`) by an authenticated endpoint whose code (the
    ///   handler or the services it calls, across modules) queries records filtered by the caller
    ///   or the caller's tenant, when nothing in the key reads the caller or a tenant;
    /// - response-cache middleware keyed by the URL (`apicache.middleware('5 minutes')`,
    ///   `routeCache.cacheSeconds(20)`) on an authenticated Express route, or Django's
    ///   `@cache_page(…)` on a view, whose handler reads who the caller is (a Django view with
    ///   `@vary_on_cookie` or `@vary_on_headers("Cookie"/"Authorization")` is keyed per caller).
    ///
    /// Medium confidence: the key's words and the query's filter are read, not the flow of the
    /// value from the query into the cache.
    ///
    /// ## Why it matters
    /// The first caller's answer is stored under a key every caller shares: the next user (of
    /// another organisation) asking for the same key gets it, past the tenant check the query
    /// made.
    ///
    /// ## Not reported
    /// Keys that read the caller or a tenant (`stats:${req.user.orgId}:${id}`, `f"dash:{user.id}"`),
    /// keys held in a variable (not read), caches of endpoints whose queries are not scoped to
    /// the caller (a public catalogue), open endpoints, and cache middleware whose handler does
    /// not read the caller.
    ///
    /// ## Example
    /// ```js
    /// const stats = await Stats.find({ projectId: id, orgId: req.user.orgId });
    /// await redis.set(`stats:${id}`, JSON.stringify(stats));                    // reported
    /// await redis.set(`stats:${req.user.orgId}:${id}`, JSON.stringify(stats));  // fine
    /// ```
    pub struct CacheKeyMissingTenant {
        id: "project.cache-key-missing-tenant",
        title: "Cache key without the user or tenant for per-tenant data",
        severity: High,
        confidence: Medium,
        area: Authorization,
        cwe: [524, 639],
        owasp: A01,
        effort: Hours,
        impact: "Data computed for one user or organisation is served from the cache to another that asks for the same key.",
        recommendation: "Put the caller's tenant (or user) id in the cache key (`stats:${req.user.orgId}:${id}`), or give the response cache a key builder that includes it; cache only data that is the same for every caller.",
        verification: "Request the endpoint as a user of organisation A, then as a user of organisation B with the same parameters, and check that B does not get A's data.",
    }
}

/// A query scoped to the caller or a tenant, the sign that what the endpoint answers is
/// per-caller.
fn scoped(e: &Endpoint) -> Option<&QuerySite> {
    e.access
        .queries
        .iter()
        .find(|q| q.tenant.is_some() || q.by_caller)
}

impl ProjectRule for CacheKeyMissingTenant {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn check(&self, model: &ProjectModel, out: &mut ProjectFindings) {
        let authenticated = model
            .endpoints
            .iter()
            .filter(|e| e.auth == AuthStatus::Authenticated);
        // Cache writes, each with the endpoints that reach it and a scoped query they make.
        let mut writes: BTreeMap<(&str, u32), (&CacheSite, Vec<&Endpoint>, &QuerySite)> =
            BTreeMap::new();
        let mut middleware: Vec<(&Endpoint, String, Confidence)> = Vec::new();
        for e in authenticated {
            if let Some(q) = scoped(e) {
                for w in e.access.cache_writes.iter().filter(|w| !w.keyed_by_caller) {
                    writes
                        .entry((w.file.as_str(), w.line))
                        .or_insert_with(|| (w, Vec::new(), q))
                        .1
                        .push(e);
                }
            }
            let keyed = e
                .access
                .cached_by
                .iter()
                .any(|c| c.to_ascii_lowercase().contains("user"));
            if e.access.cached_by.is_empty() || keyed {
                continue;
            }
            match (scoped(e), &e.access.identity) {
                (Some(q), _) => middleware.push((
                    e,
                    format!(
                        "queries records filtered by the caller: `{}` at {}",
                        q.code,
                        q.at()
                    ),
                    Confidence::High,
                )),
                (None, Some(at)) => middleware.push((
                    e,
                    format!("reads the caller at {}", at.at()),
                    Confidence::Medium,
                )),
                (None, None) => {}
            }
        }
        for (w, endpoints, q) in writes.into_values() {
            let filter = match &q.tenant {
                Some(t) => format!("the tenant (`{t}`)"),
                None => "the caller".to_string(),
            };
            let message = format!(
                "`{}` caches under the key `{}`, which reads neither the user nor the tenant, in code reached from {}; the same code queries records filtered by {}: `{}` at {}. Whoever asks first fills the key for every caller.",
                w.code,
                w.key,
                list(&endpoints, 3),
                filter,
                q.code,
                q.at()
            );
            let finding = out.report(
                &Self::META,
                Place {
                    file: w.file.clone(),
                    line: w.line,
                },
                message,
            );
            finding.related = endpoints.iter().map(|e| Place::of(e)).collect();
            finding.related.push(Place {
                file: q.file.clone(),
                line: q.line,
            });
        }
        for (e, why, confidence) in middleware {
            let message = format!(
                "{} is answered from `{}`, a response cache keyed by the URL, while its handler {}: one user's response is served to the next caller of the same URL.",
                cite(e),
                e.access.cached_by.join("`, `"),
                why
            );
            let finding = out.report(&Self::META, Place::of(e), message);
            finding.confidence = confidence;
        }
    }
}
