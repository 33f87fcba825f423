use crate::js::secret_names::{
    hard_coded_key, is_jose_verify, is_jwt_configuration_call, jsonwebtoken_method,
    sign_jwt_builder,
};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::js::{FUNCTION_KINDS, arguments, pair_key};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{ancestor, short_text, text};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// A JSON Web Token signing or verification key written in the source:
    /// - `jwt.sign(payload, 'secret')` / `jwt.verify(token, 'secret')` from `jsonwebtoken`, also
    ///   through a local constant (`const JWT_SECRET = '…'`) or `Buffer.from('…')`;
    /// - `jose`: `new SignJWT(…).sign(key)` and `jwtVerify(token, key)` where the key is
    ///   `new TextEncoder().encode('…')` or `createSecretKey(Buffer.from('…'))`;
    /// - NestJS `JwtModule.register({ secret: '…' })` (and `registerAsync` factories),
    ///   `jwtService.sign(payload, { secret: '…' })`, an exported `jwtConstants = { secret: '…' }`;
    /// - passport-jwt `secretOrKey: '…'`, `expressjwt({ secret: '…' })`, `@fastify/jwt`.
    ///
    /// A literal used only as the fallback of an environment variable
    /// (`process.env.JWT_SECRET || 'dev'`) is reported by `js.secret-fallback`, not here.
    ///
    /// ## Why it matters
    /// Whoever reads the repository (or a leaked copy, a container image, a client bundle) holds
    /// the key and can mint tokens for any user or role the API accepts.
    ///
    /// ## Not reported
    /// Test code (`*.spec.*`, `*.test.*`, `__tests__/`, `test/`, `e2e/`).
    /// Keys read from the environment, a secret manager or a file; public keys.
    ///
    /// ## Example
    /// ```js
    /// jwt.sign({ sub: user.id }, 'super-secret', { expiresIn: '1h' });      // reported
    /// jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' }); // fine
    /// ```
    pub struct JwtHardcodedSecret {
        id: "js.jwt-hardcoded-secret",
        title: "JWT key is hard-coded in the source",
        severity: High,
        confidence: High,
        area: Authentication,
        cwe: [798, 321],
        owasp: A07,
        effort: Minutes,
        impact: "Anyone with access to the code can forge valid tokens for any user, including administrators.",
        recommendation: "Load the key from the environment or a secret manager and refuse to start without it (`const secret = process.env.JWT_SECRET; if (!secret) throw new Error('JWT_SECRET is required')`), then rotate the leaked key.",
        verification: "Search the repository for the old key value (it must be gone), start the service without `JWT_SECRET` and check that it refuses to start, and check that a token signed with the old key is rejected.",
    }
}

/// Option keys that carry the signing or verification key in JWT libraries.
const KEY_OPTIONS: &[&str] = &["secret", "secretOrKey", "secretOrPrivateKey", "privateKey"];

impl CodeRule for JwtHardcodedSecret {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Js
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call_expression", "pair"]
    }

    fn check<'f>(&self, node: Node<'f>, cx: &mut CheckContext<'f>) {
        if crate::js::secret_names::is_test_file(cx) {
            return;
        }
        match node.kind() {
            "call_expression" => check_call(node, cx),
            _ => check_option(node, cx),
        }
    }
}

fn check_call<'f>(call: Node<'f>, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let args = arguments(call);
    let (key, api) = if let Some(method) = jsonwebtoken_method(call, cx) {
        if method == "decode" {
            return;
        }
        (args.get(1).copied(), format!("`jwt.{method}`"))
    } else if is_jose_verify(call, src) {
        (args.get(1).copied(), "`jwtVerify`".to_string())
    } else if sign_jwt_builder(call, src).is_some() {
        (args.first().copied(), "`SignJWT.sign`".to_string())
    } else {
        return;
    };
    let Some(key) = key else { return };
    let Some(literal) = hard_coded_key(key, cx) else {
        return;
    };
    let name = if key.kind() == "identifier" {
        format!(" (`{}`)", text(key, src))
    } else {
        String::new()
    };
    cx.report(call, format!("{api} uses a key written in the source{name}; anyone who can read the code can forge tokens."))
        .mask(literal)
        .related(literal);
}

/// `{ secret: '…' }` in JWT configuration: NestJS `JwtModule`, passport-jwt, express-jwt.
fn check_option<'f>(pair: Node<'f>, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let Some(key) = pair_key(pair, src) else {
        return;
    };
    if !KEY_OPTIONS.contains(&key) {
        return;
    }
    let Some(value) = pair.field("value") else {
        return;
    };
    if !in_jwt_configuration(pair, key, src) {
        return;
    }
    // `jsonwebtoken` takes its key positionally; a `secret` inside `jwt.sign({ … })` is a claim.
    if enclosing_call(pair).is_some_and(|call| jsonwebtoken_method(call, cx).is_some()) {
        return;
    }
    let Some(literal) = hard_coded_key(value, cx) else {
        return;
    };
    let context = enclosing_call(pair)
        .and_then(|c| c.field("function"))
        .map(|f| format!(" passed to `{}`", short_text(f, src, 40)))
        .unwrap_or_default();
    cx.report(
        pair,
        format!("The JWT option `{key}`{context} is a key written in the source; anyone who can read the code can forge tokens."),
    )
    .mask(literal);
}

/// True when the object holding `pair` configures a JWT library: `secretOrKey` (passport-jwt's
/// own name), an object passed to a JWT call, or one bound to a name that mentions JWT.
fn in_jwt_configuration(pair: Node<'_>, key: &str, src: &str) -> bool {
    if key == "secretOrKey" || key == "secretOrPrivateKey" {
        return true;
    }
    if let Some(call) = enclosing_call(pair) {
        return is_jwt_configuration_call(call, src);
    }
    ancestor(pair, &["variable_declarator"])
        .and_then(|d| d.field("name"))
        .is_some_and(|name| text(name, src).to_ascii_lowercase().contains("jwt"))
}

/// The nearest call whose arguments hold `node`, looking through factory functions
/// (`registerAsync({ useFactory: () => ({ secret }) })`).
fn enclosing_call(node: Node<'_>) -> Option<Node<'_>> {
    let mut current = node.parent();
    while let Some(n) = current {
        match n.kind() {
            "call_expression" | "new_expression" => return Some(n),
            "class_body" | "statement_block"
                if n.parent()
                    .is_some_and(|p| !FUNCTION_KINDS.contains(&p.kind())) =>
            {
                return None;
            }
            "program" | "class_declaration" => return None,
            _ => {}
        }
        current = n.parent();
    }
    None
}
