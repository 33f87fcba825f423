//! NestJS: `@Controller` classes and their `@Get`/`@Post`... methods, `@UseGuards` on classes
//! and methods, `@Roles`, public markers, global guards (`useGlobalGuards`, `APP_GUARD`), the
//! global prefix of `main.ts`, and `@WebSocketGateway` classes.
//!
//! Decorators count only when their names are imported from `@nestjs/common` or
//! `@nestjs/websockets`: `routing-controllers` and others have their own `@Get`.

use super::guards::{guard_from, role_arguments};
use crate::compose::join;
use crate::facts::{FileFacts, Guard, ImportedName, RouteDecl, RouterDecl, UseDecl};
use crate::names::{is_auth_name, is_role_name};
use crate::quote::{first_line, line_of};
use regex::Regex;
use sechound_core::project::Framework;
use sechound_core::project::GuardLevel;
use sechound_syntax::js::{
    arguments, callee, dotted_path, method_name, object_property, string_value, unwrap,
};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, short_text, text, walk};
use sechound_syntax::{CodeFile, Node};
use std::sync::LazyLock;

const HTTP_DECORATORS: &[(&str, &str)] = &[
    ("Get", "GET"),
    ("Post", "POST"),
    ("Put", "PUT"),
    ("Patch", "PATCH"),
    ("Delete", "DELETE"),
    ("Options", "OPTIONS"),
    ("Head", "HEAD"),
    ("All", "ANY"),
];

/// Custom decorators people write to opt a route out of a global guard.
static PUBLIC_DECORATOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(Public|IsPublic|PublicRoute|AllowAnonymous|Anonymous|SkipAuth|NoAuth|Unprotected|SkipJwt\w*)$")
        .expect("valid regex")
});

/// Metadata keys that mean "public" in `SetMetadata(key, true)`.
static PUBLIC_KEY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(public|anonymous|skip_?auth|no_?auth)").expect("valid regex")
});

/// One decorator: the name it is imported under in its package (or its local name for custom
/// ones), and the node.
struct Decorator<'t> {
    name: String,
    /// The package it came from (`@nestjs/common`), `None` for custom decorators.
    package: Option<String>,
    call: Option<Node<'t>>,
    node: Node<'t>,
}

pub(crate) fn read_nest(file: &CodeFile, facts: &mut FileFacts) {
    if !facts
        .imports
        .iter()
        .any(|i| i.module.starts_with("@nestjs/"))
    {
        return;
    }
    let src = file.text();
    let mut routers = Vec::new();
    let mut routes = Vec::new();
    let mut uses = Vec::new();
    let mut global_prefix = None;
    let facts_read: &FileFacts = facts;
    walk(file.tree.root_node(), |node| {
        match node.kind() {
            "class_declaration" | "class" => {
                read_class(node, src, facts_read, &mut routers, &mut routes);
            }
            "call_expression" => match method_name(node, src) {
                Some("setGlobalPrefix") => {
                    if let Some(prefix) =
                        arguments(node).first().and_then(|a| string_value(*a, src))
                    {
                        global_prefix = Some(prefix);
                    }
                }
                Some("useGlobalGuards") => {
                    let guards: Vec<Guard> = arguments(node)
                        .into_iter()
                        .flat_map(|a| guard(a, src, GuardLevel::Global))
                        .collect();
                    if !guards.is_empty() {
                        uses.push(UseDecl {
                            owner: "*nestjs".into(),
                            path: None,
                            guards,
                            ordered: false,
                            line: line_of(node),
                        });
                    }
                }
                _ => {}
            },
            // `{ provide: APP_GUARD, useClass: JwtAuthGuard }` in a module's providers.
            "object" => {
                if object_property(node, src, "provide")
                    .is_some_and(|p| text(p, src) == "APP_GUARD")
                    && let Some(class) = object_property(node, src, "useClass")
                        .or_else(|| object_property(node, src, "useExisting"))
                {
                    let guards = guard(class, src, GuardLevel::Global);
                    if !guards.is_empty() {
                        uses.push(UseDecl {
                            owner: "*nestjs".into(),
                            path: None,
                            guards,
                            ordered: false,
                            line: line_of(node),
                        });
                    }
                }
            }
            _ => {}
        }
        true
    });
    if global_prefix.is_some() {
        facts.global_prefix = global_prefix;
    }
    facts.routers.extend(routers);
    facts.routes.extend(routes);
    facts.uses.extend(uses);
}

/// The decorators on a class: its own, and those before `export` in `@X() export class`.
fn class_decorators<'t>(class: Node<'t>, src: &str, facts: &FileFacts) -> Vec<Decorator<'t>> {
    let mut nodes: Vec<Node<'t>> = Vec::new();
    if let Some(parent) = class.parent()
        && parent.kind() == "export_statement"
    {
        nodes.extend(
            named_children(parent)
                .into_iter()
                .filter(|c| c.kind() == "decorator"),
        );
    }
    nodes.extend(
        named_children(class)
            .into_iter()
            .filter(|c| c.kind() == "decorator"),
    );
    nodes
        .into_iter()
        .filter_map(|n| decorator(n, src, facts))
        .collect()
}

fn decorator<'t>(node: Node<'t>, src: &str, facts: &FileFacts) -> Option<Decorator<'t>> {
    let inner = unwrap(node.named_child(0)?);
    let (local, call) = match inner.kind() {
        "call_expression" => (dotted_path(callee(inner)?, src)?, Some(inner)),
        "identifier" | "member_expression" => (dotted_path(inner, src)?, None),
        _ => return None,
    };
    let import = facts.imports.iter().find(|i| i.local == local);
    let (name, package) = match import {
        Some(i) if i.module.starts_with("@nestjs/") => (
            match &i.name {
                ImportedName::Named(n) => n.clone(),
                _ => local.clone(),
            },
            Some(i.module.clone()),
        ),
        _ => (local, None),
    };
    Some(Decorator {
        name,
        package,
        call,
        node,
    })
}

fn is_nest(d: &Decorator<'_>, name: &str) -> bool {
    d.name == name && d.package.is_some()
}

fn read_class<'t>(
    class: Node<'t>,
    src: &str,
    facts: &FileFacts,
    routers: &mut Vec<RouterDecl>,
    routes: &mut Vec<RouteDecl>,
) {
    let Some(name) = class.field("name").map(|n| text(n, src).to_string()) else {
        return;
    };
    let Some(body) = class.field("body") else {
        return;
    };
    let decorators = class_decorators(class, src, facts);
    let controller = decorators.iter().find(|d| is_nest(d, "Controller"));
    let gateway = decorators.iter().find(|d| is_nest(d, "WebSocketGateway"));
    if controller.is_none() && gateway.is_none() {
        return;
    }
    // Class-level guards, roles and public markers hold for every method.
    let mut class_guards = Vec::new();
    let mut class_public = None;
    for d in &decorators {
        apply(
            d,
            src,
            GuardLevel::Controller,
            &mut class_guards,
            &mut class_public,
        );
    }
    let methods = methods(body, src, facts);
    if let Some(controller) = controller {
        let prefix = controller.call.and_then(|c| controller_prefix(c, src));
        let line = line_of(controller.node);
        routers.push(RouterDecl {
            param: None,
            prefix_value: None,
            local: name.clone(),
            is_app: true,
            framework: Framework::Nestjs,
            prefix,
            guards: class_guards.clone(),
            line,
        });
        for (method, decorators) in &methods {
            let mut guards = Vec::new();
            let mut public = class_public.clone();
            for d in decorators {
                apply(d, src, GuardLevel::Route, &mut guards, &mut public);
            }
            for d in decorators {
                let Some((_, verb)) = HTTP_DECORATORS.iter().find(|(n, _)| is_nest(d, n)) else {
                    continue;
                };
                for path in decorator_paths(d, src) {
                    routes.push(RouteDecl {
                        handler_at: None,
                        path_value: None,
                        conditions: Vec::new(),
                        owner: Some(name.clone()),
                        methods: vec![verb.to_string()],
                        path: Some(path),
                        handler: Some(format!("{name}.{method}")),
                        guards: guards.clone(),
                        line: line_of(d.node),
                        code: first_line(d.node, src),
                        framework: Framework::Nestjs,
                        public_marker: public.clone(),
                    });
                }
            }
        }
    }
    if let Some(gateway) = gateway {
        read_gateway(gateway, &name, body, src, &class_guards, &methods, routes);
    }
}

/// `@Controller('users')`, `@Controller({ path: 'users' })`, `@Controller(['a', 'b'])` (the
/// first path; aliases are rare and share the guards).
fn controller_prefix(call: Node<'_>, src: &str) -> Option<String> {
    let arg = unwrap(*arguments(call).first()?);
    if let Some(s) = string_value(arg, src) {
        return Some(s);
    }
    if arg.kind() == "array" {
        return named_children(arg)
            .into_iter()
            .find_map(|e| string_value(e, src));
    }
    object_property(arg, src, "path").and_then(|p| {
        string_value(p, src).or_else(|| {
            let p = unwrap(p);
            (p.kind() == "array")
                .then(|| {
                    named_children(p)
                        .into_iter()
                        .find_map(|e| string_value(e, src))
                })
                .flatten()
        })
    })
}

/// The paths of `@Get()`, `@Get(':id')`, `@Get(['a', 'b'])`, `@Get({ path: 'x' })`.
fn decorator_paths(d: &Decorator<'_>, src: &str) -> Vec<String> {
    let Some(arg) = d.call.and_then(|c| arguments(c).first().copied()) else {
        return vec![String::new()];
    };
    let arg = unwrap(arg);
    if let Some(s) = string_value(arg, src) {
        return vec![s];
    }
    if arg.kind() == "array" {
        return named_children(arg)
            .into_iter()
            .filter_map(|e| string_value(e, src))
            .collect();
    }
    match object_property(arg, src, "path").and_then(|p| string_value(p, src)) {
        Some(p) => vec![p],
        None => vec!["<dynamic>".into()],
    }
}

/// Every method of a class body with the decorators written before it.
fn methods<'t>(body: Node<'t>, src: &str, facts: &FileFacts) -> Vec<(String, Vec<Decorator<'t>>)> {
    let mut out = Vec::new();
    let mut pending = Vec::new();
    for child in named_children(body) {
        match child.kind() {
            "decorator" => pending.extend(decorator(child, src, facts)),
            "method_definition" => {
                // Newer grammars attach decorators to the method itself.
                let mut decorators = std::mem::take(&mut pending);
                decorators.extend(
                    named_children(child)
                        .into_iter()
                        .filter(|c| c.kind() == "decorator")
                        .filter_map(|c| decorator(c, src, facts)),
                );
                let name = child
                    .field("name")
                    .map(|n| text(n, src).to_string())
                    .unwrap_or_default();
                out.push((name, decorators));
            }
            "comment" => {}
            _ => pending.clear(),
        }
    }
    out
}

/// Adds what one decorator says about authentication: `@UseGuards(...)` guards, `@Roles(...)`
/// roles, a public marker.
fn apply(
    d: &Decorator<'_>,
    src: &str,
    level: GuardLevel,
    guards: &mut Vec<Guard>,
    public: &mut Option<String>,
) {
    let args = d.call.map(arguments).unwrap_or_default();
    if is_nest(d, "UseGuards") {
        guards.extend(args.into_iter().flat_map(|a| guard(a, src, level)));
    } else if is_nest(d, "SetMetadata") {
        let key = args
            .first()
            .map(|k| string_value(*k, src).unwrap_or_else(|| text(unwrap(*k), src).to_string()));
        let value = args.get(1).map(|v| unwrap(*v));
        match (key, value) {
            (Some(key), Some(value)) if PUBLIC_KEY.is_match(&key) && text(value, src) == "true" => {
                *public = Some(short_text(d.node, src, 80));
            }
            (Some(key), Some(value)) if is_role_name(&key) => {
                guards.push(roles_guard(d, src, level, role_arguments_of(value, src)));
            }
            _ => {}
        }
    } else if d.package.is_none() && PUBLIC_DECORATOR.is_match(&d.name) {
        *public = Some(short_text(d.node, src, 80));
    } else if d.package.is_none() && is_role_name(&d.name) {
        // `@Roles('admin')`, `@Roles(Role.Admin)`, `@Permissions('users:write')`: metadata a
        // roles guard reads; sechound takes it as enforced (a gap when no guard reads it).
        let roles = d.call.map(|c| role_arguments(c, src)).unwrap_or_default();
        if !roles.is_empty() {
            guards.push(roles_guard(d, src, level, roles));
        }
    }
}

fn roles_guard(d: &Decorator<'_>, src: &str, level: GuardLevel, roles: Vec<String>) -> Guard {
    Guard {
        target: None,
        name: d.name.clone(),
        text: short_text(d.node, src, 80),
        roles,
        authenticates: false,
        level,
        line: line_of(d.node),
    }
}

/// Role names in a metadata value: `'admin'`, `['admin', 'owner']`, `[Role.Admin]`.
fn role_arguments_of(value: Node<'_>, src: &str) -> Vec<String> {
    let items = if value.kind() == "array" {
        named_children(value)
    } else {
        vec![value]
    };
    items
        .into_iter()
        .filter_map(|v| {
            string_value(v, src).or_else(|| {
                dotted_path(v, src).map(|p| p.rsplit('.').next().unwrap_or(&p).to_string())
            })
        })
        .collect()
}

/// A guard class as passed to `@UseGuards`, `useGlobalGuards` or `APP_GUARD`: `JwtAuthGuard`,
/// `new JwtAuthGuard()`, `AuthGuard('jwt')` (Passport).
fn guard(arg: Node<'_>, src: &str, level: GuardLevel) -> Vec<Guard> {
    let arg = unwrap(arg);
    let mut guards = if arg.kind() == "new_expression" {
        callee(arg)
            .and_then(|c| dotted_path(c, src))
            .map(|path| {
                vec![Guard {
                    target: None,
                    name: path.rsplit('.').next().unwrap_or(&path).to_string(),
                    text: short_text(arg, src, 80),
                    roles: Vec::new(),
                    authenticates: false,
                    level,
                    line: line_of(arg),
                }]
            })
            .unwrap_or_default()
    } else {
        guard_from(arg, src, level)
    };
    // The code to judge: the class (its `canActivate`), or what a call builds.
    let target = if arg.kind() == "new_expression" {
        callee(arg)
            .and_then(|c| dotted_path(c, src))
            .and_then(|path| crate::facts::GuardTarget::named(path, false))
    } else {
        super::refs::guard_target(arg, src, &super::refs::Aliases::default())
    };
    for g in &mut guards {
        if g.target.is_none() {
            g.target = target.clone();
        }
        // Passport's `AuthGuard('jwt')` and the `JwtAuthGuard`/`SessionAuthGuard` classes
        // built on it authenticate whatever their body shows.
        g.authenticates |= g.name.ends_with("AuthGuard") || is_auth_name(&g.name);
    }
    guards
}

/// `@WebSocketGateway({ namespace: 'chat' })`: the connection and each `@SubscribeMessage`.
///
/// Guards do not run when a client connects, only on messages, so the connection endpoint is
/// authenticated only by a `handleConnection` that verifies the client.
fn read_gateway(
    gateway: &Decorator<'_>,
    class: &str,
    body: Node<'_>,
    src: &str,
    class_guards: &[Guard],
    methods: &[(String, Vec<Decorator<'_>>)],
    routes: &mut Vec<RouteDecl>,
) {
    let options = gateway.call.and_then(|c| {
        arguments(c)
            .into_iter()
            .map(unwrap)
            .find(|a| a.kind() == "object")
    });
    let engine_path = options
        .and_then(|o| object_property(o, src, "path"))
        .and_then(|p| string_value(p, src))
        .unwrap_or_else(|| "/socket.io".into());
    let namespace = options
        .and_then(|o| object_property(o, src, "namespace"))
        .and_then(|p| string_value(p, src))
        .unwrap_or_default();
    let base = join(&engine_path, &namespace);
    let connection_guard = connection_check(body, src);
    let line = line_of(gateway.node);
    routes.push(RouteDecl {
        handler_at: None,
        path_value: None,
        conditions: Vec::new(),
        owner: None,
        methods: vec!["WS".into()],
        path: Some(base.clone()),
        handler: Some(format!("{class}.handleConnection")),
        guards: connection_guard.clone().into_iter().collect(),
        line,
        code: first_line(gateway.node, src),
        // NestJS guards (global ones included) never see the connection itself.
        framework: Framework::SocketIo,
        public_marker: None,
    });
    for (method, decorators) in methods {
        let Some(message) = decorators.iter().find(|d| is_nest(d, "SubscribeMessage")) else {
            continue;
        };
        let name = message
            .call
            .and_then(|c| arguments(c).first().and_then(|a| string_value(*a, src)))
            .unwrap_or_else(|| "<dynamic>".into());
        let mut guards: Vec<Guard> = class_guards.to_vec();
        guards.extend(connection_guard.clone());
        let mut public = None;
        for d in decorators {
            apply(d, src, GuardLevel::Route, &mut guards, &mut public);
        }
        routes.push(RouteDecl {
            handler_at: None,
            path_value: None,
            conditions: Vec::new(),
            owner: None,
            methods: vec!["WS".into()],
            path: Some(format!("{base}#{name}")),
            handler: Some(format!("{class}.{method}")),
            guards,
            line: line_of(message.node),
            code: first_line(message.node, src),
            framework: Framework::Nestjs,
            public_marker: public,
        });
    }
}

/// Signs that a connection handler checks the client before keeping the connection.
static CONNECTION_AUTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(\.verify\w*\(|verifyToken|jwtVerify|authenticate|validateToken|getUserFromToken|\bauth\w*Service\.\w+\()")
        .expect("valid regex")
});

/// A `handleConnection` that verifies a token (and disconnects otherwise) as a guard.
fn connection_check(body: Node<'_>, src: &str) -> Option<Guard> {
    named_children(body).into_iter().find_map(|m| {
        if m.kind() != "method_definition"
            || m.field("name").map(|n| text(n, src)) != Some("handleConnection")
        {
            return None;
        }
        let body = text(m.field("body")?, src);
        CONNECTION_AUTH.is_match(body).then(|| Guard {
            target: None,
            name: "handleConnection".into(),
            text: "handleConnection verifies the client".into(),
            roles: Vec::new(),
            authenticates: true,
            level: GuardLevel::Connection,
            line: line_of(m),
        })
    })
}
