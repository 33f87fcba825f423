use crate::js::secret_names::{jsonwebtoken_method, sign_jwt_builder};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::Confidence;
use sechound_syntax::js::{
    FUNCTION_KINDS, arguments, callee_path, object_has_spread, object_property,
};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{short_text, text};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Tokens issued without an expiry:
    /// - `jwt.sign(payload, key)` / `jwt.sign(payload, key, options)` from `jsonwebtoken` when
    ///   the options have no `expiresIn` and the payload, as far as this file shows (an object
    ///   literal, directly or through a local variable), has no `exp` claim. A payload whose
    ///   contents cannot be seen is reported with low confidence;
    /// - `jose` builders `new SignJWT(…)….sign(key)` without `.setExpirationTime(…)` in the chain;
    /// - NestJS `JwtModule.register({ … })` (or the object a `registerAsync` factory returns)
    ///   whose `signOptions` have no `expiresIn` (each
    ///   `jwtService.sign` call may still pass one, hence medium confidence).
    ///
    /// ## Why it matters
    /// A token without `exp` stays valid until the signing key is rotated: one leaked token
    /// (a log line, a browser extension, a shared screenshot) is a permanent login.
    ///
    /// ## Not reported
    /// Test code (`*.spec.*`, `*.test.*`, `__tests__/`, `test/`, `e2e/`).
    /// Options or payloads that carry `expiresIn`/`exp`, options that spread another object,
    /// options held in a variable this file cannot resolve.
    ///
    /// ## Example
    /// ```js
    /// jwt.sign({ sub: user.id }, secret);                        // reported
    /// jwt.sign({ sub: user.id }, secret, { expiresIn: '15m' });  // fine
    /// ```
    pub struct JwtSignWithoutExpiry {
        id: "js.jwt-sign-without-expiry",
        title: "JWT issued without an expiry",
        severity: Medium,
        confidence: High,
        area: Authentication,
        cwe: [613],
        owasp: A07,
        effort: Hours,
        impact: "A stolen token keeps working indefinitely; logging out or changing the password does not end it.",
        recommendation: "Give every token a short lifetime: `jwt.sign(payload, key, { expiresIn: '15m' })`, `.setExpirationTime('15m')` with jose, or `signOptions: { expiresIn: '15m' }` in `JwtModule`; use refresh tokens for longer sessions.",
        verification: "Decode a freshly issued token and check that it carries an `exp` claim a short time ahead; a token replayed after that time must be rejected.",
    }
}

impl CodeRule for JwtSignWithoutExpiry {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Js
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call_expression"]
    }

    fn check<'f>(&self, call: Node<'f>, cx: &mut CheckContext<'f>) {
        if crate::js::secret_names::is_test_file(cx) {
            return;
        }
        let src = cx.src();
        if jsonwebtoken_method(call, cx) == Some("sign") {
            check_jsonwebtoken(call, cx);
        } else if sign_jwt_builder(call, src).is_some() {
            let chain = text(call, src);
            if !chain.contains(".setExpirationTime(") {
                cx.report(call, "This `SignJWT` token is signed without `.setExpirationTime(…)`, so it never expires.");
            }
        } else if let Some(path) = callee_path(call, src)
            && (path.ends_with("JwtModule.register") || path.ends_with("JwtModule.registerAsync"))
        {
            let Some(mut options) = arguments(call).first().map(|o| cx.js_taint().resolve(*o))
            else {
                return;
            };
            if path.ends_with("registerAsync") {
                // registerAsync({ useFactory: (config) => ({ secret, signOptions }) })
                let Some(factory) =
                    object_property(options, src, "useFactory").map(|f| cx.js_taint().resolve(f))
                else {
                    return;
                };
                let Some(result) = factory_result(factory) else {
                    return;
                };
                options = result;
            }
            if options.kind() != "object" || object_has_spread(options) {
                return;
            }
            let sign_options =
                object_property(options, src, "signOptions").map(|o| cx.js_taint().resolve(o));
            let has_expiry = match sign_options {
                None => false,
                Some(o) => {
                    o.kind() != "object"
                        || object_has_spread(o)
                        || object_property(o, src, "expiresIn").is_some()
                }
            };
            if !has_expiry {
                let api = if path.ends_with("registerAsync") {
                    "JwtModule.registerAsync"
                } else {
                    "JwtModule.register"
                };
                // The factory's returned object is the tighter evidence for registerAsync.
                let at = if path.ends_with("registerAsync") {
                    options
                } else {
                    call
                };
                cx.report(
                    at,
                    format!(
                        "`{api}` sets no `signOptions.expiresIn`, so tokens from `jwtService.sign` never expire unless each call passes one."
                    ),
                )
                .confidence(Confidence::Medium);
            }
        }
    }
}

/// The object literal a factory function returns: `() => ({ … })` or `{ return { … }; }`.
fn factory_result(function: Node<'_>) -> Option<Node<'_>> {
    if !FUNCTION_KINDS.contains(&function.kind()) {
        return None;
    }
    let body = sechound_syntax::js::unwrap(function.field("body")?);
    if body.kind() == "object" {
        return Some(body);
    }
    let mut result = None;
    sechound_syntax::node::walk(body, |n| {
        if n != body && FUNCTION_KINDS.contains(&n.kind()) {
            return false;
        }
        if n.kind() == "return_statement"
            && let Some(value) = n.named_child(0).map(sechound_syntax::js::unwrap)
            && value.kind() == "object"
        {
            result = Some(value);
        }
        true
    });
    result
}

fn check_jsonwebtoken<'f>(call: Node<'f>, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let args = arguments(call);
    let Some(payload) = args.first() else { return };
    if args.len() < 2 {
        return;
    }
    let options_expire = match args.get(2) {
        None => false,
        Some(options) if FUNCTION_KINDS.contains(&options.kind()) => false,
        Some(options) => {
            let options = cx.js_taint().resolve(*options);
            options.kind() != "object"
                || object_has_spread(options)
                || object_property(options, src, "expiresIn").is_some()
        }
    };
    if options_expire {
        return;
    }
    let resolved = cx.js_taint().resolve(*payload);
    let confidence = match resolved.kind() {
        "object" => {
            if object_has_spread(resolved) || object_property(resolved, src, "exp").is_some() {
                return;
            }
            Confidence::High
        }
        "string" | "template_string" => Confidence::High,
        _ => Confidence::Low,
    };
    let payload_text = short_text(*payload, src, 40);
    let message = if confidence == Confidence::Low {
        format!(
            "`jwt.sign({payload_text}, …)` sets no `expiresIn`; unless `{payload_text}` carries an `exp` claim the token never expires."
        )
    } else {
        format!(
            "`jwt.sign` issues a token with no `expiresIn` option and no `exp` claim in `{payload_text}`, so it never expires."
        )
    };
    cx.report(call, message).confidence(confidence);
}
