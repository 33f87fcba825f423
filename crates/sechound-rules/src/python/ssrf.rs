use super::sinks::{
    file_mentions, fixed_prefix, function_mentions, imports_name, sink_name, tainted_flow,
};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::Confidence;
use sechound_syntax::node::text;
use sechound_syntax::python::{
    callee_path, keyword_arg, method_name, positional_args, receiver, unwrap,
};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// An outgoing HTTP request whose URL carries request data:
    /// - `requests.get/post/put/patch/delete/head/options/request()` and the same methods on a
    ///   `requests.Session()`;
    /// - `httpx.get()` and friends, `httpx.Client().get()`, `httpx.AsyncClient().get()`;
    /// - `urllib.request.urlopen()` (also of a `Request(url)` built in the function);
    /// - `aiohttp.ClientSession().get()` and a client or session object named `session`,
    ///   `client` or `http` in a file that imports `aiohttp`, `httpx` or `requests`.
    ///
    /// When the request data sits inside the host part of an otherwise fixed URL
    /// (`f"https://{tenant}.internal.example.com/"`) the finding has medium confidence.
    ///
    /// ## Why it matters
    /// The request leaves from inside the network: the client reaches admin interfaces,
    /// databases with HTTP APIs and the cloud metadata service that hands out credentials, none
    /// of which it could reach directly.
    ///
    /// ## Not reported
    /// Functions that check the URL before the call: `url.startswith(...)` on the same
    /// variable, `urlparse()`/`urlsplit()` (to compare the host), or a helper named
    /// `is_safe_url`/`validate_url`. The check is accepted anywhere in the function without
    /// proving that it guards the call.
    ///
    /// Relative URLs with a fixed leading path (`f"/api/{path}"`), sent through a client
    /// created with a `base_url`, are not reported either.
    ///
    /// URLs whose scheme and host are fixed in the code and only the path or query carries
    /// request data (`f"https://api.example.com/users/{user_id}"`, `f"{API_BASE}/items/{id}"`):
    /// the client cannot choose which server is contacted. Values passed as `params=` or
    /// `json=` are not URLs and are not looked at.
    ///
    /// ## Example
    /// ```python
    /// resp = requests.get(request.args["url"], timeout=5)                       # reported
    /// resp = requests.get(f"https://api.example.com/items/{item_id}", timeout=5) # fine
    /// ```
    pub struct Ssrf {
        id: "py.ssrf",
        title: "Server-side request to a URL taken from request data",
        severity: High,
        confidence: High,
        area: InputValidation,
        cwe: [918],
        owasp: A10,
        effort: Hours,
        impact: "A client can make the server call internal services, cloud metadata endpoints (`169.254.169.254`) or other hosts with the server's network position and credentials.",
        recommendation: "Keep the scheme and host in code or configuration and let the client choose only an identifier or path segment; if the client must supply a URL, parse it with `urllib.parse.urlsplit`, require `https` and a host from an allow-list, and refuse private, loopback and link-local addresses after DNS resolution; disable redirects (`allow_redirects=False`).",
        verification: "Send `http://169.254.169.254/latest/meta-data/` and `http://127.0.0.1:22/` as the URL and check that both are refused without any outgoing connection.",
    }
}

const HTTP_METHODS: &[&str] = &[
    "get",
    "post",
    "put",
    "patch",
    "delete",
    "head",
    "options",
    "request",
    "stream",
    "ws_connect",
];

impl CodeRule for Ssrf {
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
        let Some(name) = method_name(call, src) else {
            return;
        };
        let path = callee_path(call, src).unwrap_or_default();
        let url = if matches!(
            path.as_str(),
            "urlopen" | "urllib.request.urlopen" | "request.urlopen" | "urllib2.urlopen"
        ) {
            positional_args(call)
                .first()
                .copied()
                .or_else(|| keyword_arg(call, src, "url"))
                .map(|u| {
                    // `urlopen(Request(url, ...))`: the URL is the Request's first argument.
                    let resolved = cx.py_taint().resolve(u);
                    if resolved.kind() == "call"
                        && callee_path(resolved, src)
                            .is_some_and(|p| p == "Request" || p.ends_with(".Request"))
                        && let Some(inner) = positional_args(resolved).first()
                    {
                        *inner
                    } else {
                        u
                    }
                })
        } else if HTTP_METHODS.contains(&name) && is_http_client(cx, call) {
            let args = positional_args(call);
            let index = if matches!(name, "request" | "stream") {
                1
            } else {
                0
            };
            args.get(index)
                .copied()
                .or_else(|| keyword_arg(call, src, "url"))
        } else {
            None
        };
        let Some(url) = url else { return };
        let Some(flow) = tainted_flow(cx, url) else {
            return;
        };
        let prefix = fixed_prefix(cx, url);
        if prefix.as_deref().is_some_and(origin_is_fixed) {
            return;
        }
        if validates_url(cx, call, url) {
            return;
        }
        let partial = prefix.is_some();
        let message = if partial {
            format!(
                "{} inside the URL's host part, so the client can steer which server is contacted.",
                flow.describe(&sink_name(call, src))
            )
        } else {
            format!(
                "{} as the URL, so the client chooses which server the service connects to.",
                flow.describe(&sink_name(call, src))
            )
        };
        let finding = cx.report(call, message);
        finding.flow(flow.raw.clone());
        if partial {
            finding.confidence(Confidence::Medium);
        }
    }
}

/// A URL check in the same function: `url.startswith("https://known/")`, parsing with
/// `urlparse`/`urlsplit` (to compare the host), or a helper whose name says it validates.
fn validates_url<'f>(cx: &CheckContext<'f>, call: Node<'f>, url: Node<'f>) -> bool {
    let src = cx.src();
    let url = unwrap(url);
    let mut needles = vec![
        "urlparse(",
        "urlsplit(",
        "is_safe_url",
        "validate_url",
        "url_has_allowed_host",
    ];
    let prefix_check =
        (url.kind() == "identifier").then(|| format!("{}.startswith(", text(url, src)));
    if let Some(check) = &prefix_check {
        needles.push(check);
    }
    function_mentions(call, src, &needles)
}

/// True when the fixed text already names the scheme and host and the data comes after a `/`,
/// `?` or `#` (or after an untainted base such as `settings.API_URL` followed by `/`).
fn origin_is_fixed(prefix: &str) -> bool {
    if let Some((_, rest)) = prefix.split_once("://") {
        return rest.find(['/', '?', '#']).is_some_and(|i| i > 0);
    }
    // A relative path (`f"/api/{path}"`) on a client with a fixed `base_url`.
    let relative = prefix.starts_with('/') && !prefix.starts_with("//");
    relative
        || (prefix.starts_with("<expr>") && prefix["<expr>".len()..].starts_with(['/', '?', '#']))
}

/// `requests.get`, `httpx.post`, `aiohttp.ClientSession().get`, `session.get` with an HTTP
/// library imported.
fn is_http_client<'f>(cx: &CheckContext<'f>, call: Node<'f>) -> bool {
    let src = cx.src();
    let Some(object) = receiver(call) else {
        return false;
    };
    let object = cx.py_taint().resolve(object);
    match object.kind() {
        "identifier" | "attribute" => {
            let name = text(object, src);
            if matches!(name, "requests" | "httpx" | "aiohttp" | "urllib3") {
                return true;
            }
            let last = name.rsplit('.').next().unwrap_or(name).to_ascii_lowercase();
            let imports_client = [
                "import requests",
                "import httpx",
                "import aiohttp",
                "from requests",
                "from httpx",
                "from aiohttp",
                "import urllib3",
            ]
            .iter()
            .any(|n| file_mentions(cx, n));
            let flask_session = last == "session"
                && (imports_name(cx, "flask", "session") || name == "request.session");
            imports_client
                && !flask_session
                && (last.contains("session")
                    || last.contains("client")
                    || last == "http"
                    || last == "pool")
        }
        "call" => callee_path(unwrap(object), src).is_some_and(|p| {
            let last = p.rsplit('.').next().unwrap_or(&p);
            matches!(
                last,
                "Session" | "session" | "Client" | "AsyncClient" | "ClientSession" | "PoolManager"
            )
        }),
        _ => false,
    }
}
