use crate::js::secret_names::{is_password_name, is_sensitive_value_name};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::js::{
    FUNCTION_KINDS, arguments, callee_path, dotted_path, method_name, receiver, string_value,
    unwrap,
};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, short_text, text};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Credentials written to logs by `console.*` or a logger (`logger`, `this.logger`, pino,
    /// winston, bunyan, `fastify.log`, `req.log`, `logger.child(…)`):
    /// - all request headers (`req.headers`), or `Authorization`, `Cookie`, `X-Api-Key`
    ///   (`req.headers.authorization`, `req.get('authorization')`, NestJS `@Headers()` and
    ///   `@Headers('authorization')` parameters), or `req.cookies` — high;
    /// - the request body of a handler that reads credential fields from it (`req.body.password`,
    ///   `const { password } = req.body`; high confidence, naming the fields), of a handler that
    ///   deals with passwords (`console.log(req.body)` in a login or registration handler) or of
    ///   app-wide middleware (`app.use((req, res, next) => …)`, which sees the login requests
    ///   too) — high;
    /// - the whole request object (`console.log(req)`, `logger.info({ req })`), which prints
    ///   every header — high;
    /// - the whole environment, `process.env` — high;
    /// - values whose name says they are a credential: `password`, `user.password`, `token`,
    ///   `accessToken`, `apiKey`, `clientSecret`, `authorization` — high for passwords and
    ///   authorization values, medium for the rest.
    ///
    /// Variables holding the result of `verify`/`decode` (token claims) are not credentials.
    /// Values are followed through template literals, `+`, object literals (`{ token }`) and
    /// `JSON.stringify`.
    ///
    /// ## Why it matters
    /// Logs are copied to aggregators, kept for months and read by many more people than the
    /// database. A bearer token or session cookie in a log line lets any of them act as the user;
    /// a password there is also valid on the other sites where the user reused it.
    ///
    /// ## Not reported
    /// Test code (`*.spec.*`, `*.test.*`, `__tests__/`, `test/`, `e2e/`). A request object in
    /// a template literal or `+` (it prints as `[object Object]`).
    /// Derived values that do not reveal the secret (`token.length`, `!!password`,
    /// `typeof token`, `token.slice(0, 6)`), names that only describe a credential
    /// (`tokenCount`, `passwordPolicy`, `tokenType`), string literals (`'invalid password'`),
    /// pagination and CSRF tokens.
    ///
    /// ## Example
    /// ```js
    /// console.log('login attempt', req.body);            // reported in a login handler
    /// logger.info({ userId: user.id }, 'login ok');       // fine
    /// ```
    pub struct SensitiveDataLogged {
        id: "js.sensitive-data-logged",
        title: "Credentials are written to logs",
        severity: High,
        confidence: Medium,
        area: Logging,
        cwe: [532],
        owasp: A09,
        effort: Minutes,
        impact: "Anyone who can read the logs (support staff, log vendors, an attacker with log access) obtains passwords, tokens or session cookies and can act as the users.",
        recommendation: "Log identifiers, not credentials: remove the value or log a redacted form, and configure redaction in the logger (pino `redact: ['req.headers.authorization', 'req.headers.cookie', '*.password']`, a winston format that strips these fields).",
        verification: "Exercise the code path (for example a login) and search the emitted log lines for the password, token or Authorization value: none may appear.",
    }
}

const CONSOLE_METHODS: &[&str] = &[
    "log", "info", "warn", "error", "debug", "trace", "dir", "table",
];
const LOGGER_METHODS: &[&str] = &[
    "log", "info", "warn", "warning", "error", "debug", "trace", "fatal", "verbose", "silly",
    "http", "notice", "critical",
];

/// Request headers that carry credentials.
const CREDENTIAL_HEADERS: &[&str] = &[
    "authorization",
    "cookie",
    "x-api-key",
    "x-auth-token",
    "x-access-token",
    "proxy-authorization",
    "set-cookie",
];

/// Why a logged value is sensitive.
struct Leak<'f> {
    node: Node<'f>,
    what: String,
    severity: Severity,
    confidence: Confidence,
}

impl CodeRule for SensitiveDataLogged {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Js
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call_expression"]
    }

    fn check<'f>(&self, call: Node<'f>, cx: &mut CheckContext<'f>) {
        if crate::js::secret_names::is_test_file(cx) {
            return;
        }
        let src = cx.src();
        let Some(logger) = logger_name(call, src) else {
            return;
        };
        let mut leaks = Vec::new();
        for arg in arguments(call) {
            collect_leaks(arg, cx, 0, &mut leaks);
        }
        let Some(worst) = leaks.iter().max_by_key(|l| (l.severity, l.confidence)) else {
            return;
        };
        let mut what: Vec<&str> = Vec::new();
        for leak in &leaks {
            if !what.contains(&leak.what.as_str()) {
                what.push(&leak.what);
            }
        }
        let message = format!("`{logger}` writes {} to the log.", what.join(" and "));
        let (severity, confidence) = (worst.severity, worst.confidence);
        let evidence = worst.node;
        let finding = cx.report(call, message);
        finding.severity(severity).confidence(confidence);
        if evidence != call {
            finding.related(evidence);
        }
    }
}

/// The logging function `call` invokes (`console.log`, `this.logger.info`), if it is one.
fn logger_name(call: Node<'_>, src: &str) -> Option<String> {
    let method = method_name(call, src)?;
    let object = unwrap(receiver(call)?);
    if dotted_path(object, src).as_deref() == Some("console") {
        return CONSOLE_METHODS
            .contains(&method)
            .then(|| format!("console.{method}"));
    }
    if !LOGGER_METHODS.contains(&method) {
        return None;
    }
    // `logger.child({ … }).info(…)`
    let mut base = object;
    while base.kind() == "call_expression" && method_name(base, src) == Some("child") {
        base = unwrap(receiver(base)?);
    }
    let path = dotted_path(base, src)?;
    let last = path.rsplit('.').next()?.to_ascii_lowercase();
    let is_logger = last.ends_with("logger")
        || matches!(
            last.as_str(),
            "log" | "winston" | "pino" | "bunyan" | "signale" | "consola"
        );
    is_logger.then(|| format!("{path}.{method}"))
}

fn collect_leaks<'f>(expr: Node<'f>, cx: &CheckContext<'f>, depth: u32, out: &mut Vec<Leak<'f>>) {
    if depth > 8 {
        return;
    }
    let src = cx.src();
    let node = unwrap(expr);
    let next = depth + 1;
    match node.kind() {
        "template_string" => {
            for sub in named_children(node)
                .into_iter()
                .filter(|c| c.kind() == "template_substitution")
            {
                if let Some(inner) = sub.named_child(0) {
                    collect_leaks(inner, cx, next, out);
                }
            }
        }
        "binary_expression" if node.field("operator").is_some_and(|o| text(o, src) == "+") => {
            for side in ["left", "right"] {
                if let Some(n) = node.child_by_field_name(side) {
                    collect_leaks(n, cx, next, out);
                }
            }
        }
        "object" => {
            for child in named_children(node) {
                match child.kind() {
                    "pair" => {
                        if let Some(value) = child.field("value") {
                            collect_leaks(value, cx, next, out);
                        }
                    }
                    "shorthand_property_identifier" => identifier_leak(child, cx, next, out),
                    "spread_element" => {
                        if let Some(inner) = child.named_child(0) {
                            collect_leaks(inner, cx, next, out);
                        }
                    }
                    _ => {}
                }
            }
        }
        "array" => {
            for element in named_children(node) {
                collect_leaks(element, cx, next, out);
            }
        }
        "ternary_expression" => {
            for branch in ["consequence", "alternative"] {
                if let Some(n) = node.child_by_field_name(branch) {
                    collect_leaks(n, cx, next, out);
                }
            }
        }
        "call_expression" => {
            if let Some(header) = header_read(node, cx) {
                out.push(Leak {
                    node,
                    what: format!("the `{header}` request header"),
                    severity: Severity::High,
                    confidence: Confidence::High,
                });
                return;
            }
            let path = callee_path(node, src).unwrap_or_default();
            if matches!(
                path.as_str(),
                "JSON.stringify" | "util.inspect" | "inspect" | "String"
            ) {
                for arg in arguments(node) {
                    collect_leaks(arg, cx, next, out);
                }
            }
        }
        "member_expression" if dotted_path(node, src).as_deref() == Some("process.env") => {
            out.push(Leak {
                node,
                what: "the whole environment (`process.env`, every secret the service holds)"
                    .to_string(),
                severity: Severity::High,
                confidence: Confidence::High,
            });
        }
        "member_expression" | "subscript_expression" => member_leak(node, cx, out),
        // `console.log(req)`: the whole request object, printed with its headers (a template
        // literal or `+` only shows `[object Object]`).
        "identifier"
            if cx.js_taint().is_request_object(node)
                && node.parent().is_none_or(|p| {
                    !matches!(p.kind(), "template_substitution" | "binary_expression")
                }) =>
        {
            out.push(Leak {
                node,
                what: format!(
                    "the whole request object (`{}`: every header, `Authorization` and `Cookie` included, and the body)",
                    text(node, src)
                ),
                severity: Severity::High,
                confidence: Confidence::High,
            });
        }
        "identifier" => identifier_leak(node, cx, next, out),
        _ => {}
    }
}

/// `req.get('authorization')`, `req.header('cookie')`, `request.headers.get('authorization')`.
fn header_read<'f>(call: Node<'f>, cx: &CheckContext<'f>) -> Option<String> {
    let src = cx.src();
    let method = method_name(call, src)?;
    if !matches!(method, "get" | "header") {
        return None;
    }
    let object = receiver(call)?;
    let on_request = cx.js_taint().is_request_object(object)
        || (unwrap(object).kind() == "member_expression"
            && unwrap(object)
                .field("property")
                .is_some_and(|p| text(p, src) == "headers")
            && unwrap(object)
                .field("object")
                .is_some_and(|o| cx.js_taint().is_request_object(o)));
    if !on_request {
        return None;
    }
    let name = string_value(*arguments(call).first()?, src)?.to_ascii_lowercase();
    CREDENTIAL_HEADERS.contains(&name.as_str()).then_some(name)
}

fn member_leak<'f>(node: Node<'f>, cx: &CheckContext<'f>, out: &mut Vec<Leak<'f>>) {
    let src = cx.src();
    let Some(object) = node.field("object") else {
        return;
    };
    let property = match node.kind() {
        "member_expression" => node.field("property").map(|p| text(p, src).to_string()),
        _ => node.field("index").and_then(|i| string_value(i, src)),
    };
    let Some(property) = property else { return };
    let taint = cx.js_taint();
    if taint.is_request_object(object) {
        let (what, severity, confidence) = match property.as_str() {
            "headers" => (
                "all request headers (including `Authorization` and `Cookie`)".to_string(),
                Severity::High,
                Confidence::High,
            ),
            "cookies" | "signedCookies" => (
                format!("the request cookies (`{}`)", short_text(node, src, 30)),
                Severity::High,
                Confidence::High,
            ),
            "body" if !body_credentials(node, cx).is_empty() => (
                format!(
                    "the request body (carrying {})",
                    body_credentials(node, cx)
                        .iter()
                        .map(|f| format!("`{f}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                Severity::High,
                Confidence::High,
            ),
            "body" if handles_passwords(node, src) => (
                "the request body of a handler that receives a password".to_string(),
                Severity::High,
                Confidence::Medium,
            ),
            "body" if in_app_wide_middleware(node, src) => (
                "the body of every request (login passwords included) from app-wide middleware"
                    .to_string(),
                Severity::High,
                Confidence::Medium,
            ),
            _ => return,
        };
        out.push(Leak {
            node,
            what,
            severity,
            confidence,
        });
        return;
    }
    // `req.headers.authorization`, `req.headers['x-api-key']`
    let object = unwrap(object);
    if matches!(object.kind(), "member_expression")
        && object
            .field("property")
            .is_some_and(|p| text(p, src) == "headers")
        && object
            .field("object")
            .is_some_and(|o| taint.is_request_object(o))
    {
        let header = property.to_ascii_lowercase();
        if CREDENTIAL_HEADERS.contains(&header.as_str()) {
            out.push(Leak {
                node,
                what: format!("the `{header}` request header"),
                severity: Severity::High,
                confidence: Confidence::High,
            });
        }
        return;
    }
    if is_sensitive_value_name(&property) && !ambiguous_token(&property, src) {
        out.push(named_leak(node, &property, src));
    }
}

/// A bare `token` is a credential in auth code but a dependency-injection key or a lexer token
/// elsewhere; it counts only in files that deal with bearer tokens or JWTs.
fn ambiguous_token(name: &str, src: &str) -> bool {
    if !name.eq_ignore_ascii_case("token") {
        return false;
    }
    let lower = src.to_ascii_lowercase();
    ![
        "jwt",
        "bearer",
        "authorization",
        "access_token",
        "accesstoken",
        "refresh",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

fn identifier_leak<'f>(node: Node<'f>, cx: &CheckContext<'f>, depth: u32, out: &mut Vec<Leak<'f>>) {
    let src = cx.src();
    let name = text(node, src);
    if is_sensitive_value_name(name) && !ambiguous_token(name, src) {
        // A name bound to a string literal (`const password = '***'`) or a boolean test is not
        // the secret.
        let resolved = if node.kind() == "shorthand_property_identifier" {
            declared_value(node, src).unwrap_or(node)
        } else {
            cx.js_taint().resolve(node)
        };
        if resolved != unwrap(node)
            && matches!(
                resolved.kind(),
                "string"
                    | "template_string"
                    | "true"
                    | "false"
                    | "number"
                    | "binary_expression"
                    | "unary_expression"
            )
        {
            return;
        }
        // `const token = jwt.verify(raw, key)` holds the verified claims, not the credential.
        if resolved.kind() == "call_expression"
            && method_name(resolved, src).is_some_and(|m| {
                let m = m.to_ascii_lowercase();
                m.contains("verify") || m.contains("decode")
            })
        {
            return;
        }
        out.push(named_leak(node, name, src));
        return;
    }
    // NestJS: `@Body() dto: CreateUserDto` logged whole, the DTO class declaring credential
    // fields (here or in the module it is imported from).
    if node.kind() == "identifier"
        && let Some(leak) = body_dto_leak(node, cx)
    {
        out.push(leak);
        return;
    }
    // NestJS: `@Headers() headers` or `@Headers('authorization') auth` logged as is.
    if let Some(trace) = cx.js_taint().trace(node) {
        let source: String = trace
            .source
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if source.starts_with("@headers()") {
            out.push(Leak {
                node,
                what: format!(
                    "all request headers (`{}`, including `Authorization` and `Cookie`)",
                    text(node, src)
                ),
                severity: Severity::High,
                confidence: Confidence::High,
            });
            return;
        }
        if let Some(header) = CREDENTIAL_HEADERS.iter().find(|h| {
            source.starts_with(&format!("@headers('{h}')"))
                || source.starts_with(&format!("@headers(\"{h}\")"))
        }) {
            out.push(Leak {
                node,
                what: format!("the `{header}` request header"),
                severity: Severity::High,
                confidence: Confidence::High,
            });
            return;
        }
    }
    if node.kind() == "identifier" {
        let resolved = if node.kind() == "shorthand_property_identifier" {
            declared_value(node, src).unwrap_or(node)
        } else {
            cx.js_taint().resolve(node)
        };
        if resolved != unwrap(node)
            && matches!(
                resolved.kind(),
                "member_expression" | "subscript_expression" | "call_expression"
            )
        {
            let before = out.len();
            collect_leaks(resolved, cx, depth + 1, out);
            for leak in &mut out[before..] {
                leak.node = node;
            }
        }
    }
}

/// The value of the last `const|let|var <name> = …` before `node` in the functions around it
/// (the taint resolver follows identifiers only, not `{ name }` shorthands).
fn declared_value<'f>(node: Node<'f>, src: &str) -> Option<Node<'f>> {
    let name = text(node, src);
    let scope = sechound_syntax::node::ancestor(node, FUNCTION_KINDS)?;
    let mut value = None;
    sechound_syntax::node::walk(scope, |n| {
        if n.start_byte() > node.start_byte() {
            return false;
        }
        if n.kind() == "variable_declarator"
            && n.field("name").is_some_and(|id| text(id, src) == name)
        {
            value = n.field("value").map(unwrap);
        }
        true
    });
    value
}

fn named_leak<'f>(node: Node<'f>, name: &str, src: &str) -> Leak<'f> {
    let lower = name.to_ascii_lowercase();
    let high =
        is_password_name(name) || lower.contains("authorization") || lower.ends_with("cookie");
    Leak {
        node,
        what: format!("`{}`", short_text(node, src, 40)),
        severity: if high {
            Severity::High
        } else {
            Severity::Medium
        },
        confidence: Confidence::Medium,
    }
}

/// True when `node` is inside middleware mounted for all routes: `app.use((req, res, next) => …)`.
fn in_app_wide_middleware(node: Node<'_>, src: &str) -> bool {
    let Some(function) = sechound_syntax::node::ancestor(node, FUNCTION_KINDS) else {
        return false;
    };
    let Some(args) = function.parent().filter(|a| a.kind() == "arguments") else {
        return false;
    };
    let Some(call) = args.parent() else {
        return false;
    };
    let mounted_everywhere = method_name(call, src) == Some("use")
        && arguments(call).first().is_some_and(|first| {
            first.id() == function.id()
                || string_value(*first, src).is_some_and(|path| path == "/" || path == "*")
        });
    let takes_next = function
        .field("parameters")
        .is_some_and(|p| named_children(p).len() == 3);
    mounted_everywhere && takes_next
}

/// True when the handler around `node` is about passwords: its route or name mentions login,
/// sign-in, registration or passwords, or it reads a password field.
fn handles_passwords(node: Node<'_>, src: &str) -> bool {
    let Some(function) = sechound_syntax::node::ancestor(node, FUNCTION_KINDS) else {
        return false;
    };
    let mut hint = text(function, src).to_ascii_lowercase();
    if let Some(args) = function.parent()
        && args.kind() == "arguments"
        && let Some(route) = named_children(args).first()
    {
        hint.push_str(&text(*route, src).to_ascii_lowercase());
    }
    let mut sibling = function.prev_named_sibling();
    while let Some(s) = sibling.filter(|s| s.kind() == "decorator") {
        hint.push_str(&text(s, src).to_ascii_lowercase());
        sibling = s.prev_named_sibling();
    }
    [
        "password", "passwd", "login", "signin", "sign-in", "signup", "sign-up", "register",
    ]
    .iter()
    .any(|w| hint.contains(w))
}

/// Credential fields the handler around `body` reads from the request body:
/// `req.body.password`, `const { password, token } = req.body`.
fn body_credentials<'f>(body: Node<'f>, cx: &CheckContext<'f>) -> Vec<String> {
    let src = cx.src();
    let Some(function) = sechound_syntax::node::ancestor(body, FUNCTION_KINDS) else {
        return Vec::new();
    };
    let taint = cx.js_taint();
    let is_body = |n: Node<'f>| {
        let n = unwrap(n);
        n.kind() == "member_expression"
            && n.field("property").is_some_and(|p| text(p, src) == "body")
            && n.field("object")
                .is_some_and(|o| taint.is_request_object(o))
    };
    let mut fields: Vec<String> = Vec::new();
    let mut add = |name: String| {
        if is_sensitive_value_name(&name) && !fields.contains(&name) {
            fields.push(name);
        }
    };
    sechound_syntax::node::walk(function, |n| {
        match n.kind() {
            "member_expression" if n.field("object").is_some_and(is_body) => {
                if let Some(p) = n.field("property") {
                    add(text(p, src).to_string());
                }
            }
            "variable_declarator"
                if n.field("value").is_some_and(is_body)
                    && n.field("name")
                        .is_some_and(|p| p.kind() == "object_pattern") =>
            {
                if let Some(pattern) = n.field("name") {
                    for p in named_children(pattern) {
                        let key = match p.kind() {
                            "shorthand_property_identifier_pattern" => Some(text(p, src)),
                            "pair_pattern" => p.field("key").map(|k| text(k, src)),
                            "object_assignment_pattern" => p.field("left").map(|k| text(k, src)),
                            _ => None,
                        };
                        if let Some(key) = key {
                            add(key.trim_matches(|c| c == '\'' || c == '"').to_string());
                        }
                    }
                }
            }
            _ => {}
        }
        true
    });
    fields
}

/// `dto` logged whole where it is a handler's `@Body() dto: CreateUserDto` parameter and the
/// DTO class declares credential fields: the leak names the class and the fields.
fn body_dto_leak<'f>(node: Node<'f>, cx: &CheckContext<'f>) -> Option<Leak<'f>> {
    let src = cx.src();
    // A property read (`dto.email`) is judged by its own name elsewhere.
    if node
        .parent()
        .is_some_and(|p| p.kind() == "member_expression" && p.field("object") == Some(node))
    {
        return None;
    }
    let bindings = cx.js_taint().bindings(node);
    let [sechound_syntax::BoundValue::Param(param)] = bindings.as_slice() else {
        return None;
    };
    let body_decorated = named_children(*param).into_iter().any(|c| {
        c.kind() == "decorator" && {
            let t = text(c, src);
            t.starts_with("@Body(") || t == "@Body"
        }
    });
    if !body_decorated {
        return None;
    }
    let annotation = param.field("type")?;
    let class = named_children(annotation)
        .into_iter()
        .find_map(|t| (t.kind() == "type_identifier").then(|| text(t, src)))?;
    let fields = dto_fields(class, cx);
    let sensitive: Vec<&String> = fields
        .iter()
        .filter(|f| is_sensitive_value_name(f))
        .collect();
    if sensitive.is_empty() {
        return None;
    }
    let password = sensitive.iter().any(|f| is_password_name(f));
    Some(Leak {
        node,
        what: format!(
            "the request body `{}` (`{class}`, with {})",
            text(node, src),
            sensitive
                .iter()
                .map(|f| format!("`{f}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        severity: if password {
            Severity::High
        } else {
            Severity::Medium
        },
        confidence: Confidence::High,
    })
}

/// Field names of the class `name`: declared in this file or in the repository module it is
/// imported from; fields of a base class (`extends`) declared in the same file as the class
/// count too. Remembered per file.
fn dto_fields(name: &str, cx: &CheckContext<'_>) -> Vec<String> {
    let known = cx.derived(|| std::cell::RefCell::new(DtoFields::default()));
    if let Some(fields) = known.borrow().0.get(name) {
        return fields.clone();
    }
    let fields = read_dto_fields(name, cx);
    known
        .borrow_mut()
        .0
        .insert(name.to_string(), fields.clone());
    fields
}

/// Fields of DTO classes read for this file, by class name.
#[derive(Default)]
struct DtoFields(std::collections::HashMap<String, Vec<String>>);

fn read_dto_fields(name: &str, cx: &CheckContext<'_>) -> Vec<String> {
    let mut fields = Vec::new();
    let root = cx.file.tree.root_node();
    if find_js_class(root, name, cx.src()).is_some() {
        collect_class_fields(root, name, cx.src(), 0, &mut fields);
        return fields;
    }
    let Some(import) = cx.module().import_of(name) else {
        return fields;
    };
    let imported = match &import.name {
        sechound_syntax::modules::ImportedName::Named(n) => n.clone(),
        sechound_syntax::modules::ImportedName::Default => name.to_string(),
        sechound_syntax::modules::ImportedName::Namespace => return fields,
    };
    let Some(path) =
        crate::module_files::js_module_path(&import.module, &cx.file.path, cx.repo.paths())
    else {
        return fields;
    };
    let Some(text_of) = cx.repo.read(&path) else {
        return fields;
    };
    let language = if path.ends_with(".ts") || path.ends_with(".mts") || path.ends_with(".cts") {
        sechound_syntax::Language::TypeScript
    } else if path.ends_with(".tsx") {
        sechound_syntax::Language::Tsx
    } else {
        sechound_syntax::Language::JavaScript
    };
    let Some(other) = sechound_syntax::parse(path, language, text_of) else {
        return fields;
    };
    collect_class_fields(
        other.tree.root_node(),
        &imported,
        other.source.text(),
        0,
        &mut fields,
    );
    fields
}

/// The class declared at the top level of a module (exported or not) under `name`.
fn find_js_class<'t>(root: Node<'t>, name: &str, src: &str) -> Option<Node<'t>> {
    named_children(root).into_iter().find_map(|c| {
        let c = if c.kind() == "export_statement" {
            c.field("declaration")?
        } else {
            c
        };
        (matches!(c.kind(), "class_declaration" | "abstract_class_declaration")
            && c.field("name").is_some_and(|n| text(n, src) == name))
        .then_some(c)
    })
}

fn collect_class_fields(root: Node<'_>, name: &str, src: &str, depth: u32, out: &mut Vec<String>) {
    if depth > 4 {
        return;
    }
    let Some(class) = find_js_class(root, name, src) else {
        return;
    };
    if let Some(body) = class.field("body") {
        for member in named_children(body) {
            if !matches!(
                member.kind(),
                "public_field_definition" | "field_definition"
            ) {
                continue;
            }
            let Some(property) = member.field("name").or_else(|| member.field("property")) else {
                continue;
            };
            let field = text(property, src)
                .trim_matches(|c| c == '\'' || c == '"')
                .to_string();
            if !out.contains(&field) {
                out.push(field);
            }
        }
    }
    // `class RegisterDto extends CredentialsDto`
    for child in named_children(class) {
        if child.kind() != "class_heritage" {
            continue;
        }
        sechound_syntax::node::walk(child, |n| {
            if n.kind() == "extends_clause" {
                if let Some(value) = n.field("value").filter(|v| v.kind() == "identifier") {
                    collect_class_fields(root, text(value, src), src, depth + 1, out);
                }
                return false;
            }
            // JavaScript: `class_heritage` holds the expression directly.
            if n.kind() == "identifier" && n.parent().is_some_and(|p| p.kind() == "class_heritage")
            {
                collect_class_fields(root, text(n, src), src, depth + 1, out);
            }
            true
        });
    }
}
