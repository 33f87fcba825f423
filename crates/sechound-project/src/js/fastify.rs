//! Fastify: instances, routes (`app.get`, `app.route({...})`), plugins registered with a
//! prefix from other files, hooks and `decorate`d authentication.
//!
//! A plugin is a function whose first parameter is the instance it registers routes on
//! (`export default async function (fastify, opts) {...}`). It is a router named by its local
//! name (`default` for an anonymous default export, `plugin@<line>` for one written inside
//! `register`), so compose follows `register` like a mount. Hooks (`addHook('onRequest', ...)`)
//! are unordered uses of their instance: Fastify's encapsulation applies them to the routes of
//! that instance and of the plugins it registers.

use super::express::handler_name;
use super::guards::{body_authenticates, guard_from};
use super::modules::inline_require;
use crate::facts::{
    AuthDef, FileFacts, Guard, ImportedName, MountDecl, MountTarget, RouteDecl, RouterDecl, UseDecl,
};
use crate::quote::{first_line, line_of};
use sechound_core::project::Framework;
use sechound_core::project::GuardLevel;
use sechound_syntax::js::{
    FUNCTION_KINDS, arguments, callee, dotted_path, method_name, object_property, receiver,
    string_value, unwrap,
};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, short_text, text, walk};
use sechound_syntax::{CodeFile, Node};

/// Instance methods that show a function is a plugin working on its first parameter.
const INSTANCE_METHODS: &[&str] = &[
    "get", "post", "put", "patch", "delete", "options", "head", "all", "route", "register",
    "addHook", "decorate",
];
/// Hooks that run before the handler and can turn a caller away.
const AUTH_HOOKS: &[&str] = &["onRequest", "preParsing", "preValidation", "preHandler"];

/// A plugin function: where it is in the file, the name of its instance parameter, its local.
struct Plugin {
    start: usize,
    end: usize,
    param: String,
    local: String,
}

pub(crate) fn read_fastify(file: &CodeFile, facts: &mut FileFacts) {
    let src = file.text();
    let fastify_names: Vec<String> = facts
        .imports
        .iter()
        .filter(|i| i.module == "fastify")
        .filter(|i| match &i.name {
            ImportedName::Named(n) => n == "fastify" || n == "default",
            _ => true,
        })
        .map(|i| i.local.clone())
        .collect();
    let fastify_file = !fastify_names.is_empty()
        || facts.imports.iter().any(|i| {
            i.module == "fastify-plugin"
                || i.module.starts_with("@fastify/")
                || i.module == "fastify"
        })
        || src.contains("Fastify");
    // A plugin file may not import fastify, but it names its instance so.
    if !fastify_file && !src.contains("fastify") {
        return;
    }
    let mut apps: Vec<String> = Vec::new();
    let mut plugins: Vec<Plugin> = Vec::new();
    walk(file.tree.root_node(), |node| {
        if node.kind() == "variable_declarator"
            && let (Some(name), Some(value)) = (node.field("name"), node.field("value"))
            && name.kind() == "identifier"
            && creates_instance(unwrap(value), src, &fastify_names)
        {
            apps.push(text(name, src).to_string());
            facts.routers.push(RouterDecl {
                param: None,
                prefix_value: None,
                local: text(name, src).to_string(),
                is_app: true,
                framework: Framework::Fastify,
                prefix: None,
                guards: Vec::new(),
                line: line_of(node),
            });
        }
        if FUNCTION_KINDS.contains(&node.kind())
            && let Some(plugin) = plugin(node, src, fastify_file)
        {
            facts.routers.push(RouterDecl {
                param: None,
                prefix_value: None,
                local: plugin.local.clone(),
                is_app: false,
                framework: Framework::Fastify,
                prefix: None,
                guards: Vec::new(),
                line: line_of(node),
            });
            plugins.push(plugin);
        }
        true
    });
    if apps.is_empty() && plugins.is_empty() {
        return;
    }
    // The instance a call is made on: the innermost plugin whose parameter it names, or an
    // application created in the file.
    let owner_of = |call: Node<'_>| -> Option<String> {
        let name = dotted_path(unwrap(receiver(call)?), src)?;
        plugins
            .iter()
            .filter(|p| p.param == name && p.start <= call.start_byte() && call.end_byte() <= p.end)
            .max_by_key(|p| p.start)
            .map(|p| p.local.clone())
            .or_else(|| apps.contains(&name).then_some(name))
    };
    let plugin_locals: Vec<&str> = plugins.iter().map(|p| p.local.as_str()).collect();
    let mut routes = Vec::new();
    let mut mounts = Vec::new();
    let mut uses = Vec::new();
    let mut defs = Vec::new();
    walk(file.tree.root_node(), |node| {
        if node.kind() != "call_expression" {
            return true;
        }
        let Some(method) = method_name(node, src) else {
            return true;
        };
        if !INSTANCE_METHODS.contains(&method) {
            return true;
        }
        let Some(owner) = owner_of(node) else {
            return true;
        };
        let level = if apps.contains(&owner) {
            GuardLevel::Global
        } else {
            GuardLevel::Router
        };
        let args = arguments(node);
        match method {
            "route" => {
                if let Some(options) = args.first().map(|a| unwrap(*a))
                    && options.kind() == "object"
                {
                    routes.push(route_object(node, options, src, owner));
                }
            }
            "register" => {
                if let Some(target) = args
                    .first()
                    .and_then(|t| mount_target(*t, src, facts, &plugin_locals))
                {
                    let prefix = args
                        .get(1)
                        .and_then(|o| object_property(*o, src, "prefix"))
                        .and_then(|p| string_value(p, src));
                    mounts.push(MountDecl {
                        prefix_value: None,
                        conditions: Vec::new(),
                        fallback: None,
                        replaces_prefix: false,
                        owner,
                        prefix,
                        target,
                        guards: Vec::new(),
                        line: line_of(node),
                    });
                }
            }
            "addHook" => {
                if args
                    .first()
                    .and_then(|h| string_value(*h, src))
                    .is_some_and(|h| AUTH_HOOKS.contains(&h.as_str()))
                    && let Some(hook) = args.get(1)
                {
                    let guards = hook_guards(*hook, src, level);
                    if !guards.is_empty() {
                        uses.push(UseDecl {
                            owner,
                            path: None,
                            guards,
                            ordered: false,
                            line: line_of(node),
                        });
                    }
                }
            }
            "decorate" => {
                // `fastify.decorate('authenticate', async (request, reply) => { await request.jwtVerify() })`
                if let (Some(name), Some(value)) = (
                    args.first().and_then(|n| string_value(*n, src)),
                    args.get(1),
                ) && FUNCTION_KINDS.contains(&unwrap(*value).kind())
                    && body_authenticates(text(*value, src))
                {
                    defs.push(AuthDef {
                        name,
                        line: line_of(node),
                        exemptions: Vec::new(),
                        roles: Vec::new(),
                    });
                }
            }
            _ => {
                // `app.get('/p', handler)`, `app.get('/p', { preHandler }, handler)`.
                if args.len() >= 2 {
                    let path = string_value(args[0], src);
                    let options = (args.len() >= 3).then(|| unwrap(args[1]));
                    let guards = options.map(|o| option_guards(o, src)).unwrap_or_default();
                    routes.push(RouteDecl {
                        handler_at: None,
                        path_value: None,
                        conditions: Vec::new(),
                        owner: Some(owner),
                        methods: vec![verb(method)],
                        path,
                        handler: args.last().map(|h| handler_name(*h, src)),
                        guards,
                        line: line_of(node),
                        code: first_line(node, src),
                        framework: Framework::Fastify,
                        public_marker: None,
                    });
                }
            }
        }
        true
    });
    facts.routes.extend(routes);
    facts.mounts.extend(mounts);
    facts.uses.extend(uses);
    facts.auth_defs.extend(defs);
}

fn verb(method: &str) -> String {
    if method == "all" {
        "ANY".into()
    } else {
        method.to_ascii_uppercase()
    }
}

/// `Fastify()`, `fastify({ logger: true })`, `require('fastify')()`.
fn creates_instance(value: Node<'_>, src: &str, names: &[String]) -> bool {
    if value.kind() != "call_expression" {
        return false;
    }
    let Some(function) = callee(value).map(unwrap) else {
        return false;
    };
    if function.kind() == "call_expression" {
        return sechound_syntax::js::required_module(function, src).as_deref() == Some("fastify");
    }
    dotted_path(function, src)
        .is_some_and(|p| names.contains(&p) || names.iter().any(|n| p == format!("{n}.default")))
}

/// A function that works on its first parameter as a Fastify instance, with its local name.
fn plugin(function: Node<'_>, src: &str, fastify_file: bool) -> Option<Plugin> {
    let params = function.field("parameters")?;
    let first = named_children(params).into_iter().next()?;
    let param_node = first.field("pattern").unwrap_or(first);
    if param_node.kind() != "identifier" {
        return None;
    }
    let param = text(param_node, src).to_string();
    // Outside a file that names Fastify, only a parameter called like an instance counts
    // (`map.get(...)` on some other first parameter is not a route).
    if !fastify_file && !param.to_ascii_lowercase().contains("fastify") {
        return None;
    }
    let body = function.field("body")?;
    let mut uses_instance = false;
    walk(body, |node| {
        if node.kind() == "call_expression"
            && method_name(node, src).is_some_and(|m| INSTANCE_METHODS.contains(&m))
            && receiver(node).and_then(|r| dotted_path(r, src)).as_deref() == Some(param.as_str())
        {
            uses_instance = true;
        }
        !uses_instance
    });
    if !uses_instance {
        return None;
    }
    Some(Plugin {
        start: function.start_byte(),
        end: function.end_byte(),
        param,
        local: plugin_local(function, src)?,
    })
}

/// The name a plugin function is known by in its file.
fn plugin_local(function: Node<'_>, src: &str) -> Option<String> {
    if let Some(name) = function.field("name")
        && function.kind() == "function_declaration"
    {
        return Some(text(name, src).to_string());
    }
    // Climb through wrappers (`fp(async (f) => ...)`, casts) to what binds the value.
    let mut current = function;
    while let Some(parent) = current.parent() {
        match parent.kind() {
            "parenthesized_expression"
            | "as_expression"
            | "satisfies_expression"
            | "arguments"
            | "call_expression" => {
                if parent.kind() == "call_expression"
                    && method_name(parent, src) == Some("register")
                {
                    return Some(format!("plugin@{}", line_of(function)));
                }
                current = parent;
            }
            "variable_declarator" => {
                return parent.field("name").map(|n| text(n, src).to_string());
            }
            "export_statement" => return Some("default".into()),
            "assignment_expression" => {
                let left = parent.field("left").and_then(|l| dotted_path(l, src))?;
                return (left == "module.exports").then(|| "default".to_string());
            }
            _ => return None,
        }
    }
    None
}

/// What `register` mounts: a plugin of this file, a plugin imported from the project, an
/// inline plugin, `import('./x')` / `require('./x')`. Plugins from packages are not followed.
fn mount_target(
    target: Node<'_>,
    src: &str,
    facts: &FileFacts,
    plugins: &[&str],
) -> Option<MountTarget> {
    let target = unwrap(target);
    if FUNCTION_KINDS.contains(&target.kind()) {
        return Some(MountTarget::Local(format!("plugin@{}", line_of(target))));
    }
    if let Some(module) = inline_require(target, src).or_else(|| dynamic_import(target, src))
        && module.starts_with('.')
    {
        return Some(MountTarget::Module {
            module,
            local: "default".into(),
        });
    }
    let name = dotted_path(target, src)?;
    let head = name.split('.').next().unwrap_or_default();
    (plugins.contains(&name.as_str())
        || facts
            .imports
            .iter()
            .any(|i| i.local == head && i.module.starts_with('.')))
    .then_some(MountTarget::Local(name))
}

/// `import('./routes/users')`.
fn dynamic_import(node: Node<'_>, src: &str) -> Option<String> {
    (node.kind() == "call_expression" && callee(node).is_some_and(|c| c.kind() == "import"))
        .then(|| arguments(node).first().and_then(|a| string_value(*a, src)))
        .flatten()
}

/// Guards in route options: `onRequest`, `preParsing`, `preValidation`, `preHandler`.
fn option_guards(options: Node<'_>, src: &str) -> Vec<Guard> {
    AUTH_HOOKS
        .iter()
        .filter_map(|hook| object_property(options, src, hook))
        .flat_map(|value| hook_guards(value, src, GuardLevel::Route))
        .collect()
}

/// A hook as guards: named functions by name, an inline function when its body authenticates.
fn hook_guards(hook: Node<'_>, src: &str, level: GuardLevel) -> Vec<Guard> {
    let hook = unwrap(hook);
    if hook.kind() == "array" {
        return named_children(hook)
            .into_iter()
            .flat_map(|h| hook_guards(h, src, level))
            .collect();
    }
    if FUNCTION_KINDS.contains(&hook.kind()) {
        return if body_authenticates(text(hook, src)) {
            vec![Guard {
                target: None,
                name: "inline hook".into(),
                text: short_text(hook, src, 60),
                roles: Vec::new(),
                authenticates: true,
                level,
                line: line_of(hook),
            }]
        } else {
            Vec::new()
        };
    }
    let target = super::refs::guard_target(hook, src, &super::refs::Aliases::default());
    guard_from(hook, src, level)
        .into_iter()
        .map(|mut g| {
            g.target = target.clone();
            g
        })
        .collect()
}

/// `app.route({ method: ['PUT', 'PATCH'], url: '/x', preHandler, handler })`.
fn route_object(call: Node<'_>, options: Node<'_>, src: &str, owner: String) -> RouteDecl {
    let methods = match object_property(options, src, "method").map(unwrap) {
        Some(m) if m.kind() == "array" => named_children(m)
            .into_iter()
            .filter_map(|v| string_value(v, src))
            .map(|v| v.to_ascii_uppercase())
            .collect(),
        Some(m) => string_value(m, src)
            .map(|v| vec![v.to_ascii_uppercase()])
            .unwrap_or_default(),
        None => Vec::new(),
    };
    let path = object_property(options, src, "url")
        .or_else(|| object_property(options, src, "path"))
        .and_then(|p| string_value(p, src));
    RouteDecl {
        handler_at: None,
        path_value: None,
        conditions: Vec::new(),
        owner: Some(owner),
        methods: if methods.is_empty() {
            vec!["ANY".into()]
        } else {
            methods
        },
        path,
        handler: object_property(options, src, "handler").map(|h| handler_name(h, src)),
        guards: option_guards(options, src),
        line: line_of(call),
        code: first_line(call, src),
        framework: Framework::Fastify,
        public_marker: None,
    }
}
