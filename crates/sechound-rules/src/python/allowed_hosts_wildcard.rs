use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, text, walk};
use sechound_syntax::python::{
    callee_path, dotted_path, keyword_arg, positional_args, string_value, unwrap,
};
use sechound_syntax::{Family, Node};

use super::secret_names::{
    Level, env_lookup, environment_branch, is_development_file, level, report_masked,
};

declare_rule! {
    /// ## What it finds
    /// Host-header validation turned off:
    /// - Django `ALLOWED_HOSTS = ["*"]` (or `+=`, or a list containing `"*"`) at module level,
    ///   and `ALLOWED_HOSTS` read from the environment with `"*"` as the default;
    /// - Starlette/FastAPI `TrustedHostMiddleware` with `allowed_hosts=["*"]` (low: the
    ///   middleware is added but checks nothing).
    ///
    /// ## Why it matters
    /// The application builds absolute URLs (password-reset and activation links, redirects)
    /// from the `Host` header. With every host accepted, an attacker who sends a forged `Host`
    /// gets those links pointing at a domain they control, and cache poisoning becomes possible.
    ///
    /// ## Not reported
    /// Explicit host names, leading-dot domains (`.example.com`), hosts read from configuration
    /// without a wildcard default, assignments inside an `if` on the environment, and files
    /// under `tests/` or named for development or tests (`local.py`, `settings_dev.py`).
    ///
    /// ## Example
    /// ```python
    /// ALLOWED_HOSTS = ["*"]                                   # reported
    /// ALLOWED_HOSTS = os.environ["ALLOWED_HOSTS"].split(",")  # fine
    /// ```
    pub struct AllowedHostsWildcard {
        id: "py.allowed-hosts-wildcard",
        title: "Any Host header accepted",
        severity: Medium,
        confidence: High,
        area: Infrastructure,
        cwe: [644],
        owasp: A05,
        effort: Minutes,
        impact: "A forged Host header makes the application build password-reset links and redirects that point to an attacker's domain.",
        recommendation: "List the service's real host names, read from configuration: `ALLOWED_HOSTS = os.environ[\"ALLOWED_HOSTS\"].split(\",\")` in Django, `TrustedHostMiddleware(allowed_hosts=[\"api.example.com\"])` in Starlette/FastAPI.",
        verification: "Send a request with `Host: evil.example` and check that it is rejected with 400, while the real host name still works.",
    }
}

impl CodeRule for AllowedHostsWildcard {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Python
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call", "assignment", "augmented_assignment"]
    }

    fn check<'f>(&self, node: Node<'f>, cx: &mut CheckContext<'f>) {
        if is_development_file(&cx.file.path) || environment_branch(node, cx.src()).is_some() {
            return;
        }
        let src = cx.src();
        if node.kind() == "call" {
            let Some(path) = callee_path(node, src) else {
                return;
            };
            let positional = positional_args(node);
            let names_middleware = positional
                .first()
                .and_then(|m| dotted_path(*m, src))
                .is_some_and(|p| p.rsplit('.').next() == Some("TrustedHostMiddleware"));
            let is_middleware = path.rsplit('.').next() == Some("TrustedHostMiddleware")
                || (matches!(
                    path.rsplit('.').next(),
                    Some("add_middleware" | "Middleware")
                ) && names_middleware);
            if is_middleware
                && let Some(hosts) = keyword_arg(node, src, "allowed_hosts")
                && contains_wildcard(cx.py_taint().resolve(hosts), src)
            {
                let finding = report_masked(
                    cx,
                    node,
                    "`TrustedHostMiddleware` is added with `allowed_hosts` containing `*`, so it accepts any Host header.",
                );
                finding.severity(Severity::Low);
            }
            return;
        }
        let (Some(left), Some(right)) = (node.field("left"), node.field("right")) else {
            return;
        };
        if left.kind() != "identifier"
            || text(left, src) != "ALLOWED_HOSTS"
            || level(node).0 != Level::Module
        {
            return;
        }
        if contains_wildcard(right, src) {
            report_masked(
                cx,
                node,
                "`ALLOWED_HOSTS` contains `\"*\"`, so Django accepts any Host header.",
            );
            return;
        }
        let mut fallback = None;
        walk(right, |n| {
            if fallback.is_none()
                && n.kind() == "call"
                && let Some((var, Some(default))) = env_lookup(n, src)
                && string_value(default, src).is_some_and(|d| d.split(',').any(|h| h.trim() == "*"))
            {
                fallback = Some(var);
            }
            fallback.is_none()
        });
        if let Some(var) = fallback {
            let finding = report_masked(
                cx,
                node,
                format!(
                    "`ALLOWED_HOSTS` is read from `{var}` and falls back to `*` when it is unset."
                ),
            );
            finding.confidence(Confidence::Medium);
        }
    }
}

fn contains_wildcard(value: Node<'_>, src: &str) -> bool {
    let value = unwrap(value);
    match value.kind() {
        "list" | "tuple" | "set" => named_children(value)
            .into_iter()
            .any(|h| string_value(h, src).is_some_and(|h| h.trim() == "*")),
        "string" => string_value(value, src).is_some_and(|h| h.trim() == "*"),
        _ => false,
    }
}
