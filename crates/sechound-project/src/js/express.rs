//! Express: applications, routers, routes, `app.use` mounts and middleware, across files.

use super::guards::{guard_from, looks_like_middleware};
use super::modules::inline_require;
use crate::facts::{
    FileFacts, ImportedName, MountDecl, MountTarget, RouteDecl, RouterDecl, UseDecl,
};
use crate::quote::{first_line, line_of};
use sechound_syntax::js::{
    arguments, callee, dotted_path, method_name, receiver, string_value, unwrap,
};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{short_text, text, walk};
use sechound_syntax::{CodeFile, Node};

pub(crate) const METHODS: &[&str] = &[
    "get", "post", "put", "patch", "delete", "all", "options", "head",
];

/// Reads Express routing from `file` into `facts` (imports must be read already).
pub(crate) fn read_express(file: &CodeFile, facts: &mut FileFacts) {
    let src = file.text();
    let express_names = express_imports(facts);
    if express_names.is_empty() {
        // Routers are often created in one file and given routes in another that imports
        // them; without an express import only routes on imported routers are read.
        if !facts.imports.iter().any(|i| i.module.starts_with('.')) {
            return;
        }
    }
    // Pass 1: applications and routers created here.
    walk(file.tree.root_node(), |node| {
        if node.kind() == "variable_declarator"
            && let (Some(name), Some(value)) = (node.field("name"), node.field("value"))
            && name.kind() == "identifier"
            && let Some(is_app) = creates_router(unwrap(value), src, &express_names)
        {
            facts.routers.push(RouterDecl {
                local: text(name, src).to_string(),
                is_app,
                framework: "express",
                prefix: None,
                guards: Vec::new(),
                line: line_of(node),
            });
        }
        true
    });
    let known: Vec<String> = facts.routers.iter().map(|r| r.local.clone()).collect();
    let imported_router = |name: &str| {
        facts
            .imports
            .iter()
            .any(|i| i.local == name && i.module.starts_with('.') && looks_like_router_name(name))
    };
    let is_router = |name: &str| known.iter().any(|k| k == name) || imported_router(name);
    // Pass 2: routes, mounts and middleware on those routers.
    let mut routes = Vec::new();
    let mut mounts = Vec::new();
    let mut uses = Vec::new();
    walk(file.tree.root_node(), |node| {
        if node.kind() != "call_expression" {
            return true;
        }
        let Some(method) = method_name(node, src) else {
            return true;
        };
        if METHODS.contains(&method) {
            if let Some((owner, path)) = route_base(node, src, &is_router) {
                routes.push(route(node, src, owner, path, method));
            }
        } else if method == "use"
            && let Some(owner) = receiver(node).and_then(|r| dotted_path(r, src))
            && is_router(&owner)
        {
            read_use(
                node,
                src,
                &facts.imports,
                owner,
                &is_router,
                &mut mounts,
                &mut uses,
            );
        }
        true
    });
    facts.routes.extend(routes);
    facts.mounts.extend(mounts);
    facts.uses.extend(uses);
}

/// Local names bound to the `express` module or its `Router`.
fn express_imports(facts: &FileFacts) -> Vec<(String, bool)> {
    facts
        .imports
        .iter()
        // A project's own wrapper imported under the name `express`
        // (`require('../shared/express')`) is Express with extras.
        .filter(|i| {
            i.module == "express"
                || (i.module.starts_with('.')
                    && i.local == "express"
                    && i.module.rsplit('/').next() == Some("express"))
        })
        .map(|i| {
            let router_only = matches!(&i.name, ImportedName::Named(n) if n == "Router");
            (i.local.clone(), router_only)
        })
        .collect()
}

/// `Some(true)` for `express()`, `Some(false)` for `express.Router()` / `Router()`.
fn creates_router(value: Node<'_>, src: &str, express: &[(String, bool)]) -> Option<bool> {
    if !matches!(value.kind(), "call_expression" | "new_expression") {
        return None;
    }
    let path = dotted_path(callee(value)?, src)?;
    for (local, router_only) in express {
        if *router_only && path == *local {
            return Some(false);
        }
        if !router_only {
            if path == *local {
                return Some(true);
            }
            if path == format!("{local}.Router") {
                return Some(false);
            }
        }
    }
    None
}

/// `usersRouter`, `adminRoutes`: names people give routers (and not middleware).
fn looks_like_router_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with("router") || lower.ends_with("routes") || lower.ends_with("routing")
}

/// The router and path of `router.get('/p', ...)` or `router.route('/p').get(...)`.
fn route_base(
    call: Node<'_>,
    src: &str,
    is_router: &dyn Fn(&str) -> bool,
) -> Option<(String, Option<String>)> {
    let object = unwrap(receiver(call)?);
    if let Some(owner) = dotted_path(object, src) {
        if !is_router(&owner) {
            return None;
        }
        let first = arguments(call).into_iter().next()?;
        // `app.get('setting')` reads a setting: a route always has a handler.
        if arguments(call).len() < 2 {
            return None;
        }
        return Some((owner, route_path(first, src)));
    }
    if object.kind() != "call_expression" {
        return None;
    }
    match method_name(object, src)? {
        "route" => {
            let owner = dotted_path(unwrap(receiver(object)?), src)?;
            if !is_router(&owner) {
                return None;
            }
            let path = arguments(object)
                .into_iter()
                .next()
                .and_then(|p| route_path(p, src));
            Some((owner, path))
        }
        m if METHODS.contains(&m) => route_base(object, src, is_router),
        _ => None,
    }
}

/// A path literal; `None` for one computed at run time.
fn route_path(node: Node<'_>, src: &str) -> Option<String> {
    string_value(node, src)
}

fn route(
    call: Node<'_>,
    src: &str,
    owner: String,
    path: Option<String>,
    method: &str,
) -> RouteDecl {
    let mut args = arguments(call);
    // In `router.route('/p').get(h)` every argument is a handler; otherwise the first is the path.
    let chained = receiver(call).is_some_and(|r| unwrap(r).kind() == "call_expression");
    if !chained && !args.is_empty() {
        args.remove(0);
    }
    let handler = args.pop().map(|h| handler_name(h, src));
    let guards = args
        .into_iter()
        .flat_map(|a| guard_from(a, src, "route"))
        .collect();
    RouteDecl {
        owner: Some(owner),
        methods: vec![if method == "all" {
            "ANY".to_string()
        } else {
            method.to_ascii_uppercase()
        }],
        path,
        handler,
        guards,
        line: line_of(call),
        code: first_line(call, src),
        framework: "express",
        public_marker: None,
    }
}

pub(crate) fn handler_name(node: Node<'_>, src: &str) -> String {
    let node = unwrap(node);
    match node.kind() {
        "arrow_function" | "function_expression" | "function" => "inline function".into(),
        _ => short_text(node, src, 60),
    }
}

fn read_use(
    call: Node<'_>,
    src: &str,
    imports: &[crate::facts::Import],
    owner: String,
    is_router: &dyn Fn(&str) -> bool,
    mounts: &mut Vec<MountDecl>,
    uses: &mut Vec<UseDecl>,
) {
    let mut args = arguments(call);
    let path = args.first().and_then(|a| string_value(*a, src));
    if path.is_some() {
        args.remove(0);
    }
    let target = args.last().and_then(|last| {
        let last = unwrap(*last);
        if let Some(module) = inline_require(last, src) {
            return Some(MountTarget::Module {
                module,
                local: "default".into(),
            });
        }
        let name = dotted_path(last, src)?;
        // `app.use('/users', users)` with `users` imported from a module of the project is a
        // router unless its name says middleware.
        // A module under `routes/`, `routers/`, `controllers/` or `api/` holds routers whatever
        // the name (`admin` reads like middleware, but `./routes/admin` says otherwise).
        let head = name.split('.').next().unwrap_or("");
        let import = imports
            .iter()
            .find(|i| i.local == head && i.module.starts_with('.'));
        let from_routes_module = import.is_some_and(|i| {
            i.module.split('/').any(|s| {
                matches!(
                    s,
                    "routes" | "routers" | "router" | "controllers" | "api" | "endpoints"
                )
            })
        });
        let mounted = is_router(&name)
            || (path.is_some()
                && import.is_some()
                && (from_routes_module || !looks_like_middleware(&name)));
        mounted.then_some(MountTarget::Local(name))
    });
    if target.is_some() {
        args.pop();
    }
    let guards: Vec<_> = args
        .into_iter()
        .flat_map(|a| guard_from(a, src, if path.is_some() { "router" } else { "global" }))
        .collect();
    match target {
        Some(target) => mounts.push(MountDecl {
            owner,
            prefix: path,
            target,
            guards,
            replaces_prefix: false,
            line: line_of(call),
        }),
        None if !guards.is_empty() => uses.push(UseDecl {
            owner,
            path,
            guards,
            ordered: true,
            line: line_of(call),
        }),
        None => {}
    }
}
