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
    /// Where it applies.
    pub level: GuardLevel,
    /// `file:line` where it is attached.
    pub at: String,
    /// What the control does to a request without a valid identity, and how sechound knows.
    #[serde(default)]
    pub verdict: GuardVerdict,
    /// The line that decides: where the control rejects (`res.status(401)`, `raise
    /// HTTPException(403)`, a redirect to the login page), or where it lets a request without
    /// identity through (`next()` after only reading a token).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_at: Option<CodeLine>,
}

/// Where a control applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GuardLevel {
    /// Every request of the application.
    Global,
    /// Every route of a router, or below a path.
    Router,
    /// One route.
    Route,
    /// Every route of a NestJS controller.
    Controller,
    /// A FastAPI dependency (parameter or `dependencies=`).
    Dependency,
    /// A decorator on a view.
    Decorator,
    /// A DRF permission class.
    Permission,
    /// A WebSocket connection handler.
    Connection,
    /// The handler itself: its own code refuses a caller without identity before doing its
    /// work (`if (!req.session.userId) return res.redirect('/login')`).
    Handler,
}

impl GuardLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            GuardLevel::Global => "global",
            GuardLevel::Router => "router",
            GuardLevel::Route => "route",
            GuardLevel::Controller => "controller",
            GuardLevel::Dependency => "dependency",
            GuardLevel::Decorator => "decorator",
            GuardLevel::Permission => "permission",
            GuardLevel::Connection => "connection",
            GuardLevel::Handler => "handler",
        }
    }
}

impl std::fmt::Display for GuardLevel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a control on the way to a handler does with a request that carries no valid identity.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum GuardVerdict {
    /// Its code (followed across files and through factories) can end the request: a 401 or
    /// 403 response, a redirect to the login page, an exception, `next(err)`.
    Enforces,
    /// A package whose documented behaviour is to reject requests without valid credentials
    /// (`express-jwt`, `passport.authenticate('jwt')`, `login_required`, `IsAuthenticated`).
    KnownPackage,
    /// Its code cannot be seen (a package sechound does not know, a dynamic import): its name
    /// says it authenticates. A guess, at low confidence.
    #[default]
    NameOnly,
    /// Its code only attaches the caller's identity when one is present and lets every request
    /// through: the endpoints behind it are not protected by it.
    IdentityOnly,
}

impl GuardVerdict {
    /// True when the control is taken to stop requests without identity.
    pub fn enforces(self) -> bool {
        !matches!(self, GuardVerdict::IdentityOnly)
    }

    pub fn label(self) -> &'static str {
        match self {
            GuardVerdict::Enforces => "rejects",
            GuardVerdict::KnownPackage => "known package",
            GuardVerdict::NameOnly => "guess from its name",
            GuardVerdict::IdentityOnly => "identity only",
        }
    }
}

/// A line of code the model cites.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodeLine {
    pub file: String,
    pub line: u32,
    /// The code, shortened.
    #[serde(default)]
    pub code: String,
    /// What happens there, in words (`responds 401`, `redirects to /login`, `calls next()`).
    #[serde(default)]
    pub what: String,
}

/// An HTTP method, `ANY` for every method, `WS` for a WebSocket entry point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Method {
    #[serde(rename = "GET")]
    Get,
    #[serde(rename = "POST")]
    Post,
    #[serde(rename = "PUT")]
    Put,
    #[serde(rename = "PATCH")]
    Patch,
    #[serde(rename = "DELETE")]
    Delete,
    #[serde(rename = "OPTIONS")]
    Options,
    #[serde(rename = "HEAD")]
    Head,
    #[serde(rename = "TRACE")]
    Trace,
    #[serde(rename = "ANY")]
    Any,
    #[serde(rename = "WS")]
    Ws,
}

impl Method {
    pub const HTTP: [Method; 8] = [
        Method::Get,
        Method::Post,
        Method::Put,
        Method::Patch,
        Method::Delete,
        Method::Options,
        Method::Head,
        Method::Trace,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
            Method::Options => "OPTIONS",
            Method::Head => "HEAD",
            Method::Trace => "TRACE",
            Method::Any => "ANY",
            Method::Ws => "WS",
        }
    }

    /// A method as code writes it, in any case (`get`, `POST`, `all` and `*` for every method).
    pub fn parse(text: &str) -> Option<Method> {
        let upper = text.trim().to_ascii_uppercase();
        Some(match upper.as_str() {
            "GET" => Method::Get,
            "POST" => Method::Post,
            "PUT" => Method::Put,
            "PATCH" => Method::Patch,
            "DELETE" | "DEL" => Method::Delete,
            "OPTIONS" => Method::Options,
            "HEAD" => Method::Head,
            "TRACE" => Method::Trace,
            "ANY" | "ALL" | "*" => Method::Any,
            "WS" | "WEBSOCKET" => Method::Ws,
            _ => return None,
        })
    }

    /// True for methods that change state. `ANY` (a Django view, `app.all`) is not counted:
    /// most such handlers serve pages, and counting them drowns the real ones.
    pub fn is_state_changing(self) -> bool {
        matches!(
            self,
            Method::Post | Method::Put | Method::Patch | Method::Delete
        )
    }
}

impl std::fmt::Display for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The framework that serves an endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Framework {
    #[serde(rename = "express")]
    Express,
    #[serde(rename = "fastify")]
    Fastify,
    #[serde(rename = "nestjs")]
    Nestjs,
    #[serde(rename = "nextjs")]
    Nextjs,
    #[serde(rename = "fastapi")]
    Fastapi,
    #[serde(rename = "flask")]
    Flask,
    #[serde(rename = "django")]
    Django,
    #[serde(rename = "socket.io")]
    SocketIo,
    #[serde(rename = "ws")]
    Ws,
    /// Routes an OpenAPI document declares (connexion, `express-openapi`).
    #[serde(rename = "openapi")]
    OpenApi,
}

impl Framework {
    pub fn as_str(self) -> &'static str {
        match self {
            Framework::Express => "express",
            Framework::Fastify => "fastify",
            Framework::Nestjs => "nestjs",
            Framework::Nextjs => "nextjs",
            Framework::Fastapi => "fastapi",
            Framework::Flask => "flask",
            Framework::Django => "django",
            Framework::SocketIo => "socket.io",
            Framework::Ws => "ws",
            Framework::OpenApi => "openapi",
        }
    }
}

impl std::fmt::Display for Framework {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a route handler visibly does that project rules weigh, read from its syntax tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Signal {
    /// The handler's code was found and read (the other signals mean something).
    HandlerRead,
    /// It verifies a token's signature (`jwt.verify`, `jwt.decode(..., algorithms=...)`).
    VerifiesToken,
    /// It decodes a token without verifying it.
    DecodesTokenUnverified,
    /// It looks a token up in a store (a refresh-token table, a deny list).
    LooksUpToken,
    /// It loads, changes or deletes a record by an id taken from the path.
    LoadsByPathId,
    /// It compares the loaded record's owner or tenant with the caller, or filters the query
    /// by the caller.
    ChecksOwner,
    /// It verifies a webhook signature.
    VerifiesSignature,
    /// It stores a token.
    StoresToken,
}

impl Signal {
    pub fn as_str(self) -> &'static str {
        match self {
            Signal::HandlerRead => "handler-read",
            Signal::VerifiesToken => "verifies-token",
            Signal::DecodesTokenUnverified => "decodes-token-unverified",
            Signal::LooksUpToken => "looks-up-token",
            Signal::LoadsByPathId => "loads-by-path-id",
            Signal::ChecksOwner => "checks-owner",
            Signal::VerifiesSignature => "verifies-signature",
            Signal::StoresToken => "stores-token",
        }
    }
}

/// A condition under which an endpoint exists (its router is included only in some
/// configurations).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Condition {
    /// As written: `settings.ENVIRONMENT == "local"`.
    pub text: String,
    /// What the condition reads, resolved (`ENVIRONMENT from the environment, default
    /// 'local'`), when sechound can tell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    pub file: String,
    pub line: u32,
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
    pub method: Method,
    /// The full path with every prefix composed, in the framework's own parameter syntax.
    pub path: String,
    pub framework: Framework,
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
    /// What the handler visibly does that project rules weigh.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signals: Vec<Signal>,
    /// Why the endpoint's authentication is judged as it is, in words: the control that
    /// rejects and where, or the line that lets a request without identity through.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
    /// The conditions under which the endpoint exists (an `if` around the router's inclusion).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<Condition>,
    /// The handler function's lines (in its own file, which may not be the declaring one):
    /// findings inside it are reached through this endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handler_span: Option<CodeSpan>,
    /// With a live probe: what the running service answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub live: Option<crate::EndpointLive>,
    /// Where the handler, and the functions it calls, load records by an id the client sends,
    /// check the record's owner, or act on other users: read by the authorization rules,
    /// not written to the report's model.
    #[serde(skip)]
    pub access: Access,
}

/// What the code an endpoint runs does about whose records it touches, with where.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Access {
    /// Records loaded, changed or deleted by an id the client sends (the path, query or
    /// body): the id's name in `detail`.
    pub client_loads: Vec<AccessSite>,
    /// Comparisons of a record's owner or tenant with the caller, queries scoped to the
    /// caller, and refusals (403) after reading who the caller is.
    pub owner_checks: Vec<AccessSite>,
    /// Records of users (or their roles, plans, quotas) loaded by an id the client sends.
    pub user_loads: Vec<AccessSite>,
    /// The subset of `user_loads` that change or delete the record (`.update(...)`,
    /// `destroy`): a change whatever the HTTP method says.
    pub user_changes: Vec<AccessSite>,
    /// Calls whose name says a privileged action: the action in `detail`.
    pub actions: Vec<AccessSite>,
    /// Database queries on a named model (one per call chain), with the tenant field they
    /// filter on: read by `project.query-missing-tenant-filter`.
    pub queries: Vec<QuerySite>,
    /// Values written to a cache under a key built in place: read by
    /// `project.cache-key-missing-tenant`.
    pub cache_writes: Vec<CacheSite>,
    /// Where the handler itself reads the caller's identity.
    pub identity: Option<AccessSite>,
    /// Response-cache middleware on the way to the handler, as written
    /// (`apicache.middleware('5 minutes')`).
    pub cached_by: Vec<String>,
    /// What it does to sessions, stored tokens and second factors (the code or the field in
    /// `detail`).
    pub sessions: Vec<(AccessSite, SessionWork)>,
}

/// A database query an endpoint's code makes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuerySite {
    pub file: String,
    pub line: u32,
    /// The model, lower case (`order`).
    pub model: String,
    /// The query as written, shortened.
    pub code: String,
    /// The tenant field it filters on (`orgId`), when it does.
    pub tenant: Option<String>,
    /// An argument reads the caller's identity.
    pub by_caller: bool,
    /// The key that narrows it to one record or a parent record (`pk`, `projectId`).
    pub narrowed_by: Option<String>,
}

impl QuerySite {
    /// `file:line`.
    pub fn at(&self) -> String {
        format!("{}:{}", self.file, self.line)
    }
}

/// A value an endpoint's code writes to a cache.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CacheSite {
    pub file: String,
    pub line: u32,
    pub code: String,
    /// The key as written.
    pub key: String,
    /// The key reads the caller or a tenant.
    pub keyed_by_caller: bool,
}

/// Work on a session, a stored token or a second factor, seen in an endpoint's code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionWork {
    /// Keeps a session or a token on the server (`req.logIn`, `RefreshToken.create`).
    Stores,
    /// Ends a session or revokes a stored token (`req.session.destroy()`, `logout_user()`).
    Revokes,
    /// Verifies a one-time code of a second factor.
    VerifiesCode,
    /// Verifies the caller's password.
    VerifiesPassword,
    /// Writes a second factor's secret or switch; `clears` when set to empty or off.
    WritesSecondFactor { clears: bool },
}

/// A line of code an [`Access`] fact rests on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessSite {
    pub file: String,
    pub line: u32,
    /// What happens there, in words (`Order.findById(id)`, `purge`).
    pub detail: String,
}

impl AccessSite {
    /// `file:line`.
    pub fn at(&self) -> String {
        format!("{}:{}", self.file, self.line)
    }
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
        self.method.is_state_changing()
    }

    /// True when the endpoint counts as authenticated only because of a control whose code
    /// sechound could not read (a guess from a name): said so wherever it is shown.
    pub fn auth_guessed(&self) -> bool {
        self.auth == AuthStatus::Authenticated
            && self
                .auth_by
                .iter()
                .filter(|a| a.verdict.enforces())
                .all(|a| a.verdict == GuardVerdict::NameOnly)
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
    /// Which requests this occurrence covers, when the control applies to some only (a rate
    /// limiter on one path).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<ControlScope>,
}

/// The requests a control applies to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum ControlScope {
    /// Every request.
    Global,
    /// Requests at or below a path (relative to where its router is mounted).
    Path { path: String },
    /// One route.
    Route { method: Method, path: String },
    /// A view or handler named so, or a place sechound cannot tie to paths.
    Elsewhere { what: String },
}

impl ControlScope {
    /// True when the control may apply to `path`; a scope that is not a visible path is taken
    /// to cover it.
    pub fn may_cover(&self, path: &str) -> bool {
        let limited = match self {
            ControlScope::Global | ControlScope::Elsewhere { .. } => return true,
            ControlScope::Path { path } | ControlScope::Route { path, .. } => path,
        };
        let limited = limited.trim_end_matches('/');
        limited.is_empty()
            || path.starts_with(limited)
            || path.trim_end_matches('/').ends_with(limited)
            || path.contains(&format!("{limited}/"))
    }
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
    /// Every place the application keeps a session or a token on the server (a refresh-token
    /// record created, `req.logIn`, `login_user`): read by the logout rule, not written to
    /// the report.
    #[serde(skip)]
    pub session_stores: Vec<AccessSite>,
    /// Every place outside tests that stores a second factor's secret (not clearing it), the
    /// field in `detail`, and whether the value is encrypted on the way: read by the TOTP
    /// rule, not written to the report.
    #[serde(skip)]
    pub second_factor_secrets: Vec<(AccessSite, bool)>,
    /// Every place outside tests that encrypts a value for a field or name (the helper and
    /// the field in `detail`: `` `encrypt(…)` for `apiKey` ``).
    #[serde(skip)]
    pub encryptions: Vec<AccessSite>,
}

/// Comparing a typed value with the text code writes for it (`method == "GET"`), as tests and
/// configuration do; the comparison is exact (`Method::parse` accepts other spellings).
macro_rules! eq_text {
    ($($t:ty),*) => {$(
        impl PartialEq<&str> for $t {
            fn eq(&self, other: &&str) -> bool {
                self.as_str() == *other
            }
        }
        impl PartialEq<str> for $t {
            fn eq(&self, other: &str) -> bool {
                self.as_str() == other
            }
        }
    )*};
}
eq_text!(Method, Framework, GuardLevel, Signal);
