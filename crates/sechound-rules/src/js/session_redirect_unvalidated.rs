use super::sinks::guarded_by_check;
use crate::session_redirect::{CHECKS, key_read, writes};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::js::{arguments, callee, method_name, unwrap};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// A redirect to a value read back from the request's session (`res.redirect(req.session.returnTo
    /// || '/')`, `const { returnTo } = req.session; res.redirect(returnTo)`) when somewhere in the
    /// repository that session key is written from request data without a check
    /// (`req.session.returnTo = req.query.returnTo`, `= req.originalUrl`). The classic
    /// "return to where you were after signing in" flow: the value is stored on one request and
    /// used on another, so a redirect rule that follows data within one handler misses it. The
    /// finding names the write.
    ///
    /// ## Why it matters
    /// A link such as `/login?returnTo=https://evil.example` on the real domain sends the user,
    /// right after they sign in, to a look-alike page that asks for the password again or
    /// receives tokens in the URL.
    ///
    /// ## Not reported
    /// A key only ever written from server data or after a check (an allow-list, a
    /// `startsWith('/')` test, a helper named for safe or valid redirects, URL parsing); a
    /// redirect under such a check or whose target passes through a call first; keys whose
    /// writes sechound cannot find. Confidence is medium: a check written in another function
    /// than the write or the redirect is not seen.
    ///
    /// ## Example
    /// ```js
    /// app.get('/login', (req, res) => { req.session.returnTo = req.query.returnTo; res.render('login'); });
    /// res.redirect(req.session.returnTo || '/'); // reported
    /// // fine: if (isSafeRedirect(req.query.returnTo)) req.session.returnTo = req.query.returnTo;
    /// ```
    pub struct JsSessionRedirectUnvalidated {
        id: "js.session-redirect-unvalidated",
        title: "Post-login redirect to a session value taken from the request",
        severity: Medium,
        confidence: Medium,
        area: InputValidation,
        cwe: [601],
        owasp: A01,
        effort: Minutes,
        impact: "A link on the real site sends users, right after they sign in, to any other site: a credible phishing page or a collector of tokens carried in the URL.",
        recommendation: "Check the value when it is stored and again when it is used: keep it only if it is a local path (starts with a single `/` not followed by `/` or `\\`) or its `new URL(value, ownOrigin).origin` equals your origin; otherwise store or redirect to `/`.",
        verification: "Request the page that stores the value with `returnTo=https://evil.example` (and `//evil.example`), sign in, and check that the redirect after sign-in stays on the site.",
    }
}

impl CodeRule for JsSessionRedirectUnvalidated {
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
        let src = cx.src();
        if !matches!(method_name(call, src), Some("redirect" | "location"))
            || callee(call).map(unwrap).map(|c| c.kind()) != Some("member_expression")
            || !cx.file_contains("session")
            || cx.in_test_file()
        {
            return;
        }
        let Some(target) = arguments(call)
            .into_iter()
            .find(|a| unwrap(*a).kind() != "number")
        else {
            return;
        };
        let Some(key) = key_read(cx, target) else {
            return;
        };
        let mut names = vec![key.clone()];
        if unwrap(target).kind() == "identifier" {
            names.push(cx.text(unwrap(target)).to_string());
        }
        if guarded_by_check(cx, call, &names, CHECKS) {
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
                "`{}` sends the user to the session's `{key}`, which {at} stores from request data without a check (`{}`): a link that sets it to another site sends users there after they sign in.",
                sechound_syntax::js::callee_path(call, src).unwrap_or_else(|| "redirect".into()),
                write.code
            ),
        );
    }
}
