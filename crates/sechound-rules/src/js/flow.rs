//! The generic flow rule for JavaScript and TypeScript: a call that matches a row of the sink
//! table is reported as a flow finding when request data reaches its argument, and as a sink
//! finding when the row allows it, the call is in a request handler outside test code, and the
//! argument is neither a constant, nor configuration, nor a converted value.

use super::sink_table::index;
use super::sinks::{Flow, sink_name, tainted_flow};
use crate::sink_table::{Arg, Class, Sink, SinkTier, When, callee_matches};
use crate::{CheckContext, RawFlow};
use sechound_syntax::js::{
    FUNCTION_KINDS, arguments, method_name, object_property, receiver, unwrap,
};
use sechound_syntax::node::NodeExt;
use sechound_syntax::node::{named_children, short_text, text};
use sechound_syntax::{BoundValue, Node, Origin};

/// What a class adds to the table: the calls that make a value safe for it.
pub(crate) struct ClassSpec {
    pub class: Class,
    /// Callee names whose result is safe for this class (`*word`: any name containing the word,
    /// in any case).
    pub sanitizers: &'static [&'static str],
}

/// Conversions every class accepts: numbers and booleans carry no text.
const CONVERSIONS: &[&str] = &[
    "Number",
    "parseInt",
    "parseFloat",
    "Boolean",
    "isNaN",
    "Math.floor",
    "Math.round",
    "toFixed",
];

/// A row of the table that matches a call, with the nodes its argument names.
pub(crate) struct Hit<'f> {
    pub sink: &'static Sink,
    pub args: Vec<Node<'f>>,
}

/// The rows of `class` that match `call` (a call or `new` expression).
pub(crate) fn hits<'f>(cx: &CheckContext<'f>, call: Node<'f>, class: Class) -> Vec<Hit<'f>> {
    let src = cx.src();
    let Some(name) = method_name(call, src) else {
        return Vec::new();
    };
    let index = index();
    let imported = cx.module().import_of(name).is_some();
    if !index.has(name, class) && !imported {
        return Vec::new();
    }
    let qualified = cx.qualified(call);
    // A function imported under another name (`const merge = require('deepmerge')`) is looked
    // up by its qualified name's last segment as well.
    let mut lookups = vec![name.to_string()];
    if imported
        && let Some(last) = qualified
            .as_deref()
            .map(|q| q.rsplit('.').next().unwrap_or(q))
        && last != name
    {
        lookups.push(last.to_string());
    }
    let mut out: Vec<Hit<'f>> = Vec::new();
    for lookup in &lookups {
        for sink in index.named(lookup, class) {
            if callee_matches(sink.callee, qualified.as_deref(), lookup)
                && holds(cx, call, sink.when)
                && !out.iter().any(|h| std::ptr::eq(h.sink, sink))
            {
                let args = argument_nodes(cx, call, sink.arg);
                if !args.is_empty() {
                    out.push(Hit { sink, args });
                }
            }
        }
    }
    out
}

fn holds<'f>(cx: &CheckContext<'f>, call: Node<'f>, when: When) -> bool {
    let src = cx.src();
    match when {
        When::Always => true,
        When::New => call.kind() == "new_expression",
        When::NotFunction => arguments(call).first().is_some_and(|f| {
            !matches!(
                unwrap(*f).kind(),
                "arrow_function" | "function_expression" | "function"
            )
        }),
        When::Flag(name) => arguments(call).iter().any(|a| {
            let options = cx.js_taint().resolve(*a);
            options.kind() == "object"
                && object_property(options, src, name).is_some_and(|v| {
                    !matches!(unwrap(v).kind(), "false" | "null" | "undefined")
                        && text(v, src) != "0"
                })
        }),
        When::Imports(module) => cx.imports_module(module),
        When::ImportsText(module) => {
            cx.imports_module(module)
                && arguments(call).first().is_some_and(|a| {
                    !matches!(cx.js_taint().resolve(*a).kind(), "object" | "array")
                })
        }
        When::Receiver(words) => receiver_mentions(cx, call, words),
        When::ReceiverNot(words) => !receiver_mentions(cx, call, words),
        When::SqlText => false,
    }
}

fn receiver_mentions<'f>(cx: &CheckContext<'f>, call: Node<'f>, words: &[&str]) -> bool {
    receiver(call).is_some_and(|r| {
        let mentions = |node: Node<'_>| {
            let text = cx.text(node).to_ascii_lowercase();
            words.iter().any(|w| text.contains(w))
        };
        mentions(r) || {
            let resolved = cx.js_taint().resolve(r);
            resolved != unwrap(r) && mentions(resolved)
        }
    })
}

fn argument_nodes<'f>(cx: &CheckContext<'f>, call: Node<'f>, arg: Arg) -> Vec<Node<'f>> {
    let src = cx.src();
    let args = arguments(call);
    match arg {
        Arg::At(index, _) => args
            .get(index)
            .copied()
            .filter(|a| a.kind() != "spread_element")
            .into_iter()
            .collect(),
        Arg::All => args,
        Arg::Keyword(key) => args
            .iter()
            .filter_map(|a| {
                let options = cx.js_taint().resolve(*a);
                (options.kind() == "object")
                    .then(|| object_property(options, src, key))
                    .flatten()
            })
            .collect(),
        Arg::ShellScript => Vec::new(),
    }
}

/// Checks `call` against the rows of `spec.class`; returns true when it reported something.
pub(crate) fn check<'f>(cx: &mut CheckContext<'f>, call: Node<'f>, spec: &ClassSpec) -> bool {
    let mut hits = hits(cx, call, spec.class);
    if spec.class == Class::Log {
        // A structured field (`logger.info({ headers: req.headers }, …)`) is serialised with
        // its line breaks escaped, by JSON loggers and by `util.inspect` alike.
        for hit in &mut hits {
            hit.args
                .retain(|a| cx.js_taint().resolve(*a).kind() != "object");
        }
        hits.retain(|h| !h.args.is_empty());
    }
    hits.iter().any(|hit| report_hit(cx, call, spec, hit))
}

/// Reports one matched row: a flow when request data reaches one of its arguments, else a sink
/// finding where the row and the place allow it.
pub(crate) fn report_hit<'f>(
    cx: &mut CheckContext<'f>,
    call: Node<'f>,
    spec: &ClassSpec,
    hit: &Hit<'f>,
) -> bool {
    let src = cx.src();
    let sink = sink_name(call, src);
    let flows: Vec<(Node<'f>, Flow)> = hit
        .args
        .iter()
        .filter_map(|&arg| Some((arg, flow_into(cx, arg, spec.sanitizers)?)))
        .collect();
    let chosen = flows
        .iter()
        .position(|(_, f)| !f.is_pending())
        .or_else(|| (!flows.is_empty()).then_some(0));
    if let Some(at) = chosen {
        let (arg, mut flow) = flows.into_iter().nth(at).expect("chosen index");
        if let RawFlow::Pending(origins) = &mut flow.raw {
            for other in hit.args.iter().filter(|a| **a != arg) {
                if let Some(more) = flow_into(cx, *other, spec.sanitizers)
                    && let RawFlow::Pending(more) = more.raw
                {
                    for origin in more {
                        if !origins.contains(&origin) {
                            origins.push(origin);
                        }
                    }
                }
            }
        }
        let message = format!("{}, which {}.", flow.describe(&sink), hit.sink.effect);
        let fallback = flow
            .is_pending()
            .then(|| sink_finding(cx, call, hit.sink, arg, spec))
            .flatten();
        let finding = cx.report(call, message);
        finding.flow(flow.raw.clone());
        if let Some(fallback) = fallback {
            finding.or_sink(fallback);
        }
        return true;
    }
    for &arg in &hit.args {
        if let Some(message) = sink_finding(cx, call, hit.sink, arg, spec) {
            cx.report(call, message).sink();
            return true;
        }
    }
    false
}

/// The flow of request data into `arg`, without the origins that went through a sanitizer.
pub(crate) fn flow_into<'f>(
    cx: &CheckContext<'f>,
    arg: Node<'f>,
    sanitizers: &[&str],
) -> Option<Flow> {
    let resolved = cx.js_taint().resolve(arg);
    if resolved.kind() == "call_expression"
        && callee_name(cx, resolved).is_some_and(|name| is_sanitizer(&name, sanitizers))
    {
        return None;
    }
    let mut flow = tainted_flow(cx, arg)?;
    if let RawFlow::Pending(origins) = &mut flow.raw {
        origins.retain(|o| match o {
            Origin::Call(n) => cx
                .js_flow()
                .call(*n)
                .and_then(|c| callee_name(cx, c))
                .is_none_or(|name| !is_sanitizer(&name, sanitizers)),
            _ => true,
        });
        if origins.is_empty() {
            return None;
        }
    }
    Some(flow)
}

/// The callee as a sanitizer list names it: `escapeHtml`, `validator.escape`, `Math.floor`.
fn callee_name(cx: &CheckContext<'_>, call: Node<'_>) -> Option<String> {
    sechound_syntax::js::callee_path(call, cx.src())
        .or_else(|| method_name(call, cx.src()).map(str::to_string))
}

/// A sanitizer: its full or last name listed, or (written `*word`) containing the word.
pub(crate) fn is_sanitizer(name: &str, sanitizers: &[&str]) -> bool {
    let last = name.rsplit('.').next().unwrap_or(name);
    CONVERSIONS.contains(&name)
        || CONVERSIONS.contains(&last)
        || sanitizers.iter().any(|s| match s.strip_prefix('*') {
            Some(word) => last.to_ascii_lowercase().contains(word),
            None => *s == name || *s == last,
        })
}

/// The sink finding's message for `arg`, when the row, the place and the value allow one.
fn sink_finding<'f>(
    cx: &CheckContext<'f>,
    call: Node<'f>,
    sink: &Sink,
    arg: Node<'f>,
    spec: &ClassSpec,
) -> Option<String> {
    unknown_origin(cx, call, sink.effect, sink.sink_tier, arg, spec)
}

/// For rules that find their sinks themselves: the message of a sink finding for `arg` given to
/// `call` (which `effect`s it), when `tier` allows one, the call is in a request handler outside
/// test code, and the value is of unknown origin.
pub(crate) fn unknown_origin<'f>(
    cx: &CheckContext<'f>,
    call: Node<'f>,
    effect: &str,
    tier: SinkTier,
    arg: Node<'f>,
    spec: &ClassSpec,
) -> Option<String> {
    if tier == SinkTier::No || cx.in_test_file() || !in_request_handler(cx, call) {
        return None;
    }
    if tier == SinkTier::Built && !is_built(cx, arg) {
        return None;
    }
    opaque_part(cx, arg, spec, 0)?;
    let src = cx.src();
    let shown = short_text(unwrap(arg), src, 60);
    Some(format!(
        "`{}` {}; the value is not a constant or configuration, and sechound could not follow where it comes from. Check that no client data reaches it unvalidated.",
        sink_name(call, src),
        replace_it(effect, &code_span(&shown))
    ))
}

/// The effect with its first `it` replaced by the value.
pub(crate) fn replace_it(effect: &str, value: &str) -> String {
    let words: Vec<&str> = effect.split(' ').collect();
    match words
        .iter()
        .position(|w| w.trim_end_matches([',', ':', ';']) == "it")
    {
        Some(at) => {
            let mut out: Vec<String> = words.iter().map(|w| w.to_string()).collect();
            out[at] = out[at].replacen("it", value, 1);
            out.join(" ")
        }
        None => format!("{effect} ({value})"),
    }
}

/// True when `node` is inside a request handler: a function taking the request (`req`,
/// `request`, a Koa `ctx`, a typed `Request`), or a NestJS controller method with a route
/// decorator or a parameter decorated with `@Body`, `@Query`, `@Param`, `@Req`...
pub(crate) fn in_request_handler(cx: &CheckContext<'_>, node: Node<'_>) -> bool {
    let src = cx.src();
    let mut current = node.parent();
    while let Some(n) = current {
        if FUNCTION_KINDS.contains(&n.kind()) {
            if let Some(params) = n.field("parameters") {
                for param in named_children(params) {
                    let t = text(param, src);
                    let name = t
                        .trim_start_matches('@')
                        .split([':', '=', ' ', '('])
                        .next()
                        .unwrap_or("");
                    if matches!(name, "req" | "request" | "ctx")
                        || t.contains("@Body")
                        || t.contains("@Query")
                        || t.contains("@Param")
                        || t.contains("@Req")
                        || t.contains(": Request")
                        || t.contains(": FastifyRequest")
                    {
                        return true;
                    }
                }
            }
            if n.kind() == "method_definition" && has_route_decorator(n, src) {
                return true;
            }
        }
        current = n.parent();
    }
    false
}

fn has_route_decorator(method: Node<'_>, src: &str) -> bool {
    let mut previous = method.prev_named_sibling();
    let mut decorators: Vec<Node<'_>> = named_children(method)
        .into_iter()
        .filter(|d| d.kind() == "decorator")
        .collect();
    while let Some(node) = previous {
        if node.kind() != "decorator" {
            break;
        }
        decorators.push(node);
        previous = node.prev_named_sibling();
    }
    decorators.iter().any(|d| {
        let name = text(*d, src).trim_start_matches('@');
        let name = name.split('(').next().unwrap_or("");
        matches!(name, "Get" | "Post" | "Put" | "Patch" | "Delete" | "All")
    })
}

/// True when `expr` (following a local binding) is a string built from parts.
pub(crate) fn is_built<'f>(cx: &CheckContext<'f>, expr: Node<'f>) -> bool {
    let node = cx.js_taint().resolve(expr);
    match node.kind() {
        "template_string" => named_children(node)
            .iter()
            .any(|c| c.kind() == "template_substitution"),
        "binary_expression" => node
            .field("operator")
            .is_some_and(|o| text(o, cx.src()) == "+"),
        "call_expression" => matches!(
            method_name(node, cx.src()),
            Some("concat" | "join" | "format")
        ),
        _ => false,
    }
}

/// Roots of member chains that hold configuration, not data.
const CONFIG_ROOTS: &[&str] = &[
    "process",
    "config",
    "CONFIG",
    "settings",
    "env",
    "options",
    "this",
    "constants",
    "module",
    "__dirname",
    "__filename",
    "Math",
    "JSON",
    "Date",
    "Object",
];

/// The first part of `expr` whose value is of unknown origin: not a literal, not configuration
/// (`process.env.X`, `config.x`, imports and module constants), not a converted value
/// (`Number(x)`, a sanitizer of the class). `None` when every part is known.
pub(crate) fn opaque_part<'f>(
    cx: &CheckContext<'f>,
    expr: Node<'f>,
    spec: &ClassSpec,
    depth: u32,
) -> Option<Node<'f>> {
    if depth > 8 {
        return None;
    }
    let src = cx.src();
    let node = unwrap(expr);
    let next = depth + 1;
    let any = |nodes: Vec<Node<'f>>| {
        nodes
            .into_iter()
            .find_map(|n| opaque_part(cx, n, spec, next))
    };
    match node.kind() {
        "string" | "number" | "true" | "false" | "null" | "undefined" | "regex" | "comment" => None,
        "template_string" => any(named_children(node)
            .into_iter()
            .filter(|c| c.kind() == "template_substitution")
            .filter_map(|c| c.named_child(0))
            .collect()),
        "binary_expression" => {
            let operator = node.field("operator").map(|o| text(o, src)).unwrap_or("");
            if !matches!(operator, "+" | "||" | "??" | "&&") {
                return None;
            }
            any([node.field("left"), node.field("right")]
                .into_iter()
                .flatten()
                .collect())
        }
        "ternary_expression" => any([node.field("consequence"), node.field("alternative")]
            .into_iter()
            .flatten()
            .collect()),
        "array" => any(named_children(node)),
        "object" => any(named_children(node)
            .into_iter()
            .filter_map(|c| match c.kind() {
                "pair" => c.field("value"),
                _ => None,
            })
            .collect()),
        "identifier" => {
            let name = text(node, src);
            if name == "undefined"
                || name
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit())
            {
                return None;
            }
            let bindings = cx.js_taint().bindings(node);
            if bindings.is_empty() {
                // An import, a global or a module-level name bound elsewhere: code, not data.
                return None;
            }
            bindings.into_iter().find_map(|b| match b {
                BoundValue::Expr(value) => {
                    if value.kind() == "call_expression"
                        && sechound_syntax::js::callee_path(value, src).as_deref()
                            == Some("require")
                    {
                        return None;
                    }
                    opaque_part(cx, value, spec, next)
                }
                BoundValue::Part(value) => opaque_part(cx, value, spec, next).map(|_| node),
                BoundValue::Param(_) => Some(node),
            })
        }
        "member_expression" | "subscript_expression" => {
            let mut root = node;
            while matches!(root.kind(), "member_expression" | "subscript_expression") {
                match root.field("object") {
                    Some(object) => root = unwrap(object),
                    None => break,
                }
            }
            if matches!(root.kind(), "identifier" | "this") {
                let root_name = text(root, src);
                if CONFIG_ROOTS.contains(&root_name) {
                    return None;
                }
            }
            node.field("object")
                .and_then(|o| opaque_part(cx, o, spec, next))
                .map(|_| node)
        }
        "call_expression" => {
            let name = callee_name(cx, node).unwrap_or_default();
            if is_sanitizer(&name, spec.sanitizers)
                || name.starts_with("process.env")
                || name.starts_with("config.")
                || name.starts_with("path.")
                || matches!(name.as_str(), "require" | "getConfig" | "configService.get")
            {
                return None;
            }
            if !hits(cx, node, spec.class).is_empty() {
                return None;
            }
            let last = name.rsplit('.').next().unwrap_or(&name);
            if matches!(
                last,
                "toString"
                    | "trim"
                    | "toLowerCase"
                    | "toUpperCase"
                    | "concat"
                    | "join"
                    | "slice"
                    | "substring"
                    | "replace"
                    | "String"
                    | "stringify"
            ) {
                let mut parts = arguments(node);
                if let Some(object) = receiver(node) {
                    parts.push(object);
                }
                return any(parts);
            }
            Some(node)
        }
        "await_expression" | "parenthesized_expression" => node
            .named_child(0)
            .and_then(|n| opaque_part(cx, n, spec, next)),
        "arrow_function" | "function_expression" | "function" => None,
        _ => Some(node),
    }
}

/// `text` as a Markdown code span, with double backticks when it holds one.
pub(crate) fn code_span(text: &str) -> String {
    if text.contains('`') {
        format!("`` {text} ``")
    } else {
        format!("`{text}`")
    }
}
