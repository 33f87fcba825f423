use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::js::{
    FUNCTION_KINDS, arguments, dotted_path, method_name, receiver, string_value, unwrap,
};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{ancestor, named_children, short_text, text, walk};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// A WebSocket connection that takes the caller's identity or role from what the client
    /// sends in the handshake, without verifying a token:
    /// - socket.io: `socket.handshake.query.userId`, `socket.handshake.headers['x-user-id']`,
    ///   `socket.handshake.auth.role`, or `const { userId } = socket.handshake.query`;
    /// - `ws`: `new URL(req.url, …).searchParams.get('userId')` or
    ///   `url.parse(req.url, true).query.userId` in a `connection` handler.
    ///
    /// Identity keys are user, account, member, owner, customer, tenant and organization ids,
    /// user names, e-mails, roles and admin flags. High confidence when nothing in the file
    /// verifies a token; medium when an `io.use` middleware or another function of the file
    /// verifies one but this code still takes the identity from the query instead of from the
    /// verified claims.
    ///
    /// ## Why it matters
    /// The query string, headers and `auth` payload of a handshake are written by the client:
    /// anyone who opens the socket with `?userId=42` (or `role=admin`) receives user 42's events
    /// and acts as them. Browsers do not apply CORS to WebSockets, so any page can do it.
    ///
    /// ## Not reported
    /// Tokens read from the handshake (`socket.handshake.auth.token`) and identity read in a
    /// function that also verifies a token (`jwt.verify`, `verifyIdToken`, `verifyAsync`,
    /// `authenticate`): there the claimed id is checked against, or replaced by, the token's.
    /// Non-identity keys (`room`, `lang`, `EIO`).
    ///
    /// ## Example
    /// ```js
    /// io.on('connection', (socket) => {
    ///   socket.join(`user:${socket.handshake.query.userId}`);   // reported
    /// });
    /// io.use((socket, next) => {
    ///   socket.data.user = jwt.verify(socket.handshake.auth.token, key); // fine
    ///   next();
    /// });
    /// ```
    pub struct WebsocketIdentityFromHandshake {
        id: "js.websocket-identity-from-handshake",
        title: "WebSocket identity taken from the handshake without a verified token",
        severity: High,
        confidence: High,
        area: Authentication,
        cwe: [287, 639],
        owasp: A07,
        effort: Hours,
        impact: "Any client can open the socket claiming another user's id or an admin role, and then receives that user's events and acts in their name.",
        recommendation: "Authenticate the handshake with a token and take the identity from its verified claims: `io.use((socket, next) => { try { socket.data.user = jwt.verify(socket.handshake.auth.token, key, { algorithms: ['HS256'] }); next(); } catch { next(new Error('unauthorized')); } })`, then use `socket.data.user.sub`, never a user id or role sent by the client.",
        verification: "Open the socket with another user's id (`?userId=<victim>`) and a token of your own, or with no token: the connection must be refused or act as the token's user only.",
    }
}

/// Words that make a handshake key an identity or role claim.
const IDENTITY: &[&str] = &[
    "user",
    "userid",
    "username",
    "uid",
    "email",
    "role",
    "roles",
    "isadmin",
    "admin",
    "account",
    "accountid",
    "member",
    "memberid",
    "owner",
    "ownerid",
    "customer",
    "customerid",
    "tenant",
    "tenantid",
    "org",
    "orgid",
    "organization",
    "organizationid",
    "login",
    "player",
    "playerid",
    "sender",
    "senderid",
];

/// `userId`, `user_id`, `x-user-id`, `X-Role` → `userid`, `role`.
fn identity_key(key: &str) -> bool {
    let lower = key.to_ascii_lowercase();
    let lower = lower.strip_prefix("x-").unwrap_or(&lower);
    let normalised: String = lower
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    IDENTITY.contains(&normalised.as_str())
}

impl CodeRule for WebsocketIdentityFromHandshake {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Js
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &[
            "member_expression",
            "subscript_expression",
            "variable_declarator",
            "call_expression",
        ]
    }

    fn check<'f>(&self, node: Node<'f>, cx: &mut CheckContext<'f>) {
        if crate::js::secret_names::is_test_file(cx) {
            return;
        }
        let src = cx.src();
        let Some((key, source)) = handshake_identity(node, cx) else {
            return;
        };
        if verifies_nearby(node, src) {
            return;
        }
        let elsewhere = file_verifies(node, src);
        let mut message = format!(
            "The WebSocket connection takes `{key}` from the {source} (`{}`), which the client writes: anyone can claim another user's identity or a role.",
            short_text(node, src, 60)
        );
        if elsewhere {
            message.push_str(
                " A token is verified elsewhere in this file, but this code uses the claimed value instead of the verified claims.",
            );
        }
        let finding = cx.report(node, message);
        if elsewhere {
            finding.confidence(Confidence::Medium);
        }
        finding.severity(Severity::High);
    }
}

/// The identity key and where it comes from when `node` reads one from a handshake.
fn handshake_identity<'f>(node: Node<'f>, cx: &CheckContext<'f>) -> Option<(String, &'static str)> {
    let src = cx.src();
    match node.kind() {
        "member_expression" | "subscript_expression" => {
            // Only the outermost read: `socket.handshake.query.userId`, not its `.toString()`.
            let object = node.field("object")?;
            let key = match node.kind() {
                "member_expression" => text(node.field("property")?, src).to_string(),
                _ => string_value(node.field("index")?, src)?,
            };
            if !identity_key(&key) {
                return None;
            }
            let source = handshake_part(object, src)?;
            Some((key, source))
        }
        "variable_declarator" => {
            // const { userId, role } = socket.handshake.query
            let pattern = node.field("name")?;
            if pattern.kind() != "object_pattern" {
                return None;
            }
            let source = handshake_part(node.field("value")?, src)?;
            let key = named_children(pattern).into_iter().find_map(|p| {
                let key = match p.kind() {
                    "shorthand_property_identifier_pattern" => text(p, src).to_string(),
                    "pair_pattern" => {
                        let k = p.field("key")?;
                        string_value(k, src).unwrap_or_else(|| text(k, src).to_string())
                    }
                    "object_assignment_pattern" => text(p.field("left")?, src).to_string(),
                    _ => return None,
                };
                identity_key(&key).then_some(key)
            })?;
            Some((key, source))
        }
        "call_expression" => {
            // new URL(req.url, base).searchParams.get('userId') in a `connection` handler
            if method_name(node, src) != Some("get") {
                return None;
            }
            // `params.get(…)` where `params = new URL(…).searchParams`
            let object = cx.js_taint().resolve(receiver(node)?);
            let on_search_params = object.kind() == "member_expression"
                && object
                    .field("property")
                    .is_some_and(|p| text(p, src) == "searchParams");
            if !on_search_params {
                return None;
            }
            let key = string_value(*arguments(node).first()?, src)?;
            if !identity_key(&key) || !in_ws_connection_handler(node, src) {
                return None;
            }
            Some((key, "connection URL's query string"))
        }
        _ => None,
    }
}

/// `socket.handshake.query` → "handshake query string"; `url.parse(req.url, true).query` in a
/// `ws` connection handler → "connection URL's query string".
fn handshake_part(node: Node<'_>, src: &str) -> Option<&'static str> {
    let node = unwrap(node);
    if node.kind() != "member_expression" {
        return None;
    }
    let property = text(node.field("property")?, src);
    let object = unwrap(node.field("object")?);
    let via_handshake = object.kind() == "member_expression"
        && object
            .field("property")
            .is_some_and(|p| text(p, src) == "handshake");
    if via_handshake {
        return match property {
            "query" => Some("handshake query string"),
            "headers" => Some("handshake headers"),
            "auth" => Some("handshake `auth` payload"),
            _ => None,
        };
    }
    // url.parse(req.url, true).query
    if property == "query"
        && object.kind() == "call_expression"
        && dotted_path(object.field("function")?, src).is_some_and(|p| p.ends_with("parse"))
        && in_ws_connection_handler(node, src)
    {
        return Some("connection URL's query string");
    }
    None
}

/// True inside the callback of `<server>.on('connection', (ws, req) => …)`.
fn in_ws_connection_handler(node: Node<'_>, src: &str) -> bool {
    let mut current = node;
    while let Some(function) = ancestor(current, FUNCTION_KINDS) {
        if let Some(args) = function.parent().filter(|a| a.kind() == "arguments")
            && let Some(call) = args.parent()
            && method_name(call, src) == Some("on")
            && arguments(call)
                .first()
                .and_then(|a| string_value(*a, src))
                .is_some_and(|e| e == "connection")
        {
            return true;
        }
        current = function;
    }
    false
}

/// True when a call that verifies a credential is made in the handler around `node`: the chain
/// of callbacks it sits in (`io.on('connection', socket => socket.on('x', () => …))`), up to the
/// first function that is not itself passed as an argument.
fn verifies_nearby(node: Node<'_>, src: &str) -> bool {
    let mut scope = None;
    let mut current = node;
    while let Some(function) = ancestor(current, FUNCTION_KINDS) {
        let callback = function.parent().is_some_and(|p| p.kind() == "arguments");
        if scope.is_some() && !callback {
            break;
        }
        scope = Some(function);
        if !callback {
            break;
        }
        current = function;
    }
    scope.is_some_and(|f| contains_verification(f, src))
}

/// True when the file verifies a credential anywhere.
fn file_verifies(node: Node<'_>, src: &str) -> bool {
    let mut root = node;
    while let Some(parent) = root.parent() {
        root = parent;
    }
    contains_verification(root, src)
}

fn contains_verification(scope: Node<'_>, src: &str) -> bool {
    let mut found = false;
    walk(scope, |n| {
        if found {
            return false;
        }
        if n.kind() == "call_expression"
            && let Some(method) = method_name(n, src)
        {
            let lower = method.to_ascii_lowercase();
            found = lower.contains("verify")
                || lower.contains("authenticate")
                || lower == "getsession"
                || lower == "getservertoken"
                || lower.contains("validatetoken")
                || lower.contains("checktoken");
        }
        true
    });
    found
}
