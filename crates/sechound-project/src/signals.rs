//! What route handlers visibly do, for the project rules that weigh it (a refresh endpoint
//! that verifies the token, a handler that loads an object by a path id and checks its owner,
//! a webhook that verifies its signature), and which secret-like environment variables the
//! code reads.
//!
//! Signals are read from the handler's text with patterns: they are hints, and the rules
//! that use them say so with their confidence.

use crate::facts::{FileFacts, FunctionSpan};
use regex::Regex;
use sechound_core::project::ControlEvidence;
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{text, walk};
use sechound_syntax::{CodeFile, Family, Node};
use std::sync::LazyLock;

/// Lines after a route declaration within which its handler function starts (decorators and
/// multi-line declarations sit in between).
const HANDLER_WINDOW: u32 = 8;

const FUNCTION_KINDS: &[&str] = &[
    "function_declaration",
    "function_expression",
    "function",
    "arrow_function",
    "method_definition",
    "function_definition",
];

static VERIFIES_TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(jwt\.verify\s*\(|jwtVerify\s*\(|verifyAsync\s*\(|\.verify(Refresh|Access)?Token\s*\(|verify_(refresh_)?token\s*\(|jwt\.decode\s*\([^)]*algorithms\s*=|decode_token\s*\(|verify_jwt)")
        .expect("valid regex")
});
static DECODES_UNVERIFIED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(jwt\.decode\s*\(|jwtDecode\s*\(|jwt_decode\s*\(|verify_signature["']?\s*:\s*False|verify\s*=\s*False|ignoreExpiration\s*:\s*true)"#)
        .expect("valid regex")
});
static LOOKS_UP_TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)((refresh_?token|session|token)s?\w*\.(find\w*|get|filter|query|select|exists|count|delete)\s*\(|find\w*\s*\([^)]*refresh|where[^;]{0,80}refresh_?token|revoked|blacklist|denylist|token_version|tokenVersion)")
        .expect("valid regex")
});
static LOADS_BY_ID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(\.(findById|findByPk|findUnique|findOne|findFirst|findOneBy|get|get_or_404|first_or_404|filter_by|filter|update|delete|destroy|remove|findByIdAndUpdate|findByIdAndDelete|query)\s*\(|get_object_or_404\s*\(|\bdb\.get\s*\(|session\.get\s*\()")
        .expect("valid regex")
});
static CHECKS_OWNER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(owner|user_?id|userId|org(anization)?_?id|organizationId|orgId|tenant_?id|tenantId|account_?id|accountId|created_?by|author\s*=|user\s*=\s*request\.user|req\.user|current_user|currentUser|request\.user|\b403\b|forbidden|PermissionDenied|has_object_permission|check_object_permissions|can\s*\(|ability|authorize\s*\()")
        .expect("valid regex")
});
static VERIFIES_SIGNATURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(constructEvent\s*\(|construct_event\s*\(|createHmac\s*\(|hmac\.new\s*\(|compare_digest|timingSafeEqual|verifyWebhook|verify_webhook|webhooks\.verify|Webhook\([^)]*\)\.verify|\.verify\s*\([^)]*signature|validateRequest\s*\(|validate_request\s*\(|verify_signature\s*\(|verifySignature\s*\(|x-hub-signature|stripe-signature)")
        .expect("valid regex")
});
static SECRET_ENV: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?:process\.env\.|process\.env\[['"]|os\.environ\.get\(\s*['"]|os\.getenv\(\s*['"]|os\.environ\[\s*['"]|env\(\s*['"])([A-Z][A-Z0-9_]*(?:SECRET|TOKEN|PASSWORD|PASSWD|API_KEY|PRIVATE_KEY|DATABASE_URL|DSN|CREDENTIALS?)[A-Z0-9_]*)"#)
        .expect("valid regex")
});

/// Reads the handler signals and spans of every route of `facts`, the named functions a module
/// offers to routes elsewhere, and the secret env reads of the file.
pub(crate) fn read_signals(file: &CodeFile, facts: &mut FileFacts) {
    let src = file.text();
    let family = file.language.family();
    let offers_functions = family == Family::Python || !facts.exports.is_empty();
    let mut functions: Vec<Node<'_>> = Vec::new();
    if !facts.routes.is_empty() || offers_functions {
        walk(file.tree.root_node(), |node| {
            if FUNCTION_KINDS.contains(&node.kind()) {
                functions.push(node);
            }
            true
        });
    }
    if offers_functions {
        facts.functions = functions
            .iter()
            .filter_map(|f| Some(span(function_name(*f, src, family)?, *f)))
            .collect();
    }
    if !facts.routes.is_empty() {
        for (index, route) in facts.routes.iter().enumerate() {
            if family == Family::Js
                && let Some(callees) = handler_callees(file.tree.root_node(), src, route)
            {
                facts.handler_callees.push((route.line, callees));
            }
            if let Some(handler) = handler_of(&functions, src, family, &facts.routes, index) {
                let mut lines = span(String::new(), handler);
                // A handler written right under its declaration (a decorated `def`, a
                // multi-line call) starts with the declaration.
                if lines.start_line > route.line && lines.start_line <= route.line + HANDLER_WINDOW
                {
                    lines.start_line = route.line;
                }
                facts.handler_spans.push((route.line, lines));
            }
        }
        for route in &facts.routes {
            let named = route
                .handler
                .as_deref()
                .and_then(|h| h.rsplit('.').next())
                .and_then(|name| named_function(&functions, src, name, file.language.family()));
            let inline = || {
                functions
                    .iter()
                    .filter(|f| {
                        let line = f.start_position().row as u32 + 1;
                        line >= route.line && line <= route.line + HANDLER_WINDOW
                    })
                    .min_by_key(|f| f.start_byte())
                    .copied()
            };
            let Some(handler) = named.or_else(inline) else {
                continue;
            };
            let body = &without_comments(text(handler, src));
            let mut signals = vec!["handler-read".to_string()];
            if VERIFIES_TOKEN.is_match(body) {
                signals.push("verifies-token".into());
            }
            if DECODES_UNVERIFIED.is_match(body) {
                signals.push("decodes-token-unverified".into());
            }
            if LOOKS_UP_TOKEN.is_match(body) {
                signals.push("looks-up-token".into());
            }
            if loads_by_path_id(body, route.path.as_deref().unwrap_or("")) {
                signals.push("loads-by-path-id".into());
            }
            if CHECKS_OWNER.is_match(body) {
                signals.push("checks-owner".into());
            }
            if VERIFIES_SIGNATURE.is_match(body) {
                signals.push("verifies-signature".into());
            }
            facts.handler_signals.push((route.line, signals));
        }
    }
    for captures in SECRET_ENV.captures_iter(src) {
        let whole = captures.get(0).expect("match");
        let name = &captures[1];
        if !names_a_secret(name) {
            continue;
        }
        if facts.secret_env_reads.iter().any(|r| r.detail == name) {
            continue;
        }
        let line = src[..whole.start()].matches('\n').count() as u32 + 1;
        facts.secret_env_reads.push(ControlEvidence {
            file: file.path.clone(),
            line,
            code: src
                .lines()
                .nth(line as usize - 1)
                .unwrap_or("")
                .trim()
                .to_string(),
            detail: name.to_string(),
            partial: false,
        });
    }
}

/// True when an environment variable name holds a secret value rather than its location or
/// settings: `JWT_SECRET`, `DATABASE_URL`, not `TIKTOKEN_CACHE_DIR` or `TOKEN_EXPIRY`.
fn names_a_secret(name: &str) -> bool {
    const NOT_A_VALUE: &[&str] = &[
        "DIR",
        "PATH",
        "FILE",
        "CACHE",
        "URL",
        "URI",
        "ENDPOINT",
        "NAME",
        "EXPIRY",
        "EXPIRES",
        "TTL",
        "LENGTH",
        "HEADER",
        "ALGORITHM",
        "ISSUER",
        "AUDIENCE",
        "TYPE",
        "ID",
        "LIFETIME",
        "MINUTES",
        "SECONDS",
        "HOURS",
        "DAYS",
    ];
    const SECRET_WORDS: &[&str] = &[
        "SECRET",
        "TOKEN",
        "PASSWORD",
        "PASSWD",
        "DSN",
        "CREDENTIALS",
        "CREDENTIAL",
    ];
    const SECRET_KEYS: &[&str] = &["API_KEY", "PRIVATE_KEY", "SECRET_KEY", "ACCESS_KEY"];
    if name == "DATABASE_URL" || name.ends_with("_DATABASE_URL") || name.ends_with("_DSN") {
        return true;
    }
    let segments: Vec<&str> = name.split('_').collect();
    let names_secret = segments.iter().any(|s| SECRET_WORDS.contains(s))
        || SECRET_KEYS.iter().any(|k| name.contains(k));
    names_secret && !segments.iter().any(|s| NOT_A_VALUE.contains(s))
}

/// The text with whole-line comments removed: a comment that says "the owner is never
/// checked" is not an ownership check.
fn without_comments(body: &str) -> String {
    body.lines()
        .filter(|line| {
            let t = line.trim_start();
            !(t.starts_with('#')
                || t.starts_with("//")
                || t.starts_with("/*")
                || t.starts_with('*'))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn span(name: String, node: Node<'_>) -> FunctionSpan {
    FunctionSpan {
        name,
        start_line: node.start_position().row as u32 + 1,
        end_line: node.end_position().row as u32 + 1,
    }
}

/// The function that handles route `index` in this file: the named handler's declaration, or
/// the inline function written in the declaration (starting on its line, before the next
/// route's). `None` for a named handler declared in another file.
fn handler_of<'t>(
    functions: &[Node<'t>],
    src: &str,
    family: Family,
    routes: &[crate::facts::RouteDecl],
    index: usize,
) -> Option<Node<'t>> {
    let route = &routes[index];
    match route.handler.as_deref() {
        Some(name) if name != "inline function" => {
            let name = name.rsplit('.').next().unwrap_or(name);
            named_function(functions, src, name, family)
        }
        _ => {
            let next = routes
                .iter()
                .map(|r| r.line)
                .filter(|l| *l > route.line)
                .min()
                .unwrap_or(u32::MAX);
            functions
                .iter()
                .filter(|f| {
                    let line = f.start_position().row as u32 + 1;
                    line >= route.line && line <= route.line + HANDLER_WINDOW && line < next
                })
                .min_by_key(|f| f.start_byte())
                .copied()
        }
    }
}

/// For a JavaScript route whose handler argument is a call (`utils.asyncHandler(search())`,
/// `product.list()`), the dotted names of the functions it calls, innermost first.
fn handler_callees(
    root: Node<'_>,
    src: &str,
    route: &crate::facts::RouteDecl,
) -> Option<Vec<String>> {
    let handler = route.handler.as_deref()?;
    if !handler.ends_with(')') {
        return None;
    }
    let mut argument = None;
    walk(root, |node| {
        if argument.is_some() {
            return false;
        }
        let row = node.start_position().row as u32 + 1;
        if row > route.line {
            return false;
        }
        if node.kind() == "call_expression"
            && row == route.line
            && let Some(args) = node.child_by_field_name("arguments")
            && let Some(last) = sechound_syntax::node::named_children(args).last()
            && crate::js::express::handler_name(*last, src) == handler
        {
            argument = Some(*last);
        }
        node.end_position().row as u32 + 1 >= route.line
    });
    let mut names = Vec::new();
    collect_callees(argument?, src, &mut names);
    (!names.is_empty()).then_some(names)
}

/// Callees of the calls under `node`, inner calls first.
fn collect_callees(node: Node<'_>, src: &str, out: &mut Vec<String>) {
    let node = sechound_syntax::js::unwrap(node);
    if node.kind() != "call_expression" {
        return;
    }
    if let Some(args) = node.child_by_field_name("arguments") {
        for arg in sechound_syntax::node::named_children(args) {
            collect_callees(arg, src, out);
            if let Some(name) = sechound_syntax::js::dotted_path(arg, src) {
                out.push(name);
            }
        }
    }
    if let Some(name) = node
        .child_by_field_name("function")
        .and_then(|f| sechound_syntax::js::dotted_path(f, src))
    {
        out.push(name);
    }
}

/// The name a function is declared or bound under: `function name`, `const name = () => {}`,
/// a method, a Python `def`.
fn function_name(node: Node<'_>, src: &str, family: Family) -> Option<String> {
    if let Some(name) = node.child_by_field_name("name") {
        return Some(text(name, src).to_string());
    }
    let parent = node.parent()?;
    match parent.kind() {
        "variable_declarator" if family == Family::Js => parent
            .child_by_field_name("name")
            .map(|n| text(n, src).to_string()),
        "pair" if family == Family::Js => parent
            .child_by_field_name("key")
            .map(|n| text(n, src).to_string()),
        _ => None,
    }
}

/// The function named `name` in the file: a declaration, a `const name = () => {}`, a method
/// or a Python `def`.
fn named_function<'t>(
    functions: &[Node<'t>],
    src: &str,
    name: &str,
    family: Family,
) -> Option<Node<'t>> {
    if name.is_empty() || name == "inline function" {
        return None;
    }
    functions.iter().copied().find(|f| {
        let own = f.field("name").map(|n| text(n, src));
        if own == Some(name) {
            return true;
        }
        // `const name = (req, res) => {...}`
        family == Family::Js
            && f.parent().is_some_and(|p| {
                p.kind() == "variable_declarator"
                    && p.field("name").map(|n| text(n, src)) == Some(name)
            })
    })
}

/// True when the handler reads a path parameter of `path` and loads, changes or deletes
/// something with it.
fn loads_by_path_id(body: &str, path: &str) -> bool {
    let params: Vec<&str> = path
        .split('/')
        .filter_map(|s| {
            s.strip_prefix(':')
                .or_else(|| s.strip_prefix('{').and_then(|p| p.strip_suffix('}')))
                .or_else(|| {
                    s.strip_prefix('<')
                        .and_then(|p| p.strip_suffix('>'))
                        .map(|p| p.rsplit(':').next().unwrap_or(p))
                })
                .or_else(|| s.strip_prefix('[').and_then(|p| p.strip_suffix(']')))
        })
        .map(|p| p.trim_end_matches('?'))
        .filter(|p| !p.is_empty())
        .collect();
    if params.is_empty() {
        return false;
    }
    params.iter().any(|param| {
        LOADS_BY_ID.find_iter(body).any(|m| {
            let after = &body[m.end()..];
            let window: String = after.chars().take(120).collect();
            window.contains(param)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_secret_values_from_their_settings() {
        for name in [
            "JWT_SECRET",
            "DATABASE_URL",
            "STRIPE_API_KEY",
            "DJANGO_SECRET_KEY",
            "DB_PASSWORD",
            "SENTRY_DSN",
        ] {
            assert!(names_a_secret(name), "{name}");
        }
        for name in [
            "TIKTOKEN_CACHE_DIR",
            "TOKEN_EXPIRY",
            "AWS_ACCESS_KEY_ID",
            "JWT_ALGORITHM",
            "KEYBOARD",
            "PASSWORD_MIN_LENGTH",
        ] {
            assert!(!names_a_secret(name), "{name}");
        }
    }
}
