use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::js::{callee_path, pair_key, string_value, unwrap};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, text};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Token verification told to skip one of its checks, in the options of a call (or of a
    /// NestJS/passport strategy's `super(...)`, a `JwtModule` `verifyOptions`):
    /// - `ignoreExpiration: true` (`jwt.verify`, `jwtService.verify`, passport-jwt
    ///   `new Strategy({ ..., ignoreExpiration: true })`): expired tokens are accepted;
    /// - an `algorithms` list that contains `'none'`: unsigned tokens are accepted (high).
    ///
    /// The JavaScript side of what `py.jwt-decode-without-verify` reports for
    /// `options={"verify_exp": False}` and `algorithms=["none"]`.
    ///
    /// ## Why it matters
    /// The expiry is what limits a stolen or leaked token's use; without it a token captured
    /// once (a log, a browser history, a proxy) works forever and logout or password change do
    /// not end it. An algorithm list with `none` lets anyone write any claims.
    ///
    /// ## Not reported
    /// `ignoreExpiration: false`, options read from elsewhere, test files.
    ///
    /// ## Example
    /// ```js
    /// jwt.verify(token, secret, { algorithms: ['HS256'], ignoreExpiration: true }); // reported
    /// jwt.verify(token, secret, { algorithms: ['HS256'] });                         // fine
    /// ```
    pub struct JwtVerifyWeakened {
        id: "js.jwt-verify-weakened",
        title: "JWT verification skips the expiry or accepts unsigned tokens",
        severity: Medium,
        confidence: High,
        area: Authentication,
        cwe: [613, 347],
        owasp: A07,
        effort: Minutes,
        impact: "Expired (or unsigned) tokens are accepted: a token leaked once keeps working, and logout or a password change do not end it.",
        recommendation: "Remove `ignoreExpiration: true` and `'none'`: verify with `jwt.verify(token, key, { algorithms: ['HS256'] })` (or `ignoreExpiration: false` in passport-jwt), give access tokens a short `expiresIn`, and renew them through a refresh token that is checked against storage.",
        verification: "Send a request with a token whose `exp` is in the past, and one with `alg: none` and no signature: both must be refused with 401.",
    }
}

impl CodeRule for JwtVerifyWeakened {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Js
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["pair"]
    }

    fn check<'f>(&self, pair: Node<'f>, cx: &mut CheckContext<'f>) {
        if crate::js::secret_names::is_test_file(cx) {
            return;
        }
        let src = cx.src();
        let Some(key) = pair_key(pair, src) else {
            return;
        };
        let Some(value) = pair.field("value").map(unwrap) else {
            return;
        };
        match key {
            "ignoreExpiration" if value.kind() == "true" => {
                let Some(at) = verifying_call(pair, src) else {
                    return;
                };
                cx.report(
                    pair,
                    format!("`{at}` is told `ignoreExpiration: true`: tokens past their `exp` are still accepted, so a leaked token never stops working."),
                );
            }
            "algorithms" if value.kind() == "array" => {
                let accepts_none = named_children(value)
                    .iter()
                    .any(|v| string_value(*v, src).is_some_and(|s| s.eq_ignore_ascii_case("none")));
                if !accepts_none {
                    return;
                }
                let Some(at) = verifying_call(pair, src) else {
                    return;
                };
                cx.report(
                    pair,
                    format!("`{at}` accepts the `none` algorithm: a token with no signature passes as valid, so anyone can write any claims."),
                )
                .severity(Severity::High)
                .confidence(Confidence::High);
            }
            _ => {}
        }
    }
}

/// The call whose options hold `pair` when it verifies tokens: `jwt.verify`,
/// `jwtService.verify[Async]`, a passport strategy (`new JwtStrategy({...})`, `super({...})` in a
/// class extending `PassportStrategy(Strategy)`), `expressjwt({...})`, `JwtModule.register({
/// verifyOptions: {...} })`.
fn verifying_call(pair: Node<'_>, src: &str) -> Option<String> {
    let mut node = pair.parent()?;
    for _ in 0..6 {
        let parent = node.parent()?;
        match parent.kind() {
            "arguments" => {
                let call = parent.parent()?;
                let path = if call.kind() == "call_expression"
                    && call.field("function").is_some_and(|f| f.kind() == "super")
                {
                    "super".to_string()
                } else {
                    callee_path(call, src).unwrap_or_default()
                };
                let last = path
                    .rsplit('.')
                    .next()
                    .unwrap_or(&path)
                    .to_ascii_lowercase();
                let verifies = last.contains("verify")
                    || last.contains("strategy")
                    || last.contains("jwt")
                    || last == "register"
                    || last == "registerasync"
                    || (last == "super" && in_strategy_class(call, src));
                return verifies.then(|| {
                    if path.is_empty() {
                        "verify".to_string()
                    } else {
                        path
                    }
                });
            }
            "object"
            | "pair"
            | "parenthesized_expression"
            | "return_statement"
            | "statement_block"
            | "arrow_function" => node = parent,
            "variable_declarator" => {
                // `const options = { ignoreExpiration: true }` passed later: name says so.
                let name = text(parent.field("name")?, src);
                let lower = name.to_ascii_lowercase();
                return (lower.contains("verify")
                    || lower.contains("jwt")
                    || lower.contains("strategy"))
                .then(|| name.to_string());
            }
            _ => return None,
        }
    }
    None
}

/// True when `call` sits in a class whose heritage names a strategy (`extends
/// PassportStrategy(Strategy, 'jwt')`, `extends Strategy`).
fn in_strategy_class(call: Node<'_>, src: &str) -> bool {
    sechound_syntax::node::ancestor(call, &["class_declaration", "class"])
        .and_then(|c| {
            named_children(c)
                .into_iter()
                .find(|n| n.kind() == "class_heritage")
        })
        .is_some_and(|h| text(h, src).contains("Strategy"))
}
