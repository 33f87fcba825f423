use super::flow::{flow_into, undecorated_route_parameter};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::node::{NodeExt, short_text, text};
use sechound_syntax::python::{method_name, positional_args, receiver, string_value, unwrap};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Request data written into a response header: `response.headers["X-Name"] = value`,
    /// `response.headers.add/set/setdefault(name, value)`, and Django `response["X-Name"] =
    /// value`, where the value (or the header's name) carries request data.
    ///
    /// ## Why it matters
    /// The client decides what the header says: a `Content-Disposition` file name that ends
    /// the header value, a `Set-Cookie` or `Link` the client wrote, or, where the server does not
    /// refuse line breaks, whole new headers and a forged body (response splitting). Werkzeug
    /// and Django refuse `\r` and `\n` in header values, which turns splitting into an error
    /// but leaves the rest.
    ///
    /// ## Not reported
    /// `Location` (reported by `py.open-redirect`), CORS headers (`py.cors-allow-all-origins`),
    /// values converted first (`int(...)`, `quote(...)`), and constants.
    ///
    /// ## Example
    /// ```python
    /// resp.headers["Content-Disposition"] = f"attachment; filename={request.args['name']}"  # reported
    /// resp.headers["Content-Disposition"] = f"attachment; filename={quote(name)}"           # fine
    /// ```
    pub struct HeaderInjection {
        id: "py.header-injection",
        title: "Response header built from request data",
        severity: Low,
        confidence: High,
        area: InputValidation,
        cwe: [113, 644],
        owasp: A03,
        effort: Minutes,
        impact: "The client controls what a response header says; where line breaks pass, it adds headers or a forged body to the response.",
        recommendation: "Write only values the server chose or validated into headers: encode file names (`urllib.parse.quote(name)` with `filename*=UTF-8''…`), map client choices to fixed values, and reject `\\r`/`\\n`.",
        verification: "Send a value containing `%0d%0aSet-Cookie:%20x=1` and a `\"` and check that the response has no extra header and the header value is encoded.",
    }
}

const SANITIZERS: &[&str] = &[
    "quote",
    "quote_plus",
    "urlencode",
    "*escape",
    "*sanitize",
    "secure_filename",
];

impl CodeRule for HeaderInjection {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Python
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["assignment", "call"]
    }

    fn check<'f>(&self, node: Node<'f>, cx: &mut CheckContext<'f>) {
        let src = cx.src();
        let (name, value) = match node.kind() {
            "assignment" => {
                let (Some(left), Some(right)) = (node.field("left"), node.field("right")) else {
                    return;
                };
                if left.kind() != "subscript" {
                    return;
                }
                let Some(target) = left.field("value").map(unwrap) else {
                    return;
                };
                let target_text = text(target, src);
                let headers = target_text.ends_with(".headers") || target_text == "headers";
                // Django: `response["X-Name"] = value` on an `HttpResponse` made here.
                let made = cx.py_taint().resolve(target);
                let django = target.kind() == "identifier"
                    && made != target
                    && made.kind() == "call"
                    && method_name(made, src).is_some_and(|n| n.ends_with("Response"));
                if !(headers || django) {
                    return;
                }
                (left.field("subscript"), right)
            }
            _ => {
                if !matches!(
                    method_name(node, src),
                    Some("add" | "set" | "setdefault" | "add_header")
                ) {
                    return;
                }
                let Some(object) = receiver(node) else { return };
                if !text(object, src).ends_with("headers") {
                    return;
                }
                let args = positional_args(node);
                let (Some(name), Some(value)) = (args.first(), args.get(1)) else {
                    return;
                };
                (Some(*name), *value)
            }
        };
        let header = name.and_then(|n| string_value(n, src)).unwrap_or_default();
        let lower = header.to_ascii_lowercase();
        if lower == "location" || lower.starts_with("access-control-") {
            return;
        }
        let usable = |n: Node<'f>| {
            flow_into(cx, n, SANITIZERS).filter(|f| !undecorated_route_parameter(cx, n, f))
        };
        let (part, flow) = match usable(value) {
            Some(flow) => ("value", flow),
            None => match name.and_then(usable) {
                Some(flow) => ("name", flow),
                None => return,
            },
        };
        let shown = if header.is_empty() {
            short_text(name.unwrap_or(node), src, 40)
        } else {
            header
        };
        let built = flow
            .built_as
            .map(|how| format!(" through {how}"))
            .unwrap_or_default();
        let message = format!(
            "{} becomes the {part} of the response header `{shown}`{built}.",
            flow.source()
        );
        cx.report(node, message).flow(flow.raw.clone());
    }
}
