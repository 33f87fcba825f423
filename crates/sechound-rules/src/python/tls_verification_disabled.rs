use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{text, walk};
use sechound_syntax::python::{
    callee_path, dotted_path, enclosing_function, keyword_args, method_name, string_value, unwrap,
};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Outgoing HTTPS that does not check the server's certificate:
    /// - `verify=False` on `requests` calls and sessions, `httpx` functions and clients
    ///   (`httpx.Client(verify=False)`, `httpx.get(url, verify=False)`), and
    ///   `session.verify = False`;
    /// - aiohttp `ssl=False` / `verify_ssl=False` on requests and `TCPConnector`;
    /// - `ssl._create_unverified_context()`, and installing it as the process-wide default
    ///   (`ssl._create_default_https_context = ssl._create_unverified_context`);
    /// - an SSL context set to `verify_mode = ssl.CERT_NONE`, or `check_hostname = False`;
    /// - `cert_reqs="CERT_NONE"` / `ssl.CERT_NONE` for urllib3 pools, redis
    ///   `ssl_cert_reqs="none"`, Elasticsearch/OpenSearch `verify_certs=False`.
    ///
    /// ## Why it matters
    /// Without certificate checks anyone on the network path (a Wi-Fi hotspot, a compromised
    /// proxy, a container neighbour) can impersonate the remote service, read the credentials
    /// and data sent to it and forge its answers.
    ///
    /// ## Not reported
    /// `verify="/path/to/ca.pem"` (a custom CA bundle checks certificates), `verify=True`, and a
    /// value taken from configuration (`verify=settings.VERIFY_TLS`): whether it is off in
    /// production cannot be seen in code. `urllib3.disable_warnings()` alone only silences the
    /// warning and is not reported.
    ///
    /// ## Example
    /// ```python
    /// requests.post(url, json=body, verify=False)                  # reported
    /// requests.post(url, json=body, verify="/etc/ssl/internal.pem")  # fine
    /// ```
    pub struct TlsVerificationDisabled {
        id: "py.tls-verification-disabled",
        title: "TLS certificate verification disabled",
        severity: High,
        confidence: High,
        area: DataProtection,
        cwe: [295],
        owasp: A02,
        effort: Minutes,
        impact: "A network attacker can impersonate the remote server, read the credentials and data sent to it and tamper with its responses.",
        recommendation: "Remove `verify=False` / `ssl=False` and keep the default verification; for an internal CA pass its bundle (`verify=\"/etc/ssl/certs/internal-ca.pem\"`, or `ssl.create_default_context(cafile=...)`).",
        verification: "Point the client at a server with a self-signed certificate (for example `https://self-signed.badssl.com/`): the call must fail with a certificate error.",
    }
}

/// Calls that send an HTTP request or build a client, where `verify=` / `ssl=` is a TLS switch.
const HTTP_CALLS: &[&str] = &[
    "get",
    "post",
    "put",
    "patch",
    "delete",
    "head",
    "options",
    "request",
    "send",
    "stream",
    "urlopen",
    "Client",
    "AsyncClient",
    "HTTPTransport",
    "AsyncHTTPTransport",
    "ClientSession",
    "TCPConnector",
    "ws_connect",
    "Session",
    "merge_environment_settings",
];

impl CodeRule for TlsVerificationDisabled {
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
        match node.kind() {
            "call" => check_call(node, cx),
            _ => check_assignment(node, cx),
        }
    }
}

fn check_call<'f>(call: Node<'f>, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let path = callee_path(call, src);
    if path
        .as_deref()
        .is_some_and(|p| p == "ssl._create_unverified_context" || p == "_create_unverified_context")
    {
        cx.report(
            call,
            "`ssl._create_unverified_context()` builds an SSL context that accepts any certificate for any host.",
        );
        return;
    }
    let Some(method) = method_name(call, src) else {
        return;
    };
    let label = path.clone().unwrap_or_else(|| method.to_string());
    for (name, value) in keyword_args(call, src) {
        let resolved = cx.py_taint().resolve(value);
        let is_false = resolved.kind() == "false";
        match name {
            "verify" if is_false && HTTP_CALLS.contains(&method) => {
                cx.report(
                    call,
                    format!("`{label}(...)` is called with `verify=False`: the server's certificate is not checked."),
                )
                .related(value);
            }
            "ssl" | "verify_ssl" if is_false && HTTP_CALLS.contains(&method) => {
                cx.report(
                    call,
                    format!("`{label}(...)` is called with `{name}=False`: aiohttp does not check the server's certificate."),
                )
                .related(value);
            }
            "verify_certs" | "ssl_verify" | "verify_ssl_certs" | "tls_verify" if is_false => {
                cx.report(
                    call,
                    format!("`{label}(...)` is created with `{name}=False`: the server's certificate is not checked."),
                )
                .related(value);
            }
            "ssl_cert_reqs" if is_cert_none(resolved, src) || resolved.kind() == "none" => {
                cx.report(
                    call,
                    format!("`{label}(...)` is created with `ssl_cert_reqs` off: the server's certificate is not checked."),
                )
                .related(value);
            }
            "cert_reqs" if is_cert_none(resolved, src) => {
                cx.report(
                    call,
                    format!("`{label}(...)` is created with `cert_reqs` set to `CERT_NONE`: certificates are not checked."),
                )
                .related(value);
            }
            _ => {}
        }
    }
}

fn is_cert_none(value: Node<'_>, src: &str) -> bool {
    let value = unwrap(value);
    string_value(value, src).is_some_and(|v| v == "CERT_NONE" || v == "none")
        || dotted_path(value, src).is_some_and(|p| p == "ssl.CERT_NONE" || p == "CERT_NONE")
}

fn check_assignment<'f>(assignment: Node<'f>, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let (Some(left), Some(right)) = (assignment.field("left"), assignment.field("right")) else {
        return;
    };
    if left.kind() != "attribute" {
        return;
    }
    let Some(attribute) = left.field("attribute").map(|a| text(a, src)) else {
        return;
    };
    let right = unwrap(right);
    let target = text(left, src);
    match attribute {
        "_create_default_https_context"
            if dotted_path(right, src)
                .is_some_and(|p| p.ends_with("_create_unverified_context")) =>
        {
            cx.report(
                assignment,
                "`ssl._create_default_https_context` is replaced by the unverified context: every HTTPS connection in the process skips certificate checks.",
            );
        }
        "verify_mode" if is_cert_none(right, src) => {
            cx.report(
                assignment,
                format!("`{target} = ssl.CERT_NONE` makes the SSL context accept any certificate."),
            );
        }
        "check_hostname" if right.kind() == "false" => {
            // Setting CERT_NONE needs check_hostname off first; one finding covers both.
            let scope = enclosing_function(assignment).unwrap_or_else(|| root(assignment));
            if sets_cert_none(scope, src) {
                return;
            }
            cx.report(
                assignment,
                format!(
                    "`{target} = False` accepts a valid certificate issued for any other host name."
                ),
            );
        }
        "verify" if right.kind() == "false" && is_http_session(left, cx) => {
            cx.report(
                assignment,
                format!("`{target} = False` turns off certificate checks for every request made with this session."),
            );
        }
        _ => {}
    }
}

fn root(node: Node<'_>) -> Node<'_> {
    let mut root = node;
    while let Some(p) = root.parent() {
        root = p;
    }
    root
}

fn sets_cert_none(scope: Node<'_>, src: &str) -> bool {
    let mut found = false;
    walk(scope, |n| {
        if n.kind() == "assignment"
            && n.field("left")
                .and_then(|l| l.field("attribute"))
                .is_some_and(|a| text(a, src) == "verify_mode")
            && n.field("right").is_some_and(|r| is_cert_none(r, src))
        {
            found = true;
        }
        !found
    });
    found
}

/// `session` in `session.verify = False`: named like a session or client, or built by
/// `requests.Session()` / `httpx.Client()`.
fn is_http_session<'f>(target: Node<'f>, cx: &CheckContext<'f>) -> bool {
    let src = cx.src();
    let Some(object) = target.field("object") else {
        return false;
    };
    let name = text(object, src).to_ascii_lowercase();
    if ["session", "client", "http"]
        .iter()
        .any(|n| name.contains(n))
    {
        return true;
    }
    let built = cx.py_taint().resolve(object);
    built.kind() == "call"
        && callee_path(built, src).is_some_and(|p| p.ends_with("Session") || p.ends_with("Client"))
}
