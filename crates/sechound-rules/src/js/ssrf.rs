use super::sinks::{
    UrlPrefix, guarded_by_check, identifiers_in, imports_module, sink_name, string_pieces,
    tainted_flow, url_prefix,
};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::Confidence;
use sechound_syntax::js::{arguments, callee, callee_path, object_property, receiver, unwrap};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::text;
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Outgoing HTTP requests whose destination (scheme, host or whole URL) comes from the
    /// request: `axios(url)`, `axios.get/post/…/request`, an `axios.create()` instance, `fetch`,
    /// `node-fetch`, `got`, `superagent`, `needle`, `request`, `undici.request/fetch`,
    /// `http(s).get/request` (also with `{ host, hostname, url }` options) and NestJS
    /// `httpService.get/post/…`. A client-supplied `Host` header used to build a URL counts too.
    ///
    /// Requests through an `axios.create({ baseURL })` instance are medium confidence (an
    /// absolute URL in the value replaces the base), and so are URLs built from the `Host` header
    /// (a self-call that a forged `Host` redirects elsewhere).
    ///
    /// ## Why it matters
    /// The server makes requests on the client's behalf from inside the network: cloud metadata
    /// endpoints (`169.254.169.254`) hand out credentials, internal admin services answer
    /// without authentication, and ports can be scanned.
    ///
    /// ## Not reported
    /// A URL whose scheme and host are fixed in the code or configuration and where request
    /// data only fills the path or query (`` `https://api.example.com/users/${id}` ``,
    /// `` `${config.apiUrl}/users/${id}` ``). A value in the path can still reach other
    /// endpoints of that API with `../`; encode it with `encodeURIComponent`. Also not reported:
    /// a function that checks the destination first (an `if` on the URL or its `hostname`
    /// with `includes(`, `has(`, `startsWith(` or an allow-list); review that check by hand.
    ///
    /// ## Example
    /// ```js
    /// app.get('/preview', async (req, res) => {
    ///   const page = await axios.get(req.query.url);                          // reported
    ///   const user = await axios.get(`https://api.example.com/u/${encodeURIComponent(req.query.id)}`); // fine
    /// });
    /// ```
    pub struct Ssrf {
        id: "js.ssrf",
        title: "Outgoing request to a URL from the request",
        severity: High,
        confidence: High,
        area: InputValidation,
        cwe: [918],
        owasp: A10,
        effort: Hours,
        impact: "A client can make the server call internal services and cloud metadata endpoints, reading credentials or data that is not reachable from outside.",
        recommendation: "Do not let the client choose the destination. Map a client value to a fixed list of URLs, or parse it with `new URL()` and require its `protocol` and `hostname` to be in an allow-list before the request; refuse redirects to other hosts (`maxRedirects: 0`) and block private, loopback and link-local addresses at the HTTP agent or egress proxy.",
        verification: "Send `http://169.254.169.254/latest/meta-data/` and `http://127.0.0.1:22/` as the value and check that the service refuses them without making the connection (no outbound request in its logs).",
    }
}

/// Condition text that marks a check of the destination before the request.
const HOST_CHECKS: &[&str] = &[
    "includes(",
    ".has(",
    "hostname",
    ".host ",
    ".host)",
    "origin",
    "startsWith(",
    ".test(",
    "llow",
];

const HTTP_METHODS: &[&str] = &[
    "get", "post", "put", "patch", "delete", "head", "options", "request", "fetch", "stream",
];
const CLIENT_MODULES: &[&str] = &[
    "axios",
    "got",
    "superagent",
    "needle",
    "undici",
    "http",
    "https",
    "httpService",
    "axiosRef",
    "ky",
    "request",
];

impl CodeRule for Ssrf {
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
        let Some((target, instance)) = destination_argument(cx, call) else {
            return;
        };
        let Some(flow) = tainted_flow(cx, target) else {
            return;
        };
        if only_path_is_tainted(cx, target) {
            return;
        }
        if guarded_by_check(cx, call, &identifiers_in(cx, target), HOST_CHECKS) {
            return;
        }
        let sink = sink_name(call, cx.src());
        let from_host_header = is_host_header(&flow.trace.source);
        let message = if from_host_header {
            format!(
                "{} in the host of an outgoing request; a client that sends its own `Host` header points the server at another machine.",
                flow.describe(&sink)
            )
        } else if instance {
            format!(
                "{} as the URL of a request through an axios instance; an absolute URL in the value replaces its `baseURL`, so the client picks the host.",
                flow.describe(&sink)
            )
        } else {
            format!(
                "{} as the destination of an outgoing request, so the client picks the host the server connects to.",
                flow.describe(&sink)
            )
        };
        let finding = cx.report(call, message);
        finding.flow(flow.raw.clone());
        if instance || from_host_header {
            finding.confidence(Confidence::Medium);
        }
    }
}

/// The URL (or host) argument of an HTTP client call, and whether the call goes through an
/// `axios.create()` instance.
fn destination_argument<'f>(cx: &CheckContext<'f>, call: Node<'f>) -> Option<(Node<'f>, bool)> {
    let src = cx.src();
    let function = unwrap(callee(call)?);
    let first = *arguments(call).first()?;
    let path = callee_path(call, src);
    let mut instance = false;
    let is_client = match function.kind() {
        "identifier" => {
            let name = text(function, src);
            match name {
                "fetch" | "axios" | "got" | "nodeFetch" | "needle" | "superagent" | "ky" => true,
                "request" => imports_module(cx, "request"),
                _ => {
                    // `import fetch from 'node-fetch'` under another name is rare; follow `axios.create()`.
                    let bound = cx.js_taint().resolve(function);
                    bound.kind() == "call_expression"
                        && callee_path(bound, src).as_deref() == Some("axios.create")
                        && {
                            instance = true;
                            true
                        }
                }
            }
        }
        "member_expression" => {
            let method = text(function.field("property")?, src);
            if !HTTP_METHODS.contains(&method) {
                return None;
            }
            let object = unwrap(receiver(call)?);
            let object_name = path
                .as_deref()
                .and_then(|p| p.rsplit_once('.'))
                .map(|(o, _)| o.rsplit('.').next().unwrap_or(o).to_string())
                .unwrap_or_default();
            if CLIENT_MODULES.contains(&object_name.as_str()) {
                object_name != "request" || imports_module(cx, "request")
            } else if object.kind() == "identifier" {
                let bound = cx.js_taint().resolve(object);
                let created = bound.kind() == "call_expression"
                    && callee_path(bound, src)
                        .is_some_and(|p| p == "axios.create" || p == "got.extend");
                instance = created;
                created
            } else {
                false
            }
        }
        _ => false,
    };
    if !is_client {
        return None;
    }
    let resolved = cx.js_taint().resolve(first);
    if resolved.kind() == "object" {
        for key in ["url", "baseURL", "host", "hostname", "uri", "prefixUrl"] {
            if let Some(value) = object_property(resolved, src, key)
                && cx.js_taint().is_tainted(value)
            {
                return Some((value, instance));
            }
        }
        return None;
    }
    Some((first, instance))
}

/// True when the scheme and host of a built URL are fixed and request data only fills the path
/// or query (including `new URL('/users/' + id, base)` with a fixed base).
fn only_path_is_tainted<'f>(cx: &CheckContext<'f>, target: Node<'f>) -> bool {
    let resolved = cx.js_taint().resolve(target);
    if resolved.kind() == "new_expression"
        && callee(resolved).is_some_and(|c| text(c, cx.src()) == "URL")
    {
        let args = arguments(resolved);
        if let [relative, base, ..] = args.as_slice() {
            let relative_prefix = url_prefix(cx, &string_pieces(cx, *relative));
            return !cx.js_taint().is_tainted(*base)
                && matches!(
                    relative_prefix,
                    UrlPrefix::LocalPath | UrlPrefix::FixedOrigin
                );
        }
        return false;
    }
    url_prefix(cx, &string_pieces(cx, target)) == UrlPrefix::FixedOrigin
}

/// `req.headers.host`, `req.get('host')`, `req.hostname`, `ctx.host`, `x-forwarded-host`.
fn is_host_header(source: &str) -> bool {
    let source = source.to_ascii_lowercase();
    source.contains("host")
        && (source.contains("header")
            || source.contains("get(")
            || (source.matches('.').count() == 1
                && (source.ends_with(".host") || source.ends_with(".hostname"))))
}
