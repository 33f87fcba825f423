use super::sinks::{
    UrlPrefix, guarded_by_check, identifiers_in, sink_name, string_pieces, tainted_flow, url_prefix,
};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::Confidence;
use sechound_syntax::js::{arguments, callee, method_name, pair_key, string_value, unwrap};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, text};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Redirects to a location the client chooses:
    /// - Express `res.redirect(url)` / `res.redirect(302, url)` / `res.location(url)`, Fastify
    ///   `reply.redirect`, Koa `ctx.redirect`, Next.js `NextResponse.redirect`;
    /// - a `Location` header set from request data (`res.setHeader`, `res.set`, `res.header`,
    ///   `reply.header`, `ctx.set`, `res.writeHead(302, { Location })`).
    ///
    /// The usual carrier is a `?next=`, `?returnTo=` or `?redirect_uri=` parameter. A redirect
    /// back to the `Referer` header is reported with low confidence, a redirect to the request's
    /// own path (`req.originalUrl` trimmed, where `//evil.example/` becomes another site) with
    /// medium confidence.
    ///
    /// ## Why it matters
    /// A link on the real domain sends users to a look-alike site: credible phishing, and with
    /// OAuth flows the theft of codes or tokens appended to the redirect.
    ///
    /// ## Not reported
    /// A location built from the `Host` header (the HTTPS-upgrade redirect
    /// `'https://' + req.headers.host + req.url`), a fixed local prefix (`'/app/' + id`), a fixed origin (`` `https://app.example.com/${p}` ``),
    /// `new URL('/login', req.url)`, and a function that checks the value first (an `if` on the
    /// variable with `includes(`, `has(`, `startsWith(`, `test(`, an allow-list, or a hostname
    /// comparison). A bare `'/' + next` is still reported: `//evil.example` is another site.
    ///
    /// ## Example
    /// ```js
    /// app.get('/login/done', (req, res) => {
    ///   res.redirect(req.query.next);                                     // reported
    ///   res.redirect(SAFE_PATHS.has(req.query.next) ? req.query.next : '/'); // fine
    /// });
    /// ```
    pub struct OpenRedirect {
        id: "js.open-redirect",
        title: "Redirect to a location from the request",
        severity: Medium,
        confidence: High,
        area: InputValidation,
        cwe: [601],
        owasp: A01,
        effort: Minutes,
        impact: "Links on the real domain forward users to an attacker's site, which makes phishing credible and can leak OAuth codes or tokens carried in the redirect.",
        recommendation: "Redirect only to local paths or known hosts: accept the value when it starts with a single `/` followed by a path character (not `//` or `/\\`), or parse it with `new URL(value, ownOrigin)` and require `url.origin === ownOrigin`; otherwise redirect to a default page. For a fixed set of destinations, map a key to the URL.",
        verification: "Request the endpoint with `?next=https://evil.example` and `?next=//evil.example` and check that the response redirects to the default page instead.",
    }
}

/// Condition text that marks an allow-list or prefix check.
const REDIRECT_CHECKS: &[&str] = &[
    ".includes(",
    ".has(",
    "startsWith(",
    ".test(",
    ".match(",
    "indexOf(",
    "llow",
    "hitelist",
    "isSafe",
    "isValid",
    "isLocal",
    "isRelative",
    "hostname",
    "origin",
    "===",
    "==",
];

impl CodeRule for OpenRedirect {
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
        if unwrap(callee(call).expect("call has a callee")).kind() != "member_expression" {
            return;
        }
        let args = arguments(call);
        let candidates: Vec<Node<'f>> = match method {
            "redirect" | "location" => args
                .iter()
                .copied()
                .filter(|a| unwrap(*a).kind() != "number")
                .collect(),
            "setHeader" | "set" | "header" | "append" => match args.as_slice() {
                [name, value, ..] if is_location(*name, src) => vec![*value],
                _ => return,
            },
            "writeHead" => args
                .iter()
                .filter(|a| unwrap(**a).kind() == "object")
                .flat_map(|headers| named_children(unwrap(*headers)))
                .filter(|pair| {
                    pair.kind() == "pair"
                        && pair_key(*pair, src).is_some_and(|k| k.eq_ignore_ascii_case("location"))
                })
                .filter_map(|pair| pair.field("value"))
                .collect(),
            _ => return,
        };
        for target in candidates {
            let Some(flow) = tainted_flow(cx, target) else {
                continue;
            };
            let prefix = destination_prefix(cx, target);
            if matches!(prefix, UrlPrefix::LocalPath | UrlPrefix::FixedOrigin) {
                continue;
            }
            let names = identifiers_in(cx, target);
            if guarded_by_check(cx, call, &names, REDIRECT_CHECKS) {
                continue;
            }
            let source = flow.trace.source.to_ascii_lowercase();
            // `'https://' + req.headers.host + req.url`: a victim's browser sends this site's own
            // Host, so the usual HTTPS upgrade is no open redirect.
            if source.contains("host")
                && (source.contains("header")
                    || source.contains("get(")
                    || (source.matches('.').count() == 1 && source.contains(".host")))
            {
                continue;
            }
            let own_path = source.matches('.').count() == 1
                && (source.ends_with(".url") || source.ends_with(".originalurl"));
            let sink = sink_name(call, src);
            let from_referer = flow.trace.source.to_ascii_lowercase().contains("refer");
            let message = match prefix {
                _ if from_referer => format!(
                    "{} as the redirect location: the `Referer` is the page the user came from, which another site can be.",
                    flow.describe(&sink)
                ),
                _ if own_path => format!(
                    "{} as the redirect location; a request for `//evil.example/` makes it a redirect to another site.",
                    flow.describe(&sink)
                ),
                UrlPrefix::Partial => format!(
                    "{} in the redirect location; the fixed part does not pin the host (`//evil.example` or a host in the value lead to another site).",
                    flow.describe(&sink)
                ),
                _ => format!(
                    "{} as the redirect location, so a link can send users to any site.",
                    flow.describe(&sink)
                ),
            };
            let confidence = if from_referer {
                Confidence::Low
            } else if prefix == UrlPrefix::Partial || own_path {
                Confidence::Medium
            } else {
                Confidence::High
            };
            cx.report(call, message)
                .confidence(confidence)
                .flow(flow.raw.clone());
            return;
        }
    }
}

fn is_location(name: Node<'_>, src: &str) -> bool {
    string_value(name, src).is_some_and(|n| n.eq_ignore_ascii_case("location"))
}

/// The fixed start of a redirect target; `new URL(path, base)` is judged by its path.
fn destination_prefix<'f>(cx: &CheckContext<'f>, target: Node<'f>) -> UrlPrefix {
    let resolved = cx.js_taint().resolve(target);
    if resolved.kind() == "new_expression"
        && callee(resolved).is_some_and(|c| text(c, cx.src()) == "URL")
        && let Some(relative) = arguments(resolved).first()
    {
        return url_prefix(cx, &string_pieces(cx, *relative));
    }
    url_prefix(cx, &string_pieces(cx, target))
}
