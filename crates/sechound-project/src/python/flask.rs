//! Flask: applications and blueprints with their `url_prefix`, decorated routes and the guard
//! decorators under them, `register_blueprint` mounts, and `before_request` hooks that check
//! the caller.

use super::auth::decorator_guard;
use super::refs;
use super::{callee_name, def_name, definition, first_line, imports_package, line_of, methods_of};
use crate::facts::{
    CallRef, FileFacts, Guard, GuardTarget, MountDecl, MountTarget, RouteDecl, RouterDecl, UseDecl,
};
use sechound_core::project::Framework;
use sechound_core::project::GuardLevel;
use sechound_syntax::modules::ModuleRecord;
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{short_text, text, walk};
use sechound_syntax::python::{
    decorators, dotted_path, keyword_arg, method_name, positional_args, receiver, string_value,
    unwrap,
};
use sechound_syntax::{CodeFile, Node};

const METHODS: &[&str] = &["get", "post", "put", "patch", "delete"];

pub(crate) fn read(file: &CodeFile, record: &ModuleRecord, facts: &mut FileFacts) {
    if !imports_package(facts, "flask") {
        return;
    }
    let src = file.text();
    // Applications and blueprints, at module level or in an application factory
    // (`def create_app(): app = Flask(__name__)`); applications and blueprints received as a
    // parameter (`def init_app(app): app.register_blueprint(...)`).
    let mut params: Vec<(String, usize, u32, u32)> = Vec::new();
    walk(file.tree.root_node(), |node| {
        match node.kind() {
            "assignment" => {
                if let (Some(left), Some(value)) = (node.field("left"), node.field("right"))
                    && left.kind() == "identifier"
                    && unwrap(value).kind() == "call"
                {
                    let value = unwrap(value);
                    let (is_app, (prefix, prefix_value)) = match callee_name(value, src).as_deref()
                    {
                        Some("Flask") => (true, (None, None)),
                        Some("Blueprint") => (
                            false,
                            keyword_arg(value, src, "url_prefix")
                                .map(|p| refs::prefix(p, src, record))
                                .unwrap_or_default(),
                        ),
                        _ => return true,
                    };
                    let name = text(left, src).to_string();
                    if !facts.routers.iter().any(|r| r.local == name) {
                        facts.routers.push(RouterDecl {
                            param: None,
                            prefix_value,
                            local: name,
                            is_app,
                            framework: Framework::Flask,
                            prefix,
                            guards: Vec::new(),
                            line: line_of(node),
                        });
                    }
                }
            }
            "call" => {
                if matches!(
                    method_name(node, src),
                    Some("route" | "register_blueprint" | "add_url_rule" | "before_request")
                        | Some("get" | "post" | "put" | "patch" | "delete")
                ) && let Some(object) = receiver(node)
                    && object.kind() == "identifier"
                    && let Some(found) = parameter_of(node, text(object, src), src)
                {
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
            framework: Framework::Flask,
            prefix: None,
            guards: Vec::new(),
            line,
        });
    }
    let routers: Vec<(String, bool)> = facts
        .routers
        .iter()
        .map(|r| (r.local.clone(), r.is_app))
        .collect();
    let is_router = |name: &str| {
        routers.iter().any(|(r, _)| r == name)
            || facts.imports.iter().any(|i| {
                i.local == name && {
                    let lower = name.to_ascii_lowercase();
                    lower == "app"
                        || lower == "bp"
                        || lower.ends_with("_bp")
                        || lower.ends_with("blueprint")
                }
            })
    };
    let is_app = |name: &str| routers.iter().any(|(r, app)| r == name && *app) || name == "app";
    let mut routes = Vec::new();
    let mut uses = Vec::new();
    let mut mounts = Vec::new();
    let mut notes = Vec::new();
    walk(file.tree.root_node(), |node| {
        match node.kind() {
            "decorated_definition" => {
                if let Some(function) =
                    definition(node).filter(|d| d.kind() == "function_definition")
                {
                    read_decorated(
                        function,
                        src,
                        &is_router,
                        &is_app,
                        &mut routes,
                        &mut uses,
                        &mut notes,
                    );
                }
            }
            "call" => {
                // An application passed to a function that registers on it:
                // `register_routes(app)`, `auth.init_app(app)`.
                if let Some(callee) = sechound_syntax::python::callee_path(node, src) {
                    for (index, arg) in positional_args(node).into_iter().enumerate() {
                        if arg.kind() == "identifier"
                            && routers.iter().any(|(r, _)| r == text(arg, src))
                        {
                            mounts.push(MountDecl {
                                prefix_value: None,
                                conditions: refs::conditions(node, src, record),
                                fallback: None,
                                owner: text(arg, src).to_string(),
                                replaces_prefix: false,
                                prefix: None,
                                target: MountTarget::Passed {
                                    callee: CallRef::Name(callee.clone()),
                                    index: index as u32,
                                },
                                guards: Vec::new(),
                                line: line_of(node),
                            });
                        }
                    }
                }
                let Some(owner) = receiver(node).and_then(|r| dotted_path(r, src)) else {
                    return true;
                };
                if !is_router(&owner) {
                    return true;
                }
                match method_name(node, src) {
                    Some("register_blueprint") => {
                        if let Some(target) = positional_args(node).first() {
                            let (prefix, prefix_value) = keyword_arg(node, src, "url_prefix")
                                .map(|p| refs::prefix(p, src, record))
                                .unwrap_or_default();
                            mounts.push(MountDecl {
                                replaces_prefix: prefix.is_some() || prefix_value.is_some(),
                                prefix_value,
                                conditions: refs::conditions(node, src, record),
                                fallback: None,
                                owner,
                                prefix,
                                target: match dotted_path(*target, src) {
                                    Some(name) => MountTarget::Local(name),
                                    None => MountTarget::Unresolved(short_text(*target, src, 60)),
                                },
                                guards: Vec::new(),
                                line: line_of(node),
                            });
                        }
                    }
                    Some("add_url_rule") => {
                        let args = positional_args(node);
                        let view =
                            keyword_arg(node, src, "view_func").or_else(|| args.get(2).copied());
                        routes.push(RouteDecl {
                            handler_at: None,
                            path_value: None,
                            conditions: Vec::new(),
                            public_marker: None,
                            owner: Some(owner),
                            methods: methods_of(node, src),
                            path: args.first().and_then(|p| string_value(*p, src)),
                            handler: view.and_then(|v| dotted_path(v, src)),
                            guards: Vec::new(),
                            line: line_of(node),
                            code: first_line(node, src),
                            framework: Framework::Flask,
                        });
                    }
                    Some(hook @ ("before_request" | "before_app_request")) => {
                        // `app.before_request(check_auth)`: the function is defined elsewhere;
                        // whether it checks the caller is decided by its auth definition.
                        if let Some(function) = positional_args(node).first()
                            && let Some(name) = dotted_path(*function, src)
                        {
                            uses.push(hook_use(&owner, hook, &is_app, name, false, node));
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        true
    });
    facts.routes.extend(routes);
    facts.uses.extend(uses);
    facts.mounts.extend(mounts);
    facts.notes.extend(notes);
}

/// A route decorator with the guard decorators under it, or a `before_request` hook.
fn read_decorated(
    function: Node<'_>,
    src: &str,
    is_router: &dyn Fn(&str) -> bool,
    is_app: &dyn Fn(&str) -> bool,
    routes: &mut Vec<RouteDecl>,
    uses: &mut Vec<UseDecl>,
    notes: &mut Vec<String>,
) {
    let decorators = decorators(function);
    let Some(name) = def_name(function, src) else {
        return;
    };
    // Decorators apply bottom-up: Flask registers what the route decorator receives, so only
    // guards below it protect the route.
    let route_at: Vec<usize> = decorators
        .iter()
        .enumerate()
        .filter(|(_, d)| route_decorator(**d, src, is_router).is_some())
        .map(|(i, _)| i)
        .collect();
    for (index, decorator) in decorators.iter().enumerate() {
        let decorator = unwrap(*decorator);
        if let Some((owner, methods)) = route_decorator(decorator, src, is_router) {
            let below = decorators[index + 1..]
                .iter()
                .filter(|d| !route_at.iter().any(|i| decorators[*i] == **d));
            let guards: Vec<Guard> = below.filter_map(|d| decorator_guard(*d, src)).collect();
            let above: Vec<String> = decorators[..index]
                .iter()
                .filter(|d| !route_at.iter().any(|i| decorators[*i] == **d))
                .filter_map(|d| decorator_guard(*d, src))
                .filter(|g| g.authenticates || crate::names::is_auth_name(&g.name))
                .map(|g| g.text)
                .collect();
            if !above.is_empty() {
                notes.push(format!(
                    "line {}: `{}` is above the route decorator of `{name}`: Flask registers the \
                     function without it",
                    line_of(decorator),
                    above.join("`, `")
                ));
            }
            routes.push(RouteDecl {
                handler_at: Some(crate::facts::HandlerAt::Inline(function.start_byte())),
                path_value: None,
                conditions: Vec::new(),
                public_marker: None,
                owner: Some(owner),
                methods,
                path: positional_args(decorator)
                    .first()
                    .copied()
                    .or_else(|| keyword_arg(decorator, src, "rule"))
                    .and_then(|p| string_value(p, src)),
                handler: Some(name.clone()),
                guards,
                line: line_of(decorator),
                code: first_line(decorator, src),
                framework: Framework::Flask,
            });
            continue;
        }
        // `@app.before_request` / `@bp.before_request` / `@bp.before_app_request`: what it
        // does is judged from its code.
        if let Some(path) = dotted_path(decorator, src)
            && let Some((owner, hook)) = path.rsplit_once('.')
            && matches!(hook, "before_request" | "before_app_request")
            && is_router(owner)
        {
            uses.push(hook_use(owner, hook, is_app, name.clone(), false, function));
        }
    }
}

/// A name that is a parameter of the function around `node`: the name, where the function
/// starts, the parameter's position, the function's line.
fn parameter_of(node: Node<'_>, name: &str, src: &str) -> Option<(String, usize, u32, u32)> {
    let mut current = node.parent();
    let function = loop {
        let n = current?;
        if n.kind() == "function_definition" {
            break n;
        }
        current = n.parent();
    };
    let params = function.field("parameters")?;
    let index = sechound_syntax::node::named_children(params)
        .into_iter()
        .position(|p| {
            let id = match p.kind() {
                "identifier" => Some(p),
                _ => p.field("name").or_else(|| p.named_child(0)),
            };
            id.is_some_and(|i| i.kind() == "identifier" && text(i, src) == name)
        })?;
    Some((
        name.to_string(),
        function.start_byte(),
        index as u32,
        line_of(function),
    ))
}

/// `(owner, methods)` for `@app.route("/p", methods=[...])` and `@bp.get("/p")`.
fn route_decorator(
    decorator: Node<'_>,
    src: &str,
    is_router: &dyn Fn(&str) -> bool,
) -> Option<(String, Vec<String>)> {
    let decorator = unwrap(decorator);
    if decorator.kind() != "call" {
        return None;
    }
    let owner = dotted_path(receiver(decorator)?, src)?;
    if !is_router(&owner) {
        return None;
    }
    match method_name(decorator, src)? {
        "route" => Some((owner, methods_of(decorator, src))),
        m if METHODS.contains(&m) => Some((owner, vec![m.to_ascii_uppercase()])),
        _ => None,
    }
}

/// A hook that runs before every request of its owner (`before_app_request`: of the whole
/// application), as a guard naming the hook function.
fn hook_use(
    owner: &str,
    hook: &str,
    is_app: &dyn Fn(&str) -> bool,
    function: String,
    authenticates: bool,
    node: Node<'_>,
) -> UseDecl {
    let app_wide = hook == "before_app_request";
    UseDecl {
        owner: if app_wide {
            "*flask".to_string()
        } else {
            owner.to_string()
        },
        path: None,
        guards: vec![Guard {
            target: GuardTarget::named(function.clone(), false),
            text: format!("{owner}.{hook}: {function}"),
            name: function,
            roles: Vec::new(),
            authenticates,
            level: if app_wide || is_app(owner) {
                GuardLevel::Global
            } else {
                GuardLevel::Router
            },
            line: line_of(node),
        }],
        ordered: false,
        line: line_of(node),
    }
}
