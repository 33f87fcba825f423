use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::node::{text, walk};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// `assert` statements that make a security decision: the condition checks authentication,
    /// a permission, a role, ownership, a token, a signature or a CSRF value (`assert
    /// user.is_admin`, `assert request.user == obj.owner`, `assert has_permission(...)`,
    /// `assert hmac.compare_digest(...)`), outside test code.
    ///
    /// ## Why it matters
    /// Python removes every `assert` when it runs with `-O` (or `PYTHONOPTIMIZE`), as some
    /// deployments do: the check then disappears and everyone passes.
    ///
    /// ## Not reported
    /// Asserts in tests, and asserts about types, shapes and internal invariants
    /// (`assert isinstance(x, int)`, `assert len(rows) == 1`).
    ///
    /// ## Example
    /// ```python
    /// assert request.user.is_staff, "forbidden"                     # reported
    /// if not request.user.is_staff: raise PermissionDenied()        # fine
    /// ```
    pub struct AssertUsedForSecurity {
        id: "py.assert-used-for-security",
        title: "Security check written as an assert",
        severity: Medium,
        confidence: Medium,
        area: Authorization,
        cwe: [617, 703],
        owasp: A04,
        effort: Minutes,
        impact: "When Python runs optimised (`-O`), the check is removed and every caller passes it.",
        recommendation: "Raise an exception instead: `if not user.is_admin: raise PermissionDenied()` (Django), `abort(403)` (Flask) or `raise HTTPException(status_code=403)` (FastAPI).",
        verification: "Run the service with `python -O` (or `PYTHONOPTIMIZE=1`) and check that the request is still refused.",
    }
}

/// Words in an assert's condition that make it a security decision.
const SECURITY_WORDS: &[&str] = &[
    "admin",
    "staff",
    "superuser",
    "permission",
    "permissions",
    "perm",
    "perms",
    "authenticated",
    "authorized",
    "authorised",
    "authenticate",
    "owner",
    "owns",
    "signature",
    "verified",
    "allowed",
    "privilege",
    "privileges",
    "privileged",
    "digest",
];

impl CodeRule for AssertUsedForSecurity {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Python
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["assert_statement"]
    }

    fn check<'f>(&self, statement: Node<'f>, cx: &mut CheckContext<'f>) {
        if cx.in_test_file() {
            return;
        }
        let src = cx.src();
        let Some(condition) = statement.named_child(0) else {
            return;
        };
        // `assert isinstance(...)`: a type check, whatever the names say.
        if text(condition, src).starts_with("isinstance(") {
            return;
        }
        let mut word = None;
        walk(condition, |n| {
            if word.is_some() {
                return false;
            }
            if matches!(n.kind(), "identifier" | "string_content") {
                let name = text(n, src);
                word = super::token_names::words(name)
                    .into_iter()
                    .find(|w| SECURITY_WORDS.contains(&w.as_str()));
            }
            true
        });
        let Some(word) = word else { return };
        let message = format!(
            "`assert {}` decides on `{word}`; Python drops asserts when run with `-O`, and the check disappears with it.",
            sechound_syntax::node::short_text(condition, src, 60)
        );
        cx.report(statement, message);
    }
}
