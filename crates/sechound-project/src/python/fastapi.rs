//! FastAPI: applications and `APIRouter`s with their prefixes and dependencies, decorated
//! routes with route- and parameter-level dependencies, and `include_router` mounts.

use super::auth::{dependency_list, parameter_guards};
use super::refs;
use super::{
    assignment, callee_name, def_name, definition, first_line, imports_package, line_of,
    methods_of, top_level,
};
use crate::facts::{FileFacts, MountDecl, MountTarget, RouteDecl, RouterDecl, ViewDecl};
use sechound_core::project::Framework;
use sechound_core::project::GuardLevel;
use sechound_syntax::modules::ModuleRecord;
use sechound_syntax::node::{short_text, walk};
use sechound_syntax::python::{
    decorators, dotted_path, keyword_arg, method_name, positional_args, receiver, string_value,
    unwrap,
};
use sechound_syntax::{CodeFile, Node};

const METHODS: &[&str] = &[
    "get", "post", "put", "patch", "delete", "options", "head", "trace",
];

/// Security scheme classes: an object made from one authenticates when depended on.
const SCHEMES: &[&str] = &[
    "OAuth2PasswordBearer",
    "OAuth2AuthorizationCodeBearer",
    "HTTPBearer",
    "HTTPBasic",
    "HTTPDigest",
    "APIKeyHeader",
    "APIKeyQuery",
    "APIKeyCookie",
];

pub(crate) fn read(file: &CodeFile, record: &ModuleRecord, facts: &mut FileFacts) {
    if !imports_package(facts, "fastapi") {
        return;
    }
    let src = file.text();
    let statements = top_level(file);
    // Security schemes and `Annotated[..., Depends(...)]` aliases of this module.
    let mut schemes = Vec::new();
    for (name, value) in statements.iter().filter_map(|s| assignment(*s, src)) {
        if value.kind() == "call"
            && callee_name(value, src).is_some_and(|c| SCHEMES.contains(&c.as_str()))
        {
            schemes.push(name);
        }
    }
    let mut aliases = Vec::new();
    for statement in &statements {
        let Some((name, value)) = assignment(*statement, src) else {
            continue;
        };
        if value.kind() != "subscript" {
            continue;
        }
        let mut guards = Vec::new();
        walk(value, |node| {
            if let Some(g) =
                super::auth::dependency_guard(node, src, GuardLevel::Dependency, &schemes)
            {
                guards.push(g);
                return false;
            }
            true
        });
        if !guards.is_empty() {
            aliases.push(name.clone());
            facts.views.push(ViewDecl {
                name,
                line: line_of(*statement),
                guards,
                methods: Vec::new(),
                replaces_defaults: false,
                notes: Vec::new(),
                method_fns: Vec::new(),
                cached_by: Vec::new(),
            });
        }
    }
    // Applications and routers.
    for statement in &statements {
        let Some((name, value)) = assignment(*statement, src) else {
            continue;
        };
        if value.kind() != "call" {
            continue;
        }
        let is_app = match callee_name(value, src).as_deref() {
            Some("FastAPI") => true,
            Some("APIRouter") => false,
            _ => continue,
        };
        let level = if is_app {
            GuardLevel::Global
        } else {
            GuardLevel::Router
        };
        let (prefix, prefix_value) = keyword_arg(value, src, "prefix")
            .map(|p| refs::prefix(p, src, record))
            .unwrap_or_default();
        facts.routers.push(RouterDecl {
            param: None,
            prefix_value,
            local: name,
            is_app,
            framework: Framework::Fastapi,
            prefix,
            guards: keyword_arg(value, src, "dependencies")
                .map(|d| dependency_list(d, src, level, &schemes))
                .unwrap_or_default(),
            line: line_of(*statement),
        });
    }
    let routers: Vec<String> = facts.routers.iter().map(|r| r.local.clone()).collect();
    let is_router = |name: &str| {
        routers.iter().any(|r| r == name)
            || facts.imports.iter().any(|i| {
                i.local == name && {
                    let lower = name.to_ascii_lowercase();
                    lower.ends_with("router") || lower == "app"
                }
            })
    };
    // Routes: decorated functions at any depth (factories build routers inside functions).
    let mut routes = Vec::new();
    walk(file.tree.root_node(), |node| {
        if node.kind() != "decorated_definition" {
            return true;
        }
        let Some(function) = definition(node).filter(|d| d.kind() == "function_definition") else {
            return true;
        };
        for decorator in decorators(function) {
            if let Some(route) = route(
                decorator, function, src, &is_router, &schemes, facts, &aliases,
            ) {
                routes.push(route);
            }
        }
        true
    });
    // Mounts: `app.include_router(users.router, prefix="/users", dependencies=[...])`.
    let mut mounts = Vec::new();
    walk(file.tree.root_node(), |node| {
        if node.kind() != "call" {
            return true;
        }
        let Some(owner) = receiver(node).and_then(|r| dotted_path(r, src)) else {
            return true;
        };
        if !is_router(&owner) {
            return true;
        }
        match method_name(node, src) {
            Some("include_router") => {
                let Some(target) = positional_args(node)
                    .first()
                    .copied()
                    .or_else(|| keyword_arg(node, src, "router"))
                else {
                    return true;
                };
                let (prefix, prefix_value) = keyword_arg(node, src, "prefix")
                    .map(|p| refs::prefix(p, src, record))
                    .unwrap_or_default();
                mounts.push(MountDecl {
                    prefix_value,
                    conditions: refs::conditions(node, src, record),
                    fallback: None,
                    owner,
                    prefix,
                    target: match dotted_path(target, src) {
                        Some(name) => MountTarget::Local(name),
                        None => MountTarget::Unresolved(short_text(target, src, 60)),
                    },
                    guards: keyword_arg(node, src, "dependencies")
                        .map(|d| dependency_list(d, src, GuardLevel::Router, &schemes))
                        .unwrap_or_default(),
                    replaces_prefix: false,
                    line: line_of(node),
                });
            }
            Some("mount") => {
                // `app.mount("/static", StaticFiles(...))` serves files, not API routes; a
                // mounted sub-application is followed like a router.
                let args = positional_args(node);
                if let (Some(prefix), Some(target)) = (args.first(), args.get(1))
                    && let Some(name) = dotted_path(*target, src)
                    && is_router(&name)
                {
                    mounts.push(MountDecl {
                        prefix_value: None,
                        conditions: Vec::new(),
                        fallback: None,
                        owner,
                        prefix: string_value(*prefix, src),
                        target: MountTarget::Local(name),
                        guards: Vec::new(),
                        replaces_prefix: false,
                        line: line_of(node),
                    });
                }
            }
            _ => {}
        }
        true
    });
    facts.routes.extend(routes);
    facts.mounts.extend(mounts);
}

/// `@router.get("/items/{id}", dependencies=[...])` on `function`.
fn route(
    decorator: Node<'_>,
    function: Node<'_>,
    src: &str,
    is_router: &dyn Fn(&str) -> bool,
    schemes: &[String],
    facts: &FileFacts,
    aliases: &[String],
) -> Option<RouteDecl> {
    let decorator = unwrap(decorator);
    if decorator.kind() != "call" {
        return None;
    }
    let owner = dotted_path(receiver(decorator)?, src)?;
    if !is_router(&owner) {
        return None;
    }
    let method = method_name(decorator, src)?;
    let methods = match method {
        m if METHODS.contains(&m) => vec![m.to_ascii_uppercase()],
        "websocket" | "websocket_route" => vec!["WS".to_string()],
        "api_route" | "route" => methods_of(decorator, src),
        _ => return None,
    };
    let path_node = positional_args(decorator)
        .first()
        .copied()
        .or_else(|| keyword_arg(decorator, src, "path"))?;
    let mut guards = keyword_arg(decorator, src, "dependencies")
        .map(|d| dependency_list(d, src, GuardLevel::Route, schemes))
        .unwrap_or_default();
    guards.extend(parameter_guards(function, src, schemes, facts, aliases));
    Some(RouteDecl {
        handler_at: Some(crate::facts::HandlerAt::Inline(function.start_byte())),
        path_value: None,
        conditions: Vec::new(),
        public_marker: None,
        owner: Some(owner),
        methods,
        path: string_value(path_node, src),
        handler: def_name(function, src),
        guards,
        line: line_of(decorator),
        code: first_line(decorator, src),
        framework: Framework::Fastapi,
    })
}
