use super::sinks::{file_mentions, fixed_prefix, function_mentions, sink_name, tainted_flow};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::python::{callee_path, keyword_arg, positional_args};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// A redirect whose target carries request data: Flask `redirect()`, Django `redirect()`,
    /// `HttpResponseRedirect()` and `HttpResponsePermanentRedirect()`, Starlette/FastAPI
    /// `RedirectResponse()`. The classic case is a `next` or `return_to` parameter.
    ///
    /// ## Why it matters
    /// The link starts on the real domain, so users and mail filters trust it; after login the
    /// user lands on a copy of the site that asks for the password again, and OAuth flows that
    /// reuse the redirect hand their codes to the other site.
    ///
    /// ## Not reported
    /// - functions that validate the target with Django's `url_has_allowed_host_and_scheme()`
    ///   (or the older `is_safe_url()`) or parse it with `urlparse()`/`urlsplit()` anywhere in
    ///   the function (accepted without proving that the check guards the redirect);
    /// - targets with a fixed prefix: a path such as `f"/items/{item_id}"` (a single `/`
    ///   followed by fixed text) or a fixed `https://host/`;
    /// - `url_for(...)`/`reverse(...)` results and `request.url`/`request.full_path` (the
    ///   current request's own address).
    ///
    /// A target tested with `.startswith(...)` in the function is still reported, with medium
    /// confidence: `startswith("/")` lets `//evil.example` through.
    ///
    /// ## Example
    /// ```python
    /// return redirect(request.args.get("next", "/"))                 # reported
    /// return redirect(f"/orders/{order_id}")                         # fine
    /// ```
    pub struct OpenRedirect {
        id: "py.open-redirect",
        title: "Redirect to a URL taken from request data",
        severity: Medium,
        confidence: High,
        area: InputValidation,
        cwe: [601],
        owasp: A01,
        effort: Minutes,
        impact: "A link on the real domain sends users to a look-alike site (phishing after login), and OAuth or SSO flows can leak their codes or tokens to it.",
        recommendation: "Accept only local paths or listed hosts: in Django `if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()): next_url = '/'`; elsewhere parse with `urllib.parse.urlsplit` and require an empty scheme and netloc and a path starting with a single `/`.",
        verification: "Request the endpoint with `next=https://evil.example` and `next=//evil.example` and check that the `Location` header points to the site itself.",
    }
}

impl CodeRule for OpenRedirect {
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
        let last = path.rsplit('.').next().unwrap_or(&path);
        let target = match last {
            "redirect"
                if path == "redirect"
                    || path.ends_with("flask.redirect")
                    || path.ends_with("shortcuts.redirect") =>
            {
                if path == "redirect"
                    && !(file_mentions(cx, "flask")
                        || file_mentions(cx, "django")
                        || file_mentions(cx, "quart"))
                {
                    return;
                }
                positional_args(call)
                    .first()
                    .copied()
                    .or_else(|| keyword_arg(call, src, "location"))
            }
            "HttpResponseRedirect" | "HttpResponsePermanentRedirect" => positional_args(call)
                .first()
                .copied()
                .or_else(|| keyword_arg(call, src, "redirect_to")),
            "RedirectResponse" => positional_args(call)
                .first()
                .copied()
                .or_else(|| keyword_arg(call, src, "url")),
            _ => return,
        };
        let Some(target) = target else { return };
        let Some(flow) = tainted_flow(cx, target) else {
            return;
        };
        if is_own_address(&flow.trace.source) {
            return;
        }
        if let Some(prefix) = fixed_prefix(cx, target)
            && prefix_is_safe(&prefix)
        {
            return;
        }
        if function_mentions(
            call,
            src,
            &[
                "url_has_allowed_host_and_scheme(",
                "is_safe_url(",
                "is_safe_redirect",
                "urlparse(",
                "urlsplit(",
            ],
        ) {
            return;
        }
        let target_node = sechound_syntax::python::unwrap(target);
        let prefix_checked = target_node.kind() == "identifier"
            && function_mentions(
                call,
                src,
                &[&format!("{}.startswith(", cx.text(target_node))],
            );
        let mut message = format!(
            "{} as the redirect target, so a link on this site can send users to any other site.",
            flow.describe(&sink_name(call, src))
        );
        if prefix_checked {
            message.push_str(
                " The `startswith` test in this function does not stop `//evil.example`.",
            );
        }
        let finding = cx.report(call, message);
        finding.flow(flow.raw.clone());
        if prefix_checked {
            // `next.startswith("/")` lets `//evil.example` and `/\\evil.example` through, but the
            // author did think about it: the rule cannot tell a complete check from a partial one.
            finding.confidence(sechound_core::Confidence::Medium);
        }
    }
}

/// A fixed local path (`/x...`, not `//` or `/\`) or a fixed `scheme://host/` in front of the data.
fn prefix_is_safe(prefix: &str) -> bool {
    if let Some((_, rest)) = prefix.split_once("://") {
        return rest.find(['/', '?', '#']).is_some_and(|i| i > 0);
    }
    let mut chars = prefix.chars();
    chars.next() == Some('/') && chars.next().is_some_and(|c| c != '/' && c != '\\')
}

/// `request.url`, `request.full_path` and calls on them: the address of the current request.
fn is_own_address(source: &str) -> bool {
    let source = source.strip_prefix("self.").unwrap_or(source);
    let Some(rest) = source
        .strip_prefix("request.")
        .or_else(|| source.strip_prefix("req."))
    else {
        return false;
    };
    ["url", "full_path"].iter().any(|attr| {
        rest.strip_prefix(attr)
            .is_some_and(|after| after.is_empty() || after.starts_with(['.', '(']))
    })
}
