use crate::js::secret_names::{is_jose_verify, jsonwebtoken_method};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::Severity;
use sechound_syntax::js::{FUNCTION_KINDS, arguments, object_has_spread, object_property};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Token verification that lets the token choose its own algorithm:
    /// - `jwt.verify(token, key)` from `jsonwebtoken` with no options, with a callback in place
    ///   of options, or with an options object that has no `algorithms` list: medium when the
    ///   key may be a public key (or cannot be told), low when it is visibly a shared secret
    ///   (`process.env.JWT_SECRET`), since algorithm confusion needs an asymmetric key;
    /// - `jwtVerify(token, key)` from `jose` without `algorithms` (low: jose never accepts
    ///   `none` and checks the key type against the algorithm, so the remaining risk is only
    ///   accepting algorithms the service never meant to use).
    ///
    /// ## Why it matters
    /// The algorithm is read from the token header, which the caller writes. Before
    /// `jsonwebtoken` 9 this allowed the classic confusion attack (an RS256 public key used as
    /// an HS256 secret, so anyone holding the public key signs tokens); pinning the list keeps
    /// the service safe whatever library version the lockfile resolves.
    ///
    /// ## Not reported
    /// Test code (`*.spec.*`, `*.test.*`, `__tests__/`, `test/`, `e2e/`).
    /// Options read from elsewhere that this file cannot see (a variable of unknown value, a
    /// spread), NestJS `JwtService` (its module configuration sets the options).
    ///
    /// ## Example
    /// ```js
    /// jwt.verify(token, publicKey);                              // reported
    /// jwt.verify(token, publicKey, { algorithms: ['RS256'] });   // fine
    /// ```
    pub struct JwtVerifyWithoutAlgorithms {
        id: "js.jwt-verify-without-algorithms",
        title: "JWT verification does not pin the algorithm",
        severity: Medium,
        confidence: High,
        area: Authentication,
        cwe: [347, 327],
        owasp: A02,
        effort: Minutes,
        impact: "The token header decides how it is checked; with older jsonwebtoken versions or mixed key types this lets an attacker forge tokens.",
        recommendation: "Pass the algorithms the service issues: `jwt.verify(token, key, { algorithms: ['HS256'] })`, or with jose `jwtVerify(token, key, { algorithms: ['RS256'] })`.",
        verification: "Sign a token with a different algorithm (for example HS256 keyed with the RSA public key) and check that verification rejects it.",
    }
}

impl CodeRule for JwtVerifyWithoutAlgorithms {
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
        let args = arguments(call);
        let jose = if jsonwebtoken_method(call, cx) == Some("verify") {
            false
        } else if is_jose_verify(call, src) {
            true
        } else {
            return;
        };
        if args.len() < 2 {
            return;
        }
        let missing = match args.get(2) {
            None => true,
            Some(options) if FUNCTION_KINDS.contains(&options.kind()) => true,
            Some(options) => {
                let options = cx.js_taint().resolve(*options);
                options.kind() == "object"
                    && !object_has_spread(options)
                    && object_property(options, src, "algorithms").is_none()
            }
        };
        if !missing {
            return;
        }
        if jose {
            cx.report(
                call,
                "`jwtVerify` accepts whichever algorithm the token header names (among those the key allows); pass `algorithms` to pin it.",
            )
            .severity(Severity::Low);
        } else if shared_secret(args[1], src) {
            cx.report(
                call,
                "`jwt.verify` is called without an `algorithms` list; with a shared secret only HMAC algorithms can pass, but the accepted set is left to the library.",
            )
            .severity(Severity::Low);
        } else {
            cx.report(
                call,
                "`jwt.verify` is called without an `algorithms` list, so the token header chooses how its signature is checked.",
            );
        }
    }
}

/// True when the key is visibly a shared HMAC secret (`process.env.JWT_SECRET`, `jwtSecret`):
/// algorithm confusion needs a public key, so the remaining risk is small.
fn shared_secret(key: Node<'_>, src: &str) -> bool {
    let key = sechound_syntax::node::text(key, src).to_ascii_lowercase();
    key.contains("secret")
        && !["public", "pem", "cert", "jwks", "readfile"]
            .iter()
            .any(|w| key.contains(w))
}
