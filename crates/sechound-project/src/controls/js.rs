//! Controls in JavaScript and TypeScript: helmet, cors, express-rate-limit, zod/envalid/joi
//! on `process.env`, bcrypt/argon2/scrypt, jsonwebtoken and jose options, csurf, cookie
//! flags, cloud secret managers, audit calls, pino redaction, body limits and prom-client.
//!
//! Calls are recognised by the module their callee is imported from (`import helmet from
//! 'helmet'`, `const bcrypt = require('bcryptjs')`), so a local function that happens to be
//! called `hash` or `cors` does not count.

use super::{Sink, is_security_header, masks};
use crate::facts::{Import, ImportedName};
use sechound_core::project::ControlKind::*;
use sechound_syntax::js::{
    arguments, callee, dotted_path, method_name, object_property, pair_key, receiver,
    required_module, string_value, unwrap,
};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{ancestor, named_children, short_text, text, walk};
use sechound_syntax::{CodeFile, Node};
use std::collections::HashMap;

const ROUTE_METHODS: &[&str] = &[
    "get", "post", "put", "patch", "delete", "all", "options", "head",
];

const LIMITER_MODULES: &[&str] = &["express-rate-limit", "express-slow-down", "express-brute"];

/// What those modules export to build a limiter (`""` is the default export).
const LIMITER_FACTORIES: &[&str] = &["", "default", "rateLimit", "slowDown"];

pub(super) fn read(file: &CodeFile, imports: &[Import], sink: &mut Sink<'_>) {
    let src = file.text();
    // One walk gathers what the checks need: declarations (to follow an options object or a
    // limiter by name), calls and `if` statements.
    let mut decls: HashMap<String, Node<'_>> = HashMap::new();
    let mut calls = Vec::new();
    let mut ifs = Vec::new();
    walk(file.tree.root_node(), |node| {
        match node.kind() {
            "variable_declarator" => {
                if let (Some(name), Some(value)) = (node.field("name"), node.field("value"))
                    && name.kind() == "identifier"
                {
                    decls.entry(text(name, src).to_string()).or_insert(value);
                }
            }
            "call_expression" | "new_expression" => calls.push(node),
            "if_statement" => ifs.push(node),
            _ => {}
        }
        true
    });
    let mut js = Js {
        src,
        imports,
        decls,
        limiters: Vec::new(),
        sink,
    };
    js.limiters = js
        .decls
        .iter()
        .filter(|(_, v)| js.is_limiter_factory(**v))
        .map(|(k, v)| (k.clone(), *v, false))
        .collect();
    js.limiters.sort_by_key(|(_, v, _)| v.start_byte());
    for call in calls {
        js.call(call);
    }
    for statement in ifs {
        js.fail_fast(statement);
    }
    // A limiter defined here and applied nowhere in this file is applied elsewhere (it is
    // exported), or not at all; its definition is the evidence either way.
    for (name, value, _) in js.limiters.iter().filter(|(_, _, used)| !used) {
        let module = js.module_of(*value).unwrap_or_default().0;
        js.sink.add(
            RateLimiting,
            *value,
            format!("rate limiter `{name}` defined ({module}); where it is applied is not seen in this file"),
        );
    }
}

struct Js<'t, 's, 'k, 'p> {
    src: &'s str,
    imports: &'s [Import],
    decls: HashMap<String, Node<'t>>,
    /// Locals bound to a limiter, with their definition and whether a route or `use` applies
    /// them in this file.
    limiters: Vec<(String, Node<'t>, bool)>,
    sink: &'k mut Sink<'p>,
}

impl<'t> Js<'t, '_, '_, '_> {
    /// The module a call's callee comes from and the member called on it:
    /// `("bcrypt", "hash")` for `bcrypt.hash(...)` with `import bcrypt from 'bcrypt'`,
    /// `("helmet", "")` for `helmet()`, `("express-rate-limit", "rateLimit")` for a named import.
    fn module_of(&self, call: Node<'_>) -> Option<(String, String)> {
        let call = unwrap(call);
        if !matches!(call.kind(), "call_expression" | "new_expression") {
            return None;
        }
        let target = unwrap(callee(call)?);
        // require('helmet')() and require('bcrypt').hash(...)
        if target.kind() == "call_expression" {
            return Some((
                normalize(&required_module(target, self.src)?),
                String::new(),
            ));
        }
        if target.kind() == "member_expression"
            && let Some(object) = target.field("object")
            && unwrap(object).kind() == "call_expression"
            && let Some(module) = required_module(unwrap(object), self.src)
        {
            let property = target.field("property")?;
            return Some((normalize(&module), text(property, self.src).to_string()));
        }
        let path = dotted_path(target, self.src)?;
        self.resolve_name(&path)
    }

    /// `("bcrypt", "hash")` for the dotted name `bcrypt.hash` through this file's imports.
    fn resolve_name(&self, path: &str) -> Option<(String, String)> {
        let (root, rest) = path.split_once('.').unwrap_or((path, ""));
        let import = self.imports.iter().find(|i| i.local == root)?;
        let member = match &import.name {
            ImportedName::Default | ImportedName::Namespace => rest.to_string(),
            ImportedName::Named(name) if rest.is_empty() => name.clone(),
            ImportedName::Named(name) => format!("{name}.{rest}"),
        };
        Some((normalize(&import.module), member))
    }

    /// Follows an identifier to the object literal it was declared with.
    fn object(&self, node: Node<'t>) -> Option<Node<'t>> {
        let node = unwrap(node);
        match node.kind() {
            "object" => Some(node),
            "identifier" => {
                let value = unwrap(*self.decls.get(text(node, self.src))?);
                (value.kind() == "object").then_some(value)
            }
            _ => None,
        }
    }

    fn is_limiter_factory(&self, node: Node<'_>) -> bool {
        // Only the factories: `ipKeyGenerator` from express-rate-limit is no limiter.
        self.module_of(node).is_some_and(|(m, member)| {
            LIMITER_MODULES.contains(&m.as_str()) && LIMITER_FACTORIES.contains(&member.as_str())
        })
    }

    fn call(&mut self, call: Node<'t>) {
        let src = self.src;
        let args = arguments(call);
        if let Some((module, member)) = self.module_of(call) {
            self.module_call(call, &args, &module, &member);
        }
        let Some(method) = method_name(call, src) else {
            return;
        };
        match method {
            "use" | "register" | "get" | "post" | "put" | "patch" | "delete" | "all"
            | "options" | "head" => self.applied(call, method, &args),
            "parse" | "safeParse" | "parseAsync" | "safeParseAsync" | "validate"
            | "validateAsync"
                if args.first().and_then(|a| dotted_path(*a, src)).as_deref()
                    == Some("process.env") =>
            {
                let receiver = receiver(call).map_or(String::new(), |r| short_text(r, src, 40));
                self.sink.add(
                        EnvValidation,
                        call,
                        format!("process.env validated against a schema (`{receiver}.{method}(process.env)`)"),
                    );
            }
            "setExpirationTime" if self.imports_module("jose") => {
                let value = args
                    .first()
                    .map_or(String::new(), |a| short_text(*a, src, 30));
                self.sink.add(
                    JwtExpiry,
                    call,
                    format!("jose SignJWT sets an expiry ({value})"),
                );
            }
            "setHeader" | "header" | "set" => {
                if let Some(name) = args.first().and_then(|a| string_value(*a, src))
                    && is_security_header(&name)
                    && args.len() == 2
                {
                    self.sink
                        .add(SecurityHeaders, call, format!("{name} header set by hand"));
                }
                if method == "set" {
                    self.cookie_options(call, &args);
                }
            }
            "cookie" | "setCookie" => self.cookie_options(call, &args),
            "enableCors" => {
                if let Some(options) = args.first().and_then(|a| self.object(*a)) {
                    self.cors(call, options, "NestJS enableCors");
                }
            }
            "create"
                if receiver(call).and_then(|r| dotted_path(r, src)).as_deref()
                    == Some("NestFactory") =>
            {
                // NestFactory.create(AppModule, { cors: { origin: [...] } })
                if let Some(options) = args.get(1).and_then(|a| self.object(*a))
                    && let Some(cors) = object_property(options, src, "cors")
                    && let Some(cors) = self.object(cors)
                {
                    self.cors(call, cors, "NestFactory.create cors option");
                }
            }
            _ => {}
        }
        self.audit(call, &args);
        self.passport_jwt(call, &args);
    }

    fn imports_module(&self, module: &str) -> bool {
        self.imports.iter().any(|i| normalize(&i.module) == module)
    }

    /// A call of a function from a known module.
    fn module_call(&mut self, call: Node<'t>, args: &[Node<'t>], module: &str, member: &str) {
        let src = self.src;
        let first_object = || args.first().and_then(|a| self.object(*a));
        match (module, member) {
            ("helmet" | "koa-helmet", "") => {
                let off = first_object()
                    .map(|o| switched_off(o, src))
                    .unwrap_or_default();
                self.sink
                    .add(SecurityHeaders, call, helmet_detail("helmet()", &off));
            }
            ("helmet" | "koa-helmet", part) => {
                self.sink
                    .add(SecurityHeaders, call, format!("helmet.{part}()"));
            }
            ("cors", "") => {
                if let Some(options) = first_object() {
                    self.cors(call, options, "cors()");
                }
            }
            ("jsonwebtoken", "sign") => {
                let payload = args.first().and_then(|a| self.object(*a));
                if let Some(options) = args.get(2).and_then(|a| self.object(*a))
                    && let Some(expires) = object_property(options, src, "expiresIn")
                    && unwrap(expires).kind() != "undefined"
                {
                    self.sink.add(
                        JwtExpiry,
                        call,
                        format!("jwt.sign with expiresIn {}", short_text(expires, src, 30)),
                    );
                } else if payload.is_some_and(|p| object_property(p, src, "exp").is_some()) {
                    self.sink
                        .add(JwtExpiry, call, "jwt.sign with an exp claim in the payload");
                }
            }
            ("jsonwebtoken", "verify") => {
                if let Some(options) = args.get(2).and_then(|a| self.object(*a)) {
                    self.algorithms(call, options, "jwt.verify");
                }
            }
            ("jose", "jwtVerify") => {
                if let Some(options) = args.get(2).and_then(|a| self.object(*a)) {
                    self.algorithms(call, options, "jose jwtVerify");
                }
            }
            ("@nestjs/jwt", "JwtModule.register" | "JwtModule.registerAsync") => {
                if let Some(options) = first_object() {
                    self.nest_jwt(call, options);
                }
            }
            ("bcrypt" | "bcryptjs" | "@node-rs/bcrypt", "hash" | "hashSync") => {
                let cost = args
                    .get(1)
                    .filter(|a| unwrap(**a).kind() == "number")
                    .map_or(String::new(), |a| format!(" (cost {})", text(*a, src)));
                self.sink
                    .add(PasswordHashing, call, format!("{module}.{member}{cost}"));
            }
            ("bcrypt" | "bcryptjs" | "@node-rs/bcrypt", "compare" | "compareSync")
            | ("argon2" | "@node-rs/argon2", "hash" | "verify")
            | ("crypto", "scrypt" | "scryptSync") => {
                self.sink
                    .add(PasswordHashing, call, format!("{module}.{member}"));
            }
            ("envalid", "cleanEnv") => {
                let count = args
                    .get(1)
                    .and_then(|a| self.object(*a))
                    .map_or(0, |o| named_children(o).len());
                self.sink.add(
                    EnvValidation,
                    call,
                    format!("envalid cleanEnv checks {count} variables at start-up"),
                );
            }
            (m, "createEnv") if m.starts_with("@t3-oss/env") => {
                self.sink.add(
                    EnvValidation,
                    call,
                    format!("{m} createEnv validates the environment"),
                );
            }
            ("@nestjs/config", "ConfigModule.forRoot") => {
                if let Some(options) = first_object()
                    && let Some(key) = ["validationSchema", "validate"]
                        .into_iter()
                        .find(|k| object_property(options, src, k).is_some())
                {
                    self.sink.add(
                        EnvValidation,
                        call,
                        format!("ConfigModule.forRoot validates the environment ({key})"),
                    );
                }
            }
            ("csurf", "") => self.sink.add(CsrfProtection, call, "csurf middleware"),
            ("csrf-csrf", "doubleCsrf") => self.sink.add(
                CsrfProtection,
                call,
                "double-submit CSRF tokens (csrf-csrf)",
            ),
            ("csrf-sync", "csrfSync") => {
                self.sink
                    .add(CsrfProtection, call, "synchroniser CSRF tokens (csrf-sync)")
            }
            ("lusca", "csrf") => self.sink.add(CsrfProtection, call, "lusca.csrf middleware"),
            ("express-session" | "cookie-session", "") => {
                if let Some(options) = first_object() {
                    let cookie = if module == "express-session" {
                        object_property(options, src, "cookie").and_then(|c| self.object(c))
                    } else {
                        Some(options)
                    };
                    if let Some(cookie) = cookie {
                        // express-session cookies are httpOnly unless switched off.
                        let api = format!("{module} cookie");
                        self.cookie_flags(call, cookie, &api, module == "express-session");
                    }
                }
            }
            (
                "@aws-sdk/client-secrets-manager",
                "GetSecretValueCommand" | "SecretsManagerClient",
            )
            | ("@google-cloud/secret-manager", "SecretManagerServiceClient")
            | ("@azure/keyvault-secrets", "SecretClient")
            | ("aws-sdk", "SecretsManager") => {
                self.sink
                    .add(SecretsManager, call, format!("{member} ({module})"));
            }
            ("node-vault", "") => {
                self.sink
                    .add(SecretsManager, call, "HashiCorp Vault client (node-vault)")
            }
            ("pino" | "pino-http", "") => {
                if let Some(options) = first_object()
                    && let Some(redact) = object_property(options, src, "redact")
                {
                    self.sink.add(
                        LogRedaction,
                        call,
                        format!("{module} redacts {}", redacted_paths(redact, src)),
                    );
                }
            }
            ("fastify", "") => {
                if let Some(options) = first_object() {
                    if let Some(limit) = object_property(options, src, "bodyLimit") {
                        self.sink.add(
                            RequestSizeLimit,
                            call,
                            format!("Fastify bodyLimit {}", short_text(limit, src, 30)),
                        );
                    }
                    if let Some(logger) = object_property(options, src, "logger")
                        && let Some(logger) = self.object(logger)
                        && let Some(redact) = object_property(logger, src, "redact")
                    {
                        self.sink.add(
                            LogRedaction,
                            call,
                            format!("Fastify logger redacts {}", redacted_paths(redact, src)),
                        );
                    }
                }
            }
            ("winston", "format")
                if args.first().is_some_and(|f| {
                    unwrap(*f).kind().contains("function") && masks(text(*f, src))
                }) =>
            {
                self.sink
                    .add(LogRedaction, call, "winston format that masks values");
            }
            ("express" | "body-parser", "json" | "urlencoded" | "raw" | "text") => {
                if let Some(limit) = first_object().and_then(|o| object_property(o, src, "limit")) {
                    let name = if module == "express" {
                        "express"
                    } else {
                        "bodyParser"
                    };
                    self.sink.add(
                        RequestSizeLimit,
                        call,
                        format!("{name}.{member} body limited to {}", literal(limit, src)),
                    );
                }
            }
            ("multer", "") => {
                if let Some(limits) = first_object()
                    .and_then(|o| object_property(o, src, "limits"))
                    .and_then(|l| self.object(l))
                    && object_property(limits, src, "fileSize").is_some()
                {
                    self.sink
                        .add(RequestSizeLimit, call, "multer upload fileSize limit");
                }
            }
            ("prom-client", "collectDefaultMetrics" | "register.metrics" | "Registry") => {
                self.sink
                    .add(Metrics, call, format!("prom-client {member}"));
            }
            ("prom-client", "Counter" | "Histogram" | "Gauge" | "Summary") => {
                self.sink
                    .add(Metrics, call, "prom-client application metrics");
            }
            ("express-prom-bundle", "") => {
                self.sink
                    .add(Metrics, call, "express-prom-bundle HTTP metrics")
            }
            ("@willsoto/nestjs-prometheus", m) if m.starts_with("PrometheusModule") => self
                .sink
                .add(Metrics, call, "PrometheusModule (nestjs-prometheus)"),
            ("@nestjs/throttler", "ThrottlerModule.forRoot" | "ThrottlerModule.forRootAsync") => {
                self.sink.add(
                    RateLimiting,
                    call,
                    "global: ThrottlerModule configured (@nestjs/throttler)",
                );
            }
            ("@nestjs/throttler", "Throttle") => {
                let on = ancestor(call, &["method_definition", "class_declaration"])
                    .and_then(|d| d.field("name"))
                    .map_or(String::new(), |n| format!(" on `{}`", text(n, src)));
                self.sink.add(RateLimiting, call, format!("@Throttle{on}"));
            }
            (m, f) if LIMITER_MODULES.contains(&m) && LIMITER_FACTORIES.contains(&f) => {
                // Inline in app.use / a route: reported where applied. Bound to a name:
                // reported where the name is applied, or at the definition.
                let parent = call.parent();
                let applied = parent.is_some_and(|p| p.kind() == "arguments")
                    && parent
                        .and_then(|p| p.parent())
                        .and_then(|c| method_name(c, src))
                        .is_some_and(|m| m == "use" || ROUTE_METHODS.contains(&m));
                let bound = parent.is_some_and(|p| p.kind() == "variable_declarator");
                if !applied && !bound {
                    self.sink
                        .add(RateLimiting, call, format!("rate limiter created ({m})"));
                }
            }
            ("rate-limiter-flexible", "RateLimiterMemory" | "RateLimiterRedis") => {
                self.sink.add(
                    RateLimiting,
                    call,
                    format!("{member} (rate-limiter-flexible)"),
                );
            }
            _ => {}
        }
    }

    /// `app.use(...)`, `fastify.register(plugin, opts)` and routes: plugins registered and
    /// limiters applied.
    fn applied(&mut self, call: Node<'t>, method: &str, args: &[Node<'t>]) {
        let src = self.src;
        if method == "register" {
            let Some(plugin) = args.first().and_then(|p| dotted_path(*p, src)) else {
                return;
            };
            let Some((module, _)) = self.resolve_name(&plugin) else {
                return;
            };
            let options = args.get(1).and_then(|o| self.object(*o));
            match module.as_str() {
                "@fastify/helmet" | "fastify-helmet" => {
                    let off = options.map(|o| switched_off(o, src)).unwrap_or_default();
                    self.sink.add(
                        SecurityHeaders,
                        call,
                        helmet_detail("@fastify/helmet", &off),
                    );
                }
                "@fastify/rate-limit" | "fastify-rate-limit" => {
                    let global = options
                        .and_then(|o| object_property(o, src, "global"))
                        .is_none_or(|g| text(g, src) != "false");
                    let scope = if global { "global" } else { "per route" };
                    self.sink.add(
                        RateLimiting,
                        call,
                        format!("{scope}: @fastify/rate-limit registered"),
                    );
                }
                "@fastify/csrf-protection" | "fastify-csrf" => {
                    self.sink
                        .add(CsrfProtection, call, "@fastify/csrf-protection registered");
                }
                "@fastify/cors" | "fastify-cors" => {
                    if let Some(options) = options {
                        self.cors(call, options, "@fastify/cors");
                    }
                }
                "fastify-metrics" => self.sink.add(Metrics, call, "fastify-metrics registered"),
                _ => {}
            }
            return;
        }
        // Routes have a path first; `app.use` may have one.
        let path = args.first().and_then(|a| string_value(*a, src));
        if method != "use" && (path.is_none() || args.len() < 2) {
            return;
        }
        let scope = match (&path, method) {
            (None, _) => "global".to_string(),
            (Some(p), "use") => format!("on {p}"),
            (Some(p), m) => format!(
                "on {} {p}",
                if m == "all" {
                    "ANY".into()
                } else {
                    m.to_ascii_uppercase()
                }
            ),
        };
        let end = if method == "use" {
            args.len()
        } else {
            args.len() - 1
        };
        for arg in &args[usize::from(path.is_some())..end] {
            let arg = unwrap(*arg);
            let name = if arg.kind() == "identifier" {
                Some(text(arg, src))
            } else {
                None
            };
            if self.is_limiter_factory(arg) {
                let module = self.module_of(arg).unwrap_or_default().0;
                self.sink
                    .add(RateLimiting, call, format!("{scope}: {module} limiter"));
            } else if let Some(name) = name
                && let Some(entry) = self.limiters.iter_mut().find(|(n, _, _)| n == name)
            {
                entry.2 = true;
                self.sink
                    .add(RateLimiting, call, format!("{scope}: `{name}`"));
            } else if let Some(name) = name
                && name.to_ascii_lowercase().contains("limit")
                && let Some(import) = self
                    .imports
                    .iter()
                    .find(|i| i.local == name && i.module.starts_with('.'))
            {
                // A limiter defined in another module of the project; its name says what it is.
                self.sink.add(
                    RateLimiting,
                    call,
                    format!("{scope}: `{name}` from {}", import.module),
                );
            }
        }
    }

    /// An origin option that restricts CORS: a list, a fixed origin, a pattern, a checking
    /// function or a value from configuration. `'*'`, `true` and a `'*'` fallback do not.
    fn cors(&mut self, call: Node<'t>, options: Node<'t>, api: &str) {
        let src = self.src;
        let Some(origin) = object_property(options, src, "origin") else {
            return;
        };
        let mut origin = unwrap(origin);
        if origin.kind() == "identifier"
            && let Some(value) = self.decls.get(text(origin, src))
        {
            origin = unwrap(*value);
        }
        let detail = match origin.kind() {
            "string" | "template_string" => match string_value(origin, src) {
                Some(o) if o != "*" && !o.is_empty() => format!("{api} allows only {o}"),
                _ => return,
            },
            "array" => {
                let items: Vec<_> = named_children(origin)
                    .into_iter()
                    .map(|i| string_value(i, src))
                    .collect();
                if items.is_empty() || items.iter().any(|i| i.as_deref() == Some("*")) {
                    return;
                }
                let listed: Vec<String> = items.into_iter().flatten().collect();
                format!("{api} allows a list of origins: {}", listed.join(", "))
            }
            "regex" => format!("{api} allows origins matching {}", text(origin, src)),
            "arrow_function" | "function_expression" | "function" => {
                // A callback that calls back with `true` without looking at the origin is the
                // allow-all the rules report; one that compares it is a check.
                let body = text(origin, src);
                if !["includes(", "indexOf(", ".test(", "===", ".has(", "match("]
                    .iter()
                    .any(|c| body.contains(c))
                {
                    return;
                }
                format!("{api} checks the origin in a function")
            }
            "member_expression" | "identifier" | "call_expression" => {
                format!(
                    "{api} takes its origins from configuration (`{}`)",
                    short_text(origin, src, 50)
                )
            }
            _ => return,
        };
        self.sink.add(CorsRestricted, call, detail);
    }

    fn algorithms(&mut self, call: Node<'_>, options: Node<'_>, api: &str) {
        let src = self.src;
        let Some(list) = object_property(options, src, "algorithms").map(unwrap) else {
            return;
        };
        if list.kind() != "array" {
            return;
        }
        let names: Vec<String> = named_children(list)
            .into_iter()
            .filter_map(|i| string_value(i, src))
            .collect();
        if names.is_empty() || names.iter().any(|n| n.eq_ignore_ascii_case("none")) {
            return;
        }
        self.sink.add(
            JwtAlgorithmsPinned,
            call,
            format!("{api} accepts only {}", names.join(", ")),
        );
    }

    /// `JwtModule.register({ signOptions: { expiresIn }, verifyOptions: { algorithms } })`.
    fn nest_jwt(&mut self, call: Node<'t>, options: Node<'t>) {
        let src = self.src;
        if let Some(sign) =
            object_property(options, src, "signOptions").and_then(|s| self.object(s))
            && let Some(expires) = object_property(sign, src, "expiresIn")
        {
            self.sink.add(
                JwtExpiry,
                call,
                format!(
                    "JwtModule signOptions.expiresIn {}",
                    short_text(expires, src, 30)
                ),
            );
        }
        if let Some(verify) =
            object_property(options, src, "verifyOptions").and_then(|s| self.object(s))
        {
            self.algorithms(call, verify, "JwtModule verifyOptions");
        }
    }

    /// passport-jwt `new Strategy({ jwtFromRequest, algorithms: [...] })`.
    fn passport_jwt(&mut self, call: Node<'t>, args: &[Node<'t>]) {
        if call.kind() != "new_expression" {
            return;
        }
        if let Some(options) = args.first().and_then(|a| self.object(*a))
            && object_property(options, self.src, "jwtFromRequest").is_some()
        {
            self.algorithms(call, options, "passport-jwt strategy");
        }
    }

    /// `res.cookie(name, value, { secure: true, httpOnly: true })` and the like.
    fn cookie_options(&mut self, call: Node<'t>, args: &[Node<'t>]) {
        if args.len() < 3 {
            return;
        }
        if let Some(options) = args.last().and_then(|a| self.object(*a)) {
            // `res.cookie()`, `reply.setCookie()`, `cookies().set()`
            let api = callee(call).map_or_else(|| "cookie".into(), |c| short_text(c, self.src, 40));
            self.cookie_flags(call, options, &format!("{api}()"), false);
        }
    }

    /// Secure cookies need `secure` on and `httpOnly` on (or left at a true default);
    /// `sameSite` strict or lax is also a partial CSRF defence, reported as such.
    fn cookie_flags(
        &mut self,
        call: Node<'_>,
        cookie: Node<'_>,
        api: &str,
        http_only_default: bool,
    ) {
        let src = self.src;
        let flag = |key: &str| object_property(cookie, src, key).map(|v| unwrap(v));
        let secure = flag("secure");
        let secure_text = secure.map(|s| text(s, src).to_string());
        let secure_on = match secure {
            None => false,
            Some(s) => match s.kind() {
                "true" => true,
                "false" | "null" | "undefined" => false,
                // `secure: process.env.NODE_ENV === 'production'`, `secure: 'auto'`
                _ => true,
            },
        };
        let http_only = match flag("httpOnly") {
            None => http_only_default,
            Some(h) => h.kind() != "false",
        };
        let same_site = flag("sameSite").and_then(|s| {
            if s.kind() == "true" {
                Some("strict".to_string())
            } else {
                string_value(s, src).map(|v| v.to_ascii_lowercase())
            }
        });
        if let Some(same_site) = same_site.as_deref()
            && matches!(same_site, "strict" | "lax")
        {
            self.sink.add_partial(
                CsrfProtection,
                call,
                format!("{api} sets SameSite={same_site} (no CSRF token)"),
            );
        }
        if !secure_on || !http_only {
            return;
        }
        let mut parts = vec![match secure_text.as_deref() {
            Some("true") | None => "secure".to_string(),
            Some(other) => format!("secure when {other}"),
        }];
        parts.push("httpOnly".into());
        if let Some(s) = same_site {
            parts.push(format!("sameSite={s}"));
        }
        self.sink
            .add(SecureCookies, call, format!("{api}: {}", parts.join(", ")));
    }

    /// Calls that write an audit record: a callee with a segment named `audit…`
    /// (`auditLog(...)`, `logger.audit(...)`, `prisma.auditLog.create(...)`).
    fn audit(&mut self, call: Node<'_>, args: &[Node<'_>]) {
        if args.is_empty() || call.kind() != "call_expression" {
            return;
        }
        let Some(path) = callee(call).and_then(|c| dotted_path(c, self.src)) else {
            return;
        };
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

    /// `if (!process.env.JWT_SECRET) throw new Error(...)` or `process.exit(1)`.
    fn fail_fast(&mut self, statement: Node<'_>) {
        let src = self.src;
        let (Some(condition), Some(consequence)) =
            (statement.field("condition"), statement.field("consequence"))
        else {
            return;
        };
        let mut missing = Vec::new();
        walk(condition, |n| {
            if n.kind() == "unary_expression"
                && text(n, src).starts_with('!')
                && let Some(operand) = n.field("argument")
            {
                let operand = unwrap(operand);
                if let Some(path) = dotted_path(operand, src)
                    && let Some(name) = path.strip_prefix("process.env.")
                {
                    missing.push(name.to_string());
                } else if operand.kind() == "subscript_expression"
                    && operand
                        .field("object")
                        .and_then(|o| dotted_path(o, src))
                        .as_deref()
                        == Some("process.env")
                {
                    missing.push("a required variable".to_string());
                }
            }
            true
        });
        if missing.is_empty() {
            return;
        }
        let mut stops = false;
        walk(consequence, |n| {
            if n.kind() == "throw_statement"
                || n.kind() == "call_expression"
                    && callee(n).and_then(|c| dotted_path(c, src)).as_deref()
                        == Some("process.exit")
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

fn normalize(module: &str) -> String {
    module.strip_prefix("node:").unwrap_or(module).to_string()
}

/// Keys of a helmet options object set to `false`.
fn switched_off(options: Node<'_>, src: &str) -> Vec<String> {
    named_children(options)
        .into_iter()
        .filter(|p| p.kind() == "pair")
        .filter(|p| {
            p.field("value")
                .is_some_and(|v| unwrap(v).kind() == "false")
        })
        .filter_map(|p| pair_key(p, src).map(str::to_string))
        .collect()
}

fn helmet_detail(api: &str, off: &[String]) -> String {
    if off.is_empty() {
        format!("{api} with its default headers")
    } else {
        format!("{api} with {} switched off", off.join(", "))
    }
}

/// `password, req.headers.authorization` for a pino `redact` list or `{ paths: [...] }`.
fn redacted_paths(redact: Node<'_>, src: &str) -> String {
    let redact = unwrap(redact);
    let list = if redact.kind() == "object" {
        object_property(redact, src, "paths").map(unwrap)
    } else {
        Some(redact)
    };
    match list.filter(|l| l.kind() == "array") {
        Some(list) => named_children(list)
            .into_iter()
            .filter_map(|i| string_value(i, src))
            .collect::<Vec<_>>()
            .join(", "),
        None => "configured paths".into(),
    }
}

fn literal(node: Node<'_>, src: &str) -> String {
    string_value(node, src).unwrap_or_else(|| short_text(node, src, 30))
}
