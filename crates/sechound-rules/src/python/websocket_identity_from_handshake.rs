use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, short_text, text, walk};
use sechound_syntax::python::{
    callee_path, decorators, enclosing_function, method_name, positional_args, receiver,
    string_value, unwrap,
};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// A WebSocket endpoint that takes the caller's identity or role from what the client sends
    /// in the handshake, without verifying a token:
    /// - FastAPI/Starlette: `websocket.query_params["user_id"]`,
    ///   `websocket.query_params.get("role")`, `websocket.headers.get("x-user-id")`;
    /// - a parameter of an `@app.websocket(...)`/`@router.websocket(...)` function named as an
    ///   identity (`user_id: int`, `username: str`), which FastAPI fills from the path or the
    ///   query string;
    /// - Django Channels: `self.scope["url_route"]["kwargs"]["user_id"]`.
    ///
    /// Identity names are user, account, member, owner, customer, tenant and organization ids,
    /// user names, e-mails, roles and admin flags.
    ///
    /// ## Why it matters
    /// The URL and headers of a WebSocket handshake are written by the client: anyone who
    /// connects to `/ws/42` or `/ws?user_id=42` receives user 42's messages and sends in their
    /// name. Browsers do not apply CORS to WebSockets, so any page a user visits can do it too.
    ///
    /// ## Not reported
    /// Endpoints whose function verifies a credential (`jwt.decode`, a `verify…`/`authenticate…`
    /// call, a `get_current_user…` helper or `Depends` on one), Channels consumers reading
    /// `self.scope["user"]` (set by `AuthMiddlewareStack`), and keys that are not identity
    /// (`room`, `token`, `client_id` for a connection id).
    ///
    /// ## Example
    /// ```python
    /// @app.websocket("/ws/{user_id}")
    /// async def notifications(websocket: WebSocket, user_id: int):   # reported
    ///     await manager.connect(user_id, websocket)
    /// ```
    pub struct WebsocketIdentityFromHandshake {
        id: "py.websocket-identity-from-handshake",
        title: "WebSocket identity taken from the handshake without a verified token",
        severity: High,
        confidence: High,
        area: Authentication,
        cwe: [287, 639],
        owasp: A07,
        effort: Hours,
        impact: "Any client can connect claiming another user's id or an admin role and then receives that user's messages and acts in their name.",
        recommendation: "Authenticate the handshake: read a token (`websocket.query_params.get(\"token\")` or a cookie), verify it (`jwt.decode(token, key, algorithms=[\"HS256\"])`), close with code 1008 when it fails, and take the user from the verified claims instead of a user id sent by the client. With Channels, use `AuthMiddlewareStack` and `self.scope[\"user\"]`.",
        verification: "Connect to the endpoint with another user's id and no token (or your own token): the connection must be closed (1008) or act only as the token's user.",
    }
}

/// Identity and role names, as words joined (`user_id` → `userid`).
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
    "player",
    "playerid",
    "sender",
    "senderid",
];

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
        Family::Python
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["function_definition", "subscript", "call"]
    }

    fn check<'f>(&self, node: Node<'f>, cx: &mut CheckContext<'f>) {
        if cx.in_test_file() {
            return;
        }
        let src = cx.src();
        let (reported, key, source) = match node.kind() {
            "function_definition" => {
                let Some((param, key)) = identity_param(node, src) else {
                    return;
                };
                (param, key, "the connection URL (path or query string)")
            }
            _ => {
                let Some((key, source)) = handshake_read(node, src) else {
                    return;
                };
                (node, key, source)
            }
        };
        let function = if node.kind() == "function_definition" {
            Some(node)
        } else {
            enclosing_function(node)
        };
        if function.is_some_and(|f| verifies(f, src)) {
            return;
        }
        let message = format!(
            "The WebSocket endpoint takes `{key}` from {source} (`{}`), which the client writes, and verifies no token: anyone can connect as another user.",
            short_text(reported, src, 60)
        );
        cx.report(reported, message)
            .severity(Severity::High)
            .confidence(Confidence::High);
    }
}

/// True for `@app.websocket(...)`, `@router.websocket_route(...)`.
fn is_websocket_route(function: Node<'_>, src: &str) -> bool {
    decorators(function).into_iter().any(|d| {
        let d = unwrap(d);
        d.kind() == "call" && matches!(method_name(d, src), Some("websocket" | "websocket_route"))
    })
}

/// A parameter of a websocket route named as an identity (`user_id: int`).
fn identity_param<'f>(function: Node<'f>, src: &str) -> Option<(Node<'f>, String)> {
    if !is_websocket_route(function, src) {
        return None;
    }
    named_children(function.field("parameters")?)
        .into_iter()
        .find_map(|p| {
            let (name, annotation) = match p.kind() {
                "identifier" => (p, None),
                "typed_parameter" => (p.named_child(0)?, p.field("type")),
                "default_parameter" => (p.field("name")?, None),
                "typed_default_parameter" => (p.field("name")?, p.field("type")),
                _ => return None,
            };
            let name_text = text(name, src);
            // `user: User = Depends(get_current_user)` is a dependency, not a URL value.
            if text(p, src).contains("Depends(") || text(p, src).contains("Security(") {
                return None;
            }
            if annotation.is_some_and(|a| {
                let a = text(a, src);
                a.contains("WebSocket") || a.contains("Session")
            }) {
                return None;
            }
            identity_key(name_text).then(|| (p, name_text.to_string()))
        })
}

/// `websocket.query_params["user_id"]`, `websocket.headers.get("x-user-id")`,
/// `self.scope["url_route"]["kwargs"]["user_id"]`.
fn handshake_read(node: Node<'_>, src: &str) -> Option<(String, &'static str)> {
    let (object, key) = match node.kind() {
        "subscript" => (
            node.field("value")?,
            string_value(node.field("subscript")?, src)?,
        ),
        "call" => {
            if method_name(node, src) != Some("get") {
                return None;
            }
            (
                receiver(node)?,
                string_value(*positional_args(node).first()?, src)?,
            )
        }
        _ => return None,
    };
    if !identity_key(&key) {
        return None;
    }
    let object = unwrap(object);
    match object.kind() {
        "attribute" => {
            let attribute = text(object.field("attribute")?, src);
            let owner = unwrap(object.field("object")?);
            let owner_name = text(owner, src).to_ascii_lowercase();
            let is_socket = owner_name == "websocket"
                || owner_name == "ws"
                || owner_name.ends_with(".websocket")
                || socket_param(node, text(owner, src), src);
            if !is_socket {
                return None;
            }
            match attribute {
                "query_params" => Some((key, "the handshake query string")),
                "headers" => Some((key, "the handshake headers")),
                "path_params" => Some((key, "the connection path")),
                _ => None,
            }
        }
        // self.scope["url_route"]["kwargs"]["user_id"]
        "subscript" => {
            let kwargs = string_value(object.field("subscript")?, src)?;
            let route = unwrap(object.field("value")?);
            let url_route = route.kind() == "subscript"
                && route
                    .field("subscript")
                    .and_then(|s| string_value(s, src))
                    .as_deref()
                    == Some("url_route");
            (kwargs == "kwargs" && url_route).then_some((key, "the connection path"))
        }
        _ => None,
    }
}

/// True when `name` is a parameter of the function around `node` annotated `WebSocket`.
fn socket_param(node: Node<'_>, name: &str, src: &str) -> bool {
    let Some(function) = enclosing_function(node) else {
        return false;
    };
    let Some(params) = function.field("parameters") else {
        return false;
    };
    named_children(params).into_iter().any(|p| {
        p.kind() == "typed_parameter"
            && p.named_child(0).is_some_and(|n| text(n, src) == name)
            && p.field("type")
                .is_some_and(|t| text(t, src).contains("WebSocket"))
    })
}

/// True when the function verifies a credential: `jwt.decode`, `verify…`, `authenticate…`,
/// `get_current_user…`, or a `Depends`/`Security` on an authentication dependency.
fn verifies(function: Node<'_>, src: &str) -> bool {
    let mut found = false;
    walk(function, |n| {
        if found {
            return false;
        }
        if n.kind() == "call" {
            let path = callee_path(n, src).unwrap_or_default().to_ascii_lowercase();
            let last = path.rsplit('.').next().unwrap_or("");
            found = path == "jwt.decode"
                || last.contains("verify")
                || last.contains("authenticate")
                || last.starts_with("get_current_user")
                || last.starts_with("current_user")
                || last.contains("decode_token")
                || last.contains("decode_access_token")
                || last.contains("validate_token")
                || last == "get_user_from_token";
            if !found && matches!(last, "depends" | "security") {
                let arg = positional_args(n)
                    .first()
                    .map(|a| text(*a, src).to_ascii_lowercase())
                    .unwrap_or_default();
                found = ["auth", "current_user", "token", "verify"]
                    .iter()
                    .any(|w| arg.contains(w));
            }
        }
        true
    });
    found
}
