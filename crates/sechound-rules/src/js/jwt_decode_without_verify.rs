use crate::js::secret_names::{imported_module, jsonwebtoken_method, root_of};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::Confidence;
use sechound_syntax::js::{FUNCTION_KINDS, arguments, callee_path, method_name, unwrap};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, short_text, text, walk};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Server code that reads a JSON Web Token's claims without checking its signature:
    /// `jwt.decode(token)` (`jsonwebtoken`), `decodeJwt(token)` (`jose`), `jwtDecode(token)`
    /// (`jwt-decode`) or NestJS `jwtService.decode(token)` in a function that handles a request
    /// (the token comes from the request, or the function takes `req`/`request`, reads headers,
    /// or is a NestJS guard), when no verification (`verify`, `jwtVerify`, `verifyAsync`) happens in that function or the
    /// functions around it.
    ///
    /// ## Why it matters
    /// `decode` only base64-decodes: a caller can write any `sub`, `role` or `exp` into a token,
    /// sign it with nothing, and be treated as that user.
    ///
    /// ## Not reported
    /// Test code (`*.spec.*`, `*.test.*`, `__tests__/`, `test/`, `e2e/`).
    /// Decoding next to a verification of the token (for example reading the header's `kid` to
    /// pick the key); reading only timing or header fields (`exp`, `iat`, `kid`, `alg`), as a client
    /// does to schedule a refresh; decoding outside request handling.
    ///
    /// ## Example
    /// ```js
    /// const user = jwt.decode(req.headers.authorization.slice(7)); // reported
    /// const user = jwt.verify(token, secret, { algorithms: ['HS256'] }); // fine
    /// ```
    pub struct JwtDecodeWithoutVerify {
        id: "js.jwt-decode-without-verify",
        title: "JWT claims are trusted without verifying the signature",
        severity: High,
        confidence: Medium,
        area: Authentication,
        cwe: [347],
        owasp: A07,
        effort: Minutes,
        impact: "Anyone can craft a token with any user id or role and be accepted as that user.",
        recommendation: "Replace `jwt.decode(token)` with `jwt.verify(token, key, { algorithms: ['HS256'] })` (or `await jwtVerify(token, key, { algorithms: [...] })` with jose) and use only the claims it returns.",
        verification: "Send a request whose token has a changed payload (or `alg: none` and no signature) and check that it is rejected with 401.",
    }
}

/// Claims and header fields that a client may read from an unverified token without harm.
const HARMLESS_FIELDS: &[&str] = &["exp", "iat", "nbf", "header", "kid", "alg", "typ"];

impl CodeRule for JwtDecodeWithoutVerify {
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
        let Some(api) = decode_api(call, cx) else {
            return;
        };
        let Some(token) = arguments(call).first().copied() else {
            return;
        };
        let Some(function) = sechound_syntax::js::enclosing_function(call) else {
            return;
        };
        let outermost = outermost_function(function);
        if verifies(outermost, src) || reads_only_harmless_fields(call, function, src) {
            return;
        }
        // Decoding a token this code has just signed reads back its own claims.
        let origin = cx.js_taint().resolve(token);
        if origin.kind() == "call_expression"
            && method_name(origin, src).is_some_and(|m| m.starts_with("sign"))
        {
            return;
        }
        let from_request = cx.js_taint().trace(token);
        let handles_request = from_request.is_some() || handles_request(function, src);
        if !handles_request {
            return;
        }
        let token_text = short_text(token, src, 40);
        let finding = cx.report(
            call,
            format!(
                "{api} reads the claims of `{token_text}` without checking its signature, and this request-handling code never verifies the token."
            ),
        );
        if from_request.is_some() {
            finding.confidence(Confidence::High);
        }
    }
}

/// Which decode-only API `call` is, if any.
fn decode_api<'f>(call: Node<'f>, cx: &CheckContext<'f>) -> Option<&'static str> {
    let src = cx.src();
    if jsonwebtoken_method(call, cx) == Some("decode") {
        return Some("`jwt.decode`");
    }
    if method_name(call, src) == Some("decode")
        && sechound_syntax::js::receiver(call)
            .is_some_and(|r| text(r, src).to_ascii_lowercase().ends_with("jwtservice"))
    {
        return Some("`JwtService.decode` (NestJS)");
    }
    let path = callee_path(call, src)?;
    let name = path.rsplit('.').next()?;
    match name {
        "decodeJwt" => Some("`decodeJwt` (jose)"),
        "jwtDecode" | "jwt_decode" => {
            let module = imported_module(root_of(call), src, path.split('.').next()?);
            module
                .is_some_and(|m| m == "jwt-decode")
                .then_some("`jwtDecode` (jwt-decode)")
        }
        _ => None,
    }
}

fn outermost_function(function: Node<'_>) -> Node<'_> {
    let mut outer = function;
    let mut current = function.parent();
    while let Some(n) = current {
        if FUNCTION_KINDS.contains(&n.kind()) {
            outer = n;
        }
        if n.kind() == "class_body" {
            break;
        }
        current = n.parent();
    }
    outer
}

/// True when some call in `scope` verifies a token.
fn verifies(scope: Node<'_>, src: &str) -> bool {
    let mut found = false;
    walk(scope, |n| {
        if n.kind() == "call_expression"
            && let Some(method) = method_name(n, src)
        {
            let lower = method.to_ascii_lowercase();
            if lower.contains("verify") || lower == "authenticate" {
                found = true;
            }
        }
        !found
    });
    found
}

/// True when the decoded value is only used for its timing or header fields:
/// `const { exp } = jwt.decode(t)`, `jwt.decode(t).exp`, `decoded.exp * 1000`.
fn reads_only_harmless_fields(call: Node<'_>, function: Node<'_>, src: &str) -> bool {
    let mut parent = call.parent();
    while let Some(p) = parent {
        if matches!(
            p.kind(),
            "parenthesized_expression" | "as_expression" | "non_null_expression"
        ) {
            parent = p.parent();
        } else {
            break;
        }
    }
    let Some(parent) = parent else { return false };
    match parent.kind() {
        "member_expression" => parent
            .field("property")
            .is_some_and(|p| HARMLESS_FIELDS.contains(&text(p, src))),
        "variable_declarator" => {
            let Some(name) = parent.field("name") else {
                return false;
            };
            match name.kind() {
                "object_pattern" => named_children(name).iter().all(|field| {
                    let key = match field.kind() {
                        "pair_pattern" => field.field("key"),
                        "object_assignment_pattern" => field.field("left"),
                        _ => Some(*field),
                    };
                    key.is_some_and(|k| HARMLESS_FIELDS.contains(&text(k, src)))
                }),
                "identifier" => {
                    let variable = text(name, src);
                    let mut uses = 0;
                    let mut harmless = 0;
                    walk(function, |n| {
                        if n.kind() == "identifier" && text(n, src) == variable && n != name {
                            uses += 1;
                            if let Some(member) = n.parent()
                                && member.kind() == "member_expression"
                                && member.field("object") == Some(n)
                                && member
                                    .field("property")
                                    .is_some_and(|p| HARMLESS_FIELDS.contains(&text(p, src)))
                            {
                                harmless += 1;
                            }
                            // `if (!decoded)` and `typeof decoded` say nothing about its claims.
                            if let Some(parent) = n.parent()
                                && parent.kind() == "unary_expression"
                            {
                                harmless += 1;
                            }
                        }
                        true
                    });
                    uses > 0 && uses == harmless
                }
                _ => false,
            }
        }
        _ => false,
    }
}

/// True when `function` deals with an incoming request: it takes a request object, reads
/// headers, or is a NestJS guard's `canActivate`.
fn handles_request(function: Node<'_>, src: &str) -> bool {
    let mut current = Some(function);
    while let Some(f) = current {
        if FUNCTION_KINDS.contains(&f.kind()) {
            if let Some(params) = f.field("parameters") {
                let names: Vec<&str> = named_children(params)
                    .iter()
                    .map(|p| text(unwrap(*p), src))
                    .collect();
                if names.iter().any(|p| {
                    let name = p.split([':', '=', ' ']).next().unwrap_or("").trim();
                    matches!(
                        name,
                        "req" | "request" | "ctx" | "context" | "socket" | "handshake"
                    )
                }) {
                    return true;
                }
            }
            if f.kind() == "method_definition"
                && f.field("name")
                    .is_some_and(|n| matches!(text(n, src), "canActivate" | "use" | "intercept"))
            {
                return true;
            }
            let body = text(f, src);
            if body.contains("req.headers")
                || body.contains("request.headers")
                || body.contains(".getRequest()")
            {
                return true;
            }
        }
        current = f.parent();
    }
    false
}
