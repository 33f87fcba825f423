use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, text, walk};
use sechound_syntax::python::{
    callee_path, enclosing_function, keyword_arg, keyword_args, positional_args, string_value,
    unwrap,
};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// JSON Web Tokens read without checking them (PyJWT and python-jose):
    /// - `jwt.decode(token, key, options={"verify_signature": False})` and the PyJWT 1.x form
    ///   `jwt.decode(token, verify=False)`: the signature is not checked (high);
    /// - `algorithms=["none"]`: unsigned tokens are accepted (high);
    /// - python-jose `jwt.get_unverified_claims(token)` in a function that never verifies the
    ///   token with `jwt.decode` (high, confidence medium);
    /// - the payload decoded by hand, `base64.urlsafe_b64decode(token.split(".")[1] + "==")`
    ///   (high, confidence medium);
    /// - `options={"verify_exp": False}`: expired tokens are still accepted (medium);
    /// - `jwt.decode(token, key)` without `algorithms=`: python-jose and PyJWT 1.x then accept
    ///   whatever algorithm the token's header names (medium, confidence medium).
    ///
    /// ## Why it matters
    /// Anyone can write a JWT. Without the signature check a caller sets `sub`, `role` or
    /// `is_admin` to anything and the service believes it. Letting the token choose its algorithm
    /// opens `alg: none` and key-confusion attacks; skipping the expiry check keeps stolen
    /// tokens valid forever.
    ///
    /// ## Not reported
    /// `jwt.decode` with a key, an explicit `algorithms=[...]` list and default options;
    /// `jwt.get_unverified_header(token)` (reading `kid` to pick a key is normal);
    /// `get_unverified_claims` followed by a verifying `jwt.decode` in the same function; calls
    /// passing `**kwargs` (the options cannot be seen).
    ///
    /// ## Example
    /// ```python
    /// claims = jwt.decode(token, options={"verify_signature": False})      # reported, high
    /// claims = jwt.decode(token, settings.JWT_KEY, algorithms=["HS256"])   # fine
    /// ```
    pub struct JwtDecodeWithoutVerify {
        id: "py.jwt-decode-without-verify",
        title: "JWT decoded without full verification",
        severity: High,
        confidence: High,
        area: Authentication,
        cwe: [347],
        owasp: A02,
        effort: Minutes,
        impact: "A caller can forge or replay tokens: any claims (user id, roles) are accepted as if the service had issued them.",
        recommendation: "Decode with the verification key and a fixed algorithm list, keeping the default checks: `jwt.decode(token, settings.JWT_PUBLIC_KEY, algorithms=[\"RS256\"], audience=settings.JWT_AUDIENCE)`; remove `verify_signature`/`verify_exp` overrides.",
        verification: "Send a request with a token whose signature was altered, one signed with `alg: none`, and one past its `exp`: each must be rejected with 401.",
    }
}

impl CodeRule for JwtDecodeWithoutVerify {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Python
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call"]
    }

    fn check<'f>(&self, call: Node<'f>, cx: &mut CheckContext<'f>) {
        let src = cx.src();
        let Some(path) = callee_path(call, src) else {
            return;
        };
        if path.ends_with("b64decode") {
            check_manual_payload(call, &path, cx);
            return;
        }
        let path = if !path.contains('.') && imported_from_jwt(cx, &path) {
            format!("jwt.{path}")
        } else {
            path
        };
        if is_jwt_api(&path, "get_unverified_claims") {
            let verified_later = enclosing_function(call).is_some_and(|f| calls_jwt_decode(f, src));
            if !verified_later {
                cx.report(
                    call,
                    format!(
                        "`{path}()` returns the token's claims without checking its signature, and this function never verifies the token with `jwt.decode`."
                    ),
                )
                .confidence(Confidence::Medium);
            }
            return;
        }
        if !is_jwt_api(&path, "decode") {
            return;
        }
        check_decode(call, &path, cx);
    }
}

/// `jwt.decode`, `jose.jwt.decode`, `pyjwt.decode`, `jwt.api_jwt.decode`.
fn is_jwt_api(path: &str, function: &str) -> bool {
    let Some(object) = path
        .strip_suffix(function)
        .and_then(|p| p.strip_suffix('.'))
    else {
        return false;
    };
    let last = object.rsplit('.').next().unwrap_or(object);
    last.to_ascii_lowercase().ends_with("jwt") || matches!(last, "api_jwt" | "jws")
}

fn calls_jwt_decode(function: Node<'_>, src: &str) -> bool {
    let mut found = false;
    walk(function, |n| {
        if n.kind() == "call" && callee_path(n, src).is_some_and(|p| is_jwt_api(&p, "decode")) {
            found = true;
        }
        !found
    });
    found
}

fn check_decode<'f>(call: Node<'f>, path: &str, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let has_splat = call.field("arguments").is_some_and(|args| {
        named_children(args)
            .iter()
            .any(|a| a.kind() == "dictionary_splat")
    });
    // PyJWT 1.x: jwt.decode(token, verify=False)
    if let Some(verify) = keyword_arg(call, src, "verify")
        && cx.py_taint().resolve(verify).kind() == "false"
    {
        cx.report(
            call,
            format!(
                "`{path}()` is called with `verify=False`: the token's signature is not checked."
            ),
        );
        return;
    }
    if let Some(options) = keyword_arg(call, src, "options")
        .or_else(|| positional_args(call).get(3).copied())
        .map(|o| cx.py_taint().resolve(o))
    {
        if option_is_false(options, src, "verify_signature") {
            let finding = cx.report(
                call,
                format!(
                    "`{path}()` is called with `verify_signature: False`: the token's signature is not checked, so its claims can be forged."
                ),
            );
            finding.related(options);
            return;
        }
        if option_is_false(options, src, "verify_exp") {
            let finding = cx.report(
                call,
                format!("`{path}()` is called with `verify_exp: False`: expired tokens are still accepted."),
            );
            finding.severity(Severity::Medium).related(options);
            return;
        }
    }
    let algorithms = keyword_arg(call, src, "algorithms")
        .or_else(|| keyword_arg(call, src, "algorithm"))
        .or_else(|| positional_args(call).get(2).copied());
    match algorithms {
        Some(algorithms) => {
            let algorithms = cx.py_taint().resolve(algorithms);
            let mut accepts_none = false;
            walk(algorithms, |n| {
                if string_value(n, src).is_some_and(|v| v.eq_ignore_ascii_case("none")) {
                    accepts_none = true;
                }
                true
            });
            if accepts_none && matches!(algorithms.kind(), "list" | "tuple" | "string" | "set") {
                cx.report(
                    call,
                    format!(
                        "`{path}()` accepts the `none` algorithm: unsigned tokens pass as valid."
                    ),
                );
            }
        }
        None if !has_splat => {
            let Some(key) = positional_args(call)
                .get(1)
                .copied()
                .or_else(|| keyword_arg(call, src, "key"))
            else {
                return;
            };
            cx.report(
                call,
                format!(
                    "`{path}()` is called without `algorithms=`: python-jose and PyJWT 1.x then accept any algorithm the token's header names."
                ),
            )
            .severity(Severity::Medium)
            .confidence(Confidence::Medium)
            .related(key)
            .recommendation(
                "Pin the algorithms the service issues: `jwt.decode(token, key, algorithms=[\"HS256\"])` (or `[\"RS256\"]` with a public key).",
            );
        }
        None => {}
    }
}

/// True when the options dictionary sets `name` to `False`.
fn option_is_false(options: Node<'_>, src: &str, name: &str) -> bool {
    let options = unwrap(options);
    match options.kind() {
        "dictionary" => named_children(options).into_iter().any(|pair| {
            pair.kind() == "pair"
                && pair
                    .field("key")
                    .and_then(|k| string_value(k, src))
                    .is_some_and(|k| k == name)
                && pair
                    .field("value")
                    .is_some_and(|v| unwrap(v).kind() == "false")
        }),
        "call" => {
            callee_path(options, src).as_deref() == Some("dict")
                && keyword_args(options, src)
                    .into_iter()
                    .any(|(k, v)| k == name && text(unwrap(v), src) == "False")
        }
        _ => false,
    }
}

/// `from jwt import decode`, `from jose.jwt import get_unverified_claims`.
fn imported_from_jwt(cx: &CheckContext<'_>, name: &str) -> bool {
    cx.python_from_imports().iter().any(|(module, names)| {
        matches!(module.as_str(), "jwt" | "jose.jwt" | "jwt.api_jwt")
            && names.iter().any(|n| n == name)
    })
}

/// `base64.urlsafe_b64decode(token.split(".")[1] + "==")`: the payload segment of a JWT read by
/// hand, with no signature check at all.
fn check_manual_payload<'f>(call: Node<'f>, path: &str, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let Some(argument) = positional_args(call).first().copied() else {
        return;
    };
    // The argument and what the names in it were assigned: `payload + "=="` with
    // `payload = token.split(".")[1]`.
    let mut pieces = vec![argument];
    walk(argument, |n| {
        if n.kind() == "identifier" {
            let resolved = cx.py_taint().resolve(n);
            if resolved != n {
                pieces.push(resolved);
            }
        }
        true
    });
    let compact: String = pieces
        .iter()
        .flat_map(|p| text(*p, src).chars())
        .filter(|c| !c.is_whitespace())
        .collect();
    let payload_segment = [
        ".split(\".\")[1]",
        ".split('.')[1]",
        ".split(\".\",2)[1]",
        ".split('.',2)[1]",
    ]
    .iter()
    .any(|p| compact.contains(p));
    // A hand-written verifier checks the signature itself before reading the payload.
    let verifies = enclosing_function(call).is_some_and(|f| {
        let body = text(f, src);
        ["compare_digest", "hmac", ".verify(", "jwt.decode"]
            .iter()
            .any(|m| body.contains(m))
    });
    if payload_segment && !verifies {
        cx.report(
            call,
            format!(
                "`{path}()` reads the JWT payload segment by hand (`{}`) without checking the token's signature.",
                sechound_syntax::node::short_text(argument, src, 50)
            ),
        )
        .confidence(Confidence::Medium);
    }
}
