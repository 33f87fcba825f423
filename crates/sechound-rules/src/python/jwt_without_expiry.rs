use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::Confidence;
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, short_text, text, walk};
use sechound_syntax::python::{
    callee_path, enclosing_function, keyword_arg, keyword_args, method_name, positional_args,
    receiver, string_value, unwrap,
};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// `jwt.encode(payload, key, ...)` (PyJWT, python-jose, or Authlib's
    /// `jwt.encode(header, payload, key)`) where the payload is a dictionary
    /// written in the same function, inline or in a local variable, that has no `"exp"` claim,
    /// and the function never adds one afterwards (`payload["exp"] = ...`,
    /// `payload.update(exp=...)`).
    ///
    /// ## Why it matters
    /// A token without `exp` never expires: a token that leaks through a log, a browser history
    /// or a stolen laptop keeps working until the signing key is rotated.
    ///
    /// ## Not reported
    /// Payloads that are parameters, attributes or results of other functions (the claim may
    /// be added elsewhere), dictionaries built with `**other`, and payloads that get `exp`
    /// later in the function.
    ///
    /// ## Example
    /// ```python
    /// jwt.encode({"sub": str(user.id)}, key, algorithm="HS256")                     # reported
    /// jwt.encode({"sub": str(user.id), "exp": now + timedelta(minutes=15)}, key)     # fine
    /// ```
    pub struct JwtWithoutExpiry {
        id: "py.jwt-without-expiry",
        title: "JWT issued without an expiry",
        severity: Medium,
        confidence: Medium,
        area: Authentication,
        cwe: [613],
        owasp: A07,
        effort: Hours,
        impact: "Issued tokens stay valid forever; a leaked token gives lasting access that only a key rotation can revoke.",
        recommendation: "Add an expiry claim when issuing the token, for example `payload[\"exp\"] = datetime.now(timezone.utc) + timedelta(minutes=15)`, and keep long-lived sessions on refresh tokens that the server can revoke.",
        verification: "Decode a newly issued token (without verifying) and check that it carries `exp` a short time ahead; a token past that time must be rejected.",
    }
}

impl CodeRule for JwtWithoutExpiry {
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
        let Some(object) = path.strip_suffix(".encode") else {
            return;
        };
        let last = object.rsplit('.').next().unwrap_or(object);
        if !(last.to_ascii_lowercase().ends_with("jwt")) {
            return;
        }
        let Some(argument) = positional_args(call)
            .first()
            .copied()
            .or_else(|| keyword_arg(call, src, "payload"))
            .or_else(|| keyword_arg(call, src, "claims"))
        else {
            return;
        };
        let mut argument = unwrap(argument);
        // Authlib's `jwt.encode(header, payload, key)` puts the header first.
        if is_jose_header(cx.py_taint().resolve(argument), src) {
            let Some(second) = positional_args(call).get(1).copied() else {
                return;
            };
            argument = unwrap(second);
        }
        let payload = cx.py_taint().resolve(argument);
        let Some(has_exp) = literal_has_exp(payload, src) else {
            return;
        };
        if has_exp {
            return;
        }
        let mut confidence = Confidence::High;
        if argument.kind() == "identifier" {
            let name = text(argument, src);
            let scope = enclosing_function(call).unwrap_or_else(|| root(call));
            if adds_exp_later(scope, name, src) {
                return;
            }
            confidence = Confidence::Medium;
        }
        let finding = cx.report(
            call,
            format!(
                "`{path}()` signs the payload `{}` with no `exp` claim, so the token never expires.",
                short_text(payload, src, 60)
            ),
        );
        finding.confidence(confidence);
        if payload != argument {
            finding.related(payload);
        }
    }
}

fn root(node: Node<'_>) -> Node<'_> {
    let mut root = node;
    while let Some(p) = root.parent() {
        root = p;
    }
    root
}

/// For a dictionary written in the code: whether it has an `exp` key. `None` when the payload is
/// not a literal or has parts that cannot be seen (`**base`, computed keys).
fn literal_has_exp(payload: Node<'_>, src: &str) -> Option<bool> {
    match payload.kind() {
        "dictionary" => {
            let mut has_exp = false;
            for entry in named_children(payload) {
                match entry.kind() {
                    "pair" => match entry.field("key").and_then(|k| string_value(k, src)) {
                        Some(key) => has_exp |= key == "exp",
                        None => return None,
                    },
                    "comment" => {}
                    _ => return None,
                }
            }
            Some(has_exp)
        }
        "call" if callee_path(payload, src).as_deref() == Some("dict") => {
            if !positional_args(payload).is_empty() {
                return None;
            }
            let arguments = payload.field("arguments")?;
            if named_children(arguments)
                .iter()
                .any(|a| a.kind() == "dictionary_splat")
            {
                return None;
            }
            Some(keyword_args(payload, src).iter().any(|(k, _)| *k == "exp"))
        }
        _ => None,
    }
}

/// `name["exp"] = ...`, `name.update(exp=...)`, `name.update({"exp": ...})`,
/// `name.setdefault("exp", ...)` anywhere in `scope`.
fn adds_exp_later(scope: Node<'_>, name: &str, src: &str) -> bool {
    let mut found = false;
    walk(scope, |n| {
        let adds = match n.kind() {
            "subscript" => {
                n.field("value").is_some_and(|v| text(v, src) == name)
                    && n.field("subscript")
                        .and_then(|k| string_value(k, src))
                        .is_some_and(|k| k == "exp")
            }
            "call" => {
                receiver(n).is_some_and(|r| text(r, src) == name)
                    && matches!(
                        method_name(n, src),
                        Some("update" | "setdefault" | "__setitem__")
                    )
                    && text(n, src).contains("exp")
            }
            _ => false,
        };
        found |= adds;
        !found
    });
    found
}

/// `{"alg": "HS256"}`, `{"alg": "RS256", "kid": kid}`: a JOSE header, not claims.
fn is_jose_header(node: Node<'_>, src: &str) -> bool {
    node.kind() == "dictionary"
        && named_children(node).iter().any(|pair| {
            pair.kind() == "pair"
                && pair
                    .field("key")
                    .and_then(|k| string_value(k, src))
                    .is_some_and(|k| k == "alg")
        })
}
