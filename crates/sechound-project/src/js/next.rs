//! Next.js: App Router `route.ts` handlers, Pages Router `pages/api/**` handlers, and the root
//! `middleware.ts` with its `matcher`.
//!
//! The path of a Next.js route comes from its file, so routes are complete (`owner: None`).
//! The middleware is a global use owned by `*nextjs`: one per positive matcher entry, scoped by
//! its `path` (compose applies a scoped global use only to routes at or below it). A matcher
//! that excludes paths with a negative lookahead (`/((?!api|_next/static).*)`) runs everywhere
//! except those prefixes, so it is an unscoped use plus one exemption per excluded prefix on an
//! authentication definition named `middleware`: routes there are reported as exempted unless
//! their handler checks the caller itself.

use crate::facts::{AuthDef, FileFacts, Guard, RouteDecl, UseDecl};
use crate::names::is_auth_name;
use crate::quote::{first_line, line_of};
use regex::Regex;
use sechound_core::project::Exemption;
use sechound_core::project::Framework;
use sechound_core::project::GuardLevel;
use sechound_syntax::js::{
    FUNCTION_KINDS, arguments, callee, dotted_path, object_property, string_value, unwrap,
};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, short_text, text, walk};
use sechound_syntax::{CodeFile, Node};
use std::sync::LazyLock;

const HTTP_EXPORTS: &[&str] = &["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

/// Calls in a handler that establish who the caller is.
static SESSION_CALL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(getServerSession|getSession|auth|getToken|currentUser|getAuth|getUser|getCurrentUser|getKindeServerSession|validateRequest|requireAuth|requireUser|requireSession|verify\w*|jwtVerify)$")
        .expect("valid regex")
});

/// Verifications that are not about the caller's identity.
static NOT_CALLER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(signature|webhook|captcha|email|recaptcha|turnstile)").expect("valid regex")
});

/// Signs that a middleware checks the caller.
static MIDDLEWARE_AUTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(getToken|withAuth|clerkMiddleware|authMiddleware|\bauth\(|jwtVerify|\.verify\w*\(|getSession|getUser\(|[Aa]uthorization|session|token|/login|/sign-?in)")
        .expect("valid regex")
});

pub(crate) fn read_next(file: &CodeFile, facts: &mut FileFacts) {
    let segments: Vec<&str> = file.path.split('/').collect();
    let Some((file_name, dirs)) = segments.split_last() else {
        return;
    };
    let stem = file_name.rsplit_once('.').map_or(*file_name, |(s, _)| s);
    if let Some(app) = dirs.iter().position(|d| *d == "app")
        && stem == "route"
    {
        if let Some(path) = route_path(&dirs[app + 1..]) {
            read_route_handlers(file, facts, &path);
        }
    } else if let Some(pages) = dirs.windows(2).position(|w| w == ["pages", "api"]) {
        let mut parts: Vec<&str> = dirs[pages + 1..].to_vec();
        if stem != "index" {
            parts.push(stem);
        }
        if let Some(path) = route_path(&parts) {
            read_api_handler(file, facts, &path);
        }
    } else if matches!(stem, "middleware" | "proxy") && is_next_file(facts) {
        read_middleware(file, facts, stem);
    }
}

/// A middleware file of Next.js rather than an Express `middleware.ts`: it imports Next.js or
/// an auth library made for it, or exports both the middleware and its `config`.
fn is_next_file(facts: &FileFacts) -> bool {
    let exports = |name: &str| facts.exports.iter().any(|(e, _)| e == name);
    facts.imports.iter().any(|i| {
        i.module.starts_with("next/")
            || i.module == "next"
            || i.module.starts_with("next-auth")
            || i.module.starts_with("@clerk/nextjs")
            || i.module.starts_with("@auth/")
            || i.module.starts_with("@supabase/ssr")
    }) || ((exports("middleware") || exports("proxy")) && exports("config"))
}

/// `/api/users/[id]` from the folders under `app` (or `pages`): route groups `(group)` and
/// parallel-route slots `@slot` do not appear in URLs; `_private` folders are not routed.
fn route_path(parts: &[&str]) -> Option<String> {
    let mut out = Vec::new();
    for part in parts {
        if part.starts_with('_') {
            return None;
        }
        if (part.starts_with('(') && part.ends_with(')')) || part.starts_with('@') {
            continue;
        }
        out.push(*part);
    }
    Some(format!("/{}", out.join("/")))
}

/// `export async function GET(req) {}`, `export const POST = withAuth(async () => {})`,
/// `export { handler as GET, handler as POST }`.
fn read_route_handlers(file: &CodeFile, facts: &mut FileFacts, path: &str) {
    let src = file.text();
    let root = file.tree.root_node();
    for statement in named_children(root) {
        if statement.kind() != "export_statement" {
            continue;
        }
        let mut found: Vec<(String, Option<Node<'_>>, Node<'_>)> = Vec::new();
        if let Some(declaration) = statement.field("declaration") {
            match declaration.kind() {
                "function_declaration" => {
                    if let Some(name) = declaration.field("name") {
                        found.push((text(name, src).to_string(), Some(declaration), statement));
                    }
                }
                "lexical_declaration" | "variable_declaration" => {
                    for d in named_children(declaration) {
                        if let Some(name) = d.field("name") {
                            found.push((text(name, src).to_string(), d.field("value"), statement));
                        }
                    }
                }
                _ => {}
            }
        }
        for clause in named_children(statement)
            .into_iter()
            .filter(|c| c.kind() == "export_clause")
        {
            for spec in named_children(clause) {
                let Some(name) = spec.field("name") else {
                    continue;
                };
                let local = text(name, src);
                let exported = spec.field("alias").map_or(local, |a| text(a, src));
                found.push((
                    exported.to_string(),
                    local_definition(root, src, local),
                    statement,
                ));
            }
        }
        for (name, definition, at) in found {
            if !HTTP_EXPORTS.contains(&name.as_str()) {
                continue;
            }
            let guards = definition
                .map(|d| handler_guards(root, d, src))
                .unwrap_or_default();
            facts.routes.push(RouteDecl {
                handler_at: None,
                path_value: None,
                conditions: Vec::new(),
                owner: None,
                methods: vec![name.clone()],
                path: Some(path.to_string()),
                handler: Some(name),
                guards,
                line: line_of(at),
                code: first_line(at, src),
                framework: Framework::Nextjs,
                public_marker: None,
            });
        }
    }
}

/// The default export of a `pages/api` file; its methods are those the handler compares
/// `req.method` with, or every method.
fn read_api_handler(file: &CodeFile, facts: &mut FileFacts, path: &str) {
    let src = file.text();
    let root = file.tree.root_node();
    for statement in named_children(root) {
        if statement.kind() != "export_statement"
            || !(0..statement.child_count())
                .filter_map(|i| statement.child(i))
                .any(|c| c.kind() == "default")
        {
            continue;
        }
        let Some(value) = statement
            .field("declaration")
            .or_else(|| statement.field("value"))
        else {
            continue;
        };
        let value = unwrap(value);
        let definition = if value.kind() == "identifier" {
            local_definition(root, src, text(value, src))
        } else {
            Some(value)
        };
        let Some(definition) = definition else {
            continue;
        };
        let guards = handler_guards(root, definition, src);
        facts.routes.push(RouteDecl {
            handler_at: None,
            path_value: None,
            conditions: Vec::new(),
            owner: None,
            methods: methods_checked(definition, src),
            path: Some(path.to_string()),
            handler: Some("default".into()),
            guards,
            line: line_of(statement),
            code: first_line(statement, src),
            framework: Framework::Nextjs,
            public_marker: None,
        });
    }
}

static METHOD_LITERAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"['"](GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)['"]"#).expect("valid regex")
});

fn methods_checked(handler: Node<'_>, src: &str) -> Vec<String> {
    let body = text(handler, src);
    let mut methods: Vec<String> = Vec::new();
    if body.contains(".method") {
        for c in METHOD_LITERAL.captures_iter(body) {
            let m = c[1].to_string();
            if !methods.contains(&m) {
                methods.push(m);
            }
        }
    }
    if methods.is_empty() {
        methods.push("ANY".into());
    }
    methods
}

/// The function or value a top-level name is bound to in the file.
fn local_definition<'t>(root: Node<'t>, src: &str, name: &str) -> Option<Node<'t>> {
    let mut found = None;
    walk(root, |node| {
        if found.is_some() {
            return false;
        }
        let name_node = match node.kind() {
            "function_declaration" | "variable_declarator" => node.field("name"),
            _ => None,
        };
        if name_node.is_some_and(|n| text(n, src) == name) {
            found = if node.kind() == "variable_declarator" {
                node.field("value")
            } else {
                Some(node)
            };
            return false;
        }
        true
    });
    found
}

/// Session checks inside a handler, and an authenticating wrapper around it
/// (`withAuth(handler)`, `withApiAuthRequired(handler)`).
fn handler_guards(root: Node<'_>, definition: Node<'_>, src: &str) -> Vec<Guard> {
    let mut guards = Vec::new();
    let mut definition = unwrap(definition);
    while definition.kind() == "call_expression" {
        let name = callee(definition)
            .and_then(|c| dotted_path(c, src))
            .unwrap_or_default();
        let last = name.rsplit('.').next().unwrap_or(&name).to_string();
        if is_auth_name(&last) || last == "withApiAuthRequired" {
            guards.push(Guard {
                target: None,
                text: format!("{name}(…)"),
                name: last,
                roles: Vec::new(),
                authenticates: true,
                level: GuardLevel::Route,
                line: line_of(definition),
            });
        }
        let Some(inner) = arguments(definition).into_iter().next().map(unwrap) else {
            return guards;
        };
        definition = if inner.kind() == "identifier" {
            match local_definition(root, src, text(inner, src)) {
                Some(d) => unwrap(d),
                None => return guards,
            }
        } else {
            inner
        };
    }
    if !FUNCTION_KINDS.contains(&definition.kind()) {
        return guards;
    }
    walk(definition, |node| {
        if node.kind() == "call_expression"
            && let Some(path) = callee(node).and_then(|c| dotted_path(c, src))
        {
            let last = path.rsplit('.').next().unwrap_or(&path);
            if (SESSION_CALL.is_match(last) || path.ends_with("auth.getUser"))
                && !NOT_CALLER.is_match(&path)
                && !guards.iter().any(|g: &Guard| g.name == last)
            {
                guards.push(Guard {
                    // The helper's code decides (`requireSession` throws, `currentUser` only
                    // reads); a package's function keeps the name-based judgement.
                    target: crate::facts::GuardTarget::named(path.clone(), false),
                    name: last.to_string(),
                    text: short_text(node, src, 60),
                    roles: Vec::new(),
                    authenticates: true,
                    level: GuardLevel::Route,
                    line: line_of(node),
                });
            }
        }
        true
    });
    guards
}

/// `middleware.ts`: a global guard when it checks the caller, scoped by its matcher.
fn read_middleware(file: &CodeFile, facts: &mut FileFacts, stem: &str) {
    let src = file.text();
    if !facts
        .exports
        .iter()
        .any(|(e, _)| e == stem || e == "default")
    {
        return;
    }
    // The matcher is read from the export named `config` only.
    let mut matchers: Vec<(String, Node<'_>)> = Vec::new();
    let mut config_seen = false;
    walk(file.tree.root_node(), |node| {
        if node.kind() == "variable_declarator"
            && node.field("name").is_some_and(|n| text(n, src) == "config")
            && let Some(value) = node.field("value")
            && let Some(matcher) = object_property(value, src, "matcher")
        {
            config_seen = true;
            let matcher = unwrap(matcher);
            let entries = if matcher.kind() == "array" {
                named_children(matcher)
            } else {
                vec![matcher]
            };
            for entry in entries {
                let value = string_value(entry, src).or_else(|| {
                    object_property(entry, src, "source").and_then(|s| string_value(s, src))
                });
                if let Some(value) = value {
                    matchers.push((value, entry));
                }
            }
        }
        true
    });
    let body = text(file.tree.root_node(), src);
    let body_without_config = match body.find("export const config") {
        Some(i) => &body[..i],
        None => body,
    };
    if !MIDDLEWARE_AUTH.is_match(body_without_config) {
        return;
    }
    let guard = Guard {
        target: None,
        name: "middleware".into(),
        text: file.path.clone(),
        roles: Vec::new(),
        authenticates: true,
        level: GuardLevel::Global,
        line: 1,
    };
    let mut scopes: Vec<Option<String>> = Vec::new();
    let mut exemptions = Vec::new();
    for (matcher, node) in &matchers {
        match read_matcher(matcher) {
            Matcher::Prefixes(prefixes) => scopes.extend(prefixes.into_iter().map(Some)),
            Matcher::Except(excluded) => {
                scopes.push(None);
                for prefix in excluded {
                    exemptions.push(Exemption {
                        pattern: prefix,
                        prefix: true,
                        control: "middleware matcher".into(),
                        file: file.path.clone(),
                        line: line_of(*node),
                        code: first_line(*node, src),
                    });
                }
            }
        }
    }
    if !config_seen || scopes.is_empty() {
        scopes.push(None);
    }
    scopes.dedup();
    for path in scopes {
        facts.uses.push(UseDecl {
            owner: "*nextjs".into(),
            path,
            guards: vec![guard.clone()],
            ordered: false,
            line: 1,
        });
    }
    if !exemptions.is_empty() {
        facts.auth_defs.push(AuthDef {
            name: "middleware".into(),
            line: 1,
            exemptions,
            roles: Vec::new(),
        });
    }
}

enum Matcher {
    /// The middleware runs for these prefixes.
    Prefixes(Vec<String>),
    /// The middleware runs everywhere except below these prefixes.
    Except(Vec<String>),
}

/// `/dashboard/:path*` → `/dashboard`; `/(api|trpc)(.*)` → `/api`, `/trpc`;
/// `/((?!api|_next/static|favicon.ico).*)` → everything except `/api` ...
fn read_matcher(matcher: &str) -> Matcher {
    if let Some(start) = matcher.find("(?!") {
        let rest = &matcher[start + 3..];
        let mut depth = 0usize;
        let end = rest
            .char_indices()
            .find(|(_, c)| {
                match c {
                    '(' => depth += 1,
                    ')' if depth == 0 => return true,
                    ')' => depth -= 1,
                    _ => {}
                }
                false
            })
            .map_or(rest.len(), |(i, _)| i);
        let excluded = rest[..end]
            .split('|')
            .map(|p| p.trim_start_matches('/').replace('\\', ""))
            .filter(|p| !p.is_empty() && !p.starts_with('.') && !p.contains(['$', '*', '[']))
            .map(|p| format!("/{p}"))
            .collect();
        return Matcher::Except(excluded);
    }
    let cut = matcher.find([':', '(', '*']).unwrap_or(matcher.len());
    let head = matcher[..cut].trim_end_matches('/');
    // `/(api|trpc)(.*)`: one prefix per alternative of the first group.
    if matcher[cut..].starts_with('(')
        && let Some(close) = matcher[cut..].find(')')
    {
        let group = &matcher[cut + 1..cut + close];
        if group.contains('|')
            || group
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
        {
            return Matcher::Prefixes(
                group
                    .split('|')
                    .map(|alt| format!("{head}/{}", alt.trim_matches('/')))
                    .collect(),
            );
        }
    }
    Matcher::Prefixes(vec![if head.is_empty() {
        "/".into()
    } else {
        head.into()
    }])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_matchers() {
        let prefixes = |m: &str| match read_matcher(m) {
            Matcher::Prefixes(p) => p,
            Matcher::Except(_) => panic!("{m}"),
        };
        assert_eq!(prefixes("/dashboard/:path*"), vec!["/dashboard"]);
        assert_eq!(prefixes("/(api|trpc)(.*)"), vec!["/api", "/trpc"]);
        assert_eq!(prefixes("/admin"), vec!["/admin"]);
        let Matcher::Except(excluded) =
            read_matcher("/((?!api|_next/static|_next/image|favicon.ico).*)")
        else {
            panic!()
        };
        assert_eq!(
            excluded,
            vec!["/api", "/_next/static", "/_next/image", "/favicon.ico"]
        );
        assert_eq!(
            route_path(&["api", "(admin)", "users", "[id]"]).unwrap(),
            "/api/users/[id]"
        );
        assert!(route_path(&["_lib"]).is_none());
    }
}
