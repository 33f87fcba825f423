//! Controls in Python: flask-talisman and Django security settings, CORS allow-lists,
//! slowapi/flask-limiter/DRF throttling, pydantic-settings and fail-fast checks, bcrypt/
//! passlib/argon2/Django hashers, PyJWT and python-jose options, CSRF middleware, cookie flags,
//! cloud secret managers, audit calls, redacting log filters, upload limits and Prometheus.
//!
//! Calls are named through the file's imports (`CryptContext` is
//! `passlib.context.CryptContext` when imported from there), so look-alikes defined locally
//! do not count. Settings modules are read as module-level assignments.

use super::{Sink, is_security_header, masks};
use sechound_core::project::ControlKind::*;
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, short_text, text, walk};
use sechound_syntax::python::{
    callee_path, decorators, dotted_path, keyword_arg, keyword_args, method_name, positional_args,
    receiver, string_value, unwrap,
};
use sechound_syntax::{CodeFile, Node};
use std::collections::HashMap;

pub(super) fn read(file: &CodeFile, sink: &mut Sink<'_>) {
    let src = file.text();
    // One walk gathers imports, calls, assignments, classes, functions and `if` statements;
    // the checks run after it, when every import and setting is known.
    let mut py = Py {
        src,
        imports: HashMap::new(),
        settings: Vec::new(),
        limiters: Vec::new(),
        exp_claims: Vec::new(),
        sink,
    };
    let mut calls = Vec::new();
    let mut classes = Vec::new();
    let mut functions = Vec::new();
    let mut ifs = Vec::new();
    walk(file.tree.root_node(), |node| {
        match node.kind() {
            "import_statement" | "import_from_statement" => {
                py.import(node);
                return false;
            }
            "assignment" => py.assignment(node),
            "call" => calls.push(node),
            "class_definition" => classes.push(node),
            "function_definition" => functions.push(node),
            "if_statement" => ifs.push(node),
            _ => {}
        }
        true
    });
    // `app.config.update(SESSION_COOKIE_SECURE=True)` sets settings too.
    for call in &calls {
        if method_name(*call, src) == Some("update")
            && receiver(*call)
                .and_then(|r| dotted_path(r, src))
                .is_some_and(|r| r.ends_with("config"))
        {
            for (name, value) in keyword_args(*call, src) {
                py.settings.push((name.to_string(), value, *call));
            }
        }
        // `to_encode.update({"exp": expire})`: the FastAPI way of adding the expiry claim.
        if method_name(*call, src) == Some("update")
            && let Some(target) = receiver(*call).and_then(|r| dotted_path(r, src))
            && positional_args(*call)
                .first()
                .is_some_and(|d| dict_has_key(*d, src, "exp"))
        {
            py.exp_claims.push(target);
        }
    }
    py.settings_controls();
    for call in calls {
        py.call(call);
    }
    for class in classes {
        py.class(class);
    }
    for function in functions {
        py.structlog_processor(function);
    }
    for statement in ifs {
        py.fail_fast(statement);
    }
}

struct Py<'t, 's, 'k, 'p> {
    src: &'s str,
    /// Local name → the dotted name it stands for (`CryptContext` → `passlib.context.CryptContext`).
    imports: HashMap<String, String>,
    /// Module-level and config assignments: (setting name, value, statement).
    settings: Vec<(String, Node<'t>, Node<'t>)>,
    /// Locals bound to a slowapi or flask-limiter `Limiter`.
    limiters: Vec<String>,
    /// Names that get an `exp` key (`payload["exp"] = ...`, `to_encode.update({"exp": ...})`).
    exp_claims: Vec<String>,
    sink: &'k mut Sink<'p>,
}

impl<'t> Py<'t, '_, '_, '_> {
    fn import(&mut self, node: Node<'_>) {
        let src = self.src;
        let from = node.field("module_name").map(|m| text(m, src).to_string());
        let mut cursor = node.walk();
        for name in node.children_by_field_name("name", &mut cursor) {
            let (target, alias) = if name.kind() == "aliased_import" {
                (name.field("name"), name.field("alias"))
            } else {
                (Some(name), None)
            };
            let Some(target) = target else { continue };
            let target = text(target, src);
            let full = match &from {
                Some(module) => format!("{module}.{target}"),
                None => target.to_string(),
            };
            // `import a.b` binds `a`; `import a.b as c` binds `c` to `a.b`.
            let local = match alias {
                Some(a) => text(a, src).to_string(),
                None if from.is_none() => target.split('.').next().unwrap_or(target).to_string(),
                None => target.to_string(),
            };
            let full = if from.is_none() && alias.is_none() {
                local.clone()
            } else {
                full
            };
            self.imports.insert(local, full);
        }
    }

    /// The dotted name a path stands for through the imports.
    fn full(&self, path: &str) -> String {
        let (root, rest) = path.split_once('.').unwrap_or((path, ""));
        match self.imports.get(root) {
            Some(full) if rest.is_empty() => full.clone(),
            Some(full) => format!("{full}.{rest}"),
            None => path.to_string(),
        }
    }

    fn assignment(&mut self, node: Node<'t>) {
        let src = self.src;
        let (Some(left), Some(right)) = (node.field("left"), node.field("right")) else {
            return;
        };
        match left.kind() {
            "identifier" => {
                let name = text(left, src);
                // Settings are upper case, in a module or a config class.
                if name
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit())
                    || name == "throttle_classes"
                {
                    self.settings.push((name.to_string(), right, node));
                }
                if is_limiter_call(right, src, &self.imports) {
                    self.limiters.push(name.to_string());
                }
            }
            "subscript" => {
                let (Some(object), Some(key)) = (
                    left.field("value").and_then(|v| dotted_path(v, src)),
                    left.field("subscript").and_then(|k| string_value(k, src)),
                ) else {
                    return;
                };
                if key == "exp" {
                    self.exp_claims.push(object);
                } else if object.ends_with("config") {
                    self.settings.push((key, right, node));
                } else if object.ends_with("headers") && is_security_header(&key) {
                    self.sink
                        .add(SecurityHeaders, node, format!("{key} header set by hand"));
                }
            }
            _ => {}
        }
    }

    fn setting(&self, name: &str) -> Option<Node<'t>> {
        self.settings
            .iter()
            .find(|(n, _, _)| n == name)
            .map(|(_, v, _)| unwrap(*v))
    }

    fn settings_controls(&mut self) {
        let src = self.src;
        let allow_all = ["CORS_ALLOW_ALL_ORIGINS", "CORS_ORIGIN_ALLOW_ALL"]
            .iter()
            .any(|n| self.setting(n).is_some_and(|v| v.kind() == "true"));
        for (name, value, statement) in self.settings.clone() {
            let value = unwrap(value);
            let truthy = value.kind() == "true";
            let strings = string_items(value, src);
            match name.as_str() {
                "MIDDLEWARE" | "MIDDLEWARE_CLASSES" => {
                    for item in &strings {
                        match item.as_str() {
                            "django.middleware.security.SecurityMiddleware" => self.sink.add(
                                SecurityHeaders,
                                statement,
                                "Django SecurityMiddleware in MIDDLEWARE",
                            ),
                            "django.middleware.csrf.CsrfViewMiddleware" => self.sink.add(
                                CsrfProtection,
                                statement,
                                "Django CsrfViewMiddleware in MIDDLEWARE",
                            ),
                            m if m.starts_with("django_prometheus.") => {
                                self.sink
                                    .add(Metrics, statement, "django-prometheus middleware")
                            }
                            _ => {}
                        }
                    }
                }
                "INSTALLED_APPS" => {
                    if strings.iter().any(|s| s == "django.contrib.auth") {
                        self.sink.add(
                            PasswordHashing,
                            statement,
                            "Django auth hashes user passwords (django.contrib.auth, PBKDF2 by default)",
                        );
                    }
                    if strings.iter().any(|s| s == "django_prometheus") {
                        self.sink
                            .add(Metrics, statement, "django-prometheus installed");
                    }
                }
                "PASSWORD_HASHERS" => {
                    if let Some(first) = strings.first() {
                        let name = first.rsplit('.').next().unwrap_or(first);
                        self.sink.add(
                            PasswordHashing,
                            statement,
                            format!("Django PASSWORD_HASHERS prefers {name}"),
                        );
                    }
                }
                "SECURE_HSTS_SECONDS" if value.kind() == "integer" && text(value, src) != "0" => {
                    self.sink.add(
                        SecurityHeaders,
                        statement,
                        format!(
                            "HSTS for {} seconds (SECURE_HSTS_SECONDS)",
                            text(value, src)
                        ),
                    );
                }
                "SECURE_CONTENT_TYPE_NOSNIFF" if truthy => self.sink.add(
                    SecurityHeaders,
                    statement,
                    "X-Content-Type-Options: nosniff (SECURE_CONTENT_TYPE_NOSNIFF)",
                ),
                "CORS_ALLOWED_ORIGINS" | "CORS_ORIGIN_WHITELIST"
                    if !allow_all
                        && matches!(value.kind(), "list" | "tuple")
                        && !strings.is_empty()
                        && !strings.iter().any(|s| s == "*") =>
                {
                    self.sink.add(
                        CorsRestricted,
                        statement,
                        format!("django-cors-headers allows only {}", strings.join(", ")),
                    );
                }
                "CORS_ALLOWED_ORIGIN_REGEXES" if !allow_all && !strings.is_empty() => {
                    self.sink.add(
                        CorsRestricted,
                        statement,
                        "django-cors-headers allows origins matching patterns",
                    );
                }
                "REST_FRAMEWORK" if dict_has_key(value, src, "DEFAULT_THROTTLE_CLASSES") => {
                    self.sink.add(
                        RateLimiting,
                        statement,
                        "global: DRF DEFAULT_THROTTLE_CLASSES",
                    );
                }
                "throttle_classes" => {
                    if value.kind() == "list" && named_children(value).is_empty() {
                        continue;
                    }
                    let view = sechound_syntax::node::ancestor(statement, &["class_definition"])
                        .and_then(|c| c.field("name"))
                        .map_or("a view".to_string(), |n| format!("`{}`", text(n, src)));
                    self.sink.add(
                        RateLimiting,
                        statement,
                        format!("on view {view}: DRF throttle_classes"),
                    );
                }
                "SESSION_COOKIE_SECURE"
                | "CSRF_COOKIE_SECURE"
                | "SESSION_COOKIE_HTTPONLY"
                | "CSRF_COOKIE_HTTPONLY"
                | "JWT_COOKIE_SECURE"
                    if truthy =>
                {
                    self.sink
                        .add(SecureCookies, statement, format!("{name} = True"));
                }
                "SESSION_COOKIE_SAMESITE" | "CSRF_COOKIE_SAMESITE" => {
                    if let Some(v) = string_value(value, src)
                        && matches!(v.to_ascii_lowercase().as_str(), "strict" | "lax")
                    {
                        self.sink.add_partial(
                            CsrfProtection,
                            statement,
                            format!("{name} = {v} (SameSite cookies, no CSRF token)"),
                        );
                    }
                }
                "DATA_UPLOAD_MAX_MEMORY_SIZE"
                | "FILE_UPLOAD_MAX_MEMORY_SIZE"
                | "MAX_CONTENT_LENGTH"
                    if value.kind() != "none" =>
                {
                    self.sink.add(
                        RequestSizeLimit,
                        statement,
                        format!("{name} = {}", short_text(value, src, 40)),
                    );
                }
                "JWT_ACCESS_TOKEN_EXPIRES" if !matches!(value.kind(), "false" | "none") => {
                    self.sink.add(
                        JwtExpiry,
                        statement,
                        format!(
                            "flask-jwt-extended JWT_ACCESS_TOKEN_EXPIRES = {}",
                            short_text(value, src, 40)
                        ),
                    );
                }
                "SIMPLE_JWT" if dict_has_key(value, src, "ACCESS_TOKEN_LIFETIME") => {
                    self.sink.add(
                        JwtExpiry,
                        statement,
                        "djangorestframework-simplejwt ACCESS_TOKEN_LIFETIME",
                    );
                }
                _ => {}
            }
        }
    }

    fn call(&mut self, call: Node<'t>) {
        let src = self.src;
        let Some(path) = callee_path(call, src) else {
            return;
        };
        let full = self.full(&path);
        let method = method_name(call, src).unwrap_or("");
        let positional = positional_args(call);
        let kw = |name: &str| keyword_arg(call, src, name).map(unwrap);
        match full.as_str() {
            "flask_talisman.Talisman" => {
                let mut off = Vec::new();
                if kw("force_https").is_some_and(|v| v.kind() == "false") {
                    off.push("force_https");
                }
                if kw("content_security_policy").is_some_and(|v| v.kind() == "none") {
                    off.push("content_security_policy");
                }
                if kw("strict_transport_security").is_some_and(|v| v.kind() == "false") {
                    off.push("strict_transport_security");
                }
                let detail = if off.is_empty() {
                    "flask-talisman Talisman with its default headers".to_string()
                } else {
                    format!(
                        "flask-talisman Talisman with {} switched off",
                        off.join(", ")
                    )
                };
                self.sink.add(SecurityHeaders, call, detail);
            }
            "secure.Secure" | "secure.SecureHeaders" => {
                self.sink.add(
                    SecurityHeaders,
                    call,
                    "security headers from the secure package",
                );
            }
            "flask_cors.CORS" | "flask_cors.cross_origin" => self.flask_cors(call),
            "slowapi.Limiter" | "flask_limiter.Limiter" => {
                let package = full.split('.').next().unwrap_or("");
                let detail = match kw("default_limits") {
                    Some(limits) => format!(
                        "global: {package} Limiter default_limits {}",
                        string_items(limits, src).join(", ")
                    ),
                    None => format!("{package} Limiter configured"),
                };
                self.sink.add(RateLimiting, call, detail);
            }
            "fastapi_limiter.depends.RateLimiter" => {
                self.sink
                    .add(RateLimiting, call, "fastapi-limiter RateLimiter dependency");
            }
            "django_ratelimit.decorators.ratelimit" | "ratelimit.decorators.ratelimit" => {
                let rate = kw("rate")
                    .and_then(|r| string_value(r, src))
                    .unwrap_or_default();
                self.sink.add(
                    RateLimiting,
                    call,
                    format!("django-ratelimit {rate}").trim_end().to_string(),
                );
            }
            "bcrypt.hashpw" | "bcrypt.checkpw" => {
                self.sink.add(PasswordHashing, call, path.clone());
            }
            "passlib.context.CryptContext" => {
                let schemes = kw("schemes")
                    .map(|s| string_items(s, src))
                    .unwrap_or_default();
                let strong = [
                    "bcrypt",
                    "argon2",
                    "scrypt",
                    "pbkdf2_sha256",
                    "pbkdf2_sha512",
                    "bcrypt_sha256",
                ];
                if schemes
                    .first()
                    .is_some_and(|s| strong.contains(&s.as_str()))
                {
                    self.sink.add(
                        PasswordHashing,
                        call,
                        format!("passlib CryptContext with {}", schemes.join(", ")),
                    );
                }
            }
            "argon2.PasswordHasher" => {
                self.sink
                    .add(PasswordHashing, call, "argon2 PasswordHasher");
            }
            "django.contrib.auth.hashers.make_password"
            | "django.contrib.auth.hashers.check_password"
            | "werkzeug.security.generate_password_hash"
            | "werkzeug.security.check_password_hash" => {
                self.sink.add(PasswordHashing, call, full.clone());
            }
            f if f.starts_with("passlib.hash.") && matches!(method, "hash" | "verify") => {
                self.sink.add(PasswordHashing, call, f.to_string());
            }
            "jwt.encode" | "jose.jwt.encode" => {
                let payload = positional.first().map(|p| unwrap(*p));
                let claims = payload.is_some_and(|p| {
                    dict_has_key(p, src, "exp")
                        || dotted_path(p, src).is_some_and(|n| self.exp_claims.contains(&n))
                });
                if claims {
                    self.sink
                        .add(JwtExpiry, call, format!("{path} with an exp claim"));
                }
            }
            "jwt.decode" | "jose.jwt.decode" => {
                let Some(algorithms) = kw("algorithms") else {
                    return;
                };
                let listed: Vec<String> = match algorithms.kind() {
                    "list" | "tuple" => named_children(algorithms)
                        .into_iter()
                        .map(|a| string_value(a, src).unwrap_or_else(|| short_text(a, src, 40)))
                        .collect(),
                    "string" => string_value(algorithms, src).into_iter().collect(),
                    _ => Vec::new(),
                };
                if !listed.is_empty() && !listed.iter().any(|a| a.eq_ignore_ascii_case("none")) {
                    self.sink.add(
                        JwtAlgorithmsPinned,
                        call,
                        format!("{path} accepts only {}", listed.join(", ")),
                    );
                }
            }
            "flask_wtf.CSRFProtect" | "flask_wtf.csrf.CSRFProtect" => {
                self.sink.add(CsrfProtection, call, "Flask-WTF CSRFProtect");
            }
            "hvac.Client" => self
                .sink
                .add(SecretsManager, call, "HashiCorp Vault client (hvac)"),
            "azure.keyvault.secrets.SecretClient" => {
                self.sink
                    .add(SecretsManager, call, "Azure Key Vault SecretClient");
            }
            f if f.ends_with("SecretManagerServiceClient") => {
                self.sink
                    .add(SecretsManager, call, "GCP Secret Manager client");
            }
            "prometheus_fastapi_instrumentator.Instrumentator" => {
                self.sink
                    .add(Metrics, call, "prometheus-fastapi-instrumentator");
            }
            "prometheus_flask_exporter.PrometheusMetrics" => {
                self.sink
                    .add(Metrics, call, "prometheus-flask-exporter PrometheusMetrics");
            }
            "starlette_exporter.PrometheusMiddleware" => {
                self.sink
                    .add(Metrics, call, "starlette-exporter PrometheusMiddleware");
            }
            f if f.starts_with("prometheus_client.") => {
                self.sink.add(Metrics, call, "prometheus_client metrics");
            }
            "logging.getLogger"
                if positional
                    .first()
                    .and_then(|n| string_value(*n, src))
                    .is_some_and(|n| n.to_ascii_lowercase().contains("audit")) =>
            {
                self.sink.add(AuditLogging, call, "dedicated audit logger");
            }
            _ => {}
        }
        match method {
            "add_middleware" => self.middleware(call),
            "set_cookie" => self.set_cookie(call),
            "client" | "resource"
                if positional
                    .first()
                    .and_then(|s| string_value(*s, src))
                    .as_deref()
                    == Some("secretsmanager") =>
            {
                self.sink
                    .add(SecretsManager, call, "AWS Secrets Manager client (boto3)");
            }
            "get_secret_value" => {
                self.sink
                    .add(SecretsManager, call, "secret read with get_secret_value");
            }
            "limit" if self.is_limiter(receiver(call)) => self.route_limit(call),
            _ => {}
        }
        self.audit(call, &path);
    }

    fn is_limiter(&self, object: Option<Node<'_>>) -> bool {
        let Some(name) = object.and_then(|o| dotted_path(o, self.src)) else {
            return false;
        };
        self.limiters.contains(&name)
            || self
                .imports
                .get(&name)
                .is_some_and(|_| name.to_ascii_lowercase().contains("limiter"))
    }

    /// `@limiter.limit("5/minute")` on a route: the rate and the route it guards.
    fn route_limit(&mut self, call: Node<'_>) {
        let src = self.src;
        let rate = positional_args(call)
            .first()
            .and_then(|r| string_value(*r, src))
            .unwrap_or_else(|| "a limit".into());
        let decorator = call.parent().filter(|p| p.kind() == "decorator");
        let function = decorator
            .and_then(|d| d.parent())
            .and_then(|p| p.field("definition"));
        let route = function.and_then(|f| {
            decorators(f).into_iter().find_map(|d| {
                let d = unwrap(d);
                if d.kind() != "call" {
                    return None;
                }
                let method = method_name(d, src)?;
                let path = string_value(*positional_args(d).first()?, src)?;
                let verb = match method {
                    "get" | "post" | "put" | "patch" | "delete" => method.to_ascii_uppercase(),
                    "route" => keyword_arg(d, src, "methods")
                        .map(|m| string_items(unwrap(m), src).join(","))
                        .filter(|m| !m.is_empty())
                        .unwrap_or_else(|| "GET".into()),
                    _ => return None,
                };
                Some(format!("{verb} {path}"))
            })
        });
        let detail = match (route, function) {
            (Some(route), _) => format!("{rate} on {route}"),
            (None, Some(f)) => format!(
                "{rate} on `{}`",
                f.field("name").map_or("", |n| text(n, src))
            ),
            (None, None) => format!("{rate} limit"),
        };
        self.sink.add(RateLimiting, call, detail);
    }

    /// `app.add_middleware(CORSMiddleware, allow_origins=[...])` and `SessionMiddleware`.
    fn middleware(&mut self, call: Node<'_>) {
        let src = self.src;
        let Some(class) = positional_args(call)
            .first()
            .and_then(|c| dotted_path(*c, src))
            .map(|c| self.full(&c))
        else {
            return;
        };
        if class.ends_with("CORSMiddleware") {
            if let Some(origins) = keyword_arg(call, src, "allow_origins").map(unwrap) {
                let items = string_items(origins, src);
                let detail = match origins.kind() {
                    "list" | "tuple" if items.is_empty() || items.iter().any(|i| i == "*") => {
                        return;
                    }
                    "list" | "tuple" => format!("CORSMiddleware allows only {}", items.join(", ")),
                    "attribute" | "identifier" | "call" => format!(
                        "CORSMiddleware takes its origins from configuration (`{}`)",
                        short_text(origins, src, 50)
                    ),
                    _ => return,
                };
                self.sink.add(CorsRestricted, call, detail);
            } else if keyword_arg(call, src, "allow_origin_regex").is_some() {
                self.sink.add(
                    CorsRestricted,
                    call,
                    "CORSMiddleware allows origins matching a pattern",
                );
            }
        } else if class.ends_with("SessionMiddleware")
            && keyword_arg(call, src, "https_only").is_some_and(|v| unwrap(v).kind() == "true")
        {
            self.sink.add(
                SecureCookies,
                call,
                "SessionMiddleware https_only session cookie",
            );
        } else if class.ends_with("PrometheusMiddleware") {
            self.sink.add(Metrics, call, "Prometheus middleware");
        }
    }

    /// flask-cors with `origins=[...]` or per-resource origin lists.
    fn flask_cors(&mut self, call: Node<'_>) {
        let src = self.src;
        let mut origins = Vec::new();
        if let Some(o) = keyword_arg(call, src, "origins") {
            origins.push(unwrap(o));
        }
        if let Some(resources) = keyword_arg(call, src, "resources").map(unwrap)
            && resources.kind() == "dictionary"
        {
            for pair in named_children(resources) {
                if let Some(options) = pair.field("value").map(unwrap)
                    && let Some(o) = dict_value(options, src, "origins")
                {
                    origins.push(unwrap(o));
                }
            }
        }
        if origins.is_empty() {
            return;
        }
        let mut allowed = Vec::new();
        for o in origins {
            let items = string_items(o, src);
            if items.is_empty() || items.iter().any(|i| i == "*") {
                return;
            }
            allowed.extend(items);
        }
        self.sink.add(
            CorsRestricted,
            call,
            format!("flask-cors allows only {}", allowed.join(", ")),
        );
    }

    /// `response.set_cookie(..., secure=True, httponly=True, samesite="Lax")`.
    fn set_cookie(&mut self, call: Node<'_>) {
        let src = self.src;
        let on = |name: &str| {
            keyword_arg(call, src, name).is_some_and(|v| {
                let v = unwrap(v);
                !matches!(v.kind(), "false" | "none")
            })
        };
        let same_site = keyword_arg(call, src, "samesite")
            .and_then(|v| string_value(v, src))
            .map(|v| v.to_ascii_lowercase())
            .filter(|v| v == "strict" || v == "lax");
        if let Some(s) = &same_site {
            self.sink.add_partial(
                CsrfProtection,
                call,
                format!("set_cookie with SameSite={s} (no CSRF token)"),
            );
        }
        if on("secure") && on("httponly") {
            let mut detail = "set_cookie with secure, httponly".to_string();
            if let Some(s) = same_site {
                detail.push_str(&format!(", samesite={s}"));
            }
            self.sink.add(SecureCookies, call, detail);
        }
    }

    /// A call through a name beginning `audit` (`audit_logger.info`, `AuditLog.objects.create`).
    fn audit(&mut self, call: Node<'_>, path: &str) {
        if positional_args(call).is_empty() && keyword_args(call, self.src).is_empty() {
            return;
        }
        if path
            .split('.')
            .any(|s| s.to_ascii_lowercase().starts_with("audit"))
        {
            self.sink.add(
                AuditLogging,
                call,
                format!("audit record written by `{path}`"),
            );
        }
    }

    fn class(&mut self, class: Node<'_>) {
        let src = self.src;
        let Some(name) = class.field("name").map(|n| text(n, src)) else {
            return;
        };
        let bases: Vec<String> = class
            .field("superclasses")
            .map(named_children)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|b| dotted_path(b, src))
            .map(|b| self.full(&b))
            .collect();
        for base in bases {
            match base.as_str() {
                "pydantic_settings.BaseSettings" | "pydantic.BaseSettings" => {
                    let package = base.split('.').next().unwrap_or("");
                    self.sink.add(
                        EnvValidation,
                        class,
                        format!("{package} `{name}` validates the environment at start-up"),
                    );
                }
                "logging.Filter" if class.field("body").is_some_and(|b| masks(text(b, src))) => {
                    self.sink.add(
                        LogRedaction,
                        class,
                        format!("logging.Filter `{name}` masks values in log records"),
                    );
                }
                _ => {}
            }
        }
    }

    /// A structlog processor (`def p(logger, method_name, event_dict)`) that drops or masks keys.
    fn structlog_processor(&mut self, function: Node<'_>) {
        let src = self.src;
        let params = function
            .field("parameters")
            .map(named_children)
            .unwrap_or_default();
        if params.len() != 3 || text(params[2], src) != "event_dict" {
            return;
        }
        let Some(body) = function.field("body") else {
            return;
        };
        let body_text = text(body, src);
        if body_text.contains("event_dict.pop(")
            || body_text.contains("del event_dict[")
            || masks(body_text)
        {
            let name = function.field("name").map_or("", |n| text(n, src));
            self.sink.add(
                LogRedaction,
                function,
                format!("structlog processor `{name}` drops or masks keys"),
            );
        }
    }

    /// `if not os.environ.get("SECRET_KEY"): raise RuntimeError(...)` (or `sys.exit`).
    fn fail_fast(&mut self, statement: Node<'_>) {
        let src = self.src;
        let (Some(condition), Some(consequence)) =
            (statement.field("condition"), statement.field("consequence"))
        else {
            return;
        };
        let mut missing = Vec::new();
        walk(condition, |n| {
            let operand = match n.kind() {
                "not_operator" => n.field("argument"),
                // `os.getenv("X") is None`
                "comparison_operator" if text(n, src).ends_with("is None") => n.named_child(0),
                _ => None,
            };
            if let Some(operand) = operand {
                let operand = unwrap(operand);
                if let Some((name, None)) = sechound_syntax::python::env_read(operand, src) {
                    missing.push(name);
                } else if let Some(name) = dotted_path(operand, src)
                    && name.contains('.')
                    && name.rsplit('.').next().is_some_and(|n| {
                        n.chars().all(|c| c.is_ascii_uppercase() || c == '_') && n.len() > 2
                    })
                    && name.to_ascii_lowercase().contains("settings")
                {
                    // `if not settings.SECRET_KEY: raise ...`
                    missing.push(name);
                }
            }
            true
        });
        if missing.is_empty() {
            return;
        }
        let mut stops = false;
        walk(consequence, |n| {
            if n.kind() == "raise_statement"
                || n.kind() == "call"
                    && callee_path(n, src)
                        .is_some_and(|c| matches!(c.as_str(), "sys.exit" | "exit" | "os._exit"))
            {
                stops = true;
            }
            !stops
        });
        if stops {
            self.sink.add(
                EnvValidation,
                statement,
                format!(
                    "fails fast at start-up when {} is missing",
                    missing.join(" or ")
                ),
            );
        }
    }
}

fn is_limiter_call(node: Node<'_>, src: &str, imports: &HashMap<String, String>) -> bool {
    let node = unwrap(node);
    node.kind() == "call"
        && callee_path(node, src).is_some_and(|p| {
            let (root, rest) = p.split_once('.').unwrap_or((&p, ""));
            let full = match imports.get(root) {
                Some(f) if rest.is_empty() => f.clone(),
                Some(f) => format!("{f}.{rest}"),
                None => p.clone(),
            };
            matches!(full.as_str(), "slowapi.Limiter" | "flask_limiter.Limiter")
        })
}

/// The strings of a list, tuple or set literal (other items are skipped).
fn string_items(node: Node<'_>, src: &str) -> Vec<String> {
    let node = unwrap(node);
    match node.kind() {
        "list" | "tuple" | "set" => named_children(node)
            .into_iter()
            .filter_map(|i| string_value(i, src))
            .collect(),
        _ => string_value(node, src).into_iter().collect(),
    }
}

/// The value for a string key in a dict literal (`dict(...)` calls are read by keyword).
fn dict_value<'t>(node: Node<'t>, src: &str, key: &str) -> Option<Node<'t>> {
    let node = unwrap(node);
    match node.kind() {
        "dictionary" => named_children(node).into_iter().find_map(|pair| {
            (pair.kind() == "pair"
                && pair
                    .field("key")
                    .and_then(|k| string_value(k, src))
                    .as_deref()
                    == Some(key))
            .then(|| pair.field("value"))
            .flatten()
        }),
        "call" if callee_path(node, src).as_deref() == Some("dict") => keyword_arg(node, src, key),
        _ => None,
    }
}

fn dict_has_key(node: Node<'_>, src: &str, key: &str) -> bool {
    dict_value(node, src, key).is_some()
}
