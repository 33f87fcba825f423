//! Exposure: which endpoints run the code a finding points at, and what a caller needs to reach
//! it. A flaw behind an open endpoint is urgent; the same flaw behind an administrator role is
//! not.

use crate::Severity;
use crate::project::{AuthStatus, Endpoint};
use serde::{Deserialize, Serialize};

/// What a caller needs to reach a finding, from the endpoints that lead to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reach {
    /// At least one endpoint leading to it needs no authentication (or is exempted).
    Public,
    /// No endpoint is open, but one has an authentication status sechound could not tell.
    Unknown,
    /// Every endpoint needs an authenticated caller, and at least one needs no role.
    Authenticated,
    /// Every endpoint needs a role or permission (`admin`, `IsAdminUser`).
    Privileged,
}

impl Reach {
    /// Ranking among findings of one severity: open first, privileged last. Findings that no
    /// endpoint is known to reach rank with those any signed-in user reaches: being unlinked
    /// says nothing either way.
    pub fn rank(reach: Option<Reach>) -> u8 {
        match reach {
            Some(Reach::Public) => 0,
            Some(Reach::Unknown | Reach::Authenticated) | None => 1,
            Some(Reach::Privileged) => 2,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Reach::Public => "reachable without authentication",
            Reach::Unknown => "reachable, authentication unknown",
            Reach::Authenticated => "reachable by any signed-in user",
            Reach::Privileged => "reachable only with a role",
        }
    }

    /// Of a set of endpoints: the easiest way in decides.
    pub fn of<'a>(endpoints: impl IntoIterator<Item = &'a ExposedEndpoint>) -> Option<Reach> {
        endpoints.into_iter().map(ExposedEndpoint::reach).min()
    }
}

/// How a finding was tied to an endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReachLink {
    /// The finding is inside the function that handles the endpoint.
    Handler,
    /// The finding is in a function the handler calls, directly or through others.
    CallGraph,
}

impl ReachLink {
    pub fn label(self) -> &'static str {
        match self {
            ReachLink::Handler => "in the endpoint's handler",
            ReachLink::CallGraph => "called from the endpoint's handler",
        }
    }
}

/// An endpoint that leads to a finding, as the report shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExposedEndpoint {
    pub method: String,
    pub path: String,
    pub auth: AuthStatus,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
    /// Where the endpoint is declared.
    pub file: String,
    pub line: u32,
    pub link: ReachLink,
}

impl ExposedEndpoint {
    pub fn from_endpoint(endpoint: &Endpoint, link: ReachLink) -> ExposedEndpoint {
        ExposedEndpoint {
            method: endpoint.method.clone(),
            path: endpoint.path.clone(),
            auth: endpoint.auth,
            roles: endpoint.roles.clone(),
            file: endpoint.file.clone(),
            line: endpoint.line,
            link,
        }
    }

    pub fn reach(&self) -> Reach {
        match self.auth {
            AuthStatus::Unauthenticated | AuthStatus::Exempted => Reach::Public,
            AuthStatus::Unknown => Reach::Unknown,
            AuthStatus::Authenticated if self.roles.is_empty() => Reach::Authenticated,
            AuthStatus::Authenticated => Reach::Privileged,
        }
    }

    /// `GET /users/search (src/routes/users.ts:8)`.
    pub fn cite(&self) -> String {
        format!(
            "{} {} ({}:{})",
            self.method, self.path, self.file, self.line
        )
    }
}

/// The endpoints that reach a finding and what that means for its ranking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exposure {
    pub reach: Reach,
    pub endpoints: Vec<ExposedEndpoint>,
    /// The rule's severity, when the exposure changed it (one level lower behind a role).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule_severity: Option<Severity>,
}

impl Exposure {
    /// One sentence for the report: who can reach the finding, through which endpoints.
    pub fn describe(&self) -> String {
        let shown: Vec<String> = self
            .endpoints
            .iter()
            .filter(|e| e.reach() == self.reach)
            .take(3)
            .map(ExposedEndpoint::cite)
            .collect();
        let more = self
            .endpoints
            .iter()
            .filter(|e| e.reach() == self.reach)
            .count()
            .saturating_sub(shown.len());
        let list = match more {
            0 => shown.join(", "),
            n => format!("{} and {n} more", shown.join(", ")),
        };
        let mut text = match self.reach {
            Reach::Public => format!("Reachable without authentication through {list}."),
            Reach::Unknown => format!(
                "Reachable through {list}, whose authentication sechound could not determine."
            ),
            Reach::Authenticated => format!("Reachable by any signed-in user through {list}."),
            Reach::Privileged => {
                let mut roles: Vec<&str> = self
                    .endpoints
                    .iter()
                    .flat_map(|e| e.roles.iter().map(String::as_str))
                    .collect();
                roles.sort_unstable();
                roles.dedup();
                format!(
                    "Reachable only by callers with the role {} through {list}.",
                    roles
                        .iter()
                        .map(|r| format!("`{r}`"))
                        .collect::<Vec<_>>()
                        .join(" or ")
                )
            }
        };
        if let Some(before) = self.rule_severity {
            text.push_str(&format!(
                " Ranked one level below the rule's {before} because of that role."
            ));
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn endpoint(auth: AuthStatus, roles: &[&str]) -> ExposedEndpoint {
        ExposedEndpoint {
            method: "GET".into(),
            path: "/x".into(),
            auth,
            roles: roles.iter().map(|r| r.to_string()).collect(),
            file: "a.ts".into(),
            line: 3,
            link: ReachLink::Handler,
        }
    }

    #[test]
    fn the_easiest_way_in_decides() {
        let open = endpoint(AuthStatus::Unauthenticated, &[]);
        let admin = endpoint(AuthStatus::Authenticated, &["admin"]);
        let user = endpoint(AuthStatus::Authenticated, &[]);
        assert_eq!(Reach::of([&admin, &open]), Some(Reach::Public));
        assert_eq!(Reach::of([&admin, &user]), Some(Reach::Authenticated));
        assert_eq!(Reach::of([&admin]), Some(Reach::Privileged));
        assert_eq!(Reach::of([]), None);
        assert!(Reach::rank(Some(Reach::Public)) < Reach::rank(None));
        assert_eq!(Reach::rank(None), Reach::rank(Some(Reach::Authenticated)));
        assert!(Reach::rank(None) < Reach::rank(Some(Reach::Privileged)));
    }
}
