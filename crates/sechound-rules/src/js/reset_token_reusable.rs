use crate::python::token_names::{
    ends_token_life, is_password_field, is_used_marker, is_verified_flag, one_time_token_field,
};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::js::{FUNCTION_KINDS, method_name, object_property, pair_key, unwrap};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, text, walk};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// A function that consumes a one-time token — it looks a record up by a password-reset,
    /// e-mail verification, invitation or magic-link token field (`User.findOne({
    /// resetPasswordToken: token })`, `prisma.user.findFirst({ where: { verifyToken } })`) and
    /// then sets a password or a verified flag — but never ends the token's life: no write of
    /// the field to `null`/`undefined`/`''`, no `$unset`, no used-marker (`usedAt`, `used`), no
    /// delete or revoke call, anywhere in the function or its callbacks.
    ///
    /// ## Why it matters
    /// The link keeps working after it was used, until it expires (if it ever does): whoever
    /// finds it later in a mailbox, a proxy log, a browser history or a shared screen can set
    /// the password again and take the account, and a verification link can be replayed.
    ///
    /// ## Not reported
    /// Stateless tokens (a JWT or signed value checked without a lookup), lookups by e-mail or
    /// id, functions that only find the record (a repository helper) without acting on it,
    /// tokens cleared by a function whose name says so (`clearResetToken(user)`), test files.
    /// Confidence is medium: a clearing done by a database trigger or another function whose
    /// name does not say so is not seen.
    ///
    /// ## Example
    /// ```js
    /// const user = await User.findOne({ resetPasswordToken: req.params.token });
    /// user.password = await bcrypt.hash(req.body.password, 12);
    /// user.resetPasswordToken = undefined; // without this line: reported
    /// await user.save();
    /// ```
    pub struct ResetTokenReusable {
        id: "js.reset-token-reusable",
        title: "One-time token stays valid after use",
        severity: Medium,
        confidence: Medium,
        area: Authentication,
        cwe: [640, 613],
        owasp: A07,
        effort: Minutes,
        impact: "A reset or verification link keeps working after it was used: anyone who later finds it can set the account's password again.",
        recommendation: "End the token's life in the same write that uses it: clear the field (`user.resetPasswordToken = undefined; user.resetPasswordExpires = undefined`) or delete the token record, and only then save the new password; keep a short expiry as well.",
        verification: "Request a reset, use the link once, then use the same link again: the second request must be refused.",
    }
}

impl CodeRule for ResetTokenReusable {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Js
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        FUNCTION_KINDS
    }

    fn check<'f>(&self, function: Node<'f>, cx: &mut CheckContext<'f>) {
        if crate::js::secret_names::is_test_file(cx) {
            return;
        }
        let src = cx.src();
        // Lookups by a one-time token field whose nearest function is this one.
        let mut lookup: Option<(Node<'f>, String, &'static str)> = None;
        walk(function, |n| {
            // Nested functions are checked on their own: not descending keeps the rule linear
            // in the size of the file however deep functions nest.
            if lookup.is_some() || (n.id() != function.id() && FUNCTION_KINDS.contains(&n.kind())) {
                return false;
            }
            if n.kind() == "call_expression"
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
                "assignment_expression" => {
                    let property = n
                        .field("left")
                        .filter(|l| l.kind() == "member_expression")
                        .and_then(|l| l.field("property"))
                        .map(|p| text(p, src));
                    if let Some(property) = property {
                        let value = n.field("right").map(unwrap);
                        if property == field && value.is_some_and(|v| empty(v, src))
                            || is_used_marker(property)
                        {
                            ends = true;
                        }
                        if is_password_field(property)
                            || is_verified_flag(property)
                                && value.is_some_and(|v| v.kind() == "true")
                        {
                            acts = true;
                        }
                    }
                }
                "unary_expression"
                    if text(n, src).starts_with("delete")
                        && text(n, src).ends_with(field.as_str()) =>
                {
                    ends = true;
                }
                "pair" => {
                    if let Some(key) = pair_key(n, src) {
                        let value = n.field("value").map(unwrap);
                        if key == field && value.is_some_and(|v| empty(v, src))
                            || key == "$unset"
                            || is_used_marker(key)
                        {
                            ends = true;
                        }
                        if is_password_field(key)
                            || is_verified_flag(key) && value.is_some_and(|v| v.kind() == "true")
                        {
                            acts = true;
                        }
                    }
                }
                "call_expression" if n.id() != call.id() => {
                    if let Some(name) = method_name(n, src) {
                        if ends_token_life(name) {
                            ends = true;
                        }
                        if is_password_field(name)
                            && ["set", "update", "change", "reset"]
                                .iter()
                                .any(|v| name.to_ascii_lowercase().starts_with(v))
                        {
                            acts = true;
                        }
                    }
                }
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
                "This handler finds the account by its {what} (`{field}`) and acts on it, but never clears the field, marks it used or deletes it: the same link works again until it expires."
            ),
        );
    }
}

/// A query that finds a record by a one-time token field: `{ resetPasswordToken: token }` (or
/// shorthand `{ verifyToken }`) anywhere in the arguments, the field and what it is for.
fn token_lookup(call: Node<'_>, src: &str) -> Option<(String, &'static str)> {
    let name = method_name(call, src)?;
    let finds = name.starts_with("find")
        || name.starts_with("get")
        || matches!(name, "where" | "findOneBy" | "findBy" | "exists" | "first");
    if !finds {
        return None;
    }
    let args = call.field("arguments")?;
    let mut found = None;
    walk(args, |n| {
        if found.is_some() || FUNCTION_KINDS.contains(&n.kind()) {
            return false;
        }
        let key = match n.kind() {
            // `{ resetToken: token }`, `{ resetToken: { $eq: token } }` (Mongo),
            // `{ resetToken: { equals: token } }` (Prisma); not `{ resetToken: { $ne: null } }`.
            "pair" => pair_key(n, src).filter(|_| {
                n.field("value")
                    .map(unwrap)
                    .is_some_and(|v| match v.kind() {
                        "object" => ["$eq", "equals"]
                            .iter()
                            .any(|k| object_property(v, src, k).is_some()),
                        kind => !matches!(kind, "null" | "true" | "false" | "undefined"),
                    })
            }),
            "shorthand_property_identifier" => Some(text(n, src)),
            _ => None,
        };
        if let Some(key) = key
            && let Some(what) = one_time_token_field(key)
        {
            found = Some((key.to_string(), what));
        }
        true
    });
    found
}

/// `null`, `undefined`, `''`, `void 0`.
fn empty(value: Node<'_>, src: &str) -> bool {
    match value.kind() {
        "null" | "undefined" => true,
        "identifier" => text(value, src) == "undefined",
        "string" => text(value, src).len() <= 2,
        "unary_expression" => text(value, src).starts_with("void"),
        _ => named_children(value).is_empty() && text(value, src) == "undefined",
    }
}
