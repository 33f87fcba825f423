use crate::email_link::{from_provider, oauth_file, reads_verified, result_name, signs_in};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::node::{named_children, text};
use sechound_syntax::python::{keyword_arg, method_name, positional_args};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// An OAuth or OpenID Connect callback (Authlib, requests-oauthlib, a hand-written code
    /// exchange, `google.oauth2.id_token`) that looks up an existing user by the e-mail the
    /// provider reports (`User.query.filter_by(email=userinfo["email"])`,
    /// `select(User).where(User.email == email)`, `User.objects.get(email=...)`) and then signs
    /// that user in or links the provider (`login_user(user)`, `login(request, user)`, `return
    /// user`, `user.github_id = info["id"]`), while nothing in the function reads the
    /// provider's verification flag (`userinfo["email_verified"]`, `verified_email`, the
    /// `verified` field of GitHub's `/user/emails`).
    ///
    /// ## Why it matters
    /// Providers that let users show an address they have not proven (GitHub, self-hosted OIDC,
    /// some social logins) let an attacker put the victim's address on their own provider
    /// account and sign in here as the victim.
    ///
    /// ## Not reported
    /// Look-ups whose result is refused, functions that read a verification flag, and files
    /// that do not deal with an identity provider. Confidence is medium: a check in another
    /// function is not seen.
    ///
    /// ## Example
    /// ```python
    /// email = resp.json()[0]["email"]             # GitHub /user/emails, first entry
    /// user = User.query.filter_by(email=email).first()  # reported
    /// login_user(user)
    /// # fine: emails = [e for e in resp.json() if e["verified"] and e["primary"]]
    /// ```
    pub struct PyOauthEmailUnverified {
        id: "py.oauth-email-unverified",
        title: "Account matched by the provider's e-mail without checking it is verified",
        severity: High,
        confidence: Medium,
        area: Authentication,
        cwe: [287, 290],
        owasp: A07,
        effort: Hours,
        impact: "Anyone who can put the victim's address on an account at the identity provider, without proving they own it, signs in to the victim's account.",
        recommendation: "Match returning users by the provider's subject id (`sub`, the GitHub user id); link by e-mail only when the provider says the address is verified (`userinfo[\"email_verified\"] is True`, an entry of GitHub's `/user/emails` with `verified` and `primary`), and otherwise ask the user to sign in to the existing account first.",
        verification: "Sign in through the provider with an account whose unverified e-mail equals an existing user's: the application must refuse, or create a separate account, and never sign in as the existing user.",
    }
}

impl CodeRule for PyOauthEmailUnverified {
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
        let Some(method) = method_name(call, src) else {
            return;
        };
        let by_email = method.contains("by_email");
        if !(by_email
            || matches!(
                method,
                "filter_by" | "filter" | "get" | "where" | "get_or_none"
            ))
            || cx.in_test_file()
            || !oauth_file(cx)
        {
            return;
        }
        let email = if by_email {
            positional_args(call).first().copied()
        } else {
            keyword_arg(call, src, "email")
                .or_else(|| keyword_arg(call, src, "email__iexact"))
                .or_else(|| {
                    // `User.email == email`
                    positional_args(call).into_iter().find_map(|a| {
                        let operands = named_children(a);
                        (a.kind() == "comparison_operator"
                            && operands.len() == 2
                            && text(operands[0], src).ends_with(".email"))
                        .then(|| operands[1])
                    })
                })
        };
        let Some(email) = email else {
            return;
        };
        if !from_provider(cx, email) {
            return;
        }
        let Some(function) = sechound_syntax::python::enclosing_function(call) else {
            return;
        };
        let Some(name) = result_name(call, src) else {
            return;
        };
        if reads_verified(function, src) {
            return;
        }
        let Some(sign_in) = signs_in(function, name, src) else {
            return;
        };
        // The look-up's own line (a callback-style call spans the whole callback).
        cx.report(
            email,
            format!(
                "The user is looked up by the e-mail the identity provider reports (`{}`) and signed in or linked on line {} (`{}`), but nothing checks that the provider verified the address.",
                text(email, src),
                sign_in.start_position().row + 1,
                text(sign_in, src).lines().next().unwrap_or("").trim()
            ),
        );
    }
}
