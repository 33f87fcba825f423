use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, short_text, text, walk};
use sechound_syntax::python::{
    callee_path, dotted_path, method_name, positional_args, receiver, string_value, unwrap,
};
use sechound_syntax::{Family, Node};

use super::secret_names::{SecretKind, report_masked, secret_kind, words};

declare_rule! {
    /// ## What it finds
    /// Log and print calls (`logger.info/debug/warning/error/exception/critical/log`,
    /// `logging.*`, `app.logger.*`, `print`) given credentials:
    /// - the request's headers as a whole (`request.headers`, `dict(request.headers)`,
    ///   `request.headers.items()`, Django `request.META`) or its cookies;
    /// - a credential header: `request.headers.get("authorization")`, `["Cookie"]`,
    ///   `X-Api-Key`, token headers;
    /// - a variable, attribute or key named as a password, secret, token or API key
    ///   (`password`, `user.password`, `data["password"]`, `access_token`, `api_key`);
    /// - the whole request body (`request.json`, `await request.json()`, `request.form`,
    ///   `request.get_json()`) in a handler that reads credential fields from it
    ///   (`data["password"]`, `body.get("token")`; high, naming the fields), or inside a login,
    ///   sign-up, password or token handler (medium);
    /// - a route handler's body parameter whose model has credential fields
    ///   (`logger.info(user_in)`, `print(user_in.model_dump())` with `user_in: UserCreate` and
    ///   `password: str` in `UserCreate` or a base class of it), the model read from the same
    ///   file or from the module it is imported from — high for passwords and secrets, medium
    ///   for tokens, naming the fields;
    /// - the whole request: `request.__dict__`, `vars(request)`, `request.scope` (ASGI),
    ///   `request.environ` (WSGI), which hold every header and cookie.
    ///
    /// Arguments are followed into f-strings, `%` and `+` formatting, `.format(...)`,
    /// `str()`/`repr()`/`dict()`/`json.dumps()`, tuples and dicts, and `extra={...}`.
    /// Severity is high for whole headers, cookies, authorization headers, passwords and
    /// secrets; medium for tokens and API keys found by name.
    ///
    /// ## Why it matters
    /// Logs are copied to files, aggregators and support tickets and read by many more people
    /// than the database. A bearer token or session cookie in a log line is a working login
    /// for whoever reads it; a password there is a reusable credential.
    ///
    /// ## Not reported
    /// Names whose last word is not a credential (`token_count`, `password_policy`,
    /// `token_type`), literal text mentioning "password", derived values (`len(token)`,
    /// `token[:6]`, `mask(token)`, `hash(password)`), attributes of a credential object
    /// (`token.expires_at`), non-credential headers (`request.headers.get("user-agent")`),
    /// flags and cursors (`is_secret`, `next_page_token`), loop variables (`for token in
    /// tokens`), and a bare `token` in a file that never mentions login, JWT, OAuth, bearer or
    /// authorization (a lexer's token). `f"{request}"` and `str(request)`: Starlette, Flask and
    /// Django print a request as its method and URL, not its headers or body. A body model
    /// without credential fields.
    ///
    /// ## Example
    /// ```python
    /// logger.info("headers: %s", dict(request.headers))    # reported, high
    /// logger.info("auth failed for %s", user.email)         # fine
    /// ```
    pub struct SensitiveDataLogged {
        id: "py.sensitive-data-logged",
        title: "Credentials written to logs",
        severity: High,
        confidence: High,
        area: Logging,
        cwe: [532],
        owasp: A09,
        effort: Minutes,
        impact: "Anyone who can read the logs (or a log pipeline that leaks) obtains working tokens, session cookies or passwords.",
        recommendation: "Log only what identifies the event (user id, request id, header names) and redact credentials before logging, e.g. `{k: ('[REDACTED]' if k.lower() in {'authorization', 'cookie'} else v) for k, v in request.headers.items()}`; never log passwords or raw tokens.",
        verification: "Send a request with `Authorization: Bearer canary-123` (or log in with a canary password), then search the logs for `canary-123`: it must not appear.",
    }
}

const LOG_METHODS: &[&str] = &[
    "debug",
    "info",
    "warning",
    "warn",
    "error",
    "exception",
    "critical",
    "fatal",
    "log",
    "msg",
];

impl CodeRule for SensitiveDataLogged {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Python
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call"]
    }

    fn check<'f>(&self, call: Node<'f>, cx: &mut CheckContext<'f>) {
        let src = cx.src();
        let Some(path) = callee_path(call, src) else {
            return;
        };
        let is_log = if path == "print" {
            true
        } else {
            let method = method_name(call, src).unwrap_or("");
            LOG_METHODS.contains(&method)
                && receiver(call)
                    .and_then(|r| dotted_path(r, src))
                    .is_some_and(|r| {
                        let last = r.rsplit('.').next().unwrap_or(&r).to_ascii_lowercase();
                        last.contains("log")
                            && !last.contains("catalog")
                            && !last.contains("dialog")
                    })
        };
        if !is_log {
            return;
        }
        let mut arguments: Vec<Node<'f>> = positional_args(call);
        for (_, value) in sechound_syntax::python::keyword_args(call, src) {
            arguments.push(value);
        }
        let mut found: Option<(Node<'f>, Hit<'f>)> = None;
        for argument in arguments {
            if let Some(hit) = sensitive(argument, cx, 0) {
                let stronger = found
                    .as_ref()
                    .is_none_or(|(_, f)| f.severity < hit.severity);
                if stronger {
                    found = Some((argument, hit));
                }
            }
        }
        let Some((argument, hit)) = found else {
            return;
        };
        let message = if path == "print" {
            format!("`print` writes {} to standard output.", hit.what)
        } else {
            format!("`{path}` writes {} to the log.", hit.what)
        };
        // The argument, not the whole call: in a call spread over lines the quoted evidence
        // then shows the value that leaks.
        let finding = report_masked(cx, argument, message);
        finding
            .severity(hit.severity)
            .confidence(hit.confidence)
            .related(hit.node);
    }
}

struct Hit<'f> {
    node: Node<'f>,
    what: String,
    severity: Severity,
    confidence: Confidence,
}

/// Header names that carry credentials.
fn credential_header(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [
        "authorization",
        "cookie",
        "token",
        "api-key",
        "apikey",
        "api_key",
        "secret",
        "password",
    ]
    .iter()
    .any(|k| lower.contains(k))
}

const WHOLE_HEADERS: &[&str] = &["headers", "META", "cookies", "COOKIES"];

/// `request.headers`, `request.META`, `request.cookies`, `self.request.headers`.
fn whole_headers<'f>(node: Node<'f>, cx: &CheckContext<'f>) -> Option<&'static str> {
    let node = unwrap(node);
    if node.kind() != "attribute" {
        return None;
    }
    let attribute = text(node.field("attribute")?, cx.src());
    let object = node.field("object")?;
    if !cx.py_taint().is_request_object(object) {
        return None;
    }
    WHOLE_HEADERS.iter().find(|w| **w == attribute).copied()
}

fn name_hit<'f>(node: Node<'f>, name: &str, src: &str) -> Option<Hit<'f>> {
    if name == "token" && !auth_context(src) {
        return None;
    }
    let lower_words = words(name);
    let last = lower_words.last()?.as_str();
    // `UPDATE_USER_PASSWORD`, `RESET_PASSWORD_URL`: a module constant naming an endpoint or an
    // action, not a credential.
    let constant = name
        .chars()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
    const ACTIONS: &[&str] = &[
        "update", "reset", "change", "create", "delete", "get", "set", "list", "forgot", "verify",
    ];
    if constant
        && lower_words
            .first()
            .is_some_and(|w| ACTIONS.contains(&w.as_str()))
    {
        return None;
    }
    let auth_header = last == "header"
        && lower_words
            .iter()
            .any(|w| w == "auth" || w == "authorization");
    let (what, severity) = if (auth_header
        || matches!(last, "authorization" | "cookie" | "cookies" | "credentials"))
        && !lower_words.iter().any(|w| w == "name" || w == "names")
    {
        ("credentials", Severity::High)
    } else {
        match secret_kind(name)? {
            SecretKind::Password => ("a password", Severity::High),
            SecretKind::SigningKey => ("a secret", Severity::High),
            SecretKind::Token => ("a token or API key", Severity::Medium),
        }
    };
    Some(Hit {
        node,
        what: format!("{what} (`{}`)", short_text(node, src, 50)),
        severity,
        confidence: Confidence::Medium,
    })
}

fn sensitive<'f>(node: Node<'f>, cx: &CheckContext<'f>, depth: u32) -> Option<Hit<'f>> {
    if depth > 8 {
        return None;
    }
    let src = cx.src();
    let node = unwrap(node);
    let next = depth + 1;
    match node.kind() {
        "attribute" => {
            if let Some(which) = whole_headers(node, cx) {
                let shown = short_text(node, src, 50);
                let what = if which.eq_ignore_ascii_case("cookies") {
                    format!("the request's cookies (`{shown}`)")
                } else {
                    format!("every request header (`{shown}`, Authorization and Cookie included)")
                };
                return Some(Hit {
                    node,
                    what,
                    severity: Severity::High,
                    confidence: Confidence::High,
                });
            }
            if let Some(hit) = login_body(node, cx) {
                return Some(hit);
            }
            let attribute = text(node.field("attribute")?, src);
            if matches!(attribute, "__dict__" | "scope" | "environ")
                && cx.py_taint().is_request_object(node.field("object")?)
            {
                return Some(whole_request(node, src));
            }
            name_hit(node, attribute, src)
        }
        "identifier" => {
            if let Some(hit) = schema_body(node, cx) {
                return Some(hit);
            }
            let resolved = cx.py_taint().resolve(node);
            if resolved != node
                && let Some(mut hit) = sensitive(resolved, cx, next)
            {
                hit.what = format!("{}, held in `{}`,", hit.what, text(node, src));
                return Some(hit);
            }
            let name = text(node, src);
            if loop_variable(node, name, src) {
                return None;
            }
            name_hit(node, name, src)
        }
        "subscript" => {
            let value = node.field("value")?;
            let key = node.field("subscript")?;
            let key_name = string_value(key, src)?;
            if whole_headers(value, cx).is_some() || is_headers_variable(value, cx) {
                return credential_header(&key_name).then(|| header_hit(node, &key_name, src));
            }
            name_hit(node, &key_name, src)
        }
        "call" => {
            if let Some(hit) = login_body(node, cx) {
                return Some(hit);
            }
            let path = callee_path(node, src).unwrap_or_default();
            let method = method_name(node, src).unwrap_or("");
            if path == "vars"
                && positional_args(node)
                    .first()
                    .is_some_and(|a| cx.py_taint().is_request_object(*a))
            {
                return Some(whole_request(node, src));
            }
            match (path.as_str(), method) {
                (
                    "dict" | "str" | "repr" | "list" | "json.dumps" | "pformat" | "pprint.pformat",
                    _,
                ) => positional_args(node)
                    .into_iter()
                    .find_map(|a| sensitive(a, cx, next)),
                (
                    _,
                    "items" | "values" | "copy" | "to_dict" | "dict" | "model_dump" | "json"
                    | "model_dump_json",
                ) => sensitive(receiver(node)?, cx, next),
                (_, "get" | "getlist") => {
                    let object = receiver(node)?;
                    let key_name = string_value(*positional_args(node).first()?, src)?;
                    if whole_headers(object, cx).is_some() || is_headers_variable(object, cx) {
                        return credential_header(&key_name)
                            .then(|| header_hit(node, &key_name, src));
                    }
                    name_hit(node, &key_name, src)
                }
                (_, "format") => named_children(node.field("arguments")?)
                    .into_iter()
                    .filter_map(|a| {
                        if a.kind() == "keyword_argument" {
                            a.field("value")
                        } else {
                            Some(a)
                        }
                    })
                    .find_map(|a| sensitive(a, cx, next)),
                _ => None,
            }
        }
        "string" => named_children(node)
            .into_iter()
            .filter(|c| c.kind() == "interpolation")
            .filter_map(|c| c.field("expression"))
            .find_map(|e| sensitive(e, cx, next)),
        "concatenated_string" | "tuple" | "list" | "expression_list" => named_children(node)
            .into_iter()
            .find_map(|c| sensitive(c, cx, next)),
        "dictionary" => named_children(node)
            .into_iter()
            .filter_map(|pair| match pair.kind() {
                "pair" => pair.field("value"),
                "dictionary_splat" => pair.named_child(0),
                _ => None,
            })
            .find_map(|v| sensitive(v, cx, next)),
        "binary_operator" => {
            let operator = node.field("operator").map(|o| text(o, src));
            if !matches!(operator, Some("%" | "+")) {
                return None;
            }
            sensitive(node.field("left")?, cx, next)
                .or_else(|| sensitive(node.field("right")?, cx, next))
        }
        "conditional_expression" => {
            let parts = named_children(node);
            [parts.first(), parts.get(2)]
                .into_iter()
                .flatten()
                .find_map(|p| sensitive(*p, cx, next))
        }
        _ => None,
    }
}

/// A local variable holding the request's headers: `headers = request.headers`.
fn is_headers_variable<'f>(node: Node<'f>, cx: &CheckContext<'f>) -> bool {
    let node = unwrap(node);
    node.kind() == "identifier" && {
        let resolved = cx.py_taint().resolve(node);
        resolved != node && whole_headers(resolved, cx).is_some()
    }
}

fn header_hit<'f>(node: Node<'f>, header: &str, src: &str) -> Hit<'f> {
    Hit {
        node,
        what: format!(
            "the `{header}` request header (`{}`)",
            short_text(node, src, 50)
        ),
        severity: Severity::High,
        confidence: Confidence::High,
    }
}

/// `for token in tokens:` / `[t for token in ...]`: items of a sequence (lexer tokens, a list of
/// names), not the single credential the name suggests.
fn loop_variable(ident: Node<'_>, name: &str, src: &str) -> bool {
    let scope = sechound_syntax::python::enclosing_function(ident).unwrap_or_else(|| {
        let mut root = ident;
        while let Some(parent) = root.parent() {
            root = parent;
        }
        root
    });
    let mut found = false;
    walk(scope, |n| {
        if matches!(n.kind(), "for_statement" | "for_in_clause")
            && let Some(left) = n.field("left")
        {
            walk(left, |t| {
                found |= t.kind() == "identifier" && text(t, src) == name;
                true
            });
        }
        !found
    });
    found
}

/// A bare `token` is a credential only in code that deals with authentication; elsewhere it is
/// usually a lexer or parser token.
fn auth_context(src: &str) -> bool {
    let lower = src.to_ascii_lowercase();
    [
        "jwt",
        "bearer",
        "oauth",
        "authorization",
        "access_token",
        "login",
        "authenticate",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// Request attributes and methods that hold the whole body.
const BODY_ATTRIBUTES: &[&str] = &["form", "json", "data", "body", "POST", "values"];
const BODY_METHODS: &[&str] = &["get_json", "json", "form", "body", "get_data"];

/// Words of a handler name that mark a body carrying a password or token.
const CREDENTIAL_HANDLERS: &[&str] = &[
    "login",
    "signin",
    "logon",
    "register",
    "signup",
    "password",
    "auth",
    "authenticate",
    "token",
];

/// The whole request body (`request.json`, `await request.form()`, `request.get_json()`) logged
/// inside a login, sign-up, password or token handler, where it holds the credentials.
fn login_body<'f>(node: Node<'f>, cx: &CheckContext<'f>) -> Option<Hit<'f>> {
    let src = cx.src();
    let (object, member) = match node.kind() {
        "attribute" => {
            let member = text(node.field("attribute")?, src);
            (node.field("object")?, BODY_ATTRIBUTES.contains(&member))
        }
        "call" => (
            receiver(node)?,
            method_name(node, src).is_some_and(|m| BODY_METHODS.contains(&m)),
        ),
        _ => return None,
    };
    if !member || !cx.py_taint().is_request_object(object) {
        return None;
    }
    let function = sechound_syntax::python::enclosing_function(node)?;
    let name = text(function.field("name")?, src);
    let fields = body_fields_read(function, cx);
    if !fields.is_empty() {
        return Some(Hit {
            node,
            what: format!(
                "the whole request body of `{name}` (`{}`, carrying {})",
                short_text(node, src, 50),
                field_list(&fields)
            ),
            severity: Severity::High,
            confidence: Confidence::High,
        });
    }
    if !words(name)
        .iter()
        .any(|w| CREDENTIAL_HANDLERS.contains(&w.as_str()))
    {
        return None;
    }
    Some(Hit {
        node,
        what: format!(
            "the whole request body of `{name}` (`{}`), password or token included",
            short_text(node, src, 50)
        ),
        severity: Severity::Medium,
        confidence: Confidence::Medium,
    })
}

/// `request.__dict__`, `vars(request)`, `request.scope`, `request.environ`: the request's
/// attributes, headers and cookies included.
fn whole_request<'f>(node: Node<'f>, src: &str) -> Hit<'f> {
    Hit {
        node,
        what: format!(
            "the whole request (`{}`, every header and cookie included)",
            short_text(node, src, 50)
        ),
        severity: Severity::High,
        confidence: Confidence::High,
    }
}

/// `password`, `password` and `token`, `password`, `api_key` and `token`.
fn field_list(fields: &[String]) -> String {
    let quoted: Vec<String> = fields.iter().map(|f| format!("`{f}`")).collect();
    match quoted.as_slice() {
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        [] => String::new(),
    }
}

/// Keys of the request body that `function` reads and whose names are credentials:
/// `data["password"]`, `body.get("token")` where `data = await request.json()`,
/// `request.form["password"]`.
fn body_fields_read<'f>(function: Node<'f>, cx: &CheckContext<'f>) -> Vec<String> {
    let src = cx.src();
    let is_body = |object: Node<'f>| {
        let object = unwrap(object);
        let resolved = if object.kind() == "identifier" {
            cx.py_taint().resolve(object)
        } else {
            object
        };
        let resolved = unwrap(resolved);
        match resolved.kind() {
            "attribute" => {
                resolved
                    .field("attribute")
                    .is_some_and(|a| BODY_ATTRIBUTES.contains(&text(a, src)))
                    && resolved
                        .field("object")
                        .is_some_and(|o| cx.py_taint().is_request_object(o))
            }
            "call" => {
                method_name(resolved, src).is_some_and(|m| BODY_METHODS.contains(&m))
                    && receiver(resolved).is_some_and(|o| cx.py_taint().is_request_object(o))
            }
            _ => false,
        }
    };
    let mut fields: Vec<String> = Vec::new();
    walk(function, |n| {
        let read = match n.kind() {
            "subscript" => n
                .field("subscript")
                .and_then(|k| string_value(k, src))
                .zip(n.field("value")),
            "call" if method_name(n, src) == Some("get") => positional_args(n)
                .first()
                .and_then(|k| string_value(*k, src))
                .zip(receiver(n)),
            _ => None,
        };
        if let Some((key, object)) = read
            && credential_field(&key)
            && is_body(object)
            && !fields.contains(&key)
        {
            fields.push(key);
        }
        true
    });
    fields
}

/// A body or schema field holding a credential: passwords, secrets, tokens, API keys.
fn credential_field(name: &str) -> bool {
    secret_kind(name).is_some()
}

/// A route handler's parameter whose class (a Pydantic model, a dataclass) has credential
/// fields: FastAPI fills it from the request body, so logging it logs them.
fn schema_body<'f>(node: Node<'f>, cx: &CheckContext<'f>) -> Option<Hit<'f>> {
    let src = cx.src();
    let name = text(node, src);
    let function = sechound_syntax::python::enclosing_function(node)?;
    if !sechound_syntax::python::taint::is_route_handler(function, src) {
        return None;
    }
    let class = named_children(function.field("parameters")?)
        .into_iter()
        .find_map(|p| {
            if !matches!(p.kind(), "typed_parameter" | "typed_default_parameter") {
                return None;
            }
            let param = match p.kind() {
                "typed_parameter" => p.named_child(0)?,
                _ => p.field("name")?,
            };
            (text(param, src) == name).then(|| p.field("type"))?
        })?;
    let class = text(class, src).trim().to_string();
    if !class
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
        || !class.starts_with(|c: char| c.is_ascii_uppercase())
    {
        return None;
    }
    let fields = class_fields(&class, cx);
    let sensitive: Vec<String> = fields.into_iter().filter(|f| credential_field(f)).collect();
    if sensitive.is_empty() {
        return None;
    }
    let password = sensitive.iter().any(|f| {
        matches!(
            secret_kind(f),
            Some(SecretKind::Password | SecretKind::SigningKey)
        )
    });
    Some(Hit {
        node,
        what: format!(
            "the request body `{name}` (`{class}`, with {})",
            field_list(&sensitive)
        ),
        severity: if password {
            Severity::High
        } else {
            Severity::Medium
        },
        confidence: Confidence::High,
    })
}

/// Field names of the class `name`: defined in this file, or imported from a module of the
/// repository; fields of base classes defined in the same file count too.
fn class_fields(name: &str, cx: &CheckContext<'_>) -> Vec<String> {
    let mut root = cx.file.tree.root_node();
    let mut fields = Vec::new();
    if find_class(root, name, cx.src()).is_some() {
        collect_fields(root, name, cx.src(), 0, &mut fields);
        return fields;
    }
    let Some(import) = cx.module().import_of(name) else {
        return fields;
    };
    let imported = match &import.name {
        sechound_syntax::modules::ImportedName::Named(n) => n.clone(),
        _ => return fields,
    };
    let Some(path) =
        crate::module_files::python_module_path(&import.module, &cx.file.path, cx.repo.paths())
    else {
        return fields;
    };
    let Some(text) = cx.repo.read(&path) else {
        return fields;
    };
    let Some(other) = sechound_syntax::parse(path, sechound_syntax::Language::Python, text) else {
        return fields;
    };
    root = other.tree.root_node();
    collect_fields(root, &imported, other.source.text(), 0, &mut fields);
    fields
}

fn find_class<'t>(root: Node<'t>, name: &str, src: &str) -> Option<Node<'t>> {
    named_children(root).into_iter().find_map(|c| {
        let c = if c.kind() == "decorated_definition" {
            c.field("definition")?
        } else {
            c
        };
        (c.kind() == "class_definition" && c.field("name").is_some_and(|n| text(n, src) == name))
            .then_some(c)
    })
}

fn collect_fields(root: Node<'_>, name: &str, src: &str, depth: u32, out: &mut Vec<String>) {
    if depth > 4 {
        return;
    }
    let Some(class) = find_class(root, name, src) else {
        return;
    };
    if let Some(body) = class.field("body") {
        for statement in named_children(body) {
            if statement.kind() != "expression_statement" {
                continue;
            }
            if let Some(assignment) = statement.named_child(0)
                && assignment.kind() == "assignment"
                && let Some(left) = assignment.field("left")
                && left.kind() == "identifier"
            {
                let field = text(left, src).to_string();
                if !out.contains(&field) {
                    out.push(field);
                }
            }
        }
    }
    if let Some(bases) = class.field("superclasses") {
        for base in named_children(bases) {
            if base.kind() == "identifier" {
                collect_fields(root, text(base, src), src, depth + 1, out);
            }
        }
    }
}
