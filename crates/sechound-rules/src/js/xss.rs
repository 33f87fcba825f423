use super::sinks::{fixed_text, is_string_construction, sink_name, string_pieces, tainted_flow};
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::js::{
    arguments, callee, callee_path, dotted_path, enclosing_function, method_name, object_property,
    receiver, unwrap,
};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, short_text, text};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// HTML put together from untrusted data without escaping:
    /// - reflected XSS on the server: `res.send` / `res.write` / `res.end` (and Fastify
    ///   `reply.send` when the handler sets `text/html`, Koa `ctx.body =`, a string returned
    ///   from a NestJS `@Get()`/`@Post()` handler) with HTML markup built from request data.
    ///   Express sends strings as `text/html`, so a request value concatenated into any
    ///   `res.send` text is reported too, with low confidence. The request's own URL
    ///   (`req.originalUrl`) in markup is medium confidence: browsers percent-encode `<` and `"`
    ///   in paths, but not every client does;
    /// - DOM XSS in the browser: `element.innerHTML` / `outerHTML =`, `insertAdjacentHTML`,
    ///   `document.write` with request data or with `location.search` / `location.hash` /
    ///   `document.URL` / `document.referrer` / `window.name`;
    /// - React `dangerouslySetInnerHTML={{ __html: value }}` where the value is not a literal and
    ///   not passed through a sanitiser (DOMPurify `sanitize`, `sanitize-html`, `xss`). React
    ///   code has no request object, so this form is reported with medium confidence: the
    ///   finding asks where the HTML comes from; it is high when the value comes from the URL.
    ///
    /// ## Why it matters
    /// Script in the value runs in the victim's browser on the application's origin: it reads
    /// the page and its tokens, acts as the user, and can rewrite what the user sees.
    ///
    /// ## Not reported
    /// `res.json(…)` (JSON-encoded), values passed through an escaping function
    /// (`escape-html`, `he.encode`, `validator.escape`, a template engine's auto-escaping),
    /// `textContent` / `innerText`, and a request value sent as a whole (`res.send(req.body)`
    /// answers JSON for objects).
    ///
    /// ## Example
    /// ```js
    /// app.get('/hello', (req, res) => {
    ///   res.send(`<h1>Hello ${req.query.name}</h1>`);           // reported
    ///   res.send(`<h1>Hello ${escapeHtml(req.query.name)}</h1>`); // fine
    /// });
    /// ```
    pub struct Xss {
        id: "js.xss",
        title: "Untrusted data written into HTML",
        severity: High,
        confidence: High,
        area: InputValidation,
        cwe: [79],
        owasp: A03,
        effort: Minutes,
        impact: "Script supplied by an attacker runs in users' browsers on the application's origin, with access to their session and data.",
        recommendation: "Render HTML with a template engine that escapes by default, or escape every value (`escapeHtml(value)` from `escape-html`, `he.encode`) before it is placed in markup; answer data with `res.json`. In the browser set `textContent` instead of `innerHTML`; when HTML is really needed, pass it through `DOMPurify.sanitize(html)` first.",
        verification: "Send `<img src=x onerror=alert(1)>` as the value and check that the page shows it as text (the response contains `&lt;img`) and no dialog appears.",
    }
}

/// Functions whose output is safe to place in HTML.
const SANITISERS: &[&str] = &[
    "sanitize",
    "sanitizeHtml",
    "purify",
    "xss",
    "escape",
    "escapeHtml",
    "encode",
    "filterXSS",
    "clean",
    "stringify",
];

/// Browser values the page's URL or another window controls.
const DOM_SOURCES: &[&str] = &[
    "location.search",
    "location.hash",
    "location.href",
    "location.pathname",
    "document.URL",
    "document.documentURI",
    "document.referrer",
    "document.baseURI",
    "window.name",
];

impl CodeRule for Xss {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Js
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &[
            "call_expression",
            "assignment_expression",
            "jsx_attribute",
            "return_statement",
        ]
    }

    fn check<'f>(&self, node: Node<'f>, cx: &mut CheckContext<'f>) {
        match node.kind() {
            "call_expression" => check_call(node, cx),
            "assignment_expression" => check_assignment(node, cx),
            "jsx_attribute" => check_dangerously_set_inner_html(node, cx),
            "return_statement" => check_nest_handler_return(node, cx),
            _ => {}
        }
    }
}

fn check_call<'f>(call: Node<'f>, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let Some(method) = method_name(call, src) else {
        return;
    };
    let Some(object) = receiver(call) else { return };
    let object_name = text(chain_root(object), src);
    let args = arguments(call);
    match method {
        "send" | "write" | "end" if matches!(object_name, "res" | "response" | "reply") => {
            let Some(body) = args.first().copied() else {
                return;
            };
            let Some(flow) = tainted_flow(cx, body) else {
                return;
            };
            let pieces = string_pieces(cx, body);
            let html = has_markup(&fixed_text(cx, &pieces));
            let fastify = object_name == "reply";
            if fastify && !sets_html_type(call, cx) {
                return;
            }
            let sink = sink_name(call, src);
            if html {
                let message = format!(
                    "{} inside HTML markup without escaping, so script in the value runs in the browser.",
                    flow.describe(&sink)
                );
                let own_url = is_own_url(&flow.trace.source);
                let finding = cx.report(call, message);
                finding.flow(flow.raw.clone());
                if own_url {
                    finding.confidence(Confidence::Medium);
                }
            } else if method == "send" && !fastify && is_string_construction(&pieces) {
                let message = format!(
                    "{} inside a text response; `res.send` with a string answers `text/html`, so markup in the value is rendered.",
                    flow.describe(&sink)
                );
                cx.report(call, message)
                    .confidence(Confidence::Low)
                    .severity(Severity::Medium)
                    .flow(flow.raw.clone());
            }
        }
        "insertAdjacentHTML" => {
            if let Some(html) = args.get(1).copied() {
                report_dom(cx, call, html, "insertAdjacentHTML");
            }
        }
        "write" | "writeln" if object_name == "document" => {
            if let Some(html) = args.first().copied() {
                report_dom(cx, call, html, "document.write");
            }
        }
        _ => {}
    }
}

fn check_assignment<'f>(assignment: Node<'f>, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let (Some(left), Some(right)) = (assignment.field("left"), assignment.field("right")) else {
        return;
    };
    if left.kind() != "member_expression" {
        return;
    }
    let Some(property) = left.field("property").map(|p| text(p, src)) else {
        return;
    };
    match property {
        "innerHTML" | "outerHTML" => report_dom(cx, assignment, right, property),
        // Koa: `ctx.body = '<h1>' + name` answers text/html when the string starts with `<`.
        "body" if dotted_path(left, src).as_deref() == Some("ctx.body") => {
            let Some(flow) = tainted_flow(cx, right) else {
                return;
            };
            let pieces = string_pieces(cx, right);
            let fixed = fixed_text(cx, &pieces);
            if has_markup(&fixed) {
                let message = format!(
                    "{} inside the HTML response body without escaping, so script in the value runs in the browser.",
                    flow.describe("ctx.body")
                );
                cx.report(assignment, message).flow(flow.raw.clone());
            }
        }
        _ => {}
    }
}

/// NestJS answers a string returned from a route handler as `text/html`.
fn check_nest_handler_return<'f>(statement: Node<'f>, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let Some(value) = statement.named_child(0) else {
        return;
    };
    let Some(method) = enclosing_function(statement) else {
        return;
    };
    if method.kind() != "method_definition" || !has_route_decorator(method, src) {
        return;
    }
    let Some(flow) = tainted_flow(cx, value) else {
        return;
    };
    let pieces = string_pieces(cx, value);
    if !has_markup(&fixed_text(cx, &pieces)) {
        return;
    }
    let message = format!(
        "{} inside HTML markup returned from a NestJS handler (sent as `text/html`) without escaping, so script in the value runs in the browser.",
        flow.describe("return")
    );
    cx.report(statement, message).flow(flow.raw.clone());
}

/// `@Get()`, `@Post(':id')`, … on a controller method.
fn has_route_decorator(method: Node<'_>, src: &str) -> bool {
    let mut decorators = named_children(method);
    let mut previous = method.prev_named_sibling();
    while let Some(node) = previous {
        if node.kind() != "decorator" {
            break;
        }
        decorators.push(node);
        previous = node.prev_named_sibling();
    }
    decorators
        .iter()
        .filter(|d| d.kind() == "decorator")
        .any(|d| {
            let name = text(*d, src).trim_start_matches('@');
            let name = name.split('(').next().unwrap_or("");
            matches!(name, "Get" | "Post" | "Put" | "Patch" | "Delete" | "All")
        })
}

/// `innerHTML`-style sinks: request data (server-side DOM) or a browser URL source.
fn report_dom<'f>(cx: &mut CheckContext<'f>, sink: Node<'f>, html: Node<'f>, api: &str) {
    let flow = tainted_flow(cx, html);
    // Request data read here first, then a browser URL source, then a value that only the
    // whole program can follow to request data.
    if let Some(flow) = flow.as_ref().filter(|f| !f.is_pending()) {
        let message = format!(
            "{} through `{api}`, which parses it as HTML.",
            flow.describe(api)
        );
        cx.report(sink, message).flow(flow.raw.clone());
        return;
    }
    if let Some(source) = dom_source(cx, html, 0) {
        let message = format!(
            "`{source}` reaches `{api}`, which parses it as HTML, so a crafted link runs script in the page."
        );
        cx.report(sink, message);
        return;
    }
    if let Some(flow) = flow {
        let message = format!(
            "{} through `{api}`, which parses it as HTML.",
            flow.describe(api)
        );
        cx.report(sink, message).flow(flow.raw.clone());
    }
}

/// A browser URL source (`location.hash`, `document.referrer`, …) in `expr`, followed through
/// locals, concatenation and method calls on it; sanitising or encoding calls end the search.
fn dom_source<'f>(cx: &CheckContext<'f>, expr: Node<'f>, depth: u32) -> Option<String> {
    if depth > 6 {
        return None;
    }
    let src = cx.src();
    let node = unwrap(expr);
    match node.kind() {
        "member_expression" => {
            if let Some(path) = dotted_path(node, src)
                && let Some(found) = DOM_SOURCES
                    .iter()
                    .find(|s| path == **s || path.ends_with(&format!(".{s}")))
            {
                return Some(found.to_string());
            }
            dom_source(cx, node.field("object")?, depth + 1)
        }
        "call_expression" | "new_expression" => {
            let function = callee(node).map(|c| text(c, src)).unwrap_or("");
            let last = function.rsplit('.').next().unwrap_or(function);
            if is_sanitiser(last)
                || last.starts_with("encode")
                || last.starts_with("parse")
                || last == "Number"
            {
                return None;
            }
            if let Some(object) = receiver(node)
                && let Some(found) = dom_source(cx, object, depth + 1)
            {
                return Some(found);
            }
            arguments(node)
                .into_iter()
                .find_map(|a| dom_source(cx, a, depth + 1))
        }
        "binary_expression"
        | "template_string"
        | "template_substitution"
        | "parenthesized_expression"
        | "ternary_expression" => named_children(node)
            .into_iter()
            .find_map(|c| dom_source(cx, c, depth + 1)),
        "identifier" => {
            let resolved = cx.js_taint().resolve(node);
            (resolved != node)
                .then(|| dom_source(cx, resolved, depth + 1))
                .flatten()
        }
        _ => None,
    }
}

fn check_dangerously_set_inner_html<'f>(attribute: Node<'f>, cx: &mut CheckContext<'f>) {
    let src = cx.src();
    let Some(name) = attribute.named_child(0) else {
        return;
    };
    if text(name, src) != "dangerouslySetInnerHTML" {
        return;
    }
    let Some(value) = attribute.named_child(1) else {
        return;
    };
    let Some(object) = named_children(value)
        .into_iter()
        .find(|c| c.kind() == "object")
    else {
        return;
    };
    let Some(html) = object_property(object, src, "__html") else {
        return;
    };
    let html = unwrap(html);
    if is_safe_html(cx, html, 0) {
        return;
    }
    let shown = short_text(html, src, 40);
    // A pending flow is not needed here: without request data read in this file, the value is
    // reported below as unsanitised HTML anyway.
    if let Some(flow) = tainted_flow(cx, html).filter(|f| !f.is_pending()) {
        let message = format!(
            "{} through `dangerouslySetInnerHTML`, which renders it as raw HTML.",
            flow.describe("dangerouslySetInnerHTML")
        );
        cx.report(attribute, message).flow(flow.raw.clone());
        return;
    }
    if let Some(source) = dom_source(cx, html, 0) {
        let message = format!(
            "`{source}` reaches `dangerouslySetInnerHTML` through `{shown}`, so a crafted link runs script in the page."
        );
        cx.report(attribute, message);
        return;
    }
    let message = format!(
        "`{shown}` is rendered as raw HTML through `dangerouslySetInnerHTML` without a sanitiser; check that it can never hold user-supplied markup, or pass it through `DOMPurify.sanitize`."
    );
    cx.report(attribute, message)
        .confidence(Confidence::Medium)
        .severity(Severity::Medium);
}

/// Literals, sanitiser calls and locals that hold one of them.
fn is_safe_html<'f>(cx: &CheckContext<'f>, html: Node<'f>, depth: u32) -> bool {
    let src = cx.src();
    let node = unwrap(html);
    if depth > 4 {
        return false;
    }
    match node.kind() {
        "string" | "number" => true,
        "template_string" => sechound_syntax::js::string_value(node, src).is_some(),
        "call_expression" => callee_path(node, src)
            .or_else(|| method_name(node, src).map(str::to_string))
            .is_some_and(|path| is_sanitiser(path.rsplit('.').next().unwrap_or(&path))),
        "identifier" => {
            let resolved = cx.js_taint().resolve(node);
            resolved != node && is_safe_html(cx, resolved, depth + 1)
        }
        "ternary_expression" => {
            let consequence = node.field("consequence");
            let alternative = node.field("alternative");
            consequence.is_some_and(|c| is_safe_html(cx, c, depth + 1))
                && alternative.is_some_and(|a| is_safe_html(cx, a, depth + 1))
        }
        _ => false,
    }
}

fn is_sanitiser(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    SANITISERS.iter().any(|s| lower == s.to_ascii_lowercase())
        || lower.contains("sanitiz")
        || lower.contains("sanitis")
        || lower.contains("escape")
        || lower.contains("purify")
}

/// `<tag` or `</tag` in the fixed text of a response.
fn has_markup(fixed: &str) -> bool {
    let bytes = fixed.as_bytes();
    bytes
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!'))
}

/// True when the handler around `call` declares an HTML content type (`reply.type('text/html')`).
fn sets_html_type(call: Node<'_>, cx: &CheckContext<'_>) -> bool {
    enclosing_function(call).is_some_and(|f| text(f, cx.src()).contains("text/html"))
}

/// The object a call chain starts from: `res` in `res.status(404).type('html')`.
fn chain_root(node: Node<'_>) -> Node<'_> {
    let mut current = unwrap(node);
    loop {
        let next = match current.kind() {
            "call_expression" => callee(current),
            "member_expression" => current.field("object"),
            _ => None,
        };
        match next {
            Some(n) => current = unwrap(n),
            None => return current,
        }
    }
}

/// `req.url`, `req.originalUrl`: the path the browser itself requested.
fn is_own_url(source: &str) -> bool {
    source.matches('.').count() == 1
        && (source.ends_with(".url") || source.ends_with(".originalUrl"))
}
