use super::flow::{ClassSpec, check, flow_into};
use crate::sink_table::Class;
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::Confidence;
use sechound_syntax::node::text;
use sechound_syntax::python::{
    callee_path, decorators, enclosing_function, keyword_arg, string_value, unwrap,
};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Request data written into an HTML response without escaping:
    /// - a string returned from a Flask view (Flask sends strings as `text/html`) that carries
    ///   request data, built with an f-string, `%`, `.format()`, `+` or `+=`;
    /// - `make_response(html)`, `Response(html)`, Django `HttpResponse(html)` and
    ///   Starlette/FastAPI `HTMLResponse(html)` given such a value.
    ///
    /// The request data is followed through local assignments and across functions and files.
    /// A value with HTML markup around it is high confidence; text without markup is medium
    /// (the browser still parses it as HTML).
    ///
    /// ## Why it matters
    /// Script in the value runs in the victim's browser on the application's origin: it reads
    /// the page and its tokens and acts as the user.
    ///
    /// ## Not reported
    /// Values passed through an escaping function (`markupsafe.escape`, `html.escape`, any
    /// function whose name says it escapes or sanitizes), templates rendered with
    /// `render_template` (auto-escaped), `jsonify` and dictionaries (JSON), responses with a JSON
    /// or plain-text content type, and FastAPI string returns (sent as JSON). Values marked safe
    /// with `Markup`/`mark_safe` are reported by `py.template-injection`.
    ///
    /// ## Example
    /// ```python
    /// @app.route("/hello")
    /// def hello():
    ///     return f"<h1>Hello {request.args['name']}</h1>"           # reported
    ///     return f"<h1>Hello {escape(request.args['name'])}</h1>"   # fine
    /// ```
    pub struct Xss {
        id: "py.xss",
        title: "Request data written into HTML",
        severity: High,
        confidence: High,
        area: InputValidation,
        cwe: [79],
        owasp: A03,
        effort: Minutes,
        impact: "Script supplied by an attacker runs in users' browsers on the application's origin, with access to their session and data.",
        recommendation: "Render HTML with templates (`render_template`, Django templates), which escape variables, or escape each value first (`markupsafe.escape(value)`, `html.escape(value)`); return data as JSON (`jsonify`).",
        verification: "Send `<img src=x onerror=alert(1)>` as the value and check that the response contains `&lt;img` and no dialog appears.",
    }
}

/// The `Xss` rows of the sink table; escaping functions make a value safe.
const SPEC: ClassSpec = ClassSpec::new(
    Class::Xss,
    &[
        "*escape",
        "*sanitize",
        "clean",
        "urlencode",
        "quote",
        "quote_plus",
        "jsonify",
        "dumps",
    ],
);

impl CodeRule for Xss {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Python
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call", "return_statement"]
    }

    fn check<'f>(&self, node: Node<'f>, cx: &mut CheckContext<'f>) {
        match node.kind() {
            "call" => {
                if !json_or_text(cx, node) {
                    check(cx, node, &SPEC);
                }
            }
            _ => check_flask_return(cx, node),
        }
    }
}

/// `Response(x, mimetype="application/json")`, `HttpResponse(x, content_type="text/plain")`.
fn json_or_text(cx: &CheckContext<'_>, call: Node<'_>) -> bool {
    let src = cx.src();
    ["mimetype", "content_type", "media_type"].iter().any(|k| {
        keyword_arg(call, src, k)
            .and_then(|v| string_value(v, src))
            .is_some_and(|t| !t.contains("html"))
    })
}

/// A string returned by a Flask view.
fn check_flask_return<'f>(cx: &mut CheckContext<'f>, statement: Node<'f>) {
    let src = cx.src();
    let Some(value) = statement.named_child(0).map(unwrap) else {
        return;
    };
    if !cx.imports_module("flask") || cx.imports_module("fastapi") {
        return;
    }
    let Some(function) = enclosing_function(statement) else {
        return;
    };
    if !is_flask_view(function, src) || !is_text(cx, value) {
        return;
    }
    let Some(flow) = flow_into(cx, value, SPEC.sanitizers) else {
        return;
    };
    let markup = has_markup(cx, value);
    let built = flow
        .built_as
        .map(|how| format!(" through {how}"))
        .unwrap_or_default();
    let message = format!(
        "{} is returned from a Flask view{built}, and Flask sends a returned string as an HTML page{}.",
        flow.source(),
        if markup {
            ""
        } else {
            " (no markup around it, but the browser still parses it as HTML)"
        }
    );
    let finding = cx.report(statement, message);
    finding.flow(flow.raw.clone());
    if !markup {
        finding.confidence(Confidence::Medium);
    }
}

/// `@app.route(...)`, `@bp.get(...)`: a Flask view.
fn is_flask_view(function: Node<'_>, src: &str) -> bool {
    decorators(function).into_iter().any(|d| {
        let d = unwrap(d);
        d.kind() == "call"
            && callee_path(d, src).is_some_and(|p| {
                let last = p.rsplit('.').next().unwrap_or(&p);
                matches!(last, "route" | "get" | "post" | "put" | "patch" | "delete")
            })
    })
}

/// A string value: a literal, a built string, or a name last given one (not a dict, a list, a
/// response object or a template rendering).
fn is_text<'f>(cx: &CheckContext<'f>, value: Node<'f>) -> bool {
    let node = cx.py_taint().resolve(value);
    match node.kind() {
        "string" | "concatenated_string" | "binary_operator" => true,
        "call" => matches!(
            sechound_syntax::python::method_name(node, cx.src()),
            Some("str" | "format" | "join" | "replace" | "strip" | "decode")
        ),
        "identifier" | "subscript" | "attribute" => {
            // The request value itself, or a name whose bindings are strings (`RESPONSE += …`).
            let bindings = cx.py_taint().bindings(node);
            bindings.is_empty()
                || bindings.iter().any(|b| match b {
                    sechound_syntax::BoundValue::Expr(v) => {
                        matches!(unwrap(*v).kind(), "string" | "binary_operator")
                    }
                    _ => false,
                })
        }
        _ => false,
    }
}

/// True when the fixed text around the value has HTML markup (`<tag`, `</`).
fn has_markup<'f>(cx: &CheckContext<'f>, value: Node<'f>) -> bool {
    let mut found = false;
    let node = cx.py_taint().resolve(value);
    let mut seen = vec![node];
    if node.kind() == "identifier" {
        for b in cx.py_taint().bindings(node) {
            if let sechound_syntax::BoundValue::Expr(v) = b {
                seen.push(v);
            }
        }
    }
    for n in seen {
        sechound_syntax::node::walk(n, |c| {
            if matches!(c.kind(), "string_content") {
                let t = text(c, cx.src());
                if t.contains("</") || t.contains("/>") || t.contains("<br") || contains_tag(t) {
                    found = true;
                }
            }
            !found
        });
    }
    found
}

fn contains_tag(t: &str) -> bool {
    t.match_indices('<').any(|(i, _)| {
        t[i + 1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic())
    })
}
