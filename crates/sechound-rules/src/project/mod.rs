//! Project-level rules: they read the application as a whole (endpoints with their
//! authentication, exemptions, controls present) rather than one file.
//!
//! Each rule reports through [`ProjectFindings`]: a location (`file:line`) the engine quotes,
//! a message, and the further locations of the same root cause folded into the finding.

mod admin_route_without_role;
mod auth_exemption_prefix;
mod cache_key_missing_tenant;
mod idor_missing_ownership_check;
mod login_without_rate_limit;
mod logout_not_revoked;
mod missing_security_headers;
mod privileged_action_without_role;
mod query_missing_tenant_filter;
mod refresh_token_not_verified;
mod second_factor_change_unverified;
mod secrets_env_not_validated;
mod sensitive_route_unauthenticated;
mod state_changing_route_unauthenticated;
mod totp_secret_unencrypted;
mod webhook_signature_missing;
mod websocket_unauthenticated;

use sechound_core::project::{AuthStatus, Endpoint, ProjectModel};
use sechound_core::{Confidence, RuleMeta, Severity};

pub use admin_route_without_role::AdminRouteWithoutRole;
pub use auth_exemption_prefix::AuthExemptionPrefix;
pub use cache_key_missing_tenant::CacheKeyMissingTenant;
pub use idor_missing_ownership_check::IdorMissingOwnershipCheck;
pub use login_without_rate_limit::LoginWithoutRateLimit;
pub use logout_not_revoked::LogoutNotRevoked;
pub use missing_security_headers::MissingSecurityHeaders;
pub use privileged_action_without_role::PrivilegedActionWithoutRole;
pub use query_missing_tenant_filter::QueryMissingTenantFilter;
pub use refresh_token_not_verified::RefreshTokenNotVerified;
pub use second_factor_change_unverified::SecondFactorChangeUnverified;
pub use secrets_env_not_validated::SecretsEnvNotValidated;
pub use sensitive_route_unauthenticated::SensitiveRouteUnauthenticated;
pub use state_changing_route_unauthenticated::StateChangingRouteUnauthenticated;
pub use totp_secret_unencrypted::TotpSecretUnencrypted;
pub use webhook_signature_missing::WebhookSignatureMissing;
pub use websocket_unauthenticated::WebsocketUnauthenticated;

/// A rule over the project model.
pub trait ProjectRule: Send + Sync {
    fn meta(&self) -> &'static RuleMeta;
    fn check(&self, model: &ProjectModel, out: &mut ProjectFindings);
}

/// A place in the repository a project finding points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub file: String,
    pub line: u32,
}

impl Place {
    pub fn of(endpoint: &Endpoint) -> Place {
        Place {
            file: endpoint.file.clone(),
            line: endpoint.line,
        }
    }
}

/// A project finding before the engine quotes its evidence.
#[derive(Debug, Clone)]
pub struct ProjectFinding {
    pub rule: &'static RuleMeta,
    pub place: Place,
    pub message: String,
    pub severity: Severity,
    pub confidence: Confidence,
    pub recommendation: Option<String>,
    /// The other locations of the same root cause.
    pub related: Vec<Place>,
}

#[derive(Debug, Default)]
pub struct ProjectFindings {
    pub findings: Vec<ProjectFinding>,
}

impl ProjectFindings {
    pub fn report(
        &mut self,
        rule: &'static RuleMeta,
        place: Place,
        message: impl Into<String>,
    ) -> &mut ProjectFinding {
        self.findings.push(ProjectFinding {
            rule,
            place,
            message: message.into(),
            severity: rule.severity,
            confidence: rule.confidence,
            recommendation: None,
            related: Vec::new(),
        });
        self.findings.last_mut().expect("just pushed")
    }
}

/// Runs every project rule on the model.
pub fn run_project_rules(
    model: &ProjectModel,
    rules: &[&'static dyn ProjectRule],
) -> Vec<ProjectFinding> {
    let mut out = ProjectFindings::default();
    for rule in rules {
        rule.check(model, &mut out);
    }
    out.findings
}

pub(crate) fn rules() -> Vec<&'static dyn ProjectRule> {
    vec![
        &SensitiveRouteUnauthenticated,
        &StateChangingRouteUnauthenticated,
        &AuthExemptionPrefix,
        &AdminRouteWithoutRole,
        &WebsocketUnauthenticated,
        &RefreshTokenNotVerified,
        &LogoutNotRevoked,
        &SecondFactorChangeUnverified,
        &TotpSecretUnencrypted,
        &IdorMissingOwnershipCheck,
        &PrivilegedActionWithoutRole,
        &QueryMissingTenantFilter,
        &CacheKeyMissingTenant,
        &WebhookSignatureMissing,
        &MissingSecurityHeaders,
        &LoginWithoutRateLimit,
        &SecretsEnvNotValidated,
    ]
}

/// Path segments that name operational or privileged surfaces, with what they are.
const SENSITIVE: &[(&str, &str)] = &[
    ("admin", "administration"),
    ("superuser", "administration"),
    ("debug", "debugging"),
    ("_debug", "debugging"),
    ("internal", "internal"),
    ("metrics", "metrics"),
    ("prometheus", "metrics"),
    ("actuator", "operations"),
    ("dead-letter", "queue management"),
    ("deadletter", "queue management"),
    ("dlq", "queue management"),
    ("queues", "queue management"),
    ("heapdump", "debugging"),
    ("pprof", "debugging"),
];

/// The kind of sensitive surface a path names (`/api/admin/users` → administration).
pub(crate) fn sensitive_kind(path: &str) -> Option<&'static str> {
    segments(path).find_map(|segment| {
        SENSITIVE
            .iter()
            .find(|(name, _)| segment == *name)
            .map(|(_, kind)| *kind)
    })
}

/// The resource an endpoint acts on: its path before the first parameter, without a trailing
/// slash (`/api/orders/:id/items` → `/api/orders`, `/api/orders` → `/api/orders`).
pub(crate) fn resource(path: &str) -> String {
    let mut out = String::new();
    for s in path.split('/').filter(|s| !s.is_empty()) {
        if s.starts_with(':') || s.starts_with('{') || s.starts_with('<') || s.starts_with('[') {
            break;
        }
        out.push('/');
        out.push_str(s);
    }
    if out.is_empty() { "/".to_string() } else { out }
}

/// Lower-case path segments with `_` read as `-`, parameters dropped.
pub(crate) fn segments(path: &str) -> impl Iterator<Item = String> + '_ {
    path.split('/')
        .filter(|s| !s.is_empty())
        .filter(|s| {
            !(s.starts_with(':') || s.starts_with('{') || s.starts_with('<') || s.starts_with('['))
        })
        .map(|s| s.to_ascii_lowercase().replace('_', "-"))
}

/// Paths meant to be reachable before signing in.
const PUBLIC_WORDS: &[&str] = &[
    "login",
    "signin",
    "sign-in",
    "logout",
    "signup",
    "sign-up",
    "register",
    "token",
    "refresh",
    "forgot",
    "forgot-password",
    "reset",
    "reset-password",
    "password-reset",
    "verify",
    "verify-email",
    "confirm",
    "callback",
    "oauth",
    "sso",
    "saml",
    "health",
    "healthz",
    "ready",
    "readyz",
    "live",
    "livez",
    "ping",
    "webhook",
    "webhooks",
    "hooks",
    "public",
    "magic-link",
    "invite",
    "invitations",
    "csp-report",
    "contact",
    "subscribe",
    "unsubscribe",
    "static",
    "assets",
    "favicon.ico",
    "robots.txt",
    "docs",
    "openapi.json",
];

/// True for endpoints whose path says they are public by design (login, signup, health...).
pub(crate) fn is_public_by_design(path: &str) -> bool {
    segments(path).any(|s| {
        PUBLIC_WORDS.contains(&s.as_str())
            || s.starts_with("login")
            || s.starts_with("register")
            || s.starts_with("webhook")
    })
}

/// Endpoints no authentication control covers (unauthenticated or exempted).
pub(crate) fn open(endpoint: &Endpoint) -> bool {
    matches!(
        endpoint.auth,
        AuthStatus::Unauthenticated | AuthStatus::Exempted
    )
}

/// `METHOD path (file:line)` for messages.
pub(crate) fn cite(endpoint: &Endpoint) -> String {
    format!(
        "{} {} ({}:{})",
        endpoint.method, endpoint.path, endpoint.file, endpoint.line
    )
}

/// Lists endpoints in a message, at most `max`, with a count of the rest.
pub(crate) fn list(endpoints: &[&Endpoint], max: usize) -> String {
    let mut shown: Vec<String> = endpoints.iter().take(max).map(|e| cite(e)).collect();
    if endpoints.len() > max {
        shown.push(format!("and {} more", endpoints.len() - max));
    }
    shown.join(", ")
}

/// Reports one finding per file for `endpoints`, the first as evidence and the rest related.
/// Returns each finding's index in `out` with the endpoints folded into it.
pub(crate) fn fold_by_file<'m>(
    endpoints: Vec<&'m Endpoint>,
    rule: &'static RuleMeta,
    out: &mut ProjectFindings,
    message: impl Fn(&[&Endpoint]) -> String,
) -> Vec<(usize, Vec<&'m Endpoint>)> {
    // One pass groups the endpoints by file, keeping their order within each file.
    let mut groups: std::collections::BTreeMap<&str, Vec<&Endpoint>> = Default::default();
    for endpoint in endpoints {
        groups
            .entry(endpoint.file.as_str())
            .or_default()
            .push(endpoint);
    }
    let mut folded = Vec::new();
    for group in groups.into_values() {
        let text = message(&group);
        let finding = out.report(rule, Place::of(group[0]), text);
        finding.related = group[1..].iter().map(|e| Place::of(e)).collect();
        folded.push((out.findings.len() - 1, group));
    }
    folded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_sensitive_and_public_paths() {
        assert_eq!(sensitive_kind("/api/admin/users"), Some("administration"));
        assert_eq!(sensitive_kind("/metrics"), Some("metrics"));
        assert_eq!(sensitive_kind("/api/administrators"), None);
        assert_eq!(sensitive_kind("/users/:admin"), None);
        assert!(is_public_by_design("/api/auth/login"));
        assert!(is_public_by_design("/webhooks/stripe"));
        assert!(!is_public_by_design("/api/orders"));
    }
}
