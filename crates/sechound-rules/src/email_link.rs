//! Accounts matched by the e-mail an identity provider reports, for both languages: where an
//! OAuth/OIDC callback looks a user up by that address, whether the user found is signed in or
//! linked, and whether the code looks at the provider's verification flag.

use crate::CheckContext;
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{text, walk};
use sechound_syntax::{BoundValue, Family, Node};

/// Words of an expression that say it comes from an identity provider's answer.
const PROVIDER_WORDS: &[&str] = &[
    "profile",
    "userinfo",
    "user_info",
    "userInfo",
    "idinfo",
    "id_info",
    "idToken",
    "id_token",
    "claims",
    "getPayload",
    "provider",
    "oauth",
    "google",
    "github",
    "social",
];

/// Words that say the code reads the provider's verification flag.
const VERIFIED_WORDS: &[&str] = &["verified", "Verified"];

/// True when the file is about signing in through a provider (a passport strategy, Authlib,
/// an OAuth client, an ID-token check).
pub(crate) fn oauth_file(cx: &CheckContext<'_>) -> bool {
    [
        "oauth", "OAuth", "Strategy", "authlib", "openid", "id_token", "idToken", "userinfo",
    ]
    .iter()
    .any(|w| cx.file_contains(w))
}

/// True when `expr` (or what the names it reads are bound to, two assignments back) reads a
/// provider's answer.
pub(crate) fn from_provider<'f>(cx: &CheckContext<'f>, expr: Node<'f>) -> bool {
    provider_value(cx, expr, 0)
}

fn provider_value<'f>(cx: &CheckContext<'f>, expr: Node<'f>, depth: usize) -> bool {
    let src = cx.src();
    let mentions = |n: Node<'_>| {
        let t = text(n, src);
        PROVIDER_WORDS.iter().any(|w| t.contains(w))
    };
    if mentions(expr) {
        return true;
    }
    let python = cx.file.language.family() == Family::Python;
    let mut names = Vec::new();
    walk(expr, |n| {
        if n.kind() == "identifier" && names.len() < 8 {
            names.push(n);
        }
        true
    });
    names.into_iter().any(|name| {
        let bindings = if python {
            cx.py_taint().bindings(name)
        } else {
            cx.js_taint().bindings(name)
        };
        bindings.into_iter().any(|b| match b {
            BoundValue::Expr(v) | BoundValue::Part(v) => {
                mentions(v)
                    || (depth < 1 && v.id() != expr.id() && provider_value(cx, v, depth + 1))
            }
            BoundValue::Param(p) => mentions(p),
        })
    })
}

/// The name the result of `lookup` is bound to (`const user = await User.findOne(...)`,
/// `user = User.query.filter_by(...).first()`).
pub(crate) fn result_name<'f>(lookup: Node<'f>, src: &'f str) -> Option<&'f str> {
    let mut at = lookup;
    for _ in 0..6 {
        let parent = at.parent()?;
        match parent.kind() {
            "variable_declarator" => return parent.field("name").map(|n| text(n, src)),
            "assignment_expression" | "assignment" => {
                return parent
                    .field("left")
                    .filter(|l| l.kind() == "identifier")
                    .map(|n| text(n, src));
            }
            "await_expression"
            | "await"
            | "parenthesized_expression"
            | "call_expression"
            | "call"
            | "member_expression"
            | "attribute"
            | "arguments"
            | "argument_list" => at = parent,
            _ => return None,
        }
    }
    None
}

/// Where `function` signs in or links the user held in `name`: it hands it to passport's
/// `done(null, user)`, returns it, logs it in, or writes the provider's id onto it and saves.
pub(crate) fn signs_in<'f>(function: Node<'f>, name: &str, src: &str) -> Option<Node<'f>> {
    let mut found = None;
    walk(function, |n| {
        if found.is_some() {
            return false;
        }
        match n.kind() {
            "call_expression" | "call" => {
                let callee = n
                    .field("function")
                    .map(|f| text(f, src))
                    .unwrap_or_default();
                let last = callee.rsplit('.').next().unwrap_or(callee);
                let args = n.field("arguments");
                let passes = args.is_some_and(|a| {
                    let mut cursor = a.walk();
                    a.named_children(&mut cursor).any(|c| text(c, src) == name)
                });
                if passes
                    && matches!(
                        last,
                        "done"
                            | "cb"
                            | "callback"
                            | "next"
                            | "resolve"
                            | "logIn"
                            | "login"
                            | "login_user"
                            | "signIn"
                            | "sign_in"
                            | "createSession"
                            | "create_session"
                            | "create_access_token"
                            | "issueTokens"
                            | "generateAuthTokens"
                    )
                {
                    found = Some(n);
                }
                // `user.save()` after linking (`user.google = profile.id`) is covered by the
                // assignment below.
            }
            "return_statement" if n.named_child(0).is_some_and(|v| text(v, src) == name) => {
                found = Some(n);
            }
            "assignment_expression" | "assignment" => {
                // `user.googleId = profile.id`: the provider account is linked to it.
                if let Some(left) = n.field("left")
                    && let Some(right) = n.field("right")
                    && text(left, src).starts_with(&format!("{name}."))
                    && PROVIDER_WORDS.iter().any(|w| text(right, src).contains(w))
                    && text(right, src).contains("id")
                {
                    found = Some(n);
                }
            }
            _ => {}
        }
        true
    });
    found
}

/// True when `function` reads a verification flag (`email_verified`, `verified_email`,
/// `emails[0].verified`, `emailVerified`).
pub(crate) fn reads_verified(function: Node<'_>, src: &str) -> bool {
    let mut found = false;
    walk(function, |n| {
        if found {
            return false;
        }
        if matches!(
            n.kind(),
            "identifier"
                | "property_identifier"
                | "shorthand_property_identifier"
                | "shorthand_property_identifier_pattern"
                | "string_fragment"
                | "string_content"
        ) && VERIFIED_WORDS.iter().any(|w| text(n, src).contains(w))
        {
            found = true;
        }
        true
    });
    found
}
