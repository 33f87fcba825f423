//! What the secret and token rules share: which names hold secrets, where a value is a
//! hard-coded literal, and which calls belong to the `jsonwebtoken` and `jose` libraries.

use crate::CheckContext;
use sechound_syntax::Node;
use sechound_syntax::js::{
    arguments, callee, callee_path, dotted_path, env_var_name, method_name, object_property,
    receiver, string_value, unwrap,
};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, text, walk};

/// Lower-case words of an identifier or environment variable: `JWT_SECRET_KEY` and
/// `jwtSecretKey` both give `["jwt", "secret", "key"]`.
pub(crate) fn name_words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = name.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            continue;
        }
        let boundary = c.is_ascii_uppercase()
            && i > 0
            && (chars[i - 1].is_ascii_lowercase()
                || chars[i - 1].is_ascii_digit()
                || (chars[i - 1].is_ascii_uppercase()
                    && chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase())));
        if boundary && !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        current.push(c.to_ascii_lowercase());
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// Words before `token` that name something other than a credential: a pagination cursor, a
/// cancellation handle, an anti-CSRF value or the key a token is stored under.
const NOT_CREDENTIAL_TOKENS: &[&str] = &[
    "page",
    "next",
    "continuation",
    "cancellation",
    "sync",
    "csrf",
    "xsrf",
    "storage",
    "cache",
    "current",
    "syntax",
    "lexer",
];

/// True for names of configuration values that hold a credential: `JWT_SECRET`, `API_KEY`,
/// `DB_PASSWORD`, `GITHUB_TOKEN`, `jwtSecret`. Public keys (`STRIPE_PUBLISHABLE_KEY`,
/// `JWT_PUBLIC_KEY`), names that describe a credential rather than hold it (`TOKEN_TTL`,
/// `PASSWORD_MIN_LENGTH`, `API_KEY_HEADER`) and storage slots (`TOKEN_STORAGE_KEY`) are not.
pub(crate) fn is_secret_name(name: &str) -> bool {
    let words = name_words(crate::secrets::patterns::without_numbering(name));
    let Some(last) = words.last() else {
        return false;
    };
    let before = words.len().checked_sub(2).map(|i| words[i].as_str());
    match last.as_str() {
        // `KEY` needs a qualifier that makes it a credential: `API_KEY`, `SECRET_KEY`,
        // `PRIVATE_KEY`; `KEY` alone, `SORT_KEY` or `PUBLIC_KEY` are not.
        "key" => matches!(
            before,
            Some(
                "api"
                    | "secret"
                    | "private"
                    | "signing"
                    | "encryption"
                    | "crypto"
                    | "hmac"
                    | "master"
                    | "access"
                    | "auth"
                    | "jwt"
                    | "cookie"
                    | "client"
                    | "service"
                    | "role"
                    | "admin"
                    | "license"
                    | "webhook"
                    | "aes"
                    | "cipher"
            )
        ),
        "token" => before.is_none_or(|b| !NOT_CREDENTIAL_TOKENS.contains(&b)),
        "secret" | "password" | "passwd" | "pass" | "passphrase" | "apikey" | "pepper" => {
            !matches!(before, Some("public" | "publishable" | "site"))
        }
        _ => false,
    }
}

/// True for variables and properties whose value should never reach a log: credentials (see
/// [`is_secret_name`]) plus `authorization`, `cookie` and `credentials`.
pub(crate) fn is_sensitive_value_name(name: &str) -> bool {
    if is_secret_name(name) {
        return true;
    }
    let words = name_words(name);
    matches!(
        words.last().map(String::as_str),
        Some("authorization" | "cookie" | "cookies" | "credentials" | "bearer" | "jwt")
    ) && !words
        .iter()
        .any(|w| matches!(w.as_str(), "has" | "is" | "no"))
}

/// True when a name asks for a password rather than some other credential.
pub(crate) fn is_password_name(name: &str) -> bool {
    name_words(name)
        .last()
        .is_some_and(|w| matches!(w.as_str(), "password" | "passwd" | "pwd" | "passphrase"))
}

/// The environment variables read in `expr`: `process.env.X`, `process.env['X']`,
/// `import.meta.env.X`, and `env.X` where `env` is `process.env` under another name.
pub(crate) fn env_reads<'f>(expr: Node<'f>, cx: &CheckContext<'f>) -> Vec<String> {
    let src = cx.src();
    let mut names = Vec::new();
    walk(expr, |n| {
        if matches!(n.kind(), "member_expression" | "subscript_expression") {
            if let Some(name) = env_var_name(n, src) {
                names.push(name);
                return false;
            }
            if let Some(object) = n.field("object")
                && unwrap(object).kind() == "identifier"
                && text(cx.js_taint().resolve(object), src) == "process.env"
                && let Some(path) = dotted_path(n, src)
                && let Some((_, name)) = path.split_once('.')
                && !name.contains('.')
            {
                names.push(name.to_string());
                return false;
            }
        }
        n == expr || !sechound_syntax::js::FUNCTION_KINDS.contains(&n.kind())
    });
    names
}

/// True when `node` is `process.env` itself (or a local name for it).
pub(crate) fn is_process_env<'f>(node: Node<'f>, cx: &CheckContext<'f>) -> bool {
    let resolved = cx.js_taint().resolve(node);
    matches!(
        dotted_path(resolved, cx.src()).as_deref(),
        Some("process.env" | "import.meta.env")
    )
}

/// A non-empty string literal: the value a fallback or a hard-coded secret gives.
pub(crate) fn non_empty_literal(node: Node<'_>, src: &str) -> bool {
    string_value(node, src).is_some_and(|v| !v.trim().is_empty())
}

/// The string literal a key expression comes down to, following local constants, members of
/// local object literals and the wrappers that turn a string into key material
/// (`Buffer.from`, `new TextEncoder().encode`, `createSecretKey`). `None` for anything read
/// from the environment, a file or a call this cannot see through.
pub(crate) fn hard_coded_key<'f>(expr: Node<'f>, cx: &CheckContext<'f>) -> Option<Node<'f>> {
    hard_coded_key_at(expr, cx, 0)
}

fn hard_coded_key_at<'f>(expr: Node<'f>, cx: &CheckContext<'f>, depth: u32) -> Option<Node<'f>> {
    if depth > 6 {
        return None;
    }
    let src = cx.src();
    let node = cx.js_taint().resolve(expr);
    match node.kind() {
        "string" | "template_string" => non_empty_literal(node, src).then_some(node),
        "member_expression" => {
            let object = cx.js_taint().resolve(node.field("object")?);
            let property = text(node.field("property")?, src);
            let value = object_property(object, src, property)?;
            hard_coded_key_at(value, cx, depth + 1)
        }
        "call_expression" | "new_expression" => {
            let name = method_name(node, src)?;
            let wraps = match name {
                "from" => callee_path(node, src).as_deref() == Some("Buffer.from"),
                "encode" => receiver(node).is_some_and(|r| text(r, src).contains("TextEncoder")),
                "createSecretKey" => true,
                _ => false,
            };
            if !wraps {
                return None;
            }
            hard_coded_key_at(*arguments(node).first()?, cx, depth + 1)
        }
        _ => None,
    }
}

/// The module names a file binds to `local` through `import` or `require`.
pub(crate) fn imported_module(root: Node<'_>, src: &str, local: &str) -> Option<String> {
    for item in named_children(root) {
        match item.kind() {
            "import_statement" => {
                let Some(source) = item.field("source") else {
                    continue;
                };
                let Some(module) = string_value(source, src) else {
                    continue;
                };
                let mut binds = false;
                walk(item, |n| {
                    if n.kind() == "identifier" && text(n, src) == local {
                        binds = true;
                    }
                    true
                });
                if binds {
                    return Some(module);
                }
            }
            "lexical_declaration" | "variable_declaration" => {
                for declarator in named_children(item) {
                    let (Some(name), Some(value)) =
                        (declarator.field("name"), declarator.field("value"))
                    else {
                        continue;
                    };
                    let mut value = unwrap(value);
                    // `require('x').default`, `require('x').sign`
                    while value.kind() == "member_expression" {
                        match value.field("object") {
                            Some(object) => value = unwrap(object),
                            None => break,
                        }
                    }
                    let Some(module) = (value.kind() == "call_expression")
                        .then(|| sechound_syntax::js::required_module(value, src))
                        .flatten()
                    else {
                        continue;
                    };
                    let mut binds = false;
                    walk(name, |n| {
                        if matches!(
                            n.kind(),
                            "identifier" | "shorthand_property_identifier_pattern"
                        ) && text(n, src) == local
                        {
                            binds = true;
                        }
                        true
                    });
                    if binds {
                        return Some(module);
                    }
                }
            }
            _ => {}
        }
    }
    None
}

/// True for test code (`*.spec.ts`, `*.test.js`, `__tests__/`, `test/`, `e2e/`, `__mocks__/`):
/// keys, fallbacks and logs there are fixtures, not the service's configuration.
pub(crate) fn is_test_file(cx: &CheckContext<'_>) -> bool {
    cx.in_test_file()
}

/// The top of the tree `node` belongs to.
pub(crate) fn root_of(node: Node<'_>) -> Node<'_> {
    let mut root = node;
    while let Some(parent) = root.parent() {
        root = parent;
    }
    root
}

/// A call into `jsonwebtoken`: `jwt.sign(...)`, `jsonwebtoken.verify(...)`, or `sign(...)` /
/// `verify(...)` / `decode(...)` imported from it. Gives the method name.
pub(crate) fn jsonwebtoken_method<'f>(call: Node<'f>, cx: &CheckContext<'f>) -> Option<&'f str> {
    let src = cx.src();
    let function = unwrap(callee(call)?);
    let method = method_name(call, src)?;
    if !matches!(method, "sign" | "verify" | "decode") {
        return None;
    }
    let root = root_of(call);
    match function.kind() {
        "identifier" => (imported_module(root, src, method).as_deref() == Some("jsonwebtoken"))
            .then_some(method),
        "member_expression" => {
            let object = unwrap(function.field("object")?);
            if object.kind() != "identifier" {
                return None;
            }
            let name = text(object, src);
            // A local `jwt` holding something else (`const jwt = new JwtService()`) is not the
            // library.
            let bound = cx.js_taint().resolve(object);
            if bound != object {
                let mut value = bound;
                while value.kind() == "member_expression" {
                    value = unwrap(value.field("object")?);
                }
                let module = (value.kind() == "call_expression")
                    .then(|| sechound_syntax::js::required_module(value, src))
                    .flatten();
                return (module.as_deref() == Some("jsonwebtoken")).then_some(method);
            }
            match imported_module(root, src, name) {
                Some(module) => (module == "jsonwebtoken").then_some(method),
                None => matches!(name, "jwt" | "JWT" | "jsonwebtoken" | "jsonWebToken")
                    .then_some(method),
            }
        }
        _ => None,
    }
}

/// A call of `jose`'s `jwtVerify` (bare or as `jose.jwtVerify`).
pub(crate) fn is_jose_verify(call: Node<'_>, src: &str) -> bool {
    callee_path(call, src).is_some_and(|p| p == "jwtVerify" || p.ends_with(".jwtVerify"))
}

/// The `new SignJWT(...)` at the start of a builder chain that ends in `call` (`.sign(key)`).
pub(crate) fn sign_jwt_builder<'f>(call: Node<'f>, src: &str) -> Option<Node<'f>> {
    if method_name(call, src)? != "sign" {
        return None;
    }
    let mut current = receiver(call).map(unwrap);
    while let Some(node) = current {
        match node.kind() {
            "new_expression" => {
                let constructor = dotted_path(callee(node)?, src)?;
                return (constructor == "SignJWT" || constructor.ends_with(".SignJWT"))
                    .then_some(node);
            }
            "call_expression" => current = receiver(node).map(unwrap),
            _ => return None,
        }
    }
    None
}

/// True when `call` is a JWT library call or configuration whose options carry the signing key:
/// NestJS `JwtModule.register(...)`, `jwtService.sign(...)`, `expressjwt({...})`,
/// `fastify.register(fastifyJwt, {...})`.
pub(crate) fn is_jwt_configuration_call(call: Node<'_>, src: &str) -> bool {
    let Some(function) = callee(call) else {
        return false;
    };
    let callee_text = text(function, src).to_ascii_lowercase();
    if callee_text.contains("jwt") {
        return true;
    }
    method_name(call, src) == Some("register")
        && arguments(call)
            .first()
            .is_some_and(|plugin| text(*plugin, src).to_ascii_lowercase().contains("jwt"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_names_into_words() {
        assert_eq!(name_words("JWT_SECRET_KEY"), ["jwt", "secret", "key"]);
        assert_eq!(name_words("jwtSecretKey"), ["jwt", "secret", "key"]);
        assert_eq!(name_words("APIKey"), ["api", "key"]);
    }

    #[test]
    fn recognises_secret_names() {
        for name in [
            "JWT_SECRET",
            "SESSION_SECRET",
            "API_KEY",
            "STRIPE_SECRET_KEY",
            "DB_PASSWORD",
            "DB_PASS",
            "GITHUB_TOKEN",
            "jwtSecret",
            "ACCESS_TOKEN_SECRET",
            "PRIVATE_KEY",
            "SESSION_TOKEN",
            "SUPABASE_SERVICE_ROLE_KEY",
            "AWS_SECRET_ACCESS_KEY",
            "DB_PASSWORD_2",
            "apiSecret2",
        ] {
            assert!(is_secret_name(name), "{name}");
        }
        for name in [
            "JWT_PUBLIC_KEY",
            "STRIPE_PUBLISHABLE_KEY",
            "TOKEN_TTL",
            "PASSWORD_MIN_LENGTH",
            "API_KEY_HEADER",
            "TOKEN_STORAGE_KEY",
            "tokenCount",
            "passwordPolicy",
            "KEY",
            "CACHE_KEY",
            "nextPageToken",
            "tokens",
            "CSRF_TOKEN",
            "SUPABASE_ANON_KEY",
            "AWS_ACCESS_KEY_ID",
            "TOKEN_URL",
        ] {
            assert!(!is_secret_name(name), "{name}");
        }
    }

    #[test]
    fn recognises_values_that_must_not_be_logged() {
        for name in [
            "authorization",
            "cookie",
            "password",
            "refreshToken",
            "apiKey",
            "cookies",
        ] {
            assert!(is_sensitive_value_name(name), "{name}");
        }
        for name in [
            "hasAuthorization",
            "tokenType",
            "passwordHint",
            "cookieName",
        ] {
            assert!(!is_sensitive_value_name(name), "{name}");
        }
    }
}
