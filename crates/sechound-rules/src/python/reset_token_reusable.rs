use super::token_names::{
    ends_token_life, is_password_field, is_used_marker, is_verified_flag, one_time_token_field,
};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{text, walk};
use sechound_syntax::python::{keyword_args, method_name, string_value, unwrap};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// A function that consumes a one-time token — it looks a record up by a password-reset,
    /// e-mail verification, invitation or magic-link token column (`User.objects.get(
    /// reset_token=token)`, `query.filter_by(verification_token=token)`,
    /// `select(User).where(User.reset_token == token)`, `users.find_one({"reset_token": token})`)
    /// and then sets a password (`user.set_password(...)`, `user.hashed_password = ...`) or a
    /// verified flag — but never ends the token's life: no write of the column to `None` or
    /// `""`, no used-marker (`used_at`, `used`), no delete or revoke call.
    ///
    /// ## Why it matters
    /// The link keeps working after it was used, until it expires (if it ever does): whoever
    /// finds it later in a mailbox, a proxy log or a browser history can set the password again
    /// and take the account, and a verification link can be replayed.
    ///
    /// ## Not reported
    /// Stateless tokens (a signed JWT or `itsdangerous` value, Django's
    /// `default_token_generator`, which is bound to the password hash and ends with it), lookups
    /// by e-mail or id, functions that only find the record, tokens cleared by a function whose
    /// name says so (`clear_reset_token(user)`), test files. Confidence is medium.
    ///
    /// ## Example
    /// ```python
    /// user = User.objects.get(reset_token=token)
    /// user.set_password(new_password)
    /// user.reset_token = None   # without this line: reported
    /// user.save()
    /// ```
    pub struct PyResetTokenReusable {
        id: "py.reset-token-reusable",
        title: "One-time token stays valid after use",
        severity: Medium,
        confidence: Medium,
        area: Authentication,
        cwe: [640, 613],
        owasp: A07,
        effort: Minutes,
        impact: "A reset or verification link keeps working after it was used: anyone who later finds it can set the account's password again.",
        recommendation: "End the token's life in the same transaction that uses it: set the column to `None` (and its expiry) or delete the token row, then save the new password; keep a short expiry as well.",
        verification: "Request a reset, use the link once, then use the same link again: the second request must be refused.",
    }
}

impl CodeRule for PyResetTokenReusable {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Python
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["function_definition"]
    }

    fn check<'f>(&self, function: Node<'f>, cx: &mut CheckContext<'f>) {
        if cx.in_test_file() {
            return;
        }
        let src = cx.src();
        let mut lookup: Option<(Node<'f>, String, &'static str)> = None;
        walk(function, |n| {
            // Nested functions are checked on their own: not descending keeps the rule linear
            // in the size of the file however deep functions nest.
            if lookup.is_some()
                || (n.id() != function.id() && matches!(n.kind(), "function_definition" | "lambda"))
            {
                return false;
            }
            if n.kind() == "call"
                && let Some((field, what)) = token_lookup(n, src)
            {
                lookup = Some((n, field, what));
                return false;
            }
            true
        });
        let Some((call, field, what)) = lookup else {
            return;
        };
        if method_name(call, src).is_some_and(ends_token_life) {
            return;
        }
        let mut acts = false;
        let mut ends = false;
        walk(function, |n| {
            match n.kind() {
                "assignment" => {
                    let attribute = n
                        .field("left")
                        .filter(|l| l.kind() == "attribute")
                        .and_then(|l| l.field("attribute"))
                        .map(|a| text(a, src));
                    if let Some(attribute) = attribute {
                        let value = n.field("right").map(unwrap);
                        if (attribute == field && value.is_some_and(|v| empty(v, src)))
                            || is_used_marker(attribute)
                        {
                            ends = true;
                        }
                        if is_password_field(attribute)
                            || (is_verified_flag(attribute)
                                && value.is_some_and(|v| v.kind() == "true"))
                        {
                            acts = true;
                        }
                    }
                }
                "call" if n.id() != call.id() => {
                    if let Some(name) = method_name(n, src) {
                        if ends_token_life(name) {
                            ends = true;
                        }
                        if is_password_field(name)
                            && ["set", "update", "change", "reset"]
                                .iter()
                                .any(|v| name.starts_with(v))
                        {
                            acts = true;
                        }
                    }
                    for (key, value) in keyword_args(n, src) {
                        let value = unwrap(value);
                        if (key == field && empty(value, src)) || is_used_marker(key) {
                            ends = true;
                        }
                        if is_password_field(key)
                            || (is_verified_flag(key) && value.kind() == "true")
                        {
                            acts = true;
                        }
                    }
                }
                "pair" => {
                    let key = n.field("key").and_then(|k| string_value(k, src));
                    if let Some(key) = key {
                        let value = n.field("value").map(unwrap);
                        if (key == field && value.is_some_and(|v| empty(v, src)))
                            || key == "$unset"
                            || is_used_marker(&key)
                        {
                            ends = true;
                        }
                        if is_password_field(&key)
                            || (is_verified_flag(&key) && value.is_some_and(|v| v.kind() == "true"))
                        {
                            acts = true;
                        }
                    }
                }
                "delete_statement" => ends = true,
                _ => {}
            }
            !ends
        });
        if !acts || ends {
            return;
        }
        cx.report(
            call,
            format!(
                "This handler finds the account by its {what} (`{field}`) and acts on it, but never clears the column, marks it used or deletes it: the same link works again until it expires."
            ),
        );
    }
}

/// A query that finds a record by a one-time token column: a keyword argument
/// (`reset_token=token`), a comparison (`User.reset_token == token`) or a dictionary key
/// (`{"reset_token": token}`) among the arguments.
fn token_lookup(call: Node<'_>, src: &str) -> Option<(String, &'static str)> {
    let name = method_name(call, src)?;
    let finds = matches!(
        name,
        "get"
            | "filter"
            | "filter_by"
            | "where"
            | "find_one"
            | "find"
            | "first"
            | "get_or_404"
            | "first_or_404"
            | "one_or_none"
            | "scalar"
            | "get_object_or_404"
            | "aget"
            | "find_one_and_update"
    ) || name.starts_with("get_by")
        || name.starts_with("find");
    if !finds {
        return None;
    }
    if let Some((key, what)) = keyword_args(call, src)
        .into_iter()
        .find_map(|(k, _)| one_time_token_field(k.split("__").next().unwrap_or(k)).map(|w| (k, w)))
    {
        return Some((key.split("__").next().unwrap_or(key).to_string(), what));
    }
    let args = call.field("arguments")?;
    let mut found = None;
    walk(args, |n| {
        if found.is_some() || n.kind() == "lambda" {
            return false;
        }
        let key = match n.kind() {
            "comparison_operator" if text(n, src).contains("==") => n
                .named_child(0)
                .filter(|l| l.kind() == "attribute")
                .and_then(|l| l.field("attribute"))
                .map(|a| text(a, src).to_string()),
            "pair" => n.field("key").and_then(|k| string_value(k, src)),
            _ => None,
        };
        if let Some(key) = key
            && let Some(what) = one_time_token_field(&key)
        {
            found = Some((key, what));
        }
        true
    });
    found
}

/// `None`, `""`.
fn empty(value: Node<'_>, src: &str) -> bool {
    match value.kind() {
        "none" => true,
        "string" => string_value(value, src).is_some_and(|s| s.is_empty()),
        _ => false,
    }
}
