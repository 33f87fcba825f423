use crate::email_link::{from_provider, oauth_file, reads_verified, result_name, signs_in};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::js::{arguments, method_name, pair_key, unwrap};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, text};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// An OAuth or OpenID Connect sign-in (a passport strategy's verify callback, a callback
    /// route) that looks up an existing account by the e-mail address the provider reports
    /// (`User.findOne({ email: profile.emails[0].value })`, `findByEmail(userInfo.email)`) and
    /// then signs that account in or links the provider to it (`done(null, user)`,
    /// `return user`, `req.logIn(user)`, `user.googleId = profile.id`), while nothing in the
    /// function reads the provider's verification flag (`email_verified`, `verified_email`,
    /// `emails[0].verified`).
    ///
    /// ## Why it matters
    /// Many providers let a user put any address on their profile without proving they own
    /// it (GitHub's public e-mail, a self-hosted OIDC provider, an unverified Microsoft
    /// account). Whoever adds the victim's address to an account there signs in to the victim's
    /// account here.
    ///
    /// ## Not reported
    /// Look-ups whose result is refused (hackathon-starter answers "an account with this e-mail
    /// already exists"), functions that read a verification flag, and files that do not deal
    /// with an identity provider. Confidence is medium: a verification done in another function
    /// is not seen.
    ///
    /// ## Example
    /// ```js
    /// const user = await User.findOne({ email: profile.emails[0].value }); // reported
    /// return done(null, user);
    /// // fine: if (!profile._json.email_verified) return done(null, false);
    /// ```
    pub struct JsOauthEmailUnverified {
        id: "js.oauth-email-unverified",
        title: "Account matched by the provider's e-mail without checking it is verified",
        severity: High,
        confidence: Medium,
        area: Authentication,
        cwe: [287, 290],
        owasp: A07,
        effort: Hours,
        impact: "Anyone who can put the victim's address on an account at the identity provider, without proving they own it, signs in to the victim's account.",
        recommendation: "Match returning users by the provider's stable subject id (`profile.id`, `sub`), not the e-mail; link by e-mail only when the provider says the address is verified (`email_verified === true` in the ID token, `verified: true` from GitHub's `/user/emails`), and otherwise ask the user to sign in to the existing account first.",
        verification: "Sign in through the provider with an account whose unverified e-mail equals an existing user's: the application must refuse, or create a separate account, and never sign in as the existing user.",
    }
}

impl CodeRule for JsOauthEmailUnverified {
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
        let Some(method) = method_name(call, src) else {
            return;
        };
        let by_email = method.contains("ByEmail") || method.contains("by_email");
        if !(by_email
            || matches!(
                method,
                "findOne" | "findOneBy" | "findFirst" | "findUnique" | "findBy" | "find" | "where"
            ))
            || cx.in_test_file()
            || !oauth_file(cx)
        {
            return;
        }
        let args = arguments(call);
        let email = if by_email {
            args.first().copied()
        } else {
            args.iter().find_map(|a| email_pair(unwrap(*a), src, 0))
        };
        let Some(email) = email else {
            return;
        };
        if !from_provider(cx, email) {
            return;
        }
        let Some(function) = sechound_syntax::js::enclosing_function(call) else {
            return;
        };
        // `User.findOne({ email }, (err, existing) => { ... })`: the callback holds the result.
        let callback = args
            .last()
            .map(|a| unwrap(*a))
            .filter(|a| sechound_syntax::js::FUNCTION_KINDS.contains(&a.kind()));
        let (scope, name) = match callback {
            Some(cb) => {
                let params = cb
                    .field("parameters")
                    .map(named_children)
                    .unwrap_or_default();
                let Some(result) = params.get(1).or(params.first()) else {
                    return;
                };
                (cb, text(*result, src))
            }
            None => match result_name(call, src) {
                Some(name) => (function, name),
                None => return,
            },
        };
        if reads_verified(function, src) {
            return;
        }
        let Some(sign_in) = signs_in(scope, name, src) else {
            return;
        };
        // The look-up's own line (a callback-style call spans the whole callback).
        cx.report(
            email,
            format!(
                "The account is looked up by the e-mail the identity provider reports (`{}`) and signed in or linked on line {} (`{}`), but nothing checks that the provider verified the address.",
                text(email, src),
                sign_in.start_position().row + 1,
                text(sign_in, src).lines().next().unwrap_or("").trim()
            ),
        );
    }
}

/// The value of an `email` key in a query object (`{ email }`, `{ where: { email: x } }`).
fn email_pair<'f>(object: Node<'f>, src: &str, depth: usize) -> Option<Node<'f>> {
    if object.kind() != "object" || depth > 2 {
        return None;
    }
    for child in named_children(object) {
        match child.kind() {
            "pair" => {
                let key = pair_key(child, src)?;
                let value = unwrap(child.field("value")?);
                if key.eq_ignore_ascii_case("email") {
                    // `{ email: { $eq: x } }`
                    return Some(
                        named_children(value)
                            .into_iter()
                            .find(|p| p.kind() == "pair")
                            .filter(|_| value.kind() == "object")
                            .and_then(|p| p.field("value"))
                            .unwrap_or(value),
                    );
                }
                if let Some(found) = email_pair(value, src, depth + 1) {
                    return Some(found);
                }
            }
            "shorthand_property_identifier" if text(child, src) == "email" => return Some(child),
            _ => {}
        }
    }
    None
}
