use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, text};
use sechound_syntax::python::{
    callee_path, dotted_path, keyword_arg, positional_args, string_value, unwrap,
};
use sechound_syntax::{Family, Node};

use super::secret_names::{Level, level, report_masked};

declare_rule! {
    /// ## What it finds
    /// A server or middleware that believes `X-Forwarded-For` / `X-Forwarded-Proto` from any
    /// peer:
    /// - uvicorn `ProxyHeadersMiddleware(app, trusted_hosts="*")` or
    ///   `app.add_middleware(ProxyHeadersMiddleware, trusted_hosts="*")`;
    /// - `uvicorn.run(..., forwarded_allow_ips="*")` and `uvicorn.Config(...)` the same way;
    /// - a gunicorn configuration file with `forwarded_allow_ips = "*"`.
    ///
    /// `"*"`, a comma-separated list containing `*`, and `["*"]` all count.
    ///
    /// ## Why it matters
    /// With every peer trusted, any client can set `X-Forwarded-For` and pick the address the
    /// application sees: IP allow-lists, rate limits keyed on the client address and audit logs
    /// then rest on a value the client chose. A forged `X-Forwarded-Proto: https` also makes the
    /// app treat plain HTTP as secure.
    ///
    /// ## Not reported
    /// Specific proxy addresses or networks (`"10.0.0.0/8"`, `["127.0.0.1"]`), values read from
    /// configuration without a wildcard.
    ///
    /// ## Example
    /// ```python
    /// uvicorn.run(app, host="0.0.0.0", proxy_headers=True, forwarded_allow_ips="*")  # reported
    /// uvicorn.run(app, proxy_headers=True, forwarded_allow_ips="10.0.0.5")           # fine
    /// ```
    pub struct ProxyHeadersTrustAll {
        id: "py.proxy-headers-trust-all",
        title: "Forwarded headers trusted from any peer",
        severity: Medium,
        confidence: High,
        area: Infrastructure,
        cwe: [348],
        owasp: A05,
        effort: Minutes,
        impact: "Any client can spoof its IP address and scheme through X-Forwarded-* headers, defeating IP allow-lists, rate limits and audit trails.",
        recommendation: "Trust forwarded headers only from the reverse proxy in front of the app: set `forwarded_allow_ips` / `trusted_hosts` to its address or network (for example `forwarded_allow_ips=\"10.0.0.5\"`, read from configuration).",
        verification: "Call the service directly (not through the proxy) with `X-Forwarded-For: 203.0.113.9` and check that the logged client address is the real peer, not 203.0.113.9.",
    }
}

impl CodeRule for ProxyHeadersTrustAll {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Python
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call", "assignment"]
    }

    fn check<'f>(&self, node: Node<'f>, cx: &mut CheckContext<'f>) {
        let src = cx.src();
        if node.kind() == "assignment" {
            // gunicorn.conf.py: `forwarded_allow_ips = "*"`
            if level(node).0 == Level::Module
                && node
                    .field("left")
                    .is_some_and(|l| text(l, src) == "forwarded_allow_ips")
                && node.field("right").is_some_and(|r| is_wildcard(r, cx))
            {
                report_masked(
                    cx,
                    node,
                    "The gunicorn setting `forwarded_allow_ips = \"*\"` trusts forwarded headers from every peer.",
                );
            }
            return;
        }
        let Some(path) = callee_path(node, src) else {
            return;
        };
        let name = path.rsplit('.').next().unwrap_or(&path);
        let is_proxy_middleware = |n: Option<&Node<'f>>| {
            n.and_then(|n| dotted_path(*n, src))
                .is_some_and(|p| p.rsplit('.').next() == Some("ProxyHeadersMiddleware"))
        };
        let (keyword, api) = match name {
            "ProxyHeadersMiddleware" => ("trusted_hosts", "`ProxyHeadersMiddleware`"),
            "add_middleware" | "Middleware"
                if is_proxy_middleware(positional_args(node).first()) =>
            {
                ("trusted_hosts", "`ProxyHeadersMiddleware`")
            }
            "run" | "Config"
                if path.starts_with("uvicorn")
                    || keyword_arg(node, src, "forwarded_allow_ips").is_some() =>
            {
                ("forwarded_allow_ips", "uvicorn")
            }
            _ => return,
        };
        if let Some(value) = keyword_arg(node, src, keyword)
            && is_wildcard(value, cx)
        {
            report_masked(
                cx,
                node,
                format!(
                    "{api} is given `{keyword}={}`, so it trusts `X-Forwarded-*` headers from every peer.",
                    text(value, src)
                ),
            );
        }
    }
}

fn is_wildcard<'f>(value: Node<'f>, cx: &CheckContext<'f>) -> bool {
    let src = cx.src();
    let value = cx.py_taint().resolve(unwrap(value));
    match value.kind() {
        "string" => string_value(value, src).is_some_and(|v| v.split(',').any(|h| h.trim() == "*")),
        "list" | "tuple" | "set" => named_children(value)
            .into_iter()
            .any(|h| string_value(h, src).is_some_and(|h| h.trim() == "*")),
        _ => false,
    }
}
