use super::flow::{ClassSpec, check, flow_into};
use crate::sink_table::Class;
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_syntax::node::{NodeExt, named_children, text};
use sechound_syntax::python::{callee_path, method_name, positional_args, unwrap};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// A whole request mapping written into a model, so the client chooses which fields are
    /// set:
    /// - `Model(**request.json)`, `User(**request.POST.dict())` (a class called with the
    ///   request's fields unpacked);
    /// - `Model.objects.create(**data)`, `update(**data)`, `get_or_create(**data)`,
    ///   `update_or_create(**data)` with such a mapping;
    /// - `setattr(obj, key, value)` with a key from the request (a loop over the request's
    ///   items), and `obj.__dict__.update(request.json)`.
    ///
    /// The mapping must be the request data itself (`request.json`, `request.get_json()`,
    /// `request.form`, `request.POST`, `request.data`, or their `.dict()` / `.copy()`), not
    /// one picked field.
    ///
    /// ## Why it matters
    /// Fields the form never shows (`is_admin`, `role`, `owner_id`, `balance`, `verified`) are
    /// set by adding them to the request: privilege escalation and data tampering.
    ///
    /// ## Not reported
    /// Serializers and forms that list their fields (DRF `ModelSerializer`, Django
    /// `ModelForm`, Pydantic models with declared fields), mappings built field by field, and
    /// `**` of a dictionary the code filtered first.
    ///
    /// ## Example
    /// ```python
    /// user = User(**request.get_json())                               # reported
    /// user = User(name=body["name"], email=body["email"])             # fine
    /// ```
    pub struct MassAssignment {
        id: "py.mass-assignment",
        title: "Request fields assigned to a model wholesale",
        severity: Medium,
        confidence: Medium,
        area: Authorization,
        cwe: [915],
        owasp: A08,
        effort: Hours,
        impact: "A client can set fields it should not control, such as its role, owner or account balance.",
        recommendation: "Copy the allowed fields one by one, or validate the body with a schema that lists them (a Pydantic model, a DRF serializer with explicit `fields`, a Django `ModelForm` with `fields = [...]`) and unpack only its output.",
        verification: "Send the request with an extra field such as `\"is_admin\": true` or `\"role\": \"admin\"` and check that the stored record ignores it.",
    }
}

/// The `MassAssignment` rows of the sink table (`objects.create(**data)` and friends).
const SPEC: ClassSpec = ClassSpec::new(Class::MassAssignment, &[]);

impl CodeRule for MassAssignment {
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
        if name == "setattr" {
            check_setattr(cx, call);
            return;
        }
        if name == "update"
            && let Some(object) = sechound_syntax::python::receiver(call)
            && text(object, src).ends_with("__dict__")
        {
            if let Some(arg) = positional_args(call).first()
                && whole_request(cx, *arg)
                && let Some(flow) = flow_into(cx, *arg, &[])
            {
                let message = format!(
                    "{} and is copied into the object's attributes wholesale, so the client chooses which attributes are set.",
                    flow.describe("__dict__.update()")
                );
                cx.report(call, message).flow(flow.raw.clone());
            }
            return;
        }
        let splat = positional_args(call)
            .into_iter()
            .filter(|a| a.kind() == "dictionary_splat")
            .filter_map(|a| a.named_child(0))
            .find(|v| whole_request(cx, *v));
        let Some(splat) = splat else { return };
        // A class (capitalised) called with the request unpacked, or a manager method.
        let constructor = name.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && !matches!(
                name,
                "Response" | "JSONResponse" | "HTTPException" | "Q" | "F"
            )
            && !is_schema(cx, call, name);
        if constructor {
            if let Some(flow) = flow_into(cx, splat, &[]) {
                let message = format!(
                    "{}: every field in it is set on the model, so the client chooses which fields change.",
                    flow.describe(&format!(
                        "{}(**…)",
                        callee_path(call, src).unwrap_or_else(|| name.to_string())
                    ))
                );
                cx.report(call, message).flow(flow.raw.clone());
            }
            return;
        }
        check(cx, call, &SPEC);
    }
}

/// `setattr(obj, key, value)` with a key from the request.
fn check_setattr<'f>(cx: &mut CheckContext<'f>, call: Node<'f>) {
    let args = positional_args(call);
    let Some(key) = args.get(1) else { return };
    let Some(flow) = flow_into(cx, *key, &[]) else {
        return;
    };
    let message = format!(
        "{} as the attribute name, so the client chooses which attributes of the object change.",
        flow.describe("setattr()")
    );
    cx.report(call, message).flow(flow.raw.clone());
}

/// The request mapping itself (or a name bound to it, or its `.dict()` / `.copy()`), not a
/// picked field or a dictionary built here.
fn whole_request<'f>(cx: &CheckContext<'f>, value: Node<'f>) -> bool {
    let src = cx.src();
    let node = cx.py_taint().resolve(value);
    let node = unwrap(node);
    let expr = match node.kind() {
        "call" => {
            let name = method_name(node, src).unwrap_or("");
            if matches!(name, "dict" | "copy" | "to_dict" | "model_dump") {
                match node.field("function").and_then(|f| f.field("object")) {
                    Some(object) => object,
                    None => {
                        return positional_args(node)
                            .first()
                            .is_some_and(|a| whole_request(cx, *a));
                    }
                }
            } else if matches!(name, "get_json" | "json") {
                return text(node, src).starts_with("request.")
                    || text(node, src).starts_with("await request");
            } else {
                return false;
            }
        }
        "dictionary" => {
            return named_children(node).len() == 1
                && named_children(node)[0].kind() == "dictionary_splat"
                && named_children(node)[0]
                    .named_child(0)
                    .is_some_and(|v| whole_request(cx, v));
        }
        _ => node,
    };
    // A mapping passed in: the whole program decides whether request data reaches it.
    if unwrap(expr).kind() == "identifier" {
        let bindings = cx.py_taint().bindings(unwrap(expr));
        if !bindings.is_empty()
            && bindings
                .iter()
                .all(|b| matches!(b, sechound_syntax::BoundValue::Param(_)))
        {
            return true;
        }
    }
    let t = text(unwrap(expr), src);
    matches!(
        t,
        "request.json"
            | "request.form"
            | "request.POST"
            | "request.data"
            | "request.values"
            | "request.GET"
            | "request.args"
    )
}

/// A validation schema, not a model: its name or module says so (`UserCreate`,
/// `LoginSchema`, `from .schemas import …`, `serializers`, `forms`).
/// Endings of class names that describe what a request sends (Pydantic models, serializers,
/// forms, DTOs), not a stored record: `UserCreate`, `ItemIn`, `SignupForm`.
pub(crate) const BODY_SCHEMA_SUFFIXES: &[&str] = &[
    "Schema",
    "Serializer",
    "Form",
    "In",
    "Create",
    "Update",
    "Input",
    "Request",
    "Payload",
    "Params",
    "Query",
    "Body",
    "Dto",
    "DTO",
];

fn is_schema<'f>(cx: &CheckContext<'f>, call: Node<'f>, name: &str) -> bool {
    const MORE: &[&str] = &["Args", "Data", "Config", "Settings", "Options"];
    const MODULES: &[&str] = &[
        "schema",
        "serializer",
        "form",
        "dto",
        "validator",
        "request",
    ];
    BODY_SCHEMA_SUFFIXES
        .iter()
        .chain(MORE)
        .any(|s| name.ends_with(s))
        || cx.qualified(call).is_some_and(|q| {
            let module = q
                .rsplit_once('.')
                .map_or("", |(m, _)| m)
                .to_ascii_lowercase();
            MODULES.iter().any(|m| module.contains(m))
        })
}
