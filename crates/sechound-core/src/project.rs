//! The application as a whole: the endpoints it serves with their authentication, and the
//! security controls it has in place or lacks. Built by `sechound-project`, read by the
//! project-level rules and the renderers.

use serde::{Deserialize, Serialize};

/// Whether a request reaches an endpoint's handler without proving who it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AuthStatus {
    /// Nothing on the way checks the caller.
    Unauthenticated,
    /// An authentication control is on the way but lets this path through on purpose.
    Exempted,
    /// sechound could not tell (a middleware it cannot read, a dynamic path).
    Unknown,
    Authenticated,
}

impl AuthStatus {
    pub fn label(self) -> &'static str {
        match self {
            AuthStatus::Unauthenticated => "none",
            AuthStatus::Exempted => "exempted",
            AuthStatus::Unknown => "unknown",
            AuthStatus::Authenticated => "required",
        }
    }
}

/// One control on the way to a handler (a middleware, guard, dependency or decorator).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthControl {
    /// As written: `requireAuth`, `Depends(get_current_user)`, `AuthGuard('jwt')`.
    pub name: String,
    /// Where it applies: `global`, `router`, `route`, `controller`, `guard`, `dependency`,
    /// `decorator`, `permission`.
    pub level: String,
    /// `file:line` where it is attached.
    pub at: String,
}

/// An entry in an authentication control's public-path list or prefix check that lets
/// requests through without authentication.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exemption {
    /// The path or prefix as written (`/health`, `/artifact/`).
    pub pattern: String,
    /// True when it matches every path that starts with `pattern`.
    pub prefix: bool,
    /// The authentication control that holds the entry.
    pub control: String,
    pub file: String,
    pub line: u32,
    /// The source line.
    pub code: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Endpoint {
    /// `GET`, `POST` ..., `ANY` for every method, `WS` for a WebSocket entry point.
    pub method: String,
    /// The full path with every prefix composed, in the framework's own parameter syntax.
    pub path: String,
    /// `express`, `fastify`, `nestjs`, `nextjs`, `fastapi`, `flask`, `django`, `socket.io`.
    pub framework: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handler: Option<String>,
    pub file: String,
    pub line: u32,
    /// The declaring source line.
    #[serde(default)]
    pub code: String,
    pub auth: AuthStatus,
    /// The authentication controls on the way, outermost first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub auth_by: Vec<AuthControl>,
    /// For `exempted`: the exemption entry that lets the path through.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exempted_by: Option<Exemption>,
    /// Roles or permissions a visible check requires (`admin`, `IsAdminUser`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
    /// What could not be resolved about this endpoint (why its auth is unknown, a prefix built
    /// at run time).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// Middleware on the way that limits the request rate (`loginLimiter`,
    /// `brute.globalBlock`), by name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub limited_by: Vec<String>,
    /// What the handler visibly does that project rules weigh: `verifies-token`,
    /// `loads-by-path-id`, `checks-owner`, `verifies-signature`, `stores-token`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signals: Vec<String>,
    /// The handler function's lines (in its own file, which may not be the declaring one):
    /// findings inside it are reached through this endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handler_span: Option<CodeSpan>,
    /// With a live probe: what the running service answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub live: Option<crate::EndpointLive>,
}

/// Lines of a piece of code: a function.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodeSpan {
    pub file: String,
    pub start_line: u32,
    pub end_line: u32,
}

impl CodeSpan {
    pub fn contains(&self, file: &str, line: u32) -> bool {
        self.file == file && (self.start_line..=self.end_line).contains(&line)
    }
}

impl Endpoint {
    /// True for methods that change state. `ANY` (a Django view, `app.all`) is not counted:
    /// most such handlers serve pages, and counting them drowns the real ones.
    pub fn is_state_changing(&self) -> bool {
        matches!(self.method.as_str(), "POST" | "PUT" | "PATCH" | "DELETE")
    }
}

/// A security control the review looks for in every application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ControlKind {
    SecurityHeaders,
    CorsRestricted,
    RateLimiting,
    EnvValidation,
    PasswordHashing,
    JwtExpiry,
    JwtAlgorithmsPinned,
    CsrfProtection,
    SecureCookies,
    SecretsManager,
    AuditLogging,
    LogRedaction,
    RequestSizeLimit,
    Metrics,
}

impl ControlKind {
    pub const ALL: [ControlKind; 14] = [
        ControlKind::SecurityHeaders,
        ControlKind::CorsRestricted,
        ControlKind::RateLimiting,
        ControlKind::EnvValidation,
        ControlKind::PasswordHashing,
        ControlKind::JwtExpiry,
        ControlKind::JwtAlgorithmsPinned,
        ControlKind::CsrfProtection,
        ControlKind::SecureCookies,
        ControlKind::SecretsManager,
        ControlKind::AuditLogging,
        ControlKind::LogRedaction,
        ControlKind::RequestSizeLimit,
        ControlKind::Metrics,
    ];

    pub fn title(self) -> &'static str {
        match self {
            ControlKind::SecurityHeaders => "Security headers",
            ControlKind::CorsRestricted => "CORS restricted to known origins",
            ControlKind::RateLimiting => "Rate limiting",
            ControlKind::EnvValidation => "Configuration validated at start-up",
            ControlKind::PasswordHashing => "Password hashing",
            ControlKind::JwtExpiry => "JWT expiry",
            ControlKind::JwtAlgorithmsPinned => "JWT algorithms pinned",
            ControlKind::CsrfProtection => "CSRF protection",
            ControlKind::SecureCookies => "Secure cookie flags",
            ControlKind::SecretsManager => "Secrets manager",
            ControlKind::AuditLogging => "Audit logging",
            ControlKind::LogRedaction => "Log redaction",
            ControlKind::RequestSizeLimit => "Request size limits",
            ControlKind::Metrics => "Metrics",
        }
    }
}

impl ControlKind {
    /// Rules whose findings say the control is missing somewhere: where one fires, the control
    /// is only partly in place. (Metrics are contradicted by an open metrics endpoint, which
    /// the sensitive-endpoint rule reports among other endpoints; see the engine.)
    pub fn contradicted_by_rules(self) -> &'static [&'static str] {
        match self {
            ControlKind::SecurityHeaders => &["project.missing-security-headers"],
            ControlKind::CorsRestricted => {
                &["js.cors-allow-all-origins", "py.cors-allow-all-origins"]
            }
            ControlKind::RateLimiting => &["project.login-without-rate-limit"],
            ControlKind::EnvValidation => &[
                "project.secrets-env-not-validated",
                "js.secret-fallback",
                "py.secret-fallback",
            ],
            ControlKind::PasswordHashing => &["js.weak-password-hash", "py.weak-password-hash"],
            ControlKind::JwtExpiry => &["js.jwt-sign-without-expiry", "py.jwt-without-expiry"],
            ControlKind::JwtAlgorithmsPinned => &[
                "js.jwt-verify-without-algorithms",
                "js.jwt-decode-without-verify",
                "py.jwt-decode-without-verify",
            ],
            ControlKind::CsrfProtection => &[],
            ControlKind::SecureCookies => &["js.insecure-cookie"],
            ControlKind::SecretsManager => &[
                "compose.secret-default",
                "env.committed-secret",
                "js.secret-fallback",
                "py.secret-fallback",
                "py.hardcoded-secret",
                "js.jwt-hardcoded-secret",
                "js.session-hardcoded-secret",
                "secrets.known-credential-format",
                "secrets.private-key",
                "secrets.high-entropy-assignment",
                "secrets.url-credentials",
                "tf.secret-variable-default",
            ],
            ControlKind::AuditLogging => &[],
            ControlKind::LogRedaction => &["js.sensitive-data-logged", "py.sensitive-data-logged"],
            ControlKind::RequestSizeLimit => &["py.unbounded-upload"],
            ControlKind::Metrics => &[],
        }
    }

    /// The review area a control belongs to.
    pub fn area(self) -> crate::Area {
        use crate::Area;
        match self {
            ControlKind::SecurityHeaders | ControlKind::CorsRestricted => Area::ApiEndpoints,
            ControlKind::RateLimiting | ControlKind::RequestSizeLimit => Area::ApiEndpoints,
            ControlKind::EnvValidation | ControlKind::SecretsManager => Area::ConfigurationSecrets,
            ControlKind::PasswordHashing
            | ControlKind::JwtExpiry
            | ControlKind::JwtAlgorithmsPinned
            | ControlKind::SecureCookies => Area::Authentication,
            ControlKind::CsrfProtection => Area::InputValidation,
            ControlKind::AuditLogging | ControlKind::Metrics => Area::Logging,
            ControlKind::LogRedaction => Area::Privacy,
        }
    }

    /// The OWASP Top 10 (2021) category the control helps with.
    pub fn owasp(self) -> crate::Owasp {
        use crate::Owasp;
        match self {
            ControlKind::SecurityHeaders
            | ControlKind::CorsRestricted
            | ControlKind::EnvValidation
            | ControlKind::RequestSizeLimit => Owasp::A05,
            ControlKind::RateLimiting
            | ControlKind::JwtExpiry
            | ControlKind::JwtAlgorithmsPinned
            | ControlKind::SecureCookies => Owasp::A07,
            ControlKind::PasswordHashing | ControlKind::SecretsManager => Owasp::A02,
            ControlKind::CsrfProtection => Owasp::A01,
            ControlKind::AuditLogging | ControlKind::Metrics | ControlKind::LogRedaction => {
                Owasp::A09
            }
        }
    }
}

/// Where a control was seen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ControlEvidence {
    pub file: String,
    pub line: u32,
    pub code: String,
    /// What this occurrence does (`helmet() with contentSecurityPolicy switched off`).
    pub detail: String,
    /// True when this occurrence covers the control only in part (SameSite cookies without a
    /// CSRF token).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub partial: bool,
}

/// Whether a control is in place, judged against the findings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ControlStatus {
    /// Seen, and no finding says it is missing anywhere.
    Present,
    /// Seen, and a finding says it is missing or weakened somewhere else.
    Partial,
    /// Not seen.
    #[default]
    Absent,
}

impl ControlStatus {
    pub fn label(self) -> &'static str {
        match self {
            ControlStatus::Present => "present",
            ControlStatus::Partial => "partial",
            ControlStatus::Absent => "not found",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Control {
    pub kind: ControlKind,
    pub title: String,
    /// True when the control was seen at least once (see `status` for the judgement).
    pub present: bool,
    /// Present, partial (seen, but a finding contradicts it) or absent.
    #[serde(default)]
    pub status: ControlStatus,
    /// The findings that say the control is missing somewhere (`SEC-…` ids).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contradicted_by: Vec<String>,
    /// Every place the control was seen; empty when absent.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<ControlEvidence>,
    /// The strength id (`STR-004`) recorded for a present control, so verdicts can cite it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strength: Option<String>,
}

/// A framework the application uses, and the version its manifest declares.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrameworkUse {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// The manifest that declares it, or the first file that imports it.
    pub source: String,
}

/// The project model as it appears in the report.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectModel {
    pub frameworks: Vec<FrameworkUse>,
    /// Every endpoint, open ones first.
    pub endpoints: Vec<Endpoint>,
    pub exemptions: Vec<Exemption>,
    pub controls: Vec<Control>,
    /// Where applications are created (`express()`, `FastAPI()`, `Flask(__name__)`), with the
    /// framework in `detail`: where findings about a missing control point.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub applications: Vec<ControlEvidence>,
    /// Secret-like environment variables the code reads (`JWT_SECRET`, `DATABASE_URL`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub secret_env_reads: Vec<ControlEvidence>,
    /// What could not be resolved across files (a router mounted from an expression, an
    /// include of an unknown module).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}
