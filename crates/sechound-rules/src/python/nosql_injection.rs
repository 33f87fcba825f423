use super::flow::{ClassSpec, Hit, flow_into, hits};
use super::sinks::sink_name;
use crate::sink_table::Class;
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::Confidence;
use sechound_syntax::node::{NodeExt, named_children, text};
use sechound_syntax::python::{method_name, string_value, unwrap};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// MongoDB queries (pymongo, Motor) the client can turn into operators or code:
    /// - a filter that is the parsed JSON body itself (`collection.find(request.json)`), or a
    ///   filter field whose value comes straight from a JSON body (`{"password":
    ///   body["password"]}`): a JSON object there is read as an operator (`{"$ne": null}`);
    /// - a `$where` clause that carries request data: MongoDB runs it as JavaScript.
    ///
    /// Query strings and form fields are text and cannot carry operators; they are not
    /// reported in plain fields.
    ///
    /// ## Why it matters
    /// `{"password": {"$ne": null}}` matches every user and passes a login check; `$regex`
    /// and `$gt` enumerate data; a `$where` string runs code inside the database.
    ///
    /// ## Not reported
    /// Values converted to text or numbers (`str(...)`, `int(...)`, `ObjectId(...)`), filters
    /// built from query-string or form values, and `$where` with constant code.
    ///
    /// ## Example
    /// ```python
    /// db.users.find_one({"name": body["name"], "password": body["password"]})        # reported
    /// db.users.find_one({"name": str(body["name"]), "password": str(body["password"])}) # fine
    /// ```
    pub struct NosqlInjection {
        id: "py.nosql-injection",
        title: "MongoDB query built from request JSON",
        severity: High,
        confidence: High,
        area: InputValidation,
        cwe: [943],
        owasp: A03,
        effort: Minutes,
        impact: "A client can replace a value with a query operator and match records it should not (bypassing a password check), or run JavaScript in the database through `$where`.",
        recommendation: "Convert each value to the type it should be (`str(value)`, `int(value)`, `ObjectId(value)`) or validate the body with a schema (Pydantic, marshmallow) before it reaches the query; never put client text into `$where`.",
        verification: "Send `{\"password\": {\"$ne\": null}}` in the body and check that the login fails and the query received a string.",
    }
}

const SPEC: ClassSpec = ClassSpec::new(Class::Nosql, &["str", "ObjectId", "escape"]);

impl CodeRule for NosqlInjection {
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
        for hit in hits(cx, call, Class::Nosql) {
            if check_filter(cx, call, &hit) {
                return;
            }
        }
    }
}

fn check_filter<'f>(cx: &mut CheckContext<'f>, call: Node<'f>, hit: &Hit<'f>) -> bool {
    let src = cx.src();
    let Some(filter) = hit.args.first() else {
        return false;
    };
    let sink = sink_name(call, src);
    let resolved = unwrap(cx.py_taint().resolve(*filter));
    if resolved.kind() != "dictionary" {
        // The whole filter from the body.
        if json_body(cx, resolved)
            && let Some(flow) = flow_into(cx, resolved, SPEC.sanitizers)
        {
            let message = format!(
                "{} and is the whole query filter, so the client writes operators (`$ne`, `$gt`, `$where`) into it.",
                flow.describe(&sink)
            );
            cx.report(call, message).flow(flow.raw.clone());
            return true;
        }
        return false;
    }
    for pair in named_children(resolved) {
        if pair.kind() != "pair" {
            continue;
        }
        let (Some(key), Some(value)) = (pair.field("key"), pair.field("value")) else {
            continue;
        };
        let key = string_value(key, src).unwrap_or_default();
        if key == "$where" {
            if let Some(flow) = flow_into(cx, value, SPEC.sanitizers) {
                let message = format!(
                    "{} in a `$where` clause, which MongoDB runs as JavaScript.",
                    flow.describe(&sink)
                );
                cx.report(call, message).flow(flow.raw.clone());
                return true;
            }
            continue;
        }
        if json_body(cx, unwrap(value))
            && let Some(flow) = flow_into(cx, value, SPEC.sanitizers)
        {
            let message = format!(
                "{} unconverted as the value of `{key}` in the query filter: a JSON object there is read as an operator (`{{\"$ne\": null}}`).",
                flow.describe(&sink)
            );
            let finding = cx.report(call, message);
            finding.flow(flow.raw.clone());
            if flow.is_pending() {
                finding.confidence(Confidence::Medium);
            }
            return true;
        }
    }
    false
}

/// A value read from a parsed JSON body (it may be an object): `request.json`, `request.get_json()`,
/// `await request.json()`, DRF `request.data`, or a field of one of those, or a name bound to one.
fn json_body<'f>(cx: &CheckContext<'f>, value: Node<'f>) -> bool {
    let src = cx.src();
    let mut node = unwrap(value);
    for _ in 0..4 {
        match node.kind() {
            "subscript" => node = node.field("value").map(unwrap).unwrap_or(node),
            "call" if method_name(node, src) == Some("get") => {
                match node.field("function").and_then(|f| f.field("object")) {
                    Some(object) => node = unwrap(object),
                    None => break,
                }
            }
            "identifier" => {
                let resolved = cx.py_taint().resolve(node);
                if resolved == node {
                    break;
                }
                node = unwrap(resolved);
            }
            _ => break,
        }
    }
    // A filter passed in: the whole program decides whether request data reaches it.
    if node.kind() == "identifier" {
        let bindings = cx.py_taint().bindings(node);
        if !bindings.is_empty()
            && bindings
                .iter()
                .all(|b| matches!(b, sechound_syntax::BoundValue::Param(_)))
        {
            return true;
        }
    }
    let t = text(node, src);
    matches!(
        t,
        "request.json" | "request.data" | "request.get_json()" | "request.get_json(force=True)"
    ) || (node.kind() == "call"
        && matches!(method_name(node, src), Some("get_json" | "json"))
        && t.starts_with("request"))
}
