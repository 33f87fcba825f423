//! WebSocket entry points: socket.io servers (`io.on('connection')`, `io.use(...)`) and `ws`
//! servers (`wss.on('connection')` with `verifyClient` or a checking `upgrade` handler).
//!
//! A connection is a complete-path route (`owner: None`, method `WS`) at the server's path
//! (a namespace is joined to it: `/socket.io/admin`). `io.use` middleware is attached to the
//! connections of its own server and namespace rather than as a `*socket.io` global use:
//! socket.io runs it for that namespace only, and `io` is always a local of the same file,
//! so a global use would wrongly cover other namespaces and other servers.

use super::guards::{body_authenticates, guard_from};
use crate::compose::join;
use crate::facts::{FileFacts, Guard, ImportedName, RouteDecl};
use crate::quote::{first_line, line_of};
use sechound_syntax::js::{
    FUNCTION_KINDS, arguments, callee, dotted_path, method_name, object_property, receiver,
    required_module, string_value, unwrap,
};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{short_text, text, walk};
use sechound_syntax::{CodeFile, Node};

/// A server created in the file.
struct Server<'t> {
    local: String,
    framework: &'static str,
    path: String,
    /// `verifyClient` of a `ws` server.
    verify_client: Option<Node<'t>>,
}

pub(crate) fn read_websockets(file: &CodeFile, facts: &mut FileFacts) {
    let src = file.text();
    let socket_io: Vec<&str> = facts
        .imports
        .iter()
        .filter(|i| i.module == "socket.io")
        .map(|i| i.local.as_str())
        .collect();
    let ws: Vec<(&str, bool)> = facts
        .imports
        .iter()
        .filter(|i| i.module == "ws")
        .map(|i| (i.local.as_str(), matches!(i.name, ImportedName::Named(_))))
        .collect();
    if socket_io.is_empty() && ws.is_empty() && !src.contains("socket.io") {
        return;
    }
    let mut servers: Vec<Server<'_>> = Vec::new();
    walk(file.tree.root_node(), |node| {
        if node.kind() == "variable_declarator"
            && let (Some(name), Some(value)) = (node.field("name"), node.field("value"))
            && let Some(framework) = creates_server(unwrap(value), src, &socket_io, &ws)
        {
            let options = arguments(unwrap(value))
                .into_iter()
                .map(unwrap)
                .find(|a| a.kind() == "object");
            let default_path = if framework == "socket.io" {
                "/socket.io"
            } else {
                "/"
            };
            servers.push(Server {
                local: text(name, src).to_string(),
                framework,
                path: options
                    .and_then(|o| object_property(o, src, "path"))
                    .and_then(|p| string_value(p, src))
                    .unwrap_or_else(|| default_path.into()),
                verify_client: options.and_then(|o| object_property(o, src, "verifyClient")),
            });
        }
        true
    });
    if servers.is_empty() {
        return;
    }
    // `server.on('upgrade', ...)` handlers that check the caller before `wss.handleUpgrade`.
    let mut upgrade_checks: Vec<(String, Guard)> = Vec::new();
    walk(file.tree.root_node(), |node| {
        if node.kind() == "call_expression"
            && method_name(node, src) == Some("on")
            && let [event, handler, ..] = arguments(node).as_slice()
            && string_value(*event, src).as_deref() == Some("upgrade")
            && body_authenticates(text(*handler, src))
        {
            for server in &servers {
                if text(*handler, src).contains(&format!("{}.handleUpgrade", server.local)) {
                    upgrade_checks.push((
                        server.local.clone(),
                        check_guard("upgrade handler", *handler, src),
                    ));
                }
            }
        }
        true
    });
    // `io.use(...)` / `io.of('/x').use(...)`: middleware of one namespace of one server
    // (socket.io runs the main namespace's middleware for that namespace only).
    let mut middleware: Vec<(String, String, Guard)> = Vec::new();
    walk(file.tree.root_node(), |node| {
        if node.kind() == "call_expression"
            && method_name(node, src) == Some("use")
            && let Some((server, namespace)) =
                receiver(node).and_then(|r| server_of(r, src, &servers))
            && server.framework == "socket.io"
        {
            for a in arguments(node) {
                let guards = if FUNCTION_KINDS.contains(&unwrap(a).kind()) {
                    body_authenticates(text(a, src))
                        .then(|| check_guard("io.use", a, src))
                        .into_iter()
                        .collect()
                } else {
                    guard_from(a, src, "global")
                };
                for mut g in guards {
                    g.level = "global";
                    middleware.push((server.local.clone(), namespace.clone(), g));
                }
            }
        }
        true
    });
    walk(file.tree.root_node(), |node| {
        if node.kind() != "call_expression" || method_name(node, src) != Some("on") {
            return true;
        }
        let Some((server, namespace)) = receiver(node).and_then(|r| server_of(r, src, &servers))
        else {
            return true;
        };
        let args = arguments(node);
        if !matches!(
            args.first().and_then(|e| string_value(*e, src)).as_deref(),
            Some("connection" | "connect")
        ) {
            return true;
        }
        let mut guards: Vec<Guard> = middleware
            .iter()
            .filter(|(s, ns, _)| *s == server.local && *ns == namespace)
            .map(|(_, _, g)| g.clone())
            .collect();
        // An inline `verifyClient` that only checks the origin is not authentication.
        if let Some(verify) = server.verify_client
            && (!FUNCTION_KINDS.contains(&unwrap(verify).kind())
                || body_authenticates(text(verify, src)))
        {
            guards.push(check_guard("verifyClient", verify, src));
        }
        guards.extend(
            upgrade_checks
                .iter()
                .filter(|(s, _)| *s == server.local)
                .map(|(_, g)| g.clone()),
        );
        if let Some(handler) = args.get(1)
            && FUNCTION_KINDS.contains(&unwrap(*handler).kind())
            && body_authenticates(text(*handler, src))
        {
            guards.push(check_guard("connection handler", *handler, src));
        }
        facts.routes.push(RouteDecl {
            owner: None,
            methods: vec!["WS".into()],
            path: Some(join(&server.path, &namespace)),
            handler: Some(format!("{}.on('connection')", server.local)),
            guards,
            line: line_of(node),
            code: first_line(node, src),
            framework: server.framework,
            public_marker: None,
        });
        true
    });
}

/// `new Server(http)`, `socketIo(http)`, `require('socket.io')(http)`, `new WebSocketServer()`,
/// `new WebSocket.Server()`.
fn creates_server(
    value: Node<'_>,
    src: &str,
    socket_io: &[&str],
    ws: &[(&str, bool)],
) -> Option<&'static str> {
    if !matches!(value.kind(), "call_expression" | "new_expression") {
        return None;
    }
    let function = unwrap(callee(value)?);
    if function.kind() == "call_expression" {
        return (required_module(function, src).as_deref() == Some("socket.io"))
            .then_some("socket.io");
    }
    let path = dotted_path(function, src)?;
    if socket_io
        .iter()
        .any(|s| path == *s || path == format!("{s}.Server"))
    {
        return Some("socket.io");
    }
    let is_ws = ws.iter().any(|(local, named)| {
        if *named {
            path == *local
        } else {
            path == format!("{local}.Server") || path == format!("{local}.WebSocketServer")
        }
    });
    (is_ws && value.kind() == "new_expression").then_some("ws")
}

/// The server (and socket.io namespace) a call is made on: `io`, `io.sockets`, `io.of('/x')`.
fn server_of<'s, 't>(
    object: Node<'_>,
    src: &str,
    servers: &'s [Server<'t>],
) -> Option<(&'s Server<'t>, String)> {
    let object = unwrap(object);
    if object.kind() == "call_expression" && method_name(object, src) == Some("of") {
        let namespace = arguments(object)
            .first()
            .and_then(|a| string_value(*a, src))?;
        let (server, _) = server_of(receiver(object)?, src, servers)?;
        return Some((server, namespace));
    }
    let path = dotted_path(object, src)?;
    let local = path.strip_suffix(".sockets").unwrap_or(&path);
    servers
        .iter()
        .find(|s| s.local == local)
        .map(|s| (s, String::new()))
}

fn check_guard(name: &str, node: Node<'_>, src: &str) -> Guard {
    let named = dotted_path(unwrap(node), src);
    Guard {
        name: named.clone().unwrap_or_else(|| name.to_string()),
        text: named.unwrap_or_else(|| format!("{name}: {}", short_text(node, src, 50))),
        roles: Vec::new(),
        // `verifyClient` and the handlers here are read for what they do, not their name.
        authenticates: true,
        level: "connection",
        line: line_of(node),
    }
}
