use crate::session_redirect::{key_read, writes};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::python::{callee_path, keyword_arg, positional_args};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// A redirect to a value read back from the session (`redirect(session.get("next") or
    /// url_for("index"))`, `HttpResponseRedirect(request.session.pop("next"))`,
    /// `RedirectResponse(request.session["next"])`) when somewhere in the repository that key is
    /// written from request data without a check (`session["next"] = request.args.get("next")`).
    /// The value is stored on one request and used on another (typically around sign-in), so the
    /// one-handler open-redirect rule misses it. The finding names the write.
    ///
    /// ## Why it matters
    /// A link such as `/login?next=https://evil.example` on the real domain sends the user, right
    /// after they sign in, to a look-alike page.
    ///
    /// ## Not reported
    /// Keys only written from server data or after a check (`url_has_allowed_host_and_scheme`,
    /// `is_safe_url`, `urlparse(...).netloc`, `startswith("/")`, an allow-list), redirects in a
    /// function that checks the value, and keys whose writes sechound cannot find. Confidence is
    /// medium: a check in a helper called elsewhere is not seen.
    ///
    /// ## Example
    /// ```python
    /// session["next"] = request.args.get("next")   # on the login page
    /// return redirect(session.pop("next", "/"))     # reported, after sign-in
    /// # fine: if url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}): ...
    /// ```
    pub struct PySessionRedirectUnvalidated {
        id: "py.session-redirect-unvalidated",
        title: "Post-login redirect to a session value taken from the request",
        severity: Medium,
        confidence: Medium,
        area: InputValidation,
        cwe: [601],
        owasp: A01,
        effort: Minutes,
        impact: "A link on the real site sends users, right after they sign in, to any other site: a credible phishing page or a collector of tokens carried in the URL.",
        recommendation: "Check the value when it is stored and when it is used: in Django `url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}, require_https=request.is_secure())`; elsewhere `urllib.parse.urlsplit` with an empty scheme and netloc and a path starting with a single `/`; otherwise use the default page.",
        verification: "Open the page that stores the value with `next=https://evil.example` (and `//evil.example`), sign in, and check that the redirect after sign-in stays on the site.",
    }
}

impl CodeRule for PySessionRedirectUnvalidated {
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
        if !cx.file_contains("session") || cx.in_test_file() {
            return;
        }
        let Some(path) = callee_path(call, src) else {
            return;
        };
        let last = path.rsplit('.').next().unwrap_or(&path);
        let target = match last {
            "redirect" => positional_args(call)
                .first()
                .copied()
                .or_else(|| keyword_arg(call, src, "location")),
            "HttpResponseRedirect" | "HttpResponsePermanentRedirect" | "RedirectResponse" => {
                positional_args(call)
                    .first()
                    .copied()
                    .or_else(|| keyword_arg(call, src, "url"))
                    .or_else(|| keyword_arg(call, src, "redirect_to"))
            }
            _ => return,
        };
        let Some(target) = target else { return };
        let Some(key) = key_read(cx, target) else {
            return;
        };
        if crate::python::sinks::function_mentions(
            call,
            src,
            &[
                "url_has_allowed_host_and_scheme(",
                "is_safe_url(",
                "is_safe_redirect",
                "urlparse(",
                "urlsplit(",
                ".startswith(",
            ],
        ) {
            return;
        }
        let written = writes(cx, &key);
        let Some(write) = written.iter().find(|w| w.from_request && !w.validated) else {
            return;
        };
        let at = if write.file == cx.file.path {
            format!("line {}", write.line)
        } else {
            format!("{}:{}", write.file, write.line)
        };
        cx.report(
            call,
            format!(
                "`{path}` sends the user to the session's `{key}`, which {at} stores from request data without a check (`{}`): a link that sets it to another site sends users there after they sign in.",
                write.code
            ),
        );
    }
}
