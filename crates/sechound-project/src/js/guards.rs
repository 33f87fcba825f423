//! JavaScript/TypeScript authentication: which middleware checks the caller, which roles it
//! requires, and which paths its public list lets through.

use crate::exemption_list::ExemptionList;
use crate::facts::{AuthDef, FileFacts, Guard};
use crate::names::{is_auth_name, is_role_name};
use crate::quote::line_of;
use regex::Regex;
use sechound_core::project::Exemption;
use sechound_syntax::js::{
    FUNCTION_KINDS, arguments, callee, dotted_path, method_name, string_value, unwrap,
};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, short_text, text, walk};
use sechound_syntax::{CodeFile, Node};
use std::sync::LazyLock;

/// Guards known to authenticate from their callee alone.
const AUTHENTICATING_CALLEES: &[&str] = &[
    "passport.authenticate",
    "expressjwt",
    "expressJwt",
    "jwt",
    "requiresAuth",
    "auth",
    "ClerkExpressRequireAuth",
    "requireAuth",
    "checkJwt",
    "basicAuth",
];

/// True for names that say middleware rather than a router (`requireAuth`, `apiLimiter`).
pub(crate) fn looks_like_middleware(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    is_auth_name(name)
        || is_role_name(name)
        || [
            "limit",
            "middleware",
            "guard",
            "cors",
            "helmet",
            "csrf",
            "logger",
            "validat",
            "parser",
        ]
        .iter()
        .any(|w| lower.contains(w))
}

/// The guards a middleware argument stands for (arrays are flattened).
pub(crate) fn guard_from(arg: Node<'_>, src: &str, level: &'static str) -> Vec<Guard> {
    let arg = unwrap(arg);
    match arg.kind() {
        "array" => named_children(arg)
            .into_iter()
            .flat_map(|a| guard_from(a, src, level))
            .collect(),
        "arrow_function" | "function_expression" | "function" => Vec::new(),
        "call_expression" => {
            let path = callee(arg)
                .and_then(|c| dotted_path(c, src))
                .unwrap_or_default();
            // `expressjwt({...}).unless({ path: [...] })`: the guard is the inner call.
            let (path, base) = if method_name(arg, src) == Some("unless")
                && let Some(inner) = sechound_syntax::js::receiver(arg).map(unwrap)
                && inner.kind() == "call_expression"
            {
                (
                    callee(inner)
                        .and_then(|c| dotted_path(c, src))
                        .unwrap_or_default(),
                    inner,
                )
            } else {
                (path, arg)
            };
            let name = path.rsplit('.').next().unwrap_or(&path).to_string();
            let roles = if is_role_name(&path) {
                role_arguments(base, src)
            } else {
                Vec::new()
            };
            vec![Guard {
                authenticates: AUTHENTICATING_CALLEES.contains(&path.as_str())
                    || AUTHENTICATING_CALLEES.contains(&name.as_str()),
                name,
                text: short_text(arg, src, 80),
                roles,
                level,
                line: line_of(arg),
            }]
        }
        "identifier" | "member_expression" => {
            let Some(path) = dotted_path(arg, src) else {
                return Vec::new();
            };
            let name = path.rsplit('.').next().unwrap_or(&path).to_string();
            vec![Guard {
                authenticates: false,
                name,
                text: path,
                roles: Vec::new(),
                level,
                line: line_of(arg),
            }]
        }
        _ => Vec::new(),
    }
}

/// String arguments of a role check: `requireRole('admin')`, `authorize(['admin', 'owner'])`.
pub(crate) fn role_arguments(call: Node<'_>, src: &str) -> Vec<String> {
    let mut roles = Vec::new();
    for arg in arguments(call) {
        let arg = unwrap(arg);
        if let Some(value) = string_value(arg, src) {
            roles.push(value);
        } else if arg.kind() == "array" {
            roles.extend(
                named_children(arg)
                    .into_iter()
                    .filter_map(|e| string_value(e, src)),
            );
        } else if let Some(path) = dotted_path(arg, src) {
            // `requireRole(Role.Admin)`
            roles.push(path.rsplit('.').next().unwrap_or(&path).to_string());
        }
    }
    roles
}

/// Signs in a function body that it authenticates the caller.
static AUTH_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(\.verify\w*\(|authorization|bearer|\b401\b|unauthori[sz]ed|getSession|getServerSession|getToken|req\.session\.\w*user|x-api-key|verifyToken|jwtVerify)")
        .expect("valid regex")
});

/// True when an inline function's body shows it authenticates the caller (a hook or
/// middleware written in place has no name to classify).
pub(crate) fn body_authenticates(body: &str) -> bool {
    AUTH_BODY.is_match(body)
}

static ROLE_CHECK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?:role|roles)\s*(?:!==?|===?)\s*['"](\w+)['"]|['"](\w+)['"]\s*(?:!==?|===?)\s*\w+\.role\b|roles?\.includes\(\s*['"](\w+)['"]|\b(is_?admin|isSuperuser|is_superuser)\b"#)
        .expect("valid regex")
});

/// Functions of the file that authenticate callers, with their public paths and role checks.
pub(crate) fn read_auth_defs(file: &CodeFile, facts: &mut FileFacts) {
    let src = file.text();
    let path_lists = module_path_lists(file);
    walk(file.tree.root_node(), |node| {
        let Some((name, body)) = named_function(node, src) else {
            return true;
        };
        let named_auth = is_auth_name(&name);
        let named_role = is_role_name(&name);
        // Only middleware-shaped functions are read further: their name says so, or they take
        // a request (`req`, `next`, a socket, an execution context). Scanning every function's
        // body would cost a pass over nested code for each level of nesting.
        let params = body
            .parent()
            .and_then(|f| f.field("parameters").or_else(|| f.field("parameter")))
            .map_or("", |p| text(p, src));
        let request_shaped = node.kind() == "class_declaration"
            || ["req", "next", "request", "socket", "context", "ctx"]
                .iter()
                .any(|p| params.contains(p));
        if !(named_auth || named_role || request_shaped) {
            return true;
        }
        let body_text = text(body, src);
        if !(named_auth || named_role || AUTH_BODY.is_match(body_text)) {
            return true;
        }
        // A function that reads the token but is not middleware (no `next`, not a guard class
        // method) is a helper, not a control on the way to handlers.
        let middleware_like = body_text.contains("next(")
            || body_text.contains("canActivate")
            || named_auth
            || named_role;
        if !middleware_like {
            return true;
        }
        let roles: Vec<String> = ROLE_CHECK
            .captures_iter(body_text)
            .filter_map(|c| {
                c.iter()
                    .skip(1)
                    .flatten()
                    .next()
                    .map(|m| m.as_str().to_string())
            })
            .collect();
        if !named_auth && !AUTH_BODY.is_match(body_text) && roles.is_empty() {
            return true;
        }
        let exemptions = exemptions_in(body, src, &name, &file.path, &path_lists);
        facts.auth_defs.push(AuthDef {
            name,
            line: line_of(node),
            exemptions,
            roles,
        });
        false
    });
}

/// `function requireAuth(req, res, next) {}`, `const requireAuth = (req, res, next) => {}`,
/// `canActivate(context)` of a class `JwtAuthGuard`.
fn named_function<'t>(node: Node<'t>, src: &str) -> Option<(String, Node<'t>)> {
    match node.kind() {
        "function_declaration" => Some((
            text(node.field("name")?, src).to_string(),
            node.field("body")?,
        )),
        "variable_declarator" => {
            let value = unwrap(node.field("value")?);
            let function = if FUNCTION_KINDS.contains(&value.kind()) {
                value
            } else if value.kind() == "call_expression" {
                // `const requireAuth = asyncHandler(async (req, res, next) => {...})`
                arguments(value)
                    .into_iter()
                    .map(unwrap)
                    .find(|a| FUNCTION_KINDS.contains(&a.kind()))?
            } else {
                return None;
            };
            Some((
                text(node.field("name")?, src).to_string(),
                function.field("body")?,
            ))
        }
        "class_declaration" => {
            let name = text(node.field("name")?, src).to_string();
            let body = node.field("body")?;
            text(body, src)
                .contains("canActivate")
                .then_some((name, body))
        }
        _ => None,
    }
}

/// Module-level arrays of path strings: `const PUBLIC_PATHS = ['/health', '/auth/login']`.
fn module_path_lists<'t>(file: &'t CodeFile) -> Vec<(String, Node<'t>)> {
    let src = file.text();
    let mut lists = Vec::new();
    for statement in named_children(file.tree.root_node()) {
        let statement = if statement.kind() == "export_statement" {
            match statement.field("declaration") {
                Some(d) => d,
                None => continue,
            }
        } else {
            statement
        };
        if !matches!(
            statement.kind(),
            "lexical_declaration" | "variable_declaration"
        ) {
            continue;
        }
        for declarator in named_children(statement) {
            if let (Some(name), Some(value)) = (declarator.field("name"), declarator.field("value"))
                && let Some(array) = path_array(value)
            {
                lists.push((text(name, src).to_string(), array));
            }
        }
    }
    lists
}

/// The array of `value` (through `new Set([...])`) when it lists paths.
fn path_array(value: Node<'_>) -> Option<Node<'_>> {
    let value = unwrap(value);
    match value.kind() {
        "array" => Some(value),
        "new_expression" => arguments(value)
            .into_iter()
            .map(unwrap)
            .find(|a| a.kind() == "array"),
        _ => None,
    }
}

/// Public-path entries inside an authentication function: path lists it consults, and
/// `req.path.startsWith('/x')` / `req.path === '/x'` checks.
fn exemptions_in(
    body: Node<'_>,
    src: &str,
    control: &str,
    path: &str,
    lists: &[(String, Node<'_>)],
) -> Vec<Exemption> {
    let body_text = text(body, src);
    let mut out = ExemptionList::new(control, path, src, false);
    let uses_prefix = body_text.contains("startsWith") || body_text.contains(".match(");
    for (name, array) in lists {
        if mentions(body_text, name) {
            for entry in named_children(*array) {
                if let Some(value) = string_value(entry, src) {
                    out.push(entry, value, uses_prefix);
                }
            }
        }
    }
    walk(body, |node| {
        match node.kind() {
            "array" => {
                for entry in named_children(node) {
                    if let Some(value) = string_value(entry, src) {
                        out.push(entry, value, uses_prefix);
                    }
                }
            }
            "call_expression" if method_name(node, src) == Some("startsWith") => {
                if reads_request_path(node, src)
                    && let Some(arg) = arguments(node).first()
                    && let Some(value) = string_value(*arg, src)
                {
                    out.push(node, value, true);
                }
            }
            "binary_expression" => {
                let operator = node.field("operator").map(|o| text(o, src)).unwrap_or("");
                if matches!(operator, "===" | "==")
                    && let (Some(left), Some(right)) = (node.field("left"), node.field("right"))
                {
                    let (probe, literal) = if string_value(right, src).is_some() {
                        (left, right)
                    } else {
                        (right, left)
                    };
                    if is_request_path(probe, src)
                        && let Some(value) = string_value(literal, src)
                    {
                        out.push(node, value, false);
                    }
                }
            }
            _ => {}
        }
        true
    });
    out.into_entries()
}

fn mentions(body: &str, name: &str) -> bool {
    body.match_indices(name).any(|(i, _)| {
        let before = body[..i].chars().next_back();
        let after = body[i + name.len()..].chars().next();
        !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
            && !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

/// `req.path`, `req.url`, `req.originalUrl`, `request.nextUrl.pathname`, `pathname`.
fn is_request_path(node: Node<'_>, src: &str) -> bool {
    dotted_path(node, src).is_some_and(|p| {
        let last = p.rsplit('.').next().unwrap_or("");
        matches!(
            last,
            "path" | "url" | "originalUrl" | "pathname" | "routerPath" | "routeOptions"
        )
    })
}

fn reads_request_path(call: Node<'_>, src: &str) -> bool {
    sechound_syntax::js::receiver(call).is_some_and(|r| is_request_path(r, src))
}
