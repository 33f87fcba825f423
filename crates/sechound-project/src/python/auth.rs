//! Python authentication: the guards dependencies, decorators, mixins and permission classes
//! stand for, the functions that authenticate callers (with the roles they check), and the
//! public paths their checks let through.

use super::{callee_name, elements, line_of, strings};
use crate::exemption_list::ExemptionList;
use crate::facts::{AuthDef, FileFacts, Guard, GuardTarget};
use crate::names::{is_auth_name, is_role_name};
use regex::Regex;
use sechound_core::project::Exemption;
use sechound_core::project::GuardLevel;
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, short_text, text, walk};
use sechound_syntax::python::{
    callee_path, dotted_path, keyword_arg, keyword_args, method_name, positional_args, receiver,
    string_value, unwrap,
};
use sechound_syntax::{CodeFile, Node};
use std::sync::LazyLock;

/// Decorators, mixins, permission classes and security schemes that authenticate from their
/// name alone, whatever their definition.
const AUTHENTICATING: &[&str] = &[
    "login_required",
    "jwt_required",
    "fresh_jwt_required",
    "jwt_refresh_token_required",
    "token_required",
    "auth_required",
    "requires_auth",
    "roles_required",
    "roles_accepted",
    "permission_required",
    "permissions_required",
    "user_passes_test",
    "staff_member_required",
    "superuser_required",
    "admin_required",
    "LoginRequiredMixin",
    "PermissionRequiredMixin",
    "UserPassesTestMixin",
    "IsAuthenticated",
    "IsAdminUser",
    "IsAuthenticatedOrReadOnly",
    "DjangoModelPermissions",
    "DjangoObjectPermissions",
    "HTTPBearer",
    "HTTPBasic",
    "OAuth2PasswordBearer",
    "OAuth2AuthorizationCodeBearer",
    "APIKeyHeader",
    "APIKeyQuery",
    "APIKeyCookie",
];

/// Decorators whose string arguments are the roles or permissions they require.
const ROLE_ARGUMENTS: &[&str] = &[
    "roles_required",
    "roles_accepted",
    "permission_required",
    "permissions_required",
];

pub(crate) fn authenticates(name: &str) -> bool {
    AUTHENTICATING.contains(&name)
}

/// `Depends(get_current_user)`, `Depends(require_role("admin"))`, `Depends(RoleChecker(["admin"]))`,
/// `Security(get_current_user, scopes=["admin"])`. `schemes` are the file's security scheme
/// objects (`oauth2_scheme = OAuth2PasswordBearer(...)`), which authenticate when depended on.
pub(crate) fn dependency_guard(
    call: Node<'_>,
    src: &str,
    level: GuardLevel,
    schemes: &[String],
) -> Option<Guard> {
    let call = unwrap(call);
    if call.kind() != "call" {
        return None;
    }
    let outer = callee_name(call, src)?;
    if !matches!(outer.as_str(), "Depends" | "Security") {
        return None;
    }
    let inner = positional_args(call)
        .first()
        .copied()
        .or_else(|| keyword_arg(call, src, "dependency"))
        .map(unwrap)?;
    // The code that runs: the dependency function, or what calling the factory returns. A
    // security scheme object of this file is judged by its form.
    let target = match inner.kind() {
        "call" => callee_path(inner, src).map(|p| (p, true)),
        _ => dotted_path(inner, src).map(|p| (p, false)),
    }
    .filter(|(p, _)| !schemes.contains(p))
    .map(|(name, called)| GuardTarget {
        name,
        called,
        argument: None,
    });
    let (name, mut roles) = match inner.kind() {
        "call" => {
            let name = callee_name(inner, src)?;
            let roles = if is_role_name(&name) || name.ends_with("Checker") {
                call_strings(inner, src)
            } else {
                Vec::new()
            };
            (name, roles)
        }
        _ => {
            let path = dotted_path(inner, src)?;
            (
                path.rsplit('.').next().unwrap_or(&path).to_string(),
                Vec::new(),
            )
        }
    };
    let scopes = keyword_arg(call, src, "scopes").map(|s| strings(s, src));
    let scoped = scopes.as_ref().is_some_and(|s| !s.is_empty());
    roles.extend(scopes.unwrap_or_default());
    Some(Guard {
        target,
        authenticates: authenticates(&name) || schemes.contains(&name) || scoped,
        name,
        text: short_text(call, src, 80),
        roles,
        level,
        line: line_of(call),
    })
}

/// Every dependency in a `dependencies=[...]` list.
pub(crate) fn dependency_list(
    list: Node<'_>,
    src: &str,
    level: GuardLevel,
    schemes: &[String],
) -> Vec<Guard> {
    elements(list)
        .into_iter()
        .filter_map(|d| dependency_guard(d, src, level, schemes))
        .collect()
}

/// The guards in a handler's parameters: `Depends(...)` defaults, `Annotated[T, Depends(...)]`
/// types, and types named after an alias or imported name that may carry dependencies
/// (`user: CurrentUser`, resolved by `compose` through the file's views).
pub(crate) fn parameter_guards(
    function: Node<'_>,
    src: &str,
    schemes: &[String],
    facts: &FileFacts,
    aliases: &[String],
) -> Vec<Guard> {
    let Some(parameters) = function.field("parameters") else {
        return Vec::new();
    };
    let mut guards = Vec::new();
    for parameter in named_children(parameters) {
        walk(parameter, |node| {
            if node.kind() == "call"
                && let Some(guard) = dependency_guard(node, src, GuardLevel::Dependency, schemes)
            {
                guards.push(guard);
                return false;
            }
            true
        });
        if let Some(ty) = parameter.field("type")
            && let Some(inner) = ty.named_child(0)
            && let Some(path) = dotted_path(inner, src)
        {
            let head = path.split('.').next().unwrap_or(&path);
            if aliases.contains(&path) || facts.imports.iter().any(|i| i.local == head) {
                guards.push(Guard {
                    target: GuardTarget::named(path.clone(), false),
                    name: path.clone(),
                    text: path.clone(),
                    roles: Vec::new(),
                    authenticates: false,
                    level: GuardLevel::Dependency,
                    line: line_of(parameter),
                });
            }
        }
    }
    guards
}

/// A decorator that may guard a view: `login_required`, `jwt_required()`,
/// `auth.login_required`, `roles_required("admin")`, `user_passes_test(lambda u: u.is_staff)`.
pub(crate) fn decorator_guard(decorator: Node<'_>, src: &str) -> Option<Guard> {
    let decorator = unwrap(decorator);
    let (path, call) = match decorator.kind() {
        "call" => (callee_path(decorator, src)?, Some(decorator)),
        _ => (dotted_path(decorator, src)?, None),
    };
    let name = path.rsplit('.').next().unwrap_or(&path).to_string();
    let mut roles = Vec::new();
    if let Some(call) = call {
        if ROLE_ARGUMENTS.contains(&name.as_str()) || is_role_name(&name) {
            roles = call_strings(call, src);
        }
        if name == "user_passes_test" {
            roles = body_roles(text(call, src));
        }
        // Flask-HTTPAuth: `auth.login_required(role="admin")`.
        if let Some(role) = keyword_arg(call, src, "role") {
            roles.extend(strings(role, src));
        }
    }
    // Django's and common projects' bare role decorators say their role in their name.
    if roles.is_empty() {
        let implied = match name.as_str() {
            "staff_member_required" => Some("staff"),
            "superuser_required" => Some("superuser"),
            "admin_required" => Some("admin"),
            _ => None,
        };
        roles.extend(implied.map(str::to_string));
    }
    Some(Guard {
        target: GuardTarget::named(path.clone(), call.is_some()),
        authenticates: authenticates(&name),
        name,
        text: short_text(decorator, src, 80),
        roles,
        level: GuardLevel::Decorator,
        line: line_of(decorator),
    })
}

/// `[IsAuthenticated]`, `(IsAuthenticated | IsAdminUser,)`: the guards of a DRF permission
/// list, and whether it says `AllowAny`.
pub(crate) fn permission_guards(list: Node<'_>, src: &str) -> (Vec<Guard>, bool) {
    let mut guards = Vec::new();
    let mut allow_any = false;
    let mut stack = elements(list);
    while let Some(entry) = stack.pop() {
        let entry = unwrap(entry);
        if entry.kind() == "binary_operator" || entry.kind() == "boolean_operator" {
            stack.extend(
                [entry.field("left"), entry.field("right")]
                    .into_iter()
                    .flatten(),
            );
            continue;
        }
        let Some(path) = dotted_path(entry, src) else {
            continue;
        };
        let name = path.rsplit('.').next().unwrap_or(&path).to_string();
        if name == "AllowAny" {
            allow_any = true;
            continue;
        }
        let roles = if name == "IsAdminUser" || (is_role_name(&name) && !authenticates(&name)) {
            vec![name.clone()]
        } else {
            Vec::new()
        };
        guards.push(Guard {
            target: GuardTarget::named(path.clone(), false),
            authenticates: authenticates(&name) || is_auth_name(&name),
            text: path,
            name,
            roles,
            level: GuardLevel::Permission,
            line: line_of(entry),
        });
    }
    guards.sort_by_key(|g| g.line);
    (guards, allow_any)
}

/// String arguments of a call, lists flattened: `require_role("admin")`,
/// `RoleChecker(["admin", "owner"])`, `roles_required("admin", "editor")`.
fn call_strings(call: Node<'_>, src: &str) -> Vec<String> {
    let mut out = Vec::new();
    for arg in positional_args(call) {
        out.extend(strings(arg, src));
        if out.is_empty()
            && let Some(path) = dotted_path(arg, src)
        {
            // `require_role(Role.ADMIN)`
            out.push(path.rsplit('.').next().unwrap_or(&path).to_string());
        }
    }
    for (name, value) in keyword_args(call, src) {
        if name.contains("role") || name.contains("perm") || name == "scopes" {
            out.extend(strings(value, src));
        }
    }
    out
}

/// Signs in a function body that it authenticates the caller.
static AUTH_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?i)(HTTP_40[13]_|status_code\s*=\s*40[13]\b|HTTPException\(\s*40[13]\b|abort\(\s*40[13]\b|jwt\.decode|decode_(access_)?token|verify_(jwt|token|id_token)|['"]authorization['"]|\bbearer\b|unauthori[sz]ed|NotAuthenticated|PermissionDenied|AuthenticationFailed|is_authenticated|session\.get\(\s*['"]user|session\[\s*['"]user|x-api-key)"#,
    )
    .expect("valid regex")
});

/// Role checks in a body: `user.role != "admin"`, `"admin" not in user.roles`,
/// `not user.is_superuser`.
static ROLE_CHECK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?:(?:\.role|\.get\(\s*['"]role['"]\s*\)|\[\s*['"]role['"]\s*\])\s*(?:!=|==)\s*['"](\w+)['"]|['"](\w+)['"]\s*(?:!=|==)\s*\w+(?:\.\w+)*\.role\b|['"](\w+)['"]\s+(?:not\s+)?in\s+\w+(?:\.\w+)*\.roles\b|\bis_(superuser|staff|admin)\b)"#,
    )
    .expect("valid regex")
});

fn body_roles(body: &str) -> Vec<String> {
    let mut roles: Vec<String> = ROLE_CHECK
        .captures_iter(body)
        .filter_map(|c| c.iter().skip(1).flatten().next())
        .map(|m| m.as_str().to_string())
        .collect();
    roles.sort();
    roles.dedup();
    roles
}

/// True when a function body checks the caller (used for Flask `before_request` hooks).
pub(crate) fn checks_caller(body: &str) -> bool {
    AUTH_BODY.is_match(body)
        || body.contains("current_user")
        || body.contains("g.user")
        || (body.contains("redirect(") && body.contains("login"))
}

/// Functions and classes of the file that authenticate callers, with their role checks and
/// the public paths they let through.
pub(crate) fn read_auth_defs(file: &CodeFile, facts: &mut FileFacts) {
    let src = file.text();
    // A check on the caller answers 401/403, reads a token, a session or a user, or is a
    // permission class; a file with none of these words is not walked.
    const MARKERS: &[&str] = &[
        "40",
        "jwt",
        "JWT",
        "uthoriz",
        "earer",
        "token",
        "Token",
        "session",
        "permission",
        "Permission",
        "login",
        "user",
        "api_key",
        "__call__",
        "Depends",
        "Security",
    ];
    if facts.uses.is_empty() && !MARKERS.iter().any(|m| src.contains(m)) {
        return;
    }
    let lists = module_path_lists(file);
    let hooks: Vec<String> = facts
        .uses
        .iter()
        .flat_map(|u| u.guards.iter().map(|g| g.name.clone()))
        .collect();
    walk(file.tree.root_node(), |node| {
        let (name, body) = match node.kind() {
            "function_definition" => {
                let (Some(name), Some(body)) = (node.field("name"), node.field("body")) else {
                    return true;
                };
                (text(name, src).to_string(), body)
            }
            "class_definition" => {
                // DRF permission classes and callable role checkers (`RoleChecker`).
                let (Some(name), Some(body)) = (node.field("name"), node.field("body")) else {
                    return true;
                };
                let body_text = text(body, src);
                // Methods of other classes are not checks on the way to a handler (a model's
                // `is_authenticated`, a view's `dispatch`): the walk does not go into them.
                if !(body_text.contains("def has_permission") || body_text.contains("def __call__"))
                {
                    return false;
                }
                (text(name, src).to_string(), body)
            }
            _ => return true,
        };
        // A route handler that answers 401 (a login view) is not a control on the way.
        if node.kind() == "function_definition" && is_route_handler(node, src) {
            return false;
        }
        let named_auth = is_auth_name(&name);
        let named_role = is_role_name(&name);
        // Only functions shaped like a check on a request are read further: named so, a hook,
        // or taking a request, credentials or a dependency. Reading every function's body
        // would cost a pass over nested code per level of nesting.
        if node.kind() == "function_definition"
            && !(named_auth || named_role || hooks.contains(&name))
        {
            let params = node.field("parameters").map_or("", |p| text(p, src));
            const REQUEST_SHAPED: &[&str] = &[
                "request",
                "token",
                "credentials",
                "Depends",
                "Security",
                "websocket",
                "Header",
                "user",
                "scopes",
            ];
            if !REQUEST_SHAPED.iter().any(|p| params.contains(p)) {
                return true;
            }
        }
        let body_text = text(body, src);
        let hook = hooks.contains(&name) && checks_caller(body_text);
        let roles = body_roles(body_text);
        let signs = AUTH_BODY.is_match(body_text);
        if !(hook || named_auth || signs || (named_role && !roles.is_empty())) {
            return node.kind() == "class_definition";
        }
        let exemptions = exemptions_in(body, src, &name, &file.path, &lists);
        facts.auth_defs.push(AuthDef {
            name,
            line: line_of(node),
            exemptions,
            roles,
        });
        false
    });
}

/// True for a function decorated with a route decorator (`@app.get(...)`, `@bp.route(...)`).
fn is_route_handler(function: Node<'_>, src: &str) -> bool {
    sechound_syntax::python::decorators(function)
        .into_iter()
        .any(|d| {
            d.kind() == "call"
                && matches!(
                    method_name(d, src),
                    Some(
                        "get"
                            | "post"
                            | "put"
                            | "patch"
                            | "delete"
                            | "route"
                            | "api_route"
                            | "websocket"
                    )
                )
                && receiver(d).is_some()
        })
}

/// Module-level collections of paths: `PUBLIC_PATHS = {"/health", "/login"}`.
fn module_path_lists<'t>(file: &'t CodeFile) -> Vec<(String, Node<'t>)> {
    let src = file.text();
    super::top_level(file)
        .into_iter()
        .filter_map(|s| super::assignment(s, src))
        .filter(|(_, value)| {
            let values = strings(*value, src);
            !values.is_empty() && !elements(*value).is_empty()
        })
        .collect()
}

/// Public-path entries in an authentication function: the lists it consults
/// (`request.path in PUBLIC_PATHS`), `request.path.startswith("/public")`,
/// `request.path == "/health"`, and `request.endpoint in ("static", "auth.login")`.
fn exemptions_in(
    body: Node<'_>,
    src: &str,
    control: &str,
    path: &str,
    lists: &[(String, Node<'_>)],
) -> Vec<Exemption> {
    let body_text = text(body, src);
    let mut out = ExemptionList::new(control, path, src, true);
    let uses_prefix = body_text.contains("startswith");
    walk(body, |node| {
        match node.kind() {
            "comparison_operator" => {
                let operands = named_children(node);
                let operators: Vec<&str> = (0..node.child_count())
                    .filter_map(|i| node.child(i))
                    .filter(|c| !c.is_named())
                    .map(|c| text(c, src))
                    .collect();
                if operands.len() != 2 {
                    return true;
                }
                let (probe, other) = (operands[0], operands[1]);
                let probe_path = dotted_path(probe, src).unwrap_or_default();
                let is_endpoint = probe_path.ends_with(".endpoint");
                if !(is_request_path(&probe_path) || is_endpoint) {
                    return true;
                }
                let literal = |v: String| {
                    if is_endpoint {
                        format!("endpoint:{v}")
                    } else {
                        v
                    }
                };
                let operator = if operators.contains(&"in") {
                    "in"
                } else if operators.iter().any(|o| matches!(*o, "==" | "!=")) {
                    "=="
                } else {
                    ""
                };
                match operator {
                    "in" => {
                        let values: Vec<(Node<'_>, String)> = match dotted_path(other, src) {
                            Some(name) => lists
                                .iter()
                                .filter(|(n, _)| *n == name)
                                .flat_map(|(_, list)| elements(*list))
                                .filter_map(|e| Some((e, string_value(e, src)?)))
                                .collect(),
                            None => elements(other)
                                .into_iter()
                                .filter_map(|e| Some((e, string_value(e, src)?)))
                                .collect(),
                        };
                        for (entry, value) in values {
                            out.push(entry, literal(value), false);
                        }
                    }
                    "==" => {
                        if let Some(value) = string_value(other, src) {
                            out.push(node, literal(value), false);
                        }
                    }
                    _ => {}
                }
            }
            "call" if method_name(node, src) == Some("startswith") => {
                let probe = receiver(node)
                    .and_then(|r| dotted_path(r, src))
                    .unwrap_or_default();
                if is_request_path(&probe)
                    && let Some(arg) = positional_args(node).first()
                {
                    let arg = unwrap(*arg);
                    let entries: Vec<(Node<'_>, String)> = match dotted_path(arg, src) {
                        Some(name) => lists
                            .iter()
                            .filter(|(n, _)| *n == name)
                            .flat_map(|(_, list)| elements(*list))
                            .filter_map(|e| Some((e, string_value(e, src)?)))
                            .collect(),
                        None => match string_value(arg, src) {
                            Some(v) => vec![(node, v)],
                            None => elements(arg)
                                .into_iter()
                                .filter_map(|e| Some((e, string_value(e, src)?)))
                                .collect(),
                        },
                    };
                    for (entry, value) in entries {
                        out.push(entry, value, true);
                    }
                }
            }
            "for_statement" => {
                // `for prefix in PUBLIC_PREFIXES: if request.path.startswith(prefix)`
                if let Some(right) = node.field("right")
                    && let Some(name) = dotted_path(right, src)
                    && text(node, src).contains("startswith")
                {
                    for (_, list) in lists.iter().filter(|(n, _)| *n == name) {
                        for entry in elements(*list) {
                            if let Some(value) = string_value(entry, src) {
                                out.push(entry, value, uses_prefix);
                            }
                        }
                    }
                }
            }
            _ => {}
        }
        true
    });
    out.into_entries()
}

/// `request.path`, `request.url.path`, `request.path_info`, `request.full_path`.
fn is_request_path(path: &str) -> bool {
    let mut parts = path.rsplit('.');
    let last = parts.next().unwrap_or("");
    let before = parts.next().unwrap_or("");
    matches!(last, "path" | "path_info" | "full_path")
        && (before.contains("request") || before == "url" || before == "req")
}
