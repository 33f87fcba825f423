use super::flow::flow_into;
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::js::{arguments, method_name, receiver, string_value, unwrap};
use sechound_syntax::node::{NodeExt, named_children, text};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Request data written into a response header: `res.setHeader(name, value)`,
    /// `res.set(name, value)`, `res.header(name, value)`, `res.append(name, value)`, Fastify
    /// `reply.header(name, value)`, and the headers object of `res.writeHead(status, {...})`,
    /// where the value (or the header's name) carries request data.
    ///
    /// ## Why it matters
    /// The client decides what the header says: a `Content-Disposition` file name that ends the
    /// header value, a `Link` or `Set-Cookie` the client wrote, a `Content-Type` that turns the
    /// body into HTML. Node refuses `\r` and `\n` in header values, which turns response
    /// splitting into an error but leaves the rest.
    ///
    /// ## Not reported
    /// `Location` (reported by `js.open-redirect`), CORS headers (`js.cors-allow-all-origins`),
    /// values converted first (`Number(...)`, `encodeURIComponent(...)`), and constants.
    ///
    /// ## Example
    /// ```js
    /// res.setHeader("Content-Disposition", `attachment; filename="${req.query.name}"`);  // reported
    /// res.attachment(path.basename(req.query.name));                                     // fine
    /// ```
    pub struct HeaderInjection {
        id: "js.header-injection",
        title: "Response header built from request data",
        severity: Low,
        confidence: High,
        area: InputValidation,
        cwe: [113, 644],
        owasp: A03,
        effort: Minutes,
        impact: "The client controls what a response header says; where line breaks pass, it adds headers or a forged body to the response.",
        recommendation: "Write only values the server chose or validated into headers: encode file names (`res.attachment(name)` or `encodeURIComponent` with `filename*=UTF-8''…`), map client choices to fixed values, and reject `\\r`/`\\n`.",
        verification: "Send a value containing `%0d%0aSet-Cookie:%20x=1` and a `\"` and check that the response has no extra header and the header value is encoded.",
    }
}

const SANITIZERS: &[&str] = &[
    "encodeURIComponent",
    "encodeURI",
    "basename",
    "contentDisposition",
    "*escape",
    "*sanitize",
];

impl CodeRule for HeaderInjection {
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
        let Some(object) = receiver(call) else { return };
        let object = text(unwrap(object), src);
        if !matches!(
            object,
            "res" | "response" | "reply" | "resp" | "ctx" | "ctx.response"
        ) {
            return;
        }
        let args = arguments(call);
        let pairs: Vec<(Node<'f>, Node<'f>)> = match method {
            "setHeader" | "set" | "header" | "append" | "appendHeader" if args.len() >= 2 => {
                vec![(args[0], args[1])]
            }
            "writeHead" => args
                .iter()
                .map(|a| cx.js_taint().resolve(*a))
                .filter(|a| a.kind() == "object")
                .flat_map(named_children)
                .filter(|p| p.kind() == "pair")
                .filter_map(|p| Some((p.field("key")?, p.field("value")?)))
                .collect(),
            _ => return,
        };
        for (name, value) in pairs {
            let header = string_value(name, src)
                .or_else(|| {
                    (name.kind() == "property_identifier").then(|| text(name, src).to_string())
                })
                .unwrap_or_default();
            let lower = header.to_ascii_lowercase();
            if lower == "location" || lower.starts_with("access-control-") {
                continue;
            }
            let (part, flow) = match flow_into(cx, value, SANITIZERS) {
                Some(flow) => ("value", flow),
                None if header.is_empty() => match flow_into(cx, name, SANITIZERS) {
                    Some(flow) => ("name", flow),
                    None => continue,
                },
                None => continue,
            };
            let shown = if header.is_empty() {
                sechound_syntax::node::short_text(name, src, 40)
            } else {
                header
            };
            let message = format!(
                "{} and becomes the {part} of the response header `{shown}`.",
                flow.describe(&format!("{object}.{method}"))
            );
            cx.report(call, message).flow(flow.raw.clone());
            return;
        }
    }
}
