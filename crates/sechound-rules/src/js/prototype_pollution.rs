use super::flow::{Hit, hits};
use super::sinks::{sink_name, tainted_flow, unconverted_or_param_flow};
use crate::sink_table::Class;
use crate::{CheckContext, CodeRule, declare_rule};
use sechound_core::{Confidence, Severity};
use sechound_syntax::js::{FUNCTION_KINDS, callee_path, enclosing_function, unwrap};
use sechound_syntax::node::{NodeExt, text, walk};
use sechound_syntax::{Family, Node};

declare_rule! {
    /// ## What it finds
    /// Objects from the request merged deeply, or request text used as a property path:
    /// - lodash `merge`, `mergeWith`, `defaultsDeep`, `deepmerge`, `merge.recursive`,
    ///   `mixin-deep`, `defaults-deep` and jQuery `extend` given the parsed body (or a part of it
    ///   that may be an object);
    /// - lodash `set`/`setWith`/`zipObjectDeep`, `dot-prop`, `set-value`, `object-path` given a
    ///   path from the request;
    /// - `obj[a][b] = value` where both keys come from the request;
    /// - a hand-written recursive merge (a function that copies `source[key]` into
    ///   `target[key]` for every key and calls itself for nested objects) with no check for
    ///   `__proto__`, `constructor` or `prototype` (medium confidence: whether it ever receives
    ///   request data is not followed).
    ///
    /// ## Why it matters
    /// A body such as `{"__proto__": {"isAdmin": true}}` merged this way writes to
    /// `Object.prototype`: every object of the process then has `isAdmin`, which bypasses
    /// checks, changes options of libraries (template engines, child processes) and can end in
    /// code execution.
    ///
    /// ## Not reported
    /// Shallow copies (`Object.assign`, spread), merges of values converted to text, and
    /// merge functions that skip `__proto__`/`constructor` keys or use `Object.create(null)`
    /// targets.
    ///
    /// ## Example
    /// ```js
    /// _.merge(settings, req.body);                       // reported
    /// Object.assign(settings, pick(req.body, FIELDS));   // fine
    /// ```
    pub struct PrototypePollution {
        id: "js.prototype-pollution",
        title: "Prototype pollution through a deep merge or property path",
        severity: High,
        confidence: High,
        area: InputValidation,
        cwe: [1321, 915],
        owasp: A08,
        effort: Hours,
        impact: "A client writes properties onto `Object.prototype`, changing the behaviour of every object in the process: authorization checks, library options, sometimes code execution.",
        recommendation: "Validate the body against a schema and copy only the fields you expect; merge into `Object.create(null)` objects or use `Map`; skip `__proto__`, `constructor` and `prototype` keys in merge helpers; upgrade lodash (4.17.21 or later) and run Node with `--disable-proto=delete`.",
        verification: "Send `{\"__proto__\": {\"polluted\": \"yes\"}}` (and `{\"constructor\": {\"prototype\": {\"polluted\": \"yes\"}}}`) and check that `({}).polluted` stays undefined in the service afterwards.",
    }
}

impl CodeRule for PrototypePollution {
    fn meta(&self) -> &'static sechound_core::RuleMeta {
        &Self::META
    }

    fn family(&self) -> Family {
        Family::Js
    }

    fn node_kinds(&self) -> &'static [&'static str] {
        &["call_expression", "assignment_expression"]
    }

    fn check<'f>(&self, node: Node<'f>, cx: &mut CheckContext<'f>) {
        if node.kind() == "assignment_expression" {
            check_assignment(cx, node);
            return;
        }
        for hit in hits(cx, node, Class::PrototypePollution) {
            if check_hit(cx, node, &hit) {
                return;
            }
        }
    }
}

fn check_hit<'f>(cx: &mut CheckContext<'f>, call: Node<'f>, hit: &Hit<'f>) -> bool {
    let sink = sink_name(call, cx.src());
    let merges = hit.sink.effect.starts_with("deep-merges");
    for (position, &arg) in hit.args.iter().enumerate() {
        // The target of a merge is not what pollutes it.
        if merges && position == 0 && hit.args.len() > 1 {
            continue;
        }
        let flow = if merges {
            unconverted_or_param_flow(cx, arg)
        } else {
            tainted_flow(cx, arg)
        };
        let Some(flow) = flow else { continue };
        let what = if merges {
            "is merged deeply into an object: a `__proto__` key in it writes to `Object.prototype`"
        } else {
            "is the path of the property set: `__proto__.x` writes to `Object.prototype`"
        };
        let message = format!("{} and {what}.", flow.describe(&sink));
        cx.report(call, message).flow(flow.raw.clone());
        return true;
    }
    false
}

/// The hand-written merge functions of a file already reported (one finding per function).
#[derive(Default)]
struct ReportedMerges(std::cell::RefCell<std::collections::HashSet<usize>>);

/// `obj[a][b] = value` with both keys from the request, or the copy step of a hand-written
/// recursive merge.
fn check_assignment<'f>(cx: &mut CheckContext<'f>, assignment: Node<'f>) {
    let Some(left) = assignment.field("left").map(unwrap) else {
        return;
    };
    if left.kind() != "subscript_expression" {
        return;
    }
    let Some(inner) = left.field("object").map(unwrap) else {
        return;
    };
    let outer_key = left.field("index");
    if inner.kind() == "subscript_expression"
        && let (Some(inner_key), Some(outer_key)) = (inner.field("index"), outer_key)
        && let Some(flow) = tainted_flow(cx, inner_key)
        && tainted_flow(cx, outer_key).is_some()
        && !flow.is_pending()
    {
        let message = format!(
            "`{}` and another request value choose both keys of `{}`: `__proto__` as the first writes to `Object.prototype`.",
            flow.trace.source,
            sechound_syntax::node::short_text(left, cx.src(), 50)
        );
        cx.report(assignment, message).flow(flow.raw.clone());
        return;
    }
    if let Some(key) = outer_key
        && let Some(function) = unguarded_recursive_merge(cx, assignment, key)
        && cx
            .derived(ReportedMerges::default)
            .0
            .borrow_mut()
            .insert(function.id())
    {
        let name = function
            .field("name")
            .map(|n| text(n, cx.src()).to_string())
            .unwrap_or_else(|| "this function".into());
        let message = format!(
            "`{name}` copies every key of its source into its target and recurses into nested objects without skipping `__proto__`, `constructor` or `prototype`: given a parsed request body, it writes to `Object.prototype`."
        );
        cx.report(assignment, message)
            .confidence(Confidence::Medium)
            .severity(Severity::Medium);
    }
}

/// The function around `target[key] = …` when it is a recursive merge over every key of a
/// source (`for (key in source)`, `Object.keys(source).forEach(key => …)`) that never checks
/// the dangerous keys.
fn unguarded_recursive_merge<'f>(
    cx: &CheckContext<'f>,
    assignment: Node<'f>,
    key: Node<'f>,
) -> Option<Node<'f>> {
    let src = cx.src();
    let key = unwrap(key);
    if key.kind() != "identifier" {
        return None;
    }
    let key_name = text(key, src);
    // The key must walk the keys of some object.
    let mut function = enclosing_function(assignment)?;
    let mut from_keys = false;
    let mut current = assignment.parent();
    while let Some(n) = current {
        if n.kind() == "for_in_statement"
            && n.field("left")
                .is_some_and(|l| text(l, src).ends_with(key_name))
        {
            from_keys = true;
        }
        if FUNCTION_KINDS.contains(&n.kind())
            && n.parent().is_some_and(|p| p.kind() == "arguments")
            && n.parent()
                .and_then(|p| p.parent())
                .and_then(|c| callee_path(c, src))
                .is_some_and(|p| p.ends_with(".forEach"))
            && n.field("parameters")
                .is_some_and(|p| text(p, src).contains(key_name))
        {
            from_keys = true;
            // The merge function is the one around the callback.
            if let Some(outer) = enclosing_function(n) {
                function = outer;
            }
        }
        current = n.parent();
    }
    if !from_keys {
        return None;
    }
    let name = function.field("name").map(|n| text(n, src))?;
    // A guard names one of the dangerous keys or checks own properties (comments aside).
    let mut guarded = false;
    walk(function, |n| {
        if !guarded
            && matches!(
                n.kind(),
                "string_fragment" | "property_identifier" | "identifier"
            )
        {
            let t = text(n, src);
            guarded = matches!(
                t,
                "__proto__"
                    | "constructor"
                    | "prototype"
                    | "hasOwnProperty"
                    | "hasOwn"
                    | "isSafeKey"
                    | "isPrototypePolluted"
                    | "create"
            );
        }
        !guarded
    });
    // The function recurses into the target's own property at the key (`merge(target[key],
    // …)`): with `__proto__` as the key that property is `Object.prototype`.
    let target = assignment
        .field("left")
        .and_then(|l| l.field("object"))
        .map(|o| text(o, src).to_string())
        .unwrap_or_default();
    let into_target = format!("{target}[{key_name}]");
    let recursive = {
        let mut calls_itself = false;
        walk(function, |n| {
            if n.kind() == "call_expression"
                && callee_path(n, src)
                    .is_some_and(|p| p == name || p.ends_with(&format!(".{name}")))
                && n.field("arguments")
                    .is_some_and(|a| text(a, src).contains(&into_target))
            {
                calls_itself = true;
            }
            !calls_itself
        });
        calls_itself
    };
    // The value copied is the source's value at the same key.
    let copies = assignment
        .field("right")
        .is_some_and(|r| text(r, src).contains(&format!("[{key_name}]")));
    (recursive && copies && !guarded).then_some(function)
}
