//! `branch.auth-removed`: endpoints that required authentication at the base and no longer do
//! on the branch, weighed by what they can do.

use crate::declare_rule;
use crate::project::{Place, ProjectFinding};
use sechound_core::project::{AuthStatus, Endpoint, ProjectModel};
use sechound_core::{Confidence, Severity};
use std::collections::BTreeMap;

declare_rule! {
    /// ## What it finds
    /// In a branch review (`sechound review --base REV`), endpoints that required authentication
    /// at the merge base and are open on the branch: the middleware was removed or moved after
    /// them, the router is mounted without it, a guard was dropped, or an exemption now lets
    /// them through. Endpoints that lost the same control are one finding, listing each.
    ///
    /// The severity follows what the endpoints can do: **critical** when a critical finding
    /// (command or SQL injection, code execution) sits in one of their handlers, whether the
    /// branch touched that handler or not; **high** otherwise, reads (`GET`) included, since an
    /// endpoint nobody meant to be public is exposed either way; **medium** when the endpoint's
    /// authentication is now unknown (sechound cannot follow where it is mounted).
    ///
    /// ## Why it matters
    /// Removing authentication is a one-line change that reviews miss: the diff shows a moved
    /// `app.use(...)` or a shorter `dependencies=[...]`, not the endpoints it opens.
    ///
    /// ## Not reported
    /// Whole reviews (there is no base to compare with); endpoints the branch added open (the
    /// project rules report those); endpoints whose authentication got stronger or whose roles
    /// changed.
    ///
    /// ## Example
    /// ```js
    /// // base:   app.use(requireAuth); app.post('/files/convert', convert);
    /// // branch: app.post('/files/convert', convert); app.use(requireAuth);   // reported
    /// ```
    pub struct AuthRemoved {
        id: "branch.auth-removed",
        title: "Authentication removed from endpoints",
        severity: High,
        confidence: High,
        area: Authorization,
        cwe: [306, 862],
        owasp: A01,
        effort: Minutes,
        impact: "Requests that had to prove who sent them now reach the handlers anonymously: everything these endpoints read or do is open to anyone who can reach the service.",
        recommendation: "Put the authentication control back in front of these endpoints (declare them after the middleware, mount the router with it, or restore the guard); if an endpoint is meant to be public, make that explicit with a narrow exemption and review what its handler does.",
        verification: "Call each listed endpoint without credentials and expect 401; `sechound review --base` no longer lists them as `auth-weakened`.",
    }
}

/// A finding reached through an endpoint, for weighing it: its severity and a short citation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Behind {
    pub severity: Severity,
    /// `Shell command built from request data at src/routes/files.ts:19`.
    pub what: String,
}

/// The findings of `branch.auth-removed` between the base and the branch models. `behind`
/// tells what the review found in an endpoint's handler.
pub fn check(
    base: &ProjectModel,
    head: &ProjectModel,
    behind: &dyn Fn(&Endpoint) -> Vec<Behind>,
) -> Vec<ProjectFinding> {
    let mut groups: BTreeMap<String, Vec<(&Endpoint, &Endpoint)>> = BTreeMap::new();
    for now in &head.endpoints {
        let Some(before) = base
            .endpoints
            .iter()
            .find(|b| b.method == now.method && b.path == now.path)
        else {
            continue;
        };
        if before.auth != AuthStatus::Authenticated || now.auth == AuthStatus::Authenticated {
            continue;
        }
        groups
            .entry(cause(before, now))
            .or_default()
            .push((before, now));
    }
    groups
        .into_iter()
        .map(|(cause, endpoints)| finding(&cause, &endpoints, behind))
        .collect()
}

/// What took the authentication away: the control the base had and the branch lacks, or the
/// exemption that now lets the endpoint through.
fn cause(before: &Endpoint, now: &Endpoint) -> String {
    if let Some(exemption) = &now.exempted_by {
        return format!(
            "the exemption `{}`{} of `{}` ({}:{})",
            exemption.pattern,
            if exemption.prefix { "*" } else { "" },
            exemption.control,
            exemption.file,
            exemption.line
        );
    }
    let removed: Vec<String> = before
        .auth_by
        .iter()
        .filter(|a| !now.auth_by.iter().any(|n| n.name == a.name))
        .map(|a| format!("`{}` ({}, {} at the base)", a.name, a.level, a.at))
        .collect();
    if removed.is_empty() {
        "the authentication the base had".to_string()
    } else {
        removed.join(" and ")
    }
}

fn finding(
    cause: &str,
    endpoints: &[(&Endpoint, &Endpoint)],
    behind: &dyn Fn(&Endpoint) -> Vec<Behind>,
) -> ProjectFinding {
    let mut worst: Vec<Behind> = Vec::new();
    for (_, now) in endpoints {
        worst.extend(behind(now));
    }
    worst.sort_by(|a, b| b.severity.cmp(&a.severity).then(a.what.cmp(&b.what)));
    worst.dedup();
    let unknown = endpoints
        .iter()
        .all(|(_, now)| now.auth == AuthStatus::Unknown);
    let severity = if unknown {
        Severity::Medium
    } else if worst
        .first()
        .is_some_and(|b| b.severity == Severity::Critical)
    {
        Severity::Critical
    } else {
        Severity::High
    };
    let listed: Vec<String> = endpoints
        .iter()
        .map(|(_, now)| {
            format!(
                "{} {} ({}:{}, now {})",
                now.method,
                now.path,
                now.file,
                now.line,
                now.auth.label()
            )
        })
        .collect();
    let mut message = format!(
        "{} no longer protects {} endpoint{} that required authentication at the base: {}.",
        upper_first(cause),
        endpoints.len(),
        if endpoints.len() == 1 { "" } else { "s" },
        listed.join(", ")
    );
    let serious: Vec<&Behind> = worst
        .iter()
        .filter(|b| b.severity >= Severity::High)
        .take(3)
        .collect();
    if !serious.is_empty() {
        message.push_str(&format!(
            " Behind them: {}.",
            serious
                .iter()
                .map(|b| format!("{} ({})", b.what, b.severity))
                .collect::<Vec<_>>()
                .join("; ")
        ));
    }
    let first = endpoints[0].1;
    ProjectFinding {
        rule: &AuthRemoved::META,
        place: Place::of(first),
        message,
        severity,
        confidence: if unknown {
            Confidence::Medium
        } else {
            Confidence::High
        },
        recommendation: Some(format!(
            "Restore {cause} in front of {} (declare the routes after the middleware, mount the router with it, or put the guard back); if one is meant to be public, exempt exactly that path and review what its handler does.",
            if endpoints.len() == 1 {
                "this endpoint"
            } else {
                "these endpoints"
            }
        )),
        related: endpoints[1..]
            .iter()
            .map(|(_, now)| Place::of(now))
            .collect(),
    }
}

fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sechound_core::project::{AuthControl, Framework, GuardLevel, GuardVerdict, Method};

    fn endpoint(method: &str, path: &str, auth: AuthStatus, guard: Option<&str>) -> Endpoint {
        Endpoint {
            method: Method::parse(method).expect("method"),
            path: path.into(),
            framework: Framework::Express,
            handler: None,
            file: "src/routes/files.ts".into(),
            line: 8,
            code: String::new(),
            auth,
            auth_by: guard
                .map(|g| AuthControl {
                    name: g.into(),
                    level: GuardLevel::Router,
                    at: "src/server.ts:30".into(),
                    verdict: GuardVerdict::Enforces,
                    decided_at: None,
                })
                .into_iter()
                .collect(),
            exempted_by: None,
            roles: Vec::new(),
            notes: Vec::new(),
            limited_by: Vec::new(),
            signals: Vec::new(),
            why: None,
            conditions: Vec::new(),
            handler_span: None,
            live: None,
            access: Default::default(),
        }
    }

    fn model(endpoints: Vec<Endpoint>) -> ProjectModel {
        ProjectModel {
            endpoints,
            ..ProjectModel::default()
        }
    }

    #[test]
    fn removal_is_weighed_by_what_the_endpoints_can_do() {
        let base = model(vec![
            endpoint(
                "POST",
                "/files/convert",
                AuthStatus::Authenticated,
                Some("requireAuth"),
            ),
            endpoint(
                "GET",
                "/files/version",
                AuthStatus::Authenticated,
                Some("requireAuth"),
            ),
            endpoint(
                "GET",
                "/orders",
                AuthStatus::Authenticated,
                Some("requireAuth"),
            ),
        ]);
        let head = model(vec![
            endpoint("POST", "/files/convert", AuthStatus::Unauthenticated, None),
            endpoint("GET", "/files/version", AuthStatus::Unauthenticated, None),
            endpoint(
                "GET",
                "/orders",
                AuthStatus::Authenticated,
                Some("requireAuth"),
            ),
        ]);
        let behind = |e: &Endpoint| {
            if e.path == "/files/convert" {
                vec![Behind {
                    severity: Severity::Critical,
                    what: "Shell command built from request data at src/routes/files.ts:19".into(),
                }]
            } else {
                Vec::new()
            }
        };
        let found = check(&base, &head, &behind);
        assert_eq!(found.len(), 1, "one control removed, one finding");
        assert_eq!(found[0].severity, Severity::Critical);
        assert!(
            found[0].message.contains("`requireAuth` (router"),
            "{}",
            found[0].message
        );
        assert!(
            found[0].message.contains("Shell command"),
            "{}",
            found[0].message
        );
        assert_eq!(found[0].related.len(), 1);

        // A read endpoint with nothing known behind it still gates.
        let found = check(&base, &head, &|_: &Endpoint| Vec::new());
        assert_eq!(found[0].severity, Severity::High);

        // Nothing removed, nothing reported.
        assert!(check(&base, &base, &behind).is_empty());
    }
}
