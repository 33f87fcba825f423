//! Express: applications, routers, routes, `app.use` mounts and middleware, across files.
//!
//! Routers are followed as values: created here (`express()`, `express.Router()`,
//! `require('express').Router()`), received as a parameter by a function that declares routes
//! on it (`module.exports = (app, db) => { app.get(...) }`, linked by composition to the calls
//! that pass a router there: `routes(app, db)`, `require('./routes')(app)`), returned by a
//! factory (`module.exports = function () { ...; return router }`, mounted as
//! `app.use('/app', require('./routes/app')())`), imported from another module.

use super::guards::{guard_from, looks_like_middleware};
use super::modules::inline_require;
use super::refs::{self, Aliases};
use crate::facts::{
    CallRef, FileFacts, ImportedName, MountDecl, MountTarget, RouteDecl, RouterDecl, UseDecl,
};
use crate::quote::{first_line, line_of};
use sechound_core::project::{Framework, GuardLevel};
use sechound_syntax::js::{
    FUNCTION_KINDS, arguments, callee, dotted_path, method_name, receiver, required_module,
    string_value, unwrap,
};
use sechound_syntax::modules::ModuleRecord;
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, short_text, text, walk};
use sechound_syntax::{CodeFile, Node};

pub(crate) const METHODS: &[&str] = &[
    "get", "post", "put", "patch", "delete", "all", "options", "head",
];

/// Names a parameter that receives an application or router goes by.
const ROUTER_PARAMS: &[&str] = &[
    "app",
    "router",
    "server",
    "api",
    "application",
    "route",
    "r",
];

/// Reads Express routing from `file` into `facts` (imports must be read already).
pub(crate) fn read_express(file: &CodeFile, record: &ModuleRecord, facts: &mut FileFacts) {
    let src = file.text();
    let express_names = express_imports(facts);
    let inline_express = express_names.is_empty() && src.contains("require('express')")
        || src.contains("require(\"express\")");
    if express_names.is_empty() && !inline_express {
        // Routers are often created in one file and given routes in another that imports
        // them, or received as a parameter; without an express import only those are read.
        let relative_imports = facts.imports.iter().any(|i| i.module.starts_with('.'));
        let exports_function = !facts.exports.is_empty();
        if !relative_imports && !exports_function {
            return;
        }
    }
    // Pass 1: applications and routers created here, local aliases, routers received as
    // parameters.
    let mut aliases = Aliases::default();
    let mut params: Vec<(String, usize, u32, u32)> = Vec::new();
    walk(file.tree.root_node(), |node| {
        match node.kind() {
            "variable_declarator" => {
                aliases.record(node, src);
                if let (Some(name), Some(value)) = (node.field("name"), node.field("value"))
                    && name.kind() == "identifier"
                    && let Some(is_app) = creates_router(unwrap(value), src, &express_names)
                {
                    facts.routers.push(RouterDecl {
                        param: None,
                        prefix_value: None,
                        local: text(name, src).to_string(),
                        is_app,
                        framework: Framework::Express,
                        prefix: None,
                        guards: Vec::new(),
                        line: line_of(node),
                    });
                }
            }
            "call_expression" => {
                if let Some(found) = router_param(node, src) {
                    params.push(found);
                }
            }
            _ => {}
        }
        true
    });
    for (local, start, index, line) in params {
        if facts.routers.iter().any(|r| r.local == local) {
            continue;
        }
        facts.routers.push(RouterDecl {
            param: Some((start, index)),
            prefix_value: None,
            local,
            is_app: false,
            framework: Framework::Express,
            prefix: None,
            guards: Vec::new(),
            line,
        });
    }
    let known: Vec<String> = facts.routers.iter().map(|r| r.local.clone()).collect();
    let imported_router = |name: &str| {
        facts
            .imports
            .iter()
            .any(|i| i.local == name && i.module.starts_with('.') && looks_like_router_name(name))
    };
    let is_router = |name: &str| known.iter().any(|k| k == name) || imported_router(name);
    // Pass 2: routes, mounts and middleware on those routers; routers passed to functions or
    // returned by them.
    let mut routes = Vec::new();
    let mut mounts = Vec::new();
    let mut uses = Vec::new();
    let mut returns = Vec::new();
    walk(file.tree.root_node(), |node| {
        match node.kind() {
            "call_expression" => {}
            "return_statement" => {
                if let Some(value) = node.named_child(0)
                    && let Some(name) = dotted_path(unwrap(value), src)
                    && known.contains(&name)
                    && let Some(function) = enclosing_function(node)
                {
                    returns.push((function.start_byte(), name));
                }
                return true;
            }
            "arrow_function" => {
                // `module.exports = () => router`
                if let Some(body) = node.field("body")
                    && body.kind() != "statement_block"
                    && let Some(name) = dotted_path(unwrap(body), src)
                    && known.contains(&name)
                {
                    returns.push((node.start_byte(), name));
                }
                return true;
            }
            _ => return true,
        }
        let Some(method) = method_name(node, src) else {
            return true;
        };
        if METHODS.contains(&method) {
            if let Some((owner, path)) = route_base(node, src, &is_router) {
                let expanded = if path.is_none() {
                    loop_paths(node, src)
                } else {
                    None
                };
                let mut decl = route(node, src, owner, path, method, &aliases);
                decl.conditions = refs::conditions(node, src, record);
                match expanded {
                    // `for (const page of ['a1', 'a2']) router.get(`/${page}`, ...)`: one route
                    // per element.
                    Some(paths) => routes.extend(paths.into_iter().map(|p| RouteDecl {
                        path: Some(p),
                        ..decl.clone()
                    })),
                    None => routes.push(decl),
                }
                return true;
            }
        } else if method == "use"
            && let Some(owner) = receiver(node).and_then(|r| dotted_path(r, src))
            && is_router(&owner)
        {
            read_use(
                node,
                src,
                record,
                &facts.imports,
                owner,
                &is_router,
                &aliases,
                &mut mounts,
                &mut uses,
            );
            return true;
        }
        // A router passed to a function: `routes(app, db)`, `require('./routes')(app)`.
        if let Some(callee) = call_ref(node, src, &aliases) {
            for (index, arg) in arguments(node).into_iter().enumerate() {
                let arg = unwrap(arg);
                if arg.kind() == "identifier" && known.iter().any(|k| k == text(arg, src)) {
                    mounts.push(MountDecl {
                        prefix_value: None,
                        conditions: refs::conditions(node, src, record),
                        fallback: None,
                        owner: text(arg, src).to_string(),
                        prefix: None,
                        target: MountTarget::Passed {
                            callee: callee.clone(),
                            index: index as u32,
                        },
                        guards: Vec::new(),
                        replaces_prefix: false,
                        line: line_of(node),
                    });
                }
            }
        }
        true
    });
    facts.routes.extend(routes);
    facts.mounts.extend(mounts);
    facts.uses.extend(uses);
    facts.factory_returns.extend(returns);
}

/// The function a call invokes, as a name or a module's default export; `None` for methods of
/// routers and for calls sechound cannot name.
fn call_ref(call: Node<'_>, src: &str, aliases: &Aliases<'_>) -> Option<CallRef> {
    let function = unwrap(callee(call)?);
    if function.kind() == "call_expression" {
        return required_module(function, src).map(CallRef::Module);
    }
    let name = dotted_path(function, src)?;
    if name == "require" {
        return None;
    }
    Some(CallRef::Name(aliases.follow(&name, call.start_byte(), src)))
}

/// The innermost function around `node`.
fn enclosing_function(node: Node<'_>) -> Option<Node<'_>> {
    let mut current = node.parent();
    while let Some(n) = current {
        if FUNCTION_KINDS.contains(&n.kind()) {
            return Some(n);
        }
        current = n.parent();
    }
    None
}

/// `app.get('/x', h)` (or `app.use(...)`, `app.route('/x')`) on `app` a parameter of the
/// function around it: the parameter, the function's start, the parameter's position, line.
fn router_param(call: Node<'_>, src: &str) -> Option<(String, usize, u32, u32)> {
    let method = method_name(call, src)?;
    if !(METHODS.contains(&method) || method == "use" || method == "route") {
        return None;
    }
    let object = unwrap(receiver(call)?);
    if object.kind() != "identifier" {
        return None;
    }
    let name = text(object, src);
    let args = arguments(call);
    let route_shaped = match method {
        "use" => !args.is_empty(),
        "route" => args.first().and_then(|a| string_value(*a, src)).is_some(),
        _ => {
            args.len() >= 2
                && args
                    .first()
                    .and_then(|a| string_value(*a, src))
                    .is_some_and(|p| p.starts_with('/'))
        }
    };
    if !route_shaped || !(ROUTER_PARAMS.contains(&name) || name.ends_with("Router")) {
        return None;
    }
    let function = enclosing_function(call)?;
    let params = function
        .field("parameters")
        .or_else(|| function.field("parameter"))?;
    let list: Vec<Node<'_>> = if params.kind() == "formal_parameters" {
        named_children(params)
            .into_iter()
            .filter(|p| p.kind() != "comment")
            .collect()
    } else {
        vec![params]
    };
    let index = list.iter().position(|p| {
        let pattern = p.field("pattern").unwrap_or(*p);
        pattern.kind() == "identifier" && text(pattern, src) == name
    })?;
    Some((
        name.to_string(),
        function.start_byte(),
        index as u32,
        line_of(function),
    ))
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

/// `Some(true)` for `express()`, `Some(false)` for `express.Router()` / `Router()` /
/// `require('express').Router()`.
fn creates_router(value: Node<'_>, src: &str, express: &[(String, bool)]) -> Option<bool> {
    if !matches!(value.kind(), "call_expression" | "new_expression") {
        return None;
    }
    let function = unwrap(callee(value)?);
    // `require('express')()`
    if function.kind() == "call_expression" {
        return (required_module(function, src).as_deref() == Some("express")).then_some(true);
    }
    // `require('express').Router()`
    if function.kind() == "member_expression"
        && function
            .field("property")
            .is_some_and(|p| text(p, src) == "Router")
        && let Some(object) = function.field("object").map(unwrap)
        && object.kind() == "call_expression"
    {
        return (required_module(object, src).as_deref() == Some("express")).then_some(false);
    }
    let path = dotted_path(function, src)?;
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

/// The paths of `router.get(`/${page}`, ...)` written in a loop over a literal array of strings
/// (`for (const page of pages)`, `pages.forEach((page) => ...)`, with `pages` an array literal
/// in place or a `const` of the file): one per element. `None` for anything else (the path
/// stays unknown).
fn loop_paths(call: Node<'_>, src: &str) -> Option<Vec<String>> {
    if receiver(call).is_some_and(|r| unwrap(r).kind() == "call_expression") {
        return None;
    }
    let template = unwrap(arguments(call).into_iter().next()?);
    if template.kind() != "template_string" {
        return None;
    }
    let substitutions: Vec<Node<'_>> = named_children(template)
        .into_iter()
        .filter(|c| c.kind() == "template_substitution")
        .collect();
    let variable = substitutions.first()?.named_child(0)?;
    if variable.kind() != "identifier" {
        return None;
    }
    let name = text(variable, src);
    if substitutions
        .iter()
        .any(|s| s.named_child(0).map(|v| text(v, src)) != Some(name) || s.named_child_count() != 1)
    {
        return None;
    }
    // The loop that binds the variable, innermost first.
    let mut current = call.parent();
    let mut list = None;
    while let Some(node) = current {
        match node.kind() {
            "for_in_statement" => {
                let left = node.field("left").map(unwrap);
                let of = node.field("operator").is_some_and(|o| text(o, src) == "of");
                if of && left.is_some_and(|l| text(l, src) == name) {
                    list = node.field("right").map(unwrap);
                    break;
                }
            }
            "arrow_function" | "function_expression" => {
                // `pages.forEach((page) => ...)`
                let param = node
                    .field("parameter")
                    .or_else(|| {
                        node.field("parameters")
                            .and_then(|p| p.named_child(0))
                            .map(|p| p.field("pattern").unwrap_or(p))
                    })
                    .map(|p| text(p, src));
                if param == Some(name)
                    && let Some(args) = node.parent()
                    && args.kind() == "arguments"
                    && let Some(each) = args.parent()
                    && method_name(each, src) == Some("forEach")
                {
                    list = receiver(each).map(unwrap);
                    break;
                }
                return None;
            }
            "function_declaration" | "method_definition" | "program" => return None,
            _ => {}
        }
        current = node.parent();
    }
    let list = list?;
    let array = match list.kind() {
        "array" => list,
        "identifier" => const_array(call, text(list, src), src)?,
        _ => return None,
    };
    let items: Vec<String> = named_children(array)
        .into_iter()
        .map(|e| string_value(e, src))
        .collect::<Option<Vec<_>>>()?;
    if items.is_empty() || items.len() > 200 {
        return None;
    }
    let raw = text(template, src);
    let raw = &raw[1..raw.len().saturating_sub(1).max(1)];
    let mut pieces: Vec<&str> = Vec::new();
    let base = template.start_byte() + 1;
    let mut at = 0;
    for s in &substitutions {
        pieces.push(&raw[at..s.start_byte() - base]);
        at = s.end_byte() - base;
    }
    pieces.push(&raw[at..]);
    Some(
        items
            .iter()
            .map(|item| pieces.join(item.as_str()))
            .collect(),
    )
}

/// The array literal a `const` of the file's top level holds.
fn const_array<'t>(from: Node<'t>, name: &str, src: &str) -> Option<Node<'t>> {
    let mut root = from;
    while let Some(parent) = root.parent() {
        root = parent;
    }
    for statement in named_children(root) {
        let statement = if statement.kind() == "export_statement" {
            statement.field("declaration")?
        } else {
            statement
        };
        if statement.kind() != "lexical_declaration" || !text(statement, src).starts_with("const") {
            continue;
        }
        for declarator in named_children(statement) {
            if declarator.field("name").map(|n| text(n, src)) == Some(name) {
                return declarator
                    .field("value")
                    .map(unwrap)
                    .filter(|v| v.kind() == "array");
            }
        }
    }
    None
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
    aliases: &Aliases<'_>,
) -> RouteDecl {
    let mut args = arguments(call);
    // In `router.route('/p').get(h)` every argument is a handler; otherwise the first is the path.
    let chained = receiver(call).is_some_and(|r| unwrap(r).kind() == "call_expression");
    if !chained && !args.is_empty() {
        args.remove(0);
    }
    let last = args.pop();
    let handler = last.map(|h| handler_name(h, src));
    let handler_at = last.and_then(|h| refs::handler_at(h, src, aliases));
    let guards = args
        .into_iter()
        .flat_map(|a| guards_of(a, src, GuardLevel::Route, aliases))
        .collect();
    RouteDecl {
        handler_at,
        path_value: None,
        conditions: Vec::new(),
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
        framework: Framework::Express,
        public_marker: None,
    }
}

/// The guards a middleware argument stands for (arrays flattened), each with the code to judge.
fn guards_of(
    arg: Node<'_>,
    src: &str,
    level: GuardLevel,
    aliases: &Aliases<'_>,
) -> Vec<crate::facts::Guard> {
    let arg = unwrap(arg);
    if arg.kind() == "array" {
        return named_children(arg)
            .into_iter()
            .flat_map(|a| guards_of(a, src, level, aliases))
            .collect();
    }
    let target = refs::guard_target(arg, src, aliases);
    guard_from(arg, src, level)
        .into_iter()
        .map(|mut g| {
            g.target = target.clone();
            g
        })
        .collect()
}

pub(crate) fn handler_name(node: Node<'_>, src: &str) -> String {
    let node = unwrap(node);
    match node.kind() {
        "arrow_function" | "function_expression" | "function" => "inline function".into(),
        _ => short_text(node, src, 60),
    }
}

#[allow(clippy::too_many_arguments)]
fn read_use(
    call: Node<'_>,
    src: &str,
    record: &ModuleRecord,
    imports: &[crate::facts::Import],
    owner: String,
    is_router: &dyn Fn(&str) -> bool,
    aliases: &Aliases<'_>,
    mounts: &mut Vec<MountDecl>,
    uses: &mut Vec<UseDecl>,
) {
    let mut args = arguments(call);
    let path = args.first().and_then(|a| string_value(*a, src));
    if path.is_some() {
        args.remove(0);
    }
    let level = if path.is_some() {
        GuardLevel::Router
    } else {
        GuardLevel::Global
    };
    let guard_of = |a: Node<'_>| guards_of(a, src, level, aliases);
    let mut fallback = None;
    let target = args.last().and_then(|last| {
        let last = unwrap(*last);
        if let Some(module) = inline_require(last, src) {
            return Some(MountTarget::Module {
                module,
                local: "default".into(),
            });
        }
        // `app.use('/app', require('./routes/app')())`, `app.use('/x', makeRouter(deps))`:
        // what the function returns, when it returns a router; middleware otherwise.
        if last.kind() == "call_expression"
            && let Some(callee) = call_ref(last, src, aliases)
        {
            fallback = guard_of(last).into_iter().next();
            return Some(MountTarget::Built(callee));
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
    let guards: Vec<_> = args.into_iter().flat_map(guard_of).collect();
    match target {
        Some(target) => mounts.push(MountDecl {
            prefix_value: None,
            conditions: refs::conditions(call, src, record),
            fallback,
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
