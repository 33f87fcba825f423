use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::Confidence;
use sechound_syntax::js::{enclosing_function, method_name, pair_key, string_value, unwrap};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, text, walk};
use sechound_syntax::{Family, Node};
use std::cell::RefCell;
use std::collections::HashMap;

declare_rule! {
    /// ## What it finds
    /// A hand-written OAuth 2.0 / OpenID Connect authorization-code flow without the `state`
    /// parameter:
    /// - a callback handler that reads the authorization `code` from the request
    ///   (`req.query.code`, `const { code } = req.query`, `searchParams.get('code')`,
    ///   `@Query('code')`) and exchanges it for tokens (a request carrying
    ///   `grant_type: 'authorization_code'`, or `getToken(code)`/`exchangeCodeForToken(code)`),
    ///   and never reads `state`;
    /// - an authorization URL built with `client_id`, `redirect_uri` and `response_type=code`
    ///   but no `state`.
    ///
    /// ## Why it matters
    /// Without a `state` bound to the browser session, an attacker can start a login with their
    /// own provider account and feed the callback URL to a victim: the victim's session is
    /// logged in as (or linked to) the attacker's account (login CSRF), and what the victim
    /// then stores or pays for lands in the attacker's account.
    ///
    /// ## Not reported
    /// Flows run by a library that manages `state` itself (`passport.authenticate`,
    /// `next-auth`, `openid-client` with `checks`); functions that mention `state` at all (a
    /// comparison is then assumed; whether it is sound is not judged); test files.
    ///
    /// ## Example
    /// ```js
    /// app.get('/auth/callback', async (req, res) => {
    ///   const { code } = req.query;                       // reported: state never checked
    ///   const tokens = await oauth.getToken(code);
    /// });
    /// ```
    pub struct OauthStateMissing {
        id: "js.oauth-state-missing",
        title: "OAuth flow without a state check",
        severity: Medium,
        confidence: Medium,
        area: Authentication,
        cwe: [352],
        owasp: A07,
        effort: Hours,
        impact: "An attacker can complete the login with their own provider account in the victim's browser (login CSRF): the victim works in, or links their profile to, an account the attacker controls.",
        recommendation: "Generate a random `state` per login (`crypto.randomBytes(32).toString('hex')`), keep it in the session or an HttpOnly cookie, send it in the authorization URL, and in the callback refuse the request unless `req.query.state` equals the stored value (then delete it); with OIDC also send and check a `nonce`, and use PKCE.",
        verification: "Start a login, then call the callback with a valid `code` and a missing or different `state`: it must be refused before any token exchange.",
    }
}

/// Names of calls that exchange an authorization code for tokens.
const EXCHANGES: &[&str] = &[
    "getToken",
    "getTokens",
    "getAccessToken",
    "exchangeCode",
    "exchangeCodeForToken",
    "exchangeCodeForTokens",
    "exchangeAuthorizationCode",
    "authorizationCodeGrant",
    "requestAccessToken",
    "fetchToken",
];

impl CodeRule for OauthStateMissing {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Js
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call_expression", "object", "string", "template_string"]
    }

    fn check<'f>(&self, node: Node<'f>, cx: &mut CheckContext<'f>) {
        if crate::js::secret_names::is_test_file(cx) {
            return;
        }
        let src = cx.src();
        if node.kind() == "call_expression" {
            if !is_exchange(node, src) {
                return;
            }
            // The handler: the nearest function around the exchange that reads the code.
            let mut function = enclosing_function(node);
            for _ in 0..4 {
                let Some(f) = function else {
                    return;
                };
                if reads_code_cached(cx, f) {
                    if !mentions_state(f, src) {
                        cx.report(
                            node,
                            "This callback exchanges the authorization `code` from the request for tokens without reading `state`: nothing ties the callback to a login this browser started.",
                        );
                    }
                    return;
                }
                function = enclosing_function(f);
            }
            return;
        }
        if !authorization_url(node, src) {
            return;
        }
        let scope = enclosing_function(node).unwrap_or_else(|| root_of(node));
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

fn root_of(node: Node<'_>) -> Node<'_> {
    let mut root = node;
    while let Some(parent) = root.parent() {
        root = parent;
    }
    root
}

/// A call that exchanges an authorization code for tokens: a known method name, or an HTTP
/// request whose arguments carry `grant_type: 'authorization_code'`.
fn is_exchange(call: Node<'_>, src: &str) -> bool {
    let name = method_name(call, src).unwrap_or("");
    if EXCHANGES.contains(&name) {
        // The code goes in: `client.getToken(code)`; a lexer's `scanner.getToken()` takes none.
        return call
            .field("arguments")
            .is_some_and(|a| a.named_child_count() > 0);
    }
    if !matches!(name, "fetch" | "post" | "request" | "axios") {
        return false;
    }
    let Some(args) = call.field("arguments") else {
        return false;
    };
    let mut grant = false;
    walk(args, |m| {
        if string_value(m, src).is_some_and(|v| {
            v == "authorization_code" || v.contains("grant_type=authorization_code")
        }) {
            grant = true;
        }
        !grant
    });
    grant
}

/// [`reads_code`], each function read once per file: exchanges in one long function would
/// otherwise read it again each time.
fn reads_code_cached<'f>(cx: &CheckContext<'f>, function: Node<'f>) -> bool {
    let known = cx.derived(|| ReadsCode(RefCell::new(HashMap::new())));
    if let Some(answer) = known.0.borrow().get(&function.id()) {
        return *answer;
    }
    let answer = reads_code(function, cx.src());
    known.0.borrow_mut().insert(function.id(), answer);
    answer
}

/// Answers of [`reads_code`] by function node.
struct ReadsCode(RefCell<HashMap<usize, bool>>);

/// True when the function reads the authorization `code` from the request: `req.query.code`,
/// `const { code } = req.query`, `searchParams.get('code')`, `@Query('code')`.
fn reads_code(function: Node<'_>, src: &str) -> bool {
    let mut found = false;
    walk(function, |n| {
        match n.kind() {
            "member_expression" => {
                let t = text(n, src);
                if t.ends_with("query.code")
                    || t.ends_with("params.code")
                    || t.ends_with("body.code")
                {
                    found = true;
                }
            }
            "variable_declarator" => {
                if let (Some(name), Some(value)) = (n.field("name"), n.field("value"))
                    && name.kind() == "object_pattern"
                    && named_children(name).iter().any(|p| text(*p, src) == "code")
                {
                    let v = text(unwrap(value), src);
                    if v.ends_with("query") || v.ends_with("searchParams") || v.ends_with("body") {
                        found = true;
                    }
                }
            }
            "call_expression" => {
                let first = n
                    .field("arguments")
                    .and_then(|a| named_children(a).first().copied())
                    .and_then(|a| string_value(a, src));
                if method_name(n, src) == Some("get") && first.as_deref() == Some("code") {
                    found = true;
                }
            }
            "decorator" => {
                let t = text(n, src);
                if t.starts_with("@Query(") && (t.contains("'code'") || t.contains("\"code\"")) {
                    found = true;
                }
            }
            _ => {}
        }
        !found
    });
    found
}

/// True when the code reads or writes anything called `state` (a query parameter, a session
/// key, a cookie, a property), or sends `state=` in a URL.
fn mentions_state(scope: Node<'_>, src: &str) -> bool {
    let mut found = false;
    walk(scope, |n| {
        let t = match n.kind() {
            "identifier"
            | "property_identifier"
            | "shorthand_property_identifier"
            | "shorthand_property_identifier_pattern" => Some(text(n, src).to_string()),
            "string" | "template_string" | "string_fragment" => Some(text(n, src).to_string()),
            _ => None,
        };
        if let Some(t) = t {
            let lower = t.to_ascii_lowercase();
            if lower == "state"
                || lower.contains("'state'")
                || lower.contains("\"state\"")
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

/// An authorization URL that asks for a code: an object of query parameters with
/// `client_id`, `redirect_uri` and `response_type: 'code'`, or a string or template with
/// `response_type=code` and `client_id=`.
fn authorization_url(node: Node<'_>, src: &str) -> bool {
    match node.kind() {
        "object" => {
            let keys: Vec<&str> = named_children(node)
                .iter()
                .filter_map(|c| match c.kind() {
                    "pair" => pair_key(*c, src),
                    "shorthand_property_identifier" => Some(text(*c, src)),
                    _ => None,
                })
                .collect();
            let code = named_children(node).iter().any(|c| {
                c.kind() == "pair"
                    && pair_key(*c, src) == Some("response_type")
                    && c.field("value")
                        .and_then(|v| string_value(v, src))
                        .is_some_and(|v| v.split(' ').any(|p| p == "code"))
            });
            code && keys.contains(&"client_id") && keys.contains(&"redirect_uri")
        }
        _ => {
            if node
                .parent()
                .is_some_and(|p| matches!(p.kind(), "template_string" | "binary_expression"))
            {
                return false;
            }
            let t = text(node, src);
            t.contains("response_type=code") && t.contains("client_id=")
        }
    }
}
