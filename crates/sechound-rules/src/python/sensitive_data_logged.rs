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
    ///   `request.get_json()`) inside a login, sign-up, password or token handler (medium).
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
    /// authorization (a lexer's token).
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
            name_hit(node, attribute, src)
        }
        "identifier" => {
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
            match (path.as_str(), method) {
                (
                    "dict" | "str" | "repr" | "list" | "json.dumps" | "pformat" | "pprint.pformat",
                    _,
                ) => positional_args(node)
                    .into_iter()
                    .find_map(|a| sensitive(a, cx, next)),
                (_, "items" | "values" | "copy" | "to_dict") => {
                    sensitive(receiver(node)?, cx, next)
                }
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
