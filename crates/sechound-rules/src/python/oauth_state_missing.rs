use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::Confidence;
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, text, walk};
use sechound_syntax::python::{enclosing_function, method_name, positional_args, string_value};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// A hand-written OAuth 2.0 / OpenID Connect authorization-code flow without the `state`
    /// parameter:
    /// - a callback that reads the authorization `code` from the request
    ///   (`request.args.get("code")`, `request.GET["code"]`, `request.query_params["code"]`,
    ///   a FastAPI parameter `code: str`) and exchanges it for tokens (a request carrying
    ///   `"grant_type": "authorization_code"`, `fetch_token(...)`, `exchange_code(...)`), and
    ///   never reads `state`;
    /// - an authorization URL built with `client_id`, `redirect_uri` and
    ///   `response_type=code` but no `state`.
    ///
    /// ## Why it matters
    /// Without a `state` bound to the browser session, an attacker can start a login with their
    /// own provider account and feed the callback URL to a victim: the victim is logged in as
    /// (or linked to) the attacker's account (login CSRF).
    ///
    /// ## Not reported
    /// Libraries that keep `state` themselves (Authlib `authorize_access_token`,
    /// `social-auth`, `django-allauth`); functions that mention `state` at all (a comparison is
    /// then assumed); test files.
    ///
    /// ## Example
    /// ```python
    /// @app.get("/auth/callback")
    /// def callback(code: str):                    # reported: state never checked
    ///     token = requests.post(TOKEN_URL, data={"grant_type": "authorization_code", "code": code})
    /// ```
    pub struct PyOauthStateMissing {
        id: "py.oauth-state-missing",
        title: "OAuth flow without a state check",
        severity: Medium,
        confidence: Medium,
        area: Authentication,
        cwe: [352],
        owasp: A07,
        effort: Hours,
        impact: "An attacker can complete the login with their own provider account in the victim's browser (login CSRF): the victim works in, or links their profile to, an account the attacker controls.",
        recommendation: "Generate a random `state` per login (`secrets.token_urlsafe(32)`), keep it in the session, send it in the authorization URL, and in the callback refuse the request unless the returned `state` equals the stored one (compare with `hmac.compare_digest`, then delete it); or let Authlib's `authorize_redirect`/`authorize_access_token` manage it. With OIDC also check a `nonce` and use PKCE.",
        verification: "Start a login, then call the callback with a valid `code` and a missing or different `state`: it must be refused before any token exchange.",
    }
}

/// Calls that exchange an authorization code for tokens.
const EXCHANGES: &[&str] = &[
    "fetch_token",
    "exchange_code",
    "exchange_code_for_token",
    "exchange_code_for_tokens",
    "get_access_token",
    "fetch_access_token",
    "request_access_token",
    "authorization_code_grant",
];

impl CodeRule for PyOauthStateMissing {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Python
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call", "dictionary", "string"]
    }

    fn check<'f>(&self, node: Node<'f>, cx: &mut CheckContext<'f>) {
        if cx.in_test_file() {
            return;
        }
        let src = cx.src();
        if node.kind() == "call" {
            if !is_exchange(node, src) {
                return;
            }
            let Some(function) = enclosing_function(node) else {
                return;
            };
            if reads_code(function, src) && !mentions_state(function, src) {
                cx.report(
                    node,
                    "This callback exchanges the authorization `code` from the request for tokens without reading `state`: nothing ties the callback to a login this browser started.",
                );
            }
            return;
        }
        if !authorization_url(node, src) {
            return;
        }
        let scope = enclosing_function(node).unwrap_or_else(|| {
            let mut root = node;
            while let Some(p) = root.parent() {
                root = p;
            }
            root
        });
        if mentions_state(scope, src) {
            return;
        }
        cx.report(
            node,
            "This authorization URL asks for a `code` without a `state` parameter, so the callback cannot tell a login this browser started from one an attacker planted.",
        )
        .confidence(Confidence::Medium);
    }
}

/// A known exchange call, or an HTTP request whose arguments carry `authorization_code`.
fn is_exchange(call: Node<'_>, src: &str) -> bool {
    let name = method_name(call, src).unwrap_or("");
    if EXCHANGES.contains(&name) {
        return true;
    }
    if !matches!(name, "post" | "request" | "urlopen") {
        return false;
    }
    let Some(args) = call.field("arguments") else {
        return false;
    };
    let mut grant = false;
    walk(args, |m| {
        if m.kind() == "string"
            && string_value(m, src).is_some_and(|v| {
                v == "authorization_code" || v.contains("grant_type=authorization_code")
            })
        {
            grant = true;
        }
        !grant
    });
    grant
}

/// True when the function reads `code` from the request, or takes a `code` parameter.
fn reads_code(function: Node<'_>, src: &str) -> bool {
    if function.field("parameters").is_some_and(|p| {
        named_children(p).iter().any(|param| {
            let name = param
                .field("name")
                .or_else(|| param.named_child(0))
                .map(|n| text(n, src));
            name == Some("code")
        })
    }) {
        return true;
    }
    let mut found = false;
    walk(function, |n| {
        match n.kind() {
            "call" => {
                let receiver = n
                    .field("function")
                    .and_then(|f| f.field("object"))
                    .map(|o| text(o, src))
                    .unwrap_or("");
                if method_name(n, src) == Some("get")
                    && (receiver.ends_with("args")
                        || receiver.ends_with("GET")
                        || receiver.ends_with("query_params")
                        || receiver.ends_with("params"))
                    && positional_args(n)
                        .first()
                        .and_then(|a| string_value(*a, src))
                        .as_deref()
                        == Some("code")
                {
                    found = true;
                }
            }
            "subscript" => {
                let object = n.field("value").map(|o| text(o, src)).unwrap_or("");
                if (object.ends_with("args")
                    || object.ends_with("GET")
                    || object.ends_with("query_params"))
                    && n.field("subscript")
                        .and_then(|k| string_value(k, src))
                        .as_deref()
                        == Some("code")
                {
                    found = true;
                }
            }
            _ => {}
        }
        !found
    });
    found
}

/// True when the code reads or writes anything called `state`.
fn mentions_state(scope: Node<'_>, src: &str) -> bool {
    let mut found = false;
    walk(scope, |n| {
        let t = match n.kind() {
            "identifier" => Some(text(n, src).to_string()),
            "string" => string_value(n, src),
            _ => None,
        };
        if let Some(t) = t {
            let lower = t.to_ascii_lowercase();
            if lower == "state"
                || lower.contains("state=")
                || (lower.contains("oauth") && lower.contains("state"))
            {
                found = true;
            }
        }
        !found
    });
    found
}

/// A dictionary of query parameters with `client_id`, `redirect_uri` and `response_type`
/// `code`, or a string with `response_type=code` and `client_id=`.
fn authorization_url(node: Node<'_>, src: &str) -> bool {
    match node.kind() {
        "dictionary" => {
            let mut keys = Vec::new();
            let mut code = false;
            for pair in named_children(node)
                .into_iter()
                .filter(|c| c.kind() == "pair")
            {
                let Some(key) = pair.field("key").and_then(|k| string_value(k, src)) else {
                    continue;
                };
                if key == "response_type"
                    && pair
                        .field("value")
                        .and_then(|v| string_value(v, src))
                        .is_some_and(|v| v.split(' ').any(|p| p == "code"))
                {
                    code = true;
                }
                keys.push(key);
            }
            code && keys.iter().any(|k| k == "client_id")
                && keys.iter().any(|k| k == "redirect_uri")
        }
        _ => {
            let t = text(node, src);
            t.contains("response_type=code") && t.contains("client_id=")
        }
    }
}
