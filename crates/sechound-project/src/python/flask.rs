//! Flask: applications and blueprints with their `url_prefix`, decorated routes and the guard
//! decorators under them, `register_blueprint` mounts, and `before_request` hooks that check
//! the caller.

use super::auth::{checks_caller, decorator_guard};
use super::{
    assignment, callee_name, def_name, definition, first_line, imports_package, line_of,
    methods_of, top_level,
};
use crate::facts::{FileFacts, Guard, MountDecl, MountTarget, RouteDecl, RouterDecl, UseDecl};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{short_text, text, walk};
use sechound_syntax::python::{
    decorators, dotted_path, keyword_arg, method_name, positional_args, receiver, string_value,
    unwrap,
};
use sechound_syntax::{CodeFile, Node};

const METHODS: &[&str] = &["get", "post", "put", "patch", "delete"];

pub(crate) fn read(file: &CodeFile, facts: &mut FileFacts) {
    if !imports_package(facts, "flask") {
        return;
    }
    let src = file.text();
    for statement in top_level(file) {
        let Some((name, value)) = assignment(statement, src) else {
            continue;
        };
        if value.kind() != "call" {
            continue;
        }
        let (is_app, prefix) = match callee_name(value, src).as_deref() {
            Some("Flask") => (true, None),
            Some("Blueprint") => (
                false,
                keyword_arg(value, src, "url_prefix").and_then(|p| string_value(p, src)),
            ),
            _ => continue,
        };
        facts.routers.push(RouterDecl {
            local: name,
            is_app,
            framework: "flask",
            prefix,
            guards: Vec::new(),
            line: line_of(statement),
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
                let Some(owner) = receiver(node).and_then(|r| dotted_path(r, src)) else {
                    return true;
                };
                if !is_router(&owner) {
                    return true;
                }
                match method_name(node, src) {
                    Some("register_blueprint") => {
                        if let Some(target) = positional_args(node).first() {
                            let prefix = keyword_arg(node, src, "url_prefix")
                                .and_then(|p| string_value(p, src));
                            mounts.push(MountDecl {
                                owner,
                                replaces_prefix: prefix.is_some(),
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
                            public_marker: None,
                            owner: Some(owner),
                            methods: methods_of(node, src),
                            path: args.first().and_then(|p| string_value(*p, src)),
                            handler: view.and_then(|v| dotted_path(v, src)),
                            guards: Vec::new(),
                            line: line_of(node),
                            code: first_line(node, src),
                            framework: "flask",
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
                framework: "flask",
            });
            continue;
        }
        // `@app.before_request` / `@bp.before_request` / `@bp.before_app_request`.
        if let Some(path) = dotted_path(decorator, src)
            && let Some((owner, hook)) = path.rsplit_once('.')
            && matches!(hook, "before_request" | "before_app_request")
            && is_router(owner)
            && let Some(body) = function.field("body")
            && checks_caller(text(body, src))
        {
            uses.push(hook_use(owner, hook, is_app, name.clone(), true, function));
        }
    }
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
            text: format!("{owner}.{hook}: {function}"),
            name: function,
            roles: Vec::new(),
            authenticates,
            level: if app_wide || is_app(owner) {
                "global"
            } else {
                "router"
            },
            line: line_of(node),
        }],
        ordered: false,
        line: line_of(node),
    }
}
